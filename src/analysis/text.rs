//! Low-level text scanning: character classes, safe slicing, lines and blocks.
//!
//! Everything here works on UTF-8 byte offsets into the unmodified input and never indexes a
//! string with an unchecked offset.

use super::Span;

/// Whether `ch` separates words: Unicode White_Space plus the invisible characters that often
/// leak into pasted articles (zero-width space, byte-order mark).
pub fn is_space(ch: char) -> bool {
    ch.is_whitespace() || matches!(ch, '\u{200b}' | '\u{feff}' | '\u{2060}')
}

/// Pushes `word` in lower case (as `str::to_lowercase`), without a copy when it is ASCII.
pub(crate) fn push_lowercase(out: &mut String, word: &str) {
    if word.is_ascii() {
        // Copied at once, then lowered in place (ASCII stays ASCII, so the string stays UTF-8).
        let start = out.len();
        out.push_str(word);
        if let Some(copy) = out.get_mut(start..) {
            copy.make_ascii_lowercase();
        }
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// Whether `ch` is a horizontal space (any space except line breaks).
pub fn is_inline_space(ch: char) -> bool {
    is_space(ch)
        && !matches!(
            ch,
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}'
        )
}

/// The character starting at byte `at`, if `at` is a char boundary inside `text`.
#[inline]
pub fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        // An ASCII byte is a whole character (and so `at` a boundary).
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// The character ending at byte `at`, if any.
#[inline]
pub fn char_before(text: &str, at: usize) -> Option<char> {
    match at.checked_sub(1).and_then(|last| text.as_bytes().get(last)) {
        // An ASCII byte is a whole character, and no continuation byte follows it.
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        _ => text.get(..at)?.chars().next_back(),
    }
}

/// The first byte at or after `at` that is not a space.
pub fn skip_spaces(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut offset = at;
    while let Some(&byte) = bytes.get(offset) {
        // ASCII bytes are tested without decoding (the ASCII spaces of `char::is_whitespace`);
        // an ASCII byte is always a whole character.
        if byte.is_ascii() {
            if !matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
                return offset;
            }
            offset += 1;
            continue;
        }
        // Only `at` itself can fall inside a character: later offsets follow whole ones.
        match text.get(offset..).map(|tail| tail.chars().next()) {
            Some(Some(ch)) if is_space(ch) => offset += ch.len_utf8(),
            Some(_) => return offset,
            None => return text.len(),
        }
    }
    text.len()
}

/// Shrinks `span` so that it neither starts nor ends with spaces.
pub fn trim_span(text: &str, span: Span) -> Span {
    let Some(piece) = text.get(span.start..span.end) else {
        return Span::new(span.start, span.start);
    };
    let start = span.start + (piece.len() - piece.trim_start_matches(is_space).len());
    let end = span.start + piece.trim_end_matches(is_space).len();
    if end <= start {
        Span::new(start, start)
    } else {
        Span::new(start, end)
    }
}

/// A line without its terminator, and whether it holds only spaces.
#[derive(Clone, Copy, Debug)]
pub struct Line {
    /// The trimmed content of the line (empty for blank lines).
    pub span: Span,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.span.is_empty()
    }
}

/// Splits text into lines on `\n`, `\r\n`, a lone `\r`, U+2028 and U+2029.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut at = 0;
    while let Some((break_at, break_len)) = next_line_break(text, at) {
        out.push(Line {
            span: trim_span(text, Span::new(line_start, break_at)),
        });
        line_start = break_at + break_len;
        at = line_start;
    }
    out.push(Line {
        span: trim_span(text, Span::new(line_start, text.len())),
    });
    out
}

