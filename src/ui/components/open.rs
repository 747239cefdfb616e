//! The "Open article" dialog: paste or type text, pick a file, reopen an article from this
//! device's library (rename, delete, delete all) or a bundled one. A native modal `<dialog>`.

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::library::{self, Entry};
use crate::ui::state::{Action, Intent, Opening};

#[derive(Properties, PartialEq)]
pub struct OpenDialogProps {
    pub open: bool,
    /// The open article's text, for "Edit text".
    pub text: AttrValue,
    pub on_intent: Callback<Intent>,
}

/// The bundled articles (`name`, headline), written by `build.rs` from `static/articles/`.
const BUNDLED: &str = include_str!(concat!(env!("OUT_DIR"), "/bundled-articles.txt"));

/// The bundled articles other than the default, as (name, headline).
pub fn bundled_articles() -> impl Iterator<Item = (&'static str, &'static str)> {
    BUNDLED.lines().filter_map(|line| line.split_once('\t'))
}

/// What opening a picked or dropped file means: a web page (by its name or type) or text.
pub async fn opening_of_file(file: &web_sys::File) -> Option<Opening> {
    let name = file.name().to_ascii_lowercase();
    let html = name.ends_with(".html") || name.ends_with(".htm") || file.type_() == "text/html";
    let text = crate::ui::dom::read_file(file).await.ok()?;
    Some(Opening::Text { text, html })
}

const EXTRACTED: &str =
    "The article was extracted from the pasted web page. Check the text, then choose Analyse.";

#[component]
pub fn OpenDialog(props: &OpenDialogProps) -> Html {
    let dialog = use_node_ref();
    let textarea = use_node_ref();
    let problem = use_state(|| None::<&'static str>);
    let entries = use_state(Vec::<Entry>::new);
    let renaming = use_state(|| None::<String>);
    let refresh = {
        let entries = entries.clone();
        use_callback((), move |_: (), _| {
            let entries = entries.clone();
            wasm_bindgen_futures::spawn_local(async move { entries.set(library::list().await) });
        })
    };
    {
        let (dialog, refresh) = (dialog.clone(), refresh.clone());
        use_effect_with(props.open, move |&open| {
            if let Some(element) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if open && !element.open() {
                    let _ = element.show_modal();
                    refresh.emit(());
                } else if !open && element.open() {
                    element.close();
                }
            }
        });
    }
    let on_intent = props.on_intent.clone();
    let onclose =
        Callback::from(move |_: Event| on_intent.emit(Intent::Act(Action::SetOpenDialog(false))));
    let onsubmit = {
        let (on_intent, textarea, problem) =
            (props.on_intent.clone(), textarea.clone(), problem.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = textarea
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            if text.trim().is_empty() {
                problem.set(Some("Paste or type an article first, or choose a file."));
                return;
            }
            problem.set(None);
            let html = crate::extract::looks_like_html(&text);
            on_intent.emit(Intent::Open(Opening::Text { text, html }));
        })
    };
    let onchange = {
        let on_intent = props.on_intent.clone();
        Callback::from(move |event: Event| {
            use wasm_bindgen::JsCast;
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let on_intent = on_intent.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(opening) = opening_of_file(&file).await {
                    on_intent.emit(Intent::Open(opening));
                }
            });
        })
    };
    // A web page pasted into the empty box (the clipboard's `text/html`): its article is
    // extracted in the worker and shown for checking, instead of the page's flattened text.
    let onpaste = {
        let (textarea, problem) = (textarea.clone(), problem.clone());
        Callback::from(move |event: Event| {
            use wasm_bindgen::JsCast;
            let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let html = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
                .and_then(|data| data.get_data("text/html").ok())
                .unwrap_or_default();
            if html.trim().is_empty() || !area.value().trim().is_empty() {
                return;
            }
            event.prevent_default();
            let problem = problem.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::ui::worker::extract(html).await {
                    Ok(text) => {
                        area.set_value(&text);
                        problem.set(Some(EXTRACTED));
                    }
                    Err(_) => problem.set(Some("The pasted content could not be read.")),
                }
            });
        })
    };
    let on_edit = {
        let (textarea, text) = (textarea.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                area.set_value(&text);
                let _ = area.focus();
            }
        })
    };
    let library_view = LibraryList {
        entries: &entries,
        renaming: &renaming,
        refresh: &refresh,
        on_intent: &props.on_intent,
    }
    .view();
    html! {
        <dialog ref={dialog} class="open-dialog" aria-labelledby="open-title" {onclose}>
            <form class="open-form" {onsubmit}>
                <h2 id="open-title">{ "Open an article" }</h2>
                <p class="hint">{ "Paste an article (headline on the first line), or choose a text file or a saved web page. It is analysed in this browser and kept on this device only." }</p>
                <label for="open-text">{ "Article text" }</label>
                <textarea id="open-text" ref={textarea} rows="10" spellcheck="false"
                    aria-describedby="open-problem" {onpaste} />
                <p id="open-problem" class="problem" role="alert">{ problem.unwrap_or("") }</p>
                <label for="open-file">{ "Or choose a file (.txt, .md, .html)" }</label>
                <input id="open-file" type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" {onchange} />
                <div class="actions">
                    <button type="submit" class="primary">{ "Analyse" }</button>
                    <button type="button" onclick={on_edit}>{ "Edit text of the open article" }</button>
                    <button type="button" onclick={on_click(&props.on_intent, Intent::Act(Action::SetOpenDialog(false)))}>{ "Close" }</button>
                </div>
            </form>
            { library_view }
        </dialog>
    }
}

