//! Synthetic statements for the benchmarks: news wording at news lengths, in
//! any quantity.
//!
//! The word frequencies and sentence lengths are learnt from the real corpora
//! in `<manifest>/../shared/corpora` when they are there (read at run time,
//! never stored), else from the bundled sample. One token in 150 is a
//! made-up proper name, so the vocabulary keeps growing with the corpus as a
//! real archive's does (new people and places), instead of saturating.

use std::{ops::Range, path::Path};

use onrecord::{Article, Corpus, Kind, Statement, extract::Field};

/// The queries every benchmark corpus is searched for: `(name, query)`.
pub const QUERIES: &[(&str, &str)] = &[
    ("short", "dura"),
    ("multi-word", "outcome durable"),
    ("typo", "durible"),
    ("speaker", "@rutte durable"),
    ("no-match", "zqxj"),
    // Not a target query, but the first keystroke of every search: the
    // worst case, matching most of the corpus.
    ("one-letter", "d"),
];

/// A small, fast, seedable random number generator (SplitMix64): the same
/// seed gives the same corpus on every machine.
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// What statements are drawn from: words with their frequencies, and
/// sentence lengths in words.
pub struct Model {
    words: Vec<String>,
    /// Cumulative frequencies, for drawing a word by its frequency.
    cumulative: Vec<u64>,
    sentence_words: Vec<usize>,
    /// Where the model was learnt from, for the report.
    pub source: String,
}

/// Corpora files the model learns from, when present (never the held-out
/// test split).
const CORPORA: &[&str] = &["reuters.jsonl", "bbc.jsonl", "polnear-train.jsonl"];

impl Model {
    /// Learnt from the real corpora under `dir`, or `None` if none is there.
    pub fn from_corpora(dir: &Path) -> Option<Model> {
        let mut texts = Vec::new();
        let mut used = Vec::new();
        for name in CORPORA {
            let Ok(data) = std::fs::read_to_string(dir.join(name)) else { continue };
            used.push(*name);
            for line in data.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                    && let Some(t) = v.get("text").and_then(|t| t.as_str())
                {
                    texts.push(t.to_string());
                }
            }
        }
        if texts.is_empty() {
            return None;
        }
        Some(Model::learn(&texts, format!("word frequencies of {}", used.join(", "))))
    }

    /// Learnt from the bundled sample article (small: few distinct words).
    pub fn builtin() -> Model {
        let text = include_str!("../../samples/000_b73d63af1e450839.txt");
        Model::learn(&[text.to_string()], "the bundled sample".to_string())
    }

    /// The corpora model when the corpora are there, else the built-in one.
    pub fn best() -> Model {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
        Model::from_corpora(&dir).unwrap_or_else(Model::builtin)
    }

    fn learn(texts: &[String], source: String) -> Model {
        let mut counts: std::collections::HashMap<&str, u64> = std::collections::HashMap::new();
        let mut sentence_words = Vec::new();
        for t in texts {
            let mut in_sentence = 0;
            for w in t.split_whitespace() {
                *counts.entry(w).or_default() += 1;
                in_sentence += 1;
                if w.ends_with(['.', '?', '!']) {
                    if (6..=80).contains(&in_sentence) {
                        sentence_words.push(in_sentence);
                    }
                    in_sentence = 0;
                }
            }
        }
        if sentence_words.is_empty() {
            sentence_words.push(25);
        }
        let mut words: Vec<(&str, u64)> = counts.into_iter().collect();
        words.sort_unstable();
        let mut total = 0;
        let cumulative = words
            .iter()
            .map(|(_, c)| {
                total += c;
                total
            })
            .collect();
        Model {
            words: words.into_iter().map(|(w, _)| w.to_string()).collect(),
            cumulative,
            sentence_words,
            source,
        }
    }

    /// How many distinct words it draws from.
    pub fn vocabulary(&self) -> usize {
        self.words.len()
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1);
        let r = rng.next() % total;
        let i = self.cumulative.partition_point(|&c| c <= r);
        &self.words[i.min(self.words.len() - 1)]
    }

    /// One statement's text.
    pub fn statement(&self, rng: &mut Rng, out: &mut String) {
        let n = self.sentence_words[rng.below(self.sentence_words.len())];
        // Real statements cluster on topics: one in 400 carries a phrase of a
        // running story, so multi-word queries have something to find.
        let phrase_at = (rng.below(400) == 0).then(|| rng.below(n));
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            if phrase_at == Some(i) {
                out.push_str(PHRASES[rng.below(PHRASES.len())]);
                out.push(' ');
            }
            if rng.below(150) == 0 {
                made_up_name(rng, out);
            } else {
                out.push_str(self.word(rng));
            }
        }
    }
}

