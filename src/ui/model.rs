//! The article as the explorer shows it: passages grouped in blocks, speakers with colours,
//! counts and folded roles, and the precomputed strings each passage renders with. Built once
//! per article; everything here is pure and tested natively.

use crate::analysis::{self, Analysis, PassageKind};
use crate::ui::link::{self, NARRATOR};

/// The number of speaker colours in `static/style.css` (`--c1` … `--c8`; `--c0` is the narrator's
/// grey, never a speaker's). One digit each, as `PassageItem` writes them.
pub const N_COLOURS: usize = 8;
/// The number of underline patterns (`u0` … `u3`: solid, dashed, dotted, wavy). Speakers differ
/// in colour, then in pattern: the first `N_COLOURS * N_PATTERNS` (32) all look different.
pub const N_PATTERNS: usize = 4;
const _: () = assert!(N_COLOURS < 10);

/// The colour and pattern numbers of the `n`th speaker after the narrator (from 0).
fn look(n: usize) -> (usize, usize) {
    (n % N_COLOURS + 1, (n / N_COLOURS) % N_PATTERNS)
}

/// An index into [`ArticleModel::speakers`]; 0 is always the article's own voice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SpeakerIdx(pub u32);

/// A filterable speaker: an actor with at least one passage, or the article's own voice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub slug: String,
    pub name: String,
    /// Up to two letters shown in the swatch, the non-colour cue.
    pub initials: String,
    pub kind: &'static str,
    /// Passages this speaker speaks, not counting folded roles.
    pub n_passages: usize,
    /// The colour class number (`c<n>`) and the underline pattern number (`u<n>`).
    pub colour: usize,
    pub pattern: usize,
    /// The organisation this speaker is a role of, when that organisation speaks too.
    pub parent: Option<SpeakerIdx>,
    /// Roles folded under this speaker.
    pub roles: Vec<SpeakerIdx>,
}

/// One passage with what its markup needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassageView {
    pub index: usize,
    /// The passage id's text form, as in `id="p-…"`.
    pub id: String,
    pub kind: PassageKind,
    pub text_start: usize,
    pub text_end: usize,
    /// Space-separated actor slugs (the DOM contract); empty for the article's own voice.
    pub data_speakers: String,
    pub speakers: Vec<SpeakerIdx>,
    /// `Chinese Mission to the EU and NATO`, or empty.
    pub label: String,
    /// Byte ranges, relative to the passage start, that lie inside quotation marks.
    pub quoted: Vec<(usize, usize)>,
    /// Whether the speakers differ from the previous passage's: the speaker's name is then
    /// spoken by screen readers and printed.
    pub speaker_changes: bool,
}

/// A paragraph, the headline or a caption, with its passages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: PassageKind,
    pub passages: std::ops::Range<usize>,
    /// Space-separated slugs of everyone who speaks in the block, `narrator` included: the filter
    /// hides a block that keeps no passage without a costly `:has()`.
    pub voices: String,
}

/// Passages per chunk: the unit of progressive rendering and of `content-visibility: auto`.
pub const CHUNK_PASSAGES: usize = 50;

/// Consecutive body blocks holding about [`CHUNK_PASSAGES`] passages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// Indices into [`ArticleModel::blocks`].
    pub blocks: std::ops::Range<usize>,
    /// The passages of those blocks.
    pub passages: std::ops::Range<usize>,
}

/// Everything the explorer derives from one article.
#[derive(Debug)]
pub struct ArticleModel {
    pub text: String,
    pub analysis: Analysis,
    pub section: Option<String>,
    pub headline: Option<String>,
    pub published: Option<analysis::DateTime>,
    pub published_text: Option<String>,
    pub byline: Option<String>,
    pub speakers: Vec<Speaker>,
    pub passages: Vec<PassageView>,
    pub blocks: Vec<Block>,
    /// The body (every block but the headline) in chunks, in order.
    pub chunks: Vec<Chunk>,
}

/// The explorer's handle on a model: cheap to clone, and equal only to itself.
///
/// A model is built once per article and never changed, so "the same allocation" is exactly "the
/// same model", decided in O(1). Comparing contents would walk the whole article whenever props
/// are compared, and would link that comparison into the wasm (2.7 KB).
#[derive(Clone, Debug)]
pub struct SharedModel(std::rc::Rc<ArticleModel>);

