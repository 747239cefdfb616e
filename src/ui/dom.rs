//! Browser glue: history, clipboard, scrolling, the filter style sheet and the crash screen.
//! Only effects and event handlers call into here, so server-side rendering never does.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, HtmlElement};

/// The text of the element with `id`.
pub fn element_text(id: &str) -> Option<String> {
    gloo::utils::document()
        .get_element_by_id(id)?
        .text_content()
}

/// The window's `location.search` and `location.hash`.
pub fn location() -> (String, String) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Default::default();
    };
    (
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default(),
    )
}

/// The page URL without query and fragment (works from any sub-path).
pub fn base_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// Writes `search + hash` into the address bar, as a new entry (`push`) or in place.
pub fn set_url(search_and_hash: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{search_and_hash}");
    let current = format!(
        "{}{}{}",
        path,
        window.location().search().unwrap_or_default(),
        window.location().hash().unwrap_or_default()
    );
    if url == current {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

fn element_by_id(id: &str) -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Scrolls the element with `id` into view (its `scroll-margin-top` keeps it clear of the bar).
pub fn reveal(id: &str) {
    if let Some(element) = element_by_id(id) {
        element.scroll_into_view();
    }
}

/// Scrolls passage `id` into view (the style sheet's `scroll-margin-top` keeps it clear of the
/// sticky bar) and moves focus to it for screen readers.
/// A link opened from the URL jumps at once (`smooth: false`); a user's jump may glide (the style
/// sheet turns that off for `prefers-reduced-motion`).
pub fn scroll_to_passage(id: &str, smooth: bool, focus: bool) {
    let Some(element) = element_by_id(&format!("p-{id}")) else {
        return;
    };
    USER_MOVED.with(|moved| moved.set(false));
    // Clear of the sticky bar however tall it has wrapped (the style sheet's margin assumes a
    // height); a bar that scrolls away (phones) needs no room.
    if let Ok(element) = element.clone().dyn_into::<HtmlElement>() {
        let bar = gloo::utils::document()
            .query_selector(".app-bar")
            .ok()
            .flatten();
        let sticky = bar.as_ref().is_some_and(|bar| {
            gloo::utils::window()
                .get_computed_style(bar)
                .ok()
                .flatten()
                .and_then(|style| style.get_property_value("position").ok())
                .is_some_and(|position| position == "sticky")
        });
        let room = bar
            .filter(|_| sticky)
            .map_or(0.0, |bar| bar.get_bounding_client_rect().height())
            + 16.0;
        let _ = element
            .style()
            .set_property("scroll-margin-top", &format!("{}px", room as u32));
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    if !smooth {
        options.set_behavior(web_sys::ScrollBehavior::Instant);
    }
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(html) = element.dyn_into::<HtmlElement>().ok().filter(|_| focus) {
        let focus_options = web_sys::FocusOptions::new();
        focus_options.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus_options);
    }
}

/// The top of the reading area in viewport pixels: below the bar while it is on screen.
fn reading_top() -> f64 {
    gloo::utils::document()
        .query_selector(".app-bar")
        .ok()
        .flatten()
        .map_or(0.0, |bar| bar.get_bounding_client_rect().bottom().max(0.0))
}

fn viewport_height() -> f64 {
    gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// Whether passage `id` shows at least in part in the reading area.
pub fn passage_on_screen(id: &str) -> bool {
    element_by_id(&format!("p-{id}")).is_some_and(|element| {
        let rect = element.get_bounding_client_rect();
        rect.bottom() > reading_top() && rect.top() < viewport_height()
    })
}

/// The first passage in the reading area, probed down the article's text column.
pub fn first_passage_on_screen() -> Option<Element> {
    let document = gloo::utils::document();
    let left = element_by_id("article")?.get_bounding_client_rect().left() + 6.0;
    let (top, bottom) = (reading_top(), viewport_height());
    // A few columns: captions and block quotes are indented.
    (0..60)
        .map(|step| top + 6.0 + 14.0 * f64::from(step))
        .take_while(|&y| y < bottom)
        .find_map(|y| {
            [0.0, 24.0, 48.0].iter().find_map(|dx| {
                document
                    .element_from_point((left + dx) as f32, y as f32)?
                    .closest(".passage")
                    .ok()
                    .flatten()
            })
        })
}

thread_local! {
    /// Whether the reader has scrolled (wheel, touch, keys, scroll bar) since the last jump.
    static USER_MOVED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the reader has scrolled (or clicked, or pressed a key) since the last jump.
pub fn reader_moved() -> bool {
    USER_MOVED.with(|moved| moved.get())
}

/// Notes the reader's own scrolling, so that `keep_in_view` never fights it. Call once.
pub fn watch_user_scrolling() {
    let Some(window) = web_sys::window() else {
        return;
    };
    for kind in ["wheel", "touchmove", "keydown", "mousedown"] {
        let listener = gloo::events::EventListener::new(&window, kind, |event| {
            // A key counts only if it scrolls (named keys, Space): one-letter shortcuts (`j`,
            // `k`, `c`) jump instead.
            let scrolls = event.dyn_ref::<web_sys::KeyboardEvent>().is_none_or(|key| {
                let key = key.key();
                key == " " || key.chars().nth(1).is_some()
            });
            if scrolls {
                USER_MOVED.with(|moved| moved.set(true));
            }
        });
        // Lives as long as the page.
        listener.forget();
    }
}

/// Brings passage `id` back into view if it has left the viewport since the jump to it and the
/// reader has not scrolled since. Progressive rendering fills in hundreds of chunks above a
/// deep-linked passage, and it is the browser's scroll anchoring that keeps the passage in place.
/// When anchoring picked a pending placeholder (fixed in the style sheet), the passage ended up
/// above the viewport; this is the safety net for any other such case, run once the article is
/// complete.
pub fn keep_in_view(id: &str) {
    if USER_MOVED.with(|moved| moved.get()) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(element) = element_by_id(&format!("p-{id}")) else {
        return;
    };
    let top = element.get_bounding_client_rect().top();
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if top < 0.0 || top >= height {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Where the legend's folded state is kept in this browser.
const LEGEND_KEY: &str = "article-explorer-legend";

/// Applies the reader's remembered choice to the legend (`details.legend`) and remembers each
/// change, in this browser's local storage; nothing when storage is refused.
pub fn remember_legend() -> Option<gloo::events::EventListener> {
    let details = gloo::utils::document()
        .query_selector("details.legend")
        .ok()??;
    let storage = gloo::utils::window().local_storage().ok()??;
    if storage.get_item(LEGEND_KEY).ok()?.as_deref() == Some("closed") {
        let _ = details.remove_attribute("open");
    }
    let target = details.clone();
    Some(gloo::events::EventListener::new(
        &details,
        "toggle",
        move |_| {
            let state = if target.has_attribute("open") {
                "open"
            } else {
                "closed"
            };
            let _ = storage.set_item(LEGEND_KEY, state);
        },
    ))
}

/// Focuses an element by id.
pub fn focus(id: &str) {
    if let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

thread_local! {
    static FILTER_SHEET: Option<CssStyleSheet> = make_sheet();
}

fn make_sheet() -> Option<CssStyleSheet> {
    let document = web_sys::window()?.document()?;
    let sheet = CssStyleSheet::new().ok()?;
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    Some(sheet)
}

/// Replaces the generated filter rule. A constructed style sheet is CSSOM, which the
/// Content-Security-Policy allows without `unsafe-inline`, and it re-renders no passage.
pub fn set_filter_rule(rule: &str) {
    FILTER_SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            let _ = sheet.replace_sync(rule);
        }
    });
}

/// Writes `text` to the clipboard; `Err` when the browser refuses.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return Err(());
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Whether the Web Share API exists here.
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the system share sheet.
pub fn share(title: &str, url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let promise = window.navigator().share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Selects the contents of an input, for the copy fallback.
pub fn select_input(id: &str) {
    if let Some(input) =
        element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}

/// Shows a visible error in place of a dead page when the wasm stops.
///
/// The release build turns a Rust panic into a plain trap (`-Cpanic=immediate-abort`, see
/// ARCHITECTURE.md), so no panic hook would ever run. A trap throws a `WebAssembly.RuntimeError`
/// into whatever JavaScript called the wasm (an event listener, a microtask, a promise), and it
/// reaches the window as an `error` event or an `unhandledrejection`: this listens for both. The
/// handler only touches the DOM through fresh bindings, so it still works after the trap.
pub fn install_crash_screen() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let error = if let Some(event) = event.dyn_ref::<web_sys::ErrorEvent>() {
            event.error()
        } else if let Some(event) = event.dyn_ref::<web_sys::PromiseRejectionEvent>() {
            event.reason()
        } else {
            return;
        };
        if error.is_instance_of::<js_sys::WebAssembly::RuntimeError>() {
            let message = error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            show_crash_screen(&message);
        }
    });
    for kind in ["error", "unhandledrejection"] {
        let _ = window.add_event_listener_with_callback(kind, on_error.as_ref().unchecked_ref());
    }
    // Lives as long as the page.
    on_error.forget();
}

/// Logs `message` and puts a visible alert with a reload hint at the top of the page (once).
pub fn show_crash_screen(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.query_selector(".fatal").ok().flatten().is_some() {
        return;
    }
    if let Ok(banner) = document.create_element("div") {
        banner.set_class_name("fatal");
        let _ = banner.set_attribute("role", "alert");
        banner.set_text_content(Some(
            "Sorry, Article Explorer stopped working because of an internal error. Reload the page to try again.",
        ));
        let _ = body.prepend_with_node_1(&banner);
    }
}

/// Records a performance mark (`performance.mark`), read by the measurement scripts. Does nothing
/// outside the browser, so server rendering can call it.
pub fn mark(name: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Fetches a same-origin text file relative to the page.
pub async fn fetch_text(url: &str) -> Result<String, ()> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or(())?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    text.as_string().ok_or(())
}

/// Offers `content` as a file download named `file_name` (a `blob:` URL, revoked after the
/// click): nothing is sent anywhere.
pub fn download(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Closes every open disclosure menu (`<details open>`), after a choice in one.
pub fn close_menus() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(open) = document.query_selector_all("details[open]") {
        for i in 0..open.length() {
            if let Some(element) = open.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = element.remove_attribute("open");
            }
        }
    }
}

/// Reads a file the reader picked or dropped as text (invalid UTF-8 becomes U+FFFD).
pub async fn read_file(file: &web_sys::File) -> Result<String, ()> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(())
}

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Lets the browser run a task of its own (paint, input) before going on: a long article's
/// decoding, model and first render are then three tasks, not one.
pub async fn next_task() {
    sleep(0).await;
}

