//! The explorer's components, one per interaction area, plus the memoised passage leaf.

mod article;
mod header;
mod help;
mod notices;
mod speakers;
mod strip;
mod toolbar;

pub use article::{ArticleBody, ArticleBodyProps, PassageItem, PassageItemProps};
pub use header::{ArticleHeader, ArticleHeaderProps};
pub use help::{HelpDialog, HelpDialogProps};
pub use notices::{Notices, NoticesProps};
pub use speakers::{SpeakerPanel, SpeakerPanelProps};
pub use strip::{SpeakerStrip, SpeakerStripProps};
pub use toolbar::{Toolbar, ToolbarProps};
