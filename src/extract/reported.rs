//! Reported speech: `X said (that) …`, `X told reporters that …`, `…, X
//! said.`, `According to X, …`, with the content running to the end of its
//! clause.

use std::ops::Range;

use super::lexicon::{self, flag};
use super::phrases::{
    TokenRange, according_to, auxiliary_at, closing_mark, cue_at, dash, ends_in_ly,
    participle_of_sentence, participle_subject, phrase_after, phrase_before, quoted_as,
    sentence_start, sentence_start_through_quotes, sentence_subject, subject_past_aside,
};
use super::tokens::Tokens;

/// A reported statement: its words, speaker phrase and cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reported {
    /// The reported words: one range, or two around a parenthetical cue
    /// ("The plan, she said, is dead").
    pub spans: super::Spans,
    /// The speaker phrase.
    pub speaker: TokenRange,
    /// The cue ([`lexicon::cue_name`]).
    pub cue: &'static str,
    /// The cue's first token.
    pub cue_token: usize,
}

impl Reported {
    /// What `speaker` said around a cue set inside the sentence at token
    /// `cue_token`: the words of tokens `before` and the range `after`.
    fn around(
        tk: &Tokens,
        before: TokenRange,
        after: Range<usize>,
        speaker: TokenRange,
        cue: &'static str,
        cue_token: usize,
    ) -> Reported {
        let before = tk.list[before.0].start..tk.list[before.1].end;
        Reported { spans: smallvec::smallvec![before, after], speaker, cue, cue_token }
    }
}

