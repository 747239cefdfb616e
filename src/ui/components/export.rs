//! The export menu: the analysis as JSON, passages as CSV, "who said what" as Markdown, and the
//! article as one self-contained page. A disclosure (`<details>`), so it works by keyboard and
//! needs no script to open.

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::state::{Export, Intent};

pub const EXPORTS: [(Export, &str); 5] = [
    (Export::Json, "Export analysis (JSON)"),
    (Export::Csv, "Export passages (CSV)"),
    (Export::Markdown, "Export who said what (Markdown)"),
    (Export::Page, "Download as a page (HTML)"),
    (Export::Print, "Print the article"),
];

/// The menu. Choosing an export closes it (`dom::close_menus`, from the export itself). A plain
/// function rather than a component: it has no state, and a component is code in the wasm.
pub fn export_menu(on_intent: &Callback<Intent>) -> Html {
    html! {
        <details class="export-menu">
            <summary>{ "Export" }</summary>
            <ul>
                { for EXPORTS.iter().map(|(export, name)| html! {
                    <li><button type="button" onclick={on_click(on_intent, Intent::Export(*export))}>{ *name }</button></li>
                }) }
            </ul>
        </details>
    }
}
