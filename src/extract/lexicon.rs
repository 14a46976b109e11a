//! Word lists: reporting verbs in all their inflections, pronouns, titles and
//! roles, and the function words that end a speaker's name.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

// rustc's Fx hash: far cheaper than SipHash on every word of every article.
use rustc_hash::FxBuildHasher;

/// `s` lowercased (ASCII) into `buf`; empty when it does not fit or is not
/// ASCII, so that such words match no list.
pub(crate) fn lower<'b>(s: &'b str, buf: &'b mut [u8; 32]) -> &'b str {
    if s.len() > buf.len() || !s.is_ascii() {
        return "";
    }
    // Most words are lowercase already: no copy to make, nor to validate.
    if !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return s;
    }
    for (d, b) in buf.iter_mut().zip(s.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..s.len()]).unwrap_or("")
}

/// What a reporting verb allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Takes an object before its content ("told reporters that").
    pub object: bool,
    /// May introduce reported speech without quote marks.
    pub reports: bool,
    /// A question verb: whoever it belongs to asks, and does not state.
    pub question: bool,
}

/// Verbs that report speech, with the irregular forms spelled out: `base
/// [form...]`. Regular forms (-s, -ed, -ing) are derived.
const VERBS: &[(&str, &[&str], Cue)] = {
    const R: Cue = Cue { object: false, reports: true, question: false };
    const O: Cue = Cue { object: true, reports: true, question: false };
    const Q: Cue = Cue { object: false, reports: false, question: false };
    const A: Cue = Cue { object: true, reports: false, question: true };
    &[
        ("say", &["says", "said", "saying"], R),
        ("tell", &["tells", "told", "telling"], O),
        ("add", &[], R),
        ("stress", &[], R),
        ("emphasize", &[], R),
        ("emphasise", &[], R),
        ("warn", &[], O),
        ("insist", &[], R),
        ("note", &[], R),
        ("explain", &[], R),
        ("ask", &[], A),
        ("reply", &["replies", "replied", "replying"], R),
        ("argue", &[], R),
        ("claim", &[], R),
        ("announce", &[], R),
        ("tweet", &[], R),
        ("write", &["writes", "wrote", "written", "writing"], R),
        // Not "state(s)": far more often the noun ("the state says").
        ("stated", &["stating"], R),
        ("declare", &[], R),
        ("acknowledge", &[], R),
        ("admit", &["admits", "admitted", "admitting"], R),
        ("suggest", &[], R),
        ("predict", &[], R),
        ("confirm", &[], R),
        ("deny", &["denies", "denied", "denying"], R),
        ("maintain", &[], R),
        ("contend", &[], R),
        ("recall", &[], R),
        ("remark", &[], R),
        ("respond", &[], R),
        // Not "comment(s)": far more often the noun ("Trump's comments").
        ("commented", &["commenting"], R),
        ("observe", &[], R),
        ("conclude", &[], R),
        ("urge", &[], O),
        ("promise", &[], R),
        ("vow", &[], R),
        ("assert", &[], R),
        ("allege", &[], R),
        ("counter", &[], R),
        ("caution", &[], R),
        ("testify", &["testifies", "testified", "testifying"], R),
        ("complain", &[], R),
        ("boast", &[], R),
        ("quip", &["quips", "quipped", "quipping"], Q),
        ("joke", &[], R),
        ("concede", &[], R),
        ("lament", &[], R),
        ("reiterate", &[], R),
        ("underline", &[], R),
        ("underscore", &[], R),
        ("report", &[], R),
        ("retort", &[], Q),
        ("exclaim", &[], Q),
        ("proclaim", &[], R),
        ("shout", &[], Q),
        ("yell", &[], Q),
        ("whisper", &[], Q),
        ("mutter", &[], Q),
        ("chant", &[], Q),
        ("demand", &[], R),
        ("wonder", &[], Q),
        ("muse", &[], Q),
        ("post", &[], Q),
        ("inform", &[], O),
        ("assure", &[], O),
        ("remind", &[], O),
        ("believe", &[], R),
        ("think", &["thinks", "thought", "thinking"], R),
        ("hope", &[], R),
        ("fear", &[], R),
        ("expect", &[], R),
        ("estimate", &[], R),
        ("indicate", &[], R),
        ("signal", &["signals", "signaled", "signalled", "signaling"], R),
        ("reveal", &[], R),
        ("charge", &[], R),
        ("accuse", &[], R),
        ("contend", &[], R),
        ("speculate", &[], R),
        ("elaborate", &[], Q),
        ("begin", &["begins", "began", "beginning"], Q),
        ("continue", &[], Q),
        ("interject", &[], Q),
        ("pledge", &[], R),
        ("concur", &["concurs", "concurred"], Q),
        ("agree", &["agrees", "agreed", "agreeing"], R),
        ("learn", &["learns", "learned", "learnt"], R),
        ("show", &["shows", "showed", "shown"], R),
        ("find", &["finds", "found"], R),
        ("describe", &[], R),
        // "…, he said, referring to the committee": whom or what he meant.
        ("refer", &["refers", "referred", "referring"], R),
        ("put", &["puts"], Q),
        ("recount", &[], R),
        ("advise", &[], O),
        ("implore", &[], Q),
        ("plead", &["pleads", "pleaded", "pled"], Q),
        ("cry", &["cries", "cried"], Q),
        ("sing", &["sings", "sang", "sung", "singing"], Q),
        ("scoff", &[], Q),
        ("snap", &["snaps", "snapped"], Q),
        // "Bennett shot back", "an angry Hollande retaliated".
        ("shoot", &["shoots", "shot"], Q),
        ("retaliate", &[], Q),
        ("react", &[], Q),
        ("remember", &[], Q),
        ("exhort", &[], Q),
        ("call", &[], Q),
        // Not "talk(s)": far more often the noun ("tough talk", "peace talks").
        ("talked", &["talking"], Q),
        ("confess", &[], R),
        ("answer", &[], Q),
        ("bark", &[], Q),
        ("beam", &[], Q),
        ("mock", &[], Q),
        ("read", &["reads", "reading"], Q),
        ("point", &[], Q),
        ("gush", &[], Q),
        ("sigh", &[], Q),
        ("laugh", &[], Q),
        ("scream", &[], Q),
        ("rant", &[], Q),
        ("boom", &[], Q),
        ("thunder", &[], Q),
        ("fume", &[], Q),
        // Speech acts whose content is what follows them, as "criticize":
        // "Obama slams GOP's 'doom and despair' on economy", "Super PAC
        // blasts Trump for skipping debate", "blasted Clinton's record".
        ("blast", &[], R),
        ("slam", &["slams", "slammed", "slamming"], R),
        ("dub", &["dubs", "dubbed", "dubbing"], Q),
        ("label", &["labels", "labeled", "labelled", "labeling"], Q),
        // (Only the participle: "brand" and "brands" are mostly nouns. "A
        // move branded a "humiliating retreat" by the Tories".)
        ("branded", &[], Q),
        // Speech acts whose content is what follows them ("criticized the
        // plan as …", "endorsed Cruz for …"), as attributions are annotated.
        ("criticize", &[], R),
        ("criticise", &[], R),
        ("praise", &[], R),
        ("endorse", &[], R),
        ("defend", &[], R),
        ("reject", &[], R),
        ("dismiss", &[], R),
        ("blame", &[], R),
        ("condemn", &[], R),
        ("propose", &[], R),
        ("recommend", &[], R),
        ("applaud", &[], R),
        ("hail", &[], R),
        ("tout", &[], R),
        ("mention", &[], R),
        ("cite", &[], R),
        ("decline", &[], R),
        ("refuse", &[], R),
        ("oppose", &[], R),
        ("question", &[], R),
        ("attack", &[], R),
        ("opine", &[], Q),
        ("brag", &["brags", "bragged", "bragging"], Q),
        ("express", &[], R),
        ("voice", &[], R),
        ("echo", &["echoes", "echoed", "echoing"], R),
        ("denounce", &[], R),
        ("disclose", &[], R),
        ("reckon", &[], R),
        // Not "hint(s)": often the noun ("dropped hints"), but "hints at"
        // reports what follows its particle.
        ("hinted", &["hinting"], R),
        ("hint", &["hints"], Q),
        ("reaffirm", &[], R),
        // Not "affirm": far more often a rating kept ("affirmed its AA
        // rating").
        ("surmise", &[], R),
        ("theorize", &[], R),
        ("theorise", &[], R),
        ("posit", &[], R),
    ]
};

