//! One request of the worker protocol (`article_explorer::protocol`), start to finish.

use article_explorer::protocol::{self, object};
use article_explorer::{analysis, carry, extract, view, wire};
use wasm_bindgen::{JsCast, JsValue};

use crate::streams;

/// Answers one request.
pub async fn handle(request: JsValue) {
    let op = protocol::get_string(&request, protocol::OP).unwrap_or_default();
    let text = protocol::get_string(&request, protocol::TEXT);
    let outcome = match op.as_str() {
        // Text that is a web page's source (typed or pasted as text) is extracted too.
        protocol::OP_OPEN => text
            .map(|text| match extract::looks_like_html(&text) {
                true => extract::article_from_html(&text).text,
                false => text,
            })
            .ok_or_else(no_text),
        protocol::OP_HTML => text
            .map(|html| extract::article_from_html(&html).text)
            .ok_or_else(no_text),
        protocol::OP_EXTRACT => {
            let text = extract::article_from_html(&text.unwrap_or_default()).text;
            return post(&[
                (protocol::KIND, &protocol::KIND_TEXT.into()),
                (protocol::TEXT, &text.into()),
            ]);
        }
        protocol::OP_JSON => {
            let text = text.unwrap_or_default();
            let analysis = analysis::analyze(&text);
            let json = serde_json::to_string_pretty(&view::view(&text, &analysis));
            let json = json.unwrap_or_else(|_| "null".to_string());
            return post(&[
                (protocol::KIND, &protocol::KIND_JSON.into()),
                (protocol::JSON, &json.into()),
            ]);
        }
        protocol::OP_STATEMENTS => {
            let text = text.unwrap_or_default();
            let rendered = article_explorer::statements::render(&text, &analysis::analyze(&text));
            return post(&[
                (protocol::KIND, &protocol::KIND_STATEMENTS.into()),
                (protocol::VIEW, &rendered.view.into()),
                (protocol::EVIDENCE, &rendered.evidence.into()),
                (protocol::CELLS, &rendered.cells.into()),
                (protocol::TRANSCRIPT, &rendered.transcript.into()),
            ]);
        }
        protocol::OP_DOC => open_payload(protocol::get_string(&request, protocol::DOC)).await,
        protocol::OP_LIBRARY => {
            return match crate::library::answer(&request).await {
                Ok(value) => post(&[
                    (protocol::KIND, &protocol::KIND_LIBRARY.into()),
                    (protocol::VALUE, &value),
                ]),
                Err(()) => post_error("this browser's storage is not available"),
            };
        }
        _ => Err("the analysis worker got a request it does not know".to_string()),
    };
    let text = match outcome {
        Ok(text) => text,
        Err(why) => return post_error(&why),
    };
    analyse(&text);
    let share = js_sys::Reflect::get(&request, &protocol::SHARE.into())
        .is_ok_and(|share| share.is_truthy());
    if !share {
        return;
    }
    // The share payload comes after the analysis, so that it never delays the first view.
    match streams::deflate(text.as_bytes()).await {
        Ok(compressed) => post(&[
            (protocol::KIND, &protocol::KIND_DOC.into()),
            (protocol::DOC, &carry::encode(&compressed).into()),
        ]),
        Err(why) => post_error(&why),
    }
}

fn no_text() -> String {
    "the analysis worker got no text".to_string()
}

/// Decodes, checks and decompresses a link's `doc` payload.
async fn open_payload(payload: Option<String>) -> Result<String, String> {
    let compressed = carry::decode(&payload.unwrap_or_default()).map_err(|e| e.to_string())?;
    let bytes = streams::inflate(&compressed, protocol::MAX_LINK_TEXT).await?;
    String::from_utf8(bytes).map_err(|_| "the article in this link is not valid text".to_string())
}

/// Posts the analysis: first of a long article's opening, then of the whole.
fn analyse(text: &str) {
    if let Some(len) = wire::preview_len(text) {
        let bytes = wire::encode(&analysis::analyze(&text[..len]));
        post_buffers(protocol::KIND_PREVIEW, &bytes, &text[..len], None);
    }
    let start = now();
    let bytes = wire::encode(&analysis::analyze(text));
    let ms = now() - start;
    post_buffers(protocol::KIND_ANALYSIS, &bytes, text, Some(ms));
}

/// Posts an analysis reply: the wire bytes and the text as UTF-8 bytes, both transferred rather
/// than copied, so the page's side of a 10 MB article is a cheap message (a 10 MB string took
/// the page about 200 ms to receive, and more to copy into its wasm).
fn post_buffers(kind: &str, bytes: &[u8], text: &str, ms: Option<f64>) {
    let bytes = js_sys::Uint8Array::from(bytes);
    let text_bytes = js_sys::Uint8Array::from(text.as_bytes());
    let message = object(&[
        (protocol::KIND, &kind.into()),
        (protocol::BYTES, &bytes),
        (protocol::TEXT, &text_bytes),
        (
            protocol::MS,
            &ms.map_or(JsValue::UNDEFINED, JsValue::from_f64),
        ),
        // The whole article's library id; a preview needs none.
        (
            protocol::ID,
            &ms.map_or(JsValue::UNDEFINED, |_| carry::text_id(text).into()),
        ),
    ]);
    let transfer = js_sys::Array::of2(&bytes.buffer(), &text_bytes.buffer());
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message_with_transfer(&message, &transfer);
}

fn post_error(why: &str) {
    post(&[
        (protocol::KIND, &protocol::KIND_ERROR.into()),
        (protocol::ERROR, &why.into()),
    ]);
}

fn post(pairs: &[(&str, &JsValue)]) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message(&object(pairs));
}

fn now() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map_or(0.0, |p| p.now())
}
