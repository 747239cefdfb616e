//! News-like articles from structured fuzz input: a section, a headline, a byline, a publication
//! line, a wire dateline, paragraphs of quotations with speakers and reporting cues, pronouns and
//! generic nouns that refer back, question-and-answer paragraphs, captions, and raw text anywhere.
//!
//! `arbitrary` derives the shape; the words come from small tables of the kinds of tokens the
//! engine's rules look for, so the fuzzer spends its time in attribution, not in rejecting noise.

use arbitrary::Arbitrary;

const SECTIONS: &[&str] = &[
    "WORLD",
    "Business",
    "SPORT",
    "Opinion",
    "Science & Health",
    "CHINA / DIPLOMACY",
];
const FIRST_NAMES: &[&str] = &[
    "Maria",
    "John",
    "Kasia",
    "Li",
    "Ahmed",
    "Jean-Luc",
    "Olúwadámilọ́lá",
    "Mr.",
    "Dr.",
    "President",
    "Sen.",
    "Prof.",
    "Ana Paula",
    "Zoë",
    "Nguyễn",
    "O'Brien",
];
const LAST_NAMES: &[&str] = &[
    "Nowak",
    "Smith",
    "do Carmo Souza",
    "Wei",
    "Khan",
    "Jr.",
    "van der Berg",
    "Müller",
    "Al-Sayed",
    "Dupont",
    "MacLeod",
    "Kowalski-Nowak",
    "Lee",
    "Ng",
    "Okonkwo",
    "III",
];
const ORGANISATIONS: &[&str] = &[
    "the Ministry of Health",
    "NATO",
    "the European Union (EU)",
    "Reuters",
    "the Chinese Mission to the EU",
    "Serum Institute of India",
    "ClipCast",
    "Vereinigung Cockpit",
    "the World Health Organization",
    "Firm Ltd",
    "Acme Foods",
    "PAGASA",
    "the State Department",
    "U.S. officials",
    "the Kremlin",
    "Banco Central do Brasil",
];
const ROLES: &[&str] = &[
    "a spokesperson",
    "a spokesman",
    "spokeswoman",
    "the minister",
    "union president",
    "the chief executive",
    "a senior official",
    "the coach",
    "police",
    "analysts",
    "residents",
    "the two leaders",
    "both ministers",
    "disaster officials",
    "a source familiar with the matter",
    "the judge",
];
const GENERIC_NOUNS: &[&str] = &[
    "the company",
    "the ministry",
    "the regulator",
    "the union",
    "the firm",
    "the airline",
    "the court",
    "the agency",
    "the mission",
    "the government",
    "the bank",
    "the club",
];
const PRONOUNS: &[&str] = &[
    "He", "She", "They", "It", "he", "she", "they", "it", "We", "I",
];
const CUES: &[&str] = &[
    "said",
    "says",
    "added",
    "noted",
    "told reporters",
    "warned",
    "said in a statement",
    "told Reuters",
    "posted on social media that",
    "expects",
    "argued",
    "insisted",
    "denied",
    "claimed",
    "is expected",
    "wrote",
    "explained",
    "asked",
    "stressed",
    "confirmed",
];
const WORDS: &[&str] = &[
    "the",
    "plan",
    "will",
    "rates",
    "on Monday",
    "percent",
    "talks",
    "fine",
    "we",
    "not",
    "Brussels",
    "sales",
    "rose",
    "in",
    "of",
    "and",
    "that",
    "a",
    "policy",
    "vote",
    "strike",
    "prices",
    "Such",
    "practices",
    "fully",
    "expose",
    "https://example.org/a-very-long-link?with=query&and=more",
    "COVID-19",
    "3.5%",
    "$1.2bn",
    "5 p.m.",
    "U.S.",
    "e.g.",
    "etc.",
    "No.",
    "St.",
    "Jan.",
    "1990s",
    "—",
    "…",
    "(",
    ")",
];
const MARKS: &[(&str, &str)] = &[
    ("\"", "\""),
    ("“", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("„", "“"),
    ("「", "」"),
    ("\"", ""),
    ("", "”"),
    ("“", "\""),
];
const PUNCTUATION: &[&str] = &[
    ". ", ", ", "? ", "! ", ": ", "; ", " - ", " -- ", "... ", "。", "\u{a0}", " ",
];
const CITIES: &[&str] = &[
    "BRUSSELS",
    "WASHINGTON",
    "São Paulo",
    "NEW DELHI",
    "Manila",
    "KYIV",
];
const AGENCIES: &[&str] = &["(Reuters)", "(AP)", "(AFP)", "", "—", "(Xinhua)"];
const MONTHS: &[&str] = &["Jan", "May", "July", "Sept.", "December", "Jul"];
const CAPTION_PREFIXES: &[&str] = &[
    "Photo: ",
    "Photo: IC",
    "File photo: ",
    "Image: AFP",
    "Credit: ",
    "Video: ",
];
const LINE_BREAKS: &[&str] = &["\n\n", "\n", "\r\n\r\n", "\r\n", "\n\n\n", "\u{2029}", "\r"];

fn pick(table: &'static [&'static str], idx: u8) -> &'static str {
    table[usize::from(idx) % table.len()]
}