/// Regular inflections of `base`: -s/-es, -ed/-d, -ing.
fn inflections(base: &str) -> [String; 4] {
    let third = if base.ends_with("ss") || base.ends_with("sh") || base.ends_with('x') {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let stem = base.strip_suffix('e').unwrap_or(base);
    [base.to_string(), third, format!("{stem}ed"), format!("{stem}ing")]
}

const NOUN_LIKE: &str = "\
    states reports claims notes fears hopes charges estimates signals demands remarks \
    promises posts tweets shows finds counters cautions jokes vows pledges calls state report \
    claim note fear hope charge estimate signal demand remark promise post tweet show find \
    counter caution joke vow pledge call label labels chant chants shout shouts cry cries quip \
    quips muse muses lament laments put puts found begin begins continue continues snap snaps \
    answer answers point points laugh laughs read reads sigh sighs blast blasts slam slams \
    mock mocks boom booms beam beams bark barks scream screams rant rants praise hail \
    support supports attack attacks question questions defense mention mentions blame \
    threats proposal refusal decline declines shot shots voice voices echo echoes";

/// Bits of [`flags`]: which lists a word is on.
pub(crate) mod flag {
    /// [`super::title_word`]
    pub const TITLE_WORD: u16 = 1;
    /// A noun that can head a speaker phrase ("a spokesman", "officials").
    pub const ROLE_NOUN: u16 = 1 << 1;
    /// [`super::determiner`]
    pub const DETERMINER: u16 = 1 << 2;
    /// A word that may sit between a subject and its verb ("has", "also").
    pub const VERB_FILLER: u16 = 1 << 3;
    /// [`super::function_word`]
    pub const FUNCTION_WORD: u16 = 1 << 4;
    /// [`super::clause_break`]
    pub const CLAUSE_BREAK: u16 = 1 << 5;
    /// Often a noun ("member states"), though also a reporting verb.
    pub const NOUN_LIKE: u16 = 1 << 6;
    /// A reporting verb ([`super::cue`]).
    pub const CUE: u16 = 1 << 7;
    /// [`super::Cue::object`]
    pub const CUE_OBJECT: u16 = 1 << 8;
    /// [`super::Cue::reports`]
    pub const CUE_REPORTS: u16 = 1 << 9;
    /// [`super::Cue::question`]
    pub const CUE_QUESTION: u16 = 1 << 10;
    /// A noun a business is introduced by ("media group Reuters").
    pub const FIRM_NOUN: u16 = 1 << 11;
    /// Not a list: the word starts with a capital letter (set per token).
    pub const CAPITALIZED: u16 = 1 << 15;
}

/// Which lists the lowercased `word` is on, as [`flag`] bits.
pub(crate) fn flags(word: &str) -> u16 {
    // Short ASCII words from the packed table the tokeniser uses; the rest
    // (long, non-ASCII, opening with a digit) from the full one.
    super::tokens::listed_flags(word.as_bytes())
        .unwrap_or_else(|| table().get(word.as_bytes()).copied().unwrap_or(0))
}

/// The name of a reporting cue as written (`"Said"`, `"according\nto"`, `":"`,
/// `"—"`): lowercased, its spaces made single (`"said"`, `"according to"`),
/// and shared by every statement with that cue rather than copied into each.
pub(crate) fn cue_name(written: &str) -> &'static str {
    // Nearly every cue is one listed word: its key in the lexicon is already
    // a string that lives as long as the program.
    let mut buf = [0u8; 32];
    if let Some((key, _)) = table().get_key_value(lower(written, &mut buf).as_bytes())
        && let Ok(key) = std::str::from_utf8(key)
    {
        return key;
    }
    let mut name = String::with_capacity(written.len());
    for (k, word) in written.split_whitespace().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        name.extend(word.chars().flat_map(char::to_lowercase));
    }
    if let Some((key, _)) = table().get_key_value(name.as_bytes())
        && let Ok(key) = std::str::from_utf8(key)
    {
        return key;
    }
    // The rest ("according to", ":", dashes) are few: each is kept once.
    static OTHERS: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut others = OTHERS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(known) = others.iter().find(|o| **o == name) {
        return known;
    }
    let kept: &'static str = Box::leak(name.into_boxed_str());
    others.push(kept);
    kept
}

