//! The "By speaker" transcript: each speaker's passages under their name, speakers ordered by
//! how much they say, with their share of the article and where they first speak; each passage
//! links back to its place in the article.

use super::html::escape;
use crate::analysis::Analysis;
use crate::ui::model::{display_name, tidy};

/// A speaker list longer than this points the reader to the filter: the search box, which in
/// this view filters speakers by name.
pub const FILTER_FROM: usize = 12;

/// The most passages listed under one speaker; the rest are counted.
const MAX_PASSAGES: usize = 500;

/// One speaker's part.
struct Part {
    name: String,
    /// Bytes of the speaker's passages.
    said: usize,
    passages: Vec<usize>,
}

/// The transcript of `analysis` (an analysis of `text`) as HTML.
pub fn transcript(text: &str, analysis: &Analysis) -> String {
    let mut parts: Vec<Option<Part>> = (0..analysis.actors.len()).map(|_| None).collect();
    let mut total = 0;
    for (index, passage) in analysis.passages.iter().enumerate() {
        let len = passage.span.end - passage.span.start;
        total += len;
        for speaker in &passage.speakers {
            let Some(slot) = parts.get_mut(speaker.index()) else {
                continue;
            };
            let part = slot.get_or_insert_with(|| Part {
                name: analysis
                    .actor(*speaker)
                    .map_or(String::new(), |a| display_name(&a.name)),
                said: 0,
                passages: Vec::new(),
            });
            part.said += len;
            part.passages.push(index);
        }
    }
    let mut parts: Vec<Part> = parts.into_iter().flatten().collect();
    parts.sort_by_key(|part| (std::cmp::Reverse(part.said), part.passages[0]));
    // The article (and its `h1`) is hidden while the transcript shows: this is the page's `h1`.
    let headline = analysis
        .meta
        .headline
        .map_or("Untitled article", |h| h.slice(text));
    let mut out = format!(
        "<h1 id=\"transcript-title\">By speaker: {}</h1>\
         <p class=\"statements-help\">Each speaker’s passages, the speaker who says most first. \
         Choose a passage to read it in the article.</p>",
        escape(&tidy(headline))
    );
    if parts.is_empty() {
        out.push_str("<p class=\"statements-empty\">Nobody is quoted in this article.</p>");
        return out;
    }
    if parts.len() > FILTER_FROM {
        out.push_str(&format!(
            "<p class=\"statements-help\">{} speakers: type part of a name in the search box \
             above to list only those speakers.</p>",
            parts.len()
        ));
    }
    for part in &parts {
        group(text, analysis, part, total, &mut out);
    }
    out
}

fn group(text: &str, analysis: &Analysis, part: &Part, total: usize, out: &mut String) {
    let first = &analysis.passages[part.passages[0]];
    let share = (part.said * 100).checked_div(total).unwrap_or(0);
    let n = part.passages.len();
    out.push_str(&format!(
        "<section class=\"speaker-group\" data-name=\"{name}\"><h2>{name}</h2>\
         <p class=\"share\">{share}% of the article · {n} {} · first speaks in paragraph {}</p><ol>",
        if n == 1 { "passage" } else { "passages" },
        first.paragraph + 1,
        name = escape(&part.name),
        share = share.max(1),
    ));
    for &index in part.passages.iter().take(MAX_PASSAGES) {
        let passage = &analysis.passages[index];
        out.push_str(&format!(
            "<li><a href=\"#p-{id}\" data-p=\"{id}\">{}</a></li>",
            escape(&tidy(passage.span.slice(text))),
            id = passage.id
        ));
    }
    out.push_str("</ol>");
    if n > MAX_PASSAGES {
        out.push_str(&format!(
            "<p class=\"share\">and {} more: filter the article to this speaker to read them all.</p>",
            n - MAX_PASSAGES
        ));
    }
    out.push_str("</section>");
}
