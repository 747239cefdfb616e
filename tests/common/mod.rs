//! A small hand-built analysis, so that UI tests do not depend on the engine's heuristics.
#![allow(dead_code)]

use article_explorer::analysis::*;
use article_explorer::ui::model::ArticleModel;

pub const TEXT: &str = "WORLD / TECH\nAgency denies claims: Ministry\nPublished: Jan 2, 2024 10:00 AM\n\nThe Ministry of Data (MoD) said the claims were false. A spokesperson of the ministry said <b>nothing</b> changed.\n\nPrices rose 3.5% last year. \"We are ready,\" the agency said.\n\nPrices rose 3.5% last year.";

fn span_of(needle: &str, nth: usize) -> Span {
    let start = TEXT
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .expect("needle in TEXT");
    Span::new(start, start + needle.len())
}

pub fn analysis() -> Analysis {
    let ministry = ActorId(0);
    let spokesperson = ActorId(1);
    let agency = ActorId(2);
    let passages_spec: [(&str, usize, PassageKind, u32, Vec<ActorId>); 6] = [
        (
            "Agency denies claims: Ministry",
            0,
            PassageKind::Headline,
            0,
            vec![ministry],
        ),
        (
            "The Ministry of Data (MoD) said the claims were false.",
            0,
            PassageKind::Sentence,
            1,
            vec![ministry],
        ),
        (
            "A spokesperson of the ministry said <b>nothing</b> changed.",
            0,
            PassageKind::Sentence,
            1,
            vec![spokesperson],
        ),
        (
            "Prices rose 3.5% last year.",
            0,
            PassageKind::Sentence,
            2,
            vec![],
        ),
        (
            "\"We are ready,\" the agency said.",
            0,
            PassageKind::Sentence,
            2,
            vec![agency],
        ),
        (
            "Prices rose 3.5% last year.",
            1,
            PassageKind::Sentence,
            3,
            vec![],
        ),
    ];
    let mut passages = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (text, nth, kind, paragraph, speakers) in passages_spec {
        let dup = seen.iter().filter(|s| s.as_str() == text).count() as u32;
        seen.push(text.to_string());
        passages.push(Passage {
            id: PassageId::from_text(text, dup),
            kind,
            paragraph,
            span: span_of(text, nth),
            speakers,
        });
    }
    let quote = span_of("\"We are ready,\"", 0);
    Analysis {
        meta: Meta {
            section: Some(span_of("WORLD / TECH", 0)),
            headline: Some(span_of("Agency denies claims: Ministry", 0)),
            published: Some(DateTime {
                year: 2024,
                month: 1,
                day: 2,
                time: Some((10, 0)),
            }),
            published_span: Some(span_of("Published: Jan 2, 2024 10:00 AM", 0)),
            byline: None,
            captions: vec![],
        },
        paragraphs: vec![
            Paragraph {
                span: span_of("Agency denies claims: Ministry", 0),
                kind: PassageKind::Headline,
            },
            Paragraph {
                span: span_of("The Ministry", 0),
                kind: PassageKind::Sentence,
            },
            Paragraph {
                span: span_of("Prices rose", 0),
                kind: PassageKind::Sentence,
            },
            Paragraph {
                span: span_of("Prices rose", 1),
                kind: PassageKind::Sentence,
            },
        ],
        passages,
        quotes: vec![Quote {
            span: quote,
            content: Span::new(quote.start + 1, quote.end - 1),
            scare: false,
        }],
        actors: vec![
            Actor {
                id: ministry,
                slug: "ministry-of-data".into(),
                name: "Ministry of Data".into(),
                kind: ActorKind::Organization,
                member_of: None,
                mentions: vec![],
                aliases: vec![],
            },
            Actor {
                id: spokesperson,
                slug: "spokesperson-of-ministry-of-data".into(),
                name: "spokesperson of Ministry of Data".into(),
                kind: ActorKind::Person,
                member_of: Some(ministry),
                mentions: vec![],
                aliases: vec![],
            },
            Actor {
                id: agency,
                slug: "agency".into(),
                name: "the agency".into(),
                kind: ActorKind::Organization,
                member_of: None,
                mentions: vec![],
                aliases: vec![],
            },
        ],
        attributions: vec![],
        diagnostics: vec![],
    }
}

pub fn model() -> ArticleModel {
    ArticleModel::from_analysis(TEXT.to_string(), analysis())
}
