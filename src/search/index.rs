//! The search index: the vocabulary, an inverted index from each word to the
//! statements using it, and what the filters need per statement.
//!
//! A query term is matched against the vocabulary (see [`super::vocab`]); the
//! statements of the matching words are joined through the inverted index,
//! intersected across terms (every term must match, as in fzf's extended
//! mode), filtered, and only the best `limit` are sorted and highlighted.

use std::{
    cmp::Reverse,
    collections::HashMap,
    ops::Range,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
};

use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;
use rustc_hash::FxBuildHasher;

use super::{
    Hit, Query, SearchResults,
    typo::allowed_edits,
    vocab::{
        Term, Vocabulary, WordMatch, match_term, match_term_among, score_word, word_positions,
    },
    words::{for_each_word, for_each_word_mapped},
};
use crate::{article::Date, corpus::Corpus};

/// Fewest statements worth a parallel task of their own while building.
const MIN_PART: usize = 16_384;
/// Term matches remembered for the next keystroke.
const RECENT_TERMS: usize = 16;
/// Speaker id of a statement without a speaker.
const NO_SPEAKER: u32 = u32::MAX;

/// Everything a search needs that does not depend on the query, built once
/// per corpus. Statement ids are `u32` to keep it compact.
pub struct SearchIndex {
    vocab: Vocabulary,
    /// Postings of word `w`: `postings[starts[w]..starts[w + 1]]`, ascending.
    starts: Vec<usize>,
    postings: Vec<u32>,
    /// Length in bytes of each statement's text: the shorter of two equal
    /// matches ranks first, as in fzf.
    lens: Vec<u32>,
    /// Distinct speaker names, lowercased, and each statement's index into them.
    speakers: Vec<String>,
    speaker_of: Vec<u32>,
    matcher: SkimMatcherV2,
    /// The last few terms' vocabulary matches: the next keystroke usually
    /// extends one of them, and its matches are among the old ones.
    recent: Mutex<Vec<(String, Arc<Vec<WordMatch>>)>>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("statements", &self.lens.len())
            .field("words", &self.vocab.len())
            .field("postings", &self.postings.len())
            .field("speakers", &self.speakers.len())
            .finish()
    }
}

/// The index of one run of statements, built by one parallel task.
struct Part {
    words: HashMap<Box<str>, Vec<u32>, FxBuildHasher>,
    lens: Vec<u32>,
}

impl Part {
    fn build(corpus: &Corpus, range: Range<usize>) -> Part {
        let mut words: HashMap<Box<str>, Vec<u32>, FxBuildHasher> = HashMap::default();
        let mut lens = Vec::with_capacity(range.len());
        let mut buf = String::new();
        for i in range {
            let st = &corpus.statements[i];
            let Some(article) = corpus.articles.get(st.article) else {
                lens.push(0);
                continue;
            };
            let src = st.source_text(article);
            let id = i as u32;
            let mut len = 0usize;
            // Words never straddle two spans (the text joins them with a
            // space), so the spans are read in place: no text is copied.
            for part in st.spans.iter().filter_map(|r| src.get(r.clone())) {
                len += part.len() + 1;
                for_each_word(part, &mut buf, |w| match words.get_mut(w) {
                    Some(list) => {
                        if list.last() != Some(&id) {
                            list.push(id);
                        }
                    }
                    None => {
                        words.insert(w.into(), vec![id]);
                    }
                });
            }
            lens.push(u32::try_from(len).unwrap_or(u32::MAX));
        }
        Part { words, lens }
    }
}

