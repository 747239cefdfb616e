//! Roles: members of an organisation (`spokesperson of WHO`), a role with no name (`the
//! spokesperson`), a role of a person (`her spokesman`, `his lawyer`), and a title before a
//! name.

use std::ops::ControlFlow::{self, Break, Continue};

use super::descriptors::*;
use super::*;
use crate::analysis::lexicon::*;
use crate::analysis::text::is_all_caps;
use crate::analysis::{ActorKind, Span};

impl Registry {
    /// Roles: `spokesperson of X`, `a spokeswoman for WHO`, `X's spokesman` are members of
    /// X; `the spokesperson` the last such member. Titles before a name (`Porto Real coach Rui
    /// Tavares`) are dropped from `body`.
    pub(super) fn resolve_role(
        &mut self,
        text: &str,
        span: Span,
        body: &mut Vec<&str>,
        depth: u8,
        title_role: &mut Option<(String, Vec<String>)>,
        definite: bool,
    ) -> ControlFlow<Option<DraftId>> {
        if let Some(id) = definite
            .then(|| self.lone_title(text, span, body, depth))
            .flatten()
        {
            return Break(Some(id));
        }
        let Some(role_idx) = role_index(body, definite) else {
            return Continue(());
        };
        self.note_context();
        if title_before_name(body, role_idx, title_role) {
            return Continue(());
        }
        let after = word_after_role(body, role_idx);
        if let Some(id) = self.role_near(&body[role_idx..]) {
            return Break(Some(id));
        }
        // `Tolvia's ambassador to Norland Pavel Brun`: a post to a country, then its holder,
        // who is the speaker (named by the last two words).
        if after == "to" && envoy_then_name(&body[role_idx + 2..]) {
            body.drain(..body.len() - 2);
            return Continue(());
        }
        // `India head coach for the South Africa tour VVS Laxman`: a complement that ends in a
        // common noun, then a name; the holder is the speaker.
        if is_in(&["for", "of", "at", "on"], after) {
            if let Some(name_start) = name_after_complement(&body[role_idx + 2..]) {
                body.drain(..role_idx + 2 + name_start);
                return Continue(());
            }
        }
        let role = normalise_role(body[role_idx]);
        // `a neighbour of the victim`, `mother of three`: a relative or neighbour of someone is
        // no member of an organisation.
        let kin_of = after == "of" && is_in(KIN_NOUNS, body[role_idx]);
        let org_text = if kin_of {
            None
        } else if is_in(&["of", "for", "at", "from", "with", "to"], after)
            && role_idx + 2 < body.len()
        {
            Some(body[role_idx + 2..].join(" "))
        } else if role_idx >= 1
            && body[..role_idx - 1]
                .iter()
                .all(|word| word.starts_with(char::is_lowercase) && is_describing_word(word))
            && (is_in(GENERIC_ORG, body[role_idx - 1])
                || (is_in(ORG_WORDS, body[role_idx - 1])
                    && body[role_idx - 1].starts_with(char::is_lowercase)))
        {
            // `a union spokesman`, `a police spokeswoman`, `the local union president`: the
            // union the text is about.
            Some(format!("the {}", body[role_idx - 1]))
        } else if role_idx > 0
            && (is_possessive(body[role_idx - 1])
                || (starts_upper(body[role_idx - 1])
                    && !is_describing_word(body[role_idx - 1])
                    // `Its spokesman`, `Our correspondent` at a sentence's start: a determiner,
                    // not an organisation's name.
                    && !is_in(DETERMINERS, body[role_idx - 1])
                    // `a Tolvian official`: a nationality describes the person; no
                    // organisation `Tolvian` (a spokesperson speaks for one: `the Tolvian
                    // spokesman` is the state's).
                    && (role == "spokesperson" || !is_nationality_descriptor(&body[..role_idx]))))
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
        if let Some(id) = definite
            .then(|| self.definite_holder(text, span, body, role_idx, depth))
            .flatten()
        {
            return Break(Some(id));
        }
        if let Some(org_text) = org_text {
            // Drop a place after the organisation: `a spokeswoman for WHO in Geneva`.
            let org_text = cut_at_word(&org_text, &["in", "who", "which", "on", "at"]);
            if !plural && starts_upper(body[role_idx - usize::from(role_idx > 0)]) {
                if let Some(id) = self.titled_speaker(&org_text, body[role_idx]) {
                    return Break(Some(id));
                }
            }
            // `Brun's lawyer`: an office that serves a person.
            let owner_kind = if is_in(PERSONAL_OFFICES, body[role_idx]) {
                ActorKind::Person
            } else {
                ActorKind::Organization
            };
            let org_id = self.resolve_org(text, span, &org_text, depth, owner_kind);
            let id = self.member(role, org_id, role_kind);
            self.actors[id].take_role(role_key(body[role_idx]));
            return Break(Some(id));
        }
        if body.len() <= 2 {
            let unnamed = self.unnamed_role(text, span, body[role_idx], role, definite, plural);
            return unnamed.map_or(Continue(()), |id| Break(Some(id)));
        }
        Continue(())
    }