/// Every reported statement in `tk` whose cue is not in `used` (cues that
/// already attribute a quotation).
pub(crate) fn find(tk: &Tokens, used: &[usize]) -> Vec<Reported> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tk.list.len() {
        let t = &tk.list[i];
        // Only a reporting verb or "according" can start one; the search of
        // `used` waits until the word is one.
        let candidate = t.word
            && !t.quoted
            && (t.flags & flag::CUE != 0
                || according_to(tk, i)
                // (Only "In" opening a sentence: `found_in`.)
                || (t.end - t.start == 2 && tk.bytes(i) == b"In"));
        if !candidate || used.binary_search(&i).is_ok() {
            i += 1;
            continue;
        }
        let found = if according_to(tk, i) {
            according(tk, i)
        } else if i > 0
            && tk.is_word(i, "reported")
            && tk.is_word(i - 1, "as")
            && tk.is_word(i + 1, "by")
        {
            as_reported_by(tk, i - 1)
        } else if tk.bytes(i) == b"In" {
            found_in(tk, i)
        } else if let Some(r) = naming(tk, i) {
            Some(r)
        } else if let Some(cue) = cue_at(tk, i) {
            let reports = cue.reports || with_particle(tk, i);
            // (The sentence's opening is read only for a verb that may report.)
            if !(reports || cue.question)
                || passive_or_infinitive(tk, i)
                || in_question(tk, i)
                || no_speech_act(tk, i)
            {
                None
            } else if reports {
                verb(tk, i, cue.object)
            } else {
                question(tk, i)
            }
        } else {
            None
        };
        // ("…, with gross national product expected to expand by three pct",
        // "…, with instructions written in plain language, he added": what a
        // phrase of "with" tells is the writer's, no one's statement.)
        let found = found.filter(|r| !tk.is_word(r.speaker.0, "with"));
        match found {
            Some(mut r) => {
                r.speaker = whole_speaker(tk, r.speaker, i);
                // ("offered by Waste Management Inc <WNX>.": the newswire's
                // markup closes with the name it marks.)
                for span in &mut r.spans {
                    let words = &tk.text[span.clone()];
                    if tk.text[span.end..].starts_with('>') && words.rfind('<') > words.rfind('>') {
                        span.end += 1;
                    }
                }
                let end = r.spans.last().map_or(0, |s| s.end);
                let next = tk.at_or_after(end).max(i + 1);
                // ("said that under the agreement Canon would sell …, he
                // said.": the speaker's credit again at the end is no part
                // of what was said, nor a statement of its own.)
                // (Or another's credit: "…, the sources said".)
                let last = next.saturating_sub(1);
                if last >= 3
                    && tk.list[last].end == end
                    && cue_at(tk, last).is_some()
                    && let Some(comma) =
                        (last.saturating_sub(8)..last - 1).rev().find(|&k| tk.is(k, ','))
                    && comma > 0
                    && (subject_pronoun_at(tk, comma + 1) && comma + 2 == last
                        || super::phrases::phrase_before(tk, last - 1, comma + 1)
                            == Some((comma + 1, last - 1)))
                    && let Some(span) = r.spans.last_mut()
                    && tk.list[comma].start > span.start
                {
                    span.end = tk.list[comma - 1].end;
                }
                if let Some(span) = r.spans.last_mut()
                    && let Some(comma) = closing_apposition(tk, span)
                {
                    span.end = tk.list[comma - 1].end;
                }
                // ("After saying he was nervous …, the man ended up …": what
                // a participle that opens the sentence reports ends at the
                // comma before the sentence's subject; "Having announced …,
                // Judge Berman …" too.)
                if i > 0
                    && (super::phrases::PARTICIPLE_OPENERS.iter().any(|w| tk.is_word(i - 1, w))
                        || tk.is_word(i - 1, "having"))
                    && sentence_start(tk, i) == i - 1
                    && let Some(span) = r.spans.last_mut()
                    && let Some(comma) = (tk.at_or_after(span.start)..tk.at_or_after(span.end))
                        .find(|&k| tk.is(k, ','))
                    && comma > tk.at_or_after(span.start)
                {
                    span.end = tk.list[comma - 1].end;
                }
                out.push(r);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The whole phrase the first verb of the sentence from token `whole`
/// follows, when the sentence's subject `p` read alone stops short of it:
/// "Business groups welcomed the move and cautioned …", "Civil rights group
/// Liberty said … but called …" (the second verb at token `c`).
fn first_verbs_phrase(tk: &Tokens, whole: usize, p: TokenRange, c: usize) -> Option<TokenRange> {
    if p.0 != whole {
        return None;
    }
    // (A finite verb, not a noun it may be, and a phrase that ends in a
    // word: not "The Vermont senator emailed supporters saying", "official
    // Soviet estimates", "The European Community (EC)".)
    let v = (p.1 + 1..c).find(|&v| cue_at(tk, v).is_some() || tk.list[v].quoted)?;
    // (Or past a few plain words before a role's or a body's noun that
    // describe it, "Civil rights group Liberty"; not "The banks for their
    // part", "Mees en Hope".)
    let describing = |a: usize| {
        a > p.1
            && a <= p.1 + 3
            && (p.1 + 1..a).all(|k| {
                tk.list[k].word
                    && !tk.capitalized(k)
                    && !tk.list[k].quoted
                    && !tk.has(k, flag::FUNCTION_WORD | flag::DETERMINER)
            })
            && tk.has(a, flag::ROLE_NOUN | flag::FIRM_NOUN)
            && !tk.capitalized(a)
    };
    phrase_before(tk, v.checked_sub(1)?, whole).filter(|&(a, b)| {
        (a == whole || describing(a))
            && b > p.1
            && b + 1 == v
            && tk.list[b].word
            && !tk.list[v].quoted
            && !tk.has(v, flag::NOUN_LIKE)
            && !tk.bytes(v).ends_with(b"ing")
    })
}

/// The speaker phrase `sp` of the verb at token `c` without the participle
/// of a text put out that closes it, perhaps before a day: "a Los Angeles
/// Times poll released Sunday showed", "a company statement issued at the
/// same time said" (the participle is no part of the text's name).
fn without_put_out(tk: &Tokens, sp: TokenRange, c: usize) -> TokenRange {
    const PUT_OUT: [&str; 8] = [
        "released",
        "published",
        "issued",
        "conducted",
        "distributed",
        "prepared",
        "broadcast",
        "made",
    ];
    let last = if sp.1 > sp.0 && day_at(tk, sp.1) { sp.1 - 1 } else { sp.1 };
    if last > sp.0 + 1 && sp.1 < c && PUT_OUT.iter().any(|w| tk.is_word(last, w)) {
        (sp.0, last - 1)
    } else {
        sp
    }
}

/// Whether the words from token `s` to the subject opening at token `a`
/// are a clause a credit closes: a comma before the subject, three words
/// or more before it and no reporting verb among them.
fn words_then_credit(tk: &Tokens, s: usize, a: usize) -> bool {
    // (Not an opening: "In its offer, TWA said …", "Earlier this week, …".)
    a >= s + 4
        && tk.is(a - 1, ',')
        && (s..a - 1).filter(|&m| tk.list[m].word).count() >= 3
        && !(s..a - 1).any(|m| tk.list[m].quoted || cue_at(tk, m).is_some() || tk.is(m, ','))
        && !opening_at(tk, s)
        && time_opening(tk, s).is_none()
        && !["earlier", "later", "as"].iter().any(|w| tk.is_word(s, w))
}

/// Whether a subordinator of when opens at token `k`, a clause's subject
/// after it ("as he laid out …"; not "as many as 3,000 firms").
fn when_clause_at(tk: &Tokens, k: usize) -> bool {
    super::phrases::WHEN_SUBORDINATORS.iter().any(|w| tk.is_word(k, w))
        && (subject_pronoun_at(tk, k + 1)
            || tk.has(k + 1, flag::DETERMINER)
            || tk.capitalized(k + 1))
        && !["many", "much", "few", "long", "well", "soon", "far", "little"]
            .iter()
            .any(|w| tk.is_word(k + 1, w))
}

/// Whether the verb at token `c`, its subject `subject` after words it
/// credits, goes on (past whom it told) with a subordinator of when it was
/// said: "…, President Obama told his closest advisers as he laid out …".
fn circumstance_after(tk: &Tokens, s: usize, c: usize, subject: Option<TokenRange>) -> bool {
    let Some(sp) = subject else { return false };
    // (Someone who speaks: not "…, previously reported as a 22.4 pct fall".)
    let speaker_like = tk.capitalized(sp.1)
        || super::phrases::pronoun(tk, sp.0).is_some()
        || tk.has(sp.1, flag::ROLE_NOUN);
    if !speaker_like || sp.0 < s + 4 || !tk.is(sp.0 - 1, ',') {
        return false;
    }
    let mut k = c + 1;
    if told_at(tk, c)
        && let Some((_, e)) = phrase_after(tk, k, tk.list.len())
    {
        k = past_whom_told(tk, e + 1);
    }
    when_clause_at(tk, k) && words_then_credit(tk, s, sp.0)
}

/// The speaker phrase `sp` read back from the verb at token `c`, widened
/// to the whole of who spoke: the unit an owner's phrase names, the one a
/// place's phrase is in (see [`with_where`]), and without the participle of
/// a text put out.
pub(crate) fn whole_speaker(tk: &Tokens, sp: TokenRange, c: usize) -> TokenRange {
    without_put_out(tk, owned_unit(tk, with_where(tk, sp, c)), c)
}

/// The unit a speaker phrase `sp` owns, when the phrase is its owner after
/// "unit of", "subsidiary of", "division of" or "affiliate of": "The
/// Western Airlines unit of Delta Air Lines Inc said" is Western Airlines.
fn owned_unit(tk: &Tokens, sp: TokenRange) -> TokenRange {
    let a = sp.0;
    if a < 3 || !tk.is_word(a - 1, "of") {
        return sp;
    }
    let unit = a - 2;
    if tk.capitalized(unit)
        || !["unit", "subsidiary", "division", "affiliate"].iter().any(|w| tk.is_word(unit, w))
    {
        return sp;
    }
    // (Its name of capitals, an "of" inside it too: "The First Interstate
    // Bank of California subsidiary of …"; two words at least, not where
    // it is: "The Amsterdam unit of …".)
    let end = unit - 1;
    let start = (end.saturating_sub(8)..=end)
        .rev()
        .take_while(|&k| {
            tk.list[k].word
                && !tk.is_word(k, "the")
                && (tk.capitalized(k) || (tk.is_word(k, "of") && k > 0 && tk.capitalized(k - 1)))
        })
        .last();
    match start {
        Some(start) if tk.capitalized(start) && tk.capitalized(end) && end > start => (start, end),
        _ => sp,
    }
}

/// The speaker phrase `sp` of the verb at token `c` with the phrase whose
/// place it names, when it is only a place after "in" or "at": "some
/// delegates at the convention in Philadelphia said", "majorities in all
/// five say"; a name alone, "the Brookehill Group in New York said" is the
/// Brookehill Group (not New York).
fn with_where(tk: &Tokens, sp: TokenRange, c: usize) -> TokenRange {
    // (The link first: most speakers have none.)
    let linked = |a: usize| a >= 2 && ["in", "at", "on"].iter().any(|w| tk.is_word(a - 1, w));
    // ("in Sioux City, Iowa said", "the Hunt family of Dallas, Texas,
    // told": a town and its state.)
    let town = (sp.0 >= 3
        && tk.is(sp.0 - 1, ',')
        && tk.capitalized(sp.0 - 2)
        && super::phrases::us_state(tk, sp))
    .then(|| (0..sp.0 - 1).rev().take(4).take_while(|&k| tk.capitalized(k)).last())
    .flatten()
    .filter(|&t| linked(t) || (t >= 2 && tk.is_word(t - 1, "of")));
    let original = sp;
    let sp = match town {
        Some(t) => (t, sp.1),
        None if !linked(sp.0) => return sp,
        None => sp,
    };
    // (The town's "of" links it too: "the Hunt family of Dallas, Texas".)
    let place_linked = |a: usize| linked(a) || (town == Some(a) && tk.is_word(a - 1, "of"));
    // (A place names no one: not "Las Vegas Microsoft boss Bill Gates",
    // nor "the time peace groups".)
    if sp.1 >= c
        || sp.1 > sp.0 + 3
        || (sp.0..=sp.1).any(|k| tk.has(k, flag::ROLE_NOUN | flag::TITLE_WORD))
        || (sp.0..=sp.1).any(|k| time_noun_at(tk, k) || tk.is_word(k, "time"))
    {
        return sp;
    }
    // (A text in a paper is the paper's: "A report in the Sunday Telegraph
    // said".)
    const PAPER_TEXTS: [&str; 7] =
        ["report", "article", "story", "column", "editorial", "review", "interview"];
    let s = sentence_start(tk, c);
    let mut a = sp.0;
    let mut first = None;
    // (Back over a place in a place: "at the convention in Philadelphia",
    // "at Postbridge on Dartmoor in the West Country".)
    for _ in 0..4 {
        if !(a >= s + 2 && place_linked(a)) {
            break;
        }
        // (Or plain nouns before it, as a subject may be: "Foreign banks in
        // Tokyo said", "Traders and bankers in Singapore said".)
        let Some((b0, b1)) = phrase_before(tk, a - 2, s)
            .filter(|&(b0, _)| !(b0 > s && tk.is_word(b0 - 1, "and")))
            .or_else(|| {
                // (Only nouns and their words, none of a clause: not
                // "directors have postponed action on a petition".)
                let (b0, b1) = loose_subject(tk, a - 1, s)?;
                let plain = |k: usize| {
                    tk.is_word(k, "and")
                        || (tk.list[k].word
                            && !tk.list[k].quoted
                            && !tk.has(k, flag::FUNCTION_WORD | flag::DETERMINER)
                            && !auxiliary_at(tk, k)
                            && !tk.bytes(k).ends_with(b"ing"))
                };
                (first.is_none()
                    && super::phrases::pronoun(tk, sp.0).is_none()
                    && b1 - b0 <= 4
                    && !tk.is_word(b0, "compared")
                    && (b0..=b1).all(plain))
                .then_some((b0, b1))
            })
        else {
            break;
        };
        if b1 != a - 2
            || !(b0..=b1).all(|k| tk.list[k].word && !tk.list[k].quoted)
            || super::attribution::text_noun(tk, b1)
            || PAPER_TEXTS.iter().any(|w| tk.is_word(b1, w))
        {
            break;
        }
        // ("War on Want", "The Mail on Sunday": "on" between names joins
        // one name, from its capitals.)
        // (Unless the name is a place too: "at Postbridge on Dartmoor".)
        if tk.is_word(a - 1, "on") && tk.capitalized(b1) {
            let start = (b0..=b1).rev().take_while(|&k| tk.capitalized(k)).last().unwrap_or(b1);
            if !(start >= s + 2 && ["in", "at"].iter().any(|w| tk.is_word(start - 1, w))) {
                return (start, sp.1);
            }
        }
        a = b0;
        first = Some(b1);
    }
    match first {
        Some(b1) if tk.capitalized(b1) => (a, b1),
        // (No phrase before the town: the words as they were.)
        None if town.is_some() => original,
        _ => (a, sp.1),
    }
}

/// The comma before a writer's apposition that closes the reported words
/// in `span`, explaining their last noun: "to repeal the Hyde Amendment, a
/// longstanding federal provision that prohibits …", "…, an ambitious goal
/// that would surely require …". Only "a" or "an" and a relative clause
/// within a few words, the last comma but in the last two words, with no
/// quotation after it.
fn closing_apposition(tk: &Tokens, span: &Range<usize>) -> Option<usize> {
    // (The last comma or semicolon a few words before the end, found in the
    // bytes first: this is asked of every reported statement, and most have
    // none. Not one inside a number, "5,000".)
    let bytes = tk.text.as_bytes().get(span.clone())?;
    let mut hits = memchr::memrchr2_iter(b',', b';', bytes).peekable();
    hits.peek()?;
    let last = tk.at_or_after(span.end).checked_sub(1)?;
    let comma = hits.find_map(|at| {
        let k = tk.at_or_after(span.start + at);
        (tk.list.get(k).is_some_and(|t| t.start == span.start + at) && k + 3 <= last).then_some(k)
    })?;
    let first = tk.at_or_after(span.start);
    if comma < first + 2 {
        return None;
    }
    let article = tk.is(comma, ',') && (tk.is_word(comma + 1, "a") || tk.is_word(comma + 1, "an"));
    let relative = (comma + 3..(comma + 13).min(last))
        .find(|&k| ["that", "which", "who"].iter().any(|w| tk.is_word(k, w)))?;
    // (A noun phrase after a noun: not the object that follows an aside,
    // "to initiate, after the exchange closes, a transaction that …", nor
    // a clause of its own, "…, a hybrid virus is created that …".)
    // (Nor the last of a list, "Firm oil prices, a sharp stock price fall
    // and widespread fear that …".)
    let noun_phrase = (comma + 2..relative)
        .all(|k| !auxiliary_at(tk, k) && !tk.is_word(k, "and") && !tk.is_word(k, "or"))
        && tk.list[comma - 1].word
        && !tk.bytes(comma - 1).ends_with(b"ed")
        && !(first..comma)
            .rev()
            .find(|&m| tk.is(m, ','))
            .is_some_and(|m| super::phrases::SUBORDINATORS.iter().any(|w| tk.is_word(m + 1, w)));
    let plain = (comma + 1..=last).all(|k| !tk.list[k].quoted);
    (article && noun_phrase && plain).then_some(comma)
}

/// The comma before a role that stands between commas before the name of
/// a credit that closes the sentence (`comma` is the comma before the
/// name, `speaker` the name): "…, a spokeswoman for France's largest farm
/// union, the FNSEA, said." A determiner and a role noun within a few
/// words, no verb and no other comma.
fn role_before_name(tk: &Tokens, s: usize, comma: usize, speaker: TokenRange) -> Option<usize> {
    if !tk.is(comma, ',') || !tk.capitalized(speaker.1) || speaker.1 - speaker.0 > 3 {
        return None;
    }
    let earlier = (comma.saturating_sub(16).max(s)..comma).rev().find(|&m| !tk.list[m].word)?;
    let role = earlier + 1;
    let plain = (role..comma).all(|m| {
        tk.list[m].word && !tk.list[m].quoted && !auxiliary_at(tk, m) && cue_at(tk, m).is_none()
    });
    // (Someone's post or a body's name, not what the thing reported is:
    // "…, the first monthly rise since September, Halifax said".)
    const POSTS: [&str; 39] = [
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "head",
        "chief",
        "delegate",
        "member",
        "executive",
        "director",
        "analyst",
        "economist",
        "agent",
        "statement",
        "leader",
        "representative",
        "president",
        "chairman",
        "chairwoman",
        "governor",
        "minister",
        "secretary",
        "ambassador",
        "envoy",
        "commissioner",
        "mayor",
        "deputy",
        "manager",
        "bank",
        "office",
        "board",
        "union",
        "ministry",
        "department",
        "agency",
        "association",
        "exchange",
        "commission",
        "federation",
    ];
    let described = ["a", "an", "the"].iter().any(|w| tk.is_word(role, w))
        && (role + 1..(role + 5).min(comma)).any(|m| POSTS.iter().any(|w| tk.is_word(m, w)))
        && !(role..comma).any(|m| tk.bytes(m).first().is_some_and(u8::is_ascii_digit));
    let before = (s..earlier).filter(|&m| tk.list[m].word).count();
    (tk.is(earlier, ',') && plain && described && before >= 3).then_some(earlier)
}

/// Works one writes, whose words a statement does not tell: "wrote the
/// award-winning musical", "wrote the screenplay based on his book".
const WORKS_WRITTEN: [&str; 24] = [
    "book",
    "books",
    "song",
    "songs",
    "musical",
    "novel",
    "novels",
    "screenplay",
    "script",
    "lyrics",
    "score",
    "biography",
    "introduction",
    "foreword",
    "dissertation",
    "thesis",
    "profile",
    "articles",
    "essay",
    "poem",
    "poems",
    "code",
    "music",
    "memoir",
];

/// Whether the verb at token `c` does something other than speak: a
/// source that "declined to be named" (the anonymity is no statement of
/// theirs), a company that "declared a quarterly dividend" or "wrote off"
/// a loan.
fn no_speech_act(tk: &Tokens, c: usize) -> bool {
    let b = tk.bytes(c);
    if b.starts_with(b"declin") || b.starts_with(b"refus") {
        tk.is_word(c + 1, "to")
            && tk.is_word(c + 2, "be")
            && ["named", "identified"].iter().any(|w| tk.is_word(c + 3, w))
    } else if b.starts_with(b"writ") || b.starts_with(b"wrote") {
        // ("have written off most of their loans", "wrote down inventories":
        // accounts, not words.)
        // (Nor a work written, "wrote the award-winning musical", "wrote
        // the screenplay based on his book": what its words say is not
        // told; unlike "writes in his book … that …".)
        ["off", "down", "up"].iter().any(|w| tk.is_word(c + 1, w))
            || (c + 1..(c + 6).min(tk.list.len()))
                .take_while(|&k| {
                    tk.list[k].word
                        && !tk.list[k].quoted
                        && !["that", "in", "on", "for"].iter().any(|w| tk.is_word(k, w))
                        && !subject_pronoun_at(tk, k)
                        && !auxiliary_at(tk, k)
                })
                .any(|k| WORKS_WRITTEN.iter().any(|w| tk.is_word(k, w)))
    } else if b.starts_with(b"claim") || b.starts_with(b"add") {
        // ("claimed her seventh Grand Slam title", "added the Olympic relay
        // crown to his World Indoor title", "claimed the top spot": a prize
        // won, not words.)
        // ("claiming away draws in Basel and Paris", "claimed 200 lives": a
        // result or a toll.)
        // (Not "point": "claimed at one point that …".)
        const PRIZES: [&str; 17] = [
            "title", "titles", "spot", "crown", "medal", "medals", "trophy", "place", "honours",
            "gold", "silver", "bronze", "draw", "draws", "lives", "scalp", "cup",
        ];
        let prize = (c + 1..(c + 7).min(tk.list.len()))
            .take_while(|&k| {
                tk.list[k].word
                    && !tk.is_word(k, "that")
                    && cue_at(tk, k).is_none()
                    && !subject_pronoun_at(tk, k)
                    && !auxiliary_at(tk, k)
            })
            .any(|k| PRIZES.iter().any(|w| tk.is_word(k, w)));
        prize || (b.starts_with(b"add") && (amount_added(tk, c) || thing_added_to(tk, c)))
    } else if b.starts_with(b"conced") {
        // ("conceded defeat", "conceding the race to Clinton", "conceded a
        // penalty": a contest given up, not words granted.)
        const CONTESTS: [&str; 14] = [
            "defeat",
            "race",
            "election",
            "nomination",
            "primary",
            "contest",
            "penalty",
            "penalties",
            "goal",
            "goals",
            "try",
            "tries",
            "seat",
            "victory",
        ];
        (c + 1..(c + 4).min(tk.list.len()))
            .take_while(|&k| tk.list[k].word && !tk.list[k].quoted && !tk.is_word(k, "that"))
            .any(|k| CONTESTS.iter().any(|w| tk.is_word(k, w)))
    } else if b.starts_with(b"declar") {
        (c + 1..(c + 8).min(tk.list.len()))
            .take_while(|&k| tk.list[k].word && !tk.is_word(k, "that"))
            .any(|k| tk.is_word(k, "dividend") || tk.is_word(k, "dividends"))
    } else if b.starts_with(b"blast") || b.starts_with(b"slam") {
        // ("the rocket blasted off", "blasted wide when clear", "slammed his
        // racket onto the ground", "blasted in a shot": a thing struck or
        // launched, not words; nor a gerund that names a game's shooting,
        // "the most hectic video game blasting you will ever encounter".)
        const PARTICLES: [&str; 14] = [
            "off", "away", "wide", "home", "in", "out", "into", "past", "through", "down", "onto",
            "shut", "open", "over",
        ];
        const THINGS: [&str; 12] = [
            "ball",
            "shot",
            "racket",
            "door",
            "doors",
            "goal",
            "net",
            "bar",
            "post",
            "platform",
            "rocket",
            "satellite",
        ];
        PARTICLES.iter().any(|w| tk.is_word(c + 1, w))
            || (c + 1..(c + 4).min(tk.list.len()))
                .take_while(|&k| tk.list[k].word)
                .any(|k| THINGS.iter().any(|w| tk.is_word(k, w)))
            || (b.ends_with(b"ing")
                && c > 0
                && tk.list[c - 1].word
                && !tk.is_word(c - 1, "and")
                && !auxiliary_at(tk, c - 1))
    } else {
        false
    }
}

/// The speaker phrase `sp` with "and others" or "and other …" after it
/// ("said Doyle and others"), a group with the one it names.
fn and_others(tk: &Tokens, sp: TokenRange) -> TokenRange {
    if tk.is_word(sp.1 + 1, "and") && tk.is_word(sp.1 + 2, "others") {
        (sp.0, sp.1 + 2)
    } else if tk.is_word(sp.1 + 1, "and")
        && tk.is_word(sp.1 + 2, "other")
        && tk.list.get(sp.1 + 3).is_some_and(|t| t.word && !t.quoted)
        && tk.has(sp.1 + 3, flag::ROLE_NOUN)
    {
        (sp.0, sp.1 + 3)
    } else {
        sp
    }
}

/// Whether "add" at token `c` adds a thing to another, not words: "will
/// add their awards to the four they won", "add a label to its low-fat
/// brands", "add a fourth daily nonstop to New York"; not "added the plan
/// to cut costs would …", whose "to" opens a verb.
fn thing_added_to(tk: &Tokens, c: usize) -> bool {
    const OWNERS: [&str; 10] =
        ["the", "a", "an", "its", "his", "her", "their", "our", "my", "your"];
    let Some(to) = (c + 1..(c + 8).min(tk.list.len()))
        .take_while(|&k| {
            tk.list[k].word
                && !tk.list[k].quoted
                && !tk.is_word(k, "that")
                && cue_at(tk, k).is_none()
                && !subject_pronoun_at(tk, k)
                && !auxiliary_at(tk, k)
        })
        .find(|&k| tk.is_word(k, "to"))
    else {
        return false;
    };
    // (The thing in lower case: not "added U.S. allies look very strongly
    // to …", a clause; nor one with an auxiliary after it, "added a
    // supplement to the offer … will be distributed later today".)
    to > c + 1
        && !tk.capitalized(c + 1)
        && tk.list.get(to + 1).is_some_and(|t| t.word && !t.quoted)
        && (OWNERS.iter().any(|w| tk.is_word(to + 1, w)) || tk.capitalized(to + 1))
        && !(to + 1..tk.list.len())
            .take_while(|&k| !tk.ends_sentence(k) && !tk.is(k, ','))
            .any(|k| auxiliary_at(tk, k))
}

/// Whether "add" at token `c` adds an amount, not words: "will add some
/// 45 mln stg to the system", "added another 3.2 mln barrels to its
/// reserves", "added around 292,000 jobs in December"; not "added 80 pct
/// of its exports went to …".
fn amount_added(tk: &Tokens, c: usize) -> bool {
    const BEFORE: [&str; 9] = [
        "some",
        "about",
        "around",
        "nearly",
        "almost",
        "another",
        "further",
        "extra",
        "additional",
    ];
    let mut k = c + 1;
    if tk.is_word(k, "a") || tk.is_word(k, "an") {
        k += 1;
    }
    if tk.list.get(k).is_none_or(|t| !t.word || t.quoted) {
        return false;
    }
    let opens = BEFORE.iter().any(|w| tk.is_word(k, w))
        || tk.bytes(k).first().is_some_and(u8::is_ascii_digit);
    if !opens {
        return false;
    }
    let rest = || (k + 1..tk.list.len()).take_while(|&m| !tk.ends_sentence(m));
    // (A preposition soon after the amount, with no verb before it; or
    // "respectively" for amounts of several.)
    (k + 1..(k + 6).min(tk.list.len()))
        .take_while(|&m| !auxiliary_at(tk, m) && cue_at(tk, m).is_none() && !tk.ends_sentence(m))
        .any(|m| {
            tk.is_word(m, "to")
                || tk.is_word(m, "during")
                || (tk.is_word(m, "in")
                    && m + 1 < tk.list.len()
                    && (super::phrases::month(tk, m + 1) || year_at(tk, m + 1)))
        })
        || rest().any(|m| tk.is_word(m, "respectively"))
}

/// Words after "called X" that make no naming ("called him back", "called
/// Congress to act", "called her on Monday").
const NOT_A_NAME: &[&str] = &[
    "to",
    "for",
    "on",
    "back",
    "up",
    "off",
    "out",
    "in",
    "at",
    "from",
    "with",
    "about",
    "and",
    "or",
    "but",
    "after",
    "before",
    "during",
    "last",
    "this",
    "when",
    "while",
    "because",
    "as",
    "that",
    "again",
    "early",
    "late",
    "today",
    "yesterday",
];

/// `X calls Y Z`: what someone called someone or something ("Sanders calls
/// Clinton unqualified", "Trump had called himself pro-choice", "called
/// him a pragmatic and effective strategist"), the object and what it was
/// called. Not `called him "weak"` (a partial quotation), nor "called him
/// back", "a show called …".
fn naming(tk: &Tokens, c: usize) -> Option<Reported> {
    const OBJECTS: [&str; 7] = ["him", "her", "himself", "herself", "them", "themselves", "it"];
    if !["call", "calls", "called", "calling"].iter().any(|w| tk.is_word(c, w)) {
        return None;
    }
    let s = sentence_start(tk, c);
    let o = c + 1;
    if c == s || o + 1 >= tk.list.len() || !tk.list[o].word || tk.list[o].quoted {
        return None;
    }
    // The object: a pronoun, or a name of up to three words.
    let mut e = o;
    if !OBJECTS.iter().any(|w| tk.is_word(o, w)) {
        // (Not a thing's name after its noun: "a website called Real News
        // Right Now", "a super PAC called Our Principles".)
        let named_thing = (c.saturating_sub(4).max(s)..c)
            .any(|k| tk.is_word(k, "a") || tk.is_word(k, "an"))
            || (tk.list[c - 1].word
                && !tk.capitalized(c - 1)
                && super::phrases::pronoun(tk, c - 1).is_none());
        if !tk.capitalized(o) || tk.has(o, flag::FUNCTION_WORD) || named_thing {
            return None;
        }
        while e + 1 < tk.list.len() && e < o + 2 && tk.capitalized(e + 1) && tk.list[e + 1].word {
            e += 1;
        }
    }
    let comp = e + 1;
    if comp >= tk.list.len()
        || !tk.list[comp].word
        || tk.list[comp].quoted
        || opening_mark(tk, comp)
        || NOT_A_NAME.iter().any(|w| tk.is_word(comp, w))
        // ("called her rival to congratulate him": a telephone call.)
        || (comp..(comp + 3).min(tk.list.len())).any(|k| tk.is_word(k, "to"))
    {
        return None;
    }
    let cue = lexicon::cue_name(tk.str(c));
    let speaker = doer(tk, s, c, cue)?;
    let span = object_phrase(tk, o, clause(tk, o)?);
    Some(Reported { spans: smallvec::smallvec![span], speaker, cue, cue_token: c })
}

/// Who does what the verb at token `c` (of the sentence from `s`) tells,
/// when it has an object: the sentence's subject for a participle or a
/// second predicate ("and asked workers if …"), else the phrase before it.
fn doer(tk: &Tokens, s: usize, c: usize, cue: &'static str) -> Option<TokenRange> {
    if participle_of_sentence(tk, c, s, cue) {
        participle_subject(tk, s, c)
    } else if let Some(c) = (s..c)
        .rev()
        .find(|&k| !tk.has(k, flag::VERB_FILLER))
        .map(|k| k + 1)
        .filter(|&c| ["but", "and"].iter().any(|w| tk.is_word(c - 1, w)))
    {
        // ("… and has asked Venezuela to help": past the auxiliary.)
        // ("a young boy who stared at a painting and asked who he was": the
        // one the relative clause is about.)
        // (Not the object of a preposition: "a pollster with Mr.
        // Yanukovych's former party who cooperated with him and called him
        // …" is the pollster.)
        let relative = (s + 1..c - 1)
            .rev()
            .find(|&k| tk.is_word(k, "who"))
            .filter(|&who| !(who..c).any(|k| tk.is(k, ',')))
            .and_then(|who| phrase_before(tk, who - 1, s))
            .filter(|&(a, _)| a > s && !tk.has(a - 1, flag::FUNCTION_WORD));
        // ("The crowd cheered when Trump spotted a sign and asked it to be
        // fetched": the subject of the clause a subordinator opens.)
        let subordinate = || {
            let k = (s + 1..c - 1)
                .rev()
                .find(|&k| super::phrases::SUBORDINATORS.iter().any(|w| tk.is_word(k, w)))?;
            if (k..c).any(|m| tk.is(m, ',')) {
                return None;
            }
            phrase_after(tk, k + 1, c).filter(|&(a, _)| a == k + 1)
        };
        relative
            .or_else(subordinate)
            .or_else(|| (c > s + 1).then(|| sentence_subject(tk, s, c)).flatten())
    } else {
        phrase_before(tk, c - 1, s).or_else(|| loose_subject(tk, c, s))
    }
}

/// Whether the verb at `c` is inside the question that opens its sentence
/// ("Asked whether Kovacs had promised more …, Hrytsenko said"): what was
/// asked about, not what anyone said.
fn in_question(tk: &Tokens, c: usize) -> bool {
    let s = sentence_start(tk, c);
    let asked = (s..(s + 2).min(c)).find(|&k| tk.is_word(k, "asked") || tk.is_word(k, "asking"));
    asked.is_some_and(|a| !(a..c).any(|k| tk.is(k, ',')))
}

/// Verbs whose content follows a particle, and their particles: "called
/// for …", "calls on Congress to …", "referring to …", "pointed to …",
/// "talked about …", "warned against …", "complained about …".
const PARTICLE_VERBS: &[(&str, &[&str])] = &[
    ("call", &["for", "on"]),
    ("refer", &["to"]),
    ("point", &["to", "out"]),
    ("talk", &["about"]),
    ("warn", &["against", "of", "about"]),
    ("caution", &["against"]),
    ("complain", &["about", "of"]),
    ("hint", &["at"]),
];

/// Whether the verb at token `c` is followed by its particle: then it
/// reports, whatever else the verb may mean without it ("a show called …",
/// "called her to congratulate her").
fn with_particle(tk: &Tokens, c: usize) -> bool {
    let mut buf = [0u8; 32];
    let verb = tk.lower(c, &mut buf);
    c + 1 < tk.list.len()
        && PARTICLE_VERBS.iter().any(|(stem, particles)| {
            verb.starts_with(stem) && particles.iter().any(|p| tk.is_word(c + 1, p))
        })
}

/// "was told", "to say", "is said to": not someone reporting.
fn passive_or_infinitive(tk: &Tokens, c: usize) -> bool {
    if c == 0 {
        return false;
    }
    let be = |k: usize| {
        let mut buf = [0u8; 32];
        // (A capital is a name: "Theresa May said".)
        let name = tk.capitalized(k) && k > 0 && !tk.ends_sentence(k - 1);
        !name
            && matches!(
                tk.lower(k, &mut buf),
                "to" | "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "being"
                | "not"
                | "would"
                | "could"
                | "might"
                // (Nor what someone must, should or may yet say: "Congress
                // must agree to oil and gas exploration".)
                | "must"
                | "should"
                | "may"
            )
            || negated_modal(tk, k)
    };
    // ("Trump was calling for change", "critics are saying …": a verb in
    // progress after "be" reports, as "is also hoping" does below.)
    let progressive = tk.bytes(c).ends_with(b"ing")
        && ["is", "was", "are", "were", "am", "been"].iter().any(|w| tk.is_word(c - 1, w));
    (be(c - 1) && !progressive && went_on_to(tk, c).is_none())
        // ("were now expected", "are also expected", "to formally
        // respond": past an adverb; not "has not publicly accused", nor "is
        // also hoping".)
        || (c >= 2
            && ((tk.list[c - 1].word && tk.has(c - 1, flag::VERB_FILLER)) || ends_in_ly(tk, c - 1))
            && !auxiliary_at(tk, c - 1)
            && !tk.is_word(c - 1, "not")
            && !tk.is_word(c - 2, "not")
            && be(c - 2)
            && (tk.is_word(c - 2, "to") || tk.bytes(c).ends_with(b"ed")))
        || adjectival(tk, c)
        || bare_infinitive(tk, c)
        || coordinated_infinitive(tk, c)
}

/// Whether the bare verb at token `c` is an infinitive joined by "and" to
/// one just before it: "… to explain and defend her decision", "which
/// allows him to keep his options open and deny …".
fn coordinated_infinitive(tk: &Tokens, c: usize) -> bool {
    c >= 3
        && (tk.is_word(c - 1, "and") || tk.is_word(c - 1, "or"))
        && !tk.bytes(c).ends_with(b"ed")
        && !tk.bytes(c).ends_with(b"s")
        && !tk.bytes(c).ends_with(b"ing")
        && !tk.bytes(c).ends_with(b"id")
        && ![
            "told", "wrote", "thought", "found", "felt", "knew", "heard", "saw", "spoke", "made",
            "gave", "held", "sent", "put", "set", "read", "meant", "kept", "led",
        ]
        .iter()
        .any(|w| tk.is_word(c, w))
        && (c.saturating_sub(7)..c - 1)
            .rev()
            .take_while(|&k| tk.list[k].word && !tk.list[k].quoted)
            .any(|k| tk.is_word(k, "to") && tk.list.get(k + 1).is_some_and(|t| t.word))
}

/// When the verb at token `c` is an infinitive after "went on",
/// "continued", "was quick", "(more) likely" or "took to Twitter" ("He went
/// on to say …", "Clinton continued to insist …"), the token of that verb
/// ("went", "continued", "was"), whose subject speaks.
fn went_on_to(tk: &Tokens, c: usize) -> Option<usize> {
    if c < 3 || !tk.is_word(c - 1, "to") {
        return None;
    }
    let be = |k: usize| ["is", "are", "was", "were"].iter().any(|w| tk.is_word(k, w));
    if ["continued", "continues", "continue"].iter().any(|w| tk.is_word(c - 2, w)) {
        Some(c - 2)
    } else if tk.is_word(c - 2, "on") && ["went", "goes", "go"].iter().any(|w| tk.is_word(c - 3, w))
    {
        Some(c - 3)
    } else if tk.is_word(c - 2, "quick") && be(c - 3) {
        // ("Clinton was quick to say …".)
        Some(c - 3)
    } else if tk.is_word(c - 2, "likely") && ["more", "less"].iter().any(|w| tk.is_word(c - 3, w)) {
        // ("Democratic voters are slightly more likely to say that …": what
        // a poll found they say; "be" before the comparative, past an
        // adverb of degree.)
        let degree =
            |k: usize| ["slightly", "much", "far", "somewhat"].iter().any(|w| tk.is_word(k, w));
        let v = (c - 3).checked_sub(1)?;
        let v = if degree(v) { v.checked_sub(1)? } else { v };
        be(v).then_some(v)
    } else if c >= 4
        && tk.is_word(c - 3, "to")
        && ["Twitter", "Facebook"].iter().any(|w| tk.is_word(c - 2, w))
        && ["took", "takes", "take", "went", "goes"].iter().any(|w| tk.is_word(c - 4, w))
    {
        // ("Hillary Clinton took to Twitter to say thanks.")
        Some(c - 4)
    } else {
        None
    }
}

/// Whether token `k` is a negated modal or "be" ("wouldn't", "won't",
/// "isn't"), which, like "would not", reports nothing: "I wouldn't say we
/// were robbed", "Obama isn't expected to attend". (Not a negated "do" or
/// "have": "I don't think …" is I's.)
fn negated_modal(tk: &Tokens, k: usize) -> bool {
    let b = tk.bytes(k);
    let negated = b.ends_with(b"n't") || b.ends_with("n\u{2019}t".as_bytes());
    negated && tk.list[k].word && !super::phrases::negation(tk, k)
}

/// Participles that are mostly adjectives after a possessive: "the
/// government's proposed tax bills", "Rubio's proposed credit".
pub(crate) const ADJECTIVAL_PARTICIPLES: [&str; 6] =
    ["proposed", "estimated", "expected", "planned", "alleged", "projected"];

/// Whether the participle at token `c` stands as an adjective after a
/// determiner, an adverb in "-ly" between them or not: "its previously
/// announced purchase", "the announced record date".
fn adjectival(tk: &Tokens, c: usize) -> bool {
    let det = |k: usize| {
        [
            "the",
            "a",
            "an",
            "its",
            "his",
            "her",
            "their",
            "our",
            "my",
            "your",
            "this",
            "these",
            "following",
            "other",
            "new",
            // ("4% of those questioned thought …": whom a poll asked.)
            "those",
            "such",
            "any",
        ]
        .iter()
        .any(|w| tk.is_word(k, w))
    };
    // (A possessive before a participle that is mostly an adjective: "the
    // government's proposed tax bills", "Chrysler Corp's proposed
    // acquisition"; not "Moody's added".)
    // (So are others after "the" and before a noun: "the government's
    // announced intention", "the company's reported loss"; not "the
    // company's reported a loss", where "'s" is "has".)
    let possessive = |k: usize| {
        tk.list[k].word
            && tk.possessive(k)
            && (ADJECTIVAL_PARTICIPLES.iter().any(|w| tk.is_word(c, w))
                || (k > 0
                    && tk.is_word(k - 1, "the")
                    && ["announced", "reported", "recommended", "stated", "declared", "promised"]
                        .iter()
                        .any(|w| tk.is_word(c, w))
                    && tk.list.get(c + 1).is_some_and(|t| t.word)
                    && !tk.capitalized(c + 1)
                    && !tk.has(c + 1, flag::DETERMINER | flag::FUNCTION_WORD)))
    };
    // ("than expected", "as expected", "the bombing of alleged targets",
    // "misled the public about alleged fraud".)
    let before_participle = |k: usize| {
        ["than", "as", "of", "for", "against", "about", "over", "into"]
            .iter()
            .any(|w| tk.is_word(k, w))
    };
    // ("The election, widely expected to be held in May, …": a participle
    // set off after its noun; not an inverted credit, "…, added Smith".)
    let set_off = |k: usize| tk.is(k, ',') || (k > 0 && tk.is(k - 1, ',') && ends_in_ly(tk, k));
    tk.bytes(c).ends_with(b"ed")
        && (det(c - 1)
            || possessive(c - 1)
            || before_participle(c - 1)
            || (set_off(c - 1)
                && ["expected", "estimated", "proposed", "reported", "believed", "predicted"]
                    .iter()
                    .any(|w| tk.is_word(c, w))
                && (tk.is_word(c + 1, "to") || tk.is_word(c + 1, "by")))
            // ("As previously announced, …", "than previously expected",
            // "Fleet's previously announced split".)
            // (Or "earlier": "an earlier announced agreement".)
            || (c >= 2
                && (ends_in_ly(tk, c - 1) || tk.is_word(c - 1, "earlier"))
                && (det(c - 2)
                    || before_participle(c - 2)
                    || (tk.list[c - 2].word && tk.possessive(c - 2) && !tk.capitalized(c - 1)))))
}

/// Whether the verb at token `c` is a bare infinitive after "help"
/// ("helping newspapers add immediacy", "had helped add momentum").
fn bare_infinitive(tk: &Tokens, c: usize) -> bool {
    (c.saturating_sub(3)..c).any(|k| {
        // (A byte test first: this is asked of every reporting verb.)
        tk.bytes(k).get(..4).is_some_and(|b| b.eq_ignore_ascii_case(b"help"))
            && {
                let mut buf = [0u8; 32];
                matches!(tk.lower(k, &mut buf), "help" | "helps" | "helped" | "helping")
            }
            && (k + 1..c).all(|m| tk.list[m].word)
    })
}

/// Whether a participle of who made it follows the phrase ending at token
/// `e`: "the leaflet published jointly by the Crown Prosecution Service".
fn made_by_after(tk: &Tokens, e: usize) -> bool {
    e + 2 < tk.list.len()
        && tk.list[e + 1].word
        && tk.bytes(e + 1).ends_with(b"ed")
        && (e + 2..(e + 4).min(tk.list.len())).any(|m| tk.is_word(m, "by"))
}

/// The content clause starting at token `from`: up to the sentence end, a
/// comma before a clause-breaking word ("but", "while", "according"), or a
/// dash. `None` when it holds a quotation (the quotation is the statement)
/// or is too short to be one.
fn clause(tk: &Tokens, from: usize) -> Option<Range<usize>> {
    clause_with(tk, from, false)
}

/// [`clause`], optionally running through quotations (for the clause that
/// holds a partial quotation: a sentence end inside the quotation does not
/// end it).
fn clause_with(tk: &Tokens, from: usize, quotes_ok: bool) -> Option<Range<usize>> {
    let mut quotes_ok = quotes_ok;
    let para = tk.list.get(from)?.paragraph;
    let mut k = from;
    let mut last_word = None;
    let mut words = 0;
    // Inside a short aside in parentheses or between dashes (a ")" the
    // clause keeps).
    let mut in_aside = false;
    while k < tk.list.len() {
        let t = &tk.list[k];
        if t.paragraph != para
            || (tk.ends_sentence(k) && !(quotes_ok && t.quoted && !closes_sentence(tk, k)))
        {
            break;
        }
        if t.quoted && !quotes_ok {
            // "… with the marchers, whom he described as “peaceful,”": a
            // quotation another verb credits, after a comma, ends the clause
            // before that comma.
            // (The comma before the verb that credits it, which may itself
            // end with a comma: "…, issued a statement saying, “…”".)
            let credit = (from..k).rev().find(|&m| cue_at(tk, m).is_some());
            // (A statement nested in this one credits it with no comma
            // between: `said the interviews suggested that companies had
            // "adjusted" …` reports all of it.)
            if let Some(v) = credit
                && v > from + 1
                && !(from..k).any(|m| tk.is(m, ',') || tk.is(m, ':'))
                && tk.list[v - 1].word
                && !auxiliary_at(tk, v - 1)
                && !tk.is_word(v - 1, "to")
                // (Not the speaker's own word for it: "preparing what she
                // called a "security package"" is one statement of hers.)
                && super::phrases::pronoun(tk, v - 1).is_none()
                // (Nor a name given: "a lipstick tube called "Amadeus"".)
                && !["called", "dubbed", "named", "titled", "entitled"]
                    .iter()
                    .any(|w| tk.is_word(v, w))
            {
                quotes_ok = true;
                k += 1;
                continue;
            }
            let comma = credit
                .and_then(|v| (from..v).rev().find(|&m| tk.is(m, ',')))
                .or_else(|| (from..k).rev().find(|&m| tk.is(m, ',')))?;
            let credited = (comma + 1..k).any(|m| cue_at(tk, m).is_some());
            let before = (from..comma).filter(|&m| tk.list[m].word).count();
            if !credited || before < 3 {
                return None;
            }
            let last = (from..comma).rev().find(|&m| tk.list[m].word)?;
            return Some(tk.list[from].start..tk.list[last].end);
        }
        if !t.word {
            let s = tk.str(k);
            // (Not a short aside in parentheses, "(57 percent)", "(35-30)",
            // nor one between dashes with the clause going on after it:
            // "closed primaries — those open only to Democrats — deny …".)
            let closes_aside = in_aside && matches!(s, ")" | "—" | "–");
            let opens_aside = !in_aside
                && !t.quoted
                && match s {
                    "(" => aside_closes(tk, k, 6, ')') || inside_clause(tk, k),
                    "—" | "–" => s.chars().next().is_some_and(|d| aside_closes(tk, k, 16, d)),
                    _ => false,
                };
            if matches!(s, "—" | "–" | "(") && !t.quoted && !opens_aside && !closes_aside {
                break;
            }
            // (A hyphen set off by spaces before a quotation is a dash too:
            // "suggested Mr. Trump had a fondness for brutal leaders - ''He
            // would have loved Stalin,'' he said".)
            // (Not one that closes an aside, "people -- unnamed -- "are very
            // threatened"", nor a grade's, `a ‘D-‘ rating`.)
            // (A newswire's "--" is two tokens.)
            let dash_start = if k > from && tk.is(k - 1, '-') && tk.list[k - 1].end == t.start {
                k - 1
            } else {
                k
            };
            if matches!(s, "-" | "--")
                && !t.quoted
                && k + 1 < tk.list.len()
                && (tk.list[k + 1].quoted || opening_mark(tk, k + 1))
                && tk.text.as_bytes().get(tk.list[dash_start].start.wrapping_sub(1)) == Some(&b' ')
                && !(from..dash_start).any(|m| matches!(tk.str(m), "-" | "--") && !tk.list[m].word)
            {
                if dash_start < k && last_word.is_some_and(|w| w >= dash_start) {
                    last_word = (from..dash_start).rev().find(|&m| tk.list[m].word);
                }
                break;
            }
            // (A newswire's "--" before a contrast: "said it made a net loss
            // … -- although foreign bankers said …".)
            // (Not an aside: "has also considered--but not yet decided--to
            // buy".)
            let double_dash = |m: usize| {
                tk.is(m, '-') && tk.is(m + 1, '-') && tk.list[m + 1].start == tk.list[m].end
            };
            if double_dash(k)
                && tk.text.as_bytes().get(t.start.wrapping_sub(1)) == Some(&b' ')
                && ["but", "although", "though", "whereas", "while"]
                    .iter()
                    .any(|w| tk.is_word(k + 2, w))
                && !(k + 3..(k + 16).min(tk.list.len())).any(double_dash)
            {
                break;
            }
            if opens_aside {
                in_aside = true;
            } else if closes_aside {
                in_aside = false;
                if s == ")" {
                    last_word = Some(k);
                }
            } else if s == "%" && last_word.is_some_and(|w| w + 1 == k) {
                // ("has 30%": the sign is the number's.)
                last_word = Some(k);
            }
            // (Past a quotation's closing mark: `was "corrupt," noting …`.)
            let n = (k + 1..(k + 3).min(tk.list.len()))
                .find(|&m| !(quotes_ok && closing_mark(tk, m)))
                .unwrap_or(k + 1);
            // (", said it sold …" after a thing reported: the sentence's own
            // verb after an aside, "Acme, reporting a loss, said …", "Gov.
            // John Kasich, who has refused to endorse Mr. Trump, said …";
            // not the clause's own verb after a verb of saying, "said his
            // band and Brian Burton, AKA Danger Mouse, wrote …".)
            if s == ","
                && words >= 2
                && tk.list.get(n).is_some_and(|t| t.word)
                && finite_saying(tk, n)
                && !(from.saturating_sub(2)..from).any(|m| {
                    let mut buf = [0u8; 32];
                    let w = tk.lower(m, &mut buf);
                    cue_at(tk, m).is_some()
                        && (SAYING.contains(&w) || super::attribution::mind_verb(w))
                })
            {
                break;
            }
            // ("vowed retaliation, Tehran radio reported.": a clause of a
            // word or two ends too before a credit that closes the sentence
            // right after its verb.)
            if s == ","
                && (1..3).contains(&words)
                && tk.list.get(n).is_some_and(|t| t.word)
                && reporting_verb_after_speaker(tk, n)
                    .or_else(|| reporting_verb_after_credit(tk, n))
                    .is_some_and(|v| {
                        tk.list.get(v + 1).is_some()
                            && tk.ends_sentence(v + 1)
                            && !passive_at(tk, v)
                    })
            {
                break;
            }
            if s == "," && words >= 3 && n < tk.list.len() && tk.list[n].word {
                let mut buf = [0u8; 32];
                let next = tk.lower(n, &mut buf);
                // (", but that …" and ", and that …" go on with what was
                // reported: "said his staff did wrong, but that the blocking
                // was …", "said Clinton placed several calls to her, and that
                // she had her staff field them"; a verb later in the sentence
                // is inside that clause.)
                // (Not "but that group …", "but that doesn't …": "that" as
                // the subject's determiner or the subject.)
                let that_goes_on = matches!(next, "but" | "and")
                    && tk.is_word(n + 1, "that")
                    && tk.list.get(n + 2).is_some_and(|t| t.word)
                    && (SUBJECT_PRONOUNS.iter().any(|w| tk.is_word(n + 2, w))
                        || tk.has(n + 2, flag::DETERMINER)
                        || tk.capitalized(n + 2));
                // ", and three-quarters said …": another attribution begins.
                let another = next == "and" && !that_goes_on && next_cue_in_sentence(tk, n);
                // ", telling reporters …": the speaker goes on to another cue.
                // (Past an adverb: ", repeatedly insisting …".)
                let goes_on = participle_cue(tk, n)
                    || (super::phrases::saying_participle(tk, n + 1)
                        && super::phrases::adverb_before_participle(tk, n));
                // "…, Chairman Kenneth Douglas told analysts.": the credit
                // for the whole sentence, with whom or where it was said
                // (not an interrupting credit: "it is his job, he said, to
                // talk …"; nor the reported clause's own subject after an
                // opening: "said a few months ago, he told …").
                let next_speaker = || {
                    reporting_verb_after_speaker(tk, n)
                        .or_else(|| reporting_verb_after_apposition(tk, n))
                        .or_else(|| reporting_verb_after_credit(tk, n))
                        .is_some_and(|v| {
                            let end = (v + 1..(v + 12).min(tk.list.len())).find(|&m| {
                                tk.ends_sentence(m)
                                    || tk.list[m].quoted
                                    || tk.list[m].paragraph != para
                                    || !tk.list[m].word
                                    || tk.is_word(m, "that")
                            });
                            // (Nor a passive: "the transaction is expected to be
                            // completed".)
                            let passive = passive_at(tk, v);
                            // (After what reads as an opening, only a credit
                            // that ends the sentence, of what was not said:
                            // "recommends buying the stock, Harlow said.";
                            // not "said that under the agreement …, he said",
                            // the same speaker's credit again.)
                            let said = || {
                                (from.saturating_sub(3)..from).any(|m| {
                                    let mut buf = [0u8; 32];
                                    SAYING.contains(&tk.lower(m, &mut buf))
                                })
                            };
                            let ends_right_after = end == Some(v + 1);
                            end.is_some_and(|m| m > v && tk.ends_sentence(m))
                                && !passive
                                && (!opening_at(tk, from) || (ends_right_after && !said()))
                        })
                };
                // (A relative clause set off inside the subject goes on to
                // the subject's verb: "said the volume of the CDs, which had
                // a maturity of three months, was still small"; or inside
                // the clause, to what it goes on with: "expects to close the
                // transaction, which is subject to financing, in July".)
                // (A longer one too when the subject's verb is one that
                // figures take: "said pro forma earnings, which reflect …,
                // rose to 60 mln dlrs".)
                let aside_relative = matches!(next, "which" | "who")
                    && (n + 1..(n + 32).min(tk.list.len()))
                        .take_while(|&m| !tk.ends_sentence(m) && !tk.list[m].quoted)
                        .find(|&m| tk.is(m, ','))
                        .is_some_and(|m| {
                            let mut buf = [0u8; 32];
                            (m < n + 14
                                && (auxiliary_at(tk, m + 1)
                                    || ["to", "in", "on", "at", "by", "from", "until"]
                                        .iter()
                                        .any(|w| tk.is_word(m + 1, w))))
                                || (auxiliary_at(tk, m + 1)
                                    && tk.list.get(m + 2).is_some_and(|t| t.word)
                                    && !tk.capitalized(m + 2))
                                || (m + 1 < tk.list.len()
                                    && FIGURE_VERBS.contains(&tk.lower(m + 1, &mut buf)))
                                || (words <= 8
                                    && !(from..k).any(|x| auxiliary_at(tk, x))
                                    && subjects_verb_at(tk, m + 1, last_word))
                        });
                // (", but" and a verb with no subject of its own goes on
                // with the reported clause: "said he had downloaded things
                // from the server, but couldn't provide those materials",
                // "said the agenda has been not just a failure, but a
                // catastrophe" – not ", but added …", another statement,
                // nor what the speaker would not tell, ", but did not give
                // figures", the writer's.)
                let withheld = |m: usize| cue_at(tk, m).is_some() || tells_more(tk, m);
                let but_goes_on = next == "but"
                    && (auxiliary_at(tk, n + 1)
                        || contracted_not(tk, n + 1)
                        || tk.is_word(n + 1, "not")
                        || tk.is_word(n + 1, "rather"))
                    && !(n + 1..(n + 5).min(tk.list.len())).any(withheld);
                // (", while", ", though" or ", compared with" goes on with
                // what was reported when no verb of the rest of the
                // sentence reports anything of its own: "said earnings fell
                // to 104 mln dlrs, while fourth quarter profit increased",
                // "…, compared with 497,000 a year ago".)
                // (Not after a partial quotation's closing mark: `"have
                // more of a historical resonance," while Nevada is a
                // newcomer` is the writer's contrast.)
                let contrast_goes_on = !quotes_ok
                    && matches!(next, "while" | "whereas" | "though" | "although" | "compared")
                    && !(n + 1..tk.list.len())
                        .take_while(|&m| !tk.ends_sentence(m) && tk.list[m].paragraph == para)
                        .any(|m| cue_at(tk, m).is_some() || tk.list[m].quoted);
                if (lexicon::clause_break(next)
                    && !that_goes_on
                    && !aside_relative
                    && !but_goes_on
                    && !contrast_goes_on)
                    || another
                    || goes_on
                    || next_speaker()
                {
                    break;
                }
            }
        } else if (words >= 3 || (words == 2 && finite_saying(tk, k + 1)))
            && !t.quoted
            && (tk.is_word(k, "and") || tk.is_word(k, "but"))
            && (cue_at(tk, k + 1).is_some()
                // (Not a list of names: "Tapper, Bash and Blitzer had
                // mentioned it", "Congress and President Obama agreed".)
                || (!tk.capitalized(k - 1)
                    && (reporting_verb_after_speaker(tk, k + 1).is_some()
                        || sources_then_verb(tk, k + 1)
                        // ("… and four pct said they planned to buy": a
                        // share of those asked.)
                        || (quantity_at(tk, k + 1)
                            && (k + 2..(k + 5).min(tk.list.len()))
                                .take_while(|&m| tk.list[m].word && !tk.list[m].quoted)
                                .any(|m| {
                                    cue_at(tk, m).is_some_and(|c| c.reports)
                                        && SUBJECT_PRONOUNS.iter().any(|w| tk.is_word(m + 1, w))
                                })))))
        {
            // "… and said that …", "… but added, …": the same speaker's
            // next statement; "… and aviation experts say …", "… but U.S.
            // officials have said …": another's.
            break;
        } else if words >= 3 && !t.quoted && tk.is_word(k, "but") && withheld_after(tk, k) {
            // ("… would stay for several days but gave no details", "… but
            // he did not say why": what the speaker would not tell is the
            // writer's.)
            break;
        } else {
            words += 1;
            last_word = Some(k);
        }
        k += 1;
    }
    let last = last_word?;
    (words >= 2).then(|| tk.list[from].start..tk.list[last].end)
}

/// Whether token `k`, after a relative clause set off in commas, reads as
/// the verb of the subject before it: "said the 17-member Commission, which
/// runs …, appeared divided", "said directors and officers, who …, plan to
/// take …"; not a list's next item ("which makes tools, pumps and valves").
/// `head` is the subject's last word, whose plural takes a bare verb.
fn subjects_verb_at(tk: &Tokens, k: usize, head: Option<usize>) -> bool {
    let plain = |m: usize| {
        tk.list.get(m).is_some_and(|t| t.word && !t.quoted)
            && !tk.capitalized(m)
            && !tk.has(m, flag::FUNCTION_WORD | flag::DETERMINER)
            && super::phrases::pronoun(tk, m).is_none()
    };
    // (The word is read only once `plain` knows the token is one.)
    let inflected = |m: usize| {
        plain(m) && {
            let w = tk.str(m);
            !w.ends_with("ing") && (w.ends_with("ed") || super::speakers::plural_ending(w))
        }
    };
    let listed = |m: usize| tk.is(m, ',') || tk.is_word(m, "and") || tk.is_word(m, "or");
    let verb = if inflected(k) {
        k
    } else if plain(k) && tk.str(k).ends_with("ly") && inflected(k + 1) {
        k + 1
    } else if plain(k)
        && !tk.str(k).ends_with("ing")
        && head.is_some_and(|h| tk.list[h].word && tk.str(h).ends_with('s'))
        && tk.list.get(k + 1).is_some_and(|t| t.word)
        && (plain(k + 1)
            || ["to", "the", "a", "an", "as", "for", "that"].iter().any(|w| tk.is_word(k + 1, w)))
    {
        k
    } else {
        return false;
    };
    !listed(verb + 1)
}

/// Whether "but" at token `k` goes on to what the speaker would not tell,
/// past a subject pronoun and a negation with its auxiliaries: "but he gave no
/// time-scale", "but did not specify", "but declined to elaborate".
fn withheld_after(tk: &Tokens, k: usize) -> bool {
    let mut m = k + 1;
    if subject_pronoun_at(tk, m) {
        m += 1;
    }
    let mut negated = false;
    while m < (k + 6).min(tk.list.len()) {
        let not = ["not", "declined", "refused"].iter().any(|w| tk.is_word(m, w))
            || contracted_not(tk, m);
        if !(not || auxiliary_at(tk, m) || tk.is_word(m, "to")) {
            break;
        }
        negated |= not;
        m += 1;
    }
    if m >= tk.list.len() {
        return false;
    }
    let mut buf = [0u8; 32];
    let w = tk.lower(m, &mut buf);
    let gave_no = matches!(w, "gave" | "give" | "gives") && tk.is_word(m + 1, "no");
    gave_no
        || (negated
            && (matches!(w, "say" | "said" | "says" | "tell" | "told") || tells_more(tk, m)))
}

/// Whether the word at token `k` is a verb of telling more (by the stems
/// of [`WITHHELD`]): "give", "specify", "elaborate", ….
fn tells_more(tk: &Tokens, k: usize) -> bool {
    let mut buf = [0u8; 32];
    let w = tk.lower(k, &mut buf);
    WITHHELD.iter().any(|v| w.starts_with(v))
}

/// Whether token `k` is a word with a negative "n't" ("couldn't",
/// "hasn’t"); none is past the last token.
pub(crate) fn contracted_not(tk: &Tokens, k: usize) -> bool {
    tk.list.get(k).is_some_and(|t| t.word) && {
        let b = tk.bytes(k);
        b.ends_with(b"n't") || b.ends_with("n\u{2019}t".as_bytes())
    }
}

/// Verbs whose subject is a figure or a deal ("earnings rose", "the
/// buyout was completed"), which no relative clause is the subject of
/// after its closing comma.
const FIGURE_VERBS: [&str; 16] = [
    "rose",
    "fell",
    "rises",
    "falls",
    "increased",
    "decreased",
    "declined",
    "climbed",
    "dropped",
    "totalled",
    "totaled",
    "reached",
    "remained",
    "represents",
    "represented",
    "amounted",
];

/// Verbs of telling more (as stems) that, negated after ", but", say what
/// a speaker would not tell: "…, but did not give figures".
const WITHHELD: [&str; 12] = [
    "giv", "gave", "specif", "identif", "disclos", "elaborat", "detail", "comment", "provid",
    "reveal", "releas", "nam",
];

/// Whether the words from token `k` open a sentence before its subject
/// ("during his recent trip, …", "unless late snows bring relief, …",
/// "excluding the effects of …, …") rather than being a clause of their own.
fn opening_at(tk: &Tokens, k: usize) -> bool {
    let mut buf = [0u8; 32];
    let w = tk.lower(k, &mut buf);
    (lexicon::function_word(w)
        && !lexicon::determiner(w)
        // (An infinitive is what was promised or agreed: "agreed to pool
        // …, Hoechst said in a statement".)
        && !matches!(w, "it" | "this" | "these" | "those" | "there" | "to"))
        || matches!(w, "unless" | "subject" | "due" | "given")
        || (w.ends_with("ing") && w.len() > 5)
}

/// When a comma at token `k` opens an aside of a few words that a comma
/// closes before a subject pronoun (", win or lose in Tuesday's primary,
/// he's …"), the pronoun's token.
fn aside_then_subject(tk: &Tokens, k: usize) -> Option<usize> {
    if k >= tk.list.len() || !tk.is(k, ',') {
        return None;
    }
    (k + 2..(k + 14).min(tk.list.len()))
        .find(|&m| tk.is(m, ',') || tk.ends_sentence(m) || tk.list[m].quoted)
        .filter(|&m| tk.is(m, ',') && !(k + 1..m).any(|j| cue_at(tk, j).is_some()))
        .map(|m| m + 1)
        .filter(|&p| subject_pronoun_at(tk, p))
}

/// Whether token `k` is a subject pronoun, contracted too ("he’s",
/// "they're").
fn subject_pronoun_at(tk: &Tokens, k: usize) -> bool {
    tk.list.get(k).is_some_and(|t| t.word) && {
        let word = tk.str(k);
        let stem = word.split(['\'', '\u{2019}']).next().unwrap_or(word);
        SUBJECT_PRONOUNS.iter().any(|w| stem.eq_ignore_ascii_case(w))
    }
}

/// The token of a reporting verb that may report, when a speaker phrase
/// opens at token `k` and the verb follows it past auxiliaries ("aviation
/// experts say", "U.S. officials have said").
fn reporting_verb_after_speaker(tk: &Tokens, k: usize) -> Option<usize> {
    let (_, mut e) = phrase_after(tk, k, tk.list.len())?;
    // (Past the letters of its name in parentheses: "the official Sudan
    // News Agency (SUNA) reported".)
    if tk.is(e + 1, '(')
        && tk.is(e + 3, ')')
        && tk.list[e + 2].word
        && super::speakers::is_letters(tk.str(e + 2))
    {
        e += 3;
    }
    super::phrases::verb_after_fillers(tk, e + 1)
        .filter(|&m| cue_at(tk, m).is_some_and(|c| c.reports))
}

/// Whether a few lowercase words naming sources or people by what they
/// do, then a reporting verb, open at token `k`: "securities sources
/// said", "some traders say".
fn sources_then_verb(tk: &Tokens, k: usize) -> bool {
    // (The first word first: most clauses after "and" open otherwise.)
    if !tk.list.get(k).is_some_and(|t| t.word && !t.quoted)
        || tk.capitalized(k)
        || tk.has(k, flag::FUNCTION_WORD | flag::CUE)
    {
        return false;
    }
    let Some(v) = (k + 1..(k + 4).min(tk.list.len())).find(|&m| {
        !(tk.list[m].word && !tk.list[m].quoted && !tk.capitalized(m)) || cue_at(tk, m).is_some()
    }) else {
        return false;
    };
    let head = v - 1;
    cue_at(tk, v).is_some_and(|c| c.reports && !c.object)
        && (k..v).all(|m| tk.list[m].word && !tk.capitalized(m) && !tk.has(m, flag::FUNCTION_WORD))
        && (tk.has(head, flag::ROLE_NOUN)
            || super::speakers::SOURCES.iter().any(|w| tk.is_word(head, w)))
}

/// Whether the verb at token `v` is a passive's: "the transaction is
/// expected".
pub(crate) fn passive_at(tk: &Tokens, v: usize) -> bool {
    ["is", "was", "are", "were", "be", "been"].iter().any(|w| tk.is_word(v - 1, w))
}

/// The token of a reporting verb that may report a few words after token
/// `k`, when the speaker phrase that a credit after a comma reads before it
/// opens at `k`: "…, diplomatic sources said", "…, Tehran radio reported"
/// (lowercase words before a source, which [`phrase_after`] leaves out).
fn reporting_verb_after_credit(tk: &Tokens, k: usize) -> Option<usize> {
    let (verb, cue) = (k + 1..(k + 13).min(tk.list.len()))
        .take_while(|&m| tk.list[m].word && !tk.list[m].quoted)
        .find_map(|m| cue_at(tk, m).map(|c| (m, c)))?;
    if !cue.reports {
        return None;
    }
    // (Right before the sentence's end, or a word that says where or when:
    // not a credit with whom it was told, "told the House select revenue
    // measures subcommittee", which a rule of its own reads.)
    // (Or whom a newswire's source told: "told Reuters", "told reporters".)
    let told_whom = told_at(tk, verb)
        && ["Reuters", "reporters", "journalists"].iter().any(|w| tk.is_word(verb + 1, w));
    let end = if told_whom || ["here", "today", "yesterday"].iter().any(|w| tk.is_word(verb + 1, w))
    {
        verb + 2
    } else {
        verb + 1
    };
    if !(end < tk.list.len() && tk.ends_sentence(end)) {
        return None;
    }
    // (As the credit reads its speaker: "a spokesman for local producers".)
    let (a, b) =
        super::phrases::phrase_before(tk, verb - 1, k).or_else(|| loose_subject(tk, verb, k))?;
    // (Its verb right after it.)
    if super::phrases::verb_after_fillers(tk, b + 1) != Some(verb) {
        return None;
    }
    // (The phrase may leave out the words that describe its source:
    // "diplomatic", "regional shipping", "Tehran".)
    let describing = |m: usize| !tk.has(m, flag::FUNCTION_WORD | flag::CUE);
    // (Not a relative clause's verb, "surprising operators who had
    // expected", nor a comparison's, "a bigger fall than expected", nor
    // what a list goes on to, "with no cast, opening date or theatre
    // announced".)
    let not_credit = (k..verb)
        .any(|m| ["who", "which", "that", "than", "as", "or"].iter().any(|w| tk.is_word(m, w)));
    // (A long phrase only from its determiner: "…, a senior official for
    // the outlawed South African organization said".)
    let long_ok = verb < k + 8 || (a == k && tk.has(k, flag::DETERMINER));
    // (Or a role's noun right after its determiner, whose link the phrase
    // read leaves out: "…, a spokesman for the joint committee of Taiwan's
    // soybean importers told Reuters.")
    let role_led = tk.has(k, flag::DETERMINER) && tk.has(k + 1, flag::ROLE_NOUN);
    (((a - k <= 3 && (k..=a).all(describing) && long_ok) || role_led)
        && !auxiliary_at(tk, k)
        && !not_credit)
        .then_some(verb)
}

/// The token of a reporting verb that may report, when a speaker phrase
/// opens at token `k` and a role set off by commas stands between it and
/// the verb ("James Fry, vice-president of GM Overseas Distribution Corp,
/// told").
fn reporting_verb_after_apposition(tk: &Tokens, k: usize) -> Option<usize> {
    let (_, e) = phrase_after(tk, k, tk.list.len())?;
    let open = e + 1;
    if !tk.is(open, ',') {
        return None;
    }
    // (It opens like a role: "chairman of …", "the company's chairman".)
    // (Or after a word that qualifies it: "junior minister".)
    let role_at = |m: usize| {
        m < tk.list.len()
            && tk.list[m].word
            && (tk.has(m, flag::ROLE_NOUN | flag::TITLE_WORD | flag::DETERMINER)
                || tk.possessive(m))
    };
    let role = role_at(open + 1)
        || (!tk.capitalized(open + 1)
            && !tk.has(open + 1, flag::FUNCTION_WORD)
            && !tk.capitalized(open + 2)
            && tk.has(open + 2, flag::ROLE_NOUN | flag::TITLE_WORD));
    // (Or the name of the one its role gave before it: "managing director
    // of the Australian Meat and Livestock Corp, Peter Frawley, said".)
    let name_then_verb = || {
        let close = (open + 2..(open + 5).min(tk.list.len())).find(|&m| tk.is(m, ','))?;
        let named = (open + 1..close).all(|m| {
            tk.list[m].word
                && !tk.list[m].quoted
                && tk.capitalized(m)
                && !tk.has(m, flag::FUNCTION_WORD | flag::CUE)
        });
        let verb = super::phrases::verb_after_fillers(tk, close + 1)?;
        (named && cue_at(tk, verb).is_some_and(|c| c.reports)).then_some(verb)
    };
    if !role {
        return name_then_verb();
    }
    // (Newswires may leave out the comma that closes it: "…, James Fry,
    // vice-president of GM Overseas Distribution Corporation told …".)
    let close = (open + 1..(open + 14).min(tk.list.len()))
        .take_while(|&m| !tk.ends_sentence(m) && !tk.list[m].quoted)
        .find(|&m| tk.is(m, ',') || cue_at(tk, m).is_some())?;
    let verb =
        if tk.is(close, ',') { super::phrases::verb_after_fillers(tk, close + 1)? } else { close };
    cue_at(tk, verb).is_some_and(|c| c.reports).then_some(verb)
}

/// The token of `mark` that closes the aside opening at token `k` within
/// `most` tokens, before its sentence ends.
fn aside_close(tk: &Tokens, k: usize, most: usize, mark: char) -> Option<usize> {
    (k + 1..(k + most).min(tk.list.len()))
        .find(|&m| tk.is(m, mark) || tk.ends_sentence(m))
        .filter(|&m| tk.is(m, mark))
}

/// Whether the aside opening at token `k` closes with `mark` within `most`
/// tokens, before its sentence ends, and a dash's clause goes on after it.
fn aside_closes(tk: &Tokens, k: usize, most: usize, mark: char) -> bool {
    aside_close(tk, k, most, mark)
        .is_some_and(|m| mark == ')' || tk.list.get(m + 1).is_some_and(|t| t.word))
}

/// Whether the parenthesis opening at token `k` is a longer aside inside
/// the clause, which goes on after it with a word of its own: "said the
/// loss of stripper (10 barrels a day or less) wells was probably
/// permanent", "announced 5.65bn euros ($7.4bn; £3.9bn) of purchases". Not
/// the writer's aside at a clause's end: "wants to take in 250,000 Syrian
/// refugees (Obama has proposed accepting 10,000 Syrians)".
fn inside_clause(tk: &Tokens, k: usize) -> bool {
    let Some(close) = aside_close(tk, k, 20, ')') else {
        return false;
    };
    let next = close + 1;
    tk.list.get(next).is_some_and(|t| t.word && !t.quoted)
        && !tk.capitalized(next)
        && !["and", "but", "or", "while", "although", "though"].iter().any(|w| tk.is_word(next, w))
        && cue_at(tk, next).is_none()
}

/// `X asked whether …`: the question, when someone asks it.
fn question(tk: &Tokens, c: usize) -> Option<Reported> {
    let s = sentence_start(tk, c);
    // ("Yeutter, asked whether the deficit would improve, replied …": he
    // was asked.)
    if c > s && tk.is(c - 1, ',') && (is_wh(tk, c + 1) || tk.is_word(c + 1, "about")) {
        return None;
    }
    // ("When asked whether he was sure …, Rutte said": he was asked.)
    if c == s
        || tk.is_word(c - 1, "if")
        || super::phrases::SUBORDINATORS.iter().any(|w| tk.is_word(c - 1, w))
    {
        return None;
    }
    let speaker = doer(tk, s, c, lexicon::cue_name(tk.str(c)))?;
    let mut k = c + 1;
    if k < tk.list.len() && !is_wh(tk, k) {
        let object = phrase_after(tk, k, tk.list.len());
        // "asked the congregation to stand": a request; what was asked is
        // the object and its infinitive.
        if let Some((o, e)) = object
            && e + 1 < tk.list.len()
            && tk.is_word(e + 1, "to")
        {
            let span = clause(tk, o)?;
            return Some(Reported {
                spans: smallvec::smallvec![span],
                speaker,
                cue: lexicon::cue_name(tk.str(c)),
                cue_token: c,
            });
        }
        k = object.map_or(k + 1, |(_, e)| e + 1);
        // ("asked the 2016 Democratic White House contender if …", "asked
        // Clinton Friday whether …": past a longer whom and when.)
        // (Not after a comma, where whoever was asked is the subject:
        // "Balladur, asked at a news conference if …, said".)
        if object.is_some()
            && !tk.is(c - 1, ',')
            && !is_wh(tk, k)
            && let Some(wh) = (k..(k + 6).min(tk.list.len()))
                .take_while(|&m| {
                    tk.list[m].word
                        && !tk.list[m].quoted
                        && cue_at(tk, m).is_none()
                        && (is_wh(tk, m) || !tk.has(m, flag::FUNCTION_WORD) || day_at(tk, m))
                })
                .find(|&m| is_wh(tk, m))
        {
            k = wh;
        }
    }
    if k >= tk.list.len() || !is_wh(tk, k) {
        return None;
    }
    let span = clause(tk, k)?;
    Some(Reported {
        spans: smallvec::smallvec![span],
        speaker,
        cue: lexicon::cue_name(tk.str(c)),
        cue_token: c,
    })
}

fn is_wh(tk: &Tokens, k: usize) -> bool {
    ["whether", "if", "why", "how", "what", "when", "who", "where"].iter().any(|w| tk.is_word(k, w))
}

/// Whether a reporting verb follows token `k` before its sentence ends.
fn next_cue_in_sentence(tk: &Tokens, k: usize) -> bool {
    (k + 1..tk.list.len())
        .take_while(|&m| !tk.ends_sentence(m) && tk.list[m].paragraph == tk.list[k].paragraph)
        .any(|m| cue_at(tk, m).is_some())
}

/// Whether "and" or "but" at token `k` opens a clause that credits what
/// follows to someone else: "and aviation experts say it is …" (not "and
/// how the U.S. responds …", nor "and it expects …", the same speaker's).
fn second_credit(tk: &Tokens, k: usize) -> bool {
    ["and", "but"].iter().any(|w| tk.is_word(k, w))
        && (k + 2..(k + 7).min(tk.list.len()))
            .take_while(|&m| tk.list[m].word && !tk.list[m].quoted)
            .any(|m| {
                cue_at(tk, m).is_some_and(|c| c.reports)
                    && phrase_before(tk, m - 1, k + 1).is_some_and(|(a, _)| {
                        super::phrases::pronoun(tk, a).is_none()
                            && (k + 1..=a).all(|j| !tk.has(j, flag::FUNCTION_WORD))
                    })
            })
}

/// The last token of a time that opens at token `k` ("last week",
/// "earlier this month", "yesterday", "Tuesday").
pub(crate) fn time_opening(tk: &Tokens, k: usize) -> Option<usize> {
    // (Not "Monday night's results".)
    if day_at(tk, k) && !tk.possessive(k) && !tk.possessive(k + 1) && !time_noun_at(tk, k + 1) {
        Some(k)
    } else if relative_time_at(tk, k)
        // (Not a name: "CBS This Morning co-anchor".)
        && !tk.capitalized(k + 1)
    {
        Some(k + 1)
    } else if ["late", "early"].iter().any(|w| tk.is_word(k, w))
        && relative_time_at(tk, k + 1)
        && !tk.capitalized(k + 2)
    {
        // ("Late last year, …", "Early this month, …".)
        Some(k + 2)
    } else if ["earlier", "later"].iter().any(|w| tk.is_word(k, w))
        && tk.is_word(k + 1, "this")
        && time_noun_at(tk, k + 2)
        && !tk.capitalized(k + 2)
    {
        Some(k + 2)
    } else {
        None
    }
}

/// Whether `w`, the word at token `k`, opens a noun phrase with a time's
/// possessive ("last week's agreement", "this year's crop"): a clause's
/// subject, not when it was said.
fn dated_possessive(tk: &Tokens, k: usize, w: &str) -> bool {
    matches!(w, "last" | "this" | "next") && tk.possessive(k + 1)
}

/// Nouns of time that "this" makes an adverbial of ("said this week").
const TIME_NOUNS: &[&str] = &[
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
];

/// Whether a time relative to now opens at token `k`: "last week", "this
/// year", "next month", "last October".
fn relative_time_at(tk: &Tokens, k: usize) -> bool {
    ["last", "this", "next"].iter().any(|w| tk.is_word(k, w))
        && (time_noun_at(tk, k + 1) || super::phrases::day_or_month(tk, k + 1))
}

/// Whether token `k` is one of [`TIME_NOUNS`].
pub(crate) fn time_noun_at(tk: &Tokens, k: usize) -> bool {
    TIME_NOUNS.iter().any(|n| tk.is_word(k, n))
}

/// Words that stand as the subject of a reported clause ("he met …").
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "it", "there", "i"];

/// Reporting verbs whose content may be an infinitive, by their stems.
pub(crate) const INFINITIVE_VERBS: &[&str] =
    &["promis", "vow", "pledg", "agree", "refus", "declin", "threaten", "urg", "hop", "expect"];

/// Verbs whose content is mostly a thing ("endorsed Trump", "opposed
/// it", "talked about immigration"), not a clause. (Measured verb by verb:
/// "described", "cited", "defended" and "rejected" lost more matches than
/// they won with the cut.)
const OBJECT_VERBS: &[&str] =
    &["endors", "oppos", "prais", "refer", "talk", "attack", "blam", "hail"];

/// Verbs that report a thing or a clause, whose thing ends before when and
/// where it was reported ("announced his candidacy on Monday").
const THING_VERBS: &[&str] = &[
    "defend", "announc", "criticiz", "criticis", "cit", "reject", "propos", "condemn", "dismiss",
    "express", "voic", "echo", "denounc",
];

/// `span` (a thing reported, from token `from`) cut before an adverbial of
/// time or place that closes it.
fn before_when_or_where(tk: &Tokens, from: usize, span: Range<usize>) -> Range<usize> {
    cut_thing(tk, from, span, |k, last_in_span| when_or_where_at(tk, k, last_in_span).is_some())
}

/// `span` (a thing reported, from token `from`) cut before the first token
/// after a word where `ends(token, last token of the span)` holds.
fn cut_thing(
    tk: &Tokens,
    from: usize,
    span: Range<usize>,
    ends: impl Fn(usize, usize) -> bool,
) -> Range<usize> {
    let last_in_span = tk.list.partition_point(|t| t.start < span.end).saturating_sub(1);
    let mut last = None;
    for k in from..tk.list.len() {
        let t = &tk.list[k];
        if t.start >= span.end || (last.is_some() && ends(k, last_in_span)) {
            break;
        }
        if t.word || tk.is(k, ')') {
            last = Some(k);
        }
    }
    last.map_or(span.clone(), |k| span.start..tk.list[k].end)
}

/// Words that end a thing reported and open what the writer adds.
const AFTER_THING: &[&str] = &[
    "because", "after", "before", "while", "since", "when", "as", "if", "though", "although",
    "but", "until", "despite", "amid",
];

/// `span` (a thing reported, from token `from`) cut before its first comma
/// or a word that opens the writer's addition ("because", "after", …).
fn object_phrase(tk: &Tokens, from: usize, span: Range<usize>) -> Range<usize> {
    cut_thing(tk, from, span, |k, last_in_span| {
        tk.is(k, ',')
            || AFTER_THING.iter().any(|w| tk.is_word(k, w))
            || when_or_where_at(tk, k, last_in_span).is_some()
            // ("praised Garland and said …", "endorsed Sanders in February
            // and organized for him": a second predicate.)
            || (tk.is_word(k, "and") && second_predicate(tk, k + 1))
    })
}

/// Whether a second predicate opens at token `k`, after "and": a verb in
/// the past or a reporting verb, past adverbs and an auxiliary ("and even
/// questioned …", "and has repeatedly characterized him …").
fn second_predicate(tk: &Tokens, k: usize) -> bool {
    let mut m = k;
    while m < k + 3
        && tk.list.get(m).is_some_and(|t| t.word)
        && (super::phrases::ends_in_ly(tk, m)
            || ["even", "also", "then", "later"].iter().any(|w| tk.is_word(m, w))
            || (m == k && ["has", "had", "have"].iter().any(|w| tk.is_word(m, w))))
    {
        m += 1;
    }
    tk.list.get(m).is_some_and(|t| t.word)
        && (cue_at(tk, m).is_some() || tk.bytes(m).ends_with(b"ed"))
}

/// The last token of an adverbial of time or place opening at token `k`
/// ("in late May", "on Sunday", "from the Senate floor", "here", "last
/// week", "in a recent interview with The Post"), when what follows it is
/// the thing's end: the adverbial says when or where the thing was
/// reported, and is no part of it.
fn when_or_where_at(tk: &Tokens, k: usize, end: usize) -> Option<usize> {
    const TIME_OPENERS: [&str; 10] =
        ["late", "early", "mid", "recent", "a", "an", "the", "his", "her", "their"];
    const AFTER_IN: [&str; 6] =
        ["interview", "statement", "speech", "letter", "interviews", "op-ed"];
    // (Not the adverbial of a participle or an adverb inside the thing:
    // "comments made this week about …", "a bill early in 2009 that …".)
    // (Nor the object of a preposition: "figures for this year", "a memoir
    // by Wednesday Martin".)
    if k == 0
        || !tk.list[k].word
        || (tk.list[k - 1].word
            && (tk.bytes(k - 1).ends_with(b"ed")
                || tk.has(k - 1, flag::FUNCTION_WORD)
                || ["made", "early", "late"].iter().any(|w| tk.is_word(k - 1, w))))
    {
        return None;
    }
    let mut buf = [0u8; 32];
    let w = tk.lower(k, &mut buf);
    let next_is = |m: usize, words: &[&str]| words.iter().any(|x| tk.is_word(m, x));
    let month_or_year =
        |m: usize| m < tk.list.len() && (super::phrases::month(tk, m) || year_at(tk, m));
    let day = |m: usize| BEFORE_INFINITIVE[..7].iter().any(|d| tk.is_word(m, d));
    // (A date's day after its month: "on March 8".)
    let with_day = |m: usize| {
        if m + 1 < tk.list.len() && tk.bytes(m + 1).first().is_some_and(u8::is_ascii_digit) {
            m + 1
        } else {
            m
        }
    };
    let last = match w {
        "here" | "recently" | "yesterday" | "today" => Some(k),
        "last" | "this" | "next" => next_is(k + 1, TIME_NOUNS).then_some(k + 1),
        "from" => (next_is(k + 1, &["the"])
            && next_is(k + 2, &["senate", "house", "floor", "stage"]))
        .then(|| if next_is(k + 3, &["floor"]) { k + 3 } else { k + 2 }),
        "in" | "on" if month_or_year(k + 1) || day(k + 1) => Some(with_day(k + 1)),
        "in" | "on" if next_is(k + 1, &TIME_OPENERS) && month_or_year(k + 2) => {
            Some(with_day(k + 2))
        }
        // ("in an interview with The Post": to the thing's end.)
        "in" | "on"
            if next_is(k + 1, &TIME_OPENERS) && (2..5).any(|d| next_is(k + d, &AFTER_IN)) =>
        {
            Some(end)
        }
        _ if day(k) => Some(k),
        _ => None,
    }?;
    // (Only when it closes the thing: not "the fall in 1986 profits", "the
    // appointment on Friday of Howard Baker".)
    let closes = last >= end
        || !tk.list[last + 1].word
        || ["and", "but", "after", "before", "when", "as"].iter().any(|w| tk.is_word(last + 1, w))
        || when_or_where_at(tk, last + 1, end).is_some();
    closes.then_some(last)
}

/// Days and adverbs that may stand between a verb and its infinitive.
const BEFORE_INFINITIVE: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "again",
    "repeatedly",
    "also",
];

/// Other words that open a reported clause right after its verb ("said you
/// …", "said those emails …", "said no deal …").
const CLAUSE_OPENERS: &[&str] =
    &["you", "this", "these", "those", "no", "many", "most", "some", "all", "both"];

/// Words that may come before a number that opens a clause ("said about
/// half of …", "said more than 100 people …").
const BEFORE_NUMBER: &[&str] =
    &["about", "nearly", "almost", "roughly", "around", "only", "just", "over", "some"];

/// Number words that may open a clause as its subject.
const NUMBER_WORDS: &[&str] = &[
    "half",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
];

/// Whether a quantity opens a clause at token `k` ("half of …", "40
/// percent of …", "about half …", "more than 100 …"): the clause's subject,
/// not an adverbial ("said about the plan").
pub(crate) fn quantity_at(tk: &Tokens, k: usize) -> bool {
    // (Past the last token is none: "questioned" may end the text.)
    if k >= tk.list.len() {
        return false;
    }
    let number = |m: usize| {
        m < tk.list.len()
            && tk.list[m].word
            && (tk.str(m).starts_with(|c: char| c.is_ascii_digit()) || {
                let mut buf = [0u8; 32];
                NUMBER_WORDS.contains(&tk.lower(m, &mut buf))
            })
    };
    let mut buf = [0u8; 32];
    let w = tk.lower(k, &mut buf);
    number(k)
        || (BEFORE_NUMBER.contains(&w) && number(k + 1))
        // ("said £2bn savings had been made": a sum.)
        || (currency_at(tk, k) && number(k + 1))
        // ("estimated at 8.8 pct" is no clause.)
        || (w == "at" && tk.is_word(k + 1, "least") && number(k + 2))
        || (matches!(w, "more" | "fewer" | "less") && tk.is_word(k + 1, "than") && number(k + 2))
        // ("as many as 3,000 firms …".)
        || (w == "as"
            && (tk.is_word(k + 1, "many") || tk.is_word(k + 1, "much"))
            && tk.is_word(k + 2, "as")
            && number(k + 3))
}

/// Skips an adverbial after a verb ("on Friday", "in a statement", "at a
/// news conference") when a pronoun subject follows it: "said on Friday he
/// met …" → the token of "he"; after a verb of saying (the `cue` is one of
/// [`SAYING`]), a noun phrase with its auxiliary too ("said Wednesday the
/// cost would be …").
fn past_adjunct(tk: &Tokens, k: usize, cue: &str) -> Option<usize> {
    let saying = SAYING.contains(&cue);
    // (Past a longer adverbial only with no clause or verb of its own
    // inside it: "said at the suggestion of the American Stock Exchange it
    // has changed …", not "warned against what he called …", "said under
    // the proposal I.C.H. would loan it …", "… caused it to exceed …".)
    const CLAUSE_WORDS: [&str; 16] = [
        "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "if", "because",
        "as", "after", "before", "until", "unless",
    ];
    // (And only after "say" or "tell": "will announce within two weeks the
    // name of a consortium it has chosen" announces a name.)
    let short = k + 7;
    let say_or_tell = SAYING[..SAY_OR_TELL].contains(&cue);
    let window = k + 1..(k + 12).min(tk.list.len());
    let plain = |m: usize| tk.list[m].word && !tk.list[m].quoted;
    let words = window.clone().take_while(|&m| plain(m));
    let verb_like = |j: usize| {
        auxiliary_at(tk, j)
            || tk.is_word(j, "to")
            || tk.is_word(j, "by")
            || CLAUSE_WORDS.iter().any(|w| tk.is_word(j, w))
            || (!tk.capitalized(j) && tk.bytes(j).ends_with(b"ed"))
    };
    let past_long = |m: usize| {
        m < short || (say_or_tell && !(k..m).any(verb_like) && !tk.has(m - 1, flag::FUNCTION_WORD))
    };
    if let Some(m) = words.clone().find(|&m| SUBJECT_PRONOUNS.iter().any(|w| tk.is_word(m, w)))
        && past_long(m)
    {
        return Some(m);
    }
    // "said Wednesday the cost would be …", "said in its April report the
    // crop was likely …": a noun phrase whose auxiliary follows, where no
    // preposition or determiner makes it part of the adverbial (after a
    // verb of saying only: not "licences proposed by the … Ministry are").
    // (Not after a clause's conjunction: "said while everyone had the
    // right …, they …", "said as Mousa was in custody when he died, …".)
    let conjunction = ["as", "since", "before", "after", "until"].iter().any(|w| tk.is_word(k, w));
    // ("said last week the rise was …": a time of "last", "this", "next".)
    // ("told journalists earlier today the government was …".)
    // ("told Reuters late today the company hoped …".)
    let late_day = ["late", "early"].iter().any(|w| tk.is_word(k, w)) && day_at(tk, k + 1);
    let preposition = (ADVERBIAL_OPENERS.iter().any(|w| tk.is_word(k, w)) && !conjunction)
        || day_at(tk, k)
        || late_day
        || relative_time_at(tk, k)
        || (["earlier", "later"].iter().any(|w| tk.is_word(k, w))
            && ["today", "yesterday", "this", "on"].iter().any(|w| tk.is_word(k + 1, w)));
    // ("said today troops killed …", "said last week Bangladesh now has
    // …": after a day alone, a subject with no article, after "said",
    // "told" or "added" only.)
    let plain_say = FINITE_SAYING.contains(&cue);
    let when_end = match () {
        _ if !plain_say => usize::MAX,
        _ if day_at(tk, k) => k + 1,
        _ if relative_time_at(tk, k)
            || late_day
            || (tk.is_word(k, "at") && tk.is_word(k + 1, "present")) =>
        {
            k + 2
        }
        _ => usize::MAX,
    };
    // ("said in a statement various other lending rates are …": after the
    // text it was said in, likewise.)
    let in_text_before = |m: usize| {
        plain_say
            && tk.is_word(k, "in")
            && m >= k + 3
            && m <= k + 5
            && SAID_IN.iter().any(|w| tk.is_word(m - 1, w))
    };
    words.filter(|&m| saying && preposition && m > k).find(|&m| {
        let after_adverbial = !tk.has(m - 1, flag::FUNCTION_WORD | flag::DETERMINER)
            || day_at(tk, m - 1)
            || ["today", "yesterday", "tonight"].iter().any(|w| tk.is_word(m - 1, w));
        after_adverbial
            && !(k..m).any(|j| auxiliary_at(tk, j))
            && past_long(m)
            && (noun_subject_at(tk, m)
                || ((m == when_end || in_text_before(m)) && bare_subject_at(tk, m)))
    })
}

/// Texts something is said in ("said in a statement …", "in its annual
/// report").
const SAID_IN: [&str; 9] = [
    "statement",
    "filing",
    "report",
    "letter",
    "speech",
    "interview",
    "release",
    "prospectus",
    "announcement",
];

/// Verbs of plain saying, whose clause may follow an adverbial ("said in
/// a statement the company would …"); the forms of "say" and "tell" first.
const SAYING: [&str; 16] = [
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "added",
    "adds",
    "noted",
    "stated",
    "announced",
    "explained",
    "wrote",
    "reported",
];

/// Whether token `k` is a finite form of "say", "tell" or "add" ("said",
/// "told", "adds"; not "saying", nor "announced", which is as often a
/// participle: "its hotels, announced today, …").
fn finite_saying(tk: &Tokens, k: usize) -> bool {
    if k >= tk.list.len() {
        return false;
    }
    let mut buf = [0u8; 32];
    FINITE_SAYING.contains(&tk.lower(k, &mut buf)) && cue_at(tk, k).is_some()
}

/// The finite forms of "say", "tell" and "add".
pub(crate) const FINITE_SAYING: [&str; 6] = ["said", "says", "told", "tells", "added", "adds"];

/// How many of [`SAYING`] are forms of "say" and "tell".
const SAY_OR_TELL: usize = 8;

/// Whether token `k` is a year ("1986").
fn year_at(tk: &Tokens, k: usize) -> bool {
    tk.bytes(k).len() == 4 && tk.bytes(k).iter().all(u8::is_ascii_digit)
}

/// Whether token `k` names a day: a weekday, "today" or "yesterday".
fn day_at(tk: &Tokens, k: usize) -> bool {
    BEFORE_INFINITIVE[..9].iter().any(|w| tk.is_word(k, w))
}

/// Whether a clause's noun-phrase subject opens at token `k`: a
/// determiner, a quantity or a clause opener, and an auxiliary within a
/// few words ("the cost would be", "over 100 hospitals will be").
fn noun_subject_at(tk: &Tokens, k: usize) -> bool {
    // (A year or a day is when: "said in 1986 Peru had sought …", "said on
    // March 27 the wheat crop had …".)
    let year = year_at(tk, k) || (k > 0 && super::phrases::month(tk, k - 1));
    // ("Montagu may require …", "Public Storage will obtain …": a name
    // right before its auxiliary.)
    let name = (k..(k + 3).min(tk.list.len()))
        .take_while(|&m| tk.capitalized(m) && !tk.has(m, flag::FUNCTION_WORD))
        .count();
    if name > 0 && auxiliary_at(tk, k + name) {
        return !year;
    }
    let opens = tk.has(k, flag::DETERMINER)
        || (quantity_at(tk, k) && !year)
        || (tk.is_word(k, "further") && tk.list.get(k + 1).is_some_and(|t| t.word))
        || {
            let mut buf = [0u8; 32];
            CLAUSE_OPENERS.contains(&tk.lower(k, &mut buf))
        };
    // (Up to a dozen words before the auxiliary: "said last month the
    // country's consultative group of multilateral and bilateral aid donors
    // had endorsed …".)
    let plain = (k + 1..(k + 14).min(tk.list.len())).take_while(|&m| {
        tk.list[m].word
            && !tk.list[m].quoted
            && !["that", "which", "who"].iter().any(|w| tk.is_word(m, w))
            && !SUBJECT_PRONOUNS.iter().any(|w| tk.is_word(m, w))
    });
    // (Or a verb in the past after a noun of its own: "said yesterday the
    // new law opened the way …"; not a participle right after the article,
    // "the revised figures", nor one of a passive, "the vehicle produced by
    // VW".)
    let past = |m: usize| {
        m >= k + 2
            && m + 1 < tk.list.len()
            && tk.list[m + 1].word
            && !tk.is_word(m + 1, "by")
            && !tk.capitalized(m)
            && !tk.has(m - 1, flag::FUNCTION_WORD | flag::DETERMINER)
            && past_form(tk, m)
    };
    opens
        // (Not past a pronoun, the subject of its own: "said during his
        // nearly 22 years in Parliament he had seen …".)
        && plain.clone().any(|m| auxiliary_at(tk, m))
        || (tk.has(k, flag::DETERMINER) && !year && plain.take(7).any(past))
}

/// Verbs in the past that do not end in "-ed" ("rose", "fell").
const PAST_FORMS: [&str; 24] = [
    "rose", "fell", "grew", "made", "took", "gave", "saw", "came", "went", "left", "sold",
    "bought", "paid", "won", "lost", "held", "kept", "began", "became", "found", "brought",
    "thought", "felt", "met",
];

/// Prepositions that open an adverbial inside what was said ("said under
/// the reorganization, over 100 hospitals will …").
const ADVERBIAL_OPENERS: [&str; 23] = [
    "in",
    "on",
    "for",
    "under",
    "after",
    "as",
    "at",
    "during",
    "since",
    "with",
    "despite",
    "following",
    "through",
    "over",
    "by",
    "from",
    "before",
    "until",
    "without",
    "given",
    "amid",
    "within",
    "of",
];

/// When the adverbial opening at token `k` after a reporting verb is closed
/// by a comma that a clause's subject follows ("said in view of the recent
/// decline, it is considering …"), the token the reported clause opens
/// at: the adverbial's, or the subject's when the adverbial only says when
/// or where it was said ("said on Friday, it will …"). With `bare_ok`,
/// the subject may be a noun phrase with no article ("said in a speech,
/// speculative capital inflows may …").
fn adverbial_then_clause(tk: &Tokens, k: usize, bare_ok: bool) -> Option<usize> {
    // (Or a concession: "said although the purchases will reduce working
    // capital, it believes …".)
    let opens = ADVERBIAL_OPENERS.iter().any(|w| tk.is_word(k, w))
        || ["although", "though", "while", "whereas"].iter().any(|w| tk.is_word(k, w));
    if !opens {
        return None;
    }
    let comma = (k + 1..(k + 30).min(tk.list.len()))
        .take_while(|&m| {
            !tk.ends_sentence(m)
                && !tk.list[m].quoted
                && !tk.is(m, ':')
                && !tk.is(m, ';')
                && tk.list[m].paragraph == tk.list[k].paragraph
                && cue_at(tk, m).is_none()
        })
        .find(|&m| tk.is(m, ','))?;
    let word_at = |m: usize| tk.list.get(m).is_some_and(|t| t.word && !t.quoted);
    // (Past the region of a town: "said in a speech in Surrey, England,
    // speculative capital inflows may …".)
    let region = comma > k + 1
        && tk.capitalized(comma - 1)
        && word_at(comma + 1)
        && tk.capitalized(comma + 1)
        && tk.is(comma + 2, ',');
    let comma = if region { comma + 2 } else { comma };
    let subject = comma + 1;
    // (Not a credit: "…, it said.")
    let credit = cue_at(tk, subject + 1).is_some()
        && (tk.sentence_over(subject + 2) || tk.is(subject + 2, ','));
    if !word_at(subject) || !word_at(subject + 1) || credit {
        return None;
    }
    if !(subject_pronoun_at(tk, subject)
        || noun_subject_at(tk, subject)
        // (A bare noun phrase only after "said", "told" or "added", and an
        // adverbial in lowercase: not "Under the settlement announced in
        // January, Marsh took …", nor "… told Reuters In Australia,
        // concern is growing …", where a full stop is missing.)
        || (bare_ok && !tk.capitalized(k) && bare_subject_at(tk, subject)))
    {
        return None;
    }
    // (A day, a month or a year alone: "on Friday", "in March".)
    let when = comma <= k + 3
        && (k + 1..comma).any(|m| day_at(tk, m) || super::phrases::month(tk, m) || year_at(tk, m));
    Some(if when { subject } else { k })
}

/// Where the clause opens inside the phrase `(a, e)` read as whom someone
/// told, when that phrase is a news organisation run together with the
/// name that is the clause's subject: "told Reuters Kampelman was doing
/// well", "told the BBC Labour would …" (the verb follows the phrase).
fn medium_then_subject(tk: &Tokens, (a, e): TokenRange) -> Option<usize> {
    const MEDIA: [&str; 8] = ["Reuters", "BBC", "CNN", "AP", "NBC", "ABC", "CBS", "MSNBC"];
    // (Past the outlet's own words: "told BBC News Labour MPs would …",
    // "told the BBC News website Ford did not …".)
    const OUTLET: [&str; 7] = ["News", "Radio", "Online", "Sport", "World", "Service", "website"];
    let m = if tk.is_word(a, "the") { a + 1 } else { a };
    let verb = auxiliary_at(tk, e + 1) || (past_verb_at(tk, e + 1) && !tk.is_word(e + 2, "by"));
    if !(m < e && verb && MEDIA.iter().any(|w| tk.str(m) == *w)) {
        return None;
    }
    let subject = (m + 1..=e).find(|&k| !OUTLET.iter().any(|w| tk.str(k) == *w))?;
    tk.capitalized(subject).then_some(subject)
}

/// Whether a noun phrase with no article opens a clause at token `k`,
/// its verb within four words: "said in a speech, speculative capital
/// inflows may cause …", "said in the first four months, total cargo load
/// increased …". (Only after the comma that closes an adverbial, where a
/// participle or a connective would otherwise follow: not "…, adding
/// …", "…, citing lower costs".)
fn bare_subject_at(tk: &Tokens, k: usize) -> bool {
    let plain = |m: usize| {
        tk.list.get(m).is_some_and(|t| t.word && !t.quoted)
            && !tk.has(m, flag::FUNCTION_WORD | flag::DETERMINER)
    };
    let first = tk.bytes(k);
    // (Not a verb or a preposition: "which the bank said today had
    // reached …", "added last week via government-owned banks".)
    if !plain(k)
        || first.ends_with(b"ing")
        || first.ends_with(b"ly")
        || first.ends_with(b"ed")
        || auxiliary_at(tk, k)
        || past_verb_at(tk, k)
        || ADVERBIAL_OPENERS.iter().any(|w| tk.is_word(k, w))
    {
        return false;
    }
    // (An adverb may stand before the verb: "Bangladesh now has".)
    let adverb = |m: usize| ["now", "also", "still", "already"].iter().any(|w| tk.is_word(m, w));
    (k + 1..(k + 5).min(tk.list.len()))
        .take_while(|&m| tk.list[m].word && !tk.list[m].quoted)
        .filter(|&m| !adverb(m))
        .find(|&m| !plain(m) || auxiliary_at(tk, m) || past_verb_at(tk, m))
        .is_some_and(|m| auxiliary_at(tk, m) || (past_verb_at(tk, m) && !tk.is_word(m + 1, "by")))
}

/// Whether token `k` is a lowercase verb in the past ("increased",
/// "rose").
fn past_verb_at(tk: &Tokens, k: usize) -> bool {
    k < tk.list.len()
        && tk.list[k].word
        && !tk.capitalized(k)
        // (Not a compound's participle: "government-owned banks".)
        && !tk.bytes(k).contains(&b'-')
        && past_form(tk, k)
}

/// Whether the word at token `k` has a past tense's form: "-ed" or one of
/// [`PAST_FORMS`].
fn past_form(tk: &Tokens, k: usize) -> bool {
    tk.bytes(k).ends_with(b"ed") || {
        let mut buf = [0u8; 32];
        PAST_FORMS.contains(&tk.lower(k, &mut buf))
    }
}

/// The subject of "said" or "says" at token `c` past an aside that no
/// apposition reads, when a clause of its own follows the verb: "Wilcox,
/// whose education … was paid for by the military, said he'd like …",
/// "Some voters who have listened …, on television or at small events,
/// said he had …". The sentence's subject, as the aside holds no
/// quotation.
pub(crate) fn subject_past_long_aside(tk: &Tokens, s: usize, c: usize) -> Option<TokenRange> {
    if !(tk.is_word(c, "said") || tk.is_word(c, "says") || tk.is_word(c, "say")) {
        return None;
    }
    let mut e = c.checked_sub(1)?;
    while e > s && auxiliary_at(tk, e) {
        e -= 1;
    }
    // (A pronoun with its verb joined: "he'd", "they're".)
    let pronoun = |k: usize| {
        let mut buf = [0u8; 32];
        let w = tk.str(k).split(['\'', '’']).next().unwrap_or_default();
        SUBJECT_PRONOUNS.contains(&lexicon::lower(w, &mut buf))
    };
    // (Or a noun phrase and its verb: "The report for 1986, issued last
    // week, said the reduction started …", "…, said China would …".)
    let clause_next = c + 1 < tk.list.len()
        && tk.list[c + 1].word
        && (tk.is_word(c + 1, "that")
            || pronoun(c + 1)
            || noun_subject_at(tk, c + 1)
            || bare_subject_at(tk, c + 1));
    if e <= s || !tk.is(e, ',') || !clause_next || (s..c).any(|k| tk.list[k].quoted) {
        return None;
    }
    // (Its first words, past a connective: not a phrase after one of the
    // aside's commas, "including Mr. Jebens".)
    let first =
        (s..c).find(|&k| !["and", "but", "so", "then", "yet"].iter().any(|w| tk.is_word(k, w)))?;
    // A name that closes the sentence's first phrase, after what it is:
    // "French machinery maker <Poclain>, 40 pct owned by …, said", "Philippine
    // Secretary of Trade and Industry Jose Concepcion, who …, said". (Not
    // the object of a preposition, "The Republican Task Force on Farm and
    // Rural America", nor a town, "… of Racine, Wis.".)
    // (Past a ticker: "American Express Co <AXP>, rumoured to …, said".)
    let comma = (first..=e).find(|&k| tk.is(k, ','))?;
    // (Or a name the newswire marks: "Sweden's <AB Leo>, manufacturer of …,
    // said".)
    let ticker = |b: usize| {
        tk.is(comma - 1, '>') && (tk.is(b + 1, '<') || (b + 2 == comma && tk.is(b + 1, '>')))
    };
    // (What it is may hold an office's "of" and "and": "Secretary of Trade
    // and Industry"; not "A group of companies including …".)
    let described = |a: usize| {
        (first..a).all(|k| {
            !tk.list[k].word
                || !tk.has(k, flag::FUNCTION_WORD)
                || (tk.is_word(k, "of") && k > first && tk.has(k - 1, flag::TITLE_WORD))
                || (tk.is_word(k, "and")
                    && k > first
                    && tk.capitalized(k - 1)
                    && tk.capitalized(k + 1))
        }) && !(first..a).any(|k| tk.is_word(k, "including"))
    };
    if comma > first
        && let Some((a, b)) = phrase_before(tk, comma - 1, first)
        && (b + 1 == comma || ticker(b))
        && tk.capitalized(a)
        && (b > a || (a > first && tk.is(a - 1, '<')))
        && (a == first
            || ((tk.list[a - 1].word || tk.is(a - 1, '<')) && described(a))
            // (Or after "that" with no verb of saying before it: "It was
            // three years ago that Michael Bloomberg, who …, said …".)
            || (tk.is_word(a - 1, "that") && !(first..a).any(|k| cue_at(tk, k).is_some())))
    {
        return Some((a, b));
    }
    // Or the sentence's first phrase, where a phrase may end: "Some voters
    // who have listened …", "The employee of nearly four years" (not "The
    // diversified" of "The diversified maker of …").
    // (A participle that takes no noun of its own: not "Canadian
    // published reports", "state holding company".)
    let participle = |k: usize| {
        (tk.bytes(k).ends_with(b"ed") || tk.bytes(k).ends_with(b"ing"))
            && !tk.list.get(k + 1).is_some_and(|t| {
                t.word
                    && !t.quoted
                    && !tk.capitalized(k + 1)
                    && !tk.has(k + 1, flag::FUNCTION_WORD | flag::DETERMINER)
            })
    };
    sentence_subject(tk, first, c).filter(|&(a, b)| {
        let next = b + 1;
        a == first
            && (tk.is(next, ',')
                || tk.is(next, '<')
                || ["of", "who", "whose", "which", "in", "at", "from", "including", "with", "for"]
                    .iter()
                    .any(|w| tk.is_word(next, w))
                || participle(next))
    })
}

/// `X said (that) …`, `…, X said.`, `…, X said, …` or `X …, saying (that)
/// …` around the verb at token `c`.
fn verb(tk: &Tokens, c: usize, object: bool) -> Option<Reported> {
    verb_with(tk, c, object, false)
}

/// The subject of the clause of "when", "while" or "after" (from token
/// `whole` on) that the verb at token `c` goes on: "… and when Rubio
/// thanked Miami and said it was great to be home, a man yelled …".
pub(crate) fn subordinate_subject(tk: &Tokens, whole: usize, c: usize) -> Option<TokenRange> {
    (whole..c.saturating_sub(2))
        .rev()
        .take_while(|&k| !tk.is(k, ','))
        .find(|&k| {
            ["when", "while", "after"].iter().any(|w| tk.is_word(k, w)) && !tk.list[k].quoted
        })
        .and_then(|k| sentence_subject(tk, k + 1, c))
        .filter(|&(a, e)| {
            (tk.capitalized(a) || super::phrases::pronoun(tk, a).is_some())
                && super::phrases::verb_after(tk, e)
        })
}

/// Whether the verb at token `c` reports a clause after it, one that opens
/// with "that" or a subject: "said (that) his campaign was …", not "accused
/// it of …".
pub(crate) fn reports_after(tk: &Tokens, c: usize) -> bool {
    let Some(start) = cue_at(tk, c)
        .and_then(|cue| verb(tk, c, cue.object))
        .and_then(|r| r.spans.first().map(|s| s.start))
    else {
        return false;
    };
    let m = tk.at_or_after(start);
    // (Not past a comma, "the “impact,” Jacobs said, that he's had", nor a
    // credit of its own after a lost full stop: "…,” he said Jeffrey said
    // he would …".)
    m > c
        && !(c + 1..m).any(|k| tk.is(k, ','))
        && !(m..(m + 4).min(tk.list.len())).any(|k| cue_at(tk, k).is_some())
        && !["in", "on", "at", "of", "for", "with", "to", "from", "by"]
            .iter()
            .any(|w| tk.is_word(m, w))
        && (tk.is_word(m, "that")
            || tk.is_word(m - 1, "that")
            || (m..(m + 8).min(tk.list.len()))
                .take_while(|&k| tk.list[k].word)
                .any(|k| auxiliary_at(tk, k)))
}

/// The reported clause that holds the partial quotation `quote` (byte
/// ranges) attributed by the verb at token `c`: `he has not "seen …"` in
/// `He added that he has not "seen …"`. The whole clause is what was
/// reported; the quotation marks only the words kept verbatim.
pub(crate) fn clause_of_partial(
    tk: &Tokens,
    c: usize,
    quote: &[Range<usize>],
) -> Option<Range<usize>> {
    let object = cue_at(tk, c).is_some_and(|cue| cue.object);
    let Some(r) = verb_with(tk, c, object, true) else {
        return named_as(tk, c, quote);
    };
    let clause = around_quote(&r.spans, quote).or_else(|| joined_to_quote(tk, &r.spans, quote))?;
    // (A clause ending where the quotation does keeps its closing mark:
    // `was "corrupt,"`, not `was "corrupt,`.)
    let mark = Some(tk.list.partition_point(|t| t.start < clause.end))
        .filter(|&m| m < tk.list.len() && tk.list[m].start == clause.end && closing_mark(tk, m));
    // (Both of a doubled mark: `''`.)
    let mark = mark.map(|m| {
        let doubled = m + 1 < tk.list.len()
            && tk.list[m + 1].start == tk.list[m].end
            && closing_mark(tk, m + 1);
        if doubled { m + 1 } else { m }
    });
    Some(match mark {
        Some(m) if quote.last().is_some_and(|q| q.end == clause.end) => {
            clause.start..tk.list[m].end
        }
        _ => clause,
    })
}

/// `called his standing in the field “unheard of”`, `described the ground
/// as ''Swiss cheese''`: what was called or described, and the quotation
/// that names it, when only a few words stand between the verb at token
/// `c` and the quotation.
fn named_as(tk: &Tokens, c: usize, quote: &[Range<usize>]) -> Option<Range<usize>> {
    const NAMING: [&str; 4] = ["call", "describ", "label", "dub"];
    let mut buf = [0u8; 32];
    let verb = tk.lower(c, &mut buf);
    if !NAMING.iter().any(|v| verb.starts_with(v)) {
        return None;
    }
    let (first, last) = (quote.first()?, quote.last()?);
    let open = tk.at_or_after(first.start).checked_sub(1)?;
    let between = (c + 1..open).filter(|&k| tk.list[k].word).count();
    let plain = (c + 1..open).all(|k| (tk.list[k].word || tk.is(k, '\'')) && !tk.list[k].quoted);
    (open > c + 1 && between <= 10 && plain && opening_mark(tk, open))
        .then(|| tk.list[c + 1].start..last.end)
}

/// The clause `spans` run on to the quotation `quote` that its verb credits
/// later in the same sentence: `McConnell says that the people are seeking
/// a leader, but instead Obama is giving them "lectures …"`.
fn joined_to_quote(
    tk: &Tokens,
    spans: &[Range<usize>],
    quote: &[Range<usize>],
) -> Option<Range<usize>> {
    let (start, clause) = (spans.first()?.start, spans.last()?);
    let (first, last) = (quote.first()?, quote.last()?);
    if clause.end > first.start {
        return None;
    }
    let (from, to) = (tk.at_or_after(clause.end), tk.at_or_after(first.start));
    let same_sentence = (from..to).all(|k| {
        let t = &tk.list[k];
        (t.quoted || !tk.ends_sentence(k)) && t.paragraph == tk.list[from].paragraph
    });
    same_sentence.then_some(start..last.end)
}

/// The stretch from `spans` (a reported clause) and `quote` together, when
/// the clause holds the quotation and says more than it.
fn around_quote(spans: &[Range<usize>], quote: &[Range<usize>]) -> Option<Range<usize>> {
    let (first, last) = (quote.first()?, quote.last()?);
    let start = spans.first()?.start.min(first.start);
    let end = spans.last()?.end.max(last.end);
    let inside = spans.iter().any(|s| s.start < last.end && first.start < s.end);
    (inside && (start < first.start.saturating_sub(1) || end > last.end + 1)).then_some(start..end)
}

/// The token after whom someone told, from token `k` just past the phrase
/// read as whom: past a station's programme ("told BBC Radio 4's Today
/// programme he …", and the word for it) and past the rest of a compound
/// noun the phrase stopped inside ("told a news conference the company
/// expected …").
pub(crate) fn past_whom_told(tk: &Tokens, mut k: usize) -> usize {
    // ("told the Iraqi news agency INA the latest attack was …", "told a
    // Peking news conference some people said …": a medium or an occasion
    // after the phrase, with its letters, before the clause or when.)
    let medium = |m: usize| {
        tk.list.get(m).is_some_and(|t| t.word && !t.quoted) && !tk.capitalized(m) && {
            let mut buf = [0u8; 32];
            matches!(
                tk.lower(m, &mut buf),
                "news" | "agency" | "conference" | "television" | "radio" | "interviewers"
            )
        }
    };
    if medium(k) {
        let mut m = k;
        while m < k + 3 && medium(m) {
            m += 1;
        }
        if m < tk.list.len() && tk.list[m].word && super::speakers::is_letters(tk.str(m)) {
            m += 1;
        }
        let goes_on = m < tk.list.len()
            && tk.list[m].word
            && !tk.list[m].quoted
            && (opens_clause(tk, m)
                || ["yesterday", "today", "on", "last", "this", "earlier"]
                    .iter()
                    .any(|w| tk.is_word(m, w)));
        if goes_on {
            return m;
        }
    }
    if k + 1 < tk.list.len() && tk.list[k].word && tk.possessive(k) && tk.capitalized(k + 1) {
        k += 1;
        while k < tk.list.len() && tk.list[k].word && tk.capitalized(k) {
            k += 1;
        }
        if k < tk.list.len() && ["programme", "program", "show"].iter().any(|w| tk.is_word(k, w)) {
            k += 1;
        }
    }
    let mut more = 0;
    while more < 2 && goes_on_in_whom(tk, k, more == 0) {
        k += 1;
        more += 1;
    }
    k
}

/// Whether a clause may open at token `m`, after whom someone told: a
/// determiner, "that" or a subject pronoun.
fn opens_clause(tk: &Tokens, m: usize) -> bool {
    tk.has(m, flag::DETERMINER)
        || tk.is_word(m, "that")
        || SUBJECT_PRONOUNS.iter().any(|w| tk.is_word(m, w))
}

/// Whether the word at token `k` is more of the compound noun whom someone
/// told, a clause opening after it (`first`: the first word past the
/// phrase).
fn goes_on_in_whom(tk: &Tokens, k: usize, first: bool) -> bool {
    let noun = |m: usize| {
        tk.list.get(m).is_some_and(|t| t.word && !t.quoted)
            && !tk.capitalized(m)
            && !tk.has(m, flag::FUNCTION_WORD | flag::VERB_FILLER)
            && cue_at(tk, m).is_none()
    };
    // (A name that opens the clause, its verb after it: "told a news
    // conference Brazil now had …"; not a day, nor a programme's name before
    // the clause, "told the programme Go Digital he hoped …".)
    let capital =
        |m: usize| tk.list.get(m).is_some_and(|t| t.word && !t.quoted) && tk.capitalized(m);
    let name = |m: usize| {
        let end = (m..(m + 6).min(tk.list.len())).take_while(|&j| capital(j)).last().unwrap_or(m);
        capital(m)
            && !day_at(tk, m)
            && !super::phrases::month(tk, m)
            && tk.list.get(end + 1).is_some_and(|t| t.word && !t.quoted)
            && !tk.capitalized(end + 1)
            && !opens_clause(tk, end + 1)
    };
    k + 1 < tk.list.len()
        && tk.list[k].word
        && !tk.list[k].quoted
        && !tk.capitalized(k)
        && !tk.has(k, flag::FUNCTION_WORD | flag::DETERMINER | flag::VERB_FILLER)
        && cue_at(tk, k).is_none()
        && !["such", "what", "quite", "rather"].iter().any(|w| tk.is_word(k, w))
        // (Or "that" after it: "told the BBC news website that …", and one
        // more such noun before it.)
        && (opens_clause(tk, k + 1)
            || name(k + 1)
            || (first && noun(k + 1) && k + 2 < tk.list.len() && tk.is_word(k + 2, "that")))
}

/// The reported clause that holds the partial quotation `quote`, after an
/// opening "According to X," whose last token is `last`.
pub(crate) fn clause_after_source(
    tk: &Tokens,
    last: usize,
    quote: &[Range<usize>],
) -> Option<Range<usize>> {
    if last + 1 >= tk.list.len() || !tk.is(last + 1, ',') {
        return None;
    }
    around_quote(&[clause_with(tk, last + 2, true)?], quote)
}

fn verb_with(tk: &Tokens, c: usize, object: bool, quotes_ok: bool) -> Option<Reported> {
    // (A clause around a partial quotation may start before it: `Those
    // who … struggle, even with a "good" job, he said.`)
    // (So may a participle after a quotation whose comma closes inside its
    // marks: `… the "Golden Week," saying …` is the sentence's subject's.)
    // (Not what the quotation names: `"…," referring to the Islamic
    // State`.)
    let after_marks = c >= 2
        && super::phrases::saying_participle(tk, c)
        && super::phrases::closes_after_comma(tk, c - 1);
    let s = if quotes_ok || after_marks {
        sentence_start_through_quotes(tk, c)
    } else {
        sentence_start(tk, c)
    };
    // ("PARIS, Aug 31 (Reuters) - Marine Le Pen voiced …": the dateline
    // is no subject.)
    let s = super::phrases::dateline_end(tk, s).filter(|&d| d < c).unwrap_or(s);
    // ("The paper quoted him as saying …": whom it quoted.)
    // ("He went on to say …": the subject of the verb before.)
    let v = went_on_to(tk, c).unwrap_or(c);
    let mut subject = quoted_as(tk, c).or_else(|| {
        if v > s {
            phrase_before(tk, v - 1, s).or_else(|| loose_subject(tk, v, s)).or_else(|| {
                // ("Malaysian growers, however, said …": the subject before a
                // connective set off in commas.)
                super::phrases::connective_aside_before(tk, v - 1, s)
                    .and_then(|w| loose_subject(tk, w + 1, s))
            })
        } else {
            None
        }
    });
    // ("Addressing claims that …": a gerund that opens the sentence names
    // no one.)
    subject = subject.filter(|&(a, b)| !(a == b && super::phrases::gerund_opening(tk, a)));
    // ("… and four pct said they planned to buy": a share after "and".)
    if subject.is_none()
        && ["said", "say", "says"].iter().any(|w| tk.is_word(c, w))
        && let Some(and) = (c.saturating_sub(4).max(s + 1)..c).rev().find(|&k| tk.is_word(k, "and"))
        && and + 1 < c
        && quantity_at(tk, and + 1)
        && (and + 1..c).all(|k| tk.list[k].word && !tk.list[k].quoted)
    {
        subject = Some((and + 1, c - 1));
    }
    // ("…, with 22 percent saying they would not support him": a share
    // after "with", with what they said.)
    // (The cheap test first: every verb asks.)
    if tk.bytes(c).ends_with(b"ing")
        && super::phrases::saying_participle(tk, c)
        && let Some(with) =
            (c.saturating_sub(8).max(s + 1)..c).rev().find(|&k| tk.is_word(k, "with"))
        && with + 1 < c
        && tk.is(with - 1, ',')
        && quantity_at(tk, with + 1)
        && (with + 1..c).all(|k| tk.list[k].word && !tk.list[k].quoted)
    {
        subject = Some((with + 1, c - 1));
    }
    // ("Donald Trump, who previously said he would "bomb the oil fields",
    // said …": a subject before a relative clause or a dash's aside that
    // holds a quotation; its comma may close inside the quotation, "Gail
    // Martell, author of the EF Hutton publication "Global Crop News,"
    // said …".)
    let inside_marks = c.checked_sub(1).and_then(|k| super::phrases::comma_inside_marks(tk, k));
    // (Past auxiliaries and adverbs: "Mr Blair, who has described Africa
    // as a "scar" …, has already said …".)
    let adverb = |k: usize| {
        ["already", "also", "previously", "repeatedly", "since", "recently"]
            .iter()
            .any(|w| tk.is_word(k, w))
    };
    // (Cheap tests first: asked of the word before every verb.)
    let before_subject = |k: usize| {
        tk.list[k].word
            && !tk.capitalized(k)
            && (adverb(k)
                || super::phrases::verb_filler(tk, k)
                || super::phrases::auxiliary_at(tk, k))
    };
    // (Scanned only when no subject was read, or only such words.)
    let before_verb = if c > s
        && !tk.is(c - 1, ',')
        && before_subject(c - 1)
        && subject.is_none_or(|(a, b)| (a..=b).all(before_subject))
    {
        (s..c).rev().find(|&k| !before_subject(k)).unwrap_or(c - 1)
    } else {
        c.saturating_sub(1)
    };
    let comma = if c > s && (tk.is(before_verb, ',') || super::phrases::dash(tk, before_verb)) {
        Some(before_verb)
    } else {
        inside_marks
    };
    if subject.is_none_or(|(a, b)| (a..=b).all(before_subject) && comma == Some(before_verb))
        && !quotes_ok
        && let Some(comma) = comma
    {
        let wide = sentence_start_through_quotes(tk, c);
        if wide < s {
            let found = phrase_before(tk, comma, wide).filter(|&(a, _)| a < s);
            if found.is_some() || subject.is_none() {
                subject = found;
            }
        }
    }
    let past_aside = subject.is_none() && {
        let wide = if inside_marks.is_some() { sentence_start_through_quotes(tk, c) } else { s };
        subject = subject_past_aside(tk, wide, c).or_else(|| subject_past_long_aside(tk, s, c));
        subject.is_some()
    };
    let cue = lexicon::cue_name(tk.str(c));
    // ("Having said that, Burnley are …": the writer's turn of phrase.)
    let having_said_that =
        c > s && tk.is_word(c - 1, "having") && tk.is_word(c + 1, "that") && tk.is(c + 2, ',');
    if other_sense(tk, c, cue) || having_said_that || quantity_shows(tk, cue, subject) {
        return None;
    }
    // "Trump spoke on Monday, saying that …": the sentence's subject.
    // "… responded by saying (that) …" likewise.
    // Whether the subject is the sentence's, not a phrase next to the verb.
    let mut of_sentence = false;
    if participle_of_sentence(tk, c, s, cue) {
        subject = participle_subject(tk, s, c);
        of_sentence = true;
    }
    // "McConnell issued a statement saying that …": the text's author.
    if cue.ends_with("ing")
        && let Some((a, head)) = subject
        && a > s
        && super::attribution::names_a_text(tk, (a, head))
        && let Some(author) = super::attribution::text_author(tk, s, a)
    {
        subject = Some(author);
        of_sentence = true;
    }
    // "He gave few details, but said …": a second verb of the sentence's
    // subject, not a speaker called "but".
    // (Also past when or where: "…, but in a later interview said …".)
    let conjunction = |k: usize| ["but", "and"].iter().any(|w| tk.is_word(k, w));
    // (Or a day or month left alone after its link: "… and on Sunday
    // blamed …" is not Sunday's.)
    let after_adjunct = subject.is_some_and(|(a, b)| {
        let link = |k: usize| {
            ["in", "on", "at", "during", "after", "before", "later"]
                .iter()
                .any(|w| tk.is_word(k, w))
        };
        (a > s && conjunction(a - 1) && link(a))
            || (b > s + 1
                && b + 1 == c
                && conjunction(b - 2)
                && link(b - 1)
                && super::phrases::day_or_month(tk, b))
    });
    // ("… but then said …", "… and once told analysts …": past a filler
    // too.)
    // (Or an auxiliary after "but": "The media giant was not fined …, but
    // has agreed to …".)
    // (Or a comma and "then": "Clinton paused, then revealed …".)
    let conjunction_before = c > s
        && (conjunction(c - 1)
            || (c > s + 2 && tk.is_word(c - 1, "then") && tk.is(c - 2, ','))
            || (c > s + 1
                && conjunction(c - 2)
                && (["then", "later", "also", "once", "again", "repeatedly"]
                    .iter()
                    .any(|w| tk.is_word(c - 1, w))
                    || (tk.is_word(c - 2, "but")
                        && ["has", "have", "had"].iter().any(|w| tk.is_word(c - 1, w))))));
    if c > s && (conjunction_before || after_adjunct) {
        // (Its subject may stand before a quotation: `Graham called both
        // "crazy" and said …`; not for a verb that may take a thing made:
        // `hosts the show "Last Week Tonight," and writes a column`.)
        let makes = ["writ", "wrote", "show"].iter().any(|w| cue.starts_with(w));
        let whole = if makes { s } else { sentence_start_through_quotes(tk, c) };
        // ("…, he said, but declined to give figures": the credit's
        // speaker, not the sentence's subject.)
        let credit = (c >= s + 4 && conjunction(c - 1) && tk.is(c - 2, ','))
            .then(|| {
                let v = c - 3;
                cue_at(tk, v).filter(|e| e.reports)?;
                phrase_before(tk, v - 1, s)
                    .filter(|&(a, b)| b + 1 == v && a > s && tk.is(a - 1, ','))
            })
            .flatten();
        // (Of the clause a "but" opens: "The proposal was defeated but union
        // leaders voted for a week of action and urged …".)
        let but = || {
            (whole + 1..c.saturating_sub(2))
                .rev()
                .find(|&k| tk.is_word(k, "but") && !tk.list[k].quoted)
                .and_then(|k| sentence_subject(tk, k, c))
                // (A subject, and its verb right after it: not "all but one
                // of the directors and suggested …", "but his upbeat speech
                // was".)
                .filter(|&(_, e)| super::phrases::verb_after(tk, e))
        };
        // (Of the relative clause it goes on, whose subject is named: "a
        // video of Trump … in which Trump called himself “very pro-choice”
        // and admitted …".)
        let relative = || {
            (whole + 1..c.saturating_sub(2))
                .rev()
                .take_while(|&k| !tk.is(k, ','))
                .find(|&k| (tk.is_word(k, "which") || tk.is_word(k, "whom")) && !tk.list[k].quoted)
                .and_then(|k| sentence_subject(tk, k + 1, c))
                .filter(|&(a, e)| tk.capitalized(a) && super::phrases::verb_after(tk, e))
        };
        let subordinate = || subordinate_subject(tk, whole, c);
        // (Whom a relative clause is about, set off by a comma: "Annette
        // Guessford, who answered her door and said she planned to caucus
        // …".)
        let who = || {
            // (Not past the comma that closes it: "Joseph Scholes, who hanged
            // himself …, and urged …" is the sentence's subject's.)
            (whole + 2..c)
                .rev()
                .take_while(|&k| !tk.is(k, ','))
                .find(|&k| tk.is_word(k, "who") && tk.is(k - 1, ',') && !tk.list[k].quoted)
                .and_then(|k| phrase_before(tk, k - 2, whole))
                .filter(|&(a, _)| tk.capitalized(a))
        };
        subject =
            credit
                .or_else(but)
                .or_else(relative)
                .or_else(who)
                .or_else(subordinate)
                // ("One of the men, Jessie Elkins, 70, had served … and said":
                // the name set off after the role.)
                .or_else(|| {
                    let p = if c > whole + 1 { sentence_subject(tk, whole, c) } else { None }?;
                    Some(first_verbs_phrase(tk, whole, p, c).unwrap_or_else(|| {
                        super::phrases::name_in_apposition(tk, p, c).unwrap_or(p)
                    }))
                });
        of_sentence = true;
    }
    // "The plan, she said, is dead." (Also "…, a spokeswoman said on
    // Saturday, and …", and a loose subject: "At times, people close to him
    // said, the mention …".)
    // (Not an adverb alone: in "…, also testified at the tribunal" the
    // subject stands before the comma.)
    let set_off = |sp: TokenRange| {
        sp.0 > s + 1
            && tk.is(sp.0 - 1, ',')
            && (super::phrases::pronoun(tk, sp.0).is_some()
                || !(sp.0..=sp.1).all(|k| tk.has(k, flag::FUNCTION_WORD)))
    };
    // (Not a verb that is often a noun, "…, many of the same notes,", nor
    // a stretch with a verb of its own, "will hold a hearing on …".)
    let plain_verb = !tk.has(c, flag::NOUN_LIKE);
    // (The comma after the verb first: most verbs have none, and the loose
    // subject walks back to the sentence's start.)
    // (Not ", adding …": a statement of its own follows the credit.)
    let after_verb = comma_after_verb(tk, c).filter(|&m| !participle_cue(tk, m + 1));
    let parenthetical = after_verb.and(subject).filter(|&sp| set_off(sp)).or_else(|| {
        let loose = (after_verb.is_some() && subject.is_some() && plain_verb)
            .then(|| loose_subject(tk, c, s))
            .flatten();
        loose.filter(|&sp| set_off(sp) && !(sp.0..=sp.1).any(|k| auxiliary_at(tk, k)))
    });
    if let Some(sp) = parenthetical
        && let Some(after_verb) = after_verb
    {
        let comma = sp.0 - 1;
        // (One word is enough: "Otherwise, she said, countries …".)
        let words = (s..comma).filter(|&m| tk.list[m].word).count();
        // ("…, Ryan told analysts, although he declined …": what follows
        // the credit is the writer's.)
        // (So is a circumstance that runs to the sentence's end: "…, the
        // bureau said, without explaining how the error arose", "…, Pravda
        // said, quoting …"; not one set off inside the words, "The plan,
        // Sonntagsblick said, quoting reliable sources, aims to …".)
        // (Nor a second credit: "…, records show, and aviation experts say
        // it is …".)
        let circumstance = |k: usize| {
            (tk.is_word(k, "without") || tk.is_word(k, "quoting"))
                && (k..tk.list.len()).take_while(|&m| !tk.ends_sentence(m)).all(|m| !tk.is(m, ','))
        };
        let breaks = tk.list.get(after_verb + 1).is_some_and(|t| t.word)
            && ({
                let mut buf = [0u8; 32];
                lexicon::clause_break(tk.lower(after_verb + 1, &mut buf))
            } || circumstance(after_verb + 1)
                || second_credit(tk, after_verb + 1));
        // (Not an opening phrase: "In the early 1990s, she said, when …".)
        // (Nor a loose phrase for a speaker: "…, twice the amount expected,
        // …".)
        let speaker_like = tk.capitalized(sp.1)
            || super::phrases::pronoun(tk, sp.0).is_some()
            || tk.has(sp.1, flag::ROLE_NOUN);
        if breaks
            && words >= 3
            && speaker_like
            && !opening_at(tk, s)
            && !(s..comma).any(|m| tk.list[m].quoted)
            && let Some(last) = (s..comma).rev().find(|&m| tk.list[m].word)
        {
            let before = tk.list[s].start..tk.list[last].end;
            return Some(Reported {
                spans: smallvec::smallvec![before],
                speaker: sp,
                cue,
                cue_token: c,
            });
        }
        if words >= 1
            && (quotes_ok || !(s..comma).any(|m| tk.list[m].quoted))
            && let Some(last) = (s..comma).rev().find(|&m| tk.list[m].word)
            && let Some(after) = clause_with(tk, after_verb + 1, quotes_ok)
        {
            return Some(Reported::around(tk, (s, last), after, sp, cue, c));
        }
    }
    // "Currently, says Dr Paniccia, the market is weak", "The answer, says
    // Prof Brewer, is more research": a credit turned round inside the
    // sentence, its speaker between commas after the verb.
    if c > s
        && tk.is(c - 1, ',')
        && !object
        && plain_verb
        && let Some(sp) = phrase_after(tk, c + 1, tk.list.len()).map(|sp| and_others(tk, sp))
        && sp.1 + 2 < tk.list.len()
        && tk.is(sp.1 + 1, ',')
        && (tk.capitalized(sp.1) || tk.has(sp.1, flag::ROLE_NOUN))
        && (sp.0..=sp.1).all(|m| tk.list[m].word && !tk.list[m].quoted)
        && (1..=6).contains(&(s..c - 1).filter(|&m| tk.list[m].word).count())
        // (What comes before is no clause, "But that is not good enough,
        // said Howard Rubel, a senior analyst …", and what comes after no
        // apposition.)
        && !(s..c - 1).any(|m| tk.list[m].quoted || auxiliary_at(tk, m) || cue_at(tk, m).is_some())
        // (Past what the speaker is: "The problem they face, said Shailendra
        // Jain, head of MMS firm Adamind, is educating people …".)
        && let rest = apposition_end(tk, sp.1 + 2).map_or(sp.1 + 2, |comma| comma + 1)
        && !["a", "an", "who", "which", "whose"].iter().any(|w| tk.is_word(rest, w))
        && !tk.has(rest, flag::TITLE_WORD | flag::ROLE_NOUN)
        && let Some(last) = (s..c - 1).rev().find(|&m| tk.list[m].word)
        // (Nor a name that goes on past the comma: "…, said Goldman, Sachs
        // and Co".)
        && !(sp.0 == sp.1 && tk.capitalized(sp.1 + 2))
        && let Some(after) = clause_with(tk, rest, quotes_ok)
        // (Nor a clause with a credit of its own: "…, The Department said
        // in a statement …".)
        && !(rest..tk.list.len())
            .take_while(|&m| tk.list[m].end <= after.end)
            .any(|m| cue_at(tk, m).is_some())
    {
        return Some(Reported::around(tk, (s, last), after, sp, cue, c));
    }
    // "…, said an American official who was briefed …": an inverted
    // credit, whose speaker is no content (but "…, said the staff member
    // who succeeded him … should be fired" may be).
    let after_comma = c > s
        && matches!(cue, "said" | "says")
        && comma_before(tk, c).is_some()
        && phrase_after(tk, c + 1, tk.list.len()).is_some_and(|(a, e)| {
            (["a", "an", "one"].iter().any(|w| tk.is_word(a, w))
                && e + 1 < tk.list.len()
                && tk.is_word(e + 1, "who"))
                // ("…, remain defendants in the lawsuit, said the
                // newspaper.": the credit closes the sentence, or a
                // participle of who made it does: "…, said the leaflet
                // published jointly by the Crown Prosecution Service".)
                || (tk.is(c - 1, ',') && (tk.sentence_over(e + 1) || made_by_after(tk, e)))
        });
    // (Or one whose comma the writer left out: "… said Dominic Hirsch,
    // managing director of …".)
    let name_credit = name_credit_without_comma(tk, s, c, cue);
    let inverted = after_comma || name_credit;
    // Content after the verb.
    if let Some(sp) = subject.filter(|_| !inverted) {
        // ("Asked whether …, 75 percent of Democrats said yes", "the
        // candidate said no.": the one word is what was said.)
        if matches!(cue, "said" | "says" | "say" | "answered" | "replied")
            && ["yes", "no"].iter().any(|w| tk.is_word(c + 1, w))
            && !tk.list[c + 1].quoted
            && tk.list.get(c + 2).is_none_or(|t| !t.word && !t.quoted && !tk.is(c + 2, '-'))
        {
            let word = &tk.list[c + 1];
            return Some(Reported {
                spans: smallvec::smallvec![word.start..word.end],
                speaker: sp,
                cue,
                cue_token: c,
            });
        }
        // ("… 30 applicants, which he said were about evenly split …", "a
        // letter of apology that he said was drafted by the firm", "what
        // she said is growing demand …": a relative pronoun before the
        // speaker is the subject of what was said, its predicate.)
        if matches!(cue, "said" | "says" | "say")
            && sp.0 > s
            && sp.1 + 1 == c
            && ["which", "that", "what", "who", "whom"].iter().any(|w| tk.is_word(sp.0 - 1, w))
            && auxiliary_at(tk, c + 1)
            && let Some(mut span) = clause_with(tk, c + 1, quotes_ok)
        {
            // (It ends before the sentence's own verb: "The computer, which
            // Apple says will operate 15-20 pct faster …, goes on sale
            // today", "reaching what some health officials say is epidemic
            // proportions, Windom said …".)
            let main_verb = |m: usize| {
                let word = |j: usize| tk.list.get(j).is_some_and(|t| t.word && !t.quoted);
                word(m)
                    && (auxiliary_at(tk, m)
                        || cue_at(tk, m).is_some()
                        || (!tk.capitalized(m)
                            && !tk.has(m, flag::FUNCTION_WORD)
                            && (tk.bytes(m).ends_with(b"s") || tk.bytes(m).ends_with(b"ed")))
                        || (tk.capitalized(m) && cue_at(tk, m + 1).is_some()))
            };
            if let Some(m) = (c + 2..tk.at_or_after(span.end)).find(|&m| {
                (tk.is(m, ',') || super::phrases::dash(tk, m))
                    && main_verb(m + 1 + usize::from(tk.is(m + 1, '-')))
            }) && let Some(last) = (c + 1..m).rev().find(|&j| tk.list[j].word)
            {
                span.end = tk.list[last].end;
            }
            return Some(Reported {
                spans: smallvec::smallvec![span],
                speaker: sp,
                cue,
                cue_token: c,
            });
        }
        let mut k = c + 1;
        if object && k < tk.list.len() {
            if let Some((a, e)) = phrase_after(tk, k, tk.list.len()) {
                // (After "warn", a phrase its auxiliary follows is the
                // clause's subject, not whom it was said to: "warned the
                // British and Irish Lions will be his most fearsome
                // opponents"; after "told Reuters" the clause's subject may
                // run on in the phrase.)
                if let Some(m) = medium_then_subject(tk, (a, e)) {
                    k = m;
                } else if !(cue.starts_with("warn") && auxiliary_at(tk, e + 1)) {
                    k = past_whom_told(tk, e + 1);
                }
            } else if tk.list[k].word && {
                let mut buf = [0u8; 32];
                ADDRESSEES.contains(&tk.lower(k, &mut buf))
            } {
                k += 1;
            } else if (cue.starts_with("tel") || cue == "told")
                && let Some(e) = (k..(k + 3).min(tk.list.len()))
                    .take_while(|&m| {
                        tk.list[m].word
                            && !tk.list[m].quoted
                            && !tk.capitalized(m)
                            && !tk.has(m, flag::FUNCTION_WORD | flag::VERB_FILLER)
                    })
                    .find(|&m| tk.has(m, flag::ROLE_NOUN) && tk.bytes(m).ends_with(b"s"))
                // (Where whom ends: "told financial analysts.", "told business
                // executives the most important issues …"; not "told trade
                // leaders from Japan, the EC and Canada that …".)
                && tk.list.get(e + 1).is_some_and(|t| {
                    !t.word
                        || tk.capitalized(e + 1)
                        || tk.has(e + 1, flag::DETERMINER)
                        || ["that", "here", "today", "yesterday"].iter().any(|w| tk.is_word(e + 1, w))
                        || SUBJECT_PRONOUNS.iter().any(|w| tk.is_word(e + 1, w))
                })
            {
                // ("told financial analysts …": people a role names, with a
                // word that describes them.)
                k = e + 1;
            }
        }
        // ("said — on Twitter, as it happens — that …": an aside between
        // dashes before the clause.)
        if k + 2 < tk.list.len()
            && super::phrases::dash(tk, k)
            && let Some(close) = (k + 2..(k + 16).min(tk.list.len()))
                .take_while(|&m| !tk.ends_sentence(m) && !tk.list[m].quoted)
                .find(|&m| super::phrases::dash(tk, m))
            && (tk.is_word(close + 1, "that") || subject_pronoun_at(tk, close + 1))
        {
            k = close + 1;
        }
        // "said on Thursday that …": look ahead a little for "that", past
        // an adverbial only ("said the states were unanimous that" is not).
        // (Not "last week's agreement …": a possessive makes it the
        // clause's subject.)
        let adjunct = k < tk.list.len() && tk.list[k].word && {
            let mut buf = [0u8; 32];
            let w = tk.lower(k, &mut buf);
            (lexicon::function_word(w) || matches!(w, "last" | "this" | "late" | "early"))
                && !(dated_possessive(tk, k, w))
        };
        let subject_next = k < tk.list.len() && (tk.list[k].word || quantity_at(tk, k)) && {
            let mut buf = [0u8; 32];
            let w = tk.lower(k, &mut buf);
            (SUBJECT_PRONOUNS.contains(&w)
                || CLAUSE_OPENERS.contains(&w)
                || quantity_at(tk, k)
                || (dated_possessive(tk, k, w)))
                // ("said this week at an event": when, not what.)
                && !(w == "this" && time_noun_at(tk, k + 1))
        };
        // "said recently that …", "told Reagan privately that …": an
        // adverb between the verb (or whom) and "that".
        let adverb = |m: usize| {
            tk.list.get(m).is_some_and(|t| t.word && !t.quoted)
                && !tk.capitalized(m)
                && (tk.bytes(m).ends_with(b"ly")
                    || ["again", "earlier", "later", "here", "there", "today", "yesterday"]
                        .iter()
                        .any(|w| tk.is_word(m, w)))
        };
        let adverb_that = (tk.is_word(k + 1, "that") && adverb(k))
            .then_some(k + 1)
            .or_else(|| (tk.is_word(k + 2, "that") && adverb(k) && adverb(k + 1)).then_some(k + 2));
        // "added, that …", "telling supporters in Columbus, Ohio, that …":
        // a comma or a place between the verb and "that"; or a short aside
        // between commas ("said, without evidence, that …").
        let mut that = (k < tk.list.len() && tk.is(k, ','))
            .then(|| {
                (k + 1..(k + 5).min(tk.list.len())).find(|&m| {
                    tk.is_word(m, "that") && (k + 1..m).all(|j| tk.capitalized(j) || tk.is(j, ','))
                })
            })
            .flatten()
            .or(adverb_that)
            .or_else(|| {
                let close = (k + 2..(k + 9).min(tk.list.len()))
                    .take_while(|&m| tk.is(m, ',') || (tk.list[m].word && !tk.list[m].quoted))
                    .find(|&m| tk.is(m, ','))?;
                (tk.is(k, ',') && tk.is_word(close + 1, "that")).then_some(close + 1)
            });
        // (Not past a subject: "says it is hard to blame anyone for that".)
        // ("vowed to take the fight to the states that …": a promise's
        // infinitive is no adverbial before "that".)
        let promise = tk.is_word(k, "to") && INFINITIVE_VERBS.iter().any(|v| cue.starts_with(v));
        // ("told farmers at the annual farm outlook conference that …":
        // whom someone told may be a longer phrase than onrecord reads.)
        // (Past the phrase read as whom, too: "told a trade seminar here
        // that …", "told a news conference yesterday that …".)
        let told_whom = object && tk.list.get(k).is_some_and(|t| t.word);
        let look = if that.is_some() {
            0
        } else if (adjunct || told_whom) && !subject_next && !promise {
            12
        } else {
            1
        };
        for m in k..(k + look).min(tk.list.len()) {
            let t = &tk.list[m];
            // ("in Columbus, Ohio, that …": a place's commas.)
            let place = m + 2 < tk.list.len()
                && ((tk.capitalized(m + 1) && (tk.is(m + 2, ',') || tk.is_word(m + 2, "that")))
                    || (m > k && tk.is_word(m + 1, "that") && tk.capitalized(m - 1)));
            // ("said on CNN, where he is now a paid contributor, that …":
            // a relative aside between commas.)
            if tk.is(m, ',')
                && !place
                && adjunct
                && ["where", "when", "which", "who"].iter().any(|w| tk.is_word(m + 1, w))
                && let Some(close) = (m + 3..(m + 16).min(tk.list.len()))
                    .take_while(|&j| !tk.ends_sentence(j) && !tk.list[j].quoted)
                    .find(|&j| tk.is(j, ','))
                && tk.is_word(close + 1, "that")
            {
                that = Some(close + 1);
                break;
            }
            // ("told shareholders, however, that …": a short aside between
            // commas past whom someone told.)
            if tk.is(m, ',')
                && !place
                && told_whom
                && let Some(close) = (m + 2..(m + 5).min(tk.list.len()))
                    .take_while(|&j| tk.is(j, ',') || (tk.list[j].word && !tk.list[j].quoted))
                    .find(|&j| tk.is(j, ','))
                && tk.is_word(close + 1, "that")
            {
                that = Some(close + 1);
                break;
            }
            // (Whom someone told has no verb: "told a news conference
            // Brazil now had to reconsider … and that …" reports what Brazil
            // had to do.)
            let verb_in_whom =
                told_whom && !adjunct && m > k && (auxiliary_at(tk, m) || cue_at(tk, m).is_some());
            if (t.quoted && !quotes_ok)
                || tk.ends_sentence(m)
                || (tk.is(m, ',') && !place)
                || t.paragraph != tk.list[c].paragraph
                || verb_in_whom
            {
                break;
            }
            if tk.is_word(m, "that") {
                // (Past a long "whom", only a "that" a clause's subject
                // follows: not "tell stories in a manner that people could
                // relate to". Past whom "told" names, any subject: "told
                // parliament that closing tax loopholes would …", "told a
                // symposium sponsored by … that spending could …".)
                let opens_clause = tk.list.get(m + 1).is_some_and(|t| t.word) && {
                    let mut buf = [0u8; 32];
                    SUBJECT_PRONOUNS.contains(&tk.lower(m + 1, &mut buf))
                        || tk.has(m + 1, flag::DETERMINER)
                        || tk.capitalized(m + 1)
                        || (tk.is_word(c, "told")
                            && !auxiliary_at(tk, m + 1)
                            && cue_at(tk, m + 1).is_none()
                            && !tk.bytes(m + 1).ends_with(b"ed"))
                };
                // (Nor a noun's "that": "urged rejection on the grounds
                // that it is inadequate".)
                let noun_that = m > k
                    && [
                        "grounds", "fact", "idea", "belief", "view", "hope", "news", "notion",
                        "manner", "way", "fashion",
                    ]
                    .iter()
                    .any(|w| tk.is_word(m - 1, w));
                if adjunct || !told_whom || m == k || (opens_clause && !noun_that) {
                    that = Some(m);
                }
                break;
            }
        }
        // "said if Clinton is elected, she'll …": the condition opens it.
        let condition = k < tk.list.len()
            && ["if", "when", "unless", "once", "because"].iter().any(|w| tk.is_word(k, w));
        // "promised Monday to begin …": a day or adverb before the infinitive.
        if that.is_none() && k + 1 < tk.list.len() && tk.is_word(k + 1, "to") && {
            let mut buf = [0u8; 32];
            BEFORE_INFINITIVE.contains(&tk.lower(k, &mut buf))
        } {
            k += 1;
        }
        // "pledged to enact …", "urged Congress to act": the promise or
        // request is the infinitive.
        let infinitive = k + 1 < tk.list.len()
            && tk.is_word(k, "to")
            && (tk.list[k + 1].word
                || (quotes_ok && (tk.list[k + 1].quoted || opening_mark(tk, k + 1))))
            && !tk.has(k + 1, flag::DETERMINER)
            && INFINITIVE_VERBS.iter().any(|v| cue.starts_with(v));
        // "maintains a large lead": keeps, not claims.
        let keeps = cue.starts_with("maintain") && that.is_none() && !subject_next;
        // "As Clyburn noted, those voters will …": the sentence after the
        // credit.
        let as_credit = k + 1 < tk.list.len()
            && tk.is(k, ',')
            && sp.0 > s
            && tk.is_word(sp.0 - 1, "as")
            && !tk.is_word(sp.0, "of")
            && (sp.0 - 1 == s || tk.is(sp.0 - 2, ',') || opening_connective(tk, sp.0 - 2));
        // ("This is not about me, President Obama told his closest advisers
        // as he laid out …": after words a credit closes, what a
        // subordinator opens is when it was said, not what.)
        let circumstance =
            that.is_none() && when_clause_at(tk, k) && words_then_credit(tk, s, sp.0);
        let from = match that {
            _ if keeps || circumstance => None,
            None if as_credit => Some(k + 1),
            // ("said that, if it did not make any cuts, it expects …": past
            // the comma after "that".)
            Some(m) if m + 2 < tk.list.len() && tk.is(m + 1, ',') => Some(m + 2),
            // "I think that is his intent", "said that would be a mistake":
            // "that" is the clause's subject before its verb (not a
            // condition that opens the clause: "said that had he known …",
            // "that should markets slump …").
            Some(m)
                if super::phrases::auxiliary_at(tk, m + 1)
                    && !["had", "were", "should"].iter().any(|w| tk.is_word(m + 1, w))
                    && !super::phrases::opens_own_clause(tk, m + 2) =>
            {
                Some(m)
            }
            Some(m) => Some(m + 1),
            None if condition || infinitive => Some(k),
            // "says, win or lose in Tuesday's primary, he's staying …": an
            // aside between the verb and its clause's subject.
            // (Not a verb that is often a noun, "a preliminary estimate, the
            // company said, it …".)
            // (After whom someone told, the aside is theirs: "told Rep. Jane
            // Doe, an Illinois Democrat, he backed …".)
            None if !tk.has(c, flag::NOUN_LIKE)
                && let Some(m) = aside_then_subject(tk, k) =>
            {
                Some(if k > c + 1 && object { m } else { k + 1 })
            }
            // ("pointed out that …", "pointed out, however, that …": the
            // clause after "that" or the comma; not where it was pointed
            // out, "points out in a column …".)
            None if k == c + 1 && with_particle(tk, c) => {
                let mut m = k + 1;
                if tk.is(m, ',') {
                    m = (m + 1..(m + 5).min(tk.list.len()))
                        .find(|&x| tk.is(x, ',') && tk.is_word(x + 1, "that"))
                        .unwrap_or(m)
                        + 1;
                }
                let place = tk.is_word(k, "out")
                    && ["in", "on", "at", "during", "to"].iter().any(|w| tk.is_word(m, w));
                if place {
                    None
                } else if tk.is_word(m, "that") {
                    Some(m + 1)
                } else {
                    Some(m)
                }
            }
            // "said it was …": the clause's own subject follows the verb.
            None if subject_next => Some(k),
            // "explained why …", "described how …": the question is the
            // clause (not after a modal or a negation: "can tell whether
            // …", "will not likely suggest whether …" say nothing).
            // (After whom someone told, too: "told the BBC programme Go
            // Digital how the organisation uses …".)
            None if (k == c + 1 || (object && k > c + 1))
                && ["why", "how", "what", "whether"].iter().any(|w| tk.is_word(k, w))
                && !(c.saturating_sub(2).max(s)..c).any(|m| {
                    auxiliary_at(tk, m)
                        || ["not", "n't", "never", "to", "likely"].iter().any(|w| tk.is_word(m, w))
                }) =>
            {
                Some(k)
            }
            // "said only a few voters came", "shows only a small gap": a
            // focusing adverb before the clause's subject or the thing.
            None if ["only", "just", "nearly", "almost", "roughly"].iter().any(|w| tk.is_word(k, w))
                && tk.list.get(k + 1).is_some_and(|t| t.word && !t.quoted)
                // (Not "respond only marginally to …".)
                && !super::phrases::ends_in_ly(tk, k + 1)
                && (tk.has(k + 1, flag::DETERMINER)
                    || !tk.has(k + 1, flag::FUNCTION_WORD | flag::VERB_FILLER)
                    // ("said only about one mln South Koreans … invest".)
                    || quantity_at(tk, k + 1)
                    // ("said just because discrimination was not obvious
                    // did not mean …".)
                    || (SAYING.contains(&cue)
                        && ["because", "if", "when", "as"].iter().any(|w| tk.is_word(k + 1, w)))) =>
            {
                Some(k)
            }
            // "said in view of the decline, it is considering …": an
            // adverbial of what was said, its clause after the comma.
            None if adjunct
                && SAYING.contains(&cue)
                && let Some(m) = adverbial_then_clause(tk, k, finite_saying(tk, c)) =>
            {
                Some(m)
            }
            // "said further details would be released": "further" opens
            // the clause's subject, not an adverb of saying ("said further
            // that …").
            None if tk.is_word(k, "further") && SAYING.contains(&cue) && noun_subject_at(tk, k) => {
                Some(k)
            }
            None if adjunct => past_adjunct(tk, k, cue),
            // "said <Dominion Securities Inc> has been appointed": a name in
            // newswire brackets opens the clause.
            None if tk.is(k, '<') && tk.capitalized(k + 1) => Some(k),
            // `said "most people in politics" can't be trusted`: the clause
            // opens inside the quotation.
            None if quotes_ok
                && k + 1 < tk.list.len()
                && opening_mark(tk, k)
                && tk.list[k + 1].word
                && tk.list[k + 1].quoted =>
            {
                Some(k + 1)
            }
            None if k < tk.list.len() && tk.list[k].word && (quotes_ok || !tk.list[k].quoted) => {
                let mut buf = [0u8; 32];
                let w = tk.lower(k, &mut buf);
                (!lexicon::function_word(w) || matches!(w, "it" | "this" | "there" | "no"))
                    .then_some(k)
            }
            None => None,
        };
        // ("…, Ash Carter told a Senate panel Wednesday.": what follows the
        // one told is when, not what.)
        let told_when = |from: usize, span: &Range<usize>| {
            let words =
                tk.list[from..].iter().take_while(|t| t.start < span.end).filter(|t| t.word);
            k > c + 1
                && object
                && that.is_none()
                && !subject_next
                && !condition
                && !infinitive
                && words.count() <= 2
        };
        // ("something many Republicans had urged him to do", "what he
        // promises to do": the verb sits in a relative clause whose object
        // is the noun before it; the infinitive after it is no promise of its
        // own.)
        let relative_gap = |from: usize| {
            let before_subject = sp.0.checked_sub(1).filter(|&b| b >= s);
            // (Not "that" after a verb: "said that her campaign would
            // continue “to break barriers”".)
            let relative = before_subject.is_some_and(|b| {
                ["what", "whom", "something", "anything", "everything"]
                    .iter()
                    .any(|w| tk.is_word(b, w))
                    || (["that", "which"].iter().any(|w| tk.is_word(b, w))
                        && b > s
                        && tk.list[b - 1].word
                        && cue_at(tk, b - 1).is_none())
            });
            // (A bare infinitive of a word or two closing the sentence or
            // clause: "to do.", "to endorse,".)
            let bare = (from + 1..(from + 4).min(tk.list.len()))
                .find(|&m| !tk.list[m].word)
                .is_some_and(|m| tk.ends_sentence(m) || tk.is(m, ','));
            relative && tk.is_word(from, "to") && bare
        };
        if from.is_some_and(|f| f < tk.list.len() && relative_gap(f)) {
            return None;
        }
        if let Some(from) = from
            && from < tk.list.len()
            && (quotes_ok || !tk.list[from].quoted)
            && let Some(span) = clause_with(tk, from, quotes_ok)
            && !told_when(from, &span)
        {
            // "endorsed Trump in early June, but …", "opposed it because …":
            // a thing, not a clause, is what such a verb reports.
            let thing = that.is_none()
                && (!subject_next || tk.is_word(k, "it"))
                && !condition
                && !infinitive
                && !as_credit
                && OBJECT_VERBS.iter().any(|v| cue.starts_with(v));
            // (A thing some other verbs report ends before when and where
            // too: "defended Cruz in a recent interview with The Post".)
            let dated_thing = that.is_none()
                && !subject_next
                && !condition
                && !infinitive
                && THING_VERBS.iter().any(|v| cue.starts_with(v));
            // (`called Ford's plans “an absolute disgrace,” and threatened
            // …`: after what someone called a thing, a second predicate is
            // their own; not after a clause, "said he was “very angry” and
            // planned to …", which goes on with its subject.)
            let named =
                quotes_ok && ["call", "dub", "label", "brand"].iter().any(|v| cue.starts_with(v));
            let span = if named {
                cut_thing(tk, from, span, |k, _| {
                    tk.is_word(k, "and")
                        && (closing_mark(tk, k - 1)
                            || (tk.is(k - 1, ',') && closing_mark(tk, k - 2)))
                        && second_predicate(tk, k + 1)
                })
            } else {
                span
            };
            let span = if thing {
                object_phrase(tk, from, span)
            } else if inside_open_clause(tk, s, c) {
                up_to_comma(tk, from, span)
            } else {
                span
            };
            // ("Trump - who previously said he would do it - said …": a verb
            // inside a dash's aside reports up to the closing dash.)
            // (A dash with a space before it: not "a second- or third-tier
            // issue".)
            let dash = |k: usize| {
                super::phrases::dash(tk, k)
                    && tk.list[k].start > 0
                    && tk.text.as_bytes()[tk.list[k].start - 1].is_ascii_whitespace()
            };
            let closing = (s..c).filter(|&k| dash(k)).count() % 2 == 1;
            let span = match (from..tk.list.len())
                .take_while(|&m| tk.list[m].start < span.end)
                .find(|&m| closing && dash(m))
                .and_then(|d| (from..d).rev().find(|&m| tk.list[m].word))
            {
                Some(last) => span.start..tk.list[last].end,
                None => span,
            };
            // (Not a clause: "announced they would quit in May".)
            let clause_in_it = || {
                (from..tk.list.len())
                    .take_while(|&m| tk.list[m].start < span.end)
                    .any(|m| auxiliary_at(tk, m))
            };
            let span = if dated_thing && !clause_in_it() {
                before_when_or_where(tk, from, span)
            } else {
                span
            };
            // (Nor past a participle that says why: "rejected the offer,
            // saying it wanted to remain independent" is a statement of its
            // own after the thing.)
            let span = if dated_thing {
                cut_thing(tk, from, span, |k, _| tk.is(k, ',') && participle_cue(tk, k + 1))
            } else {
                span
            };
            return Some(Reported {
                spans: smallvec::smallvec![span],
                speaker: sp,
                cue,
                cue_token: c,
            });
        }
    }
    // Content before: "…, sources said." / "…, said a spokesman." (Not
    // when the subject opens the sentence: "Jane Doe, in her dissent, said
    // …" reports nothing before the verb.)
    // (Nor before a verb whose thing follows it: "Canada, a key gold
    // producer, also expressed reservations"; "…, the Treasury announced"
    // does credit the words before.)
    let takes_a_thing = !cue.starts_with("announc")
        && THING_VERBS.iter().chain(OBJECT_VERBS).any(|v| cue.starts_with(v));
    // (Nor an infinitive after "took to Twitter" and the like, whose words
    // follow it: "…, Hillary Clinton took to Twitter to say thanks.")
    if past_aside || takes_a_thing || v != c {
        return None;
    }
    let ends_soon = circumstance_after(tk, s, c, subject)
        || (c + 1..(c + 10).min(tk.list.len()))
        // (A full stop inside a quotation after the verb ends what the verb
        // introduces: `Trump said Fox was calling “every 15 minutes.”`.)
        .find(|&m| {
            (tk.ends_sentence(m) && !tk.list[m].quoted)
                || tk.list[m].paragraph != tk.list[c].paragraph
        })
        .is_some()
        // (The text's end ends its last sentence, whatever stop it lacks:
        // "…, said lead manager Morgan Stanley and Co Inc.")
        || (c + 10 >= tk.list.len() && tk.list[c + 1..].iter().all(|t| !t.quoted))
        || name_credit
        // "…, said Mindy Romero, director of …": a name and its apposition;
        // "…, said an American official who was briefed …".
        || (c > s
            && tk.is(c - 1, ',')
            && phrase_after(tk, c + 1, tk.list.len()).is_some_and(|(_, e)| {
                e + 1 < tk.list.len()
                    && (tk.is(e + 1, ',') || tk.is_word(e + 1, "who") || made_by_after(tk, e))
            }))
        // "…, Spicer said, adding that …": the credit goes on to a statement
        // of its own (also past when and where: "…, Hollande said Tuesday in
        // Paris, noting …").
        || comma_after_verb(tk, c).is_some_and(|m| participle_cue(tk, m + 1));
    // ("In a speech last July, he said:" introduces what follows.)
    if !ends_soon || (c + 1 < tk.list.len() && tk.is(c + 1, ':')) {
        return None;
    }
    // (Not the comma after a sentence's opening phrase: "In other remarks,
    // Baker … and underscored how …" says nothing before "Baker".)
    let after_comma = |sp: TokenRange| !of_sentence && sp.0 > s && comma_before(tk, sp.0).is_some();
    // ", political experts said.": the whole phrase after the comma.
    // (After an inverted credit the speaker follows the verb.)
    let subject = subject
        .filter(|&sp| after_comma(sp))
        .or_else(|| loose_subject(tk, c, s).filter(|&sp| after_comma(sp)))
        .or(subject)
        .filter(|_| !inverted);
    let (speaker, comma) = match subject {
        Some(sp) if after_comma(sp) => (sp, comma_before(tk, sp.0)?),
        // (Not "…, said he is proud …" nor "…, said the problem was …":
        // the phrase opens what was said; nor whom someone told: "…, told
        // the BBC News website." "…, warn union leaders" is inverted.)
        // (Nor a participle: in "…, applauding America's leadership" the
        // phrase after it is what it takes.)
        _ if c > s
            && !matches!(cue, "told" | "tell" | "tells")
            && !cue.ends_with("ing")
            && (comma_before(tk, c).is_some() || name_credit) =>
        {
            let sp = phrase_after(tk, c + 1, tk.list.len())?;
            let next = sp.1 + 1;
            // (Nor "…, citing another reason the state is …", nor "…, said a
            // heavy penalty was called for".)
            let opens_clause = next < tk.list.len()
                && tk.list[next].word
                && ((sp.0 == sp.1 && SUBJECT_PRONOUNS.iter().any(|w| tk.is_word(sp.0, w)))
                    || auxiliary_at(tk, next)
                    || (!tk.capitalized(next) && noun_subject_at(tk, next))
                    || (!tk.capitalized(next)
                        && !tk.has(next, flag::FUNCTION_WORD)
                        && auxiliary_at(tk, next + 1)));
            if opens_clause {
                return None;
            }
            (sp, comma_before(tk, c).unwrap_or(c))
        }
        _ => return None,
    };
    // `"…," Howard Dean, the former governor, said`: the name before an
    // apposition of two words or more, and the comma before the name (not
    // "…, PINs, bankers explained" nor "…, a 14.1 pct rise, it said").
    // (Not a source that opens with "a" right before the verb: "…, Norddeutsche
    // Affinerie AG, a spokesman for Metallgesellschaft AG said.")
    // (But "…, Nissan Motor, a wholly-owned subsidiary of … said" is an
    // apposition: no role.)
    let new_source = ["a", "an", "one", "another"].iter().any(|w| tk.is_word(speaker.0, w))
        && speaker.1 + 1 == c
        && (speaker.0..=speaker.1).any(|k| tk.has(k, flag::ROLE_NOUN | flag::TITLE_WORD));
    // (Nor an institution by its name: "… to the European Monetary
    // Cooperation Fund, EMCF, the Finance Ministry said" is the ministry's.)
    // (Or by its letters: "…, Tahoe Savings and Loan, the FHLBB said".)
    let letters =
        tk.bytes(speaker.1).len() >= 2 && tk.bytes(speaker.1).iter().all(u8::is_ascii_uppercase);
    let institution = (letters
        || super::speakers::institution_word(super::speakers::bare(tk.str(speaker.1))))
        && (speaker.0..=speaker.1)
            .all(|k| tk.capitalized(k) || tk.has(k, flag::DETERMINER) || !tk.list[k].word);
    let apposition = super::phrases::pronoun(tk, speaker.0).is_none()
        && !new_source
        && !institution
        && (speaker.0..=speaker.1).filter(|&k| tk.list[k].word).count() >= 2;
    let (speaker, comma) = match phrase_before(tk, comma.saturating_sub(1), s) {
        Some(p)
            if comma > s
                && p.0 > s
                && p.1 + 1 == comma
                && apposition
                && tk.capitalized(p.0)
                && tk.capitalized(p.1)
                // (A state after its town is where: "… of Burrillville,
                // Rhode Island, the federal energy department said".)
                && !super::phrases::us_state(tk, p) =>
        {
            comma_before(tk, p.0).map_or((speaker, comma), |earlier| (p, earlier))
        }
        _ => (speaker, comma),
    };
    // ("…, the president of the Federal Association of German Banks,
    // Wolfgang Roeller, said.": what the speaker is, set off before the
    // name, is no part of what was said.)
    let comma = role_before_name(tk, s, comma, speaker).unwrap_or(comma);
    // (Not a relative clause's subject: "…, the preacher whom Erdogan
    // accuses of masterminding the coup." credits nothing before it.)
    let relative = |k: usize| ["whom", "which", "whose"].iter().any(|w| tk.is_word(k, w));
    if comma <= s
        || (speaker.0..=speaker.1).any(relative)
        || (speaker.0 > 0 && relative(speaker.0 - 1))
    {
        return None;
    }
    let words = (s..comma).filter(|&m| tk.list[m].word).count();
    if words < 3 || (!quotes_ok && (s..comma).any(|m| tk.list[m].quoted)) {
        return None;
    }
    // ("Speaking Sunday on ABC's “This Week,” Jane Doe admitted …": where
    // someone spoke, with no verb of its own, is no content; "Shooting
    // erupted …" is.)
    const APPEARING: [&str; 9] = [
        "speaking",
        "appearing",
        "writing",
        "responding",
        "talking",
        "testifying",
        "campaigning",
        "addressing",
        "weighing",
    ];
    if APPEARING.iter().any(|w| tk.is_word(s, w)) && !(s..comma).any(|m| auxiliary_at(tk, m)) {
        return None;
    }
    let last = (s..comma).rev().find(|&m| tk.list[m].word)?;
    let span = tk.list[s].start..tk.list[last].end;
    Some(Reported { spans: smallvec::smallvec![span], speaker, cue, cue_token: c })
}

/// Whether the "said" or "says" at token `c`, in the sentence that opens
/// at token `s`, credits the words before it to the person named right
/// after it, although the writer left out the comma before the verb:
/// "There are other pressures making banks turn to Windows said Dominic
/// Hirsch, managing director of Retail Banking Research." A given name
/// opens the name, and the sentence ends after it or after an apposition
/// with no verb of its own.
fn name_credit_without_comma(tk: &Tokens, s: usize, c: usize, cue: &str) -> bool {
    // (The cheap tests first: most verbs have a comma or a clause after
    // them.)
    let name_next = matches!(
        cue,
        "said" | "says" | "thinks" | "believes" | "argues" | "adds" | "added" | "warns" | "reckons"
    ) && c >= s + 3
        && tk.list[c - 1].word
        && !tk.list[c - 1].quoted
        && tk.list.get(c + 1).is_some_and(|t| t.word && !t.quoted)
        && tk.capitalized(c + 1)
        && super::given_names::gender_of(tk.str(c + 1)).is_some();
    if !name_next {
        return false;
    }
    let Some((a, e)) = phrase_after(tk, c + 1, tk.list.len()) else { return false };
    let named = a == c + 1 && e > a && (a..=e).all(|k| tk.list[k].word && tk.capitalized(k));
    // (An apposition says what they are, in lowercase, with no comma after
    // it: not a list, "said Leonard N. Hecht, Jack Goldfarb and Harold V.
    // Wallace resigned", nor a verb after it, "said Michael McCarthy, its
    // president, resigned".)
    let apposition = || {
        let end = (e + 2..(e + 16).min(tk.list.len()))
            .take_while(|&m| !tk.list[m].quoted && tk.list[m].paragraph == tk.list[c].paragraph)
            .find(|&m| !tk.list[m].word || auxiliary_at(tk, m) || cue_at(tk, m).is_some());
        tk.list.get(e + 2).is_some_and(|t| t.word)
            && !tk.capitalized(e + 2)
            && end.is_some_and(|m| tk.ends_sentence(m))
            && (e + 2..end.unwrap_or(e)).any(|m| tk.has(m, flag::ROLE_NOUN | flag::TITLE_WORD))
    };
    let ends = tk.sentence_over(e + 1) || (tk.is(e + 1, ',') && apposition());
    named && ends && (s..c).filter(|&m| tk.list[m].word).count() >= 3
}

/// Whether token `k` is a reporting participle (", adding …", ", telling
/// reporters …"): a statement of its own begins there.
pub(crate) fn participle_cue(tk: &Tokens, k: usize) -> bool {
    k < tk.list.len()
        && {
            let mut buf = [0u8; 32];
            tk.lower(k, &mut buf).ends_with("ing")
        }
        && cue_at(tk, k).is_some()
}

/// Whether token `k` is a form of "tell" that credits ("told", "tells").
#[inline]
pub(crate) fn told_at(tk: &Tokens, k: usize) -> bool {
    ["told", "tells", "tell"].iter().any(|w| tk.is_word(k, w))
}

/// Whom someone told that no speaker phrase reads: "told him …", "told
/// reporters …", "told journalists …".
const ADDRESSEES: [&str; 8] =
    ["him", "her", "them", "us", "me", "reporters", "journalists", "newsmen"];

/// The comma that closes a credit set off inside a sentence, right after
/// its verb at token `c` or after a short adjunct ("said on Saturday,",
/// "said last week,"), or after whom it told ("told CNN,").
pub(crate) fn comma_after_verb(tk: &Tokens, c: usize) -> Option<usize> {
    const ADJUNCT_OPENERS: [&str; 9] =
        ["on", "in", "at", "last", "this", "late", "early", "today", "yesterday"];
    if c + 1 >= tk.list.len() {
        return None;
    }
    if tk.is(c + 1, ',') {
        return Some(c + 1);
    }
    let mut buf = [0u8; 32];
    let next = tk.lower(c + 1, &mut buf);
    let opens = tk.list.get(c + 1).is_some_and(|t| t.word && !t.quoted)
        && (ADJUNCT_OPENERS.contains(&next) || BEFORE_INFINITIVE.contains(&next));
    // ("Trump told CNN, his policy …": whom someone told, up to four
    // words.)
    if told_at(tk, c)
        && let Some((_, e)) = phrase_after(tk, c + 1, tk.list.len())
        && e < c + 5
        && e + 1 < tk.list.len()
        && tk.is(e + 1, ',')
    {
        return Some(e + 1);
    }
    // ("…, Neeser told journalists, adding …".)
    if told_at(tk, c) && ADDRESSEES.contains(&next) && c + 2 < tk.list.len() && tk.is(c + 2, ',') {
        return Some(c + 2);
    }
    if !opens {
        return None;
    }
    (c + 2..(c + 5).min(tk.list.len()))
        .take_while(|&k| tk.is(k, ',') || (tk.list[k].word && !tk.list[k].quoted))
        .find(|&k| tk.is(k, ','))
}

/// Whether the word after the reporting verb `cue` at token `c` shows it
/// in another sense: a fall ("sales declined 5 pct", "declined to 15.9
/// billion"; only "declined to …" and "declined comment" refuse), a sum
/// ("efforts added up to …"), a thing written ("writes a column"), or no
/// finding ("found himself back on the street", "showed up to hear
/// Stein").
fn other_sense(tk: &Tokens, c: usize, cue: &str) -> bool {
    let next = |words: &[&str]| words.iter().any(|w| tk.is_word(c + 1, w));
    // ("toured the region highlighting claimed improvements", "After
    // viewing proposed guidelines": a past participle that describes the
    // object of a verb in "-ing"; not after a noun in "-ing", "the board
    // meeting announced …".)
    // (Nor after "having", a time, a wing, or a noun its determiner
    // makes one: "Iran, having vowed …", "Nakasone this evening hinted …",
    // "The Wasps wing insisted …", "The person familiar with the planning
    // confirmed …".)
    const ING_NOUNS: [&str; 17] = [
        "meeting", "ruling", "hearing", "briefing", "filing", "building", "polling", "finding",
        "listing", "having", "being", "morning", "evening", "wing", "king", "thing", "spring",
    ];
    let describes_object = || {
        let mut buf = [0u8; 32];
        c > 1
            && tk.list[c - 1].word
            && !tk.list[c - 1].quoted
            && !tk.capitalized(c - 1)
            && tk.bytes(c - 1).ends_with(b"ing")
            && !ING_NOUNS.contains(&tk.lower(c - 1, &mut buf))
            && !tk.has(c - 2, flag::DETERMINER)
            // (Before the noun it describes: not "some delegates attending
            // complained that …", "people jogging and walking talked about
            // …".)
            && tk.list.get(c + 1).is_some_and(|t| t.word && !t.quoted)
            && !tk.capitalized(c + 1)
            && !tk.has(c + 1, flag::FUNCTION_WORD | flag::DETERMINER)
            && super::phrases::pronoun(tk, c + 1).is_none()
    };
    if cue.ends_with("ed") && describes_object() {
        return true;
    }
    // ("Third party turnover declined to 15.9 billion": a fall to a sum.)
    (cue.starts_with("declin")
        && (!next(&["to", "comment"])
            || (next(&["to"])
                && (amount_at(tk, c + 2)
                    || (BEFORE_NUMBER.iter().any(|w| tk.is_word(c + 2, w))
                        && amount_at(tk, c + 3))))))
        // ("adding more than 60 pct to their value": a rise by a sum.)
        || (cue.starts_with("add")
            && (next(&["up"])
                || amount_at(tk, c + 1)
                || (BEFORE_NUMBER.iter().any(|w| tk.is_word(c + 1, w)) && amount_at(tk, c + 2))))
        // ("while defending champion Roger Federer faces …": who holds a
        // title, not one who defends something said.)
        || (cue == "defending" && next(&["champion", "champions", "title", "titleholder"]))
        // ("value added", a noun; "unless stated", "unless noted" in a
        // table's head: no one's words.)
        || (c > 0 && cue == "added" && tk.is_word(c - 1, "value"))
        || (c > 0 && tk.is_word(c - 1, "unless"))
        || (c > 1 && tk.is_word(c - 1, "otherwise") && tk.is_word(c - 2, "unless"))
        // ("conceded six goals", "maintained 10 of about 80 flights".)
        || ((cue.starts_with("conced") || cue.starts_with("maintain")) && amount_at(tk, c + 1))
        || ((cue.starts_with("writ") || cue == "wrote") && next(&["a", "an"]))
        || (matches!(cue, "find" | "finds" | "found" | "show" | "shows" | "showed" | "shown")
            && next(&["up", "himself", "herself", "themselves", "itself", "me", "us"]))
}

/// Whether the reporting verb `cue` is a "show" of what a measured
/// quantity, its `subject`, did: "Italy's overall balance of payments showed a deficit",
/// "The index showed a rise of 3.4 pct", "Sales showed no signs of
/// picking up". Figures, surveys and polls show what someone found; a
/// balance or an index says nothing.
fn quantity_shows(tk: &Tokens, cue: &str, subject: Option<TokenRange>) -> bool {
    const QUANTITIES: [&str; 29] = [
        "rise",
        "fall",
        "increase",
        "drop",
        "unemployment",
        "balance",
        "payments",
        "account",
        "index",
        "reserves",
        "requirement",
        "trade",
        "prices",
        "sales",
        "output",
        "production",
        "exports",
        "imports",
        "deficit",
        "surplus",
        "supply",
        "inflation",
        "earnings",
        "profits",
        "revenues",
        "economy",
        "growth",
        "demand",
        "orders",
    ];
    // (Not the figures about one: "Detailed data on reserves showed …";
    // the source nouns hold "data" and "figures".)
    let source = |k: usize| super::speakers::source_noun(tk.str(k)) || tk.is_word(k, "statistics");
    cue.starts_with("show")
        && subject.is_some_and(|(a, head)| {
            QUANTITIES.iter().any(|w| tk.is_word(head, w)) && !(a..head).any(source)
        })
}

/// Whether token `k` is a currency's sign ("$", "£", "€", "¥").
fn currency_at(tk: &Tokens, k: usize) -> bool {
    k < tk.list.len() && matches!(tk.str(k), "$" | "£" | "€" | "¥")
}

/// Whether an amount opens at token `k` ("10 points", "one cent", "$5
/// mln", "0.5%"): what "added" then adds is no words ("added 10 points",
/// "the pound added 0.5%"), nor what is conceded or maintained.
fn amount_at(tk: &Tokens, k: usize) -> bool {
    tk.list.get(k).is_some_and(|t| !t.quoted)
        && (tk.bytes(k).first().is_some_and(u8::is_ascii_digit)
            || currency_at(tk, k)
            || super::tokens::NUMBER_WORDS[..10].iter().any(|w| tk.str(k).eq_ignore_ascii_case(w)))
}

/// Whether the verb at `c` sits in a subordinate or relative clause still
/// open ("While she says …, she applauds …", "Sanders, who … said …,
/// ultimately did not …"): the main clause follows the next comma.
fn inside_open_clause(tk: &Tokens, s: usize, c: usize) -> bool {
    const OPENERS: [&str; 13] = [
        "while", "although", "though", "as", "if", "because", "whereas", "since", "when", "once",
        "until", "unless", "whenever",
    ];
    // ("And while he said …", "But when Clinton said …", "Just when we
    // thought …", "Even if …": the opener after a connective.)
    const LEADS: [&str; 6] = ["and", "but", "so", "yet", "just", "even"];
    let first = (s..c).find(|&k| !LEADS.iter().any(|w| tk.is_word(k, w))).unwrap_or(s);
    // ("In a letter calling for the special committee meeting, Washington
    // charged …": a participle in an opening phrase.)
    const PREPOSITIONS: [&str; 4] = ["in", "with", "after", "during"];
    let opener = (s..c).rev().find(|&k| {
        (k == first && OPENERS.iter().any(|w| tk.is_word(k, w)))
            || (k == first
                && tk.bytes(c).ends_with(b"ing")
                && PREPOSITIONS.iter().any(|w| tk.is_word(k, w)))
            // ("One month after announcing his support for Trump, Rubio
            // still believes …": a participle after "after" or "before".)
            // (Only in the sentence's opening: not "Adrian Hilton was
            // abandoned after suggesting the signing of the treaty, under
            // John Major's government, was an act of treason".)
            || (k + 1 == c
                && k <= first + 2
                && tk.bytes(c).ends_with(b"ing")
                && ["after", "before", "upon"].iter().any(|w| tk.is_word(k, w))
                && (first..k).all(|m| tk.list[m].word && !auxiliary_at(tk, m)))
            || (k > s
                && tk.is(k - 1, ',')
                // (Or an opener set off inside the sentence: "Clinton,
                // though she praised Garland and said …, stopped short …".)
                && (["who", "which", "though", "although", "while", "whereas"]
                    .iter()
                    .any(|w| tk.is_word(k, w))))
    });
    opener.is_some_and(|o| !(o..c).any(|k| tk.is(k, ',')))
}

/// `span` (a clause starting at token `from`) cut before its first comma
/// that follows two words or more.
fn up_to_comma(tk: &Tokens, from: usize, span: Range<usize>) -> Range<usize> {
    let mut words = 0;
    for k in from..tk.list.len() {
        let t = &tk.list[k];
        if t.start >= span.end {
            break;
        }
        if t.word {
            words += 1;
        } else if tk.is(k, ',') && words >= 2 {
            return span.start..tk.list[k - 1].end;
        }
    }
    span
}

/// Whether the sentence end at token `k`, inside a quotation, also ends
/// the writer's sentence: the quotation closes and a new sentence or
/// paragraph follows (`… “very near and dear to my heart.” He said …`).
fn closes_sentence(tk: &Tokens, k: usize) -> bool {
    let next = (k + 1..tk.list.len()).find(|&m| !closing_mark(tk, m));
    next.is_none_or(|m| {
        tk.list[m].paragraph != tk.list[k].paragraph
            || (m > k + 1 && !tk.list[m].quoted && tk.capitalized(m))
    })
}

/// The comma that closes an apposition of what someone is, opening at token
/// `k` ("head of MMS firm Adamind,", "a senior analyst at Nomura,"), when
/// a short run of words leads to it.
fn apposition_end(tk: &Tokens, k: usize) -> Option<usize> {
    // (Not a subject such as "some", which a role's list has too.)
    let opens = ["a", "an"].iter().any(|w| tk.is_word(k, w))
        || (tk.has(k, flag::TITLE_WORD | flag::ROLE_NOUN)
            && !tk.has(k, flag::DETERMINER | flag::FUNCTION_WORD));
    if !opens {
        return None;
    }
    (k + 1..(k + 10).min(tk.list.len()))
        .take_while(|&m| {
            tk.is(m, ',') || (tk.list[m].word && !tk.list[m].quoted && cue_at(tk, m).is_none())
        })
        .find(|&m| tk.is(m, ','))
}

/// The comma right before token `k`, also when a quotation closes after it
/// (`"… cool off," Kunin said`).
fn comma_before(tk: &Tokens, k: usize) -> Option<usize> {
    let mut m = k.checked_sub(1)?;
    while m > 0 && k - m <= 2 && closing_mark(tk, m) {
        m -= 1;
    }
    tk.is(m, ',').then_some(m)
}

/// Whether token `m` is a mark that may open a quotation.
fn opening_mark(tk: &Tokens, m: usize) -> bool {
    matches!(tk.str(m), "\"" | "“" | "‘" | "'" | "«" | "„" | "`")
}

/// Words that open a clause without being part of its subject.
const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "yet",
    "so",
    "still",
    "however",
    "also",
    "meanwhile",
    "while",
    "though",
    "although",
    "because",
    "as",
    "if",
    "when",
    "even",
    "now",
    "then",
    "instead",
    "indeed",
];

