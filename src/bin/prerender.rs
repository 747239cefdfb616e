//! Build step run by Trunk after every build (a `post_build` hook, see Trunk.toml):
//!
//! 1. renders the explorer on the default article with yew's server renderer into
//!    `<div id="app">`, so the first view is static HTML that reads without JavaScript (the wasm
//!    replaces it with an identical live render, see `src/main.rs`);
//! 2. adds a Content-Security-Policy meta tag whose `script-src` allows exactly Trunk's inline
//!    loader by its SHA-256 hash, plus `'wasm-unsafe-eval'`, and no `unsafe-inline`;
//! 3. adds the headline as `<title>` and Open Graph / Twitter card meta for link previews;
//! 4. fills in `_headers` (copied by Trunk from `static/_headers`), the response headers for
//!    Netlify, Cloudflare Pages and `scripts/serve.mjs`: the same Content-Security-Policy as a
//!    header, plus `frame-ancestors 'none'`, which only a header can set, and a one-year cache
//!    rule for each content-hashed file.
//! 5. before all that, shortens the import names of each wasm and its glue JavaScript
//!    (`imports.rs`) and updates their `integrity` in `index.html`.
//!
//! Usage: `prerender DIR` or `prerender --staging` (reads `$TRUNK_STAGING_DIR`).

