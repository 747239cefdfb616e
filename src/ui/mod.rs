//! The Yew explorer: state, components and the URL/DOM glue. No text heuristics live here.

pub mod app;
pub mod components;
pub mod dom;
pub mod explorer;
pub mod export;
pub mod library;
pub mod link;
pub mod model;
pub mod state;
pub mod worker;

pub use app::App;
