//! The article body: paragraphs, list items, blockquotes, subheadings and captions of the
//! chosen root, in document order, with whitespace collapsed.

use super::tree::{is_block, Doc, Tag, BREADCRUMB, BYLINE, CAPTION, DROPPED, KICKER, TIME};

/// A paragraph of the body (a caption is one too: one line, so that the engine can read a
/// `Photo: …` credit in it).
#[derive(Debug)]
pub struct Block {
    pub text: String,
    /// The text without that of `time` elements (for a `By Jane Doe · <time>` byline).
    pub untimed: String,
}

/// Text with whitespace runs folded into one space, built piece by piece.
#[derive(Default)]
pub struct Collapsed {
    pub text: String,
    space: bool,
}

impl Collapsed {
    pub fn push(&mut self, piece: &str) {
        for ch in piece.chars() {
            if ch.is_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.space = false;
                self.text.push(ch);
            }
        }
    }

    pub fn space(&mut self) {
        self.space = true;
    }

    fn take(&mut self) -> String {
        self.space = false;
        std::mem::take(&mut self.text)
    }
}

/// The collapsed text of node `idx`'s subtree, without dropped elements and without text in
/// elements with any of the `skip` flags.
pub fn subtree_text(doc: &Doc, idx: usize, skip: u16) -> String {
    let mut out = Collapsed::default();
    let end = doc.nodes.get(idx).map_or(0, |node| node.end as usize);
    let mut at = idx + 1;
    while let Some(node) = doc.nodes.get(at).filter(|_| at < end) {
        if node.own & DROPPED != 0 {
            at = (node.end as usize).max(at + 1);
            continue;
        }
        match node.tag {
            Tag::Text if node.flags() & skip == 0 => out.push(doc.text_of(node)),
            tag if is_block(tag) || tag == Tag::Br => out.space(),
            _ => {}
        }
        at += 1;
    }
    out.text
}

/// Whether a piece of text says more than a metadata label (`By`, `Published`, `|`).
fn has_content(piece: &str) -> bool {
    const LABELS: &[&str] = &["by", "published", "updated", "posted", "on", "at", "and"];
    piece.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        !word.is_empty() && !LABELS.iter().any(|label| word.eq_ignore_ascii_case(label))
    })
}

#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    current: Collapsed,
    untimed: Collapsed,
    /// Whether the current paragraph has text outside bylines, times and kickers.
    content: bool,
    line_breaks: u8,
}

impl Walk {
    fn flush(&mut self) {
        let text = self.current.take();
        let untimed = self.untimed.take();
        if self.content && !text.is_empty() {
            self.blocks.push(Block { text, untimed });
        }
        self.content = false;
        self.line_breaks = 0;
    }

    fn text(&mut self, piece: &str, flags: u16) {
        if piece.trim().is_empty() {
            self.space();
            return;
        }
        self.line_breaks = 0;
        self.current.push(piece);
        if flags & TIME == 0 {
            self.untimed.push(piece);
        }
        if flags & (BYLINE | TIME | KICKER | BREADCRUMB) == 0 && has_content(piece) {
            self.content = true;
        }
    }

    /// `<br>` is a space; two in a row end the paragraph.
    fn line_break(&mut self) {
        self.line_breaks += 1;
        if self.line_breaks >= 2 {
            self.flush();
        } else {
            self.space();
        }
    }

    fn space(&mut self) {
        self.current.space();
        self.untimed.space();
    }
}

/// The body blocks of the nodes `start..end`, skipping the subtree of node `skip` (the
/// headline) and dropped elements.
pub fn blocks(doc: &Doc, (start, end): (usize, usize), skip: Option<usize>) -> Vec<Block> {
    let mut walk = Walk::default();
    let mut open_ends: Vec<usize> = Vec::new();
    let mut at = start;
    while let Some(node) = doc.nodes.get(at).filter(|_| at < end) {
        while open_ends.last().is_some_and(|&open_end| open_end <= at) {
            open_ends.pop();
            walk.flush();
        }
        let skipped = node.flags() & DROPPED != 0
            || matches!(node.tag, Tag::Head | Tag::Title)
            || Some(at) == skip;
        if skipped {
            if is_block(node.tag) {
                walk.flush();
            }
            at = (node.end as usize).max(at + 1);
            continue;
        }
        match node.tag {
            Tag::Text => walk.text(doc.text_of(node), node.flags()),
            Tag::Br => walk.line_break(),
            // A figcaption is one line, whatever it holds.
            tag if is_block(tag) && node.up & CAPTION != 0 => walk.space(),
            tag if is_block(tag) => {
                walk.flush();
                open_ends.push(node.end as usize);
            }
            _ => {}
        }
        at += 1;
    }
    walk.flush();
    walk.blocks
}
