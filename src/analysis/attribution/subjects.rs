//! Subjects: a subject's tokens cut at relative clauses and time phrases, stripped of
//! quantifiers, and split into coordinated, cleaned mentions.

use super::sentence::{Sentence, TokenRange};
use super::tokens::Tk;
use crate::analysis::actors::*;
use crate::analysis::lexicon::*;
use crate::analysis::text::is_digits;
use crate::analysis::Span;

/// Splits the subject's tokens into coordinated, cleaned mentions.
pub(super) fn subject_mentions(
    sentence: &Sentence<'_>,
    subject: TokenRange,
    expansions: &[String],
) -> Vec<Span> {
    let TokenRange {
        start: from,
        end: to,
    } = subject;
    let end = subject_end(sentence, from, to);
    let start = skip_sentence_openers(sentence, from, end);
    let start = after_subordinate_clause(sentence, start, end);
    let start = skip_quantifiers(sentence, start, end);
    if let Some(bench_end) = bench_of_judges(sentence, start, end) {
        return clean_conjunct(sentence, start, bench_end)
            .into_iter()
            .collect();
    }
    if let Some((first, last)) = office_list_holder(sentence, start, end) {
        return clean_conjunct(sentence, first, last).into_iter().collect();
    }
    // The first top-level comma decides between an appositive, a role followed by names
    // and a list of names with appositives.
    let comma = sentence.top_level_comma(start, end);
    let mut pieces = Vec::new();
    // `Tolvia, Norland and Lorsk urge …`, `EU, NATO urge …`: every name of a list.
    if sentence.is_name_list(start, end) {
        let mut from = start;
        for idx in start..=end {
            if idx == end || sentence.kind(idx) == Some(Tk::Comma) || sentence.word(idx) == "and" {
                if idx > from {
                    split_conjuncts(sentence, from, idx, expansions, &mut pieces);
                }
                from = idx + 1;
            }
        }
        return pieces
            .into_iter()
            .filter_map(|(first, last)| clean_conjunct(sentence, first, last))
            .collect();
    }
    match comma {
        Some(comma) => {
            let head_words: Vec<&str> = (start..comma)
                .map(|i| sentence.word(i))
                .filter(|w| !w.is_empty())
                .collect();
            let role_noun = |w: &&str| is_in(ROLE_NOUNS, w) && w.starts_with(char::is_lowercase);
            // `The governor of the Bank of Norland, Ada Wells, said`: a role of an
            // organisation, then the name of its holder.
            // (Or `Head of the state gas company, Lena Ostrova, said`, without an article.)
            let role_of = (head_words.len() >= 4
                && is_in(&["the", "a", "an", "its", "their"], head_words[0])
                && role_noun(&head_words[1])
                && is_in(&["of", "for", "at"], head_words[2]))
                || (head_words.len() >= 3
                    && is_in(ROLE_NOUNS, head_words[0])
                    && is_in(&["of", "for", "at"], head_words[1]));
            // `Tolvia's interim Prime Minister, Ines Varga, said`: a capitalised title ends it.
            let titled = head_words
                .last()
                .is_some_and(|w| is_in(TITLES, w) || is_in(ROLE_NOUNS, w));
            // `Deputy President of the TPP, Ines Varga, said`: a capitalised office.
            let office = opens_with_office(sentence, start)
                && head_words
                    .iter()
                    .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w));
            let role_only = head_words.len() <= 8
                && (head_words.iter().any(role_noun) || titled || office || role_of)
                && (role_of
                    || office
                    || titled
                    || head_words
                        .last()
                        .is_some_and(|w| w.starts_with(char::is_lowercase)));
            // `The manufacturer, Serum Institute of India, said`: a short lower-case description,
            // then the name it describes.
            let description_only = (2..=4).contains(&head_words.len())
                && is_in(
                    &["the", "a", "an", "its", "their", "his", "her", "our"],
                    head_words[0],
                )
                && head_words[1..]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase) && !is_in(VERB_WORDS, w));
            let next = sentence.word(comma + 1);
            // `The other candidate, former Governor Lena Ortiz, said`: a describer may open the
            // name.
            let named_next = starts_upper(next) && !is_in(DETERMINERS, next)
                || sentence.opens_described_name(comma + 1);
            if (role_only || description_only) && named_next {
                let mut stop = comma + 1;
                while stop < end && sentence.kind(stop) != Some(Tk::Comma) {
                    stop += 1;
                }
                split_conjuncts(sentence, comma + 1, stop, expansions, &mut pieces);
            } else if starts_upper(next)
                && !is_in(DETERMINERS, next)
                && (comma..end).any(|i| sentence.word(i) == "and")
            {
                split_conjuncts(sentence, start, end, expansions, &mut pieces);
            } else {
                split_conjuncts(sentence, start, comma, expansions, &mut pieces);
            }
        }
        None => split_conjuncts(sentence, start, end, expansions, &mut pieces),
    }
    pieces
        .into_iter()
        .filter_map(|(first, last)| clean_conjunct(sentence, first, last))
        .collect()
}

