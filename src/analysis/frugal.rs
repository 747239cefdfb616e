//! Frugal tables: vectors that grow by a quarter, not by double, and a stable hash for the
//! tables that find their entries by hash rather than keep a copy of each key.

use std::borrow::Borrow;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// The hash of `value`, the same in every run ([`FastHasher`]).
pub(crate) fn stable_hash(value: &(impl Hash + ?Sized)) -> u64 {
    let mut hasher = FastHasher::default();
    value.hash(&mut hasher);
    hasher.finish()
}

/// A hash map with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A hash set with [`FastHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// A fast hasher for the engine's own tables, the same in every run: rustc's Fx hash (a
/// rotate, xor and multiply per 8 bytes) with a final mix, so that both the high bits (the
/// table's tags) and the low bits (its buckets) depend on every input bit. The keys are the
/// article's own words and names, not chosen against the table, and every table keeps working
/// when keys collide (only slower), so the flooding resistance of the standard SipHash buys
/// nothing here; it made hashing a twentieth of the engine's time on real articles, twice per
/// look-up in a [`ByHash`].
#[derive(Clone, Copy, Default)]
pub(crate) struct FastHasher {
    hash: u64,
}

impl FastHasher {
    /// Rustc's Fx constant: the fractional part of the golden ratio, odd.
    const SEED: u64 = 0x517c_c1b7_2722_0a95;

    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // The length first, so that trailing zero bytes change the hash.
        self.add(bytes.len() as u64);
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, value: u8) {
        self.add(u64::from(value));
    }

    #[inline]
    fn write_u32(&mut self, value: u32) {
        self.add(u64::from(value));
    }

    #[inline]
    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    #[inline]
    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The first half of MurmurHash3's 64-bit finaliser.
        let mut hash = self.hash;
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
        hash ^ (hash >> 33)
    }
}

/// Pushes `item`, growing `vec` by a quarter of its length when it is full (by 16 at least)
/// rather than doubling it. For the tables that live until the whole article is read (draft
/// actors, attribution records, the speakers' history), this keeps the spare room under a
/// quarter; on an article of thousands of speakers, doubling left up to half of the engine's
/// largest table unused. Pushes stay amortised constant time.
pub(crate) fn push_frugally<T>(vec: &mut Vec<T>, item: T) {
    if vec.len() == vec.capacity() {
        vec.reserve_exact((vec.len() / 4).max(16));
    }
    vec.push(item);
}

/// A table from keys to values that keeps no copy of its keys: per hash of a key
/// ([`stable_hash`]), the value given with the first key of that hash. Each value stands for a
/// key kept elsewhere (a draft's key, a slice of the article, an actor's slug), and the caller
/// says with `is_key` whether a value's own key is the one asked about. A key whose hash an
/// earlier key already has is kept whole, in `more` (all but never). On an article of thousands
/// of speakers, tables of the keys themselves were a tenth of the engine's memory and time:
/// they copied every key, and re-read every key from all over the heap each time they grew.
pub(crate) struct ByHash<K, V> {
    first: FastMap<u64, V>,
    more: FastMap<K, V>,
}

impl<K, V> Default for ByHash<K, V> {
    fn default() -> Self {
        ByHash {
            first: FastMap::default(),
            more: FastMap::default(),
        }
    }
}

