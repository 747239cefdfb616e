//! Actors: the registry that resolves speaker mentions (names, short names, acronyms,
//! roles, generic nouns and pronouns) to actors, and the name helpers it uses (acronym
//! definitions, expansion of short names from the text, titles, kinds).

mod acronyms;
mod cached;
mod context;
mod descriptors;
mod key_index;
mod kinds;
mod names;
mod registry;
mod resolve;
mod roles;
mod subject_people;
mod titles;
mod words;

pub(in crate::analysis) use acronyms::*;
pub(in crate::analysis) use context::*;
pub(in crate::analysis) use descriptors::is_age_descriptor;
pub(in crate::analysis) use kinds::guess_kind;
pub(in crate::analysis) use names::*;
pub(in crate::analysis) use subject_people::*;
pub(in crate::analysis) use titles::strip_titles;
pub(in crate::analysis) use words::{word_bit, Words};

use super::{ActorKind, Span};

/// How many recent statements pronouns and generic names look back over.
pub(in crate::analysis) const HISTORY_WINDOW: usize = 60;

/// How many recent statements `he`, `she` and `it` look back over for their speaker: far more
/// than any article needs, and a bound that keeps thousands of statements with no match linear.
pub(in crate::analysis) const PRONOUN_REACH: usize = 1_000;

/// How many of the most recent actors short names are matched against.
pub(in crate::analysis) const RECENT_ACTORS: usize = 120;

pub(in crate::analysis) const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Object pronouns and their subject forms: `according to him` is `he`.
pub(in crate::analysis) const OBJECT_PRONOUNS: &[(&str, &str)] = &[
    ("him", "he"),
    ("her", "she"),
    ("them", "they"),
    ("us", "we"),
    ("me", "i"),
];

/// The index of a draft actor in [`Registry::actors`]. The drafts that speak become the
/// analysis's actors, with [`super::ActorId`]s of their own, when attribution finishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(in crate::analysis) struct DraftId(u32);

impl DraftId {
    /// The draft at `index` of [`Registry::actors`]. An article holds far fewer than 2³²
    /// actors (one needs a few bytes of text at least), so the index always fits.
    pub(in crate::analysis) fn new(index: usize) -> DraftId {
        DraftId(index as u32)
    }

    pub(in crate::analysis) fn index(self) -> usize {
        self.0 as usize
    }
}

impl std::ops::Index<DraftId> for Vec<Draft> {
    type Output = Draft;

    fn index(&self, id: DraftId) -> &Draft {
        &self[id.index()]
    }
}

impl std::ops::IndexMut<DraftId> for Vec<Draft> {
    fn index_mut(&mut self, id: DraftId) -> &mut Draft {
        &mut self[id.index()]
    }
}

/// A draft actor while the article is read.
#[derive(Debug, Clone)]
pub(in crate::analysis) struct Draft {
    pub(in crate::analysis) name: String,
    /// Lower-case significant words of the canonical name (acronyms folded); what
    /// [`Registry::by_key`] compares.
    pub(in crate::analysis) key: Box<[String]>,
    pub(in crate::analysis) kind: ActorKind,
    pub(in crate::analysis) member_of: Option<DraftId>,
    pub(in crate::analysis) mentions: Vec<Span>,
    pub(in crate::analysis) aliases: Vec<String>,
    /// The significant words of the aliases, for short-name matching. Changed only through
    /// [`Draft::add_alias_word`] and [`Draft::add_alias_words_of`], which keep `word_bits`.
    pub(in crate::analysis) alias_words: Words,
    /// [`word_bit`] of every word of the key and the alias words: a short name can match only
    /// an actor that has the bits of all its words, which spares reading the others' words.
    pub(in crate::analysis) word_bits: u64,
    /// Some(true) for `he`, Some(false) for `she`.
    pub(in crate::analysis) male: Option<bool>,
    /// The role a person was introduced with or that a member holds. Boxed: few actors have
    /// one, and every draft is kept until the article is read.
    pub(in crate::analysis) role: Option<Box<Role>>,
    /// Whether this actor has spoken (for pronouns).
    pub(in crate::analysis) spoke: bool,
    /// How many attributions name this actor.
    pub(in crate::analysis) n_spoke: u32,
}

