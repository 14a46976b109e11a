//! Statements: quotations and reported speech pulled out of an article, each
//! attributed to its speaker.

mod attribution;
mod countries;
mod given_names;
mod lexicon;
mod phrases;
mod quotes;
mod reported;
mod speakers;
mod tokens;

use std::ops::Range;

use serde::Serialize;
use smallvec::SmallVec;

use crate::article::Article;
use attribution::{Attribution, Lead};
use lexicon::Pronoun;
use phrases::TokenRange;
use speakers::{People, Referent};
use tokens::Tokens;

/// How a statement is given in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A quoted sentence or more.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
    /// A `Name: words` headline.
    Headline,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 4] = [Kind::Direct, Kind::Partial, Kind::Indirect, Kind::Headline];

    /// The lowercase name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Indirect => "indirect",
            Kind::Headline => "headline",
        }
    }

    /// Parses a [`Kind::name`].
    pub fn from_name(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name().eq_ignore_ascii_case(s.trim()))
    }
}

/// Which of an article's strings a statement's byte ranges point into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// [`Article::text`].
    #[default]
    Text,
    /// [`Article::title`].
    Title,
}

/// A statement's byte ranges: held inline when there is one, as for nearly
/// every statement, so that a statement needs no allocation of its own for
/// them.
pub type Spans = SmallVec<[Range<usize>; 1]>;

/// One statement: who said what, and exactly where in the article.
///
/// A statement copies no article text: [`Statement::spans`] index into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Index of its article in the corpus.
    pub article: usize,
    /// Its position among its article's statements (0-based, text order,
    /// headline first).
    pub ordinal: usize,
    /// How the statement is given.
    pub kind: Kind,
    /// Which string [`Statement::spans`] and [`Statement::speaker_span`] index.
    pub field: Field,
    /// The words, without the outer quote marks: one range, or several for an
    /// interrupted or multi-paragraph quotation.
    pub spans: Spans,
    /// The speaker's resolved name ("Mark Rutte"); `None` when unknown.
    pub speaker: Option<String>,
    /// The mention that attributes the statement ("he", "the Secretary
    /// General", "Rutte"), as a byte range into the same string as
    /// [`Statement::spans`].
    pub speaker_span: Option<Range<usize>>,
    /// The reporting cue, lowercased ("said", "emphasized", "according to",
    /// ":"): one shared string per cue, not a copy per statement.
    pub cue: Option<&'static str>,
    /// For a partial quotation inside reported speech, the whole reported
    /// clause around it, as a byte range into the same string: `he has not
    /// "seen …"` in `He added that he has not "seen …"`. What was reported
    /// is the clause; the quotation marks the words kept verbatim.
    pub clause: Option<Range<usize>>,
    /// Whether the cue is negated ("did not say", "never mentioned",
    /// "doesn't think"): the speaker is reported as *not* saying or holding
    /// the words, which the list must not show as their statement.
    pub negated: bool,
}

/// What a list or a table shows before a [negated](Statement::negated)
/// statement's words: "The NEA didn't endorse a candidate" is listed as
/// "not: a candidate".
pub const NOT_SAID: &str = "not: ";

impl Statement {
    /// The string this statement's ranges index.
    pub fn source_text<'a>(&self, article: &'a Article) -> &'a str {
        match self.field {
            Field::Text => &article.text,
            Field::Title => &article.title,
        }
    }

    /// The statement's words: its spans joined by a space, or by " … "
    /// between two fragments of a partial quotation in one sentence, where
    /// the writer's words are left out (`being "politically correct" and
    /// "very queasy"` reads "politically correct … very queasy").
    pub fn text(&self, article: &Article) -> String {
        let src = self.source_text(article);
        let ends_sentence =
            |w: &str| w.trim_end_matches(['"', '\'', '”', '’']).ends_with(['.', '!', '?']);
        let mut out = String::new();
        let mut last: Option<&str> = None;
        let mut last_end = 0;
        for r in &self.spans {
            if let Some(part) = src.get(r.clone()) {
                if let Some(before) = last {
                    let elided = self.kind == Kind::Partial
                        && self.field == Field::Text
                        && article.paragraph_at(last_end) == article.paragraph_at(r.start)
                        && !ends_sentence(before.trim_end())
                        && src
                            .get(last_end..r.start)
                            .is_some_and(|between| !between.split_whitespace().any(ends_sentence));
                    out.push_str(if elided { " … " } else { " " });
                }
                last = Some(part);
                last_end = r.end;
                out.push_str(part.trim());
            }
        }
        // Paragraph breaks inside a span read as one space in a list.
        if out.contains('\n') {
            out = crate::text::single_spaced(&out);
        }
        out
    }

    /// The stable id: `ARTICLE-ID#N`, N counting from 1.
    pub fn id(&self, article: &Article) -> String {
        format!("{}#{}", article.id, self.ordinal + 1)
    }

    /// Byte offset where the statement starts in its field.
    pub fn start(&self) -> usize {
        self.spans.first().map_or(0, |r| r.start)
    }
}

/// A statement found, before its speaker is resolved.
#[derive(Debug)]
struct Found {
    kind: Kind,
    field: Field,
    spans: Spans,
    /// The speaker phrase, in the tokens of `field`.
    speaker: Option<TokenRange>,
    cue: Option<&'static str>,
    /// A quotation with no cue that continues the previous speaker.
    continues: bool,
    /// See [`Statement::clause`].
    clause: Option<Range<usize>>,
    /// First and last paragraph.
    paragraphs: (usize, usize),
}

impl Found {
    /// A line's words after its speaker and a colon or verb: a headline, or
    /// a transcript's turn, in paragraph `p` of `field`.
    fn line(
        kind: Kind,
        field: Field,
        (speaker, span, cue): (TokenRange, Range<usize>, &'static str),
        p: usize,
    ) -> Found {
        Found {
            kind,
            field,
            spans: smallvec::smallvec![span],
            speaker: Some(speaker),
            cue: Some(cue),
            continues: false,
            clause: None,
            paragraphs: (p, p),
        }
    }
}

/// Every statement in `article`, in text order (headline first), with
/// [`Statement::article`] set to `article_index`.
pub fn extract_statements(article: &Article, article_index: usize) -> Vec<Statement> {
    let text = article.text.as_str();
    let mut tk = Tokens::new(text, &article.paragraphs);
    let quotations = mark_quoted(&mut tk, text, quotes::scan(text, &article.paragraphs));
    let title = Tokens::whole(&article.title);

    let mut found = Vec::new();
    if let Some(h) = headline(&title) {
        found.push(h);
    }
    let mut used_cues = Vec::new();
    found.extend(quoted(&tk, text, &quotations, &mut used_cues));
    used_cues.sort_unstable();
    let in_text = text_headlines(&tk, &article.paragraphs);
    // A title the text repeats as its first line (as JSON exports of web
    // articles do) is one statement: the one in the text, where the
    // context view finds it in place. (The line may end in a full stop the
    // title has not, inside a closing mark: "… Of Our Nature.’")
    fn unstopped(s: &str) -> &str {
        s.trim_end_matches(['.', '!', '?', ' ', '’', '”', '"', '\''])
    }
    found.retain(|f| {
        f.field != Field::Title
            || !f.spans.first().is_some_and(|r| {
                let title_words = unstopped(&article.title[r.clone()]);
                in_text.iter().any(|h| {
                    h.paragraphs.0 == 0
                        && h.spans
                            .first()
                            .is_some_and(|t| unstopped(&text[t.clone()]) == title_words)
                })
            })
    });
    found.extend(in_text);
    // (With whether each is a partial quotation: a source named after the
    // sentence credits all of it, a partial quotation in it too: `Trump
    // said he was "happy to see" that Khan won, according to The New York
    // Times.`)
    // (And, for a partial quotation, where its own credit starts: a
    // statement nested in what another reports leaves that one whole, `Mr
    // DiPiazza said the interviews suggested that companies had "adjusted"
    // …`.)
    let mut taken: Vec<(Range<usize>, Option<usize>)> = found
        .iter()
        .filter(|f| f.field == Field::Text)
        .flat_map(|f| {
            let credit = (f.kind == Kind::Partial).then(|| {
                let clause = f.clause.as_ref().map(|c| c.start);
                clause
                    .into_iter()
                    .chain(f.speaker.map(|(a, _)| tk.list[a].start))
                    .min()
                    .unwrap_or(0)
            });
            f.spans.iter().map(move |r| (r.clone(), credit))
        })
        .collect();
    taken.sort_by_key(|(r, _)| r.start);
    for mut r in reported::find(&tk, &used_cues) {
        for span in &mut r.spans {
            balance_parenthesis(tk.text, span);
        }
        let source = r.cue == "according to";
        let overlaps = r.spans.iter().any(|s| {
            taken.iter().any(|(t, credit)| {
                let nested = credit.is_some_and(|c| c > s.start) && t.end <= s.end;
                t.start < s.end && s.start < t.end && !(source && credit.is_some()) && !nested
            })
        });
        if overlaps {
            continue;
        }
        let para = article.paragraph_at(r.spans.first().map_or(0, |s| s.start)).unwrap_or(0);
        let (a, b) = r.speaker;
        // ("Let's hope Kilroy-Silk fades into obscurity": the writer's own
        // wish, no one's statement.)
        if tk.list[a].word
            && speakers::bare(tk.str(a)).eq_ignore_ascii_case("let")
            && (tk.possessive(a) || tk.is_word(a + 1, "us"))
        {
            continue;
        }
        // ("Pakistan was rumored to make offers", "25 pct of the
        // businesses were having …, the reported": a phrase that ends in a
        // preposition or an article is no one's, and the verb after it
        // reports nothing.)
        if !source
            && tk.list[b].word
            && ["in", "to", "of", "the", "a", "an", "with", "at", "for", "from", "by", "on"]
                .iter()
                .any(|w| tk.is_word(b, w))
        {
            continue;
        }
        // ("Pretoria has raided alleged ANC bases", "intervention could send
        // signals that …": a phrase with an auxiliary and a verb of its own
        // is a clause, and the cue a word of its object.)
        if !source && clause_as_phrase(&tk, (a, b)) {
            continue;
        }
        let (a, b) = second_verbs_subject(&tk, (a, b)).unwrap_or((a, b));
        r.speaker = (a, b);
        // Function words alone are nobody ("…, but declined to elaborate"
        // after a quotation): the statement stays, its speaker unknown.
        let nobody = phrases::pronoun(&tk, a).is_none()
            && (a..=b).all(|k| {
                !tk.list[k].word
                    || tk.has(k, lexicon::flag::FUNCTION_WORD | lexicon::flag::VERB_FILLER)
            });
        // (`Democrats had “put the biggest crack” yet in the glass ceiling
        // for women, she said …`: the sentence reported holds a quotation
        // no credit touches, and it is the quotation's clause.)
        // (Names in quote marks are the writer's words: `A new computer
        // code-named "Fort Knox" was supposed to …, he said` is reported
        // from the sentence's start, in one.)
        let (kind, spans, clause) = match quotations_before(&tk, &quotations, &taken, &r) {
            Some((quoted, clause)) if quoted.iter().all(|q| looks_like_title(&text[q.clone()])) => {
                let mut spans = r.spans;
                if let Some(first) = spans.first_mut() {
                    first.start = clause.start;
                }
                (Kind::Indirect, spans, None)
            }
            Some((quoted, clause)) => (Kind::Partial, quoted, Some(clause)),
            None => (Kind::Indirect, r.spans, None),
        };
        found.push(Found {
            kind,
            field: Field::Text,
            spans,
            speaker: (!nobody).then_some(r.speaker),
            cue: Some(r.cue),
            continues: false,
            clause,
            paragraphs: (para, para),
        });
    }
    // "Local police were said to be “surprised”": what is said of someone
    // has no speaker the sentence names.
    for f in found.iter_mut().filter(|f| f.field == Field::Text) {
        if let (Some((_, b)), Some(cue)) = (f.speaker, f.cue)
            && said_of(&tk, b + 1, cue)
        {
            f.speaker = None;
        }
    }
    // "Comair “deeply regrets …,” the Delta subsidiary said": the name that
    // opens the quotation's clause is whom the description credits.
    for f in found.iter_mut().filter(|f| f.field == Field::Text && f.kind == Kind::Partial) {
        // (The credit after the quotation, and the name opening the
        // sentence: not "The two companies said … that Trailways “could
        // collapse …”".)
        if let (Some((a, b)), Some(clause), Some(quote)) = (f.speaker, &f.clause, f.spans.first())
            && tk.is_word(a, "the")
            && !tk.capitalized(b)
            && tk.list[a].start >= quote.end
            && let Some(name) = name_before_quote(&tk, clause.start, quote.start)
            && phrases::sentence_start(&tk, name.0) == name.0
        {
            f.speaker = Some(name);
        }
    }
    found.sort_by_key(|f| (f.field == Field::Text, f.spans.first().map_or(0, |r| r.start)));
    credit_sentence_before(&tk, &mut found);
    continue_sentence_before(&tk, &mut found);
    credit_subject_before(&tk, &mut found);

    // Most of a wire corpus is tables and market reports that quote no
    // one: finding the people named in them would be wasted.
    if found.is_empty() {
        return Vec::new();
    }
    for f in found.iter_mut().filter(|f| f.field == Field::Text) {
        without_wire_marks(text, &mut f.spans, f.kind == Kind::Indirect);
        for span in f.spans.iter_mut().chain(&mut f.clause) {
            with_closing_sign(text, span);
        }
    }
    let people = People::find(&tk, &title);
    resolve(found, &tk, &title, &people, article_index)
}

/// For words reported before their credit that open right after a
/// quotation in their sentence, the quotations from the sentence's start
/// and the whole clause: `Democrats had “put the biggest crack” yet in the
/// glass ceiling for women, she said`.
fn quotations_before(
    tk: &Tokens,
    quotations: &[quotes::Quotation],
    taken: &[(Range<usize>, Option<usize>)],
    r: &reported::Reported,
) -> Option<(Spans, Range<usize>)> {
    let (first, last) = (r.spans.first()?, r.spans.last()?);
    let k = tk.at_or_after(first.start);
    if k == 0 || !tk.list[k - 1].quoted || tk.list[r.speaker.0].start < last.end {
        return None;
    }
    let s = phrases::sentence_start_through_quotes(tk, k);
    let from = tk.list.get(s)?.start;
    let quoted: Spans = quotations
        .iter()
        .filter(|q| q.open() >= from && q.end() <= first.start)
        .flat_map(|q| q.spans())
        .collect();
    // (None a statement already: `“This is a long play,” said Alan Cobb`.)
    let free =
        quoted.iter().all(|q| taken.iter().all(|(t, _)| t.end <= q.start || q.end <= t.start));
    (free && !quoted.is_empty()).then_some((quoted, from..last.end))
}

/// The statement before the pronoun at token `k`, when it was said in the
/// sentence just before and the pronoun opens its own: whom "It said …" or
/// "They said …" goes on from.
fn said_just_before<'o>(tk: &Tokens, out: &'o [Statement], k: usize) -> Option<&'o Statement> {
    let from = tk.at_or_after(latest_text_end(out));
    out.last()
        .filter(|_| tk.few_sentences_between(from, k, 1) && phrases::sentence_start(tk, k) == k)
}

/// Whether a speaker described as `name` is a group by its head, before what
/// follows it: "people briefed on the move", "sources close to the
/// delegation", "company spokesmen".
fn names_a_group(name: &str) -> bool {
    name.split(' ').take_while(|w| !lexicon::function_word(w) || lexicon::determiner(w)).any(|w| {
        let plural = (speakers::plural_ending(w) && !w.ends_with("'s") && w != "overseas")
            || w.ends_with("men");
        (w.starts_with(char::is_lowercase) && !lexicon::determiner(w) && plural)
            || ["people", "police", "staff", "public"].iter().any(|g| w.eq_ignore_ascii_case(g))
    })
}

/// The name, of capitalised words, that runs from byte `start` to the
/// quotation opening at byte `quote`: "Comair" in "Comair “deeply regrets
/// …”".
fn name_before_quote(tk: &Tokens, start: usize, quote: usize) -> Option<TokenRange> {
    let a = tk.at_or_after(start);
    if a >= tk.list.len() {
        return None;
    }
    let mut b = a;
    while b + 1 < tk.list.len() && tk.list[b + 1].word && tk.list[b + 1].end < quote {
        b += 1;
    }
    // (A subject, not an owner: "Arizona's “alarmingly inadequate number of
    // voting centers …”, the lawsuit says".)
    let name = !tk.possessive(b)
        && (a..=b).all(|k| {
            tk.list[k].word
                && !tk.list[k].quoted
                && tk.capitalized(k)
                && !tk.has(k, lexicon::flag::FUNCTION_WORD | lexicon::flag::DETERMINER)
        });
    // (Right before the quotation: only its opening mark between.)
    let adjacent = tk.list.get(b).is_some_and(|t| quote > t.end && quote - t.end <= 5)
        && tk.text[tk.list[b].end..quote].chars().all(|c| c.is_whitespace() || "\"“„«".contains(c));
    (name && adjacent).then_some((a, b))
}

/// The last of the sentences that open between bytes `since` and `until`
/// (each as its first token and the token that ends it) that `subject`
/// reads a speaker's description from.
fn last_subject_since(
    toks: &Tokens,
    since: usize,
    until: usize,
    subject: impl Fn(usize, usize) -> Option<String>,
) -> Option<String> {
    let (first, last) = (toks.at_or_after(since), toks.at_or_after(until));
    let mut found = None;
    let mut k = first;
    while k < last {
        let s = phrases::sentence_start(toks, k);
        let end = (k..last)
            .find(|&m| toks.ends_sentence(m) || toks.list[m].paragraph != toks.list[k].paragraph)
            .unwrap_or(last);
        if s >= first
            && let Some(name) = subject(s, end)
        {
            found = Some(name);
        }
        k = end.max(k + 1);
    }
    found
}

/// The last group that is the subject of a sentence between bytes `since`
/// and `until` ("ministers" in "A year ago, ministers launched their plan"),
/// as a speaker's description.
fn group_subject_since(
    toks: &Tokens,
    people: &People,
    since: usize,
    until: usize,
) -> Option<String> {
    last_subject_since(toks, since, until, |s, end| {
        let (a, b) = phrases::sentence_subject(toks, s, end)
            .filter(|&(_, b)| {
                b + 1 < end
                    && phrases::group_noun(toks, b)
                    && !toks.capitalized(b)
                    // (Its verb right after it.)
                    && (phrases::verb_after(toks, b) || phrases::auxiliary_at(toks, b + 1))
            })
            .or_else(|| plural_subject(toks, s, end))?;
        // (People, not texts: "The figures may be distorted", "Their
        // analysis did not mention".)
        if speakers::source_noun(toks.str(b)) || toks.bytes(b).ends_with(b"is") {
            return None;
        }
        match people.referent(toks, (a, b), toks.list[a].start) {
            Referent::Described(name) => Some(name),
            _ => None,
        }
    })
}

/// The subject of the sentence that ends at token `last`.
fn subject_of_sentence_ending(tk: &Tokens, last: usize) -> Option<phrases::TokenRange> {
    phrases::sentence_subject(tk, phrases::sentence_start(tk, last), last)
}

