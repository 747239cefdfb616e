//! Grammar words: determiners, verbs, auxiliaries, time and introductory words, function
//! words, and the small closed classes the patterns test (forms of `be`, modals).

pub(in crate::analysis) const DETERMINERS: super::WordList = super::word_list!(&[
    "a", "all", "an", "another", "any", "both", "each", "every", "five", "four", "her", "his",
    "its", "many", "most", "my", "no", "one", "other", "our", "several", "some", "such", "that",
    "the", "their", "these", "this", "those", "three", "two", "your",
]);

/// Participles of cues that an adverb after an article makes adjectives: `a widely expected
/// rise`, `the long-awaited report`.
pub(in crate::analysis) const ADJECTIVAL_PARTICIPLES: super::WordList = super::word_list!(&[
    "acknowledged",
    "anticipated",
    "cited",
    "expected",
    "feared",
    "predicted",
    "publicised",
    "publicized",
    "quoted",
    "reported",
    "rumored",
    "rumoured",
    "touted",
]);

/// Articles.
pub(in crate::analysis) const ARTICLES: &[&str] = &["a", "an", "the"];

/// Verbs that never occur inside a speaker's noun phrase.
pub(in crate::analysis) const VERB_WORDS: super::WordList = super::word_list!(&[
    "are",
    "aren't",
    "aren’t",
    "be",
    "been",
    "can",
    "can't",
    "cannot",
    "can’t",
    "could",
    "couldn't",
    "couldn’t",
    "did",
    "didn't",
    "didn’t",
    "do",
    "does",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "had",
    "has",
    "hasn't",
    "hasn’t",
    "have",
    "haven't",
    "haven’t",
    "is",
    "isn't",
    "isn’t",
    "may",
    "might",
    "must",
    "not",
    "should",
    "shouldn't",
    "shouldn’t",
    "was",
    "wasn't",
    "wasn’t",
    "were",
    "will",
    "won't",
    "won’t",
    "would",
    "wouldn't",
    "wouldn’t",
]);

pub(in crate::analysis) const AUXILIARIES: super::WordList = super::word_list!(&[
    "again",
    "all",
    "already",
    "also",
    "angrily",
    "are",
    "both",
    "can",
    "could",
    "did",
    "do",
    "does",
    "earlier",
    "even",
    "finally",
    "firmly",
    "first",
    "flatly",
    "further",
    "had",
    "has",
    "have",
    "immediately",
    "initially",
    "is",
    "jointly",
    "just",
    "later",
    "may",
    "meanwhile",
    "might",
    "must",
    "once",
    "openly",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "recently",
    "repeatedly",
    "reportedly",
    "separately",
    "sharply",
    "should",
    "still",
    "strongly",
    "subsequently",
    "then",
    "too",
    "ultimately",
    "was",
    "were",
    "will",
    "would",
]);

/// Irregular past tenses: a word that makes a phrase a clause (`Prices rose sharply and …`).
pub(in crate::analysis) const IRREGULAR_PAST: super::WordList = super::word_list!(&[
    "became", "began", "bought", "brought", "built", "came", "cut", "fell", "fought", "gave",
    "got", "grew", "held", "hit", "kept", "left", "lost", "made", "met", "paid", "put", "ran",
    "rose", "sank", "saw", "sent", "set", "shut", "slid", "sold", "spent", "stood", "struck",
    "swung", "took", "went", "won",
]);

/// Month names, for time phrases (`on March 18`).
pub(in crate::analysis) const MONTHS: super::WordList = super::word_list!(&[
    "april",
    "august",
    "december",
    "february",
    "january",
    "july",
    "june",
    "march",
    "may",
    "november",
    "october",
    "september",
]);

/// The days of the week.
pub(in crate::analysis) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(in crate::analysis) const TIME_WORDS: super::WordList = super::word_list!(&[
    "afternoon",
    "earlier",
    "evening",
    "friday",
    "later",
    "monday",
    "month",
    "morning",
    "night",
    "saturday",
    "sunday",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "weekend",
    "year",
    "yesterday",
]);

