//! Build step run by Trunk after every build (a `post_build` hook, see Trunk.toml):
//!
//! 1. renders the explorer on the default article with yew's server renderer into
//!    `<div id="app">`, so the first view is static HTML that reads without JavaScript (the wasm
//!    replaces it with an identical live render, see `src/main.rs`);
//! 2. adds a Content-Security-Policy meta tag whose `script-src` allows exactly Trunk's inline
//!    loader by its SHA-256 hash, plus `'wasm-unsafe-eval'`, and no `unsafe-inline`;
//! 3. adds the headline as `<title>` and Open Graph / Twitter card meta for link previews.
//!
//! Usage: `prerender DIR` or `prerender --staging` (reads `$TRUNK_STAGING_DIR`).

// The tool is native only. `cargo test --target wasm32-unknown-unknown` builds every binary, so
// the wasm build gets an empty stub.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use article_explorer::ui::app::{App, AppProps, DEFAULT_ARTICLE};
    use article_explorer::ui::model::ArticleModel;
    use base64::Engine as _;
    use sha2::{Digest, Sha256};

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let dir = match args.as_slice() {
            [flag] if flag == "--staging" => match std::env::var_os("TRUNK_STAGING_DIR") {
                Some(dir) => PathBuf::from(dir),
                None => {
                    eprintln!(
                        "prerender: --staging needs TRUNK_STAGING_DIR (run it from a Trunk hook)"
                    );
                    return ExitCode::from(2);
                }
            },
            [dir] if !dir.starts_with('-') => PathBuf::from(dir),
            _ => {
                eprintln!("usage: prerender DIR | prerender --staging");
                return ExitCode::from(2);
            }
        };
        let index = dir.join("index.html");
        let html = match std::fs::read_to_string(&index) {
            Ok(html) => html,
            Err(err) => {
                eprintln!("prerender: cannot read {}: {err}", index.display());
                return ExitCode::from(1);
            }
        };
        let body = render_app();
        let model = ArticleModel::new(DEFAULT_ARTICLE.to_string());
        match finish_page(&html, &body, &model) {
            Ok(page) => {
                if let Err(err) = std::fs::write(&index, page) {
                    eprintln!("prerender: cannot write {}: {err}", index.display());
                    return ExitCode::from(1);
                }
                println!(
                    "prerender: wrote {} ({} passages)",
                    index.display(),
                    model.passages.len()
                );
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("prerender: {}: {message}", index.display());
                ExitCode::from(1)
            }
        }
    }

    /// The explorer's server-side markup for the default article.
    fn render_app() -> String {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a current-thread runtime");
        runtime.block_on(async {
            yew::LocalServerRenderer::<App>::with_props(AppProps::default())
                .hydratable(false)
                .render()
                .await
        })
    }

    /// Escapes text for an HTML attribute value or text node.
    fn escape(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for ch in text.chars() {
            match ch {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                _ => out.push(ch),
            }
        }
        out
    }

    /// The contents of every inline `<script>` (one without `src`).
    fn inline_scripts(html: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = html;
        while let Some(open) = rest.find("<script") {
            let after_open = &rest[open..];
            let Some(tag_end) = after_open.find('>') else {
                break;
            };
            let tag = &after_open[..tag_end];
            let body_start = tag_end + 1;
            let Some(close) = after_open[body_start..].find("</script>") else {
                break;
            };
            if !tag.contains(" src=") {
                out.push(&after_open[body_start..body_start + close]);
            }
            rest = &after_open[body_start + close + "</script>".len()..];
        }
        out
    }

    /// The Content-Security-Policy for a page with these inline scripts.
    fn content_security_policy(scripts: &[&str]) -> String {
        let hashes: String = scripts
            .iter()
            .map(|script| {
                let digest = Sha256::digest(script.as_bytes());
                format!(
                    " 'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                )
            })
            .collect();
        format!(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
             img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; \
             object-src 'none'; form-action 'none'"
        )
    }

    /// The first body sentence, shortened, for link previews.
    fn description(model: &ArticleModel) -> String {
        let first = model
            .passages
            .iter()
            .find(|p| p.kind == article_explorer::analysis::PassageKind::Sentence)
            .map(|p| article_explorer::ui::model::tidy(model.passage_text(p.index)))
            .unwrap_or_default();
        if first.chars().count() > 200 {
            let cut: String = first.chars().take(197).collect();
            format!("{}…", cut.trim_end())
        } else {
            first
        }
    }

    /// Puts the prerendered body, the CSP and the meta tags into Trunk's `index.html`.
    fn finish_page(html: &str, body: &str, model: &ArticleModel) -> Result<String, String> {
        const MOUNT: &str = "<div id=\"app\"></div>";
        const CHARSET: &str = "<meta charset=\"utf-8\">";
        if !html.contains(MOUNT) {
            return Err(format!(
                "no {MOUNT} to prerender into (already prerendered?)"
            ));
        }
        if !html.contains(CHARSET) {
            return Err(format!("no {CHARSET} to put the meta tags after"));
        }
        let csp = content_security_policy(&inline_scripts(html));
        let title = match &model.headline {
            Some(headline) => format!("{headline} · Article Explorer"),
            None => "Article Explorer".to_string(),
        };
        let description = description(model);
        let mut meta = format!(
            "{CHARSET}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            escape(&csp)
        );
        let mut tag = |property: &str, name: &str, content: &str| {
            if !content.is_empty() {
                meta.push_str(&format!(
                    "\n  <meta {property}=\"{name}\" content=\"{}\">",
                    escape(content)
                ));
            }
        };
        tag("property", "og:type", "article");
        tag("property", "og:site_name", "Article Explorer");
        tag(
            "property",
            "og:title",
            model.headline.as_deref().unwrap_or("Article Explorer"),
        );
        tag("property", "og:description", &description);
        if let Some(date) = &model.published {
            tag("property", "article:published_time", &date.to_string());
        }
        if let Some(section) = &model.section {
            tag("property", "article:section", section);
        }
        tag("name", "twitter:card", "summary");
        tag(
            "name",
            "twitter:title",
            model.headline.as_deref().unwrap_or("Article Explorer"),
        );
        tag("name", "twitter:description", &description);
        let mut page = html.replacen(CHARSET, &meta, 1);
        if let (Some(start), Some(end)) = (page.find("<title>"), page.find("</title>")) {
            page.replace_range(
                start..end + "</title>".len(),
                &format!("<title>{}</title>", escape(&title)),
            );
        }
        if let (Some(start), Some(end)) = (
            page.find("<meta name=\"description\" content=\""),
            page.find("\">\n  <link rel=\"icon\""),
        ) {
            if !description.is_empty() {
                page.replace_range(
                    start..end + 2,
                    &format!(
                        "<meta name=\"description\" content=\"{}\">",
                        escape(&description)
                    ),
                );
            }
        }
        Ok(page.replacen(MOUNT, &format!("<div id=\"app\">{body}</div>"), 1))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        const PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Article Explorer</title>\n  <meta name=\"description\" content=\"x\">\n  <link rel=\"icon\" href=\"data:,\">\n<script type=\"module\">\nimport init from './a.js';\n</script>\n<script src=\"x.js\"></script>\n</head>\n<body>\n  <div id=\"app\"></div>\n</body>\n</html>\n";

        #[test]
        fn finds_inline_scripts_only() {
            assert_eq!(inline_scripts(PAGE), vec!["\nimport init from './a.js';\n"]);
        }

        #[test]
        fn the_csp_hashes_the_loader_and_allows_no_inline_code() {
            let csp = content_security_policy(&["alert(1)"]);
            // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
            assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"), "{csp}");
            assert!(!csp.contains("unsafe-inline"));
            assert!(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"));
        }

        #[test]
        fn the_page_gets_body_csp_and_escaped_meta() {
            let model = ArticleModel::new(
                "SECTION\nA \"quoted\" <headline>\n\nFirst sentence here. Second.".to_string(),
            );
            let page = finish_page(PAGE, "<p>body</p>", &model).unwrap();
            assert!(page.contains("<div id=\"app\"><p>body</p></div>"));
            assert!(page.contains("http-equiv=\"Content-Security-Policy\""));
            assert!(page.contains("property=\"og:type\" content=\"article\""));
            assert!(!page.contains("<headline>"), "meta values are escaped");
            assert!(
                finish_page(&page, "<p>again</p>", &model).is_err(),
                "prerendering twice is refused"
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
