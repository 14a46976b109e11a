//! The `onrecord` binary: everything lives in the library; this only hands
//! the command line to it.

fn main() -> std::process::ExitCode {
    onrecord::cli::main()
}
