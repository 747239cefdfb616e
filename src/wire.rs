//! A compact binary encoding of what the explorer shows of an [`Analysis`]: metadata,
//! paragraphs, passages, quotations and actors (without mentions, aliases, attribution records
//! or diagnostics, which the explorer does not display).
//!
//! It carries analyses from where the engine runs to the explorer's wasm, which holds no engine:
//! from the build (the default article's analysis is computed by `build.rs` and compiled in) and
//! from the Web Worker that analyses any other article. Pure Rust, no web crates.
//!
//! Format (version 1): the magic `AE1`, then LEB128 unsigned integers and length-prefixed
//! UTF-8 strings, field by field in the order of [`encode`]. [`decode`] is total: malformed
//! input gives `None`, never a panic.

use crate::analysis::{
    Actor, ActorId, ActorKind, Analysis, DateTime, Meta, Paragraph, Passage, PassageId,
    PassageKind, Quote, Span,
};

const MAGIC: &[u8; 3] = b"AE1";

/// The analysis as the wire carries it: without mentions, aliases, attributions and
/// diagnostics. `decode(&encode(a))` equals `shown(a)`; the tests and fuzz targets check it.
pub fn shown(mut analysis: Analysis) -> Analysis {
    for actor in &mut analysis.actors {
        actor.mentions.clear();
        actor.aliases.clear();
    }
    analysis.attributions.clear();
    analysis.diagnostics.clear();
    analysis
}

/// Encodes the parts of `analysis` the explorer shows.
pub fn encode(analysis: &Analysis) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(64 + analysis.passages.len() * 16));
    w.0.extend_from_slice(MAGIC);
    let meta = &analysis.meta;
    w.opt_span(meta.section);
    w.opt_span(meta.headline);
    match meta.published {
        Some(date) => {
            w.uint(1);
            w.uint(u64::from(date.year));
            w.uint(u64::from(date.month));
            w.uint(u64::from(date.day));
            match date.time {
                Some((hour, minute)) => {
                    w.uint(1);
                    w.uint(u64::from(hour));
                    w.uint(u64::from(minute));
                }
                None => w.uint(0),
            }
        }
        None => w.uint(0),
    }
    w.opt_span(meta.published_span);
    w.opt_span(meta.byline);
    w.uint(meta.captions.len() as u64);
    for &span in &meta.captions {
        w.span(span);
    }
    w.uint(analysis.paragraphs.len() as u64);
    for paragraph in &analysis.paragraphs {
        w.span(paragraph.span);
        w.uint(passage_kind_code(paragraph.kind));
    }
    w.uint(analysis.passages.len() as u64);
    for passage in &analysis.passages {
        w.uint(passage.id.hash);
        w.uint(u64::from(passage.id.dup));
        w.uint(passage_kind_code(passage.kind));
        w.uint(u64::from(passage.paragraph));
        w.span(passage.span);
        w.uint(passage.speakers.len() as u64);
        for actor in &passage.speakers {
            w.uint(u64::from(actor.0));
        }
    }
    w.uint(analysis.quotes.len() as u64);
    for quote in &analysis.quotes {
        w.span(quote.span);
        w.span(quote.content);
        w.uint(u64::from(quote.scare));
    }
    w.uint(analysis.actors.len() as u64);
    for actor in &analysis.actors {
        w.str(&actor.slug);
        w.str(&actor.name);
        w.uint(actor_kind_code(actor.kind));
        w.uint(actor.member_of.map_or(0, |id| u64::from(id.0) + 1));
    }
    w.0
}

/// Decodes what [`encode`] wrote; `None` for anything else.
pub fn decode(bytes: &[u8]) -> Option<Analysis> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(3)? != MAGIC {
        return None;
    }
    let section = r.opt_span()?;
    let headline = r.opt_span()?;
    let published = match r.uint()? {
        0 => None,
        _ => {
            let year = u16::try_from(r.uint()?).ok()?;
            let month = u8::try_from(r.uint()?).ok()?;
            let day = u8::try_from(r.uint()?).ok()?;
            let time = match r.uint()? {
                0 => None,
                _ => Some((u8::try_from(r.uint()?).ok()?, u8::try_from(r.uint()?).ok()?)),
            };
            Some(DateTime {
                year,
                month,
                day,
                time,
            })
        }
    };
    let published_span = r.opt_span()?;
    let byline = r.opt_span()?;
    let captions = r.list(|r| r.span())?;
    let paragraphs = r.list(|r| {
        Some(Paragraph {
            span: r.span()?,
            kind: passage_kind(r.uint()?)?,
        })
    })?;
    let passages = r.list(|r| {
        let id = PassageId {
            hash: r.uint()?,
            // Its text form is `-{dup + 1}`: the largest u32 has none (a fuzzer's find).
            dup: u32::try_from(r.uint()?)
                .ok()
                .filter(|&dup| dup < u32::MAX)?,
        };
        let kind = passage_kind(r.uint()?)?;
        let paragraph = u32::try_from(r.uint()?).ok()?;
        let span = r.span()?;
        let speakers = r.list(|r| Some(ActorId(u32::try_from(r.uint()?).ok()?)))?;
        Some(Passage {
            id,
            kind,
            paragraph,
            span,
            speakers,
        })
    })?;
    let quotes = r.list(|r| {
        Some(Quote {
            span: r.span()?,
            content: r.span()?,
            scare: r.uint()? != 0,
        })
    })?;
    let mut actor_idx = 0u32;
    let actors = r.list(|r| {
        let slug = r.str()?;
        let name = r.str()?;
        let kind = actor_kind(r.uint()?)?;
        let member_of = match r.uint()? {
            0 => None,
            n => Some(ActorId(u32::try_from(n - 1).ok()?)),
        };
        let id = ActorId(actor_idx);
        actor_idx += 1;
        Some(Actor {
            id,
            slug,
            name,
            kind,
            member_of,
            mentions: Vec::new(),
            aliases: Vec::new(),
        })
    })?;
    if r.pos != bytes.len() {
        return None;
    }
    Some(Analysis {
        meta: Meta {
            section,
            headline,
            published,
            published_span,
            byline,
            captions,
        },
        paragraphs,
        passages,
        quotes,
        actors,
        attributions: Vec::new(),
        diagnostics: Vec::new(),
    })
}

