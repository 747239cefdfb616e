//! Transcript labels (`WALLACE: …`) and interviews of questions and answers (`Q:`/`A:`).
//!
//! A label gives a whole paragraph its speaker. In an interview, `Q:` paragraphs are the
//! interviewer's (the article's own voice) and `A:` paragraphs the interviewee's: the person
//! who opens the last paragraph before the first question.
use super::State;
use crate::analysis::actors::DraftId;
use crate::analysis::actors::*;
use crate::analysis::cues;
use crate::analysis::lexicon::*;
use crate::analysis::text::is_all_caps;
use crate::analysis::{ActorKind, Analysis, Span};

/// Whose voice a body sentence is in, as far as paragraph labels tell.
pub(super) enum Voice {
    /// An interview question: the article's own voice.
    Question,
    /// A labelled paragraph: these speakers'.
    Labelled(Vec<DraftId>),
    /// No label: the sentence's own words decide.
    Unlabelled,
}

/// The label of the current paragraph, read once per paragraph.
#[derive(Default)]
pub(super) struct Labels {
    paragraph: Option<u32>,
    speakers: Vec<DraftId>,
    question: bool,
    /// The interviewee, once the first answer has been seen.
    interviewee: Option<Vec<DraftId>>,
    /// The speakers of the answer the previous paragraph gave (or continued); empty when it
    /// gave none.
    answerer: Vec<DraftId>,
}

impl Labels {
    /// The voice of body sentence `passage_idx`. On a paragraph's first sentence, reads its
    /// label, resolves the speakers and tells the registry they spoke.
    pub(super) fn speakers(&mut self, state: &mut State<'_>, passage_idx: usize) -> Voice {
        let passage = &state.analysis.passages[passage_idx];
        if self.paragraph != Some(passage.paragraph) {
            self.paragraph = Some(passage.paragraph);
            self.speakers.clear();
            let after_question = std::mem::take(&mut self.question);
            let answering = std::mem::take(&mut self.answerer);
            self.read_label(state, passage_idx, after_question, answering);
        }
        if self.question {
            Voice::Question
        } else if self.speakers.is_empty() {
            Voice::Unlabelled
        } else {
            Voice::Labelled(self.speakers.clone())
        }
    }

    /// Reads the label of the paragraph that sentence `passage_idx` opens: a question, an
    /// answer (`A:`, or a speaker's label right after a question), a transcript label, or
    /// the answer before it running on.
    fn read_label(
        &mut self,
        state: &mut State<'_>,
        passage_idx: usize,
        after_question: bool,
        answering: Vec<DraftId>,
    ) {
        let text = state.text;
        let paragraph = state.analysis.passages[passage_idx].paragraph;
        let paragraph_span = state
            .analysis
            .paragraphs
            .get(paragraph as usize)
            .map_or(state.analysis.passages[passage_idx].span, |p| p.span);
        match qa_label(text, paragraph_span) {
            Some(true) => self.question = true,
            Some(false) => {
                let ids = self.interviewee(state, paragraph);
                self.answer(state, ids);
            }
            None => {
                let label = transcript_label(text, paragraph_span)
                    .filter(|&label| !is_dateline(state.analysis, text, label, passage_idx));
                if let Some(label) = label {
                    let name = title_case(label.slice(text));
                    let ids = state.registry.resolve_named(text, label, &name);
                    if after_question {
                        self.answer(state, ids);
                    } else {
                        self.speakers = ids;
                        state.registry.spoke(&self.speakers);
                    }
                } else if let Some(label) = answer_label(text, paragraph_span, after_question) {
                    // `Embassy Spokesperson: …` after `Question: …`.
                    let ids = resolve_answer_label(&mut state.registry, text, label);
                    self.answer(state, ids);
                } else if !answering.is_empty()
                    && answer_runs_on(state, paragraph_span.slice(text), &answering)
                {
                    self.answer(state, answering);
                }
            }
        }
    }

