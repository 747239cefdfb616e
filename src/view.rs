//! The serialisable view of an analysis: the `article-explorer/analysis@1` shape that
//! `explore analyze` prints, as plain structs deriving `serde::Serialize`.
//!
//! The view borrows the article text and the [`Analysis`]; ids become slugs and text forms,
//! spans become `[start, end]` pairs. It uses serde's derive only (no serde_json), so it builds
//! for wasm32 too: a JSON serialiser at the edge (the CLI, the worker) turns it into text.
//! Fields are declared in alphabetical order, the order the CLI has always printed.

use serde::ser::{Serialize, SerializeTuple, Serializer};

use crate::analysis::{
    stances, ActorId, ActorKind, Analysis, AttributionKind, DateTime, PassageId, PassageKind, Span,
    Stance,
};

/// The schema name and version of the view.
pub const SCHEMA: &str = "article-explorer/analysis@1";

/// The `article-explorer/analysis@1` view of an analysis of `text`.
///
/// # Examples
/// ```
/// use article_explorer::{analysis::analyze, view};
/// let text = "Rain due: forecasters\n\nIt will rain, they said.";
/// let analysis = analyze(text);
/// let view = view::view(text, &analysis);
/// assert_eq!(view.schema, "article-explorer/analysis@1");
/// assert_eq!(view.passages[1].text, "It will rain, they said.");
/// ```
pub fn view<'a>(text: &'a str, analysis: &'a Analysis) -> AnalysisView<'a> {
    let slug = |id: ActorId| analysis.actor(id).map(|actor| actor.slug.as_str());
    let meta = &analysis.meta;
    let stances = stances(text, analysis);
    AnalysisView {
        actors: analysis
            .actors
            .iter()
            .map(|actor| ActorView {
                aliases: &actor.aliases,
                id: &actor.slug,
                kind: actor.kind,
                member_of: actor.member_of.and_then(slug),
                mentions: &actor.mentions,
                name: &actor.name,
            })
            .collect(),
        attributions: analysis
            .attributions
            .iter()
            .zip(&stances.statements)
            .map(|(attribution, statement)| AttributionView {
                actor: slug(attribution.actor),
                answers: statement.answers.clone(),
                content: &attribution.content,
                continues: statement.continues,
                cue: attribution.cue,
                kind: attribution.kind,
                source: attribution.source,
                stance: statement.stance,
                stance_from: statement.stance_from,
                targets: statement
                    .targets
                    .iter()
                    .map(|&target| stances.target_slug(analysis, target).to_string())
                    .collect(),
            })
            .collect(),
        diagnostics: analysis
            .diagnostics
            .iter()
            .map(|diagnostic| DiagnosticView {
                message: diagnostic.message,
                span: diagnostic.span,
            })
            .collect(),
        entities: stances
            .entities
            .iter()
            .map(|entity| EntityView {
                id: entity.slug.clone(),
                kind: entity.kind,
                mentions: entity.mentions.clone(),
                name: entity.name.clone(),
            })
            .collect(),
        meta: MetaView {
            byline: meta.byline_text(text),
            captions: meta
                .captions
                .iter()
                .map(|&span| TextSpan::new(text, span))
                .collect(),
            headline: meta.headline.map(|span| TextSpan::new(text, span)),
            published: meta.published,
            section: meta.section_text(text),
        },
        passages: analysis
            .passages
            .iter()
            .map(|passage| PassageView {
                id: passage.id,
                kind: passage.kind,
                paragraph: passage.paragraph,
                span: passage.span,
                speakers: passage.speakers.iter().filter_map(|&id| slug(id)).collect(),
                text: passage.span.slice(text),
            })
            .collect(),
        schema: SCHEMA,
    }
}

/// The whole view: `{"actors", "attributions", "diagnostics", "entities", "meta", "passages",
/// "schema"}`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct AnalysisView<'a> {
    pub actors: Vec<ActorView<'a>>,
    pub attributions: Vec<AttributionView<'a>>,
    pub diagnostics: Vec<DiagnosticView<'a>>,
    /// What statements target without speaking (optional in analysis@1: added later).
    pub entities: Vec<EntityView>,
    pub meta: MetaView<'a>,
    pub passages: Vec<PassageView<'a>>,
    /// Always [`SCHEMA`].
    pub schema: &'static str,
}

/// The metadata lines, cleaned for display.
#[derive(Clone, Debug, serde::Serialize)]
pub struct MetaView<'a> {
    /// The byline without `By `.
    pub byline: Option<String>,
    pub captions: Vec<TextSpan<'a>>,
    pub headline: Option<TextSpan<'a>>,
    /// `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`.
    pub published: Option<DateTime>,
    pub section: Option<String>,
}

/// A span and the text it covers: `{"span": [start, end], "text": "…"}`.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct TextSpan<'a> {
    pub span: Span,
    pub text: &'a str,
}

impl<'a> TextSpan<'a> {
    /// The span with its slice of `text`.
    pub fn new(text: &'a str, span: Span) -> TextSpan<'a> {
        TextSpan {
            span,
            text: span.slice(text),
        }
    }
}

/// An actor; `id` is its slug, `member_of` the slug of its organisation.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ActorView<'a> {
    pub aliases: &'a [String],
    pub id: &'a str,
    pub kind: ActorKind,
    pub member_of: Option<&'a str>,
    pub mentions: &'a [Span],
    pub name: &'a str,
}

/// A passage; `id` is its deep-link id, `speakers` are slugs.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PassageView<'a> {
    pub id: PassageId,
    pub kind: PassageKind,
    pub paragraph: u32,
    pub span: Span,
    pub speakers: Vec<&'a str>,
    pub text: &'a str,
}

/// An attribution; `actor` is a slug. `answers`, `continues`, `stance`, `stance_from` and
/// `targets` are optional in analysis@1 (added later): see [`crate::analysis::stance`].
#[derive(Clone, Debug, serde::Serialize)]
pub struct AttributionView<'a> {
    pub actor: Option<&'a str>,
    /// Indices into `attributions` of the statements this one answers.
    pub answers: Vec<usize>,
    pub content: &'a [Span],
    /// For a passage without a cue: the index of the attribution whose cue it continues.
    pub continues: Option<usize>,
    pub cue: Option<Span>,
    pub kind: AttributionKind,
    pub source: Option<Span>,
    pub stance: Stance,
    /// The words the stance was read from (the cue, a framing verb or a content word).
    pub stance_from: Option<Span>,
    /// Slugs of actors or entities.
    pub targets: Vec<String>,
}

/// Someone statements target who does not speak; `id` is a slug unique among actors and
/// entities.
#[derive(Clone, Debug, serde::Serialize)]
pub struct EntityView {
    pub id: String,
    pub kind: ActorKind,
    pub mentions: Vec<Span>,
    pub name: String,
}

/// A diagnostic.
#[derive(Clone, Debug, serde::Serialize)]
pub struct DiagnosticView<'a> {
    pub message: &'a str,
    pub span: Span,
}

/// A span is the pair `[start, end]`.
impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut pair = serializer.serialize_tuple(2)?;
        pair.serialize_element(&self.start)?;
        pair.serialize_element(&self.end)?;
        pair.end()
    }
}

/// A passage id is its text form, the deep-link id.
impl Serialize for PassageId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A date is its text form, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`.
impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Serialize for ActorKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for PassageKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for Stance {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for AttributionKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
