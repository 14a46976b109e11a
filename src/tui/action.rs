//! Input becomes actions: a pure mapping from keys and mouse events, given
//! what has the focus, to what the user means.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// Where keys go at the moment; decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The statement list has the focus.
    List,
    /// The article pane has the focus.
    Context,
    /// The search bar has the focus: printable keys are typed.
    Search,
    /// The compare view.
    Compare,
    /// The themes and trend view.
    Themes,
    /// A picker whose items are filtered by typing.
    PickerTyping,
    /// A picker moved with j/k; in the theme picker `d`, `p` compare.
    Picker,
    /// The help overlay.
    Help,
    /// The load-problems overlay.
    Problems,
}

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Close an overlay, leave a view, or clear the search (Esc).
    Back,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Move the selection (or scroll) by this many rows.
    Move(isize),
    /// Move by this many pages.
    Page(isize),
    /// To the first row.
    Top,
    /// To the last row.
    Bottom,
    /// Next pane.
    FocusNext,
    /// Previous pane.
    FocusPrev,
    /// Enter: open what is selected.
    Activate,
    /// Focus the search bar.
    FocusSearch,
    /// Type a character into the focused text field.
    Type(char),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Move the text cursor left.
    CursorLeft,
    /// Move the text cursor right.
    CursorRight,
    /// Move the text cursor to the start.
    CursorHome,
    /// Move the text cursor to the end.
    CursorEnd,
    /// Ctrl-U: clear the text before the cursor.
    ClearToStart,
    /// Ctrl-W: delete the word before the cursor.
    DeleteWord,
    /// `n`: the article's next statement.
    NextInArticle,
    /// `N`: the article's previous statement.
    PrevInArticle,
    /// `c`: choose themes to compare.
    OpenCompare,
    /// `t`: the themes view with their trend.
    OpenThemes,
    /// `s`: the speaker picker.
    PickSpeaker,
    /// `D`: the date-range picker.
    PickDates,
    /// `K`: the kind picker.
    PickKind,
    /// `x`: clear every filter and the search.
    ClearFilters,
    /// `P`: the load problems.
    ShowProblems,
    /// Space in a picker: choose or unchoose the item.
    Toggle,
    /// `d` in the theme picker: one theme across dates.
    CompareByDate,
    /// `p` in the theme picker: one theme by speaker.
    CompareBySpeaker,
    /// `T` in the compare view: show or hide the trend chart.
    ToggleTrend,
    /// Left mouse button pressed at a cell.
    Click {
        /// Column.
        x: u16,
        /// Row.
        y: u16,
    },
    /// Mouse wheel over a cell: rows to scroll (negative is up).
    Scroll {
        /// Column.
        x: u16,
        /// Row.
        y: u16,
        /// Rows.
        delta: isize,
    },
    /// The terminal changed size.
    Resize(u16, u16),
    /// Ctrl-L: repaint the whole screen (after line noise over SSH).
    Redraw,
}

/// Rows the mouse wheel scrolls per notch.
const WHEEL_ROWS: isize = 3;

/// The action for a terminal event in `mode`, if it means anything.
pub fn from_event(event: &Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(key) => from_key(*key, mode),
        Event::Mouse(mouse) => from_mouse(*mouse),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn from_mouse(m: MouseEvent) -> Option<Action> {
    let (x, y) = (m.column, m.row);
    match m.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { x, y }),
        MouseEventKind::ScrollUp => Some(Action::Scroll { x, y, delta: -WHEEL_ROWS }),
        MouseEventKind::ScrollDown => Some(Action::Scroll { x, y, delta: WHEEL_ROWS }),
        _ => None,
    }
}