/// Articles longer than this get a preview first (see [`preview_len`]).
pub const PREVIEW_MIN_LEN: usize = 16_000;
/// The preview covers at least this much of the text.
const PREVIEW_TARGET_LEN: usize = 6_000;
/// And at most this much, whatever the text's line breaks.
const PREVIEW_MAX_LEN: usize = 12_000;

/// Where the analysis worker cuts a long article for a quick first answer: always a prefix of
/// [`PREVIEW_TARGET_LEN`] to [`PREVIEW_MAX_LEN`] bytes, ending at the first paragraph end in that
/// window, else a line break, else a sentence end (`.`, `!` or `?` then a space), else a space,
/// else a character boundary. `None` for short articles.
///
/// # Examples
/// ```
/// use article_explorer::wire::preview_len;
/// assert_eq!(preview_len("A short article."), None);
/// let long = "A sentence here. ".repeat(500) + "\n\n" + &"More text. ".repeat(1000);
/// assert_eq!(preview_len(&long), Some(8_500));
/// // One paragraph: cut after a sentence, not at the end.
/// let one = "A sentence here. ".repeat(2_000);
/// assert_eq!(preview_len(&one), Some(6_017));
/// ```
pub fn preview_len(text: &str) -> Option<usize> {
    if text.len() <= PREVIEW_MIN_LEN {
        return None;
    }
    let window = &text.as_bytes()[PREVIEW_TARGET_LEN..PREVIEW_MAX_LEN];
    let sentence_end = |pair: &[u8]| matches!(pair[0], b'.' | b'!' | b'?') && pair[1] == b' ';
    // All the cut bytes are ASCII, so each cut is on a char boundary.
    let cut = window
        .windows(2)
        .position(|pair| pair == b"\n\n")
        .or_else(|| window.iter().position(|&b| b == b'\n'))
        .or_else(|| window.windows(2).position(sentence_end).map(|pos| pos + 1))
        .or_else(|| window.iter().position(|&b| b == b' '))
        .map(|pos| PREVIEW_TARGET_LEN + pos);
    cut.or_else(|| {
        (PREVIEW_TARGET_LEN..=PREVIEW_MAX_LEN)
            .rev()
            .find(|&i| text.is_char_boundary(i))
    })
}

fn passage_kind_code(kind: PassageKind) -> u64 {
    match kind {
        PassageKind::Headline => 0,
        PassageKind::Sentence => 1,
        PassageKind::Caption => 2,
    }
}

fn passage_kind(code: u64) -> Option<PassageKind> {
    [
        PassageKind::Headline,
        PassageKind::Sentence,
        PassageKind::Caption,
    ]
    .get(usize::try_from(code).ok()?)
    .copied()
}

const ACTOR_KINDS: [ActorKind; 5] = [
    ActorKind::Person,
    ActorKind::Organization,
    ActorKind::Group,
    ActorKind::Document,
    ActorKind::Unknown,
];

fn actor_kind_code(kind: ActorKind) -> u64 {
    ACTOR_KINDS.iter().position(|&k| k == kind).unwrap_or(4) as u64
}

fn actor_kind(code: u64) -> Option<ActorKind> {
    ACTOR_KINDS.get(usize::try_from(code).ok()?).copied()
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    fn span(&mut self, span: Span) {
        self.uint(span.start as u64);
        self.uint(span.len() as u64);
    }

    fn opt_span(&mut self, span: Option<Span>) {
        match span {
            Some(span) => {
                self.uint(1);
                self.span(span);
            }
            None => self.uint(0),
        }
    }

    fn str(&mut self, text: &str) {
        self.uint(text.len() as u64);
        self.0.extend_from_slice(text.as_bytes());
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let slice = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(slice)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.pos)?;
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.uint()?).ok()
    }

    fn span(&mut self) -> Option<Span> {
        let start = self.usize()?;
        let len = self.usize()?;
        Some(Span::new(start, start.checked_add(len)?))
    }

    fn opt_span(&mut self) -> Option<Option<Span>> {
        match self.uint()? {
            0 => Some(None),
            _ => Some(Some(self.span()?)),
        }
    }

    fn str(&mut self) -> Option<String> {
        let len = self.usize()?;
        String::from_utf8(self.take(len)?.to_vec()).ok()
    }

    /// A length-prefixed list. The length is checked against the bytes left (every item takes at
    /// least one byte), so a hostile length cannot make it allocate without bound.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.usize()?;
        if n > self.bytes.len() - self.pos {
            return None;
        }
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }
}
