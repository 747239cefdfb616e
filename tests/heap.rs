//! The wasm allocator's bookkeeping (`heap::Heap`), driven natively over a buffer: random
//! allocations, frees and resizes keep blocks aligned, disjoint and their contents intact.
#![allow(unsafe_code)]

use article_explorer::heap::{Heap, Memory};
use proptest::prelude::*;

/// A fixed buffer handed out in ranges, sometimes leaving a gap (as when something else grew the
/// wasm memory in between).
struct Buffer {
    storage: Vec<u128>,
    used: usize,
    gap_every: usize,
    grows: usize,
}

impl Buffer {
    fn new(bytes: usize, gap_every: usize) -> Buffer {
        Buffer {
            storage: vec![0; bytes / 16],
            used: 0,
            gap_every,
            grows: 0,
        }
    }
    fn base(&self) -> usize {
        self.storage.as_ptr() as usize
    }
}

impl Memory for Buffer {
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
        self.grows += 1;
        if self.gap_every > 0 && self.grows % self.gap_every == 0 {
            self.used += 48;
        }
        let want = bytes.max(4096);
        let start = self.used;
        if start + want > self.storage.len() * 16 {
            return None;
        }
        self.used += want;
        Some((self.base() + start, self.base() + start + want))
    }
}

#[derive(Debug, Clone)]
enum Op {
    Alloc { size: usize, align_log: u32 },
    Free(usize),
    Realloc(usize, usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (prop_oneof![1usize..64, 64usize..5000, 5000usize..70_000], 0u32..7)
            .prop_map(|(size, align_log)| Op::Alloc { size, align_log }),
        2 => any::<usize>().prop_map(Op::Free),
        2 => (any::<usize>(), 1usize..20_000).prop_map(|(i, size)| Op::Realloc(i, size)),
    ]
}

/// A live block and the byte it was filled with.
struct Live {
    at: usize,
    size: usize,
    align: usize,
    fill: u8,
}

fn check_contents(block: &Live) {
    let bytes = unsafe { std::slice::from_raw_parts(block.at as *const u8, block.size) };
    assert!(
        bytes.iter().all(|&b| b == block.fill),
        "a block's contents changed"
    );
}

fn fill(block: &Live) {
    unsafe { std::ptr::write_bytes(block.at as *mut u8, block.fill, block.size) };
}

fn check_disjoint(live: &[Live]) {
    let mut ranges: Vec<(usize, usize)> = live.iter().map(|b| (b.at, b.at + b.size)).collect();
    ranges.sort();
    for pair in ranges.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "blocks overlap: {pair:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn blocks_stay_aligned_disjoint_and_intact(ops in proptest::collection::vec(op(), 1..200), gap_every in 0usize..4) {
        let mut heap = Heap::new(Buffer::new(64 << 20, gap_every));
        let mut live: Vec<Live> = Vec::new();
        let mut counter = 0u8;
        for op in ops {
            counter = counter.wrapping_add(1);
            match op {
                Op::Alloc { size, align_log } => {
                    let align = 1usize << align_log;
                    let at = unsafe { heap.alloc(size, align) };
                    prop_assert!(at != 0, "out of memory in a 64 MB buffer");
                    prop_assert_eq!(at % align, 0, "misaligned block");
                    let block = Live { at, size, align, fill: counter };
                    fill(&block);
                    live.push(block);
                }
                Op::Free(i) if !live.is_empty() => {
                    let block = live.swap_remove(i % live.len());
                    check_contents(&block);
                    unsafe { heap.dealloc(block.at, block.size, block.align) };
                }
                Op::Realloc(i, new_size) if !live.is_empty() => {
                    let i = i % live.len();
                    let old = &live[i];
                    check_contents(old);
                    let at = unsafe { heap.realloc(old.at, old.size, old.align, new_size) };
                    prop_assert!(at != 0);
                    prop_assert_eq!(at % old.align, 0, "misaligned after realloc");
                    let kept = old.size.min(new_size);
                    let bytes = unsafe { std::slice::from_raw_parts(at as *const u8, kept) };
                    prop_assert!(bytes.iter().all(|&b| b == old.fill), "realloc lost contents");
                    let block = Live { at, size: new_size, align: old.align, fill: counter };
                    fill(&block);
                    live[i] = block;
                }
                _ => {}
            }
            check_disjoint(&live);
        }
        for block in &live {
            check_contents(block);
        }
    }
}

#[test]
fn freed_blocks_are_reused_and_doubling_grows_in_place() {
    let mut heap = Heap::new(Buffer::new(1 << 20, 0));
    unsafe {
        let a = heap.alloc(100, 8);
        heap.dealloc(a, 100, 8);
        // Same class (128 bytes): the freed block comes back.
        assert_eq!(heap.alloc(120, 8), a);
        // Growing within the class keeps the address; past it, the block moves.
        assert_eq!(heap.realloc(a, 120, 8, 128), a);
        let moved = heap.realloc(a, 128, 8, 129);
        assert_ne!(moved, a);
        // The old block went back to its class.
        assert_eq!(heap.alloc(64 + 1, 8), a);
    }
}

#[test]
fn exhaustion_returns_null_instead_of_overlapping() {
    let mut heap = Heap::new(Buffer::new(64 << 10, 0));
    let mut blocks = Vec::new();
    loop {
        let at = unsafe { heap.alloc(1000, 8) };
        if at == 0 {
            break;
        }
        blocks.push(at);
        assert!(
            blocks.len() < 100,
            "a 64 KB buffer cannot hold 100 blocks of 1 KB"
        );
    }
    assert!(blocks.len() >= 32, "{} blocks", blocks.len());
    // Impossible sizes are refused, not wrapped around.
    assert_eq!(unsafe { heap.alloc(usize::MAX - 8, 8) }, 0);
    assert_eq!(unsafe { heap.alloc(1 << 31, 1) }, 0);
}
