//! `onrecord compare` and `onrecord themes` on the command line: JSON
//! shapes, column output and exit codes.

use assert_cmd::Command;
use serde_json::Value;

/// Three short articles on three dates, as a JSON array on stdin.
const ARTICLES: &str = r#"[
 {"id":"one","date":"2025-02-13","title":"One","text":"\"The outcome has to be durable,\" Rutte said. \"We are united,\" he said."},
 {"id":"two","date":"2025-02-20","title":"Two","text":"\"The outcome is seen as enduring,\" Rutte said. \"Europe is united,\" Kallas said."},
 {"id":"three","date":"2025-03-01","title":"Three","text":"\"Only a lasting outcome will do,\" Kallas said. \"Unity is strength,\" she said."}
]"#;

fn onrecord(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("onrecord")
        .expect("binary")
        .env("ONRECORD_CONFIG", "")
        .env("NO_COLOR", "1")
        .args(args)
        .write_stdin(ARTICLES)
        .output()
        .expect("runs")
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn compare_json_has_columns_of_statement_objects() {
    let out = onrecord(&["compare", "--theme", "durable", "--theme", "united", "--json", "-"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("one JSON object");
    let cols = v["columns"].as_array().expect("columns");
    assert_eq!(cols.len(), 2);
    assert_eq!(cols[0]["key"], "durable");
    assert_eq!(cols[1]["key"], "united");
    let first = &cols[0]["statements"].as_array().expect("statements")[0];
    for key in ["id", "article", "speaker", "text", "span", "date", "kind"] {
        assert!(first.get(key).is_some(), "statement object lacks {key}: {first}");
    }
    assert_eq!(cols[0]["statements"].as_array().map(Vec::len), Some(3));
    assert_eq!(first["date"], "2025-02-13");
}

#[test]
fn a_theme_is_found_by_any_of_its_terms() {
    let out = onrecord(&["compare", "--theme", "lasting", "--by", "date", "--json", "-"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let keys: Vec<&str> = v["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .filter_map(|c| c["key"].as_str())
        .collect();
    assert_eq!(keys, ["2025-02-13", "2025-02-20", "2025-03-01"]);
    assert_eq!(v["by"], "date");
    assert_eq!(v["period"], "day");
}

#[test]
fn compare_prints_columns_fitted_to_the_width() {
    let out =
        onrecord(&["compare", "--theme", "durable", "--theme", "united", "--width", "70", "-"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let first = text.lines().next().expect("a header");
    assert!(first.starts_with("durable (3)") && first.contains("│ united (3)"), "{text}");
    assert!(text.lines().all(|l| onrecord::text::width(l) <= 70), "{text}");
}

#[test]
fn an_unknown_theme_is_a_usage_error_naming_the_closest() {
    let out = onrecord(&["compare", "--theme", "durabel", "-"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("durabel") && err.contains("closest: durable"), "{err}");
}

#[test]
fn an_empty_comparison_exits_1() {
    let out = onrecord(&["compare", "--theme", "durable", "--speaker", "nobody-at-all", "-"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

#[test]
fn by_theme_without_a_theme_is_a_usage_error() {
    let out = onrecord(&["compare", "--by", "theme", "-"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn themes_json_lines_have_the_documented_keys() {
    let out = onrecord(&["themes", "--json", "--by-date", "-"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert!(!lines.is_empty());
    for v in &lines {
        for key in ["name", "terms", "statements", "speakers", "dates", "trend"] {
            assert!(v.get(key).is_some(), "theme lacks {key}: {v}");
        }
    }
    let durable = lines.iter().find(|v| v["name"] == "durable").expect("durable theme");
    assert_eq!(durable["statements"].as_array().map(Vec::len), Some(3));
    assert!(
        durable["statements"][0].as_str().is_some_and(|id| id.starts_with("one#")),
        "{durable}"
    );
    assert_eq!(durable["dates"], serde_json::json!(["2025-02-13", "2025-02-20", "2025-03-01"]));
    assert_eq!(durable["trend"]["period"], "day");
}

#[test]
fn themes_table_lists_theme_terms_and_dates() {
    let out = onrecord(&["themes", "--width", "120", "-"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("THEME"), "{text}");
    let row = text.lines().find(|l| l.starts_with("durable ")).expect("a durable row");
    assert!(
        row.contains("enduring") && row.contains("2025-02-13") && row.contains("2025-03-01"),
        "{row}"
    );
}
