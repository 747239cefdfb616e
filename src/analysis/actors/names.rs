//! Name helpers: significant words, heads, slugs, titles, roles, and short names expanded
//! from the text.

use super::*;
use crate::analysis::lexicon::*;
use crate::analysis::text::{is_all_caps, is_space, rfind_before};

/// The words of a name that identify it, as written: split at spaces, commas and brackets,
/// trimmed of punctuation and a possessive `'s`, without empty words and articles.
pub(super) fn significant_parts(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| is_space(c) || c == ',' || c == '(' || c == ')')
        .map(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            without_possessive(word)
        })
        .filter(|word| !word.is_empty() && !is_in(ARTICLES, word))
}

/// The significant words of a name, in lower case: the key it is found by.
pub(in crate::analysis) fn significant_words(name: &str) -> Vec<String> {
    significant_parts(name).map(lower_case).collect()
}

/// [`significant_words`] and [`significant_head`] of a name, read in one pass over it.
pub(in crate::analysis) fn significant_words_and_head(name: &str) -> (Vec<String>, String) {
    let parts: Vec<&str> = significant_parts(name).collect();
    // The last word before the first that ends the head; the last word if none does, or if
    // the name opens with one (`of …`).
    let head = match parts.iter().position(|word| ends_head(word)) {
        Some(cut) if cut > 0 => parts.get(cut - 1),
        _ => parts.last(),
    };
    let words = parts.iter().map(|part| lower_case(part)).collect();
    (
        words,
        head.map_or_else(String::new, |head| head.to_lowercase()),
    )
}

/// `word.to_lowercase()`, with ASCII words (most names) lowered byte by byte: for them the
/// two agree, and the byte loop costs less than decoding each character. Apostrophes are
/// [`straight`].
fn lower_case(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        let lowered = word.to_lowercase();
        let straightened = match straight(&lowered) {
            std::borrow::Cow::Owned(straightened) => Some(straightened),
            std::borrow::Cow::Borrowed(_) => None,
        };
        straightened.unwrap_or(lowered)
    }
}