/// The start of the subject after sentence adverbs and their comma: `Even so, two-thirds of
/// the members said`, `Overall, the inspectors said`.
fn skip_sentence_openers(sentence: &Sentence<'_>, from: usize, end: usize) -> usize {
    let mut start = from;
    loop {
        let mut idx = start;
        while idx < end
            && sentence.kind(idx) == Some(Tk::Word)
            && is_in(SENTENCE_OPENERS, sentence.word(idx))
        {
            idx += 1;
        }
        if idx == start || idx >= end || sentence.kind(idx) != Some(Tk::Comma) {
            return start;
        }
        start = idx + 1;
    }
}

/// The start of the subject of a subordinate clause inside the span: in `the crowd booed when
/// he told them …` the speaker is `he`, in `Ali rebuked Trump when the businessman called`
/// `the businessman`. (`as well as` joins two subjects.)
fn after_subordinate_clause(sentence: &Sentence<'_>, start: usize, end: usize) -> usize {
    let mut depth = 0i32;
    let mut found = None;
    for idx in start..end {
        match sentence.kind(idx) {
            Some(Tk::ParenOpen) => depth += 1,
            Some(Tk::ParenClose) => depth -= 1,
            Some(Tk::Word) if depth <= 0 && idx > start && idx + 1 < end => {
                let word = sentence.word(idx);
                let as_well = word == "as"
                    && (sentence.word(idx + 1) == "well" || sentence.word(idx - 1) == "well");
                if word.starts_with(char::is_lowercase) && is_in(SUBORDINATORS, word) && !as_well {
                    found = Some(idx + 1);
                }
            }
            _ => {}
        }
    }
    found.unwrap_or(start)
}

