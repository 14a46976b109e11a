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
    search::{Hit, Query, search},
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
    /// Set when a newer request supersedes this one.
    pub cancel: Arc<AtomicBool>,
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// The request these answer.
    pub generation: u64,
    /// Matching statements, best first (corpus order for an empty query).
    pub hits: Vec<Hit>,
    /// How many statements match in all.
    pub total: usize,
}

/// Whether statement `i` passes the filters and the query's `@`, `#`,
/// `since:` and `until:` parts.
fn passes(data: &Data, i: usize, query: &Query, theme: Option<Option<usize>>, f: &Filters) -> bool {
    let s = &data.corpus.statements[i];
    let date = data.corpus.date_of(i);
    let speaker = s.speaker.as_deref().unwrap_or("");
    if f.speaker.as_deref().is_some_and(|want| want != speaker) {
        return false;
    }
    if f.kind.is_some_and(|k| k != s.kind) {
        return false;
    }
    if let Some(want) = &query.speaker {
        if !speaker.to_lowercase().contains(&want.to_lowercase()) {
            return false;
        }
    }
    if let Some(theme) = theme {
        // An unknown theme matches nothing rather than everything.
        let tagged = theme.is_some_and(|t| data.tags[i].contains(&(t as u32)));
        if !tagged {
            return false;
        }
    }
    let since = f.since.max(query.since);
    let until = match (f.until, query.until) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    if since.is_some_and(|d| date.is_none_or(|x| x < d)) {
        return false;
    }
    if until.is_some_and(|d| date.is_none_or(|x| x > d)) {
        return false;
    }
    true
}

/// Runs `request` over `data`; `None` when it was cancelled on the way.
pub fn run(data: &Data, request: &Request) -> Option<Results> {
    let query = Query::parse(&request.query);
    let theme = query.theme.as_ref().map(|name| data.theme_named(name));
    let hits = search(&data.corpus, &query);
    if request.cancel.load(Ordering::Relaxed) {
        return None;
    }
    let hits: Vec<Hit> = hits
        .into_iter()
        .filter(|h| passes(data, h.statement, &query, theme, &request.filters))
        .collect();
    let total = hits.len();
    Some(Results { generation: request.generation, hits, total })
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
    pub fn submit(&mut self, generation: u64, query: String, filters: Filters) {
        if let Some(c) = self.last_cancel.take() {
            c.store(true, Ordering::Relaxed);
        }
        let cancel = Arc::new(AtomicBool::new(false));
        self.last_cancel = Some(cancel.clone());
        // The thread is gone only while quitting; nothing to do then.
        let _ = self.requests.send(Request { generation, query, filters, cancel });
    }
}
