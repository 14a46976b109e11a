//! One frame of each TUI view, drawn onto an off-screen terminal, and the
//! time to the first frame with statements on it (criterion).
//!
//! Corpora: synthetic ones of `ONRECORD_BENCH_FRAME_SIZES` statements
//! (default `100000`), and `reuters.jsonl` from `../shared/corpora` when
//! present, for which the time to the first frame with statements on it
//! (load, extract, count, list, draw) is timed whole, and beside it the time
//! until the index and themes are built too.

// Shared with the search benchmarks, which use all of it.
#[allow(dead_code)]
mod synth;

use std::{
    hint::black_box,
    path::Path,
    sync::Arc,
    time::{Duration, Instant},
};

use criterion::Criterion;
use onrecord::{
    Corpus,
    article::{Input, load},
    compare::By,
    themes::Lexicon,
    tui::{
        app::{App, Command, Event, View},
        data::Data,
        palette::Palette,
        searcher::{self, Request},
    },
};
use ratatui::{Terminal, backend::TestBackend, layout::Rect};

/// The terminal size frames are drawn at: a roomy laptop terminal.
const SIZE: (u16, u16) = (160, 48);

fn main() {
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let model = synth::Model::best();
    let sizes: Vec<usize> = std::env::var("ONRECORD_BENCH_FRAME_SIZES")
        .unwrap_or_else(|_| "100000".to_string())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    for n in sizes {
        let corpus = synth::corpus(&model, n, 42);
        bench_views(&mut c, &format!("synthetic-{n}"), Arc::new(Data::new(corpus, Vec::new())));
    }
    let reuters = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/reuters.jsonl");
    if reuters.exists() {
        let inputs = [Input::Path(reuters)];
        let mut group = c.benchmark_group("first-frame/reuters.jsonl");
        group.sample_size(10);
        // What the TUI does before statements are on screen: the index and
        // themes are built after that, in the background.
        group.bench_function("statements on screen", |b| {
            b.iter(|| {
                let corpus = Corpus::from_articles(load(&inputs, None).articles);
                let app = loaded_app(Arc::new(Data::counted(corpus, Vec::new())));
                black_box(draw(&app))
            })
        });
        // Everything built, for comparison: the index, then the themes, as
        // the TUI's loader builds them.
        group.bench_function("index and themes built", |b| {
            b.iter(|| {
                let corpus = Corpus::from_articles(load(&inputs, None).articles);
                let data = Data::counted(corpus, Vec::new());
                data.build_index();
                data.build_themes(&Lexicon::builtin());
                black_box(draw(&loaded_app(Arc::new(data))))
            })
        });
        group.finish();
        let t = Instant::now();
        let corpus = Corpus::from_articles(load(&inputs, None).articles);
        eprintln!("reuters.jsonl: loaded and extracted in {:?}", t.elapsed());
        bench_views(&mut c, "reuters.jsonl", Arc::new(Data::new(corpus, Vec::new())));
    } else {
        eprintln!("{} absent: skipped", reuters.display());
    }
    c.final_summary();
}

/// An app of [`SIZE`] showing `data`, with its first search run.
fn loaded_app(data: Arc<Data>) -> App {
    let mut app = App::new(Rect::new(0, 0, SIZE.0, SIZE.1), Palette::MONO);
    let mut command = app.update(Event::Loaded(data));
    while let Some(Command::Search { generation, query, filters, limit }) = command.take() {
        let request = Request { generation, query, filters, limit, cancel: Default::default() };
        match searcher::run(&app.data, &request) {
            Some(results) => command = app.update(Event::Searched(results)),
            None => break,
        }
    }
    app
}

fn draw(app: &App) -> usize {
    // TestBackend cannot fail; the Result is the backend trait's.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(SIZE.0, SIZE.1));
    let _ = terminal.draw(|f| onrecord::tui::draw::draw(f, app));
    terminal.backend().buffer().content.len()
}

fn bench_views(c: &mut Criterion, name: &str, data: Arc<Data>) {
    let mut app = loaded_app(data);
    let mut group = c.benchmark_group(format!("frame/{name}"));
    group.bench_function("browse", |b| b.iter(|| black_box(draw(&app))));
    app.view = View::Themes;
    group.bench_function("themes", |b| b.iter(|| black_box(draw(&app))));
    let top: Vec<usize> = (0..app.data.themes().len().min(2)).collect();
    app.open_comparison(top, By::Theme);
    if app.compare.is_some() {
        app.view = View::Compare;
        group.bench_function("compare", |b| b.iter(|| black_box(draw(&app))));
    } else {
        eprintln!("{name}: no themes to compare; compare view skipped");
    }
    group.finish();
}
