//! Headline conventions: `Claim: Speaker`, `Speaker: claim`, a bare role (`Coach blames …`)
//! and a plural role (`Leaders pledge …`).

use super::sentence::{overlapping, Sentence, TokenRange};
use super::subjects::subject_mentions;
use super::tokens::{tokenize, Tk};
use super::{State, Statement};
use crate::analysis::actors::*;
use crate::analysis::cues;
use crate::analysis::lexicon::*;
use crate::analysis::{ActorKind, AttributionKind, PassageKind, Span};

/// The headline's speaker mention: `Claim: Speaker` or `Speaker: claim`.
pub(super) fn headline_speaker(text: &str, headline: Span) -> Option<Span> {
    let label = label_len(headline.slice(text));
    let headline = Span::new(headline.start + label, headline.end);
    let line = headline.slice(text);
    let first_colon = line.find(": ")?;
    let last_colon = line.rfind(": ")?;
    let body = text.get(headline.end..).unwrap_or("");
    let left = before_topic(line.get(..first_colon)?.trim(), body);
    let right_start = last_colon + 2;
    let right = before_topic(line.get(right_start..)?.trim(), body);
    let right_words = right.split_whitespace().count();
    let left_words = left.split_whitespace().count();
    let leading_ws = line.get(right_start..)?.len() - line.get(right_start..)?.trim_start().len();
    // (`A Plan to Save the Ferries: Sell the Old Pier`: a speaker is named in the body too.)
    let named_in_body = right
        .split_whitespace()
        .last()
        .is_some_and(|last| body.contains(last.trim_matches(|c: char| !c.is_alphanumeric())));
    if speaker_like(right, 8) && left_words >= 3 && named_in_body {
        let start = headline.start + right_start + leading_ws;
        return Some(Span::new(start, start + right.len()));
    }
    if let Some(speaker) = dash_speaker(headline, line) {
        return Some(speaker);
    }
    // (`Tolvia: Varga Urges Calm`: a place's label before a headline with its own cue.)
    let right_has_cue = right.split_whitespace().any(|word| {
        cues::lookup(word).is_some_and(|cue| matches!(cue.form, cues::Form::ThirdPerson))
    });
    if speaker_like(left, 5)
        && right_words >= 2
        && !is_in(HEADLINE_LABELS, left)
        && !(left_words == 1 && right_has_cue)
    {
        let start = headline.start + (line.len() - line.trim_start().len());
        return Some(Span::new(start, start + left.len()));
    }
    None
}

/// `Ines Varga on ferry fees`, `Harbour chief on the strike`: the speaker before a lower-case
/// topic after `on`/`about`; `Tolvia to Norland`: the speaker before the one addressed, a name
/// the `body` gives too (not `A Plan to Cut Fares`) (the part itself otherwise).
fn before_topic<'p>(part: &'p str, body: &str) -> &'p str {
    let topic = |at: usize, len: usize| {
        part[at + len..]
            .split_whitespace()
            .all(|word| !starts_upper(word) || is_in(FUNCTION_WORDS, word))
    };
    let addressee = |at: usize, len: usize| {
        let mut words = part[at + len..].split_whitespace();
        words.next().is_some_and(|first| {
            starts_upper(first) && cues::lookup(first).is_none() && !is_in(FUNCTION_WORDS, first)
        }) && words.all(|word| starts_upper(word) || is_in(FUNCTION_WORDS, word))
            && !part
                .split_whitespace()
                .next()
                .is_some_and(|first| is_in(&["a", "an"], first))
            && part[at + len..]
                .split_whitespace()
                .last()
                .is_some_and(|last| body.contains(last))
    };
    [" on ", " about ", " to "]
        .into_iter()
        .filter_map(|word| part.find(word).map(|at| (at, word.len())))
        .min()
        .filter(|&(at, len)| {
            if part[at..].starts_with(" to ") {
                addressee(at, len)
            } else {
                topic(at, len)
            }
        })
        .map_or(part, |(at, _)| &part[..at])
}

