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

fn main() {
    println!("cargo:rerun-if-changed={ARTICLE}");
    println!("cargo:rerun-if-changed=src/analysis");
    println!("cargo:rerun-if-changed=src/wire.rs");
    let text = std::fs::read_to_string(ARTICLE).expect("the bundled article is readable");
    let bytes = wire::encode(&analysis::analyze(&text));
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("default-analysis.bin");
    std::fs::write(out, bytes).expect("OUT_DIR is writable");
}
