//! The speaker strip: where each speaker talks, top to bottom. A click jumps there. It is an
//! SVG (geometry in attributes, colours from classes), so no inline style is needed under the
//! Content-Security-Policy. It is a pointer shortcut; keyboard readers have `j`/`k` and search,
//! so it is hidden from the accessibility tree.

use yew::prelude::*;

use std::rc::Rc;

use crate::ui::model::{ArticleModel, SharedModel, SpeakerIdx};
use crate::ui::state::{Action, Intent};

/// At most this many segments; longer articles merge neighbouring passages.
const MAX_SEGMENTS: usize = 400;

#[derive(Properties, PartialEq)]
pub struct SpeakerStripProps {
    pub model: SharedModel,
    /// The speaker filter: the strip maps only the passages it keeps.
    pub selected: Rc<Vec<SpeakerIdx>>,
    pub on_intent: Callback<Intent>,
}

/// Runs of consecutive passages with the same colour: (first passage, length, colour number, or
/// `None` for the article's own voice and for passages the filter leaves out).
pub fn strip_runs(
    model: &ArticleModel,
    selected: &[SpeakerIdx],
) -> Vec<(usize, usize, Option<usize>)> {
    let expanded = model.expand_selection(selected);
    let n = model.passages.len();
    let bucket = n.div_ceil(MAX_SEGMENTS).max(1);
    let mut runs: Vec<(usize, usize, Option<usize>)> = Vec::new();
    let mut start = 0;
    while start < n {
        let end = (start + bucket).min(n);
        // A bucket takes the colour of its first spoken passage, if any.
        let colour = (start..end)
            .filter(|&i| model.passage_selected(i, &expanded))
            .find_map(|i| model.passages[i].speakers.first())
            .map(|&s| model.speaker(s).colour);
        match runs.last_mut() {
            Some(last) if last.2 == colour => last.1 += end - start,
            _ => runs.push((start, end - start, colour)),
        }
        start = end;
    }
    runs
}

#[component]
pub fn SpeakerStrip(props: &SpeakerStripProps) -> Html {
    let runs = strip_runs(&props.model, &props.selected);
    let total = props.model.passages.len().max(1);
    let on_intent = props.on_intent.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        use wasm_bindgen::JsCast;
        // Yew delegates events to its root, so current_target is not the strip: find the <svg>.
        let Some(svg) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("svg.strip").ok().flatten())
        else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        if rect.height() <= 0.0 {
            return;
        }
        let fraction =
            ((f64::from(event.client_y()) - rect.top()) / rect.height()).clamp(0.0, 0.999_999);
        on_intent.emit(Intent::Act(Action::FocusPassage(
            (fraction * total as f64) as usize,
        )));
    });
    html! {
        <svg class="strip" aria-hidden="true" focusable="false" viewBox={format!("0 0 1 {total}")}
            preserveAspectRatio="none" {onclick}>
            { for runs.into_iter().filter(|run| run.2.is_some()).map(|(first, len, colour)| html! {
                <rect class={format!("c{}", colour.unwrap_or(0))} x="0" y={first.to_string()} width="1"
                    height={len.to_string()} />
            }) }
        </svg>
    }
}
