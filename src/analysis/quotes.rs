//! Quotations: straight and curly double quotes, single quotes (nested or top-level),
//! quotes spanning sentences, the multi-paragraph convention (each quoted paragraph opens
//! with a mark, only the last closes), unbalanced marks (a diagnostic, never a crash) and
//! scare quotes (a short quoted phrase that is not a statement of its own).

use super::text::{char_at, char_before, is_space};
use super::{Diagnostic, Paragraph, PassageKind, Quote, Span};

pub(super) fn is_double_open(ch: char) -> bool {
    matches!(ch, '“' | '„' | '«')
}

fn is_double_close(ch: char) -> bool {
    matches!(ch, '”' | '»')
}

fn opens_here(text: &str, at: usize) -> bool {
    char_before(text, at).is_none_or(|c| {
        is_space(c) || matches!(c, '(' | '[' | '—' | '–' | '-' | ':' | '“' | '"' | '/')
    })
}

/// Whether a quoted phrase is a scare quote rather than a statement: at most four words and
/// no sentence punctuation at its end.
pub fn is_scare(content: &str) -> bool {
    let trimmed = content.trim_end_matches(is_space);
    let n_words = trimmed.split_whitespace().count();
    let ends_like_statement = trimmed.ends_with(['.', ',', '?', '!', '…', ';', ':']);
    n_words <= 4 && !ends_like_statement
}

/// Finds the quotations of the body paragraphs (and the headline), in text order.
///
/// Unclosed quotes end at their paragraph's end; a quote whose paragraph is followed by one
/// that opens with a quotation mark continues there (no diagnostic). Its span then ends
/// without a closing mark (`span.end == content.end`).
pub fn find_quotes(
    text: &str,
    paragraphs: &[Paragraph],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for (idx, paragraph) in paragraphs.iter().enumerate() {
        if paragraph.kind == PassageKind::Caption {
            continue;
        }
        let next_opens = paragraphs
            .get(idx + 1)
            .filter(|next| next.kind == PassageKind::Sentence)
            .and_then(|next| char_at(text, next.span.start));
        scan_paragraph(text, paragraph.span, next_opens, &mut quotes, diagnostics);
    }
    quotes
}

fn push_quote(text: &str, quotes: &mut Vec<Quote>, span: Span, content: Span) {
    let scare = is_scare(content.slice(text));
    quotes.push(Quote {
        span,
        content,
        scare,
    });
}

/// The first character of `piece` at or after byte `from` (a char boundary) that may be a
/// quotation mark: any but an ASCII character other than `"`, `'` and `` ` ``, which are skipped
/// without decoding (no other ASCII character changes the scan).
fn next_candidate(piece: &str, from: usize) -> Option<(usize, char)> {
    let bytes = piece.as_bytes();
    let mut idx = from;
    // Eight bytes at a time while none of them may be a mark.
    while let Some(chunk) = bytes.get(idx..idx + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if may_hold_mark(u64::from_le_bytes(word)) {
            break;
        }
        idx += 8;
    }
    while let Some(&byte) = bytes.get(idx) {
        if byte.is_ascii() && !matches!(byte, b'"' | b'\'' | b'`') {
            idx += 1;
            continue;
        }
        return piece.get(idx..)?.chars().next().map(|ch| (idx, ch));
    }
    None
}

/// Whether any of the eight bytes of `word` is not ASCII or is `"`, `'` or `` ` `` (a byte
/// equal to one of them is a zero byte of the XOR, which the classic `(x - 0x01…) & !x &
/// 0x80…` test finds; it finds none where there is none).
fn may_hold_mark(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    word & HIGHS != 0
        || has_zero(word ^ (ONES * u64::from(b'"')))
        || has_zero(word ^ (ONES * u64::from(b'\'')))
        || has_zero(word ^ (ONES * u64::from(b'`')))
}

