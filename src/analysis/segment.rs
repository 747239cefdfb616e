//! Sentence segmentation: a hand-written scanner for English news text (plus CJK full stops).
//!
//! It walks a block once. At each terminator (`.`, `?`, `!`, an ellipsis, `。！？`) it looks at the
//! token before and the word after to decide whether a sentence ends there. The rules follow
//! the "Golden Rules" of pragmatic_segmenter: abbreviations and titles, initials, decimals,
//! multi-period abbreviations (`U.S.`, `a.m.`), ellipses, URLs and e-mail addresses, numbered
//! and bulleted lists, and punctuation inside quotes and parentheses.

use super::lexicon::{
    WordList, WordSet, AFTER_TIME, BEFORE_NUMBER, POSTPOSITIVE, PREPOSITIVE, STARTERS,
    TIME_OPENERS, TITLE_STARTERS, UNITS,
};
use super::text::{
    char_at, char_before, is_digits, is_inline_space, is_space, skip_spaces, trim_span,
};
use super::Span;

/// Whether `word`, folded to lower case, is in `list` (no allocation). A list of
/// [`SORTED_FROM`] words or more must be sorted (byte order, lower case, as the lexicon's are):
/// an ASCII word is looked for in it by bisection; in a shorter one, by a scan.
fn contains_folded(list: &[&str], word: &str) -> bool {
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    if word.is_ascii() {
        let word = word.as_bytes();
        if list.len() >= SORTED_FROM {
            debug_assert!(list.windows(2).all(|pair| pair[0] < pair[1]));
            return list
                .binary_search_by(|item| {
                    let item = item.as_bytes();
                    let common = item
                        .iter()
                        .zip(word)
                        .map(|(&a, &b)| (a, b.to_ascii_lowercase()));
                    for (left, right) in common {
                        if left != right {
                            return left.cmp(&right);
                        }
                    }
                    item.len().cmp(&word.len())
                })
                .is_ok();
        }
        return list
            .iter()
            .any(|item| item.as_bytes().eq_ignore_ascii_case(word));
    }
    let mut buf = [0u8; 48];
    let mut len = 0;
    for ch in word.chars().flat_map(char::to_lowercase) {
        let mut tmp = [0u8; 4];
        let encoded = ch.encode_utf8(&mut tmp).as_bytes();
        if len + encoded.len() > buf.len() {
            return false;
        }
        buf[len..len + encoded.len()].copy_from_slice(encoded);
        len += encoded.len();
    }
    let lowered = std::str::from_utf8(&buf[..len]).unwrap_or("");
    list.contains(&lowered)
}

/// [`contains_folded`] for a [`WordList`]: an ASCII word is looked up by its hash, not by
/// bisection.
fn listed(list: WordList, word: &str) -> bool {
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    if word.is_ascii() {
        return list.holds_folded(word.as_bytes());
    }
    contains_folded(&list, word)
}

/// Lists at least this long are searched by [`contains_folded`] by bisection.
const SORTED_FROM: usize = 16;

fn is_bullet(ch: char) -> bool {
    matches!(
        ch,
        '•' | '⁃' | '‣' | '◦' | '▪' | '▫' | '●' | '○' | '■' | '□' | '➢' | '►'
    )
}

fn is_opener(ch: char) -> bool {
    matches!(
        ch,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '„' | '‚' | '「' | '『' | '（' | '¿' | '¡'
    )
}

fn is_closer(ch: char) -> bool {
    matches!(
        ch,
        '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」' | '』' | '）' | '›'
    )
}

/// The end of a closing guillemet set off by a space after a sentence's stop (`stop. »`), the
/// French spacing; the mark must end the line or be followed by a space.
fn spaced_guillemet_end(text: &str, at: usize) -> Option<usize> {
    let space = char_at(text, at).filter(|&c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'))?;
    let mark = at + space.len_utf8();
    if char_at(text, mark) != Some('»') {
        return None;
    }
    let end = mark + '»'.len_utf8();
    char_at(text, end).is_none_or(is_space).then_some(end)
}

fn is_cjk_stop(ch: char) -> bool {
    matches!(ch, '。' | '！' | '？' | '｡')
}

/// A list marker such as `1.`, `2)`, `3.)` or `b.`, at `at` (after optional bullets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ListMarker {
    value: u32,
    alpha: bool,
    /// 0: `1.`, 1: `1)`, 2: `1.)`.
    style: u8,
}

