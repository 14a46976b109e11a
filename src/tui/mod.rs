//! The terminal interface.
//!
//! State is data ([`app::App`]); input becomes [`action::Action`]s by a pure
//! mapping; one [`app::App::update`] applies them; [`draw::draw`] turns the
//! state into a frame and nothing else. The run loop blocks on one channel
//! fed by an input thread, the loader, the search thread and a signal
//! watcher, and redraws only after handling a message: no tick, no polling,
//! so an idle interface costs no CPU.

pub mod action;
pub mod app;
pub mod compare;
pub mod context;
pub mod data;
pub mod draw;
pub mod help;
pub mod layout;
pub mod list;
pub mod palette;
pub mod pickers;
pub mod search_bar;
pub mod searcher;
pub mod status;
pub mod terminal;
pub mod trend;
pub mod wrap;

use std::{
    io::{self, IsTerminal, Write},
    process::ExitCode,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
        mpsc::{self, Receiver, Sender},
    },
    thread,
    time::Duration,
};

use ratatui::{
    crossterm::{
        event, queue,
        terminal::{BeginSynchronizedUpdate, Clear, ClearType, EndSynchronizedUpdate},
    },
    layout::Rect,
};

use crate::{
    article::{Input, LoadProgress, load, load_samples},
    corpus::Corpus,
};

use self::{
    app::{App, Command, Event, Loading},
    data::{Data, load_lexicon},
    palette::Palette,
    searcher::Searcher,
    terminal::Tui,
};

/// How the TUI should open.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// What to load; empty means the bundled samples.
    pub inputs: Vec<Input>,
    /// Themes to open the compare view with (`--compare durable,united`).
    pub compare: Vec<String>,
    /// `--compare-by date|speaker`.
    pub compare_by: Option<crate::compare::By>,
}

/// Everything the run loop waits for.
enum Message {
    /// A key, mouse or resize event.
    Input(event::Event),
    /// A state change from a background thread.
    Update(Event),
    /// Loading progressed: redraw the gauge.
    Progress,
    /// SIGTERM, SIGHUP or SIGINT.
    Terminate,
}

/// How often the gauge is redrawn while loading (and only then).
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Runs the TUI until the user quits.
pub fn run(options: Options) -> ExitCode {
    if !io::stdout().is_terminal() {
        eprintln!(
            "onrecord: the interactive view needs a terminal; for scripts use `onrecord statements`, `onrecord search` or `onrecord compare`"
        );
        return ExitCode::from(crate::cli::EXIT_USAGE);
    }
    let mut terminal = match terminal::setup() {
        Ok(t) => t,
        Err(e) => {
            let _ = terminal::restore();
            eprintln!("onrecord: cannot set up the terminal: {e}");
            return ExitCode::from(crate::cli::EXIT_USAGE);
        }
    };
    let result = run_loop(&mut terminal, options);
    let _ = terminal::restore();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("onrecord: {e}");
            ExitCode::from(crate::cli::EXIT_USAGE)
        }
    }
}

/// Loads `inputs` into `Data`, reporting stages, and hands it over as soon
/// as the statements are extracted; then, once `listed` says the list is on
/// screen, builds the search index and then finds the themes on it,
/// reporting each when ready.
fn spawn_loader(
    inputs: Vec<Input>,
    progress: Arc<LoadProgress>,
    tx: Sender<Message>,
    listed: Receiver<()>,
) {
    let done = Arc::new(AtomicBool::new(false));
    let ticker_done = done.clone();
    let ticker_tx = tx.clone();
    thread::spawn(move || {
        while !ticker_done.load(Ordering::Relaxed) {
            thread::sleep(PROGRESS_EVERY);
            if ticker_tx.send(Message::Progress).is_err() {
                break;
            }
        }
    });
    thread::spawn(move || {
        let report =
            if inputs.is_empty() { load_samples() } else { load(&inputs, Some(&progress)) };
        let stage = |s: &str| {
            let _ = tx.send(Message::Update(Event::Stage(s.to_string())));
        };
        stage(&format!("finding statements in {} articles", report.articles.len()));
        let corpus = Corpus::from_articles(report.articles);
        let mut problems = report.problems;
        let lexicon = load_lexicon(&mut problems);
        let data = Arc::new(Data::counted(corpus, problems));
        done.store(true, Ordering::Relaxed);
        let _ = tx.send(Message::Update(Event::Loaded(data.clone())));
        // Both cores go to the index and themes only once the first list is
        // drawn, so they do not hold it up; an error means the interface
        // is gone.
        if listed.recv().is_err() {
            return;
        }
        let ready = |event: Event| {
            let _ = tx.send(Message::Update(event));
        };
        // One after the other, each with both cores (the index builds in
        // parallel parts): queries need the index first, and the two
        // builds' working memory never adds up (measured: 9 MB less peak
        // RSS for reuters than building both at once). The themes are
        // found on a pool thread, as the statements were extracted, so its
        // allocator arena has the extraction's freed memory to reuse.
        data.build_index();
        ready(Event::IndexReady);
        rayon::scope(|s| s.spawn(|_| data.build_themes(&lexicon)));
        ready(Event::ThemesReady);
    });
}

