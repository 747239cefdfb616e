//! `wire::decode` on arbitrary bytes: total, canonical on re-encoding, and what decodes builds
//! the page's model without a panic.
#![no_main]

use article_explorer_fuzz::invariants::check_decode;
use libfuzzer_sys::fuzz_target;

/// The page always has the article's text next to the worker's answer; any text will do here.
const TEXT: &str = "Headline\n\n\"Yes,\" the minister said. It added more. Photo: AFP";

fuzz_target!(|bytes: &[u8]| {
    check_decode(bytes, TEXT);
});
