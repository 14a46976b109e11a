//! What the interface browses once loading is over: the corpus and the counts
//! the pickers show, at once; its search index and themes, which take longer
//! to build, as soon as they are ready.
//!
//! The statement list needs neither the index nor the themes, so the loader
//! hands the data over as soon as the statements are extracted
//! ([`Data::counted`]) and builds the two afterwards on the same shared
//! value ([`Data::build_index`], [`Data::build_themes`]); each is set once
//! and never changes after.

use std::{collections::HashMap, sync::OnceLock};

use crate::{
    article::{Date, Problem},
    corpus::Corpus,
    extract::Kind,
    search::SearchIndex,
    themes::{Bucket, Lexicon, Theme, corpus_dates, find_themes, resolve},
};

/// A statement with no period on the trend axis (its article has no date).
const NO_PERIOD: u32 = u32::MAX;

/// The loaded corpus and everything derived from it once.
#[derive(Debug)]
pub struct Data {
    /// Articles and statements.
    pub corpus: Corpus,
    /// Speakers with their statement counts, most statements first.
    pub speakers: Vec<(String, usize)>,
    /// Dates with their statement counts, in date order.
    pub dates: Vec<(Date, usize)>,
    /// Kinds with their statement counts, in [`Kind::ALL`] order.
    pub kinds: Vec<(Kind, usize)>,
    /// Statements whose article has no date.
    pub undated: usize,
    /// What went wrong while loading (files skipped, notes).
    pub problems: Vec<Problem>,
    /// The search index, once built.
    index: OnceLock<SearchIndex>,
    /// The themes, once found.
    themes: OnceLock<Themes>,
}

/// The recurring themes of a corpus and what the views derive from them.
#[derive(Debug)]
pub struct Themes {
    /// Recurring themes, most telling first.
    pub list: Vec<Theme>,
    /// The themes of statement `i` (indexes into `list`, most telling
    /// first) are `tags[tag_starts[i]..tag_starts[i + 1]]`: one flat array
    /// rather than a vector per statement.
    tag_starts: Vec<u32>,
    tags: Vec<u32>,
    /// The trend axis: period keys (days, weeks or months, by
    /// [`Bucket::for_dates`]), in time order.
    pub periods: Vec<String>,
    /// What a period is: "day", "week" or "month".
    pub period_name: &'static str,
    /// Each statement's period (an index into `periods`, or [`NO_PERIOD`]):
    /// a theme's trend is counted from it when drawn, which costs a pass
    /// over that theme's statements instead of a row of counts per theme
    /// held all the time.
    period_of: Vec<u32>,
}

