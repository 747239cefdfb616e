//! Resolving a proper-name mention to a draft actor: documents and their authors, roles of
//! organisations, descriptors, titles and acronyms, short names expanded from the text.

use std::ops::ControlFlow::{self, Break, Continue};

use super::descriptors::*;
use super::*;
use crate::analysis::cues;
use crate::analysis::lexicon::*;
use crate::analysis::{ActorKind, Span};

/// The forms of a name once descriptors and titles are gone.
struct NameForms<'n> {
    /// The name's words, without titles.
    words: &'n [&'n str],
    /// Whether a title stood before the name (`Dr.`, `Sen.`).
    had_title: bool,
    text: String,
    key: Vec<String>,
    /// The head of the text ([`significant_head`]), read with the key.
    head: String,
    /// The form a new actor is displayed by, when it is not `text` (an acronym's expansion
    /// shown with it): built only then.
    display: Option<String>,
    aliases: Vec<String>,
}

impl NameForms<'_> {
    /// The form a new actor is displayed by.
    fn display(&self) -> &str {
        self.display.as_deref().unwrap_or(&self.text)
    }
}

impl Registry {
    /// Resolves the proper-name `mention` at `span` to a draft actor, adding one if needed.
    /// The stages run in order; each either decides (`Break`) or leaves it to the next.
    pub(in crate::analysis) fn resolve_name(
        &mut self,
        text: &str,
        span: Span,
        mention: &str,
        depth: u8,
    ) -> Option<DraftId> {
        if depth > 3 {
            return None;
        }
        let (base, acronym) = split_acronym(mention);
        let mut body: Vec<&str> = base.split_whitespace().collect();
        let first = body.first().copied().unwrap_or("");
        if is_in(ARTICLES, first) {
            body.remove(0);
        }
        if body.is_empty() {
            return None;
        }
        if let Break(id) = self.resolve_document(text, span, mention, first, &body, depth) {
            return id;
        }
        if let Some(id) = self.police_force_of_officers(&body) {
            return Some(id);
        }
        if let Break(id) = self.possessive_role(text, span, first, &body) {
            return Some(id);
        }
        let mut title_role = None;
        let definite = first.eq_ignore_ascii_case("the");
        // `the 30-year-old said`: an age describes the person just speaking; `Norland's
        // largest listed miner` the organisation just speaking.
        let focus = if definite && body.len() == 1 && is_age_descriptor(body[0]) {
            Some(ActorKind::Person)
        } else if definite && is_partisan_descriptor(&body) {
            // `the Kentucky Republican` after `said Mitch Harlan, the Kentucky Republican`.
            Some(ActorKind::Person)
        } else if definite && is_based_descriptor(&body) {
            // `the Paris-based think tank` after `The Paris-based think tank Groupe Horizon`.
            let head = body[body.len() - 1];
            Some(if is_in(ROLE_NOUNS, head) {
                ActorKind::Person
            } else {
                ActorKind::Organization
            })
        } else if is_group_member_descriptor(&body) {
            // `One said: …` after `Some commuters criticised the closure …`.
            Some(ActorKind::Group)
        } else {
            is_ranked_descriptor(&body).then_some(ActorKind::Organization)
        };
        if focus.is_some() {
            self.note_context();
        }
        if let Some(id) = focus.and_then(|kind| self.in_focus(text, span, kind)) {
            return Some(id);
        }
        let role = self.resolve_role(text, span, &mut body, depth, &mut title_role, definite);
        if let Break(id) = role {
            return id;
        }
        let title_role = title_role.or_else(|| capitalised_title(&body));
        if title_role.is_some() {
            self.note_context();
        }
        let id = self.resolve_bare_name(text, span, body, acronym, definite)?;
        // `Spokesman Hong Lei`: the person holds the role (see `Draft::role`).
        if let Some((role, org_words)) = title_role {
            let actor = &mut self.actors[id];
            // `Captain Ranveer`: a one-word name after a title is a person's.
            if actor.kind == ActorKind::Unknown && !actor.name.contains(' ') {
                actor.kind = ActorKind::Person;
            }
            if actor.member_of.is_none()
                && actor.kind != ActorKind::Organization
                && actor.role.is_none()
            {
                actor.role = Some(Box::new(Role {
                    key: role,
                    org: org_words,
                }));
            }
        }
        Some(id)
    }

