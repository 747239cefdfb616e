//! Word lists of the attribution engine: determiners, pronouns, auxiliaries, time and intro
//! words, role nouns, titles, organisation words and headline labels, with the helpers
//! that test a word against them. Every list is sorted (byte order) and in lower case.

mod abbreviations;
mod acts;
mod clauses;
mod companies;
mod grammar;
mod labels;
mod names;
mod places;
mod stance;
mod subjects;

pub(super) use abbreviations::*;
pub(super) use acts::*;
pub(super) use clauses::*;
pub(super) use companies::*;
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
/// A [`WordList`] (the long, hot lists of this module) is looked up by a hash of the word;
/// another long list (sorted and in lower case, as this module's are) is binary-searched, a
/// short one scanned. None copies the word: bytes are folded as they are compared. No list
/// holds the empty word.
pub(super) fn is_in(list: impl WordSet, word: &str) -> bool {
    let mut bytes = word.as_bytes();
    while let [rest @ .., b'.'] = bytes {
        bytes = rest;
    }
    !bytes.is_empty() && list.holds_folded(bytes)
}

/// A word list that [`is_in`] searches: a slice or array of words, or a [`WordList`].
pub(in crate::analysis) trait WordSet {
    /// Whether the list holds `bytes` (not empty) folded to ASCII lower case.
    fn holds_folded(&self, bytes: &[u8]) -> bool;
}

impl WordSet for &[&str] {
    fn holds_folded(&self, bytes: &[u8]) -> bool {
        let list = *self;
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
}

impl<const N: usize> WordSet for &[&str; N] {
    fn holds_folded(&self, bytes: &[u8]) -> bool {
        self.as_slice().holds_folded(bytes)
    }
}

impl WordSet for WordList {
    fn holds_folded(&self, bytes: &[u8]) -> bool {
        let mask = self.slots.len() - 1;
        let hash = hash_folded(bytes);
        let mut slot = slot_of(hash, mask);
        loop {
            let entry = self.slots[slot];
            if entry == EMPTY_SLOT {
                return false;
            }
            // The tag rules out most other words without reading them.
            if entry >> 16 == tag_of(hash)
                && self
                    .words
                    .get((entry & 0xffff) as usize)
                    .is_some_and(|item| item.as_bytes().eq_ignore_ascii_case(bytes))
            {
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }
}

impl WordSet for &WordList {
    fn holds_folded(&self, bytes: &[u8]) -> bool {
        (*self).holds_folded(bytes)
    }
}

/// A sorted, lower-case word list with an open-addressing hash table of its words, built at
/// compile time ([`word_list!`]): [`is_in`] hashes the word once and mostly compares it with
/// one item, where bisecting a long list compared it with seven or eight. It reads as the
/// slice of its words.
#[derive(Clone, Copy)]
pub(in crate::analysis) struct WordList {
    words: &'static [&'static str],
    /// Per word, its [`tag_of`] in the high half and its index into `words` in the low half,
    /// in the slot [`slot_of`] its [`hash_folded`] or else the next free slot; [`EMPTY_SLOT`]
    /// where none is. A power of two long, at least twice the words.
    slots: &'static [u32],
}

/// Marks a free slot of [`WordList::slots`] (no word's index is `0xffff`).
const EMPTY_SLOT: u32 = u32::MAX;

impl WordList {
    /// The hash table of `words` in `N` slots; fails to compile unless the words are sorted,
    /// distinct and `N` a power of two at least twice their number.
    pub(super) const fn slots<const N: usize>(words: &[&str]) -> [u32; N] {
        assert!(N.is_power_of_two() && N >= 2 * words.len() && N <= 0xffff);
        let mut slots = [EMPTY_SLOT; N];
        let mut idx = 0;
        while idx < words.len() {
            let bytes = words[idx].as_bytes();
            assert!(
                idx == 0 || is_before(words[idx - 1].as_bytes(), bytes),
                "unsorted"
            );
            let hash = hash_folded(bytes);
            let mut slot = slot_of(hash, N - 1);
            while slots[slot] != EMPTY_SLOT {
                slot = (slot + 1) & (N - 1);
            }
            slots[slot] = tag_of(hash) << 16 | idx as u32;
            idx += 1;
        }
        slots
    }

