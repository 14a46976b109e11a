//! The search bar: a prompt, the query with a cursor, and the match count.

use ratatui::{
    Frame,
    layout::Rect,
    text::{Line, Span},
    widgets::Paragraph,
};

use super::app::{App, Focus, View};
use crate::{sanitize::for_terminal, text};

/// Shown in an empty bar: what can be typed.
const PLACEHOLDER: &str = "/ to search — words, @speaker, #theme, since:2025-02-01, until:…";

/// Draws the bar into the one-line `area`, placing the cursor when focused.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let p = app.palette;
    let focused = app.view == View::Browse && app.focus == Focus::Search && app.overlay.is_none();
    let count = format!(
        " {}{}/{} ",
        if app.searching { "… " } else { "" },
        app.results.total,
        app.data.corpus.statements.len()
    );
    let prompt = if focused { "Search › " } else { "Search   " };
    let width = usize::from(area.width);
    let room = width.saturating_sub(prompt.len() + count.len());
    let query = for_terminal(&app.search.text);
    let before_cursor = text::width(&for_terminal(&app.search.text[..app.search.cursor]));
    // Keep the cursor on screen: show the tail of a query longer than the bar.
    let skip = before_cursor.saturating_sub(room.saturating_sub(1));
    let shown: String = {
        let mut cols = 0;
        query
            .chars()
            .filter(|c| {
                let w = text::width(c.encode_utf8(&mut [0; 4]));
                cols += w;
                cols > skip
            })
            .collect()
    };
    let mut spans = vec![Span::styled(prompt, if focused { p.border_focused() } else { p.dim() })];
    if query.is_empty() && !focused {
        spans.push(Span::styled(text::fit(PLACEHOLDER, room), p.dim()));
    } else {
        spans.push(Span::styled(text::fit(&shown, room), p.text()));
    }
    spans.push(Span::styled(count, p.bold()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    if focused {
        let x = area.x + (prompt.chars().count() + before_cursor - skip) as u16;
        frame.set_cursor_position((x.min(area.right().saturating_sub(1)), area.y));
    }
}
