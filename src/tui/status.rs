//! The status line: what is shown out of what, the active filters, problems,
//! and the keys that matter here.

use ratatui::{
    Frame,
    layout::Rect,
    text::{Line, Span},
    widgets::Paragraph,
};

use super::{
    action::Mode,
    app::{App, View},
};
use crate::{sanitize::for_terminal, text};

/// The active filters in words (`@Mark Rutte kind:direct 2025-02-01…2025-02-13`).
pub fn filters_text(app: &App) -> String {
    let f = &app.filters;
    let mut parts = Vec::new();
    if let Some(s) = &f.speaker {
        parts.push(format!("@{s}"));
    }
    if let Some(k) = f.kind {
        parts.push(format!("kind:{}", k.name()));
    }
    match (f.since, f.until) {
        (Some(a), Some(b)) if a == b => parts.push(format!("date:{a}")),
        (a, b) if a.is_some() || b.is_some() => parts.push(format!(
            "{}…{}",
            a.map(|d| d.to_string()).unwrap_or_default(),
            b.map(|d| d.to_string()).unwrap_or_default()
        )),
        _ => {}
    }
    parts.join(" ")
}

fn hints(mode: Mode) -> &'static str {
    match mode {
        Mode::Search => "Enter list · Esc clear · Ctrl-W word · Ctrl-U line · ↑↓ move",
        Mode::List | Mode::Context => {
            "/ search · Enter read · n/N next · s speaker · c compare · t themes · x clear · ? help · q quit"
        }
        Mode::Compare => {
            "←→ column · ↑↓ statement · Enter read · T trend · c themes · Esc back · ? help"
        }
        Mode::Themes => "↑↓ theme · Enter across dates · p by speaker · c compare · Esc back",
        Mode::PickerTyping => "type to narrow · ↑↓ move · Enter pick · Esc cancel",
        Mode::Picker => "↑↓ move · Space mark · Enter apply · Esc cancel",
        Mode::Help | Mode::Problems => "↑↓ scroll · Esc close",
    }
}

/// Draws the status line into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let p = app.palette;
    let corpus = &app.data.corpus;
    let mut spans = Vec::new();
    if app.loading.is_none() {
        let shown = match app.view {
            View::Browse => app.results.total,
            View::Compare => app
                .compare
                .as_ref()
                .map_or(0, |c| c.comparison.columns.iter().map(|c| c.statements.len()).sum()),
            View::Themes => app.data.themes().len(),
        };
        let what = if app.view == View::Themes { "themes" } else { "statements" };
        let total = if app.view == View::Themes {
            app.data.themes().len()
        } else {
            corpus.statements.len()
        };
        spans.push(Span::styled(format!(" {shown}/{total} "), p.bold()));
        spans.push(Span::styled(
            format!(
                "{what} · {} article{} ",
                corpus.articles.len(),
                if corpus.articles.len() == 1 { "" } else { "s" }
            ),
            p.dim(),
        ));
        let filters = filters_text(app);
        if !filters.is_empty() {
            spans.push(Span::styled(format!("· {} ", for_terminal(&filters)), p.warning()));
        }
        let problems = app.problems().len();
        if problems > 0 {
            spans.push(Span::styled(
                format!("· {problems} load problem{} (P) ", if problems == 1 { "" } else { "s" }),
                p.warning(),
            ));
        }
    }
    if let Some(w) = app.waiting.filter(|_| app.loading.is_none()) {
        spans.push(Span::styled(format!("· {} ", w.note()), p.warning()));
    }
    if let Some(m) = &app.message {
        spans.push(Span::styled(format!("· {} ", for_terminal(m)), p.warning()));
    }
    let used: usize = spans.iter().map(|s| text::width(&s.content)).sum();
    let room = usize::from(area.width).saturating_sub(used + 1);
    let hint = hints(app.mode());
    if room >= 10 {
        let hint = text::truncate(hint, room);
        let pad = room - text::width(&hint);
        spans.push(Span::raw(" ".repeat(pad + 1)));
        spans.push(Span::styled(hint, p.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
