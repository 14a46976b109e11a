//! The interface's state, and the one function that changes it.

use std::sync::Arc;

use ratatui::layout::{Position, Rect};

use crate::{
    article::{LoadProgress, Problem},
    compare::{By, Comparison, compare},
    search::{Hit, Query},
};

use super::{
    action::{Action, Mode},
    compare as compare_view, context,
    data::Data,
    layout,
    palette::Palette,
    pickers::{self, Item, Picker, PickerKind},
    searcher::{Filters, Results},
};

/// Hits ranked at first; scrolling near the end asks for more.
pub const FIRST_LIMIT: usize = 2000;

/// Which screen is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The statement list and the article.
    Browse,
    /// Statements side by side.
    Compare,
    /// Themes and their trend.
    Themes,
}

/// Which pane of the browse screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The statement list.
    List,
    /// The article.
    Context,
    /// The search bar.
    Search,
}

/// What is shown over the current screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Every key.
    Help,
    /// What went wrong while loading.
    Problems,
    /// A list to choose from.
    Picker(Picker),
}

/// Loading in progress: what the gauge follows.
#[derive(Debug, Clone, Default)]
pub struct Loading {
    /// Bytes read so far and in all (updated by the loader).
    pub progress: Arc<LoadProgress>,
    /// What the loader is doing now ("reading", "finding statements"...).
    pub stage: String,
}

/// A text field with a cursor (a byte offset on a char boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    /// The text.
    pub text: String,
    /// Byte offset of the cursor.
    pub cursor: usize,
}

impl TextField {
    /// Applies an editing action; returns whether the text changed.
    pub fn edit(&mut self, action: &Action) -> bool {
        let before = self.text.clone();
        let prev = |s: &str, at: usize| s[..at].char_indices().next_back().map_or(0, |(i, _)| i);
        match action {
            Action::Type(c) => {
                self.text.insert(self.cursor, *c);
                self.cursor += c.len_utf8();
            }
            Action::Backspace if self.cursor > 0 => {
                let at = prev(&self.text, self.cursor);
                self.text.replace_range(at..self.cursor, "");
                self.cursor = at;
            }
            Action::Delete if self.cursor < self.text.len() => {
                let next = self.text[self.cursor..]
                    .chars()
                    .next()
                    .map_or(self.cursor, |c| self.cursor + c.len_utf8());
                self.text.replace_range(self.cursor..next, "");
            }
            Action::CursorLeft => self.cursor = prev(&self.text, self.cursor),
            Action::CursorRight => {
                if let Some(c) = self.text[self.cursor..].chars().next() {
                    self.cursor += c.len_utf8();
                }
            }
            Action::CursorHome => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.text.len(),
            Action::ClearToStart => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Action::DeleteWord => {
                let head = &self.text[..self.cursor];
                let trimmed = head.trim_end();
                // (Past the space's own bytes: a no-break or an ideographic
                // space is more than one.)
                let at = trimmed
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                self.text.replace_range(at..self.cursor, "");
                self.cursor = at;
            }
            _ => {}
        }
        self.text != before
    }

    /// Empties the field.
    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }
}

/// The compare view's state.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareState {
    /// What the columns stand for.
    pub by: By,
    /// The themes compared (indexes into `Data::themes`).
    pub themes: Vec<usize>,
    /// The columns.
    pub comparison: Comparison,
    /// The selected column.
    pub column: usize,
    /// The selected row of each column.
    pub rows: Vec<usize>,
    /// Whether the trend chart is shown.
    pub trend: bool,
}

impl CompareState {
    /// The statement selected in the compare view.
    pub fn selected_statement(&self) -> Option<usize> {
        let col = self.comparison.columns.get(self.column)?;
        col.statements.get(*self.rows.get(self.column)?).copied()
    }
}

/// What a held search waits for: it is run the moment that is ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    /// The search index (the query has words to match).
    Index,
    /// The themes (the query has a `#theme`).
    Themes,
}

