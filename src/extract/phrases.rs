//! Speaker phrases and reporting cues found in tokens: "NATO Secretary
//! General Mark Rutte", "he", "a spokesman for the ministry"; "said",
//! "according to".

use super::lexicon::{self, Cue, flag};
use super::tokens::Tokens;

/// An inclusive range of token indexes.
pub(crate) type TokenRange = (usize, usize);

/// The reporting verb at token `i`, if it is one outside quotations.
pub(crate) fn cue_at(tk: &Tokens, i: usize) -> Option<Cue> {
    let t = tk.list.get(i)?;
    // Most words are no reporting verb: known from the token's flags alone.
    if !t.word || t.quoted || t.flags & flag::CUE == 0 {
        return None;
    }
    // A capital inside a sentence makes a name: "the Washington Post".
    if tk.capitalized(i)
        && i > 0
        && !tk.ends_sentence(i - 1)
        && tk.list[i - 1].paragraph == t.paragraph
    {
        let prev = &tk.list[i - 1];
        if prev.word || matches!(tk.str(i - 1), "," | "’" | "'") {
            return None;
        }
    }
    // "a written statement", "the reported remarks": an article or a
    // possessive makes an adjective of it. ("there is much hope that …",
    // "little hope": a quantity makes a noun of it.)
    if i > 0
        && ((tk.has(i - 1, flag::DETERMINER) && {
            let mut buf = [0u8; 32];
            matches!(
                tk.lower(i - 1, &mut buf),
                "a" | "an" | "the" | "his" | "their" | "its" | "our"
            )
        }) || (matches!(tk.bytes(i - 1), b"much" | b"little")))
    {
        return None;
    }
    // ("a snappy retort", "a firm answer": a noun after "a" and an
    // adjective; not a plural subject's verb, "the analysts say".)
    // (Nor after a possessive and an adjective: "the ministers reconfirmed
    // their individual promises".)
    if i > 1 && tk.list[i - 1].word && !tk.capitalized(i - 1) && {
        let article = ["a", "an"].iter().any(|w| tk.is_word(i - 2, w));
        let owner = ["his", "her", "their", "its", "our", "my", "your"]
            .iter()
            .any(|w| tk.is_word(i - 2, w));
        (article || owner)
            // ("their individual promises": a role's word may be an
            // adjective after a possessive.)
            && !tk.has(i - 1, flag::TITLE_WORD | flag::FUNCTION_WORD)
            && (owner || !tk.has(i - 1, flag::ROLE_NOUN))
            // (A noun, as "its rival accused it of …".)
            && !tk.is_word(i - 1, "rival")
            && {
                let w = tk.bytes(i - 1);
                // (Not "-y" after a possessive: "his family said".)
                let adjective = ["ful", "ous", "ive", "al", "ic", "ish"]
                    .iter()
                    .any(|e| w.ends_with(e.as_bytes()))
                    || (article && w.ends_with(b"y"));
                // (A participle after "a": "told Parliament in a written
                // answer that …", "in a prepared statement"; after a
                // possessive, before remarks and the like: "said in her
                // opening remarks that …". Not a noun of its own, "wrote an
                // op-ed urging …".)
                let participle = (w.ends_with(b"ed") || w.ends_with(b"en") || w.ends_with(b"ing"))
                    && !tk.bytes(i).ends_with(b"ing")
                    && !w.contains(&b'-')
                    && (article
                        || (owner
                            && !w.ends_with(b"en")
                            && ["remarks", "statement", "comments", "answer", "reply"]
                                .iter()
                                .any(|n| tk.is_word(i, n))));
                adjective || participle
            }
            && (owner || (!tk.bytes(i).ends_with(b"s") && !tk.bytes(i).ends_with(b"d")))
    } {
        return None;
    }
    // ("the music scene's most promising new act": an -ing word after a
    // degree is an adjective.)
    if i > 0
        && tk.bytes(i).ends_with(b"ing")
        && ["most", "more", "less", "least", "very", "highly"].iter().any(|w| tk.is_word(i - 1, w))
    {
        return None;
    }
    // ("a fully informed decision", "One widely mentioned possibility",
    // "the most commonly cited advantage", "cluttered with poorly written
    // systems": a participle after an adverb and an article, a degree or
    // a preposition describes the noun after it.)
    let after_preposition =
        || ["with", "of", "by", "for", "from", "into"].iter().any(|w| tk.is_word(i - 2, w));
    if i > 1
        && (tk.bytes(i).ends_with(b"ed") || tk.bytes(i).ends_with(b"en"))
        && ends_in_ly(tk, i - 1)
        && (["a", "an", "the", "one", "most", "more"].iter().any(|w| tk.is_word(i - 2, w))
            || after_preposition())
        && tk.list.get(i + 1).is_some_and(|n| n.word && !n.quoted)
        && (!tk.capitalized(i + 1) || after_preposition())
        && !tk.has(i + 1, flag::FUNCTION_WORD | flag::DETERMINER)
        && pronoun(tk, i + 1).is_none()
    {
        return None;
    }
    // ("the court ruled alleged human rights breaches should be …",
    // "Pretoria has raided alleged ANC bases": "alleged" after a verb's
    // past describes the noun after it; "its bluntest ever warning": a
    // noun after a superlative.)
    if i > 0
        && ((tk.is_word(i, "alleged")
            && tk.list[i - 1].word
            && !tk.capitalized(i - 1)
            && ((tk.bytes(i - 1).ends_with(b"ed") && !tk.has(i - 1, flag::CUE))
                // ("ruled that alleged human rights breaches …".)
                || (i > 1
                    && tk.is_word(i - 1, "that")
                    && tk.list[i - 2].word
                    && !tk.capitalized(i - 2)
                    && (tk.has(i - 2, flag::CUE) || tk.bytes(i - 2).ends_with(b"ed"))))
            && tk.list.get(i + 1).is_some_and(|n| n.word && !n.quoted)
            && !tk.has(i + 1, flag::FUNCTION_WORD | flag::DETERMINER)
            && pronoun(tk, i + 1).is_none())
            || (i > 1 && tk.is_word(i - 1, "ever") && tk.bytes(i - 2).ends_with(b"est")))
    {
        return None;
    }
    // ("TV talent show The X Factor", "the popular MTV show based on …",
    // "Surf show Baywatch", "Richard and Judy's Channel 4 show, is …": a
    // programme, not what something shows; not "figures from the Bank of
    // Italy show.", "figures from Ofcom show that …".)
    if i > 0 && tk.is_word(i, "show") && tk.list[i - 1].word && {
        const PROGRAMMES: [&str; 15] = [
            "talent",
            "entertainment",
            "weekend",
            "chat",
            "game",
            "talk",
            "quiz",
            "breakfast",
            "cookery",
            "reality",
            "comedy",
            "tv",
            "television",
            "variety",
            "awards",
        ];
        let mut buf = [0u8; 32];
        let kind = PROGRAMMES.contains(&tk.lower(i - 1, &mut buf));
        let next = tk.list.get(i + 1);
        let title = next.is_some_and(|n| n.word && !n.quoted)
            && tk.capitalized(i + 1)
            && !day_or_month(tk, i + 1)
            && !tk.possessive(i + 1);
        let named = (tk.capitalized(i - 1) || tk.bytes(i - 1).iter().all(u8::is_ascii_digit))
            && sentence_start(tk, i - 1) != i - 1
            // (Not a month's figures: "Preliminary figures for May show M-3 at …".)
            && !day_or_month(tk, i - 1)
            && (title || tk.is_word(i + 1, "based") || tk.is(i + 1, ',') || tk.is(i + 1, ':'));
        kind || named
    } {
        return None;
    }
    // ("the Paris attacks test Clinton's strategy", "the Sept. 11
    // attacks", "an Iraqi attack took place": a noun after a date, a
    // people or a kind of attack; or after a place, before its own verb,
    // where the verb "attacks" takes an object: "Trump attacks Cruz",
    // "attacks the plan".)
    if i > 0 && (tk.is_word(i, "attack") || tk.is_word(i, "attacks")) && {
        const KINDS: [&str; 9] = [
            "terrorist",
            "terror",
            "suicide",
            "militant",
            "missile",
            "rocket",
            "air",
            "heart",
            "bomb",
        ];
        let before = tk.str(i - 1);
        let kind = before.ends_with(|c: char| c.is_ascii_digit())
            || KINDS.iter().any(|k| before.eq_ignore_ascii_case(k))
            || super::countries::is_country_adjective(before);
        let own_verb = tk.is_word(i, "attacks")
            && tk.capitalized(i - 1)
            && tk.list.get(i + 1).is_some_and(|n| n.word && !n.quoted)
            && !tk.capitalized(i + 1)
            && !tk.has(i + 1, flag::FUNCTION_WORD | flag::DETERMINER)
            && pronoun(tk, i + 1).is_none();
        tk.list[i - 1].word && (kind || own_verb)
    } {
        return None;
    }
    // ("The last confirmed attack", "the first reported case": an ordinal
    // between them.)
    if i > 1
        && ["the", "a"].iter().any(|w| tk.is_word(i - 2, w))
        && ["last", "first", "latest", "only"].iter().any(|w| tk.is_word(i - 1, w))
    {
        return None;
    }
    // ("the initiative announced December 10, 1986": a participle before a
    // date describes the noun before it.)
    if i > 0
        && tk.list[i - 1].word
        && !tk.capitalized(i - 1)
        && tk.str(i).ends_with("ed")
        && tk.list.get(i + 1).is_some_and(|t| t.word)
        && MONTHS.iter().any(|m| tk.is_word(i + 1, m))
        // (A day after the month: "reported January retail sales fell …"
        // is a clause.)
        && tk.list.get(i + 2).is_some_and(|_| tk.str(i + 2).starts_with(|c: char| c.is_ascii_digit()))
        // (And the date ends there: "cited April 27 as a likely date",
        // "showed March 1 stocks of …" are clauses.)
        && (i + 3 >= tk.list.len() || tk.is(i + 3, ',') || tk.ends_sentence(i + 3))
    {
        return None;
    }
    // "Trump's remarks", "the group's claims": a plural noun after a
    // possessive (not "he's said", where "'s" is "has"); so is a
    // participle that is mostly an adjective ("Rubio's proposed child care
    // credit"). (A bare form stays a cue: "Clinton's claim that …" is an
    // attribution of hers.)
    // (Nor after a verb of naming whose object the phrase is: "calling
    // Trump's charge “pathetic”" is the caller's word for the charge.)
    let noun_form = || {
        tk.bytes(i).ends_with(b"s")
            || super::reported::ADJECTIVAL_PARTICIPLES.iter().any(|p| tk.is_word(i, p))
            || (i >= 2
                && [
                    "calling", "called", "calls", "call", "labeling", "labelled", "branding",
                    "dubbing",
                ]
                .iter()
                .any(|w| tk.is_word(i - 2, w)))
    };
    // (The possessive first: the cheap test.)
    if i > 0 && tk.possessive(i - 1) && noun_form() && {
        pronoun(tk, i - 1).is_none() && {
            // (The word without its "'s" or "’s": a curly mark is not
            // ASCII, which the lowercasing buffer takes.)
            let owner = super::speakers::bare(tk.str(i - 1));
            !owner.is_empty()
                && !["it", "that", "there", "who", "what"]
                    .iter()
                    .any(|c| owner.eq_ignore_ascii_case(c))
        }
    } {
        return None;
    }
    // "pledged delegates", "a racially charged argument", "a think tank":
    // a participle before the noun it describes or after an adverb of
    // manner, or part of a compound noun.
    if (i + 1 < tk.list.len() && tk.is_word(i, "pledged") && tk.str(i + 1).starts_with("delegate"))
        || (i > 0 && tk.str(i - 1).ends_with("ally") && tk.is_word(i, "charged"))
        || (tk.is_word(i, "think") && (tk.is_word(i + 1, "tank") || tk.is_word(i + 1, "tanks")))
        // ("just after Prime Minister's question time".)
        || (tk.is_word(i, "question") && tk.is_word(i + 1, "time"))
        // ("the reality TV show “The Apprentice,”", "chat shows such as …".)
        || ((tk.is_word(i, "show") || tk.is_word(i, "shows"))
            && i > 0
            && SHOW_KINDS.iter().any(|w| tk.is_word(i - 1, w)))
        // ("a slide show that predicted …"; but "another slide shows …".)
        || (tk.is_word(i, "show")
            && i > 0
            && ["slide", "road", "fashion", "variety", "awards"].iter().any(|w| tk.is_word(i - 1, w)))
        // ("the world's largest gadget show", "a trade show": a singular
        // noun after an article, a possessive or a superlative.)
        || (tk.is_word(i, "show")
            && i > 1
            && tk.list[i - 1].word
            && !tk.capitalized(i - 1)
            && !tk.bytes(i - 1).ends_with(b"s")
            && !tk.has(i - 1, flag::FUNCTION_WORD | flag::DETERMINER)
            && !ends_in_ly(tk, i - 1)
            && !["data", "also", "still", "people", "police", "media"].iter().any(|w| tk.is_word(i - 1, w))
            && (["a", "an", "the"].iter().any(|w| tk.is_word(i - 2, w))
                || tk.possessive(i - 2)
                || tk.bytes(i - 2).ends_with(b"est")))
    {
        return None;
    }
    // ("the poll, which questioned 1,943 British adults", "police
    // questioned about 3,000 former employees": people asked, not what was
    // said.)
    if tk.bytes(i).starts_with(b"question") && super::reported::quantity_at(tk, i + 1) {
        return None;
    }
    // ("with Sir Richard shown jumping out of a taxi", "his supporters
    // were shown chanting": what a picture shows someone doing; not "data
    // have shown falling orders".)
    if tk.is_word(i, "shown")
        && tk.list.get(i + 1).is_some_and(|n| n.word)
        && tk.bytes(i + 1).ends_with(b"ing")
        && !["have", "has", "had"].iter().any(|w| tk.is_word(i.wrapping_sub(1), w))
        // (Doing what reports words goes on: "supporters were shown
        // chanting “Marco! Marco!”".)
        && !tk.has(i + 1, flag::CUE)
    {
        return None;
    }
    // ("continued to warn that …", "began to insist": the infinitive is
    // the verb that reports.)
    // (Nor before a verb in "-ing" that does something else: "began
    // calling Libyan groups"; not "began talking about …".)
    if goes_on_verb(tk, i)
        && (tk.is_word(i + 1, "to")
            || tk.list.get(i + 1).is_some_and(|n| n.word && !n.quoted)
                && tk.bytes(i + 1).ends_with(b"ing")
                && !tk.capitalized(i + 1)
                && !cue_at(tk, i + 1).is_some_and(|c| c.reports)
                && !["talking", "speaking"].iter().any(|w| tk.is_word(i + 1, w)))
    {
        return None;
    }
    let cue = lexicon::cue_of(t.flags)?;
    if tk.has(i, flag::NOUN_LIKE) && (!verb_context(tk, i) || common_compound(tk, i)) {
        return None;
    }
    Some(cue)
}

/// Words of when something was said, today's or a day's: "The statement
/// today said", "Chancellor Helmut Kohl yesterday said".
pub(crate) const WHEN_WORDS: [&str; 3] = ["yesterday", "today", "tonight"];

/// Whether token `k` is "one" or "another" (any case): one of those who
/// spoke, or another of them.
#[inline]
fn one_or_another(tk: &Tokens, k: usize) -> bool {
    tk.is_word(k, "one") || tk.is_word(k, "another")
}

/// Subordinators of when that open a clause ("as he laid out …", "But as
/// Mr. Sanders campaigned …").
pub(crate) const WHEN_SUBORDINATORS: [&str; 6] =
    ["as", "when", "while", "after", "before", "since"];

/// Particles a verb may take before the speaker it credits after a
/// quotation: `"…," points out Steve Cram`, `"…," shot back Rubio`.
pub(crate) const INVERTING_PARTICLES: [&str; 2] = ["out", "back"];

/// Whether token `i` is a form of "continue" or "begin", verbs that credit
/// a quotation only as the words go on ("…," he continued), and otherwise
/// say what someone goes on doing ("continues to live in Los Angeles").
pub(crate) fn goes_on_verb(tk: &Tokens, i: usize) -> bool {
    let w = tk.bytes(i);
    match w.first().map(u8::to_ascii_lowercase) {
        Some(b'c') => w.len() >= 7 && w[..7].eq_ignore_ascii_case(b"continu"),
        Some(b'b') => ["begin", "begins", "began", "beginning"]
            .iter()
            .any(|b| w.eq_ignore_ascii_case(b.as_bytes())),
        _ => false,
    }
}

/// Who spoke, when the phrase read back from a verb is only where they were
/// (the phrase at `a`, after "in", "at" or "from"): "Merrill Lynch in
/// London said", "a spokesman for the Bundesbank in Frankfurt said",
/// "Reporters at the scene told", "Cuba in its telex told", "David Graham
/// from the FDA's Office of Drug Safety told".
///
/// Not a text and where it came from ("Data from the CML showed", "a
/// statement from Lycos", "The article in Progressive magazine"), nor a
/// role at a body, which names the body better ("officials at Chrysler
/// said", "officials in the Finance Ministry").
fn who_before_where(tk: &Tokens, (a, e): TokenRange, floor: usize) -> Option<TokenRange> {
    let link = a.checked_sub(1)?;
    let place_in = tk.is_word(link, "in");
    if !(link > floor && (place_in || tk.is_word(link, "at") || tk.is_word(link, "from"))) {
        return None;
    }
    // The head's word, right before the link, is read first: the phrase is
    // read back only for the few that can be who spoke.
    let q = link - 1;
    let mut buf = [0u8; 32];
    let head_word = tk.lower(q, &mut buf);
    if !tk.list[q].word
        || tk.list[q].quoted
        || super::attribution::text_noun(tk, q)
        || super::speakers::source_noun(head_word)
        || ["research", "reports", "article", "articles", "statistics"].contains(&head_word)
        // (Nor "some in Congress feared", "Few in Westminster believe",
        // "More from the report:".)
        || tk.has(q, flag::FUNCTION_WORD | flag::DETERMINER)
        || ["few", "many", "more", "most", "others"].contains(&head_word)
    {
        return None;
    }
    let role = tk.has(q, flag::ROLE_NOUN) || group_noun(tk, q);
    let named = tk.capitalized(q) && !role;
    // Where they were, with no name in it: "the scene", "its telex".
    let no_name = !(a..=e).any(|m| tk.capitalized(m));
    let body = || (a..=e).any(|m| super::speakers::institution_word(tk.str(m)));
    // (A role with no name in where it was is read whole elsewhere:
    // "executives from both companies said".)
    let keep = if no_name {
        named || (role && tk.capitalized(q))
    } else if place_in {
        (named || role) && !body()
    } else {
        named
    };
    if !keep {
        return None;
    }
    let (p, end) = phrase_before(tk, q, floor)?;
    // (The head opens its clause, after at most an owner: "The BBC's David
    // Willey in Rome says"; not after a preposition: "At the Consumer
    // Electronics Show in Las Vegas Microsoft boss Bill Gates said".)
    let before = (floor..p).rev().take_while(|&m| tk.list[m].word).take(3).collect::<Vec<_>>();
    let opens = before.len() <= 2
        && before.iter().all(|&m| {
            tk.has(m, flag::DETERMINER) || (tk.capitalized(m) && !tk.has(m, flag::FUNCTION_WORD))
        });
    // (A person's name at a body is of two words at least: not "Walsh at
    // First Marathon" read as one.)
    (end == q && opens && (no_name || place_in || q > p)).then_some((p, q))
}

/// Whether the noun-like cue at token `i` makes a compound with the common
/// word that opens its sentence ("Gasoline demand averaged …", "Industry
/// estimates vary …", "Extraordinary charges 1.3 mln"): a word capitalised
/// only there, no name, no group of people ("Analysts estimate …").
fn common_compound(tk: &Tokens, i: usize) -> bool {
    let k = i.wrapping_sub(1);
    // (The token's own tests first: the sentence's start is walked back to,
    // and the text scanned, only for the few words that pass them.)
    i > 0
        && tk.list[k].word
        && !tk.list[k].quoted
        && tk.capitalized(k)
        && !tk.bytes(k).ends_with(b"s")
        && tk.bytes(k).iter().any(u8::is_ascii_lowercase)
        && !tk.has(k, flag::DETERMINER | flag::TITLE_WORD | flag::ROLE_NOUN | flag::FUNCTION_WORD)
        && sentence_start(tk, k) == k
        && pronoun(tk, k).is_none()
        && super::given_names::gender_of(tk.str(k)).is_none()
        && !(1..tk.list.len()).any(|m| m != k && tk.str(m) == tk.str(k) && tk.list[m - 1].word)
        // (What a verb takes does not follow: "Signaal claims Contraves
        // included …", "Argentina fears that …", "Sharp hopes the …".)
        && tk.list.get(i + 1).is_some_and(|n| {
            n.word
                && !n.quoted
                && !tk.capitalized(i + 1)
                && !tk.has(i + 1, flag::DETERMINER | flag::FUNCTION_WORD)
                && pronoun(tk, i + 1).is_none()
        })
}

/// Whether token `k` names a month ("May").
pub(crate) fn month(tk: &Tokens, k: usize) -> bool {
    tk.capitalized(k) && MONTHS.iter().any(|m| tk.is_word(k, m))
}

