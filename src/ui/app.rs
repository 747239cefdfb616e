//! The root: `App` opens articles (the compiled-in default, bundled ones, a link's payload,
//! the library, pasted text and files) through the analysis worker and shows each in a fresh
//! `Explorer`.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::ui::dom;
use crate::ui::explorer::Explorer;
use crate::ui::library;
use crate::ui::link::Link;
use crate::ui::model::{ArticleModel, ModelBuilder, SharedModel};
use crate::ui::state::{Opening, Origin, State};
use crate::ui::worker;

pub use crate::ui::explorer::{passage_url, status_text, ExplorerProps, FIRST_CHUNKS};

/// The bundled default article. The page's wasm does not hold it: the prerendered page carries
/// it in a hidden element ([`DEFAULT_TEXT_ID`], see [`default_text`]), where gzip finds most of
/// it already in the prerendered article (1.5 KB less to load).
pub const DEFAULT_ARTICLE: &str =
    include_str!("../../static/articles/2021-07-20-cyber-security-politicization.txt");

/// The id of the prerendered page's hidden element that holds [`DEFAULT_ARTICLE`].
pub const DEFAULT_TEXT_ID: &str = "article-text";

/// The default article's text: natively the compiled-in one; in the page the prerendered copy,
/// or `None` when it is missing or not the text the build analysed (a page edited by hand).
pub fn default_text() -> Option<String> {
    if cfg!(target_arch = "wasm32") {
        dom::element_text(DEFAULT_TEXT_ID).filter(|text| text.len() == DEFAULT_ARTICLE.len())
    } else {
        Some(DEFAULT_ARTICLE.to_string())
    }
}

/// Passages derived per task when the model of a long article is built (about 10 ms each on an
/// idle 2-core machine).
const MODEL_STEP: usize = 10_000;

/// The default article's analysis, computed by `build.rs` with the same engine at compile time
/// (wire format, see `crate::wire`): the page's wasm holds no analysis engine.
pub static DEFAULT_ANALYSIS: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/default-analysis.bin"));

/// The default article's model.
fn default_model() -> SharedModel {
    dom::mark("ae:analysis-start");
    let (text, analysis) = match default_text() {
        Some(text) => (
            text,
            crate::wire::decode(DEFAULT_ANALYSIS).unwrap_or_default(),
        ),
        None => Default::default(),
    };
    let model = ArticleModel::from_analysis(text, analysis);
    dom::mark("ae:analysis-end");
    SharedModel::new(model)
}

/// What the URL asks to open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Source {
    #[default]
    Default,
    /// A bundled article (`?article=<name>`).
    Bundled(String),
    /// An article carried in a version-2 link (`#…&doc=`).
    Payload(String),
    /// An entry of this device's library (`#…&lib=`).
    Library(String),
}

impl Source {
    /// What `link` opens.
    pub fn of_link(link: &Link) -> Source {
        match (&link.doc, &link.library, &link.article) {
            (Some(doc), _, _) => Source::Payload(doc.clone()),
            (None, Some(id), _) => Source::Library(id.clone()),
            (None, None, Some(name)) => Source::Bundled(name.clone()),
            (None, None, None) => Source::Default,
        }
    }

    /// The current URL's source.
    pub fn of_location() -> Source {
        let (search, hash) = dom::location();
        Source::of_link(&Link::parse_once(&search, &hash).0)
    }

    /// Whether the article shown, from `origin`, is the one this source opens.
    fn is_shown(&self, origin: &Origin) -> bool {
        match (self, origin) {
            (Source::Default, Origin::Default) => true,
            (Source::Bundled(a), Origin::Bundled(b)) => a == b,
            (Source::Library(id), Origin::Opened { library, .. }) => id == library,
            (
                Source::Payload(doc),
                Origin::Opened {
                    payload: Some(payload),
                    ..
                },
            ) => **payload == **doc,
            _ => false,
        }
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the page's URL opens.
    #[prop_or_default]
    pub source: Source,
}

/// An article ready to show.
#[derive(Clone, PartialEq)]
struct Loaded {
    model: SharedModel,
    origin: Origin,
    notice: Option<AttrValue>,
    /// The opening of a long article, shown while the whole is analysed.
    preview: bool,
    /// Bumped for every article, so that the explorer starts afresh.
    generation: u32,
}

/// What the App shows, and what it is loading.
#[derive(Clone, Default, PartialEq)]
struct Shown {
    loaded: Option<Loaded>,
    /// A sentence about the article being analysed, while it is.
    busy: Option<AttrValue>,
    /// The share payload of the opened article, once the worker has made it.
    payload: Option<Rc<str>>,
    /// The last load failed; `Handle::retry` holds it, to try again.
    failed: bool,
}

/// How an article is to be loaded.
#[derive(Clone)]
enum Load {
    Default,
    Bundled(String),
    Payload(String),
    Library(String),
    Text { text: String, html: bool },
}

impl Load {
    fn of_source(source: Source) -> Load {
        match source {
            Source::Default => Load::Default,
            Source::Bundled(name) => Load::Bundled(name),
            Source::Payload(doc) => Load::Payload(doc),
            Source::Library(id) => Load::Library(id),
        }
    }