pub(in crate::analysis) const INTRO_WORDS: super::WordList = super::word_list!(&[
    "according",
    "addressing",
    "after",
    "against",
    "also",
    "although",
    "amid",
    "among",
    "amongst",
    "and",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "but",
    "by",
    "commenting",
    "concerning",
    "considering",
    "despite",
    "during",
    "earlier",
    "elsewhere",
    "following",
    "for",
    "friday",
    "from",
    "given",
    "here",
    "however",
    "if",
    "in",
    "including",
    "instead",
    "last",
    "later",
    "like",
    "maybe",
    "meanwhile",
    "monday",
    "next",
    "now",
    "on",
    "once",
    "over",
    "perhaps",
    "regarding",
    "responding",
    "saturday",
    "separately",
    "since",
    "so",
    "speaking",
    "still",
    "sunday",
    "then",
    "there",
    "this",
    "though",
    "throughout",
    "thursday",
    "today",
    "tomorrow",
    "tonight",
    "toward",
    "towards",
    "tuesday",
    "under",
    "unlike",
    "until",
    "wednesday",
    "when",
    "while",
    "with",
    "within",
    "without",
    "writing",
    "yesterday",
    "yet",
]);

pub(in crate::analysis) const FUNCTION_WORDS: super::WordList = super::word_list!(&[
    "&", "and", "at", "de", "des", "du", "for", "la", "le", "of", "on", "the", "to",
]);

/// Forms of `be` (and its contractions) that make a following participle passive or a
/// gerund progressive: `is questioning`, `was first declared`.
pub(in crate::analysis) const BE_FORMS: super::WordList = super::word_list!(&[
    "are",
    "be",
    "been",
    "being",
    "he's",
    "he’s",
    "is",
    "it's",
    "it’s",
    "she's",
    "she’s",
    "they're",
    "they’re",
    "was",
    "we're",
    "were",
    "we’re",
]);

/// Adverbs that may stand between an auxiliary and its verb: `was first declared`.
pub(in crate::analysis) const VERB_ADVERBS: &[&str] = &[
    "again", "already", "also", "even", "first", "never", "not", "now", "once", "still",
];

/// Words ending in `s` that are not plurals: `was`, `this`.
pub(in crate::analysis) const NOT_PLURAL_S: &[&str] = &["does", "has", "his", "its", "this", "was"];

/// Plural subjects without an `s`, pronouns and collective nouns: `they say`, `police say`,
/// `staff say`.
pub(in crate::analysis) const UNMARKED_PLURALS: super::WordList = super::word_list!(&[
    "children",
    "crew",
    "i",
    "men",
    "people",
    "personnel",
    "police",
    "staff",
    "they",
    "we",
    "women",
    "you",
]);

/// Prepositions before a cue word's base form, which is then a noun: `the areas in
/// question`, `released without comment`.
pub(in crate::analysis) const PREPOSITIONS_BEFORE_NOUNS: super::WordList = super::word_list!(&[
    "about", "after", "at", "before", "by", "during", "for", "from", "in", "of", "on", "under",
    "with", "without",
]);

/// Prepositions of a place: `Democrats across the country, who …`.
pub(in crate::analysis) const LOCATIVE_PREPOSITIONS: &[&str] =
    &["across", "around", "at", "in", "near", "on", "throughout"];

/// Prepositions of a place or origin after a plural head: `Residents of three villages`.
pub(in crate::analysis) const PLACE_PREPOSITIONS: &[&str] =
    &["along", "at", "from", "in", "near", "of"];

