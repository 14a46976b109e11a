//! Articles: the wire-text and JSON formats onrecord reads, and loading them
//! from files, folders and standard input.

mod date;
mod json;
mod load;
mod paragraphs;
mod wire;

use std::ops::Range;

use serde::Serialize;

pub use date::{date_in_file_name, parse_date};
pub use json::{parse_json_article, parse_json_file, parse_json_lines};
pub use load::{Input, LoadProgress, LoadReport, Problem, load, load_samples};
pub use paragraphs::split_paragraphs;
pub use wire::parse_wire;

/// A calendar date (no time zone): what articles are compared by.
pub type Date = jiff::civil::Date;

/// One news article, as loaded.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Article {
    /// Stable id: the JSON `id` when given, else the path relative to the
    /// argument it was found under (with `:LINE` for JSON Lines).
    pub id: String,
    /// The file it came from, as the user named it; `None` for bundled samples
    /// and standard input.
    pub path: Option<String>,
    /// Outlet or wire service (`Interfax-Ukraine`, `Reuters`).
    pub source: Option<String>,
    /// Rubric or section (`Facts`, `business`).
    pub section: Option<String>,
    /// Byline, when the input has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Where it was published, when the input says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
    /// Publication time of day, `HH:MM`, when the input has one.
    pub time: Option<String>,
    /// The headline.
    pub title: String,
    /// The "3 min read" figure, in minutes.
    pub read_time: Option<u32>,
    /// The body. For JSON input this is the input's own text, unchanged, so
    /// byte offsets index the caller's copy; for wire text it is the body
    /// after the header lines, with line endings and spaces normalised.
    pub text: String,
    /// Paragraphs as byte ranges into [`Article::text`], trimmed, in order.
    #[serde(serialize_with = "ranges_as_pairs")]
    pub paragraphs: Vec<Range<usize>>,
}

impl Article {
    /// The text of paragraph `i`.
    pub fn paragraph(&self, i: usize) -> &str {
        self.paragraphs.get(i).map_or("", |r| &self.text[r.clone()])
    }

    /// Index of the paragraph holding byte `offset` of the text (the next one
    /// when the offset falls between paragraphs).
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|r| r.end <= offset);
        (i < self.paragraphs.len()).then_some(i)
    }
}

/// Serialises byte ranges as `[start, end]` pairs, the shape scripts expect.
pub fn ranges_as_pairs<S: serde::Serializer>(
    ranges: &[Range<usize>],
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = s.serialize_seq(Some(ranges.len()))?;
    for r in ranges {
        seq.serialize_element(&[r.start, r.end])?;
    }
    seq.end()
}