    fn of_opening(opening: Opening) -> Load {
        match opening {
            Opening::Text { text, html } => Load::Text { text, html },
            Opening::Library(id) => Load::Library(id),
            Opening::Bundled(Some(name)) => Load::Bundled(name),
            Opening::Bundled(None) => Load::Default,
        }
    }

    /// What the status says while it loads.
    fn busy_text(&self) -> &'static str {
        match self {
            Load::Default => "Opening the article…",
            Load::Bundled(_) => "Loading the article…",
            Load::Payload(_) => "Opening the article in this link…",
            Load::Library(_) => "Opening the article from this device…",
            Load::Text { html: true, .. } => {
                "Extracting the article from the page and analysing it…"
            }
            Load::Text { .. } => "Analysing the article…",
        }
    }
}

/// The App's state, shared with the asynchronous loader.
#[derive(Clone)]
struct Handle {
    shown: UseStateHandle<Shown>,
    /// The latest `Shown`, since a task outlives the render it was started from.
    latest: Rc<RefCell<Shown>>,
    /// Bumped by every load; a load that is no longer the latest shows nothing.
    generation: Rc<Cell<u32>>,
    /// The load under way (and whether it pushes a URL), kept until it succeeds, so that a
    /// reader can try a failed one again without pasting or choosing it anew.
    retry: Rc<RefCell<Option<(Load, bool)>>>,
}

impl Handle {
    fn update(&self, change: impl FnOnce(&mut Shown)) {
        let mut next = self.latest.borrow().clone();
        change(&mut next);
        *self.latest.borrow_mut() = next.clone();
        self.shown.set(next);
    }

    /// Starts loading; a later start wins over an earlier one. `push_url` for a reader's
    /// choice (a new history entry); a link or Back/Forward is in the address bar already.
    fn start(&self, load: Load, push_url: bool) {
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        crate::ui::worker::cancel();
        if let Load::Default = load {
            let shown = Showing::whole(default_model(), Origin::Default);
            self.show(generation, shown, push_url);
            return;
        }
        let busy = load.busy_text();
        *self.retry.borrow_mut() = Some((load.clone(), push_url));
        self.update(|shown| {
            shown.busy = Some(AttrValue::from(busy));
            shown.failed = false;
        });
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = load_article(load, handle.clone(), generation).await;
            if handle.generation.get() != generation {
                return;
            }
            match outcome {
                Ok((model, origin)) => {
                    handle.retry.take();
                    handle.show(generation, Showing::whole(model, origin), push_url)
                }
                Err(why) => handle.failed(generation, &why),
            }
        });
    }

    /// Shows a loaded article (or the opening of one).
    fn show(&self, generation: u32, showing: Showing, push_url: bool) {
        if push_url && !showing.preview {
            let link = State::new(showing.model.clone(), showing.origin.clone()).link();
            dom::set_url(&format!("{}{}", link.search(), link.hash()), true);
        }
        self.update(|shown| {
            shown.busy = showing
                .preview
                .then(|| AttrValue::from("Analysing the rest of the article…"));
            if !showing.preview {
                shown.payload = None;
            }
            // Only a failure's `Showing` carries a notice.
            shown.failed = showing.notice.is_some();
            shown.loaded = Some(Loaded {
                model: showing.model,
                origin: showing.origin,
                notice: showing.notice,
                preview: showing.preview,
                generation,
            });
        });
    }

    /// Keeps the article shown (the default one at first) and says why the load failed.
    fn failed(&self, generation: u32, why: &str) {
        let notice = Some(AttrValue::from(format!("{}.", capitalised(why))));

        let loaded = self.latest.borrow().loaded.clone();
        match loaded {
            Some(loaded) if !loaded.preview => self.update(|shown| {
                shown.busy = None;
                shown.failed = true;
                shown.loaded = Some(Loaded {
                    notice,
                    generation,
                    ..loaded
                });
            }),
            _ => {
                let mut showing = Showing::whole(default_model(), Origin::Default);
                showing.notice = notice;
                self.show(generation, showing, false);
            }
        }
    }
}

