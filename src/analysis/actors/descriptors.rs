//! The words of a mention around a name: descriptors before it (`Madrid striker`, `the
//! 30-year-old`, `Kentucky Republican`), an affiliation or possessor to cut, and how far a
//! role reaches (`deputy chief spokesman`, `director of enforcement`).

use super::registry::subject_pronoun;
use super::*;
use crate::analysis::cues::{Form, Frame};
use crate::analysis::lexicon::*;
use crate::analysis::text::is_all_caps;

/// Cuts `body` down to the name: a person's affiliation (`Martha Kellerman of the consumer
/// group FairFly`, `Tim Ward at the emergency service`), a possessor (`Britain's Competition …
/// Authority`), a seat (`Tolvia-based`) and a descriptor (`the consumer group FairFly`, `Madrid
/// striker Carla Lopez`) go. Returns the organisation noun of a descriptor (`union` in `the
/// pilots' union Vereinigung Cockpit`), which says what the name is.
pub(super) fn trim_to_name(body: &mut Vec<&str>) -> Option<String> {
    // `Tolvia-based Vell University`: a seat before a name describes it.
    if body.len() > 1 && is_seat_adjective(body[0]) && starts_upper(body[1]) {
        body.remove(0);
    }
    if let Some(of) = body.iter().position(|w| is_in(&["at", "from", "of"], w)) {
        // Titles or lower-case role words first are fine: `Professor James Whitfield of the
        // London School …`, `chief officer Tim Ward at the state emergency service`.
        let titles = body[..of]
            .iter()
            .take_while(|w| {
                is_in(TITLES, w) || (w.starts_with(char::is_lowercase) && !is_in(FUNCTION_WORDS, w))
            })
            .count();
        let name_like = (2..=3).contains(&(of - titles))
            && body[titles..of].iter().all(|w| {
                starts_upper(w)
                    && !is_in(ORG_WORDS, w)
                    && !is_in(TITLES, w)
                    && !is_in(GENERIC_ORG, w)
                    && (!is_all_caps(w) || is_initial(w))
            });
        if name_like {
            body.truncate(of);
        }
    }
    // `Norland Heart Foundation's Erik Dahl`: a person's name after the last possessive of a
    // longer possessor is the name; the possessor is their affiliation.
    let last_possessor = body.iter().rposition(|w| is_possessive(w));
    if let Some(last) = last_possessor.filter(|&last| {
        is_person_name(&body[last + 1..])
            && starts_upper(body[0])
            && body[..=last]
                .iter()
                .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w))
    }) {
        body.drain(..=last);
    }
    // `Britain's Competition … Authority`, `Greenlight Capital's David Einhorn`: the possessor
    // (one or two capitalised words) is an affiliation, not part of the name.
    let possessor = body.iter().take(2).position(|w| is_possessive(w));
    if let Some(last) = possessor {
        // Two words only before a person's name: `Republican People's Party` stays whole.
        let person_after = body.len() >= last + 3
            && body[last + 1..]
                .iter()
                .all(|w| !is_in(ORG_WORDS, w) && !is_in(GENERIC_ORG, w));
        if body.len() > last + 1
            && body[..=last].iter().all(|w| starts_upper(w))
            && starts_upper(body[last + 1])
            && (last == 0 || person_after)
        {
            body.drain(..=last);
        }
    }
    let mut org_descriptor = None;
    // `the Kenyan carrier Jambo Air`: lower-case words, then a capitalised name.
    let first_tail = body[0]
        .starts_with(char::is_lowercase)
        .then(|| body.iter().position(|w| starts_upper(w)))
        .flatten()
        .filter(|&tail| {
            body[tail..]
                .iter()
                .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w))
        });
    if let Some(tail) = first_tail {
        let noun = bare_word(body[tail - 1]).to_ascii_lowercase();
        if tail > 0 && (is_in(GENERIC_ORG, &noun) || is_in(ORG_WORDS, &noun)) {
            org_descriptor = Some(noun);
        }
        *body = body[tail..].to_vec();
    } else if let Some(start) = person_after_org(body) {
        // `Tolvik Harbour Affairs Tomas Holm`: an office, then a person's name.
        *body = body[start..].to_vec();
    } else if let Some(lower) = body.iter().rposition(|w| {
        w.starts_with(char::is_lowercase) && !is_in(FUNCTION_WORDS, w) && !is_in(NAME_PARTICLES, w)
    }) {
        // `Madrid striker Carla Lopez`: a descriptor, then a person's name.
        let tail = &body[lower + 1..];
        let person_like = is_person_name(tail);
        // `State environmental agency Semas`: an organisation noun, then its name.
        let noun = body[lower].to_ascii_lowercase();
        let org_named = (1..=4).contains(&tail.len())
            && starts_upper(tail[0])
            && (is_in(GENERIC_ORG, &noun) || is_in(ORG_WORDS, &noun))
            && tail
                .iter()
                .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w));
        if org_named {
            org_descriptor = Some(noun);
            *body = tail.to_vec();
        } else if person_like {
            *body = tail.to_vec();
        }
    }
    org_descriptor
}

