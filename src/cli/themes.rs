//! `onrecord themes`: the recurring themes as a table or JSON Lines.

use std::io::{self, Write};
use std::mem::ManuallyDrop;
use std::process::ExitCode;

use serde_json::json;

use super::style::{Paint, terminal_width};
use crate::{
    corpus::Corpus,
    sanitize::for_terminal,
    text::{fit, truncate},
    themes::{self, Bucket, Lexicon, Theme},
};

/// Arguments of `onrecord themes`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  onrecord themes samples/\n  onrecord themes --by-date --top 5\n  onrecord themes --json | jq -r .name\n\nSynonym groups of your own go in the config file ($ONRECORD_CONFIG, else\n~/.config/onrecord/config.toml):\n  [themes]\n  durable = [\"durable\", \"enduring\", \"lasting\"]"
)]
pub struct Args {
    /// Files or folders to read (default: the bundled samples); - reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// Print JSON Lines: {name, terms, statements: [ids], speakers, dates, weight}.
    #[arg(long)]
    json: bool,

    /// Add each theme's trend: statements per day, week or month.
    #[arg(long)]
    by_date: bool,

    /// Show the N most telling themes (0: all).
    #[arg(long, value_name = "N", default_value_t = 20)]
    top: usize,

    /// Lay the table out for N columns instead of the terminal's width.
    #[arg(long, value_name = "N")]
    width: Option<usize>,
}

/// Loads the user's lexicon (a broken config file is reported and fails
/// first, before any article is read), then `paths`, and finds the themes.
/// Neither is ever dropped (see [`super::load_corpus`]).
pub(super) fn load_with_themes(
    paths: &[String],
) -> Result<(ManuallyDrop<Corpus>, ManuallyDrop<Vec<Theme>>), ExitCode> {
    let lexicon = Lexicon::load_config().map_err(|e| {
        eprintln!("onrecord: {e}");
        ExitCode::from(super::EXIT_USAGE)
    })?;
    let corpus = super::load_corpus(paths)?;
    let all = themes::find_themes(&corpus, &lexicon);
    Ok((corpus, ManuallyDrop::new(all)))
}

/// Runs `onrecord themes`.
pub fn run(args: Args) -> io::Result<ExitCode> {
    let (corpus, all) = match load_with_themes(&args.paths) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    if all.is_empty() {
        eprintln!(
            "onrecord: no recurring themes in {} statements of {} articles",
            corpus.statements.len(),
            corpus.articles.len()
        );
        return Ok(ExitCode::from(super::EXIT_NO_RESULT));
    }
    let top: &[Theme] = if args.top == 0 { &all } else { &all[..args.top.min(all.len())] };
    let bucket = Bucket::for_dates(&themes::corpus_dates(&corpus));
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        for t in top {
            let mut v = json!({
                "name": t.name,
                "terms": t.terms,
                "statements": t.statement_indexes().map(|i| corpus.statements[i].id(corpus.article_of(i))).collect::<Vec<_>>(),
                "speakers": t.speakers(&corpus),
                "dates": t.dates(&corpus).iter().map(|d| d.to_string()).collect::<Vec<_>>(),
                "weight": (t.weight * 1000.0).round() / 1000.0,
            });
            if args.by_date {
                v["trend"] = json!({
                    "period": bucket.name(),
                    "counts": themes::trend(&corpus, t, bucket)
                        .into_iter()
                        .map(|(k, n)| json!([k, n]))
                        .collect::<Vec<_>>(),
                });
            }
            serde_json::to_writer(&mut out, &v)?;
            out.write_all(b"\n")?;
        }
    } else {
        let width = args.width.unwrap_or_else(terminal_width);
        for line in table(&corpus, top, args.by_date.then_some(bucket), width, Paint::for_stdout())
        {
            writeln!(out, "{line}")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Eight heights for a one-line chart.
const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The counts as a one-line bar chart; a zero is a space.
fn sparkline(counts: &[usize]) -> String {
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    counts
        .iter()
        .map(|&n| if n == 0 { ' ' } else { BARS[((n * BARS.len()).div_ceil(max)).clamp(1, 8) - 1] })
        .collect()
}

/// The table: theme, terms, statements, speakers, first and last date, and
/// with a bucket the trend as a bar chart.
fn table(
    corpus: &Corpus,
    themes: &[Theme],
    bucket: Option<Bucket>,
    width: usize,
    paint: Paint,
) -> Vec<String> {
    const COUNT: usize = 5;
    const DATE: usize = 10;
    const FLEXIBLE_MIN: usize = 20;
    let trend_w =
        bucket.map(|b| b.periods(&themes::corpus_dates(corpus)).len().clamp(5, 40)).unwrap_or(0);
    // The theme column narrows before terms and speakers do, so that the
    // table fits a narrow terminal (60 columns) instead of wrapping.
    let fixed = COUNT + 2 * DATE + 6 + if bucket.is_some() { trend_w + 1 } else { 0 };
    let theme_cols = width.saturating_sub(fixed + FLEXIBLE_MIN).clamp(8, 18);
    let fixed = fixed + theme_cols;
    let flexible = width.saturating_sub(fixed).max(FLEXIBLE_MIN);
    let terms_w = flexible * 3 / 5;
    let speakers_w = flexible - terms_w;
    let mut lines = Vec::new();
    let mut header = format!(
        "{} {} {:>COUNT$} {} {} {}",
        fit("THEME", theme_cols),
        fit("TERMS", terms_w),
        "STMTS",
        fit("SPEAKERS", speakers_w),
        fit("FIRST", DATE),
        fit("LAST", DATE),
    );
    if let Some(b) = bucket {
        header.push(' ');
        header.push_str(&format!("PER {}", b.name().to_uppercase()));
    }
    lines.push(paint.bold(header.trim_end()));
    for t in themes {
        let date =
            |d: Option<&crate::article::Date>| d.map_or_else(|| "-".to_string(), |d| d.to_string());
        let speakers = t.speakers(corpus);
        let dates = t.dates(corpus);
        let speakers = if speakers.is_empty() { "-".to_string() } else { speakers.join(", ") };
        let mut line = format!(
            "{} {} {:>COUNT$} {} {} {}",
            fit(&for_terminal(&t.name), theme_cols),
            fit(&for_terminal(&t.terms.join(", ")), terms_w),
            t.statements.len(),
            fit(&for_terminal(&speakers), speakers_w),
            fit(&date(dates.first()), DATE),
            fit(&date(dates.last()), DATE),
        );
        if let Some(b) = bucket {
            let counts: Vec<usize> =
                themes::trend(corpus, t, b).into_iter().map(|(_, n)| n).collect();
            line.push(' ');
            line.push_str(&truncate(&sparkline(&counts), trend_w));
        }
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_fits_a_narrow_terminal() {
        let corpus = Corpus::from_articles(crate::article::load_samples().articles);
        let found = themes::find_themes(&corpus, &Lexicon::builtin());
        for width in [60, 80, 120] {
            for line in table(&corpus, &found, None, width, Paint { enabled: false }) {
                assert!(crate::text::width(&line) <= width, "{width}: {line}");
            }
        }
    }

    #[test]
    fn sparkline_scales_to_the_largest_count() {
        assert_eq!(sparkline(&[0, 1, 2, 4]), " ▂▄█");
        assert_eq!(sparkline(&[]), "");
    }
}