/// The action for a key press in `mode`.
pub fn from_key(key: KeyEvent, mode: Mode) -> Option<Action> {
    use Action as A;
    use KeyCode as K;
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    // Raw mode turns Ctrl-C into a key; it always quits.
    if ctrl && key.code == K::Char('c') {
        return Some(A::Quit);
    }
    if ctrl && key.code == K::Char('l') {
        return Some(A::Redraw);
    }
    // Keys that mean the same everywhere.
    let common = match key.code {
        K::Up => Some(A::Move(-1)),
        K::Down => Some(A::Move(1)),
        K::PageUp => Some(A::Page(-1)),
        K::PageDown => Some(A::Page(1)),
        K::Esc => Some(A::Back),
        K::Enter => Some(A::Activate),
        K::Tab => Some(A::FocusNext),
        K::BackTab => Some(A::FocusPrev),
        _ => None,
    };
    let text_field = matches!(mode, Mode::Search | Mode::PickerTyping);
    if text_field {
        let edit = match key.code {
            _ if ctrl => match key.code {
                K::Char('u') => Some(A::ClearToStart),
                K::Char('w') | K::Backspace | K::Char('h') => Some(A::DeleteWord),
                K::Char('a') => Some(A::CursorHome),
                K::Char('e') => Some(A::CursorEnd),
                K::Char('b') => Some(A::CursorLeft),
                K::Char('f') => Some(A::CursorRight),
                K::Char('p') | K::Char('k') => Some(A::Move(-1)),
                K::Char('n') | K::Char('j') => Some(A::Move(1)),
                _ => None,
            },
            K::Char(c) => Some(A::Type(c)),
            K::Backspace => Some(A::Backspace),
            K::Delete => Some(A::Delete),
            K::Left => Some(A::CursorLeft),
            K::Right => Some(A::CursorRight),
            K::Home => Some(A::CursorHome),
            K::End => Some(A::CursorEnd),
            _ => common,
        };
        return edit;
    }
    if ctrl {
        return match key.code {
            K::Char('d') => Some(A::Page(1)),
            K::Char('u') => Some(A::Page(-1)),
            K::Char('n') => Some(A::Move(1)),
            K::Char('p') => Some(A::Move(-1)),
            _ => None,
        };
    }
    let nav = match key.code {
        K::Char('j') => Some(A::Move(1)),
        K::Char('k') => Some(A::Move(-1)),
        K::Char('g') | K::Home => Some(A::Top),
        K::Char('G') | K::End => Some(A::Bottom),
        K::Char('?') => Some(A::ToggleHelp),
        K::Char('q') => Some(A::Quit),
        _ => common,
    };
    match mode {
        Mode::Help | Mode::Problems => match key.code {
            K::Char('q') | K::Char('?') | K::Enter => Some(A::Back),
            _ => nav,
        },
        Mode::Picker => match key.code {
            K::Char(' ') => Some(A::Toggle),
            K::Char('d') => Some(A::CompareByDate),
            K::Char('p') => Some(A::CompareBySpeaker),
            K::Char('q') => Some(A::Back),
            _ => nav,
        },
        Mode::Compare => match key.code {
            K::Char('h') | K::Left => Some(A::FocusPrev),
            K::Char('l') | K::Right => Some(A::FocusNext),
            K::Char('c') => Some(A::OpenCompare),
            K::Char('t') => Some(A::OpenThemes),
            K::Char('T') => Some(A::ToggleTrend),
            _ => nav,
        },
        Mode::Themes => match key.code {
            K::Char('c') => Some(A::OpenCompare),
            K::Char('d') => Some(A::CompareByDate),
            K::Char('p') => Some(A::CompareBySpeaker),
            K::Char('t') => Some(A::Back),
            _ => nav,
        },
        Mode::List | Mode::Context => match key.code {
            K::Char('/') => Some(A::FocusSearch),
            K::Char('n') => Some(A::NextInArticle),
            K::Char('N') => Some(A::PrevInArticle),
            K::Char('c') => Some(A::OpenCompare),
            K::Char('t') => Some(A::OpenThemes),
            K::Char('s') => Some(A::PickSpeaker),
            K::Char('D') => Some(A::PickDates),
            K::Char('K') => Some(A::PickKind),
            K::Char('x') => Some(A::ClearFilters),
            K::Char('P') => Some(A::ShowProblems),
            K::Char('h') | K::Left if mode == Mode::Context => Some(A::FocusPrev),
            K::Char('l') | K::Right if mode == Mode::List => Some(A::FocusNext),
            _ => nav,
        },
        Mode::Search | Mode::PickerTyping => None,
    }
}

/// One line per key for the help overlay: `(keys, what they do)`, grouped
/// under headings (entries with empty keys).
pub const HELP: &[(&str, &str)] = &[
    ("", "Moving"),
    ("↑ ↓  j k", "previous / next statement (or scroll the article)"),
    ("PgUp PgDn  Ctrl-U Ctrl-D", "a page up / down"),
    ("Home End  g G", "first / last"),
    ("Tab  Shift-Tab  ← →", "next / previous pane"),
    ("Enter", "on a statement: read it in its article"),
    ("n  N", "next / previous statement of the article"),
    ("mouse", "click selects (again: picks or marks), the wheel scrolls"),
    ("", "Searching"),
    ("/", "search: every key re-ranks the list"),
    ("Enter", "back to the list, keeping the search"),
    ("Esc", "clear the search"),
    ("Ctrl-U  Ctrl-W", "clear the line / delete a word"),
    ("↑ ↓  Ctrl-P Ctrl-N", "move in the list while typing"),
    ("words", "fuzzy match, every word must match"),
    ("@name", "only this speaker's statements"),
    ("#theme", "only statements of this theme"),
    ("since:2025-02-01", "on or after a date (until: before)"),
    ("", "Filters"),
    ("s", "pick a speaker"),
    ("D", "pick a date range (Space marks the ends)"),
    ("K", "pick a kind: direct, partial, indirect, headline"),
    ("x", "clear every filter and the search"),
    ("", "Themes and comparing"),
    ("c", "choose themes: Space marks, Enter compares them"),
    ("d  p", "in the picker: one theme across dates / by speaker"),
    ("← →  h l", "in the compare view: column to column"),
    ("Enter", "in the compare view: the statement in its article"),
    ("T", "show / hide the trend chart"),
    ("t", "themes and their trend over time"),
    ("", "Other"),
    ("P", "load problems"),
    ("?", "this help"),
    ("Ctrl-L", "repaint the screen"),
    ("Esc", "close an overlay, leave a view"),
    ("q  Ctrl-C", "quit"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn letters_type_in_the_search_bar_but_command_in_the_list() {
        assert_eq!(from_key(key(KeyCode::Char('q')), Mode::Search), Some(Action::Type('q')));
        assert_eq!(from_key(key(KeyCode::Char('q')), Mode::List), Some(Action::Quit));
        assert_eq!(from_key(key(KeyCode::Char('j')), Mode::List), Some(Action::Move(1)));
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let k = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [Mode::List, Mode::Search, Mode::Help, Mode::Compare, Mode::PickerTyping] {
            assert_eq!(from_key(k, mode), Some(Action::Quit));
        }
    }

    #[test]
    fn help_names_every_command_key() {
        let keys: String = HELP.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(" ");
        for k in ["/", "n  N", "s", "D", "K", "x", "c", "d  p", "T", "t", "P", "?", "q"] {
            assert!(keys.contains(k), "help lacks {k}");
        }
    }
}
