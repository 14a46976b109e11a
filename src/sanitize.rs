//! Keeps article text from talking to the terminal.
//!
//! Articles come from anywhere; a stray ESC or C1 byte in one could move the
//! cursor, change colours or retitle the window. Everything that reaches a
//! terminal — the TUI or the command line's tables — passes through
//! [`for_terminal`] first.

use std::borrow::Cow;

/// Whether `c` must not be written to a terminal as is: C0 and C1 controls,
/// DEL, and the bidirectional overrides that can reorder what is shown.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'
        )
}

/// `s` with every control character replaced: tabs and line breaks by a
/// space (layout is the caller's job), anything else by U+FFFD.
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c if is_unsafe(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_defused() {
        let s = for_terminal("a\u{1b}[2Jb\u{9b}c\u{7}d\te");
        assert!(!s.chars().any(is_unsafe));
        assert_eq!(s, "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d e");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(for_terminal("He’s «here»"), Cow::Borrowed(_)));
    }
}
