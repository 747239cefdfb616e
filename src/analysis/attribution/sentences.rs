//! The sentence pass: each body sentence's own speaker, from a transcript or interview label,
//! a sign-off, a cue pattern or a bare attribution after a quotation.

use super::sentence::{overlapping, Sentence, TokenRange, MAX_TOKENS};
use super::subjects::subject_mentions;
use super::tokens::{tokenize, Tk, Token};
use super::{labels, State, Statement};
use crate::analysis::actors::sign_off;
use crate::analysis::actors::DraftId;
use crate::analysis::frugal::push_frugally;
use crate::analysis::{AttributionKind, PassageKind, Span};

/// Reads each body sentence on its own. Reads passages, paragraphs and statements; sets
/// `speakers` and `speaker_after` of the sentences it attributes, records their attributions
/// and tells the registry who spoke (and whom the captions introduce).
pub(super) fn attribute_sentences(state: &mut State<'_>) {
    let mut labels = labels::Labels::default();
    // (Room for a long sentence at once: the list is reused for every sentence.)
    let mut tokens = Vec::with_capacity(128);
    for passage_idx in 0..state.analysis.passages.len() {
        match state.analysis.passages[passage_idx].kind {
            PassageKind::Sentence => {}
            PassageKind::Caption => {
                register_caption_people(state, passage_idx, &mut tokens);
                continue;
            }
            _ => continue,
        }
        match labels.speakers(state, passage_idx) {
            labels::Voice::Question => continue,
            labels::Voice::Labelled(ids) => {
                label_sentence(state, passage_idx, ids);
                continue;
            }
            labels::Voice::Unlabelled => {}
        }
        if !read_tokens(state, passage_idx, &mut tokens) {
            continue;
        }
        if has_dash(&tokens) && signed_off(state, passage_idx) {
            continue;
        }
        attribute_sentence(state, passage_idx, &tokens);
    }
}

/// Tokenises passage `passage_idx` into `tokens`; whether it is short enough to read.
/// Sentences of many hundreds of words are not news prose (lists, tables, run-on input);
/// reading them would cost quadratic time, so they keep the article's voice.
fn read_tokens<'t>(state: &State<'t>, passage_idx: usize, tokens: &mut Vec<Token<'t>>) -> bool {
    let span = state.analysis.passages[passage_idx].span;
    tokenize(
        state.text,
        span,
        overlapping(&state.statements, span),
        tokens,
    );
    tokens.len() <= MAX_TOKENS
}

/// `Harbour Office spokesperson Ivo Marsh said … — Photo: Radio Vell`: a caption says nothing
/// itself, but the people it introduces with a cue are known to the registry, so that the
/// body's unnamed `a spokesperson for the Harbour Office` is the one it names. Changes only
/// the registry's drafts.
fn register_caption_people<'t>(
    state: &mut State<'t>,
    passage_idx: usize,
    tokens: &mut Vec<Token<'t>>,
) {
    if !read_tokens(state, passage_idx, tokens) {
        return;
    }
    let span = state.analysis.passages[passage_idx].span;
    let sentence = Sentence {
        text: state.text,
        toks: tokens,
        span,
    };
    let Some(found) = sentence.find() else {
        return;
    };
    if found.kind == AttributionKind::AccordingTo {
        return;
    }
    for mention in subject_mentions(&sentence, found.subject, &state.expansions) {
        state.registry.resolve(state.text, mention);
    }
}

/// A labelled paragraph's sentence is its label's speakers' (`WALLACE: …`, `A: …`).
fn label_sentence(state: &mut State<'_>, passage_idx: usize, ids: Vec<DraftId>) {
    let statement = Statement {
        passage: passage_idx,
        kind: AttributionKind::Direct,
        cue: None,
        content: vec![state.analysis.passages[passage_idx].span],
    };
    for &id in &ids {
        push_frugally(&mut state.attributions, statement.record(id, None));
    }
    state.speakers[passage_idx] = ids;
}

/// Whether a sentence of these tokens can be a sign-off (`sign_off`): every sign-off has a
/// dash, and `tokenize` makes `—`, `―` and `–` dash tokens, and `-` a token of its own (a dash,
/// or punctuation glued to the text before it). Most sentences have none: they are not
/// searched for a long dash.
fn has_dash(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .any(|tok| tok.kind == Tk::Dash || tok.text.starts_with('-'))
}

/// A sign-off under a quotation: `— Steve Quinlan`. The quotation above is the person's; a
/// sign-off line of its own is not. Returns whether the sentence was one.
fn signed_off(state: &mut State<'_>, passage_idx: usize) -> bool {
    let text = state.text;
    let passage = &state.analysis.passages[passage_idx];
    let Some(name) = sign_off(text, passage.span) else {
        return false;
    };
    let ids = state.registry.resolve(text, name);
    if ids.is_empty() {
        return false;
    }
    let paragraph = passage.paragraph;
    let own_line = passage.span.slice(text).starts_with(['—', '―', '–', '-']);
    let mut covered = Vec::new();
    if !own_line {
        covered.push(passage_idx);
    }
    for earlier in (0..passage_idx).rev() {
        let earlier_passage = &state.analysis.passages[earlier];
        if earlier_passage.paragraph + 1 < paragraph
            || earlier_passage.kind != PassageKind::Sentence
        {
            break;
        }
        let quoted = !overlapping(&state.statements, earlier_passage.span).is_empty();
        if state.speakers[earlier].is_empty() && quoted {
            covered.push(earlier);
        }
    }
    for &covered_idx in &covered {
        state.speakers[covered_idx] = ids.clone();
        let statement = Statement {
            passage: covered_idx,
            kind: AttributionKind::Direct,
            cue: None,
            content: vec![state.analysis.passages[covered_idx].span],
        };
        for &id in &ids {
            push_frugally(&mut state.attributions, statement.record(id, Some(name)));
        }
    }
    state.registry.spoke(&ids);
    true
}

