//! What each attribution's content is, on sentences written for these tests: the words after
//! the cue when they open a clause (`On Tuesday, X said the inquiry is over.`), the words
//! before it when the speaker follows them (`The talks failed, X said in a statement.`).
//! Evidence lines, stances and targets all read the content.

use article_explorer::analysis::analyze;

/// The speaker's name and content text of the only attribution of `sentence` (after a
/// headline).
fn attribution(sentence: &str) -> (String, String) {
    let text = format!("A headline\n\n{sentence}\n");
    let analysis = analyze(&text);
    let found: Vec<_> = analysis
        .attributions
        .iter()
        .filter(|a| a.content.iter().all(|span| span.start >= 12))
        .collect();
    assert_eq!(found.len(), 1, "{sentence}: {:?}", analysis.attributions);
    let actor = analysis.actor(found[0].actor).expect("actor");
    let content: Vec<&str> = found[0]
        .content
        .iter()
        .map(|span| span.slice(&text))
        .collect();
    (actor.name.clone(), content.join(" … "))
}

#[test]
fn a_clause_after_the_cue_is_its_content_after_an_introductory_phrase() {
    for (sentence, speaker, content) in [
        (
            "On Tuesday, Ivo Marsh said the inquiry is over.",
            "Ivo Marsh",
            "the inquiry is over",
        ),
        (
            "Later, Ivo Marsh said he would resign.",
            "Ivo Marsh",
            "he would resign",
        ),
        // An introductory phrase that no word list knows.
        (
            "Moments before the vote, in a short address, Dana Kell said she was ready to serve.",
            "Dana Kell",
            "she was ready to serve",
        ),
        // A quotation closing the introductory phrase.
        (
            "In answer to the charge that the firm wants to \"own the port,\" Lena Ostrova said it is absurd to see trade as a plot.",
            "Lena Ostrova",
            "it is absurd to see trade as a plot",
        ),
        // A programme's title closing the introductory phrase, and a quoted word inside the
        // clause after the cue.
        (
            "Sunday on Tolvia Radio\u{2019}s \u{201c}Morning Desk,\u{201d} Mayor Tomas Holm said the ferry company\u{2019}s \u{201c}debts\u{201d} are a problem for the island.",
            "Tomas Holm",
            "the ferry company\u{2019}s \u{201c}debts\u{201d} are a problem for the island",
        ),
    ] {
        assert_eq!(
            attribution(sentence),
            (speaker.to_string(), content.to_string()),
            "{sentence}"
        );
    }
}

#[test]
fn words_before_a_trailing_speaker_are_the_content() {
    for (sentence, speaker, content) in [
        (
            "The talks failed, Lena Ostrova said in a statement.",
            "Lena Ostrova",
            "The talks failed",
        ),
        (
            "The plan is dead, Ivo Marsh said on Tuesday.",
            "Ivo Marsh",
            "The plan is dead",
        ),
        (
            "Prices will rise again, Dana Kell said.",
            "Dana Kell",
            "Prices will rise again",
        ),
    ] {
        assert_eq!(
            attribution(sentence),
            (speaker.to_string(), content.to_string()),
            "{sentence}"
        );
    }
}

#[test]
fn a_speaker_set_between_commas_inside_the_content_says_all_of_it() {
    for (sentence, speaker, content) in [
        (
            "Tenants, Ines Varga suggested, need not fear that the harbour board can raise the rent again this year.",
            "Ines Varga",
            "Tenants … need not fear that the harbour board can raise the rent again this year",
        ),
        (
            "What the port lacks most, Tomas Holm said, is a second crane for the long winter season.",
            "Tomas Holm",
            "What the port lacks most … is a second crane for the long winter season",
        ),
        (
            "The talks failed, Lena Ostrova said, citing delays at the port and a strike by the crews.",
            "Lena Ostrova",
            "The talks failed",
        ),
        (
            "The talks failed, Lena Ostrova said, and the crews walked out of the port on Friday night.",
            "Lena Ostrova",
            "The talks failed",
        ),
    ] {
        assert_eq!(
            attribution(sentence),
            (speaker.to_string(), content.to_string()),
            "{sentence}"
        );
    }
}

#[test]
fn a_speaker_with_only_circumstance_after_a_quoted_question_says_the_quotation() {
    for (paragraph, speaker) in [
        (
            "\"Where did the money go?\" Dale Morrow said of the bank in February.",
            "Dale Morrow",
        ),
        (
            "\"Why now?\" Mira Sand asked reporters at the town hall on Monday.",
            "Mira Sand",
        ),
        (
            "\"Enough!\" Oren Vass shouted at the referee during the break.",
            "Oren Vass",
        ),
        (
            "\"Is that a plan?\" Lea Tamm said of the budget in March, when the council had voted.",
            "Lea Tamm",
        ),
    ] {
        let quotation = &paragraph[..paragraph[1..].find('"').expect("closing mark") + 2];
        let text = format!("A headline\n\n{paragraph}\n");
        let analysis = analyze(&text);
        // The quotation's own attribution, with the cue (the sentence after it continues it).
        let cued: Vec<_> = analysis
            .attributions
            .iter()
            .filter(|a| a.cue.is_some())
            .map(|a| {
                let name = analysis.actor(a.actor).expect("actor").name.as_str();
                let content: Vec<&str> = a.content.iter().map(|span| span.slice(&text)).collect();
                (name, content)
            })
            .collect();
        assert_eq!(cued, [(speaker, vec![quotation])], "{paragraph}");
    }
    // A clause after the cue is content of its own.
    assert_eq!(
        attribution("\"Why now?\" Mira Sand said the plan was late.").1,
        "the plan was late"
    );
}

#[test]
fn a_parenthetical_attribution_after_an_adverb_phrase_takes_both_sides() {
    // `Too often, X said, …`: the adverb's phrase is part of the statement (never a speaker of
    // its own), and the clause after the reporting clause is content too.
    for (sentence, speaker, content) in [
        (
            "Too often, Lena Ostrova said, the talk about the pier is tribal.",
            "Lena Ostrova",
            "Too often … the talk about the pier is tribal",
        ),
        (
            "Back in Tolvik, Lena Ostrova said, she decided to act.",
            "Lena Ostrova",
            "Back in Tolvik … she decided to act",
        ),
        (
            "Even if the levy proves short-lived, Pavel Brun said, the pier has done good work.",
            "Pavel Brun",
            "Even if the levy proves short-lived … the pier has done good work",
        ),
    ] {
        assert_eq!(
            attribution(sentence),
            (speaker.to_string(), content.to_string()),
            "{sentence}"
        );
    }
}
