//! Scoring statement extraction against human attribution annotations
//! (PolNeAR's JSON Lines gold format).
//!
//! Each gold row is one attribution: its content, speaker and cue spans as
//! *code-point* offsets into its article's `text`. Three figures:
//!
//! - **direct quotes**: gold rows whose content starts with a quote mark
//!   against predicted [`Kind::Direct`] statements (a quotation that stands
//!   as a sentence or more; partial quotations inside the writer's sentence
//!   are left out, because the gold marks those as part of a larger
//!   attribution that does not start with a quote mark). A pair matches when
//!   the character Jaccard of the two spans is at least 0.5; pairs are made
//!   one-to-one, best overlap first.
//! - **speaker accuracy**: of the matched direct quotes, the share whose
//!   predicted speaker mention overlaps the gold speaker span (a gold row
//!   without a speaker span counts as a miss).
//! - **all attributions**: every gold row against every statement in the
//!   text (any kind), matched the same way; and speaker accuracy over those
//!   matches, as for direct quotes.
//!
//! Some corpora have several annotators per article; only the first
//! annotator (in file order) of each article is scored, so that one human
//! reading is compared with one machine reading. Predicted spans exclude the
//! outer quote marks while the gold includes them; at a Jaccard threshold of
//! 0.5 that difference matters only for quotations of a word or two.

use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;
use serde_json::Value;

use crate::article::Article;
use crate::extract::{Field, Kind, Statement};

/// The Jaccard overlap at which a prediction matches a gold row.
pub const MATCH_THRESHOLD: f64 = 0.5;

/// One gold attribution, with spans converted to byte ranges.
#[derive(Debug, Clone)]
pub struct GoldRow {
    /// The article's id.
    pub article: String,
    /// Who annotated it.
    pub annotator: String,
    /// The content's byte ranges in the article text.
    pub content: Vec<Range<usize>>,
    /// The speaker mention's byte ranges (may be empty).
    pub speaker: Vec<Range<usize>>,
    /// The gold's own `starts_with_quote_mark` flag.
    pub starts_with_quote_mark: bool,
    /// Whether the content starts with any double quote mark, `''` and
    /// ``` `` ``` included (the gold's flag leaves those out).
    pub starts_with_any_quote_mark: bool,
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Gold rows.
    pub gold: usize,
    /// Predictions.
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
    /// matched / predicted.
    pub precision: f64,
    /// matched / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Prf {
    fn new(gold: usize, predicted: usize, matched: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(matched, predicted);
        let recall = ratio(matched, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf { gold, predicted, matched, precision, recall, f1 }
    }
}

/// One error, for tuning: a missed gold row, a false positive or a wrong
/// speaker.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorExample {
    /// Which figure it counts against: `direct`, `speaker` or `all`.
    pub metric: &'static str,
    /// Its category (see [`Report::categories`]).
    pub category: String,
    /// The article.
    pub article: String,
    /// The gold content, when a gold row is involved.
    pub gold: Option<String>,
    /// The predicted statement's words, when a prediction is involved.
    pub predicted: Option<String>,
    /// The gold speaker mention.
    pub gold_speaker: Option<String>,
    /// The predicted speaker mention.
    pub predicted_speaker: Option<String>,
}

/// Scores and error counts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Articles scored (those with gold rows).
    pub articles: usize,
    /// Articles whose rows came from several annotators (first one kept).
    pub multi_annotator_articles: usize,
    /// Gold rows left out because another annotator of the article was kept.
    pub rows_of_other_annotators: usize,
    /// Gold rows whose spans could not be mapped onto the article text.
    pub unmappable_rows: usize,
    /// Direct-quote precision, recall and F1.
    pub direct: Prf,
    /// Matched direct quotes whose speaker mention overlaps the gold one.
    pub speaker_correct: usize,
    /// `speaker_correct` / matched direct quotes.
    pub speaker_accuracy: f64,
    /// Direct quotes again, with gold rows chosen by their text: content
    /// starting with any double quote mark, `''` and ``` `` ``` included.
    pub direct_any_mark: Prf,
    /// Speaker accuracy on the matches of [`Report::direct_any_mark`].
    pub speaker_correct_any_mark: usize,
    /// `speaker_correct_any_mark` / its matches.
    pub speaker_accuracy_any_mark: f64,
    /// All-attribution precision, recall and F1.
    pub all: Prf,
    /// Matched attributions of any kind whose speaker mention overlaps the
    /// gold one.
    pub speaker_correct_all: usize,
    /// `speaker_correct_all` / matched attributions.
    pub speaker_accuracy_all: f64,
    /// Error counts by metric and category, largest first.
    pub categories: Vec<(String, usize)>,
    /// Examples of errors, up to the number asked for per category.
    pub examples: Vec<ErrorExample>,
}

