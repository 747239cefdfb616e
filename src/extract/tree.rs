//! The document as a flat list of nodes in document order. Each element knows where its
//! subtree ends, and carries flags inherited from its ancestors (dropped, inside the article,
//! part of a byline, …), so extraction is a few linear scans without recursion.

use super::tokenize::{Token, Tokenizer};

/// Deeper elements are not opened (their text belongs to the deepest open element).
const MAX_DEPTH: usize = 256;
/// How far down the open elements an end tag looks for its start tag.
const END_TAG_REACH: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Text,
    Head,
    Body,
    Title,
    Meta,
    Article,
    Main,
    Header,
    P,
    H1,
    Heading,
    Li,
    List,
    Figcaption,
    /// Other elements that start a new paragraph (`div`, `section`, `blockquote`, `td`, …).
    Block,
    Br,
    Time,
    A,
    /// Elements dropped with their content (`nav`, `footer`, `aside`, `form`, `svg`, …).
    Drop,
    Inline,
}

pub const DROPPED: u16 = 1;
/// Inside `article`, `main` or `[itemprop=articleBody]` (or that element itself).
pub const IN_ARTICLE: u16 = 2;
pub const ARTICLE: u16 = 4;
pub const BYLINE: u16 = 8;
pub const TIME: u16 = 16;
pub const KICKER: u16 = 32;
pub const CAPTION: u16 = 64;
pub const BREADCRUMB: u16 = 128;
/// `[itemprop=articleBody]`.
pub const ARTICLE_BODY: u16 = 256;

pub struct Node {
    pub tag: Tag,
    /// Flags inherited from the parent.
    pub up: u16,
    /// The element's own flags.
    pub own: u16,
    /// One past the last node of the subtree.
    pub end: u32,
    /// A text node's text in `Doc::text`.
    pub text: (u32, u32),
    /// `meta`: (property or name, content); `time`: ("", datetime).
    pub attrs: Option<Box<(String, String)>>,
}

impl Node {
    pub fn flags(&self) -> u16 {
        self.up | self.own
    }
}

#[derive(Default)]
pub struct Doc {
    pub nodes: Vec<Node>,
    pub text: String,
}

impl Doc {
    pub fn text_of(&self, node: &Node) -> &str {
        self.text
            .get(node.text.0 as usize..node.text.1 as usize)
            .unwrap_or("")
    }
}

struct Open {
    idx: usize,
    tag: Tag,
    hash: u32,
}

fn tag_of(name: &str) -> Tag {
    match name {
        "head" => Tag::Head,
        "body" => Tag::Body,
        "title" => Tag::Title,
        "meta" => Tag::Meta,
        "article" => Tag::Article,
        "main" => Tag::Main,
        "header" => Tag::Header,
        "p" => Tag::P,
        "h1" => Tag::H1,
        "h2" | "h3" | "h4" | "h5" | "h6" => Tag::Heading,
        "li" | "dt" | "dd" => Tag::Li,
        "ul" | "ol" | "dl" | "menu" => Tag::List,
        "figcaption" => Tag::Figcaption,
        "br" => Tag::Br,
        "time" => Tag::Time,
        "a" => Tag::A,
        "html" | "div" | "section" | "blockquote" | "figure" | "table" | "tr" | "td" | "th"
        | "pre" | "hr" | "address" | "details" | "summary" | "center" | "caption" => Tag::Block,
        "nav" | "footer" | "aside" | "form" | "script" | "style" | "noscript" | "template"
        | "svg" | "math" | "iframe" | "button" | "select" | "textarea" | "object" | "video"
        | "audio" | "canvas" | "dialog" | "xmp" | "noembed" | "noframes" | "plaintext" => Tag::Drop,
        _ => Tag::Inline,
    }
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Whether the tag starts a new paragraph.
pub fn is_block(tag: Tag) -> bool {
    !matches!(tag, Tag::Text | Tag::Br | Tag::Time | Tag::A | Tag::Inline)
}

fn hash(name: &str) -> u32 {
    name.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Lower-case ASCII words of a class or id value (`ad-slot` → `ad`, `slot`).
fn words(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
}

fn is_dropped_word(word: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "related",
        "share",
        "sharing",
        "social",
        "newsletter",
        "promo",
        "advert",
        "sponsor",
    ];
    matches!(word, "ad" | "ads" | "comments")
        || PREFIXES.iter().any(|prefix| word.starts_with(prefix))
}

/// The element's own flags from its tag, attributes and the flags it inherits.
fn own_flags(tag: Tag, attrs: &[(String, String)], up: u16) -> u16 {
    let mut own = match tag {
        Tag::Drop => DROPPED,
        Tag::Header if up & IN_ARTICLE == 0 => DROPPED,
        Tag::Article => IN_ARTICLE | ARTICLE,
        Tag::Main => IN_ARTICLE,
        Tag::Time => TIME,
        Tag::Figcaption => CAPTION,
        _ => 0,
    };
    for (name, value) in attrs {
        match name.as_str() {
            "class" | "id" => {
                for word in words(value) {
                    if is_dropped_word(&word) && !matches!(tag, Tag::Body | Tag::Main) {
                        own |= DROPPED;
                    }
                    own |= match word.as_str() {
                        "kicker" | "eyebrow" => KICKER,
                        _ if word.starts_with("byline") => BYLINE,
                        _ if word.starts_with("breadcrumb") => BREADCRUMB,
                        _ => 0,
                    };
                }
            }
            "rel" | "itemprop" if words(value).any(|word| word == "author") => own |= BYLINE,
            "itemprop" if words(value).any(|word| word == "articlebody") => {
                own |= IN_ARTICLE | ARTICLE_BODY;
            }
            _ => {}
        }
    }
    own
}

/// The `(key, value)` a `meta` or `time` element keeps.
fn kept_attrs(tag: Tag, attrs: &[(String, String)]) -> Option<Box<(String, String)>> {
    let get = |key: &str| {
        attrs
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value.as_str())
    };
    match tag {
        Tag::Meta => {
            let key = get("property").or(get("name")).or(get("itemprop"))?;
            Some(Box::new((
                key.to_ascii_lowercase(),
                get("content")?.to_string(),
            )))
        }
        Tag::Time => Some(Box::new((String::new(), get("datetime")?.to_string()))),
        _ => None,
    }
}

