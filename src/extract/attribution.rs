//! Attribution of quotations: the cue and speaker before a quotation (`X
//! said: "…"`, `According to X, "…"`, `X: "…"`) or after it (`"…," X said`,
//! `"…," said X`, `"…" ― X`).

use super::lexicon;
use super::phrases::{
    self, TokenRange, according_to, cue_at, dash, participle_of_sentence, participle_subject,
    phrase_after, phrase_before, sentence_start, sentence_subject,
};
use super::quotes::Quotation;
use super::tokens::Tokens;

/// Who a quotation is attributed to, and by which cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// The speaker phrase.
    pub speaker: TokenRange,
    /// The cue ([`lexicon::cue_name`]: "said", "according to", ":", "—").
    pub cue: &'static str,
    /// The cue's token, when it is a verb.
    pub cue_token: Option<usize>,
    /// The last token the attribution takes up.
    pub last: usize,
    /// Whether a quotation right after it goes on with the one before it
    /// (`"A," she said, "B."`): not after a credit that follows the
    /// writer's own words (`"A" for Clinton, said Kunin. "B."`).
    pub joins: bool,
}

impl Attribution {
    /// A credit with no verb (a colon, "according to", a dash): it may go
    /// on into a next quotation.
    fn without_verb(speaker: TokenRange, cue: &'static str, last: usize) -> Attribution {
        Attribution { speaker, cue, cue_token: None, last, joins: true }
    }

    /// A credit by the verb at token `c`, which a next quotation may go on
    /// from.
    fn by_verb(tk: &Tokens, speaker: TokenRange, c: usize, last: usize) -> Attribution {
        let cue = lexicon::cue_name(tk.str(c));
        Attribution { speaker, cue, cue_token: Some(c), last, joins: true }
    }
}

/// What stands before a quotation in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lead {
    /// Nothing: the quotation opens its sentence or paragraph.
    Nothing,
    /// A colon.
    Colon,
    /// A comma ("Rutte said, …", "According to Rutte, …").
    Comma,
    /// The writer's words ("emphasized that …").
    Words,
}

