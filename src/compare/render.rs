//! Lays a comparison out as text columns for a terminal of a given width:
//! a pure function from corpus and comparison to styled lines, so the
//! command line can paint them and tests can snapshot them.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::{Change, Comparison, Prepared, UNDATED, UNKNOWN_SPEAKER, diff_prepared};
use crate::{
    corpus::Corpus,
    sanitize::for_terminal,
    text::{fit, truncate, width},
    themes::{Theme, term_ranges},
};

/// What a piece of a line is, for whoever paints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Ordinary text and padding.
    Plain,
    /// A column's key.
    Heading,
    /// Date and speaker above a statement.
    Meta,
    /// A word of a compared theme.
    Term,
    /// Words only in the left statement of a diff.
    Removed,
    /// Words only in the right statement of a diff.
    Added,
    /// Column separators and rules.
    Rule,
}

/// A run of text in one style. Text is already safe for a terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// How to show it.
    pub style: Style,
}

/// One line of output: segments left to right.
pub type Line = Vec<Segment>;

/// Narrowest useful column; fewer columns are shown when they would be
/// narrower.
pub const MIN_COLUMN: usize = 24;
const SEPARATOR: &str = " │ ";
const CROSSING: &str = "─┼─";
/// Neighbouring statements compared for near-identity, at most, per pair of
/// columns: keeps a wide comparison fast.
const MAX_PAIRS: usize = 2500;
/// Near-identical pairs shown, at most, per pair of columns.
const MAX_DIFFS: usize = 3;

fn seg(text: impl Into<String>, style: Style) -> Segment {
    Segment { text: text.into(), style }
}

/// The plain text of a line.
pub fn plain(line: &[Segment]) -> String {
    line.iter().map(|s| s.text.as_str()).collect()
}

/// [`layout`] as plain text lines.
pub fn render_columns(
    corpus: &Corpus,
    comparison: &Comparison,
    width: usize,
    themes: &[&Theme],
) -> Vec<String> {
    layout(corpus, comparison, width, themes).iter().map(|l| plain(l)).collect()
}

/// The comparison as lines at most `width` columns wide: a header of column
/// keys, each column's statements (date · speaker, then the words, with the
/// terms of `themes` as [`Style::Term`]), then word diffs of near-identical
/// statements in neighbouring columns. Columns that do not fit at
/// [`MIN_COLUMN`] are named in a note instead.
pub fn layout(
    corpus: &Corpus,
    comparison: &Comparison,
    width: usize,
    themes: &[&Theme],
) -> Vec<Line> {
    let width = width.max(MIN_COLUMN);
    let cols = &comparison.columns;
    if cols.is_empty() {
        return Vec::new();
    }
    let gap = width_of(SEPARATOR);
    let shown = cols.len().min((width + gap) / (MIN_COLUMN + gap)).max(1);
    let col_w = (width - gap * (shown - 1)) / shown;
    let mut lines: Vec<Line> = Vec::new();

    // Header and rule.
    let mut header = Line::new();
    let mut rule = Line::new();
    for (c, col) in cols.iter().take(shown).enumerate() {
        if c > 0 {
            header.push(seg(SEPARATOR, Style::Rule));
            rule.push(seg(CROSSING, Style::Rule));
        }
        let key = format!("{} ({})", for_terminal(&col.key), col.statements.len());
        header.push(seg(fit(&key, col_w), Style::Heading));
        rule.push(seg("─".repeat(col_w), Style::Rule));
    }
    lines.push(trim_end(header));
    lines.push(rule);

    // Body: each column's lines, then rows across columns.
    let cells: Vec<Vec<Line>> = cols
        .iter()
        .take(shown)
        .map(|col| {
            let mut out: Vec<Line> = Vec::new();
            for (k, &i) in col.statements.iter().enumerate() {
                if k > 0 {
                    out.push(Line::new());
                }
                out.push(vec![seg(truncate(&meta(corpus, i), col_w), Style::Meta)]);
                out.extend(wrap_units(statement_units(corpus, i, themes), col_w));
            }
            out
        })
        .collect();
    let rows = cells.iter().map(Vec::len).max().unwrap_or(0);
    for r in 0..rows {
        let mut line = Line::new();
        for (c, cell) in cells.iter().enumerate() {
            if c > 0 {
                line.push(seg(SEPARATOR, Style::Rule));
            }
            let part = cell.get(r).cloned().unwrap_or_default();
            let used: usize = part.iter().map(|s| width_of(&s.text)).sum();
            line.extend(part);
            line.push(seg(" ".repeat(col_w.saturating_sub(used)), Style::Plain));
        }
        lines.push(trim_end(compact(line)));
    }

    if shown < cols.len() {
        let rest: Vec<String> =
            cols[shown..].iter().map(|c| for_terminal(&c.key).into_owned()).collect();
        let note = format!(
            "… {} more column{} not shown at this width: {}",
            rest.len(),
            if rest.len() == 1 { "" } else { "s" },
            rest.join(", ")
        );
        lines.push(Line::new());
        lines.extend(wrap_units(
            note.split_whitespace().map(|w| vec![seg(w, Style::Meta)]).collect(),
            width,
        ));
    }

    let diffs = diff_lines(corpus, comparison, shown, width);
    if !diffs.is_empty() {
        lines.push(Line::new());
        lines.push(vec![seg(
            truncate("Nearly the same in neighbouring columns", width),
            Style::Heading,
        )]);
        lines.extend(diffs);
    }
    lines
}

