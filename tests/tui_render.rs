//! Rendered frames (TestBackend + insta): each main view at the sizes users
//! have, over the fixed fixture corpus. Highlight snapshots mark styled cells
//! with `^` under each row, so emphasis is checked, not only text.

mod tui_fixture;

use insta::assert_snapshot;
use onrecord::tui::app::Event;
use ratatui::style::Modifier;
use tui_fixture::{app, highlights, keys, marked, screen};

#[test]
fn browse_120x40() {
    let app = app(120, 40);
    assert_snapshot!(screen(&app));
}

#[test]
fn selected_statement_is_highlighted_in_its_article() {
    let mut app = app(120, 40);
    keys(&mut app, "j");
    // The monochrome palette shows the selected statement reversed; the
    // list's selected row is reversed too.
    assert_snapshot!(highlights(&app, Modifier::REVERSED));
}

#[test]
fn speaker_mention_is_underlined() {
    let mut app = app(120, 40);
    keys(&mut app, "jjj");
    let shown = highlights(&app, Modifier::UNDERLINED);
    assert!(shown.contains("According to Rutte"), "{shown}");
    assert_snapshot!(shown);
}

#[test]
fn search_highlights_matched_letters() {
    let mut app = app(120, 40);
    keys(&mut app, "/munich tomorrow");
    // In the list, matched letters are the only underlined cells.
    assert_snapshot!(highlights(&app, Modifier::UNDERLINED));
}

#[test]
fn stacked_80x24() {
    let mut app = app(80, 24);
    keys(&mut app, "jj");
    assert_snapshot!(screen(&app));
}

#[test]
fn narrow_60x20() {
    let app = app(60, 20);
    assert_snapshot!(screen(&app));
}

#[test]
fn tiny_terminal_says_so() {
    let app = app(30, 10);
    let s = screen(&app);
    assert!(s.contains("too small"), "{s}");
    assert_snapshot!(s);
}

#[test]
fn help_overlay() {
    let mut app = app(120, 40);
    keys(&mut app, "?");
    assert_snapshot!(screen(&app));
}

#[test]
fn compare_two_themes() {
    let mut app = app(120, 40);
    keys(&mut app, "c<space><space><enter>");
    assert_snapshot!(highlights(&app, Modifier::BOLD | Modifier::UNDERLINED));
}

#[test]
fn compare_marks_differing_words() {
    let mut app = app(120, 40);
    keys(&mut app, "c<space><space><enter>");
    // Hegseth's "The outcome has to be durable and the allies are united"
    // (durable) and Kallas's "…has to be fair and…" (united) differ in one
    // word: each card marks its own.
    let shown = highlights(&app, Modifier::REVERSED | Modifier::UNDERLINED);
    assert!(marked(&shown, "fair"), "{shown}");
    assert!(marked(&shown, "durable and"), "{shown}");
    assert_snapshot!(shown);
}

#[test]
fn compare_by_date_80x24() {
    let mut app = app(80, 24);
    keys(&mut app, "cd");
    assert_snapshot!(screen(&app));
}

#[test]
fn themes_view_with_trend() {
    let mut app = app(120, 40);
    keys(&mut app, "t");
    assert_snapshot!(screen(&app));
}

#[test]
fn speaker_picker() {
    let mut app = app(120, 40);
    keys(&mut app, "s");
    assert_snapshot!(screen(&app));
}

#[test]
fn loading_shows_a_gauge() {
    let mut app = onrecord::tui::app::App::new(
        ratatui::layout::Rect::new(0, 0, 80, 24),
        onrecord::tui::palette::Palette::MONO,
    );
    let progress = std::sync::Arc::new(onrecord::article::LoadProgress::default());
    progress.bytes_total.store(4_000_000, std::sync::atomic::Ordering::Relaxed);
    progress.bytes_done.store(1_000_000, std::sync::atomic::Ordering::Relaxed);
    app.loading = Some(onrecord::tui::app::Loading { progress, stage: "reading articles".into() });
    let s = screen(&app);
    assert!(s.contains("1.0 of 4.0 MB"), "{s}");
    assert_snapshot!(s);
    // Typing while loading edits the bar at once.
    keys(&mut app, "/dura");
    assert_eq!(app.search.text, "dura");
    app.update(Event::Loaded(std::sync::Arc::new(tui_fixture::data())));
    assert!(app.loading.is_none());
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let mut data = tui_fixture::data();
    data.corpus.articles[0].title.insert_str(0, "\u{1b}]0;pwned\u{7}\u{1b}[2J");
    let app = tui_fixture::app_with(std::sync::Arc::new(data), 120, 40);
    let s = screen(&app);
    assert!(!s.contains('\u{1b}'));
    assert!(s.contains('\u{FFFD}'));
}

#[test]
fn a_partial_quotations_reported_clause_is_marked_around_it() {
    use std::sync::Arc;
    let (mut corpus, themes) = tui_fixture::parts();
    // "The Secretary General emphasized that "if talks start, …"": give the
    // fixture's statement the clause the extractor finds around it.
    let text = corpus.articles[0].text.clone();
    let quote = "if talks start, they will not end on day one or day two.";
    let at = text.find(quote).expect("seed holds the quotation");
    let clause = at - 1..at + quote.len() + 1;
    let i = corpus.statements.iter().position(|s| s.spans.first().is_some_and(|r| r.start == at));
    let i = i.expect("fixture has the statement");
    corpus.statements[i].clause = Some(clause);
    let data = onrecord::tui::data::Data::with_themes(corpus, themes, Vec::new());
    let mut app = tui_fixture::app_with(Arc::new(data), 120, 40);
    keys(&mut app, &"j".repeat(i));
    // Monochrome: the quotation is reversed, the clause around it (here the
    // quote marks, which the quotation's span leaves out) underlined too.
    let underlined = highlights(&app, Modifier::UNDERLINED);
    assert!(underlined.contains("emphasized that \"if"), "clause not shown:\n{underlined}");
    assert!(marked(&underlined, "\"if"), "opening quote mark not marked:\n{underlined}");
    assert!(!marked(&underlined, "emphasized"), "the cue is not part of the clause:\n{underlined}");
}

#[test]
fn what_was_not_said_is_marked_in_the_list_and_the_title() {
    use std::sync::Arc;
    let (mut corpus, themes) = tui_fixture::parts();
    // "Rutte did not say that …": the fixture's fourth statement, negated.
    corpus.statements[3].negated = true;
    let data = onrecord::tui::data::Data::with_themes(corpus, themes, Vec::new());
    let mut app = tui_fixture::app_with(Arc::new(data), 120, 40);
    keys(&mut app, "jjj");
    let s = screen(&app);
    assert!(s.contains("not: we have to make sure"), "no mark in the list:\n{s}");
    assert!(s.contains("Mark Rutte · not said"), "no mark in the title:\n{s}");
    // (The others are not marked.)
    assert_eq!(s.matches("not: ").count(), 1, "{s}");
}
