//! The keyboard shortcut dialog, a native modal `<dialog>` (focus trap and Esc for free).

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::state::{Action, Intent};

#[derive(Properties, PartialEq)]
pub struct HelpDialogProps {
    pub open: bool,
    pub on_intent: Callback<Intent>,
}

/// The shortcuts (see [`super::STATIC_MARKUP`]: the page's wasm does not hold them).
pub const SHORTCUTS: &str = "<dl>\
    <div><dt><kbd>o</kbd></dt><dd>Open an article</dd></div>\
    <div><dt><kbd>j</kbd></dt><dd>Next visible passage</dd></div>\
    <div><dt><kbd>k</kbd></dt><dd>Previous visible passage</dd></div>\
    <div><dt><kbd>c</kbd></dt><dd>Copy the link to the current passage</dd></div>\
    <div><dt><kbd>q</kbd></dt><dd>Copy the current passage as a quotation, with its speaker and link</dd></div>\
    <div><dt><kbd>/</kbd></dt><dd>Search</dd></div>\
    <div><dt><kbd>Esc</kbd></dt><dd>Clear the highlight or close a dialog</dd></div>\
    <div><dt><kbd>?</kbd></dt><dd>Show these shortcuts</dd></div>\
    </dl>";

#[component]
pub fn HelpDialog(props: &HelpDialogProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |&open| {
            if let Some(element) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if open && !element.open() {
                    let _ = element.show_modal();
                } else if !open && element.open() {
                    element.close();
                }
            }
        });
    }
    // The dialog closes itself on Esc; keep the state in step.
    let on_intent = props.on_intent.clone();
    let onclose =
        Callback::from(move |_: Event| on_intent.emit(Intent::Act(Action::SetHelp(false))));
    html! {
        <dialog ref={dialog} class="help" aria-labelledby="help-title" {onclose}>
            <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
            { super::static_markup(super::SHORTCUTS_ID) }
            <button type="button" onclick={on_click(&props.on_intent, Intent::Act(Action::SetHelp(false)))}>{ "Close" }</button>
        </dialog>
    }
}
