//! What the interface browses once loading is over: the corpus, its themes,
//! and the counts the pickers show, computed once off the UI thread.

use std::collections::HashMap;

use crate::{
    article::{Date, Problem},
    corpus::Corpus,
    extract::Kind,
    search::SearchIndex,
    themes::{Bucket, Lexicon, Theme, corpus_dates, find_themes, resolve},
};

/// The loaded corpus and everything derived from it once.
#[derive(Debug)]
pub struct Data {
    /// Articles and statements.
    pub corpus: Corpus,
    /// The search index over the statements.
    pub index: SearchIndex,
    /// Recurring themes, most telling first.
    pub themes: Vec<Theme>,
    /// For each statement, the themes it belongs to (indexes into `themes`).
    pub tags: Vec<Vec<u32>>,
    /// The trend axis: period keys (days, weeks or months, by
    /// [`Bucket::for_dates`]), in time order.
    pub periods: Vec<String>,
    /// What a period is: "day", "week" or "month".
    pub period_name: &'static str,
    /// For each theme, its statements per period (aligned with `periods`),
    /// counted once here rather than at every frame.
    pub trends: Vec<Vec<usize>>,
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
}

impl Data {
    /// Derives themes, tags, counts and the search index from `corpus`.
    /// Themes use the built-in lexicon plus the user's config file; a broken
    /// config is reported among the problems.
    pub fn new(corpus: Corpus, mut problems: Vec<Problem>) -> Data {
        let lexicon = match Lexicon::load_config() {
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
        };
        let themes = find_themes(&corpus, &lexicon);
        Data::with_themes(corpus, themes, problems)
    }

    /// Like [`Data::new`] with the themes already found.
    pub fn with_themes(corpus: Corpus, themes: Vec<Theme>, problems: Vec<Problem>) -> Data {
        let mut tags = vec![Vec::new(); corpus.statements.len()];
        for (t, theme) in themes.iter().enumerate() {
            for &s in &theme.statements {
                if let Some(tag) = tags.get_mut(s) {
                    tag.push(t as u32);
                }
            }
        }
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
        let index = SearchIndex::build(&corpus);
        let all_dates = corpus_dates(&corpus);
        let bucket = Bucket::for_dates(&all_dates);
        let periods = bucket.periods(&all_dates);
        let trends = themes
            .iter()
            .map(|t| {
                let mut counts = vec![0; periods.len()];
                for &i in &t.statements {
                    let Some(date) = corpus.statements.get(i).and_then(|_| corpus.date_of(i))
                    else {
                        continue;
                    };
                    let key = bucket.key(date);
                    if let Ok(p) = periods.binary_search_by(|k| k.as_str().cmp(key.as_str())) {
                        counts[p] += 1;
                    }
                }
                counts
            })
            .collect();
        Data {
            corpus,
            index,
            themes,
            tags,
            periods,
            period_name: bucket.name(),
            trends,
            speakers,
            dates,
            kinds,
            undated,
            problems,
        }
    }

    /// Index of the theme `name` names: by name, term, stem or synonym
    /// ([`resolve`]), else the first theme whose name starts with it, so a
    /// half-typed `#dura` already filters.
    pub fn theme_named(&self, name: &str) -> Option<usize> {
        let lower = name.trim().to_lowercase();
        resolve(&self.themes, name).or_else(|| {
            (lower.len() >= 2)
                .then(|| self.themes.iter().position(|t| t.name.to_lowercase().starts_with(&lower)))
                .flatten()
        })
    }
}

impl Default for Data {
    fn default() -> Data {
        Data::with_themes(Corpus::default(), Vec::new(), Vec::new())
    }
}