/// The attribution after `q` in its sentence, if there is one.
pub(crate) fn after(tk: &Tokens, text: &str, q: &Quotation) -> Option<Attribution> {
    let para = q.last_paragraph() as u32;
    let first = tk.at_or_after(q.end());
    // A credit on a line of its own: `"…"` ¶ `- Hillary Clinton.`
    if first < tk.list.len() && tk.list[first].paragraph == para + 1 && dash(tk, first) {
        let end = (first..tk.list.len().min(first + 20))
            .find(|&k| tk.list[k].paragraph != para + 1)
            .unwrap_or(tk.list.len());
        let credit_only = end == tk.list.len() || tk.list[end].paragraph != para + 1;
        return credit_only.then(|| dash_credit(tk, first, end, false)).flatten();
    }
    let mut limit = first;
    while limit < tk.list.len()
        && tk.list[limit].paragraph == para
        && !tk.list[limit].quoted
        && !tk.ends_sentence(limit)
        && limit - first < 40
    {
        limit += 1;
    }
    let mut i = first;
    while i < limit && tk.is(i, ',') {
        i += 1;
    }
    if i >= limit {
        return None;
    }
    let content = q.parts.last().map_or("", |p| &text[p.content.clone()]);
    let ends_sentence = content.ends_with(['.', '!', '?']);
    // `"…." He said: "…"` introduces the next quotation instead; so does
    // a new sentence's credit and a comma right before the next quotation,
    // `"…." He added, "It is crucial …"`.
    let opens_next = || {
        tk.is(limit - 1, ',')
            && tk.capitalized(i)
            && tk.list.get(limit).is_some_and(|t| t.quoted && t.paragraph == para)
    };
    if ends_sentence && (tk.is(limit - 1, ':') || opens_next()) {
        return None;
    }
    if dash(tk, i) {
        return dash_credit(tk, i, limit, true);
    }
    // `"…," Texas delegate Bill Eastland, wearing a cowboy hat and “Ted
    // Cruz” pins, said`, `"…," Trump, the frontrunner nationally and …,
    // said`: a name, then an apposition of up to 30 tokens (quoted words
    // too) closed by a comma and the verb. Only when the quotation ended
    // with a comma: the name credits it.
    // (Or "of", "from" or "at" and a place or a body before the comma:
    // `"…," Kirsten Pfeifer from the Consumer Electronics Association,
    // told …`.)
    if content.ends_with(',')
        && let Some(name) = phrase_after(tk, i, limit)
        && tk.capitalized(name.1)
        && name.1 + 1 < tk.list.len()
        && (tk.is(name.1 + 1, ',')
            || ["of", "from", "at"].iter().any(|w| tk.is_word(name.1 + 1, w)))
        && let Some(close) = (name.1 + 2..(name.1 + 32).min(tk.list.len()))
            .take_while(|&m| tk.list[m].paragraph == para && !tk.ends_sentence(m))
            .find(|&m| tk.is(m, ',') && cue_at(tk, m + 1).is_some())
        && close > name.1 + 2
        && !(name.1 + 2..close).any(|m| cue_at(tk, m).is_some())
    {
        return Some(Attribution::by_verb(tk, name, close + 1, close + 1));
    }
    // `"…," Burnell Roberts, chairman and chief executive officer said.`,
    // `"…," Norton Strommen, chief meteorologist at USDA told Reuters.`: an
    // apposition of roles (and where they are held) the verb follows with
    // no comma, as newswires write it.
    // (Its comma may be left out too after a person's name: `"…," Dr Mark
    // Tuffy games systems director at digital content firm THX told …`.)
    if content.ends_with(',')
        && let Some(name) = phrase_after(tk, i, limit)
        && tk.capitalized(name.1)
        && let comma = usize::from(tk.is(name.1 + 1, ','))
        && (comma == 1 || person_named(tk, name))
        && let Some(verb) = (name.1 + 1 + comma..(name.1 + 16).min(tk.list.len()))
            .find(|&m| !tk.list[m].word || cue_at(tk, m).is_some())
        && cue_at(tk, verb).is_some()
        && let role = name.1
            + 1
            + comma
            + usize::from(tk.has(name.1 + 1 + comma, lexicon::flag::DETERMINER))
        // (The firm's acronym or name may open the roles: "Romilly
        // Humphries, S.A.Y. president and chief executive officer said",
        // "A. William Reynolds, GenCorp chairman and chief executive officer
        // said".)
        && let acronym = (role + 1 < verb
            && tk.list[role].word
            && tk.str(role).len() > 1
            && (!tk.str(role).chars().any(char::is_lowercase)
                || (tk.capitalized(role)
                    && tk.has(role + 1, lexicon::flag::TITLE_WORD | lexicon::flag::ROLE_NOUN)
                    && !tk.capitalized(role + 1))))
        && let role = role + usize::from(acronym)
        && role < verb
        && !tk.capitalized(role)
        && !["who", "whose", "which"].iter().any(|w| tk.is_word(role, w))
        && (name.1 + 1 + comma..verb).all(|m| !phrases::auxiliary_at(tk, m))
        // (Capitals only for where the role is held: "at USDA".)
        && let place = (name.1 + 1 + comma..verb)
            .find(|&m| ["at", "of", "for", "with", "in", "from"].iter().any(|w| tk.is_word(m, w)))
        && (name.1 + 1 + comma..verb)
            .all(|m| (acronym && m + 1 == role) || !tk.capitalized(m) || place.is_some_and(|p| m > p))
        && (tk.sentence_over(verb + 1)
            || tk.is(verb + 1, ',')
            || (tk.capitalized(verb + 1) && tk.sentence_over(verb + 2))
            || whom_then_end(tk, verb))
    {
        return Some(Attribution::by_verb(tk, name, verb, verb));
    }
    // `"…," an official, who asked not to be identified, told Reuters`: a
    // relative clause set off between the speaker and the verb (its own
    // verbs credit nothing).
    if content.ends_with(',')
        && let Some(sp) = phrase_after(tk, i, limit)
        && sp.1 + 3 < tk.list.len()
        && tk.is(sp.1 + 1, ',')
        && (tk.is_word(sp.1 + 2, "who") || tk.is_word(sp.1 + 2, "which"))
        && let Some(close) = (sp.1 + 3..(sp.1 + 24).min(tk.list.len()))
            .take_while(|&m| tk.list[m].paragraph == para && !tk.ends_sentence(m))
            .find(|&m| tk.is(m, ',') && cue_at(tk, m + 1).is_some())
    {
        return Some(Attribution::by_verb(tk, sp, close + 1, close + 1));
    }
    // (Its closing comma left out: `"…," Katie Packer, who is chairman of
    // the group said in a statement`; a verb of the clause's own first.)
    if content.ends_with(',')
        && let Some(sp) = phrase_after(tk, i, limit)
        && sp.1 + 4 < limit
        && tk.is(sp.1 + 1, ',')
        && tk.is_word(sp.1 + 2, "who")
        && phrases::auxiliary_at(tk, sp.1 + 3)
        && let Some(verb) = (sp.1 + 4..limit)
            .take_while(|&m| tk.list[m].word && !tk.list[m].quoted)
            .find(|&m| cue_at(tk, m).is_some_and(|c| !c.question))
        && tk.capitalized(sp.1)
    {
        return Some(Attribution::by_verb(tk, sp, verb, verb));
    }
    // `"…," a voice-over in the ad states.`, `"…," a dealer for a German bank
    // in London said.`: a few plain words that open with an article and run
    // into the verb, which ends the sentence soon.
    if content.ends_with(',')
        && ["a", "an", "the"].iter().any(|w| tk.is_word(i, w))
        && let Some(verb) = (i + 2..limit.min(i + 10))
            .take_while(|&m| {
                // (No verb, pronoun or "as" among them: not "the paper
                // quoted the official as saying", "a document he drew up".)
                let w = tk.bytes(m - 1);
                tk.list[m - 1].word
                    && !tk.list[m - 1].quoted
                    && !phrases::auxiliary_at(tk, m - 1)
                    && cue_at(tk, m - 1).is_none()
                    && phrases::pronoun(tk, m - 1).is_none()
                    && !w.ends_with(b"ed")
                    && !w.eq_ignore_ascii_case(b"as")
            })
            .find(|&m| cue_at(tk, m).is_some_and(|c| !c.question))
        && (verb + 1..limit).filter(|&m| tk.list[m].word).count() <= 6
    {
        return Some(Attribution::by_verb(tk, (i, verb - 1), verb, verb));
    }
    // `"…," according to CNN.`
    if according_to(tk, i) {
        let sp = phrase_after(tk, i + 2, limit)?;
        let cue = lexicon::cue_name(&tk.text[tk.span(i, i + 1)]);
        return Some(Attribution::without_verb(sp, cue, sp.1));
    }
    let window = limit.min(i + 20);
    let (c, found) = (i..window).find_map(|c| cue_at(tk, c).map(|f| (c, f)))?;
    let cue = lexicon::cue_name(tk.str(c));
    // (A negated verb credits nothing: `"…." I don't believe in …`.)
    if c > i && phrases::negation(tk, c - 1) {
        return None;
    }
    // (Nor a participle opening the next sentence, whose subject comes
    // after it: `"…." Describing Mr Jackson as "a good person", the
    // mother-of-nine said …`.)
    if ends_sentence && c == i && tk.capitalized(c) && cue.ends_with("ing") {
        return None;
    }
    // (Nor, after a quotation that ended its sentence, a passive: `"…."
    // Laporte has been criticised for his team selection`.)
    if ends_sentence && c > i && super::reported::passive_at(tk, c) {
        return None;
    }
    // `"…." Cruz says he isn't …`: a quotation that ended its sentence is
    // not credited by a verb that reports a clause of its own.
    // (Nor past whom it told: `"…." A spokeswoman told BBC News Online that
    // letters were being sent`.)
    let own_after_whom = || {
        found.object
            && phrase_after(tk, c + 1, limit).is_some_and(|(_, e)| {
                phrases::opens_own_clause(tk, super::reported::past_whom_told(tk, e + 1))
            })
    };
    if ends_sentence
        && c + 1 < limit
        && tk.list[c + 1].word
        && (phrases::opens_own_clause(tk, c + 1)
            || own_after_whom()
            // (`"…." He says referees are constantly …`: a verb of the
            // clause's own; not an inverted credit's apposition, `"…" said
            // Tom Burke, who was …`.)
            || (!tk.capitalized(c + 1)
                && (c + 1..limit).take_while(|&m| !tk.is(m, ',')).any(|m| phrases::auxiliary_at(tk, m))))
    {
        return None;
    }
    // (Nor by one whose own words run into a quotation of their own:
    // `"…." Howard Archer said the MPC "may well consider …"`.)
    if ends_sentence
        && c > i
        && !found.object
        && c + 2 < limit
        && limit <= c + 7
        && limit < tk.list.len()
        && tk.list[limit].quoted
        && tk.list[limit].paragraph == para
        && (c + 1..limit).all(|m| tk.list[m].word)
        // (Not a time's clause: `"…?" He tweeted when Clinton ended a
        // debate with the “Star Wars” …`.)
        && !phrases::SUBORDINATORS.iter().any(|w| tk.is_word(c + 1, w))
    {
        return None;
    }
    // (Nor by a verb of going on that goes on to what its subject does:
    // `"…." Actress Sandra Dee continues to live in Los Angeles`, `"…."
    // Auditions begin in Canada on Thursday`.)
    if ends_sentence && c + 1 < limit && tk.list[c + 1].word && phrases::goes_on_verb(tk, c) {
        return None;
    }
    // (Nor past a short aside: `"…." He said, twice, that he was …`.)
    if ends_sentence
        && tk.is(c + 1, ',')
        && (c + 3..(c + 6).min(limit))
            .find(|&k| tk.is(k, ','))
            .is_some_and(|k| k + 1 < limit && phrases::opens_own_clause(tk, k + 1))
    {
        return None;
    }
    // (`"…." Williams blamed her defeat on injuries`, `"…." Ronaldo refused
    // to commit …`: nor by a verb whose thing or infinitive follows, a new
    // sentence about its subject.)
    if ends_sentence && c > i && c + 1 < limit && tk.list[c + 1].word && !found.object && {
        // (Not a particle or an adverb: "the audience screamed back".)
        let next_is_thing = !tk.has(c + 1, lexicon::flag::FUNCTION_WORD)
            && !tk.capitalized(c + 1)
            && !["back", "out", "up", "aloud", "again"].iter().any(|w| tk.is_word(c + 1, w))
            && !phrases::ends_in_ly(tk, c + 1);
        let infinitive = tk.is_word(c + 1, "to")
            && super::reported::INFINITIVE_VERBS.iter().any(|v| cue.starts_with(v));
        // (Nor one a question word follows: `"…." Henry explained why he
        // paused …`.)
        let question =
            ["why", "how", "what", "whether", "where"].iter().any(|w| tk.is_word(c + 1, w));
        (next_is_thing || infinitive || question)
            && !matches!(cue, "said" | "says" | "added" | "adds")
    } {
        return None;
    }
    // (A participle after the quotation is no inverted credit: in
    // `a defense of “New York values,” saying the city embodied …` the
    // city is what was said of, not who said it.)
    if c == i && cue.ends_with("ing") {
        return None;
    }
    if c == i {
        // (Past the verb's particle: `"…," points out former Olympian Steve
        // Cram.`, `"…," shot back Rubio.`)
        let particle = phrases::INVERTING_PARTICLES.iter().any(|w| tk.is_word(c + 1, w));
        let sp = phrase_after(tk, c + 1 + usize::from(particle), limit)?;
        // (`"…," said the Chelsea manager, Jose Mourinho.`: the name after
        // the role.)
        let named = (tk.list[sp.1].word && !tk.capitalized(sp.1) && tk.is(sp.1 + 1, ','))
            .then(|| phrase_after(tk, sp.1 + 2, tk.list.len()))
            .flatten()
            .filter(|&(a, b)| {
                b > a
                    && (a..=b).all(|k| tk.list[k].word && tk.capitalized(k))
                    && tk.sentence_over(b + 1)
            });
        let sp = named.unwrap_or(sp);
        return Some(Attribution {
            speaker: sp,
            cue,
            cue_token: Some(c),
            last: sp.1.max(c),
            joins: true,
        });
    }
    // `"…," Kyodo quoted him as telling reporters.`
    // (A longer name of who quoted, when it is all the stretch before
    // "quoted": `"…," the Interfax news agency quoted Mr Khodorkovsky as
    // saying.`)
    if let Some(sp) = phrases::quoted_as(tk, c)
        && (sp.0 <= i + 4
            || (sp.0 > i + 1
                && ["quoted", "quotes"].iter().any(|w| tk.is_word(sp.0 - 1, w))
                && phrase_before(tk, sp.0 - 2, i).is_some_and(|p| p.0 == i && p.1 == sp.0 - 2)))
    {
        return Some(Attribution { speaker: sp, cue, cue_token: Some(c), last: c, joins: true });
    }
    // (`"…," one broker here said.`: where the speaker is, before the verb.)
    let here = c > i + 1 && tk.is_word(c - 1, "here");
    let Some(sp) = phrase_before(tk, c - 1 - usize::from(here), i) else {
        // `"…" for Clinton, said Kunin.`: an inverted credit after the
        // writer's words, the name ending the sentence or opening an
        // apposition.
        let sp = (tk.is(c - 1, ',') && !found.object)
            .then(|| phrase_after(tk, c + 1, limit))
            .flatten()?;
        let ends = sp.1 + 1 == limit || tk.is(sp.1 + 1, ',');
        return ends.then_some(Attribution {
            speaker: sp,
            cue,
            cue_token: Some(c),
            last: sp.1,
            joins: false,
        });
    };
    // (`"…," one of the officials told Reuters`: the phrase is theirs.)
    let one_of = sp.0 == i + 2
        && content.ends_with(',')
        && tk.bytes(sp.1).ends_with(b"s")
        && tk.is_word(i + 1, "of")
        && ["one", "some", "many", "most", "several", "two", "three", "none", "each", "both"]
            .iter()
            .any(|w| tk.is_word(i, w));
    let sp = if one_of { (i, sp.1) } else { sp };
    // The phrase must open the stretch after the quotation (an "and" or
    // "then" before it is fine), or follow a comma that ends the writer's
    // words there (`"…" for the victory, Sanders said.`); else this verb
    // belongs to another clause.
    // (Not a conjunction that opens a clause of the writer's: `"…," after
    // Clinton spokesman Brian Fallon expressed his support`; but `"…," as
    // one aide put it` credits.)
    // (Nor "as" and a phrase set off from the verb by a comma: in `use
    // “something to hand” as a weapon, said the leaflet` the verb's subject
    // follows it.)
    let as_set_off = tk.is_word(i, "as") && sp.1 + 2 == c && tk.is(sp.1 + 1, ',');
    let subordinator = || {
        (!tk.is_word(i, "as") || as_set_off)
            && phrases::SUBORDINATORS.iter().any(|w| tk.is_word(i, w))
    };
    let opens = !(sp.0 > i + 1 || (sp.0 == i + 1 && (!tk.list[i].word || subordinator())))
        // Words that only describe the name may come first: "CrowdStrike
        // co-founder Dmitri Alperovitch told", "former George W. Bush
        // speechwriter Noam Neusner wrote".
        || (sp.0 - i <= 6
            && (tk.capitalized(sp.0) || tk.capitalized(sp.1))
            && (i..sp.0).all(|k| {
                // (And a first name of two: "Edward-Isaac Dovere and
                // Gabriel Debenedetti wrote".)
                // (Or two roles: "GM chairman and chief executive Rick
                // Wagoner said".)
                // (Or two fields of one role: "Music Choice music and
                // marketing manager Simon George said".)
                let joins_names = tk.is_word(k, "and")
                    && k > i
                    && (tk.capitalized(k - 1)
                        || tk.has(k - 1, lexicon::flag::TITLE_WORD)
                        || (k + 1 < sp.0 && tk.list[k - 1].word && tk.list[k + 1].word && !tk.capitalized(k + 1)));
                // (A plural's possessive mark: "Wales' team physiotherapist
                // Mark Davies said".)
                phrases::plural_possessive_mark(tk, k)
                    || (tk.list[k].word
                        && !tk.list[k].quoted
                        && (joins_names || !tk.has(k, lexicon::flag::FUNCTION_WORD))
                        && cue_at(tk, k).is_none())
            }));
    // (A short credit: at most six words after the verb end the sentence.)
    // (Or one that goes on to a statement of its own: "…, Hollande said
    // Tuesday in Paris, noting …".)
    // (Not a credit set in the writer's next sentence, which runs on into a
    // quotation of its own: `"…." Perhaps, he said, this "small town …"`.)
    let runs_into_quotation = ends_sentence && limit < tk.list.len() && tk.list[limit].quoted;
    // (Titles may stand between the comma and the name: "…, Chairman and
    // Chief Executive Officer Anthony O'Reilly told analysts.")
    let after_comma =
        (sp.0.saturating_sub(8).max(i + 1)..sp.0).rev().find(|&k| tk.is(k, ',')).is_some_and(|k| {
            (k + 1..sp.0).all(|m| tk.list[m].word && (tk.capitalized(m) || tk.is_word(m, "and")))
        });
    let credits = sp.0 > i + 1
        && after_comma
        && !runs_into_quotation
        && ((c + 1..limit).filter(|&k| tk.list[k].word).count() <= 6
            || (!ends_sentence
                && super::reported::comma_after_verb(tk, c)
                    .is_some_and(|m| super::reported::participle_cue(tk, m + 1))));
    if !opens && !credits {
        return None;
    }
    // (A quotation closed by a comma before a role and the name is a
    // sentence of the speaker's, and the next may go on with it: `"…," the
    // White House spokesman, Josh Earnest, said on Thursday. "…"`.)
    let joins = opens || content.ends_with(',');
    Some(Attribution { speaker: sp, cue, cue_token: Some(c), last: c, joins })
}

