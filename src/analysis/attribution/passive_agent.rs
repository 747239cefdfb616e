//! `The plan was announced by the ministry on Monday.`: a reporting verb in the passive, whose
//! speaker is the agent after `by`.

use super::sentence::{Found, Sentence, TokenRange};
use super::tokens::Tk;
use crate::analysis::cues::{self, Form};
use crate::analysis::lexicon::{
    is_in, starts_upper, CHARGE_PREPOSITIONS, DEMONSTRATIVES, DETERMINERS, PASSIVE_AGENT_CUES,
    PASSIVE_AUXILIARIES,
};
use crate::analysis::{AttributionKind, Span};

/// How many words may stand between the participle and `by` (`announced late on Monday by`).
const MAX_GAP: usize = 6;

impl<'t> Sentence<'t> {
    /// The agent of a passive reporting verb (see the module's doc): the sentence's last resort,
    /// when no active cue names a speaker.
    pub(super) fn passive_agent(&self) -> Option<Found> {
        let (be, cue, subject) = self.passive_parts()?;
        // `This was stated by …` names who said the words before; it says nothing itself
        // (see [`Sentence::demonstrative_agent`]).
        if be == 1 && is_in(DEMONSTRATIVES, self.word(0)) {
            return None;
        }
        let content = self.content(0, self.auxiliaries_start(be))?;
        Some(Found {
            kind: AttributionKind::Indirect,
            subject,
            cue: self.toks[cue].span,
            content: vec![content],
            after: false,
        })
    }

    /// `This was stated on Monday by Ines Varga.`: the agent, and the cue, of a sentence that
    /// names who said the sentence before it.
    pub(super) fn demonstrative_agent(&self) -> Option<(TokenRange, Span)> {
        if !is_in(DEMONSTRATIVES, self.word(0)) {
            return None;
        }
        let (be, cue, subject) = self.passive_parts()?;
        (be == 1).then_some((subject, self.toks[cue].span))
    }

    /// The form of `be`, the participle and the agent's tokens of a passive reporting verb.
    fn passive_parts(&self) -> Option<(usize, usize, TokenRange)> {
        let (be, cue) = (1..self.toks.len()).find_map(|idx| self.passive_cue(idx))?;
        let by = (cue + 1..(cue + 2 + MAX_GAP).min(self.toks.len()))
            .take_while(|&idx| self.kind(idx) == Some(Tk::Word))
            .find(|&idx| self.word(idx) == "by")?;
        let start = by + 1;
        let first = self.word(start);
        if !(starts_upper(first) || is_in(DETERMINERS, first)) {
            return None;
        }
        // `accused by the council of hiding …`, `criticised by rivals for failing …`: the charge
        // is no part of the name.
        let np_end = self.np_end(start);
        let end = (start..np_end)
            .find(|&idx| {
                let next = self.word(idx + 1);
                is_in(CHARGE_PREPOSITIONS, self.word(idx))
                    && next.ends_with("ing")
                    && !starts_upper(next)
            })
            .unwrap_or(np_end);
        if !self.is_noun_phrase(start, end, 10) {
            return None;
        }
        Some((be, cue, TokenRange::new(start, end)))
    }

    /// `(be, idx)` when the word at `idx` is the participle of a [`PASSIVE_AGENT_CUES`] verb
    /// after the form of `be` at `be` (adverbs between: `was sharply criticised`).
    fn passive_cue(&self, idx: usize) -> Option<(usize, usize)> {
        if self.kind(idx) != Some(Tk::Word) || self.toks[idx].quoted {
            return None;
        }
        let cue = cues::lookup(self.word(idx))?;
        if !matches!(cue.form, Form::Past | Form::Participle)
            || !is_in(PASSIVE_AGENT_CUES, cue.lemma)
        {
            return None;
        }
        let be = self.be_before(idx)?;
        (be > 0).then_some((be, idx))
    }

    /// The first of the auxiliaries before `be` (`has been`, `will be`).
    fn auxiliaries_start(&self, be: usize) -> usize {
        let mut start = be;
        while start > 1 && is_in(PASSIVE_AUXILIARIES, self.word(start - 1)) {
            start -= 1;
        }
        start
    }
}