/// Splits `[from, to)` at top-level `and` into conjuncts, keeping known names whole
/// (`Competition and Consumer Authority`, `Ministry of Trade and Industry`).
pub(super) fn split_conjuncts(
    sentence: &Sentence<'_>,
    from: usize,
    to: usize,
    expansions: &[String],
    out: &mut Vec<(usize, usize)>,
) {
    let mut start = from;
    let mut depth = 0i32;
    for idx in from..to {
        match sentence.kind(idx) {
            Some(Tk::ParenOpen) => depth += 1,
            Some(Tk::ParenClose) => depth -= 1,
            Some(Tk::Word)
                if depth <= 0
                    && idx > start
                    && (sentence.word(idx) == "and" || sentence.word(idx) == "&") =>
            {
                let left_has_of = (start..idx).any(|i| is_in(&["of", "for"], sentence.word(i)));
                let right_len = (idx + 1..to)
                    .take_while(|&i| sentence.kind(i) == Some(Tk::Word))
                    .count();
                let right_first = sentence.word(idx + 1);
                let joined_of = left_has_of
                    && right_len <= 2
                    && starts_upper(right_first)
                    && idx + 1 + right_len >= to;
                // `tablets and smart speakers`: a lower-case right side continues the noun.
                let previous = sentence.word(idx - 1).to_lowercase();
                let lower_right = right_first.starts_with(char::is_lowercase)
                    && !is_in(DETERMINERS, right_first)
                    && !is_in(PRONOUNS, right_first)
                    && sentence.word(idx - 1).starts_with(char::is_lowercase);
                let known = expansions.iter().any(|expansion| {
                    expansion.contains(&format!("{previous} and {}", right_first.to_lowercase()))
                });
                // `AP president and CEO Gary Pruitt`: two titles of the one person named after
                // them, not two actors.
                let titles_of_one = is_in(ROLE_NOUNS, &previous)
                    && sentence.word(idx - 1).starts_with(char::is_lowercase)
                    && is_in(ROLE_NOUNS, right_first)
                    && (idx + 2..to).any(|i| {
                        let word = sentence.word(i);
                        starts_upper(word) && !is_in(ROLE_NOUNS, word)
                    });
                // `Leader of the TPP and former president Ines Varga`: an office, then the
                // holder's other title and name.
                let office_then_holder = opens_with_office(sentence, start)
                    && (idx + 1..to).any(|i| {
                        let word = sentence.word(i);
                        (is_in(ROLE_NOUNS, word) || is_in(TITLES, word))
                            && starts_upper(sentence.word(i + 1))
                            && !is_in(&["of", "for"], sentence.word(i + 1))
                    });
                if !(joined_of
                    || office_then_holder
                    || one_name_across_and(sentence, start, idx, to)
                    || lower_right
                    || known
                    || titles_of_one
                    || sentence.word(idx) == "&")
                {
                    out.push((start, idx));
                    start = idx + 1;
                }
            }
            _ => {}
        }
    }
    out.push((start, to));
}

/// `Leader of …`, `Deputy President of …`: whether the words at `start` are an office (a role
/// or title, after at most one other) and `of` or `for`.
/// `The Bench of Justice X and Justice Y`, `A division bench comprising …`: the court speaks
/// through its bench, whoever sits on it. The end of the `bench` mention.
fn bench_of_judges(sentence: &Sentence<'_>, start: usize, end: usize) -> Option<usize> {
    let bench =
        (start..(start + 3).min(end)).find(|&i| sentence.word(i).eq_ignore_ascii_case("bench"))?;
    is_in(
        &[
            "comprising",
            "consisting",
            "headed",
            "including",
            "led",
            "of",
        ],
        sentence.word(bench + 1),
    )
    .then_some(bench + 1)
}

