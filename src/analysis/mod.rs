//! The pure analysis engine: plain article text in, [`Analysis`] out.
//!
//! This module owns metadata, paragraph, sentence and quotation segmentation and speaker
//! attribution. It imports no web crate (no yew, web-sys, wasm-bindgen or gloo) and knows
//! nothing of the DOM, URLs, CSS or JSON. [`analyze`] is total: it never panics and never
//! fails; oddities become [`Diagnostic`]s.

mod types;

pub use types::*;

/// Analyses an article.
///
/// # Examples
/// ```
/// let text = "Headline here\n\nFirst paragraph. Second sentence.";
/// let analysis = article_explorer::analysis::analyze(text);
/// assert!(!analysis.passages.is_empty());
/// ```
pub fn analyze(text: &str) -> Analysis {
    placeholder::analyze(text)
}

/// A plain paragraph split, used until the real engine lands.
mod placeholder {
    use super::*;

    pub fn analyze(text: &str) -> Analysis {
        let mut analysis = Analysis::default();
        let mut paragraph_idx = 0u32;
        let mut offset = 0usize;
        for line in text.split_inclusive('\n') {
            let start = offset + (line.len() - line.trim_start().len());
            let end = offset + line.trim_end().len();
            offset += line.len();
            if end <= start {
                continue;
            }
            let span = Span::new(start, end);
            let kind = if analysis.passages.is_empty() {
                PassageKind::Headline
            } else {
                PassageKind::Sentence
            };
            analysis.paragraphs.push(Paragraph { span, kind });
            analysis.passages.push(Passage {
                id: PassageId::from_text(&text[start..end], 0),
                kind,
                paragraph: paragraph_idx,
                span,
                speakers: Vec::new(),
            });
            paragraph_idx += 1;
        }
        if let Some(first) = analysis.passages.first() {
            analysis.meta.headline = Some(first.span);
        }
        analysis
    }
}
