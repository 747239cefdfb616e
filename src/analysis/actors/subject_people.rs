//! Sentence subjects: the person who opens this sentence or one before it (`Opposition
//! leader Keir Starmer disagreed.`), read past an introductory phrase or dateline.

use super::*;
use crate::analysis::lexicon::*;
use crate::analysis::text::{is_all_caps, is_space};

/// The person who opens the sentence before the one at `before` (`Opposition leader Keir
/// Starmer disagreed.`, `On Monday, Starmer disagreed.`): a run of capitalised words, titles
/// and role nouns at its start (after an introductory phrase) ending in a name of one to three
/// words. Returns the name and where it starts.
pub(in crate::analysis) fn previous_subject_person(
    text: &str,
    before: usize,
) -> Option<SubjectPerson> {
    sentence_subject_person(text, before, 1)
}

/// The person who opens the sentence that holds `at` (as [`previous_subject_person`]).
pub(in crate::analysis) fn current_subject_person(text: &str, at: usize) -> Option<SubjectPerson> {
    sentence_subject_person(text, at, 0)
}

/// A person who opens a sentence: the name, where it starts, and whether a title or role came
/// before it (`Prime Minister May`).
pub(in crate::analysis) struct SubjectPerson {
    pub(in crate::analysis) name: String,
    pub(in crate::analysis) at: usize,
    pub(in crate::analysis) titled: bool,
}

/// The sentence `back` sentences before the one at `before`, after its intro phrase, and
/// where that starts in `text`.
fn sentence_back(text: &str, before: usize, back: usize) -> Option<(usize, &str)> {
    let (window_start, window) = window_before(text, before, 600);
    // The start of the current sentence, and of the ones before it.
    let sentence_starts = last_sentence_starts(window, back + 1, true);
    let n = sentence_starts.len();
    let end = if back == 0 {
        window.len()
    } else {
        *sentence_starts.get(n.checked_sub(back)?)?
    };
    let start = n
        .checked_sub(back + 1)
        .map_or(0, |first| sentence_starts[first]);
    let raw = window.get(start..end)?;
    let sentence = raw.trim_start_matches(|c: char| is_space(c) || matches!(c, '"' | '”' | '’'));
    let sentence = after_intro_phrase(sentence);
    Some((
        window_start + start + (raw.len() - sentence.len()),
        sentence,
    ))
}

/// The sentence before the one at `before`, after its intro phrase, and where that starts in
/// `text`: read once for `they`, for both [`previous_subject_pair`] and
/// [`previous_subject_group`].
pub(in crate::analysis) fn previous_sentence(text: &str, before: usize) -> Option<(usize, &str)> {
    sentence_back(text, before, 1)
}

/// The person who opens the sentence before the one at `before` or, when that sentence opens
/// with `pronoun` itself (`Each night he sleeps at the boathouse.`), the one before it.
pub(in crate::analysis) fn previous_subject_person_through(
    text: &str,
    before: usize,
    pronoun: &str,
) -> Option<SubjectPerson> {
    // (The sentence before is found once, for both its own subject and its opening word.)
    let (offset, previous) = sentence_back(text, before, 1)?;
    if let Some((mut person, _)) = opening_person(previous) {
        person.at += offset;
        return Some(person);
    }
    let opener = after_word(previous, 3, |word| word.eq_ignore_ascii_case(pronoun))?;
    (previous.len() - opener.len() <= 16)
        .then(|| sentence_subject_person(text, before, 2))
        .flatten()
}

/// The person who opens the sentence `back` sentences before the one at `before`.
fn sentence_subject_person(text: &str, before: usize, back: usize) -> Option<SubjectPerson> {
    let (offset, sentence) = sentence_back(text, before, back)?;
    let (mut person, _) = opening_person(sentence)?;
    person.at += offset;
    Some(person)
}

/// The two people who open the `previous` sentence ([`previous_sentence`]) together (`Deputy
/// Director Eric Holm and Medical Director Ines Varga have not seen …`), for `they`.
pub(in crate::analysis) fn previous_subject_pair(
    (offset, sentence): (usize, &str),
) -> Option<[SubjectPerson; 2]> {
    let (mut first, end) = opening_person(sentence)?;
    let rest = sentence.get(end..)?.strip_prefix("and ")?;
    let (mut second, _) = opening_person(rest)?;
    first.at += offset;
    second.at += offset + (sentence.len() - rest.len());
    Some([first, second])
}

