//! `onrecord statements` on the command line.

use assert_cmd::Command;
use serde_json::Value;

fn seed() -> String {
    format!("{}/samples/000_b73d63af1e450839.txt", env!("CARGO_MANIFEST_DIR"))
}

fn onrecord() -> Command {
    let mut c = Command::cargo_bin("onrecord").expect("binary");
    c.env("NO_COLOR", "1").env("COLUMNS", "100");
    c
}

#[test]
fn json_lines_carry_the_statement_model() {
    let out = onrecord().args(["statements", "--json", &seed()]).output().expect("runs");
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 10);
    let first = &lines[0];
    assert_eq!(first["kind"], "headline");
    assert_eq!(first["field"], "title");
    assert_eq!(first["speaker"], "Mark Rutte");
    assert_eq!(first["date"], "2025-02-13");
    assert_eq!(first["source"], "Interfax-Ukraine");
    for key in ["id", "article", "speaker_span", "cue", "text", "span"] {
        assert!(first.get(key).is_some(), "{key}");
    }
    assert!(lines.iter().all(|l| l["speaker"] == "Mark Rutte"));
}

#[test]
fn filters_and_exit_codes() {
    let out = onrecord()
        .args(["statements", "--kind", "partial", "--speaker", "RUTTE", &seed()])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.starts_with("SPEAKER"));
    assert_eq!(table.lines().count(), 3, "{table}");
    assert!(table.lines().all(|l| l.chars().count() <= 100));

    let none =
        onrecord().args(["statements", "--speaker", "putin", &seed()]).output().expect("runs");
    assert_eq!(none.status.code(), Some(1));
    let late =
        onrecord().args(["statements", "--since", "2025-02-14", &seed()]).output().expect("runs");
    assert_eq!(late.status.code(), Some(1));
    let bad = onrecord().args(["statements", "--kind", "rumour", &seed()]).output().expect("runs");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn what_was_not_said_is_marked() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("nea.txt");
    std::fs::write(
        &path,
        " date 2016-04-06 Wire\nNews\n10:00 06.04.2016\n\nUnions split\n\n1 min read\nThe NEA didn't endorse a candidate until after the primaries.\n\nKilfoyle said the members were very pro-Bernie.\n",
    )
    .expect("writes");
    let path = path.to_string_lossy().to_string();
    let out = onrecord().args(["statements", "--json", &path]).output().expect("runs");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let negated: Vec<bool> = lines.iter().map(|l| l["negated"] == true).collect();
    assert_eq!(negated, [true, false], "{lines:#?}");
    let out = onrecord().args(["statements", &path]).output().expect("runs");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("not: a candidate"), "{table}");
    assert_eq!(table.matches("not: ").count(), 1, "{table}");
}