/// The first line break at or after byte `at` (a char boundary) and its length in bytes:
/// `\r\n` is one break of two bytes. Bytes are scanned without decoding: only `\n`, `\r`
/// and the lead byte of U+2028 and U+2029 (`E2 80 A8`, `E2 80 A9`) can start a break.
fn next_line_break(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut idx = at;
    while idx < bytes.len() {
        // Eight bytes at a time while none of them can start a break.
        let chunk = bytes
            .get(idx..idx + 8)
            .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok());
        if chunk.is_some_and(|chunk| !may_hold_break(u64::from_ne_bytes(chunk))) {
            idx += 8;
            continue;
        }
        match bytes[idx] {
            b'\n' => return Some((idx, 1)),
            b'\r' if bytes.get(idx + 1) == Some(&b'\n') => return Some((idx, 2)),
            b'\r' => return Some((idx, 1)),
            0xe2 if bytes.get(idx + 1) == Some(&0x80)
                && matches!(bytes.get(idx + 2), Some(0xa8 | 0xa9)) =>
            {
                return Some((idx, 3))
            }
            _ => idx += 1,
        }
    }
    None
}

/// Whether any of the eight bytes of `word` is `\n`, `\r` or E2 (a byte equal to one of them
/// is a zero byte of the XOR, which the classic `(x - 0x01…) & !x & 0x80…` test finds).
fn may_hold_break(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    has_zero(word ^ (ONES * 0x0a))
        || has_zero(word ^ (ONES * 0x0d))
        || has_zero(word ^ (ONES * 0xe2))
}

/// Where a search for `needle` anchors: the index of its rarest ASCII byte in prose (a capital
/// letter before a rare lower-case letter, before a common one or a space), found with the
/// standard library's word-at-a-time byte search; `None` when it has no ASCII byte.
fn search_anchor(needle: &[u8]) -> Option<usize> {
    const COMMON: &[u8] = b" etaoinshrd";
    let rank = |byte: u8| match byte {
        b'A'..=b'Z' => 0,
        _ if COMMON.contains(&byte) => 2,
        _ => 1,
    };
    (0..needle.len())
        .filter(|&idx| needle[idx].is_ascii())
        .min_by_key(|&idx| rank(needle[idx]))
}

/// The start of the first occurrence of `needle` in `haystack` at or after `from`, as
/// `haystack[from..].find(needle)` gives it; successive calls from each match's end give
/// `match_indices`. For a name that `has_a_workforce` and `expand_from_text` look for in
/// kilobytes of prose: only its rarest byte is searched for, and each hit compared whole.
pub(crate) fn find_from(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    let bytes = needle.as_bytes();
    let Some(anchor) = search_anchor(bytes) else {
        return Some(from + haystack.get(from..)?.find(needle)?);
    };
    let mark = char::from(bytes[anchor]);
    let mut at = from.checked_add(anchor)?;
    loop {
        // An ASCII byte is a whole character: no boundary skipped here passes over one.
        while at < haystack.len() && !haystack.is_char_boundary(at) {
            at += 1;
        }
        let found = at + haystack.get(at..)?.find(mark)?;
        let start = found - anchor;
        if haystack.as_bytes().get(start..start + bytes.len()) == Some(bytes) {
            return Some(start);
        }
        at = found + 1;
    }
}

/// The start of the last occurrence of `needle` in `haystack` that ends by `end`, as
/// `haystack[..end].rfind(needle)` gives it; successive calls to each match's start give
/// `rmatch_indices`. Fast as [`find_from`] is.
pub(crate) fn rfind_before(haystack: &str, needle: &str, end: usize) -> Option<usize> {
    let bytes = needle.as_bytes();
    let Some(anchor) = search_anchor(bytes) else {
        return haystack.get(..end)?.rfind(needle);
    };
    let mark = char::from(bytes[anchor]);
    if end > haystack.len() {
        return None;
    }
    // The anchor lies before `limit`, so that the whole needle ends by `end`.
    let mut limit = end.checked_sub(bytes.len() - anchor - 1)?;
    loop {
        while !haystack.is_char_boundary(limit) {
            limit -= 1;
        }
        let found = haystack.get(..limit)?.rfind(mark)?;
        if let Some(start) = found.checked_sub(anchor) {
            if haystack.as_bytes().get(start..start + bytes.len()) == Some(bytes) {
                return Some(start);
            }
        }
        limit = found;
    }
}

