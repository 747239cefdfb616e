//! Dismissible notices, the target bar, and copy-link feedback.

use yew::prelude::*;

use crate::ui::state::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<u32>,
    /// Text about the target passage (`Showing the linked passage …`), if any.
    pub target_text: Option<AttrValue>,
    pub on_clear_target: Callback<()>,
    /// "Link copied", or the fallback link to copy by hand.
    pub copied: bool,
    pub fallback_url: Option<AttrValue>,
    pub can_share: bool,
    pub on_share: Callback<()>,
    pub on_dismiss_copy: Callback<()>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let on_clear_target = props.on_clear_target.clone();
    let on_dismiss_copy = props.on_dismiss_copy.clone();
    let on_dismiss_copy_2 = props.on_dismiss_copy.clone();
    let on_share = props.on_share.clone();
    html! {
        <div class="notices">
            { for props.notices.iter().map(|notice| {
                let on_dismiss = props.on_dismiss.clone();
                let id = notice.id;
                html! {
                    <div class="notice" key={id}>
                        <p>{ notice.text.clone() }</p>
                        <button type="button" class="dismiss" aria-label="Dismiss notice"
                            onclick={move |_| on_dismiss.emit(id)}>{ "×" }</button>
                    </div>
                }
            }) }
            if let Some(text) = &props.target_text {
                <div class="notice target-bar">
                    <p>{ text.clone() }</p>
                    <button type="button" class="dismiss" onclick={move |_| on_clear_target.emit(())}>
                        { "Clear highlight" }
                    </button>
                </div>
            }
            <div class="copy-status" role="status" aria-live="polite">
                if props.copied {
                    <div class="notice toast">
                        <p>{ "Link copied" }</p>
                        if props.can_share {
                            <button type="button" onclick={move |_| on_share.emit(())}>{ "Share…" }</button>
                        }
                        <button type="button" class="dismiss" aria-label="Dismiss"
                            onclick={move |_| on_dismiss_copy.emit(())}>{ "×" }</button>
                    </div>
                }
                if let Some(url) = &props.fallback_url {
                    <div class="notice fallback">
                        <label for="copy-fallback">{ "Copying was not allowed. Copy this link:" }</label>
                        <input id="copy-fallback" type="text" readonly=true value={url.clone()} />
                        <button type="button" class="dismiss" aria-label="Close"
                            onclick={move |_| on_dismiss_copy_2.emit(())}>{ "×" }</button>
                    </div>
                }
            </div>
        </div>
    }
}
