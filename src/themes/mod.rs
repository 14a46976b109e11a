//! Themes: words and short phrases speakers keep repeating, with variants
//! ("durable", "enduring", "lasting") grouped as one.
//!
//! How a theme is found:
//! - Every statement is cut into words ([`words::scan`]); stop words,
//!   numbers and generic words ("say", "make", "people") are dropped.
//! - A word joins a [`Lexicon`] group when it is a member or a member's
//!   regular inflection ("negotiate" → "negotiating"); otherwise its Snowball
//!   stem is its own theme. So "unite", "united" and "uniting" are one
//!   theme, and so are "durable" and "lasting" — but "last week" is not
//!   "lasting", nor "extremely" "extremism".
//! - Two neighbouring words with only spaces between them form a phrase
//!   ("peace talks"); phrases recur less, and say more, than single words.
//! - Capitalised runs of two or more words are names: "United States" is a
//!   phrase, but does not count towards "united" (a word the corpus also uses
//!   in lowercase). Words of a statement's own speaker's name are skipped.
//! - A theme needs at least two statements. Its weight is tf-idf-like:
//!   `Σ over its statements (1 + ln tf) × ln((N + 1) / df)`, so a term
//!   repeated in a few statements beats one that is everywhere. Names
//!   (never written in lowercase) count half: they say what an article is
//!   about, not how its speakers put things.

mod lexicon;
mod trend;
pub mod words;

use std::collections::HashMap;

// rustc's Fx hash: the keys are words and small integers, and SipHash
// costs a sizeable share of a corpus-wide pass.
use rustc_hash::FxHashMap as WordMap;
use smallvec::SmallVec;
use std::ops::Range;

pub use lexicon::{CONFIG_ENV, ConfigError, Lexicon, config_path, parse_config};
pub use trend::{Bucket, corpus_dates, trend};

use crate::{article::Date, corpus::Corpus};
use words::{Stems, Word, is_generic_stem, is_stop, normalize, normalize_into, scan_into};

/// A recurring theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Its most telling surface form ("durable"): the most frequent one.
    pub name: String,
    /// Every surface form seen for it ("durable", "enduring", "lasting"),
    /// most frequent first; lowercase unless it is a name ("Putin").
    pub terms: Vec<String>,
    /// Indexes of the statements that use it, in corpus order.
    pub statements: Vec<u32>,
    /// Ranking weight (tf-idf-like); higher is more telling.
    pub weight: f64,
    /// How often its terms occur in its statements, in all.
    pub occurrences: usize,
    /// Whether it is a two-word phrase ("peace talks") rather than a word.
    pub phrase: bool,
}

impl Theme {
    /// Its statements' indexes into the corpus, in corpus order (held as
    /// `u32`, half the memory of `usize` for the themes' largest part).
    pub fn statement_indexes(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.statements.iter().map(|&s| s as usize)
    }

    /// The speakers of its statements in `corpus` (the one it was found
    /// in), most frequent first, then A–Z. Counted when asked: only the
    /// themes shown need them, and held for every theme they took more
    /// memory than the rest of the themes together.
    pub fn speakers<'c>(&self, corpus: &'c Corpus) -> Vec<&'c str> {
        speakers_of(corpus, self.statement_indexes())
    }

    /// The dates of its statements in `corpus`, ascending, without
    /// repeats. Collected when asked, like [`Theme::speakers`].
    pub fn dates(&self, corpus: &Corpus) -> Vec<Date> {
        dates_of(corpus, self.statement_indexes())
    }
}

/// A theme needs this many statements.
pub const MIN_STATEMENTS: usize = 2;

/// Names ("Putin", "White House") recur because of what an article is
/// about, not because of how speakers put things; they rank at this share
/// of their weight, below the words speakers choose.
const NAME_WEIGHT: f64 = 0.5;

