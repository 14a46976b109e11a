//! Typo tolerance: how many edits turn a query term into the start of a word.
//!
//! A subsequence matcher (fzf's, fuzzy-matcher's) cannot find "durable" for
//! `durible`: the `i` is not in it. Words within a small edit distance of the
//! term are found here instead, and measured against the word's *prefix* so a
//! half-typed term (`durib`) already finds its word.

/// Longest term, in chars, that typo matching considers; longer terms only
/// match as subsequences (a long term with a typo still rarely misses).
pub const MAX_TERM_CHARS: usize = 48;

/// Edits allowed for a term of `chars` chars: none below 5 (short terms would
/// match half the vocabulary), one up to 8, two from 9.
pub fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ if chars > MAX_TERM_CHARS => 0,
        _ => 2,
    }
}

/// The fewest edits (insert, delete, replace, or swap two neighbours) that
/// turn `term` into some prefix of `word`, with that prefix's length in chars,
/// or `None` when more than `max` are needed. Of equally distant prefixes,
/// the one closest in length to the term wins.
pub fn prefix_distance(term: &[char], word: &[char], max: usize) -> Option<(usize, usize)> {
    let m = term.len();
    if m > MAX_TERM_CHARS {
        return None;
    }
    // Columns of the edit-distance table, one per word prefix length:
    // col[i] = distance between term[..i] and word[..j].
    let mut before = [0usize; MAX_TERM_CHARS + 1];
    let mut prev = [0usize; MAX_TERM_CHARS + 1];
    let mut col = [0usize; MAX_TERM_CHARS + 1];
    for (i, c) in prev.iter_mut().enumerate().take(m + 1) {
        *c = i;
    }
    let mut best = (m <= max).then_some((m, 0));
    let mut prev_min = 0;
    for j in 1..=word.len().min(m + max) {
        col[0] = j;
        let mut col_min = j;
        for i in 1..=m {
            let cost = usize::from(term[i - 1] != word[j - 1]);
            let mut d = (prev[i] + 1).min(col[i - 1] + 1).min(prev[i - 1] + cost);
            if i > 1 && j > 1 && term[i - 1] == word[j - 2] && term[i - 2] == word[j - 1] {
                d = d.min(before[i - 2] + 1);
            }
            col[i] = d;
            col_min = col_min.min(d);
        }
        let closer =
            |(b, bj): (usize, usize)| col[m] < b || (col[m] == b && j.abs_diff(m) < bj.abs_diff(m));
        if col[m] <= max && best.is_none_or(closer) {
            best = Some((col[m], j));
        }
        // Nothing later can come back under the bound once two columns in a
        // row are over it (a swap reaches back two columns).
        if col_min > max && prev_min > max {
            break;
        }
        prev_min = col_min;
        before = prev;
        prev = col;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(term: &str, word: &str, max: usize) -> Option<(usize, usize)> {
        let t: Vec<char> = term.chars().collect();
        let w: Vec<char> = word.chars().collect();
        prefix_distance(&t, &w, max)
    }

    #[test]
    fn finds_replacements_swaps_and_prefixes() {
        assert_eq!(d("durible", "durable", 1), Some((1, 7)));
        assert_eq!(d("durbale", "durable", 1), Some((1, 7)));
        assert_eq!(d("durib", "durability", 1), Some((1, 5)));
        assert_eq!(d("durable", "durable", 0), Some((0, 7)));
        assert_eq!(d("drable", "durable", 1), Some((1, 7)));
        assert_eq!(d("zqxjk", "durable", 2), None);
        assert_eq!(d("outcme", "outcome", 1), Some((1, 7)));
        assert_eq!(d("durabel", "durable", 1), Some((1, 7)));
    }

    #[test]
    fn never_panics_on_long_or_empty_input() {
        assert_eq!(d("", "word", 0), Some((0, 0)));
        assert_eq!(d(&"a".repeat(100), "aaa", 2), None);
        assert_eq!(d("abc", "", 3), Some((3, 0)));
    }
}
