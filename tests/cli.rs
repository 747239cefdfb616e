//! Tests of the `explore` command-line tool: JSON shape and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn explore(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_explore"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run explore");
    {
        let mut pipe = child.stdin.take().expect("stdin");
        if let Some(bytes) = stdin {
            pipe.write_all(bytes).expect("write stdin");
        }
    }
    child.wait_with_output().expect("explore output")
}

const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/static/articles/2021-07-20-cyber-security-politicization.txt"
);

#[test]
fn analyze_prints_the_schema() {
    let output = explore(&["analyze", BUNDLED], None);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["schema"], "article-explorer/analysis@1");
    assert_eq!(json["meta"]["section"], "CHINA / POLITICS");
    assert_eq!(json["meta"]["published"], "2021-07-20T13:58");
    assert!(json["meta"]["byline"].is_null());
    assert_eq!(json["meta"]["captions"].as_array().map(Vec::len), Some(1));
    let headline = &json["meta"]["headline"];
    assert!(headline["text"]
        .as_str()
        .is_some_and(|text| text.starts_with("Politicization")));
    assert_eq!(headline["span"].as_array().map(Vec::len), Some(2));
    let passages = json["passages"].as_array().expect("passages");
    assert_eq!(passages.len(), 23);
    for passage in passages {
        for key in ["id", "kind", "paragraph", "span", "text", "speakers"] {
            assert!(passage.get(key).is_some(), "passage lacks {key}");
        }
        let id = passage["id"].as_str().expect("id");
        assert!(
            article_explorer::analysis::PassageId::parse(id).is_some(),
            "{id}"
        );
    }
    let actors = json["actors"].as_array().expect("actors");
    let slugs: Vec<&str> = actors
        .iter()
        .filter_map(|actor| actor["id"].as_str())
        .collect();
    assert!(slugs.contains(&"chinese-mission-to-the-eu"), "{slugs:?}");
    assert!(slugs.contains(&"nato"), "{slugs:?}");
    for actor in actors {
        for key in ["id", "name", "kind", "member_of", "mentions"] {
            assert!(actor.get(key).is_some(), "actor lacks {key}");
        }
        let kind = actor["kind"].as_str().unwrap_or("");
        assert!(["person", "organization", "group", "document", "unknown"].contains(&kind));
    }
    let role = actors
        .iter()
        .find(|actor| actor["member_of"] == "chinese-mission-to-the-eu")
        .expect("a role");
    assert!(role["name"]
        .as_str()
        .is_some_and(|name| name.starts_with("spokesperson")));
    for attribution in json["attributions"].as_array().expect("attributions") {
        let kind = attribution["kind"].as_str().unwrap_or("");
        assert!(
            ["direct", "indirect", "mixed", "according-to", "headline"].contains(&kind),
            "{kind}"
        );
        assert!(slugs.contains(&attribution["actor"].as_str().unwrap_or("")));
        assert!(attribution["content"].is_array());
    }
    assert!(json["diagnostics"].is_array());
}

#[test]
fn analyze_reads_stdin_and_pretty_prints() {
    let output = explore(
        &["analyze", "-", "--pretty"],
        Some("Rain due: forecasters\n\nIt will rain, they said.".as_bytes()),
    );
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(text.contains("\n  \"schema\": \"article-explorer/analysis@1\""));
}

#[test]
fn sentences_prints_spans_and_text() {
    let input = "Mr. Smith arrived at 5 p.m. on Monday. He left.";
    let output = explore(&["sentences"], Some(input.as_bytes()));
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!([
            { "span": [0, 38], "text": "Mr. Smith arrived at 5 p.m. on Monday." },
            { "span": [39, 47], "text": "He left." },
        ])
    );
}

#[test]
fn missing_file_exits_1_naming_the_file() {
    let output = explore(&["analyze", "/nonexistent/article.txt"], None);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("/nonexistent/article.txt"), "{message}");
    assert_eq!(
        message.trim_end().lines().count(),
        1,
        "one-line message: {message}"
    );
}