impl<K: Hash + Eq, V> ByHash<K, V> {
    /// The value of `key`.
    pub(crate) fn get<Q>(&self, key: &Q, is_key: impl Fn(&V) -> bool) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let value = self.first.get(&stable_hash(key))?;
        if is_key(value) {
            Some(value)
        } else {
            self.more.get(key)
        }
    }

    /// Gives `key` the value `value` unless it has one; whether it was given. `owned` makes the
    /// key whole, called only when it has to be kept.
    pub(crate) fn insert_new<Q>(
        &mut self,
        key: &Q,
        value: V,
        is_key: impl Fn(&V) -> bool,
        owned: impl FnOnce() -> K,
    ) -> bool
    where
        Q: Hash + ?Sized,
    {
        match self.first.entry(stable_hash(key)) {
            Entry::Vacant(slot) => {
                slot.insert(value);
                true
            }
            Entry::Occupied(slot) if is_key(slot.get()) => false,
            Entry::Occupied(_) => match self.more.entry(owned()) {
                Entry::Vacant(slot) => {
                    slot.insert(value);
                    true
                }
                Entry::Occupied(_) => false,
            },
        }
    }

    /// Gives `key` the value `value`, in place of the one it had.
    pub(crate) fn set<Q>(
        &mut self,
        key: &Q,
        value: V,
        is_key: impl Fn(&V) -> bool,
        owned: impl FnOnce() -> K,
    ) where
        Q: Hash + ?Sized,
    {
        match self.first.entry(stable_hash(key)) {
            Entry::Vacant(slot) => {
                slot.insert(value);
            }
            Entry::Occupied(mut slot) if is_key(slot.get()) => {
                slot.insert(value);
            }
            Entry::Occupied(_) => {
                self.more.insert(owned(), value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys kept elsewhere, as the callers keep them; the table holds their indices.
    const KEYS: [&str; 3] = ["Tolvia", "Norland", "Tolvik"];

    #[test]
    fn keys_are_found_by_their_hash_and_compared_by_the_caller() {
        let mut table: ByHash<String, usize> = ByHash::default();
        let is = |key: &'static str| move |&i: &usize| KEYS[i] == key;
        let owned = |key: &str| -> String { panic!("{key} kept whole without a collision") };
        assert!(table.insert_new("Tolvia", 0, is("Tolvia"), || owned("Tolvia")));
        assert!(table.insert_new("Norland", 1, is("Norland"), || owned("Norland")));
        assert!(!table.insert_new("Tolvia", 2, is("Tolvia"), || owned("Tolvia")));
        assert_eq!(
            table.get("Tolvia", is("Tolvia")),
            Some(&0),
            "the first wins"
        );
        assert_eq!(table.get("Norland", is("Norland")), Some(&1));
        assert_eq!(table.get("Tolvik", is("Tolvik")), None);
        table.set("Norland", 1, is("Norland"), || owned("Norland"));
        assert_eq!(table.get("Norland", is("Norland")), Some(&1));
    }

    #[test]
    fn a_key_whose_hash_is_taken_is_kept_whole() {
        // A caller whose `is_key` says no to the stored value stands for a second key of the
        // same hash (a real collision of 64-bit hashes cannot be written down here).
        let mut table: ByHash<String, u32> = ByHash::default();
        let never = |_: &u32| false;
        let always = |_: &u32| true;
        assert!(table.insert_new("Ines Varga", 1, always, || unreachable!()));
        assert!(table.insert_new("Ines Varga", 2, never, || "Ines Varga".to_string()));
        assert!(!table.insert_new("Ines Varga", 3, never, || "Ines Varga".to_string()));
        assert_eq!(table.get("Ines Varga", always), Some(&1));
        assert_eq!(table.get("Ines Varga", never), Some(&2));
        table.set("Ines Varga", 4, never, || "Ines Varga".to_string());
        assert_eq!(table.get("Ines Varga", never), Some(&4), "set replaces");
        table.set("Ines Varga", 5, always, || unreachable!());
        assert_eq!(table.get("Ines Varga", always), Some(&5), "set replaces");
        assert_eq!(table.get("Tomas Holm", always), None);
    }

    #[test]
    fn the_spare_room_stays_under_a_quarter() {
        let mut vec = Vec::new();
        for n in 0..100_000u32 {
            push_frugally(&mut vec, n);
            let spare = vec.capacity() - vec.len();
            assert!(spare <= (vec.len() / 4).max(16), "{n}: {spare} spare");
        }
        assert!(vec.iter().copied().eq(0..100_000));
    }
}
