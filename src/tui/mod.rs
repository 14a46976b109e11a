//! The terminal interface: state, actions, one `update`, pure drawing.

use std::process::ExitCode;

use crate::article::Input;

/// How the TUI should open.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// What to load; empty means the bundled samples.
    pub inputs: Vec<Input>,
    /// Themes to open the compare view with (`--compare durable,united`).
    pub compare: Vec<String>,
    /// `--compare-by date|speaker`.
    pub compare_by: Option<crate::compare::By>,
}

/// Runs the TUI until the user quits.
pub fn run(_options: Options) -> ExitCode {
    eprintln!("onrecord: the interactive view is not built yet; try `onrecord statements`");
    ExitCode::from(2)
}
