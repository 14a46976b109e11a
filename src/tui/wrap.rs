//! Word-wrapping text that carries styled byte ranges, keeping track of where
//! each screen line starts so a pane can scroll to a given byte.

use std::ops::Range;

use ratatui::{
    style::Style,
    text::{Line, Span},
};
use unicode_segmentation::UnicodeSegmentation;

use crate::{sanitize::for_terminal, text::width};

/// A style laid over a byte range of the text being wrapped. Later marks
/// patch earlier ones, so the most important goes last.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Bytes of the text it covers.
    pub range: Range<usize>,
    /// What it adds to the base style.
    pub style: Style,
}

/// Wrapped, styled lines and the byte each starts at.
#[derive(Debug, Default)]
pub struct Wrapped {
    /// The screen lines.
    pub lines: Vec<Line<'static>>,
    /// `starts[i]`: byte offset in the text where line `i` begins.
    pub starts: Vec<usize>,
}

impl Wrapped {
    /// The line holding byte `offset` (the last line starting at or before it).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }
}

/// Columns a piece of article text takes once made safe for the terminal.
fn cols(s: &str) -> usize {
    width(&for_terminal(s))
}

/// `text` cut into alternating runs of non-space and space characters, with
/// their byte offsets: lines break only at spaces, so punctuation stays with
/// its word.
fn words_and_spaces(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = text.get(at..).filter(|r| !r.is_empty())?;
        let space = rest.starts_with(char::is_whitespace);
        let len = rest
            .char_indices()
            .find(|&(_, c)| c.is_whitespace() != space)
            .map_or(rest.len(), |(i, _)| i);
        let start = at;
        at += len;
        Some((start, &rest[..len]))
    })
}

/// Byte ranges of the lines `text` breaks into at `max` columns: at word
/// boundaries, and between graphemes for a word wider than a line. Spaces at
/// a break are dropped.
pub fn line_ranges(text: &str, max: usize) -> Vec<Range<usize>> {
    let max = max.max(1);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut used = 0;
    for (at, word) in words_and_spaces(text) {
        let blank = word.trim().is_empty();
        let w = cols(word);
        if start.is_none() {
            if blank {
                continue;
            }
            start = Some(at);
            used = 0;
        }
        if used + w > max && used > 0 {
            out.push(start.unwrap_or(at)..end);
            if blank {
                start = None;
                continue;
            }
            start = Some(at);
            used = 0;
        }
        if w > max {
            // A word wider than a line: break it between graphemes.
            for (g_at, g) in word.grapheme_indices(true) {
                let gw = cols(g);
                if used + gw > max && used > 0 {
                    out.push(start.unwrap_or(at)..at + g_at);
                    start = Some(at + g_at);
                    used = 0;
                }
                used += gw;
            }
        } else {
            used += w;
        }
        if !blank {
            end = at + word.len();
        }
    }
    if let Some(s) = start
        && end > s
    {
        out.push(s..end);
    }
    out
}

/// The spans of `text[range]`, styled by `base` patched with every mark that
/// covers each character; the text is made safe for the terminal.
pub fn styled_spans(
    text: &str,
    range: Range<usize>,
    base: Style,
    marks: &[Mark],
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let Some(slice) = text.get(range.clone()) else { return spans };
    let style_at = |offset: usize| {
        marks
            .iter()
            .filter(|m| m.range.contains(&offset))
            .fold(base, |style, m| style.patch(m.style))
    };
    let mut run_start = 0;
    let mut run_style: Option<Style> = None;
    for (i, _) in slice.char_indices() {
        let style = style_at(range.start + i);
        if run_style != Some(style) {
            if let Some(s) = run_style {
                spans.push(Span::styled(for_terminal(&slice[run_start..i]).into_owned(), s));
            }
            run_start = i;
            run_style = Some(style);
        }
    }
    if let Some(s) = run_style {
        spans.push(Span::styled(for_terminal(&slice[run_start..]).into_owned(), s));
    }
    spans
}

/// `text` wrapped at `max` columns into styled lines.
pub fn wrap_styled(text: &str, max: usize, base: Style, marks: &[Mark]) -> Wrapped {
    let mut wrapped = Wrapped::default();
    for r in line_ranges(text, max) {
        wrapped.starts.push(r.start);
        wrapped.lines.push(Line::from(styled_spans(text, r, base, marks)));
    }
    if wrapped.lines.is_empty() {
        wrapped.starts.push(0);
        wrapped.lines.push(Line::default());
    }
    wrapped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(w: &Wrapped) -> Vec<String> {
        w.lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect()
    }

    #[test]
    fn wraps_at_words_and_tracks_starts() {
        let w = wrap_styled("the outcome has to be durable", 12, Style::new(), &[]);
        assert_eq!(plain(&w), ["the outcome", "has to be", "durable"]);
        assert_eq!(w.starts, [0, 12, 22]);
        assert_eq!(w.line_of(23), 2);
        assert_eq!(w.line_of(0), 0);
    }

    #[test]
    fn punctuation_stays_with_its_word() {
        let w = wrap_styled("has to be durable, he said", 17, Style::new(), &[]);
        assert_eq!(plain(&w), ["has to be", "durable, he said"]);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let w = wrap_styled("日本語のテキスト", 6, Style::new(), &[]);
        assert_eq!(plain(&w), ["日本語", "のテキ", "スト"]);
    }

    #[test]
    fn marks_split_spans_and_controls_are_defused() {
        let marks = [Mark { range: 4..11, style: Style::new().bold() }];
        let w = wrap_styled("the outcome\u{1b}[2J", 40, Style::new(), &marks);
        let spans = &w.lines[0].spans;
        assert_eq!(spans[1].content, "outcome");
        assert_eq!(spans[1].style, Style::new().bold());
        assert!(!spans[2].content.contains('\u{1b}'));
    }
}
