//! Capitals for their countries: `Beijing has responded` is China when the article names China
//! too, so that the panel lists the country once.

use super::State;
use crate::analysis::lexicon::country_of_capital;

/// Renames each speaking draft named for a capital (`Beijing`) to the country, when the text
/// names that country as a whole word; the capital stays an alias. `same names` then folds it
/// into the country's own draft. Changes the drafts' names and aliases only.
pub(super) fn name_countries(state: &mut State<'_>) {
    let speaking = state.speaking();
    for (idx, draft) in state.registry.actors.iter_mut().enumerate() {
        if !speaking[idx] || draft.member_of.is_some() {
            continue;
        }
        let Some(country) = country_of_capital(&draft.name) else {
            continue;
        };
        if names_word(state.text, country) {
            let capital = std::mem::replace(&mut draft.name, country.to_string());
            draft.aliases.push(capital);
        }
    }
}

/// Whether `text` holds `name` as whole words (not inside a longer word).
fn names_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
