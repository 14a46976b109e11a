//! `onrecord search` on the bundled samples.

use assert_cmd::Command;

fn onrecord() -> Command {
    let mut cmd = Command::cargo_bin("onrecord").unwrap_or_else(|e| panic!("no binary: {e}"));
    cmd.env("NO_COLOR", "1");
    cmd
}

#[test]
fn prints_the_matching_statement() {
    let out = onrecord().args(["search", "munich tomorrow"]).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("I will be myself in Munich tomorrow"), "{stdout}");
    assert!(stdout.contains("2025-02-13"), "{stdout}");
}

#[test]
fn json_lines_carry_score_and_positions() {
    let out = onrecord().args(["search", "--json", "--limit", "2", "outcome"]).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let lines: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_default()).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    for v in &lines {
        assert!(v["score"].as_i64().is_some_and(|s| s > 0), "{v}");
        let text: Vec<char> = v["text"].as_str().unwrap_or("").chars().collect();
        let marked: String = v["positions"]
            .as_array()
            .map(|p| p.iter().filter_map(|i| i.as_u64()).map(|i| text[i as usize]).collect())
            .unwrap_or_default();
        assert_eq!(marked.to_lowercase(), "outcome", "{v}");
    }
}

#[test]
fn exits_1_when_nothing_matches() {
    onrecord().args(["search", "zqxj"]).assert().code(1).stdout("");
}

#[test]
fn limit_caps_the_output() {
    let out = onrecord().args(["search", "-n", "1", "e"]).assert().success();
    assert_eq!(String::from_utf8_lossy(&out.get_output().stdout).lines().count(), 1);
}

#[test]
fn theme_filter_narrows_and_unknown_theme_matches_nothing() {
    let all = onrecord().args(["search", "-n", "0", ""]).assert().success();
    let all = String::from_utf8_lossy(&all.get_output().stdout).lines().count();
    let themed = onrecord().args(["search", "-n", "0", "#durable"]).assert().success();
    let themed = String::from_utf8_lossy(&themed.get_output().stdout).lines().count();
    assert!(themed > 0 && themed < all, "{themed} of {all}");
    onrecord().args(["search", "#nosuchtheme"]).assert().code(1);
}