/// `“Our motto is “heart first”, and we live by it.”`: when a paragraph's curly marks pair
/// up, one opened inside an open quotation nests in it rather than reopening it. A paragraph
/// that mixes in straight marks pairs them some other way.
fn curly_marks_pair_up(piece: &str) -> bool {
    if piece.contains('"') {
        return false;
    }
    // Counted by their UTF-8 bytes, without decoding: `“` is E2 80 9C, `„` E2 80 9E and `«`
    // C2 AB; `”` is E2 80 9D and `»` C2 BB. No other character holds these sequences, and
    // bytes under C2 (ASCII, continuation bytes) start none of them.
    let bytes = piece.as_bytes();
    let (mut n_open, mut n_close) = (0usize, 0usize);
    let mut idx = 0;
    while idx < bytes.len() {
        // Eight ASCII bytes at a time.
        if let Some(chunk) = bytes.get(idx..idx + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            if u64::from_le_bytes(word) & 0x8080_8080_8080_8080 == 0 {
                idx += 8;
                continue;
            }
        }
        match (bytes[idx], bytes.get(idx + 1), bytes.get(idx + 2)) {
            (0xc2, Some(0xab), _) | (0xe2, Some(0x80), Some(0x9c | 0x9e)) => n_open += 1,
            (0xc2, Some(0xbb), _) | (0xe2, Some(0x80), Some(0x9d)) => n_close += 1,
            _ => {}
        }
        idx += 1;
    }
    n_open == n_close
}

/// The quotations of one paragraph; `next_opens` is the first character of the next body
/// paragraph, whose opening mark continues a quotation left open here.
fn scan_paragraph(
    text: &str,
    paragraph: Span,
    next_opens: Option<char>,
    quotes: &mut Vec<Quote>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(piece) = text.get(paragraph.start..paragraph.end) else {
        return;
    };
    // The opening mark of the current double quote, and of a single quote (nested or not).
    let mut double: Option<(usize, usize)> = None;
    let mut single: Option<(usize, usize)> = None;
    let nests = curly_marks_pair_up(piece);
    let mut nested = 0usize;
    let mut from = 0;
    while let Some((offset, ch)) = next_candidate(piece, from) {
        from = offset + ch.len_utf8();
        let at = paragraph.start + offset;
        let mut after = at + ch.len_utf8();
        // Two apostrophes (`''`, as in some newswire text) or two backticks are a double mark.
        let mut ch = ch;
        if (ch == '\'' || ch == '`') && piece.as_bytes().get(from) == Some(&(ch as u8)) {
            from += 1;
            after += 1;
            ch = if ch == '`' { '“' } else { '"' };
        }
        let is_double = ch == '"' || is_double_open(ch) || is_double_close(ch);
        if is_double {
            let closing = match ch {
                '"' => double.is_some(),
                _ => is_double_close(ch),
            };
            if closing && nested > 0 && is_double_close(ch) {
                nested -= 1;
                continue;
            }
            if nests && double.is_some() && is_double_open(ch) {
                nested += 1;
                continue;
            }
            if closing {
                match double.take() {
                    Some((open_at, content_start)) => {
                        single = None;
                        push_quote(
                            text,
                            quotes,
                            Span::new(open_at, after),
                            Span::new(content_start, at),
                        );
                    }
                    None => diagnostics.push(Diagnostic {
                        span: Span::new(at, after),
                        message: "closing quotation mark without an opening one",
                    }),
                }
            } else {
                if let Some((open_at, content_start)) = double {
                    diagnostics.push(Diagnostic {
                        span: Span::new(open_at, content_start),
                        message: "quotation mark opened again before it was closed",
                    });
                }
                double = Some((at, after));
                single = None;
            }
            continue;
        }
        let is_single_open = ch == '‘' || (ch == '\'' && single.is_none());
        let is_single_close = ch == '’' || (ch == '\'' && single.is_some());
        if is_single_close && single.is_some() {
            let next = char_at(text, after);
            if !next.is_some_and(char::is_alphanumeric) {
                if let Some((open_at, content_start)) = single.take() {
                    if double.is_none() {
                        push_quote(
                            text,
                            quotes,
                            Span::new(open_at, after),
                            Span::new(content_start, at),
                        );
                    }
                }
                continue;
            }
        }
        if is_single_open
            && opens_here(text, at)
            && char_at(text, after).is_some_and(|c| c.is_alphanumeric())
        {
            single = Some((at, after));
        }
    }
    end_open_quotes(
        paragraph.end,
        (single, double),
        next_opens,
        quotes,
        diagnostics,
    );
}