/// When lowercase words from token `k` end in a role that a name of two
/// words or more follows ("Music Choice music and marketing manager Simon
/// George"), the token that opens the name.
fn role_then_name(tk: &Tokens, k: usize, limit: usize) -> Option<usize> {
    for m in k..limit.min(k + 5) {
        let t = &tk.list[m];
        let plain = t.word
            && !t.quoted
            && !tk.capitalized(m)
            && !tk.has(m, flag::CUE | flag::DETERMINER)
            // (An "and" inside the role only: "said chairman William
            // Schreyer and president Daniel Tully" names two.)
            && ((m > k && tk.is_word(m, "and")) || !tk.has(m, flag::FUNCTION_WORD));
        if !plain {
            return None;
        }
        if m > k
            && tk.has(m, flag::TITLE_WORD | flag::ROLE_NOUN)
            && m + 2 < limit
            && name_word(tk, m + 1)
            && name_word(tk, m + 2)
            && !day_or_month(tk, m + 1)
            && tk.list[m + 2].paragraph == t.paragraph
        {
            return Some(m + 1);
        }
    }
    None
}

/// When one to three plain lowercase words from token `k` end in a role
/// noun ("law enforcement official"), the role's token.
fn role_after_nouns(tk: &Tokens, k: usize, limit: usize) -> Option<usize> {
    let plain = |m: usize| {
        tk.list[m].word
            && !tk.list[m].quoted
            && !tk.capitalized(m)
            && !tk.has(m, flag::FUNCTION_WORD | flag::CUE | flag::DETERMINER)
            && tk.list[m].paragraph == tk.list[k].paragraph
    };
    // (Not a verb: "Netcraft analysed response times", "the department
    // forecasts government …".)
    let verb_like = |m: usize| {
        let w = tk.bytes(m);
        w.ends_with(b"ed") || w.ends_with(b"ing") || (m == k && w.ends_with(b"s"))
    };
    // (A title only as a person's noun: "bond manager", "political
    // strategist", not "defense".)
    let role = |m: usize| {
        tk.has(m, flag::ROLE_NOUN)
            || (tk.has(m, flag::TITLE_WORD)
                && ["er", "or", "ist", "ive", "person", "man", "woman"]
                    .iter()
                    .any(|e| tk.bytes(m).ends_with(e.as_bytes())))
    };
    (k + 1..limit.min(k + 4))
        .take_while(|&m| plain(m - 1) && !verb_like(m - 1) && !role(m - 1))
        .find(|&m| plain(m) && role(m))
}

/// Whether token `k` links a role to whom it serves ("spokesman for the
/// ministry", "head of the bank", "an analyst at Nomura").
fn phrase_link(tk: &Tokens, k: usize) -> bool {
    ["of", "for", "at"].iter().any(|w| tk.is_word(k, w))
}

/// Whether token `k` is a few capital letters ("US", "UK", "BBC").
fn short_acronym(tk: &Tokens, k: usize) -> bool {
    let b = tk.bytes(k);
    (2..=4).contains(&b.len()) && b.iter().all(u8::is_ascii_uppercase)
}

/// Whether token `k` is a weekday's or a month's possessive ("Saturday's",
/// "January's"), which opens the name of an event: "Saturday's Rugby Aid
/// match", "January's Norwich Union International".
pub(crate) fn day_or_month_possessive(tk: &Tokens, k: usize) -> bool {
    // (Bytes first: every name run asks.)
    let b = tk.bytes(k);
    (b.ends_with(b"'s") || b.ends_with("’s".as_bytes()))
        && (WEEKDAYS.iter().chain(&MONTHS).any(|d| super::speakers::bare(tk.str(k)) == *d))
}

/// Whether token `k` names a weekday or a month.
pub(crate) fn day_or_month(tk: &Tokens, k: usize) -> bool {
    month(tk, k) || WEEKDAYS.iter().any(|d| tk.is_word(k, d))
}

/// Whether token `k` is a capitalised institution's word ("Ministry",
/// "Committee", "Organisation" before what it is for).
fn institution_at(tk: &Tokens, k: usize) -> bool {
    tk.list[k].word
        && tk.capitalized(k)
        && (super::speakers::institution_word(tk.str(k))
            || super::speakers::organisation_for(tk.str(k)))
}

/// Whether token `k` is a month after a word that makes it a time ("In
/// February Alleghany agreed"): when, and no part of a name after it. (Not
/// a month that is a given name too: "by August Busch III".)
pub(crate) fn dated_month(tk: &Tokens, k: usize) -> bool {
    const BEFORE: [&str; 11] =
        ["in", "on", "since", "by", "until", "from", "during", "through", "last", "early", "late"];
    // (A cheap test first: this runs for every capitalised word.)
    k > 0
        && (tk.has(k - 1, flag::FUNCTION_WORD)
            || matches!(tk.bytes(k - 1), b"early" | b"late" | b"Early" | b"Late"))
        && month(tk, k)
        && BEFORE.iter().any(|w| tk.is_word(k - 1, w))
        && super::given_names::gender_of(tk.str(k)).is_none()
}

/// Month names, as dates open with them ("December 10, 1986").
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Words that make "show" a programme: "TV show", "chat shows".
/// (Not "news" nor "game": "an ABC News poll … News shows", "the game
/// shows".)
const SHOW_KINDS: [&str; 10] = [
    "tv",
    "television",
    "radio",
    "talk",
    "chat",
    "reality",
    "quiz",
    "comedy",
    "cookery",
    "morning",
];

/// Whether a word that is often a noun ("states", "reports") is used as a
/// verb: a clause, colon, comma or quotation follows, or a name or pronoun
/// stands right before it.
fn verb_context(tk: &Tokens, i: usize) -> bool {
    if i > 0 && takes_a_noun(tk, i) {
        return false;
    }
    // ("strong domestic demand", "U.S. demand could be sluggish": the
    // economy's demand after a word that describes it, not one who demands;
    // "the union demands", "Ryzhkov demanded" still do.)
    if i > 0 && ["demand", "demands"].iter().any(|w| tk.is_word(i, w)) {
        let k = i - 1;
        let describes = tk.list[k].word
            && ((tk.bytes(k).first().is_some_and(u8::is_ascii_lowercase)
                && !tk.bytes(k).ends_with(b"s")
                && !tk.has(k, flag::ROLE_NOUN)
                && pronoun(tk, k).is_none())
                || ["U.S.", "U.S", "US", "UK"].contains(&tk.str(k)));
        if describes {
            return false;
        }
    }
    // ("an official report says …": the verb follows the noun.)
    if tk.has(i + 1, flag::CUE) && !tk.has(i + 1, flag::NOUN_LIKE) && !tk.list[i + 1].quoted {
        return false;
    }
    // ("Past shows have featured …", "Published reports have said …": or
    // its auxiliary; a modal only after a word that opens the sentence and
    // names no one, "Domestic demand may grow …", not "cuts which Tisch
    // hopes will save …".)
    if i + 1 < tk.list.len() && auxiliary_at(tk, i + 1) {
        let mut buf = [0u8; 32];
        let perfect_or_copula = matches!(
            tk.lower(i + 1, &mut buf),
            "has" | "had" | "have" | "is" | "was" | "are" | "were"
        );
        // (Or after a possessive or a date: "the Commission for Africa's
        // report will be released", "the February show can …".)
        let opening_modifier = i > 0
            && ((sentence_start(tk, i) == i - 1
                && pronoun(tk, i - 1).is_none()
                && !tk.has(i - 1, flag::ROLE_NOUN)
                && super::given_names::gender_of(tk.str(i - 1)).is_none())
                || tk.possessive(i - 1)
                || month(tk, i - 1)
                || WEEKDAYS.iter().any(|d| tk.is_word(i - 1, d)));
        // (After a relative pronoun the verb's subject is the gap: "a stake
        // which analysts estimate has …".)
        // (A "that" after a verb opens its clause: "said … that the media
        // reports were not …".)
        let gap = (i.saturating_sub(5).max(sentence_start(tk, i))..i).any(|k| {
            ["which", "what", "who", "whom"].iter().any(|w| tk.is_word(k, w))
                || (tk.is_word(k, "that")
                    && k > 0
                    && tk.list[k - 1].word
                    && !tk.has(k - 1, flag::CUE | flag::FUNCTION_WORD))
        });
        // (Nor after a pronoun: "a show they claim is …".)
        let pronoun_before = i > 0 && pronoun(tk, i - 1).is_some();
        if (perfect_or_copula || opening_modifier) && !gap && !pronoun_before {
            return false;
        }
    }
    // "a Twitter post", "the report": a determiner makes it a noun.
    let det = |k: usize| tk.has(k, flag::DETERMINER);
    // ("a 2002 report", "the Reuters report": a year or a name between.)
    let modifier =
        |k: usize| tk.capitalized(k) || tk.bytes(k).first().is_some_and(u8::is_ascii_digit);
    if i > 0 && (det(i - 1) || (i > 1 && modifier(i - 1) && det(i - 2))) {
        return false;
    }
    // ("the referendum question “seems …”": a bare form after a singular
    // noun and its article is a noun too; not "the officials question …".)
    // (Not a past tense: "the survey found …", "his wife found …".)
    let bare_form = !tk.bytes(i).ends_with(b"s")
        && !tk.bytes(i).ends_with(b"ed")
        && !["found", "put", "read", "shot", "snap", "begin", "continue", "find", "decline"]
            .iter()
            .any(|w| tk.is_word(i, w));
    // (Or two: "a possible terrorist attack"; not after a plural and its
    // preposition, "figures from the trade ministry show …".)
    // (Not a plural without its "-s": "the women claim he …".)
    let singular_noun = |k: usize| {
        tk.list[k].word
            && !tk.bytes(k).ends_with(b"s")
            && !tk.has(k, flag::CUE | flag::FUNCTION_WORD)
            && !["women", "men", "people", "children", "police"].iter().any(|w| tk.is_word(k, w))
    };
    let det_opens = |k: usize| {
        det(k)
            && !(k > 1
                && tk.has(k - 1, flag::FUNCTION_WORD)
                && tk.list[k - 2].word
                && tk.bytes(k - 2).ends_with(b"s"))
    };
    if bare_form
        && i > 1
        && singular_noun(i - 1)
        && (det(i - 2) || (i > 2 && singular_noun(i - 2) && det_opens(i - 3)))
    {
        return false;
    }
    let next = i + 1 < tk.list.len() && {
        let n = &tk.list[i + 1];
        n.quoted || tk.is_word(i + 1, "that") || (!n.word && matches!(tk.str(i + 1), ":" | ","))
    };
    // "The review shows most of the hours were …", "Polls there show Jane
    // Doe is trailing": a clause's subject and its verb follow. (A pronoun
    // only after "show": "exit polling shows he won …", not "the fears it
    // inspires", "remarks he made".)
    let clause_next = i + 2 < tk.list.len()
        && tk.list[i + 1].word
        && !tk.list[i + 1].quoted
        && ({
            let mut buf = [0u8; 32];
            let evidence = matches!(tk.str(i), "show" | "shows");
            match tk.lower(i + 1, &mut buf) {
                "most" | "many" | "no" => true,
                "he" | "she" | "they" | "it" | "there" => evidence,
                _ => false,
            }
        } || (tk.capitalized(i + 1) && (i + 2..i + 5).any(|k| auxiliary_at(tk, k))));
    // "As Amar put it, …".
    let put_it = i + 2 < tk.list.len()
        && tk.is_word(i + 1, "it")
        && matches!(tk.str(i + 2), "," | ":")
        && tk.str(i).starts_with("put");
    // "recent polls show …", "campaign records show.": a speaker noun
    // stands before it.
    // (Not a gerund that opens the sentence: "Addressing claims that …",
    // "Sticking points to …".)
    let prev = i > 0
        && (pronoun(tk, i - 1).is_some()
            || (tk.capitalized(i - 1)
                && !tk.has(i - 1, flag::FUNCTION_WORD)
                && !gerund_opening(tk, i - 1))
            || (tk.has(i - 1, flag::ROLE_NOUN) && tk.list[i - 1].word && !tk.list[i - 1].quoted));
    // `"…," reads a Wednesday editorial`, `"…," points out Steve Cram`:
    // inverted right after a quotation.
    let inverted = i > 0
        && i + 1 < tk.list.len()
        && (tk.has(i + 1, flag::DETERMINER)
            || INVERTING_PARTICLES.iter().any(|w| tk.is_word(i + 1, w)))
        && ends_quotation(tk, i - 1);
    // ("A poll released on Wednesday found Clinton leads …": after when
    // its subject was put out; a finite form, not "did not at any time
    // Thursday mention …".)
    let after_when = || {
        i > 1
            && (tk.bytes(i).ends_with(b"s")
                || tk.bytes(i).ends_with(b"ed")
                || tk.is_word(i, "found"))
            && (WEEKDAYS.iter().any(|d| tk.is_word(i - 1, d))
                || WHEN_WORDS.iter().any(|w| tk.is_word(i - 1, w)))
            && tk.list.get(i + 1).is_some_and(|t| t.word && !t.quoted)
    };
    // ("Her chief policy aide, Jake Sullivan, calls her record …": after a
    // name set off in commas, its verb in a finite form; not one that
    // finds, shows or goes on, "One woman, Victoria Lapete, found her
    // sister".)
    let after_apposition = || {
        i > 3
            && tk.is(i - 1, ',')
            && (tk.bytes(i).ends_with(b"s") || tk.bytes(i).ends_with(b"ed"))
            && ![
                "shows",
                "showed",
                "finds",
                "reads",
                "points",
                "pointed",
                "puts",
                "begins",
                "continues",
                "continued",
                "declines",
                "declined",
            ]
            .iter()
            .any(|w| tk.is_word(i, w))
            && tk.capitalized(i - 2)
            && !tk.has(i - 2, flag::FUNCTION_WORD)
            && tk.list.get(i + 1).is_some_and(|t| t.word && !t.quoted)
            && {
                let s = sentence_start(tk, i);
                (s + 1..i - 2)
                    .rev()
                    .take_while(|&k| tk.list[k].word || tk.is(k, ','))
                    .find(|&k| tk.is(k, ','))
                    .is_some_and(|k| {
                        tk.capitalized(k + 1)
                            && (k + 1..i - 1).all(|m| tk.capitalized(m) || tk.is(m, '.'))
                    })
            }
    };
    next || clause_next
        || prev
        || put_it
        || inverted
        || closes_credit(tk, i)
        || after_when()
        || after_apposition()
}

/// Whether the word at token `k` is a gerund that opens its sentence
/// ("Addressing claims that …", "Running counter to …"), not a name that
/// ends in "-ing" ("Boeing claims …", "said Yelling"): the text never
/// writes it with its capital inside a sentence (alone, possessive or
/// hyphened: "JK Rowling's", "Schering-Plough"), and no one is called by
/// it as a given name. (Only before a noun a verb may also be, or a
/// comma: "Sterling said …", "Schering has said …" are names.)
pub(crate) fn gerund_opening(tk: &Tokens, k: usize) -> bool {
    let w = tk.bytes(k);
    let same = |m: usize| {
        tk.bytes(m)
            .strip_prefix(w)
            .is_some_and(|rest| rest.first().is_none_or(|b| !b.is_ascii_alphanumeric()))
    };
    w.len() > 5
        && w.ends_with(b"ing")
        && tk.list.get(k + 1).is_some_and(|t| !t.word || tk.has(k + 1, flag::NOUN_LIKE))
        && sentence_start(tk, k) == k
        && super::given_names::gender_of(tk.str(k)).is_none()
        && !(0..tk.list.len()).any(|m| m != k && same(m) && sentence_start(tk, m) != m)
}

/// Whether the word before token `i` makes a noun of it: a preposition
/// ("arrested on charges that …", "responded to claims that …") or a verb
/// whose object it is ("faces charges that …", "to settle charges that
/// …"). (After "to", only a plural: "to note that …" is a verb.)
fn takes_a_noun(tk: &Tokens, i: usize) -> bool {
    // ("played down reports that …", "brushed off claims", "stepped up
    // calls for …": a verb's particle.)
    const BEFORE_A_NOUN: [&str; 60] = [
        "down",
        "up",
        "off",
        "on",
        "of",
        "over",
        "against",
        "about",
        "amid",
        "despite",
        "with",
        "from",
        "by",
        "for",
        "into",
        "under",
        "after",
        "face",
        "faces",
        "faced",
        "facing",
        "settle",
        "settled",
        "settling",
        "deny",
        "denied",
        "denies",
        "denying",
        "reject",
        "rejected",
        "rejects",
        "dismissed",
        "dropped",
        "filed",
        "investigating",
        // ("prompting fears that …", "have raised hopes that …": what an
        // event stirred, not what anyone fears or hopes.)
        "raise",
        "raised",
        "raising",
        "prompted",
        "prompting",
        "renewed",
        "renewing",
        "sparked",
        "sparking",
        "fuelled",
        "fueled",
        "fuelling",
        "fueling",
        "triggered",
        "triggering",
        "stoked",
        "heightened",
        "eased",
        "easing",
        "allayed",
        "dashed",
        // ("disputed claims that …", "accentuated fears that …": the
        // object of a verb of answering or stirring.)
        "disputed",
        "disputes",
        "disputing",
        "accentuated",
    ];
    let plural = tk.bytes(i).ends_with(b"s");
    BEFORE_A_NOUN.iter().any(|w| tk.is_word(i - 1, w)) || (plural && tk.is_word(i - 1, "to"))
}

/// Whether token `i` ends a short credit right after a quotation, a
/// determiner and a noun or two before it: `"…," the editorial read.`, `"…,"
/// the suit reads.` (not `“Veep” are his top shows.`).
fn closes_credit(tk: &Tokens, i: usize) -> bool {
    if i + 1 >= tk.list.len() || !tk.ends_sentence(i + 1) {
        return false;
    }
    // The phrase's first word: a determiner one to three words back.
    let Some(d) = (i.saturating_sub(3)..i).find(|&k| tk.has(k, flag::DETERMINER)) else {
        return false;
    };
    if (d..i).any(|k| !tk.list[k].word || tk.list[k].quoted) || d == 0 {
        return false;
    }
    // Before it, the quotation's close (and maybe a comma).
    let mut k = d - 1;
    if tk.is(k, ',') && k > 0 {
        k -= 1;
    }
    ends_quotation(tk, k)
}

/// Whether token `k` is the last of a quotation: a quoted word or a closing
/// mark.
fn ends_quotation(tk: &Tokens, k: usize) -> bool {
    tk.list[k].quoted || matches!(tk.str(k), "\"" | "”" | "''")
}

/// Words before a participle that opens a sentence ("While saying …,",
/// "After saying …,").
pub(crate) const PARTICIPLE_OPENERS: [&str; 4] = ["while", "after", "before", "upon"];

/// Whether token `k` is a closing quote mark right after a comma: a
/// quotation whose comma closes inside its marks (`the "Golden Week,"`).
pub(crate) fn closes_after_comma(tk: &Tokens, k: usize) -> bool {
    k > 0 && matches!(tk.str(k), "\"" | "”" | "''") && tk.is(k - 1, ',')
}

/// Whether token `c` is a participle that reports words, not what they
/// name or cite: "saying", "adding", "warning" (not "referring", "citing").
pub(crate) fn saying_participle(tk: &Tokens, c: usize) -> bool {
    const SAYING_PARTICIPLES: [&str; 14] = [
        "saying",
        "adding",
        "noting",
        "claiming",
        "arguing",
        "insisting",
        "warning",
        "explaining",
        "stressing",
        "suggesting",
        "promising",
        "vowing",
        "declaring",
        "telling",
    ];
    SAYING_PARTICIPLES.iter().any(|w| tk.is_word(c, w))
}

/// Whether the word at token `k` is an adverb that may stand between a
/// comma and a participle of the sentence's subject at token `k + 1`: one
/// of when ("…, initially saying …", "…, also noting …"), or any before a
/// participle of saying ("…, repeatedly insisting …"); not one of how
/// before another participle ("forcefully denouncing the Castro regime
/// after Trump said …", "possibly calling himself …").
pub(crate) fn adverb_before_participle(tk: &Tokens, k: usize) -> bool {
    const WHEN: [&str; 8] =
        ["also", "later", "again", "then", "initially", "first", "publicly", "privately"];
    WHEN.iter().any(|w| tk.is_word(k, w)) || (ends_in_ly(tk, k) && saying_participle(tk, k + 1))
}

/// Whether the reporting verb at token `c`, written `word`, is a participle
/// hung on the sentence that starts at token `s` ("She rallied supporters,
/// saying …", "… responded by saying …"): then the sentence's subject speaks.
pub(crate) fn participle_of_sentence(tk: &Tokens, c: usize, s: usize, word: &str) -> bool {
    // (Or a dash before a participle of saying: "flipped his choice on the
    // spot – saying …".)
    let opens = |k: usize| {
        tk.is(k, ',')
            || (dash(tk, k) && k > s && tk.list[k - 1].word && saying_participle(tk, c))
            || ["by", "upon", "after", "before", "while"].iter().any(|w| tk.is_word(k, w))
    };
    // (Its comma may close inside a quotation: `… the "Golden Week,"
    // saying …`.)
    (word.ends_with("ing") && c > s && (opens(c - 1) || (c - 1 > s && closes_after_comma(tk, c - 1))))
        // ("…, initially saying …": past an adverb.)
        || (word.ends_with("ing")
            && c > s + 1
            && adverb_before_participle(tk, c - 1)
            && opens(c - 2))
        // ("…, having criticised the decision …", "Having complained that
        // …, she …": a perfect participle too.)
        || (c > s && tk.is_word(c - 1, "having") && (c - 1 == s || opens(c - 2)))
        // (An adverb between them: "…, having earlier criticised …".)
        || (c > s + 1
            && tk.is_word(c - 2, "having")
            && (ends_in_ly(tk, c - 1)
                || ["earlier", "already", "also", "once", "twice", "just"].iter().any(|w| tk.is_word(c - 1, w)))
            && (c - 2 == s || opens(c - 3)))
        || (word.ends_with("ing") && after_object(tk, c, s))
        || (word.ends_with("ing") && saying_participle(tk, c) && after_left_or_reached(tk, c, s))
}

