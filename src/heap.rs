//! The wasm builds' memory allocator: power-of-two size classes, one free list per class, carved
//! from the pages that `memory.grow` adds.
//!
//! It replaces the standard library's dlmalloc, which is 5.4 KB of the page's wasm, with a few
//! hundred bytes (ARCHITECTURE.md, "Wasm size"). The trade: a block is rounded up to a power of
//! two and stays in its size class once freed, so the heap can hold up to about twice the live
//! data. Allocation and freeing are O(1), and a `Vec` that doubles grows in place within its class.
//!
//! The bookkeeping (`Heap`) is plain code over a `Memory` that hands out fresh address ranges, so
//! the native tests drive it over a buffer (`tests/heap.rs`); only the wasm builds install it as
//! the global allocator, with `memory.grow` as its memory.
#![allow(unsafe_code)]

/// Where fresh memory comes from.
pub trait Memory {
    /// Returns a new, unused, writable address range `(start, end)` of at least `bytes` bytes, or
    /// `None` when memory is exhausted. It may or may not follow the previous range.
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)>;
}

/// The smallest block: 16 bytes (2^4), room for the free-list link at any usual alignment.
const MIN_CLASS: u32 = 4;
/// Blocks up to 2^31 bytes; wasm32 has 4 GiB in all.
const CLASSES: usize = 32;
/// Alignment every carved block gets for free; larger alignments cost padding.
const BASE_ALIGN: usize = 16;

/// The allocator's state: free lists by size class and the unused rest of the last range.
pub struct Heap<M> {
    /// Head of each class's free list (0: empty). A free block's first word links to the next.
    free: [usize; CLASSES],
    next: usize,
    end: usize,
    memory: M,
}

/// The size class of a request: the smallest power of two that holds `size` and `align`.
fn class_of(size: usize, align: usize) -> Option<usize> {
    let size = size.max(align).max(1 << MIN_CLASS);
    let class = size.checked_next_power_of_two()?.trailing_zeros() as usize;
    (class < CLASSES).then_some(class)
}

impl<M: Memory> Heap<M> {
    pub const fn new(memory: M) -> Heap<M> {
        Heap {
            free: [0; CLASSES],
            next: 0,
            end: 0,
            memory,
        }
    }

    /// A block for `size` bytes aligned to `align` (a power of two), or 0 when out of memory.
    ///
    /// # Safety
    /// A block returned by a free list is read (its link word): every block on a free list must
    /// come from this heap's `alloc` and still be writable.
    pub unsafe fn alloc(&mut self, size: usize, align: usize) -> usize {
        let Some(class) = class_of(size, align) else {
            return 0;
        };
        let head = self.free[class];
        if head != 0 && head % align == 0 {
            // SAFETY: a free block is at least 16 bytes, 16-aligned, and holds its link.
            self.free[class] = unsafe { (head as *const usize).read() };
            return head;
        }
        self.carve(1 << class, align.max(BASE_ALIGN))
    }

    /// Returns a block to its class's free list.
    ///
    /// # Safety
    /// `block` must come from `alloc` (or `realloc`) of this heap with the same `size` and
    /// `align`, and must not be used afterwards.
    pub unsafe fn dealloc(&mut self, block: usize, size: usize, align: usize) {
        let Some(class) = class_of(size, align) else {
            return;
        };
        // SAFETY: the block is ours, at least 16 bytes and 16-aligned; the caller gave it up.
        unsafe { (block as *mut usize).write(self.free[class]) };
        self.free[class] = block;
    }

    /// Resizes a block, in place when the new size falls in the same class.
    ///
    /// # Safety
    /// As for `dealloc`: `block` comes from this heap with `old_size` and `align`.
    pub unsafe fn realloc(
        &mut self,
        block: usize,
        old_size: usize,
        align: usize,
        new_size: usize,
    ) -> usize {
        if class_of(old_size, align).is_some()
            && class_of(old_size, align) == class_of(new_size, align)
        {
            return block;
        }
        // SAFETY: forwarded from the caller's contract; the two blocks do not overlap.
        unsafe {
            let moved = self.alloc(new_size, align);
            if moved != 0 {
                core::ptr::copy_nonoverlapping(
                    block as *const u8,
                    moved as *mut u8,
                    old_size.min(new_size),
                );
                self.dealloc(block, old_size, align);
            }
            moved
        }
    }

    /// Takes `size` bytes aligned to `align` from the current range, growing memory if needed.
    fn carve(&mut self, size: usize, align: usize) -> usize {
        let fits = |next: usize, end: usize| {
            let start = next.checked_add(align - 1)? & !(align - 1);
            (start.checked_add(size)? <= end).then_some(start)
        };
        let start = match fits(self.next, self.end) {
            Some(start) => start,
            None => {
                let Some(want) = size.checked_add(align) else {
                    return 0;
                };
                let Some((start, end)) = self.memory.grow(want) else {
                    return 0;
                };
                // Contiguous with the current range: extend it; otherwise start over there
                // (the rest of the old range is given up).
                if start != self.end {
                    self.next = start;
                }
                self.end = end;
                match fits(self.next, self.end) {
                    Some(start) => start,
                    None => return 0,
                }
            }
        };
        self.next = start + size;
        start
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod global {
    use super::{Heap, Memory};
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    const PAGE: usize = 65_536;
    /// Grow by at least 1 MB at a time: fewer `memory.grow` calls.
    const MIN_PAGES: usize = 16;

    /// The wasm instance's linear memory.
    struct LinearMemory;

    impl Memory for LinearMemory {
        fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
            let pages = bytes.div_ceil(PAGE).max(MIN_PAGES);
            let old = core::arch::wasm32::memory_grow(0, pages);
            (old != usize::MAX).then(|| (old * PAGE, (old + pages) * PAGE))
        }
    }

    struct Global(UnsafeCell<Heap<LinearMemory>>);

    // SAFETY: this build has no threads (no `atomics` target feature), so the heap is never
    // reached from two places at once; the allocator itself never allocates.
    unsafe impl Sync for Global {}

    // SAFETY: blocks are disjoint, at least `layout.size()` long and aligned to `layout.align()`
    // (see `Heap`); 0 (null) means out of memory.
    unsafe impl GlobalAlloc for Global {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            unsafe { (*self.0.get()).alloc(layout.size(), layout.align()) as *mut u8 }
        }
        unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
            unsafe { (*self.0.get()).dealloc(block as usize, layout.size(), layout.align()) }
        }
        unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            unsafe {
                (*self.0.get()).realloc(block as usize, layout.size(), layout.align(), new_size)
                    as *mut u8
            }
        }
    }

    #[global_allocator]
    static HEAP: Global = Global(UnsafeCell::new(Heap::new(LinearMemory)));
}
