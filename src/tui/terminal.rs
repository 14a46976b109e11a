//! Terminal manners: raw mode, the alternate screen and mouse capture on the
//! way in; everything undone on the way out — on quit, on error, on panic,
//! and on SIGTERM, SIGHUP or SIGINT.

use std::{
    io::{self, BufWriter, Stdout, Write},
    sync::Once,
};

use ratatui::{
    Terminal,
    backend::CrosstermBackend,
    crossterm::{
        cursor::Show,
        event::{DisableMouseCapture, EnableMouseCapture},
        execute,
        terminal::{
            EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode,
            enable_raw_mode,
        },
    },
};

/// The terminal the interface draws on. Output is buffered so each frame
/// goes out in one write.
pub type Tui = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Takes over the terminal: raw mode, alternate screen, mouse capture.
/// Installs the panic hook first, so a panic anywhere after this restores it.
pub fn setup() -> io::Result<Tui> {
    install_panic_hook();
    enable_raw_mode()?;
    let mut out = BufWriter::new(io::stdout());
    if let Err(e) = execute!(out, EnterAlternateScreen, EnableMouseCapture) {
        let _ = restore();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(out))
}

/// Gives the terminal back as it was. Safe to call more than once; errors
/// are ignored because there is nothing better to do with them on the way
/// out (the terminal may be gone after SIGHUP).
pub fn restore() -> io::Result<()> {
    let mut out = io::stdout();
    let _ = execute!(out, EndSynchronizedUpdate, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = out.flush();
    disable_raw_mode()
}

/// Restores the terminal before the default panic message is printed, so
/// the message is readable and the shell usable.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = restore();
            previous(info);
        }));
    });
}

/// Calls `on_signal` (on a thread of its own) when SIGTERM, SIGHUP or SIGINT
/// arrives; the run loop then quits and restores the terminal.
pub fn on_termination(on_signal: impl Fn() + Send + 'static) -> io::Result<()> {
    use signal_hook::{
        consts::{SIGHUP, SIGINT, SIGTERM},
        iterator::Signals,
    };
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::Builder::new().name("signals".into()).spawn(move || {
        for _ in signals.forever() {
            on_signal();
        }
    })?;
    Ok(())
}
