//! Appositives around a subject: a name and its description between commas (`Ines Varga, the
//! Tolvian president,`), and one whose closing comma is missing.

use super::sentence::{Sentence, TokenRange};
use super::tokens::Tk;
use crate::analysis::actors::*;
use crate::analysis::lexicon::*;

impl Sentence<'_> {
    /// Whether tokens `from..to` are noun phrases joined by commas, one of them a capitalised
    /// name: `Ines Varga, the Tolvian president`, `The Minister of Roads, Rail and Ferries, Ines
    /// Varga` (a subject with its appositive).
    pub(super) fn appositive_pair(&self, from: usize, to: usize) -> bool {
        let mut parts = Vec::new();
        let mut start = from;
        for idx in from..=to {
            if idx == to || self.kind(idx) == Some(Tk::Comma) {
                parts.push((start, idx));
                start = idx + 1;
            }
        }
        let named = |&(start, end): &(usize, usize)| {
            (start..end).all(|i| starts_upper(self.word(i)) || self.kind(i) != Some(Tk::Word))
        };
        // (`senior associate for school outreach at the Vell Institute for Learning Reform`:
        // an appositive of a role and its organisation may be long.)
        parts.len() >= 2
            && parts
                .iter()
                .all(|&(start, end)| start < end && self.is_noun_phrase(start, end, 14))
            && parts.iter().any(named)
    }

    /// `The health minister, Ana Ruiz, who …, said`: the name between the comma at `comma`
    /// and a comma before `who`, which the subject keeps as its appositive; its end.
    pub(super) fn appositive_name_before_who(&self, comma: usize, limit: usize) -> Option<usize> {
        if self.kind(comma) != Some(Tk::Comma) || !starts_upper(self.word(comma + 1)) {
            return None;
        }
        let end = self.name_prefix(comma + 1, limit);
        (end > comma + 1
            && self.kind(end) == Some(Tk::Comma)
            && is_in(&["who", "whose"], self.word(end + 1)))
        .then_some(end)
    }

    /// `…," said one of the organisers, Vell director Joanne Tadd.`: after an inverted cue, a
    /// description with no name (`from..comma`), then a name that ends the sentence. The name's
    /// tokens.
    pub(super) fn name_after_description(&self, from: usize, comma: usize) -> Option<TokenRange> {
        if self.kind(comma) != Some(Tk::Comma) || (from..comma).any(|i| starts_upper(self.word(i)))
        {
            return None;
        }
        let start = comma + 1;
        let end = (start..self.toks.len())
            .find(|&i| self.kind(i) != Some(Tk::Word))
            .unwrap_or(self.toks.len());
        // (The name ends the sentence: `director John J. Ferriola` reads no further.)
        let closes = matches!(self.kind(end), None | Some(Tk::Stop))
            && (end..self.toks.len()).all(|i| self.kind(i) != Some(Tk::Word));
        let full_name = end >= start + 2
            && (end - 2..end).all(|i| {
                let word = self.word(i);
                starts_upper(word) && !is_in(ORG_WORDS, word)
            });
        (closes && full_name && self.is_noun_phrase(start, end, 8))
            .then(|| TokenRange::new(start, end))
    }

    /// `…, his aide, Ravi Mehta, said.`, `…, Ravi Mehta, his aide, told reporters.`: a
    /// subject and its appositive between commas, one of them a name, ending at the comma
    /// before token `end`. The token before the subject (a comma, closing mark or dash) and
    /// the subject's end.
    pub(super) fn appositive_subject(&self, end: usize) -> Option<(usize, usize)> {
        let close = end.checked_sub(1)?;
        if self.kind(close) != Some(Tk::Comma) {
            return None;
        }
        let mut inner = None;
        let mut at = close;
        let outer = loop {
            at = at.checked_sub(1)?;
            match self.kind(at) {
                Some(Tk::Comma) if inner.is_none() => inner = Some(at),
                Some(Tk::Comma | Tk::Close | Tk::Dash) => break at,
                Some(Tk::Word | Tk::Stop | Tk::Other | Tk::ParenOpen | Tk::ParenClose) => {}
                _ => return None,
            }
        };
        let inner = inner?;
        // `Ines Varga, the mayor of Vell, Norland, also spoke`: after a bare name the
        // commas are the subject's own appositives.
        let before = self.words(0, outer);
        if self.kind(outer) == Some(Tk::Comma)
            && before.len() <= 4
            && before.iter().all(|word| starts_upper(word))
        {
            return None;
        }
        let parts = [(outer + 1, inner), (inner + 1, close)];
        let named = parts.iter().any(|&(from, _)| {
            let first = self.word(from);
            starts_upper(first) && !is_in(DETERMINERS, first) && !is_in(PRONOUNS, first)
        });
        // (`Ada Holm, deputy director of the Centre for Norland Studies at Vell University in
        // Lorsk, told …`: a role's phrase may be long.)
        let max_words = |from: usize, to: usize| {
            let role = (from..to.min(from + 3)).any(|i| is_in(ROLE_NOUNS, self.word(i)));
            if role {
                16
            } else {
                8
            }
        };
        (named
            && parts
                .iter()
                .all(|&(from, to)| self.is_noun_phrase(from, to, max_words(from, to))))
        .then_some((outer, close))
    }

    /// `"…," Ada Holm, the regulator's head of markets said.`: a person's name after the
    /// closing mark, then an appositive whose closing comma is missing. The closing mark and
    /// the name's end (its comma).
    pub(super) fn unclosed_appositive(&self, end: usize) -> Option<(usize, usize)> {
        let comma = (end.saturating_sub(8)..end)
            .rev()
            .find(|&i| self.kind(i) != Some(Tk::Word))?;
        let first = self.word(comma + 1);
        let described =
            is_in(&["the", "its", "his", "her", "their"], first) || is_possessive(first);
        let outer = comma.checked_sub(4)?;
        let name_from = (outer..comma)
            .rev()
            .find(|&i| self.kind(i) != Some(Tk::Word))?;
        let name_len = comma - name_from - 1;
        let named = (2..=3).contains(&name_len)
            && self
                .words(name_from + 1, comma)
                .iter()
                .all(|w| starts_upper(w) && !is_in(ORG_WORDS, w) && !is_in(DETERMINERS, w));
        (self.kind(comma) == Some(Tk::Comma)
            && described
            && named
            && matches!(self.kind(name_from), Some(Tk::Close | Tk::Dash))
            && self.is_noun_phrase(comma + 1, end, 8))
        .then_some((name_from, comma))
    }
}
