//! Fuzzy search over statements, with a small query syntax: plain words,
//! `@speaker`, `#theme`, `since:DATE`, `until:DATE`.
//!
//! Build a [`SearchIndex`] once per corpus, then [`SearchIndex::search`] at
//! every keystroke: each term is matched against the corpus's distinct words
//! (fuzzy-matcher's scores, plus typo tolerance), joined to statements
//! through an inverted index, and every term must match. [`search`] does both
//! in one call, for one-off use.

mod index;
mod query;
mod typo;
mod vocab;
mod words;

use std::sync::atomic::AtomicBool;

pub use index::SearchIndex;
pub use query::{MAX_TERMS, Query};
pub use words::words;

use crate::{corpus::Corpus, themes::Theme};

/// One matching statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Statement index into the corpus.
    pub statement: usize,
    /// Higher is better.
    pub score: i64,
    /// Char indexes of the matched letters in the statement's text
    /// ([`Corpus::text_of`]), ascending.
    pub positions: Vec<usize>,
}

/// The outcome of one search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// The best hits, best first, at most the `limit` asked for.
    pub hits: Vec<Hit>,
    /// How many statements matched in all, including those past the limit.
    pub total: usize,
}

/// Ranks the statements of `corpus` against `query`, best first: every hit,
/// with a `#theme` resolved among `themes::find_themes` with the built-in
/// lexicon. Builds an index each call; keep a [`SearchIndex`] to search the
/// same corpus again.
pub fn search(corpus: &Corpus, query: &Query) -> Vec<Hit> {
    let members = query.theme.as_deref().map(|name| {
        let themes = crate::themes::find_themes(corpus, &crate::themes::Lexicon::builtin());
        theme_members(&themes, name)
    });
    SearchIndex::build(corpus)
        .search(corpus, query, members.as_deref(), usize::MAX, &AtomicBool::new(false))
        .map(|r| r.hits)
        .unwrap_or_default()
}

/// The statements of the theme `name` among `themes` (found as
/// [`crate::themes::resolve`] finds it: by name, term, stem or lexicon
/// group); empty when there is no such theme.
pub fn theme_members(themes: &[Theme], name: &str) -> Vec<usize> {
    crate::themes::resolve(themes, name)
        .and_then(|t| themes.get(t))
        .map(|t| t.statement_indexes().collect())
        .unwrap_or_default()
}
