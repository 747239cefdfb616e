//! The analysis Web Worker: receives article text, runs `analysis::analyze`, and answers with
//! `{ bytes: Uint8Array (wire format), ms: number, preview: number }`. A long article first gets a
//! quick answer for its opening (`preview` is the analysed length, see `wire::preview_len`), then
//! the whole (`preview` 0). It first posts `"ready"` once it listens. Trunk builds it for wasm32 as
//! `worker.js` + `worker_bg.wasm` with a loader shim (`worker_loader.js`); natively it is empty.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let text = event.data().as_string().unwrap_or_default();
            let now = || {
                js_sys::Reflect::get(&js_sys::global(), &"performance".into())
                    .ok()
                    .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
                    .map_or(0.0, |p| p.now())
            };
            let answer = |part: &str, preview: usize| {
                let start = now();
                let bytes =
                    article_explorer::wire::encode(&article_explorer::analysis::analyze(part));
                let ms = now() - start;
                let reply = js_sys::Object::new();
                let _ = js_sys::Reflect::set(
                    &reply,
                    &"bytes".into(),
                    &js_sys::Uint8Array::from(&bytes[..]),
                );
                let _ = js_sys::Reflect::set(&reply, &"ms".into(), &JsValue::from_f64(ms));
                let _ = js_sys::Reflect::set(
                    &reply,
                    &"preview".into(),
                    &JsValue::from_f64(preview as f64),
                );
                let _ = reply_scope.post_message(&reply);
            };
            if let Some(len) = article_explorer::wire::preview_len(&text) {
                answer(&text[..len], len);
            }
            answer(&text, 0);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrive before the wasm has started are dropped, so say when it is ready.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
