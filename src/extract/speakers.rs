//! Resolution: from the mention that attributes a statement ("he", "the
//! Secretary General", "Rutte") to the person it refers to ("Mark Rutte").
//!
//! The people of an article are the capitalised names outside quotations,
//! in the title and the text: "NATO Secretary General Mark Rutte" makes
//! "Rutte" and "the Secretary General" point to "Mark Rutte". A pronoun
//! takes the latest person who spoke before it, else the nearest person
//! named before it.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::SmallVec;

use super::lexicon::{self, Pronoun, flag};
use super::phrases::{TokenRange, pronoun};
use super::tokens::Tokens;
use crate::text::single_spaced;

/// A person named in the article.
#[derive(Debug, Clone)]
struct Person {
    /// The full name, as written ("Mark Rutte").
    name: String,
    /// Title words written before it, lowercased ("secretary", "general").
    titles: Vec<String>,
}

/// The people an article names, and where. It borrows the article's words:
/// people are found for every article, and most of what is found is only
/// looked up.
#[derive(Debug, Default)]
pub(crate) struct People<'a> {
    /// Everyone named, each under one full name (an article names a few
    /// dozen people at most: they are searched, not hashed, by name).
    people: Vec<Person>,
    /// Last name → person.
    by_surname: FxHashMap<&'a str, usize>,
    /// Where people are named in the text (byte offset, person), in order.
    mentions: Vec<(usize, usize)>,
    /// Each person's gender, when the article shows it.
    gender: Vec<Option<Pronoun>>,
    /// Whether that gender is told by an honorific or a given name, not
    /// guessed from a pronoun near the name.
    gender_told: Vec<bool>,
    /// How many were named in the title (they come first).
    in_title: usize,
    /// Whether each is a place of two words or more ("New Hampshire"),
    /// which no "he" or "she" stands for.
    place: Vec<bool>,
    /// Whether each is a team, a band or a family by name ("the Lions"),
    /// which no "he" or "she" stands for either.
    group: Vec<bool>,
}

impl Person {
    /// The gender the person's titles tell ("Mr.", "Queen"), else the given
    /// name ("Donald", "Hillary"), else a role's ("spokesman"), which papers
    /// give women too: "Trump spokesman Hope Hicks".
    fn told_gender(&self) -> Option<Pronoun> {
        let has = |words: &[&str]| self.titles.iter().any(|x| words.contains(&x.as_str()));
        if has(&["mr.", "mr", "king", "prince", "sir", "lord", "father"]) {
            return Some(Pronoun::He);
        }
        if has(&["mrs.", "mrs", "ms.", "ms", "queen", "princess", "lady", "dame", "baroness"]) {
            return Some(Pronoun::She);
        }
        // (An initial before the given name: "J. Dennis Hastert".)
        // (No one's when a company's word ends the name: "Stanley Works",
        // "Anthony Bird Associates".)
        let given = self.name.split_whitespace().find(|w| !w.ends_with('.'));
        let firm =
            self.name.rsplit(' ').next().is_some_and(|w| {
                self.name.contains(' ') && (organisation_word(w) || company_word(w))
            });
        given.filter(|_| !firm).and_then(super::given_names::gender_of).or_else(|| {
            if has(&["spokesman"]) {
                Some(Pronoun::He)
            } else if has(&["spokeswoman"]) {
                Some(Pronoun::She)
            } else {
                None
            }
        })
    }
}

/// What a mention resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Referent {
    /// A named person, by index.
    Person(usize),
    /// Someone named only by what they are ("officials", "the ministry").
    Described(String),
    /// A pronoun to resolve from context.
    Pronoun(Pronoun),
    /// Nothing usable.
    Unknown,
}

/// A name phrase split into its title words and the name proper.
struct NameParts<'a> {
    titles: Vec<String>,
    /// The name's words, as written (borrowed: most phrases are looked up,
    /// not kept; inline: most names have two words).
    name: SmallVec<[&'a str; 4]>,
}

/// Offices one person holds, which "the …" names: "the chancellor", "the
/// prime minister", "the Tory leader".
const OFFICES: [&str; 15] = [
    "president",
    "minister",
    "chancellor",
    "secretary",
    "leader",
    "governor",
    "premier",
    "mayor",
    "senator",
    "chairman",
    "chairwoman",
    "ceo",
    "commissioner",
    "ambassador",
    "envoy",
];

/// Whether `word` is the head of an office that serves "for" a matter
/// ("Minister", "Secretary").
pub(crate) fn office_of(word: &str) -> bool {
    OFFICES.iter().any(|f| word.eq_ignore_ascii_case(f))
}

/// Ranks that make another office of one: "deputy prime minister".
const RANK_WORDS: [&str; 4] = ["deputy", "shadow", "vice", "assistant"];

/// Strips a possessive ending ("'s" or "’s").
pub(crate) fn bare(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// Whether `w` is two or more letters, each with its full stop ("A.H.",
/// "u.s.").
fn dotted_letters(w: &str) -> bool {
    w.len() >= 4
        && w.as_bytes()
            .chunks(2)
            .all(|c| c.len() == 2 && c[0].is_ascii_alphabetic() && c[1] == b'.')
}

/// Whether `w` is a person's or a company's initials ("A.H.", "J.P."), not
/// a country's or an institution's letters ("U.S.", "U.N.").
fn initials(w: &str) -> bool {
    const PLACES: [&str; 10] =
        ["U.S.", "U.K.", "U.N.", "E.C.", "N.Z.", "U.S.A.", "S.A.", "E.U.", "L.A.", "D.C."];
    dotted_letters(w) && !w.bytes().any(|b| b.is_ascii_lowercase()) && !PLACES.contains(&w)
}

/// Whether `w` is one initial ("J.", "J") or several ("A.H."): a name's
/// first word, not a body's last ("J. Hugh Liedtke").
fn initial_or_initials(w: &str) -> bool {
    let b = w.as_bytes();
    initials(w)
        || (b.first().is_some_and(u8::is_ascii_uppercase) && (b.len() == 1 || b == [b[0], b'.']))
}

/// Whether `w`, capitalised before a given name, reads as an office, a
/// trade or a department rather than a first name ("Treasurer",
/// "Exchequer", "Guitarist", "Affairs", "Agriculture").
fn office_word(w: &str) -> bool {
    const TRADES: [&str; 7] = ["er", "or", "ist", "ee", "man", "ian", "ent"];
    let initial = w.len() <= 2 && w.ends_with('.');
    !initial
        && (department(w) || TRADES.iter().any(|t| w.len() > t.len() + 3 && w.ends_with(t)))
        && super::given_names::gender_of(w).is_none()
}

/// Whether `w` (lower case) names a department a role belongs to:
/// "trade", "foreign", "home".
fn department_word(w: &str) -> bool {
    matches!(w, "foreign" | "home" | "shadow" | "prime")
        || DEPARTMENTS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// Whether the word `w` at token `i`, before another of the same name, opens
/// a firm's or a paper's name rather than a title, after the name's word
/// `before` (if any): "First Interstate Bancorp", "New York Times" ("First
/// Lady", "First Minister" are titles); a bank's or a paper's words after
/// it, "First National Supermarkets", "First Bank System", "New Media
/// Age"; a company's form, "AB Volvo", "NV Philips".
fn opens_firm_name(tk: &Tokens, i: usize, w: &str, before: Option<&str>) -> bool {
    const FIRM_WORDS: [&str; 4] = ["National", "Bank", "Union", "Media"];
    let next_capital = tk.capitalized(i + 1);
    let next_titled = tk.has(i + 1, flag::TITLE_WORD | flag::ROLE_NOUN);
    ((w == "First" || (w == "New" && !tk.str(i + 1).starts_with("Year")))
        && next_capital
        && (!next_titled || FIRM_WORDS.contains(&tk.str(i + 1))))
        || (FIRM_WORDS.contains(&w) && before == Some("First") && next_capital)
        || (matches!(w, "AB" | "NV") && before.is_none() && next_capital && !next_titled)
}

/// Whether `w` names a ministry or a party ("Exchequer", "Labour").
fn department(w: &str) -> bool {
    DEPARTMENTS.contains(&w)
}

/// Ministries and parties, as a title before a name writes them.
const DEPARTMENTS: [&str; 24] = [
    "Affairs",
    "Agriculture",
    "Budget",
    "Commerce",
    "Culture",
    "Currency",
    "Defence",
    "Defense",
    "Development",
    "Education",
    "Energy",
    "Environment",
    "Exchequer",
    "Finance",
    "Health",
    "Industry",
    "Interior",
    "Justice",
    "Labour",
    "Trade",
    "Transport",
    "Treasury",
    "Conservative",
    "Tory",
];

/// Whether `w` ends a company's name rather than a person's ("Morgan
/// Stanley International", "St. Joe Gold", "Acme Corp"; not a public
/// body's: "Exchange", "Agency").
pub(crate) fn organisation_word(w: &str) -> bool {
    const ORGANISATION: [&str; 12] = [
        "Works",
        "Associates",
        "International",
        "Group",
        "Bank",
        "Gold",
        "Holdings",
        "Industries",
        "Capital",
        "Securities",
        "Trust",
        "Partners",
    ];
    let w = w.trim_end_matches('.');
    lexicon::COMPANY_SUFFIXES.contains(&w) || ORGANISATION.contains(&w)
}

/// Whether `w` ends a newspaper's or a broadcaster's name after its
/// acronym ("NBC News", "BBC Radio"), whom no "he" or "she" stands for.
fn media_word(w: &str) -> bool {
    // ("USA Today", "USA TODAY": a paper's name after letters.)
    const MEDIA: [&str; 14] = [
        "Today",
        "TODAY",
        "News",
        "Radio",
        "Television",
        "TV",
        "Times",
        "Post",
        "Journal",
        "Network",
        "Online",
        "Magazine",
        "Weekly",
        "Daily",
    ];
    MEDIA.contains(&w)
}

/// Second words of companies whose name opens with "General", a military
/// title before a surname.
const GENERAL_COMPANIES: [&str; 12] = [
    "Motors",
    "Electric",
    "Dynamics",
    "Mills",
    "Foods",
    "Instrument",
    "Host",
    "Cinema",
    "Tire",
    "Automation",
    "Signal",
    "Accident",
];

/// Whether `w` may follow "General" in a company's name: one of
/// [`GENERAL_COMPANIES`] or an organisation's word ("General Partners").
fn after_general(w: &str) -> bool {
    GENERAL_COMPANIES.contains(&w) || organisation_word(w)
}

/// Whether `name` is such a company's: "General Motors".
fn general_company(name: &str) -> bool {
    name.strip_prefix("General ").is_some_and(after_general)
}

/// Whether `word` opens the name of an organisation for a matter ("the
/// Organisation for Economic Cooperation and Development"), which no list
/// of institutions' head words holds.
pub(crate) fn organisation_for(word: &str) -> bool {
    matches!(word, "Organisation" | "Organization")
}

fn split_name<'a>(tk: &Tokens<'a>, (a, b): TokenRange) -> NameParts<'a> {
    let mut titles = Vec::new();
    let mut name: SmallVec<[&'a str; 4]> = SmallVec::new();
    // The latest acronym taken for an organisation before the name, and
    // the token the name's first word stands at.
    let mut acronym: Option<(usize, &'a str)> = None;
    let mut name_at = a;
    // ("An aide to Nakasone" is not Nakasone. An ambassador or an envoy "to"
    // a place may be named after it: "U.S. Ambassador to GATT Michael
    // Samuels" is Samuels, "Portuguese Ambassador to China Octavio Valerio"
    // Valerio; "Israel's Ambassador to Washington" is no one named.)
    let mut serves = false;
    let mut posted = false;
    // ("Standard and Poor's said": a name's own possessive, after an "and"
    // inside it.)
    let mut possessive_name = false;
    // (Past a suffix of letters read whole.)
    let mut past = a;
    for i in a..=b {
        if i < past {
            continue;
        }
        // ("Novo Industri A/S": a Nordic company's suffix, whole.)
        if !name.is_empty() && i + 2 <= b && super::phrases::nordic_suffix_at(tk, i) {
            name.push(&tk.text[tk.list[i].start..tk.list[i + 2].end]);
            past = i + 3;
            continue;
        }
        // (So does a company's "and Co": "Kloeckner & Co KGaA".)
        if !name.is_empty() && i < b && company_and(tk, i) {
            name.push(tk.str(i));
            continue;
        }
        if !name.is_empty()
            && i + 1 == b
            && matches!(tk.bytes(i), b"and" | b"&")
            && tk.capitalized(b)
            && tk.possessive(b)
        {
            name.push(tk.str(i));
            possessive_name = true;
            continue;
        }
        // ("J.C. Penney co Inc": a company's word in lower case before its
        // suffix.)
        if !name.is_empty()
            && i + 1 == b
            && matches!(tk.bytes(i), b"co" | b"corp" | b"group" | b"cos")
            && lexicon::company_suffix(tk.str(b))
        {
            name.push(tk.str(i));
            continue;
        }
        if !tk.list[i].word {
            continue;
        }
        if super::phrases::to_link(tk, i, a) {
            if super::phrases::posted_to(tk, i, a) {
                posted = true;
            } else {
                serves = true;
            }
        }
        // (Bytes first: asked of every word of every name.)
        let raw = tk.str(i);
        let w = if raw.ends_with('s') && possessive_brand(raw) { raw } else { bare(raw) };
        let flags = tk.flags_of(i, w);
        // (A number inside a name is the name's: "China Three Gorges
        // Project Corp"; "Two" to "Ten", as "One" stays a determiner.)
        let inside_name = || {
            !name.is_empty()
                && i < b
                && tk.capitalized(i)
                && tk.capitalized(i + 1)
                && super::tokens::NUMBER_WORDS[1..10].contains(&w)
        };
        if flags & flag::DETERMINER != 0 && !inside_name() {
            continue;
        }
        // A possessive before a given name is whose the person is, not
        // part of the name: "Ladbrokes' Warren Lush".
        // (So is a company's or a body's letters before a name of one to
        // three capitalised words: "Chrysler Corp's Chrysler Motors Corp",
        // "IRNA's …"; not a name's own possessive: "Moody's Investors
        // Service", "Reader's Digest".)
        let owner = |next: usize| {
            (super::given_names::gender_of(tk.str(next)).is_some() && next < b)
                // (Or a name of two words that no list knows: "Plaid
                // Cymru's Elfyn Llwyd"; not "Sunday's Financial Mail".)
                || (tk.possessive(i) && b == next + 1 && person_pair(tk, next))
                || (tk.possessive(i)
                    && b - next < 3
                    && (next..=b).all(|k| tk.list[k].word && tk.capitalized(k))
                    && (company_word(w)
                        || (w.len() > 1 && w.bytes().all(|c| c.is_ascii_uppercase()))))
        };
        if i < b
            && (super::phrases::plural_possessive_mark(tk, i + 1) || tk.possessive(i))
            && let Some(next) = (i + 1..=b).find(|&k| tk.list[k].word)
            && owner(next)
        {
            titles.extend(name.drain(..).map(|n| bare(n).to_lowercase()));
            titles.push(w.to_lowercase());
            continue;
        }
        // ("3Com Corp": a name may open with a digit.)
        let capital = w.chars().next().is_some_and(char::is_uppercase)
            || super::phrases::name_cased(tk, i)
            || (w.starts_with(|c: char| c.is_ascii_digit())
                && w.chars().any(char::is_uppercase)
                && w.chars().any(char::is_lowercase));
        // ("S and P": two initials joined stay one name.)
        if w == "and"
            && i > a
            && i < b
            && tk.bytes(i - 1).len() == 1
            && tk.bytes(i + 1).len() == 1
            && tk.capitalized(i - 1)
            && tk.capitalized(i + 1)
        {
            name.push(w);
            continue;
        }
        // An acronym ("NATO", "U.S.") before a name is an organisation; an
        // initial ("B.") is part of the name.
        let all_caps = w.trim_end_matches('.').len() > 1
            && w.chars().all(|c| !c.is_lowercase())
            && !initials(w);
        let first_of_name = i < b && opens_firm_name(tk, i, w, name.last().copied());
        if first_of_name {
            if name.is_empty() {
                name_at = i;
            }
            name.push(w);
            continue;
        }
        // ("Peter T. King", "Billie Jean King": a title's word after a given
        // name is a surname.)
        let surname_after_given = capital
            && flags & flag::TITLE_WORD != 0
            && name.first().is_some_and(|n| super::given_names::gender_of(n).is_some())
            && name.iter().all(|n| {
                super::given_names::gender_of(n).is_some()
                    || matches!(n.as_bytes(), [c, b'.'] if c.is_ascii_uppercase())
            });
        // ("Mr King", "Ms. White", "Lord King": so is the last word after
        // an honorific; not an office a lord holds, "Lord Chancellor".)
        // (Asked only of a title's word: a closure.)
        let surname_after_honorific = || {
            capital
                && name.is_empty()
                && i == b
                && titles.last().is_some_and(|t| gendered_honorific(t).is_some())
                && !["Chancellor", "Mayor", "Advocate", "President", "Provost", "Chief", "Justice"]
                    .contains(&w)
        };
        if !capital
            || (flags & flag::TITLE_WORD != 0 && !surname_after_given && !surname_after_honorific())
            || (all_caps && i < b)
        {
            // A title before the name; what came before it was a title too
            // ("Ukraine's President").
            titles.extend(name.drain(..).map(|n| bare(n).to_lowercase()));
            let mut buf = [0u8; 32];
            titles.push(lexicon::lower(w, &mut buf).to_string());
            acronym = (capital && flags & flag::TITLE_WORD == 0 && all_caps && !w.contains('.'))
                .then_some((i, w));
        } else {
            if name.is_empty() {
                name_at = i;
            }
            // (A possessive inside the name stays: "Moody's Investors
            // Service Inc", whom a later "Moody's" is.)
            name.push(if i < b && tk.possessive(i) { tk.str(i) } else { w });
        }
    }
    // "PPG Industries", "BASF AG", "AMCA International", "NBC News": an
    // acronym right before a company's, an institution's or a broadcaster's
    // last word is the name's first word, not an organisation before a
    // person (as in "NATO chief Rutte").
    // (Or before a longer one: "VMS Mortgage L.P.", "BP Exploration Co".)
    // (So is a country's before one word no person goes by: "UK Coal", "US
    // Sprint", "UK Athletics".)
    let country_firm = |w: &str| {
        matches!(w, "UK" | "US")
            && name.len() == 1
            && super::given_names::gender_of(name[0]).is_none()
            && {
                let mut buf = [0u8; 32];
                lexicon::flags(lexicon::lower(name[0], &mut buf))
                    & (flag::TITLE_WORD | flag::ROLE_NOUN)
                    == 0
            }
    };
    if (1..=3).contains(&name.len())
        && let Some((k, w)) = acronym
        && k + 1 == name_at
        && (name.last().is_some_and(|n| company_word(n) || organisation_word(n) || media_word(n))
            || country_firm(w))
    {
        titles.pop();
        name.insert(0, w);
        name_at = k;
    }
    // "K mart Corp", "Spectrum 2000 Inc": a company's suffix alone is no
    // name; the few words before it are the company's, whatever their case.
    if name.len() == 1 && lexicon::company_suffix(name[0]) && name_at > a {
        let firm: SmallVec<[usize; 4]> =
            (a..name_at).filter(|&k| !tk.has(k, flag::DETERMINER)).collect();
        if (1..=3).contains(&firm.len()) && firm.iter().all(|&k| tk.list[k].word) {
            titles.clear();
            name_at = firm[0];
            for (n, &k) in firm.iter().enumerate() {
                name.insert(n, tk.str(k));
            }
        }
    }
    // "General Instrument Corp", "Security Pacific Financial Group Inc",
    // "National Patent Development Corp": before a company's suffix, a
    // capitalised word that could be a title is the name's.
    if name.len() >= 2 && name.last().is_some_and(|w| lexicon::company_suffix(w)) {
        while name_at > a
            && !titles.is_empty()
            && tk.list[name_at - 1].word
            && tk.capitalized(name_at - 1)
            && !tk.has(name_at - 1, flag::DETERMINER)
            && !tk.possessive(name_at - 1)
            && !initials(tk.str(name_at - 1))
        {
            name_at -= 1;
            titles.pop();
            name.insert(0, tk.str(name_at));
        }
    }
    // "General Motors", "General Partners": a company's name, not a
    // general's.
    if name.len() == 1
        && titles.last().is_some_and(|t| t == "general")
        && after_general(name[0])
        && let Some(k) = (a..=b).find(|&k| tk.str(k) == "General")
    {
        titles.pop();
        name.insert(0, tk.str(k));
    }
    // "Minister for European Affairs Claire Morel": after a linked title,
    // only the last two words are the name.
    if name.len() > 2 && titles.last().is_some_and(|t| t == "for" || t == "of") {
        let first = name.len() - 2;
        titles.extend(name[..first].iter().map(|n| bare(n).to_lowercase()));
        name.drain(..first);
    }
    // A title the lists do not know before a given name: "Chancellor of
    // the Exchequer Nigel Lawson", "Treasurer Paul Keating", "Minister of
    // State for Foreign Affairs Rashid Abdulla al-Nuaimi".
    if (name.len() == 3 || (name.len() == 4 && !name[3].starts_with(char::is_uppercase)))
        && office_word(bare(name[0]))
        && !organisation_word(name[2])
        && (department(bare(name[0])) || super::given_names::gender_of(name[1]).is_some())
    {
        titles.push(bare(name[0]).to_lowercase());
        name.remove(0);
    }
    // "Russian Dmitriy Bogdanov", "Dutchman Arnoud Okken": where someone
    // is from, before a name of two words a given name opens, is no part
    // of it (not "American Express Co", "Swiss Bank Corp").
    if name.len() == 3
        && super::countries::is_country_adjective(name[0])
        && (super::given_names::gender_of(name[1]).is_some()
            || super::countries::is_national(name[0]))
        && !(organisation_word(name[2]) || company_word(name[2]))
    {
        titles.push(bare(name[0]).to_lowercase());
        name.remove(0);
    }
    // "… the other four major U.K. Banks Midland moved …": a plural the
    // newswire capitalised after "U.K." or "U.S." is no name's, whatever
    // follows it.
    if name.len() >= 2
        && name_at > 0
        && ["U.K.", "U.S."].iter().any(|w| tk.str(name_at - 1) == *w)
        && plural_ending(name[0])
        && {
            let mut buf = [0u8; 32];
            let lower = lexicon::lower(name[0], &mut buf);
            let one = lower.strip_suffix('s').unwrap_or(lower);
            lexicon::flags(one) & (flag::ROLE_NOUN | flag::FIRM_NOUN) != 0
        }
    {
        titles.push(bare(name[0]).to_lowercase());
        name.remove(0);
    }
    // "Judges Simon Cowell", "Tories Ken Clarke", "Defiant Matt Williams":
    // a plural, a participle or a word that describes, capitalised before a
    // name a given name opens, is no part of it.
    const DESCRIBING: [&str; 8] =
        ["Defiant", "Rival", "Substitute", "Veteran", "Embattled", "Ousted", "Jailed", "Disgraced"];
    if name.len() == 3
        && super::given_names::gender_of(name[1]).is_some()
        && super::given_names::gender_of(name[0]).is_none()
        && !initial_or_initials(name[0])
        && (plural_ending(name[0]) || name[0].ends_with("ing") || DESCRIBING.contains(&name[0]))
        && !(organisation_word(name[2]) || company_word(name[2]))
    {
        titles.push(bare(name[0]).to_lowercase());
        name.remove(0);
    }
    // "Shadow leader of the Commons Oliver Heald": the body an office is
    // "of" before a given name. (Or the last word of one after a title:
    // "Chairman of General Motors Roger Smith".)
    let body_before = |k: usize| {
        ["the", "of", "for", "and"].iter().any(|w| tk.is_word(k, w))
            || (tk.has(k, flag::TITLE_WORD) && tk.capitalized(k))
    };
    if name.len() == 3
        && name_at >= 2
        && (tk.is_word(name_at - 1, "the") && tk.is_word(name_at - 2, "of")
            || (!titles.is_empty() && body_before(name_at - 1) && !initial_or_initials(name[0]))
            // (Or read from the body's last word: "… Federation of Banks
            // Wolfgang Roeller".)
            || (tk.is_word(name_at - 1, "of") && !initial_or_initials(name[0])))
        && super::given_names::gender_of(name[1]).is_some()
        && super::given_names::gender_of(name[0]).is_none()
    {
        titles.push(bare(name[0]).to_lowercase());
        name.remove(0);
    }
    // "analyst for Merrill Lynch Capital Markets Mario Balletto": an
    // organisation's name before a person's, which a given name opens.
    if name.len() > 3
        && let Some(j) = (1..name.len() - 1).rev().find(|&j| {
            name.len() - j <= 3
                    && super::given_names::gender_of(name[j]).is_some()
                    // (Not a second given name: "Jorge Antonio Villasenor".)
                    && super::given_names::gender_of(name[j - 1]).is_none()
        })
    {
        titles.extend(name[..j].iter().map(|n| bare(n).to_lowercase()));
        name.drain(..j);
    }
    if posted && name.len() >= 3 {
        let first = name.len() - 2;
        titles.extend(name.drain(..first).map(|n| bare(n).to_lowercase()));
    } else if serves
        || (posted && name.first().is_none_or(|n| super::given_names::gender_of(n).is_none()))
    {
        titles.extend(name.drain(..).map(|n| bare(n).to_lowercase()));
    }
    if let Some(last) = name.last_mut() {
        *last = if possessive_name { tk.str(b) } else { without_suffix_stop(last) };
    }
    NameParts { titles, name }
}

/// Whether `name`, a speaker's name, is a longer name of what the one-word
/// description `noun` names, with `noun` as its head: "Labor department"
/// for "the department", "Finance Ministry sources" for "the sources", "An
/// investor group led by George Soros" for "the group". Not when the noun
/// only qualifies another ("a company spokesman", "figures from the central
/// bank"), nor when the name adds no more than a quantity ("some analysts").
pub(crate) fn longer_name_of(name: &str, noun: &str) -> bool {
    const QUANTITY: [&str; 14] = [
        "a", "an", "the", "some", "several", "other", "many", "most", "few", "one", "two", "all",
        "both", "more",
    ];
    const AFTER_HEAD: [&str; 12] =
        ["of", "in", "for", "from", "at", "with", "on", "to", "by", "led", "based", "who"];
    let is = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    // (Word by word, with no list: this is asked of the last few speakers
    // whenever a description finds no name.)
    let mut words = name.split_whitespace();
    let (mut more, mut after_head, mut indefinite) = (false, false, false);
    for (k, w) in words.by_ref().enumerate() {
        if w.eq_ignore_ascii_case(noun) {
            let next = words.next();
            // (One introduced as "a" or "an" is named only by what follows
            // its noun: "an aide to Lyng", not "a US bank".)
            return next.is_none_or(|w| is(w, &AFTER_HEAD))
                && !after_head
                && (next.is_some() || (more && !indefinite));
        }
        indefinite |= k == 0 && is(w, &["a", "an"]);
        after_head |= is(w, &AFTER_HEAD);
        more |= !is(w, &QUANTITY);
    }
    false
}

/// Whether the mention `mention` names `name` right after the noun `noun`,
/// as a title it gives the name: "the trade paper Ward's Automotive
/// Reports" for "the paper", "the Iranian news agency IRNA" for "the
/// agency".
pub(crate) fn named_after_noun(mention: &str, noun: &str, name: &str) -> bool {
    let Some(first) = name.split_whitespace().next() else { return false };
    let mut words = mention.split_whitespace();
    let mut before = words.next();
    words.any(|w| {
        let titled = w == first && before.is_some_and(|b| b.eq_ignore_ascii_case(noun));
        before = Some(w);
        titled
    })
}

/// Whether the description `d` is a role, an office held before or an age
/// that only a person named in the text has: "the singer", "the former
/// governor", "the 67-year-old".
pub(crate) fn person_by_role(d: &str) -> bool {
    // (Not an office, which someone other than the latest speaker may
    // hold: "Tony Blair said …. The chancellor said …".)
    const ROLES: [&str; 24] = [
        "mep",
        "researcher",
        "scientist",
        "academic",
        "businessman",
        "businesswoman",
        "singer",
        "actor",
        "actress",
        "star",
        "rapper",
        "comedian",
        "presenter",
        "author",
        "novelist",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "winger",
        "coach",
        "captain",
        "player",
        "veteran",
    ];
    // ("The former three-term governor", "the former secretary of state":
    // an office someone held is the one person's the text is about, as a
    // role is.)
    let former = d.strip_prefix("former ").is_some_and(|office| {
        let head = office.split(" of ").next().unwrap_or(office).rsplit(' ').next().unwrap_or("");
        !looks_plural(head) && lexicon::flags(head) & (flag::ROLE_NOUN | flag::TITLE_WORD) != 0
    });
    // (In capitals, or after the name of whom the role serves: "the MEP",
    // "the Cepes researcher", "the UKIP MEP".)
    let served = d.rsplit_once(' ').map_or(Some(d), |(before, head)| {
        before.split(' ').all(|w| w.starts_with(char::is_uppercase)).then_some(head)
    });
    let mut buf = [0u8; 32];
    served.is_some_and(|head| ROLES.contains(&lexicon::lower(head, &mut buf)))
        || former
        || (d.ends_with("-year-old") && d.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `name` is an event's, a club's, a seat of government's, a law's
/// or a court's by its last word, which no "he" or "she" stands for:
/// "Australian Open", "Hopman Cup", "Norwich Union Birmingham Indoor Grand
/// Prix", "Leeds United", "Downing Street", "the Gambling Bill", "the sixth
/// International Tin Agreement", "the High Court", "the RBS Six Nations".
fn event_club_or_law(name: &str) -> bool {
    const LAST: [&str; 26] = [
        "Prix",
        "Open",
        "Cup",
        "Championships",
        "Championship",
        "Games",
        "Olympics",
        "Market",
        "Festival",
        "Awards",
        "Trophy",
        "Tour",
        "United",
        "Street",
        "Indoor",
        "Stadium",
        "Bill",
        "Act",
        "Agreement",
        "Treaty",
        "Accord",
        "Pact",
        "Convention",
        "Court",
        "Nations",
        "League",
    ];
    name.contains(' ') && LAST.contains(&head_word(name))
}

/// `name`, written in capitals, cased as `body` writes it: its longest
/// runs of words as the text writes them together ("World Bank" of "WORLD
/// BANK OFFICIAL"), else each word as the text mostly writes it inside a
/// sentence ("GREEK OFFICIAL" is "Greek official", "CBT HEAD" "CBT
/// head"). A word the text never writes is a role's in lower case, else
/// letters ("USDA") or a name ("Diasoniws"). An institution's word after a
/// capitalised one is capitalised too ("Hongkong Bank"). A name of one
/// word changes only to a form the text writes ("NYSE", which the text may
/// spell out, stays). `None` when nothing changes, and for a name or a text
/// not in ASCII (a newswire's capitals are).
pub(crate) fn cased_as_written(name: &str, body: &str) -> Option<String> {
    if !name.is_ascii() || !body.is_ascii() {
        return None;
    }
    let lower_body = body.to_ascii_lowercase();
    // (A word alone only as the text writes it, not guessed: "NYSE" may be
    // letters the text spells out.)
    if !name.contains(' ') {
        return written_in(body, &lower_body, name).map(str::to_string);
    }
    let words: Vec<&str> = name.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        // (The longest run from here the text writes as a name.)
        let run = (i + 2..=words.len())
            .rev()
            .find_map(|j| written_in(body, &lower_body, &words[i..j].join(" ")).map(|w| (j, w)));
        if let Some((j, written)) = run {
            out.push(written.to_string());
            i = j;
            continue;
        }
        let w = words[i];
        let after_capital =
            out.last().is_some_and(|p| p.starts_with(|c: char| c.is_ascii_uppercase()));
        let cased = word_as_written(w, body, &lower_body);
        // (Letters with dots stay as they are: "U.S.", "E.C.".)
        let cased = if w.contains('.') {
            w.to_string()
        } else if after_capital && w.len() > 3 && company_word(&title_cased(w)) {
            title_cased(w)
        } else {
            cased
        };
        out.push(cased);
        i += 1;
    }
    let cased = out.join(" ");
    (cased != name).then_some(cased)
}

/// `w` (in capitals) with its first letter alone in capitals: "Bank",
/// "Iraq".
fn title_cased(w: &str) -> String {
    let mut c = w.chars();
    c.next().into_iter().chain(c.flat_map(char::to_lowercase)).collect()
}

/// The word `w` (in capitals) as `body` (and `lower_body`, its lower-case
/// copy) mostly writes it inside a sentence; see [`cased_as_written`].
fn word_as_written(w: &str, body: &str, lower_body: &str) -> String {
    // (Words that read as letters when short, but are not: "HEAD", "FUND".)
    const PLAIN: [&str; 12] = [
        "head", "fund", "govt", "new", "unit", "firm", "chief", "group", "board", "poll", "aide",
        "bank",
    ];
    let lw = w.to_ascii_lowercase();
    let bytes = body.as_bytes();
    // (Not a word a sentence opens, whose capital is the sentence's.)
    let opens_sentence = |i: usize| {
        let before = body[..i].trim_end_matches([' ', '"', '(']);
        before.is_empty() || before.ends_with(['.', '\n', '!', '?', ':'])
    };
    let (mut caps, mut title, mut lower) = (0, 0, 0);
    let mut first_title = None;
    for i in word_places(lower_body, &lw).filter(|&i| !opens_sentence(i)) {
        let found = &bytes[i..i + lw.len()];
        if found == w.as_bytes() {
            caps += 1;
        } else if found[0].is_ascii_uppercase() {
            title += 1;
            first_title.get_or_insert(i);
        } else {
            lower += 1;
        }
    }
    if caps + title + lower == 0 {
        let role = lexicon::flags(&lw) & (flag::ROLE_NOUN | flag::TITLE_WORD) != 0;
        // (Letters, dotted or short, stay: "U.S.", "CBT", "USDA".)
        let letters = w.contains('.') || (w.len() <= 4 && !PLAIN.contains(&lw.as_str()));
        return if role || PLAIN.contains(&lw.as_str()) {
            lw
        } else if letters {
            w.to_string()
        } else {
            title_cased(w)
        };
    }
    if caps >= title && caps >= lower {
        w.to_string()
    } else if title >= lower {
        // (As the text writes it: "McDermott", "BankAmerica".)
        first_title.map_or_else(|| title_cased(w), |i| body[i..i + lw.len()].to_string())
    } else {
        lw
    }
}

/// Byte offsets where `lower_word` stands as a word of its own in
/// `lower_body` (a text in lower case, whose offsets are its original's).
fn word_places<'a>(lower_body: &'a str, lower_word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = lower_body.as_bytes();
    let boundary = move |i: usize| i >= bytes.len() || !bytes[i].is_ascii_alphanumeric();
    memchr::memmem::find_iter(bytes, lower_word.as_bytes())
        .filter(move |&i| (i == 0 || boundary(i - 1)) && boundary(i + lower_word.len()))
}

/// The first place in `body` (and `lower_body`, its lower-case copy) that
/// writes `phrase` (in capitals) in mixed case, as a name of its own: the
/// same words, case aside, each opening with a capital and not all in
/// capitals ("Pennzoil" for "PENNZOIL", "World Bank" for "WORLD BANK").
fn written_in<'a>(body: &'a str, lower_body: &str, phrase: &str) -> Option<&'a str> {
    let n = phrase.len();
    if n < 3 || !phrase.is_ascii() {
        return None;
    }
    let lower = phrase.to_ascii_lowercase();
    let written = |i: usize| &body.as_bytes()[i..i + n];
    // (Letters the text writes in capitals too stay so: "OPEC", not the
    // "Opec" of one sentence.)
    if word_places(lower_body, &lower).any(|i| written(i) == phrase.as_bytes()) {
        return None;
    }
    word_places(lower_body, &lower)
        .find(|&i| {
            let candidate = written(i);
            // (Each word opening with a capital: a name, not "world bank".)
            candidate.iter().any(u8::is_ascii_lowercase)
                && candidate
                    .split(|&b| b == b' ')
                    .all(|w| w.first().is_some_and(u8::is_ascii_uppercase))
        })
        .and_then(|i| body.get(i..i + n))
}

