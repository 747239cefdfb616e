//! Cached resolution of a mention: a proper name resolves the same way every time, and so does
//! any other mention whose resolution read nothing but its own words and the actor found by
//! its exact key (see [`Registry::note_context`]).

use super::*;
use crate::analysis::Span;

impl Registry {
    /// Resolves `mention` (a proper name if `proper`), the text of `span`, through the cache of
    /// its kind; the result is not yet checked against [`Draft::is_unowned_document`].
    pub(super) fn resolve_cached(
        &mut self,
        text: &str,
        span: Span,
        mention: &str,
        proper: bool,
    ) -> Option<DraftId> {
        if proper {
            if let Some(id) = self.mention_cache.get(text, mention, 0) {
                return Some(id);
            }
            let id = self.resolve_name(text, span, mention, 0);
            if let Some(id) = id.filter(|&id| !self.actors[id].is_unowned_document()) {
                self.mention_cache.insert(text, mention, id, 0);
            }
            return id;
        }
        // Only a mention that is its span's whole text: the stages read words of the mention
        // at offsets into the span.
        let exact = span.slice(text) == mention;
        let n_acronyms = self.acronyms.len();
        if exact {
            if let Some(id) = self.context_free.get(text, mention, n_acronyms) {
                return Some(id);
            }
        }
        self.context_read.set(false);
        let id = self.resolve_name(text, span, mention, 0);
        if let Some(id) = id.filter(|_| exact && !self.context_read.get()) {
            self.context_free
                .insert(text, mention, id, self.acronyms.len());
        }
        id
    }

    /// Records that the resolution under way read more than the mention's own words and the
    /// registry's exact keys (the text around it, the speakers so far, recent actors, counts):
    /// its result is not cached.
    pub(super) fn note_context(&self) {
        self.context_read.set(true);
    }

    /// [`Registry::find`], which [notes a context read](Registry::note_context) unless an
    /// actor has exactly `key`.
    pub(super) fn find_noting_context(&self, key: &[String], generic: bool) -> Option<DraftId> {
        if key.is_empty() {
            self.note_context();
            return None;
        }
        if let Some(id) = self.by_key.get(&self.actors, key) {
            return Some(id);
        }
        self.note_context();
        self.find_by_words(key, generic)
    }
}
