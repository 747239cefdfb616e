//! Property tests of the analysis engine (totality, span invariants, id stability and the
//! deep-link id round-trip), of its stances (indices, spans, no self-targets) and of the
//! explorer's own sort.

#[allow(dead_code)]
#[path = "../fuzz/src/invariants.rs"]
mod invariants;

use article_explorer::analysis::{analyze, split_sentences, Analysis, PassageId, Span};
use proptest::prelude::*;

/// Article-like text: words, punctuation, quotes, abbreviations, odd spaces and line breaks.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The Mission said".to_string()),
        Just(" ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{3000}".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("! ".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("’".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(", ".to_string()),
        Just(": ".to_string()),
        Just("U.S. ".to_string()),
        Just("Mr. ".to_string()),
        Just("5 p.m. ".to_string()),
        Just("3.5% ".to_string()),
        Just("... ".to_string()),
        Just("。".to_string()),
        Just("1. ".to_string()),
        Just("• ".to_string()),
        Just("According to ".to_string()),
        Just("European Union (EU) ".to_string()),
        Just("spokesperson of the ministry ".to_string()),
        Just("He added ".to_string()),
        Just("It said that ".to_string()),
        Just("they ".to_string()),
        Just("accused NATO of ".to_string()),
        Just("slammed the mayor's ".to_string()),
        Just("called on some Western countries to ".to_string()),
        Just("Slamming the EU and ".to_string()),
        Just("denied there was no fraud ".to_string()),
        Just("Published: Jul 20, 2021 01:58 PM\n".to_string()),
        Just("Photo: IC\n".to_string()),
        "[a-zA-Z]{1,8}".prop_map(|word| word),
        any::<char>().prop_map(|ch| ch.to_string()),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

fn check_invariants(text: &str, analysis: &Analysis) -> Result<(), TestCaseError> {
    let inside = |span: Span| span.start <= span.end && span.end <= text.len();
    let on_boundaries =
        |span: Span| text.is_char_boundary(span.start) && text.is_char_boundary(span.end);
    let mut previous_end = 0;
    let mut rebuilt = String::new();
    for passage in &analysis.passages {
        prop_assert!(
            inside(passage.span) && on_boundaries(passage.span),
            "bad span {:?}",
            passage.span
        );
        prop_assert!(!passage.span.is_empty());
        prop_assert!(
            passage.span.start >= previous_end,
            "passages overlap or are out of order"
        );
        prop_assert!((passage.paragraph as usize) < analysis.paragraphs.len());
        let paragraph = analysis.paragraphs[passage.paragraph as usize];
        prop_assert!(paragraph.span.contains(passage.span));
        prop_assert!(
            passage.speakers.windows(2).all(|pair| pair[0] < pair[1]),
            "speakers sorted"
        );
        prop_assert!(passage
            .speakers
            .iter()
            .all(|id| id.index() < analysis.actors.len()));
        rebuilt.push_str(&text[previous_end..passage.span.start]);
        rebuilt.push_str(&text[passage.span.start..passage.span.end]);
        previous_end = passage.span.end;
    }
    rebuilt.push_str(&text[previous_end..]);
    prop_assert_eq!(rebuilt.as_str(), text, "pieces and gaps rebuild the input");
    for quote in &analysis.quotes {
        prop_assert!(
            inside(quote.span) && on_boundaries(quote.span) && quote.span.contains(quote.content)
        );
    }
    for actor in &analysis.actors {
        prop_assert!(actor
            .mentions
            .iter()
            .all(|&span| inside(span) && on_boundaries(span)));
        prop_assert!(actor
            .member_of
            .is_none_or(|org| org.index() < analysis.actors.len()));
    }
    for attribution in &analysis.attributions {
        prop_assert!(attribution.actor.index() < analysis.actors.len());
        for span in attribution
            .source
            .iter()
            .chain(attribution.cue.iter())
            .chain(attribution.content.iter())
        {
            prop_assert!(
                inside(*span) && on_boundaries(*span),
                "attribution span {:?}",
                span
            );
        }
    }
    for diagnostic in &analysis.diagnostics {
        prop_assert!(inside(diagnostic.span) && on_boundaries(diagnostic.span));
    }
    let meta = &analysis.meta;
    for span in meta
        .section
        .iter()
        .chain(meta.headline.iter())
        .chain(meta.byline.iter())
        .chain(meta.published_span.iter())
        .chain(meta.captions.iter())
    {
        prop_assert!(inside(*span) && on_boundaries(*span));
    }
    let mut ids: Vec<String> = analysis
        .passages
        .iter()
        .map(|passage| passage.id.to_string())
        .collect();
    ids.sort();
    let n_ids = ids.len();
    ids.dedup();
    prop_assert_eq!(ids.len(), n_ids, "passage ids are unique");
    let mut slugs: Vec<&str> = analysis
        .actors
        .iter()
        .map(|actor| actor.slug.as_str())
        .collect();
    slugs.sort_unstable();
    let n_slugs = slugs.len();
    slugs.dedup();
    prop_assert_eq!(slugs.len(), n_slugs, "actor slugs are unique");
    for actor in &analysis.actors {
        prop_assert!(
            !actor.name.chars().any(char::is_control),
            "a control character in the name {:?}",
            actor.name
        );
    }
    Ok(())
}

/// The stances' invariants, as the fuzzers check them (`fuzz/src/invariants.rs`).
fn check_stances(text: &str, analysis: &Analysis) -> Result<(), TestCaseError> {
    invariants::check_stances(text, analysis);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn analyze_is_total_on_arbitrary_unicode(text in any::<String>()) {
        let analysis = analyze(&text);
        check_invariants(&text, &analysis)?;
        check_stances(&text, &analysis)?;
    }

    #[test]
    fn invariants_hold_on_article_like_text(text in article_text()) {
        let analysis = analyze(&text);
        check_invariants(&text, &analysis)?;
        check_stances(&text, &analysis)?;
    }

    #[test]
    fn ids_are_stable(text in article_text()) {
        let first = analyze(&text);
        let second = analyze(&text);
        prop_assert_eq!(&first, &second);
        // An id depends only on the passage's text (plus the duplicate counter), so the same
        // sentence keeps its id in another article.
        let shifted = format!("Unrelated opening line here.\n\n{text}");
        for (source, analysis) in [(text.as_str(), &first), (shifted.as_str(), &analyze(&shifted))] {
            for passage in &analysis.passages {
                let expected = PassageId::from_text(passage.span.slice(source), passage.id.dup);
                prop_assert_eq!(passage.id, expected);
            }
        }
    }

    #[test]
    fn sentences_are_ordered_and_trimmed(text in article_text()) {
        let mut previous_end = 0;
        for span in split_sentences(&text) {
            prop_assert!(span.start >= previous_end && span.end <= text.len() && span.start < span.end);
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            let piece = &text[span.start..span.end];
            prop_assert_eq!(piece.trim(), piece);
            previous_end = span.end;
        }
    }

    #[test]
    fn passage_id_round_trips(hash in 0u64..(1u64 << 40), dup in 0u32..1000) {
        let id = PassageId { hash, dup };
        prop_assert_eq!(PassageId::parse(&id.to_string()), Some(id));
    }

    #[test]
    fn passage_id_parse_never_panics(text in any::<String>()) {
        if let Some(id) = PassageId::parse(&text) {
            prop_assert_eq!(id.to_string(), text);
        }
    }
}

#[test]
fn control_characters_are_never_part_of_a_name() {
    for text in [
        "He\0 said the plan was fine.",
        "Maria\u{7}Lopez said the plan was fine.",
        "The Ministry of\u{1b}Data said the plan was fine.",
        "\u{85}Ana Silva\u{9f} told reporters the plan was fine.",
    ] {
        let analysis = analyze(text);
        for actor in &analysis.actors {
            assert!(
                !actor.name.chars().any(char::is_control),
                "{text:?}: {:?}",
                actor.name
            );
        }
    }
}

#[test]
fn crlf_and_odd_whitespace_mixes() {
    for text in [
        "\r\n\r\n\r\n",
        "Headline\r\rBody one. Body two.\r\n",
        "\u{2028}Line\u{2029}Other line.\u{85}",
        "\t\u{a0}\u{2003}\u{3000}\u{200b}\u{feff}",
        "“”‘’\"'",
        "Mr.",
        "(EU)",
        "According to",
        "said",
        ", said",
        "\"A,\" said",
    ] {
        let analysis = analyze(text);
        check_invariants(text, &analysis).unwrap();
    }
}

/// Inputs built to trigger quadratic behaviour finish in time (the budget is generous, for
/// debug builds on a loaded machine; a quadratic scan takes minutes here).
#[test]
fn hostile_inputs_stay_fast() {
    let inputs = [
        "(".repeat(30_000) + &"EU) said ".repeat(3_000),
        "The Mission said, ".repeat(5_000),
        "He said ".repeat(10_000) + ".",
        (0..4_000)
            .map(|i| format!("Name{i} Person{i} said it was fine. "))
            .collect::<String>(),
        (0..3_000)
            .map(|i| format!("Caption number {i}. Photo: AFP\n\n"))
            .collect::<String>(),
        "\"".repeat(20_000) + &" a".repeat(20_000),
        "According to ".repeat(5_000),
        // Two speakers accusing each other, thousands of times (every accusation answers).
        "Harbour Lines accused the Dockers Union of lying. The Dockers Union accused Harbour Lines of fraud.\n\n"
            .repeat(1_000),
        // Generic nouns that look back for their organisation, thousands of times.
        (0..5_000)
            .map(|i| format!("Firm{i} grew {i} percent. The company said sales rose.\n\n"))
            .collect::<String>(),
    ];
    let started = std::time::Instant::now();
    for text in &inputs {
        let analysis = analyze(text);
        check_invariants(text, &analysis).unwrap();
        check_stances(text, &analysis).unwrap();
    }
    let elapsed = started.elapsed();
    assert!(elapsed.as_secs() < 60, "hostile inputs took {elapsed:?}");
}

proptest! {
    /// The explorer's own sort agrees with the standard library's stable sort.
    #[test]
    fn insertion_sort_is_a_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..80)) {
        let mut ours = items.clone();
        article_explorer::ui::model::insertion_sort_by_key(&mut ours, |&(key, _)| key);
        let mut std_sorted = items;
        std_sorted.sort_by_key(|&(key, _)| key);
        prop_assert_eq!(ours, std_sorted);
    }
}
