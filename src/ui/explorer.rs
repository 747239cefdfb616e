//! `Explorer` shows one article: it owns the reducer and wires the URL, keyboard, clipboard,
//! drag and drop, and exports.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::ui::components::{
    export_menu, notices, speaker_panel, statements_panel, toolbar, ArticleBody, HelpDialog,
    NoticesProps, OpenDialog, SpeakerPanelProps, SpeakerStrip, ToolbarProps,
};
use crate::ui::dom;
use crate::ui::link::{is_word_char, View};
use crate::ui::model::{cell_rule, filter_rule, SharedModel};
use crate::ui::state::{Action, CopyFeedback, FilterMode, Intent, Jump, Opening, Origin, State};

/// Chunks (of about 50 passages) rendered in the first frame; the rest follow a few per task, so
/// long articles never block the main thread for long.
pub const FIRST_CHUNKS: usize = 1;
const CHUNKS_PER_TASK: usize = 1;

/// Links longer than this are often cut by chat apps and mail clients.
pub const LONG_LINK: usize = 8_000;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub model: SharedModel,
    /// Where the article came from, kept in links.
    pub origin: Origin,
    /// A notice to show from the start (a failed load).
    pub notice: Option<AttrValue>,
    /// Only the opening of a long article, while the whole is analysed: the URL is neither
    /// applied (its target may lie further on) nor written.
    #[prop_or_default]
    pub preview: bool,
    /// The opened article's share payload, once the worker has made it.
    #[prop_or_default]
    pub payload: Option<Rc<str>>,
    /// Opens another article.
    pub on_open: Callback<Opening>,
}

