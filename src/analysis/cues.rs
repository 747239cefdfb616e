//! The reporting-cue lexicon: verb lemmas with their inflections, the frames some of them
//! need (`call on`, `hit back at`, `issue a statement`), and the nouns of sources
//! (`statement`, `report`, `survey`).
//!
//! Each lemma also declares whether it may come before its subject (`"…," said X`).
//!
//! Inflections are generated from each lemma by the regular English rules (`-s`/`-es`/`-ies`,
//! `-d`/`-ed`/`-ied`, final-consonant doubling, `-ing`) plus the listed irregular forms, once,
//! into a table with an open-addressing hash index (and, per first two letters, a bit set of
//! lengths as a quick rejection test).

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
    /// A cue only when an object and `to` with a verb follow: `ordered ministries to release
    /// funds` (not `ordered a recall`).
    Directive,
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
    /// The verb may come before its subject: `"…," said X.`, `"…," added the minister.`
    pub inverts: bool,
    /// The verb is speaking itself (every inverting verb, and `tell`): it reports in a
    /// participle clause (`…, telling the crowd …`) and is not a passive participle before
    /// `of` or `over` (`told of the crash`).
    pub speaks: bool,
}

/// A reporting verb of the lexicon: its lemma, its irregular forms and what it needs around it.
#[derive(Clone, Copy, Debug)]
struct Lemma {
    lemma: &'static str,
    past: Option<&'static str>,
    participle: Option<&'static str>,
    /// Doubles its final consonant: `slammed`, `admitting`.
    doubles: bool,
    frame: Frame,
    /// May come before its subject: `"…," said X.` (see [`Cue::inverts`]).
    inverts: bool,
    /// Speaking itself (see [`Cue::speaks`]).
    speaks: bool,
}

impl Lemma {
    const fn new(lemma: &'static str) -> Lemma {
        Lemma {
            lemma,
            past: None,
            participle: None,
            doubles: false,
            frame: Frame::Plain,
            inverts: false,
            speaks: false,
        }
    }

    /// An irregular past tense.
    const fn past(self, past: &'static str) -> Lemma {
        Lemma {
            past: Some(past),
            ..self
        }
    }

    /// An irregular past participle that differs from the past.
    const fn participle(self, participle: &'static str) -> Lemma {
        Lemma {
            participle: Some(participle),
            ..self
        }
    }

    const fn doubles(self) -> Lemma {
        Lemma {
            doubles: true,
            ..self
        }
    }

    /// A cue only when one of `particles` follows.
    const fn particles(self, particles: &'static [&'static str]) -> Lemma {
        Lemma {
            frame: Frame::Particle(particles),
            ..self
        }
    }

    /// A cue only when a source noun follows.
    const fn noun(self) -> Lemma {
        Lemma {
            frame: Frame::Noun,
            ..self
        }
    }

    /// A cue only before an object and an infinitive (see [`Frame::Directive`]).
    const fn directive(self) -> Lemma {
        Lemma {
            frame: Frame::Directive,
            ..self
        }
    }

    const fn inverts(self) -> Lemma {
        Lemma {
            inverts: true,
            speaks: true,
            ..self
        }
    }

    /// Speaking itself, though never before its subject: `tell`.
    const fn speaks(self) -> Lemma {
        Lemma {
            speaks: true,
            ..self
        }
    }
}

