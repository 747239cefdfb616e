//! Classifiers for the metadata lines at the top of plain-text news articles: section or
//! kicker, headline, dateline (with a date parser), byline and photo captions.

use super::text::{is_all_caps, starts_with_ignore_case};
use super::DateTime;

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A section or kicker line such as `CHINA / POLITICS` or `World | Europe`.
pub fn is_section(line: &str) -> bool {
    // (Words are counted only as far as the tests read, here and below: a paragraph is not
    // read through.)
    let n_words = line.split_whitespace().take(7).count();
    if line.chars().count() > 60 || n_words > 6 || line.ends_with(['.', '?', '!', ',', ';']) {
        return false;
    }
    let separated = [" / ", "/", " | ", " > ", " › ", " » ", " · "]
        .iter()
        .any(|sep| line.contains(sep));
    let letters: String = line.chars().filter(|c| c.is_alphabetic()).collect();
    (is_all_caps(&letters) && letters.chars().count() >= 2)
        || (separated
            && line
                .split_whitespace()
                .all(|word| !word.starts_with(char::is_lowercase)))
}

/// A short capitalised label such as `Politics` or `World News`, which is a section line when
/// a longer headline follows it.
pub fn is_short_label(line: &str) -> bool {
    let n_words = line.split_whitespace().take(5).count();
    n_words <= 4
        && line.chars().count() <= 40
        && !line.ends_with(['.', '?', '!', ',', ';', ':'])
        && line
            .split_whitespace()
            .all(|word| word.starts_with(char::is_uppercase) || word == "&" || word == "and")
}

/// A line that could be a headline: short, one line, not ending like a body sentence.
pub fn looks_like_headline(line: &str) -> bool {
    let n_chars = line.chars().count();
    let n_words = line.split_whitespace().take(41).count();
    if !(3..=250).contains(&n_chars) || n_words > 40 {
        return false;
    }
    if line.ends_with([',', ';']) || line.starts_with(char::is_lowercase) {
        return false;
    }
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’']);
    !trimmed.ends_with('.') || trimmed.ends_with("...") || is_title_case(trimmed)
}

/// A title-case line (`Poll: Wealthy Voters Abandon Republican Party.`): most words of four
/// letters or more are capitalised, and it is a single sentence.
/// A line in title case: four in five of its words of four letters or more capitalised.
pub(crate) fn is_title_case(line: &str) -> bool {
    // (Checked first: a line of prose holds a sentence break, and this reads it fastest.)
    let body = line.trim_end_matches('.');
    if body.contains(". ") {
        return false;
    }
    let (mut n_long, mut n_capitalised) = (0, 0);
    for word in line
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().nth(3).is_some())
    {
        n_long += 1;
        n_capitalised += usize::from(word.starts_with(char::is_uppercase));
    }
    n_long >= 3 && n_capitalised * 5 >= n_long * 4
}

/// A byline: `By Jane Doe`, `By JANE DOE and JOHN ROE | Global Times`, `Author: …`.
pub fn is_byline(line: &str) -> bool {
    let n_words = line.split_whitespace().take(15).count();
    if n_words > 14 {
        return false;
    }
    for prefix in [
        "by ",
        "author:",
        "authors:",
        "written by ",
        "reporter:",
        "words by ",
    ] {
        if starts_with_ignore_case(line, prefix) {
            let rest = line.get(prefix.len()..).unwrap_or("").trim_start();
            return rest.starts_with(char::is_uppercase);
        }
    }
    false
}

/// A line that is only a person's name (`Lena Ostrova`, `K. L. Norden`, `Ana de la Cruz`): under
/// a headline, the byline without its `By`.
pub fn is_lone_name(line: &str) -> bool {
    // (Five words are enough to tell: a line of more is no name, and it may be a paragraph.)
    let words: Vec<&str> = line.split_whitespace().take(5).collect();
    let particle = |word: &str| matches!(word, "de" | "la" | "van" | "von" | "der" | "bin" | "al");
    let initial = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.as_str() == "."
    };
    let name_word = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
    };
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| name_word(w) || initial(w) || particle(w))
        && words.last().is_some_and(|w| name_word(w))
        && words.iter().filter(|w| name_word(w) || initial(w)).count() >= 2
}

