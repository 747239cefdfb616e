//! Quotations.
use super::{Diagnostic, Paragraph, Quote};
pub fn find_quotes(
    _text: &str,
    _paragraphs: &[Paragraph],
    _diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Quote> {
    Vec::new()
}
