use rayon::prelude::*;
use serde_json::{Map, Value};

use super::{Article, date::parse_date, split_paragraphs};

/// One article from a JSON object.
///
/// Reads `id, title, text, date, source, section, author, url`; also `body`
/// for the text and the news-please scraper's names (`maintext`,
/// `date_publish`, `source_domain`, `authors`). `text` is kept exactly as
/// given, so byte offsets into it index the caller's copy. `fallback_id`
/// names the article when the object has no `id`.
pub fn parse_json_article(value: &Value, fallback_id: &str) -> Result<Article, String> {
    article_from_value(value.clone(), || fallback_id.to_string())
}

/// [`parse_json_article`] taking the parsed value, so that its strings move
/// into the article instead of being copied (the text is most of a corpus).
fn article_from_value(
    value: Value,
    fallback_id: impl FnOnce() -> String,
) -> Result<Article, String> {
    let mut obj = match value {
        Value::Object(obj) => obj,
        v => return Err(format!("expected an article object, found {}", kind_of(&v))),
    };
    let text = take_first_string(&mut obj, &["text", "body", "maintext", "content"]);
    let title = take_first_string(&mut obj, &["title", "headline"]);
    if text.is_none() && title.is_none() {
        return Err("the object has no text: expected a `text`, `body` or `maintext` field".into());
    }
    let text = text.unwrap_or_default();
    let title = title.unwrap_or_else(|| {
        // No headline: the first line of the text stands in for it.
        let first = text.trim_start().lines().next().unwrap_or("");
        crate::text::truncate(first, 100)
    });
    let id = match obj.remove("id") {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => fallback_id(),
    };
    let date = ["date", "date_publish", "published", "publication_date", "pubDate"]
        .iter()
        .filter_map(|k| obj.get(*k)?.as_str())
        .find_map(parse_date);
    let author = match obj.get("author").or_else(|| obj.get("authors")) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Array(a)) => {
            let names: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    };
    let paragraphs = split_paragraphs(&text);
    let title = match title.trim() {
        t if t.len() == title.len() => title,
        t => t.to_string(),
    };
    Ok(Article {
        id,
        path: None,
        source: take_first_string(&mut obj, &["source", "source_domain", "publisher"]),
        section: take_first_string(&mut obj, &["section", "category"]),
        author,
        url: take_first_string(&mut obj, &["url"]),
        date,
        time: None,
        title,
        read_time: None,
        text,
        paragraphs,
    })
}

/// A `.json` file: one article object or an array of them. A broken file
/// is one error with its line; a bad element of an array is reported with
/// its line and the other elements still load.
pub fn parse_json_file(text: &str, base_id: &str) -> (Vec<Article>, Vec<(usize, String)>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return (Vec::new(), vec![(e.line(), json_error(&e))]),
    };
    match value {
        Value::Array(items) => {
            let mut articles = Vec::new();
            let mut problems = Vec::new();
            for (i, item) in items.into_iter().enumerate() {
                match article_from_value(item, || format!("{base_id}#{}", i + 1)) {
                    Ok(a) => articles.push(a),
                    Err(e) => problems.push((0, format!("element {}: {e}", i + 1))),
                }
            }
            (articles, problems)
        }
        v => match article_from_value(v, || base_id.to_string()) {
            Ok(a) => (vec![a], Vec::new()),
            Err(e) => (Vec::new(), vec![(1, e)]),
        },
    }
}

/// A JSON Lines file: one article per line, parsed in parallel. A broken
/// line is reported with its number; the other lines still load.
pub fn parse_json_lines(text: &str, base_id: &str) -> (Vec<Article>, Vec<(usize, String)>) {
    parse_json_lines_reporting(text, base_id, &|_| {})
}

/// [`parse_json_lines`], calling `parsed(bytes)` after each line, so a
/// progress gauge moves through one large file too.
pub(crate) fn parse_json_lines_reporting(
    text: &str,
    base_id: &str,
    parsed: &(dyn Fn(usize) + Sync),
) -> (Vec<Article>, Vec<(usize, String)>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A `str` is UTF-8: the bytes' parse never answers `None`.
    parse_json_line_bytes_at(text.as_bytes(), 1, base_id, parsed).unwrap_or_default()
}

/// The articles of some JSON Lines, and the lines that failed (file line
/// number, reason).
pub(crate) type ParsedLines = (Vec<Article>, Vec<(usize, String)>);

/// How many bytes of lines one task reads: many tasks a piece of a file, so
/// that both the checking and the parsing of a piece are spread over every
/// core, few enough that handing them out costs nothing.
const LINES_PER_TASK: usize = 1 << 18;

/// The JSON Lines in `bytes`, the first of which is line `first_line` of its
/// file (a file may come in pieces, cut after a line break), for bytes not
/// yet known to be UTF-8: `None` when they are not. Each task checks and
/// parses its own run of whole lines.
pub(crate) fn parse_json_line_bytes_at(
    bytes: &[u8],
    first_line: usize,
    base_id: &str,
    parsed: &(dyn Fn(usize) + Sync),
) -> Option<ParsedLines> {
    parse_json_line_bytes_by(bytes, first_line, base_id, parsed, LINES_PER_TASK)
}

