//! The registry of draft actors: lookup by key, short names and generic nouns, pronouns
//! and the history of who spoke.

use super::*;
use crate::analysis::frugal::push_frugally;
use crate::analysis::lexicon::*;
use crate::analysis::{ActorKind, Span};

impl Registry {
    /// An empty registry that knows the acronyms `text` defines.
    pub(in crate::analysis) fn new(text: &str) -> Registry {
        Registry {
            acronyms: find_acronyms(text),
            ..Registry::default()
        }
    }

    /// Frees the look-up tables, the history and, in each draft, what only look-ups needed
    /// (see [`Draft::forget_lookups`]). The drafts stay, with their names, kinds, mentions and
    /// aliases; nothing can be resolved after this.
    pub(in crate::analysis) fn forget_lookups(&mut self) {
        let mut actors = std::mem::take(&mut self.actors);
        *self = Registry::default();
        for draft in &mut actors {
            draft.forget_lookups();
        }
        self.actors = actors;
    }

    pub(in crate::analysis) fn fold_acronyms(&self, mut words: Vec<String>) -> Vec<String> {
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

    pub(in crate::analysis) fn key_of(&self, name: &str) -> Vec<String> {
        self.fold_acronyms(significant_words(name))
    }

    pub(in crate::analysis) fn acronym(&self, lower: &str) -> Option<&Acronym> {
        self.acronyms.iter().find(|acronym| acronym.short == lower)
    }

    pub(in crate::analysis) fn spoke(&mut self, ids: &[DraftId]) {
        for &id in ids {
            if let Some(actor) = self.actors.get_mut(id.index()) {
                actor.spoke = true;
                actor.n_spoke = actor.n_spoke.saturating_add(1);
            }
        }
        if !ids.is_empty() {
            push_frugally(&mut self.history, ids.to_vec());
        }
    }

    /// The most recent speaker, within the last `window` statements, that `keep` accepts.
    /// The actors of the first statement made by several together (`… Duda and … Macron said`).
    pub(in crate::analysis) fn first_group(&self) -> Vec<DraftId> {
        self.history
            .iter()
            .find(|entry| entry.len() >= 2)
            .cloned()
            .unwrap_or_default()
    }

    /// The first person to speak in the article (`…, says Chinese official` names them).
    pub(in crate::analysis) fn first_person_speaker(&self) -> Option<DraftId> {
        self.first_speaker(ActorKind::Person)
    }

    /// The first actor of `kind` that spoke in the body.
    pub(in crate::analysis) fn first_speaker(&self, kind: ActorKind) -> Option<DraftId> {
        self.history
            .iter()
            .flatten()
            .copied()
            .find(|&id| self.actors[id].kind == kind)
    }

    /// The first body speaker that is an organisation whose name has the generic noun `head`
    /// (`… is unfounded - embassy` over `the Tolvian Embassy in Nordhavn said`).
    pub(in crate::analysis) fn first_speaker_with_head(&self, head: &str) -> Option<DraftId> {
        self.history.iter().flatten().copied().find(|&id| {
            let actor = &self.actors[id];
            actor.kind == ActorKind::Organization
                && actor
                    .name
                    .split_whitespace()
                    .any(|word| word.eq_ignore_ascii_case(head))
        })
    }

    /// The first body speaker that stands for the country named `country` in a headline
    /// (`Tolvia urges …` over `the Tolvian Embassy said`, or over `Tolvian Foreign Ministry
    /// spokesperson Ines Varga said`): one whose name, organisation, title or first mention has
    /// the country's adjective (a word sharing its first four letters and more, with a
    /// nationality ending).
    pub(in crate::analysis) fn first_speaker_for_country(
        &self,
        text: &str,
        country: &str,
    ) -> Option<DraftId> {
        let country = country.to_lowercase();
        if country.chars().count() < 4 || !country.chars().all(char::is_alphabetic) {
            return None;
        }
        let adjective = |word: &str| {
            let shared = word
                .chars()
                .zip(country.chars())
                .take_while(|(a, b)| a == b)
                .count();
            word != country
                && shared >= 4
                && shared + 3 >= country.chars().count()
                && has_nationality_ending(word)
        };
        // `Tolvia says …` over a body where Tolvia itself speaks: the country, not the first
        // Tolvian body that spoke.
        let itself = self
            .history
            .iter()
            .flatten()
            .copied()
            .find(|&id| matches!(&self.actors[id].key[..], [only] if *only == country));
        if itself.is_some() {
            return itself;
        }
        self.history.iter().flatten().copied().find(|&id| {
            let actor = &self.actors[id];
            let org = actor.member_of.map(|org| &self.actors[org].key[..]);
            let title = actor.role.as_ref().map(|role| &role.org[..]);
            let first_mention = actor.mentions.first().map_or("", |span| span.slice(text));
            [Some(&actor.key[..]), org, title]
                .into_iter()
                .flatten()
                .flatten()
                .any(|word| adjective(word))
                || first_mention
                    .split_whitespace()
                    .any(|word| adjective(&word.to_lowercase()))
        })
    }

    /// The most recently added actors, the latest first.
    pub(super) fn recent_actors(&self) -> impl Iterator<Item = DraftId> {
        (0..self.actors.len())
            .rev()
            .take(RECENT_ACTORS)
            .map(DraftId::new)
    }

    /// The actors of the latest statements, most recent first.
    pub(super) fn recent_speakers(&self) -> impl Iterator<Item = DraftId> + '_ {
        self.history
            .iter()
            .rev()
            .take(HISTORY_WINDOW)
            .flatten()
            .copied()
    }

