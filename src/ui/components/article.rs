//! The article body: header, captions and paragraphs of passages. Passages are memoised, keyed
//! leaves; a filter change touches none of them (a generated style rule hides them).

use yew::prelude::*;

use crate::analysis::PassageKind;
use crate::ui::components::article_header;
use crate::ui::model::{insertion_sort_by_key, ArticleModel, SharedModel};
use crate::ui::state::{find_all, number, Intent};

#[derive(Properties, PartialEq)]
pub struct PassageItemProps {
    pub model: SharedModel,
    pub index: usize,
    pub is_target: bool,
    /// The search text, set only when this passage matches it.
    #[prop_or_default]
    pub query: AttrValue,
    /// The target's evidence: byte ranges of its cue and speaker mention, `start end start end`
    /// (`ui::state::State::evidence`).
    #[prop_or_default]
    pub cues: AttrValue,
}

/// A run's mark: none, a search match, or evidence (the cue or the speaker's mention).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    None,
    Match,
    Cue,
}

/// Splits passage text into runs of (text, quoted, mark).
fn runs<'t>(
    text: &'t str,
    quoted: &[(usize, usize)],
    marks: &[(usize, usize)],
    cues: &[(usize, usize)],
) -> Vec<(&'t str, bool, Mark)> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(start, end) in quoted.iter().chain(marks).chain(cues) {
        cuts.push(start.min(text.len()));
        cuts.push(end.min(text.len()));
    }
    insertion_sort_by_key(&mut cuts, |&c| c);
    cuts.dedup();
    let inside =
        |ranges: &[(usize, usize)], at: usize| ranges.iter().any(|&(s, e)| s <= at && at < e);
    cuts.windows(2)
        .filter_map(|pair| {
            let piece = text.get(pair[0]..pair[1])?;
            let mark = match (inside(cues, pair[0]), inside(marks, pair[0])) {
                (true, _) => Mark::Cue,
                (false, true) => Mark::Match,
                (false, false) => Mark::None,
            };
            (!piece.is_empty()).then(|| (piece, inside(quoted, pair[0]), mark))
        })
        .collect()
}

#[component]
pub fn PassageItem(props: &PassageItemProps) -> Html {
    let model = &props.model;
    let passage = &model.passages[props.index];
    let text = model.passage_text(props.index);
    let marks = if props.query.is_empty() {
        Vec::new()
    } else {
        find_all(text, &props.query)
    };
    let (colour, pattern) = match passage.speakers.first() {
        Some(&first) => {
            let speaker = model.speaker(first);
            (speaker.colour, speaker.pattern)
        }
        None => (0, 0),
    };
    let spoken = !passage.speakers.is_empty();
    // A plain string, not `classes!`: its index set costs kilobytes of the page's wasm.
    let mut class = String::from("passage");
    if spoken {
        class.push_str(&format!(" spoken c{colour} u{pattern}"));
    }
    if let [_, second, ..] = passage.speakers[..] {
        // The second speaker's colour (one digit) draws a second line: `d<n>` sets `--spk2`.
        class.push_str(" multi d");
        class.extend(char::from_digit(model.speaker(second).colour as u32, 10));
    }
    if passage.kind == PassageKind::Caption {
        class.push_str(" caption-text");
    }
    let bounds: Vec<usize> = props.cues.split(' ').filter_map(number).collect();
    let cues: Vec<(usize, usize)> = bounds.chunks_exact(2).map(|r| (r[0], r[1])).collect();
    let pieces =
        runs(text, &passage.quoted, &marks, &cues)
            .into_iter()
            .map(|(piece, quoted, mark)| {
                let piece = piece.to_string();
                // Static class attributes: an `Option` class links yew's class set (~0.4 KB).
                match (quoted, mark) {
                    (true, Mark::Cue) => {
                        html! { <span class="quoted"><mark class="cue">{ piece }</mark></span> }
                    }
                    (true, Mark::Match) => {
                        html! { <span class="quoted"><mark>{ piece }</mark></span> }
                    }
                    (true, Mark::None) => html! { <span class="quoted">{ piece }</span> },
                    (false, Mark::Cue) => html! { <mark class="cue">{ piece }</mark> },
                    (false, Mark::Match) => html! { <mark>{ piece }</mark> },
                    (false, Mark::None) => html! { { piece } },
                }
            });
    html! {
        <span
            class={class}
            id={format!("p-{}", passage.id)}
            data-speakers={passage.data_speakers.clone()}
            tabindex="-1"
            title={spoken.then(|| format!("Speaker: {}", passage.label))}
            aria-current={props.is_target.then_some("location")}
            aria-describedby={props.is_target.then_some("why-now")}
        >
            if spoken && passage.speaker_changes {
                <span class="who">{ format!("{}: ", passage.label) }</span>
            }
            { for pieces }
            // Its visible mark comes from CSS, so each of the many buttons is one bare element.
            <button type="button" class="copy" aria-label={format!("Copy link to passage {}", props.index + 1)}></button>
            { " " }
        </span>
    }
}

