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
            String::from_utf8_lossy(&output.stderr).contains("usage: explore"),
            "{args:?}"
        );
    }
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