/// The subject of a finite reporting verb when no name, role or pronoun
/// stands before it: the words from the clause's start (after a comma,
/// dash or connective) to the verb — "current and former officials",
/// "75 percent of Democrats", "Democrats in Iowa who watched the debate".
pub(crate) fn loose_subject(tk: &Tokens, c: usize, s: usize) -> Option<TokenRange> {
    let mut buf = [0u8; 32];
    // A finite form only: "said", "says", "say", "told", not "saying".
    let verb = tk.lower(c, &mut buf);
    if verb.ends_with("ing") {
        return None;
    }
    // ("47% say …"; "A third of independents, 33%, say …": the phrase
    // before a number set off by commas.)
    let mut end = c.checked_sub(1)?;
    // ("The government has so far rejected …", "The USDA has to date
    // reported …": past the adverbs between the auxiliary and its verb;
    // "Sony has not yet announced …", "officials would neither confirm
    // …": a verb denied reports nothing.)
    let adverbs = (end.saturating_sub(2).max(s)..=end)
        .rev()
        .take_while(|&k| {
            let mut buf = [0u8; 32];
            super::phrases::ends_in_ly(tk, k)
                || ADVERBS_AFTER_AUXILIARY.contains(&tk.lower(k, &mut buf))
        })
        .last();
    if let Some(first) = adverbs
        && first > s + 1
        && auxiliary_at(tk, first - 1)
        && tk.list[first - 2].word
    {
        if (first..=end).any(|k| ["not", "never", "neither"].iter().any(|w| tk.is_word(k, w))) {
            return None;
        }
        // (Not after a modal: "legislation that would temporarily deny …"
        // is no one's.)
        if ["has", "have", "had", "is", "are", "was", "were"]
            .iter()
            .any(|w| tk.is_word(first - 1, w))
        {
            end = first - 1;
        }
    }
    // ("Rover bosses have said …": not the auxiliary, though it counts
    // among the words.)
    let mut auxiliaries = 0;
    while end > s && auxiliary_at(tk, end) {
        end -= 1;
        auxiliaries += 1;
    }
    if end > s && tk.is(end, ',') && !(c + 1 < tk.list.len() && tk.is(c + 1, ',')) {
        let open = (end.saturating_sub(5).max(s)..end).rev().find(|&k| tk.is(k, ','))?;
        let number = (open + 1..end).any(|k| tk.str(k).bytes().any(|b| b.is_ascii_digit()));
        if !number || open == s {
            return None;
        }
        end = open - 1;
    }
    if end < s || !(tk.list[end].word || tk.is(end, '%')) || tk.list[end].quoted {
        return None;
    }
    // A relative clause's verb: the noun phrase the pronoun stands for,
    // back to its determiner ("a slide show that predicted …").
    if end > s
        && (tk.is_word(end, "that") || tk.is_word(end, "which"))
        && let Some(det) =
            (end.saturating_sub(5).max(s)..end).rev().find(|&k| tk.has(k, flag::DETERMINER))
        && det + 1 < end
        && (det + 1..end)
            .all(|k| tk.list[k].word && !tk.has(k, flag::FUNCTION_WORD | flag::VERB_FILLER))
    {
        return Some((det, end - 1));
    }
    // (Or, with no determiner, back to the verb whose object it is: "Britney
    // Spears is suing eight insurance companies that have refused …".)
    if end > s + 1
        && ["that", "which", "who"].iter().any(|w| tk.is_word(end, w))
        && let Some(first) = (s + 1..end)
            .rev()
            .take_while(|&k| {
                tk.list[k].word
                    && !tk.list[k].quoted
                    && !tk.capitalized(k)
                    && !tk.has(k, flag::FUNCTION_WORD | flag::VERB_FILLER | flag::CUE)
                    && !auxiliary_at(tk, k)
                    && !tk.bytes(k).ends_with(b"ing")
                    && !tk.bytes(k).ends_with(b"ed")
                    && !["include", "includes"].iter().any(|w| tk.is_word(k, w))
            })
            .last()
        && (tk.bytes(first - 1).ends_with(b"ing")
            || auxiliary_at(tk, first - 1)
            || ["include", "includes", "included"].iter().any(|w| tk.is_word(first - 1, w)))
        && super::speakers::plural_ending(tk.str(end - 1))
    {
        return Some((first, end - 1));
    }
    let mut start = end;
    while start > s {
        let p = start - 1;
        let t = &tk.list[p];
        // (Past a short parenthesis inside a name: "lead manager Nikko
        // Securities Co (Europe) Ltd said".)
        if let Some(open) = super::phrases::short_parenthesis_before(tk, p, s) {
            start = open;
            continue;
        }
        if t.quoted || !(t.word || matches!(tk.str(p), "%" | "-" | "'" | "’" | "." | "&")) {
            break;
        }
        start = p;
    }
    while start < end && {
        let mut buf = [0u8; 32];
        CONNECTIVES.contains(&tk.lower(start, &mut buf))
    } {
        start += 1;
    }
    // ("Last week Grammy producers announced …": when, not who.)
    if let Some(when) = time_opening(tk, start).filter(|&w| w < end) {
        start = when + 1;
    }
    // ("The currency had been rallying after European policy makers said
    // …": the clause's subject, after its conjunction; after "say" and
    // "tell" only, as other verbs are often nouns or figures: "as
    // post-traumatic stress", "while total revenues added 4%".)
    let mut buf = [0u8; 32];
    if SAYING[..SAY_OR_TELL].contains(&tk.lower(c, &mut buf))
        && let Some(j) = (start..end).rev().find(|&k| {
            super::phrases::SUBORDINATORS.iter().any(|w| tk.is_word(k, w))
                // ("as" only as "just as" or after a comma: not "as
                // recently as December 17", "as much as four mln barrels".)
                && (!tk.is_word(k, "as") || (k > start && (tk.is_word(k - 1, "just") || tk.is(k - 1, ','))))
        })
        && !super::phrases::month(tk, j + 1)
    {
        start = j + 1;
    }
    let words = (start..=end).filter(|&k| tk.list[k].word).count() + auxiliaries;
    let has_cue = (start..=end).any(|k| cue_at(tk, k).is_some() || according_to(tk, k));
    let mut buf = [0u8; 32];
    let first = tk.lower(start, &mut buf);
    let opens_relative = matches!(first, "that" | "which" | "what" | "who" | "how" | "it" | "to");
    if !tk.list[start].word || !(1..=10).contains(&words) || has_cue || opens_relative {
        return None;
    }
    // ("39 percent blame his supporters and 22 percent say …", "Spain
    // joined the community … and farmers say …": a clause of its own
    // before "and", a verb after its subject with its object next; the
    // subject is what follows "and".)
    let clause_before = |and: usize| {
        (start + 1..and.saturating_sub(1)).any(|m| {
            let subject_before = tk.capitalized(m - 1)
                || tk.is(m - 1, '%')
                || ["percent", "pct"].iter().any(|w| tk.is_word(m - 1, w))
                || (tk.bytes(m - 1).ends_with(b"s")
                    && !tk.has(m - 1, flag::FUNCTION_WORD | flag::VERB_FILLER));
            let object_next = tk.has(m + 1, flag::DETERMINER)
                || ["him", "her", "them", "it", "us", "me"].iter().any(|w| tk.is_word(m + 1, w));
            tk.list[m].word
                && !tk.capitalized(m)
                && !tk.has(m, flag::FUNCTION_WORD | flag::DETERMINER)
                && subject_before
                && object_next
        })
    };
    match (start + 2..end).rev().find(|&k| tk.is_word(k, "and")) {
        // (A subject after it, not "also has suggested".)
        Some(and)
            if clause_before(and)
                && !tk.has(and + 1, flag::FUNCTION_WORD | flag::VERB_FILLER)
                && !auxiliary_at(tk, and + 1) =>
        {
            Some((and + 1, end))
        }
        _ => Some((start, end)),
    }
}

