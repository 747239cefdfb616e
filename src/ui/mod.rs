//! The Yew explorer: state, components and the URL/DOM glue. No text heuristics live here.

pub mod app;
pub mod components;
pub mod dom;
pub mod link;
pub mod model;
pub mod state;

pub use app::App;