impl SearchIndex {
    /// Indexes every statement of `corpus`, in parallel. Time and memory are
    /// linear in the corpus's words.
    pub fn build(corpus: &Corpus) -> SearchIndex {
        let n = corpus.statements.len().min(u32::MAX as usize - 1);
        // A few large parts rather than many small ones: every part repeats
        // the common words, and merging and freeing those repeats costs more
        // than the parallelism gained beyond a few parts per thread.
        let parts_n = (n / MIN_PART).clamp(1, rayon::current_num_threads() * 4);
        let chunk = n.div_ceil(parts_n).max(1);
        let parts: Vec<Part> = (0..n.div_ceil(chunk))
            .into_par_iter()
            .map(|c| Part::build(corpus, c * chunk..((c + 1) * chunk).min(n)))
            .collect();

        // The vocabulary: every part's words once, in order of first use.
        let mut ids: HashMap<&str, u32, FxBuildHasher> = HashMap::default();
        let mut words: Vec<&str> = Vec::new();
        let mut starts = vec![0usize; 1];
        let part_ids: Vec<Vec<(u32, &[u32])>> = parts
            .iter()
            .map(|p| {
                p.words
                    .iter()
                    .map(|(w, list)| {
                        let id = *ids.entry(w).or_insert_with(|| {
                            words.push(w);
                            starts.push(0);
                            (words.len() - 1) as u32
                        });
                        starts[id as usize + 1] += list.len();
                        (id, list.as_slice())
                    })
                    .collect()
            })
            .collect();
        drop(ids);
        let vocab = Vocabulary::from_words(&words);

        // Postings: lay out by the counts, then fill part by part — parts
        // are in statement order, so each word's list comes out ascending.
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut postings = vec![0u32; starts[words.len()]];
        let mut fill = starts.clone();
        for lists in &part_ids {
            for &(id, list) in lists {
                let at = fill[id as usize];
                postings[at..at + list.len()].copy_from_slice(list);
                fill[id as usize] += list.len();
            }
        }
        drop((part_ids, fill, words));
        let lens = parts.iter().flat_map(|p| p.lens.iter().copied()).collect();
        // Freeing the parts' many small allocations is slow enough to share.
        parts.into_par_iter().for_each(drop);

        let (speakers, speaker_of) = speakers(corpus, n);
        SearchIndex {
            vocab,
            starts,
            postings,
            lens,
            speakers,
            speaker_of,
            matcher: SkimMatcherV2::default(),
            recent: Mutex::new(Vec::new()),
        }
    }

    /// An index of the filters and lengths only, for [`SearchIndex::search_once`].
    fn without_words(corpus: &Corpus) -> SearchIndex {
        let n = corpus.statements.len().min(u32::MAX as usize - 1);
        let lens = corpus.statements[..n]
            .iter()
            .map(|st| {
                // Counted as the index counts them, so ties break alike.
                let src = corpus.articles.get(st.article).map_or("", |a| st.source_text(a));
                let len: usize =
                    st.spans.iter().filter_map(|r| src.get(r.clone())).map(|p| p.len() + 1).sum();
                u32::try_from(len).unwrap_or(u32::MAX)
            })
            .collect();
        let (speakers, speaker_of) = speakers(corpus, n);
        SearchIndex {
            vocab: Vocabulary::default(),
            starts: vec![0],
            postings: Vec::new(),
            lens,
            speakers,
            speaker_of,
            matcher: SkimMatcherV2::default(),
            recent: Mutex::new(Vec::new()),
        }
    }

    /// How many statements it indexes.
    pub fn len(&self) -> usize {
        self.lens.len()
    }

    /// Whether it indexes no statement.
    pub fn is_empty(&self) -> bool {
        self.lens.is_empty()
    }

    /// How many distinct words it knows.
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    /// Approximate heap bytes it holds, for the benchmarks' memory figures.
    pub fn heap_bytes(&self) -> usize {
        self.vocab.heap_bytes()
            + self.starts.capacity() * 8
            + self.postings.capacity() * 4
            + self.lens.capacity() * 4
            + self.speaker_of.capacity() * 4
            + self.speakers.iter().map(|s| s.capacity() + 24).sum::<usize>()
    }