/// Every listed word (lowercased) with its [`flag`] bits.
pub(crate) fn listed_words() -> impl Iterator<Item = (&'static [u8], u16)> {
    table().iter().map(|(w, &f)| (w.as_slice(), f))
}

/// Lowercased word → [`flag`] bits.
fn table() -> &'static HashMap<Vec<u8>, u16, FxBuildHasher> {
    static TABLE: OnceLock<HashMap<Vec<u8>, u16, FxBuildHasher>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: HashMap<Vec<u8>, u16, FxBuildHasher> = HashMap::default();
        let mut add = |w: &str, f: u16| *m.entry(w.as_bytes().to_vec()).or_default() |= f;
        for (list, f) in [
            (TITLE_WORD, flag::TITLE_WORD),
            (ROLE_NOUN, flag::ROLE_NOUN),
            (DETERMINER, flag::DETERMINER),
            (VERB_FILLER, flag::VERB_FILLER),
            (FUNCTION_WORD, flag::FUNCTION_WORD),
            (CLAUSE_BREAK, flag::CLAUSE_BREAK),
            (NOUN_LIKE, flag::NOUN_LIKE),
            (FIRM_NOUN, flag::FIRM_NOUN),
        ] {
            for w in list.split_whitespace() {
                add(w, f);
            }
        }
        for (base, forms, cue) in VERBS {
            let f = flag::CUE
                | if cue.object { flag::CUE_OBJECT } else { 0 }
                | if cue.reports { flag::CUE_REPORTS } else { 0 }
                | if cue.question { flag::CUE_QUESTION } else { 0 };
            if forms.is_empty() {
                for form in inflections(base) {
                    add(&form, f);
                }
            } else {
                add(base, f);
                for form in *forms {
                    add(form, f);
                }
            }
        }
        m
    })
}

