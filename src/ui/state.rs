//! The explorer's state and its reducer: plain data, no `html!`, tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::ui::link::{is_slug, Fragment, Link, LinkProblem, View};
use crate::ui::model::{SharedModel, SpeakerIdx};

pub use crate::ui::link::FilterMode;

/// A message shown above the article until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
}

/// How the target passage came to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jump {
    /// From the URL at load or on Back/Forward: the history entry exists already.
    FromUrl,
    /// A user jump: gets its own history entry.
    User,
    /// The reader tapped or clicked the passage, which is on screen: no scrolling, and the
    /// address bar is updated in place.
    Tap,
}

/// What the last copy-link attempt did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyFeedback {
    Copied {
        passage: usize,
        /// The link's length in characters: a long one gets a warning.
        length: usize,
        /// The passage was copied as a quotation ([`crate::ui::explorer::quote_text`]), not a link.
        quote: bool,
    },
    /// The Clipboard API was refused: the link is shown in a selectable field instead.
    Fallback { passage: usize, url: String },
}

/// Where the open article came from: what a link must say to reopen it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    /// The bundled default article.
    #[default]
    Default,
    /// Another bundled article (`?article=<name>`).
    Bundled(String),
    /// An article the reader opened (pasted, a file, a library entry, a link that carried it):
    /// kept in the library under `library`; `payload` is its share payload once the worker has
    /// made it (`crate::carry`).
    Opened {
        library: String,
        payload: Option<Rc<str>>,
    },
}

/// An article to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Text, pasted, typed or read from a file; `html` when it is a web page to extract from.
    Text { text: String, html: bool },
    /// A library entry, by id.
    Library(String),
    /// A bundled article (`None`: the default).
    Bundled(Option<String>),
}

/// What an export produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// The analysis as JSON, as `explore analyze` prints it.
    Json,
    /// The browser's print dialog (a filtered printout says which speakers it shows).
    Print,
    /// One row per passage: id, speakers, text, link.
    Csv,
    /// "Who said what": passages grouped by speaker, quoted, with links.
    Markdown,
    /// The article as one self-contained HTML page.
    Page,
}

/// The explorer's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub model: SharedModel,
    pub origin: Origin,
    pub selected: Vec<SpeakerIdx>,
    pub mode: FilterMode,
    pub query: String,
    pub target: Option<usize>,
    /// How the current target was set; the URL glue pushes a history entry for user jumps.
    pub jump: Jump,
    /// Bumped on every jump, so that the same target chosen again scrolls again.
    pub jump_seq: u32,
    /// Whether the jump moves the keyboard focus to the target: not for a search match, so that
    /// Enter in the search box goes on to the next one.
    pub focus_target: bool,
    pub notices: Vec<Notice>,
    next_notice: u32,
    pub help_open: bool,
    /// The "Open article" dialog is open.
    pub open_dialog: bool,
    pub copy: Option<CopyFeedback>,
    /// The statements table or the transcript (`view=`).
    pub view: View,
    /// Its chosen cell, `(from, to)` slugs: the article then shows those statements.
    pub cell: Option<(String, String)>,
    /// What the worker rendered for the table, once asked for.
    pub statements: Option<Rc<Statements>>,
    /// Bumped by a change that gets its own history entry without a jump.
    pub push_seq: u32,
}

/// "Who says what about whom" as the worker renders it (`crate::statements::Rendered`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statements {
    /// The table and list, as HTML escaped by the worker.
    pub view: Rc<str>,
    /// `<passage id>\t<ranges>\t<evidence HTML>` lines.
    pub evidence: Rc<str>,
    /// `<from>\t<to>\t<label>\t<passage indices>` lines.
    pub cells: Rc<str>,
    /// The "By speaker" transcript, as HTML escaped by the worker.
    pub transcript: Rc<str>,
}

