//! Stances, targets and rebuttals: the bundled article's checks (`tests/data/stances/`), the
//! stance and target figures on our labelled articles (`tests/data/articles/*.stances`), and
//! the lexicon lookup and target extraction on sentences written for these tests.

use std::path::{Path, PathBuf};

use article_explorer::analysis::{analyze, stances, Analysis, Stance, Stances, Target};
use article_explorer::eval::{matches_actor, Labels};
use article_explorer::stance_eval::{self, target_matches, StanceScore};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/static/articles/2021-07-20-cyber-security-politicization.txt"
);

/// Whether no statement targets its own speaker (or an organisation it speaks for).
fn no_self_targets(analysis: &Analysis, stances: &Stances) -> Result<(), String> {
    for (idx, statement) in stances.statements.iter().enumerate() {
        let speaker = analysis.attributions[idx].actor;
        let mut org = Some(speaker);
        while let Some(id) = org {
            if statement.targets.contains(&Target::Actor(id)) {
                return Err(format!("statement {idx} targets its own speaker"));
            }
            org = analysis.actor(id).and_then(|actor| actor.member_of);
        }
    }
    Ok(())
}

#[test]
fn bundled_article_who_says_what_about_whom() {
    let text = std::fs::read_to_string(BUNDLED).expect("bundled article");
    let analysis = analyze(&text);
    let stances = stances(&text, &analysis);
    no_self_targets(&analysis, &stances).unwrap();
    let table = std::fs::read_to_string(data_dir().join("stances/bundled.tsv")).expect("table");
    let rows: Vec<&str> = table
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    assert_eq!(rows.len(), 5);
    for row in rows {
        let fields: Vec<&str> = row.split('\t').collect();
        let speakers: Vec<&str> = fields[0].split(" | ").collect();
        let allowed: Vec<&str> = fields[2].split(" | ").collect();
        let answered: Vec<&str> = match fields[3] {
            "—" => Vec::new(),
            names => names.split(" + ").collect(),
        };
        let mut found = 0;
        for (idx, statement) in stances.statements.iter().enumerate() {
            let speaker = analysis.attributions[idx].actor;
            let by = speakers
                .iter()
                .any(|name| matches_actor(&text, &analysis, speaker, name));
            let about = statement
                .targets
                .iter()
                .any(|&target| target_matches(&text, &analysis, &stances, target, fields[1]));
            if !(by && about) {
                continue;
            }
            found += 1;
            assert!(
                allowed.contains(&statement.stance.as_str()),
                "{row}: statement {idx} is {:?}",
                statement.stance
            );
            for name in &answered {
                assert!(
                    statement.answers.iter().any(|&other| matches_actor(
                        &text,
                        &analysis,
                        analysis.attributions[other].actor,
                        name
                    )),
                    "{row}: statement {idx} answers {:?}",
                    statement.answers
                );
            }
        }
        assert!(found > 0, "{row}: no such statement");
    }
}

/// The statement of the one attribution of `speaker_slug` in `text`'s analysis.
fn statement_of(text: &str, speaker_slug: &str) -> (Stance, Vec<String>) {
    let analysis = analyze(text);
    let stances = stances(text, &analysis);
    let idx = analysis
        .attributions
        .iter()
        .position(|a| {
            analysis
                .actor(a.actor)
                .is_some_and(|actor| actor.slug == speaker_slug)
        })
        .unwrap_or_else(|| panic!("no statement of {speaker_slug}"));
    let statement = &stances.statements[idx];
    let targets = statement
        .targets
        .iter()
        .map(|&target| stances.target_name(&analysis, target).to_string())
        .collect();
    (statement.stance, targets)
}

