//! The private library: every article the reader opens, kept on this device only, in
//! IndexedDB (localStorage holds too little for long articles). This is the only code that
//! touches IndexedDB; it runs in the worker (workers have IndexedDB too), so that none of it is
//! in the page's wasm. The page asks through `article_explorer::ui::library`.
//!
//! Database `article-explorer`, version 1, two object stores: `entries` (key path `id`: the
//! entry's title, date, number of speakers and when it was last opened; listed without reading
//! any text) and `texts` (the article text, keyed by the same id, read only to reopen it). The
//! id is `crate::carry::text_id` of the text, so opening the same text again updates its entry.
//! Every operation is total: when storage is unavailable (a private window that refuses it) the
//! library is simply empty, and opening articles still works.

use article_explorer::ui::library::Entry;
use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "article-explorer";
const ENTRIES: &str = "entries";
const TEXTS: &str = "texts";

/// Answers a library request (`article_explorer::protocol`, `op: "library"`).
pub async fn answer(request: &JsValue) -> Result<JsValue, ()> {
    use article_explorer::protocol::{get_string, get_text, ACTION, TEXT};
    let string = |key: &str| get_string(request, key).unwrap_or_default();
    let done = |_: ()| JsValue::TRUE;
    match string(ACTION).as_str() {
        "list" => Ok(list()
            .await
            .iter()
            .map(Entry::to_js)
            .collect::<js_sys::Array>()
            .into()),
        "text" => Ok(text(&string("id"))
            .await
            .map_or(JsValue::NULL, JsValue::from)),
        "save" => {
            let entry = js_sys::Reflect::get(request, &"entry".into()).map_err(drop)?;
            let entry = Entry::from_js(&entry).ok_or(())?;
            save(&entry, &get_text(request, TEXT).unwrap_or_default())
                .await
                .map(done)
        }
        "rename" => rename(&string("id"), &string("title")).await.map(done),
        "delete" => delete(&string("id")).await.map(done),
        "clear" => clear().await.map(done),
        _ => Err(()),
    }
}

/// All entries, most recently opened first.
pub async fn list() -> Vec<Entry> {
    let Ok(store) = store(ENTRIES).await else {
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
    entries.sort_by(|a, b| b.opened.total_cmp(&a.opened));
    entries
}

/// The text of entry `id`.
pub async fn text(id: &str) -> Option<String> {
    let store = store(TEXTS).await.ok()?;
    let request = store.get(&id.into()).ok()?;
    done(&request).await.ok()?.as_string()
}

/// Saves an entry and its text (replacing an entry with the same id), in one transaction.
pub async fn save(entry: &Entry, text: &str) -> Result<(), ()> {
    let (transaction, committed) = begin(&[TEXTS, ENTRIES]).await?;
    let texts = transaction.object_store(TEXTS).map_err(drop)?;
    texts
        .put_with_key(&text.into(), &entry.id.as_str().into())
        .map_err(drop)?;
    let entries = transaction.object_store(ENTRIES).map_err(drop)?;
    entries.put(&entry.to_js()).map_err(drop)?;
    settled(committed).await
}

/// Renames entry `id`.
pub async fn rename(id: &str, title: &str) -> Result<(), ()> {
    let (transaction, committed) = begin(&[ENTRIES]).await?;
    let entries = transaction.object_store(ENTRIES).map_err(drop)?;
    let value = done(&entries.get(&id.into()).map_err(drop)?).await?;
    let mut entry = Entry::from_js(&value).ok_or(())?;
    entry.title = title.to_string();
    entries.put(&entry.to_js()).map_err(drop)?;
    settled(committed).await
}

/// Deletes entry `id` and its text, in one transaction.
pub async fn delete(id: &str) -> Result<(), ()> {
    let (transaction, committed) = begin(&[ENTRIES, TEXTS]).await?;
    for name in [ENTRIES, TEXTS] {
        transaction
            .object_store(name)
            .map_err(drop)?
            .delete(&id.into())
            .map_err(drop)?;
    }
    settled(committed).await
}

/// Deletes every entry and text, in one transaction.
pub async fn clear() -> Result<(), ()> {
    let (transaction, committed) = begin(&[ENTRIES, TEXTS]).await?;
    for name in [ENTRIES, TEXTS] {
        transaction
            .object_store(name)
            .map_err(drop)?
            .clear()
            .map_err(drop)?;
    }
    settled(committed).await
}

/// An object store in a read-only transaction of its own.
async fn store(name: &str) -> Result<IdbObjectStore, ()> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_and_mode(name, IdbTransactionMode::Readonly)
        .map_err(drop)?;
    transaction.object_store(name).map_err(drop)
}

/// A read-write transaction over `stores`, and what settles once it has committed. A write is
/// only done then: its requests succeeding is not enough, as the page ends this worker as soon
/// as it answers, and a worker ended before the commit loses the writes (the library then
/// missed the article just opened).
async fn begin(stores: &[&str]) -> Result<(IdbTransaction, JsFuture), ()> {
    let database = open().await?;
    let names: js_sys::Array = stores.iter().map(|name| JsValue::from_str(name)).collect();
    let transaction = database
        .transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite)
        .map_err(drop)?;
    let promise = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    Ok((transaction, JsFuture::from(promise)))
}

/// Waits for the commit that [`begin`] handed out.
async fn settled(committed: JsFuture) -> Result<(), ()> {
    committed.await.map(drop).map_err(drop)
}

/// Opens the database, creating its stores on first use.
async fn open() -> Result<IdbDatabase, ()> {
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let factory = scope.indexed_db().map_err(drop)?.ok_or(())?;
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
