//! Browser tests in headless Chromium (wasm-bindgen-test): the explorer mounts, renders every
//! passage with the DOM contract, and a filter click hides the other speakers at once.
#![cfg(target_arch = "wasm32")]

use article_explorer::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A hidden element with `id` and `text`, as the prerendered page carries them.
fn prerendered_text(id: &str, text: &str) {
    let document = gloo::utils::document();
    if document.get_element_by_id(id).is_none() {
        let element = document.create_element("div").unwrap();
        element.set_id(id);
        element.set_attribute("hidden", "").unwrap();
        element.set_text_content(Some(text));
        document.body().unwrap().append_child(&element).unwrap();
    }
}

async fn mount() -> Element {
    let document = gloo::utils::document();
    // The prerendered page carries the default article's text (`ui::app::default_text`) and
    // the static markup (`ui::components::static_markup`).
    prerendered_text(
        article_explorer::ui::app::DEFAULT_TEXT_ID,
        article_explorer::ui::app::DEFAULT_ARTICLE,
    );
    for (id, markup) in article_explorer::ui::components::STATIC_MARKUP {
        prerendered_text(id, markup);
    }
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    // Let the first render and its effects run.
    yew::scheduler::flush().await;
    root
}

fn visible(element: &Element) -> bool {
    element
        .dyn_ref::<HtmlElement>()
        .map(|e| e.offset_parent().is_some())
        .unwrap_or(false)
}

#[wasm_bindgen_test]
async fn renders_every_passage_with_the_dom_contract() {
    let root = mount().await;
    let analysis = article_explorer::analysis::analyze(article_explorer::ui::app::DEFAULT_ARTICLE);
    let passages = root
        .query_selector_all(".passage[id^='p-'][data-speakers]")
        .unwrap();
    assert_eq!(passages.length() as usize, analysis.passages.len());
    let copy_buttons = root.query_selector_all(".passage button.copy").unwrap();
    assert_eq!(copy_buttons.length(), passages.length());
    let first = copy_buttons.item(0).unwrap().dyn_into::<Element>().unwrap();
    assert!(first
        .get_attribute("aria-label")
        .unwrap()
        .starts_with("Copy link"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_filter_click_hides_other_speakers() {
    let root = mount().await;
    let toggles = root.query_selector_all("button.speaker-toggle").unwrap();
    assert!(
        toggles.length() >= 2,
        "the bundled article has several speakers"
    );
    // The second toggle is the first real actor (the first is the article's own voice).
    let toggle = toggles.item(1).unwrap().dyn_into::<HtmlElement>().unwrap();
    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let passages = root.query_selector_all(".passage").unwrap();
    let (mut shown, mut hidden) = (0, 0);
    for i in 0..passages.length() {
        let passage = passages.item(i).unwrap().dyn_into::<Element>().unwrap();
        if visible(&passage) {
            shown += 1;
        } else {
            hidden += 1;
        }
    }
    assert!(shown > 0 && hidden > 0, "shown {shown}, hidden {hidden}");
    root.remove();
}

fn alerts() -> web_sys::NodeList {
    gloo::utils::document()
        .query_selector_all(".fatal[role=alert]")
        .unwrap()
}

/// Runs `f` from a timer, as the browser runs an event handler: whatever it throws goes to the
/// window's `error` event, not to this test.
async fn from_a_timer(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0)
        .unwrap();
    gloo::timers::future::TimeoutFuture::new(50).await;
}

#[wasm_bindgen_test]
async fn a_trap_shows_one_visible_alert_with_a_reload_hint() {
    article_explorer::ui::dom::install_crash_screen();
    // A JavaScript error that is not the wasm's own stays the page's business.
    from_a_timer(|| {
        wasm_bindgen::throw_str("an error from a script, not a trap");
    })
    .await;
    assert_eq!(alerts().length(), 0, "no alert for a non-wasm error");
    // A real trap, as a panic is in the release build (`-Cpanic=immediate-abort`), twice.
    from_a_timer(|| core::arch::wasm32::unreachable()).await;
    from_a_timer(|| core::arch::wasm32::unreachable()).await;
    assert_eq!(alerts().length(), 1, "one alert, however many traps");
    let alert = alerts().item(0).unwrap().dyn_into::<Element>().unwrap();
    let text = alert.text_content().unwrap();
    assert!(text.contains("Reload the page"), "{text}");
    alert.remove();
}
