//! Role holders: an unnamed role of an organisation (`a Foreign Ministry spokesman`) is the
//! person the article names with that role (`Spokesman Hong Lei`), when there is one of each.

use super::State;
use crate::analysis::actors::{is_possessive, role_key, Draft, DraftId};
use crate::analysis::lexicon::*;
use crate::analysis::ActorKind;

/// Folds each unnamed role of an organisation into the one person introduced with the same
/// role, when the article has exactly one such role and one such person. Reads the registry's
/// roles; changes `speakers` and the attributions' actors, and gives the role's mentions to
/// the person.
pub(super) fn name_role_holders(state: &mut State<'_>) {
    let pairs = holders(state);
    fold_drafts(state, &pairs);
}

/// Folds each draft `from` of `pairs` into its `to`: in the passages' speakers, the
/// attributions' actors and the mentions.
pub(super) fn fold_drafts(state: &mut State<'_>, pairs: &[(DraftId, DraftId)]) {
    if pairs.is_empty() {
        return;
    }
    let holder_of = |id: DraftId| {
        pairs
            .iter()
            .find(|(from, _)| *from == id)
            .map_or(id, |&(_, to)| to)
    };
    for ids in &mut state.speakers {
        let mut folded: Vec<DraftId> = Vec::with_capacity(ids.len());
        for &id in ids.iter() {
            let id = holder_of(id);
            if !folded.contains(&id) {
                folded.push(id);
            }
        }
        *ids = folded;
    }
    for pending in &mut state.attributions {
        pending.actor = holder_of(pending.actor);
    }
    for &(from, to) in pairs {
        let mentions = state.registry.actors[from].mentions.clone();
        state.registry.actors[to].mentions.extend(mentions);
    }
}

/// The most unnamed roles, and the most people introduced with a role, that are paired.
const MAX_ROLES: usize = 64;

/// Pairs of (unnamed role of an organisation, the person who holds it): first people whose
/// title names the member's organisation (`Vexa spokesman Tom Hale`), then people with the
/// bare role (`Spokeswoman Ida Lind`), each paired only when member and person fit no other.
fn holders(state: &State<'_>) -> Vec<(DraftId, DraftId)> {
    let actors = &state.registry.actors;
    let mut members: Vec<usize> = (0..actors.len())
        .filter(|&idx| {
            let actor = &actors[idx];
            actor.role.is_some() && actor.member_of.is_some() && actor.kind == ActorKind::Person
        })
        .collect();
    let named = |with_org: bool| -> Vec<usize> {
        (0..actors.len())
            .filter(|&idx| {
                let actor = &actors[idx];
                actor.role.is_some()
                    && actor.member_of.is_none()
                    && actor.role_org().is_empty() != with_org
                    && matches!(actor.kind, ActorKind::Person | ActorKind::Unknown)
            })
            .collect()
    };
    let mut pairs = Vec::new();
    for people in [named(true), named(false)] {
        // Pairing compares every member with every person; an input with more roles than
        // any news article keeps its roles unpaired and stays linear.
        if members.len() > MAX_ROLES || people.len() > MAX_ROLES {
            return Vec::new();
        }
        let fits = |member: usize, person: usize| fits_title(actors, member, person);
        let found: Vec<(usize, usize)> = members
            .iter()
            .filter_map(|&member| {
                let mut fitting = people.iter().filter(|&&person| fits(member, person));
                let person = *fitting.next()?;
                let unique = fitting.next().is_none()
                    && members.iter().filter(|&&m| fits(m, person)).count() == 1;
                unique.then_some((member, person))
            })
            .collect();
        members.retain(|member| found.iter().all(|(paired, _)| paired != member));
        pairs.extend(
            found
                .into_iter()
                .map(|(m, p)| (DraftId::new(m), DraftId::new(p))),
        );
    }
    let speaking = state.speaking();
    pairs.extend(named_later(actors, &speaking, state.text));
    pairs
}