/// An open quotation: its opening mark's offset and where its content starts.
type OpenMark = (usize, usize);

/// The quotations still open at a paragraph's end (`open`: the single and the double one,
/// each as its opening mark and content start): one that the next paragraph continues with an
/// opening mark ends here; an unclosed double one otherwise is reported and marks nothing.
fn end_open_quotes(
    end: usize,
    (single, double): (Option<OpenMark>, Option<OpenMark>),
    next_opens: Option<char>,
    quotes: &mut Vec<Quote>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let continues = next_opens.is_some_and(|c| c == '"' || is_double_open(c));
    // `‘The goal was fine. … I doubt the second.` then `‘We need …’`: a single quotation
    // continued in the next paragraph (British style).
    if let Some(open) = single {
        if double.is_none() && next_opens.is_some_and(|c| matches!(c, '\'' | '‘')) {
            push_to_paragraph_end(quotes, open, end);
        }
    }
    if let Some((open_at, content_start)) = double {
        if !continues {
            // Where an unbalanced quotation ends is unknown: report it and mark nothing, so
            // that an attribution after it (`…, X said.`) is still read.
            diagnostics.push(Diagnostic {
                span: Span::new(open_at, content_start),
                message: "quotation mark never closed",
            });
            return;
        }
        push_to_paragraph_end(quotes, (open_at, content_start), end);
    }
}

/// A quotation opened at `open` that the next paragraph continues: it ends, without a closing
/// mark, at its paragraph's `end`.
fn push_to_paragraph_end(quotes: &mut Vec<Quote>, (open_at, content_start): OpenMark, end: usize) {
    quotes.push(Quote {
        span: Span::new(open_at, end),
        content: Span::new(content_start.min(end), end),
        scare: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes_of(text: &str) -> (Vec<String>, usize) {
        let paragraphs: Vec<Paragraph> = super::super::structure::plain_blocks(text)
            .into_iter()
            .map(|span| Paragraph {
                span,
                kind: PassageKind::Sentence,
            })
            .collect();
        let mut diagnostics = Vec::new();
        let quotes = find_quotes(text, &paragraphs, &mut diagnostics);
        let shown = quotes
            .iter()
            .map(|quote| {
                format!(
                    "{}{}",
                    if quote.scare { "~" } else { "" },
                    quote.content.slice(text)
                )
            })
            .collect();
        (shown, diagnostics.len())
    }

    #[test]
    fn quotes_nested_scare_and_multi_paragraph() {
        assert_eq!(
            quotes_of("“It is ‘unfair,’ and wrong,” she said of the “fortress hub” plan."),
            (
                vec![
                    "It is ‘unfair,’ and wrong,".to_string(),
                    "~fortress hub".to_string()
                ],
                0
            )
        );
        assert_eq!(
            quotes_of("\"First part.\n\n\"Second part.\"\n\nNarration won't break."),
            (
                vec!["First part.".to_string(), "Second part.".to_string()],
                0
            )
        );
        assert_eq!(quotes_of("He said \"never and left."), (vec![], 1));
        assert_eq!(
            quotes_of("“Our motto is “heart first”, and we live by it.” He left."),
            (
                vec!["Our motto is “heart first”, and we live by it.".to_string()],
                0
            )
        );
        assert_eq!(
            quotes_of("“We lost. “We will be back.” He left."),
            (vec!["We will be back.".to_string()], 1)
        );
        assert_eq!(quotes_of("It ended.” Then nothing."), (vec![], 1));
    }
}