/// A photo caption or credit line.
pub fn is_caption(line: &str) -> bool {
    const MARKERS: &[&str] = &[
        "photo:",
        "photo by",
        "photos:",
        "photo credit",
        "photograph:",
        "photographs:",
        "image:",
        "images:",
        "picture:",
        "pictures:",
        "photo/",
        "/photo",
        "ap photo",
        "getty images",
        "file photo",
        "photo courtesy",
        "(photo",
        "credit:",
        "pic:",
        "illustration:",
        "video:",
    ];
    if line.len() > 600 {
        return false;
    }
    if is_source_credit(line) || ends_with_agency_credit(line) {
        return true;
    }
    // A caption names its credit at the start (`Photo: …`, `File photo …`) or at the end
    // (`… Photo: IC`, `(AP Photo/Evan Vucci)`, `… Getty Images`): only those ends are read.
    let mut head_end = line.len().min(24);
    while !line.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let mut tail_start = line.len().saturating_sub(64);
    while !line.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    // A short line is read once, as a whole.
    let head = if tail_start <= head_end {
        None
    } else {
        line.get(..head_end)
    };
    [head, line.get(tail_start..)]
        .into_iter()
        .flatten()
        .any(|part| {
            let bytes = part.as_bytes();
            let hit = bytes.windows(4).any(|window| {
                let folded =
                    u32::from_be_bytes([window[0], window[1], window[2], window[3]]) | 0x2020_2020;
                FRAGMENT_SLOTS[fragment_slot(folded)] == folded
            });
            hit && {
                let lower = part.to_ascii_lowercase();
                MARKERS.iter().any(|marker| lower.contains(marker))
            }
        })
        && line.split_whitespace().count() <= 60
}

/// The caption filter's four-letter fragments of the markers (ASCII letters folded to lower
/// case by setting bit 5): a window of a line that is none of them rules out every marker
/// that holds it; the exact markers are read only after a hit.
const FRAGMENTS: [u32; 8] = [
    u32::from_be_bytes(*b"hoto"),
    u32::from_be_bytes(*b"mage"),
    u32::from_be_bytes(*b"ictu"),
    u32::from_be_bytes(*b"redi"),
    u32::from_be_bytes(*b"pic:"),
    u32::from_be_bytes(*b"llus"),
    u32::from_be_bytes(*b"ideo"),
    u32::from_be_bytes(*b"etty"),
];

/// The slot of a folded window in [`FRAGMENT_SLOTS`]: a multiplicative hash that puts each of
/// the eight fragments in a slot of its own (a test checks it), so that a window is tested
/// with one comparison rather than eight.
#[inline]
const fn fragment_slot(folded: u32) -> usize {
    (folded.wrapping_mul(0xc850_320b) >> 29) as usize
}

/// [`FRAGMENTS`] by [`fragment_slot`].
const FRAGMENT_SLOTS: [u32; 8] = {
    let mut slots = [0u32; 8];
    let mut idx = 0;
    while idx < FRAGMENTS.len() {
        let fragment = FRAGMENTS[idx];
        slots[fragment_slot(fragment)] = fragment;
        idx += 1;
    }
    slots
};

/// `… delivers remarks at the port. /CFP`, `Ferries at dawn. Photo/Xinhua`: a picture
/// agency's credit after a slash ends the line.
fn ends_with_agency_credit(line: &str) -> bool {
    let Some(last) = line.split_whitespace().last() else {
        return false;
    };
    let Some((before, agency)) = last.rsplit_once('/') else {
        return false;
    };
    let credit_before = before.is_empty() || before.eq_ignore_ascii_case("photo");
    credit_before
        && (2..=12).contains(&agency.chars().count())
        && agency.starts_with(char::is_uppercase)
        && agency.chars().all(char::is_alphabetic)
        && line.split_whitespace().count() >= 2
}

/// `Source: Xinhua`, `Sources: Agencies`: a short credit line naming where the story came from.
fn is_source_credit(line: &str) -> bool {
    let trimmed = line.trim();
    // (The label is read first: most lines are not credits, and many are long.)
    if !(trimmed.starts_with("Source") || trimmed.starts_with("SOURCE")) {
        return false;
    }
    let Some((label, rest)) = trimmed.split_once(':') else {
        return false;
    };
    let rest = rest.trim();
    matches!(label.trim(), "Source" | "Sources" | "SOURCE" | "SOURCES")
        && rest.starts_with(char::is_uppercase)
        && (1..=6).contains(&rest.split_whitespace().count())
        && !rest
            .trim_end_matches('.')
            .contains(['.', '?', '!', '"', '“'])
}

