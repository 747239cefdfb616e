//! Context scans: names found in the text around a mention (the organisation or person
//! that opens this or the previous sentence, the last company or person named, a sign-off).

use super::*;
use crate::analysis::lexicon::*;
use crate::analysis::text::{find_from, is_all_caps, is_space};
use crate::analysis::{ActorKind, Span};

/// The most recent name with a corporate suffix before `before`: `Helix Devices Co.`.
pub(in crate::analysis) fn recent_corporate_name(text: &str, before: usize) -> Option<String> {
    let (_, window) = window_before(text, before, 4_000);
    // Read from the end as far as needed: the name is usually near.
    let mut words = RevWords::new(window);
    let mut idx = 0;
    while let Some(word) = words.get(idx) {
        idx += 1;
        let bare = bare_word(word);
        if !is_in(
            &[
                "co", "inc", "corp", "ltd", "llc", "plc", "s.a", "ag", "gmbh", "group", "airlines",
                "airways",
            ],
            bare,
        ) {
            continue;
        }
        let raw = word.trim_end_matches([',', ';', ':', ')']);
        let mut name = vec![if raw.len() <= 5 { raw } else { bare }];
        let mut back = idx;
        while let Some(candidate) = words.get(back) {
            back += 1;
            if candidate == "\n"
                || !starts_upper(candidate)
                || candidate.ends_with([',', '.', ';', ':'])
                || is_in(INTRO_WORDS, candidate)
                || is_in(DETERMINERS, candidate)
            {
                break;
            }
            name.insert(0, candidate);
        }
        if name.len() >= 2 {
            return Some(name.join(" "));
        }
    }
    None
}

/// Whether `name`, near `span`, comes right before a noun of a company's workforce or
/// plant (`Tolvik Salt workers`, `Tolvik Salt shareholders`): no person's name is used so.
/// Reads 3,000 bytes either side, so that a long article costs no more per name.
pub(in crate::analysis) fn has_a_workforce(text: &str, span: Span, name: &str) -> bool {
    let mut start = span.start.saturating_sub(3_000);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end + 3_000).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let window = &text[start..end];
    let before_workforce = |at: usize| {
        let rest = &window[at + name.len()..];
        rest.strip_prefix(' ').is_some_and(|rest| {
            let word = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            word.starts_with(char::is_lowercase) && is_in(WORKFORCE_NOUNS, word)
        })
    };
    if name.is_empty() {
        return window
            .match_indices(name)
            .any(|(at, _)| before_workforce(at));
    }
    let mut from = 0;
    while let Some(at) = find_from(window, name, from) {
        if before_workforce(at) {
            return true;
        }
        from = at + name.len();
    }
    false
}

/// `the two leaders`, `both ministers`, `the three presidents`: people counted, by their role.
pub(super) fn speakers_together(mention: &str) -> bool {
    // Two or three words: only the first four are read (every mention is tested).
    let mut words = mention.split_whitespace();
    let (counted, role) = match std::array::from_fn::<_, 4, _>(|_| words.next()) {
        [Some(both), Some(role), None, _] => (both.eq_ignore_ascii_case("both"), role),
        [Some(the), Some(number), Some(role), None] => (
            the.eq_ignore_ascii_case("the") && is_in(&["two", "three", "four"], number),
            role,
        ),
        _ => return false,
    };
    counted
        && role.starts_with(char::is_lowercase)
        && role
            .strip_suffix('s')
            .is_some_and(|one| is_in(ROLE_NOUNS, one) || is_in(TITLES, one))
}

/// The name that opens the sentence holding `before`, or the sentence before it, when it can be
/// a company: `Lufthansa grounded dozens of flights …, the airline said.` A wire dateline
/// (`FRANKFURT, Oct 3 (Reuters) -`) is skipped; a name that looks like a person's, a public body
/// or a place is not taken.
pub(in crate::analysis) fn sentence_subject_company(text: &str, before: usize) -> Option<String> {
    sentence_subject_org(text, before, 3, |words| {
        !words
            .iter()
            .any(|w| is_in(NON_CORPORATE_HEADS, bare_word(w)))
    })
}

