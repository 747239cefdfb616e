//! `The agency quoted Ines Varga as saying that …`: the words of the person quoted, not of the
//! outlet that quotes them. Wire copy and state media relay statements this way.

use super::sentence::{Found, Sentence, TokenRange};
use super::tokens::Tk;
use crate::analysis::lexicon::{
    is_in, BE_FORMS, QUOTED_AS_PARTICIPLES, QUOTED_AS_PAST, QUOTING_VERBS,
};
use crate::analysis::{AttributionKind, Span};

impl<'t> Sentence<'t> {
    /// `quoted X as saying …` (or `quotes`, `quoting`, `cited`): X, up to an appositive after
    /// a comma (`quoted Ines Varga, who runs the kiosk, as saying`), says what follows the
    /// participle (`as saying`, `as having told`), or what comes before the outlet (`"…," the
    /// agency quoted him as saying.`). Passive, `The envoy was quoted as saying …`, the
    /// sentence's subject says it.
    pub(super) fn quoted_as_saying(&self) -> Option<Found> {
        let quoted = (0..self.toks.len()).find(|&idx| {
            self.kind(idx) == Some(Tk::Word)
                && !self.toks[idx].quoted
                && self.word(idx).starts_with(['c', 'q', 'C', 'Q'])
                && is_in(QUOTING_VERBS, self.word(idx))
        })?;
        let passive = quoted > 0 && is_in(BE_FORMS, self.word(quoted - 1));
        let subject_start = if passive {
            self.dateline_end()
        } else {
            quoted + 1
        };
        let as_idx = ((quoted + 1)..(quoted + 21).min(self.toks.len()))
            .take_while(|&idx| !matches!(self.kind(idx), Some(Tk::Stop | Tk::Open)))
            .find(|&idx| self.word(idx) == "as" && self.participle_after(idx).is_some())?;
        let (subject_start, subject_end) = if passive {
            (subject_start, quoted - 1)
        } else {
            let comma = (subject_start..as_idx).find(|&idx| self.kind(idx) == Some(Tk::Comma));
            match comma {
                // `quoted the ambassador in Tolvik, Tomas Holm, as saying`: the name.
                Some(comma) if self.is_name_apposition(comma + 1, as_idx) => {
                    (comma + 1, as_idx - 1)
                }
                Some(comma) => (subject_start, comma),
                None => (subject_start, as_idx),
            }
        };
        if passive && as_idx != quoted + 1 {
            return None;
        }
        // `quoted him as saying`: an object pronoun stands for its subject form.
        let pronoun = subject_end == subject_start + 1
            && is_in(&["him", "her", "them"], self.word(subject_start));
        if !pronoun && !self.is_noun_phrase(subject_start, subject_end, 10) {
            return None;
        }
        let cue = self.participle_after(as_idx)?;
        let mut from = cue + 1;
        if self.word(from) == "that" {
            from += 1;
        }
        let (content, after) = match self.content(from, self.toks.len()) {
            Some(content) => (content, false),
            None if !passive => (self.content_before(quoted)?, true),
            None => return None,
        };
        Some(Found {
            kind: AttributionKind::Indirect,
            subject: TokenRange::new(subject_start, subject_end),
            cue: self.toks[cue].span,
            content: vec![content],
            after,
        })
    }

    /// Whether the tokens from `from` to `to` are a name between commas: two to four
    /// capitalised words, then the comma that ends the apposition at `to - 1`.
    fn is_name_apposition(&self, from: usize, to: usize) -> bool {
        let words = to.saturating_sub(from + 1);
        to > from
            && self.kind(to - 1) == Some(Tk::Comma)
            && (2..=4).contains(&words)
            && (from..to - 1).all(|idx| {
                self.kind(idx) == Some(Tk::Word) && self.word(idx).starts_with(char::is_uppercase)
            })
    }

    /// The reporting participle after `as` at `as_idx`: `as saying`, or `as having informed`.
    fn participle_after(&self, as_idx: usize) -> Option<usize> {
        let next = as_idx + 1;
        if is_in(QUOTED_AS_PARTICIPLES, self.word(next)) {
            return Some(next);
        }
        (self.word(next) == "having" && is_in(QUOTED_AS_PAST, self.word(next + 1)))
            .then_some(next + 1)
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