/// Adverbs that stand between an auxiliary and its verb ("has so far
/// rejected", "has to date reported", "had somehow agreed", "has not yet
/// announced").
const ADVERBS_AFTER_AUXILIARY: [&str; 13] = [
    "so", "far", "to", "date", "yet", "not", "never", "neither", "also", "already", "still",
    "somehow", "since",
];

/// Whether token `k` is a connective that may open a sentence before a
/// credit: "But according to reports, …", "But as Clyburn noted, …".
fn opening_connective(tk: &Tokens, k: usize) -> bool {
    ["but", "and", "yet", "so"].iter().any(|w| tk.is_word(k, w))
}

/// Sources a sentence may open with, "In a new poll, …". (Not "report",
/// "study" or "analysis": "In an analysis of the law, the research service
/// issued …" names its author next.)
const FINDINGS: [&str; 4] = ["poll", "polls", "survey", "surveys"];

/// `In a Des Moines Register poll last month, Mr. Cruz had a 10-point
/// lead`: what a poll or survey found, when a sentence opens with it at
/// token `k` ("In") and no reporting verb of its own follows ("In a
/// statement, the firm said …" is the firm's).
fn found_in(tk: &Tokens, k: usize) -> Option<Reported> {
    if k != sentence_start(tk, k) {
        return None;
    }
    // An article or none, not a possessive: "In its latest report, the
    // OECD cut …" is the OECD's doing, not a finding; "In exit polls, …"
    // is one.
    if tk.has(k + 1, flag::DETERMINER) && !["a", "an", "the"].iter().any(|w| tk.is_word(k + 1, w)) {
        return None;
    }
    // The source's head within eight tokens ("In a new CBS News poll"), and
    // the comma that closes the opening within eight more (not a number's:
    // "1,500 interviews").
    // (A slash counts: "In the most recent YouGov/Economist survey".)
    let head = (k + 2..(k + 10).min(tk.list.len())).find(|&m| {
        let mut buf = [0u8; 32];
        tk.list[m].word && FINDINGS.contains(&tk.lower(m, &mut buf))
    })?;
    let comma = (head + 1..(head + 9).min(tk.list.len()))
        .take_while(|&m| !tk.ends_sentence(m) && !tk.list[m].quoted)
        .find(|&m| {
            tk.is(m, ',')
                && m + 1 < tk.list.len()
                && !tk.str(m + 1).starts_with(|c: char| c.is_ascii_digit())
        })?;
    if (k + 1..comma).any(|m| tk.list[m].quoted || cue_at(tk, m).is_some()) {
        return None;
    }
    // ("In a new poll, conducted March 11-13, 40 percent …": past the
    // poll's own aside.)
    let mut from = comma + 1;
    if tk.list.get(from).is_some_and(|t| t.word && tk.str(from).ends_with("ed"))
        && let Some(close) = (from + 1..(from + 8).min(tk.list.len()))
            .take_while(|&m| !tk.ends_sentence(m))
            .find(|&m| tk.is(m, ','))
    {
        from = close + 1;
    }
    // ("In a survey, it discovered that …": who made the survey, doing;
    // not who it found ahead, "In a new CBS News poll, she led Mr. Sanders
    // 56 percent to 32 percent".)
    if ["it", "he", "she", "they", "we"].iter().any(|w| tk.is_word(from, w))
        && from + 1 < tk.list.len()
        && tk.str(from + 1).ends_with("ed")
        && (tk.is_word(from + 2, "that")
            || ["discovered", "concluded", "learned", "determined", "asked", "interviewed"]
                .iter()
                .any(|w| tk.is_word(from + 1, w)))
    {
        return None;
    }
    let span = clause(tk, from)?;
    // (No reporting verb of the clause's own: "In a statement, the firm
    // said …".)
    if (from..tk.at_or_after(span.end)).any(|m| cue_at(tk, m).is_some()) {
        return None;
    }
    Some(Reported {
        spans: smallvec::smallvec![span],
        speaker: (k + 1, head),
        cue: lexicon::cue_name("in"),
        cue_token: k,
    })
}

