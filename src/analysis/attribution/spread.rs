//! Speakers spreading to unattributed sentences: over a quotation's sentences (also across
//! paragraphs), to a quotation that continues one or whose closing mark was lost, back over
//! the sentences before a speaker given after the content (carry-over), and down a numbered
//! list.

use super::sentence::overlapping;
use super::State;
use crate::analysis::actors::{current_subject_person, DraftId};
use crate::analysis::quotes::is_double_open;
use crate::analysis::{Analysis, Passage, PassageKind, Quote};

/// Gives every sentence of a quotation (or chain of quotations across paragraphs) the
/// speaker of an attributed sentence that overlaps it, or of the sentence just before it when
/// it continues a quotation there, follows a colon, or fills its paragraph. Sets `speakers`
/// of unattributed sentences.
pub(super) fn spread_over_quotes(state: &mut State<'_>) {
    spread_over_chains(
        state.text,
        state.analysis,
        &state.analysis.quotes,
        &mut state.speakers,
    );
}

fn spread_over_chains(
    text: &str,
    analysis: &Analysis,
    quotes: &[Quote],
    speakers: &mut [Vec<DraftId>],
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
                let last_passage = *chain_passages.last()?;
                let prev = first.checked_sub(1)?;
                let ends_with_colon = passages[prev].span.slice(text).trim_end().ends_with(':');
                // `"A," said X. "B. C."`: a quotation right after a quoted statement in the
                // same paragraph, or opening the next paragraph, continues it.
                let next_paragraph = passages[prev].paragraph + 1 == passages[first].paragraph;
                let opens = passages[first].span.start == quotes[idx].span.start;
                let same_paragraph = passages[prev].paragraph == passages[first].paragraph;
                let continues = (same_paragraph || next_paragraph)
                    && opens
                    && overlapping(quotes, passages[prev].span)
                        .iter()
                        .any(|quote| !quote.scare);
                // `X said the plan failed. "We warned them. It failed."`: a quotation of whole
                // sentences after any attributed sentence of its paragraph.
                let follows = same_paragraph
                    && opens
                    && quotes[last].span.end + 1 >= passages[first].span.end;
                // `X said the ferry would run.` then a paragraph all in quotation marks: X's;
                // not a quoted transcript line with its own label (`"Ada Roos: We …`).
                let all_quoted = next_paragraph
                    && opens
                    && !opens_with_label(quotes[idx].content.slice(text))
                    && ends_paragraph(passages, last_passage)
                    && quotes[last].span.end + 1 >= passages[last_passage].span.end;
                ((ends_with_colon || continues || follows || all_quoted)
                    && !speakers[prev].is_empty())
                .then_some(prev)
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

/// Whether passage `idx` is the last of its paragraph.
fn ends_paragraph(passages: &[Passage], idx: usize) -> bool {
    passages
        .get(idx + 1)
        .is_none_or(|after| after.paragraph != passages[idx].paragraph)
}

/// Whether `content` opens with a label of up to four words and a colon (`Ada Roos: We …`,
/// `Related:`).
fn opens_with_label(content: &str) -> bool {
    content
        .split_whitespace()
        .take(4)
        .any(|word| word.ends_with(':'))
}

/// A quoted sentence right after an attributed quotation in the same paragraph continues it:
/// `"A," said X. "B."`; so does a sentence that is all quotation after any attributed
/// sentence: `X said the plan failed. "We warned them."`. Sets `speakers` of unattributed
/// sentences.
pub(super) fn continue_quotations(state: &mut State<'_>) {
    let passages = &state.analysis.passages;
    let speakers = &mut state.speakers;
    for passage_idx in unattributed_sentences(passages, speakers) {
        let passage = &passages[passage_idx];
        let previous = &passages[passage_idx - 1];
        if previous.paragraph != passage.paragraph {
            continue;
        }
        let quotes = overlapping(&state.statements, passage.span);
        let opens_quote = quotes
            .iter()
            .any(|quote| quote.span.start == passage.span.start);
        let all_quoted = quotes.iter().any(|quote| {
            quote.span.start <= passage.span.start && quote.span.end + 1 >= passage.span.end
        });
        let previous_quoted = !overlapping(&state.statements, previous.span).is_empty();
        if opens_quote && (previous_quoted || all_quoted) && !speakers[passage_idx - 1].is_empty() {
            speakers[passage_idx] = speakers[passage_idx - 1].clone();
        }
    }
}

/// A quotation mark never closed (its closing mark lost) that opens a sentence goes on with
/// the quoted statement just before, in the paragraph before or the same one: `"A," she
/// said.`, then `"B. C.` When none of the sentences from there to the paragraph's end has a
/// speaker, all take the speakers of the sentence before, if that sentence holds a quotation.
/// Sets `speakers` of unattributed sentences.
pub(super) fn unclosed_paragraphs(state: &mut State<'_>) {
    let passages = &state.analysis.passages;
    let speakers = &mut state.speakers;
    for passage_idx in unattributed_sentences(passages, speakers) {
        let passage = &passages[passage_idx];
        let previous = &passages[passage_idx - 1];
        if speakers[passage_idx - 1].is_empty()
            || !(previous.paragraph..=previous.paragraph + 1).contains(&passage.paragraph)
            || !opens_with_quote(passage.span.slice(state.text))
        {
            continue;
        }
        let statements = &state.statements;
        let opens_quote = overlapping(statements, passage.span)
            .iter()
            .any(|quote| quote.span.start == passage.span.start);
        if opens_quote || overlapping(statements, previous.span).is_empty() {
            continue;
        }
        let end = paragraph_end(passages, passage_idx);
        if speakers[passage_idx..end].iter().all(Vec::is_empty) {
            let ids = speakers[passage_idx - 1].clone();
            speakers[passage_idx..end].fill(ids);
        }
    }
}

/// A paragraph of quotation with no speaker, right after a paragraph with none that opens by
/// introducing a person with a title or role (`The harbour spokesperson Acting Inspector Ines
/// Varga wants reports made.`, then `"Come forward."`), is that person's; so are the
/// quotation paragraphs straight after it. Sets `speakers` of unattributed sentences.
pub(super) fn introduced_speakers(state: &mut State<'_>) {
    let mut carried: Option<(u32, Vec<DraftId>)> = None;
    let mut idx = 0;
    while idx < state.analysis.passages.len() {
        let passages = &state.analysis.passages;
        let paragraph = passages[idx].paragraph;
        let end = paragraph_end(passages, idx);
        let quoted = passages[idx].kind == PassageKind::Sentence
            && opens_with_quote(passages[idx].span.slice(state.text))
            && state.speakers[idx..end].iter().all(Vec::is_empty);
        if !quoted {
            carried = None;
            idx = end;
            continue;
        }
        let ids = match carried.take() {
            Some((last, ids)) if last + 1 == paragraph => Some(ids),
            _ => introducing_person(state, idx).map(|id| vec![id]),
        };
        if let Some(ids) = ids {
            state.speakers[idx..end].fill(ids.clone());
            carried = Some((paragraph, ids));
        }
        idx = end;
    }
}

/// The index after the last passage of the paragraph of passage `idx`.
fn paragraph_end(passages: &[Passage], idx: usize) -> usize {
    passages[idx..]
        .iter()
        .position(|later| later.paragraph != passages[idx].paragraph)
        .map_or(passages.len(), |n| idx + n)
}

/// Whether a sentence opens with a double quotation mark.
fn opens_with_quote(sentence: &str) -> bool {
    sentence.starts_with(|c: char| c == '"' || is_double_open(c))
}

/// The person that the paragraph before passage `idx` introduces with a title or role, if
/// that paragraph is one sentence with no speaker and no quotation mark.
fn introducing_person(state: &mut State<'_>, idx: usize) -> Option<DraftId> {
    let previous = idx.checked_sub(1)?;
    let passage = &state.analysis.passages[previous];
    let single =
        previous == 0 || state.analysis.passages[previous - 1].paragraph != passage.paragraph;
    let sentence = passage.span.slice(state.text);
    if passage.kind != PassageKind::Sentence
        || passage.paragraph + 1 != state.analysis.passages[idx].paragraph
        || !single
        || !state.speakers[previous].is_empty()
        || sentence.contains(['"', '“', '”'])
    {
        return None;
    }
    let subject = current_subject_person(state.text, passage.span.end)?;
    subject
        .titled
        .then(|| state.registry.introduced_person(subject.name))
        .flatten()
}

/// The body sentences after the first that have no speaker yet, by index.
fn unattributed_sentences(passages: &[Passage], speakers: &[Vec<DraftId>]) -> Vec<usize> {
    (1..passages.len())
        .filter(|&idx| speakers[idx].is_empty() && passages[idx].kind == PassageKind::Sentence)
        .collect()
}

/// Carry-over: a speaker given after the content covers the preceding unattributed
/// sentences of the same paragraph. Reads `speaker_after`; sets `speakers` of unattributed
/// sentences.
pub(super) fn carry_over(state: &mut State<'_>) {
    let passages = &state.analysis.passages;
    let speakers = &mut state.speakers;
    for passage_idx in 0..passages.len() {
        if !state.speaker_after[passage_idx] || speakers[passage_idx].is_empty() {
            continue;
        }
        // A quotation that opens in this sentence starts the statement here.
        let span = passages[passage_idx].span;
        if overlapping(&state.statements, span)
            .iter()
            .any(|quote| span.start <= quote.span.start)
        {
            continue;
        }
        let paragraph = passages[passage_idx].paragraph;
        let mut back = passage_idx;
        while back > 0 {
            back -= 1;
            let earlier = &passages[back];
            if earlier.paragraph != paragraph
                || earlier.kind != PassageKind::Sentence
                || !speakers[back].is_empty()
            {
                break;
            }
            speakers[back] = speakers[passage_idx].clone();
        }
    }
}

/// A list introduced by an attributed sentence ending in a colon keeps its speaker. Sets
/// `speakers` of unattributed numbered items.
pub(super) fn list_items(state: &mut State<'_>) {
    let text = state.text;
    let passages = &state.analysis.passages;
    let speakers = &mut state.speakers;
    for passage_idx in 1..passages.len() {
        if !speakers[passage_idx].is_empty() || passages[passage_idx].kind != PassageKind::Sentence
        {
            continue;
        }
        let item = passages[passage_idx].span.slice(text);
        if !is_numbered(item.trim_start_matches(['•', '-', '*', ' '])) {
            continue;
        }
        let mut back = passage_idx - 1;
        loop {
            let earlier = passages[back].span.slice(text).trim_end();
            if earlier.ends_with(':') {
                speakers[passage_idx] = speakers[back].clone();
                break;
            }
            if !is_numbered(earlier) || back == 0 {
                break;
            }
            back -= 1;
        }
    }
}

/// Whether `item` opens with a number of one or two digits and `.` or `)`: `2. Cut fares`.
fn is_numbered(item: &str) -> bool {
    item.split_once(['.', ')']).is_some_and(|(number, _)| {
        !number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit())
    })
}