/// A name with its typographic apostrophes written straight, so that `O’Dowd` and `O'Dowd`
/// are one name.
pub(in crate::analysis) fn straight(word: &str) -> std::borrow::Cow<'_, str> {
    if word.contains('\u{2019}') {
        std::borrow::Cow::Owned(word.replace('\u{2019}', "'"))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Whether a (lower-case) word ends a name's head: `of`, `to`, `for`, `in`, `at`, `on`.
fn ends_head(word: &str) -> bool {
    is_in(&["of", "to", "for", "in", "at", "on"], word)
}

/// `name` without leading `the `s, then `The `s: `name.trim_start_matches("the ")
/// .trim_start_matches("The ")`, without building a substring searcher for each.
pub(super) fn without_leading_the(name: &str) -> &str {
    let mut bare = name;
    while let Some(rest) = bare.strip_prefix("the ") {
        bare = rest;
    }
    while let Some(rest) = bare.strip_prefix("The ") {
        bare = rest;
    }
    bare
}

/// The head of a name: the last word before `of`/`to`/`for`/`in`, or the last word.
pub(in crate::analysis) fn head_of(words: &[String]) -> String {
    head_word(words).to_string()
}

/// [`head_of`], borrowed.
pub(in crate::analysis) fn head_word(words: &[String]) -> &str {
    let cut = words
        .iter()
        .position(|word| ends_head(word))
        .unwrap_or(words.len());
    words[..cut]
        .last()
        .or(words.last())
        .map_or("", String::as_str)
}

/// `head_of(&significant_words(name))`, without building the words.
pub(in crate::analysis) fn significant_head(name: &str) -> String {
    let mut before = None;
    for word in significant_parts(name) {
        if ends_head(word) {
            // A name opening with `of …` has no word before the cut: its head is its last.
            let head = before.or_else(|| significant_parts(name).last());
            return head.map(str::to_lowercase).unwrap_or_default();
        }
        before = Some(word);
    }
    before.map(str::to_lowercase).unwrap_or_default()
}

pub(in crate::analysis) fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    // (A loop in a loop, not `flat_map`, which was most of the time.)
    for upper in name.chars() {
        // An ASCII character (most of a name) lowers to one ASCII character, alphanumeric
        // exactly when it is an ASCII letter or digit: it is pushed without the general
        // lowering's iterator.
        if upper.is_ascii() {
            push_slug_char(
                &mut slug,
                upper.to_ascii_lowercase(),
                upper.is_ascii_alphanumeric(),
            );
            continue;
        }
        for ch in upper.to_lowercase() {
            push_slug_char(&mut slug, ch, ch.is_alphanumeric());
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("actor");
    }
    slug
}

/// Pushes one lower-case character of a name onto its slug: the character itself when it is
/// `alphanumeric`, else a dash unless the slug is empty or already ends with one.
#[inline]
fn push_slug_char(slug: &mut String, ch: char, alphanumeric: bool) {
    if alphanumeric {
        slug.push(ch);
    } else if !slug.is_empty() && !slug.ends_with('-') {
        slug.push('-');
    }
}

/// The byte offset of the author in a `report by X` mention.
pub(in crate::analysis) fn author_offset(
    mention: &str,
    author_first: &str,
    by_idx: usize,
) -> usize {
    let mut seen = 0;
    for (offset, _) in mention.match_indices(author_first) {
        let before = mention.get(..offset).unwrap_or("");
        let n_words = before.split_whitespace().count();
        if n_words > by_idx {
            return offset;
        }
        seen = offset;
    }
    seen
}

/// `text` up to the first of `words` (lower case, not first), keeping a posted
/// organisation's place (`the Chinese Embassy in Britain`).
pub(in crate::analysis) fn cut_at_word(text: &str, words: &[&str]) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (idx, &word) in all.iter().enumerate() {
        let at = |offset: usize| all.get(idx + offset).copied().unwrap_or("");
        let posted = || {
            let org_word =
                posted_org_word(all[..idx].iter().rev().copied()).unwrap_or(all[idx - 1]);
            continues_posted_name(org_word, word, at(1), at(2))
        };
        if !out.is_empty()
            && is_in(words, word)
            && word.starts_with(char::is_lowercase)
            && !posted()
        {
            break;
        }
        out.push(word);
    }
    out.join(" ")
}

pub(in crate::analysis) fn normalise_role(role: &str) -> &'static str {
    match role.to_ascii_lowercase().as_str() {
        "spokesperson" | "spokesman" | "spokeswoman" => "spokesperson",
        "spokespeople" | "spokespersons" => "spokespeople",
        "official" => "official",
        "officials" => "officials",
        "minister" => "minister",
        "ambassador" => "ambassador",
        "director" => "director",
        "president" => "president",
        "chairman" | "chairwoman" | "chair" => "chair",
        "secretary" => "secretary",
        "ceo" => "chief executive",
        "representative" => "representative",
        "source" => "source",
        "sources" => "sources",
        "members" => "members",
        "member" => "member",
        "executive" => "executive",
        "leader" => "leader",
        "head" | "chief" => "head",
        "reporter" | "correspondent" => "reporter",
        "aide" => "aide",
        "candidate" | "nominee" => "candidate",
        _ => "representative",
    }
}

/// A role word in one form for a member (`a spokesman for X`) and a person introduced with
/// it (`Spokeswoman Jane Roe`): lower case, the spokes- words and `CEO` folded.
pub(in crate::analysis) fn role_key(role: &str) -> String {
    match normalise_role(role) {
        "representative" => role.to_ascii_lowercase(),
        folded => folded.to_string(),
    }
}

