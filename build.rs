//! Analyses the bundled default article at compile time, with the crate's own engine, and
//! writes the result in the wire format (src/wire.rs) to `$OUT_DIR/default-analysis.bin`. The
//! explorer's wasm compiles it in, so the first view needs no analysis engine in the page; the
//! engine runs in a Web Worker for any other article.

#[allow(dead_code, unused_imports)]
#[path = "src/analysis/mod.rs"]
mod analysis;
#[allow(dead_code, unused_imports)]
#[path = "src/wire.rs"]
mod wire;

const ARTICLE: &str = "static/articles/2021-07-20-cyber-security-politicization.txt";
const ARTICLES: &str = "static/articles";

fn main() {
    println!("cargo:rerun-if-changed={ARTICLE}");
    println!("cargo:rerun-if-changed=src/analysis");
    println!("cargo:rerun-if-changed=src/wire.rs");
    let text = std::fs::read_to_string(ARTICLE).expect("the bundled article is readable");
    let bytes = wire::encode(&analysis::analyze(&text));
    let out_dir =
        std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("default-analysis.bin"), bytes).expect("OUT_DIR is writable");
    std::fs::write(out_dir.join("bundled-articles.txt"), bundled_index())
        .expect("OUT_DIR is writable");
}

/// The bundled articles other than the default: `name<TAB>headline` lines, sorted by name, for
/// the "Open article" dialog.
fn bundled_index() -> String {
    println!("cargo:rerun-if-changed={ARTICLES}");
    let mut names: Vec<std::path::PathBuf> = std::fs::read_dir(ARTICLES)
        .map(|dir| {
            dir.filter_map(|entry| entry.ok().map(|e| e.path()))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::new();
    for path in names {
        let (Some(stem), Some("txt")) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        // Only names a link can carry (`?article=`: `[a-z0-9-]`), and not the default.
        let linkable = stem.len() <= 80
            && stem
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !linkable || path == std::path::Path::new(ARTICLE) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let analysis = analysis::analyze(&text);
        let headline = analysis
            .meta
            .headline
            .map(|span| {
                span.slice(&text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_else(|| stem.to_string());
        out.push_str(&format!("{stem}\t{headline}\n"));
    }
    out
}
