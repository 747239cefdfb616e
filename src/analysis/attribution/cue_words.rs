//! Cue words in a sentence: which reporting verbs apply (`said`, `called on`, `issued a
//! statement`), the pattern search over them (an `according to X` among them, read in
//! `according`), and the cue-only patterns: a participle clause (`…, saying that`) and a bare
//! attribution (`Vitter demanded.`).

use super::sentence::{Found, Sentence, TokenRange};
use super::tokens::Tk;
use crate::analysis::actors::*;
use crate::analysis::cues::{self, Form, Frame};
use crate::analysis::lexicon::*;
use crate::analysis::text::is_all_caps;
use crate::analysis::{AttributionKind, Span};

impl<'t> Sentence<'t> {
    /// Finds the attribution pattern of the sentence.
    pub(super) fn find(&self) -> Option<Found> {
        let according = self.according_to();
        if according.is_none() {
            return self.find_cue();
        }
        // `According to the statement, Mora said that …`: the document reports Mora's words;
        // so does an outlet after them (`Mora told the court …, according to the Tribune`), and an
        // account with no author (`…, according to media reports`).
        let inner = self.find_cue().filter(|found| {
            according.as_ref().is_some_and(|according| {
                let (from, to) = (according.subject.start, according.subject.end);
                let relayed = found.subject.end <= from
                    && (self.is_outlet_name(from, to) || self.is_unnamed_account(from, to));
                // (`According to the coastguard, crews found the boat, and they ordered …`: a cue in a
                // later clause of the content is not the sentence's.)
                let later_clause = (to..found.subject.start)
                    .any(|i| is_in(&["and", "but", "while"], self.word(i)));
                (!found.after && found.subject.start >= to && from <= 2 && !later_clause) || relayed
            })
        });
        inner.or(according)
    }

    /// The pattern around the sentence's cue words.
    fn find_cue(&self) -> Option<Found> {
        if let Some(found) = self.fronted_cue().or_else(|| self.quoted_as_saying()) {
            return Some(found);
        }
        // The outermost attribution first: a speaker after the content (`…, the source
        // added.`) wins over cues inside that content.
        let mut cues_found: Vec<(usize, usize)> = Vec::new();
        for idx in 0..self.toks.len() {
            let tok = self.toks[idx];
            if tok.kind != Tk::Word || tok.quoted {
                continue;
            }
            let Some(cue) = cues::lookup(self.word(idx)) else {
                continue;
            };
            if let Some(cue_end) = self.cue_applies(idx, cue) {
                cues_found.push((idx, cue_end));
            }
        }
        // `Making the rounds on the Sunday shows, Dale Ross said …`: a cue word inside an
        // introductory participle or prepositional phrase is not the sentence's verb when
        // another follows.
        if let Some(intro_end) = self
            .participle_intro_end()
            .or_else(|| self.prepositional_intro_end())
        {
            if cues_found.iter().any(|&(idx, _)| idx > intro_end) {
                cues_found.retain(|&(idx, _)| idx > intro_end);
            }
        }
        // `When crowds responded by …, police say …`, `After the count, but before the council
        // had commented, Varga said …`: nor is one inside a subordinate clause set off by
        // commas, when a cue follows the clause.
        let last_cue = cues_found.last().map_or(0, |&(idx, _)| idx);
        cues_found.retain(|&(idx, _)| {
            self.subordinate_clause_end(idx)
                .is_none_or(|end| end > last_cue)
        });
        if let Some(found) = self.opening_before_byline(&cues_found) {
            return Some(found);
        }
        for &(idx, cue_end) in cues_found.iter().rev() {
            let outer = self
                .try_inverted(idx, cue_end)
                .or_else(|| self.try_after(idx, cue_end));
            if let Some(found) = outer {
                return Some(self.relayed(idx, &found, &cues_found).unwrap_or(found));
            }
        }
        for &(idx, cue_end) in &cues_found {
            if let Some(found) = self.try_before(idx, cue_end) {
                return Some(found);
            }
        }
        self.participle().or_else(|| self.passive_agent())
    }

