//! [`Words`]: a short list of lower-case words kept in one string.

use super::names::significant_parts;
use crate::analysis::text::push_lowercase;

/// One of 64 bits for a (lower-case) word, from its first two bytes: two words that are equal,
/// or of which one starts the other, have the same bit.
pub(in crate::analysis) fn word_bit(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let first = u32::from(bytes.first().copied().unwrap_or(0));
    let second = u32::from(bytes.get(1).copied().unwrap_or(0));
    1 << ((first * 31 + second) % 64)
}

/// Lower-case words in one string, one space between each: an actor's alias words cost one
/// allocation, not a vector and a string per word (on an article of thousands of distinct
/// speakers, that was a tenth of the engine's memory). A word never holds a space: every word
/// comes from [`significant_parts`] or is a single word of a mention.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(in crate::analysis) struct Words(String);

impl Words {
    /// The significant words of `name`, in lower case (as [`super::significant_words`]).
    pub(in crate::analysis) fn of_name(name: &str) -> Words {
        // (The words of an ASCII name take no more room than the name: one allocation, not
        // a string regrown word by word.)
        let mut words = Words(String::with_capacity(name.len()));
        words.extend_from_name(name);
        words
    }

    /// Adds the significant words of `name`, in lower case.
    pub(in crate::analysis) fn extend_from_name(&mut self, name: &str) {
        for part in significant_parts(name) {
            self.start_word();
            push_lowercase(&mut self.0, part);
        }
    }

    /// Adds one word.
    pub(in crate::analysis) fn push(&mut self, word: &str) {
        self.start_word();
        self.0.push_str(word);
    }

    fn start_word(&mut self) {
        if !self.0.is_empty() {
            self.0.push(' ');
        }
    }

    /// The words, in the order they were added.
    pub(in crate::analysis) fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.split(' ').filter(|word| !word.is_empty())
    }

    pub(in crate::analysis) fn contains(&self, word: &str) -> bool {
        self.iter().any(|candidate| candidate == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::actors::significant_words;

    #[test]
    fn the_words_of_a_name_are_its_significant_words() {
        for name in [
            "the Tolvia Harbour Authority",
            "Ines Varga's office",
            "",
            "ÉCOLE (Norland), the",
            "Straße des 17. Juni",
            "ΟΔΟΣ Σ",
        ] {
            let words = Words::of_name(name);
            assert_eq!(
                words.iter().collect::<Vec<_>>(),
                significant_words(name),
                "{name}"
            );
        }
    }

    #[test]
    fn a_word_and_a_word_it_starts_share_a_bit() {
        for (word, longer) in [
            ("tolvik", "tolvikborg"),
            ("t", "t"),
            ("", ""),
            ("é", "école"),
        ] {
            assert_eq!(word_bit(word), word_bit(longer), "{word} {longer}");
            assert_eq!(word_bit(word).count_ones(), 1);
        }
        assert_ne!(word_bit("tolvia"), word_bit("norland"));
    }

    #[test]
    fn pushed_words_follow_and_are_found() {
        let mut words = Words::of_name("Tolvik Rovers");
        assert!(!words.contains("union"));
        words.push("union");
        words.extend_from_name("the Norland Union");
        assert_eq!(
            words.iter().collect::<Vec<_>>(),
            ["tolvik", "rovers", "union", "norland", "union"]
        );
        assert!(words.contains("union") && words.contains("tolvik"));
        assert!(!words.contains("tol") && !words.contains(""));
        assert!(!Words::default().contains(""));
    }
}