/// What a component asks the root for: a state change, or a side effect the root performs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    Act(Action),
    /// Copy the link to a passage (Clipboard API, with a fallback).
    CopyLink(usize),
    /// Copy a passage as a quotation with its speaker, headline, date and link.
    CopyQuote(usize),
    /// Open the system share sheet for the last copied link.
    Share,
    /// Jump to the next (`true`) or previous search match.
    Match(bool),
    /// Open another article.
    Open(Opening),
    /// Export the open article.
    Export(Export),
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ToggleSpeaker(SpeakerIdx),
    OnlySpeaker(SpeakerIdx),
    ClearFilter,
    SetMode(FilterMode),
    SetQuery(String),
    /// A user jump to a passage.
    FocusPassage(usize),
    /// A user jump to a search match: the focus stays in the search box.
    FocusMatch(usize),
    /// Moves to the next (`forward`) or previous visible passage from `from`, the passage the
    /// reader is at (see `explorer::reading_anchor`), or from the target when `None`. With
    /// `inclusive`, `from` itself counts going forward: it is only the first passage on screen,
    /// not one the reader has been to.
    Step {
        forward: bool,
        from: Option<usize>,
        inclusive: bool,
    },
    ClearTarget,
    /// The URL changed (load, Back/Forward): adopt what it says.
    ApplyUrl {
        search: String,
        hash: String,
    },
    DismissNotice(u32),
    /// Shows a notice.
    Notify(String),
    SetHelp(bool),
    SetOpenDialog(bool),
    /// The worker has made the open article's share payload.
    SetPayload(Rc<str>),
    CopyDone(CopyFeedback),
    DismissCopy,
    /// Shows the statements table, the transcript or the article alone (leaving the table drops
    /// its cell).
    SetView(View),
    /// Chooses a cell of the statements table, `(from, to)`.
    ChooseCell(String, String),
    /// The worker has rendered the statements.
    SetStatements(Rc<Statements>),
    /// A user jump to a passage by id (a link in an evidence line).
    FocusPassageId(String),
    /// The reader tapped or clicked a passage.
    TapPassage(usize),
}

impl State {
    /// The state of a freshly opened article.
    pub fn new(model: SharedModel, origin: Origin) -> State {
        State {
            model,
            origin,
            selected: Vec::new(),
            mode: FilterMode::Hide,
            query: String::new(),
            target: None,
            jump: Jump::FromUrl,
            jump_seq: 0,
            focus_target: true,
            notices: Vec::new(),
            next_notice: 1,
            help_open: false,
            open_dialog: false,
            copy: None,
            view: View::Article,
            cell: None,
            statements: None,
            push_seq: 0,
        }
    }

    /// The chosen cell's label and passages, once the statements are known.
    pub fn cell_passages(&self) -> Option<(&str, Vec<usize>)> {
        let (from, to) = self.cell.as_ref()?;
        let n = self.model.passages.len();
        self.statements.as_ref()?.cells.lines().find_map(|line| {
            let mut parts = line.split('\t');
            if parts.next()? != from || parts.next()? != to {
                return None;
            }
            let label = parts.next()?;
            let passages = parts.next()?.split(' ').filter_map(number);
            Some((label, passages.filter(|&i| i < n).collect()))
        })
    }

    /// The evidence of passage `index`, once the statements are known: the byte ranges of its
    /// cue and speaker mention in its text (`start end start end`) and the line (HTML).
    pub fn evidence(&self, index: usize) -> Option<(&str, &str)> {
        let id = self.model.passages.get(index)?.id.as_str();
        self.statements
            .as_ref()?
            .evidence
            .lines()
            .find_map(|line| line.strip_prefix(id)?.strip_prefix('\t')?.split_once('\t'))
    }

    /// Adds a notice, once.
    pub fn notify(&mut self, text: String) {
        if self.notices.iter().any(|n| n.text == text) {
            return;
        }
        self.notices.push(Notice {
            id: self.next_notice,
            text,
        });
        self.next_notice += 1;
        // Keep the list short whatever a URL contains.
        if self.notices.len() > 4 {
            self.notices.remove(0);
        }
    }

    /// Whether passage `index` passes the speaker filter.
    pub fn is_selected(&self, index: usize) -> bool {
        if let Some((_, kept)) = self.cell_passages() {
            return kept.contains(&index);
        }
        self.model
            .passage_selected(index, &self.model.expand_selection(&self.selected))
    }

    /// Indices of the passages the filter shows, plus the target, in order.
    pub fn visible_passages(&self) -> Vec<usize> {
        if let Some((_, mut kept)) = self.cell_passages() {
            if let Some(t) = self.target.filter(|t| !kept.contains(t)) {
                let at = kept.partition_point(|&i| i < t);
                kept.insert(at, t);
            }
            return kept;
        }
        let expanded = self.model.expand_selection(&self.selected);
        (0..self.model.passages.len())
            .filter(|&i| self.target == Some(i) || self.model.passage_selected(i, &expanded))
            .collect()
    }

    /// Whether the target is shown only because it is the target.
    pub fn target_filtered_out(&self) -> bool {
        self.target.is_some_and(|t| !self.is_selected(t))
    }

    /// Passages whose text contains the query ([`find_all`]), among the visible ones.
    pub fn search_matches(&self) -> Vec<usize> {
        let needle = self.query.trim();
        if needle.is_empty() {
            return Vec::new();
        }
        self.visible_passages()
            .into_iter()
            .filter(|&i| !find_all(self.model.passage_text(i), needle).is_empty())
            .collect()
    }