    /// Resolves a name once documents and roles are ruled out: a document's own noun, then a
    /// known actor, a short name expanded from the text, or a new actor.
    /// `Officers said`, `detectives appealed`: the police force that spoke last, if one did
    /// (its name ends in `police`, or holds `constabulary` or `sheriff`).
    fn police_force_of_officers(&self, body: &[&str]) -> Option<DraftId> {
        let officers = match body {
            [word] => is_in(&["detectives", "officers"], word),
            [police, word] => police.eq_ignore_ascii_case("police") && is_in(&["officers"], word),
            _ => false,
        };
        if !officers {
            return None;
        }
        self.note_context();
        self.recent_speakers().find(|&id| {
            let actor = &self.actors[id];
            let mut words = actor.name.split_whitespace();
            actor.kind == ActorKind::Organization
                && (words
                    .next_back()
                    .is_some_and(|head| head.eq_ignore_ascii_case("police"))
                    || actor.name.split_whitespace().any(|word| {
                        word.eq_ignore_ascii_case("constabulary")
                            || word.to_ascii_lowercase().starts_with("sheriff")
                    }))
        })
    }

    /// A document without an author (`a study published Thursday`), which speaks as itself;
    /// but before a noun the word is its adjective (`the ruling coalition`).
    fn document(&mut self, body: &[&str]) -> Option<DraftId> {
        let before_noun = body.get(1).is_some_and(|next| {
            next.starts_with(char::is_lowercase)
                && !next.ends_with("ed")
                && !next.ends_with("ing")
                && !is_in(FUNCTION_WORDS, next)
                && !is_in(DETERMINERS, next)
        });
        if !(body[0].starts_with(char::is_lowercase) && cues::is_source_noun(body[0]))
            || before_noun
        {
            return None;
        }
        self.note_context();
        let name = body[0].to_string();
        let key = vec![name.to_lowercase()];
        if let Some(id) = self.by_key.get(&self.actors, &key) {
            return Some(id);
        }
        Some(self.add(name, key, ActorKind::Document, None))
    }

