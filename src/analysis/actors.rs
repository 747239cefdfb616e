//! Actors: the registry that resolves speaker mentions (names, short names, acronyms,
//! roles, generic nouns and pronouns) to actors, and the name helpers it uses (acronym
//! definitions, expansion of short names from the text, titles, kinds).

use super::cues;
use super::lexicon::*;
use super::text::{is_all_caps, is_space};
use super::{ActorKind, Span};

/// How many recent statements pronouns and generic names look back over.
pub(super) const HISTORY_WINDOW: usize = 60;

/// How many of the most recent actors short names are matched against.
pub(super) const RECENT_ACTORS: usize = 120;

pub(super) const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// A draft actor while the article is read.
#[derive(Debug, Clone)]
pub(super) struct Draft {
    pub(super) name: String,
    /// Lower-case significant words of the canonical name (acronyms folded).
    pub(super) key: Vec<String>,
    pub(super) head: String,
    pub(super) kind: ActorKind,
    pub(super) member_of: Option<usize>,
    pub(super) mentions: Vec<Span>,
    pub(super) aliases: Vec<String>,
    /// The significant words of the aliases, for short-name matching.
    pub(super) alias_words: Vec<String>,
    /// Some(true) for `he`, Some(false) for `she`.
    pub(super) male: Option<bool>,
    /// Whether this actor has spoken (for pronouns).
    pub(super) spoke: bool,
    /// How many attributions name this actor.
    pub(super) n_spoke: usize,
}

/// Actors found so far, with acronyms and the history of speakers (for pronouns).
#[derive(Default)]
pub(super) struct Registry {
    pub(super) actors: Vec<Draft>,
    pub(super) acronyms: Vec<Acronym>,
    /// Resolutions of proper-name mentions, by their text.
    pub(super) mention_cache: std::collections::HashMap<String, usize>,
    /// Actors by their exact key.
    pub(super) by_key: std::collections::HashMap<Vec<String>, usize>,
    pub(super) history: Vec<Vec<usize>>,
}

pub(super) fn significant_words(name: &str) -> Vec<String> {
    name.split(|c: char| is_space(c) || c == ',' || c == '(' || c == ')')
        .map(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(word);
            word.to_lowercase()
        })
        .filter(|word| !word.is_empty() && !is_in(&["the", "a", "an"], word))
        .collect()
}

/// The head of a name: the last word before `of`/`to`/`for`/`in`, or the last word.
pub(super) fn head_of(words: &[String]) -> String {
    let cut = words
        .iter()
        .position(|word| is_in(&["of", "to", "for", "in", "at", "on"], word))
        .unwrap_or(words.len());
    words[..cut]
        .last()
        .or(words.last())
        .cloned()
        .unwrap_or_default()
}

pub(super) fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for ch in name.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            slug.push(ch);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("actor");
    }
    slug
}

