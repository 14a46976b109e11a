//! User synonym groups from the config file, and broken config files.

use std::io::Write;

use assert_cmd::Command;
use onrecord::themes::{CONFIG_ENV, Lexicon};

fn config(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".toml").tempfile().expect("temp file");
    f.write_all(text.as_bytes()).expect("write config");
    f
}

#[test]
fn a_config_group_is_added_to_the_builtin_ones() {
    let f = config(
        "[tui]\ncolour = \"dark\"\n\n[themes]\nresolve = [\"resolve\", \"determination\", \"steadfast\"]\n",
    );
    let lex = Lexicon::load_file(f.path()).expect("valid config");
    assert!(lex.groups.len() > Lexicon::builtin().groups.len());
    assert!(lex.groups.iter().any(|(n, m)| n == "resolve" && m.len() == 3));
}

#[test]
fn a_broken_config_names_the_file_and_the_reason() {
    let f = config("[themes]\ndurable = \"durable\"\n");
    let err = Lexicon::load_file(f.path()).unwrap_err();
    assert_eq!(err.path, f.path());
    let shown = err.to_string();
    assert!(shown.contains(&f.path().display().to_string()) && shown.contains("list"), "{shown}");
    let missing =
        Lexicon::load_file(std::path::Path::new("/nonexistent/onrecord.toml")).unwrap_err();
    assert!(missing.to_string().contains("/nonexistent/onrecord.toml"));
}

#[test]
fn the_cli_reads_the_config_named_by_the_environment() {
    let f = config("[themes]\ncalm = [\"calm\", \"harbour\"]\n");
    let out = Command::cargo_bin("onrecord")
        .expect("binary")
        .env(CONFIG_ENV, f.path())
        .args(["themes", "--json", "--top", "0", "-"])
        .write_stdin(concat!(
            r#"[{"id":"x","date":"2025-01-02","title":"t","text":"\"The harbour is calm tonight,\" Anna Berg said."},"#,
            r#"{"id":"y","date":"2025-01-03","title":"t","text":"\"We had a calm crossing,\" Piet Smit said."},"#,
            r#"{"id":"z","date":"2025-01-04","title":"t","text":"\"The harbour was full of boats,\" Jan Vos said."}]"#
        ))
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let calm = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["name"] == "calm" || v["name"] == "harbour")
        .unwrap_or_else(|| panic!("no calm theme in {stdout}"));
    assert_eq!(calm["statements"].as_array().map(Vec::len), Some(3), "{calm}");
}

#[test]
fn the_cli_reports_a_broken_config_with_exit_2() {
    let f = config("[themes\n");
    let out = Command::cargo_bin("onrecord")
        .expect("binary")
        .env(CONFIG_ENV, f.path())
        .args(["themes"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&f.path().display().to_string()), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
