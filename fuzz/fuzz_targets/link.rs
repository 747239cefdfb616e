//! `Link::parse` on arbitrary query strings and fragments (the input split at its first `#`):
//! what it keeps is well formed, and the link it read is written and read back unchanged.
#![no_main]

use article_explorer_fuzz::invariants::{check_link, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let url = text_of(bytes);
    let (search, hash) = url.split_once('#').unwrap_or((&url, ""));
    check_link(search, hash);
});
