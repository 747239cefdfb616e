//! The speaker patterns around one cue: inverted (`"…," said X`), after the content
//! (`…, the Mission said.`) and before it (`X claimed that …`), and the kind of an
//! attribution (direct, mixed, indirect) from how much of its content is quoted.

use super::sentence::{overlapping, Found, Sentence, TokenRange};
use super::tokens::Tk;
use crate::analysis::actors::*;
use crate::analysis::cues;
use crate::analysis::lexicon::*;
use crate::analysis::{AttributionKind, Quote, Span};

impl<'t> Sentence<'t> {
    pub(super) fn attribution_kind(&self, content: &[Span], quotes: &[Quote]) -> AttributionKind {
        let total: usize = content.iter().map(|span| span.len()).sum();
        let quoted: usize = content
            .iter()
            .map(|span| {
                // Only the quotations around this span: scanning all of them made long
                // articles quadratic.
                overlapping(quotes, *span)
                    .iter()
                    .filter(|quote| !quote.scare)
                    .map(|quote| {
                        let start = quote.content.start.max(span.start);
                        let end = quote.content.end.min(span.end);
                        end.saturating_sub(start)
                    })
                    .sum::<usize>()
            })
            .sum();
        if total > 0 && quoted * 10 >= total * 7 {
            AttributionKind::Direct
        } else if quoted > 0 {
            AttributionKind::Mixed
        } else {
            AttributionKind::Indirect
        }
    }

    /// `"…," said X, the …`.
    pub(super) fn try_inverted(&self, idx: usize, cue_end: usize) -> Option<Found> {
        if idx == 0 || !matches!(self.kind(idx - 1), Some(Tk::Comma | Tk::Close)) {
            return None;
        }
        if !cues::lookup(self.word(idx)).is_some_and(|cue| cue.inverts) {
            return None;
        }
        // `warned that …` is a complement, never an inverted subject.
        if self.word(cue_end) == "that" {
            return None;
        }
        let mut np_end = self.np_end(cue_end);
        let mut affiliation = false;
        // `said a spokesperson of the Chinese Mission to the EU`: a role of an organisation
        // may be long.
        let role_of = self.role_of_at(cue_end, np_end).is_some();
        // `said the governor's top transport aide Lina Cort`: a long role before a name.
        let role_then_name = (cue_end..np_end).any(|i| {
            let word = self.word(i);
            word.starts_with(char::is_lowercase) && is_in(ROLE_NOUNS, word)
        }) && starts_upper(self.last_word(cue_end, np_end));
        let max_words = if role_of {
            14
        } else if role_then_name {
            10
        } else {
            6
        };
        if !self.is_noun_phrase(cue_end, np_end, max_words) {
            // `said Jakub Wiśniewski of the Warsaw-based think tank GLOBSEC`: a long
            // affiliation after the name; the name is the subject.
            // (`said Representative Ivo B. Marsh of New York`: an initial's full stop too.)
            let cut = (cue_end + 2..np_end.min(cue_end + 6)).find(|&i| {
                is_in(&["of", "from", "at"], self.word(i))
                    && (cue_end..i)
                        .all(|j| starts_upper(self.word(j)) || self.kind(j) == Some(Tk::Stop))
            });
            match cut {
                Some(cut) if self.is_noun_phrase(cue_end, cut, 6) => {
                    np_end = cut;
                    affiliation = true;
                }
                _ => return None,
            }
        }
        if is_in(PRONOUNS, self.word(cue_end)) && np_end > cue_end + 1 {
            return None;
        }
        // `…, Holm, R-Nord., said Tuesday.`: a time is no inverted subject.
        if np_end > cue_end && (cue_end..np_end).all(|i| is_in(TIME_WORDS, self.word(i))) {
            return None;
        }
        let np_closed = affiliation
            || match self.kind(np_end) {
                None => true,
                Some(Tk::Comma | Tk::Stop | Tk::Dash | Tk::Semi) => true,
                Some(Tk::Word) => is_in(INVERTED_SUBJECT_ENDERS, self.word(np_end)),
                _ => false,
            };
        if !np_closed {
            return None;
        }
        let after_close = self.kind(idx - 1) == Some(Tk::Close)
            || (idx >= 2 && self.kind(idx - 2) == Some(Tk::Close));
        let n_before = (0..idx).filter(|&i| self.kind(i) == Some(Tk::Word)).count();
        if !after_close && n_before < 4 {
            return None;
        }
        // Without a closing quotation mark, `…, said X` must end the sentence (or take an
        // appositive): `Her agent, Tomas Ruiz, said talks …` is not inverted.
        let ends = matches!(self.kind(np_end), None | Some(Tk::Comma | Tk::Stop))
            || self.names_or_roles(cue_end, np_end) && self.rest_is_circumstance(np_end);
        if !after_close && !ends {
            return None;
        }
        // `The company, which makes tyres, said sales fell.`: the subject with a relative
        // clause, not a statement before an inverted cue.
        if !after_close {
            let body = self.dateline_end();
            if let Some(comma) = (body..idx - 1).find(|&i| self.kind(i) == Some(Tk::Comma)) {
                let closes_at_cue = (comma + 1..idx - 1).all(|i| self.kind(i) != Some(Tk::Comma));
                if closes_at_cue
                    && is_in(&["which", "who", "whose"], self.word(comma + 1))
                    && self.is_noun_phrase(body, comma, 6)
                {
                    return None;
                }
            }
            // `Ines Varga, the Tolvian president, said fees stay.`: a name and its appositive
            // are the subject before the verb, not a statement before an inverted cue (also
            // after a conjunction: `But Ines Varga, …, said`).
            let body = body
                + usize::from(is_in(&["and", "but", "yet"], self.word(body)) && body + 1 < idx);
            if self.appositive_pair(body, idx - 1) {
                return None;
            }
        }
        let mut content = Vec::new();
        content.extend(self.content(
            0,
            idx - 1 + usize::from(self.kind(idx - 1) == Some(Tk::Close)),
        ));
        let subject = self
            .name_after_description(cue_end, np_end)
            .unwrap_or(TokenRange::new(cue_end, np_end));
        self.push_trailing_quote(subject.end, &mut content);
        if content.is_empty() {
            return None;
        }
        Some(Found {
            kind: AttributionKind::Indirect,
            subject,
            cue: self.toks[idx].span,
            content,
            after: true,
        })
    }

