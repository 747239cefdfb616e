//! The native command-line tool: the analysis as JSON, the sentence split, a throughput
//! benchmark and a generator of long synthetic articles.
//!
//! Exit codes: 0 on success, 1 on an I/O error or invalid UTF-8 (with a one-line message
//! naming the file), 2 on a usage error (with the usage text).

// The tool is native only. `cargo test --target wasm32-unknown-unknown` builds every binary, so
// the wasm build gets an empty stub.
#[cfg(not(target_arch = "wasm32"))]
#[path = "explore/gen.rs"]
mod gen;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::fmt;
    use std::io::{Read, Write};
    use std::process::ExitCode;

    use article_explorer::analysis::{self, Analysis, Span};
    use serde_json::{json, Value};

    use super::gen;

    const USAGE: &str = "\
    usage: explore analyze [FILE|-] [--pretty]   print the analysis as JSON
           explore sentences [FILE|-]           print the sentence split as JSON
           explore bench [--mb N] [FILE...]     measure analyze throughput (MB/s)
           explore gen [--sentences N] [--seed S]  write a long synthetic article";

    /// An error at the input edge.
    #[derive(Debug)]
    enum CliError {
        Usage(String),
        Io { file: String, error: std::io::Error },
        Utf8 { file: String, offset: usize },
    }

    impl fmt::Display for CliError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                CliError::Usage(message) => write!(f, "explore: {message}\n{USAGE}"),
                CliError::Io { file, error } => write!(f, "explore: {file}: {error}"),
                CliError::Utf8 { file, offset } => {
                    write!(f, "explore: {file}: invalid UTF-8 at byte {offset}")
                }
            }
        }
    }

    impl CliError {
        fn exit_code(&self) -> ExitCode {
            match self {
                CliError::Usage(_) => ExitCode::from(2),
                CliError::Io { .. } | CliError::Utf8 { .. } => ExitCode::from(1),
            }
        }
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{error}");
                error.exit_code()
            }
        }
    }

    fn run(args: &[String]) -> Result<(), CliError> {
        let Some((command, rest)) = args.split_first() else {
            return Err(CliError::Usage("missing command".into()));
        };
        match command.as_str() {
            "analyze" => {
                let mut pretty = false;
                let mut file = None;
                for arg in rest {
                    match arg.as_str() {
                        "--pretty" => pretty = true,
                        "-" => set_once(&mut file, arg)?,
                        flag if flag.starts_with('-') => {
                            return Err(CliError::Usage(format!("unknown option {flag}")))
                        }
                        _ => set_once(&mut file, arg)?,
                    }
                }
                let (_, text) = read_input(file.as_deref())?;
                let value = analysis_json(&text, &analysis::analyze(&text));
                print_json(&value, pretty)
            }
            "sentences" => {
                let mut file = None;
                for arg in rest {
                    match arg.as_str() {
                        "-" => set_once(&mut file, arg)?,
                        flag if flag.starts_with('-') => {
                            return Err(CliError::Usage(format!("unknown option {flag}")))
                        }
                        _ => set_once(&mut file, arg)?,
                    }
                }
                let (_, text) = read_input(file.as_deref())?;
                let sentences: Vec<Value> = analysis::split_sentences(&text)
                    .into_iter()
                    .map(|span| json!({ "span": span_json(span), "text": span.slice(&text) }))
                    .collect();
                print_json(&Value::Array(sentences), false)
            }
            "bench" => {
                let mut megabytes = 6usize;
                let mut files = Vec::new();
                let mut iter = rest.iter();
                while let Some(arg) = iter.next() {
                    match arg.as_str() {
                        "--mb" => megabytes = parse_number(iter.next(), "--mb")?.max(1) as usize,
                        flag if flag.starts_with('-') => {
                            return Err(CliError::Usage(format!("unknown option {flag}")))
                        }
                        file => files.push(read_input(Some(file))?.1),
                    }
                }
                bench(megabytes, &files);
                Ok(())
            }
            "gen" => {
                let mut n_sentences = 12_000u64;
                let mut seed = 1u64;
                let mut iter = rest.iter();
                while let Some(arg) = iter.next() {
                    match arg.as_str() {
                        "--sentences" => n_sentences = parse_number(iter.next(), "--sentences")?,
                        "--seed" => seed = parse_number(iter.next(), "--seed")?,
                        other => {
                            return Err(CliError::Usage(format!("unexpected argument {other}")))
                        }
                    }
                }
                let article = gen::article(n_sentences as usize, seed);
                let mut stdout = std::io::stdout().lock();
                stdout
                    .write_all(article.as_bytes())
                    .map_err(|error| CliError::Io {
                        file: "<stdout>".into(),
                        error,
                    })
            }
            "help" | "--help" | "-h" => {
                println!("{USAGE}");
                Ok(())
            }
            other => Err(CliError::Usage(format!("unknown command {other}"))),
        }
    }

    fn set_once(slot: &mut Option<String>, arg: &str) -> Result<(), CliError> {
        if slot.is_some() {
            return Err(CliError::Usage(format!("unexpected argument {arg}")));
        }
        *slot = Some(arg.to_string());
        Ok(())
    }

    fn parse_number(arg: Option<&String>, flag: &str) -> Result<u64, CliError> {
        arg.and_then(|text| text.parse().ok())
            .ok_or_else(|| CliError::Usage(format!("{flag} needs a number")))
    }

    /// Reads a file, or stdin for `-` or no file; returns its display name and text.
    fn read_input(file: Option<&str>) -> Result<(String, String), CliError> {
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

    fn print_json(value: &Value, pretty: bool) -> Result<(), CliError> {
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

    fn span_json(span: Span) -> Value {
        json!([span.start, span.end])
    }

    fn text_span_json(text: &str, span: Span) -> Value {
        json!({ "span": span_json(span), "text": span.slice(text) })
    }

    /// The `article-explorer/analysis@1` JSON view of an analysis.
    fn analysis_json(text: &str, analysis: &Analysis) -> Value {
        let slug = |id: analysis::ActorId| analysis.actor(id).map(|actor| actor.slug.clone());
        let meta = &analysis.meta;
        let meta_json = json!({
            "section": meta.section_text(text),
            "headline": meta.headline.map(|span| text_span_json(text, span)),
            "published": meta.published.map(|date| date.to_string()),
            "byline": meta.byline_text(text),
            "captions": meta.captions.iter().map(|&span| text_span_json(text, span)).collect::<Vec<_>>(),
        });
        let actors: Vec<Value> = analysis
            .actors
            .iter()
            .map(|actor| {
                json!({
                    "id": actor.slug,
                    "name": actor.name,
                    "kind": actor.kind.as_str(),
                    "member_of": actor.member_of.and_then(slug),
                    "aliases": actor.aliases,
                    "mentions": actor.mentions.iter().map(|&span| span_json(span)).collect::<Vec<_>>(),
                })
            })
            .collect();
        let passages: Vec<Value> = analysis
            .passages
            .iter()
            .map(|passage| {
                json!({
                    "id": passage.id.to_string(),
                    "kind": passage.kind.as_str(),
                    "paragraph": passage.paragraph,
                    "span": span_json(passage.span),
                    "text": passage.span.slice(text),
                    "speakers": passage.speakers.iter().filter_map(|&id| slug(id)).collect::<Vec<_>>(),
                })
            })
            .collect();
        let attributions: Vec<Value> = analysis
            .attributions
            .iter()
            .map(|attribution| {
                json!({
                    "kind": attribution.kind.as_str(),
                    "actor": slug(attribution.actor),
                    "source": attribution.source.map(span_json),
                    "cue": attribution.cue.map(span_json),
                    "content": attribution.content.iter().map(|&span| span_json(span)).collect::<Vec<_>>(),
                })
            })
            .collect();
        let diagnostics: Vec<Value> = analysis
            .diagnostics
            .iter()
            .map(|diagnostic| json!({ "span": span_json(diagnostic.span), "message": diagnostic.message }))
            .collect();
        json!({
            "schema": "article-explorer/analysis@1",
            "meta": meta_json,
            "actors": actors,
            "passages": passages,
            "attributions": attributions,
            "diagnostics": diagnostics,
        })
    }

    /// Measures `analyze` on at least `megabytes` MB of generated, varied text (or of the given
    /// articles, repeated).
    fn bench(megabytes: usize, files: &[String]) {
        let target = megabytes * 1_000_000;
        let mut articles = Vec::new();
        let mut total = 0usize;
        let mut seed = 7u64;
        while total < target {
            let article = if files.is_empty() {
                gen::article(400, seed)
            } else {
                files[(seed as usize - 7) % files.len()].clone()
            };
            total += article.len().max(1);
            articles.push(article);
            seed += 1;
        }
        // Warm up once, then time three rounds and keep the best.
        for article in articles.iter().take(3) {
            std::hint::black_box(analysis::analyze(article));
        }
        let mut best = f64::MAX;
        let mut n_passages = 0usize;
        for _ in 0..3 {
            let started = std::time::Instant::now();
            n_passages = 0;
            for article in &articles {
                n_passages += std::hint::black_box(analysis::analyze(article))
                    .passages
                    .len();
            }
            best = best.min(started.elapsed().as_secs_f64());
        }
        let mb = total as f64 / 1e6;
        println!(
            "analyze: {mb:.1} MB in {} articles, {n_passages} passages, best of 3: {best:.3} s, {:.1} MB/s",
            articles.len(),
            mb / best
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
