//! Noun phrases and clause boundaries: whether tokens form a speaker's noun phrase, where
//! a clause or a name starts and ends, what to skip before a verb.

use super::sentence::Sentence;
use super::tokens::Tk;
use crate::analysis::actors::*;
use crate::analysis::lexicon::*;
use crate::analysis::text::{is_all_caps, is_dotted_initials};

impl<'t> Sentence<'t> {
    /// `farmer Tomas Holm`, `local activist Tomas Holm`: one or two lower-case describing words
    /// from `from`, then a full name to `to`; or one singular describing word, then a surname
    /// (`striker Pell`; not `officials Monday`).
    fn described_name(&self, from: usize, to: usize) -> bool {
        (from + 1..to.min(from + 3)).any(|k| {
            let surname = to - k == 1
                && k == from + 1
                && !self.word(from).ends_with('s')
                && !is_in(TIME_WORDS, self.word(k))
                && !is_in(MONTHS, self.word(k));
            (to - k >= 2 || surname)
                && (k..to).all(|j| starts_upper(self.word(j)))
                && (from..k).all(|j| {
                    let word = self.word(j);
                    word.starts_with(char::is_lowercase)
                        && !is_in(VERB_WORDS, word)
                        && !is_in(FUNCTION_WORDS, word)
                        && !is_in(LEADING_CONNECTIVES, word)
                        && !is_in(SUBORDINATORS, word)
                        && !is_in(NEVER_NAMES, word)
                })
        })
    }