    /// A list of `words` with its table `slots` (from [`WordList::slots`]).
    pub(super) const fn new(words: &'static [&'static str], slots: &'static [u32]) -> WordList {
        WordList { words, slots }
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.words
    }
}

/// A [`WordList`] of the sorted, lower-case words of the slice expression `$words`.
macro_rules! word_list {
    ($words:expr) => {{
        const WORDS: &[&str] = $words;
        $crate::analysis::lexicon::WordList::new(
            WORDS,
            &$crate::analysis::lexicon::WordList::slots::<
                { (WORDS.len() * 2).next_power_of_two() },
            >(WORDS),
        )
    }};
}
pub(super) use word_list;

/// A hash of `bytes` folded to ASCII lower case, read eight bytes at a time.
#[inline]
const fn hash_folded(bytes: &[u8]) -> u32 {
    let mut hash = bytes.len() as u64;
    let mut start = 0;
    while start < bytes.len() {
        let chunk = chunk_at(bytes, start);
        hash = (hash.rotate_left(23) ^ lower_ascii(chunk)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        start += 8;
    }
    (hash >> 32) as u32
}

/// The (up to) eight bytes of `bytes` from `start`, little-endian, zero-padded: a few wide
/// reads rather than a loop over the bytes (the words looked up are mostly short). Two reads
/// of a width may overlap; the bytes they share are the same, so or-ing them is exact.
#[inline]
const fn chunk_at(bytes: &[u8], start: usize) -> u64 {
    let n = bytes.len() - start;
    if n >= 8 {
        read4(bytes, start) | read4(bytes, start + 4) << 32
    } else if n >= 4 {
        read4(bytes, start) | read4(bytes, start + n - 4) << (8 * (n - 4))
    } else if n >= 2 {
        read2(bytes, start) | read2(bytes, start + n - 2) << (8 * (n - 2))
    } else {
        bytes[start] as u64
    }
}

/// The two bytes of `bytes` at `at`, little-endian.
#[inline]
const fn read2(bytes: &[u8], at: usize) -> u64 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]]) as u64
}

/// The four bytes of `bytes` at `at`, little-endian.
#[inline]
const fn read4(bytes: &[u8], at: usize) -> u64 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as u64
}

/// The bytes of `chunk` with ASCII capitals lowered, all at once (other bytes are kept).
#[inline]
const fn lower_ascii(chunk: u64) -> u64 {
    const LOW_BITS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let low = chunk & LOW_BITS;
    // A byte's high bit set where its low seven bits are at least `A` (0x41), and past `Z`
    // (0x5a); neither sum carries into the next byte.
    let from_a = low + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = low + 0x2525_2525_2525_2525;
    let capitals = from_a & !past_z & !chunk & HIGH_BITS;
    chunk | (capitals >> 2)
}

/// The tag of a word of hash `hash` in [`WordList::slots`] (its low bits, which [`slot_of`]
/// does not read).
#[inline]
const fn tag_of(hash: u32) -> u32 {
    hash & 0xffff
}

/// The first slot of `hash` in a table of `mask + 1` slots (its high bits, mixed).
#[inline]
const fn slot_of(hash: u32, mask: usize) -> usize {
    (hash.wrapping_mul(0x9e37_79b1) >> 16) as usize & mask
}