/// The index of the passage that holds `element`, found by its `id`.
pub fn passage_index_of(element: &web_sys::Element, model: &ArticleModel) -> Option<usize> {
    let passage = element.closest(".passage").ok().flatten()?;
    model.passage_by_id(passage.id().strip_prefix("p-")?)
}

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub model: SharedModel,
    pub target: Option<usize>,
    /// The search text; passed on only to the passages that match it.
    pub query: AttrValue,
    /// Delegated clicks on copy buttons ask for [`Intent::CopyLink`].
    pub on_intent: Callback<Intent>,
    /// How many chunks to render (the rest follow in later tasks on long articles).
    pub n_chunks: usize,
    /// The target's evidence ranges ([`PassageItemProps::cues`]).
    #[prop_or_default]
    pub cues: AttrValue,
}

/// One passage leaf; only a passage that matches the search gets the query, only the target
/// its evidence ranges.
fn render_passage(
    model: &SharedModel,
    index: usize,
    target: Option<usize>,
    query: &str,
    cues: &AttrValue,
) -> Html {
    let needle = query.trim();
    let query = if !needle.is_empty() && !find_all(model.passage_text(index), needle).is_empty() {
        AttrValue::from(needle.to_string())
    } else {
        AttrValue::default()
    };
    html! {
        <PassageItem
            key={model.passages[index].id.as_str()}
            model={model.clone()}
            {index}
            is_target={target == Some(index)}
            {query}
            cues={if target == Some(index) { cues.clone() } else { AttrValue::default() }}
        />
    }
}

#[derive(Properties, PartialEq)]
pub struct ArticleChunkProps {
    pub model: SharedModel,
    pub chunk: usize,
    /// The target passage, only when it is in this chunk, so other chunks do not re-render.
    pub target: Option<usize>,
    pub query: AttrValue,
    /// The target's evidence ranges, only when the target is in this chunk.
    #[prop_or_default]
    pub cues: AttrValue,
}

/// About fifty passages in their paragraphs; memoised, so growing the article or moving the
/// target re-renders only the chunks concerned.
#[component]
pub fn ArticleChunk(props: &ArticleChunkProps) -> Html {
    let model = &props.model;
    let blocks = model.chunks[props.chunk].blocks.clone();
    html! {
        <div class="chunk">
            { for model.blocks[blocks].iter().map(|block| {
                let items = block.passages.clone().map(|index| render_passage(model, index, props.target, &props.query, &props.cues));
                let has_target = props.target.is_some_and(|t| block.passages.contains(&t));
                let voices = block.voices.clone();
                match block.kind {
                    PassageKind::Caption => html! {
                        <figure class={if has_target { "caption has-target" } else { "caption" }} data-voices={voices}>
                            <figcaption>{ for items }</figcaption>
                        </figure>
                    },
                    _ => html! {
                        <p class={if has_target { "paragraph has-target" } else { "paragraph" }} data-voices={voices}>
                            { for items }
                        </p>
                    },
                }
            }) }
        </div>
    }
}

