//! `analyze` on arbitrary bytes, lossily decoded, up to 4 KB: the engine's invariants hold and
//! its result survives the wire.
#![no_main]

use article_explorer_fuzz::invariants::{check_analyze, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    check_analyze(&text_of(bytes));
});