    /// Forgets the remembered matches of recent terms, so the next search
    /// starts cold (as benchmarks of a single keystroke need).
    pub fn forget_recent(&self) {
        self.recent.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    fn postings_of(&self, word: u32) -> &[u32] {
        let w = word as usize;
        &self.postings[self.starts[w]..self.starts[w + 1]]
    }

    /// Ranked hits for `query`, best first.
    ///
    /// `corpus` must be the one the index was built from. `theme_members`
    /// are the statements of the query's `#theme`, resolved by the caller
    /// (`None`: no theme filter). Only the best `limit` hits are sorted and
    /// highlighted; [`SearchResults::total`] counts every match, so a list
    /// can show "1–50 of 12,345" and ask again with a larger limit as the
    /// user scrolls. A query with no terms lists the statements that pass
    /// its filters in corpus order (all of them when it has none).
    ///
    /// Returns `None` as soon as it notices `cancel` set: a newer keystroke
    /// superseded this search.
    pub fn search(
        &self,
        corpus: &Corpus,
        query: &Query,
        theme_members: Option<&[usize]>,
        limit: usize,
        cancel: &AtomicBool,
    ) -> Option<SearchResults> {
        let filter = Filter::new(self, corpus, query, theme_members);
        let terms: Vec<Term> = query.terms().iter().map(|t| Term::new(t)).collect();
        if terms.is_empty() {
            return self.list(&filter, limit, cancel);
        }

        let mut matches = Vec::with_capacity(terms.len());
        for t in &terms {
            let m = self.match_term(t, cancel)?;
            if m.is_empty() {
                return Some(SearchResults { hits: Vec::new(), total: 0 });
            }
            let size: usize = m.iter().map(|w| self.postings_of(w.word).len()).sum();
            matches.push((size, m));
        }
        // The rarest term first: it bounds the candidates every other term
        // then only has to confirm.
        matches.sort_by_key(|(size, _)| *size);

        let n = self.len();
        let mut score = vec![0i32; n];
        let mut stage = vec![0u8; n];
        let mut cands: Vec<u32> = Vec::new();
        let (_, first) = &matches[0];
        for (k, wm) in first.iter().enumerate() {
            if k % 256 == 0 && cancel.load(Ordering::Relaxed) {
                return None;
            }
            for &s in self.postings_of(wm.word) {
                let i = s as usize;
                if stage[i] == 0 {
                    stage[i] = 1;
                    if filter.allows(i) {
                        score[i] = wm.score;
                        cands.push(s);
                    }
                }
            }
        }
        for (t, (size, words)) in matches.iter().enumerate().skip(1) {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let done = (t + 1) as u8;
            // Few candidates and many postings: look each candidate up in
            // the postings instead of walking them all.
            let lookups = cands.len().saturating_mul(words.len()).saturating_mul(16);
            if lookups < *size {
                cands.retain(|&s| {
                    let best =
                        words.iter().find(|wm| self.postings_of(wm.word).binary_search(&s).is_ok());
                    match best {
                        Some(wm) => {
                            score[s as usize] += wm.score;
                            stage[s as usize] = done;
                            true
                        }
                        None => false,
                    }
                });
            } else {
                for wm in words.iter() {
                    for &s in self.postings_of(wm.word) {
                        let i = s as usize;
                        if stage[i] == done - 1 {
                            stage[i] = done;
                            score[i] += wm.score;
                        }
                    }
                }
                cands.retain(|&s| stage[s as usize] == done);
            }
        }
        if cancel.load(Ordering::Relaxed) {
            return None;
        }

        let ranked =
            cands.iter().map(|&s| (Reverse(score[s as usize]), self.lens[s as usize], s)).collect();
        drop((score, stage, cands));
        Some(self.rank(corpus, ranked, limit, &terms))
    }

    /// The best `limit` of `ranked` (score, length, statement), sorted and
    /// highlighted.
    fn rank(
        &self,
        corpus: &Corpus,
        mut ranked: Vec<(Reverse<i32>, u32, u32)>,
        limit: usize,
        terms: &[Term],
    ) -> SearchResults {
        let total = ranked.len();
        if ranked.len() > limit {
            if limit == 0 {
                ranked.clear();
            } else {
                ranked.select_nth_unstable(limit - 1);
                ranked.truncate(limit);
            }
        }
        ranked.sort_unstable();
        let hits = ranked
            .par_iter()
            .map(|&(Reverse(score), _, s)| Hit {
                statement: s as usize,
                score: i64::from(score),
                positions: self.positions(corpus, s as usize, terms),
            })
            .collect();
        SearchResults { hits, total }
    }

    /// What [`SearchIndex::search`] finds, without the word index: every
    /// statement is read once, and each distinct word scored once per
    /// thread. For one search (`onrecord search`), this costs less time and
    /// memory than building the index first.
    pub fn search_once(
        corpus: &Corpus,
        query: &Query,
        theme_members: Option<&[usize]>,
        limit: usize,
    ) -> SearchResults {
        let this = SearchIndex::without_words(corpus);
        let filter = Filter::new(&this, corpus, query, theme_members);
        let terms: Vec<Term> = query.terms().iter().map(|t| Term::new(t)).collect();
        if terms.is_empty() {
            return this.list(&filter, limit, &AtomicBool::new(false)).unwrap_or_default();
        }
        const CHUNK: usize = 1024;
        type Memo = HashMap<Box<str>, Box<[Option<i32>]>, FxBuildHasher>;
        let ranked: Vec<(Reverse<i32>, u32, u32)> = (0..this.len().div_ceil(CHUNK))
            .into_par_iter()
            .map_init(
                || (Memo::default(), String::new(), vec![None; terms.len()]),
                |(memo, buf, best), c| {
                    let mut found = Vec::new();
                    for i in c * CHUNK..((c + 1) * CHUNK).min(this.len()) {
                        let st = &corpus.statements[i];
                        let Some(article) = corpus.articles.get(st.article) else { continue };
                        if !filter.allows(i) {
                            continue;
                        }
                        best.fill(None);
                        let src = st.source_text(article);
                        for part in st.spans.iter().filter_map(|r| src.get(r.clone())) {
                            for_each_word(part, buf, |w| {
                                let scores = match memo.get(w) {
                                    Some(s) => s,
                                    None => memo.entry(w.into()).or_insert_with(|| {
                                        terms
                                            .iter()
                                            .map(|t| score_word(&this.matcher, t, w))
                                            .collect()
                                    }),
                                };
                                for (b, s) in best.iter_mut().zip(scores.iter()) {
                                    if s > b {
                                        *b = *s;
                                    }
                                }
                            });
                        }
                        if best.iter().all(Option::is_some) {
                            let score = best.iter().flatten().sum();
                            found.push((Reverse(score), this.lens[i], i as u32));
                        }
                    }
                    found
                },
            )
            .flatten_iter()
            .collect();
        this.rank(corpus, ranked, limit, &terms)
    }

    /// Statements passing `filter`, in corpus order.
    fn list(&self, filter: &Filter, limit: usize, cancel: &AtomicBool) -> Option<SearchResults> {
        let mut hits = Vec::new();
        let mut total = 0;
        for i in 0..self.len() {
            if i % 65536 == 0 && cancel.load(Ordering::Relaxed) {
                return None;
            }
            if filter.allows(i) {
                if hits.len() < limit {
                    hits.push(Hit { statement: i, score: 0, positions: Vec::new() });
                }
                total += 1;
            }
        }
        Some(SearchResults { hits, total })
    }

    /// The vocabulary matches of `term`, from the memo of recent terms when
    /// it extends one of them.
    fn match_term(&self, term: &Term, cancel: &AtomicBool) -> Option<Arc<Vec<WordMatch>>> {
        let edits = allowed_edits(term.text.chars().count());
        let base = {
            let recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((_, m)) = recent.iter().find(|(t, _)| *t == term.text) {
                return Some(Arc::clone(m));
            }
            // Every word matching `term` also matches any prefix of it with
            // the same typo allowance; the longest such prefix has the fewest.
            recent
                .iter()
                .filter(|(t, _)| {
                    term.text.starts_with(t.as_str()) && allowed_edits(t.chars().count()) == edits
                })
                .max_by_key(|(t, _)| t.len())
                .map(|(_, m)| Arc::clone(m))
        };
        let found = match base {
            Some(old) => {
                let among: Vec<u32> = old.iter().map(|w| w.word).collect();
                match_term_among(&self.vocab, &self.matcher, term, &among)
            }
            None => match_term(&self.vocab, &self.matcher, term, cancel)?,
        };
        let found = Arc::new(found);
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        recent.retain(|(t, _)| *t != term.text);
        if recent.len() >= RECENT_TERMS {
            recent.remove(0);
        }
        recent.push((term.text.clone(), Arc::clone(&found)));
        Some(found)
    }

    /// Char indexes into `corpus.text_of(s)` of the letters matching each
    /// term, in its best-matching word.
    fn positions(&self, corpus: &Corpus, s: usize, terms: &[Term]) -> Vec<usize> {
        if s >= corpus.statements.len()
            || corpus.articles.get(corpus.statements[s].article).is_none()
        {
            return Vec::new();
        }
        let text = corpus.text_of(s);
        let mut best: Vec<Option<(i32, Vec<usize>)>> = vec![None; terms.len()];
        let mut buf = String::new();
        let mut map = Vec::new();
        for_each_word_mapped(&text, &mut buf, &mut map, |word, chars| {
            for (t, term) in terms.iter().enumerate() {
                let Some(sc) = score_word(&self.matcher, term, word) else { continue };
                if best[t].as_ref().is_none_or(|(b, _)| sc > *b) {
                    let at = word_positions(&self.matcher, term, word)
                        .into_iter()
                        .filter_map(|p| chars.get(p).copied())
                        .collect();
                    best[t] = Some((sc, at));
                }
            }
        });
        let mut out: Vec<usize> = best.into_iter().flatten().flat_map(|(_, p)| p).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The distinct speakers of the first `n` statements (lowercased) and each
/// statement's index into them.
fn speakers(corpus: &Corpus, n: usize) -> (Vec<String>, Vec<u32>) {
    let mut speaker_ids: HashMap<&str, u32, FxBuildHasher> = HashMap::default();
    let mut speakers = Vec::new();
    let speaker_of = corpus.statements[..n]
        .iter()
        .map(|s| match s.speaker.as_deref() {
            None => NO_SPEAKER,
            Some(name) => *speaker_ids.entry(name).or_insert_with(|| {
                speakers.push(name.to_lowercase());
                (speakers.len() - 1) as u32
            }),
        })
        .collect();

    (speakers, speaker_of)
}

/// The query's filters, ready to test statements against.
struct Filter<'a> {
    corpus: &'a Corpus,
    index: &'a SearchIndex,
    /// Allowed speaker ids, when the query names a speaker.
    speakers: Option<Vec<bool>>,
    since: Option<Date>,
    until: Option<Date>,
    /// Statements of the theme, as a bit set, when the query names one.
    theme: Option<Vec<u64>>,
}

impl<'a> Filter<'a> {
    fn new(
        index: &'a SearchIndex,
        corpus: &'a Corpus,
        query: &Query,
        theme_members: Option<&[usize]>,
    ) -> Filter<'a> {
        let speakers = query.speaker.as_deref().map(|name| index.matching_speakers(name));
        let theme = theme_members.map(|members| {
            let mut bits = vec![0u64; index.len().div_ceil(64)];
            for &m in members.iter().filter(|&&m| m < index.len()) {
                bits[m / 64] |= 1 << (m % 64);
            }
            bits
        });
        Filter { corpus, index, speakers, since: query.since, until: query.until, theme }
    }

    fn allows(&self, i: usize) -> bool {
        if let Some(ok) = &self.speakers {
            let sp = self.index.speaker_of[i];
            if sp == NO_SPEAKER || !ok[sp as usize] {
                return false;
            }
        }
        if let Some(bits) = &self.theme
            && bits[i / 64] & (1 << (i % 64)) == 0
        {
            return false;
        }
        if self.since.is_some() || self.until.is_some() {
            let date = self
                .corpus
                .statements
                .get(i)
                .and_then(|s| self.corpus.articles.get(s.article))
                .and_then(|a| a.date);
            let Some(date) = date else { return false };
            if self.since.is_some_and(|d| date < d) || self.until.is_some_and(|d| date > d) {
                return false;
            }
        }
        i < self.corpus.statements.len()
    }
}

impl SearchIndex {
    /// Which speakers `@name` means: those whose name contains it
    /// (case-insensitively), or failing any, those it fuzzily matches.
    fn matching_speakers(&self, name: &str) -> Vec<bool> {
        use fuzzy_matcher::FuzzyMatcher;
        let needle = name.to_lowercase();
        let substring: Vec<bool> = self.speakers.iter().map(|s| s.contains(&needle)).collect();
        if substring.iter().any(|&b| b) {
            return substring;
        }
        self.speakers.iter().map(|s| self.matcher.fuzzy_match(s, &needle).is_some()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Statement, article::Article, extract::Field};

    /// A corpus with one statement per sentence of the sample article.
    fn sentences() -> Corpus {
        let text = crate::samples::SAMPLES.first().map_or("", |(_, t)| t).to_string();
        let mut spans = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if matches!(c, '.' | '\n' | '?' | '"') {
                if i > start + 1 {
                    spans.push(start..i);
                }
                start = i + 1;
            }
        }
        let statements = spans
            .into_iter()
            .enumerate()
            .map(|(k, r)| Statement {
                article: 0,
                ordinal: k,
                kind: Kind::Direct,
                field: Field::Text,
                spans: smallvec::smallvec![r],
                speaker: None,
                speaker_span: None,
                cue: None,
                clause: None,
                negated: false,
            })
            .collect();
        Corpus { articles: vec![Article { text, ..Article::default() }], statements }
    }