/// Phrases of running stories, planted into a few statements.
const PHRASES: &[&str] = &[
    "the outcome has to be durable",
    "a durable peace",
    "the outcome of the talks",
    "a lasting and durable outcome",
    "I will be in Munich tomorrow",
    "the durable goods orders",
];

const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "tel", "san", "dor", "vi", "len", "ba", "quo", "zan", "fer", "ish", "ul",
    "mar", "po", "ne", "gri", "hal", "tu", "shen", "ow", "ry", "des",
];

fn made_up_name(rng: &mut Rng, out: &mut String) {
    let n = 2 + rng.below(3);
    for i in 0..n {
        let s = SYLLABLES[rng.below(SYLLABLES.len())];
        if i == 0 {
            let mut c = s.chars();
            out.extend(c.next().map(|c| c.to_ascii_uppercase()));
            out.push_str(c.as_str());
        } else {
            out.push_str(s);
        }
    }
}

const FIRST: &[&str] = &[
    "Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jamal", "Keiko",
    "Lars", "Maria", "Nikolai", "Olga", "Pedro", "Qing", "Rosa", "Samuel", "Tara", "Umar", "Vera",
    "Walter", "Xenia", "Yusuf", "Zofia",
];
const LAST: &[&str] = &[
    "Abbott",
    "Becker",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Gonzalez",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
];

/// The speaker a statement is attributed to: a few speak often, most rarely
/// (a Zipf-like draw over about 700 people), Mark Rutte among the frequent.
fn speaker(rng: &mut Rng) -> String {
    // Squaring a uniform draw skews it towards the small indexes.
    let u = rng.below(1 << 20) as u64;
    let i = ((((u * u) >> 20) as usize) * (FIRST.len() * LAST.len())) >> 20;
    if i == 3 {
        return "Mark Rutte".to_string();
    }
    format!("{} {}", FIRST[i % FIRST.len()], LAST[i / FIRST.len() % LAST.len()])
}

/// Statements per synthetic article.
const PER_ARTICLE: usize = 8;

/// A corpus of `n` statements drawn from `model`, eight per article, each
/// article dated somewhere in 2019–2025.
pub fn corpus(model: &Model, n: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let mut articles = Vec::with_capacity(n.div_ceil(PER_ARTICLE));
    let mut statements = Vec::with_capacity(n);
    let start: onrecord::article::Date = "2019-01-01".parse().unwrap_or_default();
    while statements.len() < n {
        let a = articles.len();
        let mut text = String::new();
        let mut paragraphs: Vec<Range<usize>> = Vec::new();
        for ordinal in 0..PER_ARTICLE.min(n - statements.len()) {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let at = text.len();
            model.statement(&mut rng, &mut text);
            paragraphs.push(at..text.len());
            statements.push(Statement {
                article: a,
                ordinal,
                kind: Kind::Direct,
                field: Field::Text,
                spans: std::iter::once(at..text.len()).collect(),
                speaker: Some(speaker(&mut rng)),
                speaker_span: None,
                cue: Some("said"),
                clause: None,
                negated: false,
            });
        }
        let days = (a * 7919 % 2500) as i64;
        articles.push(Article {
            id: format!("synthetic-{a}"),
            source: Some("Synthetic".to_string()),
            date: start.checked_add(jiff::Span::new().days(days)).ok(),
            title: format!("Synthetic article {a}"),
            text,
            paragraphs,
            ..Article::default()
        });
    }
    Corpus { articles, statements }
}
