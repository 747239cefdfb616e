//! "Who says what about whom": what the worker renders (`article_explorer::statements`), the
//! link parameters that keep its view, and the reducer's cell filter.

use std::rc::Rc;

use article_explorer::analysis::analyze;
use article_explorer::statements::{render, Rendered};
use article_explorer::ui::link::{Link, View};
use article_explorer::ui::model::{ArticleModel, SharedModel};
use article_explorer::ui::state::{Action, Origin, State, Statements};
use yew::Reducible;

const BUNDLED: &str = article_explorer::ui::app::DEFAULT_ARTICLE;

fn bundled() -> Rendered {
    render(BUNDLED, &analyze(BUNDLED))
}

/// The cell line of `from` → `to`: its label and passage indices.
fn cell(rendered: &Rendered, from: &str, to: &str) -> Option<(String, Vec<usize>)> {
    rendered.cells.lines().find_map(|line| {
        let parts: Vec<&str> = line.split('\t').collect();
        (parts.len() == 4 && parts[0] == from && parts[1] == to).then(|| {
            let passages = parts[3].split(' ').map(|i| i.parse().unwrap()).collect();
            (parts[2].to_string(), passages)
        })
    })
}

/// The tag names of `html`, in order.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| {
            rest.trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect()
        })
        .collect()
}

#[test]
fn the_bundled_article_has_its_accusations_and_rebuttals() {
    let rendered = bundled();
    let analysis = analyze(BUNDLED);
    let text_of = |i: usize| analysis.passages[i].span.slice(BUNDLED);
    let (label, passages) = cell(&rendered, "nato", "china").expect("a NATO → China cell");
    assert_eq!(label, "NATO → China: accuses (1)");
    assert_eq!(passages.len(), 1);
    assert!(text_of(passages[0]).starts_with("NATO also accused China"));
    let (label, _) = cell(&rendered, "european-union", "china").expect("an EU → China cell");
    assert!(
        label.starts_with("European Union → China: accuses"),
        "{label}"
    );
    let (label, _) = cell(&rendered, "chinese-mission-to-the-eu", "related-countries")
        .expect("the Mission's call on related countries");
    assert!(label.contains("urges"), "{label}");
    // Nobody is their own target.
    for line in rendered.cells.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        assert_ne!(parts[0], parts[1], "{line}");
    }
    // The rebuttal's evidence links to NATO's statement.
    let nato_id = analysis.passages[passages[0]].id.to_string();
    let slammed = analysis
        .passages
        .iter()
        .find(|p| p.span.slice(BUNDLED).contains("slammed"))
        .unwrap();
    let line = rendered
        .evidence
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{}\t", slammed.id)))
        .and_then(|l| l.split_once('\t'))
        .map(|(_, line)| line)
        .expect("the rebuttal has an evidence line");
    assert!(line.contains("from “slammed” in this sentence"), "{line}");
    assert!(
        line.contains(&format!(
            "data-p=\"{nato_id}\">NATO, “NATO also accused China"
        )),
        "{line}"
    );
}

#[test]
fn the_table_has_a_caption_headers_and_a_list() {
    let view = bundled().view;
    assert!(view.contains("<caption>Who says what about whom"));
    assert!(view.contains("<th scope=\"col\">China</th>"));
    assert!(view.contains("<th scope=\"row\">NATO</th>"));
    assert!(view.contains("<ul class=\"statements-list\""));
    assert!(
        view.contains("NATO → China: </span><span class=\"stance st-accuse\">accuses (1)</span>")
    );
}