/// Whether `name` is a name of several capitalised words that no given
/// name or initial opens, no place's, and with a word of a firm's, a body's
/// or a paper's: "China Daily", "Credit Lyonnais", "Jupiter Research" (not
/// "Sam Jones", whose given name no list may know).
pub(crate) fn name_of_no_one(name: &str) -> bool {
    capitals_of_no_one(name) && (newspaper_name(name) || name.split(' ').any(firm_word))
}

/// Whether `name` is a paper's or a broadcaster's: "Business Journal",
/// "China Daily".
pub(crate) fn names_media(name: &str) -> bool {
    newspaper_name(name) || name.split(' ').any(|w| media_word(w) || w == "Insider")
}

/// Whether `w` is a word of a firm's, a body's or a paper's name:
/// "Corp", "Daily", "Research".
fn firm_word(w: &str) -> bool {
    const WORDS: [&str; 12] = [
        "Research", "Credit", "Revenue", "Treasury", "Power", "Zeitung", "World", "Review", "GmbH",
        "Express", "Aid", "Press",
    ];
    company_word(w) || organisation_word(w) || media_word(w) || WORDS.contains(&w)
}

/// Whether `name` is a name of several capitalised words that no given
/// name or initial opens, and no place's: "Mayfair Super Markets".
pub(crate) fn capitals_of_no_one(name: &str) -> bool {
    name.contains(' ')
        && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && name
            .split(' ')
            .next()
            .is_some_and(|w| !initials(w) && super::given_names::gender_of(w).is_none())
        && !place_of_words(name)
}

/// [`capitals_of_no_one`] for a name whose capitalised words "and" or "of"
/// join: "Johnson and Johnson", "American Federal Savings and Loan
/// Association of Colorado"; not places or people joined ("Britain and
/// France", "Smith and John Jones").
pub(crate) fn linked_capitals_of_no_one(name: &str) -> bool {
    let links = |w: &str| matches!(w, "and" | "of" | "&");
    name.split(' ').any(links)
        && name.split(' ').all(|w| links(w) || w.starts_with(char::is_uppercase))
        && !name.split(' ').any(|w| super::given_names::gender_of(w).is_some() || initials(w))
        && !name.split(" and ").any(|part| {
            country_of_words(part)
                || place_of_words(part)
                || super::countries::is_country_name(part)
                || super::phrases::US_STATES.contains(&part)
        })
        && capitals_of_no_one(&name.split(' ').filter(|w| !links(w)).collect::<Vec<_>>().join(" "))
}

/// Whether `name`, of one word, is a name that no given name, country or
/// place is and that has a lowercase letter (not letters, which have a
/// rule of their own): "Cairn", "Macrovision".
pub(crate) fn word_of_no_one(name: &str) -> bool {
    // (Not two peoples joined, which describe: "the Anglo-Dutch company".)
    const PEOPLES: [&str; 6] = ["Anglo-", "Franco-", "Sino-", "Indo-", "Russo-", "Afro-"];
    !name.contains(' ')
        && !PEOPLES.iter().any(|p| name.starts_with(p))
        && name.starts_with(char::is_uppercase)
        && name.chars().any(char::is_lowercase)
        && super::given_names::gender_of(name).is_none()
        && !country_of_words(name)
        && !place_of_words(name)
}

/// Whether `w` is a name whose possessive mark is its own: "Moody's",
/// "Lloyd's", "McDonald's" (not the owner of what follows).
fn possessive_brand(w: &str) -> bool {
    const BRANDS: [&str; 12] = [
        "Moody",
        "Lloyd",
        "McDonald",
        "Albertson",
        "Sotheby",
        "Christie",
        "Sainsbury",
        "Macy",
        "Kellogg",
        "Wendy",
        "Denny",
        "Domino",
    ];
    bare(w).len() < w.len() && BRANDS.contains(&bare(w))
}

/// Whether tokens `k` and `k + 1` read as a person's given name and
/// surname: two capitalised words, neither an acronym, a title, a role or a
/// word that ends an organisation's name.
fn person_pair(tk: &Tokens, k: usize) -> bool {
    [k, k + 1].iter().all(|&n| {
        let w = tk.str(n);
        tk.list[n].word
            && tk.capitalized(n)
            && w.chars().any(char::is_lowercase)
            && !tk.has(n, flag::TITLE_WORD | flag::ROLE_NOUN | flag::FUNCTION_WORD)
            && !company_word(w)
            && !organisation_word(w)
            && !department(w)
            && !["Service", "Services", "School", "Nations"].contains(&w)
    })
}

/// Whether the words `long` end with the words `short`, case aside, and
/// say more: "Gerhard de Kock" and "De Kock".
fn name_ends_with<'w>(
    long: impl DoubleEndedIterator<Item = &'w str> + Clone,
    short: impl DoubleEndedIterator<Item = &'w str> + Clone,
) -> bool {
    long.clone().count() > short.clone().count()
        && long.rev().zip(short.rev()).all(|(a, b)| a.eq_ignore_ascii_case(b))
}

/// A company's suffix without its full stop ("Inc." as "Inc"), so that a
/// name that ends a sentence reads as it does elsewhere; any other word as
/// it is.
fn without_suffix_stop(w: &str) -> &str {
    match w.strip_suffix('.') {
        Some(bare) if lexicon::COMPANY_SUFFIXES.contains(&bare) => bare,
        _ => w,
    }
}

/// The name of an institution the phrase `a..=b` names, whole: capitalised
/// words ending in an institution's word ("Floating Point Systems Inc",
/// "Acme Bank"), or such a word and "of" a place ("Bank of New York"). Not
/// a person named with one ("Bank of America chief executive Brian
/// Moynihan").
fn institution_name(tk: &Tokens, (a, b): TokenRange) -> Option<String> {
    let words: SmallVec<[usize; 8]> = (a..=b).filter(|&k| tk.list[k].word).collect();
    // (From the first capital that is no determiner: not "The Reserve Bank".)
    let first = words.iter().position(|&k| tk.capitalized(k) && !tk.has(k, flag::DETERMINER))?;
    let words = &words[first..];
    // ("The National Weather Service", "IDD Information Services": a
    // service is an institution here, though a firm's name may open with
    // the word.)
    let ends_in_one = words.len() >= 2
        && words.last().is_some_and(|&k| {
            institution_word(tk.str(k)) || tk.is_word(k, "Service") || tk.is_word(k, "Services")
        });
    // (Or "on" a matter: "the Committee on Credit and Savings"; or "for"
    // one: "the Organisation for Economic Cooperation and Development".)
    let state_for = |o: usize| {
        words.len() > o + 3 && tk.is_word(words[o + 1], "State") && tk.is_word(words[o + 2], "for")
    };
    // ("The Council of the Great City Schools", "Fruit of the Loom Inc":
    // "the" after "of", before a name.)
    let the_after = |o: usize| {
        words.len() > o + 2 && tk.is_word(words[o], "of") && tk.is_word(words[o + 1], "the")
    };
    let of_a_place = words.len() >= 3
        && words
            .iter()
            .position(|&k| {
                tk.is_word(k, "of")
                    || ((tk.is_word(k, "on") || tk.is_word(k, "for"))
                        && !super::phrases::day_or_month(tk, k + 1))
            })
            .is_some_and(|o| {
                // (An office's matter names no one: not "French Minister
                // for European Affairs Claire Morel".)
                let office = || {
                    office_of(tk.str(words[o - 1]))
                        && words[o + 1..].iter().all(|&k| {
                            super::given_names::gender_of(tk.str(k)).is_none()
                                && !(tk.capitalized(k) && tk.bytes(k).contains(&b'-'))
                        })
                };
                // (Not a company's suffix alone: "… Inc of Durham".)
                o > 0
                && (institution_word(tk.str(words[o - 1]))
                    // (A court is named by what it hears: "Court of
                    // Appeal", "European Court of Justice".)
                    || (tk.is_word(words[o - 1], "Court") && tk.is_word(words[o], "of"))
                    || (o == 1 && tk.is_word(words[o], "of") && proper_head(tk, words[0]))
                    || (tk.is_word(words[o], "for")
                        && (organisation_for(tk.str(words[o - 1]))
                            || office()
                            || matches!(tk.str(words[o - 1]), "Club" | "Institution" | "United")))
                    || (state_for(o) && office()))
                && !(o == 1
                    && ["inc", "corp", "co", "ltd", "plc"]
                        .iter()
                        .any(|w| tk.str(words[0]).trim_end_matches('.').eq_ignore_ascii_case(w)))
                // (A place of a few words: not "Bank of America CEO Brian
                // Moynihan".)
                // (Or an office of state for a matter: "Minister of State
                // for Foreign Affairs".)
                // (And a matter of two joined by "and": "International
                // Trade and Industry".)
                && (1..=3
                    + usize::from(tk.is_word(words[o], "for"))
                    + 2 * usize::from(state_for(o))
                    + words[o + 1..].iter().filter(|&&k| tk.is_word(k, "and")).count()
                    + usize::from(the_after(o)))
                    .contains(&(words.len() - o - 1))
                && words[o + 1..].iter().enumerate().all(|(n, &k)| {
                    let w = tk.str(k);
                    // (Or the letters of what the body is, last: "the Club
                    // for Growth PAC".)
                    let letters_last = n > 0
                        && words.last() == Some(&k)
                        && tk.list[k - 1].word
                        && (2..=4).contains(&w.len())
                        && w.bytes().all(|c| c.is_ascii_uppercase());
                    (tk.capitalized(k) && w.chars().any(char::is_lowercase))
                        || letters_last
                        || w == "and"
                        || (n == 1 && state_for(o))
                        || (n == 0 && the_after(o))
                })
            });
    if !(ends_in_one || of_a_place)
        || words.iter().any(|&k| {
            let the_of = of_a_place && k > 0 && tk.is_word(k, "the") && tk.is_word(k - 1, "of");
            !(tk.capitalized(k) || tk.has(k, flag::FUNCTION_WORD) || the_of)
        })
    {
        // (An office "of" an institution so named is the institution's, as
        // "the president of the American Soybean Association" is: "The
        // Governor of the Bank of England", "President of the West German
        // Federation of Banks".)
        // (Not one that names its holder after it: "President of the West
        // German Federation of Banks Wolfgang Roeller".)
        let holder_named =
            || words.iter().any(|&k| super::given_names::gender_of(tk.str(k)).is_some());
        return (words.len() >= 4
            && tk.has(words[0], flag::TITLE_WORD)
            && tk.is_word(words[1], "of")
            && !holder_named())
        .then(|| {
            let from = words[1] + 1 + usize::from(tk.is_word(words[1] + 1, "the"));
            (from < b).then(|| institution_name(tk, (from, b))).flatten()
        })
        .flatten();
    }
    // (A possessive inside the name is the name's: "Standard and Poor's
    // Corp", "Moody's Investors Service", "British Bankers' Association".)
    let last = words.len() - 1;
    Some(
        words
            .iter()
            .enumerate()
            .map(|(n, &k)| {
                if n == last {
                    without_suffix_stop(bare(tk.str(k)))
                } else if super::phrases::plural_possessive_mark(tk, k + 1) {
                    // ("British Bankers' Association": a plural's mark
                    // stays with its word.)
                    &tk.text[tk.list[k].start..tk.list[k + 1].end]
                } else {
                    tk.str(k)
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The last name among a name's words: the last word but a generational
/// suffix ("Clifford F. Stritch Jr." is Stritch).
fn surname<'w>(name: &[&'w str]) -> Option<&'w str> {
    const SUFFIXES: [&str; 7] = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];
    let last = *name.last()?;
    match name.len() {
        2.. if SUFFIXES.contains(&last) => name.get(name.len() - 2).copied(),
        _ => Some(last),
    }
}

/// The first of two surnames after a given name, which the text may go on
/// with alone: "Nogales" of "Javier Nogales Iturri". (Not a name with a
/// title or letters after it: "Ian MacDonald QC".)
fn first_of_two_surnames<'w>(name: &[&'w str]) -> Option<&'w str> {
    let [given, first, last] = name[..] else { return None };
    let surname_like = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.bytes().skip(1).any(|b| b.is_ascii_lowercase())
            && !initials(w)
            && !w.contains('.')
    };
    // (The given-name lookups last: every name of three words asks.)
    (surname_like(first)
        && surname_like(last)
        && super::given_names::gender_of(given).is_some()
        && super::given_names::gender_of(first).is_none())
    .then_some(first)
}