/// One place in the article body: a rendered chunk, a chunk not rendered yet, or
/// [`PENDING_GROUP`] chunks not rendered yet (by the first's index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Chunk(usize),
    Pending(usize),
    Group(usize),
}

/// Chunks not rendered yet that share one placeholder, when aligned; a 10 MB article has over
/// 2,000 chunks, and a placeholder each made its first render twice as long. The style sheet
/// gives a group the height of this many placeholders.
pub const PENDING_GROUP: usize = 16;

/// The body's slots: the first `n_chunks` chunks and the target's chunk rendered, the others
/// placeholders, grouped where a whole aligned group is pending. Keys stay stable as chunks
/// fill in, so the list reconciles in place.
pub fn body_chunks(
    model: &ArticleModel,
    n_chunks: usize,
    target_chunk: Option<usize>,
) -> Vec<Slot> {
    let total = model.chunks.len();
    let rendered = |chunk: usize| chunk < n_chunks || target_chunk == Some(chunk);
    let mut slots = Vec::new();
    let mut chunk = 0;
    while chunk < total {
        let group_end = chunk + PENDING_GROUP;
        if chunk % PENDING_GROUP == 0 && group_end <= total && !(chunk..group_end).any(rendered) {
            slots.push(Slot::Group(chunk));
            chunk = group_end;
            continue;
        }
        slots.push(if rendered(chunk) {
            Slot::Chunk(chunk)
        } else {
            Slot::Pending(chunk)
        });
        chunk += 1;
    }
    slots
}

#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let model = &props.model;
    let on_intent = props.on_intent.clone();
    let model_for_click = props.model.clone();
    // One delegated handler for every copy button, and for a tap on a passage, which chooses
    // it (the evidence line then says why it has its speaker).
    let onclick = Callback::from(move |event: MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(target) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let copy = matches!(target.closest("button.copy"), Ok(Some(_)));
        if let Some(index) = passage_index_of(&target, &model_for_click) {
            on_intent.emit(match copy {
                true => Intent::CopyLink(index),
                false => Intent::Act(crate::ui::state::Action::TapPassage(index)),
            });
        }
    });
    let headline: Html = model
        .blocks
        .iter()
        .filter(|b| b.kind == PassageKind::Headline)
        .flat_map(|b| b.passages.clone())
        .map(|index| render_passage(model, index, props.target, &props.query, &props.cues))
        .collect();
    let has_headline = model.blocks.iter().any(|b| b.kind == PassageKind::Headline);
    let target_chunk = props.target.and_then(|t| model.chunk_of(t));
    html! {
        <article class="article" id="article" aria-labelledby="headline" {onclick}>
            { article_header(model, if has_headline { headline } else { html! { "Untitled article" } }) }
            { for body_chunks(model, props.n_chunks, target_chunk).into_iter().map(|slot| match slot {
                Slot::Chunk(chunk) => html! {
                    <ArticleChunk
                        key={chunk}
                        model={model.clone()}
                        {chunk}
                        target={if target_chunk == Some(chunk) { props.target } else { None }}
                        query={props.query.clone()}
                        cues={if target_chunk == Some(chunk) { props.cues.clone() } else { AttrValue::default() }}
                    />
                },
                Slot::Pending(chunk) => html! { <div key={chunk} class="chunk pending"></div> },
                Slot::Group(chunk) => html! {
                    <div key={format!("g{chunk}")} class="chunk pending group"></div>
                },
            }) }
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::{runs, Mark};

    #[test]
    fn runs_split_quotes_and_marks() {
        let text = "He said \"yes, cyber\" today";
        let quoted = [(8, 20)];
        let marks = [(15, 20)];
        let cues = [(0, 2)];
        assert_eq!(
            runs(text, &quoted, &marks, &cues),
            vec![
                ("He", false, Mark::Cue),
                (" said ", false, Mark::None),
                ("\"yes, c", true, Mark::None),
                ("yber\"", true, Mark::Match),
                (" today", false, Mark::None)
            ]
        );
    }
}
