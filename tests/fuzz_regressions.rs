//! Replays the fuzzers' committed inputs under `cargo test`, with the fuzzers' own checks
//! (`fuzz/src/invariants.rs`, included here): the seeds in `fuzz/seeds/` and every input a fuzzer
//! ever failed on, kept in `fuzz/regressions/<analyze|wire|link>/` (fuzz/README.md).

#[path = "../fuzz/src/invariants.rs"]
mod invariants;

use std::path::{Path, PathBuf};

use article_explorer::analysis::analyze;
use article_explorer::wire;
use invariants::{check_analyze, check_decode, check_link, text_of};

/// The files of `dir` (none when it does not exist), sorted, without `README.md`.
fn files(dir: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.is_file() && !path.ends_with("README.md"))
            .collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    paths
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn analyze_inputs_keep_the_invariants() {
    let paths = [
        files("fuzz/seeds/analyze"),
        files("fuzz/regressions/analyze"),
    ]
    .concat();
    assert!(paths.len() >= 10, "only {} analyze inputs", paths.len());
    for path in paths {
        println!("{}", path.display());
        check_analyze(&text_of(&read(&path)));
    }
}

/// `NAME.bin` is what the page received, `NAME.txt` (optional) the article it had.
#[test]
fn wire_inputs_decode_as_the_fuzzer_checked() {
    let paths = [
        files("fuzz/seeds/wire_decode"),
        files("fuzz/regressions/wire"),
    ]
    .concat();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
    {
        println!("{}", path.display());
        let text = std::fs::read(path.with_extension("txt")).unwrap_or_default();
        check_decode(&read(path), &text_of(&text));
    }
}

/// The link fuzzer's input is a URL's query and fragment, split at the first `#`.
#[test]
fn link_inputs_read_back_unchanged() {
    let paths = [files("fuzz/seeds/link"), files("fuzz/regressions/link")].concat();
    assert!(paths.len() >= 10, "only {} link inputs", paths.len());
    for path in paths {
        println!("{}", path.display());
        let url = text_of(&read(&path));
        let (search, hash) = url.split_once('#').unwrap_or((&url, ""));
        check_link(search, hash);
    }
}

/// The articles whose encodings seed the wire_decode fuzzer.
const WIRE_SEED_ARTICLES: &[&str] = &[
    "08-nurses-strike-no-blank-lines",
    "13-marathon-unicode-spaces",
    "18-wildfire-evacuation-crlf",
    "24-cup-referee-row",
    "26-regulator-fines-app",
    "29-typhoon-power-cuts",
    "32-singer-interview-qa",
    "33-warsaw-defence-summit",
];

/// The wire_decode seeds are valid encodings (of the analyses when they were written: an engine
/// change need not refresh them); `AE_UPDATE_FUZZ_SEEDS=1` rewrites them from today's engine.
#[test]
fn wire_seeds_are_valid_encodings() {
    let update = std::env::var_os("AE_UPDATE_FUZZ_SEEDS").is_some_and(|v| v == "1");
    for name in WIRE_SEED_ARTICLES {
        let seed = PathBuf::from(format!("fuzz/seeds/wire_decode/{name}.bin"));
        if update {
            let text = std::fs::read_to_string(format!("tests/data/articles/{name}.txt"))
                .expect("a test article");
            std::fs::create_dir_all("fuzz/seeds/wire_decode").expect("seed folder");
            std::fs::write(&seed, wire::encode(&analyze(&text))).expect("writable seed");
        }
        assert!(
            wire::decode(&read(&seed)).is_some(),
            "{} does not decode: run AE_UPDATE_FUZZ_SEEDS=1 cargo test --test fuzz_regressions",
            seed.display()
        );
    }
}
