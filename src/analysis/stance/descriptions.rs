//! Definite descriptions: a lower-case noun phrase after a determiner that names an actor by
//! its role or kind (`the mayor`, `the rail industry`, `the city council`), and its resolution
//! to a speaking actor when the article leaves no doubt (`the mayor` is the one actor named
//! `Mayor …`; `the union` the one actor whose name has `union` in it).

use super::targets::{Index, Phrase};
use super::words::Word;
use super::Target;
use crate::analysis::lexicon::{
    is_in, starts_upper, ACTOR_NOUNS, GENERIC_ORG, ORG_WORDS, ROLE_NOUNS, TITLES,
};
use crate::analysis::{ActorKind, Span};

/// The most words a description may have before its head.
const MAX_MODIFIERS: usize = 2;

/// Words that end a description before its head (`the talks with`, `the plan for`).
const STOP_WORDS: &[&str] = &[
    "and", "as", "at", "by", "for", "from", "in", "of", "on", "over", "that", "to", "with",
];

/// The description starting at word `at` (just after a determiner): up to two lower-case
/// modifiers and a head that is a role, title, organisation or actor noun; the last such word
/// is the head (`the rail industry`, not `the rail`).
pub(super) fn description_at(words: &[Word<'_>], at: usize) -> Option<Phrase> {
    let mut head: Option<(usize, ActorKind)> = None;
    for (idx, word) in words.iter().enumerate().skip(at).take(MAX_MODIFIERS + 1) {
        if starts_upper(word.text) || is_in(STOP_WORDS, word.text) {
            break;
        }
        if let Some(kind) = head_kind(word.text) {
            head = Some((idx, kind));
        }
        if word.break_after || word.possessive {
            break;
        }
    }
    let (end, kind) = head?;
    let last = &words[end];
    Some(Phrase {
        end: end + 1,
        name: words[at..=end]
            .iter()
            .map(|word| word.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" "),
        kind,
        span: Span::new(words[at].span.start, last.span.end),
        possessive: last.possessive,
    })
}

/// The kind of actor a head noun names, if it names one.
fn head_kind(word: &str) -> Option<ActorKind> {
    if is_in(ROLE_NOUNS, word) || is_in(TITLES, word) {
        Some(ActorKind::Person)
    } else if is_in(GENERIC_ORG, word) || is_in(ORG_WORDS, word) {
        Some(ActorKind::Organization)
    } else if is_in(ACTOR_NOUNS, word) {
        Some(ActorKind::Unknown)
    } else {
        None
    }
}

/// The speaking actor of the description's kind that it stands for, when exactly one fits: for
/// a person, the one whose name or a mention starts with the head (`Mayor Grace Okonkwo`); for
/// an organisation, the one whose name or a mention has the head as a word.
pub(super) fn resolve(index: &Index<'_>, phrase: &Phrase) -> Option<Target> {
    if !phrase.name.starts_with(|ch: char| ch.is_lowercase()) {
        return None;
    }
    let head = phrase.name.rsplit(' ').next()?;
    let fits = |key: &str| match phrase.kind {
        ActorKind::Person => key.split(' ').next() == Some(head) && key.contains(' '),
        ActorKind::Organization => key.split(' ').any(|word| word == head) && key != head,
        _ => false,
    };
    let mut found: Option<Target> = None;
    for target in index.actors_named(phrase.kind, fits) {
        if found.is_some_and(|other| other != target) {
            return None;
        }
        found = Some(target);
    }
    found
}