    /// Whether tokens `[from, to)` form a plausible speaker noun phrase.
    pub(super) fn is_noun_phrase(&self, from: usize, to: usize, max_words: usize) -> bool {
        if from >= to {
            return false;
        }
        let mut n_words = 0;
        for idx in from..to {
            match self.kind(idx) {
                Some(Tk::Word) => {
                    if self.toks[idx].quoted {
                        return false;
                    }
                    if self.verb_at(from, idx) {
                        return false;
                    }
                    n_words += 1;
                }
                Some(Tk::ParenOpen | Tk::ParenClose | Tk::Comma | Tk::Other) => {}
                Some(Tk::Stop) => {
                    // Only the full stop of an abbreviation (`Sen.`, `Inc.`, `(R-Fla.)`).
                    let before = self.word(idx.wrapping_sub(1));
                    let before = before.rsplit('-').next().unwrap_or(before);
                    if before.is_empty() || (before.len() > 4 && !is_dotted_initials(before)) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        if n_words == 0 || n_words > max_words {
            return false;
        }
        let last_word = self.last_word(from, to);
        if is_in(
            &["and", "but", "or", "of", "to", "for", "with", "by"],
            last_word,
        ) {
            return false;
        }
        let first = self.word(from);
        // `Many said …`, `Some argue …`: a count without its noun names no speaker.
        if n_words == 1 && is_in(&["many", "most", "others", "several", "some"], first) {
            return false;
        }
        // A question's auxiliary is no subject: `Did you expect …?` (not `Will`, `May`: names);
        // nor is a preposition or participle opening the sentence (`Among those who …`).
        if first.is_empty()
            || is_in(QUESTION_AUXILIARIES, first)
            || is_in(NEVER_SUBJECT_FIRST, first)
        {
            return false;
        }
        if !(starts_upper(first) || self.lower_case_subject(from, to, n_words)) {
            return false;
        }
        // `That rise indicates …`: a demonstrative before a noun that cannot speak.
        let demonstrative = is_in(&["this", "these", "those", "that"], first);
        if demonstrative
            && n_words == 2
            && last_word.starts_with(char::is_lowercase)
            && !(is_in(ROLE_NOUNS, last_word)
                || is_in(GENERIC_ORG, last_word)
                || is_in(ORG_WORDS, last_word)
                || crate::analysis::cues::is_source_noun(last_word))
        {
            return false;
        }
        // A relative pronoun or a conjunction that opens a clause is not a subject.
        let clause_word =
            first.starts_with(char::is_lowercase) || first.len() <= 5 && !is_all_caps(first);
        !(clause_word && is_in(CLAUSE_OPENERS, first))
            || (from + 1 < to
                && is_in(&["this", "these", "those", "that"], first)
                && !self.word(from + 1).is_empty())
    }

    /// Whether a subject may open with the lower-case word at `from` (of `n_words` words to
    /// `to`): a determiner, a pronoun, a role, or modifiers before a role or a name.
    fn lower_case_subject(&self, from: usize, to: usize, n_words: usize) -> bool {
        let first = self.word(from);
        let last_word = self.last_word(from, to);
        // `union president Carla Mendes`, `industry analyst Priya Natarajan`: lower-case
        // modifiers, then a role noun, then a name.
        let modified_role = || {
            (from + 1..to.min(from + 4)).any(|k| {
                is_in(ROLE_NOUNS, self.word(k))
                    && k + 1 < to
                    && starts_upper(self.word(k + 1))
                    && (from..k).all(|j| {
                        let word = self.word(j);
                        word.starts_with(char::is_lowercase) && !is_in(VERB_WORDS, word)
                    })
            })
        };
        // `disaster officials`, `local health officials`, `bond strategists`: lower-case
        // modifiers, then a role (or its plural; not `how experts say`, `few experts`).
        let plural_role = || {
            is_role_noun_or_plural(last_word)
                && (from..to).all(|idx| {
                    let word = self.word(idx);
                    !is_in(&["few", "how", "why"], word)
                        && !is_in(CLAUSE_OPENERS, word)
                        && !is_in(SUBORDINATORS, word)
                })
        };
        let modified_group = || {
            n_words <= 4
                && (is_in(ROLE_NOUNS, last_word) || plural_role())
                && (from..to).map(|idx| self.word(idx)).all(|w| {
                    w.is_empty()
                        || (w.starts_with(char::is_lowercase)
                            && !is_in(VERB_WORDS, w)
                            && w != "that")
                })
        };
        is_in(DETERMINERS, first)
            || is_in(PRONOUNS, first)
            || is_in(ROLE_NOUNS, first)
            // `former UN Ambassador John Bolt`, `senior Harbour Board officials`.
            || is_in(ROLE_DESCRIBERS, first)
            || first.ends_with('s')
            || is_in(&["police", "people", "critics", "experts"], first)
            || modified_role()
            || modified_group()
            || self.described_name(from, to)
            || self.is_share_of(from, to)
            // `said de Vries`: a surname that opens with its particle.
            || (is_in(NAME_PARTICLES, first) && starts_upper(self.word(from + 1)))
    }

    /// Whether a describer opens a name at token `at`: `former Governor Lena Ortiz`.
    pub(super) fn opens_described_name(&self, at: usize) -> bool {
        is_in(ROLE_DESCRIBERS, self.word(at)) && starts_upper(self.word(at + 1))
    }

    /// `52 percent of voters`, `52% of them`, `half of GOP primary voters`, `two-thirds of
    /// Democrats`: a share of a group, the share's noun (or `%`) right before `of`.
    fn is_share_of(&self, from: usize, to: usize) -> bool {
        let Some(of) = (from + 1..to.min(from + 4)).find(|&idx| self.word(idx) == "of") else {
            return false;
        };
        let noun = self.word(of - 1);
        let share = noun.rsplit('-').next().unwrap_or(noun);
        is_in(SHARE_NOUNS, share)
            || self.kind(of - 1) == Some(Tk::Other) && self.toks[of - 1].text == "%"
    }

    /// Whether the word at `idx` of a phrase starting at `from` is a verb, so that the phrase
    /// is a clause: a known verb, a cue with its complement (`That jump indicates that …`) or a
    /// past tense with its object (`The fear caused a dramatic fall`), not in a relative
    /// clause (`X, who led the analysis,`) and not a particle of a name (`Maria do Carmo`).
    fn verb_at(&self, from: usize, idx: usize) -> bool {
        let word = self.word(idx);
        if !word.starts_with(char::is_lowercase) {
            return false;
        }
        let particle = is_in(NAME_PARTICLES, word)
            && idx > from
            && starts_upper(self.word(idx - 1))
            && starts_upper(self.word(idx + 1));
        if is_in(VERB_WORDS, word) && !particle {
            return true;
        }
        if self.word(idx + 1) == "that" && crate::analysis::cues::lookup(word).is_some() {
            return true;
        }
        // `The US keeps meddling`: a verb and its gerund.
        let next = self.word(idx + 1);
        if idx > from
            && word.ends_with('s')
            && next.len() > 5
            && next.ends_with("ing")
            && next.starts_with(char::is_lowercase)
        {
            return true;
        }
        let past = word.ends_with("ed") || is_in(IRREGULAR_PAST, word);
        past && idx > from
            && !(from..idx).any(|j| is_in(&["who", "which", "that"], self.word(j)))
            && is_in(
                &["a", "an", "the", "its", "his", "her", "their"],
                self.word(idx + 1),
            )
    }

    /// Skips auxiliaries, adverbs and time phrases leftwards from `end`; returns the new end.
    pub(super) fn skip_left(&self, mut end: usize, from: usize) -> usize {
        loop {
            if end <= from {
                return end;
            }
            let word = self.word(end - 1);
            if word.is_empty() {
                // `The ministry, in a statement, said`: a parenthetical between commas.
                if self.kind(end - 1) == Some(Tk::Comma) {
                    let mut idx = end - 1;
                    while idx > from && self.kind(idx - 1) != Some(Tk::Comma) {
                        idx -= 1;
                    }
                    if idx > from
                        && (is_in(PARENTHETICAL_OPENERS, self.word(idx))
                            || self.relative_appositive(idx, end - 1))
                    {
                        end = idx - 1;
                        continue;
                    }
                }
                // `Joyce Hart — who is listed as a lawyer — told`: a relative clause or an
                // appositive between dashes.
                if self.kind(end - 1) == Some(Tk::Dash) {
                    if let Some(open) = self.dash_parenthetical(end - 1, from) {
                        end = open;
                        continue;
                    }
                }
                return end;
            }
            if let Some(first) = self.catenative_start(end - 1) {
                end = first;
                continue;
            }
            // (`Holm quite generously asked`: a degree adverb before an adverb; `Those nerves
            // perhaps explain`: a hedge.)
            let lower_adverb = is_ly_adverb(word)
                || is_in(FREQUENCY_ADVERBS, word)
                || is_in(&["maybe", "perhaps"], word)
                || (is_in(DEGREE_ADVERBS, word) && is_ly_adverb(self.word(end)));
            if is_in(AUXILIARIES, word) || lower_adverb || word.eq_ignore_ascii_case("not") {
                end -= 1;
                continue;
            }
            if is_in(TIME_WORDS, word) {
                end -= 1;
                while end > from && is_in(TIME_MODIFIERS, self.word(end - 1)) {
                    end -= 1;
                }
                continue;
            }
            // `on Oct. 5`, `on March 3`
            if word.bytes().all(|b| b.is_ascii_digit()) && end >= from + 2 {
                let mut idx = end - 1;
                if self.kind(idx - 1) == Some(Tk::Stop) {
                    idx -= 1;
                }
                if idx >= from + 2
                    && crate::analysis::meta::parse_date(&format!("{} 1, 2000", self.word(idx - 1)))
                        .is_some()
                    && self.word(idx - 2).eq_ignore_ascii_case("on")
                {
                    end = idx - 2;
                    continue;
                }
            }
            return end;
        }
    }

    /// The opening dash of a parenthetical that the dash at `close` ends (`— who is listed
    /// as a lawyer —`, `— a lawyer in Illinois —`): at most 30 tokens back, after a word,
    /// opening with a relative pronoun or an article, with no sentence punctuation inside.
    fn dash_parenthetical(&self, close: usize, from: usize) -> Option<usize> {
        let open = (from.max(close.saturating_sub(30))..close)
            .rev()
            .take_while(|&idx| !matches!(self.kind(idx), Some(Tk::Stop | Tk::Open | Tk::Close)))
            .find(|&idx| self.kind(idx) == Some(Tk::Dash))?;
        let first = self.word(open + 1);
        (open > from
            && self.kind(open - 1) == Some(Tk::Word)
            && (is_in(RELATIVES, first) || is_in(ARTICLES, first)))
        .then_some(open)
    }

    /// `Pavel Brun, a former envoy who is a harsh critic of the plan, suggests`: tokens
    /// `start..end`, between commas after a name, are an appositive with a relative clause.
    fn relative_appositive(&self, start: usize, end: usize) -> bool {
        start >= 2
            && self.kind(start - 1) == Some(Tk::Comma)
            && starts_upper(self.word(start - 2))
            && is_in(ARTICLES, self.word(start))
            && (start + 2..end).any(|i| is_in(&["who", "whose"], self.word(i)))
    }

    /// `went on to`, `was quick to`, `hastened to`, `began by` (before a gerund): when `to` (or
    /// `by`) at `to` ends a verb that leads into the cue after it, the phrase's first word.
    pub(super) fn catenative_start(&self, to: usize) -> Option<usize> {
        if to < 2 {
            return None;
        }
        if self.word(to) == "by" {
            return is_in(PHASE_VERBS, self.word(to - 1)).then_some(to - 1);
        }
        if !self.word(to).eq_ignore_ascii_case("to") {
            return None;
        }
        let before = self.word(to - 1);
        if is_in(CATENATIVE_VERBS, before) {
            return Some(to - 1);
        }
        (before == "on" && is_in(&["go", "goes", "going", "gone", "went"], self.word(to - 2)))
            .then_some(to - 2)
    }

    /// The colon after a quotation that opens the clause at `start`, before `end`:
    /// `'Absurd and motivated': …`.
    fn quoted_claim_end(&self, start: usize, end: usize) -> Option<usize> {
        if self.kind(start) != Some(Tk::Open) {
            return None;
        }
        (start + 2..end)
            .find(|&idx| self.kind(idx) == Some(Tk::Close))
            .filter(|&close| self.kind(close + 1) == Some(Tk::Colon) && close + 2 < end)
            .map(|close| close + 1)
    }

    /// Whether token `idx` is a colon that opens a clause: a short label's (`The Latest:`,
    /// within five tokens of `start`), or one followed by a space and a capitalised word (not
    /// `3:1` or `10:47PM`; nor `…: a set of rules that …`, a noun phrase).
    fn clause_colon(&self, idx: usize, start: usize) -> bool {
        self.kind(idx) == Some(Tk::Colon)
            && (idx < start + 5
                || (self.text[self.toks[idx].span.end..].starts_with(' ')
                    && starts_upper(self.word(idx + 1))))
    }

    /// The first token of the clause that ends at `end`: after introductory phrases.
    pub(super) fn clause_start(&self, end: usize) -> usize {
        let mut start = self.dateline_end().min(end);
        // `The Latest: Trump urges …`: a short label and a colon.
        // `… set off a row on Friday: Republicans said …`: a clause after a colon has its own
        // subject too.
        if let Some(colon) = (start..end)
            .rev()
            .find(|&idx| self.clause_colon(idx, start))
        {
            start = colon + 1;
        } else if let Some(colon) = self.quoted_claim_end(start, end) {
            // `'Absurd and motivated': Tolvia rejects …`: a quoted claim and a colon.
            start = colon + 1;
        }
        while start < end && matches!(self.kind(start), Some(Tk::Open | Tk::Dash)) {
            start += 1;
        }
        loop {
            // Find the next top-level comma before `end`.
            let Some(comma) = self.top_level_comma(start, end) else {
                return start;
            };
            // `But Ada Holm, the mayor, said`: a conjunction before a capitalised word is read
            // past, so that a name after it opens the subject (`But on Monday,` is a phrase).
            let conjunction = is_in(&["and", "but", "or", "yet"], self.word(start))
                && start + 1 < comma
                && self.kind(start + 1) == Some(Tk::Word)
                && starts_upper(self.word(start + 1));
            let first = self.word(start + usize::from(conjunction));
            let phrase_start = start;
            let intro = is_in(INTRO_WORDS, first)
                || is_in(NEVER_SUBJECT_FIRST, first)
                || (first.ends_with("ing") && starts_upper(first))
                || (first.ends_with("ly") && first.len() > 4)
                || (first.ends_with("ed") && starts_upper(first) && !is_in(ORG_WORDS, first));
            if !intro {
                return start;
            }
            start = comma + 1;
            // `At a rally in Coral Springs, Florida, Clinton said`: a place after the phrase,
            // which continues a place name; in `In a statement, Ada Roos, who …, said` the
            // name after a common noun is the subject, and so is `Tomas Holm, the minister,`
            // after a day or a month (`On Monday,`); a place follows only a place
            // (`Meanwhile, Ada Holm, the mayor, said`).
            let before = self.word(comma - 1);
            let placed = (phrase_start..comma).any(|i| is_in(PLACE_PREPOSITIONS, self.word(i)));
            if !starts_upper(before)
                || is_in(TIME_WORDS, before)
                || is_in(MONTHS, before)
                || !placed
            {
                continue;
            }
            let mut next_comma = start;
            while next_comma < end
                && self.kind(next_comma) == Some(Tk::Word)
                && starts_upper(self.word(next_comma))
            {
                next_comma += 1;
            }
            if next_comma > start
                && next_comma - start <= 3
                && self.kind(next_comma) == Some(Tk::Comma)
                && next_comma + 1 < end
            {
                start = next_comma + 1;
            }
        }
    }

    /// `Later, Holm criticised the decision`: a cue whose object is its target, with a word
    /// after it, reports its own object; the words before it are no statement of its.
    pub(super) fn cue_takes_object(&self, idx: usize, cue_end: usize) -> bool {
        cue_end == idx + 1
            && self.kind(cue_end) == Some(Tk::Word)
            && !self.toks[cue_end].quoted
            && crate::analysis::cues::lookup(self.word(idx))
                .is_some_and(|cue| is_in(OBJECT_CUES, cue.lemma))
    }

    /// `as` at `idx` introduces a description rather than a clause (`portrayed the plan as a
    /// gift to builders and claimed …`): a lower-case word other than a pronoun follows it, so a
    /// cue coordinated after it shares the sentence's first subject.
    pub(super) fn predicative_as(&self, idx: usize) -> bool {
        let next = self.word(idx + 1);
        self.word(idx) == "as" && next.starts_with(char::is_lowercase) && !is_in(PRONOUNS, next)
    }

    /// Whether the words from `from` open a clause of their own: a subject pronoun first
    /// (`… said he was suited`), or a finite verb among the first four words with no
    /// preposition first (`… said the probe is ongoing`). Such words are the cue's complement,
    /// never a circumstance of it (`… said on Monday`).
    pub(super) fn rest_opens_clause(&self, from: usize) -> bool {
        let first = self.word(from);
        if first.is_empty() || self.toks[from].quoted {
            return false;
        }
        if is_in(PRONOUNS, first) {
            return true;
        }
        if is_in(CIRCUMSTANCE_OPENERS, first) || is_in(TIME_WORDS, first) {
            return false;
        }
        (from..(from + 4).min(self.body_end()))
            .take_while(|&idx| self.kind(idx) == Some(Tk::Word))
            .any(|idx| is_in(FINITE_VERBS, self.word(idx)))
    }

    pub(super) fn rest_is_short(&self, from: usize) -> bool {
        let end = self.body_end();
        let mut n_words = 0;
        let first = self.word(from);
        if is_in(
            &["that", "of", "for", "to", "whether", "how", "why", "what"],
            first,
        ) && !first.is_empty()
        {
            return false;
        }
        for idx in from..end {
            if let Some(tok) = self.toks.get(idx) {
                if tok.kind == Tk::Word && !tok.quoted {
                    n_words += 1;
                }
                // `said Friday, "…"`: a quotation of its own ends the rest; one inside the
                // words (`said the firm's "debts" are …`) is part of a clause.
                if matches!(tok.kind, Tk::Open)
                    && idx > from
                    && self.kind(idx - 1) != Some(Tk::Word)
                {
                    break;
                }
                // `…, X said Friday, as they bristled …`: a trailing adjunct clause.
                if tok.kind == Tk::Comma {
                    let next = self.word(idx + 1);
                    if next.starts_with(char::is_lowercase) && idx > from {
                        break;
                    }
                    let adjunct = is_in(ADJUNCT_OPENERS, next)
                        || (next.ends_with("ing") && next.starts_with(char::is_lowercase));
                    if adjunct {
                        break;
                    }
                }
            }
        }
        n_words <= 9
    }

    /// Whether the words from `from` to the end are a circumstance of the cue before them, not
    /// its content: a preposition (`in response to a question …`, `at a briefing`), and no
    /// complement clause (`that`, `whether`) or quoted statement after it (a scare quote is
    /// fine).
    pub(super) fn rest_is_circumstance(&self, from: usize) -> bool {
        is_in(CIRCUMSTANCE_OPENERS, self.word(from))
            && self.toks[from.min(self.toks.len())..self.body_end().max(from)]
                .iter()
                .all(|tok| !tok.quoted)
            && (from..self.body_end()).all(|idx| !is_in(&["that", "whether", "if"], self.word(idx)))
    }

    /// `The nurses have walked away …`, `a resident disagreed …`, `another tenant agreed …`:
    /// an article (or a group member's word) and one common noun
    /// before a verb (an auxiliary or a past form), as a clause's subject; the noun's end, or
    /// `start` if the clause opens otherwise.
    pub(super) fn common_subject_end(&self, start: usize, limit: usize) -> usize {
        let noun = self.word(start + 1);
        let verb = self.word(start + 2);
        let common_noun = noun.starts_with(char::is_lowercase)
            && !is_in(FUNCTION_WORDS, noun)
            && !is_in(VERB_WORDS, noun)
            && !noun.ends_with("ed");
        let verb_next = is_in(&["had", "has", "have", "were", "was"], verb)
            || (verb.ends_with("ed") && verb.starts_with(char::is_lowercase));
        let opens = (is_in(ARTICLES, self.word(start))
            || is_in(GROUP_MEMBER_WORDS, self.word(start)))
            && start + 3 < limit
            && (start..start + 3).all(|idx| self.kind(idx) == Some(Tk::Word));
        if opens && common_noun && verb_next {
            start + 2
        } else {
            start
        }
    }

    /// `Contrary to claims by Ada Lund, the minister, that …, the nurses have walked out,`: the
    /// clause between the last comma and the comma at `comma`, when it opens with `the`, a
    /// common noun and a verb (see [`Sentence::common_subject_end`]); its first token.
    pub(super) fn clause_after_last_comma(&self, comma: usize) -> Option<usize> {
        let from = (0..comma)
            .rev()
            .find(|&idx| self.kind(idx) == Some(Tk::Comma))?
            + 1;
        (self.common_subject_end(from, comma) > from).then_some(from)
    }

    /// `a spokeswoman for`, `the chief economist at`: an article, a role (after at most one
    /// describing word) and `for`, `of` or `at`, opening at `from` (before `to`); the role's
    /// index.
    pub(super) fn role_of_at(&self, from: usize, to: usize) -> Option<usize> {
        if !is_in(ARTICLES, self.word(from)) {
            return None;
        }
        (from + 1..(from + 3).min(to))
            .find(|&idx| is_in(ROLE_NOUNS, self.word(idx)))
            .filter(|&role| is_in(&["at", "for", "of"], self.word(role + 1)))
    }

    /// `a spokeswoman for the Bureau of the Resident Envoy of the Department of Harbour Affairs`:
    /// an article, a role (after at most one describing word), `for`, `of` or `at`, then only
    /// capitalised words and function words up to `to`.
    pub(super) fn role_of_named_org(&self, from: usize, to: usize) -> bool {
        let Some(role) = self.role_of_at(from, to) else {
            return false;
        };
        role + 2 < to
            && (role + 2..to).all(|idx| {
                let word = self.word(idx);
                self.kind(idx) == Some(Tk::Word)
                    && (starts_upper(word) || is_in(FUNCTION_WORDS, word) || word == "in")
            })
    }

    /// The end of a noun phrase starting at `from` (for `said X, the …`).
    pub(super) fn np_end(&self, from: usize) -> usize {
        let mut idx = from;
        let end = self.toks.len();
        while idx < end {
            match self.kind(idx) {
                Some(Tk::Word) => {
                    let word = self.word(idx);
                    // `the Chinese Embassy in the United States`: a post's place is its name.
                    let posted = continues_posted_name(
                        self.word(idx.wrapping_sub(1)),
                        word,
                        self.word(idx + 1),
                        self.word(idx + 2),
                    );
                    if idx > from
                        && (is_in(NOUN_PHRASE_ENDERS, word)
                            && !(word == "and" && starts_upper(self.word(idx + 1))))
                        && !posted
                    {
                        break;
                    }
                }
                Some(Tk::Stop) => {
                    let before = self.word(idx.wrapping_sub(1));
                    let abbreviation = is_in(NAME_ABBREVIATIONS, before)
                        || before.contains('.')
                        || (before.chars().count() == 1 && starts_upper(before));
                    if !(abbreviation && idx + 1 < end) {
                        // `… said the Embassy in the U.K.`: the last stop is the name's too.
                        if before.contains('.') && idx + 1 == end {
                            idx += 1;
                        }
                        break;
                    }
                }
                Some(Tk::ParenOpen | Tk::ParenClose) => {}
                _ => break,
            }
            idx += 1;
        }
        idx
    }

    /// Whether the comma-separated text `[start, comma)` ends with a clause rather than a
    /// name or an appositive (`Central bank holds rates at 3.5%, signals …`,
    /// `X, which runs the harbour, accused …`).
    pub(super) fn clause_before_comma(&self, start: usize, comma: usize) -> bool {
        let segment_start = (start..comma)
            .rev()
            .find(|&idx| self.kind(idx) == Some(Tk::Comma))
            .map(|idx| idx + 1);
        match segment_start {
            Some(segment_start) => {
                let first = self.word(segment_start);
                // `former Governor Lena Ortiz,`: a describer before a name is no clause.
                first.starts_with(char::is_lowercase)
                    && !is_in(DETERMINERS, first)
                    && !is_in(ROLE_NOUNS, first)
                    && !self.opens_described_name(segment_start)
            }
            None => {
                let n_content = (start..comma)
                    .map(|idx| self.word(idx))
                    .filter(|word| {
                        word.starts_with(char::is_lowercase)
                            && !is_in(FUNCTION_WORDS, word)
                            && !is_in(ROLE_NOUNS, word)
                            && !is_in(DETERMINERS, word)
                    })
                    .count();
                n_content >= 2
            }
        }
    }

    /// The end of the name that opens the clause at `start`: a determiner, capitalised words,
    /// connectors and a parenthesised acronym.
    pub(super) fn name_prefix(&self, start: usize, limit: usize) -> usize {
        let mut idx = start;
        if is_in(ARTICLES, self.word(idx)) {
            idx += 1;
        }
        let mut end = start;
        let first = idx;
        while idx < limit {
            match self.kind(idx) {
                Some(Tk::Word) => {
                    let word = self.word(idx);
                    // Lower-case modifiers may open it before an organisation or a role noun:
                    // `The central bank`, `The state news agency`.
                    if end == start && word.starts_with(char::is_lowercase) {
                        if let Some(head) = (idx + 1..(idx + 3).min(limit)).find(|&j| {
                            let w = self.word(j);
                            is_in(GENERIC_ORG, w) || is_in(ROLE_NOUNS, w)
                        }) {
                            if (idx..head).all(|j| {
                                let w = self.word(j);
                                w.starts_with(char::is_lowercase)
                                    && !is_in(VERB_WORDS, w)
                                    && !is_in(FUNCTION_WORDS, w)
                            }) {
                                end = head + 1;
                                idx = head + 1;
                                continue;
                            }
                        }
                    }
                    // A role may open it: `A spokeswoman for the Builders' Federation`; a
                    // document may close it: `Benn's opinion`.
                    let possessor = self.word(idx.wrapping_sub(1));
                    let document = end == idx
                        && is_possessive(possessor)
                        && crate::analysis::cues::is_source_noun(word);
                    if starts_upper(word)
                        || ((end > start || idx == first) && is_in(ROLE_NOUNS, word))
                        || ((end > start || (idx == first && first > start))
                            && is_in(GENERIC_ORG, word))
                        || document
                    {
                        end = idx + 1;
                    } else if !is_in(FUNCTION_WORDS, word) {
                        break;
                    }
                }
                Some(Tk::ParenOpen) => {
                    if self.kind(idx + 2) == Some(Tk::ParenClose) {
                        end = idx + 3;
                        idx += 2;
                    } else {
                        break;
                    }
                }
                Some(Tk::Stop)
                    if idx > start
                        && (self.word(idx - 1).len() <= 4
                            || is_dotted_initials(self.word(idx - 1))) =>
                {
                    if end == idx {
                        end = idx + 1;
                    }
                }
                _ => break,
            }
            idx += 1;
        }
        end
    }
}