/// The group "they" at token `they` stands for when nothing said before
/// names it: the subject of its sentence before it, or of the sentence
/// before when "they" opens its own, when that subject is people or bodies
/// ("The law lords ruled …. They said …", "Lawyers working in the legal
/// tangle said …. …, they added."), not things ("The figures were …").
fn they_subject(toks: &Tokens, people: &People, they: usize) -> Option<String> {
    // (Through a partial quotation: "The TV display manufacturers want us to
    // watch HD …, to get the “true impact” of HD, they say.")
    let s = phrases::sentence_start_through_quotes(toks, they);
    let (a, b) = match phrases::sentence_subject(toks, s, they).filter(|p| p.1 < they) {
        Some(p) => p,
        None => subject_of_sentence_ending(toks, s.checked_sub(1)?)?,
    };
    // (Two people joined, "Tony Blair and Gordon Brown are desperately
    // trying …. …, they are insisting …".)
    if toks.is_word(b + 1, "and") && toks.capitalized(b + 2) && toks.capitalized(a) {
        let mut e = b + 2;
        while e + 1 < they && toks.list[e + 1].word && toks.capitalized(e + 1) {
            e += 1;
        }
        if e > b + 2
            && matches!(people.referent(toks, (a, b), toks.list[a].start), Referent::Person(_))
        {
            return Some(toks.text[toks.span(a, e)].to_string());
        }
    }
    // (Or a party or a body that reports: "The Tories said the Budget was
    // leaked in what they describe as …".)
    let says = ["said", "says", "say"].iter().any(|w| toks.is_word(b + 1, w))
        || reported::told_at(toks, b + 1);
    if says && phrases::cue_at(toks, b + 1).is_some() {
        match people.referent(toks, (a, b), toks.list[a].start) {
            Referent::Person(p) if people.they_fits(p) => return Some(people.name(p).to_string()),
            Referent::Described(name)
                if speakers::described_group(&name)
                    || (toks.capitalized(b) && toks.bytes(b).ends_with(b"s")) =>
            {
                return Some(name);
            }
            _ => {}
        }
    }
    // (Its head may stand after an adjective read as people, "The British
    // producers", or before a body's name: "The British producers of US
    // Wife Swap are taking legal action against a show they claim …".)
    let head = (a..they.min(b + 4))
        .take_while(|&k| {
            toks.list[k].word
                && !toks.list[k].quoted
                && (k <= b || !toks.has(k, lexicon::flag::FUNCTION_WORD | lexicon::flag::CUE))
        })
        .find(|&k| phrases::group_noun(toks, k) || speaking_plural(toks, k))
        .filter(|&k| {
            k >= b || ["of", "at", "in", "from", "for"].iter().any(|w| toks.is_word(k + 1, w))
        })?;
    let b = b.max(head);
    if speakers::source_noun(toks.str(head)) {
        return None;
    }
    // (Past a body's name read as someone's, the group alone: "British
    // producers".)
    [(a, b), (a, head)].into_iter().find_map(|p| {
        match people.referent(toks, p, toks.list[a].start) {
            Referent::Described(name) => Some(name),
            _ => None,
        }
    })
}

/// The last one person described by a role ("A Pennzoil attorney", "A bank
/// official") or by what they are ("A 29-year-old Berlin woman") that is
/// the subject of a sentence between bytes `since` and `until`, with its
/// verb right after, when `pronoun` can stand for it: "A bank official
/// attributed the increase to …. He said …" is the official, not someone
/// named before.
fn role_subject_since(
    toks: &Tokens,
    people: &People,
    since: usize,
    until: usize,
    pronoun: Pronoun,
) -> Option<String> {
    last_subject_since(toks, since, until, |s, end| {
        if !["a", "an", "another", "one"].iter().any(|w| toks.is_word(s, w)) {
            return None;
        }
        let (a, b) = phrases::sentence_subject(toks, s, end)?;
        // (Past a connective set off by commas: "A 29-year-old Berlin woman,
        // meanwhile, received …".)
        let v = phrases::connective_aside_after(toks, b + 1).unwrap_or(b);
        if !(a == s
            && v + 1 < end
            && (phrases::verb_after(toks, v) || phrases::auxiliary_at(toks, v + 1)))
        {
            return None;
        }
        match people.referent(toks, (a, b), toks.list[a].start) {
            // (One by what they are only when they did something: not "A
            // man was shot outside the studios".)
            Referent::Described(name)
                if (speakers::described_one_person(&name)
                    || (speakers::described_someone(&name)
                        && !["was", "were", "is", "are"]
                            .iter()
                            .any(|w| toks.is_word(v + 1, w))))
                    && speakers::described_fits(&name, pronoun) =>
            {
                Some(without_when_or_where(name))
            }
            _ => None,
        }
    })
}

/// The words that open the sentence from token `s` as its subject, when
/// they end in a plural of people or of bodies that speak and its verb
/// follows ("Traders anticipate …", "Grain traders and analysts look for
/// …", "U.S. Officials do not expect …", "The two Japanese companies will
/// collaborate …"), which [`phrases::sentence_subject`] reads as a name
/// when the sentence's capital opens them.
fn plural_subject(toks: &Tokens, s: usize, end: usize) -> Option<phrases::TokenRange> {
    let head = (s..end.min(s + 6))
        .take_while(|&k| toks.list[k].word && !toks.list[k].quoted)
        .find(|&k| {
            // (Its capital the sentence's, or a newswire's after "U.S.".)
            let capital_ok = k == s || (k > s && matches!(toks.str(k - 1), "U.S." | "US"));
            (phrases::group_noun(toks, k) || speaking_plural(toks, k))
                && (!toks.capitalized(k) || capital_ok)
        })?;
    // (Past "and" to another: "traders and analysts".)
    let mut head = head;
    while toks.is_word(head + 1, "and") && head + 2 < end && phrases::group_noun(toks, head + 2) {
        head += 2;
    }
    // (Lowercase words, a name or "and" before it: not "Shares of …"; nor
    // "the", whose people were named before: "The officials took comfort
    // …" are the Finance Ministry officials who spoke.)
    // (But "the" and a number are people counted anew: "The two Japanese
    // companies will collaborate …".)
    let counted = toks.is_word(s, "the")
        && phrases::NUMBER_DETERMINERS.iter().any(|w| toks.is_word(s + 1, w));
    let plain = (!toks.is_word(s, "the") || counted)
        && (s..head).all(|k| {
            !toks.has(k, lexicon::flag::FUNCTION_WORD | lexicon::flag::CUE)
                || toks.is_word(k, "and")
        });
    // (Past where they are, a body's name, when a verb or an auxiliary
    // follows it: "Judges at the US Supreme Court have been hearing …";
    // not "members of the White Rose resistance group".)
    if ["at", "of", "in", "from", "for"].iter().any(|w| toks.is_word(head + 1, w)) {
        let first = head + 2 + usize::from(toks.is_word(head + 2, "the"));
        let last = (first..end.min(first + 6))
            .take_while(|&k| toks.list[k].word && !toks.list[k].quoted && toks.capitalized(k))
            .last();
        if let Some(l) = last
            && l + 1 < end
            && (phrases::auxiliary_at(toks, l + 1) || phrases::verb_after(toks, l))
        {
            head = l;
        }
    }
    // (Past an adverb or an auxiliary: "Opposition parties also want …".)
    let verb = phrases::verb_after_fillers(toks, head + 1).unwrap_or(head + 1);
    let verb_next = verb < end
        && toks.list[verb].word
        && !toks.list[verb].quoted
        && !toks.capitalized(verb)
        && !toks.has(
            verb,
            lexicon::flag::FUNCTION_WORD | lexicon::flag::ROLE_NOUN | lexicon::flag::DETERMINER,
        );
    (plain && verb_next).then_some((s, head))
}

/// The name of the latest statement's speaker, when it is a name and the
/// text's mention of it is one that `fits`: "Norsk Data" for "The company
/// said …" after "the company", or for "it" after "it".
fn name_of_latest_mention(
    toks: &Tokens,
    out: &[Statement],
    fits: impl Fn(&str) -> bool,
) -> Option<String> {
    let said = out.last()?;
    let name = said.speaker.as_deref()?;
    let mention = said.speaker_span.clone().filter(|_| said.field == Field::Text)?;
    (fits(&toks.text[mention]) && name.starts_with(char::is_uppercase)).then(|| name.to_string())
}

/// Whether a statement or two back named `name`, of one word, by itself,
/// not as a piece of a longer name ("Engineering" of "PDA Engineering"),
/// and the text never writes it in lower case ("Coal").
fn named_by_itself(toks: &Tokens, out: &[Statement], name: &str) -> bool {
    out.iter().rev().take(2).any(|s| {
        s.speaker.as_deref() == Some(name)
            && s.field == Field::Text
            && s.speaker_span.as_ref().is_some_and(|r| toks.text[r.clone()] == *name)
    }) && !toks.text.contains(&name.to_lowercase())
}

/// Whether token `k` is a plural of bodies or people that speak though no
/// role names them: "companies", "parties", "judges".
fn speaking_plural(toks: &Tokens, k: usize) -> bool {
    const PLURALS: [&str; 10] = [
        "companies",
        "firms",
        "parties",
        "judges",
        "lords",
        "singers",
        "unions",
        "campaigners",
        "manufacturers",
        "makers",
    ];
    PLURALS.iter().any(|w| toks.is_word(k, w))
}

/// The pronoun that owns a description and what is owned: "his campaign"
/// → he, "campaign".
fn possessed(description: &str) -> Option<(Pronoun, &str)> {
    let (owner, rest) = description.split_once(' ')?;
    let pronoun = match owner {
        "his" | "His" => Pronoun::He,
        "her" | "Her" => Pronoun::She,
        _ => return None,
    };
    Some((pronoun, rest))
}

/// Whether the words from token `k` say what is said of a subject, not
/// who says it, with `cue`: "were said to be", "has been reported to
/// favour".
fn said_of(tk: &Tokens, mut k: usize, cue: &str) -> bool {
    if ["has", "have", "had"].iter().any(|w| tk.is_word(k, w)) && tk.is_word(k + 1, "been") {
        k += 1;
    }
    const PASSIVES: [&str; 8] =
        ["said", "reported", "thought", "believed", "alleged", "understood", "rumoured", "rumored"];
    ["is", "are", "was", "were", "been"].iter().any(|w| tk.is_word(k, w))
        && PASSIVES.iter().any(|w| tk.is_word(k + 1, w))
        // (The statement's own verb: not "O'Connell is rumoured to be among
        // the front-runners, but says …".)
        && tk.is_word(k + 1, cue)
        && tk.is_word(k + 2, "to")
        // (Not what they are said to have said: "Mr Houston is alleged to
        // have said that …" is his.)
        && !tk.is_word(k + 3, "have")
}

/// Whom `pronoun` can stand for when no subject named just before is: the
/// latest of the people who spoke, `speakers`, that it fits, else the
/// nearest such person named before byte `until`.
fn fitting_before(
    people: &People,
    speakers: &[usize],
    until: usize,
    pronoun: Pronoun,
) -> Option<usize> {
    speakers
        .iter()
        .rev()
        .copied()
        .find(|&p| people.fits(p, pronoun))
        .or_else(|| people.nearest_before(until, pronoun))
}

/// Makes person `p` the latest of the people who spoke so far, `speakers`,
/// and returns the name.
fn spoke(p: usize, speakers: &mut Vec<usize>, people: &People) -> String {
    speakers.retain(|&q| q != p);
    speakers.push(p);
    people.name(p).to_string()
}

/// The person whose surname in capitals labels the interview turn that
/// token `k` is in ("FALLIN: I think …" is Mary Fallin's), or whom the
/// title names for an answer ("A: …").
fn turn_speaker(toks: &Tokens, people: &People, k: usize) -> Option<usize> {
    let paragraph = toks.list[k].paragraph;
    let first = (0..k).rev().take_while(|&j| toks.list[j].paragraph == paragraph).last()?;
    // ("A: Well, I think …": the answer of the person the title names.)
    if toks.str(first) == "A" && toks.is(first + 1, ':') {
        return people.interviewed();
    }
    speakers::turn_label(toks, first).then(|| people.with_surname_in_capitals(toks.str(first)))?
}

/// Credits a quotation with no cue that opens a sentence after the
/// writer's words in its paragraph to a short sentence just before it that
/// is only a speaker and a verb, and whom or what a few words say ("Iowa
/// State University's Dianne Bystrom agreed. “…”", "The British Chambers
/// of Commerce welcomed the latest proposal. “…”").
fn credit_sentence_before(tk: &Tokens, found: &mut [Found]) {
    for f in found.iter_mut() {
        // (Even one that would go on from a quotation before: the sentence
        // just before it says whose it is.)
        if f.field != Field::Text || f.kind != Kind::Direct || f.speaker.is_some() {
            continue;
        }
        let Some(stop) = sentence_end_before(tk, f).filter(|&m| m >= 2 && tk.is(m, '.')) else {
            continue;
        };
        let s = phrases::sentence_start(tk, stop);
        let Some(c) = (s + 1..stop).find(|&k| phrases::cue_at(tk, k).is_some()) else { continue };
        // (The whole sentence: no clause after the verb, nor a quotation.)
        let short = (c + 1..stop).filter(|&k| tk.list[k].word).count() <= 4
            && (s..stop).all(|k| !tk.list[k].quoted)
            && (c + 1..stop).all(|k| {
                !tk.is_word(k, "that")
                    && phrases::pronoun(tk, k).is_none_or(|_| tk.is_word(k, "her"))
                    && phrases::cue_at(tk, k).is_none()
            });
        if !short {
            continue;
        }
        let Some(sp) = phrases::phrase_before(tk, c - 1, s) else { continue };
        // (Or a name and its role, set off by a comma: "Sam Lau, the
        // communications director for the Iowa Democratic Party said in a
        // statement. “…”".)
        let role_between = || {
            sp.1 + 2 < c
                && tk.is(sp.1 + 1, ',')
                && (sp.1 + 2..c).all(|k| tk.list[k].word || tk.is(k, ','))
        };
        if sp.0 == s && (sp.1 + 1 == c || role_between()) && phrases::pronoun(tk, sp.0).is_none() {
            f.speaker = Some(sp);
            f.cue = Some(lexicon::cue_name(tk.str(c)));
            f.continues = false;
        }
    }
}

/// Whether the quotation of `f` ends its sentence, as one no credit
/// follows does: not `"…," AG Edwards Thayer.`.
fn ends_its_sentence(tk: &Tokens, f: &Found) -> bool {
    let Some(end) = f.spans.last().map(|r| r.end) else { return false };
    let after = tk.at_or_after(end + 1);
    tk.text[..end].trim_end().ends_with(['.', '?', '!'])
        || tk
            .list
            .get(after)
            .is_none_or(|t| t.paragraph as usize != f.paragraphs.1 || tk.ends_sentence(after))
}

/// Credits a quotation in the first person with no cue, that opens a
/// sentence after the writer's words in its paragraph and goes on from no
/// statement, to the person named as the subject of the sentence just
/// before it: "Tamura referred to a 55 pct rise in Japanese imports. “I
/// feel this is a strong step …”", "Perry has budgeted 26 to 33 dlrs a
/// day. “Normally I eat …”".
fn credit_subject_before(tk: &Tokens, found: &mut [Found]) {
    const FIRST_PERSON: [&str; 8] = ["I", "I'm", "I’m", "my", "me", "we", "our", "us"];
    for f in found.iter_mut() {
        if f.field != Field::Text
            || f.kind != Kind::Direct
            || f.speaker.is_some()
            || f.continues
            || !ends_its_sentence(tk, f)
        {
            continue;
        }
        let Some(stop) = sentence_end_before(tk, f).filter(|&m| tk.is(m, '.')) else {
            continue;
        };
        let Some(quote) = f.spans.first() else { continue };
        let (from, to) = (tk.at_or_after(quote.start), tk.at_or_after(quote.end));
        if !(from..to).any(|k| tk.list[k].word && FIRST_PERSON.iter().any(|w| tk.is_word(k, w))) {
            continue;
        }
        let s = phrases::sentence_start(tk, stop);
        if (s..stop).any(|k| tk.list[k].quoted) {
            continue;
        }
        // (A name opening the sentence before its verb: not "The
        // conference …", nor a pronoun, whom the reader must look for.)
        let Some(sp) = phrases::sentence_subject(tk, s, stop) else { continue };
        let name = (sp.0..=sp.1).all(|k| tk.list[k].word && tk.capitalized(k))
            && sp.1 - sp.0 < 4
            && phrases::pronoun(tk, sp.0).is_none()
            && !phrases::ends_in_ly(tk, sp.1)
            && !tk.has(sp.0, lexicon::flag::FUNCTION_WORD | lexicon::flag::DETERMINER)
            && tk.list.get(sp.1 + 1).is_some_and(|t| t.word && !t.quoted)
            && !tk.capitalized(sp.1 + 1)
            // (One subject: not "Citizens and Canal ended up owning …".)
            && !tk.is_word(sp.1 + 1, "and");
        if name {
            f.speaker = Some(sp);
        }
    }
}

/// Marks as going on from the statement before it a quotation with no cue
/// that opens a sentence after the writer's words in its paragraph, when
/// that statement reaches into the sentence just before (`Perez says too
/// many women are torn by guilt. "They feel like a bad mom."`). Not after
/// what someone thinks ("analysts expect that …"), nor for a quotation
/// its sentence goes on after, as an unread credit would (`"…," the chief
/// executive of a car maker told BBC News`).
fn continue_sentence_before(tk: &Tokens, found: &mut [Found]) {
    for i in 1..found.len() {
        let (before, rest) = found.split_at_mut(i);
        let (g, f) = (&before[i - 1], &mut rest[0]);
        if f.field != Field::Text
            || g.field != Field::Text
            || f.kind != Kind::Direct
            || f.speaker.is_some()
            || f.continues
            || (g.speaker.is_none() && !g.continues)
            || g.cue.is_some_and(attribution::mind_verb)
        {
            continue;
        }
        // (Or one that opens the next paragraph after a paragraph that
        // ends with someone's reported words: "Mr Cartagena said the
        // industry expects …. ¶ “With these investments, …”".)
        let mark = f.spans.first().and_then(|r| tk.at_or_after(r.start).checked_sub(1));
        // (Only after words said, by someone not "they": not "… who they
        // say they are", "… staff members suggesting …".)
        let next_paragraph = g.kind == Kind::Indirect
            && g.cue.is_some_and(|c| {
                matches!(c, "said" | "says" | "told" | "tells" | "added" | "adds")
            })
            && g.speaker
                .is_some_and(|(a, _)| phrases::pronoun(tk, a) != Some(lexicon::Pronoun::They))
            && g.paragraphs.1 + 1 == f.paragraphs.0
            && mark.is_some_and(|m| {
                m > 0 && !tk.list[m].word && tk.list[m - 1].paragraph != tk.list[m].paragraph
            });
        if g.paragraphs.1 != f.paragraphs.0 && !next_paragraph {
            continue;
        }
        if !ends_its_sentence(tk, f) {
            continue;
        }
        let stop = if next_paragraph { mark.map(|m| m - 1) } else { sentence_end_before(tk, f) };
        let Some(stop) = stop else { continue };
        let reach = g.spans.iter().chain(&g.clause).map(|r| r.end).max().unwrap_or(0);
        let reach = g.speaker.map_or(reach, |(_, b)| reach.max(tk.list[b].end));
        let from = tk.at_or_after(reach);
        if from <= stop && (from..stop).all(|k| !tk.ends_sentence(k)) {
            f.continues = true;
        }
    }
}

/// Whether someone else's credit stands between the quotation of `prev`
/// and the one opening at byte `open`, past the sentence `prev` ends: a
/// name or a role before a reporting verb that is not `prev`'s speaker's,
/// nor a pronoun, which most often is; not a thing ("The restoration of the
/// older episodes revealed …").
fn someone_elses_credit_between(tk: &Tokens, text: &str, prev: &Found, open: usize) -> bool {
    let end = prev.spans.last().map_or(0, |r| r.end);
    let speaker_last = prev.speaker.map(|(_, b)| tk.str(b));
    let someones = |k: usize| {
        let s = phrases::sentence_start(tk, k);
        k > s
            && phrases::phrase_before(tk, k - 1, s).is_some_and(|(a, b)| {
                (tk.capitalized(b) || tk.has(b, lexicon::flag::ROLE_NOUN))
                    && !(a == b && phrases::pronoun(tk, a).is_some())
                    && speaker_last != Some(tk.str(b))
            })
    };
    // (The sentence ends inside the quotation's marks, or after them with
    // its own credit.)
    let closed = text.get(..end).is_some_and(|t| t.ends_with(['.', '?', '!']));
    (tk.at_or_after(end)..tk.at_or_after(open))
        .skip_while(|&k| !closed && !tk.ends_sentence(k))
        .any(|k| {
            !tk.list[k].quoted && phrases::cue_at(tk, k).is_some_and(|c| c.reports) && someones(k)
        })
}

