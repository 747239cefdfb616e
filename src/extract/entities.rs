//! Character references (`&amp;`, `&#8217;`, `&#x2014;`) and the output character filter.

/// The common named references; anything else stays as written.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("rsquo", '’'),
    ("lsquo", '‘'),
    ("rdquo", '”'),
    ("ldquo", '“'),
    ("sbquo", '‚'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("times", '×'),
    ("minus", '−'),
    ("sect", '§'),
    ("frac12", '½'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("auml", 'ä'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("szlig", 'ß'),
    ("ntilde", 'ñ'),
    ("ccedil", 'ç'),
    ("shy", '\u{ad}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
];

/// Named references that browsers also read without the closing `;`.
const LEGACY: &[&str] = &["amp", "lt", "gt", "quot", "nbsp"];

/// Windows-1252 for `&#128;`–`&#159;`, as browsers read them (0: left as the C1 code point).
const CP1252: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// Whether `ch` may reach the output: no control characters but tab and line feed (so no NUL),
/// no bidi embeddings, overrides or isolates, no soft hyphen, zero-width space or BOM.
pub fn allowed(ch: char) -> bool {
    !(ch.is_control() && ch != '\n' && ch != '\t'
        || matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || matches!(ch, '\u{ad}' | '\u{200b}' | '\u{feff}'))
}

/// Appends `raw` to `out` with character references decoded and disallowed characters removed.
pub fn decode_into(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        push_allowed(rest.get(..amp).unwrap_or(""), out);
        let after = rest.get(amp + 1..).unwrap_or("");
        match reference(after) {
            Some((ch, used)) => {
                if allowed(ch) {
                    out.push(ch);
                }
                rest = after.get(used..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    push_allowed(rest, out);
}

/// `raw` decoded, as a new string.
pub fn decode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    decode_into(raw, &mut out);
    out
}

fn push_allowed(piece: &str, out: &mut String) {
    out.extend(piece.chars().filter(|&ch| allowed(ch)));
}

/// The character of the reference at the start of `after` (the text after `&`) and the bytes
/// it used.
fn reference(after: &str) -> Option<(char, usize)> {
    let bytes = after.as_bytes();
    if bytes.first() == Some(&b'#') {
        return numeric(after);
    }
    let len = bytes
        .iter()
        .take(8)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = after.get(..len)?;
    let &(_, ch) = NAMED.iter().find(|(known, _)| *known == name)?;
    if bytes.get(len) == Some(&b';') {
        return Some((ch, len + 1));
    }
    LEGACY.contains(&name).then_some((ch, len))
}

/// `#8217;` or `#x2019;` (the `;` is optional); invalid code points become U+FFFD.
fn numeric(after: &str) -> Option<(char, usize)> {
    let bytes = after.as_bytes();
    let hex = matches!(bytes.get(1), Some(b'x' | b'X'));
    let start = if hex { 2 } else { 1 };
    let radix = if hex { 16 } else { 10 };
    let mut value: u32 = 0;
    let mut used = start;
    while let Some(digit) = bytes.get(used).and_then(|&b| (b as char).to_digit(radix)) {
        value = value.saturating_mul(radix).saturating_add(digit);
        used += 1;
    }
    if used == start {
        return None;
    }
    if bytes.get(used) == Some(&b';') {
        used += 1;
    }
    let ch = match value {
        0x80..=0x9f => {
            let mapped = CP1252[(value - 0x80) as usize];
            char::from_u32(if mapped == 0 {
                value
            } else {
                u32::from(mapped)
            })
        }
        0 => None,
        _ => char::from_u32(value),
    };
    Some((ch.unwrap_or('\u{fffd}'), used))
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn references() {
        assert_eq!(decode("AT&T &amp; co&nbsp;&rsquo;s"), "AT&T & co\u{a0}’s");
        assert_eq!(decode("&#8220;x&#x201D; &#147;y&#148;"), "“x” “y”");
        assert_eq!(
            decode("&#0;&#xD800;&#99999999999;&#x110000;"),
            "\u{fffd}".repeat(4)
        );
        assert_eq!(decode("&unknown; &# &#x; &amp"), "&unknown; &# &#x; &");
        assert_eq!(decode("a\0b\u{202e}c&#x202E;d&#1;e"), "abcde");
    }
}
