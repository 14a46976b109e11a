//! Words and punctuation of an article, as byte ranges: what cue and speaker
//! rules walk over.

use std::{ops::Range, sync::OnceLock};

use super::lexicon;

/// One word or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The paragraph it sits in.
    pub paragraph: u32,
    /// A word (letters or digits) rather than a punctuation mark.
    pub word: bool,
    /// Inside a quotation (its marks included).
    pub quoted: bool,
    /// The lexicon lists the lowercased word is on ([`lexicon::flag`]).
    pub flags: u16,
}

/// A tokenised string: the text and its tokens.
#[derive(Debug)]
pub(crate) struct Tokens<'a> {
    /// The text tokens index into.
    pub text: &'a str,
    /// Tokens in text order.
    pub list: Vec<Token>,
}

impl<'a> Tokens<'a> {
    /// Splits `text` into tokens; `paragraphs` (sorted byte ranges) number them.
    pub fn new(text: &'a str, paragraphs: &[Range<usize>]) -> Tokens<'a> {
        let mut list = Vec::with_capacity(text.len() / 5);
        let listed = PackedWords::get();
        let bytes = text.as_bytes();
        let mut para = 0usize;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII space: the whitespace `char::is_whitespace` knows there.
            if matches!(b, b' ' | b'\n' | b'\t' | b'\r' | 0x0b | 0x0c) {
                i += 1;
                continue;
            }
            while para + 1 < paragraphs.len() && paragraphs[para].end <= i {
                para += 1;
            }
            let start = i;
            // ASCII first, byte by byte; other characters are decoded.
            let (word, capital) = if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    i = word_end(text, i);
                    (true, b.is_ascii_uppercase())
                } else {
                    i += 1;
                    (false, false)
                }
            } else {
                let Some(c) = text[i..].chars().next() else { break };
                if c.is_alphanumeric() {
                    i = word_end(text, i);
                    (true, c.is_uppercase())
                } else {
                    i += c.len_utf8();
                    if c.is_whitespace() {
                        continue;
                    }
                    (false, false)
                }
            };
            let flags = if word {
                let capital = if capital { lexicon::flag::CAPITALIZED } else { 0 };
                listed.flags(&bytes[start..i]) | capital
            } else {
                0
            };
            list.push(Token { start, end: i, paragraph: para as u32, word, quoted: false, flags });
        }
        Tokens { text, list }
    }

    /// Splits `text`, one paragraph, into tokens.
    pub fn whole(text: &'a str) -> Tokens<'a> {
        Tokens::new(text, std::slice::from_ref(&(0..text.len())))
    }

    /// The text of token `i`.
    pub fn str(&self, i: usize) -> &'a str {
        let t = &self.list[i];
        &self.text[t.start..t.end]
    }

    /// The bytes of token `i` (no character-boundary checks, for byte-wise
    /// comparisons).
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        let t = &self.list[i];
        &self.text.as_bytes()[t.start..t.end]
    }

    /// Whether token `i` is the punctuation mark `c`.
    pub fn is(&self, i: usize, c: char) -> bool {
        let t = &self.list[i];
        !t.word && self.text[t.start..t.end].starts_with(c)
    }

    /// Whether token `i` is a word equal to `w` (ASCII case-insensitive).
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        let t = &self.list[i];
        // Bytes, not a `str` slice: no character-boundary checks on a path
        // taken for most tokens.
        t.word && t.end - t.start == w.len() && self.bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    /// Token `i` lowercased into `buf` (ASCII only; longer words are cut, which
    /// makes them miss every lexicon, as they should).
    pub fn lower<'b>(&self, i: usize, buf: &'b mut [u8; 32]) -> &'b str {
        lexicon::lower(self.str(i), buf)
    }

    /// Whether token `i` is on any of the lexicon lists in `flags`.
    pub fn has(&self, i: usize, flags: u16) -> bool {
        self.list[i].flags & flags != 0
    }

    /// Whether token `i` starts with a capital letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.list[i].flags & lexicon::flag::CAPITALIZED != 0
    }

    /// Whether token `i` ends a sentence: `.`, `?`, `!`, `;`, or an ellipsis.
    pub fn ends_sentence(&self, i: usize) -> bool {
        let t = &self.list[i];
        !t.word && matches!(&self.text[t.start..t.end], "." | "?" | "!" | ";" | "…")
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn at_or_after(&self, offset: usize) -> usize {
        self.list.partition_point(|t| t.start < offset)
    }

    /// Byte range from token `a` to token `b` inclusive.
    pub fn span(&self, a: usize, b: usize) -> Range<usize> {
        self.list[a].start..self.list[b].end
    }
}

/// The lexicon's words of up to 16 bytes, each packed into one integer, in
/// an open-addressing table: the lookup every word of every article makes
/// costs a multiplication and an integer comparison or two.
struct PackedWords {
    /// Packed words (zero for an empty slot; no word is empty).
    keys: Vec<u128>,
    /// The [`lexicon::flag`] bits of the word in the same slot.
    flags: Vec<u16>,
}

/// log2 of the slots in [`PackedWords`]: four times the lexicon's size and
/// more, so that a word not listed is known after a probe or two.
const PACKED_BITS: u32 = 13;