/// `Minister of Energy, Trade and Foreign Affairs Lena Ostrova`, `The Minister of Energy,
/// Trade and Industry, Lena Ostrova`, `The Special Adviser to the Mayor on Roads and Rail,
/// Pavel Brun`: an office listing several portfolios, then its holder.
/// The holder's tokens: the last comma-separated part when it has no `and` (an appositive),
/// else the name that ends it (two words, or initials and a surname).
fn office_list_holder(sentence: &Sentence<'_>, start: usize, end: usize) -> Option<(usize, usize)> {
    let listed = (start..end).any(|i| sentence.kind(i) == Some(Tk::Comma))
        || (start..end).any(|i| sentence.word(i) == "and");
    let capitalised = (start..end).all(|i| match sentence.kind(i) {
        Some(Tk::Word) => {
            let word = sentence.word(i);
            starts_upper(word) || is_in(OFFICE_CONNECTORS, word)
        }
        Some(Tk::Comma | Tk::Stop) => true,
        _ => false,
    });
    if !(listed && capitalised && opens_with_office(sentence, start)) {
        return None;
    }
    let mut last_end = end;
    while last_end > start && sentence.kind(last_end - 1) == Some(Tk::Comma) {
        last_end -= 1;
    }
    let part_start = (start..last_end)
        .rev()
        .find(|&i| sentence.kind(i) == Some(Tk::Comma))
        .map_or(start, |comma| comma + 1);
    let after_and = (part_start..last_end)
        .rev()
        .find(|&i| sentence.word(i) == "and")
        .map(|and| and + 1);
    let Some(from) = after_and else {
        let words = last_end - part_start;
        return (part_start > start && (1..=4).contains(&words)).then_some((part_start, last_end));
    };
    // `The Minister of Finance and the Governor …`: two offices, not one listing portfolios.
    if is_in(DETERMINERS, sentence.word(from)) || opens_with_office(sentence, from) {
        return None;
    }
    // From the end: initials always, and up to two other words, none after an initial.
    let mut first = last_end;
    let mut words = 0;
    let mut initials = false;
    while first > from {
        let word = sentence.word(first - 1).trim_end_matches('.');
        let initial = word.chars().count() == 1 && starts_upper(word);
        if sentence.kind(first - 1) == Some(Tk::Stop) || initial {
            initials |= initial;
        } else if initials
            || words == 2
            || !starts_upper(word)
            || is_in(ORG_WORDS, &word.to_lowercase())
        {
            break;
        } else {
            words += 1;
        }
        first -= 1;
    }
    (first > from && first < last_end).then_some((first, last_end))
}

fn opens_with_office(sentence: &Sentence<'_>, start: usize) -> bool {
    let role = |i: usize| is_in(ROLE_NOUNS, sentence.word(i)) || is_in(TITLES, sentence.word(i));
    (start..start + 3).any(|i| role(i) && is_in(&["of", "for", "to"], sentence.word(i + 1)))
}

/// Whether the `and` at `idx` joins the words of one name between `start` and `to`: `The
/// National Aeronautics and Space Administration` (a determiner, capitalised words, and
/// capitalised words ending in an organisation word) or `A Fire and Rescue spokeswoman` (the
/// capitalised words before one role noun).
fn one_name_across_and(sentence: &Sentence<'_>, start: usize, idx: usize, to: usize) -> bool {
    let capitalised = |range: std::ops::Range<usize>| {
        !range.is_empty()
            && range.clone().all(|i| {
                (sentence.kind(i) == Some(Tk::Word) && starts_upper(sentence.word(i)))
                    || sentence.abbreviation_stop(i)
            })
    };
    // `Lowmoor and Vell Hospital NHS Trust`: two places, then one public body.
    let last = sentence.word(to - 1);
    let places_then_body = idx == start + 1
        && to >= idx + 3
        && capitalised(start..idx)
        && !is_in(ORG_WORDS, sentence.word(start))
        && capitalised(idx + 1..to)
        && (is_in(INSTITUTION_TAILS, last) || is_in(GENERIC_ORG, last));
    if places_then_body {
        return true;
    }
    // `Britain's Competition and Markets Authority`: a possessor opens it as `the` does.
    let first = sentence.word(start);
    let possessor = starts_upper(first) && is_possessive(first);
    if !(is_in(DETERMINERS, first) || possessor) || !capitalised(start + 1..idx) {
        return false;
    }
    let left_org = (start + 1..idx).any(|i| {
        is_in(ORG_WORDS, sentence.word(i))
            && !(i + 1 == idx && sector_before_body(sentence.word(i), last))
    });
    let organisation = capitalised(idx + 1..to) && is_in(ORG_WORDS, last) && !left_org;
    let one_role = capitalised(idx + 1..to - 1)
        && last.starts_with(char::is_lowercase)
        && is_in(ROLE_NOUNS, last);
    organisation || one_role
}

