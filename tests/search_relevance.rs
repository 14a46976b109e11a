//! Relevance on the bundled sample: the obviously right statement comes first
//! for typical queries.

use onrecord::{
    Corpus,
    article::load_samples,
    search::{Query, search},
};

fn sample() -> Corpus {
    Corpus::from_articles(load_samples().articles)
}

fn texts(c: &Corpus, q: &str) -> Vec<String> {
    search(c, &Query::parse(q)).iter().map(|h| c.text_of(h.statement)).collect()
}

#[test]
fn munich_tomorrow_narrows_to_the_munich_statement() {
    let c = sample();
    let found = texts(&c, "munich tomorrow");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("I will be myself in Munich tomorrow"), "{found:?}");
}

#[test]
fn durable_outcome_puts_durable_statements_first() {
    let c = sample();
    for q in ["durable outcome", "outcome durable", "durible", "durable"] {
        let found = texts(&c, q);
        assert!(!found.is_empty(), "{q}: nothing found");
        assert!(found[0].to_lowercase().contains("durable"), "{q}: {found:?}");
    }
}

#[test]
fn nonsense_finds_nothing() {
    let c = sample();
    assert!(texts(&c, "zqxj").is_empty());
}
