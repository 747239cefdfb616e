//! The "Open article" dialog: paste or type text, pick a file, reopen an article from this
//! device's library (rename, delete, delete all) or a bundled one. A native modal `<dialog>`.
//!
//! One state and one action callback serve the whole dialog: every distinct closure type is its
//! own copy of yew's listener code in the wasm.

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
const EMPTY: &str = "Paste or type an article first, or choose a file.";
const HELD: &str =
    "A long text was pasted: it is too long to show here, and is kept for the analysis. Choose Analyse.";
/// Pasted plain text longer than this is kept aside rather than laid out in the text box, which
/// costs the browser hundreds of milliseconds for a few megabytes.
const LARGE_PASTE: usize = 1_000_000;

/// The dialog's own state.
#[derive(Clone, Default, PartialEq)]
struct Panel {
    /// A sentence under the text box (announced).
    message: Option<&'static str>,
    entries: Vec<Entry>,
    /// The entry being renamed.
    renaming: Option<String>,
}

/// What the dialog's controls do.
#[derive(Clone, PartialEq)]
enum Do {
    /// Re-read the library.
    Refresh,
    Delete(String),
    DeleteAll,
    StartRename(String),
    /// Save the title typed for the entry being renamed.
    SaveRename,
    CancelRename,
    /// Put the open article's text into the box.
    Edit,
    Say(Option<&'static str>),
}

/// A click handler that does `action` (one closure type for every button, as `on_click`).
fn on(act: &Callback<Do>, action: Do) -> Callback<MouseEvent> {
    let act = act.clone();
    Callback::from(move |_: MouseEvent| act.emit(action.clone()))
}

/// The handler of every `Do`.
fn actions(
    panel: UseStateHandle<Panel>,
    textarea: NodeRef,
    rename_input: NodeRef,
    text: AttrValue,
) -> Callback<Do> {
    Callback::from(move |action: Do| {
        let panel = panel.clone();
        let mut next = (*panel).clone();
        let task = match action {
            Do::Refresh => None,
            Do::Delete(id) => Some(Box::pin(async move { library::delete(&id).await }) as Task),
            Do::DeleteAll => Some(Box::pin(library::clear()) as Task),
            Do::SaveRename => {
                let id = next.renaming.take().unwrap_or_default();
                let title = rename_input
                    .cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default();
                Some(Box::pin(async move { library::rename(&id, title.trim()).await }) as Task)
            }
            Do::StartRename(id) => {
                next.renaming = Some(id);
                return panel.set(next);
            }
            Do::CancelRename => {
                next.renaming = None;
                return panel.set(next);
            }
            Do::Edit => {
                if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                    area.set_value(&text);
                    let _ = area.focus();
                }
                return;
            }
            Do::Say(message) => {
                next.message = message;
                return panel.set(next);
            }
        };
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(task) = task {
                let _ = task.await;
            }
            next.entries = library::list().await;
            panel.set(next);
        });
    })
}

type Task = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), ()>>>>;