/// Which theme a word or phrase belongs to, and the lexicon behind it.
pub(crate) struct Grouping {
    stems: Stems,
    /// Normalised member form and its inflections → group.
    surface: HashMap<String, usize>,
    /// Member stem → group (generic stems left out): for the looser
    /// likeness of word diffs and theme lookups.
    stem: HashMap<String, usize>,
    /// Two-word members: normalised words → group.
    pairs: Vec<(String, String, usize)>,
    /// Group names.
    names: Vec<String>,
}

/// A word's theme key: a lexicon group, or a stem of its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// The index of a lexicon group.
    Group(usize),
    /// A Snowball stem.
    Stem(String),
    /// A word that is its own theme, whatever its stem.
    Word(String),
}

impl Grouping {
    pub(crate) fn new(lexicon: &Lexicon) -> Grouping {
        let stems = Stems::default();
        let mut g = Grouping {
            stems,
            surface: HashMap::new(),
            stem: HashMap::new(),
            pairs: Vec::new(),
            names: Vec::new(),
        };
        for (i, (name, members)) in lexicon.groups.iter().enumerate() {
            g.names.push(name.clone());
            for m in members {
                let parts: Vec<String> = m.split_whitespace().map(normalize).collect();
                match parts.as_slice() {
                    [w] => {
                        for form in words::inflections(w) {
                            g.surface.entry(form).or_insert(i);
                        }
                        let s = g.stems.stem(w);
                        if !is_generic_stem(&s) {
                            g.stem.entry(s).or_insert(i);
                        }
                    }
                    [a, b] => g.pairs.push((a.clone(), b.clone(), i)),
                    _ => {}
                }
            }
        }
        g
    }

    /// The key of a normalised word; `None` for stop and generic words.
    pub(crate) fn key(&self, normalized: &str) -> Option<Key> {
        if is_stop(normalized) {
            return None;
        }
        if let Some(&g) = self.surface.get(normalized) {
            return Some(Key::Group(g));
        }
        if words::is_false_friend(normalized) {
            return Some(Key::Word(normalized.to_string()));
        }
        let s = self.stems.stem(normalized);
        if is_generic_stem(&s) {
            return None;
        }
        // Lexicon groups take a member's inflections only (see `surface`):
        // the Snowball stem would also pull in "extremely" for "extremism".
        Some(Key::Stem(s))
    }

    /// The key of a word for "same or not" in a word diff: its theme key,
    /// else (stop words) the word itself.
    pub(crate) fn diff_key(&self, normalized: &str) -> Key {
        match self.surface.get(normalized) {
            Some(&g) => Key::Group(g),
            None => {
                let s = self.stems.stem(normalized);
                match self.stem.get(&s) {
                    Some(&g) => Key::Group(g),
                    None => Key::Stem(s),
                }
            }
        }
    }
}

/// The built-in grouping, built once.
pub(crate) fn builtin_grouping() -> &'static Grouping {
    static BUILTIN: std::sync::OnceLock<Grouping> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(|| Grouping::new(&Lexicon::builtin()))
}

/// One distinct normalised word of the corpus.
struct Form {
    normalized: String,
    /// A spelling seen, capitalised when it ever was: shown for names
    /// ("Putin", "United States").
    display: String,
    /// Occurrences in lowercase, and in all.
    lowercase: u32,
    count: u32,
    /// Its theme concept, `None` for stop and generic words.
    concept: Option<u32>,
}

/// One word occurrence of the statement being counted: its form id and
/// three flags packed in four bytes.
#[derive(Clone, Copy)]
struct Token(u32);

impl Token {
    const CAPITALIZED: u32 = 1 << 31;
    const SENTENCE_START: u32 = 1 << 30;
    const CLOSE: u32 = 1 << 29;
    /// Form ids fit below the flags: 2^29 distinct words would take far more
    /// memory than a machine has before they ran out.
    const FORM: u32 = Self::CLOSE - 1;

    fn new(form: u32, capitalized: bool, sentence_start: bool, close: bool) -> Token {
        let flag = |on: bool, bit: u32| if on { bit } else { 0 };
        Token(
            (form & Self::FORM)
                | flag(capitalized, Self::CAPITALIZED)
                | flag(sentence_start, Self::SENTENCE_START)
                | flag(close, Self::CLOSE),
        )
    }