const LEXICON: &[Lemma] = &[
    Lemma::new("say").past("said").inverts(),
    Lemma::new("tell").past("told").speaks(),
    Lemma::new("write")
        .past("wrote")
        .participle("written")
        .inverts(),
    Lemma::new("find").past("found").particles(&["that"]),
    Lemma::new("show").participle("shown").particles(&["that"]),
    Lemma::new("add").inverts(),
    Lemma::new("note").inverts(),
    Lemma::new("claim").inverts(),
    Lemma::new("accuse"),
    Lemma::new("state").particles(&["that"]).inverts(),
    Lemma::new("charge").particles(&["that"]),
    Lemma::new("announce"),
    Lemma::new("argue").inverts(),
    Lemma::new("assert"),
    Lemma::new("reassure").particles(&["that"]),
    Lemma::new("ascertain").particles(&["that"]),
    Lemma::new("warn").inverts(),
    Lemma::new("insist").inverts(),
    Lemma::new("explain").inverts(),
    Lemma::new("report").particles(&["that"]),
    Lemma::new("declare").inverts(),
    Lemma::new("stress").inverts(),
    Lemma::new("emphasize"),
    Lemma::new("emphasise"),
    Lemma::new("urge"),
    // `ordered ministries to release funds`, `instructed staff to stay home`: a directive.
    Lemma::new("order").directive(),
    Lemma::new("instruct").directive(),
    Lemma::new("slam").doubles(),
    Lemma::new("criticize"),
    Lemma::new("criticise"),
    Lemma::new("condemn"),
    // `The chief defended the officers' conduct as professional`: a public defence is speech.
    Lemma::new("defend"),
    Lemma::new("deny"),
    Lemma::new("acknowledge").inverts(),
    Lemma::new("admit").doubles().inverts(),
    Lemma::new("confirm"),
    Lemma::new("reveal"),
    Lemma::new("suggest"),
    Lemma::new("ask").inverts(),
    Lemma::new("reply").inverts(),
    Lemma::new("respond").inverts(),
    Lemma::new("conclude").particles(&["that"]).inverts(),
    // `The court ruled that …`; not `ruled out`, `ruled the country`.
    Lemma::new("rule").particles(&["that"]),
    Lemma::new("maintain").particles(&["that"]),
    Lemma::new("contend"),
    Lemma::new("allege").inverts(),
    Lemma::new("complain").inverts(),
    Lemma::new("predict"),
    Lemma::new("promise"),
    Lemma::new("pledge"),
    Lemma::new("vow"),
    Lemma::new("threaten"),
    Lemma::new("demand"),
    Lemma::new("recall").particles(&["that", "how"]).inverts(),
    Lemma::new("observe").particles(&["that"]).inverts(),
    Lemma::new("remark").inverts(),
    Lemma::new("comment"),
    Lemma::new("mention"),
    Lemma::new("indicate"),
    Lemma::new("reiterate"),
    Lemma::new("reaffirm").particles(&["that"]),
    Lemma::new("refute"),
    Lemma::new("reject"),
    Lemma::new("dismiss"),
    Lemma::new("blast"),
    Lemma::new("tweet").inverts(),
    // `posted on social media that …`; not `posted a loss`.
    Lemma::new("post").particles(&["on", "that"]),
    Lemma::new("testify"),
    Lemma::new("caution"),
    Lemma::new("concede").inverts(),
    Lemma::new("lament"),
    Lemma::new("bemoan"),
    Lemma::new("counter").inverts(),
    Lemma::new("retort").inverts(),
    Lemma::new("scold"),
    Lemma::new("chide"),
    Lemma::new("lambast"),
    Lemma::new("lambaste"),
    Lemma::new("castigate"),
    Lemma::new("assail"),
    Lemma::new("berate"),
    Lemma::new("deride"),
    Lemma::new("excoriate"),
    Lemma::new("censure"),
    Lemma::new("reprimand"),
    Lemma::new("admonish"),
    // `The lawyers apologised for the filings`: an apology is a statement.
    Lemma::new("apologise"),
    Lemma::new("apologize"),
    Lemma::new("chastise"),
    // `Coalition raps opposition chief`: a headline's rebuke.
    Lemma::new("rap").doubles(),
    // `railed against the plan`; not `rail` the transport.
    Lemma::new("rail").particles(&["against"]),
    Lemma::new("mock"),
    Lemma::new("ridicule"),
    Lemma::new("joke"),
    Lemma::new("cite"),
    Lemma::new("dispute"),
    Lemma::new("boast"),
    Lemma::new("brag").doubles(),
    Lemma::new("tout"),
    Lemma::new("recount"),
    Lemma::new("fire").particles(&["back"]),
    Lemma::new("push").particles(&["back"]),
    Lemma::new("weigh").particles(&["in"]),
    Lemma::new("chime").particles(&["in"]),
    Lemma::new("appeal").particles(&["for"]),
    Lemma::new("continue").particles(&["that"]).inverts(),
    Lemma::new("quip").doubles().inverts(),
    Lemma::new("shout").inverts(),
    Lemma::new("inform"),
    Lemma::new("advise"),
    Lemma::new("propose"),
    Lemma::new("recommend"),
    Lemma::new("affirm"),
    Lemma::new("assure"),
    Lemma::new("disclose"),
    Lemma::new("clarify"),
    Lemma::new("praise"),
    Lemma::new("thank"),
    Lemma::new("blame"),
    Lemma::new("question"),
    Lemma::new("describe"),
    Lemma::new("denounce"),
    Lemma::new("decry"),
    Lemma::new("deplore"),
    Lemma::new("rebuke"),
    Lemma::new("rebut").doubles(),
    Lemma::new("hail"),
    Lemma::new("estimate"),
    Lemma::new("forecast").past("forecast"),
    // `She expects the central bank to hold rates`: a view reported as the source's.
    Lemma::new("expect"),
    // `The club believes that …`, `They feel the ban is unfair`: a view reported as the
    // holder's.
    Lemma::new("believe"),
    Lemma::new("feel").past("felt"),
    // `Residents fear the road will flood`.
    Lemma::new("fear"),
    Lemma::new("signal"),
    Lemma::new("signal").doubles(),
    Lemma::new("list"),
    Lemma::new("call").particles(&["on", "for", "upon", "out"]),
    Lemma::new("hit")
        .past("hit")
        .doubles()
        .particles(&["back", "out"]),
    Lemma::new("lash").particles(&["out"]),
    // `Holm referred to the levy as theft`.
    Lemma::new("refer").doubles().particles(&["to"]),
    Lemma::new("sum").doubles().particles(&["up"]),
    Lemma::new("point").particles(&["out", "to"]),
    Lemma::new("speak")
        .past("spoke")
        .participle("spoken")
        .particles(&["of", "out"]),
    Lemma::new("express"),
    // `voiced concern about …`, `voiced support for …` (not `American Family Voices`).
    Lemma::new("voice").particles(&[
        "alarm",
        "anger",
        "concern",
        "concerns",
        "doubts",
        "fears",
        "frustration",
        "hope",
        "objections",
        "opposition",
        "support",
    ]),
    // `raised concerns about …` (not `raised prices`).
    Lemma::new("raise").particles(&["concern", "concerns", "doubts", "fears", "objections"]),
    // `cast doubt on the complaint` (not `cast a vote`).
    Lemma::new("cast")
        .past("cast")
        .particles(&["doubt", "doubts"]),
    Lemma::new("highlight").inverts(),
    Lemma::new("issue").noun(),
    Lemma::new("make").past("made").noun(),
    Lemma::new("give").past("gave").participle("given").noun(),
    Lemma::new("request").particles(&["that"]),
    // `Counsel submitted that …`, `submitted, "…"` (not `submitted its accounts`).
    Lemma::new("submit").doubles().particles(&["that"]),
    Lemma::new("oppose"),
    Lemma::new("set").past("set").particles(&["forth"]),
    Lemma::new("release").noun(),
    Lemma::new("publish").noun(),
    // `lodged a formal protest with the embassy`, `registered its objection` (not `lodged at a hotel`).
    Lemma::new("lodge").noun(),
    Lemma::new("register").noun(),
];

