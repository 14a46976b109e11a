//! The compare view: statements side by side in columns (by theme, date or
//! speaker), in date order, the themes' words emphasised and the words that
//! differ marked where neighbouring columns say nearly the same thing; the
//! trend chart below.

use std::ops::Range;

use ratatui::{
    Frame,
    layout::{Position, Rect},
    text::{Line, Span},
    widgets::{Block, Paragraph},
};

use super::{
    app::{App, CompareState},
    layout, status, trend,
    wrap::{Mark, wrap_styled},
};
use crate::{
    compare::{By, Change, word_diff},
    sanitize::for_terminal,
    text,
    themes::Theme,
};

/// Columns are at least this wide; more than fit scroll sideways.
const MIN_COLUMN_WIDTH: u16 = 30;

/// How many statements of a neighbouring column, nearest in date order, are
/// tried for a word diff: enough to find a repeated line, few enough that a
/// keystroke in a column of thousands stays quick.
const DIFF_CANDIDATES: usize = 12;

/// What the columns stand for, in words.
fn by_name(by: By) -> &'static str {
    match by {
        By::Theme => "theme",
        By::Date => "date",
        By::Speaker => "speaker",
    }
}

/// The themes compared.
fn chosen<'a>(app: &'a App, c: &CompareState) -> Vec<&'a Theme> {
    c.themes.iter().filter_map(|&t| app.data.themes().get(t)).collect()
}

/// Byte ranges of `text` where any of `themes`' terms occur.
fn term_ranges(text: &str, themes: &[&Theme]) -> Vec<Range<usize>> {
    themes.iter().flat_map(|t| crate::themes::term_ranges(text, t)).collect()
}

/// Byte ranges of the words of `a` that `b` does not have, when the two say
/// nearly the same thing ([`word_diff`]) but not exactly, and at most two
/// words in five differ.
fn changed_words(a: &str, b: &str) -> Option<Vec<Range<usize>>> {
    if a == b {
        return None;
    }
    let pieces = word_diff(a, b)?;
    // The pieces that come from `a` appear in it in order: find each word
    // from where the last one ended.
    let mut at = 0;
    let mut out = Vec::new();
    for piece in pieces.iter().filter(|p| p.change != Change::Added) {
        for word in piece.text.split_whitespace() {
            let Some(found) = a.get(at..).and_then(|rest| rest.find(word)) else { continue };
            let range = at + found..at + found + word.len();
            at = range.end;
            if piece.change == Change::Removed {
                out.push(range);
            }
        }
    }
    // A diff that marks most of a statement says "different", not "nearly
    // the same": show none.
    let words = a.split_whitespace().count();
    (!out.is_empty() && out.len() * 5 <= words * 2).then_some(out)
}

/// The columns on screen: as many as fit at [`MIN_COLUMN_WIDTH`], scrolled so
/// the selected one shows.
pub fn visible_columns(area: Rect, c: &CompareState) -> Vec<(usize, Rect)> {
    let n = c.comparison.columns.len();
    let fit = usize::from((area.width / MIN_COLUMN_WIDTH).max(1));
    let first = (c.column + 1).saturating_sub(fit);
    layout::columns(area, n, first, MIN_COLUMN_WIDTH)
}

/// The screen parts of the compare view.
fn areas(area: Rect, c: &CompareState) -> layout::Views {
    let rows = if c.trend { (c.themes.len().max(1) * 2 + 3) as u16 } else { 0 };
    layout::views(area, rows.min(14))
}

/// What every card of one column needs: the words to emphasise and the
/// neighbouring columns to diff against.
struct ColumnCards<'a> {
    app: &'a App,
    c: &'a CompareState,
    col: usize,
    highlight: Vec<&'a Theme>,
}

impl<'a> ColumnCards<'a> {
    fn new(app: &'a App, c: &'a CompareState, col: usize) -> ColumnCards<'a> {
        let themes = chosen(app, c);
        let key = c.comparison.columns.get(col).map(|k| k.key.as_str()).unwrap_or("");
        // By theme, a column emphasises its own theme's words.
        let own: Vec<&Theme> = match c.by {
            By::Theme => themes.iter().copied().filter(|t| t.name == key).collect(),
            _ => Vec::new(),
        };
        let highlight = if own.is_empty() { themes } else { own };
        ColumnCards { app, c, col, highlight }
    }

    /// Statements of the neighbouring columns near `row` (columns are in
    /// date order, so these are the closest in time).
    fn neighbours(&self, row: usize) -> impl Iterator<Item = usize> + '_ {
        [self.col.checked_sub(1), Some(self.col + 1)]
            .into_iter()
            .flatten()
            .filter_map(|n| self.c.comparison.columns.get(n))
            .flat_map(move |n| {
                let from = row.saturating_sub(DIFF_CANDIDATES / 2).min(n.statements.len());
                let to = (from + DIFF_CANDIDATES).min(n.statements.len());
                n.statements[from..to].iter().copied()
            })
    }

    /// The lines of the card at `row`, `width` wide.
    fn card(&self, row: usize, width: usize) -> Vec<Line<'static>> {
        let p = self.app.palette;
        let corpus = &self.app.data.corpus;
        let Some(&i) = self.c.comparison.columns.get(self.col).and_then(|k| k.statements.get(row))
        else {
            return Vec::new();
        };
        let s = &corpus.statements[i];
        let date = corpus.date_of(i).map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
        let speaker = s.speaker.as_deref().map(for_terminal).unwrap_or("—".into());
        let selected = self.c.rows.get(self.col) == Some(&row);
        let head_style = match (selected, self.col == self.c.column) {
            (true, true) => p.selected(),
            (true, false) => p.selected_unfocused(),
            _ => p.bold(),
        };
        let head = text::fit(&format!("{date} · {speaker}"), width);
        let mut lines = vec![Line::styled(head, head_style)];
        let words = corpus.text_of(i);
        let mut marks: Vec<Mark> = term_ranges(&words, &self.highlight)
            .into_iter()
            .map(|range| Mark { range, style: p.theme_term() })
            .collect();
        let diff = self
            .neighbours(row)
            .filter(|&n| n != i)
            .filter_map(|n| changed_words(&words, &corpus.text_of(n)))
            .min_by_key(Vec::len);
        if let Some(changed) = diff {
            marks.extend(changed.into_iter().map(|range| Mark { range, style: p.diff_changed() }));
        }
        lines.extend(wrap_styled(&words, width, p.text(), &marks).lines);
        lines.push(Line::default());
        lines
    }
}