    fn form(self) -> u32 {
        self.0 & Self::FORM
    }

    /// Starts with a capital letter.
    fn capitalized(self) -> bool {
        self.0 & Self::CAPITALIZED != 0
    }

    /// First word of a sentence.
    fn sentence_start(self) -> bool {
        self.0 & Self::SENTENCE_START != 0
    }

    /// Only spaces separate it from the word before, within one span.
    fn close(self) -> bool {
        self.0 & Self::CLOSE != 0
    }
}

/// A candidate theme while counting.
#[derive(Default)]
struct Concept {
    /// For phrases, the two word concepts.
    parts: Option<(u32, u32)>,
    /// The lexicon group, when it is one.
    group: Option<u32>,
    /// Held inline up to four: most concepts are phrases seen once, and a
    /// heap allocation for each would take more than the rest of them.
    statements: SmallVec<[u32; 4]>,
    /// `Σ (1 + ln tf)` over its statements.
    tf: f64,
    occurrences: u32,
}

/// A phrase seen in one statement so far.
#[derive(Clone, Copy)]
struct Pending {
    statement: u32,
    /// Its occurrences there, all of them spelt `surface`.
    count: u32,
    /// Its two words' form ids.
    surface: (u32, u32),
}

/// Everything counted in one pass over a corpus.
struct Counts {
    forms: Vec<Form>,
    concepts: Vec<Concept>,
    /// `(concept, form, second form or u32::MAX)` → occurrences.
    surfaces: WordMap<(u32, u32, u32), u32>,
    /// Per concept: an ordinary word or phrase rather than a name.
    ordinary: Vec<bool>,
}

/// The themes of `corpus`, most telling first. Every theme has at least
/// [`MIN_STATEMENTS`] statements.
pub fn find_themes(corpus: &Corpus, lexicon: &Lexicon) -> Vec<Theme> {
    let grouping = Grouping::new(lexicon);
    let counts = count(corpus, &grouping);
    build_themes(corpus, &grouping, counts)
}

