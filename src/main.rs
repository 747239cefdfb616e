//! Browser entry point: installs the panic screen and mounts the explorer into `#app`.
fn main() {
    article_explorer::ui::dom::install_panic_screen();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    yew::Renderer::<article_explorer::ui::App>::with_root(root).render();
}
