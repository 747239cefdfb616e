//! The sentence view: a sentence's tokens with accessors by token index (word, class,
//! spans, content, body end, commas, dateline), and what a pattern found in it.

use super::tokens::{Tk, Token};
use crate::analysis::lexicon::{is_in, starts_upper, DETERMINERS, MONTHS, NEWS_OUTLET_WORDS};
use crate::analysis::text::is_all_caps;
use crate::analysis::{AttributionKind, Quote, Span};

/// What a sentence's attribution pattern found, before actors are resolved.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) kind: AttributionKind,
    /// The subject's tokens.
    pub(super) subject: TokenRange,
    pub(super) cue: Span,
    pub(super) content: Vec<Span>,
    /// The speaker comes after the content (so it may carry over to earlier sentences).
    pub(super) after: bool,
}

/// A half-open range of token indices into a sentence: `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct TokenRange {
    pub(super) start: usize,
    pub(super) end: usize,
}

impl TokenRange {
    pub(super) const fn new(start: usize, end: usize) -> TokenRange {
        TokenRange { start, end }
    }
}

/// The longest sentence, in tokens, that attribution reads.
pub(super) const MAX_TOKENS: usize = 400;

/// A sentence and its tokens.
pub(super) struct Sentence<'t> {
    pub(super) text: &'t str,
    pub(super) toks: &'t [Token<'t>],
    pub(super) span: Span,
}

