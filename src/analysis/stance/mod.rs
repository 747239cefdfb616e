//! Stances, targets and rebuttals: who accuses, denies, urges or praises whom, and which
//! statement answers which.
//!
//! Reads a finished [`Analysis`] (its attributions, passages, quotations and actors) and the
//! text; changes nothing in it. [`stances`] returns one [`Statement`] per attribution (same
//! index) and the [`Entity`]s that statements target without speaking themselves. The passes:
//!
//! ```text
//! frames        each attribution's sentence, and the stance of its cue or of a stance verb
//!               framing it (`Slamming X's allegations, Y said …`, `issued statements refuting`)
//! objects       targets from the stance verb's object: `accused China of`, `called on related
//!               countries to`, `slammed EU and NATO for`, `rejected the union's claims`
//! content       failing an object, the actors, entities and groups named in the content
//! content stance a claim whose content calls something false denies; one that charges a
//!               target with wrongdoing accuses
//! self          no statement targets its own speaker (nor the organisation it speaks for)
//! answers       a deny or accuse statement answers its targets' statements
//! continues     a statement without a cue points at the one whose cue it continues
//! ```

mod answers;
mod descriptions;
mod targets;
mod words;

use crate::analysis::lexicon::{
    is_in, AUDIENCE_CUES, CHARGE_WORDS, DENIAL_PHRASES, DENIAL_WORDS, NEGATORS,
};
use crate::analysis::{ActorId, ActorKind, Analysis, AttributionKind, Span};
use words::{has_phrase, has_word, stance_key, stance_of, words, Word};

/// What a statement does to its targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stance {
    Accuse,
    Deny,
    Claim,
    Urge,
    Warn,
    Support,
    Announce,
}

impl Stance {
    /// The lower-case name used in JSON and in label files.
    pub const fn as_str(self) -> &'static str {
        match self {
            Stance::Accuse => "accuse",
            Stance::Deny => "deny",
            Stance::Claim => "claim",
            Stance::Urge => "urge",
            Stance::Warn => "warn",
            Stance::Support => "support",
            Stance::Announce => "announce",
        }
    }

    /// Parses [`Stance::as_str`].
    pub fn parse(name: &str) -> Option<Stance> {
        ALL_STANCES
            .iter()
            .copied()
            .find(|stance| stance.as_str() == name)
    }

    /// A stance verb that frames a plain cue may replace that cue's stance.
    const fn is_strong(self) -> bool {
        !matches!(self, Stance::Claim | Stance::Announce)
    }
}

/// Every stance, in declaration order.
pub const ALL_STANCES: [Stance; 7] = [
    Stance::Accuse,
    Stance::Deny,
    Stance::Claim,
    Stance::Urge,
    Stance::Warn,
    Stance::Support,
    Stance::Announce,
];

/// Whom a statement targets: a speaking actor or an entity that only is spoken about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Actor(ActorId),
    /// An index into [`Stances::entities`].
    Entity(usize),
}

/// Someone a statement targets who does not speak in the article (a state, a group such as
/// `related countries`, an organisation named only in the content).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Unique among the actors' slugs and the other entities'.
    pub slug: String,
    /// The normalised name: `Western countries` for `some Western countries` and for
    /// `certain countries in the West`.
    pub name: String,
    pub kind: ActorKind,
    /// Where statements name it, in text order.
    pub mentions: Vec<Span>,
}

/// The stance side of one attribution (same index in [`Analysis::attributions`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub stance: Stance,
    /// The words the stance was read from: the cue, a framing verb or a content word.
    pub stance_from: Option<Span>,
    /// In order of first mention, never the speaker itself.
    pub targets: Vec<Target>,
    /// Indices of the attributions this statement answers, in text order.
    pub answers: Vec<usize>,
    /// For a passage without a cue of its own (a quotation's further sentences, a carry-over):
    /// the index of the attribution of the same speaker whose cue gives it its speaker.
    pub continues: Option<usize>,
}

