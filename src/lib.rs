//! Article Explorer: who says what in a news article.
//!
//! `analysis` is the pure text engine (no web crates); `ui` is the Yew explorer built on it.
#![deny(unsafe_code)]

pub mod analysis;
pub mod ui;
pub mod wire;
