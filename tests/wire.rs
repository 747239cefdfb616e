//! The wire format carries what the explorer shows of an analysis, exactly, and decoding is
//! total on arbitrary bytes.

use article_explorer::analysis::analyze;
use article_explorer::wire::{decode, encode, shown};
use proptest::prelude::*;

#[test]
fn every_test_article_round_trips() {
    let mut n_articles = 0;
    let mut paths: Vec<_> = std::fs::read_dir("tests/data/articles")
        .expect("tests/data/articles exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.push("static/articles/2021-07-20-cyber-security-politicization.txt".into());
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("readable article");
        let analysis = analyze(&text);
        assert!(!analysis.passages.is_empty(), "{}", path.display());
        assert_eq!(
            decode(&encode(&analysis)),
            Some(shown(analysis)),
            "{}",
            path.display()
        );
        n_articles += 1;
    }
    assert!(n_articles >= 16, "only {n_articles} articles");
}

#[test]
fn the_compiled_in_default_analysis_matches_the_engine() {
    let text = article_explorer::ui::app::DEFAULT_ARTICLE;
    let compiled = decode(article_explorer::ui::app::DEFAULT_ANALYSIS)
        .expect("build.rs wrote a valid analysis");
    assert_eq!(compiled, shown(analyze(text)));
}

#[test]
fn truncated_and_corrupted_input_is_refused() {
    let bytes = encode(&analyze(
        "Headline\n\n\"Yes,\" the minister said. It added more.",
    ));
    for len in 0..bytes.len() {
        assert_eq!(decode(&bytes[..len]), None, "prefix of {len} bytes");
    }
    let mut extra = bytes.clone();
    extra.push(0);
    assert_eq!(decode(&extra), None, "trailing bytes");
}

proptest! {
    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let mut with_magic = b"AE1".to_vec();
        with_magic.extend_from_slice(&bytes);
        let _ = decode(&bytes);
        let _ = decode(&with_magic);
    }

    #[test]
    fn analyses_of_arbitrary_text_round_trip(text in "\\PC{0,300}") {
        let analysis = analyze(&text);
        prop_assert_eq!(decode(&encode(&analysis)), Some(shown(analysis)));
    }
}

#[test]
fn the_preview_is_always_a_short_prefix() {
    use article_explorer::wire::preview_len;
    // Only a final line break: the preview is still an opening, not the whole text.
    let text = "Word word word. ".repeat(3_000) + "\n";
    let len = preview_len(&text).unwrap();
    assert!((6_000..=12_000).contains(&len), "{len}");
    assert!(text[..len].ends_with('.'));
    // No space at all, multi-byte characters: a char boundary.
    let text = "é".repeat(20_000);
    let len = preview_len(&text).unwrap();
    assert!((6_000..=12_000).contains(&len) && text.is_char_boundary(len));
    // No sentence end: a space.
    let text = "word ".repeat(5_000);
    let len = preview_len(&text).unwrap();
    assert_eq!(&text[len..len + 1], " ");
}