fn count(corpus: &Corpus, grouping: &Grouping) -> Counts {
    let mut forms: Vec<Form> = Vec::new();
    let mut form_ids: WordMap<String, u32> = WordMap::default();
    let mut concepts: Vec<Concept> = Vec::new();
    let mut key_ids: WordMap<Key, u32> = WordMap::default();
    let mut tokens: Vec<Token> = Vec::new();
    let mut words: Vec<Word> = Vec::new();
    let mut buf = String::new();

    let mut concept_of = |key: Key, concepts: &mut Vec<Concept>| -> u32 {
        *key_ids.entry(key).or_insert_with_key(|k| {
            concepts.push(Concept {
                group: match k {
                    Key::Group(g) => Some(*g as u32),
                    Key::Stem(_) | Key::Word(_) => None,
                },
                ..Concept::default()
            });
            (concepts.len() - 1) as u32
        })
    };

    // Pass 1: every word once through the normaliser and stemmer, for the
    // table of forms.
    for st in &corpus.statements {
        let Some(article) = corpus.articles.get(st.article) else { continue };
        let src = st.source_text(article);
        for span in &st.spans {
            let Some(part) = src.get(span.clone()) else { continue };
            scan_into(part, &mut words);
            for w in &words {
                normalize_into(&part[w.range.clone()], &mut buf);
                let id = match form_ids.get(buf.as_str()) {
                    Some(&id) => id,
                    None => {
                        let concept = grouping.key(&buf).map(|key| concept_of(key, &mut concepts));
                        forms.push(Form {
                            normalized: buf.clone(),
                            display: words::without_possessive(&part[w.range.clone()]).to_string(),
                            lowercase: 0,
                            count: 0,
                            concept,
                        });
                        let id = (forms.len() - 1) as u32;
                        form_ids.insert(buf.clone(), id);
                        id
                    }
                };
                let form = &mut forms[id as usize];
                form.count += 1;
                if !w.capitalized {
                    form.lowercase += 1;
                } else if !form.display.starts_with(char::is_uppercase) {
                    // Names are shown as capitalised somewhere.
                    form.display = words::without_possessive(&part[w.range.clone()]).to_string();
                }
            }
        }
    }

    // Whether each word concept is an ordinary word rather than a name,
    // judged over all its spellings.
    let mut lowercase = vec![0u32; concepts.len()];
    let mut total = vec![0u32; concepts.len()];
    for f in &forms {
        if let Some(c) = f.concept {
            lowercase[c as usize] += f.lowercase;
            total[c as usize] += f.count;
        }
    }
    let mut ordinary: Vec<bool> =
        lowercase.iter().zip(&total).map(|(&l, &t)| l > 0 && l * 4 >= t).collect();

    // Two-word lexicon members map a pair of word concepts to their group.
    let mut pair_ids: WordMap<(u32, u32), u32> = WordMap::default();
    for (a, b, g) in &grouping.pairs {
        let ca = form_ids.get(a.as_str()).and_then(|&f| forms[f as usize].concept);
        let cb = form_ids.get(b.as_str()).and_then(|&f| forms[f as usize].concept);
        if let (Some(ca), Some(cb)) = (ca, cb) {
            let c = concept_of(Key::Group(*g), &mut concepts);
            pair_ids.entry((ca, cb)).or_insert(c);
        }
    }
    // Every word concept exists now; phrases are keyed by `pair_ids`.
    drop(key_ids);

    // Pass 2: count concepts per statement. A phrase is pending until a
    // second statement has it (or its one statement has it in two
    // spellings): most phrases are seen once, can never be a theme, and a
    // concept and a surface count for each took most of the counting's
    // memory.
    const PENDING: u32 = 1 << 31;
    const _: () = assert!(MIN_STATEMENTS >= 2, "pending phrases are never themes");
    let mut pending: Vec<Pending> = Vec::new();
    let mut surfaces: WordMap<(u32, u32, u32), u32> = WordMap::default();
    let mut hits: Vec<u32> = Vec::new();
    let mut speaker_forms: Vec<u32> = Vec::new();
    let mut in_name: Vec<bool> = Vec::new();
    for (si, st) in corpus.statements.iter().enumerate() {
        // The statement's words again, as form ids: read anew rather than
        // kept from the first pass, which would hold a million of them.
        tokens.clear();
        if let Some(article) = corpus.articles.get(st.article) {
            let src = st.source_text(article);
            for part in st.spans.iter().filter_map(|span| src.get(span.clone())) {
                scan_into(part, &mut words);
                for (k, w) in words.iter().enumerate() {
                    normalize_into(&part[w.range.clone()], &mut buf);
                    // Every word got a form in the first pass.
                    let Some(&id) = form_ids.get(buf.as_str()) else { continue };
                    // Words of different spans never make a phrase.
                    tokens.push(Token::new(
                        id,
                        w.capitalized,
                        w.sentence_start,
                        w.follows_closely && k > 0,
                    ));
                }
            }
        }
        let toks = tokens.as_slice();
        speaker_forms.clear();
        if let Some(sp) = &st.speaker {
            for part in sp.split_whitespace() {
                normalize_into(part, &mut buf);
                if let Some(&f) = form_ids.get(buf.as_str()) {
                    speaker_forms.push(f);
                }
            }
        }
        mark_names(toks, &mut in_name);
        hits.clear();
        let mut prev: Option<(u32, u32)> = None; // (form, concept)
        for (k, t) in toks.iter().enumerate() {
            let form = &forms[t.form() as usize];
            let concept = form.concept.filter(|_| !speaker_forms.contains(&t.form()));
            let Some(c) = concept else {
                prev = None;
                continue;
            };
            // An ordinary word inside a name ("United" in "United States")
            // is not that word's theme.
            if !(in_name[k] && ordinary.get(c as usize).copied().unwrap_or(false)) {
                hits.push(c);
                *surfaces.entry((c, t.form(), u32::MAX)).or_insert(0) += 1;
            }
            if let Some((pf, pc)) = prev.filter(|_| t.close())
                && pc != c
            {
                let surface = (pf, t.form());
                let id = match pair_ids.get(&(pc, c)).copied() {
                    Some(id) if id & PENDING == 0 => Some(id),
                    Some(p) => {
                        let p = &mut pending[(p & !PENDING) as usize];
                        if p.statement == si as u32 && p.surface == surface {
                            p.count += 1;
                            None
                        } else {
                            // Seen again: a concept from now on, with what
                            // the first statement counted.
                            let Pending { statement, count, surface: first } = *p;
                            concepts.push(Concept { parts: Some((pc, c)), ..Concept::default() });
                            let id = (concepts.len() - 1) as u32;
                            *surfaces.entry((id, first.0, first.1)).or_insert(0) += count;
                            if statement == si as u32 {
                                hits.extend(std::iter::repeat_n(id, count as usize));
                            } else {
                                let concept = &mut concepts[id as usize];
                                concept.statements.push(statement);
                                concept.tf = 1.0 + f64::from(count).ln();
                                concept.occurrences = count;
                            }
                            pair_ids.insert((pc, c), id);
                            Some(id)
                        }
                    }
                    None => {
                        pending.push(Pending { statement: si as u32, count: 1, surface });
                        pair_ids.insert((pc, c), (pending.len() - 1) as u32 | PENDING);
                        None
                    }
                };
                if let Some(id) = id {
                    hits.push(id);
                    *surfaces.entry((id, surface.0, surface.1)).or_insert(0) += 1;
                }
            }
            prev = Some((t.form(), c));
        }
        hits.sort_unstable();
        let mut i = 0;
        while i < hits.len() {
            let c = hits[i];
            let mut j = i;
            while j < hits.len() && hits[j] == c {
                j += 1;
            }
            let tf = j - i;
            let concept = &mut concepts[c as usize];
            concept.statements.push(si as u32);
            concept.tf += 1.0 + (tf as f64).ln();
            concept.occurrences = concept.occurrences.saturating_add(tf as u32);
            i = j;
        }
    }
    // Phrases are ordinary when both words are.
    ordinary.resize(concepts.len(), false);
    for (i, c) in concepts.iter().enumerate() {
        if let Some((a, b)) = c.parts {
            ordinary[i] = ordinary[a as usize] && ordinary[b as usize];
        }
    }
    Counts { forms, concepts, surfaces, ordinary }
}

