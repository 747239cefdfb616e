//! `analyze` on news-like articles built from structured input (see `news.rs`), up to 4 KB.
#![no_main]

use article_explorer_fuzz::invariants::{check_analyze, MAX_TEXT_LEN};
use article_explorer_fuzz::news::NewsArticle;
use article_explorer_fuzz::save_plain_input;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|article: NewsArticle| {
    let text = article.render(MAX_TEXT_LEN);
    save_plain_input("txt", text.as_bytes());
    check_analyze(&text);
});
