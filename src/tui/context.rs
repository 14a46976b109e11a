//! The article pane: the selected statement's article — title, source, date,
//! then its paragraphs wrapped to the pane — scrolled so the statement shows,
//! highlighted in place with its speaker mention underlined (and, for a
//! partial quotation, the reported clause around it marked too).

use std::ops::Range;

use ratatui::{
    Frame,
    layout::Rect,
    text::{Line, Span},
    widgets::{Block, Paragraph},
};

use super::{
    app::{App, Focus, View},
    layout,
    wrap::{Mark, wrap_styled},
};
use crate::{extract::Field, sanitize::for_terminal};

/// The article's lines at `width` columns and the line the current statement
/// starts on.
pub struct ArticleLines {
    /// Screen lines, top to bottom.
    pub lines: Vec<Line<'static>>,
    /// The line where the shown statement begins.
    pub statement_line: usize,
}

/// The statements of article `a` (a range of corpus statement indexes;
/// statements are grouped by article).
pub fn statements_of(app: &App, a: usize) -> Range<usize> {
    let s = &app.data.corpus.statements;
    s.partition_point(|x| x.article < a)..s.partition_point(|x| x.article <= a)
}

/// Lays out the article of the statement shown, `width` columns wide.
pub fn article_lines(app: &App, width: usize) -> Option<ArticleLines> {
    let p = app.palette;
    let current = app.current_statement()?;
    let corpus = &app.data.corpus;
    let statement = corpus.statements.get(current)?;
    let article = corpus.articles.get(statement.article)?;
    let marks = |field: Field| -> Vec<Mark> {
        let mut marks = Vec::new();
        for i in statements_of(app, statement.article) {
            let s = &corpus.statements[i];
            if s.field != field {
                continue;
            }
            let style = if i == current { p.current_statement() } else { p.other_statement() };
            if i == current
                && let Some(r) = &s.clause
            {
                marks.push(Mark { range: r.clone(), style: p.reported_clause() });
            }
            marks.extend(s.spans.iter().map(|r| Mark { range: r.clone(), style }));
            if i == current
                && let Some(r) = &s.speaker_span
            {
                marks.push(Mark { range: r.clone(), style: p.speaker_mention() });
            }
        }
        marks
    };
    let mut lines = Vec::new();
    let title_marks = marks(Field::Title);
    let title = wrap_styled(&article.title, width, p.bold(), &title_marks);
    let mut statement_line = 0;
    if statement.field == Field::Title {
        statement_line = title.line_of(statement.start());
    }
    lines.extend(title.lines);
    let mut meta: Vec<String> = Vec::new();
    meta.extend(article.source.iter().cloned());
    meta.extend(article.section.iter().cloned());
    match (article.date, &article.time) {
        (Some(d), Some(t)) => meta.push(format!("{d} {t}")),
        (Some(d), None) => meta.push(d.to_string()),
        _ => {}
    }
    if let Some(m) = article.read_time {
        meta.push(format!("{m} min read"));
    }
    if let Some(a) = &article.author {
        meta.push(a.clone());
    }
    for l in super::wrap::wrap_styled(&meta.join(" · "), width, p.dim(), &[]).lines {
        lines.push(l);
    }
    let text_marks = marks(Field::Text);
    for r in &article.paragraphs {
        let Some(para) = article.text.get(r.clone()) else { continue };
        lines.push(Line::default());
        let local: Vec<Mark> = text_marks
            .iter()
            .filter(|m| m.range.start < r.end && m.range.end > r.start)
            .map(|m| Mark {
                range: m.range.start.max(r.start) - r.start..m.range.end.min(r.end) - r.start,
                style: m.style,
            })
            .collect();
        let w = wrap_styled(para, width, p.text(), &local);
        if statement.field == Field::Text && r.contains(&statement.start()) {
            statement_line = lines.len() + w.line_of(statement.start() - r.start);
        }
        lines.extend(w.lines);
    }
    Some(ArticleLines { lines, statement_line })
}

/// The first line shown when the pane follows the statement: a third of
/// the way down, so what leads up to it shows too.
fn auto_scroll(statement_line: usize, lines: usize, height: usize) -> usize {
    statement_line.saturating_sub(height / 3).min(lines.saturating_sub(height))
}

/// `(lines in the article, pane height, the scroll that shows the statement)`.
pub fn scroll_bounds(app: &App) -> (usize, usize, usize) {
    let inner = layout::inner(layout::browse(app.size).context);
    let height = usize::from(inner.height);
    match article_lines(app, usize::from(inner.width)) {
        Some(a) => (a.lines.len(), height, auto_scroll(a.statement_line, a.lines.len(), height)),
        None => (0, height, 0),
    }
}

/// Draws the article pane into `area` (borders included).
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let p = app.palette;
    let focused = app.view == View::Browse && app.focus == Focus::Context;
    let inner = layout::inner(area);
    let mut title = " Article ".to_string();
    if let Some(cur) = app.current_statement() {
        let s = &app.data.corpus.statements[cur];
        let range = statements_of(app, s.article);
        let who = s.speaker.as_deref().map(for_terminal).unwrap_or("speaker unknown".into());
        title = format!(
            " {}/{} in article · {}{} · {} ",
            cur + 1 - range.start,
            range.len(),
            who,
            // (Before the kind, which a narrow pane cuts first.)
            if s.negated { " · not said" } else { "" },
            s.kind.name()
        );
    }
    let block = Block::bordered()
        .title(Span::raw(crate::text::truncate(&title, usize::from(area.width.saturating_sub(2)))))
        .border_style(if focused { p.border_focused() } else { p.border() });
    frame.render_widget(block, area);
    let Some(a) = article_lines(app, usize::from(inner.width)) else {
        let note = if app.loading.is_some() { "" } else { "no statement selected" };
        frame.render_widget(Paragraph::new(Line::styled(note, p.dim())), inner);
        return;
    };
    let height = usize::from(inner.height);
    let scroll = app
        .context_scroll
        .unwrap_or_else(|| auto_scroll(a.statement_line, a.lines.len(), height))
        .min(a.lines.len().saturating_sub(1));
    let shown: Vec<Line> = a.lines.into_iter().skip(scroll).take(height).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
