//! What an object makes of a verb: speech (`made the case that`), an act (`claimed victory`,
//! `dismissed the petition`) or remarks given before (`made the remarks`).

use super::WordList;

/// Filings a court rules on: `dismissed the petition`, `rejected his appeal` (a ruling, not a
/// statement).
pub(in crate::analysis) const COURT_FILINGS: &[&str] = &[
    "appeal",
    "appeals",
    "application",
    "lawsuit",
    "motion",
    "petition",
    "petitions",
    "plea",
    "pleas",
    "suit",
    "writ",
];

/// Nouns that make `made` a statement (beside the source nouns): `made its call for calm`,
/// `made a plea`, `made the case that`, `made the comment on Monday`.
pub(in crate::analysis) const MADE_SPEECH: WordList = super::word_list!(&[
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "announcement",
    "appeal",
    "call",
    "case",
    "comment",
    "plea",
    "pledge",
    "point",
    "promise",
    "remark",
    "vow",
]);

/// Nouns that make `lodged` or `registered` a statement: `lodged a strong protest`.
pub(in crate::analysis) const LODGED_SPEECH: &[&str] = &[
    "complaint",
    "complaints",
    "objection",
    "objections",
    "protest",
    "protests",
];

/// Nouns that make `gave` a statement of what it reports: `gave evidence of the arrest`, `gave
/// an account of the night` (not `gave an interview` or `gives remarks`, which report nothing).
pub(in crate::analysis) const GIVEN_SPEECH: &[&str] = &["account", "evidence", "testimony"];

/// Determiners before remarks the text has already given: `made the remarks`, `made these
/// comments`, `made his statement`.
pub(in crate::analysis) const REFERRING_DETERMINERS: &[&str] = &[
    "her", "his", "its", "the", "their", "these", "this", "those",
];

/// Nouns for what someone said, referred back to: `made the remarks at a briefing`.
pub(in crate::analysis) const REMARK_NOUNS: &[&str] = &[
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "statements",
];

/// What a team, a group or a disaster claims without speaking: `claimed responsibility for the
/// attack`, `claimed victory`, `claimed the title`, `the crash claimed 12 lives` (an act, not a
/// statement).
pub(in crate::analysis) const CLAIMED_ACTS: &[&str] = &[
    "bronze",
    "credit",
    "crown",
    "gold",
    "life",
    "lives",
    "medal",
    "ownership",
    "responsibility",
    "seat",
    "seats",
    "silver",
    "title",
    "trophy",
    "victory",
    "win",
];

/// Source nouns for what a speaker issues, never a study of its own: `the statement said`
/// after a spokesperson spoke is the spokesperson's.
pub(in crate::analysis) const ISSUED_NOUNS: &[&str] = &[
    "clarification",
    "communique",
    "communiqué",
    "memo",
    "release",
    "statement",
    "tweet",
];
