//! Frugal tables: vectors that grow by a quarter, not by double, and a stable hash for the
//! tables that find their entries by hash rather than keep a copy of each key.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// The hash of `value`, the same in every run (SipHash with fixed keys).
pub(crate) fn stable_hash(value: &(impl Hash + ?Sized)) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
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

#[cfg(test)]
mod tests {
    use super::*;

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
