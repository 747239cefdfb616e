//! The analysis Web Worker: the engine, the HTML extractor and the link payload codec, off the
//! page's main thread and out of the page's wasm. It speaks `article_explorer::protocol`: after
//! posting `"ready"` it takes requests (open text, open HTML, open a link's payload, export
//! JSON) and answers with wire-format analyses, a share payload, JSON or an error sentence.
//! Trunk builds it for wasm32 as `worker.js` + `worker_bg.wasm` with a loader shim
//! (`worker_loader.js`); natively it is empty.

#[cfg(target_arch = "wasm32")]
#[path = "worker/jobs.rs"]
mod jobs;
#[cfg(target_arch = "wasm32")]
#[path = "worker/library.rs"]
mod library;
#[cfg(target_arch = "wasm32")]
#[path = "worker/streams.rs"]
mod streams;

#[cfg(target_arch = "wasm32")]
fn main() {
    use article_explorer::protocol;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            wasm_bindgen_futures::spawn_local(jobs::handle(event.data()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrive before the wasm has started are dropped, so say when it is ready.
    let _ = scope.post_message(&JsValue::from_str(protocol::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
