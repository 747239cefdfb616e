//! `wire::decode` on valid encodings with bytes flipped, inserted and cut: an article is
//! analysed and encoded, then damaged. Untouched, it decodes to exactly what was encoded.
#![no_main]

use arbitrary::Arbitrary;
use article_explorer::wire;
use article_explorer_fuzz::invariants::{check_decode, shown, truncate};
use article_explorer_fuzz::save_plain_input;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Damage {
    /// XOR a byte (at a position taken modulo the length).
    Flip(u16, u8),
    Insert(u16, u8),
    Remove(u16),
    Truncate(u16),
}

#[derive(Arbitrary, Debug)]
struct Input {
    damage: Vec<Damage>,
    text: String,
}

fuzz_target!(|input: Input| {
    let Input { damage, mut text } = input;
    truncate(&mut text, 2048);
    let analysis = article_explorer::analysis::analyze(&text);
    let mut bytes = wire::encode(&analysis);
    let mut changed = false;
    for damage in damage.iter().take(8) {
        let at = |pos: u16, len: usize| usize::from(pos) % len.max(1);
        match *damage {
            Damage::Flip(pos, mask) if !bytes.is_empty() && mask != 0 => {
                let idx = at(pos, bytes.len());
                bytes[idx] ^= mask;
                changed = true;
            }
            Damage::Insert(pos, byte) => {
                let idx = at(pos, bytes.len() + 1);
                bytes.insert(idx, byte);
                changed = true;
            }
            Damage::Remove(pos) if !bytes.is_empty() => {
                let idx = at(pos, bytes.len());
                bytes.remove(idx);
                changed = true;
            }
            Damage::Truncate(len) if usize::from(len) < bytes.len() => {
                bytes.truncate(usize::from(len));
                changed = true;
            }
            _ => {}
        }
    }
    save_plain_input("bin", &bytes);
    save_plain_input("txt", text.as_bytes());
    let decoded = check_decode(&bytes, &text);
    if !changed {
        assert_eq!(
            decoded,
            Some(shown(analysis)),
            "an undamaged encoding decodes"
        );
    }
});
