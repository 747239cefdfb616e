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
    pub on_intent: Callback<Intent>,
}

fn speaker_row(props: &SpeakerPanelProps, idx: SpeakerIdx) -> Html {
    let speaker = props.model.speaker(idx);
    let pressed = props.selected.contains(&idx);
    let count = speaker.n_passages;
    let noun = if count == 1 { "passage" } else { "passages" };
    // Plain strings, not `classes!`: its index set costs kilobytes of the page's wasm.
    let swatch_class = if idx.0 == 0 {
        "swatch narrator".to_string()
    } else {
        format!("swatch c{} u{}", speaker.colour, speaker.pattern)
    };
    html! {
        <li class={if speaker.parent.is_some() { "speaker role" } else { "speaker" }}>
            <button
                type="button"
                class="speaker-toggle"
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={on_click(&props.on_intent, Intent::Act(Action::ToggleSpeaker(idx)))}
            >
                <span class={swatch_class} aria-hidden="true">{ speaker.initials.clone() }</span>
                <span class="speaker-name">{ speaker.name.clone() }</span>
                <span class="count">
                    { count }<span class="visually-hidden">{ format!(" {noun}") }</span>
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

#[component]
pub fn SpeakerPanel(props: &SpeakerPanelProps) -> Html {
    let model = &props.model;
    let top_level = (0..model.speakers.len() as u32)
        .map(SpeakerIdx)
        .filter(|&idx| {
            model.speaker(idx).parent.is_none() && (idx.0 != 0 || model.speaker(idx).n_passages > 0)
        });
    html! {
        <nav class="speaker-panel" aria-labelledby="speakers-heading">
            <div class="panel-head">
                <h2 id="speakers-heading">{ "Speakers" }</h2>
                <button
                    type="button"
                    class="clear"
                    disabled={props.selected.is_empty()}
                    onclick={on_click(&props.on_intent, Intent::Act(Action::ClearFilter))}
                >
                    { "Show all" }
                </button>
            </div>
            <ul class="speakers">
                { for top_level.map(|idx| speaker_row(props, idx)) }
            </ul>
        </nav>
    }
}