/// The reporting verb a word's [`flags`] describe.
pub(crate) fn cue_of(flags: u16) -> Option<Cue> {
    (flags & flag::CUE != 0).then_some(Cue {
        object: flags & flag::CUE_OBJECT != 0,
        reports: flags & flag::CUE_REPORTS != 0,
        question: flags & flag::CUE_QUESTION != 0,
    })
}

/// Every form of every reporting verb.
pub(crate) fn cue(word: &str) -> Option<Cue> {
    cue_of(flags(word))
}

/// Personal pronouns that can stand for a speaker.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    Some(match word {
        "he" => Pronoun::He,
        "she" => Pronoun::She,
        "they" => Pronoun::They,
        "i" | "we" | "you" | "it" => Pronoun::Other,
        _ => return None,
    })
}

/// A pronoun's person and gender, as far as resolution needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// "he"
    He,
    /// "she"
    She,
    /// "they"
    They,
    /// "I", "we", "you", "it": kept as written.
    Other,
}

const TITLE_WORD: &str = "\
    president vice secretary general prime minister foreign defense defence finance interior \
    chancellor senator sen. rep. del. gov. governor mayor mr. mrs. ms. dr. prof. gen. col. lt. \
    mr mrs ms dr gov sen shadow \
    sgt. judge justice king queen prince princess pope chairman chairwoman chair chief \
    executive director spokesman spokeswoman spokesperson ambassador special representative \
    deputy assistant attorney speaker leader majority minority former sir lord baroness dame \
    rev. pastor \
    coach officer commissioner sheriff first lady commander envoy congressman congresswoman \
    candidate nominee democratic republican gop state house senate white press adviser \
    advisor economic national security head ceo founder premier emir sheikh ayatollah \
    archbishop bishop cardinal father rabbi imam professor prof agent analyst economist lawyer \
    prosecutor detective inspector captain capt. maj. major colonel lieutenant sergeant \
    admiral adm. private u.s. u.n. eu un nato top senior new acting interim incoming \
    outgoing presumptive presidential opposition party campaign manager strategist pollster \
    aide official democrat independent activist author columnist host anchor correspondent \
    editor reporter journalist businessman billionaire mogul star actor actress singer \
    rapper defense-secretary ex-president then-candidate then-president \
    producer boss striker midfielder defender goalkeeper winger skipper scrum-half fly-half prop \
    full-back flanker hooker batsman bowler designer composer front-runner frontrunner peer \
    writer novelist poet artist photographer musician guitarist drummer frontman comedian \
    presenter broadcaster filmmaker film-maker playwright historian scientist entrepreneur \
    investor psychologist surgeon physician vice-president vice-chairman co-chairman \
    co-chair co-founder co-chief co-manager editor-in-chief commander-in-chief \
    under-secretary vice-minister vice-governor ex-chief ex-senator then-secretary \
    undersecretary secretary-general chairman-elect president-elect treasurer sens. sens \
    reps. reps rep constable reverend whip accountant pundit olympian coordinator \
    co-ordinator constituent fullback quarterback pitcher counselor counsellor \
    teenager youngster rookie newcomer athlete player runner sprinter golfer boxer \
    swimmer cyclist jockey trainer moderator co-moderator";