/// When the quotation of `f` opens a sentence after the writer's words in
/// its paragraph, the token that ends the sentence before it.
fn sentence_end_before(tk: &Tokens, f: &Found) -> Option<usize> {
    let open = tk.at_or_after(f.spans.first()?.start).checked_sub(1)?;
    let stop = open.checked_sub(1)?;
    (!tk.list[open].word
        && tk.list[stop].paragraph == tk.list[open].paragraph
        && tk.ends_sentence(stop))
    .then_some(stop)
}

/// Flags the tokens inside quotations (marks included), and returns the
/// quotations that may be statements. Not a work's name (`on ABC's "This
/// Week"`, `a book titled "…"`): its words are the writer's, a clause runs
/// through them (`Sanders said on ABC's "This Week" that he would …`), and
/// a quotation either side of it may be one (`"…," Clinton said on ABC's
/// "This Week." "…"`).
fn mark_quoted(
    tk: &mut Tokens,
    text: &str,
    mut quotations: Vec<quotes::Quotation>,
) -> Vec<quotes::Quotation> {
    quotations.retain(|q| {
        !(q.spans().iter().all(|r| looks_like_title(&text[r.clone()]))
            && names_a_work(tk, q.open()))
    });
    for q in &quotations {
        for p in &q.parts {
            let from = tk.at_or_after(p.open);
            for t in tk.list[from..].iter_mut() {
                if t.start >= p.end {
                    break;
                }
                t.quoted = true;
            }
        }
    }
    quotations
}

/// A `Name: words` headline.
fn headline(title: &Tokens) -> Option<Found> {
    let found = headline_in(title, 0, title.list.len(), true, true)?;
    Some(Found::line(Kind::Headline, Field::Title, found, 0))
}

/// Takes into `span` the sign that closes its last word: a percent sign
/// after a number ("cut prices by an average of 24%, according to …") and
/// the closing mark of a quotation it opened and holds the words of
/// (`the plans were "papering over the cracks of the system".`).
fn with_closing_sign(text: &str, span: &mut Range<usize>) {
    let (Some(words), Some(next)) = (text.get(span.clone()), text.get(span.end..)) else {
        return;
    };
    if next.starts_with('%') && words.ends_with(|c: char| c.is_ascii_digit()) {
        span.end += 1;
        return;
    }
    // (Straight marks open and close alike: an odd count is one left open.)
    // (Counted only before a closing mark: most spans have none after.)
    let Some(mark) = ['"', '”'].into_iter().find(|&m| next.starts_with(m)) else {
        return;
    };
    let opened = words.matches('"').count() % 2 == 1
        || words.matches('“').count() > words.matches('”').count();
    if opened {
        span.end += mark.len_utf8();
    }
}

/// Mends a reported clause that one parenthesis mark of a pair cuts: its
/// closing mark right after it is taken in ("a bid worth $6.8bn (£3.6bn),
/// reports say"), an opening mark it starts with and never closes is left
/// out ("(The book has sold 235,000 copies, according to Nielsen.)").
fn balance_parenthesis(text: &str, span: &mut Range<usize>) {
    let words = &text[span.clone()];
    // (Most clauses have no parenthesis: one scan for either mark.)
    if memchr::memchr2(b'(', b')', words.as_bytes()).is_none() {
        return;
    }
    let open = memchr::memchr_iter(b'(', words.as_bytes()).count();
    let close = memchr::memchr_iter(b')', words.as_bytes()).count();
    if open == close + 1 {
        if text[span.end..].starts_with(')') {
            span.end += 1;
        } else if let Some(rest) = words.strip_prefix('(').map(str::trim_start)
            && !rest.is_empty()
        {
            span.start = span.end - rest.len();
        }
    }
}

/// `spans` without what a newswire's layout adds to the words: a city's
/// dateline before them, "TOKYO - The Bank of Japan will sell …" in a
/// digest of items, and the sign-off "REUTER" after the last (with the
/// full stop before it, for reported speech, which ends before its
/// sentence's).
fn without_wire_marks(text: &str, spans: &mut Spans, reported: bool) {
    // (Only the span's first bytes are looked at, two capitals first: every
    // statement asks.)
    if let Some(first) = spans.first_mut()
        && let Some(head) = text.as_bytes().get(first.start..first.end.min(first.start + 24))
        && head.len() > 2
        && head[..2].iter().all(u8::is_ascii_uppercase)
        && let Some(at) = head.windows(3).position(|w| w == b" - ")
        && let Some(city) = text.get(first.start..first.start + at)
        && (1..=20).contains(&city.len())
        && city.bytes().all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'.')
        && city.bytes().filter(u8::is_ascii_uppercase).count() >= 3
    {
        first.start += at + 3;
    }
    if let Some(last) = spans.last_mut()
        && text[last.end..].trim().is_empty()
        && let words = text[last.clone()].trim_end()
        && let Some(words) = words.strip_suffix("REUTER").or_else(|| words.strip_suffix("reuter"))
        && words.ends_with(char::is_whitespace)
    {
        let words = words.trim_end();
        let words = if reported { words.strip_suffix('.').unwrap_or(words) } else { words };
        last.end = last.start + words.len();
    }
}

/// Paragraphs of the text that are headlines themselves (`Clinton camp:
/// Trump's remarks threaten security`): a title repeated above the body, or
/// the cross-heads of a live blog. Short, unquoted, a name before the colon.
fn text_headlines(tk: &Tokens, paragraphs: &[Range<usize>]) -> Vec<Found> {
    const MAX_WORDS: usize = 25;
    let mut out = Vec::new();
    // Longer ones are a transcript's turns ("BOULDUAN: You guys, back in
    // January, …", "Matthews: Here's the irony of our time: …"): what a
    // speaker said, word for word, when two or more paragraphs are such.
    let mut turns = Vec::new();
    for (p, range) in paragraphs.iter().enumerate() {
        let from = tk.at_or_after(range.start);
        let to = tk.at_or_after(range.end);
        let toks = tk.list.get(from..to).unwrap_or(&[]);
        if toks.is_empty() || toks.iter().any(|t| t.quoted) {
            continue;
        }
        if toks.iter().filter(|t| t.word).count() > MAX_WORDS {
            // (The cheap test first: a colon among its first words.)
            if (from..(from + 8).min(to)).any(|k| tk.is(k, ':'))
                && let Some((speaker, span, cue)) = headline_in(tk, from, to, false, false)
                && (speaker.0..=speaker.1).all(|k| tk.capitalized(k))
                && !tk.text[tk.list[speaker.0].start..span.end].contains('\n')
            {
                turns.push(Found::line(Kind::Direct, Field::Text, (speaker, span, cue), p));
            }
            continue;
        }
        // (On one line, which a subtitle may follow: "Hillary Clinton:
        // Trump's view of the world is 'dangerously wrong';\nIn speech to
        // AIPAC, …". A name over two lines heads a table: "Super Tankers
        // Regular Vessels\nNorth End: 13 hrs 15 hrs".)
        if let Some((speaker, mut span, cue)) = headline_in(tk, from, to, false, p == 0)
            && !tk.text[tk.list[speaker.0].start..span.start].contains('\n')
        {
            if let Some(n) = tk.text[span.clone()].find('\n') {
                span.end = span.start
                    + tk.text[span.start..span.start + n].trim_end_matches([' ', ';', ',']).len();
            }
            out.push(Found::line(Kind::Headline, Field::Text, (speaker, span, cue), p));
        }
    }
    if turns.len() >= 2 {
        out.extend(turns);
        out.sort_by_key(|f| f.paragraphs.0);
    }
    out
}

/// Last words of what stands before a colon in a headline that make it no
/// speaker: a running story, a credit line, a flag, a section, a kind of
/// piece.
const NO_SPEAKER: [&str; 28] = [
    "latest",
    "contributing",
    "breaking",
    "byline",
    "wow",
    "update",
    "correction",
    "note",
    "notice",
    "email",
    "guide",
    "related",
    "photo",
    "video",
    "exclusive",
    "transcript",
    "abstract",
    "profile",
    "obituary",
    "analysis",
    "preview",
    "review",
    "q&a",
    "timeline",
    "factbox",
    "explainer",
    "result",
    "results",
];

/// First words of what stands before a colon that make it no speaker: a
/// flag, or a line of a team sheet or a table ("Subs: …", "Due: …").
const NO_SPEAKER_FIRST: [&str; 9] = [
    "busted",
    "bombshell",
    "look",
    "watch",
    "replacements",
    "subs",
    "substitutes",
    "scorers",
    "due",
];

/// Whether a headline's `words` are a list, not a statement: fewer than
/// two words with letters ("Due: 27 35", "Parana: 40 pct"), or three or
/// more names or entries between commas with no lowercase word but a link
/// ("Subs: Marshall, Henchoz, Juninho Paulista, Lambert", "PARANA STATE:
/// UMUARAMA NIL, PARANAVAI 1.5 MILLIMETRES, LONDRINA NIL").
fn list_not_statement(words: &str) -> bool {
    const LINKS: [&str; 4] = ["for", "and", "from", "of"];
    let lettered = words.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    let entries = words.split(',').filter(|e| !e.trim().is_empty()).count();
    lettered < 2
        || (entries >= 3
            && words.split_whitespace().all(|w| {
                !w.starts_with(|c: char| c.is_lowercase())
                    || LINKS.contains(&w.trim_end_matches(','))
            }))
}

/// Verbs that credit the words after them in a headline in title case, as
/// "Says" does: "Glenn Beck Blasts Drudge for Mocking His Fast", "Obama
/// Urges Britain to Remain".
const HEADLINE_VERBS: [&str; 30] = [
    "tells",
    "warns",
    "urges",
    "claims",
    "praises",
    "endorses",
    "slams",
    "blasts",
    "rips",
    "announces",
    "reveals",
    "declares",
    "insists",
    "vows",
    "predicts",
    "denies",
    "admits",
    "accuses",
    "criticizes",
    "defends",
    "rejects",
    "dismisses",
    "blames",
    "hints",
    "suggests",
    "argues",
    "promises",
    "pledges",
    "condemns",
    "demands",
];

/// A headline in tokens `from..to`: `Name: words` or, in title case, `Name
/// Says Words` (or another of [`HEADLINE_VERBS`]); in an article's title
/// (`title`), in sentence case too: "WMC says Xstrata bid is too low". The
/// speaker phrase must open the range; the words are what follows the
/// colon or verb, without their quote marks. In a title or the text's
/// first line (`lead_line`), the speaker may address someone before the
/// colon: "Clinton to Planned Parenthood: …". Returns the speaker, the
/// words and the cue.
fn headline_in(
    tk: &Tokens,
    from: usize,
    to: usize,
    title: bool,
    lead_line: bool,
) -> Option<(TokenRange, Range<usize>, &'static str)> {
    // A verb of the list in a line in title case, not in capitals:
    // "Conservative Icon Morton Blackwell Endorses Ted Cruz"; a wire's "GM
    // CALLS BACK 10,000 CARS" is no such line. (The case is read once, and
    // only for a word that ends as those verbs do: most lines have none.)
    let mut title_case = None;
    let mut headline_verb = |i: usize| {
        tk.bytes(i).last() == Some(&b's')
            && *title_case.get_or_insert_with(|| {
                (from..to)
                    .any(|k| tk.list[k].word && tk.bytes(k).iter().any(u8::is_ascii_lowercase))
            })
            && HEADLINE_VERBS.iter().any(|w| tk.is_word(i, w))
    };
    let cue = (from + 1..to.min(from + 8)).find(|&i| {
        tk.is(i, ':')
            // (In a paragraph of the text, such a line is a sentence the
            // other rules read.)
            || (title && tk.str(i) == "says" && !(from..i).any(|k| tk.ends_sentence(k)))
            || (tk.capitalized(i)
                && (tk.is_word(i, "says")
                    || headline_verb(i)
                    // (A headline's "said" is mostly the passive: "OIL
                    // PRICES SAID NOW BASED ON FUTURES PRICE", "… SAID TO
                    // BE …". It credits a clause that opens with its
                    // subject: "COOPER CANADA SAID IT RECEIVED TAKEOVER
                    // OFFERS".)
                    || (tk.is_word(i, "said")
                        && i + 1 < to
                        && (phrases::pronoun(tk, i + 1).is_some() || tk.is_word(i + 1, "that"))))
                && !(from..i).any(|k| tk.ends_sentence(k)))
    });
    // (A title's speaker may say it to someone or of something before the
    // colon: "Clinton to Planned Parenthood: Trump will reverse Roe v.
    // Wade", "Obama To Asians Worried About U.S. Election: It's Going To Be
    // OK", "CNN President On Trump: …".)
    let addressed = || {
        // (Most lines have no colon: one scan of their bytes for it.)
        let first = tk.list.get(from)?;
        let last = tk.list.get(to.min(from + 14).checked_sub(1)?)?;
        let line = tk.text.get(first.start..last.end)?;
        memchr::memchr(b':', line.as_bytes())?;
        let colon = (from + 2..to.min(from + 14)).find(|&i| tk.is(i, ':'))?;
        let k = (from + 1..colon).find(|&k| tk.is_word(k, "to") || tk.is_word(k, "on"))?;
        let speaker = phrases::phrase_before(tk, k - 1, from)?;
        (speaker == (from, k - 1) && tk.capitalized(from) && k + 1 < colon)
            .then_some((colon, speaker))
    };
    let (cue, speaker) = match cue {
        Some(cue) => {
            let sp = phrases::phrase_before(tk, cue - 1, from)?;
            let said_to = (lead_line && sp.0 != from && tk.is(cue, ':'))
                .then(addressed)
                .flatten()
                .filter(|&(colon, _)| colon == cue);
            (cue, said_to.map_or(sp, |(_, sp)| sp))
        }
        None if lead_line => addressed()?,
        None => return None,
    };
    if speaker.0 != from || phrases::pronoun(tk, speaker.0).is_some() {
        return None;
    }
    // "The Latest: …" is a news agency's running story, not a speaker, and
    // so are a credit line, a flag or a section ("Contributing: …",
    // "Breaking: …", "Delegate Update: …", "Paid Notice: …").
    let mut buf = [0u8; 32];
    if NO_SPEAKER.contains(&tk.lower(speaker.1, &mut buf))
        || NO_SPEAKER_FIRST.contains(&tk.lower(speaker.0, &mut buf))
    {
        return None;
    }
    let end = tk.list.get(to.checked_sub(1)?)?.end;
    let rest = tk.text.get(tk.list[cue].end..end)?;
    let lead = rest.len() - rest.trim_start().len();
    // (A title's subtitle after a semicolon is the writer's: "Trump says
    // praise from Putin helps the U.S.; After Democratic debate, …".)
    let words = if title { rest.split("; ").next().unwrap_or(rest) } else { rest };
    let words = words.trim().trim_end_matches('.');
    let start = tk.list[cue].end + lead;
    // Quote marks around the headline's words are not part of them: a pair
    // around all of them, not marks of quotations inside ("Ryan:
    // ‘Anti-Semitic Images’ Have ‘No Place …’", "McCain: … Appeals to ‘Bad
    // Angels Of Our Nature’").
    let open = words.chars().next().filter(|c| "\"“”„«'‘".contains(*c)).map_or(0, char::len_utf8);
    let close = words
        .chars()
        .next_back()
        .filter(|c| "\"“”»'’".contains(*c) && words.len() > open)
        .map_or(0, char::len_utf8);
    let closed_inside = || {
        let inner = &words[open..words.len() - close];
        inner.char_indices().any(|(k, c)| {
            "\"“”»’".contains(c) && !inner[k + c.len_utf8()..].starts_with(char::is_alphanumeric)
        })
    };
    let (open, close) =
        if open == 0 || close == 0 || closed_inside() { (0, 0) } else { (open, close) };
    let span = start + open..start + words.len() - close;
    if span.is_empty() || list_not_statement(&tk.text[span.clone()]) {
        return None;
    }
    let cue_text = lexicon::cue_name(tk.str(cue));
    Some((speaker, span, cue_text))
}