fn width_of(s: &str) -> usize {
    width(s)
}

/// "2025-02-13 · Mark Rutte".
fn meta(corpus: &Corpus, i: usize) -> String {
    let date = corpus.date_of(i).map_or_else(|| UNDATED.to_string(), |d| d.to_string());
    let speaker = corpus.statements[i].speaker.as_deref().unwrap_or(UNKNOWN_SPEAKER);
    for_terminal(&format!("{date} · {speaker}")).into_owned()
}

/// A statement's date and speaker after its column key, unless the key
/// already says one of them.
fn labelled(key: &str, meta: &str) -> String {
    let key = for_terminal(key);
    if meta.split(" · ").any(|part| part == key) {
        meta.to_string()
    } else {
        format!("{key} · {meta}")
    }
}

/// A statement's words as units for wrapping, with theme terms emphasised.
fn statement_units(corpus: &Corpus, i: usize, themes: &[&Theme]) -> Vec<Vec<Segment>> {
    let text = for_terminal(&corpus.text_of(i)).into_owned();
    let mut hits: Vec<Range<usize>> = themes.iter().flat_map(|t| term_ranges(&text, t)).collect();
    hits.sort_by_key(|r| r.start);
    let mut units = Vec::new();
    for word in text.split_whitespace() {
        let start = word.as_ptr() as usize - text.as_ptr() as usize;
        let end = start + word.len();
        let mut unit: Vec<Segment> = Vec::new();
        let mut at = start;
        for h in hits.iter().filter(|h| h.start < end && h.end > start) {
            let (hs, he) = (h.start.max(at), h.end.min(end));
            if hs > at {
                unit.push(seg(&text[at..hs], Style::Plain));
            }
            if he > hs {
                unit.push(seg(&text[hs..he], Style::Term));
                at = he;
            }
        }
        if at < end {
            unit.push(seg(&text[at..end], Style::Plain));
        }
        units.push(unit);
    }
    units
}

