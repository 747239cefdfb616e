//! Rebuttals: a `deny` or `accuse` statement answers the statements of its targets.
//!
//! A news article does not tell its story in order (the reaction often leads), so a statement
//! answers its targets' statements before it in the text and their denials and accusations
//! anywhere, except one that itself answers this statement: when two speakers deny or accuse
//! each other, a denial answers an accusation, and otherwise the later statement in the text
//! answers the earlier. A statement answers at most [`MAX_ANSWERS`] statements, the nearest.

use super::targets::related;
use super::{Stance, Statement, Target};
use crate::analysis::{ActorId, Analysis};

/// The most statements one statement answers (the nearest in the text): an exchange of
/// thousands of accusations would otherwise link each to every earlier one.
const MAX_ANSWERS: usize = 8;

/// Fills every statement's `answers`. Reads stances, targets and the attributions' speakers.
pub(super) fn link(analysis: &Analysis, statements: &mut [Statement]) {
    let mut by_actor = vec![Vec::new(); analysis.actors.len()];
    for (idx, attribution) in analysis.attributions.iter().enumerate() {
        if let Some(list) = by_actor.get_mut(attribution.actor.index()) {
            list.push(idx);
        }
    }
    let mut links = vec![Vec::new(); statements.len()];
    for (from, list) in links.iter_mut().enumerate() {
        if !matches!(statements[from].stance, Stance::Deny | Stance::Accuse) {
            continue;
        }
        let targeted = |actor: ActorId| {
            statements[from].targets.iter().any(|target| match *target {
                Target::Actor(id) => related(analysis, actor, id),
                Target::Entity(_) => false,
            })
        };
        for actor in analysis.actors.iter().filter(|actor| targeted(actor.id)) {
            for &to in &by_actor[actor.id.index()] {
                let charge = matches!(statements[to].stance, Stance::Deny | Stance::Accuse);
                if (to < from || charge)
                    && addresses(analysis, statements, from, to)
                    && !(addresses(analysis, statements, to, from) && wins(statements, to, from))
                {
                    list.push(to);
                }
            }
        }
        // The nearest in the text first, at most MAX_ANSWERS, then in text order.
        list.sort_unstable_by_key(|&to| to.abs_diff(from));
        list.truncate(MAX_ANSWERS);
        list.sort_unstable();
    }
    for (statement, list) in statements.iter_mut().zip(links) {
        statement.answers = list;
    }
}

/// Whether statement `from` is a denial or accusation that targets the speaker of `to` (or an
/// organisation that speaker speaks for), and a different speaker.
fn addresses(analysis: &Analysis, statements: &[Statement], from: usize, to: usize) -> bool {
    let statement = &statements[from];
    if !matches!(statement.stance, Stance::Deny | Stance::Accuse) {
        return false;
    }
    let speaker = analysis.attributions[from].actor;
    let other = analysis.attributions[to].actor;
    if related(analysis, other, speaker) || related(analysis, speaker, other) {
        return false;
    }
    statement.targets.iter().any(|target| match *target {
        Target::Actor(id) => related(analysis, other, id),
        Target::Entity(_) => false,
    })
}

/// Between two statements that address each other, whether `first` is the answer: a denial
/// answers an accusation; otherwise the later one answers.
fn wins(statements: &[Statement], first: usize, second: usize) -> bool {
    match (statements[first].stance, statements[second].stance) {
        (Stance::Deny, Stance::Accuse) => true,
        (Stance::Accuse, Stance::Deny) => false,
        _ => first > second,
    }
}
