//! The deep-link contract, versions 1 and 2: a public API, documented in the README.
//!
//! ```text
//! v1: ?article=<name>&speakers=<slug>,<slug>&mode=dim&q=<text>&at=<hint>#p-<passage id>
//! v2: #v=2&speakers=<slug>,<slug>&mode=dim&q=<text>&at=<hint>&p=<passage id>&doc=<payload>
//!     #v=2&…&p=<passage id>&lib=<library id>
//! ```
//! Version 2 carries an article that is not bundled with the page, entirely in the fragment, so
//! that neither the article nor its filters ever reach a host: `doc` is the article text
//! compressed (see `crate::carry`), `lib` an entry of this device's private library. A v2 link
//! cannot scroll natively (the article is not in the static page), so its passage is `p=<id>`.
//! Bundled articles keep the short v1 form.
//! - `article`: a bundled article other than the default, loaded from `articles/<name>.txt`
//!   next to the page; `[a-z0-9-]`, at most 80 characters.
//! - `speakers`: selected actor slugs; the reserved slug `narrator` is the article's own voice.
//! - `mode=dim` dims instead of hiding other speakers; `mode=hide` (the default) is omitted.
//! - `q`: the search text.
//! - `#p-<id>`: the target passage. The fragment is exactly the passage element's `id`, so the
//!   browser itself scrolls there, even before the wasm has loaded or without JavaScript.
//! - `at`: optional, with a fragment: the passage's first words, lower-case, joined by `-`, used
//!   to re-anchor the link when the id is gone because the text changed.
//! - `view=transcript`: the "By speaker" transcript instead of the article.
//! - `view=statements`: the "Who says what about whom" table is open; with it, `from` and `to`
//!   (slugs: a speaker, and whom its statements are about) choose a cell, whose statements the
//!   article then shows. Readers that do not know them ignore them.
//! - `v`: the contract version; absent means 1. Readers report other versions than 1 and 2.
//!
//! Parsing is total: malformed input is dropped piece by piece and reported as [`LinkProblem`]s.
//! Everything here is pure string work, so it is tested natively.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;

/// The newest version this module reads and writes; bundled articles' links are still version 1.
pub const LINK_VERSION: u32 = 2;
/// The longest `doc` payload read (characters): about 4 MB of compressed article. Browsers
/// themselves cut URLs at about 2 MB, so a real link never comes near it.
pub const MAX_DOC_LEN: usize = 4_000_000;
/// At most this many speakers are read from a link; the rest are reported once.
pub const MAX_SPEAKERS: usize = 200;
/// The reserved speaker slug for the article's own voice.
pub const NARRATOR: &str = "narrator";
/// Longer query values are ignored: nobody types more, and a huge value must not cost time.
pub const MAX_VALUE_LEN: usize = 2_000;
/// How many words of a passage make its hint.
pub const HINT_WORDS: usize = 6;

/// How passages of unselected speakers are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum FilterMode {
    #[default]
    Hide,
    Dim,
}

/// What the explorer shows besides (or instead of) the article: `view=`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Article,
    /// `view=statements`: the "Who says what about whom" table above the article.
    Statements,
    /// `view=transcript`: the "By speaker" transcript instead of the article.
    Transcript,
}

/// The `#p-…` fragment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    /// The passage id text (not checked against the article here).
    pub id: String,
    /// The re-anchoring hint words, lower-case.
    pub hint: Vec<String>,
}

/// Everything a URL can say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    pub article: Option<String>,
    /// Version 2: an article carried in the link itself, compressed (`doc=`).
    pub doc: Option<String>,
    /// Version 2: an article in this device's library (`lib=`).
    pub library: Option<String>,
    pub speakers: Vec<String>,
    pub mode: FilterMode,
    pub query: String,
    pub fragment: Option<Fragment>,
    /// `view=`: the statements table or the transcript.
    pub view: View,
    /// `from` and `to`: the chosen cell of the statements table.
    pub cell: Option<(String, String)>,
}