impl Themes {
    /// Derives tags and the trend axis of `themes` over `corpus`.
    pub fn new(corpus: &Corpus, list: Vec<Theme>) -> Themes {
        let n = corpus.statements.len();
        let mut counts = vec![0u32; n + 1];
        for theme in &list {
            for s in theme.statement_indexes().filter(|&s| s < n) {
                counts[s + 1] += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let tag_starts = counts;
        let mut fill = tag_starts.clone();
        let mut tags = vec![0u32; tag_starts[n] as usize];
        // Themes are visited most telling first, so each statement's tags
        // come out in that order.
        for (t, theme) in list.iter().enumerate() {
            for s in theme.statement_indexes().filter(|&s| s < n) {
                tags[fill[s] as usize] = t as u32;
                fill[s] += 1;
            }
        }
        drop(fill);
        let all_dates = corpus_dates(corpus);
        let bucket = Bucket::for_dates(&all_dates);
        let periods = bucket.periods(&all_dates);
        let period_of = (0..n)
            .map(|i| {
                corpus
                    .date_of(i)
                    .and_then(|d| {
                        let key = bucket.key(d);
                        periods.binary_search_by(|k| k.as_str().cmp(key.as_str())).ok()
                    })
                    .map_or(NO_PERIOD, |p| p as u32)
            })
            .collect();
        Themes { list, tag_starts, tags, periods, period_name: bucket.name(), period_of }
    }

    /// The themes of statement `i` (indexes into `list`), most telling first.
    pub fn tags_of(&self, i: usize) -> &[u32] {
        match (self.tag_starts.get(i), self.tag_starts.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.tags[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Theme `t`'s statements per period, aligned with `periods`.
    pub fn trend(&self, t: usize) -> Option<Vec<usize>> {
        let theme = self.list.get(t)?;
        let mut counts = vec![0; self.periods.len()];
        for s in theme.statement_indexes() {
            if let Some(c) = self.period_of.get(s).and_then(|&p| counts.get_mut(p as usize)) {
                *c += 1;
            }
        }
        Some(counts)
    }
}

impl Data {
    /// Derives themes, tags, counts and the search index from `corpus`, all
    /// before returning. Themes use the built-in lexicon plus the user's
    /// config file; a broken config is reported among the problems.
    pub fn new(corpus: Corpus, mut problems: Vec<Problem>) -> Data {
        let lexicon = load_lexicon(&mut problems);
        let data = Data::counted(corpus, problems);
        data.build_index();
        data.build_themes(&lexicon);
        data
    }

    /// Like [`Data::new`] with the themes already found.
    pub fn with_themes(corpus: Corpus, themes: Vec<Theme>, problems: Vec<Problem>) -> Data {
        let data = Data::counted(corpus, problems);
        data.build_index();
        data.set_themes(themes);
        data
    }

    /// The corpus with the pickers' counts only: what the statement list
    /// needs. The index and themes follow by [`Data::build_index`] and
    /// [`Data::build_themes`].
    pub fn counted(corpus: Corpus, problems: Vec<Problem>) -> Data {
        let mut speakers: HashMap<&str, usize> = HashMap::new();
        let mut dates: HashMap<Date, usize> = HashMap::new();
        let mut kinds: HashMap<Kind, usize> = HashMap::new();
        let mut undated = 0;
        for (i, s) in corpus.statements.iter().enumerate() {
            if let Some(name) = &s.speaker {
                *speakers.entry(name.as_str()).or_default() += 1;
            }
            match corpus.date_of(i) {
                Some(d) => *dates.entry(d).or_default() += 1,
                None => undated += 1,
            }
            *kinds.entry(s.kind).or_default() += 1;
        }
        let mut speakers: Vec<(String, usize)> =
            speakers.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        speakers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut dates: Vec<(Date, usize)> = dates.into_iter().collect();
        dates.sort();
        let kinds = Kind::ALL.into_iter().filter_map(|k| kinds.get(&k).map(|&n| (k, n))).collect();
        Data {
            corpus,
            speakers,
            dates,
            kinds,
            undated,
            problems,
            index: OnceLock::new(),
            themes: OnceLock::new(),
        }
    }

    /// Builds the search index, unless it is already built.
    pub fn build_index(&self) {
        self.index.get_or_init(|| SearchIndex::build(&self.corpus));
    }

    /// Finds the themes with `lexicon`, unless they are already found.
    pub fn build_themes(&self, lexicon: &Lexicon) {
        self.themes.get_or_init(|| Themes::new(&self.corpus, find_themes(&self.corpus, lexicon)));
    }

    /// Sets the themes to `themes`, unless they are already found.
    pub fn set_themes(&self, themes: Vec<Theme>) {
        self.themes.get_or_init(|| Themes::new(&self.corpus, themes));
    }

    /// The search index; `None` while it is being built.
    pub fn index(&self) -> Option<&SearchIndex> {
        self.index.get()
    }

    /// The themes and what is derived from them; `None` while they are being
    /// found.
    pub fn themes_found(&self) -> Option<&Themes> {
        self.themes.get()
    }

    /// Recurring themes, most telling first; none while they are being found.
    pub fn themes(&self) -> &[Theme] {
        self.themes.get().map_or(&[], |t| &t.list)
    }

    /// The themes of statement `i` (indexes into [`Data::themes`]), most
    /// telling first; none while they are being found.
    pub fn tags_of(&self, i: usize) -> &[u32] {
        self.themes.get().map_or(&[], |t| t.tags_of(i))
    }

    /// Index of the theme `name` names: by name, term, stem or synonym
    /// ([`resolve`]), else the first theme whose name starts with it, so a
    /// half-typed `#dura` already filters.
    pub fn theme_named(&self, name: &str) -> Option<usize> {
        let themes = self.themes();
        let lower = name.trim().to_lowercase();
        resolve(themes, name).or_else(|| {
            (lower.len() >= 2)
                .then(|| themes.iter().position(|t| t.name.to_lowercase().starts_with(&lower)))
                .flatten()
        })
    }
}

/// The built-in lexicon plus the user's config file; a broken config is
/// reported in `problems` and the built-in lexicon used alone.
pub fn load_lexicon(problems: &mut Vec<Problem>) -> Lexicon {
    match Lexicon::load_config() {
        Ok(lexicon) => lexicon,
        Err(e) => {
            problems.push(Problem {
                path: e.path.display().to_string(),
                line: None,
                reason: e.reason.clone(),
                skipped: false,
            });
            Lexicon::builtin()
        }
    }
}

impl Default for Data {
    fn default() -> Data {
        Data::with_themes(Corpus::default(), Vec::new(), Vec::new())
    }
}
