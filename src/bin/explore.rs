//! The native command-line tool: the analysis as JSON, the sentence split, a throughput
//! benchmark, scores against hand labels and a generator of long synthetic articles.
//!
//! Exit codes: 0 on success, 1 on an I/O error or invalid UTF-8 (with a one-line message
//! naming the file) or a broken bound of `shapes --check`, 2 on a usage error (with the usage
//! text).

// The tool is native only. `cargo test --target wasm32-unknown-unknown` builds every binary, so
// the wasm build gets an empty stub.
#[cfg(not(target_arch = "wasm32"))]
#[path = "explore/bench.rs"]
mod bench;
#[cfg(not(target_arch = "wasm32"))]
#[path = "explore/eval.rs"]
mod eval;
#[cfg(not(target_arch = "wasm32"))]
#[path = "explore/gen.rs"]
mod gen;
#[cfg(not(target_arch = "wasm32"))]
#[path = "explore/shapes.rs"]
mod shapes;

/// Counts the heap for `explore shapes`; otherwise the system allocator.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: shapes::Counting = shapes::Counting;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::fmt;
    use std::io::{Read, Write};
    use std::path::PathBuf;
    use std::process::ExitCode;

    use article_explorer::{analysis, view};
    use clap::{CommandFactory, Parser, Subcommand};

    use super::{bench, eval, gen, shapes};

    /// See who says what in a news article: the analysis engine on the command line.
    #[derive(Parser, Debug)]
    #[command(name = "explore", version, about, long_about = None)]
    #[command(subcommand_required = true, arg_required_else_help = true)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand, Debug)]
    enum Command {
        /// Print the analysis as JSON (schema `article-explorer/analysis@1`).
        Analyze {
            /// The article, UTF-8 plain text; `-` or nothing reads stdin.
            file: Option<String>,
            /// Indent the JSON.
            #[arg(long)]
            pretty: bool,
        },
        /// Print the sentence split as JSON: `[{"span": [start, end], "text": …}, …]`.
        Sentences {
            /// The article, UTF-8 plain text; `-` or nothing reads stdin.
            file: Option<String>,
        },
        /// Measure analyze throughput in MB/s on generated text (or on the given articles).
        Bench {
            /// Analyse at least this many megabytes.
            #[arg(long = "mb", value_name = "N", default_value_t = 6)]
            megabytes: u64,
            /// Also run another build's `explore bench` (the commit before a change) in the same
            /// run, and print both.
            #[arg(long, value_name = "EXPLORE")]
            baseline: Option<PathBuf>,
            /// Articles to repeat instead of generated text.
            files: Vec<String>,
        },
        /// Score the engine against hand-labelled articles: every `NAME.txt` in DIR with a
        /// `NAME.labels` beside it (and `NAME.actors`, if present, for the speaker panel;
        /// `NAME.stances`, if present, for stances and targets).
        Eval {
            /// The folder of articles and label files.
            dir: PathBuf,
            /// Also print every mismatch under its article.
            #[arg(long)]
            mismatches: bool,
        },
        /// Time and heap of the engine on pathological generated inputs (a paragraph without
        /// marks, unbalanced quotation marks, `"…," he said` lines, distinct names, distinct
        /// spokespeople, nested brackets, one long word, mixed scripts), at 1 MB and 4 MB.
        Shapes {
            /// Exit 1 when a shape takes over 3 s per MB, grows over 8× from 1 to 4 MB, or
            /// peaks at a heap over 20× its size (the targets are 1 s, 5× and 20×).
            #[arg(long)]
            check: bool,
        },
        /// Write a long synthetic article to stdout.
        Gen {
            /// How many sentences.
            #[arg(long = "sentences", value_name = "N", default_value_t = 12_000)]
            n_sentences: u64,
            /// The generator's seed: the same seed gives the same text.
            #[arg(long, value_name = "S", default_value_t = 1)]
            seed: u64,
        },
    }

    /// An error at the input edge (usage errors are clap's).
    #[derive(Debug)]
    pub enum CliError {
        Io {
            file: String,
            error: std::io::Error,
        },
        Utf8 {
            file: String,
            offset: usize,
        },
        /// `explore shapes --check`: the bounds a shape broke.
        Bounds(Vec<String>),
    }

    impl fmt::Display for CliError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                CliError::Io { file, error } => write!(f, "explore: {file}: {error}"),
                CliError::Utf8 { file, offset } => {
                    write!(f, "explore: {file}: invalid UTF-8 at byte {offset}")
                }
                CliError::Bounds(broken) => {
                    write!(f, "explore shapes: bounds broken: {}", broken.join("; "))
                }
            }
        }
    }

    pub fn main() -> ExitCode {
        let cli = match Cli::try_parse() {
            Ok(cli) => cli,
            // `--help` and `--version` print to stdout and exit 0.
            Err(error) if !error.use_stderr() => error.exit(),
            // Usage errors exit 2, always with the usage text.
            Err(error) => {
                let message = error.render().to_string();
                eprint!("{message}");
                if !message.contains("Usage:") {
                    eprintln!("\n{}", Cli::command().render_usage());
                }
                return ExitCode::from(2);
            }
        };
        match run(cli.command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{error}");
                ExitCode::from(1)
            }
        }
    }

    fn run(command: Command) -> Result<(), CliError> {
        match command {
            Command::Analyze { file, pretty } => {
                let (_, text) = read_input(file.as_deref())?;
                let analysis = analysis::analyze(&text);
                print_json(&view::view(&text, &analysis), pretty)
            }
            Command::Sentences { file } => {
                let (_, text) = read_input(file.as_deref())?;
                let sentences: Vec<view::TextSpan<'_>> = analysis::split_sentences(&text)
                    .into_iter()
                    .map(|span| view::TextSpan::new(&text, span))
                    .collect();
                print_json(&sentences, false)
            }
            Command::Bench {
                megabytes,
                baseline,
                files,
            } => {
                let texts = files
                    .iter()
                    .map(|file| read_input(Some(file)).map(|(_, text)| text))
                    .collect::<Result<Vec<_>, _>>()?;
                bench::run(
                    megabytes.max(1) as usize,
                    &texts,
                    &files,
                    baseline.as_deref(),
                )
            }
            Command::Eval { dir, mismatches } => eval::run(&dir, mismatches),
            Command::Shapes { check } => shapes::run(check).map_err(CliError::Bounds),
            Command::Gen { n_sentences, seed } => {
                let article = gen::article(n_sentences as usize, seed);
                std::io::stdout()
                    .lock()
                    .write_all(article.as_bytes())
                    .map_err(|error| CliError::Io {
                        file: "<stdout>".into(),
                        error,
                    })
            }
        }
    }

    /// Reads a file, or stdin for `-` or no file; returns its display name and text.
    pub fn read_input(file: Option<&str>) -> Result<(String, String), CliError> {
        let (name, bytes) = match file {
            None | Some("-") => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(|error| CliError::Io {
                        file: "<stdin>".into(),
                        error,
                    })?;
                ("<stdin>".to_string(), bytes)
            }
            Some(path) => {
                let bytes = std::fs::read(path).map_err(|error| CliError::Io {
                    file: path.into(),
                    error,
                })?;
                (path.to_string(), bytes)
            }
        };
        match String::from_utf8(bytes) {
            Ok(text) => Ok((name, text)),
            Err(error) => Err(CliError::Utf8 {
                file: name,
                offset: error.utf8_error().valid_up_to(),
            }),
        }
    }

    fn print_json<T: serde::Serialize>(value: &T, pretty: bool) -> Result<(), CliError> {
        let rendered = if pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        };
        let rendered = rendered.unwrap_or_else(|_| "null".into());
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{rendered}").map_err(|error| CliError::Io {
            file: "<stdout>".into(),
            error,
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
