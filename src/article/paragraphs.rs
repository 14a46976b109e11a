use std::ops::Range;

/// Paragraphs of `text` as trimmed byte ranges.
///
/// Blank lines separate paragraphs. So does an indented line after an
/// unindented one, as old newswires (Reuters 1987) mark paragraphs. A text
/// with no blank line and no indentation at all has one paragraph per line,
/// unless it is hard-wrapped: then, as in web copy, a line that ends a
/// sentence before a capital ends a paragraph.
/// In a text that is not hard-wrapped (web copy, where a line is a
/// paragraph and blank lines are only sometimes between them), a line
/// break after the end of a sentence before a capital or a quote mark
/// separates paragraphs too.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let (has_blank_line, has_indent, wrapped) = layout(text);
    // (A short hard-wrapped newswire item has neither blank lines nor
    // indentation, and is one paragraph but where a line ends a sentence:
    // "RCM Technologies Inc said the\nSecurities and Exchange …".)
    let one_per_line = !has_blank_line && !has_indent && !wrapped;
    let lines_are_paragraphs = !has_indent && (!wrapped || !has_blank_line);
    let mut after_sentence_end = false;

    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let bytes = text.as_bytes();
    let mut line_start = 0;
    // Lines, each with its line break, found with `memchr`; their visible
    // parts found byte by byte where they are ASCII (nearly always).
    while line_start < text.len() {
        let next =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(text.len(), |k| line_start + k + 1);
        let first = first_visible(text, line_start, next);
        let last = visible_end(text, first, next);
        let trimmed = &text[first..last];
        let at = line_start;
        line_start = next;
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
            continue;
        }
        let indented = bytes[at] == b'\t' || bytes[at..].starts_with(b"  ");
        // Looked at only in web copy (most corpora are hard-wrapped).
        let opens_paragraph =
            || trimmed.chars().next().is_some_and(|c| c.is_uppercase() || "\"“‘'«„(".contains(c));
        let breaks = one_per_line
            || (indented && has_indent)
            || (lines_are_paragraphs && after_sentence_end && opens_paragraph());
        if lines_are_paragraphs {
            // (A parenthesis that closes a sentence ends one too: "(See the
            // timeline below.)".)
            let closed = trimmed.strip_suffix(')').unwrap_or(trimmed);
            after_sentence_end = (closed.ends_with(['.', '?', '!', '"', '”', '’', '\'', ':'])
                && (closed.len() == trimmed.len() || closed.ends_with(['.', '?', '!'])))
                || (!wrapped && (heading(trimmed) || ends_in_dash_credit(trimmed)));
        }
        if breaks && let Some(s) = start.take() {
            out.push(s..end);
        }
        if start.is_none() {
            start = Some(first);
        }
        end = last;
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    // Kept for the corpus's lifetime: no spare capacity.
    out.shrink_to_fit();
    out
}

/// Whether a line of web copy ends in a quotation and its credit after a
/// dash, as lists of quotations write each line: `“…” ― Sonya Herridge`.
/// The next line is another's quotation, not this one's next words.
fn ends_in_dash_credit(line: &str) -> bool {
    let Some((dash, _)) = line.char_indices().rev().find(|&(_, c)| matches!(c, '―' | '—' | '–'))
    else {
        return false;
    };
    let before = line[..dash].trim_end_matches(|c: char| c.is_whitespace());
    let credit = &line[dash..];
    before.ends_with(['”', '"']) && credit.split_whitespace().count() <= 8
}

/// Whether a line of web copy is a heading, which ends without a stop: a
/// few words, most of them capitalised ("Jeb Bush Hits Marco Rubio On Rape
/// Exception For Abortions"). The line after it is a paragraph of its own,
/// not the heading's next words: "… For Abortions" and "Jeb Bush criticized
/// …" are no name "Abortions Jeb Bush".
fn heading(line: &str) -> bool {
    let mut words = 0;
    let mut capitals = 0;
    for w in line.split_whitespace() {
        words += 1;
        capitals += usize::from(w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    }
    (2..=20).contains(&words) && capitals * 3 >= words * 2
}

/// Whether the lines of `text` trimmed (those after its first line) hold a
/// blank line, an indented one, and whether it is hard-wrapped (no line
/// longer than [`WRAP_WIDTH`]): what decides how it splits. One pass over
/// line starts only, as every article of a corpus goes through here.
fn layout(text: &str) -> (bool, bool, bool) {
    let Some(first) = text.find(|c: char| !c.is_whitespace()) else {
        return (true, false, true);
    };
    // The trimmed text ends with its last non-space character; lines after
    // that one do not count.
    let last_end = text.trim_end().len();
    let bytes = text.as_bytes();
    let Some(nl) = memchr::memchr(b'\n', &bytes[first..]) else {
        return (false, false, true);
    };
    let (mut blank, mut indent, mut wrapped) = (false, false, true);
    let mut s = first + nl + 1;
    while s < last_end && !(blank && indent) {
        let e = memchr::memchr(b'\n', &bytes[s..]).map_or(bytes.len(), |k| s + k);
        if e - s > WRAP_WIDTH {
            wrapped = false;
        }
        let b0 = bytes[s];
        if b0 == b'\t' || (b0 == b' ' && bytes.get(s + 1) == Some(&b' ')) {
            indent = true;
        }
        // A line that starts with a visible ASCII character is not blank.
        if !blank && (b0.is_ascii_whitespace() || !b0.is_ascii()) && text[s..e].trim().is_empty() {
            blank = true;
        }
        s = e + 1;
    }
    (blank, indent, wrapped)
}

/// Where `text[from..to]` stops being whitespace (`to` if it never does):
/// what `str::trim_start` finds, without decoding ASCII.
fn first_visible(text: &str, from: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
            b if b.is_ascii() => return i,
            _ => {
                let rest = &text[i..to];
                return to - rest.trim_start().len();
            }
        }
    }
    to
}

