//! Folds of speakers that are one actor: two drafts with the same name (`Democratic National
//! Committee`, once found by its name and once by its acronym), and a person named by the
//! surname alone (`Halvorsen said …`), who is the one speaker whose full name ends with it
//! (`Tomas Halvorsen`), wherever in the article the full name comes, or else the one full name
//! the text gives it.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::hash::{Hash, Hasher};

use super::State;
use crate::analysis::actors::{straight, Draft, DraftId};
use crate::analysis::frugal::FastMap;
use crate::analysis::lexicon::{
    is_in, DETERMINERS, MONTHS, MONTH_PREPOSITIONS, NAME_PARTICLES, NEVER_SUBJECT_FIRST, ORG_WORDS,
    ROLE_NOUNS, STARTERS, TITLES,
};
use crate::analysis::ActorKind;

/// Folds each speaking one-word name into the only speaking person whose full name ends with
/// that word. Reads the speakers; changes `speakers` and the attributions' actors, and moves
/// the folded draft's mentions and name (as an alias) to the person. `Clinton` stays apart
/// when both `Hillary Clinton` and `Bill Clinton` speak.
pub(super) fn fold_surnames(state: &mut State<'_>) {
    let drafts = &state.registry.actors;
    let speaking = state.speaking();
    // Each surname's speaking full-name persons: `Some(id)` for one, `None` for several.
    let mut by_surname: FastMap<Cow<'_, str>, Option<DraftId>> = FastMap::default();
    for (idx, draft) in drafts.iter().enumerate() {
        if !speaking[idx] || draft.kind != ActorKind::Person || is_bare_surname(draft) {
            continue;
        }
        if let Some((_, surname)) = draft.name.rsplit_once(' ') {
            by_surname
                .entry(straight(surname))
                .and_modify(|found| *found = None)
                .or_insert(Some(DraftId::new(idx)));
        }
    }
    let mut into: Vec<Option<DraftId>> = vec![None; drafts.len()];
    let mut any = false;
    let mut unmatched = Vec::new();
    for (idx, draft) in drafts.iter().enumerate() {
        if speaking[idx] && is_bare_surname(draft) {
            let last = draft.name.rsplit(' ').next().unwrap_or("");
            match by_surname.get(&straight(last)) {
                Some(&Some(person)) => {
                    into[idx] = Some(person);
                    any = true;
                }
                Some(None) => {}
                None => unmatched.push(idx),
            }
        }
    }
    if any {
        apply(state, &into);
    }
    name_in_full(state, &unmatched);
}

/// How many surnames with no speaking full name [`name_in_full`] looks up in the text: each
/// look-up reads the whole text, so a bound keeps the pass linear.
const MAX_FULL_NAME_LOOKUPS: usize = 8;

/// Gives each speaking surname with no speaking full name (`Holm said …`) the one full name
/// the text gives it anywhere else, in a caption or as an object (`… former mayor Tomas Holm,
/// …`); the surname stays as an alias. Changes the drafts' names and aliases only.
fn name_in_full(state: &mut State<'_>, unmatched: &[usize]) {
    for &idx in unmatched.iter().take(MAX_FULL_NAME_LOOKUPS) {
        let name = &state.registry.actors[idx].name;
        let surname = name.rsplit(' ').next().unwrap_or(name).to_string();
        let full = only_full_name(state.text, &surname).or_else(|| {
            let curly = surname.replace('\'', "\u{2019}");
            (curly != surname)
                .then(|| only_full_name(state.text, &curly))
                .flatten()
        });
        if let Some(full) = full {
            let draft = &mut state.registry.actors[idx];
            draft.aliases.push(std::mem::replace(&mut draft.name, full));
        }
    }
}

