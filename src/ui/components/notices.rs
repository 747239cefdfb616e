//! Dismissible notices, the target bar, and copy-link feedback: toasts fixed in the viewport
//! (the style sheet), the notices in a polite live region and the copy feedback in a status.

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::state::{Action, Intent, Notice};

/// What the notices show. A plain function of these, not a component: each component costs the
/// page's wasm about 0.4 KB gzip, and these are cheap to render.
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    /// Text about the target passage (`Showing linked passage …`), if any.
    pub target_text: Option<AttrValue>,
    /// The target's evidence line (HTML from the worker), once known.
    pub evidence: Option<AttrValue>,
    /// "Link copied" (or "Quote copied") is showing: the passage, the link's length in
    /// characters, and whether it was a quotation.
    pub copied: Option<(usize, usize, bool)>,
    /// The link to copy by hand when the Clipboard API was refused.
    pub fallback_url: Option<AttrValue>,
    pub can_share: bool,
    pub on_intent: Callback<Intent>,
}

pub fn notices(props: NoticesProps) -> Html {
    let intent = &props.on_intent;
    let dismiss_copy = || on_click(intent, Intent::Act(Action::DismissCopy));
    html! {
        <div class="notices">
            <div class="notice-list" aria-live="polite">
            { for props.notices.iter().map(|notice| html! {
                <div class="notice" key={notice.id}>
                    <p>{ notice.text.clone() }</p>
                    <button type="button" class="dismiss" aria-label="Dismiss notice"
                        onclick={on_click(intent, Intent::Act(Action::DismissNotice(notice.id)))}>{ "×" }</button>
                </div>
            }) }
            if let Some(text) = &props.target_text {
                <div class="notice target-bar">
                    <p>{ text.clone() }</p>
                    // Always there with a target, which names it as its description.
                    <p id="why-now" class="why" onclick={super::statements::on_delegated_click(intent)}>
                        if let Some(evidence) = &props.evidence {
                            { Html::from_html_unchecked(evidence.clone()) }
                        }
                    </p>
                    <button type="button" class="dismiss" onclick={on_click(intent, Intent::Act(Action::ClearTarget))}>
                        { "Clear highlight" }
                    </button>
                </div>
            }
            </div>
            <div class="copy-status" role="status" aria-live="polite">
                if let Some((passage, length, quote)) = props.copied {
                    <div class="notice toast">
                        <p>{ if quote { "Quote copied, with its speaker, headline, date and link" } else { "Link copied" } }</p>
                        if !quote {
                            <button type="button" onclick={on_click(intent, Intent::CopyQuote(passage))}>{ "Copy quote" }</button>
                        }
                        if length > crate::ui::explorer::LONG_LINK {
                            <p class="long-link">
                                { format!("It is {length} characters long: chat apps and mail clients often cut links over 8000. To share a long article, download it as a page instead.") }
                            </p>
                            <button type="button" onclick={on_click(intent, Intent::Export(crate::ui::state::Export::Page))}>
                                { "Download as a page" }
                            </button>
                        }
                        if props.can_share {
                            <button type="button" onclick={on_click(intent, Intent::Share)}>{ "Share…" }</button>
                        }
                        <button type="button" class="dismiss" aria-label="Dismiss" onclick={dismiss_copy()}>{ "×" }</button>
                    </div>
                }
                if let Some(url) = &props.fallback_url {
                    <div class="notice fallback">
                        <label for="copy-fallback">{ "Copying was not allowed. Copy this link:" }</label>
                        <input id="copy-fallback" type="text" readonly=true value={url.clone()} />
                        <button type="button" class="dismiss" aria-label="Close" onclick={dismiss_copy()}>{ "×" }</button>
                    </div>
                }
            </div>
        </div>
    }
}