/// Reads gold rows (JSON Lines) for `articles`, converting code-point spans
/// into byte ranges. Rows for unknown articles are skipped.
pub fn parse_gold(jsonl: &str, articles: &[Article]) -> Result<(Vec<GoldRow>, usize), String> {
    let by_id: HashMap<&str, &Article> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut maps: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut rows = Vec::new();
    let mut unmappable = 0;
    for (n, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("gold line {}: {e}", n + 1))?;
        let id = v["article_id"].as_str().ok_or(format!("gold line {}: no article_id", n + 1))?;
        let Some(article) = by_id.get(id) else { continue };
        let map = maps.entry(article.id.as_str()).or_insert_with(|| char_to_byte(&article.text));
        let spans = |key: &str| -> Option<Vec<Range<usize>>> {
            let mut out = Vec::new();
            for pair in v[key].as_array()? {
                let s = pair.get(0)?.as_u64()? as usize;
                let e = pair.get(1)?.as_u64()? as usize;
                if s > e {
                    return None;
                }
                out.push(*map.get(s)?..*map.get(e)?);
            }
            Some(out)
        };
        let (Some(content), Some(speaker)) = (spans("quote_spans"), spans("speaker_spans")) else {
            unmappable += 1;
            continue;
        };
        let first = content.iter().map(|r| r.start).min().unwrap_or(0);
        let head = article.text.get(first..).unwrap_or("").trim_start();
        let any_mark = head.starts_with(['"', '“', '”', '«', '„', '‹'])
            || head.starts_with("''")
            || head.starts_with("``");
        rows.push(GoldRow {
            article: id.to_string(),
            annotator: v["annotator"].as_str().unwrap_or("").to_string(),
            content,
            speaker,
            starts_with_quote_mark: v["starts_with_quote_mark"].as_bool().unwrap_or(false),
            starts_with_any_quote_mark: any_mark,
        });
    }
    Ok((rows, unmappable))
}

/// Byte offset of every code point of `s`, plus the end.
fn char_to_byte(s: &str) -> Vec<usize> {
    s.char_indices().map(|(b, _)| b).chain(std::iter::once(s.len())).collect()
}

/// Scores `statements` (of `articles`, indexed by [`Statement::article`])
/// against `gold`, keeping up to `examples` examples per error category.
pub fn score(
    articles: &[Article],
    statements: &[Statement],
    gold: &[GoldRow],
    examples: usize,
) -> Report {
    let mut report = Report::default();
    // One annotator per article: the first seen.
    let mut chosen: HashMap<&str, &str> = HashMap::new();
    let mut annotators: HashMap<&str, Vec<&str>> = HashMap::new();
    for g in gold {
        chosen.entry(&g.article).or_insert(&g.annotator);
        let list = annotators.entry(&g.article).or_default();
        if !list.contains(&g.annotator.as_str()) {
            list.push(&g.annotator);
        }
    }
    report.multi_annotator_articles = annotators.values().filter(|l| l.len() > 1).count();
    let mut by_article: HashMap<&str, Vec<&GoldRow>> = HashMap::new();
    for g in gold {
        if chosen.get(g.article.as_str()) == Some(&g.annotator.as_str()) {
            by_article.entry(&g.article).or_default().push(g);
        } else {
            report.rows_of_other_annotators += 1;
        }
    }
    let mut predicted: HashMap<&str, Vec<&Statement>> = HashMap::new();
    for s in statements {
        if s.field == Field::Text
            && let Some(a) = articles.get(s.article)
        {
            predicted.entry(a.id.as_str()).or_default().push(s);
        }
    }

    let mut counts = Counts::default();
    let mut errors: Vec<ErrorExample> = Vec::new();
    for article in articles {
        let Some(rows) = by_article.get(article.id.as_str()) else { continue };
        report.articles += 1;
        let preds = predicted.get(article.id.as_str()).map_or(&[][..], Vec::as_slice);
        score_article(article, rows, preds, &mut counts, &mut errors);
    }
    let accuracy = |c: &DirectCounts| {
        if c.matched == 0 { 0.0 } else { c.speaker_correct as f64 / c.matched as f64 }
    };
    let d = &counts.direct;
    report.direct = Prf::new(d.gold, d.predicted, d.matched);
    report.speaker_correct = d.speaker_correct;
    report.speaker_accuracy = accuracy(d);
    let d = &counts.direct_any;
    report.direct_any_mark = Prf::new(d.gold, d.predicted, d.matched);
    report.speaker_correct_any_mark = d.speaker_correct;
    report.speaker_accuracy_any_mark = accuracy(d);
    report.all = Prf::new(counts.all_gold, counts.all_pred, counts.all_matched);
    report.speaker_correct_all = counts.all_speaker_correct;
    report.speaker_accuracy_all = if counts.all_matched == 0 {
        0.0
    } else {
        counts.all_speaker_correct as f64 / counts.all_matched as f64
    };

    let mut cats: HashMap<String, usize> = HashMap::new();
    for e in &errors {
        *cats.entry(format!("{}: {}", e.metric, e.category)).or_default() += 1;
    }
    let mut cats: Vec<(String, usize)> = cats.into_iter().collect();
    cats.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    report.categories = cats;
    let mut shown: HashMap<String, usize> = HashMap::new();
    for e in errors {
        let n = shown.entry(format!("{}: {}", e.metric, e.category)).or_default();
        if *n < examples {
            *n += 1;
            report.examples.push(e);
        }
    }
    report
}