/// Pairs of (a role with no name and no organisation that speaks first, the one person
/// who speaks later, named with that role): a lede's `A senior minister said …` is the
/// `Health Minister Ines Varga` of the paragraphs after it. Only when each fits no other.
fn named_later(actors: &[Draft], speaking: &[bool], text: &str) -> Vec<(DraftId, DraftId)> {
    let roles: Vec<(usize, String)> = (0..actors.len())
        .filter_map(|idx| Some((idx, bare_role(&actors[idx])?)))
        .take(MAX_ROLES + 1)
        .collect();
    let people: Vec<usize> = (0..actors.len())
        .filter(|&idx| {
            let actor = &actors[idx];
            // (`Holm said …` after `Judge Tomas Holm adjourned …`: a surname alone.)
            speaking[idx]
                && (actor.role.is_some() || actor.name.contains(' ') || starts_upper(&actor.name))
                && actor.member_of.is_none()
                && actor.kind == ActorKind::Person
        })
        .take(MAX_ROLES + 1)
        .collect();
    // (With no role to place, no person's title is read: each reading searches the text.)
    if roles.is_empty() || roles.len() > MAX_ROLES || people.len() > MAX_ROLES {
        return Vec::new();
    }
    let people: Vec<(usize, Title)> = people
        .iter()
        .filter_map(|&person| Some((person, Title::of(&actors[person], text)?)))
        .collect();
    let first_at = |idx: usize| actors[idx].mentions.first().map_or(usize::MAX, |m| m.start);
    let fits = |(role_idx, role): &(usize, String), (person, title): &(usize, Title)| {
        title.keys.contains(role)
            && first_at(*role_idx) < title.at
            && place_role_fits(&actors[*role_idx], &actors[*person], text)
    };
    roles
        .iter()
        .filter_map(|role| {
            let fitting: Vec<&(usize, Title)> =
                people.iter().filter(|person| fits(role, person)).collect();
            // Several people with the role: the one introduced with the role's describing
            // words (`harbour affairs minister` is `Harbour Affairs Minister Tomas Holm`, not
            // `Fisheries Minister Ines Varga`).
            let person = match fitting[..] {
                [person] => person,
                _ => {
                    let described: Vec<&(usize, Title)> = fitting
                        .into_iter()
                        .filter(|(person, _)| {
                            introduced_as(&actors[role.0], &actors[*person], text)
                        })
                        .collect();
                    match described[..] {
                        [person] => person,
                        _ => return None,
                    }
                }
            };
            let unique = roles.iter().filter(|r| fits(r, person)).count() == 1;
            unique.then_some((DraftId::new(role.0), DraftId::new(person.0)))
        })
        .collect()
}

/// The role keys a person was introduced with, and where: the role of the draft (`Health
/// Minister Ines Varga`), or else the title words before the first time the text gives the
/// full name (`U.S. District Judge Ana Marsh`, whose title `Judge` is not kept as a role).
struct Title {
    at: usize,
    keys: Vec<String>,
}

impl Title {
    /// The most title words read before a name.
    const MAX_WORDS: usize = 4;

    fn of(person: &Draft, text: &str) -> Option<Title> {
        if let Some(key) = person.role_key() {
            let at = person.mentions.first()?.start;
            return Some(Title {
                at,
                keys: vec![key.to_string()],
            });
        }
        let at = text.find(person.name.as_str())?;
        let line_start = text[..at].rfind('\n').map_or(0, |idx| idx + 1);
        let keys = text[line_start..at]
            .split_whitespace()
            .rev()
            .take(Self::MAX_WORDS)
            .take_while(|word| starts_upper(word))
            .filter(|word| is_in(TITLES, word))
            .map(role_key)
            .collect();
        Some(Title { at, keys })
    }
}

/// Whether every word of `role`'s name before its role noun is in `person`'s first mention
/// (`harbour affairs minister`, `Harbour Affairs Minister Tomas Holm`).
fn introduced_as(role: &Draft, person: &Draft, text: &str) -> bool {
    let words: Vec<&str> = role.name.split_whitespace().collect();
    let Some((_, describing)) = words.split_last() else {
        return false;
    };
    !describing.is_empty()
        && describing
            .iter()
            .all(|word| in_first_mention(person, text, word))
}

/// Whether `word` is a word of `person`'s first mention, ignoring case.
fn in_first_mention(person: &Draft, text: &str, word: &str) -> bool {
    person
        .mentions
        .first()
        .map_or("", |mention| mention.slice(text))
        .split_whitespace()
        .any(|named| named.eq_ignore_ascii_case(word))
}