/// `Showing 9 of 22 passages · Chinese Mission to the EU`, given the number of search matches.
pub fn status_text(state: &State, n_matches: usize) -> String {
    let total = state.model.passages.len();
    let mut out = if let Some((label, kept)) = state.cell_passages() {
        format!("Showing {} of {total} passages · {label}", kept.len())
    } else if state.selected.is_empty() {
        format!("Showing all {total} passages")
    } else {
        let expanded = state.model.expand_selection(&state.selected);
        let n = (0..total)
            .filter(|&i| state.model.passage_selected(i, &expanded))
            .count();
        let names: Vec<&str> = state
            .selected
            .iter()
            .map(|&s| state.model.speaker(s).name.as_str())
            .collect();
        let verb = if state.mode == FilterMode::Dim {
            "Highlighting"
        } else {
            "Showing"
        };
        format!("{verb} {n} of {total} passages · {}", names.join(", "))
    };
    if !state.query.trim().is_empty() {
        let n = n_matches;
        out.push_str(&format!(
            " · {n} {} for “{}”",
            if n == 1 { "match" } else { "matches" },
            state.query.trim()
        ));
    }
    out
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let (model, origin, notice) = (
        props.model.clone(),
        props.origin.clone(),
        props.notice.clone(),
    );
    let state = use_reducer(move || {
        let mut state = State::new(model, origin);
        if let Some(notice) = notice {
            state.notify(notice.to_string());
        }
        state
    });
    let model = state.model.clone();
    let total = model.passages.len();
    let n_chunks_total = model.chunks.len();
    let n_chunks = use_state(|| n_chunks_total.min(FIRST_CHUNKS));
    let latest = use_mut_ref(|| (*state).clone());
    *latest.borrow_mut() = (*state).clone();

    // Adopt the URL at start and on Back/Forward; listen for shortcuts and dropped articles.
    {
        let dispatcher = state.dispatcher();
        let latest = latest.clone();
        let preview = props.preview;
        let on_open = props.on_open.clone();
        use_effect_with((), move |_| {
            if !preview {
                let (search, hash) = dom::location();
                dispatcher.dispatch(Action::ApplyUrl { search, hash });
            }
            let title = latest.borrow().model.title();
            gloo::utils::document().set_title(&format!("{title} · Article Explorer"));
            let drop_listeners = listen_for_drops(on_open);
            let legend = dom::remember_legend();
            let window = gloo::utils::window();
            let popstate_dispatcher = dispatcher.clone();
            let popstate = EventListener::new(&window, "popstate", move |_| {
                let (search, hash) = dom::location();
                popstate_dispatcher.dispatch(Action::ApplyUrl { search, hash });
            });
            // Not passive: handled shortcuts call prevent_default (so `/` does not type into search).
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let keydown = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |event| {
                    use wasm_bindgen::JsCast;
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    on_shortcut(event, &latest, &dispatcher);
                },
            );
            move || drop((popstate, keydown, drop_listeners, legend))
        });
    }

    // Render the rest of a long article a few chunks per task. A target further down renders at
    // once, out of order (ArticleBody adds its chunk); the browser's scroll anchoring keeps it in
    // view while the chunks above it fill in.
    {
        let n_chunks = n_chunks.clone();
        let preview = props.preview;
        let latest = latest.clone();
        use_effect_with((*n_chunks, n_chunks_total), move |&(n, total)| {
            if n >= total && !preview {
                dom::mark("ae:all-passages");
                let state = latest.borrow();
                if let Some(passage) = state.target.and_then(|t| state.model.passages.get(t)) {
                    dom::keep_in_view(&passage.id);
                }
            }
            let timeout = (n < total)
                .then(|| Timeout::new(0, move || n_chunks.set((n + CHUNKS_PER_TASK).min(total))));
            move || drop(timeout)
        });
    }

    use_effect_with((), |_| dom::mark("ae:first-passage"));

    // The filter is one generated style rule: no passage re-renders.
    let cell = state
        .cell_passages()
        .map(|(_, kept)| kept)
        .zip(state.cell.clone());
    // In the transcript the search box filters the speakers by name: word characters and
    // spaces only, which are safe in a CSS string.
    let transcript = (state.view == View::Transcript).then(|| {
        let filter: String = state
            .query
            .chars()
            .filter(|&c| is_word_char(c) || c == ' ')
            .collect();
        filter
    });
    use_effect_with(
        (
            model.clone(),
            state.selected.clone(),
            state.mode,
            cell,
            transcript,
        ),
        |(model, selected, mode, cell, transcript)| {
            let dim = *mode == FilterMode::Dim;
            let mut rule = match cell {
                Some((kept, cell)) => cell_rule(model, kept, dim, cell),
                None => filter_rule(model, selected, dim),
            };
            // The transcript replaces the article; the search text keeps the speakers whose
            // name holds it.
            if let Some(filter) = transcript {
                rule.push_str("\n.reading { display: none }");
                if !filter.trim().is_empty() {
                    rule.push_str(&format!(
                        "\n.speaker-group:not([data-name*=\"{filter}\" i]) {{ display: none }}"
                    ));
                }
            }
            dom::set_filter_rule(&rule);
        },
    );

    // Keep the address bar in step: user jumps push, everything else replaces. The statements
    // table and the evidence lines come from the worker, asked once, when first needed: the
    // table is opened, or a passage is chosen (both are in the link). In this effect rather than
    // its own: each effect costs the page's wasm about 1 KB.
    {
        let pushed_seq = use_mut_ref(|| (0u32, 0u32, View::Article));
        let link = state.link();
        let jump = (state.jump, state.jump_seq, state.push_seq);
        let preview = props.preview;
        let ask = state
            .statements
            .is_none()
            .then(|| (state.dispatcher(), model.clone()));
        let asked = use_mut_ref(|| false);
        use_effect_with((link, jump), move |(link, (jump, seq, push_seq))| {
            if preview {
                return;
            }
            if let Some((dispatcher, model)) = ask {
                if (link.view != View::Article || link.fragment.is_some()) && !asked.replace(true) {
                    wasm_bindgen_futures::spawn_local(async move {
                        let text = model.text.clone();
                        let action = match crate::ui::worker::statements(text).await {
                            Ok(statements) => Action::SetStatements(Rc::new(statements)),
                            Err(why) => Action::Notify(format!(
                                "Who says what about whom could not be read: {why}."
                            )),
                        };
                        dispatcher.dispatch(action);
                    });
                }
            }
            let (last_seq, last_push, last_view) = *pushed_seq.borrow();
            let push = (*jump == Jump::User && last_seq != *seq) || last_push != *push_seq;
            *pushed_seq.borrow_mut() = (*seq, *push_seq, link.view);
            // A table or transcript just shown is brought into view.
            if link.view != last_view && link.view != View::Article {
                dom::reveal("statements");
            }
            dom::set_url(&format!("{}{}", link.search(), link.hash()), push);
        });
    }

    // The share payload arrives after the article.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.payload.clone(), move |payload| {
            if let Some(payload) = payload {
                dispatcher.dispatch(Action::SetPayload(payload.clone()));
            }
        });
    }

    // Scroll to and focus the target once it is rendered.
    {
        let target = state.target;
        let id = target.map(|t| model.passages[t].id.clone());
        let smooth = state.jump == Jump::User;
        let tap = state.jump == Jump::Tap;
        let focus = state.focus_target;
        use_effect_with((id, state.jump_seq), move |(id, _)| match id {
            Some(id) if !tap => dom::scroll_to_passage(id, smooth, focus),
            _ => {}
        });
    }

    // Select the fallback link so that it can be copied by hand; let "Link copied" fade.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.copy.clone(), move |copy| {
            let mut timeout = None;
            match copy {
                Some(CopyFeedback::Fallback { .. }) => dom::select_input("copy-fallback"),
                Some(CopyFeedback::Copied { .. }) => {
                    timeout = Some(Timeout::new(4_000, move || {
                        dispatcher.dispatch(Action::DismissCopy)
                    }));
                }
                None => {}
            }
            move || drop(timeout)
        });
    }

    // One callback for every component: state changes go to the reducer, side effects here.
    let on_intent = {
        let latest = latest.clone();
        let on_open = props.on_open.clone();
        use_callback(state.dispatcher(), move |intent: Intent, dispatcher| {
            let state = latest.borrow().clone();
            match intent {
                Intent::Act(action) => dispatcher.dispatch(action),
                Intent::Open(opening) => {
                    dispatcher.dispatch(Action::SetOpenDialog(false));
                    on_open.emit(opening);
                }
                Intent::Export(export) => {
                    crate::ui::export::run(export, &state, dispatcher.clone())
                }
                Intent::CopyLink(index) => copy(&state, index, false, dispatcher.clone()),
                Intent::CopyQuote(index) => copy(&state, index, true, dispatcher.clone()),
                Intent::Share => {
                    if let Some(
                        CopyFeedback::Copied { passage, .. }
                        | CopyFeedback::Fallback { passage, .. },
                    ) = &state.copy
                    {
                        let title = state.model.headline.clone().unwrap_or_default();
                        dom::share(&title, &passage_url(&state, *passage));
                    }
                }
                Intent::Match(forward) => {
                    let matches = state.search_matches();
                    let next = match (state.target, forward) {
                        (Some(t), true) => matches
                            .iter()
                            .copied()
                            .find(|&i| i > t)
                            .or(matches.first().copied()),
                        (Some(t), false) => matches
                            .iter()
                            .rev()
                            .copied()
                            .find(|&i| i < t)
                            .or(matches.last().copied()),
                        (None, true) => matches.first().copied(),
                        (None, false) => matches.last().copied(),
                    };
                    if let Some(index) = next {
                        dispatcher.dispatch(Action::FocusMatch(index));
                    }
                }
            }
        })
    };

    // The status line and the match count scan every passage: once per state change, not on
    // every render (a long article re-renders the root for each chunk it adds).
    let preview = props.preview;
    // While a long article is still being laid out, the status says so (it is a live region:
    // it changes once when the layout ends, not per chunk).
    let laying_out = *n_chunks < n_chunks_total;
    let status = use_memo(
        ((*state).clone(), laying_out),
        move |(state, laying_out)| {
            let matches = state.search_matches();
            let at = state
                .target
                .and_then(|t| matches.iter().position(|&m| m == t));
            let n_matches = matches.len();
            let mut text = status_text(state, n_matches);
            if preview {
                text.push_str(" · the rest of the article is still being analysed");
            } else if *laying_out {
                text.push_str(" · the page is still laying out the rest");
            }
            (AttrValue::from(text), n_matches, at)
        },
    );
    let selected = use_memo(state.selected.clone(), |selected| selected.clone());
    let target_text = state.target.map(|t| {
        let mut text = format!("Showing linked passage {} of {}.", t + 1, total);
        if state.target_filtered_out() {
            text.push_str(" Its speaker is filtered out; it is shown anyway.");
        }
        AttrValue::from(text)
    });
    let (copied, fallback_url) = match &state.copy {
        Some(CopyFeedback::Copied {
            passage,
            length,
            quote,
        }) => (Some((*passage, *length, *quote)), None),
        Some(CopyFeedback::Fallback { url, .. }) => (None, Some(AttrValue::from(url.clone()))),
        None => (None, None),
    };
    let evidence = state.target.and_then(|t| state.evidence(t));
    let dialog_used = use_mut_ref(|| false);
    if state.open_dialog {
        *dialog_used.borrow_mut() = true;
    }
    // A preview's speaker names may still change: they show once the analysis is complete.
    let app_class = match (state.selected.is_empty(), state.mode, props.preview) {
        (_, _, true) => "app preview",
        (true, FilterMode::Dim, false) => "app dim",
        (true, FilterMode::Hide, false) => "app",
        (false, FilterMode::Dim, false) => "app filtering dim",
        (false, FilterMode::Hide, false) => "app filtering",
    };
    html! {
        <div class={app_class}>
            <a class="skip-link" href="#article">{ "Skip to the article" }</a>
            <header class="app-bar">
                <p class="brand">{ "Article Explorer" }</p>
                <div class="article-actions">
                    <button type="button" class="open-button" aria-keyshortcuts="o"
                        onclick={crate::ui::components::on_click(&on_intent, Intent::Act(Action::SetOpenDialog(true)))}>
                        { "Open article" }
                    </button>
                    { export_menu(&on_intent) }
                    { view_button(&on_intent, state.view, View::Statements, "Who says what about whom") }
                    { view_button(&on_intent, state.view, View::Transcript, "By speaker") }
                </div>
                { toolbar(ToolbarProps {
                    search_label: match state.view {
                        View::Transcript => "Filter speakers by name",
                        _ => "Search the article",
                    },
                    query: AttrValue::from(state.query.clone()),
                    mode: state.mode,
                    status: status.0.clone(),
                    n_matches: status.1,
                    match_at: status.2,
                    on_intent: on_intent.clone(),
                }) }
            </header>
            <div class="layout">
                { speaker_panel(&SpeakerPanelProps {
                    model: model.clone(),
                    selected: selected.clone(),
                    filtering: !state.selected.is_empty() || state.cell.is_some(),
                    on_intent: on_intent.clone(),
                }) }
                <main class="reader">
                    { notices(NoticesProps {
                        notices: state.notices.clone(),
                        target_text,
                        evidence: evidence.map(|(_, line)| AttrValue::from(line.to_string())),
                        copied,
                        fallback_url,
                        can_share: copied.is_some() && dom_can_share(),
                        on_intent: on_intent.clone(),
                    }) }
                    if state.view != View::Article {
                        { statements_panel(state.view, state.statements.as_ref().map(|s| AttrValue::from(match state.view {
                            View::Transcript => s.transcript.clone(),
                            _ => s.view.clone(),
                        })), &on_intent) }
                    }
                    <div class="reading">
                        <SpeakerStrip model={model.clone()} selected={selected.clone()} on_intent={on_intent.clone()} />
                        <ArticleBody
                            model={model.clone()}
                            target={state.target}
                            query={AttrValue::from(state.query.clone())}
                            on_intent={on_intent.clone()}
                            n_chunks={*n_chunks}
                            cues={evidence.map_or_else(AttrValue::default, |(ranges, _)| AttrValue::from(ranges.to_string()))}
                        />
                    </div>
                </main>
            </div>
            <HelpDialog open={state.help_open} on_intent={on_intent.clone()} />
            // Mounted on first use, then kept (so that closing it returns focus natively): the
            // first view and the prerendered page do without it.
            if *dialog_used.borrow() {
                <OpenDialog open={state.open_dialog} text={AttrValue::from(model.text.clone())} {on_intent} />
            }
        </div>
    }
}

