//! Words as themes see them: a scanner that keeps "long-lasting" and
//! "Putin's" whole, the stop and generic words that never become themes, and
//! the Snowball stem that makes "unite", "united" and "uniting" one word.

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

/// One word of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range into the scanned text.
    pub range: Range<usize>,
    /// Starts with an uppercase letter.
    pub capitalized: bool,
    /// First word of a sentence (or of the text), where capitals say nothing.
    pub sentence_start: bool,
    /// Only spaces separate it from the previous word, so the two can form a
    /// phrase ("peace talks", but not "talks, peace").
    pub follows_closely: bool,
}

/// Whether `c` may sit between two letters inside one word: apostrophes
/// ("don't", "Putin's") and hyphens ("long-lasting").
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑')
}

/// The words of `text`, in order.
pub fn scan(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    scan_into(text, &mut words);
    words
}

/// [`scan`] into a reused buffer (cleared first), so a corpus-wide pass does
/// not allocate per statement.
pub fn scan_into(text: &str, words: &mut Vec<Word>) {
    words.clear();
    let mut sentence_start = true;
    let mut close = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let start = i;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_joiner(d) {
                    // A joiner counts only between two letters or digits.
                    let next = text[j + d.len_utf8()..].chars().next();
                    if next.is_some_and(char::is_alphanumeric) {
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            words.push(Word {
                range: start..end,
                capitalized: c.is_uppercase(),
                sentence_start,
                follows_closely: close,
            });
            sentence_start = false;
            close = true;
        } else if c.is_whitespace() {
            // Spaces keep the previous word close.
        } else {
            close = false;
            if matches!(c, '.' | '!' | '?' | ':' | ';' | '…' | '"' | '“' | '”' | '[' | ']') {
                sentence_start = true;
            }
        }
    }
}

/// `word` as a lookup key: lowercase, curly apostrophes straightened, a
/// possessive "'s" dropped. Written into `out` (cleared first).
pub fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        match c {
            '’' => out.push('\''),
            '‑' => out.push('-'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    if out.ends_with("'s") && out.len() > 2 {
        out.truncate(out.len() - 2);
    }
}

/// `word` without a possessive "'s" or "’s", as it is shown ("Trump's" →
/// "Trump").
pub fn without_possessive(word: &str) -> &str {
    ["'s", "’s", "'S", "’S"]
        .iter()
        .find_map(|p| word.strip_suffix(p).filter(|w| !w.is_empty()))
        .unwrap_or(word)
}

/// `word` normalised as by [`normalize_into`].
pub fn normalize(word: &str) -> String {
    let mut out = String::new();
    normalize_into(word, &mut out);
    out
}

/// `word` and its regular inflections: plural and third person (-s, -es,
/// -ies), past (-ed, -d, -ied, doubled consonant) and -ing (dropping a
/// final e). Over-generation is harmless: forms that are not words never
/// occur.
pub fn inflections(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if word.contains(' ') || word.chars().count() < 3 {
        return out;
    }
    for suffix in ["s", "ed", "ing"] {
        out.push(format!("{word}{suffix}"));
    }
    // "-es" only where English spells it so: "taxes", not "aides".
    if ["s", "x", "z", "ch", "sh", "o"].iter().any(|e| word.ends_with(e)) {
        out.push(format!("{word}es"));
    }
    if let Some(stem) = word.strip_suffix('e') {
        out.push(format!("{word}d"));
        out.push(format!("{stem}ing"));
    }
    if let Some(stem) = word.strip_suffix('y') {
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
    }
    let mut rev = word.chars().rev();
    if let (Some(last), Some(before)) = (rev.next(), rev.next())
        && !"aeiouwxy".contains(last)
        && "aeiou".contains(before)
    {
        out.push(format!("{word}{last}ed"));
        out.push(format!("{word}{last}ing"));
    }
    out
}

/// English Snowball stems.
pub struct Stems(Stemmer);

impl Default for Stems {
    fn default() -> Self {
        Stems(Stemmer::create(Algorithm::English))
    }
}

impl std::fmt::Debug for Stems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stems(English)")
    }
}