/// Whether `word`, an organisation word just before `and`, names a sector inside a public
/// body's name rather than closing a first organisation: `Securities` in `The Securities and
/// Exchange Commission` (a plural sector word, and the name ends in a body noun), unlike
/// `Ministry` in `The Interior Ministry and Foreign Ministry` or `Airlines` before `… Airlines`.
fn sector_before_body(word: &str, last: &str) -> bool {
    word.ends_with('s')
        && !is_in(GENERIC_ORG, word)
        && is_in(GENERIC_ORG, last)
        && !word.eq_ignore_ascii_case(last)
}

/// Where the subject `from..to` ends: before a relative or location clause (`Chinese
/// embassies in Norway, …`, `X, who …`) or a time phrase (`Mayor Elena Rossi on Tuesday`).
fn subject_end(sentence: &Sentence<'_>, from: usize, to: usize) -> usize {
    // Cut at a location or relative clause: `Chinese embassies in Norway, …`, `X, who …`.
    let mut end = to;
    let mut depth = 0i32;
    for idx in from..to {
        match sentence.kind(idx) {
            Some(Tk::ParenOpen) => depth += 1,
            Some(Tk::ParenClose) => depth -= 1,
            Some(Tk::Word) if depth <= 0 && idx > from => {
                let word = sentence.word(idx);
                let next = sentence.word(idx + 1);
                let cut = is_in(
                    &["who", "which", "whose", "including", "that", "where"],
                    word,
                ) || (word == "in"
                    && !is_in(&["role", "charge"], next)
                    // `4 in 10 voters`, `one in five`: a share, not a place.
                    && !is_share(sentence.word(idx - 1), next)
                    && !sentence.word(idx - 1).eq_ignore_ascii_case("in")
                    && !continues_posted_name(
                        posted_head(sentence, from, idx),
                        word,
                        next,
                        sentence.word(idx + 2),
                    ))
                    // A time phrase: `Mayor Elena Rossi on Tuesday`, `The union last week`;
                    // not before an author (`A report published on Monday by X`).
                    || (((word == "on" && (is_in(WEEKDAYS, next) || is_in(MONTHS, next)))
                        || (is_in(&["last", "this", "earlier", "late"], word)
                            && is_in(
                                &["week", "month", "year", "night", "weekend", "month's"],
                                next,
                            ))
                        || is_in(&["yesterday", "today", "tonight"], word))
                        && !(idx..to).any(|i| sentence.word(i) == "by"));
                if cut && word.starts_with(char::is_lowercase) {
                    end = idx;
                    break;
                }
            }
            _ => {}
        }
    }
    // `former president Ines Varga himself`: a reflexive pronoun stresses the name.
    if end > from + 1 && is_in(REFLEXIVES, sentence.word(end - 1)) {
        end -= 1;
    }
    without_party_label(sentence, from, end)
}

/// The noun that the preposition at `idx` may post abroad: a posted word in the capitalised
/// name before it (over `of` and `the`: `Embassy` in `The Embassy of Tolvia in Norland`,
/// `Consulate` in `The Consulate General of Tolvia in Lorsk`, `Commissioner` in `the Bureau of
/// the Commissioner of the Tolvian Foreign Ministry in …`), else the word just before it.
fn posted_head<'s>(sentence: &Sentence<'s>, from: usize, idx: usize) -> &'s str {
    posted_org_word((from..idx).rev().map(|at| sentence.word(at)))
        .unwrap_or_else(|| sentence.word(idx - 1))
}

/// Whether `before in next` is a share (`4 in 10`, `one in five`): a number on each side.
fn is_share(before: &str, next: &str) -> bool {
    let count = |word: &str| is_digits(word) || is_in(NUMBER_WORDS, &word.to_lowercase());
    count(before) && count(next)
}

