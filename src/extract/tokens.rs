//! Words and punctuation of an article, as byte ranges: what cue and speaker
//! rules walk over.

use std::{cell::Cell, ops::Range, sync::OnceLock};

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
        let mut list = SPARE_LIST.with(Cell::take);
        list.clear();
        list.reserve(text.len() / 5);
        let listed = PackedWords::get();
        let bytes = text.as_bytes();
        let mut para = 0usize;
        // Where the current paragraph ends, so that most tokens need one
        // comparison to know their paragraph (the last one never ends).
        let next_end = |para: usize| {
            if para + 1 < paragraphs.len() { paragraphs[para].end } else { usize::MAX }
        };
        let mut para_end = next_end(0);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII space: the whitespace `char::is_whitespace` knows there.
            if CLASS[usize::from(b)] & SPACE != 0 {
                i += 1;
                continue;
            }
            if i >= para_end {
                while para + 1 < paragraphs.len() && paragraphs[para].end <= i {
                    para += 1;
                }
                para_end = next_end(para);
            }
            let start = i;
            // ASCII first, byte by byte; other characters are decoded.
            let (word, capital) = if b.is_ascii() {
                if CLASS[usize::from(b)] & ALNUM != 0 {
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
                    if c.is_whitespace() || crate::text::is_invisible(c) {
                        continue;
                    }
                    (false, false)
                }
            };
            let flags = if word {
                let capital = if capital { lexicon::flag::CAPITALIZED } else { 0 };
                listed.flags(bytes, start, i) | capital
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

    /// Whether token `i` is the punctuation mark `c` (none is, past the
    /// last token).
    #[inline]
    pub fn is(&self, i: usize, c: char) -> bool {
        // (Past the last token is no mark: rules may look one ahead.)
        let Some(t) = self.list.get(i) else { return false };
        !t.word && self.text[t.start..t.end].starts_with(c)
    }

    /// Whether at most `most` sentences of the writer's end between tokens
    /// `from` and `to` (a full stop inside a quotation ends none); the
    /// count stops past `most`.
    pub fn few_sentences_between(&self, from: usize, to: usize, most: usize) -> bool {
        (from..to.min(self.list.len()))
            .filter(|&m| self.ends_sentence(m) && !self.list[m].quoted)
            .nth(most)
            .is_none()
    }

    /// Whether token `i` is a word equal to `w` (ASCII case-insensitive).
    #[inline]
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        // (Past the last token is no word: rules may look one ahead.)
        let Some(t) = self.list.get(i) else { return false };
        // Bytes, not a `str` slice: no character-boundary checks on a path
        // taken for most tokens.
        t.word && t.end - t.start == w.len() && self.bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    /// Token `i` lowercased into `buf` (ASCII only; longer words are cut, which
    /// makes them miss every lexicon, as they should).
    pub fn lower<'b>(&'b self, i: usize, buf: &'b mut [u8; 32]) -> &'b str {
        lexicon::lower(self.str(i), buf)
    }

    /// The lexicon flags of `w`: token `i`'s word, or that word with a
    /// possessive cut off. The tokeniser looked up every word it could pack
    /// (see [`pack_exact`]); any other is looked up here.
    pub fn flags_of(&self, i: usize, w: &str) -> u16 {
        if w.len() == self.list[i].end - self.list[i].start
            && pack_exact(w.as_bytes(), 0, w.len()).is_some()
        {
            return self.list[i].flags;
        }
        let mut buf = [0u8; 32];
        lexicon::flags(lexicon::lower(w, &mut buf))
    }

    /// Whether token `i` is on any of the lexicon lists in `flags` (none is,
    /// past the last token).
    pub fn has(&self, i: usize, flags: u16) -> bool {
        let Some(t) = self.list.get(i) else { return false };
        t.flags & flags != 0
    }

    /// Whether token `i` ends in a possessive "'s" ("Trump's", "ABC’s").
    pub fn possessive(&self, i: usize) -> bool {
        // (Past the last token is none: rules may look one ahead.)
        i < self.list.len() && {
            let s = self.str(i);
            s.ends_with("'s") || s.ends_with("’s")
        }
    }

    /// Whether token `i` starts with a capital letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.has(i, lexicon::flag::CAPITALIZED)
    }

    /// Whether the writer's sentence is over at token `i`: it ends there,
    /// or the text has.
    pub fn sentence_over(&self, i: usize) -> bool {
        i >= self.list.len() || self.ends_sentence(i)
    }

    /// Whether token `i` ends a sentence: `.`, `?`, `!`, `;`, or an ellipsis;
    /// not a full stop right before a comma, which ends an abbreviation
    /// ("Cambridge, Mass., said", "Mitch McConnell, R-Ky., said"), nor one
    /// closing a short parenthesis ("Bob Goodlatte (R-Va.) said"), nor a
    /// semicolon inside one ("($10.2bn; £5.5bn)").
    #[inline(always)]
    pub fn ends_sentence(&self, i: usize) -> bool {
        // (Past the last token: no, as the other token tests answer.)
        let Some(t) = self.list.get(i) else { return false };
        if t.word {
            return false;
        }
        // Bytes, not a `str` slice, first byte first: rules ask this of
        // token after token (`…` is three bytes in UTF-8).
        let bytes = self.text.as_bytes();
        let one = t.end == t.start + 1;
        match bytes.get(t.start) {
            Some(b'.') => {
                one && match bytes.get(t.end) {
                    Some(b',') => false,
                    Some(b')') => !self.in_short_parenthesis(i),
                    _ => true,
                }
            }
            // (Not a semicolon between two sums in parentheses: "24.2
            // trillion pesos ($10.2bn; £5.5bn) is earmarked …".)
            Some(b';') => one && !(self.in_short_parenthesis(i) && self.closes_soon(i)),
            Some(b'?' | b'!') => one,
            Some(0xE2) => bytes.get(t.start..t.end) == Some(&[0xE2, 0x80, 0xA6][..]),
            _ => false,
        }
    }

    /// Whether a `(` opens no more than three tokens before token `i`.
    #[cold]
    #[inline(never)]
    fn in_short_parenthesis(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|k| {
            let t = &self.list[k];
            !t.word && self.text.as_bytes().get(t.start) == Some(&b'(')
        })
    }

    /// Whether a `)` closes within three tokens after token `i`.
    #[cold]
    #[inline(never)]
    fn closes_soon(&self, i: usize) -> bool {
        (i + 1..(i + 4).min(self.list.len())).any(|k| {
            let t = &self.list[k];
            !t.word && self.text.as_bytes().get(t.start) == Some(&b')')
        })
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

thread_local! {
    /// The token list of the last article tokenised on this thread, handed
    /// to the next one: one large allocation a thread instead of one an
    /// article.
    static SPARE_LIST: Cell<Vec<Token>> = const { Cell::new(Vec::new()) };
}

impl Drop for Tokens<'_> {
    fn drop(&mut self) {
        let list = std::mem::take(&mut self.list);
        // Keep the larger of the two (a title's list is small).
        SPARE_LIST.with(|spare| {
            let kept = spare.take();
            spare.set(if kept.capacity() >= list.capacity() { kept } else { list });
        });
    }
}