/// Whether the verb at token `verb` ends its sentence after whom or where it
/// was said, in a few words with no clause among them ("told the BBC News
/// website.", "said in the letter."); more after a preposition ("said in a
/// statement at a House Energy and Power subcommittee hearing.", "said as
/// the reason for building the plant.").
fn whom_then_end(tk: &Tokens, verb: usize) -> bool {
    let words = if ["in", "at", "as", "on", "during"].iter().any(|w| tk.is_word(verb + 1, w)) {
        16
    } else {
        8
    };
    let Some(end) = (verb + 2..(verb + words).min(tk.list.len())).find(|&k| !tk.list[k].word)
    else {
        return false;
    };
    tk.ends_sentence(end)
        && (verb + 1..end).all(|k| {
            !tk.list[k].quoted
                && !tk.is_word(k, "that")
                && !phrases::auxiliary_at(tk, k)
                && cue_at(tk, k).is_none()
        })
        && phrases::pronoun(tk, verb + 1).is_none()
}

/// When the verb at token `c` (in the sentence from token `s`) names or
/// judges something in the passive ("was described", "is called", "was
/// hailed for his “remarkable visual beauty”", "has been accused of …
/// “brain-drain”"), its agent after "by", before or after the quotation
/// `q`, if any: the subject is what was named, not who said it.
fn passive_naming(tk: &Tokens, q: &Quotation, c: usize, s: usize) -> Option<Option<TokenRange>> {
    const NAMING: [&str; 15] = [
        "describ", "call", "label", "dub", "brand", "term", "hail", "accus", "criticis",
        "criticiz", "prais", "remember", "condemn", "lambast", "slam",
    ];
    let mut buf = [0u8; 32];
    let verb = tk.lower(c, &mut buf);
    let after = tk.at_or_after(q.end());
    // (Or with no auxiliary, when "by" follows the quotation and no pronoun
    // or name just before is the verb's subject: "in a move branded a
    // “humiliating retreat” by the Tories", "email chains recently labeled
    // “top secret” by the State Department"; not "He also accused SATS of
    // applying “racist labour policies,” by threatening …".)
    // (Or in an aside of participles after its subject: "The service,
    // launched in December and dubbed “Otoku”, has had …".)
    let in_aside = || {
        tk.is_word(c - 1, "and")
            && (s + 1..c - 1).rev().find(|&k| tk.is(k, ',')).is_some_and(|m| {
                m + 1 < c - 1
                    && tk.list[m + 1].word
                    && !tk.capitalized(m + 1)
                    && tk.bytes(m + 1).ends_with(b"ed")
                    && (m + 1..c).all(|k| !tk.list[k].quoted && !phrases::auxiliary_at(tk, k))
            })
    };
    let passive = c > s
        && verb.ends_with("ed")
        && NAMING.iter().any(|n| verb.starts_with(n))
        && (["is", "was", "are", "were", "been", "being", "be"]
            .iter()
            .any(|w| tk.is_word(c - 1, w))
            || in_aside()
            || (tk.is_word(after, "by")
                && tk.list[c - 1].word
                && !tk.capitalized(c - 1)
                && (c.saturating_sub(2).max(s)..c).all(|k| phrases::pronoun(tk, k).is_none())));
    if !passive {
        return None;
    }
    let agent = if tk.is_word(c + 1, "by") {
        phrase_after(tk, c + 2, tk.at_or_after(q.open()))
    } else if tk.is_word(after, "by") {
        phrase_after(tk, after + 1, tk.list.len())
    } else {
        None
    };
    Some(agent)
}