/// Whether the participle at token `c` follows whom or what its sentence's
/// subject left or reached: "Mr Hockney also left UKIP saying …", "He
/// later contacted the show saying …" are Hockney's and his.
fn after_left_or_reached(tk: &Tokens, c: usize, s: usize) -> bool {
    const VERBS: [&str; 6] = ["left", "quit", "joined", "contacted", "rang", "phoned"];
    let verb = |k: usize| VERBS.iter().any(|w| tk.is_word(k, w));
    let plain = |k: usize| tk.list[k].word && !tk.list[k].quoted;
    // ("left UKIP saying", "contacted the show saying".)
    (c >= s + 2 && verb(c - 2) && plain(c - 1))
        || (c >= s + 3
            && verb(c - 3)
            && tk.has(c - 2, flag::DETERMINER)
            && plain(c - 1)
            && !tk.capitalized(c - 1))
}

/// Whether the participle at token `c` follows a thing its sentence's
/// subject did something to, not who speaks: "come into office promising
/// to halve unemployment", "dismissed the figures insisting that …".
fn after_object(tk: &Tokens, c: usize, s: usize) -> bool {
    if c < s + 3 || !tk.list[c - 1].word || tk.list[c - 1].quoted || tk.capitalized(c - 1) {
        return false;
    }
    // "into office", "in office".
    let place =
        ["into", "in", "to"].iter().any(|w| tk.is_word(c - 2, w)) && tk.is_word(c - 1, "office");
    // "dismissed the figures", "defended the move": a stance taken on a
    // thing, then what was said for it. (Not a text passed: "passed a
    // resolution calling for …" is the resolution's call.)
    const STANCES: [&str; 16] = [
        "defended",
        "dismissed",
        "backed",
        "welcomed",
        "criticised",
        "criticized",
        "rejected",
        "attacked",
        "praised",
        "condemned",
        "sued",
        "blamed",
        "hailed",
        "opposed",
        "supported",
        "denied",
    ];
    // A lowercase word that may describe a thing: "new" in "the new
    // rules".
    let describing = |m: usize| {
        tk.list[m].word
            && !tk.list[m].quoted
            && !tk.capitalized(m)
            && !tk.has(m, flag::FUNCTION_WORD | flag::DETERMINER | flag::CUE)
    };
    // (With a word or two describing the thing: "defended the new rules
    // saying …".)
    let object = (c.saturating_sub(5).max(s)..=c - 3).any(|j| {
        STANCES.iter().any(|w| tk.is_word(j, w))
            && tk.has(j + 1, flag::DETERMINER)
            && (j + 2..c - 1).all(describing)
    });
    // (Or a thing the subject owns, after the verb: "Sanders started out
    // their ninth debate saying …", "Trump ended his speech saying …"; not
    // a person of theirs, "his campaign manager", nor a noun a cue's form
    // makes, "issued its third profits warning".)
    const SAYING_PARTICIPLES: [&str; 10] = [
        "saying",
        "adding",
        "insisting",
        "arguing",
        "claiming",
        "noting",
        "calling",
        "vowing",
        "promising",
        "declaring",
    ];
    let owned = SAYING_PARTICIPLES.iter().any(|w| tk.is_word(c, w))
        && (c.saturating_sub(5).max(s + 1)..c - 1).any(|j| {
            ["his", "her", "their", "its", "our"].iter().any(|w| tk.is_word(j, w))
                && tk.list[j - 1].word
                && !tk.capitalized(j - 1)
                && !tk.has(j - 1, flag::FUNCTION_WORD | flag::DETERMINER | flag::CUE)
                && (j + 1..c)
                    .all(|m| describing(m) && !tk.has(m, flag::ROLE_NOUN | flag::TITLE_WORD))
        });
    place || object || owned
}

/// Who is quoted, when the participle at token `c` follows "quoted X as"
/// ("Kyodo quoted him as saying", "the paper quoted Baker as telling …").
pub(crate) fn quoted_as(tk: &Tokens, c: usize) -> Option<TokenRange> {
    if c < 3 || !tk.is_word(c - 1, "as") || !tk.str(c).ends_with("ing") {
        return None;
    }
    let q = (c.saturating_sub(10)..c - 1)
        .rev()
        .find(|&k| ["quoted", "quotes", "quoting"].iter().any(|w| tk.is_word(k, w)))?;
    // ("Sheikh Ali was quoted by the daily al-Qabas as saying": the
    // passive's subject, past whoever quoted him.)
    if q > 1 && ["was", "were", "is", "are", "been"].iter().any(|w| tk.is_word(q - 1, w)) {
        let s = sentence_start(tk, q - 1);
        return (q - 1 > s).then(|| phrase_before(tk, q - 2, s)).flatten();
    }
    // (Whom someone quotes in a dozen words at most.)
    if q + 14 < c {
        return None;
    }
    if q + 2 == c - 1 && ["him", "her", "them"].iter().any(|w| tk.is_word(q + 1, w)) {
        return Some((q + 1, q + 1));
    }
    let sp = phrase_after(tk, q + 1, c - 1)?;
    // (Past a few words, only the whole of them, or a name an apposition
    // follows: "quoted a spokesman of Australian stock broker Jacksons Ltd
    // as saying", "quoted Yang Jike, vice-governor of Anhui, as saying"; not
    // a part, "quoted Turkish Minister of Industry and Trade Cahit Aral",
    // "quoted a World Bank press release in Shanghai".)
    let whole = sp.1 + 2 == c || (tk.is(sp.1 + 1, ',') && tk.is(c - 2, ','));
    (q + 8 >= c || (sp.0 == q + 1 && whole)).then_some(sp)
}

/// Whether token `i` is `according` followed by `to`.
#[inline(always)]
pub(crate) fn according_to(tk: &Tokens, i: usize) -> bool {
    tk.is_word(i, "according")
        && i + 1 < tk.list.len()
        && tk.is_word(i + 1, "to")
        && !according_to_a_rule(tk, i + 2)
}

/// Whether the words from token `k` name a rule or a deal that something
/// is done by, no source: "according to the ministerial code", "according
/// to the terms of the agreement".
fn according_to_a_rule(tk: &Tokens, k: usize) -> bool {
    const RULES: [&str; 14] = [
        "code",
        "rules",
        "law",
        "laws",
        "terms",
        "agreement",
        "contract",
        "constitution",
        "regulations",
        "guidelines",
        "schedule",
        "plan",
        "treaty",
        "timetable",
    ];
    (k..(k + 4).min(tk.list.len()))
        .take_while(|&m| tk.list[m].word && !tk.is_word(m, "of"))
        .last()
        .is_some_and(|m| {
            let mut buf = [0u8; 32];
            RULES.contains(&tk.lower(m, &mut buf))
        })
}

/// Whether token `i` is a dash.
pub(crate) fn dash(tk: &Tokens, i: usize) -> bool {
    let t = &tk.list[i];
    !t.word && matches!(&tk.text[t.start..t.end], "—" | "–" | "―" | "-" | "--")
}

/// Whether token `i` can be part of a name ("Rutte", "NATO", "U.S.").
fn name_word(tk: &Tokens, i: usize) -> bool {
    if !name_cased(tk, i) {
        return false;
    }
    // (Nor is "I": "the editor I was talking to".)
    // (A modal's capital after a given name is a surname: "Theresa May".)
    if (tk.has(i, flag::FUNCTION_WORD) && !surname_may(tk, i)) || tk.str(i) == "I" {
        return false;
    }
    // A capitalised verb form inside a sentence is a name ("Hope Hicks").
    let sentence_initial = i == 0
        || tk.ends_sentence(i - 1)
        || tk.list[i - 1].quoted
        || tk.list[i - 1].paragraph != tk.list[i].paragraph;
    !(sentence_initial && tk.has(i, flag::CUE))
}

/// Whether token `i` is "May" as a surname, after a given name ("Theresa
/// May"), not the modal opening a sentence.
fn surname_may(tk: &Tokens, i: usize) -> bool {
    i > 0
        && tk.str(i) == "May"
        && tk.capitalized(i - 1)
        && super::given_names::gender_of(tk.str(i - 1)).is_some()
}

/// Whether token `i` can sit inside a speaker phrase, not at its head.
fn phrase_word(tk: &Tokens, i: usize) -> bool {
    if !tk.list[i].word {
        return false;
    }
    name_word(tk, i) || tk.has(i, flag::ROLE_NOUN | flag::TITLE_WORD)
}

/// Verbs that show the phrase before them to be a clause's subject ("the
/// problem was …", "Jane Doe is trailing").
const AUXILIARIES: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "should",
    "must", "did", "does", "may", "might",
];

/// Whether token `k` is one of [`AUXILIARIES`].
pub(crate) fn auxiliary_at(tk: &Tokens, k: usize) -> bool {
    k < tk.list.len() && tk.list[k].word && {
        let mut buf = [0u8; 32];
        AUXILIARIES.contains(&tk.lower(k, &mut buf))
    }
}

/// Whether the word at token `k` opens a clause of its own after a
/// reporting verb: "that" or a subject pronoun ("says he isn't …").
pub(crate) fn opens_own_clause(tk: &Tokens, k: usize) -> bool {
    tk.list.get(k).is_some_and(|t| t.word) && {
        let mut buf = [0u8; 32];
        matches!(tk.lower(k, &mut buf), "that" | "he" | "she" | "they" | "it" | "we" | "i")
    }
}

/// A pronoun at token `i`.
pub(crate) fn pronoun(tk: &Tokens, i: usize) -> Option<lexicon::Pronoun> {
    if !tk.list[i].word {
        return None;
    }
    let w = tk.str(i);
    // ("He’s comparing … and says …": "he is".)
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .filter(|stem| stem.eq_ignore_ascii_case("he") || stem.eq_ignore_ascii_case("she"))
        .unwrap_or(w);
    let w = contraction_stem(w).unwrap_or(w);
    let mut buf = [0u8; 32];
    lexicon::pronoun(lexicon::lower(w, &mut buf))
}

/// The pronoun of a pronoun with its verb: "we've asked Chipotle to cater",
/// "I'd argued", "they've said" ("we have", "I had"); the first person and
/// "they" only, as "you'd" and "he'll" open no one's words.
fn contraction_stem(w: &str) -> Option<&str> {
    // (Bytes first: every word of a speaker phrase asks; the stem is at most
    // "they", the rest at most "’ve".)
    if w.len() > 9 || !matches!(w.as_bytes().first().map(|b| b | 0x20), Some(b'i' | b'w' | b't')) {
        return None;
    }
    let at = w.find(['\'', '’'])?;
    (["i", "we", "they"].iter().any(|p| w[..at].eq_ignore_ascii_case(p))
        && ["ve", "d", "ll", "re", "m"].contains(&w[at..].trim_start_matches(['\'', '’'])))
    .then(|| &w[..at])
}

/// Days that may stand after "on" between a subject and its verb.
const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Whether a nickname in quote marks opens at token `k`, the mark before a
/// capitalised word and its closing mark, with a name's word after them:
/// `"Bud"` in `John "Bud" Frazier`. (The marks make no quotation there.)
pub(crate) fn nickname_at(tk: &Tokens, k: usize) -> bool {
    let mark = |m: usize| !tk.list[m].word && matches!(tk.str(m), "\"" | "“" | "”");
    k + 3 < tk.list.len()
        && mark(k)
        && !tk.list[k + 1].quoted
        && tk.capitalized(k + 1)
        && mark(k + 2)
        && name_word(tk, k + 3)
}

/// Where a share of the phrase at token `a` opens, before its "of": "Fifty
/// percent of", "Only 18% of", "About 40 pct of", "a majority of".
pub(crate) fn share_before(tk: &Tokens, a: usize, floor: usize) -> Option<usize> {
    const SHARES: [&str; 9] = [
        "percent",
        "pct",
        "half",
        "third",
        "thirds",
        "quarter",
        "majority",
        "minority",
        "plurality",
    ];
    const BEFORE: [&str; 14] = [
        "a", "about", "nearly", "almost", "only", "just", "roughly", "some", "over", "more",
        "less", "fewer", "than", "the",
    ];
    if a < floor + 2 || !tk.is_word(a - 1, "of") {
        return None;
    }
    let q = a - 2;
    let share = tk.is(q, '%') || SHARES.iter().any(|w| tk.is_word(q, w));
    if !share || tk.list[q].quoted {
        return None;
    }
    // (A share of people, not of a thing someone owns: "less than half of
    // Standard Oil Co", "60 percent of Mrs. Clinton's contributions".)
    let owned = (a..(a + 6).min(tk.list.len()))
        .take_while(|&k| tk.list[k].word)
        .any(|k| tk.possessive(k) || super::speakers::institution_word(tk.str(k)));
    if owned {
        return None;
    }
    // Back over the number and the words that say about how many.
    let number = |k: usize| {
        tk.list[k].word
            && (tk.bytes(k).iter().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-'))
                || super::tokens::NUMBER_WORDS.iter().any(|w| tk.str(k).eq_ignore_ascii_case(w))
                // (A prefix in any case, with no lowercase copy of the word.)
                || ["fifty", "forty", "thirty", "twenty", "sixty", "seventy", "eighty", "ninety"]
                    .iter()
                    .any(|w| {
                        tk.bytes(k).get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w.as_bytes()))
                    }))
    };
    let mut start = q;
    while start > floor && start + 4 > q {
        let p = start - 1;
        let word_before = tk.list[p].word && !tk.list[p].quoted && {
            let mut buf = [0u8; 32];
            BEFORE.contains(&tk.lower(p, &mut buf))
        };
        if number(p) || word_before || (tk.is(p, '-') && p > floor && number(p - 1)) {
            start = p;
        } else {
            break;
        }
    }
    // (A share with nothing before it is no share of anyone: "percent of
    // …" alone.)
    (start < q || (tk.is(q, '%') && start == q)).then_some(start)
}

/// Whether the weekday at token `k` opens a name after "the": "the Sunday
/// Times", "The Sunday Telegraph" are papers, not a day.
fn weekday_of_a_name(tk: &Tokens, k: usize) -> bool {
    k > 0
        && tk.capitalized(k)
        && tk.is_word(k - 1, "the")
        && tk.list.get(k + 1).is_some_and(|t| t.word && !t.quoted)
        && tk.capitalized(k + 1)
        && WEEKDAYS.iter().any(|d| tk.str(k) == *d)
}

/// Skips words that may stand between a subject and its verb ("has",
/// "also", "on Tuesday", "last week"), walking back from `end` (inclusive)
/// no further than `floor`.
pub(crate) fn skip_fillers_back(tk: &Tokens, mut end: usize, floor: usize) -> Option<usize> {
    let verb_at = end;
    loop {
        // ("an article published Friday found …": the participle too.)
        // ("issued a statement Tuesday saying …": after a noun too.)
        // (Capitalised first: a cheap test most tokens fail.)
        let weekday =
            end > floor + 1 && tk.capitalized(end) && WEEKDAYS.iter().any(|d| tk.str(end) == *d);
        let day = weekday
            && (tk.is_word(end - 1, "on")
                || (tk.str(end - 1).ends_with("ed") && !tk.capitalized(end - 1)));
        // ("A Mori poll this summer suggested …", "… last night said".)
        let span = end > floor + 1
            && ["last", "this", "earlier"].iter().any(|w| tk.is_word(end - 1, w))
            && super::reported::time_noun_at(tk, end);
        // ("The CBI's survey for March shows …", "figures published in
        // February showed …": when, no speaker; right before the verb only,
        // not "The major destinations in February were: …".)
        let for_a_month = end > floor + 1
            && end == verb_at
            && month(tk, end)
            && ["for", "in", "on", "of"].iter().any(|w| tk.is_word(end - 1, w));
        // ("Frank Naylor, chairman of the FCA, yesterday said": after an
        // apposition's comma.)
        let after_apposition = end > floor + 1
            && tk.is(end - 1, ',')
            && (weekday || WHEN_WORDS.iter().any(|w| tk.is_word(end, w)));
        if day || span || for_a_month {
            end -= 2;
            // ("… late last night said".)
            if span && end > floor && ["late", "early"].iter().any(|w| tk.is_word(end, w)) {
                end -= 1;
            }
        } else if after_apposition || (weekday && tk.list[end - 1].word && !tk.capitalized(end - 1))
        {
            end -= 1;
        } else if let Some(before) = connective_aside_before(tk, end, floor) {
            end = before;
        } else if let Some(n) = phrase_filler_at(tk, end, floor) {
            end -= n;
        } else if verb_filler(tk, end) && !surname_may(tk, end) {
            if end == floor {
                return None;
            }
            end -= 1;
        } else {
            return Some(end);
        }
    }
}

/// The number of words of the [`PHRASE_FILLERS`] phrase that ends at token
/// `end`, right after a word.
fn phrase_filler_at(tk: &Tokens, end: usize, floor: usize) -> Option<usize> {
    // (Every phrase ends in a lowercase word: most tokens are tested no
    // further.)
    if tk.capitalized(end) {
        return None;
    }
    PHRASE_FILLERS.iter().find_map(|f| {
        let n = f.len();
        // (Right after a word: "…, at one point calling …" is no subject's.)
        // (The last word first: most tokens end no filler.)
        (end > floor + n
            && f.last().is_some_and(|w| tk.is_word(end, w))
            && tk.list[end - n].word
            && words_at(tk, end + 1 - n, f))
        .then_some(n)
    })
}

/// Phrases that may stand between a subject and its verb with no commas
/// ("Trump at the time said", "Beck, who has in the past described …").
/// (And when: "The Bank this morning finally signalled …", "Baker and
/// other officials over the weekend pointed to …".)
const PHRASE_FILLERS: [&[&str]; 18] = [
    &["at", "the", "time"],
    &["this", "morning"],
    &["this", "afternoon"],
    &["this", "evening"],
    &["late", "last", "night"],
    &["last", "night"],
    &["over", "the", "weekend"],
    &["at", "the", "weekend"],
    &["over", "the", "past", "few", "days"],
    &["in", "the", "past"],
    &["at", "one", "point"],
    &["at", "first"],
    &["in", "the", "end"],
    &["in", "a", "statement"],
    &["in", "an", "interview"],
    &["in", "his", "speech"],
    &["in", "her", "speech"],
    &["in", "his", "announcement", "speech"],
];

/// Asides that may stand between commas after a subject ("Supporters of
/// abortion rights, on the other hand, argued …").
const CONNECTIVE_ASIDES: [&[&str]; 16] = [
    &["on", "the", "other", "hand"],
    &["however"],
    &["meanwhile"],
    &["for", "example"],
    &["for", "instance"],
    &["for", "his", "part"],
    &["for", "her", "part"],
    &["for", "its", "part"],
    &["for", "their", "part"],
    &["in", "turn"],
    &["in", "response"],
    &["in", "contrast"],
    &["by", "contrast"],
    &["though"],
    &["too"],
    &["in", "fact"],
];

/// When token `end` is the comma closing a connective aside
/// ([`CONNECTIVE_ASIDES`]) that opens with a comma after a word, the token
/// of that word.
pub(crate) fn connective_aside_before(tk: &Tokens, end: usize, floor: usize) -> Option<usize> {
    if !tk.is(end, ',') {
        return None;
    }
    CONNECTIVE_ASIDES.iter().find_map(|aside| {
        let open = end.checked_sub(aside.len() + 1)?;
        let fits = open > floor
            && tk.is(open, ',')
            && tk.list[open - 1].word
            && words_at(tk, open + 1, aside);
        fits.then(|| open - 1)
    })
}

/// When token `open` is a comma that opens a connective aside
/// ([`CONNECTIVE_ASIDES`]) closed by a comma, the token of that closing
/// comma: "A 29-year-old Berlin woman, meanwhile, received …".
pub(crate) fn connective_aside_after(tk: &Tokens, open: usize) -> Option<usize> {
    if !tk.is(open, ',') {
        return None;
    }
    CONNECTIVE_ASIDES.iter().find_map(|aside| {
        let close = open + aside.len() + 1;
        (words_at(tk, open + 1, aside) && tk.is(close, ',')).then_some(close)
    })
}

/// Whether the words from token `k` on are `words`.
pub(crate) fn words_at(tk: &Tokens, k: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(i, w)| tk.is_word(k + i, w))
}

/// Whether token `k` may stand between a subject and its verb: an
/// auxiliary or adverb of [`flag::VERB_FILLER`] ("has", "also"), an adverb
/// in "-ly", or a negated "do".
pub(crate) fn verb_filler(tk: &Tokens, k: usize) -> bool {
    tk.has(k, flag::VERB_FILLER) || manner_adverb(tk, k) || negation(tk, k)
}

/// Whether token `k` is a negated "do" or "have" ("don't", "didn’t",
/// "hasn't"): "I don't think …" is I's, "Sanders hasn't said whether …"
/// Sanders's. (Not a modal: in "you can't yell “fire”" the quotation is
/// whoever says so's.)
pub(crate) fn negation(tk: &Tokens, k: usize) -> bool {
    let b = tk.bytes(k);
    let stem = b.strip_suffix(b"n't").or_else(|| b.strip_suffix("n\u{2019}t".as_bytes()));
    tk.list[k].word
        && stem.is_some_and(|s| {
            [&b"do"[..], b"does", b"did", b"has", b"have", b"had"]
                .iter()
                .any(|d| s.eq_ignore_ascii_case(d))
        })
}

/// Whether a past verb or a reporting verb follows the subject ending at
/// token `e` ("union leaders voted", "Trump called").
pub(crate) fn verb_after(tk: &Tokens, e: usize) -> bool {
    tk.bytes(e + 1).ends_with(b"ed") || tk.has(e + 1, flag::CUE)
}

