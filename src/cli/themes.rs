//! `onrecord themes`.

use std::io;
use std::process::ExitCode;

/// Arguments of `onrecord themes`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to read (default: the bundled samples).
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
}

/// Runs `onrecord themes`.
pub fn run(_args: Args) -> io::Result<ExitCode> {
    eprintln!("onrecord: `themes` is not built yet");
    Ok(ExitCode::from(super::EXIT_USAGE))
}