/// Quotations as statements: attributed, interrupted ones joined, and
/// paragraphs that continue a speaker's quotation marked so.
fn quoted(
    tk: &Tokens,
    text: &str,
    quotations: &[quotes::Quotation],
    used_cues: &mut Vec<usize>,
) -> Vec<Found> {
    struct Group {
        parts: Vec<usize>,
        attribution: Option<Attribution>,
        lead: Lead,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut pending_after: Option<Attribution> = None;
    for (qi, q) in quotations.iter().enumerate() {
        let (before, lead) = attribution::before(tk, q);
        let after = attribution::after(tk, text, q);
        // A quotation with a credit of its own after it is its own
        // statement, even right after another's (`"…," Trump told ABC.
        // "…," the candidate said.`).
        // (Unless it goes on with the writer's sentence and ends its own
        // before that credit: `"A," she said, "and B." Jane Doe, the former
        // minister, said so.` is one quotation of hers.)
        let goes_on = || {
            q.parts.first().is_some_and(|p| text[p.content.clone()].starts_with(char::is_lowercase))
                && q.parts
                    .last()
                    .is_some_and(|p| text[p.content.clone()].ends_with(['.', '!', '?']))
        };
        let joins = groups.last().is_some_and(|g| {
            let prev = &quotations[g.parts[g.parts.len() - 1]];
            prev.last_paragraph() == q.paragraph()
                && !(g.attribution.is_some()
                    && after.as_ref().is_some_and(|a| a.cue_token.is_some())
                    && !goes_on())
                && joins_previous(tk, text, prev, q, pending_after.as_ref())
        });
        if joins && let Some(g) = groups.last_mut() {
            g.parts.push(qi);
            if g.attribution.is_none() {
                g.attribution = after.clone();
            }
        } else {
            // A credit right after the quotation beats a cue far before it
            // ("Rhimes declared the need for …: “…,” she said").
            let far = |b: &Attribution| b.cue_token.is_some_and(|c| b.last > c + 5);
            let own_after = after.as_ref().is_some_and(|a| a.cue_token.is_some());
            // The cue before it credits the quotation before (`"A," she
            // said, but …, "B," said Kunin`): its own credit wins.
            let borrowed = |b: &Attribution| {
                b.cue_token.is_some_and(|c| b.last > c + 2)
                    && pending_after.as_ref().is_some_and(|p| p.cue_token == b.cue_token)
            };
            // A dash between a cue and the quotation sets it off from that
            // cue: its own credit after it wins ("which Moscow strongly
            // denies — “why wouldn't you …?” asked Dunn").
            let dashed = || {
                let j = tk.at_or_after(q.open());
                j > 0 && phrases::dash(tk, j - 1) && !tk.list[j - 1].quoted
            };
            // What those who think it think is no one's statement when a
            // credit follows ("Candidates who think “…” are wrong, she
            // said").
            let relative_mind = |b: &Attribution| {
                b.cue_token.is_some_and(|c| {
                    c > 0
                        && ["who", "that"].iter().any(|w| tk.is_word(c - 1, w))
                        && attribution::mind_verb(lexicon::cue_name(tk.str(c)))
                })
            };
            let attribution = match (lead, before) {
                (Lead::Nothing, _) | (_, None) => after.clone(),
                (_, Some(b)) if own_after && (borrowed(&b) || dashed() || relative_mind(&b)) => {
                    after.clone()
                }
                // So does one after a colon that names no one ("His final
                // assessment: “…,” he said").
                (Lead::Colon, Some(b))
                    if (far(&b) || (b.cue_token.is_none() && !tk.capitalized(b.speaker.1)))
                        && after.as_ref().is_some_and(|a| a.cue_token.is_some()) =>
                {
                    after.clone()
                }
                (_, b) => b,
            };
            // A participle or a relative clause after the credit of the
            // quotation before, in its sentence, is that speaker's (`"…,"
            // said Sebok, a professor at Brooklyn Law School, adding that it
            // was "…"`), whatever noun stands nearest.
            let attribution = match (attribution, &pending_after) {
                (Some(mut a), Some(p))
                    if credit_goes_on(tk, p, a.cue_token)
                        && quotations[qi.saturating_sub(1)].last_paragraph() == q.paragraph() =>
                {
                    a.speaker = p.speaker;
                    Some(a)
                }
                (a, _) => a,
            };
            groups.push(Group { parts: vec![qi], attribution, lead });
        }
        pending_after = after;
    }

    let mut out: Vec<Found> = Vec::new();
    // Quotations no credit took, partial ones: a credited quotation later
    // in their clause takes them (`Guns are “the ultimate public health
    // crisis” and “stunt children’s growth,” Dean proclaimed`).
    let mut uncredited: Vec<Range<usize>> = Vec::new();
    for g in groups {
        let spans: Spans = g.parts.iter().flat_map(|&i| quotations[i].spans()).collect();
        let first = &quotations[g.parts[0]];
        let last = &quotations[g.parts[g.parts.len() - 1]];
        let starts_upper = spans
            .first()
            .and_then(|r| text[r.clone()].chars().find(|c| c.is_alphanumeric()))
            .is_some_and(|c| !c.is_lowercase());
        let after_reported_words = g.lead == Lead::Words && starts_upper && {
            let open = tk.at_or_after(first.open());
            open > 0
                && phrases::dash(tk, open - 1)
                && ends_sentence_after(tk, text, last)
                && g.attribution.as_ref().is_some_and(|a| a.cue_token.is_some_and(|c| c + 3 < open))
        };
        let kind = match g.lead {
            Lead::Nothing | Lead::Colon => Kind::Direct,
            Lead::Comma if starts_upper => Kind::Direct,
            // Set off by a dash or a parenthesis and credited after it
            // (`… to Mexico - ''I love Oreos,'' he said, ''I will …'' -`): a
            // sentence of the speaker's inside the writer's.
            Lead::Words
                if starts_upper
                    && set_off(tk, first.open())
                    && g.attribution
                        .as_ref()
                        .is_some_and(|a| a.speaker.0 > tk.at_or_after(first.open())) =>
            {
                Kind::Direct
            }
            Lead::Comma if g.attribution.as_ref().is_some_and(|a| a.cue_token.is_none()) => {
                Kind::Direct
            }
            // (Or after what the credit before reported, set off by a dash:
            // `Clinton suggested that Sanders's plan was unserious - "Again,
            // we need to get into the details."`.)
            Lead::Words if after_reported_words => Kind::Direct,
            // Right after its verb and whole ("She declared “What a Super
            // Tuesday!”", "Clinton said, “as long as we're not …”", "She
            // says “we worked hard …”"): what was said, not a phrase the
            // writer borrows ("urging “a politics of hope.”").
            _ if g.attribution.as_ref().is_some_and(|a| {
                a.cue_token.is_some_and(|c| {
                    let open = tk.at_or_after(first.open());
                    right_after_verb(tk, c, first.open())
                        && (starts_upper
                            || ((open == c + 2
                                || (open == c + 1 && opens_with_subject(tk, open + 1)))
                                && opens_sentence(tk, a.speaker.0.min(c))))
                })
            }) && ends_sentence_after(tk, text, last) =>
            {
                Kind::Direct
            }
            _ => Kind::Partial,
        };
        // ("Boots on the ground" would be appropriate, Carson said.`: a
        // fragment of the writer's sentence, whose clause was reported.)
        let kind = if kind == Kind::Direct
            && g.attribution.as_ref().is_some_and(|a| writer_goes_on(tk, last, a))
        {
            Kind::Partial
        } else {
            kind
        };
        let paragraphs = (first.paragraph(), last.last_paragraph());
        let title_like = spans.iter().all(|r| looks_like_title(&text[r.clone()]));
        if let Some(a) = g.attribution {
            // A few capitalised words in quote marks that no credit touches
            // are a title ("''Friends'' has been a surprise hit", "the PBS
            // drama, “Mercy Street,” returns"), whatever verb is near; not
            // `"Absolutely," he said`.
            let named = title_like && !credit_touches(tk, &a, first, last);
            if named && kind == Kind::Direct {
                continue;
            }
            // (A verb after a partial quotation that reports a clause of its
            // own credits that clause too: `Describing Mr Jackson as "a good
            // person", the mother-of-nine said she feared he would not be
            // given a fair trial`.)
            // (Nor does one whose words the quotation follows, set off by a
            // dash: what it reported is a statement too.)
            if let Some(c) = a.cue_token
                && !(kind == Kind::Partial
                    && spans.last().is_some_and(|r| r.end <= tk.list[c].start)
                    && reported::reports_after(tk, c))
                && !(kind == Kind::Direct && after_reported_words)
            {
                used_cues.push(c);
            }
            let clause = match (kind, a.cue_token) {
                (Kind::Partial, Some(c)) => reported::clause_of_partial(tk, c, &spans),
                // "According to Trump, he was once …, but is now “…”": the
                // clause after the source's comma.
                (Kind::Partial, None) if a.cue == "according to" => {
                    reported::clause_after_source(tk, a.last, &spans)
                }
                _ => None,
            };
            // (A quotation no credit took earlier in the clause is part of
            // it: `"Sustainable communities" were being promoted without …
            // what "sustainable" means, the committee said`.)
            let mut spans = spans;
            while let Some(cl) = &clause
                && let Some(p) = out.last()
                && p.kind == Kind::Direct
                && p.speaker.is_none()
                && p.spans.first().is_some_and(|r| r.start >= cl.start)
                && let Some(p) = out.pop()
            {
                spans.insert_many(0, p.spans);
            }
            if let Some(cl) = &clause {
                let first = spans.first().map_or(cl.end, |r| r.start);
                spans.insert_many(
                    0,
                    uncredited.iter().filter(|r| r.start >= cl.start && r.end <= first).cloned(),
                );
            }
            uncredited.clear();
            // (The clause around such a title is what was reported, in the
            // writer's words: `According to Variety, Trump brought "SNL" its
            // highest ratings since 2012`.)
            let (kind, spans, clause) = match clause {
                _ if !named => (kind, spans, clause),
                Some(cl) => (Kind::Indirect, Spans::from_iter([cl]), None),
                None => continue,
            };
            out.push(Found {
                kind,
                field: Field::Text,
                spans,
                speaker: Some(a.speaker),
                cue: Some(a.cue),
                continues: false,
                clause,
                paragraphs,
            });
            continue;
        }
        // No cue: a paragraph after a speaker's quotation continues it
        // (and one more paragraph of the writer's between them still does).
        // (Not the question put to someone: `Blumenthal was asked, “If you
        // had known …?”` is the interviewer's.)
        let continues = kind == Kind::Direct
            && out.last().is_some_and(|p| {
                (p.speaker.is_some() || p.continues) && p.paragraphs.1 + 2 >= paragraphs.0
            })
            && !put_as_question(tk, first.open());
        // With no one to credit, a few capitalised words in quote marks
        // are a title ("Mercy Street", "An American Son."), not a statement;
        // after a speaker's quotation too, unless they are a sentence of
        // their own (`''Friends'' has been a surprise hit`).
        if title_like && (!continues || !ends_sentence_after(tk, text, last)) {
            continue;
        }
        // In the very next paragraph it is more of the same quotation, as
        // PolNeAR's annotators mostly take it (direct F1 on train 0.886 →
        // 0.890); after a paragraph of the writer's, a statement of its own.
        // (Only a quotation that opens its paragraph: one after the
        // writer's words there is no more of the quotation before, "Ghazala
        // Khan says she received a call …. “She called me …”".)
        // (Not past someone else's credit in a later sentence of that
        // paragraph: "…, Mr Howard said. ¶ “We watched …”" is Howard's.)
        if continues
            && g.lead == Lead::Nothing
            && opens_paragraph(tk, first.open())
            && let Some(prev) = out.last_mut()
            && prev.kind == Kind::Direct
            && prev.paragraphs.1 + 1 == paragraphs.0
            && !someone_elses_credit_between(tk, text, prev, first.open())
        {
            prev.spans.extend(spans);
            prev.paragraphs.1 = paragraphs.1;
            continue;
        }
        if kind == Kind::Partial {
            // (And one later in the clause of the credited quotation before
            // it: `Rubio accused Cruz of being "politically correct" and
            // "very queasy"`.)
            match out.last_mut() {
                Some(prev)
                    if prev.kind == Kind::Partial
                        && prev.paragraphs.1 == paragraphs.0
                        && prev.clause.as_ref().is_some_and(|cl| {
                            spans.first().is_some_and(|r| r.start >= cl.start)
                                && spans.last().is_some_and(|r| r.end <= cl.end)
                        }) =>
                {
                    prev.spans.extend(spans);
                }
                _ => uncredited.extend(spans),
            }
            continue;
        }
        if continues || kind == Kind::Direct {
            out.push(Found {
                kind,
                field: Field::Text,
                spans,
                speaker: None,
                cue: None,
                continues,
                clause: None,
                paragraphs,
            });
        }
    }
    out
}

/// The last word of a name that opens the phrase `(a, b)`, when what
/// follows it is when or how it was said: "Chancellor Helmut Kohl yesterday
/// said", "President Reagan for the first time said", "… Gutfreund today
/// in a statement said".
fn name_before_when(tk: &Tokens, (a, b): phrases::TokenRange) -> Option<usize> {
    // (The cheap tests first: every speaker's phrase asks.)
    let n = (a..b).rev().find(|&k| tk.capitalized(k))?;
    let when = phrases::WHEN_WORDS.iter().any(|w| tk.is_word(n + 1, w))
        || ["earlier", "later"].iter().any(|w| tk.is_word(n + 1, w))
        || phrases::words_at(tk, n + 1, &["for", "the", "first"])
        || phrases::words_at(tk, n + 1, &["in", "a", "statement"]);
    if !when || phrases::day_or_month(tk, n) {
        return None;
    }
    let name = (a..=n).all(|k| {
        tk.list[k].word
            && tk.capitalized(k)
            && !tk.has(k, lexicon::flag::DETERMINER | lexicon::flag::FUNCTION_WORD)
    });
    (name && (n + 1..=b).all(|k| tk.list[k].word && !tk.capitalized(k))).then_some(n)
}

/// Whether the quotation opening at byte `open` is a question put to the
/// subject before it: "was asked, “…?”", "were asked:".
fn put_as_question(tk: &Tokens, open: usize) -> bool {
    let j = tk.at_or_after(open);
    j >= 3
        && (tk.is(j - 1, ',') || tk.is(j - 1, ':'))
        && tk.is_word(j - 2, "asked")
        && ["was", "were", "been", "being"].iter().any(|w| tk.is_word(j - 3, w))
}

/// Words that open a clause of their own inside a loose speaker phrase:
/// "Tea crops are doing well but farmers fear …" is the farmers'.
const CLAUSE_OPENERS: [&str; 9] =
    ["but", "while", "because", "although", "though", "whereas", "what", "when", "if"];

/// Whether the phrase ending at token `b` is whom someone told, by a
/// passive after it ("researchers were told", "she was told:", "he had
/// been told"): the one told is no speaker.
fn told_by_someone(tk: &Tokens, b: usize) -> bool {
    let be =
        |k: usize| ["was", "were", "is", "are", "been", "being"].iter().any(|w| tk.is_word(k, w));
    let told = |k: usize| tk.is_word(k, "told");
    (be(b + 1) && told(b + 2))
        || (["had", "has", "have"].iter().any(|w| tk.is_word(b + 1, w))
            && tk.is_word(b + 2, "been")
            && told(b + 3))
}

/// The speakers named in the latest `back` statements of `out`, latest
/// first, with the person each is (when the people index holds one).
fn named_lately<'o>(
    named: &'o [(usize, Option<usize>)],
    out: &'o [Statement],
    back: usize,
) -> impl Iterator<Item = (&'o str, Option<usize>)> + 'o {
    named
        .iter()
        .rev()
        .take_while(move |&&(k, _)| out.len() - k <= back)
        .filter_map(move |&(k, person)| Some((out.get(k)?.speaker.as_deref()?, person)))
}

/// The words of a speaker phrase that name the speaker: not a relative
/// pronoun after them ("groups that alleged …": the mention runs to it, in
/// [`relative_subject`]), not a clause before them ("… but farmers"), nor
/// the auxiliaries and adverbs between them and the verb ("Muslim groups
/// have repeatedly", "several have publicly").
fn speaker_words(tk: &Tokens, range: phrases::TokenRange) -> phrases::TokenRange {
    let (mut a, mut b) = range;
    if b > a && ["that", "which", "who"].iter().any(|w| tk.is_word(b, w)) {
        b -= 1;
    }
    let range = (a, b);
    // ("Moran withdrew from the effort and reported …": a second verb's
    // phrase is the first verb's clause; its subject speaks.)
    // (Past adverbs of time: "Dixons then extended the offer until
    // yesterday and earlier today indicated …".)
    let joined = (a + 1..=b)
        .rev()
        .find(|&k| {
            !(phrases::verb_filler(tk, k)
                || (tk.has(k, lexicon::flag::FUNCTION_WORD)
                    && phrases::WHEN_WORDS.iter().any(|w| tk.is_word(k, w))))
        })
        .filter(|&k| tk.is_word(k, "and") || tk.is_word(k, "but"));
    // (Not an opening participle read as the subject: "Courted by most of
    // the Republican candidates and expected to be …, Adelson said".)
    let participle = |(s, e): phrases::TokenRange| {
        s == e && (tk.bytes(s).ends_with(b"ed") || tk.bytes(s).ends_with(b"ing"))
    };
    if let Some(k) = joined
        && let Some(subject) =
            phrases::sentence_subject(tk, a, k).filter(|&s| s.1 < k && !participle(s))
    {
        return subject;
    }
    if let Some(subject) = second_verbs_subject(tk, (a, b)) {
        return subject;
    }
    if let Some(k) = (a..b).rev().find(|&k| CLAUSE_OPENERS.iter().any(|w| tk.is_word(k, w))) {
        a = k + 1;
    }
    let filler = |k: usize| {
        !tk.capitalized(k)
            && tk.list[k].word
            && (phrases::auxiliary_at(tk, k) || phrases::verb_filler(tk, k))
    };
    while b > a && filler(b) {
        b -= 1;
    }
    // (Nothing but fillers left: the phrase as it was.)
    if filler(b) {
        return range;
    }
    // (A pronoun and the verb it is the subject of, before a cue that is a
    // noun: "They held out hope that …" is "They".)
    if b > a
        && ["he", "she", "they", "we"].iter().any(|w| tk.is_word(a, w))
        && tk.list[a + 1].word
        && !tk.capitalized(a + 1)
        && !tk.has(a + 1, lexicon::flag::FUNCTION_WORD | lexicon::flag::DETERMINER)
        && !["both", "all", "each", "alone", "themselves", "himself", "herself", "ourselves"]
            .iter()
            .any(|w| tk.is_word(a + 1, w))
    {
        return (a, a);
    }
    // (A subject's auxiliary ends it, past a time or a place before the
    // verb: "Italy has over recent months announced", "a trio of PACs have
    // in fact reported", "Tony Blair is among those who …".)
    if let Some((k, after)) = auxiliary_in_phrase(tk, (a, b))
        && k > a
        && after.is_none_or(|m| TIME_OR_PLACE.iter().any(|w| tk.is_word(m, w)))
    {
        b = k - 1;
    }
    // (Nor an aside in parentheses after it: "Kasich (who has 25 delegates
    // to date) said", "most (62%) said"; not one inside a name, "Industrial
    // Equity (Pacific) Ltd", nor its letters, "Economist Intelligence Unit
    // (EIU)".)
    if b > a
        && tk.is(b, ')')
        && let Some(open) = (a + 1..b).rev().find(|&k| tk.is(k, '('))
        && (open + 1..b).any(|k| {
            tk.list[k].word && tk.bytes(k).first().is_some_and(|c| !c.is_ascii_uppercase())
        })
    {
        b = open - 1;
    }
    // (Nor when or how it was said after a name.)
    if let Some(n) = name_before_when(tk, (a, b)) {
        b = n;
    }
    // (Nor where it was said: "The committee in its report said".)
    if let Some(k) = (a + 1..b).find(|&k| {
        tk.is_word(k, "in")
            && ["its", "his", "her", "their"].iter().any(|w| tk.is_word(k + 1, w))
            && k + 2 >= b
    }) {
        b = k - 1;
    }
    (a, b)
}

/// The speaker phrase `(a, b)` with the cue after it, when the cue is a
/// noun there: "a weekend press report that …" is the report's, not "a
/// weekend press"'s ("The unions report …" is the unions').
fn with_noun_cue(
    tk: &Tokens,
    (a, b): phrases::TokenRange,
    cue: Option<&str>,
) -> Option<phrases::TokenRange> {
    let cue = cue.filter(|c| matches!(*c, "report" | "estimate" | "forecast"))?;
    let opens = ["a", "an", "the", "its", "his", "her", "their"].iter().any(|w| tk.is_word(a, w))
        || tk.possessive(a);
    let noun = opens
        && b > a
        && tk.list.get(b + 1).is_some_and(|t| t.word)
        && tk.is_word(b + 1, cue)
        && !speakers::looks_plural(tk.str(b))
        && !tk.has(b, lexicon::flag::FUNCTION_WORD);
    noun.then_some((a, b + 1))
}

/// A firm's name of partners' names set off by commas, when the speaker
/// phrase `(a, b)` is one part of it: "Kidder" in "said lead manager
/// Kidder, Peabody and Co Inc", "Roebuck and Co" in "Analysts who follow
/// Sears, Roebuck and Co said". Its last part is "and" or "&" with names,
/// and ends in a company's suffix or before a verb that credits it
/// ("Woodhouse, Drake and Carey said").
fn firm_with_commas(tk: &Tokens, (a, b): phrases::TokenRange) -> Option<phrases::TokenRange> {
    let comma = |k: usize| tk.list.get(k).is_some_and(|t| !t.word) && tk.is(k, ',');
    // (The cheap tests first: most speakers have no comma beside them,
    // and no "and" near.)
    let before = a >= 2 && comma(a - 1) && tk.capitalized(a - 2);
    let after = comma(b + 1) && tk.capitalized(b + 2);
    let and_near =
        || (a..(b + 8).min(tk.list.len())).any(|k| tk.is_word(k, "and") || tk.is(k, '&'));
    if !((before || after) && and_near()) {
        return None;
    }
    // (A partner's name: a capitalised word no list knows as anything
    // else, not "However", "Monday", "Britain" or "Trade".)
    let partner = |k: usize| {
        tk.list.get(k).is_some_and(|t| t.word && !t.quoted)
            && tk.capitalized(k)
            && !tk.has(
                k,
                lexicon::flag::FUNCTION_WORD
                    | lexicon::flag::TITLE_WORD
                    | lexicon::flag::ROLE_NOUN
                    | lexicon::flag::DETERMINER,
            )
            && !countries::is_country_name(tk.str(k))
            && !countries::is_country_adjective(tk.str(k))
            && !speakers::institution_word(&tk.str(k).to_lowercase())
            && !phrases::month(tk, k)
            && !tk.str(k).ends_with("wards")
            && tk.str(k).len() > 1
            && !tk.str(k).contains('-')
    };
    let suffix = |k: usize| {
        k < tk.list.len() && lexicon::company_suffix(tk.str(k))
            || ["Co", "Securities", "Sons", "Partners", "Associates"]
                .iter()
                .any(|w| tk.is_word(k, w))
    };
    let and = |k: usize| tk.is_word(k, "and") || tk.is(k, '&');
    // The mention itself ends in partners' names, perhaps "and" and a
    // suffix, after what the firm is ("lead manager Kidder").
    let named = (a..=b).all(|k| partner(k) || and(k) || suffix(k));
    if !(partner(b) || suffix(b))
        || (!named
            && !(a..b).any(|k| tk.has(k, lexicon::flag::TITLE_WORD | lexicon::flag::ROLE_NOUN)))
    {
        return None;
    }
    let mut first = a;
    while named && first >= 2 && comma(first - 1) && partner(first - 2) {
        first -= 2;
        // (A partner's name may be of two words, "Smith Barney, Harris
        // Upham and Co", not of more: "Chemetron Railway Products, True
        // Temper Railway Appliances Inc and Allegheny Axle Co" is a list.)
        if first >= 1 && partner(first - 1) {
            if first >= 2 && partner(first - 2) {
                return None;
            }
            first -= 1;
            break;
        }
    }
    // (Forward only from a partner's name of one word, or of two no given
    // name opens ("Smith Barney, Harris Upham and Co Inc said"): not
    // "Timothy Pettee, Bear Stearns and Co".)
    let one_word = partner(b)
        && !(b > a + 1 && partner(b - 1) && partner(b - 2))
        && !(b > a && partner(b - 1) && given_names::gender_of(tk.str(b - 1)).is_some())
        && given_names::gender_of(tk.str(b)).is_none();
    let mut last = b;
    while one_word && comma(last + 1) && partner(last + 2) {
        last += 2;
        while partner(last + 1)
            || suffix(last + 1)
            || (and(last + 1) && (partner(last + 2) || suffix(last + 2)))
        {
            last += 1;
        }
    }
    if first == a && last == b {
        return None;
    }
    // (The last part after "and"; the name ends in a company's suffix, or
    // right before the verb that credits it.)
    let last_comma = (first..=last).rev().find(|&k| comma(k))?;
    let joined = (last_comma..=last).any(and);
    let credited = phrases::cue_at(tk, last + 1).is_some();
    (joined && (suffix(last) || credited)).then_some((first, last))
}

/// The subject of the sentence, when the speaker phrase `(a, b)` is no
/// subject but opens a second verb after "and" or "but": "most" before an
/// adverb, or "do" ("…, and most recently defended …", "…, but do expect
/// Citicorp to be …").
fn second_verbs_subject(tk: &Tokens, (a, b): phrases::TokenRange) -> Option<phrases::TokenRange> {
    // (The length first: most phrases are longer, or a name.)
    if b > a + 1 || a == 0 {
        return None;
    }
    let no_subject = if a == b {
        tk.has(a, lexicon::flag::VERB_FILLER)
            && ["do", "does", "did"].iter().any(|w| tk.is_word(a, w))
    } else {
        phrases::ends_in_ly(tk, b) && !tk.capitalized(b) && tk.is_word(a, "most")
    };
    if !(no_subject && (tk.is_word(a - 1, "and") || tk.is_word(a - 1, "but"))) {
        return None;
    }
    phrases::sentence_subject(tk, phrases::sentence_start(tk, a), a - 1).filter(|s| s.1 < a - 1)
}

/// Words that open a time or a place between a subject's auxiliary and its
/// verb ("has over recent months announced").
const TIME_OR_PLACE: [&str; 10] =
    ["in", "over", "at", "on", "since", "during", "through", "throughout", "among", "within"];

/// In the speaker phrase `(a, b)` read back from a cue, a subject's
/// auxiliary and the first word after it that is no adverb (none when only
/// adverbs follow): "Pretoria has raided", "Italy has over recent months".
/// Only after a word that opens a clause of its own ("Trump's tactics were
/// apparent this week when court filings revealed …"), and not in a phrase
/// with a relative clause, an aside or a verb joined to the cue ("Kasich
/// (who has 25 delegates to date) said", "did not name or describe"), nor
/// one that ends in a name, whose verb the cue is.
fn auxiliary_in_phrase(tk: &Tokens, (a, b): phrases::TokenRange) -> Option<(usize, Option<usize>)> {
    const BETWEEN: [&str; 5] = ["be", "been", "being", "well", "ever"];
    // (The flag first: most phrases hold no auxiliary, and are read no
    // further.)
    let auxiliary = |k: usize| {
        tk.has(k, lexicon::flag::VERB_FILLER) && !tk.capitalized(k) && phrases::auxiliary_at(tk, k)
    };
    let first = (a..=b).find(|&k| auxiliary(k))?;
    let a = (a..b)
        .rev()
        .find(|&k| CLAUSE_OPENERS.iter().any(|w| tk.is_word(k, w)))
        .map_or(a, |k| k + 1);
    if b > a && tk.capitalized(b) {
        return None;
    }
    let k = if first >= a { first } else { (a..=b).find(|&k| auxiliary(k))? };
    let aside = |m: usize| {
        tk.is(m, '(')
            || ["who", "which", "that", "whose", "and", "or", "but"]
                .iter()
                .any(|w| tk.is_word(m, w))
    };
    if (a..=b).any(aside) {
        return None;
    }
    let after = (k + 1..=b)
        .find(|&m| !(phrases::verb_filler(tk, m) || BETWEEN.iter().any(|w| tk.is_word(m, w))));
    Some((k, after))
}

/// Whether the speaker phrase `(a, b)` read back from a cue is a clause of
/// its own, an auxiliary and a word after it, whose verb is not the cue:
/// "Pretoria has raided alleged ANC bases", "The Commission has sharply
/// revised down expected growth".
fn clause_as_phrase(tk: &Tokens, range: phrases::TokenRange) -> bool {
    auxiliary_in_phrase(tk, range)
        .and_then(|(_, after)| after)
        .is_some_and(|m| tk.list[m].word && !TIME_OR_PLACE.iter().any(|w| tk.is_word(m, w)))
}

/// The author of the text the speaker phrase `(a, b)` names, when a
/// participle after it reports what it says: "the Trump campaign issued a
/// statement saying …" is the campaign's, not "a statement"'s. (A relative
/// clause is the text's own: "issued a statement that said …".)
fn issuer_of_text(tk: &Tokens, (a, b): phrases::TokenRange) -> Option<phrases::TokenRange> {
    // (Or one of the reports and surveys a body puts out: "a review
    // saying …".)
    let text_noun = attribution::issued_text(tk, (a, b))
        || (b == a + 1
            && ["a", "an"].iter().any(|w| tk.is_word(a, w))
            && ["review", "survey"].iter().any(|w| tk.is_word(b, w)));
    let participle =
        tk.list.get(b + 1).is_some_and(|t| t.word) && tk.bytes(b + 1).ends_with(b"ing");
    if !text_noun || !participle || a < 2 {
        return None;
    }
    attribution::text_author(tk, phrases::sentence_start(tk, a), a)
}

/// The relative pronoun after a speaker phrase ending at token `end` when it
/// is the reporting verb's subject ("Donald Trump, who suggested …",
/// "leaders who say …"): the mention that attributes the statement runs to
/// it, while the name stays the phrase's.
fn relative_subject(tk: &Tokens, end: usize) -> Option<usize> {
    let rel = if end + 1 < tk.list.len() && tk.is(end + 1, ',') { end + 2 } else { end + 1 };
    if !["who", "which", "that"].iter().any(|w| tk.is_word(rel, w)) {
        return None;
    }
    let verb = phrases::verb_after_fillers(tk, rel + 1)?;
    tk.has(verb, lexicon::flag::CUE).then_some(rel)
}

/// Whether the word before the quotation opening at byte `open` introduces
/// the name of a work: a possessive ("ABC's"), "titled", "on", "in", a kind
/// of work ("the show"), or "called" after one ("a class called").
fn names_a_work(tk: &Tokens, open: usize) -> bool {
    const WORKS: [&str; 16] = [
        "show",
        "ad",
        "memoir",
        "book",
        "film",
        "movie",
        "program",
        "programme",
        "documentary",
        "album",
        "song",
        "play",
        "series",
        "column",
        "novel",
        "class",
    ];
    // Who makes one: "the author of “Destiny and Power,”".
    const MAKERS: [&str; 8] =
        ["author", "authors", "co-author", "editor", "writer", "creator", "director", "producer"];
    let k = tk.at_or_after(open);
    let work = |i: usize| WORKS.iter().any(|w| tk.is_word(i, w));
    // (Or its apposition: `One ad, "Balanced Rebellion," stars …`.)
    let apposition = k > 1 && tk.is(k - 1, ',') && work(k - 2);
    k > 0
        && (apposition
            || tk.list[k - 1].word && {
                tk.possessive(k - 1)
                    || ["titled", "entitled", "on", "in"].iter().any(|t| tk.is_word(k - 1, t))
                    || work(k - 1)
                    || (k > 1
                        && ["called", "named"].iter().any(|t| tk.is_word(k - 1, t))
                        && work(k - 2))
                    || (k > 1
                        && tk.is_word(k - 1, "of")
                        && MAKERS.iter().any(|m| tk.is_word(k - 2, m)))
            })
}

/// Whether the quotation opening at byte `open` follows the verb `cue`
/// with nothing but a comma or colon between them.
fn right_after_verb(tk: &Tokens, cue: usize, open: usize) -> bool {
    let next = tk.at_or_after(open);
    next == cue + 1 || (next == cue + 2 && (tk.is(cue + 1, ',') || tk.is(cue + 1, ':')))
}

/// Whether the credit `a` stands right after the quotation from `first` to
/// `last` (a comma between them at most) or right before it.
fn credit_touches(
    tk: &Tokens,
    a: &Attribution,
    first: &quotes::Quotation,
    last: &quotes::Quotation,
) -> bool {
    let start = a.cue_token.map_or(a.speaker.0, |c| c.min(a.speaker.0));
    let after = tk.at_or_after(last.end());
    let before = tk.at_or_after(first.open());
    (start >= after && start <= after + 1) || (a.last < before && a.last + 2 >= before)
}

/// Whether the writer's own words go on from the quotation `last` to its
/// credit `a` after it, a comma closing them: `"Boots on the ground" would
/// be appropriate, Carson said`, not `"Absolutely," he said`.
fn writer_goes_on(tk: &Tokens, last: &quotes::Quotation, a: &Attribution) -> bool {
    let from = tk.at_or_after(last.end());
    let credit = a.cue_token.map_or(a.speaker.0, |c| c.min(a.speaker.0));
    // (Not a role or a name before the name: `"…," the White House press
    // secretary, Josh Earnest, said`, `"…," hunt master, Captain Ian
    // Farquhar, said`, `"…," state Senate leader Phil Berger and House
    // Speaker Tim Moore, both Republicans, said`.)
    let apposition =
        a.cue_token.is_some_and(|c| c == a.speaker.1 + 2 && tk.is(a.speaker.1 + 1, ','));
    let role = |comma: usize| {
        apposition
            || tk.has(from, lexicon::flag::DETERMINER)
            || (!tk.has(from, lexicon::flag::FUNCTION_WORD) && tk.capitalized(comma - 1))
            || phrases::phrase_after(tk, from, comma) == Some((from, comma - 1))
    };
    // (Nor after a quotation that ended its sentence: `"…." The union will
    // sit out the election, Phil Smith told POLITICO`.)
    let ended =
        last.parts.last().is_some_and(|p| tk.text[p.content.clone()].ends_with(['.', '!', '?']));
    !ended
        && (from + 1..credit).find(|&k| tk.is(k, ',')).is_some_and(|comma| {
            (from..comma).any(|m| tk.list[m].word && !tk.list[m].quoted) && !role(comma)
        })
}

/// Whether the words from token `k` open with a clause's subject pronoun
/// ("we worked hard …", "nothing will change …"), so that a quotation
/// opening there is a sentence.
fn opens_with_subject(tk: &Tokens, k: usize) -> bool {
    const INDEFINITE: [&str; 5] = ["you", "nothing", "nobody", "everyone", "everybody"];
    let mut buf = [0u8; 32];
    tk.list.get(k).is_some_and(|t| t.word) && {
        let w = tk.lower(k, &mut buf);
        reported::SUBJECT_PRONOUNS.contains(&w) || INDEFINITE.contains(&w)
    }
}

/// Whether the quotation opening at byte `open` follows a dash or an
/// opening parenthesis.
fn set_off(tk: &Tokens, open: usize) -> bool {
    let k = tk.at_or_after(open);
    k > 0 && (phrases::dash(tk, k - 1) || tk.is(k - 1, '('))
}

/// Whether the quotation opening at byte `open` opens its paragraph.
fn opens_paragraph(tk: &Tokens, open: usize) -> bool {
    let k = tk.at_or_after(open);
    k == 0 || tk.list.get(k).is_none_or(|t| tk.list[k - 1].paragraph != t.paragraph)
}

/// Whether the words from token `k` open their sentence, after one
/// connective at most ("But, he said, …", not "An economic downturn, he
/// said, …").
fn opens_sentence(tk: &Tokens, k: usize) -> bool {
    (phrases::sentence_start(tk, k)..k).filter(|&m| tk.list[m].word).count() <= 1
}

/// Whether the quotation `q` ends its sentence: its words end with a full
/// stop, question or exclamation mark, or a sentence end or a new paragraph
/// follows its closing mark.
fn ends_sentence_after(tk: &Tokens, text: &str, q: &quotes::Quotation) -> bool {
    let inside = q.spans().last().map_or("", |r| &text[r.clone()]);
    if inside.trim_end().ends_with(['.', '?', '!']) {
        return true;
    }
    let k = tk.at_or_after(q.end());
    k >= tk.list.len() || tk.list[k].paragraph != q.last_paragraph() as u32 || tk.ends_sentence(k)
}

/// Whether `words` read as the title of a work: at most six words, every
/// one capitalised but short joining words ("Orange is the New Black").
fn looks_like_title(words: &str) -> bool {
    const JOINING: [&str; 10] = ["a", "an", "the", "of", "and", "in", "on", "is", "for", "to"];
    // (A subtitle after a colon makes a longer title: "13 Hours: The
    // Secret Soldiers of Benghazi", "Crippled America: How to Make America
    // Great Again", "Yuge!: 30 Years of …".)
    let subtitle = words.trim_end().trim_end_matches([',', '.', ':']).contains(": ");
    let most = if subtitle { 10 } else { 6 };
    let mut n = 0;
    let titled = words
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(most + 1)
        .all(|w| {
            n += 1;
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
                || (n > 1 && JOINING.contains(&w))
        });
    titled && (1..=most).contains(&n)
}

/// A described speaker on one line, without the "today" or "here" the
/// phrase ran on to: "traders here said" is traders, and "company\nofficials"
/// the same speaker as "company officials".
fn without_when_or_where(mut name: String) -> String {
    const TRAILING: [&str; 5] = ["today", "yesterday", "tonight", "here", "there"];
    if name.contains(|c: char| c.is_whitespace() && c != ' ') || name.contains("  ") {
        name = crate::text::single_spaced(&name);
    }
    // (Not the paper "USA Today".)
    while let Some((rest, last)) = name.rsplit_once(char::is_whitespace)
        && TRAILING.iter().any(|w| last.eq_ignore_ascii_case(w))
        && !(rest.ends_with("USA") && last.starts_with('T'))
    {
        name.truncate(rest.trim_end().len());
    }
    name
}

/// Where [`it_subject`] reads the subject "it" stands for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ItFrom {
    /// Its own sentence, else the sentence before when "it" opens its own.
    Own,
    /// The sentence before the quotation "it" credits.
    Quotation,
    /// The sentence before the words "it" credits after a comma ("…, it
    /// said").
    Words,
}