#[test]
fn article_text_is_escaped_and_every_line_is_one_line() {
    let text = "Row over <b>data</b>\n\n\
        The Ministry of Data accused the Dockers <script>alert(1)</script> Union of lies & \"fraud\".\n\n\
        The Dockers Union denied the claims of the Ministry of Data, saying <img src=x onerror=alert(1)> was false.\n\n\
        \"It is\tfalse,\" said the Dockers Union.";
    let rendered = render(text, &analyze(text));
    // The rebuttal link quotes the accusation's opening, escaped.
    assert!(
        rendered
            .evidence
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{}",
        rendered.evidence
    );
    for part in [&rendered.view, &rendered.evidence, &rendered.cells] {
        assert!(
            !part.contains("<script") && !part.contains("<img") && !part.contains("<b>"),
            "{part}"
        );
        for tag in tags(part) {
            assert!(
                [
                    "h2", "p", "div", "table", "caption", "thead", "tbody", "tr", "th", "td",
                    "button", "span", "ul", "li", "a"
                ]
                .contains(&tag.as_str()),
                "unexpected tag {tag:?} in {part}"
            );
        }
    }
    for line in rendered.evidence.lines().chain(rendered.cells.lines()) {
        assert!(!line.is_empty());
    }
    for line in rendered.evidence.lines() {
        assert_eq!(line.matches('\t').count(), 2, "{line}");
    }
    for line in rendered.cells.lines() {
        assert_eq!(line.matches('\t').count(), 3, "{line}");
    }
    assert!(!rendered.cells.is_empty(), "the accusation makes a cell");
}

#[test]
fn an_article_without_targets_says_so() {
    let text = "Quiet day\n\nIt rained in the city. Nobody said anything.";
    let rendered = render(text, &analyze(text));
    assert!(rendered
        .view
        .contains("No statement in this article names whom it is about."));
    assert!(rendered.cells.is_empty());
}

#[test]
fn links_keep_the_view_and_the_cell() {
    let (link, problems) = Link::parse("?view=statements&from=nato&to=china", "");
    assert!(problems.is_empty());
    assert_eq!(link.view, View::Statements);
    assert_eq!(link.cell, Some(("nato".into(), "china".into())));
    assert_eq!(link.search(), "?view=statements&from=nato&to=china");
    // A cell without the view, half a cell or a bad slug is dropped.
    assert_eq!(Link::parse("?from=nato&to=china", "").0.cell, None);
    assert_eq!(Link::parse("?view=statements&from=nato", "").0.cell, None);
    let (link, problems) = Link::parse("?view=statements&from=%3Cb%3E&to=china", "");
    assert_eq!(link.cell, None);
    assert_eq!(problems.len(), 1);
    // Version 2 keeps them in the fragment.
    let (link, _) = Link::parse("", "#v=2&view=statements&from=nato&to=china&lib=abc");
    assert_eq!(link.cell, Some(("nato".into(), "china".into())));
    assert_eq!(
        link.hash(),
        "#v=2&view=statements&from=nato&to=china&lib=abc"
    );
    // Version-1 links without them are unchanged.
    assert_eq!(
        Link::parse("?speakers=nato", "").0.search(),
        "?speakers=nato"
    );
}

#[test]
fn a_chosen_cell_filters_the_article_and_a_speaker_filter_clears_it() {
    let model = SharedModel::new(ArticleModel::new(BUNDLED.to_string()));
    let rendered = bundled();
    let (_, kept) = cell(&rendered, "nato", "china").unwrap();
    let state = Rc::new(State::new(model, Origin::Default));
    let state = state.reduce(Action::ChooseCell("nato".into(), "china".into()));
    // Until the worker has answered, nothing is filtered.
    assert_eq!(state.visible_passages().len(), state.model.passages.len());
    let state = state.reduce(Action::SetStatements(Rc::new(Statements {
        view: rendered.view.clone().into(),
        evidence: rendered.evidence.clone().into(),
        cells: rendered.cells.clone().into(),
        transcript: rendered.transcript.clone().into(),
    })));
    assert_eq!(state.view, View::Statements);
    assert_eq!(state.visible_passages(), kept);
    assert!(state.is_selected(kept[0]) && !state.is_selected(0));
    let status = article_explorer::ui::app::status_text(&state, 0);
    assert_eq!(
        status,
        format!(
            "Showing 1 of {} passages · NATO → China: accuses (1)",
            state.model.passages.len()
        )
    );
    let (ranges, line) = state.evidence(kept[0]).unwrap();
    assert!(line.contains("accuses"));
    // The cue ("accused") and the mention ("NATO"), as byte ranges of the passage's text.
    let text = state.model.passage_text(kept[0]);
    let bounds: Vec<usize> = ranges.split(' ').map(|n| n.parse().unwrap()).collect();
    let marked: Vec<&str> = bounds.chunks(2).map(|r| &text[r[0]..r[1]]).collect();
    assert_eq!(marked, ["accused", "NATO"]);
    let link = state.link();
    assert_eq!(link.cell, Some(("nato".into(), "china".into())));
    let state = state.reduce(Action::ClearFilter);
    assert_eq!(state.cell, None);
    assert_eq!(state.view, View::Statements);
    let state = state.reduce(Action::SetView(View::Article));
    assert_eq!(state.link().view, View::Article);
}

