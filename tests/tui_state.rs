//! Key sequences → state: what the user does, and what the interface holds
//! afterwards.

mod tui_fixture;

use std::sync::Arc;

use onrecord::tui::{
    action::Action,
    app::{App, Command, Event, Focus, Overlay, View, Waiting},
    data::Data,
};
use tui_fixture::{app, app_with, keys, parts, run, screen};

fn listed(app: &onrecord::tui::app::App) -> Vec<usize> {
    app.results.hits.iter().map(|h| h.statement).collect()
}

#[test]
fn opens_on_every_statement_with_the_first_selected() {
    let app = app(120, 40);
    assert_eq!(listed(&app), (0..9).collect::<Vec<_>>());
    assert_eq!(app.selected_statement(), Some(0));
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn typing_a_query_narrows_the_list_and_enter_keeps_it() {
    let mut app = app(120, 40);
    keys(&mut app, "/munich tomorrow");
    assert_eq!(app.focus, Focus::Search);
    assert_eq!(app.search.text, "munich tomorrow");
    assert_eq!(listed(&app).first(), Some(&4), "the Munich statement ranks first");
    assert!(!app.results.hits[0].positions.is_empty());
    keys(&mut app, "<enter>");
    assert_eq!(app.focus, Focus::List);
    assert_eq!(app.search.text, "munich tomorrow");
    keys(&mut app, "/<esc>");
    assert_eq!(app.search.text, "");
    assert_eq!(listed(&app).len(), 9);
}

#[test]
fn ctrl_w_deletes_a_word_and_ctrl_u_the_line() {
    let mut app = app(120, 40);
    keys(&mut app, "/outcome durable<c-w>");
    assert_eq!(app.search.text, "outcome ");
    keys(&mut app, "dur<c-u>");
    assert_eq!(app.search.text, "");
    assert_eq!(app.search.cursor, 0);
}

#[test]
fn ctrl_w_after_a_space_of_several_bytes_keeps_the_cursor_on_a_boundary() {
    use onrecord::tui::action::Action;
    use onrecord::tui::app::TextField;
    // (A no-break space is two bytes: the word after it goes, not half of
    // the space.)
    let mut field = TextField::default();
    for c in "s\u{a0}A".chars() {
        field.edit(&Action::Type(c));
    }
    assert!(field.edit(&Action::DeleteWord));
    assert_eq!((field.text.as_str(), field.cursor), ("s\u{a0}", 3));
}

#[test]
fn selection_stays_on_its_statement_while_results_change() {
    let mut app = app(120, 40);
    keys(&mut app, "jjj"); // statement 3: "…the outcome is seen as enduring."
    assert_eq!(app.selected_statement(), Some(3));
    keys(&mut app, "/outcome");
    assert_eq!(app.selected_statement(), Some(3), "still listed, so still selected");
    keys(&mut app, " zzzz");
    assert!(app.results.hits.is_empty());
    assert_eq!(app.selected_statement(), None);
}

#[test]
fn an_unmoved_selection_follows_the_best_match() {
    let mut app = app(120, 40);
    // Statement 0 (selected at the start) matches, but not best.
    keys(&mut app, "/outcome durable");
    let listed = listed(&app);
    assert!(listed.contains(&0) && listed[0] != 0, "{listed:?}");
    assert_eq!(app.selected, 0);
    assert_eq!(app.selected_statement(), Some(listed[0]));
}

#[test]
fn a_superseded_search_is_ignored() {
    let mut app = app(120, 40);
    let stale = onrecord::tui::searcher::Results { generation: 0, hits: Vec::new(), total: 0 };
    keys(&mut app, "/m");
    let shown = listed(&app);
    app.update(Event::Searched(stale));
    assert_eq!(listed(&app), shown);
}

#[test]
fn navigation_keys_move_and_clamp() {
    let mut app = app(120, 40);
    keys(&mut app, "G");
    assert_eq!(app.selected, 8);
    keys(&mut app, "j<down>");
    assert_eq!(app.selected, 8);
    keys(&mut app, "g");
    assert_eq!(app.selected, 0);
    keys(&mut app, "<pgdn>");
    assert_eq!(app.selected, 8);
    keys(&mut app, "<pgup><end>k<home>");
    assert_eq!(app.selected, 0);
}

#[test]
fn tab_cycles_panes_and_enter_focuses_the_article() {
    let mut app = app(120, 40);
    keys(&mut app, "<tab>");
    assert_eq!(app.focus, Focus::Context);
    keys(&mut app, "<tab>");
    assert_eq!(app.focus, Focus::Search);
    keys(&mut app, "<tab>");
    assert_eq!(app.focus, Focus::List);
    keys(&mut app, "<btab>");
    assert_eq!(app.focus, Focus::Search);
    keys(&mut app, "<esc>j<enter>");
    assert_eq!(app.focus, Focus::Context);
    assert_eq!(app.current_statement(), Some(1));
}

#[test]
fn n_and_shift_n_step_through_the_article() {
    let mut app = app(120, 40);
    keys(&mut app, "<enter>nn");
    assert_eq!(app.current_statement(), Some(2));
    keys(&mut app, "N");
    assert_eq!(app.current_statement(), Some(1));
    keys(&mut app, "nnnn");
    assert_eq!(app.current_statement(), Some(4), "stops at the article's last statement");
    assert!(app.message.is_some());
}

#[test]
fn n_reaches_statements_the_search_left_out() {
    let mut app = app(120, 40);
    keys(&mut app, "/munich tomorrow<enter>");
    let first = app.selected_statement();
    assert_eq!(first, Some(4));
    keys(&mut app, "N");
    assert_eq!(app.current_statement(), Some(3));
}

#[test]
fn escape_closes_the_help_before_q_quits() {
    let mut app = app(120, 40);
    keys(&mut app, "?");
    assert_eq!(app.overlay, Some(Overlay::Help));
    keys(&mut app, "<esc>");
    assert_eq!(app.overlay, None);
    assert!(!app.quit);
    keys(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn ctrl_c_quits_even_while_typing() {
    let mut app = app(120, 40);
    keys(&mut app, "/mun<c-c>");
    assert!(app.quit);
}

#[test]
fn speaker_picker_filters_and_x_clears() {
    let mut app = app(120, 40);
    keys(&mut app, "s");
    assert!(matches!(app.overlay, Some(Overlay::Picker(_))));
    keys(&mut app, "hegs<enter>");
    assert_eq!(app.filters.speaker.as_deref(), Some("Pete Hegseth"));
    assert_eq!(listed(&app), vec![5, 6]);
    keys(&mut app, "x");
    assert_eq!(app.filters.speaker, None);
    assert_eq!(listed(&app).len(), 9);
}

/// Clicks at the screen row where `picker` draws its visible row `row`.
fn click_picker_row(app: &mut App, row: usize) {
    use onrecord::tui::pickers::hit_test;
    use ratatui::layout::Position;
    let Some(Overlay::Picker(picker)) = &app.overlay else { panic!("no picker open") };
    let size = app.size;
    let y = (0..size.height)
        .find(|&y| hit_test(size, picker, Position { x: size.width / 2, y }) == Some(row))
        .unwrap_or_else(|| panic!("row {row} not drawn"));
    let command = app.update(Event::Action(Action::Click { x: size.width / 2, y }));
    run(app, command);
}

#[test]
fn clicks_in_pickers_select_then_pick() {
    let mut app = app(120, 40);
    keys(&mut app, "s");
    click_picker_row(&mut app, 1);
    let Some(Overlay::Picker(picker)) = &app.overlay else { panic!("the first click closed it") };
    assert_eq!(picker.selected, 1);
    let second = picker.items[picker.visible()[1]].label.clone();
    // A click on the selected row picks it, as Enter does.
    click_picker_row(&mut app, 1);
    assert!(app.overlay.is_none());
    assert_eq!(app.filters.speaker.as_deref(), Some(second.as_str()));
    // In the themes picker a click on the selected row marks it instead.
    keys(&mut app, "xc");
    click_picker_row(&mut app, 0);
    let Some(Overlay::Picker(picker)) = &app.overlay else { panic!("themes picker closed") };
    assert!(picker.chosen[picker.visible()[0]]);
    // A click outside the rows changes nothing.
    let command = app.update(Event::Action(Action::Click { x: 0, y: 0 }));
    run(&mut app, command);
    assert!(matches!(app.overlay, Some(Overlay::Picker(_))));
}

#[test]
fn kind_and_date_pickers_filter() {
    let mut app = app(120, 40);
    keys(&mut app, "K<enter>"); // the first kind listed: direct
    assert_eq!(listed(&app), (1..9).collect::<Vec<_>>());
    keys(&mut app, "xD<down><enter>");
    assert_eq!(app.filters.since.map(|d| d.to_string()).as_deref(), Some("2025-02-20"));
    assert_eq!(listed(&app), vec![5, 6, 7, 8]);
}

#[test]
fn query_syntax_filters_by_speaker_theme_and_date() {
    let mut app = app(120, 40);
    keys(&mut app, "/@kallas");
    assert_eq!(listed(&app), vec![7, 8]);
    keys(&mut app, "<c-u>#united");
    assert_eq!(listed(&app), vec![1, 5, 8]);
    keys(&mut app, "<c-u>until:2025-02-13 #durable");
    assert_eq!(listed(&app), vec![0, 1, 3]);
    keys(&mut app, "<c-u>#nosuchtheme");
    assert!(listed(&app).is_empty());
}

#[test]
fn compare_picker_opens_columns_and_enter_jumps_to_the_article() {
    let mut app = app(120, 40);
    keys(&mut app, "c");
    keys(&mut app, "<space><space><enter>");
    assert_eq!(app.view, View::Compare);
    let c = app.compare.as_ref().expect("compare view open");
    assert_eq!(c.comparison.columns.len(), 2);
    keys(&mut app, "ljj<enter>");
    assert_eq!(app.view, View::Browse);
    assert_eq!(app.focus, Focus::Context);
    assert!(app.current_statement().is_some());
}

#[test]
fn compare_by_date_for_one_theme() {
    let mut app = app(120, 40);
    keys(&mut app, "cd");
    let c = app.compare.as_ref().expect("compare view open");
    assert_eq!(c.by, onrecord::compare::By::Date);
    keys(&mut app, "<esc>");
    assert_eq!(app.view, View::Browse);
}

#[test]
fn command_line_compare_opens_once_loaded() {
    let mut app = onrecord::tui::app::App::new(
        ratatui::layout::Rect::new(0, 0, 120, 40),
        onrecord::tui::palette::Palette::MONO,
    );
    app.open_compare = vec!["durable".into(), "united".into()];
    let command = app.update(Event::Loaded(std::sync::Arc::new(tui_fixture::data())));
    run(&mut app, command);
    assert_eq!(app.view, View::Compare);
    let keys: Vec<&str> = app
        .compare
        .as_ref()
        .map(|c| c.comparison.columns.iter().map(|c| c.key.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(keys, ["durable", "united"]);
}

#[test]
fn unknown_compare_theme_is_reported_not_fatal() {
    let mut app = onrecord::tui::app::App::new(
        ratatui::layout::Rect::new(0, 0, 120, 40),
        onrecord::tui::palette::Palette::MONO,
    );
    app.open_compare = vec!["nonsense".into()];
    let command = app.update(Event::Loaded(std::sync::Arc::new(tui_fixture::data())));
    run(&mut app, command);
    assert_eq!(app.view, View::Browse);
    assert!(app.message.as_deref().is_some_and(|m| m.contains("nonsense")));
}

#[test]
fn mouse_click_selects_and_wheel_scrolls() {
    let mut app = app(120, 40);
    // Row 2 of the screen is the list's first row (search bar, border).
    let command = app.update(Event::Action(Action::Click { x: 10, y: 5 }));
    run(&mut app, command);
    assert_eq!(app.selected, 3);
    app.update(Event::Action(Action::Scroll { x: 100, y: 10, delta: 3 }));
    assert_eq!(app.context_scroll, Some(app.context_scroll.unwrap_or(0)));
    assert!(app.context_scroll.is_some());
}

#[test]
fn resize_keeps_the_selection_visible() {
    let mut app = app(120, 40);
    keys(&mut app, "G");
    app.update(Event::Action(Action::Resize(60, 14)));
    let rows = app.list_rows();
    assert!(app.selected >= app.list_offset && app.selected < app.list_offset + rows);
}

#[test]
fn the_seed_sample_finds_the_munich_statement() {
    // The real pipeline on the bundled samples, not the fixture.
    let report = onrecord::article::load_samples();
    let corpus = onrecord::Corpus::from_articles(report.articles);
    let data = onrecord::tui::data::Data::new(corpus, report.problems);
    let mut app = tui_fixture::app_with(std::sync::Arc::new(data), 120, 40);
    assert!(!app.results.hits.is_empty());
    keys(&mut app, "/munich tomorrow");
    let top = app.selected_statement().expect("a match");
    assert!(app.data.corpus.text_of(top).contains("Munich tomorrow"));
}

/// An app over the fixture's statements with neither the index nor the
/// themes built yet, as the loader hands it over; and that data, to build
/// them on.
fn app_before_index_and_themes() -> (App, Arc<Data>) {
    let (corpus, _) = parts();
    let data = Arc::new(Data::counted(corpus, Vec::new()));
    (app_with(data.clone(), 120, 40), data)
}

#[test]
fn the_list_shows_before_the_index_and_themes_are_ready() {
    let (app, data) = app_before_index_and_themes();
    assert!(data.index().is_none() && data.themes_found().is_none());
    assert_eq!(listed(&app), (0..9).collect::<Vec<_>>());
    assert!(!app.searching);
    assert!(screen(&app).contains("Statements 9/9"), "{}", screen(&app));
}

#[test]
fn a_query_typed_before_the_index_is_ready_runs_when_it_arrives() {
    let (mut app, data) = app_before_index_and_themes();
    keys(&mut app, "/munich tomorrow");
    assert_eq!(app.search.text, "munich tomorrow");
    assert_eq!(app.waiting, Some(Waiting::Index));
    assert!(app.searching);
    assert_eq!(listed(&app).len(), 9, "the list stays until the query can run");
    assert!(screen(&app).contains("indexing…"), "{}", screen(&app));

    data.build_index();
    let command = app.update(Event::IndexReady);
    match &command {
        Some(Command::Search { query, .. }) => assert_eq!(query, "munich tomorrow"),
        other => panic!("the held query runs once the index is ready, not {other:?}"),
    }
    run(&mut app, command);
    assert_eq!(app.waiting, None);
    assert!(!app.searching);
    assert_eq!(listed(&app).first(), Some(&4), "the Munich statement ranks first");
    assert!(!screen(&app).contains("indexing…"));
    // The themes arriving later changes nothing for a query without #theme.
    assert_eq!(app.update(Event::ThemesReady), None);
}

#[test]
fn only_the_latest_held_query_runs() {
    let (mut app, data) = app_before_index_and_themes();
    keys(&mut app, "/munich<c-u>outcome");
    data.build_index();
    let command = app.update(Event::IndexReady);
    assert!(matches!(&command, Some(Command::Search { query, .. }) if query == "outcome"));
    run(&mut app, command);
    assert!(listed(&app).contains(&3));
}

#[test]
fn filters_without_words_run_before_the_index_is_ready() {
    let (mut app, _data) = app_before_index_and_themes();
    keys(&mut app, "/@kallas");
    assert_eq!(app.waiting, None);
    assert_eq!(listed(&app), vec![7, 8]);
}

#[test]
fn themes_asked_for_before_they_are_found_say_so() {
    let (mut app, data) = app_before_index_and_themes();
    data.build_index();
    app.update(Event::IndexReady);
    keys(&mut app, "c");
    assert!(app.overlay.is_none());
    assert_eq!(app.message.as_deref(), Some("themes: computing…"));
    keys(&mut app, "t");
    assert_eq!(app.view, View::Themes);
    assert!(screen(&app).contains("themes: computing…"), "{}", screen(&app));
    keys(&mut app, "<enter>jk<esc>");
    assert_eq!(app.view, View::Browse);

    keys(&mut app, "/#united");
    assert_eq!(app.waiting, Some(Waiting::Themes));
    assert!(screen(&app).contains("themes: computing…"), "{}", screen(&app));
    let (_, themes) = parts();
    data.set_themes(themes);
    let command = app.update(Event::ThemesReady);
    assert!(matches!(&command, Some(Command::Search { query, .. }) if query == "#united"));
    run(&mut app, command);
    assert_eq!(listed(&app), vec![1, 5, 8]);
    assert!(screen(&app).contains("#united"), "tags show once themes are found");
}

#[test]
fn command_line_compare_waits_for_the_themes() {
    let mut app =
        App::new(ratatui::layout::Rect::new(0, 0, 120, 40), onrecord::tui::palette::Palette::MONO);
    app.open_compare = vec!["durable".into(), "united".into()];
    let (corpus, themes) = parts();
    let data = Arc::new(Data::counted(corpus, Vec::new()));
    let command = app.update(Event::Loaded(data.clone()));
    run(&mut app, command);
    assert_eq!(app.view, View::Browse);
    assert_eq!(app.message.as_deref(), Some("themes: computing…"));
    data.set_themes(themes);
    let command = app.update(Event::ThemesReady);
    run(&mut app, command);
    assert_eq!(app.view, View::Compare);
    assert!(app.message.is_none(), "{:?}", app.message);
    assert_eq!(app.compare.as_ref().map(|c| c.comparison.columns.len()), Some(2));
}

#[test]
fn tags_and_trends_match_the_themes_they_come_from() {
    // The real pipeline on the bundled samples: tags are each statement's
    // themes, most telling first; a trend counts as `themes::trend` does.
    let report = onrecord::article::load_samples();
    let corpus = onrecord::Corpus::from_articles(report.articles);
    let data = Data::new(corpus, Vec::new());
    let found = data.themes_found().expect("Data::new finds the themes");
    let corpus = &data.corpus;
    assert!(!found.list.is_empty());
    for i in 0..corpus.statements.len() {
        let want: Vec<u32> = (0..found.list.len() as u32)
            .filter(|&t| found.list[t as usize].statement_indexes().any(|s| s == i))
            .collect();
        assert_eq!(data.tags_of(i), want.as_slice(), "statement {i}");
    }
    assert!(data.tags_of(corpus.statements.len()).is_empty());
    let bucket = onrecord::themes::Bucket::for_dates(&onrecord::themes::corpus_dates(corpus));
    assert_eq!(found.period_name, bucket.name());
    for (t, theme) in found.list.iter().enumerate() {
        let want = onrecord::themes::trend(corpus, theme, bucket);
        let keys: Vec<&str> = want.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(found.periods, keys);
        let counts: Vec<usize> = want.iter().map(|&(_, n)| n).collect();
        assert_eq!(found.trend(t), Some(counts), "theme {}", theme.name);
    }
    assert_eq!(found.trend(found.list.len()), None);
}

#[test]
fn one_g_reaches_the_last_of_more_hits_than_first_listed() {
    use onrecord::tui::app::FIRST_LIMIT;
    // The fixture's statements over and over: more than the first search lists.
    let (mut corpus, themes) = parts();
    let one_round = corpus.statements.clone();
    while corpus.statements.len() <= FIRST_LIMIT + 100 {
        corpus.statements.extend(one_round.iter().cloned());
    }
    let total = corpus.statements.len();
    let mut app = app_with(Arc::new(Data::with_themes(corpus, themes, Vec::new())), 120, 40);
    assert_eq!(app.results.hits.len(), FIRST_LIMIT);
    keys(&mut app, "G");
    assert_eq!(app.results.hits.len(), total);
    assert_eq!(
        app.selected,
        total - 1,
        "the true last row, not the last of the first {FIRST_LIMIT}"
    );
    keys(&mut app, "g");
    assert_eq!(app.selected, 0);
}