impl Waiting {
    /// What the status line says meanwhile.
    pub fn note(self) -> &'static str {
        match self {
            Waiting::Index => "indexing…",
            Waiting::Themes => THEMES_COMPUTING,
        }
    }
}

/// What the interface says when themes are asked for before they are found.
pub const THEMES_COMPUTING: &str = "themes: computing…";

/// What the run loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Start a search (superseding any running one).
    Search {
        /// Tags the results.
        generation: u64,
        /// The search bar's text.
        query: String,
        /// The pickers' filters.
        filters: Filters,
        /// Hits to rank and highlight.
        limit: usize,
    },
    /// Repaint every cell of the terminal.
    Redraw,
}

/// Messages from the background threads, turned into state changes.
#[derive(Debug)]
pub enum Event {
    /// Something the user did.
    Action(Action),
    /// The loader moved on to a new stage.
    Stage(String),
    /// The statements are extracted: the list can be shown. The index and
    /// themes may still be on their way (see [`Data`]).
    Loaded(Arc<Data>),
    /// The data's search index is built.
    IndexReady,
    /// The data's themes are found.
    ThemesReady,
    /// A search finished.
    Searched(Results),
}

/// Everything the interface shows, as plain data.
#[derive(Debug)]
pub struct App {
    /// Colours or none.
    pub palette: Palette,
    /// The terminal's size.
    pub size: Rect,
    /// The corpus and what is derived from it (empty while loading).
    pub data: Arc<Data>,
    /// `Some` while loading.
    pub loading: Option<Loading>,
    /// A note for the status line (an unknown theme, an empty comparison).
    pub message: Option<String>,
    /// The screen up.
    pub view: View,
    /// The browse screen's focused pane.
    pub focus: Focus,
    /// What is over the screen.
    pub overlay: Option<Overlay>,
    /// The search bar.
    pub search: TextField,
    /// The pickers' filters.
    pub filters: Filters,
    /// The latest search request's generation.
    pub generation: u64,
    /// The list shown: the latest results received.
    pub results: Results,
    /// Whether a newer search is still running (or held).
    pub searching: bool,
    /// The latest search is held until this is ready.
    pub waiting: Option<Waiting>,
    /// Hits asked of the search: grows as the user scrolls towards the end
    /// of what is listed.
    pub limit: usize,
    /// `G` asked for the last hit before all hits were listed: the search
    /// for the rest is running, and its last hit is selected when it lands.
    pub to_end: bool,
    /// The selected row of the list.
    pub selected: usize,
    /// The first row of the list shown.
    pub list_offset: usize,
    /// The statement shown in the article when it is not the list's selection
    /// (after `n`/`N` or a jump from the compare view).
    pub context_statement: Option<usize>,
    /// The article's first line shown, once the user scrolled it; `None`
    /// scrolls to the statement.
    pub context_scroll: Option<usize>,
    /// The compare view, once opened.
    pub compare: Option<CompareState>,
    /// The selected row of the themes view.
    pub themes_selected: usize,
    /// The first line of the help shown.
    pub help_scroll: usize,
    /// Themes to compare as soon as loading is over (`--compare`).
    pub open_compare: Vec<String>,
    /// How to compare them (`--compare-by`).
    pub open_compare_by: Option<By>,
    /// Set when the user asked to quit.
    pub quit: bool,
}

impl App {
    /// A fresh interface of `size`, waiting for data.
    pub fn new(size: Rect, palette: Palette) -> App {
        App {
            palette,
            size,
            data: Arc::new(Data::default()),
            loading: None,
            message: None,
            view: View::Browse,
            focus: Focus::List,
            overlay: None,
            search: TextField::default(),
            filters: Filters::default(),
            generation: 0,
            results: Results::default(),
            searching: false,
            waiting: None,
            limit: FIRST_LIMIT,
            to_end: false,
            selected: 0,
            list_offset: 0,
            context_statement: None,
            context_scroll: None,
            compare: None,
            themes_selected: 0,
            help_scroll: 0,
            open_compare: Vec::new(),
            open_compare_by: None,
            quit: false,
        }
    }

