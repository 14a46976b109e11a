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

/// How many statements of a neighbouring column are tried for a word diff.
const DIFF_CANDIDATES: usize = 60;

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
    c.themes.iter().filter_map(|&t| app.data.themes.get(t)).collect()
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

/// The lines of each statement card of column `col`, `width` wide.
fn cards(app: &App, c: &CompareState, col: usize, width: usize) -> Vec<Vec<Line<'static>>> {
    let p = app.palette;
    let corpus = &app.data.corpus;
    let Some(column) = c.comparison.columns.get(col) else { return Vec::new() };
    let themes = chosen(app, c);
    // By theme, a column highlights its own theme's words.
    let own: Vec<&Theme> = match c.by {
        By::Theme => themes.iter().copied().filter(|t| t.name == column.key).collect(),
        _ => Vec::new(),
    };
    let highlight = if own.is_empty() { themes.clone() } else { own };
    let neighbours: Vec<usize> = [col.checked_sub(1), Some(col + 1)]
        .into_iter()
        .flatten()
        .filter_map(|n| c.comparison.columns.get(n))
        .flat_map(|n| n.statements.iter().take(DIFF_CANDIDATES).copied())
        .collect();
    let selected_row = c.rows.get(col).copied().unwrap_or(0);
    column
        .statements
        .iter()
        .enumerate()
        .map(|(row, &i)| {
            let s = &corpus.statements[i];
            let date = corpus.date_of(i).map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
            let speaker = s.speaker.as_deref().map(for_terminal).unwrap_or("—".into());
            let head_style = match (row == selected_row, col == c.column) {
                (true, true) => p.selected(),
                (true, false) => p.selected_unfocused(),
                _ => p.bold(),
            };
            let head = text::fit(&format!("{date} · {speaker}"), width);
            let mut lines = vec![Line::styled(head, head_style)];
            let words = corpus.text_of(i);
            let mut marks: Vec<Mark> = term_ranges(&words, &highlight)
                .into_iter()
                .map(|range| Mark { range, style: p.theme_term() })
                .collect();
            let diff = neighbours
                .iter()
                .filter(|&&n| n != i)
                .filter_map(|&n| changed_words(&words, &corpus.text_of(n)))
                .min_by_key(Vec::len);
            if let Some(changed) = diff {
                marks.extend(
                    changed.into_iter().map(|range| Mark { range, style: p.diff_changed() }),
                );
            }
            lines.extend(wrap_styled(&words, width, p.text(), &marks).lines);
            lines.push(Line::default());
            lines
        })
        .collect()
}

/// The first line of column `col` shown: scrolled so the selected card shows.
fn scroll(cards: &[Vec<Line>], selected: usize, height: usize) -> usize {
    let start: usize = cards.iter().take(selected).map(Vec::len).sum();
    let end = start + cards.get(selected).map_or(0, Vec::len);
    end.saturating_sub(height).min(start)
}

/// The `(column, row)` of the card at screen position `at`.
pub fn hit_test(app: &App, at: Position) -> Option<(usize, usize)> {
    let c = app.compare.as_ref()?;
    let v = areas(app.size, c);
    let (col, rect) = visible_columns(v.main, c).into_iter().find(|(_, r)| r.contains(at))?;
    let inner = layout::inner(rect);
    let cards = cards(app, c, col, usize::from(inner.width));
    let selected = c.rows.get(col).copied().unwrap_or(0);
    let mut line = scroll(&cards, selected, usize::from(inner.height))
        + usize::from(at.y.checked_sub(inner.y)?);
    for (row, card) in cards.iter().enumerate() {
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
        let cards = cards(app, c, col, usize::from(inner.width));
        let selected = c.rows.get(col).copied().unwrap_or(0);
        let first = scroll(&cards, selected, usize::from(inner.height));
        let lines: Vec<Line> =
            cards.into_iter().flatten().skip(first).take(usize::from(inner.height)).collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }
    if v.trend.height > 2 {
        let themes = chosen(app, c);
        let s = trend::series(app, &themes);
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
