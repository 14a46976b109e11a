use std::{
    fmt,
    io::Read,
    path::{Path, PathBuf},
    sync::atomic::{AtomicUsize, Ordering},
};

use rayon::prelude::*;

use super::{
    Article, date_in_file_name,
    json::{parse_json_line_bytes_at, parse_json_lines_reporting},
    parse_json_file, parse_wire,
};

/// What the user asked onrecord to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a folder (read recursively).
    Path(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
}

impl From<&str> for Input {
    fn from(s: &str) -> Self {
        if s == "-" { Input::Stdin } else { Input::Path(PathBuf::from(s)) }
    }
}

/// Something wrong with one input; the rest still load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user would type it.
    pub path: String,
    /// The line the problem is on, when it is about one line.
    pub line: Option<usize>,
    /// What is wrong, in words that say what to do.
    pub reason: String,
    /// `true` when the file (or line) was left out; `false` for a note about
    /// something that still loaded (such as a non-UTF-8 file read as
    /// Windows-1252).
    pub skipped: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) if line > 0 => write!(f, "{}:{}: {}", self.path, line, self.reason),
            _ => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// The articles that loaded and the problems met on the way.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// Articles in the order their files were named (folders sorted by name).
    pub articles: Vec<Article>,
    /// Files or lines left out, and notes.
    pub problems: Vec<Problem>,
}

/// Counters a loader updates as it goes, so a progress gauge can follow it
/// from another thread.
#[derive(Debug, Default)]
pub struct LoadProgress {
    /// Bytes in all files found (known once the folders have been walked).
    pub bytes_total: AtomicUsize,
    /// Bytes of the files read and parsed so far.
    pub bytes_done: AtomicUsize,
}

/// File extensions read when walking a folder.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "json", "jsonl", "ndjson"];

/// Loads every article from `inputs`: files (any extension: `.json`,
/// `.jsonl`/`.ndjson` as JSON, anything else as wire text), folders
/// (recursively, `.txt .md .json .jsonl .ndjson`, hidden entries skipped) and
/// standard input. Files are read in parallel. A file that cannot be read or
/// parsed is reported in [`LoadReport::problems`]; it never stops the rest.
pub fn load(inputs: &[Input], progress: Option<&LoadProgress>) -> LoadReport {
    let mut problems = Vec::new();
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut stdin_articles = Vec::new();
    for input in inputs {
        match input {
            Input::Stdin => {
                let mut bytes = Vec::new();
                match std::io::stdin().read_to_end(&mut bytes) {
                    Ok(_) => {
                        let (mut a, mut p) =
                            parse_bytes(&bytes, "-", "stdin", Format::Sniff, &|_| {});
                        stdin_articles.append(&mut a);
                        problems.append(&mut p);
                    }
                    Err(e) => problems.push(problem(
                        "-",
                        None,
                        format!("cannot read standard input: {e}"),
                    )),
                }
            }
            Input::Path(path) => discover(path, &mut files, &mut problems),
        }
    }
    if let Some(p) = progress {
        let total = files
            .iter()
            .filter_map(|(f, _)| std::fs::metadata(f).ok())
            .map(|m| m.len() as usize)
            .sum();
        p.bytes_total.store(total, Ordering::Relaxed);
    }
    let results: Vec<(Vec<Article>, Vec<Problem>)> = files
        .par_iter()
        .map(|(path, id)| {
            let shown = path.display().to_string();
            // JSON Lines report line by line; the rest of the file counts
            // once it is parsed.
            let reported = AtomicUsize::new(0);
            let parsed = |n: usize| {
                reported.fetch_add(n, Ordering::Relaxed);
                if let Some(p) = progress {
                    p.bytes_done.fetch_add(n, Ordering::Relaxed);
                }
            };
            let format = Format::from_path(path);
            let streamed = match format {
                Format::JsonLines => read_json_lines(path, &shown, id, &parsed),
                _ => Streamed::Whole,
            };
            let (out, size) = match streamed {
                Streamed::Parsed(out, size) => (out, size),
                // Not UTF-8 (or not JSON Lines): the whole file at once, as
                // its encoding is decided for all of it.
                Streamed::Whole => match std::fs::read(path) {
                    Ok(bytes) => (parse_bytes(&bytes, &shown, id, format, &|_| {}), bytes.len()),
                    Err(e) => ((Vec::new(), vec![problem(&shown, None, read_error(&e))]), 0),
                },
            };
            if let Some(p) = progress {
                let rest = size.saturating_sub(reported.load(Ordering::Relaxed));
                p.bytes_done.fetch_add(rest, Ordering::Relaxed);
            }
            let (mut articles, problems) = out;
            for a in &mut articles {
                a.path = Some(shown.clone());
                if a.date.is_none() {
                    a.date = path.file_name().and_then(|n| n.to_str()).and_then(date_in_file_name);
                }
            }
            (articles, problems)
        })
        .collect();
    let mut articles = stdin_articles;
    for (mut a, mut p) in results {
        articles.append(&mut a);
        problems.append(&mut p);
    }
    LoadReport { articles, problems }
}