/// Whether `word` is a number written in digits, with thousands commas: `753`, `17,576`.
pub fn is_digits(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// Whether `word` is initials joined by full stops, its last stop left off as the tokens
/// leave it: `U.A.E`, `N.A.T.O`, `Ph.D` (parts of one or two letters, at least two parts).
pub fn is_dotted_initials(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let n_letters = part.chars().count();
        if !(1..=2).contains(&n_letters) || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Whether every cased letter of `word` is upper case and it has at least one letter.
pub fn is_all_caps(word: &str) -> bool {
    let mut n_letters = 0;
    for ch in word.chars() {
        if ch.is_lowercase() {
            return false;
        }
        if ch.is_alphabetic() {
            n_letters += 1;
        }
    }
    n_letters > 0
}

/// Folds whitespace runs to one ASCII space and trims, for display and comparison.
pub fn fold_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = false;
    for ch in text.chars() {
        if is_space(ch) {
            pending = !out.is_empty();
            continue;
        }
        if pending {
            out.push(' ');
            pending = false;
        }
        out.push(ch);
    }
    out
}

/// Case-insensitive ASCII prefix test that never panics on non-ASCII text.
pub fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_find_what_match_indices_find() {
        let texts = [
            "Tolvik Salt said. Tolvik Salt workers — Tolvik Saltés, Tolvik Salt",
            "aaaa ab aaa",
            "Ünïcödé Tolvik “Tolvik” Tolvik",
            "",
        ];
        let needles = ["Tolvik Salt", "Tolvik", "aa", "a", "”", "Ünï", "ab aa", "x"];
        for text in texts {
            for needle in needles {
                let forward: Vec<usize> = text.match_indices(needle).map(|(at, _)| at).collect();
                let mut found = Vec::new();
                let mut from = 0;
                while let Some(at) = find_from(text, needle, from) {
                    found.push(at);
                    from = at + needle.len();
                }
                assert_eq!(found, forward, "{needle:?} in {text:?}");
                let backward: Vec<usize> = text.rmatch_indices(needle).map(|(at, _)| at).collect();
                let mut found = Vec::new();
                let mut end = text.len();
                while let Some(at) = rfind_before(text, needle, end) {
                    found.push(at);
                    end = at;
                }
                assert_eq!(found, backward, "{needle:?} in {text:?}");
            }
        }
        assert_eq!(find_from("abc", "b", 7), None);
        assert_eq!(rfind_before("abc", "b", 7), None);
    }

    #[test]
    fn lines_handle_crlf_and_lone_cr() {
        let text = "a\r\nb\rc\n\n d ";
        let spans: Vec<&str> = lines(text)
            .iter()
            .map(|line| line.span.slice(text))
            .collect();
        assert_eq!(spans, ["a", "b", "c", "", "d"]);
        let text = "a\u{2028}b\u{2029}c\u{2027}é\r";
        let spans: Vec<&str> = lines(text)
            .iter()
            .map(|line| line.span.slice(text))
            .collect();
        assert_eq!(spans, ["a", "b", "c\u{2027}é", ""]);
    }

    #[test]
    fn every_break_byte_is_seen_in_a_word_of_eight() {
        for break_byte in [b'\n', b'\r', 0xe2] {
            for place in 0..8 {
                let mut bytes = *b"abcdefgh";
                bytes[place] = break_byte;
                assert!(may_hold_break(u64::from_ne_bytes(bytes)));
            }
        }
        assert!(!may_hold_break(u64::from_ne_bytes(
            *b"\x0b\x0c\xe1\xe3\x8d\x8a\x00\xff"
        )));
        let text = "one long line of text\u{2014}with a dash\u{2028}and the next one after it";
        let spans: Vec<&str> = lines(text)
            .iter()
            .map(|line| line.span.slice(text))
            .collect();
        assert_eq!(
            spans,
            [
                "one long line of text\u{2014}with a dash",
                "and the next one after it"
            ]
        );
    }

    #[test]
    fn trim_handles_nbsp() {
        let text = "\u{a0}x\u{a0}";
        assert_eq!(trim_span(text, Span::new(0, text.len())).slice(text), "x");
    }
}