/// The lexicon's words of up to 16 bytes, each packed into integers, in
/// two open-addressing tables (words of up to 8 bytes, most of them, in a
/// small one of `u64`s): the lookup every word of every article makes costs
/// a multiplication and an integer comparison or two, in a table that
/// stays in cache.
struct PackedWords {
    /// Words of up to 8 bytes (zero for an empty slot; no word is empty).
    short: Vec<(u64, u16)>,
    /// Words of 9 to 16 bytes, as (first 8 bytes, the rest).
    long: Vec<((u64, u64), u16)>,
}

impl PackedWords {
    fn get() -> &'static PackedWords {
        static TABLE: OnceLock<PackedWords> = OnceLock::new();
        TABLE.get_or_init(|| {
            let words: Vec<((u64, u64), u16)> = lexicon::listed_words()
                .filter_map(|(w, f)| Some((pack_exact(w, 0, w.len())?, f)))
                .collect();
            // Four slots a word and more, so that a word not listed is known
            // after a probe or two.
            let size = |n: usize| (4 * n).next_power_of_two().max(16);
            let n_short = words.iter().filter(|((_, hi), _)| *hi == 0).count();
            let mut table = PackedWords {
                short: vec![(0, 0); size(n_short)],
                long: vec![((0, 0), 0); size(words.len() - n_short)],
            };
            for ((lo, hi), flags) in words {
                if hi == 0 {
                    let mask = table.short.len() - 1;
                    let mut slot = slot_of(lo, mask);
                    while table.short[slot].0 != 0 && table.short[slot].0 != lo {
                        slot = (slot + 1) & mask;
                    }
                    table.short[slot].0 = lo;
                    table.short[slot].1 |= flags;
                } else {
                    let mask = table.long.len() - 1;
                    let mut slot = slot_of(lo ^ hi.rotate_left(29), mask);
                    while table.long[slot].0 != (0, 0) && table.long[slot].0 != (lo, hi) {
                        slot = (slot + 1) & mask;
                    }
                    table.long[slot].0 = (lo, hi);
                    table.long[slot].1 |= flags;
                }
            }
            table
        })
    }

    /// The flags of the word at `text[start..end]`, lowercased: what
    /// `lexicon::flags` gives for words of up to 16 ASCII bytes not starting
    /// with a digit, and none for the rest.
    fn flags(&self, text: &[u8], start: usize, end: usize) -> u16 {
        match pack_exact(text, start, end) {
            Some((lo, hi)) => self.lookup(ascii_lower(lo), ascii_lower(hi)),
            None => 0,
        }
    }

    /// The flags of a packed word.
    #[inline]
    fn lookup(&self, lo: u64, hi: u64) -> u16 {
        if hi == 0 {
            let mask = self.short.len() - 1;
            let mut slot = slot_of(lo, mask);
            loop {
                match self.short[slot] {
                    (k, f) if k == lo => return f,
                    (0, _) => return 0,
                    _ => slot = (slot + 1) & mask,
                }
            }
        }
        let mask = self.long.len() - 1;
        let mut slot = slot_of(lo ^ hi.rotate_left(29), mask);
        loop {
            match self.long[slot] {
                (k, f) if k == (lo, hi) => return f,
                ((0, 0), _) => return 0,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// The lexicon flags of `word` exactly as written (no lowercasing), when it
/// can be packed; `None` for a word longer than 16 bytes, not ASCII, or
/// opening with a digit, which the full table must answer.
pub(crate) fn listed_flags(word: &[u8]) -> Option<u16> {
    let (lo, hi) = pack_exact(word, 0, word.len())?;
    Some(PackedWords::get().lookup(lo, hi))
}

/// The word at `text[start..end]` as two integers, first byte lowest,
/// zero-padded; `None` when it is empty, longer than 16 bytes, not ASCII,
/// or starts with a digit (no listed word does).
#[inline(always)]
fn pack_exact(text: &[u8], start: usize, end: usize) -> Option<(u64, u64)> {
    let n = end.checked_sub(start)?;
    if n == 0 || n > 16 || text[start].is_ascii_digit() {
        return None;
    }
    let (lo, hi) = if n <= 8 {
        (load(text, start, n), 0)
    } else {
        (load(text, start, 8), load(text, start + 8, n - 8))
    };
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    Some((lo, hi))
}

/// The `n` (1 to 8) bytes of `text` from `at`, first byte lowest,
/// zero-padded: one 8-byte load when the text runs on that far.
fn load(text: &[u8], at: usize, n: usize) -> u64 {
    let all = match text.get(at..at + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        Some(eight) => u64::from_le_bytes(eight),
        None => {
            let mut eight = [0u8; 8];
            let rest = text.get(at..at + n).unwrap_or_default();
            eight[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(eight)
        }
    };
    if n >= 8 { all } else { all & ((1u64 << (8 * n)) - 1) }
}

/// The high bit of each of eight bytes.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Eight ASCII bytes (all below 0x80): the high bit of each byte set where
/// it is a letter or a digit.
fn alnum_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Per byte, `b >= c` is the high bit of `b + 0x80 - c`: no sum carries
    // into the next byte, as every byte is below 0x80.
    let at_least = |b: u64, c: u8| b + ONES * (0x80 - u64::from(c));
    let folded = x | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
    (letter | digit) & HIGH_BITS
}

/// Eight ASCII bytes lowercased at once: `A`–`Z` gain the 0x20 bit.
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Bytes are below 0x80, so neither sum carries into the next byte.
    let at_least_a = x + ONES * (0x80 - u64::from(b'A'));
    let above_z = x + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = at_least_a & !above_z & (ONES * 0x80);
    x | (upper >> 2)
}

/// A slot for `key` in a table of `mask + 1` slots: a multiplicative hash.
fn slot_of(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
}

/// [`CLASS`] bit: ASCII whitespace (what `char::is_whitespace` says of it).
const SPACE: u8 = 1;
/// [`CLASS`] bit: an ASCII letter or digit.
const ALNUM: u8 = 2;
/// [`CLASS`] bit: a byte that ends a plain word outright: any ASCII byte
/// but a letter, a digit, or what may join two words into one (`'`, `-`,
/// `&`, `.`).
const PLAIN_STOP: u8 = 4;

/// Classes of bytes, for the tokeniser's ASCII fast paths: one table load
/// instead of a chain of comparisons on every byte of a word.
static CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b' ' | b'\n' | b'\t' | b'\r' | 0x0b | 0x0c) {
            class[b] |= SPACE;
        }
        if c.is_ascii_alphanumeric() {
            class[b] |= ALNUM;
        }
        if !c.is_ascii_alphanumeric() && !matches!(c, b'\'' | b'-' | b'&' | b'.') {
            class[b] |= PLAIN_STOP;
        }
        b += 1;
    }
    class
};