/// Where the visible part of `text[from..to]` ends (`from` if it is all
/// whitespace): what `str::trim_end` finds, without decoding ASCII.
fn visible_end(text: &str, from: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = to;
    while i > from {
        match bytes[i - 1] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i -= 1,
            b if b.is_ascii() => return i,
            _ => return from + text[from..i].trim_end().len(),
        }
    }
    from
}

/// Longer lines than this (in bytes) mean the text is not hard-wrapped.
const WRAP_WIDTH: usize = 120;

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split_paragraphs(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn blank_lines_separate() {
        assert_eq!(texts("a b\nc\n\n\nd \n"), vec!["a b\nc", "d"]);
    }

    #[test]
    fn indentation_separates_newswire_paragraphs() {
        assert_eq!(
            texts("Showers continued\nthe week.\n    The dry period\nmeans.\n    Arrivals"),
            vec!["Showers continued\nthe week.", "The dry period\nmeans.", "Arrivals"]
        );
    }

    #[test]
    fn one_paragraph_per_line_without_blanks() {
        assert_eq!(texts("First.\nSecond.\n"), vec!["First.", "Second."]);
        // A wrapped item's lines that end no sentence stay together.
        assert_eq!(
            texts(
                "RCM Technologies Inc said the\nSecurities and Exchange Commission has\ndeclared it effective."
            ),
            vec![
                "RCM Technologies Inc said the\nSecurities and Exchange Commission has\ndeclared it effective."
            ]
        );
    }

    #[test]
    fn web_copy_lines_are_paragraphs_beside_blank_lines() {
        let long = "Her campaign said on Tuesday that the rally in the city would go ahead as planned, whatever the weather, and that the candidate would speak.";
        let t = format!(
            "Title\n\n{long}\n“We will be there,” she said.\nand then a lowercase line.\n\nEnd."
        );
        assert_eq!(
            texts(&t),
            vec![
                "Title",
                long,
                "“We will be there,” she said.\nand then a lowercase line.",
                "End."
            ]
        );
        // A sentence closed inside a parenthesis ends its line's paragraph.
        let t =
            format!("Title\n\n{long}\n(See the timeline below.)\nSexton said so.\n(Or not)\nEnd.");
        assert_eq!(
            texts(&t),
            vec!["Title", long, "(See the timeline below.)", "Sexton said so.", "(Or not)\nEnd."]
        );
        // A heading with no stop ends its line's paragraph too.
        let t = format!(
            "Title\n\n{long}\nJeb Bush Hits Marco Rubio On Rape Exception For Abortions\nJeb Bush criticized Rubio.\nthe words go on."
        );
        assert_eq!(
            texts(&t),
            vec![
                "Title",
                long,
                "Jeb Bush Hits Marco Rubio On Rape Exception For Abortions",
                "Jeb Bush criticized Rubio.\nthe words go on."
            ]
        );
        // So does a quotation and its credit after a dash, as a list of
        // quotations writes each line.
        let t = format!(
            "Title\n\n{long}\n“He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our culture.”― Pamela Padilla\u{a0}\n“Not a word,” said no one ― and more\nwords went on."
        );
        assert_eq!(
            texts(&t),
            vec![
                "Title",
                long,
                "“He represents our greatest shame.” ― Sonya Herridge",
                "“He is ignorant of our culture.”― Pamela Padilla",
                "“Not a word,” said no one ― and more\nwords went on."
            ]
        );
        // Hard-wrapped text keeps its lines together.
        let wrapped = "Title\n\nThe first sentence ends here.\nThe paragraph goes on.\n\nEnd.";
        assert_eq!(
            texts(wrapped),
            vec!["Title", "The first sentence ends here.\nThe paragraph goes on.", "End."]
        );
    }

    /// The layout test as first written: three passes over trimmed lines.
    fn layout_by_trimmed_lines(text: &str) -> (bool, bool) {
        let blank = text.trim().split('\n').any(|l| l.trim().is_empty());
        let indent =
            text.trim().split('\n').skip(1).any(|l| l.starts_with("  ") || l.starts_with('\t'));
        (blank, indent)
    }

    #[test]
    fn layout_edge_cases() {
        for t in [
            "",
            " \n\t\n",
            "one line",
            "\n\n  a\n  b\n\n",
            "a\n   \nb",
            "a\n\u{a0}\nb",
            "a\nb\n  \n",
            "a\r\n\r\nb",
            "a\n\tb",
            "\u{2003}a\n b\n",
        ] {
            let (blank, indent, _) = layout(t);
            assert_eq!((blank, indent), layout_by_trimmed_lines(t), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn layout_matches_the_line_by_line_reading(
            t in "[a \t\r\n\u{a0}\u{2003}é.]{0,40}"
        ) {
            let (blank, indent, _) = layout(&t);
            proptest::prop_assert_eq!((blank, indent), layout_by_trimmed_lines(&t));
        }
    }
}