/// Parses a dateline. `None`: not a dateline. `Some(None)`: a dateline whose date could not be
/// read. `Some(Some(date))`: a readable date.
///
/// Accepts `Published: Jul 20, 2021 01:58 PM`, `Updated July 20, 2021 at 5:03 p.m.`,
/// `20 July 2021`, `Tuesday, July 20, 2021`, `2021-07-20 13:58`.
pub fn parse_dateline(line: &str) -> Option<Option<DateTime>> {
    const LABELS: &[&str] = &[
        "published",
        "updated",
        "posted",
        "last updated",
        "last modified",
        "date:",
        "first published",
        "publication date",
        "released",
    ];
    let labelled = LABELS
        .iter()
        .any(|label| starts_with_ignore_case(line, label));
    let n_words = line.split_whitespace().take(13).count();
    if !labelled && n_words > 9 {
        return None;
    }
    // Every date that `parse_date` reads has a digit: a line without one is not read.
    let date = if line.bytes().any(|byte| byte.is_ascii_digit()) {
        parse_date(line)
    } else {
        None
    };
    match (labelled, date) {
        (_, Some(date)) if labelled || date_dominates(line) => Some(Some(date)),
        (true, None) if n_words <= 12 => Some(None),
        _ => None,
    }
}

/// Whether the line is mostly a date (few words besides the date parts). A word in
/// parentheses, or cut at its opening one, is a source's credit (`(Wire) 17:05, March 3,
/// 2022`).
fn date_dominates(line: &str) -> bool {
    line.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .all(|word| {
            let lower = word.to_ascii_lowercase();
            word.chars().any(|c| c.is_ascii_digit())
                || word.starts_with('(')
                || word.ends_with(')')
                || month_of(&lower).is_some()
                || [
                    "am", "pm", "a.m.", "p.m.", "at", "on", "gmt", "utc", "et", "bst", "cst",
                    "est", "pst", "edt", "pdt", "updated", "|", "-", "—",
                ]
                .contains(&lower.as_str())
                || super::lexicon::WEEKDAYS
                    .iter()
                    .any(|day| lower.starts_with(&day[..3]))
        })
}

fn month_of(word: &str) -> Option<u8> {
    let lower = word.trim_end_matches('.');
    if lower.len() < 3 {
        return None;
    }
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    for (idx, full) in FULL.iter().enumerate() {
        if lower.eq_ignore_ascii_case(full)
            || lower.eq_ignore_ascii_case(MONTHS[idx])
            || (idx == 8 && lower.eq_ignore_ascii_case("sept"))
        {
            return Some(idx as u8 + 1);
        }
    }
    None
}

/// Finds a calendar date (and a time, if any) anywhere in `line`.
pub fn parse_date(line: &str) -> Option<DateTime> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .collect();
    let number = |word: &str| -> Option<u32> {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
        if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    };
    let mut found: Option<(u16, u8, u8)> = None;
    let mut date_end = 0;
    for (idx, word) in words.iter().enumerate() {
        if let Some(month) = month_of(word) {
            // Month Day, Year
            if let (Some(day), Some(year)) = (
                words.get(idx + 1).and_then(|w| number(w)),
                words.get(idx + 2).and_then(|w| number(w)),
            ) {
                if (1..=31).contains(&day) && (1000..=9999).contains(&year) {
                    found = Some((year as u16, month, day as u8));
                    date_end = idx + 3;
                    break;
                }
            }
            // Day Month Year
            if let (Some(day), Some(year)) = (
                idx.checked_sub(1)
                    .and_then(|prev| words.get(prev))
                    .and_then(|w| number(w)),
                words.get(idx + 1).and_then(|w| number(w)),
            ) {
                if (1..=31).contains(&day) && (1000..=9999).contains(&year) {
                    found = Some((year as u16, month, day as u8));
                    date_end = idx + 2;
                    break;
                }
            }
        }
        // ISO: 2021-07-20 (optionally followed by T13:58).
        let bytes = word.as_bytes();
        if bytes.len() >= 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && bytes[5..7].iter().all(u8::is_ascii_digit)
            && bytes[8..10].iter().all(u8::is_ascii_digit)
        {
            let year: u16 = word.get(..4)?.parse().ok()?;
            let month: u8 = word.get(5..7)?.parse().ok()?;
            let day: u8 = word.get(8..10)?.parse().ok()?;
            if (1..=12).contains(&month) && (1..=31).contains(&day) {
                found = Some((year, month, day));
                date_end = idx;
                let rest = word.get(10..).unwrap_or("");
                if let Some(time) = rest.strip_prefix('T').and_then(parse_clock) {
                    return Some(DateTime {
                        year,
                        month,
                        day,
                        time: Some(time),
                    });
                }
                date_end += 1;
                break;
            }
        }
    }
    let (year, month, day) = found?;
    let mut time = None;
    // The time usually follows the date (`Jul 20, 2021 01:58 PM`) but may precede it
    // (`Updated 3:45 PM ET, Tue July 20, 2021`).
    let after_date = words.iter().enumerate().skip(date_end);
    let before_date = words.iter().enumerate().take(date_end.min(words.len()));
    for (idx, word) in after_date.chain(before_date) {
        if let Some((hour, minute)) = parse_clock(word) {
            let suffix = words.get(idx + 1).map(|w| w.to_ascii_lowercase());
            let inline = word.to_ascii_lowercase();
            let pm = suffix
                .as_deref()
                .is_some_and(|s| s.starts_with("pm") || s.starts_with("p.m"))
                || inline.ends_with("pm")
                || inline.ends_with("p.m.");
            let am = suffix
                .as_deref()
                .is_some_and(|s| s.starts_with("am") || s.starts_with("a.m"))
                || inline.ends_with("am")
                || inline.ends_with("a.m.");
            let hour = match (pm, am, hour) {
                (true, _, 1..=11) => hour + 12,
                (_, true, 12) => 0,
                _ => hour,
            };
            time = Some((hour, minute));
            break;
        }
    }
    if !(1..=12).contains(&month) {
        return None;
    }
    Some(DateTime {
        year,
        month,
        day,
        time,
    })
}

