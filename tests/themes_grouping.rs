//! Themes from hand-made statements: stemming, synonym groups, stop words,
//! names, ranking, resolving, term ranges and trends.

use onrecord::{
    Corpus,
    themes::{self, Bucket, Lexicon, Theme},
};

mod common;
use common::corpus;

fn find<'a>(themes: &'a [Theme], term: &str) -> Option<&'a Theme> {
    themes.iter().find(|t| t.terms.iter().any(|x| x == term))
}

#[test]
fn inflections_are_one_theme_by_stemming() {
    let c = corpus(&[
        ("2025-02-01", Some("A"), "We must unite the coalition."),
        ("2025-02-02", Some("B"), "The coalition is united."),
        ("2025-02-03", Some("A"), "Uniting the coalition matters."),
        ("2025-02-04", Some("C"), "Rain fell on the harbour."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::default());
    let united = find(&t, "united").expect("a theme with 'united'");
    for form in ["unite", "united", "uniting"] {
        assert!(united.terms.iter().any(|x| x == form), "{form} missing from {:?}", united.terms);
    }
    assert_eq!(united.statements, vec![0, 1, 2]);
    assert_eq!(united.speakers(&c), ["A", "B"]);
    assert_eq!(united.dates(&c).len(), 3);
}

#[test]
fn synonyms_are_one_theme_by_the_builtin_lexicon() {
    let c = corpus(&[
        ("2025-02-13", Some("Rutte"), "The outcome has to be durable."),
        ("2025-02-13", Some("Rutte"), "The outcome is enduring, is lasting."),
        ("2025-02-14", Some("Rutte"), "A long-lasting settlement is needed."),
        ("2025-02-15", Some("Kallas"), "Only a sustainable outcome will hold."),
        ("2025-02-15", Some("Kallas"), "Ports reopened last week."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    let durable = find(&t, "durable").expect("durable theme");
    assert_eq!(durable.name, "durable");
    for form in ["durable", "enduring", "lasting", "long-lasting", "sustainable"] {
        assert!(durable.terms.iter().any(|x| x == form), "{form} missing from {:?}", durable.terms);
    }
    // "last week" is not "lasting".
    assert_eq!(durable.statements, vec![0, 1, 2, 3]);
    assert_eq!(durable.speakers(&c), ["Rutte", "Kallas"]);
    // Without the lexicon they stay apart.
    let bare = themes::find_themes(&c, &Lexicon::default());
    assert!(find(&bare, "durable").is_none_or(|d| !d.terms.iter().any(|x| x == "enduring")));
}

#[test]
fn stop_and_generic_words_never_become_themes() {
    let c = corpus(&[
        ("2025-02-01", None, "People say we also make things happen, he said."),
        ("2025-02-02", None, "People say we also make progress, she said."),
        ("2025-02-03", None, "People said they also make sure of it."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    for word in ["people", "say", "said", "also", "make", "we", "the", "sure"] {
        assert!(find(&t, word).is_none(), "{word} became a theme: {t:#?}");
    }
}

#[test]
fn a_term_in_a_few_statements_outranks_one_that_is_everywhere() {
    let mut rows: Vec<(&str, Option<&str>, &str)> = Vec::new();
    for _ in 0..3 {
        rows.push(("2025-03-01", None, "The alliance wants a durable ceasefire in the region."));
    }
    for _ in 0..9 {
        rows.push(("2025-03-02", None, "The alliance met in the region on Monday."));
    }
    let c = corpus(&rows);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    let rank = |term: &str| t.iter().position(|x| x.terms.iter().any(|y| y == term));
    let durable = rank("durable").expect("durable ranked");
    let region = rank("region").expect("region ranked");
    assert!(durable < region, "durable #{durable} should beat region #{region}: {t:#?}");
    assert!(t[durable].weight > t[region].weight);
}

#[test]
fn names_do_not_feed_ordinary_words_and_speakers_are_not_their_own_theme() {
    let c = corpus(&[
        ("2025-02-01", Some("Mark Rutte"), "The allies are united, Rutte said."),
        ("2025-02-02", Some("Mark Rutte"), "We consulted the United States and Rutte agreed."),
        ("2025-02-03", Some("Mark Rutte"), "Officials in the United States listened."),
        ("2025-02-04", Some("Kaja Kallas"), "Europe is united."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    let united = find(&t, "united").expect("united theme");
    assert_eq!(united.statements, vec![0, 3], "United States must not count: {united:#?}");
    let us = find(&t, "United States").expect("the name is a phrase theme");
    assert_eq!(us.statements, vec![1, 2]);
    assert!(us.phrase);
    assert!(find(&t, "Rutte").is_none(), "the speaker's own name is no theme");
}

#[test]
fn recurring_two_word_phrases_are_themes() {
    let c = corpus(&[
        ("2025-02-01", None, "Peace talks begin in Geneva."),
        ("2025-02-02", None, "The peace talks stalled."),
        ("2025-02-03", None, "Negotiators resumed peace negotiations."),
        ("2025-02-04", None, "Talks, peace and bread."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    let phrase = find(&t, "peace talks").expect("peace talks phrase");
    assert!(phrase.phrase);
    assert!(phrase.terms.iter().any(|x| x == "peace negotiations"), "{:?}", phrase.terms);
    // "Talks, peace": a comma keeps the words apart.
    assert_eq!(phrase.statements, vec![0, 1, 2]);
}

#[test]
fn a_phrase_counts_every_occurrence_from_its_first_statement_on() {
    // The phrase twice in its first statement, in two spellings in the
    // second, once in the third: counted as if known from the start.
    let c = corpus(&[
        ("2025-02-01", None, "Harbour cranes rusted. Harbour cranes stopped."),
        ("2025-02-02", None, "The harbour crane broke; harbour cranes idled."),
        ("2025-02-03", None, "Rain fell on harbour cranes."),
        ("2025-02-04", None, "Rain fell on the town."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::default());
    let phrase = find(&t, "harbour cranes").expect("harbour cranes phrase");
    assert!(phrase.phrase);
    assert_eq!(phrase.statements, vec![0, 1, 2]);
    assert_eq!(phrase.occurrences, 5);
    assert_eq!(
        phrase.terms.first().map(String::as_str),
        Some("harbour cranes"),
        "{:?}",
        phrase.terms
    );
    assert!(phrase.terms.iter().any(|x| x == "harbour crane"), "{:?}", phrase.terms);
}

#[test]
fn resolve_finds_a_theme_by_name_term_or_inflection() {
    let c = corpus(&[
        ("2025-02-13", None, "The outcome has to be durable."),
        ("2025-02-13", None, "The outcome is enduring, is lasting."),
        ("2025-02-14", None, "We are united."),
        ("2025-02-15", None, "Unity matters; we stay united."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    let durable = themes::resolve(&t, "durable").expect("by name");
    assert_eq!(t[durable].name, "durable");
    assert_eq!(themes::resolve(&t, "LASTING"), Some(durable), "by term, any case");
    assert_eq!(themes::resolve(&t, "endure"), Some(durable), "by stem");
    assert_eq!(themes::resolve(&t, "long-lasting"), Some(durable), "by lexicon group");
    assert_eq!(themes::resolve(&t, "zebra"), None);
    assert_eq!(themes::resolve(&t, "  "), None);
    let near = themes::closest(&t, "untied", 2);
    assert_eq!(near.first().map(String::as_str), Some("united"), "{near:?}");
}

#[test]
fn term_ranges_cover_every_form_of_the_theme() {
    let c = corpus(&[
        ("2025-02-13", None, "The outcome has to be durable."),
        ("2025-02-13", None, "The outcome is enduring, is lasting."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    let durable = &t[themes::resolve(&t, "durable").expect("durable")];
    let text = "It is durable, enduring — lasting, at last.";
    let hits: Vec<&str> =
        themes::term_ranges(text, durable).into_iter().map(|r| &text[r]).collect();
    assert_eq!(hits, ["durable", "enduring", "lasting"]);
}

#[test]
fn trend_counts_statements_per_period_with_zeros() {
    let c = corpus(&[
        ("2025-02-01", None, "A durable peace."),
        ("2025-02-01", None, "A lasting peace."),
        ("2025-02-02", None, "Bread and circuses."),
        ("2025-02-03", None, "An enduring peace."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    let durable = &t[themes::resolve(&t, "durable").expect("durable")];
    let days = themes::trend(&c, durable, Bucket::Day);
    assert_eq!(
        days,
        [
            ("2025-02-01".to_string(), 2),
            ("2025-02-02".to_string(), 0),
            ("2025-02-03".to_string(), 1)
        ]
    );
    let months = themes::trend(&c, durable, Bucket::Month);
    assert_eq!(months, [("2025-02".to_string(), 3)]);
}

#[test]
fn empty_and_odd_input_gives_no_themes_and_no_panic() {
    assert!(themes::find_themes(&Corpus::default(), &Lexicon::builtin()).is_empty());
    let mut c =
        corpus(&[("x", None, "é"), ("", None, "… — “”"), ("2025-01-01", None, "日本語 日本語")]);
    // A span past the end of its text is skipped, not a panic.
    c.statements[0].spans = std::iter::once(0..99).collect();
    let t = themes::find_themes(&c, &Lexicon::builtin());
    assert!(t.iter().all(|t| t.statements.len() >= themes::MIN_STATEMENTS));
}

#[test]
fn unrelated_words_with_one_stem_stay_apart() {
    let c = corpus(&[
        ("2025-02-01", None, "Our candidate will win."),
        ("2025-02-02", None, "Every candidate was candid."),
        ("2025-02-03", None, "The candidates were polite; politics was not."),
        ("2025-02-04", None, "Let me be candid about politics and political courage."),
    ]);
    let t = themes::find_themes(&c, &Lexicon::builtin());
    let candidate = find(&t, "candidate").expect("candidate theme");
    assert_eq!(candidate.statements, vec![0, 1, 2]);
    assert!(!candidate.terms.iter().any(|x| x == "candid"), "{:?}", candidate.terms);
    let politics = find(&t, "politics").expect("politics theme");
    assert!(!politics.terms.iter().any(|x| x == "polite"), "{:?}", politics.terms);
    assert!(
        politics.terms.iter().any(|x| x == "political"),
        "inflections and derivations of one word stay together"
    );
}