/// Whether the words after a name's first are only capitals a product or a
/// place goes by, which no firm's name ends with: "Nintendo DS", "Sony PSP",
/// "Airbus A330", "Yukos USA" are not what "Nintendo", "Sony", "Airbus" or
/// "Yukos" said; "BASF AG", "LVI GROUP" are.
fn product_letters<'w>(words: impl Iterator<Item = &'w str>) -> bool {
    // (Suffixes of firms abroad, in a newswire's capitals too: "Trelleborg
    // AB", "TENERA LP"; "AG", "NV" and the like are institution words.)
    const FIRM_LETTERS: [&str; 8] = ["AB", "LP", "AS", "ASA", "OY", "KK", "BHD", "PTY"];
    let mut words = words.peekable();
    words.peek().is_some()
        && words.all(|w| {
            w.len() >= 2
                && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && !institution_word(w)
                && !FIRM_LETTERS.contains(&w)
        })
}

/// Whether `words` joined by single spaces spell `name`.
fn spells(words: &[&str], name: &str) -> bool {
    let joined_len = words.iter().map(|w| w.len()).sum::<usize>() + words.len().saturating_sub(1);
    joined_len == name.len() && words.iter().copied().eq(name.split(' '))
}

impl<'a> People<'a> {
    /// Finds the people named in `text` tokens (outside quotations) and in
    /// `title`.
    pub fn find(tk: &Tokens<'a>, title: &Tokens<'a>) -> People<'a> {
        let mut people = People::default();
        for (toks, in_text) in [(title, false), (tk, true)] {
            people.in_title = people.people.len();
            let mut i = 0;
            while i < toks.list.len() {
                if !starts_run(toks, i) {
                    i += 1;
                    continue;
                }
                let mut j = i;
                // (A name ends with its paragraph: a heading or a list
                // line has no full stop to end it.)
                while j + 1 < toks.list.len() && !paragraph_between(toks, j, j + 1) {
                    if run_word(toks, j + 1) {
                        j += 1;
                    } else if super::phrases::nickname_at(toks, j + 1)
                        && run_word(toks, j + 4)
                        && !paragraph_between(toks, j + 1, j + 4)
                    {
                        // `John "Bud" Frazier`: a nickname inside the name.
                        j += 4;
                    } else if j + 2 < toks.list.len()
                        && link_after_title(toks, j)
                        && run_word(toks, j + 2)
                        && !paragraph_between(toks, j + 1, j + 2)
                    {
                        // "Minister for European Affairs Claire Morel"
                        j += 2;
                    } else {
                        break;
                    }
                }
                // ("Saturday's IRB Rugby Aid match": an event, no one; nor
                // is a work whose title opens with an article inside the
                // sentence: "The film, A Different Story, chronicles …".)
                if j > i
                    && (super::phrases::day_or_month_possessive(toks, i)
                        || (matches!(toks.bytes(i), b"A" | b"An")
                            && super::phrases::sentence_start(toks, i) != i))
                {
                    i = j + 1;
                    continue;
                }
                if i == j {
                    // One word: a mention of someone already named, or
                    // nothing (most are sentence openings).
                    let w = bare(toks.str(i));
                    if in_text
                        && !toks.has(i, flag::TITLE_WORD)
                        && let Some(&p) = people.by_surname.get(w)
                    {
                        people.mentions.push((toks.list[i].start, p));
                    } else if in_text
                        && i > 0
                        && toks.is_word(i - 1, "named")
                        && super::given_names::gender_of(w).is_some()
                    {
                        // ("a 52-year-old resident named Caroline": someone
                        // the text gives only a given name.)
                        let p = people.add(split_name(toks, (i, i)));
                        people.mentions.push((toks.list[i].start, p));
                    }
                    i = j + 1;
                    continue;
                }
                // ("Ambassador to China Octavio Valerio": the place is no
                // part of the name.)
                // (Nor a country a lowercase role is for: "general manager
                // for Canada Hajimu Watanabe".)
                let posted = i >= 2
                    && j >= i + 2
                    && (super::phrases::posted_to(toks, i - 1, 0)
                        || (toks.is_word(i - 1, "for")
                            && toks.list[i - 2].word
                            && !toks.capitalized(i - 2)
                            && toks.has(i - 2, flag::TITLE_WORD | flag::ROLE_NOUN)
                            && super::countries::is_country_name(toks.str(i))));
                // ("shadow foreign secretary Michael Ancram": the lowercase
                // words of a title before the run are his titles too, so
                // that "the foreign secretary" is not him.)
                let mut lead = i;
                while !posted
                    && lead > 0
                    && i - lead < 3
                    && toks.list[lead - 1].word
                    && !toks.list[lead - 1].quoted
                    && toks.has(lead - 1, flag::TITLE_WORD)
                    && !paragraph_between(toks, lead - 1, lead)
                {
                    lead -= 1;
                }
                let mut parts = split_name(toks, (if posted { i + 1 } else { lead }, j));
                // ("Conservative Icon Morton Blackwell" in a headline's
                // capitals: what he is, then his name.)
                // (Not a headline in capitals, whose words tell no name from
                // what is said of it.)
                if !in_text
                    && parts.name.len() >= 3
                    && parts.name[0].bytes().any(|b| b.is_ascii_lowercase())
                    && let Some(given) = parts.name[1..parts.name.len() - 1]
                        .iter()
                        .position(|w| super::given_names::gender_of(w).is_some())
                        .map(|g| g + 1)
                {
                    let what: Vec<String> =
                        parts.name.drain(..given).map(|w| w.to_lowercase()).collect();
                    parts.titles.extend(what);
                }
                // ("Smith Barney's Greenbaum": someone named before, by an
                // owner's possessive.)
                if in_text
                    && let [.., owner, last] = parts.name[..]
                    && bare(owner) != owner
                    && let Some(&p) = people.by_surname.get(last)
                {
                    people.mentions.push((toks.list[i].start, p));
                    i = j + 1;
                    continue;
                }
                // ("amending Allied's SEC filing": an owner's body by its
                // letters, no one named "Allied's SEC", whom "the SEC"
                // would be taken for.)
                if in_text
                    && let [.., owner, last] = parts.name[..]
                    && bare(owner) != owner
                    && last.len() >= 2
                    && last.bytes().all(|b| b.is_ascii_uppercase())
                {
                    i = j + 1;
                    continue;
                }
                if parts.name.len() >= 2 {
                    // ("… in New Hampshire, a young woman asked …": a place
                    // has no apposition.)
                    if !place_of_name(&parts.name) {
                        parts.titles.extend(apposition_role(toks, i, j));
                    }
                    // (Inside a paragraph, before a lowercase word or a
                    // mark: a headline's capitals run on into its verb,
                    // "Donald Trump Has Said …", "Sarah Palin Unleashed 4
                    // Words".)
                    let inside = in_text
                        && i > 0
                        && toks.list[i - 1].paragraph == toks.list[i].paragraph
                        && toks.list.get(j + 1).is_some_and(|t| {
                            !t.word || toks.bytes(j + 1).first().is_some_and(u8::is_ascii_lowercase)
                        });
                    let first_surname =
                        if inside { first_of_two_surnames(&parts.name) } else { None };
                    let p = people.add(parts);
                    if let Some(first_surname) = first_surname {
                        people.by_surname.entry(first_surname).or_insert(p);
                    }
                    if in_text {
                        people.mentions.push((toks.list[i].start, p));
                    }
                } else if parts.name.len() == 1 && in_text {
                    if let Some(p) = people.with_surname(parts.name[0], &parts.titles) {
                        // ("Giles Bradshaw …. Mr Bradshaw": the honorific
                        // tells a gender the given name did not.)
                        if let Some(honorific) =
                            parts.titles.iter().find(|t| gendered_honorific(t).is_some())
                            && people.people[p].told_gender().is_none()
                        {
                            people.add_titles(p, vec![honorific.clone()]);
                        }
                        people.mentions.push((toks.list[i].start, p));
                    } else if parts.titles.last().is_some_and(|t| person_honorific(t))
                        && !institution_word(parts.name[0])
                        // (Nor a given name cut off: "President Daniel arap
                        // Moi"; "Ms Warren" is a surname.)
                        && (parts.titles.iter().any(|t| gendered_honorific(t).is_some())
                            || super::given_names::gender_of(parts.name[0]).is_none())
                    {
                        // "Mr Sayeed", never named in full, is a person all
                        // the same, whom "he" can stand for ("Sir Digby"
                        // after "Sir Digby Jones", "Mr Wang" after "Wang
                        // Yan" is that one).
                        let wanted = parts.titles.iter().find_map(|t| gendered_honorific(t));
                        let p = match people
                            .with_name_word(parts.name[0])
                            .filter(|&p| wanted.is_none_or(|w| !people.given_name_says_other(p, w)))
                            .filter(|_| !given_name_after_mr(&parts.titles, parts.name[0]))
                        {
                            Some(p) => {
                                people.add_titles(p, parts.titles);
                                p
                            }
                            None => people.add(parts),
                        };
                        people.mentions.push((toks.list[i].start, p));
                    }
                }
                i = j + 1;
            }
        }
        people.find_genders(tk);
        people
    }

    /// Guesses each person's gender, so that "he" and "she" pass over
    /// people they cannot mean: from an honorific ("Mrs.", "Mr."), else from
    /// a given name that tells it ("Donald", "Hillary"), else from the first
    /// "he"/"his" or "she"/"her" after the person is first named and before
    /// anyone else is.
    fn find_genders(&mut self, tk: &Tokens) {
        self.gender = vec![None; self.people.len()];
        for (p, person) in self.people.iter().enumerate() {
            self.gender[p] = person.told_gender();
        }
        // ("Donald Trump spoke …. New Hampshire voters were angry. He said
        // …": a place is no "he", whatever "he" follows it.)
        self.place = self.people.iter().map(|x| place_of_words(&x.name)).collect();
        self.gender_told = self.gender.iter().map(Option::is_some).collect();
        // ("the British and Irish Lions …. against the Lions. He told …": a
        // name in the plural that the text writes after "the" is a team, a
        // band or a family, which no "he" or "she" stands for.)
        // (The name's own words after "the", not a title's: "the producer
        // Quincy Jones" is a person.)
        self.group = vec![false; self.people.len()];
        for &(at, p) in &self.mentions {
            let name = &self.people[p].name;
            // (The name's last letters are its head word's: no word is
            // split off on a path every mention takes.)
            if self.gender[p].is_none() && !self.group[p] && looks_plural(name) && {
                let k = tk.at_or_after(at);
                k > 0
                    && tk.bytes(k - 1).eq_ignore_ascii_case(b"the")
                    && name.split(' ').any(|w| w == bare(tk.str(k)))
            } {
                self.group[p] = true;
            }
        }
        for (m, &(at, p)) in self.mentions.iter().enumerate() {
            if self.gender[p].is_some() || self.place[p] {
                continue;
            }
            let until = self.mentions[m + 1..]
                .iter()
                .find(|(_, q)| *q != p)
                .map_or(usize::MAX, |(o, _)| *o);
            let from = tk.at_or_after(at);
            for k in from..(from + 40).min(tk.list.len()) {
                let t = &tk.list[k];
                if t.start >= until {
                    break;
                }
                // (Nor the owner's word that opens the mention: "Her coach
                // Aston Moore told …" is no "she".)
                if !t.word || t.quoted || k == from {
                    continue;
                }
                if let Some(g) = gendered_pronoun(tk.bytes(k)) {
                    self.gender[p] = Some(g);
                    break;
                }
                // ("Pontiac Division said its sales rose": a thing, which
                // "it" stands for; only right after the name's own verb, and
                // not "it", which may be no one's: "Clayton Yeutter said it
                // was all but certain …".)
                if k > from + 1
                    && tk.bytes(k).eq_ignore_ascii_case(b"its")
                    && super::phrases::cue_at(tk, k - 1).is_some()
                    && (from..k - 1).all(|m| tk.list[m].word && tk.capitalized(m))
                {
                    self.gender[p] = Some(Pronoun::Other);
                    break;
                }
            }
        }
    }

    /// Whether the article shows person `p`'s gender.
    pub fn gender_shown(&self, p: usize) -> bool {
        self.gender.get(p).copied().flatten().is_some()
    }

    /// Whether an honorific or a given name tells person `p`'s gender, not
    /// a pronoun near the name.
    fn gender_is_told(&self, p: usize) -> bool {
        self.gender_told.get(p).copied().unwrap_or(false)
    }

    /// Whether a title before person `p`'s name tells it is a person's:
    /// "Trade Representative Clayton Yeutter", "House Speaker Paul Ryan". (A
    /// title word or an honorific: not any word written before a name, which
    /// made "a spokesman for Suiker Unie" of the sugar firm's statements.)
    fn titled_as_person(&self, p: usize) -> bool {
        self.people[p].titles.iter().any(|t| lexicon::title_word(t) || person_honorific(t))
    }

    /// Whether an honorific or a given name tells that person `p` is
    /// `pronoun` ("he", "she").
    pub fn told_gender_is(&self, p: usize, pronoun: Pronoun) -> bool {
        self.gender_is_told(p) && self.gender.get(p).copied().flatten() == Some(pronoun)
    }

    /// Whether person `p` is a place of words ("New Hampshire").
    fn is_place(&self, p: usize) -> bool {
        self.place.get(p).copied().unwrap_or(false)
    }

    /// Whether a speaker who is `person` (or no one the index holds) may be
    /// a thing, which a name of capitals alone may make a firm ("American
    /// Express"): no gender the article shows, no place, no team, no title.
    pub fn may_be_thing(&self, person: Option<usize>) -> bool {
        // (An "its" after the name's verb shows a thing: "Mayfair Super
        // Markets said its sales rose".)
        person.is_none_or(|p| {
            self.gender.get(p).copied().flatten().is_none_or(|g| g == Pronoun::Other)
                && !self.is_place(p)
                && !self.is_group(p)
                && self
                    .people
                    .get(p)
                    .is_some_and(|x| x.titles.is_empty() || business_titles(&x.titles))
        })
    }

    /// Whether "they" can stand for person `p`, who spoke: a body, a place,
    /// a group or a name of one word that no title or pronoun makes a
    /// person's; not "Jaime Ongpin" or "Austan D. Goolsbee", whose gender
    /// the article does not happen to show.
    pub fn they_fits(&self, p: usize) -> bool {
        let name = self.name(p);
        // (The cheap tests first: this is asked of every credited speaker.)
        !self.gender_shown(p)
            && !self.titled_as_person(p)
            && (self.is_group(p)
                || self.is_place(p)
                || !name.contains(' ')
                || described_group(name)
                || names_institution(name))
    }

    /// Whether person `p` is a team, a band or a family ("the Lions").
    fn is_group(&self, p: usize) -> bool {
        self.group.get(p).copied().unwrap_or(false)
    }

    /// Whether `pronoun` can stand for person `p`.
    pub fn fits(&self, p: usize, pronoun: Pronoun) -> bool {
        // (Not a company or an institution by name: "GAF Corp", "Acme Bank".)
        self.gender.get(p).copied().flatten().is_none_or(|g| g == pronoun)
            && !company_word(head_word(self.name(p)))
            // (Nor a place, nor what is "New": "New Labour"; nor a party,
            // its members or a broadcaster: "the Lib Dems said …. “…,” she
            // said", "Speaking to the Radio Times, …. “…,” he said".)
            && (pronoun == Pronoun::Other
                || !(self.is_place(p)
                    || self.is_group(p)
                    || self.name(p).starts_with("New ")
                    || party(self.name(p))
                    || media_word(head_word(self.name(p)))
                    || event_club_or_law(self.name(p))))
    }

    /// Whether "he" or "she" may stand for person `p`: someone, not a
    /// company, a place or a group.
    pub(crate) fn fits_someone(&self, p: usize) -> bool {
        self.fits(p, Pronoun::He) || self.fits(p, Pronoun::She)
    }

    /// The person named exactly `words`.
    fn named(&self, words: &[&str]) -> Option<usize> {
        self.people.iter().position(|x| spells(words, &x.name))
    }

    /// Adds `titles` to person `p`'s, once each.
    fn add_titles(&mut self, p: usize, titles: Vec<String>) {
        let person = &mut self.people[p];
        for t in titles {
            if !person.titles.contains(&t) {
                person.titles.push(t);
            }
        }
    }

    fn add(&mut self, parts: NameParts<'a>) -> usize {
        // "Mr Sayeed" first, "Jonathan Sayeed" later: one person, by the full
        // name (unless the honorific says otherwise: "Mrs Clinton" is not
        // "Bill Clinton").
        // (Nor "De Kock" at a sentence's start, then "Gerhard de Kock": a
        // surname with its particle.)
        let with_particle = |known: &str| {
            let words = known.split(' ').count();
            words >= 2
                && parts
                    .name
                    .len()
                    .checked_sub(words)
                    .is_some_and(|k| parts.name[k].starts_with(char::is_lowercase))
                && name_ends_with(parts.name.iter().copied(), known.split(' '))
        };
        // (Nor a surname of two words after the full name: "Antonio Ortiz
        // Mena", then "Ortiz Mena said".)
        // (Not after a headline's words or a role's: "Conservative Icon
        // Morton Blackwell", "Wife Huma Abedin".)
        let surname_of_two = |known: &str| {
            let before = known.split(' ').count().saturating_sub(2);
            parts.name.len() == 2
                && super::given_names::gender_of(parts.name[0]).is_none()
                && name_ends_with(known.split(' '), parts.name.iter().copied())
                && known.split(' ').take(before).all(|w| {
                    let mut buf = [0u8; 32];
                    lexicon::flags(lexicon::lower(w, &mut buf))
                        & (flag::ROLE_NOUN | flag::TITLE_WORD)
                        == 0
                })
        };
        if parts.name.len() >= 2
            && let Some(last) = surname(&parts.name)
            && let Some(&p) = self.by_surname.get(last)
            && p >= self.in_title
            && surname_of_two(&self.people[p].name)
        {
            self.add_titles(p, parts.titles);
            return p;
        }
        if parts.name.len() >= 2
            && let Some(last) = surname(&parts.name)
            && let Some(&p) = self.by_surname.get(last)
            && (self.people[p].name == last || with_particle(&self.people[p].name))
        {
            let full = Person { name: parts.name.join(" "), titles: parts.titles.clone() };
            let told = self.people[p].told_gender();
            if told.is_none() || full.told_gender().is_none_or(|g| Some(g) == told) {
                self.people[p].name = full.name;
                self.add_titles(p, full.titles);
                return p;
            }
        }
        // ("De Kock" at a sentence's start after "Gerhard de Kock".)
        let particle_first = parts.name.first().is_some_and(|w| {
            super::phrases::NAME_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w))
        });
        let found = if particle_first {
            self.people
                .iter()
                .position(|x| name_ends_with(x.name.split(' '), parts.name.iter().copied()))
        } else {
            self.named(&parts.name)
        };
        if let Some(p) = found {
            self.add_titles(p, parts.titles);
            return p;
        }
        // "Conservative Icon Morton Blackwell Endorses Ted Cruz", then
        // "Morton Blackwell, the conservative icon …": the text's name, not
        // the headline's capitals.
        // (Nor a headline's word that describes the one the surname names,
        // "Understated Perez raises political profile", "Faultless Federer",
        // then "Tom Perez", "Roger Federer": a given name. Not "Chelsea
        // Clinton", then "Bill Clinton".)
        let given = |w: &str| super::given_names::gender_of(w).is_some();
        // (Or a place: "Teen girl pepper-sprayed outside Wisconsin Trump
        // rally", then "Donald Trump".)
        let describes = |w: &str| {
            ["ed", "ing", "ly", "less", "ful", "ous", "ive", "sy", "'s", "’s"]
                .iter()
                .any(|end| w.ends_with(end))
                || super::phrases::US_STATES.contains(&w)
                || super::countries::is_country_name(w)
                || w.contains('-')
        };
        // ("Liberal Oscar-winner Sarandon", then "Susan Sarandon": two such
        // words, one that describes.)
        let headline_word = |known: &str| {
            known.rsplit_once(' ').is_some_and(|(before, _)| {
                let words = || before.split(' ');
                words().count() <= 2 && words().all(|w| !given(w)) && words().any(describes)
            }) && parts.name.first().is_some_and(|w| given(w))
        };
        if parts.name.len() >= 2
            && let Some(last) = surname(&parts.name)
            && let Some(&p) = self.by_surname.get(last)
            && p < self.in_title
            && self.people[p].name.len() > parts.name.join(" ").len()
            && (name_ends_with(self.people[p].name.split(' '), parts.name.iter().copied())
                || headline_word(&self.people[p].name))
        {
            self.people[p].name = parts.name.join(" ");
            self.add_titles(p, parts.titles);
            return p;
        }
        let p = self.people.len();
        let surname = surname(&parts.name).unwrap_or_default();
        self.by_surname.entry(surname).or_insert(p);
        self.people.push(Person { name: parts.name.join(" "), titles: parts.titles });
        p
    }

    /// The person with the surname `last`: of several ("Bill Clinton", "Hillary
    /// Clinton"), the one an honorific among `titles` fits ("Mrs. Clinton"),
    /// else the first named.
    fn with_surname(&self, last: &str, titles: &[String]) -> Option<usize> {
        let first = self.by_surname.get(last).copied();
        let Some(wanted) = titles.iter().find_map(|t| gendered_honorific(t)) else {
            return first;
        };
        let mut same = self.people.iter().enumerate().filter(|(_, x)| {
            let words: SmallVec<[&str; 4]> = x.name.split(' ').collect();
            surname(&words) == Some(last)
        });
        same.find(|(_, x)| x.told_gender() == Some(wanted))
            .map(|(p, _)| p)
            .or(first.filter(|&p| !self.given_name_says_other(p, wanted)))
    }

    /// Whether person `p`'s given name tells a gender other than `wanted`:
    /// "Mrs Howard" after "Michael Howard" is his wife, not him.
    fn given_name_says_other(&self, p: usize, wanted: Pronoun) -> bool {
        let first = self.people[p].name.split(' ').next().unwrap_or_default();
        super::given_names::gender_of(first).is_some_and(|g| g != wanted)
    }

    /// The first person whose name opens with `first`.
    fn with_given_name(&self, first: &str) -> Option<usize> {
        // (Past initials: "Goodrich" after "B.F. Goodrich Co"; or a
        // company's form: "Philips" after "NV Philips Gloeilampenfabrieken".
        // Not an owner: "Argentina" is not "Argentina's Enarsa".)
        self.people.iter().position(|x| {
            let mut words =
                x.name.split(' ').skip_while(|w| initials(w) || matches!(*w, "AB" | "NV"));
            // (A name of one letter goes on in capitals: "K MART".)
            words.next() == Some(first) && (first.len() == 1 || !product_letters(words))
        })
    }

    /// The one person the title names in full, whom an interview's answers
    /// are by ("Immigration debate hits home for actress Diane Guerrero").
    pub fn interviewed(&self) -> Option<usize> {
        sole(
            (0..self.in_title)
                .filter(|&p| self.people[p].name.contains(' ') && self.gender_is_told(p)),
        )
    }

    /// The person whose surname is `label` in capitals ("FALLIN" is Mary
    /// Fallin), when only one is.
    pub fn with_surname_in_capitals(&self, label: &str) -> Option<usize> {
        sole((0..self.people.len()).filter(|&p| {
            let name = &self.people[p].name;
            !self.is_place(p)
                && name.contains(' ')
                && name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(label))
        }))
    }

    /// The first person with `word` in their name ("Sir Digby" is "Digby
    /// Jones", "Ms. Acosta" "Melba Acosta Febo").
    fn with_name_word(&self, word: &str) -> Option<usize> {
        self.people.iter().position(|x| x.name.split(' ').any(|w| w == word))
    }

    /// What names joined by "and" refer to ("Duff and Phelps", "CTS and
    /// DCA", "Britain and Canada"): all of them as one speaker, or a
    /// company whose whole name the text gives ("Bell and Howell" is "Bell
    /// and Howell Co"), not the last of them.
    fn joined(&self, tk: &Tokens, (a, b): TokenRange) -> Option<Referent> {
        let joins = |k: usize| tk.is_word(k, "and") || tk.is(k, '&');
        let and = (a + 1..b).find(|&k| joins(k))?;
        let names = (a..=b).all(|k| {
            tk.capitalized(k)
                || (k == a && tk.has(k, flag::DETERMINER))
                || joins(k)
                || (tk.is(k, ',') && k < and)
        });
        if !names
            || !tk.capitalized(and - 1)
            || !tk.capitalized(and + 1)
            || super::phrases::title_and(tk, a, and, b)
        {
            return None;
        }
        if and == a + 1 && b == and + 1 && tk.bytes(a).len() == 1 && tk.bytes(b).len() == 1 {
            return spelled_by_letters(tk, a, b).map(Referent::Described);
        }
        // (The newswire's line breaks go: "Duff and\nPhelps".)
        let joint = single_spaced(strip_the(tk.text[tk.span(a, b)].trim()));
        let last = tk.str(b);
        let whole = self.people.iter().find_map(|x| {
            let rest = x.name.strip_prefix(last)?.strip_prefix(' ')?;
            let whole = format!("{joint} {rest}");
            tk.text.contains(&whole).then_some(whole)
        });
        Some(Referent::Described(whole.unwrap_or(joint)))
    }

    /// The name of person `p`.
    pub fn name(&self, p: usize) -> &str {
        self.people.get(p).map_or("", |x| x.name.as_str())
    }

    /// What the phrase `range` of `tk` refers to, at byte offset `at`.
    pub fn referent(&self, tk: &Tokens, range: TokenRange, at: usize) -> Referent {
        let Some((a, mut b)) = super::phrases::without_time(tk, range) else {
            return Referent::Unknown;
        };
        if led_by_phrase(tk, (a, b)) {
            return described(tk, a, b);
        }
        // "Gov. John Kasich (R-OH)": the party label is not part of the
        // name. An acronym is ("Institute of Economic Affairs (IEA)").
        if b > a
            && tk.is(b, ')')
            && let Some(open) = (a + 1..b).rev().find(|&k| tk.is(k, '('))
            && party_label(&tk.text[tk.list[open].end..tk.list[b].start])
        {
            b = open - 1;
        }
        // "Philips of the Netherlands", "Airship Industries Ltd of the
        // U.K.": a firm and the country it is from, the firm.
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| tk.is_word(k, "of"))
            && tk.is_word(k + 1, "the")
            && let country = tk.text[tk.span(k + 2, b)].trim()
            && (super::countries::is_country_name(country)
                || country_of_words(country)
                || matches!(country, "U.K." | "U.S." | "UK" | "US"))
            && (a..k).all(|m| {
                tk.list[m].word
                    && tk.capitalized(m)
                    && !tk.has(m, flag::TITLE_WORD | flag::ROLE_NOUN | flag::DETERMINER)
                    && super::given_names::gender_of(tk.str(m)).is_none()
            })
            // (Not a body "of" it: "the Bank of the United States"; a
            // firm's suffix is no body.)
            && (!institution_word(tk.str(k - 1)) || lexicon::company_suffix(tk.str(k - 1)))
        {
            return self.referent(tk, (a, k - 1), at);
        }
        // "The Archbishop of Canterbury", "the Labour MP for Birkenhead",
        // "The Mayor of London": the holder of a place's office, described,
        // not the place.
        if let Some(k) = (a + 1..b).find(|&k| tk.is_word(k, "of") || tk.is_word(k, "for"))
            && ["mp", "archbishop", "bishop", "mayor"].iter().any(|w| tk.is_word(k - 1, w))
            && (k + 1..=b).all(|m| {
                tk.list[m].word
                    && tk.capitalized(m)
                    && super::given_names::gender_of(tk.str(m)).is_none()
            })
            && !names_institution(tk.text[tk.span(k + 1, b)].trim())
        {
            return described(tk, a, b);
        }
        // "Jason Gilbert of Cheyenne": the person before "of", when it is a
        // person onrecord knows and no institution ("Federal Reserve Bank
        // of New York" is one name).
        // (A capital "Of" is inside one name: "Healthcare Services Of
        // America Inc".)
        // (Not a role after the place: "an Army Corps of Engineers
        // spokesman".)
        // (Not an office when a person's name ends the phrase: "Secretary
        // of State George Shultz" is Shultz, whoever else is a secretary;
        // but "the daughter of activist Malcolm X" is no Malcolm X.)
        let office_then_name = |of: usize| {
            tk.has(of - 1, flag::TITLE_WORD)
                && (a..of).all(|k| {
                    super::given_names::gender_of(tk.str(k)).is_none()
                        && !tk.has(k, flag::DETERMINER)
                        && !tk.possessive(k)
                })
                && (of + 2..b).any(|k| {
                    super::given_names::gender_of(tk.str(k)).is_some()
                        && (k + 1..=b).all(|m| tk.list[m].word && tk.capitalized(m))
                })
        };
        if let Some(of) = (a + 1..b).find(|&k| matches!(tk.str(k), "of" | "from"))
            && !office_then_name(of)
            && !(tk.bytes(b).starts_with(b"spokes")
                || ["official", "source", "survey", "study", "report", "poll"]
                    .iter()
                    .any(|w| tk.is_word(b, w)))
            && let Referent::Person(p) = self.referent(tk, (a, of - 1), at)
            && !institution_word(head_word(self.name(p)))
            && !general_company(self.name(p))
        {
            return Referent::Person(p);
        }
        // "Julius Maldutis at Salomon Brothers": a name before "at" is
        // the person's, not the firm's.
        // (After what they do too: "Nickel analyst Ilmar Martens at Walwyn
        // Stodgell Cochran Murray Ltd", when a given name opens the name or
        // a role comes right before it.)
        let name_word = |m: usize| {
            tk.list[m].word && tk.capitalized(m) && !tk.has(m, flag::DETERMINER | flag::TITLE_WORD)
        };
        if let Some(k) = (a + 2..b).find(|&k| tk.is_word(k, "at"))
            && let Some(n) = (a..k).rev().take_while(|&m| name_word(m)).last()
            && (n == a
                || (k - n >= 2
                    && (super::given_names::gender_of(tk.str(n)).is_some()
                        || tk.has(n - 1, flag::TITLE_WORD | flag::ROLE_NOUN))
                    && (a..n).all(|m| {
                        (tk.list[m].word && tk.has(m, flag::TITLE_WORD | flag::ROLE_NOUN))
                            || (!tk.capitalized(m)
                                && !tk.has(m, flag::FUNCTION_WORD | flag::DETERMINER))
                            || (m == a && tk.capitalized(m) && m + 1 < n)
                    })))
            && !institution_word(tk.str(k - 1))
        {
            return self.referent(tk, (n, k - 1), at);
        }
        // "Fifty percent of Europeans": a share of a group, not the group
        // nor a name in it.
        if let Some(of) = (a + 1..b).find(|&k| tk.is_word(k, "of"))
            && super::phrases::share_before(tk, of + 1, a) == Some(a)
        {
            return described(tk, a, b);
        }
        // "Dealers in Tokyo", "analysts at Merrill Lynch", "a dealer at
        // Chase Manhattan Bank": a group or a source where it is, not the
        // place or the firm.
        if let Some(k) = (a + 1..b).find(|&k| tk.is_word(k, "in") || tk.is_word(k, "at"))
            && tk.list[k - 1].word
            && ((looks_plural(tk.str(k - 1)) && (k - 1 == a || !tk.capitalized(k - 1)))
                || tk.has(k - 1, flag::ROLE_NOUN)
                || SOURCES.iter().any(|w| tk.is_word(k - 1, w)))
            // (Capitals may describe the source, "a U.S. Government official
            // in Tokyo", but not name a person: "Mark Brett, dealer at …".)
            && (a..k).all(|m| tk.list[m].word && super::given_names::gender_of(tk.str(m)).is_none())
            && (tk.capitalized(k + 1) || (tk.has(k + 1, flag::DETERMINER) && tk.capitalized(k + 2)))
        {
            let group = common_noun_case(tk.text[tk.span(a, k - 1)].trim());
            let place = tk.text[tk.span(k, b)].trim();
            return Referent::Described(format!("{} {place}", strip_the(&group)));
        }
        // "A woman from Georgia", "a TV station in the US": someone or
        // something described by where it is, not the place. (After "in",
        // any place's name; after "from" only a country's or a state's, as
        // "a letter from Nakasone", "a statement from Beecham" are theirs.)
        if let Some(k) = (a + 1..b).find(|&k| matches!(tk.str(k), "from" | "in"))
            && tk.list[k - 1].word
            && !tk.capitalized(k - 1)
            && !tk.has(k - 1, flag::FUNCTION_WORD | flag::DETERMINER)
            && (a..k).all(|m| tk.list[m].word && super::given_names::gender_of(tk.str(m)).is_none())
            && let place_at = k + 1 + usize::from(tk.is_word(k + 1, "the"))
            && place_at <= b
            && (place_at..=b).all(|m| {
                tk.list[m].word
                    && tk.capitalized(m)
                    && !tk.possessive(m)
                    && super::given_names::gender_of(tk.str(m)).is_none()
            })
            && let place = tk.text[tk.span(place_at, b)].trim()
            && !names_institution(place)
            && (tk.is_word(k, "in")
                || super::countries::is_country_name(place)
                || country_of_words(place)
                || super::phrases::US_STATES.contains(&place)
                || matches!(place, "Georgia" | "Virginia"))
        {
            return described(tk, a, b);
        }
        // ("a spokesman for Mr Prescott", "a top adviser for President
        // Obama": a role linked to a person is someone called that role,
        // whose words are not the person's; linked to an institution it is
        // the institution's source, below.)
        if let Some(link) = (a + 1..b.saturating_sub(1)).find(|&m| {
            (tk.is_word(m + 1, "for") || tk.is_word(m + 1, "to"))
                && (tk.has(m, flag::ROLE_NOUN) || tk.bytes(m).starts_with(b"spokes"))
                && tk.capitalized(m + 2)
        })
        // (No name before the role: "Tony Proffitt, an aide to State
        // Comptroller Bob Bullock" is Proffitt; nor a title's field:
        // "Liberal Democrat spokeswoman for women Sandra Gidley".)
        && (a..link).all(|m| !tk.capitalized(m) || tk.has(m, flag::DETERMINER))
            && !(a >= 2 && tk.is(a - 1, ',') && tk.capitalized(a - 2))
            && let Referent::Person(p) = self.referent(tk, (link + 2, b), at)
            && (self.gender_is_told(p) || self.titled_as_person(p))
            && !names_institution(self.name(p))
        {
            return described(tk, a, b);
        }
        let range = (a, b);
        // "Q: …" and "A: …" in an interview: a question by someone the
        // letters do not name, and an answer by the person the title names
        // ("Q&A with Vice President Joe Biden"), if it names one.
        if a == b
            && matches!(tk.str(a), "Q" | "A")
            && tk.list.get(a + 1).is_some_and(|_| tk.is(a + 1, ':'))
        {
            return match self.interviewed().filter(|_| tk.str(a) == "A") {
                Some(p) => Referent::Person(p),
                None => Referent::Unknown,
            };
        }
        if a == b
            && let Some(p) = pronoun(tk, a)
        {
            return Referent::Pronoun(p);
        }
        // "FALLIN: I think …": an interview turn labelled with a surname in
        // capitals.
        if a == b
            && turn_label(tk, a)
            && let Some(p) = self.with_surname_in_capitals(tk.str(a))
        {
            return Referent::Person(p);
        }
        if let Some(name) = institution_name(tk, range) {
            return Referent::Described(name);
        }
        if let Some(joint) = self.joined(tk, range) {
            return joint;
        }
        // "a Huffington Post analysis", "a Reuters/Ipsos poll": the source,
        // not the outlet named in it.
        // (Not a person so named, "Referee Graham Poll", nor a long phrase
        // of lowercase words.)
        if b > a
            && source_noun(tk.str(b))
            && tk.capitalized(b - 1)
            && super::given_names::gender_of(tk.str(b - 1)).is_none()
            && (a..b)
                .filter(|&k| tk.list[k].word && !tk.capitalized(k) && !tk.has(k, flag::DETERMINER))
                .count()
                <= 1
        {
            return described(tk, a, b);
        }
        // An object pronoun is only ever a speaker as whom a source quoted
        // ("Kyodo quoted him as saying").
        if a == b && tk.list[a].word {
            let mut buf = [0u8; 32];
            match tk.lower(a, &mut buf) {
                "him" => return Referent::Pronoun(Pronoun::He),
                "her" => return Referent::Pronoun(Pronoun::She),
                "them" => return Referent::Pronoun(Pronoun::They),
                _ => {}
            }
        }
        // ("The White House said …": a government's seat, whose "house" is
        // otherwise a title, not whoever was titled by it, "White House
        // press secretary Josh Earnest".)
        let phrase = strip_the(tk.text[tk.span(a, b)].trim());
        if b > a && seat_of_power(phrase) {
            return Referent::Described(phrase.to_string());
        }
        let parts = split_name(tk, range);
        if parts.name.len() >= 2 {
            if let Some(p) = self.named(&parts.name) {
                return Referent::Person(p);
            }
            // A longer form of a known name ("Donald J. Trump")?
            if let Some(&p) = surname(&parts.name).and_then(|s| self.by_surname.get(s)) {
                return Referent::Person(p);
            }
            return Referent::Described(parts.name.join(" "));
        }
        // ("Prime said" after "Prime Computer Inc said": a company's first
        // word, which reads as a title.)
        if parts.name.is_empty()
            && a == b
            && tk.capitalized(a)
            && let Some(p) = self.with_given_name(tk.str(a))
        {
            return Referent::Person(p);
        }
        if let Some(&n) = parts.name.first() {
            // A state that ends a longer description is where they are from,
            // no one's surname: "two Republican members of Congress from
            // Florida" is not "South Florida".
            // (Nor one where someone is: "a candidate in Tokyo".)
            let state = || {
                tk.str(b) == n
                    && super::phrases::us_state(tk, (b, b))
                    && (a..b).any(|k| tk.list[k].word && !tk.capitalized(k))
            };
            let place = || {
                (a + 1..=b).any(|k| {
                    tk.str(k) == n && ["in", "near", "outside"].iter().any(|w| tk.is_word(k - 1, w))
                })
            };
            if b > a && (state() || place()) {
                return described(tk, a, b);
            }
            // ("MTS Acquisition said" after "MTS Acquisition Corp said": a
            // company's short name, whose letters are no title.)
            if let Some(t) = parts.titles.last()
                && let Some(p) = self.people.iter().position(|x| {
                    let mut words = x.name.split(' ');
                    words.next().is_some_and(|w| w.eq_ignore_ascii_case(t))
                        && words.next() == Some(n)
                })
            {
                return Referent::Person(p);
            }
            // ("Dealers said" after the "Association of International Bond
            // Dealers": a plural role, no one's surname.)
            let lower = n.to_lowercase();
            let plural_role = lexicon::flags(&lower) & flag::ROLE_NOUN != 0 && looks_plural(&lower);
            // (A country alone is no paper, agency, market or city named
            // after it: "Sudan" is not the "Sudan News Agency", nor
            // "Mexico" "Mexico City", nor "Indonesia" "Bank Indonesia". It
            // may be a company's short name, "Cyprus Minerals Co", or a
            // person's, "Alastair France".)
            const BODIES: [&str; 9] = [
                "News",
                "Agency",
                "Television",
                "Radio",
                "Exchange",
                "City",
                "Statistics",
                "Bank",
                "Broadcasting",
            ];
            let fits = |p: usize| {
                let name = &self.people[p].name;
                !super::countries::is_country_name(n)
                    || !(name.split(' ').any(|w| BODIES.contains(&w)) || place_of_words(name))
            };
            if !plural_role
                && let Some(p) = self.with_surname(n, &parts.titles).filter(|&p| fits(p))
            {
                return Referent::Person(p);
            }
            // A first name, or a single name nobody wrote in full (with its
            // own possessive: "Moody's said" after "Moody's Investors Service
            // Inc").
            if let Some(p) = (!given_name_after_mr(&parts.titles, n))
                .then(|| self.with_given_name(n))
                .flatten()
                .filter(|&p| fits(p))
                .or_else(|| tk.possessive(b).then(|| self.with_given_name(tk.str(b))).flatten())
            {
                return Referent::Person(p);
            }
            // ("The Argentine" after "Argentine David Nalbandian": the
            // latest named as from there; not a people, "the British say").
            // (Else whom this sentence or the one before opened with, given
            // no other country: "Andre Agassi was delighted with victory
            // …. “…,” said the American".)
            if a + 1 == b
                && tk.is_word(a, "the")
                && super::countries::is_country_adjective(n)
                && !["sh", "ch", "ss", "ese"].iter().any(|e| n.ends_with(e))
                && let Some(p) = self
                    .mentions
                    .iter()
                    .rev()
                    .find(|&&(o, p)| {
                        o < at && self.people[p].titles.iter().any(|t| t.eq_ignore_ascii_case(n))
                    })
                    .map(|&(_, p)| p)
                    .or_else(|| self.opener_of_country(tk, a, n))
            {
                return Referent::Person(p);
            }
            // "a tearful Claxton" is Claxton; "Analysts" are analysts.
            return Referent::Described(common_noun_case(n));
        }
        // Only titles and roles: someone named with them before, else the
        // description itself.
        let role: Vec<&str> =
            parts.titles.iter().map(String::as_str).filter(|t| *t != "former").collect();
        // (One called by an indefinite article is someone new, unless every
        // word of the role was said of someone: "a spokesman" after "John
        // Smith, a spokesman for the company"; not "a diplomacy chief" after
        // "Malcolm Hoenlein, chief executive of …". "One dealer" or "another
        // fund manager" is never the one named.)
        let indefinite = ["a", "an"].iter().any(|w| tk.is_word(a, w));
        let other = ["another", "one"].iter().any(|w| tk.is_word(a, w));
        // ("The Scottish Executive has insisted …": a government by its
        // capital, not whoever was a chief executive.)
        let government = tk.str(b) == "Executive";
        if !role.is_empty()
            && !other
            && !government
            && let Some(p) = self.with_role(&role, at)
            && (!indefinite || role.iter().all(|w| self.people[p].titles.iter().any(|t| t == w)))
        {
            return Referent::Person(p);
        }
        // ("Gordon Brown has said …. The chancellor, speaking …": an office
        // no one was given is the one person the article named before it
        // without one, when there is only one.)
        // (Not one named right after it: "The Higher Education Minister,
        // Kim Howells, said".)
        if tk.is_word(a, "the")
            && !(tk.is(b + 1, ',') && tk.capitalized(b + 2))
            && role.last().is_some_and(|h| OFFICES.contains(h))
            && !role.iter().any(|w| RANK_WORDS.contains(w))
            && let Some(p) = self.sole_untitled_before(at)
        {
            return Referent::Person(p);
        }
        // ("Rubio sought to stoke positive energy …. Walking into the
        // office …, the senator said": an office no one was given, as a
        // subject, is the person who opened this sentence or the one
        // before, when that one was given none.)
        if tk.is_word(a, "the")
            && role.last().is_some_and(|h| OFFICES.contains(h))
            && let Some(p) =
                self.opener(tk, a).filter(|&p| self.gender_is_told(p) && !self.given_an_office(p))
        {
            return Referent::Person(p);
        }
        // ("Kenteris has protested his innocence …. The 31-year-old
        // insisted …": someone just named, by age, when the role with it
        // told no one: "the 60-year-old actor".)
        // (Or by where they play or come from, with what they are: "the
        // East Kilbride athlete", "the Sale full-back".)
        if (aged(tk, a) || from_home(tk, a, b))
            && let Some(p) = self.just_named(tk, a)
        {
            return Referent::Person(p);
        }
        if tk.text[tk.span(a, b)].trim().is_empty() {
            Referent::Unknown
        } else {
            described(tk, a, b)
        }
    }

    /// The last token of the mention of person `p` at token `k`: its
    /// surname, past what the person is ("Chelsea defender William
    /// Gallas").
    fn mention_end(&self, tk: &Tokens, k: usize, p: usize) -> usize {
        let last = self.people[p].name.rsplit(' ').next().unwrap_or_default();
        (k..(k + 8).min(tk.list.len())).find(|&m| bare(tk.str(m)) == last).unwrap_or(k)
    }

    /// [`People::opener`], when given no country but `country` ("the
    /// American" is not "Dutchman Ruud van Nistelrooy").
    fn opener_of_country(&self, tk: &Tokens, a: usize, country: &str) -> Option<usize> {
        self.opener(tk, a).filter(|&p| {
            !self.people[p].titles.iter().any(|t| {
                // (Titles are kept in lowercase.)
                let mut cap = t.clone();
                if let Some(first) = cap.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                super::countries::is_country_adjective(&cap) && !t.eq_ignore_ascii_case(country)
            })
        })
    }

    /// The person who opens the sentence of token `a` or the one before
    /// it, nearest first, when the article shows that one a person: whom a
    /// description at `a` ("the senator", "the American")
    /// may continue. Not when the description's sentence sets it against
    /// someone ("But the chancellor said Mr Baume was never at meetings
    /// …", "Maddow tried to press Warren …, but the senator insisted …").
    fn opener(&self, tk: &Tokens, a: usize) -> Option<usize> {
        const CLAUSE_OPENERS: [&str; 9] =
            ["if", "and", "when", "that", "as", "because", "but", "while", "unless"];
        const CONTRASTS: [&str; 6] = ["but", "however", "yet", "while", "although", "whereas"];
        let s = super::phrases::sentence_start_through_quotes(tk, a);
        if (s..a).any(|m| CONTRASTS.iter().any(|w| tk.is_word(m, w))) {
            return None;
        }
        // (Not the object of a verb: "Mr. Trump's words may have affected
        // the former president".)
        // (After the verb it is the subject of, it may: "said the
        // American".)
        if a > s
            && tk.list[a - 1].word
            && !["that", "and", "as", "when"].iter().any(|w| tk.is_word(a - 1, w))
            && super::phrases::cue_at(tk, a - 1).is_none()
        {
            return None;
        }
        let before =
            if s == 0 { s } else { super::phrases::sentence_start_through_quotes(tk, s - 1) };
        let (from, until) = (tk.list[before].start, tk.list[a].start);
        let mut named = self.mentions_back(from, until);
        // (With no one else named since as a subject, outside quotations:
        // "Labour's Mr Livingstone has said … even if Mr Blair asked. Later
        // the prime minister said" is Blair. Whom a verb or a preposition
        // takes may be: "Pence … praised Cruz …. “…,” the governor said".)
        let (o, p) = loop {
            let &(o, p) = named.next()?;
            if opens_sentence(tk, o) {
                break (o, p);
            }
            let k = tk.at_or_after(o);
            // (But not one a verb follows, a clause's subject: "reports
            // claimed Mr Blair went back on a pledge".)
            let end = self.mention_end(tk, k, p);
            let verb_after = !tk.possessive(end)
                && tk.list.get(end + 1).is_some_and(|t| t.word && !t.quoted)
                && !tk.capitalized(end + 1)
                && (!lexicon::function_word(tk.str(end + 1))
                    || ["said", "says", "told", "is", "was", "were", "are"]
                        .iter()
                        .any(|w| tk.is_word(end + 1, w)));
            let taken = k > 0
                && tk.list[k - 1].word
                && !tk.capitalized(k - 1)
                && !CLAUSE_OPENERS.iter().any(|w| tk.is_word(k - 1, w))
                && !verb_after;
            if !tk.list[k].quoted && !taken && self.fits_someone(p) {
                return None;
            }
        };
        // (Nor whose words open it, "Mr. Trump's words …", nor whoever
        // asked: "“That would be you?” Borger asked. “That would be me,”
        // the senator said".)
        let end = self.mention_end(tk, tk.at_or_after(o), p);
        if tk.possessive(end) || tk.is_word(end + 1, "asked") {
            return None;
        }
        (self.shown_a_person(p)
            && self.gender.get(p).copied().flatten().is_some_and(|g| g != Pronoun::Other))
        .then_some(p)
    }

    /// The person a description at token `a` ("the 31-year-old") stands
    /// for: in this sentence or one of the two before, nearest first, the
    /// person who opens it, else the first person it names (not as what
    /// "the" names: "Emma Watson, who plays Hermione in the Harry Potter
    /// films").
    fn just_named(&self, tk: &Tokens, a: usize) -> Option<usize> {
        // (Named inside a sentence, someone a given name, an honorific or a
        // title tells is a person: not "Rain Man", "Real Madrid" or "Old
        // Trafford"; and not as a preposition's object: "The Spaniard
        // believed he was talking to Real Madrid sporting director Emilio
        // Butragueno".)
        let told = |p: usize| self.gender_is_told(p) || !self.people[p].titles.is_empty();
        let mut until = tk.list[a].start;
        let mut s = super::phrases::sentence_start_through_quotes(tk, a);
        for _ in 0..3 {
            let from = tk.list[s].start;
            let named: SmallVec<[(usize, usize); 4]> = self
                .mentions
                .iter()
                .filter(|&&(o, p)| {
                    o >= from && o < until && self.fits_someone(p) && {
                        let k = tk.at_or_after(o);
                        !(tk.is_word(k, "the") || (k > 0 && tk.is_word(k - 1, "the")))
                    }
                })
                .copied()
                .collect();
            if let Some(&(_, p)) =
                named.iter().find(|&&(o, _)| opens_sentence(tk, o)).or_else(|| {
                    named.iter().find(|&&(o, p)| told(p) && !object_of_link(tk, tk.at_or_after(o)))
                })
            {
                return Some(p);
            }
            if s == 0 {
                break;
            }
            until = from;
            s = super::phrases::sentence_start_through_quotes(tk, s - 1);
        }
        None
    }

    /// What a speaker phrase written in capitals refers to ("HAMILTON OIL
    /// <HAML> SAYS …", "TREASURY'S BAKER SAYS …"): capitals tell no name
    /// from an acronym or a title, so the phrase is looked up among the
    /// names the text writes, whatever their case. One that names no one
    /// the text does, with no title or role among its words, is the whole
    /// phrase ("SOUTH AFRICA", not "AFRICA"). `None` leaves it to
    /// [`People::referent`]. `body` is the article's text, where a firm
    /// the registry only knows as someone's employer is written ("Pennzoil
    /// Co chairman J. Hugh Liedtke").
    pub fn in_capitals(&self, tk: &Tokens, (a, b): TokenRange, body: &str) -> Option<Referent> {
        // (After an owner's possessive, the name is what follows it:
        // "CANADA'S MULRONEY".)
        let owner = |k: usize| {
            let w = tk.str(k);
            tk.possessive(k) || w.ends_with("'S") || w.ends_with("’S")
        };
        let from = (a..b).rev().find(|&k| owner(k)).map_or(a, |k| k + 1);
        let words: SmallVec<[usize; 6]> =
            (from..=b).filter(|&k| tk.list[k].word && !tk.has(k, flag::DETERMINER)).collect();
        let &last = words.last()?;
        let same = |written: &str, k: usize| written.eq_ignore_ascii_case(bare(tk.str(k)));
        // The text's name it opens: "Hamilton Oil Corp", "Donald Regan".
        if words.len() >= 2
            && let Some(p) = self.people.iter().position(|x| {
                let mut name = x.name.split(' ');
                words.iter().all(|&k| name.next().is_some_and(|n| same(n, k)))
            })
        {
            return Some(Referent::Person(p));
        }
        // A person's surname ("VOLCKER", "FED CHAIRMAN VOLCKER", "SEN
        // DOLE"): someone whose gender the article shows, so no place or
        // firm ("CHINA" is no "Bank of China", "TAIWAN" no "Reuters
        // Taiwan").
        // (Or one a title makes a person: "REAGAN" is "President Ronald
        // Reagan".)
        if let Some(p) = self.people.iter().enumerate().position(|(p, x)| {
            let name: SmallVec<[&str; 4]> = x.name.split(' ').collect();
            name.len() >= 2
                && (self.gender.get(p).copied().flatten().is_some() || self.titled_as_person(p))
                && !names_institution(&x.name)
                && surname(&name).is_some_and(|s| same(s, last))
        }) {
            return Some(Referent::Person(p));
        }
        // A name of one word as the text writes it, a firm's with its
        // suffix ("TEXACO" is "Texaco Inc"), else a country's as it is
        // written ("IRAQ" is "Iraq").
        if words.len() == 1 {
            if let Some(p) = self.people.iter().position(|x| {
                let mut name = x.name.split(' ');
                name.next().is_some_and(|n| same(n, last)) && name.all(lexicon::company_suffix)
            }) {
                return Some(Referent::Person(p));
            }
            // (Or a firm's longer name that it opens, by a word of a firm's:
            // "HILLSDOWN" is "Hillsdown Holdings Plc", "DOME" "Dome
            // Petroleum Ltd".)
            // (Only when one such name is written, and not a unit an
            // owner's possessive names: "Monsanto Co's G.D. Searle and Co".)
            let mut opened = self.people.iter().enumerate().filter(|(_, x)| {
                x.name.contains(' ') && x.name.split(' ').next().is_some_and(|n| same(n, last))
            });
            if let (Some((p, x)), None) = (opened.next(), opened.next())
                && x.name.split(' ').next_back().is_some_and(company_word)
                && !x.name.contains("'s ")
                && !x.name.contains("’s ")
            {
                return Some(Referent::Person(p));
            }
            let titled = title_cased(bare(tk.str(last)));
            if super::countries::is_country_name(&titled) {
                return Some(Referent::Described(titled));
            }
        }
        // (A government's seat, as the text writes it: "WHITE HOUSE" is the
        // "White House", whose "house" is otherwise a title.)
        let phrase = tk.text[tk.span(words[0], last)].trim();
        if let Some(seat) = SEATS_OF_POWER.iter().find(|s| s.eq_ignore_ascii_case(phrase)) {
            return Some(Referent::Described(seat.to_string()));
        }
        // (Else the words as the text writes them, when it writes them so
        // and no title or role is among them: "PENNZOIL" is "Pennzoil",
        // "WORLD BANK" the "World Bank".)
        let plain = !words.iter().any(|&k| tk.has(k, flag::TITLE_WORD | flag::ROLE_NOUN));
        if plain && let Some(written) = written_in(body, &body.to_ascii_lowercase(), phrase) {
            return Some(Referent::Described(written.to_string()));
        }
        (words.len() >= 2 && plain).then(|| Referent::Described(phrase.to_string()))
    }

    /// The one person named before byte `at`, if the article named no one
    /// else before it, when that one is a person (an honorific or a given
    /// name tells a gender) named in full and given no office.
    fn sole_untitled_before(&self, at: usize) -> Option<usize> {
        let mut before = self.mentions.iter().take_while(|(o, _)| *o < at).map(|&(_, p)| p);
        let p = before.next()?;
        if before.any(|q| q != p) {
            return None;
        }
        let person = &self.people[p];
        (person.name.contains(' ')
            && self.gender_is_told(p)
            && self.gender.get(p).copied().flatten().is_some_and(|g| g != Pronoun::Other)
            && !self.given_an_office(p))
        .then_some(p)
    }

    /// Whether person `p` was given an office, a rank or an abbreviated
    /// title ("Sen."), which another office does not name.
    fn given_an_office(&self, p: usize) -> bool {
        self.people[p].titles.iter().any(|t| {
            OFFICES.contains(&t.as_str())
                || RANK_WORDS.contains(&t.as_str())
                || abbreviated_title(t).is_some()
        })
    }

    /// The person most recently named before `at` whose titles include every
    /// word of `role`; else anyone in the article with them.
    fn with_role(&self, role: &[&str], at: usize) -> Option<usize> {
        // The head noun decides: "the foreign policy chief" is whoever was
        // called a chief ("EU foreign policy chief Anna Kovacs").
        // (Before "of" when a title stands there: "the chief executive of a
        // leading European car maker" is no car maker; but "the Bank of
        // America economist" is an economist.)
        let head = role
            .windows(2)
            .find(|w| w[1] == "of" && lexicon::title_word(w[0]))
            .map_or_else(|| role.last().copied().unwrap_or(""), |w| w[0]);
        // A role or a source linked to another is neither: "a spokesman for
        // the governor" is not the governor, "a survey for the charity" not
        // the "charity boss". It is someone called that role ("Tony
        // Proffitt, an aide to State Comptroller Bob Bullock").
        // (Not after "of", which makes titles: "Minister of State for
        // Finance", "the Bank of America economist".)
        let linked = role
            .windows(2)
            .find(|w| {
                matches!(w[1], "for" | "at" | "to")
                    && (lexicon::flags(w[0]) & flag::ROLE_NOUN != 0 || w[0].starts_with("spokes"))
            })
            .map(|w| w[0]);
        // A plural is a group, not the one person named as one of them
        // ("critics" is not "Iain Duncan Smith, one of the chief critics").
        // Nor is a country's letters a role: "Opponents of refugees into the
        // U.S." are not whoever "U.S." stood before.
        // (Nor is a name's letters after it: "the Building Societies
        // Association (BSA)" is not "BSA chairman Mark Boleat".)
        let letters_of_a_body = role.len() >= 2
            && institution_word(role[role.len() - 2])
            && lexicon::flags(head) & (flag::ROLE_NOUN | flag::TITLE_WORD) == 0;
        if looks_plural(head) || dotted_letters(head) || letters_of_a_body {
            return None;
        }
        // Nor is an organisation anyone's role: "Huckabee's campaign" is not
        // Larry Noble "of the Campaign Legal Center".
        if institution_word(head)
            || matches!(
                head,
                "campaign" | "center" | "centre" | "team" | "company" | "firm" | "corporation"
            )
        {
            return None;
        }
        // (A rank the role does not name is another office: "the prime
        // minister" is not "Deputy Prime Minister John Prescott", "the
        // chancellor" not "shadow chancellor Oliver Letwin".)
        // (Nor is another department's: "the foreign secretary" is not
        // "Home Secretary Charles Clarke", though both are secretaries.)
        let role_departments = || role.iter().filter(|w| department_word(w));
        let fits = |p: usize| {
            let titles = &self.people[p].titles;
            let other_department = || {
                role_departments().next().is_some()
                    && titles.iter().any(|x| department_word(x))
                    && role_departments().all(|w| !titles.iter().any(|x| x == w))
            };
            titles.iter().any(|x| x == head)
                && linked.is_none_or(|l| titles.iter().any(|x| x == l))
                && RANK_WORDS.iter().all(|r| role.contains(r) || !titles.iter().any(|x| x == r))
                && !other_department()
        };
        // By an abbreviation ("Florida Sen. Marco Rubio … the Florida
        // senator"), only with every other word of the role, and a bare
        // role only for the person named last: so common a title may be
        // anyone's ("the Vermont senator" is not "Sen. John McCain", nor is
        // "the senator" after "Cruz defends …").
        let abbreviated = |p: usize| {
            let titles = &self.people[p].titles;
            titles.iter().any(|x| abbreviated_title(x) == Some(head))
                && role[..role.len() - 1].iter().all(|w| titles.iter().any(|x| x == w))
                && !(head.ends_with("man") && self.people[p].told_gender() == Some(Pronoun::She))
        };
        // (Anyone else only with the role's department: "the Trade and
        // Industry Secretary" is not "shadow foreign secretary Michael
        // Ancram" named later.)
        // (Nor with another place's: "the New Jersey governor" is not
        // "former Florida Gov. Jeb Bush" named later.)
        let fits_whole = |p: usize| {
            fits(p)
                && role
                    .iter()
                    .filter(|w| department_word(w) || super::phrases::state_word(w))
                    .all(|w| self.people[p].titles.iter().any(|x| x == w))
        };
        let before = self.mentions.iter().rev().filter(|(o, _)| *o < at).map(|(_, p)| *p);
        before
            .clone()
            .find(|&p| fits(p))
            .or_else(|| {
                if role.len() > 1 {
                    before.clone().find(|&p| abbreviated(p))
                } else {
                    before.clone().next().filter(|&p| abbreviated(p))
                }
            })
            .or_else(|| (0..self.people.len()).find(|&p| fits_whole(p)))
    }

    /// The mentions (byte offset, person) from byte `from` up to byte
    /// `until`, the latest first.
    fn mentions_back(
        &self,
        from: usize,
        until: usize,
    ) -> impl Iterator<Item = &(usize, usize)> + Clone {
        self.mentions
            .iter()
            .rev()
            .skip_while(move |(o, _)| *o >= until)
            .take_while(move |(o, _)| *o >= from)
    }

    /// The person `pronoun` most likely stands for among those named as a
    /// sentence's subject between bytes `since` (the latest statement's end)
    /// and `until` (this statement's start): "Trump has a decisive lead in
    /// the polls. He explained …" is Trump, whoever spoke before. Only the
    /// nearest person the pronoun fits, named where a sentence opens
    /// (perhaps after a connective: "But Trump …"), with no one else opening
    /// a sentence since, and whose gender an honorific or a given name
    /// tells.
    pub fn subject_since(
        &self,
        tk: &Tokens,
        since: usize,
        until: usize,
        pronoun: Pronoun,
    ) -> Option<usize> {
        let mut between = self.mentions_back(since + 1, until);
        // The nearest person it can stand for, unless someone else opened a
        // sentence after that person was named.
        let (o, p) = between.find(|&&(o, _)| opens_sentence(tk, o)).copied()?;
        // (Not a name in the apposition after the person who opened it:
        // "Norman Robertson, Mellon Bank chief economist, called …. He
        // believes …" is Robertson.)
        let opener = self.mentions.iter().find(|&&(m, q)| {
            m > since
                && m < o
                && q != p
                && self.told_gender_is(q, pronoun)
                && tk.at_or_after(m)
                    == super::phrases::sentence_start_through_quotes(tk, tk.at_or_after(o))
        });
        let (o, p) = opener.copied().unwrap_or((o, p));
        // (The owner, when the person set off after an owner's phrase is
        // not whom the pronoun can stand for: "James Murdoch's wife,
        // Kathryn, is a trustee …. he wrote" is James Murdoch.)
        let (o, p) = if self.gender_is_told(p) && self.gender[p] != Some(pronoun) {
            owner_before_apposition(tk, tk.at_or_after(o))
                .and_then(|owner| {
                    self.mentions.iter().find(|&&(m, _)| tk.at_or_after(m) == owner).copied()
                })
                .unwrap_or((o, p))
        } else {
            (o, p)
        };
        let told = self.gender_is_told(p);
        // (In this sentence or the one before: "The prime minister said …
        // But he rejected …" may name no one.)
        let k = tk.at_or_after(o);
        let near = tk.few_sentences_between(k, tk.at_or_after(until), 1);
        // ("Mrs. Clinton" is no "he", whoever else the surname names.)
        let honorific = gendered_honorific(tk.str(k))
            .or_else(|| k.checked_sub(1).and_then(|j| gendered_honorific(tk.str(j))));
        // (The mention's own honorific tells it too: "Mrs Blair's remarks
        // were made …. She said …".)
        let told_here = honorific == Some(pronoun);
        if !(((told && self.gender[p] == Some(pronoun)) || told_here)
            && near
            && honorific.is_none_or(|h| h == pronoun)
            && opens_sentence(tk, o))
        {
            return None;
        }
        // ("Mrs. Clinton and Ms. Warren grasped hands …. Ever since she …":
        // either.)
        let joined = self.mentions.iter().any(|&(m, q)| {
            let j = tk.at_or_after(m);
            q != p
                && m > o
                && j > 0
                && j <= k + 8
                && self.fits(q, pronoun)
                && (tk.is_word(j - 1, "and") || tk.is_word(j - 1, "or"))
        });
        (!joined).then_some(p)
    }

    /// The one person `pronoun` can stand for that bytes `since..until`
    /// name, when an honorific or a given name tells that gender: "As for
    /// Trump, he said he's not worried".
    /// Not one named after such a pronoun (in "When he took the stage
    /// after Mr. Vander Plaats's introduction, he said …" the first "he" is
    /// the speaker), nor whom a verb or a preposition takes ("told NPR
    /// correspondent Steve Inskeep that he …", "swipes at Marco Rubio, who
    /// he dubbed …").
    pub fn sole_told_between(
        &self,
        tk: &Tokens,
        since: usize,
        until: usize,
        pronoun: Pronoun,
    ) -> Option<usize> {
        let mut found = None;
        for &(o, p) in self.mentions.iter().filter(|&&(o, _)| o >= since && o < until) {
            if !self.fits(p, pronoun) {
                continue;
            }
            // (Cheap tests first: this is asked for most "he" and "she".)
            if !self.told_gender_is(p, pronoun) || found.is_some_and(|q| q != p) {
                return None;
            }
            let k = tk.at_or_after(o);
            let taken =
                object_of_link(tk, k) || (k > 0 && super::phrases::cue_at(tk, k - 1).is_some());
            // (Nor one a question put to the speaker names: "Asked to rate
            // Volcker's tenure, he replied".)
            let after_pronoun = || {
                (tk.at_or_after(since)..k).any(|m| {
                    tk.list[m].word
                        && !tk.list[m].quoted
                        && (gendered_pronoun(tk.bytes(m)) == Some(pronoun)
                            || tk.is_word(m, "asked"))
                })
            };
            if taken || after_pronoun() {
                return None;
            }
            found = Some(p);
        }
        found
    }

    /// The first person named between bytes `since` and `until`: a name of
    /// two words or more, no institution's, of someone with a title or a
    /// gender the article shows (no place, "West Virginia").
    /// Of those, when any was given a state, the first given `place`'s
    /// ("The Ohio senator" is not "Vermont Sen. Bernie Sanders").
    pub fn first_person_between(
        &self,
        since: usize,
        until: usize,
        place: &[&str],
    ) -> Option<usize> {
        let named: SmallVec<[usize; 4]> = self
            .mentions
            .iter()
            .filter(|&&(o, _)| o >= since && o < until)
            .map(|&(_, p)| p)
            .filter(|&p| {
                let name = self.name(p);
                self.shown_a_person(p)
                    && !names_institution(name)
                    && !name.split(' ').any(|w| w == "of")
            })
            .collect();
        if named.iter().any(|&p| self.states(p).next().is_some()) {
            named.into_iter().find(|&p| self.states(p).next().is_some() && self.from(p, place))
        } else {
            named.first().copied()
        }
    }

    /// The titles of person `p` that name a U.S. state ("vermont").
    fn states(&self, p: usize) -> impl Iterator<Item = &str> {
        self.people[p].titles.iter().map(String::as_str).filter(|t| super::phrases::state_word(t))
    }

    /// Whether person `p` may be from `place`: given no state, or given
    /// its.
    pub fn from(&self, p: usize, place: &[&str]) -> bool {
        self.states(p).all(|t| place.iter().any(|w| w.eq_ignore_ascii_case(t)))
    }

    /// Whether person `p` has a name of two words or more and a title or a
    /// gender the article shows, as someone has.
    fn shown_a_person(&self, p: usize) -> bool {
        let x = &self.people[p];
        x.name.contains(' ')
            && (!x.titles.is_empty() || self.gender.get(p).copied().flatten().is_some())
    }

    /// The one person named between bytes `since` and `until`: `Some(None)`
    /// when no one is, `None` when several are. Places, institutions, events
    /// and laws are no one here.
    pub fn one_person_between(&self, since: usize, until: usize) -> Option<Option<usize>> {
        let mut found = None;
        for &(_, p) in self.mentions.iter().filter(|&&(o, _)| o >= since && o < until) {
            let name = self.name(p);
            // (Not "Old Trafford".)
            let thing = !self.shown_a_person(p)
                || self.is_place(p)
                || self.is_group(p)
                || names_institution(name)
                || event_club_or_law(name)
                || self.gender.get(p).copied().flatten() == Some(Pronoun::Other);
            if thing || found == Some(p) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(p);
        }
        Some(found)
    }

    /// The one person named between bytes `since` and `until`, whose given
    /// name or honorific tells `pronoun`, introduced as a source: the name
    /// set off by a comma before a role ("One dissenting opinion came from
    /// Brian Gammage, vice-president of research at Gartner. He said: …").
    pub fn introduced_between(
        &self,
        tk: &Tokens,
        since: usize,
        until: usize,
        pronoun: Pronoun,
    ) -> Option<usize> {
        let p = self.one_person_between(since, until)??;
        let introduced = self.mentions.iter().any(|&(o, q)| {
            if q != p || o < since || o >= until {
                return false;
            }
            let k = tk.at_or_after(o);
            let Some(comma) = (k..(k + 5).min(tk.list.len())).find(|&m| !tk.list[m].word) else {
                return false;
            };
            // (Not someone a question named, nor whom another, a pronoun
            // opening the sentence, spoke of: "Asked whether he was
            // concerned that Donald Trump, the presumptive nominee, …", "He
            // portrayed Mr Ebbers, a charismatic businessman, …".)
            let s = super::phrases::sentence_start(tk, k);
            let aside = ["he", "she", "they"].iter().any(|w| tk.is_word(s, w))
                || (s..k).any(|m| ["asked", "whether", "if"].iter().any(|w| tk.is_word(m, w)));
            !aside
                && tk.is(comma, ',')
                && (comma + 1..(comma + 4).min(tk.list.len())).any(|m| {
                    tk.list[m].word
                        && !tk.capitalized(m)
                        && tk.has(m, flag::TITLE_WORD | flag::ROLE_NOUN)
                })
        });
        (introduced && self.told_gender_is(p, pronoun)).then_some(p)
    }

    /// The person named nearest before byte `at` that `pronoun` can stand
    /// for (the nearest at all when nobody fits).
    pub fn nearest_before(&self, at: usize, pronoun: Pronoun) -> Option<usize> {
        let before = || self.mentions.iter().rev().filter(|(o, _)| *o < at).map(|(_, p)| *p);
        // (Else whoever was named last, but no place and no institution:
        // "Prices in New York dropped …, he said" has a speaker named
        // before; "a conference sponsored by Georgetown University. He said
        // …" is not the university.)
        before().find(|&p| self.fits(p, pronoun)).or_else(|| {
            before().find(|&p| {
                let name = self.name(p);
                !self.is_place(p) && !company_word(head_word(name)) && !event_club_or_law(name)
            })
        })
    }

    /// The first name mentioned before byte `until` that `fits` holds for,
    /// given the byte offset of the mention and the name.
    pub fn first_named(&self, until: usize, fits: impl Fn(usize, &str) -> bool) -> Option<&str> {
        self.mentions
            .iter()
            .take_while(|&&(o, _)| o < until)
            .find(|&&(o, p)| fits(o, self.name(p)))
            .map(|&(_, p)| self.name(p))
    }

    /// How many times person `p` is mentioned in the text.
    pub fn mentions_of(&self, p: usize) -> usize {
        self.mentions.iter().filter(|&&(_, q)| q == p).count()
    }

    /// The latest name between bytes `since` and `at`, mentioned at a byte
    /// offset where `opens` holds, that "it" can stand for: "Shares in
    /// Multiplex Group fell after it said …".
    pub fn it_between(
        &self,
        since: usize,
        at: usize,
        opens: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        self.mentions_back(since, at)
            .filter(|(o, _)| opens(*o))
            .map(|(_, p)| *p)
            .find(|&p| person_can_be_it(self, p))
    }
}