/// Words before a base form that make it a finite verb: `will say`, `often warn`.
pub(in crate::analysis) const MODALS_BEFORE_BASE: super::WordList = super::word_list!(&[
    "also",
    "can",
    "could",
    "did",
    "do",
    "does",
    "may",
    "might",
    "must",
    "often",
    "repeatedly",
    "should",
    "still",
    "will",
    "would",
]);

/// Subordinating conjunctions after which a clause's own subject follows: `shortly after
/// Trump said`.
pub(in crate::analysis) const SUBORDINATORS: super::WordList = super::word_list!(&[
    "after", "although", "as", "because", "before", "once", "since", "though", "unless", "until",
    "when", "where", "whereas", "while",
]);

/// Nouns completed by a `that` clause with a subject of its own: `the fact that the counsel
/// said …`.
pub(in crate::analysis) const FACT_NOUNS: &[&str] = &[
    "belief",
    "evidence",
    "fact",
    "idea",
    "news",
    "notion",
    "possibility",
    "sign",
    "suggestion",
];

/// Participles that name someone with a quotation after their object: `…, calling him
/// "a total failure."`.
pub(in crate::analysis) const NAMING_PARTICIPLES: &[&str] =
    &["branding", "calling", "dubbing", "labeling", "labelling"];

/// Subordinators of time and cause that open a clause setting the scene for the sentence's
/// own statement (`When crowds responded by …, police say`); not `as` (`As X noted, …` is
/// the attribution) nor the contrastive `while` and `although` (`While X said A, Y said B`).
pub(in crate::analysis) const SCENE_SUBORDINATORS: &[&str] = &[
    "after", "because", "before", "once", "since", "until", "when",
];

/// Conjunctions, subordinators and connective adverbs that open a clause before its subject:
/// `But the …`, `Though she called …`, `Meanwhile the union …`.
pub(in crate::analysis) const LEADING_CONNECTIVES: super::WordList = super::word_list!(&[
    "after",
    "also",
    "although",
    "and",
    "as",
    "because",
    "before",
    "but",
    "however",
    "if",
    "meanwhile",
    "now",
    "once",
    "or",
    "since",
    "so",
    "still",
    "then",
    "though",
    "unless",
    "when",
    "whereas",
    "while",
    "yet",
]);

/// Words that open an introductory phrase without a comma: `In a Bloomberg interview Trump
/// declared`.
pub(in crate::analysis) const INTRO_PHRASE_OPENERS: super::WordList = super::word_list!(&[
    "after", "asked", "at", "before", "during", "earlier", "from", "in", "last", "on", "speaking",
    "with",
]);

/// Participles that open a sentence before its speaker (`Asked who would pay, he said the
/// province.`): the words before the comma set the scene and are not what the speaker said.
pub(in crate::analysis) const SCENE_PARTICIPLES: super::WordList = super::word_list!(&[
    "addressing",
    "answering",
    "asked",
    "commenting",
    "pressed",
    "questioned",
    "reacting",
    "replying",
    "responding",
    "speaking",
    "testifying",
    "writing",
]);

/// Abbreviations whose full stop stays inside a name: `Jr.`, `Inc.`, `Sen.`.
pub(in crate::analysis) const NAME_ABBREVIATIONS: super::WordList = super::word_list!(&[
    "adm", "amb", "atty", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "det", "dr", "fr",
    "gen", "gov", "inc", "insp", "jr", "lt", "ltd", "maj", "mr", "mrs", "ms", "prof", "rep", "rev",
    "sen", "sgt", "sr", "st", "supt",
]);

/// Words that end a noun phrase after a name: `said X in …`, `said X, who …`.
pub(in crate::analysis) const NOUN_PHRASE_ENDERS: super::WordList = super::word_list!(&[
    "adding", "after", "and", "as", "at", "before", "citing", "during", "in", "on", "that", "when",
    "which", "while", "who",
]);

