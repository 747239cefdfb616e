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
pub use help::{HelpDialog, HelpDialogProps};
pub use notices::{notices, NoticesProps};
pub use open::{bundled_articles, opening_of_file, OpenDialog, OpenDialogProps};
pub use speakers::{speaker_panel, SpeakerPanelProps, LEGEND, LEGEND_ID};
pub use statements::statements_panel;
pub use strip::{SpeakerStrip, SpeakerStripProps};
pub use toolbar::{toolbar, ToolbarProps};

use yew::{Callback, MouseEvent};

use crate::ui::state::Intent;

/// A click handler that emits `intent`. One closure type for every button keeps the wasm small:
/// each distinct closure is its own monomorphised copy of yew's listener code.
pub(crate) fn on_click(on_intent: &Callback<Intent>, intent: Intent) -> Callback<MouseEvent> {
    let on_intent = on_intent.clone();
    Callback::from(move |_: MouseEvent| on_intent.emit(intent.clone()))
}
