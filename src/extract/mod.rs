//! HTML article extraction: a page saved from a news site (or HTML from the clipboard) becomes
//! the plain-text article format that [`crate::analysis::analyze`] reads.
//!
//! Pure and total: a small hand-written tokenizer (`tokenize`, `entities`), a flat document
//! tree (`tree`), the choice of article root and metadata (`pick`) and the body walk (`body`).
//! Every stage is linear in the input. No script or style content and no attribute value
//! reaches the text, except `<meta content>` and `<time datetime>` for the metadata; control
//! characters (but line feed and tab) and bidi overrides never do.

mod body;
mod entities;
mod pick;
mod tokenize;
mod tree;

/// An extracted article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The article in the engine's plain-text format: an optional section line (capitals), the
    /// headline, `Published: <ISO date>`, `By <byline>`, a blank line, then the body blocks
    /// separated by blank lines.
    pub text: String,
    pub headline: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` from the page's machine-readable date, else the
    /// visible text of its `<time>` element.
    pub published: Option<String>,
    /// The byline without a leading `By `.
    pub byline: Option<String>,
}

/// Whether pasted or dropped data is HTML rather than plain text: it opens with a doctype or
/// an `<html>`/`<head>`/`<body>`/`<meta>` tag, or its first 4 KB hold at least two common tags
/// (`<p>`, `</p>`, `<div`, `<br`, …). Plain text with a stray `<` is not HTML.
///
/// # Examples
/// ```
/// use article_explorer::extract::looks_like_html;
/// assert!(looks_like_html("<!DOCTYPE html><title>x</title>"));
/// assert!(looks_like_html("<p>One</p><p>Two</p>"));
/// assert!(!looks_like_html("Profits rose <5% in May, and 2 < 3.\n\nThe <p> tag, she said."));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    const OPENERS: &[&str] = &["<!doctype", "<html", "<head", "<body", "<meta", "<?xml"];
    const TAGS: &[&str] = &[
        "<p>",
        "<p ",
        "</p>",
        "<div",
        "</div>",
        "<br",
        "<article",
        "<span",
        "</span>",
        "<a href",
        "</a>",
        "<h1",
        "<h2",
        "<li>",
        "<section",
        "<main",
        "<figure",
        "<blockquote",
        "<b>",
        "<em>",
    ];
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let mut end = start.len().min(4096);
    while !start.is_char_boundary(end) {
        end -= 1;
    }
    let head = start.get(..end).unwrap_or("").to_ascii_lowercase();
    if OPENERS.iter().any(|opener| head.starts_with(opener)) {
        return true;
    }
    let n_tags: usize = TAGS.iter().map(|tag| head.matches(tag).count()).sum();
    n_tags >= 2
}

/// Extracts the article from an HTML page.
///
/// # Examples
/// ```
/// let html = "<header><h1>Daily Planet</h1></header><article><h1>Rain &amp; wind</h1>\
///             <time datetime=\"2024-05-01T09:30:00Z\">1 May</time><p>It rained.</p></article>";
/// let extracted = article_explorer::extract::article_from_html(html);
/// assert_eq!(extracted.text, "Rain & wind\nPublished: 2024-05-01T09:30\n\nIt rained.\n");
/// ```
pub fn article_from_html(html: &str) -> Extracted {
    let doc = tree::build(html);
    let range = pick::root(&doc);
    let (headline, headline_node) = pick::headline(&doc, range);
    let published = pick::published(&doc, range);
    let mut byline = pick::byline(&doc, range);
    let section = headline
        .as_deref()
        .and_then(|headline| pick::section(&doc, range, Some(headline)));
    let mut blocks = body::blocks(&doc, range, headline_node);
    if byline.is_none() {
        byline = take_byline_paragraph(&mut blocks);
    }
    let mut parts = Vec::new();
    let dateline = published.as_ref().map(|date| format!("Published: {date}"));
    let by = byline.as_ref().map(|byline| format!("By {byline}"));
    let header = |top: &[&Option<String>]| {
        let lines = top.iter().copied().chain([&dateline, &by]).flatten();
        lines.cloned().collect::<Vec<_>>().join("\n")
    };
    let full = header(&[&section, &headline]);
    if headline.is_none() || engine_reads_headline(&full) {
        parts.push(full);
    } else {
        // A headline the engine would not read as one (`iPhone sales slump`, two sentences)
        // would turn the whole header into body text: it leads the body instead.
        parts.push(header(&[]));
        parts.extend(headline.clone());
    }
    parts.retain(|part| !part.is_empty());
    parts.extend(blocks.into_iter().map(|block| block.text));
    let mut text = parts.join("\n\n");
    if !text.is_empty() {
        text.push('\n');
    }
    Extracted {
        text,
        headline,
        published,
        byline,
    }
}

/// Whether the engine reads a headline in `header` (followed by a body).
fn engine_reads_headline(header: &str) -> bool {
    // The engine reads no headline over 250 characters; a longer header is not analysed.
    if header.len() > 2000 {
        return false;
    }
    let probe = format!("{header}\n\nThe body follows.");
    crate::analysis::analyze(&probe).meta.headline.is_some()
}

/// A `By Jane Doe` paragraph among the first three blocks is the byline (removed from the body).
fn take_byline_paragraph(blocks: &mut Vec<body::Block>) -> Option<String> {
    let at = blocks.iter().take(3).position(|block| {
        let text = block.untimed.as_str();
        let rest = text.get(..3).filter(|by| by.eq_ignore_ascii_case("by "));
        rest.is_some()
            && text
                .get(3..)
                .is_some_and(|name| name.starts_with(char::is_uppercase))
            && text.split_whitespace().count() <= 8
            && !text.ends_with('.')
    })?;
    let block = blocks.remove(at);
    Some(pick::clean_byline(&block.untimed)).filter(|byline| !byline.is_empty())
}
