//! The command line: argument parsing and one module per subcommand. Each
//! subcommand's logic lives in the core modules; these only read arguments
//! and print.

mod accuracy;
mod compare;
mod parse;
mod search;
mod statements;
pub mod style;
mod themes;

use std::{io, mem::ManuallyDrop, process::ExitCode};

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::{
    article::{Article, Input, LoadReport, load, load_samples},
    corpus::Corpus,
};

/// Exit code: nothing matched.
pub const EXIT_NO_RESULT: u8 = 1;
/// Exit code: bad usage, or nothing could be loaded.
pub const EXIT_USAGE: u8 = 2;

const EXAMPLES: &str = "\
Examples:
  onrecord                              open the bundled sample articles
  onrecord ~/wire/                      open every article under a folder
  onrecord --compare durable,united     open side by side: two themes
  onrecord parse article.txt            print parsed articles as JSON Lines
  onrecord statements --speaker rutte   who said what, as a table
  onrecord search 'outcome durable'     fuzzy-search statements
  onrecord themes --by-date             recurring themes and their trend
  onrecord compare --theme durable --theme united
  cat feed.jsonl | onrecord statements -

Inputs: wire-text files (.txt .md), JSON (.json: one article or an array),
JSON Lines (.jsonl .ndjson), folders (read recursively), - for standard input.
With no PATH, onrecord uses the sample articles built into it.";

/// onrecord: who said what, when, and where — statements pulled out of news
/// articles, to browse, fuzzy-search and compare in the terminal.
#[derive(Debug, Parser)]
#[command(name = "onrecord", version, after_help = EXAMPLES, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Files or folders to open (default: the bundled samples); - reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// Open straight into the compare view with these themes, comma-separated.
    #[arg(long, value_name = "THEMES", value_delimiter = ',')]
    compare: Vec<String>,

    /// Open straight into the compare view, one column per date or speaker.
    #[arg(long, value_name = "BY")]
    compare_by: Option<CompareBy>,

    /// With --compare-by: the theme to follow.
    #[arg(long, value_name = "THEME")]
    theme: Vec<String>,
}

/// What the compare view's columns stand for, on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CompareBy {
    /// One column per date (or week or month, when the dates span long).
    Date,
    /// One column per speaker.
    Speaker,
    /// One column per theme.
    Theme,
}

impl From<CompareBy> for crate::compare::By {
    fn from(b: CompareBy) -> Self {
        match b {
            CompareBy::Date => crate::compare::By::Date,
            CompareBy::Speaker => crate::compare::By::Speaker,
            CompareBy::Theme => crate::compare::By::Theme,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print parsed articles as JSON Lines.
    Parse(parse::Args),
    /// Print every statement: who said what, when.
    Statements(statements::Args),
    /// Print the themes speakers keep repeating.
    Themes(themes::Args),
    /// Print statements side by side: by theme, date or speaker.
    Compare(compare::Args),
    /// Fuzzy-search statements, as the search bar does.
    Search(search::Args),
    /// Score statement extraction against human annotations (PolNeAR).
    Accuracy(accuracy::Args),
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => Ok(crate::tui::run(crate::tui::Options {
            inputs: inputs(&cli.paths),
            compare: cli.compare.into_iter().chain(cli.theme).filter(|t| !t.is_empty()).collect(),
            compare_by: cli.compare_by.map(Into::into),
        })),
        Some(Command::Parse(args)) => parse::run(args),
        Some(Command::Statements(args)) => statements::run(args),
        Some(Command::Themes(args)) => themes::run(args),
        Some(Command::Compare(args)) => compare::run(args),
        Some(Command::Search(args)) => search::run(args),
        Some(Command::Accuracy(args)) => accuracy::run(args),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "onrecord", &mut io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => clap_mangen::Man::new(Cli::command())
            .render(&mut io::stdout())
            .map(|_| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        // `onrecord statements | head` closes the pipe early; that is fine.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("onrecord: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// Command-line paths as loader inputs.
pub fn inputs(paths: &[String]) -> Vec<Input> {
    paths.iter().map(|p| Input::from(p.as_str())).collect()
}

/// Loads `paths` (the bundled samples when empty), reports every problem on
/// stderr, and fails with exit code 2 when nothing loaded.
pub fn load_articles(paths: &[String]) -> Result<Vec<Article>, ExitCode> {
    let report = if paths.is_empty() { load_samples() } else { load(&inputs(paths), None) };
    let LoadReport { articles, problems } = report;
    for p in &problems {
        eprintln!("onrecord: {p}");
    }
    if articles.is_empty() {
        eprintln!(
            "onrecord: no articles loaded; give files or folders of .txt, .json or .jsonl articles"
        );
        return Err(ExitCode::from(EXIT_USAGE));
    }
    Ok(articles)
}

/// [`load_articles`], then extracts every statement.
///
/// The corpus is never dropped: a command exits right after using it, and
/// freeing a large corpus string by string would only delay the exit (by
/// 15 ms for 19,779 Reuters articles); the system takes the memory back
/// at once.
pub fn load_corpus(paths: &[String]) -> Result<ManuallyDrop<Corpus>, ExitCode> {
    load_articles(paths).map(|a| ManuallyDrop::new(Corpus::from_articles(a)))
}
