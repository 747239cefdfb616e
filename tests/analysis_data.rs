//! Data-driven tests of the analysis engine: one `check(input, expected)` helper that prints a
//! compact table of passages and speakers, inline snapshots for the rules; the articles in
//! `tests/data/articles/` with their hand labels and the engine's differences in one
//! `.expected` file each (with accuracy figures); and the sentence-segmentation cases in
//! `tests/data/sentences/golden.txt`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use article_explorer::analysis::{analyze, split_sentences, Analysis, PassageKind};
use article_explorer::eval::{self, kind_name, speaker_names, Label};
use expect_test::{expect, expect_file, Expect};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The compact table: metadata, then `kind | speakers or — | first words` per passage.
fn table(text: &str) -> String {
    let analysis = analyze(text);
    let meta = &analysis.meta;
    let mut out = String::new();
    let section = meta.section_text(text).unwrap_or_else(|| "none".into());
    let headline = meta.headline.map_or("none", |span| span.slice(text));
    let published = meta
        .published
        .map_or_else(|| "none".into(), |date| date.to_string());
    let byline = meta.byline_text(text).unwrap_or_else(|| "none".into());
    let _ = writeln!(
        out,
        "section: {section} | published: {published} | byline: {byline}"
    );
    let _ = writeln!(
        out,
        "headline: {headline} | captions: {}",
        meta.captions.len()
    );
    for (idx, passage) in analysis.passages.iter().enumerate() {
        let kind = match passage.kind {
            PassageKind::Headline => "headline",
            PassageKind::Caption => "caption",
            PassageKind::Sentence => "sentence",
        };
        let first: Vec<&str> = passage
            .span
            .slice(text)
            .split_whitespace()
            .take(6)
            .collect();
        let _ = writeln!(
            out,
            "{kind:<8} | {} | {}",
            speaker_names(&analysis, idx),
            first.join(" ")
        );
    }
    out
}

/// The one check helper: analyses `input` and compares the table with a snapshot.
fn check(input: &str, expected: Expect) {
    expected.assert_eq(&table(input));
}

/// The bundled article: its passages and speakers are in
/// `tests/data/articles/00-bundled-cyber-security.expected` (the table of issue 3); here, its
/// sentence count and the organisation behind its spokesperson.
#[test]
fn bundled_article_actors_and_roles() {
    let text = include_str!("../static/articles/2021-07-20-cyber-security-politicization.txt");
    let analysis = analyze(text);
    let n_sentences = analysis
        .passages
        .iter()
        .filter(|p| p.kind != PassageKind::Caption)
        .count();
    assert_eq!(n_sentences, 22, "22 sentences, counting the headline");
    let mission = analysis
        .actors
        .iter()
        .find(|a| a.slug == "chinese-mission-to-the-eu")
        .expect("mission");
    let role = analysis
        .actors
        .iter()
        .find(|a| a.member_of == Some(mission.id))
        .expect("role");
    assert!(role.name.starts_with("spokesperson"));
    assert!(analysis.actors.iter().any(|a| a.slug == "nato"));
}

#[test]
fn rules_speaker_after_before_and_interrupted() {
    check(
        "Port reopens after strike: union\n\n\
         \"We have won,\" the union said. \"Now we rest.\"\n\n\
         \"The deal is fair,\" said Ana Lopez, the union's president, \"and it is final.\"\n\n\
         The port authority accused the union of delaying ships. It called on workers to return.\n\n\
         Talks were long. They ended on Friday, Lopez said.\n\n\
         According to a report by the Harbour Institute, traffic fell 3.5% in May.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Port reopens after strike: union | captions: 0
            headline | union | Port reopens after strike: union
            sentence | union | "We have won," the union said.
            sentence | union | "Now we rest."
            sentence | Ana Lopez | "The deal is fair," said Ana
            sentence | port authority | The port authority accused the union
            sentence | port authority | It called on workers to return.
            sentence | Ana Lopez | Talks were long.
            sentence | Ana Lopez | They ended on Friday, Lopez said.
            sentence | Harbour Institute | According to a report by the
        "#]],
    );
}

#[test]
fn rules_pronouns_roles_acronyms_and_coordination() {
    check(
        "The World Health Organization (WHO) and the Ministry of Health said on Monday that cases fell.\n\n\
         A spokeswoman for WHO said the data were preliminary. She added that testing would continue.\n\n\
         The ministry warned that hospitals remained full. It said beds were short.\n\n\
         Residents said they were tired. They called for more nurses.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | World Health Organization + Ministry of Health | The World Health Organization (WHO) and
            sentence | spokesperson of World Health Organization | A spokeswoman for WHO said the
            sentence | spokesperson of World Health Organization | She added that testing would continue.
            sentence | Ministry of Health | The ministry warned that hospitals remained
            sentence | Ministry of Health | It said beds were short.
            sentence | Residents | Residents said they were tired.
            sentence | Residents | They called for more nurses.
        "#]],
    );
}

#[test]
fn rules_multi_paragraph_quote_scare_quotes_and_labels() {
    check(
        "The Latest: Storm nears coast\n\n\
         Forecasters called the storm a \"monster\" on Tuesday.\n\n\
         Dr. Mei Tan said: \"The first band arrives tonight.\n\n\
         \"The second band is worse.\n\n\
         \"Stay inside.\"\n\n\
         The storm weakened later.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: The Latest: Storm nears coast | captions: 0
            headline | — | The Latest: Storm nears coast
            sentence | — | Forecasters called the storm a "monster"
            sentence | Mei Tan | Dr. Mei Tan said: "The first
            sentence | Mei Tan | "The second band is worse.
            sentence | Mei Tan | "Stay inside."
            sentence | — | The storm weakened later.
        "#]],
    );
}