    /// `He said that …, writes Ines Varga.`: a reporter's byline after a sentence that opens
    /// with its own speaker and cue; the opening attribution is the sentence's.
    fn opening_before_byline(&self, cues_found: &[(usize, usize)]) -> Option<Found> {
        let (&(first, first_end), &(last, _)) = (cues_found.first()?, cues_found.last()?);
        let byline = last > 0
            && self.word(last).eq_ignore_ascii_case("writes")
            && self.kind(last - 1) == Some(Tk::Comma);
        if !byline || first > 3 || first == last {
            return None;
        }
        self.try_before(first, first_end)
    }

    /// `Said Dora Penn, who grew up with him, "He was kind."`: a speech verb opening the
    /// sentence, its subject (up to the first comma or colon) and the quotation after it.
    fn fronted_cue(&self) -> Option<Found> {
        let cue = cues::lookup(self.word(0))?;
        if !(cue.inverts && cue.form == Form::Past && starts_upper(self.word(0))) {
            return None;
        }
        let open = (1..self.toks.len()).find(|&idx| self.kind(idx) == Some(Tk::Open))?;
        let subject_end = (1..open)
            .find(|&idx| matches!(self.kind(idx), Some(Tk::Comma | Tk::Colon)))
            .unwrap_or(open);
        let first = self.word(1);
        if !(starts_upper(first) || is_in(ARTICLES, first))
            || !self.is_noun_phrase(1, subject_end, 8)
        {
            return None;
        }
        let content = self.content(open, self.toks.len())?;
        Some(Found {
            kind: AttributionKind::Direct,
            subject: TokenRange::new(1, subject_end),
            cue: self.toks[0].span,
            content: vec![content],
            after: false,
        })
    }

    /// The comma that ends an introductory participle phrase opening the sentence (`Making the
    /// rounds on …,`, `Courted by every party …,`): a capitalised word in `-ing` or `-ed`, then
    /// a lower-case word that is no cue.
    fn participle_intro_end(&self) -> Option<usize> {
        let first = self.word(0);
        let participle = starts_upper(first)
            && ((first.len() > 5 && (first.ends_with("ing") || first.ends_with("ed")))
                || is_in(SCENE_PARTICIPLES, first));
        let second = self.word(1);
        if !participle || !second.starts_with(char::is_lowercase) || cues::lookup(second).is_some()
        {
            return None;
        }
        (2..self.toks.len()).find(|&idx| self.kind(idx) == Some(Tk::Comma))
    }

    /// The comma that ends the subordinate clause holding token `idx`: a clause after a comma
    /// (or opening the sentence) that starts with a subordinator, perhaps after `but` or `and`
    /// (`, but before the council had commented,`), and ends at a comma.
    fn subordinate_clause_end(&self, idx: usize) -> Option<usize> {
        let start = (0..idx)
            .rev()
            .find(|&i| self.kind(i) == Some(Tk::Comma))
            .map_or(0, |comma| comma + 1);
        let mut first = start;
        if is_in(&["and", "but", "or", "yet"], self.word(first)) {
            first += 1;
        }
        let word = self.word(first);
        if !(is_in(SCENE_SUBORDINATORS, word) || is_in(&["although", "though", "while"], word)) {
            return None;
        }
        (idx + 1..self.toks.len()).find(|&i| self.kind(i) == Some(Tk::Comma))
    }

    /// The comma that ends an introductory prepositional phrase opening the sentence (`In a
    /// podcast and in several tweets,`, `Of the twelve who spoke,`).
    fn prepositional_intro_end(&self) -> Option<usize> {
        let first = self.word(0);
        if !starts_upper(first) || !is_in(CIRCUMSTANCE_PREPOSITIONS, first) {
            return None;
        }
        (1..self.toks.len()).find(|&idx| self.kind(idx) == Some(Tk::Comma))
    }

