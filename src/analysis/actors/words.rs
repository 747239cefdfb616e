//! [`Words`]: a short list of lower-case words kept in one string.

use super::names::significant_parts;
use crate::analysis::text::push_lowercase;

/// Lower-case words in one string, one space between each: an actor's alias words cost one
/// allocation, not a vector and a string per word (on an article of thousands of distinct
/// speakers, that was a tenth of the engine's memory). A word never holds a space: every word
/// comes from [`significant_parts`] or is a single word of a mention.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(in crate::analysis) struct Words(String);

impl Words {
    /// The significant words of `name`, in lower case (as [`super::significant_words`]).
    pub(in crate::analysis) fn of_name(name: &str) -> Words {
        let mut words = Words::default();
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