#[component]
pub fn OpenDialog(props: &OpenDialogProps) -> Html {
    let dialog = use_node_ref();
    let textarea = use_node_ref();
    let rename_input = use_node_ref();
    let held = use_mut_ref(|| None::<String>);
    let panel = use_state(Panel::default);
    let act = actions(
        panel.clone(),
        textarea.clone(),
        rename_input.clone(),
        props.text.clone(),
    );
    {
        let (dialog, act) = (dialog.clone(), act.clone());
        use_effect_with(props.open, move |&open| {
            if let Some(element) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if open && !element.open() {
                    let _ = element.show_modal();
                    act.emit(Do::Refresh);
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
        let (on_intent, textarea, act, held) = (
            props.on_intent.clone(),
            textarea.clone(),
            act.clone(),
            held.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = textarea
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            let kept = held.borrow_mut().take();
            let text = match kept {
                Some(kept) if typed.trim().is_empty() => kept,
                _ => typed,
            };
            if text.trim().is_empty() {
                return act.emit(Do::Say(Some(EMPTY)));
            }
            act.emit(Do::Say(None));
            // The box is emptied: a 10 MB text laid out in a hidden textarea costs the browser
            // hundreds of milliseconds. "Edit text" brings the analysed text back.
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                area.set_value("");
            }
            // The worker tells a typed or pasted web page's source from plain text.
            on_intent.emit(Intent::Open(Opening::Text { text, html: false }));
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
        let (textarea, act, held) = (textarea.clone(), act.clone(), held.clone());
        Callback::from(move |event: Event| {
            use wasm_bindgen::JsCast;
            let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let data = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data());
            let flavour = |kind: &str| {
                data.as_ref()
                    .and_then(|data| data.get_data(kind).ok())
                    .unwrap_or_default()
            };
            let plain = flavour("text/plain");
            if plain.len() > LARGE_PASTE {
                event.prevent_default();
                area.set_value("");
                *held.borrow_mut() = Some(plain);
                act.emit(Do::Say(Some(HELD)));
                return;
            }
            let html = flavour("text/html");
            if html.trim().is_empty() || !area.value().trim().is_empty() {
                return;
            }
            event.prevent_default();
            let act = act.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::ui::worker::extract(html).await {
                    Ok(text) => {
                        area.set_value(&text);
                        act.emit(Do::Say(Some(EXTRACTED)));
                    }
                    Err(_) => act.emit(Do::Say(Some("The pasted content could not be read."))),
                }
            });
        })
    };
    html! {
        <dialog ref={dialog} class="open-dialog" aria-labelledby="open-title" {onclose}>
            <form class="open-form" {onsubmit}>
                <h2 id="open-title">{ "Open an article" }</h2>
                <p class="hint">{ "Paste an article (headline on the first line), or choose a text file or a saved web page. It is analysed in this browser and kept on this device only." }</p>
                <label for="open-text">{ "Article text" }</label>
                <textarea id="open-text" ref={textarea} rows="10" spellcheck="false"
                    aria-describedby="open-problem" {onpaste} />
                <p id="open-problem" class="problem" role="alert">{ panel.message.unwrap_or("") }</p>
                <label for="open-file">{ "Or choose a file (.txt, .md, .html)" }</label>
                <input id="open-file" type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" {onchange} />
                <div class="actions">
                    <button type="submit" class="primary">{ "Analyse" }</button>
                    <button type="button" onclick={on(&act, Do::Edit)}>{ "Edit text of the open article" }</button>
                    <button type="button" onclick={on_click(&props.on_intent, Intent::Act(Action::SetOpenDialog(false)))}>{ "Close" }</button>
                </div>
            </form>
            { library_view(&panel, &act, &rename_input, &props.on_intent) }
        </dialog>
    }
}

/// The library and the bundled articles, inside the dialog.
fn library_view(
    panel: &Panel,
    act: &Callback<Do>,
    rename_input: &NodeRef,
    on_intent: &Callback<Intent>,
) -> Html {
    html! {
        <section class="library" aria-labelledby="library-title">
            <h3 id="library-title">{ "On this device" }</h3>
            if panel.entries.is_empty() {
                <p class="hint">{ "Articles you open are kept here, in this browser only." }</p>
            } else {
                <ul class="entries">
                    { for panel.entries.iter().map(|entry| entry_view(entry, panel, act, rename_input, on_intent)) }
                </ul>
                <button type="button" class="danger" onclick={on(act, Do::DeleteAll)}>{ "Delete all articles on this device" }</button>
            }
            <h3>{ "Bundled with this page" }</h3>
            <ul class="entries">
                <li><button type="button" class="reopen" onclick={on_click(on_intent, Intent::Open(Opening::Bundled(None)))}>{ "The default article" }</button></li>
                { for bundled_articles().map(|(name, headline)| html! {
                    <li><button type="button" class="reopen"
                        onclick={on_click(on_intent, Intent::Open(Opening::Bundled(Some(name.to_string()))))}>{ headline }</button></li>
                }) }
            </ul>
        </section>
    }
}

fn entry_view(
    entry: &Entry,
    panel: &Panel,
    act: &Callback<Do>,
    rename_input: &NodeRef,
    on_intent: &Callback<Intent>,
) -> Html {
    let id = entry.id.clone();
    let title = if entry.title.is_empty() {
        "Untitled article".to_string()
    } else {
        entry.title.clone()
    };
    if panel.renaming.as_deref() == Some(id.as_str()) {
        let act_submit = act.clone();
        let onsubmit = Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            act_submit.emit(Do::SaveRename);
        });
        return html! {
            <li key={id}>
                <form class="rename" {onsubmit}>
                    <label for="rename-input" class="visually-hidden">{ "New title" }</label>
                    <input id="rename-input" ref={rename_input.clone()} type="text" value={title} maxlength="300" />
                    <button type="submit" class="small">{ "Save" }</button>
                    <button type="button" class="small" onclick={on(act, Do::CancelRename)}>{ "Cancel" }</button>
                </form>
            </li>
        };
    }
    html! {
        <li key={id.clone()}>
            <button type="button" class="reopen" onclick={on_click(on_intent, Intent::Open(Opening::Library(id.clone())))}>
                { title.clone() }
            </button>
            <span class="details">{ details_of(entry) }</span>
            <button type="button" class="small" aria-label={format!("Rename “{title}”")} onclick={on(act, Do::StartRename(id.clone()))}>{ "Rename" }</button>
            <button type="button" class="small danger" aria-label={format!("Delete “{title}”")} onclick={on(act, Do::Delete(id))}>{ "Delete" }</button>
        </li>
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