    /// `X said at a briefing that …, the newspaper reported.`: an outlet that reports relays
    /// the words of the speaker its content names first. The content's own speaker-before
    /// pattern, if the cue at `idx` is `report`, or `say` with an outlet as the subject of
    /// `outer` (the pattern found around that cue).
    fn relayed(&self, idx: usize, outer: &Found, cues_found: &[(usize, usize)]) -> Option<Found> {
        let lemma = cues::lookup(self.word(idx)).map(|cue| cue.lemma);
        // `Holm said the port was losing money, the Tolvia Daily said.`: an outlet that says
        // relays too.
        let outlet = || {
            let head = self.last_word(outer.subject.start, outer.subject.end);
            is_in(NEWS_OUTLET_WORDS, head)
        };
        if !(lemma == Some("report") || (lemma == Some("say") && outlet())) {
            return None;
        }
        cues_found
            .iter()
            .filter(|&&(inner, _)| inner < idx)
            .find_map(|&(inner, inner_end)| self.try_before(inner, inner_end))
    }

    /// `Trump hit back on Friday, saying that …` (or `saying, "…"`, or `calling him "…"`): a
    /// participle of a speech verb after a comma reports what the clause's subject said.
    pub(super) fn participle(&self) -> Option<Found> {
        let n = self.toks.len();
        let (idx, naming) = (1..n).find_map(|idx| {
            let tok = self.toks[idx];
            if tok.kind != Tk::Word || tok.quoted || self.kind(idx - 1) != Some(Tk::Comma) {
                return None;
            }
            let naming = self.naming_quote(idx);
            let speech = cues::lookup(self.word(idx))
                .is_some_and(|cue| cue.form == Form::Gerund && cue.speaks);
            (speech || naming.is_some()).then_some((idx, naming))
        })?;
        let next = self.word(idx + 1);
        // `saying, "…"` and `saying: "…"`: a comma or colon before the quotation.
        let marked = matches!(self.kind(idx + 1), Some(Tk::Comma | Tk::Colon))
            && self.kind(idx + 2) == Some(Tk::Open);
        if !(is_in(&["that", "he", "she", "it", "they", "the"], next)
            || self.kind(idx + 1) == Some(Tk::Open)
            || marked
            || naming.is_some())
        {
            return None;
        }
        let start = self
            .clause_after_last_comma(idx - 1)
            .unwrap_or_else(|| self.clause_start(idx));
        let end = if is_in(PRONOUNS, self.word(start)) {
            start + 1
        } else {
            // (`Another tenant agreed, saying`: a capitalised `Another` opens no name.)
            let member = is_in(GROUP_MEMBER_WORDS, self.word(start));
            let named = if member {
                start
            } else {
                self.name_prefix(start, idx)
            };
            if named > start {
                named
            } else {
                self.common_subject_end(start, idx)
            }
        };
        // (`Pavel Brun's closest aide rallied …, saying`: a possessor is not the subject.)
        let possessor = self.word(end.saturating_sub(1));
        if end <= start || !self.is_noun_phrase(start, end, 8) || is_possessive(possessor) {
            return None;
        }
        let end = self.appositive_after(start, end, idx - 1).unwrap_or(end);
        let mut content = Vec::new();
        let from = if let Some(open) = naming {
            open
        } else if next.eq_ignore_ascii_case("that") || marked {
            idx + 2
        } else {
            idx + 1
        };
        content.extend(self.content(from, n));
        if content.is_empty() {
            return None;
        }
        Some(Found {
            kind: AttributionKind::Indirect,
            subject: TokenRange::new(start, end),
            cue: self.toks[idx].span,
            content,
            after: false,
        })
    }

    /// `…, calling him "a total failure."`: a naming participle at `idx`, its object (up to
    /// four words) and the quotation that names it. The quotation's opening mark.
    fn naming_quote(&self, idx: usize) -> Option<usize> {
        if !is_in(NAMING_PARTICIPLES, self.word(idx)) {
            return None;
        }
        let open =
            (idx + 2..(idx + 6).min(self.toks.len())).find(|&i| self.kind(i) != Some(Tk::Word))?;
        (self.kind(open) == Some(Tk::Open)).then_some(open)
    }