/// Reads a list marker at `at`; returns it and the byte after it. The marker must be followed
/// by a space.
fn read_marker(text: &str, at: usize) -> Option<(ListMarker, usize)> {
    let rest = text.get(at..)?;
    let bytes = rest.as_bytes();
    let mut idx = 0;
    let (value, alpha) = if bytes.first()?.is_ascii_digit() {
        let mut value = 0u32;
        while idx < bytes.len() && bytes[idx].is_ascii_digit() && idx < 3 {
            value = value * 10 + u32::from(bytes[idx] - b'0');
            idx += 1;
        }
        if idx < bytes.len() && bytes[idx].is_ascii_digit() {
            return None;
        }
        (value, false)
    } else if bytes[0].is_ascii_lowercase() {
        idx = 1;
        (u32::from(bytes[0] - b'a'), true)
    } else {
        return None;
    };
    let style = match (bytes.get(idx), bytes.get(idx + 1)) {
        (Some(b'.'), Some(b')')) => {
            idx += 2;
            2
        }
        (Some(b'.'), _) => {
            idx += 1;
            0
        }
        (Some(b')'), _) => {
            idx += 1;
            1
        }
        _ => return None,
    };
    // Alphabetical lists only with a full stop, to stay clear of `a)` in running text.
    if alpha && style != 0 {
        return None;
    }
    let after = at + idx;
    if !char_at(text, after).is_some_and(is_space) {
        return None;
    }
    Some((
        ListMarker {
            value,
            alpha,
            style,
        },
        after,
    ))
}

