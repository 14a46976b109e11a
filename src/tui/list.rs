//! The statement list: one row per statement — speaker, date, source, the
//! text's start with the matched letters marked, theme tags.

use ratatui::{
    Frame,
    layout::Rect,
    style::Style,
    text::{Line, Span},
    widgets::{Block, Paragraph},
};
use unicode_segmentation::UnicodeSegmentation;

use super::{
    app::{App, Focus, View},
    layout,
};
use crate::{extract::NOT_SAID, sanitize::for_terminal, search::Hit, text};

/// Theme tags shown per row, at most.
const MAX_TAGS: usize = 2;

/// How wide each column of a row is at a given list width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    /// The speaker.
    pub speaker: usize,
    /// The date (0 hides it).
    pub date: usize,
    /// The source (0 hides it).
    pub source: usize,
    /// At most this many columns of theme tags (0 hides them); tags are
    /// right-aligned over the end of the text, so untagged rows show more text.
    pub tags: usize,
    /// The text: whatever is left.
    pub text: usize,
}

impl Columns {
    /// The columns for a list `width` columns wide.
    pub fn for_width(width: usize) -> Columns {
        let (speaker, date, source, tags) = match width {
            100.. => (18, 10, 14, 24),
            66..100 => (13, 10, 10, 12),
            50..66 => (12, 10, 0, 14),
            _ => (10, 0, 0, 0),
        };
        let used = [speaker, date, source].iter().filter(|&&w| w > 0).map(|w| w + 1).sum();
        Columns { speaker, date, source, tags, text: width.saturating_sub(used).max(1) }
    }
}

/// The text of a statement cut to `cols` columns, with the letters at the
/// char indexes `matched` (ascending) styled `hit`. When the first match
/// lies past the columns, the text is shown from a little before it, after
/// a `…`, as fzf does.
pub fn highlighted(
    s: &str,
    matched: &[usize],
    cols: usize,
    base: Style,
    hit: Style,
) -> Vec<Span<'static>> {
    // Only the start of a long statement can show: look no further than the
    // last match plus a row's worth (one more, to know it was cut).
    // (Four chars a column leaves room for combining marks.)
    let needed = matched.last().map_or(0, |&m| m + 1) + cols * 4 + 1;
    let head = match s.char_indices().nth(needed) {
        Some((at, _)) => &s[..at],
        None => s,
    };
    let safe = for_terminal(head);
    let graphemes: Vec<(usize, &str)> = {
        let mut char_index = 0;
        safe.graphemes(true)
            .map(|g| {
                let at = char_index;
                char_index += g.chars().count();
                (at, g)
            })
            .collect()
    };
    // Where to start: the first match in view with some lead-in, and as
    // many of the others as fit.
    let width_before = |char_index: usize| -> usize {
        graphemes.iter().take_while(|(at, _)| *at < char_index).map(|(_, g)| text::width(g)).sum()
    };
    let mut shift = 0;
    if let (Some(&first), Some(&last)) = (matched.first(), matched.last()) {
        let before_first = width_before(first);
        let through_last = width_before(last + 1);
        if cols > 12 {
            if before_first + 1 > cols.saturating_sub(4) {
                shift = before_first.saturating_sub(cols / 4);
            }
            if through_last + 2 > cols {
                shift = shift.max((through_last + 2 - cols).min(before_first.saturating_sub(1)));
            }
        }
    }
    let mut start = 0;
    let mut skipped = 0;
    while start < graphemes.len() && skipped < shift {
        skipped += text::width(graphemes[start].1);
        start += 1;
    }
    // After the `…`, start at the beginning of a word (not inside one, not
    // on a space), unless that would pass the first match.
    let first_match = matched.first().copied().unwrap_or(usize::MAX);
    let is_space = |i: usize| graphemes.get(i).is_some_and(|(_, g)| g.trim().is_empty());
    if start > 0 && !is_space(start - 1) {
        let mut word_start = start;
        while word_start < graphemes.len() && !is_space(word_start) {
            word_start += 1;
        }
        if graphemes.get(word_start).is_some_and(|(at, _)| *at < first_match) {
            start = word_start;
        }
    }
    while start > 0 && is_space(start) {
        start += 1;
    }
    let total: usize = graphemes[start..].iter().map(|(_, g)| text::width(g)).sum();
    let lead = usize::from(start > 0);
    let cut = total + lead > cols;
    let budget = cols.saturating_sub(lead + usize::from(cut));
    let style_of = |is_hit: bool| if is_hit { base.patch(hit) } else { base };
    let mut spans: Vec<Span<'static>> = Vec::new();
    if lead == 1 {
        spans.push(Span::styled("…", base));
    }
    let mut run = String::new();
    let mut run_hit = false;
    let mut used = 0;
    for (at, g) in &graphemes[start..] {
        let w = text::width(g);
        if used + w > budget {
            break;
        }
        let n = g.chars().count();
        let is_hit = (*at..at + n).any(|c| matched.binary_search(&c).is_ok());
        used += w;
        if is_hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), style_of(run_hit)));
        }
        run_hit = is_hit;
        run.push_str(g);
    }
    if !run.is_empty() {
        spans.push(Span::styled(std::mem::take(&mut run), style_of(run_hit)));
    }
    let mut tail = String::new();
    if cut {
        tail.push('…');
    }
    tail.extend(std::iter::repeat_n(' ', budget.saturating_sub(used)));
    if !tail.is_empty() {
        spans.push(Span::styled(tail, base));
    }
    spans
}

