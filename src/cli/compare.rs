//! `onrecord compare`: statements side by side, by theme, date or speaker.

use std::io::{self, Write};
use std::process::ExitCode;

use serde_json::json;

use super::CompareBy;
use super::style::{Paint, terminal_width};
use crate::{
    compare::{self, By, Segment, Style},
    themes::{self, Theme},
};

/// Arguments of `onrecord compare`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  onrecord compare --theme durable --theme united samples/\n  onrecord compare --by date --theme talks samples/\n  onrecord compare --by speaker --theme peace --width 160\n  onrecord compare --theme durable --json | jq '.columns[].key'"
)]
pub struct Args {
    /// Files or folders to read (default: the bundled samples); - reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// A theme to compare (repeatable): its name, a term or an inflection ("lasting" finds "durable").
    #[arg(long, short, value_name = "THEME")]
    theme: Vec<String>,

    /// What the columns stand for (default: theme with --theme, else date).
    #[arg(long, value_name = "BY")]
    by: Option<CompareBy>,

    /// Only statements whose speaker's name contains this (any case).
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,

    /// Lay the columns out for N terminal columns instead of the terminal's width.
    #[arg(long, value_name = "N")]
    width: Option<usize>,

    /// Print {"by", "period" (by date), "columns": [{"key", "statements": [statement objects]}]}.
    #[arg(long)]
    json: bool,
}

/// Runs `onrecord compare`.
pub fn run(args: Args) -> io::Result<ExitCode> {
    let by: By = match (args.by, args.theme.is_empty()) {
        (Some(b), _) => b.into(),
        (None, false) => By::Theme,
        (None, true) => By::Date,
    };
    if by == By::Theme && args.theme.is_empty() {
        eprintln!("onrecord: --by theme needs at least one --theme");
        return Ok(ExitCode::from(super::EXIT_USAGE));
    }
    let (corpus, all) = match super::themes::load_with_themes(&args.paths) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let mut chosen: Vec<&Theme> = Vec::new();
    for name in &args.theme {
        match themes::resolve(&all, name) {
            Some(i) => {
                if !chosen.iter().any(|t| std::ptr::eq(*t, &all[i])) {
                    chosen.push(&all[i]);
                }
            }
            None => {
                let near = themes::closest(&all, name, 5);
                if near.is_empty() {
                    eprintln!(
                        "onrecord: no theme {name:?}; these articles have no recurring themes"
                    );
                } else {
                    eprintln!("onrecord: no theme {name:?}; closest: {}", near.join(", "));
                }
                return Ok(ExitCode::from(super::EXIT_USAGE));
            }
        }
    }
    let speaker = args.speaker.as_deref().map(str::to_lowercase);
    let comparison = compare::compare_where(&corpus, &chosen, by, |i| match &speaker {
        None => true,
        Some(want) => corpus.statements[i]
            .speaker
            .as_deref()
            .is_some_and(|s| crate::text::contains_ignoring_case(s, want)),
    });
    if comparison.is_empty() {
        eprintln!("onrecord: no statements to compare");
        return Ok(ExitCode::from(super::EXIT_NO_RESULT));
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        let columns: Vec<_> = comparison
            .columns
            .iter()
            .map(|c| {
                json!({
                    "key": c.key,
                    "statements": c.statements.iter().map(|&i| corpus.statement_json(i)).collect::<Vec<_>>(),
                })
            })
            .collect();
        let by_name = match by {
            By::Theme => "theme",
            By::Date => "date",
            By::Speaker => "speaker",
        };
        let mut v = json!({ "by": by_name, "columns": columns });
        if let Some(b) = comparison.bucket {
            v["period"] = json!(b.name());
        }
        serde_json::to_writer(&mut out, &v)?;
        out.write_all(b"\n")?;
    } else {
        let width = args.width.unwrap_or_else(terminal_width);
        let paint = Paint::for_stdout();
        for line in compare::layout(&corpus, &comparison, width, &chosen) {
            writeln!(out, "{}", painted(&line, paint))?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A laid-out line with ANSI styles when painting is on. Segment text is
/// already sanitised by the layout.
fn painted(line: &[Segment], paint: Paint) -> String {
    line.iter()
        .map(|s| {
            let code = match s.style {
                _ if !paint.enabled => None,
                Style::Plain => None,
                Style::Heading => Some("1"),
                Style::Meta | Style::Rule => Some("2"),
                Style::Term => Some("1;33"),
                Style::Removed => Some("31"),
                Style::Added => Some("32"),
            };
            match code {
                Some(c) => format!("\x1b[{c}m{}\x1b[0m", s.text),
                None => s.text.clone(),
            }
        })
        .collect()
}