/// Numbers in words, capitalised: they follow "No." ("alloy No. Three")
/// and stand inside names ("China Three Gorges Project Corp").
pub(crate) const NUMBER_WORDS: [&str; 12] = [
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve",
];

/// Whether the full stop after `lower` (a lowercased word) belongs to it:
/// an abbreviation ("Mr.", "Sen."). A `match`, not a list search: every
/// word before a full stop asks.
fn is_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "sen"
            | "rep"
            // (A delegate: "state Del. Marcia Price".)
            | "del"
            | "gov"
            | "gen"
            | "lt"
            | "col"
            | "sgt"
            | "jr"
            | "sr"
            | "st"
            | "prof"
            | "rev"
            | "jan"
            | "feb"
            | "aug"
            | "sept"
            | "sep"
            | "oct"
            | "nov"
            | "dec"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "no"
            | "vs"
            // ("Roe v. Wade".)
            | "v"
            | "maj"
            | "capt"
            | "cmdr"
            | "adm"
            | "atty"
            | "supt"
            | "det"
            | "insp"
            | "pres"
            | "messrs"
            | "mt"
            | "ft"
            | "gens"
            | "reps"
            | "sens"
            | "u.s"
            | "u.k"
            | "u.n"
            | "e.u"
            | "d.c"
            | "a.m"
            | "p.m"
    )
}

