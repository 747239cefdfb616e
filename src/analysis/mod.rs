//! The pure analysis engine: plain article text in, [`Analysis`] out.
//!
//! This module owns metadata, paragraph, sentence and quotation segmentation and speaker
//! attribution. It imports no web crate (no yew, web-sys, wasm-bindgen or gloo) and knows
//! nothing of the DOM, URLs, CSS or JSON. [`analyze`] is total: it never panics and never
//! fails; oddities become [`Diagnostic`]s.
//!
//! The pipeline, one module per stage:
//! - `structure` and `meta`: metadata lines and blocks (headline, captions, paragraphs);
//! - `segment`: sentences inside each block;
//! - `quotes`: quotation marks, multi-paragraph quotes, scare quotes;
//! - `cues`, `lexicon`, `attribution`, `actors`: reporting cues, word lists, speaker
//!   patterns, and actors with coreference.

mod actors;
mod attribution;
pub mod cues;
mod frugal;
mod lexicon;
mod meta;
mod quotes;
mod segment;
pub mod stance;
mod structure;
mod text;
mod types;

pub use segment::split_sentences;
pub use stance::{stances, Entity, Stance, Stances, Statement, Target, ALL_STANCES};
pub use types::*;

/// Analyses an article.
///
/// # Examples
/// ```
/// let text = "Rain expected: forecasters\n\nIt will rain on Monday, forecasters said.";
/// let analysis = article_explorer::analysis::analyze(text);
/// assert_eq!(analysis.passages.len(), 2);
/// let speakers = &analysis.passages[1].speakers;
/// assert_eq!(analysis.actor(speakers[0]).unwrap().name, "forecasters");
/// ```
pub fn analyze(text: &str) -> Analysis {
    let mut analysis = lay_out(text);
    analysis.quotes = quotes::find_quotes(text, &analysis.paragraphs, &mut analysis.diagnostics);
    attribution::attribute(text, &mut analysis);
    analysis
}

/// The analysis's metadata, paragraphs and passages (with their ids), before quotations and
/// speakers. The layout and the id table are freed on return, before the passes that follow.
fn lay_out(text: &str) -> Analysis {
    let layout = structure::layout(text);
    let mut analysis = Analysis {
        meta: layout.meta,
        ..Analysis::default()
    };
    // (Room for a sentence every 80 bytes spares most of the table's regrowth.)
    let mut seen_ids: frugal::FastMap<u64, u32> =
        frugal::FastMap::with_capacity_and_hasher(text.len() / 80, Default::default());
    // The same room in the passages, and the paragraphs' exact number: both are shrunk to
    // what they hold below, which spares copying them as they grow.
    analysis.passages.reserve(text.len() / 80);
    analysis.paragraphs.reserve_exact(layout.blocks.len());
    let mut sentence_spans = Vec::new();
    for (paragraph_idx, block) in layout.blocks.iter().enumerate() {
        analysis.paragraphs.push(Paragraph {
            span: block.span,
            kind: block.kind,
        });
        sentence_spans.clear();
        if block.kind == PassageKind::Sentence {
            segment::split_block(text, block.span, &mut sentence_spans);
        } else {
            sentence_spans.push(block.span);
        }
        for &span in &sentence_spans {
            let base = PassageId::from_text(span.slice(text), 0);
            let dup = seen_ids.entry(base.hash).or_insert(0);
            let id = PassageId {
                hash: base.hash,
                dup: *dup,
            };
            *dup += 1;
            analysis.passages.push(Passage {
                id,
                kind: block.kind,
                paragraph: paragraph_idx as u32,
                span,
                speakers: Vec::new(),
            });
        }
    }
    // Both live as long as the analysis: only what they hold is kept.
    analysis.paragraphs.shrink_to_fit();
    analysis.passages.shrink_to_fit();
    analysis
}