/// Words after "…, according to X," that do not carry on the sentence the
/// credit interrupted: an apposition, the writer's addition, a relative
/// clause.
const NOT_GOING_ON: &[&str] = &[
    "a",
    "an",
    "one",
    "including",
    "compared",
    "although",
    "though",
    "but",
    "and",
    "even",
    "while",
    "up",
    "down",
    "mostly",
    "during",
    "in",
    "at",
    "on",
    "after",
    "before",
    "with",
    "for",
    "from",
    "by",
    "as",
    "who",
    "which",
    "whose",
    "where",
    "when",
    "because",
    "since",
    "so",
    "if",
    "their",
    "its",
    "his",
    "her",
];

/// `According to X, …` or `…, according to X.`
fn according(tk: &Tokens, k: usize) -> Option<Reported> {
    source_credit(tk, k, k + 2, lexicon::cue_name(&tk.text[tk.span(k, k + 1)]))
}

/// "As reported by Western Journalism, last year Seattle became …": a
/// source credited as "according to" credits one, at the token `k` of
/// "as" before "reported by".
fn as_reported_by(tk: &Tokens, k: usize) -> Option<Reported> {
    source_credit(tk, k, k + 3, lexicon::cue_name(tk.str(k + 1)))
}

/// Papers and figures whose maker speaks through them ("according to a
/// tally by the Associated Press"), besides [`source_noun`]'s.
const MADE_SOURCES: [&str; 8] = [
    "calculations",
    "statistics",
    "numbers",
    "memo",
    "research",
    "forecasts",
    "projections",
    "records",
];

