//! Browser entry point: installs the crash screen and mounts the explorer into `#app`.
//!
//! `#app` holds the prerendered article (see `src/bin/prerender.rs`). It is cleared and rendered
//! afresh within this same task, so the browser never paints in between: no flash, no layout
//! shift, and no hydration code in the wasm (see ARCHITECTURE.md for the measured trade-off).
fn main() {
    article_explorer::ui::dom::install_crash_screen();
    article_explorer::ui::dom::watch_user_scrolling();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    root.set_inner_html("");
    let props = article_explorer::ui::app::AppProps {
        source: article_explorer::ui::app::Source::of_location(),
    };
    yew::Renderer::<article_explorer::ui::App>::with_root_and_props(root, props).render();
}
