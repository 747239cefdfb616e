//! The article body: header, captions and paragraphs of passages. Passages are memoised, keyed
//! leaves; a filter change touches none of them (a generated style rule hides them).

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::PassageKind;
use crate::ui::components::ArticleHeader;
use crate::ui::model::{ArticleModel, Block};
use crate::ui::state::{find_all, Intent};

/// Passages per `content-visibility: auto` group.
const CHUNK_PASSAGES: usize = 50;

#[derive(Properties, PartialEq)]
pub struct PassageItemProps {
    pub model: Rc<ArticleModel>,
    pub index: usize,
    pub is_target: bool,
    /// The search text, set only when this passage matches it.
    #[prop_or_default]
    pub query: AttrValue,
}

/// Splits passage text into runs of (text, quoted, marked).
fn runs<'t>(
    text: &'t str,
    quoted: &[(usize, usize)],
    marks: &[(usize, usize)],
) -> Vec<(&'t str, bool, bool)> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(start, end) in quoted.iter().chain(marks) {
        cuts.push(start.min(text.len()));
        cuts.push(end.min(text.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let inside =
        |ranges: &[(usize, usize)], at: usize| ranges.iter().any(|&(s, e)| s <= at && at < e);
    cuts.windows(2)
        .filter_map(|pair| {
            let piece = text.get(pair[0]..pair[1])?;
            (!piece.is_empty()).then(|| (piece, inside(quoted, pair[0]), inside(marks, pair[0])))
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
    let class = classes!(
        "passage",
        spoken.then(|| format!("spoken c{colour} u{pattern}")),
        (passage.speakers.len() > 1).then_some("multi"),
        (passage.kind == PassageKind::Caption).then_some("caption-text"),
    );
    let title = if spoken {
        format!("Speaker: {}", passage.label)
    } else {
        "The article’s own voice".to_string()
    };
    let pieces = runs(text, &passage.quoted, &marks)
        .into_iter()
        .map(|(piece, quoted, marked)| {
            let piece = piece.to_string();
            match (quoted, marked) {
                (true, true) => html! { <span class="quoted"><mark>{ piece }</mark></span> },
                (true, false) => html! { <span class="quoted">{ piece }</span> },
                (false, true) => html! { <mark>{ piece }</mark> },
                (false, false) => html! { { piece } },
            }
        });
    html! {
        <span
            class={class}
            id={format!("p-{}", passage.id)}
            data-speakers={passage.data_speakers.clone()}
            data-index={props.index.to_string()}
            tabindex="-1"
            title={title}
            aria-current={props.is_target.then_some("location")}
        >
            if spoken && passage.speaker_changes {
                <span class="who">{ format!("{}: ", passage.label) }</span>
            }
            { for pieces }
            <button
                type="button"
                class="copy"
                data-copy={props.index.to_string()}
                aria-label={format!("Copy link to passage {}", props.index + 1)}
                title="Copy link to this passage"
            >
                <span aria-hidden="true">{ "#" }</span>
            </button>
            { " " }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub model: Rc<ArticleModel>,
    pub target: Option<usize>,
    /// The search text; passed on only to the passages that match it.
    pub query: AttrValue,
    /// Delegated clicks on copy buttons ask for [`Intent::CopyLink`].
    pub on_intent: Callback<Intent>,
    /// How many passages to render (the rest follow in later frames on long articles).
    pub n_rendered: usize,
}

/// One passage leaf; only a passage that matches the search gets the query.
fn render_passage(props: &ArticleBodyProps, index: usize) -> Html {
    let needle = props.query.trim();
    let query =
        if !needle.is_empty() && !find_all(props.model.passage_text(index), needle).is_empty() {
            AttrValue::from(needle.to_string())
        } else {
            AttrValue::default()
        };
    html! {
        <PassageItem
            key={props.model.passages[index].id.as_str()}
            model={props.model.clone()}
            {index}
            is_target={props.target == Some(index)}
            {query}
        />
    }
}

fn render_block(props: &ArticleBodyProps, block: &Block) -> Html {
    let items = block
        .passages
        .clone()
        .filter(|&i| i < props.n_rendered)
        .map(|index| render_passage(props, index));
    match block.kind {
        PassageKind::Caption => {
            html! { <figure class="caption"><figcaption>{ for items }</figcaption></figure> }
        }
        _ => html! { <p class="paragraph">{ for items }</p> },
    }
}

#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let model = &props.model;
    let on_intent = props.on_intent.clone();
    // One delegated handler for every copy button.
    let onclick = Callback::from(move |event: MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(target) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Ok(Some(button)) = target.closest("button[data-copy]") else {
            return;
        };
        if let Some(index) = button
            .get_attribute("data-copy")
            .and_then(|v| v.parse().ok())
        {
            on_intent.emit(Intent::CopyLink(index));
        }
    });
    let headline: Html = model
        .blocks
        .iter()
        .filter(|b| b.kind == PassageKind::Headline)
        .flat_map(|b| b.passages.clone())
        .map(|index| render_passage(props, index))
        .collect();
    let has_headline = model.blocks.iter().any(|b| b.kind == PassageKind::Headline);

    // Group body blocks into chunks of about CHUNK_PASSAGES passages for content-visibility.
    let mut chunks: Vec<Vec<&Block>> = Vec::new();
    let mut in_chunk = 0;
    for block in model
        .blocks
        .iter()
        .filter(|b| b.kind != PassageKind::Headline)
    {
        if block.passages.start >= props.n_rendered {
            break;
        }
        if chunks.is_empty() || in_chunk >= CHUNK_PASSAGES {
            chunks.push(Vec::new());
            in_chunk = 0;
        }
        in_chunk += block.passages.len();
        if let Some(chunk) = chunks.last_mut() {
            chunk.push(block);
        }
    }
    html! {
        <article class="article" id="article" aria-labelledby="headline" {onclick}>
            <ArticleHeader model={model.clone()}>
                if has_headline { { headline } } else { { "Untitled article" } }
            </ArticleHeader>
            { for chunks.iter().enumerate().map(|(n, chunk)| html! {
                <div class="chunk" key={n}>
                    { for chunk.iter().map(|block| render_block(props, block)) }
                </div>
            }) }
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::runs;

    #[test]
    fn runs_split_quotes_and_marks() {
        let text = "He said \"yes, cyber\" today";
        let quoted = [(8, 20)];
        let marks = [(15, 20)];
        assert_eq!(
            runs(text, &quoted, &marks),
            vec![
                ("He said ", false, false),
                ("\"yes, c", true, false),
                ("yber\"", true, true),
                (" today", false, false)
            ]
        );
    }
}