/// What `Handle::show` puts on screen.
struct Showing {
    model: SharedModel,
    origin: Origin,
    notice: Option<AttrValue>,
    preview: bool,
}

impl Showing {
    fn whole(model: SharedModel, origin: Origin) -> Showing {
        Showing {
            model,
            origin,
            notice: None,
            preview: false,
        }
    }
}

/// The sentence with an ASCII capital first (the worker's messages start in ASCII; Unicode's
/// case tables would cost the page's wasm kilobytes).
fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

type RequestFuture = Pin<Box<dyn Future<Output = Result<worker::Request, String>>>>;

/// The worker request that loads `load`, and the origin when it is known before the analysis.
fn request_of(load: Load) -> (RequestFuture, Option<Origin>) {
    use worker::Request;
    match load {
        Load::Default => {
            let text = default_text().unwrap_or_default();
            let request = async move { Ok(Request::Text { text, share: false }) };
            (Box::pin(request), Some(Origin::Default))
        }
        Load::Text { text, html: false } => (
            Box::pin(async move { Ok(Request::Text { text, share: true }) }),
            None,
        ),
        Load::Text { text, html: true } => (Box::pin(async move { Ok(Request::Html(text)) }), None),
        Load::Bundled(name) => {
            let url = format!("articles/{name}.txt");
            let failed = format!("could not load the article “{name}”");
            let request = async move {
                let text = dom::fetch_text(&url).await.map_err(|()| failed)?;
                Ok(Request::Text { text, share: false })
            };
            (Box::pin(request), Some(Origin::Bundled(name)))
        }
        Load::Payload(doc) => {
            let origin = Origin::Opened {
                library: String::new(),
                payload: Some(Rc::from(doc.as_str())),
            };
            (
                Box::pin(async move { Ok(Request::Payload(doc)) }),
                Some(origin),
            )
        }
        Load::Library(id) => {
            let request = async move {
                let text = library::text(&id).await.ok_or(
                    "this link names an article kept in another browser’s library; ask for a link made with “Copy link”",
                )?;
                Ok(Request::Text { text, share: true })
            };
            (Box::pin(request), None)
        }
    }
}

/// Analyses an article in the worker: the model and where it came from. An opened article is
/// kept in the library.
async fn load_article(
    load: Load,
    handle: Handle,
    generation: u32,
) -> Result<(SharedModel, Origin), String> {
    dom::mark("ae:analysis-start");
    let (request, origin) = request_of(load);
    let on_preview = {
        let handle = handle.clone();
        move |part: String, bytes: Vec<u8>| {
            if handle.generation.get() != generation {
                return;
            }
            if let Some(analysis) = crate::wire::decode(&bytes) {
                let model = SharedModel::new(ArticleModel::from_analysis(part, analysis));
                let mut showing = Showing::whole(model, Origin::Default);
                showing.preview = true;
                handle.show(generation, showing, false);
            }
        }
    };
    let on_payload = {
        let handle = handle.clone();
        move |payload: String| {
            if handle.generation.get() == generation {
                handle.update(|shown| shown.payload = Some(Rc::from(payload.as_str())));
            }
        }
    };
    let analysed = worker::analyse(request, on_preview, on_payload).await?;
    dom::next_task().await;
    let analysis = crate::wire::decode(&analysed.bytes)
        .ok_or("the analysis worker sent a malformed answer")?;
    dom::next_task().await;
    // The model of a long article is built over several tasks.
    let mut builder = ModelBuilder::new(analysed.text.clone(), analysis);
    while !builder.step(MODEL_STEP) {
        dom::next_task().await;
    }
    let model = SharedModel::new(builder.finish());
    // The first render of a long article is a task of its own.
    dom::next_task().await;
    dom::mark("ae:analysis-end");
    // Whole milliseconds: formatting an f64 would pull ~10 KB of float printing into the wasm.
    dom::mark(&format!("ae:worker-ms:{}", analysed.ms.round() as u32));
    let library_id = analysed.id;
    let origin = match origin {
        Some(Origin::Opened { payload, .. }) => Origin::Opened {
            library: library_id,
            payload,
        },
        Some(origin) => origin,
        None => Origin::Opened {
            library: library_id,
            payload: None,
        },
    };
    keep_in_library(&model, &origin, analysed.text);
    Ok((model, origin))
}