/// The first token from `k` on, within three, that is no auxiliary or
/// adverb a verb may follow ("have said", "also told"): where a verb after
/// a subject would stand.
pub(crate) fn verb_after_fillers(tk: &Tokens, k: usize) -> Option<usize> {
    (k..(k + 3).min(tk.list.len())).find(|&m| !tk.has(m, flag::VERB_FILLER))
}

/// Whether token `k` is a word ending in "-ly" ("previously", "widely").
pub(crate) fn ends_in_ly(tk: &Tokens, k: usize) -> bool {
    tk.list[k].word && tk.bytes(k).ends_with(b"ly")
}

/// Whether token `k` is a capitalised adverb in "-ly" by its ending
/// ("Finally", "Privately", "Apparently", "Reportedly"), which opens a
/// sentence or stands in a headline's capitals and is no word of a name
/// ("Emily", "Kelly", "Daily" are not such endings).
pub(crate) fn capitalised_adverb(tk: &Tokens, k: usize) -> bool {
    const BEFORE_LY: [&[u8]; 10] =
        [b"al", b"ed", b"nt", b"te", b"ve", b"us", b"st", b"ck", b"et", b"ht"];
    let w = tk.bytes(k);
    w.len() >= 7
        && w.ends_with(b"ly")
        && tk.capitalized(k)
        && BEFORE_LY.iter().any(|e| w[..w.len() - 2].ends_with(e))
}

/// Nouns ending in "-ly" that may head a speaker phrase.
const LY_NOUNS: [&str; 10] = [
    "family",
    "rally",
    "ally",
    "assembly",
    "supply",
    "bully",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
];

/// Whether token `k` is an adverb in "-ly" between a subject and its verb
/// ("Gorka similarly warned", "Trump bluntly said"): lowercase, and no
/// noun after a determiner ("the family said").
pub(crate) fn manner_adverb(tk: &Tokens, k: usize) -> bool {
    let t = &tk.list[k];
    t.end - t.start > 4
        && ends_in_ly(tk, k)
        && !tk.capitalized(k)
        && !LY_NOUNS.iter().any(|w| tk.is_word(k, w))
        && !(k > 0 && tk.has(k - 1, flag::DETERMINER))
}

/// A firm's unit after the name the newswire marks as its owner's, up to
/// token `end`: "<Grand Metropolitan PLC>'s Heublein Inc subsidiary said"
/// is Heublein Inc subsidiary's, a name and what it is. (The apostrophe
/// after the mark splits "'s" off, so the plain possessive reads none.)
fn owned_by_marked_name(tk: &Tokens, end: usize, floor: usize) -> Option<TokenRange> {
    if !tk.list.get(end).is_some_and(|t| t.word && !t.quoted) || tk.capitalized(end) {
        return None;
    }
    // (Back over plain words to the "s" the mark's apostrophe splits off.)
    let s = (end.saturating_sub(6).max(floor + 2)..end)
        .rev()
        .take_while(|&k| tk.list[k + 1].word && !tk.list[k + 1].quoted)
        .find(|&k| {
            tk.is_word(k, "s") && (tk.is(k - 1, '\'') || tk.is(k - 1, '’')) && tk.is(k - 2, '>')
        })?;
    let first = s + 1;
    (first < end
        && tk.capitalized(first)
        && !(first..=end).any(|m| tk.has(m, flag::FUNCTION_WORD | flag::DETERMINER)))
    .then_some((first, end))
}

/// The speaker phrase ending at token `end`, walking back no further than
/// `floor`: a pronoun, a name with its titles, or a determiner phrase ("the
/// former minister"). An apposition before the verb ("Jane Doe, the former
/// minister, said") yields the name before it.
pub(crate) fn phrase_before(tk: &Tokens, end: usize, floor: usize) -> Option<TokenRange> {
    if let Some(owned) = owned_by_marked_name(tk, end, floor) {
        return Some(owned);
    }
    let (a, b) = bare_phrase_before(tk, end, floor)?;
    // ("Addressing claims that …": a gerund that opens the sentence names
    // no one.)
    if a == b && gerund_opening(tk, a) {
        return None;
    }
    // ("Privately, ministers …", "Personally I …", "Eventually ATT …": a
    // capitalised adverb opens the sentence, not the phrase.)
    let a = if capitalised_adverb(tk, a) {
        if a == b {
            return None;
        }
        a + 1
    } else {
        a
    };
    // ("Nicky Driscoll, 24, from Manchester, who said …": where the person
    // is from, set off after the name and an age, is no speaker.)
    if a == b
        && a >= floor + 3
        && tk.capitalized(a)
        && tk.is_word(a - 1, "from")
        && tk.is(a - 2, ',')
    {
        let mut e = a - 3;
        if e >= floor + 2 && tk.bytes(e).iter().all(u8::is_ascii_digit) && tk.is(e - 1, ',') {
            e -= 2;
        }
        if let Some(person) =
            phrase_before(tk, e, floor).filter(|&(_, pb)| pb == e && tk.capitalized(pb))
        {
            return Some(person);
        }
    }
    // ("a Hitachi Ltd <HIT.T> spokesman said", "ANZ Banking Group Ltd
    // <ANZA.S> senior economist Ian Little said": a role after a firm's
    // ticker is the firm's, the phrase running back over the ticker.)
    if a >= floor + 4
        && tk.list[a].word
        && !tk.capitalized(a)
        && !tk.has(a, flag::DETERMINER)
        && tk.is(a - 1, '>')
        && !tk.list[a - 1].quoted
        && let Some((open, true)) = angle_marks(tk, a - 1, floor)
        && open > floor
        && tk.capitalized(open - 1)
        && let Some((start, _)) = phrase_before(tk, open - 1, floor)
    {
        return Some((start, b));
    }
    // ("<Qintex Ltd> of Brisbane said": where the marked name is from.)
    if a >= floor + 3 && tk.is_word(a - 1, "of") && tk.is(a - 2, '>') && !tk.list[a - 2].quoted {
        return phrase_before(tk, a - 2, floor);
    }
    // "Fifty percent of Europeans said", "Only 18% of all searchers said":
    // the share that spoke, not all of them.
    if let Some(share) = share_before(tk, a, floor) {
        return Some((share, b));
    }
    if let Some(start) = trade_joined_before(tk, a, b, floor) {
        return Some((start, b));
    }
    // ("international oil traders and analysts said", "bankers and
    // economists said": two groups of people joined speak together.)
    let people = |k: usize| {
        group_noun(tk, k)
            && !tk.capitalized(k)
            && !tk.has(k, flag::DETERMINER | flag::FUNCTION_WORD)
            // (People, not texts: not "media reports and party sources".)
            && !super::speakers::source_noun(tk.str(k))
            && !tk.is_word(k, "reports")
    };
    if a >= floor + 2
        && tk.is_word(a - 1, "and")
        && people(b)
        && people(a - 2)
        && let Some((start, _)) = bare_phrase_before(tk, a - 2, floor).filter(|&(_, e)| e == a - 2)
    {
        // (With the words that say which: "business leaders", "market
        // sources".)
        let mut start = start;
        while start > floor
            && a - 2 - start < 2
            && plain_modifier(tk, start - 1)
            && !ends_in_ly(tk, start - 1)
        {
            start -= 1;
        }
        return Some((start, b));
    }
    let joined = (a == b).then(|| joined_in_a_body(tk, a, floor)).flatten();
    Some((joined.unwrap_or(firm_before_suffix(tk, a, b, floor)), b))
}

/// The newswire's angle marks closing at token `close`: where they open
/// (within ten tokens, not before `floor`), and whether they hold a firm's
/// ticker ("<HFAG.F>": a word or two, none in lower case) rather than a
/// name ("<Melamine Chemicals Inc>").
fn angle_marks(tk: &Tokens, close: usize, floor: usize) -> Option<(usize, bool)> {
    let open = (close.saturating_sub(10).max(floor)..close).rev().find(|&k| tk.is(k, '<'))?;
    let inside = (open + 1..close).filter(|&k| tk.list[k].word).count();
    let ticker = inside <= 2
        && (open + 1..close)
            .all(|k| !tk.list[k].word || tk.bytes(k).iter().all(|b| !b.is_ascii_lowercase()));
    Some((open, ticker))
}

/// Whether token `k` is a plain lowercase word that may describe a noun
/// after it ("oil" in "oil and gas company", "business" in "business
/// leaders"): no function word, cue, determiner or past in "-ed".
fn plain_modifier(tk: &Tokens, k: usize) -> bool {
    tk.list[k].word
        && !tk.list[k].quoted
        && !tk.capitalized(k)
        && !tk.has(k, flag::FUNCTION_WORD | flag::CUE | flag::DETERMINER)
        && !tk.bytes(k).ends_with(b"ed")
}

/// Where a business or a group opens whose noun, the phrase `a..=b`, comes
/// after what it does joined by "and", after its determiner: "The oil and
/// gas company", "the news and financial data seller", "a food and drinks
/// group", "The Anglo-Dutch oil and gas company".
fn trade_joined_before(tk: &Tokens, a: usize, b: usize, floor: usize) -> Option<usize> {
    // (The "and" first: this is asked of every phrase read back.)
    if a < floor + 2 {
        return None;
    }
    let and = (a.saturating_sub(3).max(floor + 2)..a).rev().find(|&k| tk.is_word(k, "and"))?;
    // (Not set off by a comma, as an apposition to a name is: "the port and
    // transport union, FNV, attacked …" is the union's name's.)
    let body = || tk.has(b, flag::FIRM_NOUN) || super::speakers::institution_word(tk.str(b));
    if tk.capitalized(b) || tk.is(b + 1, ',') || !body() {
        return None;
    }
    // (A word of what it does after "and" too: not two things joined, "the
    // meeting and officials", "a consolidated basis and Bundesbank
    // officials".)
    if !(and + 1 < b && (and + 1..b).all(|k| plain_modifier(tk, k)) && plain_modifier(tk, and - 1))
    {
        return None;
    }
    // (Its determiner, perhaps with a word of where it is from between:
    // "The Anglo-Dutch oil and gas company".)
    let det = |k: usize| ["the", "a", "an", "its", "their"].iter().any(|w| tk.is_word(k, w));
    if det(and - 2) {
        Some(and - 2)
    } else {
        (and >= floor + 3
            && det(and - 3)
            && tk.list[and - 2].word
            && !tk.has(and - 2, flag::FUNCTION_WORD | flag::CUE))
        .then(|| and - 3)
    }
}

/// Where the name of a body opens whose last word is the phrase at `a`,
/// after an "and" inside its matter: "Trade and Industry" of "the
/// Ministry of International Trade and Industry", "the Secretary of State
/// for Trade and Industry".
fn joined_in_a_body(tk: &Tokens, a: usize, floor: usize) -> Option<usize> {
    if !(a >= floor + 3 && tk.is_word(a - 1, "and") && tk.capitalized(a - 2) && tk.capitalized(a)) {
        return None;
    }
    let (start, _) = bare_phrase_before(tk, a - 2, floor)?;
    // (Its matter after an institution's or an office's word and "of" or
    // "for", with no one named in it: not "Secretary of State George
    // Shultz and Caspar Weinberger".)
    let link = (start + 1..a - 2).rev().find(|&k| tk.is_word(k, "of") || tk.is_word(k, "for"))?;
    let body = super::speakers::institution_word(tk.str(link - 1))
        || super::speakers::office_of(tk.str(link - 1));
    let no_one = (link + 1..=a).all(|k| {
        tk.list[k].word
            && super::given_names::gender_of(tk.str(k)).is_none()
            && !tk.has(k, flag::TITLE_WORD)
    });
    (body && no_one && a - link <= 5).then_some(start)
}

/// Where a company's name opens whose suffix alone was read as the phrase
/// `a`..=`b`, back over the words a name run leaves out at the sentence's
/// start: "K mart Corp", "Reading Co", "Spectrum 2000 Inc" (a lowercase
/// word, a word that may report, a number); `a` when the phrase is more.
fn firm_before_suffix(tk: &Tokens, a: usize, b: usize, floor: usize) -> usize {
    if a != b || !firm_suffix(tk.str(a).trim_end_matches('.')) {
        return a;
    }
    let start = sentence_start(tk, a).max(floor);
    let words = |k: usize| {
        let t = &tk.list[k];
        t.word
            && !t.quoted
            && (tk.capitalized(k) || !tk.has(k, flag::FUNCTION_WORD | flag::DETERMINER))
    };
    if start < a && a - start <= 4 && (start..a).all(words) { start } else { a }
}

/// Whether the words from token `a` to `b` are a name after a few
/// lowercase words that say what it is, the last of them a role or a
/// firm's word: "marketing company Doubleclick", "shop owner Hayriye
/// Evren", "steel giant LNM", perhaps after a party's or a country's
/// adjective: "Conservative policy co-ordinator David Cameron".
fn described_name(tk: &Tokens, a: usize, b: usize) -> bool {
    let Some(name) = (a..=b).find(|&k| tk.capitalized(k)) else { return false };
    let plain = name > a
        && name - a <= 3
        && (a..name).all(|k| tk.list[k].word && !tk.has(k, flag::FUNCTION_WORD | flag::DETERMINER))
        && tk.has(name - 1, flag::ROLE_NOUN | flag::FIRM_NOUN)
        && (name..=b).all(|k| tk.capitalized(k));
    plain || {
        let name = (a..=b).rev().take_while(|&k| tk.capitalized(k)).last().unwrap_or(b);
        name > a + 1
            && name - a <= 4
            && tk.capitalized(a)
            && (a..name)
                .all(|k| tk.list[k].word && !tk.has(k, flag::FUNCTION_WORD | flag::DETERMINER))
            && (a + 1..name).all(|k| !tk.capitalized(k))
            && tk.has(name - 1, flag::ROLE_NOUN | flag::TITLE_WORD)
    }
}

/// [`phrase_before`] as its rules read it, before a body's matter or the
/// words of a firm's name that they leave out are joined to it.
fn bare_phrase_before(tk: &Tokens, end: usize, floor: usize) -> Option<TokenRange> {
    // (Nothing before the floor: a comma that opens a paragraph, ",  he
    // said", asks for the phrase before it.)
    if end < floor {
        return None;
    }
    let end = skip_fillers_back(tk, end, floor)?;
    // "a source close to the industry", "people close to the talks": the
    // source, with whom it is close to. (So "people familiar with the
    // matter", "officials with direct knowledge of the talks", "a person
    // briefed on the plan".)
    if let Some(close) = (end.saturating_sub(8).max(floor + 1)..end).rev().find_map(|k| {
        let pair = |a: &str, b: &str| tk.is_word(k, a) && tk.is_word(k + 1, b);
        if (pair("close", "to") && end - k <= 5) || pair("familiar", "with") || pair("briefed", "on") {
            Some(k)
        } else if pair("knowledge", "of") {
            (k.saturating_sub(3).max(floor + 1)..k).find(|&w| tk.is_word(w, "with"))
        } else {
            None
        }
    }) && (close + 2..=end).all(|k| {
        tk.list[k].word
            && !tk.list[k].quoted
            && (!tk.has(k, flag::FUNCTION_WORD) || tk.is_word(k, "of"))
    })
        // (Not "people familiar with her thinking say": a noun ends it.)
        && pronoun(tk, end).is_none()
        && !tk.has(end, flag::DETERMINER)
        && let Some((start, _)) = strict_back(tk, close - 1, floor)
    {
        return Some((start, end));
    }
    // "Harry M. Reid (D-Nev.) said": the name before a short parenthesis.
    if tk.is(end, ')') && !tk.list[end].quoted {
        let open = (end.saturating_sub(24).max(floor)..end).rev().find(|&k| tk.is(k, '('))?;
        if open <= floor {
            return None;
        }
        // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been
        // mistaken for a junior staffer) says": a longer aside is no part of
        // the name.)
        // (Nor one after a name in angle brackets: "<Australian Gas Light
        // Co> (AGL)".)
        let short = end - open <= 8 && !tk.is(open - 1, '>');
        return phrase_before(tk, open - 1, floor)
            .map(|(start, e)| (start, if short { end } else { e }));
    }
    // Newswire markup in angle brackets: a ticker after a name ("Hoechst AG
    // <HFAG.F> said") is no part of it; a name inside them ("<Melamine
    // Chemicals Inc> said") is the name.
    if tk.is(end, '>') && !tk.list[end].quoted {
        let (open, ticker) = angle_marks(tk, end, floor)?;
        if ticker {
            return if open <= floor { None } else { phrase_before(tk, open - 1, floor) };
        }
        let inner = phrase_before(tk, end - 1, open + 1)?;
        // ("Stuart McKibbin of <A.C. Goode and Co> said", "a fund manager
        // at <Yasuda Trust and Banking Co Ltd> said": whoever is of the
        // marked name, as without the marks.)
        // (Not a share or a unit of it: "about 42 pct of the outstanding
        // stock of <The First Women's Bank>", "a unit of <Hoechst AG>".)
        if inner.0 == open + 1
            && open >= floor + 2
            && (tk.is_word(open - 1, "of") || tk.is_word(open - 1, "at"))
            && let Some((start, _)) = phrase_before(tk, open - 2, floor)
            && (tk.is_word(open - 1, "at") || tk.capitalized(start))
        {
            return Some((start, end));
        }
        return Some(inner);
    }
    // "Jason Sims — a teacher from Mount Pleasant — says": the name before
    // an aside between dashes.
    // ("-- who has been … --": a dash of two hyphens too.)
    if dash(tk, end) && !tk.list[end].quoted {
        let mark = tk.str(end);
        let first_of = |mut k: usize| {
            while k > floor && tk.str(k - 1) == mark {
                k -= 1;
            }
            k
        };
        let close = first_of(end);
        let open =
            (close.saturating_sub(20).max(floor)..close).rev().find(|&k| tk.str(k) == mark)?;
        let open = first_of(open);
        if open > floor {
            return phrase_before(tk, open - 1, floor);
        }
        return None;
    }
    if tk.is(end, ',') && end > floor {
        return before_appositions(tk, end, floor);
    }
    // "…, who said": the speaker is whom the relative clause is about
    // ("the Office of Fair Trading, which concluded that …" too).
    if tk.is_word(end, "who") && end > floor + 1 && (tk.is(end - 1, ',') || dash(tk, end - 1)) {
        return phrase_before(tk, end - 2, floor);
    }
    // (For "which", only a whole name: not the tail of "the Organisation
    // for Economic Co-operation and Development, which argued …", nor a
    // month.)
    if tk.is_word(end, "which") && end > floor + 1 && tk.is(end - 1, ',') {
        let (a, b) = phrase_before(tk, end - 2, floor)?;
        let cut = a == b
            && (MONTHS.iter().any(|m| tk.str(a) == *m)
                || (a > floor
                    && tk.list[a - 1].word
                    && tk.has(a - 1, flag::FUNCTION_WORD | flag::DETERMINER)));
        return (!cut).then_some((a, b));
    }
    // "… birther who has repeatedly pledged": likewise without a comma.
    if tk.is_word(end, "who") && end > floor && tk.list[end - 1].word {
        // ("Donald Trump is a serial liar, … and birther who has repeatedly
        // pledged …": what the subject is called, so the subject.)
        // (After a colon: "Editor's note: Donald Trump …"; not a cleft's
        // "it": "It was the IOC who demanded …" is the IOC.)
        if let Some(copula) = predicate_noun_before(tk, end, floor)
            && let from = (floor..copula).rev().find(|&k| tk.is(k, ':')).map_or(floor, |k| k + 1)
            && let Some(subject) = sentence_subject(tk, from, copula)
            && !["it", "this", "that", "there"].iter().any(|w| tk.is_word(subject.0, w))
        {
            return Some(subject);
        }
        // ("powerful teachers unions who said …": the words back to a
        // function word, when they make no name or role.)
        return phrase_before(tk, end - 1, floor).or_else(|| {
            let start = (end.saturating_sub(4).max(floor)..end)
                .rev()
                .take_while(|&k| {
                    tk.list[k].word && !tk.list[k].quoted && !tk.has(k, flag::FUNCTION_WORD)
                })
                .last()?;
            Some((start, end - 1))
        });
    }
    if pronoun(tk, end).is_some() {
        return Some((end, end));
    }
    if !tk.list[end].word || tk.list[end].quoted {
        return None;
    }
    // ("…," one said.": one of those who spoke, on its own after a
    // quotation or a comma; "…," another said.", another of them.)
    // (The word last: this is asked of every phrase.)
    if (end == floor || !tk.list[end - 1].word)
        && one_or_another(tk, end)
        && cue_at(tk, end + 1).is_some()
    {
        return Some((end, end));
    }
    let strict = strict_back(tk, end, floor);
    // A determiner a few words back makes a phrase of ordinary nouns: "a
    // campaign operative", "another source". (Further back only over
    // capitals: "The state-run North Korean Central News Agency".)
    let mut k = end;
    let mut steps = 0;
    let by_determiner = loop {
        let t = &tk.list[k];
        if !t.word || t.quoted || steps > 7 || (steps > 5 && !tk.capitalized(k)) {
            break None;
        }
        if tk.has(k, flag::DETERMINER) && k < end {
            // ("Earlier this week Grammy producers announced": when.)
            let when = super::reported::time_opening(tk, k).filter(|&w| w < end);
            // (A number after its article: "the three bloggers".)
            let k = if k > floor
                && tk.list[k - 1].word
                && tk.has(k - 1, flag::DETERMINER)
                && !tk.has(k, flag::CAPITALIZED)
                && NUMBER_DETERMINERS.iter().any(|w| tk.is_word(k, w))
            {
                k - 1
            } else {
                k
            };
            break Some((when.map_or(k, |w| w + 1), end));
        }
        // The head itself may look like a verb ("the congressional report").
        let blocks = if k == end {
            flag::FUNCTION_WORD | flag::VERB_FILLER
        } else {
            flag::FUNCTION_WORD | flag::VERB_FILLER | flag::CUE
        };
        // (Nor a past tense after a name: "The U.S. Senate Finance
        // Committee approved nonbinding resolutions urging …".)
        let past_after_name = k < end
            && k > floor
            && !tk.capitalized(k)
            && tk.bytes(k).ends_with(b"ed")
            && tk.capitalized(k - 1)
            && !tk.has(k - 1, flag::DETERMINER);
        if tk.has(k, blocks) || past_after_name {
            break None;
        }
        if k == floor {
            break None;
        }
        k -= 1;
        steps += 1;
    };
    // "one source at the meeting", "an official at the bank": a role noun
    // and its link before the determiner ("a spokesman for the big
    // company", "the chief executive of a car maker": or a title).
    let by_determiner = by_determiner.map(|(k, e)| {
        // (Not a time: "marketing head at the time peace groups say".)
        // (Or a text and where it was put: "a statement on her website".)
        let linked = k > floor + 1
            && tk.list[k - 2].word
            && ((["of", "at", "for", "in", "with"].iter().any(|w| tk.is_word(k - 1, w))
                && tk.has(k - 2, flag::ROLE_NOUN | flag::TITLE_WORD))
                || (tk.is_word(k - 1, "on") && super::attribution::text_noun(tk, k - 2)))
            && !(tk.is_word(k + 1, "time") || super::reported::time_noun_at(tk, k + 1));
        match linked.then(|| phrase_before(tk, k - 2, floor)).flatten() {
            Some((a, _)) => (a, e),
            None => (k, e),
        }
    });
    let found = match (strict, by_determiner) {
        (Some(s), Some(d)) => Some(if d.0 < s.0 { d } else { s }),
        (s, d) => s.or(d),
    };
    // "Analysts who know GAF predict …", "Some voters who have listened to
    // his speeches said", "Traders dealing in the stock said": whom a
    // relative clause or a participle is about, not the last name inside
    // it.
    if let Some((a, e)) = found
        && tk.list.get(e + 1).is_some_and(|t| t.word)
        && let Some(subject) = subject_before_modifier(tk, a, floor)
    {
        return Some(subject);
    }
    if let Some(found) = found
        && let Some(head) = who_before_where(tk, found, floor)
    {
        return Some(head);
    }
    if let Some(found) = found
        && let Some(person) = person_at_body(tk, found, floor)
    {
        return Some(person);
    }
    // "Howard Archer, economist at Global Insight said …", "Marc Ostwald,
    // a strategist at Monument Securities told …": the same, with the
    // person's role before where they work.
    if let Some(found) = found
        && let Some(person) = person_before_role(tk, found, floor)
    {
        return Some(person);
    }
    // "Share analysts and commentators say …", "Bankers and traders said
    // …": two groups in one subject, which opens its sentence.
    if let Some((a, e)) = found
        && a > floor + 1
        && tk.is_word(a - 1, "and")
        && group_noun(tk, e)
        && group_noun(tk, a - 2)
        && let Some((first, _)) = phrase_before(tk, a - 2, floor)
        && (first == floor || !tk.list[first - 1].word)
    {
        return Some((first, e));
    }
    // "Aung San Suu Kyi's political allies said": an owner by name, then
    // what they are to the owner (a word or two before the noun). (Not an
    // institution a country owns, which has a name of its own the text
    // gives: "France's major farm union FNSEA".)
    if let Some((a, e)) = found
        && a == e
        && a > floor + 2
        && !tk.capitalized(a)
        && !super::speakers::institution_noun(tk.str(a))
        && !["party", "organisation", "organization", "company", "firm", "group"]
            .iter()
            .any(|w| tk.is_word(a, w))
    {
        let mut k = a - 1;
        while k > floor
            && a - k <= 2
            && tk.list[k].word
            && !tk.list[k].quoted
            && !tk.capitalized(k)
            && !tk.possessive(k)
            && !tk.has(k, flag::FUNCTION_WORD | flag::CUE | flag::DETERMINER | flag::VERB_FILLER)
        {
            k -= 1;
        }
        if k < a - 1
            && tk.capitalized(k)
            && tk.possessive(k)
            && let Some((owner, _)) = phrase_before(tk, k, floor)
        {
            return Some((owner, e));
        }
    }
    // "Duff and Phelps said …", "CTS and DCA said …": names joined by "and"
    // that open their clause are one speaker, a firm so named or all of
    // them, not the last.
    if let Some((a, e)) = found
        && let Some(first) = joined_names(tk, (a, e), floor)
    {
        return Some((first, e));
    }
    // "Conable in a television interview said …": where it was said, after
    // the speaker.
    if let Some((a, e)) = found
        && a > floor + 1
        && ["in", "during", "at"].iter().any(|w| tk.is_word(a - 1, w))
        && OCCASIONS.iter().any(|w| tk.is_word(e, w))
        && let Some(speaker) = phrase_before(tk, a - 2, floor)
    {
        return Some(speaker);
    }
    // "Michigan General in March had said", "Bouygues in February said": a
    // date after its link is no speaker, the name before it is.
    if let Some((a, e)) = found
        && a == e
        && a > floor + 1
        && plain_date(tk, a)
        && ["in", "for", "on", "during", "since"].iter().any(|w| tk.is_word(a - 1, w))
        && tk.capitalized(a - 2)
        && let Some(name) = phrase_before(tk, a - 2, floor)
    {
        return Some(name);
    }
    found
}

