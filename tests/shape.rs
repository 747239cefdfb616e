//! The engine's shape stays readable: no file in `src/analysis` over 800 lines and no function
//! there over 120 lines (from its `fn` line to its closing brace).

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 800;
const MAX_FN_LINES: usize = 120;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/analysis") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The net brace depth change of one line of Rust and the highest depth reached in it,
/// ignoring braces in comments, strings and character literals (`'{'`, `'\u{2014}'`), but not
/// in raw strings (the engine has none).
fn brace_delta(line: &str, in_string: &mut bool) -> (i64, i64) {
    let chars: Vec<char> = line.chars().collect();
    let (mut delta, mut highest) = (0, 0);
    let mut idx = 0;
    while idx < chars.len() {
        let ch = chars[idx];
        if *in_string {
            match ch {
                '\\' => idx += 1,
                '"' => *in_string = false,
                _ => {}
            }
        } else {
            match ch {
                '/' if chars.get(idx + 1) == Some(&'/') => break,
                '"' => *in_string = true,
                '\'' => {
                    // A character literal (not a lifetime): skip to its closing quote.
                    if chars.get(idx + 1) == Some(&'\\') {
                        idx += 2;
                        while idx < chars.len() && chars[idx] != '\'' {
                            idx += 1;
                        }
                    } else if chars.get(idx + 2) == Some(&'\'') {
                        idx += 2;
                    }
                }
                '{' => {
                    delta += 1;
                    highest = highest.max(delta);
                }
                '}' => delta -= 1,
                _ => {}
            }
        }
        idx += 1;
    }
    (delta, highest)
}

/// Whether a line opens a function item.
fn opens_fn(line: &str) -> bool {
    let mut rest = line.trim_start();
    if let Some(after) = rest.strip_prefix("pub") {
        rest = match after.strip_prefix('(') {
            Some(inner) => inner.split_once(')').map_or("", |(_, tail)| tail),
            None => after,
        }
        .trim_start();
    }
    for qualifier in ["const ", "async ", "unsafe "] {
        rest = rest.strip_prefix(qualifier).unwrap_or(rest);
    }
    rest.starts_with("fn ")
}

/// The longest function of `source`: its length in lines and its first line.
fn longest_fn(source: &str) -> (usize, String) {
    let lines: Vec<&str> = source.lines().collect();
    let mut longest = (0, String::new());
    for (start, line) in lines.iter().enumerate() {
        if !opens_fn(line) {
            continue;
        }
        let (mut depth, mut opened, mut in_string) = (0i64, false, false);
        for (offset, body_line) in lines[start..].iter().enumerate() {
            let (delta, highest) = brace_delta(body_line, &mut in_string);
            opened |= depth + highest > 0;
            depth += delta;
            // A declaration without a body (`fn f();` in a trait) ends at its semicolon.
            if !opened && body_line.trim_end().ends_with(';') {
                break;
            }
            if opened && depth <= 0 {
                if offset + 1 > longest.0 {
                    longest = (offset + 1, format!("line {}: {}", start + 1, line.trim()));
                }
                break;
            }
        }
    }
    longest
}

#[test]
fn analysis_files_and_functions_stay_short() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    let (mut longest_file, mut longest_function) = ((0, String::new()), (0, String::new()));
    let mut problems = Vec::new();
    for path in &files {
        let source = std::fs::read_to_string(path).expect("source");
        let name = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .display()
            .to_string();
        let n_lines = source.lines().count();
        if n_lines > MAX_FILE_LINES {
            problems.push(format!("{name}: {n_lines} lines"));
        }
        if n_lines > longest_file.0 {
            longest_file = (n_lines, name.clone());
        }
        let (fn_lines, fn_line) = longest_fn(&source);
        if fn_lines > MAX_FN_LINES {
            problems.push(format!("{name} {fn_line}: {fn_lines} lines"));
        }
        if fn_lines > longest_function.0 {
            longest_function = (fn_lines, format!("{name} {fn_line}"));
        }
    }
    println!(
        "longest file: {} ({} lines); longest function: {} ({} lines)",
        longest_file.1, longest_file.0, longest_function.1, longest_function.0
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_counter_measures_functions() {
    let source = "fn a() {\n    let c = '{';\n    let s = \"}}\";\n    // }\n}\n\npub(crate) fn b(\n    x: u8,\n) -> u8 {\n    x\n}\n";
    assert_eq!(longest_fn(source), (5, "line 1: fn a() {".to_string()));
    assert_eq!(longest_fn("fn one() { 1 }\nfn two() {}\n").0, 1);
}
