//! Comparison: statements laid out in columns, by theme, date or speaker.

use crate::{corpus::Corpus, themes::Theme};

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
}

/// Lays statements out by `by`, restricted to the statements of `themes`
/// when any are given.
pub fn compare(_corpus: &Corpus, _themes: &[&Theme], _by: By) -> Comparison {
    Comparison::default()
}