/// Initials of an acronym's expansion: the upper-case letters of its significant words.
pub(super) fn acronym_matches(acronym: &str, words: &[&str]) -> bool {
    let letters: String = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let initials: String = words
        .iter()
        .filter(|word| !is_in(FUNCTION_WORDS, word))
        .filter_map(|word| word.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    !letters.is_empty() && letters == initials
}

impl Registry {
    /// An empty registry that knows the acronyms `text` defines.
    pub(super) fn new(text: &str) -> Registry {
        Registry {
            acronyms: find_acronyms(text),
            ..Registry::default()
        }
    }

    pub(super) fn fold_acronyms(&self, mut words: Vec<String>) -> Vec<String> {
        for acronym in &self.acronyms {
            let expansion = &acronym.expansion;
            if expansion.is_empty() || words.len() < expansion.len() {
                continue;
            }
            let mut idx = 0;
            while idx + expansion.len() <= words.len() {
                if words[idx..idx + expansion.len()] == expansion[..] {
                    words.splice(idx..idx + expansion.len(), [acronym.short.clone()]);
                }
                idx += 1;
            }
        }
        words
    }

    pub(super) fn key_of(&self, name: &str) -> Vec<String> {
        self.fold_acronyms(significant_words(name))
    }

    pub(super) fn acronym(&self, lower: &str) -> Option<&Acronym> {
        self.acronyms.iter().find(|acronym| acronym.short == lower)
    }

    pub(super) fn spoke(&mut self, ids: &[usize]) {
        for &id in ids {
            if let Some(actor) = self.actors.get_mut(id) {
                actor.spoke = true;
                actor.n_spoke += 1;
            }
        }
        if !ids.is_empty() {
            self.history.push(ids.to_vec());
        }
    }

    /// The most recent speaker, within the last `window` statements, that `keep` accepts.
    /// The actors of the first statement made by several together (`… Duda and … Macron said`).
    pub(super) fn first_group(&self) -> Vec<usize> {
        self.history
            .iter()
            .find(|entry| entry.len() >= 2)
            .cloned()
            .unwrap_or_default()
    }

    /// The actors of the latest statements, most recent first.
    fn recent_speakers(&self) -> impl Iterator<Item = usize> + '_ {
        self.history
            .iter()
            .rev()
            .take(HISTORY_WINDOW)
            .flatten()
            .copied()
    }

    fn last_speaker(&self, window: usize, keep: impl Fn(&Draft) -> bool) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .take(window)
            .flatten()
            .copied()
            .find(|&id| keep(&self.actors[id]))
    }

    pub(super) fn pronoun(&mut self, word: &str) -> Vec<usize> {
        let lower = word.to_ascii_lowercase();
        match lower.as_str() {
            "he" | "she" => {
                let male = lower == "he";
                let compatible = |actor: &Draft| actor.male.is_none_or(|m| m == male);
                let person = |actor: &Draft| actor.kind == ActorKind::Person && compatible(actor);
                let found = self
                    .last_speaker(usize::MAX, person)
                    .or_else(|| {
                        (0..self.actors.len())
                            .rev()
                            .take(RECENT_ACTORS)
                            .find(|&id| person(&self.actors[id]))
                    })
                    .or_else(|| {
                        self.last_speaker(HISTORY_WINDOW, |actor| actor.kind == ActorKind::Unknown)
                    });
                if let Some(id) = found {
                    self.actors[id].male = Some(male);
                }
                found.into_iter().collect()
            }
            "it" => self
                .last_speaker(usize::MAX, |actor| {
                    matches!(
                        actor.kind,
                        ActorKind::Organization | ActorKind::Document | ActorKind::Unknown
                    )
                })
                .into_iter()
                .collect(),
            "they" => {
                for entry in self.history.iter().rev().take(HISTORY_WINDOW) {
                    if entry.len() >= 2 {
                        return entry.clone();
                    }
                    if let [id] = entry[..] {
                        if self.actors[id].kind == ActorKind::Group {
                            return vec![id];
                        }
                    }
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// A `he`/`she` with no speaker to refer to: the last person named in the text before it.
    pub(super) fn pronoun_from_text(
        &mut self,
        text: &str,
        before: usize,
        male: bool,
    ) -> Option<usize> {
        let name = last_person_in_text(text, before)?;
        let key = self.key_of(&name);
        let id = match self.find(&key, false) {
            Some(id) => id,
            None => self.add(name, key, ActorKind::Person, None),
        };
        if self.actors[id].male.is_some_and(|m| m != male) {
            return None;
        }
        self.actors[id].male = Some(male);
        Some(id)
    }

    /// Finds an existing actor for a name, most recent first.
    pub(super) fn find(&self, key: &[String], generic: bool) -> Option<usize> {
        if key.is_empty() {
            return None;
        }
        if let Some(&id) = self.by_key.get(key) {
            return Some(id);
        }
        if key.len() > 3 {
            return self.find_generic(key, generic);
        }
        let head = head_of(key);
        let word_matches = |word: &String, actor: &Draft| {
            actor
                .key
                .iter()
                .chain(actor.alias_words.iter())
                .any(|candidate| {
                    candidate == word
                        || (word.len() >= 5
                            && candidate.len() >= 5
                            && (candidate.starts_with(word.as_str())
                                || word.starts_with(candidate.as_str())))
                })
        };
        // Short names: every word of the mention is in the actor's name, and the heads agree
        // (`the Mission`, `Calloway`, `Tasman Mutual`).
        // Only the most recent actors are searched, which keeps long inputs linear.
        let recent_start = self.actors.len().saturating_sub(RECENT_ACTORS);
        let found = self.actors[recent_start..].iter().rposition(|actor| {
            if actor.key.first().is_some_and(|w| w.starts_with('#')) {
                return false;
            }
            let all_in = key
                .iter()
                .all(|word| is_in(FUNCTION_WORDS, word) || word_matches(word, actor));
            let person_name =
                actor.kind == ActorKind::Person && key.len() == 1 && actor.key.last() == key.last();
            let role = actor.member_of.is_some();
            all_in && !role && (actor.head == head || key.len() >= 2 || person_name)
        });
        if let Some(offset) = found {
            return Some(recent_start + offset);
        }
        self.find_generic(key, generic)
    }

    /// Generic nouns stand for a recent organisation: `the company said`.
    pub(super) fn find_generic(&self, key: &[String], generic: bool) -> Option<usize> {
        let head = head_of(key);
        if generic && is_in(GENERIC_ORG, &head) {
            let corporate = is_in(CORPORATE_NOUNS, &head);
            let regulator = is_in(&["regulator", "watchdog", "authority"], &head);
            let recent = || {
                self.recent_speakers()
                    .chain((0..self.actors.len()).rev().take(RECENT_ACTORS))
            };
            let with_head = recent().find(|&id| {
                let actor = &self.actors[id];
                actor.kind == ActorKind::Organization
                    && actor
                        .key
                        .iter()
                        .chain(actor.alias_words.iter())
                        .any(|word| {
                            *word == head
                                || (regulator
                                    && is_in(
                                        &[
                                            "authority",
                                            "commission",
                                            "council",
                                            "agency",
                                            "regulator",
                                            "office",
                                            "board",
                                            "administration",
                                            "watchdog",
                                        ],
                                        word,
                                    ))
                        })
            });
            if with_head.is_some() {
                return with_head;
            }
            if corporate {
                let with_suffix = recent().find(|&id| {
                    let actor = &self.actors[id];
                    actor.kind == ActorKind::Organization
                        && actor.key.iter().any(|word| is_in(CORPORATE_SUFFIXES, word))
                        && !actor
                            .key
                            .iter()
                            .any(|word| is_in(NON_CORPORATE_HEADS, word))
                });
                // `Meridian Motors said ... The company noted`: failing a suffix, the latest
                // organisation to speak or be named whose name says it is not a public body,
                // union, party or institute.
                return with_suffix.or_else(|| {
                    recent().find(|&id| {
                        let actor = &self.actors[id];
                        // A one-word name of unknown kind that spoke (`ClipCast said`) counts.
                        matches!(actor.kind, ActorKind::Organization | ActorKind::Unknown)
                            && !actor
                                .key
                                .iter()
                                .any(|word| is_in(NON_CORPORATE_HEADS, word))
                    })
                });
            }
            // Otherwise, for a bare noun (`the regulator`), the organisation that has spoken most.
            if key.len() > 1 {
                return None;
            }
            // Ties go to the most recent (the first in this order).
            let mut best: Option<(usize, usize)> = None;
            for id in self.recent_speakers() {
                if self.actors[id].kind != ActorKind::Organization {
                    continue;
                }
                let n_spoke = self.actors[id].n_spoke;
                if best.is_none_or(|(_, best_n)| n_spoke > best_n) {
                    best = Some((id, n_spoke));
                }
            }
            return best.map(|(id, _)| id);
        }
        None
    }

    pub(super) fn add(
        &mut self,
        name: String,
        key: Vec<String>,
        kind: ActorKind,
        member_of: Option<usize>,
    ) -> usize {
        let head = head_of(&key);
        let alias_words = significant_words(&name);
        self.by_key.entry(key.clone()).or_insert(self.actors.len());
        self.actors.push(Draft {
            name,
            key,
            head,
            kind,
            member_of,
            mentions: Vec::new(),
            aliases: Vec::new(),
            alias_words,
            male: None,
            spoke: false,
            n_spoke: 0,
        });
        self.actors.len() - 1
    }

    pub(super) fn add_alias(&mut self, id: usize, alias: &str) {
        let alias = alias.trim();
        if alias.is_empty()
            || self.actors[id].name == alias
            || self.actors[id].aliases.iter().any(|a| a == alias)
        {
            return;
        }
        let words = significant_words(alias);
        self.actors[id].alias_words.extend(words);
        self.actors[id].aliases.push(alias.to_string());
    }

    /// The person called `name` (added if new) as the referent of `he` (`male`) or `she`, unless
    /// the name belongs to something else or to someone of the other gender.
    fn person_named(&mut self, name: String, male: bool) -> Option<usize> {
        let key = self.key_of(&name);
        let id = match self.find(&key, false) {
            Some(id) => id,
            None => self.add(name, key, ActorKind::Person, None),
        };
        let actor = &mut self.actors[id];
        if actor.kind != ActorKind::Person || actor.male.is_some_and(|m| m != male) {
            return None;
        }
        actor.male = Some(male);
        Some(id)
    }

    /// Resolves a mention whose name is written differently in the text (a transcript label
    /// in capitals).
    pub(super) fn resolve_named(&mut self, text: &str, span: Span, name: &str) -> Vec<usize> {
        let id = self.resolve_name(text, span, name, 0);
        if let Some(id) = id {
            self.actors[id].mentions.push(span);
        }
        id.into_iter().collect()
    }

    /// Resolves one mention (a cleaned noun phrase) to actors.
    pub(super) fn resolve(&mut self, text: &str, span: Span) -> Vec<usize> {
        let mention = span.slice(text).trim();
        if mention.is_empty() {
            return Vec::new();
        }
        // `the two leaders`, `both ministers`: the people who last spoke together.
        if speakers_together(mention) {
            if let Some(entry) = self
                .history
                .iter()
                .rev()
                .take(HISTORY_WINDOW)
                .find(|entry| entry.len() >= 2)
            {
                let ids = entry.clone();
                for &id in &ids {
                    self.actors[id].mentions.push(span);
                }
                return ids;
            }
        }
        // `the 27-year-old` stands for the last person who spoke.
        let bare = mention
            .trim_start_matches("the ")
            .trim_start_matches("The ");
        if bare.ends_with("-year-old")
            && bare
                .split('-')
                .next()
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        {
            let ids: Vec<usize> = self
                .recent_speakers()
                .find(|&id| self.actors[id].kind == ActorKind::Person)
                .into_iter()
                .collect();
            if !ids.is_empty() {
                for &id in &ids {
                    self.actors[id].mentions.push(span);
                }
                return ids;
            }
        }
        if is_in(PRONOUNS, mention) {
            let mut ids = self.pronoun(mention);
            if is_in(&["he", "she"], mention) {
                let male = mention.eq_ignore_ascii_case("he");
                // `Its spokesperson, Edgar Posadas, warned … — "…," he said`: a person named
                // earlier in the same sentence, before the quotation, is the one who says it.
                if let Some(name) = same_sentence_person(text, span.start) {
                    if let Some(id) = self.person_named(name, male) {
                        self.actors[id].mentions.push(span);
                        return vec![id];
                    }
                }
                // A person who opened the previous sentence without speaking (`Opposition
                // leader Keir Starmer disagreed. He said …`) is a closer antecedent than an
                // older speaker.
                if let Some((name, at)) = previous_subject_person(text, span.start) {
                    let older = ids.first().is_none_or(|&id| {
                        self.actors[id].mentions.last().is_none_or(|m| m.end < at)
                    });
                    let key = self.key_of(&name);
                    let same = ids.first().is_some_and(|&id| self.actors[id].key == key);
                    if older && !same {
                        if let Some(id) = self.person_named(name, male) {
                            ids = vec![id];
                        }
                    }
                }
            }
            if ids.is_empty() && is_in(&["he", "she"], mention) {
                ids.extend(self.pronoun_from_text(
                    text,
                    span.start,
                    mention.eq_ignore_ascii_case("he"),
                ));
            }
            for &id in &ids {
                self.actors[id].mentions.push(span);
            }
            return ids;
        }
        // A proper name resolves the same way every time; generic nouns depend on context.
        let proper = starts_upper(mention) && !mention.contains(char::is_lowercase) || {
            let first = mention.split_whitespace().next().unwrap_or("");
            starts_upper(first) && !is_in(&["the", "a", "an", "its", "his", "her", "their"], first)
        };
        let cached = if proper {
            self.mention_cache.get(mention).copied()
        } else {
            None
        };
        let id = cached.or_else(|| self.resolve_name(text, span, mention, 0));
        if let Some(id) = id {
            self.actors[id].mentions.push(span);
            if proper && cached.is_none() {
                self.mention_cache.insert(mention.to_string(), id);
            }
        }
        id.into_iter().collect()
    }

    pub(super) fn resolve_name(
        &mut self,
        text: &str,
        span: Span,
        mention: &str,
        depth: u8,
    ) -> Option<usize> {
        if depth > 3 {
            return None;
        }
        let (base, acronym) = split_acronym(mention);
        let words: Vec<&str> = base.split_whitespace().collect();
        let first = words.first().copied().unwrap_or("");
        let mut body: Vec<&str> = if is_in(&["the", "a", "an"], first) {
            words[1..].to_vec()
        } else {
            words.clone()
        };
        if body.is_empty() {
            return None;
        }
        // Documents with an author: `a report by X`, `a survey of … by X`.
        if let Some(by) = body.iter().position(|word| is_in(&["by", "from"], word)) {
            if body[..by].iter().any(|word| cues::is_source_noun(word)) && by + 1 < body.len() {
                let author_first = body[by + 1];
                let offset = author_offset(mention, author_first, by);
                let author_span = Span::new(span.start + offset.min(mention.len()), span.end);
                let author_text = author_span.slice(text);
                if !author_text.is_empty() {
                    return self.resolve_name(text, author_span, author_text, depth + 1);
                }
            }
        }
        // A named source's document speaks for the source: `WHO figures`, `Refinitiv data`.
        if body.len() >= 2 {
            let last = body[body.len() - 1];
            if last.starts_with(char::is_lowercase)
                && cues::is_source_noun(last)
                && body[..body.len() - 1].iter().all(|w| starts_upper(w))
            {
                let source = body[..body.len() - 1].join(" ");
                if let Some(offset) = mention.find(&source) {
                    let source_span =
                        Span::new(span.start + offset, span.start + offset + source.len());
                    if source_span.slice(text) == source {
                        return self.resolve_name(text, source_span, &source, depth + 1);
                    }
                }
            }
        }
        // A document without an author stands for the last organisation that published one.
        let body_key = significant_words(&body.join(" "));
        let doc_head = head_of(&body_key);
        if cues::is_source_noun(&doc_head)
            && body
                .iter()
                .take(2)
                .all(|w| w.starts_with(char::is_lowercase) || is_in(&["The", "A"], w))
            && is_in(&["the", "this", "that", "its"], first)
        {
            if let Some(id) = self
                .recent_speakers()
                .find(|&id| self.actors[id].kind == ActorKind::Organization)
            {
                return Some(id);
            }
        }
        // Roles: `spokesperson of X`, `a spokeswoman for WHO`, `X's spokesman`, and titles
        // before a name: `Porto Real coach Rui Tavares`.
        if let Some(role_idx) = body
            .iter()
            .position(|word| is_in(ROLE_NOUNS, word) && word.starts_with(char::is_lowercase))
        {
            let mut role_end = role_idx;
            while body
                .get(role_end + 1)
                .is_some_and(|w| is_in(ROLE_NOUNS, w) && w.starts_with(char::is_lowercase))
            {
                role_end += 1;
            }
            let after = body.get(role_end + 1).copied().unwrap_or("");
            let name_after = starts_upper(after)
                && body[role_end + 1..]
                    .iter()
                    .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w));
            if name_after {
                body = body[role_end + 1..].to_vec();
            } else {
                let role = normalise_role(body[role_idx]);
                let org_text = if is_in(&["of", "for", "at", "from", "with", "to"], after)
                    && role_idx + 2 < body.len()
                {
                    Some(body[role_idx + 2..].join(" "))
                } else if role_idx == 1 && is_in(GENERIC_ORG, body[0]) {
                    // `a union spokesman`: the union the text is about.
                    Some(format!("the {}", body[0]))
                } else if role_idx > 0
                    && (body[role_idx - 1].ends_with("'s")
                        || body[role_idx - 1].ends_with("’s")
                        || starts_upper(body[role_idx - 1]))
                {
                    Some(
                        body[..role_idx]
                            .join(" ")
                            .trim_end_matches("'s")
                            .trim_end_matches("’s")
                            .to_string(),
                    )
                } else {
                    None
                };
                let plural = body[role_idx].ends_with('s') && !body[role_idx].ends_with("ss");
                let role_kind = if plural {
                    ActorKind::Group
                } else {
                    ActorKind::Person
                };
                if let Some(org_text) = org_text {
                    // Drop a place after the organisation: `a spokeswoman for WHO in Geneva`.
                    let org_text = cut_at_word(&org_text, &["in", "who", "which", "on", "at"]);
                    let org_id = self.resolve_org(text, span, &org_text, depth);
                    let key = vec![format!("#{role}"), format!("#{org_id}")];
                    if let Some(id) = self.actors.iter().position(|actor| actor.key == key) {
                        return Some(id);
                    }
                    let org_name = self.actors[org_id].name.clone();
                    let id = self.add(
                        format!("{role} of {org_name}"),
                        key,
                        role_kind,
                        Some(org_id),
                    );
                    self.actors[id].head = role.to_string();
                    let org_aliases = self.actors[org_id].aliases.clone();
                    for alias in org_aliases {
                        self.add_alias(id, &format!("{role} of {alias}"));
                    }
                    return Some(id);
                }
                if body.len() <= 2 {
                    // `the spokesperson`: the most recent actor with this role.
                    if let Some(id) = self
                        .actors
                        .iter()
                        .rposition(|actor| actor.head == role && actor.member_of.is_some())
                    {
                        return Some(id);
                    }
                }
            }
        }
        // A person's affiliation: `Martha Kellerman of the consumer group FairFly`.
        if let Some(of) = body.iter().position(|w| *w == "of") {
            // Titles first are fine: `Professor James Whitfield of the London School …`.
            let titles = body[..of].iter().take_while(|w| is_in(TITLES, w)).count();
            let name_like = (2..=3).contains(&(of - titles))
                && body[titles..of].iter().all(|w| {
                    starts_upper(w)
                        && !is_in(ORG_WORDS, w)
                        && !is_in(TITLES, w)
                        && !is_in(GENERIC_ORG, w)
                        && !is_all_caps(w)
                });
            if name_like {
                body.truncate(of);
            }
        }
        // A document without an author (`a study published Thursday`) speaks as itself.
        if body[0].starts_with(char::is_lowercase) && cues::is_source_noun(body[0]) {
            let name = body[0].to_string();
            let key = vec![name.to_lowercase()];
            if let Some(&id) = self.by_key.get(&key) {
                return Some(id);
            }
            return Some(self.add(name, key, ActorKind::Document, None));
        }
        // A possessor before a name: `Britain's Competition and Consumer Authority`.
        if body.len() >= 2
            && (body[0].ends_with("'s") || body[0].ends_with("’s"))
            && starts_upper(body[1])
        {
            body.remove(0);
        }
        // A lower-case descriptor before a name: `the consumer group FairFly`. An organisation
        // noun in it (`the pilots' union Vereinigung Cockpit`) says what the name is.
        let mut org_descriptor = None;
        if body[0].starts_with(char::is_lowercase) {
            if let Some(tail) = body.iter().position(|w| starts_upper(w)) {
                if body[tail..]
                    .iter()
                    .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w))
                {
                    let noun = bare_word(body[tail - 1]).to_ascii_lowercase();
                    if tail > 0 && (is_in(GENERIC_ORG, &noun) || is_in(ORG_WORDS, &noun)) {
                        org_descriptor = Some(noun);
                    }
                    body = body[tail..].to_vec();
                }
            }
        } else if let Some(lower) = body.iter().rposition(|w| {
            w.starts_with(char::is_lowercase)
                && !is_in(FUNCTION_WORDS, w)
                && !is_in(NAME_PARTICLES, w)
        }) {
            // `Madrid striker Carla Lopez`: a descriptor, then a person's name.
            let tail = &body[lower + 1..];
            let person_like = (2..=3).contains(&tail.len())
                && tail
                    .iter()
                    .all(|w| starts_upper(w) && !is_in(ORG_WORDS, w) && !is_all_caps(w));
            // `State environmental agency Semas`: an organisation noun, then its name.
            let noun = body[lower].to_ascii_lowercase();
            let org_named = (1..=4).contains(&tail.len())
                && (is_in(GENERIC_ORG, &noun) || is_in(ORG_WORDS, &noun))
                && tail
                    .iter()
                    .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w));
            if org_named {
                org_descriptor = Some(noun);
                body = tail.to_vec();
            } else if person_like {
                body = tail.to_vec();
            }
        }
        let mut name_words = strip_titles(&body);
        let had_title = name_words.len() < body.len();
        if name_words.is_empty() {
            name_words = body.clone();
        }
        let name_text = name_words.join(" ");
        let mut key = self.key_of(&name_text);
        let mut display = name_text.clone();
        let mut aliases = Vec::new();
        if let Some(acronym) = acronym {
            let short = acronym.to_lowercase();
            if self.acronym(&short).is_none() {
                if let Some(found) = define_acronym(&name_words, acronym) {
                    self.acronyms.push(found);
                }
            }
            aliases.push(name_text.clone());
            // The acronym is another name only when it stands for the whole name (`WHO`),
            // not for a part of it (`EU` in `Chinese Mission to the European Union (EU)`).
            if covered_words(&name_words, acronym).len() == name_words.len() {
                aliases.push(acronym.to_string());
            }
            display = acronym_display(&name_words, acronym);
            key = self.key_of(&name_text);
        } else if key.len() == 1 {
            // A bare acronym defined elsewhere in the text: `WHO`.
            if let Some(known) = self.acronym(&key[0]) {
                let expansion = known.display.clone();
                aliases.push(expansion.clone());
                let expansion_words: Vec<&str> = expansion.split_whitespace().collect();
                display = acronym_display(&expansion_words, &name_text);
                aliases.push(name_text.clone());
            }
        }
        let name_head = head_of(&significant_words(&name_text));
        let generic = is_in(GENERIC_ORG, &name_head)
            && body.len() <= 8
            && body[1..]
                .iter()
                .all(|w| w.starts_with(char::is_lowercase) || is_in(FUNCTION_WORDS, w));
        // `The Irish Data Protection Commission has fined …, the regulator announced`: a generic
        // noun first stands for the organisation that opens its own sentence (or the one before).
        if generic && key.len() == 1 && aliases.is_empty() {
            if let Some(full) = sentence_subject_named(text, span.start, &name_head) {
                let full_key = self.key_of(&full);
                return Some(match self.find(&full_key, false) {
                    Some(id) => id,
                    None => self.add(full, full_key, ActorKind::Organization, None),
                });
            }
        }
        if let Some(id) = self.find(&key, generic) {
            for alias in &aliases {
                self.add_alias(id, alias);
            }
            if let Some(noun) = org_descriptor {
                if !self.actors[id].alias_words.contains(&noun) {
                    self.actors[id].alias_words.push(noun);
                }
            }
            return Some(id);
        }
        // `Mineração Verde, which operates the mine,`: `which`, not `who`, follows a thing.
        let which_follows = text
            .get(span.end..)
            .is_some_and(|rest| rest.starts_with(", which ") || rest.starts_with(", which,"));
        let kind = if org_descriptor.is_some() || which_follows {
            ActorKind::Organization
        } else {
            guess_kind(&name_words, had_title)
        };
        // A short name of someone named earlier in the text: `the corps`, `Vasquez`,
        // `Tasman Mutual`, `the company`.
        // A generic noun that heads an acronym's expansion: `the agency` after
        // `National Agency for Medicines and Health Products (ANMS)`.
        if generic && key.len() == 1 {
            let defined = self
                .acronyms
                .iter()
                .rev()
                .find(|acronym| head_of(&acronym.expansion) == key[0])
                .cloned();
            if let Some(acronym) = defined {
                let expansion_key = self.key_of(&acronym.display);
                if let Some(id) = self.find(&expansion_key, false) {
                    return Some(id);
                }
                let id = self.add(
                    acronym.display.clone(),
                    expansion_key,
                    ActorKind::Organization,
                    None,
                );
                self.add_alias(id, &acronym.short.to_uppercase());
                return Some(id);
            }
        }
        let corporate = generic && is_in(CORPORATE_NOUNS, &name_head);
        if aliases.is_empty() && (key.len() <= 2 || corporate) {
            let last = name_words.last().copied().unwrap_or("");
            let full = if corporate {
                recent_corporate_name(text, span.start)
                    .or_else(|| sentence_subject_company(text, span.start))
            } else if key.len() == 1 && (is_in(ORG_WORDS, last) || is_in(GENERIC_ORG, last))
                || starts_upper(last)
            {
                expand_from_text(text, span.start, last).filter(|full| {
                    let full_key = significant_words(full);
                    full_key.len() > key.len()
                        && key
                            .iter()
                            .all(|w| full_key.iter().any(|f| f.starts_with(w.as_str())))
                })
            } else {
                None
            };
            if let Some(full) = full {
                let full_key = self.key_of(&full);
                if let Some(id) = self.find(&full_key, false) {
                    return Some(id);
                }
                let full_words: Vec<&str> = full.split_whitespace().collect();
                let full_kind = if corporate || is_in(ORG_WORDS, last) || is_in(GENERIC_ORG, last) {
                    ActorKind::Organization
                } else {
                    guess_kind(&full_words, had_title)
                };
                let id = self.add(full.clone(), full_key, full_kind, None);
                self.add_alias(id, &display);
                return Some(id);
            }
        }
        let id = self.add(display, key, kind, None);
        for alias in &aliases {
            self.add_alias(id, alias);
        }
        // `the union` later finds `the pilots' union Vereinigung Cockpit`.
        if let Some(noun) = org_descriptor {
            self.actors[id].alias_words.push(noun);
        }
        if had_title {
            let title = body[0].trim_end_matches('.').to_ascii_lowercase();
            if matches!(title.as_str(), "mr" | "sir" | "lord" | "king" | "prince") {
                self.actors[id].male = Some(true);
            } else if matches!(
                title.as_str(),
                "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess"
            ) {
                self.actors[id].male = Some(false);
            }
        }
        Some(id)
    }

    pub(super) fn resolve_org(
        &mut self,
        text: &str,
        span: Span,
        org_text: &str,
        depth: u8,
    ) -> usize {
        let org_span = Span::new(span.start, span.start);
        if let Some(id) = self.resolve_name(text, org_span, org_text, depth + 1) {
            if self.actors[id].kind == ActorKind::Unknown
                || self.actors[id].kind == ActorKind::Person
            {
                self.actors[id].kind = ActorKind::Organization;
            }
            return id;
        }
        let display = org_text
            .trim_start_matches("the ")
            .trim_start_matches("The ")
            .to_string();
        let key = self.key_of(&display);
        self.add(display, key, ActorKind::Organization, None)
    }
}