/// End of the word starting at byte `start` of `text`: letters and digits,
/// joined by an apostrophe, hyphen, ampersand or full stop when a letter or
/// digit follows ("don't", "Jean-Claude", "U.S"), plus the full stop of an
/// abbreviation or initial ("Mr.", "U.S.", "J.").
// Always inlined: the tokeniser's loop calls it for every word.
#[inline(always)]
fn word_end(text: &str, start: usize) -> usize {
    // Plain ASCII letters and digits first: eight bytes at a time while
    // they are ASCII, then byte by byte.
    let bytes = text.as_bytes();
    let mut end = start;
    while let Some(eight) = bytes.get(end..end + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        let x = u64::from_le_bytes(eight);
        if x & HIGH_BITS != 0 {
            break;
        }
        let stops = !alnum_bytes(x) & HIGH_BITS;
        if stops != 0 {
            end += (stops.trailing_zeros() / 8) as usize;
            break;
        }
        end += 8;
    }
    while end < bytes.len() && CLASS[usize::from(bytes[end])] & ALNUM != 0 {
        end += 1;
    }
    let stop = bytes.get(end).copied();
    let plain_stop = stop.is_none_or(|b| CLASS[usize::from(b)] & PLAIN_STOP != 0);
    if plain_stop && end > start {
        // (Only a comma after a digit needs a second look.)
        if stop != Some(b',') || !bytes[end - 1].is_ascii_digit() {
            return end;
        }
        end = thousands_end(bytes, end);
        if bytes.get(end).is_none_or(|&b| CLASS[usize::from(b)] & PLAIN_STOP != 0) {
            return end;
        }
    }
    joined_word_end(text, start, end)
}