/// The name "it" at token `it` stands for, and its person when it is one of
/// the people named: the subject of its sentence before it, or of the
/// sentence before when "it" opens its own, when that subject is no person
/// ("Boeing", "the study").
fn it_subject(
    tk: &Tokens,
    people: &People,
    it: usize,
    from: ItFrom,
) -> Option<(String, Option<usize>, usize)> {
    let s = phrases::sentence_start(tk, it);
    let own = phrases::sentence_subject(tk, s, it).filter(|p| p.1 < it);
    // ("While Poland is unlikely to seek compensation, it says …": after a
    // clause a subordinator opens, the subject it names.)
    let opened = || {
        let sub = (s + 1 < it
            && tk.is(it - 1, ',')
            && ["while", "although", "though", "because", "since", "as", "if"]
                .iter()
                .any(|w| tk.is_word(s, w)))
        .then(|| phrases::phrase_after(tk, s + 1, it - 1))
        .flatten()?;
        phrases::auxiliary_at(tk, sub.1 + 1).then_some(sub)
    };
    let own = own.or_else(opened);
    let before = match (own, from) {
        (Some(p), ItFrom::Own) => return it_named(tk, people, p, it, true),
        (Some(_), ItFrom::Quotation) => return None,
        // (A credit after the words it reports: in "The company is trying
        // …. Software piracy has cost the company billions, it says."
        // piracy says nothing.)
        // (Closing the sentence: not "… because, it said, it had …".)
        (Some(_), ItFrom::Words)
            if !(it > s + 1
                && tk.is(it - 1, ',')
                && (it + 1..it + 6)
                    .find(|&k| !tk.list.get(k).is_some_and(|t| t.word))
                    .is_some_and(|k| tk.sentence_over(k))) =>
        {
            return None;
        }
        _ => s.checked_sub(1)?,
    };
    // ("The company cut its dividend. “…,” it said.": the sentence
    // before the quotation that "it" credits, when the quotation
    // opens a sentence of its own.)
    let before = if from == ItFrom::Quotation {
        if !tk.list[before].quoted {
            return None;
        }
        let open = (0..before).rev().find(|&k| !tk.list[k].quoted).map_or(0, |k| k + 1);
        let before = open.checked_sub(1)?;
        if tk.list[before].paragraph == tk.list[open].paragraph && !tk.ends_sentence(before) {
            return None;
        }
        before
    } else {
        before
    };
    it_named(tk, people, subject_of_sentence_ending(tk, before)?, it, own.is_some())
}

/// The name the subject `subject` gives "it" at token `it`, and its person
/// when it is one of the people named (`own`: whether the pronoun's own
/// sentence has a subject).
fn it_named(
    tk: &Tokens,
    people: &People,
    subject: phrases::TokenRange,
    it: usize,
    own: bool,
) -> Option<(String, Option<usize>, usize)> {
    // ("Shares in American Express surged … after it said …": whose shares
    // they are.)
    let shares = ["shares", "stock"].iter().any(|w| tk.str(subject.0).eq_ignore_ascii_case(w))
        && ["in", "of"].iter().any(|w| tk.is_word(subject.0 + 1, w));
    // (The last run of capitals before the verb, past what the business
    // is: "Shares in Australian budget airline Virgin Blue plunged …".)
    let subject = if shares {
        let from = subject.0 + 2;
        let last = (from..it.min(from + 8))
            .take_while(|&k| {
                tk.list[k].word
                    && !tk.list[k].quoted
                    && !tk.has(k, lexicon::flag::FUNCTION_WORD)
                    // (A capital's cue is a name's word: "American Express".)
                    && (tk.capitalized(k) || !tk.has(k, lexicon::flag::CUE))
            })
            .filter(|&k| tk.capitalized(k))
            .last()?;
        let first = (from..=last).rev().take_while(|&k| tk.capitalized(k)).last()?;
        (first, last)
    } else {
        subject
    };
    // ("Maize plantings would be down …", "The Italian treasury will …": a
    // name that describes the noun after it, the subject's head, is not what
    // "it" stands for.)
    let after = subject.1 + 1;
    // (Nor the first of words "and" joins: "The news and financial data
    // seller said …. It added …" is no "news".)
    // (A name's "and" goes on in capitals: "Port Authority of New York and
    // New Jersey".)
    if tk.is_word(after, "and")
        && tk.list.get(after + 1).is_some_and(|t| t.word)
        && !tk.capitalized(after + 1)
    {
        return None;
    }
    if after + 1 < tk.list.len()
        && tk.list[after].word
        && !tk.capitalized(after)
        && !tk.has(after, lexicon::flag::FUNCTION_WORD | lexicon::flag::CUE | lexicon::flag::VERB_FILLER)
        && !phrases::auxiliary_at(tk, after)
        && !tk.bytes(after).ends_with(b"ed")
        // ("Italy itself has made it clear": a country is one.)
        && !tk.is_word(after, "itself")
        && !phrases::ends_in_ly(tk, after)
        && !speakers::country_of_words(&tk.text[tk.span(subject.0, subject.1)])
        && (phrases::verb_after(tk, after) || phrases::auxiliary_at(tk, after + 1))
    {
        return None;
    }
    // (A name mentioned once, at a sentence's start, may be no name at all:
    // "Shares fell …", "Tightly packed populations …". A country's of two
    // words is one: "South Korea unveiled the plan …. It said …".)
    let name = match people.referent(tk, subject, tk.list[subject.0].start) {
        // (When "it" opens its sentence: in "the United States would not
        // … until it agrees …" it is someone else.)
        Referent::Person(p) if !own && speakers::country_of_words(people.name(p)) => {
            (people.name(p).to_string(), Some(p))
        }
        Referent::Person(p)
            if speakers::person_can_be_it(people, p)
                && (people.mentions_of(p) > 1 || speakers::names_institution(people.name(p))) =>
        {
            (people.name(p).to_string(), Some(p))
        }
        // (A business whose shares they are, by any name of capitals.)
        Referent::Described(d) if shares && d.starts_with(char::is_uppercase) => (d, None),
        Referent::Person(p) if shares && people.may_be_thing(Some(p)) => {
            (people.name(p).to_string(), Some(p))
        }
        // (A word of one capital only when it is capitalised inside a
        // sentence too, as names are: not "Shares", "Tightly", "Higher".)
        Referent::Described(d)
            if speakers::described_can_be_it(&d)
                && (d.contains(' ')
                    || !d.starts_with(char::is_uppercase)
                    || capitalised_inside_a_sentence(tk, &d)) =>
        {
            (d, None)
        }
        _ => return None,
    };
    Some((name.0, name.1, tk.list[subject.0].start))
}