struct Builder {
    doc: Doc,
    open: Vec<Open>,
}

impl Builder {
    fn top_flags(&self) -> u16 {
        self.open
            .last()
            .map_or(0, |open| self.doc.nodes[open.idx].flags())
    }

    fn top_tag(&self) -> Option<Tag> {
        self.open.last().map(|open| open.tag)
    }

    /// Closes the open elements from the top down to (and including) position `depth`.
    fn close_to(&mut self, depth: usize) {
        let end = self.doc.nodes.len() as u32;
        for open in self.open.drain(depth..) {
            self.doc.nodes[open.idx].end = end;
        }
    }

    /// The depth of the nearest open element matching `found`, looking at most `reach` deep
    /// and not past an element matching `stop`.
    fn find_open(
        &self,
        reach: usize,
        found: impl Fn(&Open) -> bool,
        stop: impl Fn(&Open) -> bool,
    ) -> Option<usize> {
        for (depth, open) in self.open.iter().enumerate().rev().take(reach) {
            if found(open) {
                return Some(depth);
            }
            if stop(open) {
                return None;
            }
        }
        None
    }

    /// The end tags that browsers imply before a start tag.
    fn imply_ends(&mut self, tag: Tag, name: &str) {
        let body_content = matches!(
            tag,
            Tag::Article | Tag::Main | Tag::Header | Tag::P | Tag::H1 | Tag::Heading | Tag::Li
        ) || matches!(tag, Tag::List | Tag::Figcaption | Tag::Block)
            && name != "html";
        if body_content {
            self.close_head();
        }
        let close = match tag {
            Tag::Li => self.find_open(16, |o| o.tag == Tag::Li, |o| o.tag == Tag::List),
            Tag::Body => self.find_open(4, |o| o.tag == Tag::Head, |_| false),
            Tag::H1 | Tag::Heading => self.find_open(
                1,
                |o| matches!(o.tag, Tag::H1 | Tag::Heading | Tag::P),
                |_| false,
            ),
            _ if is_block(tag) => self.find_open(1, |o| o.tag == Tag::P, |_| false),
            _ => None,
        };
        if let Some(depth) = close {
            self.close_to(depth);
        }
    }

    /// Body content (a block element, or text that is not all spaces) ends an open `head`.
    fn close_head(&mut self) {
        if let Some(depth) = self.find_open(4, |o| o.tag == Tag::Head, |_| false) {
            self.close_to(depth);
        }
    }

    fn start(&mut self, name: &str, attrs: &[(String, String)]) {
        let tag = tag_of(name);
        if tag == Tag::Br {
            return self.push(tag, 0, None, None);
        }
        self.imply_ends(tag, name);
        let void = is_void(name);
        if !void && self.open.len() >= MAX_DEPTH {
            return;
        }
        let up = self.top_flags();
        let own = own_flags(tag, attrs, up);
        let open = (!void).then(|| hash(name));
        self.push(tag, own, kept_attrs(tag, attrs), open);
    }

    /// Adds a node; `open`: the name hash of an element that stays open for its content.
    fn push(
        &mut self,
        tag: Tag,
        own: u16,
        attrs: Option<Box<(String, String)>>,
        open: Option<u32>,
    ) {
        let idx = self.doc.nodes.len();
        self.doc.nodes.push(Node {
            tag,
            up: self.top_flags(),
            own,
            end: idx as u32 + 1,
            text: (0, 0),
            attrs,
        });
        if let Some(hash) = open {
            self.open.push(Open { idx, tag, hash });
        }
    }

    fn end(&mut self, name: &str) {
        match tag_of(name) {
            Tag::Br => self.push(Tag::Br, 0, None, None),
            Tag::Body => {}
            _ if name == "html" => {}
            _ => {
                let wanted = hash(name);
                if let Some(depth) = self.find_open(END_TAG_REACH, |o| o.hash == wanted, |_| false)
                {
                    self.close_to(depth);
                }
            }
        }
    }

    fn text(&mut self, text: &str) {
        if self.top_tag() == Some(Tag::Head) {
            if text.trim().is_empty() {
                return;
            }
            self.close_head();
        }
        if text.is_empty() {
            return;
        }
        let start = self.doc.text.len() as u32;
        self.doc.text.push_str(text);
        let end = self.doc.text.len() as u32;
        self.push(Tag::Text, 0, None, None);
        if let Some(node) = self.doc.nodes.last_mut() {
            node.text = (start, end);
        }
    }
}

/// Parses `html` into a [`Doc`].
pub fn build(html: &str) -> Doc {
    let mut builder = Builder {
        doc: Doc::default(),
        open: Vec::new(),
    };
    for token in Tokenizer::new(html) {
        match token {
            Token::Start { name, attrs } => builder.start(&name, &attrs),
            Token::End { name } => builder.end(&name),
            Token::Text(text) => builder.text(&text),
        }
    }
    builder.close_to(0);
    builder.doc
}