/// The samples bundled into the binary, loaded as if from `samples/`.
pub fn load_samples() -> LoadReport {
    let mut report = LoadReport::default();
    for (name, text) in crate::samples::SAMPLES {
        let (mut a, mut p) =
            parse_bytes(text.as_bytes(), name, name, Format::from_path(Path::new(name)), &|_| {});
        for article in &mut a {
            if article.date.is_none() {
                article.date = date_in_file_name(name);
            }
        }
        report.articles.append(&mut a);
        report.problems.append(&mut p);
    }
    report
}

#[derive(Clone, Copy)]
enum Format {
    Wire,
    Json,
    JsonLines,
    Sniff,
}

impl Format {
    fn from_path(path: &Path) -> Format {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("json") => Format::Json,
            Some("jsonl" | "ndjson") => Format::JsonLines,
            _ => Format::Wire,
        }
    }
}

/// Finds the files below `path`, each with its id (its path relative to the
/// argument). Problems met while walking are reported, not fatal.
fn discover(path: &Path, files: &mut Vec<(PathBuf, String)>, problems: &mut Vec<Problem>) {
    let shown = path.display().to_string();
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) => return problems.push(problem(&shown, None, read_error(&e))),
    };
    if meta.file_type().is_symlink() && std::fs::metadata(path).is_err() {
        return problems.push(problem(&shown, None, dangling(path)));
    }
    if !path.is_dir() {
        files.push((path.to_path_buf(), shown));
        return;
    }
    let walker = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let wanted =
                    e.path().extension().and_then(|x| x.to_str()).is_some_and(|x| {
                        ARTICLE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str())
                    });
                if wanted {
                    let id = e
                        .path()
                        .strip_prefix(path)
                        .unwrap_or(e.path())
                        .to_string_lossy()
                        .replace('\\', "/");
                    files.push((e.path().to_path_buf(), id));
                }
            }
            Ok(_) => {}
            Err(err) => {
                let at = err.path().map(Path::to_path_buf).unwrap_or_else(|| path.to_path_buf());
                let reason = if err.loop_ancestor().is_some() {
                    "link loop: this link points back to a folder that contains it; skipped"
                        .to_string()
                } else if std::fs::symlink_metadata(&at).is_ok() && std::fs::metadata(&at).is_err()
                {
                    dangling(&at)
                } else {
                    err.io_error().map(read_error).unwrap_or_else(|| err.to_string())
                };
                problems.push(problem(&at.display().to_string(), None, reason));
            }
        }
    }
}

/// Decodes and parses one file's bytes.
fn parse_bytes(
    bytes: &[u8],
    shown: &str,
    id: &str,
    format: Format,
    parsed: &(dyn Fn(usize) + Sync),
) -> (Vec<Article>, Vec<Problem>) {
    let mut problems = Vec::new();
    if memchr::memchr(0, bytes).is_some() {
        let reason = "binary file (it contains NUL bytes), skipped".to_string();
        return (Vec::new(), vec![problem(shown, None, reason)]);
    }
    let text: std::borrow::Cow<str> = match std::str::from_utf8(bytes) {
        Ok(s) => s.into(),
        Err(e) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            problems.push(Problem {
                path: shown.to_string(),
                line: Some(1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count()),
                reason: "not UTF-8; read as Windows-1252".into(),
                skipped: false,
            });
            text
        }
    };
    if text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}').is_empty() {
        problems.push(problem(shown, None, "empty file, skipped".into()));
        return (Vec::new(), problems);
    }
    let format = match format {
        Format::Sniff => match text.trim_start_matches('\u{feff}').trim_start().chars().next() {
            Some('[') => Format::Json,
            Some('{') if text.trim().lines().count() > 1 => Format::JsonLines,
            Some('{') => Format::Json,
            _ => Format::Wire,
        },
        f => f,
    };
    let (articles, line_problems) = match format {
        Format::Json => parse_json_file(&text, id),
        Format::JsonLines => parse_json_lines_reporting(&text, id, parsed),
        _ => {
            let mut a = parse_wire(&text);
            a.id = id.to_string();
            (vec![a], Vec::new())
        }
    };
    problems.extend(skipped_lines(shown, line_problems, format));
    (articles, problems)
}