/// An acronym defined in the text: `European Union (EU)`.
#[derive(Debug, Clone)]
pub(super) struct Acronym {
    /// The acronym in lower case.
    pub(super) short: String,
    /// The significant words of the expansion, in lower case.
    pub(super) expansion: Vec<String>,
    /// The expansion as written.
    pub(super) display: String,
}

/// The words an acronym stands for: the shortest matching tail of `words`, or all of them.
pub(super) fn covered_words<'a>(words: &[&'a str], acronym: &str) -> Vec<&'a str> {
    match (1..=words.len()).find(|&n| acronym_matches(acronym, &words[words.len() - n..])) {
        Some(n) => words[words.len() - n..].to_vec(),
        None => words.to_vec(),
    }
}

pub(super) fn define_acronym(words: &[&str], acronym: &str) -> Option<Acronym> {
    let covered = covered_words(words, acronym);
    if covered.is_empty() {
        return None;
    }
    let display = covered.join(" ");
    Some(Acronym {
        short: acronym.to_lowercase(),
        expansion: significant_words(&display),
        display,
    })
}

/// The display name of `words (ACRONYM)`: the acronym replaces the words it stands for
/// (`Chinese Mission to the EU`); a whole name stays written out unless it is long.
pub(super) fn acronym_display(words: &[&str], acronym: &str) -> String {
    let covered = covered_words(words, acronym);
    if covered.len() < words.len() {
        let mut kept: Vec<&str> = words[..words.len() - covered.len()].to_vec();
        kept.push(acronym);
        kept.join(" ")
    } else if words.len() > 5 {
        acronym.to_string()
    } else {
        words.join(" ")
    }
}