/// Marks the tokens that are part of a name: a run of two or more
/// capitalised words with only spaces between them.
fn mark_names(toks: &[Token], in_name: &mut Vec<bool>) {
    in_name.clear();
    in_name.resize(toks.len(), false);
    let mut k = 0;
    while k < toks.len() {
        if !toks[k].capitalized() {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < toks.len() && toks[end].capitalized() && toks[end].close() {
            end += 1;
        }
        // "The Secretary": a capital at a sentence start says nothing.
        let run_start = if toks[k].sentence_start() && end - k > 1 { k + 1 } else { k };
        if end - run_start >= 2 {
            in_name[run_start..end].iter_mut().for_each(|n| *n = true);
        }
        k = end;
    }
}

fn build_themes(corpus: &Corpus, grouping: &Grouping, counts: Counts) -> Vec<Theme> {
    let Counts { forms, mut concepts, surfaces, ordinary } = counts;
    let n = corpus.statements.len() as f64;
    let df = |c: &Concept| c.statements.len();

    // Ordinary themes show every spelling in lowercase ("talks", not
    // "Talk" from a headline); names keep their capitals ("Trump", though
    // "trumps" occurs).
    // A name word that occurs (80 % or more) only inside one name
    // ("Donald" of "Donald Trump") adds nothing to it. Ordinary words stay: "durable" is worth
    // finding even when it always comes as "durable peace".
    let mut redundant = vec![false; concepts.len()];
    for c in &concepts {
        if let Some((a, b)) = c.parts
            && df(c) >= MIN_STATEMENTS
        {
            for p in [a, b] {
                if !ordinary[p as usize] && df(&concepts[p as usize]) * 4 <= df(c) * 5 {
                    redundant[p as usize] = true;
                }
            }
        }
    }
    let kept: Vec<bool> =
        concepts.iter().zip(&redundant).map(|(c, &r)| df(c) >= MIN_STATEMENTS && !r).collect();
    drop(redundant);
    // Most concepts (phrases seen once) are not themes: their statement
    // lists go before the themes are built.
    for (c, _) in concepts.iter_mut().zip(&kept).filter(|(_, k)| !**k) {
        c.statements = SmallVec::new();
    }
    let kept = |c: u32| kept[c as usize];
    let mut terms_of: WordMap<u32, Vec<(u32, String)>> = WordMap::default();
    for (&(c, f1, f2), &count) in &surfaces {
        if !kept(c) {
            continue;
        }
        let shown = |f: u32| {
            let form = &forms[f as usize];
            if ordinary[c as usize] { form.normalized.clone() } else { form.display.clone() }
        };
        let term = if f2 == u32::MAX { shown(f1) } else { format!("{} {}", shown(f1), shown(f2)) };
        terms_of.entry(c).or_default().push((count, term));
    }
    // The counts are done with: freed before the themes take their place.
    drop((surfaces, forms));

    let mut themes: Vec<Theme> = terms_of
        .into_iter()
        .map(|(c, mut terms)| {
            let concept = &mut concepts[c as usize];
            let group_name =
                concept.group.and_then(|g| grouping.names.get(g as usize)).map(String::as_str);
            // Most frequent first; ties go to the lexicon's name, then A–Z.
            terms.sort_by(|a, b| {
                b.0.cmp(&a.0)
                    .then_with(|| {
                        (Some(b.1.as_str()) == group_name).cmp(&(Some(a.1.as_str()) == group_name))
                    })
                    .then_with(|| a.1.cmp(&b.1))
            });
            let terms: Vec<String> = dedup_terms(terms.into_iter().map(|(_, t)| t));
            // An exact copy: the counting list may have room to spare.
            let statements: Vec<u32> = std::mem::take(&mut concept.statements).to_vec();
            let df = statements.len() as f64;
            let phrase = concept.parts.is_some() || terms.iter().all(|t| t.contains(' '));
            let name_like = !ordinary[c as usize];
            let weight =
                concept.tf * ((n + 1.0) / df).ln() * if name_like { NAME_WEIGHT } else { 1.0 };
            Theme {
                name: terms.first().cloned().unwrap_or_default(),
                terms,
                statements,
                weight,
                occurrences: concept.occurrences as usize,
                phrase,
            }
        })
        .collect();
    themes.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| b.statements.len().cmp(&a.statements.len()))
            .then_with(|| a.name.cmp(&b.name))
    });
    themes
}