/// Whether the speaker mention `range` is one person who speaks for an
/// institution ("a spokesman for the UK Film Council"), whom a later "he"
/// or "she" stands for, whatever the institution's name.
fn speaks_for(tk: &Tokens, (a, b): phrases::TokenRange) -> bool {
    // (The head noun, before where the source works: not "official
    // figures".)
    let head = (a..=b)
        .take_while(|&k| {
            !["for", "of", "at", "from", "with", "in"].iter().any(|w| tk.is_word(k, w))
        })
        .filter(|&k| tk.list[k].word)
        .last();
    head.is_some_and(|k| {
        let mut buf = [0u8; 32];
        speakers::SOURCES.contains(&tk.lower(k, &mut buf))
    })
}

/// Whether the word `w` stands somewhere in the text, capitalised, after
/// another word of its sentence.
fn capitalised_inside_a_sentence(tk: &Tokens, w: &str) -> bool {
    (1..tk.list.len()).any(|k| tk.str(k) == w && tk.list[k - 1].word)
}

/// Where the latest statement in the text ends, its clause included (0
/// before any): a pronoun's subject is looked for after it.
fn latest_text_end(out: &[Statement]) -> usize {
    out.iter()
        .rev()
        .find(|s| s.field == Field::Text)
        .map_or(0, |s| s.spans.iter().chain(&s.clause).map(|r| r.end).max().unwrap_or(0))
}

/// Whether the verb at token `cue` goes on from the credit `credit` in its
/// sentence as a participle ("adding", "describing") or in a relative
/// clause about its speaker ("who describes"): the credit's speaker says
/// it.
fn credit_goes_on(tk: &Tokens, credit: &Attribution, cue: Option<usize>) -> bool {
    let Some((c, said)) = cue.zip(credit.cue_token) else { return false };
    c > credit.last
        && c > said
        && c - credit.last <= 30
        && (credit.last..c).all(|k| !tk.ends_sentence(k) && !tk.list[k].quoted)
        && (tk.bytes(c).ends_with(b"ing")
            || (c > 1 && tk.is_word(c - 1, "who") && tk.is(c - 2, ',')))
}

/// Whether quotation `q` continues `prev` in the same paragraph: nothing
/// but space between them, or only `prev`'s own attribution (`"A," he
/// said, "B."`).
fn joins_previous(
    tk: &Tokens,
    text: &str,
    prev: &quotes::Quotation,
    q: &quotes::Quotation,
    prev_after: Option<&Attribution>,
) -> bool {
    let gap = text.get(prev.end()..q.open()).unwrap_or("");
    if gap.trim().is_empty() {
        return true;
    }
    let Some(a) = prev_after.filter(|a| a.joins) else { return false };
    // A colon introduces a quotation of its own (`… a deal “down the
    // line” he warned: “It's not …”`).
    if gap.trim_end().ends_with(':') {
        return false;
    }
    // A quotation that ends its sentence with a full stop is over: a credit
    // opening the next sentence belongs to what follows it (`… because
    // “men should not …” Cruz says, “That is …”`).
    let first = tk.at_or_after(prev.end());
    let finished = prev.parts.last().is_some_and(|p| text[p.content.clone()].ends_with('.'));
    if finished && first < tk.list.len() && tk.capitalized(first) {
        return false;
    }
    let from = a.last + 1;
    let to = tk.at_or_after(q.open());
    if to < from || to - from > 50 {
        return false;
    }
    // (Nothing between the credit's verb and the next quotation: what the
    // verb takes, as whom someone told, `… told "Fox and Friends" after
    // …`.)
    if to == from
        && a.cue_token == Some(a.last)
        && ["told", "tell", "tells"].iter().any(|w| tk.is_word(a.last, w))
    {
        return false;
    }
    // A quotation right after a word is part of the writer's sentence that
    // goes on past the credit (`"…," said Ekovich, who noted that prices
    // had "cratered"`, `"…," she said, adding that it "…"`), not more of
    // the first.
    // (An abbreviation's full stop ends the credit: "said Kevin Murphy of
    // Morgan Stanley and Co. “…”".)
    if to > from && tk.list[to - 1].word && !tk.bytes(to - 1).ends_with(b".") {
        return false;
    }
    // Another reporting verb right before the next quotation introduces it
    // instead (`"…," Cruz said as the heckler yelled: "…"`).
    // (`"…," Blige sings to Clinton before asking her, "…"`.)
    // (Not one that reports a clause of its own first: `“…,” Thiel wrote
    // in a statement explaining why he is speaking, “but …”`.)
    let introduced = to >= from + 2
        && (tk.is(to - 1, ':') || tk.is(to - 1, ','))
        && (from..to - 1).any(|k| {
            phrases::cue_at(tk, k).is_some()
                && !["why", "what", "how", "whether"].iter().any(|w| tk.is_word(k + 1, w))
        });
    // A verb that reports a clause of its own introduces the next quotation
    // (`… of “leading from behind” and Trump says he is “losing …”`).
    let own_clause = to > from + 1 && phrases::opens_own_clause(tk, from);
    if own_clause {
        return false;
    }
    // The rest of the attribution's sentence may say where and when
    // ("… told the Journal in July, after de Blasio stated …"); a full stop
    // inside parentheses ("(D-Pa.)") does not end it.
    !introduced
        && (from..to).all(|k| {
            let t = &tk.list[k];
            let ends = tk.ends_sentence(k) && !(k + 1 < to && tk.is(k + 1, ')'));
            // (Closing marks of a work's name may follow it: `… said on
            // NBC's "Meet the Press." "…"`.)
            !t.quoted
                && (!ends || (k + 1..to).all(|m| !tk.list[m].word && phrases::closing_mark(tk, m)))
        })
}

/// The name of the company a newswire's title names by its ticker ("LTV
/// <QLTV> TO MAKE …", "P.H. GLATFELTER CO <GLP> INCREASES DIVIDEND"), as
/// the text `tk` spells it, with the suffix that follows it there
/// ("Liberty Financial Group Inc" for "LIBERTY FINANCIAL <LFG>").
fn ticker_name(title: &Tokens, tk: &Tokens) -> Option<String> {
    let open = (0..title.list.len()).find(|&k| title.is(k, '<'))?;
    let words: Vec<usize> = (0..open).filter(|&k| title.list[k].word).collect();
    let (&first, rest) = words.split_first()?;
    // (Every word of the title before the ticker: not "TALKING POINT/GENCORP".)
    let same = |a: usize, b: usize| {
        let (x, y) = (title.str(a), tk.str(b));
        let x = x.strip_suffix("'S").or_else(|| x.strip_suffix("’S")).unwrap_or(x);
        x.eq_ignore_ascii_case(y)
    };
    let found = (0..tk.list.len()).find_map(|k| {
        if !tk.list[k].word || tk.list[k].quoted || !same(first, k) || !tk.capitalized(k) {
            return None;
        }
        let mut m = k;
        for &w in rest {
            m += 1;
            while m < tk.list.len() && matches!(tk.str(m), "." | "&" | "-") {
                m += 1;
            }
            // (A name's words: not "Options on Viacom" for "OPTIONS ON
            // VIACOM <VIA>".)
            let link = ["and", "of"].iter().any(|l| tk.is_word(m, l));
            if m >= tk.list.len() || !same(w, m) || !(tk.capitalized(m) || link) {
                return None;
            }
        }
        Some((k, m))
    })?;
    let (start, mut end) = found;
    // (On to a word that ends a firm's name, past capitals and "and": "SUN
    // <SUN>" is "Sun Co's …", "FIRESTONE <FIR>" "Firestone Tire and Rubber
    // Co"; not past what someone is, "Hilton Hotels chairman …".)
    let ender = |w: &str| {
        lexicon::COMPANY_SUFFIXES.contains(&w)
            || matches!(w, "Bank" | "Group" | "Bancorp" | "Company" | "Corporation" | "Cos")
    };
    let mut possessive = tk.possessive(end);
    let mut m = end + 1;
    while !possessive && m < tk.list.len() && m <= end + 5 {
        let t = &tk.list[m];
        if !t.word || t.quoted || !(tk.capitalized(m) || tk.is_word(m, "and")) {
            break;
        }
        if ender(speakers::bare(tk.str(m))) {
            end = m;
            possessive = tk.possessive(m);
        }
        m += 1;
    }
    let name = &tk.text[tk.span(start, end)];
    let name = if possessive { speakers::bare(name) } else { name };
    // (One line: "Rocky Mount\nUndergarment Co Inc".)
    Some(name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The company a newswire's title names in capitals before its ticker, as
/// running text would case it, for a text that never spells it (an
/// earnings table's "NOTE: Company said …"): "WHITTAKER CORP <WKR> 1ST QTR
/// JAN 31 NET" is Whittaker Corp, "<NEXT PLC> <NEXL.L> …" Next PLC. Only a
/// name that ends in a company's suffix, which makes it a firm's.
fn firm_of_title(title: &Tokens) -> Option<String> {
    let open = (0..title.list.len()).find(|&k| title.is(k, '<'))?;
    let (from, to) =
        if open == 0 { (1, (1..title.list.len()).find(|&k| title.is(k, '>'))?) } else { (0, open) };
    if to <= from {
        return None;
    }
    let span = &title.text[title.span(from, to - 1)];
    let words: Vec<&str> = span.split_whitespace().collect();
    // (A suffix as the suffix list writes it: "CORP" is "Corp".)
    let suffix = |w: &str| {
        let w = w.trim_end_matches('.');
        lexicon::COMPANY_SUFFIXES.iter().find(|s| s.eq_ignore_ascii_case(w))
    };
    if !(2..=6).contains(&words.len())
        || suffix(words.last()?).is_none()
        || span.chars().any(char::is_lowercase)
    {
        return None;
    }
    let cased = |n: usize, w: &str| -> String {
        // (A suffix as the suffix list writes it; a word with a vowel as a
        // word, "WHITTAKER"; other letters as written, "N.C.", "NCNB".)
        if n > 0 && matches!(w, "AND" | "OF" | "THE" | "FOR") {
            return w.to_lowercase();
        }
        let vowel = w.bytes().any(|b| b"AEIOUY".contains(&b));
        let letters =
            w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"'-&".contains(&b));
        if let Some(s) = suffix(w) {
            return s.to_string();
        }
        if !(vowel && letters && w.len() >= 2) {
            return w.to_string();
        }
        // (The first letter stays a capital, after any digits: "3Com".)
        let first = w.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(0);
        let (head, rest) = w.split_at(first + 1);
        format!("{head}{}", rest.to_lowercase())
    };
    Some(words.iter().enumerate().map(|(n, w)| cased(n, w)).collect::<Vec<_>>().join(" "))
}

/// Texts that speak for whoever wrote them: "the statement said".
const TEXTS: [&str; 7] =
    ["statement", "report", "review", "study", "survey", "letter", "communique"];

/// For "the statement" (or "the report", … — `text`, one of [`TEXTS`]),
/// the speaker of one of the last few statements in `out` who said
/// something in one ("…, the Foreign Ministry said in a statement. The
/// statement added …", "…, it said in an annual review of the French
/// economy. The report said …") or by one ("a statement from the Ministry
/// of Finance said"). A statement is anyone's; another text only a body's,
/// for whom "it" after it may stand as for the text ("the U.S. Agriculture
/// Department's officer in Peking said in a field report. …, it said" is
/// left to the report).
fn said_in_text<'o>(tk: &Tokens, out: &'o [Statement], text: &str) -> Option<&'o str> {
    if !TEXTS.contains(&text) {
        return None;
    }
    out.iter().rev().take(4).find_map(|s| {
        let r = s.speaker_span.as_ref().filter(|_| s.field == Field::Text)?;
        let mention = tk.text.get(r.clone())?;
        let mut end = (r.end + 48).min(tk.text.len());
        while !tk.text.is_char_boundary(end) {
            end += 1;
        }
        let after = format!(
            " {}",
            tk.text.get(r.end..end)?.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        // (Said in one: "said in an annual review of …", "said in a field
        // report".)
        let in_one = [" in a ", " in an ", " in its ", " in the "].iter().any(|p| {
            after.find(p).is_some_and(|at| {
                let rest = &after[at + p.len()..];
                TEXTS
                    .iter()
                    .any(|t| rest.find(t).is_some_and(|k| rest[..k].split(' ').count() <= 3))
            })
        });
        // (Or in one that opens the sentence: "In a statement following a
        // meeting of the ministers, they said …. The statement said …".)
        let opened_in_one = || {
            let k = tk.at_or_after(r.start);
            let s_at = phrases::sentence_start(tk, k);
            k < tk.list.len()
                && tk.is_word(s_at, "in")
                && (s_at + 1..(s_at + 5).min(k)).any(|m| TEXTS.iter().any(|t| tk.is_word(m, t)))
        };
        let in_one = in_one || opened_in_one();
        // (Or by one: "a statement from the Ministry of Finance", "The
        // report said" after one of these.)
        let by_one = mention.split_once(' ').is_some_and(|(article, rest)| {
            matches!(article, "a" | "A" | "the" | "The")
                && TEXTS.iter().any(|t| rest == *t || rest.starts_with(&format!("{t} ")))
        });
        // (A name, not what a description says: "a report on the industry",
        // "a survey of 1,300 bosses".)
        let name = s.speaker.as_deref()?;
        let named = !TEXTS.iter().any(|t| name.contains(t))
            && (text == "statement"
                || (name.starts_with(char::is_uppercase) && speakers::described_can_be_it(name)));
        ((in_one || by_one) && named).then_some(name)
    })
}

/// The name the text spells `short` out as, before it in parentheses:
/// "the European Commission (EC)" gives "European Commission" for "EC".
fn spelled_out(text: &str, short: &str) -> Option<String> {
    let at = memchr::memmem::find(text.as_bytes(), format!(" ({short})").as_bytes())?;
    // (Not its possessive: "the Australian Wheat Board's (AWB) …".)
    let words = speakers::bare(&text[..at]);
    let words = words.trim_end_matches(['\'', '’', ',']);
    let before: Vec<&str> = words.rsplit(char::is_whitespace).take(9).collect();
    (2..before.len()).find_map(|n| {
        let words: Vec<&str> = before[..n].iter().rev().copied().collect();
        let name = words.join(" ");
        (words[0].starts_with(|c: char| c.is_ascii_uppercase())
            && speakers::letters_of(short, &name))
        .then_some(name)
    })
}

/// `name` without a word before it that says where it is from or who owns
/// it ("Calgary-based Dome", "state-owned Air Canada", "French-controlled
/// Schlumberger"), when a name follows; none when it has none. ("A
/// Houston-based company" stays a description.)
fn without_where_from(name: &str) -> Option<&str> {
    const HOW: [&str; 9] = [
        "based",
        "born",
        "owned",
        "controlled",
        "listed",
        "headquartered",
        "run",
        "backed",
        "funded",
    ];
    // (Bytes first: every speaker's name asks.)
    let space = memchr::memchr(b' ', name.as_bytes())?;
    let (first, rest) = (&name[..space], &name[space + 1..]);
    let (_, how) = first.rsplit_once('-')?;
    (HOW.iter().any(|h| how.eq_ignore_ascii_case(h)) && rest.starts_with(char::is_uppercase))
        .then_some(rest)
}

/// Whether the cue `cue` after the speaker phrase `(_, b)` is negated: "The
/// NEA didn't endorse a candidate", "Cruz never mentioned Trump by name",
/// "Mrs. Clinton, who did not explicitly say that …": "not", "never" or a
/// "-n't" right before the cue, or before adverbs that go with it.
/// (Not a negation of something else: "The official, who was not named,
/// said", "He did not elaborate but said".)
fn cue_negated(tk: &Tokens, (_, b): TokenRange, cue: &str) -> bool {
    let first = cue.split(' ').next().unwrap_or(cue);
    if !first.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let end = (b + 8).min(tk.list.len());
    let Some(k) =
        (b + 1..end).take_while(|&k| !tk.ends_sentence(k)).find(|&k| tk.is_word(k, first))
    else {
        return false;
    };
    let adverb = |m: usize| {
        tk.list[m].word
            && (tk.bytes(m).ends_with(b"ly")
                || ["yet", "even", "ever", "always", "again"].iter().any(|w| tk.is_word(m, w)))
    };
    let mut m = k - 1;
    while m > b + 1 && adverb(m) {
        m -= 1;
    }
    m > b && (tk.is_word(m, "not") || tk.is_word(m, "never") || reported::contracted_not(tk, m))
}