    /// A lower-case title alone after `the`: `the judge` after `Judge Anna Roos` is the person
    /// named last with that title; `"…," the senator told reporters` right after `Ada Lund
    /// said …`, when no one was introduced as a senator, is the person just speaking (an
    /// office that names its holder; not `the judge` or `the host`, often someone else).
    fn lone_title(&mut self, text: &str, span: Span, body: &[&str], depth: u8) -> Option<DraftId> {
        let [word] = body[..] else {
            return None;
        };
        if !(is_in(TITLES, word) && word.starts_with(char::is_lowercase)) {
            return None;
        }
        self.note_context();
        let title = format!(
            "{}{}",
            word[..1].to_ascii_uppercase(),
            word[1..].to_ascii_lowercase()
        );
        self.introduced_with(text, span, &title, true, depth)
            .or_else(|| {
                is_in(PUBLIC_OFFICES, word)
                    .then(|| self.in_focus(text, span, ActorKind::Person))
                    .flatten()
            })
    }

    /// The one a definite role names (`the former Dunmore coach`, `The Deputy President`, `the
    /// Tolvian spokesman`), if the text already has them.
    fn definite_holder(
        &mut self,
        text: &str,
        span: Span,
        body: &[&str],
        role_idx: usize,
        depth: u8,
    ) -> Option<DraftId> {
        let role = normalise_role(body[role_idx]);
        let plural = body[role_idx].ends_with('s') && !body[role_idx].ends_with("ss");
        // `The Deputy President` after `Deputy President Pavel Brun`: the person introduced
        // with that title.
        if role_idx + 1 == body.len() && role_idx >= 1 {
            if let Some(id) = self.introduced_with(text, span, &body.join(" "), false, depth) {
                return Some(id);
            }
        }
        // `the former Dunmore coach`: a past role describes someone the text is about, never a
        // current member of the organisation.
        // So does a nationality or party before a role of one person: `the Democratic nominee`,
        // `the Tolvian skipper` (not `the Vatican spokesman`, the voice of an organisation).
        let former = |word: &&str| word.eq_ignore_ascii_case("former") || word.starts_with("ex-");
        let nationality = is_nationality_descriptor(&body[..role_idx]);
        if body[..role_idx].iter().any(former) || (role != "spokesperson" && nationality) {
            return self.in_focus(text, span, ActorKind::Person);
        }
        // `The Tolvian spokesman` after `Tolvia's Foreign Ministry's spokesman` said something:
        // the spokesperson already named.
        if !plural && role == "spokesperson" && nationality {
            return self.spokesperson_of_nation(body[0]);
        }
        None
    }