/// `Sen. Mark Rubin (R-Fla.)` ends before its party and state label, and `Dr Ivo Marsh (Te
/// Vell)`, `Ada Holm (34)` before their tribe or age: a subject ends before a closing
/// parenthetical, unless it is a lone acronym that the name defines (`Vell Institute (VI)`).
fn without_party_label(sentence: &Sentence<'_>, from: usize, end: usize) -> usize {
    if end < from + 3 || sentence.kind(end - 1) != Some(Tk::ParenClose) {
        return end;
    }
    let Some(open) = (from + 1..end - 1)
        .rev()
        .find(|&idx| sentence.kind(idx) == Some(Tk::ParenOpen))
    else {
        return end;
    };
    let defines_acronym = open + 3 == end && is_acronym_form(sentence.word(open + 1));
    if defines_acronym || open == from {
        end
    } else {
        open
    }
}

/// The start of the subject after its quantifier: `A number of`, `Some of the`, `One of`.
fn skip_quantifiers(sentence: &Sentence<'_>, from: usize, end: usize) -> usize {
    // Quantifiers: `A number of`, `Some of the`, `One of`.
    let mut start = from;
    while start < end && matches!(sentence.kind(start), Some(Tk::Comma | Tk::Open | Tk::Dash)) {
        start += 1;
    }
    // `Both Holm and the ministry`: the correlative opens the pair, it names no one.
    if sentence.word(start).eq_ignore_ascii_case("both")
        && (start + 2..end).any(|idx| sentence.word(idx) == "and")
    {
        start += 1;
    }
    let w0 = sentence.word(start);
    if is_in(
        &["number", "group", "couple", "handful", "series"],
        sentence.word(start + 1),
    ) && is_in(&["a", "the"], w0)
        && sentence.word(start + 2) == "of"
    {
        start += 3;
    } else if is_in(QUANTIFIERS, w0)
        && sentence.word(start + 1) == "of"
        && !is_in(ROLE_NOUNS, sentence.word(start + 2))
        && !is_in(ROLE_NOUNS, sentence.word(start + 3))
    {
        start += 2;
    }
    skip_count(sentence, start, end)
}

/// The start of a group's noun after its count: `Several opposition parties`, `At least five
/// candidates`, `some 20 opposition groups` name `opposition parties`, `candidates`, ….
fn skip_count(sentence: &Sentence<'_>, start: usize, end: usize) -> usize {
    let is_count = |idx: usize| {
        let word = sentence.word(idx);
        is_in(NUMBER_WORDS, word) || is_digits(word)
    };
    let mut at = start;
    if is_in(&["at", "more", "fewer", "less"], sentence.word(at))
        && is_in(COUNT_HEDGES, sentence.word(at + 1))
    {
        at += 2;
    } else if is_in(COUNT_HEDGES, sentence.word(at)) && is_count(at + 1) {
        at += 1;
    }
    let counted = if is_count(at) || is_in(GROUP_COUNTS, sentence.word(at)) {
        at + 1
    } else {
        return start;
    };
    // Only before a lower-case plural noun phrase that follows: `five candidates`, not `Five
    // Star Movement`.
    let noun = sentence.word(counted);
    // `52 percent of voters` keeps its count: the share is the speaker.
    if is_in(SHARE_NOUNS, noun) {
        return start;
    }
    let plural_ahead = (counted..end)
        .take(3)
        .any(|idx| sentence.word(idx).ends_with('s') && sentence.word(idx).len() > 3);
    if counted < end && noun.starts_with(char::is_lowercase) && plural_ahead {
        counted
    } else {
        start
    }
}

