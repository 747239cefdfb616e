//! Word lists about the clause a reporting cue governs: which cues take a bare clause as
//! their content (`said the deal is dead`), and which words may open such a clause.

use super::WordList;

/// Lemmas of cues whose content may follow them as a bare clause, with no object and no
/// `that`: `Trump said the race is rigged`, `she added the plan was late`. After an
/// introductory phrase and a comma (`Speaking on Sunday, X said …`) the words before the
/// comma only set the scene; the clause after the cue is what was said.
pub(in crate::analysis) const CLAUSE_COMPLEMENT_CUES: WordList = super::word_list!(&[
    "add", "admit", "argue", "claim", "contend", "declare", "explain", "insist", "maintain",
    "note", "say", "write",
]);

/// Lower-case words that may open the subject of a bare complement clause right after a cue:
/// `said the plan …`, `said he …`, `said there is …`. Capitalised words (names) open one too.
pub(in crate::analysis) const CLAUSE_SUBJECT_OPENERS: WordList = super::word_list!(&[
    "a", "an", "he", "her", "his", "it", "its", "my", "our", "she", "some", "the", "their",
    "there", "these", "they", "this", "those", "we", "you",
]);
