//! Speaker attribution: which actor says each passage.
//!
//! Each body sentence is tokenised (words inside quotations are marked, so that cues inside
//! them are ignored) and matched against these patterns:
//! - `According to X, …` and `…, according to X` (a document's author speaks for it);
//! - the outermost speaker after the content, tried from the right: `"…," said X, the …`,
//!   `…, the Mission said.`, `"A," X said, "B."`;
//! - a speaker before the content, tried from the left: `X claimed that …`, `X accused Y of
//!   …`, `X called on Y to …`, `spokesperson of X said that …`;
//! - a participle clause: `X hit back, saying that …`;
//! - transcript labels (`WALLACE: …`), sign-offs under quotations (`— Maria Gomez`) and bare
//!   attributions after a quotation (`Vitter demanded.`).
//!
//! Subjects are split into coordinated actors, cleaned (titles, appositives, quantifiers) and
//! resolved by the registry in `actors`: pronouns to recent speakers, short names and
//! acronyms to earlier actors, roles (`spokesperson of X`) to actors that are members of an
//! organisation. Then speakers spread to the other sentences of a quotation (also across
//! paragraphs), carry over to earlier unattributed sentences of the paragraph when the
//! speaker comes after the content, and the headline is read as `Claim: Speaker`,
//! `Speaker: claim` or a sentence with a cue.

use super::actors::*;
use super::cues::{self, Form, Frame};
use super::lexicon::*;
use super::text::{char_at, char_before, is_all_caps, is_space};
use super::{
    Actor, ActorId, ActorKind, Analysis, Attribution, AttributionKind, PassageKind, Quote, Span,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tk {
    Word,
    Comma,
    Open,
    Close,
    ParenOpen,
    ParenClose,
    Stop,
    Colon,
    Semi,
    Dash,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    span: Span,
    kind: Tk,
    /// Inside the words of a (non-scare) quotation.
    quoted: bool,
}

fn is_joiner(ch: char) -> bool {
    matches!(ch, '.' | '\'' | '’' | '-' | '/' | '&' | '_' | '@' | '‘')
}

/// Splits `span` of `text` into tokens, marking those inside quotations.
fn tokenize(text: &str, span: Span, quotes: &[Quote], out: &mut Vec<Token>) {
    out.clear();
    let Some(piece) = text.get(span.start..span.end) else {
        return;
    };
    let mut iter = piece.char_indices().peekable();
    while let Some((offset, ch)) = iter.next() {
        let at = span.start + offset;
        if is_space(ch) {
            continue;
        }
        let (end, kind) = if ch.is_alphanumeric() {
            let mut end = at + ch.len_utf8();
            while let Some(&(next_offset, next)) = iter.peek() {
                let next_at = span.start + next_offset;
                let joins = is_joiner(next)
                    && char_at(text, next_at + next.len_utf8()).is_some_and(char::is_alphanumeric)
                    && next_at + next.len_utf8() < span.end;
                if next.is_alphanumeric() || joins {
                    end = next_at + next.len_utf8();
                    iter.next();
                } else if matches!(next, '\'' | '’')
                    && char_before(text, next_at) == Some('s')
                    && (char_at(text, at).is_some_and(char::is_uppercase)
                        || !quotes.iter().any(|quote| quote.content.end == next_at))
                    && char_at(text, next_at + next.len_utf8()).is_some_and(|c| c == ' ')
                {
                    // A plural possessive: `Workers' Federation`, `the referees' body` (not the
                    // closing mark of a quotation).
                    end = next_at + next.len_utf8();
                    iter.next();
                    break;
                } else {
                    break;
                }
            }
            (end, Tk::Word)
        } else {
            let end = at + ch.len_utf8();
            let mut end = end;
            let kind = match ch {
                // `--` is a dash.
                '-' if char_at(text, end) == Some('-') => {
                    while char_at(text, end) == Some('-') && end < span.end {
                        end += 1;
                        iter.next();
                    }
                    Tk::Dash
                }
                ',' => Tk::Comma,
                '“' | '„' | '«' | '‘' => Tk::Open,
                '”' | '»' | '’' => Tk::Close,
                '"' | '\'' => {
                    let opening = char_before(text, at)
                        .is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '—' | '–' | ':'))
                        || at == span.start;
                    if opening {
                        Tk::Open
                    } else {
                        Tk::Close
                    }
                }
                '(' | '[' => Tk::ParenOpen,
                ')' | ']' => Tk::ParenClose,
                '.' | '?' | '!' | '…' | '。' | '！' | '？' => Tk::Stop,
                ':' => Tk::Colon,
                ';' => Tk::Semi,
                '—' | '–' | '―' => Tk::Dash,
                '-' if char_before(text, at).is_some_and(is_space) => Tk::Dash,
                _ => Tk::Other,
            };
            (end, kind)
        };
        let quoted = quotes
            .iter()
            .any(|quote| quote.content.start <= at && at < quote.content.end);
        out.push(Token {
            span: Span::new(at, end),
            kind,
            quoted,
        });
    }
}

/// What a sentence's attribution pattern found, before actors are resolved.
#[derive(Debug, Clone)]
struct Found {
    kind: AttributionKind,
    /// Token range of the subject.
    subject: (usize, usize),
    cue: Span,
    content: Vec<Span>,
    /// The speaker comes after the content (so it may carry over to earlier sentences).
    after: bool,
}

/// The longest sentence, in tokens, that attribution reads.
const MAX_TOKENS: usize = 400;

/// A sentence and its tokens.
struct Sentence<'t> {
    text: &'t str,
    toks: &'t [Token],
    span: Span,
}