/// The office an abbreviated title before a name stands for: "Sen. Bernie
/// Sanders" is the senator a later "the Vermont senator" means.
fn abbreviated_title(title: &str) -> Option<&'static str> {
    Some(match title.trim_end_matches('.') {
        "sen" => "senator",
        "gov" => "governor",
        "rep" => "congressman",
        "gen" => "general",
        "sec" | "secy" => "secretary",
        "amb" => "ambassador",
        "atty" => "attorney",
        "pres" => "president",
        "supt" => "superintendent",
        "cmdr" => "commander",
        _ => return None,
    })
}

/// Whether the words inside parentheses after a name are a US party label:
/// "R-OH", "D-Nev.", "I", "R".
fn party_label(inside: &str) -> bool {
    let inside = inside.trim();
    matches!(inside, "R" | "D" | "I") || ["R-", "D-", "I-"].iter().any(|p| inside.starts_with(p))
}

/// "Analysts" opening a sentence reads "analysts", like everywhere else; a
/// phrase with a capital inside ("Screen Digest") is a name and stays.
fn common_noun_case(s: &str) -> String {
    let mut words = s.split(' ');
    let first = words.next().unwrap_or("");
    let rest_lower = words.all(|w| !w.chars().next().is_some_and(char::is_uppercase));
    let mut buf = [0u8; 32];
    let lower = lexicon::lower(first, &mut buf);
    // (Also a few trades that speak as a group in market reports: "Bankers
    // said …", "Brokers said …".)
    const TRADES: [&str; 7] =
        ["bankers", "brokers", "producers", "exporters", "farmers", "operators", "investors"];
    // (Not a party's name: "Democratic party officials", "Republican
    // presidential candidate".)
    let party = matches!(lower, "democratic" | "republican");
    let known = (lexicon::flags(lower) & (flag::ROLE_NOUN | flag::TITLE_WORD | flag::DETERMINER)
        != 0
        && !party)
        || TRADES.contains(&lower);
    // (An acronym stays one, "EU", "NATO"; and a capital that is a name
    // more often than a word in a role stays: "White said" is Kelli White,
    // "The Sunday Times reported" the paper.)
    // ("STUDY SAYS …" in a wire headline is still a study.)
    let acronym = !first.chars().any(char::is_lowercase) && ACRONYMS.contains(&lower);
    let name_like = !s.contains(' ') && NAME_LIKE.contains(&lower);
    // (An article or a quantifier before a name is no part of it: "A
    // Labour Party spokesman" reads as "a Labour Party spokesman" does.)
    let determiner = s.contains(' ')
        && matches!(first, "A" | "An" | "Another" | "Several" | "Some" | "Many" | "Most" | "Other");
    if (rest_lower && known && !acronym && !name_like) || determiner {
        let mut out = first.to_lowercase();
        out.push_str(&s[first.len()..]);
        out
    } else {
        s.to_string()
    }
}

