//! Acronyms: their definitions in the text (`World Health Organization (WHO)`), the words
//! they cover and how a name with one is displayed.

use super::*;
use crate::analysis::lexicon::*;
use crate::analysis::text::is_all_caps;

/// Initials of an acronym's expansion: the upper-case letters of its significant words. A
/// lower-case letter of a mixed-case acronym stands for a connector (`BoE`, Bank of England).
pub(in crate::analysis) fn acronym_matches(acronym: &str, words: &[&str]) -> bool {
    // Both sides are compared as they are read, without building them.
    let letters = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase);
    let mixed = acronym.chars().any(char::is_lowercase);
    let initials = words
        .iter()
        .filter(|word| mixed || !is_in(FUNCTION_WORDS, word))
        .filter_map(|word| word.chars().next())
        .flat_map(char::to_lowercase);
    acronym.chars().any(char::is_alphabetic) && letters.eq(initials)
}

/// Whether `word` has the form of an acronym: two to five ASCII letters, all capitals
/// (`AP`, `NATO`) or capitals around single lower-case letters (`BoE`, `DoJ`).
pub(in crate::analysis) fn is_acronym_form(word: &str) -> bool {
    let bytes = word.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    (2..=5).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_alphabetic)
        && first.is_ascii_uppercase()
        && last.is_ascii_uppercase()
        && !bytes
            .windows(2)
            .any(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_lowercase())
}

/// An acronym defined in the text: `European Union (EU)`.
#[derive(Debug, Clone)]
pub(in crate::analysis) struct Acronym {
    /// The acronym in lower case.
    pub(in crate::analysis) short: String,
    /// The significant words of the expansion, in lower case.
    pub(in crate::analysis) expansion: Vec<String>,
    /// The expansion as written.
    pub(in crate::analysis) display: String,
}

/// The words an acronym stands for: the shortest matching tail of `words`, or all of them.
pub(in crate::analysis) fn covered_words<'a>(words: &[&'a str], acronym: &str) -> Vec<&'a str> {
    match (1..=words.len()).find(|&n| acronym_matches(acronym, &words[words.len() - n..])) {
        Some(n) => words[words.len() - n..].to_vec(),
        None => words.to_vec(),
    }
}

pub(in crate::analysis) fn define_acronym(words: &[&str], acronym: &str) -> Option<Acronym> {
    let covered = covered_words(words, acronym);
    if covered.is_empty() {
        return None;
    }
    let display = covered.join(" ");
    Some(Acronym {
        short: acronym.to_lowercase(),
        expansion: significant_words(&display),
        display,
    })
}

/// The display name of `words (ACRONYM)`: the acronym replaces the words it stands for
/// (`Chinese Mission to the EU`); a whole name, or one after a place code, stays written out
/// unless it is long.
pub(in crate::analysis) fn acronym_display(words: &[&str], acronym: &str) -> String {
    let covered = covered_words(words, acronym);
    // A place code before the words stays with them: `U.S. Securities and Exchange Commission`.
    let place_only = covered.len() + 1 == words.len() && is_place_code(words[0]);
    if covered.len() < words.len() && !place_only {
        let mut kept: Vec<&str> = words[..words.len() - covered.len()].to_vec();
        kept.push(acronym);
        kept.join(" ")
    } else if words.len() > 5 {
        acronym.to_string()
    } else {
        words.join(" ")
    }
}

/// An acronym that the text spells out before `before` without defining it: `AP` after `The
/// Associated Press`. The nearest run of capitalised words (connectors inside) that the
/// acronym's letters are the initials of.
pub(in crate::analysis) fn spelled_out(
    text: &str,
    before: usize,
    acronym: &str,
) -> Option<Acronym> {
    if !is_acronym_form(acronym) {
        return None;
    }
    let (_, window) = window_before(text, before, 4_000);
    // Runs of capitalised words, each with the place code just before it (`U.S.`).
    let mut runs: Vec<(Option<&str>, Vec<&str>)> = vec![(None, Vec::new())];
    let mut previous = "";
    for (_, raw) in words_with_breaks(window) {
        let bare = bare_word(raw);
        let bare = without_possessive(bare);
        let (code, run) = runs.last_mut()?;
        let connector = !run.is_empty() && is_in(&["of", "and", "for"], bare);
        if (starts_upper(bare) && !is_all_caps(bare)) || connector {
            if run.is_empty() && is_place_code(previous) {
                *code = Some(previous);
            }
            run.push(bare);
        } else if !run.is_empty() {
            runs.push((None, Vec::new()));
        }
        if bare.len() != raw.len() && !runs.last().is_some_and(|(_, run)| run.is_empty()) {
            runs.push((None, Vec::new()));
        }
        previous = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
    }
    runs.iter().rev().find_map(|(code, run)| {
        (0..run.len()).find_map(|from| {
            let words = &run[from..];
            let fits = !is_in(DETERMINERS, words[0])
                && words.len() >= 2
                && acronym_matches(acronym, words)
                && starts_upper(words[words.len() - 1]);
            fits.then(|| {
                let display = match code {
                    Some(code) if from == 0 => format!("{code} {}", words.join(" ")),
                    _ => words.join(" "),
                };
                Acronym {
                    short: acronym.to_lowercase(),
                    expansion: significant_words(&words.join(" ")),
                    display,
                }
            })
        })
    })
}