#[test]
fn invalid_utf8_exits_1_naming_the_file() {
    let path = std::env::temp_dir().join(format!("explore-invalid-{}.txt", std::process::id()));
    std::fs::write(&path, b"Valid start \xff\xfe invalid").expect("write");
    let path_text = path.to_string_lossy().to_string();
    for command in ["analyze", "sentences"] {
        let output = explore(&[command, &path_text], None);
        assert_eq!(output.status.code(), Some(1));
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(
            message.contains(&path_text) && message.contains("UTF-8"),
            "{message}"
        );
    }
    let output = explore(&["analyze"], Some(b"\xc3"));
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("<stdin>"));
    let _ = std::fs::remove_file(path);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["analyze", "a.txt", "b.txt"][..],
        &["analyze", "--bogus"][..],
        &["gen", "--sentences"][..],
        &["gen", "--seed", "x"][..],
    ] {
        let output = explore(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr)
                .to_lowercase()
                .contains("usage: explore"),
            "{args:?}"
        );
    }
}

#[test]
fn help_and_version_exit_0() {
    for args in [
        &["--help"][..],
        &["analyze", "--help"][..],
        &["help", "bench"][..],
    ] {
        let output = explore(args, None);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("Usage: explore"),
            "{args:?}"
        );
    }
    let output = explore(&["--version"], None);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        concat!("explore ", env!("CARGO_PKG_VERSION"))
    );
}

/// Every test article, and the bundled one.
fn articles() -> Vec<std::path::PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/data/articles")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    paths.push(BUNDLED.into());
    paths
}

#[test]
fn analyze_output_validates_against_the_published_schema() {
    let schema_path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/analysis-1.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).expect("schema")).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let paths = articles();
    assert!(paths.len() >= 30, "{} articles", paths.len());
    for path in paths {
        let output = explore(&["analyze", &path.to_string_lossy()], None);
        assert_eq!(output.status.code(), Some(0), "{path:?}");
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|error| format!("{} at {}", error, error.instance_path))
            .collect();
        assert!(errors.is_empty(), "{path:?}: {errors:#?}");
    }
}

/// `explore analyze` prints exactly what the hand-built `json!` tree of the CLI before
/// `article_explorer::view` printed (kept here as the reference, keys in the order
/// serde_json's sorted maps wrote them), compact and pretty, for every test article.
#[test]
fn analyze_output_is_byte_identical_to_the_former_json_tree() {
    for path in articles() {
        let text = std::fs::read_to_string(&path).expect("article");
        let analysis = article_explorer::analysis::analyze(&text);
        let reference = former_analysis_json(&text, &analysis);
        let path_text = path.to_string_lossy();
        let compact = explore(&["analyze", &path_text], None).stdout;
        let expected = serde_json::to_string(&reference).expect("JSON") + "\n";
        assert!(compact == expected.as_bytes(), "{path:?}");
        let pretty = explore(&["analyze", &path_text, "--pretty"], None).stdout;
        let expected = serde_json::to_string_pretty(&reference).expect("JSON") + "\n";
        assert!(pretty == expected.as_bytes(), "{path:?} --pretty");
    }
}