/// The one name of two or three capitalised words ending in `surname` that `text` gives, if
/// it gives exactly one (`Tomas Holm`; not when `Ines Holm` appears too).
fn only_full_name(text: &str, surname: &str) -> Option<String> {
    let mut found: Option<String> = None;
    for (at, _) in text.match_indices(surname) {
        let after = text[at + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let Some(before) = text[..at].strip_suffix(' ') else {
            continue;
        };
        let preceding: Vec<&str> = before.rsplit(' ').take(4).collect();
        // (`In May Varga said`: a month after its preposition is a date.)
        let date = |idx: usize| {
            is_in(MONTHS, preceding[idx])
                && preceding
                    .get(idx + 1)
                    .is_some_and(|word| is_in(MONTH_PREPOSITIONS, word))
        };
        let mut given: Vec<&str> = (0..preceding.len().min(3))
            .take_while(|&idx| is_given_name(preceding[idx]) && !date(idx))
            .map(|idx| preceding[idx])
            .collect();
        // A longer capitalised run (`Happy New Year Barack Obama`), or two capitalised words
        // after a determiner (`the Year Barack Obama`): only the word next to the surname.
        let after_determiner = before
            .rsplit(' ')
            .nth(given.len())
            .is_some_and(|word| is_in(DETERMINERS, word));
        if given.len() == 3 || (given.len() == 2 && after_determiner) {
            given.truncate(1);
        }
        if given.is_empty() {
            continue;
        }
        let full = format!(
            "{} {surname}",
            given.iter().rev().copied().collect::<Vec<_>>().join(" ")
        );
        match &found {
            Some(earlier) if *earlier != full => return None,
            _ => found = Some(full),
        }
    }
    found
}

/// A word that can be a given name: capitalised letters (a hyphen or stop inside), not a
/// title, role, organisation word or sentence opener.
fn is_given_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_in(TITLES, word)
        && !is_in(ROLE_NOUNS, word)
        && !is_in(ORG_WORDS, word)
        && !is_in(STARTERS, word)
        && !is_in(NEVER_SUBJECT_FIRST, word)
}

/// Folds each speaking draft into the first speaking draft of the same name (ignoring case)
/// and a compatible kind, so that the panel never lists one name twice. Reads the speakers;
/// changes `speakers` and the attributions' actors, and moves the folded drafts' mentions and
/// aliases.
pub(super) fn fold_same_names(state: &mut State<'_>) {
    let drafts = &state.registry.actors;
    let speaking = state.speaking();
    let n_speaking = speaking.iter().filter(|&&speaks| speaks).count();
    let mut first: FastMap<Folded<'_>, DraftId> =
        FastMap::with_capacity_and_hasher(n_speaking, Default::default());
    let mut into: Vec<Option<DraftId>> = vec![None; drafts.len()];
    let mut any = false;
    for (idx, draft) in drafts.iter().enumerate() {
        if !speaking[idx] {
            continue;
        }
        match first.entry(Folded(&draft.name)) {
            Entry::Occupied(entry) => {
                let kept = *entry.get();
                let kinds = [drafts[kept].kind, draft.kind];
                let compatible = kinds[0] == kinds[1] || kinds.contains(&ActorKind::Unknown);
                if compatible && draft.member_of == drafts[kept].member_of {
                    into[idx] = Some(kept);
                    any = true;
                }
            }
            Entry::Vacant(entry) => {
                entry.insert(DraftId::new(idx));
            }
        }
    }
    if any {
        apply(state, &into);
    }
}

/// How many bytes of an ASCII name [`Folded`]'s hash gives the hasher at once: the block of 64
/// is written before a character (up to four bytes) that might not fit, so at 61.
const ASCII_BLOCK: usize = 61;

/// A name hashed and compared ignoring case, without a lower-case copy of it (on an article
/// of thousands of speakers, those copies were the peak of the engine's memory). Case is
/// folded a character at a time.
struct Folded<'a>(&'a str);

impl Folded<'_> {
    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        self.0.chars().flat_map(char::to_lowercase)
    }
}

