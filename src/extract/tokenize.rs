//! A small HTML tokenizer: start tags (with the few attributes extraction reads), end tags and
//! decoded text. It is total and linear: every step consumes input, and the content of raw-text
//! elements (`script`, `style`, …) is skipped without ever becoming a token.

use super::entities::{decode, decode_into};

/// The attributes extraction reads; all others are skipped unread.
const KEPT: &[&str] = &[
    "class", "id", "itemprop", "rel", "datetime", "name", "property", "content",
];

/// Elements whose content is not markup and is dropped unread.
const RAW: &[&str] = &[
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// Elements whose content is text with references but no tags.
const RCDATA: &[&str] = &["title", "textarea"];

#[derive(Debug, PartialEq, Eq)]
pub enum Token {
    /// A start tag: lower-case name, kept attributes (lower-case names, decoded values).
    Start {
        name: String,
        attrs: Vec<(String, String)>,
    },
    End {
        name: String,
    },
    Text(String),
}

pub struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    /// After a raw-text or RCDATA start tag: its name, and whether the content is kept.
    raw: Option<(&'static str, bool)>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokenizer {
            src,
            pos: 0,
            raw: None,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    /// The content of a raw-text or RCDATA element, up to its end tag (or the end).
    fn raw_text(&mut self, name: &str, keep: bool) -> Option<Token> {
        let end = find_end_tag(self.bytes(), self.pos, name);
        let content = self.src.get(self.pos..end).unwrap_or("");
        self.pos = end;
        (keep && !content.is_empty()).then(|| Token::Text(decode(content)))
    }

    /// Text up to the next tag-like `<`.
    fn text(&mut self) -> Token {
        let bytes = self.bytes();
        let mut end = self.pos + 1;
        while end < bytes.len() && !(bytes[end] == b'<' && opens_markup(bytes, end)) {
            end += 1;
        }
        let mut out = String::new();
        decode_into(self.src.get(self.pos..end).unwrap_or(""), &mut out);
        self.pos = end;
        Token::Text(out)
    }

    /// Markup at `self.pos` (a `<` that opens markup): a tag, or a comment (None).
    fn markup(&mut self) -> Option<Token> {
        let bytes = self.bytes();
        let at = self.pos;
        let next = bytes.get(at + 1).copied().unwrap_or(0);
        if self.src.get(at..at + 4) == Some("<!--") {
            self.pos = find(bytes, at + 4, b"-->").map_or(bytes.len(), |end| end + 3);
            return None;
        }
        if next == b'/' && bytes.get(at + 2).is_some_and(u8::is_ascii_alphabetic) {
            let (name, after) = tag_name(self.src, at + 2);
            self.pos = find(bytes, after, b">").map_or(bytes.len(), |end| end + 1);
            return Some(Token::End { name });
        }
        if next.is_ascii_alphabetic() {
            return self.start_tag();
        }
        // `<!doctype …>`, `<?xml …?>`, `</ …>`: bogus comments up to the next `>`.
        self.pos = find(bytes, at + 1, b">").map_or(bytes.len(), |end| end + 1);
        None
    }

    fn start_tag(&mut self) -> Option<Token> {
        let bytes = self.bytes();
        let (name, mut at) = tag_name(self.src, self.pos + 1);
        let mut attrs = Vec::new();
        loop {
            while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
                at += 1;
            }
            match bytes.get(at) {
                // A tag cut off by the end of input is dropped, as browsers do.
                None => {
                    self.pos = bytes.len();
                    return None;
                }
                Some(b'>') => break,
                Some(_) => {}
            }
            let (attr, after) = attribute(self.src, at);
            at = after;
            if let Some(attr) = attr {
                attrs.push(attr);
            }
        }
        self.pos = at + 1;
        if let Some(&raw) = RAW.iter().find(|&&raw| raw == name) {
            self.raw = Some((raw, false));
        } else if let Some(&raw) = RCDATA.iter().find(|&&raw| raw == name) {
            self.raw = Some((raw, true));
        }
        Some(Token::Start { name, attrs })
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        loop {
            if let Some((name, keep)) = self.raw.take() {
                if let Some(token) = self.raw_text(name, keep) {
                    return Some(token);
                }
            }
            let bytes = self.bytes();
            if self.pos >= bytes.len() {
                return None;
            }
            if bytes[self.pos] == b'<' && opens_markup(bytes, self.pos) {
                if let Some(token) = self.markup() {
                    return Some(token);
                }
            } else {
                return Some(self.text());
            }
        }
    }
}