fn former_analysis_json(
    text: &str,
    analysis: &article_explorer::analysis::Analysis,
) -> serde_json::Value {
    use article_explorer::analysis::Span;
    use serde_json::json;
    let span_json = |span: Span| json!([span.start, span.end]);
    let text_span_json = |span: Span| json!({ "span": span_json(span), "text": span.slice(text) });
    let slug = |id| analysis.actor(id).map(|actor| actor.slug.clone());
    let meta = &analysis.meta;
    let actors: Vec<_> = analysis
        .actors
        .iter()
        .map(|actor| {
            json!({
                "aliases": actor.aliases,
                "id": actor.slug,
                "kind": actor.kind.as_str(),
                "member_of": actor.member_of.and_then(slug),
                "mentions": actor.mentions.iter().map(|&span| span_json(span)).collect::<Vec<_>>(),
                "name": actor.name,
            })
        })
        .collect();
    let attributions: Vec<_> = analysis
        .attributions
        .iter()
        .map(|attribution| {
            json!({
                "actor": slug(attribution.actor),
                "content": attribution.content.iter().map(|&span| span_json(span)).collect::<Vec<_>>(),
                "cue": attribution.cue.map(span_json),
                "kind": attribution.kind.as_str(),
                "source": attribution.source.map(span_json),
            })
        })
        .collect();
    // Added within analysis@1: stances, targets, answers, continuations and entities.
    let stances = article_explorer::analysis::stances(text, analysis);
    let mut attributions = attributions;
    for (entry, statement) in attributions.iter_mut().zip(&stances.statements) {
        let targets: Vec<_> = statement
            .targets
            .iter()
            .map(|&target| stances.target_slug(analysis, target))
            .collect();
        entry["answers"] = json!(statement.answers);
        entry["continues"] = json!(statement.continues);
        entry["stance"] = json!(statement.stance.as_str());
        entry["stance_from"] = json!(statement.stance_from.map(span_json));
        entry["targets"] = json!(targets);
    }
    let entities: Vec<_> = stances
        .entities
        .iter()
        .map(|entity| {
            json!({
                "id": entity.slug,
                "kind": entity.kind.as_str(),
                "mentions": entity.mentions.iter().map(|&span| span_json(span)).collect::<Vec<_>>(),
                "name": entity.name,
            })
        })
        .collect();
    let diagnostics: Vec<_> = analysis
        .diagnostics
        .iter()
        .map(|diagnostic| json!({ "message": diagnostic.message, "span": span_json(diagnostic.span) }))
        .collect();
    let passages: Vec<_> = analysis
        .passages
        .iter()
        .map(|passage| {
            json!({
                "id": passage.id.to_string(),
                "kind": passage.kind.as_str(),
                "paragraph": passage.paragraph,
                "span": span_json(passage.span),
                "speakers": passage.speakers.iter().filter_map(|&id| slug(id)).collect::<Vec<_>>(),
                "text": passage.span.slice(text),
            })
        })
        .collect();
    json!({
        "actors": actors,
        "attributions": attributions,
        "diagnostics": diagnostics,
        "entities": entities,
        "meta": {
            "byline": meta.byline_text(text),
            "captions": meta.captions.iter().map(|&span| text_span_json(span)).collect::<Vec<_>>(),
            "headline": meta.headline.map(text_span_json),
            "published": meta.published.map(|date| date.to_string()),
            "section": meta.section_text(text),
        },
        "passages": passages,
        "schema": "article-explorer/analysis@1",
    })
}

#[test]
fn gen_writes_a_long_varied_article() {
    let output = explore(&["gen", "--sentences", "10000", "--seed", "3"], None);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let analysis = article_explorer::analysis::analyze(&text);
    let n_sentences = analysis.passages.len();
    assert!(n_sentences >= 10_000, "{n_sentences} passages");
    assert!(
        analysis.actors.len() >= 20,
        "{} actors",
        analysis.actors.len()
    );
    let attributed = analysis
        .passages
        .iter()
        .filter(|p| !p.speakers.is_empty())
        .count();
    assert!(
        attributed * 3 >= n_sentences,
        "{attributed} of {n_sentences} attributed"
    );
    // The same seed gives the same text.
    let again = explore(&["gen", "--sentences", "10000", "--seed", "3"], None);
    assert_eq!(again.stdout, text.as_bytes());
}

/// `explore eval` scores the hand-labelled articles with the library's scoring, which the
/// hand-label test (`tests/analysis_data.rs`) uses too: its overall figures are that test's
/// counts (every passage split right; the four speaker mismatches its snapshot lists).
#[test]
fn eval_scores_the_labelled_articles() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/articles");
    let output = explore(&["eval", dir], None);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("passage split agreement:         388/388 (100.0%)"),
        "{report}"
    );
    assert!(
        report.contains("speakers right, all passages:    384/388 (99.0%)"),
        "{report}"
    );
    assert!(
        report.contains("speaker-bearing sentences right: 267/271 (98.5%)"),
        "{report}"
    );
    assert!(
        report.contains("narrator sentences kept:         117/117 (100.0%)"),
        "{report}"
    );
    assert!(
        report.contains("panel entries real and once:     n/a"),
        "{report}"
    );
    let output = explore(&["eval", "/nonexistent-folder"], None);
    assert_eq!(output.status.code(), Some(1));
}