#[test]
fn a_cell_that_is_not_in_the_article_is_dropped_with_a_notice() {
    let model = SharedModel::new(ArticleModel::new(BUNDLED.to_string()));
    let rendered = bundled();
    let state = Rc::new(State::new(model, Origin::Default));
    let state = state.reduce(Action::ChooseCell("nobody".into(), "china".into()));
    let state = state.reduce(Action::SetStatements(Rc::new(Statements {
        view: rendered.view.clone().into(),
        evidence: rendered.evidence.clone().into(),
        cells: rendered.cells.clone().into(),
        transcript: rendered.transcript.clone().into(),
    })));
    assert_eq!(state.cell, None);
    assert_eq!(state.notices.len(), 1);
    // Values that are not slugs are never taken from the table's HTML.
    let state = state.reduce(Action::ChooseCell(
        "\" onmouseover=\"x".into(),
        "china".into(),
    ));
    assert_eq!(state.cell, None);
}

#[test]
fn a_pronoun_links_to_where_the_speaker_is_first_named() {
    let text = "Talks stall\n\nHarbour minister Lena Voss met the Dockers Union on Monday. \
                \"The offer stands,\" she said.";
    let analysis = analyze(text);
    let rendered = render(text, &analysis);
    let first = analysis
        .passages
        .iter()
        .find(|p| p.span.slice(text).starts_with("Harbour"))
        .unwrap();
    let line = rendered
        .evidence
        .lines()
        .find(|l| l.contains("“she” is"))
        .unwrap_or_else(|| panic!("{}", rendered.evidence));
    assert!(
        line.contains(&format!(
            "named in <a href=\"#p-{0}\" data-p=\"{0}\">",
            first.id
        )),
        "{line}"
    );
}

#[test]
fn the_transcript_groups_passages_by_speaker_most_first() {
    let rendered = bundled();
    let t = &rendered.transcript;
    let names: Vec<&str> = t
        .split("<h2>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</h2>").unwrap()])
        .collect();
    // The Mission says most; every speaker once.
    assert_eq!(names[0], "Chinese Mission to the EU");
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "{names:?}");
    assert!(names.contains(&"NATO"));
    assert!(t.contains("% of the article · 1 passage · first speaks in paragraph"));
    assert!(t.starts_with("<h1 id=\"transcript-title\">By speaker: Politicization"));
    // Each passage links back into the article.
    let analysis = analyze(BUNDLED);
    let nato = analysis
        .passages
        .iter()
        .find(|p| p.span.slice(BUNDLED).starts_with("NATO also accused"))
        .unwrap();
    assert!(t.contains(&format!(
        "<a href=\"#p-{0}\" data-p=\"{0}\">NATO also accused",
        nato.id
    )));
    // Seven speakers: no filter box.
    assert!(!t.contains("type part of a name"));
}

#[test]
fn a_long_speaker_list_gets_a_filter_box_and_the_view_is_url_state() {
    let mut text = String::from("Many voices\n\n");
    for i in 0..14 {
        let name = [
            "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
            "Juliet", "Kilo", "Lima", "Mike", "November",
        ][i];
        text.push_str(&format!("\"We agree,\" said the {name} Council.\n\n"));
    }
    let rendered = render(&text, &analyze(&text));
    assert!(
        rendered
            .transcript
            .contains("14 speakers: type part of a name in the search box"),
        "{}",
        rendered.transcript
    );
    let (link, _) = Link::parse("?view=transcript&speakers=nato", "");
    assert_eq!(link.view, View::Transcript);
    assert_eq!(link.search(), "?speakers=nato&view=transcript");
}

#[test]
fn a_transcript_link_returns_to_the_article() {
    let model = SharedModel::new(ArticleModel::new(BUNDLED.to_string()));
    let state = Rc::new(State::new(model, Origin::Default));
    let state = state.reduce(Action::SetView(View::Transcript));
    let id = state.model.passages[3].id.clone();
    let state = state.reduce(Action::FocusPassageId(id));
    assert_eq!(state.view, View::Article);
    assert_eq!(state.target, Some(3));
}