    fn resolve_bare_name(
        &mut self,
        text: &str,
        span: Span,
        mut body: Vec<&str>,
        acronym: Option<&str>,
        definite: bool,
    ) -> Option<DraftId> {
        if let Some(id) = self.document(&body) {
            return Some(id);
        }
        let org_descriptor = trim_to_name(&mut body);
        // (A one-word name reads its context, and an acronym given with a name may be defined
        // here, which changes later keys.)
        if body.len() == 1 || acronym.is_some() {
            self.note_context();
        }
        if let [word] = body[..] {
            // `The Tolvik-born former model`: a place of origin alone names no one new.
            if is_seat_adjective(word) {
                return self.in_focus(text, span, ActorKind::Person);
            }
            // `The AP` after `The Associated Press`: an acronym spelled out, not defined.
            if acronym.is_none()
                && self.spelled_out_lookups < MAX_SPELLED_OUT
                && is_acronym_form(word)
                && self.acronym(&word.to_lowercase()).is_none()
            {
                self.spelled_out_lookups += 1;
                if let Some(found) = spelled_out(text, span.start, word) {
                    self.acronyms.push(found);
                } else if let Some(id) = self.organisation_with_initials(word) {
                    // `SC asks …` in a headline, read after the body's `Supreme Court`.
                    return Some(id);
                }
            }
        }
        let name = self.name_forms(&body, acronym);
        let name_head = name.head.as_str();
        // (`The Labour party` names its party: a capitalised word before the head is a name;
        // `Seoul-based` and `British` describe.)
        let generic = is_in(GENERIC_ORG, name_head)
            && body.len() <= 8
            && body[1..]
                .iter()
                .all(|w| w.starts_with(char::is_lowercase) || is_in(FUNCTION_WORDS, w))
            && (body.len() == 1
                || body[0].starts_with(char::is_lowercase)
                || body[0].contains('-')
                || is_nationality_descriptor(&body)
                || is_in(FUNCTION_WORDS, body[0]));
        if let Break(id) = self.find_known(text, span, &name, name_head, generic, &org_descriptor) {
            return Some(id);
        }
        if let Break(id) = self.expand_short_name(text, span, &name, name_head, generic) {
            return Some(id);
        }
        // `the mission` that no name of the text holds: the organisation that has spoken most.
        if let Some(id) = (generic && bare_generic(&name, name_head))
            .then(|| self.find_generic(&name.key, true))
            .flatten()
        {
            return Some(id);
        }
        // `the global rights watchdog` right after `Tolvik Rights International said`: a
        // description of the organisation just speaking, sharing a word of its name (not `the
        // central bank` after `the Residents' Alliance`).
        if let Some(id) = (generic && definite && body[0].starts_with(char::is_lowercase))
            .then(|| self.in_focus(text, span, ActorKind::Organization))
            .flatten()
        {
            let named = significant_words(&self.actors[id].name);
            if body[..body.len() - 1]
                .iter()
                .any(|word| named.iter().any(|n| n.eq_ignore_ascii_case(word)))
            {
                return Some(id);
            }
        }
        if !names_someone(name.words) {
            return None;
        }
        // `Mineração Verde, which operates the mine,`: `which`, not `who`, follows a thing.
        let which_follows = text
            .get(span.end..)
            .is_some_and(|rest| rest.starts_with(", which ") || rest.starts_with(", which,"));
        let kind = if org_descriptor.is_some() || which_follows {
            ActorKind::Organization
        } else {
            match guess_kind(name.words, name.had_title) {
                // `Tolvik Salt said …` near `Tolvik Salt workers`: a name before its workforce
                // is a company's, not a person's.
                ActorKind::Person if !name.had_title && has_a_workforce(text, span, &name.text) => {
                    ActorKind::Organization
                }
                kind => kind,
            }
        };
        let id = self.add(name.display.unwrap_or(name.text), name.key, kind, None);
        for alias in &name.aliases {
            self.add_alias(id, alias);
        }
        // `the union` later finds `the pilots' union Vereinigung Cockpit`.
        if let Some(noun) = org_descriptor {
            self.actors[id].add_alias_word(&noun);
        }
        if name.had_title {
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

    /// The latest organisation whose name's initials are `acronym` (`Supreme Court` for `SC`).
    fn organisation_with_initials(&self, acronym: &str) -> Option<DraftId> {
        let index = self.actors.iter().rposition(|actor| {
            let words: Vec<&str> = actor.name.split_whitespace().collect();
            actor.kind == ActorKind::Organization
                && words.len() >= 2
                && acronym_matches(acronym, &words)
        })?;
        Some(DraftId::new(index))
    }

    /// Documents: `a report by X` and `a survey of … by X` are X's, `WHO figures` are WHO's,
    /// and `the report` is the last organisation's that spoke.
    fn resolve_document(
        &mut self,
        text: &str,
        span: Span,
        mention: &str,
        first: &str,
        body: &[&str],
        depth: u8,
    ) -> ControlFlow<Option<DraftId>> {
        // Documents with an author: `a report by X`, `a survey of … by X`.
        if let Some(by) = body.iter().position(|word| is_in(&["by", "from"], word)) {
            if body[..by].iter().any(|word| cues::is_source_noun(word)) && by + 1 < body.len() {
                let author_first = body[by + 1];
                let offset = author_offset(mention, author_first, by);
                let author_span = Span::new(span.start + offset.min(mention.len()), span.end);
                let author_text = author_span.slice(text);
                if !author_text.is_empty() {
                    return Break(self.resolve_name(text, author_span, author_text, depth + 1));
                }
            }
        }
        // A named source's document speaks for the source: `WHO figures`, `Refinitiv data`,
        // `a Vell Institute survey of landlords`.
        let body = match body.iter().position(|word| *word == "of") {
            Some(of) if of >= 2 && cues::is_source_noun(body[of - 1]) => &body[..of],
            _ => body,
        };
        if body.len() >= 2 {
            let last = body[body.len() - 1];
            let described = body.len() == 2 && is_document_modifier(body[0]);
            // `the council's cover letter`: lower-case words between the possessor and the noun.
            let owner_end = body
                .iter()
                .position(|w| is_possessive(w))
                .filter(|&at| at + 1 < body.len() && body.len() - at - 2 <= 2)
                .map_or(body.len() - 1, |at| at + 1);
            if last.starts_with(char::is_lowercase)
                && cues::is_source_noun(last)
                && !described
                && body[..owner_end].iter().all(|w| starts_upper(w))
                && body[owner_end..body.len() - 1]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase))
            {
                // `Cote's opinion`: the possessor is the source.
                let joined = body[..owner_end].join(" ");
                let source = without_possessive(&joined).to_string();
                if let Some(offset) = mention.find(&source) {
                    let source_span =
                        Span::new(span.start + offset, span.start + offset + source.len());
                    if source_span.slice(text) == source {
                        return Break(self.resolve_name(text, source_span, &source, depth + 1));
                    }
                }
            }
        }
        // A document without an author stands for the last organisation that published one.
        if is_in(&["the", "this", "that", "its"], first)
            && body
                .iter()
                .take(2)
                .all(|w| w.starts_with(char::is_lowercase) || is_in(&["The", "A"], w))
            && cues::is_source_noun(&significant_head(&body.join(" ")))
        {
            self.note_context();
            // `The communique also claimed …` after `the Norland Alliance's communique`.
            let noun = significant_head(&body.join(" "));
            if let Some(issuer) = (first != "its")
                .then(|| document_issuer(text, span.start, &noun))
                .flatten()
            {
                if let Some(id) = self.resolve_name(text, issuer, issuer.slice(text), depth + 1) {
                    return Break(Some(id));
                }
            }
            if let Some(id) = self
                .recent_speakers()
                .find(|&id| self.actors[id].kind == ActorKind::Organization)
            {
                return Break(Some(id));
            }
            // `The statement said …` after a spokesperson spoke: what a person issued.
            if is_in(ISSUED_NOUNS, &noun) {
                if let Some(id) = self
                    .recent_speakers()
                    .find(|&id| self.actors[id].kind != ActorKind::Document)
                {
                    return Break(Some(id));
                }
            }
        }
        Continue(())
    }

