//! The keyboard shortcut dialog, a native modal `<dialog>` (focus trap and Esc for free).

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::state::{Action, Intent};

#[derive(Properties, PartialEq)]
pub struct HelpDialogProps {
    pub open: bool,
    pub on_intent: Callback<Intent>,
}

pub const SHORTCUTS: [(&str, &str); 8] = [
    ("o", "Open an article"),
    ("j", "Next visible passage"),
    ("k", "Previous visible passage"),
    ("c", "Copy the link to the current passage"),
    (
        "q",
        "Copy the current passage as a quotation, with its speaker and link",
    ),
    ("/", "Search"),
    ("Esc", "Clear the highlight or close a dialog"),
    ("?", "Show these shortcuts"),
];

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
            <dl>
                { for SHORTCUTS.iter().map(|(key, what)| html! {
                    <div><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></div>
                }) }
            </dl>
            <button type="button" onclick={on_click(&props.on_intent, Intent::Act(Action::SetHelp(false)))}>{ "Close" }</button>
        </dialog>
    }
}