impl PackedWords {
    fn get() -> &'static PackedWords {
        static TABLE: OnceLock<PackedWords> = OnceLock::new();
        TABLE.get_or_init(|| {
            let mut table =
                PackedWords { keys: vec![0; 1 << PACKED_BITS], flags: vec![0; 1 << PACKED_BITS] };
            for (word, flags) in lexicon::listed_words() {
                if let Some(key) = pack(word) {
                    let mut slot = slot_of(key);
                    while table.keys[slot] != 0 && table.keys[slot] != key {
                        slot = (slot + 1) & ((1 << PACKED_BITS) - 1);
                    }
                    table.keys[slot] = key;
                    table.flags[slot] |= flags;
                }
            }
            table
        })
    }

    /// The flags of `word`, lowercased: as `lexicon::flags` gives them for
    /// words of up to 16 ASCII bytes not starting with a digit, and none for
    /// the rest.
    fn flags(&self, word: &[u8]) -> u16 {
        let Some(key) = pack(word) else { return 0 };
        let mut slot = slot_of(key);
        loop {
            match self.keys[slot] {
                k if k == key => return self.flags[slot],
                0 => return 0,
                _ => slot = (slot + 1) & ((1 << PACKED_BITS) - 1),
            }
        }
    }
}

/// `word` lowercased (ASCII) into one integer, first byte lowest; `None`
/// when it is longer than 16 bytes, not ASCII, or starts with a digit (no
/// listed word does).
fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > 16 || word.first().is_none_or(u8::is_ascii_digit) {
        return None;
    }
    let mut key = 0u128;
    for (k, &c) in word.iter().enumerate() {
        if !c.is_ascii() {
            return None;
        }
        key |= u128::from(c.to_ascii_lowercase()) << (8 * k);
    }
    Some(key)
}

/// Where `key` goes in [`PackedWords`]: a multiplicative hash of its halves.
fn slot_of(key: u128) -> usize {
    let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PACKED_BITS)) as usize
}

/// Abbreviations whose trailing full stop belongs to the word ("Mr.", "Sen.").
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "jr", "sr", "st",
    "prof", "rev", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co",
    "ltd", "no", "vs", "maj", "capt", "cmdr", "adm", "atty", "supt", "det", "insp", "pres",
    "messrs", "mt", "ft", "gens", "reps", "sens", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m",
];

/// End of the word starting at byte `start` of `text`: letters and digits,
/// joined by an apostrophe, hyphen, ampersand or full stop when a letter or
/// digit follows ("don't", "Jean-Claude", "U.S"), plus the full stop of an
/// abbreviation or initial ("Mr.", "U.S.", "J.").
fn word_end(text: &str, start: usize) -> usize {
    // Plain ASCII letters and digits first, byte by byte.
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
        end += 1;
    }
    let plain_stop = bytes
        .get(end)
        .is_none_or(|b| matches!(b, b' ' | b'\n' | b',' | b';' | b':' | b')' | b'"' | b'?' | b'!'));
    if plain_stop && end > start {
        return end;
    }
    // Then character by character, from where the ASCII letters stopped
    // (they would only have extended the word).
    let from = end;
    let mut chars = text[from..].char_indices().peekable();
    let mut has_inner_dot = false;
    while let Some((off, c)) = chars.next() {
        if c.is_alphanumeric() || c == '\u{301}' {
            end = from + off + c.len_utf8();
            continue;
        }
        let joins = matches!(c, '\'' | '’' | '-' | '&' | '.' | '\u{2011}');
        let next_alnum = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if joins && next_alnum {
            if c == '.' {
                has_inner_dot = true;
            }
            continue;
        }
        if c == '.' {
            let w = &text[start..end];
            let mut buf = [0u8; 32];
            let lw = lexicon::lower(w, &mut buf);
            let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            if has_inner_dot || initial || ABBREVIATIONS.contains(&lw) {
                end += 1;
            }
        }
        break;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let tk = Tokens::whole(t);
        (0..tk.list.len()).map(|i| tk.str(i)).collect()
    }

    #[test]
    fn words_and_marks() {
        assert_eq!(
            words("Mr. Rutte's U.S. trip—\"fine,\" he said."),
            vec!["Mr.", "Rutte's", "U.S.", "trip", "—", "\"", "fine", ",", "\"", "he", "said", "."]
        );
    }

    #[test]
    fn packed_words_agree_with_the_lexicon() {
        let packed = PackedWords::get();
        let mut checked = 0;
        for (word, flags) in lexicon::listed_words() {
            let Ok(w) = std::str::from_utf8(word) else { continue };
            let packable = word.len() <= 16 && word.is_ascii() && !word[0].is_ascii_digit();
            let expected = if packable { flags } else { 0 };
            assert_eq!(packed.flags(word), expected, "{w}");
            assert_eq!(packed.flags(w.to_ascii_uppercase().as_bytes()), expected, "{w}");
            checked += 1;
        }
        assert!(checked > 500, "{checked} words");
        for w in ["", "sad", "Zoë", "2said", "saidsaidsaidsaidx", "spokesmen's"] {
            assert_eq!(packed.flags(w.as_bytes()), 0, "{w}");
        }
    }

    #[test]
    fn sentence_final_stop_is_its_own_token() {
        assert_eq!(words("It ended. Then"), vec!["It", "ended", ".", "Then"]);
    }
}
