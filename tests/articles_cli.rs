//! `onrecord parse`: the wire format, JSON inputs, folders with broken files,
//! standard input, exit codes.

use std::{fs, path::Path};

use assert_cmd::Command;
use serde_json::Value;

const SEED: &str = "samples/000_b73d63af1e450839.txt";

fn onrecord() -> Command {
    Command::cargo_bin("onrecord").unwrap_or_else(|e| panic!("binary not built: {e}"))
}

/// Runs `onrecord parse ARGS` and returns (articles, stderr, exit code).
fn parse(args: &[&str]) -> (Vec<Value>, String, i32) {
    let out = onrecord().arg("parse").args(args).output().unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let articles = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect();
    (articles, String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap_or(-1))
}

fn paragraph_texts(a: &Value) -> Vec<String> {
    let text = a["text"].as_str().unwrap_or_default();
    a["paragraphs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let (s, e) = (p[0].as_u64().unwrap_or(0) as usize, p[1].as_u64().unwrap_or(0) as usize);
            text[s..e].to_string()
        })
        .collect()
}

#[test]
fn seed_article_header_and_paragraphs() {
    let (articles, stderr, code) = parse(&[SEED]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    assert_eq!(a["date"], "2025-02-13");
    assert_eq!(a["source"], "Interfax-Ukraine");
    assert_eq!(a["section"], "Facts");
    assert_eq!(a["time"], "20:27");
    assert_eq!(a["read_time"], 3);
    assert!(a["title"].as_str().unwrap_or_default().starts_with("Rutte: We have to make that"));
    assert_eq!(a["id"], SEED);
    let paragraphs = paragraph_texts(a);
    assert_eq!(paragraphs.len(), 10);
    assert!(paragraphs[0].starts_with("NATO Secretary General Mark Rutte has said"));
    assert!(paragraphs[9].starts_with("\"I will be myself in Munich"));
}

#[test]
fn samples_folder_parses_every_file() {
    let (articles, stderr, code) = parse(&["samples"]);
    assert_eq!(code, 0, "{stderr}");
    let files = fs::read_dir("samples").map(|d| d.count()).unwrap_or(0);
    assert_eq!(articles.len(), files, "one article per sample file");
    assert!(
        articles.iter().any(|a| a["id"] == "000_b73d63af1e450839.txt"),
        "ids are relative to the folder"
    );
    for a in &articles {
        assert!(a["date"].is_string(), "{} has a date", a["id"]);
        assert!(!paragraph_texts(a).is_empty(), "{} has paragraphs", a["id"]);
    }
}

#[test]
fn no_path_uses_the_bundled_samples() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out =
        onrecord().arg("parse").current_dir(dir.path()).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), fs::read_dir("samples").map(|d| d.count()).unwrap_or(0));
    assert!(stdout.contains("Interfax-Ukraine"));
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn broken_files_are_named_and_the_rest_load() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let d = dir.path();
    write(
        d,
        "good.txt",
        b" date 2025-03-01 Wire\nNews\n10:00 01.03.2025\n\nTitle\n\n1 min read\nLead.\n\nMore.\n",
    );
    write(d, "binary.txt", b"\x7fELF\x00\x01\x02 not text");
    write(d, "empty.txt", b"");
    write(d, "truncated.json", br#"{"title": "Cut", "text": "half a"#);
    write(d, "cp1252.txt", b"Caf\xe9 talks\n\nThe minister said \x93we are united\x94.\n");
    write(d, "crlf.txt", b"\xef\xbb\xbf date 2025-03-02 Wire\r\nTitle with CRLF\r\n\r\nBody one.\r\n\r\nBody two.\r\n");
    write(d, "lines.jsonl", b"{\"id\":\"a\",\"title\":\"A\",\"text\":\"x\"}\n{broken\n{\"id\":\"b\",\"title\":\"B\",\"text\":\"y\"}\n");
    write(d, ".hidden.txt", b"Hidden\n\nNever loaded.\n");
    write(d, "notes.csv", b"not,an,article\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("missing.txt"), d.join("dangling.txt"))
        .unwrap_or_else(|e| panic!("{e}"));

    let (articles, stderr, code) = parse(&[d.to_str().unwrap_or_default()]);
    assert_eq!(code, 0, "{stderr}");
    let ids: Vec<&str> = articles.iter().filter_map(|a| a["id"].as_str()).collect();
    assert_eq!(ids, vec!["cp1252.txt", "crlf.txt", "good.txt", "a", "b"], "files in name order");
    for (file, why) in [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
        ("truncated.json", "truncated"),
        ("cp1252.txt", "Windows-1252"),
        ("lines.jsonl:2", "line skipped"),
    ] {
        assert!(
            stderr.lines().any(|l| l.contains(file) && l.contains(why)),
            "{file}: {why} in\n{stderr}"
        );
    }
    #[cfg(unix)]
    assert!(
        stderr.lines().any(|l| l.contains("dangling.txt") && l.contains("dangling")),
        "{stderr}"
    );
    assert!(!stderr.contains("hidden") && !stderr.contains("notes.csv"));

    let cp = articles.iter().find(|a| a["id"] == "cp1252.txt").cloned().unwrap_or_default();
    assert!(cp["title"].as_str().unwrap_or_default().starts_with("Café"));
    assert!(cp["text"].as_str().unwrap_or_default().contains("“we are united”"));
    let crlf = articles.iter().find(|a| a["id"] == "crlf.txt").cloned().unwrap_or_default();
    assert_eq!(crlf["title"], "Title with CRLF");
    assert_eq!(crlf["date"], "2025-03-02");
    assert_eq!(paragraph_texts(&crlf), vec!["Body one.", "Body two."]);
    assert!(!crlf["text"].as_str().unwrap_or_default().contains('\r'));
}

#[test]
fn nothing_loaded_is_exit_2_with_a_reason() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "empty.txt", b"   \n");
    let (articles, stderr, code) =
        parse(&[dir.path().to_str().unwrap_or_default(), "no/such/file.txt"]);
    assert!(articles.is_empty());
    assert_eq!(code, 2);
    assert!(stderr.contains("no/such/file.txt: no such file or folder"), "{stderr}");
    assert!(stderr.contains("no articles loaded"), "{stderr}");
}