/// Words that open a trailing adjunct clause after a comma: `…, X said Friday, as they …`.
pub(in crate::analysis) const ADJUNCT_OPENERS: super::WordList = super::word_list!(&[
    "according",
    "adding",
    "after",
    "although",
    "arguing",
    "as",
    "because",
    "before",
    "citing",
    "in",
    "noting",
    "referring",
    "saying",
    "though",
    "when",
    "where",
    "which",
    "while",
    "who",
]);

/// Words before a time word in a time phrase: `on Monday`, `late last week`.
pub(in crate::analysis) const TIME_MODIFIERS: &[&str] = &[
    "earlier", "early", "last", "late", "next", "on", "previous", "same", "the", "this",
];

/// Prepositions of a month that opens a clause without a comma: `In October Holm said`.
pub(in crate::analysis) const MONTH_PREPOSITIONS: &[&str] =
    &["by", "during", "in", "since", "until"];

/// Words that open a parenthetical between commas before a verb: `The ministry, in a statement, said`.
pub(in crate::analysis) const PARENTHETICAL_OPENERS: &[&str] = &[
    "also",
    "at",
    "however",
    "in",
    "meanwhile",
    "on",
    "separately",
    "speaking",
    "though",
    "too",
    "writing",
];

/// Relative pronouns and demonstratives that open a clause, not a subject: `which`, `there`.
pub(in crate::analysis) const CLAUSE_OPENERS: &[&str] = &[
    "here", "so", "such", "that", "there", "these", "this", "those", "what", "which", "who",
];

/// Auxiliaries that open a question, never a subject: `Did you expect …?` (not `Will`, `May`: names).
pub(in crate::analysis) const QUESTION_AUXILIARIES: super::WordList = super::word_list!(&[
    "are", "can", "could", "did", "do", "does", "has", "have", "is", "should", "was", "were",
    "would",
]);

/// Quantifiers before `of` in a subject: `Some of the`, `One of`.
pub(in crate::analysis) const QUANTIFIERS: &[&str] = &[
    "all", "both", "many", "most", "one", "several", "some", "two",
];

/// Nouns of a share of a group before `of`: `52 percent of voters`, `half of them`,
/// `two-thirds of Democrats`.
pub(in crate::analysis) const SHARE_NOUNS: &[&str] = &[
    "cent", "fifth", "fifths", "half", "percent", "quarter", "quarters", "third", "thirds",
];

/// Words before a count that make it approximate: `at least five`, `some 20`, `more than 30`.
pub(in crate::analysis) const COUNT_HEDGES: &[&str] = &[
    "about", "almost", "around", "least", "nearly", "over", "some", "than",
];

/// Counts written as words: `five candidates`.
pub(in crate::analysis) const NUMBER_WORDS: super::WordList = super::word_list!(&[
    "dozens",
    "eight",
    "five",
    "four",
    "hundreds",
    "nine",
    "seven",
    "six",
    "ten",
    "thousands",
    "three",
    "two",
]);

/// Words that may follow an inverted subject: `said X in …`, `said X, adding …`.
pub(in crate::analysis) const INVERTED_SUBJECT_ENDERS: &[&str] = &[
    "adding", "after", "as", "at", "before", "citing", "during", "in", "on", "when", "while", "who",
];

/// Prepositions that open a circumstance after a cue, not its content: `…, the spokesperson
/// said in response to a question …`, `…, she said at a briefing on Monday.`
pub(in crate::analysis) const CIRCUMSTANCE_OPENERS: &[&str] = &[
    "after",
    "at",
    "during",
    "following",
    "in",
    "on",
    "when",
    "while",
];

/// Adverbs that open a phrase of circumstance or degree before a comma (`Too often, …`, `Back in
/// Nordhavn, …`, `Even if …, …`, `More than fees, …`), which is never a name.
pub(in crate::analysis) const SCENE_ADVERBS: super::WordList = super::word_list!(&[
    "already", "back", "contrary", "even", "far", "here", "more", "much", "often", "only", "so",
    "still", "then", "there", "too", "very", "yet",
]);

