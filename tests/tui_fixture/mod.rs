//! A small, fixed corpus for the TUI tests: the seed article plus one
//! invented follow-up, with hand-made statements and themes, so the tests
//! do not move when the extractor or the theme finder improve.

#![allow(dead_code)]

use std::sync::Arc;

use onrecord::{
    Article, Corpus, Kind, Statement,
    article::parse_wire,
    extract::Field,
    themes::Theme,
    tui::{
        app::{App, Command, Event},
        data::Data,
        palette::Palette,
        searcher::{self, Request},
    },
};
use ratatui::{Terminal, backend::TestBackend, layout::Rect};

pub const SEED: &str = include_str!("../../samples/000_b73d63af1e450839.txt");

/// An invented follow-up a week later, for comparisons across dates.
pub const FOLLOW_UP: &str = " date 2025-02-20 Test Wire
Politics
09:15 20.02.2025

Allies repeat that peace must be durable

2 min read
Defence ministers met again on Thursday.

\"The outcome has to be durable and the allies are united,\" said Pete Hegseth.

\"We will meet in Munich next week,\" Hegseth added.

Asked about the talks, Kaja Kallas said: \"Any deal must be lasting, not a pause.\"

\"The outcome has to be fair and the allies are united,\" Kallas said.
";

fn find(text: &str, needle: &str) -> std::ops::Range<usize> {
    let at = text.find(needle).unwrap_or_else(|| panic!("fixture text lacks {needle:?}"));
    at..at + needle.len()
}

fn statement(
    article: &Article,
    index: usize,
    ordinal: usize,
    field: Field,
    quote: &str,
    speaker: &str,
    mention: &str,
) -> Statement {
    let text = match field {
        Field::Text => &article.text,
        Field::Title => &article.title,
    };
    let span = find(text, quote);
    // The mention nearest the quote.
    let mention_span = text[span.end..]
        .find(mention)
        .map(|at| span.end + at..span.end + at + mention.len())
        .or_else(|| text[..span.start].rfind(mention).map(|at| at..at + mention.len()));
    Statement {
        article: index,
        ordinal,
        kind: if field == Field::Title { Kind::Headline } else { Kind::Direct },
        field,
        spans: [span].into_iter().collect(),
        speaker: Some(speaker.to_string()),
        speaker_span: mention_span,
        cue: Some("said"),
        clause: None,
        negated: false,
    }
}

fn theme(name: &str, terms: &[&str], statements: Vec<u32>) -> Theme {
    let statements_len = statements.len();
    Theme {
        name: name.into(),
        terms: terms.iter().map(|t| t.to_string()).collect(),
        statements,
        weight: 1.0,
        occurrences: statements_len,
        phrase: false,
    }
}

/// The fixture's data: 2 articles, 9 statements, themes durable and united.
pub fn data() -> Data {
    let (corpus, themes) = parts();
    Data::with_themes(corpus, themes, Vec::new())
}

/// The fixture's corpus and themes, for data built step by step.
pub fn parts() -> (Corpus, Vec<Theme>) {
    let seed = parse_wire(SEED);
    let follow = parse_wire(FOLLOW_UP);
    let rutte = "Mark Rutte";
    let statements = vec![
        statement(
            &seed,
            0,
            0,
            Field::Title,
            "We have to make that when talks start Ukraine is in best possible position, outcome has to be durable",
            rutte,
            "Rutte",
        ),
        statement(
            &seed,
            0,
            1,
            Field::Text,
            "What we are clearly united about is that first of all we have to make sure that when talks start Ukraine is in the best possible position. […] And at the same time, we are also in total agreement that the outcome has to be durable,",
            rutte,
            "he",
        ),
        statement(
            &seed,
            0,
            2,
            Field::Text,
            "if talks start, they will not end on day one or day two.",
            rutte,
            "The Secretary General",
        ),
        statement(
            &seed,
            0,
            3,
            Field::Text,
            "we have to make sure that the outcome is not seen as the loss to the West and that the outcome is seen as enduring.",
            rutte,
            "Rutte",
        ),
        statement(
            &seed,
            0,
            4,
            Field::Text,
            "I will be myself in Munich tomorrow meeting with Vice President [James David] Vance, [Keith] Kellogg, the Special Representative for Ukraine.",
            rutte,
            "Rutte",
        ),
        statement(
            &follow,
            1,
            0,
            Field::Text,
            "The outcome has to be durable and the allies are united,",
            "Pete Hegseth",
            "Pete Hegseth",
        ),
        statement(
            &follow,
            1,
            1,
            Field::Text,
            "We will meet in Munich next week,",
            "Pete Hegseth",
            "Hegseth",
        ),
        statement(
            &follow,
            1,
            2,
            Field::Text,
            "Any deal must be lasting, not a pause.",
            "Kaja Kallas",
            "Kaja Kallas",
        ),
        statement(
            &follow,
            1,
            3,
            Field::Text,
            "The outcome has to be fair and the allies are united,",
            "Kaja Kallas",
            "Kallas",
        ),
    ];
    let corpus = Corpus { articles: vec![seed, follow], statements };
    let themes = vec![
        theme("durable", &["durable", "enduring", "lasting"], vec![0, 1, 3, 5, 7]),
        theme("united", &["united"], vec![1, 5, 8]),
    ];
    (corpus, themes)
}

