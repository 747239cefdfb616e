//! Targets: the actors a statement is about or addressed to, read from the stance verb's
//! object or, failing that, from the names in the content; groups (`related countries`) and
//! names that do not speak become entities.

use std::collections::{HashMap, HashSet};

use super::descriptions::{description_at, resolve};
use super::words::Word;
use super::{Entity, Frame, Target};
use crate::analysis::actors::{slugify, PRONOUNS};
use crate::analysis::frugal::{stable_hash, ByHash};
use crate::analysis::lexicon::{
    is_in, starts_upper, DETERMINERS, GROUP_ADJECTIVES, GROUP_NOUNS, GROUP_QUANTIFIERS,
    OBJECT_CUES, OBJECT_PREPOSITIONS, ORG_WORDS, REGION_ADJECTIVES, TITLES,
};
use crate::analysis::text::push_lowercase;
use crate::analysis::{Actor, ActorId, ActorKind, Analysis, Span};

/// The longest name, in words, looked up in the content.
const MAX_NAME_WORDS: usize = 8;

/// Words that may not start an object phrase (determiners are skipped before it).
const LEADING: &[&str] = &["a", "an", "her", "his", "its", "our", "the", "their"];

/// Known names (normalised) of actors and entities, and the entities made so far.
///
/// On an article of thousands of speakers this is most of the stances' memory and time, so each
/// key is kept once (in the list; the table finds it by hash), the first words only by their
/// hash, and the actors' slugs borrowed, and only once an entity is made.
pub(super) struct Index<'a> {
    /// Each key once, in the order first seen (the first target given a key keeps it).
    names: Vec<(Box<str>, Target)>,
    /// Per key, its index in `names` ([`ByHash`]).
    by_key: ByHash<Box<str>, usize>,
    /// Per first word of a key, by [`stable_hash`], the most words a key starting with it has.
    /// Two words of one hash only make a look-up try a longer run.
    longest: HashMap<u64, usize>,
    actors: &'a [Actor],
    /// The actors' slugs, once an entity needs a slug of its own.
    actor_slugs: Option<HashSet<&'a str>>,
    entity_slugs: HashSet<String>,
    entities: Vec<Entity>,
    /// The kind of each speaking actor, by id.
    kinds: Vec<ActorKind>,
}

impl<'a> Index<'a> {
    /// Indexes the actors' names, aliases and (non-pronoun) mentions.
    pub(super) fn new(text: &str, analysis: &'a Analysis) -> Index<'a> {
        let mut index = Index {
            names: Vec::new(),
            by_key: ByHash::default(),
            longest: HashMap::new(),
            actors: &analysis.actors,
            actor_slugs: None,
            entity_slugs: HashSet::new(),
            entities: Vec::new(),
            kinds: analysis.actors.iter().map(|actor| actor.kind).collect(),
        };
        for actor in &analysis.actors {
            let target = Target::Actor(actor.id);
            let mentions = actor.mentions.iter().map(|span| span.slice(text));
            for name in [actor.name.as_str()]
                .into_iter()
                .chain(actor.aliases.iter().map(String::as_str))
                .chain(mentions)
            {
                let key = key_of(name);
                if !key.is_empty() && !is_in(PRONOUNS, &key) {
                    index.add(key, target);
                }
            }
        }
        index
    }

    /// Adds a key unless it is known.
    fn add(&mut self, key: String, target: Target) {
        if self.record(&key) {
            let mut words = key.split(' ');
            let first = stable_hash(words.next().unwrap_or(""));
            let n = 1 + words.count();
            let longest = self.longest.entry(first).or_insert(0);
            *longest = (*longest).max(n);
            self.names.push((key.into_boxed_str(), target));
        }
    }

    /// Records `key` as the next name's, unless it is known; whether it was new.
    fn record(&mut self, key: &str) -> bool {
        let names = &self.names;
        let is_key = |&idx: &usize| *names[idx].0 == *key;
        self.by_key
            .insert_new(key, names.len(), is_key, || key.into())
    }

    /// Whether an actor or an entity has `slug`.
    fn slug_taken(&mut self, slug: &str) -> bool {
        let actors = self.actors;
        let actor_slugs = self
            .actor_slugs
            .get_or_insert_with(|| actors.iter().map(|actor| actor.slug.as_str()).collect());
        actor_slugs.contains(slug) || self.entity_slugs.contains(slug)
    }

    /// The target a phrase stands for: a known name, a description of one speaking actor, or
    /// else an entity (made when it is new).
    fn target(&mut self, phrase: &Phrase) -> Target {
        let (name, kind, mention) = (phrase.name.as_str(), phrase.kind, phrase.span);
        let key = key_of(name);
        if let Some(target) = self.find(&key) {
            if let Target::Entity(idx) = target {
                self.entities[idx].mentions.push(mention);
            }
            return target;
        }
        if let Some(target) = resolve(self, phrase) {
            return target;
        }
        let base = slugify(name);
        let mut slug = base.clone();
        let mut n = 2;
        while self.slug_taken(&slug) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        self.entity_slugs.insert(slug.clone());
        let target = Target::Entity(self.entities.len());
        self.entities.push(Entity {
            slug,
            name: name.to_string(),
            kind,
            mentions: vec![mention],
        });
        self.add(key, target);
        target
    }

    /// The speaking actors of `kind` with a name or mention (as a key) that `fits`.
    pub(super) fn actors_named<'i>(
        &'i self,
        kind: ActorKind,
        fits: impl Fn(&str) -> bool + 'i,
    ) -> impl Iterator<Item = Target> + 'i {
        self.names
            .iter()
            .filter(move |(key, target)| match *target {
                Target::Actor(id) => self.kinds.get(id.index()) == Some(&kind) && fits(key),
                Target::Entity(_) => false,
            })
            .map(|(_, target)| *target)
    }

    fn find(&self, key: &str) -> Option<Target> {
        let is_key = |&idx: &usize| *self.names[idx].0 == *key;
        let &idx = self.by_key.get(key, is_key)?;
        Some(self.names[idx].1)
    }

    /// The entities, their mentions in text order.
    pub(super) fn into_entities(mut self) -> Vec<Entity> {
        for entity in &mut self.entities {
            entity.mentions.sort();
            entity.mentions.dedup();
        }
        self.entities
    }
}

