//! `explore shapes`: time and memory of the engine on pathological inputs (issue 14's table),
//! at 1 MB and 4 MB each, with `--check` failing when a shape breaks its bounds.
//!
//! Each shape is generated here, deterministically; none is a real article. The figures are
//! the engine's own (`analysis::analyze` then `analysis::stances`), not the CLI's: the time of
//! the better of two runs, and the heap's peak above what was live before, counted by this
//! binary's allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::Instant;

use article_explorer::analysis;

/// The system allocator, counting the bytes allocated less those freed, and the peak of that,
/// while [`COUNTING`] is set (only [`measure`] sets it, so that `explore bench` times the engine
/// alone). Signed: a block allocated before counting started may be freed during it.
pub struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);
static COUNTING: AtomicBool = AtomicBool::new(false);

// SAFETY: every call goes straight to the system allocator; the counters only observe.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() && COUNTING.load(Ordering::Relaxed) {
            let size = layout.size() as isize;
            let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() && COUNTING.load(Ordering::Relaxed) {
            let grown = new_size as isize - layout.size() as isize;
            let live = LIVE.fetch_add(grown, Ordering::Relaxed) + grown;
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        new
    }
}

/// The bounds `--check` enforces: regressions fail, today's figures pass. The targets are 1 s
/// per MB, 5× growth from 1 to 4 MB and a heap of 20× the input. The time bounds allow for a
/// loaded machine (speeds vary twofold). The heap bound is the target itself: the heap is
/// counted in bytes asked for, the same on every run and every load.
const MAX_SECONDS_PER_MB: f64 = 3.0;
const MAX_GROWTH: f64 = 8.0;
const MAX_MEMORY_RATIO: f64 = 20.0;

/// The shapes, by name.
pub const SHAPES: [&str; 8] = [
    "paragraph",
    "quotes",
    "he-said",
    "names",
    "spokespeople",
    "nested",
    "word",
    "scripts",
];

/// One measurement of one shape at one size.
struct Figure {
    megabytes: f64,
    seconds: f64,
    peak_bytes: usize,
}

/// Prints the table; with `check`, returns the lines of every broken bound.
pub fn run(check: bool) -> Result<(), Vec<String>> {
    println!("shape         1 MB s/MB  4 MB s/MB  growth  peak heap ×input (1 MB, 4 MB)");
    let mut broken = Vec::new();
    for shape in SHAPES {
        let small = measure(&generate(shape, 1_000_000));
        let large = measure(&generate(shape, 4_000_000));
        let growth = large.seconds / small.seconds.max(1e-6);
        let ratio = |f: &Figure| f.peak_bytes as f64 / (f.megabytes * 1e6);
        println!(
            "{shape:<13} {:>9.3}  {:>9.3}  {growth:>5.1}×  {:>5.2}×, {:>5.2}×",
            small.seconds / small.megabytes,
            large.seconds / large.megabytes,
            ratio(&small),
            ratio(&large),
        );
        for figure in [&small, &large] {
            let per_mb = figure.seconds / figure.megabytes;
            if per_mb > MAX_SECONDS_PER_MB {
                broken.push(format!("{shape}: {per_mb:.2} s per MB"));
            }
            if ratio(figure) > MAX_MEMORY_RATIO {
                broken.push(format!("{shape}: heap {:.1}× the input", ratio(figure)));
            }
        }
        // Growth is judged only where the time is long enough to measure.
        if large.seconds > 0.05 && growth > MAX_GROWTH {
            broken.push(format!("{shape}: 4 MB takes {growth:.1}× the time of 1 MB"));
        }
    }
    println!(
        "targets: 1 s per MB, 5× growth, 20× heap; --check fails over {MAX_SECONDS_PER_MB} s per MB, \
         {MAX_GROWTH}× growth or {MAX_MEMORY_RATIO}× heap"
    );
    if check && !broken.is_empty() {
        return Err(broken);
    }
    Ok(())
}

fn measure(text: &str) -> Figure {
    let mut best = f64::MAX;
    let mut peak_bytes = 0;
    for _ in 0..2 {
        LIVE.store(0, Ordering::Relaxed);
        PEAK.store(0, Ordering::Relaxed);
        COUNTING.store(true, Ordering::Relaxed);
        let started = Instant::now();
        let analysis = analysis::analyze(text);
        let stances = analysis::stances(text, &analysis);
        best = best.min(started.elapsed().as_secs_f64());
        COUNTING.store(false, Ordering::Relaxed);
        peak_bytes = usize::try_from(PEAK.load(Ordering::Relaxed)).unwrap_or(0);
        drop(std::hint::black_box((analysis, stances)));
    }
    Figure {
        megabytes: text.len() as f64 / 1e6,
        seconds: best,
        peak_bytes,
    }
}

/// A small deterministic generator (xorshift), so every run measures the same text.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// A distinct capitalised word for every `n`: `Bac`, `Bad`, … then `Bacba`, ….
fn distinct_word(mut n: usize) -> String {
    let mut word = String::from("B");
    loop {
        word.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            return word;
        }
    }
}

/// About `size` bytes of the named shape.
pub fn generate(shape: &str, size: usize) -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut text = String::with_capacity(size + 64);
    let mut n = 0;
    while text.len() < size {
        match shape {
            // One paragraph of words without a single mark.
            "paragraph" => {
                let word = rng.pick(&["word", "another", "Capital", "thing", "and", "the"]);
                text.push_str(word);
                text.push(' ');
            }
            // Quotation marks that never balance, among words and paragraph breaks.
            "quotes" => text.push_str(rng.pick(&[
                "\"", "he said ", "“", "words ", "” ", "text. ", "\"\n\n", "\"",
            ])),
            "he-said" => {
                let _ = writeln!(text, "\"Line {n},\" he said.");
            }
            "names" => {
                let _ = write!(
                    text,
                    "{} {} met {} Xo{n}. ",
                    distinct_word(n),
                    distinct_word(n * 7 + 3),
                    distinct_word(n * 13 + 5)
                );
            }
            "spokespeople" => {
                let _ = writeln!(
                    text,
                    "A spokesperson of the {} Ministry said it was fine.",
                    distinct_word(n)
                );
            }
            "nested" => text.push_str(rng.pick(&[
                "(", "[", "{", "\"", "“", "‘", ")", "]", "}", "”", "’", " said ", "He ", "x ",
            ])),
            "word" => text.push_str("aaaaaaaaaaaaaaaa"),
            // Right-to-left overrides and isolates among Arabic, Hebrew, Chinese and Latin.
            "scripts" => text.push_str(rng.pick(&[
                "\u{202e}",
                "\u{202d}",
                "مرحبا ",
                "שלום ",
                "said ",
                "Xi said \"",
                "你好。",
                "\"\n",
                "Müller ",
                "\u{2067}",
                "\u{2069}",
                " ",
            ])),
            _ => return String::new(),
        }
        n += 1;
    }
    text
}