/// A country's or union's short code before a name: `U.S.`, `UK`, `EU` (two letters, or up to
/// three with full stops).
fn is_place_code(word: &str) -> bool {
    let letters = word.chars().filter(char::is_ascii_uppercase).count();
    let stops = word.chars().filter(|&c| c == '.').count();
    word.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && (letters == 2 || (letters == 3 && stops == 3))
        && (stops == 0 || stops == letters)
}

/// Finds every `Capitalised Name (ACR)` definition in the text.
pub(in crate::analysis) fn find_acronyms(text: &str) -> Vec<Acronym> {
    let mut out: Vec<Acronym> = Vec::new();
    let mut search = 0;
    while let Some(found) = text.get(search..).and_then(|rest| rest.find('(')) {
        let open = search + found;
        search = open + 1;
        // An acronym is short: look for the closing parenthesis nearby only.
        let nearby = &text.as_bytes()[open..(open + 24).min(text.len())];
        let Some(close) = nearby
            .iter()
            .position(|&byte| byte == b')')
            .map(|c| open + c)
        else {
            continue;
        };
        let inner = text.get(open + 1..close).unwrap_or("");
        if inner.len() > 16
            || inner.contains(' ')
            || !is_all_caps(inner)
            || inner.chars().filter(|c| c.is_alphabetic()).count() < 2
        {
            continue;
        }
        let (_, before) = window_before(text, open, 300);
        let line_start = before
            .rfind(['\n', '\r', '.', ',', ';', ':', '(', '"', '“'])
            .map_or(0, |idx| idx + 1);
        let phrase = before.get(line_start..).unwrap_or("");
        let mut words: Vec<&str> = Vec::new();
        for word in phrase.split_whitespace().rev() {
            if starts_upper(word) || is_in(FUNCTION_WORDS, word) {
                words.push(word);
            } else {
                break;
            }
            if words.len() >= 14 {
                break;
            }
        }
        words.reverse();
        // (`According to the Security Bureau of Tolvia (TSB)`: an opening word of the
        // sentence is no part of the name.)
        while words
            .first()
            .is_some_and(|w| is_in(FUNCTION_WORDS, w) || is_possessive(w) || is_in(INTRO_WORDS, w))
        {
            words.remove(0);
        }
        if words.is_empty() || out.iter().any(|a| a.short == inner.to_lowercase()) {
            continue;
        }
        if let Some(acronym) = define_acronym(&words, inner) {
            out.push(acronym);
        }
    }
    ampersand_acronyms(text, &mut out);
    out
}

/// `P&G` and `Procter and Gamble` in one text: an acronym of two letters around `&` names the
/// two capitalised words joined by `and` that they open, so the pair is one name.
fn ampersand_acronyms(text: &str, out: &mut Vec<Acronym>) {
    let bytes = text.as_bytes();
    let letter = |idx: usize| bytes.get(idx).is_some_and(u8::is_ascii_alphanumeric);
    let mut search = 0;
    while let Some(found) = text.get(search..).and_then(|rest| rest.find('&')) {
        let at = search + found;
        search = at + 1;
        let two_letters = at >= 1
            && bytes[at - 1].is_ascii_uppercase()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_uppercase)
            && !(at >= 2 && letter(at - 2))
            && !letter(at + 2);
        if !two_letters {
            continue;
        }
        let (first, second) = (bytes[at - 1] as char, bytes[at + 1] as char);
        let short = format!("{first}&{second}").to_lowercase();
        if out.iter().any(|acronym| acronym.short == short) {
            continue;
        }
        let pair = text.match_indices(" and ").find_map(|(idx, _)| {
            let left = bare_word(text[..idx].rsplit(char::is_whitespace).next()?);
            let right = bare_word(text[idx + 5..].split(char::is_whitespace).next()?);
            let opens = |word: &str, initial: char| {
                word.starts_with(initial)
                    && word.len() > 2
                    && word.chars().skip(1).all(|c| c.is_ascii_lowercase())
            };
            (opens(left, first) && opens(right, second)).then(|| format!("{left} and {right}"))
        });
        if let Some(display) = pair {
            out.push(Acronym {
                short,
                expansion: significant_words(&display),
                display,
            });
        }
    }
}

/// Splits `X (ACR)` into `X` and `ACR`.
pub(in crate::analysis) fn split_acronym(mention: &str) -> (&str, Option<&str>) {
    let trimmed = mention.trim_end();
    if let Some(inner) = trimmed.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let acronym = inner.get(open + 1..).unwrap_or("").trim();
            let base = inner.get(..open).unwrap_or("").trim_end();
            let looks_like = !acronym.is_empty()
                && acronym.len() <= 16
                && acronym.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && is_all_caps(acronym)
                && !acronym.contains(' ');
            if looks_like && !base.is_empty() {
                return (base, Some(acronym));
            }
        }
    }
    (trimmed, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_forms_and_their_initials() {
        for word in ["AP", "NATO", "BoN", "DoJ", "MoD"] {
            assert!(is_acronym_form(word), "{word}");
        }
        for word in ["Mr", "Dr", "Bonn", "A", "TOOLONG", "B.C.", "BoNd"] {
            assert!(!is_acronym_form(word), "{word}");
        }
        assert!(acronym_matches("BoN", &["Bank", "of", "Norland"]));
        assert!(acronym_matches("BN", &["Bank", "of", "Norland"]));
        assert!(!acronym_matches("BoN", &["Bank", "Norland"]));
    }
}