    /// `The other candidate, Lena Ortiz, drew a contrast, saying …`: an appositive between
    /// commas after the subject `start..end`, one of the two a name, with the verb after it
    /// (not `and` or `or`, which make a list). The appositive's closing comma.
    fn appositive_after(&self, start: usize, end: usize, limit: usize) -> Option<usize> {
        if self.kind(end) != Some(Tk::Comma) {
            return None;
        }
        let close = (end + 1..limit).find(|&idx| self.kind(idx) == Some(Tk::Comma))?;
        let is_name = |at: usize| {
            let first = self.word(at);
            starts_upper(first) && !is_in(DETERMINERS, first) && !is_in(PRONOUNS, first)
                || self.opens_described_name(at)
        };
        let verb_follows = self.kind(close + 1) == Some(Tk::Word)
            && self.word(close + 1).starts_with(char::is_lowercase)
            && !is_in(&["and", "or"], self.word(close + 1));
        ((is_name(start) || is_name(end + 1))
            && verb_follows
            && self.is_noun_phrase(end + 1, close, 8))
        .then_some(close)
    }

    /// Whether the cue word at `idx` is used as a reporting verb; returns the token after
    /// the cue (after its particle).
    pub(super) fn cue_applies(&self, idx: usize, cue: cues::Cue) -> Option<usize> {
        let prev = if idx > 0 { self.word(idx - 1) } else { "" };
        if is_in(NOT_BEFORE_A_CUE, prev) && self.catenative_start(idx.saturating_sub(1)).is_none() {
            return None;
        }
        // `the United States on Tuesday`: a capitalised word inside a name, before a lower-case
        // word, is no verb (a title-case headline capitalises the word after it too).
        // Nor after a lower-case article (`the United States, …`).
        let before_prev = if idx > 1 { self.word(idx - 2) } else { "" };
        if starts_upper(self.word(idx))
            && starts_upper(prev)
            && (self.word(idx + 1).starts_with(char::is_lowercase)
                || (before_prev.starts_with(char::is_lowercase) && is_in(ARTICLES, before_prev)))
        {
            return None;
        }
        // `votes against proposed homes`, `with confirmed cases`: a past form after a
        // preposition is an adjective.
        if matches!(cue.form, Form::Past | Form::Participle)
            && (is_in(PREPOSITIONS_BEFORE_NOUNS, prev) || is_in(&["against", "over"], prev))
        {
            return None;
        }
        // `said nothing`: no statement.
        if self.noun_by_the_word_before(idx, cue, prev) || self.word(idx + 1) == "nothing" {
            return None;
        }
        // `UK minister criticised over …`, `Mayor slammed for …`: a passive participle, the
        // subject is acted on.
        if cue.form == Form::Past
            && !cue.speaks
            && cue.frame == Frame::Plain
            && is_in(
                &["after", "amid", "by", "for", "of", "over"],
                self.word(idx + 1),
            )
        {
            return None;
        }
        // `Murder accused remanded in custody`: a past form before a participle and its
        // preposition is a noun (`the accused`), not the act.
        let next = self.word(idx + 1);
        if cue.form == Form::Past
            && !cue.speaks
            && next.len() > 4
            && next.ends_with("ed")
            && next.starts_with(char::is_lowercase)
            && is_in(PREPOSITIONS_BEFORE_NOUNS, self.word(idx + 2))
        {
            return None;
        }
        // `compared with analyst estimates of $4 million`, `reports of shelling`: a present
        // form before `of` is a noun, unless its verb takes `of` (`warns of`).
        if matches!(cue.form, Form::ThirdPerson | Form::Base)
            && self.word(idx + 1) == "of"
            && !is_in(CUES_BEFORE_OF, cue.lemma)
        {
            return None;
        }
        let be = self.be_before(idx).is_some();
        // `his latest remarks will …`: a plural noun followed by a verb.
        if cue.form == Form::ThirdPerson
            && is_in(
                &[
                    "will", "would", "are", "were", "have", "had", "can", "could", "may", "might",
                    "should", "must",
                ],
                self.word(idx + 1),
            )
        {
            return None;
        }
        match cue.form {
            // `began by saying`: a gerund after a phase verb and `by` is the statement.
            Form::Gerund if !(be || self.after_phase_verb(idx)) => return None,
            Form::Past | Form::Participle if be => return None,
            _ => {}
        }
        if cue.form == Form::Base
            && (idx == 0
                || is_in(PREPOSITIONS_BEFORE_NOUNS, prev)
                || !self.base_form_has_subject(idx, prev))
        {
            return None;
        }
        // `Holm referred to the levy as theft`; but `It refers to the jobless rate` defines,
        // and `Kyle, referred to as the best shot,` is named.
        if cue.lemma == "refer" && (cue.form != Form::Past || self.word(idx + 2) == "as") {
            return None;
        }
        // `She pointed to the report`; but `all signs pointed to …`, `…, pointing to a
        // slowdown` describe evidence.
        if cue.lemma == "point"
            && self.word(idx + 1) == "to"
            && (cue.form != Form::Past || is_in(EVIDENCE_NOUNS, prev))
        {
            return None;
        }
        // `grew thanks to a big win`: a preposition, not thanks given.
        if cue.lemma == "thank" && cue.form == Form::ThirdPerson && next == "to" {
            return None;
        }
        if self.object_makes_an_act(idx, cue) {
            return None;
        }
        self.frame_end(idx, cue)
    }