/// Something in a URL that was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    BadEncoding(&'static str),
    TooLong(&'static str),
    BadMode(String),
    BadSpeaker(String),
    BadArticle(String),
    BadFragment,
    UnknownVersion(String),
    TooManySpeakers,
}

impl std::fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkProblem::BadEncoding(name) => {
                write!(f, "the link's “{name}” value is not valid text")
            }
            LinkProblem::TooLong(name) => write!(f, "the link's “{name}” value is too long"),
            LinkProblem::BadMode(mode) => write!(f, "unknown display mode “{}”", shorten(mode)),
            LinkProblem::BadSpeaker(slug) => write!(f, "unknown speaker “{}”", shorten(slug)),
            LinkProblem::BadArticle(name) => {
                write!(f, "“{}” is not an article name", shorten(name))
            }
            LinkProblem::BadFragment => f.write_str("the link's passage reference is malformed"),
            LinkProblem::UnknownVersion(v) => {
                write!(f, "link version “{}” is not supported", shorten(v))
            }
            LinkProblem::TooManySpeakers => {
                write!(f, "only the first {MAX_SPEAKERS} speakers are used")
            }
        }
    }
}

/// The number of chars in `text`: its bytes that do not continue a UTF-8 sequence. (What
/// `chars().count()` returns, without the page's wasm linking core's vectorised counter.)
fn char_count(text: &str) -> usize {
    text.bytes().filter(|&byte| byte & 0xC0 != 0x80).count()
}

/// Cuts a value for display in a notice.
fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// Whether a speaker slug is well formed: 1 to 80 of `[a-z0-9-]`.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 80
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Decodes `application/x-www-form-urlencoded` text (`+` is a space). `None` on bad UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (
                    bytes.get(i + 1).and_then(|&b| hex(b)),
                    bytes.get(i + 2).and_then(|&b| hex(b)),
                ) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    // A lone `%` stays literal, as browsers do.
                    _ => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Encodes a query value: unreserved characters stay, space becomes `+`, the rest `%XX`.
pub fn percent_encode(text: &str, out: &mut String) {
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
}

/// Whether `c` belongs to a word, for hint words and speaker initials.
///
/// ASCII letters and digits, and any other character but spaces, controls, punctuation and symbols
/// from the common blocks (Latin-1, General Punctuation to Miscellaneous Symbols and Arrows, CJK
/// punctuation, fullwidth ASCII punctuation, emoji). For letters and digits of any script this
/// agrees with `char::is_alphanumeric` (tests/ui.rs checks it), without linking Unicode's letter
/// and digit tables into the page's wasm.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !c.is_whitespace()
        && !matches!(c,
            '\u{80}'..='\u{BF}'
            | '\u{D7}'
            | '\u{F7}'
            | '\u{2000}'..='\u{2BFF}'
            | '\u{3000}'..='\u{303F}'
            | '\u{FE10}'..='\u{FE1F}'
            | '\u{FE30}'..='\u{FE6F}'
            | '\u{FF00}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF40}'
            | '\u{FF5B}'..='\u{FF65}'
            | '\u{FFF0}'..='\u{FFFF}'
            | '\u{1F000}'..='\u{1FAFF}')
}

/// The hint words of a passage text: its first [`HINT_WORDS`] words, ASCII lower-case, letters and
/// digits only.
pub fn hint_words(text: &str) -> Vec<String> {
    text.split(|c: char| !is_word_char(c))
        .filter(|word| !word.is_empty())
        .take(HINT_WORDS)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Where a parameter was read: the query (v1) or a version-2 fragment.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Query,
    Fragment,
}

/// What parsing collects besides the link itself.
#[derive(Default)]
struct Parsing {
    problems: Vec<LinkProblem>,
    hint: Vec<String>,
    /// `p=` of a version-2 fragment.
    passage: Option<String>,
}

