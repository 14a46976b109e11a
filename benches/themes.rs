//! Theme finding and column layout on a real corpus: PolNeAR's training
//! split when the corpora folder is present (`../shared/corpora` next to the
//! crate, or `$ONRECORD_CORPORA`), else the bundled samples.
//!
//! Run: `cargo bench --bench themes`.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use onrecord::{
    Corpus,
    article::{Input, load, load_samples},
    compare::{self, By},
    themes::{self, Lexicon},
};

fn corpus() -> (String, Corpus) {
    let dir = std::env::var_os("ONRECORD_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora"));
    let train = dir.join("polnear-train.jsonl");
    if train.exists() {
        let report = load(&[Input::Path(train)], None);
        ("polnear-train".into(), Corpus::from_articles(report.articles))
    } else {
        eprintln!("note: {} not found; benchmarking the bundled samples", train.display());
        ("samples".into(), Corpus::from_articles(load_samples().articles))
    }
}

fn bench(c: &mut Criterion) {
    let (name, corpus) = corpus();
    let lexicon = Lexicon::builtin();
    eprintln!("{name}: {} articles, {} statements", corpus.articles.len(), corpus.statements.len());
    let mut group = c.benchmark_group(name);
    group.sample_size(20);
    group.bench_function("find_themes", |b| b.iter(|| themes::find_themes(&corpus, &lexicon)));
    let all = themes::find_themes(&corpus, &lexicon);
    let top: Vec<&themes::Theme> = all.iter().take(2).collect();
    group.bench_function("compare_and_layout_top2_at_160", |b| {
        b.iter(|| {
            let cmp = compare::compare(&corpus, &top, By::Theme);
            compare::layout(&corpus, &cmp, 160, &top)
        })
    });
    group.bench_function("trend_top20", |b| {
        let bucket = themes::Bucket::for_dates(&themes::corpus_dates(&corpus));
        b.iter(|| {
            all.iter().take(20).map(|t| themes::trend(&corpus, t, bucket)).collect::<Vec<_>>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
