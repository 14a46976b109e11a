//! Words and punctuation of an article, as byte ranges: what cue and speaker
//! rules walk over.

use std::ops::Range;

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
        let bytes = text.as_bytes();
        let mut para = 0usize;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
                i += 1;
                continue;
            }
            let Some(c) = text[i..].chars().next() else { break };
            while para + 1 < paragraphs.len() && paragraphs[para].end <= i {
                para += 1;
            }
            let start = i;
            if c.is_alphanumeric() {
                i = word_end(text, i);
                let capital = if c.is_uppercase() { lexicon::flag::CAPITALIZED } else { 0 };
                let flags = lexicon::flags_of(&text[start..i]) | capital;
                list.push(Token {
                    start,
                    end: i,
                    paragraph: para as u32,
                    word: true,
                    quoted: false,
                    flags,
                });
            } else {
                i += c.len_utf8();
                if !c.is_whitespace() {
                    list.push(Token {
                        start,
                        end: i,
                        paragraph: para as u32,
                        word: false,
                        quoted: false,
                        flags: 0,
                    });
                }
            }
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

    /// Whether token `i` is the punctuation mark `c`.
    pub fn is(&self, i: usize, c: char) -> bool {
        let t = &self.list[i];
        !t.word && self.text[t.start..t.end].starts_with(c)
    }

    /// Whether token `i` is a word equal to `w` (ASCII case-insensitive).
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.list[i].word && self.str(i).eq_ignore_ascii_case(w)
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
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    let mut has_inner_dot = false;
    while let Some((off, c)) = chars.next() {
        if c.is_alphanumeric() || c == '\u{301}' {
            end = start + off + c.len_utf8();
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
    fn sentence_final_stop_is_its_own_token() {
        assert_eq!(words("It ended. Then"), vec!["It", "ended", ".", "Then"]);
    }
}