/// Role words that, in capitals, are an acronym that stays one ("EU",
/// "NATO", "USDA").
const ACRONYMS: [&str; 17] = [
    "eu", "un", "nato", "gop", "u.s.", "u.n.", "uk", "u.k.", "usda", "fda", "sec", "fbi", "cia",
    "imf", "opec", "gatt", "ec",
];

/// Words of [`flag::TITLE_WORD`] or [`flag::ROLE_NOUN`] that, capitalised
/// and alone, name someone or something: a surname, a paper, a
/// legislature ("The Senate passed …").
const NAME_LIKE: [&str; 19] = [
    "senate",
    "congress",
    "parliament",
    "white",
    "house",
    "times",
    "journal",
    "post",
    "post.",
    "star",
    "independent",
    "economist",
    "chair",
    "democrats",
    "republicans",
    "democrat",
    "republican",
    "tories",
    "labour",
];

/// Whether `word` is a source that an outlet or a firm makes: "poll",
/// "analysis", "survey".
pub(crate) fn source_noun(word: &str) -> bool {
    let mut buf = [0u8; 32];
    matches!(
        lexicon::lower(word, &mut buf),
        "poll"
            | "polls"
            | "polling"
            | "survey"
            | "surveys"
            | "analysis"
            | "study"
            | "report"
            | "review"
            | "investigation"
            | "tally"
            | "count"
            | "estimate"
            | "estimates"
            | "data"
            | "figures"
    )
}