/// The figures on every article with a `.stances` label file, over the labelled statements the
/// engine attributes to the same speaker (see the floors below).
#[test]
fn labelled_articles_stance_and_target_accuracy() {
    let dir = data_dir().join("articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("articles")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "stances"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 12, "{} labelled articles", paths.len());
    let mut overall = StanceScore::default();
    let mut report = String::new();
    for path in &paths {
        let expected = std::fs::read_to_string(path.with_extension("expected")).expect("expected");
        let text_path = match Labels::parse(&expected).get("text") {
            Some(relative) => dir.join(relative),
            None => path.with_extension("txt"),
        };
        let text = std::fs::read_to_string(text_path).expect("text");
        let analysis = analyze(&text);
        let stances = stances(&text, &analysis);
        no_self_targets(&analysis, &stances).unwrap();
        let labels = stance_eval::parse(&std::fs::read_to_string(path).expect("labels"));
        let score = stance_eval::score(&text, &analysis, &stances, &labels);
        report.push_str(&format!(
            "{:?}: stance {}/{} targets {}/{} unattributed {}\n",
            path.file_stem().unwrap_or_default(),
            score.stance.right,
            score.stance.all,
            score.targets.right,
            score.targets.all,
            score.unattributed
        ));
        for mismatch in &score.mismatches {
            report.push_str(&format!("    {mismatch}\n"));
        }
        overall.merge(&score);
    }
    println!("{report}");
    assert!(overall.stance.percent() >= STANCE_FLOOR, "{report}");
    assert!(overall.targets.percent() >= TARGETS_FLOOR, "{report}");
}

/// The floors the labelled articles must keep (the targets are 90% for stance and 80%
/// for targets). On the 12 articles labelled first, before any rule change: stance 97/105
/// (92.4%), targets 74/105 (70.5%); after the description and negated-charge rules, which
/// those articles' misses suggested: 100/105 and 82/105. On the 4 held-out articles (15, 26,
/// 27, 28), labelled after that and never tuned on: stance 27/35 (77.1%), targets 30/35
/// (85.7%). All 16: 127/140 (90.7%) and 112/140 (80.0%).
const STANCE_FLOOR: f64 = 90.0;
const TARGETS_FLOOR: f64 = 78.0;

#[test]
fn stance_from_cue_lemma_and_frame() {
    let cases = [
        ("Ferry fares: council\n\nThe council denied that fares would rise.", "council", Stance::Deny),
        ("Ferry fares: council\n\nThe council rebutted the figures on Friday.", "council", Stance::Deny),
        ("Ferry fares: council\n\nThe council urged operators to freeze fares.", "council", Stance::Urge),
        ("Ferry fares: council\n\nThe council called on operators to freeze fares.", "council", Stance::Urge),
        ("Ferry fares: council\n\nThe council warned that fares would rise.", "council", Stance::Warn),
        ("Ferry fares: council\n\nThe council praised the operators for their restraint.", "council", Stance::Support),
        ("Ferry fares: council\n\nThe council announced that fares would fall.", "council", Stance::Announce),
        ("Ferry fares: council\n\nThe council said that fares would fall.", "council", Stance::Claim),
        ("Ferry fares: council\n\nThe council criticised the operators over the delays.", "council", Stance::Accuse),
        ("Ferry fares: council\n\nRejecting the operators' figures, the council said fares were stable.", "council", Stance::Deny),
        ("Ferry fares: council\n\nThe council said the operators' claims were groundless.", "council", Stance::Deny),
        ("Ferry fares: council\n\nThe council said there had been no fraud of any kind.", "council", Stance::Deny),
        ("Ferry fares: council\n\nThe council said the Port Authority had lied about the fares.", "council", Stance::Accuse),
        ("Ferry fares: council\n\nThe council said someone had lied about the fares.", "council", Stance::Claim),
    ];
    for (text, speaker, stance) in cases {
        assert_eq!(statement_of(text, speaker).0, stance, "{text}");
    }
}

#[test]
fn targets_from_objects_groups_and_content() {
    let cases: [(&str, &str, &[&str]); 10] = [
        (
            "Port row: union\n\nThe Port Authority said the port was safe.\n\n\
             The Dockers Union told the Port Authority that the Harbour Council had failed.",
            "dockers-union",
            &["Harbour Council"],
        ),
        (
            "Port row: union\n\nThe union blamed the port authority for the delays.",
            "union",
            &["port authority"],
        ),
        (
            "Port row: union\n\nThe union accused the shipping industry of greed.",
            "union",
            &["shipping industry"],
        ),
        (
            "Port row: union\n\nMayor Ines Pardo said the port would stay open.\n\n\
             The union criticised the mayor over the closures.",
            "union",
            &["Ines Pardo"],
        ),
        (
            "Port row: union\n\nThe union accused Harbour Lines of breaking the deal.",
            "union",
            &["Harbour Lines"],
        ),
        (
            "Port row: union\n\nThe union slammed Harbour Lines and the Port Authority for the delays.",
            "union",
            &["Harbour Lines", "Port Authority"],
        ),
        (
            "Port row: union\n\nThe union called on neighbouring countries to reopen their ports.",
            "union",
            &["neighbouring countries"],
        ),
        (
            "Port row: union\n\nThe union urged certain countries in the West to act.",
            "union",
            &["Western countries"],
        ),
        (
            "Port row: union\n\nThe union rejected the ministry's figures as inflated.",
            "union",
            &["ministry"],
        ),
        (
            "Port row: union\n\nThe union said some Western governments had ignored the strike.",
            "union",
            &["Western governments"],
        ),
    ];
    for (text, speaker, expected) in cases {
        assert_eq!(statement_of(text, speaker).1, expected, "{text}");
    }
}

#[test]
fn no_statement_targets_its_speaker_and_denials_answer() {
    let text = "Port row: union\n\n\
        Harbour Lines accused the Dockers Union of sabotage on Monday.\n\n\
        The Dockers Union denied the claims and slammed Harbour Lines for its threats.\n\n\
        The Dockers Union said the Dockers Union would strike again.";
    let analysis = analyze(text);
    let stances = stances(text, &analysis);
    no_self_targets(&analysis, &stances).unwrap();
    let union = analysis
        .attributions
        .iter()
        .position(|a| {
            analysis
                .actor(a.actor)
                .is_some_and(|actor| actor.slug == "dockers-union")
        })
        .expect("the union speaks");
    let company = analysis
        .attributions
        .iter()
        .position(|a| {
            analysis
                .actor(a.actor)
                .is_some_and(|actor| actor.slug == "harbour-lines")
        })
        .expect("the company speaks");
    assert_eq!(stances.statements[union].answers, [company]);
    assert!(stances.statements[company].answers.is_empty());
}

#[test]
fn passages_without_a_cue_point_at_the_cue_they_continue() {
    let text = "Port row: union\n\n\
        The union said on Monday that talks had failed.\n\n\
        \"Fares rose again. Nobody can pay them,\" the union said.\n\n\
        Fares will rise in May. Nobody was told, the union added.";
    let analysis = analyze(text);
    let stances = stances(text, &analysis);
    let cue_of = |idx: usize| analysis.attributions[idx].cue.map(|span| span.slice(text));
    let starts = |idx: usize, words: &str| {
        analysis.attributions[idx]
            .content
            .first()
            .is_some_and(|span| span.slice(text).starts_with(words))
    };
    let mut seen = 0;
    for (idx, statement) in stances.statements.iter().enumerate() {
        if starts(idx, "\"Fares rose again.") {
            assert_eq!(
                cue_of(statement.continues.expect("continues")),
                Some("said")
            );
            seen += 1;
        }
        if starts(idx, "Fares will rise") {
            assert_eq!(
                cue_of(statement.continues.expect("continues")),
                Some("added")
            );
            seen += 1;
        }
        if analysis.attributions[idx].cue.is_some() {
            assert_eq!(statement.continues, None);
        }
    }
    assert_eq!(seen, 2, "{:#?}", analysis.attributions);
}
