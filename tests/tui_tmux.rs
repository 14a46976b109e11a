//! Drives the real binary in tmux, as a user would: open, search, compare,
//! quit. Skips (passing) when tmux is not installed.

use std::{
    process::Command,
    thread::sleep,
    time::{Duration, Instant},
};

const BIN: &str = env!("CARGO_BIN_EXE_onrecord");

/// A tmux server of its own (its own socket), so tests never touch the
/// user's tmux.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, w: u16, h: u16, env: &str, args: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("tmux not installed; skipping");
            return None;
        }
        let socket = format!("onrecord-test-{}-{name}", std::process::id());
        let cmd = format!("env {env} {BIN} {args}; echo ONRECORD-EXIT=$?; sleep 30");
        let ok = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d", "-x"])
            .arg(w.to_string())
            .arg("-y")
            .arg(h.to_string())
            .arg(cmd)
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(ok, "tmux could not start the program");
        Some(Tmux { socket })
    }

    fn keys(&self, keys: &[&str]) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "send-keys"]).args(keys).status();
    }

    fn screen(&self) -> String {
        Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    }

    /// Waits until the screen shows `want` (or 10 s pass) and returns it.
    fn wait_for(&self, want: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(want) || start.elapsed() > Duration::from_secs(10) {
                return s;
            }
            sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).status();
    }
}

#[test]
fn browse_search_and_quit_at_120x40() {
    let Some(t) = Tmux::start("browse", 120, 40, "TERM=xterm-256color", "") else { return };
    let s = t.wait_for("in article");
    assert!(s.contains("Search") && s.contains("Statements"), "{s}");
    assert!(s.contains("in article"), "the article pane shows: {s}");
    t.keys(&["/munich tomorrow"]);
    let s = t.wait_for("Statements 1/");
    assert!(s.contains("Statements 1/"), "the list narrows to one statement: {s}");
    assert!(s.contains("Munich"), "{s}");
    t.keys(&["Enter"]);
    t.keys(&["q"]);
    let s = t.wait_for("ONRECORD-EXIT=0");
    assert!(s.contains("ONRECORD-EXIT=0"), "quit with status 0: {s}");
    assert!(!s.contains("Statements"), "the alternate screen is gone: {s}");
}

#[test]
fn compare_two_themes_in_columns_at_80x24_without_colour() {
    let Some(t) =
        Tmux::start("compare", 80, 24, "TERM=xterm NO_COLOR=1", "--compare durable,united")
    else {
        return;
    };
    let s = t.wait_for("united ·");
    assert!(s.contains("durable ·") && s.contains("united ·"), "two columns: {s}");
    t.keys(&["Escape"]);
    let s = t.wait_for("Statements");
    assert!(s.contains("Statements"), "Esc goes back to the list: {s}");
    t.keys(&["C-c"]);
    let s = t.wait_for("ONRECORD-EXIT=0");
    assert!(s.contains("ONRECORD-EXIT=0"), "Ctrl-C quits cleanly: {s}");
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some(t) = Tmux::start("sigterm", 100, 30, "TERM=xterm", "") else { return };
    t.wait_for("in article");
    let pid = Command::new("tmux")
        .args(["-L", &t.socket, "list-panes", "-F", "#{pane_pid}"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    // The pane runs sh; its one child is onrecord: signal it by its id.
    let child = Command::new("pgrep")
        .args(["-P", &pid])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    if child.is_empty() || child.contains('\n') {
        eprintln!("cannot find the onrecord process under pane {pid}; skipping");
        return;
    }
    let _ = Command::new("kill").args(["-TERM", &child]).status();
    let s = t.wait_for("ONRECORD-EXIT=");
    assert!(s.contains("ONRECORD-EXIT=0"), "{s}");
    assert!(!s.contains("Statements"), "{s}");
}

#[test]
fn a_panic_restores_the_terminal() {
    // Debug builds panic on purpose after the first frame when asked to.
    if !cfg!(debug_assertions) {
        return;
    }
    let Some(t) = Tmux::start("panic", 100, 30, "TERM=xterm ONRECORD_DEBUG_PANIC=1", "") else {
        return;
    };
    let s = t.wait_for("ONRECORD-EXIT=");
    assert!(s.contains("panicking on purpose"), "the panic message is readable: {s}");
    // Raw mode is off: the shell's line starts at the left edge.
    assert!(s.lines().any(|l| l.starts_with("ONRECORD-EXIT=101")), "{s}");
    let flags = Command::new("tmux")
        .args(["-L", &t.socket, "display-message", "-p", "#{alternate_on} #{mouse_any_flag}"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    assert_eq!(flags, "0 0", "alternate screen and mouse reporting are off");
}

#[test]
fn ctrl_l_repaints_over_line_noise() {
    let Some(t) = Tmux::start("repaint", 100, 30, "TERM=xterm", "") else { return };
    t.wait_for("in article");
    // Theme tags fill in once the themes are found, after the list is up:
    // the screen is settled when they are there.
    let clean = t.wait_for("#talks");
    assert!(clean.contains("#talks"), "{clean}");
    let tty = Command::new("tmux")
        .args(["-L", &t.socket, "display", "-p", "#{pane_tty}"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    // Noise written straight to the terminal, as a stray process would.
    if std::fs::write(&tty, "\x1b[10;10HNOISE-ONE\x1b[20;20HNOISE-TWO").is_err() {
        eprintln!("cannot write to the pane's terminal; skipping");
        return;
    }
    assert!(t.wait_for("NOISE-TWO").contains("NOISE-TWO"));
    t.keys(&["C-l"]);
    let start = Instant::now();
    let mut s = t.screen();
    // Wait for the repaint to finish, not only to start.
    while s != clean && start.elapsed() < Duration::from_secs(5) {
        sleep(Duration::from_millis(20));
        s = t.screen();
    }
    assert!(!s.contains("NOISE"), "{s}");
    assert_eq!(s, clean);
    t.keys(&["q"]);
    assert!(t.wait_for("ONRECORD-EXIT=0").contains("ONRECORD-EXIT=0"));
}
