//! The search engine on small hand-made corpora: matching rules, ranking,
//! filters, limits, cancellation and incremental typing.

use std::sync::atomic::AtomicBool;

mod common;

use onrecord::{
    Corpus,
    search::{Query, SearchIndex, SearchResults},
};

/// One article per `(speaker, date, text)`, each holding one statement that
/// spans its whole text (no speaker where it is empty).
fn corpus(rows: &[(&str, &str, &str)]) -> Corpus {
    let rows: Vec<(&str, Option<&str>, &str)> = rows
        .iter()
        .map(|&(speaker, date, text)| (date, (!speaker.is_empty()).then_some(speaker), text))
        .collect();
    common::corpus(&rows)
}

fn sample() -> Corpus {
    corpus(&[
        ("Mark Rutte", "2025-02-13", "The outcome has to be durable, and we are united."),
        ("Mark Rutte", "2025-02-14", "I will be myself in Munich tomorrow meeting Vance."),
        ("Kaja Kallas", "2025-03-01", "A durable peace needs strong guarantees."),
        ("Donald Trump", "2025-03-02", "The outcome will be great, tremendous."),
        ("", "2025-03-03", "Procedural matters during the meeting took hours."),
        ("Kaja Kallas", "", "Durability is what matters; the outcome must last."),
    ])
}

fn run(c: &Corpus, q: &str) -> SearchResults {
    let index = SearchIndex::build(c);
    index.search(c, &Query::parse(q), None, usize::MAX, &AtomicBool::new(false)).unwrap_or_default()
}

fn ids(r: &SearchResults) -> Vec<usize> {
    r.hits.iter().map(|h| h.statement).collect()
}

#[test]
fn empty_query_lists_every_statement_in_corpus_order() {
    let c = sample();
    let r = run(&c, "");
    assert_eq!(ids(&r), [0, 1, 2, 3, 4, 5]);
    assert_eq!(r.total, 6);
}

#[test]
fn every_term_must_match_a_word() {
    let c = sample();
    // "durability" lacks the `e` of "durable": only statement 0 has both.
    let r = run(&c, "outcome durable");
    assert_eq!(ids(&r), [0]);
    assert_eq!(ids(&run(&c, "munich tomorrow")), [1]);
    assert_eq!(run(&c, "zqxj").total, 0);
    assert_eq!(run(&c, "munich zqxj").total, 0);
}

#[test]
fn exact_words_rank_above_prefixes_and_scattered_matches() {
    let c = sample();
    let r = run(&c, "dura");
    // "durable" (a prefix) in 0 and 2, "durability" in 5, "procedural" in 4;
    // "during" lacks the `a`, so 4 matches through "procedural" only.
    assert_eq!(ids(&r)[..2], [2, 0], "shorter durable statement first");
    assert_eq!(*ids(&r).last().unwrap_or(&0), 4);
    assert_eq!(r.total, 4);
}

#[test]
fn typos_still_find_the_word() {
    let c = sample();
    let r = run(&c, "durible");
    assert_eq!(ids(&r)[..2], [2, 0]);
    // One edit from "durable", and from "durabil(ity)" too.
    assert_eq!(ids(&run(&c, "outcme durabel")), [0, 5]);
    assert_eq!(ids(&run(&c, "munihc")), [1]);
}

#[test]
fn positions_point_at_the_matched_letters() {
    let c = sample();
    let r = run(&c, "munich tomorrow");
    let text: Vec<char> = c.text_of(1).chars().collect();
    let marked: String = r.hits[0].positions.iter().map(|&p| text[p]).collect();
    assert_eq!(marked, "Munichtomorrow");
    let r = run(&c, "durible");
    let text: Vec<char> = c.text_of(2).chars().collect();
    let marked: String = r.hits[0].positions.iter().map(|&p| text[p]).collect();
    assert_eq!(marked, "durable");
}

