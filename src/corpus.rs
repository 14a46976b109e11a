//! A corpus: the loaded articles and every statement extracted from them.

use rayon::prelude::*;
use serde_json::{Value, json};

use crate::{
    article::{Article, Date},
    extract::{Statement, extract_statements},
};

/// Articles and their statements, ready to browse, search and compare.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The articles, in load order.
    pub articles: Vec<Article>,
    /// Every statement of every article, grouped by article in article order,
    /// and in text order within each.
    pub statements: Vec<Statement>,
}

impl Corpus {
    /// Extracts the statements of `articles` (in parallel) into a corpus.
    pub fn from_articles(articles: Vec<Article>) -> Corpus {
        let per_article: Vec<Vec<Statement>> =
            articles.par_iter().enumerate().map(|(i, a)| extract_statements(a, i)).collect();
        let statements = per_article.into_iter().flatten().collect();
        Corpus { articles, statements }
    }

    /// The article statement `i` comes from.
    pub fn article_of(&self, i: usize) -> &Article {
        &self.articles[self.statements[i].article]
    }

    /// The words of statement `i`.
    pub fn text_of(&self, i: usize) -> String {
        self.statements[i].text(self.article_of(i))
    }

    /// The date of statement `i` (its article's).
    pub fn date_of(&self, i: usize) -> Option<Date> {
        self.article_of(i).date
    }

    /// Statement `i` as a JSON object: `id, article, speaker, speaker_span,
    /// cue, kind, text, span, clause, field, date, source`.
    pub fn statement_json(&self, i: usize) -> Value {
        let s = &self.statements[i];
        let a = self.article_of(i);
        json!({
            "id": s.id(a),
            "article": a.id,
            "speaker": s.speaker,
            "speaker_span": s.speaker_span.as_ref().map(|r| [r.start, r.end]),
            "cue": s.cue,
            "kind": s.kind,
            "text": s.text(a),
            "span": s.spans.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
            "clause": s.clause.as_ref().map(|r| [r.start, r.end]),
            "field": s.field,
            "date": a.date.map(|d| d.to_string()),
            "source": a.source,
        })
    }
}
