//! Scoring the engine against hand labels: the label and actor file formats, the one rule for
//! whether a label's speaker name is an engine actor, and the per-article figures that
//! `explore eval` prints and the data-driven tests check.
//!
//! A label file (`NAME.labels`, or `NAME.expected` as in `tests/data/articles/`, described in
//! its README) holds `# key: value` header lines, then one `kind<TAB>speakers<TAB>first words`
//! line per passage, speakers joined by ` + ` and `—` for the article's own voice; a fourth
//! field (`engine: …`) and `# engine …` lines are the engine's side of an `.expected` file and
//! are ignored. An actor file (`NAME.actors`) lists each
//! real speaker once as `name<TAB>kind`.
//!
//! Pure: text in, figures out. Reading files is the caller's.

use crate::analysis::{ActorId, Analysis, PassageKind, Span};

/// One labelled passage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// `headline`, `caption` or `sentence`.
    pub kind: String,
    /// Canonical speaker names; empty for the article's own voice.
    pub speakers: Vec<String>,
    /// The passage's first six whitespace-separated words, joined by single spaces.
    pub first_words: String,
}

/// A parsed label file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Labels {
    /// The `# key: value` header lines, in order (notes included).
    pub header: Vec<(String, String)>,
    /// The passages, in text order.
    pub passages: Vec<Label>,
}

impl Labels {
    /// Parses a label (or `.expected`) file. Total: a malformed line gives empty fields.
    ///
    /// # Examples
    /// ```
    /// let labels = article_explorer::eval::Labels::parse(
    ///     "# headline: Rain due\nheadline\t—\tRain due\nsentence\tMet Office + BBC\tIt will rain, the",
    /// );
    /// assert_eq!(labels.get("headline"), Some("Rain due"));
    /// assert_eq!(labels.passages[1].speakers, ["Met Office", "BBC"]);
    /// ```
    pub fn parse(content: &str) -> Labels {
        let mut labels = Labels::default();
        for line in content.lines() {
            if let Some(rest) = line.strip_prefix("# ") {
                // `# engine …` lines are the engine's side of a `.expected` file, not labels.
                match rest.split_once(':') {
                    Some((key, _)) if key.starts_with("engine ") => {}
                    Some((key, value)) => labels
                        .header
                        .push((key.trim().to_string(), value.trim().to_string())),
                    None => {}
                }
            } else if !line.trim().is_empty() {
                let mut fields = line.split('\t');
                let kind = fields.next().unwrap_or("").to_string();
                let speakers = fields.next().unwrap_or("");
                let first_words = fields.next().unwrap_or("").to_string();
                let speakers = if speakers == "—" {
                    Vec::new()
                } else {
                    speakers.split(" + ").map(str::to_string).collect()
                };
                labels.passages.push(Label {
                    kind,
                    speakers,
                    first_words,
                });
            }
        }
        labels
    }

    /// The first header value for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| value.as_str())
    }
}

/// Parses an actor file: one real speaker a line, `name<TAB>kind`; returns the names.
pub fn parse_actors(content: &str) -> Vec<String> {
    content
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').next().unwrap_or("").trim().to_string())
        .collect()
}

/// A name as compared: lower case, `’` as `'`, parentheses dropped, a leading article dropped,
/// a role in one form ([`role_of`]).
pub fn normalise(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0_i32;
    for ch in name.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth > 0 => {}
            '’' => out.push('\''),
            _ => out.extend(ch.to_lowercase()),
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let words = match words.first() {
        Some(&("the" | "a" | "an")) => &words[1..],
        _ => &words[..],
    };
    let mut words = words.to_vec();
    if words.len() >= 2 {
        words[0] = country_form(words[0]);
    }
    role_of(&words)
}

/// A country's possessive and its adjective in one form before a noun: `china's embassy` and
/// `chinese embassy` both as `chin embassy` (the first four letters). Other words unchanged.
fn country_form(word: &str) -> &str {
    let stem = word.strip_suffix("'s");
    let adjective = ["an", "ese", "ish", "ic", "i"]
        .iter()
        .any(|end| word.ends_with(end));
    match stem {
        Some(stem) if stem.len() >= 4 && stem.is_char_boundary(4) => &stem[..4],
        None if adjective && word.len() >= 5 && word.is_char_boundary(4) => &word[..4],
        _ => word,
    }
}

/// A role in one form: `spokesman`, `spokeswoman` and `official spokesman` as `spokesperson`,
/// and a role after its organisation (`interior ministry official`) as `official of interior
/// ministry`, the form of the labelling conventions.
fn role_of(words: &[&str]) -> String {
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    for (idx, &word) in words.iter().enumerate() {
        let next = words.get(idx + 1).copied().unwrap_or("");
        let spokes = |w: &str| matches!(w, "spokesman" | "spokeswoman" | "spokesperson");
        if word == "official" && spokes(next) {
            continue;
        }
        out.push(if spokes(word) { "spokesperson" } else { word });
    }
    let role_last = out.len() >= 2
        && !out.contains(&"of")
        && matches!(
            out[out.len() - 1],
            "official" | "officials" | "spokesperson"
        );
    if role_last {
        let role = out.pop().unwrap_or_default();
        return format!("{role} of {}", out.join(" "));
    }
    out.join(" ")
}

