//! Word lists of the attribution engine: determiners, pronouns, auxiliaries, time and intro
//! words, role nouns, titles, organisation words and headline labels, with the helpers
//! that test a word against them. Every list is sorted (byte order) and in lower case.

mod abbreviations;
mod acts;
mod clauses;
mod grammar;
mod labels;
mod names;
mod places;
mod stance;
mod subjects;

pub(super) use abbreviations::*;
pub(super) use acts::*;
pub(super) use clauses::*;
pub(super) use grammar::*;
pub(super) use labels::*;
pub(super) use names::*;
pub(super) use places::*;
pub(super) use stance::*;
pub(super) use subjects::*;

/// Whether `word` is a role noun or a role noun's plural (`expert`, `experts`, `strategists`).
pub(in crate::analysis) fn is_role_noun_or_plural(word: &str) -> bool {
    is_in(ROLE_NOUNS, word)
        || word
            .strip_suffix('s')
            .is_some_and(|one| is_in(ROLE_NOUNS, one))
        // `bosses`, `witnesses`.
        || word
            .strip_suffix("es")
            .is_some_and(|one| one.ends_with("ss") && is_in(ROLE_NOUNS, one))
}

/// Whether `word` (ASCII case folded, final full stops ignored) is in `list`.
///
/// Long lists (the word lists of this module, which are kept sorted and in lower case) are
/// binary-searched; short ones are scanned. Neither copies the word: bytes are folded as they
/// are compared. No list holds the empty word.
pub(super) fn is_in(list: &[&str], word: &str) -> bool {
    let mut bytes = word.as_bytes();
    while let [rest @ .., b'.'] = bytes {
        bytes = rest;
    }
    if bytes.is_empty() {
        return false;
    }
    if list.len() < SORTED_FROM {
        return list
            .iter()
            .any(|item| item.as_bytes().eq_ignore_ascii_case(bytes));
    }
    debug_assert!(
        list.windows(2).all(|pair| pair[0] < pair[1]),
        "unsorted word list"
    );
    // Most probes differ from the word in their first byte: that is compared first, alone.
    let lead = bytes[0].to_ascii_lowercase();
    let (mut low, mut high) = (0, list.len());
    while low < high {
        let mid = low + (high - low) / 2;
        let item = list[mid].as_bytes();
        let order = match item.first() {
            Some(&first) if first != lead => first.cmp(&lead),
            _ => cmp_folded(item, bytes),
        };
        match order {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Compares a lower-case list item with `word` folded to ASCII lower case, byte by byte.
#[inline]
fn cmp_folded(item: &[u8], word: &[u8]) -> std::cmp::Ordering {
    for (&left, &right) in item.iter().zip(word) {
        let right = right.to_ascii_lowercase();
        if left != right {
            return left.cmp(&right);
        }
    }
    item.len().cmp(&word.len())
}

/// Lists at least this long are searched by bisection (and must be sorted).
const SORTED_FROM: usize = 32;

/// Whether `word` starts with an upper-case letter.
pub(super) fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The posted word of the capitalised name that `reversed` (the words before a preposition,
/// nearest first) ends with, read over `of` and `the`: `Embassy` in `The Embassy of Tolvia`,
/// `Commissioner` in `the Bureau of the Commissioner of the Tolvian Foreign Ministry`.
pub(super) fn posted_org_word<'w>(reversed: impl Iterator<Item = &'w str>) -> Option<&'w str> {
    reversed
        .take_while(|word| starts_upper(word) || is_in(&["of", "the"], word))
        .find(|word| is_in(POSTED_ORG_WORDS, word))
}

/// Whether `preposition` and the words after it continue a posted organisation's name: a word
/// of [`POSTED_ORG_WORDS`], then `in` or `to`, an optional `the` and a capitalised place
/// (`Embassy in Britain`, `Mission to the EU`, `Tolvia's embassy in Nordhavn`).
pub(super) fn continues_posted_name(
    org_word: &str,
    preposition: &str,
    next: &str,
    after_next: &str,
) -> bool {
    let place = if next == "the" { after_next } else { next };
    matches!(preposition, "in" | "to") && is_in(POSTED_ORG_WORDS, org_word) && starts_upper(place)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word list, for the checks below.
    const ALL_LISTS: &[&[&str]] = &[
        ISSUED_NOUNS,
        DETERMINERS,
        VERB_WORDS,
        AUXILIARIES,
        TIME_WORDS,
        INTRO_WORDS,
        ROLE_NOUNS,
        TITLES,
        ORG_WORDS,
        GENERIC_ORG,
        CORPORATE_NOUNS,
        CORPORATE_SUFFIXES,
        INSTITUTION_TAILS,
        PUBLIC_OFFICES,
        FUNCTION_WORDS,
        HEADLINE_LABELS,
        BE_FORMS,
        VERB_ADVERBS,
        SENTENCE_OPENERS,
        NEVER_SUBJECT_FIRST,
        OPENING_ADVERBS,
        GIVEN_SPEECH,
        FACT_NOUNS,
        FREQUENCY_ADVERBS,
        LY_NOUNS,
        DOCUMENT_MODIFIERS,
        PARTISANS,
        NOT_PLURAL_S,
        UNMARKED_PLURALS,
        PREPOSITIONS_BEFORE_NOUNS,
        PLACE_PREPOSITIONS,
        MODALS_BEFORE_BASE,
        SUBORDINATORS,
        SCENE_SUBORDINATORS,
        NAMING_PARTICIPLES,
        BARE_REST_WORDS,
        CIRCUMSTANCE_PREPOSITIONS,
        AUDIENCES,
        RELATIVES,
        LEADING_CONNECTIVES,
        INTRO_PHRASE_OPENERS,
        SCENE_PARTICIPLES,
        PARTICIPLE_OBJECT_OPENERS,
        NAME_ABBREVIATIONS,
        NOUN_PHRASE_ENDERS,
        ADJUNCT_OPENERS,
        TIME_MODIFIERS,
        PARENTHETICAL_OPENERS,
        CLAUSE_OPENERS,
        QUESTION_AUXILIARIES,
        QUANTIFIERS,
        SHARE_NOUNS,
        PREPOSITIVE,
        POSTPOSITIVE,
        UNITS,
        BEFORE_NUMBER,
        AFTER_TIME,
        STARTERS,
        TITLE_STARTERS,
        TIME_OPENERS,
        STATEMENT_ADJECTIVES,
        INVERTED_SUBJECT_ENDERS,
        NOT_BEFORE_A_CUE,
        NOUN_QUANTIFIERS,
        NATIONALITY_ENDINGS,
        CUES_BEFORE_OF,
        NEVER_NAMES,
        REFLEXIVES,
        ISSUING_VERBS,
        COURT_FILINGS,
        CLAIMED_ACTS,
        MADE_SPEECH,
        REFERRING_DETERMINERS,
        REMARK_NOUNS,
        MONTH_PREPOSITIONS,
        ARTICLES,
        ADJECTIVAL_PARTICIPLES,
        OFFICE_CONNECTORS,
        LOCATIVE_PREPOSITIONS,
        DEGREE_ADVERBS,
        PHASE_VERBS,
        SCENE_ADVERBS,
        DEMONYMS,
        EVIDENCE_NOUNS,
        WORKFORCE_NOUNS,
        KIN_NOUNS,
        POST_NOMINALS,
        NEWS_OUTLET_WORDS,
        SECTION_LABELS,
        PERSON_EPITHETS,
        PERSON_DESCRIPTORS,
        QUOTED_AS_PARTICIPLES,
        QUOTED_AS_PAST,
        QUOTING_VERBS,
        NOT_SOURCES,
        PASSIVE_AGENT_CUES,
        HAVE_FORMS,
        DEMONSTRATIVES,
        PASSIVE_AUXILIARIES,
        CHARGE_PREPOSITIONS,
        PERSONAL_OFFICES,
        NAMED_ONLY_ORGS,
        CATENATIVE_VERBS,
        POSTED_ORG_WORDS,
        CIRCUMSTANCE_OPENERS,
        COUNT_HEDGES,
        NUMBER_WORDS,
        GROUP_COUNTS,
        STANCE_ONLY_VERBS,
        OBJECT_CUES,
        OBJECT_PREPOSITIONS,
        GROUP_NOUNS,
        ACTOR_NOUNS,
        GROUP_QUANTIFIERS,
        GROUP_ADJECTIVES,
        DENIAL_WORDS,
        DENIAL_PHRASES,
        CHARGE_WORDS,
        NEGATORS,
        AUDIENCE_CUES,
        INFORMAL_ROLES,
        LEADING_ROLES,
        NEAR_ADJECTIVES,
        ROLE_DESCRIBERS,
        AGE_NUMBERS,
        CLAUSE_COMPLEMENT_CUES,
        CLAUSE_SUBJECT_OPENERS,
    ];

    #[test]
    fn lists_are_sorted_lower_case_sets() {
        for list in ALL_LISTS {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
            assert!(list.iter().all(|item| !item.is_empty()), "{list:?}");
            assert!(
                list.iter().all(|item| item.to_lowercase() == *item),
                "{list:?}"
            );
        }
    }

    #[test]
    fn stance_cues_and_look_ups() {
        assert!(STANCE_CUES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(OBJECT_CUES
            .iter()
            .all(|cue| STANCE_CUES.iter().any(|(key, _)| key == cue)));
        assert!(is_in(TITLES, "Sen."));
        assert!(is_in(ORG_WORDS, "MINISTRY"));
        assert!(!is_in(ROLE_NOUNS, "table"));
        assert!(continues_posted_name("Embassy", "in", "Britain", ""));
        assert!(continues_posted_name("Mission", "to", "the", "EU"));
        assert!(!continues_posted_name("embassies", "in", "Norway", ""));
        assert!(!continues_posted_name("Ministry", "in", "Beijing", ""));
    }

    #[test]
    fn capitals_are_sorted_and_found_in_any_case() {
        assert!(CAPITALS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(CAPITALS
            .iter()
            .all(|(capital, _)| capital.to_lowercase() == *capital));
        assert_eq!(country_of_capital("Beijing"), Some("China"));
        assert_eq!(country_of_capital("NEW DELHI"), Some("India"));
        assert_eq!(country_of_capital("Bejing"), None);
        assert_eq!(stands_for("Bench"), Some("court"));
        assert_eq!(stands_for("forces"), None);
    }
}
