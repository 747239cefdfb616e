//! `The agency quoted Ines Varga as saying that …`: the words of the person quoted, not of the
//! outlet that quotes them. Wire copy and state media relay statements this way.

use super::sentence::{Found, Sentence, TokenRange};
use super::tokens::Tk;
use crate::analysis::lexicon::{is_in, QUOTED_AS_PARTICIPLES};
use crate::analysis::{AttributionKind, Span};

impl<'t> Sentence<'t> {
    /// `quoted X as saying …` (or `quotes`, `quoting`): X, up to an appositive after a comma
    /// (`quoted Ines Varga, who runs the kiosk, as saying`), says what follows the participle, or
    /// what comes before the outlet (`"…," the agency quoted him as saying.`).
    pub(super) fn quoted_as_saying(&self) -> Option<Found> {
        let quoted = (0..self.toks.len()).find(|&idx| {
            self.kind(idx) == Some(Tk::Word)
                && !self.toks[idx].quoted
                && is_in(&["quoted", "quotes", "quoting"], self.word(idx))
        })?;
        let subject_start = quoted + 1;
        let as_idx = (subject_start..(subject_start + 20).min(self.toks.len()))
            .take_while(|&idx| !matches!(self.kind(idx), Some(Tk::Stop | Tk::Open)))
            .find(|&idx| {
                self.word(idx) == "as" && is_in(QUOTED_AS_PARTICIPLES, self.word(idx + 1))
            })?;
        let subject_end = (subject_start..as_idx)
            .find(|&idx| self.kind(idx) == Some(Tk::Comma))
            .unwrap_or(as_idx);
        // `quoted him as saying`: an object pronoun stands for its subject form.
        let pronoun = subject_end == subject_start + 1
            && is_in(&["him", "her", "them"], self.word(subject_start));
        if !pronoun && !self.is_noun_phrase(subject_start, subject_end, 10) {
            return None;
        }
        let cue = as_idx + 1;
        let mut from = cue + 1;
        if self.word(from) == "that" {
            from += 1;
        }
        let (content, after) = match self.content(from, self.toks.len()) {
            Some(content) => (content, false),
            None => (self.content_before(quoted)?, true),
        };
        Some(Found {
            kind: AttributionKind::Indirect,
            subject: TokenRange::new(subject_start, subject_end),
            cue: self.toks[cue].span,
            content: vec![content],
            after,
        })
    }

    /// The words before the clause that ends at token `end`, up to the comma, closing mark or
    /// dash that opens the clause.
    fn content_before(&self, end: usize) -> Option<Span> {
        let boundary = (0..end)
            .rev()
            .find(|&idx| matches!(self.kind(idx), Some(Tk::Comma | Tk::Close | Tk::Dash)))?;
        let to = boundary + usize::from(self.kind(boundary) == Some(Tk::Close));
        self.content(0, to)
    }
}
