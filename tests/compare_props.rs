//! Properties over arbitrary text: layout never panics and never exceeds its
//! width; a word diff keeps every word of both statements.

mod common;

use onrecord::{
    Corpus,
    compare::{self, By, Change},
    text::width,
    themes::{self, Lexicon, words},
};
use proptest::prelude::*;

/// One statement per text, dated across a month; every other speaker's
/// name carries an escape sequence.
fn corpus(texts: &[String]) -> Corpus {
    let dates: Vec<String> =
        (0..texts.len()).map(|i| format!("2025-01-{:02}", i % 28 + 1)).collect();
    let rows: Vec<(&str, Option<&str>, &str)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (dates[i].as_str(), (i % 2 == 0).then_some("Speaker\u{1b}[2J"), t.as_str()))
        .collect();
    common::corpus(&rows)
}

/// Words from a small vocabulary (so themes and diffs happen) mixed with
/// arbitrary text (so odd characters are exercised).
fn text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("durable".to_string()),
        Just("lasting".to_string()),
        Just("peace".to_string()),
        Just("talks".to_string()),
        Just("United".to_string()),
        Just("States".to_string()),
        Just("the".to_string()),
        Just("日本語".to_string()),
        Just("e\u{301}".to_string()),
        Just("\t\u{7}".to_string()),
        "\\PC{0,12}",
    ];
    prop::collection::vec(word, 0..25).prop_map(|w| w.join(" "))
}

fn normalized_words(s: &str) -> Vec<String> {
    words::scan(s).iter().map(|w| words::normalize(&s[w.range.clone()])).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn layout_fits_any_width(texts in prop::collection::vec(text(), 1..8), w in 0usize..250) {
        let c = corpus(&texts);
        let all = themes::find_themes(&c, &Lexicon::builtin());
        let chosen: Vec<&themes::Theme> = all.iter().take(3).collect();
        for by in [By::Theme, By::Date, By::Speaker] {
            let cmp = compare::compare(&c, &chosen, by);
            for line in compare::render_columns(&c, &cmp, w, &chosen) {
                prop_assert!(width(&line) <= w.max(compare::MIN_COLUMN), "{line:?} at {w}");
                prop_assert!(!line.chars().any(|ch| ch.is_control()), "{line:?}");
            }
        }
        for t in &all {
            for i in t.statement_indexes() {
                let text = c.text_of(i);
                for r in themes::term_ranges(&text, t) {
                    prop_assert!(text.get(r.clone()).is_some(), "bad range {r:?}");
                }
            }
        }
    }

    #[test]
    fn a_word_diff_keeps_every_word(a in text(), b in text()) {
        if let Some(pieces) = compare::word_diff(&a, &b) {
            let side = |keep: Change| -> Vec<String> {
                pieces
                    .iter()
                    .filter(|p| p.change == Change::Same || p.change == keep)
                    .flat_map(|p| normalized_words(&p.text))
                    .collect()
            };
            prop_assert_eq!(side(Change::Removed), normalized_words(&a));
            prop_assert_eq!(side(Change::Added), normalized_words(&b));
        }
    }
}