    /// The interviewee of `A:` answers: the person introduced before the first question, or
    /// the headline's speaker; read at the first answer.
    fn interviewee(&mut self, state: &mut State<'_>, paragraph: u32) -> Vec<DraftId> {
        let text = state.text;
        if self.interviewee.is_none() {
            let found = interview_subject(text, state.analysis, paragraph);
            self.interviewee = Some(match found {
                Some(name) => state.registry.resolve(text, name),
                None => headline_interviewee(text, state.analysis)
                    .map(|span| resolve_headline_role(&mut state.registry, text, span))
                    .unwrap_or_default(),
            });
        }
        self.interviewee.clone().unwrap_or_default()
    }

    /// The paragraph is an answer by `ids`.
    fn answer(&mut self, state: &mut State<'_>, ids: Vec<DraftId>) {
        state.registry.spoke(&ids);
        self.speakers = ids.clone();
        self.answerer = ids;
    }
}

/// Whether an answer runs on into the next unlabelled paragraph: one in its speaker's own first
/// person; or, for an answer by an unnamed spokesperson or an organisation (an official
/// statement's questions and answers), one with no quotation and no reporting verb of its
/// own.
fn answer_runs_on(state: &State<'_>, paragraph: &str, answering: &[DraftId]) -> bool {
    if first_person(paragraph) {
        return true;
    }
    let unnamed = answering.iter().all(|&id| {
        let actor = &state.registry.actors[id];
        actor.kind != ActorKind::Person || actor.member_of.is_some()
    });
    let quoted = paragraph.contains(['"', '“', '”', '«']);
    // `… said`, `… says`; `… did not respond`: someone else's words or silence reported.
    let mut negated = false;
    let reported = paragraph.split_whitespace().any(|word| {
        let word = bare_word(word);
        let reports = cues::lookup(word).is_some_and(|cue| {
            negated || matches!(cue.form, cues::Form::Past | cues::Form::ThirdPerson)
        });
        negated = is_in(NEGATORS, word) || word.ends_with("n't");
        reports
    });
    unnamed && !quoted && !reported
}

/// The speakers of an answer's label: one of role and organisation words only (`Embassy
/// Spokesperson`) reads as the role (`the embassy spokesperson`), a name as the name.
fn resolve_answer_label(registry: &mut Registry, text: &str, label: Span) -> Vec<DraftId> {
    let words: Vec<&str> = label.slice(text).split(' ').collect();
    let role_only = words.last().is_some_and(|last| is_in(ROLE_NOUNS, last))
        && words
            .iter()
            .all(|word| is_in(ROLE_NOUNS, word) || is_in(ORG_WORDS, word));
    if role_only {
        let name = format!("the {}", words.join(" ").to_lowercase());
        registry.resolve_named(text, label, &name)
    } else {
        resolve_headline_role(registry, text, label)
    }
}