/// [`parse_json_line_bytes_at`] with tasks of about `task` bytes (tests use
/// tiny ones).
fn parse_json_line_bytes_by(
    bytes: &[u8],
    first_line: usize,
    base_id: &str,
    parsed: &(dyn Fn(usize) + Sync),
    task: usize,
) -> Option<ParsedLines> {
    // Runs of whole lines, each with the file line it starts on. A line
    // break never falls inside a UTF-8 sequence, so each run is valid on
    // its own when the whole is.
    let mut runs: Vec<(usize, &[u8])> = Vec::new();
    let mut at = 0;
    let mut line = first_line;
    while at < bytes.len() {
        let want = at + task;
        let end = match bytes.get(want..) {
            Some(rest) => memchr::memchr(b'\n', rest).map_or(bytes.len(), |k| want + k + 1),
            None => bytes.len(),
        };
        let run = &bytes[at..end];
        runs.push((line, run));
        line += memchr::memchr_iter(b'\n', run).count();
        at = end;
    }
    let results: Vec<Vec<Result<Article, (usize, String)>>> = runs
        .par_iter()
        .map(|&(first, run)| {
            let text = std::str::from_utf8(run).ok()?;
            let mut out = Vec::new();
            for (n, line) in text.split('\n').enumerate().map(|(i, l)| (first + i, l.trim())) {
                if line.is_empty() {
                    continue;
                }
                let result =
                    serde_json::from_str::<Value>(line).map_err(|e| (n, json_error(&e))).and_then(
                        |v| article_from_value(v, || format!("{base_id}:{n}")).map_err(|e| (n, e)),
                    );
                parsed(line.len() + 1);
                out.push(result);
            }
            Some(out)
        })
        .collect::<Option<_>>()?;
    let mut articles = Vec::with_capacity(results.iter().map(Vec::len).sum());
    let mut problems = Vec::new();
    for r in results.into_iter().flatten() {
        match r {
            Ok(a) => articles.push(a),
            Err(p) => problems.push(p),
        }
    }
    Some((articles, problems))
}

/// The first of `keys` holding a string that is not blank, moved out of `obj`.
fn take_first_string(obj: &mut Map<String, Value>, keys: &[&str]) -> Option<String> {
    let key = keys
        .iter()
        .find(|k| obj.get(**k).and_then(Value::as_str).is_some_and(|s| !s.trim().is_empty()))?;
    match obj.remove(*key) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn json_error(e: &serde_json::Error) -> String {
    let what = match e.classify() {
        serde_json::error::Category::Eof => "the JSON ends early (truncated?)",
        serde_json::error::Category::Syntax => "invalid JSON",
        serde_json::error::Category::Data => "unexpected JSON shape",
        serde_json::error::Category::Io => "read error",
    };
    format!("{what}: {e}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_in_many_tasks_number_and_name_as_in_one() {
        let text = "{\"title\":\"a\",\"text\":\"x\"}\n\n{\"title\": \n{\"title\":\"b\",\"text\":\"y\"}\n[1]\n{\"title\":\"c\",\"text\":\"z\"}";
        let whole = parse_json_line_bytes_by(text.as_bytes(), 7, "f", &|_| {}, usize::MAX);
        for task in [1, 2, 5, 30] {
            let cut = parse_json_line_bytes_by(text.as_bytes(), 7, "f", &|_| {}, task);
            assert_eq!(format!("{cut:?}"), format!("{whole:?}"), "tasks of {task} bytes");
        }
        let Some((articles, problems)) = whole else { panic!("valid UTF-8") };
        let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["f:7", "f:10", "f:12"]);
        let lines: Vec<usize> = problems.iter().map(|p| p.0).collect();
        assert_eq!(lines, [9, 11]);
        // Bytes that are not UTF-8, in any task, make the caller read the
        // file whole instead.
        let broken = [text.as_bytes(), b"\n{\"title\":\"\xff\"}\n"].concat();
        assert!(parse_json_line_bytes_by(&broken, 1, "f", &|_| {}, 1).is_none());
    }

    #[test]
    fn news_please_fields() {
        let v: Value = serde_json::from_str(
            r#"{"title":"T","maintext":"Body one.\n\nBody two.","date_publish":"2016-03-11 10:00:00","source_domain":"example.com","authors":["A","B"]}"#,
        )
        .unwrap_or_default();
        let a = parse_json_article(&v, "f.json").unwrap_or_default();
        assert_eq!(a.id, "f.json");
        assert_eq!(a.source.as_deref(), Some("example.com"));
        assert_eq!(a.author.as_deref(), Some("A, B"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2016-03-11"));
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn broken_lines_are_reported_and_others_load() {
        let (ok, bad) =
            parse_json_lines("{\"title\":\"a\",\"text\":\"x\"}\n{\"title\": \n\n[1]\n", "f");
        assert_eq!(ok.len(), 1);
        assert_eq!(bad.iter().map(|p| p.0).collect::<Vec<_>>(), vec![2, 4]);
    }
}