/// Starts the search thread over `data`.
fn spawn_searcher(data: Arc<Data>, tx: Sender<Message>) -> Searcher {
    let (requests, incoming) = mpsc::channel();
    thread::spawn(move || {
        searcher::serve(data, incoming, |results| {
            let _ = tx.send(Message::Update(Event::Searched(results)));
        })
    });
    Searcher::new(requests)
}

fn draw(terminal: &mut Tui, app: &App) -> io::Result<()> {
    // Synchronized output: the terminal shows the frame whole, never torn,
    // even over a slow link.
    queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| draw::draw(frame, app))?;
    queue!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    terminal.backend_mut().flush()
}

/// Blanks the screen and forgets the last frame, so the next draw paints
/// every cell. (`Terminal::clear` would ask the terminal for the cursor
/// position, racing the input thread for the answer.)
fn repaint(terminal: &mut Tui) -> io::Result<()> {
    queue!(terminal.backend_mut(), Clear(ClearType::All))?;
    // Swapping twice resets both buffers: the next frame diffs against blank.
    terminal.swap_buffers();
    terminal.swap_buffers();
    Ok(())
}

fn run_loop(terminal: &mut Tui, options: Options) -> io::Result<()> {
    let (tx, rx) = mpsc::channel::<Message>();
    let size = terminal.size()?;
    let mut app = App::new(Rect::new(0, 0, size.width, size.height), Palette::from_env());
    app.open_compare = options.compare;
    app.open_compare_by = options.compare_by;
    let progress = Arc::new(LoadProgress::default());
    app.loading = Some(Loading { progress: progress.clone(), stage: "reading articles".into() });
    // The first frame goes up before anything is read.
    draw(terminal, &app)?;
    // Debug builds only: lets the test suite check that a panic gives the
    // terminal back (alternate screen left, raw mode and mouse off).
    #[cfg(debug_assertions)]
    if std::env::var_os("ONRECORD_DEBUG_PANIC").is_some() {
        panic!("ONRECORD_DEBUG_PANIC is set: panicking on purpose");
    }

    let input_tx = tx.clone();
    thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if input_tx.send(Message::Input(ev)).is_err() {
                break;
            }
        }
    });
    let signal_tx = tx.clone();
    terminal::on_termination(move || {
        let _ = signal_tx.send(Message::Terminate);
    })?;
    let (listed_tx, listed_rx) = mpsc::channel();
    let mut listed = Some(listed_tx);
    spawn_loader(options.inputs, progress, tx.clone(), listed_rx);

    let mut searcher: Option<Searcher> = None;
    while let Ok(first) = rx.recv() {
        // Handle everything already waiting before drawing once: a burst of
        // keys costs one frame, not one each.
        let mut next = Some(first);
        while let Some(message) = next.take() {
            let command = match message {
                Message::Input(ev) => {
                    action::from_event(&ev, app.mode()).and_then(|a| app.update(Event::Action(a)))
                }
                Message::Update(Event::Loaded(data)) => {
                    searcher = Some(spawn_searcher(data.clone(), tx.clone()));
                    app.update(Event::Loaded(data))
                }
                Message::Update(e) => app.update(e),
                Message::Progress => None,
                Message::Terminate => {
                    app.quit = true;
                    None
                }
            };
            match (command, searcher.as_mut()) {
                (Some(Command::Search { generation, query, filters, limit }), Some(s)) => {
                    s.submit(generation, query, filters, limit);
                }
                (Some(Command::Redraw), _) => repaint(terminal)?,
                _ => {}
            }
            if app.quit {
                return Ok(());
            }
            next = rx.try_recv().ok();
        }
        draw(terminal, &app)?;
        // Listed: the first results are drawn, or the query typed meanwhile
        // waits for the index itself.
        if app.loading.is_none()
            && (!app.searching || app.waiting.is_some())
            && let Some(listed) = listed.take()
        {
            let _ = listed.send(());
        }
    }
    Ok(())
}
