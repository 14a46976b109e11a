//! `onrecord statements`: who said what, as a table or JSON Lines.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::article::{Date, parse_date};
use crate::cli::style::{Paint, terminal_width};
use crate::corpus::Corpus;
use crate::extract::{Field, Kind};
use crate::sanitize::for_terminal;
use crate::text::{contains_ignoring_case, fit, truncate};

const EXAMPLES: &str = "\
Examples:
  onrecord statements                          every statement of the bundled samples
  onrecord statements --speaker rutte          what Mark Rutte said
  onrecord statements --kind direct --since 2025-02-01 wire/
  onrecord statements --json feed.jsonl | jq -r .speaker | sort | uniq -c

Kinds: direct (a quoted sentence or more), partial (a quoted fragment in the
writer's sentence), indirect (reported speech), headline (a `Name: words` title).
Exit status: 0 when something matched, 1 when nothing did, 2 on bad usage.";

/// Arguments of `onrecord statements`.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Files or folders to read (default: the bundled samples); - reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// Print JSON Lines: id, article, speaker, speaker_span, cue, kind, negated, text, span, clause, field, date, source.
    #[arg(long)]
    json: bool,

    /// Only statements whose speaker's name contains NAME (case-insensitive).
    #[arg(long, value_name = "NAME", value_parser = parse_speaker)]
    speaker: Option<String>,

    /// Only statements of this kind: direct, partial, indirect or headline.
    #[arg(long, value_name = "KIND", value_parser = parse_kind)]
    kind: Option<Kind>,

    /// Only statements from articles dated on or after DATE (2025-02-13, 13.02.2025, …).
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    since: Option<Date>,

    /// Only statements from articles dated on or before DATE.
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    until: Option<Date>,
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    Kind::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
        format!("unknown kind `{s}`; use one of {}", names.join(", "))
    })
}

/// A `--speaker` name as it is compared: lowercased, trimmed.
fn parse_speaker(s: &str) -> Result<String, String> {
    Ok(s.trim().to_lowercase())
}

fn parse_date_arg(s: &str) -> Result<Date, String> {
    parse_date(s).ok_or_else(|| format!("cannot read `{s}` as a date; try 2025-02-13"))
}

impl Args {
    /// Whether statement `i` of `corpus` passes every filter.
    fn keeps(&self, corpus: &Corpus, i: usize) -> bool {
        let s = &corpus.statements[i];
        if self.kind.is_some_and(|k| k != s.kind) {
            return false;
        }
        if let Some(want) = &self.speaker
            && !s.speaker.as_deref().is_some_and(|n| contains_ignoring_case(n, want))
        {
            return false;
        }
        let date = corpus.date_of(i);
        if let Some(since) = self.since
            && date.is_none_or(|d| d < since)
        {
            return false;
        }
        if let Some(until) = self.until
            && date.is_none_or(|d| d > until)
        {
            return false;
        }
        true
    }
}