/// Words that name a position or office, in a title before a name ("Secretary
/// General Mark Rutte") or as a role on their own ("the minister").
pub(crate) fn title_word(word: &str) -> bool {
    flags(word) & flag::TITLE_WORD != 0
}

const ROLE_NOUN: &str = "\
    official officials source sources spokesmen aides advisers advisors analysts economists \
    experts expert lawyers lawmaker lawmakers legislator legislators ministry department \
    agency company government administration newspaper paper report statement study survey \
    poll police authorities democrats republicans critics supporters opponents voters \
    residents witnesses people member members group diplomat diplomats council committee \
    court board office bank team union organization organisation firm website network \
    magazine campaign military army prosecutors investigators doctors scientists researchers \
    lady observers insiders traders dealers participants delegates man woman men women mother \
    father daughter son wife husband friend friends owner owners worker workers employee \
    employees student students teacher teachers citizens americans others someone everyone \
    nobody many some both person individual representatives leaders executives chiefs \
    director directors protesters demonstrators fans commentators pundits conservatives \
    liberals progressives ally allies rival rivals governors senators mayors judges \
    attorneys ministers presidents candidates headline article letter memo email tweet post \
    filing lawsuit complaint document documents data figures records polls reports studies \
    surveys press media journal times post. delegate voter resident supporter opponent critic \
    witness veteran donor organizer volunteer dealer trader banker broker aide book memoir \
    biography indictment analysis transcript panel regulator regulators staff staffer staffers \
    proponents proponent backers employers employer";

/// Nouns a news article introduces a business by, before or after its
/// name: "media group Reuters", "Cairn Energy, a UK oil firm".
pub(crate) const FIRM_NOUN: &str = "\
    company firm group giant maker carmaker automaker retailer airline carrier bank producer \
    operator chain supplier provider manufacturer insurer brewer seller broadcaster publisher \
    conglomerate lender";

const DETERMINER: &str = "\
    the a an his her their its our my your this these those another one two three \
    several many some other most all both each every no numerous various";