/// The person named before where they are from, which ends in the phrase
/// `(a, e)` before a cue: "Mark Serwotka, from the Public and Commercial
/// Services union said …", whose closing comma the writer left out. The
/// words between may say what the body is ("Philip Augar of stockbrokers
/// Wood Mackenzie", "Erel Avineri, of the Centre for Transport and Society
/// at the University of the West of England in Bristol"); with no comma
/// after the name, only a name whose given name is known is a person
/// (not "Bank of England").
fn person_at_body(tk: &Tokens, (a, _): TokenRange, floor: usize) -> Option<TokenRange> {
    // (A word of the body's name or of what it is: capitals, its links, or
    // plain lowercase words, "the research department of".)
    let body_word = |m: usize| {
        tk.is(m, '&')
            || (tk.list[m].word
                && !tk.list[m].quoted
                && (tk.capitalized(m)
                    || ["the", "and", "of", "at", "for", "in", "a"]
                        .iter()
                        .any(|w| tk.is_word(m, w))
                    || !(tk.has(m, flag::FUNCTION_WORD | flag::CUE | flag::VERB_FILLER)
                        || auxiliary_at(tk, m)
                        || tk.bytes(m).ends_with(b"ing"))))
    };
    let mut k = a;
    while k > floor + 1 && a - k < 16 {
        k -= 1;
        if !["from", "of", "at"].iter().any(|w| tk.is_word(k, w)) {
            if body_word(k) {
                continue;
            }
            return None;
        }
        let comma = tk.is(k - 1, ',');
        let Some(end) = k.checked_sub(1 + usize::from(comma)).filter(|&e| e >= floor) else {
            continue;
        };
        if !tk.list[end].word || !tk.capitalized(end) {
            continue;
        }
        let Some((p, q)) = phrase_before(tk, end, floor) else { continue };
        // (Two names at least, opening the clause or after a quotation.)
        // (Its role may come first: "New York analyst William Raferty".)
        let name = (p..=q).rev().take_while(|&m| tk.list[m].word && tk.capitalized(m)).last();
        let named = q == end && name.is_some_and(|n| n < q) && (p == floor || !tk.list[p - 1].word);
        // (Without the comma, only a name whose given name is known.)
        if named && (comma || (p..q).any(|m| super::given_names::gender_of(tk.str(m)).is_some())) {
            return Some((p, q));
        }
    }
    None
}

/// The name that opens its clause before a comma, a role and where the
/// role is held, which end in the phrase `(a, e)` before a cue: "Howard
/// Archer, economist at Global Insight" is Howard Archer, whose closing
/// comma the writer left out.
fn person_before_role(tk: &Tokens, (a, e): TokenRange, floor: usize) -> Option<TokenRange> {
    let comma = (a.saturating_sub(8).max(floor + 2)..a).rev().find(|&k| tk.is(k, ','))?;
    let link = (comma + 1..e)
        .find(|&k| ["at", "with", "of", "for", "from"].iter().any(|w| tk.is_word(k, w)))?;
    // The role: an article, then lowercase words with a role's among them.
    let first =
        comma + 1 + usize::from(["a", "an", "the"].iter().any(|w| tk.is_word(comma + 1, w)));
    let role = first..link;
    let role_words = !role.is_empty()
        && role.clone().all(|k| {
            tk.list[k].word
                && !tk.list[k].quoted
                && !tk.capitalized(k)
                && !tk
                    .has(k, flag::FUNCTION_WORD | flag::CUE | flag::VERB_FILLER | flag::DETERMINER)
        })
        && role.clone().any(|k| tk.has(k, flag::TITLE_WORD | flag::ROLE_NOUN));
    // Where: a name ("the Austin-based Texas Research League"), or what
    // it is before its name ("Aids charity the Terrence Higgins Trust"),
    // after the role's field ("head of policy at …").
    let workplace = (link + 1..=e).all(|k| {
        tk.list[k].word
            && !tk.list[k].quoted
            && (tk.capitalized(k)
                || ["the", "and", "of", "at", "for"].iter().any(|w| tk.is_word(k, w))
                || tk.is(k, '&')
                || !tk.has(k, flag::FUNCTION_WORD | flag::CUE | flag::VERB_FILLER))
    }) && (tk.capitalized(e)
        // (Or the firm the article is about: "Christoph Caselitz, president
        // of the mobile networks division at the firm says …".)
        || (e > link + 1
            && tk.is_word(e - 1, "the")
            && ["firm", "company", "bank", "group"].iter().any(|w| tk.is_word(e, w))));
    if !role_words || !workplace {
        return None;
    }
    let (p, q) = phrase_before(tk, comma - 1, floor)?;
    (q + 1 == comma
        && q > p
        && (p..=q).all(|m| tk.list[m].word && tk.capitalized(m))
        // (Opening its sentence or after a quotation: not an apposition
        // itself, "the producer, Norddeutsche Affinerie AG, a spokesman for
        // …".)
        && (p == floor
            || !(tk.list[p - 1].word || tk.is(p - 1, ','))
            // (Or after a connective that opens a clause: "…, but
            // Christoph Caselitz, president …".)
            || (["but", "and", "yet"].iter().any(|w| tk.is_word(p - 1, w))
                && (p - 1 == floor || !tk.list[p - 2].word))))
        .then_some((p, q))
}

/// The first token of the names joined by "and" before the name `(a, e)`
/// ("Duff and Phelps", "Britain, France and Canada"), when they open their
/// clause: not "He met Smith and Jones said …".
fn joined_names(tk: &Tokens, (a, e): TokenRange, floor: usize) -> Option<usize> {
    let name_word = |k: usize| {
        tk.list[k].word
            && !tk.list[k].quoted
            && tk.capitalized(k)
            && !tk.has(k, flag::FUNCTION_WORD | flag::DETERMINER | flag::CUE)
            && !day_or_month(tk, k)
            && pronoun(tk, k).is_none()
    };
    if a < floor + 2 || !(tk.is_word(a - 1, "and") || tk.is(a - 1, '&')) {
        return None;
    }
    // (Not a person the names own: "But Phillips and Drew's Reid said".)
    if (a..e).any(|k| tk.possessive(k)) {
        return None;
    }
    let same_paragraph = |k: usize| tk.list[k].paragraph == tk.list[a].paragraph;
    // "Ward and other digital security experts said", "Yukos and its main
    // shareholders said": a name and others with it, all of them. (Not
    // someone named after them: "Salah Abu-Laban and his wife Sahar
    // Quaider, son Ghassan …".)
    let others = tk.is_word(a - 1, "and")
        && ["other", "its", "his", "her", "their"].iter().any(|w| tk.is_word(a, w))
        && !tk.capitalized(e)
        && name_word(a - 2)
        && same_paragraph(a - 2);
    // (Not a company's letters: "S and P" is Standard and Poor's.)
    if !others
        && (!(a..=e).all(name_word) || !name_word(a - 2) || (a == e && tk.bytes(a).len() == 1))
    {
        return None;
    }
    // Back over one name's words from `k` ("Cable & Wireless" is one).
    let name_start = |mut k: usize| {
        while k > floor && same_paragraph(k - 1) {
            if name_word(k - 1) {
                k -= 1;
            } else if k > floor + 1 && tk.is(k - 1, '&') && name_word(k - 2) {
                k -= 2;
            } else {
                break;
            }
        }
        k
    };
    // "&" joins one company's name wherever it stands: "The world's biggest
    // insurance broker Marsh & McLennan said", "think-tank Pew Internet &
    // American Life says".
    // (After a comma it may end a list, as "and" does: "of London brokers
    // Alexanders, Laing & Cruickshank, said".)
    if tk.is(a - 1, '&') && same_paragraph(a - 2) {
        let first = name_start(a - 2);
        if first == 0 || !tk.is(first - 1, ',') {
            return Some(first);
        }
    }
    // Where a clause opens: after a comma, a sentence or a paragraph. (Or
    // at "the": "The Trade and Industry Department said".)
    // (Or after a word that opens a clause of its own: "when Harper and
    // Row said", "but Jones and Vining dismissed".)
    let opens_at = |k: usize| {
        k == floor
            || !same_paragraph(k - 1)
            || tk.is(k - 1, ',')
            || tk.is(k - 1, ';')
            || tk.ends_sentence(k - 1)
            || CLAUSE_OPENERS.iter().any(|w| tk.is_word(k - 1, w))
    };
    let opening = |k: usize| {
        // (Or after whose work it is: "A recent survey by Earthlink and
        // Webroot found".)
        let by_source =
            k > floor + 1 && tk.is_word(k - 1, "by") && super::speakers::source_noun(tk.str(k - 2));
        // (Or where a group is: "industry leaders in Panama and Costa Rica
        // said" is the leaders', all of them.)
        let group_in = k > floor + 1
            && (tk.is_word(k - 1, "in") || tk.is_word(k - 1, "at"))
            && group_noun(tk, k - 2);
        if group_in {
            phrase_before(tk, k - 2, floor).map(|(g, _)| g)
        } else if opens_at(k) || by_source {
            Some(k)
        } else if k > floor && tk.is_word(k - 1, "the") && opens_at(k - 1) {
            Some(k - 1)
        } else {
            None
        }
    };
    // (A word that opens its sentence before a comma is no name in a list:
    // "Previously, West Germany, Britain and Denmark".)
    let adverb = |k: usize| {
        let w = tk.str(k);
        w.ends_with("ly")
            || w.ends_with("wards")
            || matches!(w, "Meanwhile" | "Earlier" | "Later" | "Today" | "Yesterday")
    };
    let mut first = name_start(a - 2);
    // A list before them: "Britain, France and Canada said". (Not a list
    // inside a longer phrase: "in particular the UK, France and Spain,
    // said the report".)
    let listed = |first: usize| {
        first >= 2
            && tk.is(first - 1, ',')
            && name_word(first - 2)
            && same_paragraph(first - 2)
            && !(adverb(first - 2) && opens_at(first - 2))
    };
    while first > floor + 1 && listed(first) {
        first = name_start(first - 2);
    }
    // (Nor one the floor cuts: "a spokesman for US Immigration, Customs and
    // Enforcement, Dean Boyd, said".)
    if listed(first) {
        return None;
    }
    if title_and(tk, first, a - 1, e) {
        return None;
    }
    // "Analyst Tim Harris of Phillips and Drew said": the person whose firm
    // the joined names are.
    // (Not an office's matter, with its holder after it: "Minister of
    // International Trade and Industry Hajime Tamura".)
    let person_or_title = |k: usize| {
        tk.has(k, flag::TITLE_WORD) || super::given_names::gender_of(tk.str(k)).is_some()
    };
    if first > floor + 1
        && (tk.is_word(first - 1, "of") || tk.is_word(first - 1, "at"))
        && let Some((p, q)) = phrase_before(tk, first - 2, floor)
        && q + 2 == first
        && tk.capitalized(q)
        && !tk.has(q, flag::TITLE_WORD | flag::ROLE_NOUN)
        && !super::speakers::institution_word(tk.str(q))
        && !(first..=e).any(person_or_title)
        && opening(p).is_some()
    {
        return Some(p);
    }
    opening(first)
}

/// Words that open a clause of its own, whose subject follows them: "when",
/// "but", "while".
const CLAUSE_OPENERS: [&str; 9] =
    ["when", "but", "while", "because", "although", "though", "after", "before", "whereas"];

/// Whether tokens `a..=b` end in a person's name of two words or more, a
/// given name among them: "former WorldCom financial chief Scott
/// Sullivan".
fn ends_in_person(tk: &Tokens, a: usize, b: usize) -> bool {
    b > a
        && name_cased(tk, b - 1)
        && name_cased(tk, b)
        && (a..b).any(|k| name_cased(tk, k) && super::given_names::gender_of(tk.str(k)).is_some())
}

/// Whether the "and" at `and` joins the words of one title, `first..=e`:
/// "Trade and Industry Secretary Patricia Hewitt", "Vice President and
/// Managing Editor Bill Sammon"; not "German Chancellor Gerhard Schroeder
/// and Italian Prime Minister Silvio Berlusconi", two people.
pub(crate) fn title_and(tk: &Tokens, first: usize, and: usize, e: usize) -> bool {
    let given = |k: usize| super::given_names::gender_of(tk.str(k)).is_some();
    // (A person after it, with a title or a given name, and none before:
    // "Securities and Exchange Commission John Shad".)
    let person = |k: usize| {
        let mut buf = [0u8; 32];
        given(k) || super::speakers::person_honorific(tk.lower(k, &mut buf))
    };
    (and + 1..=e).any(|k| tk.has(k, flag::TITLE_WORD) || given(k))
        && (!(first..and).any(person) || tk.has(and - 1, flag::TITLE_WORD))
}

/// Whether token `k` names a group of people in the plural ("analysts",
/// "traders", "bankers").
pub(crate) fn group_noun(tk: &Tokens, k: usize) -> bool {
    tk.list[k].word
        && !tk.list[k].quoted
        && tk.bytes(k).ends_with(b"s")
        && (tk.has(k, flag::ROLE_NOUN)
            || ["bankers", "brokers", "producers", "exporters", "farmers", "commentators"]
                .iter()
                .any(|w| tk.is_word(k, w)))
}

/// Determiners that are numbers, which may follow an article ("the three
/// bloggers", "the two companies").
pub(crate) const NUMBER_DETERMINERS: [&str; 4] = ["two", "three", "both", "several"];

/// Words that open a time before its noun: "the last two weeks", "this
/// morning", "a few days".
const TIME_WORDS: [&str; 20] = [
    "the", "this", "last", "next", "past", "that", "a", "few", "several", "two", "three", "four",
    "recent", "coming", "previous", "early", "late", "earlier", "same", "five",
];

/// The speaker's phrase `(a, b)` without a time that ends it ("Japanese
/// firms this week announced …" is the firms'); none when it is only a
/// time ("The last two weeks have signaled …").
pub(crate) fn without_time(tk: &Tokens, (a, b): TokenRange) -> Option<TokenRange> {
    // (A weekday or a month ends it too, after its link or a name: "a
    // CNN/ORC poll … released on Tuesday showed", "Clayton Yeutter Monday
    // warned".)
    // (Only a weekday after a name, and not after a possessive:
    // "Barclays de Zoete's May" is Rick May.)
    let dated = b > a
        && tk.capitalized(b)
        && plain_date(tk, b)
        && (TIME_LINKS.iter().any(|w| tk.is_word(b - 1, w))
            || (tk.capitalized(b - 1)
                && !tk.possessive(b - 1)
                && WEEKDAYS.iter().any(|d| tk.is_word(b, d))));
    if !time_of_phrase(tk, b) && !dated {
        return Some((a, b));
    }
    // Back over the time's words, a weekday, its link and a participle
    // ("figures released earlier this week", "Sean Spicer on Thursday
    // evening", "Italy has over recent months").
    let mut t = b;
    while t > a {
        let k = t - 1;
        let plain = !tk.capitalized(k) && tk.list[k].word && !tk.list[k].quoted;
        if TIME_WORDS.iter().any(|w| tk.is_word(k, w))
            || day_or_month(tk, k)
            || (plain
                && (TIME_LINKS.iter().any(|w| tk.is_word(k, w)) || tk.bytes(k).ends_with(b"ed")))
        {
            t -= 1;
        } else {
            break;
        }
    }
    match t {
        // (Nothing but a time: "two weeks".)
        _ if t == a => None,
        // (A weekday right after a name is when: "Clayton Yeutter Monday".)
        _ if t == b && dated => Some((a, b - 1)),
        // (No time's words before the noun: "box office in its opening
        // week" stays.)
        _ if t == b => (a < b).then_some((a, b)),
        _ => Some((a, t - 1)),
    }
}

/// Words that link a time to the phrase before it: "on Thursday", "here
/// last week", "has over recent months", "sent out by".
const TIME_LINKS: [&str; 16] = [
    "on", "in", "of", "over", "during", "through", "since", "for", "at", "here", "late", "has",
    "have", "had", "first", "sent",
];

/// Whether token `k` is a time in lower case ("week", "days"), which ends
/// no speaker's phrase.
fn time_of_phrase(tk: &Tokens, k: usize) -> bool {
    !tk.capitalized(k)
        && !tk.list[k].quoted
        && (super::reported::time_noun_at(tk, k)
            || ["weeks", "months", "years", "days", "hours", "decades", "weekends", "nights"]
                .iter()
                .any(|w| tk.is_word(k, w)))
}

