//! `onrecord statements`.

use std::io;
use std::process::ExitCode;

/// Arguments of `onrecord statements`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to read (default: the bundled samples).
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
}

/// Runs `onrecord statements`.
pub fn run(_args: Args) -> io::Result<ExitCode> {
    eprintln!("onrecord: `statements` is not built yet");
    Ok(ExitCode::from(super::EXIT_USAGE))
}