/// A name as looked up: words without surrounding punctuation, lower case, without a leading
/// `the`.
fn key_of(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut first = true;
    for (idx, word) in name.split_whitespace().enumerate() {
        let word = word.trim_matches(|ch: char| !ch.is_alphanumeric());
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if idx == 0 && word.eq_ignore_ascii_case("the") {
            continue;
        }
        if !first {
            key.push(' ');
        }
        first = false;
        push_lowercase(&mut key, word);
    }
    key
}

/// A phrase that names an actor, ending before word `end` of its sentence.
pub(super) struct Phrase {
    pub(super) end: usize,
    pub(super) name: String,
    pub(super) kind: ActorKind,
    pub(super) span: Span,
    pub(super) possessive: bool,
}

/// Targets from the object of the frame's stance verb: `accused China of`, `slammed EU and
/// NATO for`, `called on related countries to`; for other verbs only a possessive object
/// (`rejected the union's claims`). Reads the frame; may add entities to the index.
pub(super) fn objects(index: &mut Index<'_>, frame: &Frame<'_>) -> Vec<Target> {
    let Some((key, last)) = &frame.verb else {
        return Vec::new();
    };
    let words = &frame.sentence;
    let mut at = last + 1;
    if words.get(*last).is_some_and(|word| word.break_after) {
        return Vec::new();
    }
    if words
        .get(at)
        .is_some_and(|word| is_in(OBJECT_PREPOSITIONS, word.text))
    {
        at += 1;
    }
    let takes_object = OBJECT_CUES.contains(&key.as_str());
    let mut phrases = Vec::new();
    while let Some(phrase) = phrase_at(words, at, true) {
        let stop = phrase.possessive || words[phrase.end - 1].break_after;
        at = phrase.end;
        phrases.push(phrase);
        if stop || words.get(at).is_none_or(|word| word.text != "and") {
            break;
        }
        at += 1;
    }
    let possessive = phrases.last().is_some_and(|phrase| phrase.possessive);
    if !takes_object && !possessive {
        return Vec::new();
    }
    let mut targets = Vec::new();
    for phrase in phrases {
        let target = index.target(&phrase);
        if !targets.contains(&target) {
            targets.push(target);
        }
    }
    targets
}

/// The actors, entities and groups named in the content. Reads the content words; may add
/// group and organisation entities to the index.
pub(super) fn in_content(index: &mut Index<'_>, content: &[Word<'_>]) -> Vec<Target> {
    let mut targets = Vec::new();
    let mut at = 0;
    while at < content.len() {
        let (target, end) = match known_at(index, content, at) {
            Some(found) => found,
            None => match phrase_at(content, at, false) {
                Some(phrase) => (Some(index.target(&phrase)), phrase.end),
                None => described_at(index, content, at),
            },
        };
        if let Some(target) = target.filter(|target| !targets.contains(target)) {
            targets.push(target);
        }
        at = end.max(at + 1);
    }
    targets
}