/// The stances of an analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stances {
    /// One per attribution, same index.
    pub statements: Vec<Statement>,
    /// Targets that are not speaking actors.
    pub entities: Vec<Entity>,
}

impl Stances {
    /// The display name of a target.
    pub fn target_name<'a>(&'a self, analysis: &'a Analysis, target: Target) -> &'a str {
        match target {
            Target::Actor(id) => analysis.actor(id).map_or("", |actor| actor.name.as_str()),
            Target::Entity(idx) => self.entities.get(idx).map_or("", |e| e.name.as_str()),
        }
    }

    /// The slug of a target (an actor's slug or an entity's).
    pub fn target_slug<'a>(&'a self, analysis: &'a Analysis, target: Target) -> &'a str {
        match target {
            Target::Actor(id) => analysis.actor(id).map_or("", |actor| actor.slug.as_str()),
            Target::Entity(idx) => self.entities.get(idx).map_or("", |e| e.slug.as_str()),
        }
    }
}

/// The stance, targets and answers of every attribution of `analysis` (an analysis of `text`).
///
/// # Examples
/// ```
/// use article_explorer::analysis::{analyze, stances, Stance};
/// let text = "Row over fares\n\nThe ministry accused the Dockers Union of spreading lies.";
/// let analysis = analyze(text);
/// let stances = stances(text, &analysis);
/// assert_eq!(stances.statements[0].stance, Stance::Accuse);
/// let target = stances.statements[0].targets[0];
/// assert_eq!(stances.target_name(&analysis, target), "Dockers Union");
/// ```
pub fn stances(text: &str, analysis: &Analysis) -> Stances {
    let mut index = targets::Index::new(text, analysis);
    let (mut statements, pending) = objects_first(text, analysis, &mut index);
    // Then, in order, the statements whose verb named no target: the names in their content.
    // Their content's words are read again rather than kept: kept, thousands of them would be
    // most of the engine's memory.
    for (idx, statement) in statements.iter_mut().enumerate() {
        if let Some(audience) = pending[idx] {
            let content = content_words(text, &analysis.attributions[idx]);
            statement.targets =
                targets::in_content(&mut index, without_audience(&content, audience));
            content_stance(statement, &content);
        }
    }
    for (idx, statement) in statements.iter_mut().enumerate() {
        // The speaker and whoever says the same words with it (`X and Y said`): records of one
        // statement are neighbours.
        let all = &analysis.attributions;
        let content = all[idx].content.first();
        let same = |other: &&crate::analysis::Attribution| other.content.first() == content;
        let before = all[..idx].iter().rev().take_while(same);
        for other in before.chain(all[idx..].iter().take_while(same)) {
            targets::drop_self(analysis, other.actor, &mut statement.targets);
        }
    }
    // The index goes before the answers are linked: both are large on a long article.
    let entities = index.into_entities();
    answers::link(analysis, &mut statements);
    link_continuations(analysis, &mut statements);
    Stances {
        statements,
        entities,
    }
}

/// Each statement's stance and the targets its stance verb names, in order. A statement with
/// targets is finished here; the others are pending (with whether their verb has an audience),
/// for the look-up of names in the content, which must follow every verb's.
fn objects_first(
    text: &str,
    analysis: &Analysis,
    index: &mut targets::Index<'_>,
) -> (Vec<Statement>, Vec<Option<bool>>) {
    let n = analysis.attributions.len();
    let mut statements = Vec::with_capacity(n);
    let mut pending = Vec::with_capacity(n);
    for idx in 0..n {
        let frame = frame(text, analysis, idx);
        let mut statement = Statement {
            stance: frame.stance,
            stance_from: frame.from,
            targets: targets::objects(index, &frame),
            answers: Vec::new(),
            continues: None,
        };
        if statement.targets.is_empty() {
            pending.push(Some(has_audience(&frame)));
        } else {
            content_stance(&mut statement, &frame.content);
            pending.push(None);
        }
        statements.push(statement);
    }
    (statements, pending)
}

