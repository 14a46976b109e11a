//! Themes on real news (PolNeAR's dev split): every theme's statements
//! really use its terms, and no stop or generic word makes the top. Skips
//! when the corpora folder is absent (`../shared/corpora` next to the crate,
//! or `$ONRECORD_CORPORA`).

use std::path::PathBuf;

use onrecord::{
    Corpus,
    article::{Input, load},
    themes::{self, Lexicon},
};

/// Articles used: enough for real themes, few enough for a quick debug run.
const ARTICLES: usize = 150;

fn corpus() -> Option<Corpus> {
    let dir = std::env::var_os("ONRECORD_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora"));
    let dev = dir.join("polnear-dev.jsonl");
    if !dev.exists() {
        eprintln!("note: {} not found; skipping", dev.display());
        return None;
    }
    let mut articles = load(&[Input::Path(dev)], None).articles;
    articles.truncate(ARTICLES);
    Some(Corpus::from_articles(articles))
}

#[test]
fn every_theme_statement_uses_a_term_and_the_top_is_not_filler() {
    let Some(corpus) = corpus() else { return };
    let all = themes::find_themes(&corpus, &Lexicon::builtin());
    assert!(all.len() >= 50, "only {} themes", all.len());
    let mut pairs = 0;
    let mut missed = Vec::new();
    for t in all.iter().take(100) {
        assert!(t.statements.len() >= themes::MIN_STATEMENTS);
        assert!(t.statements.windows(2).all(|w| w[0] < w[1]), "{} statements unsorted", t.name);
        for i in t.statement_indexes() {
            pairs += 1;
            if themes::term_ranges(&corpus.text_of(i), t).is_empty() {
                missed.push((t.name.clone(), corpus.text_of(i)));
            }
        }
    }
    // What the counting saw, highlighting must find: one rule for names.
    assert!(
        missed.is_empty(),
        "{} of {pairs} missed: {:#?}",
        missed.len(),
        &missed[..missed.len().min(5)]
    );
    for t in all.iter().take(15) {
        for filler in ["say", "said", "make", "people", "also", "the", "would", "think"] {
            assert!(!t.terms.iter().any(|x| x == filler), "{filler} in top theme {t:?}");
        }
    }
    let weights: Vec<f64> = all.iter().map(|t| t.weight).collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "themes not ranked by weight");
}