/// Lines (or elements) that did not parse, as problems.
fn skipped_lines(
    shown: &str,
    lines: Vec<(usize, String)>,
    format: Format,
) -> impl Iterator<Item = Problem> + '_ {
    // A JSON Lines file loses one line; a `.json` file that does not parse
    // loses itself (its elements are reported one by one when it does).
    let suffix = if matches!(format, Format::JsonLines) { "; line skipped" } else { "; skipped" };
    lines.into_iter().map(move |(line, reason)| Problem {
        path: shown.to_string(),
        line: Some(line),
        reason: format!("{reason}{suffix}"),
        skipped: true,
    })
}

/// How much of a JSON Lines file is read at a time: enough lines to keep
/// every core busy, without holding the whole file next to its articles.
const PIECE: usize = 4 << 20;

/// What [`read_json_lines`] made of a file.
enum Streamed {
    /// The file's articles and problems, and its size in bytes.
    Parsed((Vec<Article>, Vec<Problem>), usize),
    /// It must be read whole instead (it is not UTF-8).
    Whole,
}

/// Reads and parses a JSON Lines file piece by piece, each piece's lines in
/// parallel, so that only one piece of the raw file is held at a time.
/// Gives what [`parse_bytes`] gives for the whole file.
fn read_json_lines(
    path: &Path,
    shown: &str,
    id: &str,
    parsed: &(dyn Fn(usize) + Sync),
) -> Streamed {
    read_json_lines_by(path, shown, id, parsed, PIECE)
}

/// [`read_json_lines`] with pieces of `piece` bytes (tests cut small ones).
fn read_json_lines_by(
    path: &Path,
    shown: &str,
    id: &str,
    parsed: &(dyn Fn(usize) + Sync),
    piece: usize,
) -> Streamed {
    let failed = |e: std::io::Error| {
        Streamed::Parsed((Vec::new(), vec![problem(shown, None, read_error(&e))]), 0)
    };
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return failed(e),
    };
    let mut buf: Vec<u8> = Vec::new();
    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    let mut size = 0;
    let mut line = 1;
    let mut blank = true;
    let mut first = true;
    loop {
        let before = buf.len();
        match (&mut file).take(piece as u64).read_to_end(&mut buf) {
            Ok(_) => {}
            Err(e) => return failed(e),
        }
        let eof = buf.len() - before < piece;
        size += buf.len() - before;
        // Whole lines only, unless the file ends here.
        let cut = if eof { buf.len() } else { memchr::memrchr(b'\n', &buf).map_or(0, |k| k + 1) };
        let piece = &buf[..cut];
        if memchr::memchr(0, piece).is_some() {
            let reason = "binary file (it contains NUL bytes), skipped".to_string();
            return Streamed::Parsed((Vec::new(), vec![problem(shown, None, reason)]), size);
        }
        blank = blank && is_blank(piece);
        let mut lines = piece;
        if first && cut > 0 {
            lines = lines.strip_prefix("\u{feff}".as_bytes()).unwrap_or(lines);
            first = false;
        }
        // A line break never falls inside a UTF-8 sequence, so each piece
        // is valid on its own when the file is; its lines are checked as
        // they are parsed, in parallel.
        let Some((mut a, lines)) = parse_json_line_bytes_at(lines, line, id, parsed) else {
            return Streamed::Whole;
        };
        articles.append(&mut a);
        skipped.extend(lines);
        line += memchr::memchr_iter(b'\n', piece).count();
        buf.drain(..cut);
        if eof {
            break;
        }
    }
    if blank {
        return Streamed::Parsed(
            (Vec::new(), vec![problem(shown, None, "empty file, skipped".into())]),
            size,
        );
    }
    let problems = skipped_lines(shown, skipped, Format::JsonLines).collect();
    Streamed::Parsed((articles, problems), size)
}

