//! The reporting-cue lexicon: verb lemmas with their inflections, the frames some of them
//! need (`call on`, `hit back at`, `issue a statement`), and the nouns of sources
//! (`statement`, `report`, `survey`).
//!
//! Inflections are generated from each lemma by the regular English rules (`-s`/`-es`/`-ies`,
//! `-d`/`-ed`/`-ied`, final-consonant doubling, `-ing`) plus the listed irregular forms, once,
//! into a sorted table searched by binary search.

use std::sync::OnceLock;

/// What a verb form needs around it to be a reporting cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// A cue on its own: `said`, `claims`, `warned`.
    Plain,
    /// A cue only when one of these particles follows: `called on`, `hit back`.
    Particle(&'static [&'static str]),
    /// A cue only when a source noun follows within a few words: `issued a statement`.
    Noun,
}

/// The grammatical form of a cue word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Base,
    ThirdPerson,
    Past,
    /// The past participle when it differs from the past (`written`).
    Participle,
    Gerund,
}

/// A reporting cue found in the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub lemma: &'static str,
    pub form: Form,
    pub frame: Frame,
}

/// `(lemma, irregular past, irregular participle, doubles final consonant, frame)`.
type Entry = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    bool,
    Frame,
);

const P: Frame = Frame::Plain;

const LEXICON: &[Entry] = &[
    ("say", Some("said"), None, false, P),
    ("tell", Some("told"), None, false, P),
    ("write", Some("wrote"), Some("written"), false, P),
    (
        "find",
        Some("found"),
        None,
        false,
        Frame::Particle(&["that"]),
    ),
    (
        "show",
        None,
        Some("shown"),
        false,
        Frame::Particle(&["that"]),
    ),
    ("add", None, None, false, P),
    ("note", None, None, false, P),
    ("claim", None, None, false, P),
    ("accuse", None, None, false, P),
    ("state", None, None, false, Frame::Particle(&["that"])),
    ("charge", None, None, false, Frame::Particle(&["that"])),
    ("announce", None, None, false, P),
    ("argue", None, None, false, P),
    ("assert", None, None, false, P),
    ("warn", None, None, false, P),
    ("insist", None, None, false, P),
    ("explain", None, None, false, P),
    ("report", None, None, false, Frame::Particle(&["that"])),
    ("declare", None, None, false, P),
    ("stress", None, None, false, P),
    ("emphasize", None, None, false, P),
    ("emphasise", None, None, false, P),
    ("urge", None, None, false, P),
    ("slam", None, None, true, P),
    ("criticize", None, None, false, P),
    ("criticise", None, None, false, P),
    ("condemn", None, None, false, P),
    ("deny", None, None, false, P),
    ("acknowledge", None, None, false, P),
    ("admit", None, None, true, P),
    ("confirm", None, None, false, P),
    ("reveal", None, None, false, P),
    ("suggest", None, None, false, P),
    ("ask", None, None, false, P),
    ("reply", None, None, false, P),
    ("respond", None, None, false, P),
    ("conclude", None, None, false, Frame::Particle(&["that"])),
    ("maintain", None, None, false, P),
    ("contend", None, None, false, P),
    ("allege", None, None, false, P),
    ("complain", None, None, false, P),
    ("predict", None, None, false, P),
    ("promise", None, None, false, P),
    ("pledge", None, None, false, P),
    ("vow", None, None, false, P),
    ("threaten", None, None, false, P),
    ("demand", None, None, false, P),
    (
        "recall",
        None,
        None,
        false,
        Frame::Particle(&["that", "how"]),
    ),
    ("observe", None, None, false, P),
    ("remark", None, None, false, P),
    ("comment", None, None, false, P),
    ("mention", None, None, false, P),
    ("indicate", None, None, false, P),
    ("reiterate", None, None, false, P),
    ("refute", None, None, false, P),
    ("reject", None, None, false, P),
    ("dismiss", None, None, false, P),
    ("blast", None, None, false, P),
    ("tweet", None, None, false, P),
    // `posted on social media that …`; not `posted a loss`.
    ("post", None, None, false, Frame::Particle(&["on", "that"])),
    ("testify", None, None, false, P),
    ("caution", None, None, false, P),
    ("concede", None, None, false, P),
    ("lament", None, None, false, P),
    ("counter", None, None, false, P),
    ("retort", None, None, false, P),
    ("scold", None, None, false, P),
    ("chide", None, None, false, P),
    ("lambast", None, None, false, P),
    ("lambaste", None, None, false, P),
    ("mock", None, None, false, P),
    ("ridicule", None, None, false, P),
    ("joke", None, None, false, P),
    ("cite", None, None, false, P),
    ("dispute", None, None, false, P),
    ("boast", None, None, false, P),
    ("brag", None, None, true, P),
    ("tout", None, None, false, P),
    ("recount", None, None, false, P),
    ("fire", None, None, false, Frame::Particle(&["back"])),
    ("push", None, None, false, Frame::Particle(&["back"])),
    ("weigh", None, None, false, Frame::Particle(&["in"])),
    ("chime", None, None, false, Frame::Particle(&["in"])),
    ("continue", None, None, false, Frame::Particle(&["that"])),
    ("quip", None, None, true, P),
    ("shout", None, None, false, P),
    ("inform", None, None, false, P),
    ("advise", None, None, false, P),
    ("propose", None, None, false, P),
    ("recommend", None, None, false, P),
    ("affirm", None, None, false, P),
    ("assure", None, None, false, P),
    ("disclose", None, None, false, P),
    ("clarify", None, None, false, P),
    ("praise", None, None, false, P),
    ("blame", None, None, false, P),
    ("question", None, None, false, P),
    ("describe", None, None, false, P),
    ("denounce", None, None, false, P),
    ("decry", None, None, false, P),
    ("rebuke", None, None, false, P),
    ("rebut", None, None, true, P),
    ("hail", None, None, false, P),
    ("estimate", None, None, false, P),
    ("forecast", Some("forecast"), None, false, P),
    // `She expects the central bank to hold rates`: a view reported as the source's.
    ("expect", None, None, false, P),
    ("signal", None, None, false, P),
    ("signal", None, None, true, P),
    ("list", None, None, false, P),
    (
        "call",
        None,
        None,
        false,
        Frame::Particle(&["on", "for", "upon"]),
    ),
    (
        "hit",
        Some("hit"),
        None,
        true,
        Frame::Particle(&["back", "out"]),
    ),
    ("lash", None, None, false, Frame::Particle(&["out"])),
    ("point", None, None, false, Frame::Particle(&["out"])),
    (
        "speak",
        Some("spoke"),
        Some("spoken"),
        false,
        Frame::Particle(&["out"]),
    ),
    ("issue", None, None, false, Frame::Noun),
    ("release", None, None, false, Frame::Noun),
    ("publish", None, None, false, Frame::Noun),
];