    /// `her spokesman said`, `his lawyer told reporters`: a role (up to two lower-case words
    /// before it) of the person the pronoun stands for: the one who opens the sentence, or the
    /// last person named before it.
    pub(super) fn possessive_role(
        &mut self,
        text: &str,
        span: Span,
        first: &str,
        body: &[&str],
    ) -> ControlFlow<DraftId> {
        // (Compared ignoring case, without a lower-case copy.)
        let male = if first.eq_ignore_ascii_case("his") {
            true
        } else if first.eq_ignore_ascii_case("her") {
            false
        } else {
            return Continue(());
        };
        self.note_context();
        let Some((&role_word, between)) = body.get(1..).and_then(<[&str]>::split_last) else {
            return Continue(());
        };
        // (An office, not kin or friends: `his brother` is no role.)
        let office =
            normalise_role(role_word) != "representative" || is_in(PERSONAL_OFFICES, role_word);
        if between.len() > 2
            || !office
            || !is_in(ROLE_NOUNS, role_word)
            || !body[1..]
                .iter()
                .all(|word| word.starts_with(char::is_lowercase))
        {
            return Continue(());
        }
        // The person who opens the sentence (`Ines Varga trusts Holm, her aide said`), else the
        // last person named.
        let in_paragraph = |name: &str, at: usize| {
            plain_name(name)
                && text
                    .get(at..span.start)
                    .is_some_and(|gap| !gap.contains('\n'))
        };
        let subject = current_subject_person(text, span.start)
            .filter(|subject| in_paragraph(&subject.name, subject.at))
            .and_then(|subject| self.subject_person(subject.name, subject.titled, Some(male)));
        let role = role_key(role_word);
        // `her spokesman` again, with no one new opening the sentence: the same role-holder.
        let earlier = || {
            self.actors.iter().rposition(|actor| {
                actor.head() == role
                    && actor
                        .member_of
                        .is_some_and(|owner| self.actors[owner.index()].kind == ActorKind::Person)
            })
        };
        if subject.is_none() {
            if let Some(id) = earlier() {
                return Break(DraftId::new(id));
            }
        }
        let Some(owner) = subject
            .or_else(|| self.pronoun_from_text(text, span.start, male))
            .filter(|&owner| plain_name(&self.actors[owner.index()].name))
        else {
            return Continue(());
        };
        let plural = role_word.ends_with('s') && !role_word.ends_with("ss");
        let kind = if plural {
            ActorKind::Group
        } else {
            ActorKind::Person
        };
        Break(self.member(&role, owner, kind))
    }

    /// A role with no organisation and no name (`the spokesperson`, `a spokesman`, `the
    /// health secretary`), or `None` for a new actor.
    pub(super) fn unnamed_role(
        &mut self,
        text: &str,
        span: Span,
        word: &str,
        role: &'static str,
        definite: bool,
        plural: bool,
    ) -> Option<DraftId> {
        // `the spokesperson`: the most recent actor with this role, a member of an
        // organisation or (for `the`) a person introduced with it (`Spokesman Hong Lei`).
        let key = role_key(word);
        if let Some(id) = self.actors.iter().rposition(|actor| {
            (actor.member_of.is_some() && actor.head() == role)
                || (definite && actor.role_key() == Some(key.as_str()))
        }) {
            return Some(DraftId::new(id));
        }
        // `the neighbor said` after `said a neighbor`, `the source added` after `another
        // source said` or `a source close to the board said`: the latest speaker that the
        // bare role already named.
        if definite {
            let lower = word.to_ascii_lowercase();
            if let Some(id) = self.recent_speakers().find(|&id| {
                let actor = &self.actors[id];
                actor.member_of.is_none()
                    && (head_word(&actor.key) == lower || actor.key.first() == Some(&lower))
            }) {
                return Some(id);
            }
        }
        // `a spokesman said` with no organisation named: the spokesperson of the
        // organisation that spoke last.
        if role == "spokesperson" {
            let role_kind = if plural {
                ActorKind::Group
            } else {
                ActorKind::Person
            };
            let org = self
                .recent_speakers()
                .find(|&id| self.actors[id].kind == ActorKind::Organization)?;
            let id = self.member(role, org, role_kind);
            self.actors[id].take_role(key);
            return Some(id);
        }
        // `The health secretary condemned …` right after `Jane Roe said …`: a definite
        // title with no name and no organisation describes the person just speaking.
        // Failing that, for a role that is no office's title, the person the text named last
        // (`the star midfielder praised …` after `Captain Ines Varga accepted the defeat`;
        // not `the president`).
        // (`the source said` with no source before: an unnamed source is never a person the
        // text named.)
        if definite && !plural && role != "source" {
            let in_focus = self.in_focus(text, span, ActorKind::Person);
            if in_focus.is_some() || is_in(TITLES, word) {
                return in_focus;
            }
            let name = self.last_person.before(text, span.start)?;
            return Some(self.person_by_name(name));
        }
        None
    }

