//! The data model of an analysis: spans, ids, passages, actors and attributions.

use std::fmt;

/// A half-open `[start, end)` range of UTF-8 byte offsets into the unmodified input.
///
/// # Examples
/// ```
/// use article_explorer::analysis::Span;
/// let span = Span::new(4, 9);
/// assert_eq!(span.slice("The Mission said"), "Missi");
/// assert_eq!(span.len(), 5);
/// assert!(span.contains(Span::new(5, 9)));
/// assert_eq!(Span::new(3, 99).slice("short"), "");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers, or `""` when it does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The stable id of a passage: a hash of its normalised text plus a counter for exact duplicates.
///
/// Its text form (see [`fmt::Display`]) is the deep-link id: eight base-32 characters, followed
/// by `-<n>` for the n-th (n ≥ 2) exact duplicate.
///
/// # Examples
/// ```
/// use article_explorer::analysis::PassageId;
/// let id = PassageId::from_text("It will  rain.", 0);
/// assert_eq!(id, PassageId::from_text(" It will rain. ", 0));
/// let second = PassageId { dup: 1, ..id };
/// assert!(second.to_string().ends_with("-2"));
/// assert_eq!(PassageId::parse(&second.to_string()), Some(second));
/// assert_eq!(PassageId::parse("not-an-id"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PassageId {
    /// A 40-bit hash of the passage's normalised text.
    pub hash: u64,
    /// 0 for the first passage with this hash, 1 for the second, and so on.
    pub dup: u32,
}

/// Whether `byte` is one of the ASCII spaces of `char::is_whitespace`.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// One byte of FNV-1a.
fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

/// Hashes the ASCII bytes other than spaces from `idx` on into `hash`; returns the hash and
/// the index of the first byte not hashed.
fn hash_ascii_word(bytes: &[u8], mut idx: usize, mut hash: u64) -> (u64, usize) {
    while let Some(&byte) = bytes.get(idx) {
        if byte >= 0x80 || is_ascii_space(byte) {
            break;
        }
        hash = fnv_step(hash, byte);
        idx += 1;
    }
    (hash, idx)
}

const BASE32: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

impl PassageId {
    /// Hashes text with whitespace runs folded to one space and trimmed (FNV-1a, 40 bits).
    pub fn from_text(text: &str, dup: u32) -> PassageId {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut pending_space = false;
        let mut started = false;
        // Byte-wise, decoding only non-ASCII characters (to test them for White_Space).
        let bytes = text.as_bytes();
        let mut idx = 0;
        while idx < bytes.len() {
            let byte = bytes[idx];
            if byte < 0x80 && !is_ascii_space(byte) {
                // A run of ASCII characters other than spaces, hashed as it stands.
                if pending_space {
                    hash = fnv_step(hash, b' ');
                    pending_space = false;
                }
                started = true;
                (hash, idx) = hash_ascii_word(bytes, idx, hash);
                continue;
            }
            let (is_space, len) = if byte < 0x80 {
                (is_ascii_space(byte), 1)
            } else {
                match text.get(idx..).and_then(|rest| rest.chars().next()) {
                    Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                    None => (false, 1),
                }
            };
            if is_space {
                pending_space = started;
                idx += len;
                continue;
            }
            if pending_space {
                hash = fnv_step(hash, b' ');
                pending_space = false;
            }
            started = true;
            for &byte in &bytes[idx..(idx + len).min(bytes.len())] {
                hash = fnv_step(hash, byte);
            }
            idx += len;
        }
        PassageId {
            hash: (hash ^ (hash >> 40)) & 0xff_ffff_ffff,
            dup,
        }
    }

    /// Parses the text form written by [`fmt::Display`].
    pub fn parse(text: &str) -> Option<PassageId> {
        let (hash_text, dup) = match text.split_once('-') {
            Some((hash_text, dup_text)) => {
                let n: u32 = dup_text.parse().ok()?;
                if n < 2 || dup_text.starts_with('0') {
                    return None;
                }
                (hash_text, n - 1)
            }
            None => (text, 0),
        };
        if hash_text.len() != 8 {
            return None;
        }
        let mut hash = 0u64;
        for byte in hash_text.bytes() {
            let digit = BASE32.iter().position(|&b| b == byte)? as u64;
            hash = (hash << 5) | digit;
        }
        Some(PassageId { hash, dup })
    }
}