    /// Whether the noun phrase `from..to` after an inverted cue names its speaker: a
    /// capitalised word or a role (`said the Tolvian embassy in a statement`, `said the
    /// spokeswoman in a statement`), not `said the plan in …`.
    fn names_or_roles(&self, from: usize, to: usize) -> bool {
        self.role_of_at(from, to).is_some()
            || (from..to).any(|i| {
                let word = self.word(i);
                (starts_upper(word) && !is_in(DETERMINERS, word)) || is_in(ROLE_NOUNS, word)
            })
    }

    /// A quotation after the speaker (`"A," X said, "B."`) is content too.
    pub(super) fn push_trailing_quote(&self, from: usize, content: &mut Vec<Span>) {
        let mut idx = from;
        while idx < self.toks.len() && matches!(self.kind(idx), Some(Tk::Comma | Tk::Colon)) {
            idx += 1;
        }
        if self.kind(idx) == Some(Tk::Open) || self.toks.get(idx).is_some_and(|tok| tok.quoted) {
            content.extend(self.content(idx, self.toks.len()));
        }
    }

    /// `…, the Mission said.` and `"A," X said, "B."`.
    pub(super) fn try_after(&self, idx: usize, cue_end: usize) -> Option<Found> {
        if !self.may_end_content_before(idx) || self.cue_takes_object(idx, cue_end) {
            return None;
        }
        // `Ada Holm, a notary who advises owners, …`: the verb of a relative clause inside an
        // appositive has no content before it.
        if idx > 0 && is_in(&["who", "which"], self.word(idx - 1)) {
            return None;
        }
        let (at, subject_end, appositive) = self.subject_before_cue(idx);
        let mut boundary = self.boundary_before(at)?;
        // `Tolvik Harbour, Mar 4 The court asked …`: a comma inside the dateline ends no content.
        if boundary < self.dateline_end() {
            return None;
        }
        // `…, Norland and elsewhere that he blamed on the port`: a pronoun right before the
        // verb is its whole subject, inside a clause of its own.
        if subject_end > boundary + 2 && is_in(PRONOUNS, self.word(subject_end - 1)) {
            return None;
        }
        if self.list_subject(idx, cue_end, boundary, subject_end) {
            return None;
        }
        // `Asked who would pay, he said the province.`: a scene, then the speaker and what he
        // said (read by `try_before`); `According to reports, Holm told reporters today
        // that …`: a source, then the speaker.
        let according = self.word(0).eq_ignore_ascii_case("according") && self.word(1) == "to";
        if (is_in(SCENE_PARTICIPLES, self.word(0)) || according)
            && (0..boundary).all(|i| !matches!(self.kind(i), Some(Tk::Open | Tk::Close)))
        {
            return None;
        }
        // `…, but a spokesman denied the claim`: a coordinated clause, not a speaker after
        // the content.
        if is_in(LEADING_CONNECTIVES, self.word(boundary + 1)) {
            return None;
        }
        // `…, in which X urged …`: a relative clause, with its subject after the pronoun.
        let (first, second) = (self.word(boundary + 1), self.word(boundary + 2));
        if is_in(RELATIVES, first)
            || (is_in(CIRCUMSTANCE_PREPOSITIONS, first) && is_in(RELATIVES, second))
        {
            return None;
        }
        // (`a spokeswoman for the Bureau of the Resident Envoy of …`: one long phrase.)
        // (Or a name and its appositive, each part already read as a noun phrase.)
        let long = appositive || self.role_of_named_org(boundary + 1, subject_end);
        let max_words = 10 + 14 * usize::from(long);
        if !self.is_noun_phrase(boundary + 1, subject_end, max_words) {
            // `"…," Vann R. Newkirk II, a writer for The Atlantic, wrote.`: a name and its
            // appositive between the closing mark and the cue.
            let close = (boundary.saturating_sub(25)..boundary)
                .rev()
                .find(|&i| self.kind(i) == Some(Tk::Close))?;
            let first = self.word(close + 1);
            if !(starts_upper(first) && self.is_noun_phrase(close + 1, subject_end, 20)) {
                return None;
            }
            boundary = close;
        }
        // `On Monday, Trump said he was ready.`: the words after the cue are its content.
        if self.rest_opens_clause(cue_end) {
            return None;
        }
        // `Speaking at a rally, Trump said the race is "rigged."`: a bare clause after the cue
        // is its content; the words before the comma only set the scene. And in `…, Lind said
        // the attacks showed …` the words before `showed` are a clause, not its subject.
        if self.kind(boundary) == Some(Tk::Comma) && self.opens_complement_clause(idx, cue_end) {
            return None;
        }
        // `…, says he believes …`: a finite reporting verb inside is no subject's.
        if (boundary + 1..subject_end).any(|i| {
            self.is_complement_cue(i, cues::Form::Past)
                || self.is_complement_cue(i, cues::Form::ThirdPerson)
        }) {
            return None;
        }
        let goes_on = self.kind(boundary) == Some(Tk::Comma) && self.content_goes_on(cue_end);
        if !goes_on && !self.rest_ends_after_subject(boundary, cue_end) {
            return None;
        }
        let content_end = if self.kind(boundary) == Some(Tk::Close) {
            boundary + 1
        } else {
            boundary
        };
        let mut content = Vec::new();
        content.extend(self.content(0, content_end));
        if content.is_empty() {
            return None;
        }
        if goes_on {
            content.extend(self.content(cue_end + 1, self.toks.len()));
        } else {
            self.push_trailing_quote(cue_end, &mut content);
        }
        Some(Found {
            kind: AttributionKind::Indirect,
            subject: TokenRange::new(boundary + 1, subject_end),
            cue: self.toks[idx].span,
            content,
            after: true,
        })
    }