/// Finds every `Capitalised Name (ACR)` definition in the text.
pub(super) fn find_acronyms(text: &str) -> Vec<Acronym> {
    let mut out: Vec<Acronym> = Vec::new();
    let mut search = 0;
    while let Some(found) = text.get(search..).and_then(|rest| rest.find('(')) {
        let open = search + found;
        search = open + 1;
        // An acronym is short: look for the closing parenthesis nearby only.
        let nearby = &text.as_bytes()[open..(open + 24).min(text.len())];
        let Some(close) = nearby
            .iter()
            .position(|&byte| byte == b')')
            .map(|c| open + c)
        else {
            continue;
        };
        let inner = text.get(open + 1..close).unwrap_or("");
        if inner.len() > 16
            || inner.contains(' ')
            || !is_all_caps(inner)
            || inner.chars().filter(|c| c.is_alphabetic()).count() < 2
        {
            continue;
        }
        let (_, before) = window_before(text, open, 300);
        let line_start = before
            .rfind(['\n', '\r', '.', ',', ';', ':', '(', '"', '“'])
            .map_or(0, |idx| idx + 1);
        let phrase = before.get(line_start..).unwrap_or("");
        let mut words: Vec<&str> = Vec::new();
        for word in phrase.split_whitespace().rev() {
            if starts_upper(word) || is_in(FUNCTION_WORDS, word) {
                words.push(word);
            } else {
                break;
            }
            if words.len() >= 14 {
                break;
            }
        }
        words.reverse();
        while words
            .first()
            .is_some_and(|w| is_in(FUNCTION_WORDS, w) || w.ends_with("'s") || w.ends_with("’s"))
        {
            words.remove(0);
        }
        if words.is_empty() || out.iter().any(|a| a.short == inner.to_lowercase()) {
            continue;
        }
        if let Some(acronym) = define_acronym(&words, inner) {
            out.push(acronym);
        }
    }
    out
}