/// The cards of column `col` on screen, `(row, lines)` top to bottom: the
/// selected card a third of the way down (or as high as the column's start
/// allows), only as many as fill `height` — a column of thousands costs
/// what a screenful does.
fn shown_cards(
    app: &App,
    c: &CompareState,
    col: usize,
    width: usize,
    height: usize,
) -> Vec<(usize, Vec<Line<'static>>)> {
    let n = c.comparison.columns.get(col).map_or(0, |k| k.statements.len());
    if n == 0 {
        return Vec::new();
    }
    let cards = ColumnCards::new(app, c, col);
    let selected = c.rows.get(col).copied().unwrap_or(0).min(n - 1);
    let mut shown = vec![(selected, cards.card(selected, width))];
    let mut before = 0;
    let mut top = selected;
    while top > 0 {
        let card = cards.card(top - 1, width);
        if before + card.len() > height / 3 {
            break;
        }
        before += card.len();
        top -= 1;
        shown.insert(0, (top, card));
    }
    let mut used: usize = shown.iter().map(|(_, l)| l.len()).sum();
    let mut next = selected + 1;
    while used < height && next < n {
        let card = cards.card(next, width);
        used += card.len();
        shown.push((next, card));
        next += 1;
    }
    shown
}

/// The `(column, row)` of the card at screen position `at`.
pub fn hit_test(app: &App, at: Position) -> Option<(usize, usize)> {
    let c = app.compare.as_ref()?;
    let v = areas(app.size, c);
    let (col, rect) = visible_columns(v.main, c).into_iter().find(|(_, r)| r.contains(at))?;
    let inner = layout::inner(rect);
    let mut line = usize::from(at.y.checked_sub(inner.y)?);
    for (row, card) in shown_cards(app, c, col, usize::from(inner.width), usize::from(inner.height))
    {
        if line < card.len() {
            return Some((col, row));
        }
        line -= card.len();
    }
    None
}

/// Draws the compare view over `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let p = app.palette;
    let Some(c) = &app.compare else { return };
    let v = areas(area, c);
    let names: Vec<String> =
        chosen(app, c).iter().map(|t| for_terminal(&t.name).into_owned()).collect();
    let title = match c.by {
        By::Theme => format!(" Compare: {} ", names.join(" · ")),
        by => format!(" Compare by {}: {} ", by_name(by), names.join(" · ")),
    };
    let shown = visible_columns(v.main, c);
    let n = c.comparison.columns.len();
    let more = match (shown.first(), shown.last()) {
        (Some((a, _)), Some((b, _))) if shown.len() < n => {
            format!("columns {}–{} of {n}, ←→ for more · ", a + 1, b + 1)
        }
        _ => String::new(),
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(title, p.bold()),
            Span::styled(
                format!("— {more}theme words emphasised, differing words marked"),
                p.dim(),
            ),
        ])),
        v.header,
    );
    for (col, rect) in shown {
        let column = &c.comparison.columns[col];
        let focused = col == c.column;
        let block = Block::bordered()
            .title(format!(" {} · {} ", for_terminal(&column.key), column.statements.len()))
            .border_style(if focused { p.border_focused() } else { p.border() });
        let inner = layout::inner(rect);
        frame.render_widget(block, rect);
        let lines: Vec<Line> =
            shown_cards(app, c, col, usize::from(inner.width), usize::from(inner.height))
                .into_iter()
                .flat_map(|(_, lines)| lines)
                .take(usize::from(inner.height))
                .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }
    if v.trend.height > 2 {
        let s = trend::series(app, &c.themes);
        trend::draw_series(
            frame,
            v.trend,
            app,
            &s,
            &format!("Trend — statements per {}", s.period),
        );
    }
    status::draw(frame, v.status, app);
}