/// Whether `bytes` read as nothing but whitespace and byte-order marks
/// (bytes that are not UTF-8 are not blank). Most pieces answer at their
/// first byte.
fn is_blank(bytes: &[u8]) -> bool {
    let visible =
        bytes.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c));
    match visible {
        None => true,
        Some(k) if bytes[k].is_ascii() => false,
        Some(k) => std::str::from_utf8(&bytes[k..])
            .is_ok_and(|t| t.chars().all(|c| c.is_whitespace() || c == '\u{feff}')),
    }
}

fn problem(path: &str, line: Option<usize>, reason: String) -> Problem {
    Problem { path: path.to_string(), line, reason, skipped: true }
}

fn dangling(path: &Path) -> String {
    match std::fs::read_link(path) {
        Ok(target) => format!("dangling link to {}, skipped", target.display()),
        Err(_) => "dangling link, skipped".into(),
    }
}

fn read_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied: check the file's read permission".into()
        }
        _ => format!("cannot read: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What reading `bytes` as a `.jsonl` file piece by piece gives, as
    /// comparable text; `None` when it falls back to reading it whole.
    fn streamed(bytes: &[u8], piece: usize) -> Option<String> {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("f.jsonl");
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        match read_json_lines_by(&path, "f.jsonl", "f.jsonl", &|_| {}, piece) {
            Streamed::Parsed((a, p), size) => {
                assert_eq!(size, bytes.len());
                Some(format!("{}\n{p:?}", serde_json::to_string(&a).unwrap_or_default()))
            }
            Streamed::Whole => None,
        }
    }

    fn whole(bytes: &[u8]) -> String {
        let (a, p) = parse_bytes(bytes, "f.jsonl", "f.jsonl", Format::JsonLines, &|_| {});
        format!("{}\n{p:?}", serde_json::to_string(&a).unwrap_or_default())
    }

    #[test]
    fn pieces_read_as_the_whole_file() {
        let long =
            format!("{{\"title\":\"long\",\"text\":\"{}\"}}", "He said \\\"yes\\\". ".repeat(20));
        let lines = [
            "\u{feff}{\"title\":\"a\",\"text\":\"One.\\n\\nTwo.\"}",
            "",
            "{broken",
            "  {\"id\":7,\"title\":\"b\",\"text\":\"“Quoted,” she said.\"}\r",
            long.as_str(),
            "[1]",
            "{\"title\":\"é\",\"text\":\"last\"}",
        ];
        for end in ["", "\n", "\n\n"] {
            let file = format!("{}{end}", lines.join("\n"));
            let expected = whole(file.as_bytes());
            assert!(expected.contains("\"id\":\"7\"") && expected.contains("line: Some(3)"));
            for piece in [1, 7, 64, 1 << 20] {
                assert_eq!(streamed(file.as_bytes(), piece), Some(expected.clone()), "{piece}");
            }
        }
        // Blank files and NUL bytes as whole-file reading reports them.
        for file in [&b""[..], b" \n\xef\xbb\xbf\n", b"{\"title\":\"a\"}\n\0\n"] {
            assert_eq!(streamed(file, 5), Some(whole(file)));
        }
        // Not UTF-8 anywhere: read whole, as its encoding is decided for all of it.
        assert_eq!(streamed(b"{\"title\":\"a\"}\n{\"title\":\"\xe9\"}\n", 5), None);
    }

    #[test]
    fn progress_counts_every_byte_once() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let lines = "{\"title\":\"a\",\"text\":\"x\"}\n\n{broken\n{\"title\":\"b\",\"text\":\"y\"}";
        std::fs::write(dir.path().join("a.jsonl"), lines).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("b.txt"), "Title\n\nBody.\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let progress = LoadProgress::default();
        let report = load(&[Input::Path(dir.path().to_path_buf())], Some(&progress));
        assert_eq!(report.articles.len(), 3);
        let total = progress.bytes_total.load(Ordering::Relaxed);
        assert_eq!(total, lines.len() + "Title\n\nBody.\n".len());
        assert_eq!(progress.bytes_done.load(Ordering::Relaxed), total);
    }
}