/// Whether the words `sp` read as a plain noun phrase ("Rover bosses",
/// "the groups who wrote to her", "About four in 10"), not a stretch of the
/// writer's sentence ("Gorka similarly", "a piece that", "having", "in a
/// later interview").
fn plain_noun_phrase(tk: &Tokens, sp: TokenRange) -> bool {
    const OPENING_NO_SUBJECT: [&str; 16] = [
        "in", "on", "at", "for", "with", "from", "by", "to", "after", "before", "during", "so",
        "but", "and", "only", "now",
    ];
    let mut buf = [0u8; 32];
    let first_ok = !OPENING_NO_SUBJECT.contains(&tk.lower(sp.0, &mut buf));
    let last = tk.lower(sp.1, &mut buf);
    let last_ok = last == "most"
        || (!last.ends_with("ly")
            && !last.ends_with("ing")
            && !tk.has(sp.1, lexicon::flag::FUNCTION_WORD));
    first_ok && last_ok && !(sp.0..=sp.1).any(|k| phrases::auxiliary_at(tk, k))
}

/// The credit after the dash at token `at`: the phrase after it, before
/// token `end` (`"…" ― Jane Doe`).
fn dash_credit(tk: &Tokens, at: usize, end: usize, joins: bool) -> Option<Attribution> {
    let sp = phrase_after(tk, at + 1, end)?;
    // (Not the subject of the writer's sentence going on: `— “I will
    // win!” — the balloons cascaded down`.)
    let next = sp.1 + 1;
    if next < end && tk.list[next].word && !tk.capitalized(next) {
        return None;
    }
    Some(Attribution {
        joins,
        ..Attribution::without_verb(sp, lexicon::cue_name(tk.str(at)), sp.1)
    })
}

/// Nouns for a text someone put out: "issued the following statement: …".
const TEXT_NOUNS: [&str; 7] =
    ["statement", "tweet", "post", "letter", "email", "message", "remarks"];

/// Whether token `k` is one of [`TEXT_NOUNS`].
pub(crate) fn text_noun(tk: &Tokens, k: usize) -> bool {
    let mut buf = [0u8; 32];
    TEXT_NOUNS.contains(&tk.lower(k, &mut buf))
}

/// Verbs that put a text out: "the campaign issued a statement saying …",
/// "the Senate passed a resolution calling for …".
const ISSUING: [&str; 22] = [
    "issued",
    "blasted",
    "released",
    "sent",
    "published",
    "posted",
    "put",
    "issue",
    "release",
    "publish",
    "presented",
    "passed",
    "adopted",
    "approved",
    "filed",
    "signed",
    "unveiled",
    "circulated",
    "launched",
    "started",
    "introduced",
    "ran",
];

/// Nouns for a text a body puts out, whose participle says what it says:
/// "a press release saying …", "a resolution calling for …", "a
/// petition urging …" (wider than [`TEXT_NOUNS`], which a colon or a
/// quotation may follow).
const ISSUED_TEXTS: [&str; 23] = [
    "statement",
    "article",
    "release",
    "memo",
    "email",
    "e-mail",
    "letter",
    "message",
    "tweet",
    "post",
    "petition",
    "document",
    "report",
    "study",
    "resolution",
    "declaration",
    "bill",
    "motion",
    "communique",
    "op-ed",
    "editorial",
    "ad",
    "story",
];