/// A speaker's label that opens the paragraph right after a question: one to three
/// capitalised words and a colon (`Embassy Spokesperson: …`, `Mao Ning: …`).
fn answer_label(text: &str, paragraph: Span, after_question: bool) -> Option<Span> {
    if !after_question {
        return None;
    }
    let piece = paragraph.slice(text);
    let colon = piece.find(": ")?;
    let label = &piece[..colon];
    let words = label.split(' ').count();
    let valid = (1..=3).contains(&words)
        && label.split(' ').all(|word| {
            starts_upper(word)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
        && !is_in(SECTION_LABELS, label);
    valid.then(|| Span::new(paragraph.start, paragraph.start + colon))
}

/// How many paragraphs after an upper-case label at the story's start [`is_dateline`] reads
/// for another label.
const DATELINE_LOOKAHEAD: usize = 5;

/// `NEW DELHI: Tolvia on Wednesday rejected …`: an upper-case label that opens the story's
/// first sentence, with no other upper-case label in the paragraphs after it, is a place.
fn is_dateline(analysis: &Analysis, text: &str, label: Span, passage_idx: usize) -> bool {
    let passages = &analysis.passages;
    let first_sentence = passages
        .iter()
        .position(|p| p.kind == crate::analysis::PassageKind::Sentence);
    if first_sentence != Some(passage_idx) || !is_all_caps(label.slice(text)) {
        return false;
    }
    let paragraph = passages[passage_idx].paragraph as usize;
    !analysis
        .paragraphs
        .iter()
        .skip(paragraph + 1)
        .take(DATELINE_LOOKAHEAD)
        .filter_map(|p| transcript_label(text, p.span))
        .any(|other| is_all_caps(other.slice(text)))
}

/// A transcript label at the start of a paragraph: one to three upper-case words and a
/// colon (`WALLACE:`, `"PENCE:`), but not a section label (`UPDATE:`, `NOTE:`).
pub(super) fn transcript_label(text: &str, paragraph: Span) -> Option<Span> {
    let piece = paragraph.slice(text);
    let skipped = piece.len() - piece.trim_start_matches(['"', '“', '\'', '‘', ' ']).len();
    let rest = piece.get(skipped..)?;
    let colon = rest.find(':')?;
    let label = rest.get(..colon)?;
    // (Everything before the paragraph's first colon: only the first few words and letters
    // are counted, and the letters only of a label of one to three words.)
    let n_words = label.split_whitespace().take(4).count();
    let valid = (1..=3).contains(&n_words)
        && label.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && (is_all_caps(label) || is_title_label(text, paragraph, rest, label, colon))
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'')
        && !is_in(SECTION_LABELS, label)
        && rest
            .get(colon + 1..)
            .is_some_and(|after| after.starts_with(' '))
        // `Said Dora Penn: "…"`: a speech verb, then its subject, is no label.
        && !label.split_whitespace().next().and_then(cues::lookup).is_some_and(|cue| {
            matches!(cue.form, cues::Form::Past | cues::Form::ThirdPerson) && cue.inverts
        });
    let start = paragraph.start + skipped;
    if valid {
        return Some(Span::new(start, start + label.len()));
    }
    topic_label(rest, label, colon).map(|len| Span::new(start, start + len))
}

/// `Kubiak on the injuries: "…"`: a name of one to three capitalised words, `on` and a topic
/// of at most twelve words, then a quotation after the colon. Returns the name's length.
fn topic_label(rest: &str, label: &str, colon: usize) -> Option<usize> {
    // (The quotation first: most paragraphs have none after their first colon.)
    let quoted = rest
        .get(colon + 1..)
        .is_some_and(|after| after.trim_start().starts_with(['"', '“']));
    if !quoted {
        return None;
    }
    let on = label.find(" on ")?;
    let name = &label[..on];
    let topic_words = label[on + 4..].split_whitespace().count();
    let name_like = (1..=3).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(|word| {
            starts_upper(word)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '-')
                && !is_in(DETERMINERS, word)
        });
    let one_phrase = !label.contains([',', ';', '"', '“']) && !name.ends_with("ing");
    (name_like && one_phrase && topic_words <= 12).then_some(name.len())
}

/// A title-case transcript label (`Mao Ning:`, `Coach:`, `The Paper:`): every word
/// capitalised, and either a quotation opens after the colon or another paragraph within
/// 3 KB opens with the same label, as in a briefing transcript or a list of quotes.
fn is_title_label(text: &str, paragraph: Span, rest: &str, label: &str, colon: usize) -> bool {
    if !label
        .split_whitespace()
        .all(|word| word.starts_with(char::is_uppercase))
    {
        return false;
    }
    let after = rest.get(colon + 1..).unwrap_or("").trim_start();
    if after.starts_with(['"', '“']) {
        return true;
    }
    // Bounded windows keep hostile input (every paragraph `Ab: …`) linear.
    let needle = format!("\n{label}: ");
    let mut start = paragraph.start.saturating_sub(3_000);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = (paragraph.end + 3_000).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let found_in =
        |from: usize, to: usize| text.get(from..to).is_some_and(|hay| hay.contains(&needle));
    found_in(start, paragraph.start) || found_in(paragraph.end, end)
}

