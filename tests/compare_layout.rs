//! Columns by theme, date and speaker, laid out at several widths, and the
//! word diff of near-identical statements.

use onrecord::{
    Corpus,
    compare::{self, By, Change, Style},
    text::width,
    themes::{self, Lexicon, Theme},
};

mod common;
use common::corpus;

fn seed_like() -> Corpus {
    corpus(&[
        (
            "2025-02-13",
            Some("Mark Rutte"),
            "We are in total agreement that the outcome has to be durable.",
        ),
        (
            "2025-02-13",
            Some("Mark Rutte"),
            "What we are clearly united about is that Ukraine is in the best possible position.",
        ),
        (
            "2025-02-14",
            Some("Mark Rutte"),
            "We are in total agreement that the outcome is seen as enduring.",
        ),
        ("2025-02-20", Some("Kaja Kallas"), "Europe stands united behind Ukraine."),
        (
            "2025-02-21",
            Some("Kaja Kallas"),
            "Only a lasting peace will hold; unity is our strength.",
        ),
        ("2025-03-02", None, "The outcome has to be durable, the minister said again."),
    ])
}

fn pick<'a>(all: &'a [Theme], name: &str) -> &'a Theme {
    &all[themes::resolve(all, name).unwrap_or_else(|| panic!("no theme {name}: {all:#?}"))]
}

#[test]
fn compare_by_theme_gives_one_column_per_theme_in_date_order() {
    let c = seed_like();
    let all = themes::find_themes(&c, &Lexicon::builtin());
    let chosen = [pick(&all, "durable"), pick(&all, "united")];
    let cmp = compare::compare(&c, &chosen, By::Theme);
    let keys: Vec<&str> = cmp.columns.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["durable", "united"]);
    assert_eq!(cmp.columns[0].statements, vec![0, 2, 4, 5]);
    assert_eq!(cmp.columns[1].statements, vec![1, 3, 4]);
}

#[test]
fn compare_by_date_and_speaker() {
    let c = seed_like();
    let all = themes::find_themes(&c, &Lexicon::builtin());
    let durable = pick(&all, "durable");
    let by_date = compare::compare(&c, &[durable], By::Date);
    let keys: Vec<&str> = by_date.columns.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["2025-02-13", "2025-02-14", "2025-02-21", "2025-03-02"]);
    assert_eq!(by_date.bucket, Some(themes::Bucket::Day));
    let by_speaker = compare::compare(&c, &[durable], By::Speaker);
    let keys: Vec<&str> = by_speaker.columns.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["Mark Rutte", "Kaja Kallas", compare::UNKNOWN_SPEAKER]);
    let only_kallas = compare::compare_where(&c, &[durable], By::Speaker, |i| {
        c.statements[i].speaker.as_deref() == Some("Kaja Kallas")
    });
    assert_eq!(only_kallas.columns.len(), 1);
    assert!(compare::compare(&c, &[], By::Theme).is_empty());
}

fn snapshot_at(width_cols: usize) -> String {
    let c = seed_like();
    let all = themes::find_themes(&c, &Lexicon::builtin());
    let chosen = [pick(&all, "durable"), pick(&all, "united")];
    let cmp = compare::compare(&c, &chosen, By::Theme);
    let lines = compare::render_columns(&c, &cmp, width_cols, &chosen);
    for l in &lines {
        assert!(width(l) <= width_cols, "line wider than {width_cols}: {l:?}");
    }
    lines.join("\n")
}

#[test]
fn columns_at_width_60() {
    insta::assert_snapshot!(snapshot_at(60));
}

#[test]
fn columns_at_width_120() {
    insta::assert_snapshot!(snapshot_at(120));
}

#[test]
fn columns_at_width_200() {
    insta::assert_snapshot!(snapshot_at(200));
}

#[test]
fn too_many_columns_for_the_width_are_named_not_squeezed() {
    let c = seed_like();
    let cmp = compare::compare(&c, &[], By::Date);
    assert_eq!(cmp.columns.len(), 5);
    let lines = compare::render_columns(&c, &cmp, 60, &[]);
    assert!(lines[0].starts_with("2025-02-13 (2)"), "{lines:#?}");
    let note = lines.iter().find(|l| l.contains("more columns")).expect("a note on hidden columns");
    assert!(note.contains("3 more columns"), "{note}");
    assert!(lines.iter().all(|l| width(l) <= 60));
}

#[test]
fn terms_are_marked_for_emphasis() {
    let c = seed_like();
    let all = themes::find_themes(&c, &Lexicon::builtin());
    let chosen = [pick(&all, "durable")];
    let cmp = compare::compare(&c, &chosen, By::Theme);
    let terms: Vec<String> = compare::layout(&c, &cmp, 80, &chosen)
        .into_iter()
        .flatten()
        .filter(|s| s.style == Style::Term)
        .map(|s| s.text)
        .collect();
    assert_eq!(terms, ["durable", "enduring", "lasting", "durable"]);
}

#[test]
fn near_identical_neighbours_get_a_word_diff() {
    let c = seed_like();
    let cmp = compare::compare(&c, &[], By::Date);
    let text = compare::render_columns(&c, &cmp, 200, &[]).join("\n");
    assert!(text.contains("Nearly the same"), "{text}");
    let d = compare::word_diff(
        "We are in total agreement that the outcome has to be durable.",
        "We have to make sure that the outcome is seen as enduring.",
    );
    assert!(d.is_none(), "too different: {d:?}");
    let d = compare::word_diff("the outcome has to be durable", "the outcome is seen as enduring")
        .expect("near-identical");
    let changes: Vec<Change> = d.iter().map(|p| p.change).collect();
    assert_eq!(changes, [Change::Same, Change::Removed, Change::Added]);
}

#[test]
fn control_characters_never_reach_the_layout() {
    let c = corpus(&[
        ("2025-01-01", Some("X\u{1b}[31m"), "durable \u{1b}]0;pwned\u{7} peace"),
        ("2025-01-02", Some("Y"), "durable peace again"),
    ]);
    let all = themes::find_themes(&c, &Lexicon::builtin());
    let cmp = compare::compare(&c, &[], By::Date);
    let text = compare::render_columns(&c, &cmp, 80, &all.iter().collect::<Vec<_>>()).join("\n");
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
}

#[test]
fn by_date_with_a_word_diff_at_width_120() {
    let c = seed_like();
    let all = themes::find_themes(&c, &Lexicon::builtin());
    let durable = pick(&all, "durable");
    let cmp = compare::compare(&c, &[durable], By::Date);
    insta::assert_snapshot!(compare::render_columns(&c, &cmp, 120, &[durable]).join("\n"));
}
