//! The invariants every fuzz target asserts after each run, beyond "no panic".
//!
//! `tests/fuzz_regressions.rs` includes this very file (`#[path]`), so an input saved under
//! `fuzz/regressions/` replays under `cargo test` with the same checks the fuzzer made. It
//! therefore depends on nothing but `article_explorer` and the standard library.

use article_explorer::analysis::{analyze, stances, Analysis, PassageId, Span, Target};
use article_explorer::ui::link::{self, Link, MAX_VALUE_LEN};
use article_explorer::ui::model::ArticleModel;
use article_explorer::wire;

/// The fuzzers' input limit for text (`-max_len`), as the issue asks: up to 4 KB.
pub const MAX_TEXT_LEN: usize = 4096;

/// `bytes` as text: invalid UTF-8 replaced, cut to [`MAX_TEXT_LEN`] bytes on a char boundary.
pub fn text_of(bytes: &[u8]) -> String {
    let mut text = String::from_utf8_lossy(bytes).into_owned();
    truncate(&mut text, MAX_TEXT_LEN);
    text
}

/// Cuts `text` to at most `max_len` bytes, at a char boundary.
pub fn truncate(text: &mut String, max_len: usize) {
    if text.len() > max_len {
        let mut end = max_len;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
}

/// Analyses `text` and asserts every invariant of the result, including its wire round trip.
pub fn check_analyze(text: &str) -> Analysis {
    let analysis = analyze(text);
    check_analysis(text, &analysis);
    check_stances(text, &analysis);
    let decoded = wire::decode(&wire::encode(&analysis));
    assert_eq!(
        decoded.as_ref(),
        Some(&shown(analysis.clone())),
        "wire round trip"
    );
    analysis
}

/// The analysis as the wire carries it (one definition, in the library).
pub use article_explorer::wire::shown;

/// Asserts the engine's invariants (ARCHITECTURE.md, "Invariants") for `analysis` of `text`:
/// every span inside the text and on char boundaries; passages non-empty, ordered and
/// non-overlapping, inside their paragraph; pieces plus gaps rebuild the input; ids from the
/// passage text alone and unique; references to actors and paragraphs in range.
pub fn check_analysis(text: &str, analysis: &Analysis) {
    let check_span = |what: &str, span: Span| {
        assert!(
            span.start <= span.end
                && span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end),
            "{what} span {span:?} is not a slice of the {}-byte input",
            text.len()
        );
    };
    let n_actors = analysis.actors.len();
    let mut rebuilt = String::with_capacity(text.len());
    let mut previous_end = 0;
    let mut ids = Vec::with_capacity(analysis.passages.len());
    for (passage_idx, passage) in analysis.passages.iter().enumerate() {
        check_span("passage", passage.span);
        assert!(!passage.span.is_empty(), "passage {passage_idx} is empty");
        assert!(
            passage.span.start >= previous_end,
            "passage {passage_idx} {:?} overlaps or precedes the one before (ending at {previous_end})",
            passage.span
        );
        let paragraph = analysis
            .paragraphs
            .get(passage.paragraph as usize)
            .unwrap_or_else(|| panic!("passage {passage_idx}: no paragraph {}", passage.paragraph));
        assert!(
            paragraph.span.contains(passage.span),
            "passage {passage_idx} lies outside its paragraph"
        );
        assert!(
            passage.speakers.windows(2).all(|pair| pair[0] < pair[1]),
            "passage {passage_idx}: speakers not sorted and unique"
        );
        assert!(
            passage.speakers.iter().all(|id| id.index() < n_actors),
            "passage {passage_idx}: speaker out of range"
        );
        assert_eq!(
            passage.id,
            PassageId::from_text(passage.span.slice(text), passage.id.dup),
            "passage {passage_idx}: the id is not the hash of its text"
        );
        ids.push(passage.id);
        rebuilt.push_str(&text[previous_end..passage.span.start]);
        rebuilt.push_str(&text[passage.span.start..passage.span.end]);
        previous_end = passage.span.end;
    }
    rebuilt.push_str(&text[previous_end..]);
    assert!(rebuilt == text, "pieces and gaps do not rebuild the input");
    ids.sort_unstable();
    assert!(
        ids.windows(2).all(|pair| pair[0] != pair[1]),
        "passage ids are not unique"
    );

    let mut paragraph_end = 0;
    for paragraph in &analysis.paragraphs {
        check_span("paragraph", paragraph.span);
        assert!(
            paragraph.span.start >= paragraph_end,
            "paragraphs overlap or are out of order"
        );
        paragraph_end = paragraph.span.end;
    }
    for quote in &analysis.quotes {
        check_span("quote", quote.span);
        check_span("quote content", quote.content);
        assert!(
            quote.span.contains(quote.content),
            "quote content outside its quote"
        );
    }
    let mut slugs = Vec::with_capacity(n_actors);
    for (actor_idx, actor) in analysis.actors.iter().enumerate() {
        assert_eq!(actor.id.index(), actor_idx, "actor ids are their indices");
        for &mention in &actor.mentions {
            check_span("mention", mention);
        }
        assert!(
            actor.member_of.is_none_or(|org| org.index() < n_actors),
            "actor {actor_idx}: member_of out of range"
        );
        assert!(!actor.slug.is_empty(), "actor {actor_idx}: empty slug");
        slugs.push(actor.slug.as_str());
    }
    slugs.sort_unstable();
    assert!(
        slugs.windows(2).all(|pair| pair[0] != pair[1]),
        "actor slugs are not unique"
    );
    for attribution in &analysis.attributions {
        assert!(
            attribution.actor.index() < n_actors,
            "attribution to an unknown actor"
        );
        for &span in attribution.source.iter().chain(&attribution.cue) {
            check_span("attribution", span);
        }
        for &span in &attribution.content {
            check_span("attributed content", span);
        }
    }
    for diagnostic in &analysis.diagnostics {
        check_span("diagnostic", diagnostic.span);
    }
    let meta = &analysis.meta;
    for span in [
        meta.section,
        meta.headline,
        meta.byline,
        meta.published_span,
    ]
    .into_iter()
    .flatten()
    .chain(meta.captions.iter().copied())
    {
        check_span("metadata", span);
    }
}