#[test]
fn filters_by_speaker_date_and_theme() {
    let c = sample();
    assert_eq!(ids(&run(&c, "@rutte")), [0, 1]);
    assert_eq!(ids(&run(&c, "@KALLAS durab")), [2, 5]);
    // No speaker contains "kjkl": fuzzy fallback finds Kaja Kallas.
    assert_eq!(ids(&run(&c, "@kjkl")), [2, 5]);
    assert_eq!(ids(&run(&c, "outcome since:2025-02-14")), [3]);
    assert_eq!(ids(&run(&c, "until:2025-02-13")), [0]);
    let index = SearchIndex::build(&c);
    let r = index
        .search(&c, &Query::parse("durab"), Some(&[2, 5]), 10, &AtomicBool::new(false))
        .unwrap_or_default();
    assert_eq!(ids(&r), [2, 5]);
}

#[test]
fn limit_keeps_the_best_and_counts_the_rest() {
    let c = sample();
    let index = SearchIndex::build(&c);
    let q = Query::parse("outcome");
    let all = index.search(&c, &q, None, usize::MAX, &AtomicBool::new(false)).unwrap_or_default();
    let two = index.search(&c, &q, None, 2, &AtomicBool::new(false)).unwrap_or_default();
    assert_eq!(all.total, 3);
    assert_eq!(two.total, 3);
    assert_eq!(two.hits, all.hits[..2]);
    let none = index.search(&c, &q, None, 0, &AtomicBool::new(false)).unwrap_or_default();
    assert_eq!((none.hits.len(), none.total), (0, 3));
}

#[test]
fn a_cancelled_search_returns_nothing() {
    let c = sample();
    let index = SearchIndex::build(&c);
    assert_eq!(index.search(&c, &Query::parse("outcome"), None, 10, &AtomicBool::new(true)), None);
}

#[test]
fn typing_letter_by_letter_gives_the_same_hits_as_a_fresh_search() {
    let c = sample();
    let typed = SearchIndex::build(&c);
    for query in ["durable outcome", "durible", "munich tomorrow", "procedural", "outcomes"] {
        for end in 1..=query.len() {
            let q = Query::parse(&query[..end]);
            let a = typed.search(&c, &q, None, usize::MAX, &AtomicBool::new(false));
            let fresh = SearchIndex::build(&c);
            let b = fresh.search(&c, &q, None, usize::MAX, &AtomicBool::new(false));
            assert_eq!(a, b, "query {:?}", &query[..end]);
        }
    }
}

#[test]
fn odd_input_never_panics() {
    let mut c = sample();
    // A span past the end of its text, and one inside a multi-byte char.
    c.articles[0].text = "É".to_string();
    c.statements[0].spans = [0..1, 5..9].into_iter().collect();
    for q in ["É", "ǅ", "'", "\u{0}", "@", "#", "since:", "a b c d e f g h", "İstanbul"] {
        let _ = run(&c, q);
    }
    let long = "x".repeat(500);
    assert_eq!(run(&c, &long).total, 0);
    let empty = Corpus::default();
    assert_eq!(run(&empty, "anything").total, 0);
    assert_eq!(run(&empty, "").total, 0);
}

#[test]
fn search_once_finds_what_the_index_finds() {
    let c = sample();
    let index = SearchIndex::build(&c);
    for q in ["", "@rutte", "outcome since:2025-02-14", "@kjkl durab", "durible", "zqxj", "e"] {
        let q = Query::parse(q);
        for limit in [0, 2, usize::MAX] {
            let a = index.search(&c, &q, None, limit, &AtomicBool::new(false));
            assert_eq!(Some(SearchIndex::search_once(&c, &q, None, limit)), a, "{q:?}");
        }
        let theme = [2, 5];
        let a = index.search(&c, &q, Some(&theme), 10, &AtomicBool::new(false));
        assert_eq!(Some(SearchIndex::search_once(&c, &q, Some(&theme), 10)), a, "{q:?}");
    }
}