/// A URL and what [`Link::parse`] made of it.
type Parsed = Rc<(Link, Vec<LinkProblem>)>;

thread_local! {
    /// The last URL [`Link::parse_once`] parsed, and the result.
    static LAST: RefCell<Option<(String, String, Parsed)>> = const { RefCell::new(None) };
}

impl Link {
    /// [`Link::parse`], once per URL: the page's start, the app and the explorer read the same
    /// URL (at load, and on Back or Forward), and share one parse of it.
    pub fn parse_once(search: &str, hash: &str) -> Parsed {
        LAST.with_borrow_mut(|last| match last {
            Some((s, h, parsed)) if s == search && h == hash => parsed.clone(),
            _ => {
                let parsed = Rc::new(Link::parse(search, hash));
                *last = Some((search.to_owned(), hash.to_owned(), parsed.clone()));
                parsed
            }
        })
    }

    /// Parses `search` (with or without `?`) and `hash` (with or without `#`).
    pub fn parse(search: &str, hash: &str) -> (Link, Vec<LinkProblem>) {
        let mut link = Link::default();
        let mut parsing = Parsing::default();
        let search = search.strip_prefix('?').unwrap_or(search);
        link.read_params(search, Place::Query, &mut parsing);
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if is_v2_fragment(hash) {
            link.read_params(hash, Place::Fragment, &mut parsing);
            // A carried article is never also a bundled one.
            link.article = None;
            if let Some(id) = parsing.passage.take() {
                match parse_fragment(&format!("p-{id}")) {
                    Some(fragment) => link.fragment = Some(fragment),
                    None => parsing.problems.push(LinkProblem::BadFragment),
                }
            }
        } else if !hash.is_empty() {
            match parse_fragment(hash) {
                Some(fragment) => link.fragment = Some(fragment),
                None if hash.starts_with("p-") => parsing.problems.push(LinkProblem::BadFragment),
                // Other fragments (`#main` from a skip link) are not ours.
                None => {}
            }
        }
        if let Some(fragment) = &mut link.fragment {
            fragment.hint = std::mem::take(&mut parsing.hint);
        }
        // A cell needs both ends, and the table open.
        if link.view != View::Statements
            || link
                .cell
                .as_ref()
                .is_some_and(|(f, t)| f.is_empty() || t.is_empty())
        {
            link.cell = None;
        }
        (link, parsing.problems)
    }