/// Nouns of statements and documents: `in a statement`, `issued statements`, `a report by`.
pub const SOURCE_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "reports",
    "study",
    "studies",
    "survey",
    "surveys",
    "poll",
    "polls",
    "communique",
    "communiqué",
    "release",
    "letter",
    "letters",
    "document",
    "documents",
    "analysis",
    "paper",
    "data",
    "figures",
    "estimate",
    "estimates",
    "research",
    "audit",
    "review",
    "filing",
    "note",
    "notice",
    "ruling",
    "assessment",
    "census",
    "memo",
    "transcript",
    "tweet",
    "post",
    "interview",
    "remarks",
    "comments",
    "speech",
    "briefing",
    "warning",
    "findings",
];

fn third_person(lemma: &str) -> String {
    let bytes = lemma.as_bytes();
    let consonant_y = lemma.ends_with('y')
        && bytes.len() >= 2
        && !matches!(bytes[bytes.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
    if consonant_y {
        format!("{}ies", lemma.strip_suffix('y').unwrap_or(lemma))
    } else if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|end| lemma.ends_with(end))
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    }
}

fn past(lemma: &str, doubles: bool) -> String {
    let bytes = lemma.as_bytes();
    let consonant_y = lemma.ends_with('y')
        && bytes.len() >= 2
        && !matches!(bytes[bytes.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
    if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if consonant_y {
        format!("{}ied", lemma.strip_suffix('y').unwrap_or(lemma))
    } else if doubles {
        format!("{lemma}{}ed", last_letter(lemma))
    } else {
        format!("{lemma}ed")
    }
}

fn last_letter(lemma: &str) -> char {
    lemma.chars().next_back().unwrap_or('t')
}

fn gerund(lemma: &str, doubles: bool) -> String {
    if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if let Some(stem) = lemma.strip_suffix('e').filter(|_| !lemma.ends_with("ee")) {
        format!("{stem}ing")
    } else if doubles {
        format!("{lemma}{}ing", last_letter(lemma))
    } else {
        format!("{lemma}ing")
    }
}

/// The sorted forms, and for each first letter a bit set of the lengths that occur (a quick
/// rejection test before the binary search).
struct Table {
    forms: Vec<(String, Cue)>,
    lengths: [u32; 26],
    /// An open-addressing hash index into `forms` (FNV-1a of the lower-case form).
    slots: Vec<u32>,
}

const EMPTY_SLOT: u32 = u32::MAX;

fn fnv(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let forms = forms();
        let mut lengths = [0u32; 26];
        for (form, _) in &forms {
            if let Some(first) = form.bytes().next().filter(u8::is_ascii_lowercase) {
                lengths[usize::from(first - b'a')] |= 1 << form.len().min(31);
            }
        }
        let n_slots = (forms.len() * 4).next_power_of_two();
        let mut slots = vec![EMPTY_SLOT; n_slots];
        for (idx, (form, _)) in forms.iter().enumerate() {
            let mut slot = (fnv(form.as_bytes()) as usize) & (n_slots - 1);
            while slots[slot] != EMPTY_SLOT {
                slot = (slot + 1) & (n_slots - 1);
            }
            slots[slot] = idx as u32;
        }
        Table {
            forms,
            lengths,
            slots,
        }
    })
}