/// Whether a label name matches an actor: its display name, an alias or a mention.
pub fn matches_actor(text: &str, analysis: &Analysis, id: ActorId, label: &str) -> bool {
    let Some(actor) = analysis.actor(id) else {
        return false;
    };
    let label = normalise(label);
    std::iter::once(actor.name.as_str())
        .chain(actor.aliases.iter().map(String::as_str))
        .chain(actor.mentions.iter().map(|span| span.slice(text)))
        .any(|name| normalise(name) == label)
}

/// Whether the engine's speakers of passage `passage_idx` are exactly the label's.
pub fn speakers_match(text: &str, analysis: &Analysis, passage_idx: usize, label: &Label) -> bool {
    let Some(passage) = analysis.passages.get(passage_idx) else {
        return false;
    };
    passage.speakers.len() == label.speakers.len()
        && label.speakers.iter().all(|name| {
            passage
                .speakers
                .iter()
                .any(|&id| matches_actor(text, analysis, id, name))
        })
}

/// The speakers of a passage as the labels write them: names joined by ` + `, or `—`.
pub fn speaker_names(analysis: &Analysis, passage_idx: usize) -> String {
    let Some(passage) = analysis.passages.get(passage_idx) else {
        return "—".to_string();
    };
    if passage.speakers.is_empty() {
        return "—".to_string();
    }
    passage
        .speakers
        .iter()
        .filter_map(|&id| analysis.actor(id))
        .map(|actor| actor.name.as_str())
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The first six whitespace-separated words of a span, joined by single spaces.
pub fn first_words(text: &str, span: Span) -> String {
    span.slice(text)
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The label name of a passage kind.
pub fn kind_name(kind: PassageKind) -> &'static str {
    match kind {
        PassageKind::Headline => "headline",
        PassageKind::Caption => "caption",
        PassageKind::Sentence => "sentence",
    }
}

/// A count of right answers out of all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    pub all: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.all += 1;
        self.right += usize::from(right);
    }

    /// Adds another tally.
    pub fn merge(&mut self, other: Tally) {
        self.right += other.right;
        self.all += other.all;
    }

    /// The share right, in percent (100 when there is nothing to count).
    pub fn percent(self) -> f64 {
        if self.all == 0 {
            100.0
        } else {
            100.0 * self.right as f64 / self.all as f64
        }
    }
}

/// One article's figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    /// Labelled passages that start a passage of the same kind (same first words).
    pub split: Tally,
    /// Labelled passages with at least one speaker whose engine speakers match.
    pub speaker_bearing: Tally,
    /// Labelled narrator passages the engine gives no speaker.
    pub narrator: Tally,
    /// All labelled passages whose engine speakers match.
    pub speakers: Tally,
    /// Speaker-panel entries that are real and listed once (`None` without an actor file).
    pub panel: Option<Tally>,
    /// One line per mismatch, for reading.
    pub mismatches: Vec<String>,
}

impl Score {
    /// Adds another article's figures (mismatches are not kept).
    pub fn merge(&mut self, other: &Score) {
        self.split.merge(other.split);
        self.speaker_bearing.merge(other.speaker_bearing);
        self.narrator.merge(other.narrator);
        self.speakers.merge(other.speakers);
        if let Some(panel) = other.panel {
            self.panel.get_or_insert_with(Tally::default).merge(panel);
        }
    }
}

/// For each label, the engine passage its text falls in, and whether a passage starts there.
///
/// Labels are found in the text by their first words, searching forward, so that a split
/// difference (two sentences read as one, or one as two) costs only the passages it touches.
/// A label whose words cannot be found falls back to the passage at the same distance from the
/// last one found.
fn align(text: &str, analysis: &Analysis, labels: &[Label]) -> Vec<(usize, bool)> {
    // Word starts of the text, each with its word.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end_matches(char::is_whitespace);
        if !word.is_empty() {
            words.push((offset, word));
        }
        offset += piece.len();
    }
    // `split_inclusive` keeps each separator with the word before it, so a word is a run of
    // non-whitespace; consecutive separators give empty pieces, skipped above.
    let passages = &analysis.passages;
    let passage_at = |byte: usize| -> usize {
        let after = passages.partition_point(|passage| passage.span.start <= byte);
        after.saturating_sub(1)
    };
    let mut out = Vec::with_capacity(labels.len());
    let (mut word_cursor, mut last) = (0_usize, None::<(usize, usize)>);
    for (label_idx, label) in labels.iter().enumerate() {
        let wanted: Vec<&str> = label.first_words.split_whitespace().collect();
        let found = (!wanted.is_empty())
            .then(|| {
                (word_cursor..words.len()).find(|&start| {
                    wanted
                        .iter()
                        .enumerate()
                        .all(|(k, want)| words.get(start + k).is_some_and(|(_, word)| word == want))
                })
            })
            .flatten();
        match found {
            Some(word_idx) => {
                let byte = words[word_idx].0;
                let passage_idx = passage_at(byte);
                let starts = passages
                    .get(passage_idx)
                    .is_some_and(|passage| first_words(text, passage.span) == label.first_words);
                out.push((passage_idx, starts));
                word_cursor = word_idx + 1;
                last = Some((label_idx, passage_idx));
            }
            None => {
                let passage_idx = match last {
                    Some((at_label, at_passage)) => at_passage + (label_idx - at_label),
                    None => label_idx,
                };
                out.push((passage_idx, false));
            }
        }
    }
    out
}

