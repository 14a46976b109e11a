//! Comparison: statements laid out in columns, by theme, date or speaker,
//! with a word-level difference for near-identical statements in
//! neighbouring columns.

mod diff;
mod render;

pub use diff::{Change, DiffPiece, NEAR_RATIO, Prepared, diff_prepared, word_diff};
pub use render::{Line, MIN_COLUMN, Segment, Style, layout, plain, render_columns};

use std::collections::HashMap;

use crate::{
    article::Date,
    corpus::Corpus,
    themes::{Bucket, Theme},
};

/// What the columns of a comparison stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// One column per chosen theme.
    Theme,
    /// One column per date (or week, or month, when the dates span long).
    Date,
    /// One column per speaker.
    Speaker,
}

/// One column: a key and its statements in date order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The theme name, date, period or speaker the column stands for.
    pub key: String,
    /// Statement indexes into the corpus, in date order.
    pub statements: Vec<usize>,
}

/// Columns side by side.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    /// The columns, left to right.
    pub columns: Vec<Column>,
    /// For a comparison by date: the period length of the columns.
    pub bucket: Option<Bucket>,
}

impl Comparison {
    /// Whether no column holds a statement.
    pub fn is_empty(&self) -> bool {
        self.columns.iter().all(|c| c.statements.is_empty())
    }
}

/// The column key for statements without a date.
pub const UNDATED: &str = "undated";
/// The column key for statements without a known speaker.
pub const UNKNOWN_SPEAKER: &str = "(unknown)";

/// Lays statements out by `by`, restricted to the statements of `themes`
/// when any are given. By theme, every theme gets a column (none without
/// themes).
pub fn compare(corpus: &Corpus, themes: &[&Theme], by: By) -> Comparison {
    compare_where(corpus, themes, by, |_| true)
}

/// [`compare`], keeping only the statements `keep` accepts (a speaker
/// filter, a date range).
pub fn compare_where(
    corpus: &Corpus,
    themes: &[&Theme],
    by: By,
    keep: impl Fn(usize) -> bool,
) -> Comparison {
    let n = corpus.statements.len();
    let pool: Vec<usize> = if themes.is_empty() {
        (0..n).filter(|&i| keep(i)).collect()
    } else {
        let mut v: Vec<usize> = themes
            .iter()
            .flat_map(|t| t.statement_indexes())
            .filter(|&i| i < n && keep(i))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let date = |i: usize| {
        corpus.statements.get(i).and_then(|s| corpus.articles.get(s.article)).and_then(|a| a.date)
    };
    let in_date_order = |v: &mut Vec<usize>| v.sort_by_key(|&i| (date(i).is_none(), date(i), i));
    match by {
        By::Theme => Comparison {
            columns: themes
                .iter()
                .map(|t| {
                    let mut s: Vec<usize> =
                        t.statement_indexes().filter(|&i| i < n && keep(i)).collect();
                    in_date_order(&mut s);
                    Column { key: t.name.clone(), statements: s }
                })
                .collect(),
            bucket: None,
        },
        By::Date => {
            let dates: Vec<Date> = pool.iter().filter_map(|&i| date(i)).collect();
            let bucket = Bucket::for_dates(&dates);
            let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
            for &i in &pool {
                let key = date(i).map_or_else(|| UNDATED.to_string(), |d| bucket.key(d));
                groups.entry(key).or_default().push(i);
            }
            let mut columns: Vec<Column> = groups
                .into_iter()
                .map(|(key, mut s)| {
                    in_date_order(&mut s);
                    Column { key, statements: s }
                })
                .collect();
            // Period keys sort chronologically; undated goes last.
            columns.sort_by(|a, b| (a.key == UNDATED, &a.key).cmp(&(b.key == UNDATED, &b.key)));
            Comparison { columns, bucket: Some(bucket) }
        }
        By::Speaker => {
            let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
            for &i in &pool {
                let sp = corpus.statements[i].speaker.as_deref().unwrap_or(UNKNOWN_SPEAKER);
                groups.entry(sp).or_default().push(i);
            }
            let mut columns: Vec<Column> = groups
                .into_iter()
                .map(|(key, mut s)| {
                    in_date_order(&mut s);
                    Column { key: key.to_string(), statements: s }
                })
                .collect();
            // Most statements first; the unknown speaker last.
            columns.sort_by(|a, b| {
                (a.key == UNKNOWN_SPEAKER)
                    .cmp(&(b.key == UNKNOWN_SPEAKER))
                    .then_with(|| b.statements.len().cmp(&a.statements.len()))
                    .then_with(|| a.key.cmp(&b.key))
            });
            Comparison { columns, bucket: None }
        }
    }
}
