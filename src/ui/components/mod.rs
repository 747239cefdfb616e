//! The explorer's components, one per interaction area, plus the memoised passage leaf.

mod article;
mod export;
mod header;
mod help;
mod notices;
mod open;
mod speakers;
mod statements;
mod strip;
mod toolbar;

pub use article::{
    passage_index_of, ArticleBody, ArticleBodyProps, ArticleChunk, ArticleChunkProps, PassageItem,
    PassageItemProps,
};
pub use export::{export_menu, EXPORTS};
pub use header::article_header;
pub use help::{HelpDialog, HelpDialogProps, SHORTCUTS};
pub use notices::{notices, NoticesProps};
pub use open::{bundled_articles, opening_of_file, OpenDialog, OpenDialogProps};
pub use speakers::{speaker_panel, SpeakerPanelProps, LEGEND};
pub use statements::statements_panel;
pub use strip::{SpeakerStrip, SpeakerStripProps};
pub use toolbar::{toolbar, ToolbarProps};

use yew::{AttrValue, Callback, Html, MouseEvent};

use crate::ui::state::Intent;

/// A click handler that emits `intent`. One closure type for every button keeps the wasm small:
/// each distinct closure is its own monomorphised copy of yew's listener code.
pub(crate) fn on_click(on_intent: &Callback<Intent>, intent: Intent) -> Callback<MouseEvent> {
    let on_intent = on_intent.clone();
    Callback::from(move |_: MouseEvent| on_intent.emit(intent.clone()))
}

/// The id of the prerendered element holding the legend's markup.
pub const LEGEND_ID: &str = "legend-html";
/// The id of the prerendered element holding the keyboard shortcuts' markup.
pub const SHORTCUTS_ID: &str = "shortcuts-html";

/// Static markup (no reader data in it, so nothing to escape) that the page's wasm does not
/// hold: the prerender writes each into the page as the text of a hidden element with this id,
/// and [`static_markup`] reads it from there. Built element by element, or held as a string in
/// the wasm, it cost the page's wasm more than it costs the page.
pub const STATIC_MARKUP: [(&str, &str); 2] = [(LEGEND_ID, LEGEND), (SHORTCUTS_ID, SHORTCUTS)];

/// The markup of the [`STATIC_MARKUP`] entry `id`: in the page, from the prerendered page;
/// natively, the constant itself. (Only the id reaches the wasm.)
pub(crate) fn static_markup(id: &'static str) -> Html {
    #[cfg(target_arch = "wasm32")]
    let markup = AttrValue::from(crate::ui::dom::element_text(id).unwrap_or_default());
    #[cfg(not(target_arch = "wasm32"))]
    let markup = AttrValue::Static(
        STATIC_MARKUP
            .iter()
            .find(|entry| entry.0 == id)
            .map_or("", |entry| entry.1),
    );
    Html::from_html_unchecked(markup)
}
