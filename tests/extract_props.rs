//! Extraction never panics, and every span it returns is a valid range of
//! char boundaries inside the string it points into, whatever the input.

use onrecord::article::{parse_json_article, parse_wire};
use onrecord::extract::extract_statements;
use proptest::prelude::*;

/// Text made mostly of the characters extraction reacts to.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("„".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("‹".to_string()),
        Just("›".to_string()),
        Just("''".to_string()),
        Just("``".to_string()),
        Just("'".to_string()),
        Just("’".to_string()),
        Just(", ".to_string()),
        Just(": ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just(" — ".to_string()),
        Just(" said ".to_string()),
        Just(" told reporters that ".to_string()),
        Just("According to ".to_string()),
        Just(" he ".to_string()),
        Just("Mark Rutte".to_string()),
        Just(" the Secretary General ".to_string()),
        Just("Jane Doe, the minister, ".to_string()),
        Just("Zoë Ünal ".to_string()),
        "[a-zA-Z ]{0,12}",
        "\\PC{0,4}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check(title: &str, text: &str) {
    let mut a = parse_wire(&format!("{title}\n\n{text}"));
    a.id = "x".into();
    let json = serde_json::json!({"id": "y", "title": title, "text": text});
    let b = parse_json_article(&json, "y").ok();
    for article in std::iter::once(&a).chain(b.as_ref()) {
        for s in extract_statements(article, 3) {
            let src = s.source_text(article);
            assert!(!s.spans.is_empty());
            for r in s.spans.iter().chain(s.speaker_span.iter()) {
                assert!(r.start <= r.end && r.end <= src.len(), "{r:?} outside {}", src.len());
                assert!(src.is_char_boundary(r.start) && src.is_char_boundary(r.end), "{r:?}");
            }
            let _ = s.text(article);
            assert_eq!(s.article, 3);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_are_valid_on_tricky_text(title in tricky_text(), text in tricky_text()) {
        check(&title, &text);
    }

    #[test]
    fn spans_are_valid_on_any_text(title in "\\PC{0,40}", text in any::<String>()) {
        check(&title, &text);
    }
}

/// Every prefix and suffix of the bundled wire samples, cut at every space:
/// rules that look one token ahead or behind meet the text's ends there
/// ("…, he said" with nothing after the verb).
#[test]
fn spans_are_valid_on_every_cut_of_the_samples() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let mut files: Vec<_> =
        std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    assert!(!files.is_empty(), "no samples in {dir}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let cuts = text.char_indices().filter(|(_, c)| c.is_whitespace()).map(|(i, _)| i);
        for i in cuts {
            check("News", &text[..i]);
            check("News", &text[i..]);
        }
    }
}

/// Every prefix and suffix, cut at every character, of sentences that reach
/// the rules looking furthest ahead: a text may end right after the verb of
/// "Having said that", or after a quotation's closing mark and a bracket.
#[test]
fn spans_are_valid_on_every_cut_of_rule_sentences() {
    let sentences = [
        "Having said that, Burnley are yet to concede a goal.",
        "Jane Doe said the plan was \"dead.\" (Her aides disagreed.)",
        "<Melamine Chemicals Inc> said it filed. Hoechst AG <HFAG.F> told CNN, it would buy.",
        "Continental also said that, if it did not cut, it expects losses, according to <Reuters>.",
        "Trump's excesses are sickening, Hollande said Tuesday in Paris, noting it.",
        "Jane Doe endorsed Canova in late May and said \"it works\" ''here.'' ''Now.''",
    ];
    for text in sentences {
        for (i, _) in text.char_indices() {
            check("News", &text[..i]);
            check("News", &text[i..]);
        }
        check("News", text);
    }
}

/// The string literals of `extract_rules.rs` that read as text: each rule's
/// sentences, with Rust's escapes undone.
fn rule_texts() -> Vec<String> {
    let src = include_str!("extract_rules.rs");
    let mut out = Vec::new();
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut lit = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => lit.push('\n'),
                    // A line continuation drops the break and the indent.
                    Some('\n') => {
                        while chars.clone().next().is_some_and(char::is_whitespace) {
                            chars.next();
                        }
                    }
                    Some(other) => lit.push(other),
                    None => break,
                },
                c => lit.push(c),
            }
        }
        if lit.len() >= 20 && lit.contains(' ') {
            out.push(lit);
        }
    }
    out
}

/// Every prefix and suffix, cut at every character, of every text the rule
/// tests use: a rule that looks a token too far ahead panics on one of them
/// (as one that read past a final "said" did).
#[test]
fn spans_are_valid_on_every_cut_of_every_rule_text() {
    let texts = rule_texts();
    assert!(texts.len() > 300, "{} texts", texts.len());
    for text in &texts {
        for (i, _) in text.char_indices() {
            check("News", &text[..i]);
            check("News", &text[i..]);
        }
    }
}
