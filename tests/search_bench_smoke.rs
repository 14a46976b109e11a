//! A quick smoke run of what the benchmarks do, on a small synthetic corpus,
//! so `cargo test` catches a broken generator or a query that panics.

#[path = "../benches/synth/mod.rs"]
#[allow(dead_code)]
mod synth;

use std::sync::atomic::AtomicBool;

use onrecord::search::{Query, SearchIndex};

#[test]
fn synthetic_corpus_searches_like_the_benchmarks() {
    let model = synth::Model::builtin();
    let corpus = synth::corpus(&model, 3000, 7);
    assert_eq!(corpus.statements.len(), 3000);
    let index = SearchIndex::build(&corpus);
    assert_eq!(index.len(), 3000);
    let never = AtomicBool::new(false);
    for (name, q) in synth::QUERIES {
        let r = index.search(&corpus, &Query::parse(q), None, 100, &never).unwrap_or_default();
        assert!(r.hits.len() <= 100 && r.hits.len() <= r.total, "{name}");
        match *name {
            "no-match" => assert_eq!(r.total, 0),
            "short" | "typo" => assert!(r.total > 0, "{name}: {q} found nothing"),
            _ => {}
        }
    }
    // The same seed gives the same corpus.
    let again = synth::corpus(&model, 3000, 7);
    assert_eq!(again.text_of(2999), corpus.text_of(2999));
}