/// The words of `text` with their byte offsets; a line break between two words is recorded
/// as a `"\n"` word so that names never run across lines.
pub(in crate::analysis) fn words_with_breaks(text: &str) -> Vec<(usize, &str)> {
    // (Room for a word every six bytes spares most of the vector's regrowth.)
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = None;
    let bytes = text.as_bytes();
    let mut idx = 0;
    while let Some(&byte) = bytes.get(idx) {
        // An ASCII character is read from its byte (its spaces are `\t` to `\r` and ` `); only
        // others are decoded.
        let (ch, space) = if byte.is_ascii() {
            (char::from(byte), matches!(byte, b'\t'..=b'\r' | b' '))
        } else {
            let ch = text[idx..].chars().next().unwrap_or(' ');
            (ch, is_space(ch))
        };
        if space {
            if let Some(word_start) = start.take() {
                out.push((word_start, text.get(word_start..idx).unwrap_or("")));
            }
            if matches!(ch, '\n' | '\r') && out.last().is_none_or(|(_, w)| *w != "\n") {
                out.push((idx, "\n"));
            }
        } else if start.is_none() {
            start = Some(idx);
        }
        idx += ch.len_utf8();
        // The rest of a word's printable ASCII changes nothing: it is passed over at once.
        if !space {
            idx += bytes
                .get(idx..)
                .unwrap_or(&[])
                .iter()
                .position(|&byte| !(b'!'..=b'~').contains(&byte))
                .unwrap_or(bytes.len() - idx);
        }
    }
    if let Some(word_start) = start {
        out.push((word_start, text.get(word_start..).unwrap_or("")));
    }
    out
}

/// The words of [`words_with_breaks`] read from the end, on demand: `get(0)` is the last word.
/// A backward search that stops early reads only the tail of a long window.
pub(in crate::analysis) struct RevWords<'t> {
    text: &'t str,
    /// The words read so far, the last first.
    read: Vec<&'t str>,
    /// Everything from here on has been read.
    end: usize,
}

impl<'t> RevWords<'t> {
    pub(in crate::analysis) fn new(text: &'t str) -> RevWords<'t> {
        RevWords {
            text,
            read: Vec::new(),
            end: text.len(),
        }
    }

    /// The word `back` places from the end (`"\n"` for a run of spaces with a line break).
    pub(in crate::analysis) fn get(&mut self, back: usize) -> Option<&'t str> {
        while self.read.len() <= back {
            let word = self.next_back()?;
            self.read.push(word);
        }
        Some(self.read[back])
    }

    fn next_back(&mut self) -> Option<&'t str> {
        let head = self.text.get(..self.end)?;
        let trimmed = head.trim_end_matches(is_space);
        self.end = trimmed.len();
        if head[trimmed.len()..].contains(['\n', '\r']) {
            return Some("\n");
        }
        if trimmed.is_empty() {
            return None;
        }
        let start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, ch)| is_space(ch))
            .map_or(0, |(idx, ch)| idx + ch.len_utf8());
        self.end = start;
        trimmed.get(start..)
    }
}

pub(in crate::analysis) fn bare_word(word: &str) -> &str {
    word.trim_end_matches([',', ';', ':', ')', '"', '”', '’'])
        .trim_end_matches('.')
        .trim_start_matches(['(', '"', '“', '‘'])
}

/// The initial that `word` is, with its point: `F.` of `F.` or `F.,` (one capital letter,
/// a point, then only clause punctuation).
pub(in crate::analysis) fn initial(word: &str) -> Option<&str> {
    let bytes = word.as_bytes();
    let is_initial = bytes.len() >= 2
        && bytes[0].is_ascii_uppercase()
        && bytes[1] == b'.'
        && bytes[2..].iter().all(|b| matches!(b, b',' | b':' | b';'));
    is_initial.then(|| &word[..2])
}

/// How many occurrences that do not extend [`expand_from_text`] reads before it gives up
/// looking for one that does.
const EXPANSION_TRIES: usize = 3;