/// Saves an opened article in the library, in the background, after the article is shown (for
/// a long article, handing the text to the worker is a few tens of milliseconds).
fn keep_in_library(model: &SharedModel, origin: &Origin, text: String) {
    let Origin::Opened { library: id, .. } = origin else {
        return;
    };
    let entry = library::Entry {
        id: id.clone(),
        title: model.title(),
        published: model.published_text.clone().unwrap_or_default(),
        n_speakers: model.speakers.len() as u32,
        opened: dom::now_ms(),
    };
    library::keep(entry, text);
}

/// Loads the article, then shows it. The default article is compiled in and shows at once.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.source.clone();
    let shown = use_state(|| Shown {
        loaded: (initial == Source::Default).then(|| Loaded {
            model: default_model(),
            origin: Origin::Default,
            notice: None,
            preview: false,
            generation: 0,
        }),
        ..Shown::default()
    });
    let latest = use_mut_ref(|| (*shown).clone());
    let cells = use_memo((), |_| {
        (Rc::new(Cell::new(0u32)), Rc::new(RefCell::new(None)))
    });
    let handle = Handle {
        shown: shown.clone(),
        latest,
        generation: cells.0.clone(),
        retry: cells.1.clone(),
    };
    // Load what the URL names at start, and again when Back/Forward lands on another article.
    {
        let handle = handle.clone();
        use_effect_with((), move |_| {
            if initial != Source::Default {
                handle.start(Load::of_source(initial), false);
            }
            let window = gloo::utils::window();
            let popstate = EventListener::new(&window, "popstate", move |_| {
                let source = Source::of_location();
                let loaded = handle.latest.borrow().loaded.clone();
                if !loaded.is_some_and(|loaded| source.is_shown(&loaded.origin)) {
                    handle.start(Load::of_source(source), false);
                }
            });
            move || drop(popstate)
        });
    }
    let on_open = {
        let handle = handle.clone();
        use_callback((), move |opening: Opening, _| {
            handle.start(Load::of_opening(opening), true)
        })
    };
    // The bar's one button: Cancel while analysing, Try again after a failure.
    let on_bar = use_callback((), move |_: MouseEvent, _| {
        let again = handle.latest.borrow().failed;
        let retry = handle.retry.borrow().clone();
        match retry {
            Some((load, push_url)) if again => handle.start(load, push_url),
            _ => {
                crate::ui::worker::cancel();
                handle.generation.set(handle.generation.get() + 1);
                handle.update(|shown| shown.busy = None);
            }
        }
    });
    let failed = shown.failed;
    let busy = shown
        .busy
        .clone()
        .or_else(|| failed.then_some(AttrValue::Static("The analysis did not finish.")))
        .map(|text| {
            html! {
                <div class={if failed { "busy failed" } else { "busy" }} role="status">
                    <progress aria-label="Analysis in progress"></progress>
                    <p>{ text }</p>
                    <button type="button" onclick={on_bar}>{ if failed { "Try again" } else { "Cancel" } }</button>
                </div>
            }
        });
    match &shown.loaded {
        // The key makes the explorer start afresh for each article and after a preview.
        Some(Loaded {
            model,
            origin,
            notice,
            preview,
            generation,
        }) => html! {
            <>
                { for busy }
                <Explorer key={format!("{generation}{}", if *preview { "p" } else { "" })}
                    model={model.clone()} origin={origin.clone()} notice={notice.clone()}
                    preview={*preview} payload={shown.payload.clone()} {on_open} />
            </>
        },
        None => html! {
            <>
                { for busy }
                <p class="loading" role="status">{ "Loading the article…" }</p>
            </>
        },
    }
}
