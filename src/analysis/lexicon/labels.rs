//! Words of a page's furniture rather than its speakers: headline and section labels, and the
//! head words of news outlets.

use super::WordList;

/// Words before a headline's colon that label it rather than name a speaker (`Analysis:`,
/// `Watch:`).
pub(in crate::analysis) const HEADLINE_LABELS: WordList = super::word_list!(&[
    "analysis",
    "breaking",
    "breaking news",
    "comment",
    "correction",
    "editorial",
    "exclusive",
    "explainer",
    "fact check",
    "factbox",
    "feature",
    "focus",
    "in pictures",
    "insight",
    "interview",
    "latest",
    "letters",
    "live",
    "live updates",
    "obituary",
    "opinion",
    "photos",
    "podcast",
    "poll",
    "q&a",
    "quiz",
    "recap",
    "report",
    "review",
    "special report",
    "the latest",
    "timeline",
    "update",
    "updated",
    "video",
    "watch",
]);

/// Capitalised prepositions that end a name in a title-case headline: `…, Says Ten Holm After
/// Defeat`, `Holm Speaks On Budget`.
pub(in crate::analysis) const TITLE_CASE_BREAKS: &[&str] = &[
    "after",
    "against",
    "ahead",
    "amid",
    "as",
    "at",
    "before",
    "despite",
    "during",
    "following",
    "in",
    "on",
    "over",
    "to",
    "with",
    "without",
];

/// Heads of an unnamed account in `…, according to media reports`: such a source names no
/// speaker, so the sentence's own speaker stands.
pub(in crate::analysis) const UNNAMED_ACCOUNTS: &[&str] =
    &["account", "accounts", "media", "report", "reports"];

/// Head words of news outlets: the subject of `…, Reuters said` relays the words of the speaker
/// its content names (`Holm said the port was losing money, the Tolvia Daily said`).
pub(in crate::analysis) const NEWS_OUTLET_WORDS: WordList = super::word_list!(&[
    "afp",
    "agency",
    "ap",
    "bbc",
    "bloomberg",
    "broadcaster",
    "cnn",
    "daily",
    "dpa",
    "gazette",
    "herald",
    "ians",
    "journal",
    "kyodo",
    "magazine",
    "news",
    "newspaper",
    "outlet",
    "paper",
    "post",
    "press",
    "pti",
    "radio",
    "reuters",
    "tass",
    "television",
    "times",
    "tribune",
    "upi",
    "website",
    "xinhua",
    "yonhap",
]);

/// Paragraph labels before a colon that name a section, not a speaker (`UPDATE:`, `Note:`).
pub(in crate::analysis) const SECTION_LABELS: WordList = super::word_list!(&[
    "a",
    "answer",
    "breaking",
    "correction",
    "editor's note",
    "live",
    "note",
    "photos",
    "q",
    "question",
    "read more",
    "related",
    "source",
    "sources",
    "update",
    "video",
    "watch",
]);
