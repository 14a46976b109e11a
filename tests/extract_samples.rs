//! The sample articles' statements, checked against the answer key in
//! tests/data/samples_statements.json: per file, in order, speaker, kind and
//! the words each statement starts with. A key entry marked `optional` may
//! be found or not; nothing else may be added.

use onrecord::article::{Input, load};
use onrecord::extract::{Kind, extract_statements};
use serde_json::Value;

#[test]
fn samples_match_the_answer_key() {
    let root = env!("CARGO_MANIFEST_DIR");
    let key: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/tests/data/samples_statements.json"))
            .expect("answer key"),
    )
    .expect("answer key is JSON");
    let files = key.as_array().expect("a list of files");
    assert!(files.len() >= 9);
    let mut failures = Vec::new();
    for file in files {
        let name = file["file"].as_str().expect("file name");
        let report = load(&[Input::from(format!("{root}/samples/{name}").as_str())], None);
        assert_eq!(report.articles.len(), 1, "{name}: {:?}", report.problems);
        let article = &report.articles[0];
        let got = extract_statements(article, 0);
        let want = file["statements"].as_array().expect("statements");
        let mut g = 0;
        for w in want {
            let kind = Kind::from_name(w["kind"].as_str().unwrap_or("")).expect("kind");
            let start = w["starts_with"].as_str().unwrap_or("");
            let speaker = w["speaker"].as_str();
            let optional = w["optional"].as_bool().unwrap_or(false);
            let here = got.get(g).map(|s| (s.kind, s.text(article), s.speaker.clone()));
            match here {
                Some((k, text, sp)) if text.starts_with(start) => {
                    if k != kind || sp.as_deref() != speaker {
                        failures.push(format!(
                            "{name}: {start:?}: got {k:?} by {sp:?}, want {kind:?} by {speaker:?}"
                        ));
                    }
                    g += 1;
                }
                _ if optional => {}
                other => {
                    failures.push(format!(
                        "{name}: missing {start:?} ({kind:?} by {speaker:?}); next found: {other:?}"
                    ));
                }
            }
        }
        for s in &got[g.min(got.len())..] {
            failures.push(format!(
                "{name}: extra {:?} {:?} by {:?}",
                s.kind,
                s.text(article),
                s.speaker
            ));
        }
        for s in &got {
            for r in s.spans.iter().chain(&s.speaker_span) {
                assert!(s.source_text(article).get(r.clone()).is_some(), "{name}: bad span {r:?}");
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}