/// Terms without case-insensitive repeats, first spelling kept.
fn dedup_terms(terms: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in terms {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&t)) {
            out.push(t);
        }
    }
    out
}

/// The speakers of `statements`, most frequent first (then A–Z).
fn speakers_of(corpus: &Corpus, statements: impl Iterator<Item = usize>) -> Vec<&str> {
    let mut counts: WordMap<&str, usize> = WordMap::default();
    for i in statements {
        if let Some(sp) = corpus.statements.get(i).and_then(|s| s.speaker.as_deref()) {
            *counts.entry(sp).or_insert(0) += 1;
        }
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    v.into_iter().map(|(s, _)| s).collect()
}

/// The distinct dates of `statements`, ascending.
fn dates_of(corpus: &Corpus, statements: impl Iterator<Item = usize>) -> Vec<Date> {
    let mut dates: Vec<Date> = statements
        .filter_map(|i| corpus.statements.get(i))
        .filter_map(|s| corpus.articles.get(s.article).and_then(|a| a.date))
        .collect();
    dates.sort_unstable();
    dates.dedup();
    dates
}

/// The index of the theme `query` names: by name, then by any of its terms,
/// then by stem or lexicon group ("lasting" and "endure" find the theme
/// named "durable"). Case does not matter; the most telling match wins.
pub fn resolve(themes: &[Theme], query: &str) -> Option<usize> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return None;
    }
    if let Some(i) = themes.iter().position(|t| t.name.to_lowercase() == q) {
        return Some(i);
    }
    if let Some(i) = themes.iter().position(|t| t.terms.iter().any(|x| x.to_lowercase() == q)) {
        return Some(i);
    }
    // Compare word by word through the built-in grouping, so inflections and
    // synonyms of a term match.
    let g = builtin_grouping();
    let keys_of =
        |s: &str| -> Vec<Key> { s.split_whitespace().map(|w| g.diff_key(&normalize(w))).collect() };
    let want = keys_of(&q);
    themes.iter().position(|t| t.terms.iter().any(|x| keys_of(x) == want))
}