/// A bar button that shows `view`, or the article alone when `view` is showing.
fn view_button(
    on_intent: &Callback<Intent>,
    current: View,
    view: View,
    label: &'static str,
) -> Html {
    let on = current == view;
    let next = if on { View::Article } else { view };
    html! {
        <button type="button" class="statements-button" aria-pressed={if on { "true" } else { "false" }}
            onclick={crate::ui::components::on_click(on_intent, Intent::Act(Action::SetView(next)))}>
            { label }
        </button>
    }
}

/// Web Share exists only in browsers; server rendering says no.
fn dom_can_share() -> bool {
    cfg!(target_arch = "wasm32") && dom::can_share()
}

/// The full URL that opens passage `index` with the current filters (for an opened article, with
/// the article in it once its payload is ready).
pub fn passage_url(state: &State, index: usize) -> String {
    let link = state.share_link(index);
    format!("{}{}{}", dom::base_url(), link.search(), link.hash())
}

/// Opens what is dropped anywhere on the page: a file (text or a web page), or dragged text.
fn listen_for_drops(on_open: Callback<Opening>) -> [EventListener; 2] {
    use gloo::events::EventListenerOptions;
    let document = gloo::utils::document();
    let options = EventListenerOptions::enable_prevent_default();
    // Accepting the drag is what makes the browser offer a drop at all.
    let dragover = EventListener::new_with_options(&document, "dragover", options, |event| {
        event.prevent_default();
    });
    let drop = EventListener::new_with_options(&document, "drop", options, move |event| {
        use wasm_bindgen::JsCast;
        let Some(transfer) = event
            .dyn_ref::<web_sys::DragEvent>()
            .and_then(|event| event.data_transfer())
        else {
            return;
        };
        event.prevent_default();
        let on_open = on_open.clone();
        if let Some(file) = transfer.files().and_then(|files| files.get(0)) {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(opening) = crate::ui::components::opening_of_file(&file).await {
                    on_open.emit(opening);
                }
            });
            return;
        }
        let html = transfer.get_data("text/html").unwrap_or_default();
        let text = transfer.get_data("text/plain").unwrap_or_default();
        if !html.trim().is_empty() {
            on_open.emit(Opening::Text {
                text: html,
                html: true,
            });
        } else if !text.trim().is_empty() {
            on_open.emit(Opening::Text { text, html: false });
        }
    });
    [dragover, drop]
}