impl SharedModel {
    pub fn new(model: ArticleModel) -> SharedModel {
        SharedModel(std::rc::Rc::new(model))
    }
}

impl PartialEq for SharedModel {
    fn eq(&self, other: &SharedModel) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedModel {}

impl std::ops::Deref for SharedModel {
    type Target = ArticleModel;
    fn deref(&self) -> &ArticleModel {
        &self.0
    }
}

/// Sorts `items` by `key`, stably, by insertion.
///
/// Every list the explorer sorts is short (speakers, a passage's cuts) or nearly sorted already
/// (quotations come in text order but for nesting), where insertion is linear. One small loop per
/// use instead of the standard library's sorts, which are several kilobytes of wasm per element type.
pub fn insertion_sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Collapses runs of whitespace (including no-break spaces) into one space.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as the explorer shows it: the engine's "spokesperson of Chinese Mission to the EU" reads
/// "Chinese Mission to the EU spokesperson" (a one-word role in lower case, then a capitalised
/// name); anything else as it is.
pub fn display_name(name: &str) -> String {
    // The first " of ", found by hand: `str::split_once` links a substring searcher (~1 KB).
    let role_len = name.bytes().take_while(u8::is_ascii_lowercase).count();
    let rest = name
        .get(role_len..)
        .and_then(|after| after.strip_prefix(" of "));
    match rest {
        Some(rest) if role_len > 0 && rest.starts_with(|c: char| c.is_uppercase()) => {
            format!("{rest} {}", &name[..role_len])
        }
        _ => name.to_string(),
    }
}

fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| !link::is_word_char(c))
        .filter(|w| {
            !w.is_empty() && !matches!(*w, "of" | "the" | "to" | "and" | "for" | "in" | "on")
        })
        .collect();
    let mut out = String::new();
    if let [single] = words.as_slice() {
        out.extend(single.chars().take(2));
    } else {
        out.extend(words.iter().filter_map(|w| w.chars().next()).take(2));
    }
    if out.is_empty() {
        out.push('?');
    }
    out.to_ascii_uppercase()
}

impl ArticleModel {
    /// Analyses `text` and derives the view.
    pub fn new(text: String) -> ArticleModel {
        let analysis = analysis::analyze(&text);
        ArticleModel::from_analysis(text, analysis)
    }

    /// Derives the view of an existing analysis of `text`.
    pub fn from_analysis(text: String, analysis: Analysis) -> ArticleModel {
        ModelBuilder::new(text, analysis).finish()
    }

    /// The text of passage `index`.
    pub fn passage_text(&self, index: usize) -> &str {
        self.passages
            .get(index)
            .and_then(|p| self.text.get(p.text_start..p.text_end))
            .unwrap_or("")
    }

    /// The article's title: its headline, or "Untitled article".
    pub fn title(&self) -> String {
        self.headline
            .clone()
            .unwrap_or_else(|| "Untitled article".to_string())
    }

    /// The hint words of passage `index` (`at=` in links). Computed when a link is made or
    /// re-anchored, not for every passage up front: that was most of the model's build time.
    pub fn hint(&self, index: usize) -> Vec<String> {
        link::hint_words(self.passage_text(index))
    }

    /// The speaker with this slug.
    pub fn speaker_by_slug(&self, slug: &str) -> Option<SpeakerIdx> {
        self.speakers
            .iter()
            .position(|s| s.slug == slug)
            .map(|i| SpeakerIdx(i as u32))
    }

    /// The speaker at `idx`.
    pub fn speaker(&self, idx: SpeakerIdx) -> &Speaker {
        &self.speakers[idx.0 as usize]
    }

    /// The chunk that holds passage `index`, if it is in the body.
    pub fn chunk_of(&self, index: usize) -> Option<usize> {
        let pos = self.chunks.partition_point(|c| c.passages.end <= index);
        self.chunks
            .get(pos)
            .filter(|c| c.passages.contains(&index))
            .map(|_| pos)
    }

    /// The passage with this id text.
    pub fn passage_by_id(&self, id: &str) -> Option<usize> {
        self.passages.iter().position(|p| p.id == id)
    }