/// A news-like article; [`NewsArticle::render`] writes its text.
#[derive(Arbitrary, Debug)]
pub struct NewsArticle {
    section: Option<u8>,
    headline: Vec<Piece>,
    headline_speaker: Option<(Speaker, u8)>,
    byline: Option<Byline>,
    published: Option<Published>,
    dateline: Option<(u8, u8, u8)>,
    paragraphs: Vec<Paragraph>,
    line_break: u8,
}

#[derive(Arbitrary, Debug)]
struct Byline {
    first: u8,
    last: u8,
    with_date: Option<(u8, u8, u16)>,
}

#[derive(Arbitrary, Debug)]
struct Published {
    month: u8,
    day: u8,
    year: u16,
    hour: Option<(u8, u8)>,
}

#[derive(Arbitrary, Debug)]
enum Paragraph {
    Body(Vec<Sentence>),
    Question(Vec<Piece>),
    Answer(Vec<Sentence>),
    Caption(u8, Vec<Piece>),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum Sentence {
    /// `"Quote," Speaker said.` or inverted: `"Quote," said Speaker.`
    QuoteThenCue {
        marks: u8,
        quote: Vec<Piece>,
        speaker: Speaker,
        cue: u8,
        inverted: bool,
    },
    /// `Speaker said: "Quote."`
    CueThenQuote {
        speaker: Speaker,
        cue: u8,
        marks: u8,
        quote: Vec<Piece>,
    },
    /// `Speaker said (that) clause.`
    Reported {
        speaker: Speaker,
        cue: u8,
        that: bool,
        clause: Vec<Piece>,
    },
    /// `Clause, according to Speaker.`
    According {
        clause: Vec<Piece>,
        speaker: Speaker,
    },
    /// `Clause, Speaker said.`
    TrailingCue {
        clause: Vec<Piece>,
        speaker: Speaker,
        cue: u8,
    },
    /// A quotation that runs on: an opening mark with no closing one.
    OpenQuote {
        marks: u8,
        quote: Vec<Piece>,
    },
    Narration(Vec<Piece>),
}

#[derive(Arbitrary, Debug)]
enum Speaker {
    Person { first: u8, last: u8 },
    Organisation(u8),
    Role { role: u8, organisation: Option<u8> },
    Named { role: u8, first: u8, last: u8 },
    Generic(u8),
    Pronoun(u8),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum Piece {
    Word(u8),
    Speaker(Speaker),
    Number(u16),
    Punctuation(u8),
    Mark(u8, bool),
    Raw(String),
}

impl NewsArticle {
    /// The article's text, at most `max_len` bytes.
    pub fn render(&self, max_len: usize) -> String {
        let mut out = String::new();
        let line_break = pick(LINE_BREAKS, self.line_break);
        if let Some(section) = self.section {
            out.push_str(pick(SECTIONS, section));
            out.push_str(line_break);
        }
        if !self.headline.is_empty() {
            pieces(&mut out, &self.headline);
            if let Some((speaker, separator)) = &self.headline_speaker {
                out.push_str(pick(&[": ", " - ", ", ", " | "], *separator));
                speaker.render(&mut out);
            }
            out.push_str(line_break);
        }
        if let Some(byline) = &self.byline {
            out.push_str("By ");
            out.push_str(pick(FIRST_NAMES, byline.first));
            out.push(' ');
            out.push_str(pick(LAST_NAMES, byline.last));
            if let Some((day, month, year)) = byline.with_date {
                out.push_str(&format!(
                    " | {} {} {}",
                    day % 32,
                    pick(MONTHS, month),
                    year % 3000
                ));
            }
            out.push_str(line_break);
        }
        if let Some(published) = &self.published {
            out.push_str(&format!(
                "Published: {} {}, {}",
                pick(MONTHS, published.month),
                published.day % 33,
                published.year % 3000
            ));
            if let Some((hour, minute)) = published.hour {
                out.push_str(&format!(" {:02}:{:02} PM", hour % 25, minute % 61));
            }
            out.push_str(line_break);
        }
        for (paragraph_idx, paragraph) in self.paragraphs.iter().enumerate() {
            if paragraph_idx == 0 {
                if let Some((city, agency, month)) = self.dateline {
                    out.push_str(&format!(
                        "{}, {} 12 {} - ",
                        pick(CITIES, city),
                        pick(MONTHS, month),
                        pick(AGENCIES, agency)
                    ));
                }
            }
            paragraph.render(&mut out);
            out.push_str(line_break);
            if out.len() > max_len {
                break;
            }
        }
        let mut end = out.len().min(max_len);
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
        out
    }
}

impl Paragraph {
    fn render(&self, out: &mut String) {
        match self {
            Paragraph::Body(sentences) => sentences.iter().for_each(|s| s.render(out)),
            Paragraph::Question(question) => {
                out.push_str("Q: ");
                pieces(out, question);
                out.push('?');
            }
            Paragraph::Answer(sentences) => {
                out.push_str("A: ");
                sentences.iter().for_each(|s| s.render(out));
            }
            Paragraph::Caption(prefix, text) => {
                pieces(out, text);
                out.push(' ');
                out.push_str(pick(CAPTION_PREFIXES, *prefix));
            }
            Paragraph::Raw(text) => out.push_str(text),
        }
    }
}

impl Sentence {
    fn render(&self, out: &mut String) {
        match self {
            Sentence::QuoteThenCue {
                marks,
                quote,
                speaker,
                cue,
                inverted,
            } => {
                let (open, close) = MARKS[usize::from(*marks) % MARKS.len()];
                out.push_str(open);
                pieces(out, quote);
                out.push(',');
                out.push_str(close);
                out.push(' ');
                if *inverted {
                    out.push_str(pick(CUES, *cue));
                    out.push(' ');
                    speaker.render(out);
                } else {
                    speaker.render(out);
                    out.push(' ');
                    out.push_str(pick(CUES, *cue));
                }
                out.push_str(". ");
            }
            Sentence::CueThenQuote {
                speaker,
                cue,
                marks,
                quote,
            } => {
                let (open, close) = MARKS[usize::from(*marks) % MARKS.len()];
                speaker.render(out);
                out.push(' ');
                out.push_str(pick(CUES, *cue));
                out.push_str(": ");
                out.push_str(open);
                pieces(out, quote);
                out.push('.');
                out.push_str(close);
                out.push(' ');
            }
            Sentence::Reported {
                speaker,
                cue,
                that,
                clause,
            } => {
                speaker.render(out);
                out.push(' ');
                out.push_str(pick(CUES, *cue));
                out.push_str(if *that { " that " } else { " " });
                pieces(out, clause);
                out.push_str(". ");
            }
            Sentence::According { clause, speaker } => {
                pieces(out, clause);
                out.push_str(", according to ");
                speaker.render(out);
                out.push_str(". ");
            }
            Sentence::TrailingCue {
                clause,
                speaker,
                cue,
            } => {
                pieces(out, clause);
                out.push_str(", ");
                speaker.render(out);
                out.push(' ');
                out.push_str(pick(CUES, *cue));
                out.push_str(". ");
            }
            Sentence::OpenQuote { marks, quote } => {
                out.push_str(MARKS[usize::from(*marks) % MARKS.len()].0);
                pieces(out, quote);
                out.push(' ');
            }
            Sentence::Narration(text) => {
                pieces(out, text);
                out.push_str(". ");
            }
        }
    }
}

impl Speaker {
    fn render(&self, out: &mut String) {
        match self {
            Speaker::Person { first, last } => {
                out.push_str(pick(FIRST_NAMES, *first));
                out.push(' ');
                out.push_str(pick(LAST_NAMES, *last));
            }
            Speaker::Organisation(idx) => out.push_str(pick(ORGANISATIONS, *idx)),
            Speaker::Role { role, organisation } => {
                out.push_str(pick(ROLES, *role));
                if let Some(organisation) = organisation {
                    out.push_str(" of ");
                    out.push_str(pick(ORGANISATIONS, *organisation));
                }
            }
            Speaker::Named { role, first, last } => {
                out.push_str(pick(ROLES, *role));
                out.push(' ');
                out.push_str(pick(FIRST_NAMES, *first));
                out.push(' ');
                out.push_str(pick(LAST_NAMES, *last));
            }
            Speaker::Generic(idx) => out.push_str(pick(GENERIC_NOUNS, *idx)),
            Speaker::Pronoun(idx) => out.push_str(pick(PRONOUNS, *idx)),
            Speaker::Raw(text) => out.push_str(text),
        }
    }
}

fn pieces(out: &mut String, pieces: &[Piece]) {
    for (piece_idx, piece) in pieces.iter().enumerate() {
        if piece_idx > 0 && !matches!(piece, Piece::Punctuation(_)) {
            out.push(' ');
        }
        match piece {
            Piece::Word(idx) => out.push_str(pick(WORDS, *idx)),
            Piece::Speaker(speaker) => speaker.render(out),
            Piece::Number(n) => out.push_str(&n.to_string()),
            Piece::Punctuation(idx) => out.push_str(pick(PUNCTUATION, *idx)),
            Piece::Mark(idx, opening) => {
                let (open, close) = MARKS[usize::from(*idx) % MARKS.len()];
                out.push_str(if *opening { open } else { close });
            }
            Piece::Raw(text) => out.push_str(text),
        }
    }
}