#[derive(Debug, Default)]
struct DirectCounts {
    gold: usize,
    predicted: usize,
    matched: usize,
    speaker_correct: usize,
}

#[derive(Debug, Default)]
struct Counts {
    direct: DirectCounts,
    direct_any: DirectCounts,
    all_gold: usize,
    all_pred: usize,
    all_matched: usize,
    all_speaker_correct: usize,
}

/// Character Jaccard of two sets of byte ranges of `text`, in code points.
fn jaccard(text: &str, a: &[Range<usize>], b: &[Range<usize>]) -> f64 {
    let a = merged(a);
    let b = merged(b);
    let len = |rs: &[Range<usize>]| -> usize {
        rs.iter().map(|r| text.get(r.clone()).map_or(0, |s| s.chars().count())).sum()
    };
    let mut inter = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let s = a[i].start.max(b[j].start);
        let e = a[i].end.min(b[j].end);
        if s < e {
            inter.push(s..e);
        }
        if a[i].end < b[j].end {
            i += 1;
        } else {
            j += 1;
        }
    }
    let n_inter = len(&inter);
    let union = len(&a) + len(&b) - n_inter;
    if union == 0 { 0.0 } else { n_inter as f64 / union as f64 }
}

/// Sorted, non-overlapping copy of `rs`.
fn merged(rs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut v: Vec<Range<usize>> = rs.iter().filter(|r| r.start < r.end).cloned().collect();
    v.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// The quoted words: what a direct quote is scored by.
fn quoted_spans(p: &Statement) -> &[Range<usize>] {
    &p.spans
}

/// What was attributed: the reported clause around a partial quotation
/// (the gold annotates attributions, and a partial quotation's attribution
/// is its clause), else the statement's own words.
fn attributed_spans(p: &Statement) -> &[Range<usize>] {
    p.clause.as_ref().map_or(&p.spans[..], std::slice::from_ref)
}

/// Whether `p`'s speaker mention overlaps the gold speaker span of `g`.
fn speaker_overlaps(p: &Statement, g: &GoldRow) -> bool {
    p.speaker_span.as_ref().is_some_and(|r| overlaps(std::slice::from_ref(r), &g.speaker))
}

fn overlaps(a: &[Range<usize>], b: &[Range<usize>]) -> bool {
    a.iter().any(|x| b.iter().any(|y| x.start < y.end && y.start < x.end))
}

/// One-to-one pairs of (gold, prediction) with Jaccard ≥ the threshold,
/// best first.
fn pair(
    text: &str,
    gold: &[&GoldRow],
    preds: &[&Statement],
    spans_of: fn(&Statement) -> &[Range<usize>],
) -> Vec<(usize, usize, f64)> {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            let spans = spans_of(p);
            if !overlaps(&g.content, spans) {
                continue;
            }
            let j = jaccard(text, &g.content, spans);
            if j >= MATCH_THRESHOLD {
                cands.push((gi, pi, j));
            }
        }
    }
    cands.sort_by(|a, b| b.2.total_cmp(&a.2));
    let mut used_g = vec![false; gold.len()];
    let mut used_p = vec![false; preds.len()];
    let mut out = Vec::new();
    for (gi, pi, j) in cands {
        if !used_g[gi] && !used_p[pi] {
            used_g[gi] = true;
            used_p[pi] = true;
            out.push((gi, pi, j));
        }
    }
    out
}