// The tool is native only. `cargo test --target wasm32-unknown-unknown` builds every binary, so
// the wasm build gets an empty stub.
#[cfg(not(target_arch = "wasm32"))]
#[path = "prerender/imports.rs"]
mod imports;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use article_explorer::ui::app::{App, AppProps, DEFAULT_ARTICLE, DEFAULT_TEXT_ID};
    use article_explorer::ui::components::STATIC_MARKUP;
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
        let html = match super::imports::shorten_dir(&dir, html) {
            Ok((html, report)) => {
                for (name, before, after) in report {
                    println!("prerender: {name}: short import names, {before} → {after} bytes");
                }
                html
            }
            Err(message) => {
                eprintln!("prerender: {message}");
                return ExitCode::from(1);
            }
        };
        if let Err(message) = modern_worker_loader(&dir) {
            eprintln!("prerender: {message}");
            return ExitCode::from(1);
        }
        let headers_path = dir.join("_headers");
        let headers_template = match std::fs::read_to_string(&headers_path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!(
                    "prerender: cannot read {} (index.html copies static/_headers): {err}",
                    headers_path.display()
                );
                return ExitCode::from(1);
            }
        };
        let csp = content_security_policy(&inline_scripts(&html));
        let hashed = match hashed_files(&dir, &html) {
            Ok(names) => names,
            Err(err) => {
                eprintln!("prerender: cannot list {}: {err}", dir.display());
                return ExitCode::from(1);
            }
        };
        let headers = match fill_headers(&headers_template, &header_policy(&csp), &hashed) {
            Ok(headers) => headers,
            Err(message) => {
                eprintln!("prerender: {}: {message}", headers_path.display());
                return ExitCode::from(1);
            }
        };
        let body = render_app();
        let model = ArticleModel::new(DEFAULT_ARTICLE.to_string());
        let page = match finish_page(&html, &body, &model, &csp) {
            Ok(page) => page,
            Err(message) => {
                eprintln!("prerender: {}: {message}", index.display());
                return ExitCode::from(1);
            }
        };
        for (path, contents) in [(&index, page), (&headers_path, headers)] {
            if let Err(err) = std::fs::write(path, contents) {
                eprintln!("prerender: cannot write {}: {err}", path.display());
                return ExitCode::from(1);
            }
        }
        println!(
            "prerender: wrote {} ({} passages) and {} ({} hashed files)",
            index.display(),
            model.passages.len(),
            headers_path.display(),
            hashed.len()
        );
        ExitCode::SUCCESS
    }

    /// Trunk's worker loader calls `wasm_bindgen("./worker_bg.wasm")`, a form wasm-bindgen
    /// reports as deprecated on the console of every worker start; it gets the object form.
    /// A loader of another shape fails the build rather than ship the warning unnoticed.
    fn modern_worker_loader(dir: &std::path::Path) -> Result<(), String> {
        const OLD: &str = "wasm_bindgen(\"./worker_bg.wasm\");";
        const NEW: &str = "wasm_bindgen({ module_or_path: \"./worker_bg.wasm\" });";
        let path = dir.join("worker_loader.js");
        let loader = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if loader.contains(NEW) {
            return Ok(());
        }
        if loader.matches(OLD).count() != 1 {
            return Err(format!("{}: no `{OLD}` to modernise", path.display()));
        }
        std::fs::write(&path, loader.replacen(OLD, NEW, 1))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
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

    /// Escapes text for an HTML attribute value or text node (line breaks kept).
    fn escape(text: &str) -> String {
        article_explorer::statements::escape_with(text, false)
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

    /// The Content-Security-Policy for a page with these inline scripts, as the page's meta tag
    /// carries it. `img-src` keeps `data:` for one image only: index.html's empty `data:,`
    /// favicon, which spares a `/favicon.ico` 404. Browsers check a favicon against `img-src`,
    /// and a `data:` image can neither run script nor send anything anywhere.
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
             img-src 'self' data:; connect-src 'self'; worker-src 'self'; font-src 'self'; \
             base-uri 'none'; object-src 'none'; form-action 'none'"
        )
    }

    /// The same policy as a response header, which also covers the Web Worker (a worker gets the
    /// policy of its script's response, never the page's meta tag) and can forbid framing.
    fn header_policy(meta_policy: &str) -> String {
        format!("{meta_policy}; frame-ancestors 'none'")
    }

    /// Whether Trunk put a content hash into this file name: `<stem>-<hash>.js`, `.css` or
    /// `<stem>-<hash>_bg.wasm`, the hash 1 to 16 lower-case hex digits (a `u64` written `{:x}`).
    /// Workers and copied files keep their names.
    fn is_hashed_name(name: &str) -> bool {
        let Some(stem) = ["_bg.wasm", ".js", ".css"]
            .iter()
            .find_map(|suffix| name.strip_suffix(suffix))
        else {
            return false;
        };
        stem.rsplit_once('-').is_some_and(|(base, hash)| {
            !base.is_empty()
                && (1..=16).contains(&hash.len())
                && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
    }

    /// The content-hashed files in `dir` that `html` refers to, sorted.
    fn hashed_files(dir: &std::path::Path, html: &str) -> std::io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            if !entry.file_type()?.is_file() {
                continue;
            }
            if let Some(name) = entry.file_name().to_str() {
                if is_hashed_name(name) && html.contains(name) {
                    names.push(name.to_string());
                }
            }
        }
        names.sort();
        Ok(names)
    }

    /// The placeholder in `static/_headers` for the header policy.
    const CSP_PLACEHOLDER: &str = "@CONTENT_SECURITY_POLICY@";

    /// Fills the `_headers` template: the policy in place of its placeholder, then a one-year,
    /// immutable cache rule for each hashed file (a new build gets new names).
    fn fill_headers(template: &str, policy: &str, hashed: &[String]) -> Result<String, String> {
        if template.matches(CSP_PLACEHOLDER).count() != 1 {
            return Err(format!(
                "expected {CSP_PLACEHOLDER} once (already filled in?)"
            ));
        }
        let mut out = template.replacen(CSP_PLACEHOLDER, policy, 1);
        if !out.ends_with('\n') {
            out.push('\n');
        }
        if !hashed.is_empty() {
            out.push_str("\n# Content-hashed by Trunk: a new build writes new names.\n");
        }
        for name in hashed {
            out.push_str(&format!(
                "/{name}\n  Cache-Control: public, max-age=31536000, immutable\n"
            ));
        }
        Ok(out)
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
    fn finish_page(
        html: &str,
        body: &str,
        model: &ArticleModel,
        csp: &str,
    ) -> Result<String, String> {
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
        let title = match &model.headline {
            Some(headline) => format!("{headline} · Article Explorer"),
            None => "Article Explorer".to_string(),
        };
        let description = description(model);
        let mut meta = format!(
            "{CHARSET}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            escape(csp)
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
        // The default article's text, for the page's wasm (`ui::app::default_text`), after the
        // prerendered article so that gzip finds most of it there. The HTML parser would change
        // a carriage return or a NUL, and then the page would not find the text it expects.
        if DEFAULT_ARTICLE.contains(['\r', '\0']) {
            return Err("the default article contains a carriage return or a NUL".to_string());
        }
        // The static markup the page's wasm reads (`ui::components::static_markup`).
        let mut text = format!(
            "<div id=\"{DEFAULT_TEXT_ID}\" hidden>{}</div>",
            escape(DEFAULT_ARTICLE)
        );
        for (id, markup) in STATIC_MARKUP {
            text.push_str(&format!(
                "\n<div id=\"{id}\" hidden>{}</div>",
                escape(markup)
            ));
        }
        Ok(page.replacen(MOUNT, &format!("<div id=\"app\">{body}</div>\n{text}"), 1))
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
            assert!(csp.contains("worker-src 'self'") && csp.contains("connect-src 'self';"));
            // A meta policy must not carry frame-ancestors: browsers ignore it there, with a
            // console error. The header adds it to the very same policy.
            assert!(!csp.contains("frame-ancestors"));
            assert_eq!(
                header_policy(&csp),
                format!("{csp}; frame-ancestors 'none'")
            );
        }

        #[test]
        fn hashed_names_are_trunks() {
            for name in [
                "article-explorer-8c1f0e2d9ab34567.js",
                "article-explorer-8c1f0e2d9ab34567_bg.wasm",
                "style-3a4b.css",
            ] {
                assert!(is_hashed_name(name), "{name}");
            }
            for name in [
                "worker.js",
                "worker_bg.wasm",
                "worker_loader.js",
                "noscript.css",
                "index.html",
                "style-3A4B.css",
                "-abc.js",
                "a-0123456789abcdef0.js",
                "a-.css",
            ] {
                assert!(!is_hashed_name(name), "{name}");
            }
        }

        #[test]
        fn the_headers_get_the_policy_once_and_cache_rules() {
            let template = "/*\n  Content-Security-Policy: @CONTENT_SECURITY_POLICY@\n  X-Content-Type-Options: nosniff";
            let hashed = ["a-1f.js".to_string(), "a-1f_bg.wasm".to_string()];
            let headers = fill_headers(template, "default-src 'none'", &hashed).unwrap();
            assert_eq!(
                headers,
                "/*\n  Content-Security-Policy: default-src 'none'\n  X-Content-Type-Options: nosniff\n\
                 \n# Content-hashed by Trunk: a new build writes new names.\n\
                 /a-1f.js\n  Cache-Control: public, max-age=31536000, immutable\n\
                 /a-1f_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n"
            );
            assert!(
                fill_headers(&headers, "x", &[]).is_err(),
                "filling twice is refused"
            );
        }

        /// The shipped template: every header the README promises, and the placeholder once.
        #[test]
        fn the_shipped_template_fills_in() {
            let template = include_str!("../../static/_headers");
            let headers = fill_headers(template, "default-src 'none'", &[]).unwrap();
            for line in [
                "\n/*\n",
                "\n  Content-Security-Policy: default-src 'none'\n",
                "\n  X-Content-Type-Options: nosniff\n",
                "\n  Referrer-Policy: no-referrer\n",
                "\n  X-Frame-Options: DENY\n",
                "\n  Permissions-Policy: ",
            ] {
                assert!(headers.contains(line), "{line:?} in\n{headers}");
            }
            assert!(
                !headers.contains("Cache-Control"),
                "the catch-all rule sets no Cache-Control: hosts join repeated headers with a comma"
            );
        }

        #[test]
        fn the_page_gets_body_csp_and_escaped_meta() {
            let model = ArticleModel::new(
                "SECTION\nA \"quoted\" <headline>\n\nFirst sentence here. Second.".to_string(),
            );
            let page = finish_page(PAGE, "<p>body</p>", &model, "default-src 'none'").unwrap();
            assert!(page.contains("<div id=\"app\"><p>body</p></div>"));
            assert!(page.contains("http-equiv=\"Content-Security-Policy\""));
            assert!(page.contains("property=\"og:type\" content=\"article\""));
            assert!(!page.contains("<headline>"), "meta values are escaped");
            assert!(
                finish_page(&page, "<p>again</p>", &model, "default-src 'none'").is_err(),
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