/// `Why the side lost the final – Southgate`: a short name after the last dash, closing a claim
/// of three words or more.
fn dash_speaker(headline: Span, line: &str) -> Option<Span> {
    let (at, separator) = [" – ", " — ", " - "]
        .into_iter()
        .filter_map(|separator| line.rfind(separator).map(|at| (at, separator)))
        .max_by_key(|&(at, _)| at)?;
    let after = line.get(at + separator.len()..)?;
    let right = after.trim();
    let left_words = line.get(..at)?.split_whitespace().count();
    let last = right.split_whitespace().last()?;
    let named = speaker_like(right, 3)
        && !is_in(HEADLINE_LABELS, right)
        && last.chars().count() >= 3
        && last.chars().all(char::is_alphabetic)
        // `… - Tolvik Herald`, `… - Reuters`: the page title's outlet, no speaker.
        && !is_in(NEWS_OUTLET_WORDS, &last.to_lowercase());
    if !(named && left_words >= 3) {
        return None;
    }
    let start = headline.start + at + separator.len() + (after.len() - after.trim_start().len());
    Some(Span::new(start, start + right.len()))
}

/// The length of a leading label and its separator (`EXCLUSIVE – `, `BREAKING: `, `Watch | `),
/// or 0.
fn label_len(line: &str) -> usize {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    for separator in [": ", " – ", " — ", " - ", " | "] {
        if let Some(at) = trimmed.find(separator) {
            let label = &trimmed[..at];
            // Another separator must follow: `BREAKING: Ostrova: …`, not `Ostrova: …`.
            let rest = &trimmed[at + separator.len()..];
            if is_in(HEADLINE_LABELS, label) && (separator != ": " || rest.contains(": ")) {
                return indent + at + separator.len();
            }
        }
    }
    0
}

/// The name that follows the first use of `role` after `from`: `… Foreign Minister Wang Yi …`
/// for `Minister`.
pub(super) fn role_holder(text: &str, from: usize, role: &str) -> Option<Span> {
    titled_holder(text, from, &[role])
}

/// The name that follows the first use of the title `role` (one or more words, any case)
/// after `from` that a name follows: `Justice Minister Tomas Holm` for `Justice Minister`.
fn titled_holder(text: &str, from: usize, role: &[&str]) -> Option<Span> {
    let rest = text.get(from..)?;
    let words = words_with_breaks(rest);
    let n = role.len();
    (0..words.len().saturating_sub(n)).find_map(|at| {
        let titled = words[at..at + n]
            .iter()
            .zip(role)
            .all(|((_, word), role_word)| bare_word(word).eq_ignore_ascii_case(role_word));
        if !titled {
            return None;
        }
        let name: Vec<&(usize, &str)> = words[at + n..]
            .iter()
            .take(3)
            .take_while(|(_, word)| starts_upper(word) && !is_in(TITLES, bare_word(word)))
            .collect();
        let (first, last) = (name.first()?, name.last()?);
        let end = last.0
            + last
                .1
                .trim_end_matches([',', '.', ';', ':', '\'', '’'])
                .len();
        Some(Span::new(from + first.0, from + end))
    })
}

/// Whether a headline part looks like the name of a speaker.
pub(super) fn speaker_like(part: &str, max_words: usize) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.is_empty() || words.len() > max_words {
        return false;
    }
    // (`WHO: …` is the World Health Organization, not a question word.)
    if !is_acronym_form(words[0])
        && (is_in(PRONOUNS, words[0])
            || is_in(
                &["this", "that", "why", "how", "what", "who", "when", "where"],
                words[0],
            ))
    {
        return false;
    }
    // `Ferry Fine Should Be Halved`: a title-case claim has a finite verb or `be` (not `May`
    // or `Will`, which are also names: `Theresa May`).
    let claim_verb = |word: &&str| {
        word.eq_ignore_ascii_case("be")
            || (is_in(FINITE_VERBS, word) && !is_in(&["may", "will"], word))
    };
    if words.iter().any(claim_verb) {
        return false;
    }
    let n = words.len();
    let last = words[n - 1].trim_matches(|c: char| !c.is_alphanumeric());
    let noun_phrase_end =
        is_in(ORG_WORDS, last) || is_in(GENERIC_ORG, last) || is_role_noun_or_plural(last);
    let lower_noun_phrase = noun_phrase_end && n <= 4;
    // A quotation, double or single (`'Very Good Reporter.'`), is a claim.
    let unquoted = part.trim_end_matches(['\'', '’']);
    if !(starts_upper(words[0]) || lower_noun_phrase)
        || unquoted.ends_with(['?', '!', '.'])
        || part.starts_with(['\'', '‘'])
        || part.contains(['"', '“', '”'])
    {
        return false;
    }
    words.iter().enumerate().all(|(idx, word)| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        starts_upper(bare)
            || is_in(FUNCTION_WORDS, bare)
            || is_in(ROLE_NOUNS, bare)
            || (idx + 1 == n && bare.ends_with('s') && cues::lookup(bare).is_none())
            || (noun_phrase_end
                && bare.starts_with(char::is_lowercase)
                && cues::lookup(bare).is_none()
                && !is_in(VERB_WORDS, bare))
            || bare.chars().all(|c| !c.is_alphabetic())
    }) && words
        .iter()
        .all(|word| cues::lookup(word.trim_matches(|c: char| !c.is_alphanumeric())).is_none())
}

