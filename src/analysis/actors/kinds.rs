//! An actor's kind guessed from the words of its name: a person, a group, an organisation, a
//! document or unknown.

use crate::analysis::cues;
use crate::analysis::lexicon::*;
use crate::analysis::text::is_all_caps;
use crate::analysis::ActorKind;

/// The kind of an actor named `words` (`had_title`: a title stood before the name, which
/// makes it a person's).
pub(in crate::analysis) fn guess_kind(words: &[&str], had_title: bool) -> ActorKind {
    let Some(last) = words.last() else {
        return ActorKind::Unknown;
    };
    if had_title {
        return ActorKind::Person;
    }
    let last_lower = last.to_lowercase();
    // (`Lund-Rivas`: a double-barrelled surname is no plural.)
    let double_barrelled = last
        .split_once('-')
        .is_some_and(|(first, second)| starts_upper(first) && starts_upper(second));
    let plural = last_lower.ends_with('s')
        && !last_lower.ends_with("ss")
        && !last_lower.ends_with("us")
        && !double_barrelled;
    // `finance ministry official`: a lower-case role of one person ends the name, whatever
    // organisation comes before it (`diplomatic sources` are a group).
    if words.len() > 1 && last.starts_with(char::is_lowercase) && is_in(ROLE_NOUNS, last) {
        return if plural {
            ActorKind::Group
        } else {
            ActorKind::Person
        };
    }
    // (`campaigners for tram research`: the noun after a preposition is not the head.)
    // (Both word tests ignore case.)
    let head_is_document = |head: &str| cues::is_source_noun(head) || is_in(EVIDENCE_NOUNS, head);
    let document = head_is_document(&last_lower)
        && words[..words.len() - 1]
            .iter()
            .position(|w| is_in(&["at", "for", "from", "in", "of", "on", "with"], w))
            .filter(|&prep| prep >= 1)
            .is_none_or(|prep| head_is_document(words[prep - 1]));
    // `media reports`, `press reports`: a document with only describing words before it,
    // though `media` may also end a company's name.
    let described = words[..words.len() - 1]
        .iter()
        .all(|word| is_document_modifier(word));
    if document && described && last.starts_with(char::is_lowercase) {
        return ActorKind::Document;
    }
    if office_holder(words) {
        return ActorKind::Person;
    }
    if words.iter().any(|word| is_in(ORG_WORDS, word)) {
        return ActorKind::Organization;
    }
    if document {
        return ActorKind::Document;
    }
    if words.len() == 1 && is_all_caps(last) && last.chars().count() >= 2 {
        // (`A JUDGE has said …`: a role in capitals is the role.)
        if last.len() >= 5 && (is_in(TITLES, &last_lower) || is_in(ROLE_NOUNS, &last_lower)) {
            return guess_kind(&[&last_lower], false);
        }
        return ActorKind::Organization;
    }
    // `Tolvian FA`, `Vell FC`: a name that ends in an acronym is an organisation's (not
    // `Brent Holm III`, a roman numeral).
    let roman = last.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    if words.len() > 1 && super::acronyms::is_acronym_form(last) && last.len() <= 4 && !roman {
        return ActorKind::Organization;
    }
    let lowercase_head = last.starts_with(char::is_lowercase) || (words.len() == 1 && plural);
    if plural && (lowercase_head || is_in(&["police", "people"], &last_lower)) {
        return ActorKind::Group;
    }
    if is_in(
        &["police", "people", "residents", "critics", "experts"],
        &last_lower,
    ) {
        return ActorKind::Group;
    }
    // `Economists at Goldman Sachs`: a plural head before a preposition.
    if let Some(prep) = words
        .iter()
        .position(|w| is_in(&["at", "of", "from", "for", "with", "in"], w))
    {
        let head = words[..prep]
            .last()
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        if prep >= 1
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !head.ends_with("us")
            && words[..prep]
                .iter()
                .skip(1)
                .all(|w| w.starts_with(char::is_lowercase))
        {
            return ActorKind::Group;
        }
    }
    // (`Ida ten Holm`, `Rafael van der Vaart`: lower-case particles inside a person's name.)
    let capitalised = words.iter().filter(|word| starts_upper(word)).count();
    let particles = words
        .iter()
        .skip(1)
        .take(words.len().saturating_sub(2))
        .filter(|word| word.starts_with(char::is_lowercase) && is_in(NAME_PARTICLES, word))
        .count();
    if (2..=4).contains(&capitalised)
        && capitalised + particles == words.len()
        && starts_upper(words[0])
        && starts_upper(last)
    {
        return ActorKind::Person;
    }
    ActorKind::Unknown
}

/// `Director General of Northern Routes at the Tolvian transport ministry`, `President of
/// the Vell Commission`: a title or role, then `of`, `at` or `for` and where it is held. The
/// title before the preposition is the head, so the phrase names a person, whatever
/// organisation follows.
fn office_holder(words: &[&str]) -> bool {
    let Some(prep) = words.iter().position(|w| is_in(&["at", "for", "of"], w)) else {
        return false;
    };
    let mut head = words[..prep].iter().filter(|w| !is_in(ARTICLES, w));
    let titles = head.by_ref().take(3).try_fold(0, |n, w| {
        (is_in(TITLES, w) || is_in(ROLE_NOUNS, w)).then_some(n + 1)
    });
    matches!(titles, Some(1..=2)) && head.next().is_none()
}