/// The most recent name with a corporate suffix before `before`: `Helix Devices Co.`.
pub(super) fn recent_corporate_name(text: &str, before: usize) -> Option<String> {
    let (_, window) = window_before(text, before, 4_000);
    let words = words_with_breaks(window);
    for idx in (0..words.len()).rev() {
        let bare = bare_word(words[idx].1);
        if !is_in(
            &[
                "co", "inc", "corp", "ltd", "llc", "plc", "s.a", "ag", "gmbh", "group", "airlines",
                "airways",
            ],
            bare,
        ) {
            continue;
        }
        let raw = words[idx].1.trim_end_matches([',', ';', ':', ')']);
        let mut name = vec![if raw.len() <= 5 { raw } else { bare }];
        let mut back = idx;
        while back > 0 {
            back -= 1;
            let candidate = words[back].1;
            if candidate == "\n"
                || !starts_upper(candidate)
                || candidate.ends_with([',', '.', ';', ':'])
                || is_in(INTRO_WORDS, candidate)
                || is_in(DETERMINERS, candidate)
            {
                break;
            }
            name.insert(0, candidate);
        }
        if name.len() >= 2 {
            return Some(name.join(" "));
        }
    }
    None
}

/// `the two leaders`, `both ministers`, `the three presidents`: people counted, by their role.
fn speakers_together(mention: &str) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let counted = match words.as_slice() {
        [both, _] => both.eq_ignore_ascii_case("both"),
        [the, number, _] => {
            the.eq_ignore_ascii_case("the") && is_in(&["two", "three", "four"], number)
        }
        _ => false,
    };
    let role = words.last().copied().unwrap_or("");
    counted
        && role.starts_with(char::is_lowercase)
        && role
            .strip_suffix('s')
            .is_some_and(|one| is_in(ROLE_NOUNS, one) || is_in(TITLES, one))
}

/// The name that opens the sentence holding `before`, or the sentence before it, when it can be
/// a company: `Lufthansa grounded dozens of flights …, the airline said.` A wire dateline
/// (`FRANKFURT, Oct 3 (Reuters) -`) is skipped; a name that looks like a person's, a public body
/// or a place is not taken.
pub(super) fn sentence_subject_company(text: &str, before: usize) -> Option<String> {
    sentence_subject_org(text, before, |words| {
        !words
            .iter()
            .any(|w| is_in(NON_CORPORATE_HEADS, bare_word(w)))
    })
}

/// The organisation named by `head` (`the regulator`, `the ministry`) that opens the sentence
/// holding `before`, or the one before: `The Irish Data Protection Commission has fined …, the
/// regulator announced.`
pub(super) fn sentence_subject_named(text: &str, before: usize, head: &str) -> Option<String> {
    let regulator = is_in(&["authority", "regulator", "watchdog"], head);
    sentence_subject_org(text, before, |words| {
        words.iter().any(|w| {
            let word = bare_word(w);
            word.eq_ignore_ascii_case(head)
                || (regulator
                    && is_in(
                        &[
                            "administration",
                            "agency",
                            "authority",
                            "board",
                            "commission",
                            "council",
                            "office",
                            "regulator",
                            "watchdog",
                        ],
                        word,
                    ))
        })
    })
}

