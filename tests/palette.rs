//! The speaker palette in `static/style.css`, light and dark: every pair of speaker colours
//! stays apart for normal vision and for protanopia and deuteranopia, and every colour has the
//! contrast its uses need.
//!
//! - Difference: CIEDE2000 (CIE 142-2001, as in Sharma, Wu & Dalal 2005) at least
//!   [`MIN_DE2000`], and CIE76 (Euclidean CIELAB) at least [`MIN_DE76`], in each vision. An
//!   underline is a thin mark (0.14em, about 2.5 px), and a thin mark needs several times the
//!   difference that tells two large patches apart (Stone, Szafir & Setlur 2014, "An engineering
//!   model for color difference as a function of size"); a large-field just-noticeable
//!   difference is about 1 ΔE00 or 2.3 ΔE76. CIE76 ≥ 20 alone lets through pairs of saturated
//!   blues that look alike (it overrates differences in chroma there), hence both. The same
//!   holds between each speaker colour and the text colour (`--fg`).
//! - Colour-vision deficiency: Machado, Oliveira & Fernandes 2009, "A physiologically-based
//!   model for simulation of color vision deficiency", severity 1.0 (dichromacy, the worst case
//!   of the common red-green deficiencies), applied to linear sRGB.
//! - Contrast (WCAG 2 relative luminance): the underline, the strip and the swatch against the
//!   page (`--bg`) and the panel (`--panel`) at least 3:1 (non-text contrast); the swatch's
//!   initials (`--on-swatch`, 0.75rem bold, so not large text) against the colour at least 4.5:1.
//! - `--c0` is the narrator's grey and no speaker's: the speaker colours are `--c1` …
//!   `--c{N_COLOURS}`, each with its `.c<n>` and `.d<n>` (second speaker) rule.
//!
//! Run with `--nocapture` to see the smallest pairs.

use article_explorer::ui::model::{N_COLOURS, N_PATTERNS};

const MIN_DE2000: f64 = 12.0;
const MIN_DE76: f64 = 20.0;
const MIN_NON_TEXT: f64 = 3.0;
const MIN_TEXT: f64 = 4.5;

type Rgb = [f64; 3];
type Matrix = [[f64; 3]; 3];

const PROTANOPIA: Matrix = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: Matrix = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const IDENTITY: Matrix = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
const VISIONS: [(&str, Matrix); 3] = [
    ("normal", IDENTITY),
    ("protanopia", PROTANOPIA),
    ("deuteranopia", DEUTERANOPIA),
];

struct Theme {
    name: &'static str,
    /// `--<name>: #rrggbb` declarations of its `:root` block.
    vars: Vec<(String, String)>,
}

impl Theme {
    fn get(&self, name: &str) -> &str {
        self.vars
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("{}: no --{name}", self.name))
    }
}

fn css() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css")).unwrap()
}

/// The declarations of the first `:root { … }` block at or after `from`.
fn root_block(css: &str, from: usize, name: &'static str) -> Theme {
    let start = from + css[from..].find(":root {").expect(":root") + ":root {".len();
    let end = start + css[start..].find('}').expect("}");
    let mut block = css[start..end].to_string();
    while let Some(open) = block.find("/*") {
        let close = open + block[open..].find("*/").expect("*/") + 2;
        block.replace_range(open..close, "");
    }
    let vars = block
        .split(';')
        .filter_map(|decl| {
            let (n, v) = decl.trim().split_once(':')?;
            let n = n.trim().strip_prefix("--")?;
            let v = v.trim();
            (v.starts_with('#') && v.len() == 7).then(|| (n.to_string(), v.to_string()))
        })
        .collect();
    Theme { name, vars }
}

fn themes(css: &str) -> [Theme; 2] {
    let dark = css
        .find("@media (prefers-color-scheme: dark)")
        .expect("a dark block");
    [root_block(css, 0, "light"), root_block(css, dark, "dark")]
}

fn hex(h: &str) -> Rgb {
    let byte = |i: usize| f64::from(u8::from_str_radix(&h[i..i + 2], 16).unwrap()) / 255.0;
    [byte(1), byte(3), byte(5)]
}

fn linear(rgb: Rgb) -> Rgb {
    rgb.map(|c| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    })
}

fn luminance(lin: Rgb) -> f64 {
    0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(linear(hex(a))), luminance(linear(hex(b))));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn simulate(m: &Matrix, lin: Rgb) -> Rgb {
    [0, 1, 2].map(|i| (m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2]).clamp(0.0, 1.0))
}

/// CIELAB (D65) of linear sRGB.
fn lab(lin: Rgb) -> Rgb {
    let x = (0.4124564 * lin[0] + 0.3575761 * lin[1] + 0.1804375 * lin[2]) / 0.95047;
    let y = 0.2126729 * lin[0] + 0.7151522 * lin[1] + 0.0721750 * lin[2];
    let z = (0.0193339 * lin[0] + 0.1191920 * lin[1] + 0.9503041 * lin[2]) / 1.08883;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

fn de76(a: Rgb, b: Rgb) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

fn de2000(lab1: Rgb, lab2: Rgb) -> f64 {
    let [l1, a1, b1] = lab1;
    let [l2, a2, b2] = lab2;
    let c_mean = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let pow7 = |c: f64| c.powi(7) / (c.powi(7) + 25f64.powi(7));
    let g = 0.5 * (1.0 - pow7(c_mean).sqrt());
    let (a1, a2) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1, c2) = (a1.hypot(b1), a2.hypot(b2));
    let hue = |a: f64, b: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1, h2) = (hue(a1, b1), hue(a2, b2));
    let chromatic = c1 * c2 != 0.0;
    let mut dh = h2 - h1;
    if !chromatic {
        dh = 0.0;
    } else if dh > 180.0 {
        dh -= 360.0;
    } else if dh < -180.0 {
        dh += 360.0;
    }
    let d_l = l2 - l1;
    let d_c = c2 - c1;
    let d_h = 2.0 * (c1 * c2).sqrt() * (dh / 2.0).to_radians().sin();
    let l_mean = (l1 + l2) / 2.0;
    let c_mean = (c1 + c2) / 2.0;
    let h_mean = if !chromatic {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |deg: f64| deg.to_radians().cos();
    let t =
        1.0 - 0.17 * cos(h_mean - 30.0) + 0.24 * cos(2.0 * h_mean) + 0.32 * cos(3.0 * h_mean + 6.0)
            - 0.20 * cos(4.0 * h_mean - 63.0);
    let d_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * pow7(c_mean).sqrt();
    let s_l = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * c_mean;
    let s_h = 1.0 + 0.015 * c_mean * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    ((d_l / s_l).powi(2)
        + (d_c / s_c).powi(2)
        + (d_h / s_h).powi(2)
        + r_t * (d_c / s_c) * (d_h / s_h))
        .sqrt()
}