    /// Where keys go now.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Help) => return Mode::Help,
            Some(Overlay::Problems) => return Mode::Problems,
            Some(Overlay::Picker(p)) if p.kind == PickerKind::Speaker => {
                return Mode::PickerTyping;
            }
            Some(Overlay::Picker(_)) => return Mode::Picker,
            None => {}
        }
        match (self.view, self.focus) {
            (View::Compare, _) => Mode::Compare,
            (View::Themes, _) => Mode::Themes,
            (View::Browse, Focus::List) => Mode::List,
            (View::Browse, Focus::Context) => Mode::Context,
            (View::Browse, Focus::Search) => Mode::Search,
        }
    }

    /// The statement under the list's selection.
    pub fn selected_statement(&self) -> Option<usize> {
        self.results.hits.get(self.selected).map(|h| h.statement)
    }

    /// The statement the article pane shows.
    pub fn current_statement(&self) -> Option<usize> {
        self.context_statement.or_else(|| self.selected_statement())
    }

    /// The hit of statement `i` in the list, if listed.
    pub fn hit_of(&self, i: usize) -> Option<(usize, &Hit)> {
        self.results.hits.iter().enumerate().find(|(_, h)| h.statement == i)
    }

    /// Rows of the list on screen.
    pub fn list_rows(&self) -> usize {
        usize::from(layout::inner(layout::browse(self.size).list).height).max(1)
    }

    /// A search for a changed query or filters: back to the first hits.
    fn new_query(&mut self) -> Option<Command> {
        self.limit = FIRST_LIMIT;
        self.to_end = false;
        self.new_search()
    }

    fn new_search(&mut self) -> Option<Command> {
        self.generation += 1;
        self.searching = true;
        // A query that needs the index or the themes before they are ready
        // is kept, and run when they arrive (see `Event::IndexReady`).
        let query = Query::parse(&self.search.text);
        self.waiting = if query.theme.is_some() && self.data.themes_found().is_none() {
            Some(Waiting::Themes)
        } else if !query.terms().is_empty() && self.data.index().is_none() {
            Some(Waiting::Index)
        } else {
            None
        };
        if self.waiting.is_some() {
            return None;
        }
        Some(Command::Search {
            generation: self.generation,
            query: self.search.text.clone(),
            filters: self.filters.clone(),
            limit: self.limit,
        })
    }

    fn select(&mut self, row: usize) {
        let n = self.results.hits.len();
        self.selected = row.min(n.saturating_sub(1));
        self.context_statement = None;
        self.context_scroll = None;
        let rows = self.list_rows();
        if self.selected < self.list_offset {
            self.list_offset = self.selected;
        } else if self.selected >= self.list_offset + rows {
            self.list_offset = self.selected + 1 - rows;
        }
        self.list_offset = self.list_offset.min(n.saturating_sub(rows));
    }

    fn move_list(&mut self, delta: isize) -> Option<Command> {
        let row = self.selected.saturating_add_signed(delta);
        self.select(row);
        self.more_if_near_end(row)
    }

    /// Asks for more hits when `row` is within a page of the end of those
    /// listed and the search found more.
    fn more_if_near_end(&mut self, row: usize) -> Option<Command> {
        let listed = self.results.hits.len();
        let near = row.saturating_add(self.list_rows()) >= listed;
        if near && listed < self.results.total && self.limit <= listed {
            self.limit = self.limit.saturating_mul(4);
            return self.new_search();
        }
        None
    }

    fn scroll_context(&mut self, delta: isize) {
        let (lines, height, auto) = context::scroll_bounds(self);
        let now = self.context_scroll.unwrap_or(auto);
        let max = lines.saturating_sub(height);
        self.context_scroll = Some(now.saturating_add_signed(delta).min(max));
    }

    /// Shows statement `i` in the article pane, selecting it in the list when
    /// it is listed.
    fn show_statement(&mut self, i: usize) {
        match self.hit_of(i).map(|(row, _)| row) {
            Some(row) => self.select(row),
            None => {
                self.context_statement = Some(i);
                self.context_scroll = None;
            }
        }
    }

    fn step_in_article(&mut self, forward: bool) {
        let Some(cur) = self.current_statement() else { return };
        let statements = &self.data.corpus.statements;
        let article = statements[cur].article;
        let next = if forward {
            statements.get(cur + 1).filter(|s| s.article == article).map(|_| cur + 1)
        } else {
            cur.checked_sub(1).filter(|&p| statements[p].article == article)
        };
        match next {
            Some(n) => {
                self.show_statement(n);
                self.focus = Focus::Context;
            }
            None => {
                self.message = Some(
                    if forward {
                        "last statement of the article"
                    } else {
                        "first statement of the article"
                    }
                    .into(),
                )
            }
        }
    }

    fn open_picker(&mut self, kind: PickerKind) {
        if kind == PickerKind::Themes && self.data.themes_found().is_none() {
            self.message = Some(THEMES_COMPUTING.into());
            return;
        }
        let data = &self.data;
        let items: Vec<Item> = match kind {
            PickerKind::Speaker => {
                data.speakers.iter().map(|(name, n)| Item::new(name.clone(), *n)).collect()
            }
            PickerKind::Kind => {
                data.kinds.iter().map(|(k, n)| Item::new(k.name().to_string(), *n)).collect()
            }
            PickerKind::Dates => {
                data.dates.iter().map(|(d, n)| Item::new(d.to_string(), *n)).collect()
            }
            PickerKind::Themes => data
                .themes()
                .iter()
                .map(|t| {
                    let others: Vec<&str> =
                        t.terms.iter().filter(|x| **x != t.name).map(String::as_str).collect();
                    let label = if others.is_empty() {
                        t.name.clone()
                    } else {
                        format!("{} ({})", t.name, others.join(", "))
                    };
                    Item::new(label, t.statements.len())
                })
                .collect(),
        };
        if items.is_empty() {
            self.message = Some(format!("no {} to choose from", kind.plural()));
            return;
        }
        let mut picker = Picker::new(kind, items);
        // Open on the filter in force, so Enter keeps it.
        let current = match kind {
            PickerKind::Speaker => self.filters.speaker.clone(),
            PickerKind::Kind => self.filters.kind.map(|k| k.name().to_string()),
            _ => None,
        };
        if let Some(row) = current.and_then(|c| picker.items.iter().position(|i| i.label == c)) {
            picker.selected = row;
        }
        if kind == PickerKind::Themes
            && let Some(c) = &self.compare
        {
            for &t in &c.themes {
                if let Some(x) = picker.chosen.get_mut(t) {
                    *x = true;
                }
            }
        }
        self.overlay = Some(Overlay::Picker(picker));
    }

    /// Opens the compare view on `themes` by `by`.
    pub fn open_comparison(&mut self, themes: Vec<usize>, by: By) {
        let chosen: Vec<&crate::themes::Theme> =
            themes.iter().filter_map(|&t| self.data.themes().get(t)).collect();
        let comparison = compare(&self.data.corpus, &chosen, by);
        if comparison.is_empty() {
            self.message = Some("nothing to compare: no statement in those themes".into());
            return;
        }
        let n = comparison.columns.len();
        self.compare =
            Some(CompareState { by, themes, comparison, column: 0, rows: vec![0; n], trend: true });
        self.view = View::Compare;
        self.overlay = None;
    }

    /// Opens the comparison asked for on the command line, once data is in.
    fn open_requested_comparison(&mut self) {
        let names = std::mem::take(&mut self.open_compare);
        let by = self.open_compare_by.take();
        if names.is_empty() && by.is_none() {
            return;
        }
        let mut themes = Vec::new();
        let mut unknown = Vec::new();
        for name in &names {
            match self.data.theme_named(name) {
                Some(t) => themes.push(t),
                None => unknown.push(name.as_str()),
            }
        }
        if !unknown.is_empty() {
            let known: Vec<&str> =
                self.data.themes().iter().take(8).map(|t| t.name.as_str()).collect();
            self.message = Some(format!(
                "unknown theme {}; themes here: {}",
                unknown.join(", "),
                if known.is_empty() { "none".to_string() } else { known.join(", ") }
            ));
        }
        let by = by.unwrap_or(By::Theme);
        if themes.is_empty() && by == By::Theme {
            if unknown.is_empty() {
                self.message = Some("give themes to compare: --compare a,b".into());
            }
            return;
        }
        self.open_comparison(themes, by);
    }

    fn apply_picker(&mut self, picker: Picker) -> Option<Command> {
        let chosen = picker.chosen_or_selected();
        match picker.kind {
            PickerKind::Speaker => {
                self.filters.speaker =
                    chosen.first().and_then(|&i| self.data.speakers.get(i)).map(|s| s.0.clone());
            }
            PickerKind::Kind => {
                self.filters.kind =
                    chosen.first().and_then(|&i| self.data.kinds.get(i)).map(|k| k.0);
            }
            PickerKind::Dates => {
                let dates: Vec<_> =
                    chosen.iter().filter_map(|&i| self.data.dates.get(i)).map(|d| d.0).collect();
                self.filters.since = dates.iter().min().copied();
                self.filters.until = dates.iter().max().copied();
            }
            PickerKind::Themes => {
                let by = if chosen.len() == 1 { By::Date } else { By::Theme };
                self.open_comparison(chosen, by);
                return None;
            }
        }
        self.view = View::Browse;
        self.new_query()
    }

    fn click(&mut self, x: u16, y: u16) {
        let at = Position { x, y };
        match self.view {
            View::Browse => {
                let areas = layout::browse(self.size);
                if areas.search.contains(at) {
                    self.focus = Focus::Search;
                } else if layout::inner(areas.list).contains(at) {
                    self.focus = Focus::List;
                    let row = self.list_offset + usize::from(y - layout::inner(areas.list).y);
                    if row < self.results.hits.len() {
                        self.select(row);
                    }
                } else if areas.context.contains(at) {
                    self.focus = Focus::Context;
                }
            }
            View::Compare => {
                if let Some((col, row)) = compare_view::hit_test(self, at)
                    && let Some(c) = &mut self.compare
                {
                    c.column = col;
                    if let Some(r) = c.rows.get_mut(col) {
                        *r = row;
                    }
                }
            }
            View::Themes => {}
        }
    }

    /// Applies `event`; returns what the run loop must start.
    pub fn update(&mut self, event: Event) -> Option<Command> {
        match event {
            Event::Action(action) => self.act(action),
            Event::Stage(stage) => {
                if let Some(l) = &mut self.loading {
                    l.stage = stage;
                }
                None
            }
            Event::Loaded(data) => {
                self.loading = None;
                self.data = data;
                if self.data.corpus.articles.is_empty() {
                    self.message = Some(match self.data.problems.first() {
                        Some(p) => format!("nothing loaded: {p}"),
                        None => "nothing loaded: no articles found".into(),
                    });
                }
                if self.data.themes_found().is_some() {
                    self.open_requested_comparison();
                } else if self.message.is_none()
                    && (!self.open_compare.is_empty() || self.open_compare_by.is_some())
                {
                    self.message = Some(THEMES_COMPUTING.into());
                }
                self.new_search()
            }
            Event::IndexReady => self.run_held(Waiting::Index),
            Event::ThemesReady => {
                if self.message.as_deref() == Some(THEMES_COMPUTING) {
                    self.message = None;
                }
                self.open_requested_comparison();
                self.run_held(Waiting::Themes)
            }
            Event::Searched(results) => {
                if results.generation != self.generation {
                    return None; // superseded while it ran
                }
                self.searching = false;
                // At the top, the selection follows the best match; moved
                // down, it stays on its statement while that is listed.
                let keep = self.selected_statement().filter(|_| self.selected > 0);
                self.results = results;
                let row = if std::mem::take(&mut self.to_end) {
                    self.results.hits.len().saturating_sub(1)
                } else {
                    keep.and_then(|s| self.results.hits.iter().position(|h| h.statement == s))
                        .unwrap_or(0)
                };
                if row == 0 {
                    self.list_offset = 0;
                }
                let context = self.context_statement;
                self.select(row);
                if context.is_some() && keep.is_none() {
                    self.context_statement = context;
                }
                None
            }
        }
    }

    /// Runs the held search once what it waited for, `ready`, is there (it
    /// may wait for the other part still).
    fn run_held(&mut self, ready: Waiting) -> Option<Command> {
        if self.waiting == Some(ready) { self.new_search() } else { None }
    }

    fn act(&mut self, action: Action) -> Option<Command> {
        self.message = None;
        if let Action::Resize(w, h) = action {
            self.size = Rect::new(0, 0, w, h);
            let row = self.selected;
            self.select(row);
            return None;
        }
        if action == Action::Quit {
            self.quit = true;
            return None;
        }
        if action == Action::Redraw {
            return Some(Command::Redraw);
        }
        if action == Action::ToggleHelp && !matches!(self.mode(), Mode::Search | Mode::PickerTyping)
        {
            self.overlay = match self.overlay {
                Some(Overlay::Help) => None,
                _ => Some(Overlay::Help),
            };
            self.help_scroll = 0;
            return None;
        }
        match self.overlay.take() {
            Some(Overlay::Help) => {
                match action {
                    Action::Back => {}
                    Action::Move(d) | Action::Page(d) | Action::Scroll { delta: d, .. } => {
                        self.help_scroll = self.help_scroll.saturating_add_signed(d);
                        self.overlay = Some(Overlay::Help);
                    }
                    Action::Top => self.overlay = Some(Overlay::Help),
                    _ => self.overlay = Some(Overlay::Help),
                }
                if action == Action::Top {
                    self.help_scroll = 0;
                }
                return None;
            }
            Some(Overlay::Problems) => {
                match action {
                    Action::Back => {}
                    Action::Move(d) | Action::Page(d) | Action::Scroll { delta: d, .. } => {
                        self.help_scroll = self.help_scroll.saturating_add_signed(d);
                        self.overlay = Some(Overlay::Problems);
                    }
                    _ => self.overlay = Some(Overlay::Problems),
                }
                return None;
            }
            Some(Overlay::Picker(mut picker)) => {
                return match action {
                    Action::Back => None,
                    Action::Activate => self.apply_picker(picker),
                    Action::CompareByDate | Action::CompareBySpeaker
                        if picker.kind == PickerKind::Themes =>
                    {
                        let by =
                            if action == Action::CompareByDate { By::Date } else { By::Speaker };
                        self.open_comparison(picker.chosen_or_selected(), by);
                        None
                    }
                    Action::Click { x, y } => {
                        let row = pickers::hit_test(self.size, &picker, Position { x, y });
                        match row {
                            // A click on the selected row picks it, or marks
                            // it in a picker of several (themes, dates).
                            Some(row) if row == picker.selected => {
                                if !matches!(picker.kind, PickerKind::Themes | PickerKind::Dates) {
                                    return self.apply_picker(picker);
                                }
                                picker.act(&Action::Toggle);
                                picker.selected = row;
                            }
                            Some(row) => picker.selected = row,
                            None => {}
                        }
                        self.overlay = Some(Overlay::Picker(picker));
                        None
                    }
                    other => {
                        picker.act(&other);
                        self.overlay = Some(Overlay::Picker(picker));
                        None
                    }
                };
            }
            None => {}
        }
        match self.view {
            View::Browse => self.act_browse(action),
            View::Compare => self.act_compare(action),
            View::Themes => self.act_themes(action),
        }
    }

    fn act_common(&mut self, action: &Action) -> Option<Command> {
        match action {
            Action::OpenCompare => self.open_picker(PickerKind::Themes),
            Action::OpenThemes => {
                self.view = View::Themes;
            }
            Action::PickSpeaker => self.open_picker(PickerKind::Speaker),
            Action::PickDates => self.open_picker(PickerKind::Dates),
            Action::PickKind => self.open_picker(PickerKind::Kind),
            Action::ShowProblems => {
                self.help_scroll = 0;
                self.overlay = Some(Overlay::Problems);
            }
            Action::ClearFilters => {
                self.filters = Filters::default();
                self.search.clear();
                return self.new_query();
            }
            _ => {}
        }
        None
    }

    fn act_browse(&mut self, action: Action) -> Option<Command> {
        let page = self.list_rows() as isize;
        if self.focus == Focus::Search {
            return match action {
                Action::Activate => {
                    self.focus = Focus::List;
                    None
                }
                Action::Back => {
                    self.focus = Focus::List;
                    self.search.clear();
                    self.new_query()
                }
                Action::Move(d) => self.move_list(d),
                Action::Page(d) => self.move_list(d * page),
                Action::FocusNext => {
                    self.focus = Focus::List;
                    None
                }
                Action::FocusPrev => {
                    self.focus = Focus::Context;
                    None
                }
                Action::Click { x, y } => {
                    self.click(x, y);
                    None
                }
                Action::Scroll { .. } => self.act_browse_scroll(action),
                edit => {
                    if self.search.edit(&edit) {
                        self.new_query()
                    } else {
                        None
                    }
                }
            };
        }
        match action {
            Action::Back => {
                if !self.search.text.is_empty() {
                    self.search.clear();
                    return self.new_query();
                }
                if self.focus == Focus::Context {
                    self.focus = Focus::List;
                }
            }
            Action::FocusSearch => {
                self.focus = Focus::Search;
                self.search.cursor = self.search.text.len();
            }
            Action::FocusNext | Action::FocusPrev => {
                let forward = action == Action::FocusNext;
                self.focus = match (self.focus, forward) {
                    (Focus::List, true) => Focus::Context,
                    (Focus::Context, true) => Focus::Search,
                    (Focus::List, false) => Focus::Search,
                    (_, false) => Focus::List,
                    (Focus::Search, true) => Focus::List,
                };
            }
            Action::Activate => {
                if self.focus == Focus::List {
                    self.focus = Focus::Context;
                }
            }
            Action::Move(d) => match self.focus {
                Focus::Context => self.scroll_context(d),
                _ => return self.move_list(d),
            },
            Action::Page(d) => match self.focus {
                Focus::Context => {
                    let h = usize::from(layout::inner(layout::browse(self.size).context).height);
                    self.scroll_context(d * h.saturating_sub(1).max(1) as isize)
                }
                _ => return self.move_list(d * page),
            },
            Action::Top => match self.focus {
                Focus::Context => self.context_scroll = Some(0),
                _ => self.select(0),
            },
            Action::Bottom => match self.focus {
                Focus::Context => self.scroll_context(isize::MAX / 2),
                _ => {
                    let last = self.results.hits.len().saturating_sub(1);
                    self.select(last);
                    if self.results.total > self.results.hits.len() {
                        // Everything, and the last of it once it is here:
                        // one G reaches the true end, as in a pager.
                        self.limit = self.results.total;
                        self.to_end = true;
                        return self.new_search();
                    }
                }
            },
            Action::NextInArticle => self.step_in_article(true),
            Action::PrevInArticle => self.step_in_article(false),
            Action::Click { x, y } => self.click(x, y),
            Action::Scroll { .. } => return self.act_browse_scroll(action),
            other => return self.act_common(&other),
        }
        None
    }

    fn act_browse_scroll(&mut self, action: Action) -> Option<Command> {
        let Action::Scroll { x, y, delta } = action else { return None };
        let areas = layout::browse(self.size);
        let at = Position { x, y };
        if areas.context.contains(at) {
            self.scroll_context(delta);
        } else if areas.list.contains(at) {
            // The wheel scrolls the list; the selection follows only when it
            // would leave the screen.
            let n = self.results.hits.len();
            let rows = self.list_rows();
            self.list_offset =
                self.list_offset.saturating_add_signed(delta).min(n.saturating_sub(rows));
            let row = self.selected.clamp(self.list_offset, self.list_offset + rows - 1);
            if row != self.selected {
                self.select(row);
            }
        }
        None
    }

    fn act_compare(&mut self, action: Action) -> Option<Command> {
        let Some(c) = &mut self.compare else {
            self.view = View::Browse;
            return None;
        };
        let n = c.comparison.columns.len();
        let len = |c: &CompareState| {
            c.comparison.columns.get(c.column).map_or(0, |col| col.statements.len())
        };
        let set_row = |c: &mut CompareState, row: isize| {
            let max = len(c).saturating_sub(1) as isize;
            if let Some(r) = c.rows.get_mut(c.column) {
                *r = row.clamp(0, max.max(0)) as usize;
            }
        };
        let row = c.rows.get(c.column).copied().unwrap_or(0) as isize;
        match action {
            Action::Back => self.view = View::Browse,
            Action::FocusNext => c.column = (c.column + 1).min(n.saturating_sub(1)),
            Action::FocusPrev => c.column = c.column.saturating_sub(1),
            Action::Move(d) => set_row(c, row + d),
            Action::Page(d) => set_row(c, row + d * 5),
            Action::Top => set_row(c, 0),
            Action::Bottom => set_row(c, isize::MAX / 2),
            Action::ToggleTrend => c.trend = !c.trend,
            Action::Activate => {
                if let Some(s) = c.selected_statement() {
                    self.view = View::Browse;
                    self.focus = Focus::Context;
                    self.show_statement(s);
                }
            }
            Action::Click { x, y } => self.click(x, y),
            Action::Scroll { delta, .. } => set_row(c, row + delta.signum()),
            other => return self.act_common(&other),
        }
        None
    }

    fn act_themes(&mut self, action: Action) -> Option<Command> {
        let n = self.data.themes().len();
        let set = |app: &mut App, row: isize| {
            app.themes_selected = row.clamp(0, n.saturating_sub(1) as isize) as usize;
        };
        let row = self.themes_selected as isize;
        match action {
            Action::Back => self.view = View::Browse,
            Action::Move(d) => set(self, row + d),
            Action::Page(d) => set(self, row + d * 10),
            Action::Top => set(self, 0),
            Action::Bottom => set(self, n as isize),
            Action::Scroll { delta, .. } => set(self, row + delta.signum()),
            Action::Activate | Action::CompareByDate if n > 0 => {
                self.open_comparison(vec![self.themes_selected], By::Date)
            }
            Action::CompareBySpeaker if n > 0 => {
                self.open_comparison(vec![self.themes_selected], By::Speaker)
            }
            Action::OpenThemes => self.view = View::Browse,
            other => return self.act_common(&other),
        }
        None
    }

    /// Load problems, for the status line and the overlay.
    pub fn problems(&self) -> &[Problem] {
        &self.data.problems
    }
}