/// The person who opens `sentence` (with `at` relative to it), and where the words read for
/// them end: a run of capitalised words, titles and role nouns ending in a name of one to
/// three words.
fn opening_person(sentence: &str) -> Option<(SubjectPerson, usize)> {
    let mut name_words: Vec<(usize, &str)> = Vec::new();
    let mut titled = false;
    let mut position = 0;
    // The words are split off as they are needed: the opening is short, the sentence may not
    // be, and `describes_role` reads three words ahead.
    let mut unread = sentence.split(' ');
    let mut words: Vec<&str> = Vec::new();
    for idx in 0usize.. {
        words.extend(unread.by_ref().take((idx + 4).saturating_sub(words.len())));
        let Some(word) = words.get(idx) else {
            break;
        };
        // `Ana F. Ruiz`: an initial keeps its point, as the name has it.
        let bare = initial(word).unwrap_or_else(|| word.trim_end_matches([',', '.', ':', ';']));
        // `But Professor Dahl has …`: a conjunction that opens the sentence joins it to the one
        // before; the subject follows it.
        if idx == 0 && is_in(&["and", "but", "yet"], word) {
            position += word.len() + 1;
            continue;
        }
        // `The police spokesperson Ines Varga`: a determiner and lower-case words before a
        // role describe it; an age describes the person (`Forty-year-old Ines Varga`).
        if name_words.is_empty()
            && !titled
            && (describes_role(&words, idx) || is_age_descriptor(bare))
        {
            position += word.len() + 1;
            continue;
        }
        // `Holm's tone softened`: a possessive opens no subject.
        if is_possessive(bare) {
            return None;
        }
        if is_in(NAME_SUFFIXES, bare) && !name_words.is_empty() {
            // `Ferdinand Marcos Jr.`: part of the name, not a word of it.
            position += word.len() + 1;
            if word.ends_with(',') {
                break;
            }
            continue;
        }
        if starts_upper(bare)
            && !is_in(INTRO_WORDS, bare)
            && !is_in(DETERMINERS, bare)
            && !is_in(PRONOUNS, bare)
        {
            if is_in(TITLES, bare) || is_in(ORG_WORDS, bare) {
                name_words.clear();
                titled = true;
            } else {
                name_words.push((position, bare));
            }
        } else if is_in(ROLE_NOUNS, bare) || is_in(TITLES, bare) {
            name_words.clear();
            titled = true;
        } else {
            break;
        }
        position += word.len() + 1;
        if word.ends_with([',', ':', ';']) {
            break;
        }
    }
    if !(1..=3).contains(&name_words.len())
        || name_words
            .iter()
            .any(|(_, w)| is_all_caps(w) && initial(w).is_none())
    {
        return None;
    }
    let name = name_words
        .iter()
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ");
    let person = SubjectPerson {
        name,
        at: name_words[0].0,
        titled,
    };
    Some((person, position.min(sentence.len())))
}

/// Whether word `idx` of a sentence opens or describes a role that follows within three
/// words: `The` or `police` in `The police spokesperson …`.
fn describes_role(words: &[&str], idx: usize) -> bool {
    let word = words[idx];
    let describing = (idx == 0 && is_in(DETERMINERS, word))
        || (word.starts_with(char::is_lowercase)
            && !is_in(FUNCTION_WORDS, word)
            && !is_in(ROLE_NOUNS, word)
            && !is_in(TITLES, word));
    describing
        && words[idx + 1..]
            .iter()
            .take(3)
            .take_while(|w| w.starts_with(char::is_lowercase) || is_in(DETERMINERS, w))
            .any(|w| is_in(ROLE_NOUNS, w))
}

