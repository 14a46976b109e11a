//! A corpus: the loaded articles and every statement extracted from them.

use rayon::prelude::*;
use serde_json::{Value, json};

use crate::{
    article::{Article, Date},
    extract::{Statement, extract_statements},
};

/// Articles extracted together by [`Corpus::from_articles`]: enough to keep
/// every core busy, few enough that their statements are a small share of
/// a corpus's.
const EXTRACT_SLICE: usize = 1024;

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
        let mut statements = Vec::new();
        let text_bytes = |slice: &[Article]| slice.iter().map(|a| a.text.len()).sum::<usize>();
        let all_bytes = text_bytes(&articles);
        // A slice of articles at a time, every core on each slice: only one
        // slice's per-article lists are held next to the corpus-wide list,
        // not a second copy of every statement.
        for (k, slice) in articles.chunks(EXTRACT_SLICE).enumerate() {
            let first = k * EXTRACT_SLICE;
            let per_article: Vec<Vec<Statement>> = slice
                .par_iter()
                .enumerate()
                .map(|(i, a)| extract_statements(a, first + i))
                .collect();
            let found: usize = per_article.iter().map(Vec::len).sum();
            if k == 0 {
                // Room for the whole corpus at the first slice's rate, and a
                // little more: growing by doubling instead leaves the
                // outgrown lists behind as free memory the allocator keeps
                // (8 MB for reuters).
                let expected = found.saturating_mul(all_bytes) / text_bytes(slice).max(1);
                statements.reserve(expected + expected / 8);
            }
            statements.reserve(found);
            for found in per_article {
                statements.extend(found);
            }
        }
        // What the estimate gave beyond the list's length.
        statements.shrink_to_fit();
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
    /// cue, kind, negated, text, span, clause, field, date, source`.
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
            "negated": s.negated,
            "text": s.text(a),
            "span": s.spans.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
            "clause": s.clause.as_ref().map(|r| [r.start, r.end]),
            "field": s.field,
            "date": a.date.map(|d| d.to_string()),
            "source": a.source,
        })
    }
}