impl fmt::Display for PassageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = [0u8; 8];
        for (i, slot) in out.iter_mut().enumerate() {
            let shift = 5 * (7 - i);
            *slot = BASE32[((self.hash >> shift) & 31) as usize];
        }
        // The alphabet is ASCII, so this cannot fail.
        f.write_str(std::str::from_utf8(&out).unwrap_or("00000000"))?;
        if self.dup > 0 {
            // Saturating: a damaged id never panics (the wire refuses `u32::MAX` anyway).
            write!(f, "-{}", self.dup.saturating_add(1))?;
        }
        Ok(())
    }
}

/// An index into [`Analysis::actors`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorId(pub u32);

impl ActorId {
    /// The index into [`Analysis::actors`].
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// What sort of thing an actor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorKind {
    Person,
    Organization,
    Group,
    Document,
    Unknown,
}

impl ActorKind {
    /// The lower-case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
            ActorKind::Document => "document",
            ActorKind::Unknown => "unknown",
        }
    }
}

/// Someone or something that speaks in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub id: ActorId,
    /// A readable, unique slug such as `chinese-mission-to-the-eu`; the external id.
    pub slug: String,
    /// The display name, such as `Chinese Mission to the EU`.
    pub name: String,
    pub kind: ActorKind,
    /// The organisation this actor is a role of (a spokesperson of a mission).
    pub member_of: Option<ActorId>,
    /// Every mention, in text order, including pronouns and short names resolved to it.
    pub mentions: Vec<Span>,
    /// Other names the article gives this actor, such as an acronym's expansion
    /// (`Chinese Mission to the European Union`) or the acronym itself.
    pub aliases: Vec<String>,
}

/// What a passage is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PassageKind {
    Headline,
    Sentence,
    Caption,
}

impl PassageKind {
    /// The lower-case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            PassageKind::Headline => "headline",
            PassageKind::Sentence => "sentence",
            PassageKind::Caption => "caption",
        }
    }
}

/// A block of text: the headline, a caption or a body paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// `Sentence` for body paragraphs.
    pub kind: PassageKind,
}

/// The unit the explorer shows, filters and links to: a sentence, the headline or a caption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    pub id: PassageId,
    pub kind: PassageKind,
    /// The index into [`Analysis::paragraphs`].
    pub paragraph: u32,
    pub span: Span,
    /// Who speaks this passage, sorted; empty for the article's own voice.
    pub speakers: Vec<ActorId>,
}

/// A quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// The quoted words, without the marks.
    pub content: Span,
    /// A short quoted phrase that is not a statement of its own.
    pub scare: bool,
}

/// How a statement is attributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AttributionKind {
    Direct,
    Indirect,
    Mixed,
    AccordingTo,
    Headline,
}

impl AttributionKind {
    /// The lower-case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Direct => "direct",
            AttributionKind::Indirect => "indirect",
            AttributionKind::Mixed => "mixed",
            AttributionKind::AccordingTo => "according-to",
            AttributionKind::Headline => "headline",
        }
    }
}

/// One statement given to one actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub kind: AttributionKind,
    pub actor: ActorId,
    /// The mention that names the speaker (`the Mission`, `He`).
    pub source: Option<Span>,
    /// The reporting cue (`said`, `accused … of`, `According to`).
    pub cue: Option<Span>,
    /// What is said.
    pub content: Vec<Span>,
}

/// A calendar date and time of day, as printed in a dateline.
///
/// # Examples
/// ```
/// let text = "Rain falls: forecasters\nPublished: Jul 20, 2021 01:58 PM\n\nIt rained.";
/// let published = article_explorer::analysis::analyze(text).meta.published.unwrap();
/// assert_eq!(published.to_string(), "2021-07-20T13:58");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// Hour and minute on the 24-hour clock, when the dateline gives a time.
    pub time: Option<(u8, u8)>,
}

