//! Tokens: a sentence split into words and punctuation, each a byte span and a class,
//! marked when it lies inside the words of a quotation.

use crate::analysis::text::{char_at, char_before, is_space};
use crate::analysis::{Quote, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tk {
    Word,
    Comma,
    Open,
    Close,
    ParenOpen,
    ParenClose,
    Stop,
    Colon,
    Semi,
    Dash,
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub(super) span: Span,
    pub(super) kind: Tk,
    /// Inside the words of a (non-scare) quotation.
    pub(super) quoted: bool,
}

pub(super) fn is_joiner(ch: char) -> bool {
    matches!(ch, '.' | '\'' | '’' | '-' | '/' | '&' | '_' | '@' | '‘')
}

/// Splits `span` of `text` into tokens, marking those inside quotations.
pub(super) fn tokenize(text: &str, span: Span, quotes: &[Quote], out: &mut Vec<Token>) {
    out.clear();
    let Some(piece) = text.get(span.start..span.end) else {
        return;
    };
    let mut iter = piece.char_indices().peekable();
    while let Some((offset, ch)) = iter.next() {
        let at = span.start + offset;
        if is_space(ch) {
            continue;
        }
        let (end, kind) = if ch.is_alphanumeric() {
            let mut end = at + ch.len_utf8();
            while let Some(&(next_offset, next)) = iter.peek() {
                let next_at = span.start + next_offset;
                let joins = is_joiner(next)
                    && char_at(text, next_at + next.len_utf8()).is_some_and(char::is_alphanumeric)
                    && next_at + next.len_utf8() < span.end;
                if next.is_alphanumeric() || joins {
                    end = next_at + next.len_utf8();
                    iter.next();
                } else if matches!(next, '\'' | '’')
                    && char_before(text, next_at) == Some('s')
                    && (char_at(text, at).is_some_and(char::is_uppercase)
                        || !quotes.iter().any(|quote| quote.content.end == next_at))
                    && char_at(text, next_at + next.len_utf8()).is_some_and(|c| c == ' ')
                {
                    // A plural possessive: `Workers' Federation`, `the referees' body` (not the
                    // closing mark of a quotation).
                    end = next_at + next.len_utf8();
                    iter.next();
                    break;
                } else {
                    break;
                }
            }
            (end, Tk::Word)
        } else {
            let end = at + ch.len_utf8();
            let mut end = end;
            let kind = match ch {
                // `--` is a dash.
                '-' if char_at(text, end) == Some('-') => {
                    while char_at(text, end) == Some('-') && end < span.end {
                        end += 1;
                        iter.next();
                    }
                    Tk::Dash
                }
                ',' => Tk::Comma,
                '“' | '„' | '«' | '‘' => Tk::Open,
                '”' | '»' | '’' => Tk::Close,
                '"' | '\'' => {
                    let opening = char_before(text, at)
                        .is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '—' | '–' | ':'))
                        || at == span.start;
                    if opening {
                        Tk::Open
                    } else {
                        Tk::Close
                    }
                }
                '(' | '[' => Tk::ParenOpen,
                ')' | ']' => Tk::ParenClose,
                '.' | '?' | '!' | '…' | '。' | '！' | '？' => Tk::Stop,
                ':' => Tk::Colon,
                ';' => Tk::Semi,
                '—' | '–' | '―' => Tk::Dash,
                '-' if char_before(text, at).is_some_and(is_space) => Tk::Dash,
                _ => Tk::Other,
            };
            (end, kind)
        };
        let quoted = quotes
            .iter()
            .any(|quote| quote.content.start <= at && at < quote.content.end);
        out.push(Token {
            span: Span::new(at, end),
            kind,
            quoted,
        });
    }
}