/// `13:58`, `1:58pm`, `01:58:07`.
fn parse_clock(word: &str) -> Option<(u8, u8)> {
    let (hour_text, rest) = word.split_once(':')?;
    let minute_text = rest.get(..2)?;
    let hour: u8 = hour_text.parse().ok()?;
    let minute: u8 = minute_text.parse().ok()?;
    (hour < 24 && minute < 60 && !hour_text.is_empty() && hour_text.len() <= 2)
        .then_some((hour, minute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_caption_fragment_has_a_slot_of_its_own() {
        for fragment in FRAGMENTS {
            assert_eq!(FRAGMENT_SLOTS[fragment_slot(fragment)], fragment);
        }
    }

    #[test]
    fn datelines() {
        let show = |line: &str| parse_dateline(line).map(|date| date.map(|d| d.to_string()));
        assert_eq!(
            show("Published: Jul 20, 2021 01:58 PM"),
            Some(Some("2021-07-20T13:58".into()))
        );
        assert_eq!(
            show("Updated July 4, 2023 at 5:03 a.m. ET"),
            Some(Some("2023-07-04T05:03".into()))
        );
        assert_eq!(show("20 July 2021"), Some(Some("2021-07-20".into())));
        assert_eq!(
            show("Tuesday, March 3, 2020"),
            Some(Some("2020-03-03".into()))
        );
        assert_eq!(
            show("2021-07-20T13:58"),
            Some(Some("2021-07-20T13:58".into()))
        );
        assert_eq!(show("Published: yesterday"), Some(None));
        assert_eq!(
            show("Updated 3:45 PM ET, Tue July 20, 2021"),
            Some(Some("2021-07-20T15:45".into()))
        );
        assert_eq!(
            show("(Ruritania Wire) 17:05, March 3, 2022"),
            Some(Some("2022-03-03T17:05".into()))
        );
        assert_eq!(
            show("Wire) 17:05, March 3, 2022"),
            Some(Some("2022-03-03T17:05".into()))
        );
        assert_eq!(
            show("The meeting on July 20, 2021 was long and it went on."),
            None
        );
    }

    #[test]
    fn captions_and_sections() {
        assert!(is_caption("Cyber security. Photo: IC"));
        assert!(is_section("CHINA\u{a0}/\u{a0}POLITICS"));
        assert!(is_section("World | Europe"));
        assert!(!is_section("The Latest news"));
        assert!(is_byline("By Jane Doe"));
        assert!(is_caption("Source: Tolvik Wire"));
        assert!(!is_caption("Source: officials said the port would reopen."));
        assert!(is_caption("Ines Varga speaks at the pier. /TWA"));
        assert!(is_caption("Ferries at dawn. Photo/Tolvikpress"));
        assert!(!is_caption("Fares rose 5 percent year/year"));
        assert!(is_lone_name("Lena Ostrova"));
        assert!(is_lone_name("K. L. Norden"));
        assert!(!is_lone_name("Ferries wait"));
        assert!(!is_lone_name("The port reopened."));
    }
}
