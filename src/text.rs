//! Text measures and matching shared by the command line, the TUI and the
//! extractor: widths in terminal columns, counted per grapheme so CJK and
//! combining marks line up; whitespace and case-insensitive matching.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `s` with every run of whitespace (line breaks included) made one space,
/// and no space at either end.
pub fn single_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `haystack` contains `lower` (already lowercase) in any case:
/// byte-wise for ASCII, so that filtering tens of thousands of names copies
/// none of them.
pub fn contains_ignoring_case(haystack: &str, lower: &str) -> bool {
    if haystack.is_ascii() && lower.is_ascii() {
        let (haystack, lower) = (haystack.as_bytes(), lower.as_bytes());
        return lower.is_empty()
            || haystack.windows(lower.len()).any(|w| w.eq_ignore_ascii_case(lower));
    }
    haystack.to_lowercase().contains(lower)
}

/// Columns `s` takes on a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in `…` when something was cut.
/// Never splits a grapheme.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `s` cut or padded with spaces to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut out = truncate(s, cols);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// `s` broken into lines of at most `cols` columns, at spaces where possible.
pub fn wrap(s: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_w = 0;
    for word in s.split_word_bounds() {
        let w = width(word);
        if line_w + w > cols && !line.is_empty() {
            lines.push(line.trim_end().to_string());
            line.clear();
            line_w = 0;
            if word.trim().is_empty() {
                continue;
            }
        }
        if w > cols {
            // A word wider than the line: break it between graphemes.
            for g in word.graphemes(true) {
                let gw = width(g);
                if line_w + gw > cols && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0;
                }
                line.push_str(g);
                line_w += gw;
            }
        } else {
            line.push_str(word);
            line_w += w;
        }
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Whether `c` is an invisible format character (a zero-width space or
/// joiner, a direction mark, embedding or isolate, a byte-order mark): web
/// copy strews them about, and they separate nothing a reader can see.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_by_columns_not_bytes() {
        assert_eq!(truncate("日本語のテキスト", 7), "日本語…");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(width(&fit("e\u{301}te", 6)), 6);
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            wrap("the outcome has to be durable", 12),
            vec!["the outcome", "has to be", "durable"]
        );
    }
}
