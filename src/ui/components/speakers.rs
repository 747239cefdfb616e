//! The speaker panel: one toggle per speaker with swatch, initials, name and count; roles folded
//! under their organisation; "only" and "clear".

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::components::on_click;
use crate::ui::model::{SharedModel, SpeakerIdx};
use crate::ui::state::{Action, Intent};

#[derive(Properties, PartialEq)]
pub struct SpeakerPanelProps {
    pub model: SharedModel,
    pub selected: Rc<Vec<SpeakerIdx>>,
    /// Some filter is on (speakers, or a cell of the statements table): "Show all" clears it.
    #[prop_or_default]
    pub filtering: bool,
    pub on_intent: Callback<Intent>,
}

fn speaker_row(props: &SpeakerPanelProps, idx: SpeakerIdx) -> Html {
    let speaker = props.model.speaker(idx);
    let pressed = props.selected.contains(&idx);
    // A role of a selected organisation is shown with it: marked so, though not selected itself.
    let implied = !pressed && speaker.parent.is_some_and(|p| props.selected.contains(&p));
    let count = speaker.n_passages;
    let noun = if count == 1 { "passage" } else { "passages" };
    // Plain strings, not `classes!`: its index set costs kilobytes of the page's wasm.
    let swatch_class = if idx.0 == 0 {
        "swatch narrator".to_string()
    } else {
        format!("swatch c{} u{}", speaker.colour, speaker.pattern)
    };
    html! {
        <li class={match (speaker.parent.is_some(), implied) {
            (_, true) => "speaker role implied",
            (true, false) => "speaker role",
            (false, false) => "speaker",
        }}>
            <button
                type="button"
                class="speaker-toggle"
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={on_click(&props.on_intent, Intent::Act(Action::ToggleSpeaker(idx)))}
            >
                <span class={swatch_class} aria-hidden="true">{ speaker.initials.clone() }</span>
                <span class="speaker-name">{ speaker.name.clone() }</span>
                <span class="count">
                    { count }<span class="visually-hidden">{ format!(" {noun}") }{ implied.then_some(", shown with its organisation") }</span>
                </span>
            </button>
            <button
                type="button"
                class="only"
                aria-label={format!("Show only {}", speaker.name)}
                title={format!("Show only {}", speaker.name)}
                onclick={on_click(&props.on_intent, Intent::Act(Action::OnlySpeaker(idx)))}
            >
                { "only" }
            </button>
            if !speaker.roles.is_empty() {
                <ul class="roles">
                    { for speaker.roles.iter().map(|&role| speaker_row(props, role)) }
                </ul>
            }
        </li>
    }
}

/// The legend's items (see [`super::STATIC_MARKUP`]: the page's wasm does not hold them).
pub const LEGEND: &str = "<ul>\
<li><span class=\"sample spoken c1\">Underlined</span> words are a speaker’s, in the speaker’s colour. \
Speakers who share a colour have <span class=\"sample spoken c1 u1\">dashed</span>, \
<span class=\"sample spoken c1 u2\">dotted</span> or <span class=\"sample spoken c1 u3\">wavy</span> lines.</li>\
<li><span class=\"sample spoken c1 multi d2\">Two lines</span>: several speakers at once.</li>\
<li>No line: the article’s own voice.</li>\
<li><span class=\"sample who-sample c3\">Name</span>: who speaks from there on.</li>\
<li><span class=\"quoted\">Italics</span>: inside quotation marks.</li>\
<li><span class=\"sample target\">Highlighted</span>: the passage a link points to.</li>\
<li>The narrow strip beside the article maps the whole article by speaker; \
select a place on it to go there.</li>\
</ul>";

/// The most organisations and people the panel lists (their roles come with them).
pub const MAX_LISTED: usize = 150;

/// The speaker list and the legend. A plain function, not a component (see `notices`): it
/// renders a few dozen elements, and the page's wasm has no room for a component's code.
pub fn speaker_panel(props: &SpeakerPanelProps) -> Html {
    let model = &props.model;
    let top_level = (0..model.speakers.len() as u32)
        .map(SpeakerIdx)
        .filter(|&idx| {
            model.speaker(idx).parent.is_none() && (idx.0 != 0 || model.speaker(idx).n_passages > 0)
        });
    // Thousands of rows would block the page for seconds: the first ones are listed, and
    // "By speaker" lists everyone.
    let unlisted = top_level.clone().count().saturating_sub(MAX_LISTED);
    html! {
        <nav class="speaker-panel" aria-labelledby="speakers-heading">
            <div class="panel-head">
                <h2 id="speakers-heading">{ "Speakers" }</h2>
                <button
                    type="button"
                    class="clear"
                    disabled={!props.filtering}
                    onclick={on_click(&props.on_intent, Intent::Act(Action::ClearFilter))}
                >
                    { "Show all" }
                </button>
            </div>
            <ul class="speakers">
                { for top_level.take(MAX_LISTED).map(|idx| speaker_row(props, idx)) }
            </ul>
            if unlisted > 0 {
                <p class="unlisted">{ unlisted }{ " more: see “By speaker”." }</p>
            }
            <details class="legend" open=true>
                <summary>{ "How to read the article" }</summary>
                { super::static_markup(super::LEGEND_ID) }
            </details>
        </nav>
    }
}
