//! Drawing: the whole screen as a pure function of the state.

use ratatui::{
    Frame,
    layout::{Constraint, Layout, Rect},
    text::Line,
    widgets::{Block, Gauge, Paragraph, Wrap},
};

use super::{
    app::{App, Overlay, View},
    compare, context, help, layout, list, pickers, search_bar, status, trend,
};

/// Draws everything `app` holds onto `frame`.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        draw_too_small(frame, area, app);
        return;
    }
    match app.view {
        View::Browse => {
            let areas = layout::browse(area);
            search_bar::draw(frame, areas.search, app);
            list::draw(frame, areas.list, app);
            context::draw(frame, areas.context, app);
            status::draw(frame, areas.status, app);
        }
        View::Compare => compare::draw(frame, area, app),
        View::Themes => trend::draw_themes(frame, area, app),
    }
    if app.loading.is_some() {
        draw_loading(frame, area, app);
    }
    match &app.overlay {
        Some(Overlay::Help) => help::draw(frame, area, app),
        Some(Overlay::Problems) => help::draw_problems(frame, area, app),
        Some(Overlay::Picker(p)) => pickers::draw(frame, area, p, app.palette),
        None => {}
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect, app: &App) {
    let msg = format!(
        "Terminal too small: {}×{}. onrecord needs at least {}×{}. Enlarge it, or press q to quit.",
        area.width,
        area.height,
        layout::MIN_WIDTH,
        layout::MIN_HEIGHT
    );
    let [_, mid, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(area.height.min(4)),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(msg, app.palette.warning()))
            .wrap(Wrap { trim: true })
            .centered(),
        mid,
    );
}

fn draw_loading(frame: &mut Frame, area: Rect, app: &App) {
    let Some(loading) = &app.loading else { return };
    let done = loading.progress.bytes_done.load(std::sync::atomic::Ordering::Relaxed);
    let total = loading.progress.bytes_total.load(std::sync::atomic::Ordering::Relaxed);
    let ratio = if total == 0 { 0.0 } else { (done as f64 / total as f64).clamp(0.0, 1.0) };
    let mb = |b: usize| b as f64 / 1_000_000.0;
    // Bytes only mean something while reading; later stages just say what.
    let reading = done < total || loading.stage.starts_with("reading");
    let label = if total == 0 || !reading {
        format!("{}…", loading.stage)
    } else {
        format!("{} — {:.1} of {:.1} MB", loading.stage, mb(done), mb(total))
    };
    let popup = area.centered(Constraint::Percentage(60), Constraint::Length(3));
    frame.render_widget(ratatui::widgets::Clear, popup);
    frame.render_widget(
        Gauge::default()
            .block(Block::bordered().title(" Loading ").border_style(app.palette.border_focused()))
            .gauge_style(app.palette.selected())
            .ratio(ratio)
            .label(label),
        popup,
    );
}