/// A sentence with a cue pattern, or a bare attribution for the quotation before it.
fn attribute_sentence(state: &mut State<'_>, passage_idx: usize, tokens: &[Token<'_>]) {
    let text = state.text;
    let span = state.analysis.passages[passage_idx].span;
    let sentence = Sentence {
        text,
        toks: tokens,
        span,
    };
    // `"Why now?" Vitter asked reporters on Monday.`: a speaker with only circumstance after
    // the cue says the quotation before it, not the circumstance.
    if bare_attribution(state, passage_idx, &sentence) || stated_by(state, passage_idx, &sentence) {
        return;
    }
    let Some(found) = sentence.find() else {
        return;
    };
    let (mentions, kind) = if found.kind == AttributionKind::AccordingTo {
        let subject = sentence.span_of(found.subject.start, found.subject.end);
        (vec![subject], found.kind)
    } else {
        let mentions = subject_mentions(&sentence, found.subject, &state.expansions);
        let kind = sentence.attribution_kind(&found.content, &state.analysis.quotes);
        (mentions, kind)
    };
    let after = found.after;
    let statement = Statement {
        passage: passage_idx,
        kind,
        cue: Some(found.cue),
        content: found.content,
    };
    let ids = state.resolve_and_record(mentions, &statement, |registry, mention| {
        registry.resolve(text, mention)
    });
    if ids.is_empty() {
        return;
    }
    state.registry.spoke(&ids);
    state.speakers[passage_idx] = ids;
    state.speaker_after[passage_idx] = after;
}

/// `Tolvia will answer in kind. This was stated by spokeswoman Ines Varga.`: the agent says
/// the sentence before (in the same paragraph), which may have read as its subject's own
/// (`Tolvia rejects …`); the sentence itself says nothing. Whether the sentence was one.
fn stated_by(state: &mut State<'_>, passage_idx: usize, sentence: &Sentence<'_>) -> bool {
    let Some(said) = passage_idx.checked_sub(1).filter(|&before| {
        let passages = &state.analysis.passages;
        passages[before].paragraph == passages[passage_idx].paragraph
            && passages[before].kind == PassageKind::Sentence
    }) else {
        return false;
    };
    let Some((subject, cue)) = sentence.demonstrative_agent() else {
        return false;
    };
    let earlier = state.attributions.len();
    let ids = said_by(
        state,
        sentence,
        said,
        AttributionKind::Indirect,
        (subject, cue),
    );
    if ids.is_empty() {
        return false;
    }
    // The agent replaces what the sentence before seemed to say of itself.
    let mut idx = 0;
    state.attributions.retain(|pending| {
        idx += 1;
        idx > earlier || pending.passage != said
    });
    state.registry.spoke(&ids);
    state.speakers[said] = ids;
    true
}

/// Resolves the subject (tokens of `sentence`) of a cue that names who said the whole passage
/// `said`, and records the statement.
fn said_by(
    state: &mut State<'_>,
    sentence: &Sentence<'_>,
    said: usize,
    kind: AttributionKind,
    (subject, cue): (TokenRange, Span),
) -> Vec<DraftId> {
    let text = state.text;
    let statement = Statement {
        passage: said,
        kind,
        cue: Some(cue),
        content: vec![state.analysis.passages[said].span],
    };
    let mentions = subject_mentions(sentence, subject, &state.expansions);
    state.resolve_and_record(mentions, &statement, |registry, mention| {
        registry.resolve(text, mention)
    })
}

/// `"Why not?" Vitter demanded.`: a bare attribution for the quotation before it. Whether
/// the sentence is one.
fn bare_attribution(state: &mut State<'_>, passage_idx: usize, sentence: &Sentence<'_>) -> bool {
    // The quotation first: it is cheap to rule out, and most sentences follow none.
    let Some(said) = quotation_of_bare(state, passage_idx) else {
        return false;
    };
    let Some((subject, cue)) = sentence.bare_attribution() else {
        return false;
    };
    let ids = said_by(
        state,
        sentence,
        said,
        AttributionKind::Direct,
        (subject, cue),
    );
    if !ids.is_empty() {
        state.registry.spoke(&ids);
        if state.speakers[said].is_empty() {
            state.speakers[said] = ids.clone();
        }
        state.speakers[passage_idx] = ids;
    }
    true
}

/// The passage that the bare attribution at `passage_idx` is for: the quotation that ends
/// just before it in its paragraph (`"Why not?" Vitter demanded.`), or, after a colon, the
/// quotation that opens the next passage in this or the next paragraph (`Ana Sol said:` over
/// a quoted paragraph).
fn quotation_of_bare(state: &State<'_>, passage_idx: usize) -> Option<usize> {
    let passages = &state.analysis.passages;
    let here = &passages[passage_idx];
    let slice = |idx: usize| passages[idx].span.slice(state.text).trim();
    if let Some(before) = passage_idx.checked_sub(1) {
        if passages[before].paragraph == here.paragraph
            && slice(before).ends_with(['"', '”', '\'', '’'])
        {
            return Some(before);
        }
    }
    let after = passage_idx + 1;
    let next = passages.get(after)?;
    (slice(passage_idx).ends_with(':')
        && next.kind == PassageKind::Sentence
        && next.paragraph <= here.paragraph + 1
        && slice(after).starts_with(['"', '“']))
    .then_some(after)
}
