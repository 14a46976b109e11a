//! Corpora built by hand for tests that exercise themes and comparison
//! without the extractor.

use onrecord::{Article, Corpus, Kind, Statement, extract::Field};

/// A corpus with one article per statement: `(date, speaker, words)`.
pub fn corpus(statements: &[(&str, Option<&str>, &str)]) -> Corpus {
    let mut articles = Vec::new();
    let mut stmts = Vec::new();
    for (i, (date, speaker, text)) in statements.iter().enumerate() {
        articles.push(Article {
            id: format!("a{i}"),
            date: date.parse().ok(),
            title: format!("Article {i}"),
            text: text.to_string(),
            paragraphs: std::iter::once(0..text.len()).collect(),
            ..Article::default()
        });
        stmts.push(Statement {
            article: i,
            ordinal: 0,
            kind: Kind::Direct,
            field: Field::Text,
            spans: std::iter::once(0..text.len()).collect(),
            speaker: speaker.map(str::to_string),
            speaker_span: None,
            cue: Some("said"),
            clause: None,
            negated: false,
        });
    }
    Corpus { articles, statements: stmts }
}