/// A description after `the` in the content that stands for one speaking actor (`the mayor`);
/// no entity is made for one that does not.
fn described_at(index: &Index<'_>, words: &[Word<'_>], at: usize) -> (Option<Target>, usize) {
    let after_the = at > 0 && words[at - 1].text.eq_ignore_ascii_case("the");
    match description_at(words, at).filter(|_| after_the) {
        Some(phrase) => (resolve(index, &phrase), phrase.end),
        None => (None, at + 1),
    }
}

/// The longest known name starting at word `at`: a capitalised one, or a lower-case one after
/// `the` (`the ministry`).
fn known_at(
    index: &mut Index<'_>,
    words: &[Word<'_>],
    at: usize,
) -> Option<(Option<Target>, usize)> {
    let after_the = at > 0 && words[at - 1].text.eq_ignore_ascii_case("the");
    if !starts_upper(words[at].text) && !after_the {
        return None;
    }
    let first = stable_hash(&words[at].text.to_lowercase());
    let longest = index.longest.get(&first).copied().unwrap_or(0);
    let longest = longest.min(MAX_NAME_WORDS).min(words.len() - at);
    (1..=longest).rev().find_map(|n| {
        let run = &words[at..at + n];
        if run[..n - 1]
            .iter()
            .any(|word| word.break_after || word.possessive)
        {
            return None;
        }
        let key: Vec<String> = run.iter().map(|word| word.text.to_lowercase()).collect();
        let target = index.find(&key.join(" "))?;
        if let Target::Entity(idx) = target {
            let span = Span::new(run[0].span.start, run[n - 1].span.end);
            index.entities[idx].mentions.push(span);
        }
        Some((Some(target), at + n))
    })
}

/// The actor phrase at word `at`: a group (`some Western countries`, `countries in the West`;
/// in the content only with a qualifier), a capitalised name, or in an object a description
/// after a determiner (`the ministry`, `the rail industry`). Leading determiners are skipped.
fn phrase_at(words: &[Word<'_>], mut at: usize, object: bool) -> Option<Phrase> {
    let start_word = at;
    while words.get(at).is_some_and(|word| is_in(LEADING, word.text)) && object {
        at += 1;
    }
    if let Some(group) = group_at(words, at, object) {
        return Some(group);
    }
    let first = words.get(at)?;
    if starts_upper(first.text) && (object || at > 0) {
        return name_at(words, at, object);
    }
    if object && at > start_word {
        return description_at(words, at);
    }
    None
}

/// A group phrase at `at`: quantifiers and adjectives (lower-case ones from the lexicon, or
/// capitalised ones), a group noun, and optionally `in the West`. The name keeps the
/// adjectives: `Western countries`, `related countries`.
fn group_at(words: &[Word<'_>], at: usize, object: bool) -> Option<Phrase> {
    let mut idx = at;
    let mut qualified = false;
    let mut adjectives: Vec<String> = Vec::new();
    while let Some(word) = words.get(idx).filter(|word| !word.break_after) {
        if is_in(GROUP_QUANTIFIERS, word.text) {
            qualified = true;
        } else if is_in(GROUP_ADJECTIVES, word.text)
            || (starts_upper(word.text) && !is_in(DETERMINERS, word.text))
        {
            qualified = true;
            adjectives.push(capitalise_if(word.text, starts_upper(word.text)));
        } else {
            break;
        }
        idx += 1;
    }
    let noun = words
        .get(idx)
        .filter(|word| is_in(GROUP_NOUNS, word.text))?;
    if !(qualified || object) || starts_upper(noun.text) {
        return None;
    }
    let mut end = idx + 1;
    if let Some(region) = region_after(words, end) {
        adjectives.insert(0, region.0.to_string());
        end = region.1;
    }
    adjectives.push(noun.text.to_lowercase());
    let last = &words[end - 1];
    Some(Phrase {
        end,
        name: adjectives.join(" "),
        kind: ActorKind::Group,
        span: Span::new(words[at].span.start, last.span.end),
        possessive: last.possessive,
    })
}

/// `in the West`, `of the East` after a group noun: the region's adjective and the end.
fn region_after(words: &[Word<'_>], at: usize) -> Option<(&'static str, usize)> {
    let prep = words.get(at)?;
    if !matches!(prep.text, "in" | "of") || words[at - 1].break_after {
        return None;
    }
    let the = words.get(at + 1).filter(|word| word.text == "the")?;
    let region = words.get(at + 2).filter(|_| !the.break_after)?;
    REGION_ADJECTIVES
        .iter()
        .find(|(noun, _)| region.text.eq_ignore_ascii_case(noun) && starts_upper(region.text))
        .map(|(_, adjective)| (*adjective, at + 3))
}

fn capitalise_if(word: &str, upper: bool) -> String {
    if upper {
        word.to_string()
    } else {
        word.to_lowercase()
    }
}

/// A capitalised name at `at`: capitalised words, joined inside by `of`, `to`, `for`, `the`
/// or `&` before another capitalised word (`Ministry of Health`, `Mission to the EU`). In the
/// content only names of organisations (ending in an organisation word) count.
fn name_at(words: &[Word<'_>], at: usize, object: bool) -> Option<Phrase> {
    let mut end = at;
    while let Some(word) = words.get(end) {
        let joined = end > at
            && !words[end - 1].break_after
            && !words[end - 1].possessive
            && (starts_upper(word.text) || joiner_before_name(words, end));
        if end > at && !joined {
            break;
        }
        end += 1;
    }
    while end > at + 1 && !starts_upper(words[end - 1].text) {
        end -= 1;
    }
    let run = &words[at..end];
    let last = &run[run.len() - 1];
    let is_org = is_in(ORG_WORDS, last.text);
    if !object && !is_org {
        return None;
    }
    let kind = if is_org {
        ActorKind::Organization
    } else if at > 0 && is_in(TITLES, words[at - 1].text) {
        ActorKind::Person
    } else {
        ActorKind::Unknown
    };
    let span = Span::new(run[0].span.start, last.span.end);
    let name = run
        .iter()
        .map(|word| word.text)
        .collect::<Vec<_>>()
        .join(" ");
    Some(Phrase {
        end,
        name,
        kind,
        span,
        possessive: last.possessive,
    })
}

/// Whether word `at` joins a name to a capitalised word after it (`of`, `to the`, `&`).
fn joiner_before_name(words: &[Word<'_>], at: usize) -> bool {
    let word = words[at].text;
    if !matches!(word, "of" | "to" | "for" | "the" | "&" | "and") || words[at].break_after {
        return false;
    }
    let next = words.get(at + 1);
    word != "and" && next.is_some_and(|next| starts_upper(next.text) || next.text == "the")
}

/// Removes the speaker, the organisations it speaks for and its own members from `targets`.
pub(super) fn drop_self(analysis: &Analysis, speaker: ActorId, targets: &mut Vec<Target>) {
    targets.retain(|target| match *target {
        Target::Actor(id) => !related(analysis, speaker, id) && !related(analysis, id, speaker),
        Target::Entity(_) => true,
    });
}

/// Whether `org` is `actor` or an organisation `actor` is (transitively) a member of.
pub(super) fn related(analysis: &Analysis, actor: ActorId, org: ActorId) -> bool {
    let mut current = Some(actor);
    let mut steps = 0;
    while let Some(id) = current {
        if id == org {
            return true;
        }
        steps += 1;
        if steps > analysis.actors.len() {
            return false;
        }
        current = analysis.actor(id).and_then(|actor| actor.member_of);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `key_of` as it was first written: each word lower-cased, collected, then joined.
    fn key_of_by_words(name: &str) -> String {
        let words: Vec<String> = name
            .split_whitespace()
            .map(|word| {
                let word = word.trim_matches(|ch: char| !ch.is_alphanumeric());
                let stem = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
                stem.unwrap_or(word).to_lowercase()
            })
            .collect();
        let words = match words.first().map(String::as_str) {
            Some("the") => &words[1..],
            _ => &words[..],
        };
        words.join(" ")
    }

    #[test]
    fn keys_drop_a_leading_the_punctuation_and_possessives() {
        assert_eq!(
            key_of("The Tolvia Harbour Authority's"),
            "tolvia harbour authority"
        );
        assert_eq!(key_of("THE  Norland — Union"), "norland  union");
        assert_eq!(key_of("Ines Varga’s"), "ines varga");
        assert_eq!(key_of("ΟΔΟΣ Müller"), "οδος müller");
        assert_eq!(key_of(""), "");
    }

    proptest! {
        #[test]
        fn keys_are_those_of_the_words_joined(name in "(the|The|THE|Σ|ΟΔΟΣ|Müller|x's|’s|—|,| |\\t|a|É)*") {
            prop_assert_eq!(key_of(&name), key_of_by_words(&name));
        }
    }
}
