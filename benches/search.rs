//! Search, index and load benchmarks (criterion).
//!
//! `cargo bench --bench search` runs them over synthetic corpora of
//! `ONRECORD_BENCH_SIZES` statements (comma-separated; default
//! `100000,1000000`) and over the real corpora in `../shared/corpora` when
//! present. `ONRECORD_BENCH_LINES=DIR` instead writes each synthetic
//! corpus's statements to `DIR/statements-N.txt`, one per line, for `fzf
//! --filter` to search the very same lines (see BENCHMARKS.md).

mod synth;

use std::{
    hint::black_box,
    path::{Path, PathBuf},
    sync::atomic::AtomicBool,
    time::{Duration, Instant},
};

use criterion::{BenchmarkId, Criterion};
use onrecord::{
    Corpus,
    article::{Input, load},
    search::{Query, SearchIndex},
};

/// Hits fully ranked and highlighted per search: a screenful and then some.
const LIMIT: usize = 100;

fn sizes() -> Vec<usize> {
    std::env::var("ONRECORD_BENCH_SIZES")
        .unwrap_or_else(|_| "100000,1000000".to_string())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

fn corpora_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora")
}

fn main() {
    let model = synth::Model::best();
    eprintln!("synthetic statements from {} ({} words)", model.source, model.vocabulary());
    if let Ok(dir) = std::env::var("ONRECORD_BENCH_LINES") {
        write_lines(&model, Path::new(&dir));
        return;
    }
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    for n in sizes() {
        let corpus = synth::corpus(&model, n, 42);
        bench_corpus(&mut c, &format!("synthetic-{n}"), &corpus);
    }
    bench_real_corpora(&mut c);
    c.final_summary();
}

fn write_lines(model: &synth::Model, dir: &Path) {
    for n in sizes() {
        let corpus = synth::corpus(model, n, 42);
        let mut out = String::new();
        for i in 0..corpus.statements.len() {
            out.push_str(&corpus.text_of(i));
            out.push('\n');
        }
        let path = dir.join(format!("statements-{n}.txt"));
        match std::fs::write(&path, out) {
            Ok(()) => eprintln!("wrote {}", path.display()),
            Err(e) => eprintln!("cannot write {}: {e}", path.display()),
        }
    }
}

/// Index build, one cold search per query, and typing a query letter by
/// letter (each keystroke a search, as the search bar does).
fn bench_corpus(c: &mut Criterion, name: &str, corpus: &Corpus) {
    let t = Instant::now();
    let index = SearchIndex::build(corpus);
    let text_bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    eprintln!(
        "{name}: {} statements, {} MB of text, {} distinct words; index built in {:?}, {} MB",
        index.len(),
        text_bytes / 1_000_000,
        index.vocabulary_len(),
        t.elapsed(),
        index.heap_bytes() / 1_000_000
    );
    let never = AtomicBool::new(false);
    let mut group = c.benchmark_group(format!("search/{name}"));
    for (label, q) in synth::QUERIES {
        let query = Query::parse(q);
        let found = index.search(corpus, &query, None, LIMIT, &never).map_or(0, |r| r.total);
        eprintln!("{name}: {q:?} matches {found} statements");
        group.bench_function(BenchmarkId::from_parameter(label), |b| {
            b.iter(|| {
                index.forget_recent();
                black_box(index.search(corpus, &query, None, LIMIT, &never))
            })
        });
    }
    for q in ["outcome durable", "durible"] {
        let prefixes: Vec<Query> = (1..=q.len())
            .filter(|&e| q.is_char_boundary(e))
            .map(|e| Query::parse(&q[..e]))
            .collect();
        group.bench_function(BenchmarkId::new("typing-per-keystroke", q), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    index.forget_recent();
                    let t = Instant::now();
                    for p in &prefixes {
                        black_box(index.search(corpus, p, None, LIMIT, &never));
                    }
                    spent += t.elapsed() / prefixes.len() as u32;
                }
                spent
            })
        });
    }
    group.finish();
    let mut group = c.benchmark_group(format!("index/{name}"));
    group.sample_size(10);
    group.bench_function("build", |b| b.iter(|| black_box(SearchIndex::build(corpus))));
    group.finish();
}

/// Load + extract each real corpus file, then search it as above.
fn bench_real_corpora(c: &mut Criterion) {
    let dir = corpora_dir();
    for name in ["reuters.jsonl", "bbc.jsonl"] {
        let path = dir.join(name);
        if !path.exists() {
            eprintln!("{} absent: skipped", path.display());
            continue;
        }
        let inputs = [Input::Path(path.clone())];
        let mut group = c.benchmark_group(format!("load/{name}"));
        group.sample_size(10);
        // Reading and parsing alone, to tell the loader's share from the
        // extractor's.
        group.bench_function("load", |b| b.iter(|| black_box(load(&inputs, None).articles)));
        group.bench_function("load+extract", |b| {
            b.iter(|| black_box(Corpus::from_articles(load(&inputs, None).articles)))
        });
        group.finish();
        let corpus = Corpus::from_articles(load(&inputs, None).articles);
        bench_corpus(c, name, &corpus);
    }
}