/// The organisation named by `head` (`the regulator`, `the ministry`) that opens the sentence
/// holding `before`, or the one before: `The Irish Data Protection Commission has fined …, the
/// regulator announced.`
pub(in crate::analysis) fn sentence_subject_named(
    text: &str,
    before: usize,
    head: &str,
) -> Option<String> {
    let regulator = is_in(&["authority", "regulator", "watchdog"], head);
    sentence_subject_org(text, before, 2, |words| {
        words.iter().any(|w| {
            let word = bare_word(w);
            word.eq_ignore_ascii_case(head)
                || (regulator
                    && is_in(
                        &[
                            "administration",
                            "agency",
                            "authority",
                            "board",
                            "commission",
                            "council",
                            "office",
                            "regulator",
                            "watchdog",
                        ],
                        word,
                    ))
        })
    })
}

/// The capitalised name that opens the sentence holding `before`, or one of the sentences
/// before it (the nearest; `sentences` in all), if `accept` takes its words. A wire dateline (`FRANKFURT, Oct 3 (Reuters) -`) is skipped;
/// a name that looks like a person's, or has a title, is not taken.
fn sentence_subject_org(
    text: &str,
    before: usize,
    sentences: usize,
    accept: impl Fn(&[&str]) -> bool,
) -> Option<String> {
    let (window_start, window) = window_before(text, before, 1_500);
    // The window's own start is a sentence start only at the start of the text.
    let mut starts = if window_start == 0 {
        vec![0]
    } else {
        Vec::new()
    };
    // (Two sentences read every break as a start, as they always have; more merge a
    // paragraph's breaks into one.)
    starts.extend(last_sentence_starts(window, sentences, sentences > 2));
    for &start in starts.iter().rev().take(sentences) {
        let mut sentence = window[start..].trim_start();
        // A wire dateline: `FRANKFURT, Oct 3 (Reuters) - Lufthansa …`.
        if let Some(dash) = sentence.get(..80.min(sentence.len())).and_then(|head| {
            head.find(" - ")
                .or_else(|| head.find(" — "))
                .or_else(|| head.find(" – "))
        }) {
            if sentence.split_whitespace().next().is_some_and(is_all_caps) {
                sentence = sentence[dash..].trim_start_matches([' ', '-', '—', '–']);
            }
        }
        let words: Vec<&str> = sentence
            .split_whitespace()
            .take_while(|w| starts_upper(w) && !w.ends_with([',', ':', ';']))
            .take(7)
            .collect();
        let (words, family) = match words.split_first() {
            // `The Clintons …`: a family, not a company.
            Some((first, rest)) if is_in(DETERMINERS, first) => {
                (rest.to_vec(), rest.len() == 1 && rest[0].ends_with('s'))
            }
            _ => (words, false),
        };
        // Any sentence starts with a capital: a single word must also be capitalised after a
        // lower-case word nearby (`Shares in Lufthansa fell`), which `Fares` or `Airline` never is.
        if words.is_empty()
            || family
            || words.iter().any(|w| is_in(TITLES, bare_word(w)))
            || (guess_kind(&words, false) == ActorKind::Person && !opens_with_acronym(&words))
            || !accept(&words)
            || (words.len() == 1 && !capitalised_mid_sentence(text, before, bare_word(words[0])))
        {
            continue;
        }
        let name = words.join(" ");
        let name = name
            .trim_end_matches(['.', '\'', '’'])
            .trim_end_matches("'s");
        if !name.is_empty() {
            return Some(name.to_string());
        }
    }
    None
}

