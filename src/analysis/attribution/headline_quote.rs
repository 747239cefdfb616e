//! A headline's quoted claim (`Soaring rents 'hit young families'`, `‘You will see what
//! weakness is’: mayor turns on rival`): its speaker is whoever the body gives the same words.

use super::sentence::overlapping;
use super::State;
use crate::analysis::actors::DraftId;
use crate::analysis::PassageKind;

/// The fewest words a headline's quotation needs to be looked for in the body: one or two
/// quoted words are scare quotes or a title as often as a claim.
const MIN_CLAIM_WORDS: usize = 3;

/// The most words a headline may give before its quotation for the quotation to be its claim
/// (`Soaring oil`): more words are a clause of their own.
const MAX_TOPIC_WORDS: usize = 3;

/// The speakers of the first body sentence with a speaker that quotes the words of the
/// headline's first quotation (compared by letters and digits, any case), if the headline has
/// one of three words or more that opens it, follows a colon or follows a short topic of up to
/// three words (`Soaring oil 'hits …'`; not `Mayor defends plan as critics call it '…'`, whose
/// own clauses say who speaks). Reads the passages, quotations and `speakers`; changes
/// nothing.
pub(super) fn quoted_claim_speakers(
    state: &State<'_>,
    headline_idx: usize,
) -> Option<Vec<DraftId>> {
    let passages = &state.analysis.passages;
    let headline = passages[headline_idx].span;
    let quote = overlapping(&state.analysis.quotes, headline).first()?;
    let before = state.text[headline.start..quote.span.start].trim_end();
    let introduced = before.ends_with(':') || words_of(before).len() <= MAX_TOPIC_WORDS;
    let claim = words_of(quote.content.slice(state.text));
    if claim.len() < MIN_CLAIM_WORDS || !introduced {
        return None;
    }
    (headline_idx + 1..passages.len())
        .filter(|&idx| {
            passages[idx].kind == PassageKind::Sentence && !state.speakers[idx].is_empty()
        })
        .find(|&idx| {
            overlapping(&state.analysis.quotes, passages[idx].span)
                .iter()
                .any(|quote| {
                    words_of(quote.content.slice(state.text))
                        .windows(claim.len())
                        .any(|window| window == claim.as_slice())
                })
        })
        .map(|idx| state.speakers[idx].clone())
}

/// The words of `text` as runs of letters and digits, lower-cased (`I’ll` is `i`, `ll`).
fn words_of(text: &str) -> Vec<String> {
    text.split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        assert_eq!(words_of("I’ll see, it's"), ["i", "ll", "see", "it", "s"]);
    }
}
