//! The specimen article: every statement, its kind, its speaker and where it
//! sits.

use onrecord::article::parse_wire;
use onrecord::extract::{Field, Kind, extract_statements};

const SEED: &str = include_str!("../samples/000_b73d63af1e450839.txt");

#[test]
fn seed_statements_are_exactly_rutte_s() {
    let article = parse_wire(SEED);
    let statements = extract_statements(&article, 7);
    let expected: &[(Kind, &str)] = &[
        (Kind::Headline, "We have to make that when talks start Ukraine"),
        (Kind::Indirect, "all allies are united about the idea that"),
        (Kind::Direct, "What we are clearly united"),
        (Kind::Partial, "if talks start, they will not end"),
        (Kind::Direct, "There is a path there"),
        (Kind::Direct, "Well, I don't know"),
        (Kind::Direct, "I am not in a position"),
        (Kind::Partial, "seen the outcome of peace negotiations"),
        (Kind::Direct, "we have to make sure that the outcome is not seen"),
        (Kind::Direct, "I will be myself in Munich"),
    ];
    let got: Vec<(Kind, String)> = statements.iter().map(|s| (s.kind, s.text(&article))).collect();
    assert_eq!(statements.len(), expected.len(), "{got:#?}");
    for (i, (s, (kind, start))) in statements.iter().zip(expected).enumerate() {
        let text = s.text(&article);
        assert!(text.starts_with(start), "statement {i}: {text:?} should start with {start:?}");
        assert_eq!(s.kind, *kind, "statement {i}: {text:?}");
        assert_eq!(s.speaker.as_deref(), Some("Mark Rutte"), "statement {i}: {text:?}");
        assert_eq!(s.article, 7);
        assert_eq!(s.ordinal, i);
        let src = s.source_text(&article);
        let mention = s.speaker_span.clone().and_then(|r| src.get(r));
        assert!(mention.is_some(), "statement {i} has no speaker mention");
        assert_eq!(s.field, if s.kind == Kind::Headline { Field::Title } else { Field::Text });
    }
}

#[test]
fn seed_mentions_cues_and_spans() {
    let article = parse_wire(SEED);
    let statements = extract_statements(&article, 0);
    let mention = |i: usize| {
        let s = &statements[i];
        s.source_text(&article)[s.speaker_span.clone().unwrap_or(0..0)].to_string()
    };
    let cue = |i: usize| statements[i].cue.unwrap_or_default();
    assert_eq!((mention(0).as_str(), cue(0)), ("Rutte", ":"));
    assert_eq!(mention(1), "NATO Secretary General Mark Rutte");
    assert_eq!((mention(2).as_str(), cue(2)), ("he", "said"));
    assert_eq!((mention(3).as_str(), cue(3)), ("The Secretary General", "emphasized"));
    assert_eq!((mention(5).as_str(), cue(5)), ("Rutte", "said"));
    assert_eq!((mention(6).as_str(), cue(6)), ("the Secretary General", ":"));
    assert_eq!((mention(7).as_str(), cue(7)), ("He", "added"));
    assert_eq!((mention(8).as_str(), cue(8)), ("Rutte", "according to"));

    // Spans slice the words without their quote marks; the interrupted
    // quotation with an elision is one statement with the elision kept.
    let text = &article.text;
    let first = &statements[2];
    assert_eq!(first.spans.len(), 1);
    let words = &text[first.spans[0].clone()];
    assert!(words.starts_with("What we are clearly united"));
    assert!(words.contains("[…]"));
    assert!(words.ends_with("the outcome has to be durable,"));
    let headline = &statements[0];
    assert_eq!(&article.title[headline.spans[0].clone()], headline.text(&article));
    let lead = &statements[1];
    assert!(text[lead.spans[0].clone()].ends_with("the outcome has to be durable"));
    let munich = &statements[9];
    assert!(text[munich.spans[0].clone()].ends_with("intensively coordinating,"));
    for s in &statements {
        for r in &s.spans {
            let src = s.source_text(&article);
            let part = &src[r.clone()];
            assert!(!part.starts_with(['"', '“']) && !part.ends_with(['"', '”']), "{part:?}");
        }
    }
}