impl fmt::Display for DateTime {
    /// `YYYY-MM-DDTHH:MM`, or `YYYY-MM-DD` without a time.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Every number as u32: each integer type's `Display` is its own code in the page's wasm.
        let (year, month, day) = (
            u32::from(self.year),
            u32::from(self.month),
            u32::from(self.day),
        );
        write!(f, "{year:04}-{month:02}-{day:02}")?;
        if let Some((hour, minute)) = self.time {
            let (hour, minute) = (u32::from(hour), u32::from(minute));
            write!(f, "T{hour:02}:{minute:02}")?;
        }
        Ok(())
    }
}

/// Metadata lines at the top of an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// The section or kicker line, such as `CHINA / POLITICS`.
    pub section: Option<Span>,
    pub headline: Option<Span>,
    pub published: Option<DateTime>,
    /// The whole dateline.
    pub published_span: Option<Span>,
    pub byline: Option<Span>,
    /// Photo captions, de-duplicated, in text order.
    pub captions: Vec<Span>,
}

impl Meta {
    /// A metadata line for display: whitespace runs (including non-breaking spaces) folded to
    /// one ASCII space, trimmed.
    ///
    /// # Examples
    /// ```
    /// use article_explorer::analysis::Meta;
    /// assert_eq!(Meta::clean("CHINA\u{a0}/\u{a0}POLITICS "), "CHINA / POLITICS");
    /// ```
    pub fn clean(line: &str) -> String {
        super::text::fold_spaces(line)
    }

    /// The byline of `text` without a leading `By `, cleaned with [`Meta::clean`].
    ///
    /// # Examples
    /// ```
    /// let text = "Rain falls: forecasters\nBy Jane Doe\n\nIt rained.";
    /// let analysis = article_explorer::analysis::analyze(text);
    /// assert_eq!(analysis.meta.byline_text(text).as_deref(), Some("Jane Doe"));
    /// ```
    pub fn byline_text(&self, text: &str) -> Option<String> {
        let line = Meta::clean(self.byline?.slice(text));
        let lower = line.to_ascii_lowercase();
        for prefix in ["by ", "written by ", "words by "] {
            if lower.starts_with(prefix) {
                return line.get(prefix.len()..).map(str::to_string);
            }
        }
        for prefix in ["author:", "authors:", "reporter:"] {
            if lower.starts_with(prefix) {
                return line.get(prefix.len()..).map(|rest| rest.trim().to_string());
            }
        }
        Some(line)
    }

    /// The section line of `text`, cleaned with [`Meta::clean`].
    ///
    /// # Examples
    /// ```
    /// let text = "WORLD\u{a0}/\u{a0}EUROPE\nRain falls: forecasters\n\nIt rained.";
    /// let analysis = article_explorer::analysis::analyze(text);
    /// assert_eq!(analysis.meta.section_text(text).as_deref(), Some("WORLD / EUROPE"));
    /// ```
    pub fn section_text(&self, text: &str) -> Option<String> {
        self.section.map(|span| Meta::clean(span.slice(text)))
    }
}

/// Something odd in the input, such as an unbalanced quotation mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    /// One of a few fixed sentences: no allocation for each of thousands of marks.
    pub message: &'static str,
}

/// Everything the engine finds in one article. Spans index the analysed text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    pub meta: Meta,
    pub paragraphs: Vec<Paragraph>,
    /// In text order, non-overlapping.
    pub passages: Vec<Passage>,
    pub quotes: Vec<Quote>,
    pub actors: Vec<Actor>,
    pub attributions: Vec<Attribution>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    /// The actor with this id.
    ///
    /// # Examples
    /// ```
    /// let text = "Fares rise: operator\n\nFares will rise in May, the operator said.";
    /// let analysis = article_explorer::analysis::analyze(text);
    /// let speaker = analysis.passages[1].speakers[0];
    /// assert_eq!(analysis.actor(speaker).map(|actor| actor.slug.as_str()), Some("operator"));
    /// ```
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.get(id.index())
    }
}