/// What the passes know of one attribution's sentence.
struct Frame<'t> {
    /// The words of the sentence that holds the cue (or the first content span).
    sentence: Vec<Word<'t>>,
    /// The words of the content spans.
    content: Vec<Word<'t>>,
    /// The stance verb's key (`slam`, `call on`) and the index of its last word in
    /// `sentence`, when the stance came from a verb.
    verb: Option<(String, usize)>,
    stance: Stance,
    from: Option<Span>,
}

/// Reads attribution `idx`'s sentence and its stance: the cue's, replaced by a stronger stance
/// verb outside the content and quotations (`Slamming …, X said`, `issued statements
/// refuting …`); a claim when there is neither.
fn frame<'t>(text: &'t str, analysis: &Analysis, idx: usize) -> Frame<'t> {
    let attribution = &analysis.attributions[idx];
    let anchor = attribution
        .cue
        .or_else(|| attribution.content.first().copied())
        .unwrap_or_default();
    let sentence_span = containing(&analysis.passages, |passage| passage.span, anchor.start)
        .map_or(anchor, |passage| passage.span);
    let sentence = words(text, sentence_span);
    let content = content_words(text, attribution);
    let cue_at = attribution
        .cue
        .and_then(|cue| sentence.iter().position(|word| cue.contains(word.span)));
    // Outside the content and quotations, or a gerund just after the cue (`issued statements
    // refuting …`, `said in a statement condemning …`) or opening the sentence (`Rejecting
    // the figures, X said …`).
    let eligible = |at: usize| {
        let word = &sentence[at];
        let near_cue = cue_at.is_some_and(|cue| at > cue && at <= cue + 4);
        ((near_cue || at == 0) && word.text.ends_with("ing"))
            || (!attribution
                .content
                .iter()
                .any(|span| span.contains(word.span))
                && containing(&analysis.quotes, |quote| quote.span, word.span.start)
                    .is_none_or(|quote| !quote.span.contains(word.span)))
    };
    let mut found = cue_at.and_then(|at| {
        let (key, last) = stance_key(&sentence, at, true)?;
        let stance = stance_of(&key, None).unwrap_or(Stance::Claim);
        Some((key, at, last, stance))
    });
    if found.as_ref().is_none_or(|found| !found.3.is_strong()) {
        if let Some(strong) = framing_verb(&sentence, &eligible) {
            found = Some(strong);
        }
    }
    let (verb, stance, from) = match found {
        Some((key, first, last, stance)) => {
            let from = Span::new(sentence[first].span.start, sentence[last].span.end);
            (Some((key, last)), stance, Some(from))
        }
        None => (None, Stance::Claim, None),
    };
    Frame {
        sentence,
        content,
        verb,
        stance,
        from,
    }
}