/// Scores one article's analysis against its labels and, if given, its real speakers.
pub fn score(text: &str, analysis: &Analysis, labels: &Labels, actors: Option<&[String]>) -> Score {
    let mut score = Score::default();
    let alignment = align(text, analysis, &labels.passages);
    for (label, &(passage_idx, starts)) in labels.passages.iter().zip(&alignment) {
        let passage = analysis.passages.get(passage_idx);
        let kind_ok = passage.is_some_and(|passage| kind_name(passage.kind) == label.kind);
        score.split.add(starts && kind_ok);
        if !(starts && kind_ok) {
            score.mismatches.push(format!(
                "split: label {:?}, engine {:?}",
                label.first_words,
                passage.map_or(String::new(), |passage| first_words(text, passage.span))
            ));
        }
        let right = speakers_match(text, analysis, passage_idx, label);
        score.speakers.add(right);
        if label.speakers.is_empty() {
            score.narrator.add(right);
        } else {
            score.speaker_bearing.add(right);
        }
        if !right {
            score.mismatches.push(format!(
                "speakers of {:?}: {}, label {}",
                label.first_words,
                speaker_names(analysis, passage_idx),
                if label.speakers.is_empty() {
                    "—".to_string()
                } else {
                    label.speakers.join(" + ")
                }
            ));
        }
    }
    if let Some(real) = actors {
        score.panel = Some(panel(text, analysis, real, &mut score.mismatches));
    }
    score
}

/// The speaker panel's quality: each actor that speaks in a passage is an entry, in order of
/// first passage. An entry is fine when it matches a real actor no earlier entry matched, or
/// when it is a role folded under an organisation (`member_of`) that speaks or is real.
fn panel(text: &str, analysis: &Analysis, real: &[String], mismatches: &mut Vec<String>) -> Tally {
    let mut entries: Vec<ActorId> = Vec::new();
    for passage in &analysis.passages {
        for &id in &passage.speakers {
            if !entries.contains(&id) {
                entries.push(id);
            }
        }
    }
    let mut claimed = vec![false; real.len()];
    let mut tally = Tally::default();
    for &id in &entries {
        let matching: Vec<usize> = (0..real.len())
            .filter(|&k| matches_actor(text, analysis, id, &real[k]))
            .collect();
        let name = analysis.actor(id).map_or("", |actor| actor.name.as_str());
        if let Some(&k) = matching.iter().find(|&&k| !claimed[k]) {
            claimed[k] = true;
            tally.add(true);
            continue;
        }
        let folded = analysis
            .actor(id)
            .and_then(|actor| actor.member_of)
            .is_some_and(|parent| {
                entries.contains(&parent)
                    || real
                        .iter()
                        .any(|name| matches_actor(text, analysis, parent, name))
            });
        if folded {
            tally.add(true);
            continue;
        }
        tally.add(false);
        mismatches.push(if matching.is_empty() {
            format!("panel: {name:?} is no real speaker")
        } else {
            format!("panel: {name:?} lists {:?} again", real[matching[0]])
        });
    }
    for (k, name) in real.iter().enumerate() {
        if !claimed[k] {
            mismatches.push(format!(
                "panel: real speaker {name:?} missing (not counted)"
            ));
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn names_compare_without_case_articles_or_role_word_order() {
        assert_eq!(normalise("The Tolvik Port (TPA)"), "tolvik port");
        assert_eq!(
            normalise("harbour ministry official"),
            normalise("official of harbour ministry")
        );
        assert_eq!(
            normalise("official spokesman of Ines Varga"),
            normalise("spokesperson of Ines Varga")
        );
        assert_eq!(normalise("Tolvik spokeswoman"), "spokesperson of tolvik");
        assert_ne!(
            normalise("Tomas Holm"),
            normalise("spokesperson of Tomas Holm")
        );
    }

    #[test]
    fn a_countrys_possessive_and_adjective_compare_as_one() {
        assert_eq!(
            normalise("Tolvia’s embassy in Nordhavn"),
            normalise("Tolvian Embassy in Nordhavn")
        );
        assert_ne!(
            normalise("Tolvia’s embassy in Nordhavn"),
            normalise("Norland's embassy in Nordhavn")
        );
        assert_eq!(normalise("Tomas Holm"), "tomas holm");
    }
}