/// `Some(true)` for a paragraph that opens with an interview question label (`Q:`, `Q.`),
/// `Some(false)` for an answer (`A:`, `A.`).
pub(super) fn qa_label(text: &str, paragraph: Span) -> Option<bool> {
    let piece = paragraph.slice(text).trim_start();
    // `Question: …`, `Answer: …`.
    for (word, question) in [("question: ", true), ("answer: ", false)] {
        if piece
            .get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word))
        {
            return Some(question);
        }
    }
    let mut chars = piece.chars();
    let letter = chars.next()?;
    let mark = chars.next()?;
    if !matches!(mark, ':' | '.') || chars.next() != Some(' ') {
        return None;
    }
    match letter {
        'Q' => Some(true),
        'A' => Some(false),
        _ => None,
    }
}

/// The person an interview is with: the two or three capitalised words (a possessive `'s`
/// dropped) that open the last ordinary paragraph before paragraph `first_answer`, when they
/// look like a person's name: `Nadia Okafor's ballad …`.
pub(super) fn interview_subject(
    text: &str,
    analysis: &Analysis,
    first_answer: u32,
) -> Option<Span> {
    let paragraph = (0..first_answer as usize)
        .rev()
        .map(|idx| analysis.paragraphs.get(idx))
        .find(|p| p.is_some_and(|p| qa_label(text, p.span).is_none()))??;
    let piece = paragraph.span.slice(text);
    let lead = piece.len() - piece.trim_start().len();
    let words: Vec<&str> = piece
        .split_whitespace()
        .take(3)
        .take_while(|w| starts_upper(w))
        .collect();
    let mut name = Vec::new();
    for word in words {
        let bare = word
            .trim_end_matches([',', '.'])
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        if !starts_upper(bare) || is_in(DETERMINERS, bare) || is_in(TITLES, bare) {
            break;
        }
        name.push(bare);
        if bare.len() != word.len() {
            break;
        }
    }
    if !(2..=3).contains(&name.len()) || guess_kind(&name, false) != ActorKind::Person {
        return None;
    }
    let length = name.join(" ").len();
    let start = paragraph.span.start + lead;
    Some(Span::new(start, start + length))
}

/// The speaker a statement's headline names before its verb, for answers when no paragraph
/// introduces the interviewee: `Spokesperson of the Chinese Mission to the EU Speaks on a
/// Question …`, `Embassy Spokesperson Answers Questions …`.
pub(super) fn headline_interviewee(text: &str, analysis: &Analysis) -> Option<Span> {
    let headline = analysis
        .passages
        .iter()
        .find(|p| p.kind == crate::analysis::PassageKind::Headline)?
        .span;
    let line = headline.slice(text);
    let words = words_with_breaks(line);
    let verb = words.iter().take(16).position(|(_, word)| {
        is_in(
            &["speaks", "answers", "responds", "remarks", "comments"],
            bare_word(word),
        )
    })?;
    let (first, last) = (words.first()?, words.get(verb.checked_sub(1)?)?);
    let has_role = words[..verb]
        .iter()
        .any(|(_, word)| is_in(ROLE_NOUNS, bare_word(word)));
    (has_role && starts_upper(first.1)).then(|| {
        let end = last.0 + last.1.trim_end_matches([',', ':', ';']).len();
        Span::new(headline.start + first.0, headline.start + end)
    })
}

/// The actors of a headline speaker found by [`headline_interviewee`]: a title-case role
/// (`Spokesperson of the … Mission`) reads as the role it names.
pub(super) fn resolve_headline_role(
    registry: &mut Registry,
    text: &str,
    span: Span,
) -> Vec<DraftId> {
    let name = span.slice(text);
    let lower = name.get(..1).unwrap_or("").to_lowercase();
    let name = format!("{lower}{}", name.get(1..).unwrap_or(""));
    registry.resolve_named(text, span, &name)
}

/// Whether a paragraph speaks in the first person (`We urge …`, `I believe …`).
fn first_person(paragraph: &str) -> bool {
    // Case matters: `US` is a country, not `us`.
    paragraph.split_whitespace().any(|word| {
        matches!(
            bare_word(word),
            "I" | "We" | "we" | "Our" | "our" | "us" | "My" | "my" | "me"
        )
    })
}

pub(super) fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}
