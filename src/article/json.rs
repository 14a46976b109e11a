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
    parse_json_lines_at(text, 1, base_id, parsed)
}

/// The JSON Lines in `text`, the first of which is line `first_line` of its
/// file (a file may come in pieces, cut after a line break).
pub(crate) fn parse_json_lines_at(
    text: &str,
    first_line: usize,
    base_id: &str,
    parsed: &(dyn Fn(usize) + Sync),
) -> (Vec<Article>, Vec<(usize, String)>) {
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .enumerate()
        .map(|(i, l)| (i + first_line, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let results: Vec<Result<Article, (usize, String)>> = lines
        .par_iter()
        .map(|&(n, line)| {
            let result =
                serde_json::from_str::<Value>(line).map_err(|e| (n, json_error(&e))).and_then(
                    |v| article_from_value(v, || format!("{base_id}:{n}")).map_err(|e| (n, e)),
                );
            parsed(line.len() + 1);
            result
        })
        .collect();
    let mut articles = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(p) => problems.push(p),
        }
    }
    (articles, problems)
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
