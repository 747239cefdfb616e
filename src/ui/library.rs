//! The page's side of the private library (every article the reader opens, kept on this device
//! only): the entry type and requests to the analysis worker, where the store lives
//! (`src/bin/worker/library.rs`, the only code that touches IndexedDB). Every operation is
//! total: when storage is unavailable the library is simply empty, and opening still works.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use crate::protocol::{self, object};
use crate::ui::{dom, worker};

thread_local! {
    /// The background save in flight ([`keep`]), settled when it is done: a listing waits for
    /// it, so that the article just opened is listed even when its save (a worker of its own) is
    /// slower than the listing's.
    static SAVING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// One article in the library.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    pub title: String,
    /// The article's own date, as the explorer shows it, or empty.
    pub published: String,
    pub n_speakers: u32,
    /// When it was last opened, in milliseconds since the epoch.
    pub opened: f64,
}

impl Entry {
    /// The stored form: a plain object.
    pub fn to_js(&self) -> JsValue {
        object(&[
            ("id", &self.id.as_str().into()),
            ("title", &self.title.as_str().into()),
            ("published", &self.published.as_str().into()),
            ("speakers", &self.n_speakers.into()),
            ("opened", &self.opened.into()),
        ])
    }

    /// An entry from its stored form; `None` without an id.
    pub fn from_js(value: &JsValue) -> Option<Entry> {
        let string = |key: &str| protocol::get_string(value, key);
        let number = |key: &str| protocol::get_number(value, key);
        Some(Entry {
            id: string("id")?,
            title: string("title").unwrap_or_default(),
            published: string("published").unwrap_or_default(),
            n_speakers: number("speakers").unwrap_or(0.0) as u32,
            opened: number("opened").unwrap_or(0.0),
        })
    }
}

/// Asks the worker's library.
async fn ask(pairs: &[(&str, &JsValue)]) -> Result<JsValue, ()> {
    let op = JsValue::from_str(protocol::OP_LIBRARY);
    let mut message = vec![(protocol::OP, &op)];
    message.extend_from_slice(pairs);
    worker::ask_value(object(&message), protocol::VALUE)
        .await
        .map_err(drop)
}

fn action(name: &str) -> JsValue {
    JsValue::from_str(name)
}

/// Saves an entry and its text in the background, after the current task (the article shows
/// first); [`list`] waits for it.
pub fn keep(entry: Entry, text: String) {
    let mut settle = None;
    let saved = js_sys::Promise::new(&mut |resolve, _reject| settle = Some(resolve));
    SAVING.with(|saving| saving.replace(Some(saved)));
    wasm_bindgen_futures::spawn_local(async move {
        dom::next_task().await;
        let _ = save(&entry, &text).await;
        if let Some(settle) = settle {
            let _ = settle.call0(&JsValue::UNDEFINED);
        }
    });
}

/// All entries, most recently opened first, once the save in flight (if any) is done.
pub async fn list() -> Vec<Entry> {
    if let Some(saved) = SAVING.with(|saving| saving.borrow().clone()) {
        let _ = wasm_bindgen_futures::JsFuture::from(saved).await;
    }
    let Ok(values) = ask(&[(protocol::ACTION, &action("list"))]).await else {
        return Vec::new();
    };
    js_sys::Array::from(&values)
        .iter()
        .filter_map(|value| Entry::from_js(&value))
        .collect()
}

/// The text of entry `id`.
pub async fn text(id: &str) -> Option<String> {
    ask(&[(protocol::ACTION, &action("text")), ("id", &id.into())])
        .await
        .ok()?
        .as_string()
}

/// Saves an entry and its text (replacing an entry with the same id). The text goes as UTF-8
/// bytes ([`protocol::get_text`]).
pub async fn save(entry: &Entry, text: &str) -> Result<(), ()> {
    let pairs = [
        (protocol::ACTION, &action("save")),
        ("entry", &entry.to_js()),
        (protocol::TEXT, &js_sys::Uint8Array::from(text.as_bytes())),
    ];
    ask(&pairs).await.map(drop)
}

/// Renames entry `id`.
pub async fn rename(id: &str, title: &str) -> Result<(), ()> {
    let pairs = [
        (protocol::ACTION, &action("rename")),
        ("id", &id.into()),
        ("title", &title.into()),
    ];
    ask(&pairs).await.map(drop)
}

/// Deletes entry `id` and its text.
pub async fn delete(id: &str) -> Result<(), ()> {
    let pairs = [(protocol::ACTION, &action("delete")), ("id", &id.into())];
    ask(&pairs).await.map(drop)
}

/// Deletes every entry and text.
pub async fn clear() -> Result<(), ()> {
    ask(&[(protocol::ACTION, &action("clear"))]).await.map(drop)
}