/// Determiners and possessives that open a speaker phrase ("the", "a", "his").
pub(crate) fn determiner(word: &str) -> bool {
    flags(word) & flag::DETERMINER != 0
}

const VERB_FILLER: &str = "\
    has have had also then later further again once previously recently repeatedly will \
    would could might may can did does do just already often always never ultimately finally \
    reportedly publicly privately separately simply only flatly quickly bluntly angrily \
    earlier last first still even specifically loudly clearly openly frequently subsequently \
    initially explicitly famously jokingly emphatically succinctly confidently proudly \
    softly quietly firmly directly tersely curtly not n't all both himself herself \
    themselves is was were are been be being now however too since long must should shall \
    wrongly correctly falsely rightly accurately candidly essentially basically cannot though \
    soon sometimes therefore almost";

const FUNCTION_WORD: &str = "\
    when after before but and or as if while asked in on at for from with by to of that \
    which who whom whose where why how what though although because since so yet still \
    meanwhile however instead also then now today yesterday tomorrow monday tuesday \
    wednesday thursday friday saturday sunday speaking according said says told writing here \
    there this these those it is was are were not no yes well indeed further later earlier \
    last next again once even just only about over under into than like unlike despite \
    during until amid among against between through without within upon whether said, \
    besides alongside throughout beyond amongst inside outside \
    likewise similarly moreover furthermore nevertheless nonetheless additionally otherwise \
    regardless hence thus therefore maybe perhaps";

/// Words that end a company's name ("Avery International Corp",
/// "Hoechst AG").
pub(crate) const COMPANY_SUFFIXES: [&str; 15] = [
    "Inc", "Corp", "Co", "Ltd", "PLC", "Plc", "AG", "SA", "NV", "AB", "SpA", "GmbH", "BV", "KK",
    "Bhd",
];

/// Whether `word` is a company's suffix, with or without its full stop
/// ("Corp", "Corp.").
#[inline]
pub(crate) fn company_suffix(word: &str) -> bool {
    COMPANY_SUFFIXES.contains(&word.trim_end_matches('.'))
}

/// Capitalised words that are not names even when they open a sentence.
pub(crate) fn function_word(word: &str) -> bool {
    flags(word) & flag::FUNCTION_WORD != 0
}

const CLAUSE_BREAK: &str = "\
    but while although though whereas according which adding saying noting arguing \
    explaining insisting stressing warning citing referring pointing calling unlike \
    compared putting before after when where who";

/// Words that end a reported clause when they follow a comma.
pub(crate) fn clause_break(word: &str) -> bool {
    flags(word) & flag::CLAUSE_BREAK != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_names_are_lowercase_single_spaced_and_shared() {
        assert_eq!(cue_name("Said"), "said");
        assert_eq!(cue_name("EMPHASIZED"), "emphasized");
        assert_eq!(cue_name("According\nto"), "according to");
        assert_eq!(cue_name("according  to"), "according to");
        assert_eq!(cue_name(":"), ":");
        // One string for every statement with the cue, not a copy each.
        assert!(std::ptr::eq(cue_name("said"), cue_name("SAID")));
        assert!(std::ptr::eq(cue_name("According to"), cue_name("according\tto")));
    }

    #[test]
    fn verbs_in_every_inflection() {
        for w in ["say", "says", "said", "saying", "emphasized", "stresses", "warns", "tweeted"] {
            assert!(cue(w).is_some(), "{w}");
        }
        for w in ["replied", "argues", "wrote", "written", "noting", "announcing", "denies"] {
            assert!(cue(w).is_some(), "{w}");
        }
        assert!(cue("sad").is_none());
        assert!(cue("ask").is_some_and(|c| c.question));
    }

    #[test]
    fn lower_is_ascii_only() {
        let mut b = [0u8; 32];
        assert_eq!(lower("Rutte's", &mut b), "rutte's");
        assert_eq!(lower("NATO", &mut b), "nato");
        assert_eq!(lower("Zoë", &mut b), "");
    }
}