/// Resolves speakers in text order and numbers the statements.
fn resolve(
    found: Vec<Found>,
    tk: &Tokens,
    title: &Tokens,
    people: &People,
    article_index: usize,
) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::with_capacity(found.len());
    let mut last_person: Option<usize> = None;
    // The latest speaker "they" can stand for: a group, an institution, or
    // someone whose gender the article does not show ("Stephen Lewis said
    // …. Most analysts were forecasting …. Sterling remained firm, they
    // said." is not Lewis).
    let mut last_they: Option<String> = None;
    // Where the mention that set `last_they` stands: a statement nested in
    // one credited after it comes later in `out` but earlier in the text
    // ("The committee rejected all bids …, trade sources said. …, they
    // said." is the sources).
    let mut last_they_at = 0;
    // The latest person "they" may stand for (singular: "Robin Ek, a
    // spokesperson, said …. “…,” they added."), by the statement's index:
    // only right after that statement, not past others ("Obama has called
    // …. O'Hanlon says …. … which they say left a vacuum" is no Obama's).
    let mut last_they_person: Option<(usize, String)> = None;
    // The latest speaker described as one person ("another company
    // official", "an Organon spokesman"), by its statement's index, and the
    // latest statement credited to a named person: "he" after the first,
    // when it came later, is that speaker, not someone named before it.
    let mut last_described: Option<(usize, String)> = None;
    // The latest statement credited to a description, not a person.
    let mut last_thing: Option<usize> = None;
    let mut last_person_said: Option<usize> = None;
    // People who spoke so far, latest last.
    let mut speakers: Vec<usize> = Vec::new();
    // The latest statement with a speaker mention, by its index in `out`
    // (rather than a copy of its strings made for every statement).
    let mut last_said: Option<usize> = None;
    // Every speaker named (not by a pronoun), by its statement's index in
    // `out` and its person. "it" may stand for the latest ("Cheyenne
    // Resources Inc said … It said …"; not "S/P said … it said" for a company
    // before), or for an institution among the latest when someone named
    // spoke after it ("SmithKline said …. “…,” Gavin Herbert said. …. It
    // said …" is SmithKline).
    let mut named_speakers: Vec<(usize, Option<usize>)> = Vec::new();
    for f in found {
        let toks = if f.field == Field::Title { title } else { tk };
        let (speaker, span, cue) = if f.continues {
            last_said.and_then(|k| out.get(k)).map_or((None, None, None), |s: &Statement| {
                (s.speaker.clone(), s.speaker_span.clone(), s.cue)
            })
        } else if let Some(range) =
            // (An adverb is no speaker: "X and Y, parent of Z, jointly
            // said" names its speaker where onrecord cannot yet tell.)
            f
                .speaker
                .filter(|&(a, b)| !(a == b && phrases::manner_adverb(toks, a)))
                // (Nor an article alone, whose noun onrecord lost: "the WHO
                // said", read as "the who"; but "A:" labels an answer.)
                .filter(|&(a, b)| {
                    !(a == b
                        && ["the", "a", "an"].iter().any(|w| toks.is_word(a, w))
                        && !toks.is(a + 1, ':'))
                })
                .filter(|&(_, b)| !told_by_someone(toks, b))
        {
            let range = speaker_words(toks, range);
            let range = firm_with_commas(toks, range).unwrap_or(range);
            let range = with_noun_cue(toks, range, f.cue).unwrap_or(range);
            let range = speakers::led_by_speaker(toks, range).unwrap_or(range);
            let range = issuer_of_text(toks, range).unwrap_or(range);
            let span = Some(toks.span(range.0, relative_subject(toks, range.1).unwrap_or(range.1)));
            let at = if f.field == Field::Title { 0 } else { toks.list[range.0].start };
            // (A headline in capitals, "HAMILTON OIL <HAML> SAYS RESERVES
            // RISE", names its speaker as the text does not.)
            let shouting = f.kind == Kind::Headline
                && f.spans.last().is_some_and(|r| {
                    !toks.text[toks.list[range.0].start..r.end].chars().any(char::is_lowercase)
                });
            let referent = shouting
                .then(|| people.in_capitals(toks, range, tk.text))
                .flatten()
                .unwrap_or_else(|| people.referent(toks, range, at));
            let named = match referent {
                Referent::Person(p) => Some(Some(p)),
                Referent::Described(_) | Referent::Unknown => Some(None),
                Referent::Pronoun(_) => None,
            };
            // The latest named speaker's name, when `fits` it (for "it", and
            // for "he" or "she" with no person named before).
            let named_before = |fits: &dyn Fn(&str, Option<usize>) -> bool| {
                let &(k, person) = named_speakers.last()?;
                let name = out.get(k)?.speaker.as_ref()?;
                fits(name, person).then(|| name.clone())
            };
            // Where what was said starts, clause included: a name in it is
            // no one a pronoun or a description before it stands for ("Mr
            // Roe has failed …, he claimed" is not Roe, nor is "Mr Blair" in
            // "Mr Blair's government was a “bossy …” government, he added").
            let said_from = if f.field == Field::Text {
                f.spans.iter().chain(&f.clause).map(|r| r.start).fold(at, usize::min)
            } else {
                at
            };
            // The person this statement is credited to, when one is, and
            // whether it is credited to a description ("a bank official").
            let mut credited: Option<usize> = None;
            let mut described_speaker = matches!(referent, Referent::Described(_));
            let name = match referent {
                Referent::Person(p) => {
                    credited = Some(p);
                    last_person = Some(p);
                    Some(spoke(p, &mut speakers, people))
                }
                // The subject of this sentence or the one before, else the
                // latest speaker it can stand for, else the nearest such
                // person named before it.
                Referent::Pronoun(pronoun @ (Pronoun::He | Pronoun::She)) => {
                    // (Between the latest statement and this one, clauses
                    // included: a name in what was said is no subject.)
                    let since = latest_text_end(&out);
                    // (Else the one person the sentence names before it: "As
                    // for Trump, he said he's not worried".)
                    let subject = (f.field == Field::Text)
                        .then(|| {
                            people.subject_since(toks, since, said_from, pronoun).or_else(|| {
                                let opens = toks.list[phrases::sentence_start(toks, range.0)].start;
                                people.sole_told_between(
                                    toks,
                                    opens.max(since),
                                    said_from.min(at),
                                    pronoun,
                                )
                            })
                        })
                        .flatten();
                    // (Else one person a role describes, the subject of a
                    // sentence since the latest statement.)
                    let role = (subject.is_none() && f.field == Field::Text)
                        .then(|| {
                            role_subject_since(toks, people, since, said_from.min(at), pronoun)
                        })
                        .flatten();
                    // (Else a source described as one person who spoke
                    // after anyone named.)
                    let described = last_described.as_ref().filter(|(k, name)| {
                        subject.is_none()
                            && last_person_said.is_none_or(|j| *k > j)
                            && speakers::described_fits(name, pronoun)
                    });
                    // (Else one person introduced as a source since the
                    // latest statement, when the pronoun opens its
                    // sentence: "One dissenting opinion came from Brian
                    // Gammage, vice-president of research at Gartner. He
                    // said: …".)
                    let introduced = || {
                        // (A sentence of its own, not a credit after a
                        // quotation.)
                        (f.field == Field::Text && range.0 > 0 && toks.ends_sentence(range.0 - 1))
                            .then(|| {
                                people.introduced_between(toks, since, said_from.min(at), pronoun)
                            })
                            .flatten()
                    };
                    let p = || {
                        subject
                            .or_else(introduced)
                            .or_else(|| fitting_before(people, &speakers, said_from, pronoun))
                            .or(last_person)
                    };
                    if let Some(name) = role {
                        described_speaker = true;
                        Some(name)
                    } else if let Some((_, name)) = described {
                        described_speaker = true;
                        Some(name.clone())
                    } else if let Some(p) = p() {
                        credited = Some(p);
                        last_person = Some(p);
                        Some(spoke(p, &mut speakers, people))
                    } else {
                        // No person named yet: the latest speaker described
                        // as one ("A bank official said … He said …").
                        named_before(&|name, _| speakers::described_person(name))
                    }
                }
                // "they": a group, or a person of unstated gender; the latest
                // speaker either way.
                // (Else a group the writer made a sentence's subject since
                // the latest statement: "critics claim …. A year ago,
                // ministers launched their plan …. They will say …" is the
                // ministers.)
                // (Not the subject of what "they" credit at its end: "Many
                // bankers have been urging a cut, they said" is the sources
                // before.)
                // (Unless that subject said it: "Ministry officials said the
                // decline was due to …, they said" is the officials.)
                Referent::Pronoun(Pronoun::They) => (f.field == Field::Text)
                    .then(|| {
                        let credit_after = f.spans.first().is_some_and(|r| r.start < at);
                        let s = phrases::sentence_start(toks, range.0);
                        if credit_after {
                            phrases::sentence_subject(toks, s, range.0)
                                .filter(|&(_, b)| phrases::cue_at(toks, b + 1).is_some())
                                .and_then(|_| they_subject(toks, people, range.0))
                                .or_else(|| {
                                    group_subject_since(
                                        toks,
                                        people,
                                        latest_text_end(&out),
                                        toks.list[s].start,
                                    )
                                })
                        } else {
                            group_subject_since(toks, people, latest_text_end(&out), at)
                        }
                    })
                    .flatten()
                    .or_else(|| last_they.clone())
                    .or_else(|| {
                        last_they_person
                            .as_ref()
                            .filter(|(k, _)| k + 1 == out.len())
                            .map(|(_, name)| name.clone())
                    })
                    // (Else a group or two who spoke in the sentence just
                    // before, when "they" opens this one: "The seamen said
                    // …. They said …", "Kenneth Thomas and his father said
                    // …. They said …".)
                    .or_else(|| {
                        let name = said_just_before(toks, &out, range.0)?.speaker.as_deref()?;
                        (names_a_group(name) || name.contains(" and ")).then(|| name.to_string())
                    })
                    // (Last, a group that is the subject of this sentence
                    // before "they", or of the one before when "they" opens
                    // this one, "the" or not: "The law lords ruled …. They
                    // said …".)
                    .or_else(|| they_subject(toks, people, range.0)),
                Referent::Pronoun(Pronoun::Other)
                    if range.0 == range.1 && toks.is_word(range.0, "it") =>
                {
                    named_before(&|name, person| match person {
                        Some(p) => speakers::person_can_be_it(people, p),
                        None => speakers::described_can_be_it(name),
                    })
                    // (Or the name "the company" stood for just before:
                    // "Norsk Data said …. The company said …. It said …".)
                    .or_else(|| {
                        name_of_latest_mention(toks, &out, |m| {
                            m.ends_with("company") || m.ends_with("firm")
                        })
                    })
                    .or_else(|| {
                        // (Else the name that opens this sentence or the one
                        // before, since the latest statement: "Inland Steel
                        // Industries said …. The joint venture … will be 60 pct
                        // owned by Inland, it said.")
                        let s = phrases::sentence_start(toks, range.0);
                        let before =
                            s.checked_sub(1).map_or(0, |k| phrases::sentence_start(toks, k));
                        let since = toks.list[before].start.max(latest_text_end(&out));
                        let p = people.it_between(since, at, |o| {
                            let k = toks.at_or_after(o);
                            k - phrases::sentence_start(toks, k) <= 3
                        })?;
                        credited = Some(p);
                        Some(people.name(p).to_string())
                    })
                    .or_else(|| {
                        // (Else the subject of this sentence, or of the one
                        // before when "it" opens this one, that can be "it":
                        // "Boeing apologised …, although it claimed …", "The
                        // study does not praise …. But it argues …".)
                        let (name, person, _) = it_subject(toks, people, range.0, ItFrom::Own)?;
                        credited = person.or(credited);
                        Some(name)
                    })
                    // (Only a few statements back: further on, "it" is
                    // more often someone the writer named in between.)
                    // (Only an institution's name: a name of one word may
                    // be anyone's, "Hollande", and "a recent study" was not
                    // the message that "continued".)
                    .or_else(|| {
                        named_lately(&named_speakers, &out, 3).find_map(|(name, person)| {
                            let can_be_it = match person {
                                Some(p) => speakers::person_can_be_it(people, p),
                                None => speakers::described_can_be_it(name),
                            };
                            (can_be_it && speakers::names_institution(name))
                                .then(|| name.to_string())
                        })
                    })
                    // (Else the latest named speaker, when its own words
                    // called it "it" and no person's gender says otherwise:
                    // "RKO General said it has asked …. It said …".)
                    .or_else(|| {
                        let &(k, person) = named_speakers.last()?;
                        let s = out.get(k)?;
                        // (A partial quotation's clause: "The Japanese
                        // Embassy said in a statement it was “deeply
                        // disappointed” …. It said …".)
                        let itself = s.field == Field::Text
                            && person.is_none_or(|p| !people.gender_shown(p))
                            && s.clause.as_ref().or(s.spans.first()).is_some_and(|r| {
                                let t = &toks.text[r.clone()];
                                t.starts_with("it ") || t.starts_with("its ")
                            });
                        // (A name, not a group: "people briefed on the
                        // move said its …".)
                        s.speaker.clone().filter(|n| itself && n.starts_with(char::is_uppercase))
                    })
                    // (Else the one named who spoke just before, by a name
                    // of capitals no given name opens, and no title or
                    // gender the article shows: "American Express said ….
                    // For the public offering, it said …", "Krispy Kreme
                    // said …. It added …"; by a word of a firm's, a body's
                    // or a paper's, or when it reported something, not
                    // when it cited or named a thing "it" may be: "Salceda
                    // cited a 2001 memorandum …. It says …".)
                    .or_else(|| {
                        let &(k, person) = named_speakers.last()?;
                        let said = out.get(k)?;
                        let name = said.speaker.as_deref()?;
                        // (Reported speech: a person is more often quoted,
                        // "“We are sorry,” Sam Jones said".)
                        let saying = said.kind == Kind::Indirect
                            && said.cue.is_some_and(|c| {
                                matches!(
                                    c,
                                    "said" | "says" | "told" | "added" | "reported" | "stated"
                                )
                            });
                        let may_be_it = people.may_be_thing(person)
                            && (speakers::name_of_no_one(name)
                                || (saying && speakers::capitals_of_no_one(name)));
                        (k + 1 == out.len() && may_be_it).then(|| name.to_string())
                    })
                    // (Else what an "it" right before stood for: "Last
                    // week, it denied …. “…,” it said.")
                    .or_else(|| name_of_latest_mention(toks, &out, |m| matches!(m, "it" | "It")))
                    // (Else what spoke in the sentence just before, by a
                    // description no person or group answers to, when "it"
                    // opens this one: "The suit said …. It also said …",
                    // "The Bank's summary said …. It said …".)
                    .or_else(|| {
                        let s = said_just_before(toks, &out, range.0)
                            .filter(|_| last_thing == Some(out.len() - 1))?;
                        let name = s.speaker.as_deref()?;
                        // (Not a group: "people briefed on the move",
                        // "sources close to the delegation".)
                        (!names_a_group(name) && !speakers::described_one_person(name))
                            .then(|| name.to_string())
                    })
                    // (Else a report or a survey that spoke a few sentences
                    // before, when "it" closes the sentence it credits: "…,
                    // the report said. Plantings were virtually complete ….
                    // Cereal crops were 90 pct germinated, it said.")
                    // (Past a statement of a group between: "some fields
                    // still showed spotty stands".)
                    .or_else(|| {
                        let closing = f.spans.first().is_some_and(|r| r.end <= at);
                        // (Or a text a body put out: "…, said the leaflet
                        // published jointly by the CPS …. As a general
                        // rule, …, it said".)
                        const PUT_OUT: [&str; 6] =
                            ["leaflet", "guidance", "document", "memo", "booklet", "manual"];
                        let source = |s: &Statement| {
                            s.field == Field::Text
                                && s.speaker.as_deref().is_some_and(|name| {
                                    let head = speakers::head_word(name);
                                    (speakers::source_noun(head)
                                        || PUT_OUT.contains(&head)
                                        // (Or a body by its noun: "…, the
                                        // agency said. …, it said.")
                                        || speakers::institution_word(head))
                                        && !speakers::looks_plural(head)
                                        && !head.starts_with(char::is_uppercase)
                                })
                        };
                        let group = |s: &Statement| {
                            s.speaker.as_deref().is_some_and(|n| {
                                names_a_group(n) || speakers::looks_plural(speakers::head_word(n))
                            })
                        };
                        // (Or a statement nested in its words: "Dry weather
                        // stressed Moroccan winter grains, the agency said".)
                        let nested = |inner: &Statement, outer: &Statement| {
                            inner
                                .spans
                                .first()
                                .zip(outer.spans.first())
                                .is_some_and(|(i, o)| i.start >= o.start && i.end <= o.end)
                        };
                        // (Or one who speaks for it: "…, the statistics
                        // department said. A department official said …. …,
                        // it said.")
                        let its_own = |one: &Statement, body: &Statement| {
                            one.speaker.as_deref().zip(body.speaker.as_deref()).is_some_and(
                                |(one, body)| {
                                    speakers::described_one_person(one)
                                        && one.split(' ').any(|w| w == speakers::head_word(body))
                                },
                            )
                        };
                        let s = match out.as_slice() {
                            [.., s] if source(s) => s,
                            [.., s, between]
                                if (group(between)
                                    || nested(between, s)
                                    || its_own(between, s))
                                    && source(s) =>
                            {
                                s
                            }
                            _ => return None,
                        };
                        let name = s.speaker.as_deref()?;
                        let from = toks.at_or_after(s.spans.last()?.end);
                        (closing && toks.few_sentences_between(from, range.0, 4))
                            .then(|| name.to_string())
                    })
                    // (Last, the subject of the sentence before a quotation
                    // "it" credits, when nothing said before names it: "The
                    // DNC apologized to Sanders. “We are sorry,” it said.")
                    // (Not a subject of words reported: "According to
                    // Kleinwort's sources, Saudi Arabia has …. “…,” it
                    // said.")
                    // (Or before the words it credits, whose own subject
                    // is no speaker: "The CPB forecast 2.5 pct export
                    // growth …. Excluding energy exports, the 1987 figure
                    // would be two pct, it said.")
                    .or_else(|| {
                        [ItFrom::Quotation, ItFrom::Words].into_iter().find_map(|from| {
                            let (name, person, at) = it_subject(toks, people, range.0, from)?;
                            if out.iter().any(|s| s.spans.iter().any(|r| r.contains(&at))) {
                                return None;
                            }
                            credited = person.or(credited);
                            Some(name)
                        })
                    })
                }
                // "FALLIN: I think he is trying …": in an interview, "I" and
                // "we" are whoever the turn's label names.
                Referent::Pronoun(Pronoun::Other)
                    if range.0 == range.1
                        && (toks.is_word(range.0, "I") || toks.is_word(range.0, "we"))
                        && f.field == Field::Text =>
                {
                    turn_speaker(toks, people, range.0).map(|p| {
                        credited = Some(p);
                        spoke(p, &mut speakers, people)
                    })
                }
                Referent::Pronoun(Pronoun::Other) | Referent::Unknown => None,
                // "The company said …" right after "Avery International Corp
                // said …": the institution that spoke last, by name (not one
                // that spoke before someone else did: "Rosneft officials were
                // unavailable. But the company has said …" after Menatep's
                // statement is Rosneft).
                // "one" after a group that spoke: one of them ("…, dealers
                // said. “…,” one said." is one of the dealers). "Another"
                // likewise, or after one of a kind that spoke: another of
                // that kind ("…, one dealer said. “…,” said another." is
                // another dealer).
                Referent::Described(d)
                    if d.eq_ignore_ascii_case("one") || d.eq_ignore_ascii_case("another") =>
                {
                    let another = d.eq_ignore_ascii_case("another");
                    let of_a_kind = || {
                        out.iter().rev().take(4).find_map(|s: &Statement| {
                            let name = s.speaker.as_deref()?;
                            if let Some(rest) = name.strip_prefix("one of ") {
                                return Some(format!("another of {rest}"));
                            }
                            // (Past an ordinal: "a third arbitrageur".)
                            ["one ", "another ", "a ", "an "]
                                .iter()
                                .find_map(|w| name.strip_prefix(w))
                                .map(|kind| {
                                    let kind = ["second ", "third ", "fourth ", "fifth "]
                                        .iter()
                                        .find_map(|o| kind.strip_prefix(o))
                                        .unwrap_or(kind);
                                    format!("another {kind}")
                                })
                        })
                    };
                    // (People, by the role that ends the name: "dealers",
                    // "Japanese bankers"; not "the markets". Its quantifier
                    // goes: "some bankers" → "one of the bankers".)
                    const QUANTIFIERS: [&str; 9] =
                        ["the", "some", "most", "several", "other", "many", "few", "all", "both"];
                    let group = out.iter().rev().take(4).find_map(|s: &Statement| {
                        let mut name = s.speaker.as_deref()?;
                        while let Some((first, rest)) = name.split_once(' ')
                            && QUANTIFIERS.contains(&first)
                        {
                            name = rest;
                        }
                        let head = name.rsplit(' ').next()?;
                        let role = lexicon::flags(head) & lexicon::flag::ROLE_NOUN != 0;
                        // (Not one of them already, nor "others".)
                        let one_of = name.starts_with("one of") || name.starts_with("another of");
                        (role && head.ends_with('s') && !one_of && name != "others").then_some(name)
                    });
                    if another {
                        of_a_kind()
                            .or_else(|| group.map(|g| format!("another of the {g}")))
                            .or(Some(d.clone()))
                    } else {
                        Some(group.map_or(d.clone(), |g| format!("one of the {g}")))
                    }
                }
                // "The Illinois Democrat said" after Dan Rostenkowski spoke:
                // a party's member from a place is the first person named
                // since the latest statement ("… subcommittee chairman
                // Howard Metzenbaum wants …. “…,” the Ohio Democrat said"),
                // else the person who spoke last.
                Referent::Described(ref d)
                    if f.field == Field::Text
                        && toks.is_word(range.0, "the")
                        && let Some(place) = speakers::party_member(d)
                        && let Some(p) = people
                            .first_person_between(latest_text_end(&out), said_from, &place)
                            .or(last_person.filter(|&p| people.from(p, &place))) =>
                {
                    credited = Some(p);
                    last_person = Some(p);
                    described_speaker = false;
                    Some(spoke(p, &mut speakers, people))
                }
                // "His campaign said …": whose it is, as "he" would be.
                Referent::Described(ref d)
                    if f.field == Field::Text
                        && let Some((pronoun, rest)) = possessed(d)
                        && let Some(owner) = people
                            .subject_since(toks, latest_text_end(&out), said_from, pronoun)
                            .or_else(|| fitting_before(people, &speakers, said_from, pronoun))
                        // (A person, whose honorific or given name tells
                        // "he" or "she": no court or club has a lawyer of
                        // "his".)
                        && people.told_gender_is(owner, pronoun)
                        && !speakers::names_institution(people.name(owner)) =>
                {
                    Some(format!("{}'s {rest}", people.name(owner)))
                }
                Referent::Described(d) => {
                    let d = without_when_or_where(d);
                    let last = out.last().and_then(|s: &Statement| s.speaker.as_deref());
                    // (Or the full name of the institution that spoke last
                    // by a short one: "Avnet Inc said …. Avnet said …. The
                    // company said …".)
                    let full = |short: &str| {
                        let first = short.split(' ').next()?;
                        out.iter().rev().filter_map(|s| s.speaker.as_deref()).find(|name| {
                            name.len() > short.len()
                                && name.split(' ').next() == Some(first)
                                && speakers::generic_means(&d, name)
                                // (Not two companies together: "Chemlawn
                                // Corp and Ecolab Inc".)
                                && !name.split_once(" and ").is_some_and(|(a, b)| {
                                    let suffix = |w: &str| lexicon::COMPANY_SUFFIXES.contains(&w);
                                    a.split(' ').any(suffix) && b.split(' ').any(suffix)
                                })
                        })
                    };
                    // (Else the one that spoke last, or a few statements
                    // before, past its officers, what they said as "he" and
                    // anyone else: "Tribune Co said …. “…,” chairman Stanton
                    // Cook said. …, Cook said. The company said …".)
                    let earlier = || {
                        out.iter()
                            .rev()
                            .take(8)
                            .filter_map(|s| s.speaker.as_deref())
                            .find(|name| speakers::generic_means(&d, name))
                    };
                    // (Else the first the lead names, whom the article is
                    // about: "Ford Motor Co <F> is to invest …, the Press
                    // Association said. …. The company said …".)
                    let lead = || {
                        // (Only an institution's noun: "officials" are no
                        // company's.)
                        if f.field != Field::Text || !speakers::institution_noun(&d) {
                            return None;
                        }
                        let first = toks.list.first()?.paragraph;
                        let end = toks
                            .list
                            .iter()
                            .find(|t| t.paragraph != first)
                            .map_or(toks.text.len(), |t| t.start);
                        // (A whole name, not the tail of one the people
                        // index split: "Goodyear Tire and Rubber Co", "Warner
                        // Communications Inc's …".)
                        // (But a firm after the office held in it is whole:
                        // "Martin Ardbo, managing director of <AB Bofors>,
                        // … has resigned, the company said".)
                        let office_of = |k: usize| {
                            k >= 2
                                && toks.is_word(k - 1, "of")
                                && !toks.capitalized(k - 2)
                                && toks.has(
                                    k - 2,
                                    lexicon::flag::TITLE_WORD | lexicon::flag::ROLE_NOUN,
                                )
                        };
                        let whole = |o: usize| {
                            let k = toks.at_or_after(o);
                            // (Past a newswire's mark around the name.)
                            let marked = if k > 0 && toks.is(k - 1, '<') { k - 1 } else { k };
                            k == 0
                                || office_of(marked)
                                || !(toks.list[k - 1].word
                                    && (["and", "of", "&"].iter().any(|w| toks.is_word(k - 1, w))
                                        || toks.possessive(k - 1)
                                        || toks.capitalized(k - 1)))
                        };
                        people.first_named(end, |o, name| {
                            whole(o) && speakers::generic_means(&d, name)
                        })
                    };
                    // (Or the name one that spoke gave in full, with where it
                    // is from: "Hospital Corp said" after "Hospital Corp of
                    // America said"; when only one so opens.)
                    let in_full = || {
                        if !(d.contains(' ') && d.starts_with(char::is_uppercase)) {
                            return None;
                        }
                        let mut names =
                            out.iter().filter_map(|s| s.speaker.as_deref()).filter(|name| {
                                name.strip_prefix(d.as_str()).is_some_and(|r| r.starts_with(" of "))
                            });
                        let first = names.next()?;
                        names.all(|n| n == first).then_some(first)
                    };
                    // (Else, for "the company", a name of capitals with no
                    // word of a firm's that spoke a statement or two before:
                    // "Mayfair Super Markets said …. The company said …";
                    // or of one word that no given name, place or country
                    // is: "Cairn said …. The company said …".)
                    let unmarked = || {
                        if !matches!(d.as_str(), "company" | "firm") {
                            return None;
                        }
                        named_lately(&named_speakers, &out, 2)
                            .find(|&(name, person)| {
                                // (A firm's: not a paper's, nor a public body's.)
                                let head = speakers::head_word(name);
                                let body = speakers::institution_word(head)
                                    && !speakers::organisation_word(head);
                                !body
                                    && !speakers::names_media(name)
                                    && people.may_be_thing(person)
                                    && (speakers::capitals_of_no_one(name)
                                        || speakers::linked_capitals_of_no_one(name)
                                        || (speakers::word_of_no_one(name)
                                            && named_by_itself(toks, &out, name)))
                            })
                            .map(|(name, _)| name)
                    };
                    // (Else, for "the company", the one a newswire's title
                    // names by its ticker, as the text spells it: "BAUSCH AND
                    // LOMB <BOL> ANNOUNCES NEW PRODUCTS".)
                    let titled = || {
                        if !matches!(d.as_str(), "company" | "firm") || f.field != Field::Text {
                            return None;
                        }
                        ticker_name(title, toks).or_else(|| firm_of_title(title))
                    };
                    // (Else, for "the statement" or "the report", whoever said
                    // something in one a statement or two before.)
                    let stated =
                        || (f.field == Field::Text).then(|| said_in_text(toks, &out, &d)).flatten();
                    // (Else, for "the government", the one of the country the
                    // title names: "POLISH GOVERNMENT HIKES FOOD, FUEL, ENERGY
                    // PRICES".)
                    let government = || {
                        (d == "government" && f.field == Field::Text)
                            .then(|| countries::only_country_in(title))
                            .flatten()
                            .map(|adjective| format!("{adjective} government"))
                    };
                    // (Else, for "the spokesman", the source a spokesman
                    // spoke for a few statements before: "…, a spokesman for
                    // British Sugar Plc said. …, the spokesman said.")
                    let spoken_for = || {
                        if !d.starts_with("spokes") || d.contains(' ') {
                            return None;
                        }
                        out.iter()
                            .rev()
                            .take(4)
                            .find_map(|s: &Statement| {
                                let r =
                                    s.speaker_span.as_ref().filter(|_| s.field == Field::Text)?;
                                let m = toks.text.get(r.clone())?;
                                let role = m.strip_prefix("a ").or_else(|| m.strip_prefix("A "))?;
                                (role.starts_with(d.as_str())
                                    && role[d.len()..].starts_with(" for "))
                                .then_some(s.speaker.as_deref())
                                .flatten()
                            })
                            // (Or the institution that spoke a statement or
                            // two before, whose source a spokesman is:
                            // "China Steel Corp said …. …, a spokesman told
                            // Reuters.")
                            .or_else(|| {
                                named_lately(&named_speakers, &out, 2)
                                    .map(|(name, _)| name)
                                    .find(|name| speakers::names_institution(name))
                            })
                    };
                    // (Else, for "the company" or "the retailer", the
                    // business the text introduced by such a noun: "media
                    // group Reuters", "Cairn Energy, a UK oil firm".)
                    // (First when it was introduced as a sentence's subject
                    // since the latest statement: "Alphabet, the parent
                    // company of Google, jumped …. The company reported …"
                    // after Exxon Mobil spoke; not a firm a company hired,
                    // "the investment banking firm Kahn and Harris".)
                    // (Not when another that may be a business spoke since
                    // by its name: "Oil giant Shell …. Unilever said …. The
                    // company said …" is Unilever.)
                    let another_spoke_since = |name: &str, o: usize| {
                        named_speakers.iter().any(|&(k, person)| {
                            let s = &out[k];
                            s.field == Field::Text
                                && s.speaker_span.as_ref().is_some_and(|r| r.start >= o)
                                && s.speaker
                                    .as_deref()
                                    .is_some_and(|n| n != name && n.starts_with(char::is_uppercase))
                                && !person.is_some_and(|p| people.gender_shown(p))
                        })
                    };
                    let introduction = (f.field == Field::Text && toks.is_word(range.0, "the"))
                        .then(|| speakers::introduced_as(toks, &d, at))
                        .flatten()
                        .filter(|(name, o, _)| !another_spoke_since(name, *o));
                    let since = latest_text_end(&out);
                    let fresh = introduction
                        .as_ref()
                        .filter(|&&(_, o, subject)| subject && o >= since)
                        .map(|(name, _, _)| name.as_str());
                    let introduced = || introduction.clone().map(|(name, _, _)| name);
                    // (The full name first: "Royal Resources Corp", not the
                    // "Royal Resources" that spoke last.)
                    let named = last
                        .and_then(full)
                        .or(fresh)
                        .or_else(earlier)
                        .or_else(lead)
                        .or_else(in_full)
                        .or_else(unmarked)
                        .or_else(spoken_for)
                        .or_else(stated)
                        .map(str::to_string)
                        .or_else(titled)
                        .or_else(introduced)
                        .or_else(government);
                    // (Else, for a person's role or age, the one person
                    // named since the latest statement, or with no one named
                    // since, the person who made it: "Veteran US television
                    // host Dick Clark is in hospital …. The presenter said
                    // …", "Le Bon said …. “…,” the singer said".)
                    let by_role = || {
                        if f.field != Field::Text
                            || !toks.is_word(range.0, "the")
                            || !speakers::person_by_role(&d)
                        {
                            return None;
                        }
                        let p = match people.one_person_between(since, at)? {
                            Some(p) => p,
                            None => match named_speakers.last()? {
                                &(k, Some(p)) if k + 1 == out.len() => p,
                                _ => return None,
                            },
                        };
                        // (Not someone what was said names: "Mr Ebbers has
                        // always insisted …. The former finance officer said
                        // Mr Ebbers knew …" is the witness.)
                        if words_name(toks.text, &f.spans, people.name(p)) {
                            return None;
                        }
                        credited = Some(p);
                        last_person = Some(p);
                        described_speaker = false;
                        Some(spoke(p, &mut speakers, people))
                    };
                    // (Else, for "the group", "the department" or "the
                    // sources", one that spoke a statement or three before
                    // by a longer name: "An investor group led by New York
                    // investor George Soros said …. The group said …", "the
                    // Labor department said …. The department said …".)
                    // (Not "the company" or "the firm": a longer name of
                    // theirs is a description, "the UK firm", where the
                    // rules above look for the firm's own.)
                    let longer = || {
                        (f.field == Field::Text
                            && toks.is_word(range.0, "the")
                            && !d.contains(' ')
                            && !matches!(d.as_str(), "company" | "firm"))
                        .then(|| {
                            out.iter().enumerate().rev().take(3).find_map(|(k, s)| {
                                let name = s.speaker.as_deref()?;
                                // (Or, not a person, named after the noun in
                                // its mention: "the trade paper Ward's
                                // Automotive Reports said …. The paper said
                                // …"; not "Deputy Mayor Nicky Gavron" for
                                // "the mayor", who may be another.)
                                let titled = || {
                                    let mention = toks.text.get(s.speaker_span.clone()?)?;
                                    let person = named_speakers.iter().any(|&(n, p)| {
                                        n == k && p.is_some_and(|p| people.gender_shown(p))
                                    });
                                    // (A common noun: "the BSA" is no title
                                    // of "BSA Secretary-General Mark Boleat".)
                                    let common = d.starts_with(char::is_lowercase)
                                        && !lexicon::determiner(&d);
                                    (s.field == Field::Text && common && !person)
                                        .then(|| speakers::named_after_noun(mention, &d, name))
                                };
                                (speakers::longer_name_of(name, &d) || titled() == Some(true))
                                    .then_some(name)
                            })
                        })
                        .flatten()
                        .map(str::to_string)
                    };
                    match named {
                        Some(name) => Some(name),
                        None => longer().or_else(by_role).or(Some(d)),
                    }
                }
            };
            if let Some(person) = named {
                named_speakers.push((out.len(), person));
            }
            // (So does an "it" that stood for what spoke last by a
            // description: "The panel recommended …. It also suggested ….
            // It said …".)
            let it_for_thing = || {
                range.0 == range.1
                    && toks.is_word(range.0, "it")
                    && last_thing.and_then(|k| out.get(k)).and_then(|s| s.speaker.as_deref())
                        == name.as_deref()
            };
            if credited.is_none() && (described_speaker || it_for_thing()) {
                last_thing = Some(out.len());
            }
            if credited.is_some() {
                last_person_said = Some(out.len());
            } else if let Some(n) = name.as_deref()
                && described_speaker
                && (speakers::described_one_person(n) || speaks_for(toks, range))
            {
                last_described = Some((out.len(), n.to_string()));
            }
            let they_fits = match credited {
                Some(p) => people.they_fits(p),
                // (A group or an institution, not "a bank official".)
                None => name.as_deref().is_some_and(speakers::described_group),
            };
            // (Title statements resolve first, at byte 0.)
            if they_fits && at >= last_they_at {
                last_they.clone_from(&name);
                last_they_at = at;
            } else if let Some(p) = credited
                && !people.gender_shown(p)
            {
                last_they_person = name.clone().map(|n| (out.len(), n));
            }
            (name, span, f.cue)
        } else {
            // (With no one named, the cue stays what the text says: "Also
            // announced was that …".)
            (None, None, f.cue)
        };
        let negated = !f.continues
            && f.speaker.zip(f.cue).is_some_and(|(range, cue)| cue_negated(toks, range, cue));
        if span.is_some() {
            last_said = Some(out.len());
        }
        // (A headline's speaker left in capitals, cased as the text writes
        // its words: "WORLD BANK HEAD" is "World Bank head".)
        let speaker = match speaker {
            Some(n) if f.kind == Kind::Headline && !n.chars().any(char::is_lowercase) => {
                Some(speakers::cased_as_written(&n, tk.text).unwrap_or(n))
            }
            other => other,
        };
        out.push(Statement {
            article: article_index,
            ordinal: out.len(),
            kind: f.kind,
            field: f.field,
            spans: f.spans,
            speaker,
            speaker_span: span,
            cue,
            clause: f.clause,
            negated,
        });
    }
    // (One mention credits one speaker: a participle that goes on from a
    // credit, "…, it said, adding that …", is whoever the credit was.)
    for k in 1..out.len() {
        if out[k].speaker.is_none()
            && out[k].speaker_span.is_some()
            && out[k].speaker_span == out[k - 1].speaker_span
            && out[k].field == out[k - 1].field
        {
            out[k].speaker = out[k - 1].speaker.clone();
        }
    }
    // Names as shown, left until now as names are matched above as they
    // were given: without their own letters in parentheses ("Energy
    // Information Administration (EIA)"), and a country's body named
    // without it with the title's country ("the central bank" of "CHILEAN
    // GDP UP 5.7 PCT IN 1986, CENTRAL BANK SAYS" is the Chilean Central
    // Bank; the title is read for its country only when such a body spoke).
    // ("IBM" after "International Business Machines Corp said …": one
    // speaker, by the name the article gave first.)
    if out.iter().any(|s| s.speaker.as_deref().is_some_and(speakers::is_letters)) {
        let names: Vec<String> = out.iter().filter_map(|s| s.speaker.clone()).collect();
        // (Each letters looked for once: an article may give "IBM" a dozen
        // statements.)
        let mut read: Vec<(String, Option<String>)> = Vec::new();
        for s in &mut out {
            let Some(short) = s.speaker.as_deref().filter(|n| speakers::is_letters(n)) else {
                continue;
            };
            let name = match read.iter().find(|(known, _)| known == short) {
                Some((_, name)) => name.clone(),
                None => {
                    let name = spelled_out(tk.text, short)
                        .or_else(|| names.iter().find(|n| speakers::letters_of(short, n)).cloned());
                    read.push((short.to_string(), name.clone()));
                    name
                }
            };
            if name.is_some() {
                s.speaker = name;
            }
        }
    }
    let mut country: Option<Option<&str>> = None;
    for s in &mut out {
        if let Some(name) = s.speaker.as_deref().and_then(speakers::without_letters) {
            s.speaker = Some(name);
        }
        if let Some(name) = s.speaker.as_deref().and_then(without_where_from) {
            s.speaker = Some(name.to_string());
        }
        if s.field == Field::Text
            && s.speaker.as_deref().is_some_and(countries::is_national_body)
            && let Some(adjective) =
                *country.get_or_insert_with(|| countries::only_country_in(title))
            && let Some(name) =
                s.speaker.as_deref().and_then(|n| countries::national_body(n, adjective))
        {
            s.speaker = Some(name);
        }
    }
    name_the_lead_source(tk, people, &named_speakers, &mut out);
    out
}

