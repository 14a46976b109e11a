use std::fmt;

use rayon::prelude::*;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::{Article, date::parse_date, split_paragraphs};

/// One article from a JSON object.
///
/// Reads `id, title, text, date, source, section, author, url`; also `body`
/// for the text and the news-please scraper's names (`maintext`,
/// `date_publish`, `source_domain`, `authors`). `text` is kept exactly as
/// given, so byte offsets into it index the caller's copy. `fallback_id`
/// names the article when the object has no `id`.
pub fn parse_json_article(value: &Value, fallback_id: &str) -> Result<Article, String> {
    match Parsed::deserialize(value) {
        Ok(parsed) => article_from(parsed, || fallback_id.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// A JSON value where an article is expected: the fields onrecord reads when
/// it is an object, the elements of an array (a `.json` file may hold
/// many articles), else what it is instead. Reading objects straight into
/// [`Fields`], rather than through [`Value`], skips building a map of every
/// key.
enum Parsed {
    Object(Box<Fields>),
    Array(Vec<Parsed>),
    Other(&'static str),
}

/// The fields of an article object onrecord reads, each as given. Where
/// several names mean the same field, each has its slot, in order of
/// preference (a later duplicate of a key replaces an earlier one, as in
/// any JSON map).
#[derive(Default)]
struct Fields {
    /// `text`, `body`, `maintext`, `content`.
    text: [Option<Loose>; 4],
    /// `title`, `headline`.
    title: [Option<Loose>; 2],
    id: Option<Loose>,
    /// `date`, `date_publish`, `published`, `publication_date`, `pubDate`.
    date: [Option<Loose>; 5],
    /// `author`, `authors`.
    author: [Option<Loose>; 2],
    /// `source`, `source_domain`, `publisher`.
    source: [Option<Loose>; 3],
    /// `section`, `category`.
    section: [Option<Loose>; 2],
    url: Option<Loose>,
}

/// A field's value, as far as onrecord cares: a string, a number (as JSON
/// writes it), the strings of an array, or anything else.
enum Loose {
    Str(String),
    Number(String),
    Strings(Vec<String>),
    Other,
}

impl Loose {
    /// The string, when the value is one and is not blank.
    fn text(&self) -> Option<&str> {
        match self {
            Loose::Str(s) if !s.trim().is_empty() => Some(s),
            _ => None,
        }
    }
}

/// The first slot of `slots` holding a string that is not blank, moved out.
fn take_first_string(slots: &mut [Option<Loose>]) -> Option<String> {
    let slot = slots.iter_mut().find(|s| s.as_ref().and_then(Loose::text).is_some())?;
    match slot.take() {
        Some(Loose::Str(s)) => Some(s),
        _ => None,
    }
}

/// The article `parsed` describes; `fallback_id` names it when it has no `id`.
fn article_from(parsed: Parsed, fallback_id: impl FnOnce() -> String) -> Result<Article, String> {
    let mut f = match parsed {
        Parsed::Object(fields) => fields,
        Parsed::Array(_) => return Err("expected an article object, found an array".into()),
        Parsed::Other(kind) => return Err(format!("expected an article object, found {kind}")),
    };
    let text = take_first_string(&mut f.text);
    let title = take_first_string(&mut f.title);
    if text.is_none() && title.is_none() {
        return Err("the object has no text: expected a `text`, `body` or `maintext` field".into());
    }
    let text = text.unwrap_or_default();
    let title = title.unwrap_or_else(|| {
        // No headline: the first line of the text stands in for it.
        let first = text.trim_start().lines().next().unwrap_or("");
        crate::text::truncate(first, 100)
    });
    let id = match f.id {
        Some(Loose::Str(s)) if !s.is_empty() => s,
        Some(Loose::Number(n)) => n,
        _ => fallback_id(),
    };
    let date = f.date.iter().flatten().find_map(|v| match v {
        Loose::Str(s) => parse_date(s),
        _ => None,
    });
    // `authors` counts only when there is no `author` at all.
    let author = match f.author.iter().flatten().next() {
        Some(Loose::Str(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Loose::Strings(names)) => (!names.is_empty()).then(|| names.join(", ")),
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
        source: take_first_string(&mut f.source),
        section: take_first_string(&mut f.section),
        author,
        url: take_first_string(std::slice::from_mut(&mut f.url)),
        date,
        time: None,
        title,
        read_time: None,
        text,
        paragraphs,
    })
}

impl<'de> Deserialize<'de> for Parsed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Parsed, D::Error> {
        d.deserialize_any(ParsedVisitor)
    }
}

struct ParsedVisitor;

impl<'de> Visitor<'de> for ParsedVisitor {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an article object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let mut f = Box::<Fields>::default();
        while let Some(key) = map.next_key::<FieldName>()? {
            let slot = match key {
                FieldName::Text(i) => &mut f.text[i],
                FieldName::Title(i) => &mut f.title[i],
                FieldName::Id => &mut f.id,
                FieldName::Date(i) => &mut f.date[i],
                FieldName::Author(i) => &mut f.author[i],
                FieldName::Source(i) => &mut f.source[i],
                FieldName::Section(i) => &mut f.section[i],
                FieldName::Url => &mut f.url,
                FieldName::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value::<Loose>()?);
        }
        Ok(Parsed::Object(f))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Parsed, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Parsed>()? {
            items.push(item);
        }
        Ok(Parsed::Array(items))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Parsed, E> {
        Ok(Parsed::Other("null"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Parsed, E> {
        Ok(Parsed::Other("a boolean"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Parsed, E> {
        Ok(Parsed::Other("a number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Parsed, E> {
        Ok(Parsed::Other("a number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Parsed, E> {
        Ok(Parsed::Other("a number"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Parsed, E> {
        Ok(Parsed::Other("a string"))
    }
}

/// A key of an article object, read without allocating: which field (and
/// which of its names) it is.
enum FieldName {
    Text(usize),
    Title(usize),
    Id,
    Date(usize),
    Author(usize),
    Source(usize),
    Section(usize),
    Url,
    Other,
}

impl<'de> Deserialize<'de> for FieldName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FieldName, D::Error> {
        struct NameVisitor;
        impl Visitor<'_> for NameVisitor {
            type Value = FieldName;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<FieldName, E> {
                Ok(match key {
                    "text" => FieldName::Text(0),
                    "body" => FieldName::Text(1),
                    "maintext" => FieldName::Text(2),
                    "content" => FieldName::Text(3),
                    "title" => FieldName::Title(0),
                    "headline" => FieldName::Title(1),
                    "id" => FieldName::Id,
                    "date" => FieldName::Date(0),
                    "date_publish" => FieldName::Date(1),
                    "published" => FieldName::Date(2),
                    "publication_date" => FieldName::Date(3),
                    "pubDate" => FieldName::Date(4),
                    "author" => FieldName::Author(0),
                    "authors" => FieldName::Author(1),
                    "source" => FieldName::Source(0),
                    "source_domain" => FieldName::Source(1),
                    "publisher" => FieldName::Source(2),
                    "section" => FieldName::Section(0),
                    "category" => FieldName::Section(1),
                    "url" => FieldName::Url,
                    _ => FieldName::Other,
                })
            }
        }
        d.deserialize_identifier(NameVisitor)
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Str(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Str(v))
    }

    // Numbers as `serde_json` writes them, so that an `id` of 7 is "7".
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Number(serde_json::Number::from(v).to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Number(serde_json::Number::from(v).to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Loose::Other, |n| Loose::Number(n.to_string())))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Loose, E> {
        Ok(Loose::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut strings = Vec::new();
        while let Some(item) = seq.next_element::<Loose>()? {
            if let Loose::Str(s) = item {
                strings.push(s);
            }
        }
        Ok(Loose::Strings(strings))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Loose::Other)
    }
}

/// A `.json` file: one article object or an array of them. A broken file
/// is one error with its line; a bad element of an array is reported with
/// its line and the other elements still load.
pub fn parse_json_file(text: &str, base_id: &str) -> (Vec<Article>, Vec<(usize, String)>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let parsed: Parsed = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return (Vec::new(), vec![(e.line(), json_error(&e))]),
    };
    match parsed {
        Parsed::Array(items) => {
            let mut articles = Vec::new();
            let mut problems = Vec::new();
            for (i, item) in items.into_iter().enumerate() {
                match article_from(item, || format!("{base_id}#{}", i + 1)) {
                    Ok(a) => articles.push(a),
                    Err(e) => problems.push((0, format!("element {}: {e}", i + 1))),
                }
            }
            (articles, problems)
        }
        parsed => match article_from(parsed, || base_id.to_string()) {
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
                let result = serde_json::from_str::<Parsed>(line)
                    .map_err(|e| (n, json_error(&e)))
                    .and_then(|v| article_from(v, || format!("{base_id}:{n}")).map_err(|e| (n, e)));
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
    fn fields_read_as_a_json_map_would_give_them() {
        let text = concat!(
            r#"{"id":7,"title":"T","text":"a \"b\"","author":null,"authors":["x"],"x":{"a":[1,{"b":2}]}}"#,
            "\n",
            r#"{"id":1.5e3,"headline":"H","body":"  ","content":"real","authors":["A",3,"B"],"date":5,"pubDate":"2020-03-04","source":" ","publisher":"P"}"#,
            "\n",
            r#"{"id":"","title":"a","title":"b","text":"t\u00e9","section":7,"category":"c"}"#,
        );
        let (articles, problems) = parse_json_lines(text, "f");
        assert!(problems.is_empty(), "{problems:?}");
        let [a, b, c] = &articles[..] else { panic!("three articles: {articles:?}") };
        // A numeric id as JSON writes it; `author` present (even null)
        // hides `authors`.
        assert_eq!((a.id.as_str(), a.text.as_str(), a.author.as_deref()), ("7", "a \"b\"", None));
        // A blank string is no text; non-strings are skipped.
        assert_eq!((b.id.as_str(), b.title.as_str(), b.text.as_str()), ("1500.0", "H", "real"));
        assert_eq!(b.author.as_deref(), Some("A, B"));
        assert_eq!(b.date.map(|d| d.to_string()).as_deref(), Some("2020-03-04"));
        assert_eq!(b.source.as_deref(), Some("P"));
        // An empty id falls back; the last of two equal keys counts.
        assert_eq!((c.id.as_str(), c.title.as_str(), c.text.as_str()), ("f:3", "b", "té"));
        assert_eq!(c.section.as_deref(), Some("c"));
    }

    #[test]
    fn broken_lines_are_reported_and_others_load() {
        let (ok, bad) =
            parse_json_lines("{\"title\":\"a\",\"text\":\"x\"}\n{\"title\": \n\n[1]\n", "f");
        assert_eq!(ok.len(), 1);
        assert_eq!(bad.iter().map(|p| p.0).collect::<Vec<_>>(), vec![2, 4]);
    }
}