/// The first inflected stance verb among the `eligible` words of the sentence whose stance is
/// strong (accuse, deny, urge, warn, support), with its key, first and last word.
fn framing_verb(
    sentence: &[Word<'_>],
    eligible: &impl Fn(usize) -> bool,
) -> Option<(String, usize, usize, Stance)> {
    (0..sentence.len())
        .filter(|&at| eligible(at))
        .find_map(|at| {
            let (key, last) = stance_key(sentence, at, false)?;
            let stance = stance_of(&key, None)?;
            stance.is_strong().then_some((key, at, last, stance))
        })
}

/// A claim whose content calls something false (or negates a charge) becomes a denial; one
/// whose content charges a target with wrongdoing becomes an accusation. Reads the frame's content; may change the
/// statement's stance and `stance_from`.
fn content_stance(statement: &mut Statement, content: &[Word<'_>]) {
    if statement.stance != Stance::Claim {
        return;
    }
    let denial = has_phrase(content, DENIAL_PHRASES)
        .or_else(|| has_word(content, DENIAL_WORDS))
        .or_else(|| negated_charge(content));
    if let Some(span) = denial {
        statement.stance = Stance::Deny;
        statement.stance_from = Some(span);
    } else if let Some(span) = has_word(content, &CHARGE_WORDS) {
        if !statement.targets.is_empty() {
            statement.stance = Stance::Accuse;
            statement.stance_from = Some(span);
        }
    }
}

/// A charge word negated by one of the three words before it: `no falsification`, `do not
/// amount to fraud`.
fn negated_charge(content: &[Word<'_>]) -> Option<Span> {
    content.iter().enumerate().find_map(|(idx, word)| {
        let negated = content[idx.saturating_sub(3)..idx]
            .iter()
            .any(|before| is_in(NEGATORS, before.text) || before.text.ends_with("n't"));
        (negated && is_in(CHARGE_WORDS, word.text)).then_some(word.span)
    })
}

/// The item of `items` (ordered by start, not overlapping) whose span holds byte `at`. (A
/// quotation nested in another hides the outer one from this look-up.)
fn containing<T>(items: &[T], span: impl Fn(&T) -> Span, at: usize) -> Option<&T> {
    let after = items.partition_point(|item| span(item).start <= at);
    let item = items.get(after.checked_sub(1)?)?;
    (at < span(item).end).then_some(item)
}

/// How far (in attributions) a statement without a cue looks for the one it continues.
const CONTINUES_WITHIN: usize = 12;

/// Points every attribution without a cue (except a headline's) at the attribution of the
/// same speaker with a cue that it continues: the nearest in its paragraph (a carry-over, a
/// quotation's later sentences), else the nearest within [`CONTINUES_WITHIN`] (a quotation
/// over several paragraphs); the earlier on a tie. Reads the attributions; sets `continues`.
fn link_continuations(analysis: &Analysis, statements: &mut [Statement]) {
    let all = &analysis.attributions;
    let paragraph = |idx: usize| {
        let at = all[idx].content.first().map_or(0, |span| span.start);
        containing(&analysis.passages, |passage| passage.span, at).map(|p| p.paragraph)
    };
    for (idx, statement) in statements.iter_mut().enumerate() {
        if all[idx].cue.is_some() || all[idx].kind == AttributionKind::Headline {
            continue;
        }
        let low = idx.saturating_sub(CONTINUES_WITHIN);
        let high = (idx + CONTINUES_WITHIN).min(all.len() - 1);
        statement.continues = (low..=high)
            .filter(|&other| all[other].cue.is_some() && all[other].actor == all[idx].actor)
            .min_by_key(|&other| {
                let elsewhere = paragraph(other) != paragraph(idx);
                (elsewhere, other.abs_diff(idx), other > idx)
            });
    }
}

/// The words of an attribution's content spans.
fn content_words<'t>(text: &'t str, attribution: &crate::analysis::Attribution) -> Vec<Word<'t>> {
    attribution
        .content
        .iter()
        .flat_map(|&span| words(text, span))
        .collect()
}

/// Whether the frame's verb is a cue with an audience (`told the court that …`).
fn has_audience(frame: &Frame<'_>) -> bool {
    frame
        .verb
        .as_ref()
        .is_some_and(|(key, _)| AUDIENCE_CUES.contains(&key.as_str()))
}

/// The content words without the audience of a cue that has one: `told the court that …`
/// reads from after `that` (within the first six words).
fn without_audience<'a, 't>(content: &'a [Word<'t>], has_audience: bool) -> &'a [Word<'t>] {
    let that = content
        .iter()
        .take(6)
        .position(|word| word.text.eq_ignore_ascii_case("that"));
    match that.filter(|_| has_audience) {
        Some(at) => &content[at + 1..],
        None => content,
    }
}