/// The library and the bundled articles, inside the dialog.
struct LibraryList<'a> {
    entries: &'a UseStateHandle<Vec<Entry>>,
    renaming: &'a UseStateHandle<Option<String>>,
    refresh: &'a Callback<()>,
    on_intent: &'a Callback<Intent>,
}

impl LibraryList<'_> {
    fn view(&self) -> Html {
        let delete_all = {
            let refresh = self.refresh.clone();
            Callback::from(move |_: MouseEvent| {
                let refresh = refresh.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = library::clear().await;
                    refresh.emit(());
                });
            })
        };
        html! {
            <section class="library" aria-labelledby="library-title">
                <h3 id="library-title">{ "On this device" }</h3>
                if self.entries.is_empty() {
                    <p class="hint">{ "Articles you open are kept here, in this browser only." }</p>
                } else {
                    <ul class="entries">
                        { for self.entries.iter().map(|entry| self.entry(entry)) }
                    </ul>
                    <button type="button" class="danger" onclick={delete_all}>{ "Delete all articles on this device" }</button>
                }
                <h3>{ "Bundled with this page" }</h3>
                <ul class="entries">
                    <li><button type="button" class="reopen" onclick={on_click(self.on_intent, Intent::Open(Opening::Bundled(None)))}>{ "The default article" }</button></li>
                    { for bundled_articles().map(|(name, headline)| html! {
                        <li><button type="button" class="reopen"
                            onclick={on_click(self.on_intent, Intent::Open(Opening::Bundled(Some(name.to_string()))))}>{ headline }</button></li>
                    }) }
                </ul>
            </section>
        }
    }

    fn entry(&self, entry: &Entry) -> Html {
        let id = entry.id.clone();
        let title = if entry.title.is_empty() {
            "Untitled article".to_string()
        } else {
            entry.title.clone()
        };
        let details = details_of(entry);
        if self.renaming.as_deref() == Some(id.as_str()) {
            return self.rename_form(&id, &title);
        }
        let start_rename = {
            let (renaming, id) = (self.renaming.clone(), id.clone());
            Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
        };
        let delete = {
            let (refresh, id) = (self.refresh.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                let (refresh, id) = (refresh.clone(), id.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = library::delete(&id).await;
                    refresh.emit(());
                });
            })
        };
        html! {
            <li key={id.clone()}>
                <button type="button" class="reopen" onclick={on_click(self.on_intent, Intent::Open(Opening::Library(id.clone())))}>
                    { title.clone() }
                </button>
                <span class="details">{ details }</span>
                <button type="button" class="small" aria-label={format!("Rename “{title}”")} onclick={start_rename}>{ "Rename" }</button>
                <button type="button" class="small danger" aria-label={format!("Delete “{title}”")} onclick={delete}>{ "Delete" }</button>
            </li>
        }
    }

    fn rename_form(&self, id: &str, title: &str) -> Html {
        let input = NodeRef::default();
        let onsubmit = {
            let (refresh, renaming, id, input) = (
                self.refresh.clone(),
                self.renaming.clone(),
                id.to_string(),
                input.clone(),
            );
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                let title = input
                    .cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default();
                let (refresh, renaming, id) = (refresh.clone(), renaming.clone(), id.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = library::rename(&id, title.trim()).await;
                    renaming.set(None);
                    refresh.emit(());
                });
            })
        };
        let cancel = {
            let renaming = self.renaming.clone();
            Callback::from(move |_: MouseEvent| renaming.set(None))
        };
        html! {
            <li key={id.to_string()}>
                <form class="rename" {onsubmit}>
                    <label for="rename-input" class="visually-hidden">{ "New title" }</label>
                    <input id="rename-input" ref={input} type="text" value={title.to_string()} maxlength="300" />
                    <button type="submit" class="small">{ "Save" }</button>
                    <button type="button" class="small" onclick={cancel}>{ "Cancel" }</button>
                </form>
            </li>
        }
    }
}

/// `20 July 2021 · 6 speakers`.
fn details_of(entry: &Entry) -> String {
    let speakers = match entry.n_speakers {
        1 => "1 speaker".to_string(),
        n => format!("{n} speakers"),
    };
    if entry.published.is_empty() {
        speakers
    } else {
        format!("{} · {speakers}", entry.published)
    }
}