/// Finds the last capitalised occurrence of `word` before `before` that extends to a full
/// name of more than `words` words around it (`the corps` → `U.S. Army Corps of Engineers`,
/// `Vasquez` → `Marco Vasquez`, `Tasman Mutual` → `Tasman Mutual Bank`); else the name at
/// the last occurrence.
pub(in crate::analysis) fn expand_from_text(
    text: &str,
    before: usize,
    word: &str,
    words: usize,
) -> Option<String> {
    // Search for the capitalised word, then read only the text around each occurrence.
    let mut capitalised = String::with_capacity(word.len());
    let mut chars = word.chars();
    capitalised.extend(chars.next()?.to_uppercase());
    capitalised.push_str(chars.as_str());
    let (window_start, scope) = window_before(text, before, 4_000);
    let mut bare = None;
    let mut bare_tries = 0;
    // (`capitalised` is not empty: it holds the word's first character.)
    let mut scope_end = scope.len();
    while let Some(offset) = rfind_before(scope, &capitalised, scope_end) {
        scope_end = offset;
        // (A few names that do not extend at most: a word on every line, `… Ministry said`,
        // stays cheap.)
        if bare_tries >= EXPANSION_TRIES {
            break;
        }
        let at = window_start + offset;
        // `Obama Sees 'Personal Insult' …`: every word of a title-case headline is
        // capitalised, so only a given name right before the word extends it there.
        if let Some(line) = title_case_line(text, at) {
            if is_in(ORG_WORDS, word) || is_in(GENERIC_ORG, word) {
                continue;
            }
            let line_start = line.as_ptr() as usize - text.as_ptr() as usize;
            match given_name_in_title(line, at - line_start) {
                Some(given) => return Some(format!("{given} {capitalised}")),
                None => continue,
            }
        }
        let mut local_start = at.saturating_sub(160);
        while !text.is_char_boundary(local_start) {
            local_start += 1;
        }
        if local_start > 0 {
            // Start at a word boundary.
            if let Some(space) = text.get(local_start..at).and_then(|piece| piece.find(' ')) {
                local_start += space + 1;
            }
        }
        let mut local_end = (at + capitalised.len() + 240).min(before);
        while !text.is_char_boundary(local_end) {
            local_end -= 1;
        }
        // An occurrence that the name does not extend (`Lake Pumps said`) gives way to an
        // earlier one that does (`Lake Pumps Holdings Plc`).
        match expand_in(text.get(local_start..local_end)?, at - local_start, word) {
            Some(found) if found.split(' ').count() > words => return Some(found),
            Some(found) => {
                bare_tries += 1;
                bare = bare.or(Some(found));
            }
            None => {}
        }
    }
    bare
}

/// The line holding byte `at`, if it is in title case (read only up to 300 bytes each way).
fn title_case_line(text: &str, at: usize) -> Option<&str> {
    let (line_start, before) = window_before(text, at, 300);
    let start = before
        .rfind('\n')
        .map_or(line_start, |nl| line_start + nl + 1);
    let rest = text.get(at..).unwrap_or("");
    let mut end = at + rest.find('\n').unwrap_or(rest.len()).min(300);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(start..end)
        .filter(|line| crate::analysis::meta::is_title_case(line))
}

/// In a title-case `line`, the word right before byte `at` when it can be a given name:
/// capitalised, no title, role, function word or question word, and no punctuation after it
/// (`Cecile Richards Says …` gives `Cecile`; `Challenger Kelli Ward` gives `Kelli`).
fn given_name_in_title(line: &str, at: usize) -> Option<&str> {
    let before = line.get(..at)?;
    if !before.ends_with(' ') {
        return None;
    }
    let word = before.trim_end().rsplit(' ').next()?;
    let lower = word.to_lowercase();
    let plain = word.chars().all(char::is_alphabetic) && word.chars().count() >= 2;
    (plain
        && starts_upper(word)
        && !is_in(TITLES, word)
        && !is_in(ROLE_NOUNS, &lower)
        && !is_in(FUNCTION_WORDS, &lower)
        && !is_in(
            &["by", "how", "what", "when", "where", "who", "why"],
            &lower,
        )
        && crate::analysis::cues::lookup(&lower).is_none())
    .then_some(word)
}

