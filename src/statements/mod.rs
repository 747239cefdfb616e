//! "Who says what about whom", rendered for the page by the analysis worker: the statements
//! table (rows are speakers, columns whom their statements are about, cells count statements by
//! stance), the same as a list for narrow screens, the evidence line of every attributed
//! passage, the cells' passages for the page's filter, and the "By speaker" transcript.
//!
//! The page's wasm has no room for this view as components, so the worker sends it as HTML that
//! the page inserts as it is. Everything from the article is escaped here ([`html::escape`]);
//! the page adds no markup of its own to it. Pure: no web crates, tested natively.

mod evidence;
mod grid;
mod html;
mod transcript;

use crate::analysis::{stances, Analysis};

pub use grid::{Cell, Grid};
pub use html::{escape, escape_with};
pub use transcript::{transcript, FILTER_FROM};

/// What the worker sends the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    /// The statements view: a heading, the table and the narrow-screen list.
    pub view: String,
    /// One line per attributed passage: `<passage id>\t<evidence HTML>`.
    pub evidence: String,
    /// One line per cell: `<from slug>\t<to slug>\t<label>\t<passage ids, space-separated>`.
    pub cells: String,
    /// The "By speaker" transcript.
    pub transcript: String,
}

/// Renders the statements of `analysis` (an analysis of `text`).
pub fn render(text: &str, analysis: &Analysis) -> Rendered {
    let stances = stances(text, analysis);
    let grid = Grid::new(analysis, &stances);
    Rendered {
        view: html::view(&grid),
        evidence: evidence::lines(text, analysis, &stances, &grid),
        cells: html::cell_lines(&grid),
        transcript: transcript(text, analysis),
    }
}