/// Nouns of statements and documents, court papers among them: `in a statement`, `issued
/// statements`, `a report by`, `the complaint`.
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
    "records",
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
    "opinion",
    "judgment",
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
    "complaint",
    "clarification",
    "update",
    "indictment",
    "lawsuit",
    "petition",
    "affidavit",
    "dossier",
    "bulletin",
    "statistics",
    "forecast",
    "forecasts",
    "projections",
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

/// The forms, sorted, with a hash index, and for each first two letters (see [`pair_index`]) a
/// bit set of the lengths that occur (a quick rejection test before hashing: most words of
/// running text share no such pair and length with any form).
struct Table {
    forms: Vec<(String, Cue)>,
    /// Built when the table is (26 × 27 entries), so it adds nothing to the binary.
    lengths: Vec<u32>,
    /// An open-addressing hash index into `forms` (FNV-1a of the lower-case form).
    slots: Vec<u32>,
}

const EMPTY_SLOT: u32 = u32::MAX;

/// The FNV-1a hash of nothing, which [`fnv_step`] extends byte by byte.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(FNV_START, |hash, &byte| fnv_step(hash, byte))
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let forms = forms();
        let mut lengths = vec![0u32; 26 * 27];
        for (form, _) in &forms {
            if let Some(pair) = pair_index(form.as_bytes()) {
                lengths[pair] |= 1 << form.len().min(31);
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

/// The index of a word's first two bytes, folded to lower case, in [`Table::lengths`]: a
/// letter, then a letter or anything else; `None` if the first is not a letter.
fn pair_index(word: &[u8]) -> Option<usize> {
    let first = word.first()?.to_ascii_lowercase();
    if !first.is_ascii_lowercase() {
        return None;
    }
    let second = match word.get(1).map(u8::to_ascii_lowercase) {
        Some(letter @ b'a'..=b'z') => usize::from(letter - b'a'),
        _ => 26,
    };
    Some(usize::from(first - b'a') * 27 + second)
}

fn forms() -> Vec<(String, Cue)> {
    {
        let mut table = Vec::new();
        for entry in LEXICON {
            let lemma = entry.lemma;
            let cue = |form| Cue {
                lemma,
                form,
                frame: entry.frame,
                inverts: entry.inverts,
                speaks: entry.speaks,
            };
            table.push((lemma.to_string(), cue(Form::Base)));
            table.push((third_person(lemma), cue(Form::ThirdPerson)));
            table.push((
                entry
                    .past
                    .map_or_else(|| past(lemma, entry.doubles), str::to_string),
                cue(Form::Past),
            ));
            if let Some(participle) = entry.participle {
                table.push((participle.to_string(), cue(Form::Participle)));
            }
            table.push((gerund(lemma, entry.doubles), cue(Form::Gerund)));
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
    let bytes = word.as_bytes();
    if bytes.len() < 3 || bytes.len() > 16 {
        return None;
    }
    // The first two letters and the length reject most words before the word is read further.
    let pair = pair_index(bytes)?;
    let table = table();
    if table.lengths.get(pair)? & (1 << bytes.len()) == 0 {
        return None;
    }
    // One pass lowers the word and hashes it; a word that is not ASCII is no cue.
    let mut buf = [0u8; 16];
    let mut hash = FNV_START;
    for (slot, &byte) in buf.iter_mut().zip(bytes) {
        if !byte.is_ascii() {
            return None;
        }
        *slot = byte.to_ascii_lowercase();
        hash = fnv_step(hash, *slot);
    }
    let lowered = &buf[..bytes.len()];
    let mask = table.slots.len() - 1;
    let mut slot = (hash as usize) & mask;
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