/// Expands the name whose word starts at byte `at` of `hay`.
pub(in crate::analysis) fn expand_in(hay: &str, at: usize, word: &str) -> Option<String> {
    let words = words_with_breaks(hay);
    for idx in (0..words.len()).rev() {
        let (word_at, raw_word) = words[idx];
        if !(word_at..word_at + raw_word.len()).contains(&at) {
            continue;
        }
        // `NEW YORK–Palm Inc. posted`: a dash without spaces ends a dateline; the name starts
        // after it.
        let after_dash = at > word_at && hay[..at].ends_with(['–', '—']);
        let raw_word = if after_dash {
            &hay[at..word_at + raw_word.len()]
        } else {
            raw_word
        };
        let candidate = bare_word(raw_word);
        let candidate = without_possessive(candidate);
        if !candidate.eq_ignore_ascii_case(word) || !starts_upper(candidate) {
            return None;
        }
        if let Some(given) = given_name_after(&words, idx) {
            return Some(format!("{candidate} {given}"));
        }
        let mut name: Vec<&str> = vec![candidate];
        // `NORDHAVN (Reuters) –`: a name in parentheses does not run on outside them.
        if !after_dash && !raw_word.starts_with('(') {
            extend_left(&words, idx, &mut name);
        }
        if !raw_word.ends_with(')') {
            extend_right(&words, idx, &mut name);
        }
        if !after_dash && !raw_word.starts_with('(') {
            extend_left_over_and(&words, idx, &mut name);
        }
        while name
            .last()
            .is_some_and(|w| is_in(&["of", "for", "and", "in", "to", "the"], w))
        {
            name.pop();
        }
        // `Host Chris Wallace …` at the start of a sentence: the first word is not the name's.
        let first_idx = idx + 1 - name.len().min(idx + 1);
        let sentence_start = first_idx == 0
            || words
                .get(first_idx.wrapping_sub(1))
                .is_some_and(|(_, w)| *w == "\n" || w.ends_with(['.', '?', '!', '"', '”']));
        let organisation = name.iter().any(|w| is_in(ORG_WORDS, w));
        if name.len() >= 3
            && sentence_start
            && !organisation
            && name[0].chars().count() > 2
            && !name[1].ends_with('.')
        {
            name.remove(0);
        }
        // `Secretary of State Ada Moss`, `Minister of Foreign Affairs Ada Moss`: the office's
        // domain after `of` is not the name's; the person's name is its last words.
        let before_first = |back: usize| {
            words
                .get(first_idx.wrapping_sub(back))
                .map_or("", |(_, w)| *w)
        };
        if name.len() >= 3
            && !organisation
            && before_first(1) == "of"
            && (is_in(TITLES, before_first(2)) || is_in(ROLE_NOUNS, before_first(2)))
        {
            let keep = if name[name.len() - 2].ends_with('.') {
                3
            } else {
                2
            };
            name.drain(..name.len() - keep);
        }
        // `Rural Affairs Éamon Ó Tuama`: a person's name after an office.
        if let Some(start) = super::descriptors::person_after_org(&name) {
            name.drain(..start);
        }
        if name.len() < 2 {
            return None;
        }
        return Some(name.join(" "));
    }
    None
}

/// A surname given first and followed by one given name (`Xu Xueyuan said`, `Mao Ning at`):
/// the word after `idx`, when it is a plain capitalised word that ends the name. Whatever is
/// capitalised before the surname (`the Embassy in the United States Xu Xueyuan`) is not
/// part of it.
fn given_name_after<'w>(words: &[(usize, &'w str)], idx: usize) -> Option<&'w str> {
    let surname = words[idx].1;
    if surname.ends_with([',', ';', ':', '.', ')', '"', '”', '’']) || surname.contains('\'') {
        return None;
    }
    let raw = words.get(idx + 1)?.1;
    let given = raw.trim_end_matches([',', ';', ':', '.']);
    let plain = given.len() >= 2
        && given.chars().all(char::is_alphabetic)
        && starts_upper(given)
        && !is_all_caps(given);
    let name_like = plain
        && !is_in(ORG_WORDS, given)
        && !is_in(TITLES, given)
        && !is_in(NAME_SUFFIXES, given)
        && !is_in(MONTHS, given)
        && !is_in(WEEKDAYS, given)
        && !is_in(FUNCTION_WORDS, given);
    let ends = raw.len() > given.len()
        || words
            .get(idx + 2)
            .is_none_or(|(_, after)| *after == "\n" || !starts_upper(bare_word(after)));
    (name_like && ends).then_some(given)
}