/// Whether token `k` is a weekday or a month that is no given name too
/// ("Friday", "January"; not "May", "June").
fn plain_date(tk: &Tokens, k: usize) -> bool {
    day_or_month(tk, k) && super::given_names::gender_of(tk.str(k)).is_none()
}

/// Where something is said: "in an interview", "at a news conference".
const OCCASIONS: [&str; 12] = [
    "interview",
    "interviews",
    "statement",
    "speech",
    "letter",
    "conference",
    "meeting",
    "broadcast",
    "debate",
    "hearing",
    "address",
    "briefing",
];

/// The states of the United States that name no one else (not
/// "Washington", "Georgia", "Virginia": a government, a country, a person).
pub(crate) const US_STATES: [&str; 47] = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// Newswire abbreviations of [`US_STATES`] ("N.C.", "Calif.").
const US_STATE_ABBREVIATIONS: [&str; 38] = [
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ill.", "Ind.", "Kan.",
    "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.",
    "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.",
    "Tenn.", "Tex.", "Vt.", "Wis.",
];

/// Whether `w` is a word of one of [`US_STATES`], in any case ("vermont").
pub(crate) fn state_word(w: &str) -> bool {
    US_STATES.iter().any(|s| s.split(' ').any(|x| x.eq_ignore_ascii_case(w)))
}

/// Whether the words `p` name one of [`US_STATES`], or abbreviate one.
pub(crate) fn us_state(tk: &Tokens, p: TokenRange) -> bool {
    let words = &tk.text[tk.span(p.0, p.1)];
    (p.0 == p.1 && US_STATE_ABBREVIATIONS.contains(&words))
        || US_STATES
            .iter()
            .any(|s| s.len() == words.len() && s.split(' ').eq(words.split(char::is_whitespace)))
}

/// The speaker before a chain of appositions and relative clauses that
/// ends with the comma at `comma`: "Liisa Tamm, Estonia's foreign minister,
/// who joined Lindqvist later, said" → "Liisa Tamm", the leftmost segment
/// that is a whole speaker phrase.
fn before_appositions(tk: &Tokens, comma: usize, floor: usize) -> Option<TokenRange> {
    let mut seg_end = comma;
    let mut best = None;
    // Whether `best` is a name in a list of two or more ("…, Japan, West
    // Germany, …"), not one name set off ("Hollywood's honorary mayor,
    // Johnny Grant, said").
    let mut best_listed = false;
    // A state passed over, in case no one else is named ("the Hunt family
    // of Dallas, Texas, told …" reads no name before it).
    let mut state_passed = None;
    // (Up to four segments, and the names of a list before the verb: "The
    // G-7, comprising the U.S., Japan, West Germany, Britain, France, Italy
    // and Canada, said" is the G-7.)
    let mut segments = 0;
    let mut listing = false;
    for _ in 0..10 {
        if seg_end <= floor || segments == 4 {
            break;
        }
        let mut k = seg_end - 1;
        while k > floor && !tk.is(k, ',') && seg_end - k < 25 {
            k -= 1;
        }
        let seg_start = if tk.is(k, ',') {
            k + 1
        } else if k == floor {
            floor
        } else {
            break;
        };
        // (A name with its newswire ticker too: "Amoco Corp <AN>".)
        let namey = |m: usize| {
            (tk.list[m].word && tk.capitalized(m))
                || tk.is(m, '<')
                || tk.is(m, '>')
                || (m > seg_start && tk.is(m - 1, '<'))
        };
        let short = seg_end - seg_start <= 8 && k > floor;
        // (A list ends by its "and", before the verb: "…, Italy and
        // Canada, said"; its names go on before it.)
        if seg_end == comma {
            listing = short
                && (seg_start + 1..seg_end.saturating_sub(1)).any(|m| tk.is_word(m, "and"))
                && (seg_start..seg_end).all(|m| namey(m) || tk.is_word(m, "and"));
        } else {
            listing = listing && short && (seg_start..seg_end).all(namey);
        }
        if !listing {
            segments += 1;
        }
        // (A time that opens the sentence is no one: "Late last year,
        // Doubleclick, one of …, warned".)
        if seg_start >= seg_end
            || super::reported::time_opening(tk, seg_start).is_some_and(|w| w + 1 == seg_end)
        {
            break;
        }
        // A relative clause, or an age ("Sarandon, 69, told").
        let relative = ["who", "whose", "which"].iter().any(|w| tk.is_word(seg_start, w))
            || (seg_end - seg_start == 1 && tk.str(seg_start).bytes().all(|b| b.is_ascii_digit()));
        // An apposition that is not all names and roles still counts when
        // it opens like one: "the U.S. special envoy for the Ukraine talks".
        let opens_apposition = tk.has(seg_start, flag::DETERMINER | flag::TITLE_WORD)
            || (tk.list[seg_start].word && tk.possessive(seg_start));
        // Any short aside may stand between a name and its verb: "Vikram
        // Amar, dean of the University of Illinois College of Law, said",
        // "Dick Durbin, noting the size of his list, said".
        // (Or a past participle: "European governments, asked to fund
        // the programs, have said".)
        // (After an adverb: "Onyx, earlier reporting a net loss, said".)
        let lead = if seg_start + 1 < seg_end
            && (["earlier", "also", "later", "again", "while"]
                .iter()
                .any(|w| tk.is_word(seg_start, w))
                || ends_in_ly(tk, seg_start))
        {
            seg_start + 1
        } else {
            seg_start
        };
        let participle = ["ing", "ed"].iter().any(|e| tk.str(lead).ends_with(e));
        // A longer one when it opens like a role or a question put to the
        // speaker ("ranking member of the House education committee and one
        // of the bill's chief negotiators", "when asked …"), not a clause
        // ("is raising 250 mln dlrs via an offering of notes …").
        let role_or_when = (seg_start..(seg_start + 2).min(seg_end))
            .any(|k| tk.has(k, flag::ROLE_NOUN))
            || ["when", "while", "after", "asked"].iter().any(|w| tk.is_word(seg_start, w))
            // (Or where it was said: "The company, in the proxy statement
            // mailed to 135,000 stockholders for its May 21 annual meeting in
            // Savannah, Ga., said".)
            || ["in", "at", "during"].iter().any(|w| tk.is_word(seg_start, w));
        // (Or where they spoke: "Weizsaecker, speaking at a reception held
        // for him by President Raul Alfonsin at Buenos Aires' City Council
        // hall, also said".)
        // (Not why a source is not named: "Federal officials familiar with
        // the server taken from Mrs. Clinton's house in Chappaqua, N.Y.,
        // speaking on the condition of anonymity because …, said".)
        let speaking = ["speaking", "appearing", "addressing", "testifying"]
            .iter()
            .any(|w| tk.is_word(lead, w))
            && !(lead..seg_end).any(|k| tk.is_word(k, "anonymity"));
        let most = if role_or_when || speaking { 20 } else { 12 };
        // (Nor a predicate: "Acme Corp, a unit of Beta Corp, is raising 250
        // mln dlrs, said …".)
        let aside = seg_start > floor
            && !auxiliary_at(tk, seg_start)
            && seg_end - seg_start <= most
            && (seg_start..seg_end).all(|k| {
                !tk.list[k].quoted && ((k == lead && participle) || cue_at(tk, k).is_none())
            });
        if !relative {
            let found = phrase_before(tk, seg_end - 1, seg_start);
            match found {
                // (A sentence's "But" or "And" is not part of the name.)
                Some(p)
                    if p.0 == seg_start
                        || (p.0 == seg_start + 1
                            && ["but", "and", "so", "then", "as", "yet"]
                                .iter()
                                .any(|w| tk.is_word(seg_start, w)))
                        // (After a label: "Voter participation: Sanders,
                        // whose coalition includes …, said".)
                        || (seg_start == floor && p.0 > seg_start && tk.is(p.0 - 1, ':'))
                        // (Or inside a newswire's angle brackets: "<Organon
                        // International BV>, a subsidiary of …, said".)
                        || (p.0 == seg_start + 1 && tk.is(seg_start, '<'))
                        // (Or after the lowercase words that say what it is:
                        // "Last year, marketing company Doubleclick, one of
                        // …, warned".)
                        // (Not a participle's object, "contradicting
                        // Trump", "including the Asbury Park Press".)
                        || (p.0 > seg_start
                            && p.0 <= seg_start + 3
                            && tk.capitalized(p.1)
                            && described_name(tk, seg_start, p.1)) =>
                {
                    // (A role before the name it describes: "Their lawyer,
                    // Majeed Memon, said" is Memon.)
                    // (Also a role that ends in its body's name: "The
                    // minister of Industry, Abdul-Aziz al-Saqr, said".)
                    // (Or opens with one and its link, perhaps after "the"
                    // and a rank: "Chairman of the FCA, Frank Naylor, said",
                    // "The Shadow Secretary of State for the Family, Theresa
                    // May, said".)
                    let role = !tk.capitalized(p.1)
                        || (p.0..=p.1).any(|k| {
                            tk.has(k, flag::ROLE_NOUN | flag::TITLE_WORD) && !tk.capitalized(k)
                        })
                        || (p.0..=(p.0 + 2).min(p.1)).any(|k| {
                            tk.has(k, flag::ROLE_NOUN | flag::TITLE_WORD)
                                && (tk.is_word(k + 1, "of") || tk.is_word(k + 1, "for"))
                        })
                        // (Or an office in capitals after "the": "The Higher
                        // Education Minister, Kim Howells, said".)
                        || (tk.is_word(p.0, "the") && tk.has(p.1, flag::TITLE_WORD));
                    // (A name of where they come from too: "the chairman of
                    // the working party, Ambassador Stefan Johannesson of
                    // Iceland, warned".)
                    let role_before_name = tk.list[p.1].word
                        && role
                        && best.is_some_and(|(a, b): TokenRange| {
                            // (Or a person after what they are: "The
                            // prosecution's star witness, former WorldCom
                            // financial chief Scott Sullivan, has said".)
                            // (Right after the role: not "opponents of the
                            // bill, including …, the Rt Rev Michael
                            // Scott-Joynt, said".)
                            let described_person = || p.1 + 2 == a && ends_in_person(tk, a, b);
                            // (Not a second person after "and".)
                            b > a
                                && tk.is(a - 1, ',')
                                && (a..=b).all(|k| tk.list[k].word && !tk.is_word(k, "and"))
                                && ((a..=b)
                                    .all(|k| name_cased(tk, k) || (k > a && tk.is_word(k, "of")))
                                    || described_person())
                        });
                    // (A state after its town is where, not who: "…
                    // Burrillville, Rhode Island, the federal energy
                    // department said".)
                    // (So is a county or a city after its town: "Mr
                    // Mubanga, 32, from Wembley, London, said", "David
                    // Redvers, 34, from Hartpury, Gloucestershire, said".)
                    let state = us_state(tk, p) || region_after_town(tk, p, seg_start, floor);
                    if state {
                        state_passed = state_passed.or(Some(p));
                    } else if !role_before_name || best_listed {
                        // (A group before the names it lists is the
                        // speaker: "The oil companies, Amoco Corp, ARCO,
                        // … and Union Oil, had said".)
                        best = Some(p);
                        best_listed = listing && seg_end < comma;
                    }
                }
                // A person after what they are, when the phrase found stops
                // short of the apposition's start: "…, former WorldCom
                // financial chief Scott Sullivan, has said" (and the role
                // before it is theirs, above).
                Some(p)
                    if best.is_none()
                        && seg_start > floor
                        && tk.is(seg_start - 1, ',')
                        && p.1 + 1 == seg_end
                        && p.0 > seg_start
                        && seg_end - seg_start <= 8
                        && ends_in_person(tk, p.1 - 1, p.1)
                        && (seg_start..p.0).all(|k| {
                            tk.list[k].word
                                && !tk.list[k].quoted
                                && !tk.has(k, flag::FUNCTION_WORD | flag::CUE)
                        }) =>
                {
                    best = Some((seg_start, p.1));
                }
                // A text with whom it is by, before an aside: "The report
                // by Enskilda, the investment banking unit of …, said".
                Some(p)
                    if best.is_none()
                        && p.0 >= seg_start + 2
                        && p.0 <= seg_start + 3
                        && p.1 + 1 == seg_end
                        && tk.capitalized(p.0)
                        && (tk.is_word(p.0 - 1, "by") || tk.is_word(p.0 - 1, "from"))
                        && super::speakers::source_noun(tk.str(p.0 - 2))
                        && (seg_start..p.0 - 2).all(|k| tk.has(k, flag::DETERMINER)) =>
                {
                    best = Some((seg_start, p.1));
                }
                // A name that opens a clause after a conjunction, when only
                // asides follow it: "The lawsuit was filed after Qwest
                // Communications, which had an earlier offer rejected, said
                // …". (Not a clause that opens the sentence, whose verb
                // is no statement of the sentence's: "When Ms. Friedan,
                // during a debate, recommended …, Mrs. Schlafly replied".)
                Some(p)
                    if best.is_none()
                        && seg_end < comma
                        && p.0 > seg_start + 1
                        && p.1 + 1 == seg_end
                        && tk.capitalized(p.0)
                        && SUBORDINATORS.iter().any(|w| tk.is_word(p.0 - 1, w)) =>
                {
                    best = Some(p);
                    break;
                }
                // An aside stands between a name and its verb; a clause
                // ("after winning Ohio") does not stand between a name
                // already found and an earlier one: "in Berea, OH, after
                // winning Ohio, Gov. John Kasich, said" is Kasich.
                _ if opens_apposition && seg_start > floor => {}
                _ if aside
                    && (best.is_none() || !tk.has(seg_start, flag::FUNCTION_WORD))
                    && seg_start > floor => {}
                // A subject that is no name nor role, when only asides
                // follow it: "European governments, which fund …, said",
                // "The firm and its two executives, who …, said".
                // (Or the names it lists: "The oil companies, Amoco Corp
                // <AN>, ARCO, Exxon Corp <XON>, … and Union Oil, had said".)
                _ if seg_start == floor && seg_end < comma && (best.is_none() || best_listed) => {
                    best = loose_opening(tk, floor, seg_end, found).or(best);
                    break;
                }
                _ => break,
            }
        }
        if seg_start == floor || !tk.is(seg_start - 1, ',') {
            break;
        }
        seg_end = seg_start - 1;
    }
    best.or(state_passed)
}

/// Whether the name `p`, which opens the segment from `seg_start`, is the
/// region of the town the segment before names after "from", "in" or "of"
/// ("from Wembley, London"): all of `p` capitalised and the segment before,
/// set off by commas, only the link and a name of up to three words.
fn region_after_town(tk: &Tokens, p: TokenRange, seg_start: usize, floor: usize) -> bool {
    if p.0 != seg_start || p.1 - p.0 > 1 || seg_start < floor + 3 || !tk.is(seg_start - 1, ',') {
        return false;
    }
    let town_end = seg_start - 2;
    let Some(link) = (town_end.saturating_sub(3).max(floor)..town_end)
        .rev()
        .find(|&k| ["from", "in", "of"].iter().any(|w| tk.is_word(k, w)))
    else {
        return false;
    };
    (p.0..=p.1).all(|k| tk.list[k].word && tk.capitalized(k))
        // (Inside the phrase, after someone: not "In October, Mrs.
        // Clinton, the Democratic presidential nominee, proposed".)
        && link > floor
        && tk.is(link - 1, ',')
        && (link + 1..=town_end).all(|k| tk.list[k].word && !tk.list[k].quoted && tk.capitalized(k))
}

/// Conjunctions that open a clause inside a sentence ("… after Qwest
/// Communications said …").
pub(crate) const SUBORDINATORS: [&str; 13] = [
    "after", "before", "when", "while", "because", "since", "although", "though", "as", "until",
    "once", "unless", "whereas",
];

/// Whether the word at token `k` is cased as a name's: capitalised, a
/// particle joined to a capital ("al-Saqr", "el-Sisi", "d'Estaing"), or a
/// particle between a name's capitals ("de" in "Charles de Gaulle").
pub(crate) fn name_cased(tk: &Tokens, k: usize) -> bool {
    const PARTICLES: [&[u8]; 9] =
        [b"al", b"el", b"ad", b"ar", b"ash", b"bin", b"ibn", b"abu", b"ul"];
    if tk.capitalized(k) {
        return true;
    }
    // (Most words are none of these: short particles, a hyphen after two
    // or three letters, or "d'".)
    let b = tk.bytes(k);
    if b.len() <= 3 {
        return name_particle(tk, k);
    }
    let capital_from = |i: usize| b.get(i).is_some_and(u8::is_ascii_uppercase);
    let hyphen = [2, 3].into_iter().find(|&i| b[i] == b'-');
    hyphen.is_some_and(|i| PARTICLES.contains(&&b[..i]) && capital_from(i + 1))
        // ("d'Estaing", "d’Alema".)
        || (b.starts_with(b"d'") && capital_from(2))
        || (b.starts_with("d\u{2019}".as_bytes()) && capital_from(4))
}

/// Lowercase words inside a name ("Charles de Gaulle", "Ursula von der
/// Leyen").
pub(crate) const NAME_PARTICLES: [&str; 14] =
    ["de", "du", "da", "di", "van", "von", "der", "den", "la", "le", "del", "dos", "bin", "ibn"];

/// Whether token `k` is a particle between a name's capitalised words: a
/// capital before it, and one after it, perhaps past another particle.
pub(crate) fn name_particle(tk: &Tokens, k: usize) -> bool {
    let particle = |m: usize| {
        tk.list.get(m).is_some_and(|t| t.word)
            && !tk.capitalized(m)
            && NAME_PARTICLES.iter().any(|w| tk.is_word(m, w))
    };
    let name_after =
        |m: usize| tk.capitalized(m) && !tk.has(m, flag::FUNCTION_WORD | flag::DETERMINER);
    particle(k)
        && k > 0
        && (tk.capitalized(k - 1) || (particle(k - 1) && k > 1 && tk.capitalized(k - 2)))
        && tk.list[k - 1].word
        && (name_after(k + 1) || (particle(k + 1) && name_after(k + 2)))
}

/// Prepositions inside a loose subject, after its head noun ("the judge
/// in the case").
const PHRASE_PREPOSITIONS: [&str; 7] = ["of", "in", "at", "for", "from", "on", "with"];

/// The words from token `floor` to `end` (exclusive) as a sentence's
/// subject that is no whole name nor role ("European governments", "The
/// firm and its two executives", "A close aide to Nakasone"): a few words,
/// none a verb, or such words before `phrase`, a speaker phrase that ends
/// the stretch.
fn loose_opening(
    tk: &Tokens,
    floor: usize,
    end: usize,
    phrase: Option<TokenRange>,
) -> Option<TokenRange> {
    let last = end.checked_sub(1).filter(|&l| l >= floor)?;
    let head = phrase.filter(|p| p.1 == last).map_or(end, |p| p.0);
    // (No verb form: not "Fiorina moved counterclockwise around the table"
    // nor "sequel hitting the theaters".)
    let verb_like =
        |k: usize| !tk.capitalized(k) && ["ed", "ing", "ly"].iter().any(|e| tk.str(k).ends_with(e));
    let fits = |k: usize| {
        tk.list[k].word
            && !tk.list[k].quoted
            && !tk.has(k, flag::VERB_FILLER | flag::CUE)
            && !verb_like(k)
            && (!tk.has(k, flag::FUNCTION_WORD)
                || tk.has(k, flag::DETERMINER)
                || (k > floor && tk.is_word(k, "and"))
                // ("The judge in the case, which lasted seven days, said".)
                || (k > floor && k + 1 < end && PHRASE_PREPOSITIONS.iter().any(|w| tk.is_word(k, w))))
    };
    // (A head that can be a speaker: a role, a name, or a plural; before
    // its preposition, "the judge in the case".)
    let noun = (floor + 1..last)
        .find(|&k| PHRASE_PREPOSITIONS.iter().any(|w| tk.is_word(k, w)))
        .map_or(last, |k| k - 1);
    let head_fits = tk.has(noun, flag::ROLE_NOUN | flag::TITLE_WORD)
        || tk.capitalized(noun)
        || (tk.bytes(noun).ends_with(b"s")
            && !tk.has(noun, flag::FUNCTION_WORD | flag::DETERMINER));
    (end - floor <= 6 && head_fits && (floor..head).all(fits) && fits(last))
        .then_some((floor, last))
}

/// Whether token `k` ends a company's or a commission's name ("Corp",
/// "Inc", "PLC", "Commission").
fn company_suffix(tk: &Tokens, k: usize) -> bool {
    let w = tk.str(k).trim_end_matches('.');
    firm_suffix(w) || w == "Commission"
}

/// Whether `w` (without its full stop) ends a company's name ("Corp",
/// "Inc", "Cos").
fn firm_suffix(w: &str) -> bool {
    lexicon::company_suffix(w) || w == "Cos"
}

/// Roles that link to whom they serve with "to" ("an aide to Nakasone",
/// "ambassador to the United Nations").
const ROLES_TO: [&str; 12] = [
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "ambassador",
    "ambassadors",
    "envoy",
    "assistant",
    "counsel",
    "consultant",
];

/// Whether the "to" at token `p` links a role to whom it serves ("an aide
/// to Nakasone"): the person is no speaker of their own there.
pub(crate) fn to_link(tk: &Tokens, p: usize, floor: usize) -> bool {
    p > floor && tk.is_word(p, "to") && ROLES_TO.iter().any(|w| tk.is_word(p - 1, w))
}

/// Whether the "to" at token `p` links an ambassador or an envoy to where
/// they are posted ("Ambassador to China Octavio Valerio"): a name after
/// the place is theirs.
pub(crate) fn posted_to(tk: &Tokens, p: usize, floor: usize) -> bool {
    to_link(tk, p, floor)
        && ["ambassador", "ambassadors", "envoy"].iter().any(|w| tk.is_word(p - 1, w))
}

