use std::ops::Range;

/// Paragraphs of `text` as trimmed byte ranges.
///
/// Blank lines separate paragraphs. So does an indented line after an
/// unindented one, as old newswires (Reuters 1987) mark paragraphs. A text
/// with no blank line and no indentation at all has one paragraph per line.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let has_blank_line = text.trim().split('\n').any(|l| l.trim().is_empty());
    let has_indent =
        text.trim().split('\n').skip(1).any(|l| l.starts_with("  ") || l.starts_with('\t'));
    let one_per_line = !has_blank_line && !has_indent;

    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim();
        let line_start = offset;
        offset += line.len();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
            continue;
        }
        let indented = content.starts_with("  ") || content.starts_with('\t');
        let breaks = one_per_line || (indented && has_indent);
        if breaks && let Some(s) = start.take() {
            out.push(s..end);
        }
        let lead = content.len() - content.trim_start().len();
        if start.is_none() {
            start = Some(line_start + lead);
        }
        end = line_start + content.trim_end().len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

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
    }
}
