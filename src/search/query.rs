//! The search bar's query syntax: plain words, `@speaker`, `#theme`,
//! `since:DATE`, `until:DATE`.

use crate::article::{Date, parse_date};

use super::words::words;

/// Most terms a query uses; more are ignored (a pasted paragraph should not
/// make every keystroke slower).
pub const MAX_TERMS: usize = 32;

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
    /// Parses the search bar's text. A filter word that does not parse (an
    /// unfinished `since:2025-0`) is searched for as text.
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

    /// The fuzzy part as terms: its words, normalised as the index stores
    /// them (lowercase, apostrophes inside words dropped), in order, without
    /// repeats. Every term must match for a statement to match.
    pub fn terms(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in words(&self.text) {
            if !out.contains(&w) && out.len() < MAX_TERMS {
                out.push(w);
            }
        }
        out
    }

    /// Whether the query filters nothing: no terms and no filters.
    pub fn is_empty(&self) -> bool {
        self.terms().is_empty()
            && self.speaker.is_none()
            && self.theme.is_none()
            && self.since.is_none()
            && self.until.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_filters_and_terms() {
        let q = Query::parse("Outcome  @rutte #durable since:2025-02-01 durable until:2025-03-01");
        assert_eq!(q.text, "Outcome durable");
        assert_eq!(q.speaker.as_deref(), Some("rutte"));
        assert_eq!(q.theme.as_deref(), Some("durable"));
        assert!(q.since.is_some() && q.until.is_some());
        assert_eq!(q.terms(), ["outcome", "durable"]);
        assert!(Query::parse("  ").is_empty());
        assert!(!Query::parse("@x").is_empty());
    }

    #[test]
    fn punctuation_only_text_has_no_terms() {
        assert!(Query::parse("— !!").terms().is_empty());
        assert_eq!(Query::parse("covid-19 Rutte's").terms(), ["covid", "19", "ruttes"]);
    }
}
