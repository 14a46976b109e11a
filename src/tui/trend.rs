//! Trends: statements per date (or week, or month) for each theme, drawn as
//! bars in a grid — one row of bars per theme, one column per period — so a
//! shift in wording over time is seen rather than read. Also the themes view
//! (`t`), which lists every theme with its trend.

use ratatui::{
    Frame,
    layout::Rect,
    text::{Line, Span},
    widgets::{Block, Paragraph},
};

use super::{
    app::{App, THEMES_COMPUTING},
    layout, status,
};
use crate::{sanitize::for_terminal, text};

/// Per-period counts for a set of themes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Series {
    /// What a period is ("day", "week", "month").
    pub period: String,
    /// Period keys, in time order.
    pub periods: Vec<String>,
    /// `(theme name, count per period)`.
    pub rows: Vec<(String, Vec<usize>)>,
}

/// The trend of the themes numbered `themes` (indexes into the data's
/// themes), read from what loading counted.
pub fn series(app: &App, themes: &[usize]) -> Series {
    let Some(found) = app.data.themes_found() else { return Series::default() };
    let rows = themes
        .iter()
        .filter_map(|&t| Some((found.list.get(t)?.name.clone(), found.trend(t)?)))
        .collect();
    Series { period: found.period_name.to_string(), periods: found.periods.clone(), rows }
}

/// A period key shortened for an axis label: a day or week drops its year
/// when every period is in the same year.
fn short_label(key: &str, same_year: bool) -> String {
    let month = key.len() == 7 && !key.contains('W');
    if same_year && !month && key.len() > 5 && key.as_bytes().get(4) == Some(&b'-') {
        key[5..].to_string()
    } else {
        key.to_string()
    }
}

const EIGHTHS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Rows of bar glyphs, top row first, for `value` out of `max` in `height` rows.
fn bar(value: usize, max: usize, height: usize) -> Vec<char> {
    let eighths = if max == 0 { 0 } else { (value * height * 8).div_ceil(max) };
    // A non-zero count always shows at least a sliver.
    let eighths = if value > 0 { eighths.max(1) } else { 0 };
    (0..height).rev().map(|row| EIGHTHS[eighths.saturating_sub(row * 8).min(8)]).collect()
}