/// "the minister" → "minister"; a name stays as it is.
fn strip_the(s: &str) -> &str {
    // (Over a newswire's line break too: "the\ncompany said".)
    for the in ["the", "The"] {
        if let Some(rest) = s.strip_prefix(the)
            && rest.starts_with(char::is_whitespace)
        {
            return rest.trim_start();
        }
    }
    s
}

/// Whether a title before one word makes it a person's name ("Mr Sayeed",
/// "Lord Falconer", "Dr Ahmed", "President Obama"). (Titles are lower case
/// here.)
pub(crate) fn person_honorific(title: &str) -> bool {
    gendered_honorific(title).is_some()
        || matches!(
            title.trim_end_matches('.'),
            "dr" | "prof"
                | "president"
                | "senator"
                | "sen"
                | "rep"
                | "gov"
                | "governor"
                | "mayor"
                | "judge"
                | "justice"
                | "king"
                | "queen"
                | "prince"
                | "princess"
                | "pope"
                | "chancellor"
                | "premier"
                | "ambassador"
                | "coach"
        )
}

/// Whether `word`, after `titles`, is a given name that "Mr" or "Mrs"
/// stands before, where a surname belongs: "Mr Howard" is not "Howard
/// Flight". ("Sir Alan" may be, and "Mr. Lou" is "Lou Jiwei", whose
/// surname comes first.)
fn given_name_after_mr(titles: &[String], word: &str) -> bool {
    titles.iter().any(|t| matches!(t.trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss"))
        && super::given_names::gender_of(word).is_some()
}

/// The gender an honorific tells: "Mr.", "Lord" he; "Mrs.", "Ms.", "Dame"
/// she.
fn gendered_honorific(word: &str) -> Option<Pronoun> {
    let mut buf = [0u8; 32];
    match lexicon::lower(word.trim_end_matches('.'), &mut buf) {
        "mr" | "lord" | "sir" => Some(Pronoun::He),
        "mrs" | "ms" | "lady" | "dame" | "baroness" => Some(Pronoun::She),
        _ => None,
    }
}

/// "he", "his", "him", "himself" (any case) → he; "she", "her", "hers",
/// "herself" → she. On the bytes, as it runs over many words of each
/// article.
// (Inlined: the gender guess asks it of up to forty words after every
// name, and a call each time costs more than the test.)
#[inline(always)]
fn gendered_pronoun(w: &[u8]) -> Option<Pronoun> {
    const HE: [&[u8]; 4] = [b"he", b"his", b"him", b"himself"];
    const SHE: [&[u8]; 4] = [b"she", b"her", b"hers", b"herself"];
    if !(2..=7).contains(&w.len()) {
        return None;
    }
    match w[0] | 0x20 {
        b'h' if HE.iter().any(|p| w.eq_ignore_ascii_case(p)) => Some(Pronoun::He),
        b'h' | b's' if SHE.iter().any(|p| w.eq_ignore_ascii_case(p)) => Some(Pronoun::She),
        _ => None,
    }
}

/// Whether token `j` is a title word followed by "for" or "of".
fn link_after_title(tk: &Tokens, j: usize) -> bool {
    // (Not a surname: "Peter King of New York".)
    let given = |k: usize| super::given_names::gender_of(tk.str(k)).is_some();
    let initial = |k: usize| matches!(tk.bytes(k), [c, b'.'] if c.is_ascii_uppercase());
    let surname = || {
        tk.capitalized(j) && j > 0 && (given(j - 1) || (j > 1 && initial(j - 1) && given(j - 2)))
    };
    // (Lowercase: in a headline's capitals, "The Unhappy Campaign Of Paul
    // Manafort" is about him, not his office.)
    tk.has(j, flag::TITLE_WORD)
        && (tk.is_word(j + 1, "for") || tk.is_word(j + 1, "of"))
        && !tk.capitalized(j + 1)
        && !surname()
}

/// The words of an apposition after the name ending at token `j` ("Daniel
/// Marsh, the U.S. special envoy for the talks,"), lowercased: the roles
/// the article may later call that person by.
fn apposition_role(tk: &Tokens, i: usize, j: usize) -> Vec<String> {
    let mut out = Vec::new();
    if j + 2 >= tk.list.len() || !tk.is(j + 1, ',') {
        return out;
    }
    let mut buf = [0u8; 32];
    let first = lexicon::lower(tk.str(j + 2), &mut buf);
    let possessive = tk.possessive(j + 2);
    if !(lexicon::determiner(first) || possessive || lexicon::title_word(first)) {
        return out;
    }
    for k in j + 2..(j + 14).min(tk.list.len()) {
        let t = &tk.list[k];
        if !t.word || t.quoted {
            break;
        }
        let mut buf = [0u8; 32];
        let w = tk.lower(k, &mut buf);
        // (A phrase that runs into its verb after a name that is the object
        // of a preposition is the subject, no apposition: "… of Merrill
        // Lynch and Co, an Exchange spokesman said"; but "…," chairman Dan
        // Rostenkowski, an Illinois Democrat said" lacks only its comma.)
        if lexicon::cue(w).is_some() && k > j + 2 && tk.list[k - 1].word && object_of_link(tk, i) {
            return Vec::new();
        }
        // (Nor the honorific of someone the role is about: "Kellyanne
        // Conway, a senior adviser and pollster for Mr. Trump" is no "Mr.")
        if lexicon::cue(w).is_some()
            || matches!(w, "who" | "which")
            || (k > j + 2 && gendered_honorific(w).is_some())
        {
            break;
        }
        // (No clause: "the Atlantic Ocean, Mr. Wiley walked them through a
        // slide show" gives the ocean no roles.)
        if w.ends_with("ed") && !tk.capitalized(k) && tk.capitalized(k - 1) {
            return Vec::new();
        }
        out.push(bare(w).to_string());
    }
    out
}

/// Whether tokens `s..k` describe the person named at `k`: plain words,
/// the last a title or a noun for someone ("landowner", "candidate").
fn described_before_name(tk: &Tokens, s: usize, k: usize) -> bool {
    let role = |m: usize| {
        tk.has(m, flag::TITLE_WORD | flag::ROLE_NOUN)
            || ["er", "or", "ist", "man", "woman"]
                .iter()
                .any(|e| tk.bytes(m).ends_with(e.as_bytes()))
    };
    (s..k).all(|m| {
        tk.list[m].word
            && !tk.list[m].quoted
            && !tk.has(m, flag::FUNCTION_WORD | flag::CUE | flag::DETERMINER)
            && !tk.bytes(m).ends_with(b"ed")
            && !tk.bytes(m).ends_with(b"ing")
    }) && !tk.capitalized(k - 1)
        && role(k - 1)
}

/// Whether the phrase at token `a` opens "the 31-year-old".
fn aged(tk: &Tokens, a: usize) -> bool {
    let Some(after_the) = tk.list.get(a + 1).map(|t| t.start) else {
        return false;
    };
    let digits = tk.text[after_the..].bytes().take_while(u8::is_ascii_digit).count();
    tk.is_word(a, "the")
        && (1..=3).contains(&digits)
        && tk.text[after_the + digits..].starts_with("-year-old")
}

/// Whether the phrase `a..=b` is "the" with where someone plays or comes
/// from and what they are: "the East Kilbride athlete", "the Sale
/// full-back", "the Liverpool player".
fn from_home(tk: &Tokens, a: usize, b: usize) -> bool {
    const PLAYERS: [&str; 22] = [
        "athlete",
        "player",
        "full-back",
        "fly-half",
        "scrum-half",
        "striker",
        "midfielder",
        "winger",
        "defender",
        "forward",
        "goalkeeper",
        "keeper",
        "skipper",
        "captain",
        "sprinter",
        "hurdler",
        "runner",
        "boxer",
        "golfer",
        "rider",
        "driver",
        "star",
    ];
    tk.is_word(a, "the")
        && (2..=4).contains(&(b - a))
        && (a + 1..b).all(|k| tk.list[k].word && tk.capitalized(k) && !tk.has(k, flag::TITLE_WORD))
        && PLAYERS.iter().any(|w| tk.is_word(b, w))
}

/// Whether the name mentioned at byte `o` opens its sentence, as its
/// subject: first, after "But" or a short opening clause, after a
/// quotation it credits, or after what the person is.
fn opens_sentence(tk: &Tokens, o: usize) -> bool {
    let k = tk.at_or_after(o);
    // (The person an owner's phrase names after it opens the sentence with
    // the owner: in "Trump's running mate — Indiana Gov. Mike Pence — has
    // thrown his support behind Ryan" the subject is Pence.)
    if let Some(owner) = owner_before_apposition(tk, k) {
        return opens_at(tk, owner);
    }
    opens_at(tk, k)
}

/// [`opens_sentence`] for the name at token `k`, whoever it belongs to.
fn opens_at(tk: &Tokens, k: usize) -> bool {
    const CONNECTIVES: [&str; 6] = ["but", "and", "yet", "still", "however", "meanwhile"];
    const CONJUNCTIONS: [&str; 10] =
        ["as", "while", "when", "after", "before", "although", "though", "because", "since", "if"];
    // (Through quotations: `"…," former Bush speechwriter Noam
    // Neusner wrote` opens with the quotation.)
    let s = super::phrases::sentence_start_through_quotes(tk, k);
    k == s
        || (k == s + 1 && CONNECTIVES.iter().any(|w| tk.is_word(s, w)))
        // (Whose view the sentence gives: "For Jupiter analyst Olivier
        // Beauvillain, Yahoo's decision was an error", "But for Allen
        // Weiner, …, the future of search is not …".)
        || (k > s
            && tk.is_word(k - 1, "for")
            && (k - 1 == s || (k - 2 == s && CONNECTIVES.iter().any(|w| tk.is_word(s, w)))))
        // (After a short opening: "In an interview, Deacon had …",
        // "Recently, Herman Cain was asked …"; or a longer clause that a
        // conjunction opens: "As the Republicans ate oysters in a dim,
        // stuffy room, Mr. Wiley walked …".)
        || (k >= s + 2
            && tk.is(k - 1, ',')
            && (k - s <= 8 || (k - s <= 30 && CONJUNCTIONS.iter().any(|w| tk.is_word(s, w))))
            && (s..k - 1).all(|m| {
                (tk.list[m].word || (k - s > 8 && tk.is(m, ','))) && !tk.list[m].quoted
            }))
        // (After what the person is: "North Devon landowner Giles Bradshaw
        // was put in touch …", "Republican presidential candidate John
        // Kasich", perhaps whose: "The Guardian's film critic Peter
        // Bradshaw felt …".)
        || {
            let d = described_from(tk, s, k);
            k > d && k - d <= 5 && described_before_name(tk, d, k)
        }
        // (The subject of the clause a conjunction opens the sentence with,
        // the main clause's pronoun standing for it: "But as Mr. Sanders
        // campaigned on Friday in Washington, Iowa, he stuck …".)
        || {
            let c = s + usize::from(CONNECTIVES.iter().any(|w| tk.is_word(s, w)));
            c < k
                && k <= c + 2
                // (Of when, not of a condition: "If Trump doesn't become
                // the nominee, he said …" is the one speaking before.)
                && super::phrases::WHEN_SUBORDINATORS.iter().any(|w| tk.is_word(c, w))
                && (c + 1..k).all(|m| tk.list[m].word && tk.capitalized(m))
        }
}

/// Where what the person named at token `k` is begins, in the sentence
/// that opens at token `s`: past "the" and an owner's name ("The
/// Guardian's", "Empire magazine's").
fn described_from(tk: &Tokens, s: usize, k: usize) -> usize {
    let d = if tk.is_word(s, "the") { s + 1 } else { s };
    (d..k.min(d + 3))
        .take_while(|&m| tk.list[m].word && !tk.list[m].quoted)
        .find(|&m| tk.possessive(m))
        .filter(|_| tk.capitalized(d))
        .map_or(d, |m| m + 1)
}

/// Whether the name at token `k` is in the possessive before a person it
/// has: "Trump's running mate", "Clinton's spokesman".
fn owner_of_person(tk: &Tokens, k: usize) -> bool {
    const PERSONS: [&str; 16] = [
        "mate",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "wife",
        "husband",
        "son",
        "daughter",
        "aide",
        "adviser",
        "advisor",
        "lawyer",
        "attorney",
        "deputy",
        "successor",
        "predecessor",
    ];
    let Some(last) = (k..(k + 5).min(tk.list.len())).find(|&m| tk.possessive(m)) else {
        return false;
    };
    (k..last).all(|m| tk.list[m].word && tk.capitalized(m))
        && (last + 1..(last + 3).min(tk.list.len()))
            .any(|m| PERSONS.iter().any(|w| tk.is_word(m, w)))
}

/// When the name at token `k` (with its titles) is set off by a dash or a
/// comma after an owner's person ("Trump's running mate — Indiana Gov. Mike
/// Pence —"), the token that opens the owner's name.
fn owner_before_apposition(tk: &Tokens, k: usize) -> Option<usize> {
    // (Back over the titles: capitals and their full stops.)
    let d = (k.saturating_sub(5)..k)
        .rev()
        .take_while(|&m| tk.capitalized(m) || tk.is(m, '.') || tk.is(m, ',') || dash_at(tk, m))
        .find(|&m| dash_at(tk, m) || tk.is(m, ','))?;
    (d.saturating_sub(6)..d).find(|&m| owner_of_person(tk, m))
}

/// Whether token `m` is a dash ("—", "–").
fn dash_at(tk: &Tokens, m: usize) -> bool {
    matches!(tk.str(m), "—" | "–")
}

/// Whether a paragraph ends between tokens `a` and `b`.
fn paragraph_between(tk: &Tokens, a: usize, b: usize) -> bool {
    tk.list[a].paragraph != tk.list[b].paragraph
}

/// Whether the name that opens at token `i` is the object of a preposition
/// up to ten words before it ("talks with British Chancellor Nigel
/// Lawson", "a new nickname for Democratic candidate Hillary Clinton", "with
/// Morning Joe hosts Joe Scarborough and Mika Brzezinski"), not in a title
/// ("Secretary of State George Shultz").
fn object_of_link(tk: &Tokens, i: usize) -> bool {
    const LINKS: [&str; 11] =
        ["of", "with", "for", "to", "by", "from", "against", "about", "on", "at", "in"];
    (i.saturating_sub(10)..i).rev().take_while(|&k| tk.list[k].word && !tk.ends_sentence(k)).any(
        |k| {
            LINKS.iter().any(|l| tk.is_word(k, l))
                && (k == 0
                    || !tk.capitalized(k - 1)
                    // ("Speaking to the Radio Times, the star said": a
                    // participle that opens the sentence.)
                    || (super::phrases::sentence_start(tk, k - 1) == k - 1
                        && tk.bytes(k - 1).ends_with(b"ing")))
        },
    )
}

/// Whether token `i` is the "and" of a company's "and Co" ("J.P. Morgan and
/// Co Inc", "Kloeckner & Co KGaA"), after a capitalised word.
fn company_and(tk: &Tokens, i: usize) -> bool {
    // (Bytes first: every token of a name run asks.)
    matches!(tk.bytes(i), b"and" | b"&")
        && i > 0
        && i + 1 < tk.list.len()
        && matches!(tk.bytes(i + 1), b"Co" | b"Co." | b"Company" | b"Sons")
        && tk.capitalized(i - 1)
}

fn starts_run(tk: &Tokens, i: usize) -> bool {
    run_word(tk, i)
        && !tk.has(i, flag::FUNCTION_WORD)
        && !super::phrases::dated_month(tk, i)
        && !question_auxiliary(tk, i)
}

/// Whether token `i` is an auxiliary that opens a question ("Can Yahoo
/// dominate next decade?", "Does Ted Cruz?"), no name's first word.
fn question_auxiliary(tk: &Tokens, i: usize) -> bool {
    const AUXILIARIES: [&str; 10] =
        ["Can", "Could", "Should", "Would", "Does", "Did", "Do", "Has", "Have", "Must"];
    // (Bytes first: this is asked of every capitalised word.)
    matches!(tk.bytes(i).first(), Some(b'C' | b'S' | b'W' | b'D' | b'H' | b'M'))
        && AUXILIARIES.contains(&tk.str(i))
        && (i == 0 || tk.ends_sentence(i - 1) || tk.list[i - 1].paragraph != tk.list[i].paragraph)
}

#[inline(always)]
fn run_word(tk: &Tokens, i: usize) -> bool {
    let t = &tk.list[i];
    if t.quoted {
        return false;
    }
    if !t.word {
        return company_and(tk, i);
    }
    if !tk.capitalized(i) {
        // "U.S. envoy Daniel Marsh": a lowercase title inside a name run.
        return (tk.has(i, flag::TITLE_WORD) && i + 1 < tk.list.len() && tk.capitalized(i + 1))
            || company_and(tk, i)
            || particle_in_name(tk, i);
    }
    !tk.has(i, flag::CUE | flag::FUNCTION_WORD) && !super::phrases::capitalised_adverb(tk, i)
}

/// Whether the lowercase word `i` is a particle inside a name: "Gerhard de
/// Kock", "Abdul-Aziz bin Khalifa al-Thani".
fn particle_in_name(tk: &Tokens, i: usize) -> bool {
    // (Byte tests first: this is asked of most lowercase words.)
    let w = tk.bytes(i);
    if w.len() <= 3 {
        (matches!(w.first(), Some(b'd' | b'v' | b'l')) || w == b"bin" || w == b"ibn")
            && i > 0
            && (tk.capitalized(i - 1) || tk.bytes(i - 1).len() <= 3)
            && super::phrases::name_particle(tk, i)
    } else {
        (w[2] == b'-' || w[3] == b'-')
            && i > 0
            && super::phrases::name_cased(tk, i)
            && (tk.capitalized(i - 1) || super::phrases::name_cased(tk, i - 1))
    }
}

/// Whether "it" can stand for person `p` ("Weyerhaeuser", "Cheyenne
/// Resources Inc", "the Financial Times"): no gender the article shows, and
/// a name of one word, an institution's or a paper's (not "Kim Dae-jung").
pub(crate) fn person_can_be_it(people: &People, p: usize) -> bool {
    let name = people.name(p);
    // (Not someone an office names: "President Chavez".)
    // (A seat of power whatever "she" follows it: "Downing Street said she
    // was speaking as a lawyer".)
    // ("First Chicago", "New Vision": no one's given name.)
    seat_of_power(name)
        || general_company(name)
        || name.starts_with("First ")
        || (name.starts_with("New ") && !people.is_place(p))
        || people.gender.get(p).copied().flatten() == Some(Pronoun::Other)
        || (people.gender.get(p).copied().flatten().is_none()
            && !people.people.get(p).is_some_and(|x| x.titles.iter().any(|t| person_honorific(t)))
            && (!name.contains(' ')
                || name.split(' ').any(company_word)
                || newspaper_name(name)
                // (A place opens no one's name: "Iowa Beef", "Texas
                // Instruments".)
                || name.split(' ').next().is_some_and(place_word)))
}

/// Whether `word` is a US state's name or a country's, which opens a
/// business's name and no person's ("Iowa Beef", "Japan Air Lines").
fn place_word(word: &str) -> bool {
    super::phrases::US_STATES.contains(&word) || super::countries::is_country_name(word)
}

/// Whether a speaker named `name` (an institution that spoke before) is
/// the one a generic noun for it means: "the company" after "Avery
/// International Corp said …", "the bank" after "Chemical Bank said …".
pub(crate) fn generic_means(generic: &str, name: &str) -> bool {
    // "CRA Ltd said …. The mining and smelting group earlier reported …": a
    // business by what it does, in lowercase words before "company", "firm"
    // or "group", is a business named, as "the company" is.
    // (Not one set apart from it, "the parent company", "a rival firm", "the
    // state oil firm"; nor a group that is no business: "the terrorist
    // group".)
    const APART: [&str; 9] =
        ["parent", "holding", "rival", "same", "new", "former", "investor", "joint", "state"];
    const NO_BUSINESS: [&str; 16] = [
        "terrorist",
        "militant",
        "rebel",
        "guerrilla",
        "extremist",
        "opposition",
        "rights",
        "lobby",
        "lobbying",
        "campaign",
        "pressure",
        "political",
        "advocacy",
        "environmental",
        "activist",
        "protest",
    ];
    if let Some((what, head)) = generic.rsplit_once(' ')
        && matches!(head, "company" | "firm" | "group")
        && what.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && !lexicon::determiner(w)
                && !APART.contains(&w)
                && !NO_BUSINESS.contains(&w)
        })
    {
        return generic_means("company", name);
    }
    // "The Bank of Spain said …. The central bank said …": a central bank
    // by its name; "the agriculture department" by the word its name has.
    // (Only an institution so: "the bank official" is whoever "a bank
    // official" was.)
    if let Some((modifier, head)) = generic.rsplit_once(' ')
        && !modifier.contains(' ')
        && generic_noun(head)
    {
        let named = if modifier == "central" && head == "bank" {
            CENTRAL_BANKS.iter().any(|b| name.contains(b))
        } else if head == "agency"
            && ["rating", "ratings", "credit", "federal", "government", "statistics"]
                .contains(&modifier)
        {
            // ("Standard and Poor's Corp said …. The rating agency said",
            // "Statistics Canada said …. The federal agency said": what
            // kind of agency, not a word of its name.)
            true
        } else {
            name.split(' ').any(|w| w.eq_ignore_ascii_case(modifier))
        };
        return named && generic_means(head, name);
    }
    // The generic noun ending a name that says more than an article, in a
    // word that `says_whose` ("a Central Bank official").
    // (A description, not a phrase that ran on: "would differ slightly
    // from the one the official".)
    let described = || {
        let first = lexicon::flags(name.split(' ').next().unwrap_or_default());
        first & flag::DETERMINER != 0 || first & (flag::FUNCTION_WORD | flag::VERB_FILLER) == 0
    };
    let qualified = |says_whose: &dyn Fn(&str) -> bool| {
        described()
            && name.rsplit_once(' ').is_some_and(|(whose, last)| {
                last.eq_ignore_ascii_case(generic)
                    && whose.split(' ').any(|w| {
                        !matches!(w, "a" | "an" | "the" | "A" | "An" | "The") && says_whose(w)
                    })
            })
    };
    match generic {
        // (A person by a role: "the official" after "a Central Bank official
        // said", when that one says more than "an official".)
        // (Or one that says whose after a link: "the spokesman" after "a
        // spokesman for Porter said".)
        "official" | "spokesman" | "spokeswoman" | "diplomat" | "source" => {
            let linked = || {
                let mut words = name.split(' ');
                let first = words.next().unwrap_or_default();
                let first = if matches!(first, "a" | "an" | "A" | "An") {
                    words.next().unwrap_or_default()
                } else {
                    first
                };
                first.eq_ignore_ascii_case(generic)
                    && words.next().is_some_and(|w| matches!(w, "for" | "of" | "at"))
                    && words.next().is_some()
            };
            return qualified(&|_| true) || linked();
        }
        // (A text by what it is: "the report" after "a World Bank report
        // said"; only one that says whose, not "a report", "a two-year
        // study".)
        // (A newspaper by its name too: "the China Daily said …. The paper
        // said …", "Asahi Shimbun", "Pravda".)
        "newspaper" | "paper" | "daily" => {
            return qualified(&|w| w.starts_with(char::is_uppercase)) || newspaper_name(name);
        }
        "report" | "study" | "survey" | "statement" => {
            return qualified(&|w| w.starts_with(char::is_uppercase));
        }
        _ => {}
    }
    // (Asked of every statement back for every description: only an
    // institution's noun is asked further.)
    if generic != "group" && !generic_noun(generic) {
        return false;
    }
    // (Links in other languages too: "Banca Cattolica del Veneto SpA".)
    const LINKS: [&str; 12] =
        ["of", "and", "&", "for", "the", "de", "del", "della", "di", "du", "des", "van"];
    let words = || name.split(' ').map(|w| w.trim_end_matches(['.', ',']));
    // A proper name of two words or more ("Chemical Bank"; not "A US bank",
    // "Bank of Mexico's figures" nor "South Yorkshire company").
    // (A company's suffix may be lowercase: "Schering-Plough corp".)
    let suffix = |w: &str| lexicon::COMPANY_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w));
    // (A possessive only inside the name: "Thailand's Commerce Ministry".)
    let inner_possessives = || {
        name.split(' ').zip(name.split(' ').skip(1).map(Some).chain([None])).all(|(w, next)| {
            !w.contains(['\'', '’']) || next.is_some_and(|n| n.starts_with(char::is_uppercase))
        })
    };
    let proper = name.contains(' ')
        && (!name.contains(['\'', '’']) || inner_possessives())
        && words().all(|w| w.starts_with(char::is_uppercase) || LINKS.contains(&w) || suffix(w))
        && !words().next().is_some_and(|w| matches!(w, "A" | "An" | "The"));
    // (Or a company's letters: "USG said …. The company said …".)
    // (Not a country's, nor a public body's: "UK", "SEC", "IMF".)
    // (Nor an exchange's: "NYSE".)
    // (Agencies first: "the agency" is one of the first of them.)
    const PUBLIC: [&str; 19] = [
        "SEC", "FBI", "CIA", "FDA", "EPA", "FTC", "FCC", "USA", "IMF", "WTO", "OPEC", "NATO",
        "OECD", "NHS", "GAO", "CBO", "NYSE", "AMEX", "NASD",
    ];
    const AGENCIES: usize = 7;
    let letters = (3..=5).contains(&name.len()) && is_letters(name) && !PUBLIC.contains(&name);
    if letters {
        return matches!(generic, "company" | "firm" | "group");
    }
    // (A public agency by its letters: "the SEC said …. The agency said".)
    if generic == "agency" && PUBLIC[..AGENCIES].contains(&name) {
        return true;
    }
    proper
        && match generic {
            "company" | "firm" | "corporation" => words().any(|w| {
                suffix(w)
                    || BUSINESS_WORDS.contains(&w)
                    || matches!(
                        w,
                        "Group"
                            | "Company"
                            | "LLC"
                            | "AB"
                            | "Cos"
                            | "Systems"
                            | "Trust"
                            | "Oy"
                            | "GmbH"
                            | "SpA"
                            | "BV"
                    )
            }),
            // (An agency by what it is: "Moody's Investors Service Inc said
            // …. The agency cited …", "the Energy Information
            // Administration".)
            "agency" => words().any(|w| {
                w.eq_ignore_ascii_case("agency")
                    || matches!(
                        w,
                        "Administration" | "Commission" | "Bureau" | "Authority" | "Statistics"
                    )
                    || ["Moody's", "Poor's", "Fitch", "Phelps", "IBCA"].contains(&w)
            }),
            // (A union by what its members are: "The Independent Federation
            // of Flight Attendants said …. The union said …".)
            "union" => words().any(|w| {
                matches!(
                    w,
                    "Union" | "Federation" | "Brotherhood" | "Workers" | "Teamsters" | "Guild"
                )
            }),
            // (An organisation by any word of a body's: "CENTR, the Council
            // of European National Top Level Domain Registries …. the
            // organisation said".)
            "organisation" | "organization" => words().any(|w| {
                matches!(
                    w,
                    "Organisation"
                        | "Organization"
                        | "Council"
                        | "Association"
                        | "Federation"
                        | "Union"
                        | "Institute"
                        | "Society"
                        | "Foundation"
                        | "Alliance"
                        | "Agency"
                )
            }),
            // (A bank by its name in any language: "Banque Nationale de
            // Paris", "Banco Santander", "BankAmerica Corp", "Bancorp".)
            // (Or one word of it: "Commerzbank AG", "Deutsche Girozentrale
            // Landesbank".)
            "bank" => words().any(|w| {
                let w = w.as_bytes();
                ["bank", "banc", "banqu"]
                    .iter()
                    .any(|b| w.len() >= b.len() && w[..b.len()].eq_ignore_ascii_case(b.as_bytes()))
                    || (w.len() > 4 && w[w.len() - 4..].eq_ignore_ascii_case(b"bank"))
            }),
            "ministry" | "department" | "exchange" | "board" | "association" | "institute"
            | "commission" | "committee" | "council" | "federation" | "partnership" | "fund" => {
                words().any(|w| w.eq_ignore_ascii_case(generic))
            }
            // (A business by what it does: "Consolidated Edison Co …. The
            // utility said …", "Pan Am Corp …. The airline said …".)
            "utility" => words().any(|w| {
                matches!(
                    w,
                    "Edison"
                        | "Power"
                        | "Electric"
                        | "Gas"
                        | "Light"
                        | "Lighting"
                        | "Utilities"
                        | "Energy"
                        | "Service"
                        | "System"
                )
            }),
            "airline" => words().any(|w| matches!(w, "Air" | "Airlines" | "Airways" | "Airline")),
            "automaker" => words().any(|w| matches!(w, "Motor" | "Motors")),
            _ => false,
        }
}