/// Attributes the headline: `Claim: Speaker`, `Speaker: claim`, a cue pattern with the
/// speaker first, a name after its last dash, or a quotation the body attributes. Sets the
/// headline's `speakers` and records its attributions.
pub(super) fn attribute_headline(state: &mut State<'_>) {
    let Some(headline_idx) = state
        .analysis
        .passages
        .iter()
        .position(|p| p.kind == PassageKind::Headline)
    else {
        return;
    };
    let text = state.text;
    let headline = state.analysis.passages[headline_idx].span;
    let speaker = headline_speaker(text, headline).filter(|&speaker| {
        speaker.start > headline.start + label_len(headline.slice(text))
            || label_speaks(
                state,
                text.get(speaker.start..headline.end).unwrap_or(""),
                speaker.slice(text),
                text.get(headline.end..).unwrap_or(""),
            )
    });
    let ids = if let Some(speaker) = speaker {
        attribute_speaker_span(state, headline_idx, speaker)
    } else if let Some(ids) = attribute_cue(state, headline_idx) {
        ids
    } else if let Some(speaker) = dash_speaker(headline, headline.slice(text)) {
        // `… is unfounded - embassy`: no cue, a speaker after the last dash.
        attribute_speaker_span(state, headline_idx, speaker)
    } else if let Some(speaker) = super::labels::headline_interviewee(text, state.analysis) {
        // `Spokesperson of the … Mission Speaks on a Question …`: a statement's headline.
        let statement = Statement {
            passage: headline_idx,
            kind: AttributionKind::Headline,
            cue: None,
            content: vec![headline],
        };
        state.resolve_and_record([speaker], &statement, |registry, mention| {
            super::labels::resolve_headline_role(registry, text, mention)
        })
    } else {
        // `Soaring rents 'hit young families'`: the body's speaker of those words.
        super::headline_quote::quoted_claim_speakers(state, headline_idx).unwrap_or_default()
    };
    state.speakers[headline_idx] = ids;
}

/// Whether the name before a headline's colon (`Vell Harbour Board: …`) is a speaker rather
/// than the topic (`Ferry Strike: …`): it is a role (`Beijing official: …`), a quotation
/// follows it, its last word is never a common noun in the body, or a word of it is a word of
/// a speaker's name or alias in the body.
fn label_speaks(state: &State<'_>, headline: &str, label: &str, body: &str) -> bool {
    let Some(last) = label.split_whitespace().last() else {
        return false;
    };
    let after = headline.get(label.len()..).unwrap_or("");
    if is_in(ROLE_NOUNS, last) || is_in(TITLES, last) || after.contains(['"', '“', '‘', '\'']) {
        return true;
    }
    // `Lena Ostrova: …` with no Lena Ostrova in the body: a name is never written in lower
    // case, a topic's noun usually is (`stayed out on strike`).
    let lower = last.to_lowercase();
    let common = body
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word == lower);
    if !common {
        return true;
    }
    let label_words: Vec<&str> = label
        .split_whitespace()
        .filter(|word| word.chars().count() >= 3 && !is_in(FUNCTION_WORDS, word))
        .collect();
    let names_it = |name: &str| {
        name.split_whitespace()
            .any(|word| label_words.iter().any(|own| own.eq_ignore_ascii_case(word)))
    };
    state.speakers.iter().flatten().any(|&id| {
        let actor = &state.registry.actors[id];
        names_it(&actor.name) || actor.aliases.iter().any(|alias| names_it(alias))
    })
}

