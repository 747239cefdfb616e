//! Remarks named: `Spokesperson Ines Varga made the remarks at a briefing.` is hers, and names
//! the unnamed role (`a foreign ministry spokesperson said …`) that made the statement just
//! before it.

use super::holders::fold_drafts;
use super::State;
use crate::analysis::actors::{role_key, Draft, DraftId};
use crate::analysis::lexicon::*;
use crate::analysis::{ActorKind, PassageKind, Span};

/// How many passages before the remarks sentence the statement it refers to may be.
const REACH: usize = 3;

/// For each sentence whose only statement is a named person's `made the remarks` (`made these
/// comments`, `made the statement`): the unnamed role of one person who spoke in the sentences
/// just before it folds into that person. Changes `speakers`, the attributions and the
/// registry's mentions.
pub(super) fn name_remarks(state: &mut State<'_>) {
    let found: Vec<(usize, DraftId)> = state
        .attributions
        .iter()
        .filter(|pending| pending.cue.is_some_and(|cue| refers_back(state.text, cue)))
        .map(|pending| (pending.passage, pending.actor))
        .collect();
    let mut pairs = Vec::new();
    for (passage, person) in found {
        if !only_statement(state, passage, person) {
            continue;
        }
        let actors = &state.registry.actors;
        if !is_named_person(&actors[person]) {
            continue;
        }
        let Some(role) = speaker_before(state, passage) else {
            continue;
        };
        let fits = role != person
            && unnamed_role(&actors[role]).is_some_and(|key| {
                actors[person]
                    .role_key()
                    .is_none_or(|held| held == key.as_str())
            })
            && pairs.iter().all(|&(from, _)| from != role);
        if fits {
            pairs.push((role, person));
        }
    }
    fold_drafts(state, &pairs);
}

/// Whether the cue at `cue` is `made` (or `makes`) before a definite or possessive
/// determiner and `remarks`, `comments` or `statement`: remarks the text has already given.
fn refers_back(text: &str, cue: Span) -> bool {
    let Some(verb) = text.get(cue.start..cue.end) else {
        return false;
    };
    if !is_in(&["made", "makes"], verb) {
        return false;
    }
    let mut words = text
        .get(cue.end..)
        .unwrap_or("")
        .split_whitespace()
        .map(|word| word.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let determiner = words.next().unwrap_or("");
    let noun = words.next().unwrap_or("");
    is_in(REFERRING_DETERMINERS, determiner) && is_in(REMARK_NOUNS, noun)
}

/// Whether `person`'s statement is all the passage reports: no other speaker and no
/// quotation inside the passage.
fn only_statement(state: &State<'_>, passage: usize, person: DraftId) -> bool {
    let span = state.analysis.passages[passage].span;
    state.speakers[passage] == [person]
        && state
            .attributions
            .iter()
            .filter(|pending| pending.passage == passage)
            .all(|pending| pending.actor == person)
        && !state
            .statements
            .iter()
            .any(|quote| quote.span.start < span.end && span.start < quote.span.end)
}

/// The one speaker of the nearest speaker-bearing sentence among the few before `passage`.
fn speaker_before(state: &State<'_>, passage: usize) -> Option<DraftId> {
    let passages = &state.analysis.passages;
    (passage.saturating_sub(REACH)..passage)
        .rev()
        .filter(|&idx| passages[idx].kind == PassageKind::Sentence)
        .find(|&idx| !state.speakers[idx].is_empty())
        .and_then(|idx| match state.speakers[idx].as_slice() {
            &[id] => Some(id),
            _ => None,
        })
}

/// A person with a name of their own: two or more capitalised words, not ending in a role.
fn is_named_person(draft: &Draft) -> bool {
    let words: Vec<&str> = draft.name.split_whitespace().collect();
    matches!(draft.kind, ActorKind::Person | ActorKind::Unknown)
        && draft.member_of.is_none()
        && words.len() >= 2
        && words.iter().all(|word| starts_upper(word))
        && words.last().is_some_and(|last| !is_in(ROLE_NOUNS, last))
}

/// The role key of a person known only by a role: a member (`spokesperson of Tolvia`) or a
/// description ending in a lower-case role noun (`Tolvian foreign ministry spokesperson`).
fn unnamed_role(draft: &Draft) -> Option<String> {
    if !matches!(draft.kind, ActorKind::Person | ActorKind::Unknown) {
        return None;
    }
    if draft.member_of.is_some() {
        return Some(role_key(draft.head()));
    }
    let last = draft.name.split_whitespace().last()?;
    (last.starts_with(char::is_lowercase) && is_in(ROLE_NOUNS, last)).then(|| role_key(last))
}
