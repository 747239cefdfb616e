//! "Who says what about whom": the table the worker renders (`crate::statements`), shown as it
//! comes, with one delegated click handler for its cells and for the links of evidence lines.

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::link::View;
use crate::ui::state::{Action, Intent};

/// The panel: the worker's HTML once it has answered (`view`), a status line until then. A plain
/// function, not a component: each component costs the page's wasm about 0.5 KB.
pub fn statements_panel(view: View, html: Option<AttrValue>, on_intent: &Callback<Intent>) -> Html {
    let (name, close) = match view {
        View::Transcript => ("By speaker", "Close by speaker"),
        _ => ("Who says what about whom", "Close who says what about whom"),
    };
    html! {
        <section id="statements" class="statements" aria-label={name}
            onclick={on_delegated_click(on_intent)}>
            <button type="button" class="dismiss" aria-label={close}
                onclick={on_click(on_intent, Intent::Act(Action::SetView(View::Article)))}>{ "×" }</button>
            if let Some(html) = html {
                { Html::from_html_unchecked(html) }
            } else {
                <p role="status">{ "Reading the article’s speakers…" }</p>
            }
        </section>
    }
}

/// Clicks inside the worker's HTML: a cell (`data-from`, `data-to`) chooses it; a passage link
/// (`data-p`) jumps there within the page, whatever the link version.
pub(crate) fn on_delegated_click(on_intent: &Callback<Intent>) -> Callback<MouseEvent> {
    let on_intent = on_intent.clone();
    Callback::from(move |event: MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(element) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-p],[data-from]").ok().flatten())
        else {
            return;
        };
        let attribute = |name| element.get_attribute(name).unwrap_or_default();
        let action = match element.get_attribute("data-p") {
            Some(id) => {
                event.prevent_default();
                Action::FocusPassageId(id)
            }
            None => Action::ChooseCell(attribute("data-from"), attribute("data-to")),
        };
        on_intent.emit(Intent::Act(action));
    })
}