/// Asserts the invariants of the stances of `analysis` (of `text`): one statement per
/// attribution; targets and answers point at something and never at the statement's own
/// speaker or itself; answers ascending; a continuation points at the same speaker's cue;
/// `stance_from` a slice of the text; entity slugs unique among actors and entities.
pub fn check_stances(text: &str, analysis: &Analysis) {
    let stances = stances(text, analysis);
    assert_eq!(stances.statements.len(), analysis.attributions.len());
    let mut slugs: Vec<&str> = analysis.actors.iter().map(|a| a.slug.as_str()).collect();
    for entity in &stances.entities {
        assert!(!slugs.contains(&entity.slug.as_str()), "{}", entity.slug);
        assert!(!entity.name.is_empty());
        slugs.push(&entity.slug);
    }
    for (idx, statement) in stances.statements.iter().enumerate() {
        let speaker = analysis.attributions[idx].actor;
        for target in &statement.targets {
            match *target {
                Target::Actor(id) => assert!(id != speaker && analysis.actor(id).is_some()),
                Target::Entity(entity) => assert!(entity < stances.entities.len()),
            }
        }
        assert!(statement.answers.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(statement
            .answers
            .iter()
            .all(|&other| other != idx && other < analysis.attributions.len()));
        if let Some(other) = statement.continues {
            let (this, that) = (&analysis.attributions[idx], &analysis.attributions[other]);
            assert!(this.cue.is_none() && that.cue.is_some() && this.actor == that.actor);
        }
        if let Some(span) = statement.stance_from {
            assert!(span.start < span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
}

/// Decodes `bytes` as the page does, with `text` as the article, and asserts that a decoded
/// analysis re-encodes canonically and builds the page's model without a panic.
pub fn check_decode(bytes: &[u8], text: &str) -> Option<Analysis> {
    let analysis = wire::decode(bytes)?;
    assert!(
        analysis.attributions.is_empty() && analysis.diagnostics.is_empty(),
        "the wire carries no attributions or diagnostics"
    );
    for (actor_idx, actor) in analysis.actors.iter().enumerate() {
        assert_eq!(actor.id.index(), actor_idx, "decoded actor ids are indices");
        assert!(actor.mentions.is_empty() && actor.aliases.is_empty());
    }
    let encoded = wire::encode(&analysis);
    assert!(
        encoded.len() <= bytes.len(),
        "re-encoding is longer than the input ({} > {} bytes)",
        encoded.len(),
        bytes.len()
    );
    assert_eq!(
        wire::decode(&encoded).as_ref(),
        Some(&analysis),
        "decode(encode(decode(bytes))) differs"
    );
    // The page trusts whatever decodes: its model must cope with spans that do not fit the text,
    // unknown speakers and member_of cycles.
    let model = ArticleModel::from_analysis(text.to_string(), analysis.clone());
    for passage_idx in 0..model.passages.len() {
        let _ = model.passage_text(passage_idx);
    }
    Some(analysis)
}

/// Parses a URL's query and fragment and asserts what `Link::parse` promises: every kept value
/// well formed and bounded, and the link it read written back and read again to the same link,
/// without problems.
pub fn check_link(search: &str, hash: &str) -> Link {
    let (link, _problems) = Link::parse(search, hash);
    if let Some(article) = &link.article {
        assert!(link::is_slug(article), "article {article:?} is no slug");
    }
    for (slug_idx, slug) in link.speakers.iter().enumerate() {
        assert!(link::is_slug(slug), "speaker {slug:?} is no slug");
        assert!(
            !link.speakers[..slug_idx].contains(slug),
            "speaker {slug:?} twice"
        );
    }
    assert!(
        link.query.chars().count() <= MAX_VALUE_LEN && !link.query.chars().any(char::is_control),
        "query {:?} too long or with control characters",
        link.query
    );
    if let Some(fragment) = &link.fragment {
        assert!(
            !fragment.id.is_empty()
                && fragment.id.len() <= 16
                && fragment
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "fragment id {:?}",
            fragment.id
        );
        assert!(fragment.hint.len() <= 2 * link::HINT_WORDS);
        for word in &fragment.hint {
            assert!(
                !word.is_empty() && word.chars().all(link::is_word_char),
                "hint word {word:?}"
            );
        }
    }
    let (again, problems) = Link::parse(&link.search(), &link.hash());
    assert!(
        problems.is_empty(),
        "the written link {:?}{:?} has problems: {problems:?}",
        link.search(),
        link.hash()
    );
    assert_eq!(again, link, "the written link reads back differently");
    link
}
