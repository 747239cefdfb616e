//! UI as data: the view model, the reducer, the filter rule and component markup rendered
//! natively with yew's server renderer. Uses a hand-built analysis (tests/common).

mod common;

use std::rc::Rc;

use article_explorer::ui::app::status_text;
use article_explorer::ui::components::{PassageItem, PassageItemProps, SpeakerPanelProps};
use article_explorer::ui::model::{filter_rule, ArticleModel, SharedModel, SpeakerIdx};
use article_explorer::ui::state::{Action, FilterMode, Jump, Origin, State};
use expect_test::expect;
use yew::{Callback, Reducible};

fn state() -> Rc<State> {
    Rc::new(State::new(
        SharedModel::new(common::model()),
        Origin::Default,
    ))
}

fn apply(state: Rc<State>, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
    actions
        .into_iter()
        .fold(state, |state, action| state.reduce(action))
}

#[test]
fn model_folds_roles_under_their_organisation() {
    let model = common::model();
    let table: Vec<String> = model
        .speakers
        .iter()
        .map(|s| {
            format!(
                "{} {} n={} parent={:?} roles={:?} {}",
                s.slug, s.initials, s.n_passages, s.parent, s.roles, s.colour
            )
        })
        .collect();
    expect![[r#"
        [
            "narrator — n=2 parent=None roles=[] 0",
            "ministry-of-data MD n=2 parent=None roles=[SpeakerIdx(2)] 1",
            "spokesperson-of-ministry-of-data SM n=1 parent=Some(SpeakerIdx(1)) roles=[] 2",
            "agency AG n=1 parent=None roles=[] 3",
        ]
    "#]]
    .assert_debug_eq(&table);
    assert_eq!(
        model.passages[2].data_speakers,
        "spokesperson-of-ministry-of-data"
    );
    assert_eq!(model.passages[3].data_speakers, "");
    // Duplicate text gets a suffixed id.
    assert!(
        model.passages[5].id.ends_with("-2"),
        "{}",
        model.passages[5].id
    );
    assert_eq!(model.passages[4].quoted, vec![(0, 15)]);
}

#[test]
fn toggling_a_speaker_includes_its_roles_and_the_status_says_so() {
    let state = apply(state(), [Action::ToggleSpeaker(SpeakerIdx(1))]);
    assert_eq!(state.visible_passages(), vec![0, 1, 2]);
    assert_eq!(
        status_text(&state, state.search_matches().len()),
        "Showing 3 of 6 passages · Ministry of Data"
    );
    let state = apply(state, [Action::ToggleSpeaker(SpeakerIdx(0))]);
    assert_eq!(state.visible_passages(), vec![0, 1, 2, 3, 5]);
    let state = apply(
        state,
        [
            Action::ToggleSpeaker(SpeakerIdx(1)),
            Action::ToggleSpeaker(SpeakerIdx(0)),
        ],
    );
    assert!(state.selected.is_empty());
    assert_eq!(
        status_text(&state, state.search_matches().len()),
        "Showing all 6 passages"
    );
}

#[test]
fn only_and_clear() {
    let state = apply(
        state(),
        [
            Action::ToggleSpeaker(SpeakerIdx(1)),
            Action::OnlySpeaker(SpeakerIdx(3)),
        ],
    );
    assert_eq!(state.selected, vec![SpeakerIdx(3)]);
    let state = apply(state, [Action::ClearFilter]);
    assert!(state.selected.is_empty());
    // Out-of-range indices change nothing.
    let before = state.clone();
    let state = apply(
        state,
        [
            Action::ToggleSpeaker(SpeakerIdx(99)),
            Action::OnlySpeaker(SpeakerIdx(99)),
        ],
    );
    assert!(Rc::ptr_eq(&before, &state));
}

#[test]
fn the_filter_rule_hides_unselected_speakers_but_never_the_target() {
    let model = common::model();
    assert_eq!(filter_rule(&model, &[], false), "");
    expect![[r#"
        .article .passage:not([aria-current]):not([data-speakers~="ministry-of-data"]):not([data-speakers~="spokesperson-of-ministry-of-data"]) { display: none }
        .article h1:has(> .passage:not([aria-current]):not([data-speakers~="ministry-of-data"]):not([data-speakers~="spokesperson-of-ministry-of-data"]))::before { content: attr(aria-label); color: var(--dim-fg) }
        .article :is(.paragraph, .caption):not(.has-target):not([data-voices~="ministry-of-data"]):not([data-voices~="spokesperson-of-ministry-of-data"]) > * { display: none }
        .article :is(.paragraph, .caption):not(.has-target):not([data-voices~="ministry-of-data"]):not([data-voices~="spokesperson-of-ministry-of-data"])::before { content: "⋯ other speakers’ passages hidden"; font: 0.85rem/1.4 system-ui, sans-serif; color: var(--muted) }
        .article :is(.paragraph, .caption):not(.has-target):not([data-voices~="ministry-of-data"]):not([data-voices~="spokesperson-of-ministry-of-data"]) + :is(.paragraph, .caption):not(.has-target):not([data-voices~="ministry-of-data"]):not([data-voices~="spokesperson-of-ministry-of-data"]) { display: none }"#]]
        .assert_eq(&filter_rule(&model, &[SpeakerIdx(1)], false));
    expect![[r#".article .passage:not([aria-current]):not([data-speakers=""]) { color: var(--dim-fg); text-decoration-color: transparent; --spk2: transparent }"#]]
        .assert_eq(&filter_rule(&model, &[SpeakerIdx(0)], true));
}

#[test]
fn urls_round_trip_through_the_state() {
    let state = apply(
        state(),
        [
            Action::ToggleSpeaker(SpeakerIdx(3)),
            Action::SetMode(FilterMode::Dim),
            Action::SetQuery("rose 3.5%".into()),
            Action::FocusPassage(4),
        ],
    );
    assert_eq!(state.jump, Jump::User);
    let link = state.link();
    let (search, hash) = (link.search(), link.hash());
    assert_eq!(
        search,
        "?speakers=agency&mode=dim&q=rose+3.5%25&at=we-are-ready-the-agency-said"
    );
    assert_eq!(hash, format!("#p-{}", state.model.passages[4].id));
    let reopened = apply(self::state(), [Action::ApplyUrl { search, hash }]);
    assert_eq!(reopened.selected, state.selected);
    assert_eq!(reopened.mode, state.mode);
    assert_eq!(reopened.query, state.query);
    assert_eq!(reopened.target, Some(4));
    assert_eq!(reopened.jump, Jump::FromUrl);
    assert!(reopened.notices.is_empty());
}

#[test]
fn a_stale_id_reanchors_by_its_hint_and_a_lost_one_says_so() {
    let state = apply(
        state(),
        [Action::ApplyUrl {
            search: "?at=we-are-ready-the-agency-said".into(),
            hash: "#p-zzzzzzzz".into(),
        }],
    );
    assert_eq!(state.target, Some(4));
    assert_eq!(state.notices.len(), 1);
    assert!(state.notices[0].text.contains("closest match"));
    let state = apply(
        state,
        [Action::ApplyUrl {
            search: "?at=completely-different-words".into(),
            hash: "#p-zzzzzzzz".into(),
        }],
    );
    assert_eq!(state.target, None);
    assert!(state
        .notices
        .iter()
        .any(|n| n.text == "This link points to a passage that is not in this article."));
    let id = state.notices[0].id;
    let state = apply(state, [Action::DismissNotice(id)]);
    assert!(state.notices.iter().all(|n| n.id != id));
}

#[test]
fn hostile_urls_change_nothing_but_notices() {
    let state = apply(state(), [Action::ApplyUrl { search: "?speakers=%3Cscript%3Ealert(1)%3C/script%3E,nobody&mode=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E&q=%E0%A4".into(), hash: "#p-%3Cimg%3E".into() }]);
    assert!(state.selected.is_empty());
    assert_eq!(state.mode, FilterMode::Hide);
    assert_eq!(state.query, "");
    assert_eq!(state.target, None);
    assert!(state.notices.len() >= 3, "{:?}", state.notices);
    assert!(state.notices.len() <= 4, "notices stay bounded");
}

#[test]
fn the_target_is_shown_even_when_filtered_out() {
    let state = apply(
        state(),
        [
            Action::ToggleSpeaker(SpeakerIdx(3)),
            Action::FocusPassage(1),
        ],
    );
    assert!(state.target_filtered_out());
    assert_eq!(state.visible_passages(), vec![1, 4]);
}

fn step(forward: bool) -> Action {
    Action::Step {
        forward,
        from: None,
        inclusive: false,
    }
}

#[test]
fn stepping_moves_through_visible_passages() {
    let state = apply(state(), [Action::ToggleSpeaker(SpeakerIdx(0)), step(true)]);
    assert_eq!(state.target, Some(3));
    let state = apply(state, [step(true)]);
    assert_eq!(state.target, Some(5));
    let unchanged = apply(state.clone(), [step(true)]);
    assert!(Rc::ptr_eq(&state, &unchanged), "no step past the end");
    let state = apply(state, [step(false), Action::ClearTarget]);
    assert_eq!(state.target, None);
}

#[test]
fn stepping_starts_where_the_reader_is() {
    let at = |from, inclusive| Action::Step {
        forward: true,
        from: Some(from),
        inclusive,
    };
    // The first passage on screen is 2: `j` goes to it, not back to the first passage.
    let state = apply(state(), [at(2, true)]);
    assert_eq!(state.target, Some(2));
    // From a clicked (focused) passage 2, `j` goes past it, whatever the target was.
    let state = apply(state, [Action::FocusPassage(0), at(2, false)]);
    assert_eq!(state.target, Some(3));
    let back = Action::Step {
        forward: false,
        from: Some(2),
        inclusive: true,
    };
    assert_eq!(apply(state, [back]).target, Some(1));
}

#[test]
fn search_ignores_case_punctuation_and_spacing() {
    use article_explorer::ui::state::find_all;
    let text = "The West’s hypocrisy,  said the U.S. envoy.";
    let found = find_all(text, "wests hypocrisy");
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].0..found[0].1], "West’s hypocrisy");
    assert_eq!(find_all(text, "us envoy").len(), 1);
    assert_eq!(find_all(text, "HYPOCRISY said ").len(), 1);
    assert_eq!(find_all(text, "the").len(), 2);
    assert!(find_all(text, " , ").is_empty());
    assert!(find_all(text, "westerns").is_empty());
}

#[test]
fn search_finds_matches_among_visible_passages() {
    let state = apply(state(), [Action::SetQuery("PRICES".into())]);
    assert_eq!(state.search_matches(), vec![3, 5]);
    let state = apply(state, [Action::ToggleSpeaker(SpeakerIdx(1))]);
    assert_eq!(state.search_matches(), Vec::<usize>::new());
    assert!(status_text(&state, state.search_matches().len()).ends_with("0 matches for “PRICES”"));
}

#[tokio::test]
async fn a_passage_renders_text_escaped_with_the_dom_contract() {
    let model = SharedModel::new(common::model());
    let html = yew::LocalServerRenderer::<PassageItem>::with_props(PassageItemProps {
        model,
        index: 2,
        is_target: true,
        query: "nothing".into(),
        // The evidence: the cue "said".
        cues: "31 35".into(),
    })
    .hydratable(false)
    .render()
    .await;
    let id = common::model().passages[2].id.clone();
    let html = html.replace(&id, "ID");
    expect![[r#"<span id="p-ID" data-speakers="spokesperson-of-ministry-of-data" tabindex="-1" title="Speaker: Ministry of Data spokesperson" aria-current="location" aria-describedby="why-now" class="passage spoken c2 u0"><span class="who">Ministry of Data spokesperson: </span>A spokesperson of the ministry <mark class="cue">said</mark> &lt;b&gt;<mark>nothing</mark>&lt;/b&gt; changed.<button type="button" aria-label="Copy link to passage 3" class="copy"></button> </span>"#]].assert_eq(&html);
}

#[tokio::test]
async fn a_passage_with_two_speakers_names_the_second_ones_colour() {
    // The ministry (c1, first in the model's order) and the agency (c3): the second line is the
    // agency's.
    let mut analysis = common::analysis();
    let ministry = analysis.passages[0].speakers[0];
    analysis.passages[4].speakers.push(ministry);
    let model = SharedModel::new(ArticleModel::from_analysis(
        common::TEXT.to_string(),
        analysis,
    ));
    let html = yew::LocalServerRenderer::<PassageItem>::with_props(PassageItemProps {
        model,
        index: 4,
        is_target: false,
        query: String::new().into(),
        cues: Default::default(),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(
        html.contains(r#"class="passage spoken c1 u0 multi d3""#),
        "{html}"
    );
}

#[tokio::test]
async fn the_speaker_panel_has_pressed_toggles_and_nested_roles() {
    let html = yew::LocalServerRenderer::<SpeakerPanel>::with_props(SpeakerPanelProps {
        model: SharedModel::new(common::model()),
        selected: Rc::new(vec![SpeakerIdx(1)]),
        filtering: true,
        on_intent: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    assert_eq!(html.matches("aria-pressed=\"true\"").count(), 1);
    assert_eq!(html.matches("aria-pressed=\"false\"").count(), 3);
    assert!(html.contains("<ul class=\"roles\">"));
    assert!(html.contains("aria-label=\"Show only Ministry of Data\""));
}

fn opened(payload: Option<&str>) -> Rc<State> {
    Rc::new(State::new(
        SharedModel::new(common::model()),
        Origin::Opened {
            library: "0123456789abcdef".into(),
            payload: payload.map(Rc::from),
        },
    ))
}

#[test]
fn an_opened_article_names_its_library_entry_in_the_address_bar_and_carries_its_text_when_shared() {
    let state = apply(opened(None), [Action::ToggleSpeaker(SpeakerIdx(1))]);
    let link = state.link();
    assert_eq!(link.search(), "");
    assert_eq!(
        link.hash(),
        "#v=2&speakers=ministry-of-data&lib=0123456789abcdef"
    );
    // Before the payload is ready, a shared link can only name the library entry.
    assert!(state
        .share_link(1)
        .hash()
        .ends_with("&lib=0123456789abcdef"));
    let state = state.reduce(Action::SetPayload(Rc::from("AAAA.0123abcd")));
    let shared = state.share_link(1);
    assert!(shared
        .hash()
        .starts_with("#v=2&speakers=ministry-of-data&at="));
    assert!(
        shared.hash().ends_with("&doc=AAAA.0123abcd"),
        "{}",
        shared.hash()
    );
    assert_eq!(shared.library, None);
    // The address bar still names the entry only.
    assert!(!state.link().hash().contains("doc="));
}

#[test]
fn bundled_articles_keep_version_one_links() {
    let state = Rc::new(State::new(
        SharedModel::new(common::model()),
        Origin::Bundled("long-synthetic".into()),
    ));
    let link = state.share_link(1);
    assert!(link.search().starts_with("?article=long-synthetic&at="));
    assert!(link.hash().starts_with("#p-"));
}

#[test]
fn csv_export_quotes_fields_and_defuses_formulas() {
    use article_explorer::ui::export::csv;
    let state = state();
    let out = csv(&state, |index| format!("https://example.org/#p-{index}"));
    let mut lines = out.split("\r\n");
    assert_eq!(lines.next(), Some("id,speakers,text,link"));
    assert_eq!(out.matches("\r\n").count(), state.model.passages.len() + 1);
    assert!(out.contains(",Ministry of Data,The Ministry of Data (MoD) said the claims were false.,https://example.org/#p-1\r\n"), "{out}");
    assert!(
        out.contains("\"\"\"We are ready,\"\" the agency said.\""),
        "{out}"
    );
    // A cell that a spreadsheet would run as a formula is defused.
    for hostile in ["=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)"] {
        let out = csv(&state, |_| hostile.to_string());
        assert!(
            out.contains(&format!("\"'{}\"", hostile.replace('"', "\"\""))),
            "{out}"
        );
    }
}

#[test]
fn markdown_export_groups_passages_by_speaker_with_links() {
    use article_explorer::ui::export::{file_stem, markdown};
    let state = state();
    let out = markdown(&state, |index| format!("https://example.org/#p-{index}"));
    expect![[r##"
        # Agency denies claims: Ministry

        Published: Jan 2, 2024 10:00 AM

        ## Ministry of Data

        - “Agency denies claims: Ministry” ([link](<https://example.org/#p-0>))
        - “The Ministry of Data (MoD) said the claims were false.” ([link](<https://example.org/#p-1>))

        ## Ministry of Data spokesperson

        - “A spokesperson of the ministry said \<b\>nothing\</b\> changed.” ([link](<https://example.org/#p-2>))

        ## the agency

        - “"We are ready," the agency said.” ([link](<https://example.org/#p-4>))

    "##]]
    .assert_eq(&out);
    assert_eq!(file_stem(&state.model), "agency-denies-claims-ministry");
}

/// An analysis of `n` one-word passages in `paragraphs` paragraphs, passage `i` spoken by actor
/// `speaker(i)` of `n_actors` (every odd actor a role of the one before it).
fn synthetic(
    n: usize,
    n_actors: usize,
    paragraphs: usize,
    speaker: impl Fn(usize) -> usize,
) -> (String, article_explorer::analysis::Analysis) {
    use article_explorer::analysis::{
        Actor, ActorId, ActorKind, Analysis, Passage, PassageId, PassageKind, Span,
    };
    let text = "w ".repeat(n);
    let actors = (0..n_actors)
        .map(|i| Actor {
            id: ActorId(i as u32),
            slug: format!("org-{i}"),
            name: format!("Org {i}"),
            kind: ActorKind::Organization,
            member_of: (i % 2 == 1).then(|| ActorId(i as u32 - 1)),
            mentions: Vec::new(),
            aliases: Vec::new(),
        })
        .collect();
    let passages = (0..n)
        .map(|i| Passage {
            id: PassageId {
                hash: i as u64,
                dup: 0,
            },
            kind: PassageKind::Sentence,
            paragraph: (i * paragraphs / n) as u32,
            span: Span {
                start: 2 * i,
                end: 2 * i + 1,
            },
            speakers: vec![ActorId(speaker(i) as u32)],
        })
        .collect();
    let analysis = Analysis {
        passages,
        actors,
        ..Analysis::default()
    };
    (text, analysis)
}

/// Milliseconds to build the model of `synthetic(n, …)`.
fn model_ms(n: usize, many_speakers: bool) -> f64 {
    let (text, analysis) = if many_speakers {
        synthetic(n, n, n, |i| i)
    } else {
        synthetic(n, 2, 1, |i| i % 2)
    };
    let start = std::time::Instant::now();
    let model = ArticleModel::from_analysis(text, analysis);
    assert_eq!(model.passages.len(), n);
    start.elapsed().as_secs_f64() * 1000.0
}

#[test]
fn the_model_is_linear_in_speakers_and_in_a_long_two_voice_paragraph() {
    // Issue 14, finding 3: both shapes were quadratic (insertion sorts of every speaker, and of
    // every voice of a paragraph with its duplicates). Sixteen times the input must take well
    // under 256 times as long (quadratic); the bound, 64 times, leaves room for a loaded
    // machine (a bound of 8 times on four times the input failed once on a few milliseconds).
    // The best of three runs, as the machine is shared.
    for many_speakers in [true, false] {
        let best = |n| {
            (0..3)
                .map(|_| model_ms(n, many_speakers))
                .fold(f64::MAX, f64::min)
        };
        let (small, large) = (best(4_000), best(64_000));
        println!(
            "many speakers {many_speakers}: 4,000 passages {small:.1} ms, 64,000 {large:.1} ms"
        );
        assert!(
            large < 64.0 * small.max(1.0),
            "{small:.1} ms -> {large:.1} ms"
        );
    }
}

/// The speaker panel is a plain function; this component renders it for the server renderer.
#[yew::component]
fn SpeakerPanel(props: &SpeakerPanelProps) -> yew::Html {
    article_explorer::ui::components::speaker_panel(props)
}

#[test]
fn a_long_paragraph_is_laid_out_in_blocks_of_at_most_200_passages() {
    let body: Vec<String> = (0..500).map(|i| format!("Item {i} was filed.")).collect();
    let text = format!("Minutes\n\n{}\n", body.join(" "));
    let model = ArticleModel::new(text);
    let sizes: Vec<usize> = model.blocks.iter().map(|b| b.passages.len()).collect();
    assert!(sizes.iter().all(|&n| n <= 200), "{sizes:?}");
    assert_eq!(sizes.iter().sum::<usize>(), model.passages.len());
    assert!(model.chunks.len() >= 3, "{} chunks", model.chunks.len());
}