impl<'t> Sentence<'t> {
    pub(super) fn word(&self, idx: usize) -> &'t str {
        match self.toks.get(idx) {
            Some(tok) if tok.kind == Tk::Word => tok.text,
            _ => "",
        }
    }

    pub(super) fn kind(&self, idx: usize) -> Option<Tk> {
        self.toks.get(idx).map(|tok| tok.kind)
    }

    /// Whether token `idx` is the full stop of an abbreviation glued to the word before it
    /// (the last `.` of `U.S.`).
    pub(super) fn abbreviation_stop(&self, idx: usize) -> bool {
        match (
            idx.checked_sub(1).and_then(|i| self.toks.get(i)),
            self.toks.get(idx),
        ) {
            (Some(before), Some(tok)) => {
                tok.kind == Tk::Stop
                    && before.kind == Tk::Word
                    && before.span.end == tok.span.start
                    && tok.text == "."
                    && before.text.contains('.')
            }
            _ => false,
        }
    }

    pub(super) fn span_of(&self, from: usize, to: usize) -> Span {
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
    pub(super) fn content(&self, mut from: usize, mut to: usize) -> Option<Span> {
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
    pub(super) fn body_end(&self) -> usize {
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

    /// The last word in tokens `from..to`, or "".
    pub(super) fn last_word(&self, from: usize, to: usize) -> &'t str {
        (from..to)
            .rev()
            .map(|idx| self.word(idx))
            .find(|word| !word.is_empty())
            .unwrap_or("")
    }

    /// The first comma in `start..end` outside parentheses.
    pub(super) fn top_level_comma(&self, start: usize, end: usize) -> Option<usize> {
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

    /// The first token after a wire dateline that opens a sentence:
    /// `WASHINGTON, July 12 (Reuters) -`, `FLINT, Mich. (AP) —`, `LONDON —`.
    pub(super) fn dateline_end(&self) -> usize {
        let limit = self.toks.len().min(14);
        if is_all_caps(self.word(0)) && self.word(0).chars().count() >= 2 {
            if let Some(dash) = (1..limit).find(|&idx| self.kind(idx) == Some(Tk::Dash)) {
                return dash + 1;
            }
            // `NEW DELHI: …`: an upper-case place and a colon.
            if let Some(colon) = (1..limit.min(5)).find(|&idx| self.kind(idx) == Some(Tk::Colon)) {
                if (0..colon).all(|idx| is_all_caps(self.word(idx))) {
                    return colon + 1;
                }
            }
            if let Some(end) = self.slashed_agency_end(limit) {
                return end;
            }
        }
        // `(AP) – …`, `(Reuters) – …`, `(TOLVIA TIMES) – …`: the agency alone, then a dash.
        if self.kind(0) == Some(Tk::ParenOpen) {
            let close = (1..6).find(|&idx| self.kind(idx) != Some(Tk::Word));
            if let Some(close) = close.filter(|&close| close > 1) {
                let named = (1..close).all(|idx| starts_upper(self.word(idx)));
                if named
                    && self.kind(close) == Some(Tk::ParenClose)
                    && self.kind(close + 1) == Some(Tk::Dash)
                {
                    return close + 2;
                }
            }
        }
        match self.agency_dateline_end(limit) {
            0 => self.place_date_end(),
            end => end,
        }
    }

    /// `Tolvik Harbour, Mar 4 The High Court …`: one to three capitalised words of a place, a
    /// comma, a month and a day (and a year), with no agency; then a capitalised word, a colon
    /// or a dash. 0 if the sentence does not open so.
    fn place_date_end(&self) -> usize {
        let Some(comma) = (1..4).find(|&idx| self.kind(idx) == Some(Tk::Comma)) else {
            return 0;
        };
        let place = (0..comma)
            .all(|idx| self.kind(idx) == Some(Tk::Word) && starts_upper(self.word(idx)))
            && !is_in(DETERMINERS, self.word(0));
        let number = |idx: usize, digits: std::ops::RangeInclusive<usize>| {
            let word = self.word(idx);
            digits.contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
        };
        if !place || !self.is_month(comma + 1) || !number(comma + 2, 1..=2) {
            return 0;
        }
        let mut end = comma + 3;
        if self.kind(end) == Some(Tk::Comma) && number(end + 1, 4..=4) {
            end += 2;
        }
        match self.kind(end) {
            Some(Tk::Dash | Tk::Colon) => end + 1,
            Some(Tk::Word) if starts_upper(self.word(end)) => end,
            _ => 0,
        }
    }

    /// Whether the word at `idx` is a month's name or abbreviation (`Nov`, `Nov.`, `November`).
    fn is_month(&self, idx: usize) -> bool {
        let month = self.word(idx).trim_end_matches('.').to_ascii_lowercase();
        month.len() >= 3 && MONTHS.iter().any(|name| name.starts_with(month.as_str()))
    }

    /// `WASHINGTON, January 15. /TASS/. …`: the token after the stop that follows an agency
    /// between slashes.
    fn slashed_agency_end(&self, limit: usize) -> Option<usize> {
        let slash = (1..limit).find(|&idx| {
            let tok = self.toks[idx].text;
            tok.starts_with('/') && tok.trim_matches('/').chars().any(char::is_uppercase)
                || (tok == "/" && is_all_caps(self.word(idx + 1)))
        })?;
        (slash..limit)
            .find(|&idx| self.kind(idx) == Some(Tk::Stop))
            .map(|stop| stop + 1)
    }

    /// `Brazzaville (AFP) Dec 30, 2008 Opposition …`, `Oct 3 (Reuters) - …`: a place or a date,
    /// the agency in parentheses, and an optional dash or date; 0 if the sentence does not open
    /// so.
    fn agency_dateline_end(&self, limit: usize) -> usize {
        // The agency's one or two capitalised words (`(Reuters)`, `(Tolvik Press)`).
        let agency_open = |close: usize| {
            (1..=2).map(|len| close - len - 1).find(|&open| {
                self.kind(open) == Some(Tk::ParenOpen)
                    && (open + 1..close).all(|idx| starts_upper(self.word(idx)))
            })
        };
        let Some((open, close)) = (3..limit.min(10)).find_map(|idx| {
            (self.kind(idx) == Some(Tk::ParenClose))
                .then(|| agency_open(idx).map(|open| (open, idx)))
                .flatten()
        }) else {
            return 0;
        };
        // A place, or a date (`Oct 3 (Reuters) - …`).
        let place = (0..open).all(|idx| match self.kind(idx) {
            Some(Tk::Word) => {
                let word = self.word(idx);
                starts_upper(word) || (idx > 0 && word.bytes().all(|b| b.is_ascii_digit()))
            }
            Some(Tk::Comma | Tk::Stop) => idx > 0,
            _ => false,
        });
        if !(1..=5).contains(&open) || !place || is_in(DETERMINERS, self.word(0)) {
            return 0;
        }
        let end = close + 1;
        if self.kind(end) == Some(Tk::Dash) {
            return end + 1;
        }
        // `Dec 30, 2008`, `July 20`: a date after the agency ends the dateline too.
        let is_number = |idx: usize| {
            let word = self.word(idx);
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
        };
        if !(self.is_month(end) && is_number(end + 1)) {
            // `WASHINGTON (AP) The White House says …`: a wire agency in the parentheses, then
            // the sentence's capitalised first word.
            let agency_then_word = is_in(NEWS_OUTLET_WORDS, self.word(close - 1))
                && self.kind(end) == Some(Tk::Word)
                && starts_upper(self.word(end));
            return if agency_then_word { end } else { 0 };
        }
        let mut end = end + 2;
        if self.kind(end) == Some(Tk::Comma) && is_number(end + 1) {
            end += 2;
        }
        if self.kind(end) == Some(Tk::Dash) {
            end += 1;
        }
        end
    }
}

/// The quotations (sorted by position, not overlapping) that overlap `span`.
pub(super) fn overlapping(quotes: &[Quote], span: Span) -> &[Quote] {
    let first = quotes.partition_point(|quote| quote.span.end <= span.start);
    let end = quotes.partition_point(|quote| quote.span.start < span.end);
    quotes.get(first..end.max(first)).unwrap_or(&[])
}