    /// The URL state: the link this state would share, without the target. An opened article's
    /// address-bar link names its library entry, so that neither its text nor its speakers end
    /// up in the browser's (possibly synced) history; [`State::share_link`] carries the text.
    pub fn link(&self) -> Link {
        let (article, library) = match &self.origin {
            Origin::Default => (None, None),
            Origin::Bundled(name) => (Some(name.clone()), None),
            Origin::Opened { library, .. } => (None, Some(library.clone())),
        };
        Link {
            article,
            library,
            doc: None,
            speakers: self
                .selected
                .iter()
                .map(|&s| self.model.speaker(s).slug.clone())
                .collect(),
            mode: self.mode,
            query: self.query.clone(),
            fragment: self.target.map(|t| self.fragment_of(t)),
            view: self.view,
            cell: self.cell.clone(),
        }
    }

    /// The link to share for passage `index`: it carries an opened article's text once the
    /// payload is ready (until then it names the library entry, which works on this device).
    pub fn share_link(&self, index: usize) -> Link {
        let mut link = self.link();
        link.fragment = Some(self.fragment_of(index));
        if let Origin::Opened {
            payload: Some(payload),
            ..
        } = &self.origin
        {
            link.doc = Some(payload.to_string());
            link.library = None;
        }
        link
    }

    /// The fragment that links to passage `index`.
    pub fn fragment_of(&self, index: usize) -> Fragment {
        let passage = &self.model.passages[index];
        Fragment {
            id: passage.id.clone(),
            hint: self.model.hint(index),
        }
    }

    fn set_target(&mut self, target: Option<usize>, jump: Jump) {
        self.focus_target = true;
        self.target = target;
        self.jump = jump;
        self.jump_seq = self.jump_seq.wrapping_add(1);
    }

    fn apply_url(&mut self, search: &str, hash: &str) {
        let parsed = Link::parse_once(search, hash);
        let (link, problems) = &*parsed;
        for problem in problems {
            self.notify(format!("Ignored part of the link: {problem}."));
        }
        self.selected.clear();
        for slug in &link.speakers {
            match self.model.speaker_by_slug(slug) {
                Some(idx) if !self.selected.contains(&idx) => self.selected.push(idx),
                Some(_) => {}
                None => self.notify(format!(
                    "Ignored part of the link: {}.",
                    LinkProblem::BadSpeaker(slug.clone())
                )),
            }
        }
        self.mode = link.mode;
        self.query = link.query.clone();
        self.view = link.view;
        self.cell = link.cell.clone();
        let target = match &link.fragment {
            None => None,
            Some(fragment) => match self.model.passage_by_id(&fragment.id) {
                Some(index) => Some(index),
                None => match self.model.passage_by_hint(&fragment.hint) {
                    Some(index) => {
                        self.notify(
                            "The linked passage has changed since the link was made; showing the closest match."
                                .to_string(),
                        );
                        Some(index)
                    }
                    None => {
                        self.notify(
                            "This link points to a passage that is not in this article."
                                .to_string(),
                        );
                        None
                    }
                },
            },
        };
        self.set_target(target, Jump::FromUrl);
    }
}

/// A decimal number of the worker's line formats (`str::parse` costs the page's wasm 0.3 KB).
pub fn number(digits: &str) -> Option<usize> {
    if digits.is_empty() || digits.len() > 12 {
        return None;
    }
    digits.bytes().try_fold(0usize, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + usize::from(b - b'0'))
    })
}

/// The characters search compares, read lazily from byte `from` of a text: word characters
/// ASCII lower-cased, any run of spaces as one space, punctuation left out; each with the byte
/// range it came from. Lazy, so a search of a long article allocates nothing per passage.
struct Folded<'t> {
    chars: std::str::CharIndices<'t>,
    offset: usize,
    after_word: bool,
}

fn folded(text: &str, from: usize) -> Folded<'_> {
    Folded {
        chars: text.get(from..).unwrap_or("").char_indices(),
        offset: from,
        after_word: false,
    }
}

impl Iterator for Folded<'_> {
    type Item = (usize, usize, char);

    fn next(&mut self) -> Option<(usize, usize, char)> {
        for (at, ch) in self.chars.by_ref() {
            let (at, end) = (self.offset + at, self.offset + at + ch.len_utf8());
            if crate::ui::link::is_word_char(ch) {
                self.after_word = true;
                return Some((at, end, ch.to_ascii_lowercase()));
            }
            if ch.is_whitespace() && self.after_word {
                self.after_word = false;
                return Some((at, end, ' '));
            }
        }
        None
    }
}