/// Up to `n` theme names closest in spelling to `query`, closest first: for
/// "did you mean" messages.
pub fn closest(themes: &[Theme], query: &str, n: usize) -> Vec<String> {
    let q = query.trim().to_lowercase();
    let mut scored: Vec<(usize, usize, &str)> = themes
        .iter()
        .enumerate()
        .map(|(rank, t)| {
            let d = t
                .terms
                .iter()
                .map(|x| edit_distance(&q, &x.to_lowercase()))
                .min()
                .unwrap_or(usize::MAX);
            (d, rank, t.name.as_str())
        })
        .collect();
    scored.sort_unstable();
    let mut out: Vec<String> = Vec::new();
    for (_, _, name) in scored {
        if out.len() >= n {
            break;
        }
        if !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != cb)).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    row[b.len()]
}

/// Byte ranges of `text` where `theme`'s terms occur, sorted and not
/// overlapping: what a view emphasises. An ordinary word inside a name
/// ("United" in "United States") is not a hit.
pub fn term_ranges(text: &str, theme: &Theme) -> Vec<Range<usize>> {
    // (normalised word, whether the term is a name like "Putin")
    let mut singles: Vec<(String, bool)> = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for t in &theme.terms {
        let mut parts = t.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some(a), None, _) => {
                singles.push((normalize(a), a.chars().next().is_some_and(char::is_uppercase)))
            }
            (Some(a), Some(b), None) => pairs.push((normalize(a), normalize(b))),
            _ => {}
        }
    }
    let ws: Vec<Word> = words::scan(text);
    let toks: Vec<Token> = ws
        .iter()
        .map(|w| Token::new(0, w.capitalized, w.sentence_start, w.follows_closely))
        .collect();
    let mut in_name = Vec::new();
    mark_names(&toks, &mut in_name);
    let norm: Vec<String> = ws.iter().map(|w| normalize(&text[w.range.clone()])).collect();
    let mut out: Vec<Range<usize>> = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        // An ordinary-word term does not hit a capitalised word inside a name.
        if singles.iter().any(|(s, is_name)| *s == norm[k] && (*is_name || !in_name[k])) {
            out.push(w.range.clone());
        }
        if k > 0
            && w.follows_closely
            && pairs.iter().any(|(a, b)| *a == norm[k - 1] && *b == norm[k])
        {
            out.push(ws[k - 1].range.start..w.range.end);
        }
    }
    out.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("durable", "durable"), 0);
        assert_eq!(edit_distance("durabel", "durable"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn term_ranges_skip_ordinary_words_inside_names() {
        let theme = Theme {
            name: "united".into(),
            terms: vec!["united".into(), "unity".into()],
            statements: vec![],
            weight: 1.0,
            occurrences: 0,
            phrase: false,
        };
        let text = "We are united, with the United States, in unity.";
        let hits: Vec<&str> = term_ranges(text, &theme).into_iter().map(|r| &text[r]).collect();
        assert_eq!(hits, ["united", "unity"]);
    }
}
