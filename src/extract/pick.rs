//! Choosing the article's root element and its metadata: headline, byline, date and section.

use super::body::subtree_text;
use super::tree::{
    Doc, Node, Tag, ARTICLE, ARTICLE_BODY, BREADCRUMB, BYLINE, DROPPED, IN_ARTICLE, KICKER, TIME,
};

/// How many candidate elements are read for one field before giving up.
const MAX_TRIES: usize = 8;

fn live(node: &Node) -> bool {
    node.flags() & DROPPED == 0
}

/// The node range of the article: the one top-level `article` (or, with several, the `main`
/// that holds them, else the one with the most text), else `main`, else
/// `[itemprop=articleBody]`, else `body`, else the whole document.
pub fn root(doc: &Doc) -> (usize, usize) {
    let nodes = &doc.nodes;
    let first = |wanted: &dyn Fn(&Node) -> bool| nodes.iter().position(|n| live(n) && wanted(n));
    let articles: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].tag == Tag::Article && live(&nodes[i]) && nodes[i].up & ARTICLE == 0)
        .collect();
    let main = first(&|n| n.tag == Tag::Main);
    let inside = |outer: usize, inner: usize| outer < inner && inner < nodes[outer].end as usize;
    let chosen = match (articles.as_slice(), main) {
        ([], _) => main
            .or_else(|| first(&|n| n.own & ARTICLE_BODY != 0))
            .or_else(|| first(&|n| n.tag == Tag::Body)),
        ([only], _) => Some(*only),
        (_, Some(main)) => {
            let mut held = articles.iter().filter(|&&a| inside(main, a));
            match (held.next(), held.next()) {
                (Some(&only), None) => Some(only),
                _ => Some(main),
            }
        }
        (_, None) => articles
            .iter()
            .copied()
            .max_by_key(|&a| (text_len(doc, a), usize::MAX - a)),
    };
    chosen.map_or((0, nodes.len()), |i| (i + 1, nodes[i].end as usize))
}

fn text_len(doc: &Doc, idx: usize) -> usize {
    let end = doc.nodes[idx].end as usize;
    doc.nodes[idx..end]
        .iter()
        .filter(|n| n.tag == Tag::Text && live(n))
        .map(|n| (n.text.1 - n.text.0) as usize)
        .sum()
}

/// Live nodes matching `wanted` in `range`, then live ones elsewhere inside an article or
/// `main`, in document order.
fn candidates<'a>(
    doc: &'a Doc,
    (start, end): (usize, usize),
    wanted: impl Fn(&Node) -> bool + 'a,
) -> impl Iterator<Item = usize> + 'a {
    let in_range = start..end;
    let outside = (0..doc.nodes.len()).filter(move |i| !(start..end).contains(i));
    let wanted = std::rc::Rc::new(wanted);
    let also = wanted.clone();
    in_range
        .filter(move |&i| live(&doc.nodes[i]) && wanted(&doc.nodes[i]))
        .chain(outside.filter(move |&i| {
            let node = &doc.nodes[i];
            live(node) && node.flags() & IN_ARTICLE != 0 && also(node)
        }))
}

/// The value of the first `<meta>` whose property or name is `key`.
fn meta<'a>(doc: &'a Doc, key: &str) -> Option<&'a str> {
    doc.nodes
        .iter()
        .filter(|n| n.tag == Tag::Meta)
        .filter_map(|n| n.attrs.as_deref())
        .find(|(name, value)| name == key && !value.trim().is_empty())
        .map(|(_, value)| value.as_str())
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The headline and the node it came from: the first `h1` of the article, else `og:title`,
/// else the `<title>` without a trailing ` | Site`.
pub fn headline(doc: &Doc, range: (usize, usize)) -> (Option<String>, Option<usize>) {
    for idx in candidates(doc, range, |n| n.tag == Tag::H1).take(MAX_TRIES) {
        let text = subtree_text(doc, idx, 0);
        if !text.is_empty() {
            return (Some(text), Some(idx));
        }
    }
    if let Some(title) = meta(doc, "og:title").or_else(|| meta(doc, "twitter:title")) {
        return (Some(collapse(title)), None);
    }
    let title = doc
        .nodes
        .iter()
        .position(|n| n.tag == Tag::Title && live(n))
        .map(|idx| subtree_text(doc, idx, 0))
        .filter(|title| !title.is_empty());
    (title.map(|title| strip_site(&title).to_string()), None)
}

/// `Headline | Site` → `Headline` (also ` - `, ` – `, ` — `), when the site part is short.
fn strip_site(title: &str) -> &str {
    let cut = [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| (at, at + sep.len())))
        .max();
    match cut {
        Some((at, after)) if at > 0 && title.len() - after <= 40 => {
            title.get(..at).unwrap_or(title)
        }
        _ => title,
    }
}