/// Whether `left` sorts strictly before `right` (byte order).
const fn is_before(left: &[u8], right: &[u8]) -> bool {
    let mut idx = 0;
    while idx < left.len() && idx < right.len() {
        if left[idx] != right[idx] {
            return left[idx] < right[idx];
        }
        idx += 1;
    }
    left.len() < right.len()
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
        DETERMINERS.words,
        VERB_WORDS.words,
        AUXILIARIES.words,
        TIME_WORDS.words,
        INTRO_WORDS.words,
        ROLE_NOUNS.words,
        TITLES.words,
        ORG_WORDS.words,
        GENERIC_ORG.words,
        CORPORATE_NOUNS.words,
        CORPORATE_SUFFIXES.words,
        INSTITUTION_TAILS,
        PUBLIC_OFFICES,
        FUNCTION_WORDS.words,
        HEADLINE_LABELS.words,
        BE_FORMS.words,
        VERB_ADVERBS,
        SENTENCE_OPENERS.words,
        NEVER_SUBJECT_FIRST.words,
        OPENING_ADVERBS.words,
        GIVEN_SPEECH,
        FACT_NOUNS,
        FREQUENCY_ADVERBS.words,
        LY_NOUNS.words,
        DOCUMENT_MODIFIERS.words,
        PARTISANS,
        NOT_PLURAL_S,
        UNMARKED_PLURALS.words,
        PREPOSITIONS_BEFORE_NOUNS.words,
        PLACE_PREPOSITIONS,
        MODALS_BEFORE_BASE.words,
        SUBORDINATORS.words,
        SCENE_SUBORDINATORS,
        NAMING_PARTICIPLES,
        BARE_REST_WORDS,
        CIRCUMSTANCE_PREPOSITIONS.words,
        AUDIENCES,
        RELATIVES,
        LEADING_CONNECTIVES.words,
        INTRO_PHRASE_OPENERS.words,
        SCENE_PARTICIPLES.words,
        PARTICIPLE_OBJECT_OPENERS.words,
        NAME_ABBREVIATIONS.words,
        NOUN_PHRASE_ENDERS.words,
        ADJUNCT_OPENERS.words,
        TIME_MODIFIERS,
        PARENTHETICAL_OPENERS,
        CLAUSE_OPENERS,
        QUESTION_AUXILIARIES.words,
        QUANTIFIERS,
        SHARE_NOUNS,
        PREPOSITIVE.words,
        POSTPOSITIVE.words,
        UNITS,
        BEFORE_NUMBER,
        AFTER_TIME.words,
        STARTERS.words,
        TITLE_STARTERS,
        TIME_OPENERS,
        STATEMENT_ADJECTIVES.words,
        INVERTED_SUBJECT_ENDERS,
        NOT_BEFORE_A_CUE.words,
        NOUN_QUANTIFIERS,
        NATIONALITY_ENDINGS,
        CUES_BEFORE_OF,
        NEVER_NAMES.words,
        REFLEXIVES,
        ISSUING_VERBS,
        COURT_FILINGS,
        CLAIMED_ACTS,
        MADE_SPEECH.words,
        LODGED_SPEECH,
        REFERRING_DETERMINERS,
        REMARK_NOUNS,
        MONTH_PREPOSITIONS,
        ARTICLES,
        ADJECTIVAL_PARTICIPLES.words,
        OFFICE_CONNECTORS,
        LOCATIVE_PREPOSITIONS,
        DEGREE_ADVERBS,
        PHASE_VERBS.words,
        SCENE_ADVERBS.words,
        DEMONYMS.words,
        EVIDENCE_NOUNS,
        WORKFORCE_NOUNS,
        KIN_NOUNS,
        POST_NOMINALS,
        NEWS_OUTLET_WORDS.words,
        UNNAMED_ACCOUNTS,
        TITLE_CASE_BREAKS,
        SECTION_LABELS.words,
        PERSON_EPITHETS,
        PERSON_DESCRIPTORS.words,
        QUOTED_AS_PARTICIPLES,
        QUOTED_AS_PAST,
        QUOTING_VERBS,
        NOT_SOURCES.words,
        PASSIVE_AGENT_CUES,
        HAVE_FORMS,
        DEMONSTRATIVES,
        PASSIVE_AUXILIARIES,
        CHARGE_PREPOSITIONS,
        PERSONAL_OFFICES,
        NAMED_ONLY_ORGS,
        CATENATIVE_VERBS.words,
        POSTED_ORG_WORDS,
        CIRCUMSTANCE_OPENERS,
        COUNT_HEDGES,
        NUMBER_WORDS.words,
        GROUP_COUNTS,
        GROUP_MEMBER_WORDS,
        STANCE_ONLY_VERBS,
        OBJECT_CUES,
        OBJECT_PREPOSITIONS,
        GROUP_NOUNS.words,
        ACTOR_NOUNS.words,
        GROUP_QUANTIFIERS,
        GROUP_ADJECTIVES,
        DENIAL_WORDS,
        DENIAL_PHRASES,
        CHARGE_WORDS.words,
        NEGATORS,
        AUDIENCE_CUES,
        INFORMAL_ROLES,
        LEADING_ROLES,
        NEAR_ADJECTIVES,
        ROLE_DESCRIBERS,
        AGE_NUMBERS.words,
        CLAUSE_COMPLEMENT_CUES.words,
        CLAUSE_SUBJECT_OPENERS.words,
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
    fn chunks_are_the_bytes_zero_padded() {
        let bytes: Vec<u8> = (1..=40u8).map(|b| b.wrapping_mul(37)).collect();
        for len in 1..=bytes.len() {
            for start in (0..len).step_by(8) {
                let expected = bytes[start..len.min(start + 8)]
                    .iter()
                    .rev()
                    .fold(0u64, |chunk, &byte| chunk << 8 | u64::from(byte));
                assert_eq!(chunk_at(&bytes[..len], start), expected, "{len} {start}");
            }
        }
    }

    #[test]
    fn word_list_hash_folds_ascii_capitals_only() {
        for byte in 0..=255u8 {
            let lowered = lower_ascii(u64::from(byte) << 24 | 0x5a41_0000_0040);
            assert_eq!(lowered >> 24 & 0xff, u64::from(byte.to_ascii_lowercase()));
            assert_eq!(lowered & 0xff_ffff, 0x40);
            assert_eq!(lowered >> 32 & 0xffff, 0x7a61);
        }
        assert_eq!(hash_folded(b"Minister"), hash_folded(b"minister"));
        assert_eq!(
            hash_folded(b"ADMINISTRATION"),
            hash_folded(b"administration")
        );
        assert_ne!(hash_folded(b"minister"), hash_folded(b"ministers"));
        assert!(is_in(ROLE_NOUNS, "Ministers") == is_in(&ROLE_NOUNS[..], "Ministers"));
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