/// Who made the source `source` names, within `stop`: "according to a
/// tally by the Associated Press" is the Associated Press's word, as "A
/// tally by the Associated Press shows …" is; "data released Friday by the
/// Division of Gaming Enforcement", "a report from the SITE Intelligence
/// Group".
/// None when the source names no maker ("according to a new poll"), or
/// when "from" says where, not who ("figures from last year").
fn maker_of_source(tk: &Tokens, source: TokenRange, stop: usize) -> Option<TokenRange> {
    let (a, b) = source;
    let made = (a..=b).any(|m| {
        let mut buf = [0u8; 32];
        tk.list[m].word
            && (super::speakers::source_noun(tk.str(m))
                || MADE_SOURCES.contains(&tk.lower(m, &mut buf)))
    });
    // (A source that names its maker already stays whole: "a New Jersey
    // Watchdog report released by the governor's office".)
    let named = (a..=b).any(|m| {
        tk.list[m].word
            && tk.capitalized(m)
            && !super::phrases::month(tk, m)
            && !day_at(tk, m)
            && !tk.is_word(m, "the")
    });
    if !made || named {
        return None;
    }
    // (Past a participle and when: "released on Friday by".)
    let by = (b + 1..(b + 6).min(stop)).find(|&m| tk.is_word(m, "by") || tk.is_word(m, "from"))?;
    let between_ok = (b + 1..by).all(|m| {
        tk.list[m].word
            && (tk.bytes(m).ends_with(b"ed")
                || day_at(tk, m)
                || time_noun_at(tk, m)
                || ["on", "last", "this", "earlier"].iter().any(|w| tk.is_word(m, w)))
    });
    if !between_ok {
        return None;
    }
    let maker = phrase_after(tk, by + 1, stop)?;
    // (A name or a group, not a time: "figures from last year", "data
    // from 1986".)
    let first = if tk.is_word(maker.0, "the") { maker.0 + 1 } else { maker.0 };
    let when = year_at(tk, first)
        || day_at(tk, first)
        || time_noun_at(tk, first)
        || relative_time_at(tk, first)
        || super::phrases::month(tk, first);
    // (The whole of what follows "by", up to its end, a relative or a
    // time: not "UK" of "UK think-tank Demos", "two nonpartisan" of "two
    // nonpartisan public policy research groups", nor the unit the owner
    // before it names, "the Economist magazine's Economist Intelligence
    // Unit".)
    let next = maker.1 + 1;
    let whole = maker.0 == by + 1
        && (next >= stop
            || !tk.list[next].word
            || ["that", "which", "who", "on", "in", "last", "this"]
                .iter()
                .any(|w| tk.is_word(next, w)));
    (!when && whole && first <= maker.1).then_some(maker)
}

