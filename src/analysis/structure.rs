//! Article structure: the metadata lines at the top (section, headline, dateline, byline,
//! captions) and the blocks of the body (paragraphs and captions).

use super::frugal::FastSet;
use super::meta::{
    is_byline, is_caption, is_lone_name, is_section, is_short_label, looks_like_headline,
    parse_dateline,
};
use super::text::{fold_spaces, lines, Line};
use super::{Meta, PassageKind, Span};

/// A block of the article: the headline, a caption or a body paragraph.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub span: Span,
    pub kind: PassageKind,
}

/// The structure of an article: its metadata and its blocks in document order.
#[derive(Debug, Default)]
pub struct Layout {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

/// Groups lines into blank-line separated runs.
fn groups(all_lines: &[Line]) -> Vec<&[Line]> {
    let mut out = Vec::new();
    let mut start = None;
    for (idx, line) in all_lines.iter().enumerate() {
        match (line.is_blank(), start) {
            (true, Some(group_start)) => {
                out.push(&all_lines[group_start..idx]);
                start = None;
            }
            (false, None) => start = Some(idx),
            _ => {}
        }
    }
    if let Some(group_start) = start {
        out.push(&all_lines[group_start..]);
    }
    out
}

fn ends_like_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    trimmed.ends_with(['.', '?', '!', '…', ':', '。', '！', '？'])
}

/// Whether a run of lines is one hard-wrapped paragraph rather than one paragraph per line.
fn is_hard_wrapped(text: &str, group: &[Line]) -> bool {
    let Some((_, body)) = group.split_last() else {
        return false;
    };
    if body.is_empty() {
        return true;
    }
    let all_medium = body.iter().all(|line| {
        let n_chars = line.span.slice(text).chars().count();
        (25..=110).contains(&n_chars)
    });
    all_medium
        && body
            .iter()
            .any(|line| !ends_like_sentence(line.span.slice(text)))
}

/// Splits a run of lines into paragraph spans.
fn paragraphs_of(text: &str, group: &[Line], out: &mut Vec<Span>) {
    let (Some(first), Some(last)) = (group.first(), group.last()) else {
        return;
    };
    if is_hard_wrapped(text, group) {
        out.push(Span::new(first.span.start, last.span.end));
        return;
    }
    // Otherwise a line is its own paragraph unless it continues the line before: that line
    // does not end like a sentence and this one starts in lower case (or the line before is
    // long prose cut off mid-sentence).
    let mut start = first.span.start;
    let mut end = first.span.end;
    for pair in group.windows(2) {
        let (previous, line) = (pair[0], pair[1]);
        let previous_text = previous.span.slice(text);
        let line_text = line.span.slice(text);
        let continues = !ends_like_sentence(previous_text);
        let lower_next = line_text.starts_with(|c: char| c.is_lowercase());
        let long_previous = previous_text.chars().count() >= 40;
        let bullet_next = line_text.starts_with(['•', '-', '*', '–', '—', '―', '“', '"', '‘', '«']);
        if continues && !bullet_next && (lower_next || long_previous) {
            end = line.span.end;
        } else {
            out.push(Span::new(start, end));
            start = line.span.start;
            end = line.span.end;
        }
    }
    out.push(Span::new(start, end));
}

/// Body blocks of plain text, without metadata heuristics.
pub fn plain_blocks(text: &str) -> Vec<Span> {
    let all_lines = lines(text);
    let mut out = Vec::new();
    for group in groups(&all_lines) {
        paragraphs_of(text, group, &mut out);
    }
    out
}

