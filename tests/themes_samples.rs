//! Themes on the specimen article and the bundled samples, with the real
//! extractor: the acceptance checks of the themes issue.

use onrecord::{
    Corpus,
    article::{load_samples, parse_wire},
    compare::{self, By},
    themes::{self, Lexicon, Theme},
};

const SEED: &str = include_str!("../samples/000_b73d63af1e450839.txt");

fn holding<'a>(themes: &'a [Theme], term: &str) -> (usize, &'a Theme) {
    themes
        .iter()
        .enumerate()
        .find(|(_, t)| t.terms.iter().any(|x| x == term))
        .unwrap_or_else(|| panic!("no theme holds {term:?}: {themes:#?}"))
}

#[test]
fn seed_durable_and_united_are_top_themes() {
    let corpus = Corpus::from_articles(vec![parse_wire(SEED)]);
    assert_eq!(corpus.statements.len(), 10, "the seed has ten statements by Mark Rutte");
    let all = themes::find_themes(&corpus, &Lexicon::builtin());
    let (rank, durable) = holding(&all, "durable");
    for term in ["enduring", "lasting"] {
        assert!(durable.terms.iter().any(|t| t == term), "{term} missing: {durable:#?}");
    }
    assert!(durable.statements.len() >= 5, "{durable:#?}");
    assert!(rank < 5, "durable is #{}: {:?}", rank + 1, names(&all));
    let (rank, united) = holding(&all, "united");
    assert!(united.statements.len() >= 3, "{united:#?}");
    assert!(rank < 5, "united is #{}: {:?}", rank + 1, names(&all));
    assert_eq!(durable.speakers(&corpus), ["Mark Rutte"]);
}

fn names(all: &[Theme]) -> Vec<&str> {
    all.iter().take(10).map(|t| t.name.as_str()).collect()
}

#[test]
fn samples_compare_a_theme_across_four_or_more_dates() {
    let corpus = Corpus::from_articles(load_samples().articles);
    let all = themes::find_themes(&corpus, &Lexicon::builtin());
    let (_, durable) = holding(&all, "durable");
    let (_, united) = holding(&all, "united");
    let by_date = compare::compare(&corpus, &[durable], By::Date);
    assert!(by_date.columns.len() >= 4, "{by_date:#?}");
    let by_theme = compare::compare(&corpus, &[durable, united], By::Theme);
    assert_eq!(by_theme.columns.len(), 2);
    let lines = compare::render_columns(&corpus, &by_theme, 120, &[durable, united]);
    assert!(lines[0].starts_with("durable (") && lines[0].contains("│ united ("), "{}", lines[0]);
}