/// A passage as a quotation to paste into a story: the text in quotation marks, then its speaker,
/// the headline and the date, then the link.
pub fn quote_text(state: &State, index: usize, link: &str) -> String {
    let model = &state.model;
    let text = crate::ui::model::tidy(model.passage_text(index));
    let label = &model.passages[index].label;
    let speaker = if label.is_empty() {
        "the article"
    } else {
        label
    };
    let mut out = format!("“{text}”\n— {speaker}, in “{}”", model.title());
    if let Some(date) = &model.published_text {
        out.push_str(&format!(", {date}"));
    }
    out.push('\n');
    out.push_str(link);
    out
}

/// Copies passage `index`'s link, or the passage as a quotation with it.
fn copy(state: &State, index: usize, quote: bool, dispatcher: UseReducerDispatcher<State>) {
    if index >= state.model.passages.len() {
        return;
    }
    let url = passage_url(state, index);
    let text = if quote {
        quote_text(state, index, &url)
    } else {
        url.clone()
    };
    wasm_bindgen_futures::spawn_local(async move {
        let feedback = match dom::copy_text(&text).await {
            Ok(()) => CopyFeedback::Copied {
                passage: index,
                length: url.len(),
                quote,
            },
            Err(()) => CopyFeedback::Fallback {
                passage: index,
                url,
            },
        };
        dispatcher.dispatch(Action::CopyDone(feedback));
    });
}