/// Extends `name` leftwards from word `idx` over capitalised words, stopping at titles,
/// openers, possessors and line breaks.
fn extend_left<'w>(words: &[(usize, &'w str)], idx: usize, name: &mut Vec<&'w str>) {
    let mut back = idx;
    while back > 0 {
        back -= 1;
        let raw = words[back].1;
        if raw == "\n"
            || raw.ends_with([',', ';', ':', '.', '"', '”'])
                && !(raw.len() <= 5
                    && raw.ends_with('.')
                    && raw.contains(char::is_uppercase)
                    && !is_in(TITLES, bare_word(raw)))
        {
            break;
        }
        let bare = bare_word(raw);
        if !starts_upper(bare)
            || is_in(TITLES, bare)
            || bare.strip_suffix('s').is_some_and(|one| is_in(TITLES, one))
            || is_in(INTRO_WORDS, bare)
            || is_in(DETERMINERS, bare)
            || is_in(PRONOUNS, bare)
            // `Vell, Norland-based Lake Pumps`: a seat describes the name.
            || is_seat_adjective(bare)
        {
            break;
        }
        let bare = bare.strip_suffix("'s").or_else(|| bare.strip_suffix("’s"));
        if bare.is_some() {
            // `Kenya's Daniel Kiprono`: a possessor is not part of the name.
            break;
        }
        name.insert(0, raw.trim_start_matches(['(', '"', '“', '‘']));
    }
}

/// `Lowmoor and Vell Hospital NHS Trust`: a public body's name (ending in an institution's or
/// a generic organisation's word) reaches left over `and` to one more capitalised word, a
/// second place.
fn extend_left_over_and<'w>(words: &[(usize, &'w str)], idx: usize, name: &mut Vec<&'w str>) {
    let body = name
        .last()
        .is_some_and(|last| is_in(INSTITUTION_TAILS, last) || is_in(GENERIC_ORG, last));
    let Some(first) = (idx + 1).checked_sub(name.len()) else {
        return;
    };
    let word = |back: usize| first.checked_sub(back).map(|at| words[at].1);
    let place = word(2).filter(|w| {
        starts_upper(w) && w.chars().skip(1).all(|c| c.is_lowercase()) && !is_in(ORG_WORDS, w)
    });
    let before_place = word(3).unwrap_or("\n");
    if body
        && name.len() >= 2
        && word(1) == Some("and")
        && place.is_some()
        && !starts_upper(before_place)
    {
        name.insert(0, "and");
        name.insert(0, place.unwrap_or_default());
    }
}

/// Extends `name` rightwards from word `idx` over organisation words, connectors and a
/// posted organisation's place (`Tasman Mutual Bank`, `Corps of Engineers`, `Embassy in
/// the United States`).
fn extend_right<'w>(words: &[(usize, &'w str)], idx: usize, name: &mut Vec<&'w str>) {
    // `Lasry's Avenue Capital`: a possessive ends the name too.
    let possessive = is_possessive(bare_word(words[idx].1));
    let ends_phrase = words[idx].1.ends_with([',', ';', ':', ')'])
        || (words[idx].1.ends_with('.') && words[idx].1.len() > 5)
        || possessive;
    if ends_phrase {
        return;
    }
    let mut ahead = idx + 1;
    while ahead < words.len() {
        let raw = words[ahead].1;
        if raw == "\n" || raw.starts_with('(') {
            break;
        }
        // `Thomson Reuters Corp's bid`: a possessive ends the name.
        let possessive = bare_word(raw)
            .strip_suffix("'s")
            .or_else(|| bare_word(raw).strip_suffix("’s"));
        let bare = possessive.unwrap_or(bare_word(raw));
        let next = |offset: usize| words.get(ahead + offset).map_or("", |w| bare_word(w.1));
        // `Chinese Embassy in Britain`, `Mission to the EU`: a posted organisation's place.
        if name
            .last()
            .is_some_and(|last| continues_posted_name(last, bare, next(1), next(2)))
        {
            name.push(bare);
            if next(1) == "the" {
                name.push("the");
                ahead += 1;
            }
            ahead += 1;
            continue;
        }
        // (`John Cruz of Texas`: a person's name ends before a place.)
        let institution = name
            .iter()
            .any(|w| is_in(ORG_WORDS, w) || is_in(ROLE_NOUNS, w) || is_in(TITLES, w));
        let connector = is_in(&["of", "for"], bare) && starts_upper(next(1)) && institution;
        // Only organisation words extend a name rightwards (`Tasman Mutual Bank`, `Skyline
        // Airways`, `Farmacorp S.A.`); title-case headlines must not. A posted organisation's
        // place may have several words (`the United States`).
        let in_place = name.iter().rev().take(3).any(|w| is_in(&["in", "to"], w));
        let after_connector =
            in_place || name.last().is_some_and(|w| is_in(&["of", "for", "the"], w));
        let org_part = starts_upper(bare)
            && (after_connector
                || is_in(ORG_WORDS, bare)
                || is_in(CORPORATE_SUFFIXES, bare)
                || (raw.contains('.') && raw.len() <= 6));
        if !org_part && !connector {
            // `Vellmark Lakeside Medical Center`: capitalised words that end in an
            // organisation's word extend it together.
            if let Some(run) = org_run(words, ahead) {
                name.extend(run);
            }
            break;
        }
        let trimmed = raw.trim_end_matches([',', ';', ':', ')']);
        let keep_dot =
            trimmed.ends_with('.') && trimmed.len() <= 5 && trimmed.contains(char::is_uppercase);
        name.push(if keep_dot { trimmed } else { bare });
        if possessive.is_some()
            || raw.ends_with([',', ';', ':', ')'])
            || (raw.ends_with('.') && !keep_dot)
        {
            break;
        }
        ahead += 1;
    }
}

