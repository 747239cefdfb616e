//! Tokens: a sentence split into words and punctuation, each a byte span and a class,
//! marked when it lies inside the words of a quotation.

use super::sentence::MAX_TOKENS;
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
pub(super) struct Token<'t> {
    pub(super) span: Span,
    /// The text of `span`, sliced once here: attribution reads a word many times.
    pub(super) text: &'t str,
    pub(super) kind: Tk,
    /// Inside the words of a (non-scare) quotation.
    pub(super) quoted: bool,
}

pub(super) fn is_joiner(ch: char) -> bool {
    matches!(ch, '.' | '\'' | '’' | '-' | '/' | '&' | '_' | '@' | '‘')
}

/// Splits `span` of `text` into tokens, marking those inside quotations. It stops after
/// [`MAX_TOKENS`]` + 1` tokens: a longer sentence is not read (its length alone tells), and
/// tokenising a whole run-on paragraph against its many quotations would cost quadratic time.
pub(super) fn tokenize<'t>(text: &'t str, span: Span, quotes: &[Quote], out: &mut Vec<Token<'t>>) {
    out.clear();
    if text.get(span.start..span.end).is_none() {
        return;
    }
    let bytes = text.as_bytes();
    let mut at = span.start;
    while let Some(ch) = char_in(text, at, span.end) {
        if out.len() > MAX_TOKENS {
            return;
        }
        // An ASCII character is classed by its byte (its spaces are `\t` to `\r` and ` `).
        let (space, alphanumeric) = match bytes[at] {
            byte if byte.is_ascii() => (
                matches!(byte, b'\t'..=b'\r' | b' '),
                byte.is_ascii_alphanumeric(),
            ),
            _ => (is_space(ch), ch.is_alphanumeric()),
        };
        if space {
            at += ch.len_utf8();
            continue;
        }
        let (end, kind) = if alphanumeric {
            (word_end(text, span, quotes, at), Tk::Word)
        } else {
            punctuation(text, span, at, ch)
        };
        let quoted = quotes
            .iter()
            .any(|quote| quote.content.start <= at && at < quote.content.end);
        out.push(Token {
            span: Span::new(at, end),
            text: text.get(at..end).unwrap_or(""),
            kind,
            quoted,
        });
        at = end;
    }
}

/// The character at `at` when it starts before `limit`.
#[inline]
fn char_in(text: &str, at: usize, limit: usize) -> Option<char> {
    if at < limit {
        char_at(text, at)
    } else {
        None
    }
}

/// Whether each byte is an ASCII letter or digit, looked up rather than compared three times
/// (the test of every byte of every word).
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// How many bytes `run` opens with that are ASCII letters or digits: eight at a time while
/// a whole word of them is, then one at a time.
fn alphanumeric_run(run: &[u8]) -> usize {
    let mut len = 0;
    while let Some(chunk) = run.get(len..len + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let others = !alphanumeric_bytes(u64::from_le_bytes(word)) & HIGH_BITS;
        if others != 0 {
            return len + (others.trailing_zeros() / 8) as usize;
        }
        len += 8;
    }
    len + run[len..]
        .iter()
        .position(|&byte| !ASCII_ALPHANUMERIC[usize::from(byte)])
        .unwrap_or(run.len() - len)
}

/// The high bit of each byte.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `chunk` that is an ASCII letter or digit, all at once. Every
/// sum below stays within its byte (the low seven bits are at most 0x7f), so none carries.
fn alphanumeric_bytes(chunk: u64) -> u64 {
    let ones = |byte: u64| byte * 0x0101_0101_0101_0101;
    let low = chunk & ones(0x7f);
    // A byte's high bit set by `low + (0x80 - lo)` where it is at least `lo`, and by
    // `low + (0x7f - hi)` where it is past `hi`.
    let in_range = |value: u64, lo: u64, hi: u64| {
        (value + ones(0x80 - lo)) & !(value + ones(0x7f - hi)) & HIGH_BITS
    };
    let digits = in_range(low, 0x30, 0x39);
    // Or-ing 0x20 lowers a capital, and brings no other byte into `a`..=`z`.
    let letters = in_range(low | ones(0x20), 0x61, 0x7a);
    (digits | letters) & !chunk
}

/// The end of the word that starts at `at`: letters and digits, joined by `.`, `'`, `-`, `/`…
/// between two of them (`U.S.`, `don't`, `COVID-19`), and a plural possessive
/// (`Workers' Federation`).
fn word_end(text: &str, span: Span, quotes: &[Quote], at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at + char_at(text, at).map_or(1, char::len_utf8);
    loop {
        // ASCII letters and digits go on the word without decoding or the tests below.
        end += alphanumeric_run(bytes.get(end..span.end).unwrap_or(&[]));
        // Nor does other ASCII than a joiner (`is_joiner`) go on, or end a possessive.
        if bytes.get(end).is_some_and(|&byte| {
            byte.is_ascii() && !matches!(byte, b'.' | b'\'' | b'-' | b'/' | b'&' | b'_' | b'@')
        }) {
            break;
        }
        let Some(next) = char_in(text, end, span.end) else {
            break;
        };
        let next_at = end;
        let after = next_at + next.len_utf8();
        let joins = is_joiner(next)
            && char_at(text, after).is_some_and(char::is_alphanumeric)
            && after < span.end;
        if next.is_alphanumeric() || joins {
            end = after;
        } else if matches!(next, '\'' | '’')
            && char_before(text, next_at) == Some('s')
            && (char_at(text, at).is_some_and(char::is_uppercase)
                || !quotes.iter().any(|quote| quote.content.end == next_at))
            && char_at(text, after) == Some(' ')
        {
            // A plural possessive: `Workers' Federation`, `the referees' body` (not the
            // closing mark of a quotation).
            return after;
        } else {
            break;
        }
    }
    end
}

/// The class and end of the punctuation character `ch` at `at`.
fn punctuation(text: &str, span: Span, at: usize, ch: char) -> (usize, Tk) {
    let mut end = at + ch.len_utf8();
    let kind = match ch {
        // `--` is a dash.
        '-' if char_at(text, end) == Some('-') => {
            while char_at(text, end) == Some('-') && end < span.end {
                end += 1;
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
        '—' | '–' | '―' | '•' => Tk::Dash,
        '-' if char_before(text, at).is_some_and(is_space) => Tk::Dash,
        _ => Tk::Other,
    };
    (end, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run as the byte loop reads it.
    fn run_by_bytes(run: &[u8]) -> usize {
        run.iter()
            .position(|&byte| !ASCII_ALPHANUMERIC[usize::from(byte)])
            .unwrap_or(run.len())
    }

    #[test]
    fn a_run_of_letters_and_digits_ends_at_any_other_byte() {
        for other in 0..=255u8 {
            for at in 0..20 {
                let mut run = b"Abcdefghij0123456789Zz".to_vec();
                if at < run.len() {
                    run[at] = other;
                }
                assert_eq!(
                    alphanumeric_run(&run),
                    run_by_bytes(&run),
                    "{other} at {at}"
                );
            }
        }
        for text in [
            "",
            "a",
            "COVID-19",
            "Tolvia’s",
            "éa",
            "abcdefgh",
            "abcdefgh@",
        ] {
            let run = text.as_bytes();
            assert_eq!(alphanumeric_run(run), run_by_bytes(run), "{text}");
        }
    }
}