/// Two or three capitalised words that can be a person's name (an initial may be one of
/// them: `D M Swaminathan`), none an organisation's word or an acronym.
fn is_person_name(words: &[&str]) -> bool {
    let initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| starts_upper(w) && !is_in(ORG_WORDS, w) && (initial(w) || !is_all_caps(w)))
        && words.last().is_some_and(|w| !initial(w))
}

/// Where a person's name starts after the capitalised name of an office or organisation that
/// ends in an organisation's word (`Foreign Affairs Tomas Holm`, `Tolvik Port Authority Ines
/// Varga`); not when the organisation's word opens the name (`Bank Julius Baer`).
pub(super) fn person_after_org(body: &[&str]) -> Option<usize> {
    if body.len() < 3 || !body.last().is_some_and(|w| starts_upper(w)) {
        return None;
    }
    let org_word = body.iter().rposition(|w| is_in(ORG_WORDS, w))?;
    let tail = &body[org_word + 1..];
    let from = usize::from(body.first().is_some_and(|w| w.eq_ignore_ascii_case("the")));
    (org_word > from
        && starts_upper(body[from])
        && body[from..org_word]
            .iter()
            .all(|w| starts_upper(w) || is_in(FUNCTION_WORDS, w))
        && is_person_name(tail)
        && tail.iter().all(|w| {
            !is_in(TITLES, w) && !is_in(ROLE_NOUNS, w) && !w.ends_with("'s") && !w.ends_with("’s")
        }))
    .then_some(org_word + 1)
}

/// `30-year-old`, `12-year-old`: an age used as a noun for a person.
pub(in crate::analysis) fn is_age_descriptor(word: &str) -> bool {
    age_of_descriptor(word).is_some()
}

/// The age of a person described by it (`34-year-old`), alone, before one noun (`34-year-old
/// teacher`) or before a relation or role of someone (`29-year-old father of two`).
pub(super) fn described_age(bare: &str) -> Option<&str> {
    let mut words = bare.split(' ');
    let age = age_of_descriptor(words.next()?)?;
    let rest: Vec<&str> = words.collect();
    let described = match rest.as_slice() {
        [] => true,
        // `the 41-year-old teacher`, `the 30-year-old striker`.
        [noun] => noun.bytes().all(|b| b.is_ascii_lowercase()) && !is_in(FUNCTION_WORDS, noun),
        [noun, "of", _] | [noun, "of", _, _] => is_in(KIN_NOUNS, noun) || is_in(ROLE_NOUNS, noun),
        _ => false,
    };
    described.then_some(age)
}

/// The age of an age descriptor: `30` for `30-year-old`, `Thirty-nine` for
/// `Thirty-nine-year-old`.
pub(super) fn age_of_descriptor(word: &str) -> Option<&str> {
    word.strip_suffix("-year-old").filter(|age| {
        !age.is_empty()
            && (age.bytes().all(|b| b.is_ascii_digit())
                || age.split('-').all(|part| is_in(AGE_NUMBERS, part)))
    })
}

/// A capitalised word before a role that describes the role-holders rather than naming their
/// organisation: `Multiple sources`, `Senior officials`, `Two officials` (at the start of a
/// sentence).
pub(super) fn is_describing_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_in(ROLE_DESCRIBERS, &lower)
        || is_in(GROUP_QUANTIFIERS, &lower)
        || is_in(NUMBER_WORDS, &lower)
        || is_in(QUANTIFIERS, &lower)
}

