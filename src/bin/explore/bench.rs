//! `explore bench`: analyse throughput in MB/s, optionally beside a baseline build of the tool
//! run in the same session (the machine is noisy, so figures from different runs do not
//! compare).

use std::path::Path;
use std::process::Command;

use article_explorer::analysis;

use super::gen;
use super::native::CliError;

/// One measurement: the text analysed and the best time of three rounds.
struct Measurement {
    megabytes: f64,
    n_articles: usize,
    n_passages: usize,
    best_seconds: f64,
}

impl Measurement {
    fn mb_per_s(&self) -> f64 {
        self.megabytes / self.best_seconds
    }

    fn line(&self) -> String {
        format!(
            "analyze: {:.1} MB in {} articles, {} passages, best of 3: {:.3} s, {:.1} MB/s",
            self.megabytes,
            self.n_articles,
            self.n_passages,
            self.best_seconds,
            self.mb_per_s()
        )
    }
}

/// Measures this build on at least `megabytes` MB of generated text (or of `texts`, repeated)
/// and prints one line; with `baseline`, first runs that binary's bench on the same input
/// (`file_names`) and prints both lines and the ratio.
pub fn run(
    megabytes: usize,
    texts: &[String],
    file_names: &[String],
    baseline: Option<&Path>,
) -> Result<(), CliError> {
    let baseline_line = match baseline {
        Some(path) => Some(run_baseline(path, megabytes, file_names)?),
        None => None,
    };
    let measurement = measure(megabytes, texts);
    match baseline_line {
        None => println!("{}", measurement.line()),
        Some(line) => {
            println!("baseline:   {line}");
            println!("this build: {}", measurement.line());
            if let Some(base) = mb_per_s_of(&line) {
                println!("speed-up: {:.2}×", measurement.mb_per_s() / base);
            }
        }
    }
    Ok(())
}

fn run_baseline(path: &Path, megabytes: usize, file_names: &[String]) -> Result<String, CliError> {
    let io_error = |error| CliError::Io {
        file: path.display().to_string(),
        error,
    };
    let output = Command::new(path)
        .arg("bench")
        .arg("--mb")
        .arg(megabytes.to_string())
        .args(file_names)
        .output()
        .map_err(io_error)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    match stdout.lines().rfind(|line| line.starts_with("analyze:")) {
        Some(line) if output.status.success() => Ok(line.to_string()),
        _ => Err(io_error(std::io::Error::other(format!(
            "baseline bench failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )))),
    }
}

/// The `N MB/s` figure at the end of a bench line.
fn mb_per_s_of(line: &str) -> Option<f64> {
    line.strip_suffix(" MB/s")?.rsplit(' ').next()?.parse().ok()
}

fn measure(megabytes: usize, texts: &[String]) -> Measurement {
    let target = megabytes * 1_000_000;
    let mut articles = Vec::new();
    let mut total = 0usize;
    let mut seed = 7u64;
    while total < target {
        let article = if texts.is_empty() {
            gen::article(400, seed)
        } else {
            texts[(seed as usize - 7) % texts.len()].clone()
        };
        total += article.len().max(1);
        articles.push(article);
        seed += 1;
    }
    // Warm up once, then time three rounds and keep the best.
    for article in articles.iter().take(3) {
        std::hint::black_box(analysis::analyze(article));
    }
    let mut best_seconds = f64::MAX;
    let mut n_passages = 0usize;
    for _ in 0..3 {
        let started = std::time::Instant::now();
        n_passages = 0;
        for article in &articles {
            n_passages += std::hint::black_box(analysis::analyze(article))
                .passages
                .len();
        }
        best_seconds = best_seconds.min(started.elapsed().as_secs_f64());
    }
    Measurement {
        megabytes: total as f64 / 1e6,
        n_articles: articles.len(),
        n_passages,
        best_seconds,
    }
}