/// Draws `s` into `area` (borders included): each theme's bars, its total,
/// and the period labels underneath.
pub fn draw_series(frame: &mut Frame, area: Rect, app: &App, s: &Series, title: &str) {
    let p = app.palette;
    let block = Block::bordered().title(format!(" {title} ")).border_style(p.border());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if s.periods.is_empty() || s.rows.is_empty() || inner.height < 2 {
        frame.render_widget(Paragraph::new(Line::styled("no dated statements", p.dim())), inner);
        return;
    }
    let same_year = s.periods.iter().all(|k| k.get(..4) == s.periods[0].get(..4));
    let labels: Vec<String> = s.periods.iter().map(|k| short_label(k, same_year)).collect();
    let cell = labels.iter().map(|l| text::width(l)).max().unwrap_or(1).max(3) + 1;
    let name_cols = s.rows.iter().map(|(n, _)| text::width(n)).max().unwrap_or(4).min(16) + 6;
    let room = usize::from(inner.width).saturating_sub(name_cols) / cell;
    // Too many periods for the width: show the latest.
    let first = s.periods.len().saturating_sub(room.max(1));
    let max = s.rows.iter().flat_map(|(_, v)| v[first..].iter()).copied().max().unwrap_or(0);
    let bar_rows = ((usize::from(inner.height) - 1) / s.rows.len()).clamp(1, 4);
    let mut lines = Vec::new();
    for (i, (name, values)) in s.rows.iter().enumerate() {
        let total: usize = values.iter().sum();
        let style = p.bar(i);
        let bars: Vec<Vec<char>> = values[first..].iter().map(|&v| bar(v, max, bar_rows)).collect();
        for r in 0..bar_rows {
            let label = if r + 1 == bar_rows {
                format!("{} {:>4} ", text::fit(&for_terminal(name), name_cols - 6), total)
            } else {
                " ".repeat(name_cols)
            };
            let mut spans = vec![Span::styled(label, p.bold())];
            for (b, &v) in bars.iter().zip(&values[first..]) {
                let glyph = b[r];
                let mut cellstr: String = std::iter::repeat_n(glyph, cell - 2).collect();
                // The count sits on top of the bar's last row when the bar is a sliver.
                if r + 1 == bar_rows && v > 0 && glyph != '█' && bar_rows == 1 {
                    cellstr = format!("{:<w$}", glyph.to_string() + &v.to_string(), w = cell - 2);
                }
                spans.push(Span::styled(format!("{cellstr}  "), style));
            }
            lines.push(Line::from(spans));
        }
    }
    // Say so when earlier periods did not fit.
    let earlier = if first > 0 { format!(" ‹{first}") } else { String::new() };
    let axis_label = text::fit(&format!("per {}{earlier}", s.period), name_cols);
    let mut axis = vec![Span::styled(axis_label, p.dim())];
    for l in &labels[first..] {
        axis.push(Span::styled(text::fit(l, cell), p.dim()));
    }
    lines.push(Line::from(axis));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A one-line sparkline of `values`.
pub fn sparkline(values: &[usize]) -> String {
    let max = values.iter().copied().max().unwrap_or(0);
    values.iter().map(|&v| bar(v, max, 1)[0]).map(|c| if c == ' ' { '·' } else { c }).collect()
}

/// The themes view: every theme with its terms, counts and trend, and the
/// selected theme's trend as a chart.
pub fn draw_themes(frame: &mut Frame, area: Rect, app: &App) {
    let p = app.palette;
    let themes = app.data.themes();
    let corpus = &app.data.corpus;
    let chart_rows = if themes.is_empty() { 0 } else { 8 };
    let v = layout::views(area, chart_rows);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(" Themes ", p.bold()),
            Span::styled("— words speakers keep repeating, variants grouped", p.dim()),
        ])),
        v.header,
    );
    let block = Block::bordered().title(" Themes ").border_style(p.border_focused());
    let inner = block.inner(v.main);
    frame.render_widget(block, v.main);
    let rows = usize::from(inner.height).saturating_sub(1).max(1);
    let offset = app.themes_selected.saturating_sub(rows - 1);
    // Trends only for the rows on screen.
    let on_screen: Vec<usize> = (offset..themes.len()).take(rows).collect();
    let s = series(app, &on_screen);
    let w = usize::from(inner.width);
    let spark_cols = s.periods.len().min(w / 4);
    let spark_w = spark_cols.max(5);
    let [name_w, count_w, spk_w] = [16, 6, 6];
    let terms_w = w.saturating_sub(name_w + count_w + spk_w + spark_w + 4);
    let mut lines = vec![Line::styled(
        format!(
            "{} {} {} {} {}",
            text::fit("theme", name_w),
            text::fit("terms", terms_w),
            text::fit("stmts", count_w),
            text::fit("spkrs", spk_w),
            "trend"
        ),
        p.dim(),
    )];
    if app.data.themes_found().is_none() {
        lines.push(Line::styled(THEMES_COMPUTING, p.dim()));
    } else if themes.is_empty() {
        lines.push(Line::styled("no recurring themes found", p.dim()));
    }
    for (i, t) in themes.iter().enumerate().skip(offset).take(rows) {
        let style = if i == app.themes_selected { p.selected() } else { p.text() };
        let spark = s
            .rows
            .get(i - offset)
            .map(|(_, v)| sparkline(&v[v.len().saturating_sub(spark_cols)..]))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(text::fit(&for_terminal(&t.name), name_w) + " ", style.patch(p.bold())),
            Span::styled(text::fit(&for_terminal(&t.terms.join(", ")), terms_w) + " ", style),
            Span::styled(format!("{:>w$} ", t.statements.len(), w = count_w), style),
            Span::styled(format!("{:>w$} ", t.speakers(corpus).len(), w = spk_w), style),
            Span::styled(spark, style.patch(p.bar(0))),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some(t) = themes.get(app.themes_selected)
        && v.trend.height > 2
    {
        let one = series(app, &[app.themes_selected]);
        draw_series(
            frame,
            v.trend,
            app,
            &one,
            &format!("{} — statements per {}", t.name, one.period),
        );
    }
    status::draw(frame, v.status, app);
}