/// The headline's speakers named by the span `speaker` (the whole headline is the claim).
fn attribute_speaker_span(
    state: &mut State<'_>,
    headline_idx: usize,
    speaker: Span,
) -> Vec<DraftId> {
    let text = state.text;
    let headline = state.analysis.passages[headline_idx].span;
    let mut tokens = Vec::new();
    tokenize(text, speaker, &[], &mut tokens);
    let sentence = Sentence {
        text,
        toks: &tokens,
        span: speaker,
    };
    let mentions = subject_mentions(
        &sentence,
        TokenRange::new(0, tokens.len()),
        &state.expansions,
    );
    let statement = Statement {
        passage: headline_idx,
        kind: AttributionKind::Headline,
        cue: None,
        content: vec![headline],
    };
    state.resolve_and_record(mentions, &statement, |registry, mention| {
        resolve_headline_subject(registry, text, headline, mention)
    })
}

/// The headline's speakers by its cue, if it has one: the speaker first (`Regulator slams
/// …`), or inverted after the claim (`…, says Burnley's Dyche`).
fn attribute_cue(state: &mut State<'_>, headline_idx: usize) -> Option<Vec<DraftId>> {
    let text = state.text;
    let headline = state.analysis.passages[headline_idx].span;
    let mut tokens = Vec::new();
    tokenize(
        text,
        headline,
        overlapping(&state.statements, headline),
        &mut tokens,
    );
    let sentence = Sentence {
        text,
        toks: &tokens,
        span: headline,
    };
    let inverted = |found: &super::sentence::Found| {
        found.cue.start
            < sentence
                .span_of(found.subject.start, found.subject.end)
                .start
    };
    // `A bridge collapses, killing two, fire chief says`: the speaker and the cue close
    // the headline.
    let closing = |found: &super::sentence::Found| {
        let rest = text.get(found.cue.end..headline.end).unwrap_or("");
        rest.trim().is_empty()
    };
    // `'Absurd and motivated': Tolvia rejects allegations`: a quoted claim, a colon, then
    // the speaker and the cue.
    let after_colon = |found: &super::sentence::Found| {
        found.subject.start > 0 && sentence.kind(found.subject.start - 1) == Some(Tk::Colon)
    };
    let found = closing_inverted(&sentence).or_else(|| {
        sentence
            .find()
            .filter(|found| !found.after || inverted(found) || closing(found) || after_colon(found))
    })?;
    let subject = title_case_subject(&sentence, found.subject);
    let mentions = subject_mentions(&sentence, subject, &state.expansions);
    let statement = Statement {
        passage: headline_idx,
        kind: AttributionKind::Headline,
        cue: Some(found.cue),
        content: found.content,
    };
    Some(
        state.resolve_and_record(mentions, &statement, |registry, mention| {
            resolve_headline_subject(registry, text, headline, mention)
        }),
    )
}

/// The subject cut before a capitalised preposition after its first word: in a title-case
/// headline (`…, Says Ten Holm After Defeat`) it opens a circumstance, not more of the name.
fn title_case_subject(sentence: &Sentence<'_>, subject: TokenRange) -> TokenRange {
    let end = (subject.start + 1..subject.end)
        .find(|&idx| {
            let word = sentence.word(idx);
            starts_upper(word) && is_in(TITLE_CASE_BREAKS, word)
        })
        .unwrap_or(subject.end);
    TokenRange::new(subject.start, end)
}

/// `Harbour fees unfounded, says embassy`: a short claim (two words or more, which need no
/// verb in a headline), a comma, an inverting cue and a short noun phrase that ends the
/// headline.
fn closing_inverted(sentence: &Sentence<'_>) -> Option<super::sentence::Found> {
    let n = sentence.toks.len();
    let idx = (2..n.saturating_sub(1)).rev().find(|&idx| {
        sentence.kind(idx - 1) == Some(Tk::Comma)
            && cues::lookup(sentence.word(idx)).is_some_and(|cue| {
                cue.inverts && matches!(cue.form, cues::Form::Past | cues::Form::ThirdPerson)
            })
    })?;
    let words_before = (0..idx - 1)
        .filter(|&i| sentence.kind(i) == Some(Tk::Word))
        .count();
    let speaker = sentence.span_of(idx + 1, n).slice(sentence.text);
    if words_before < 2 || !(sentence.is_noun_phrase(idx + 1, n, 6) || speaker_like(speaker, 4)) {
        return None;
    }
    Some(super::sentence::Found {
        kind: AttributionKind::Indirect,
        subject: TokenRange::new(idx + 1, n),
        cue: sentence.toks[idx].span,
        content: vec![Span::new(
            sentence.span.start,
            sentence.toks[idx - 1].span.start,
        )],
        after: true,
    })
}

