//! Scoring stances and targets against hand labels (`NAME.stances`, described in
//! `tests/data/articles/README.md`): one line per attributed statement,
//! `first words<TAB>speaker<TAB>stance<TAB>targets`, targets joined by ` + ` and `—` for none.
//! Shared by `explore eval` and `tests/stances.rs`. Pure: text in, figures out.

use crate::analysis::{Analysis, Stances, Target};
use crate::eval::{first_words, matches_actor, normalise, Tally};

/// One labelled statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StanceLabel {
    /// The passage's first six words, as in `.expected` files.
    pub first_words: String,
    /// The speaker's canonical name.
    pub speaker: String,
    /// `accuse`, `deny`, `claim`, `urge`, `warn`, `support` or `announce`.
    pub stance: String,
    /// The targets' names; empty for none.
    pub targets: Vec<String>,
}

/// Parses a `.stances` file; `#` lines and blank lines are skipped. Total.
///
/// # Examples
/// ```
/// let labels = article_explorer::stance_eval::parse("# note\nThe union said\tUnion\tclaim\t—\n");
/// assert_eq!(labels[0].stance, "claim");
/// assert!(labels[0].targets.is_empty());
/// ```
pub fn parse(content: &str) -> Vec<StanceLabel> {
    content
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut fields = line.split('\t').map(str::trim);
            let mut next = || fields.next().unwrap_or("").to_string();
            let (first_words, speaker, stance, targets) = (next(), next(), next(), next());
            let targets = if targets == "—" || targets.is_empty() {
                Vec::new()
            } else {
                targets.split(" + ").map(str::to_string).collect()
            };
            StanceLabel {
                first_words,
                speaker,
                stance,
                targets,
            }
        })
        .collect()
}

/// The figures of one article (or several, merged).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StanceScore {
    /// Labelled statements the engine attributes to the same speaker: stance right.
    pub stance: Tally,
    /// The same statements: target set equal to the label's.
    pub targets: Tally,
    /// Labelled statements the engine does not attribute to that speaker (not scored above).
    pub unattributed: usize,
    /// One line per wrong or missing statement.
    pub mismatches: Vec<String>,
}

impl StanceScore {
    /// Adds another score's figures.
    pub fn merge(&mut self, other: &StanceScore) {
        self.stance.merge(other.stance);
        self.targets.merge(other.targets);
        self.unattributed += other.unattributed;
    }
}

/// Whether a label's target name is an engine target: an actor by the speaker rule, an entity
/// by its name or a mention.
pub fn target_matches(
    text: &str,
    analysis: &Analysis,
    stances: &Stances,
    target: Target,
    label: &str,
) -> bool {
    match target {
        Target::Actor(id) => matches_actor(text, analysis, id, label),
        Target::Entity(idx) => stances.entities.get(idx).is_some_and(|entity| {
            let label = normalise(label);
            std::iter::once(entity.name.as_str())
                .chain(entity.mentions.iter().map(|span| span.slice(text)))
                .any(|name| normalise(name) == label)
        }),
    }
}

/// Scores the engine's stances against `labels`.
pub fn score(
    text: &str,
    analysis: &Analysis,
    stances: &Stances,
    labels: &[StanceLabel],
) -> StanceScore {
    let mut score = StanceScore::default();
    for label in labels {
        let statement = analysis
            .passages
            .iter()
            .filter(|passage| first_words(text, passage.span) == label.first_words)
            .find_map(|passage| {
                analysis.attributions.iter().position(|attribution| {
                    let anchor = attribution.content.first().or(attribution.cue.as_ref());
                    anchor.is_some_and(|span| passage.span.contains(*span))
                        && matches_actor(text, analysis, attribution.actor, &label.speaker)
                })
            });
        let Some(idx) = statement else {
            score.unattributed += 1;
            score.mismatches.push(format!(
                "unattributed: {} | {}",
                label.speaker, label.first_words
            ));
            continue;
        };
        let statement = &stances.statements[idx];
        let stance_right = statement.stance.as_str() == label.stance;
        let targets_right = statement.targets.len() == label.targets.len()
            && label.targets.iter().all(|name| {
                statement
                    .targets
                    .iter()
                    .any(|&target| target_matches(text, analysis, stances, target, name))
            });
        score.stance.merge(Tally {
            right: usize::from(stance_right),
            all: 1,
        });
        score.targets.merge(Tally {
            right: usize::from(targets_right),
            all: 1,
        });
        if !stance_right || !targets_right {
            let engine: Vec<&str> = statement
                .targets
                .iter()
                .map(|&target| stances.target_name(analysis, target))
                .collect();
            score.mismatches.push(format!(
                "{} | {} | label {} → {} | engine {} → {}",
                label.speaker,
                label.first_words,
                label.stance,
                if label.targets.is_empty() {
                    "—".to_string()
                } else {
                    label.targets.join(" + ")
                },
                statement.stance.as_str(),
                if engine.is_empty() {
                    "—".to_string()
                } else {
                    engine.join(" + ")
                },
            ));
        }
    }
    score
}