    /// The actor of `kind` the text is about at the descriptor at `span`: the single actor of
    /// the latest statement. A definite descriptor (`the 30-year-old`, `the former Dunmore
    /// coach`, `Norland's largest miner`) names it rather than someone new, unless it is one of
    /// several subjects (`the mayor and the police chief`), which are as many new actors.
    pub(in crate::analysis) fn in_focus(
        &self,
        text: &str,
        span: Span,
        kind: ActorKind,
    ) -> Option<DraftId> {
        let before = text.get(..span.start).unwrap_or("").trim_end();
        let after = text.get(span.end..).unwrap_or("").trim_start();
        let joined = |word: &str| word == "and" || word == "or" || word == "&";
        if before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(joined)
            || after.starts_with(',')
            || after.split(char::is_whitespace).next().is_some_and(joined)
        {
            return None;
        }
        match self.history.last().map(Vec::as_slice) {
            Some(&[id]) if self.actors[id].kind == kind => Some(id),
            _ => None,
        }
    }

    /// The recent person whose age the text gives as `age` right after a mention before
    /// `span` (`Tomas Holm, 30,`, `said Ines Varga, 45.`); the latest such mention wins.
    pub(super) fn person_of_age(&self, text: &str, span: Span, age: &str) -> Option<DraftId> {
        let aged = |mention: &Span| {
            mention.end <= span.start
                && text.get(mention.end..).is_some_and(|rest| {
                    rest.strip_prefix(", ")
                        .and_then(|rest| rest.strip_prefix(age))
                        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
                })
        };
        self.recent_actors()
            .filter(|&id| self.actors[id].kind == ActorKind::Person)
            .filter_map(|id| {
                let latest = self.actors[id].mentions.iter().filter(|m| aged(m)).max()?;
                Some((latest.end, id))
            })
            .max()
            .map(|(_, id)| id)
    }

    /// The recent person whose name ends in `name`, or else the person of that name.
    fn person_of_name(
        &mut self,
        text: &str,
        span: Span,
        name: &[&str],
        depth: u8,
    ) -> Option<DraftId> {
        self.recent_person_named(name).or_else(|| {
            let id = self.resolve_name(text, span, &name.join(" "), depth + 1)?;
            (self.actors[id].kind == ActorKind::Person).then_some(id)
        })
    }

    /// The most recent person whose name ends in the words `name` (`Varga`, `Ines Varga`).
    fn recent_person_named(&self, name: &[&str]) -> Option<DraftId> {
        if name.is_empty() {
            return None;
        }
        self.recent_actors().find(|&id| {
            let actor = &self.actors[id];
            actor.kind == ActorKind::Person
                && actor
                    .name
                    .split_whitespace()
                    .rev()
                    .take(name.len())
                    .eq(name.iter().rev().copied())
        })
    }

    /// The person the text last named with `title` before `span` (`Deputy President Pavel
    /// Brun` for `the Deputy President`): a recent person of that name, or else that name. A
    /// title `alone` is not inside a longer one (`Judge Roos` for `the judge`, not `Vice
    /// President Brun` for `the president`), and a one-word name after it (`Judge Roos`)
    /// counts only as a person already met.
    fn introduced_with(
        &mut self,
        text: &str,
        span: Span,
        title: &str,
        alone: bool,
        depth: u8,
    ) -> Option<DraftId> {
        let (_, window) = window_before(text, span.start, 4_000);
        let name = window.rmatch_indices(title).find_map(|(at, _)| {
            let inside_longer = window[..at]
                .split_whitespace()
                .next_back()
                .is_some_and(|prev| starts_upper(prev) && !prev.ends_with(['.', ',', ':', '"']));
            if alone && inside_longer {
                return None;
            }
            let rest = window[at + title.len()..].strip_prefix(' ')?;
            let mut name: Vec<&str> = Vec::new();
            for word in rest.split_whitespace().take(3) {
                let bare = bare_word(word);
                let bare = without_possessive(bare);
                if !starts_upper(bare) || is_in(FUNCTION_WORDS, bare) {
                    break;
                }
                name.push(bare);
                if bare.len() != word.len() {
                    break;
                }
            }
            (!name.is_empty()).then_some(name)
        })?;
        if alone && name.len() < 2 {
            return self.recent_person_named(&name);
        }
        self.person_of_name(text, span, &name, depth)
    }