/// `By Jane Doe | 1 May 2024` → `Jane Doe`: the byline without `By` and trailing separators.
pub fn clean_byline(text: &str) -> String {
    let text = text.trim_matches(|c: char| c.is_whitespace() || "|·•—–-,:".contains(c));
    let rest = ["by ", "words by ", "written by "]
        .iter()
        .find_map(|prefix| {
            let head = text.get(..prefix.len())?;
            head.eq_ignore_ascii_case(prefix)
                .then(|| text.get(prefix.len()..))?
        })
        .unwrap_or(text);
    rest.trim().to_string()
}

/// The byline: `[rel=author]`, `.byline`, `[itemprop=author]`, else `<meta name=author>`;
/// at most 12 words, starting with a capital.
pub fn byline(doc: &Doc, range: (usize, usize)) -> Option<String> {
    let from_page = candidates(doc, range, |n| n.own & BYLINE != 0 && n.tag != Tag::Meta)
        .take(MAX_TRIES)
        .map(|idx| clean_byline(&subtree_text(doc, idx, TIME)))
        .find(|text| !text.is_empty() && text.split_whitespace().count() <= 12);
    let from_meta = || meta(doc, "author").filter(|text| !text.contains("://"));
    from_page
        .or_else(|| from_meta().map(|text| clean_byline(&collapse(text))))
        // The engine reads `By <Capital>…` only; any other byline would become body text.
        .filter(|text| text.starts_with(char::is_uppercase))
}

/// `2024-05-01T09:30:00Z` → `2024-05-01T09:30`; `2024-05-01` stays; anything else: None.
pub fn iso_date(value: &str) -> Option<String> {
    let value = value.trim();
    let bytes = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range.clone())
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
            && value.get(range).is_some()
    };
    let number = |range: std::ops::Range<usize>| -> u32 {
        value
            .get(range)
            .and_then(|part| part.parse().ok())
            .unwrap_or(0)
    };
    let date_ok = digits(0..4)
        && bytes.get(4) == Some(&b'-')
        && digits(5..7)
        && bytes.get(7) == Some(&b'-')
        && digits(8..10)
        && (1..=12).contains(&number(5..7))
        && (1..=31).contains(&number(8..10));
    if !date_ok {
        return None;
    }
    let date = value.get(..10)?;
    let time_ok = matches!(bytes.get(10), Some(b'T' | b' '))
        && digits(11..13)
        && bytes.get(13) == Some(&b':')
        && digits(14..16)
        && number(11..13) < 24
        && number(14..16) < 60;
    Some(match value.get(11..16) {
        Some(time) if time_ok => format!("{date}T{time}"),
        _ => date.to_string(),
    })
}

/// The publication date: `article:published_time`, else the first `time` of the article: its
/// `datetime` as ISO, or its visible text when it has no ISO `datetime`.
pub fn published(doc: &Doc, range: (usize, usize)) -> Option<String> {
    if let Some(date) = meta(doc, "article:published_time").and_then(iso_date) {
        return Some(date);
    }
    candidates(doc, range, |n| n.tag == Tag::Time)
        .take(MAX_TRIES)
        .find_map(|idx| {
            let datetime = doc.nodes[idx]
                .attrs
                .as_deref()
                .map_or("", |(_, v)| v.as_str());
            iso_date(datetime).or_else(|| {
                let text = subtree_text(doc, idx, 0);
                (!text.is_empty() && text.chars().count() <= 60).then_some(text)
            })
        })
}

/// The section: `article:section`, else a kicker in the article, else the breadcrumb trail
/// (`World / Europe`, without `Home` and the headline). Only a short label qualifies.
pub fn section(doc: &Doc, range: (usize, usize), headline: Option<&str>) -> Option<String> {
    let from_meta = meta(doc, "article:section").map(collapse);
    let from_kicker = || {
        candidates(doc, range, |n| n.own & KICKER != 0)
            .take(MAX_TRIES)
            .map(|idx| subtree_text(doc, idx, 0))
            .find(|text| !text.is_empty())
    };
    let from_crumbs = || {
        // A breadcrumb trail is often a `nav`: it is read even where the body drops it.
        let idx = doc.nodes.iter().position(|n| n.own & BREADCRUMB != 0)?;
        let end = doc.nodes[idx].end as usize;
        let crumbs: Vec<String> = (idx + 1..end)
            .filter(|&i| doc.nodes[i].tag == Tag::Text)
            .map(|i| collapse(doc.text_of(&doc.nodes[i])))
            .filter(|crumb| crumb.chars().any(char::is_alphanumeric))
            .filter(|crumb| !crumb.eq_ignore_ascii_case("home") && Some(crumb.as_str()) != headline)
            .collect();
        (!crumbs.is_empty()).then(|| crumbs.join(" / "))
    };
    let label = from_meta.or_else(from_kicker).or_else(from_crumbs)?;
    let short = label.chars().count() <= 60
        && label.split_whitespace().count() <= 6
        && !label.ends_with(['.', '?', '!', ',', ';', ':']);
    short.then(|| label.to_uppercase())
}