    /// The passage whose first words best match `hint`: at least half of the hint's words must
    /// match, in order from the start. Ties go to the first passage.
    pub fn passage_by_hint(&self, hint: &[String]) -> Option<usize> {
        if hint.is_empty() {
            return None;
        }
        let needed = hint.len().div_ceil(2).max(2.min(hint.len()));
        let mut best: Option<(usize, usize)> = None;
        for passage in &self.passages {
            let score = self
                .hint(passage.index)
                .iter()
                .zip(hint)
                .take_while(|(a, b)| a == b)
                .count();
            if score >= needed && best.is_none_or(|(_, s)| score > s) {
                best = Some((passage.index, score));
            }
        }
        best.map(|(index, _)| index)
    }

    /// The selected speakers with their folded roles, as a set of flags per speaker.
    pub fn expand_selection(&self, selected: &[SpeakerIdx]) -> Vec<bool> {
        let mut on = vec![false; self.speakers.len()];
        for &idx in selected {
            if let Some(slot) = on.get_mut(idx.0 as usize) {
                *slot = true;
                for role in &self.speakers[idx.0 as usize].roles {
                    on[role.0 as usize] = true;
                }
            }
        }
        on
    }

    /// Whether passage `index` is shown by the selection (all are when nothing is selected).
    pub fn passage_selected(&self, index: usize, expanded: &[bool]) -> bool {
        let Some(passage) = self.passages.get(index) else {
            return false;
        };
        if !expanded.iter().any(|&on| on) {
            return true;
        }
        if passage.speakers.is_empty() {
            return expanded[0];
        }
        passage.speakers.iter().any(|s| expanded[s.0 as usize])
    }
}

/// The CSS rule that hides (or dims) the passages the selection leaves out. The target passage
/// (`aria-current`) is never hidden. Slugs are `[a-z0-9-]` by construction, so they are safe in
/// an attribute selector.
pub fn filter_rule(model: &ArticleModel, selected: &[SpeakerIdx], dim: bool) -> String {
    let expanded = model.expand_selection(selected);
    if !expanded.iter().any(|&on| on) {
        return String::new();
    }
    // Passages the selection keeps: the target, and each selected speaker's. Blocks likewise, by
    // the voices they hold.
    let mut not_kept = String::from(":not([aria-current])");
    let mut block_not_kept = String::from(":not(.has-target)");
    for (idx, on) in expanded.iter().enumerate() {
        if !on {
            continue;
        }
        let slug = &model.speakers[idx].slug;
        if idx == 0 {
            not_kept.push_str(":not([data-speakers=\"\"])");
        } else {
            not_kept.push_str(&format!(":not([data-speakers~=\"{slug}\"])"));
        }
        block_not_kept.push_str(&format!(":not([data-voices~=\"{slug}\"])"));
    }
    rule(&not_kept, &block_not_kept, dim)
}

/// The CSS rule that keeps only `kept` passages (a cell of the statements table) and the target.
/// Passage ids are `[0-9a-z]` by construction, so they are safe in an id selector.
pub fn cell_rule(
    model: &ArticleModel,
    kept: &[usize],
    dim: bool,
    cell: &(String, String),
) -> String {
    let mut not_kept = String::from(":not([aria-current])");
    let mut ids = String::new();
    for &index in kept {
        let id = &model.passages[index].id;
        not_kept.push_str(&format!(":not(#p-{id})"));
        ids.push_str(&format!("#p-{id},"));
    }
    ids.push_str("[aria-current]");
    // The chosen cell stands out; slugs are `[a-z0-9-]` (the reducer checks).
    let (from, to) = cell;
    let mut out =
        format!(".cell[data-from=\"{from}\"][data-to=\"{to}\"]{{border-color:var(--accent)}}\n");
    out.push_str(&rule(&not_kept, &format!(":not(:has({ids}))"), dim));
    out
}

