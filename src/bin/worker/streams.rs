//! Raw DEFLATE through the browser's own `CompressionStream` and `DecompressionStream`
//! (Compression Streams, WHATWG): no compressor ships in our wasm. Reached through
//! `js_sys::Reflect`, so no unstable web-sys bindings are needed.

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const FORMAT: &str = "deflate-raw";

/// Compresses `bytes`.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let stream = transform(bytes, "CompressionStream")
        .ok_or("this browser cannot compress a link (no CompressionStream)")?;
    read_all(stream, usize::MAX)
        .await
        .map_err(|()| "compressing the article failed".to_string())
}

/// Decompresses `bytes`, refusing output longer than `limit`.
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, String> {
    let stream = transform(bytes, "DecompressionStream")
        .ok_or("this browser cannot open an article from a link (no DecompressionStream)")?;
    read_all(stream, limit)
        .await
        .map_err(|()| "the article in this link is damaged or too large".to_string())
}

/// `new Blob([bytes]).stream().pipeThrough(new <constructor>("deflate-raw"))`.
fn transform(bytes: &[u8], constructor: &str) -> Option<JsValue> {
    let constructor: Function = Reflect::get(&js_sys::global(), &constructor.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let transform = Reflect::construct(&constructor, &Array::of1(&FORMAT.into())).ok()?;
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let stream = call(&blob, "stream", &[]).ok()?;
    call(&stream, "pipeThrough", &[transform]).ok()
}

/// Reads a byte stream to its end, chunk by chunk, stopping past `limit` bytes.
async fn read_all(stream: JsValue, limit: usize) -> Result<Vec<u8>, ()> {
    let reader = call(&stream, "getReader", &[]).map_err(|_| ())?;
    let mut out = Vec::new();
    loop {
        let promise: Promise = call(&reader, "read", &[])
            .map_err(|_| ())?
            .dyn_into()
            .map_err(|_| ())?;
        let chunk = JsFuture::from(promise).await.map_err(|_| ())?;
        if Reflect::get(&chunk, &"done".into())
            .map_err(|_| ())?
            .is_truthy()
        {
            return Ok(out);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(|_| ())?
            .dyn_into()
            .map_err(|_| ())?;
        if out.len() + value.length() as usize > limit {
            let _ = call(&reader, "cancel", &[]);
            return Err(());
        }
        out.extend(value.to_vec());
    }
}

/// Calls the method `name` of `target`.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let method: Function = Reflect::get(target, &name.into())?.dyn_into()?;
    method.apply(target, &args.iter().collect::<Array>())
}
