//! PolNeAR dev: the accuracy extraction reaches must not regress. Skipped
//! when the corpora are not next to the crate. The floors are the figures
//! last measured on dev (see docs/accuracy.md), rounded down by 0.01.

use onrecord::accuracy::{parse_gold, score};
use onrecord::article::{Input, load};
use onrecord::corpus::Corpus;

#[test]
fn polnear_dev_scores_do_not_regress() {
    let dir = format!("{}/../shared/corpora", env!("CARGO_MANIFEST_DIR"));
    let articles = format!("{dir}/polnear-dev.jsonl");
    let gold = format!("{dir}/polnear-dev-gold.jsonl");
    if !std::path::Path::new(&articles).exists() || !std::path::Path::new(&gold).exists() {
        eprintln!("note: {dir} has no PolNeAR dev split; skipping");
        return;
    }
    let report = load(&[Input::from(articles.as_str())], None);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let corpus = Corpus::from_articles(report.articles);
    let text = std::fs::read_to_string(&gold).expect("gold readable");
    let (rows, unmappable) = parse_gold(&text, &corpus.articles).expect("gold parses");
    assert_eq!(unmappable, 0);
    let r = score(&corpus.articles, &corpus.statements, &rows, 0);
    assert_eq!(r.articles, 84);
    let floors = [
        ("direct F1 (gold flag)", r.direct.f1, 0.82),
        ("speaker accuracy (gold flag)", r.speaker_accuracy, 0.94),
        ("direct F1 (any quote mark)", r.direct_any_mark.f1, 0.86),
        ("speaker accuracy (any quote mark)", r.speaker_accuracy_any_mark, 0.93),
        ("all-attribution F1", r.all.f1, 0.61),
        ("speaker accuracy (all attributions)", r.speaker_accuracy_all, 0.92),
    ];
    for (name, got, floor) in floors {
        assert!(got >= floor, "{name}: {got:.3} fell below {floor:.2}");
    }
}