impl Stems {
    /// The stem of a normalised word; each part of a hyphenated word is
    /// stemmed ("long-lasting" → "long-last").
    pub fn stem(&self, normalized: &str) -> String {
        if normalized.contains('-') {
            let parts: Vec<String> =
                normalized.split('-').map(|p| self.0.stem(p).into_owned()).collect();
            parts.join("-")
        } else {
            self.0.stem(normalized).into_owned()
        }
    }
}

/// Whether a normalised word can never be a theme: a stop word, a number, a
/// single letter, or a contraction.
pub fn is_stop(normalized: &str) -> bool {
    normalized.chars().count() < 2
        || normalized.chars().any(|c| c.is_ascii_digit())
        || normalized.contains('\'')
        || STOP_WORDS.binary_search(&normalized).is_ok()
}

/// Whether Snowball's stem of a normalised word would join it to an
/// unrelated word ("candid" to "candidate", "polite" to "political"): such a
/// word is its own theme, keyed by itself.
pub fn is_false_friend(normalized: &str) -> bool {
    FALSE_FRIENDS.binary_search(&normalized).is_ok()
}

/// Words whose stem collides with an unrelated, more frequent word in
/// political news (sorted, for binary search).
const FALSE_FRIENDS: &[&str] = &[
    "americanism",
    "candid",
    "candidly",
    "candor",
    "candour",
    "generous",
    "generously",
    "lively",
    "polite",
    "politely",
    "politeness",
    "publication",
    "publications",
    "publicity",
];

/// Whether a stem belongs to a word too generic to be a theme ("say",
/// "make", "people", "also").
pub fn is_generic_stem(stem: &str) -> bool {
    GENERIC_STEMS.binary_search(&stem).is_ok()
}

