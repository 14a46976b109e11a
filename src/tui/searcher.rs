//! Searching off the UI thread. Each keystroke submits a request; a newer
//! request cancels the one before it, so a slow search never holds up typing
//! and stale results are never shown.

use std::sync::{
    Arc,
    atomic::{AtomicBool, Ordering},
    mpsc::{Receiver, Sender},
};

use crate::{
    article::Date,
    extract::Kind,
    search::{Hit, Query, SearchIndex},
};

use super::data::Data;

/// Filters chosen in the pickers, on top of the search bar's query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only this speaker's statements (exact name).
    pub speaker: Option<String>,
    /// Only statements of this kind.
    pub kind: Option<Kind>,
    /// Only statements dated on or after this.
    pub since: Option<Date>,
    /// Only statements dated on or before this.
    pub until: Option<Date>,
}

impl Filters {
    /// Whether any filter is set.
    pub fn any(&self) -> bool {
        *self != Filters::default()
    }
}

/// One search to run.
#[derive(Debug, Clone)]
pub struct Request {
    /// Increases with every request; results carry it back.
    pub generation: u64,
    /// The search bar's text.
    pub query: String,
    /// The pickers' filters.
    pub filters: Filters,
    /// Rank and highlight at most this many hits (the rest are counted).
    pub limit: usize,
    /// Set when a newer request supersedes this one.
    pub cancel: Arc<AtomicBool>,
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// The request these answer.
    pub generation: u64,
    /// Matching statements, best first (corpus order for an empty query),
    /// at most the request's limit.
    pub hits: Vec<Hit>,
    /// How many statements match in all, past the limit too.
    pub total: usize,
}

/// Runs `request` over `data`; `None` when it was cancelled on the way.
pub fn run(data: &Data, request: &Request) -> Option<Results> {
    let mut query = Query::parse(&request.query);
    let f = &request.filters;
    // The picker's dates narrow the bar's.
    query.since = query.since.max(f.since);
    query.until = match (query.until, f.until) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    // `#theme`, the picked speaker and kind become one set of allowed
    // statements; an unknown theme allows none rather than all.
    let mut allowed: Option<Vec<usize>> = query.theme.as_deref().map(|name| {
        data.theme_named(name)
            .map(|t| data.themes()[t].statement_indexes().collect())
            .unwrap_or_default()
    });
    if f.speaker.is_some() || f.kind.is_some() {
        let statements = &data.corpus.statements;
        let keep = |i: &usize| {
            let s = &statements[*i];
            f.kind.is_none_or(|k| k == s.kind)
                && f.speaker.as_ref().is_none_or(|want| s.speaker.as_ref() == Some(want))
        };
        allowed = Some(match allowed {
            Some(members) => members.into_iter().filter(keep).collect(),
            None => (0..statements.len()).filter(keep).collect(),
        });
    }
    let found = match data.index() {
        Some(index) => index.search(
            &data.corpus,
            &query,
            allowed.as_deref(),
            request.limit,
            &request.cancel,
        )?,
        // Before the index is built: the first list (no terms) needs only
        // a pass over the statements; the interface holds back a query with
        // terms until the index is there, and this answers one anyway, the
        // slower way, rather than wrongly.
        None => SearchIndex::search_once(&data.corpus, &query, allowed.as_deref(), request.limit),
    };
    Some(Results { generation: request.generation, hits: found.hits, total: found.total })
}

/// Runs requests from `requests` one at a time, skipping any that a newer one
/// has already superseded, and hands results to `done`.
pub fn serve(data: Arc<Data>, requests: Receiver<Request>, done: impl Fn(Results)) {
    while let Ok(mut request) = requests.recv() {
        // Only the newest waiting request matters.
        while let Ok(newer) = requests.try_recv() {
            request = newer;
        }
        if request.cancel.load(Ordering::Relaxed) {
            continue;
        }
        if let Some(results) = run(&data, &request) {
            done(results);
        }
    }
}

/// The UI's handle on the search thread.
#[derive(Debug)]
pub struct Searcher {
    requests: Sender<Request>,
    last_cancel: Option<Arc<AtomicBool>>,
}

impl Searcher {
    /// A handle sending to `requests`.
    pub fn new(requests: Sender<Request>) -> Searcher {
        Searcher { requests, last_cancel: None }
    }

    /// Cancels the previous search and starts this one.
    pub fn submit(&mut self, generation: u64, query: String, filters: Filters, limit: usize) {
        if let Some(c) = self.last_cancel.take() {
            c.store(true, Ordering::Relaxed);
        }
        let cancel = Arc::new(AtomicBool::new(false));
        self.last_cancel = Some(cancel.clone());
        // The thread is gone only while quitting; nothing to do then.
        let _ = self.requests.send(Request { generation, query, filters, limit, cancel });
    }
}