/// Byte ranges of `needle` in `haystack`, non-overlapping, the way a reader means it: ASCII
/// case-insensitive, punctuation ignored and spaces collapsed, so "wests hypocrisy" finds
/// "West’s hypocrisy". A range runs from the first matched character to the last.
pub fn find_all(haystack: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut pin: Vec<char> = folded(needle, 0).map(|(_, _, c)| c).collect();
    if pin.last() == Some(&' ') {
        pin.pop();
    }
    let mut out = Vec::new();
    let Some(&first) = pin.first() else {
        return out;
    };
    let mut from = 0;
    // Each place the first character occurs (a word character: the needle's leading spaces are
    // folded away), compared onwards; a match resumes after itself.
    while let Some((start, next, _)) = folded(haystack, from).find(|&(_, _, c)| c == first) {
        let mut end = start;
        let mut matched = 0;
        for ((_, at_end, c), want) in folded(haystack, start).zip(&pin) {
            if c != *want {
                break;
            }
            matched += 1;
            end = at_end;
        }
        if matched == pin.len() {
            out.push((start, end));
            from = end;
        } else {
            from = next;
        }
    }
    out
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ToggleSpeaker(idx) => {
                if let Some(pos) = next.selected.iter().position(|&s| s == idx) {
                    next.selected.remove(pos);
                } else if (idx.0 as usize) < next.model.speakers.len() {
                    next.selected.push(idx);
                }
                next.cell = None;
            }
            Action::OnlySpeaker(idx) => {
                if (idx.0 as usize) < next.model.speakers.len() {
                    next.selected = vec![idx];
                }
                next.cell = None;
            }
            Action::ClearFilter => {
                next.selected.clear();
                next.cell = None;
            }
            Action::SetMode(mode) => next.mode = mode,
            Action::SetQuery(query) => {
                next.query = query
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect()
            }
            Action::FocusPassage(index) | Action::FocusMatch(index) => {
                if index < next.model.passages.len() {
                    next.set_target(Some(index), Jump::User);
                    next.focus_target = matches!(action, Action::FocusPassage(_));
                }
            }
            Action::Step {
                forward,
                from,
                inclusive,
            } => {
                let visible = next.visible_passages();
                let after = usize::from(!inclusive);
                let step = match (from.or(next.target), forward) {
                    (None, true) => visible.first().copied(),
                    (None, false) => visible.last().copied(),
                    (Some(t), true) => visible.iter().copied().find(|&i| i >= t + after),
                    (Some(t), false) => visible.iter().rev().copied().find(|&i| i < t),
                };
                match step {
                    Some(index) => next.set_target(Some(index), Jump::User),
                    None => return self,
                }
            }
            Action::ClearTarget => {
                if next.target.is_none() {
                    return self;
                }
                next.set_target(None, Jump::User);
            }
            Action::ApplyUrl { search, hash } => next.apply_url(&search, &hash),
            Action::DismissNotice(id) => next.notices.retain(|n| n.id != id),
            Action::Notify(text) => next.notify(text),
            Action::SetHelp(open) => next.help_open = open,
            Action::SetOpenDialog(open) => next.open_dialog = open,
            Action::SetPayload(ready) => {
                if let Origin::Opened { payload, .. } = &mut next.origin {
                    *payload = Some(ready);
                }
            }
            Action::CopyDone(feedback) => next.copy = Some(feedback),
            Action::DismissCopy => next.copy = None,
            Action::SetView(view) => {
                next.view = view;
                if view != View::Statements {
                    next.cell = None;
                }
                next.push_seq = next.push_seq.wrapping_add(1);
            }
            Action::ChooseCell(from, to) => {
                if !is_slug(&from) || !is_slug(&to) {
                    return self;
                }
                next.view = View::Statements;
                next.cell = Some((from, to));
                next.selected.clear();
                next.push_seq = next.push_seq.wrapping_add(1);
            }
            Action::SetStatements(statements) => {
                next.statements = Some(statements);
                if next.cell.is_some() && next.cell_passages().is_none() {
                    next.cell = None;
                    next.notify(
                        "Ignored part of the link: no such statements in this article.".to_string(),
                    );
                }
            }
            Action::TapPassage(index) => {
                if index < next.model.passages.len() {
                    next.set_target(Some(index), Jump::Tap);
                }
            }
            Action::FocusPassageId(id) => {
                if let Some(index) = next.model.passage_by_id(&id) {
                    next.set_target(Some(index), Jump::User);
                    // A passage of the transcript is read in the article.
                    if next.view == View::Transcript {
                        next.view = View::Article;
                    }
                }
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