/// Finds the metadata lines and the blocks of an article.
pub fn layout(text: &str) -> Layout {
    let all_lines = lines(text);
    let mut layout = Layout::default();
    let mut seen_captions: FastSet<String> = FastSet::default();
    let non_blank: Vec<usize> = (0..all_lines.len())
        .filter(|&idx| !all_lines[idx].is_blank())
        .collect();

    // The header: metadata lines before the first body line.
    let mut body_from = all_lines.len();
    for (pos, &line_idx) in non_blank.iter().enumerate() {
        let line = all_lines[line_idx];
        let content = line.span.slice(text);
        let next_line = non_blank
            .get(pos + 1)
            .map(|&next| all_lines[next].span.slice(text));
        let followed_by_blank = all_lines.get(line_idx + 1).is_none_or(Line::is_blank);
        let meta = &mut layout.meta;
        if meta.published.is_none() && meta.published_span.is_none() {
            if let Some(parsed) = parse_dateline(content) {
                meta.published_span = Some(line.span);
                meta.published = parsed;
                continue;
            }
        }
        // `By Jane Doe`, or a lone name straight under the headline.
        let lone_name = meta.headline.is_some() && followed_by_blank && is_lone_name(content);
        if meta.byline.is_none() && (is_byline(content) || lone_name) {
            read_byline(meta, content, line.span);
            continue;
        }
        if is_caption(content) {
            push_caption(
                text,
                line.span,
                &mut seen_captions,
                &mut layout.blocks,
                &mut meta.captions,
            );
            continue;
        }
        if meta.headline.is_none() && meta.section.is_none() && meta.byline.is_none() {
            if let Some(next) = next_line {
                let longer =
                    next.split_whitespace().count() > content.split_whitespace().count() + 2;
                let next_is_meta =
                    parse_dateline(next).is_some() || is_byline(next) || is_caption(next);
                if (is_section(content) || (is_short_label(content) && longer))
                    && looks_like_headline(next)
                    && !next_is_meta
                {
                    meta.section = Some(line.span);
                    continue;
                }
            }
        }
        if meta.headline.is_none() && meta.published_span.is_none() && meta.byline.is_none() {
            let next_is_meta = next_line.is_some_and(|next| {
                parse_dateline(next).is_some() || is_byline(next) || is_caption(next)
            });
            // A title line straight above a paragraph of prose is a headline too.
            let above_prose = next_line.is_some_and(|next| {
                !ends_like_sentence(content)
                    && ends_like_sentence(next)
                    && next.chars().count() >= 2 * content.chars().count()
                    && next.split_whitespace().count() >= 12
            });
            if next_line.is_some()
                && looks_like_headline(content)
                && (followed_by_blank || next_is_meta || above_prose)
            {
                meta.headline = Some(line.span);
                layout.blocks.push(Block {
                    span: line.span,
                    kind: PassageKind::Headline,
                });
                continue;
            }
        }
        body_from = line_idx;
        break;
    }

    // The body: blank-line separated groups; a one-line group may be a caption.
    let body_lines = all_lines.get(body_from..).unwrap_or(&[]);
    for group in groups(body_lines) {
        if let [line] = group {
            if is_caption(line.span.slice(text)) {
                push_caption(
                    text,
                    line.span,
                    &mut seen_captions,
                    &mut layout.blocks,
                    &mut layout.meta.captions,
                );
                continue;
            }
        }
        let mut spans = Vec::new();
        paragraphs_of(text, group, &mut spans);
        layout.blocks.extend(spans.into_iter().map(|span| Block {
            span,
            kind: PassageKind::Sentence,
        }));
    }
    layout
}

/// Records the byline `content` of the line at `span`. `By Kasia Nowak | 12 May 2025`: a date
/// after a separator is the publication date (unless one is known) and not part of the byline.
fn read_byline(meta: &mut Meta, content: &str, span: Span) {
    let mut byline = span;
    for separator in [" | ", " · ", " — "] {
        if let Some(at) = content.find(separator) {
            let date_at = at + separator.len();
            if let Some(parsed) = content.get(date_at..).and_then(parse_dateline) {
                if meta.published.is_none() && meta.published_span.is_none() {
                    meta.published_span = Some(Span::new(span.start + date_at, span.end));
                    meta.published = parsed;
                    byline = Span::new(span.start, span.start + at);
                }
            }
            break;
        }
    }
    meta.byline = Some(byline);
}

fn push_caption(
    text: &str,
    span: Span,
    seen: &mut FastSet<String>,
    blocks: &mut Vec<Block>,
    captions: &mut Vec<Span>,
) {
    if !seen.insert(fold_spaces(span.slice(text))) {
        return;
    }
    captions.push(span);
    blocks.push(Block {
        span,
        kind: PassageKind::Caption,
    });
}