/// A headline subject's actors: a plural role (`Leaders pledge …`) is the people who first
/// spoke together, a bare role (`Coach blames referee …`) the person the article gives that
/// role (never an actor named `Coach`), anything else a name.
fn resolve_headline_subject(
    registry: &mut Registry,
    text: &str,
    headline: Span,
    mention: Span,
) -> Vec<DraftId> {
    let word = mention.slice(text);
    let one_word = !word.contains(char::is_whitespace);
    if one_word
        && word
            .strip_suffix('s')
            .is_some_and(|one| is_in(ROLE_NOUNS, one) || is_in(TITLES, one))
    {
        // `…: experts` over a body where `experts said`: that group, else the people who
        // first spoke together.
        match first_speaker_named(registry, word) {
            Some(id) => vec![id],
            None => registry.first_group(),
        }
    } else if let Some(id) = (one_word && is_in(GENERIC_ORG, &word.to_lowercase()))
        .then(|| registry.first_speaker_with_head(word))
        .flatten()
    {
        // `…, says embassy` over a body where the Tolvian Embassy speaks.
        vec![id]
    } else if described_organisation(word) {
        // `Rights group accuses …` over a body where `Tolvik Rights` speaks first.
        match registry.first_speaker(ActorKind::Organization) {
            Some(id) => vec![id],
            None => registry.resolve(text, mention),
        }
    } else if described_person(word) {
        // `…, says harbour official` over a body where only `a harbour official` speaks: the
        // unnamed role itself.
        match registry.first_person_speaker() {
            Some(id) => vec![id],
            None => registry.resolve(text, mention),
        }
    } else if one_word && (is_in(ROLE_NOUNS, word) || is_in(TITLES, word)) {
        match role_holder(text, headline.end, word) {
            Some(name) => registry.resolve(text, name),
            None => Vec::new(),
        }
    } else if let Some(id) = one_word
        .then(|| registry.first_speaker_for_country(text, bare_word(word)))
        .flatten()
    {
        // `Tolvia condemns …` over a body where the Tolvian embassy speaks.
        vec![id]
    } else if let Some(name) =
        capitalised_title(word).and_then(|title| titled_holder(text, headline.end, &title))
    {
        // `Tolvian Justice Minister: …` over `Justice Minister Tomas Holm` in the body.
        registry.resolve(text, name)
    } else {
        registry.resolve(text, mention)
    }
}

/// The first body speaker whose whole name is `name`, ignoring case (`experts`).
fn first_speaker_named(registry: &Registry, name: &str) -> Option<DraftId> {
    registry
        .history
        .iter()
        .flatten()
        .copied()
        .find(|&id| registry.actors[id].name.eq_ignore_ascii_case(name))
}

/// The capitalised title that ends a headline's speaker after a nationality or place
/// (`Tolvian Justice Minister` gives `Justice Minister`): its last two words when both are
/// capitalised and the last is a title or role noun.
fn capitalised_title(mention: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let [.., before, last] = words[..] else {
        return None;
    };
    (words.len() >= 3
        && starts_upper(before)
        && starts_upper(last)
        && (is_in(TITLES, last) || is_in(ROLE_NOUNS, last)))
    .then(|| vec![before, last])
}

/// `Rights group`, `UK watchdog`, `Oil company`: an organisation described by its kind, without
/// a name.
fn described_organisation(mention: &str) -> bool {
    described_by(mention, &GENERIC_ORG)
}

/// `Chinese official`, `central bank chief`: a person described by a role, without a name.
fn described_person(mention: &str) -> bool {
    described_by(mention, &ROLE_NOUNS) && !mention.trim_end().ends_with('s')
}

/// One to three describing words, then a lower-case noun of `nouns`; only the first word may
/// be capitalised.
fn described_by(mention: &str, nouns: &[&str]) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let Some((&last, before)) = words.split_last() else {
        return false;
    };
    !before.is_empty()
        && before.len() <= 3
        && is_in(nouns, last)
        && last.starts_with(char::is_lowercase)
        && before
            .iter()
            .skip(1)
            .all(|word| word.starts_with(char::is_lowercase) && !is_in(FUNCTION_WORDS, word))
}