/// Words (units of segments that stay together) filled into lines of at
/// most `cols` columns; a unit wider than a line is broken between
/// graphemes.
fn wrap_units(units: Vec<Vec<Segment>>, cols: usize) -> Vec<Line> {
    let cols = cols.max(1);
    let mut lines: Vec<Line> = Vec::new();
    let mut line = Line::new();
    let mut used = 0;
    for unit in units {
        let w: usize = unit.iter().map(|s| width_of(&s.text)).sum();
        if used > 0 && used + 1 + w > cols {
            lines.push(compact(std::mem::take(&mut line)));
            used = 0;
        }
        if w > cols {
            for s in unit {
                for g in s.text.graphemes(true) {
                    let gw = width_of(g);
                    if used + gw > cols && used > 0 {
                        lines.push(compact(std::mem::take(&mut line)));
                        used = 0;
                    }
                    line.push(seg(g, s.style));
                    used += gw;
                }
            }
            continue;
        }
        if used > 0 {
            line.push(seg(" ", Style::Plain));
            used += 1;
        }
        line.extend(unit);
        used += w;
    }
    if !line.is_empty() {
        lines.push(compact(line));
    }
    lines
}

/// Joins neighbouring segments of one style, and drops empty ones.
fn compact(line: Line) -> Line {
    let mut out: Line = Vec::with_capacity(line.len());
    for s in line {
        if s.text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.style == s.style => last.text.push_str(&s.text),
            _ => out.push(s),
        }
    }
    out
}

/// A line without trailing padding.
fn trim_end(mut line: Line) -> Line {
    while let Some(last) = line.last_mut() {
        let trimmed = last.text.trim_end().len();
        if trimmed == 0 {
            line.pop();
        } else {
            last.text.truncate(trimmed);
            break;
        }
    }
    line
}

/// Word diffs of near-identical statements in neighbouring shown columns.
fn diff_lines(corpus: &Corpus, comparison: &Comparison, shown: usize, width: usize) -> Vec<Line> {
    let cols = &comparison.columns;
    let mut out: Vec<Line> = Vec::new();
    for c in 0..shown.saturating_sub(1) {
        let (left, right) = (&cols[c], &cols[c + 1]);
        let mut found = 0;
        let mut tried = 0;
        let right_texts: Vec<String> = right
            .statements
            .iter()
            .take(MAX_PAIRS)
            .map(|&b| for_terminal(&corpus.text_of(b)).into_owned())
            .collect();
        let right_prepared: Vec<Prepared<'_>> =
            right_texts.iter().map(|t| Prepared::new(t)).collect();
        'pairs: for &a in &left.statements {
            let ta = for_terminal(&corpus.text_of(a)).into_owned();
            let pa = Prepared::new(&ta);
            for (&b, pb) in right.statements.iter().zip(&right_prepared) {
                if a == b {
                    continue;
                }
                tried += 1;
                if tried > MAX_PAIRS {
                    break 'pairs;
                }
                let Some(pieces) = diff_prepared(&pa, pb) else { continue };
                let head = format!(
                    "{}  →  {}",
                    labelled(&left.key, &meta(corpus, a)),
                    labelled(&right.key, &meta(corpus, b))
                );
                out.push(Line::new());
                out.push(vec![seg(truncate(&head, width), Style::Meta)]);
                let mut units: Vec<Vec<Segment>> = Vec::new();
                for p in &pieces {
                    let (style, open, close) = match p.change {
                        Change::Same => (Style::Plain, "", ""),
                        Change::Removed => (Style::Removed, "[-", "-]"),
                        Change::Added => (Style::Added, "{+", "+}"),
                    };
                    let ws: Vec<&str> = p.text.split_whitespace().collect();
                    for (k, w) in ws.iter().enumerate() {
                        let mut t = String::new();
                        if k == 0 {
                            t.push_str(open);
                        }
                        t.push_str(w);
                        if k + 1 == ws.len() {
                            t.push_str(close);
                        }
                        units.push(vec![seg(t, style)]);
                    }
                }
                out.extend(wrap_units(units, width));
                found += 1;
                if found >= MAX_DIFFS {
                    break 'pairs;
                }
                // One partner per left statement is enough.
                continue 'pairs;
            }
        }
    }
    out
}