/// `Kentucky Republican`, `Texas Democrat`: one or two capitalised place words, then a
/// party member's noun.
pub(super) fn is_partisan_descriptor(body: &[&str]) -> bool {
    body.split_last().is_some_and(|(last, places)| {
        (1..=2).contains(&places.len())
            && is_in(PARTISANS, last)
            && places
                .iter()
                .all(|word| starts_upper(word) && !is_in(PARTISANS, word))
    })
}

/// `Democratic`, `Tolvian Democratic`, `Democratic presidential`: one or two capitalised
/// adjectives of a nationality or party (by their endings), then only lower-case words.
pub(super) fn is_nationality_descriptor(words: &[&str]) -> bool {
    let adjective = |word: &&str| {
        let lower = word.to_lowercase();
        starts_upper(word) && word.chars().count() > 4 && has_nationality_ending(&lower)
    };
    let adjectives = words.iter().take_while(|word| adjective(word)).count();
    (1..=2).contains(&adjectives)
        && words[adjectives..]
            .iter()
            .all(|word| word.starts_with(char::is_lowercase))
}

/// `Paris-based think tank`, `Doha-based broadcaster`: a place and `-based`, then only
/// lower-case words.
pub(super) fn is_based_descriptor(body: &[&str]) -> bool {
    body.split_first().is_some_and(|(first, rest)| {
        first.len() > "-based".len()
            && first.ends_with("-based")
            && !rest.is_empty()
            && rest.iter().all(|word| word.starts_with(char::is_lowercase))
    })
}

/// `Norland's largest listed company`, `the country's biggest lender`: a possessive, then
/// only lower-case words with a superlative, ending in a noun for an organisation (or in the
/// superlative, when the subject was cut before a participle).
pub(super) fn is_ranked_descriptor(body: &[&str]) -> bool {
    let Some((first, rest)) = body.split_first() else {
        return false;
    };
    let possessive = is_possessive(first);
    let superlative = |word: &&str| word.len() > 5 && word.ends_with("est");
    possessive
        && !rest.is_empty()
        && rest.iter().all(|word| word.starts_with(char::is_lowercase))
        && rest.iter().any(superlative)
        // The head may have been cut off with a participle (`largest listed company`).
        && rest
            .last()
            .is_some_and(|head| is_in(GENERIC_ORG, head) || superlative(head))
}

/// `One said`, `Another added`, `A third disagreed`: one member of a group, as the whole
/// subject (the article is cut already). Not `one source`, a person of their own.
pub(super) fn is_group_member_descriptor(body: &[&str]) -> bool {
    matches!(body, [word] if is_in(GROUP_MEMBER_WORDS, word))
}

/// `director of enforcement Ines Varga`, `chief of staff Ines Varga`: the last word of a
/// role's domain (`of` or `for`, then one to three lower-case words) after the role ending at
/// `role_end`, when a capitalised word follows it.
pub(super) fn domain_end(body: &[&str], role_end: usize) -> Option<usize> {
    if !is_in(&["of", "for"], body.get(role_end + 1)?) {
        return None;
    }
    let first = role_end + 2;
    let words = body[first.min(body.len())..]
        .iter()
        .take(3)
        .take_while(|w| {
            w.starts_with(char::is_lowercase)
                && !is_in(DETERMINERS, w)
                && !is_in(FUNCTION_WORDS, w)
                && !is_in(PLACE_PREPOSITIONS, w)
        })
        .count();
    (words > 0 && body.get(first + words).is_some_and(|w| starts_upper(w)))
        .then_some(first + words - 1)
}

/// The last word of the role that starts at `role_idx`: further role nouns (`deputy chief
/// spokesman`) and a second title after `and` (`president and CEO Gary Pruitt`).
pub(super) fn role_end(body: &[&str], role_idx: usize) -> usize {
    let mut end = role_idx;
    loop {
        let next = body.get(end + 1).copied().unwrap_or("");
        if is_in(ROLE_NOUNS, next) && next.starts_with(char::is_lowercase) {
            end += 1;
        } else if next == "and" && body.get(end + 2).is_some_and(|w| is_in(ROLE_NOUNS, w)) {
            end += 2;
        } else if let Some(role) = later_role(body, end + 1) {
            // `deputy provincial governor`, `deputy provincial police chief`.
            end = role;
        } else {
            return end;
        }
    }
}