/// The only words after a cue that leave a sentence a bare attribution of the quotation
/// before it (`She said in a statement on Friday.`), besides time words.
pub(in crate::analysis) const BARE_REST_WORDS: &[&str] = &[
    "a",
    "again",
    "an",
    "in",
    "interview",
    "later",
    "on",
    "reporters",
    "statement",
    "the",
    "then",
];

/// Prepositions that open a circumstance after a cue (`said of the bank in May`, `asked at
/// the town hall`).
pub(in crate::analysis) const CIRCUMSTANCE_PREPOSITIONS: super::WordList = super::word_list!(&[
    "about", "after", "at", "before", "during", "from", "in", "of", "on", "outside", "to", "with",
]);
/// Relative pronouns that open a clause about the word before them.
pub(in crate::analysis) const RELATIVES: &[&str] = &["where", "which", "who", "whom", "whose"];

/// Listeners a cue may name before its circumstance: `told reporters at the briefing`.
pub(in crate::analysis) const AUDIENCES: &[&str] = &[
    "journalists",
    "reporters",
    "supporters",
    "viewers",
    "voters",
];

/// Finite verbs that make the words after a cue a clause of their own (`…, Trump said the probe
/// is ongoing.`): the cue's complement, not a circumstance of it.
pub(in crate::analysis) const FINITE_VERBS: super::WordList = super::word_list!(&[
    "are", "can", "could", "did", "does", "had", "has", "have", "is", "may", "might", "must",
    "should", "was", "were", "will", "would",
]);

/// Adjectives that describe statements, between a determiner and a cue word that is then a
/// noun: `his earlier remarks`, `the latest report`, `its own claims`.
pub(in crate::analysis) const STATEMENT_ADJECTIVES: super::WordList = super::word_list!(&[
    "controversial",
    "earlier",
    "final",
    "first",
    "further",
    "initial",
    "last",
    "latest",
    "new",
    "official",
    "own",
    "previous",
    "public",
    "recent",
    "repeated",
    "same",
    "separate",
    "similar",
    "written",
]);

/// Verbs that lead through `to` into the reporting verb after it, which is then the
/// sentence's cue: `was quick to counter`, `hastened to add` (and `went on to add`).
pub(in crate::analysis) const CATENATIVE_VERBS: super::WordList = super::word_list!(&[
    "appear",
    "appeared",
    "appears",
    "continue",
    "continued",
    "continues",
    "continuing",
    "hastened",
    "quick",
    "rushed",
    "seem",
    "seemed",
    "seems",
]);

/// Verbs of beginning and ending that lead through `by` into a gerund cue: `began by saying`,
/// `opened by warning`, `closed by urging`.
pub(in crate::analysis) const PHASE_VERBS: super::WordList = super::word_list!(&[
    "began",
    "begin",
    "begins",
    "begun",
    "closed",
    "closes",
    "concluded",
    "concludes",
    "ended",
    "ends",
    "opened",
    "opens",
    "started",
    "starts",
]);

/// Nouns of evidence, which point to things without speaking (`all signs pointed to`) and
/// are documents, not speakers (`the results suggest`).
pub(in crate::analysis) const EVIDENCE_NOUNS: &[&str] = &[
    "data",
    "evidence",
    "figures",
    "findings",
    "indications",
    "indicators",
    "results",
    "signs",
    "trends",
];

/// Verbs that issue a document: `a communique issued by NATO`, `NATO released a report`.
pub(in crate::analysis) const ISSUING_VERBS: &[&str] = &[
    "adopted",
    "filed",
    "issued",
    "published",
    "put",
    "released",
    "sent",
    "signed",
];

/// Reflexive pronouns, which stress a subject's name (`Ines Varga herself`).
pub(in crate::analysis) const REFLEXIVES: &[&str] = &["herself", "himself", "itself", "themselves"];