    /// Whether what follows the cue at `cue_end`, in [`Self::try_after`], leaves the content
    /// before the subject whole: a clause of the narrator's own after a conjunction, a short
    /// rest, circumstance, a topic after a quotation, or a quotation.
    fn rest_ends_after_subject(&self, boundary: usize, cue_end: usize) -> bool {
        // `…, X said, and the crews walked out …`: a clause of the narrator's own follows.
        let coordinated = self.kind(cue_end) == Some(Tk::Comma)
            && is_in(
                &["and", "but", "yet", "whereas", "while"],
                self.word(cue_end + 1),
            );
        if coordinated || self.rest_is_short(cue_end) || self.rest_is_circumstance(cue_end) {
            return true;
        }
        // `"…," Ada Holm, a fellow at the institute, said of the plan.`: after a quotation, a
        // topic (`of …`) and circumstance only.
        if self.kind(boundary) == Some(Tk::Close)
            && self.only_circumstance(cue_end, self.body_end())
        {
            return true;
        }
        let mut next = cue_end;
        while matches!(self.kind(next), Some(Tk::Comma)) {
            next += 1;
        }
        self.kind(next) == Some(Tk::Open)
    }

    /// The subject's reach before the cue at `idx`, over an appositive (`Ada Holm, the mayor,
    /// said`): where its words start at the latest, where it ends, and whether it has one.
    fn subject_before_cue(&self, idx: usize) -> (usize, usize, bool) {
        let subject_end = self.skip_left(idx, 0);
        match self
            .appositive_subject(subject_end)
            .or_else(|| self.unclosed_appositive(subject_end))
        {
            Some((outer, end)) => (outer + 1, end, true),
            None => (subject_end, subject_end, false),
        }
    }

