//! Titles around a person's name: `U.S. District Judge`, `Secretary of State`, an honour after
//! it (`QC`) and an affiliation (`of the Liberal Party`).

use crate::analysis::lexicon::*;

/// Drops titles in front of a person's name: `U.S. District Judge Eleanor M. Harmon`,
/// `Secretary of State Rita Cole`; and an affiliation after it: `Minister Tomas Holm of the
/// Liberal Party`. The name is a run of `words`, borrowed.
pub(in crate::analysis) fn strip_titles<'w, 'a>(words: &'w [&'a str]) -> &'w [&'a str] {
    // `John Cooper QC`, `Ines Varga OBE`: letters after a name are an honour, not the name.
    let mut words = words;
    while let [name @ .., last] = words {
        if name.len() < 2 || !is_in(POST_NOMINALS, last) {
            break;
        }
        words = name;
    }
    // `Inspector General (IG) Ravi Rao`, `Superintendent of Police (SP) Ravi Rao`: the title's
    // acronym (the last word in parentheses, within four words after it) ends the title.
    let last_title = words
        .iter()
        .rposition(|word| is_in(TITLES, word))
        .map(|idx| {
            let acronym = (idx + 1..words.len().min(idx + 5)).rfind(|&at| {
                let word = words[at];
                word.len() > 2 && word.starts_with('(') && word.ends_with(')')
            });
            acronym.unwrap_or(idx)
        });
    let name_only = |word: &&str| starts_upper(word) && !is_in(ORG_WORDS, word);
    // `Health Minister Tomas Holm of the Liberal Party`: the name before its affiliation.
    let affiliated = last_title.and_then(|idx| {
        let of = idx + 1 + words[idx + 1..].iter().position(|word| *word == "of")?;
        ((2..=3).contains(&(of - idx - 1)) && words[idx + 1..of].iter().all(name_only))
            .then(|| &words[idx + 1..of])
    });
    if let Some(name) = affiliated {
        return name;
    }
    match last_title {
        // `Justice Ravi ud Din Varga`: particles inside the name too.
        Some(idx)
            if words.len() - idx > 1
                && words[idx + 1..].iter().all(|word| {
                    (starts_upper(word) && !is_in(ORG_WORDS, word)) || is_in(NAME_PARTICLES, word)
                })
                && words.last().is_some_and(|word| starts_upper(word))
                && starts_upper(words[idx + 1]) =>
        {
            &words[idx + 1..]
        }
        // `Secretary of State Rita Cole`, `Minister for Health Ana Ruiz Vega`: a title with its
        // office, then the name, taken as the last two words.
        // (`Minister of State for Trade Ana Ruiz`, `Minister for Roads and Harbours Ana Ruiz`:
        // connecting words inside the office.)
        Some(idx)
            if words.len() - idx >= 5
                && is_in(&["of", "for"], words[idx + 1])
                && words[idx + 2..].iter().all(|word| {
                    (starts_upper(word) && !is_in(ORG_WORDS, word))
                        || is_in(&["and", "for", "of"], word)
                })
                && words[words.len() - 2..]
                    .iter()
                    .all(|word| starts_upper(word)) =>
        {
            &words[words.len() - 2..]
        }
        _ => words,
    }
}
