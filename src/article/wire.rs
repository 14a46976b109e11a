use super::{Article, date::parse_date, split_paragraphs};

/// Parses one article in the wire-text format:
///
/// ```text
///  date 2025-02-13 Interfax-Ukraine
/// Facts
/// 20:27 13.02.2025
///
/// Rutte: We have to make that when talks start ...
///
/// 3 min read
/// NATO Secretary General Mark Rutte has said that ...
///
/// "What we are clearly united about is ..."
/// ```
///
/// Every header line is optional: a file that is only a title line and
/// paragraphs parses too (the title is the first non-empty line). Line
/// endings, a byte-order mark, non-breaking spaces and trailing blanks are
/// normalised; [`Article::id`] and [`Article::path`] are left for the caller.
pub fn parse_wire(raw: &str) -> Article {
    let normalised = normalise(raw);
    let lines: Vec<&str> = normalised.split('\n').collect();
    let mut article = Article::default();
    let mut i = 0;
    let next_nonblank = |mut i: usize| {
        while i < lines.len() && lines[i].trim().is_empty() {
            i += 1;
        }
        i
    };

    i = next_nonblank(i);
    let mut had_date_line = false;
    if let Some((date, source)) = lines.get(i).and_then(|l| date_line(l)) {
        article.date = date;
        article.source = source;
        had_date_line = true;
        i = next_nonblank(i + 1);
    }
    if let Some(line) = lines.get(i) {
        let after = next_nonblank(i + 1);
        let stamp_follows = lines.get(after).is_some_and(|l| time_stamp(l).is_some());
        let is_stamp = time_stamp(line).is_some();
        // Without a time stamp, a rubric still sits directly on the next
        // header line, while a short title is followed by a blank line.
        let title_follows =
            after == i + 1 && lines.get(after).is_some_and(|l| read_time(l).is_none() && !is_stamp);
        if !is_stamp && rubric_like(line) && (stamp_follows || (had_date_line && title_follows)) {
            article.section = Some(line.trim().to_string());
            i = after;
        }
    }
    if let Some((time, date)) = lines.get(i).and_then(|l| time_stamp(l)) {
        article.time = Some(time);
        if article.date.is_none() {
            article.date = date;
        }
        i = next_nonblank(i + 1);
    }
    if let Some(line) = lines.get(i) {
        article.title = line.trim().to_string();
        i += 1;
    }
    // The reading-time line may stand after the title, before the body.
    let after_title = next_nonblank(i);
    if let Some(minutes) = lines.get(after_title).and_then(|l| read_time(l)) {
        article.read_time = Some(minutes);
        i = after_title + 1;
    }
    let body_start: usize = lines[..i.min(lines.len())].iter().map(|l| l.len() + 1).sum();
    article.text = normalised
        .get(body_start.min(normalised.len())..)
        .unwrap_or("")
        .trim_matches('\n')
        .to_string();
    article.paragraphs = split_paragraphs(&article.text);
    article
}

/// CRLF and lone CR to LF, no BOM, no-break spaces to spaces, no trailing
/// blanks on any line.
fn normalise(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(unified.len());
    for (i, line) in unified.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for c in line.trim_end().chars() {
            out.push(match c {
                '\u{a0}' | '\u{202f}' | '\u{2007}' | '\t' => ' ',
                c => c,
            });
        }
    }
    out
}

/// ` date 2025-02-13 Interfax-Ukraine` → date and source.
#[allow(clippy::type_complexity)]
fn date_line(line: &str) -> Option<(Option<super::Date>, Option<String>)> {
    let rest = line.trim().strip_prefix("date")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let (first, source) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let date = parse_date(first)?;
    let source = source.trim();
    Some((Some(date), (!source.is_empty()).then(|| source.to_string())))
}

/// `20:27 13.02.2025` (the date part optional) → time and date.
fn time_stamp(line: &str) -> Option<(String, Option<super::Date>)> {
    let mut words = line.split_whitespace();
    let time = words.next()?;
    let (h, m) = time.split_once(':')?;
    let ok = |s: &str, max: u32| {
        s.len() <= 2 && !s.is_empty() && s.parse::<u32>().is_ok_and(|v| v <= max)
    };
    if !(ok(h, 23) && m.len() == 2 && ok(m, 59)) {
        return None;
    }
    let date = match words.next() {
        None => None,
        Some(d) => Some(parse_date(d)?),
    };
    if words.next().is_some() {
        return None;
    }
    Some((format!("{:0>2}:{m}", h), date))
}

/// `3 min read`, `5 minutes read`, `Reading time: 4 min`.
fn read_time(line: &str) -> Option<u32> {
    let l = line.trim().to_ascii_lowercase();
    let l = l.strip_prefix("reading time:").map(str::trim).unwrap_or(&l);
    let (n, rest) = l.split_once(' ')?;
    let n: u32 = n.parse().ok()?;
    matches!(
        rest.trim(),
        "min read" | "mins read" | "minute read" | "minutes read" | "min" | "minutes" | "min. read"
    )
    .then_some(n)
}

/// A rubric is a short label: a few words, no sentence punctuation.
fn rubric_like(line: &str) -> bool {
    let t = line.trim();
    t.split_whitespace().count() <= 3
        && t.chars().count() <= 32
        && !t.contains([':', '"', '“', '”', '«'])
        && !t.ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_only_file() {
        let a = parse_wire("Just a title\n\nFirst paragraph.\n\nSecond one.\n");
        assert_eq!(a.title, "Just a title");
        assert_eq!(a.paragraphs.len(), 2);
        assert!(a.date.is_none() && a.section.is_none());
    }

    #[test]
    fn crlf_bom_and_nbsp() {
        let a = parse_wire(
            "\u{feff} date 2025-03-01 Wire\r\nNews\r\n09:05 01.03.2025\r\n\r\nTitle\u{a0}here  \r\n\r\n2 min read\r\nLead.\r\n\r\nNext.\r\n",
        );
        assert_eq!(a.source.as_deref(), Some("Wire"));
        assert_eq!(a.section.as_deref(), Some("News"));
        assert_eq!(a.time.as_deref(), Some("09:05"));
        assert_eq!(a.title, "Title here");
        assert_eq!(a.read_time, Some(2));
        assert_eq!(a.text, "Lead.\n\nNext.");
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn date_line_without_rubric() {
        let a = parse_wire("date 2025-03-01 Wire\nTitle: a statement\n\nBody.");
        assert_eq!(a.title, "Title: a statement");
        assert!(a.section.is_none());
    }

    #[test]
    fn stamp_date_used_when_no_date_line() {
        let a = parse_wire("10:00 02.03.2025\nTitle\nBody.");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-03-02"));
        assert_eq!(a.title, "Title");
    }
}
