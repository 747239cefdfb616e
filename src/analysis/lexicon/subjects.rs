//! Words that tell where a speaker's subject starts and ends: sentence adverbs before a comma,
//! words that never open a subject, adverbs between a subject and its verb, nouns that end in
//! `-ly`, the verbs a pronoun can be contracted with, and words that count a group or pick one
//! of its members.

use super::WordList;

use super::is_in;

/// Sentence adverbs and connectives that open a sentence before a comma (`Even so, …`,
/// `Overall, …`, `Separately, …`): the subject comes after the comma.
pub(in crate::analysis) const SENTENCE_OPENERS: WordList = super::word_list!(&[
    "accordingly",
    "additionally",
    "again",
    "also",
    "besides",
    "consequently",
    "elsewhere",
    "even",
    "finally",
    "first",
    "furthermore",
    "hence",
    "however",
    "indeed",
    "instead",
    "lastly",
    "likewise",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "now",
    "otherwise",
    "overall",
    "second",
    "separately",
    "similarly",
    "so",
    "still",
    "then",
    "therefore",
    "third",
    "thus",
    "yet",
]);

/// Words that never open a speaker's name, even capitalised at the start of a sentence:
/// prepositions (also the first word of `prior to`, `ahead of`, `due to`), subordinators and
/// participles (`Among those who said …`, `Having announced …, Judge X adjourned`), and `not`
/// (`Not naming anyone, Judge X said`).
/// Adverbs that can open a sentence right before its subject, with no comma: `Yesterday Holm
/// said`, `Perhaps the ministry meant`.
pub(in crate::analysis) const OPENING_ADVERBS: WordList = super::word_list!(&[
    "also",
    "earlier",
    "later",
    "maybe",
    "meanwhile",
    "now",
    "perhaps",
    "separately",
    "still",
    "today",
    "tomorrow",
    "tonight",
    "yesterday",
]);

pub(in crate::analysis) const NEVER_SUBJECT_FIRST: WordList = super::word_list!(&[
    "about",
    "above",
    "across",
    "after",
    "against",
    "ahead",
    "along",
    "although",
    "amid",
    "among",
    "amongst",
    "around",
    "because",
    "before",
    "behind",
    "being",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "concerning",
    "contrary",
    "despite",
    "due",
    "during",
    "except",
    "following",
    "given",
    "having",
    "inside",
    "into",
    "not",
    "onto",
    "outside",
    "prior",
    "regarding",
    "since",
    "though",
    "throughout",
    "toward",
    "towards",
    "underneath",
    "unless",
    "unlike",
    "upon",
    "whereas",
    "whether",
    "within",
    "without",
]);

/// Words that open a participle's object or circumstance after a subject's noun (`officials
/// speaking on condition of anonymity`), besides determiners.
pub(in crate::analysis) const PARTICIPLE_OBJECT_OPENERS: WordList = super::word_list!(&[
    "about", "across", "at", "for", "from", "in", "inside", "on", "outside", "to", "under", "with",
]);

/// Adverbs of degree before another adverb: `quite generously asked`.
pub(in crate::analysis) const DEGREE_ADVERBS: &[&str] = &[
    "almost", "fairly", "nearly", "pretty", "quite", "rather", "so", "somewhat", "too", "very",
];

/// Adverbs of frequency, time and connection between a subject and its verb (`Halvorsen often
/// said`, `Analysts soon noted`, `The union however said`, `has long argued`, `He further
/// said`), which are not part of the name.
pub(in crate::analysis) const FREQUENCY_ADVERBS: WordList = super::word_list!(&[
    "again",
    "already",
    "also",
    "always",
    "even",
    "ever",
    "further",
    "however",
    "instead",
    "long",
    "never",
    "nevertheless",
    "now",
    "often",
    "once",
    "seldom",
    "since",
    "sometimes",
    "soon",
    "still",
    "therefore",
    "thus",
    "usually",
]);

/// Nouns and adjectives ending in `-ly` that are not adverbs: `The family said`.
pub(in crate::analysis) const LY_NOUNS: WordList = super::word_list!(&[
    "ally",
    "anomaly",
    "assembly",
    "belly",
    "bully",
    "daily",
    "family",
    "folly",
    "homily",
    "italy",
    "jelly",
    "monopoly",
    "monthly",
    "oligopoly",
    "quarterly",
    "rally",
    "reply",
    "supply",
    "tally",
    "weekly",
]);