fn row(app: &App, hit: &Hit, cols: Columns, style: Style) -> Line<'static> {
    let data = &app.data;
    let p = app.palette;
    let i = hit.statement;
    let statement = &data.corpus.statements[i];
    let article = data.corpus.article_of(i);
    let mut spans = Vec::new();
    let speaker = statement.speaker.as_deref().map(for_terminal);
    let speaker_style =
        if speaker.is_some() { style.patch(p.bold()) } else { style.patch(p.dim()) };
    spans.push(Span::styled(
        text::fit(speaker.as_deref().unwrap_or("—"), cols.speaker) + " ",
        speaker_style,
    ));
    if cols.date > 0 {
        let date = article.date.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
        spans.push(Span::styled(text::fit(&date, cols.date) + " ", style.patch(p.dim())));
    }
    if cols.source > 0 {
        let source = article.source.as_deref().map(for_terminal).unwrap_or_default();
        spans.push(Span::styled(text::fit(&source, cols.source) + " ", style.patch(p.dim())));
    }
    let mut positions = hit.positions.clone();
    positions.sort_unstable();
    // Whole tags only, the most telling first, in at most a third of the text.
    let budget = cols.tags.min(cols.text / 3);
    let mut tags = String::new();
    for t in data.tags_of(i).iter().take(MAX_TAGS) {
        let Some(theme) = data.themes().get(*t as usize) else { continue };
        let tag = format!("#{}", for_terminal(&theme.name));
        let sep = usize::from(!tags.is_empty());
        if text::width(&tags) + sep + text::width(&tag) > budget {
            break;
        }
        if sep == 1 {
            tags.push(' ');
        }
        tags.push_str(&tag);
    }
    let tag_cols = if tags.is_empty() { 0 } else { text::width(&tags) + 1 };
    let mut text_cols = cols.text.saturating_sub(tag_cols).max(1);
    // (What someone is reported not to have said is marked so.)
    if statement.negated && text_cols > NOT_SAID.len() {
        spans.push(Span::styled(NOT_SAID, style.patch(p.dim())));
        text_cols -= NOT_SAID.len();
    }
    spans.extend(highlighted(&data.corpus.text_of(i), &positions, text_cols, style, p.matched()));
    if !tags.is_empty() {
        spans.push(Span::styled(format!(" {tags}"), style.patch(p.tag())));
    }
    Line::from(spans)
}

/// Draws the list into `area` (borders included).
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let p = app.palette;
    let focused = app.view == View::Browse && app.focus == Focus::List;
    let title = format!(" Statements {}/{} ", app.results.total, app.data.corpus.statements.len());
    let block = Block::bordered().title(title).border_style(if focused {
        p.border_focused()
    } else {
        p.border()
    });
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    let cols = Columns::for_width(usize::from(inner.width));
    let rows = usize::from(inner.height);
    let lines: Vec<Line> = if app.results.hits.is_empty() {
        let note = if app.loading.is_some() {
            "loading…".to_string()
        } else if app.data.corpus.statements.is_empty() {
            format!("no statements found in {} articles", app.data.corpus.articles.len())
        } else if app.searching {
            "searching…".to_string()
        } else {
            "no statement matches — Esc clears the search, x clears every filter".to_string()
        };
        vec![Line::styled(note, p.dim())]
    } else {
        app.results
            .hits
            .iter()
            .enumerate()
            .skip(app.list_offset)
            .take(rows)
            .map(|(r, hit)| {
                let style = match (r == app.selected, focused) {
                    (true, true) => p.selected(),
                    (true, false) => p.selected_unfocused(),
                    _ => p.text(),
                };
                row(app, hit, cols, style)
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn pads_and_cuts_to_the_columns() {
        let s = Style::new();
        assert_eq!(plain(&highlighted("short", &[], 8, s, s)), "short   ");
        assert_eq!(plain(&highlighted("a longer text", &[], 8, s, s)), "a longe…");
        assert_eq!(text::width(&plain(&highlighted("日本語のテキスト", &[], 7, s, s))), 7);
    }

    #[test]
    fn a_match_past_the_edge_scrolls_into_view() {
        let s = Style::new();
        let text = "I will be myself in Munich tomorrow meeting with the Vice President";
        let at = text.find("Munich").unwrap_or(0);
        let spans = highlighted(text, &[at, at + 1], 20, s, Style::new().bold());
        let shown = plain(&spans);
        assert!(shown.starts_with('…'), "{shown}");
        assert!(shown.contains("Munich"), "{shown}");
        assert_eq!(text::width(&shown), 20);
        assert!(spans.iter().any(|sp| sp.content == "Mu" && sp.style == Style::new().bold()));
    }

    #[test]
    fn the_window_takes_in_later_matches_when_it_can() {
        let s = Style::new();
        let text = "I will be myself in Munich tomorrow meeting with the Vice President";
        let m = text.find("Munich").unwrap_or(0);
        let t = text.find("tomorrow").unwrap_or(0);
        let matched: Vec<usize> = (m..m + 6).chain(t..t + 8).collect();
        let shown = plain(&highlighted(text, &matched, 30, s, s));
        assert!(shown.contains("Munich tomorrow"), "{shown}");
        assert!(shown.starts_with("…be ") || shown.starts_with("…myself "), "{shown}");
        assert_eq!(text::width(&shown), 30);
    }
}
