//! Article Explorer: who says what in a news article.
//!
//! `analysis` is the pure text engine (no web crates); `ui` is the Yew explorer built on it;
//! `wire` carries analyses to the page; `view` is the serialisable (`serde`) view of an analysis
//! that `explore analyze` prints as JSON; `eval` scores the engine against hand labels (`stance_eval` its stances and targets); `extract` turns a web page into the engine's article
//! format; `carry` is the payload of links that carry their article; `protocol` is the analysis
//! worker's message format; `heap` is the wasm builds' allocator.
#![deny(unsafe_code)]

pub mod analysis;
pub mod carry;
pub mod eval;
pub mod extract;
pub mod heap;
pub mod protocol;
pub mod stance_eval;
pub mod statements;
pub mod ui;
pub mod view;
pub mod wire;