/// `name` without the letters in parentheses it gives itself ("Energy
/// Information Administration (EIA)", "a Ministry of International Trade
/// and Industry (MITI) official", "Novo Industri A/S (NVO.CO)"); none when
/// it has none.
pub(crate) fn without_letters(name: &str) -> Option<String> {
    // (Most names have no parenthesis: one byte scan for them.)
    let open = memchr::memchr(b'(', name.as_bytes())?.checked_sub(1)?;
    if name.as_bytes()[open] != b' ' {
        return None;
    }
    let close = open + name[open..].find(')')?;
    let inside = &name[open + 2..close];
    let letters = (2..=10).contains(&inside.len())
        && inside
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"&.-".contains(&b))
        && inside.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
    (letters && open > 0).then(|| format!("{}{}", &name[..open], &name[close + 1..]))
}

/// Whether `short` is the letters of `name`: the first letter of each of
/// its words but "and", "of", "the", "for", "on", "de" and "&", with or
/// without a company's suffixes at its end ("IBM" of "International Business
/// Machines Corp", "ATT" of "American Telephone and Telegraph Co", "FDIC"
/// of "Federal Deposit Insurance Corp.").
pub(crate) fn letters_of(short: &str, name: &str) -> bool {
    // (Most names open with another letter: no words to split.)
    if name.as_bytes().first() != short.as_bytes().first() {
        return false;
    }
    let words: Vec<&str> = name
        .split(' ')
        .filter(|w| !matches!(*w, "and" | "of" | "the" | "for" | "&" | "on" | "de"))
        .collect();
    let suffixes = words.iter().rev().take_while(|w| company_word(w)).count();
    let initials = |ws: &[&str]| {
        ws.len() >= 2
            && ws.len() == short.len()
            && ws.iter().zip(short.bytes()).all(|(w, b)| w.as_bytes().first() == Some(&b))
    };
    initials(&words) || initials(&words[..words.len() - suffixes])
}

/// Whether `name` may be letters standing for a longer name: two to six
/// capitals ("IBM", "NASD", "MITI").
pub(crate) fn is_letters(name: &str) -> bool {
    (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether "it" can stand for a speaker described as `name`: a thing, not
/// a role ("the company", "the report", not "a company spokesman").
pub(crate) fn described_can_be_it(name: &str) -> bool {
    // (By the name without the letters it gives itself: "the Reserve Bank
    // of India (RBI) said …. It said …".)
    if let Some(name) = without_letters(name) {
        return described_can_be_it(&name);
    }
    // (Or a name of one word: "GTE", "Izvestia", "al-Qabas".)
    let arabic_article = ["al-", "el-"].iter().any(|a| {
        name.strip_prefix(a).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
    });
    (!name.contains(' ') && (name.starts_with(char::is_uppercase) || arabic_article))
        || joined_name(name)
        || described_thing(name)
        || seat_of_power(name)
        // (Or an institution by its name: "Johnstown American Cos", "U.S.
        // Agriculture Department", which "the company", "the department"
        // had found.)
        || generic_means("company", name)
        || generic_means("bank", name)
        || name.split(' ').any(|w| {
            INSTITUTION_NOUNS.iter().chain(&BODY_NOUNS).any(|g| w.eq_ignore_ascii_case(g) && generic_means(g, name))
        })
}

/// The name that the letters at tokens `a` and `b` joined by "and" spell,
/// as the text gave it before them: "S and P" after "Standard and Poor's
/// Corp", "A and P" after "The Great Atlantic and Pacific Tea Co".
fn spelled_by_letters(tk: &Tokens, a: usize, b: usize) -> Option<String> {
    let spelled = |k: usize| {
        tk.list[k].word
            && tk.capitalized(k)
            && tk.bytes(k).len() > 1
            && tk.bytes(k)[0] == tk.bytes(a)[0]
            && tk.is_word(k + 1, "and")
            && tk.capitalized(k + 2)
            && tk.bytes(k + 2)[0] == tk.bytes(b)[0]
    };
    let mut k = (0..a.saturating_sub(2)).find(|&k| spelled(k))?;
    // (With the words of its name around: "Great Atlantic and Pacific Tea
    // Co".)
    let name_word = |k: usize| {
        tk.list[k].word
            && tk.capitalized(k)
            && !tk.has(k, flag::CUE | flag::FUNCTION_WORD | flag::DETERMINER)
    };
    while k > 0 && name_word(k - 1) && tk.list[k - 1].paragraph == tk.list[k].paragraph {
        k -= 1;
    }
    let mut end = k + 2;
    while end + 1 < a && end < k + 5 && name_word(end + 1) {
        end += 1;
    }
    Some(single_spaced(&tk.text[tk.span(k, end)]))
}

/// Whether token `k` labels an interview turn with a name in capitals
/// ("FALLIN: I think …").
pub(crate) fn turn_label(tk: &Tokens, k: usize) -> bool {
    tk.bytes(k).len() >= 2 && tk.bytes(k).iter().all(u8::is_ascii_uppercase) && tk.is(k + 1, ':')
}

/// The one item of `items`, if there is exactly one.
fn sole<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// Whether `name` is a newspaper's: "China Daily", "Asahi Shimbun", "The
/// Washington Post", "Pravda".
fn newspaper_name(name: &str) -> bool {
    const PAPERS: [&str; 14] = [
        "Daily",
        "Times",
        "Post",
        "Journal",
        "Herald",
        "Tribune",
        "Gazette",
        "Shimbun",
        "Pravda",
        "Izvestia",
        "Telegraph",
        "Guardian",
        "Observer",
        "Handelsblatt",
    ];
    name.starts_with(char::is_uppercase)
        && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && name.split(' ').any(|w| PAPERS.contains(&w))
}

/// Whether `name` is names joined by "and" ("Duff and Phelps", "CTS and
/// DCA"): a firm so named, which "it" can stand for, or two who spoke
/// together, whom "they" can.
fn joined_name(name: &str) -> bool {
    (name.contains(" and ") || name.contains(" & "))
        && name.split(' ').all(|w| w.starts_with(char::is_uppercase) || w == "and" || w == "&")
}

/// Whether `name` is a country's of two or three words, which reads as a
/// person's name would: "South Korea unveiled the plan …. It said …" is
/// South Korea.
pub(crate) fn country_of_words(name: &str) -> bool {
    COUNTRIES_OF_WORDS.contains(&name)
}

/// Whether `name` is a place's of two or more words (a state, a country, a
/// city), which reads as a person's name would.
fn place_of_words(name: &str) -> bool {
    // (Asked for everyone an article names: hashed once, not searched.)
    static PLACES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        COUNTRIES_OF_WORDS
            .iter()
            .chain(&CITIES_OF_WORDS)
            .chain(super::phrases::US_STATES.iter().filter(|s| s.contains(' ')))
            .copied()
            .collect()
    });
    // ("Lee County", "Kansas City": a place by the noun that ends its name,
    // whatever given name opens it; not a surname, "Carla Hills".)
    const PLACE_NOUNS: [&str; 13] = [
        "County", "Parish", "Township", "Borough", "City", "Valley", "Island", "Islands",
        "Springs", "Heights", "Creek", "Harbor", "Harbour",
    ];
    // (By the byte before each noun first: no search for the last word.)
    let b = name.as_bytes();
    if PLACE_NOUNS
        .iter()
        .any(|n| b.len() > n.len() && b[b.len() - n.len() - 1] == b' ' && b.ends_with(n.as_bytes()))
    {
        return true;
    }
    // (Its people too: "New Yorkers", "New Zealanders".)
    place_first_word(name.split(' ').next().unwrap_or_default())
        && (PLACES.contains(name) || name.strip_suffix("ers").is_some_and(|p| PLACES.contains(p)))
}

/// [`place_of_words`] for a name's words, joined only when the first may
/// open a place's.
fn place_of_name(words: &[&str]) -> bool {
    words.first().is_some_and(|w| place_first_word(w)) && place_of_words(&words.join(" "))
}

/// Whether `word` opens the name of a place of words: most names a text
/// gives are asked about no further.
fn place_first_word(word: &str) -> bool {
    static FIRST: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        COUNTRIES_OF_WORDS
            .iter()
            .chain(&CITIES_OF_WORDS)
            .chain(&super::phrases::US_STATES)
            .filter_map(|s| s.split_once(' ').map(|(first, _)| first))
            .collect()
    });
    FIRST.contains(word)
}

/// Nouns for an institution that its name may hold ("the bank" is the "Bank
/// of Japan").
const INSTITUTION_NOUNS: [&str; 10] = [
    "bank",
    "ministry",
    "department",
    "agency",
    "union",
    "exchange",
    "board",
    "company",
    "firm",
    "corporation",
];

/// Nouns of bodies and businesses that stand for one named before, as the
/// institutions' own do ("the association" after "Swiss Bankers
/// Association said …"), but that no phrase reads as an owner's.
const BODY_NOUNS: [&str; 13] = [
    "association",
    "organisation",
    "organization",
    "institute",
    "commission",
    "committee",
    "council",
    "federation",
    "utility",
    "airline",
    "automaker",
    "partnership",
    "fund",
];

/// Whether `w` is a noun that stands for an institution named before.
fn generic_noun(w: &str) -> bool {
    INSTITUTION_NOUNS.contains(&w) || BODY_NOUNS.contains(&w)
}

/// Whether `generic` is a noun for an institution, alone or after a word
/// ("company", "central bank").
pub(crate) fn institution_noun(generic: &str) -> bool {
    INSTITUTION_NOUNS.contains(&generic.rsplit(' ').next().unwrap_or(generic))
}

/// What the names of central banks hold: "Bank of Spain", "Reserve Bank of
/// Australia", "Bundesbank", "Central Bank of Kenya".
const CENTRAL_BANKS: [&str; 5] =
    ["Bank of ", "Reserve Bank", "Central Bank", "Bundesbank", "National Bank of "];

/// Cities whose names are two or three words, often in the news.
const CITIES_OF_WORDS: [&str; 16] = [
    "New York",
    "New York City",
    "Los Angeles",
    "San Francisco",
    "San Diego",
    "New Orleans",
    "New Delhi",
    "Las Vegas",
    "Des Moines",
    "Salt Lake City",
    "St. Louis",
    "Tel Aviv",
    "Buenos Aires",
    "Kuala Lumpur",
    "Mexico City",
    "Rio de Janeiro",
];

/// Countries whose names are two or three words.
const COUNTRIES_OF_WORDS: [&str; 24] = [
    "South Korea",
    "North Korea",
    "West Germany",
    "East Germany",
    "Saudi Arabia",
    "United States",
    "United Kingdom",
    "Soviet Union",
    "New Zealand",
    "Sri Lanka",
    "South Africa",
    "Costa Rica",
    "Hong Kong",
    "El Salvador",
    "Ivory Coast",
    "Puerto Rico",
    "Great Britain",
    "Czech Republic",
    "Dominican Republic",
    "United Arab Emirates",
    "Papua New Guinea",
    "Trinidad and Tobago",
    "Sierra Leone",
    "Burkina Faso",
];

/// Whether `name` is a government's seat that speaks for it ("Downing
/// Street said …. It said …").
fn seat_of_power(name: &str) -> bool {
    SEATS_OF_POWER.contains(&name)
}

/// Government seats that speak for their governments.
const SEATS_OF_POWER: [&str; 6] =
    ["Downing Street", "White House", "Number 10", "No 10", "Elysee Palace", "Blue House"];

/// Whether `name` describes a thing: an institution's name ("Corrections
/// Corp of America") or a noun for one ("the company", "the report").
fn described_thing(name: &str) -> bool {
    const THINGS: [&str; 37] = [
        "submission",
        "embassy",
        "bulletin",
        "memo",
        "review",
        "newsletter",
        "journal",
        "editorial",
        "commentary",
        "article",
        "company",
        "firm",
        "communique",
        "prospectus",
        "document",
        "filing",
        "letter",
        "government",
        "newspaper",
        "paper",
        "magazine",
        "court",
        "campaign",
        "network",
        "report",
        "study",
        "survey",
        "statement",
        "poll",
        "radio",
        "television",
        "news",
        "daily",
        "club",
        "leaflet",
        "guidance",
        "house",
    ];
    // (The head of a description is before what it links to: "a cabinet
    // report to parliament" is a report.)
    let head = if name.starts_with(char::is_lowercase) && name.contains(' ') {
        name.split(' ')
            .take_while(|w| !["to", "of", "for", "from", "on", "in", "at"].contains(w))
            .last()
            .unwrap_or_else(|| head_word(name))
    } else {
        head_word(name)
    };
    // (Anywhere in a proper name, only at the head of a description: "a
    // ministry spokesman" is a person.)
    let proper = head.starts_with(char::is_uppercase);
    (if proper {
        name.split(' ').any(institution_word)
            || name.split_once(' ').is_some_and(|(first, _)| organisation_for(first))
    } else {
        institution_word(head)
    }) || THINGS.iter().any(|w| w.eq_ignore_ascii_case(head))
}

/// The place of a speaker described as one member of a party or of
/// Congress from it ("Illinois Democrat", "the West Virginia Republican",
/// "the Kansas senator"), as its words.
pub(crate) fn party_member(name: &str) -> Option<SmallVec<[&str; 3]>> {
    // (A newswire's line may break inside it: "the\nTexas Democrat".)
    let mut words: SmallVec<[&str; 4]> = name.split_whitespace().collect();
    if words.first().is_some_and(|w| *w == "the" || *w == "The") {
        words.remove(0);
    }
    let (last, place) = words.split_last()?;
    (matches!(*last, "Democrat" | "Republican" | "senator" | "congressman" | "congresswoman")
        && (1..=3).contains(&place.len())
        && place.iter().all(|w| w.starts_with(|c: char| c.is_uppercase())))
    .then(|| place.iter().copied().collect())
}

