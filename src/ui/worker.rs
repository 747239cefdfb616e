//! The page's client of the analysis worker (`crate::protocol`): starts `worker_loader.js`,
//! sends one request, hands a long article's opening to a callback, returns the analysis, and
//! delivers the share payload later. Starting an analysis cancels the one before it.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::protocol::{self, object};
use crate::ui::dom::mark;

/// What the worker is asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Analyse plain text; `share` asks for its link payload too.
    Text { text: String, share: bool },
    /// Extract the article from a web page, then analyse it (and make its link payload).
    Html(String),
    /// Only extract the article from a web page.
    Extract(String),
    /// Open a version-2 link's payload.
    Payload(String),
    /// The analysis as JSON.
    Json(String),
    /// "Who says what about whom".
    Statements(String),
}

impl Request {
    fn to_message(&self) -> JsValue {
        let (op, key, value, share) = match self {
            Request::Text { text, share } => (protocol::OP_OPEN, protocol::TEXT, text, *share),
            Request::Html(html) => (protocol::OP_HTML, protocol::TEXT, html, true),
            Request::Extract(html) => (protocol::OP_EXTRACT, protocol::TEXT, html, false),
            Request::Payload(doc) => (protocol::OP_DOC, protocol::DOC, doc, false),
            Request::Json(text) => (protocol::OP_JSON, protocol::TEXT, text, false),
            Request::Statements(text) => (protocol::OP_STATEMENTS, protocol::TEXT, text, false),
        };
        object(&[
            (protocol::OP, &op.into()),
            (key, &value.into()),
            (protocol::SHARE, &share.into()),
        ])
    }
}

/// The whole article's analysis.
pub struct Analysed {
    pub text: String,
    /// The text's library id (`crate::carry::text_id`), computed by the worker.
    pub id: String,
    pub bytes: Vec<u8>,
    /// The engine's own time, in milliseconds.
    pub ms: f64,
}

thread_local! {
    /// The worker of the analysis under way, terminated when another starts.
    static CURRENT: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
}

/// Stops the analysis under way, if any.
pub fn cancel() {
    if let Some(worker) = CURRENT.with(|current| current.borrow_mut().take()) {
        worker.terminate();
    }
}

/// Runs `request` (awaited while the worker's wasm loads) in a fresh worker. A long article's
/// opening goes to `on_preview` (text, wire bytes) first; the share payload, when asked for, to
/// `on_payload` after the result.
pub async fn analyse(
    request: impl Future<Output = Result<Request, String>>,
    on_preview: impl Fn(String, Vec<u8>) + 'static,
    on_payload: impl FnOnce(String) + 'static,
) -> Result<Analysed, String> {
    cancel();
    let session = Session::start()?;
    CURRENT.with(|current| *current.borrow_mut() = Some(session.worker.clone()));
    let request = match request.await {
        Ok(request) => request,
        Err(why) => {
            cancel();
            return Err(why);
        }
    };
    let wants_payload = matches!(
        request,
        Request::Text { share: true, .. } | Request::Html(_)
    );
    session.send(request.to_message());
    loop {
        let reply = session.next().await?;
        match protocol::get_string(&reply, protocol::KIND).as_deref() {
            Some(protocol::KIND_PREVIEW) => {
                let text = text_of(&reply);
                let bytes = protocol::get_bytes(&reply, protocol::BYTES).unwrap_or_default();
                on_preview(text, bytes);
            }
            Some(protocol::KIND_ANALYSIS) => {
                mark("ae:worker-reply");
                let analysed = Analysed {
                    text: text_of(&reply),
                    id: protocol::get_string(&reply, protocol::ID).unwrap_or_default(),
                    bytes: protocol::get_bytes(&reply, protocol::BYTES)
                        .ok_or("the analysis worker sent a malformed answer")?,
                    ms: protocol::get_number(&reply, protocol::MS).unwrap_or(0.0),
                };
                session.finish_later(wants_payload, on_payload);
                return Ok(analysed);
            }
            _ => return Err(session.failure(&reply)),
        }
    }
}

/// Asks a fresh worker for the analysis of `text` as JSON (`explore analyze`'s output).
pub async fn json(text: String) -> Result<String, String> {
    ask(Request::Json(text), protocol::JSON).await
}

/// Asks a fresh worker for "Who says what about whom" in `text`.
pub async fn statements(text: String) -> Result<crate::ui::state::Statements, String> {
    let reply = ask_value(Request::Statements(text).to_message(), "").await?;
    let part = |key| protocol::get_string(&reply, key).unwrap_or_default().into();
    Ok(crate::ui::state::Statements {
        view: part(protocol::VIEW),
        evidence: part(protocol::EVIDENCE),
        cells: part(protocol::CELLS),
        transcript: part(protocol::TRANSCRIPT),
    })
}

/// Asks a fresh worker for the article in a web page, as text in the engine's format.
pub async fn extract(html: String) -> Result<String, String> {
    ask(Request::Extract(html), protocol::TEXT).await
}

/// One request, one reply: the reply's `key`, a string.
async fn ask(request: Request, key: &str) -> Result<String, String> {
    ask_value(request.to_message(), key)
        .await?
        .as_string()
        .ok_or_else(|| "the analysis worker sent a malformed answer".to_string())
}

/// One message, one reply: the reply's `key`, whatever it holds, or with an empty key the whole
/// reply (an error reply is an error).
pub async fn ask_value(message: JsValue, key: &str) -> Result<JsValue, String> {
    let session = Session::start()?;
    session.send(message);
    let reply = session.next().await?;
    if protocol::get_string(&reply, protocol::KIND).as_deref() == Some(protocol::KIND_ERROR) {
        return Err(session.failure(&reply));
    }
    let answer = match key {
        "" => Ok(reply),
        _ => js_sys::Reflect::get(&reply, &JsValue::from_str(key))
            .map_err(|_| session.failure(&reply)),
    };
    session.worker.terminate();
    answer
}