fn forms() -> Vec<(String, Cue)> {
    {
        let mut table = Vec::new();
        for &(lemma, irregular_past, irregular_participle, doubles, frame) in LEXICON {
            let cue = |form| Cue { lemma, form, frame };
            table.push((lemma.to_string(), cue(Form::Base)));
            table.push((third_person(lemma), cue(Form::ThirdPerson)));
            table.push((
                irregular_past.map_or_else(|| past(lemma, doubles), str::to_string),
                cue(Form::Past),
            ));
            if let Some(participle) = irregular_participle {
                table.push((participle.to_string(), cue(Form::Participle)));
            }
            table.push((gerund(lemma, doubles), cue(Form::Gerund)));
        }
        // Where two forms are spelt alike (`hit`, `forecast`), keep the past tense.
        table.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| (a.1.form != Form::Past).cmp(&(b.1.form != Form::Past)))
        });
        table.dedup_by(|a, b| a.0 == b.0);
        table
    }
}

/// Looks a word up in the cue lexicon, ignoring ASCII case.
///
/// # Examples
/// ```
/// use article_explorer::analysis::cues::{lookup, Form};
/// assert_eq!(lookup("slammed").map(|cue| (cue.lemma, cue.form)), Some(("slam", Form::Past)));
/// assert_eq!(lookup("Says").map(|cue| cue.lemma), Some("say"));
/// assert!(lookup("table").is_none());
/// ```
pub fn lookup(word: &str) -> Option<Cue> {
    if word.len() < 3 || word.len() > 16 || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 16];
    for (slot, byte) in buf.iter_mut().zip(word.bytes()) {
        *slot = byte.to_ascii_lowercase();
    }
    let first = buf[0];
    if !first.is_ascii_lowercase() {
        return None;
    }
    let table = table();
    if table.lengths[usize::from(first - b'a')] & (1 << word.len().min(31)) == 0 {
        return None;
    }
    let lowered = &buf[..word.len()];
    let mask = table.slots.len() - 1;
    let mut slot = (fnv(lowered) as usize) & mask;
    loop {
        let idx = *table.slots.get(slot)?;
        if idx == EMPTY_SLOT {
            return None;
        }
        let (form, cue) = table.forms.get(idx as usize)?;
        if form.as_bytes() == lowered {
            return Some(*cue);
        }
        slot = (slot + 1) & mask;
    }
}

/// Whether `word` (any case) is a source noun such as `statement` or `report`.
///
/// # Examples
/// ```
/// use article_explorer::analysis::cues::is_source_noun;
/// assert!(is_source_noun("Statement"));
/// assert!(!is_source_noun("table"));
/// ```
pub fn is_source_noun(word: &str) -> bool {
    SOURCE_NOUNS
        .iter()
        .any(|noun| noun.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        for word in [
            "says",
            "said",
            "saying",
            "accused",
            "accuses",
            "slamming",
            "denied",
            "denies",
            "urged",
            "admitted",
            "wrote",
            "written",
            "argues",
            "stressed",
            "called",
            "testified",
            "hit",
        ] {
            assert!(lookup(word).is_some(), "{word}");
        }
        assert!(lookup("sayed").is_none());
    }
}