/// What the source phrase from token `src` credits, the credit opening at
/// token `k` ("according to" or "as reported by") with the name `cue`.
fn source_credit(tk: &Tokens, k: usize, src: usize, cue: &'static str) -> Option<Reported> {
    let s = sentence_start(tk, k);
    // (A long source: "According to early results of exit polls conducted
    // by Edison Research for the Associated Press and television networks,".)
    let comma = (src..(src + 22).min(tk.list.len()))
        .find(|&m| tk.is(m, ',') || dash(tk, m) || tk.ends_sentence(m));
    let stop = comma.unwrap_or(tk.list.len());
    // "according to a new poll by the Harvard Institute of Politics": the
    // whole phrase when it is not a plain name or role.
    let speaker = phrase_after(tk, src, stop).or_else(|| {
        let last = (src..stop.min(tk.list.len())).rev().find(|&m| tk.list[m].word)?;
        Some((src, last))
    })?;
    // (Through the noun a description ends at before the comma: "According
    // to its latest accounts, …".)
    let speaker = match comma {
        Some(m)
            if tk.is(m, ',')
                && speaker.1 + 1 < m
                && m <= speaker.1 + 3
                // (Not past an owner, who speaks: "According to a text of
                // Stoltenberg's speech, …".)
                && !tk.possessive(speaker.1)
                && (speaker.1 + 1..m).all(|j| {
                    tk.list[j].word
                        && !tk.list[j].quoted
                        && !tk.capitalized(j)
                        && !tk.has(j, flag::FUNCTION_WORD | flag::DETERMINER)
                }) =>
        {
            (speaker.0, m - 1)
        }
        _ => speaker,
    };
    let speaker = maker_of_source(tk, speaker, stop).unwrap_or(speaker);
    // (Or after a connective, a parenthesis or a colon: "But according to
    // reports, …", "(According to the police, …)", "…: According to
    // recent polls, …".)
    let opens = k == s
        || (k == s + 1 && (opening_connective(tk, s) || tk.is(s, '(')))
        || (k > s && tk.is(k - 1, ':'));
    if opens {
        let m = comma.filter(|&m| tk.is(m, ','))?;
        let span = clause(tk, m + 1)?;
        return Some(Reported { spans: smallvec::smallvec![span], speaker, cue, cue_token: k });
    }
    // (Or after a dash: "… — including murder and robbery — according to
    // the FBI.")
    // (A short opening too: "The implication, according to the aide, is
    // …"; after a connective only what follows counts: "In addition,
    // according to the department, nearly nine million …".)
    // (A sentence with a partial quotation in it: `… labeled "top secret"
    // by the State Department, according to …`; not one that opens with
    // a quotation, which the credit after it takes.)
    // (Back to a sentence end, in quote marks or not.)
    let mut through = k;
    while through > 0
        && tk.list[through - 1].paragraph == tk.list[k].paragraph
        && !tk.ends_sentence(through - 1)
        && !(closing_mark(tk, through - 1) && through >= 2 && tk.ends_sentence(through - 2))
    {
        through -= 1;
    }
    let s = if through < s && !tk.list[through].quoted && !opening_mark(tk, through) {
        through
    } else {
        s
    };
    // (Nor the credit after a quotation: `"…," Jane Doe said in a
    // statement, according to the Blaze.`)
    // (A quotation that ended its own sentence is no part of this one:
    // `… “fat, dumb and happy.” The decision …, according to …`.)
    let before = (0..s).rev().find(|&m| !closing_mark(tk, m));
    if s > 0
        && s == sentence_start(tk, k)
        && tk.list[s - 1].paragraph == tk.list[k].paragraph
        && (tk.list[s - 1].quoted || closing_mark(tk, s - 1))
        && before.is_some_and(|m| !tk.ends_sentence(m))
    {
        return None;
    }
    let quoted_words = (s..k).filter(|&m| tk.list[m].quoted && tk.list[m].word).count();
    let quotes_ok =
        quoted_words == 0 || (quoted_words <= 6 && !tk.list[s].quoted && !opening_mark(tk, s));
    if k > s + 1 && (tk.is(k - 1, ',') || dash(tk, k - 1)) && quotes_ok {
        let last = (s..k - 1).rev().find(|&m| tk.list[m].word)?;
        let span = tk.list[s].start..tk.list[last].end;
        let before_words = (s..k - 1).filter(|&m| tk.list[m].word).count();
        let connective = (s..k - 1).filter(|&m| tk.list[m].word).all(|m| {
            let mut buf = [0u8; 32];
            CONNECTIVES.contains(&tk.lower(m, &mut buf))
                || matches!(
                    tk.lower(m, &mut buf),
                    "in" | "addition" | "however" | "meanwhile" | "now"
                )
        });
        // "Since last November, according to Human Rights Watch, forces have
        // killed …": a credit set off inside the sentence, which goes on
        // after it. (After a whole clause, what follows the source is mostly
        // more about it or the writer's addition: ", director of …", ",
        // including …", ", who …".)
        let opening = before_words <= 8 && !(s..k - 1).any(|m| cue_at(tk, m).is_some());
        let after = comma
            .filter(|&m| opening && tk.is(m, ',') && tk.is(k - 1, ','))
            // (An amount may open what goes on: "G4S receives, according to
            // one report, $234 million …"; a quantifier is no role: "…,
            // some are swinging".)
            .filter(|&m| {
                let mut buf = [0u8; 32];
                let money = m + 2 < tk.list.len()
                    && currency_at(tk, m + 1)
                    && tk.bytes(m + 2).first().is_some_and(u8::is_ascii_digit);
                money
                    || (tk.list.get(m + 1).is_some_and(|t| t.word)
                        && !NOT_GOING_ON.contains(&tk.lower(m + 1, &mut buf))
                        && (!tk.has(m + 1, flag::ROLE_NOUN) || tk.has(m + 1, flag::DETERMINER)))
            })
            .and_then(|m| clause(tk, m + 1))
            // (Nor another statement: ", the Commerce Department revealed …";
            // a passive is none: "… will be protected against being denied
            // overtime".)
            .filter(|r| {
                !(tk.at_or_after(r.start)..tk.at_or_after(r.end))
                    .any(|m| cue_at(tk, m).is_some() && !passive_or_infinitive(tk, m))
            });
        let spans = match after {
            Some(after) if connective => smallvec::smallvec![after],
            Some(after) => smallvec::smallvec![span, after],
            None if before_words >= 3 => smallvec::smallvec![span],
            None => return None,
        };
        return Some(Reported { spans, speaker, cue, cue_token: k });
    }
    None
}