/// Names, titles and role nouns back from `end`, with an opening
/// determiner and "of"/"for" links ("spokesman for the ministry").
fn strict_back(tk: &Tokens, end: usize, floor: usize) -> Option<TokenRange> {
    if !phrase_word(tk, end) {
        return None;
    }
    let mut start = end;
    let mut k = end;
    while k > floor {
        let p = k - 1;
        let t = &tk.list[p];
        if t.quoted || tk.list[p].paragraph != tk.list[end].paragraph {
            break;
        }
        // (And "from": "a spokesperson from Icstis"; "in" after a group:
        // "dealers in Tokyo".)
        let link = ["of", "for", "at", "from"].iter().any(|w| tk.is_word(p, w))
            || (tk.is_word(p, "in")
                && p > floor
                && ((tk.has(p - 1, flag::ROLE_NOUN) && tk.bytes(p - 1).ends_with(b"s"))
                    // ("a union spokesman in Rio de Janeiro".)
                    || super::speakers::SOURCES.iter().any(|w| tk.is_word(p - 1, w))))
            || to_link(tk, p, floor)
            // ("The Interministerial Committee on Credit and Savings".)
            // (Not a day: "the Japan Finance Ministry on Wednesday".)
            || (tk.is_word(p, "on")
                && p > floor
                && institution_at(tk, p - 1)
                && !day_or_month(tk, p + 1));
        // ("Standard and Poor's Corp", "Dun and Bradstreet Corp": an "and"
        // inside a company's name.)
        // (And "S and P" for Standard and Poor's; "AT and T", "LL and E":
        // a company's letters.)
        let letters = |j: usize| {
            let b = tk.bytes(j);
            (1..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_uppercase)
        };
        let initials = k == end && p > floor && letters(p - 1) && letters(k);
        // (Or an institution's: "the Finance and Economy Ministry", "the
        // Committee on Credit and Savings".)
        let in_institution = || {
            institution_at(tk, end)
                || (floor + 1..p.saturating_sub(1)).rev().take(6).any(|j| {
                    institution_at(tk, j)
                        && ["of", "on", "for"].iter().any(|w| tk.is_word(j + 1, w))
                })
                // (Or a body's or a company's head before where it is:
                // "First Federal Savings and Loan Association of Fort
                // Myers", "Bank Building and Equipment Corp of America".)
                || (k..end).take(4).any(|j| {
                    (institution_at(tk, j) || company_suffix(tk, j)) && tk.is_word(j + 1, "of")
                })
        };
        // (Or a name's own possessive right before its verb: "Standard and
        // Poor's said".)
        let in_company = (tk.is_word(p, "and") || tk.is(p, '&'))
            && p > floor
            && tk.capitalized(p - 1)
            && tk.capitalized(k)
            && (company_suffix(tk, end)
                || company_suffix(tk, k)
                || initials
                || (k == end && tk.possessive(end))
                || in_institution());
        // A company's suffix alone has its name before it, however that
        // is written: "3Com Corp", "J.C. Penney co Inc".
        let suffix_alone = k == end
            && start == end
            && company_suffix(tk, end)
            && tk.list[p].word
            && !tk.has(p, flag::FUNCTION_WORD | flag::DETERMINER | flag::CUE);
        if in_company && initials {
            start = p - 1;
            k = p - 1;
        } else if suffix_alone {
            start = p;
            k = p;
        } else if in_company {
            k = p;
        } else if p > floor + 1 && nordic_suffix_at(tk, p - 1) {
            // ("Novo Industri A/S said": a Nordic company's suffix.)
            start = p - 1;
            k = p - 1;
        } else if p > floor && dated_month(tk, p) {
            break;
        } else if phrase_word(tk, p) || weekday_of_a_name(tk, p) {
            start = p;
            k = p;
        } else if p > floor + 1
            && plural_possessive_mark(tk, p)
            && tk.capitalized(p - 1)
            && tk.capitalized(k)
            && name_word(tk, p - 1)
            && super::speakers::institution_word(tk.str(k))
            && !tk.is_word(p - 2, "of")
        {
            // ("The British Bankers' Association said": a plural's
            // possessive inside a body's name; not an owner's, "Winn
            // Enterprises' Knudsen Foods Inc", "the D.C. Court of Appeals'
            // Board on Professional Responsibility".)
            start = p - 1;
            k = p - 1;
        } else if p >= floor + 3 && nickname_at(tk, p - 2) && name_word(tk, p - 3) {
            // (`Marcia "Cia" Price`: a nickname inside the name.)
            start = p - 3;
            k = p - 3;
        } else if p > floor + 2
            && tk.capitalized(k)
            && tk.list[p].word
            && !tk.capitalized(p)
            && (tk.bytes(p).contains(&b'-') || tk.is_word(p, "ruling"))
            && tk.has(p - 1, flag::DETERMINER)
            && phrase_link(tk, p - 2)
        {
            // ("Dan Rostenkowski of the tax-writing House Ways and Means
            // Committee": an adjective between "of the" and a name.)
            start = p;
            k = p;
        } else if tk.has(p, flag::DETERMINER) {
            start = p;
            // "a spokesman for the ministry": the link goes on.
            let linked = p > floor + 1
                && tk.list[p - 1].word
                && (phrase_link(tk, p - 1) || to_link(tk, p - 1, floor))
                && phrase_word(tk, p - 2);
            if !linked {
                break;
            }
            k = p;
        } else if link && p > floor {
            // Only when a phrase word stands before the link.
            if phrase_word(tk, p - 1) {
                k = p;
            } else {
                break;
            }
        } else if let Some(open) = short_parenthesis_before(tk, p, floor) {
            // "Sugar Regulatory Administration (SRA) chairman Arsenio Yulo",
            // "Nikko Securities Co (Europe) Ltd": inside a name.
            k = open;
        } else {
            break;
        }
    }
    Some((start, end))
}

/// Past participles of putting questions to someone, after whom they were
/// put to and before "by" and who put them.
const ASKED: [&str; 8] =
    ["polled", "surveyed", "contacted", "queried", "interviewed", "questioned", "reached", "asked"];

/// The subject before the relative clause ("who …") or the participle
/// ("dealing in …") that holds the phrase starting at token `a`, from
/// `floor`: the phrase right before its "who" or its participle.
fn subject_before_modifier(tk: &Tokens, a: usize, floor: usize) -> Option<TokenRange> {
    // (A participle after people, not after a thing: not "a final ruling",
    // "a cabinet meeting", "the meeting with Trump".)
    let participle = |k: usize| {
        tk.bytes(k).ends_with(b"ing")
            && !tk.capitalized(k)
            && !tk.has(k, flag::FUNCTION_WORD | flag::CUE)
            && (tk.has(k + 1, flag::DETERMINER)
                || ["to", "in", "at", "on", "for", "with", "from", "into"]
                    .iter()
                    .any(|w| tk.is_word(k + 1, w)))
            && tk.list[k - 1].word
            && (tk.has(k - 1, flag::ROLE_NOUN)
                || ["voters", "traders", "group", "groups"].iter().any(|w| tk.is_word(k - 1, w)))
    };
    // (Or whom someone put questions to: "Economists polled by Reuters
    // said", "A Fiat spokesman contacted by Reuters said" are the
    // economists' and the spokesman's words, not the asker's.)
    let asked_by = |k: usize| {
        tk.is_word(k + 1, "by")
            && (k + 2..=k + 3).contains(&a)
            && ASKED.iter().any(|w| tk.is_word(k, w))
            && tk.list[k - 1].word
            && !tk.has(k - 1, flag::FUNCTION_WORD)
    };
    let m = (a.saturating_sub(10).max(floor + 1)..a)
        .rev()
        .take_while(|&k| tk.list[k].word && !tk.list[k].quoted)
        .find(|&k| tk.is_word(k, "who") || participle(k) || asked_by(k))?;
    let who = tk.is_word(m, "who");
    // (Not a question's "who": "asked the conservative who he thought would
    // win"; nor whom the clause's own subject acts on: "The people who Mr
    // Forsyth labels the new threat".)
    if who
        && (tk.has(m + 1, flag::CUE | flag::DETERMINER)
            || pronoun(tk, m + 1).is_some()
            || tk.capitalized(m + 1))
    {
        return None;
    }
    let (p, q) = phrase_before(tk, m - 1, floor).filter(|&(_, q)| q + 1 == m)?;
    // (Not a preposition's object: "In a statement detailing the banning of
    // the accounts Valve said".)
    (who || p == floor || !tk.has(p - 1, flag::FUNCTION_WORD)).then_some((p, q))
}

/// Whether a Nordic company's "A/S" opens at token `i`, its three tokens
/// joined ("Novo Industri A/S").
pub(crate) fn nordic_suffix_at(tk: &Tokens, i: usize) -> bool {
    i + 2 < tk.list.len()
        && tk.is_word(i, "A")
        && tk.is(i + 1, '/')
        && tk.is_word(i + 2, "S")
        && tk.list[i].end == tk.list[i + 1].start
        && tk.list[i + 1].end == tk.list[i + 2].start
}

/// When token `p` closes a parenthesis of one or two capitalised words
/// after a word of a name, the token that opens it.
pub(crate) fn short_parenthesis_before(tk: &Tokens, p: usize, floor: usize) -> Option<usize> {
    if !tk.is(p, ')') || tk.list[p].quoted {
        return None;
    }
    let open = (p.saturating_sub(3).max(floor)..p).rev().find(|&j| tk.is(j, '('))?;
    (open > floor
        && open + 1 < p
        && (open + 1..p).all(|j| tk.list[j].word && tk.capitalized(j))
        && phrase_word(tk, open - 1))
    .then_some(open)
}

/// A number of people from token `start`, perhaps after a word of about,
/// before `limit`: "about 200 protesters" ("Outside the sports arena, about
/// 200 protesters congregated …, chanting …").
fn people_counted(tk: &Tokens, start: usize, limit: usize) -> Option<TokenRange> {
    let number = if ["about", "nearly", "almost", "around", "some", "roughly"]
        .iter()
        .any(|w| tk.is_word(start, w))
    {
        start + 1
    } else {
        start
    };
    let noun = (number + 1..(number + 3).min(limit)).find(|&k| {
        tk.has(k, flag::ROLE_NOUN) && tk.bytes(k).ends_with(b"s") && !tk.capitalized(k)
    })?;
    (tk.bytes(number).first().is_some_and(u8::is_ascii_digit)
        && tk.bytes(number).iter().all(|b| b.is_ascii_digit() || *b == b',')
        && (number + 1..noun).all(|k| {
            tk.list[k].word && !tk.list[k].quoted && !tk.has(k, flag::FUNCTION_WORD | flag::CUE)
        }))
    .then_some((start, noun))
}

/// The speaker phrase starting at token `start` (after an inverted cue:
/// "said Jane Doe, the former minister"), within `limit` (exclusive).
pub(crate) fn phrase_after(tk: &Tokens, start: usize, limit: usize) -> Option<TokenRange> {
    if start >= limit {
        return None;
    }
    let t = &tk.list[start];
    if !t.word || t.quoted {
        return None;
    }
    if pronoun(tk, start).is_some() {
        return Some((start, start));
    }
    // (`"…," said one.`: one of those who spoke; `said another.`, another.)
    if tk.list.get(start + 1).is_none_or(|t| !t.word) && one_or_another(tk, start) {
        return Some((start, start));
    }
    // ("according to the 1986 annual report", "the 230 mln stg contract": a
    // number after the determiner, then plain words to a source's noun.)
    if start + 2 < limit
        && tk.has(start, flag::DETERMINER)
        && tk.bytes(start + 1).first().is_some_and(u8::is_ascii_digit)
        && let Some(noun) = (start + 2..(start + 6).min(limit))
            .take_while(|&k| {
                tk.list[k].word
                    && !tk.list[k].quoted
                    && !tk.capitalized(k)
                    && !tk.has(k, flag::FUNCTION_WORD | flag::DETERMINER)
                    // (A cue only as the noun it may be: "report".)
                    && (!tk.has(k, flag::CUE) || tk.has(k, flag::NOUN_LIKE))
            })
            .filter(|&k| {
                tk.has(k, flag::ROLE_NOUN)
                    || ["contract", "agreement", "budget", "forecast", "estimate", "estimates"]
                        .iter()
                        .any(|w| tk.is_word(k, w))
            })
            .last()
    {
        return Some((start, noun));
    }
    // "said one of those advisers", "said two of his aides".
    if tk.has(start, flag::DETERMINER)
        && start + 2 < limit
        && tk.is_word(start + 1, "of")
        && let Some((_, end)) = phrase_after(tk, start + 2, limit)
    {
        return Some((start, end));
    }
    // "said master of ceremonies Asab Al-Tabchi", "said state attorney Dave
    // Aronberg": a few lowercase words describing the name before it.
    if !tk.capitalized(start) && !tk.has(start, flag::DETERMINER | flag::FUNCTION_WORD) {
        // (Two roles joined: "said lobbyist and GOP strategist Charlie
        // Black".)
        let name = (start + 1..limit.min(start + 5))
            .take_while(|&k| {
                tk.list[k].word
                    && !tk.list[k].quoted
                    && cue_at(tk, k).is_none()
                    && (tk.is_word(k, "of")
                        || (tk.is_word(k, "and")
                            && k == start + 1
                            && tk.capitalized(k + 1)
                            && !tk.bytes(start).ends_with(b"s"))
                        || !tk.has(k, flag::FUNCTION_WORD))
            })
            .find(|&k| name_word(tk, k));
        if let Some(n) = name
            && !tk.is_word(n - 1, "of")
            && let Some((_, end)) = phrase_after(tk, n, limit)
        {
            return Some((start, end));
        }
    }
    let mut k = start;
    if tk.has(k, flag::DETERMINER) {
        k += 1;
    }
    // ("the recently released playbook": a participle after an adverb
    // right after the determiner describes the noun.)
    let adverb_before_participle = |m: usize| {
        m == start + 1
            && tk.has(start, flag::DETERMINER)
            && ends_in_ly(tk, m)
            && m + 1 < limit
            && (tk.bytes(m + 1).ends_with(b"ed") || tk.bytes(m + 1).ends_with(b"en"))
    };
    let mut end = None;
    let mut loose = 0;
    while k < limit {
        let t = &tk.list[k];
        // ("said Ladbrokes' Warren Lush": a plural's possessive mark; "a
        // Reuters/Ipsos poll": a slash between two names.)
        if end == Some(k.wrapping_sub(1))
            && (plural_possessive_mark(tk, k)
                || (tk.is(k, '/') && k + 1 < limit && name_word(tk, k + 1)))
        {
            k += 1;
            continue;
        }
        // (`said John "Bud" Frazier`: a nickname inside the name.)
        if end == Some(k.wrapping_sub(1)) && k + 3 < limit && nickname_at(tk, k) {
            k += 3;
            continue;
        }
        // ("according to a Huffington Post analysis": the source a name
        // describes ends the phrase.)
        // (After a name, and not before another noun: "a recent poll of
        // Indiana voters", "a GOP data expert" go on.)
        if (tk.has(start, flag::DETERMINER) || tk.possessive(start))
            && end.is_some()
            && t.word
            && !t.quoted
            && tk.capitalized(k - 1)
            && super::speakers::source_noun(tk.str(k))
            && !tk.has(k + 1, flag::ROLE_NOUN | flag::TITLE_WORD)
            // (Nor inside a name: "National Data Corp".)
            && !(tk.capitalized(k) && k + 1 < limit && tk.capitalized(k + 1))
        {
            end = Some(k);
            break;
        }
        if !t.word || t.quoted || t.paragraph != tk.list[start].paragraph {
            break;
        }
        if phrase_word(tk, k) {
            end = Some(k);
        } else if tk.is_word(k, "and")
            && k.checked_sub(1).is_some_and(|p| end == Some(p) && tk.capitalized(p))
            && k + 1 < limit
            && company_suffix(tk, k + 1)
        {
            // "J.P. Morgan and Co Inc chairman Lewis Preston": an "and"
            // inside a company's name.
        } else if tk.is_word(k, "and")
            && k.checked_sub(1).is_some_and(|p| end == Some(p) && tk.capitalized(p))
            && (k + 1..limit.min(k + 4))
                .take_while(|&m| tk.capitalized(m))
                .any(|m| institution_at(tk, m))
        {
            // "Securities and Exchange Commission Chairman John Shad": or an
            // institution's.
        } else if phrase_link(tk, k)
            && end.is_some()
            && k + 1 < limit
            && (phrase_word(tk, k + 1) || tk.is_word(k + 1, "the"))
        {
            // "spokesman for the ministry"
        } else if tk.is_word(k, "the")
            && end.is_some()
            // (Only after its link, a possessive or a role before a name:
            // "BBC Radio Four's the World at One", "Anti-abortion group the
            // Pro-Life Alliance"; not "told Reuters the government was …".)
            && (phrase_link(tk, k - 1)
                || tk.possessive(k - 1)
                || (tk.has(k - 1, flag::ROLE_NOUN) && !tk.capitalized(k - 1) && tk.capitalized(k + 1)))
        {
        } else if tk.has(start, flag::DETERMINER)
            && (!tk.has(k, flag::FUNCTION_WORD | flag::CUE)
                || adverb_before_participle(k)
                || (k == start + 2 && adverb_before_participle(start + 1)))
            && loose < 3
            // (Or the one noun a possessive right after it owns, which
            // ends the phrase: "said the firm's arbitrageur, who …",
            // "according to the firm's research.")
            && (end.is_none()
                || (k == start + 2
                    && end == Some(start + 1)
                    && tk.possessive(start + 1)
                    && t.word
                    && !t.quoted
                    && !tk.capitalized(k)
                    && tk.list.get(k + 1).is_none_or(|n| !n.word || cue_at(tk, k + 1).is_some())))
        {
            // Ordinary nouns after a determiner: "a campaign operative".
            loose += 1;
            if !adverb_before_participle(k) {
                end = Some(k);
            }
        } else if tk.has(start, flag::DETERMINER)
            && start > 0
            && cue_at(tk, start - 1).is_some_and(|c| !c.object)
            && end == Some(k - 1)
            && (tk.capitalized(k - 1)
                || (k == start + 2
                    && !tk.has(k - 1, flag::FUNCTION_WORD)
                    && ["the", "a", "an"].iter().any(|w| tk.is_word(start, w))
                    && start >= 2
                    && (tk.is(start - 2, ',') || tk.list[start - 2].quoted)
                    && tk.sentence_over(k + 1)))
            && !tk.capitalized(k)
            && !tk.has(k, flag::FUNCTION_WORD | flag::CUE | flag::DETERMINER)
            && tk.list.get(k + 1).is_none_or(|n| !n.word)
        {
            // "said the East Kilbride athlete.": right after the verb, the
            // one noun a name describes, which ends the phrase; or a word
            // that describes it, "said the top seed.", "says the education
            // watchdog.".
            end = Some(k);
            break;
        } else if let Some(name) =
            end.filter(|&e| e + 1 == k && short_acronym(tk, e)).and_then(|_| {
                // "according to US research think-tank Pew Internet": a few
                // lowercase words after a country's or a body's letters
                // describe the name after them (of two words at least).
                (k + 1..limit.min(k + 4))
                    .take_while(|&m| {
                        tk.list[m - 1].word
                            && !tk.list[m - 1].quoted
                            && !tk.capitalized(m - 1)
                            && tk.bytes(m - 1).len() >= 3
                            && !tk.has(m - 1, flag::FUNCTION_WORD | flag::CUE | flag::DETERMINER)
                    })
                    .find(|&m| {
                        name_word(tk, m)
                            && m + 1 < limit
                            && name_word(tk, m + 1)
                            && !day_or_month(tk, m)
                            && tk.list[m].paragraph == tk.list[start].paragraph
                    })
            })
        {
            end = Some(name);
            k = name;
        } else if let Some(name) =
            end.filter(|&e| e + 1 == k).and_then(|_| role_then_name(tk, k, limit))
        {
            end = Some(name);
            k = name;
        } else if let Some(role) =
            end.filter(|&e| e + 1 == k).and_then(|_| role_after_nouns(tk, k, limit))
        {
            // "a former senior law enforcement official": plain nouns before
            // the role they describe.
            end = Some(role);
            k = role;
        } else {
            break;
        }
        k += 1;
    }
    end.map(|e| (start, e))
}

/// Whether token `k` is the apostrophe of a plural's possessive before a
/// name or a role ("Ladbrokes' Warren Lush", "Reuters' correspondent"):
/// right after a word ending in "s", and before a word of a speaker phrase.
pub(crate) fn plural_possessive_mark(tk: &Tokens, k: usize) -> bool {
    let t = &tk.list[k];
    k > 0
        && k + 1 < tk.list.len()
        && !t.word
        && matches!(tk.str(k), "'" | "’")
        && tk.list[k - 1].word
        && tk.list[k - 1].end == t.start
        && tk.bytes(k - 1).last().is_some_and(|b| b.eq_ignore_ascii_case(&b's'))
        && tk.list[k + 1].word
        && tk.list[k + 1].start > t.end
        && phrase_word(tk, k + 1)
}