fn words(text: &str, spans: &[Range<usize>]) -> String {
    let joined: Vec<&str> = spans.iter().filter_map(|r| text.get(r.clone())).collect();
    crate::text::single_spaced(&joined.join(" … "))
}

fn score_article(
    article: &Article,
    rows: &[&GoldRow],
    preds: &[&Statement],
    counts: &mut Counts,
    errors: &mut Vec<ErrorExample>,
) {
    let text = article.text.as_str();
    let example = |metric: &'static str,
                   category: &str,
                   g: Option<&GoldRow>,
                   p: Option<&Statement>| ErrorExample {
        metric,
        category: category.to_string(),
        article: article.id.clone(),
        gold: g.map(|g| words(text, &g.content)),
        predicted: p
            .map(|p| words(text, if metric == "all" { attributed_spans(p) } else { &p.spans })),
        gold_speaker: g.map(|g| words(text, &g.speaker)),
        predicted_speaker: p.and_then(|p| p.speaker_span.clone()).map(|r| words(text, &[r])),
    };

    // Direct quotes, by the gold's flag and by any quote mark; errors are
    // listed for the second, which does not count `''` quotations wrong.
    for any_mark in [false, true] {
        let is_direct = |g: &GoldRow| {
            if any_mark { g.starts_with_any_quote_mark } else { g.starts_with_quote_mark }
        };
        let c = if any_mark { &mut counts.direct_any } else { &mut counts.direct };
        let mut sink = Vec::new();
        let errors: &mut Vec<ErrorExample> = if any_mark { errors } else { &mut sink };
        let gold_direct: Vec<&GoldRow> = rows.iter().copied().filter(|g| is_direct(g)).collect();
        let pred_direct: Vec<&Statement> =
            preds.iter().copied().filter(|p| p.kind == Kind::Direct).collect();
        let pairs = pair(text, &gold_direct, &pred_direct, quoted_spans);
        c.gold += gold_direct.len();
        c.predicted += pred_direct.len();
        c.matched += pairs.len();
        for &(gi, pi, _) in &pairs {
            let g = gold_direct[gi];
            let p = pred_direct[pi];
            if speaker_overlaps(p, g) {
                c.speaker_correct += 1;
            } else {
                let cat = if g.speaker.is_empty() {
                    "gold has no speaker span"
                } else if p.speaker_span.is_none() && p.speaker.is_none() {
                    "no speaker predicted"
                } else if p.speaker_span.is_none() {
                    "no mention (continuation)"
                } else {
                    "wrong mention"
                };
                errors.push(example("speaker", cat, Some(g), Some(p)));
            }
        }
        let matched_g: Vec<usize> = pairs.iter().map(|p| p.0).collect();
        let matched_p: Vec<usize> = pairs.iter().map(|p| p.1).collect();
        for (gi, g) in gold_direct.iter().enumerate() {
            if matched_g.contains(&gi) {
                continue;
            }
            let near = preds.iter().find(|p| overlaps(&g.content, &p.spans));
            let cat = match near {
                None => "missed: nothing predicted there",
                Some(p) if p.kind == Kind::Direct => "missed: span differs (Jaccard < 0.5)",
                Some(p) if p.kind == Kind::Partial => "missed: predicted as partial",
                Some(_) => "missed: predicted as indirect",
            };
            errors.push(example("direct", cat, Some(g), near.copied()));
        }
        for (pi, p) in pred_direct.iter().enumerate() {
            if matched_p.contains(&pi) {
                continue;
            }
            let near = rows.iter().find(|g| overlaps(&g.content, &p.spans));
            let cat = match near {
                None if p.speaker.is_none() && p.speaker_span.is_none() => {
                    "false positive: unattributed quotation, not in gold"
                }
                None => "false positive: attributed quotation, not in gold",
                Some(g) if !is_direct(g) => {
                    "false positive: gold attribution does not start with a quote mark"
                }
                Some(_) => "false positive: span differs (Jaccard < 0.5)",
            };
            errors.push(example("direct", cat, near.copied(), Some(p)));
        }
    }

    // All attributions.
    let pairs = pair(text, rows, preds, attributed_spans);
    counts.all_gold += rows.len();
    counts.all_pred += preds.len();
    counts.all_matched += pairs.len();
    counts.all_speaker_correct +=
        pairs.iter().filter(|&&(gi, pi, _)| speaker_overlaps(preds[pi], rows[gi])).count();
    let matched_g: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    let matched_p: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    for (gi, g) in rows.iter().enumerate() {
        if matched_g.contains(&gi) {
            continue;
        }
        let near = preds.iter().find(|p| overlaps(&g.content, attributed_spans(p)));
        let quoted = if g.starts_with_quote_mark { "quoted" } else { "unquoted" };
        let cat = match near {
            None => format!("missed {quoted}: nothing predicted there"),
            Some(_) => format!("missed {quoted}: span differs (Jaccard < 0.5)"),
        };
        errors.push(example("all", &cat, Some(g), near.copied()));
    }
    for (pi, p) in preds.iter().enumerate() {
        if matched_p.contains(&pi) {
            continue;
        }
        let near = rows.iter().find(|g| overlaps(&g.content, attributed_spans(p)));
        let cat = match near {
            None => format!("false positive {}: not in gold", p.kind.name()),
            Some(_) => format!("false positive {}: span differs (Jaccard < 0.5)", p.kind.name()),
        };
        errors.push(example("all", &cat, near.copied(), Some(p)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaccard_counts_code_points() {
        let t = "ab“cd”ef";
        let b = |s: &str| {
            let i = t.find(s).unwrap_or(0);
            i..i + s.len()
        };
        assert_eq!(jaccard(t, &[b("cd")], &[b("“cd”")]), 0.5);
        assert_eq!(jaccard(t, &[b("ab")], &[b("ef")]), 0.0);
        assert_eq!(jaccard(t, &[b("ab“cd”ef")], &[b("ab"), b("ab“")]), 3.0 / 8.0);
    }

    #[test]
    fn prf_from_counts() {
        let p = Prf::new(10, 8, 6);
        assert!((p.precision - 0.75).abs() < 1e-9);
        assert!((p.recall - 0.6).abs() < 1e-9);
        assert!((p.f1 - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-9);
        assert_eq!(Prf::new(0, 0, 0).f1, 0.0);
    }

    #[test]
    fn speaker_accuracy_over_every_matched_attribution() {
        let a = crate::article::parse_wire(
            "News\n\nJane Doe said the plan had failed badly. “We won,” John Roe said.",
        );
        let statements = crate::extract::extract_statements(&a, 0);
        // Code-point spans of `part` in the text.
        let at = |part: &str| {
            let b = a.text.find(part).unwrap_or(0);
            let c = a.text[..b].chars().count();
            format!("[[{c},{}]]", c + part.chars().count())
        };
        let row = |content: &str, speaker: &str| {
            format!(
                r#"{{"article_id":"{}","annotator":"a","quote_spans":{},"speaker_spans":{},"starts_with_quote_mark":false}}"#,
                a.id,
                at(content),
                at(speaker)
            )
        };
        let score_with = |speaker_of_plan: &str| {
            let gold =
                [row("the plan had failed badly", speaker_of_plan), row("“We won,”", "John Roe")]
                    .join("\n");
            let (rows, bad) = parse_gold(&gold, std::slice::from_ref(&a)).unwrap_or_default();
            assert_eq!(bad, 0);
            score(std::slice::from_ref(&a), &statements, &rows, 0)
        };
        let r = score_with("Jane Doe");
        assert_eq!((r.all.matched, r.speaker_correct_all), (2, 2));
        assert!((r.speaker_accuracy_all - 1.0).abs() < 1e-9);
        let r = score_with("plan");
        assert_eq!((r.all.matched, r.speaker_correct_all), (2, 1));
    }

    #[test]
    fn code_points_become_bytes() {
        let a =
            Article { id: "x".into(), text: "“Hé,” she said.".into(), ..Article::default() };
        let line = r#"{"article_id":"x","annotator":"a","quote_spans":[[0,5]],"speaker_spans":[[6,9]],"starts_with_quote_mark":true}"#;
        let (rows, bad) = parse_gold(line, std::slice::from_ref(&a)).unwrap_or_default();
        assert_eq!(bad, 0);
        assert_eq!(&a.text[rows[0].content[0].clone()], "“Hé,”");
        assert_eq!(&a.text[rows[0].speaker[0].clone()], "she");
    }
}