/// Waits `ms` milliseconds.
async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        gloo::timers::callback::Timeout::new(ms, move || {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        })
        .forget();
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The style sheet that the page without JavaScript adds (controls hidden or inert), fetched
/// when needed rather than held in the wasm.
const NOSCRIPT_CSS: &str = "noscript.css";

/// The policy of a downloaded page: no script, no request, its own inline styles only.
const PAGE_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The open article as one self-contained HTML page: the explorer's own markup once every
/// passage is rendered, with the page's style sheets and `noscript.css` inlined, every script,
/// link and control that needs JavaScript removed, and a policy that allows no script and no
/// request. `None` when the article has not finished rendering within 30 s.
pub async fn page_html() -> Option<String> {
    let document = web_sys::window()?.document()?;
    for _ in 0..300 {
        if document.query_selector(".chunk.pending").ok()?.is_none() {
            break;
        }
        sleep(100).await;
    }
    if document.query_selector(".chunk.pending").ok()?.is_some() {
        return None;
    }
    let mut css = page_css(&document);
    css.push_str(&fetch_text(NOSCRIPT_CSS).await.unwrap_or_default());
    let root: Element = document
        .document_element()?
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into()
        .ok()?;
    let dropped = "script, link, noscript, dialog, meta[http-equiv], .busy, .notices, \
                   .article-actions, .skip-link, .toolbar, .copy, .fatal, #article-text";
    let nodes = root.query_selector_all(dropped).ok()?;
    for i in 0..nodes.length() {
        if let Some(element) = nodes.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            element.remove();
        }
    }
    let head = root.query_selector("head").ok()??;
    let policy = document.create_element("meta").ok()?;
    let _ = policy.set_attribute("http-equiv", "Content-Security-Policy");
    let _ = policy.set_attribute("content", PAGE_CSP);
    let _ = head.prepend_with_node_1(&policy);
    let style = document.create_element("style").ok()?;
    style.set_text_content(Some(&css));
    let _ = head.append_with_node_1(&style);
    Some(format!("<!doctype html>\n{}\n", root.outer_html()))
}

/// The text of the document's same-origin style sheets.
fn page_css(document: &web_sys::Document) -> String {
    let mut css = String::new();
    let sheets = document.style_sheets();
    for i in 0..sheets.length() {
        let Some(sheet) = sheets
            .get(i)
            .and_then(|s| s.dyn_into::<CssStyleSheet>().ok())
        else {
            continue;
        };
        let Ok(rules) = sheet.css_rules() else {
            continue;
        };
        for j in 0..rules.length() {
            if let Some(rule) = rules.get(j) {
                css.push_str(&rule.css_text());
                css.push('\n');
            }
        }
    }
    css
}