/// The capitalised name that opens the sentence holding `before`, or the sentence before it,
/// if `accept` takes its words. A wire dateline (`FRANKFURT, Oct 3 (Reuters) -`) is skipped;
/// a name that looks like a person's, or has a title, is not taken.
fn sentence_subject_org(
    text: &str,
    before: usize,
    accept: impl Fn(&[&str]) -> bool,
) -> Option<String> {
    let (window_start, window) = window_before(text, before, 1_500);
    // The window's own start is a sentence start only at the start of the text.
    let mut starts = if window_start == 0 {
        vec![0]
    } else {
        Vec::new()
    };
    starts.extend(last_sentence_starts(window, 2));
    for &start in starts.iter().rev().take(2) {
        let mut sentence = window[start..].trim_start();
        // A wire dateline: `FRANKFURT, Oct 3 (Reuters) - Lufthansa …`.
        if let Some(dash) = sentence.get(..80.min(sentence.len())).and_then(|head| {
            head.find(" - ")
                .or_else(|| head.find(" — "))
                .or_else(|| head.find(" – "))
        }) {
            if sentence.split_whitespace().next().is_some_and(is_all_caps) {
                sentence = sentence[dash..].trim_start_matches([' ', '-', '—', '–']);
            }
        }
        let words: Vec<&str> = sentence
            .split_whitespace()
            .take_while(|w| starts_upper(w) && !w.ends_with([',', ':', ';']))
            .take(7)
            .collect();
        let words: Vec<&str> = match words.split_first() {
            Some((first, rest)) if is_in(DETERMINERS, first) => rest.to_vec(),
            _ => words,
        };
        // Any sentence starts with a capital: a single word must also be capitalised after a
        // lower-case word nearby (`Shares in Lufthansa fell`), which `Fares` or `Airline` never is.
        if words.is_empty()
            || words.iter().any(|w| is_in(TITLES, bare_word(w)))
            || guess_kind(&words, false) == ActorKind::Person
            || !accept(&words)
            || (words.len() == 1 && !capitalised_mid_sentence(text, before, bare_word(words[0])))
        {
            continue;
        }
        let name = words.join(" ");
        let name = name
            .trim_end_matches(['.', '\'', '’'])
            .trim_end_matches("'s");
        if !name.is_empty() {
            return Some(name.to_string());
        }
    }
    None
}

/// Whether `word` occurs right after a lower-case word within 8 KB of `around`: a substring
/// search, no allocation, so that it stays cheap when called for every mention.
fn capitalised_mid_sentence(text: &str, around: usize, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let (start, _) = window_before(text, around, 8_192);
    let mut end = (around + 8_192).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let scope = text.get(start..end).unwrap_or("");
    scope.match_indices(word).any(|(at, _)| {
        let after = scope[at + word.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            return false;
        }
        let lead = scope[..at].trim_end_matches(is_space);
        // After no space, or after a line break, is not after a word.
        if lead.len() == at || scope[lead.len()..at].contains(['\n', '\r']) {
            return false;
        }
        let previous = lead.rsplit(|c: char| is_space(c)).next().unwrap_or("");
        previous.starts_with(char::is_lowercase) && !previous.ends_with(['.', '!', '?', ':'])
    })
}

/// The last `size` bytes of `text` before `before` (from a char boundary), and where they start.
fn window_before(text: &str, before: usize, size: usize) -> (usize, &str) {
    let mut start = before.saturating_sub(size);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    (start, text.get(start..before).unwrap_or(""))
}

/// Where the last `n` sentences start in `window` (its own start not counted), in text order:
/// after a line break, or after `.`, `?` or `!` followed by a space, a line break or a closing
/// mark, but not after the full stop of `Jr.` or of a title (`Dr.`). It scans backwards, so a
/// long window costs only its tail.
fn last_sentence_starts(window: &str, n: usize) -> Vec<usize> {
    let abbreviation = |idx: usize| {
        let word = window
            .get(..idx)
            .unwrap_or("")
            .rsplit(|c: char| is_space(c))
            .next()
            .unwrap_or("");
        is_in(NAME_SUFFIXES, word) || is_in(TITLES, word)
    };
    let bytes = window.as_bytes();
    let mut starts = Vec::with_capacity(n);
    // The marks are ASCII, so a byte scan finds them without decoding.
    let mut idx = bytes.len();
    while idx > 0 && starts.len() < n {
        idx -= 1;
        let byte = bytes[idx];
        if matches!(byte, b'.' | b'?' | b'!' | b'\n')
            && window
                .get(idx + 1..)
                .is_some_and(|rest| rest.starts_with([' ', '\n', '"', '”', '’']))
            && !(byte == b'.' && abbreviation(idx))
        {
            starts.push(idx + 1);
        }
    }
    starts.reverse();
    starts
}

/// The person who opens the sentence before the one at `before` (`Opposition leader Keir
/// Starmer disagreed.`): a run of capitalised words, titles and role nouns at its start
/// ending in a two- or three-word name. Returns the name and where it starts.
pub(super) fn previous_subject_person(text: &str, before: usize) -> Option<(String, usize)> {
    let (window_start, window) = window_before(text, before, 600);
    // The start of the current sentence, then of the one before it.
    let sentence_starts = last_sentence_starts(window, 2);
    let n = sentence_starts.len();
    let start = if n >= 2 { sentence_starts[n - 2] } else { 0 };
    let end = if n >= 1 {
        sentence_starts[n - 1]
    } else {
        return None;
    };
    let raw = window.get(start..end)?;
    let sentence = raw.trim_start_matches(|c: char| is_space(c) || matches!(c, '"' | '”' | '’'));
    let offset = window_start + start + (raw.len() - sentence.len());
    let mut name_words: Vec<(usize, &str)> = Vec::new();
    let mut position = 0;
    for word in sentence.split(' ') {
        let bare = word.trim_end_matches([',', '.']);
        if is_in(NAME_SUFFIXES, bare) && !name_words.is_empty() {
            // `Ferdinand Marcos Jr.`: part of the name, not a word of it.
            position += word.len() + 1;
            if word.ends_with(',') {
                break;
            }
            continue;
        }
        if starts_upper(bare)
            && !is_in(INTRO_WORDS, bare)
            && !is_in(DETERMINERS, bare)
            && !is_in(PRONOUNS, bare)
        {
            if is_in(TITLES, bare) || is_in(ORG_WORDS, bare) {
                name_words.clear();
            } else {
                name_words.push((position, bare));
            }
        } else if is_in(ROLE_NOUNS, bare) || is_in(TITLES, bare) {
            name_words.clear();
        } else {
            break;
        }
        position += word.len() + 1;
        if word.ends_with(',') {
            break;
        }
    }
    if !(2..=3).contains(&name_words.len()) || name_words.iter().any(|(_, w)| is_all_caps(w)) {
        return None;
    }
    let name = name_words
        .iter()
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ");
    Some((name, offset + name_words[0].0))
}

/// For a pronoun right after a quotation (`… — "…," he said`), the last person named in the
/// same sentence before that quotation opened.
pub(super) fn same_sentence_person(text: &str, pronoun: usize) -> Option<String> {
    let before = text.get(..pronoun)?.trim_end();
    if !before.ends_with(['"', '”']) {
        return None;
    }
    let close = before.trim_end_matches([',', '"', '”']).len();
    let open = before.get(..close)?.rfind(['"', '“'])?;
    let (_, window) = window_before(text, open, 1_500);
    let lead = &window[last_sentence_starts(window, 1).last().copied().unwrap_or(0)..];
    last_person_in_text(lead, lead.len())
}