    /// The latest spokesperson (a member, or a person introduced as one) whose organisation
    /// is of the nation of `adjective`, or else the only spokesperson so far.
    fn spokesperson_of_nation(&self, adjective: &str) -> Option<DraftId> {
        let adjective = adjective.to_lowercase();
        let org_words = |actor: &Draft| -> Vec<String> {
            match actor.member_of {
                Some(org) => self.actors[org].key.to_vec(),
                None => actor.role_org().to_vec(),
            }
        };
        let spokespeople: Vec<usize> = (0..self.actors.len())
            .filter(|&idx| {
                let actor = &self.actors[idx];
                (actor.member_of.is_some() && actor.head() == "spokesperson")
                    || actor.role_key() == Some("spokesperson")
            })
            .collect();
        let of_nation = spokespeople.iter().rev().find(|&&idx| {
            org_words(&self.actors[idx])
                .iter()
                .any(|word| same_nation(word, &adjective))
        });
        match (of_nation, spokespeople.as_slice()) {
            (Some(&idx), _) | (None, &[idx]) => Some(DraftId::new(idx)),
            _ => None,
        }
    }

    /// `the Burnley boss` after `Burnley manager Sean Dyche` spoke: a recent speaker whose
    /// title named the organisation, with the same role (or any, for an informal one: `boss`).
    pub(super) fn titled_speaker(&self, org_text: &str, role: &str) -> Option<DraftId> {
        let org_words = significant_words(org_text);
        let key = role_key(role);
        let any_role = is_in(INFORMAL_ROLES, role);
        self.recent_speakers().find(|&id| {
            let actor = &self.actors[id];
            let same_role = actor.role_key() == Some(key.as_str());
            // `its Chairman Ines Varga`: the organisation was only a pronoun, so any
            // organisation's chairman may be her.
            let unknown_org = actor
                .role_org()
                .iter()
                .all(|word| is_in(&["its", "their"], word));
            actor.member_of.is_none()
                && !actor.role_org().is_empty()
                && (org_words
                    .iter()
                    .all(|word| actor.role_org().iter().any(|org| same_nation(org, word)))
                    || (unknown_org && same_role))
                && (any_role || same_role)
        })
    }

    /// The unnamed role described by its nearness to someone (`source close to the Trade
    /// Board`, `people familiar with the talks`: not the board), added if new.
    fn role_near(&mut self, words: &[&str]) -> Option<DraftId> {
        if !(words.len() > 2 && is_in(NEAR_ADJECTIVES, words[1])) {
            return None;
        }
        let name = words.join(" ");
        let key = self.key_of(&name);
        if let Some(id) = self.by_key.get(&self.actors, &key) {
            return Some(id);
        }
        let role = words[0];
        let plural = role.ends_with('s') && !role.ends_with("ss");
        let kind = if plural {
            ActorKind::Group
        } else {
            ActorKind::Person
        };
        Some(self.add(name, key, kind, None))
    }

    /// The member of organisation `org_id` with `role` (`spokesperson of WHO`), added if new.
    pub(super) fn member(&mut self, role: &str, org_id: DraftId, role_kind: ActorKind) -> DraftId {
        let key = vec![format!("#{role}"), format!("#{}", org_id.index())];
        // By key, not by a scan of every actor: an input of thousands of roles stays linear.
        if let Some(id) = self.by_key.get(&self.actors, &key) {
            return id;
        }
        let org_name = self.actors[org_id].name.clone();
        let id = self.add(
            format!("{role} of {org_name}"),
            key,
            role_kind,
            Some(org_id),
        );
        let org_aliases = self.actors[org_id].aliases.clone();
        for alias in org_aliases {
            self.add_alias(id, &format!("{role} of {alias}"));
        }
        id
    }
}

/// The word after a role and its domain (`of` in `spokesperson of WHO`, `Andrew` in `director
/// of enforcement Andrew Procter`).
fn word_after_role<'a>(body: &[&'a str], role_idx: usize) -> &'a str {
    let role_end = role_end(body, role_idx);
    let name_from = domain_end(body, role_end).unwrap_or(role_end) + 1;
    body.get(name_from).copied().unwrap_or("")
}