/// Up to three capitalised words from `from` whose last ends an institution's or a company's
/// name (`Medical Center`, `International Plc`), with no punctuation before it.
fn org_run<'w>(words: &[(usize, &'w str)], from: usize) -> Option<Vec<&'w str>> {
    let mut run = Vec::new();
    for &(_, raw) in words.iter().skip(from).take(3) {
        let bare = bare_word(raw);
        if raw == "\n" || !starts_upper(bare) || is_possessive(bare) {
            return None;
        }
        run.push(bare);
        if is_in(INSTITUTION_TAILS, bare) || is_in(CORPORATE_SUFFIXES, bare) {
            return Some(run);
        }
        if raw.len() != bare.len() {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reversed(text: &str) -> Vec<&str> {
        let mut rev = RevWords::new(text);
        (0..).map_while(|back| rev.get(back)).collect()
    }

    #[test]
    fn rev_words_read_the_words_backwards() {
        for text in [
            "",
            " ",
            "\n",
            "a",
            " a\n\n b  c\r\n",
            "Mr. Li said:\n \n\"Yes.\" ",
            "a\u{200b}b",
        ] {
            let forward: Vec<&str> = words_with_breaks(text)
                .into_iter()
                .map(|(_, w)| w)
                .rev()
                .collect();
            assert_eq!(reversed(text), forward, "{text:?}");
        }
    }

    #[test]
    fn significant_head_is_the_head_of_the_significant_words() {
        for name in [
            "",
            "the",
            "Ministry of Foreign Affairs",
            "of the people",
            "The Chinese Mission to the EU",
            "Mayor's office (City Hall)",
            "A spokesperson for the ministry",
            "ÉCOLE Normale, In Paris",
        ] {
            assert_eq!(
                significant_head(name),
                head_of(&significant_words(name)),
                "{name:?}"
            );
            assert_eq!(
                significant_words_and_head(name),
                (significant_words(name), significant_head(name)),
                "{name:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn significant_head_agrees_with_head_of(name in "(the|of|To|in|A|Ministry|EU's|x|,|\\(| |É)*") {
            prop_assert_eq!(significant_head(&name), head_of(&significant_words(&name)));
            prop_assert_eq!(
                significant_words_and_head(&name),
                (significant_words(&name), significant_head(&name))
            );
        }

        #[test]
        fn rev_words_agree_with_words_with_breaks(text in "[ a\nB.\r\u{a0}é,\"]{0,40}") {
            let forward: Vec<&str> = words_with_breaks(&text).into_iter().map(|(_, w)| w).rev().collect();
            prop_assert_eq!(reversed(&text), forward);
        }
    }
}