/// `Tolvia's justice minister` may be `Justice Minister Tomas Holm`, but `Norland's delegation
/// chairman` is not `campaign chairman Ida Lind`: after a place's possessive, each describing
/// word of the role must be in the person's first mention.
fn place_role_fits(role: &Draft, person: &Draft, text: &str) -> bool {
    let words: Vec<&str> = role.name.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return true;
    };
    if !is_possessive(first) {
        return true;
    }
    let Some(describing) = rest.split_last().map(|(_, describing)| describing) else {
        return true;
    };
    describing
        .iter()
        .all(|word| is_in(ROLE_DESCRIBERS, word) || in_first_mention(person, text, word))
}

/// The role key of a person named only by a role (`Senior minister`, `a top official`,
/// `Tolvia's justice minister`): lower-case describing words (after a place's possessive) and
/// a singular role noun, no name, no organisation.
fn bare_role(actor: &Draft) -> Option<String> {
    // (`A federal judge`: a title that is no role noun leaves the kind unknown.)
    let kind_fits = match actor.kind {
        ActorKind::Person => true,
        ActorKind::Unknown => actor
            .name
            .rsplit(' ')
            .next()
            .is_some_and(|last| is_in(TITLES, last)),
        _ => false,
    };
    if !kind_fits || actor.member_of.is_some() || actor.role.is_some() {
        return None;
    }
    let words: Vec<&str> = actor.name.split_whitespace().collect();
    let (&last, before) = words.split_last()?;
    // (`Tolvia's justice minister`: a place's possessive may open it.)
    let place_possessive = |word: &str| {
        starts_upper(word)
            && is_possessive(word)
            && !is_in(
                ORG_WORDS,
                word.trim_end_matches("'s").trim_end_matches("’s"),
            )
    };
    // (`natural resources minister`: a lower-case plural sector is the role's portfolio, not
    // an organisation.)
    let portfolio = |word: &str| {
        word.starts_with(char::is_lowercase) && word.ends_with('s') && !is_in(GENERIC_ORG, word)
    };
    let described = before.len() <= 2
        && before.iter().enumerate().all(|(i, word)| {
            (i == 0 && place_possessive(word))
                || ((i == 0 || word.starts_with(char::is_lowercase))
                    && (!is_in(ORG_WORDS, word) || portfolio(word))
                    && !word.ends_with("'s")
                    && !word.ends_with("’s"))
        });
    let singular = !last.ends_with('s') || last.ends_with("ss");
    let role_word = is_in(ROLE_NOUNS, last) || is_in(TITLES, last);
    // (`A Judge has …`, `A JUDGE has …`: a lede's role alone may be capitalised.)
    let case_fits = last.starts_with(char::is_lowercase) || before.is_empty();
    (described && singular && case_fits && role_word).then(|| role_key(last))
}

/// Whether `member` is an informal head of an organisation (`the head of the agency`) and
/// `person` holds a leading role (`Director-General Ilse Varn`).
fn heads(member: &Draft, person: &Draft) -> bool {
    member
        .role_key()
        .is_some_and(|key| is_in(INFORMAL_ROLES, key))
        && person
            .role_key()
            .is_some_and(|key| is_in(LEADING_ROLES, key))
}

/// Whether the person `person` holds the role of the member `member`: the same role, and the
/// organisation in the person's title, if any, is the member's (or the member's organisation
/// is only a generic noun, `the company's CEO`).
fn fits_title(actors: &[Draft], member: usize, person: usize) -> bool {
    let (member, person) = (&actors[member], &actors[person]);
    if member.role_key() != person.role_key() && !heads(member, person) {
        return false;
    }
    let Some(org) = member.member_of.map(|org| &actors[org.index()]) else {
        return false;
    };
    // `the company's CEO` may be `Parlo CEO Anna Berg`, but `the league's spokesperson` is
    // not `union spokesman Piet Hols`.
    let generic = org.key.len() == 1 && is_in(GENERIC_ORG, &org.key[0]);
    let person_generic = person
        .role_org()
        .iter()
        .any(|word| is_in(GENERIC_ORG, word));
    // `Brun's lawyer` may be `defence lawyer Tomas Holm`: a person's office is described,
    // not named after an organisation.
    let personal_office = org.kind == ActorKind::Person
        && !person
            .role_org()
            .iter()
            .any(|word| is_in(ORG_WORDS, word) || is_in(GENERIC_ORG, word));
    personal_office
        || (generic && !person_generic)
        || person
            .role_org()
            .iter()
            .all(|word| org.key.contains(word) || org.alias_words.contains(word))
}
