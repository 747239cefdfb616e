//! The analysis worker's protocol, one home for both sides: the page's client
//! (`crate::ui::worker`) and the worker (`src/bin/worker.rs`).
//!
//! The worker first posts the string [`READY`]. The page then posts one request, an object
//! `{ op, text | doc, share }`:
//! - `op: "open"`: analyse `text` (plain text in the engine's article format; a web page's source,
//!   by `crate::extract::looks_like_html`, is extracted first);
//! - `op: "html"`: extract the article from the HTML page `text` (`crate::extract`), then analyse;
//! - `op: "extract"`: only extract, answering `{ kind: "text", text }` (a pasted web page, shown
//!   to the reader for checking before the analysis);
//! - `op: "doc"`: decode a version-2 link's `doc` payload (`crate::carry`), decompress, analyse;
//! - `op: "statements"`: answer with "Who says what about whom" for `text`
//!   (`crate::statements::render`): `{ kind: "statements", view, evidence, cells, transcript }`, strings;
//! - `op: "json"`: answer with the analysis of `text` as `article-explorer/analysis@1` JSON;
//! - `op: "library"`: the private library in IndexedDB, by `action`: `list`, `text` (`id`),
//!   `save` (`entry`, `text`), `rename` (`id`, `title`), `delete` (`id`), `clear`; answered with
//!   `{ kind: "library", value }` (the entries, the text, or `true`).
//!
//! Replies are objects with a `kind`:
//! - `"preview"`: `{ bytes, text }`, the wire-format analysis of the opening of a long article
//!   (cut at [`crate::wire::preview_len`]) and that opening;
//! - `"analysis"`: `{ bytes, id, ms, text }`, the whole article's analysis, the text's library
//!   id ([`crate::carry::text_id`]), the engine's time, and the analysed text (after extraction
//!   or decoding). In both, `bytes` and `text` are
//!   `Uint8Array`s (the text in UTF-8) whose buffers are transferred, not copied
//!   ([`get_text`]);
//! - `"doc"`: `{ doc }`, the text's share payload (`crate::carry`), sent after `"analysis"` when
//!   the request asked for it with `share: true`;
//! - `"json"`: `{ json }`;
//! - `"error"`: `{ error }`, a sentence for the reader.

use wasm_bindgen::JsValue;

/// The first message of a started worker.
pub const READY: &str = "ready";

/// Request operations.
pub const OP_OPEN: &str = "open";
pub const OP_HTML: &str = "html";
pub const OP_DOC: &str = "doc";
pub const OP_JSON: &str = "json";
pub const OP_EXTRACT: &str = "extract";
pub const OP_LIBRARY: &str = "library";
pub const OP_STATEMENTS: &str = "statements";

/// Reply kinds.
pub const KIND_PREVIEW: &str = "preview";
pub const KIND_ANALYSIS: &str = "analysis";
pub const KIND_DOC: &str = "doc";
pub const KIND_JSON: &str = "json";
pub const KIND_ERROR: &str = "error";
pub const KIND_TEXT: &str = "text";
pub const KIND_LIBRARY: &str = "library";
pub const KIND_STATEMENTS: &str = "statements";

/// Object keys.
pub const OP: &str = "op";
pub const KIND: &str = "kind";
pub const TEXT: &str = "text";
pub const DOC: &str = "doc";
pub const BYTES: &str = "bytes";
pub const MS: &str = "ms";
pub const JSON: &str = "json";
pub const ERROR: &str = "error";
pub const ID: &str = "id";
pub const SHARE: &str = "share";
pub const ACTION: &str = "action";
pub const VALUE: &str = "value";
pub const VIEW: &str = "view";
pub const EVIDENCE: &str = "evidence";
pub const CELLS: &str = "cells";
pub const TRANSCRIPT: &str = "transcript";

/// The largest article the worker decompresses from a link (bytes of text): a link that
/// inflates past it is refused, whatever its compressed size, so no link can exhaust memory.
pub const MAX_LINK_TEXT: usize = 32 * 1024 * 1024;

/// A plain object with these properties.
pub fn object(pairs: &[(&str, &JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// A string property of a message.
pub fn get_string(message: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(message, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// A number property of a message.
pub fn get_number(message: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(message, &JsValue::from_str(key))
        .ok()?
        .as_f64()
}

/// A text sent as a string or as UTF-8 bytes (long texts go as bytes: a `Uint8Array` crosses
/// between threads and into wasm as one copy, a 10 MB string costs tens of milliseconds more).
pub fn get_text(message: &JsValue, key: &str) -> Option<String> {
    get_string(message, key).or_else(|| String::from_utf8(get_bytes(message, key)?).ok())
}

/// A byte-array property of a message.
pub fn get_bytes(message: &JsValue, key: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    js_sys::Reflect::get(message, &JsValue::from_str(key))
        .ok()?
        .dyn_into::<js_sys::Uint8Array>()
        .ok()
        .map(|array| array.to_vec())
}