    /// Whether the word before the cue word makes it a noun or an adjective: a possessive
    /// (`Graham's comments`), a verb (`delivers remarks`, `fielded questions`, `has
    /// questions`), `than` (`higher than expected`) or an article and an adverb (`a widely
    /// expected rise`).
    fn noun_by_the_word_before(&self, idx: usize, cue: cues::Cue, prev: &str) -> bool {
        // A possessive before the word makes it a noun: `Graham's comments`.
        if prev.ends_with("'s") && !is_in(&["he's", "she's", "it's", "that's", "who's"], prev)
            || prev.ends_with("’s") && !is_in(&["he’s", "she’s", "it’s", "that’s", "who’s"], prev)
        {
            return true;
        }
        // `his earlier remarks`, `the company's latest report`: an adjective of statements
        // between a determiner (or possessive) and the word makes it a noun.
        let before_prev = if idx > 1 { self.word(idx - 2) } else { "" };
        if is_in(STATEMENT_ADJECTIVES, prev)
            && (is_in(NOT_BEFORE_A_CUE, before_prev) || is_possessive(before_prev))
        {
            return true;
        }
        // `delivers remarks`, `makes claims`: a noun after a verb.
        if cue.form == Form::ThirdPerson
            && prev.len() > 3
            && prev.ends_with('s')
            && prev.starts_with(char::is_lowercase)
            && !is_in(NOT_PLURAL_S, prev)
            && !is_in(FREQUENCY_ADVERBS, prev)
            && !prev.ends_with("ss")
        {
            return true;
        }
        // `higher than expected`: a comparison, no statement.
        if prev == "than" {
            return true;
        }
        // `a widely expected rate rise`: an adverb after an article makes the participle an
        // adjective (not `the family said`).
        if cue.form == Form::Past
            && prev.ends_with("ly")
            && is_in(ARTICLES, before_prev)
            && is_in(ADJECTIVAL_PARTICIPLES, self.word(idx))
        {
            return true;
        }
        // `fielded questions`, `took questions`: a noun after a verb in the past.
        if cue.form == Form::ThirdPerson
            && prev.starts_with(char::is_lowercase)
            && (prev.ends_with("ed") || is_in(IRREGULAR_PAST, prev))
            && !is_in(FREQUENCY_ADVERBS, prev)
        {
            return true;
        }
        // `has questions`, `had concerns`: a noun after `have`; `further questions`, `several
        // demands`: after a quantifier.
        if cue.form == Form::ThirdPerson
            && (is_in(HAVE_FORMS, prev) || is_in(NOUN_QUANTIFIERS, prev))
        {
            return true;
        }
        false
    }