    /// Whether a comma, closing mark or dash comes before token `idx`: without one no content
    /// ends before the cue there (`boundary_before` finds none, and an appositive's outer mark
    /// is one of them), so [`Self::try_after`] need not read the subject.
    fn may_end_content_before(&self, idx: usize) -> bool {
        (0..idx).any(|i| matches!(self.kind(i), Some(Tk::Comma | Tk::Close | Tk::Dash)))
    }

    /// The comma, closing mark or dash before token `at` that ends the content before a
    /// subject, over words only.
    fn boundary_before(&self, mut at: usize) -> Option<usize> {
        while at > 0 {
            at -= 1;
            match self.kind(at) {
                // `Senator Ines "Nessa" Varga expressed …`: a nickname inside the name.
                Some(Tk::Close) if self.nickname_ends_at(at) => at -= 2,
                Some(Tk::Comma | Tk::Close | Tk::Dash) => return Some(at),
                Some(Tk::Word | Tk::Stop | Tk::Other | Tk::ParenOpen | Tk::ParenClose) => {}
                _ => return None,
            }
        }
        None
    }

    /// Whether the closing mark at `at` ends a one-word nickname between two capitalised
    /// words of a name: `Ines "Nessa" Varga`.
    fn nickname_ends_at(&self, at: usize) -> bool {
        at >= 3
            && self.kind(at - 2) == Some(Tk::Open)
            && self.kind(at - 1) == Some(Tk::Word)
            && self.kind(at - 3) == Some(Tk::Word)
            && starts_upper(self.word(at - 3))
            && starts_upper(self.word(at - 1))
            && starts_upper(self.word(at + 1))
    }

    /// `Tenants, Varga suggested, need not fear that …`: after a reporting clause set between
    /// commas inside the content (the cue's clause ending at token `cue_end`, a comma), the
    /// content goes on, with its verb; not an adjunct or a new clause (`…, X said, adding …`,
    /// `…, X said, and the union …`, `…, X said, the port …`).
    fn content_goes_on(&self, cue_end: usize) -> bool {
        if self.kind(cue_end) != Some(Tk::Comma) {
            return false;
        }
        let next = self.word(cue_end + 1);
        // `…, Ms. Varga said, the pier has done good work.`, `…, Mr. Holm said, he decided to
        // act.`: a clause of its own (a subject pronoun, or a determiner and an auxiliary
        // later) goes on with the statement.
        let end = self.body_end();
        let clause = is_in(&["he", "she", "they", "we", "i"], next)
            || is_in(DETERMINERS, next)
                && (cue_end + 2..end).any(|i| is_in(VERB_WORDS, self.word(i)));
        if clause && (cue_end + 1..end).all(|i| self.kind(i) != Some(Tk::Open)) {
            return true;
        }
        next.starts_with(char::is_lowercase)
            && !next.ends_with("ing")
            && ![
                &ADJUNCT_OPENERS[..],
                &LEADING_CONNECTIVES,
                &DETERMINERS,
                PRONOUNS,
                CIRCUMSTANCE_OPENERS,
                &FREQUENCY_ADVERBS,
                &TIME_WORDS,
            ]
            .iter()
            .any(|&list| is_in(list, next))
    }

    /// Whether a bare complement clause follows the cue at `idx`, quoted words included:
    /// `said the plan is "late"`, `said Tuesday he would go`; not `said on Friday`, `said so`
    /// or `said, adding …`. Only cues of [`CLAUSE_COMPLEMENT_CUES`] take one.
    fn opens_complement_clause(&self, idx: usize, cue_end: usize) -> bool {
        if !(self.is_complement_cue(idx, cues::Form::Past)
            || self.is_complement_cue(idx, cues::Form::ThirdPerson)
            || self.is_complement_cue(idx, cues::Form::Base))
        {
            return false;
        }
        let mut from = cue_end;
        while is_in(TIME_WORDS, self.word(from)) {
            from += 1;
        }
        let first = self.word(from);
        let opens =
            is_in(CLAUSE_SUBJECT_OPENERS, first) || (starts_upper(first) && !is_in(MONTHS, first));
        let n_words = (from..self.body_end())
            .filter(|&i| self.kind(i) == Some(Tk::Word))
            .count();
        opens && n_words >= 3
    }