/// Whether the `<` at `at` opens a tag, end tag, comment or declaration (not `a < b`).
fn opens_markup(bytes: &[u8], at: usize) -> bool {
    bytes
        .get(at + 1)
        .is_some_and(|&b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'))
}

/// The first occurrence of `needle` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|offset| from + offset)
}

/// Where the end tag `</name` (any case, then a space, `/` or `>`) starts, or the input's end.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(lt) = find(bytes, at, b"</") {
        let after = lt + 2 + name.len();
        let same = bytes
            .get(lt + 2..after)
            .is_some_and(|found| found.eq_ignore_ascii_case(name.as_bytes()));
        let ends = bytes
            .get(after)
            .is_none_or(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>');
        if same && ends {
            return lt;
        }
        at = lt + 2;
    }
    bytes.len()
}

/// A tag name from `at` (lower-cased) and the byte after it.
fn tag_name(src: &str, at: usize) -> (String, usize) {
    let bytes = src.as_bytes();
    let mut end = at;
    while end < bytes.len()
        && !(bytes[end].is_ascii_whitespace() || matches!(bytes[end], b'/' | b'>'))
    {
        end += 1;
    }
    (src.get(at..end).unwrap_or("").to_ascii_lowercase(), end)
}

/// One attribute from `at` (not a space, `/` or `>`): `(name, value)` if it is one of the kept
/// attributes, and the byte after it.
fn attribute(src: &str, at: usize) -> (Option<(String, String)>, usize) {
    let bytes = src.as_bytes();
    let mut end = at + 1;
    while end < bytes.len()
        && !(bytes[end].is_ascii_whitespace() || matches!(bytes[end], b'/' | b'>' | b'='))
    {
        end += 1;
    }
    let name = src.get(at..end).unwrap_or("").to_ascii_lowercase();
    let mut next = end;
    while next < bytes.len() && bytes[next].is_ascii_whitespace() {
        next += 1;
    }
    let (value, after) = if bytes.get(next) == Some(&b'=') {
        attribute_value(src, next + 1)
    } else {
        ("", end)
    };
    let kept = KEPT.contains(&name.as_str()).then(|| (name, decode(value)));
    (kept, after)
}

/// A quoted or unquoted value from `at` (after the `=`), and the byte after it.
fn attribute_value(src: &str, at: usize) -> (&str, usize) {
    let bytes = src.as_bytes();
    let mut start = at;
    while start < bytes.len() && bytes[start].is_ascii_whitespace() {
        start += 1;
    }
    match bytes.get(start) {
        Some(&quote @ (b'"' | b'\'')) => {
            let close = find(bytes, start + 1, &[quote]).unwrap_or(bytes.len());
            let value = src.get(start + 1..close).unwrap_or("");
            (value, (close + 1).min(bytes.len()))
        }
        _ => {
            let mut end = start;
            while end < bytes.len() && !(bytes[end].is_ascii_whitespace() || bytes[end] == b'>') {
                end += 1;
            }
            (src.get(start..end).unwrap_or(""), end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Token, Tokenizer};

    fn show(html: &str) -> String {
        Tokenizer::new(html)
            .map(|token| match token {
                Token::Start { name, attrs } => format!("<{name}{attrs:?}>"),
                Token::End { name } => format!("</{name}>"),
                Token::Text(text) => format!("{text:?}"),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn tokens() {
        assert_eq!(
            show("<!doctype html><P Class='a b' onload=x(1) id=z>1 < 2 &amp; 3</p><!-- c -->"),
            r#"<p[("class", "a b"), ("id", "z")]> "1 < 2 & 3" </p>"#
        );
        assert_eq!(
            show("<script>alert('</p>')</SCRIPT ><title>A &amp; B</title>x"),
            r#"<script[]> </script> <title[]> "A & B" </title> "x""#
        );
        assert_eq!(show("a < b<"), r#""a < b<""#);
        assert_eq!(show("a<b"), r#""a""#);
        assert_eq!(show("<p class=\"x"), "");
        assert_eq!(show("<style>never closed <p>"), "<style[]>");
    }
}