    /// The name's words without titles, its key and display form, and its aliases (an
    /// acronym given with it, or the expansion of a bare acronym defined elsewhere).
    fn name_forms<'n>(&mut self, body: &'n [&'n str], acronym: Option<&str>) -> NameForms<'n> {
        let mut name_words = strip_titles(body);
        let had_title = name_words.len() < body.len();
        if name_words.is_empty() {
            name_words = body;
        }
        let name_text = name_words.join(" ");
        let (words, head) = significant_words_and_head(&name_text);
        let mut key = self.fold_acronyms(words);
        let mut display = None;
        let mut aliases = Vec::new();
        if let Some(acronym) = acronym {
            let short = acronym.to_lowercase();
            if self.acronym(&short).is_none() {
                if let Some(found) = define_acronym(name_words, acronym) {
                    self.acronyms.push(found);
                }
            }
            aliases.push(name_text.clone());
            // The acronym is another name only when it stands for the whole name (`WHO`),
            // not for a part of it (`EU` in `Chinese Mission to the European Union (EU)`).
            if covered_words(name_words, acronym).len() == name_words.len() {
                aliases.push(acronym.to_string());
            }
            display = Some(acronym_display(name_words, acronym));
            key = self.key_of(&name_text);
        } else if key.len() == 1 {
            // A bare acronym defined elsewhere in the text: `WHO`.
            if let Some(known) = self.acronym(&key[0]) {
                let expansion = known.display.clone();
                aliases.push(expansion.clone());
                let expansion_words: Vec<&str> = expansion.split_whitespace().collect();
                display = Some(acronym_display(&expansion_words, &name_text));
                aliases.push(name_text.clone());
            }
        }
        NameForms {
            words: name_words,
            had_title,
            text: name_text,
            key,
            head,
            display,
            aliases,
        }
    }

    /// An actor the name already stands for: the organisation a generic noun's sentence
    /// opens with, or one found by key (which then learns the name's aliases).
    fn find_known(
        &mut self,
        text: &str,
        span: Span,
        name: &NameForms<'_>,
        name_head: &str,
        generic: bool,
        org_descriptor: &Option<String>,
    ) -> ControlFlow<DraftId> {
        // `The Irish Data Protection Commission has fined …, the regulator announced`: a generic
        // noun first stands for the organisation that opens its own sentence (or the one before).
        if generic && name.key.len() == 1 && name.aliases.is_empty() {
            self.note_context();
            if let Some(full) = sentence_subject_named(text, span.start, name_head) {
                let full_key = self.key_of(&full);
                return Break(match self.find(&full_key, false) {
                    Some(id) => id,
                    None => self.add(full, full_key, ActorKind::Organization, None),
                });
            }
        }
        // A bare generic noun other than a company's (`the mission`) is tried against the
        // names of the text first (`expand_short_name`), and only then against the
        // organisation that has spoken most (`resolve_bare_name`).
        let generic = generic && !bare_generic(name, name_head);
        let Some(id) = self.find_noting_context(&name.key, generic) else {
            return Continue(());
        };
        for alias in &name.aliases {
            self.add_alias(id, alias);
        }
        if let Some(noun) = org_descriptor {
            if !self.actors[id].alias_words.contains(noun) {
                self.actors[id].add_alias_word(noun);
            }
        }
        Break(id)
    }

    /// A short name of someone named earlier in the text: `the corps`, `Vasquez`, `Tasman
    /// Mutual`, `the company`; and a generic noun that heads an acronym's expansion: `the
    /// agency` after `National Agency for Medicines and Health Products (ANMS)`.
    fn expand_short_name(
        &mut self,
        text: &str,
        span: Span,
        name: &NameForms<'_>,
        name_head: &str,
        generic: bool,
    ) -> ControlFlow<DraftId> {
        let key = &name.key;
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
                    return Break(id);
                }
                let id = self.add(
                    acronym.display.clone(),
                    expansion_key,
                    ActorKind::Organization,
                    None,
                );
                self.add_alias(id, &acronym.short.to_uppercase());
                return Break(id);
            }
        }
        let corporate = generic && is_in(CORPORATE_NOUNS, name_head);
        if !(name.aliases.is_empty() && (key.len() <= 2 || corporate)) {
            return Continue(());
        }
        let last = name.words.last().copied().unwrap_or("");
        let full = if corporate {
            recent_corporate_name(text, span.start)
                .or_else(|| sentence_subject_company(text, span.start))
        } else if let Some(head) = key.len().eq(&1).then(|| stands_for(last)).flatten() {
            // `the Bench stated`: the judges of the court the text named before; `the force
            // said`: the police force it named.
            expand_from_text(text, span.start, head, 1)
        } else if key.len() == 1 && (is_in(ORG_WORDS, last) || is_in(GENERIC_ORG, last))
            || starts_upper(last)
        {
            expand_from_text(text, span.start, last, key.len()).filter(|full| {
                let full_key = significant_words(full);
                full_key.len() > key.len()
                    && key
                        .iter()
                        .all(|w| full_key.iter().any(|f| f.starts_with(w.as_str())))
            })
        } else {
            None
        };
        let Some(full) = full else {
            return Continue(());
        };
        let full_key = self.key_of(&full);
        if let Some(id) = self.find(&full_key, false) {
            return Break(id);
        }
        let full_words: Vec<&str> = full.split_whitespace().collect();
        let full_kind = if corporate || is_in(ORG_WORDS, last) || is_in(GENERIC_ORG, last) {
            ActorKind::Organization
        } else {
            guess_kind(&full_words, name.had_title)
        };
        let id = self.add(full.clone(), full_key, full_kind, None);
        self.add_alias(id, name.display());
        Break(id)
    }

    /// The organisation a member speaks for (`spokesperson of X`); with `kind` a person, the
    /// one a personal office serves (`Brun's lawyer`), which stays an organisation if the text
    /// has made it one, and is of no known kind if the text names it only here.
    pub(in crate::analysis) fn resolve_org(
        &mut self,
        text: &str,
        span: Span,
        org_text: &str,
        depth: u8,
        kind: ActorKind,
    ) -> DraftId {
        let org_span = Span::new(span.start, span.start);
        if let Some(id) = self.resolve_name(text, org_span, org_text, depth + 1) {
            let found = self.actors[id].kind;
            if found == ActorKind::Unknown
                || (kind == ActorKind::Organization && found == ActorKind::Person)
            {
                self.actors[id].kind = kind;
            }
            return id;
        }
        let display = without_leading_the(org_text).to_string();
        let key = self.key_of(&display);
        let new_kind = match kind {
            ActorKind::Person => ActorKind::Unknown,
            _ => kind,
        };
        self.add(display, key, new_kind, None)
    }
}

/// The role of a capitalised title before a name, and the title's other words (`Health
/// Minister Ines Varga`: `minister`, `health`).
fn capitalised_title(body: &[&str]) -> Option<(String, Vec<String>)> {
    if body.len() < 2 {
        return None;
    }
    let idx = body
        .iter()
        .rposition(|word| starts_upper(word) && is_in(ROLE_NOUNS, word))?;
    let name = &body[idx + 1..];
    // (An affiliation may follow: `Minister Ines Varga of the Green Party`.)
    let named = !name.is_empty()
        && name
            .iter()
            .take_while(|word| **word != "of")
            .all(|word| starts_upper(word));
    named.then(|| {
        (
            role_key(body[idx]),
            significant_words(&body[..idx].join(" ")),
        )
    })
}

/// A one-word generic noun that is not a company's (`the mission`, `the agency`): the names of
/// the text come before the organisation that has spoken most.
fn bare_generic(name: &NameForms<'_>, name_head: &str) -> bool {
    name.key.len() == 1 && !is_in(CORPORATE_NOUNS, name_head)
}
