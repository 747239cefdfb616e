//! Shared code of the fuzz targets: the invariants they assert (`invariants`, also replayed by
//! `tests/fuzz_regressions.rs`) and the news-like article generator (`news`).

use std::path::PathBuf;
use std::sync::OnceLock;

pub mod invariants;
pub mod news;

/// When `AE_FUZZ_SAVE` is set, writes `bytes` to `$AE_FUZZ_SAVE.<extension>`.
///
/// The structured targets call it with the plain input they derive (an article's text, damaged
/// wire bytes), so replaying a crash with it set gives the files `tests/fuzz_regressions.rs`
/// replays without `arbitrary` (fuzz/README.md).
pub fn save_plain_input(extension: &str, bytes: &[u8]) {
    static STEM: OnceLock<Option<PathBuf>> = OnceLock::new();
    if let Some(stem) = STEM.get_or_init(|| std::env::var_os("AE_FUZZ_SAVE").map(PathBuf::from)) {
        let path = stem.with_extension(extension);
        if let Err(err) = std::fs::write(&path, bytes) {
            eprintln!("AE_FUZZ_SAVE: cannot write {}: {err}", path.display());
        }
    }
}