/// Runs `onrecord statements`.
pub fn run(args: Args) -> io::Result<ExitCode> {
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let matching: Vec<usize> =
        (0..corpus.statements.len()).filter(|&i| args.keeps(&corpus, i)).collect();
    if matching.is_empty() {
        eprintln!("onrecord: no statement matches");
        return Ok(ExitCode::from(super::EXIT_NO_RESULT));
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        for &i in &matching {
            serde_json::to_writer(&mut out, &JsonRow::new(&corpus, i))?;
            out.write_all(b"\n")?;
        }
    } else {
        table(&mut out, &corpus, &matching, Paint::for_stdout(), terminal_width())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One statement as a JSON Lines row: the shape of
/// [`Corpus::statement_json`] (same keys, same order), written without
/// building a `serde_json::Value` first, which matters for large corpora.
#[derive(serde::Serialize)]
struct JsonRow<'a> {
    article: &'a str,
    clause: Option<[usize; 2]>,
    cue: Option<&'a str>,
    date: Option<String>,
    field: Field,
    id: String,
    kind: Kind,
    negated: bool,
    source: Option<&'a str>,
    span: Vec<[usize; 2]>,
    speaker: Option<&'a str>,
    speaker_span: Option<[usize; 2]>,
    text: String,
}

impl<'a> JsonRow<'a> {
    fn new(corpus: &'a Corpus, i: usize) -> JsonRow<'a> {
        let s = &corpus.statements[i];
        let a = corpus.article_of(i);
        JsonRow {
            article: &a.id,
            clause: s.clause.as_ref().map(|r| [r.start, r.end]),
            cue: s.cue,
            date: a.date.map(|d| d.to_string()),
            field: s.field,
            id: s.id(a),
            kind: s.kind,
            negated: s.negated,
            source: a.source.as_deref(),
            span: s.spans.iter().map(|r| [r.start, r.end]).collect(),
            speaker: s.speaker.as_deref(),
            speaker_span: s.speaker_span.as_ref().map(|r| [r.start, r.end]),
            text: s.text(a),
        }
    }
}

/// Prints `rows` as a table fitted to `width` columns.
fn table(
    out: &mut impl Write,
    corpus: &Corpus,
    rows: &[usize],
    paint: Paint,
    width: usize,
) -> io::Result<()> {
    const DATE: usize = 10;
    const KIND: usize = 8;
    const TEXT_MIN: usize = 20;
    // The speaker column narrows before the text does, so that a row fits
    // a narrow terminal (60 columns) instead of wrapping; below about 50
    // columns the text keeps its minimum and rows run over.
    let fixed = DATE + KIND + 3;
    let speaker_cols = width.saturating_sub(fixed + TEXT_MIN).clamp(10, 22);
    let text_cols = width.saturating_sub(speaker_cols + fixed).max(TEXT_MIN);
    let header = format!(
        "{} {} {} {}",
        fit("SPEAKER", speaker_cols),
        fit("DATE", DATE),
        fit("KIND", KIND),
        "TEXT"
    );
    writeln!(out, "{}", paint.bold(header.trim_end()))?;
    for &i in rows {
        let s = &corpus.statements[i];
        let speaker = s.speaker.as_deref().unwrap_or("?");
        let date = corpus.date_of(i).map(|d| d.to_string()).unwrap_or_default();
        let text = corpus.text_of(i);
        // (What someone is reported not to have said is marked so.)
        let text = if s.negated { format!("{}{text}", crate::extract::NOT_SAID) } else { text };
        let text = truncate(&for_terminal(&text), text_cols);
        writeln!(
            out,
            "{} {} {} {}",
            fit(&for_terminal(speaker), speaker_cols),
            paint.dim(&fit(&date, DATE)),
            fit(s.kind.name(), KIND),
            text
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::load_samples;

    #[test]
    fn speaker_filter_ignores_case() {
        let want = parse_speaker("  RUTTE ").unwrap_or_default();
        assert!(contains_ignoring_case("Mark Rutte", &want));
        assert!(!contains_ignoring_case("Mark Rut", &want));
        assert!(contains_ignoring_case("Mark Rutte", ""));
        let want = parse_speaker("ZELENSKYY").unwrap_or_default();
        assert!(contains_ignoring_case("Volodymyr Zelenskyy", &want));
        let want = parse_speaker("Ölaf").unwrap_or_default();
        assert!(contains_ignoring_case("ÖLAF Scholz", &want));
    }

    #[test]
    fn rows_fit_a_narrow_terminal() {
        let corpus = Corpus::from_articles(load_samples().articles);
        let rows: Vec<usize> = (0..corpus.statements.len()).collect();
        for width in [60, 80, 120] {
            let mut out = Vec::new();
            table(&mut out, &corpus, &rows, Paint { enabled: false }, width).unwrap_or_default();
            let text = String::from_utf8(out).unwrap_or_default();
            for line in text.lines() {
                assert!(crate::text::width(line) <= width, "{width}: {line}");
            }
        }
    }

    #[test]
    fn json_rows_have_the_shared_shape() {
        let corpus = Corpus::from_articles(load_samples().articles);
        assert!(!corpus.statements.is_empty());
        for i in 0..corpus.statements.len() {
            let row = serde_json::to_string(&JsonRow::new(&corpus, i)).unwrap_or_default();
            let shared = serde_json::to_string(&corpus.statement_json(i)).unwrap_or_default();
            assert_eq!(row, shared);
        }
    }
}
