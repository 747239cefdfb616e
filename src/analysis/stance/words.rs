//! Words of a sentence for the stance pass: spans without surrounding punctuation, whether a
//! punctuation break follows, whether the word is possessive, and stance lemmas of verbs.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::analysis::cues::{self, Form};
use crate::analysis::lexicon::{is_in, STANCE_CUES, STANCE_ONLY_VERBS};
use crate::analysis::stance::Stance;
use crate::analysis::text::is_space;
use crate::analysis::Span;

/// One word: its span without punctuation around it (and without a possessive `'s`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Word<'t> {
    pub(super) span: Span,
    pub(super) text: &'t str,
    /// A comma, full stop, colon, semicolon, bracket or quotation mark follows the word.
    pub(super) break_after: bool,
    /// The word ended in `'s` or `’s` (dropped from `text`), or in a plural `s'`.
    pub(super) possessive: bool,
}

/// Splits `span` of `text` into words.
///
/// Reads only the text; a word is a run of non-space characters with leading and trailing
/// punctuation removed (inner hyphens, apostrophes, dots and slashes stay).
pub(super) fn words(text: &str, span: Span) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let slice = span.slice(text);
    let mut start = None;
    for (idx, ch) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        match (is_space(ch), start) {
            (true, Some(from)) => {
                push_word(text, span.start + from, span.start + idx, &mut out);
                start = None;
            }
            (false, None) => start = Some(idx),
            _ => {}
        }
    }
    out
}

/// Trims a raw run to its word and pushes it, noting a following break and a possessive.
fn push_word<'t>(text: &'t str, start: usize, end: usize, out: &mut Vec<Word<'t>>) {
    let raw = Span::new(start, end).slice(text);
    let lead = raw.len()
        - raw
            .trim_start_matches(|ch: char| !ch.is_alphanumeric())
            .len();
    let body = raw.trim_end_matches(|ch: char| !ch.is_alphanumeric());
    if body.len() <= lead {
        if let Some(last) = out.last_mut() {
            last.break_after = true;
        }
        return;
    }
    let mut word = &body[lead..];
    let tail = &raw[body.len()..];
    let break_after = tail.chars().any(|ch| ",.;:!?()[]\"“”‘—".contains(ch));
    let mut possessive = tail.starts_with('\'') || tail.starts_with('’');
    for suffix in ["'s", "’s"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            word = stem;
            possessive = true;
        }
    }
    let from = start + lead;
    out.push(Word {
        span: Span::new(from, from + word.len()),
        text: word,
        break_after,
        possessive,
    });
}

/// The stance key of a verb word: its lemma when it is an inflected cue (or any cue when
/// `base_ok`), or an inflected stance-only verb (`welcomed`, `backs`).
pub(super) fn verb_lemma(word: &str, base_ok: bool) -> Option<&'static str> {
    if let Some(cue) = cues::lookup(word) {
        return (base_ok || cue.form != Form::Base).then_some(cue.lemma);
    }
    // Inflected forms end in `s`, `d` or `g`; the rest need no lookup.
    if !word.ends_with(['s', 'd', 'g', 'S', 'D', 'G']) {
        return None;
    }
    stance_only_forms()
        .get(word.to_ascii_lowercase().as_str())
        .copied()
}

/// The inflections (`-s`, `-ed`/`-d`, `-ing`) of the stance-only verbs, with their lemma.
fn stance_only_forms() -> &'static HashMap<String, &'static str> {
    static FORMS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms = HashMap::new();
        for &verb in STANCE_ONLY_VERBS {
            let stem = verb.strip_suffix('e').unwrap_or(verb);
            for form in [
                format!("{verb}s"),
                format!("{verb}es"),
                format!("{stem}ed"),
                format!("{stem}ing"),
            ] {
                forms.insert(form, verb);
            }
        }
        forms
    })
}

/// The stance of a lemma, or of `lemma particle` when the lexicon lists that pair.
///
/// # Examples (crate-internal)
/// `stance_of("call", Some("on"))` is `Urge`; `stance_of("say", None)` is `Claim`.
pub(super) fn stance_of(lemma: &str, particle: Option<&str>) -> Option<Stance> {
    let find = |key: &str| {
        STANCE_CUES
            .iter()
            .find(|(entry, _)| *entry == key)
            .map(|(_, stance)| *stance)
    };
    particle
        .and_then(|particle| find(&format!("{lemma} {}", particle.to_ascii_lowercase())))
        .or_else(|| find(lemma))
}

/// The key (`lemma` or `lemma particle`) a word at `idx` of `words` stands for as a stance
/// verb, with the index of its last word.
pub(super) fn stance_key(words: &[Word<'_>], idx: usize, base_ok: bool) -> Option<(String, usize)> {
    let lemma = verb_lemma(words.get(idx)?.text, base_ok)?;
    if let Some(next) = words.get(idx + 1).filter(|_| !words[idx].break_after) {
        let pair = format!("{lemma} {}", next.text.to_ascii_lowercase());
        if STANCE_CUES.iter().any(|(entry, _)| *entry == pair) {
            return Some((pair, idx + 1));
        }
    }
    Some((lemma.to_string(), idx))
}

/// Whether a lower-case word of `list` occurs in `words` (ASCII case folded).
pub(super) fn has_word(words: &[Word<'_>], list: &[&str]) -> Option<Span> {
    words
        .iter()
        .find(|word| is_in(list, word.text))
        .map(|word| word.span)
}

/// Where a phrase of `phrases` (lower case, words separated by one space) occurs in `words`.
pub(super) fn has_phrase(words: &[Word<'_>], phrases: &[&str]) -> Option<Span> {
    for phrase in phrases {
        let parts: Vec<&str> = phrase.split(' ').collect();
        for window in words.windows(parts.len()) {
            if window
                .iter()
                .zip(&parts)
                .all(|(word, part)| word.text.eq_ignore_ascii_case(part))
            {
                return Some(Span::new(
                    window[0].span.start,
                    window[parts.len() - 1].span.end,
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stance_lookup_by_lemma_particle_and_inflection() {
        assert_eq!(stance_of("call on", None), Some(Stance::Urge));
        assert_eq!(stance_of("call", Some("upon")), Some(Stance::Urge));
        assert_eq!(stance_of("say", None), Some(Stance::Claim));
        assert_eq!(stance_of("rebut", None), Some(Stance::Deny));
        assert_eq!(stance_of("table", None), None);
        assert_eq!(verb_lemma("slammed", false), Some("slam"));
        assert_eq!(verb_lemma("welcomed", false), Some("welcome"));
        assert_eq!(verb_lemma("backs", false), Some("back"));
        assert_eq!(verb_lemma("report", false), None);
        assert_eq!(verb_lemma("report", true), Some("report"));
        let text = "The agency hit back at critics.";
        let sentence = words(text, Span::new(0, text.len()));
        assert_eq!(
            stance_key(&sentence, 2, true),
            Some(("hit back".to_string(), 3))
        );
    }

    #[test]
    fn words_drop_punctuation_and_possessives() {
        let text = "\"Slamming the EU and NATO's allegations,\" he said.";
        let sentence = words(text, Span::new(0, text.len()));
        let texts: Vec<&str> = sentence.iter().map(|word| word.text).collect();
        assert_eq!(
            texts,
            [
                "Slamming",
                "the",
                "EU",
                "and",
                "NATO",
                "allegations",
                "he",
                "said"
            ]
        );
        assert!(sentence[4].possessive && sentence[5].break_after);
    }
}
