//! The help overlay: every key, and the query syntax.

use ratatui::{
    Frame,
    layout::{Constraint, Rect},
    text::{Line, Span},
    widgets::{Block, Clear, Paragraph},
};

use super::{action::HELP, app::App};
use crate::text;

/// Draws the help over `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let p = app.palette;
    let key_cols = HELP.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0) + 2;
    let what_cols = HELP.iter().map(|(_, w)| text::width(w)).max().unwrap_or(0);
    let want = (key_cols + what_cols + 4) as u16;
    let popup = area.centered(Constraint::Max(want), Constraint::Percentage(94));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(" Help — ? or Esc closes, ↑↓ scroll ")
        .border_style(p.border_focused());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let lines: Vec<Line> = HELP
        .iter()
        .map(|(keys, what)| {
            if keys.is_empty() {
                Line::styled(*what, p.bold().patch(ratatui::style::Style::new().underlined()))
            } else {
                Line::from(vec![
                    Span::styled(format!("  {}", text::fit(keys, key_cols)), p.key()),
                    Span::raw(*what),
                ])
            }
        })
        .collect();
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let scroll = app.help_scroll.min(max);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(usize::from(inner.height)).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// Draws the load problems over `area`.
pub fn draw_problems(frame: &mut Frame, area: Rect, app: &App) {
    let p = app.palette;
    let popup = area.centered(Constraint::Percentage(90), Constraint::Percentage(80));
    frame.render_widget(Clear, popup);
    let problems = app.problems();
    let block = Block::bordered()
        .title(format!(
            " {} load problem{} — Esc closes ",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        ))
        .border_style(p.border_focused());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let lines: Vec<Line> = if problems.is_empty() {
        vec![Line::styled("nothing went wrong", p.dim())]
    } else {
        problems
            .iter()
            .skip(app.help_scroll.min(problems.len().saturating_sub(1)))
            .map(|pr| {
                let what = if pr.skipped { "skipped: " } else { "note: " };
                Line::from(vec![
                    Span::styled(what, p.warning()),
                    Span::raw(crate::sanitize::for_terminal(&pr.to_string()).into_owned()),
                ])
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }), inner);
}