impl<'t> Sentence<'t> {
    fn word(&self, idx: usize) -> &'t str {
        match self.toks.get(idx) {
            Some(tok) if tok.kind == Tk::Word => tok.span.slice(self.text),
            _ => "",
        }
    }

    fn kind(&self, idx: usize) -> Option<Tk> {
        self.toks.get(idx).map(|tok| tok.kind)
    }

    fn span_of(&self, from: usize, to: usize) -> Span {
        match (
            self.toks.get(from),
            to.checked_sub(1).and_then(|last| self.toks.get(last)),
        ) {
            (Some(first), Some(last)) if from < to => Span::new(first.span.start, last.span.end),
            _ => Span::new(self.span.start, self.span.start),
        }
    }

    /// The content span from token `from` (inclusive) to token `to` (exclusive), trimmed of
    /// commas.
    fn content(&self, mut from: usize, mut to: usize) -> Option<Span> {
        while from < to && matches!(self.kind(from), Some(Tk::Comma | Tk::Colon | Tk::Dash)) {
            from += 1;
        }
        while to > from
            && matches!(
                self.kind(to - 1),
                Some(Tk::Comma | Tk::Stop | Tk::Colon | Tk::Dash)
            )
        {
            to -= 1;
        }
        (from < to).then(|| self.span_of(from, to))
    }

    /// The index after the last token, ignoring final stops and closing marks.
    fn body_end(&self) -> usize {
        let mut end = self.toks.len();
        while end > 0
            && matches!(
                self.kind(end - 1),
                Some(Tk::Stop | Tk::Close | Tk::ParenClose)
            )
        {
            end -= 1;
        }
        end
    }

    /// Whether tokens `[from, to)` form a plausible speaker noun phrase.
    /// The last word in tokens `from..to`, or "".
    fn last_word(&self, from: usize, to: usize) -> &'t str {
        (from..to)
            .rev()
            .map(|idx| self.word(idx))
            .find(|word| !word.is_empty())
            .unwrap_or("")
    }

    fn is_noun_phrase(&self, from: usize, to: usize, max_words: usize) -> bool {
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
                    let word = self.word(idx);
                    // `Maria do Carmo Souza`: a particle between two parts of a name.
                    let particle = is_in(NAME_PARTICLES, word)
                        && idx > from
                        && starts_upper(self.word(idx - 1))
                        && starts_upper(self.word(idx + 1));
                    if word.starts_with(char::is_lowercase) && is_in(VERB_WORDS, word) && !particle
                    {
                        return false;
                    }
                    n_words += 1;
                }
                Some(Tk::ParenOpen | Tk::ParenClose | Tk::Comma | Tk::Other) => {}
                Some(Tk::Stop) => {
                    // Only the full stop of an abbreviation (`Sen.`, `Inc.`).
                    let before = self.word(idx.wrapping_sub(1));
                    if before.is_empty() || before.len() > 4 {
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
        // A question's auxiliary is no subject: `Did you expect …?` (not `Will`, `May`: names).
        if first.is_empty()
            || is_in(
                &[
                    "are", "can", "could", "did", "do", "does", "has", "have", "is", "should",
                    "was", "were", "would",
                ],
                first,
            )
        {
            return false;
        }
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
        // `disaster officials`, `local health officials`: lower-case modifiers, then a role.
        let modified_group = || {
            n_words <= 4
                && is_in(ROLE_NOUNS, last_word)
                && (from..to).map(|idx| self.word(idx)).all(|w| {
                    w.is_empty()
                        || (w.starts_with(char::is_lowercase)
                            && !is_in(VERB_WORDS, w)
                            && w != "that")
                })
        };
        let lower_ok = is_in(DETERMINERS, first)
            || is_in(PRONOUNS, first)
            || is_in(ROLE_NOUNS, first)
            || first.ends_with('s')
            || is_in(&["police", "people", "critics", "experts"], first)
            || modified_role()
            || modified_group();
        if !(starts_upper(first) || lower_ok) {
            return false;
        }
        // A relative pronoun or a conjunction that opens a clause is not a subject.
        let clause_word =
            first.starts_with(char::is_lowercase) || first.len() <= 5 && !is_all_caps(first);
        !(clause_word
            && is_in(
                &[
                    "which", "who", "that", "there", "what", "this", "these", "those", "such",
                    "here", "so",
                ],
                first,
            ))
            || (from + 1 < to
                && is_in(&["this", "these", "those", "that"], first)
                && !self.word(from + 1).is_empty())
    }

    /// Skips auxiliaries, adverbs and time phrases leftwards from `end`; returns the new end.
    fn skip_left(&self, mut end: usize, from: usize) -> usize {
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
                        && is_in(
                            &[
                                "in",
                                "on",
                                "at",
                                "speaking",
                                "writing",
                                "meanwhile",
                                "however",
                                "too",
                                "though",
                                "also",
                                "separately",
                            ],
                            self.word(idx),
                        )
                    {
                        end = idx - 1;
                        continue;
                    }
                }
                return end;
            }
            let lower_adverb =
                word.ends_with("ly") && word.starts_with(char::is_lowercase) && word.len() > 4;
            if is_in(AUXILIARIES, word) || lower_adverb || word.eq_ignore_ascii_case("not") {
                end -= 1;
                continue;
            }
            if is_in(TIME_WORDS, word) {
                end -= 1;
                while end > from
                    && is_in(
                        &[
                            "on", "last", "this", "late", "early", "next", "earlier", "on", "the",
                            "same", "previous",
                        ],
                        self.word(end - 1),
                    )
                {
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
                    && super::meta::parse_date(&format!("{} 1, 2000", self.word(idx - 1))).is_some()
                    && self.word(idx - 2).eq_ignore_ascii_case("on")
                {
                    end = idx - 2;
                    continue;
                }
            }
            return end;
        }
    }

    /// The first token of the clause that ends at `end`: after introductory phrases.
    fn clause_start(&self, end: usize) -> usize {
        let mut start = self.dateline_end().min(end);
        // `The Latest: Trump urges …`: a short label and a colon.
        if let Some(colon) =
            (start..end.min(start + 5)).find(|&idx| self.kind(idx) == Some(Tk::Colon))
        {
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
            let first = self.word(start);
            let intro = is_in(INTRO_WORDS, first)
                || (first.ends_with("ing") && starts_upper(first))
                || (first.ends_with("ly") && first.len() > 4)
                || (first.ends_with("ed") && starts_upper(first) && !is_in(ORG_WORDS, first));
            if !intro {
                return start;
            }
            start = comma + 1;
            // `At a rally in Coral Springs, Florida, Clinton said`: a place after the phrase.
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

    fn rest_is_short(&self, from: usize) -> bool {
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
                if matches!(tok.kind, Tk::Open) && idx > from {
                    break;
                }
                // `…, X said Friday, as they bristled …`: a trailing adjunct clause.
                if tok.kind == Tk::Comma {
                    let next = self.word(idx + 1);
                    if next.starts_with(char::is_lowercase) && idx > from {
                        break;
                    }
                    let adjunct = is_in(
                        &[
                            "as",
                            "while",
                            "when",
                            "adding",
                            "saying",
                            "citing",
                            "according",
                            "after",
                            "before",
                            "because",
                            "although",
                            "though",
                            "in",
                            "referring",
                            "noting",
                            "arguing",
                            "who",
                            "which",
                            "where",
                        ],
                        next,
                    ) || (next.ends_with("ing")
                        && next.starts_with(char::is_lowercase));
                    if adjunct {
                        break;
                    }
                }
            }
        }
        n_words <= 9
    }

    /// The end of a noun phrase starting at `from` (for `said X, the …`).
    fn np_end(&self, from: usize) -> usize {
        let mut idx = from;
        let end = self.toks.len();
        while idx < end {
            match self.kind(idx) {
                Some(Tk::Word) => {
                    let word = self.word(idx);
                    if idx > from
                        && (is_in(
                            &[
                                "in", "on", "at", "during", "after", "before", "adding", "citing",
                                "when", "while", "who", "which", "that", "as", "and",
                            ],
                            word,
                        ) && !(word == "and" && starts_upper(self.word(idx + 1))))
                    {
                        break;
                    }
                }
                Some(Tk::Stop) => {
                    let before = self.word(idx.wrapping_sub(1));
                    let abbreviation = is_in(
                        &[
                            "jr", "sr", "inc", "co", "corp", "ltd", "dr", "mr", "mrs", "ms", "sen",
                            "gov", "gen", "rep", "prof", "st",
                        ],
                        before,
                    ) || before.contains('.')
                        || (before.chars().count() == 1 && starts_upper(before));
                    if !(abbreviation && idx + 1 < end) {
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

    /// Finds the attribution pattern of the sentence.
    fn find(&self) -> Option<Found> {
        if let Some(found) = self.according_to() {
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
        for &(idx, cue_end) in cues_found.iter().rev() {
            if let Some(found) = self.try_inverted(idx, cue_end) {
                return Some(found);
            }
            if let Some(found) = self.try_after(idx, cue_end) {
                return Some(found);
            }
        }
        for &(idx, cue_end) in &cues_found {
            if let Some(found) = self.try_before(idx, cue_end) {
                return Some(found);
            }
        }
        self.participle()
    }

    /// `Trump hit back on Friday, saying that …`: a participle of a speech verb after a
    /// comma reports what the clause's subject said.
    fn participle(&self) -> Option<Found> {
        let n = self.toks.len();
        let idx = (1..n).find(|&idx| {
            let tok = self.toks[idx];
            tok.kind == Tk::Word
                && !tok.quoted
                && self.kind(idx - 1) == Some(Tk::Comma)
                && cues::lookup(self.word(idx))
                    .is_some_and(|cue| cue.form == Form::Gerund && is_in(INVERTING, cue.lemma))
        })?;
        let next = self.word(idx + 1);
        if !(is_in(&["that", "he", "she", "it", "they", "the"], next)
            || self.kind(idx + 1) == Some(Tk::Open))
        {
            return None;
        }
        let start = self.clause_start(idx);
        let end = if is_in(PRONOUNS, self.word(start)) {
            start + 1
        } else {
            self.name_prefix(start, idx)
        };
        if end <= start || !self.is_noun_phrase(start, end, 8) {
            return None;
        }
        let mut content = Vec::new();
        let from = if next.eq_ignore_ascii_case("that") {
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
            subject: (start, end),
            cue: self.toks[idx].span,
            content,
            after: false,
        })
    }

    /// Whether the cue word at `idx` is used as a reporting verb; returns the token after
    /// the cue (after its particle).
    fn cue_applies(&self, idx: usize, cue: cues::Cue) -> Option<usize> {
        let prev = if idx > 0 { self.word(idx - 1) } else { "" };
        if is_in(
            &[
                "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "to", "not",
                "never", "no", "whose", "whom",
            ],
            prev,
        ) {
            return None;
        }
        // A possessive before the word makes it a noun: `Graham's comments`.
        if prev.ends_with("'s") && !is_in(&["he's", "she's", "it's", "that's", "who's"], prev)
            || prev.ends_with("’s") && !is_in(&["he’s", "she’s", "it’s", "that’s", "who’s"], prev)
        {
            return None;
        }
        // `is … questioning`, `was first declared`: look back over adverbs for a form of be.
        let mut back = idx;
        let mut be = false;
        while back > 0 && idx - back < 4 {
            back -= 1;
            let word = self.word(back);
            if is_in(
                &[
                    "is",
                    "are",
                    "was",
                    "were",
                    "been",
                    "be",
                    "being",
                    "he's",
                    "she's",
                    "it's",
                    "they're",
                    "he’s",
                    "she’s",
                    "it’s",
                    "they’re",
                    "we're",
                    "we’re",
                ],
                word,
            ) {
                be = true;
                break;
            }
            let adverb = (word.ends_with("ly") && word.len() > 4)
                || is_in(
                    &[
                        "also", "first", "again", "once", "still", "now", "not", "never",
                        "already", "even",
                    ],
                    word,
                );
            if !adverb {
                break;
            }
        }
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
            Form::Gerund if !be => return None,
            Form::Past | Form::Participle if be => return None,
            _ => {}
        }
        if cue.form == Form::Base {
            let plural = |word: &str| {
                (word.ends_with('s')
                    && !word.ends_with("ss")
                    && !word.ends_with("'s")
                    && !word.ends_with("’s")
                    && word.len() > 3
                    && !is_in(&["was", "has", "this", "his", "its", "does"], word))
                    || is_in(&["they", "we", "i", "you", "people", "police"], word)
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
                    && is_in(
                        &["of", "from", "in", "at", "near", "along"],
                        self.word(head + 1),
                    )
            };
            let plural_subject = plural(prev) || plural_head();
            let modal = is_in(
                &[
                    "will",
                    "would",
                    "could",
                    "can",
                    "may",
                    "might",
                    "should",
                    "must",
                    "did",
                    "does",
                    "do",
                    "also",
                    "often",
                    "repeatedly",
                    "still",
                ],
                prev,
            );
            if idx == 0 || !(plural_subject || modal) {
                return None;
            }
        }
        match cue.frame {
            Frame::Plain => Some(idx + 1),
            Frame::Particle(particles) => {
                let next = self.word(idx + 1);
                if !next.is_empty() && is_in(particles, next) {
                    return Some(idx + 2);
                }
                // `called her "the best finisher in Europe"`, `called the plan "a gift to
                // developers"`; not a one-word scare quote (`called the storm a "monster"`).
                let quotation_words = |open: usize| {
                    (open + 1..self.toks.len())
                        .take_while(|&i| self.kind(i) != Some(Tk::Close))
                        .filter(|&i| self.kind(i) == Some(Tk::Word))
                        .count()
                };
                if cue.lemma == "call"
                    && (idx + 1..(idx + 5).min(self.toks.len()))
                        .any(|i| self.kind(i) == Some(Tk::Open) && quotation_words(i) >= 2)
                {
                    return Some(idx + 1);
                }
                // `…, The Wall Street Journal reports.`: without its particle a verb still
                // closes a sentence as a cue (checked by the callers through `rest_is_short`).
                let at_end = idx + 1 >= self.body_end()
                    || matches!(self.kind(idx + 1), Some(Tk::Comma | Tk::Stop))
                    || is_in(TIME_WORDS, next)
                    || is_in(&["on", "in", "at"], next);
                (particles.contains(&"that")
                    && at_end
                    && matches!(cue.form, Form::Past | Form::ThirdPerson))
                .then_some(idx + 1)
            }
            Frame::Noun => {
                let found = (idx + 1..(idx + 5).min(self.toks.len()))
                    .any(|next| cues::is_source_noun(self.word(next)));
                found.then_some(idx + 1)
            }
        }
    }

    /// The first comma in `start..end` outside parentheses.
    fn top_level_comma(&self, start: usize, end: usize) -> Option<usize> {
        let mut depth = 0i32;
        for idx in start..end {
            match self.kind(idx) {
                Some(Tk::ParenOpen) => depth += 1,
                Some(Tk::ParenClose) => depth -= 1,
                Some(Tk::Comma) if depth <= 0 => return Some(idx),
                _ => {}
            }
        }
        None
    }

    fn attribution_kind(&self, content: &[Span], quotes: &[Quote]) -> AttributionKind {
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
    fn try_inverted(&self, idx: usize, cue_end: usize) -> Option<Found> {
        if idx == 0 || !matches!(self.kind(idx - 1), Some(Tk::Comma | Tk::Close)) {
            return None;
        }
        let lemma = cues::lookup(self.word(idx)).map_or("", |cue| cue.lemma);
        if !is_in(INVERTING, lemma) {
            return None;
        }
        // `warned that …` is a complement, never an inverted subject.
        if self.word(cue_end) == "that" {
            return None;
        }
        let mut np_end = self.np_end(cue_end);
        let mut affiliation = false;
        if !self.is_noun_phrase(cue_end, np_end, 6) {
            // `said Jakub Wiśniewski of the Warsaw-based think tank GLOBSEC`: a long
            // affiliation after the name; the name is the subject.
            let cut = (cue_end + 2..np_end.min(cue_end + 5)).find(|&i| {
                is_in(&["of", "from", "at"], self.word(i))
                    && (cue_end..i).all(|j| starts_upper(self.word(j)))
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
        let np_closed = affiliation
            || match self.kind(np_end) {
                None => true,
                Some(Tk::Comma | Tk::Stop | Tk::Dash | Tk::Semi) => true,
                Some(Tk::Word) => is_in(
                    &[
                        "in", "on", "at", "during", "after", "before", "adding", "citing", "when",
                        "while", "who", "as",
                    ],
                    self.word(np_end),
                ),
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
        if !after_close && !matches!(self.kind(np_end), None | Some(Tk::Comma | Tk::Stop)) {
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
        }
        let mut content = Vec::new();
        content.extend(self.content(
            0,
            idx - 1 + usize::from(self.kind(idx - 1) == Some(Tk::Close)),
        ));
        self.push_trailing_quote(np_end, &mut content);
        if content.is_empty() {
            return None;
        }
        Some(Found {
            kind: AttributionKind::Indirect,
            subject: (cue_end, np_end),
            cue: self.toks[idx].span,
            content,
            after: true,
        })
    }

    /// A quotation after the speaker (`"A," X said, "B."`) is content too.
    fn push_trailing_quote(&self, from: usize, content: &mut Vec<Span>) {
        let mut idx = from;
        while idx < self.toks.len() && matches!(self.kind(idx), Some(Tk::Comma | Tk::Colon)) {
            idx += 1;
        }
        if self.kind(idx) == Some(Tk::Open) || self.toks.get(idx).is_some_and(|tok| tok.quoted) {
            content.extend(self.content(idx, self.toks.len()));
        }
    }

    /// `…, the Mission said.` and `"A," X said, "B."`.
    fn try_after(&self, idx: usize, cue_end: usize) -> Option<Found> {
        let subject_end = self.skip_left(idx, 0);
        let mut boundary = None;
        let mut at = subject_end;
        while at > 0 {
            at -= 1;
            match self.kind(at) {
                Some(Tk::Comma | Tk::Close | Tk::Dash) => {
                    boundary = Some(at);
                    break;
                }
                Some(Tk::Word | Tk::Stop | Tk::Other | Tk::ParenOpen | Tk::ParenClose) => {}
                _ => return None,
            }
        }
        let mut boundary = boundary?;
        if !self.is_noun_phrase(boundary + 1, subject_end, 10) {
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
        if !self.rest_is_short(cue_end) {
            let mut next = cue_end;
            while matches!(self.kind(next), Some(Tk::Comma)) {
                next += 1;
            }
            if self.kind(next) != Some(Tk::Open) {
                return None;
            }
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
        self.push_trailing_quote(cue_end, &mut content);
        Some(Found {
            kind: AttributionKind::Indirect,
            subject: (boundary + 1, subject_end),
            cue: self.toks[idx].span,
            content,
            after: true,
        })
    }

    /// `X claimed that …`, `X accused Y of …`.
    fn try_before(&self, idx: usize, cue_end: usize) -> Option<Found> {
        let mut start = self.clause_start(idx);
        let mut subject_end = self.skip_left(idx, start);
        // `a letter … that says …`: a relative clause does not name a speaker.
        if subject_end > start && is_in(&["that", "which"], self.word(subject_end - 1)) {
            return None;
        }
        // `… a press conference, shortly after Trump said`: the subject of a subordinate
        // clause follows its conjunction.
        if let Some(sub) = (start + 1..subject_end).rev().find(|&i| {
            let word = self.word(i);
            word.starts_with(char::is_lowercase)
                && is_in(
                    &[
                        "after", "before", "when", "as", "because", "since", "while", "until",
                        "although", "though", "once", "where", "whereas", "unless",
                    ],
                    word,
                )
        }) {
            if sub + 1 < subject_end {
                start = sub + 1;
            }
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
        // Leading conjunctions and subordinators: `But the …`, `Though she called …`.
        while start < subject_end
            && is_in(
                &[
                    "but",
                    "and",
                    "so",
                    "yet",
                    "or",
                    "though",
                    "although",
                    "when",
                    "while",
                    "if",
                    "because",
                    "as",
                    "since",
                    "once",
                    "after",
                    "before",
                    "unless",
                    "whereas",
                    "however",
                    "meanwhile",
                    "still",
                    "also",
                    "then",
                    "now",
                ],
                self.word(start),
            )
        {
            start += 1;
        }
        // `In a Bloomberg interview Trump declared`: an introductory phrase without a comma.
        if start < subject_end
            && is_in(
                &[
                    "in", "on", "at", "during", "after", "before", "with", "from", "speaking",
                    "asked", "last", "earlier",
                ],
                self.word(start),
            )
        {
            let mut name_start = subject_end;
            while name_start > start + 1 && starts_upper(self.word(name_start - 1)) {
                name_start -= 1;
            }
            if name_start < subject_end {
                start = name_start;
            }
        }
        // `X kept rates unchanged but said …`: the subject of the first verb.
        if subject_end > start
            && (is_in(&["and", "but"], self.word(subject_end - 1))
                || (self.kind(subject_end - 1) == Some(Tk::Comma)
                    && self.clause_before_comma(start, subject_end - 1)))
        {
            let prefix = self.name_prefix(start, subject_end - 1);
            if prefix > start {
                subject_end = prefix;
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
                        || (word.len() > 5 && (word.ends_with("ed") || word.ends_with("ly"))))
            });
            // Not inside an appositive: `The poll, conducted between May 19 and May 24, found`.
            let no_comma = (start..subject_end).all(|i| self.kind(i) != Some(Tk::Comma));
            if clause_before
                && no_comma
                && conj + 1 < subject_end
                && self.is_noun_phrase(conj + 1, subject_end, 8)
            {
                start = conj + 1;
            }
        }
        if !self.is_noun_phrase(start, subject_end, 30) {
            return None;
        }
        let mut content = Vec::new();
        let mut from = cue_end;
        if self.word(from).eq_ignore_ascii_case("that") {
            from += 1;
        }
        content.extend(self.content(from, self.toks.len()));
        if content.is_empty() {
            return None;
        }
        Some(Found {
            kind: AttributionKind::Indirect,
            subject: (start, subject_end),
            cue: self.toks[idx].span,
            content,
            after: false,
        })
    }

    /// The first token after a wire dateline that opens a sentence:
    /// `WASHINGTON, July 12 (Reuters) -`, `FLINT, Mich. (AP) —`, `LONDON —`.
    fn dateline_end(&self) -> usize {
        if !is_all_caps(self.word(0)) || self.word(0).chars().count() < 2 {
            return 0;
        }
        let limit = self.toks.len().min(14);
        (1..limit)
            .find(|&idx| self.kind(idx) == Some(Tk::Dash))
            .map_or(0, |dash| dash + 1)
    }

    /// Whether the comma-separated text `[start, comma)` ends with a clause rather than a
    /// name or an appositive (`Central bank holds rates at 3.5%, signals …`,
    /// `X, which runs the harbour, accused …`).
    fn clause_before_comma(&self, start: usize, comma: usize) -> bool {
        let segment_start = (start..comma)
            .rev()
            .find(|&idx| self.kind(idx) == Some(Tk::Comma))
            .map(|idx| idx + 1);
        match segment_start {
            Some(segment_start) => {
                let first = self.word(segment_start);
                first.starts_with(char::is_lowercase)
                    && !is_in(DETERMINERS, first)
                    && !is_in(ROLE_NOUNS, first)
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
    fn name_prefix(&self, start: usize, limit: usize) -> usize {
        let mut idx = start;
        if is_in(&["the", "a", "an"], self.word(idx)) {
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
                    // A role may open it: `A spokeswoman for the Builders' Federation`.
                    if starts_upper(word)
                        || ((end > start || idx == first) && is_in(ROLE_NOUNS, word))
                        || (end > start && is_in(GENERIC_ORG, word))
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
                Some(Tk::Stop) if idx > start && self.word(idx - 1).len() <= 4 => {
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

    /// A sentence that is only a speaker and a cue: `Vitter demanded.`, `She said on Friday.`
    fn bare_attribution(&self) -> Option<((usize, usize), Span)> {
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
        let rest_words = (idx + 1..end)
            .filter(|&i| self.kind(i) == Some(Tk::Word))
            .count();
        let rest_ok = (idx + 1..end).all(|i| {
            let word = self.word(i);
            self.kind(i) != Some(Tk::Word)
                || is_in(TIME_WORDS, word)
                || is_in(
                    &[
                        "on",
                        "in",
                        "a",
                        "an",
                        "the",
                        "statement",
                        "interview",
                        "later",
                        "then",
                        "again",
                        "reporters",
                    ],
                    word,
                )
        });
        (rest_words <= 4 && rest_ok).then(|| ((0, subject_end), self.toks[idx].span))
    }

    /// `According to X, …` and `…, according to X.`
    fn according_to(&self) -> Option<Found> {
        let n = self.toks.len();
        let idx = (0..n.saturating_sub(1)).find(|&idx| {
            self.word(idx).eq_ignore_ascii_case("according")
                && self.word(idx + 1).eq_ignore_ascii_case("to")
                && !self.toks[idx].quoted
        })?;
        let np_start = idx + 2;
        let mut depth = 0i32;
        let mut np_end = np_start;
        while np_end < n {
            match self.kind(np_end) {
                Some(Tk::ParenOpen) => depth += 1,
                Some(Tk::ParenClose) => depth -= 1,
                Some(Tk::Comma | Tk::Semi | Tk::Colon | Tk::Dash) if depth <= 0 => break,
                Some(Tk::Stop) if depth <= 0 => {
                    let before = self.word(np_end.wrapping_sub(1));
                    if !(np_end + 1 < n && (before.len() <= 3 || before.contains('.'))) {
                        break;
                    }
                }
                _ => {}
            }
            np_end += 1;
        }
        if np_end == np_start {
            return None;
        }
        // `according to plan`, `according to the rules`: not a source.
        let head = self.last_word(np_start, np_end);
        if is_in(
            &[
                "plan",
                "plans",
                "schedule",
                "tradition",
                "custom",
                "design",
                "rules",
                "law",
                "laws",
                "protocol",
                "script",
                "form",
                "expectations",
                "taste",
                "need",
                "needs",
                "size",
                "age",
            ],
            head,
        ) {
            return None;
        }
        let mut content = Vec::new();
        content.extend(self.content(0, idx));
        content.extend(self.content(np_end, n));
        Some(Found {
            kind: AttributionKind::AccordingTo,
            subject: (np_start, np_end),
            cue: self.span_of(idx, idx + 2),
            content,
            // An `according to` covers its own sentence only.
            after: false,
        })
    }
}

/// Splits the subject tokens `[from, to)` into coordinated, cleaned mentions.
fn subject_mentions(
    sentence: &Sentence<'_>,
    from: usize,
    to: usize,
    expansions: &[String],
) -> Vec<Span> {
    // Cut at a location or relative clause: `Chinese embassies in Norway, …`, `X, who …`.
    let mut end = to;
    let mut depth = 0i32;
    for idx in from..to {
        match sentence.kind(idx) {
            Some(Tk::ParenOpen) => depth += 1,
            Some(Tk::ParenClose) => depth -= 1,
            Some(Tk::Word) if depth <= 0 && idx > from => {
                let word = sentence.word(idx);
                let next = sentence.word(idx + 1);
                let cut = is_in(
                    &["who", "which", "whose", "including", "that", "where"],
                    word,
                ) || (word == "in"
                    && !is_in(&["role", "charge"], next)
                    && !sentence.word(idx - 1).eq_ignore_ascii_case("in"))
                    // A time phrase: `Mayor Elena Rossi on Tuesday`, `The union last week`;
                    // not before an author (`A report published on Monday by X`).
                    || (((word == "on" && (is_in(WEEKDAYS, next) || is_in(MONTHS, next)))
                        || (is_in(&["last", "this", "earlier", "late"], word)
                            && is_in(
                                &["week", "month", "year", "night", "weekend", "month's"],
                                next,
                            ))
                        || is_in(&["yesterday", "today", "tonight"], word))
                        && !(idx..to).any(|i| sentence.word(i) == "by"));
                if cut && word.starts_with(char::is_lowercase) {
                    end = idx;
                    break;
                }
            }
            _ => {}
        }
    }
    // Quantifiers: `A number of`, `Some of the`, `One of`.
    let mut start = from;
    while start < end && matches!(sentence.kind(start), Some(Tk::Comma | Tk::Open | Tk::Dash)) {
        start += 1;
    }
    let w0 = sentence.word(start);
    if is_in(
        &["number", "group", "couple", "handful", "series"],
        sentence.word(start + 1),
    ) && is_in(&["a", "the"], w0)
        && sentence.word(start + 2) == "of"
    {
        start += 3;
    } else if is_in(
        &[
            "some", "many", "most", "several", "one", "two", "all", "both",
        ],
        w0,
    ) && sentence.word(start + 1) == "of"
        && !is_in(ROLE_NOUNS, sentence.word(start + 2))
        && !is_in(ROLE_NOUNS, sentence.word(start + 3))
    {
        start += 2;
    }
    // The first top-level comma decides between an appositive, a role followed by names
    // and a list of names with appositives.
    let comma = sentence.top_level_comma(start, end);
    let mut pieces = Vec::new();
    match comma {
        Some(comma) => {
            let head_words: Vec<&str> = (start..comma)
                .map(|i| sentence.word(i))
                .filter(|w| !w.is_empty())
                .collect();
            let role_only = head_words.len() <= 8
                && head_words
                    .iter()
                    .any(|w| is_in(ROLE_NOUNS, w) && w.starts_with(char::is_lowercase))
                && head_words
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
            // `The manufacturer, Serum Institute of India, said`: a short lower-case description,
            // then the name it describes.
            let description_only = (2..=4).contains(&head_words.len())
                && is_in(
                    &["the", "a", "an", "its", "their", "his", "her", "our"],
                    head_words[0],
                )
                && head_words[1..]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase) && !is_in(VERB_WORDS, w));
            let next = sentence.word(comma + 1);
            if (role_only || description_only) && starts_upper(next) && !is_in(DETERMINERS, next) {
                let mut stop = comma + 1;
                while stop < end && sentence.kind(stop) != Some(Tk::Comma) {
                    stop += 1;
                }
                split_conjuncts(sentence, comma + 1, stop, expansions, &mut pieces);
            } else if starts_upper(next)
                && !is_in(DETERMINERS, next)
                && (comma..end).any(|i| sentence.word(i) == "and")
            {
                split_conjuncts(sentence, start, end, expansions, &mut pieces);
            } else {
                split_conjuncts(sentence, start, comma, expansions, &mut pieces);
            }
        }
        None => split_conjuncts(sentence, start, end, expansions, &mut pieces),
    }
    let mut mentions = Vec::new();
    for (first, mut last) in pieces {
        // Each conjunct ends at its own appositive.
        if let Some(cut) = (first..last).find(|&i| sentence.kind(i) == Some(Tk::Comma)) {
            last = cut;
        }
        let mut first = first;
        while first < last && matches!(sentence.kind(first), Some(Tk::Comma | Tk::Open | Tk::Dash))
        {
            first += 1;
        }
        while last > first
            && matches!(
                sentence.kind(last - 1),
                Some(Tk::Comma | Tk::Dash | Tk::Close)
            )
        {
            last -= 1;
        }
        // Keep the full stop of `Jr.` / `Inc.` only when it belongs to the name.
        if last > first && sentence.kind(last - 1) == Some(Tk::Stop) {
            let before = sentence.word(last.wrapping_sub(2));
            if !is_in(
                &["jr", "sr", "inc", "co", "corp", "ltd", "plc", "llc"],
                before,
            ) && !before.contains('.')
            {
                last -= 1;
            }
        }
        if last > first {
            mentions.push(sentence.span_of(first, last));
        }
    }
    mentions
}

/// Splits `[from, to)` at top-level `and` into conjuncts, keeping known names whole
/// (`Competition and Consumer Authority`, `Ministry of Trade and Industry`).
fn split_conjuncts(
    sentence: &Sentence<'_>,
    from: usize,
    to: usize,
    expansions: &[String],
    out: &mut Vec<(usize, usize)>,
) {
    let mut start = from;
    let mut depth = 0i32;
    for idx in from..to {
        match sentence.kind(idx) {
            Some(Tk::ParenOpen) => depth += 1,
            Some(Tk::ParenClose) => depth -= 1,
            Some(Tk::Word)
                if depth <= 0
                    && idx > start
                    && (sentence.word(idx) == "and" || sentence.word(idx) == "&") =>
            {
                let left_has_of = (start..idx).any(|i| sentence.word(i) == "of");
                let right_len = (idx + 1..to)
                    .take_while(|&i| sentence.kind(i) == Some(Tk::Word))
                    .count();
                let right_first = sentence.word(idx + 1);
                let joined_of = left_has_of
                    && right_len <= 2
                    && starts_upper(right_first)
                    && idx + 1 + right_len >= to;
                // `tablets and smart speakers`: a lower-case right side continues the noun.
                let previous = sentence.word(idx - 1).to_lowercase();
                let lower_right = right_first.starts_with(char::is_lowercase)
                    && !is_in(DETERMINERS, right_first)
                    && !is_in(PRONOUNS, right_first)
                    && sentence.word(idx - 1).starts_with(char::is_lowercase);
                let known = expansions.iter().any(|expansion| {
                    expansion.contains(&format!("{previous} and {}", right_first.to_lowercase()))
                });
                if !(joined_of || lower_right || known || sentence.word(idx) == "&") {
                    out.push((start, idx));
                    start = idx + 1;
                }
            }
            _ => {}
        }
    }
    out.push((start, to));
}

/// The headline's speaker mention: `Claim: Speaker` or `Speaker: claim`.
fn headline_speaker(text: &str, headline: Span) -> Option<Span> {
    let line = headline.slice(text);
    let first_colon = line.find(": ")?;
    let last_colon = line.rfind(": ")?;
    let left = line.get(..first_colon)?.trim();
    let right_start = last_colon + 2;
    let right = line.get(right_start..)?.trim();
    let right_words = right.split_whitespace().count();
    let left_words = left.split_whitespace().count();
    let leading_ws = line.get(right_start..)?.len() - line.get(right_start..)?.trim_start().len();
    if speaker_like(right, 8) && left_words >= 3 {
        let start = headline.start + right_start + leading_ws;
        return Some(Span::new(start, start + right.len()));
    }
    if speaker_like(left, 5) && right_words >= 2 && !is_in(HEADLINE_LABELS, left) {
        let start = headline.start + (line.len() - line.trim_start().len());
        return Some(Span::new(start, start + left.len()));
    }
    None
}

/// The name that follows the first use of `role` after `from`: `… Foreign Minister Wang Yi …`
/// for `Minister`.
fn role_holder(text: &str, from: usize, role: &str) -> Option<Span> {
    let rest = text.get(from..)?;
    let words = words_with_breaks(rest);
    let at = words
        .iter()
        .position(|(_, word)| bare_word(word).eq_ignore_ascii_case(role))?;
    let name: Vec<&(usize, &str)> = words[at + 1..]
        .iter()
        .take(3)
        .take_while(|(_, word)| starts_upper(word) && !is_in(TITLES, bare_word(word)))
        .collect();
    let (first, last) = (name.first()?, name.last()?);
    let end = last.0
        + last
            .1
            .trim_end_matches([',', '.', ';', ':', '\'', '’'])
            .len();
    Some(Span::new(from + first.0, from + end))
}

/// Whether a headline part looks like the name of a speaker.
fn speaker_like(part: &str, max_words: usize) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.is_empty() || words.len() > max_words {
        return false;
    }
    if is_in(PRONOUNS, words[0])
        || is_in(
            &["this", "that", "why", "how", "what", "who", "when", "where"],
            words[0],
        )
    {
        return false;
    }
    let n = words.len();
    let last = words[n - 1].trim_matches(|c: char| !c.is_alphanumeric());
    let noun_phrase_end =
        is_in(ORG_WORDS, last) || is_in(GENERIC_ORG, last) || is_in(ROLE_NOUNS, last);
    let lower_noun_phrase = noun_phrase_end && n <= 4;
    if !(starts_upper(words[0]) || lower_noun_phrase)
        || part.ends_with(['?', '!', '.'])
        || part.contains(['"', '“', '”'])
    {
        return false;
    }
    words.iter().enumerate().all(|(idx, word)| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        starts_upper(bare)
            || is_in(FUNCTION_WORDS, bare)
            || is_in(ROLE_NOUNS, bare)
            || (idx + 1 == n && bare.ends_with('s') && cues::lookup(bare).is_none())
            || (noun_phrase_end
                && bare.starts_with(char::is_lowercase)
                && cues::lookup(bare).is_none()
                && !is_in(VERB_WORDS, bare))
            || bare.chars().all(|c| !c.is_alphabetic())
    }) && words
        .iter()
        .all(|word| cues::lookup(word.trim_matches(|c: char| !c.is_alphanumeric())).is_none())
}

/// A transcript label at the start of a paragraph: one to three upper-case words and a
/// colon (`WALLACE:`, `"PENCE:`), but not a section label (`UPDATE:`, `NOTE:`).
fn transcript_label(text: &str, paragraph: Span) -> Option<Span> {
    let piece = paragraph.slice(text);
    let skipped = piece.len() - piece.trim_start_matches(['"', '“', '\'', '‘', ' ']).len();
    let rest = piece.get(skipped..)?;
    let colon = rest.find(':')?;
    let label = rest.get(..colon)?;
    let n_words = label.split_whitespace().count();
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let valid = (1..=3).contains(&n_words)
        && letters >= 2
        && is_all_caps(label)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'')
        && !is_in(
            &[
                "update",
                "note",
                "editor's note",
                "breaking",
                "watch",
                "correction",
                "live",
                "video",
                "photos",
                "read more",
                "related",
                "source",
                "sources",
                "q",
                "a",
            ],
            label,
        )
        && rest
            .get(colon + 1..)
            .is_some_and(|after| after.starts_with(' '));
    let start = paragraph.start + skipped;
    valid.then(|| Span::new(start, start + label.len()))
}

/// `Some(true)` for a paragraph that opens with an interview question label (`Q:`, `Q.`),
/// `Some(false)` for an answer (`A:`, `A.`).
fn qa_label(text: &str, paragraph: Span) -> Option<bool> {
    let piece = paragraph.slice(text).trim_start();
    let mut chars = piece.chars();
    let letter = chars.next()?;
    let mark = chars.next()?;
    if !matches!(mark, ':' | '.') || chars.next() != Some(' ') {
        return None;
    }
    match letter {
        'Q' => Some(true),
        'A' => Some(false),
        _ => None,
    }
}

/// The person an interview is with: the two or three capitalised words (a possessive `'s`
/// dropped) that open the last ordinary paragraph before paragraph `first_answer`, when they
/// look like a person's name: `Nadia Okafor's ballad …`.
fn interview_subject(text: &str, analysis: &Analysis, first_answer: u32) -> Option<Span> {
    let paragraph = (0..first_answer as usize)
        .rev()
        .map(|idx| analysis.paragraphs.get(idx))
        .find(|p| p.is_some_and(|p| qa_label(text, p.span).is_none()))??;
    let piece = paragraph.span.slice(text);
    let lead = piece.len() - piece.trim_start().len();
    let words: Vec<&str> = piece
        .split_whitespace()
        .take(3)
        .take_while(|w| starts_upper(w))
        .collect();
    let mut name = Vec::new();
    for word in words {
        let bare = word
            .trim_end_matches([',', '.'])
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        if !starts_upper(bare) || is_in(DETERMINERS, bare) || is_in(TITLES, bare) {
            break;
        }
        name.push(bare);
        if bare.len() != word.len() {
            break;
        }
    }
    if !(2..=3).contains(&name.len()) || guess_kind(&name, false) != ActorKind::Person {
        return None;
    }
    let length = name.join(" ").len();
    let start = paragraph.span.start + lead;
    Some(Span::new(start, start + length))
}

fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// An attribution before actor ids are final: passage, kind, draft actor, source, cue and
/// content.
type PendingAttribution = (
    usize,
    AttributionKind,
    usize,
    Option<Span>,
    Option<Span>,
    Vec<Span>,
);

/// Attributes every passage of `analysis` and fills its actors and attributions.
pub fn attribute(text: &str, analysis: &mut Analysis) {
    let mut registry = Registry {
        acronyms: find_acronyms(text),
        ..Registry::default()
    };
    let expansions: Vec<String> = registry
        .acronyms
        .iter()
        .map(|acronym| acronym.display.to_lowercase())
        .collect();
    let mut tokens = Vec::new();
    let n_passages = analysis.passages.len();
    // Per passage: speakers, and whether the speaker came after the content.
    let mut speakers: Vec<Vec<usize>> = vec![Vec::new(); n_passages];
    let mut after_flags = vec![false; n_passages];
    let mut attributions: Vec<PendingAttribution> = Vec::new();
    let quotes = analysis.quotes.clone();
    // Quotations that are statements (not scare quotes), in text order.
    let statements: Vec<Quote> = quotes
        .iter()
        .copied()
        .filter(|quote| !quote.scare)
        .collect();
    // Transcript labels (`WALLACE: Let's start …`) give a whole paragraph its speaker. In an
    // interview of questions and answers, `Q:` paragraphs are the interviewer's (the article's
    // own voice) and `A:` paragraphs the interviewee's: the person who opens the last paragraph
    // before the first question.
    let mut label_paragraph = u32::MAX;
    let mut label_speakers: Vec<usize> = Vec::new();
    let mut question = false;
    let mut interviewee: Option<Vec<usize>> = None;
    for passage_idx in 0..n_passages {
        let passage = &analysis.passages[passage_idx];
        if passage.kind != PassageKind::Sentence {
            continue;
        }
        if passage.paragraph != label_paragraph {
            label_paragraph = passage.paragraph;
            label_speakers.clear();
            question = false;
            let paragraph_span = analysis
                .paragraphs
                .get(passage.paragraph as usize)
                .map_or(passage.span, |p| p.span);
            let qa = qa_label(text, paragraph_span);
            if qa == Some(true) {
                question = true;
            } else if qa == Some(false) {
                if interviewee.is_none() {
                    let found = interview_subject(text, analysis, passage.paragraph);
                    interviewee = Some(match found {
                        Some(name) => registry.resolve(text, name),
                        None => Vec::new(),
                    });
                }
                label_speakers = interviewee.clone().unwrap_or_default();
                registry.spoke(&label_speakers);
            } else if let Some(label) = transcript_label(text, paragraph_span) {
                let name = title_case(label.slice(text));
                label_speakers = registry.resolve_named(text, label, &name);
                registry.spoke(&label_speakers);
            }
        }
        if question {
            continue;
        }
        if !label_speakers.is_empty() {
            for &id in &label_speakers {
                attributions.push((
                    passage_idx,
                    AttributionKind::Direct,
                    id,
                    None,
                    None,
                    vec![passage.span],
                ));
            }
            speakers[passage_idx] = label_speakers.clone();
            continue;
        }
        tokenize(
            text,
            passage.span,
            overlapping(&statements, passage.span),
            &mut tokens,
        );
        // Sentences of many hundreds of words are not news prose (lists, tables, run-on
        // input); reading them would cost quadratic time, so they keep the article's voice.
        if tokens.len() > MAX_TOKENS {
            continue;
        }
        let sentence = Sentence {
            text,
            toks: &tokens,
            span: passage.span,
        };
        // A sign-off under a quotation: `— Steve Quinlan`. The quotation above is the
        // person's; a sign-off line of its own is not.
        if let Some(name) = sign_off(text, passage.span) {
            let ids = registry.resolve(text, name);
            if !ids.is_empty() {
                let paragraph = passage.paragraph;
                let own_line = passage.span.slice(text).starts_with(['—', '―', '–', '-']);
                let mut covered = Vec::new();
                if !own_line {
                    covered.push(passage_idx);
                }
                for earlier in (0..passage_idx).rev() {
                    let earlier_passage = &analysis.passages[earlier];
                    if earlier_passage.paragraph + 1 < paragraph
                        || earlier_passage.kind != PassageKind::Sentence
                    {
                        break;
                    }
                    let quoted = !overlapping(&statements, earlier_passage.span).is_empty();
                    if speakers[earlier].is_empty() && quoted {
                        covered.push(earlier);
                    }
                }
                for &covered_idx in &covered {
                    speakers[covered_idx] = ids.clone();
                    for &id in &ids {
                        let content = vec![analysis.passages[covered_idx].span];
                        attributions.push((
                            covered_idx,
                            AttributionKind::Direct,
                            id,
                            Some(name),
                            None,
                            content,
                        ));
                    }
                }
                registry.spoke(&ids);
                continue;
            }
        }
        let Some(found) = sentence.find() else {
            // `"Why not?" Vitter demanded.`: a bare attribution for the quotation before it.
            if let Some((subject, cue)) = sentence.bare_attribution() {
                let previous_quote = passage_idx > 0
                    && analysis.passages[passage_idx - 1].paragraph == passage.paragraph
                    && analysis.passages[passage_idx - 1]
                        .span
                        .slice(text)
                        .trim_end()
                        .ends_with(['"', '”', '\'', '’']);
                if previous_quote {
                    let mut ids = Vec::new();
                    for mention in subject_mentions(&sentence, subject.0, subject.1, &expansions) {
                        for id in registry.resolve(text, mention) {
                            if !ids.contains(&id) {
                                ids.push(id);
                                let content = vec![analysis.passages[passage_idx - 1].span];
                                attributions.push((
                                    passage_idx - 1,
                                    AttributionKind::Direct,
                                    id,
                                    Some(mention),
                                    Some(cue),
                                    content,
                                ));
                            }
                        }
                    }
                    if !ids.is_empty() {
                        registry.spoke(&ids);
                        if speakers[passage_idx - 1].is_empty() {
                            speakers[passage_idx - 1] = ids.clone();
                        }
                        speakers[passage_idx] = ids;
                    }
                }
            }
            continue;
        };
        let mentions = if found.kind == AttributionKind::AccordingTo {
            vec![sentence.span_of(found.subject.0, found.subject.1)]
        } else {
            subject_mentions(&sentence, found.subject.0, found.subject.1, &expansions)
        };
        let mut ids = Vec::new();
        for mention in mentions {
            for id in registry.resolve(text, mention) {
                if !ids.contains(&id) {
                    ids.push(id);
                    let kind = if found.kind == AttributionKind::AccordingTo {
                        found.kind
                    } else {
                        sentence.attribution_kind(&found.content, &quotes)
                    };
                    attributions.push((
                        passage_idx,
                        kind,
                        id,
                        Some(mention),
                        Some(found.cue),
                        found.content.clone(),
                    ));
                }
            }
        }
        if ids.is_empty() {
            continue;
        }
        registry.spoke(&ids);
        speakers[passage_idx] = ids;
        after_flags[passage_idx] = found.after;
    }

    // Quotations: every sentence of a (multi-paragraph) quotation gets its speaker.
    spread_over_quotes(text, analysis, &quotes, &mut speakers);

    // A quoted sentence right after an attributed quotation in the same paragraph continues
    // it: `"A," said X. "B."`.
    for passage_idx in 1..n_passages {
        let passage = &analysis.passages[passage_idx];
        let previous = &analysis.passages[passage_idx - 1];
        if !speakers[passage_idx].is_empty()
            || passage.kind != PassageKind::Sentence
            || previous.paragraph != passage.paragraph
        {
            continue;
        }
        let opens_quote = overlapping(&statements, passage.span)
            .iter()
            .any(|quote| quote.span.start == passage.span.start);
        let previous_quoted = !overlapping(&statements, previous.span).is_empty();
        if opens_quote && previous_quoted && !speakers[passage_idx - 1].is_empty() {
            speakers[passage_idx] = speakers[passage_idx - 1].clone();
        }
    }

    // Carry-over: a speaker given after the content covers the preceding unattributed
    // sentences of the same paragraph.
    for passage_idx in 0..n_passages {
        if !after_flags[passage_idx] || speakers[passage_idx].is_empty() {
            continue;
        }
        // A quotation that opens in this sentence starts the statement here.
        let span = analysis.passages[passage_idx].span;
        if overlapping(&statements, span)
            .iter()
            .any(|quote| span.start <= quote.span.start)
        {
            continue;
        }
        let paragraph = analysis.passages[passage_idx].paragraph;
        let mut back = passage_idx;
        while back > 0 {
            back -= 1;
            let earlier = &analysis.passages[back];
            if earlier.paragraph != paragraph
                || earlier.kind != PassageKind::Sentence
                || !speakers[back].is_empty()
            {
                break;
            }
            speakers[back] = speakers[passage_idx].clone();
        }
    }

    // A list introduced by an attributed sentence ending in a colon keeps its speaker.
    for passage_idx in 1..n_passages {
        if !speakers[passage_idx].is_empty()
            || analysis.passages[passage_idx].kind != PassageKind::Sentence
        {
            continue;
        }
        let item = analysis.passages[passage_idx].span.slice(text);
        let is_item = item
            .trim_start_matches(['•', '-', '*', ' '])
            .split_once(['.', ')'])
            .is_some_and(|(number, _)| {
                !number.is_empty()
                    && number.len() <= 2
                    && number.bytes().all(|b| b.is_ascii_digit())
            });
        if !is_item {
            continue;
        }
        let mut back = passage_idx - 1;
        loop {
            let earlier = analysis.passages[back].span.slice(text).trim_end();
            if earlier.ends_with(':') {
                speakers[passage_idx] = speakers[back].clone();
                break;
            }
            let earlier_item = earlier.split_once(['.', ')']).is_some_and(|(number, _)| {
                !number.is_empty()
                    && number.len() <= 2
                    && number.bytes().all(|b| b.is_ascii_digit())
            });
            if !earlier_item || back == 0 {
                break;
            }
            back -= 1;
        }
    }

    // The headline.
    if let Some(headline_idx) = analysis
        .passages
        .iter()
        .position(|p| p.kind == PassageKind::Headline)
    {
        let headline = analysis.passages[headline_idx].span;
        let mut ids = Vec::new();
        if let Some(speaker) = headline_speaker(text, headline) {
            tokenize(text, speaker, &[], &mut tokens);
            let sentence = Sentence {
                text,
                toks: &tokens,
                span: speaker,
            };
            for mention in subject_mentions(&sentence, 0, tokens.len(), &expansions) {
                for id in registry.resolve(text, mention) {
                    if !ids.contains(&id) {
                        ids.push(id);
                        attributions.push((
                            headline_idx,
                            AttributionKind::Headline,
                            id,
                            Some(mention),
                            None,
                            vec![headline],
                        ));
                    }
                }
            }
        } else {
            tokenize(
                text,
                headline,
                overlapping(&statements, headline),
                &mut tokens,
            );
            let sentence = Sentence {
                text,
                toks: &tokens,
                span: headline,
            };
            if let Some(found) = sentence.find().filter(|found| !found.after) {
                for mention in
                    subject_mentions(&sentence, found.subject.0, found.subject.1, &expansions)
                {
                    let word = mention.slice(text);
                    let one_word = !word.contains(char::is_whitespace);
                    let found_ids = if one_word
                        && word
                            .strip_suffix('s')
                            .is_some_and(|one| is_in(ROLE_NOUNS, one) || is_in(TITLES, one))
                    {
                        // `Leaders pledge …`: the people who first spoke together, or nobody.
                        registry.first_group()
                    } else if one_word && (is_in(ROLE_NOUNS, word) || is_in(TITLES, word)) {
                        // A bare role (`Coach blames referee …`) is the person the article
                        // gives that role, or nobody: never an actor named `Coach`.
                        match role_holder(text, headline.end, word) {
                            Some(name) => registry.resolve(text, name),
                            None => Vec::new(),
                        }
                    } else {
                        registry.resolve(text, mention)
                    };
                    for id in found_ids {
                        if !ids.contains(&id) {
                            ids.push(id);
                            attributions.push((
                                headline_idx,
                                AttributionKind::Headline,
                                id,
                                Some(mention),
                                Some(found.cue),
                                found.content.clone(),
                            ));
                        }
                    }
                }
            }
        }
        speakers[headline_idx] = ids;
    }

    // Keep only actors that speak somewhere (or that a speaking role belongs to).
    let mut used = vec![false; registry.actors.len()];
    for ids in &speakers {
        for &id in ids {
            used[id] = true;
            let mut parent = registry.actors[id].member_of;
            while let Some(org) = parent {
                if used[org] {
                    break;
                }
                used[org] = true;
                parent = registry.actors[org].member_of;
            }
        }
    }
    let mut new_index = vec![None; registry.actors.len()];
    let mut slugs: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (old, draft) in registry.actors.iter().enumerate() {
        if !used[old] {
            continue;
        }
        let id = ActorId(analysis.actors.len() as u32);
        new_index[old] = Some(id);
        let base = slugify(&draft.name);
        let mut slug = base.clone();
        let mut n = 2;
        while slugs.contains(&slug) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        slugs.insert(slug.clone());
        let mut mentions = draft.mentions.clone();
        mentions.sort();
        mentions.dedup();
        analysis.actors.push(Actor {
            id,
            slug,
            name: draft.name.clone(),
            kind: draft.kind,
            member_of: None,
            mentions,
            aliases: draft.aliases.clone(),
        });
    }
    for (old, draft) in registry.actors.iter().enumerate() {
        if let (Some(id), Some(org)) = (new_index[old], draft.member_of) {
            analysis.actors[id.index()].member_of = new_index[org];
        }
    }
    for (passage_idx, ids) in speakers.iter().enumerate() {
        let mut mapped: Vec<ActorId> = ids.iter().filter_map(|&id| new_index[id]).collect();
        mapped.sort();
        mapped.dedup();
        analysis.passages[passage_idx].speakers = mapped;
    }
    // Passages that got their speakers from a quotation, a carry-over or a list get an
    // attribution of their own (without a source or cue mention).
    let mut has_attribution = vec![false; n_passages];
    for entry in &attributions {
        if let Some(flag) = has_attribution.get_mut(entry.0) {
            *flag = true;
        }
    }
    for (passage_idx, ids) in speakers.iter().enumerate() {
        if has_attribution[passage_idx] || ids.is_empty() {
            continue;
        }
        let span = analysis.passages[passage_idx].span;
        let kind = if overlapping(&statements, span).is_empty() {
            AttributionKind::Indirect
        } else {
            AttributionKind::Direct
        };
        for &id in ids {
            attributions.push((passage_idx, kind, id, None, None, vec![span]));
        }
    }
    attributions.sort_by_key(|entry| entry.0);
    for (_, kind, actor, source, cue, content) in attributions {
        if let Some(actor) = new_index[actor] {
            analysis.attributions.push(Attribution {
                kind,
                actor,
                source,
                cue,
                content,
            });
        }
    }
}

/// The quotations (sorted by position, not overlapping) that overlap `span`.
fn overlapping(quotes: &[Quote], span: Span) -> &[Quote] {
    let first = quotes.partition_point(|quote| quote.span.end <= span.start);
    let end = quotes.partition_point(|quote| quote.span.start < span.end);
    quotes.get(first..end.max(first)).unwrap_or(&[])
}

/// Gives every sentence of a quotation (or chain of quotations across paragraphs) the
/// speaker of an attributed sentence that overlaps it.
fn spread_over_quotes(
    text: &str,
    analysis: &Analysis,
    quotes: &[Quote],
    speakers: &mut [Vec<usize>],
) {
    let passages = &analysis.passages;
    let mut chain: Vec<usize> = Vec::new();
    let mut idx = 0;
    while idx < quotes.len() {
        if quotes[idx].scare || quotes[idx].content.is_empty() {
            idx += 1;
            continue;
        }
        chain.clear();
        chain.push(idx);
        // Follow unclosed quotes into the next paragraph.
        let mut last = idx;
        while quotes[last].span.end == quotes[last].content.end && last + 1 < quotes.len() {
            last += 1;
            chain.push(last);
        }
        let chain_start = quotes[idx].span.start;
        let first_passage = passages.partition_point(|passage| passage.span.end <= chain_start);
        let chain_end = quotes[last].span.end;
        let end_passage = passages.partition_point(|passage| passage.span.start < chain_end);
        let chain_passages: Vec<usize> = (first_passage..end_passage.max(first_passage))
            .filter(|&p| {
                passages[p].kind == PassageKind::Sentence
                    && chain.iter().any(|&q| {
                        let quote = quotes[q].span;
                        passages[p].span.start < quote.end && quote.start < passages[p].span.end
                    })
            })
            .collect();
        let source = chain_passages
            .iter()
            .copied()
            .find(|&p| !speakers[p].is_empty())
            .or_else(|| {
                // `She said:` just before the quotation.
                let first = *chain_passages.first()?;
                let prev = first.checked_sub(1)?;
                let ends_with_colon = passages[prev].span.slice(text).trim_end().ends_with(':');
                // `"A," said X. "B. C."`: a quotation right after a quoted statement in the
                // same paragraph continues it.
                let continues = passages[prev].paragraph == passages[first].paragraph
                    && passages[first].span.start == quotes[idx].span.start
                    && overlapping(quotes, passages[prev].span)
                        .iter()
                        .any(|quote| !quote.scare);
                ((ends_with_colon || continues) && !speakers[prev].is_empty()).then_some(prev)
            });
        if let Some(source) = source {
            let ids = speakers[source].clone();
            for &p in &chain_passages {
                if speakers[p].is_empty() {
                    speakers[p] = ids.clone();
                }
            }
        }
        idx = last + 1;
    }
}
