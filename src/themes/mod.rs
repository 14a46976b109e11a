//! Themes: words and short phrases speakers keep repeating, with variants
//! ("durable", "enduring", "lasting") grouped as one.

use crate::{article::Date, corpus::Corpus};

/// A recurring theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Its most telling surface form ("durable").
    pub name: String,
    /// Every surface form seen for it ("durable", "enduring", "lasting").
    pub terms: Vec<String>,
    /// Indexes of the statements that use it, in corpus order.
    pub statements: Vec<usize>,
    /// The speakers of those statements, most frequent first.
    pub speakers: Vec<String>,
    /// The dates of those statements, ascending, without repeats.
    pub dates: Vec<Date>,
    /// Ranking weight (tf-idf-like); higher is more telling.
    pub weight: f64,
}

/// Groups of words that count as one theme.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// `(name, members)` pairs.
    pub groups: Vec<(String, Vec<String>)>,
}

impl Lexicon {
    /// The built-in groups for the vocabulary of public statements.
    pub fn builtin() -> Lexicon {
        Lexicon::default()
    }
}

/// The themes of `corpus`, most telling first.
pub fn find_themes(_corpus: &Corpus, _lexicon: &Lexicon) -> Vec<Theme> {
    Vec::new()
}