    /// `The court dismissed the petition`, `rejected his appeal`: a ruling on a filing (from
    /// [`COURT_FILINGS`]); `claimed responsibility for`, `claimed victory`, `claimed 12 lives`
    /// (from [`CLAIMED_ACTS`]). The object, within its first words, makes the verb an act, not a
    /// statement.
    fn object_makes_an_act(&self, idx: usize, cue: cues::Cue) -> bool {
        let objects = match cue.lemma {
            "dismiss" | "reject" => COURT_FILINGS,
            "claim" => CLAIMED_ACTS,
            _ => return false,
        };
        (idx + 1..(idx + 5).min(self.toks.len()))
            .take_while(|&next| self.kind(next) == Some(Tk::Word) && self.word(next) != "that")
            .any(|next| is_in(objects, self.word(next)))
    }

    /// Whether the word at `idx` follows a phase verb and `by`: `began by saying`.
    fn after_phase_verb(&self, idx: usize) -> bool {
        idx > 0 && self.word(idx - 1) == "by" && self.catenative_start(idx - 1).is_some()
    }

    /// The form of `be` before the word at `idx`, over adverbs: `is … questioning`, `was first
    /// declared`.
    pub(super) fn be_before(&self, idx: usize) -> Option<usize> {
        let mut back = idx;
        while back > 0 && idx - back < 4 {
            back -= 1;
            let word = self.word(back);
            if is_in(BE_FORMS, word) {
                return Some(back);
            }
            let adverb = is_ly_adverb(word) || is_in(VERB_ADVERBS, word);
            if !adverb {
                return None;
            }
        }
        None
    }

    /// Whether the base form at `idx` has a plural subject or a modal before it (`officials
    /// say`, `Residents of three villages along the river say`, `will say`), as a reporting
    /// verb needs; `prev` is the word before it.
    fn base_form_has_subject(&self, idx: usize, prev: &str) -> bool {
        // `The Warriors strongly refute …`: the subject is before the adverb.
        let prev = if idx >= 2 && is_ly_adverb(prev) {
            self.word(idx - 2)
        } else {
            prev
        };
        let plural = |word: &str| {
            (word.ends_with('s')
                && !word.ends_with("ss")
                && !word.ends_with("'s")
                && !word.ends_with("’s")
                && word.len() > 3
                && !is_in(NOT_PLURAL_S, word))
                || is_in(UNMARKED_PLURALS, word)
        };
        // `Residents of three villages along the river say`: a plural head before its
        // prepositional phrase.
        let plural_head = || {
            let start = self.clause_start(idx);
            let head = if is_in(&["the", "some", "many", "most"], self.word(start)) {
                start + 1
            } else {
                start
            };
            head + 1 < idx
                && plural(self.word(head))
                && is_in(PLACE_PREPOSITIONS, self.word(head + 1))
        };
        // `Gimbisi believe …`, `Arsenal say …`: a team or body named as a plural.
        // (An acronym is one only at the end of a list: `EU, NATO urge …`.)
        let listed = idx >= 3 && self.kind(idx - 2) == Some(Tk::Comma);
        let collective_name = starts_upper(prev)
            && (!is_all_caps(prev) || listed)
            && !is_in(PRONOUNS, prev)
            && !is_in(SENTENCE_OPENERS, prev);
        plural(prev)
            || collective_name
            || plural_head()
            || is_in(MODALS_BEFORE_BASE, prev)
            || self.catenative_start(idx - 1).is_some()
    }