/// A lower-case role noun within three lower-case words from `from` (`provincial governor`),
/// if the words before it are lower-case and no function words.
fn later_role(body: &[&str], from: usize) -> Option<usize> {
    (from..body.len().min(from + 3))
        .take_while(|&idx| {
            body[idx].starts_with(char::is_lowercase) && !is_in(FUNCTION_WORDS, body[idx])
        })
        .find(|&idx| idx > from && is_in(ROLE_NOUNS, body[idx]))
}

/// The first role word of `body`. A role is lower case (`spokesman`), an acronym (`CEO`) or a
/// title that opens the mention before a name or its organisation (`Spokesman Hong Lei`, `its
/// Chairman Ines Varga`, `the Chairman of the Tolvik Space Agency`); after `the` (`definite`),
/// a capitalised role alone is still the role (`The Spokesperson said`).
pub(super) fn role_index(body: &[&str], definite: bool) -> Option<usize> {
    let lone = definite && body.len() == 1;
    let is_role = |idx: usize, word: &str| {
        is_in(ROLE_NOUNS, word)
            && (word.starts_with(char::is_lowercase)
                || is_all_caps(word)
                || lone
                || ((idx == 0 || is_in(&["its", "their"], body[idx - 1]))
                    && body.get(idx + 1).is_some_and(|next| starts_upper(next)))
                || (idx == 0
                    && body.get(1).is_some_and(|next| is_in(&["of", "for"], next))
                    && body[2..].iter().any(|w| is_in(ORG_WORDS, w))))
    };
    // `The Deputy President`: the last word is the role, the words before are its title.
    let last = body.len().wrapping_sub(1);
    if definite
        && body.len() >= 2
        && is_in(ROLE_NOUNS, body[last])
        && capitalised_title(&body[..last])
    {
        return Some(last);
    }
    body.iter()
        .enumerate()
        .position(|(idx, word)| is_role(idx, word))
}

/// `The Deputy President`, `the Health Minister`: one or two capitalised words of a title
/// before its role noun, none an organisation's.
fn capitalised_title(before: &[&str]) -> bool {
    (1..=2).contains(&before.len())
        && before.iter().all(|word| {
            starts_upper(word) && !is_in(ORG_WORDS, word) && !word.contains(['\'', '’'])
        })
}

/// Whether the words of a new actor's name can name someone: not only digits, pronouns,
/// adverbs and possessives (`so`, `20`, `His`; a count such as `Another eight` may be a
/// group), not a prepositional phrase (`Under new rules`), and no finite reporting verb
/// (`says she`, `Ali rebuked Trump`; a plural noun such as `lists` may be one).
pub(super) fn names_someone(words: &[&str]) -> bool {
    let empty = |word: &&str| {
        let bare = bare_word(word).trim_end_matches('-');
        bare.chars().all(|c| !c.is_alphabetic())
            || is_in(NEVER_NAMES, bare)
            || is_in(PRONOUNS, subject_pronoun(bare))
    };
    let reporting_verb = |word: &&str| {
        word.starts_with(char::is_lowercase)
            && crate::analysis::cues::lookup(word).is_some_and(|cue| {
                cue.frame == Frame::Plain
                    && (cue.form == Form::Past || (cue.form == Form::ThirdPerson && cue.speaks))
            })
    };
    // `Under anti-moneylaundering rules, …`: a prepositional phrase (but `Under Armour`).
    let prepositional = words.len() >= 2
        && is_in(PREPOSITIONS_BEFORE_NOUNS, words[0])
        && words[1].starts_with(char::is_lowercase);
    // `update came`, `price at`: a clause's verb, or a preposition left hanging at the end.
    let clause = words[1.min(words.len())..]
        .iter()
        .any(|word| is_in(IRREGULAR_PAST, word) || is_in(FINITE_VERBS, word))
        || words
            .last()
            .is_some_and(|word| is_in(CIRCUMSTANCE_PREPOSITIONS, word));
    !words.iter().all(empty) && !words.iter().any(reporting_verb) && !prepositional && !clause
}

/// Whether `word` is a middle initial: one capital letter and a full stop (`B.` in `Ivo B.
/// Marsh`).
fn is_initial(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 2 && bytes[0].is_ascii_uppercase() && bytes[1] == b'.'
}