/// The speaker colours `--c1` … `--c{N_COLOURS}` of a theme.
fn speaker_colours(theme: &Theme) -> Vec<String> {
    (1..=N_COLOURS)
        .map(|n| theme.get(&format!("c{n}")).to_string())
        .collect()
}

#[test]
fn de2000_matches_sharmas_test_data() {
    // Pairs 1, 7 and 17 of Sharma, Wu & Dalal's table.
    for (a, b, expected) in [
        ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
        ([50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
        ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
    ] {
        assert!((de2000(a, b) - expected).abs() < 1e-4, "{a:?} {b:?}");
    }
    assert!((contrast("#ffffff", "#000000") - 21.0).abs() < 1e-9);
}

#[test]
fn css_has_a_rule_per_colour_and_pattern() {
    let css = css();
    for n in 0..=N_COLOURS {
        assert!(
            css.contains(&format!(".c{n} {{ --spk: var(--c{n}); }}")),
            "no .c{n}"
        );
    }
    for n in 1..=N_COLOURS {
        assert!(
            css.contains(&format!(".d{n} {{ --spk2: var(--c{n}); }}")),
            "no .d{n}"
        );
    }
    assert!(
        !css.contains(&format!("--c{}:", N_COLOURS + 1)),
        "a colour no speaker gets"
    );
    for n in 1..N_PATTERNS {
        assert!(
            css.contains(&format!(":is(.passage, .sample).u{n} ")),
            "no .passage.u{n}"
        );
        assert!(css.contains(&format!(".swatch.u{n} ")), "no .swatch.u{n}");
    }
}

#[test]
fn speaker_colours_have_the_contrast_they_need() {
    let css = css();
    for theme in themes(&css) {
        let (bg, panel, on) = (theme.get("bg"), theme.get("panel"), theme.get("on-swatch"));
        let mut worst = (f64::MAX, f64::MAX);
        for colour in speaker_colours(&theme) {
            let page = contrast(&colour, bg).min(contrast(&colour, panel));
            let text = contrast(&colour, on);
            println!(
                "{} {colour}: {page:.2}:1 on the page, initials {text:.2}:1",
                theme.name
            );
            assert!(
                page >= MIN_NON_TEXT,
                "{} {colour} on {bg}/{panel}: {page:.2}",
                theme.name
            );
            assert!(
                text >= MIN_TEXT,
                "{} {on} on {colour}: {text:.2}",
                theme.name
            );
            worst = (worst.0.min(page), worst.1.min(text));
        }
        println!(
            "{}: lowest contrast {:.2}:1 against the page or panel, {:.2}:1 for the initials",
            theme.name, worst.0, worst.1
        );
        let narrator = theme.get("c0");
        assert!(
            !speaker_colours(&theme).iter().any(|c| c == narrator),
            "{}: a speaker has the narrator's grey",
            theme.name
        );
    }
}

#[test]
fn every_pair_of_speaker_colours_differs_in_every_vision() {
    let css = css();
    let mut failures = Vec::new();
    for theme in themes(&css) {
        // And each against the text's own colour: a line in it would read as no speaker's.
        let mut colours = speaker_colours(&theme);
        colours.push(theme.get("fg").to_string());
        for (vision, matrix) in &VISIONS {
            let labs: Vec<Rgb> = colours
                .iter()
                .map(|c| lab(simulate(matrix, linear(hex(c)))))
                .collect();
            let mut min00 = (f64::MAX, 0, 0);
            let mut min76 = (f64::MAX, 0, 0);
            for i in 0..labs.len() {
                for j in i + 1..labs.len() {
                    let (d00, d76) = (de2000(labs[i], labs[j]), de76(labs[i], labs[j]));
                    if d00 < min00.0 {
                        min00 = (d00, i, j);
                    }
                    if d76 < min76.0 {
                        min76 = (d76, i, j);
                    }
                    if d00 < MIN_DE2000 || d76 < MIN_DE76 {
                        failures.push(format!(
                            "{} {vision}: {} and {} ΔE00 {d00:.1}, ΔE76 {d76:.1}",
                            theme.name, colours[i], colours[j]
                        ));
                    }
                }
            }
            println!(
                "{} {vision}: smallest ΔE00 {:.1} ({} {}), smallest ΔE76 {:.1} ({} {})",
                theme.name,
                min00.0,
                colours[min00.1],
                colours[min00.2],
                min76.0,
                colours[min76.1],
                colours[min76.2]
            );
        }
    }
    assert!(
        failures.is_empty(),
        "pairs under ΔE00 {MIN_DE2000} or ΔE76 {MIN_DE76}:\n{}",
        failures.join("\n")
    );
}
