//! Pickers: speaker, kind, date range and themes, each a list with counts,
//! drawn over the screen.

use ratatui::{
    Frame,
    layout::{Constraint, Position, Rect},
    text::{Line, Span},
    widgets::{Block, Clear, Paragraph},
};

use super::{action::Action, app::TextField, palette::Palette};
use crate::{sanitize::for_terminal, text};

/// What a picker chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    /// One speaker.
    Speaker,
    /// One kind of statement.
    Kind,
    /// A date range: its two ends.
    Dates,
    /// Themes to compare.
    Themes,
}

impl PickerKind {
    /// The title of the picker.
    pub fn title(self) -> &'static str {
        match self {
            PickerKind::Speaker => " Speaker — type to narrow, Enter picks ",
            PickerKind::Kind => " Kind — Enter picks ",
            PickerKind::Dates => " Dates — Space marks each end, Enter applies ",
            PickerKind::Themes => {
                " Themes — Space marks, Enter compares · d across dates · p by speaker "
            }
        }
    }

    /// What the items are, for messages.
    pub fn plural(self) -> &'static str {
        match self {
            PickerKind::Speaker => "speakers",
            PickerKind::Kind => "kinds",
            PickerKind::Dates => "dates",
            PickerKind::Themes => "themes",
        }
    }
}

/// One choice and how many statements it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// What is shown.
    pub label: String,
    /// Statements.
    pub count: usize,
}

impl Item {
    /// An item.
    pub fn new(label: String, count: usize) -> Item {
        Item { label, count }
    }
}

/// A list to choose from, narrowed by typing in the typing pickers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// What it chooses.
    pub kind: PickerKind,
    /// Every item.
    pub items: Vec<Item>,
    /// Marked items (by index into `items`).
    pub chosen: Vec<bool>,
    /// The narrowing text.
    pub filter: TextField,
    /// The selected row among the visible items.
    pub selected: usize,
}

impl Picker {
    /// A picker over `items`, nothing marked.
    pub fn new(kind: PickerKind, items: Vec<Item>) -> Picker {
        let chosen = vec![false; items.len()];
        Picker { kind, items, chosen, filter: TextField::default(), selected: 0 }
    }

    /// Indexes of the items the filter lets through, in order.
    pub fn visible(&self) -> Vec<usize> {
        let needle = self.filter.text.to_lowercase();
        (0..self.items.len())
            .filter(|&i| needle.is_empty() || self.items[i].label.to_lowercase().contains(&needle))
            .collect()
    }

    /// The marked items, or the selected one when none is marked.
    pub fn chosen_or_selected(&self) -> Vec<usize> {
        let marked: Vec<usize> = (0..self.items.len()).filter(|&i| self.chosen[i]).collect();
        if !marked.is_empty() {
            return marked;
        }
        self.visible().get(self.selected).map(|&i| vec![i]).unwrap_or_default()
    }

    /// Applies a key's action.
    pub fn act(&mut self, action: &Action) {
        let n = self.visible().len();
        let max = n.saturating_sub(1);
        match action {
            Action::Move(d) => self.selected = self.selected.saturating_add_signed(*d).min(max),
            Action::Page(d) => {
                self.selected = self.selected.saturating_add_signed(*d * 10).min(max)
            }
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = max,
            Action::Scroll { delta, .. } => {
                self.selected = self.selected.saturating_add_signed(delta.signum()).min(max)
            }
            Action::Toggle | Action::Type(' ') if self.kind != PickerKind::Speaker => {
                if let Some(&i) = self.visible().get(self.selected) {
                    if self.kind == PickerKind::Dates && !self.chosen[i] {
                        // A range has two ends: marking a third drops the oldest mark.
                        let marked: Vec<usize> =
                            (0..self.items.len()).filter(|&j| self.chosen[j]).collect();
                        if marked.len() >= 2 {
                            self.chosen[marked[0]] = false;
                        }
                    }
                    self.chosen[i] = !self.chosen[i];
                    self.selected = (self.selected + 1).min(max);
                }
            }
            edit => {
                if self.filter.edit(edit) {
                    self.selected = 0;
                }
            }
        }
    }
}

/// Where a picker drawn over `area` puts things: its popup, the inside of
/// its border, how many lines the filter takes above the rows, how many
/// rows show, and the first visible row shown. Shared by [`draw`] and
/// [`hit_test`], so a click lands on the row it was drawn on.
struct Geometry {
    popup: Rect,
    inner: Rect,
    header: usize,
    rows: usize,
    offset: usize,
}

fn geometry(area: Rect, picker: &Picker) -> Geometry {
    let wide = if area.width < 100 { 94 } else { 70 };
    let popup = area.centered(Constraint::Percentage(wide), Constraint::Percentage(75));
    let inner = Block::bordered().inner(popup);
    let header = usize::from(picker.kind == PickerKind::Speaker);
    let rows = usize::from(inner.height).saturating_sub(header).max(1);
    let offset = picker.selected.saturating_sub(rows - 1);
    Geometry { popup, inner, header, rows, offset }
}

/// The visible row (an index into [`Picker::visible`]) drawn at `at` when
/// the picker is drawn over `area`.
pub fn hit_test(area: Rect, picker: &Picker, at: Position) -> Option<usize> {
    let g = geometry(area, picker);
    if !g.inner.contains(at) {
        return None;
    }
    let line = usize::from(at.y - g.inner.y).checked_sub(g.header)?;
    let row = g.offset + line;
    (line < g.rows && row < picker.visible().len()).then_some(row)
}

/// Draws `picker` centred over `area`.
pub fn draw(frame: &mut Frame, area: Rect, picker: &Picker, palette: Palette) {
    let Geometry { popup, inner, rows, offset, .. } = geometry(area, picker);
    frame.render_widget(Clear, popup);
    let block = Block::bordered().title(picker.kind.title()).border_style(palette.border_focused());
    frame.render_widget(block, popup);
    if inner.height < 2 || inner.width < 8 {
        return;
    }
    let mut lines = Vec::new();
    let typing = picker.kind == PickerKind::Speaker;
    if typing {
        lines.push(Line::from(vec![
            Span::styled("> ", palette.key()),
            Span::raw(for_terminal(&picker.filter.text).into_owned()),
        ]));
    }
    let visible = picker.visible();
    let width = usize::from(inner.width);
    for (row, &i) in visible.iter().enumerate().skip(offset).take(rows) {
        let item = &picker.items[i];
        let multi = matches!(picker.kind, PickerKind::Themes | PickerKind::Dates);
        let mark = match (multi, picker.chosen[i]) {
            (false, _) => "  ",
            (true, true) => "[x] ",
            (true, false) => "[ ] ",
        };
        let count = format!(" {:>6}", item.count);
        let label_cols = width.saturating_sub(mark.len() + count.len());
        let label = text::fit(&for_terminal(&item.label), label_cols);
        let style = if row == picker.selected { palette.selected() } else { palette.text() };
        lines.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(label, style),
            Span::styled(count, style.patch(palette.dim())),
        ]));
    }
    if visible.is_empty() {
        lines.push(Line::styled("  nothing matches", palette.dim()));
    }
    if typing {
        frame.set_cursor_position((
            inner.x
                + 2
                + text::width(&for_terminal(&picker.filter.text[..picker.filter.cursor])) as u16,
            inner.y,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
