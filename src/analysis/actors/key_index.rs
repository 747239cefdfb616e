//! [`KeyIndex`] and [`MentionCache`]: the registry's tables by hash, without copies of keys.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::rc::Rc;

use super::{Draft, DraftId};
use crate::analysis::frugal::stable_hash as hash_of;
use crate::analysis::Span;

/// Draft actors by their exact key: per hash of a key, the first draft with that key, whose own
/// key is compared on a look-up. A key whose hash another key already has is kept whole (all but
/// never). On an article of thousands of speakers, a table of the keys themselves was re-hashed
/// as it grew by reading every key again from all over the heap, a tenth of the engine's time.
#[derive(Default)]
pub(in crate::analysis) struct KeyIndex {
    by_hash: HashMap<u64, DraftId>,
    more: HashMap<Rc<[String]>, DraftId>,
}

impl KeyIndex {
    /// The first draft of `drafts` added with `key`.
    pub(in crate::analysis) fn get(&self, drafts: &[Draft], key: &[String]) -> Option<DraftId> {
        let id = *self.by_hash.get(&hash_of(key))?;
        if *drafts[id.index()].key == *key {
            Some(id)
        } else {
            self.more.get(key).copied()
        }
    }

    /// Records that draft `id` has `key`, unless a draft of `drafts` has it already.
    pub(in crate::analysis) fn insert(
        &mut self,
        drafts: &[Draft],
        key: &Rc<[String]>,
        id: DraftId,
    ) {
        match self.by_hash.entry(hash_of(&key[..])) {
            Entry::Vacant(slot) => {
                slot.insert(id);
            }
            Entry::Occupied(slot) => {
                if drafts[slot.get().index()].key != *key {
                    self.more.entry(key.clone()).or_insert(id);
                }
            }
        }
    }
}

/// Resolutions of proper-name mentions, by their text: per hash of a mention's text, the draft
/// and the span of the mention first resolved, whose text is compared on a look-up. Mentions
/// whose hash another mention already has are kept whole (all but never).
#[derive(Default)]
pub(in crate::analysis) struct MentionCache {
    by_hash: HashMap<u64, (DraftId, Span)>,
    more: HashMap<String, DraftId>,
}

impl MentionCache {
    /// The draft the mention `mention` (a slice of `text`) resolved to before.
    pub(in crate::analysis) fn get(&self, text: &str, mention: &str) -> Option<DraftId> {
        let &(id, span) = self.by_hash.get(&hash_of(mention))?;
        if span.slice(text) == mention {
            Some(id)
        } else {
            self.more.get(mention).copied()
        }
    }

    /// Records that `mention`, a slice of `text`, resolves to draft `id`. A mention that is not
    /// a slice of `text` is not recorded.
    pub(in crate::analysis) fn insert(&mut self, text: &str, mention: &str, id: DraftId) {
        let Some(span) = span_in(text, mention) else {
            return;
        };
        match self.by_hash.entry(hash_of(mention)) {
            Entry::Vacant(slot) => {
                slot.insert((id, span));
            }
            Entry::Occupied(mut slot) => {
                let (_, first) = *slot.get();
                if first.slice(text) == mention {
                    slot.insert((id, span));
                } else {
                    self.more.insert(mention.to_string(), id);
                }
            }
        }
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
        cache.insert(text, first, DraftId::new(3));
        assert_eq!(cache.get(text, &text[24..35]), Some(DraftId::new(3)));
        assert_eq!(
            cache.get(text, &String::from("Tolvia Port")),
            Some(DraftId::new(3))
        );
        assert_eq!(cache.get(text, &text[43..50]), None);
        let copy = String::from("Norland");
        cache.insert(text, &copy, DraftId::new(4));
        assert_eq!(cache.get(text, &copy), None, "not a slice of the text");
        cache.insert(text, &text[24..35], DraftId::new(5));
        assert_eq!(
            cache.get(text, first),
            Some(DraftId::new(5)),
            "the latest wins"
        );
    }

    #[test]
    fn a_slice_is_placed_and_a_foreign_string_is_not() {
        let text = "Ines Varga said";
        assert_eq!(span_in(text, &text[5..10]), Some(Span::new(5, 10)));
        assert_eq!(span_in(text, &text[15..]), Some(Span::new(15, 15)));
        assert_eq!(span_in(text, &String::from("Varga")), None);
    }
}