/// Whether the phrase `(a, b)` names a text whose participle says what it
/// says: its head is one of [`TEXT_NOUNS`], or it is an [`issued_text`].
pub(crate) fn names_a_text(tk: &Tokens, (a, b): TokenRange) -> bool {
    text_noun(tk, b) || issued_text(tk, (a, b))
}

/// Whether the phrase `(a, b)` is a text put out, "a statement", "a
/// press release", "a joint declaration": "a" or "an", at most two words
/// in lower case, then one of [`ISSUED_TEXTS`].
pub(crate) fn issued_text(tk: &Tokens, (a, b): TokenRange) -> bool {
    b > a
        && b - a <= 3
        && ["a", "an"].iter().any(|w| tk.is_word(a, w))
        && (a + 1..b).all(|k| tk.list[k].word && !tk.capitalized(k))
        && issued_text_noun(tk, b)
}

/// Who put out the text whose phrase opens at token `text`, when a
/// participle after it reports what it says, in the sentence opening at
/// token `s`: the subject of a verb of issuing right before the text,
/// whatever its words ("the Trump campaign issued a statement saying …";
/// "put out a statement", the particle between), else the sentence's
/// subject when it is a pronoun or ends with a capital ("Clinton
/// responded on Facebook writing …").
pub(crate) fn text_author(tk: &Tokens, s: usize, text: usize) -> Option<TokenRange> {
    // ("In a statement defending Lewandowski, Trump's campaign said …": the
    // subject after the opening the text stands in.)
    if text == s + 1 && tk.is_word(s, "in") {
        let comma = (text..(text + 16).min(tk.list.len()))
            .take_while(|&k| !tk.list[k].quoted && !tk.ends_sentence(k))
            .find(|&k| tk.is(k, ','))?;
        return phrases::phrase_after(tk, comma + 1, tk.list.len())
            .filter(|&(a, _)| a == comma + 1);
    }
    // (Not a phrase cut at a possessive: "One hundred members of
    // Britain's ruling Conservative Party have signed a motion …" is no
    // motion of Britain's.)
    let (a, b) = sentence_subject(tk, s, text).filter(|&(_, b)| b < text && !tk.possessive(b))?;
    let verb = if tk.is_word(text - 1, "out") { text.saturating_sub(2) } else { text - 1 };
    // (When, how or a modal may stand between: "will shortly issue", "the
    // Senate yesterday unanimously passed".)
    let issuer = b < verb
        && verb - b <= 4
        && (b + 1..verb).all(|k| tk.list[k].word && !tk.list[k].quoted)
        && issuing_verb(tk, verb);
    // (Or the text and whom it went to before the participle: "his
    // campaign sent out a text message to supporters saying: …".)
    let sent_to = || {
        (b + 1..text).take(4).find(|&k| issuing_verb(tk, k)).is_some_and(|k| {
            (k + 1..text).all(|m| tk.list[m].word && !tk.list[m].quoted)
                && text - k <= 7
                && (k + 1..text).any(|m| issued_text_noun(tk, m))
        })
    };
    (issuer || phrases::pronoun(tk, a).is_some() || tk.capitalized(b) || sent_to())
        .then_some((a, b))
}

/// Whether token `k` is one of [`ISSUING`].
fn issuing_verb(tk: &Tokens, k: usize) -> bool {
    let mut buf = [0u8; 32];
    tk.list.get(k).is_some_and(|t| t.word) && ISSUING.contains(&tk.lower(k, &mut buf))
}

/// Whether token `k` is one of [`ISSUED_TEXTS`].
fn issued_text_noun(tk: &Tokens, k: usize) -> bool {
    let mut buf = [0u8; 32];
    tk.list.get(k).is_some_and(|t| t.word) && ISSUED_TEXTS.contains(&tk.lower(k, &mut buf))
}

/// Words after a subject before a colon that introduce a text rather than
/// credit the subject ("Transcript as follows:", "More from the report:").
const INTRODUCING_A_TEXT: [&str; 15] = [
    "as",
    "follows",
    "following",
    "below",
    "from",
    "of",
    "in",
    "at",
    "the",
    "a",
    "an",
    "to",
    "for",
    "with",
    "by",
];

/// Whether the phrase `sp` names a person by a given name or an honorific
/// ("Dr Mark Tuffy", "Mrs Clinton"), of two words at least.
fn person_named(tk: &Tokens, (a, b): TokenRange) -> bool {
    let mut buf = [0u8; 32];
    b > a
        && (super::speakers::person_honorific(tk.lower(a, &mut buf))
            || (a..b).any(|k| super::given_names::gender_of(tk.str(k)).is_some()))
}

/// The verb of speech, after token `s`, whose clause the subject at token
/// `a` opens: right before it ("Clinton said she opposes …"), before "that"
/// ("said that she …"), or past where or to whom it was said before "that"
/// ("declared in an interview with Reuters that he found Trump to be “very
/// charming”").
fn speech_verb_before_clause(tk: &Tokens, a: usize, s: usize) -> Option<usize> {
    let reports = |o: usize| cue_at(tk, o).is_some_and(|c| c.reports);
    let after_that = a >= 1 && tk.is_word(a - 1, "that");
    if let Some(o) = a.checked_sub(1).filter(|&o| o > s && reports(o)) {
        return Some(o);
    }
    if let Some(o) = a.checked_sub(2).filter(|&o| o > s && after_that && reports(o)) {
        return Some(o);
    }
    if a < 3 || !after_that {
        return None;
    }
    (a.saturating_sub(10).max(s + 1)..a - 2)
        .rev()
        .take_while(|&o| tk.list[o + 1].word && !tk.list[o + 1].quoted)
        .find(|&o| reports(o))
}

/// The name after "As" whose "put it" is the cue at `c`, past an
/// apposition that holds a work's title: "As Akhil Amar, … author of
/// ''America's Unwritten Constitution,'' put it, ''…''".
fn as_put_it(tk: &Tokens, c: usize) -> Option<TokenRange> {
    if !(tk.str(c).starts_with("put") && tk.is_word(c + 1, "it")) {
        return None;
    }
    let s = phrases::sentence_start_through_quotes(tk, c);
    let at = (s..c).take(3).find(|&k| tk.is_word(k, "as"))?;
    phrases::phrase_after(tk, at + 1, c).filter(|&(a, b)| a == at + 1 && tk.capitalized(b))
}

/// Whether the phrase `sp` is someone who may speak: "he", "she" or
/// "they", or a name.
fn someone(tk: &Tokens, sp: TokenRange) -> bool {
    matches!(
        phrases::pronoun(tk, sp.0),
        Some(lexicon::Pronoun::He | lexicon::Pronoun::She | lexicon::Pronoun::They)
    ) || tk.capitalized(sp.1)
}

/// Nouns for what someone says, which a writer may name before a colon
/// and the quotation ("had a message for Trump: …").
const SPEECH_NOUNS: [&str; 10] = [
    "message",
    "warning",
    "response",
    "reply",
    "answer",
    "advice",
    "words",
    "rejoinder",
    "plea",
    "verdict",
];

