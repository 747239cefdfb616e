//! The speaker panel: one toggle per speaker with swatch, initials, name and count; roles folded
//! under their organisation; "only" and "clear".

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::model::{ArticleModel, SpeakerIdx};

#[derive(Properties, PartialEq)]
pub struct SpeakerPanelProps {
    pub model: Rc<ArticleModel>,
    pub selected: Rc<Vec<SpeakerIdx>>,
    pub on_toggle: Callback<SpeakerIdx>,
    pub on_only: Callback<SpeakerIdx>,
    pub on_clear: Callback<()>,
}

fn speaker_row(props: &SpeakerPanelProps, idx: SpeakerIdx) -> Html {
    let speaker = props.model.speaker(idx);
    let pressed = props.selected.contains(&idx);
    let on_toggle = props.on_toggle.clone();
    let on_only = props.on_only.clone();
    let count = speaker.n_passages;
    let noun = if count == 1 { "passage" } else { "passages" };
    let swatch_class = if idx.0 == 0 {
        classes!("swatch", "narrator")
    } else {
        classes!(
            "swatch",
            format!("c{}", speaker.colour),
            format!("u{}", speaker.pattern)
        )
    };
    html! {
        <li class={classes!("speaker", speaker.parent.is_some().then_some("role"))}>
            <button
                type="button"
                class="speaker-toggle"
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={move |_| on_toggle.emit(idx)}
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
                onclick={move |_| on_only.emit(idx)}
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
    let on_clear = props.on_clear.clone();
    html! {
        <nav class="speaker-panel" aria-labelledby="speakers-heading">
            <div class="panel-head">
                <h2 id="speakers-heading">{ "Speakers" }</h2>
                <button
                    type="button"
                    class="clear"
                    disabled={props.selected.is_empty()}
                    onclick={move |_| on_clear.emit(())}
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