/// The last person named in the 3,000 bytes before `before`: two or three capitalised words
/// (after a title, or not at the start of a sentence) that are not an organisation.
pub(super) fn last_person_in_text(text: &str, before: usize) -> Option<String> {
    let (_, window) = window_before(text, before, 3_000);
    let words = words_with_breaks(window);
    let mut idx = words.len();
    while idx > 0 {
        idx -= 1;
        let last = bare_word(words[idx].1);
        let last = last
            .strip_suffix("'s")
            .or_else(|| last.strip_suffix("’s"))
            .unwrap_or(last);
        if !starts_upper(last) || last.len() < 2 || is_all_caps(last) {
            continue;
        }
        let mut first = idx;
        while first > 0 && idx - first < 3 {
            let raw = words[first - 1].1;
            let bare = bare_word(raw);
            if raw == "\n"
                || raw.ends_with([',', ';', ':', '"', '”'])
                || !starts_upper(bare)
                || is_in(TITLES, bare)
                || is_in(INTRO_WORDS, bare)
                || is_in(DETERMINERS, bare)
                || is_in(PRONOUNS, bare)
            {
                break;
            }
            if raw.ends_with('.') && bare.chars().count() != 1 {
                break;
            }
            first -= 1;
        }
        let n = idx - first + 1;
        let name: Vec<&str> = (first..=idx).map(|i| bare_word(words[i].1)).collect();
        let name: Vec<&str> = name
            .iter()
            .map(|w| {
                w.strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w)
            })
            .collect();
        let titled = first > 0 && is_in(TITLES, bare_word(words[first - 1].1));
        let sentence_start = first == 0
            || words[first - 1].1 == "\n"
            || words[first - 1].1.ends_with(['.', '?', '!', '"', '”']);
        let plausible = (2..=3).contains(&n)
            && name.iter().all(|w| {
                !is_in(ORG_WORDS, w)
                    && !is_in(TIME_WORDS, w)
                    && super::meta::parse_date(&format!("{w} 1, 2000")).is_none()
            })
            && (titled || !sentence_start || n >= 2);
        if plausible {
            return Some(name.join(" "));
        }
        idx = first;
    }
    None
}

/// A sign-off line under a quotation: a dash and a name (`— Steve Quinlan`,
/// `― Christina Lastra, Phoenix`). Returns the name.
pub(super) fn sign_off(text: &str, span: Span) -> Option<Span> {
    let line = span.slice(text);
    // `… unlike him.”― Carla Sanchez`: a sign-off glued to the closing mark.
    if let Some(dash) = rfind_long_dash(line) {
        let before = line.get(..dash).unwrap_or("").trim_end_matches(is_space);
        if dash > 0 && before.ends_with(['”', '"', '’']) {
            if let Some(name) = sign_off(text, Span::new(span.start + dash, span.end)) {
                return Some(name);
            }
        }
    }
    let rest = line.strip_prefix(['—', '―', '–', '-'])?;
    let skipped = line.len() - rest.len();
    let rest_trimmed = rest.trim_start_matches(is_space);
    let start = span.start + skipped + (rest.len() - rest_trimmed.len());
    let name = rest_trimmed.split(',').next()?.trim_end_matches(['.', ' ']);
    let words: Vec<&str> = name.split_whitespace().collect();
    let valid = (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w))
        && rest_trimmed.split_whitespace().count() <= 10
        && words
            .first()
            .is_some_and(|w| !is_in(DETERMINERS, w) && !is_in(PRONOUNS, w));
    valid.then(|| Span::new(start, start + name.len()))
}

/// The last `—` (U+2014) or `―` (U+2015) in `line`, found by bytes (`E2 80 94`/`95`): every
/// sentence is tested, and decoding it backwards cost more than the rest of the test.
fn rfind_long_dash(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    (0..bytes.len().saturating_sub(2)).rev().find(|&idx| {
        bytes[idx] == 0xe2 && bytes[idx + 1] == 0x80 && matches!(bytes[idx + 2], 0x94 | 0x95)
    })
}

/// The byte offset of the author in a `report by X` mention.
pub(super) fn author_offset(mention: &str, author_first: &str, by_idx: usize) -> usize {
    let mut seen = 0;
    for (offset, _) in mention.match_indices(author_first) {
        let before = mention.get(..offset).unwrap_or("");
        let n_words = before.split_whitespace().count();
        if n_words > by_idx {
            return offset;
        }
        seen = offset;
    }
    seen
}

/// Splits `X (ACR)` into `X` and `ACR`.
pub(super) fn split_acronym(mention: &str) -> (&str, Option<&str>) {
    let trimmed = mention.trim_end();
    if let Some(inner) = trimmed.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let acronym = inner.get(open + 1..).unwrap_or("").trim();
            let base = inner.get(..open).unwrap_or("").trim_end();
            let looks_like = !acronym.is_empty()
                && acronym.len() <= 16
                && acronym.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && is_all_caps(acronym)
                && !acronym.contains(' ');
            if looks_like && !base.is_empty() {
                return (base, Some(acronym));
            }
        }
    }
    (trimmed, None)
}

pub(super) fn cut_at_word(text: &str, words: &[&str]) -> String {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        if !out.is_empty() && is_in(words, word) && word.starts_with(char::is_lowercase) {
            break;
        }
        out.push(word);
    }
    out.join(" ")
}

pub(super) fn normalise_role(role: &str) -> &'static str {
    match role.to_ascii_lowercase().as_str() {
        "spokesperson" | "spokesman" | "spokeswoman" => "spokesperson",
        "spokespeople" | "spokespersons" => "spokespeople",
        "official" => "official",
        "officials" => "officials",
        "minister" => "minister",
        "ambassador" => "ambassador",
        "director" => "director",
        "president" => "president",
        "chairman" | "chairwoman" | "chair" => "chair",
        "secretary" => "secretary",
        "ceo" => "chief executive",
        "representative" => "representative",
        "source" => "source",
        "sources" => "sources",
        "members" => "members",
        "member" => "member",
        "executive" => "executive",
        "leader" => "leader",
        "head" | "chief" => "head",
        _ => "representative",
    }
}

/// Drops titles in front of a person's name: `U.S. District Judge Eleanor M. Harmon`.
pub(super) fn strip_titles<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let last_title = words.iter().rposition(|word| is_in(TITLES, word));
    match last_title {
        Some(idx)
            if words.len() - idx > 1
                && words[idx + 1..]
                    .iter()
                    .all(|word| starts_upper(word) && !is_in(ORG_WORDS, word)) =>
        {
            words[idx + 1..].to_vec()
        }
        _ => words.to_vec(),
    }
}