/// The rule that hides (or dims) passages matching `.passage{not_kept}` and marks runs of
/// blocks matching `{block_not_kept}`.
fn rule(not_kept: &str, block_not_kept: &str, dim: bool) -> String {
    if dim {
        // Dimming changes colour rather than opacity, so dimmed text keeps WCAG AA contrast.
        format!(".article .passage{not_kept} {{ color: var(--dim-fg); text-decoration-color: transparent; --spk2: transparent }}")
    } else {
        // A paragraph or caption left with no kept passage shrinks to a marker, the first of a
        // run of them only, so the reader sees where text is left out. A hidden headline passage
        // leaves its text (the heading's label) in place, dimmed: the article keeps its title.
        let block = format!(":is(.paragraph, .caption){block_not_kept}");
        format!(
            ".article .passage{not_kept} {{ display: none }}\n\
             .article h1:has(> .passage{not_kept})::before {{ content: attr(aria-label); color: var(--dim-fg) }}\n\
             .article {block} > * {{ display: none }}\n\
             .article {block}::before {{ content: \"⋯ other speakers’ passages hidden\"; font: 0.85rem/1.4 system-ui, sans-serif; color: var(--muted) }}\n\
             .article {block} + {block} {{ display: none }}"
        )
    }
}

/// A model under construction. The passages are derived a slice at a time ([`ModelBuilder::step`]),
/// so the model of a long article can be built over several tasks of the page.
pub struct ModelBuilder {
    model: ArticleModel,
    speaker_of_actor: Vec<Option<SpeakerIdx>>,
    /// The quotations in text order; the cursor skips those that end before the next passage.
    quotes: Vec<analysis::Quote>,
    quote_cursor: usize,
}

impl ModelBuilder {
    /// Starts the model of `analysis` of `text`: its header and speakers, no passages yet.
    pub fn new(text: String, analysis: Analysis) -> ModelBuilder {
        let meta = &analysis.meta;
        let field = |span: Option<analysis::Span>| {
            span.map(|span| tidy(span.slice(&text)))
                .filter(|s| !s.is_empty())
        };
        let (section, headline, byline) = (
            field(meta.section),
            field(meta.headline),
            field(meta.byline),
        );
        let published_text = meta.published_span.map(|span| tidy(span.slice(&text)));
        let published = meta.published;
        let (speakers, speaker_of_actor) = speakers_of(&analysis);
        let mut quotes = analysis.quotes.clone();
        insertion_sort_by_key(&mut quotes, |q| (q.span.start, q.span.end));
        let passages = Vec::with_capacity(analysis.passages.len());
        ModelBuilder {
            model: ArticleModel {
                section,
                chunks: Vec::new(),
                headline,
                published,
                published_text,
                byline,
                speakers,
                passages,
                blocks: Vec::new(),
                text,
                analysis,
            },
            speaker_of_actor,
            quotes,
            quote_cursor: 0,
        }
    }

    /// Derives up to `n` more passages; true once every passage is derived.
    pub fn step(&mut self, n: usize) -> bool {
        let total = self.model.analysis.passages.len();
        let from = self.model.passages.len();
        for index in from..from.saturating_add(n).min(total) {
            let view = self.passage_view(index);
            self.model.passages.push(view);
        }
        self.model.passages.len() == total
    }

    /// The finished model: the rest of the passages, then blocks and chunks.
    pub fn finish(mut self) -> ArticleModel {
        while !self.step(usize::MAX) {}
        let mut model = self.model;
        model.blocks = blocks_of(&model.analysis, &model.passages, &model.speakers);
        model.chunks = chunks_of(&model.blocks);
        model
    }