/// Skips bullets and spaces at the start of a sentence; returns where the marker would be.
fn skip_bullets(text: &str, mut at: usize) -> usize {
    while let Some(ch) = char_at(text, at) {
        if is_bullet(ch) || is_space(ch) {
            at += ch.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// Splits every block of `text` into sentence spans, ignoring metadata heuristics.
///
/// Blocks are separated by blank lines; inside a block a line break ends a sentence only
/// before a bullet or list marker.
///
/// # Examples
/// ```
/// use article_explorer::analysis::split_sentences;
/// let text = "Mr. Smith went to Washington at 5 p.m. on Monday. He left.";
/// let pieces: Vec<&str> = split_sentences(text).iter().map(|span| span.slice(text)).collect();
/// assert_eq!(pieces, ["Mr. Smith went to Washington at 5 p.m. on Monday.", "He left."]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for block in super::structure::plain_blocks(text) {
        split_block(text, block, &mut out);
    }
    out
}

/// Splits one block (a paragraph) into sentences, appending trimmed, non-empty spans to `out`.
pub fn split_block(text: &str, block: Span, out: &mut Vec<Span>) {
    let Some(piece) = text.get(block.start..block.end) else {
        return;
    };
    let mut scanner = Scanner {
        text: piece,
        base: block.start,
        sentence_start: 0,
        list: None,
        out,
    };
    scanner.run();
}

struct Scanner<'a, 'o> {
    /// The block.
    text: &'a str,
    /// Where the block starts in the article.
    base: usize,
    sentence_start: usize,
    list: Option<ListMarker>,
    /// The article's sentences, trimmed, non-empty and placed in the article.
    out: &'o mut Vec<Span>,
}

impl Scanner<'_, '_> {
    fn run(&mut self) {
        let text = self.text;
        self.start_sentence(skip_spaces(text, 0));
        let mut at = self.sentence_start;
        let bytes = text.as_bytes();
        loop {
            // Skip plain ASCII quickly: only terminators and spaces matter, and of the spaces
            // only those the space arm below would not just pass over: a run of them, or one
            // before a character that may open a list item (see `may_open_item`).
            while let Some(&byte) = bytes.get(at) {
                let plain = match byte {
                    b' ' => match bytes.get(at + 1) {
                        Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'0'..=b'9' | 0x80..)
                        | None => false,
                        Some(next) if next.is_ascii_lowercase() => bytes.get(at + 2) != Some(&b'.'),
                        Some(_) => true,
                    },
                    b'.' | b'?' | b'!' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => false,
                    _ => byte.is_ascii(),
                };
                if !plain {
                    break;
                }
                at += 1;
            }
            let Some(ch) = char_at(text, at) else {
                break;
            };
            match ch {
                '.' | '?' | '!' | '…' | '‽' => {
                    let (boundary, next) = self.terminator(at);
                    if boundary {
                        self.push(next);
                        let resume = skip_spaces(text, next);
                        self.start_sentence(resume);
                        at = resume;
                    } else {
                        at = next.max(at + ch.len_utf8());
                    }
                }
                _ if is_cjk_stop(ch) => {
                    let mut end = at;
                    let mut closed = false;
                    while let Some(next) = char_at(text, end) {
                        if is_cjk_stop(next) || is_closer(next) {
                            // Japanese corner brackets go on (`…？」と聞いた`); a Chinese
                            // closing quotation mark ends the sentence (`…。”然后…`).
                            closed |= matches!(next, '」' | '』' | '）');
                            end += next.len_utf8();
                        } else {
                            break;
                        }
                    }
                    // `彼は「本当に来るの？」と聞いた。`: a stop inside corner brackets that
                    // the sentence goes on after does not end it.
                    let continues = closed
                        && char_at(text, end)
                            .is_some_and(|next| !is_space(next) && !is_opener(next));
                    if continues {
                        at = end;
                        continue;
                    }
                    self.push(end);
                    let resume = skip_spaces(text, end);
                    self.start_sentence(resume);
                    at = resume;
                }
                _ if is_space(ch) => {
                    let next = skip_spaces(text, at);
                    // Only a bullet, a digit or a lower-case letter with a full stop (`a.`,
                    // see `read_marker`) can open a list item.
                    let may_open_item = bytes.get(next).is_some_and(|&b| {
                        b >= 0x80
                            || b.is_ascii_digit()
                            || (b.is_ascii_lowercase() && bytes.get(next + 1) == Some(&b'.'))
                    });
                    if may_open_item
                        && next < text.len()
                        && next > self.sentence_start
                        && self.starts_item(at, next)
                    {
                        self.push(at);
                        self.start_sentence(next);
                    }
                    at = next;
                }
                _ => at += ch.len_utf8(),
            }
        }
        if self.sentence_start < text.len() {
            self.emit(Span::new(self.sentence_start, text.len()));
        }
    }

    fn push(&mut self, end: usize) {
        if end > self.sentence_start {
            self.emit(Span::new(self.sentence_start, end));
        }
        self.sentence_start = end;
    }

    /// Appends the sentence `span` of the block to the article's, trimmed, unless it is empty.
    fn emit(&mut self, span: Span) {
        let span = trim_span(self.text, span);
        if !span.is_empty() {
            self.out
                .push(Span::new(self.base + span.start, self.base + span.end));
        }
    }

    fn start_sentence(&mut self, at: usize) {
        self.sentence_start = at;
        self.list = read_marker(self.text, skip_bullets(self.text, at)).map(|(marker, _)| marker);
    }

    /// `HONG KONG • The …`: whether the sentence so far, up to `end`, is a place in capitals
    /// (one to four words), which a bullet then separates from the story as a dateline.
    fn dateline_before(&self, end: usize) -> bool {
        let before = self.text.get(self.sentence_start..end).unwrap_or("");
        let words = before.split_whitespace().count();
        (1..=4).contains(&words)
            && before.chars().any(char::is_alphabetic)
            && before
                .chars()
                .all(|c| c.is_uppercase() || is_space(c) || matches!(c, ',' | '.' | '-' | '\''))
    }

    /// Whether a new list item starts at `next` (the spaces before it start at `space_at`).
    fn starts_item(&self, space_at: usize, next: usize) -> bool {
        let text = self.text;
        let Some(ch) = char_at(text, next) else {
            return false;
        };
        let line_break = || {
            text.get(space_at..next)
                .is_some_and(|gap| gap.chars().any(|c| !is_inline_space(c)))
        };
        if is_bullet(ch) {
            return line_break() || !self.dateline_before(space_at);
        }
        let Some((marker, _)) = read_marker(text, next) else {
            return false;
        };
        if line_break() {
            return true;
        }
        match self.list {
            Some(current) => {
                current.alpha == marker.alpha
                    && current.style == marker.style
                    && marker.value == current.value + 1
            }
            None => false,
        }
    }

    /// Decides whether the terminator run at `at` ends a sentence. Returns the decision and
    /// the byte after the run and any closing marks.
    fn terminator(&self, at: usize) -> (bool, usize) {
        let text = self.text;
        let mut end = at;
        let mut n_dots = 0usize;
        let mut strong = false;
        loop {
            match char_at(text, end) {
                Some('.') => {
                    n_dots += 1;
                    end += 1;
                }
                Some('…') => {
                    n_dots += 3;
                    end += '…'.len_utf8();
                }
                Some(c @ ('?' | '!' | '‽')) => {
                    strong = true;
                    end += c.len_utf8();
                }
                // A spaced ellipsis: `. . .`.
                Some(' ') if n_dots > 0 && !strong && char_at(text, end + 1) == Some('.') => {
                    let after = char_at(text, end + 2);
                    if after.is_none_or(|c| is_space(c) || c == '.' || is_closer(c)) {
                        end += 1;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let run_end = end;
        // Closing marks after the terminator belong to the sentence when a space or the end
        // follows them; so does a French-spaced closing guillemet (`stop. »`).
        let mut close_end = spaced_guillemet_end(text, run_end).unwrap_or(run_end);
        while let Some(ch) = char_at(text, close_end) {
            if !is_closer(ch) {
                break;
            }
            let after = close_end + ch.len_utf8();
            let next = char_at(text, after);
            let straight = ch == '"' || ch == '\'';
            if straight && !next.is_none_or(|c| is_space(c) || is_closer(c)) {
                break;
            }
            close_end = after;
        }
        let Some(next_ch) = char_at(text, close_end) else {
            return (true, close_end);
        };
        if !is_space(next_ch) {
            let glued =
                close_end == run_end && n_dots == 1 && !strong && self.glued_boundary(at, run_end);
            return (glued, close_end);
        }
        let next_at = skip_spaces(text, close_end);
        let Some(next_word) = next_word(text, next_at) else {
            return (true, close_end);
        };
        let first = next_word.chars().next().unwrap_or(' ');
        if first.is_lowercase() {
            return (false, close_end);
        }
        if strong {
            return (true, close_end);
        }
        if n_dots >= 3 {
            let raw_next = char_at(text, next_at).unwrap_or(' ');
            let direct = raw_next.is_uppercase() || matches!(raw_next, '"' | '“' | '‘');
            let boundary = direct && first.is_uppercase() && (n_dots >= 4 || next_word != "I");
            return (boundary, close_end);
        }
        (
            self.period_boundary(at, next_word, close_end > run_end),
            close_end,
        )
    }

    /// `world.Today`: a full stop glued to a capitalised word after a lower-case word or
    /// digit, outside URLs and e-mail addresses.
    fn glued_boundary(&self, dot: usize, after: usize) -> bool {
        let text = self.text;
        let before_ok =
            char_before(text, dot).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        let next_upper = char_at(text, after).is_some_and(char::is_uppercase);
        let next_next = char_at(text, after + 1).is_some_and(char::is_lowercase);
        if !(before_ok && next_upper && next_next) {
            return false;
        }
        let token = token_around(text, dot);
        if token.contains('@')
            || token.contains("://")
            || token.contains("www.")
            || token.contains('/')
        {
            return false;
        }
        if char_before(text, dot).is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
        let word = prev_word(text, dot);
        !(listed(PREPOSITIVE, word) || listed(POSTPOSITIVE, word)) && word.chars().count() >= 2
    }

    /// Whether a single full stop at `dot`, followed by spaces and `next_word`, ends a sentence.
    fn period_boundary(&self, dot: usize, next_word: &str, closed: bool) -> bool {
        let text = self.text;
        let token = prev_token(text, dot);
        let first = next_word.chars().next().unwrap_or(' ');
        let next_digit = first.is_ascii_digit();
        let next_upper = first.is_uppercase();
        if token.is_empty() {
            return true;
        }
        let token_start = dot - token.len();
        // A list marker (`1.`, `a.`) at the start of the sentence.
        if skip_bullets(text, self.sentence_start) == token_start
            && token.len() <= 3
            && (token.bytes().all(|b| b.is_ascii_digit())
                || (token.len() == 1 && token.bytes().all(|b| b.is_ascii_lowercase())))
        {
            return false;
        }
        if closed {
            return true;
        }
        if self.dateline_abbreviation(token_start, dot) || self.slashed_agency(token, dot) {
            return false;
        }
        // Multi-period abbreviations: U.S., a.m., Ph.D., e.g.
        if is_multi_period(token) {
            if token.chars().all(|c| !c.is_uppercase()) {
                if matches!(token, "e.g" | "i.e" | "cf") {
                    return false;
                }
                if matches!(token, "a.m" | "p.m") {
                    // `At 5 a.m. Mr. Smith went …`: a time opening the sentence leads to its
                    // subject; `He left at 6 a.m. Mr. Smith stayed.` ends one.
                    if contains_folded(TITLE_STARTERS, next_word) {
                        return !self.time_opens_sentence(token_start);
                    }
                    return next_upper
                        && !listed(AFTER_TIME, next_word)
                        && !contains_folded(super::lexicon::WEEKDAYS, next_word);
                }
                return listed(STARTERS, next_word);
            }
            if token.split('.').count() >= 3 {
                return next_upper;
            }
            // A degree (`her Ph.D. Tom`) or an era after a year (`753 B.C. Augustus`) ends the
            // sentence before a capital; `U.S. Senate` does not.
            let degree = token.chars().any(char::is_lowercase);
            let era = matches!(token, "B.C" | "A.D") && self.number_before(token_start);
            if (degree || era) && next_upper {
                return true;
            }
            return listed(STARTERS, next_word) || contains_folded(TITLE_STARTERS, next_word);
        }
        let word = prev_word(text, dot);
        let n_chars = word.chars().count();
        if n_chars == 1 && word.len() == token.len() {
            if word.chars().all(char::is_lowercase) {
                return false;
            }
            // An initial (`Jonas E. Smith`), unless a sentence opener follows (`Plan B. Nobody`).
            return listed(STARTERS, next_word);
        }
        let word_start = dot - word.len();
        let standalone = !char_before(text, word_start).is_some_and(char::is_alphanumeric);
        if standalone {
            // A unit after a number: `3 ft. Tom` (not `Ft. Worth`).
            if contains_folded(UNITS, word) && self.number_before(word_start) {
                return next_upper;
            }
            if listed(PREPOSITIVE, word) {
                return !(next_upper || next_digit);
            }
            if contains_folded(BEFORE_NUMBER, word) {
                return !next_digit;
            }
            if listed(POSTPOSITIVE, word) {
                if next_digit {
                    return false;
                }
                return listed(STARTERS, next_word);
            }
        }
        true
    }
}

impl Scanner<'_, '_> {
    /// Whether the sentence so far, before byte `at`, is a short time phrase opening it:
    /// `At 5`, `Shortly after 9`.
    fn time_opens_sentence(&self, at: usize) -> bool {
        let before = self.text.get(self.sentence_start..at).unwrap_or("");
        let first = before.split_whitespace().next().unwrap_or("");
        contains_folded(TIME_OPENERS, first) && before.split_whitespace().count() <= 3
    }

    /// Whether the word before byte `at` (over spaces) is a number: `753 B.C.`, `3 ft.`.
    fn number_before(&self, at: usize) -> bool {
        let before = self.text.get(..at).unwrap_or("").trim_end();
        let word = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        is_digits(word)
    }

    /// `WASHINGTON, January 15. /TASS/. The …`: the stops before and after an agency between
    /// slashes, near a sentence's start, end no sentence.
    fn slashed_agency(&self, token: &str, dot: usize) -> bool {
        let slashed = |word: &str| {
            word.len() >= 4
                && word.starts_with('/')
                && word.ends_with('/')
                && word[1..word.len() - 1].chars().all(char::is_uppercase)
        };
        if dot - self.sentence_start > 60 {
            return false;
        }
        let next = self
            .text
            .get(dot + 1..)
            .map_or("", |rest| rest.trim_start_matches([' ', '\u{a0}']));
        slashed(token)
            || (next.starts_with('/') && slashed(next.split([' ', '.']).next().unwrap_or("")))
    }

    /// `HARTFORD, Conn. – A man …`: the state's abbreviation in a wire dateline (an upper-case
    /// place, a comma, the abbreviation and a dash) ends no sentence.
    fn dateline_abbreviation(&self, token_start: usize, dot: usize) -> bool {
        let text = self.text;
        let Some(place) = text.get(self.sentence_start..token_start) else {
            return false;
        };
        let Some(place) = place.trim_end().strip_suffix(',') else {
            return false;
        };
        let upper_place = !place.is_empty()
            && place.len() <= 40
            && place.chars().any(char::is_alphabetic)
            && place
                .chars()
                .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'');
        if !upper_place || dot - token_start > 5 {
            return false;
        }
        let rest = text
            .get(dot + 1..)
            .map_or("", |rest| rest.trim_start_matches([' ', '\u{a0}']));
        // `FLINT, Mich. (AP) —`: the agency may come between.
        let rest = agency_after(rest).unwrap_or(rest);
        rest.starts_with(['–', '—', '-'])
    }
}

/// What follows an agency in parentheses that opens `rest` (`(AP) — …`), spaces skipped.
fn agency_after(rest: &str) -> Option<&str> {
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let agency = &inner[..close];
    let is_agency = (2..=12).contains(&agency.len())
        && agency.chars().next().is_some_and(char::is_uppercase)
        && agency
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    is_agency.then(|| inner[close + 1..].trim_start_matches([' ', '\u{a0}']))
}

/// The word starting at `at`, skipping opening marks; `None` at the end.
fn next_word(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    let rest = rest.trim_start_matches(|c: char| is_opener(c) || c == '*' || c == '_');
    if rest.is_empty() {
        return None;
    }
    let end = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\''))
        .map_or(rest.len(), |(idx, _)| idx);
    if end == 0 {
        // A symbol such as `$` or `—`: return it as a one-character word.
        let len = rest.chars().next().map_or(0, char::len_utf8);
        return rest.get(..len);
    }
    rest.get(..end)
}

/// The whitespace-delimited token ending at `dot`, without leading opening marks.
fn prev_token(text: &str, dot: usize) -> &str {
    let Some(before) = text.get(..dot) else {
        return "";
    };
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(idx, c)| idx + c.len_utf8());
    before
        .get(start..)
        .unwrap_or("")
        .trim_start_matches(|c: char| is_opener(c) || is_bullet(c))
}