#[test]
fn rules_speaker_first_headline_and_metadata() {
    check(
        "WORLD | EUROPE\n\
         Mayor Ruiz: The bridge will open in May\n\
         By Jo Park\n\
         Updated: 4 March 2024 17:05\n\
         The bridge at night. Photo: AFP\n\n\
         Mayor Elena Ruiz said the bridge would open in May. Critics say it is late.",
        expect![[r#"
            section: WORLD | EUROPE | published: 2024-03-04T17:05 | byline: Jo Park
            headline: Mayor Ruiz: The bridge will open in May | captions: 1
            headline | Elena Ruiz | Mayor Ruiz: The bridge will open
            caption  | — | The bridge at night. Photo: AFP
            sentence | Elena Ruiz | Mayor Elena Ruiz said the bridge
            sentence | Critics | Critics say it is late.
        "#]],
    );
}

#[test]
fn rules_transcripts_sign_offs_participles_and_bare_cues() {
    check(
        "Host Chris Wallace interviewed Gov. Mike Pence on Sunday.\n\n\
         WALLACE: Will she be there?\n\n\
         PENCE: She will not. We are ready.\n\n\
         \"The plan is dead.\"\n\n\
         — Maria Gomez, Phoenix\n\n\
         Trump hit back on Friday, saying that the poll was fake.\n\n\
         \"Why now?\" Vitter demanded.\n\n\
         Members met on Friday, shortly after Obama said he would sign the bill.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | — | Host Chris Wallace interviewed Gov. Mike
            sentence | Chris Wallace | WALLACE: Will she be there?
            sentence | Mike Pence | PENCE: She will not.
            sentence | Mike Pence | We are ready.
            sentence | Maria Gomez | "The plan is dead."
            sentence | — | — Maria Gomez, Phoenix
            sentence | Trump | Trump hit back on Friday, saying
            sentence | Vitter | "Why now?"
            sentence | Vitter | Vitter demanded.
            sentence | Obama | Members met on Friday, shortly after
        "#]],
    );
}

#[test]
fn rules_wire_datelines_subjects_and_groups() {
    check(
        "Powell says inflation fight not over\n\n\
         WASHINGTON, July 12 (Reuters) - Federal Reserve Chair Jerome Powell said on Wednesday that inflation was too high.\n\n\
         Opposition leader Keir Starmer disagreed. He said prices were out of control.\n\n\
         Economists at Goldman Sachs said in a note that they expect one more increase. \"The data give room to pause,\" they wrote.\n\n\
         Markets rallied. The index rose 0.7%, according to Refinitiv data.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Powell says inflation fight not over | captions: 0
            headline | Jerome Powell | Powell says inflation fight not over
            sentence | Jerome Powell | WASHINGTON, July 12 (Reuters) - Federal
            sentence | — | Opposition leader Keir Starmer disagreed.
            sentence | Keir Starmer | He said prices were out of
            sentence | Economists at Goldman Sachs | Economists at Goldman Sachs said in
            sentence | Economists at Goldman Sachs | "The data give room to pause,"
            sentence | — | Markets rallied.
            sentence | Refinitiv | The index rose 0.7%, according to
        "#]],
    );
}

#[test]
fn rules_modified_roles_and_generic_company_nouns() {
    check(
        "Brightwater Foods said it would close two plants. \"Demand has collapsed,\" company spokesman Ian Reyes said.\n\n\
         \"This is a disgrace,\" said union leader Ana Costa. The firm noted that no jobs would be lost.\n\n\
         The Workers' Union said talks had failed. The company declined to comment further.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Brightwater Foods | Brightwater Foods said it would close
            sentence | Ian Reyes | "Demand has collapsed," company spokesman Ian
            sentence | Ana Costa | "This is a disgrace," said union
            sentence | Brightwater Foods | The firm noted that no jobs
            sentence | Workers' Union | The Workers' Union said talks had
            sentence | — | The company declined to comment further.
        "#]],
    );
}

#[test]
fn rules_descriptions_time_phrases_and_coordinated_clauses() {
    check(
        "Mayor Elena Rossi on Tuesday defended the plan, saying the city could not wait.\n\n\
         The manufacturer, Serum Institute of India, said it could produce 100 million doses.\n\n\
         Professor James Whitfield of the London School of Hygiene said the trial was short. He added that it was costly.\n\n\
         The Residents' Alliance called the plan \"a gift to developers\" in a statement. Forecasters called the storm a \"monster\".\n\n\
         The central bank kept rates unchanged but said inflation was easing. Prices rose sharply and analysts said inflation was back.\n\n\
         The company, which makes tyres, said sales fell. Malaria killed 608,000 people, according to WHO figures.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Elena Rossi | Mayor Elena Rossi on Tuesday defended
            sentence | Serum Institute of India | The manufacturer, Serum Institute of India,
            sentence | James Whitfield | Professor James Whitfield of the London
            sentence | James Whitfield | He added that it was costly.
            sentence | Residents' Alliance | The Residents' Alliance called the plan
            sentence | — | Forecasters called the storm a "monster".
            sentence | central bank | The central bank kept rates unchanged
            sentence | analysts | Prices rose sharply and analysts said
            sentence | company | The company, which makes tyres, said
            sentence | WHO | Malaria killed 608,000 people, according to
        "#]],
    );
}

#[test]
fn rules_called_with_a_quoted_verdict() {
    // `call` with an object and a quoted verdict reports; a quotation that names does not.
    check(
        "Norland's Fisheries Minister Tomas Holm called the quota \"reckless\" on Monday.\n\n\
         Ines Varga called both Holm and the Tolvik Port Authority \"negligent\".\n\n\
         The union calls the levy \u{2018}unfair\u{2019} and wants talks.\n\n\
         Residents called the ferry a \"lifeline\".\n\n\
         A group called \"Renewal\" met on Friday.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | Norland's Fisheries Minister Tomas Holm called
            sentence | Ines Varga | Ines Varga called both Holm and
            sentence | union | The union calls the levy ‘unfair’
            sentence | — | Residents called the ferry a "lifeline".
            sentence | — | A group called "Renewal" met on
        "#]],
    );
}

#[test]
fn rules_verbs_of_rebuke() {
    // Verbs that rebuke report a statement; `rail` only with `against`.
    check(
        "During the debate, Ines Varga castigated the Tolvik Port Authority for the delays.\n\n\
         Tomas Holm assailed the levy as unfair. The union railed against the new rota on Friday.\n\n\
         Varga derided the plan. Before his resignation, Holm rebuked the board in December.\n\n\
         The rail link to Tolvik opened on Monday.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Ines Varga | During the debate, Ines Varga castigated
            sentence | Tomas Holm | Tomas Holm assailed the levy as
            sentence | union | The union railed against the new
            sentence | Ines Varga | Varga derided the plan.
            sentence | Tomas Holm | Before his resignation, Holm rebuked the
            sentence | — | The rail link to Tolvik opened
        "#]],
    );
}

#[test]
fn rules_relayed_quotes_intro_phrases_and_colons() {
    // `quoted X as saying` is X's; a cue word inside an introductory prepositional phrase or a
    // subordinate clause between commas is not the sentence's verb; a verb that needs a particle reports a quotation after a colon.
    check(
        "The Tolvia News Agency quoted Ines Varga, who runs the kiosk, as saying that the ferry had left early.\n\n\
         In a podcast and in several tweets, Tomas Holm has argued that the council miscounted the vote.\n\n\
         \u{201c}The port is safe,\u{201d} the agency quoted him as saying.\n\n\
         After the count, but before the council had commented, Ines Varga said that it was fair.\n\n\
         Holm\u{2019}s press secretary, Lena Ostrova, stated: \u{201c}He is resting at home this week.\u{201d}\n\n\
         \u{201c}He will be back,\u{201d} stated the manager.\n\n\
         Varga also bemoaned the harbour\u{2019}s \u{201c}endless forms and queues.\u{201d}\n\n\
         The inquiry covered a report released by Liberal staff members of the Tolvia Senate Committee on Trade and Fisheries. The so-called report said that the ferry lost money.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Ines Varga | The Tolvia News Agency quoted Ines
            sentence | Tomas Holm | In a podcast and in several
            sentence | Tomas Holm | “The port is safe,” the agency
            sentence | Ines Varga | After the count, but before the
            sentence | Lena Ostrova | Holm’s press secretary, Lena Ostrova, stated:
            sentence | Lena Ostrova | “He will be back,” stated the
            sentence | Ines Varga | Varga also bemoaned the harbour’s “endless
            sentence | — | The inquiry covered a report released
            sentence | members of Tolvia Senate Committee | The so-called report said that the
        "#]],
    );
}

#[test]
fn rules_an_age_descriptor_is_the_person_of_that_age() {
    // `the 30-year-old` is the person the text gave that age, though another spoke since.
    check(
        "Tomas Holm, 30, said he joined the Tolvik club in May from Norland.\n\n\
         Ines Varga, 45, said the deal was fair. The 30-year-old said he was happy to be home.\n\n\
         The 45-year-old added that talks took a month.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | Tomas Holm, 30, said he joined
            sentence | Ines Varga | Ines Varga, 45, said the deal
            sentence | Tomas Holm | The 30-year-old said he was happy
            sentence | Ines Varga | The 45-year-old added that talks took
        "#]],
    );
}

#[test]
fn rules_a_nationality_and_a_lower_case_role_describe_a_person() {
    // `Tolvian official` is no member of an organisation `Tolvian`, and `finance ministry
    // official` is a person: the headline's speaker is the body's one official.
    check(
        "Port levy is unfair, says Tolvian official\n\n\
         A Tolvian finance ministry official said on Monday the port levy was unfair.\n\n\
         A Norlandian official said the levy was legal.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Port levy is unfair, says Tolvian official | captions: 0
            headline | Tolvian finance ministry official | Port levy is unfair, says Tolvian
            sentence | Tolvian finance ministry official | A Tolvian finance ministry official said
            sentence | Norlandian official | A Norlandian official said the levy
        "#]],
    );
}

#[test]
fn rules_an_outlet_that_says_relays_and_reaffirm() {
    // `X said …, Reuters said.`: the outlet relays X's words; `reaffirmed that` reports.
    check(
        "Tomas Holm said the port was losing money, the Tolvia Daily said.\n\n\
         Regarding the levy, the spokesperson of the Tolvik Port Authority reaffirmed that it would stay.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | Tomas Holm said the port was
            sentence | spokesperson of Tolvik Port Authority | Regarding the levy, the spokesperson of
        "#]],
    );
}

#[test]
fn rules_headline_roles_posts_and_plural_possessives() {
    check(
        "Minister slams critics over budget\n\n\
         Foreign Minister Wang Yi said the critics were wrong.\n\n\
         City's owner, Frank Osei, posted on social media that the club would appeal. The company posted a loss.\n\n\
         The league's referees' body said it would review the footage.\n\n\
         FRANKFURT, Oct 3 (Reuters) - Lufthansa grounded dozens of flights, the airline said. Shares in Lufthansa fell.\n\n\
         Fares will rise in May, the operator said.\n\n\
         The Irish Data Protection Commission has fined ClipCast, the regulator announced. ClipCast said it would appeal. The company argued that it had changed.\n\n\
         The pilots' union Vereinigung Cockpit said the risks were clear. A union spokesman said crews had waited.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Minister slams critics over budget | captions: 0
            headline | Wang Yi | Minister slams critics over budget
            sentence | Wang Yi | Foreign Minister Wang Yi said the
            sentence | Frank Osei | City's owner, Frank Osei, posted on
            sentence | — | The company posted a loss.
            sentence | league's referees' body | The league's referees' body said it
            sentence | Lufthansa | FRANKFURT, Oct 3 (Reuters) - Lufthansa
            sentence | — | Shares in Lufthansa fell.
            sentence | Lufthansa | Fares will rise in May, the
            sentence | Irish Data Protection Commission | The Irish Data Protection Commission has
            sentence | ClipCast | ClipCast said it would appeal.
            sentence | ClipCast | The company argued that it had
            sentence | Vereinigung Cockpit | The pilots' union Vereinigung Cockpit said
            sentence | spokesperson of Vereinigung Cockpit | A union spokesman said crews had
        "#]],
    );
    // A headline role that the text never gives to anyone names nobody.
    check(
        "Coach blames referee after defeat\n\nManager Tom Hale said the referee lost control.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Coach blames referee after defeat | captions: 0
            headline | — | Coach blames referee after defeat
            sentence | Tom Hale | Manager Tom Hale said the referee
        "#]],
    );
}

#[test]
fn rules_name_particles_which_clauses_and_named_agencies() {
    check(
        "Residents of three villages along the river say the mine turned their water orange.\n\n\
         \"We cannot drink it,\" said Maria do Carmo Souza, 54, a community leader. She said the fish died.\n\n\
         Mineração Verde, which operates the mine, rejected the accusations. The company said its tests were clean.\n\n\
         State environmental agency Semas said it had opened an investigation.\n\n\
         The storm cut power to homes, disaster officials said. \"We have nowhere to go,\" said Lorna Dizon.\n\n\
         Its spokesperson, Edgar Posadas, warned that landslides remained a threat — \"especially where the soil is soaked,\" he said.\n\n\
         President Ferdinand Marcos Jr. ordered ministries to release funds. In a video message, he urged residents to leave.\n\n\
         Clara Jensen said prices rose. She expects the central bank to hold rates. The storm is expected to weaken.\n\n\
         A report published on Monday by the Economic Council found that wages had grown.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Residents of three villages along the river | Residents of three villages along the
            sentence | Maria do Carmo Souza | "We cannot drink it," said Maria
            sentence | Maria do Carmo Souza | She said the fish died.
            sentence | Mineração Verde | Mineração Verde, which operates the mine,
            sentence | Mineração Verde | The company said its tests were
            sentence | Semas | State environmental agency Semas said it
            sentence | disaster officials | The storm cut power to homes,
            sentence | Lorna Dizon | "We have nowhere to go," said
            sentence | Edgar Posadas | Its spokesperson, Edgar Posadas, warned that
            sentence | Ferdinand Marcos Jr. | President Ferdinand Marcos Jr. ordered ministries
            sentence | Ferdinand Marcos Jr. | In a video message, he urged
            sentence | Clara Jensen | Clara Jensen said prices rose.
            sentence | Clara Jensen | She expects the central bank to
            sentence | — | The storm is expected to weaken.
            sentence | Economic Council | A report published on Monday by
        "#]],
    );
}

#[test]
fn rules_question_and_answer_interviews() {
    check(
        "Nadia Okafor's ballad has been streamed 300 million times.\n\n\
         Q: Did you expect this kind of success?\n\n\
         A: Not at all. I wrote it in a single night.\n\n\
         Q: What has changed?\n\n\
         A: People recognise me on the bus now.\n\n\
         Music critic Sam Patel said the song showed that quiet songs still work.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | — | Nadia Okafor's ballad has been streamed
            sentence | — | Q: Did you expect this kind
            sentence | Nadia Okafor | A: Not at all.
            sentence | Nadia Okafor | I wrote it in a single
            sentence | — | Q: What has changed?
            sentence | Nadia Okafor | A: People recognise me on the
            sentence | Sam Patel | Music critic Sam Patel said the
        "#]],
    );
}

#[test]
fn rules_groups_affiliations_and_dated_bylines() {
    check(
        "Leaders pledge closer ties\n\n\
         By Kasia Nowak | 12 May 2025\n\n\
         Polish President Andrzej Duda and French President Emmanuel Macron said they would cooperate.\n\n\
         \"Europe must defend itself,\" the two leaders said in a joint statement.\n\n\
         \"Declarations are cheap,\" said Jakub Wiśniewski of the Warsaw-based think tank GLOBSEC.",
        expect![[r#"
            section: none | published: 2025-05-12 | byline: Kasia Nowak
            headline: Leaders pledge closer ties | captions: 0
            headline | Andrzej Duda + Emmanuel Macron | Leaders pledge closer ties
            sentence | Andrzej Duda + Emmanuel Macron | Polish President Andrzej Duda and French
            sentence | Andrzej Duda + Emmanuel Macron | "Europe must defend itself," the two
            sentence | Jakub Wiśniewski | "Declarations are cheap," said Jakub Wiśniewski
        "#]],
    );
}

#[test]
fn rules_posted_organisations_and_trailing_circumstances() {
    check(
        "Ruritanian embassy rejects minister's remarks\n\n\
         KAVOS, March 3 -- The Ruritanian Embassy in Norland has expressed strong dissatisfaction with remarks made by a Norland minister.\n\n\
         \"The remarks are groundless. We reject them,\" a spokesperson for the embassy said in response to a question about the minister's \"red line\" speech at a forum.\n\n\
         \"Ruritania has never interfered in the affairs of others,\" the spokesperson said.\n\n\
         Ruritania is a partner, not a rival, the spokesperson said at a briefing on Monday.\n\n\
         A spokeswoman for the Ruritanian Consulate in the United Provinces said the consulate was open.\n\n\
         Ruritanian embassies in four countries said they had received threats.\n\n\
         Chargé d'affaires of the Ruritanian Embassy in the United Provinces Tal Vireo met officials on Friday.\n\n\
         The talks were frank, Tal said.\n\n\
         Envoy ARDEN Kell set out the position. Ambassador ARDEN stressed that the visit would go ahead.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ruritanian embassy rejects minister's remarks | captions: 0
            headline | Ruritanian Embassy in Norland | Ruritanian embassy rejects minister's remarks
            sentence | Ruritanian Embassy in Norland | KAVOS, March 3 -- The Ruritanian
            sentence | spokesperson of Ruritanian Embassy in Norland | "The remarks are groundless.
            sentence | spokesperson of Ruritanian Embassy in Norland | We reject them," a spokesperson for
            sentence | spokesperson of Ruritanian Embassy in Norland | "Ruritania has never interfered in the
            sentence | spokesperson of Ruritanian Embassy in Norland | Ruritania is a partner, not a
            sentence | spokesperson of Ruritanian Consulate in the United Provinces | A spokeswoman for the Ruritanian Consulate
            sentence | Ruritanian embassies | Ruritanian embassies in four countries said
            sentence | — | Chargé d'affaires of the Ruritanian Embassy
            sentence | Tal Vireo | The talks were frank, Tal said.
            sentence | — | Envoy ARDEN Kell set out the
            sentence | ARDEN Kell | Ambassador ARDEN stressed that the visit
        "#]],
    );
}

#[test]
fn rules_role_holders_and_relayed_reports() {
    check(
        "Clipping firm Parlo will appeal the ruling, the company's CEO said Thursday.\n\n\
         \"We are disappointed,\" Parlo CEO Anna Berg said.\n\n\
         A spokesman for Vexa Corp said the company would comment later. \"We welcome the decision,\" said Vexa spokesman Tom Hale.\n\n\
         A Transport Ministry spokeswoman warned against panic.\n\n\
         Spokeswoman Ida Lind said the trains would run.\n\n\
         The spokeswoman added that fares would not rise.\n\n\
         Mayor Lena Ost said at a rally that the bridge would reopen, the Harbour Gazette reported.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Anna Berg | Clipping firm Parlo will appeal the
            sentence | Anna Berg | "We are disappointed," Parlo CEO Anna
            sentence | Tom Hale | A spokesman for Vexa Corp said
            sentence | Tom Hale | "We welcome the decision," said Vexa
            sentence | Ida Lind | A Transport Ministry spokeswoman warned against
            sentence | Ida Lind | Spokeswoman Ida Lind said the trains
            sentence | Ida Lind | The spokeswoman added that fares would
            sentence | Lena Ost | Mayor Lena Ost said at a
        "#]],
    );
}

#[test]
fn rules_clauses_that_name_no_speaker() {
    check(
        "Over the past year, the border situation has maintained overall calm.\n\n\
         The scare caused a steep drop in Valtro's shares, which slid below the price at which the firm listed in 1999.\n\n\
         That jump indicates that more investors expect losses.\n\n\
         \"There is room for everyone,\" declared Ana Ruiz, director at the Space Office in Lisbon, as cited by Orbit Weekly.\n\n\
         Northwind Capital's Lars Eng said the shares were overvalued.\n\n\
         Publisher Mira Holt decried the ruling as a blow to the press.\n\n\
         Judge Carla Benn ruled for the city on Thursday. Benn's opinion, released on Friday, stated that the law was clear.\n\n\
         Opposition parties in Korvia on Monday accused the government of buying arms abroad, but a government spokesman denied the claim.\n\n\
         Lindport (AFP) Mar 4, 2011 Dock workers on Friday warned that the strike would spread.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | — | Over the past year, the border
            sentence | — | The scare caused a steep drop
            sentence | — | That jump indicates that more investors
            sentence | Ana Ruiz | "There is room for everyone," declared
            sentence | Lars Eng | Northwind Capital's Lars Eng said the
            sentence | Mira Holt | Publisher Mira Holt decried the ruling
            sentence | — | Judge Carla Benn ruled for the
            sentence | Carla Benn | Benn's opinion, released on Friday, stated
            sentence | Opposition parties | Opposition parties in Korvia on Monday
            sentence | Dock workers | Lindport (AFP) Mar 4, 2011 Dock
        "#]],
    );
}

#[test]
fn rules_inverted_and_described_headline_speakers() {
    check(
        "Small clubs never get the calls, says Dunmore's Pike\n\n\
         DUNMORE, England (Reuters) - Dunmore manager Rhys Pike said small clubs were ignored by referees.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Small clubs never get the calls, says Dunmore's Pike | captions: 0
            headline | Rhys Pike | Small clubs never get the calls,
            sentence | Rhys Pike | DUNMORE, England (Reuters) - Dunmore manager
        "#]],
    );
    check(
        "Rates will stay high, says central bank chief\n\n\
         The governor of the Bank of Norland, Ada Wells, said rates would stay high until inflation eased.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Rates will stay high, says central bank chief | captions: 0
            headline | Ada Wells | Rates will stay high, says central
            sentence | Ada Wells | The governor of the Bank of
        "#]],
    );
}

#[test]
fn rules_documents_remarks_and_counted_groups() {
    // `Ivo Marsh made the remarks` is his (was the article's voice, `—`) and names the
    // spokesperson before it; so is `made the comment`, but `made no comment` is nothing said.
    check(
        "A Health Ministry spokesperson said on Monday that clinics would stay open.\n\n\
         Spokesperson Ivo Marsh made the remarks at a daily briefing when asked about the strike. He made the comment again on Tuesday. The mayor made no comment.\n\n\
         The Harbour Office issued a statement on Tuesday. According to the statement, Dana Pell said that the port would reopen.\n\n\
         Several opposition parties have asked for a recount.\n\n\
         At least five candidates have already said they would boycott the vote.\n\n\
         Some 20 farmers' groups warned that prices were too low.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Ivo Marsh | A Health Ministry spokesperson said on
            sentence | Ivo Marsh | Spokesperson Ivo Marsh made the remarks
            sentence | Ivo Marsh | He made the comment again on
            sentence | — | The mayor made no comment.
            sentence | Harbour Office | The Harbour Office issued a statement
            sentence | Dana Pell | According to the statement, Dana Pell
            sentence | opposition parties | Several opposition parties have asked for
            sentence | candidates | At least five candidates have already
            sentence | farmers' groups | Some 20 farmers' groups warned that
        "#]],
    );
}

#[test]
fn rules_quoted_paragraphs_and_topic_labels() {
    check(
        "\"The ruling changes nothing for our members,\" said union spokesman Piet Hols.\n\n\
         \"We will keep talking to the company. Nobody wants a strike.\"\n\n\
         The company did not respond to a request for comment.\n\n\
         Coach Mira Tal spoke after the game.\n\n\
         Tal on the late penalty: \"I did not see it. Nobody did.\"\n\n\
         Commenting on the delay, a spokesperson for the league said: \"We are reviewing it.\"",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Piet Hols | "The ruling changes nothing for our
            sentence | Piet Hols | "We will keep talking to the
            sentence | Piet Hols | Nobody wants a strike."
            sentence | — | The company did not respond to
            sentence | — | Coach Mira Tal spoke after the
            sentence | Mira Tal | Tal on the late penalty: "I
            sentence | Mira Tal | Nobody did."
            sentence | spokesperson of league | Commenting on the delay, a spokesperson
        "#]],
    );
}

#[test]
fn rules_spelled_out_acronyms_and_minor_cues() {
    check(
        "Clipping service Parlo lost its case against The Associated Press on Friday.\n\n\
         The AP, which filed suit last year, said it was pleased.\n\n\
         Ivan Roe, a former driver, sued Dalton Freight Corp's owners in April, alleging that he was fired without notice.\n\n\
         Dalton Freight requested that the court dismiss the claim.\n\n\
         The first speaker said nothing.\n\n\
         The city keeps raising fares despite disputes with riders.\n\n\
         Envoy Lin Hao set forth the government's position on the talks.\n\n\
         The Norland Embassy in Kavos firmly opposes the new visa rules.\n\n\
         Kavos minister criticised over visa remarks.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | — | Clipping service Parlo lost its case
            sentence | Associated Press | The AP, which filed suit last
            sentence | Ivan Roe | Ivan Roe, a former driver, sued
            sentence | Dalton Freight Corp | Dalton Freight requested that the court
            sentence | — | The first speaker said nothing.
            sentence | — | The city keeps raising fares despite
            sentence | Lin Hao | Envoy Lin Hao set forth the
            sentence | Norland Embassy in Kavos | The Norland Embassy in Kavos firmly
            sentence | — | Kavos minister criticised over visa remarks.
        "#]],
    );
}

#[test]
fn rules_descriptions_of_titled_speakers_and_state_datelines() {
    check(
        "DUNMORE, Md. – Dunmore manager Rhys Pike said the referee got it wrong.\n\n\
         \"I am not blaming anyone,\" the Dunmore boss added.\n\n\
         A Dunmore lawyer said the club would not appeal.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Rhys Pike | DUNMORE, Md. – Dunmore manager Rhys
            sentence | Rhys Pike | "I am not blaming anyone," the
            sentence | representative of Dunmore | A Dunmore lawyer said the club
        "#]],
    );
}

#[test]
fn rules_definite_descriptors_name_the_person_in_focus() {
    // Issue 11, class 1: a definite descriptor with no name (`the former Kelso coach`, `The
    // transport secretary`, `the 27-year-old`) names the person just speaking; coordinated
    // roles (`The mayor and the police chief`) stay new people.
    check(
        "Brackley manager Owen Tarrant described the late winner as a gift.\n\n\
         \"We defended well for an hour,\" the former Kelso coach said. \"Then we stopped.\"\n\n\
         Mira Castell has denied briefing against colleagues.\n\n\
         The transport secretary condemned \"corrosive\" leaks from her own department.\n\n\
         Jonah Pell said he lost the race on the last bend. \"I went too wide,\" the 27-year-old said.\n\n\
         The mayor and the fire chief said the bridge would stay shut.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Owen Tarrant | Brackley manager Owen Tarrant described the
            sentence | Owen Tarrant | "We defended well for an hour,"
            sentence | Owen Tarrant | "Then we stopped."
            sentence | Mira Castell | Mira Castell has denied briefing against
            sentence | Mira Castell | The transport secretary condemned "corrosive" leaks
            sentence | Jonah Pell | Jonah Pell said he lost the
            sentence | Jonah Pell | "I went too wide," the 27-year-old
            sentence | mayor + fire chief | The mayor and the fire chief
        "#]],
    );
}

#[test]
fn rules_name_with_appositive_after_an_introductory_phrase() {
    // Issue 11, class 3: after `In a statement,` the name and its appositive are the subject;
    // only a place name runs on over a comma (`At a rally in Vell Harbour, Norland, …`).
    check(
        "In the announcement this week, Irena Kolar, research scientist with the Deltora Sky Survey, said, \"Each one is a new world. We know nothing about them.\"\n\n\
         In a statement, Ada Roos, who designed the survey telescope, said the find was a surprise.\n\n\
         At a rally in Vell Harbour, Norland, Mayor Tomas Ekberg said the port would reopen.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Irena Kolar | In the announcement this week, Irena
            sentence | Irena Kolar | We know nothing about them."
            sentence | Ada Roos | In a statement, Ada Roos, who
            sentence | Tomas Ekberg | At a rally in Vell Harbour,
        "#]],
    );
}

#[test]
fn rules_statement_answers_by_the_headline_speaker() {
    // Issue 11, class 3: a mission's statement in question-and-answer form names its speaker
    // only in the headline; the answer runs on over paragraphs in the first person, and the
    // article's voice resumes without it.
    check(
        "Spokesperson of the Norland Embassy in Kelm Speaks on a Question Concerning the Harbour Report\n\n\
         Q: The Kelm harbour authority published a report accusing Norland ships of dumping waste. What is your comment?\n\n\
         A: The report is groundless. We firmly oppose it.\n\n\
         Such claims serve only those who want confrontation. We urge the authority to respect the facts.\n\n\
         The harbour authority did not respond to a request for comment.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Spokesperson of the Norland Embassy in Kelm Speaks on a Question Concerning the Harbour Report | captions: 0
            headline | spokesperson of Norland Embassy in Kelm | Spokesperson of the Norland Embassy in
            sentence | — | Q: The Kelm harbour authority published
            sentence | — | What is your comment?
            sentence | spokesperson of Norland Embassy in Kelm | A: The report is groundless.
            sentence | spokesperson of Norland Embassy in Kelm | We firmly oppose it.
            sentence | spokesperson of Norland Embassy in Kelm | Such claims serve only those who
            sentence | spokesperson of Norland Embassy in Kelm | We urge the authority to respect
            sentence | — | The harbour authority did not respond
        "#]],
    );
}

#[test]
fn rules_ranked_descriptors_name_the_organisation_in_focus() {
    // Issue 11, class 1: `Norland's largest listed company` after `Harbour Mining said` is that
    // company, not a new actor; a ranked person (`Norland's oldest senator`) is not the bank.
    check(
        "Harbour Mining said it would close two pits. Norland's largest listed company said the closures would cut 300 jobs.\n\n\
         Tarn Foods said profit rose. The country's biggest food retailer said it would hire 200 people.\n\n\
         Vell Bank said rates would hold. Norland's oldest senator said the bank was wrong.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Harbour Mining | Harbour Mining said it would close
            sentence | Harbour Mining | Norland's largest listed company said the
            sentence | Tarn Foods | Tarn Foods said profit rose.
            sentence | Tarn Foods | The country's biggest food retailer said
            sentence | Vell Bank | Vell Bank said rates would hold.
            sentence | Norland's oldest senator | Norland's oldest senator said the bank
        "#]],
    );
}

#[test]
fn rules_headline_closing_with_speaker_and_cue() {
    // Issue 11, class 9: `…, fire chief says` closes the headline with its speaker, the person
    // the article gives that role.
    check(
        "A bridge collapses in Norland, killing two, fire chief says\n\n\
         The collapse happened just after 6 a.m., said Kelm Fire Chief Arno Lind.\n\n\
         Rescue teams searched the river all day, Lind said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: A bridge collapses in Norland, killing two, fire chief says | captions: 0
            headline | Arno Lind | A bridge collapses in Norland, killing
            sentence | Arno Lind | The collapse happened just after 6
            sentence | Arno Lind | Rescue teams searched the river all
        "#]],
    );
}

#[test]
fn rules_long_inverted_roles_circumstances_and_report_authors() {
    check(
        "In a recent report from Global Affairs Norland, it alleged that Ruritanian agents had targeted voters.\n\n\
         \"The claims are false,\" said a spokesperson of the Ruritanian Mission to the Atlantic Union in a statement.\n\n\
         The report is baseless, said Foreign Ministry spokesperson Ada Venn at a regular press briefing on Monday.\n\n\
         Her neighbour, Tomas Brun, said the river began rising in March.\n\n\
         \"How many? I do not know,\" Venn said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Global Affairs Norland | In a recent report from Global
            sentence | spokesperson of Ruritanian Mission to the Atlantic Union | "The claims are false," said a
            sentence | Ada Venn | The report is baseless, said Foreign
            sentence | Tomas Brun | Her neighbour, Tomas Brun, said the
            sentence | Ada Venn | "How many?
            sentence | Ada Venn | I do not know," Venn said.
        "#]],
    );
    check(
        "The Harbour Office said the port would reopen on Friday. The delay was regrettable, a spokesman said.\n\n\
         Many said the plan would fail.\n\n\
         Norland President Lena Ost delivers remarks in Kavos on Monday.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Harbour Office | The Harbour Office said the port
            sentence | spokesperson of Harbour Office | The delay was regrettable, a spokesman
            sentence | — | Many said the plan would fail.
            sentence | — | Norland President Lena Ost delivers remarks
        "#]],
    );
}

#[test]
fn rules_scene_setting_phrase_before_a_speaker_and_clause() {
    // PolNeAR's most missed shape: an introductory phrase, the speaker and a bare clause
    // after the cue. The clause is what was said, so the speaker does not carry back over the
    // paragraph's earlier sentence; and `said` inside the words before a later cue makes them
    // a clause, not that cue's subject.
    check(
        "The council closed the old ferry pier. Speaking at a town meeting on Monday, Mayor Ines Varga said the repairs would take at least a year.\n\n\
         Asked about the budget, the treasurer said the fund was empty. The vote is due in May.\n\n\
         Talking to a local radio station, Varga said the delays showed that the contractor had failed.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | — | The council closed the old ferry
            sentence | Ines Varga | Speaking at a town meeting on
            sentence | treasurer | Asked about the budget, the treasurer
            sentence | — | The vote is due in May.
            sentence | Ines Varga | Talking to a local radio station,
        "#]],
    );
}

#[test]
fn odd_input_never_fails() {
    check(
        "\u{feff}\r\n\r\n  \"Unclosed quote here.\r\n\r\n“Closing only” ” end.\u{a0}",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | — | "Unclosed quote here.
            sentence | — | “Closing only” ” end.
        "#]],
    );
    let analysis = analyze("He said \"never.\n\nThen ” nothing.");
    assert_eq!(analysis.diagnostics.len(), 2);
}

/// One hand-labelled article of `tests/data/articles/`: `NAME.expected` holds the labels (and
/// the engine's output where it differs), `NAME.txt` the text, unless the header's `text:`
/// names another file (the bundled article lives in `static/articles/`).
struct Expected {
    stem: String,
    path: PathBuf,
    text: String,
    /// `# key: value` lines: the labelled metadata, and `text` when present.
    header: Vec<(String, String)>,
    labels: Vec<Label>,
}

const META_KEYS: [&str; 5] = ["section", "headline", "published", "byline", "captions"];

/// Every `tests/data/articles/*.expected`, parsed, with its article text.
fn expected_articles() -> Vec<Expected> {
    let articles = data_dir().join("articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&articles)
        .expect("tests/data/articles")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "expected"))
        .collect();
    paths.sort();
    paths.into_iter().map(parse_expected).collect()
}

/// Reads one `.expected` file with the shared parser (`eval::Labels::parse`, which `explore
/// eval` uses too): `# key: value` header lines, then one line per passage, `kind<TAB>speakers<TAB>first
/// words`, optionally `<TAB>engine: …` (the engine's side, regenerated by `expected_file`).
fn parse_expected(path: PathBuf) -> Expected {
    let content = std::fs::read_to_string(&path).expect("expected file");
    let eval::Labels { header, passages } = eval::Labels::parse(&content);
    let text_path = match header.iter().find(|(key, _)| key == "text") {
        Some((_, relative)) => path.parent().unwrap_or(Path::new(".")).join(relative),
        None => path.with_extension("txt"),
    };
    Expected {
        stem: path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("article")
            .to_string(),
        text: std::fs::read_to_string(&text_path).expect("article text"),
        path,
        header,
        labels: passages,
    }
}

impl Expected {
    fn header(&self, key: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value.as_str())
    }
}

/// The engine's metadata in the order of [`META_KEYS`].
fn engine_meta(text: &str, analysis: &Analysis) -> [String; 5] {
    let meta = &analysis.meta;
    [
        meta.section_text(text).unwrap_or_else(|| "none".into()),
        meta.headline
            .map_or_else(|| "none".into(), |s| s.slice(text).to_string()),
        meta.published
            .map_or_else(|| "none".into(), |d| d.to_string()),
        meta.byline_text(text).unwrap_or_else(|| "none".into()),
        meta.captions.len().to_string(),
    ]
}

fn first_words(text: &str, analysis: &Analysis, idx: usize) -> String {
    let words: Vec<&str> = analysis.passages[idx]
        .span
        .slice(text)
        .split_whitespace()
        .take(6)
        .collect();
    words.join(" ")
}

/// The `.expected` file as it should read: the labels as they are, and the engine's side
/// where it differs (`# engine key: value`, a passage's `engine: speakers` or `engine: kind |
/// speakers | first words`, and passages the labels lack).
fn expected_file(expected: &Expected) -> String {
    let text = &expected.text;
    let analysis = analyze(text);
    let mut out = String::new();
    for (key, value) in &expected.header {
        let _ = writeln!(out, "# {key}: {value}");
    }
    for (key, got) in META_KEYS.iter().zip(engine_meta(text, &analysis)) {
        if expected.header(key) != Some(got.as_str()) {
            let _ = writeln!(out, "# engine {key}: {got}");
        }
    }
    let n = expected.labels.len().max(analysis.passages.len());
    for idx in 0..n {
        let engine = (idx < analysis.passages.len()).then(|| {
            (
                kind_name(analysis.passages[idx].kind),
                speaker_names(&analysis, idx),
                first_words(text, &analysis, idx),
            )
        });
        match (expected.labels.get(idx), engine) {
            (Some(label), engine) => {
                let speakers = if label.speakers.is_empty() {
                    "—".to_string()
                } else {
                    label.speakers.join(" + ")
                };
                let _ = write!(out, "{}\t{speakers}\t{}", label.kind, label.first_words);
                match engine {
                    Some((kind, names, words))
                        if kind == label.kind && words == label.first_words =>
                    {
                        if names != speakers {
                            let _ = write!(out, "\tengine: {names}");
                        }
                    }
                    Some((kind, names, words)) => {
                        let _ = write!(out, "\tengine: {kind} | {names} | {words}");
                    }
                    None => out.push_str("\tengine: none"),
                }
                out.push('\n');
            }
            (None, Some((kind, names, words))) => {
                let _ = writeln!(out, "# engine passage: {kind} | {names} | {words}");
            }
            (None, None) => {}
        }
    }
    out
}

/// Every labelled article against its `.expected` file: the labels are kept as written, the
/// engine's side is a snapshot (`UPDATE_EXPECT=1` rewrites it).
#[test]
fn article_snapshots() {
    let articles = expected_articles();
    assert!(
        articles.len() >= 16,
        "expected the hand-written articles, found {}",
        articles.len()
    );
    for expected in &articles {
        expect_file![&expected.path].assert_eq(&expected_file(expected));
    }
}

/// Compares the engine with the hand labels; returns the report and the mismatches.
fn label_report() -> (String, Vec<String>) {
    let mut report = String::new();
    let mut mismatches = Vec::new();
    let (mut total, mut split_ok, mut speakers_ok, mut meta_ok, mut meta_total) = (0, 0, 0, 0, 0);
    for expected in expected_articles() {
        let (stem, text, labels) = (&expected.stem, &expected.text, &expected.labels);
        let analysis = analyze(text);
        // Metadata.
        for (key, got) in META_KEYS.iter().zip(engine_meta(text, &analysis)) {
            meta_total += 1;
            let want = expected.header(key);
            if want == Some(got.as_str()) {
                meta_ok += 1;
            } else {
                mismatches.push(format!("{stem}: {key} {got:?}, label {want:?}"));
            }
        }
        // Passages, in order.
        let (mut article_split, mut article_speakers) = (0, 0);
        for (idx, label) in labels.iter().enumerate() {
            total += 1;
            let Some(passage) = analysis.passages.get(idx) else {
                mismatches.push(format!("{stem}: missing passage {:?}", label.first_words));
                continue;
            };
            let words = first_words(text, &analysis, idx);
            let kind = kind_name(passage.kind);
            if words == label.first_words && kind == label.kind {
                article_split += 1;
            } else {
                mismatches.push(format!(
                    "{stem}: passage {idx} {words:?}, label {:?}",
                    label.first_words
                ));
            }
            let speakers_match = eval::speakers_match(text, &analysis, idx, label);
            if speakers_match {
                article_speakers += 1;
            } else {
                mismatches.push(format!(
                    "{stem}: speakers of {:?}: {}, label {}",
                    label.first_words,
                    speaker_names(&analysis, idx),
                    if label.speakers.is_empty() {
                        "—".into()
                    } else {
                        label.speakers.join(" + ")
                    }
                ));
            }
        }
        if analysis.passages.len() > labels.len() {
            mismatches.push(format!(
                "{stem}: {} extra passages",
                analysis.passages.len() - labels.len()
            ));
        }
        split_ok += article_split;
        speakers_ok += article_speakers;
        let _ = writeln!(
            report,
            "{stem:<36} passages {article_split:>3}/{:<3} speakers {article_speakers:>3}/{}",
            labels.len(),
            labels.len()
        );
    }
    let percent = |ok: usize, all: usize| {
        if all == 0 {
            0.0
        } else {
            100.0 * ok as f64 / all as f64
        }
    };
    let _ = writeln!(
        report,
        "overall: metadata {meta_ok}/{meta_total}, passages {split_ok}/{total} ({:.1}%), speakers {speakers_ok}/{total} ({:.1}%)",
        percent(split_ok, total),
        percent(speakers_ok, total)
    );
    (report, mismatches)
}

/// The engine against the hand labels. The report (per-article and overall accuracy) is
/// printed; the list of mismatches is a snapshot, so a fix or a regression shows up here.
#[test]
fn hand_labels_accuracy() {
    let (report, mismatches) = label_report();
    println!("{report}");
    // FIXME: `ordered the recall` is not read as a statement of the agency (the label counts
    // it as one); the engine keeps this sentence in the article's own voice.
    // FIXME: the headline's `Coach` is the article's `manager Tom Hale`; the engine matches a
    // headline role only to the same word in the text, and otherwise names nobody.
    // FIXME: a headline of two clauses (`Villagers say …; company denies it`) gets the first
    // clause's speaker only.
    // FIXME: a headline quote followed by a role (`'…': singer on her surprise hit`) does not
    // find the singer the article names.
    expect![[r#"
        14-drug-recall-brazil: speakers of "Brazil's National Agency for Medicines and": —, label National Agency for Medicines and Health Products
        24-cup-referee-row: speakers of "Coach blames referee as City crash": —, label Tom Hale
        27-mine-river-pollution: speakers of "Villagers say mine polluted river; company": Villagers, label Villagers + Mineração Verde
        32-singer-interview-qa: speakers of "'I wrote it in a single": —, label Nadia Okafor"#]]
    .assert_eq(&mismatches.join("\n"));
}

/// The segmentation cases of `tests/data/sentences/*.txt` (`input`, `---`, one sentence a
/// line; cases separated by `=====`).
#[test]
fn sentence_cases() {
    let dir = data_dir().join("sentences");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/sentences")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    let (mut n_cases, mut failures) = (0, Vec::new());
    for path in paths {
        let content = std::fs::read_to_string(&path).expect("cases");
        for case in content.split("\n=====\n") {
            let Some((input, expected)) = case.split_once("\n---\n") else {
                continue;
            };
            n_cases += 1;
            let expected: Vec<&str> = expected
                .lines()
                .filter(|line| !line.trim().is_empty())
                .collect();
            let got: Vec<&str> = split_sentences(input)
                .iter()
                .map(|span| span.slice(input))
                .collect();
            if got != expected {
                failures.push(format!("{input}\n  got {got:?}"));
            }
        }
    }
    println!(
        "sentence cases: {}/{n_cases} pass",
        n_cases - failures.len()
    );
    assert!(n_cases >= 50, "found only {n_cases} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The scoring `explore eval` prints: split agreement by first words (a merged sentence costs
/// only itself), speakers by passage, and the panel (real speakers, each listed once; a role
/// folded under its organisation is fine).
#[test]
fn eval_scores_split_speakers_and_panel() {
    let text = "Harbour Board raises fees\n\n\
                The Harbour Board said fees would rise. A board spokeswoman said ships were late.\n\n\
                Traffic fell in May. Mayor Ana Ruiz criticised the plan.";
    let labels = eval::Labels::parse(
        "# headline: Harbour Board raises fees\n\
         headline\t—\tHarbour Board raises fees\n\
         sentence\tHarbour Board\tThe Harbour Board said fees would\n\
         sentence\tspokesperson of Harbour Board\tA board spokeswoman said ships were\n\
         sentence\t—\tTraffic fell in May.\n\
         sentence\tAna Ruiz\tMayor Ana Ruiz criticised the plan.\n",
    );
    let actors = eval::parse_actors("Harbour Board\torganisation\nAna Ruiz\tperson\n");
    let analysis = analyze(text);
    let score = eval::score(text, &analysis, &labels, Some(&actors));
    assert_eq!((score.split.right, score.split.all), (5, 5));
    assert_eq!(
        (score.narrator.right, score.narrator.all),
        (2, 2),
        "{:?}",
        score.mismatches
    );
    assert_eq!(
        (score.speaker_bearing.right, score.speaker_bearing.all),
        (3, 3)
    );
    let panel = score.panel.expect("panel");
    assert_eq!((panel.right, panel.all), (3, 3), "{:?}", score.mismatches);
}

#[test]
fn rules_family_name_first() {
    // A two-word name given family name first is later shortened to its first word.
    check(
        "Foreign Ministry spokesperson Tan Meilin said on Tuesday that the talks would resume.\n\n\
         Tan added that both sides wanted calm. \"We are patient,\" Tan said.\n\n\
         \"Nothing has changed,\" said Duan Ruo, a trade official. Duan said exports rose.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tan Meilin | Foreign Ministry spokesperson Tan Meilin said
            sentence | Tan Meilin | Tan added that both sides wanted
            sentence | Tan Meilin | "We are patient," Tan said.
            sentence | Duan Ruo | "Nothing has changed," said Duan Ruo,
            sentence | Duan Ruo | Duan said exports rose.
        "#]],
    );
}

#[test]
fn rules_title_case_transcript_labels() {
    // A title-case label opens a paragraph of someone's words: a quotation follows it, or the
    // same label opens other paragraphs (a briefing transcript, a list of quotes).
    check(
        "Pryce hails defence\n\n\
         Coach Dana Pryce spoke after the win. Select quotes from Pryce:\n\n\
         Pryce: \u{201c}We defended well. The second half was ours.\u{201d}\n\n\
         Harbour Herald: Do you expect more rain this week?\n\n\
         Li Qiang: I have no information on that. Please ask the forecasters.\n\n\
         Li Qiang: We hope for calm.\n\n\
         Background: the club was founded in 1901.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pryce hails defence | captions: 0
            headline | Dana Pryce | Pryce hails defence
            sentence | — | Coach Dana Pryce spoke after the
            sentence | — | Select quotes from Pryce:
            sentence | Dana Pryce | Pryce: “We defended well.
            sentence | Dana Pryce | The second half was ours.”
            sentence | — | Harbour Herald: Do you expect more
            sentence | Li Qiang | Li Qiang: I have no information
            sentence | Li Qiang | Please ask the forecasters.
            sentence | Li Qiang | Li Qiang: We hope for calm.
            sentence | — | Background: the club was founded in
        "#]],
    );
}

#[test]
fn rules_two_titles_before_one_name() {
    // `X president and CEO Name`: two titles of one person, not a role and a person.
    check(
        "Norvik chairman and CEO Ida Brandt said on Friday that the merger was over. \"We move on,\" Brandt said.\n\n\
         The mayor and the police chief said the road would reopen.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Ida Brandt | Norvik chairman and CEO Ida Brandt
            sentence | Ida Brandt | "We move on," Brandt said.
            sentence | mayor + head of police | The mayor and the police chief
        "#]],
    );
}

#[test]
fn rules_initials_joined_by_stops_name_a_speaker() {
    // `U.A.E.`, `N.A.T.O.`: initials of any number, each followed by a stop, are one name.
    check(
        "The U.A.E. said on Monday that it would reply.\n\n\
         \"The border stays open,\" the N.T.A. told reporters.\n\n\
         Tolvia and the R.F.N. said they would talk. The W.H.O. office in Tolvik declined to comment.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | U.A.E. | The U.A.E. said on Monday that
            sentence | N.T.A. | "The border stays open," the N.T.A.
            sentence | Tolvia + R.F.N. | Tolvia and the R.F.N. said they
            sentence | — | The W.H.O. office in Tolvik declined
        "#]],
    );
}

#[test]
fn rules_passive_agents_comparisons_and_modifiers() {
    // A passive reporting verb names its speaker after `by` (not after `attacked by`); `than
    // expected` and `has questions` report nothing; `Ahead of …,` and `Prior to …,` open no
    // name; a participle after the noun (`Researchers using …`) is no part of the name; `ruling`
    // before a noun is no document; `The Labour party` is not the opposition party named
    // before; `observed` with a plain object is watching.
    check(
        "The tariff was announced by the Norland Ministry of Trade on Monday. The levy has been sharply criticised by Ines Varga. Tomas Holm was accused by the Tolvik council of hiding the accounts. The ferry was attacked by gulls.\n\n\
         Tolvia Mutual booked bigger losses than expected this year as storms closed its branches. If the harbour board has questions, the ferry crews should know.\n\n\
         Ahead of the vote, Lena Ostrova said that the bridge was safe. Prior to the count, the opposition party said that it would win. The Labour party said it would win. The ruling coalition said it would lose.\n\n\
         Students using a drone over Tolvik say they have mapped the reef. A team of divers led by a Tolvik biologist observed the reef for a year.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Norland Ministry of Trade | The tariff was announced by the
            sentence | Ines Varga | The levy has been sharply criticised
            sentence | Tolvik council | Tomas Holm was accused by the
            sentence | — | The ferry was attacked by gulls.
            sentence | — | Tolvia Mutual booked bigger losses than
            sentence | — | If the harbour board has questions,
            sentence | Lena Ostrova | Ahead of the vote, Lena Ostrova
            sentence | opposition party | Prior to the count, the opposition
            sentence | Labour party | The Labour party said it would
            sentence | ruling coalition | The ruling coalition said it would
            sentence | Students | Students using a drone over Tolvik
            sentence | — | A team of divers led by
        "#]],
    );
}

#[test]
fn rules_affiliations_possessive_roles_and_returning_subjects() {
    // `Minister Tomas Holm of the Liberal Party` is Tomas Holm; `her spokesman` is the
    // spokesperson of the person who opens the sentence (again later: the same one), `his
    // lawyer` a lawyer of the last person named, `his brother` no role; a surname that opens a
    // sentence after an introductory phrase is the `he` that follows, not the last speaker; and
    // `Asked …, he said …` does not reach back over the sentence before.
    check(
        "\"Talks are under way,\" Harbour Minister Tomas Holm of the Liberal Party said. Councillor Ines Varga said the talks were a sham. \"They are theatre,\" she said.\n\n\
         On the eve of the vote, Holm softened his tone. Asked who would pay, he said the province.\n\n\
         Mayor Lena Ostrova trusts the harbour board, her spokesman said on Monday. Asked again on Tuesday, her spokesman said: \"Nothing has changed.\"\n\n\
         Pavel Brun denies the charge. His lawyer told reporters that Brun would appeal. His brother said he was calm.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | "Talks are under way," Harbour Minister
            sentence | Ines Varga | Councillor Ines Varga said the talks
            sentence | Ines Varga | "They are theatre," she said.
            sentence | — | On the eve of the vote,
            sentence | Tomas Holm | Asked who would pay, he said
            sentence | spokesperson of Lena Ostrova | Mayor Lena Ostrova trusts the harbour
            sentence | spokesperson of Lena Ostrova | Asked again on Tuesday, her spokesman
            sentence | Pavel Brun | Pavel Brun denies the charge.
            sentence | lawyer of Pavel Brun | His lawyer told reporters that Brun
            sentence | His brother | His brother said he was calm.
        "#]],
    );
}

#[test]
fn rules_a_role_of_the_person_after_a_dateline_or_a_title() {
    // `her spokesman` after a wire dateline is the spokesperson of the person who opens the
    // sentence past the dash; a title before one word (`Prime Minister Varga`) makes it a name,
    // here the surname of the person met before.
    check(
        "Harbour minister Tomas Holm said the port would close.\n\n\
         TOLVIK, May 2 (Tolvia Wire) - Prime Minister Ines Varga still backs harbour minister Tomas Holm after the ferry strike, her spokesman said on Monday.\n\n\
         Mayor Lena Ostrova said the ferry was late. Prime Minister Varga trusts the clerk, her aide said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | Harbour minister Tomas Holm said the
            sentence | spokesperson of Ines Varga | TOLVIK, May 2 (Tolvia Wire) -
            sentence | Lena Ostrova | Mayor Lena Ostrova said the ferry
            sentence | aide of Ines Varga | Prime Minister Varga trusts the clerk,
        "#]],
    );
}

#[test]
fn rules_a_company_after_its_descriptor_and_its_nationality() {
    // `Norlandic baking giant Tolbrau` is Tolbrau (a participle-like `baking` before a noun
    // ends nothing), and `the Norlandic group` is the company just named.
    check(
        "Norlandic baking giant Tolbrau announced on Tuesday that it would buy two creameries. \"Both sellers agree,\" the Norlandic group said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tolbrau | Norlandic baking giant Tolbrau announced on
            sentence | Tolbrau | "Both sellers agree," the Norlandic group
        "#]],
    );
}

#[test]
fn rules_a_country_in_the_headline_is_the_body_speaker_of_its_adjective() {
    // `Tolvia condemns …` over a body where the Tolvian embassy's spokesperson speaks; `Tolvia
    // urges …` over a Tolvian ministry's spokesperson named in full.
    check(
        "Tolvia condemns Norland statement on the harbour\n\n\
         A spokesperson for the Tolvian Embassy in Norland rejected the fishing report on Tuesday.\n\n\
         \"The statement is wrong,\" the spokesperson said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvia condemns Norland statement on the harbour | captions: 0
            headline | spokesperson of Tolvian Embassy in Norland | Tolvia condemns Norland statement on the
            sentence | spokesperson of Tolvian Embassy in Norland | A spokesperson for the Tolvian Embassy
            sentence | spokesperson of Tolvian Embassy in Norland | "The statement is wrong," the spokesperson
        "#]],
    );
    check(
        "Tolvia urges Norland to stop the smears\n\n\
         Tolvian Foreign Ministry Spokesperson Ines Varga said on Monday that Norland should stop.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvia urges Norland to stop the smears | captions: 0
            headline | Ines Varga | Tolvia urges Norland to stop the
            sentence | Ines Varga | Tolvian Foreign Ministry Spokesperson Ines Varga
        "#]],
    );
}

#[test]
fn rules_a_surname_takes_the_one_full_name_the_text_gives() {
    // `Brun said` with `Pavel Brun` named only later, as an object: the speaker is Pavel Brun;
    // with two full names of that surname, the surname stays.
    check(
        "\"The verdict was expected,\" Brun said outside the hall.\n\n\
         A week earlier the former harbour chief, Pavel Brun, had lost his appeal.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Pavel Brun | "The verdict was expected," Brun said
            sentence | — | A week earlier the former harbour
        "#]],
    );
    check(
        "\"We will appeal,\" Holm said. Later, Tomas Holm and Ines Holm met the press.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Holm | "We will appeal," Holm said.
            sentence | — | Later, Tomas Holm and Ines Holm
        "#]],
    );
}

#[test]
fn rules_a_name_after_the_headlines_last_dash_is_its_speaker() {
    // `Cup final: Why … lost – Holm`: the name after the last dash speaks (not the `Cup final`
    // label before the colon); a dash before a phrase that is no name changes nothing.
    check(
        "Cup final: Why the Tolvik side lost to Norland – Holm\n\n\
         Tolvik manager Tomas Holm has said his players passed too slowly.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Cup final: Why the Tolvik side lost to Norland – Holm | captions: 0
            headline | Tomas Holm | Cup final: Why the Tolvik side
            sentence | Tomas Holm | Tolvik manager Tomas Holm has said
        "#]],
    );
    check(
        "Tolvik harbour reopens – a new start for the ferries\n\n\
         The harbour reopened on Monday.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvik harbour reopens – a new start for the ferries | captions: 0
            headline | — | Tolvik harbour reopens – a new
            sentence | — | The harbour reopened on Monday.
        "#]],
    );
}

#[test]
fn rules_a_role_named_later_and_a_persons_lawyer() {
    // A lede's role with no name (`A senior minister in Tolvia said`) is the one person who
    // speaks later with that title; `Brun's lawyer` serves the person Pavel Brun (so `he` can
    // still find Brun) and is the `defence lawyer` named later.
    check(
        "A senior minister in Tolvia said on Sunday that coalition talks would have to wait until spring.\n\n\
         The last vote left no party with a majority of the harbour seats.\n\n\
         \"We are listening to all the small parties first,\" Harbour Minister Ines Varga told the public broadcaster.\n\n\
         A court in Tolvik fined former mayor Pavel Brun on Monday. Brun's lawyer said outside the hall that the fine would be challenged.\n\n\
         \"The ruling is wrong,\" defence lawyer Tomas Holm said.\n\n\
         Brun, 71, rejects the ruling. \"The ledgers prove my case. Every page of them,\" he has said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Ines Varga | A senior minister in Tolvia said
            sentence | — | The last vote left no party
            sentence | Ines Varga | "We are listening to all the
            sentence | — | A court in Tolvik fined former
            sentence | Tomas Holm | Brun's lawyer said outside the hall
            sentence | Tomas Holm | "The ruling is wrong," defence lawyer
            sentence | Pavel Brun | Brun, 71, rejects the ruling.
            sentence | Pavel Brun | "The ledgers prove my case.
            sentence | Pavel Brun | Every page of them," he has
        "#]],
    );
}

#[test]
fn rules_relayed_quotes_and_names_after_offices() {
    // `cited X as saying`, `quoted X, Name, as having informed`, and the passive `was quoted as
    // saying` are the words of the one quoted (`the spokesman`: the one spokesman named later); a person's name after a title or an office
    // (`Taoiseach`, `Parliamentarian`, `Ministry of Harbour Affairs`, `former TLF bomber`) is
    // the name alone.
    check(
        "The Tolvik news agency cited the spokesman as saying the claims were baseless.\n\n\
         The radio station quoted Tolvia's envoy in Nordhavn, Tomas Holm, as having informed the harbour office that the ferry story was invented. The envoy was quoted as saying that Tolvia meant to keep the ferries running.\n\n\
         TLP Parliamentarian Ines Varga said the figures were false. Taoiseach Pavel Brun said the plan would work. At the hearing, former TLF bomber Tomas Berg told the inquiry he regretted nothing.\n\n\
         The Spokesman of the Norland Ministry of Harbour Affairs Lena Ostrova said the visit was over. \"It is over,\" Ostrova said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Lena Ostrova | The Tolvik news agency cited the
            sentence | Tomas Holm | The radio station quoted Tolvia's envoy
            sentence | Tomas Holm | The envoy was quoted as saying
            sentence | Ines Varga | TLP Parliamentarian Ines Varga said the
            sentence | Pavel Brun | Taoiseach Pavel Brun said the plan
            sentence | Tomas Berg | At the hearing, former TLF bomber
            sentence | Lena Ostrova | The Spokesman of the Norland Ministry
            sentence | Lena Ostrova | "It is over," Ostrova said.
        "#]],
    );
}

#[test]
fn rules_wire_datelines_of_other_forms() {
    // A dateline with the agency before a double hyphen, an agency between slashes, an
    // upper-case place and a colon (no transcript label), and the agency alone before a dash:
    // the sentence's own speaker speaks. `the embassy` and `union members` are no other kind
    // of organisation that spoke before.
    check(
        "Harbour news\n\n\
         NORDHAVN: Tolvia on Wednesday rejected the remarks, the foreign ministry said.\n\n\
         TOLVIK, Ky. (AP) -- Police in the harbour town said a man was arrested.\n\n\
         NORDHAVN, January 15. /TNA/. The claims are groundless, the Tolvian Embassy in Nordhavn said.\n\n\
         (AP) – Tolvian officials say three men were killed.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour news | captions: 0
            headline | — | Harbour news
            sentence | foreign ministry | NORDHAVN: Tolvia on Wednesday rejected the
            sentence | Police | TOLVIK, Ky. (AP) -- Police in
            sentence | Tolvian Embassy in Nordhavn | NORDHAVN, January 15. /TNA/. The claims
            sentence | Tolvian officials | (AP) – Tolvian officials say three
        "#]],
    );
    check(
        "Police in Tolvik said the march was peaceful.\n\n\
         Union members said the strike would go on. The embassy said it had no comment.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Police | Police in Tolvik said the march
            sentence | members of Union | Union members said the strike would
            sentence | embassy | The embassy said it had no
        "#]],
    );
}

#[test]
fn rules_pronouns_after_quotations_and_outlets_that_relay() {
    // The `he` that closes a quotation is not a name inside that quotation, and looks for the
    // sentence's subject before the quotation opens; an outlet after `according to` relays the
    // words of a speaker the sentence names; `Tolvik statistics` are Tolvik's.
    check(
        "Judge Tomas Holm told the court that the fraud had cost the harbour fund dearly.\n\n\
         Earlier in the day, Pavel Brun made a short statement in court. Holm said it was noted. Brun had sold his boatyard a year before. \"I owe Lena Ostrova an apology. She trusted the yard. She lost her savings,\" he said.\n\n\
         Holm told the jurors they had been patient, according to the Tolvik Tribune.\n\n\
         Ferry traffic fell by a third, according to Tolvik Port Agency statistics.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | Judge Tomas Holm told the court
            sentence | Pavel Brun | Earlier in the day, Pavel Brun
            sentence | Tomas Holm | Holm said it was noted.
            sentence | — | Brun had sold his boatyard a
            sentence | Pavel Brun | "I owe Lena Ostrova an apology.
            sentence | Pavel Brun | She trusted the yard.
            sentence | Pavel Brun | She lost her savings," he said.
            sentence | Tomas Holm | Holm told the jurors they had
            sentence | Tolvik Port Agency | Ferry traffic fell by a third,
        "#]],
    );
}

#[test]
fn rules_military_titles_and_long_roles_before_a_name() {
    // `said U.S. Col. Tomas Holm` keeps the name past the title's stop; `deputy provincial
    // governor Ines Varga` is a long role before a name; `reassured that` reports speech.
    check(
        "The convoy reached the border at dawn, said Tolvian Col. Tomas Holm, who commands the escort.\n\n\
         Tolvik’s deputy provincial governor Ines Varga said the attack was over. Varga reassured that the roads would reopen.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | The convoy reached the border at
            sentence | Ines Varga | Tolvik’s deputy provincial governor Ines Varga
            sentence | Ines Varga | Varga reassured that the roads would
        "#]],
    );
}

#[test]
fn rules_quotations_after_a_person_is_introduced() {
    // A paragraph of quotation with no speaker, after a paragraph that introduces a person
    // with a title or role and gives no speaker, is that person's, and so is the quotation
    // paragraph after it; a quotation after a sentence with no title is nobody's.
    check(
        "The harbour police spokesperson Acting Inspector Ines Varga wants boat owners to log every theft.\n\n\
         \"A photo on a chat group does not help us catch anyone.\n\n\
         \"Walk into the station and give us a statement.\"\n\n\
         Tomas Holm visited the port on Monday.\n\n\
         \"It was a mess.\"",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | — | The harbour police spokesperson Acting Inspector
            sentence | Ines Varga | "A photo on a chat group
            sentence | Ines Varga | "Walk into the station and give
            sentence | — | Tomas Holm visited the port on
            sentence | — | "It was a mess."
        "#]],
    );
}

#[test]
fn rules_a_countrys_embassy_keeps_its_post() {
    // `Tolvia's embassy in Nordhavn` (lower case) is named with its post, like `the Tolvian
    // Embassy in Nordhavn`; `The Tolvian embassy` after it is the same embassy.
    check(
        "Tolvia’s embassy in Nordhavn said on Friday that the ferry dispute would go to the harbour court.\n\n\
         The Tolvian embassy, writing on its website, said the fees were unlawful.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tolvia’s embassy in Nordhavn | Tolvia’s embassy in Nordhavn said on
            sentence | Tolvia’s embassy in Nordhavn | The Tolvian embassy, writing on its
        "#]],
    );
}

#[test]
fn rules_a_surname_with_a_particle_and_a_name_after_an_office() {
    // `Mr Ó Tuama` is the `Éamon Ó Tuama` the text names after his office (`Rural Affairs` is
    // not part of his name), even when he is named so only as an object.
    check(
        "Ó Tuama criticised over harbour plan\n\n\
         The opposition has attacked Minister for Harbours, Roads and Rural Affairs Éamon Ó Tuama over the ferry timetable.\n\n\
         The harbour board told Mr Ó Tuama that the money was gone.\n\n\
         In reply, Mr Ó Tuama insisted that the timetable had been agreed with the islands.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ó Tuama criticised over harbour plan | captions: 0
            headline | — | Ó Tuama criticised over harbour plan
            sentence | — | The opposition has attacked Minister for
            sentence | harbour board | The harbour board told Mr Ó
            sentence | Éamon Ó Tuama | In reply, Mr Ó Tuama insisted
        "#]],
    );
}

#[test]
fn rules_according_to_without_a_comma() {
    // `According to analysts a second vote …`: with no comma, the source ends where the
    // clause's determiner or pronoun starts, but not inside `the head of the agency`.
    check(
        "According to economists a rate cut is coming.\n\n\
         According to the head of the agency the port will close.\n\n\
         According to Tolvik police they found nothing.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | economists | According to economists a rate cut
            sentence | head of agency | According to the head of the
            sentence | Tolvik police | According to Tolvik police they found
        "#]],
    );
}

#[test]
fn rules_a_court_ruling_on_a_filing_and_its_bench() {
    // A court that dismisses a petition or rejects an appeal rules, it does not speak; `the
    // bench` that then states something is that court (and stays unnamed when no court is).
    check(
        "On Tuesday, the Tolvik District Court rejected an urgent application filed by the ferry operator.\n\n\
         The Court observed that the fees had been set by law. The bench stated that the operator could pay under protest.\n\n\
         Pavel Brun dismissed the ruling as short-sighted.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | — | On Tuesday, the Tolvik District Court
            sentence | Tolvik District Court | The Court observed that the fees
            sentence | Tolvik District Court | The bench stated that the operator
            sentence | Pavel Brun | Pavel Brun dismissed the ruling as
        "#]],
    );
}

#[test]
fn rules_appeals_continued_cues_and_a_ministry_that_is_no_police_force() {
    // `appealed for calm` is a public request; `continued to insist` leads into its cue (not
    // `continued to rise`); `the ministry`, named by no organisation of the text, is not the
    // police force that spoke before it.
    check(
        "Nordhavn police said the harbour road was closed after the storm.\n\n\
         Officers appealed for drivers to stay away from the coast. The water continued to rise overnight.\n\n\
         Lena Ostrova continues to insist that the sea wall was never inspected.\n\n\
         The ministry urged residents of the old town to leave.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Nordhavn police | Nordhavn police said the harbour road
            sentence | Nordhavn police | Officers appealed for drivers to stay
            sentence | — | The water continued to rise overnight.
            sentence | Lena Ostrova | Lena Ostrova continues to insist that
            sentence | ministry | The ministry urged residents of the
        "#]],
    );
}

#[test]
fn rules_a_local_role_of_an_organisation_named_later() {
    // `the local union president` is the `Union President` the article names later, as `the
    // union president` is; `a local police spokesman` speaks for the police.
    check(
        "According to the local union president, pay talks with the cannery broke off in the spring.\n\n\
         Workers at the cannery met on Sunday.\n\n\
         Union President Pavel Brun told members that the cannery had never closed.\n\n\
         A local police spokesman said the gates stayed open.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Pavel Brun | According to the local union president,
            sentence | — | Workers at the cannery met on
            sentence | Pavel Brun | Union President Pavel Brun told members
            sentence | spokesperson of police | A local police spokesman said the
        "#]],
    );
}

#[test]
fn rules_an_outlet_relays_a_quotation_said_before_it() {
    // `"…," Varga said, according to the Herald`: the outlet relays Varga's words, also after
    // an opening phrase (`Later that morning, Holm gave a statement …, according to …`).
    check(
        "\"The ferry will sail again,\" Ines Varga said, according to the Nordhavn Herald.\n\n\
         Later that morning, Tomas Holm gave a statement to the inquiry, calling the delay \"a disgrace,\" according to the Nordhavn Herald.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Ines Varga | "The ferry will sail again," Ines
            sentence | Tomas Holm | Later that morning, Tomas Holm gave
        "#]],
    );
}

#[test]
fn rules_no_one_is_no_speaker() {
    // `No one`, `Nobody` and `No injuries` deny a speaker; `No 10` is Downing Street.
    check(
        "No injuries reported after Tolvik landslide\n\n\
         Nobody warned the villagers, residents said. No one expected the slope to fail.\n\n\
         No 10 said the army would help.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: No injuries reported after Tolvik landslide | captions: 0
            headline | — | No injuries reported after Tolvik landslide
            sentence | residents | Nobody warned the villagers, residents said.
            sentence | — | No one expected the slope to
            sentence | No 10 | No 10 said the army would
        "#]],
    );
}

#[test]
fn rules_officers_speak_for_their_police_force() {
    // `Officers` and `Detectives` after a police force has spoken are that force.
    check(
        "Tolvik police said the coast road would stay shut until Friday.\n\n\
         Officers appealed for walkers to keep off the cliffs. Detectives said a second man was being questioned.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tolvik police | Tolvik police said the coast road
            sentence | Tolvik police | Officers appealed for walkers to keep
            sentence | Tolvik police | Detectives said a second man was
        "#]],
    );
}

#[test]
fn rules_headline_speakers_after_a_dash_or_a_short_claim() {
    // With no colon and no cue, the name after a headline's last dash speaks (not an outlet's
    // name in a page title); a short verbless claim before `, says …` keeps the speaker after
    // it; a bare `embassy` there is the embassy that speaks in the body.
    check(
        "Ferry fees unlawful, says embassy\n\n\
         The new fees break the 1998 treaty, the Tolvian Embassy in Nordhavn said on Monday.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry fees unlawful, says embassy | captions: 0
            headline | Tolvian Embassy in Nordhavn | Ferry fees unlawful, says embassy
            sentence | Tolvian Embassy in Nordhavn | The new fees break the 1998
        "#]],
    );
    check(
        "Why the harbour talks collapsed on Friday – Varga\n\n\
         Ines Varga said the two sides had stopped listening.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Why the harbour talks collapsed on Friday – Varga | captions: 0
            headline | Ines Varga | Why the harbour talks collapsed on
            sentence | Ines Varga | Ines Varga said the two sides
        "#]],
    );
    check(
        "Storm closes the northern coast road - Tolvik Herald\n\n\
         The road will stay shut until Friday, police said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Storm closes the northern coast road - Tolvik Herald | captions: 0
            headline | — | Storm closes the northern coast road
            sentence | police | The road will stay shut until
        "#]],
    );
}

#[test]
fn rules_this_was_stated_by_names_the_speaker_before() {
    // `This was stated by X` gives X the sentence before it in the paragraph, even one that
    // read as its subject's own (`Norland firmly rejects …`); it says nothing itself.
    check(
        "Norland sees no grounds for a harbour blockade. This was stated by Pavel Brun, who speaks for the Norland foreign ministry.\n\n\
         Tolvia will match the tariffs. That was announced by Ines Varga.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Pavel Brun | Norland sees no grounds for a
            sentence | — | This was stated by Pavel Brun,
            sentence | Ines Varga | Tolvia will match the tariffs.
            sentence | — | That was announced by Ines Varga.
        "#]],
    );
}

#[test]
fn rules_a_name_and_its_appositive_after_a_day_and_a_time_ago() {
    // `On Monday, Tomas Holm, the deputy minister, said`: after a day or a month the name with
    // its appositive is the subject (a capitalised word before the comma is no place here);
    // `Several weeks ago,` opens no subject.
    check(
        "On Monday, Tomas Holm, the deputy trade minister, said the ferry bill would be paid.\n\n\
         In March, Lena Ostrova, a Tolvian port official, said the quay was full.\n\n\
         Several weeks ago, Ines Varga stated that the quay would reopen.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | On Monday, Tomas Holm, the deputy
            sentence | Lena Ostrova | In March, Lena Ostrova, a Tolvian
            sentence | Ines Varga | Several weeks ago, Ines Varga stated
        "#]],
    );
}

#[test]
fn rules_a_role_of_an_organisation_before_its_holder_and_occupations_as_titles() {
    // `Head of the state gas company, Lena Ostrova told …`: an office with no article before
    // the name of its holder; `Meteorologist Ines Varga` is Ines Varga.
    check(
        "Head of the Tolvik ferry company, Lena Ostrova told reporters on the quay that winter sailings would be cut.\n\n\
         Meteorologist Ines Varga told the radio that three more storms were on the way.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Lena Ostrova | Head of the Tolvik ferry company,
            sentence | Ines Varga | Meteorologist Ines Varga told the radio
        "#]],
    );
}

#[test]
fn rules_a_countrys_role_named_later_and_a_generic_subject_of_two_verbs() {
    // `Tolvia's harbour minister says` is the `Harbour Minister` named after it, but
    // `Norland's delegation chairman` is not a `campaign chairman`; `The ministry welcomed …
    // and warned …` is the ministry's warning.
    check(
        "Tolvia's harbour minister says the ferry levy ought to go.\n\n\
         At a dockside meeting, Harbour Minister Tomas Holm praised the crews, but argued that the levy had outlived its use.\n\n\
         Norland's delegation chairman announced six votes for Varga. Campaign chairman Pavel Brun said the count was fair.\n\n\
         The ministry welcomed the ferry deal and warned that fares would rise.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: none | captions: 0
            sentence | Tomas Holm | Tolvia's harbour minister says the ferry
            sentence | Tomas Holm | At a dockside meeting, Harbour Minister
            sentence | Norland's delegation chairman | Norland's delegation chairman announced six votes
            sentence | Pavel Brun | Campaign chairman Pavel Brun said the
            sentence | ministry | The ministry welcomed the ferry deal
        "#]],
    );
}

#[test]
fn rules_a_headline_title_names_the_body_holder_of_that_title() {
    // `Tolvian Harbour Minister: Ferry Levy Must Be Scrapped`: the title-case claim has a verb,
    // so the speaker is on the left, and the title is the body's `Harbour Minister Tomas Holm`.
    check(
        "Tolvian Harbour Minister: Ferry Levy Must Be Scrapped\n\n\
         The levy drives passengers away, Harbour Minister Tomas Holm said on Monday.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvian Harbour Minister: Ferry Levy Must Be Scrapped | captions: 0
            headline | Tomas Holm | Tolvian Harbour Minister: Ferry Levy Must
            sentence | Tomas Holm | The levy drives passengers away, Harbour
        "#]],
    );
}

#[test]
fn rules_a_list_of_names_speaks_together() {
    // `Tolvia, Norland and Lorsk urged …` and a headline's `UN, OSCE urge …`: every name of
    // the list speaks (an acronym at its end too); `Holm, Varga wrote, "…"` stays a reporting
    // clause inside the content.
    check(
        "Tolvia, Norland urge calm in harbour row\n\n\
         Tolvia, Norland and Lorsk urged Nordhavn to reopen the harbour.\n\n\
         UN, OSCE urge a truce on the ferry route.\n\n\
         Holm, Varga wrote, \"has always kept his word.\"",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvia, Norland urge calm in harbour row | captions: 0
            headline | Tolvia + Norland | Tolvia, Norland urge calm in harbour
            sentence | Tolvia + Norland + Lorsk | Tolvia, Norland and Lorsk urged Nordhavn
            sentence | UN + OSCE | UN, OSCE urge a truce on
            sentence | Varga | Holm, Varga wrote, "has always kept
        "#]],
    );
}

#[test]
fn rules_claiming_responsibility_a_victory_or_lives_is_no_statement() {
    // `claimed responsibility for`, `claimed victory`, `claimed 40 lives`: the object makes
    // `claim` an act; `claimed that …` and `claimed the … was` stay statements.
    check(
        "Ferry sinks off Nordhavn\n\n\
         The Harbour Front claimed responsibility for the blast at the ferry pier.\n\n\
         The fire on the pier claimed 40 lives by Sunday night.\n\n\
         Ines Varga claimed the ferry pier was left unguarded.\n\n\
         Tomas Holm claimed that his crew had won the regatta title.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry sinks off Nordhavn | captions: 0
            headline | — | Ferry sinks off Nordhavn
            sentence | — | The Harbour Front claimed responsibility for
            sentence | — | The fire on the pier claimed
            sentence | Ines Varga | Ines Varga claimed the ferry pier
            sentence | Tomas Holm | Tomas Holm claimed that his crew
        "#]],
    );
}

#[test]
fn rules_an_adverb_after_the_auxiliary_and_a_correlative_before_a_pair() {
    // `has long argued`, `He further said`: adverbs between the subject and its verb; `Both X
    // and Y said`: the correlative is no part of the first name.
    check(
        "Pier levy row goes on\n\n\
         Ines Varga has long argued that the pier levy is unfair.\n\n\
         She further said the levy would drive ferries away.\n\n\
         Both Pavel Brun and the Tolvian harbour office said the levy stays.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pier levy row goes on | captions: 0
            headline | — | Pier levy row goes on
            sentence | Ines Varga | Ines Varga has long argued that
            sentence | Ines Varga | She further said the levy would
            sentence | Pavel Brun + Tolvian harbour office | Both Pavel Brun and the Tolvian
        "#]],
    );
}

#[test]
fn rules_a_headline_country_is_the_country_when_it_speaks_itself() {
    // `Norland says …` over a body where a Norlandic party speaks first and Norland itself
    // speaks later: the country, not the first body of that nationality.
    check(
        "Norland says ferry route is safe\n\n\
         The Norlandic Harbour Party said the ferry route was a risk.\n\n\
         Norland said the route had been safe for years.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Norland says ferry route is safe | captions: 0
            headline | Norland | Norland says ferry route is safe
            sentence | Norlandic Harbour Party | The Norlandic Harbour Party said the
            sentence | Norland | Norland said the route had been
        "#]],
    );
}

#[test]
fn rules_a_headline_speaker_before_a_topic_and_a_name_with_its_appositive() {
    // `Pier fees must go: Lena Ostrova on harbour costs`: the speaker before `on` and a
    // lower-case topic. `Pavel Brun, the Norlandic trade envoy, said tariffs stay.`: a name
    // and its appositive are the subject, never a statement before an inverted `said`.
    check(
        "Pier fees must go: Lena Ostrova on harbour costs\n\n\
         Lena Ostrova, the Tolvik port director, said pier fees drive ferries away.\n\n\
         Pavel Brun, the Norlandic trade envoy, said tariffs stay.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pier fees must go: Lena Ostrova on harbour costs | captions: 0
            headline | Lena Ostrova | Pier fees must go: Lena Ostrova
            sentence | Lena Ostrova | Lena Ostrova, the Tolvik port director,
            sentence | Pavel Brun | Pavel Brun, the Norlandic trade envoy,
        "#]],
    );
}

#[test]
fn rules_an_office_listing_portfolios_before_its_holder() {
    // `Minister of Fisheries, Ports and Inland Waters Pavel Brun said`: the commas and the
    // `and` list portfolios of one office; its holder is the name that ends it (or the last
    // part after a comma). Two offices joined by `and the` stay two speakers.
    check(
        "Ferry levy to stay\n\n\
         Minister of Fisheries, Ports, Canals and Inland Waters Pavel Brun insists the levy is fair.\n\n\
         The Minister of Roads, Rail and Ferries, Ines Varga, said the levy funds new piers.\n\n\
         Minister of Tourism and Coastal Affairs K. L. Norden said visitors would pay less.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry levy to stay | captions: 0
            headline | — | Ferry levy to stay
            sentence | Pavel Brun | Minister of Fisheries, Ports, Canals and
            sentence | Ines Varga | The Minister of Roads, Rail and
            sentence | K. L. Norden | Minister of Tourism and Coastal Affairs
        "#]],
    );
}

#[test]
fn rules_a_bench_of_judges_speaks_for_its_court() {
    // `The Bench of Justice X and Justice Y stated`, `A division bench comprising …`, `the
    // Bench`: the court named before (even in narration), not its judges one by one.
    check(
        "Levy struck down\n\n\
         The Nordhavn Appeals Court struck down the pier levy on Friday.\n\n\
         The Bench of Justice Lena Ostrova and Justice Tomas Holm stated that the levy had no basis in law.\n\n\
         A division bench comprising Justices Ostrova and Holm added that refunds were due.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Levy struck down | captions: 0
            headline | — | Levy struck down
            sentence | — | The Nordhavn Appeals Court struck down
            sentence | Nordhavn Appeals Court | The Bench of Justice Lena Ostrova
            sentence | Nordhavn Appeals Court | A division bench comprising Justices Ostrova
        "#]],
    );
}

#[test]
fn rules_a_lone_name_byline_a_source_line_and_an_agency_credit_are_metadata() {
    // A name alone under the headline is the byline; `Source: …` and a caption ending in a
    // picture agency's `/CREDIT` are credits, not passages of the article.
    check(
        "Pier levy scrapped\n\n\
         Pavel Brun\n\n\
         Source: Tolvik Wire\n\n\
         Harbour Minister Tomas Holm opens the new pier on May 2, 2026. /TWA\n\n\
         Tolvia scrapped the pier levy on Friday, the harbour office said.",
        expect![[r#"
            section: none | published: none | byline: Pavel Brun
            headline: Pier levy scrapped | captions: 2
            headline | — | Pier levy scrapped
            caption  | — | Source: Tolvik Wire
            caption  | — | Harbour Minister Tomas Holm opens the
            sentence | harbour office | Tolvia scrapped the pier levy on
        "#]],
    );
}

#[test]
fn rules_referred_to_appeared_to_and_made_a_call_are_cues() {
    // `referred to X as`, `appeared to suggest`, `made its call for`, `made the case that` report
    // a statement; `It refers to` defines and `Brun, referred to as …,` is named.
    check(
        "Ferry row deepens\n\n\
         Lena Ostrova referred to the pier levy as a tax on islanders.\n\n\
         Pavel Brun appeared to suggest that the ferries would stop in May.\n\n\
         The Tolvik council made its call for calm on Friday.\n\n\
         Ines Varga made the case that the pier needs new cranes.\n\n\
         The levy, referred to as the island toll, rose in May.\n\n\
         The term refers to a fee paid at the pier.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry row deepens | captions: 0
            headline | — | Ferry row deepens
            sentence | Lena Ostrova | Lena Ostrova referred to the pier
            sentence | Pavel Brun | Pavel Brun appeared to suggest that
            sentence | Tolvik council | The Tolvik council made its call
            sentence | Ines Varga | Ines Varga made the case that
            sentence | — | The levy, referred to as the
            sentence | — | The term refers to a fee
        "#]],
    );
}

#[test]
fn rules_a_pronoun_after_a_subordinator_is_its_sentence_subject() {
    // `Lena Ostrova drew criticism after she appeared to suggest …`: the pronoun of the
    // subordinate clause is the person who opens the sentence, not the last speaker.
    check(
        "Harbour row\n\n\
         Ines Varga said the pier would reopen in May.\n\n\
         Lena Ostrova drew criticism on Friday after she suggested that the pier levy should double.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour row | captions: 0
            headline | — | Harbour row
            sentence | Ines Varga | Ines Varga said the pier would
            sentence | Lena Ostrova | Lena Ostrova drew criticism on Friday
        "#]],
    );
}

#[test]
fn rules_a_time_phrase_without_a_comma_opens_no_name() {
    // `On Friday Pavel Brun said`, `Last month the council said`: the time phrase before the
    // subject is no part of its name.
    check(
        "Pier levy\n\n\
         On Friday Pavel Brun said the pier levy would stay.\n\n\
         Last month the Tolvik council said the levy funds new cranes.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pier levy | captions: 0
            headline | — | Pier levy
            sentence | Pavel Brun | On Friday Pavel Brun said the
            sentence | Tolvik council | Last month the Tolvik council said
        "#]],
    );
}

#[test]
fn rules_a_title_case_headline_lends_a_surname_only_its_given_name() {
    // Every word of a title-case headline is capitalised: `Holm Eyes …` gives `Holm` no
    // `Eyes`, and `… Back Challenger Lena Ostrova Now` gives `Ostrova` only `Lena`.
    check(
        "Holm Eyes 'Loyalty Test' as Ferry Towns Weigh the Levy.\n\n\
         The harbour chief is pressing islanders to vote.\n\n\
         Mr. Holm said the vote was a test of loyalty.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Holm Eyes 'Loyalty Test' as Ferry Towns Weigh the Levy. | captions: 0
            headline | — | Holm Eyes 'Loyalty Test' as Ferry
            sentence | — | The harbour chief is pressing islanders
            sentence | Holm | Mr. Holm said the vote was
        "#]],
    );
    check(
        "Why Ferry Crews Back Challenger Lena Ostrova Now.\n\n\
         Ostrova said the crews back her because she keeps her word.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Why Ferry Crews Back Challenger Lena Ostrova Now. | captions: 0
            headline | — | Why Ferry Crews Back Challenger Lena
            sentence | Lena Ostrova | Ostrova said the crews back her
        "#]],
    );
}

#[test]
fn rules_began_by_saying_and_an_appositive_with_a_relative_clause() {
    // `opened by warning that …`: a phase verb leads through `by` into the gerund cue.
    // `Pavel Brun, a former envoy who is a critic of the levy, suggests that …`: the appositive
    // holds a verb of its own but the subject is still the name before it.
    check(
        "Levy debate\n\n\
         Lena Ostrova went on harbour radio and opened by warning that the pier was unsafe.\n\n\
         Pavel Brun, a former ferry captain who is a fierce critic of the levy, suggests that islanders should pay less.\n\n\
         The festival started by playing island songs.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Levy debate | captions: 0
            headline | — | Levy debate
            sentence | Lena Ostrova | Lena Ostrova went on harbour radio
            sentence | Pavel Brun | Pavel Brun, a former ferry captain
            sentence | — | The festival started by playing island
        "#]],
    );
}

#[test]
fn rules_a_free_relative_after_a_preposition_reports_nothing() {
    // `The gap between what Holm says and what he does …`: `what Holm says` names what is
    // said, inside a noun phrase; it is no statement (and makes no speaker `The gap …`).
    // `denounced what Varga called …` still reports Varga's words.
    check(
        "Pier promises\n\n\
         The gap between what Tomas Holm says about the pier and what he funds has grown all year.\n\n\
         Critics denounced what Ines Varga called the \"fair\" levy.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pier promises | captions: 0
            headline | — | Pier promises
            sentence | — | The gap between what Tomas Holm
            sentence | Critics | Critics denounced what Ines Varga called
        "#]],
    );
}

#[test]
fn rules_a_bare_plural_role_after_a_parenthetical_is_the_subject() {
    // `Fees rose, as evidence of the levy's reach, experts say …`: the bare plural after the
    // last comma is the subject, not the phrase before it.
    check(
        "Pier fees\n\n\
         Although the harbour board cut the mooring fee, a cost that weighs on small boat owners, as a sign of goodwill to islanders, economists say the cut is small.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pier fees | captions: 0
            headline | — | Pier fees
            sentence | economists | Although the harbour board cut the
        "#]],
    );
}

#[test]
fn rules_a_party_tag_before_said_and_a_pronoun_inside_a_relative_clause() {
    // `"…," Harbour Leader Tomas Holm, T-Nord., said Tuesday.`: the name before its party tag
    // speaks, never `Tuesday`. `… at Tolvia, Norland and elsewhere that she blamed on the port operator`:
    // the pronoun is the subject of its own relative clause; the list is no speaker.
    check(
        "Ferry vote\n\n\
         \"The levy cannot survive the autumn,\" Harbour Leader Tomas Holm, T-Nord., said Tuesday.\n\n\
         Ines Varga, speaking after Holm at the pier forum, cited late sailings at Tolvia, Norland and elsewhere that she blamed on the port operator.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry vote | captions: 0
            headline | — | Ferry vote
            sentence | Tomas Holm | "The levy cannot survive the autumn,"
            sentence | Ines Varga | Ines Varga, speaking after Holm at
        "#]],
    );
}

#[test]
fn rules_a_nationality_or_age_descriptor_names_the_person_just_described() {
    // `The Swede, 52, added …` after Tomas Holm spoke is Holm; `the 47-year-old said` right
    // after `Tolvik coach Pavel Brun was less happy.` is Brun, not the last speaker.
    check(
        "Nordhavn edge Tolvik\n\n\
         Nordhavn coach Tomas Holm praised his side after a 2-1 win on Sunday.\n\n\
         \"It was a proper fight,\" Holm told reporters.\n\n\
         The Swede, 52, added that the squad still needed a striker. Midfielder Ines Varga said she was tired but happy.\n\n\
         Tolvik coach Pavel Brun was less pleased. \"We lost our shape,\" the 47-year-old said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Nordhavn edge Tolvik | captions: 0
            headline | — | Nordhavn edge Tolvik
            sentence | Tomas Holm | Nordhavn coach Tomas Holm praised his
            sentence | Tomas Holm | "It was a proper fight," Holm
            sentence | Tomas Holm | The Swede, 52, added that the
            sentence | Ines Varga | Midfielder Ines Varga said she was
            sentence | — | Tolvik coach Pavel Brun was less
            sentence | Pavel Brun | "We lost our shape," the 47-year-old
        "#]],
    );
}

#[test]
fn rules_an_envoy_to_a_country_before_a_name_is_that_person() {
    // `Tolvia's envoy to Norland Pavel Brun, in an interview, said`: the name after the post's
    // country speaks (was `ambassador of Norland Pavel Brun`); `the ambassador to the United
    // Nations` stays a role.
    check(
        "Sanctions row\n\n\
         Tolvia's envoy to Norland Pavel Brun, in an interview on Monday, said the sanctions were unfair.\n\n\
         The ambassador to the Harbour Council said the talks would resume.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Sanctions row | captions: 0
            headline | — | Sanctions row
            sentence | Pavel Brun | Tolvia's envoy to Norland Pavel Brun,
            sentence | ambassador of Harbour Council | The ambassador to the Harbour Council
        "#]],
    );
}

#[test]
fn rules_a_nationality_before_a_role_meets_its_country_and_pointed_to() {
    // `The Tolvian spokesman` after `Tolvia's Foreign Ministry's Spokesman Tomas Holm` spoke is
    // Holm (the adjective meets its country); `He pointed to …` reports him; `all signs
    // pointed to …` is evidence, no speaker.
    check(
        "Ports attack condemned\n\n\
         Tolvia's Harbour Ministry's Spokesman Tomas Holm denounced the damage to the ferry pier.\n\n\
         The Tolvian spokesman said the pier would reopen. He pointed to two fires on the quay last year.\n\n\
         All signs pointed to a long repair.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ports attack condemned | captions: 0
            headline | — | Ports attack condemned
            sentence | Tomas Holm | Tolvia's Harbour Ministry's Spokesman Tomas Holm
            sentence | Tomas Holm | The Tolvian spokesman said the pier
            sentence | Tomas Holm | He pointed to two fires on
            sentence | — | All signs pointed to a long
        "#]],
    );
}

#[test]
fn rules_letters_after_a_name_and_a_treasurer_title_are_no_part_of_it() {
    // `Ines Varga KC, acting for the crews, said …` is Ines Varga; `Treasurer Pavel Brun` is
    // Pavel Brun, one speaker with `Mr Brun`.
    check(
        "Pier eviction\n\n\
         Ines Varga KC, acting for the ferry crews, said the eviction was unlawful. She added that the crews would appeal.\n\n\
         Treasurer Pavel Brun said the pier would be sold. Mr Brun said the sale would fund new ferries.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pier eviction | captions: 0
            headline | — | Pier eviction
            sentence | Ines Varga | Ines Varga KC, acting for the
            sentence | Ines Varga | She added that the crews would
            sentence | Pavel Brun | Treasurer Pavel Brun said the pier
            sentence | Pavel Brun | Mr Brun said the sale would
        "#]],
    );
}

#[test]
fn rules_made_the_remarks_names_the_unnamed_spokesperson_and_is_his() {
    // `Spokesman Tomas Holm made the comments at …` after `…, a Tolvian fisheries ministry
    // spokesman said` names that spokesman, and is his (was the article's voice).
    check(
        "Quota row deepens\n\n\
         Tolvia regrets the new fishing quota set by Norland and has lodged a protest, a Tolvian fisheries ministry spokesman said on Friday.\n\n\
         Spokesman Tomas Holm made the comments at a weekly news conference after a question about the quota.\n\n\
         The quota ignores decades of shared fishing grounds, Holm said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Quota row deepens | captions: 0
            headline | — | Quota row deepens
            sentence | Tomas Holm | Tolvia regrets the new fishing quota
            sentence | Tomas Holm | Spokesman Tomas Holm made the comments
            sentence | Tomas Holm | The quota ignores decades of shared
        "#]],
    );
}

#[test]
fn rules_made_her_remarks_names_a_member_spokeswoman_and_the_nationality_meets_her() {
    // `Norland's Transport Ministry's spokeswoman said …`, then `Lena Ostrova made her
    // remarks …` (hers; was the article's voice): she is the spokeswoman; `The Norlandic
    // spokeswoman` and `She` are her too.
    check(
        "Ferry strike ends\n\n\
         Norland's Transport Ministry's spokeswoman said the ferry strike had cost the islands dearly.\n\n\
         Lena Ostrova made her remarks on Tuesday after the crews returned to work.\n\n\
         The Norlandic spokeswoman urged both sides to keep talking. She pointed to three earlier strikes this year.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry strike ends | captions: 0
            headline | — | Ferry strike ends
            sentence | Lena Ostrova | Norland's Transport Ministry's spokeswoman said the
            sentence | Lena Ostrova | Lena Ostrova made her remarks on
            sentence | Lena Ostrova | The Norlandic spokeswoman urged both sides
            sentence | Lena Ostrova | She pointed to three earlier strikes
        "#]],
    );
}

#[test]
fn rules_a_mixed_case_acronym_spells_out_a_name_with_connectors_and_spoke_of() {
    // `the BoN` after `the Bank of Norland` is that bank (the lower-case letter stands for
    // `of`); `In March Varga spoke of a need to …` reports her (`March` is no given name).
    check(
        "Savings rate unchanged\n\n\
         The Bank of Norland left its savings rate at 2 percent, Governor Ines Varga said.\n\n\
         In March Varga spoke of a need to cool house prices.\n\n\
         The BoN said it would look again at the rate in the autumn.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Savings rate unchanged | captions: 0
            headline | — | Savings rate unchanged
            sentence | Ines Varga | The Bank of Norland left its
            sentence | Ines Varga | In March Varga spoke of a
            sentence | Bank of Norland | The BoN said it would look
        "#]],
    );
}

#[test]
fn rules_a_headline_speaker_to_the_one_addressed() {
    // `Claim: Tolvik council to Pavel Brun` is the council's claim, addressed to Brun; `A Plan
    // to Save the Ferries: Sell the Old Pier` names no speaker (neither part is one the body
    // names).
    check(
        "Ferry fees are a tax on islanders: Tolvik council to Pavel Brun\n\n\
         A day after Mayor Pavel Brun said the ferry fees would rise, the Tolvik council hit back, saying the fees were a tax on islanders.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry fees are a tax on islanders: Tolvik council to Pavel Brun | captions: 0
            headline | Tolvik council | Ferry fees are a tax on
            sentence | Tolvik council | A day after Mayor Pavel Brun
        "#]],
    );
    check(
        "A Plan to Save the Ferries: Sell the Old Pier\n\n\
         The harbour board wants to sell the old pier to pay for two new ferries.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: A Plan to Save the Ferries: Sell the Old Pier | captions: 0
            headline | — | A Plan to Save the Ferries:
            sentence | — | The harbour board wants to sell
        "#]],
    );
}

#[test]
fn rules_a_capitalised_title_alone_is_the_person_introduced_with_it() {
    // `The Deputy Mayor` is the person the text named `Deputy Mayor Pavel Brun`, also with
    // another speaker between (was `Mayor`, a new actor); so is `the Harbour Minister`.
    check(
        "Bridge vote\n\n\
         Deputy Mayor Pavel Brun toured the old bridge, where he argued that it could not be saved. Harbour Minister Ines Varga visited the ferry yard on the same day.\n\n\
         Councillor Tomas Holm said the bridge should stay open.\n\n\
         The Deputy Mayor urged residents to back the new bridge, saying the old one was unsafe. The Harbour Minister said the ferries would run all night.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Bridge vote | captions: 0
            headline | — | Bridge vote
            sentence | Pavel Brun | Deputy Mayor Pavel Brun toured the
            sentence | — | Harbour Minister Ines Varga visited the
            sentence | Tomas Holm | Councillor Tomas Holm said the bridge
            sentence | Pavel Brun | The Deputy Mayor urged residents to
            sentence | Ines Varga | The Harbour Minister said the ferries
        "#]],
    );
}

#[test]
fn rules_a_cue_form_after_a_past_verb_or_an_adverb_is_no_cue() {
    // `They answered questions from …` and `a widely expected price cut` report nothing
    // (was `They answered` and `it dropped plans for a`); `…, the family said.` still reports
    // the family (`family` ends like an adverb).
    check(
        "Ferry prices\n\n\
         Ines Varga and Tomas Holm met ferry owners in Tolvik on Monday. They answered questions from the owners about fuel duty and harbour dues.\n\n\
         The firm moved later, after it dropped plans for a widely expected price cut.\n\n\
         The crew was safe, the family said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry prices | captions: 0
            headline | — | Ferry prices
            sentence | — | Ines Varga and Tomas Holm met
            sentence | — | They answered questions from the owners
            sentence | — | The firm moved later, after it
            sentence | family | The crew was safe, the family
        "#]],
    );
}

#[test]
fn rules_a_place_after_a_persons_name_is_no_part_of_it() {
    // `Ines Varga of Nordhavn` is Ines Varga (`Varga said` takes that name); `the Bank of
    // Norland` keeps its `of`.
    check(
        "Harbour bill\n\n\
         The dispute pitted Councillors Ines Varga of Nordhavn and Tomas Holm of Tolvik against the Bank of Norland.\n\n\
         \"We cannot pay for the harbour twice,\" Varga said. The Bank of Norland said the loan terms were fair.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour bill | captions: 0
            headline | — | Harbour bill
            sentence | — | The dispute pitted Councillors Ines Varga
            sentence | Ines Varga | "We cannot pay for the harbour
            sentence | Bank of Norland | The Bank of Norland said the
        "#]],
    );
}

#[test]
fn rules_the_bank_a_name_with_a_capitalised_cue_word_and_a_possessor() {
    // `The bank said` is the lender that just spoke (`Nordbank`, of no known kind), not a new
    // `bank`; `the United States,` holds no cue (`States`); `Pavel Brun's campaign chief
    // thanked …, adding` is the campaign chief, not Pavel Brun.
    check(
        "Profit up at Nordbank\n\n\
         Nordbank, Tolvia's biggest lender, said lending grew by 9 percent. The bank said mortgages drove most of the growth.\n\n\
         Apart from Lorsk, the United States, Norland and Tolvia also backed the harbour treaty in March.\n\n\
         Pavel Brun's campaign chief thanked the volunteers, adding: \"The vote is not won yet.\"",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Profit up at Nordbank | captions: 0
            headline | — | Profit up at Nordbank
            sentence | Nordbank | Nordbank, Tolvia's biggest lender, said lending
            sentence | Nordbank | The bank said mortgages drove most
            sentence | — | Apart from Lorsk, the United States,
            sentence | Pavel Brun's campaign chief | Pavel Brun's campaign chief thanked the
        "#]],
    );
}

#[test]
fn rules_an_office_to_someone_on_two_portfolios_then_its_holder() {
    // `The Special Adviser to the Mayor on Roads and Rail, Ines Varga, confirmed …` is Ines
    // Varga, one speaker (was `… on Roads` + `Rail`); `she said` after it is her too.
    check(
        "Tolvik mayor in hospital\n\n\
         The Special Adviser to the Mayor on Roads and Rail, Ines Varga, confirmed the news to reporters on Friday.\n\n\
         \"The mayor is resting and will be back next week,\" she said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvik mayor in hospital | captions: 0
            headline | — | Tolvik mayor in hospital
            sentence | Ines Varga | The Special Adviser to the Mayor
            sentence | Ines Varga | "The mayor is resting and will
        "#]],
    );
}

#[test]
fn rules_a_place_label_before_a_headline_with_its_own_cue() {
    // `Tolvia: Varga Urges Voters to …` is Ines Varga's headline (the place is a label, was
    // `Tolvia`); `Norland: ferry fees will double` is still Norland's claim.
    check(
        "Tolvia: Varga Urges Voters to Back Ferry Plan\n\n\
         Ines Varga urged voters on Monday to back the ferry plan, saying it would cut fares.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvia: Varga Urges Voters to Back Ferry Plan | captions: 0
            headline | Ines Varga | Tolvia: Varga Urges Voters to Back
            sentence | Ines Varga | Ines Varga urged voters on Monday
        "#]],
    );
    check(
        "Norland: ferry fees will double next year\n\n\
         Norland said on Monday that ferry fees will double.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Norland: ferry fees will double next year | captions: 0
            headline | Norland | Norland: ferry fees will double next
            sentence | Norland | Norland said on Monday that ferry
        "#]],
    );
}

#[test]
fn rules_plural_role_nouns_are_a_group_that_they_names() {
    // `harbour sources` are a group, so `they noted` after them is theirs (was a person, and
    // `they` found no one).
    check(
        "Norland shuts the north pier\n\n\
         Norland shut the north pier to ferries on Friday, harbour sources said.\n\n\
         The move only helps smugglers, they noted.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Norland shuts the north pier | captions: 0
            headline | — | Norland shuts the north pier
            sentence | harbour sources | Norland shut the north pier to
            sentence | harbour sources | The move only helps smugglers, they
        "#]],
    );
}

#[test]
fn rules_a_nickname_inside_a_name_and_the_councillor_abbreviation() {
    // `… after Senator Tomas "Tom" Holm announced …` is no speaker after the content (the
    // closing mark belongs to a nickname), so the sentence is Pavel Brun Jr.'s, and `Brun`
    // is him too; `Cllr Ines Varga` is Ines Varga.
    check(
        "Harbour board shake-up\n\n\
         Mayor Pavel Brun Jr. said on Thursday that he had heard of the plan to break up the harbour board once Senator Tomas \"Tom\" Holm announced his bid to chair it.\n\n\
         \"Nobody asked me,\" Brun said.\n\n\
         Cllr Ines Varga said: \"The board did good work.\" Cllr Varga added that she would vote against the plan.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour board shake-up | captions: 0
            headline | — | Harbour board shake-up
            sentence | Pavel Brun Jr. | Mayor Pavel Brun Jr. said on
            sentence | Pavel Brun Jr. | "Nobody asked me," Brun said.
            sentence | Ines Varga | Cllr Ines Varga said: "The board
            sentence | Ines Varga | Cllr Varga added that she would
        "#]],
    );
}

#[test]
fn rules_a_name_before_comma_who_is_the_speaker_of_the_relative_clause() {
    // `…, among them Councillor Ines Varga, who argued …` is Ines Varga (was the whole clause
    // before it); `She said` after it is her too. `Ferry crews across the island, who …` is
    // not `island`.
    check(
        "Pier plan approved\n\n\
         Four of the nine harbour commissioners voted against the pier scheme, which came with a car park too, among them Councillor Ines Varga, who argued that the inspector had left them no choice.\n\n\
         She said: \"We did what we could.\"\n\n\
         The scheme was praised by ferry crews across the island, who said the new pier was long overdue.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pier plan approved | captions: 0
            headline | — | Pier plan approved
            sentence | Ines Varga | Four of the nine harbour commissioners
            sentence | Ines Varga | She said: "We did what we
            sentence | — | The scheme was praised by ferry
        "#]],
    );
}

#[test]
fn rules_a_hyphenated_title_and_the_first_word_of_a_three_word_name() {
    // `Harbour Board Director-General Dawit Alemu Tesfaye` is Dawit Alemu Tesfaye; `Dawit
    // stressed …` and `The director-general also said …` are him (were `Dawit` and
    // `director-general`, and the name kept its title).
    check(
        "Ferry strike may spread\n\n\
         Harbour Board Director-General Dawit Alemu Tesfaye said the ferry strike could spread to the northern ports. Dawit stressed that talks should resume at once.\n\n\
         The director-general also said a mediator would travel to Tolvik.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry strike may spread | captions: 0
            headline | — | Ferry strike may spread
            sentence | Dawit Alemu Tesfaye | Harbour Board Director-General Dawit Alemu Tesfaye
            sentence | Dawit Alemu Tesfaye | Dawit stressed that talks should resume
            sentence | Dawit Alemu Tesfaye | The director-general also said a mediator
        "#]],
    );
}

#[test]
fn rules_an_acronym_before_a_headline_colon_is_a_speaker() {
    // `WHO: …` names a speaker (an acronym in capitals, not the question word, which names
    // no one: `Who: …`).
    check(
        "WHO: ferry fees will not rise this year\n\n\
         The harbour board said on Monday that fees would stay at their current level.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: WHO: ferry fees will not rise this year | captions: 0
            headline | WHO | WHO: ferry fees will not rise
            sentence | harbour board | The harbour board said on Monday
        "#]],
    );
    check(
        "Who: the harbour board, on ferry fees\n\n\
         The harbour board said on Monday that fees would stay at their current level.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Who: the harbour board, on ferry fees | captions: 0
            headline | — | Who: the harbour board, on ferry
            sentence | harbour board | The harbour board said on Monday
        "#]],
    );
}

#[test]
fn rules_a_definite_player_role_is_the_person_named_last() {
    // `the star all-rounder praised …, saying` after `Norland captain Ines Varga accepted
    // the defeat` is Ines Varga (was a new speaker `star all-rounder`). A word that is also a
    // title (`the president`, `the midfielder`) keeps to the speaker in focus only.
    check(
        "Norland lose the final\n\n\
         Norland captain Ines Varga accepted the defeat with a smile. Later, the star all-rounder praised her team-mates, saying they had given everything.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Norland lose the final | captions: 0
            headline | — | Norland lose the final
            sentence | — | Norland captain Ines Varga accepted the
            sentence | Ines Varga | Later, the star all-rounder praised her
        "#]],
    );
}

#[test]
fn rules_a_degree_adverb_before_an_adverb_is_no_part_of_the_subject() {
    // `Holm rather bluntly asked …` is Tomas Holm (was a new speaker `Holm rather`).
    check(
        "Ferry talks\n\n\
         Ines Varga gave a long interview to harbour radio host Tomas Holm.\n\n\
         Holm rather bluntly asked whether the ferries would run all winter.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry talks | captions: 0
            headline | — | Ferry talks
            sentence | — | Ines Varga gave a long interview
            sentence | Tomas Holm | Holm rather bluntly asked whether the
        "#]],
    );
}

#[test]
fn rules_a_wire_dateline_without_a_dash_and_a_name_after_a_role_complement() {
    // `Tolvik, Nov 16 (PTI) Norland …` and `NORDHAVN (AP) The …` open with a wire dateline even
    // with no dash after the agency (were speakers `Tolvik` and `NORDHAVN (AP) The Tolvian
    // Embassy`); `harbour minister for the ferry talks Ines Varga` is Ines Varga, while `a
    // spokesman for Tomas Holm` still speaks for him.
    check(
        "Ferry deal signed\n\n\
         Tolvik, Nov 16 (PTI) Norland harbour minister for the ferry talks Ines Varga has praised the accord as \"a sound basis\" after a week of talks.\n\n\
         NORDHAVN (AP) The Tolvian Embassy says the deal changes nothing for the ferry crews.\n\n\
         A spokesman for Tomas Holm said the deal was late.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry deal signed | captions: 0
            headline | — | Ferry deal signed
            sentence | Ines Varga | Tolvik, Nov 16 (PTI) Norland harbour
            sentence | Tolvian Embassy | NORDHAVN (AP) The Tolvian Embassy says
            sentence | spokesperson of Tomas Holm | A spokesman for Tomas Holm said
        "#]],
    );
}

#[test]
fn rules_name_particles_and_a_title_before_a_name_that_holds_one() {
    // `Justice Ines ud Din Varga` is Ines ud Din Varga (was `Din Varga`); `Judge Lena do Carmo
    // Ostrova` and `Prince Tomas bin Holm` drop their titles as names without particles do.
    check(
        "Appeal adjourned\n\n\
         Justice Ines ud Din Varga asked whether either side wished to be heard.\n\n\
         Judge Lena do Carmo Ostrova said the panel would sit again on Monday. Ostrova added that the delay was regrettable.\n\n\
         Prince Tomas bin Holm said he would attend the hearing.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Appeal adjourned | captions: 0
            headline | — | Appeal adjourned
            sentence | Ines ud Din Varga | Justice Ines ud Din Varga asked
            sentence | Lena do Carmo Ostrova | Judge Lena do Carmo Ostrova said
            sentence | Lena do Carmo Ostrova | Ostrova added that the delay was
            sentence | Tomas bin Holm | Prince Tomas bin Holm said he
        "#]],
    );
}

#[test]
fn rules_a_statement_of_questions_and_a_spokespersons_answers() {
    // `Question: …` is the article's own voice; `Embassy Spokesperson: …` right after it is
    // the embassy's spokesperson (was the article's voice), and the answer runs on over the
    // paragraphs after it that report no one else, up to the next question.
    check(
        "Embassy Spokesperson Answers a Question on Ferry Fees\n\n\
         Tolvian Embassy in Norland | 2 March 2024\n\n\
         Question: Norland's harbour minister Ines Varga said on Friday that Tolvia should open its ports. What is your comment?\n\n\
         Embassy Spokesperson: Tolvia rejects the minister's claim. Norland would do better to dredge its own harbours first.\n\n\
         Tolvia has always kept its ports open to lawful trade. Its ferry fees are the lowest in the region.\n\n\
         Question: Will the embassy meet the minister?\n\n\
         Embassy Spokesperson: The door is open.\n\n\
         The ferry union, meanwhile, said it would strike.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Embassy Spokesperson Answers a Question on Ferry Fees | captions: 0
            headline | Embassy Spokesperson | Embassy Spokesperson Answers a Question on
            sentence | — | Tolvian Embassy in Norland | 2
            sentence | — | Question: Norland's harbour minister Ines Varga
            sentence | — | What is your comment?
            sentence | Embassy Spokesperson | Embassy Spokesperson: Tolvia rejects the minister's
            sentence | Embassy Spokesperson | Norland would do better to dredge
            sentence | Embassy Spokesperson | Tolvia has always kept its ports
            sentence | Embassy Spokesperson | Its ferry fees are the lowest
            sentence | — | Question: Will the embassy meet the
            sentence | Embassy Spokesperson | Embassy Spokesperson: The door is open.
            sentence | ferry union | The ferry union, meanwhile, said it
        "#]],
    );
}

#[test]
fn rules_the_accused_is_no_cue_and_garda_is_a_title() {
    // `Tolvik arson accused detained in custody`: `accused` before a participle and its
    // preposition is a noun (was a speaker `Tolvik arson`); `Norland accused Tolvia of …`
    // still accuses. `Garda Tomas Holm` is Tomas Holm, and so is `Garda Holm` (was a new
    // speaker `Garda Holm`).
    check(
        "Tolvik arson accused detained in custody\n\n\
         The harbour murder accused appeared in court on Monday.\n\n\
         Garda Tomas Holm led the search of the van. \"The van was empty,\" Garda Holm said.\n\n\
         Norland accused Tolvia of dumping waste.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvik arson accused detained in custody | captions: 0
            headline | — | Tolvik arson accused detained in custody
            sentence | — | The harbour murder accused appeared in
            sentence | — | Garda Tomas Holm led the search
            sentence | Tomas Holm | "The van was empty," Garda Holm
            sentence | Norland | Norland accused Tolvia of dumping waste.
        "#]],
    );
}

#[test]
fn rules_a_one_word_name_after_a_title_is_a_person() {
    // `Captain Ranveer` is a person, so the `he` after his own words is him, not the coach
    // who spoke before (was Ines Varga).
    check(
        "Series won\n\n\
         Norland coach Ines Varga praised the bowlers after the final.\n\n\
         Captain Ranveer also described the final as a \"nervy\" affair.\n\n\
         \"They sang all night. We owed them a trophy,\" he said at the airport.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Series won | captions: 0
            headline | — | Series won
            sentence | Ines Varga | Norland coach Ines Varga praised the
            sentence | Ranveer | Captain Ranveer also described the final
            sentence | Ranveer | "They sang all night.
            sentence | Ranveer | We owed them a trophy," he
        "#]],
    );
}

#[test]
fn rules_he_after_a_paragraph_break_is_the_person_who_opened_the_paragraph_before() {
    // `Holm also went after his rival Pavel Brun …` then, in a new paragraph, `"…!" he wrote.`: the
    // person who opened the previous sentence, across the paragraph break (was Ines Varga, the
    // last speaker: the break counted as an empty sentence).
    check(
        "Harbour race heats up\n\n\
         Tomas Holm said on Friday that the harbour plan would go ahead.\n\n\
         Norland's former president Ines Varga disagreed. \"The fees are far too high,\" Varga told reporters.\n\n\
         Holm also went after his rival Pavel Brun on Sunday.\n\n\
         \"Brun has no plan at all!\" he wrote on Saturday.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour race heats up | captions: 0
            headline | — | Harbour race heats up
            sentence | Tomas Holm | Tomas Holm said on Friday that
            sentence | — | Norland's former president Ines Varga disagreed.
            sentence | Ines Varga | "The fees are far too high,"
            sentence | — | Holm also went after his rival
            sentence | Tomas Holm | "Brun has no plan at all!"
        "#]],
    );
}

#[test]
fn rules_a_reporters_byline_after_a_sentence_with_its_own_speaker() {
    // `He said that …, writes Ines Varga.`: the reporter's byline after a sentence that opens
    // with its own speaker and cue (was Ines Varga, and so was the `he said` after it); a
    // sentence with no cue of its own before `writes` is the writer's.
    check(
        "Harbour school rated\n\n\
         Tomas Holm runs the harbour school, which inspectors rated poorly this spring.\n\n\
         He said that a school whose pupils often change mid-year could hardly post steady grades, writes Ines Varga.\n\n\
         \"The ferry timetable sets our calendar,\" he said.\n\n\
         The report was unfair, writes Lena Ostrova.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour school rated | captions: 0
            headline | — | Harbour school rated
            sentence | — | Tomas Holm runs the harbour school,
            sentence | Tomas Holm | He said that a school whose
            sentence | Tomas Holm | "The ferry timetable sets our calendar,"
            sentence | Lena Ostrova | The report was unfair, writes Lena
        "#]],
    );
}

#[test]
fn rules_maybe_and_perhaps_open_no_name() {
    // `Perhaps Holm meant it. "…," he said.`: the sentence adverb is no part of the person who
    // opens the sentence (was a new speaker `Perhaps Holm`).
    check(
        "Farm talks\n\n\
         Tomas Holm met farmers on Monday.\n\n\
         Perhaps Holm meant it. \"We will help,\" he said.\n\n\
         Maybe Holm was right. \"It will rain,\" he said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Farm talks | captions: 0
            headline | — | Farm talks
            sentence | — | Tomas Holm met farmers on Monday.
            sentence | — | Perhaps Holm meant it.
            sentence | Tomas Holm | "We will help," he said.
            sentence | — | Maybe Holm was right.
            sentence | Tomas Holm | "It will rain," he said.
        "#]],
    );
}

#[test]
fn rules_an_epithet_names_the_person_in_focus() {
    // `the batting great said` and `The veteran added` are the coach who just spoke (was a new
    // speaker `batting great`); `The great wall of fans` names no one.
    check(
        "Series won\n\n\
         Norland coach Ines Varga praised her bowlers after the final.\n\n\
         \"They kept their nerve to the last ball,\" the batting great wrote in a message.\n\n\
         The veteran added that the team had grown.\n\n\
         The great wall of fans cheered.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Series won | captions: 0
            headline | — | Series won
            sentence | Ines Varga | Norland coach Ines Varga praised her
            sentence | Ines Varga | "They kept their nerve to the
            sentence | Ines Varga | The veteran added that the team
            sentence | — | The great wall of fans cheered.
        "#]],
    );
}

#[test]
fn rules_the_judge_is_the_person_named_with_that_title() {
    // `the judge said` after `Judge Varga` is Ines Varga (was a new speaker `judge`); before
    // any judge is named, `the judge` is the one judge the text names later (was `judge`).
    check(
        "Accused remanded\n\n\
         The court heard that no bail application was made.\n\n\
         \"It is too early,\" the judge said.\n\n\
         Judge Ines Varga said the charge was serious.\n\n\
         Judge Varga set a new hearing for March. \"The file is not complete,\" the judge said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Accused remanded | captions: 0
            headline | — | Accused remanded
            sentence | — | The court heard that no bail
            sentence | Ines Varga | "It is too early," the judge
            sentence | Ines Varga | Judge Ines Varga said the charge
            sentence | — | Judge Varga set a new hearing
            sentence | Ines Varga | "The file is not complete," the
        "#]],
    );
}

#[test]
fn rules_public_body_names_across_and_with_a_place_code() {
    // `The U.K. Lotteries and Gaming Commission` is one body (`Lotteries` is a sector, not a
    // first organisation), and its spelled-out acronym keeps the place code (was `Lotteries and
    // Gaming Commission`, and `EU Minerals` + `Quarries Authority`); two ministries stay two.
    check(
        "Regulator sues lottery firm\n\n\
         The U.K. Lotteries and Gaming Commission opened a case against Tolvik Games this spring.\n\n\
         The firm misled players about the odds, the LGC said in a filing.\n\n\
         The commission said fines would follow.\n\n\
         The EU Minerals and Quarries Authority said it would look at the case.\n\n\
         The MQA said a ruling could come in May.\n\n\
         The Harbour Ministry and Transport Ministry said they were not involved.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Regulator sues lottery firm | captions: 0
            headline | — | Regulator sues lottery firm
            sentence | — | The U.K. Lotteries and Gaming Commission
            sentence | U.K. Lotteries and Gaming Commission | The firm misled players about the
            sentence | U.K. Lotteries and Gaming Commission | The commission said fines would follow.
            sentence | EU Minerals and Quarries Authority | The EU Minerals and Quarries Authority
            sentence | EU Minerals and Quarries Authority | The MQA said a ruling could
            sentence | Harbour Ministry + Transport Ministry | The Harbour Ministry and Transport Ministry
        "#]],
    );
}

#[test]
fn rules_openers_seats_titles_and_the_force() {
    // An adverb or a seat (`Norland-based`) before a name is no part of it (were `Yesterday
    // Holm`, `Norland-based Kestrel Mills`); `Ayatollah` is a title; `the force` is the police
    // force the text named (was a new speaker `force`).
    check(
        "Harbour closes\n\n\
         Kestrel Mills Ltd reported a loss on Monday.\n\n\
         Sales will fall again next year, Norland-based Kestrel Mills said.\n\n\
         Tomas Holm, the harbour master, spoke on Sunday. Yesterday Holm said the pier was unsafe.\n\n\
         Grand Ayatollah Karim Osei said the closure was unjust.\n\n\
         The North Vale Police said two boats were seized. The force added that no one was hurt.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour closes | captions: 0
            headline | — | Harbour closes
            sentence | — | Kestrel Mills Ltd reported a loss
            sentence | Kestrel Mills Ltd | Sales will fall again next year,
            sentence | — | Tomas Holm, the harbour master, spoke
            sentence | Tomas Holm | Yesterday Holm said the pier was
            sentence | Karim Osei | Grand Ayatollah Karim Osei said the
            sentence | North Vale Police | The North Vale Police said two
            sentence | North Vale Police | The force added that no one
        "#]],
    );
}

#[test]
fn rules_a_place_and_date_dateline_without_an_agency() {
    // `Tolvik Harbour, Mar 4 The High Court asked …`: the comma after the place ends no
    // statement before the subject (the speaker was `Tolvik Harbour` or `Mar 4 The High
    // Court`); a place and a date are never the speaker.
    check(
        "Court calls lawyer\n\n\
         Tolvik Harbour, Mar 4 The High Court on Friday asked the harbour master to explain the delay.\n\n\
         Nordhavn, March 3, 2021 The port authority asked ships to wait outside the bay.\n\n\
         \"Not now,\" the lawyer said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Court calls lawyer | captions: 0
            headline | — | Court calls lawyer
            sentence | High Court | Tolvik Harbour, Mar 4 The High
            sentence | port authority | Nordhavn, March 3, 2021 The port
            sentence | lawyer | "Not now," the lawyer said.
        "#]],
    );
}

#[test]
fn rules_a_capital_speaks_for_its_country_when_the_article_names_it() {
    // `Tokyo said` is Japan when the article names Japan (was a second speaker `Tokyo`); with
    // no `Seoul`'s country named, the capital stays as written.
    check(
        "Fishing row deepens\n\n\
         Japan said on Monday that the patrol boats had left its waters.\n\n\
         \"We saw no boats at all,\" Tokyo said a day later.\n\n\
         Seoul said the talks would resume in spring.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fishing row deepens | captions: 0
            headline | — | Fishing row deepens
            sentence | Japan | Japan said on Monday that the
            sentence | Japan | "We saw no boats at all,"
            sentence | Seoul | Seoul said the talks would resume
        "#]],
    );
}

#[test]
fn rules_thanks_fears_and_a_shared_surname() {
    // `thanked` reports thanks given, and the quotation paragraph after it is the thanker's;
    // `Organisers fear` is the organisers' view; `thanks to` gives no thanks; a surname two
    // speakers share is the one introduced first (`Varga` was Piet Varga); `the judge` is the
    // person named with that title even before they speak (was the last speaker).
    check(
        "Harbour fair ends\n\n\
         Mayor Ines Varga said the fair had opened on Friday.\n\n\
         Piet Varga, her brother, said the stalls had sold out.\n\n\
         \"It was our best year,\" Varga said.\n\n\
         Organisers fear the rain will keep crowds away next year.\n\n\
         Attendance rose thanks to a late heatwave.\n\n\
         The mayor also thanked the volunteers for their work.\n\n\
         \"We could not have done it without them. They gave up every weekend.\"\n\n\
         Judge Anna Roos fined a stall owner later that day. The judge said the scales were false.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour fair ends | captions: 0
            headline | — | Harbour fair ends
            sentence | Ines Varga | Mayor Ines Varga said the fair
            sentence | Piet Varga | Piet Varga, her brother, said the
            sentence | Ines Varga | "It was our best year," Varga
            sentence | Organisers | Organisers fear the rain will keep
            sentence | — | Attendance rose thanks to a late
            sentence | Ines Varga | The mayor also thanked the volunteers
            sentence | Ines Varga | "We could not have done it
            sentence | Ines Varga | They gave up every weekend."
            sentence | — | Judge Anna Roos fined a stall
            sentence | Anna Roos | The judge said the scales were
        "#]],
    );
}

#[test]
fn rules_reported_after_a_time_and_a_cited_source_and_an_agency_in_parentheses() {
    // `reported earlier this month, citing port records, that …` is the outlet's report (was the
    // narrator), and `Reuters` is not `NORDHAVN Reuters` read across the dateline's
    // parentheses; a plural noun before a time (`states this week that`) is no cue.
    check(
        "Talks called off\n\n\
         NORDHAVN (Reuters) – Tolvia's foreign ministry criticised Norland over the cancelled talks.\n\n\
         Tolvia's trade office told Reuters it had nothing to add.\n\n\
         Reuters reported earlier this month, citing port records, that the ferries had sailed half empty.\n\n\
         The inland states this week that voted no were Ulm and Bex.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Talks called off | captions: 0
            headline | — | Talks called off
            sentence | Tolvia's foreign ministry | NORDHAVN (Reuters) – Tolvia's foreign ministry
            sentence | Tolvia's trade office | Tolvia's trade office told Reuters it
            sentence | Reuters | Reuters reported earlier this month, citing
            sentence | — | The inland states this week that
        "#]],
    );
}

#[test]
fn rules_he_and_she_after_a_person_introduced_after_a_scene() {
    // `Two streets along at the Brook swimming club, Ines Varga, its coach, …`: the person after the
    // scene opens the sentence, and `she says` next is hers (was the last speaker, Tomas
    // Holm); `he says` after a sentence that itself opens with `he` looks one further back.
    check(
        "Heads unmoved\n\n\
         \"We knew it already,\" Tomas Holm said.\n\n\
         Two streets along at the Brook swimming club, Ines Varga, its coach, spent the weekend fixing the pumps.\n\n\
         The repairs cost the club a month of training, she says.\n\n\
         Piet Brun, who trains the rowing team, is also unhappy. Each night he sleeps at the boathouse.\n\n\
         The boats are still leaking, he says.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Heads unmoved | captions: 0
            headline | — | Heads unmoved
            sentence | Tomas Holm | "We knew it already," Tomas Holm
            sentence | — | Two streets along at the Brook
            sentence | Ines Varga | The repairs cost the club a
            sentence | — | Piet Brun, who trains the rowing
            sentence | — | Each night he sleeps at the
            sentence | Piet Brun | The boats are still leaking, he
        "#]],
    );
}

#[test]
fn rules_a_that_clause_completing_a_noun_has_its_own_subject() {
    // `in spite of the fact that the harbour inspector said …`: the speaker is the
    // subject after `the fact that` (was the narrator, or a made-up speaker that opened the
    // sentence).
    check(
        "Filings show little\n\n\
         The port authority says the new filings add nothing.\n\n\
         The ferry kept sailing in spite of the fact that the harbour inspector said its hull was cracked.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Filings show little | captions: 0
            headline | — | Filings show little
            sentence | port authority | The port authority says the new
            sentence | harbour inspector | The ferry kept sailing in spite
        "#]],
    );
}

#[test]
fn rules_gave_evidence_and_a_place_of_birth_alone() {
    // `gave evidence of finding …` is the officer's account (was the narrator); `gives any
    // lengthy remarks` reports nothing; `The Norlandic-born former model` is the person in
    // focus (a place of birth alone would be a new speaker `Norlandic-born`).
    check(
        "Striker cleared\n\n\
         Sergeant Piet Brun gave evidence of finding the stolen nets in a shed.\n\n\
         Ines Varga said she had done nothing wrong.\n\n\
         The Norlandic-born striker rarely gives any lengthy remarks.\n\n\
         The Norlandic-born former model is often seen at games but gave an account of the match on Sunday.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Striker cleared | captions: 0
            headline | — | Striker cleared
            sentence | Piet Brun | Sergeant Piet Brun gave evidence of
            sentence | Ines Varga | Ines Varga said she had done
            sentence | — | The Norlandic-born striker rarely gives any
            sentence | Ines Varga | The Norlandic-born former model is often
        "#]],
    );
}

#[test]
fn rules_they_after_two_people_who_open_the_sentence_before() {
    // `Fleet Manager Eric Holm and Councillor Ines Varga met the crews …. They
    // say …`: the two of them (was the narrator).
    check(
        "Measles cases rise\n\n\
         Officials called a meeting on Monday.\n\n\
         Fleet Manager Eric Holm and Councillor Ines Varga met the crews on Tuesday. They say the new rota is too tiring.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Measles cases rise | captions: 0
            headline | — | Measles cases rise
            sentence | — | Officials called a meeting on Monday.
            sentence | — | Fleet Manager Eric Holm and Councillor
            sentence | Eric Holm + Ines Varga | They say the new rota is
        "#]],
    );
}

#[test]
fn rules_submitted_in_court() {
    // `submitted, "…"` and `submitted that …` report what counsel argued (were the narrator);
    // `submitted its accounts` does not.
    check(
        "Lawyer questioned\n\n\
         A bench led by Justice Ines Varga asked where the client was.\n\n\
         Piet Brun, for the client, submitted, \"Let me answer. He is in the country.\"\n\n\
         Counsel submitted that the fee was paid.\n\n\
         The firm submitted its accounts late.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Lawyer questioned | captions: 0
            headline | — | Lawyer questioned
            sentence | bench | A bench led by Justice Ines
            sentence | Piet Brun | Piet Brun, for the client, submitted,
            sentence | Piet Brun | He is in the country."
            sentence | Counsel | Counsel submitted that the fee was
            sentence | — | The firm submitted its accounts late.
        "#]],
    );
}

#[test]
fn rules_a_role_in_the_deck_is_the_minister_introduced_with_its_portfolio() {
    // `Harbour affairs minister says …` is Tomas Holm, introduced as `Harbour Affairs Minister`,
    // not Ines Varga, the other minister (it was a speaker `Harbour affairs minister`).
    check(
        "Levy row deepens\n\n\
         Harbour affairs minister says he has met every union about the levy\n\n\
         Harbour Affairs Minister Tomas Holm said on Monday that the levy would stay.\n\n\
         Fisheries Minister Ines Varga said the fleet would be spared.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Levy row deepens | captions: 0
            headline | — | Levy row deepens
            sentence | Tomas Holm | Harbour affairs minister says he has
            sentence | Tomas Holm | Harbour Affairs Minister Tomas Holm said
            sentence | Ines Varga | Fisheries Minister Ines Varga said the
        "#]],
    );
}

#[test]
fn rules_a_longer_possessor_before_a_persons_name() {
    // The name after the last possessive is the speaker (it was `Otter Trust's Mira Sand`),
    // and a possessor opens an organisation whose name holds `and` as `the` does (it was two
    // speakers, `Roads + Bridges Board`).
    check(
        "Bridge study out\n\n\
         The Lowmoor Otter Trust's Mira Sand said the river was cleaner.\n\n\
         \"We counted nine dens,\" Ms Sand said.\n\n\
         Tolvia's Roads and Bridges Board said the repairs would wait.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Bridge study out | captions: 0
            headline | — | Bridge study out
            sentence | Mira Sand | The Lowmoor Otter Trust's Mira Sand
            sentence | Mira Sand | "We counted nine dens," Ms Sand
            sentence | Roads and Bridges Board | Tolvia's Roads and Bridges Board said
        "#]],
    );
}

#[test]
fn rules_he_in_a_which_clause_is_the_person_who_opens_the_sentence() {
    // `But` opens no name, and `which he argued` is Dr Lund's, who opens the sentence; both
    // had been the last speaker, Ines Varga.
    check(
        "Ferry timetable row\n\n\
         Transport Minister Ines Varga says the timetable is late.\n\n\
         Chief pilot Tor Berg and ferry trust chair Nils Lund will meet on Friday.\n\n\
         But Dr Lund has backed the winter timetable, which he argued kept the crossings safe.\n\n\
         \"Nobody wants a rushed crossing,\" he said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry timetable row | captions: 0
            headline | — | Ferry timetable row
            sentence | Ines Varga | Transport Minister Ines Varga says the
            sentence | — | Chief pilot Tor Berg and ferry
            sentence | Nils Lund | But Dr Lund has backed the
            sentence | Nils Lund | "Nobody wants a rushed crossing," he
        "#]],
    );
}

#[test]
fn rules_an_embassy_of_a_country_keeps_where_it_is_posted() {
    // `The Embassy of Lorsk in Tolvia` is one body, posted in Tolvia, as `the Lorskan Embassy
    // in Tolvia` is (it was `Embassy of Lorsk`); a bank of a country is not posted anywhere.
    check(
        "Envoys reply\n\n\
         The Embassy of Lorsk in Tolvia says the fishing claims are baseless.\n\n\
         The Consulate General of Lorsk in Vell said the same on Monday.\n\n\
         The Bank of Lorsk in Vell said its branch would stay open.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Envoys reply | captions: 0
            headline | — | Envoys reply
            sentence | Embassy of Lorsk in Tolvia | The Embassy of Lorsk in Tolvia
            sentence | Consulate General of Lorsk in Vell | The Consulate General of Lorsk in
            sentence | Bank of Lorsk | The Bank of Lorsk in Vell
        "#]],
    );
}

#[test]
fn rules_a_name_before_an_appositive_that_misses_its_closing_comma() {
    // `"…," Ada Holm, the board's head of audits said`: the speaker is the name, not the role
    // (it was a speaker `head of audits`).
    check(
        "Auditor fines club\n\n\
         \"Clubs must keep their books open,\" Ada Holm, the board's head of audits said on Monday.\n\n\
         \"We will keep counting,\" she added.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Auditor fines club | captions: 0
            headline | — | Auditor fines club
            sentence | Ada Holm | "Clubs must keep their books open,"
            sentence | Ada Holm | "We will keep counting," she added.
        "#]],
    );
}

#[test]
fn rules_a_short_name_before_its_organisation_words() {
    // `Vellmark Lakeside` after `Vellmark Lakeside Medical Center` is the centre (it was a
    // speaker `Vellmark Lakeside`); a possessive still ends a name (`Holm's Tide Capital
    // Group` is not Holm's name).
    check(
        "Cyber attack hits clinic\n\n\
         A ransomware attack struck Vellmark Lakeside Medical Center on Monday.\n\n\
         Vellmark Lakeside commented, \"Our wards are running on paper.\"\n\n\
         In 2019 Holm's Tide Capital Group bought the clinic. \"It will recover,\" Holm said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Cyber attack hits clinic | captions: 0
            headline | — | Cyber attack hits clinic
            sentence | — | A ransomware attack struck Vellmark Lakeside
            sentence | Vellmark Lakeside Medical Center | Vellmark Lakeside commented, "Our wards are
            sentence | — | In 2019 Holm's Tide Capital Group
            sentence | Holm | "It will recover," Holm said.
        "#]],
    );
}

#[test]
fn rules_a_company_named_in_full_before_a_seat_and_its_short_name() {
    // `Lake Pumps` is `Lake Pumps Holdings Plc`, named in full first; a later `Norland-based
    // Lake Pumps` (a seat, then the short name) neither hides the full name nor joins it (it
    // was a speaker `Norland-based Lake Pumps`).
    check(
        "Market watchdog fines pump maker\n\n\
         Lake Pumps Holdings Plc, a maker of irrigation pumps, was fined on Monday.\n\n\
         Statements by Vell, Norland-based Lake Pumps had raised hopes of a farm contract.\n\n\
         \"We followed the rules,\" Lake Pumps said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Market watchdog fines pump maker | captions: 0
            headline | — | Market watchdog fines pump maker
            sentence | — | Lake Pumps Holdings Plc, a maker
            sentence | — | Statements by Vell, Norland-based Lake Pumps
            sentence | Lake Pumps Holdings Plc | "We followed the rules," Lake Pumps
        "#]],
    );
}

#[test]
fn rules_an_office_with_no_holder_named_is_the_person_just_speaking() {
    // No one is introduced as attorney-general or diplomat: `the attorney-general told` and
    // `The diplomat stressed` are the person just speaking (they were speakers
    // `attorney-general` and `diplomat`).
    check(
        "Pier row\n\n\
         Senior cabinet member Ada Lund said the pier could wait.\n\n\
         \"Nobody is closing the pier this winter,\" the attorney-general told radio listeners.\n\n\
         Envoy Tor Berg said the talks had stalled. The diplomat stressed that they would resume.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Pier row | captions: 0
            headline | — | Pier row
            sentence | Ada Lund | Senior cabinet member Ada Lund said
            sentence | Ada Lund | "Nobody is closing the pier this
            sentence | Tor Berg | Envoy Tor Berg said the talks
            sentence | Tor Berg | The diplomat stressed that they would
        "#]],
    );
}

#[test]
fn rules_an_update_stating_have_since_said_and_deplored() {
    // `issued an update on its website stating that, "…"` reports (so does the quotation that follows it),
    // `have since said that` is a cue past its adverb, and `deplored` is a cue: all had been
    // the narrator's.
    check(
        "Ferries halted\n\n\
         Late on Monday the Ferry Board issued an update on its website stating that, \"Every crossing is off until the gale passes.\"\n\n\
         \"Drivers should take the long road round. Nobody is stuck on board.\"\n\n\
         Even so, traders have since said that the ban came too late.\n\n\
         The halt is needless, the union's spokesman deplored, adding that the boats were sound.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferries halted | captions: 0
            headline | — | Ferries halted
            sentence | Ferry Board | Late on Monday the Ferry Board
            sentence | Ferry Board | "Drivers should take the long road
            sentence | Ferry Board | Nobody is stuck on board."
            sentence | traders | Even so, traders have since said
            sentence | spokesperson of union | The halt is needless, the union's
        "#]],
    );
}

#[test]
fn rules_opening_circumstances_and_a_common_noun_before_a_participle() {
    // `Contrary to …,` and `Already angry at …,` open circumstances, not names (they were
    // speakers `Contrary` and `Already angry at …`); `the dockers have …, insisting that` is
    // the dockers' (it was the narrator's); `Other demands include` is no statement (it was a
    // speaker `Other`).
    check(
        "Dock strike holds\n\n\
         Contrary to claims from the Ports Minister, Dr Ada Lund, that work has resumed, the dockers have distanced themselves from her remarks, insisting that the cranes stay idle.\n\n\
         Already angry at Norland's expansion into the old fishing grounds, Holm said on Friday that any lockout would be resisted.\n\n\
         Other demands include a canteen on the east quay.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Dock strike holds | captions: 0
            headline | — | Dock strike holds
            sentence | dockers | Contrary to claims from the Ports
            sentence | Holm | Already angry at Norland's expansion into
            sentence | — | Other demands include a canteen on
        "#]],
    );
}

#[test]
fn rules_a_spokesperson_for_a_long_office_name_after_the_content() {
    // `…, a spokeswoman for the Bureau of the Resident Envoy of the Department of Harbour
    // Affairs said` is one subject of fourteen words (it was too long, and `Lorsk has made …
    // remarks` was taken instead), and `the spokeswoman added` is the same person.
    check(
        "Lorsk told to stay out\n\n\
         Lorsk has again made careless remarks about the islands, a spokeswoman for the Bureau of the Resident Envoy of the Department of Harbour Affairs said on Monday.\n\n\
         Tolvia rejects these remarks, the spokeswoman added.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Lorsk told to stay out | captions: 0
            headline | Lorsk | Lorsk told to stay out
            sentence | spokesperson of Bureau of the Resident Envoy of the Department of Harbour Affairs | Lorsk has again made careless remarks
            sentence | spokesperson of Bureau of the Resident Envoy of the Department of Harbour Affairs | Tolvia rejects these remarks, the spokeswoman
        "#]],
    );
}

#[test]
fn rules_names_joined_by_and_that_are_one_name() {
    // `Kolle and Berg` is one company when the text also calls it `K&B` (it was two speakers,
    // `Kolle` and `Berg`, and `K&B` a third); `Lowmoor and Vell Hospital NHS Trust` is one
    // body, also as `the trust` (it was `Vell Hospital NHS Trust`); `Chief Nurse` is a title.
    check(
        "K&B cuts its forecast\n\n\
         Kolle and Berg warned on Tuesday that sales of its soaps would slow.\n\n\
         K&B said in its quarterly update that costs were rising.\n\n\
         The chairman of Lowmoor and Vell Hospital NHS Trust resigned on Monday.\n\n\
         In a report, the trust said its wards were full. Chief Nurse Ada Lund said beds were short.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: K&B cuts its forecast | captions: 0
            headline | — | K&B cuts its forecast
            sentence | Kolle and Berg | Kolle and Berg warned on Tuesday
            sentence | Kolle and Berg | K&B said in its quarterly update
            sentence | — | The chairman of Lowmoor and Vell
            sentence | Lowmoor and Vell Hospital NHS Trust | In a report, the trust said
            sentence | Ada Lund | Chief Nurse Ada Lund said beds
        "#]],
    );
}

#[test]
fn rules_an_inverted_surname_that_opens_with_its_particle() {
    // `said de Vries` names the captain who spoke as `Ines de Vries` (the quotation had been
    // the narrator's).
    check(
        "Herons beaten in opener\n\n\
         Ines de Vries, the Herons' captain, told reporters the tie could still be levelled.\n\n\
         \"We still believe. It is one game,\" said de Vries.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Herons beaten in opener | captions: 0
            headline | — | Herons beaten in opener
            sentence | Ines de Vries | Ines de Vries, the Herons' captain,
            sentence | Ines de Vries | "We still believe.
            sentence | Ines de Vries | It is one game," said de
        "#]],
    );
}

#[test]
fn rules_pointed_the_finger_and_a_role_after_an_inverting_verb() {
    // `pointed the finger at …` accuses (it was the narrator's); `recalled head coach Tor Berg`
    // names the speaker after a role word (it was the last speaker, Ines Varga).
    check(
        "Herons beaten\n\n\
         \"We lost our shape,\" said Ines Varga.\n\n\
         \"I asked them twice: 'Who are we?' That is what we trained for,\" recalled head coach Tor Berg.\n\n\
         Pressed on the referee, Berg pointed the finger at the league's new rules.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Herons beaten | captions: 0
            headline | — | Herons beaten
            sentence | Ines Varga | "We lost our shape," said Ines
            sentence | Tor Berg | "I asked them twice: 'Who are
            sentence | Tor Berg | That is what we trained for,"
            sentence | Tor Berg | Pressed on the referee, Berg pointed
        "#]],
    );
}

#[test]
fn rules_tanaiste_is_a_title() {
    // `Tánaiste` (Ireland's deputy prime minister) is a title, not part of the name (the
    // speaker was `Tánaiste Nora Keane`).
    check(
        "Recess row\n\n\
         Tánaiste Nora Keane said the chamber could sit again in August.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Recess row | captions: 0
            headline | — | Recess row
            sentence | Nora Keane | Tánaiste Nora Keane said the chamber
        "#]],
    );
}

#[test]
fn rules_member_is_a_title() {
    // `Council Member` and `Board Member` are titles before a name: the speaker is the person
    // (it was `Council Member Oda Brenn`, an organisation, and `Board Member Ivo Sander`).
    check(
        "Harbour plan rejected\n\n\
         “We are not closing the quay,” Council Member Oda Brenn said at the meeting.\n\n\
         Brenn and fellow Board Member Ivo Sander voted against it. Sander said the vote was rushed.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour plan rejected | captions: 0
            headline | — | Harbour plan rejected
            sentence | Oda Brenn | “We are not closing the quay,”
            sentence | — | Brenn and fellow Board Member Ivo
            sentence | Ivo Sander | Sander said the vote was rushed.
        "#]],
    );
}

#[test]
fn rules_unclosed_quote_after_a_quoted_statement_in_its_paragraph() {
    // A quotation that opens after `"…," X said.` in the same paragraph and whose closing
    // mark is lost goes on with X's statement (its sentences had no speaker).
    check(
        "Final won\n\n\
         “I am always calm,” Vesna Pale said. “When I lifted the cup I thought I would weep, \
         but I held on. Perhaps tonight in the hotel I will weep a lot.\n\n\
         The final was played in front of a full stand.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Final won | captions: 0
            headline | — | Final won
            sentence | Vesna Pale | “I am always calm,” Vesna Pale
            sentence | Vesna Pale | “When I lifted the cup I
            sentence | Vesna Pale | Perhaps tonight in the hotel I
            sentence | — | The final was played in front
        "#]],
    );
}

#[test]
fn rules_nested_curly_quotation() {
    // A curly quotation inside a curly quotation (`“… “heart first”, …”`) nests in it; it had
    // reopened the quotation, whose sentences then had no speaker.
    check(
        "Cup semi-final\n\n\
         Ilse Varn said the squad would fight back.\n\n\
         “Our motto is “heart first”, and we live by it. It is only one game.”",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Cup semi-final | captions: 0
            headline | — | Cup semi-final
            sentence | Ilse Varn | Ilse Varn said the squad would
            sentence | Ilse Varn | “Our motto is “heart first”, and
            sentence | Ilse Varn | It is only one game.”
        "#]],
    );
}

#[test]
fn rules_the_statement_after_a_person_spoke() {
    // `the statement said` after a person spoke in a statement is that person's (it had been
    // a speaker `statement`).
    check(
        "Ferry row\n\n\
         “The ferry will run,” a spokeswoman for the Vell Harbour Board said in a statement.\n\n\
         “Any delay is the fault of the contractor,” the statement said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry row | captions: 0
            headline | — | Ferry row
            sentence | spokesperson of Vell Harbour Board | “The ferry will run,” a spokeswoman
            sentence | spokesperson of Vell Harbour Board | “Any delay is the fault of
        "#]],
    );
}

#[test]
fn rules_named_survey_of_a_group() {
    // `a Vell Institute survey of landlords` is the institute's: the source before its
    // document, whatever the survey is of (the speaker was the whole phrase).
    check(
        "Rents climb\n\n\
         A Vell Institute survey of landlords found that rents rose in every district.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Rents climb | captions: 0
            headline | — | Rents climb
            sentence | Vell Institute | A Vell Institute survey of landlords
        "#]],
    );
}

#[test]
fn rules_headline_topic_before_a_colon() {
    // A name before a headline's colon whose last word the body writes as a common noun
    // (`strike`) is the topic, unless it speaks in the body, is a role, or a quotation follows
    // (it had been a speaker `Ferry Strike`). `Vell Harbour Board:` speaks in the body.
    check(
        "Ferry Strike: Crossings Cancelled For A Third Day\n\n\
         No boats left the harbour on Tuesday as the crews stayed out on strike.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry Strike: Crossings Cancelled For A Third Day | captions: 0
            headline | — | Ferry Strike: Crossings Cancelled For A
            sentence | — | No boats left the harbour on
        "#]],
    );
    check(
        "Vell Harbour Board: Crossings Will Resume Next Week\n\n\
         The Vell Harbour Board said the crews had accepted the offer.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Vell Harbour Board: Crossings Will Resume Next Week | captions: 0
            headline | Vell Harbour Board | Vell Harbour Board: Crossings Will Resume
            sentence | Vell Harbour Board | The Vell Harbour Board said the
        "#]],
    );
}

#[test]
fn rules_a_quantifier_makes_a_cue_word_a_noun() {
    // `further questions`, `several demands`: a present cue form after a quantifier is a plural
    // noun (the speakers were `Varga declined` and `dockers walked out … for several`).
    check(
        "Harbour row\n\n\
         Varga declined further questions and left the quay to visit the injured diver.\n\n\
         The dockers stopped work on Monday over several demands, among them higher pay.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour row | captions: 0
            headline | — | Harbour row
            sentence | — | Varga declined further questions and left
            sentence | — | The dockers stopped work on Monday
        "#]],
    );
}

#[test]
fn rules_a_two_word_agency_in_a_dateline() {
    // `Vell, July 31 (Tolvik Press)--`: an agency of two words ends the dateline as one of one
    // word does (the sentence had no speaker, and `the ministry` later was the garbled
    // `Tolvik Press)--The Tolvian Foreign Ministry`).
    check(
        "Protest lodged\n\n\
         Vell, July 31 (Tolvik Press)--The Tolvian Foreign Ministry said on Tuesday that it \
         had lodged a protest over the joint statement.\n\n\
         The ministry said that its envoy had been summoned.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Protest lodged | captions: 0
            headline | — | Protest lodged
            sentence | Tolvian Foreign Ministry | Vell, July 31 (Tolvik Press)--The Tolvian
            sentence | Tolvian Foreign Ministry | The ministry said that its envoy
        "#]],
    );
}

#[test]
fn rules_a_titles_acronym_ends_the_title() {
    // `Senior Superintendent of Police (SSP) Anil Mehra`: the acronym in parentheses belongs
    // to the title, and the person is the speaker, also for `he` after (the speaker was the
    // whole phrase, and `he` the person before it).
    check(
        "Case opened\n\n\
         Ivo Brandt said his car had been attacked.\n\n\
         Senior Superintendent of Police (SSP) Anil Mehra said a case was open. More checks \
         will follow, he said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Case opened | captions: 0
            headline | — | Case opened
            sentence | Ivo Brandt | Ivo Brandt said his car had
            sentence | Anil Mehra | Senior Superintendent of Police (SSP) Anil
            sentence | Anil Mehra | More checks will follow, he said.
        "#]],
    );
}

#[test]
fn rules_raised_concerns() {
    // `raised concerns about …` is a statement; `raised prices` is not.
    check(
        "Quay homes\n\n\
         Neighbours of the quay said the plan was too big. They raised concerns over parking as well.\n\n\
         The landlord raised prices last year.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Quay homes | captions: 0
            headline | — | Quay homes
            sentence | Neighbours of the quay | Neighbours of the quay said the
            sentence | Neighbours of the quay | They raised concerns over parking as
            sentence | — | The landlord raised prices last year.
        "#]],
    );
}

#[test]
fn rules_a_posted_office_keeps_its_place_after_a_role() {
    // `a spokeswoman for the Bureau of the Commissioner of … in the Vell Special Zone`: the
    // posted word may stand earlier in the name, over `of` and `the` (the place was cut).
    check(
        "Remarks rejected\n\n\
         Norland has made irresponsible remarks, a spokesperson for the Bureau of the \
         Commissioner of the Tolvian Foreign Ministry in the Vell Special Zone said in a \
         statement.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Remarks rejected | captions: 0
            headline | — | Remarks rejected
            sentence | spokesperson of Bureau of the Commissioner of the Tolvian Foreign Ministry in the Vell Special Zone | Norland has made irresponsible remarks, a
        "#]],
    );
}

#[test]
fn rules_a_document_without_an_author_is_no_speaker() {
    // `An early audit said …`, `The findings indicate …`: a document or evidence with no
    // author is cited by the article's own voice, and is no actor of the panel. With an
    // author (`a survey by the Tolvik Institute`) the author speaks, as before.
    check(
        "Ferry delays\n\n\
         An early audit said the ferries ran late on most days.\n\n\
         The findings indicate that crews were short in winter.\n\n\
         But reports suggest that two new boats are on order.\n\n\
         A survey by the Tolvik Institute found that riders wanted more crossings.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry delays | captions: 0
            headline | — | Ferry delays
            sentence | — | An early audit said the ferries
            sentence | — | The findings indicate that crews were
            sentence | — | But reports suggest that two new
            sentence | Tolvik Institute | A survey by the Tolvik Institute
        "#]],
    );
}

#[test]
fn rules_they_after_a_group_that_acted() {
    // `Researchers looked at …. They found …`: `they` is the group that opened the sentence
    // before without speaking, when no speaker came after it.
    check(
        "Sleep study\n\n\
         Ada Holm said the clinic would publish the work in May.\n\n\
         Researchers compared the sleep diaries of 900 teenagers. They found that phones kept \
         most of them awake.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Sleep study | captions: 0
            headline | — | Sleep study
            sentence | Ada Holm | Ada Holm said the clinic would
            sentence | — | Researchers compared the sleep diaries of
            sentence | Researchers | They found that phones kept most
        "#]],
    );
}

#[test]
fn rules_informal_epithets_name_the_person_in_focus() {
    // `added the Tolvian mentor`, `the teenager said`: an epithet describes the person who
    // just spoke or opened the sentence before, and is no new speaker.
    check(
        "Cup exit\n\n\
         \"We lost our shape,\" said coach Ivo Marsh. \"The young ones will learn,\" added the \
         Tolvian mentor.\n\n\
         Striker Lena Ostrova, 17, scored twice. \"I only want to play,\" the teenager said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Cup exit | captions: 0
            headline | — | Cup exit
            sentence | Ivo Marsh | "We lost our shape," said coach
            sentence | Ivo Marsh | "The young ones will learn," added
            sentence | — | Striker Lena Ostrova, 17, scored twice.
            sentence | Lena Ostrova | "I only want to play," the
        "#]],
    );
}

#[test]
fn rules_a_name_before_its_workforce_is_a_company() {
    // `Tolvik Salt workers`: a name that stands before a company's workforce is a company's,
    // so `the company` later is it (a person's name is never used so).
    check(
        "Salt strike\n\n\
         Striking Tolvik Salt workers marched on Monday.\n\n\
         Tolvik Salt announced on Friday that talks were off.\n\n\
         The company later said that two men had broken into the depot.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Salt strike | captions: 0
            headline | — | Salt strike
            sentence | — | Striking Tolvik Salt workers marched on
            sentence | Tolvik Salt | Tolvik Salt announced on Friday that
            sentence | Tolvik Salt | The company later said that two
        "#]],
    );
}

#[test]
fn rules_a_named_subject_after_a_conjunction_and_a_long_affiliation() {
    // `But Ada Holm, the mayor, said …`: the name after a conjunction is the subject, not its
    // appositive; a long appositive (role and organisation) is still one; and `said
    // Representative Ivo B. Marsh of New Tolvik` reads past a middle initial to the place.
    check(
        "School plan\n\n\
         But Ada Holm, the mayor, said voters still want local schools.\n\n\
         And Lena Ostrova, senior adviser for rural outreach at the Vell Institute for Learning \
         Reform, said families still prefer small classes.\n\n\
         \"There is doubt that the plan will survive the winter,\" said Representative Ivo B. \
         Marsh of New Tolvik.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: School plan | captions: 0
            headline | — | School plan
            sentence | Ada Holm | But Ada Holm, the mayor, said
            sentence | Lena Ostrova | And Lena Ostrova, senior adviser for
            sentence | Ivo B. Marsh | "There is doubt that the plan
        "#]],
    );
}

#[test]
fn rules_a_clause_after_a_colon_and_a_headline_acronym() {
    // `… set off a row on Friday: Tolvian MPs said …`: the clause after a colon, a space and
    // a capitalised word has its own subject (a time such as `10:47` is no colon of a clause). A headline's
    // undefined acronym (`HC`) is the organisation the body names with those initials.
    check(
        "Row over bail: HC asks police to explain delay\n\n\
         The High Court said on Monday that the police had kept the file for a year.\n\n\
         The ruling stirred fresh anger on Friday: Tolvian MPs said they were sure the \
         minister knew.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Row over bail: HC asks police to explain delay | captions: 0
            headline | High Court | Row over bail: HC asks police
            sentence | High Court | The High Court said on Monday
            sentence | Tolvian MPs | The ruling stirred fresh anger on
        "#]],
    );
}

#[test]
fn rules_a_relative_of_someone_is_no_member() {
    // `A neighbour of the victim said`: a relative or neighbour of someone is a person of their
    // own, no `representative` of an organisation; `the 29-year-old father of two` and `the
    // 41-year-old teacher` describe the person in focus (or the one the text gave that age).
    check(
        "Estate fire\n\n\
         A neighbour of the victim said she heard shouting.\n\n\
         Ivo Marsh spoke after the vote. He said grandparents would not qualify, and when \
         pressed, the 29-year-old father of two replied, \"It is meant for parents.\"\n\n\
         Tam Rowe, 41, was charged. The 41-year-old teacher told the court he was innocent.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Estate fire | captions: 0
            headline | — | Estate fire
            sentence | neighbour of the victim | A neighbour of the victim said
            sentence | — | Ivo Marsh spoke after the vote.
            sentence | Ivo Marsh | He said grandparents would not qualify,
            sentence | — | Tam Rowe, 41, was charged.
            sentence | Tam Rowe | The 41-year-old teacher told the court
        "#]],
    );
}

#[test]
fn rules_a_degree_adverb_before_an_adverb_is_no_subject() {
    // `… with Holm, Varga and Marsh and almost immediately disclosed the terms`: `almost`
    // before `immediately` belongs to the verb, so `and` ends the words before it and no list of
    // names becomes a speaker; `World leaders almost universally expressed` keeps its subject.
    check(
        "Deals row\n\n\
         Tolvian MPs said the timing was not planned; they found out on Monday of the deals \
         with Holm, Varga and Marsh and almost immediately disclosed the terms to reporters.\n\n\
         Ferry unions nearly unanimously expressed outrage over the plan.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Deals row | captions: 0
            headline | — | Deals row
            sentence | Tolvian MPs | Tolvian MPs said the timing was
            sentence | Ferry unions | Ferry unions nearly unanimously expressed outrage
        "#]],
    );
}

#[test]
fn rules_the_bare_role_names_the_one_it_named_before() {
    // `said a neighbor, …` then `the neighbor said` and `the unidentified neighbor said`, even
    // after a sergeant spoke: the neighbour already speaking, not a street or the sergeant.
    check(
        "Standoff ends\n\n\
         Police cars lined Vell Lane on Tuesday.\n\n\
         \"Frightening. It felt like a film,\" said a neighbor, who asked not to be named.\n\n\
         \"It was someone breaking into cars,\" the neighbor said.\n\n\
         \"We are here to find out what happened,\" Sgt. Ida Lund said.\n\n\
         \"Folks have been fearful,\" the unidentified neighbor said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Standoff ends | captions: 0
            headline | — | Standoff ends
            sentence | — | Police cars lined Vell Lane on
            sentence | neighbor | "Frightening.
            sentence | neighbor | It felt like a film," said
            sentence | neighbor | "It was someone breaking into cars,"
            sentence | Ida Lund | "We are here to find out
            sentence | neighbor | "Folks have been fearful," the unidentified
        "#]],
    );
}

#[test]
fn rules_a_web_address_after_a_dash_is_no_sign_off() {
    // `… on Saturday. – Tolvikpost.com`: an outlet's credit at the end of the article, not a
    // sign-off that gives the quotation before it a speaker.
    check(
        "Cup\n\n\
         \"That is the test, and my team met it,\" said Ivo Marsh.\n\n\
         \"We go again next week.\"\n\n\
         Tolvik will face Vell on Saturday at the Arena. – Tolvikpost.com",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Cup | captions: 0
            headline | — | Cup
            sentence | Ivo Marsh | "That is the test, and my
            sentence | Ivo Marsh | "We go again next week."
            sentence | — | Tolvik will face Vell on Saturday
            sentence | — | – Tolvikpost.com
        "#]],
    );
}

#[test]
fn rules_an_acronym_defined_after_according_to() {
    // `According to the Security Bureau of Tolvia (TSB)`: the acronym, whose letters are not
    // the name's initials, stands for the name without the sentence's opening words.
    check(
        "Hack\n\n\
         According to the Security Bureau of Tolvia (TSB), no data leaked.\n\n\
         Initially, TSB indicated that some state sites were shut.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Hack | captions: 0
            headline | — | Hack
            sentence | Security Bureau of Tolvia | According to the Security Bureau of
            sentence | Security Bureau of Tolvia | Initially, TSB indicated that some state
        "#]],
    );
}

#[test]
fn rules_a_nationality_before_a_generic_noun_and_cast_doubt() {
    // `The Tolvian body then cast doubt on …` after `The Tolvian FA said …`: the organisation
    // whose name has the nationality (a name that ends in an acronym is an organisation's),
    // and `cast doubt on` is a statement (`cast their votes` is not).
    check(
        "Ban upheld\n\n\
         The Tolvian FA said the ban was unfair. FIFA said the ban would stand.\n\n\
         The Tolvian body then cast doubt on the complaint. It added that it would appeal.\n\n\
         Voters cast their votes in the rain.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ban upheld | captions: 0
            headline | — | Ban upheld
            sentence | Tolvian FA | The Tolvian FA said the ban
            sentence | FIFA | FIFA said the ban would stand.
            sentence | Tolvian FA | The Tolvian body then cast doubt
            sentence | Tolvian FA | It added that it would appeal.
            sentence | — | Voters cast their votes in the
        "#]],
    );
}

#[test]
fn rules_a_parenthetical_after_a_name_is_no_part_of_it() {
    // `said economist Dr Ivo Marsh (Te Vell)`, `Ada Holm (34) said`: a tribe, an age or a
    // position in parentheses is no part of the name; a defined acronym still is read.
    check(
        "Fares rise\n\n\
         \"It was a rural family,\" said economist Dr Ivo Marsh (Te Vell), who chairs the board.\n\n\
         Ada Holm (34) said the fares were too high. Fares were rising, Marsh said.\n\n\
         The Vell Ferry Institute (VFI) said the board would meet. The VFI added that it agreed.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fares rise | captions: 0
            headline | — | Fares rise
            sentence | Ivo Marsh | "It was a rural family," said
            sentence | Ada Holm | Ada Holm (34) said the fares
            sentence | Ivo Marsh | Fares were rising, Marsh said.
            sentence | Vell Ferry Institute | The Vell Ferry Institute (VFI) said
            sentence | Vell Ferry Institute | The VFI added that it agreed.
        "#]],
    );
}

#[test]
fn rules_a_caption_names_the_body_s_unnamed_role() {
    // A photo caption says nothing itself, but the spokesperson it names with a cue is the
    // body's unnamed `a spokesperson for the Harbour Office`.
    check(
        "Fees rise\n\n\
         Harbour Office spokesperson Ida Lind said the fees would rise. — Photo: Vell Radio\n\n\
         VELL: Tolvia on Sunday rejected the claims.\n\n\
         \"The claims are false,\" a spokesperson for the Harbour Office said in a written note.\n\n\
         The spokesperson said the report spoke for itself.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fees rise | captions: 1
            headline | — | Fees rise
            caption  | — | Harbour Office spokesperson Ida Lind said
            sentence | Tolvia | VELL: Tolvia on Sunday rejected the
            sentence | Ida Lind | "The claims are false," a spokesperson
            sentence | Ida Lind | The spokesperson said the report spoke
        "#]],
    );
}

#[test]
fn rules_a_describing_word_before_a_surname() {
    // `goalscorer Pell told …`, `said striker Pell`: one singular describing word before a
    // surname is a speaker; a plural before a weekday is not a name (`officials Monday`).
    check(
        "Cup win\n\n\
         Ivo Pell scored twice for Vell on Sunday.\n\n\
         \"It was vital. It's the perfect game for us,\" goalscorer Pell told Vell Radio.\n\n\
         \"We needed it,\" said defender Holm.\n\n\
         \"It was tense,\" officials Monday said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Cup win | captions: 0
            headline | — | Cup win
            sentence | — | Ivo Pell scored twice for Vell
            sentence | Ivo Pell | "It was vital.
            sentence | Ivo Pell | It's the perfect game for us,"
            sentence | Holm | "We needed it," said defender Holm.
            sentence | officials | "It was tense," officials Monday said.
        "#]],
    );
}

#[test]
fn rules_a_short_scene_participle_opens_no_subject() {
    // `Asked … which rival she feared, Holm said`: `Asked` sets the scene like a longer
    // participle, so `feared` inside its clause is no cue and `Holm` is the speaker.
    check(
        "Fares row\n\n\
         Asked by Ana Ruiz on Vell Radio which rival her party most feared, Holm said: \"None of them.\"\n\n\
         Pressed on the fares, she said they would fall.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fares row | captions: 0
            headline | — | Fares row
            sentence | Holm | Asked by Ana Ruiz on Vell
            sentence | Holm | Pressed on the fares, she said
        "#]],
    );
}

#[test]
fn rules_a_role_then_its_holder_before_a_who_clause() {
    // `The health minister, Ana Ruiz, who …, said`: the name after the role is the speaker,
    // also after an opening adverbial (`In particular, …`).
    check(
        "Budget row\n\n\
         The health minister, Ana Ruiz, who is backed by the unions, said the plan was bad.\n\n\
         In particular, the harbour secretary, Ines Varga, who chairs the board, has questioned the fees.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Budget row | captions: 0
            headline | — | Budget row
            sentence | Ana Ruiz | The health minister, Ana Ruiz, who
            sentence | Ines Varga | In particular, the harbour secretary, Ines
        "#]],
    );
}

#[test]
fn rules_an_opening_preposition_is_no_part_of_a_name() {
    // `Considering Tolvia's success …`, `Given Norland's record …`: a participle used as a
    // preposition opens the sentence; it is not the first word of the country's name.
    check(
        "Fees row\n\n\
         Considering Tolvia's success in the talks, Tolvia has more reason to worry, spokesperson Ivo Marsh said on Friday.\n\n\
         Tolvia firmly opposes the fees.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fees row | captions: 0
            headline | — | Fees row
            sentence | Ivo Marsh | Considering Tolvia's success in the talks,
            sentence | Tolvia | Tolvia firmly opposes the fees.
        "#]],
    );
}

#[test]
fn rules_a_long_role_appositive_before_a_final_cue() {
    // `…, Ada Holm, deputy director of the Centre for Norland Studies at Vell University in
    // Lorsk, told the Vell Times.`: a role's appositive may run to sixteen words.
    check(
        "Fees row\n\n\
         Tolvia is raising the stakes. As Tolvia plays more cards, more people in Norland see that a response is needed, \
         Ada Holm, deputy director of the Centre for Norland Studies at Vell University in Lorsk, told the Vell Times.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fees row | captions: 0
            headline | — | Fees row
            sentence | Ada Holm | Tolvia is raising the stakes.
            sentence | Ada Holm | As Tolvia plays more cards, more
        "#]],
    );
}

#[test]
fn rules_censure_chastise_and_a_headline_rap() {
    // `censure`, `chastise` and a headline's `raps` are rebukes, so statements.
    check(
        "Coalition raps harbour chief for delays\n\n\
         Heads of the governing coalition criticised the harbour chief on Friday.\n\n\
         The Vell Bank and the agency Moodway censured the plan. The auditor chastised the board for its silence.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Coalition raps harbour chief for delays | captions: 0
            headline | Heads of the governing coalition | Coalition raps harbour chief for delays
            sentence | Heads of the governing coalition | Heads of the governing coalition criticised
            sentence | Vell Bank + Moodway | The Vell Bank and the agency
            sentence | auditor | The auditor chastised the board for
        "#]],
    );
}

#[test]
fn rules_a_plural_role_after_modifiers() {
    // `bond strategists warned`, `harbour policy experts say`: modifiers before a plural role
    // make a group that speaks; `how experts say` is a clause, not a speaker.
    check(
        "Markets slide\n\n\
         The krone fell 0.4%, yields rose past 5%, and rate strategists cautioned that trading was thin.\n\n\
         Harbour policy experts say the fees are too high.\n\n\
         The gap between what the mayor says and how experts say the plan works is wide.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Markets slide | captions: 0
            headline | — | Markets slide
            sentence | rate strategists | The krone fell 0.4%, yields rose
            sentence | Harbour policy experts | Harbour policy experts say the fees
            sentence | — | The gap between what the mayor
        "#]],
    );
}

#[test]
fn rules_a_plural_role_after_a_headline_colon() {
    // `Claim: experts`: a plural role after the colon is the speaker, the body's `experts`
    // rather than the first people who spoke together.
    check(
        "Tolvia needs a firmer answer to Norland's fees: experts\n\n\
         Ines Varga and Tomas Holm said on Monday that the fees were unfair.\n\n\
         Tolvia must answer more firmly, experts said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Tolvia needs a firmer answer to Norland's fees: experts | captions: 0
            headline | experts | Tolvia needs a firmer answer to
            sentence | Ines Varga + Tomas Holm | Ines Varga and Tomas Holm said
            sentence | experts | Tolvia must answer more firmly, experts
        "#]],
    );
}

#[test]
fn rules_sheriff_prosecutor_and_detective_are_roles() {
    // `according to the county sheriff`, then `Tolvik County Sheriff Ivo Marsh told …`: the
    // unnamed sheriff of the lede is the one named after it, as a mayor already was.
    check(
        "Two officers hurt\n\n\
         VELL — A man held over the shooting of two officers is in custody, according to the county sheriff.\n\n\
         He was arrested near Vell, Tolvik County Sheriff Ivo Marsh told a radio station.\n\n\
         A county prosecutor said charges would follow.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Two officers hurt | captions: 0
            headline | — | Two officers hurt
            sentence | Ivo Marsh | VELL — A man held over
            sentence | Ivo Marsh | He was arrested near Vell, Tolvik
            sentence | county prosecutor | A county prosecutor said charges would
        "#]],
    );
}

#[test]
fn rules_a_past_form_after_a_preposition_is_an_adjective() {
    // `votes against proposed homes`, `with confirmed cases`: the past form describes the noun
    // after it; it is no cue with the words before it as a speaker.
    check(
        "Vell Town Board votes against proposed harbour homes\n\n\
         The ward dealt with confirmed cases of flooding last year.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Vell Town Board votes against proposed harbour homes | captions: 0
            headline | — | Vell Town Board votes against proposed
            sentence | — | The ward dealt with confirmed cases
        "#]],
    );
}

#[test]
fn rules_a_hedge_before_the_cue_is_no_part_of_the_subject() {
    // `Those nerves perhaps explain …`: without the hedge the subject is a demonstrative and a
    // noun that cannot speak; `The mayor perhaps said` is still the mayor.
    check(
        "Final won\n\n\
         Those nerves perhaps explain her quiet celebration.\n\n\
         The mayor perhaps said it best.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Final won | captions: 0
            headline | — | Final won
            sentence | — | Those nerves perhaps explain her quiet
            sentence | mayor | The mayor perhaps said it best.
        "#]],
    );
}

#[test]
fn rules_voiced_concern_is_a_statement() {
    // `voiced concern about …` is said, like `expressed concern`; a capitalised `Voices` in a
    // name (`Harbour Family Voices`) is no cue.
    check(
        "Fees rise\n\n\
         The minister voiced concern about the delay.\n\n\
         The letter was signed by Vell Change, Harbour Family Voices, and the Vell Guild.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fees rise | captions: 0
            headline | — | Fees rise
            sentence | minister | The minister voiced concern about the
            sentence | — | The letter was signed by Vell
        "#]],
    );
}

#[test]
fn rules_according_to_a_source_then_the_speaker_who_told() {
    // `According to reports, Ivo Marsh told the radio today that …`: the source phrase is not
    // content said by a speaker after it; Ivo Marsh is the speaker, relayed by the reports.
    check(
        "Fees rise\n\n\
         According to local reports, Ivo Marsh told the radio today that fees should rise.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fees rise | captions: 0
            headline | — | Fees rise
            sentence | Ivo Marsh | According to local reports, Ivo Marsh
        "#]],
    );
}

#[test]
fn rules_media_reports_are_a_document_without_an_author() {
    // `media reports`: no author is named, so the article's own voice (and no organisation
    // called `media reports` for a later role to join).
    check(
        "Fees rise\n\n\
         According to media reports, the ferry fees will rise.\n\n\
         Media reports said the harbour would close.\n\n\
         Spokesperson: The fees are fair.\n\n\
         The mayor said the plan was fine.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Fees rise | captions: 0
            headline | — | Fees rise
            sentence | — | According to media reports, the ferry
            sentence | — | Media reports said the harbour would
            sentence | — | Spokesperson: The fees are fair.
            sentence | mayor | The mayor said the plan was
        "#]],
    );
}

#[test]
fn rules_topic_after_an_appositive_speaker() {
    // `"…," Ines Varga, the treasurer at the Vell Institute, said of the budget.`: after a
    // quotation, a topic (`of …`) and circumstance end the sentence; the narrator's own comma
    // clause before `warned of` stays the narrator's.
    check(
        "Budget passes\n\n\
         “Costs will fall by spring,” Ines Varga, the treasurer at the Vell Institute, said of the budget in March.\n\n\
         Despite the cuts, the union warned of longer queues.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Budget passes | captions: 0
            headline | — | Budget passes
            sentence | Ines Varga | “Costs will fall by spring,” Ines
            sentence | union | Despite the cuts, the union warned
        "#]],
    );
}

#[test]
fn rules_initial_in_a_new_subject_person() {
    // `Ada K. Holm, a notary, has …`: a name with an initial opens the sentence, so the `she`
    // after it (in a clause of that sentence, and in the next) is hers, not the last speaker's.
    check(
        "Harbour fees\n\n\
         “We kept the fees,” Tomas Ruiz, the harbour master, said.\n\n\
         Ada K. Holm, a notary who advises boat owners, has seen what she called a steady rise in claims. The trade, she said, is “in better shape than last year.”",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Harbour fees | captions: 0
            headline | — | Harbour fees
            sentence | Tomas Ruiz | “We kept the fees,” Tomas Ruiz,
            sentence | Ada K. Holm | Ada K. Holm, a notary who
            sentence | Ada K. Holm | The trade, she said, is “in
        "#]],
    );
}

#[test]
fn rules_statement_issued_on_a_weekday_names_its_author() {
    // `The Tolvian Embassy in Norland (TEN) on Tuesday issued a statement …`: the statement's
    // author is the embassy, not the weekday; `said the statement` and `said the embassy in
    // the statement` after it are the embassy's, over the clause's own verb.
    check(
        "Embassy rejects charges\n\n\
         LORSK, June 3 -- The Tolvian Embassy in Norland (TEN) on Tuesday issued a statement rejecting the charges.\n\n\
         The Tolvian side firmly opposes the case, said the Tolvian embassy in the statement.\n\n\
         For months the Norland side has made claims about spying, said the statement.\n\n\
         The talks will go on, said the spokeswoman in a briefing.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Embassy rejects charges | captions: 0
            headline | Tolvian Embassy in Norland | Embassy rejects charges
            sentence | Tolvian Embassy in Norland | LORSK, June 3 -- The Tolvian
            sentence | Tolvian Embassy in Norland | The Tolvian side firmly opposes the
            sentence | Tolvian Embassy in Norland | For months the Norland side has
            sentence | spokesperson of Tolvian Embassy in Norland | The talks will go on, said
        "#]],
    );
}

#[test]
fn rules_delegate_abbreviation_before_a_name() {
    // `state Del. Ana Ruiz`: the title's full stop ends no sentence; `D-Del.` before a
    // sentence opener still does.
    check(
        "Vote counted\n\n\
         The bill came from state Del. Ana Ruiz of Lorsk County.\n\n\
         Sen. Ivo Marsh, D-Del. The senator said the count was slow.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Vote counted | captions: 0
            headline | — | Vote counted
            sentence | — | The bill came from state Del.
            sentence | — | Sen. Ivo Marsh, D-Del.
            sentence | senator | The senator said the count was
        "#]],
    );
}

#[test]
fn rules_describing_noun_before_a_name() {
    // `Pensioner Ada Holm, of Mill Lane, said: …`: the capitalised noun that opens the
    // sentence describes her; the speaker is Ada Holm, the one `Ms Holm` names later.
    check(
        "Bus route cut\n\n\
         Pensioner Ada Holm, of Mill Lane, said: “We feel forgotten out here.”\n\n\
         “The last bus went in May,” Ms Holm said.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Bus route cut | captions: 0
            headline | — | Bus route cut
            sentence | Ada Holm | Pensioner Ada Holm, of Mill Lane,
            sentence | Ada Holm | “The last bus went in May,”
        "#]],
    );
}

#[test]
fn rules_plural_role_in_es() {
    // `But now depot bosses said …`: `bosses` is the plural of a role, so a group speaks.
    check(
        "Depot reopens\n\n\
         But now depot bosses said fewer drivers were needed.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Depot reopens | captions: 0
            headline | — | Depot reopens
            sentence | depot bosses | But now depot bosses said fewer
        "#]],
    );
}

#[test]
fn rules_double_barrelled_surname_is_a_person() {
    // `Lund-Rivas`: a capitalised word after the hyphen makes a surname, not a plural group,
    // so `He said` after it is his.
    check(
        "Coach unhappy\n\n\
         Vell coach Lund-Rivas questioned the second goal.\n\n\
         He said: “The first was fine. The second was offside.”",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Coach unhappy | captions: 0
            headline | — | Coach unhappy
            sentence | Lund-Rivas | Vell coach Lund-Rivas questioned the second
            sentence | Lund-Rivas | He said: “The first was fine.
            sentence | Lund-Rivas | The second was offside.”
        "#]],
    );
}

#[test]
fn rules_single_quotation_continued_in_the_next_paragraph() {
    // British style: a paragraph that opens a single-quoted statement and leaves it open, then
    // a paragraph that opens with a mark again, continues the statement (its speaker too).
    check(
        "Coach unhappy\n\n\
         Ines Varga said: ‘The first goal was fine. The second was very doubtful. I’m not sure the linesman saw it.\n\n\
         ‘We need better officials in games like this.’\n\n\
         The club will appeal.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Coach unhappy | captions: 0
            headline | — | Coach unhappy
            sentence | Ines Varga | Ines Varga said: ‘The first goal
            sentence | Ines Varga | The second was very doubtful.
            sentence | Ines Varga | I’m not sure the linesman saw
            sentence | Ines Varga | ‘We need better officials in games
            sentence | — | The club will appeal.
        "#]],
    );
}

#[test]
fn rules_records_without_an_author_are_the_narrators() {
    // `according to county payroll records`: records with no author named leave the sentence
    // in the article's own voice; a named body's records speak for it.
    check(
        "Payroll grows\n\n\
         The depot has paid its contractors more each year, according to county payroll records.\n\n\
         According to Vell Port Authority records, the ferry sailed 40 times in May.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Payroll grows | captions: 0
            headline | — | Payroll grows
            sentence | — | The depot has paid its contractors
            sentence | Vell Port Authority | According to Vell Port Authority records,
        "#]],
    );
}

#[test]
fn rules_reprimand_and_apology_are_statements() {
    // A rebuke (`reprimanded`) and an apology (`apologised`) are statements of their
    // subjects; `They said` after the apology is the same lawyers'.
    check(
        "Lawyers rebuked\n\n\
         A district judge reprimanded two lawyers for citing cases that did not exist.\n\n\
         The lawyers had apologised at an earlier hearing. They said a junior clerk had drafted the brief.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Lawyers rebuked | captions: 0
            headline | — | Lawyers rebuked
            sentence | district judge | A district judge reprimanded two lawyers
            sentence | lawyers | The lawyers had apologised at an
            sentence | lawyers | They said a junior clerk had
        "#]],
    );
}

#[test]
fn rules_spelled_out_age_is_no_part_of_the_name() {
    // An age spelled out before a name (`Forty-two-year-old`) describes the person: the
    // speaker is `Orla Brennick`, in the sentence that opens with it and in the pronoun after.
    check(
        "Ferry post case\n\n\
         Forty-two-year-old Orla Brennick said she meant the post as a joke.\n\n\
         Sixteen-year-old Tam Rudd of Vell posted the images in March, a youth court heard. He had asked friends to share them.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry post case | captions: 0
            headline | — | Ferry post case
            sentence | Orla Brennick | Forty-two-year-old Orla Brennick said she meant
            sentence | — | Sixteen-year-old Tam Rudd of Vell posted
            sentence | Tam Rudd | He had asked friends to share
        "#]],
    );
}

#[test]
fn rules_quotation_after_an_attribution_sentence_is_all_the_speakers() {
    // A quotation of several sentences right after a sentence that attributes the quotation
    // before it (`"…?" Holm asked reporters.`) is Holm's in every sentence, not the first only.
    check(
        "Selectors blamed\n\n\
         \"Nobody picked a weaker squad. Did we not choose the best?\" Orla Brennick asked reporters after the defeat. \"If the board wants me to resign, I will. Would that fix anything? The whole side failed.\"",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Selectors blamed | captions: 0
            headline | — | Selectors blamed
            sentence | Orla Brennick | "Nobody picked a weaker squad.
            sentence | Orla Brennick | Did we not choose the best?"
            sentence | Orla Brennick | Orla Brennick asked reporters after the
            sentence | Orla Brennick | "If the board wants me to
            sentence | Orla Brennick | Would that fix anything?
            sentence | Orla Brennick | The whole side failed."
        "#]],
    );
}

#[test]
fn rules_seat_before_a_source_after_according_to() {
    // `according to data compiled by Tolvia-based Vell University`: the seat describes the
    // source, which is `Vell University` (was `Tolvia-based Vell University`).
    check(
        "Cases rise\n\n\
         More than 600 people have recovered, according to data compiled by Tolvia-based Vell University.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Cases rise | captions: 0
            headline | — | Cases rise
            sentence | Vell University | More than 600 people have recovered,
        "#]],
    );
}

#[test]
fn rules_quoted_headline_claim_is_the_bodys_speakers() {
    // A headline's quotation is said by whoever the body quotes saying it: `‘…’: mayor turns
    // on rival` is Ada Holm's, `Soaring rents 'hit young families'` the trust's. A headline
    // whose own clause says who calls it so (`as critics call it '…'`) stays the narrator's.
    for (headline, expected) in [
        (
            "‘You will see what weakness is’: mayor turns on rival",
            "Ada Holm",
        ),
        ("Soaring rents 'hit young families'", "Vell Housing Trust"),
        (
            "Mayor tours bridge site as council critics call it 'a gift to builders'",
            "—",
        ),
    ] {
        let text = format!(
            "{headline}\n\n\
             Mayor Ada Holm clashed with her rival on Friday.\n\n\
             “You will see what weakness is: staying away from every debate,” she said.\n\n\
             Rents rose again. The rises \"hit young families\" hardest, the Vell Housing Trust said.\n\n\
             The Bridge Group called the plan \"a gift to builders\" in a statement."
        );
        let table = table(&text);
        let line = table.lines().nth(2).unwrap_or("");
        let first: Vec<&str> = headline.split_whitespace().take(6).collect();
        let want = format!("headline | {expected} | {}", first.join(" "));
        assert_eq!(line, want, "{table}");
    }
}

#[test]
fn rules_a_ledes_role_named_by_a_title_or_a_leading_role() {
    // A lede's `A federal judge` is the one person later introduced with that title (`U.S.
    // District Judge Mara Kellin`, a title not kept as a role) who speaks by surname; `The
    // head of the agency` is the person the agency's title gives a leading role
    // (`Director-General Ilse Varn`). Were `federal judge` and `head of World Weather Office`.
    check(
        "Judge fines firm over invented filings\n\n\
         TOLVIA CITY (AP) — A federal judge criticised two attorneys on Tuesday over briefs citing cases that do not exist.\n\n\
         U.S. District Judge Mara Kellin fined three of the firm's lawyers on Tuesday.\n\n\
         “Citing cases that do not exist wastes the court’s time,” Kellin wrote in the order.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Judge fines firm over invented filings | captions: 0
            headline | — | Judge fines firm over invented filings
            sentence | Mara Kellin | TOLVIA CITY (AP) — A federal
            sentence | — | U.S. District Judge Mara Kellin fined
            sentence | Mara Kellin | “Citing cases that do not exist
        "#]],
    );
    check(
        "Storm agency chief says worst is ahead\n\n\
         The head of the World Weather Office (WWO) warned on Monday that the worst storms were still ahead.\n\n\
         WWO Director-General Ilse Varn said in a video call that countries must act together.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Storm agency chief says worst is ahead | captions: 0
            headline | Ilse Varn | Storm agency chief says worst is
            sentence | Ilse Varn | The head of the World Weather
            sentence | Ilse Varn | WWO Director-General Ilse Varn said in
        "#]],
    );
}

#[test]
fn rules_a_source_near_an_organisation_and_a_sentence_opening_with_not() {
    // `a source close to the TTB` is someone near the board, not the board, and `the source`
    // after it is that source (were `Tolvian Trade Board` and the `Information Act` named
    // before); `the source` with no source before is no person the text named (was `Ada
    // Holm`); `Not naming anyone,` opens no speaker's name (was `Not naming anyone`).
    check(
        "Board letter criticised\n\n\
         The Post cited documents obtained from Ada Holm under the Freedom of Information Act.\n\n\
         The source said the letter was sent in error.\n\n\
         But a source close to the Tolvian Trade Board (TTB) said it was boilerplate. The source said the TTB is changing that wording.\n\n\
         Not naming anyone, Judge Pavel Brun said some officials never paid their fines.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Board letter criticised | captions: 0
            headline | — | Board letter criticised
            sentence | Post | The Post cited documents obtained from
            sentence | source | The source said the letter was
            sentence | source close to the Tolvian Trade Board | But a source close to the
            sentence | source close to the Tolvian Trade Board | The source said the TTB is
            sentence | Pavel Brun | Not naming anyone, Judge Pavel Brun
        "#]],
    );
}

#[test]
fn rules_a_name_after_an_inverted_description() {
    // `said one of the organisers, Vell Challenge director Joanne Tadd.`: a description, then
    // the name that ends the sentence, is the name (was `organisers`); a circumstance after
    // the comma (`, with a smile.`) names no one.
    check(
        "Diet trial starts\n\n\
         “We have a unique chance,” said one of the organisers, Vell Challenge director Joanne Tadd.\n\n\
         “It starts now,” said a spokesman, Ivo Brand.\n\n\
         “We are ready,” said one of the nurses, with a smile.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Diet trial starts | captions: 0
            headline | — | Diet trial starts
            sentence | Joanne Tadd | “We have a unique chance,” said
            sentence | Ivo Brand | “It starts now,” said a spokesman,
            sentence | nurses | “We are ready,” said one of
        "#]],
    );
}

#[test]
fn rules_a_surname_after_a_titles_abbreviation() {
    // `said CS Waweru` after `Otieno Waweru, the Cabinet Secretary …` is Otieno Waweru (was a
    // second speaker `CS Waweru`).
    check(
        "Minister hits out at rail agency\n\n\
         Otieno Waweru, the Cabinet Secretary for Transport, said the rail agency had failed commuters.\n\n\
         “The delays are unacceptable. Commuters will get refunds,” said CS Waweru.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Minister hits out at rail agency | captions: 0
            headline | — | Minister hits out at rail agency
            sentence | Otieno Waweru | Otieno Waweru, the Cabinet Secretary for
            sentence | Otieno Waweru | “The delays are unacceptable.
            sentence | Otieno Waweru | Commuters will get refunds,” said CS
        "#]],
    );
}

#[test]
fn rules_a_name_with_its_appositive_after_a_sentence_adverb() {
    // `Meanwhile, Ines Brandt, the federation's treasurer and cup director, said`: the name
    // after the adverb is the speaker (was the role `representative of federation`, as if
    // the name continued a place); `At a depot in Vell, Norland, Holm said` still reads the
    // place.
    check(
        "Cup schedule under fire\n\n\
         Meanwhile, Ines Brandt, the federation treasurer and cup director, rejected the claim that the draw was rigged.\n\n\
         Still, Tomas Erling, the league chairman, said fixtures would stay.\n\n\
         At a depot in Vell, Norland, Holm said buses were ready.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Cup schedule under fire | captions: 0
            headline | — | Cup schedule under fire
            sentence | Ines Brandt | Meanwhile, Ines Brandt, the federation treasurer
            sentence | Tomas Erling | Still, Tomas Erling, the league chairman,
            sentence | Holm | At a depot in Vell, Norland,
        "#]],
    );
}

#[test]
fn rules_a_titled_surname_and_a_capitalised_lede_role() {
    // `A MAGISTRATE has …` in the lede is the one magistrate named later (was an organisation
    // `MAGISTRATE`); `Magistrate Ruane` takes the full name the text gives later (was
    // `Magistrate Ruane`); and `O'Dowd` with a straight apostrophe is `Tomas O’Dowd` with a
    // curly one.
    check(
        "Magistrate Ruane: bail system failing\n\n\
         A MAGISTRATE has warned that the bail system is failing victims.\n\n\
         Magistrate Cathal Ruane adjourned the case until March.\n\n\
         Magistrate Ruane said the courts needed more staff.\n\n\
         Defence solicitor Tomas O’Dowd asked for an adjournment. O'Dowd said his client had been unwell.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Magistrate Ruane: bail system failing | captions: 0
            headline | Cathal Ruane | Magistrate Ruane: bail system failing
            sentence | Cathal Ruane | A MAGISTRATE has warned that the
            sentence | — | Magistrate Cathal Ruane adjourned the case
            sentence | Cathal Ruane | Magistrate Ruane said the courts needed
            sentence | Tomas O’Dowd | Defence solicitor Tomas O’Dowd asked for
            sentence | Tomas O’Dowd | O'Dowd said his client had been
        "#]],
    );
}

#[test]
fn rules_group_members_and_a_company_named_two_sentences_before() {
    // `Some commuters …`, then `One said:` and `Another added:` are the commuters (were the
    // actors `One` and `Another`, and `Some commuters`); `The developer said` is the company
    // that opened a sentence two sentences back (was `developer`); `advocates for tram
    // research` are advocates, not a document.
    check(
        "Bridge closure angers commuters\n\n\
         Some commuters criticised the closure on a local forum.\n\n\
         One said: “Nobody told us anything.”\n\n\
         Another added: “The detour doubles my trip.”\n\n\
         VMK Estates has applied to build 80 flats beside the bridge.\n\n\
         Neighbours fear more traffic.\n\n\
         The developer said the flats would bring jobs.\n\n\
         Some advocates for tram research said the bridge should carry trams.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Bridge closure angers commuters | captions: 0
            headline | — | Bridge closure angers commuters
            sentence | commuters | Some commuters criticised the closure on
            sentence | commuters | One said: “Nobody told us anything.”
            sentence | commuters | Another added: “The detour doubles my
            sentence | — | VMK Estates has applied to build
            sentence | Neighbours | Neighbours fear more traffic.
            sentence | VMK Estates | The developer said the flats would
            sentence | advocates for tram research | Some advocates for tram research said
        "#]],
    );
}

#[test]
fn rules_a_party_members_title_and_an_owners_described_document() {
    // `Green Party TD Mary Colm claimed` is Mary Colm (was the whole phrase: `TD`, a member
    // of the Dáil, is a title); `The Vell Council's cover letter accompanying the plans noted`
    // is the council's (was the letter, with its participle phrase, as a speaker).
    check(
        "Housing plan questioned\n\n\
         In a debate on Tuesday, Green Party TD Mary Colm claimed that the plan was rushed.\n\n\
         The Vell Council's cover letter accompanying the plans noted that the site floods.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Housing plan questioned | captions: 0
            headline | — | Housing plan questioned
            sentence | Mary Colm | In a debate on Tuesday, Green
            sentence | Vell Council | The Vell Council's cover letter accompanying
        "#]],
    );
}

#[test]
fn rules_a_stray_comma_before_a_cue_that_opens_speech() {
    // `Speaking at the hearing, resident Ines Lund, said: "…"`: the comma between the subject
    // and its cue is a slip; she still speaks, and her quotation goes on (was the narrator's).
    check(
        "Bypass plan criticised\n\n\
         Speaking at the hearing, resident Ines Lund, said: \"The council ignored every letter we sent. It consulted nobody.\"",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Bypass plan criticised | captions: 0
            headline | — | Bypass plan criticised
            sentence | Ines Lund | Speaking at the hearing, resident Ines
            sentence | Ines Lund | It consulted nobody."
        "#]],
    );
}

#[test]
fn rules_a_predicative_as_and_an_unnamed_account() {
    // `… cast the plan as a gift to builders and claimed …`: `as` opens a description, not a
    // clause, so the coordinated cue is the first subject's (was the narrator's); `…, according
    // to media reports` names no author, so the minister who told the chamber stands (was the
    // narrator's); `A resident disagreed, saying that …` is the resident's (only `the` opened
    // such a subject).
    check(
        "Ferry plan debated\n\n\
         Mayor Ida Brandt cast the ferry plan as a gift to builders and claimed the council had no money.\n\n\
         Transport minister Olaf Renn told the chamber that the route would stay open, according to media reports.\n\n\
         A resident disagreed, saying that the timetable had been cut twice.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry plan debated | captions: 0
            headline | — | Ferry plan debated
            sentence | Ida Brandt | Mayor Ida Brandt cast the ferry
            sentence | Olaf Renn | Transport minister Olaf Renn told the
            sentence | resident | A resident disagreed, saying that the
        "#]],
    );
}

#[test]
fn rules_an_agency_in_brackets_a_title_case_headline_and_a_particle_name() {
    // `(TOLVIA TIMES) – Ida ten Holm said …`: a bracketed agency of several or mixed-case words
    // and a dash open the sentence, so the name after them speaks (was the narrator's); in
    // `…, Says Ten Holm After Defeat` the name ends before the capitalised preposition (was
    // `Ten Holm After Defeat`); `Ida ten Holm` is a person's name, so `the Dane` is her (was an
    // actor `Dane`).
    check(
        "'We Were Not Sharp', Says Ten Holm After Defeat\n\n\
         (TOLVIA TIMES) – Ida ten Holm said the team had run out of ideas.\n\n\
         (Reuters) – The Dane added that the second half was better.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: 'We Were Not Sharp', Says Ten Holm After Defeat | captions: 0
            headline | Ida ten Holm | 'We Were Not Sharp', Says Ten
            sentence | Ida ten Holm | (TOLVIA TIMES) – Ida ten Holm
            sentence | Ida ten Holm | (Reuters) – The Dane added that
        "#]],
    );
}

#[test]
fn rules_an_office_with_connecting_words_before_its_holder() {
    // `Minister of State for Trade Tom Berg said`: the office's `of` and `for` do not make the
    // whole phrase a name; the holder is Tom Berg (was the whole phrase), and `He said` after
    // him is his.
    check(
        "Budget debate\n\n\
         Speaking in the chamber, Minister for Roads Ida Holm said the budget was fair.\n\n\
         Minister of State for Trade Tom Berg said the opposition had walked out.\n\n\
         He said the chamber had lost a day.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Budget debate | captions: 0
            headline | — | Budget debate
            sentence | Ida Holm | Speaking in the chamber, Minister for
            sentence | Tom Berg | Minister of State for Trade Tom
            sentence | Tom Berg | He said the chamber had lost
        "#]],
    );
}

#[test]
fn rules_directives_a_lodged_protest_a_defence_and_an_office_holder() {
    // `ordered the agencies to publish` is a directive, so a statement (`ordered a review`
    // is not); `lodged a formal protest` is one; so is a public defence. `Later, X criticised
    // the decision` reports its own object, so the narrator's sentence before it stays the
    // narrator's (was carried back to X). `The Director General of Ports at the Tolvian
    // transport ministry` is a person, so `He` after him is him (was an organisation, and `He`
    // someone else).
    check(
        "Ferry row deepens\n\n\
         Governor Ida Holm ordered the agencies to publish their ferry contracts. She also ordered a review.\n\n\
         The harbour was quiet on Sunday. Later, union leader Tom Berg criticised the decision.\n\n\
         The Director General of Ports at the Tolvian transport ministry lodged a formal protest with the embassy. He also noted that the ferries were safe.\n\n\
         The ferry union defended the crews' conduct as professional.",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Ferry row deepens | captions: 0
            headline | — | Ferry row deepens
            sentence | Ida Holm | Governor Ida Holm ordered the agencies
            sentence | — | She also ordered a review.
            sentence | — | The harbour was quiet on Sunday.
            sentence | Tom Berg | Later, union leader Tom Berg criticised
            sentence | Director General of Ports at the Tolvian transport ministry | The Director General of Ports at
            sentence | Director General of Ports at the Tolvian transport ministry | He also noted that the ferries
            sentence | ferry union | The ferry union defended the crews'
        "#]],
    );
}

#[test]
fn rules_a_group_members_word_opens_no_name() {
    // `Another tenant agreed, saying: "…"`: the capitalised `Another` opens a description,
    // not a name (was a speaker `Another`).
    check(
        "Bin collections moved\n\n\
         Residents are angry about the early rounds. Another tenant agreed, saying: \"The noise starts at five.\"",
        expect![[r#"
            section: none | published: none | byline: none
            headline: Bin collections moved | captions: 0
            headline | — | Bin collections moved
            sentence | — | Residents are angry about the early
            sentence | Another tenant | Another tenant agreed, saying: "The noise
        "#]],
    );
}