/// Whether a name opens with an acronym of three or more letters (`VMK Estates`, `TPN Capital`),
/// which no person's name does.
fn opens_with_acronym(words: &[&str]) -> bool {
    words.len() >= 2 && words[0].len() >= 3 && words[0].bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `word` occurs right after a lower-case word within 8 KB of `around`: a substring
/// search, no allocation, so that it stays cheap when called for every mention.
fn capitalised_mid_sentence(text: &str, around: usize, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let (start, _) = window_before(text, around, 8_192);
    let mut end = (around + 8_192).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let scope = text.get(start..end).unwrap_or("");
    scope.match_indices(word).any(|(at, _)| {
        let after = scope[at + word.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            return false;
        }
        let lead = scope[..at].trim_end_matches(is_space);
        // After no space, or after a line break, is not after a word.
        if lead.len() == at || scope[lead.len()..at].contains(['\n', '\r']) {
            return false;
        }
        let previous = lead.rsplit(|c: char| is_space(c)).next().unwrap_or("");
        previous.starts_with(char::is_lowercase) && !previous.ends_with(['.', '!', '?', ':'])
    })
}

/// Who issued the document `noun` (`communique`, `report`) that the text named before
/// `before`, read from its latest earlier mention: `the Norland Alliance's communique`, `a
/// communique issued … by NATO leaders`, `the NATO communique`, `NATO issued a communique`.
pub(in crate::analysis) fn document_issuer(text: &str, before: usize, noun: &str) -> Option<Span> {
    let (start, window) = window_before(text, before, 4_000);
    let words = words_with_breaks(window);
    let span_of = |first: usize, last: usize| {
        let (from, _) = words[first];
        let (at, raw) = words[last];
        let bare = bare_word(raw);
        let bare = without_possessive(bare);
        let offset = raw.find(bare).unwrap_or(0);
        Span::new(start + from, start + at + offset + bare.len())
    };
    // The run of capitalised words (with `of`, `the`, `for` inside) that ends at `last`.
    let name_ending = |last: usize| {
        let mut first = last;
        while first > 0 {
            let word = bare_word(words[first - 1].1);
            // (`the Tolvian Consulate in Lower Vell`: `in` after a capitalised word.)
            let inner = first - 1 > 0
                && (is_in(&["of", "for", "the"], word)
                    || word == "in" && starts_upper(bare_word(words[first - 2].1)));
            if !(starts_upper(word) && !is_in(DETERMINERS, word) || inner) {
                break;
            }
            first -= 1;
        }
        while first < last && !starts_upper(bare_word(words[first].1)) {
            first += 1;
        }
        (starts_upper(bare_word(words[first].1))).then(|| span_of(first, last))
    };
    let name_from = |first: usize| {
        let (first, last) = issuer_after_by(&words, first)?;
        Some(span_of(first, last))
    };
    for idx in (0..words.len()).rev() {
        if !bare_word(words[idx].1).eq_ignore_ascii_case(noun) {
            continue;
        }
        let word = |i: usize| words.get(i).map_or("", |(_, w)| bare_word(w));
        // `a communique issued earlier in the day by NATO leaders`.
        if let Some(by) = (idx + 1..(idx + 8).min(words.len())).find(|&i| word(i) == "by") {
            if is_in(ISSUING_VERBS, word(idx + 1)) {
                if let Some(name) = name_from(by + 1) {
                    return Some(name);
                }
            }
        }
        if idx == 0 {
            continue;
        }
        let previous = words[idx - 1].1;
        // `the Norland Alliance's communique`, `the NATO communique`.
        if is_possessive(previous) || starts_upper(previous) {
            if let Some(name) = name_ending(idx - 1) {
                return Some(name);
            }
        }
        // `NATO issued a communique`.
        if idx >= 3 && is_in(ISSUING_VERBS, word(idx - 2)) && is_in(DETERMINERS, word(idx - 1)) {
            if let Some(name) = name_ending(subject_end_before(&words, idx - 3)) {
                return Some(name);
            }
        }
    }
    None
}

/// The last word of a subject whose verb follows word `last`, over a time adjunct and an
/// acronym in brackets between them: `Vell` in `the Consulate in Lower Vell (CLV) late
/// Friday issued`.
fn subject_end_before(words: &[(usize, &str)], mut last: usize) -> usize {
    let word = |i: usize| bare_word(words[i].1);
    if last >= 2 && is_in(WEEKDAYS, word(last)) && is_in(&["on", "late", "early"], word(last - 1)) {
        last -= 2;
    } else if last >= 1 && is_in(&["today", "yesterday"], word(last)) {
        last -= 1;
    }
    let raw = words[last].1;
    if last >= 1 && raw.starts_with('(') && raw.ends_with(')') && is_all_caps(word(last)) {
        last -= 1;
    }
    last
}

/// The first and last word of the issuer named from word `first` on (after `by`): a run of
/// capitalised words (`NATO leaders`), or a group of an organisation (`Liberal staff members
/// of the Tolvia Senate Committee on Trade and Fisheries`). The name ends with its clause.
fn issuer_after_by(words: &[(usize, &str)], first: usize) -> Option<(usize, usize)> {
    let word = |i: usize| words.get(i).map_or("", |(_, w)| bare_word(w));
    let ends_clause = |i: usize| {
        let raw = words.get(i).map_or("", |(_, w)| *w);
        // `J.` and `U.S.` end no clause.
        let stop_ends = raw
            .strip_suffix('.')
            .is_some_and(|body| body.len() > 1 && !body.contains('.'));
        raw.ends_with([',', ';', ':', '!', '?', '\n']) || stop_ends
    };
    // The last word of a capitalised run from `from` (`of`, `for`, `the` inside it, and `and`
    // inside an organisation's name).
    let run_end = |from: usize, and_inside: bool| {
        let mut last = from;
        while !ends_clause(last) {
            let next = word(last + 1);
            let inner = is_in(&["of", "for", "the"], next) || (and_inside && next == "and");
            if starts_upper(next) && !is_in(DETERMINERS, next) {
                last += 1;
            } else if inner && !ends_clause(last + 1) && starts_upper(word(last + 2)) {
                last += 2;
            } else {
                break;
            }
        }
        last
    };
    let first = first + usize::from(word(first) == "the");
    if !starts_upper(word(first)) {
        return None;
    }
    let mut last = run_end(first, false);
    // `Liberal staff members of the …`: one or two lower-case words ending in a group noun.
    let group = (last + 1..=last + 2)
        .take_while(|&i| !ends_clause(i - 1) && word(i).starts_with(char::is_lowercase))
        .find(|&i| is_in(GROUP_NOUNS, word(i)));
    if let Some(group) = group {
        last = group;
        if !ends_clause(group) && is_in(&["of", "at"], word(group + 1)) {
            let org = group + 2 + usize::from(word(group + 2) == "the");
            if starts_upper(word(org)) && !ends_clause(group + 1) {
                last = run_end(org, true);
            }
        }
    }
    Some((first, last))
}

/// The last `size` bytes of `text` before `before` (from a char boundary), and where they start.
pub(super) fn window_before(text: &str, before: usize, size: usize) -> (usize, &str) {
    let mut start = before.saturating_sub(size);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    (start, text.get(start..before).unwrap_or(""))
}

/// Where the last `n` sentences start in `window` (its own start not counted), in text order:
/// after a line break, or after `.`, `?` or `!` followed by a space, a line break or a closing
/// mark, but not after the full stop of `Jr.` or of a title (`Dr.`). It scans backwards, so a
/// long window costs only its tail.
pub(super) fn last_sentence_starts(window: &str, n: usize, merge: bool) -> Vec<usize> {
    let abbreviation = |idx: usize| {
        let word = window
            .get(..idx)
            .unwrap_or("")
            .rsplit(|c: char| is_space(c))
            .next()
            .unwrap_or("");
        // (`Ana F. Ruiz`: a capital letter alone is an initial.)
        let initial = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
        initial || is_in(NAME_SUFFIXES, word) || is_in(TITLES, word)
    };
    let bytes = window.as_bytes();
    let mut starts = Vec::with_capacity(n);
    // The marks are ASCII, so a byte scan finds them without decoding.
    let mut idx = bytes.len();
    while idx > 0 && starts.len() < n {
        idx -= 1;
        let byte = bytes[idx];
        if matches!(byte, b'.' | b'?' | b'!' | b'\n')
            && window
                .get(idx + 1..)
                .is_some_and(|rest| rest.starts_with([' ', '\n', '"', '”', '’']))
            && !(byte == b'.' && abbreviation(idx))
        {
            // `Brun.\n\n`: with `merge`, one boundary, however many marks and breaks close it.
            match starts.last_mut() {
                Some(later) if merge && window[idx + 1..*later].trim().is_empty() => {
                    *later = idx + 1;
                }
                _ => starts.push(idx + 1),
            }
        }
    }
    starts.reverse();
    starts
}

/// How far back [`same_sentence_person`] looks for the opening mark of the quotation.
const MAX_QUOTE_LOOKBACK: usize = 4_000;

/// For a pronoun right after a quotation (`… — "…," he said`), the last person named in the
/// same sentence before that quotation opened.
pub(in crate::analysis) fn same_sentence_person(text: &str, pronoun: usize) -> Option<String> {
    let before = text.get(..pronoun)?.trim_end();
    if !before.ends_with(['"', '”']) {
        return None;
    }
    let close = before.trim_end_matches([',', '"', '”']).len();
    // The opening mark within the quotation's last few thousand bytes: a search back to the
    // start of the text for each pronoun would make unbalanced marks quadratic.
    let (quote_start, quote) = window_before(before, close, MAX_QUOTE_LOOKBACK);
    let open = quote_start + quote.rfind(['"', '“'])?;
    let (_, window) = window_before(text, open, 1_500);
    let lead = &window[last_sentence_starts(window, 1, false)
        .last()
        .copied()
        .unwrap_or(0)..];
    last_person_in_text(lead, lead.len())
}

/// The last person named in the 3,000 bytes before `before`: two or three capitalised words
/// (after a title, or not at the start of a sentence) that are not an organisation.
pub(in crate::analysis) fn last_person_in_text(text: &str, before: usize) -> Option<String> {
    match scan_for_person(text, before, None).1 {
        PersonScan::Found(name, _) => Some(name),
        PersonScan::Stopped | PersonScan::None => None,
    }
}

/// [`last_person_in_text`] for questions asked in text order: it keeps its last answer, so the
/// next question reads only the text added since (plus a margin) rather than the whole window.
/// Ten thousand `he said` lines with no name would otherwise each read 3,000 bytes.
#[derive(Debug, Default)]
pub(in crate::analysis) struct LastPerson {
    last: Option<Answer>,
}

/// One answer of [`LastPerson::before`].
#[derive(Debug)]
struct Answer {
    /// The text asked about: its address and length.
    text: (usize, usize),
    /// Where the question was asked.
    before: usize,
    /// The name, and where it is.
    found: Option<(String, Span)>,
}

/// How far before the last question a new scan still reads, so that a name ending there is
/// seen with the words before it.
const RESCAN_MARGIN: usize = 200;

impl LastPerson {
    pub(in crate::analysis) fn before(&mut self, text: &str, before: usize) -> Option<String> {
        let identity = (text.as_ptr() as usize, text.len());
        let stop = match &self.last {
            Some(last) if last.text == identity && last.before <= before => {
                Some(last.before.saturating_sub(RESCAN_MARGIN))
            }
            _ => None,
        };
        let (window_start, scan) = scan_for_person(text, before, stop);
        let found = match scan {
            PersonScan::Found(name, at) => Some((name, at)),
            PersonScan::None => None,
            // Nothing new: the earlier answer if it lies wholly between the new window's start
            // and the part read again; otherwise (a name the earlier question cut) read it all.
            PersonScan::Stopped => match self.last.take().and_then(|last| last.found) {
                None => None,
                Some((name, at)) if at.end <= stop.unwrap_or(0) => {
                    (at.start >= window_start).then_some((name, at))
                }
                Some(_) => match scan_for_person(text, before, None).1 {
                    PersonScan::Found(name, at) => Some((name, at)),
                    PersonScan::Stopped | PersonScan::None => None,
                },
            },
        };
        let name = found.as_ref().map(|(name, _)| name.clone());
        self.last = Some(Answer {
            text: identity,
            before,
            found,
        });
        name
    }
}

enum PersonScan {
    /// A name, and where it is in the text.
    Found(String, Span),
    /// No name after `stop`.
    Stopped,
    /// No name in the window.
    None,
}

/// Reads the 3,000 bytes before `before` backwards, word by word, for a person's name, giving
/// up at the first candidate that ends before `stop`. Returns where the window starts.
fn scan_for_person(text: &str, before: usize, stop: Option<usize>) -> (usize, PersonScan) {
    let (window_start, window) = window_before(text, before, 3_000);
    let mut words = RevWords::new(window);
    let offset = |word: &str| word.as_ptr() as usize - text.as_ptr() as usize;
    // `last` counts words from the end of the window: 0 is the last word.
    let mut last = 0;
    while let Some(raw_last) = words.get(last) {
        let bare_last = without_possessive(bare_word(raw_last));
        if !starts_upper(bare_last) || bare_last.len() < 2 || is_all_caps(bare_last) {
            last += 1;
            continue;
        }
        if stop.is_some_and(|stop| offset(raw_last) + raw_last.len() <= stop) {
            return (window_start, PersonScan::Stopped);
        }
        let first = name_start(&mut words, last);
        let n = first - last + 1;
        let name: Vec<&str> = (last..=first)
            .rev()
            .filter_map(|i| words.get(i))
            // (`Loretta E. Lynch`: an initial keeps its point.)
            .map(|w| initial(w).unwrap_or_else(|| without_possessive(bare_word(w))))
            .collect();
        let plausible = (2..=3).contains(&n)
            && name.iter().all(|w| {
                !is_in(ORG_WORDS, w)
                    && !is_in(TIME_WORDS, w)
                    && crate::analysis::meta::parse_date(&format!("{w} 1, 2000")).is_none()
            });
        if plausible {
            let start = words.get(first).map_or(before, offset);
            let end = offset(raw_last) + raw_last.len();
            return (
                window_start,
                PersonScan::Found(name.join(" "), Span::new(start, end)),
            );
        }
        last = first + 1;
    }
    (window_start, PersonScan::None)
}

/// How far back (in words counted from the end) the capitalised name ending at word `last`
/// starts: at most three more words, stopping at a break, a title, an intro word, a determiner,
/// a pronoun, or a word that closes a clause or sentence.
fn name_start(words: &mut RevWords<'_>, last: usize) -> usize {
    let mut first = last;
    while first - last < 3 {
        let Some(raw) = words.get(first + 1) else {
            break;
        };
        let bare = bare_word(raw);
        if raw == "\n"
            || raw.ends_with([',', ';', ':', '"', '”'])
            || !starts_upper(bare)
            || is_in(TITLES, bare)
            || is_in(INTRO_WORDS, bare)
            || is_in(DETERMINERS, bare)
            || is_in(PRONOUNS, bare)
            || (raw.ends_with('.') && bare.chars().count() != 1)
        {
            break;
        }
        first += 1;
    }
    first
}

/// Whether `word` ends in a possessive `'s` (straight or curly).
pub(in crate::analysis) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// `word` without a possessive `'s` (straight or curly).
pub(in crate::analysis) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// A sign-off line under a quotation: a dash and a name (`— Steve Quinlan`,
/// `― Christina Lastra, Phoenix`). Returns the name.
pub(in crate::analysis) fn sign_off(text: &str, span: Span) -> Option<Span> {
    let line = span.slice(text);
    // `… unlike him.”― Carla Sanchez`: a sign-off glued to the closing mark.
    if let Some(dash) = rfind_long_dash(line) {
        let before = line.get(..dash).unwrap_or("").trim_end_matches(is_space);
        if dash > 0 && before.ends_with(['”', '"', '’']) {
            if let Some(name) = sign_off(text, Span::new(span.start + dash, span.end)) {
                return Some(name);
            }
        }
    }
    let rest = line.strip_prefix(['—', '―', '–', '-'])?;
    let skipped = line.len() - rest.len();
    let rest_trimmed = rest.trim_start_matches(is_space);
    let start = span.start + skipped + (rest.len() - rest_trimmed.len());
    let name = rest_trimmed.split(',').next()?.trim_end_matches(['.', ' ']);
    let words: Vec<&str> = name.split_whitespace().collect();
    let valid = (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w))
        && rest_trimmed.split_whitespace().count() <= 10
        && words
            .first()
            .is_some_and(|w| !is_in(DETERMINERS, w) && !is_in(PRONOUNS, w))
        && !words.iter().any(|w| is_web_address(w));
    valid.then(|| Span::new(start, start + name.len()))
}