    /// Reads `name=value` pairs separated by `&`.
    fn read_params(&mut self, params: &str, place: Place, parsing: &mut Parsing) {
        for pair in params.split('&').filter(|pair| !pair.is_empty()) {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let name: &'static str = match (raw_name, place) {
                ("speakers", _) => "speakers",
                ("mode", _) => "mode",
                ("q", _) => "q",
                ("v", _) => "v",
                ("at", _) => "at",
                ("view", _) => "view",
                ("from", _) => "from",
                ("to", _) => "to",
                ("article", Place::Query) => "article",
                ("p", Place::Fragment) => "p",
                ("doc", Place::Fragment) => "doc",
                ("lib", Place::Fragment) => "lib",
                // Other parameters (tracking tags and the like) are none of our business.
                _ => continue,
            };
            if name == "doc" {
                self.read_doc(raw_value, parsing);
                continue;
            }
            // Up to 4 UTF-8 bytes a character, each `%XX`: a value within MAX_VALUE_LEN
            // characters always fits; longer raw text is refused before any decoding.
            if raw_value.len() > MAX_VALUE_LEN * 12 {
                parsing.problems.push(LinkProblem::TooLong(name));
                continue;
            }
            let Some(value) = percent_decode(raw_value) else {
                parsing.problems.push(LinkProblem::BadEncoding(name));
                continue;
            };
            if char_count(&value) > MAX_VALUE_LEN {
                parsing.problems.push(LinkProblem::TooLong(name));
                continue;
            }
            self.read_value(name, value, parsing);
        }
    }

    fn read_value(&mut self, name: &'static str, value: String, parsing: &mut Parsing) {
        match name {
            "speakers" => self.read_speakers(&value, parsing),
            "mode" => match value.as_str() {
                "dim" => self.mode = FilterMode::Dim,
                "hide" | "" => self.mode = FilterMode::Hide,
                _ => parsing.problems.push(LinkProblem::BadMode(value)),
            },
            "q" => self.query = value.chars().filter(|c| !c.is_control()).collect(),
            "at" => parsing.hint = hint_words_of_param(&value),
            "p" => parsing.passage = Some(value),
            "view" => {
                self.view = match value.as_str() {
                    "statements" => View::Statements,
                    "transcript" => View::Transcript,
                    _ => View::Article,
                }
            }
            "from" | "to" if is_slug(&value) => {
                let cell = self.cell.get_or_insert_with(Default::default);
                match name {
                    "from" => cell.0 = value,
                    _ => cell.1 = value,
                }
            }
            "from" | "to" => parsing.problems.push(LinkProblem::BadSpeaker(value)),
            "article" | "lib" => {
                if !is_slug(&value) {
                    parsing.problems.push(LinkProblem::BadArticle(value));
                } else if name == "lib" {
                    self.library = Some(value);
                } else {
                    self.article = Some(value);
                }
            }
            _ => {
                if value != "1" && value != "2" {
                    parsing.problems.push(LinkProblem::UnknownVersion(value));
                }
            }
        }
    }

    fn read_speakers(&mut self, value: &str, parsing: &mut Parsing) {
        for slug in value
            .split(',')
            .map(str::trim)
            .filter(|slug| !slug.is_empty())
        {
            if !is_slug(slug) {
                parsing
                    .problems
                    .push(LinkProblem::BadSpeaker(slug.to_string()));
            } else if self.speakers.len() >= MAX_SPEAKERS {
                if !parsing.problems.contains(&LinkProblem::TooManySpeakers) {
                    parsing.problems.push(LinkProblem::TooManySpeakers);
                }
                return;
            } else if !self.speakers.iter().any(|known| known == slug) {
                // At most MAX_SPEAKERS comparisons per name: linear in the link's length.
                self.speakers.push(slug.to_string());
            }
        }
    }

    /// `doc` is base64url with a checksum (`crate::carry`): no percent-decoding, and its own
    /// length limit. Its content is checked when it is opened.
    fn read_doc(&mut self, raw_value: &str, parsing: &mut Parsing) {
        if raw_value.len() > MAX_DOC_LEN {
            parsing.problems.push(LinkProblem::TooLong("doc"));
        } else if raw_value.is_empty()
            || !raw_value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        {
            parsing.problems.push(LinkProblem::BadEncoding("doc"));
        } else {
            self.doc = Some(raw_value.to_string());
        }
    }

    /// Whether this link carries its article (version 2).
    pub fn is_v2(&self) -> bool {
        self.doc.is_some() || self.library.is_some()
    }

    /// The query string, starting with `?`, or empty when nothing is set. A version-2 link keeps
    /// everything in the fragment, so its query is empty.
    pub fn search(&self) -> String {
        if self.is_v2() {
            return String::new();
        }
        let mut out = String::new();
        if let Some(article) = &self.article {
            push_param(&mut out, "article", [article.as_str()], ',');
        }
        self.push_view_params(&mut out);
        out
    }

    /// The filters, search and hint, as parameters.
    fn push_view_params(&self, out: &mut String) {
        if !self.speakers.is_empty() {
            push_param(
                out,
                "speakers",
                self.speakers.iter().map(String::as_str),
                ',',
            );
        }
        if self.mode == FilterMode::Dim {
            push_param(out, "mode", ["dim"], ',');
        }
        if !self.query.is_empty() {
            push_param(out, "q", [self.query.as_str()], ',');
        }
        match self.view {
            View::Article => {}
            View::Statements => push_param(out, "view", ["statements"], ','),
            View::Transcript => push_param(out, "view", ["transcript"], ','),
        }
        if let Some((from, to)) = &self.cell {
            push_param(out, "from", [from.as_str()], ',');
            push_param(out, "to", [to.as_str()], ',');
        }
        if let Some(fragment) = self.fragment.as_ref().filter(|f| !f.hint.is_empty()) {
            push_param(out, "at", fragment.hint.iter().map(String::as_str), '-');
        }
    }

    /// The fragment, starting with `#`, or empty. Version 2: `#v=2&…&p=<id>&doc=…`, the
    /// payload last, so that a link cut short loses the checksum and is reported, not misread.
    pub fn hash(&self) -> String {
        if !self.is_v2() {
            return match &self.fragment {
                Some(fragment) => format!("#p-{}", fragment.id),
                None => String::new(),
            };
        }
        let mut out = String::from("#v=2");
        self.push_view_params(&mut out);
        if let Some(fragment) = &self.fragment {
            push_param(&mut out, "p", [fragment.id.as_str()], ',');
        }
        if let Some(doc) = &self.doc {
            out.push_str("&doc=");
            out.push_str(doc);
        } else if let Some(library) = &self.library {
            push_param(&mut out, "lib", [library.as_str()], ',');
        }
        out
    }
}