/// One conjunct `first..last` as a mention: cut at its own appositive, trimmed of commas,
/// dashes and marks, keeping the full stop of `Jr.` or `Inc.`.
/// Whether the word at `idx` is a participle after a plural, capitalised or document noun and
/// before its own object or circumstance (`Researchers using a …`, `officials speaking on …`,
/// `the letter accompanying the files`); not `the
/// ruling party`, `Tolvia's leading bank`, `British brewing giant`.
fn opens_participle_modifier(sentence: &Sentence<'_>, idx: usize) -> bool {
    let word = sentence.word(idx);
    let prev = sentence.word(idx.wrapping_sub(1));
    let next = sentence.word(idx + 1);
    sentence.kind(idx - 1) == Some(Tk::Word)
        && word.len() >= 5
        && word.ends_with("ing")
        && !starts_upper(word)
        && (prev.ends_with('s')
            || starts_upper(prev)
            || crate::analysis::cues::is_source_noun(prev))
        && !prev.ends_with("'s")
        && !prev.ends_with("’s")
        && !is_in(DETERMINERS, prev)
        && (is_in(DETERMINERS, next) || is_in(PARTICIPLE_OBJECT_OPENERS, next))
}

fn clean_conjunct(sentence: &Sentence<'_>, first: usize, mut last: usize) -> Option<Span> {
    // Each conjunct ends at its own appositive.
    if let Some(cut) = (first..last).find(|&i| sentence.kind(i) == Some(Tk::Comma)) {
        last = cut;
    }
    let mut first = first;
    while first < last && matches!(sentence.kind(first), Some(Tk::Comma | Tk::Open | Tk::Dash)) {
        first += 1;
    }
    // `Yesterday Holm stated`: an adverb opening the sentence is no part of the name after it;
    // nor is a place of origin or seat (`Norland-based Kestrel`).
    if last > first + 1
        && (is_in(OPENING_ADVERBS, sentence.word(first)) || is_seat_adjective(sentence.word(first)))
        && starts_upper(sentence.word(first + 1))
    {
        first += 1;
    }
    // `Householder Tom Ruiz`, `Forty-year-old Tom Ruiz`: a capitalised noun or age that
    // describes a person is no part of the name after it.
    if last > first + 2
        && starts_upper(sentence.word(first))
        && (is_in(PERSON_DESCRIPTORS, sentence.word(first))
            || is_age_descriptor(sentence.word(first)))
        && (first + 1..last)
            .all(|i| starts_upper(sentence.word(i)) || sentence.kind(i) != Some(Tk::Word))
    {
        first += 1;
    }
    while last > first
        && matches!(
            sentence.kind(last - 1),
            Some(Tk::Comma | Tk::Dash | Tk::Close)
        )
    {
        last -= 1;
    }
    // Keep the full stop of `Jr.` / `Inc.` only when it belongs to the name.
    if last > first && sentence.kind(last - 1) == Some(Tk::Stop) {
        let before = sentence.word(last.wrapping_sub(2));
        if !is_in(
            &["jr", "sr", "inc", "co", "corp", "ltd", "plc", "llc"],
            before,
        ) && !before.contains('.')
        {
            last -= 1;
        }
    }
    // `Researchers using a telescope in Tolvik say`, `officials speaking on condition of
    // anonymity said`: a participle after the noun opens a modifier, which is no part of the name.
    if let Some(cut) =
        (first + 1..last.saturating_sub(1)).find(|&i| opens_participle_modifier(sentence, i))
    {
        last = cut;
    }
    // `In each of those states, about a third of voters want …`: a capitalised preposition
    // opens an adverbial phrase, never a speaker's name.
    let opener = sentence.word(first);
    // (`At least four senators` is a count.)
    let count = opener.eq_ignore_ascii_case("at") && is_in(COUNT_HEDGES, sentence.word(first + 1));
    if starts_upper(opener)
        && !count
        && (is_in(NEVER_SUBJECT_FIRST, opener)
            || is_in(&["at", "by", "from", "in", "on", "with"], opener))
    {
        return None;
    }
    if last == first + 1 {
        // `He's predicting`: the pronoun, without its contracted verb.
        if let Some(len) = contracted_pronoun(sentence.word(first)) {
            let span = sentence.span_of(first, last);
            return Some(Span::new(span.start, span.start + len));
        }
    }
    (last > first).then(|| sentence.span_of(first, last))
}