/// Whether "he" or "she" can stand for a speaker described as `name`: one
/// person, not a thing or a group ("bank official", "Reagan", not "the
/// company", "officials").
pub(crate) fn described_person(name: &str) -> bool {
    let head = head_word(name);
    let plural = head.starts_with(|c: char| c.is_lowercase()) && looks_plural(head);
    !plural && !described_thing(name)
}

/// Roles a source goes by, who speaks for others: "a spokesman", "one
/// dealer", "an official in Washington".
pub(crate) const SOURCES: [&str; 16] = [
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "aide",
    "analyst",
    "economist",
    "banker",
    "dealer",
    "trader",
    "broker",
    "diplomat",
    "staffer",
    "executive",
    "adviser",
];

/// Whether a speaker described as `name` is one person by a role, whom a
/// later "he" or "she" may stand for: "another company official", "an
/// Organon spokesman", not "the company", "officials" or "Cayman Islands".
pub(crate) fn described_one_person(name: &str) -> bool {
    // (Roles a source goes by; an office, "the prime minister", is a
    // person's the article names, unless "a" or "one" opens it.)
    const OFFICES: [&str; 9] = [
        "minister",
        "director",
        "chairman",
        "president",
        "lawyer",
        "attorney",
        "manager",
        "officer",
        "delegate",
    ];
    let head = head_word(name);
    let first = name.split(' ').next().unwrap_or(name);
    // (In any case: "One California delegate said …".)
    let indefinite = ["a", "an", "another", "one"].iter().any(|w| first.eq_ignore_ascii_case(w));
    SOURCES.contains(&head) || (indefinite && OFFICES.contains(&head))
}

/// [`described_one_person`], or one person by what they are, whom an
/// indefinite article made a sentence's subject: "A 29-year-old Berlin
/// woman received …. “…,” she wrote."
pub(crate) fn described_someone(name: &str) -> bool {
    const PEOPLE: [&str; 20] = [
        "woman",
        "man",
        "voter",
        "resident",
        "student",
        "mother",
        "father",
        "teacher",
        "worker",
        "employee",
        "supporter",
        "protester",
        "witness",
        "farmer",
        "driver",
        "nurse",
        "veteran",
        "owner",
        "businessman",
        "businesswoman",
    ];
    described_one_person(name) || PEOPLE.contains(&head_word(name))
}

/// Whether `pronoun` can stand for a speaker described as `name`: not
/// "she" for "a company spokesman", nor "he" for "the chairwoman".
pub(crate) fn described_fits(name: &str, pronoun: Pronoun) -> bool {
    let head = head_word(name);
    let woman = head.ends_with("woman") || head.ends_with("women");
    let man = !woman && (head.ends_with("man") || head.ends_with("men"));
    // (No party either, nor a broadcaster: "The Lib Dems said …. “…,” she
    // said.")
    let body = party(name) || media_word(head);
    match pronoun {
        Pronoun::He => !woman && !body,
        Pronoun::She => !man && !body,
        _ => true,
    }
}

/// The last words of parties' names and of what their members are called,
/// which no "he" or "she" stands for.
const PARTY_WORDS: [&str; 14] = [
    "Dems",
    "Democrats",
    "Republicans",
    "Tories",
    "Conservatives",
    "Liberals",
    "Greens",
    "Socialists",
    "Nationalists",
    "Unionists",
    "Labour",
    "Labor",
    "GOP",
    "Party",
];

/// Whether `name` is a party's or what its members are called ("Lib
/// Dems", "Labour").
fn party(name: &str) -> bool {
    PARTY_WORDS.contains(&head_word(name))
}

/// The last word of a description, its head noun ("official" in "a senior
/// bank official").
pub(crate) fn head_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Participles that tie a group or a piece of work to whoever leads or made
/// it ("An investor group led by …", "An investigation commissioned by
/// …").
const LED: [&str; 10] = [
    "led",
    "headed",
    "controlled",
    "commissioned",
    "chaired",
    "owned",
    "run",
    "backed",
    "advised",
    "managed",
];

/// The speaker phrase `(a, b)` widened to the group or the work it leads or
/// made, when the sentence opens with one: "An investor group led by New
/// York investor George Soros said" is the group's, not Soros's; "An
/// investigation commissioned by Shell found" the investigation's.
pub(crate) fn led_by_speaker(tk: &Tokens, (a, b): TokenRange) -> Option<TokenRange> {
    if a < 3 || !tk.is_word(a - 1, "by") {
        return None;
    }
    let mut buf = [0u8; 32];
    if !LED.contains(&tk.lower(a - 2, &mut buf)) {
        return None;
    }
    // (A noun phrase of a few words that an article opens, at the
    // sentence's start: "A group of firms and funds controlled by …".)
    let s = super::phrases::sentence_start(tk, a - 2);
    let opened = tk.has(s, flag::DETERMINER)
        && a - 2 - s <= 6
        && (s + 1..a - 2).all(|k| {
            tk.list[k].word
                && !tk.list[k].quoted
                && (!tk.has(k, flag::FUNCTION_WORD) || tk.is_word(k, "of") || tk.is_word(k, "and"))
        })
        && !tk.capitalized(a - 3);
    opened.then_some((s, b))
}

/// Whether the phrase `(a, b)` is one [`led_by_speaker`] widened.
fn led_by_phrase(tk: &Tokens, (a, b): TokenRange) -> bool {
    // (The determiner first: asked of every speaker phrase.)
    tk.has(a, flag::DETERMINER)
        && (a + 2..b).any(|k| {
            let mut buf = [0u8; 32];
            tk.is_word(k, "by") && LED.contains(&tk.lower(k - 1, &mut buf))
        })
}

/// The phrase `a..=b` of `tk` as a description of its speaker ("two
/// Republican members of Congress from Florida", "a candidate in Tokyo").
fn described(tk: &Tokens, a: usize, b: usize) -> Referent {
    let phrase = tk.text[tk.span(a, b)].trim();
    // (Without a firm's ticker: "a Hitachi Ltd <HIT.T> spokesman" is "a
    // Hitachi Ltd spokesman".)
    let phrase = if phrase.contains('<') {
        std::borrow::Cow::Owned(without_tickers(phrase))
    } else {
        std::borrow::Cow::Borrowed(phrase)
    };
    Referent::Described(common_noun_case(strip_the(&phrase)))
}

/// `s` without the newswire's tickers in angle brackets ("<HIT.T>"), nor
/// the brackets it sets a name in ("<General Motors Espanola S.A.>"), and
/// single-spaced where one stood.
fn without_tickers(s: &str) -> String {
    s.split_whitespace()
        .filter(|w| {
            !(w.starts_with('<')
                && w.ends_with('>')
                && w.len() > 2
                && !w.bytes().any(|b| b.is_ascii_lowercase()))
        })
        .map(|w| w.trim_start_matches('<').trim_end_matches('>'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether token `k`, a name's one word before "of" and a place, makes the
/// name with it: "Volkswagen of America", "The Times of Zambia", "The
/// House of Representatives"; not a role, a title, a share or a group of
/// people ("Officials of Harcourt", "Secretary of State", "Most of the
/// candidates"), nor a given name ("Helen of Troy" is read as before).
fn proper_head(tk: &Tokens, k: usize) -> bool {
    let w = tk.str(k);
    tk.list[k].word
        && tk.capitalized(k)
        && w.chars().skip(1).any(char::is_lowercase)
        && !tk.has(k, flag::DETERMINER | flag::FUNCTION_WORD)
        // (A title's word that alone names something may: "House", "Times".)
        && (!tk.has(k, flag::TITLE_WORD | flag::ROLE_NOUN)
            || NAME_LIKE.iter().any(|n| w.eq_ignore_ascii_case(n)))
        && (!looks_plural(w) || matches!(w, "Times" | "News") || possessive_head(w))
        && !matches!(
            w,
            "Half" | "Most" | "Some" | "Many" | "All" | "One" | "None" | "Each" | "Few" | "Both"
                | "Outside" | "Inside" | "Instead" | "Because" | "Ahead" | "Out" | "Part"
        )
        && (super::given_names::gender_of(w).is_none() || possessive_head(w))
}

/// Whether `w` is a business's name in the possessive, as a name's head
/// before "of" is: "Lloyd's" of "Lloyd's of London".
fn possessive_head(w: &str) -> bool {
    w.len() > 3 && (w.ends_with("'s") || w.ends_with("’s"))
}

/// Whether the words an apposition gave a name describe a business, not a
/// person: "Deak International, a foreign currency and precious metals
/// firm, announced …" (whose "foreign" is a title's word elsewhere).
fn business_titles(titles: &[String]) -> bool {
    // (The noun is the apposition's head, before any link: "a unit of SEB",
    // "a Hong Kong daily with close Peking links"; not "chairman of the
    // firm"; nor an honorific among them.)
    let link = |t: &String| matches!(t.as_str(), "of" | "at" | "for" | "with");
    let head = titles.iter().take_while(|t| !link(t)).last();
    head.is_some_and(|t| institution_noun(t) || thing_noun(t))
        && !titles.iter().any(|t| person_honorific(&t.to_lowercase()))
}

/// Whether `word` is the head of a description only a business, a paper or
/// a body answers to, which no "he" or "she" stands for: "trade house",
/// "daily", "unit".
fn thing_noun(word: &str) -> bool {
    const THINGS: [&str; 11] = [
        "daily",
        "newspaper",
        "paper",
        "weekly",
        "magazine",
        "unit",
        "subsidiary",
        "division",
        "house",
        "affiliate",
        "concern",
    ];
    THINGS.contains(&word) || lexicon::flags(word) & flag::FIRM_NOUN != 0
}

/// Whether `word` ends as an English plural does ("critics", not "boss").
pub(crate) fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// [`looks_plural`], and not a Latin or Greek singular ("status",
/// "analysis"): a plural noun's or a verb's "-s" ("dealers", "appears").
#[inline]
pub(crate) fn plural_ending(word: &str) -> bool {
    looks_plural(word) && !word.ends_with("us") && !word.ends_with("is")
}

/// Whether "they" can stand for a speaker described as `name`: a group
/// ("Oil traders in the New York area", "Tories", "police") or an
/// institution, not one person ("a bank official").
pub(crate) fn described_group(name: &str) -> bool {
    const GROUPS: [&str; 14] = [
        "police",
        "people",
        "staff",
        "government",
        "management",
        "public",
        "opposition",
        "couple",
        "family",
        "team",
        "band",
        "crowd",
        "audience",
        "jury",
    ];
    described_thing(name)
        || joined_name(name)
        || name.split(' ').any(|w| {
            let plural = w.len() >= 3
                && looks_plural(w)
                && !w.ends_with("us")
                && !w.ends_with("is")
                && w.chars().any(char::is_lowercase);
            // (A plural in "-men": "company spokesmen", "businessmen".)
            let men = w.len() > 4 && w.ends_with("men") && w.starts_with(char::is_lowercase);
            plural || men || GROUPS.iter().any(|g| g.eq_ignore_ascii_case(w))
        })
}

/// Whether `name` names an institution by a word of its kind ("Data
/// General Corp", "Bank of England").
pub(crate) fn names_institution(name: &str) -> bool {
    name.split(' ').any(|w| w.starts_with(char::is_uppercase) && company_word(w))
}

/// Whether `word` ends a company's or an institution's name ("Corp",
/// "AG", "Bank", "Industries").
fn company_word(word: &str) -> bool {
    // (The institution words take in most company suffixes, "Corp", "AG";
    // the list of suffixes the rest, "AB", "GmbH", "KK".)
    let w = word.trim_end_matches('.');
    institution_word(w) || BUSINESS_WORDS.contains(&w) || lexicon::company_suffix(w)
}

/// Words that end a business's name, as no institution's does: "Litton
/// Industries", "Continental Airlines", "Capitol Bancorp".
const BUSINESS_WORDS: [&str; 14] = [
    "Industries",
    "Laboratories",
    "Communications",
    "Resources",
    "Airways",
    "Airlines",
    "Motor",
    "Motors",
    "Partnership",
    "Partners",
    "Bancorp",
    "Bancshares",
    "LP",
    "L.P",
];

/// Whether `word` names a kind of institution ("Bank", "Bureau", "Corp"):
/// a name ending in it is no person's.
pub(crate) fn institution_word(word: &str) -> bool {
    const HEADS: [&str; 53] = [
        "bank",
        "coalition",
        "alliance",
        "chamber",
        "academy",
        "authority",
        "society",
        "league",
        "bureau",
        "corp",
        "corporation",
        "inc",
        "co",
        "ltd",
        "plc",
        "ag",
        "sa",
        "nv",
        // (Dotted: "Billiton International Metals B.V.")
        "n.v",
        "b.v",
        "bv",
        "spa",
        "llc",
        "university",
        "ministry",
        "department",
        "committee",
        "council",
        "association",
        "institute",
        "center",
        "centre",
        "fund",
        "group",
        "board",
        "commission",
        "office",
        "agency",
        "trust",
        "securities",
        "exchange",
        "federation",
        "union",
        "party",
        "foundation",
        "administration",
        // (A company of the arts: "the English National Ballet".)
        "ballet",
        "opera",
        "orchestra",
        "theatre",
        "theater",
        "museum",
        "gallery",
    ];
    let word = word.trim_end_matches('.');
    HEADS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// The business that "the company" or "the retailer" (`generic`, without
/// its article) stands for at byte `at`: the latest one the text before it
/// introduced by such a noun in a sentence the introduction opens, as
/// "media group Reuters", "Budget airline Ryanair" or "Shares in Cairn
/// Energy, a UK oil firm,", or the name set off around the description
/// itself ("the world's largest package delivery company, UPS,"). "The
/// company" and "the firm" take any such noun; any other only its own,
/// with its modifiers ("the online retail giant" is no "oil giant").
///
/// Gives the name, the byte it starts at, and whether it was the subject
/// of its sentence set off by what it is ("Alphabet, the parent company of
/// Google, jumped …").
pub(crate) fn introduced_as(
    tk: &Tokens,
    generic: &str,
    at: usize,
) -> Option<(String, usize, bool)> {
    let head = generic.rsplit(' ').next()?;
    let firm_noun = |w: &str| lexicon::flags(w) & flag::FIRM_NOUN != 0;
    let modifiers: SmallVec<[&str; 4]> = generic.rsplit(' ').skip(1).collect();
    // (A business by what it is, not someone of it, "the chief executive of
    // a leading European car maker", nor one a name tells, "the Hunt
    // group".)
    let someone_of_it = modifiers.iter().any(|&w| {
        matches!(w, "of" | "for" | "at")
            || w.starts_with(char::is_uppercase)
            || (lexicon::flags(w) & (flag::ROLE_NOUN | flag::TITLE_WORD) != 0 && !firm_noun(w))
    });
    if !firm_noun(head) || someone_of_it {
        return None;
    }
    // ("The group" is more often investors together than a firm: only a
    // group so introduced.)
    let any = matches!(head, "company" | "firm");
    // (Any other with what it says of the business said of it too: "the
    // online retail giant" is no "oil giant".)
    // (The token's flag first, which only words have: asked of every token
    // before the mention.)
    let noun = |k: usize| {
        tk.has(k, flag::FIRM_NOUN)
            && !tk.capitalized(k)
            && (any
                || (tk.is_word(k, head)
                    && (modifiers.is_empty()
                        || (k.saturating_sub(3)..k)
                            .any(|m| modifiers.iter().any(|w| tk.is_word(m, w))))))
    };
    // The capitalised words from token `a` on, while they are a name's
    // (no title, role, weekday or month; a possessive ends it).
    let name_from = |a: usize| -> Option<(usize, usize)> {
        let mut b = a;
        while b < tk.list.len()
            && tk.list[b].word
            && tk.capitalized(b)
            && !tk.list[b].quoted
            && !tk.has(b, flag::TITLE_WORD | flag::ROLE_NOUN | flag::DETERMINER)
            && !super::phrases::day_or_month(tk, b)
            && !(b == a && super::given_names::gender_of(tk.str(b)).is_some())
            && b - a < 6
        {
            if tk.possessive(b) {
                return Some((a, b));
            }
            b += 1;
            // (Through a link inside the name: "Regie Nationale des Usines
            // Renault", "Kahn and Harris".)
            if ["of", "and", "&", "de", "des", "du"].iter().any(|w| tk.is_word(b, w))
                && tk.capitalized(b + 1)
                && !tk.has(b + 1, flag::DETERMINER)
            {
                b += 1;
            }
        }
        (b > a).then(|| (a, b - 1))
    };
    // The capitalised words that end at token `b`, back to where they
    // start.
    // (No weekday, month or adverb that opens a sentence: "Also on
    // Tuesday, the central bank", "Separately, the …".)
    let name_to = |b: usize| -> Option<(usize, usize)> {
        let a = (b.saturating_sub(3)..=b).find(|&a| {
            (a..=b).all(|k| tk.list[k].word && tk.capitalized(k) && !tk.possessive(k))
        })?;
        let mut a = (a..=b)
            .find(|&k| !tk.has(k, flag::DETERMINER | flag::TITLE_WORD | flag::FUNCTION_WORD))?;
        if (a..=b).any(|k| super::phrases::day_or_month(tk, k)) {
            return None;
        }
        // (Through its links: "the Aspen Institute for Humanistic Studies".)
        while a >= 2
            && ["of", "for", "and", "&"].iter().any(|w| tk.is_word(a - 1, w))
            && tk.capitalized(a - 2)
            && !tk.has(a - 2, flag::DETERMINER)
        {
            a -= 2;
            while a > 0
                && tk.list[a - 1].word
                && tk.capitalized(a - 1)
                && !tk.has(a - 1, flag::DETERMINER)
            {
                a -= 1;
            }
        }
        let adverb = a == b && tk.bytes(a).ends_with(b"ly");
        // (Nor one an opening phrase ends: "In a filing with the Securities
        // and Exchange Commission, the group, which …".)
        let s = super::phrases::sentence_start(tk, a);
        let opening = s < a && tk.has(s, flag::FUNCTION_WORD) && !(s..a).any(|k| tk.is(k, ','));
        (!adverb && !opening).then_some((a, b))
    };
    // Whether the noun at token `k` ends a description set off from what
    // follows ("Cairn Energy, a UK oil firm, have …"), not a subject before
    // its verb ("In a filing with the Securities and Exchange Commission,
    // the group said").
    // (Past whose it is: "Alphabet, the parent company of Google,
    // jumped".)
    let set_off = |mut k: usize| {
        if tk.is_word(k + 1, "of") {
            k += 1;
            while tk.list.get(k + 1).is_some_and(|t| t.word) && tk.capitalized(k + 1) {
                k += 1;
            }
        }
        tk.is(k + 1, ',')
            || tk.sentence_over(k + 1)
            || ["which", "that", "whose"].iter().any(|w| tk.is_word(k + 1, w))
    };
    // The article a few words before the noun at token `k`, if any, with
    // only what describes the noun between (not "a spokeswoman for
    // Nabisco's parent company").
    let article_before = |k: usize| {
        (k.saturating_sub(6)..k)
            .rev()
            .take_while(|&m| {
                tk.list[m].word
                    && !["for", "of", "at", "to", "with"].iter().any(|w| tk.is_word(m, w))
                    && (!tk.has(m, flag::ROLE_NOUN | flag::TITLE_WORD)
                        || tk.has(m, flag::FIRM_NOUN))
            })
            .find(|&m| ["a", "an", "the"].iter().any(|w| tk.is_word(m, w)))
    };
    // Whether words from token `first` open their sentence, perhaps after
    // an article or what a business's figures are ("Shares in", "Revenues
    // at"): the business is what the sentence is about, not one it names
    // on the way ("a stake in Indian newspaper company Jagran").
    let opens_sentence = |first: usize| {
        let s = super::phrases::sentence_start(tk, first);
        first == s
            || (first == s + 1 && tk.has(s, flag::DETERMINER))
            || (first == s + 2
                && tk.capitalized(s)
                && ["in", "at", "of"].iter().any(|w| tk.is_word(s + 1, w)))
    };
    let mention = tk.at_or_after(at);
    // (Past "the" and the words of the description.)
    let noun_at = mention + generic.split(' ').count() + 1;
    let mut latest = None;
    for k in 1..mention.min(tk.list.len()) {
        if tk.list[k].quoted || !noun(k) {
            continue;
        }
        // "media group Reuters": the name right after the noun, with the
        // words before the noun that describe it.
        if let Some(name) = name_from(k + 1).filter(|&(_, b)| b < mention) {
            let mut first = k;
            while first > 0
                && tk.list[first - 1].word
                && !tk.has(first - 1, flag::FUNCTION_WORD | flag::DETERMINER)
            {
                first -= 1;
            }
            if opens_sentence(first) {
                latest = Some((name, false));
            }
            continue;
        }
        // "Cairn Energy, a UK oil firm,": an apposition of a few words
        // after the name, which the noun ends.
        // (Only after a name that opens its sentence, "Jarvis, the
        // engineering group, said": "In a filing with the Securities and
        // Exchange Commission, the group, which …" is no apposition.)
        let article = article_before(k);
        let indefinite = |m: usize| tk.is_word(m, "a") || tk.is_word(m, "an");
        if let Some(article) = article
            && article >= 2
            && tk.is(article - 1, ',')
            && set_off(k)
            && let Some(name) = name_to(article - 2)
            && opens_sentence(name.0)
        {
            latest = Some((name, true));
            continue;
        }
        // (One named by no name since, "An investor group led by …", is
        // whom "the group" means.)
        if article.is_some_and(indefinite) {
            latest = None;
        }
    }
    // "Citizens United, the conservative advocacy group,": the name the
    // description itself is set off after.
    if mention >= 2
        && tk.is(mention - 1, ',')
        && noun_at < tk.list.len()
        && set_off(noun_at - 1)
        && let Some(name) = name_to(mention - 2)
    {
        latest = Some((name, false));
    }
    // "the world's largest package delivery company, UPS,": a name set
    // off after the noun itself.
    if noun_at < tk.list.len()
        && tk.is(noun_at, ',')
        && let Some(name) = name_from(noun_at + 1).filter(|&(_, b)| tk.is(b + 1, ','))
    {
        latest = Some((name, false));
    }
    let ((a, b), subject) = latest?;
    Some((single_spaced(bare(&tk.text[tk.span(a, b)])), tk.list[a].start, subject))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_spell_a_name_with_or_without_its_suffix() {
        assert!(letters_of("IBM", "International Business Machines Corp"));
        assert!(letters_of("ATT", "American Telephone and Telegraph Co"));
        assert!(letters_of("FDIC", "Federal Deposit Insurance Corp."));
        assert!(letters_of("MITI", "Ministry of International Trade and Industry"));
        assert!(!letters_of("EC", "European Commission Office"));
        assert!(!letters_of("GM", "General"));
        assert!(is_letters("NASD") && !is_letters("U.S.") && !is_letters("Reuters"));
    }

    fn resolve(text: &str, mention: &str) -> String {
        let tk = Tokens::whole(text);
        let empty = Tokens::new("", &[]);
        let people = People::find(&tk, &empty);
        let at = text.rfind(mention).unwrap_or(0);
        let a = tk.at_or_after(at);
        let b = tk.at_or_after(at + mention.len()) - 1;
        match people.referent(&tk, (a, b), at) {
            Referent::Person(p) => people.name(p).to_string(),
            Referent::Described(d) => d,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn surname_and_role_resolve_to_the_full_name() {
        let t = "NATO Secretary General Mark Rutte spoke. Later Rutte left. The Secretary General";
        assert_eq!(resolve(t, "Rutte"), "Mark Rutte");
        assert_eq!(resolve(t, "The Secretary General"), "Mark Rutte");
        assert_eq!(resolve(t, "NATO Secretary General Mark Rutte"), "Mark Rutte");
    }

    #[test]
    fn unknown_roles_stay_descriptions() {
        assert_eq!(resolve("Then the ministry", "the ministry"), "ministry");
    }
}