/// One worker and the queue of its messages.
struct Session {
    worker: web_sys::Worker,
    inbox: Rc<RefCell<Inbox>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    /// Fails the session if the worker has not said it is ready in time: a worker whose wasm
    /// cannot load rejects a promise inside itself, which no event on the page reports.
    _start_timeout: gloo::timers::callback::Timeout,
    /// Fails the session if the worker, started, has sent nothing in time: a worker stuck in a
    /// loop, or out of memory without an error event.
    _answer_timeout: gloo::timers::callback::Timeout,
}

/// How long a worker may take to load its wasm and say it is ready.
const START_TIMEOUT_MS: u32 = 20_000;

/// How long a worker may take to send its first message after it starts: a 32 MB article (the
/// largest a link may carry) takes about 10 s on a 2-core laptop, and its preview comes first.
const ANSWER_TIMEOUT_MS: u32 = 120_000;

/// A timer that fails the session with `why` unless `done` holds by then (one closure type for
/// both timers: each distinct closure costs the page's wasm).
fn fail_unless(
    inbox: &Rc<RefCell<Inbox>>,
    ms: u32,
    done: fn(&Inbox) -> bool,
    why: &'static str,
) -> gloo::timers::callback::Timeout {
    let inbox = inbox.clone();
    gloo::timers::callback::Timeout::new(ms, move || {
        let mut inbox = inbox.borrow_mut();
        if !done(&inbox) {
            inbox.push(Err(why.to_string()));
        }
    })
}

/// Messages not yet read, the request waiting for the ready signal, and the reader to wake.
#[derive(Default)]
struct Inbox {
    ready: bool,
    /// Messages received after the ready signal.
    received: u32,
    request: Option<JsValue>,
    messages: Vec<Result<JsValue, String>>,
    wake: Option<js_sys::Function>,
}

impl Session {
    fn start() -> Result<Session, String> {
        let worker = web_sys::Worker::new("./worker_loader.js")
            .map_err(|_| "the analysis worker could not start".to_string())?;
        let inbox: Rc<RefCell<Inbox>> = Rc::default();
        let on_message = {
            let (inbox, worker) = (inbox.clone(), worker.clone());
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                let mut inbox = inbox.borrow_mut();
                if data.as_string().as_deref() == Some(protocol::READY) {
                    inbox.ready = true;
                    if let Some(request) = inbox.request.take() {
                        let _ = worker.post_message(&request);
                    }
                    return;
                }
                inbox.push(Ok(data));
            })
        };
        let on_error = {
            let inbox = inbox.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
                inbox
                    .borrow_mut()
                    .push(Err("the analysis worker failed".to_string()));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let start_timeout = fail_unless(
            &inbox,
            START_TIMEOUT_MS,
            |inbox| inbox.ready,
            "the analysis worker could not start",
        );
        let answer_timeout = fail_unless(
            &inbox,
            ANSWER_TIMEOUT_MS,
            |inbox| inbox.received > 0,
            "the analysis worker stopped answering",
        );
        Ok(Session {
            worker,
            inbox,
            _on_message: on_message,
            _on_error: on_error,
            _start_timeout: start_timeout,
            _answer_timeout: answer_timeout,
        })
    }

    /// Sends the request now, or once the worker says it is ready.
    fn send(&self, request: JsValue) {
        let mut inbox = self.inbox.borrow_mut();
        if inbox.ready {
            let _ = self.worker.post_message(&request);
        } else {
            inbox.request = Some(request);
        }
    }

    /// The next message.
    async fn next(&self) -> Result<JsValue, String> {
        loop {
            let message = {
                let mut inbox = self.inbox.borrow_mut();
                // A handful of messages per worker: no queue type needed.
                (!inbox.messages.is_empty()).then(|| inbox.messages.remove(0))
            };
            if let Some(message) = message {
                return message;
            }
            let inbox = self.inbox.clone();
            let promise = js_sys::Promise::new(&mut |resolve, _reject| {
                inbox.borrow_mut().wake = Some(resolve);
            });
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
    }

    /// The reader's sentence for an unexpected or error reply.
    fn failure(&self, reply: &JsValue) -> String {
        self.worker.terminate();
        protocol::get_string(reply, protocol::ERROR)
            .unwrap_or_else(|| "the analysis worker sent a malformed answer".to_string())
    }

    /// Waits for the share payload, if asked for, in the background; then ends the worker.
    fn finish_later(self, wants_payload: bool, on_payload: impl FnOnce(String) + 'static) {
        if !wants_payload {
            self.end();
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(reply) = self.next().await {
                if let Some(doc) = protocol::get_string(&reply, protocol::DOC) {
                    on_payload(doc);
                }
            }
            self.end();
        });
    }

    fn end(self) {
        self.worker.terminate();
        CURRENT.with(|current| {
            let mut current = current.borrow_mut();
            if current.as_ref() == Some(&self.worker) {
                *current = None;
            }
        });
    }
}

impl Inbox {
    fn push(&mut self, message: Result<JsValue, String>) {
        self.received += 1;
        self.messages.push(message);
        if let Some(wake) = self.wake.take() {
            let _ = wake.call0(&JsValue::UNDEFINED);
        }
    }
}

/// An analysis reply's text, sent as UTF-8 bytes (`crate::protocol`).
fn text_of(reply: &JsValue) -> String {
    protocol::get_bytes(reply, protocol::TEXT)
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}