    /// The index finds exactly what scoring every word of every statement
    /// finds, with the same scores.
    #[test]
    fn agrees_with_scoring_every_statement() {
        let corpus = sentences();
        assert!(corpus.statements.len() > 20);
        let index = SearchIndex::build(&corpus);
        let matcher = SkimMatcherV2::default();
        for q in ["dura", "outcome durable", "durible", "t", "pe de", "putin", "zqxj", "unitd"] {
            let terms: Vec<Term> = Query::parse(q).terms().iter().map(|t| Term::new(t)).collect();
            let mut expected: Vec<(usize, i64)> = Vec::new();
            for s in 0..corpus.statements.len() {
                let words = crate::search::words(&corpus.text_of(s));
                let best: Option<i64> = terms
                    .iter()
                    .map(|t| words.iter().filter_map(|w| score_word(&matcher, t, w)).max())
                    .try_fold(0i64, |sum, b| b.map(|b| sum + i64::from(b)));
                if let Some(score) = best {
                    expected.push((s, score));
                }
            }
            let r = index
                .search(&corpus, &Query::parse(q), None, usize::MAX, &AtomicBool::new(false))
                .unwrap_or_default();
            let mut got: Vec<(usize, i64)> =
                r.hits.iter().map(|h| (h.statement, h.score)).collect();
            got.sort_unstable();
            assert_eq!(got, expected, "query {q:?}");
            assert_eq!(r.total, expected.len());
            let once = SearchIndex::search_once(&corpus, &Query::parse(q), None, usize::MAX);
            assert_eq!(once, r, "query {q:?}: search_once differs");
            let top = SearchIndex::search_once(&corpus, &Query::parse(q), None, 3);
            assert_eq!(top.hits, r.hits[..r.hits.len().min(3)], "query {q:?}: limit 3");
        }
    }
}
