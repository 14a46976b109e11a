//! Where each part of the screen goes, as a pure function of the terminal
//! size, shared by drawing and by mouse handling so a click lands where the
//! user saw it.

use ratatui::layout::{Constraint, Layout, Rect};

/// Narrower than this, the list and the article stack.
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 100;
/// Smaller than this, only a "too small" message is shown.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 12;

/// Whether `area` is too small for anything but a message.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The parts of the browse screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Browse {
    /// The search bar (one line).
    pub search: Rect,
    /// The statement list, borders included.
    pub list: Rect,
    /// The article, borders included.
    pub context: Rect,
    /// The status line.
    pub status: Rect,
}

/// Splits `area` for browsing: side by side when wide enough, else stacked.
pub fn browse(area: Rect) -> Browse {
    let [search, body, status] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)])
            .areas(area);
    let [list, context] = if area.width >= SIDE_BY_SIDE_MIN_WIDTH {
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(body)
    } else {
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body)
    };
    Browse { search, list, context, status }
}

/// The parts of the compare and themes screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Views {
    /// The title line.
    pub header: Rect,
    /// The main part: columns, or the themes table.
    pub main: Rect,
    /// The trend chart (zero height when hidden or no room).
    pub trend: Rect,
    /// The status line.
    pub status: Rect,
}

/// Splits `area` into a header, a main part, a trend chart of up to
/// `trend_rows` rows (when there is room) and a status line.
pub fn views(area: Rect, trend_rows: u16) -> Views {
    let [header, body, status] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)])
            .areas(area);
    let trend_rows = trend_rows.min(body.height / 2);
    let [main, trend] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(trend_rows)]).areas(body);
    Views { header, main, trend, status }
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// `n` equal columns across `area`, at least `min_width` wide each: as many
/// as fit, starting at column `first`. Returns `(column index, rect)`.
pub fn columns(area: Rect, n: usize, first: usize, min_width: u16) -> Vec<(usize, Rect)> {
    if n == 0 || area.width == 0 {
        return Vec::new();
    }
    let fit = usize::from((area.width / min_width.max(1)).max(1));
    let shown = fit.min(n);
    let first = first.min(n - shown);
    let rects = Layout::horizontal(vec![Constraint::Ratio(1, shown as u32); shown]).split(area);
    rects.iter().enumerate().map(|(i, r)| (first + i, *r)).collect()
}