/// Verbs of a mind, not of speech, by their stems ("thinks", "believed",
/// "expects", "opposes"): what a speaker says someone thinks is the
/// speaker's statement.
const MINDS: &[&str] = &[
    "think",
    "thought",
    "believ",
    "expect",
    "hope",
    "hoping",
    "fear",
    "found",
    "find",
    "oppos",
    "support",
    "feel",
    "felt",
    "know",
    "knew",
    "doubt",
    "want",
    "agree",
    "recall",
    "remember",
    "suspect",
    "consider",
    "understand",
    "wish",
];

/// Whether the cue `cue` ([`lexicon::cue_name`]) is a verb of a mind
/// ("thinks", "expect"), not of speech.
pub(crate) fn mind_verb(cue: &str) -> bool {
    MINDS.iter().any(|m| cue.starts_with(m))
}

/// The subject of the writer's clause that goes on right after quotation
/// `q` (`…, “unjust,” he also demanded …`): a pronoun or a name, before a
/// lowercase word of its clause.
fn subject_after_quotation(tk: &Tokens, q: &Quotation) -> Option<TokenRange> {
    let mut k = tk.at_or_after(q.end());
    if tk.is(k, ',') {
        k += 1;
    }
    let (a, b) = phrase_after(tk, k, tk.list.len())?;
    (a == k
        && tk.list[k].paragraph as usize == q.last_paragraph()
        && (phrases::pronoun(tk, a).is_some()
            || tk.capitalized(a)
            // ("Describing Mr Jackson as “a good person”, the mother-of-nine
            // said …", right before its verb.)
            || (tk.is_word(a, "the") && cue_at(tk, b + 1).is_some()))
        && tk.list.get(b + 1).is_some_and(|t| t.word && !t.quoted && !tk.capitalized(b + 1)))
    .then_some((a, b))
}

