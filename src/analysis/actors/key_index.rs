//! [`KeyIndex`] and [`MentionCache`]: the registry's tables by hash, without copies of keys.

use super::{Draft, DraftId};
use crate::analysis::frugal::ByHash;
use crate::analysis::Span;

/// Draft actors by their exact key: per hash of a key, the first draft with that key, whose own
/// key is compared on a look-up ([`ByHash`]).
#[derive(Default)]
pub(in crate::analysis) struct KeyIndex(ByHash<Box<[String]>, DraftId>);

impl KeyIndex {
    /// The first draft of `drafts` added with `key`.
    pub(in crate::analysis) fn get(&self, drafts: &[Draft], key: &[String]) -> Option<DraftId> {
        let is_key = |id: &DraftId| *drafts[id.index()].key == *key;
        self.0.get(key, is_key).copied()
    }

    /// Records that draft `id` has `key`, unless a draft of `drafts` has it already. (A copy
    /// of the key is kept only when another key has its hash.)
    pub(in crate::analysis) fn insert(&mut self, drafts: &[Draft], key: &[String], id: DraftId) {
        let is_key = |id: &DraftId| *drafts[id.index()].key == *key;
        self.0.insert_new(key, id, is_key, || key.into());
    }
}

/// Resolutions of mentions, by their text: per hash of a mention's text, the draft, the span
/// of the mention last resolved, whose text is compared on a look-up ([`ByHash`]), and a stamp
/// the caller gives (what else the resolution depended on, such as how many acronyms were
/// known), which must match too.
#[derive(Default)]
pub(in crate::analysis) struct MentionCache(ByHash<String, (DraftId, Span, usize)>);

impl MentionCache {
    /// The draft the mention `mention` (a slice of `text`) resolved to before, with `stamp`.
    pub(in crate::analysis) fn get(
        &self,
        text: &str,
        mention: &str,
        stamp: usize,
    ) -> Option<DraftId> {
        let is_key = |&(_, span, _): &(DraftId, Span, usize)| span.slice(text) == mention;
        self.0
            .get(mention, is_key)
            .filter(|&&(_, _, known)| known == stamp)
            .map(|&(id, _, _)| id)
    }

    /// Records that `mention`, a slice of `text`, resolves to draft `id` with `stamp`. A
    /// mention that is not a slice of `text` is not recorded.
    pub(in crate::analysis) fn insert(
        &mut self,
        text: &str,
        mention: &str,
        id: DraftId,
        stamp: usize,
    ) {
        let Some(span) = span_in(text, mention) else {
            return;
        };
        let is_key = |&(_, first, _): &(DraftId, Span, usize)| first.slice(text) == mention;
        self.0
            .set(mention, (id, span, stamp), is_key, || mention.to_string());
    }
}

/// Where `part`, a slice of `text`, lies in it; `None` if it is not a slice of `text`.
fn span_in(text: &str, part: &str) -> Option<Span> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let end = start.checked_add(part.len())?;
    (end <= text.len()).then(|| Span::new(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_found_by_their_text_wherever_they_are() {
        let text = "Tolvia Port said. Later Tolvia Port added. Norland said.";
        let mut cache = MentionCache::default();
        let first = &text[0..11];
        cache.insert(text, first, DraftId::new(3), 0);
        assert_eq!(cache.get(text, &text[24..35], 0), Some(DraftId::new(3)));
        assert_eq!(
            cache.get(text, &String::from("Tolvia Port"), 0),
            Some(DraftId::new(3))
        );
        assert_eq!(cache.get(text, &text[43..50], 0), None);
        let copy = String::from("Norland");
        cache.insert(text, &copy, DraftId::new(4), 0);
        assert_eq!(cache.get(text, &copy, 0), None, "not a slice of the text");
        cache.insert(text, &text[24..35], DraftId::new(5), 0);
        assert_eq!(
            cache.get(text, first, 0),
            Some(DraftId::new(5)),
            "the latest wins"
        );
        assert_eq!(cache.get(text, first, 1), None, "another stamp");
    }

    #[test]
    fn a_slice_is_placed_and_a_foreign_string_is_not() {
        let text = "Ines Varga said";
        assert_eq!(span_in(text, &text[5..10]), Some(Span::new(5, 10)));
        assert_eq!(span_in(text, &text[15..]), Some(Span::new(15, 15)));
        assert_eq!(span_in(text, &String::from("Varga")), None);
    }
}