/// Whether the words at `spans` of `text` name the person `name` by the
/// surname, as a whole word ("Lee" is not in "Leeds").
fn words_name(text: &str, spans: &[Range<usize>], name: &str) -> bool {
    let surname = name.rsplit(' ').next().unwrap_or(name);
    !surname.is_empty()
        && spans.iter().any(|r| {
            text.get(r.clone())
                .is_some_and(|t| t.split(|c: char| !c.is_alphanumeric()).any(|w| w == surname))
        })
}

/// The source the text's first sentence describes as one person, named as
/// the subject who speaks in the next: "Germany's music industry must
/// change, a leading industry figure has said. Tim Renner, the head of
/// Universal Music Germany until last year, told …" is Tim Renner's; "…, a
/// Contraves official said. Max Baumann, a member of the Contraves board,
/// told Reuters …" Max Baumann's. (`named`: each statement credited to a
/// name, by its index in `out`, with its person.)
fn name_the_lead_source(
    tk: &Tokens,
    people: &People,
    named: &[(usize, Option<usize>)],
    out: &mut [Statement],
) {
    // (Bodies, texts and outlets are no one person, whatever their noun.)
    const NO_ONE: [&str; 14] = [
        "newspaper",
        "paper",
        "daily",
        "government",
        "department",
        "office",
        "ministry",
        "group",
        "company",
        "firm",
        "bank",
        "agency",
        "committee",
        "statement",
    ];
    let Some(i) = out.iter().position(|s| s.field == Field::Text) else { return };
    let Some(mention) = out[i].speaker_span.clone() else { return };
    let (a, b) = (tk.at_or_after(mention.start), tk.at_or_after(mention.end).saturating_sub(1));
    // (A description of one: an article or an owner, then a role's noun:
    // not "a new report", "the Tories", "Mr Howard".)
    let described = b > a
        && ["a", "an", "its", "the", "one"].iter().any(|w| tk.is_word(a, w))
        && !tk.capitalized(b)
        && !tk.bytes(b).ends_with(b"s")
        && (tk.has(b, lexicon::flag::ROLE_NOUN | lexicon::flag::TITLE_WORD)
            || ["figure", "academic", "politician", "expert", "backbencher", "co-chairman"]
                .iter()
                .any(|w| tk.is_word(b, w)))
        && !NO_ONE.iter().any(|w| tk.is_word(b, w))
        && !speakers::source_noun(tk.str(b));
    if !described || phrases::sentence_start_through_quotes(tk, a) != 0 {
        return;
    }
    // (The next statement credited after the lead's source.)
    let Some((j, at)) = (i + 1..out.len()).find_map(|j| {
        let at = out[j].speaker_span.as_ref().map(|r| r.start)?;
        (out[j].field == Field::Text && at > mention.end).then_some((j, at))
    }) else {
        return;
    };
    // (A person by name, not a body, a place or a group.)
    let Some(p) = named.iter().find(|&&(k, _)| k == j).and_then(|&(_, p)| p) else { return };
    let person = people.fits_someone(p);
    let name = people.name(p);
    // (Whose mention opens the sentence right after.)
    let m = tk.at_or_after(at);
    let opens_next = m > 0
        && phrases::sentence_start(tk, m) == m
        && phrases::sentence_start_through_quotes(tk, m - 1) == 0
        && tk.ends_sentence(m - 1);
    // (Not one the lead's words name: "…, a Treasury Department spokesman
    // said, declining comment on statements by Robert Ortner …".)
    let in_words = words_name(tk.text, &out[i].spans, name);
    // (Who said or told it, as a person does: not "The Japanese daily
    // Yomiuri Shimbun reported …".)
    let told = out[j].cue.is_some_and(|c| matches!(c, "said" | "says" | "told" | "tells"));
    if person && told && opens_next && name.contains(' ') && !in_words {
        out[i].speaker = Some(name.to_string());
    }
}