    /// `stated of the plan that …`, `claimed in a letter on Monday that …`, `reported last
    /// week that …`: a short circumstance from token `from` (a preposition or a time, then
    /// words), then `that`.
    fn that_after_circumstance(&self, from: usize) -> bool {
        let first = self.word(from);
        // (A time only after a past form: `states this week that` is a noun.)
        let time = self.kind(from - 1).is_some()
            && cues::lookup(self.word(from - 1)).is_some_and(|cue| cue.form == Form::Past)
            && (is_in(TIME_WORDS, first) || is_in(&["earlier", "last", "this"], first));
        if !(time || is_in(CIRCUMSTANCE_PREPOSITIONS, first)) {
            return false;
        }
        // (`reported last week, citing two officials, that …`: a source cited between commas.)
        (from + 1..(from + 12).min(self.toks.len()))
            .take_while(|&idx| matches!(self.kind(idx), Some(Tk::Word | Tk::Comma)))
            .any(|idx| self.word(idx) == "that")
    }

    /// `called her "the best finisher in Europe"`, `called both Holm and Varga "reckless"`:
    /// after `call` (from token `from`), an object of a few words, then a quotation that judges
    /// it. A one-word quotation judges only as a lower-case word right after the object; after
    /// a determiner or with a capital it names (`called the storm a "monster"`, `a group
    /// called "Renewal"`).
    fn quoted_verdict(&self, from: usize) -> bool {
        let Some(open) = (from..(from + 10).min(self.toks.len()))
            .take_while(|&i| matches!(self.kind(i), Some(Tk::Word | Tk::Open)))
            .find(|&i| self.kind(i) == Some(Tk::Open))
        else {
            return false;
        };
        let mut words = (open + 1..self.toks.len())
            .take_while(|&i| self.kind(i) != Some(Tk::Close))
            .filter(|&i| self.kind(i) == Some(Tk::Word));
        let (Some(first), second) = (words.next(), words.next()) else {
            return false;
        };
        second.is_some()
            || (open > from
                && !is_in(DETERMINERS, self.word(open - 1))
                && !starts_upper(self.word(first)))
    }

    /// The token after the cue at `idx` and what its frame needs: its particle (`called
    /// on`), a quotation (`called her "…"`), or a source noun (`issued a statement`).
    fn frame_end(&self, idx: usize, cue: cues::Cue) -> Option<usize> {
        match cue.frame {
            Frame::Plain => Some(idx + 1),
            Frame::Particle(particles) => {
                let next = self.word(idx + 1);
                if !next.is_empty() && is_in(particles, next) {
                    return Some(idx + 2);
                }
                if cue.lemma == "call" && self.quoted_verdict(idx + 1) {
                    return Some(idx + 1);
                }
                // `pointed the finger at …`: an accusation.
                if cue.lemma == "point" && next == "the" && self.word(idx + 2) == "finger" {
                    return Some(idx + 3);
                }
                // `stated: "…"`, `submitted, "…"`: a quotation after a colon or comma is what
                // the verb reports.
                if matches!(cue.form, Form::Past | Form::ThirdPerson)
                    && matches!(self.kind(idx + 1), Some(Tk::Colon | Tk::Comma))
                    && self.kind(idx + 2) == Some(Tk::Open)
                {
                    return Some(idx + 1);
                }
                // `…, The Wall Street Journal reports.`: without its particle a verb still
                // closes a sentence as a cue (checked by the callers through `rest_is_short`).
                let at_end = idx + 1 >= self.body_end()
                    || matches!(self.kind(idx + 1), Some(Tk::Comma | Tk::Stop))
                    || is_in(TIME_WORDS, next)
                    || is_in(&["on", "in", "at"], next);
                // `"…," stated Ilse Varga.`, `"…," stated the spokesperson.`: an inverting verb
                // right after the content, before its subject (checked by `try_inverted`).
                // (`"…," recalled head coach Tor Berg.`: a role may open the subject.)
                let inverted = cue.inverts
                    && idx > 0
                    && matches!(self.kind(idx - 1), Some(Tk::Comma | Tk::Close))
                    && (starts_upper(next)
                        || is_in(ARTICLES, next)
                        || is_in(ROLE_NOUNS, next)
                        || is_in(ROLE_DESCRIBERS, next));
                (particles.contains(&"that")
                    && (at_end || inverted || self.that_after_circumstance(idx + 1))
                    && matches!(cue.form, Form::Past | Form::ThirdPerson))
                .then_some(idx + 1)
            }
            Frame::Directive => self.object_then_infinitive(idx + 1).then_some(idx + 1),
            Frame::Noun => {
                // `issued a statement`; `made its call for`, `made the case that`.
                let speech_act = |word: &str| match cue.lemma {
                    "give" => is_in(GIVEN_SPEECH, word),
                    "make" => cues::is_source_noun(word) || is_in(MADE_SPEECH, word),
                    "lodge" | "register" => is_in(LODGED_SPEECH, word),
                    _ => cues::is_source_noun(word),
                };
                // (`made no comment`, `issued no statement`: nothing said.)
                let found = !is_in(NEGATORS, self.word(idx + 1))
                    && (idx + 1..(idx + 5).min(self.toks.len()))
                        .any(|next| speech_act(self.word(next)));
                found.then_some(idx + 1)
            }
        }
    }

