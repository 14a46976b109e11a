//! `onrecord parse`: articles as JSON Lines.

use std::io::{self, Write};
use std::process::ExitCode;

/// Arguments of `onrecord parse`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  onrecord parse samples/ | jq -r .title")]
pub struct Args {
    /// Files or folders to read (default: the bundled samples); - reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
}

/// Prints one JSON object per article: `id, path, source, section, date,
/// time, title, read_time, text, paragraphs`.
pub fn run(args: Args) -> io::Result<ExitCode> {
    let articles = match super::load_articles(&args.paths) {
        Ok(a) => a,
        Err(code) => return Ok(code),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    for a in &articles {
        serde_json::to_writer(&mut out, a)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