/// A draft actor's role.
#[derive(Debug, Clone)]
pub(in crate::analysis) struct Role {
    /// The role a person was introduced with (`Spokesman Hong Lei`, `Acme CEO Jane Roe`) or
    /// that a member holds (`a spokesman for X`), in one form for both ([`role_key`]).
    pub(in crate::analysis) key: String,
    /// The significant words of the organisation named in a person's title (`acme` in `Acme
    /// CEO Jane Roe`), if any.
    pub(in crate::analysis) org: Vec<String>,
}

impl Draft {
    /// The head of the name: a member's role (`spokesperson`), or [`head_word`] of the key.
    pub(in crate::analysis) fn head(&self) -> &str {
        match self.key.first().and_then(|word| word.strip_prefix('#')) {
            Some(role) if self.member_of.is_some() => role,
            _ => head_word(&self.key),
        }
    }

    /// The key of the role (see [`Role::key`]), if any.
    pub(in crate::analysis) fn role_key(&self) -> Option<&str> {
        self.role.as_ref().map(|role| role.key.as_str())
    }

    /// The organisation words of the role (see [`Role::org`]); empty if none.
    pub(in crate::analysis) fn role_org(&self) -> &[String] {
        self.role.as_ref().map_or(&[], |role| &role.org[..])
    }

    /// Whether the actor is a document with no author or proper name (`an interim report`,
    /// `reports`, `the results`): it cites, but no one in the panel says it, so a sentence
    /// it opens stays the article's own unless an author is named.
    pub(in crate::analysis) fn is_unowned_document(&self) -> bool {
        self.kind == ActorKind::Document && !self.name.contains(char::is_uppercase)
    }

    /// Adds one alias word (lower case).
    pub(in crate::analysis) fn add_alias_word(&mut self, word: &str) {
        self.word_bits |= word_bit(word);
        self.alias_words.push(word);
    }

    /// Adds the significant words of `name` to the alias words.
    pub(in crate::analysis) fn add_alias_words_of(&mut self, name: &str) {
        self.alias_words.extend_from_name(name);
        for word in self.alias_words.iter() {
            self.word_bits |= word_bit(word);
        }
    }

    /// Gives the actor the role `key` unless it has one.
    pub(in crate::analysis) fn take_role(&mut self, key: String) {
        self.role.get_or_insert_with(|| {
            Box::new(Role {
                key,
                org: Vec::new(),
            })
        });
    }

    /// Records a mention. Most actors are mentioned once, so the first takes room for one,
    /// not the four a vector first reserves.
    pub(in crate::analysis) fn mention(&mut self, span: Span) {
        if self.mentions.capacity() == 0 {
            self.mentions.reserve_exact(1);
        }
        self.mentions.push(span);
    }

    /// Frees what only finding the actor needed (its key, alias words and role), once
    /// every mention is resolved. (An empty key holds no memory.)
    pub(in crate::analysis) fn forget_lookups(&mut self) {
        self.key = Box::default();
        self.alias_words = Words::default();
        self.role = None;
    }
}

/// Actors found so far, with acronyms and the history of speakers (for pronouns).
#[derive(Default)]
pub(in crate::analysis) struct Registry {
    pub(in crate::analysis) actors: Vec<Draft>,
    pub(in crate::analysis) acronyms: Vec<Acronym>,
    /// Resolutions of proper-name mentions, by their text.
    pub(in crate::analysis) mention_cache: key_index::MentionCache,
    /// Resolutions of other mentions that read nothing but their own words and exact keys, by
    /// their text and the number of acronyms known.
    pub(in crate::analysis) context_free: key_index::MentionCache,
    /// Whether the resolution under way read its context ([`Registry::note_context`]).
    pub(in crate::analysis) context_read: std::cell::Cell<bool>,
    /// Actors by their exact key.
    pub(in crate::analysis) by_key: key_index::KeyIndex,
    pub(in crate::analysis) history: Vec<Vec<DraftId>>,
    /// How many acronyms were looked for spelled out in the text (bounded, see
    /// [`MAX_SPELLED_OUT`]).
    pub(in crate::analysis) spelled_out_lookups: usize,
    /// The last person named before a point of the text, for pronouns with no speaker.
    pub(in crate::analysis) last_person: LastPerson,
}

/// The most acronyms looked for spelled out in one article: each look reads a window of text,
/// and an input of thousands of acronyms must stay fast.
pub(in crate::analysis) const MAX_SPELLED_OUT: usize = 32;