    fn last_speaker(&self, window: usize, keep: impl Fn(&Draft) -> bool) -> Option<DraftId> {
        self.history
            .iter()
            .rev()
            .take(window)
            .flatten()
            .copied()
            .find(|&id| keep(&self.actors[id]))
    }

    pub(in crate::analysis) fn pronoun(&mut self, word: &str) -> Vec<DraftId> {
        let lower = word.to_ascii_lowercase();
        match lower.as_str() {
            "he" | "she" => {
                let male = lower == "he";
                let compatible = |actor: &Draft| actor.male.is_none_or(|m| m == male);
                let person = |actor: &Draft| actor.kind == ActorKind::Person && compatible(actor);
                let found = self
                    .last_speaker(PRONOUN_REACH, person)
                    .or_else(|| self.recent_actors().find(|&id| person(&self.actors[id])))
                    .or_else(|| {
                        self.last_speaker(HISTORY_WINDOW, |actor| actor.kind == ActorKind::Unknown)
                    });
                if let Some(id) = found {
                    self.actors[id].male = Some(male);
                }
                found.into_iter().collect()
            }
            // Not a plural document (`Leaked documents show …`): that is `they`.
            "it" => self
                .last_speaker(PRONOUN_REACH, |actor| match actor.kind {
                    ActorKind::Organization | ActorKind::Unknown => true,
                    ActorKind::Document => !is_plural_noun(&actor.name),
                    _ => false,
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
                // `The club said … They also believe …`: with no group to refer to, an
                // organisation that made the latest statement (a club, a party, a company).
                match self.history.last().map(Vec::as_slice) {
                    Some(&[id])
                        if matches!(
                            self.actors[id].kind,
                            ActorKind::Organization | ActorKind::Unknown
                        ) =>
                    {
                        vec![id]
                    }
                    _ => Vec::new(),
                }
            }
            _ => Vec::new(),
        }
    }

    /// For a `he`/`she` at `pronoun` right after a subordinator (`after she said`) or a
    /// relative `which` (`the plan, which he argued …`), the person who opens the same
    /// sentence, if one does.
    fn subordinate_clause_subject(
        &mut self,
        text: &str,
        pronoun: usize,
        male: bool,
    ) -> Option<DraftId> {
        let before = text.get(..pronoun)?.trim_end();
        let word = before.rsplit(char::is_whitespace).next()?;
        // (`… ready for what she called a busy winter`, `… denied claims that she lied`.)
        let opens_clause = is_in(SUBORDINATORS, word) || is_in(&["that", "what", "which"], word);
        if !(opens_clause && word.starts_with(char::is_lowercase)) {
            return None;
        }
        let SubjectPerson { name, titled, .. } = current_subject_person(text, pronoun)?;
        self.subject_person(name, titled, Some(male))
    }

    /// `the 47-year-old`, `the Dane`: a person described by age or nationality. The person the
    /// text gave that age (`Tomas Holm, 47,`); else one who opened the previous sentence
    /// without speaking since (`Tolvik boss Pavel Brun was less happy.`); else the last person
    /// who spoke.
    fn described_person(&mut self, text: &str, span: Span, bare: &str) -> Option<DraftId> {
        let age = super::descriptors::described_age(bare);
        // `the batting great`, `the Hollywood veteran`: an epithet of a person.
        let epithet = bare.rsplit(' ').next().is_some_and(|head| {
            is_in(PERSON_EPITHETS, head) && head.starts_with(char::is_lowercase)
        }) && bare.split(' ').count() <= 3;
        if age.is_none() && !is_in(DEMONYMS, bare) && !epithet {
            return None;
        }
        if let Some(id) = age.and_then(|age| self.person_of_age(text, span, age)) {
            return Some(id);
        }
        let speaker = self
            .recent_speakers()
            .find(|&id| self.actors[id].kind == ActorKind::Person);
        let quote_start = quotation_before(text, span.start).unwrap_or(span.start);
        if let Some(SubjectPerson { name, at, titled }) = previous_subject_person(text, quote_start)
        {
            let older =
                speaker.is_none_or(|id| self.actors[id].mentions.last().is_none_or(|m| m.end < at));
            if let Some(id) = older
                .then(|| self.subject_person(name, titled, None))
                .flatten()
            {
                return Some(id);
            }
        }
        speaker
    }

    /// A `he`/`she` with no speaker to refer to: the last person named in the text before it.
    pub(in crate::analysis) fn pronoun_from_text(
        &mut self,
        text: &str,
        before: usize,
        male: bool,
    ) -> Option<DraftId> {
        let name = self.last_person.before(text, before)?;
        let id = self.person_by_name(name);
        if self.actors[id].male.is_some_and(|m| m != male) {
            return None;
        }
        self.actors[id].male = Some(male);
        Some(id)
    }

    /// Finds an existing actor for a name, most recent first.
    pub(in crate::analysis) fn find(&self, key: &[String], generic: bool) -> Option<DraftId> {
        if key.is_empty() {
            return None;
        }
        if let Some(id) = self.by_key.get(&self.actors, key) {
            return Some(id);
        }
        self.find_by_words(key, generic)
    }

    /// [`Registry::find`] once no actor has exactly `key` (not empty).
    pub(super) fn find_by_words(&self, key: &[String], generic: bool) -> Option<DraftId> {
        if key.len() > 3 {
            return self.find_generic(key, generic);
        }
        let head = head_word(key);
        let word_matches = |word: &String, actor: &Draft| {
            actor
                .key
                .iter()
                .map(String::as_str)
                .chain(actor.alias_words.iter())
                .any(|candidate| {
                    candidate == word
                        || (word.len() >= 5
                            && candidate.len() >= 5
                            && (candidate.starts_with(word.as_str())
                                || word.starts_with(candidate)))
                })
        };
        // Short names: every word of the mention is in the actor's name, and the heads agree
        // (`the Mission`, `Calloway`, `Tasman Mutual`).
        // Only the most recent actors are searched, which keeps long inputs linear.
        let recent_start = self.actors.len().saturating_sub(RECENT_ACTORS);
        let needed = key
            .iter()
            .filter(|word| !is_in(FUNCTION_WORDS, word))
            .fold(0, |bits, word| bits | word_bit(word));
        let matches = |actor: &Draft| {
            // Members never match, and an actor without a word's bit lacks the word: both
            // are told from the draft itself, without reading its words.
            if actor.member_of.is_some() || actor.word_bits & needed != needed {
                return false;
            }
            let all_in = key
                .iter()
                .all(|word| is_in(FUNCTION_WORDS, word) || word_matches(word, actor));
            // A person's surname alone: the last word (`Calloway`), or the first of a two- or
            // three-word name given family or given name first (`Zhao` for `Zhao Lijian`,
            // `Tedros` for `Tedros Adhanom Ghebreyesus`).
            let person_name = actor.kind == ActorKind::Person
                && key.len() == 1
                && (actor.key.last() == key.last()
                    || (2..=3).contains(&actor.key.len()) && actor.key.first() == key.first());
            let role = actor.member_of.is_some();
            all_in && !role && (actor.head() == head || key.len() >= 2 || person_name)
        };
        let recent = &self.actors[recent_start..];
        let found = recent.iter().rposition(matches).map(|offset| {
            // A surname that two people share (`Varga` after `Ines Varga` and `Piet Varga`) is
            // the one the article introduced first; the other goes by full name.
            if key.len() == 1 && recent[offset].kind == ActorKind::Person {
                recent
                    .iter()
                    .position(|actor| actor.kind == ActorKind::Person && matches(actor))
                    .unwrap_or(offset)
            } else {
                offset
            }
        });
        if let Some(offset) = found {
            return Some(DraftId::new(recent_start + offset));
        }
        self.find_generic(key, generic)
    }

    /// Generic nouns stand for a recent organisation: `the company said`.
    pub(in crate::analysis) fn find_generic(
        &self,
        key: &[String],
        generic: bool,
    ) -> Option<DraftId> {
        let head = head_word(key);
        if generic && is_in(GENERIC_ORG, head) {
            let corporate = is_in(CORPORATE_NOUNS, head);
            let regulator = is_in(&["regulator", "watchdog", "authority"], head);
            let recent = || self.recent_speakers().chain(self.recent_actors());
            let with_head = recent().find(|&id| {
                let actor = &self.actors[id];
                actor.kind == ActorKind::Organization
                    && actor
                        .key
                        .iter()
                        .map(String::as_str)
                        .chain(actor.alias_words.iter())
                        .any(|word| {
                            word == head
                                // `the Bench stated`: the judges of the court named before.
                                || stands_for(head) == Some(word)
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
            // `the Tolvian body` after `the Tolvian FA`: the organisation whose name has the
            // nationality (not `the local body`).
            if let [nationality, _] = key {
                let named = has_nationality_ending(nationality)
                    .then(|| {
                        recent().find(|&id| {
                            let actor = &self.actors[id];
                            actor.kind == ActorKind::Organization && actor.key.contains(nationality)
                        })
                    })
                    .flatten();
                if named.is_some() {
                    return named;
                }
            }
            // Otherwise, for a bare noun (`the regulator`), the organisation that has spoken most;
            // but an embassy, a union or a court is only one named so.
            if key.len() > 1 || is_in(POSTED_ORG_WORDS, head) || is_in(NAMED_ONLY_ORGS, head) {
                return None;
            }
            // Ties go to the most recent (the first in this order).
            let mut best: Option<(DraftId, u32)> = None;
            for id in self.recent_speakers() {
                // (Nor is a police force, a court, a union or an embassy `the ministry`.)
                let actor = &self.actors[id];
                if actor.kind != ActorKind::Organization
                    || is_in(NAMED_ONLY_ORGS, head_word(&actor.key))
                    || actor.key.iter().any(|word| is_in(POSTED_ORG_WORDS, word))
                {
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

    pub(in crate::analysis) fn add(
        &mut self,
        name: String,
        key: Vec<String>,
        kind: ActorKind,
        member_of: Option<DraftId>,
    ) -> DraftId {
        // Control characters (a NUL from a damaged file, an escape) are never part of a name.
        let mut name = if name.chars().any(char::is_control) {
            let cleaned: String = name.chars().filter(|c| !c.is_control()).collect();
            cleaned.trim().to_string()
        } else {
            name
        };
        // Names and keys are often built with `format!`, which reserves more than it writes;
        // they are kept until the article is read (the name in the analysis), so only what
        // they hold is kept.
        name.shrink_to_fit();
        let mut key = key;
        for word in &mut key {
            word.shrink_to_fit();
        }
        let alias_words = Words::of_name(&name);
        let word_bits = key
            .iter()
            .map(String::as_str)
            .chain(alias_words.iter())
            .fold(0, |bits, word| bits | word_bit(word));
        // (Boxed, the key's vector is shrunk in place, not copied as into an `Rc`.)
        let key = key.into_boxed_slice();
        self.by_key
            .insert(&self.actors, &key, DraftId::new(self.actors.len()));
        push_frugally(
            &mut self.actors,
            Draft {
                name,
                key,
                kind,
                member_of,
                mentions: Vec::new(),
                aliases: Vec::new(),
                alias_words,
                word_bits,
                male: None,
                role: None,
                spoke: false,
                n_spoke: 0,
            },
        );
        DraftId::new(self.actors.len() - 1)
    }

    pub(in crate::analysis) fn add_alias(&mut self, id: DraftId, alias: &str) {
        let alias = alias.trim();
        if alias.is_empty()
            || self.actors[id].name == alias
            || self.actors[id].aliases.iter().any(|a| a == alias)
        {
            return;
        }
        self.actors[id].add_alias_words_of(alias);
        self.actors[id].aliases.push(alias.to_string());
    }

    /// The person who opens a sentence as the referent of `he` (`male`) or `she`: a surname
    /// alone names a person met before (`Holm`) or, after a title, anyone; a longer name anyone
    /// ([`Registry::person_named`]).
    pub(in crate::analysis) fn subject_person(
        &mut self,
        name: String,
        titled: bool,
        male: Option<bool>,
    ) -> Option<DraftId> {
        if name.contains(' ') {
            return self.person_named(name, male);
        }
        let surname = name.to_lowercase();
        let id = self.actors.iter().rposition(|actor| {
            actor.kind == ActorKind::Person
                && actor.member_of.is_none()
                && actor.key.len() >= 2
                && actor.key.last() == Some(&surname)
                && male.is_none_or(|male| actor.male.is_none_or(|m| m == male))
        });
        // `Prime Minister May`: a title makes one word a person's name.
        let Some(id) = id else {
            return titled.then(|| self.person_named(name, male)).flatten();
        };
        self.actors[id].male = male.or(self.actors[id].male);
        Some(DraftId::new(id))
    }

    /// The actor called `name`, or a new person of that name.
    pub(super) fn person_by_name(&mut self, name: String) -> DraftId {
        let key = self.key_of(&name);
        match self.find(&key, false) {
            Some(id) => id,
            None => self.add(name, key, ActorKind::Person, None),
        }
    }

    /// The person called `name`, added if new, as the speaker of a quotation that follows their
    /// introduction; `None` if the name is something else's.
    pub(in crate::analysis) fn introduced_person(&mut self, name: String) -> Option<DraftId> {
        let id = self.person_by_name(name);
        let actor = &mut self.actors[id];
        match actor.kind {
            ActorKind::Person => Some(id),
            ActorKind::Unknown => {
                actor.kind = ActorKind::Person;
                Some(id)
            }
            _ => None,
        }
    }

    /// The person called `name` (added if new) as the referent of `he` (`male`) or `she`, unless
    /// the name belongs to something else or to someone of the other gender.
    /// The person called `name` (found or added), of the sex `male` gives when it is known.
    fn person_named(&mut self, name: String, male: Option<bool>) -> Option<DraftId> {
        let id = self.person_by_name(name);
        let actor = &mut self.actors[id];
        let other_sex = male.is_some_and(|male| actor.male.is_some_and(|m| m != male));
        if actor.kind != ActorKind::Person || other_sex {
            return None;
        }
        actor.male = male.or(actor.male);
        Some(id)
    }

    /// Resolves a mention whose name is written differently in the text (a transcript label
    /// in capitals).
    pub(in crate::analysis) fn resolve_named(
        &mut self,
        text: &str,
        span: Span,
        name: &str,
    ) -> Vec<DraftId> {
        let id = self.resolve_name(text, span, name, 0);
        if let Some(id) = id {
            self.actors[id].mention(span);
        }
        id.into_iter().collect()
    }

    /// Resolves one mention (a cleaned noun phrase) to actors.
    pub(in crate::analysis) fn resolve(&mut self, text: &str, span: Span) -> Vec<DraftId> {
        let mention = subject_pronoun(span.slice(text).trim());
        if mention.is_empty() || names_no_one(mention) {
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
                    self.actors[id].mention(span);
                }
                return ids;
            }
        }
        // `the 27-year-old`: the person the text gave that age (`Tomas Holm, 27,`), else the
        // last person who spoke.
        let bare = without_leading_the(mention);
        if let Some(id) = self.described_person(text, span, bare) {
            self.actors[id].mention(span);
            return vec![id];
        }
        if is_in(PRONOUNS, mention) {
            // `Ada Holm and Ines Varga have not seen this. They say …`: the two people who
            // opened the sentence before, together.
            if mention.eq_ignore_ascii_case("they") {
                let previous = previous_sentence(text, span.start);
                if let Some(ids) = self.subject_pair(span, previous) {
                    return ids;
                }
                if let Some(id) = self.subject_group(text, previous) {
                    self.actors[id].mention(span);
                    return vec![id];
                }
            }
            let mut ids = self.pronoun(mention);
            if is_in(&["he", "she"], mention) {
                let male = mention.eq_ignore_ascii_case("he");
                // `Its spokesperson, Edgar Posadas, warned … — "…," he said`: a person named
                // earlier in the same sentence, before the quotation, is the one who says it.
                if let Some(name) = same_sentence_person(text, span.start) {
                    if let Some(id) = self.person_named(name, Some(male)) {
                        self.actors[id].mention(span);
                        return vec![id];
                    }
                }
                // `Ines Varga drew criticism after she appeared to suggest …`: a pronoun in a
                // subordinate clause is the person who opens its own sentence.
                if let Some(id) = self.subordinate_clause_subject(text, span.start, male) {
                    self.actors[id].mention(span);
                    return vec![id];
                }
                // A person who opened the previous sentence without speaking (`Opposition
                // leader Keir Starmer disagreed. He said …`) is a closer antecedent than an
                // older speaker.
                // (Before the quotation the pronoun closes, which may hold several sentences.)
                let quote_start = quotation_before(text, span.start).unwrap_or(span.start);
                if let Some(SubjectPerson { name, at, titled }) =
                    previous_subject_person_through(text, quote_start, mention)
                {
                    let older = ids.first().is_none_or(|&id| {
                        self.actors[id].mentions.last().is_none_or(|m| m.end < at)
                    });
                    let key = self.key_of(&name);
                    let same = ids
                        .first()
                        .is_some_and(|&id| *self.actors[id].key == key[..]);
                    if older && !same {
                        if let Some(id) = self.subject_person(name, titled, Some(male)) {
                            ids = vec![id];
                        }
                    }
                }
            }
            if ids.is_empty() && is_in(&["he", "she"], mention) {
                // Not a name inside the quotation just closed: its speaker talks of others.
                let quote_start = quotation_before(text, span.start).unwrap_or(span.start);
                ids.extend(self.pronoun_from_text(
                    text,
                    quote_start,
                    mention.eq_ignore_ascii_case("he"),
                ));
            }
            for &id in &ids {
                self.actors[id].mention(span);
            }
            return ids;
        }
        // A proper name resolves the same way every time; generic nouns depend on context.
        let proper = starts_upper(mention) && !mention.contains(char::is_lowercase) || {
            let first = mention.split_whitespace().next().unwrap_or("");
            starts_upper(first) && !is_in(&["the", "a", "an", "its", "his", "her", "their"], first)
        };
        let id = self
            .resolve_cached(text, span, mention, proper)
            .filter(|&id| !self.actors[id].is_unowned_document());
        if let Some(id) = id {
            self.actors[id].mention(span);
        }
        id.into_iter().collect()
    }
}

/// Whether the last word of `name` is a plural noun in `-s` (`documents`, `figures`; not
/// `analysis`, `census`, `access`).
fn is_plural_noun(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
}

/// `according to him`: an object pronoun stands for the same speakers as its subject form.
/// `No one`, `Nobody`, `No casualties`: a subject that denies anyone said it (not `No 10`,
/// Downing Street).
fn names_no_one(mention: &str) -> bool {
    let mut words = mention.split_whitespace();
    let first = words.next().unwrap_or("");
    first.eq_ignore_ascii_case("nobody")
        || (first.eq_ignore_ascii_case("no")
            && words
                .next()
                .is_some_and(|next| !next.starts_with(|c: char| c.is_ascii_digit())))
}

pub(super) fn subject_pronoun(mention: &str) -> &str {
    OBJECT_PRONOUNS
        .iter()
        .find(|(object, _)| object.eq_ignore_ascii_case(mention))
        .map_or(mention, |&(_, subject)| subject)
}

/// How far back [`quotation_before`] looks for a quotation's opening mark: a bound keeps
/// one long paragraph of many quotations linear.
const QUOTATION_REACH: usize = 3_000;

/// Where the quotation opens that closes just before `at` (`"…," he said`), in the same
/// paragraph and within [`QUOTATION_REACH`]; `None` if no quotation closes there.
fn quotation_before(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?.trim_end();
    let head = head.strip_suffix(['"', '”'])?;
    let head = head.strip_suffix([',', '.', '!', '?', '…'])?;
    let (window_start, window) = window_before(head, head.len(), QUOTATION_REACH);
    let open = window.rfind(['"', '“'])?;
    (!window[open..].contains('\n')).then_some(window_start + open)
}