/// Runs a command the way the run loop does, but on this thread.
pub fn run(app: &mut App, command: Option<Command>) {
    let mut command = command;
    while let Some(Command::Search { generation, query, filters, limit }) = command.take() {
        let request = Request { generation, query, filters, limit, cancel: Default::default() };
        let results = searcher::run(&app.data, &request).expect("not cancelled");
        command = app.update(Event::Searched(results));
    }
}

/// A loaded app of `w`×`h` over the fixture, without colours.
pub fn app(w: u16, h: u16) -> App {
    app_with(Arc::new(data()), w, h)
}

/// A loaded app of `w`×`h` over `data`, without colours.
pub fn app_with(data: Arc<Data>, w: u16, h: u16) -> App {
    let mut app = App::new(Rect::new(0, 0, w, h), Palette::MONO);
    let command = app.update(Event::Loaded(data));
    run(&mut app, command);
    app
}

/// Sends keys (crossterm key codes, parsed from a compact notation) to `app`.
/// Plain characters type themselves; `<esc>`, `<enter>`, `<tab>`, `<btab>`,
/// `<up>`, `<down>`, `<pgdn>`, `<pgup>`, `<home>`, `<end>`, `<bs>`,
/// `<c-u>`, `<c-w>`, `<c-c>` name special keys.
pub fn keys(app: &mut App, keys: &str) {
    use onrecord::tui::action::from_key;
    use ratatui::crossterm::event::{KeyCode as K, KeyEvent, KeyModifiers as M};
    let mut rest = keys;
    while !rest.is_empty() {
        let (key, len) = if rest.starts_with('<') && rest.find('>').is_some() {
            let end = rest.find('>').unwrap_or(0);
            let name = &rest[1..end];
            let key = match name {
                "esc" => KeyEvent::new(K::Esc, M::NONE),
                "enter" => KeyEvent::new(K::Enter, M::NONE),
                "tab" => KeyEvent::new(K::Tab, M::NONE),
                "btab" => KeyEvent::new(K::BackTab, M::SHIFT),
                "up" => KeyEvent::new(K::Up, M::NONE),
                "down" => KeyEvent::new(K::Down, M::NONE),
                "pgdn" => KeyEvent::new(K::PageDown, M::NONE),
                "pgup" => KeyEvent::new(K::PageUp, M::NONE),
                "home" => KeyEvent::new(K::Home, M::NONE),
                "end" => KeyEvent::new(K::End, M::NONE),
                "bs" => KeyEvent::new(K::Backspace, M::NONE),
                "space" => KeyEvent::new(K::Char(' '), M::NONE),
                c if c.starts_with("c-") => {
                    KeyEvent::new(K::Char(c.chars().nth(2).unwrap_or('?')), M::CONTROL)
                }
                other => panic!("unknown key <{other}>"),
            };
            (key, end + 1)
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            let m = if c.is_uppercase() { M::SHIFT } else { M::NONE };
            (KeyEvent::new(K::Char(c), m), c.len_utf8())
        };
        rest = &rest[len..];
        if let Some(action) = from_key(key, app.mode()) {
            let command = app.update(Event::Action(action));
            run(app, command);
        }
    }
}

/// The screen as text, one line per row, trailing spaces kept.
pub fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| onrecord::tui::draw::draw(f, app)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

/// Whether, in [`highlights`] output, the first character of `needle` is
/// marked (a `^` under it) on a row where `needle` shows.
pub fn marked(shown: &str, needle: &str) -> bool {
    let lines: Vec<&str> = shown.lines().collect();
    lines.windows(2).any(|w| {
        w[0].find(needle).is_some_and(|at| {
            let col = w[0][..at].chars().count();
            w[1].chars().nth(col) == Some('^')
        })
    })
}

/// The screen with every cell whose style has `modifier` shown as `^` and
/// the rest as spaces, under each text row: where the highlights are.
pub fn highlights(app: &App, modifier: ratatui::style::Modifier) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| onrecord::tui::draw::draw(f, app)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let text = screen(app);
    let mut out = String::new();
    for (y, line) in text.lines().enumerate() {
        let marks: String = (0..buffer.area.width)
            .map(|x| {
                let cell = &buffer[(x, y as u16)];
                if cell.modifier.contains(modifier) { '^' } else { ' ' }
            })
            .collect();
        out.push_str(line);
        out.push('\n');
        if marks.contains('^') {
            out.push_str(marks.trim_end());
            out.push('\n');
        }
    }
    out
}