/// Whether `word` is a web address (`Tolvikpost.com`): an outlet's credit, not a speaker's
/// sign-off. A dot followed by two to four lower-case letters that end the word.
fn is_web_address(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(site, tld)| {
        !site.is_empty()
            && (2..=4).contains(&tld.len())
            && tld.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// The last `—` (U+2014) or `―` (U+2015) in `line`: every sentence is tested, so each dash
/// is looked for alone (a search for one character reads the text a word at a time), not
/// both by decoding the line.
fn rfind_long_dash(line: &str) -> Option<usize> {
    line.rfind('—').max(line.rfind('―'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text with names, titles, line breaks and filler, in pieces.
    fn news_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("Jane Roe said. "),
            Just("Minister Ana Li "),
            Just("the Harbour Council "),
            Just("\"It is fine,\" he said. "),
            Just("on Monday "),
            Just("\n\n"),
            Just("Line "),
            Just("and so on and so forth, as it was written in the record of the day. "),
            Just("Tom Bell, "),
        ];
        proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        /// Asked in text order, the remembering scan gives the answers of a full scan.
        #[test]
        fn last_person_remembers_without_changing_answers(
            text in news_like(),
            steps in proptest::collection::vec(1usize..400, 1..40),
        ) {
            let mut memo = LastPerson::default();
            let mut before = 0;
            for step in steps {
                before = (before + step).min(text.len());
                while !text.is_char_boundary(before) {
                    before -= 1;
                }
                prop_assert_eq!(memo.before(&text, before), last_person_in_text(&text, before));
            }
        }
    }
}
