//! The toolbar: search with match navigation, the hide/dim switch and the status line.

use yew::prelude::*;

use crate::ui::state::FilterMode;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub query: AttrValue,
    pub mode: FilterMode,
    pub status: AttrValue,
    pub n_matches: usize,
    pub on_query: Callback<String>,
    pub on_mode: Callback<FilterMode>,
    /// Jump to the next (`true`) or previous search match.
    pub on_match: Callback<bool>,
    pub on_help: Callback<()>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let on_query = props.on_query.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        use wasm_bindgen::JsCast;
        if let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            on_query.emit(input.value());
        }
    });
    let on_match = props.on_match.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            on_match.emit(!event.shift_key());
        }
    });
    let (next, previous) = (props.on_match.clone(), props.on_match.clone());
    let (hide, dim) = (props.on_mode.clone(), props.on_mode.clone());
    let on_help = props.on_help.clone();
    let has_query = !props.query.trim().is_empty();
    html! {
        <div class="toolbar">
            <div class="search" role="search">
                <label for="search" class="visually-hidden">{ "Search the article" }</label>
                <input id="search" type="search" placeholder="Search the article" autocomplete="off"
                    value={props.query.clone()} {oninput} {onkeydown} />
                <button type="button" class="icon" aria-label="Previous match" title="Previous match (Shift+Enter)"
                    disabled={props.n_matches == 0} onclick={move |_| previous.emit(false)}>
                    <span aria-hidden="true">{ "↑" }</span>
                </button>
                <button type="button" class="icon" aria-label="Next match" title="Next match (Enter)"
                    disabled={props.n_matches == 0} onclick={move |_| next.emit(true)}>
                    <span aria-hidden="true">{ "↓" }</span>
                </button>
                if has_query {
                    <span class="match-count">{ format!("{} {}", props.n_matches, if props.n_matches == 1 { "match" } else { "matches" }) }</span>
                }
            </div>
            <fieldset class="mode">
                <legend class="visually-hidden">{ "Other speakers’ passages" }</legend>
                <label>
                    <input type="radio" name="mode" value="hide" checked={props.mode == FilterMode::Hide}
                        onchange={move |_| hide.emit(FilterMode::Hide)} />
                    { "Hide others" }
                </label>
                <label>
                    <input type="radio" name="mode" value="dim" checked={props.mode == FilterMode::Dim}
                        onchange={move |_| dim.emit(FilterMode::Dim)} />
                    { "Dim others" }
                </label>
            </fieldset>
            <button type="button" class="help-button" aria-keyshortcuts="?" onclick={move |_| on_help.emit(())}>
                { "Shortcuts" }
            </button>
            <p class="status" id="status" role="status" aria-live="polite">{ props.status.clone() }</p>
        </div>
    }
}
