//! Finishing: the draft actors that speak become the analysis's actors (with unique slugs),
//! passages get their speakers, and every attributed passage an attribution record.

use super::sentence::overlapping;
use super::{Pending, State};
use crate::analysis::actors::slugify;
use crate::analysis::frugal::ByHash;
use crate::analysis::{Actor, ActorId, Attribution, AttributionKind};

/// Writes actors, passage speakers and attributions into the analysis.
pub(super) fn finish(mut state: State<'_>) {
    let new_index = keep_speaking_actors(&mut state);
    for (passage_idx, ids) in state.speakers.iter().enumerate() {
        let mut mapped: Vec<ActorId> = ids.iter().filter_map(|&id| new_index[id.index()]).collect();
        mapped.sort();
        mapped.dedup();
        state.analysis.passages[passage_idx].speakers = mapped;
    }
    record_spread_speakers(&mut state);
    // What the records no longer need goes first, and the records get the room they need,
    // not twice: on a long article these are much of the engine's memory.
    state.speakers = Vec::new();
    state.statements = Vec::new();
    state.attributions.sort_by_key(|entry| entry.passage);
    state
        .analysis
        .attributions
        .reserve_exact(state.attributions.len());
    for pending in state.attributions {
        if let Some(actor) = new_index[pending.actor.index()] {
            state.analysis.attributions.push(Attribution {
                kind: pending.kind,
                actor,
                source: pending.source,
                cue: pending.cue,
                content: pending.content,
            });
        }
    }
}

/// Keeps only the draft actors that speak somewhere (or that a speaking role belongs to),
/// pushes them to `analysis.actors` with unique slugs, and returns each draft's new id.
/// The registry's drafts are moved, not copied, and its look-up tables freed first: on an
/// article of thousands of distinct speakers they are most of the engine's memory.
fn keep_speaking_actors(state: &mut State<'_>) -> Vec<Option<ActorId>> {
    let mut drafts = std::mem::take(&mut state.registry).actors;
    // The drafts and records give back the room they reserved to grow before the actors are
    // made (what only look-ups needed went in the pass `look-ups done`).
    drafts.shrink_to_fit();
    state.attributions.shrink_to_fit();
    let mut used = vec![false; drafts.len()];
    for ids in &state.speakers {
        for &id in ids {
            used[id.index()] = true;
            let mut parent = drafts[id].member_of;
            while let Some(org) = parent {
                if used[org.index()] {
                    break;
                }
                used[org.index()] = true;
                parent = drafts[org].member_of;
            }
        }
    }
    let actors = &mut state.analysis.actors;
    actors.reserve_exact(used.iter().filter(|&&used| used).count());
    let mut new_index = vec![None; drafts.len()];
    let mut slugs = Slugs::default();
    for (old, draft) in drafts.iter_mut().enumerate() {
        if !used[old] {
            continue;
        }
        let id = ActorId(actors.len() as u32);
        new_index[old] = Some(id);
        let base = slugify(&draft.name);
        let slug = if slugs.contains(actors, &base) {
            (2..)
                .map(|n| format!("{base}-{n}"))
                .find(|slug| !slugs.contains(actors, slug))
                .unwrap_or_default()
        } else {
            base
        };
        slugs.insert(&slug, id);
        let mut mentions = std::mem::take(&mut draft.mentions);
        mentions.sort();
        mentions.dedup();
        mentions.shrink_to_fit();
        actors.push(Actor {
            id,
            slug,
            name: std::mem::take(&mut draft.name),
            kind: draft.kind,
            member_of: None,
            mentions,
            aliases: std::mem::take(&mut draft.aliases),
        });
    }
    for (old, draft) in drafts.iter().enumerate() {
        if let (Some(id), Some(org)) = (new_index[old], draft.member_of) {
            actors[id.index()].member_of = new_index[org.index()];
        }
    }
    new_index
}

/// The slugs given so far, without a copy of each: by the slug's hash, the actor that has it
/// ([`ByHash`]).
#[derive(Default)]
struct Slugs(ByHash<String, ActorId>);

impl Slugs {
    /// Whether an actor of `actors` has `slug` (or is given it, with [`Slugs::insert`]).
    fn contains(&self, actors: &[Actor], slug: &str) -> bool {
        let is_key = |id: &ActorId| actors[id.index()].slug == slug;
        self.0.get(slug, is_key).is_some()
    }

    /// Records that actor `id` (pushed next) has `slug`, which no actor has yet.
    fn insert(&mut self, slug: &str, id: ActorId) {
        let is_new = |_: &ActorId| false;
        self.0.insert_new(slug, id, is_new, || slug.to_string());
    }
}

/// Passages that got their speakers from a quotation, a carry-over or a list get an
/// attribution of their own (without a source or cue mention).
fn record_spread_speakers(state: &mut State<'_>) {
    let mut has_attribution = vec![false; state.speakers.len()];
    for entry in &state.attributions {
        if let Some(flag) = has_attribution.get_mut(entry.passage) {
            *flag = true;
        }
    }
    let missing = state
        .speakers
        .iter()
        .zip(&has_attribution)
        .filter(|(_, &has)| !has)
        .map(|(ids, _)| ids.len())
        .sum();
    state.attributions.reserve_exact(missing);
    for (passage_idx, ids) in state.speakers.iter().enumerate() {
        if has_attribution[passage_idx] || ids.is_empty() {
            continue;
        }
        let span = state.analysis.passages[passage_idx].span;
        let kind = if overlapping(&state.statements, span).is_empty() {
            AttributionKind::Indirect
        } else {
            AttributionKind::Direct
        };
        for &actor in ids {
            state.attributions.push(Pending {
                passage: passage_idx,
                kind,
                actor,
                source: None,
                cue: None,
                content: vec![span],
            });
        }
    }
}