/// The sentence after an introductory phrase and its comma (`On the eve of the vote, Holm
/// …`) or a wire dateline and its dash, or the whole sentence.
fn after_intro_phrase(sentence: &str) -> &str {
    let first = sentence
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(',');
    let after = if first.chars().count() >= 2 && is_all_caps(first) {
        // `TOLVIK, May 2 (Reuters) - Mayor Ines Varga …`: a wire dateline before its dash.
        after_word(sentence, 12, |word| matches!(word, "-" | "--" | "—" | "–"))
    } else if is_in(INTRO_PHRASE_OPENERS, first) || is_in(NEVER_SUBJECT_FIRST, first) {
        after_word(sentence, 10, |word| word.ends_with(','))
    } else if is_in(DETERMINERS, first) {
        // `Two streets along at the Brook club, Ines Varga, its coach, …`: a determiner's phrase
        // of place or time, a comma, then a name.
        after_word(sentence, 14, |word| word.ends_with(',')).filter(|rest| {
            let phrase = &sentence[..sentence.len() - rest.len()];
            let next = rest.split(' ').next().unwrap_or("");
            phrase
                .split(' ')
                .any(|word| is_in(&["after", "at", "away", "before", "in"], word))
                && starts_upper(next)
                && !is_in(DETERMINERS, next)
        })
    } else {
        None
    };
    after.unwrap_or(sentence)
}

/// The rest of `sentence` after the first of its first `limit` words that `ends` accepts.
fn after_word(sentence: &str, limit: usize, ends: impl Fn(&str) -> bool) -> Option<&str> {
    let mut at = 0;
    for word in sentence.split(' ').take(limit) {
        at += word.len() + 1;
        if ends(word) {
            return Some(sentence.get(at..).unwrap_or("").trim_start());
        }
    }
    None
}

/// The group that opens the sentence before a mention and acts in it without
/// speaking (`Researchers read 20 years of ferry logs.`, `The scientists tracked …`), for
/// `they`: a plural group or role noun, after at most a determiner, then a lower-case verb.
/// `previous` is that sentence and its offset ([`previous_sentence`]); returns the group's span
/// in the text.
pub(in crate::analysis) fn previous_subject_group(
    (offset, sentence): (usize, &str),
) -> Option<Span> {
    let mut words = sentence.split(' ');
    let mut first = words.next()?;
    let mut at = 0;
    if is_in(&["and", "but", "yet"], first) || is_in(DETERMINERS, first) {
        at = first.len() + 1;
        first = words.next()?;
    }
    let verb = words.next()?;
    let plural_role = first
        .strip_suffix('s')
        .is_some_and(|single| is_in(ROLE_NOUNS, single));
    let group = plural_role || is_in(GROUP_NOUNS, first);
    let acts = verb.starts_with(char::is_lowercase)
        && !is_in(FUNCTION_WORDS, verb)
        && !is_in(PREPOSITIONS_BEFORE_NOUNS, verb);
    (group && acts).then(|| Span::new(offset + at, offset + at + first.len()))
}

impl Registry {
    /// The two people who opened the sentence before the mention at `span` together, as
    /// actors.
    pub(super) fn subject_pair(
        &mut self,
        span: Span,
        previous: Option<(usize, &str)>,
    ) -> Option<Vec<DraftId>> {
        let [first, second] = previous_subject_pair(previous?)?;
        let first = self.subject_person(first.name, first.titled, None)?;
        let second = self.subject_person(second.name, second.titled, None)?;
        if first == second {
            return None;
        }
        let ids = vec![first, second];
        for &id in &ids {
            self.actors[id].mention(span);
        }
        Some(ids)
    }

    /// `They found …` right after `Researchers looked at …`: the group that opened the
    /// sentence before without speaking ([`previous_subject_group`]), when the text names it
    /// after the last speaker.
    pub(in crate::analysis) fn subject_group(
        &mut self,
        text: &str,
        previous: Option<(usize, &str)>,
    ) -> Option<DraftId> {
        let group = previous_subject_group(previous?)?;
        let newer = self.history.last().is_none_or(|ids| {
            ids.iter().all(|&id| {
                self.actors[id]
                    .mentions
                    .last()
                    .is_none_or(|m| m.end <= group.start)
            })
        });
        if !newer {
            return None;
        }
        let id = self.resolve_name(text, group, group.slice(text), 0)?;
        (self.actors[id].kind == ActorKind::Group).then_some(id)
    }
}