impl PartialEq for Folded<'_> {
    /// Two ASCII names (most) are compared byte by byte; others a lowered character at a time.
    fn eq(&self, other: &Self) -> bool {
        if self.0.is_ascii() && other.0.is_ascii() {
            return self.0.eq_ignore_ascii_case(other.0);
        }
        self.chars().eq(other.chars())
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    /// The folded name's UTF-8, given to the hasher a block at a time (a call per character
    /// made hashing most of this pass's time).
    fn hash<H: Hasher>(&self, state: &mut H) {
        let mut block = [0u8; 64];
        if self.0.is_ascii() {
            // The same blocks without decoding: an ASCII character lowers to one byte, so a
            // block is full at `ASCII_BLOCK` bytes, as below.
            for chunk in self.0.as_bytes().chunks(ASCII_BLOCK) {
                let lowered = &mut block[..chunk.len()];
                lowered.copy_from_slice(chunk);
                lowered.make_ascii_lowercase();
                state.write(lowered);
            }
            if self.0.is_empty() {
                state.write(&[]);
            }
            return;
        }
        let mut len = 0;
        // (A loop in a loop, not the `flat_map` of `chars`, which was most of the time.)
        for upper in self.0.chars() {
            for ch in upper.to_lowercase() {
                if len + 4 > block.len() {
                    state.write(&block[..len]);
                    len = 0;
                }
                len += ch.encode_utf8(&mut block[len..]).len();
            }
        }
        state.write(&block[..len]);
    }
}

/// Whether `draft` could be a person named by the surname alone: one capitalised word, not an
/// acronym, not an organisation, a document or a member of one.
fn is_bare_surname(draft: &Draft) -> bool {
    let name = draft.name.as_str();
    // (After particles: `Ó Tuama`, `de Varga`.)
    let (particles, name) = name.rsplit_once(' ').unwrap_or(("", name));
    // (`is_in` folds ASCII case itself: only other words are lowered first. The draft's own
    // fields, the cheapest, are read first.)
    let particle = |word: &str| {
        word.is_empty()
            || if word.is_ascii() {
                is_in(NAME_PARTICLES, word)
            } else {
                is_in(NAME_PARTICLES, &word.to_lowercase())
            }
    };
    // (After a title's abbreviation: `CS Nyamwe`, a cabinet secretary; or after titles:
    // `Judge Holm`.)
    let abbreviation =
        (2..=4).contains(&particles.len()) && particles.bytes().all(|b| b.is_ascii_uppercase());
    let titled = !particles.is_empty() && particles.split(' ').all(|word| is_in(TITLES, word));
    matches!(draft.kind, ActorKind::Person | ActorKind::Unknown)
        && draft.member_of.is_none()
        && (particles.split(' ').all(particle) || abbreviation || titled)
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).any(char::is_lowercase)
}

/// Rewrites speakers and attributions by `into`, and moves mentions and names.
fn apply(state: &mut State<'_>, into: &[Option<DraftId>]) {
    let target = |id: DraftId| into[id.index()].unwrap_or(id);
    for ids in &mut state.speakers {
        if ids.iter().all(|&id| into[id.index()].is_none()) {
            continue;
        }
        let mut folded: Vec<DraftId> = Vec::with_capacity(ids.len());
        for &id in ids.iter() {
            let id = target(id);
            if !folded.contains(&id) {
                folded.push(id);
            }
        }
        *ids = folded;
    }
    for pending in &mut state.attributions {
        pending.actor = target(pending.actor);
    }
    let drafts = &mut state.registry.actors;
    for (idx, person) in into.iter().enumerate() {
        if let Some(person) = *person {
            let mentions = std::mem::take(&mut drafts[idx].mentions);
            let mut names = std::mem::take(&mut drafts[idx].aliases);
            names.push(drafts[idx].name.clone());
            let full = &mut drafts[person];
            full.mentions.extend(mentions);
            for name in names {
                if name != full.name && !full.aliases.contains(&name) {
                    full.aliases.push(name);
                }
            }
        }
    }
}