    /// Whether token `idx` is a lower-case cue of [`CLAUSE_COMPLEMENT_CUES`] in `form`.
    fn is_complement_cue(&self, idx: usize, form: cues::Form) -> bool {
        let word = self.word(idx);
        word.starts_with(char::is_lowercase)
            && cues::lookup(word)
                .is_some_and(|cue| cue.form == form && is_in(CLAUSE_COMPLEMENT_CUES, cue.lemma))
    }

    /// Skips what opens the clause before its subject: conjunctions and subordinators (`But
    /// the …`, `Though she called …`) and an introductory phrase without a comma (`In a
    /// Bloomberg interview Trump declared`).
    fn skip_openers(&self, mut start: usize, subject_end: usize) -> usize {
        // Leading conjunctions and subordinators: `But the …`, `Though she called …`.
        while start < subject_end && is_in(LEADING_CONNECTIVES, self.word(start)) {
            start += 1;
        }
        // `Last week Holm said`, `On Monday the ministry said`, `Earlier this month Varga
        // said`: a time phrase without a comma.
        let mut at = start;
        while at < subject_end && is_in(TIME_MODIFIERS, self.word(at)) {
            at += 1;
        }
        if at > start && at + 1 < subject_end && is_in(TIME_WORDS, self.word(at)) {
            start = at + 1;
        }
        // `In October Holm said`, `Since March 2024 the council has said`: a month.
        if start + 2 < subject_end
            && is_in(MONTH_PREPOSITIONS, self.word(start))
            && is_in(MONTHS, self.word(start + 1))
        {
            start += 2;
            if self.word(start).len() == 4 && self.word(start).bytes().all(|b| b.is_ascii_digit()) {
                start += 1;
            }
        }
        // `In a Bloomberg interview Trump declared`: an introductory phrase without a comma.
        if start < subject_end && is_in(INTRO_PHRASE_OPENERS, self.word(start)) {
            let mut name_start = subject_end;
            while name_start > start + 1 && starts_upper(self.word(name_start - 1)) {
                name_start -= 1;
            }
            if name_start < subject_end {
                start = name_start;
            }
        }
        start
    }

    /// In `X kept rates unchanged but said …` the subject of the first verb; in `Prices rose
    /// sharply and analysts said …` the subject after the clause.
    fn first_clause_subject(&self, mut start: usize, mut subject_end: usize) -> (usize, usize) {
        // `X kept rates unchanged but said …`: the subject of the first verb.
        if subject_end > start
            && (is_in(&["and", "but"], self.word(subject_end - 1))
                || (self.kind(subject_end - 1) == Some(Tk::Comma)
                    && self.clause_before_comma(start, subject_end - 1)))
        {
            let prefix = self.name_prefix(start, subject_end - 1);
            if prefix > start {
                subject_end = self
                    .appositive_name_before_who(prefix, subject_end - 1)
                    .unwrap_or(prefix);
            }
        }
        // `Prices rose sharply and analysts said …`: a clause, then the subject.
        if let Some(conj) = (start + 1..subject_end)
            .rev()
            .find(|&i| is_in(&["and", "but"], self.word(i)))
        {
            let clause_before = (start..conj).any(|i| {
                let word = self.word(i);
                word.starts_with(char::is_lowercase)
                    && (is_in(VERB_WORDS, word)
                        || is_in(IRREGULAR_PAST, word)
                        || (word.len() > 4 && word.ends_with("ed"))
                        || (word.len() > 5 && word.ends_with("ly")))
            });
            // Not inside an appositive: `The poll, conducted between May 19 and May 24, found`;
            // but `…, but a government spokesman denied` opens a clause of its own.
            let no_comma = (start..subject_end).all(|i| self.kind(i) != Some(Tk::Comma))
                || self.kind(conj - 1) == Some(Tk::Comma);
            if clause_before
                && no_comma
                && conj + 1 < subject_end
                && self.is_noun_phrase(conj + 1, subject_end, 8)
            {
                start = conj + 1;
            }
        }
        (start, subject_end)
    }