#[test]
fn json_shapes_and_field_names() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let d = dir.path();
    write(d, "one.json", br#"{"id": 7, "title": "T", "body": "B1\n\nB2", "date": "Feb 13, 2025", "source": "S", "url": "https://example.com/a"}"#);
    write(
        d,
        "many.json",
        br#"[{"title": "X", "text": "x", "date": "13.02.2025"}, 5, {"title": "Y", "text": "y"}]"#,
    );
    write(d, "np.ndjson", br#"{"title": "N", "maintext": "m", "date_publish": "2025-02-13 08:00:00", "source_domain": "example.org", "authors": ["Ann", "Bo"]}"#);
    write(d, "feed_2016-03-11_x.jsonl", br#"{"title": "Dated by name", "text": "t"}"#);
    let (articles, stderr, code) = parse(&[d.to_str().unwrap_or_default()]);
    assert_eq!(code, 0, "{stderr}");
    let by_title = |t: &str| articles.iter().find(|a| a["title"] == t).cloned().unwrap_or_default();
    assert_eq!(by_title("Dated by name")["date"], "2016-03-11");
    assert_eq!(by_title("Dated by name")["id"], "feed_2016-03-11_x.jsonl:1");
    assert_eq!(by_title("X")["date"], "2025-02-13");
    assert_eq!(by_title("X")["id"], "many.json#1");
    assert_eq!(by_title("Y")["id"], "many.json#3");
    assert_eq!(by_title("T")["id"], "7");
    assert_eq!(by_title("T")["date"], "2025-02-13");
    assert_eq!(by_title("T")["text"], "B1\n\nB2");
    assert_eq!(by_title("N")["source"], "example.org");
    assert_eq!(by_title("N")["author"], "Ann, Bo");
    assert_eq!(by_title("N")["date"], "2025-02-13");
    assert!(stderr.contains("many.json") && stderr.contains("element 2"), "{stderr}");
}

#[test]
fn json_text_is_kept_byte_for_byte() {
    let text = "  Lead \u{a0}with odd\r\nspacing.\n\n\"Quote,\" she said.  ";
    let line = serde_json::json!({"id": "x", "title": "t", "text": text}).to_string();
    let out = onrecord()
        .args(["parse", "-"])
        .write_stdin(line)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    let a: Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(a["text"], text);
    assert_eq!(
        paragraph_texts(&a),
        vec!["Lead \u{a0}with odd\r\nspacing.", "\"Quote,\" she said."]
    );
}

#[test]
fn stdin_accepts_wire_text_and_json_lines() {
    let out = onrecord()
        .args(["parse", "-"])
        .write_stdin(" date 2025-01-05 Wire\nTitle\n\nBody.\n")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let a: Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(a["id"], "stdin");
    assert_eq!(a["source"], "Wire");

    let out = onrecord()
        .args(["parse", "-"])
        .write_stdin("{\"title\":\"A\",\"text\":\"a\"}\n{\"title\":\"B\",\"text\":\"b\"}\n")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[test]
fn help_shows_examples() {
    let out = onrecord().arg("--help").output().unwrap_or_else(|e| panic!("{e}"));
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Examples:") && help.contains("onrecord parse"), "{help}");
}

#[test]
fn bad_usage_is_exit_2() {
    let out =
        onrecord().args(["parse", "--no-such-flag"]).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
}

/// The real corpora load completely (skipped where they are not beside the project).
#[test]
fn real_corpora_load() {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if !corpora.is_dir() {
        eprintln!("skipped: {} is absent", corpora.display());
        return;
    }
    for (file, count) in [
        ("reuters.jsonl", 19_779),
        ("polnear-train.jsonl", 840),
        ("polnear-dev.jsonl", 84),
        ("bbc.jsonl", 2_225),
    ] {
        let path = corpora.join(file);
        let out = onrecord().arg("parse").arg(&path).output().unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "{file}");
        assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), count, "{file}");
        assert!(out.stderr.is_empty(), "{file}: {}", String::from_utf8_lossy(&out.stderr));
    }
}
