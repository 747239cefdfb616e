//! Exports of the open article, made in the browser and offered as downloads (nothing is sent
//! anywhere): the analysis as JSON (from the worker, identical to `explore analyze`), passages as
//! CSV, "who said what" as Markdown, and the article as one self-contained HTML page.
//!
//! The text formats are pure functions of the state and a link maker, tested natively; the page
//! is the live explorer's own markup, with its style sheets inlined, its controls hidden and no
//! script at all.

use crate::ui::model::ArticleModel;
use crate::ui::state::{Action, Export, State};

/// A file name stem from the headline: lower-case ASCII words joined by `-`, at most 60
/// characters; `article` when nothing is left.
pub fn file_stem(model: &ArticleModel) -> String {
    let title = model.headline.clone().unwrap_or_default();
    let mut stem = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if stem.len() + word.len() + 1 > 60 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word.to_ascii_lowercase());
    }
    if stem.is_empty() {
        stem.push_str("article");
    }
    stem
}

/// The speakers of passage `index`, by display name, joined by ` + `.
fn speaker_names(model: &ArticleModel, index: usize) -> String {
    let names: Vec<&str> = model.passages[index]
        .speakers
        .iter()
        .map(|&s| model.speaker(s).name.as_str())
        .collect();
    names.join(" + ")
}

/// One CSV field (RFC 4180): quoted when needed; a leading `=`, `+`, `-` or `@` is prefixed with
/// `'` so that a spreadsheet never runs article text as a formula (OWASP, CSV injection).
fn csv_field(value: &str, out: &mut String) {
    let guarded = value.starts_with(['=', '+', '-', '@']);
    if guarded || value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        if guarded {
            out.push('\'');
        }
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// Passages as CSV: `id,speakers,text,link`, one row per passage, in order.
pub fn csv(state: &State, link_of: impl Fn(usize) -> String) -> String {
    let model = &state.model;
    let mut out = String::from("id,speakers,text,link\r\n");
    for passage in &model.passages {
        let fields = [
            passage.id.clone(),
            speaker_names(model, passage.index),
            model.passage_text(passage.index).to_string(),
            link_of(passage.index),
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(field, &mut out);
        }
        out.push_str("\r\n");
    }
    out
}

/// Escapes Markdown's inline syntax in article text.
fn markdown_text(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
}

/// "Who said what": each speaker's passages, quoted, with links; speakers by how much they say.
pub fn markdown(state: &State, link_of: impl Fn(usize) -> String) -> String {
    let model = &state.model;
    let mut out = String::from("# ");
    markdown_text(&model.title(), &mut out);
    out.push_str("\n\n");
    if let Some(published) = &model.published_text {
        markdown_text(published, &mut out);
        out.push_str("\n\n");
    }
    let mut order: Vec<usize> = (0..model.speakers.len()).collect();
    crate::ui::model::insertion_sort_by_key(&mut order, |&s| {
        std::cmp::Reverse(model.speakers[s].n_passages)
    });
    for s in order {
        let speaker = &model.speakers[s];
        let passages: Vec<usize> = model
            .passages
            .iter()
            .filter(|p| p.speakers.iter().any(|&idx| idx.0 as usize == s))
            .map(|p| p.index)
            .collect();
        if passages.is_empty() {
            continue;
        }
        out.push_str("## ");
        markdown_text(&speaker.name, &mut out);
        out.push_str("\n\n");
        for index in passages {
            out.push_str("- “");
            markdown_text(model.passage_text(index), &mut out);
            out.push_str("” ([link](<");
            out.push_str(&link_of(index));
            out.push_str(">))\n");
        }
        out.push('\n');
    }
    out
}

/// Runs an export and offers the file; failures become notices.
pub fn run(export: Export, state: &State, dispatcher: yew::UseReducerDispatcher<State>) {
    crate::ui::dom::close_menus();
    let stem = file_stem(&state.model);
    let link_of = |index: usize| crate::ui::explorer::passage_url(state, index);
    match export {
        Export::Csv => crate::ui::dom::download(
            &format!("{stem}-passages.csv"),
            "text/csv;charset=utf-8",
            &csv(state, link_of),
        ),
        Export::Markdown => crate::ui::dom::download(
            &format!("{stem}-who-said-what.md"),
            "text/markdown;charset=utf-8",
            &markdown(state, link_of),
        ),
        Export::Print => {
            let _ = gloo::utils::window().print();
        }
        Export::Json => {
            let text = state.model.text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::ui::worker::json(text).await {
                    Ok(json) => {
                        crate::ui::dom::download(&format!("{stem}.json"), "application/json", &json)
                    }
                    Err(why) => dispatcher.dispatch(Action::Notify(format!(
                        "The analysis could not be exported: {why}."
                    ))),
                }
            });
        }
        Export::Page => {
            wasm_bindgen_futures::spawn_local(async move {
                match crate::ui::dom::page_html().await {
                    Some(html) => crate::ui::dom::download(
                        &format!("{stem}.html"),
                        "text/html;charset=utf-8",
                        &html,
                    ),
                    None => dispatcher.dispatch(Action::Notify(
                        "The page could not be saved: the article is still being rendered."
                            .to_string(),
                    )),
                }
            });
        }
    }
}
