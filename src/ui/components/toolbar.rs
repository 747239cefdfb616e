//! The toolbar: search with match navigation, the hide/dim switch and the status line.

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::state::{Action, FilterMode, Intent};

/// What the toolbar shows. A plain function of these, not a component (see `notices`).
pub struct ToolbarProps {
    /// "Search the article", or in the transcript "Filter speakers by name".
    pub search_label: &'static str,
    pub query: AttrValue,
    pub mode: FilterMode,
    pub status: AttrValue,
    pub n_matches: usize,
    /// Where the target is among the matches, when it is one.
    pub match_at: Option<usize>,
    pub on_intent: Callback<Intent>,
}

pub fn toolbar(props: ToolbarProps) -> Html {
    let on_query = props.on_intent.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        use wasm_bindgen::JsCast;
        if let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            on_query.emit(Intent::Act(Action::SetQuery(input.value())));
        }
    });
    let on_enter = props.on_intent.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            on_enter.emit(Intent::Match(!event.shift_key()));
        }
    });
    let intent = &props.on_intent;
    let n = props.n_matches;
    html! {
        <div class="toolbar">
            <div class="search" role="search">
                <label for="search" class="visually-hidden">{ props.search_label }</label>
                <input id="search" type="search" placeholder={props.search_label} autocomplete="off"
                    value={props.query.clone()} {oninput} {onkeydown} />
                <button type="button" class="icon" aria-label="Previous match" title="Previous match (Shift+Enter)"
                    disabled={n == 0} onclick={on_click(intent, Intent::Match(false))}>
                    <span aria-hidden="true">{ "↑" }</span>
                </button>
                <button type="button" class="icon" aria-label="Next match" title="Next match (Enter)"
                    disabled={n == 0} onclick={on_click(intent, Intent::Match(true))}>
                    <span aria-hidden="true">{ "↓" }</span>
                </button>
                if !props.query.trim().is_empty() {
                    <span class="match-count">{ match props.match_at {
                        Some(at) => format!("{} of {n}", at + 1),
                        None => format!("{n} {}", if n == 1 { "match" } else { "matches" }),
                    } }</span>
                }
            </div>
            <fieldset class="mode">
                <legend class="visually-hidden">{ "Other speakers’ passages" }</legend>
                <label>
                    <input type="radio" name="mode" value="hide" checked={props.mode == FilterMode::Hide}
                        onclick={on_click(intent, Intent::Act(Action::SetMode(FilterMode::Hide)))} />
                    { "Hide others" }
                </label>
                <label>
                    <input type="radio" name="mode" value="dim" checked={props.mode == FilterMode::Dim}
                        onclick={on_click(intent, Intent::Act(Action::SetMode(FilterMode::Dim)))} />
                    { "Dim others" }
                </label>
            </fieldset>
            <button type="button" class="help-button" aria-keyshortcuts="?"
                onclick={on_click(intent, Intent::Act(Action::SetHelp(true)))}>
                { "Shortcuts" }
            </button>
            <p class="status" id="status" role="status" aria-live="polite">{ props.status.clone() }</p>
        </div>
    }
}