    /// The author named in an introductory phrase before token `before`: `In a recent report
    /// from Global Affairs Canada,` gives `Global Affairs Canada`.
    fn intro_author(&self, before: usize) -> Option<TokenRange> {
        let noun = (0..before).find(|&idx| {
            cues::is_source_noun(self.word(idx))
                && is_in(&["from", "by"], self.word(idx + 1))
                && starts_upper(self.word(idx + 2))
        })?;
        let from = noun + 2;
        let end = (from..before)
            .find(|&idx| self.kind(idx) == Some(Tk::Comma))
            .unwrap_or(before);
        let name = (from..end).all(|idx| {
            let word = self.word(idx);
            starts_upper(word) || is_in(FUNCTION_WORDS, word) || word.is_empty()
        });
        (name && end > from).then_some(TokenRange::new(from, end))
    }

    /// `Moments earlier, in his remarks, Trump said …`: introductory phrases that no word list
    /// knows, then the subject after their last comma (and a closing quotation mark): a name or
    /// a pronoun of at most six words.
    fn after_intro_phrase(&self, start: usize, subject_end: usize) -> Option<usize> {
        let mut at = (start..subject_end)
            .rev()
            .find(|&idx| self.kind(idx) == Some(Tk::Comma))
            .map_or(start, |comma| comma + 1);
        while at < subject_end && self.kind(at) == Some(Tk::Close) {
            at += 1;
        }
        let first = self.word(at);
        // `In an interview on "Morning Hour," the senator stated …`: an article opens a
        // subject as well as a name does.
        // `…, as evidence of his resolve, experts say …`: a bare plural of a role or group is
        // a subject too.
        let plural_role = at < subject_end
            && subject_end - at <= 2
            && self
                .word(subject_end - 1)
                .strip_suffix('s')
                .is_some_and(|one| {
                    is_in(ROLE_NOUNS, one) || is_in(GROUP_NOUNS, self.word(subject_end - 1))
                });
        let named =
            starts_upper(first) || is_in(PRONOUNS, first) || is_in(ARTICLES, first) || plural_role;
        (at > start && at < subject_end && named && self.is_noun_phrase(at, subject_end, 6))
            .then_some(at)
    }

    /// `Tolvia, Norland and Lorsk urge …`: only names before the comma at `boundary`, a cue
    /// (at `idx`) that agrees with a list (or an `and` that makes one) and no comma after its
    /// clause, so the comma joins a list (read by `try_before`); not `Holm, Varga wrote, "…"`.
    fn list_subject(&self, idx: usize, cue_end: usize, boundary: usize, end: usize) -> bool {
        // The cheap token checks first: this runs for every cue with a comma before it.
        let plural_cue = || {
            cues::lookup(self.word(idx)).is_some_and(|cue| cue.form == cues::Form::Base)
                || (0..end).any(|i| self.word(i) == "and")
        };
        self.kind(boundary) == Some(Tk::Comma)
            && self.kind(cue_end) != Some(Tk::Comma)
            && self.is_name_list(0, end)
            && plural_cue()
    }

    /// `Tolvia, Norland and Lorsk`, `EU, NATO`: two or more names of at most four capitalised
    /// words, separated by commas or `and`, with at least one comma, none opening as an
    /// introductory phrase does (`On Monday`, `In Nordhavn`).
    pub(super) fn is_name_list(&self, start: usize, end: usize) -> bool {
        let separator = |idx: usize| self.kind(idx) == Some(Tk::Comma) || self.word(idx) == "and";
        let mut pieces = 0;
        let mut from = start;
        while from < end {
            let to = (from..end).find(|&idx| separator(idx)).unwrap_or(end);
            let name = from < to
                && to - from <= 4
                && (from..to)
                    .all(|idx| self.kind(idx) == Some(Tk::Word) && starts_upper(self.word(idx)))
                && !is_in(CIRCUMSTANCE_OPENERS, self.word(from))
                && !is_in(INTRO_WORDS, self.word(from))
                && !is_in(TIME_WORDS, self.word(to - 1))
                && !is_in(MONTHS, self.word(to - 1));
            if !name {
                return false;
            }
            pieces += 1;
            from = to + 1;
            // `, and`: one separator.
            if from < end && self.word(from) == "and" {
                from += 1;
            }
        }
        pieces >= 2 && (start..end).any(|idx| self.kind(idx) == Some(Tk::Comma))
    }