/// The passage the keyboard is on: the target, or the passage holding the focus.
fn current_passage(state: &State) -> Option<usize> {
    let active = gloo::utils::document().active_element()?;
    crate::ui::components::passage_index_of(&active, &state.model).or(state.target)
}

/// Where `j` and `k` start: the focused passage or the target, unless the reader has since
/// moved it off screen; then the first passage on screen (which `j` goes to: the reader has not
/// been there yet). A jump still scrolling smoothly counts as on screen.
fn reading_anchor(state: &State) -> (Option<usize>, bool) {
    if let Some(index) = current_passage(state) {
        if !dom::reader_moved() || dom::passage_on_screen(&state.model.passages[index].id) {
            return (Some(index), false);
        }
    }
    let first = dom::first_passage_on_screen()
        .and_then(|element| crate::ui::components::passage_index_of(&element, &state.model));
    (first, true)
}

fn on_shortcut(
    event: &KeyboardEvent,
    latest: &Rc<RefCell<State>>,
    dispatcher: &UseReducerDispatcher<State>,
) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() || event.default_prevented() {
        return;
    }
    let typing = gloo::utils::document()
        .active_element()
        .map(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.has_attribute("contenteditable")
        })
        .unwrap_or(false);
    let key = event.key();
    if typing {
        if key == "Escape" {
            if let Some(element) = gloo::utils::document().active_element() {
                use wasm_bindgen::JsCast;
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    let _ = element.blur();
                }
            }
        }
        return;
    }
    let state = latest.borrow().clone();
    match key.as_str() {
        "j" | "k" => {
            let (from, inclusive) = reading_anchor(&state);
            dispatcher.dispatch(Action::Step {
                forward: key == "j",
                from,
                inclusive,
            })
        }
        "c" | "q" => {
            if let Some(index) = current_passage(&state) {
                copy(&state, index, key == "q", dispatcher.clone());
            }
        }
        "/" => dom::focus("search"),
        "?" => dispatcher.dispatch(Action::SetHelp(true)),
        "o" => dispatcher.dispatch(Action::SetOpenDialog(true)),
        "Escape" => {
            if state.help_open {
                dispatcher.dispatch(Action::SetHelp(false));
            } else if state.open_dialog {
                dispatcher.dispatch(Action::SetOpenDialog(false));
            } else if state.copy.is_some() {
                dispatcher.dispatch(Action::DismissCopy);
            } else {
                dispatcher.dispatch(Action::ClearTarget);
            }
        }
        _ => return,
    }
    event.prevent_default();
}
