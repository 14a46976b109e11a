//! Emphasis on a terminal: bold and colour when stdout is a terminal and
//! `NO_COLOR` is unset; plain text otherwise, so pipes get clean text.

use std::io::IsTerminal;

use crate::sanitize::for_terminal;

/// Whether and how to emphasise text on standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    /// Write ANSI styles.
    pub enabled: bool,
}

impl Paint {
    /// Styles on when stdout is a terminal and `NO_COLOR` is unset or empty.
    pub fn for_stdout() -> Paint {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Paint { enabled: std::io::stdout().is_terminal() && !no_color }
    }

    /// `s` in bold.
    pub fn bold(&self, s: &str) -> String {
        self.wrap(s, "1")
    }

    /// `s` dimmed.
    pub fn dim(&self, s: &str) -> String {
        self.wrap(s, "2")
    }

    /// `s` with the chars at `positions` (char indexes) in bold yellow.
    pub fn emphasize_chars(&self, s: &str, positions: &[usize]) -> String {
        let s = for_terminal(s);
        if !self.enabled || positions.is_empty() {
            return s.into_owned();
        }
        let mut out = String::with_capacity(s.len() + positions.len() * 8);
        let mut on = false;
        for (i, c) in s.chars().enumerate() {
            let hit = positions.binary_search(&i).is_ok();
            if hit != on {
                out.push_str(if hit { "\x1b[1;33m" } else { "\x1b[0m" });
                on = hit;
            }
            out.push(c);
        }
        if on {
            out.push_str("\x1b[0m");
        }
        out
    }

    /// `s` with the byte ranges `ranges` (sorted, not overlapping) in bold.
    pub fn emphasize_ranges(&self, s: &str, ranges: &[std::ops::Range<usize>]) -> String {
        if !self.enabled || ranges.is_empty() {
            return for_terminal(s).into_owned();
        }
        let mut out = String::new();
        let mut at = 0;
        for r in ranges {
            if r.start < at
                || r.end > s.len()
                || !s.is_char_boundary(r.start)
                || !s.is_char_boundary(r.end)
            {
                continue;
            }
            out.push_str(&for_terminal(&s[at..r.start]));
            out.push_str(&self.bold(&s[r.clone()]));
            at = r.end;
        }
        out.push_str(&for_terminal(&s[at..]));
        out
    }

    fn wrap(&self, s: &str, code: &str) -> String {
        let s = for_terminal(s);
        if self.enabled { format!("\x1b[{code}m{s}\x1b[0m") } else { s.into_owned() }
    }
}

/// Columns to lay tables out in: the terminal's width when stdout is one,
/// else `$COLUMNS`, else 100.
pub fn terminal_width() -> usize {
    if std::io::stdout().is_terminal()
        && let Ok((w, _)) = crossterm::terminal::size()
        && w > 0
    {
        return w as usize;
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).filter(|w| *w > 0).unwrap_or(100)
}