    fn passage_view(&mut self, index: usize) -> PassageView {
        let (analysis, speakers) = (&self.model.analysis, &self.model.speakers);
        let passage = &analysis.passages[index];
        let mut idxs: Vec<SpeakerIdx> = passage
            .speakers
            .iter()
            .filter_map(|a| self.speaker_of_actor.get(a.index()).copied().flatten())
            .collect();
        insertion_sort_by_key(&mut idxs, |&s| s);
        idxs.dedup();
        let data_speakers = idxs
            .iter()
            .map(|s| speakers[s.0 as usize].slug.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let names: Vec<&str> = idxs
            .iter()
            .map(|s| speakers[s.0 as usize].name.as_str())
            .collect();
        let label = match names.as_slice() {
            [] => String::new(),
            [one] => (*one).to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        let span = passage.span;
        let quotes = &self.quotes;
        while self.quote_cursor < quotes.len() && quotes[self.quote_cursor].span.end <= span.start {
            self.quote_cursor += 1;
        }
        let quoted = quotes[self.quote_cursor..]
            .iter()
            .take_while(|q| q.span.start < span.end)
            .filter(|q| !q.scare && span.start < q.span.end)
            .map(|q| {
                (
                    q.span.start.max(span.start) - span.start,
                    q.span.end.min(span.end) - span.start,
                )
            })
            .collect();
        PassageView {
            index,
            id: passage.id.to_string(),
            kind: passage.kind,
            text_start: span.start,
            text_end: span.end,
            data_speakers,
            speakers: idxs,
            label,
            quoted,
            speaker_changes: index == 0
                || analysis.passages[index - 1].speakers != passage.speakers,
        }
    }
}

/// The filterable speakers of `analysis`, the article's own voice first, and each actor's speaker.
fn speakers_of(analysis: &Analysis) -> (Vec<Speaker>, Vec<Option<SpeakerIdx>>) {
    // Count passages per actor; actors that never speak are not offered as filters. `order`
    // lists the speaking actors by first passage (a passage's speakers are sorted), in one pass:
    // no sort, so an article with thousands of speakers stays linear.
    let mut n_by_actor = vec![0usize; analysis.actors.len()];
    let mut order: Vec<usize> = Vec::new();
    let mut n_narrator = 0;
    for passage in &analysis.passages {
        if passage.speakers.is_empty() {
            n_narrator += 1;
        }
        for actor in &passage.speakers {
            if let Some(n) = n_by_actor.get_mut(actor.index()) {
                if *n == 0 {
                    order.push(actor.index());
                }
                *n += 1;
            }
        }
    }
    let mut speakers = vec![Speaker {
        slug: NARRATOR.to_string(),
        name: "The article’s own voice".to_string(),
        initials: "—".to_string(),
        kind: "narrator",
        n_passages: n_narrator,
        colour: 0,
        pattern: 0,
        parent: None,
        roles: Vec::new(),
    }];
    let mut speaker_of_actor: Vec<Option<SpeakerIdx>> = vec![None; analysis.actors.len()];
    // Organisations first in order of first passage, then each role right after its parent.
    let speaking_parent = |actor_idx: usize| {
        analysis.actors[actor_idx]
            .member_of
            .map(|p| p.index())
            .filter(|&p| p < n_by_actor.len() && n_by_actor[p] > 0 && p != actor_idx)
    };
    let mut roles_of: Vec<Vec<usize>> = vec![Vec::new(); analysis.actors.len()];
    for &actor_idx in &order {
        if let Some(parent) = speaking_parent(actor_idx) {
            roles_of[parent].push(actor_idx);
        }
    }
    let mut placed = vec![false; analysis.actors.len()];
    let mut sequence = Vec::new();
    for &actor_idx in &order {
        if placed[actor_idx] || speaking_parent(actor_idx).is_some_and(|p| !placed[p]) {
            continue;
        }
        let mut stack = vec![actor_idx];
        while let Some(next) = stack.pop() {
            if placed[next] {
                continue;
            }
            placed[next] = true;
            sequence.push(next);
            for &child in roles_of[next].iter().rev() {
                if !placed[child] {
                    stack.push(child);
                }
            }
        }
    }
    // Anything left (a cycle of member_of) goes last, flat.
    for &actor_idx in &order {
        if !placed[actor_idx] {
            sequence.push(actor_idx);
        }
    }
    for (n, &actor_idx) in sequence.iter().enumerate() {
        let actor = &analysis.actors[actor_idx];
        let idx = SpeakerIdx(speakers.len() as u32);
        speaker_of_actor[actor_idx] = Some(idx);
        let slug = if link::is_slug(&actor.slug) && actor.slug != NARRATOR {
            actor.slug.clone()
        } else {
            format!("speaker-{actor_idx}")
        };
        // Initials from the engine's name: a role's ("SM", spokesperson of the Mission) differ
        // from its organisation's.
        let engine_name = tidy(&actor.name);
        let name = display_name(&engine_name);
        let (colour, pattern) = look(n);
        speakers.push(Speaker {
            initials: initials(&engine_name),
            slug,
            name,
            kind: actor.kind.as_str(),
            n_passages: n_by_actor[actor_idx],
            colour,
            pattern,
            parent: None,
            roles: Vec::new(),
        });
    }
    for &actor_idx in &sequence {
        if let (Some(parent), Some(me)) = (speaking_parent(actor_idx), speaker_of_actor[actor_idx])
        {
            if let Some(parent_idx) = speaker_of_actor[parent] {
                speakers[me.0 as usize].parent = Some(parent_idx);
                speakers[parent_idx.0 as usize].roles.push(me);
            }
        }
    }
    (speakers, speaker_of_actor)
}

/// The most passages in one block: a longer paragraph continues in a further block, so that a
/// chunk, the unit of progressive rendering, stays small (a 1 MB paragraph of 12,800 sentences
/// rendered in one 520 ms task).
const MAX_BLOCK_PASSAGES: usize = 200;

/// The headline, paragraphs and captions, each with its passages and voices.
fn blocks_of(analysis: &Analysis, passages: &[PassageView], speakers: &[Speaker]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut previous: Option<u32> = None;
    for (index, passage) in analysis.passages.iter().enumerate() {
        match blocks.last_mut() {
            Some(block)
                if previous == Some(passage.paragraph)
                    && block.kind == passage.kind
                    && block.passages.len() < MAX_BLOCK_PASSAGES =>
            {
                block.passages.end = index + 1;
            }
            _ => blocks.push(Block {
                kind: passage.kind,
                passages: index..index + 1,
                voices: String::new(),
            }),
        }
        previous = Some(passage.paragraph);
    }

    // Each block's distinct voices, found with a per-speaker stamp (a paragraph of thousands of
    // passages by two voices sorted thousands of duplicates before), then sorted.
    let mut stamp = vec![usize::MAX; speakers.len()];
    for (block_idx, block) in blocks.iter_mut().enumerate() {
        let mut voices: Vec<&str> = Vec::new();
        for passage in &passages[block.passages.clone()] {
            let own_voice = passage.speakers.is_empty().then_some(SpeakerIdx(0));
            for s in passage.speakers.iter().copied().chain(own_voice) {
                if stamp[s.0 as usize] != block_idx {
                    stamp[s.0 as usize] = block_idx;
                    voices.push(speakers[s.0 as usize].slug.as_str());
                }
            }
        }
        insertion_sort_by_key(&mut voices, |&v| v);
        block.voices = voices.join(" ");
    }
    blocks
}

/// The body's blocks in chunks of about [`CHUNK_PASSAGES`] passages.
fn chunks_of(blocks: &[Block]) -> Vec<Chunk> {
    let mut chunks: Vec<Chunk> = Vec::new();
    for (block_idx, block) in blocks.iter().enumerate() {
        if block.kind == PassageKind::Headline {
            continue;
        }
        match chunks.last_mut() {
            Some(chunk) if chunk.passages.len() < CHUNK_PASSAGES => {
                chunk.blocks.end = block_idx + 1;
                chunk.passages.end = block.passages.end;
            }
            _ => chunks.push(Chunk {
                blocks: block_idx..block_idx + 1,
                passages: block.passages.clone(),
            }),
        }
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_of_a_named_organisation_reads_organisation_first() {
        assert_eq!(
            display_name("spokesperson of Chinese Mission to the EU"),
            "Chinese Mission to the EU spokesperson"
        );
        assert_eq!(display_name("officials of Local"), "Local officials");
        for kept in [
            "Ministry of Data",
            "the head of state",
            "chief of staff",
            "of Data",
            "NATO",
        ] {
            assert_eq!(display_name(kept), kept);
        }
    }

    #[test]
    fn initials_skip_small_words() {
        assert_eq!(initials("Chinese Mission to the EU"), "CM");
        assert_eq!(initials("NATO"), "NA");
        assert_eq!(initials(""), "?");
    }

    #[test]
    fn thirty_speakers_look_different_and_none_like_the_narrator() {
        let looks: Vec<_> = (0..30).map(look).collect();
        for (i, a) in looks.iter().enumerate() {
            assert!(
                (1..=N_COLOURS).contains(&a.0),
                "speaker {i} has colour {}",
                a.0
            );
            assert!(a.1 < N_PATTERNS);
            assert!(
                !looks[..i].contains(a),
                "speaker {i} looks like an earlier one"
            );
        }
    }

    #[test]
    fn tidy_folds_unicode_spaces() {
        assert_eq!(tidy(" CHINA\u{a0}/\u{a0}POLITICS \n"), "CHINA / POLITICS");
    }
}
