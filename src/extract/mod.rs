//! Statements: quotations and reported speech pulled out of an article, each
//! attributed to its speaker.

use std::ops::Range;

use serde::Serialize;

use crate::article::Article;

/// How a statement is given in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A quoted sentence or more.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
    /// A `Name: words` headline.
    Headline,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 4] = [Kind::Direct, Kind::Partial, Kind::Indirect, Kind::Headline];

    /// The lowercase name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Indirect => "indirect",
            Kind::Headline => "headline",
        }
    }

    /// Parses a [`Kind::name`].
    pub fn from_name(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name().eq_ignore_ascii_case(s.trim()))
    }
}

/// Which of an article's strings a statement's byte ranges point into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// [`Article::text`].
    #[default]
    Text,
    /// [`Article::title`].
    Title,
}

/// One statement: who said what, and exactly where in the article.
///
/// A statement copies no article text: [`Statement::spans`] index into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Index of its article in the corpus.
    pub article: usize,
    /// Its position among its article's statements (0-based, text order,
    /// headline first).
    pub ordinal: usize,
    /// How the statement is given.
    pub kind: Kind,
    /// Which string [`Statement::spans`] and [`Statement::speaker_span`] index.
    pub field: Field,
    /// The words, without the outer quote marks: one range, or several for an
    /// interrupted or multi-paragraph quotation.
    pub spans: Vec<Range<usize>>,
    /// The speaker's resolved name ("Mark Rutte"); `None` when unknown.
    pub speaker: Option<String>,
    /// The mention that attributes the statement ("he", "the Secretary
    /// General", "Rutte"), as a byte range into the same string as
    /// [`Statement::spans`].
    pub speaker_span: Option<Range<usize>>,
    /// The reporting cue ("said", "emphasized", "according to", ":").
    pub cue: Option<String>,
}

impl Statement {
    /// The string this statement's ranges index.
    pub fn source_text<'a>(&self, article: &'a Article) -> &'a str {
        match self.field {
            Field::Text => &article.text,
            Field::Title => &article.title,
        }
    }

    /// The statement's words: its spans joined by a space.
    pub fn text(&self, article: &Article) -> String {
        let src = self.source_text(article);
        let mut out = String::new();
        for r in &self.spans {
            if let Some(part) = src.get(r.clone()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(part.trim());
            }
        }
        // Paragraph breaks inside a span read as one space in a list.
        if out.contains('\n') {
            out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        out
    }

    /// The stable id: `ARTICLE-ID#N`, N counting from 1.
    pub fn id(&self, article: &Article) -> String {
        format!("{}#{}", article.id, self.ordinal + 1)
    }

    /// Byte offset where the statement starts in its field.
    pub fn start(&self) -> usize {
        self.spans.first().map_or(0, |r| r.start)
    }
}

/// Every statement in `article`, in text order (headline first), with
/// [`Statement::article`] set to `article_index`.
pub fn extract_statements(article: &Article, article_index: usize) -> Vec<Statement> {
    // Placeholder: straight and curly double quotes only, no attribution.
    let mut out = Vec::new();
    let text = &article.text;
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('"' | '“', None) => open = Some(i + c.len_utf8()),
            ('"' | '”', Some(s)) => {
                out.push(Statement {
                    article: article_index,
                    ordinal: out.len(),
                    kind: Kind::Direct,
                    field: Field::Text,
                    spans: std::iter::once(s..i).collect(),
                    speaker: None,
                    speaker_span: None,
                    cue: None,
                });
                open = None;
            }
            ('\n', _) => open = None,
            _ => {}
        }
    }
    out
}