/// Whether a fragment is a version-2 parameter list (it names `doc` or `lib`).
fn is_v2_fragment(hash: &str) -> bool {
    hash.split('&')
        .any(|pair| pair.starts_with("doc=") || pair.starts_with("lib="))
}

/// Appends `?name=` (or `&name=`) and the encoded values joined by `separator`.
fn push_param<'a>(
    out: &mut String,
    name: &str,
    values: impl IntoIterator<Item = &'a str>,
    separator: char,
) {
    out.push(if out.is_empty() { '?' } else { '&' });
    out.push_str(name);
    out.push('=');
    for (i, value) in values.into_iter().enumerate() {
        if i > 0 {
            out.push(separator);
        }
        percent_encode(value, out);
    }
}

/// The words of an `at` value.
fn hint_words_of_param(value: &str) -> Vec<String> {
    value
        .split(|c: char| c == '-' || !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(HINT_WORDS * 2)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Parses `p-<id>`. For links written by early drafts of this contract, a `~…` tail is
/// accepted and ignored.
fn parse_fragment(hash: &str) -> Option<Fragment> {
    let rest = hash.strip_prefix("p-")?;
    let id = rest.split_once('~').map_or(rest, |(id, _)| id);
    if id.is_empty() || id.len() > 16 || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return None;
    }
    Some(Fragment {
        id: id.to_string(),
        hint: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_agree_with_unicode_letters_and_digits() {
        // Every letter and digit of the scripts articles are written in counts as a word char...
        let scripts = [
            0x0000..0x0080, // ASCII
            0x00C0..0x0250, // Latin-1 letters, Latin Extended-A and -B
            0x0370..0x0530, // Greek, Cyrillic
            0x0590..0x0700, // Hebrew, Arabic
            0x0900..0x0980, // Devanagari
            0x3040..0x3100, // Hiragana, Katakana
            0x4E00..0xA000, // CJK ideographs
            0xAC00..0xD7A4, // Hangul
            0xFF10..0xFF5B, // fullwidth digits and letters
        ];
        for c in scripts.into_iter().flatten().filter_map(char::from_u32) {
            if c.is_alphanumeric() {
                assert!(
                    is_word_char(c),
                    "{:?} U+{:04X} is a letter or digit",
                    c,
                    c as u32
                );
            }
            if c.is_ascii() {
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
            }
        }
        // ...and no space, punctuation mark or common symbol does.
        for c in
            " \u{a0}\u{3000}.,;:!?'\"()[]{}«»‹›‚„“”‘’–—…·•†‰′″€£¥©®™×÷→✓★、。「」（）！？🙂".chars()
        {
            assert!(
                !is_word_char(c),
                "{:?} U+{:04X} is not part of a word",
                c,
                c as u32
            );
        }
    }

    #[test]
    fn one_url_is_parsed_once_however_often_it_is_read() {
        let search = "?speakers=nato,eu&mode=dim&q=x";
        let first = Link::parse_once(search, "#p-abcd1234");
        let again = Link::parse_once(search, "#p-abcd1234");
        assert!(Rc::ptr_eq(&first, &again), "the same URL reuses its parse");
        assert_eq!(*first, Link::parse(search, "#p-abcd1234"));
        let other = Link::parse_once(search, "#p-ffff0000");
        assert!(!Rc::ptr_eq(&first, &other), "another URL is parsed afresh");
        assert_eq!(
            other.0.fragment.as_ref().map(|f| f.id.as_str()),
            Some("ffff0000")
        );
    }

    #[test]
    fn round_trips_a_full_link() {
        let link = Link {
            article: Some("long-synthetic".into()),
            speakers: vec!["nato".into(), "chinese-mission-to-the-eu".into()],
            mode: FilterMode::Dim,
            query: "cyber & “security” 5%".into(),
            fragment: Some(Fragment {
                id: "abcd1234-2".into(),
                hint: vec!["the".into(), "mission".into(), "said".into()],
            }),
            ..Link::default()
        };
        let (parsed, problems) = Link::parse(&link.search(), &link.hash());
        assert_eq!(problems, vec![]);
        assert_eq!(parsed, link);
        assert_eq!(link.hash(), "#p-abcd1234-2");
        assert!(
            link.search().ends_with("&at=the-mission-said"),
            "{}",
            link.search()
        );
    }

    #[test]
    fn empty_link_writes_nothing() {
        let link = Link::default();
        assert_eq!(link.search(), "");
        assert_eq!(link.hash(), "");
        assert_eq!(Link::parse("", ""), (Link::default(), vec![]));
    }

    #[test]
    fn hostile_values_are_dropped_with_problems() {
        let (link, problems) = Link::parse(
            "?speakers=%3Cscript%3E,nato,nato&mode=%22%3E%3Cimg&q=%E0%A4&utm_source=x",
            "#p-<img>",
        );
        assert_eq!(link.speakers, vec!["nato".to_string()]);
        assert_eq!(link.mode, FilterMode::Hide);
        assert_eq!(link.query, "");
        assert_eq!(link.fragment, None);
        assert_eq!(
            problems,
            vec![
                LinkProblem::BadSpeaker("<script>".into()),
                LinkProblem::BadMode("\"><img".into()),
                LinkProblem::BadEncoding("q"),
                LinkProblem::BadFragment,
            ]
        );
    }

    #[test]
    fn the_length_limit_counts_characters_not_encoded_bytes() {
        let cjk = "网络安全".repeat(MAX_VALUE_LEN / 4);
        let mut encoded = String::new();
        percent_encode(&cjk, &mut encoded);
        let (link, problems) = Link::parse(&format!("q={encoded}"), "");
        assert_eq!(
            (link.query.chars().count(), problems),
            (MAX_VALUE_LEN, vec![])
        );
        let (_, problems) = Link::parse(&format!("q={encoded}%E7%BD%91"), "");
        assert_eq!(problems, vec![LinkProblem::TooLong("q")]);
    }

    #[test]
    fn huge_values_are_refused() {
        let huge = "a".repeat(MAX_VALUE_LEN + 1);
        let (link, problems) = Link::parse(&format!("q={huge}"), "");
        assert_eq!(link.query, "");
        assert_eq!(problems, vec![LinkProblem::TooLong("q")]);
    }

    #[test]
    fn versions_other_than_one_and_two_are_reported() {
        assert_eq!(Link::parse("v=1", "").1, vec![]);
        assert_eq!(Link::parse("v=2", "").1, vec![]);
        assert_eq!(
            Link::parse("v=3", "").1,
            vec![LinkProblem::UnknownVersion("3".into())]
        );
    }

    fn carried(doc: Option<&str>, library: Option<&str>) -> Link {
        Link {
            doc: doc.map(Into::into),
            library: library.map(Into::into),
            speakers: vec!["nato".into()],
            mode: FilterMode::Dim,
            query: "cyber space".into(),
            fragment: Some(Fragment {
                id: "abcd1234".into(),
                hint: vec!["the".into(), "mission".into()],
            }),
            ..Link::default()
        }
    }

    #[test]
    fn version_two_round_trips_in_the_fragment_alone() {
        let link = carried(Some("q1w2_e3-r4.0a1b2c3d"), None);
        assert_eq!(link.search(), "");
        assert_eq!(
            link.hash(),
            "#v=2&speakers=nato&mode=dim&q=cyber+space&at=the-mission&p=abcd1234&doc=q1w2_e3-r4.0a1b2c3d"
        );
        assert_eq!(Link::parse("", &link.hash()), (link, vec![]));
        let library = carried(None, Some("0123abcd"));
        assert!(library.hash().ends_with("&p=abcd1234&lib=0123abcd"));
        assert_eq!(Link::parse("", &library.hash()), (library, vec![]));
    }

    #[test]
    fn version_two_ignores_a_bundled_article_and_reports_bad_payloads() {
        let (link, problems) = Link::parse("?article=other", "#v=2&doc=abc");
        assert_eq!((link.article, link.doc.as_deref()), (None, Some("abc")));
        assert_eq!(problems, vec![]);
        let (link, problems) = Link::parse("", "#v=2&p=%3Cx%3E&doc=a%3Cscript");
        assert_eq!((link.doc, link.fragment), (None, None));
        assert_eq!(
            problems,
            vec![LinkProblem::BadEncoding("doc"), LinkProblem::BadFragment]
        );
        let huge = format!("#doc={}", "a".repeat(MAX_DOC_LEN + 1));
        assert_eq!(Link::parse("", &huge).1, vec![LinkProblem::TooLong("doc")]);
    }

    #[test]
    fn version_one_links_keep_their_short_form() {
        let link = Link {
            article: Some("long-synthetic".into()),
            speakers: vec!["nato".into()],
            fragment: Some(Fragment {
                id: "abcd1234".into(),
                hint: vec![],
            }),
            ..Link::default()
        };
        assert_eq!(link.search(), "?article=long-synthetic&speakers=nato");
        assert_eq!(link.hash(), "#p-abcd1234");
    }

    #[test]
    fn speakers_are_capped_and_parsed_in_linear_time() {
        let names: Vec<String> = (0..5_000).map(|i| format!("s{i}")).collect();
        let search = names
            .iter()
            .map(|name| format!("speakers={name}"))
            .collect::<Vec<_>>()
            .join("&");
        let started = std::time::Instant::now();
        let (link, problems) = Link::parse(&search, "");
        let elapsed = started.elapsed();
        assert_eq!(link.speakers.len(), MAX_SPEAKERS);
        assert_eq!(problems, vec![LinkProblem::TooManySpeakers]);
        assert!(elapsed.as_millis() < 500, "{elapsed:?}");
    }

    #[test]
    fn foreign_fragments_are_ignored() {
        assert_eq!(Link::parse("", "#main"), (Link::default(), vec![]));
    }

    #[test]
    fn hint_words_are_lower_case_and_bounded() {
        assert_eq!(
            hint_words("“Such practices,” it ADDED — fully expose"),
            ["such", "practices", "it", "added", "fully", "expose"]
        );
    }

    #[test]
    fn percent_decoding_is_total() {
        assert_eq!(percent_decode("a%2"), Some("a%2".into()));
        assert_eq!(percent_decode("%zz"), Some("%zz".into()));
        assert_eq!(percent_decode("%FF"), None);
        assert_eq!(percent_decode("a+b%20c"), Some("a b c".into()));
    }
}