/// Words that never name anyone, alone or together: adverbs (`so` in `the so called …`) and
/// possessive determiners (`His`).
pub(in crate::analysis) const NEVER_NAMES: super::WordList = super::word_list!(&[
    "also", "even", "his", "its", "just", "my", "now", "our", "so", "still", "their", "then",
    "thus", "too", "very", "your",
]);

/// Reporting verbs that take `of` right after them (`warns of`, `speaks of`); before `of`, the
/// present forms of any other cue word are nouns (`analyst estimates of`, `reports of`).
pub(in crate::analysis) const CUES_BEFORE_OF: &[&str] =
    &["boast", "complain", "say", "speak", "tell", "warn", "write"];

/// Words before a cue word that make it a noun or negate it: `the claims`, `not said`.
pub(in crate::analysis) const NOT_BEFORE_A_CUE: super::WordList = super::word_list!(&[
    "a", "an", "as", "her", "his", "its", "never", "no", "not", "other", "our", "such", "that",
    "the", "their", "these", "this", "to", "whom", "whose",
]);

/// Adjectives of number or novelty: a present cue form after one is a plural noun (`declined
/// further questions`, `to press several demands`, `fresh claims`).
pub(in crate::analysis) const NOUN_QUANTIFIERS: &[&str] =
    &["fresh", "further", "new", "renewed", "repeated", "several"];

/// Cue lemmas whose passive names the speaker after `by`: `The plan was announced by the
/// ministry`, `The levy has been criticised by Ines Varga`. Not verbs whose passive agent may
/// act rather than speak (`attacked by`, `rejected by` voters, `endorsed by`).
pub(in crate::analysis) const PASSIVE_AGENT_CUES: &[&str] = &[
    "accuse",
    "announce",
    "condemn",
    "criticise",
    "criticize",
    "deny",
    "praise",
    "rebuke",
    "slam",
    "state",
];

/// Forms of `have`: a present cue form after one is a noun (`has questions`).
pub(in crate::analysis) const HAVE_FORMS: &[&str] = &["had", "has", "have", "having"];

/// Demonstratives that stand for the sentence before (`This was stated by …`).
pub(in crate::analysis) const DEMONSTRATIVES: &[&str] = &["that", "these", "this", "those"];

/// Auxiliaries before a passive `be` (`has been criticised`, `will be announced`).
pub(in crate::analysis) const PASSIVE_AUXILIARIES: &[&str] = &[
    "could", "had", "has", "have", "may", "might", "will", "would",
];

/// Prepositions that open the charge after an accuser (`accused by the council of hiding …`,
/// `criticised by rivals for failing …`).
pub(in crate::analysis) const CHARGE_PREPOSITIONS: &[&str] = &["for", "of", "over"];

/// The participles of speaking after `quoted … as` (`quoted Ines Varga as saying`).
pub(in crate::analysis) const QUOTED_AS_PARTICIPLES: &[&str] =
    &["saying", "stating", "telling", "warning"];

/// Past participles after `quoted X as having`: `as having informed the ministry that …`.
pub(in crate::analysis) const QUOTED_AS_PAST: &[&str] =
    &["announced", "informed", "said", "stated", "told", "warned"];

/// Verbs of an outlet relaying someone's words: `the agency quoted Ines Varga as saying`.
pub(in crate::analysis) const QUOTING_VERBS: &[&str] =
    &["cited", "cites", "citing", "quoted", "quotes", "quoting"];

/// Heads after `according to` that name no source: `according to plan`, `according to the
/// rules`.
pub(in crate::analysis) const NOT_SOURCES: super::WordList = super::word_list!(&[
    "age",
    "custom",
    "design",
    "expectations",
    "form",
    "law",
    "laws",
    "need",
    "needs",
    "plan",
    "plans",
    "protocol",
    "rules",
    "schedule",
    "script",
    "size",
    "taste",
    "tradition",
]);