    /// Whether the phrase that ends with the comma before token `at` opens with a preposition
    /// or an introductory word (`in a short address,`) or ends with `ago`, rather than being a
    /// name with its appositive (`The governor of the bank, Ada Wells`).
    fn opens_intro_phrase(&self, start: usize, at: usize) -> bool {
        let comma = (start..at)
            .rev()
            .find(|&idx| self.kind(idx) == Some(Tk::Comma))
            .unwrap_or(start);
        let phrase = (start..comma)
            .rev()
            .find(|&idx| self.kind(idx) == Some(Tk::Comma))
            .map_or(start, |previous| previous + 1);
        let first = self.word(phrase);
        // `Several weeks ago,`, `Two years ago,`: a time before now.
        let ago = comma > phrase && self.word(comma - 1).eq_ignore_ascii_case("ago");
        // `Too often, Mr. Clarke said, …`, `Back in Nordhavn, Holm said, …`, `Privately, …`:
        // an adverb opens a circumstance, never a name.
        let adverb = is_in(SCENE_ADVERBS, first) || is_ly_adverb(&first.to_ascii_lowercase());
        is_in(CIRCUMSTANCE_OPENERS, first) || is_in(INTRO_WORDS, first) || ago || adverb
    }

    /// `…, to which the ministry responded by asserting …`, `the plan, which the mayor said was
    /// lawful`: the subject of a relative clause, which follows its relative pronoun, when the
    /// clause has a subject of its own and a statement follows the cue at `cue_end` (`that`, a
    /// clause, a quotation, `by asserting …` or `residents to stay home`; not `the price at
    /// which the firm listed in 1999`). The subject's first token.
    fn relative_clause_subject(
        &self,
        start: usize,
        subject_end: usize,
        cue_end: usize,
    ) -> Option<usize> {
        let relative = (start + 1..subject_end).rev().find(|&i| {
            is_in(&["which", "whom"], self.word(i))
                && (self.kind(i - 1) != Some(Tk::Word)
                    || is_in(CIRCUMSTANCE_PREPOSITIONS, self.word(i - 1)))
        })?;
        let first = self.word(relative + 1);
        let subject_opens = starts_upper(first) || is_in(DETERMINERS, first);
        // One phrase: words, and the full stop of a title (`Ines Varga and Dr. Tomas Holm`).
        let one_phrase = (relative + 1..subject_end).all(|i| match self.kind(i) {
            Some(Tk::Word) => true,
            Some(Tk::Stop) => is_in(TITLES, self.word(i - 1)),
            _ => false,
        });
        let after = self.word(cue_end);
        let statement = after == "that"
            || self.kind(cue_end) == Some(Tk::Open)
            || self.rest_opens_clause(cue_end)
            || after == "by" && self.word(cue_end + 1).ends_with("ing")
            || self.object_then_infinitive(cue_end);
        (subject_opens
            && one_phrase
            && relative + 1 < subject_end
            && statement
            && self.is_noun_phrase(relative + 1, subject_end, 14))
        .then_some(relative + 1)
    }

    /// `urged residents to stay home`: from `from`, an object of up to four words, then `to`
    /// and a verb.
    pub(super) fn object_then_infinitive(&self, from: usize) -> bool {
        let to = (from + 1..(from + 5).min(self.toks.len())).find(|&i| self.word(i) == "to");
        to.is_some_and(|to| {
            (from..to).all(|i| self.kind(i) == Some(Tk::Word))
                && self.kind(to + 1) == Some(Tk::Word)
                && self.word(to + 1).starts_with(char::is_lowercase)
        })
    }

    /// The name before `, who` when `who` ends the subject before a cue (`…, including
    /// Councillor Ines Varga, who said …`): capitalised words (a title among them), or a
    /// determiner's noun phrase of up to four words (`the mayor, who said`).
    fn who_antecedent(&self, start: usize, subject_end: usize) -> Option<(usize, usize)> {
        let who = subject_end.checked_sub(1)?;
        let comma = who.checked_sub(1)?;
        if !(self.word(who) == "who" && self.kind(comma) == Some(Tk::Comma) && comma > start) {
            return None;
        }
        let word_at = |i: usize| matches!(self.kind(i), Some(Tk::Word | Tk::Stop));
        let mut from = comma;
        while from > start && word_at(from - 1) && starts_upper(self.word(from - 1)) {
            from -= 1;
        }
        if from == comma {
            from = (comma.saturating_sub(4).max(start)..comma)
                .find(|&i| is_in(ARTICLES, self.word(i)) && (i..comma).all(word_at))?;
        }
        // (`Democrats on Capitol Hill, who …`: a place is not who speaks.)
        let place = from > start && is_in(LOCATIVE_PREPOSITIONS, self.word(from - 1));
        (!place).then_some((from, comma))
    }