/// The attribution before `q` in its sentence (or in the sentence ending a
/// paragraph with a colon just before it), and what stands before it.
pub(crate) fn before(tk: &Tokens, q: &Quotation) -> (Option<Attribution>, Lead) {
    let j = tk.at_or_after(q.open());
    if j == 0 || j >= tk.list.len() {
        return (None, Lead::Nothing);
    }
    let mut s = sentence_start(tk, j);
    if s == j {
        // `Rutte said:` closing the paragraph before.
        let p = j - 1;
        let prev = &tk.list[p];
        if prev.quoted || prev.paragraph + 1 != tk.list[j].paragraph || !tk.is(p, ':') {
            return (None, Lead::Nothing);
        }
        s = sentence_start(tk, p);
        if s == p {
            return (None, Lead::Nothing);
        }
    }
    // (A participle after a quotation whose comma closes inside its marks
    // goes on with the sentence before it: `defended “New York values,”
    // saying the city had the “bravery of America”`.)
    if s > 0
        && s < j
        && tk.list[s].word
        && tk.bytes(s).ends_with(b"ing")
        && phrases::comma_inside_marks(tk, s - 1).is_some()
    {
        s = phrases::sentence_start_through_quotes(tk, j);
    }
    let last = j - 1;
    let lead = if tk.is(last, ':') {
        Lead::Colon
    } else if tk.is(last, ',') {
        Lead::Comma
    } else {
        Lead::Words
    };
    if tk.list[j].paragraph != tk.list[last].paragraph && lead != Lead::Colon {
        return (None, Lead::Nothing);
    }
    // "According to X, …"
    if let Some(k) = (s..last).rev().find(|&k| according_to(tk, k)) {
        let stop = (k + 2..j).find(|&m| tk.is(m, ',')).unwrap_or(j);
        // (Or the whole source before its comma, when it is no plain name
        // or role: "According to some on Twitter, …".)
        let whole = || {
            let last = (k + 2..stop).rev().find(|&m| tk.list[m].word)?;
            (stop < j && last < k + 14 && !(k + 2..stop).any(|m| tk.list[m].quoted))
                .then_some((k + 2, last))
        };
        if let Some(sp) = phrase_after(tk, k + 2, stop).or_else(whole) {
            let cue = lexicon::cue_name(&tk.text[tk.span(k, k + 1)]);
            return (Some(Attribution::without_verb(sp, cue, sp.1)), lead);
        }
    }
    // `X: "…"`: the clause before the colon, after any comma or dash.
    let colon_clause = (lead == Lead::Colon && last > s).then(|| {
        (s..last).rev().find(|&k| tk.is(k, ',') || phrases::dash(tk, k)).map_or(s, |k| k + 1)
    });
    // "Pollsters agree - Carl Bialik: “…”": a bare name right before the
    // colon, after a dash or comma, is the speaker, whatever verb came
    // before it.
    if let Some(clause) = colon_clause
        && clause > s
        && let Some(sp) = phrase_before(tk, last - 1, clause)
        && sp.0 == clause
        && tk.capitalized(sp.1)
        && (clause..last).all(|k| cue_at(tk, k).is_none())
    {
        return (Some(Attribution::without_verb(sp, ":", last)), lead);
    }
    // "When Trump suggested he would sue, Rubio fired back: “…”": after an
    // opening clause, the subject of the clause the colon ends speaks, with
    // no reporting verb of its own; not the opening clause's.
    if let Some(clause) = colon_clause
        && clause > s
        && phrases::SUBORDINATORS.iter().any(|w| tk.is_word(s, w))
        && (clause..last).all(|k| cue_at(tk, k).is_none())
        && let Some(sp) = phrase_after(tk, clause, last)
        && sp.0 == clause
        && (tk.capitalized(sp.1) || phrases::pronoun(tk, sp.0).is_some())
        && tk.list.get(sp.1 + 1).is_some_and(|t| t.word && !t.quoted)
        && sp.1 + 1 < last
        && !tk.capitalized(sp.1 + 1)
        && !tk.has(sp.1 + 1, lexicon::flag::FUNCTION_WORD)
    {
        return (Some(Attribution::without_verb(sp, ":", last)), lead);
    }
    let mut fallback = None;
    for c in (s..=last).rev() {
        let Some(cue) = cue_at(tk, c) else { continue };
        // "When asked whether he …": the question's subject is not speaking;
        // "Sanders asks at a school, “…?”" does.
        let passive =
            c > s && ["when", "if", "was", "were", "being"].iter().any(|w| tk.is_word(c - 1, w));
        let wh = c + 1 < tk.list.len()
            && ["whether", "if", "what", "why", "how", "about", "to"]
                .iter()
                .any(|w| tk.is_word(c + 1, w));
        if cue.question && (passive || wh || c == s) {
            continue;
        }
        // ("the sale, which raked in more than analysts had expected, would
        // “substantially” enhance …": a verb whose object its relative
        // clause left out reports nothing after it; unlike a credit set off
        // in commas: "Biden, Rubio said, had been …".)
        if c + 2 < j && tk.is(c + 1, ',') && phrases::auxiliary_at(tk, c + 2) && {
            let from = (s..c).rev().find(|&k| tk.is(k, ',')).unwrap_or(s);
            (from..c).any(|k| ["than", "which", "what", "that"].iter().any(|w| tk.is_word(k, w)))
        } {
            continue;
        }
        // ("Katrina Bull said Mr Blair had shown he could rouse the party's
        // grassroots: “…”": showing what someone can do is no saying; the
        // earlier verb credits the quotation.)
        if lead == Lead::Colon
            && ["show", "shows", "showed", "shown"].iter().any(|w| tk.is_word(c, w))
            && ["he", "she", "they", "we", "i"].iter().any(|w| tk.is_word(c + 1, w))
        {
            continue;
        }
        let word = tk.str(c);
        // ("has a drug called Eminase which is “…”": a thing's name, not
        // what someone called it.)
        let naming = ["called", "named", "dubbed"].iter().any(|w| tk.is_word(c, w))
            && c > s
            && tk.list[c - 1].word
            && !tk.capitalized(c - 1)
            && phrases::pronoun(tk, c - 1).is_none()
            && !phrases::auxiliary_at(tk, c - 1)
            && c + 2 < j
            && tk.capitalized(c + 1)
            && !tk.list[c + 1].quoted
            && ["which", "that", "who"].iter().any(|w| tk.is_word(c + 2, w));
        if naming {
            continue;
        }
        // "Auerbach went so far as to say: …", "Trump was quick to add, …".
        let infinitive = c > s && tk.is_word(c - 1, "to");
        // (Nor a verb after a modal inside what an earlier verb reports:
        // "said that the platform should reiterate … “stalwart allies,”",
        // "said the party would announce “sweeping changes”": the words
        // are the earlier speaker's.)
        let modal = c > s
            && ["would", "should", "must", "will", "could", "can", "may", "might"]
                .iter()
                .any(|w| tk.is_word(c - 1, w));
        // (Nor the speaker's own word for a thing inside what an earlier
        // verb reports: "added that the bloc was preparing what she called
        // a “security and reconstruction package”" is all she added.)
        let own_word = c > s
            && phrases::pronoun(tk, c - 1).is_some()
            && ["called", "calls", "described", "describes"].iter().any(|w| tk.is_word(c, w));
        let reports_before =
            |m: usize| cue_at(tk, m).is_some_and(|e| e.reports) && !tk.str(m).ends_with("ing");
        // (For the own word, only after plain saying: not "The remarks
        // suggest Mr. Trump is … railing against what he calls a
        // ''corrupt'' process".)
        // (Nor past a comma: "said observers were sent with the marchers,
        // whom she described as “peaceful,” …" ends what she said at it.)
        let says_before = |m: usize| {
            super::reported::FINITE_SAYING.iter().any(|w| tk.is_word(m, w))
                && reports_before(m)
                && !(m..c).any(|k| tk.is(k, ','))
        };
        if (modal && (s..c - 1).any(reports_before)) || (own_word && (s..c - 1).any(says_before)) {
            continue;
        }
        // ("pledged to oppose legal status “today, tomorrow, forever”": the
        // verb whose infinitive it is credits the quotation.)
        // (Nor an infinitive inside what an earlier verb reports: "Clinton
        // says … she expects Obama to announce an “intensification”".)
        // (But "went on to say, “…”" introduces the quotation itself.)
        if infinitive
            && c >= s + 2
            && (cue_at(tk, c - 2).is_some()
                || (c + 2 < j
                    && (s..c - 1).any(|m| {
                        cue_at(tk, m).is_some_and(|e| e.reports) && !tk.str(m).ends_with("ing")
                    })))
        {
            continue;
        }
        // A passive naming verb credits its agent: "was described by Jobs
        // as “…”", "was called “…” by Brown"; with none, no one ("is
        // labelled as “joke”").
        if let Some(agent) = passive_naming(tk, q, c, s) {
            match agent {
                Some(sp) => return (Some(Attribution::by_verb(tk, sp, c, last)), lead),
                None => continue,
            }
        }
        // ("The statement today said, …": past when, right before the verb;
        // or where, "One Western commercial attache here said: …".)
        let when = c > s + 1
            && !tk.capitalized(c - 1)
            && (phrases::WHEN_WORDS.iter().any(|w| tk.is_word(c - 1, w))
                || tk.is_word(c - 1, "here"));
        let sp = phrases::quoted_as(tk, c)
            .or_else(|| if c > s { phrase_before(tk, c - 1 - usize::from(when), s) } else { None })
            .or_else(|| as_put_it(tk, c))
            .map(|sp| subject_before_relative(tk, sp, c).unwrap_or(sp))
            // ("One senior finance manager in Riyadh said: …" is the
            // manager's, as in reported speech.)
            // (Not back to a pronoun's verb: "he hit back at Labour claims
            // …" is Labour's; nor for a participle, whose subject is found
            // below.)
            .map(|sp| {
                let whole = if sp.1 < c && !word.ends_with("ing") {
                    super::reported::whole_speaker(tk, sp, c)
                } else {
                    sp
                };
                if phrases::pronoun(tk, whole.0).is_some() { sp } else { whole }
            });
        // "Clinton said she opposes “accounting gimmicks”": the verb that
        // reports the pronoun's clause credits it, and its speaker (not when
        // the inner verb reports speech: in "sources said he said “…”" the
        // words are his).
        if let Some((a, b)) = sp
            && a == b
            && {
                let mut buf = [0u8; 32];
                let inner = tk.lower(c, &mut buf);
                MINDS.iter().any(|m| inner.starts_with(m))
            }
            && phrases::pronoun(tk, a).is_some()
            && let Some(outer) = speech_verb_before_clause(tk, a, s)
            && (phrase_before(tk, outer - 1, s).is_some()
                || (tk.is_word(outer - 1, "and")
                    && phrases::sentence_subject(tk, s, outer).is_some()))
        {
            continue;
        }
        // "said Rutte:", but not "told the crowd:" (that is whom he told),
        // nor a phrase that opens the writer's words before the quotation
        // ("said the convention could be a “failure”", "explain his stance
        // … because there is "no question"").
        // (Such a phrase stays a last resort, when no verb before it has a
        // speaker: "calling the behavior a “fireable offense”"; never when
        // a verb of its own follows it.)
        let sp = sp.or_else(|| {
            let inverted = phrase_after(tk, c + 1, j).filter(|_| !cue.object)?;
            let credits = inverted.1 + 1 == j || (inverted.1 + 1 == last && !tk.list[last].word);
            if !credits && fallback.is_none() && !phrases::auxiliary_at(tk, inverted.1 + 1) {
                fallback = Some((inverted, c));
            }
            credits.then_some(inverted)
        });
        // "She rallied supporters, saying: …", "Trump leaned in and
        // boomed: …": the sentence's subject speaks.
        let participle = participle_of_sentence(tk, c, s, word);
        let coordinated = c > s && ["and", "then", "but"].iter().any(|w| tk.is_word(c - 1, w));
        // "She released a statement saying, …", "Clinton responded on
        // Facebook writing, …": the text's author speaks, not the text or
        // the preposition's object.
        let text_saying = word.ends_with("ing")
            && sp.is_some_and(|(first, head)| {
                names_a_text(tk, (first, head))
                    || (first > s
                        && ["to", "on", "in", "at", "from", "for"]
                            .iter()
                            .any(|w| tk.is_word(first - 1, w)))
            });
        // ("Calling the plan “unbalanced and unjust,” he also demanded …":
        // a participle that opens the sentence is the subject's after the
        // quotation, not its object's.)
        let opening = word.ends_with("ing") && c == s && !cue.object;
        let sp = if participle {
            // (Its subject may stand before a partial quotation of the
            // sentence: `Clinton promised to refrain from using the phrase
            // "illegal immigrant" …, saying she had made a "poor choice of
            // words"`.)
            participle_subject(tk, s, c)
                .or_else(|| {
                    let whole = phrases::sentence_start_through_quotes(tk, c);
                    (whole < s && tk.is(c - 1, ','))
                        .then(|| participle_subject(tk, whole, c))
                        .flatten()
                })
                .or(sp)
        } else if opening {
            subject_after_quotation(tk, q).or(sp)
        } else if text_saying {
            sp.and_then(|(first, _)| text_author(tk, s, first)).or(sp)
        } else if sp.is_none() && (coordinated || infinitive) {
            // (Its subject may stand before a quotation of its own: `Graham
            // said Carson is a “good man,” and said that Trump “…”`.)
            // (Or of the clause "when" opens: "such as when Cruz knocked
            // Rubio on trade and called him a “moderate”".)
            coordinated
                .then(|| super::reported::subordinate_subject(tk, s, c))
                .flatten()
                .or_else(|| sentence_subject(tk, s, c))
                .or_else(|| {
                    // (The subject of the verb it is coordinated with: "the
                    // trade pact, which Trump had called a “disaster” and
                    // promised to “rip up”" is Trump's.)
                    let whole = phrases::sentence_start_through_quotes(tk, c);
                    if !coordinated || whole >= s {
                        return None;
                    }
                    let first = (whole..s).rev().find(|&m| cue_at(tk, m).is_some());
                    first
                        .filter(|&m| m > whole)
                        .and_then(|m| phrase_before(tk, m - 1, whole))
                        .or_else(|| sentence_subject(tk, whole, c))
                })
                .or(sp)
        } else if sp.is_none() {
            // (Or the loose subject reported speech takes: "Lawyers for news
            // organisations said it was “really vital” …".)
            phrases::subject_past_aside(tk, s, c)
                .or_else(|| super::reported::subject_past_long_aside(tk, s, c))
                .or_else(|| {
                    let loose = cue.reports.then(|| super::reported::loose_subject(tk, c, s));
                    loose.flatten().filter(|&sp| plain_noun_phrase(tk, sp))
                })
        } else {
            sp
        };
        if let Some(sp) = sp {
            return (Some(Attribution::by_verb(tk, sp, c, last)), lead);
        }
    }
    if let Some((sp, c)) = fallback {
        return (Some(Attribution::by_verb(tk, sp, c, last)), lead);
    }
    if let Some(clause) = colon_clause {
        // The phrase is the whole clause before the colon, or a name
        // closing a longer one: "… doesn't surprise pollster Daron Shaw:
        // “…”".
        // (Not a preposition's object: "… quoting Leonardo da Vinci in
        // Italian: …".)
        if let Some(sp) = phrase_before(tk, last - 1, clause)
            && (sp.0 == clause
                || (tk.capitalized(sp.1)
                    && tk.capitalized(sp.0)
                    && !["in", "of", "by", "for", "with", "to", "at", "from", "on", "into"]
                        .iter()
                        .any(|w| tk.is_word(sp.0 - 1, w))))
        {
            let mut buf = [0u8; 32];
            let head = tk.lower(sp.1, &mut buf);
            if !lexicon::function_word(head) {
                let att = Attribution::without_verb(sp, ":", last);
                return (Some(att), lead);
            }
        }
        // "Kasich resisted: …", "Trump went even further: …": a named
        // subject and a few words of the writer's (not "Transcript as
        // follows:", "More from the report:", "it gets better:").
        if let Some(sp) = sentence_subject(tk, clause, last)
            && last - sp.1 <= 4
            && someone(tk, sp)
            && (sp.1 + 1..last).all(|k| {
                let mut buf = [0u8; 32];
                tk.list[k].word
                    && !tk.list[k].quoted
                    && !INTRODUCING_A_TEXT.contains(&tk.lower(k, &mut buf))
            })
        {
            let att = Attribution::without_verb(sp, ":", last);
            return (Some(att), lead);
        }
        // "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt
        // message to Trump: …": a named subject, and a message of theirs
        // the writer names before the colon.
        if let Some(sp) = sentence_subject(tk, s, last)
            && last - sp.1 <= 14
            && someone(tk, sp)
            && (sp.1 + 1..last).all(|k| !tk.list[k].quoted && cue_at(tk, k).is_none())
            && (sp.1 + 1..last).any(|k| {
                let mut buf = [0u8; 32];
                SPEECH_NOUNS.contains(&tk.lower(k, &mut buf))
            })
        {
            let att = Attribution::without_verb(sp, ":", last);
            return (Some(att), lead);
        }
        // "Trump issued the following statement: …", "Sanders delivered a
        // snappy retort: …": the clause's subject.
        let mut buf = [0u8; 32];
        let noun = tk.lower(last - 1, &mut buf);
        let reply =
            ["retort", "reply", "rejoinder", "response", "answer", "warning"].contains(&noun);
        if (TEXT_NOUNS.contains(&noun) || reply)
            && let Some(sp) = phrase_after(tk, clause, last - 1)
        {
            let att = Attribution::without_verb(sp, ":", last);
            return (Some(att), lead);
        }
    }
    // "Trump issued a statement, “…”": the subject, the noun the cue.
    if lead == Lead::Comma && last > s + 1 {
        let mut buf = [0u8; 32];
        let noun = tk.lower(last - 1, &mut buf);
        // (Not "in a post," or "in his remarks,": before a comma they open
        // the writer's sentence more often than they name a text.)
        if TEXT_NOUNS.contains(&noun)
            && !matches!(noun, "post" | "remarks")
            && let Some(sp) = sentence_subject(tk, s, last - 1)
            && tk.capitalized(sp.1)
        {
            let cue = lexicon::cue_name(noun);
            let att = Attribution::without_verb(sp, cue, last);
            return (Some(att), lead);
        }
    }
    (None, lead)
}

/// The subject before a relative clause that holds a quotation, when the
/// phrase `(a, b)` read before the verb at token `c` closes that clause:
/// "Mr Livingstone, who says he is "standing by" his remarks, had accused
/// …" is Mr Livingstone's, not "his remarks"'.
fn subject_before_relative(tk: &Tokens, (a, b): TokenRange, c: usize) -> Option<TokenRange> {
    if !(tk.is(b + 1, ',') && (b + 2..c).all(|k| phrases::auxiliary_at(tk, k))) {
        return None;
    }
    let whole = phrases::sentence_start_through_quotes(tk, c);
    let who = (whole.max(a.saturating_sub(30))..a)
        .rev()
        .take_while(|&k| !tk.is(k, ',') || tk.list[k].quoted)
        .find(|&k| k > whole && tk.is_word(k, "who") && tk.is(k - 1, ','))?;
    if !(who..a).any(|k| tk.list[k].quoted) {
        return None;
    }
    phrase_before(tk, who - 1, whole).filter(|&(n, _)| n < who)
}
