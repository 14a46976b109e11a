//! Fuzzy search over statements, with a small query syntax:
//! plain words, `@speaker`, `#theme`, `since:DATE`, `until:DATE`.

use fuzzy_matcher::{FuzzyMatcher, skim::SkimMatcherV2};

use crate::{article::Date, article::parse_date, corpus::Corpus};

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The fuzzy part: everything that is not a filter.
    pub text: String,
    /// `@name`: only statements whose speaker matches.
    pub speaker: Option<String>,
    /// `#theme`: only statements of that theme.
    pub theme: Option<String>,
    /// `since:DATE`: only statements on or after it.
    pub since: Option<Date>,
    /// `until:DATE`: only statements on or before it.
    pub until: Option<Date>,
}

impl Query {
    /// Parses the search bar's text.
    pub fn parse(s: &str) -> Query {
        let mut q = Query::default();
        let mut words = Vec::new();
        for w in s.split_whitespace() {
            if let Some(name) = w.strip_prefix('@').filter(|n| !n.is_empty()) {
                q.speaker = Some(name.to_string());
            } else if let Some(t) = w.strip_prefix('#').filter(|n| !n.is_empty()) {
                q.theme = Some(t.to_string());
            } else if let Some(d) = w.strip_prefix("since:").and_then(parse_date) {
                q.since = Some(d);
            } else if let Some(d) = w.strip_prefix("until:").and_then(parse_date) {
                q.until = Some(d);
            } else {
                words.push(w);
            }
        }
        q.text = words.join(" ");
        q
    }
}

/// One matching statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Statement index into the corpus.
    pub statement: usize,
    /// Higher is better.
    pub score: i64,
    /// Char indexes of the matched letters in the statement's text.
    pub positions: Vec<usize>,
}

/// Ranks the statements of `corpus` against `query`, best first.
pub fn search(corpus: &Corpus, query: &Query) -> Vec<Hit> {
    let matcher = SkimMatcherV2::default();
    let mut hits: Vec<Hit> = (0..corpus.statements.len())
        .filter_map(|i| {
            let (score, positions) = matcher.fuzzy_indices(&corpus.text_of(i), &query.text)?;
            Some(Hit { statement: i, score, positions })
        })
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.statement.cmp(&b.statement)));
    hits
}
