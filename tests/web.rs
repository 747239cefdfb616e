//! Browser tests in headless Chromium (wasm-bindgen-test): the explorer mounts, renders every
//! passage with the DOM contract, and a filter click hides the other speakers at once.
#![cfg(target_arch = "wasm32")]

use article_explorer::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    let document = gloo::utils::document();
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

#[wasm_bindgen_test]
fn a_panic_shows_a_visible_alert_with_a_reload_hint() {
    // The panic hook's own work; a real panic would abort the test module.
    article_explorer::ui::dom::show_panic_screen("test panic");
    article_explorer::ui::dom::show_panic_screen("a second panic");
    let alerts = gloo::utils::document()
        .query_selector_all(".fatal[role=alert]")
        .unwrap();
    assert_eq!(alerts.length(), 1, "one alert, however many panics");
    let text = alerts.item(0).unwrap().text_content().unwrap();
    assert!(text.contains("Reload the page"), "{text}");
    alerts
        .item(0)
        .unwrap()
        .dyn_into::<Element>()
        .unwrap()
        .remove();
}
