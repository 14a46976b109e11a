//! `onrecord accuracy`: extraction scored against human annotations.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::accuracy::{Prf, Report, parse_gold, score};
use crate::cli::style::Paint;
use crate::corpus::Corpus;
use crate::sanitize::for_terminal;

const EXAMPLES: &str = "\
Example:
  onrecord accuracy --articles polnear-dev.jsonl --gold polnear-dev-gold.jsonl
  onrecord accuracy --articles polnear-train.jsonl --gold polnear-train-gold.jsonl --errors 5

The gold is JSON Lines, one attribution per line: article_id, annotator,
quote_spans, speaker_spans (code-point offsets into the article's text) and
starts_with_quote_mark. Only the first annotator of each article is scored.";

/// Arguments of `onrecord accuracy`.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The articles, as JSON Lines with `id` and `text`.
    #[arg(long, value_name = "FILE")]
    articles: String,

    /// The gold attributions, as JSON Lines.
    #[arg(long, value_name = "FILE")]
    gold: String,

    /// Print the report as one JSON object.
    #[arg(long)]
    json: bool,

    /// Show up to N examples of each kind of error.
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
}

/// Runs `onrecord accuracy`.
pub fn run(args: Args) -> io::Result<ExitCode> {
    let articles = match super::load_articles(std::slice::from_ref(&args.articles)) {
        Ok(a) => a,
        Err(code) => return Ok(code),
    };
    let gold_text = match std::fs::read_to_string(&args.gold) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("onrecord: cannot read {}: {e}", args.gold);
            return Ok(ExitCode::from(super::EXIT_USAGE));
        }
    };
    let (gold, unmappable) = match parse_gold(&gold_text, &articles) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("onrecord: {}: {e}", args.gold);
            return Ok(ExitCode::from(super::EXIT_USAGE));
        }
    };
    if gold.is_empty() {
        eprintln!("onrecord: no gold row refers to an article in {}", args.articles);
        return Ok(ExitCode::from(super::EXIT_NO_RESULT));
    }
    let corpus = Corpus::from_articles(articles);
    let mut report = score(&corpus.articles, &corpus.statements, &gold, args.errors);
    report.unmappable_rows = unmappable;
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_report(&mut out, &report, Paint::for_stdout())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn prf_line(name: &str, p: &Prf) -> String {
    format!(
        "{name:<22} P {:.3}  R {:.3}  F1 {:.3}   ({} matched / {} predicted / {} gold)",
        p.precision, p.recall, p.f1, p.matched, p.predicted, p.gold
    )
}

fn print_report(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    writeln!(
        out,
        "{} articles scored ({} with several annotators: first kept, {} rows of others left out; {} rows unmappable)",
        r.articles, r.multi_annotator_articles, r.rows_of_other_annotators, r.unmappable_rows
    )?;
    let speaker = |acc: f64, correct: usize, of: usize| {
        format!("{:<22} {acc:.3}   ({correct} of {of} matched direct quotes)", "speaker accuracy")
    };
    writeln!(out, "By the gold's starts_with_quote_mark flag (which leaves '' quotations out):")?;
    writeln!(out, "{}", paint.bold(&prf_line("direct quotes", &r.direct)))?;
    writeln!(
        out,
        "{}",
        paint.bold(&speaker(r.speaker_accuracy, r.speaker_correct, r.direct.matched))
    )?;
    writeln!(out, "By the gold content's first character (any double quote mark, '' and `` too):")?;
    writeln!(out, "{}", paint.bold(&prf_line("direct quotes", &r.direct_any_mark)))?;
    let d = &r.direct_any_mark;
    writeln!(
        out,
        "{}",
        paint.bold(&speaker(r.speaker_accuracy_any_mark, r.speaker_correct_any_mark, d.matched))
    )?;
    writeln!(out, "Every gold attribution against every statement in the text:")?;
    writeln!(out, "{}", paint.bold(&prf_line("all attributions", &r.all)))?;
    writeln!(
        out,
        "{}",
        paint.bold(&format!(
            "{:<22} {:.3}   ({} of {} matched attributions)",
            "speaker accuracy", r.speaker_accuracy_all, r.speaker_correct_all, r.all.matched
        ))
    )?;
    writeln!(out)?;
    writeln!(out, "{}", paint.bold("Errors by category, largest first:"))?;
    for (cat, n) in &r.categories {
        writeln!(out, "{n:>7}  {cat}")?;
    }
    if !r.examples.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", paint.bold("Examples:"))?;
    }
    let cut = |s: &Option<String>| {
        s.as_deref().map_or("-".to_string(), |s| crate::text::truncate(&for_terminal(s), 160))
    };
    for e in &r.examples {
        writeln!(out, "[{}: {}] {}", e.metric, e.category, e.article)?;
        writeln!(out, "    gold:      {}  — speaker: {}", cut(&e.gold), cut(&e.gold_speaker))?;
        writeln!(
            out,
            "    predicted: {}  — speaker: {}",
            cut(&e.predicted),
            cut(&e.predicted_speaker)
        )?;
    }
    Ok(())
}