/// A title before a name, dropped from `body`; the role it gives the person goes to
/// `title_role`. Whether `body` was a title and a name.
fn title_before_name(
    body: &mut Vec<&str>,
    role_idx: usize,
    title_role: &mut Option<(String, Vec<String>)>,
) -> bool {
    let role_end = role_end(body, role_idx);
    // `director of enforcement Andrew Procter`: the role's domain, then the name.
    let name_from = domain_end(body, role_end).unwrap_or(role_end) + 1;
    let after = word_after_role(body, role_idx);
    let name_after = starts_upper(after)
        && body[name_from..]
            .iter()
            .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w));
    if name_after {
        let org_words = significant_words(
            body[..role_idx]
                .join(" ")
                .trim_end_matches("'s")
                .trim_end_matches("’s"),
        );
        *title_role = Some((role_key(body[role_end]), org_words));
        *body = body[name_from..].to_vec();
        return true;
    }
    // `Presidential candidate Marco Rubio's campaign`: a title before a name that owns
    // the speaker; the title is dropped.
    if starts_upper(after) && body[role_end + 1..].iter().any(|w| is_possessive(w)) {
        *body = body[role_end + 1..].to_vec();
        return true;
    }
    // `Spokesman of the Tolvian Ministry of Foreign Affairs Tomas Holm`: the person holds
    // the role, and the organisation is the title's.
    if let Some(start) = is_in(&["of", "for"], after)
        .then(|| person_after_org(&body[role_idx + 2..]))
        .flatten()
    {
        let name_from = role_idx + 2 + start;
        let org_words = significant_words(&body[role_idx + 2..name_from].join(" "));
        *title_role = Some((role_key(body[role_idx]), org_words));
        *body = body[name_from..].to_vec();
        return true;
    }
    false
}

/// Whether `name` is written as a person's name: letters, spaces, hyphens, stops and
/// apostrophes, and no word in capitals (not `FBI… It`).
fn plain_name(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '\'' | '’'))
        && !name.split(' ').any(is_all_caps)
}

/// Whether `word` may be a word of a person's name after a role: capitalised letters, no
/// organisation word and no title.
fn name_word(word: &str) -> bool {
    starts_upper(word)
        && word.chars().all(char::is_alphabetic)
        && !is_in(ORG_WORDS, &word.to_lowercase())
        && !is_in(TITLES, word)
}

/// Whether the words after `to` in a role are a capitalised place followed by a two-word name:
/// `Norland Pavel Brun`, `the United States Ines Varga` (not `the United Nations`).
fn envoy_then_name(after_to: &[&str]) -> bool {
    let n = after_to.len();
    n >= 3
        && after_to
            .iter()
            .all(|word| starts_upper(word) || is_in(&["the", "of"], word))
        && after_to[..n - 2].iter().any(|word| starts_upper(word))
        && after_to[n - 2..].iter().all(|word| name_word(word))
}

/// Where a person's name of two or three words starts at the end of a role's complement,
/// right after a lower-case common noun: `the South Africa tour VVS Laxman` (not `Ines Varga`,
/// nor `the port of Tolvik`).
fn name_after_complement(complement: &[&str]) -> Option<usize> {
    let n = complement.len();
    let name_len = complement
        .iter()
        .rev()
        .take_while(|word| name_word(word))
        .count()
        .min(3);
    let noun = complement.get(n.checked_sub(name_len + 1)?)?;
    ((2..=3).contains(&name_len)
        && noun.chars().all(|c| c.is_lowercase())
        && !is_in(FUNCTION_WORDS, noun)
        && !is_in(DETERMINERS, noun))
    .then_some(n - name_len)
}

/// Whether two lower-case words name the same thing or a country and its adjective (`tolvia`
/// and `tolvian`, `iran` and `iranian`, `china` and `chinese`).
fn same_nation(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let shared = short
        .bytes()
        .zip(long.bytes())
        .take_while(|(x, y)| x == y)
        .count();
    shared >= 4 && shared + 3 >= long.len() && has_nationality_ending(long)
}