/// Adjectives before a document noun that open a sentence (`New figures show`, `Internal
/// documents show`): capitalised there, but no source's name.
pub(in crate::analysis) const DOCUMENT_MODIFIERS: WordList = super::word_list!(&[
    "annual",
    "confidential",
    "draft",
    "earlier",
    "early",
    "final",
    "fresh",
    "further",
    "independent",
    "internal",
    "latest",
    "media",
    "new",
    "news",
    "official",
    "other",
    "preliminary",
    "press",
    "previous",
    "provisional",
    "recent",
    "secret",
    "separate",
    "unofficial",
    "unpublished",
]);

/// Whether `word` (capitalised or not) describes a document rather than naming its source:
/// one of [`DOCUMENT_MODIFIERS`] or a participle in `-ed` (`Leaked documents show`).
pub(in crate::analysis) fn is_document_modifier(word: &str) -> bool {
    is_in(DOCUMENT_MODIFIERS, word)
        || (word.len() > 4 && word.ends_with("ed") && word.chars().skip(1).all(char::is_lowercase))
}

/// Nouns for a party's member that, after a place, describe a person named earlier (`the
/// Kentucky Republican`, `the Texas Democrat`).
pub(in crate::analysis) const PARTISANS: &[&str] = &[
    "conservative",
    "democrat",
    "liberal",
    "republican",
    "socialist",
    "tory",
];

/// Whether `word` is an adverb in `-ly` (`repeatedly`), not a noun (`family`, `assembly`).
pub(in crate::analysis) fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && word.starts_with(char::is_lowercase)
        && !is_in(LY_NOUNS, word)
}

/// The length of the pronoun in a pronoun with a contracted verb (`He's`, `they’re`, `she'd`),
/// or `None` for any other word.
pub(in crate::analysis) fn contracted_pronoun(word: &str) -> Option<usize> {
    let (at, mark_len) = word
        .find('\'')
        .map(|at| (at, 1))
        .or_else(|| word.find('’').map(|at| (at, '’'.len_utf8())))?;
    let (pronoun, verb) = (&word[..at], &word[at + mark_len..]);
    let pronouns = ["he", "i", "it", "she", "they", "we", "you"];
    let verbs = ["d", "ll", "m", "re", "s", "ve"];
    (is_in(&pronouns, pronoun) && is_in(&verbs, verb)).then_some(at)
}

/// Lower-case words inside the name of an office: `The Special Adviser to the Mayor on Roads
/// and Rail`.
pub(in crate::analysis) const OFFICE_CONNECTORS: &[&str] = &["and", "for", "of", "on", "the", "to"];

/// `Norland-based`, `Tolvik-born`: where an actor sits or comes from.
pub(in crate::analysis) fn is_seat_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(place, suffix)| {
        !place.is_empty() && is_in(&["based", "born", "headquartered", "listed"], suffix)
    })
}

/// Number words that spell a person's age in a descriptor (`Thirty-nine-year-old`,
/// `twelve-year-old`): the units, the teens and the tens.
pub(in crate::analysis) const AGE_NUMBERS: WordList = super::word_list!(&[
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "three",
    "twelve",
    "twenty",
    "two",
]);

/// Words that count a group without naming it: `several parties`, `many economists`.
pub(in crate::analysis) const GROUP_COUNTS: &[&str] =
    &["many", "most", "numerous", "several", "some", "various"];

/// Words for one member of a group just named, as a whole subject: `One said`, `Another
/// added`, `A third disagreed`.
pub(in crate::analysis) const GROUP_MEMBER_WORDS: &[&str] =
    &["another", "fifth", "fourth", "one", "second", "third"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contracted_pronouns() {
        assert_eq!(contracted_pronoun("He's"), Some(2));
        assert_eq!(contracted_pronoun("they’re"), Some(4));
        assert_eq!(contracted_pronoun("She'd"), Some(3));
        assert_eq!(contracted_pronoun("Kelly's"), None);
        assert_eq!(contracted_pronoun("He"), None);
        assert_eq!(contracted_pronoun("it's'"), None);
    }

    #[test]
    fn ly_adverbs() {
        assert!(is_ly_adverb("repeatedly"));
        assert!(!is_ly_adverb("family"));
        assert!(!is_ly_adverb("assembly"));
        assert!(!is_ly_adverb("Kelly"));
    }
}
