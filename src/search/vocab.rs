//! The corpus vocabulary — every distinct word once — and matching one query
//! term against it.
//!
//! Matching the vocabulary instead of every statement is what keeps search
//! fast: a million statements of news share a few hundred thousand distinct
//! words, each a few chars long, and a cheap char-mask test rules out most of
//! them before fuzzy-matcher scores the rest.

use std::sync::atomic::{AtomicBool, Ordering};

use fuzzy_matcher::{FuzzyMatcher, skim::SkimMatcherV2};
use rayon::prelude::*;

use super::typo::{allowed_edits, prefix_distance};

/// Every distinct word of a corpus, stored in one string.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    /// The words, back to back.
    text: String,
    /// `ends[i]`: where word `i` ends in `text` (it starts at `ends[i - 1]`).
    ends: Vec<u32>,
    /// [`char_mask`] of each word.
    masks: Vec<u64>,
    /// Length in chars of each word (saturating).
    chars: Vec<u8>,
}

impl Vocabulary {
    /// A vocabulary of `words`, which must be distinct; word `i` gets id `i`.
    pub fn from_words(words: &[&str]) -> Vocabulary {
        let mut v = Vocabulary {
            text: String::with_capacity(words.iter().map(|w| w.len()).sum()),
            ends: Vec::with_capacity(words.len()),
            masks: Vec::with_capacity(words.len()),
            chars: Vec::with_capacity(words.len()),
        };
        for w in words {
            v.text.push_str(w);
            v.ends.push(u32::try_from(v.text.len()).unwrap_or(u32::MAX));
            v.masks.push(char_mask(w));
            v.chars.push(u8::try_from(w.chars().count()).unwrap_or(u8::MAX));
        }
        v
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Word `i`.
    pub fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.get(start..self.ends[i] as usize).unwrap_or("")
    }

    /// Bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.ends.capacity() * 4
            + self.masks.capacity() * 8
            + self.chars.capacity()
    }
}

/// One bit per char class: `a`–`z` and `0`–`9` each have their own, other
/// chars share the rest by code point. If a word lacks a bit of the term's
/// mask, the term cannot be a subsequence of it.
pub fn char_mask(s: &str) -> u64 {
    s.chars().fold(0u64, |m, c| m | 1 << char_bit(c))
}

fn char_bit(c: char) -> u32 {
    match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + c as u32 - '0' as u32,
        _ => 36 + c as u32 % 28,
    }
}

/// A query term, normalised like the words of the index, ready to match.
#[derive(Debug, Clone)]
pub struct Term {
    /// The term's text.
    pub text: String,
    chars: Vec<char>,
    mask: u64,
    edits: usize,
}

impl Term {
    /// `text`, which must already be a normalised word (see `words`).
    pub fn new(text: &str) -> Term {
        let chars: Vec<char> = text.chars().collect();
        Term {
            text: text.to_string(),
            mask: char_mask(text),
            edits: allowed_edits(chars.len()),
            chars,
        }
    }
}

/// Extra score for a word equal to the term, above one that merely starts with it.
const EXACT_BONUS: i32 = 16;
/// Extra score for a word that starts with the term.
const PREFIX_BONUS: i32 = 8;

/// How well `word` matches `term`: fuzzy-matcher's score (plus a bonus for an
/// exact or prefix match), or for a word only within a typo or two of the
/// term, two thirds of the score its matched prefix would have had.
/// `None` when it does not match.
pub fn score_word(matcher: &SkimMatcherV2, term: &Term, word: &str) -> Option<i32> {
    score_word_masked(matcher, term, word, char_mask(word), word.chars().count())
}

fn score_word_masked(
    matcher: &SkimMatcherV2,
    term: &Term,
    word: &str,
    mask: u64,
    chars: usize,
) -> Option<i32> {
    let missing = (term.mask & !mask).count_ones() as usize;
    if missing == 0
        && chars >= term.chars.len()
        && let Some(s) = matcher.fuzzy_match(word, &term.text)
    {
        let s = i32::try_from(s).unwrap_or(i32::MAX / 4);
        let bonus = if word == term.text {
            EXACT_BONUS
        } else if word.starts_with(&term.text) {
            PREFIX_BONUS
        } else {
            0
        };
        return Some(s + bonus);
    }
    typo_score(matcher, term, word, missing, chars)
}

