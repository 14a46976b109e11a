//! Word-level differences between two statements that say nearly the same
//! thing: "the outcome [-has to be durable-] {+is seen as enduring+}".

use similar::{Algorithm, DiffOp, capture_diff_slices, get_diff_ratio};

use crate::themes::{Key, builtin_grouping, words};

/// How a piece of a word diff changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// In both statements.
    Same,
    /// Only in the first.
    Removed,
    /// Only in the second.
    Added,
}

/// A run of words with one [`Change`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DiffPiece {
    /// How it changed.
    pub change: Change,
    /// The words, as written (the first statement's for [`Change::Same`]).
    pub text: String,
}

/// How alike two statements must be (0–1, the share of matching words)
/// to count as near-identical.
pub const NEAR_RATIO: f32 = 0.5;

/// Statements longer than this many words are not diffed: nobody reads a
/// word diff of two paragraphs.
const MAX_WORDS: usize = 120;

/// A statement's words ready to diff: scanned, normalised and keyed once,
/// so one statement can be diffed against many cheaply.
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    text: &'a str,
    words: Vec<words::Word>,
    normalized: Vec<String>,
    keys: Vec<Key>,
}

impl<'a> Prepared<'a> {
    /// Prepares `text` for [`diff_prepared`].
    pub fn new(text: &'a str) -> Prepared<'a> {
        let g = builtin_grouping();
        let ws = words::scan(text);
        let mut normalized = Vec::new();
        let mut keys = Vec::new();
        // Past the diffing limit only the length matters.
        if ws.len() <= MAX_WORDS {
            normalized = ws.iter().map(|w| words::normalize(&text[w.range.clone()])).collect();
            keys = normalized.iter().map(|w| g.diff_key(w)).collect();
        }
        Prepared { text, words: ws, normalized, keys }
    }
}

/// The word-level difference from `a` to `b`, or `None` when they are not
/// near-identical. Words match when they share a stem or a built-in synonym
/// group ("durable" ~ "enduring"), so rephrasing counts as likeness — but a
/// matched pair spelt differently is still shown as removed and added.
pub fn word_diff(a: &str, b: &str) -> Option<Vec<DiffPiece>> {
    diff_prepared(&Prepared::new(a), &Prepared::new(b))
}

/// [`word_diff`] of prepared statements.
pub fn diff_prepared(pa: &Prepared<'_>, pb: &Prepared<'_>) -> Option<Vec<DiffPiece>> {
    let (a, b) = (pa.text, pb.text);
    let (wa, wb) = (&pa.words, &pb.words);
    if wa.is_empty() || wb.is_empty() || wa.len() > MAX_WORDS || wb.len() > MAX_WORDS {
        return None;
    }
    let shorter = wa.len().min(wb.len()) as f32;
    let longer = wa.len().max(wb.len()) as f32;
    // Length alone can rule a pair out before diffing.
    if 2.0 * shorter / (shorter + longer) < NEAR_RATIO {
        return None;
    }
    let (na, nb) = (&pa.normalized, &pb.normalized);
    let (ka, kb) = (&pa.keys, &pb.keys);
    let ops = capture_diff_slices(Algorithm::Myers, ka, kb);
    if get_diff_ratio(&ops, ka.len(), kb.len()) < NEAR_RATIO {
        return None;
    }
    let slice = |s: &str, ws: &[words::Word], r: std::ops::Range<usize>| -> String {
        match (ws.get(r.start), r.end.checked_sub(1).and_then(|e| ws.get(e))) {
            (Some(first), Some(last)) if r.start < r.end => s[first.range.start..last.range.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        }
    };
    let mut pieces: Vec<DiffPiece> = Vec::new();
    let mut push = |change: Change, text: String| {
        if text.is_empty() {
            return;
        }
        match pieces.last_mut() {
            Some(last) if last.change == change => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => pieces.push(DiffPiece { change, text }),
        }
    };
    for op in &ops {
        match *op {
            DiffOp::Equal { old_index, new_index, len } => {
                // Same key, maybe another word: split where spelling differs.
                let mut k = 0;
                while k < len {
                    let same = na[old_index + k] == nb[new_index + k];
                    let mut e = k + 1;
                    while e < len && (na[old_index + e] == nb[new_index + e]) == same {
                        e += 1;
                    }
                    let ra = old_index + k..old_index + e;
                    let rb = new_index + k..new_index + e;
                    if same {
                        push(Change::Same, slice(a, wa, ra));
                    } else {
                        push(Change::Removed, slice(a, wa, ra));
                        push(Change::Added, slice(b, wb, rb));
                    }
                    k = e;
                }
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                push(Change::Removed, slice(a, wa, old_index..old_index + old_len));
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                push(Change::Added, slice(b, wb, new_index..new_index + new_len));
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                push(Change::Removed, slice(a, wa, old_index..old_index + old_len));
                push(Change::Added, slice(b, wb, new_index..new_index + new_len));
            }
        }
    }
    Some(reorder(pieces))
}

/// Puts every removed run before the added run next to it, so a reader sees
/// "[-has to be durable-] {+is seen as enduring+}" rather than interleaved
/// single words.
fn reorder(pieces: Vec<DiffPiece>) -> Vec<DiffPiece> {
    let mut out: Vec<DiffPiece> = Vec::new();
    let mut removed: Vec<String> = Vec::new();
    let mut added: Vec<String> = Vec::new();
    let flush = |out: &mut Vec<DiffPiece>, removed: &mut Vec<String>, added: &mut Vec<String>| {
        if !removed.is_empty() {
            out.push(DiffPiece { change: Change::Removed, text: removed.join(" ") });
            removed.clear();
        }
        if !added.is_empty() {
            out.push(DiffPiece { change: Change::Added, text: added.join(" ") });
            added.clear();
        }
    };
    for p in pieces {
        match p.change {
            Change::Removed => removed.push(p.text),
            Change::Added => added.push(p.text),
            Change::Same => {
                flush(&mut out, &mut removed, &mut added);
                out.push(p);
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(pieces: &[DiffPiece]) -> String {
        pieces
            .iter()
            .map(|p| match p.change {
                Change::Same => p.text.clone(),
                Change::Removed => format!("[-{}-]", p.text),
                Change::Added => format!("{{+{}+}}", p.text),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn rephrased_outcome_reads_at_a_glance() {
        let d =
            word_diff("the outcome has to be durable", "the outcome is seen as enduring").unwrap();
        assert_eq!(show(&d), "the outcome [-has to be durable-] {+is seen as enduring+}");
    }

    #[test]
    fn different_statements_are_not_diffed() {
        assert_eq!(
            word_diff("the outcome has to be durable", "Putin is a strong negotiator"),
            None
        );
        assert_eq!(word_diff("", "anything"), None);
    }

    #[test]
    fn identical_statements_are_all_same() {
        let d = word_diff("We stand united.", "We stand united").unwrap();
        assert_eq!(d, vec![DiffPiece { change: Change::Same, text: "We stand united".into() }]);
    }
}
