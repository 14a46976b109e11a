//! `onrecord search`: the search bar's non-interactive twin, for scripts and
//! one-liners over SSH.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use crate::search::{Query, SearchIndex, theme_members};
use crate::themes::{Lexicon, find_themes};

use super::style::Paint;

/// Arguments of `onrecord search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to look for, as in the search bar: words (each must match a word
    /// fuzzily, typos forgiven), `@speaker`, `#theme`, `since:DATE`, `until:DATE`.
    #[arg(value_name = "QUERY")]
    query: String,

    /// Files or folders to read (default: the bundled samples); - reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// Print at most N statements, best first (0: all of them).
    #[arg(long, short = 'n', value_name = "N", default_value_t = 20)]
    limit: usize,

    /// Print JSON Lines: each statement's object plus `score` and
    /// `positions` (char indexes of the matched letters in `text`).
    #[arg(long)]
    json: bool,
}

/// Runs `onrecord search`: exit code 1 when nothing matches.
pub fn run(args: Args) -> io::Result<ExitCode> {
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let query = Query::parse(&args.query);
    let members = query
        .theme
        .as_deref()
        .map(|name| theme_members(&find_themes(&corpus, &Lexicon::builtin()), name));
    let limit = if args.limit == 0 { usize::MAX } else { args.limit };
    // One search: reading each statement once beats building an index.
    let results = SearchIndex::search_once(&corpus, &query, members.as_deref(), limit);
    if results.total == 0 {
        eprintln!("onrecord: no statement matches {:?}", args.query);
        return Ok(ExitCode::from(super::EXIT_NO_RESULT));
    }

    let mut out = BufWriter::new(io::stdout().lock());
    let paint = Paint::for_stdout();
    for hit in &results.hits {
        if args.json {
            let mut obj = corpus.statement_json(hit.statement);
            if let Some(map) = obj.as_object_mut() {
                map.insert("score".into(), hit.score.into());
                map.insert("positions".into(), hit.positions.clone().into());
            }
            writeln!(out, "{obj}")?;
        } else {
            let speaker = corpus.statements[hit.statement].speaker.as_deref().unwrap_or("unknown");
            let date = corpus.date_of(hit.statement).map(|d| d.to_string()).unwrap_or_default();
            let text = corpus.text_of(hit.statement);
            writeln!(
                out,
                "{}  {}  {}",
                paint.bold(speaker),
                paint.dim(&date),
                paint.emphasize_chars(&text, &hit.positions)
            )?;
        }
    }
    out.flush()?;
    if results.hits.len() < results.total {
        eprintln!(
            "onrecord: {} of {} matching statements shown; --limit 0 shows all",
            results.hits.len(),
            results.total
        );
    }
    Ok(ExitCode::SUCCESS)
}