/// The whitespace-delimited token around `at`.
fn token_around(text: &str, at: usize) -> &str {
    let start = text
        .get(..at)
        .and_then(|before| {
            before
                .char_indices()
                .rev()
                .find(|&(_, c)| is_space(c))
                .map(|(idx, c)| idx + c.len_utf8())
        })
        .unwrap_or(0);
    let end = text
        .get(at..)
        .and_then(|after| {
            after
                .char_indices()
                .find(|&(_, c)| is_space(c))
                .map(|(idx, _)| at + idx)
        })
        .unwrap_or(text.len());
    text.get(start..end).unwrap_or("")
}

/// The trailing run of letters (and `°`, `'`) before `dot`.
fn prev_word(text: &str, dot: usize) -> &str {
    let Some(before) = text.get(..dot) else {
        return "";
    };
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '°' || c == 'º' || c == '\''))
        .map_or(0, |(idx, c)| idx + c.len_utf8());
    before.get(start..).unwrap_or("")
}

/// `U.S`, `a.m`, `Ph.D`, `e.g`: letters in short groups separated by single full stops.
fn is_multi_period(token: &str) -> bool {
    let mut n_parts = 0;
    for part in token.split('.') {
        let n_chars = part.chars().count();
        if n_chars == 0 || n_chars > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        n_parts += 1;
    }
    n_parts >= 2
}