fn typo_score(
    matcher: &SkimMatcherV2,
    term: &Term,
    word: &str,
    missing: usize,
    chars: usize,
) -> Option<i32> {
    let edits = term.edits;
    // Cheap rejections first: too many of the term's letters absent, too
    // short, or a different first letter (typos there are rare, and allowing
    // them would flood short terms with look-alikes).
    if edits == 0 || missing > edits || chars + edits < term.chars.len() {
        return None;
    }
    let first = word.chars().next()?;
    if Some(&first) != term.chars.first() {
        return None;
    }
    let word_chars: Vec<char> = word.chars().take(term.chars.len() + edits).collect();
    let (dist, prefix_len) = prefix_distance(&term.chars, &word_chars, edits)?;
    if dist == 0 || prefix_len == 0 {
        return None;
    }
    let prefix: String = word_chars[..prefix_len].iter().collect();
    let s = matcher.fuzzy_match(word, &prefix)?;
    let s = i32::try_from(s).unwrap_or(i32::MAX / 4);
    Some(s * 2 / 3 - 8 * (dist as i32 - 1))
}

/// Char indexes, within `word`, of the letters that match `term` the way
/// [`score_word`] matched them: fuzzy-matcher's for a subsequence, the
/// matched prefix for a typo. Empty when it does not match.
pub fn word_positions(matcher: &SkimMatcherV2, term: &Term, word: &str) -> Vec<usize> {
    if let Some((_, positions)) = matcher.fuzzy_indices(word, &term.text) {
        return positions;
    }
    let word_chars: Vec<char> = word.chars().take(term.chars.len() + term.edits).collect();
    match prefix_distance(&term.chars, &word_chars, term.edits) {
        Some((_, len)) => (0..len).collect(),
        None => Vec::new(),
    }
}

/// A vocabulary word that matched a term, and how well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordMatch {
    /// The word's id in the vocabulary.
    pub word: u32,
    /// Its [`score_word`].
    pub score: i32,
}

/// Every word of `vocab` that matches `term`, best first (ties by word id).
/// `None` if `cancel` was set meanwhile.
pub fn match_term(
    vocab: &Vocabulary,
    matcher: &SkimMatcherV2,
    term: &Term,
    cancel: &AtomicBool,
) -> Option<Vec<WordMatch>> {
    const CHUNK: usize = 4096;
    let chunks: Vec<Option<Vec<WordMatch>>> = (0..vocab.len().div_ceil(CHUNK))
        .into_par_iter()
        .map(|c| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let range = c * CHUNK..((c + 1) * CHUNK).min(vocab.len());
            Some(match_range(vocab, matcher, term, range))
        })
        .collect();
    let mut out = Vec::new();
    for c in chunks {
        out.extend(c?);
    }
    out.sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.word.cmp(&b.word)));
    Some(out)
}

/// [`match_term`] over the candidate words `among` only (ids, any order).
pub fn match_term_among(
    vocab: &Vocabulary,
    matcher: &SkimMatcherV2,
    term: &Term,
    among: &[u32],
) -> Vec<WordMatch> {
    let mut out: Vec<WordMatch> = among
        .par_iter()
        .filter_map(|&w| {
            let i = w as usize;
            let score = score_word_masked(
                matcher,
                term,
                vocab.word(i),
                vocab.masks[i],
                usize::from(vocab.chars[i]),
            )?;
            Some(WordMatch { word: w, score })
        })
        .collect();
    out.sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.word.cmp(&b.word)));
    out
}

fn match_range(
    vocab: &Vocabulary,
    matcher: &SkimMatcherV2,
    term: &Term,
    range: std::ops::Range<usize>,
) -> Vec<WordMatch> {
    let mut out = Vec::new();
    let need = term.chars.len();
    for i in range {
        let mask = vocab.masks[i];
        let chars = usize::from(vocab.chars[i]);
        let missing = (term.mask & !mask).count_ones() as usize;
        // The mask test rules out most words without looking at their text.
        if missing > term.edits || chars + term.edits < need {
            continue;
        }
        if let Some(score) = score_word_masked(matcher, term, vocab.word(i), mask, chars) {
            out.push(WordMatch { word: i as u32, score });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_exact_above_prefix_above_scattered_above_typo() {
        let m = SkimMatcherV2::default();
        let t = Term::new("dura");
        let exact = score_word(&m, &t, "dura").unwrap_or(0);
        let prefix = score_word(&m, &t, "durable").unwrap_or(0);
        let inner = score_word(&m, &t, "procedural").unwrap_or(0);
        assert!(exact > prefix && prefix > inner, "{exact} {prefix} {inner}");
        assert_eq!(score_word(&m, &t, "during"), None);
        let typo = Term::new("durible");
        assert!(score_word(&m, &typo, "durable").is_some());
        assert!(
            score_word(&m, &typo, "durable") < score_word(&m, &Term::new("durable"), "durable")
        );
    }

    #[test]
    fn matches_the_whole_vocabulary() {
        let words = ["durable", "during", "outcome", "zebra"];
        let v = Vocabulary::from_words(&words);
        let m = SkimMatcherV2::default();
        let found = match_term(&v, &m, &Term::new("durible"), &AtomicBool::new(false));
        assert_eq!(found.map(|f| f.iter().map(|w| w.word).collect::<Vec<_>>()), Some(vec![0]));
        assert_eq!(v.word(2), "outcome");
    }
}