pub(super) fn guess_kind(words: &[&str], had_title: bool) -> ActorKind {
    let Some(last) = words.last() else {
        return ActorKind::Unknown;
    };
    let last_lower = last.to_lowercase();
    if had_title {
        return ActorKind::Person;
    }
    if words.iter().any(|word| is_in(ORG_WORDS, word)) {
        return ActorKind::Organization;
    }
    if cues::is_source_noun(&last_lower) {
        return ActorKind::Document;
    }
    if words.len() == 1 && is_all_caps(last) && last.chars().count() >= 2 {
        return ActorKind::Organization;
    }
    let plural =
        last_lower.ends_with('s') && !last_lower.ends_with("ss") && !last_lower.ends_with("us");
    let lowercase_head = last.starts_with(char::is_lowercase) || (words.len() == 1 && plural);
    if plural && (lowercase_head || is_in(&["police", "people"], &last_lower)) {
        return ActorKind::Group;
    }
    if is_in(
        &["police", "people", "residents", "critics", "experts"],
        &last_lower,
    ) {
        return ActorKind::Group;
    }
    // `Economists at Goldman Sachs`: a plural head before a preposition.
    if let Some(prep) = words
        .iter()
        .position(|w| is_in(&["at", "of", "from", "for", "with", "in"], w))
    {
        let head = words[..prep]
            .last()
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        if prep >= 1
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !head.ends_with("us")
            && words[..prep]
                .iter()
                .skip(1)
                .all(|w| w.starts_with(char::is_lowercase))
        {
            return ActorKind::Group;
        }
    }
    let capitalised = words.iter().filter(|word| starts_upper(word)).count();
    if (2..=4).contains(&words.len()) && capitalised == words.len() {
        return ActorKind::Person;
    }
    ActorKind::Unknown
}

/// The words of `text` with their byte offsets; a line break between two words is recorded
/// as a `"\n"` word so that names never run across lines.
pub(super) fn words_with_breaks(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (idx, ch) in text.char_indices() {
        if is_space(ch) {
            if let Some(word_start) = start.take() {
                out.push((word_start, text.get(word_start..idx).unwrap_or("")));
            }
            if matches!(ch, '\n' | '\r') && out.last().is_none_or(|(_, w)| *w != "\n") {
                out.push((idx, "\n"));
            }
        } else if start.is_none() {
            start = Some(idx);
        }
    }
    if let Some(word_start) = start {
        out.push((word_start, text.get(word_start..).unwrap_or("")));
    }
    out
}

pub(super) fn bare_word(word: &str) -> &str {
    word.trim_end_matches([',', ';', ':', ')', '"', '”', '’'])
        .trim_end_matches('.')
        .trim_start_matches(['(', '"', '“', '‘'])
}

/// Finds the last capitalised occurrence of `word` before `before` and expands it to the
/// full name around it (`the corps` → `U.S. Army Corps of Engineers`, `Vasquez` →
/// `Marco Vasquez`, `Tasman Mutual` → `Tasman Mutual Bank`).
pub(super) fn expand_from_text(text: &str, before: usize, word: &str) -> Option<String> {
    // Search for the capitalised word, then read only the text around each occurrence.
    let mut capitalised = String::with_capacity(word.len());
    let mut chars = word.chars();
    capitalised.extend(chars.next()?.to_uppercase());
    capitalised.push_str(chars.as_str());
    let (window_start, scope) = window_before(text, before, 4_000);
    for (offset, _) in scope.rmatch_indices(capitalised.as_str()) {
        let at = window_start + offset;
        let mut local_start = at.saturating_sub(160);
        while !text.is_char_boundary(local_start) {
            local_start += 1;
        }
        if local_start > 0 {
            // Start at a word boundary.
            if let Some(space) = text.get(local_start..at).and_then(|piece| piece.find(' ')) {
                local_start += space + 1;
            }
        }
        let mut local_end = (at + capitalised.len() + 240).min(before);
        while !text.is_char_boundary(local_end) {
            local_end -= 1;
        }
        if let Some(found) = expand_in(text.get(local_start..local_end)?, at - local_start, word) {
            return Some(found);
        }
    }
    None
}

/// Expands the name whose word starts at byte `at` of `hay`.
pub(super) fn expand_in(hay: &str, at: usize, word: &str) -> Option<String> {
    let words = words_with_breaks(hay);
    for idx in (0..words.len()).rev() {
        let (word_at, raw_word) = words[idx];
        if !(word_at..word_at + raw_word.len()).contains(&at) {
            continue;
        }
        let candidate = bare_word(raw_word);
        let candidate = candidate
            .strip_suffix("'s")
            .or_else(|| candidate.strip_suffix("’s"))
            .unwrap_or(candidate);
        if !candidate.eq_ignore_ascii_case(word) || !starts_upper(candidate) {
            return None;
        }
        let mut name: Vec<&str> = vec![candidate];
        // Leftwards over capitalised words (stopping at titles, openers and line breaks).
        let mut back = idx;
        while back > 0 {
            back -= 1;
            let raw = words[back].1;
            if raw == "\n"
                || raw.ends_with([',', ';', ':', '.', '"', '”'])
                    && !(raw.len() <= 5
                        && raw.ends_with('.')
                        && raw.contains(char::is_uppercase)
                        && !is_in(TITLES, bare_word(raw)))
            {
                break;
            }
            let bare = bare_word(raw);
            if !starts_upper(bare)
                || is_in(TITLES, bare)
                || is_in(INTRO_WORDS, bare)
                || is_in(DETERMINERS, bare)
                || is_in(PRONOUNS, bare)
            {
                break;
            }
            let bare = bare.strip_suffix("'s").or_else(|| bare.strip_suffix("’s"));
            if bare.is_some() {
                // `Kenya's Daniel Kiprono`: a possessor is not part of the name.
                break;
            }
            name.insert(0, raw.trim_start_matches(['(', '"', '“', '‘']));
        }
        // Rightwards over capitalised words and connectors.
        let mut ahead = idx + 1;
        let ends_phrase = words[idx].1.ends_with([',', ';', ':', ')'])
            || (words[idx].1.ends_with('.') && words[idx].1.len() > 5);
        if !ends_phrase {
            while ahead < words.len() {
                let raw = words[ahead].1;
                if raw == "\n" {
                    break;
                }
                let bare = bare_word(raw);
                if raw.starts_with('(') {
                    break;
                }
                let connector = is_in(&["of", "for"], bare)
                    && words
                        .get(ahead + 1)
                        .is_some_and(|(_, next)| starts_upper(bare_word(next)));
                // Only organisation words extend a name rightwards (`Tasman Mutual Bank`,
                // `Skyline Airways`, `Farmacorp S.A.`); title-case headlines must not.
                let after_connector = name.last().is_some_and(|w| is_in(&["of", "for"], w));
                let org_part = starts_upper(bare)
                    && (after_connector
                        || is_in(ORG_WORDS, bare)
                        || is_in(CORPORATE_SUFFIXES, bare)
                        || (raw.contains('.') && raw.len() <= 6));
                if !org_part && !connector {
                    break;
                }
                let trimmed = raw.trim_end_matches([',', ';', ':', ')']);
                let keep_dot = trimmed.ends_with('.')
                    && trimmed.len() <= 5
                    && trimmed.contains(char::is_uppercase);
                name.push(if keep_dot { trimmed } else { bare });
                if raw.ends_with([',', ';', ':', ')']) || (raw.ends_with('.') && !keep_dot) {
                    break;
                }
                ahead += 1;
            }
        }
        while name.last().is_some_and(|w| is_in(&["of", "for", "and"], w)) {
            name.pop();
        }
        // `Host Chris Wallace …` at the start of a sentence: the first word is not the name's.
        let first_idx = idx + 1 - name.len().min(idx + 1);
        let sentence_start = first_idx == 0
            || words
                .get(first_idx.wrapping_sub(1))
                .is_some_and(|(_, w)| *w == "\n" || w.ends_with(['.', '?', '!', '"', '”']));
        let organisation = name.iter().any(|w| is_in(ORG_WORDS, w));
        if name.len() >= 3
            && sentence_start
            && !organisation
            && name[0].chars().count() > 2
            && !name[1].ends_with('.')
        {
            name.remove(0);
        }
        if name.len() < 2 {
            return None;
        }
        return Some(name.join(" "));
    }
    None
}
