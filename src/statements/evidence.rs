//! The evidence line of each attributed passage: who, with what stance, about whom, and from
//! which words; where the words or the speaker's name are in another passage, a link there; and
//! the statements it answers.

use super::grid::Grid;
use super::html::{escape, verb};
use crate::analysis::{Analysis, Span, Stances};
use crate::ui::model::display_name;

/// One line per attributed passage: `<passage id>\t<ranges>\t<HTML>`, where the ranges are the
/// cue's and the speaker mention's bytes in the passage's text (`start end start end`,
/// those inside the passage only), which the page marks. Links are `<a href="#p-<id>"
/// data-p="<id>">`; the page follows them itself.
pub fn lines(text: &str, analysis: &Analysis, stances: &Stances, grid: &Grid) -> String {
    let mut out = String::new();
    for (p, owner) in grid.owner.iter().enumerate() {
        let Some(idx) = *owner else { continue };
        let passage = &analysis.passages[p];
        out.push_str(&passage.id.to_string());
        out.push('\t');
        let attribution = &analysis.attributions[idx];
        let here = passage.span;
        let ranges: Vec<String> = [attribution.cue, attribution.source]
            .into_iter()
            .flatten()
            .filter(|s| here.start <= s.start && s.end <= here.end)
            .map(|s| format!("{} {}", s.start - here.start, s.end - here.start))
            .collect();
        out.push_str(&ranges.join(" "));
        out.push('\t');
        out.push_str(&line(text, analysis, stances, grid, p, idx));
        out.push('\n');
    }
    out
}

/// The evidence of passage `p`, which attribution `idx` covers.
fn line(
    text: &str,
    analysis: &Analysis,
    stances: &Stances,
    grid: &Grid,
    p: usize,
    idx: usize,
) -> String {
    let attribution = &analysis.attributions[idx];
    let statement = &stances.statements[idx];
    let name = analysis
        .actor(attribution.actor)
        .map_or(String::new(), |actor| display_name(&actor.name));
    let mut out = format!(
        "<span class=\"why-who\">{}</span> · <span class=\"stance st-{}\">{}</span>",
        escape(&name),
        statement.stance.as_str(),
        verb(statement.stance)
    );
    if !statement.targets.is_empty() {
        let targets: Vec<String> = statement
            .targets
            .iter()
            .map(|&t| escape(&display_name(stances.target_name(analysis, t))))
            .collect();
        out.push_str(&format!(" · {}", targets.join(", ")));
    }
    out.push_str(" — ");
    let passage_of = |span: Span| {
        let passages = &analysis.passages;
        let i = passages.partition_point(|q| q.span.end <= span.start);
        passages
            .get(i)
            .filter(|q| q.span.start <= span.start)
            .map(|_| i)
    };
    let here = analysis.passages[p].span;
    let within = |span: Span| here.start <= span.start && span.end <= here.end;
    match (statement.continues, attribution.cue) {
        (Some(first), _) if !within_cue(analysis, first, here) => {
            let target = grid.passages_of[first].first().copied();
            match (target, analysis.attributions[first].cue) {
                // A carry-over: the cue comes after the words it covers.
                (Some(t), Some(cue)) if t > p => {
                    out.push_str(&format!("from “{}” in ", escape(cue.slice(text))));
                    out.push_str(&link_or_text(analysis, target, "a later sentence"));
                }
                _ => {
                    out.push_str("continues ");
                    out.push_str(&link_or_text(
                        analysis,
                        target,
                        &format!("{}’s statement", escape(&name)),
                    ));
                    out.push_str(" from an earlier sentence");
                }
            }
        }
        (_, Some(cue)) if within(cue) => {
            out.push_str(&format!(
                "from “{}” in this sentence",
                escape(cue.slice(text))
            ));
        }
        (_, Some(cue)) => {
            out.push_str(&format!("from “{}” in ", escape(cue.slice(text))));
            out.push_str(&link_or_text(analysis, passage_of(cue), "another sentence"));
        }
        (_, None) => out.push_str(match attribution.kind {
            crate::analysis::AttributionKind::Headline => "from the headline’s form",
            _ => "from the speaker’s name before the words",
        }),
    }
    match attribution.source {
        Some(source) if !within(source) => {
            out.push_str(&format!("; “{}” is named in ", escape(source.slice(text))));
            out.push_str(&link_or_text(
                analysis,
                passage_of(source),
                "another passage",
            ));
        }
        // "She", "the Mission": where the article last named the speaker in full before.
        Some(source) => {
            let named = analysis
                .actor(attribution.actor)
                .filter(|actor| source.slice(text) != actor.name)
                .and_then(|actor| named_before(text, &actor.name, here.start))
                .and_then(passage_of)
                .filter(|&q| q != p);
            if let Some(named) = named {
                out.push_str(&format!(
                    "; “{}” is {}, named in ",
                    escape(source.slice(text)),
                    escape(&name)
                ));
                out.push_str(&link_or_text(analysis, Some(named), "an earlier sentence"));
            }
        }
        None => {}
    }
    if !statement.answers.is_empty() {
        out.push_str("<span class=\"answers\">Answers: ");
        let links: Vec<String> = statement
            .answers
            .iter()
            .filter_map(|&a| {
                let first = *grid.passages_of.get(a)?.first()?;
                let speaker = analysis.actor(analysis.attributions[a].actor)?;
                let label = format!(
                    "{}, “{}”",
                    escape(&display_name(&speaker.name)),
                    escape(&opening(analysis.passages[first].span.slice(text)))
                );
                Some(link_or_text(analysis, Some(first), &label))
            })
            .collect();
        out.push_str(&links.join("; "));
        out.push_str("</span>");
    }
    out
}

/// How far back a full name is looked for (bytes): a pronoun's antecedent is near, and the
/// look-back keeps the evidence lines linear in the article's length.
const NAME_WINDOW: usize = 2_000;

/// Where `name` last occurs in the [`NAME_WINDOW`] bytes before `end`.
fn named_before(text: &str, name: &str, end: usize) -> Option<Span> {
    let mut start = end.saturating_sub(NAME_WINDOW);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let at = start + text.get(start..end)?.rfind(name)?;
    Some(Span {
        start: at,
        end: at + name.len(),
    })
}

/// Whether the cue of attribution `idx` lies in `span`.
fn within_cue(analysis: &Analysis, idx: usize, span: Span) -> bool {
    analysis.attributions[idx]
        .cue
        .is_some_and(|cue| span.start <= cue.start && cue.end <= span.end)
}

/// A link to passage `p` with the (escaped) label, or the label alone.
fn link_or_text(analysis: &Analysis, p: Option<usize>, label: &str) -> String {
    match p.and_then(|p| analysis.passages.get(p)) {
        Some(passage) => format!(
            "<a href=\"#p-{id}\" data-p=\"{id}\">{label}</a>",
            id = passage.id
        ),
        None => label.to_string(),
    }
}

/// The first words of a passage, for a link's label.
fn opening(text: &str) -> String {
    const WORDS: usize = 8;
    let mut words = text.split_whitespace();
    let mut out: Vec<&str> = words.by_ref().take(WORDS).collect();
    if words.next().is_some() {
        out.push("…");
    }
    out.join(" ")
}
