//! `explore eval DIR`: the engine against hand-labelled articles. Every `NAME.labels` (or
//! `NAME.expected`) in `DIR` with its text beside it (`NAME.txt`, or the file its `# text:` header
//! names) and, if present, `NAME.actors` is analysed and scored; the tool
//! prints one line per article, the overall figures, and with `--mismatches` every mismatch.
//! Where `NAME.stances` is present, a second line per article scores stances and targets.
//! The scoring itself is the library's (`article_explorer::eval`, `article_explorer::stance_eval`),
//! shared with the tests.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use article_explorer::analysis;
use article_explorer::eval::{self, Labels, Score, Tally};
use article_explorer::stance_eval::{self, StanceScore};

use super::native::{read_input, CliError};

fn figure(tally: Tally) -> String {
    format!("{}/{} ({:.1}%)", tally.right, tally.all, tally.percent())
}

fn line(name: &str, score: &Score) -> String {
    let panel = score.panel.map_or_else(
        || "n/a".to_string(),
        |panel| format!("{}/{}", panel.right, panel.all),
    );
    format!(
        "{name:<48} passages {:>3}/{:<3} speaker-bearing {:>3}/{:<3} narrator {:>3}/{:<3} speakers {:>3}/{:<3} panel {panel}",
        score.split.right,
        score.split.all,
        score.speaker_bearing.right,
        score.speaker_bearing.all,
        score.narrator.right,
        score.narrator.all,
        score.speakers.right,
        score.speakers.all,
    )
}

fn stance_line(name: &str, score: &StanceScore) -> String {
    format!(
        "{name:<48} stance {} targets {} (of labelled statements the engine attributes to the same speaker; {} not attributed)",
        figure(score.stance),
        figure(score.targets),
        score.unattributed,
    )
}

/// Scores every labelled article in `dir` and prints the report.
pub fn run(dir: &Path, show_mismatches: bool) -> Result<(), CliError> {
    let entries = std::fs::read_dir(dir).map_err(|error| CliError::Io {
        file: dir.display().to_string(),
        error,
    })?;
    let mut articles: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "labels" || ext == "expected")
        })
        .collect();
    articles.sort();
    let mut report = String::new();
    let mut overall = Score::default();
    let mut stance_overall = StanceScore::default();
    let mut stance_articles = 0;
    for path in &articles {
        let (_, labels) = read_input(Some(&path.display().to_string()))?;
        let labels = Labels::parse(&labels);
        let text_path = match labels.get("text") {
            Some(relative) => path.parent().unwrap_or(Path::new(".")).join(relative),
            None => path.with_extension("txt"),
        };
        let (_, text) = read_input(Some(&text_path.display().to_string()))?;
        let actors_path = path.with_extension("actors");
        let actors = if actors_path.is_file() {
            let (_, content) = read_input(Some(&actors_path.display().to_string()))?;
            Some(eval::parse_actors(&content))
        } else {
            None
        };
        let analysis = analysis::analyze(&text);
        let score = eval::score(&text, &analysis, &labels, actors.as_deref());
        let name = path
            .file_stem()
            .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
        let _ = writeln!(report, "{}", line(&name, &score));
        if show_mismatches {
            for mismatch in &score.mismatches {
                let _ = writeln!(report, "    {mismatch}");
            }
        }
        overall.merge(&score);
        let stances_path = path.with_extension("stances");
        if stances_path.is_file() {
            let (_, content) = read_input(Some(&stances_path.display().to_string()))?;
            let stances = analysis::stances(&text, &analysis);
            let labels = stance_eval::parse(&content);
            let stance = stance_eval::score(&text, &analysis, &stances, &labels);
            let _ = writeln!(report, "{}", stance_line(&name, &stance));
            if show_mismatches {
                for mismatch in &stance.mismatches {
                    let _ = writeln!(report, "    {mismatch}");
                }
            }
            stance_overall.merge(&stance);
            stance_articles += 1;
        }
    }
    let _ = writeln!(
        report,
        "{}",
        line(&format!("overall ({} articles)", articles.len()), &overall)
    );
    let panel = overall
        .panel
        .map_or_else(|| "n/a (no .actors files)".to_string(), figure);
    for (what, value) in [
        ("passage split agreement", figure(overall.split)),
        (
            "speaker-bearing sentences right",
            figure(overall.speaker_bearing),
        ),
        ("narrator sentences kept", figure(overall.narrator)),
        ("speakers right, all passages", figure(overall.speakers)),
        ("panel entries real and once", panel),
    ] {
        let _ = writeln!(report, "{:<33}{value}", format!("{what}:"));
    }
    if stance_articles > 0 {
        let what = format!("stances overall ({stance_articles} articles)");
        let _ = writeln!(report, "{}", stance_line(&what, &stance_overall));
    }
    std::io::stdout()
        .lock()
        .write_all(report.as_bytes())
        .map_err(|error| CliError::Io {
            file: "<stdout>".into(),
            error,
        })
}
