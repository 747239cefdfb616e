//! A generator of long synthetic news articles for performance tests: varied speakers,
//! direct and indirect quotes, pronouns, abbreviations and numbers. The text is assembled
//! from small templates by a seeded xorshift generator, so the same seed gives the same text.

struct Rng(u64, usize);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Maria", "James", "Aiko", "Olusegun", "Priya", "Tomasz", "Elena", "David", "Fatima", "Lars",
    "Chen", "Ana", "Robert", "Ingrid", "Kwame", "Sofia",
];
const LAST: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Moreau",
    "Haddad",
    "Kowalski",
    "Garcia",
    "Nguyen",
    "Smith",
    "Petrov",
    "Mensah",
    "Rossi",
    "Fischer",
    "Alvarez",
    "O'Brien",
    "Shah",
];
const ROLES: &[&str] = &[
    "the finance minister",
    "a senior economist at the bank",
    "the company's chief executive",
    "the mayor",
    "a spokesperson for the ministry",
    "the union leader",
    "a professor of law",
];
const ORGS: &[(&str, &str)] = &[
    ("Ministry of Transport", "Ministry"),
    ("International Monetary Fund", "IMF"),
    ("World Health Organization", "WHO"),
    ("Northern Rail Workers Union", "Union"),
    ("Central Bank of Westland", "Bank"),
    ("Harbour City Council", "Council"),
    ("European Commission", "Commission"),
    ("Acme Logistics Corp.", "company"),
];
const GROUPS: &[&str] = &[
    "Residents",
    "Analysts",
    "Local officials",
    "Environmental groups",
    "Several lawmakers",
    "Economists",
];
const TOPICS: &[&str] = &[
    "the new rail line",
    "the budget deficit",
    "water prices",
    "the vaccination campaign",
    "the port expansion",
    "interest rates",
    "the housing shortage",
    "air pollution",
];
const CLAIMS: &[&str] = &[
    "would cost more than expected",
    "had been delayed for years",
    "was a matter of public safety",
    "could not be solved overnight",
    "had already reduced waiting times",
    "needed an independent review",
    "was supported by most residents",
    "put thousands of jobs at risk",
];
const VERBS: &[&str] = &[
    "said",
    "added",
    "noted",
    "argued",
    "warned",
    "stressed",
    "claimed",
    "insisted",
    "told reporters",
];
const PLACES: &[&str] = &[
    "Washington",
    "Lagos",
    "St. Petersburg",
    "Osaka",
    "the U.S.",
    "the U.K.",
    "Mt. Pleasant",
];

/// Writes an article of about `n_sentences` sentences.
pub fn article(n_sentences: usize, seed: u64) -> String {
    let mut rng = Rng(
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1,
        (seed as usize) % FIRST.len(),
    );
    let mut out = String::with_capacity(n_sentences * 120);
    let topic = rng.pick(TOPICS);
    out.push_str("BUSINESS\u{a0}/\u{a0}ECONOMY\n");
    out.push_str(&format!(
        "Officials clash over {topic}: {}\n",
        ORGS[rng.below(ORGS.len())].0
    ));
    out.push_str(&format!(
        "Published: Mar {}, 20{:02} 0{}:{:02} PM\n",
        1 + rng.below(28),
        10 + rng.below(15),
        1 + rng.below(8),
        rng.below(60)
    ));
    out.push_str("Workers at the site. Photo: VCG\n\n");
    let mut written = 0;
    while written < n_sentences {
        let n_in_paragraph = 1 + rng.below(4);
        let mut paragraph = Vec::new();
        for _ in 0..n_in_paragraph {
            paragraph.push(sentence(&mut rng));
            written += 1;
        }
        out.push_str(&paragraph.join(" "));
        out.push_str(if rng.below(9) == 0 {
            "\r\n\r\n"
        } else {
            "\n\n"
        });
    }
    out
}

/// A person of the article's cast: real articles quote a handful of people, so each seed
/// draws its cast from a small window of the name lists.
fn person(rng: &mut Rng) -> String {
    let title = ["", "Dr. ", "Mr. ", "Ms. ", "Prof. ", "Gen. "][rng.below(6)];
    let cast = rng.1;
    let first = FIRST[(cast + rng.below(4)) % FIRST.len()];
    let last = LAST[(cast + rng.below(4)) % LAST.len()];
    format!("{title}{first} {last}")
}

fn sentence(rng: &mut Rng) -> String {
    let topic = rng.pick(TOPICS);
    let claim = rng.pick(CLAIMS);
    let verb = rng.pick(VERBS);
    let (org, short) = ORGS[rng.below(ORGS.len())];
    let amount = format!("${}.{} billion", 1 + rng.below(90), rng.below(10));
    match rng.below(14) {
        0 => format!("{}, {}, {verb} that {topic} {claim}.", person(rng), rng.pick(ROLES)),
        1 => format!("\u{201c}We have been clear about {topic} from the start,\u{201d} {} said. \u{201c}Nobody should be surprised.\u{201d}", person(rng)),
        2 => format!("\"The plan {claim},\" said {}, {}.", person(rng), rng.pick(ROLES)),
        3 => format!("The {org} said in a statement on Monday that {topic} {claim}."),
        4 => format!("According to a report by the {org}, spending on {topic} rose {}.{}% to {amount} last year.", rng.below(20), rng.below(10)),
        5 => format!("He added that {topic} {claim}."),
        6 => format!("It will only make {topic} worse, the {short} said."),
        7 => format!("{} accused the government of ignoring {topic}.", rng.pick(GROUPS)),
        8 => format!("The meeting in {} ended at {} p.m. on Tuesday, and no vote was taken.", rng.pick(PLACES), 1 + rng.below(11)),
        9 => format!("They called on the {org} to publish the figures for {topic}."),
        10 => format!("She said the figure of {amount} {claim}, citing data from the {org} ({}).", initials(org)),
        11 => format!("Critics of {topic} have long argued that it {claim}; supporters disagree."),
        12 => format!("\"Is this really the best we can do?\" asked {}. \"I doubt it.\"", person(rng)),
        _ => format!("The debate over {topic} continued into the evening, with about {} people watching online.", 1000 + rng.below(90_000)),
    }
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|word| word.starts_with(char::is_uppercase))
        .filter_map(|word| word.chars().next())
        .collect()
}