    /// `X claimed that …`, `X accused Y of …`.
    pub(super) fn try_before(&self, idx: usize, cue_end: usize) -> Option<Found> {
        // Nothing said after the cue (`…, Holm said.`): no statement, whatever the subject. It
        // is read first, as the subject tests below cost more.
        let from = cue_end + usize::from(self.word(cue_end).eq_ignore_ascii_case("that"));
        let content = self.content(from, self.toks.len())?;
        let mut start = self.clause_start(idx);
        let mut subject_end = self.skip_left(idx, start);
        // `…, resident Ada Holm, said: "…"`: a stray comma before a cue that opens speech.
        if subject_end == idx
            && idx > start
            && self.kind(idx - 1) == Some(Tk::Comma)
            && self.kind(cue_end) == Some(Tk::Colon)
        {
            subject_end -= 1;
        }
        // `a letter … that says …`: a relative clause does not name a speaker.
        if subject_end > start && is_in(&["that", "which"], self.word(subject_end - 1)) {
            return None;
        }
        // `…, including Councillor Ines Varga, who said …`: the name before `, who`.
        if let Some(antecedent) = self.who_antecedent(start, subject_end) {
            (start, subject_end) = antecedent;
        }
        // `… a press conference, shortly after Trump said`: the subject of a subordinate
        // clause follows its conjunction.
        // A subordinate clause closed by a comma (`… as unfair, and a third said`) is over.
        let clause_from = (start..subject_end)
            .rev()
            .find(|&i| self.kind(i) == Some(Tk::Comma))
            .map_or(start + 1, |comma| comma + 1);
        let coordinated = subject_end > start && is_in(&["and", "but"], self.word(subject_end - 1));
        if let Some(sub) = (clause_from..subject_end).rev().find(|&i| {
            let word = self.word(i);
            word.starts_with(char::is_lowercase)
                && is_in(SUBORDINATORS, word)
                && !(coordinated && self.predicative_as(i))
                // `in spite of the fact that the inspector said`: a clause that completes a noun.
                || (word == "that" && i > 0 && is_in(FACT_NOUNS, self.word(i - 1)))
        }) {
            if sub + 1 < subject_end {
                start = sub + 1;
            }
        }
        if let Some(subject_start) = self.relative_clause_subject(start, subject_end, cue_end) {
            start = subject_start;
        }
        // A pronoun right before the verb is the whole subject: `A few days ago … he blasted`.
        if subject_end > start
            && is_in(
                &["he", "she", "they", "it", "we"],
                self.word(subject_end - 1),
            )
        {
            start = subject_end - 1;
        }
        start = self.skip_openers(start, subject_end);
        // `the gap between what Holm says and what he does`: a free relative after a
        // preposition names what is said; it reports no statement.
        if let Some(what) = (start + 1..subject_end)
            .rev()
            .find(|&i| is_in(&["what", "whatever"], self.word(i)))
        {
            let after_preposition = is_in(
                &[
                    "about", "at", "between", "by", "for", "from", "of", "on", "with",
                ],
                self.word(what - 1),
            );
            if after_preposition
                && what + 1 < subject_end
                && self.is_noun_phrase(what + 1, subject_end, 6)
            {
                return None;
            }
        }
        (start, subject_end) = self.first_clause_subject(start, subject_end);
        // `In a report from Global Affairs Canada, it alleged …`: the document's author.
        if subject_end == start + 1 && is_in(&["it", "they"], self.word(start)) {
            if let Some(author) = self.intro_author(start) {
                (start, subject_end) = (author.start, author.end);
            }
        }
        // `Moments before the vote, in a short address, Dana Kell said …`: the name after an
        // introductory phrase, whether or not what comes before reads as a noun phrase.
        match self.after_intro_phrase(start, subject_end) {
            // `Tolvia, Norland and Lorsk urge …`: a list of names, not a phrase and a name.
            Some(_) if self.is_name_list(start, subject_end) => {}
            Some(at) if self.opens_intro_phrase(start, at) => start = at,
            Some(at) if !self.is_noun_phrase(start, subject_end, 30) => start = at,
            _ if !self.is_noun_phrase(start, subject_end, 30) => return None,
            _ => {}
        }
        Some(Found {
            kind: AttributionKind::Indirect,
            subject: TokenRange::new(start, subject_end),
            cue: self.toks[idx].span,
            content: vec![content],
            after: false,
        })
    }
}