/// Function words (sorted, for binary search).
const STOP_WORDS: &[&str] = &[
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyone",
    "anything",
    "are",
    "around",
    "as",
    "at",
    "away",
    "back",
    "be",
    "became",
    "because",
    "become",
    "been",
    "before",
    "behind",
    "being",
    "below",
    "besides",
    "between",
    "beyond",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "either",
    "else",
    "enough",
    "even",
    "ever",
    "every",
    "everybody",
    "everyone",
    "everything",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "if",
    "in",
    "indeed",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "least",
    "less",
    "many",
    "may",
    "me",
    "might",
    "mine",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "neither",
    "never",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "now",
    "of",
    "off",
    "often",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "otherwise",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "per",
    "perhaps",
    "quite",
    "rather",
    "same",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "somebody",
    "someone",
    "something",
    "stated",
    "stating",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "toward",
    "towards",
    "under",
    "unless",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "whatever",
    "when",
    "whenever",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whoever",
    "whole",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// Stems of generic words: reporting verbs, light verbs, vague nouns,
/// hedges, weekdays (sorted, for binary search). Stems, so every inflection
/// is covered.
const GENERIC_STEMS: &[&str] = &[
    "absolut",
    "actual",
    "add",
    "ago",
    "ahead",
    "allow",
    "alreadi",
    "anoth",
    "answer",
    "anyth",
    "anyway",
    "area",
    "ask",
    "bad",
    "basic",
    "becom",
    "begin",
    "believ",
    "best",
    "better",
    "big",
    "billion",
    "bit",
    "bring",
    "call",
    "came",
    "case",
    "certain",
    "chairman",
    "chief",
    "clear",
    "clearli",
    "come",
    "comment",
    "continu",
    "cours",
    "day",
    "deputi",
    "differ",
    "done",
    "dr",
    "els",
    "especi",
    "even",
    "exact",
    "exampl",
    "expect",
    "fact",
    "far",
    "feel",
    "find",
    "first",
    "former",
    "friday",
    "get",
    "give",
    "go",
    "goe",
    "going",
    "gone",
    "good",
    "got",
    "great",
    "happen",
    "hard",
    "hear",
    "high",
    "hope",
    "hundred",
    "import",
    "includ",
    "instead",
    "issu",
    "keep",
    "kind",
    "know",
    "larg",
    "last",
    "later",
    "latest",
    "left",
    "let",
    "like",
    "littl",
    "long",
    "look",
    "lot",
    "made",
    "make",
    "mani",
    "matter",
    "mean",
    "meet",
    "mention",
    "million",
    "minist",
    "monday",
    "month",
    "mr",
    "mrs",
    "ms",
    "much",
    "need",
    "new",
    "next",
    "note",
    "number",
    "obvious",
    "offici",
    "oh",
    "ok",
    "okay",
    "old",
    "one",
    "part",
    "past",
    "peopl",
    "percent",
    "person",
    "place",
    "point",
    "possibl",
    "presid",
    "pretti",
    "prime",
    "put",
    "question",
    "quit",
    "rather",
    "real",
    "realli",
    "reason",
    "recent",
    "report",
    "right",
    "said",
    "saturday",
    "say",
    "secretari",
    "see",
    "seem",
    "seen",
    "sever",
    "show",
    "side",
    "sinc",
    "sir",
    "small",
    "someth",
    "sort",
    "speak",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "start",
    "statement",
    "still",
    "stori",
    "sunday",
    "sure",
    "take",
    "tell",
    "thank",
    "thing",
    "think",
    "thousand",
    "three",
    "thursday",
    "time",
    "today",
    "told",
    "tomorrow",
    "took",
    "tri",
    "true",
    "tuesday",
    "two",
    "understand",
    "use",
    "vice",
    "wai",
    "want",
    "way",
    "wednesday",
    "week",
    "well",
    "went",
    "whole",
    "word",
    "work",
    "would",
    "year",
    "yesterday",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]), "STOP_WORDS unsorted");
        assert!(GENERIC_STEMS.windows(2).all(|w| w[0] < w[1]), "GENERIC_STEMS unsorted");
        assert!(FALSE_FRIENDS.windows(2).all(|w| w[0] < w[1]), "FALSE_FRIENDS unsorted");
    }

    #[test]
    fn scans_hyphens_apostrophes_and_sentence_starts() {
        let text = "Peace must be long-lasting. Putin’s talks, the West";
        let words: Vec<&str> = scan(text).iter().map(|w| &text[w.range.clone()]).collect();
        assert_eq!(
            words,
            ["Peace", "must", "be", "long-lasting", "Putin’s", "talks", "the", "West"]
        );
        let w = scan(text);
        assert!(w[0].sentence_start && w[4].sentence_start && !w[7].sentence_start);
        assert!(w[7].capitalized && w[7].follows_closely && !w[6].follows_closely);
    }

    #[test]
    fn normalizes_and_stems_inflections_to_one_stem() {
        assert_eq!(normalize("Putin’s"), "putin");
        let s = Stems::default();
        let stems: Vec<String> = ["unite", "united", "uniting"].iter().map(|w| s.stem(w)).collect();
        assert_eq!(stems, ["unit", "unit", "unit"]);
        assert_eq!(s.stem("long-lasting"), "long-last");
    }

    #[test]
    fn inflections_cover_regular_forms() {
        let f = inflections("negotiate");
        assert!(f.contains(&"negotiating".to_string()) && f.contains(&"negotiated".to_string()));
        assert!(inflections("unite").contains(&"uniting".to_string()));
        assert!(inflections("ally").contains(&"allies".to_string()));
        assert!(inflections("stop").contains(&"stopped".to_string()));
        assert_eq!(inflections("peace talks"), ["peace talks"]);
        assert!(inflections("tax").contains(&"taxes".to_string()));
        assert!(!inflections("aid").contains(&"aides".to_string()));
    }

    #[test]
    fn stop_and_generic_words_are_never_themes() {
        for w in ["the", "also", "don't", "2014", "a"] {
            assert!(is_stop(w), "{w}");
        }
        let s = Stems::default();
        for w in ["say", "said", "says", "make", "making", "people", "sure"] {
            assert!(is_stop(w) || is_generic_stem(&s.stem(w)), "{w}");
        }
        assert!(!is_generic_stem(&s.stem("durable")));
    }
}