/// The token after the dateline that opens the paragraph of token `s`, when
/// `s` is among its first tokens: a place in capitals, perhaps a date and
/// an agency, then a dash ("WASHINGTON (AP) —", "TALLAHASSEE —", "MEXICO
/// CITY -", "WASHINGTON, Dec. 8 (UPI) —"); or a place in any case with the
/// agency in parentheses before the dash ("New York (AFP) –").
pub(crate) fn dateline_end(tk: &Tokens, s: usize) -> Option<usize> {
    let capitals = |k: usize| {
        let w = tk.str(k);
        tk.list[k].word && w.len() >= 3 && w.chars().all(|ch| ch.is_uppercase() || ch == '.')
    };
    // (The sentence may start inside it: "ORLANDO, Fla." ends one for the
    // tokenizer, "(Reuters) - …" opens the next.)
    let para = tk.list.get(s)?.paragraph;
    // (The cheap test first, as every verb asks: the paragraph opens
    // within the last few tokens.)
    if s >= 7 && tk.list[s - 7].paragraph == para {
        return None;
    }
    let first = (0..=s).rev().take(8).take_while(|&k| tk.list[k].paragraph == para).last()?;
    let opens_paragraph = first == 0 || tk.list[first - 1].paragraph != para;
    if !opens_paragraph || s - first > 6 {
        return None;
    }
    // (A place not in capitals only before an agency's parentheses, which
    // a byte search rules out for most paragraphs.)
    let agency_soon = || {
        let from = tk.list[first].start;
        let to = (from + 60).min(tk.text.len());
        tk.capitalized(first) && memchr::memchr(b')', &tk.text.as_bytes()[from..to]).is_some()
    };
    let in_capitals = capitals(first);
    if !in_capitals && !agency_soon() {
        return None;
    }
    let d = (s.max(first + 1)..(first + 10).min(tk.list.len()))
        .take_while(|&k| !tk.list[k].quoted && tk.list[k].paragraph == tk.list[s].paragraph)
        .find(|&k| dash(tk, k) && tk.list[k - 1].end < tk.list[k].start)?;
    // (In any case, an agency's parentheses close right before the dash.)
    let agency = tk.is(d - 1, ')') && (d.saturating_sub(5)..d - 1).any(|k| tk.is(k, '('));
    (in_capitals || agency).then_some(d + 1)
}

/// The copula ("is", "was") before the nouns that end at token `who` - 1,
/// when only a list of nouns and adjectives stands between: "is a serial
/// liar, racist and birther who …".
fn predicate_noun_before(tk: &Tokens, who: usize, floor: usize) -> Option<usize> {
    let mut k = who.checked_sub(1)?;
    while k > floor {
        let w = k - 1;
        if ["is", "was", "are", "were"].iter().any(|c| tk.is_word(w, c)) {
            // (The nouns open with an article: "is a …", "was the …".)
            return ["a", "an", "the"].iter().any(|a| tk.is_word(w + 1, a)).then_some(w);
        }
        let t = &tk.list[w];
        let listed = tk.is(w, ',')
            || (t.word && !t.quoted && (!tk.has(w, flag::FUNCTION_WORD) || tk.is_word(w, "and")))
            || ["a", "an", "the"].iter().any(|a| tk.is_word(w, a));
        if !listed || cue_at(tk, w).is_some() {
            return None;
        }
        k = w;
    }
    None
}

/// Who speaks through the participle at token `c` in the sentence starting
/// at `s`: the speaker of a cue right before it ("…, Spicer said, adding,
/// …" is Spicer, whoever the sentence opened with), else the sentence's
/// subject.
pub(crate) fn participle_subject(tk: &Tokens, s: usize, c: usize) -> Option<TokenRange> {
    // ("While saying that he does respect Mrs. Clinton, he continued …",
    // "After saying he was nervous …, the man …": a participle that opens
    // the sentence is the subject's after the comma that closes it.)
    // ("Having announced that he would not send me to prison, Judge Berman
    // proceeded …": a perfect participle that opens it, of any cue.)
    let opener = (c == s + 1
        && saying_participle(tk, c)
        && PARTICIPLE_OPENERS.iter().any(|w| tk.is_word(s, w)))
        || (c == s + 1 && tk.is_word(s, "having"));
    if opener {
        let comma = (c + 2..(c + 40).min(tk.list.len()))
            .take_while(|&k| !tk.ends_sentence(k) && !tk.list[k].quoted)
            .find(|&k| tk.is(k, ','))?;
        return phrase_after(tk, comma + 1, tk.list.len()).filter(|&(a, _)| {
            a == comma + 1
                && (pronoun(tk, a).is_some() || tk.capitalized(a) || tk.has(a, flag::DETERMINER))
        });
    }
    // ("…, Hollande said Tuesday in Paris, noting …": past when and where.)
    // (Its comma may stand before "while": "Previous gloomy forecasts
    // proved wrong, he will argue, while suggesting …" is his.)
    let comma = if c >= s + 3 && tk.is(c - 1, ',') {
        Some(c - 1)
    } else {
        (c >= s + 4 && tk.is_word(c - 1, "while") && tk.is(c - 2, ',')).then(|| c - 2)
    };
    let credit = comma
        .and_then(|comma| {
            (c.saturating_sub(6).max(s + 1)..comma).rev().find(|&v| {
                // (Or whom it told: "…, Neeser told journalists, adding …".)
                cue_at(tk, v).is_some_and(|cue| !cue.object || super::reported::told_at(tk, v))
                    && super::reported::comma_after_verb(tk, v) == Some(comma)
            })
        })
        .zip(comma);
    // (Past when and where only for a credit set off by a comma: not
    // "pushed back against Mr. Sanders's attack on her qualifications,
    // calling …".)
    let speaker = credit.and_then(|(v, comma)| {
        phrase_before(tk, v - 1, s)
            .filter(|&(a, b)| v + 1 == comma || (b + 1 == v && a > s && tk.is(a - 1, ',')))
    });
    // (The subject of the clause the participle follows, when that clause
    // opens after ", while", ", but" or ", whereas": "Thailand has said …,
    // while India has also rejected aid, saying …" is India.)
    let clause_subject = || {
        let v = (s + 1..c - 1).rev().find(|&v| cue_at(tk, v).is_some())?;
        let (a, b) = phrase_before(tk, v - 1, s)?;
        (a >= s + 2
            && tk.is(a - 2, ',')
            && ["while", "whereas", "but"].iter().any(|w| tk.is_word(a - 1, w))
            && !(v + 1..c - 1).any(|m| tk.list[m].quoted))
        .then_some((a, b))
    };
    // (The subject of a clause that ", with" opens, when its verb is a
    // participle too: "The trouble began on the show, with Maria Hutchings
    // marching up to him, saying …" is Maria Hutchings.)
    let with_subject = || {
        let w = (s + 2..c - 1).rev().find(|&w| tk.is_word(w, "with") && tk.is(w - 1, ','))?;
        let (a, b) = phrase_after(tk, w + 1, c - 1)?;
        (a == w + 1
            && b + 1 < c - 1
            && tk.capitalized(a)
            && tk.list[b + 1].word
            && tk.bytes(b + 1).ends_with(b"ing")
            && !(w..c).any(|m| tk.list[m].quoted))
        .then_some((a, b))
    };
    // (The name after an inverted credit, past its apposition: "…, said
    // Martha Hesse, chairman of the commission, adding …" is Hesse, not
    // the words that open the sentence.)
    let inverted = || {
        let v = (s + 1..c - 1).rev().find(|&v| cue_at(tk, v).is_some())?;
        let (a, b) = phrase_after(tk, v + 1, c - 1)?;
        (v > s + 1
            && tk.is(v - 1, ',')
            && a == v + 1
            && tk.capitalized(b)
            && (b + 2 == c || tk.is(b + 1, ','))
            && !(v + 1..c - 1).any(|m| tk.list[m].quoted))
        .then_some((a, b))
    };
    speaker
        .or_else(clause_subject)
        .or_else(with_subject)
        .or_else(inverted)
        .or_else(|| sentence_subject(tk, s, c).map(|p| name_in_apposition(tk, p, c).unwrap_or(p)))
}

/// The name set off by commas right after the role `(a, b)`, before token
/// `c`: "Ukraine's foreign minister, Andrii Sybiha, met …, saying …" is
/// Andrii Sybiha's. (Only after a role in lower case, and only a name of
/// two or more capitalised words: not a list of names.)
pub(crate) fn name_in_apposition(tk: &Tokens, (_, b): TokenRange, c: usize) -> Option<TokenRange> {
    if !tk.is(b + 1, ',') || tk.capitalized(b) || pronoun(tk, b).is_some() {
        return None;
    }
    let (na, nb) = phrase_after(tk, b + 2, c)?;
    (na == b + 2
        && nb > na
        && nb + 2 < c
        && tk.is(nb + 1, ',')
        && (na..=nb).all(|k| tk.list[k].word && tk.capitalized(k)))
    .then_some((na, nb))
}

/// The subject of the finite verb at token `c` after a comma, past an aside
/// too long or too loose to read as an apposition ("Mary Susan, clad in a
/// red cape with lights that formed the name Trump, said …"): the
/// sentence's subject, when it is a pronoun or a name of two words or more.
pub(crate) fn subject_past_aside(tk: &Tokens, s: usize, c: usize) -> Option<TokenRange> {
    // ("…, has said …": past the auxiliary.)
    let mut e = c.checked_sub(1)?;
    while e > s && auxiliary_at(tk, e) {
        e -= 1;
    }
    // (Its comma may close inside a quotation: "Mr. Manafort, citing
    // ''the unique magic of Trump,'' said …".)
    if let Some(comma) = comma_inside_marks(tk, e).filter(|&m| m > s) {
        e = comma;
    }
    if e <= s || !tk.is(e, ',') || tk.str(c).ends_with("ing") {
        return None;
    }
    // (Not an inverted credit: "…, said lead manager Salomon Brothers.")
    let credit = phrase_after(tk, c + 1, tk.list.len())
        .is_some_and(|(_, end)| tk.sentence_over(end + 1) || tk.is(end + 1, ','));
    // (The aside opens right after the subject and has no verb of its own:
    // not "The Internet has helped it, said Angie Holan", nor "Chrysler
    // Financial Corp, a unit of Chrysler, is raising 250 mln dlrs …, said".)
    sentence_subject(tk, s, c).filter(|&(a, b)| {
        let circumstance = aside_of_circumstance(tk, b + 2);
        !credit
            && tk.is(b + 1, ',')
            // (An aside of circumstance may hold an auxiliary of its own:
            // "Yeutter, asked whether the deficit would improve, replied".)
            && (circumstance || !(b + 1..e).any(|k| auxiliary_at(tk, k)))
            && (pronoun(tk, a).is_some()
                || ((b > a || circumstance)
                    && tk.capitalized(a)
                    && tk.capitalized(b)
                    && !tk.has(a, flag::DETERMINER | flag::FUNCTION_WORD)))
    })
}

/// Whether the aside at token `k` opens with a preposition or a participle
/// of circumstance: "Priebus, in the wake of a new poll …, told …",
/// "Yeutter, asked whether …," (a one-word name and such an aside read as a
/// subject and its circumstance, not a list).
fn aside_of_circumstance(tk: &Tokens, k: usize) -> bool {
    ["in", "at", "on", "after", "during", "with", "speaking", "asked", "despite", "amid"]
        .iter()
        .any(|w| tk.is_word(k, w))
}

/// The subject opening the sentence that starts at token `s`, before token
/// `c`: its first phrase, or, when the sentence opens with a phrase that is
/// not one ("At Sunday's debate, Sanders …"), the first after the comma
/// that closes it.
pub(crate) fn sentence_subject(tk: &Tokens, s: usize, c: usize) -> Option<TokenRange> {
    // "WASHINGTON, Dec. 8 (UPI) — …": the dateline is no subject.
    let mut s = dateline_end(tk, s).filter(|&d| d < c).unwrap_or(s);
    // "And then Trump went …": connectives before the subject.
    while s + 1 < c && ["and", "then", "but", "so"].iter().any(|w| tk.is_word(s, w)) {
        s += 1;
    }
    let comma = (s + 1..c.min(s + 12)).find(|&k| tk.is(k, ','));
    // "Appearing before supporters, Suu Kyi …", "Immediately after the
    // attacks, Trump …", "A few minutes later, Murphy …": a participle, an
    // adverb or a time opens the sentence, not its subject.
    let opening = |p: TokenRange| {
        let mut buf = [0u8; 32];
        (p.0 == p.1 && {
            let w = tk.lower(p.0, &mut buf);
            w.ends_with("ing")
                || w.ends_with("ly")
                // ("Reached by POLITICO, Bennett denied …", "Faced with
                // heightened protectionist sentiment, the administration
                // …": a participle and its preposition.)
                || (w.ends_with("ed")
                    && tk.has(p.0 + 1, flag::FUNCTION_WORD)
                    && !tk.capitalized(p.0 + 1))
        })
            // ("Ever since she endorsed Mrs. Clinton, Ms. Warren has …": a
            // clause a subordinator opens.)
            || (comma.is_some()
                && (s..(s + 2).min(c)).any(|k| SUBORDINATORS.iter().any(|w| tk.is_word(k, w))))
            // ("More recently, he's spoken out …": a degree and an adverb.)
            || (comma == Some(s + 2) && ends_in_ly(tk, s + 1) && !tk.capitalized(s + 1))
            // ("Near the hotel, Trump …", "Across the state, voters …": a
            // place; "inside" and "outside" are function words.)
            || (comma.is_some()
                && p.0 == s
                && ["across", "near", "behind", "around"]
                    .iter()
                    .any(|w| tk.is_word(s, w))
                && tk.has(s + 1, flag::DETERMINER))
            || comma.is_some_and(|comma| {
            (s..comma).any(|k| {
                let mut buf = [0u8; 32];
                matches!(
                    tk.lower(k, &mut buf),
                    "later" | "earlier" | "ago" | "minutes" | "hours" | "days" | "weeks"
                        // ("The day before, at a rally …, Mr. Trump was …".)
                        | "before"
                ) || tk.str(k).bytes().all(|b| b.is_ascii_digit())
            })
        })
    };
    // The first phrase after one of the opening's commas ("On Thursday,
    // after remaining neutral, Warren …").
    // (Not a place's state or country after its town: "At a campaign event
    // in Ames, Iowa, on Sunday, Mrs. Clinton …".)
    let state_after_town = |(a, b): TokenRange| {
        // ("Beaumont, Tex., Mr. Trump": a full stop of its own.)
        let stop = tk.is(b + 1, '.') && tk.is(b + 2, ',');
        let place = us_state(tk, (a, b))
            || (stop && US_STATE_ABBREVIATIONS.contains(&&tk.text[tk.span(a, b + 1)]))
            || (a == b && super::countries::is_country_name(tk.str(a)));
        a >= s + 2
            && tk.is(a - 1, ',')
            && tk.capitalized(a - 2)
            && (tk.is(b + 1, ',') || stop)
            && place
    };
    let after_comma = |first: Option<usize>| {
        let first = first?;
        (first..c.min((s + 24).max(first + 1)))
            .take_while(|&k| !tk.list[k].quoted)
            .filter(|&k| tk.is(k, ','))
            .find_map(|k| {
                phrase_after(tk, k + 1, c)
                    .filter(|&p| !state_after_town(p))
                    .or_else(|| people_counted(tk, k + 1, c))
            })
    };
    // ("Smaller firms have criticized …": an adjective's capital opening
    // the sentence, then its noun and the verb; or an article and an
    // adjective, "The retired neurosurgeon addressed …, remarking …".)
    let with_noun = |(a, b): TokenRange| {
        let noun = b + 1;
        if a != s || noun + 1 >= c {
            return (a, b);
        }
        // (A plain noun: not "Italy itself has …", "India had asked …".)
        let plain = tk.list[noun].word
            && !tk.list[noun].quoted
            && !tk.capitalized(noun)
            && !tk.has(noun, flag::FUNCTION_WORD | flag::CUE)
            && !auxiliary_at(tk, noun);
        // (A verb's past or an auxiliary after the capital's noun: not
        // "McFadden makes claims …".)
        // (Or any past after a plural: "Business groups welcomed the move and
        // cautioned …".)
        let after_capital = || {
            a == b
                && !tk.possessive(a)
                && !tk.bytes(noun).ends_with(b"self")
                && (auxiliary_at(tk, noun + 1)
                    || (cue_at(tk, noun + 1).is_some()
                        && (tk.bytes(noun + 1).ends_with(b"ed") || tk.is_word(noun + 1, "said")))
                    || (tk.bytes(noun).ends_with(b"s")
                        && tk.list[noun + 1].word
                        && !tk.list[noun + 1].quoted
                        && !tk.capitalized(noun + 1)
                        && !tk.has(noun + 1, flag::FUNCTION_WORD)
                        && tk.bytes(noun + 1).ends_with(b"ed")))
        };
        let after_article = || {
            b == a + 1
                && ["the", "a", "an"].iter().any(|w| tk.is_word(a, w))
                && !tk.capitalized(b)
                && (auxiliary_at(tk, noun + 1) || verb_after(tk, noun))
        };
        if plain && (after_capital() || after_article()) { (a, noun) } else { (a, b) }
    };
    // (A participle's phrase may run past a dozen words: "Following
    // meetings with House Agriculture Committee Chairman Kika de la Garza
    // (D-Tex.) and …, the groups …".)
    let far_comma = || {
        comma.or_else(|| {
            (s + 1..c.min(s + 40))
                .take_while(|&k| !tk.list[k].quoted && !tk.ends_sentence(k))
                .find(|&k| tk.is(k, ','))
        })
    };
    match phrase_after(tk, s, c).map(with_noun) {
        Some(p) if opening(p) => after_comma(far_comma()).or(Some(p)),
        Some(p) => Some(p),
        // (An opening with no phrase of its own may be longer: "In response
        // to Donald Trump's proposal to bar Muslims from entering the United
        // States, Hillary Clinton's right-hand woman …".)
        None => after_comma(comma.or_else(|| (s + 1..c.min(s + 20)).find(|&k| tk.is(k, ',')))),
    }
}

/// Start of the sentence that token `i` is in: the token after the last
/// sentence end, quotation or paragraph break before it.
pub(crate) fn sentence_start(tk: &Tokens, i: usize) -> usize {
    start_of_sentence(tk, i, false)
}

/// [`sentence_start`] read through quotations: a full stop inside quote
/// marks does not end the writer's sentence around them.
pub(crate) fn sentence_start_through_quotes(tk: &Tokens, i: usize) -> usize {
    start_of_sentence(tk, i, true)
}

/// Whether the full stop at token `k`, inside a quotation, ends the
/// writer's sentence too: the quotation closes right after it and a
/// capitalised word or another quotation opens the next (`… on CBS'
/// ''60 Minutes.'' ''I don't think …''`).
fn quotation_ends_sentence(tk: &Tokens, k: usize) -> bool {
    let mut m = k + 1;
    while m < tk.list.len() && m <= k + 2 && closing_mark(tk, m) && !tk.list[m].word {
        m += 1;
    }
    m > k + 1
        && m < tk.list.len()
        && (tk.list[m].paragraph != tk.list[k].paragraph
            || tk.capitalized(m)
            || (!tk.list[m].word && tk.capitalized(m + 1)))
}

/// Whether token `m` is a mark that closes a quotation.
pub(crate) fn closing_mark(tk: &Tokens, m: usize) -> bool {
    matches!(tk.str(m), "\"" | "”" | "’" | "'" | "»")
}

/// The comma just inside the closing quote mark(s) that end at token `k`,
/// one mark or a doubled one: `"Global Crop News,"`, `''the unique magic of
/// Trump,''`.
pub(crate) fn comma_inside_marks(tk: &Tokens, k: usize) -> Option<usize> {
    if !closing_mark(tk, k) {
        return None;
    }
    let k = if k > 0 && closing_mark(tk, k - 1) { k - 1 } else { k };
    (k > 0 && tk.is(k - 1, ',')).then(|| k - 1)
}

#[inline(always)]
fn start_of_sentence(tk: &Tokens, i: usize, through_quotes: bool) -> usize {
    let Some(para) = tk.list.get(i).map(|t| t.paragraph) else { return i };
    let mut k = i;
    while k > 0 {
        let p = k - 1;
        let t = &tk.list[p];
        let stops = if through_quotes {
            tk.ends_sentence(p) && (!t.quoted || quotation_ends_sentence(tk, p))
        } else {
            t.quoted || tk.ends_sentence(p)
        };
        if t.paragraph != para || stops {
            // (The quotation's closing marks belong to the sentence before.)
            if through_quotes && t.quoted {
                while k < i && tk.list[k].quoted && !tk.list[k].word {
                    k += 1;
                }
            }
            // (So do the closing marks of a work's name that ends it: `… on
            // NBC's "Meet the Press." "…"`.)
            while t.paragraph == para
                && !t.quoted
                && k < i
                && !tk.list[k].word
                && !tk.list[k].quoted
                && closing_mark(tk, k)
            {
                k += 1;
            }
            break;
        }
        k = p;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(t: &str, verb: &str) -> String {
        let tk = Tokens::whole(t);
        let i = (0..tk.list.len()).find(|&i| tk.str(i) == verb).unwrap_or(0);
        phrase_before(&tk, i - 1, 0).map(|(a, b)| t[tk.span(a, b)].to_string()).unwrap_or_default()
    }

    #[test]
    fn names_pronouns_roles_and_appositions() {
        assert_eq!(
            before("NATO Secretary General Mark Rutte has said", "said"),
            "NATO Secretary General Mark Rutte"
        );
        assert_eq!(before("After that he also said", "said"), "he");
        assert_eq!(before("Jane Doe, the former minister, said", "said"), "Jane Doe");
        assert_eq!(before("But a campaign operative decided", "decided"), "a campaign operative");
        assert_eq!(
            before("When asked, the Secretary General emphasized", "emphasized"),
            "the Secretary General"
        );
        assert_eq!(
            before("and a spokesman for the ministry said", "said"),
            "a spokesman for the ministry"
        );
    }

    #[test]
    fn inverted_phrase() {
        let t = "said Jane Doe, the minister";
        let tk = Tokens::whole(t);
        let (a, b) = phrase_after(&tk, 1, tk.list.len()).unwrap_or((0, 0));
        assert_eq!(&t[tk.span(a, b)], "Jane Doe");
    }
}
