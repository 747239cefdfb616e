//! The `according to` pattern: `According to X, …` and `…, according to X.`, and the sources
//! that relay a speaker's words rather than replace them (a news outlet, an account with no
//! author).

use super::sentence::{Found, Sentence, TokenRange};
use super::tokens::Tk;
use crate::analysis::actors::*;
use crate::analysis::lexicon::*;
use crate::analysis::AttributionKind;

impl Sentence<'_> {
    /// `According to X, …` and `…, according to X.`
    pub(super) fn according_to(&self) -> Option<Found> {
        let n = self.toks.len();
        let idx = (0..n.saturating_sub(1)).find(|&idx| {
            self.word(idx).eq_ignore_ascii_case("according")
                && self.word(idx + 1).eq_ignore_ascii_case("to")
                && !self.toks[idx].quoted
        })?;
        let np_start = idx + 2;
        // `According to analysts a second vote is likely`: with no comma after the source, a
        // determiner or pronoun opens the clause (not after `of`: `the head of the agency`).
        let unmarked =
            idx == self.dateline_end() && (np_start..n).all(|i| self.kind(i) != Some(Tk::Comma));
        let mut depth = 0i32;
        let mut np_end = np_start;
        while np_end < n {
            if unmarked
                && np_end > np_start
                && (is_in(DETERMINERS, self.word(np_end)) || is_in(PRONOUNS, self.word(np_end)))
                && !is_in(FUNCTION_WORDS, self.word(np_end - 1))
            {
                break;
            }
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
        if is_in(NOT_SOURCES, head) {
            return None;
        }
        let mut content = Vec::new();
        content.extend(self.content(0, idx));
        content.extend(self.content(np_end, n));
        Some(Found {
            kind: AttributionKind::AccordingTo,
            subject: TokenRange::new(np_start, np_end),
            cue: self.span_of(idx, idx + 2),
            content,
            // An `according to` covers its own sentence only.
            after: false,
        })
    }

    /// Whether the tokens `from..to` are an account with no author named: lower-case words
    /// ending in a report's noun (`media reports`, `local reports`).
    pub(super) fn is_unnamed_account(&self, from: usize, to: usize) -> bool {
        (from..to).all(|idx| !starts_upper(self.word(idx)))
            && is_in(UNNAMED_ACCOUNTS, self.last_word(from, to))
    }

    /// Whether the tokens `from..to` name a news outlet: capitalised words (after `the`)
    /// ending in an outlet's word (`the Tolvik Tribune`, `The Associated Press`), not a document
    /// an outlet obtained (`an email … obtained by the Post`).
    pub(super) fn is_outlet_name(&self, from: usize, to: usize) -> bool {
        let named = (from..to).all(|idx| {
            let word = self.word(idx);
            starts_upper(word) || (idx == from && word == "the")
        });
        named && is_in(NEWS_OUTLET_WORDS, self.last_word(from, to))
    }
}