    /// A sentence that is only a speaker and a cue: `Vitter demanded.`, `She said on Friday.`
    pub(super) fn bare_attribution(&self) -> Option<(TokenRange, Span)> {
        let end = self.body_end();
        let idx = (0..end).find(|&idx| {
            self.kind(idx) == Some(Tk::Word)
                && cues::lookup(self.word(idx))
                    .is_some_and(|cue| matches!(cue.form, Form::Past | Form::ThirdPerson))
        })?;
        let subject_end = self.skip_left(idx, 0);
        if !self.is_noun_phrase(0, subject_end, 6) {
            return None;
        }
        let rest: Vec<&str> = self.words(idx + 1, end);
        let short = rest.len() <= 4
            && rest
                .iter()
                .all(|word| is_in(TIME_WORDS, word) || is_in(BARE_REST_WORDS, word));
        (short || self.only_circumstance(idx + 1, end))
            .then(|| (TokenRange::new(0, subject_end), self.toks[idx].span))
    }

    /// The words of tokens `from..end`.
    pub(super) fn words(&self, from: usize, end: usize) -> Vec<&str> {
        (from..end)
            .filter(|&i| self.kind(i) == Some(Tk::Word))
            .map(|i| self.word(i))
            .collect()
    }

    /// Whether the tokens `from..end` are only circumstance of a cue: at most 12 words, an
    /// audience and then prepositional phrases (`reporters at the town hall on Monday`, `of the
    /// bank in February`), no punctuation and nothing that makes a clause, and then perhaps a
    /// subordinate clause after a comma (`…, when the bank refused`).
    pub(super) fn only_circumstance(&self, from: usize, end: usize) -> bool {
        let end = (from..end)
            .find(|&i| {
                self.kind(i) == Some(Tk::Comma)
                    && (is_in(SUBORDINATORS, self.word(i + 1))
                        || is_in(RELATIVES, self.word(i + 1)))
            })
            .unwrap_or(end);
        let rest = self.words(from, end);
        let phrases = match rest.first() {
            Some(word) if is_in(AUDIENCES, word) => &rest[1..],
            _ => &rest[..],
        };
        rest.len() <= 12
            && phrases
                .first()
                .is_some_and(|word| is_in(CIRCUMSTANCE_PREPOSITIONS, word))
            && (from..end).all(|i| matches!(self.kind(i), Some(Tk::Word | Tk::Stop)))
            && rest.iter().all(|word| {
                !is_in(FINITE_VERBS, word)
                    // `said of Apple that it …`, `said of Apple it was …`.
                    && !is_in(PRONOUNS, word)
                    && !is_in(RELATIVES, word)
                    && *word != "that"
                    && cues::lookup(word).is_none()
            })
    }
}
