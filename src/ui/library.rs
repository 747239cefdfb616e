//! The private library: every article the reader opens, kept on this device only, in
//! IndexedDB (localStorage holds too little for long articles). This is the only code that
//! touches IndexedDB.
//!
//! Database `article-explorer`, version 1, two object stores: `entries` (key path `id`: the
//! entry's title, date, number of speakers and when it was last opened; listed without reading
//! any text) and `texts` (the article text, keyed by the same id, read only to reopen it). The
//! id is `crate::carry::text_id` of the text, so opening the same text again updates its entry.
//! Every operation is total: when storage is unavailable (a private window that refuses it) the
//! library is simply empty, and opening articles still works.

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "article-explorer";
const ENTRIES: &str = "entries";
const TEXTS: &str = "texts";

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
    fn to_js(&self) -> JsValue {
        crate::protocol::object(&[
            ("id", &self.id.as_str().into()),
            ("title", &self.title.as_str().into()),
            ("published", &self.published.as_str().into()),
            ("speakers", &self.n_speakers.into()),
            ("opened", &self.opened.into()),
        ])
    }

    fn from_js(value: &JsValue) -> Option<Entry> {
        let string = |key: &str| crate::protocol::get_string(value, key);
        let number = |key: &str| crate::protocol::get_number(value, key);
        Some(Entry {
            id: string("id")?,
            title: string("title").unwrap_or_default(),
            published: string("published").unwrap_or_default(),
            n_speakers: number("speakers").unwrap_or(0.0) as u32,
            opened: number("opened").unwrap_or(0.0),
        })
    }
}

/// All entries, most recently opened first.
pub async fn list() -> Vec<Entry> {
    let Ok(store) = store(ENTRIES, IdbTransactionMode::Readonly).await else {
        return Vec::new();
    };
    let Ok(all) = store.get_all().map_err(drop) else {
        return Vec::new();
    };
    let Ok(values) = done(&all).await else {
        return Vec::new();
    };
    let mut entries: Vec<Entry> = js_sys::Array::from(&values)
        .iter()
        .filter_map(|value| Entry::from_js(&value))
        .collect();
    // The page's one small sort (std's sorts are kilobytes of wasm); whole milliseconds suffice.
    crate::ui::model::insertion_sort_by_key(&mut entries, |entry| {
        std::cmp::Reverse(entry.opened as u64)
    });
    entries
}

/// The text of entry `id`.
pub async fn text(id: &str) -> Option<String> {
    let store = store(TEXTS, IdbTransactionMode::Readonly).await.ok()?;
    let request = store.get(&id.into()).ok()?;
    done(&request).await.ok()?.as_string()
}

/// Saves an entry and its text (replacing an entry with the same id).
pub async fn save(entry: &Entry, text: &str) -> Result<(), ()> {
    let texts = store(TEXTS, IdbTransactionMode::Readwrite).await?;
    done(
        &texts
            .put_with_key(&text.into(), &entry.id.as_str().into())
            .map_err(drop)?,
    )
    .await?;
    let entries = store(ENTRIES, IdbTransactionMode::Readwrite).await?;
    done(&entries.put(&entry.to_js()).map_err(drop)?).await?;
    Ok(())
}

/// Renames entry `id`.
pub async fn rename(id: &str, title: &str) -> Result<(), ()> {
    let entries = store(ENTRIES, IdbTransactionMode::Readwrite).await?;
    let value = done(&entries.get(&id.into()).map_err(drop)?).await?;
    let mut entry = Entry::from_js(&value).ok_or(())?;
    entry.title = title.to_string();
    done(&entries.put(&entry.to_js()).map_err(drop)?).await?;
    Ok(())
}

/// Deletes entry `id` and its text.
pub async fn delete(id: &str) -> Result<(), ()> {
    for name in [ENTRIES, TEXTS] {
        let store = store(name, IdbTransactionMode::Readwrite).await?;
        done(&store.delete(&id.into()).map_err(drop)?).await?;
    }
    Ok(())
}

/// Deletes every entry and text.
pub async fn clear() -> Result<(), ()> {
    for name in [ENTRIES, TEXTS] {
        let store = store(name, IdbTransactionMode::Readwrite).await?;
        done(&store.clear().map_err(drop)?).await?;
    }
    Ok(())
}

/// An object store in a transaction of its own.
async fn store(name: &str, mode: IdbTransactionMode) -> Result<IdbObjectStore, ()> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_and_mode(name, mode)
        .map_err(drop)?;
    transaction.object_store(name).map_err(drop)
}

/// Opens the database, creating its stores on first use.
async fn open() -> Result<IdbDatabase, ()> {
    let factory = web_sys::window()
        .ok_or(())?
        .indexed_db()
        .map_err(drop)?
        .ok_or(())?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(drop)?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
            let Ok(database) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) else {
                return;
            };
            let parameters = web_sys::IdbObjectStoreParameters::new();
            parameters.set_key_path(&"id".into());
            let _ = database.create_object_store_with_optional_parameters(ENTRIES, &parameters);
            let _ = database.create_object_store(TEXTS);
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let database = done(&request).await?;
    drop(upgrade);
    database.dyn_into().map_err(drop)
}

/// The result of a request, once it succeeds.
async fn done(request: &IdbRequest) -> Result<JsValue, ()> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.map_err(drop)?;
    // A request that succeeded has a result: `undefined` for a missing key.
    request.result().map_err(drop)
}
