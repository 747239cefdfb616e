//! How far a speaker reaches beyond its own sentence, on paragraphs written for these tests:
//! a paragraph all in quotation marks goes on with the speaker before it, as does a quoted
//! paragraph whose closing mark was lost, and a cue inside such a paragraph still names its own
//! speaker.

use article_explorer::analysis::analyze;

/// Each passage's speakers' names, for an article of `paragraphs` under a headline.
fn speakers(paragraphs: &[&str]) -> Vec<Vec<String>> {
    let text = format!("A headline\n\n{}\n", paragraphs.join("\n\n"));
    let analysis = analyze(&text);
    analysis
        .passages
        .iter()
        .skip(1)
        .map(|passage| {
            passage
                .speakers
                .iter()
                .map(|&id| analysis.actor(id).expect("actor").name.clone())
                .collect()
        })
        .collect()
}

#[test]
fn a_quoted_paragraph_never_closed_goes_on_with_the_statement_before() {
    let found = speakers(&[
        "\"The count was close,\" Ines Varga said of the vote.",
        "Varga asked her party to \"look to the spring,\" saying she \"still trusts the voters.\"",
        "\"We owe the winner patience. Our harbour towns have seen worse.",
    ]);
    assert_eq!(found.len(), 4, "{found:?}");
    for passage in &found {
        assert_eq!(passage, &["Ines Varga"], "{found:?}");
    }
}

#[test]
fn a_cue_inside_a_quoted_paragraph_never_closed_names_its_own_speaker() {
    let found = speakers(&[
        "\"The count was close,\" Ines Varga said of the vote.",
        "\"We will win the rerun, Tomas Holm said.",
    ]);
    assert_eq!(found[1], ["Tomas Holm"], "{found:?}");
}

#[test]
fn a_paragraph_never_closed_after_the_articles_own_voice_keeps_it() {
    let found = speakers(&[
        "The ferry to Tolvik was cancelled on Monday.",
        "\"No boats until the storm ends.",
    ]);
    assert!(found[1].is_empty(), "{found:?}");
}

#[test]
fn a_paragraph_all_in_quotation_marks_after_a_speaker_is_theirs() {
    let found = speakers(&[
        "Ines Varga said the night ferry would run again in May.",
        "\"We have waited long enough. The harbour is ready.\"",
    ]);
    assert_eq!(found, [["Ines Varga"], ["Ines Varga"], ["Ines Varga"]]);
    // A cue of its own names its own speaker; a quoted transcript line keeps its label's.
    let found = speakers(&[
        "Ines Varga said the night ferry would run again in May.",
        "\"We have waited long enough,\" said Tomas Holm.",
    ]);
    assert_eq!(found[1], ["Tomas Holm"]);
    let found = speakers(&[
        "Ines Varga said the night ferry would run again in May.",
        "\"Tomas Holm: We have waited long enough.\"",
    ]);
    assert!(!found[1].contains(&"Ines Varga".to_string()), "{found:?}");
}