/// A number's thousands ("1,000", "£60,000", "1,234,567") are one word: a
/// comma after a digit and before exactly three digits. From the comma at
/// byte `end`, the end of the last such group.
fn thousands_end(bytes: &[u8], mut end: usize) -> usize {
    while bytes.get(end) == Some(&b',')
        && bytes.get(end + 1..end + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !bytes.get(end + 4).is_some_and(u8::is_ascii_digit)
    {
        end += 4;
    }
    end
}

/// The rest of [`word_end`], character by character from byte `from`, where
/// the ASCII letters stopped (they would only have extended the word).
fn joined_word_end(text: &str, start: usize, from: usize) -> usize {
    let mut end = from;
    let mut k = from;
    let mut has_inner_dot = false;
    while let Some(c) = char_at(text, k) {
        let len = c.len_utf8();
        if c.is_alphanumeric() || c == '\u{301}' {
            k += len;
            end = k;
            continue;
        }
        let joins = matches!(c, '\'' | '’' | '-' | '&' | '.' | '\u{2011}');
        let next_alnum = char_at(text, k + len).is_some_and(char::is_alphanumeric);
        if joins && next_alnum {
            // (A decimal point is no abbreviation's dot: "£4.3bn." ends
            // its sentence, "U.S." does not.)
            let decimal = k > start
                && text.as_bytes()[k - 1].is_ascii_digit()
                && char_at(text, k + len).is_some_and(|n| n.is_ascii_digit());
            if c == '.' && !decimal {
                has_inner_dot = true;
            }
            k += len;
            continue;
        }
        if c == '.' {
            let w = &text[start..end];
            let mut buf = [0u8; 32];
            let lw = lexicon::lower(w, &mut buf);
            // (Not a letter quoted whole, whose full stop ends its sentence:
            // `He said "B." According to …`.)
            let closes_quote = text[k + 1..].starts_with(['"', '”']);
            let initial =
                w.chars().count() == 1 && w.chars().all(char::is_uppercase) && !closes_quote;
            // ("No. 1", "alloy No. Three", but "He said no. The company …".)
            let number_sign = lw == "no" && {
                let next = text[k + 1..].trim_start();
                !next.starts_with(|n: char| n.is_ascii_digit())
                    && !NUMBER_WORDS.iter().any(|n| next.starts_with(n))
            };
            // ("… merger with Alfa Corp. It said …": a company's suffix,
            // or a name's, whose full stop ends the sentence too, before a
            // word that opens one: "… star Hank Williams Jr. He wrote …".)
            let suffix_at_end = matches!(lw, "inc" | "corp" | "co" | "ltd" | "jr" | "sr")
                && after_stop(text, k)
                    .and_then(|next| next.split([' ', '\n', ',']).next())
                    .is_some_and(|w| SENTENCE_OPENERS.contains(&w));
            // (The investment bank "Alex. Brown and Sons" abbreviates its
            // founder's name.)
            let firm_founder = lw == "alex" && text[k + 1..].starts_with(" Brown");
            // ("… attacks in the U.S. He says …": letters with their dots
            // end a sentence before a subject pronoun.)
            let pronoun_next = has_inner_dot
                && after_stop(text, k)
                    .and_then(|next| next.split([' ', '\n', ',', '’', '\'']).next())
                    .is_some_and(|w| matches!(w, "He" | "She" | "It" | "They" | "We" | "I"));
            if (has_inner_dot && !pronoun_next)
                || initial
                || firm_founder
                || (is_abbreviation(lw) && !number_sign && !suffix_at_end && !pronoun_next)
            {
                end += 1;
            }
        }
        break;
    }
    end
}

/// The text after the full stop at byte `k`, from its next word, when
/// space follows the stop (as between two sentences).
fn after_stop(text: &str, k: usize) -> Option<&str> {
    let rest = &text[k + 1..];
    let next = rest.trim_start();
    (next.len() < rest.len()).then_some(next)
}

/// Words that open a sentence after a company's suffix and its full stop
/// ("Alfa Corp. The company …"), rather than going on with a name ("Acme
/// Corp. President …").
const SENTENCE_OPENERS: [&str; 24] = [
    "The", "It", "He", "She", "They", "We", "In", "A", "An", "Its", "Terms", "That", "This",
    "These", "There", "But", "Under", "Each", "Earlier", "As", "If", "While", "However",
    "Proceeds",
];

/// The character starting at byte `k` of `text` (a character boundary);
/// ASCII without decoding.
fn char_at(text: &str, k: usize) -> Option<char> {
    let b = *text.as_bytes().get(k)?;
    if b.is_ascii() { Some(char::from(b)) } else { text.get(k..)?.chars().next() }
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
    fn a_decimal_number_keeps_the_full_stop_after_it_apart() {
        assert_eq!(words("save £4.3bn. Among"), vec!["save", "£", "4.3bn", ".", "Among"]);
        assert_eq!(words("the U.S. said"), vec!["the", "U.S.", "said"]);
    }

    #[test]
    fn thousands_stay_in_their_number() {
        assert_eq!(
            words("slash 30,000 jobs, 1,234,567 or 12,34 and 1,0000, in 1987,1988"),
            vec![
                "slash",
                "30,000",
                "jobs",
                ",",
                "1,234,567",
                "or",
                "12",
                ",",
                "34",
                "and",
                "1",
                ",",
                "0000",
                ",",
                "in",
                "1987",
                ",",
                "1988"
            ]
        );
        assert_eq!(words("£60,000m"), vec!["£", "60,000m"]);
    }

    #[test]
    fn packed_words_agree_with_the_lexicon() {
        let packed = PackedWords::get();
        let flags = |w: &str| {
            // In the middle of a text and at its very end.
            let padded = format!("{w} and more than sixteen bytes");
            let a = packed.flags(padded.as_bytes(), 0, w.len());
            assert_eq!(a, packed.flags(w.as_bytes(), 0, w.len()), "{w}");
            a
        };
        let mut checked = 0;
        for (word, f) in lexicon::listed_words() {
            let Ok(w) = std::str::from_utf8(word) else { continue };
            let packable = word.len() <= 16 && word.is_ascii() && !word[0].is_ascii_digit();
            let expected = if packable { f } else { 0 };
            assert_eq!(flags(w), expected, "{w}");
            assert_eq!(flags(&w.to_ascii_uppercase()), expected, "{w}");
            checked += 1;
        }
        assert!(checked > 500, "{checked} words");
        for w in ["", "sad", "Zoë", "2said", "saidsaidsaidsaidx", "[said", "said@"] {
            assert_eq!(flags(w), 0, "{w}");
        }
        // Exact lookups, as `lexicon::flags` makes them: no lowercasing.
        let said = lexicon::listed_words().find(|(w, _)| *w == b"said").map(|(_, f)| f);
        assert!(said.is_some_and(|f| f & lexicon::flag::CUE != 0));
        assert_eq!(listed_flags(b"said"), said);
        assert_eq!(listed_flags(b"Said"), Some(0));
        assert_eq!(listed_flags(b"defense-secretary"), None);
    }

    #[test]
    fn letters_and_digits_eight_bytes_at_once() {
        for c in 0u8..0x80 {
            let x = u64::from_le_bytes([b'a', c, b'Z', c, b'0', b' ', c, b'9']);
            let expected: u64 = x
                .to_le_bytes()
                .iter()
                .enumerate()
                .filter(|(_, b)| b.is_ascii_alphanumeric())
                .map(|(k, _)| 0x80u64 << (8 * k))
                .sum();
            assert_eq!(alnum_bytes(x), expected, "byte {c:#04x}");
        }
    }

    #[test]
    fn ascii_lowercase_eight_bytes_at_once() {
        for w in [*b"AZaz@[`{", *b"Said Mr.", *b"\0\0\0\0HEHE"] {
            let expected = u64::from_le_bytes(w.map(|c| c.to_ascii_lowercase()));
            assert_eq!(ascii_lower(u64::from_le_bytes(w)), expected);
        }
    }

    #[test]
    fn sentence_final_stop_is_its_own_token() {
        assert_eq!(words("It ended. Then"), vec!["It", "ended", ".", "Then"]);
    }
}
