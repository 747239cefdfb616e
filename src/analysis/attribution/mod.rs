//! Speaker attribution: which actor says each passage.
//!
//! Each body sentence is tokenised (words inside quotations are marked, so that cues inside
//! them are ignored) and matched against these patterns:
//! - `According to X, …` and `…, according to X` (a document's author speaks for it);
//! - the outermost speaker after the content, tried from the right: `"…," said X, the …`,
//!   `…, the Mission said.`, `"A," X said, "B."`;
//! - a speaker before the content, tried from the left: `X claimed that …`, `X accused Y of
//!   …`, `X called on Y to …`, `spokesperson of X said that …`;
//! - a participle clause: `X hit back, saying that …`;
//! - transcript labels (`WALLACE: …`), sign-offs under quotations (`— Maria Gomez`) and bare
//!   attributions after a quotation (`Vitter demanded.`).
//!
//! Subjects are split into coordinated actors, cleaned (titles, appositives, quantifiers) and
//! resolved by the registry in `actors`: pronouns to recent speakers, short names and
//! acronyms to earlier actors, roles (`spokesperson of X`) to actors that are members of an
//! organisation. Then speakers spread to the other sentences of a quotation (also across
//! paragraphs), carry over to earlier unattributed sentences of the paragraph when the
//! speaker comes after the content, and the headline is read as `Claim: Speaker`,
//! `Speaker: claim` or a sentence with a cue.

mod according;
mod appositives;
mod capitals;
mod cue_words;
mod finish;
mod headline;
mod headline_quote;
mod holders;
mod labels;
mod passive_agent;
mod patterns;
mod phrases;
mod quoted_as;
mod remarks;
mod sentence;
mod sentences;
mod spread;
mod subjects;
mod surnames;
mod tokens;

use crate::analysis::actors::{DraftId, Registry};
use crate::analysis::frugal::push_frugally;
use crate::analysis::{Analysis, AttributionKind, Quote, Span};

/// A pass over the shared state.
type Pass = fn(&mut State<'_>);

/// The passes, in order, by name. Each reads the analysis and the state the passes before it
/// left, and may change only what its doc comment says.
const PASSES: &[(&str, Pass)] = &[
    ("sentences", sentences::attribute_sentences),
    ("quotations", spread::spread_over_quotes),
    ("continued quotations", spread::continue_quotations),
    ("unclosed quotes", spread::unclosed_paragraphs),
    ("introduced speakers", spread::introduced_speakers),
    ("carry-over", spread::carry_over),
    ("list items", spread::list_items),
    ("headline", headline::attribute_headline),
    ("remarks named", remarks::name_remarks),
    ("capitals", capitals::name_countries),
    ("same names", surnames::fold_same_names),
    ("surnames", surnames::fold_surnames),
    ("role holders", holders::name_role_holders),
    ("look-ups done", forget_lookups),
];

/// Attributes every passage of `analysis` and fills its actors and attributions.
pub fn attribute(text: &str, analysis: &mut Analysis) {
    let mut state = State::new(text, analysis);
    for (_name, pass) in PASSES {
        pass(&mut state);
    }
    finish::finish(state);
}

/// Frees the registry's look-up tables and what only look-ups needed in each draft: no pass
/// after this one resolves a mention, and on an article of thousands of speakers they are much
/// of the engine's memory. Changes the registry only.
fn forget_lookups(state: &mut State<'_>) {
    state.registry.forget_lookups();
}

/// What the passes share.
struct State<'a> {
    text: &'a str,
    /// Passages, paragraphs and quotations are read; `finish` writes actors, speakers and
    /// attributions.
    analysis: &'a mut Analysis,
    /// Draft actors, acronyms and the history of speakers.
    registry: Registry,
    /// The lower-case expansions of the article's acronyms (to keep `X and Y` names whole).
    expansions: Vec<String>,
    /// Quotations that are statements (not scare quotes), in text order.
    statements: Vec<Quote>,
    /// Per passage: its speakers, as draft actors.
    speakers: Vec<Vec<DraftId>>,
    /// Per passage: whether the speaker came after the content (and so may carry over).
    speaker_after: Vec<bool>,
    /// Attribution records, with draft actors.
    attributions: Vec<Pending>,
}

impl<'a> State<'a> {
    fn new(text: &'a str, analysis: &'a mut Analysis) -> State<'a> {
        let registry = Registry::new(text);
        let expansions = registry
            .acronyms
            .iter()
            .map(|acronym| acronym.display.to_lowercase())
            .collect();
        let statements = analysis
            .quotes
            .iter()
            .copied()
            .filter(|quote| !quote.scare)
            .collect();
        let n_passages = analysis.passages.len();
        State {
            text,
            analysis,
            registry,
            expansions,
            statements,
            speakers: vec![Vec::new(); n_passages],
            speaker_after: vec![false; n_passages],
            attributions: Vec::new(),
        }
    }

    /// Per draft: whether it speaks in some passage.
    fn speaking(&self) -> Vec<bool> {
        let mut speaking = vec![false; self.registry.actors.len()];
        for &id in self.speakers.iter().flatten() {
            speaking[id.index()] = true;
        }
        speaking
    }

    /// Resolves each mention with `resolve` and records `statement` once for each actor not
    /// seen before; returns those actors in order.
    fn resolve_and_record(
        &mut self,
        mentions: impl IntoIterator<Item = Span>,
        statement: &Statement,
        mut resolve: impl FnMut(&mut Registry, Span) -> Vec<DraftId>,
    ) -> Vec<DraftId> {
        let mut ids = Vec::new();
        for mention in mentions {
            for id in resolve(&mut self.registry, mention) {
                if !ids.contains(&id) {
                    ids.push(id);
                    push_frugally(&mut self.attributions, statement.record(id, Some(mention)));
                }
            }
        }
        ids
    }
}

/// A statement in a passage, before its speakers are known.
struct Statement {
    passage: usize,
    kind: AttributionKind,
    cue: Option<Span>,
    content: Vec<Span>,
}

impl Statement {
    /// The record of this statement for draft actor `actor`, named by `source`.
    fn record(&self, actor: DraftId, source: Option<Span>) -> Pending {
        Pending {
            passage: self.passage,
            kind: self.kind,
            actor,
            source,
            cue: self.cue,
            content: self.content.clone(),
        }
    }
}

/// An attribution before actor ids are final.
struct Pending {
    passage: usize,
    kind: AttributionKind,
    /// The draft actor.
    actor: DraftId,
    source: Option<Span>,
    cue: Option<Span>,
    content: Vec<Span>,
}
