//! The export menu: the analysis as JSON, passages as CSV, "who said what" as Markdown, and the
//! article as one self-contained page. A disclosure (`<details>`), so it works by keyboard and
//! needs no script to open.

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::state::{Export, Intent};

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub on_intent: Callback<Intent>,
}

pub const EXPORTS: [(Export, &str); 4] = [
    (Export::Json, "Export analysis (JSON)"),
    (Export::Csv, "Export passages (CSV)"),
    (Export::Markdown, "Export who said what (Markdown)"),
    (Export::Page, "Download as a page (HTML)"),
];

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let details = use_node_ref();
    // Choosing an export closes the menu.
    let onclick = {
        let details = details.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(element) = details.cast::<web_sys::Element>() {
                let _ = element.remove_attribute("open");
            }
        })
    };
    html! {
        <details class="export-menu" ref={details}>
            <summary>{ "Export" }</summary>
            <ul {onclick}>
                { for EXPORTS.iter().map(|(export, name)| html! {
                    <li><button type="button" onclick={on_click(&props.on_intent, Intent::Export(*export))}>{ *name }</button></li>
                }) }
            </ul>
        </details>
    }
}
