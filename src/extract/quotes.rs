//! Quotation scanning: which stretches of an article are in quote marks.
//!
//! Double quotation marks of every common style open and close quotations:
//! straight `"`, curly `“ ”`, low `„ “`, guillemets `« »` and `‹ ›`, and the
//! `` `` `` / `''` pairs some newswires write. Single quotes and apostrophes
//! never open one, so "He’s" and "Putin's" are safe. A quotation that is
//! still open at a paragraph's end continues when the next paragraph opens
//! with a quote mark (the multi-paragraph convention); otherwise it ends
//! there, so an unbalanced mark never runs across the article. Inside a
//! straight-quoted quotation, straight marks around a word or a phrase quote
//! it within the quotation, as newswires write them, and do not end it.

use std::ops::Range;

use memchr::memchr3_iter;

/// One quotation: one part per paragraph it runs through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quotation {
    /// Its parts, in order.
    pub parts: Vec<Part>,
}

/// A quotation's stretch within one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The words between the marks, trimmed of spaces.
    pub content: Range<usize>,
    /// One past the closing mark, or the paragraph's end when it has none.
    pub end: usize,
    /// Whether a closing mark ends the part.
    pub closed: bool,
    /// The paragraph the part sits in.
    pub paragraph: usize,
}

impl Quotation {
    /// Byte offset of the first opening mark.
    pub fn open(&self) -> usize {
        self.parts.first().map_or(0, |p| p.open)
    }

    /// One past the last closing mark.
    pub fn end(&self) -> usize {
        self.parts.last().map_or(0, |p| p.end)
    }

    /// The first paragraph.
    pub fn paragraph(&self) -> usize {
        self.parts.first().map_or(0, |p| p.paragraph)
    }

    /// The last paragraph.
    pub fn last_paragraph(&self) -> usize {
        self.parts.last().map_or(0, |p| p.paragraph)
    }

    /// The content ranges.
    pub fn spans(&self) -> Vec<Range<usize>> {
        self.parts.iter().map(|p| p.content.clone()).collect()
    }
}

/// The style of a quote mark, so that only its own kind of mark closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `"` and `''`: opens or closes by position.
    Either,
    /// `“` (opens; closes a `„`).
    CurlyOpen,
    /// `”`.
    CurlyClose,
    /// `„`.
    Low,
    /// `«` or `‹`.
    GuillemetOpen,
    /// `»` or `›`.
    GuillemetClose,
    /// ``` `` ```.
    Backticks,
}

/// The quote mark at byte `i`, if any, and its length.
fn mark_at(text: &str, i: usize) -> Option<(Mark, usize)> {
    let b = text.as_bytes();
    match b[i] {
        // `Indonesia"s economy`: a possessive some wire copy writes with a
        // double mark, no quotation.
        b'"' if i > 0
            && b[i - 1].is_ascii_alphabetic()
            && b.get(i + 1) == Some(&b's')
            && !b.get(i + 2).is_some_and(u8::is_ascii_alphanumeric) =>
        {
            None
        }
        b'"' => Some((Mark::Either, 1)),
        b'`' if b.get(i + 1) == Some(&b'`') => Some((Mark::Backticks, 2)),
        // `'''` after a word closes an inner quotation, then the outer one:
        // the mark is its last two.
        b'\''
            if b.get(i + 2) == Some(&b'\'')
                && b.get(i + 1) == Some(&b'\'')
                && i > 0
                && !b[i - 1].is_ascii_whitespace() =>
        {
            None
        }
        b'\'' if b.get(i + 1) == Some(&b'\'') => Some((Mark::Either, 2)),
        0xE2 => match b.get(i + 1..i + 3)? {
            [0x80, 0x9C] => Some((Mark::CurlyOpen, 3)),
            [0x80, 0x9D] => Some((Mark::CurlyClose, 3)),
            [0x80, 0x9E] => Some((Mark::Low, 3)),
            [0x80, 0xB9] => Some((Mark::GuillemetOpen, 3)),
            [0x80, 0xBA] => Some((Mark::GuillemetClose, 3)),
            _ => None,
        },
        0xC2 => match b.get(i + 1)? {
            0xAB => Some((Mark::GuillemetOpen, 2)),
            0xBB => Some((Mark::GuillemetClose, 2)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a character counts as space or the edge of the text for deciding
/// which way a straight mark faces. Invisible format characters (direction
/// marks, zero-width spaces) count too: web copy puts them before marks.
fn spacey(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(c, '(' | '[' | '—' | '–' | '/' | '-')
            || crate::text::is_invisible(c)
    })
}

/// Every quotation in `text`, whose paragraphs are `paragraphs`, in order.
pub(crate) fn scan(text: &str, paragraphs: &[Range<usize>]) -> Vec<Quotation> {
    let mut out: Vec<Quotation> = Vec::new();
    // A quotation left open by the previous paragraph, waiting to see
    // whether this paragraph continues it.
    let mut pending: Option<Quotation> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let Some(body) = text.get(para.clone()) else { continue };
        let continues = body.bytes().next().is_some_and(|_| {
            mark_at(text, para.start).is_some_and(|(m, _)| {
                matches!(
                    m,
                    Mark::Either
                        | Mark::CurlyOpen
                        | Mark::Low
                        | Mark::GuillemetOpen
                        | Mark::Backticks
                        | Mark::CurlyClose
                )
            })
        });
        let mut carried = if continues { pending.take() } else { None };
        if let Some(q) = pending.take() {
            out.push(q);
        }
        let mut open: Option<(Mark, usize, usize)> = None; // mark, its offset, content start
        let mut last = 0usize; // skip the second byte of a two-byte ASCII mark
        // Inside a straight-quoted quotation, a straight mark that opens a
        // word quotes words within it, and the next one closes those, not
        // the quotation (`"… falls in the "narrow" interpretation …"`).
        let mut nested = false;
        for i in candidates(body).map(|i| i + para.start) {
            if i < last {
                continue;
            }
            let Some((mark, len)) = mark_at(text, i) else { continue };
            last = i + len;
            let before = text[..i].chars().next_back().filter(|_| i > para.start);
            let after = text[i + len..para.end].chars().next();
            let opens = match (mark, open) {
                (Mark::Either, None) => !spacey(after) || spacey(before),
                // A straight mark opening a sentence inside an open
                // quotation opens the next one: the writer never closed
                // the first (`said: "The Liberal Democrats can talk …
                // policies. "We will be pointing out …"`).
                (Mark::Either, Some(_)) => {
                    spacey(before)
                        && after.is_some_and(char::is_uppercase)
                        && text[para.start..i].trim_end().ends_with(['.', '?', '!'])
                }
                (Mark::CurlyOpen, None) | (Mark::Low, None) | (Mark::GuillemetOpen, None) => true,
                (Mark::Backticks, None) => true,
                // A closing curly mark used as an opener (it happens).
                (Mark::CurlyClose, None) => spacey(before) && !spacey(after),
                (Mark::CurlyOpen, Some((Mark::Low, ..))) => false,
                // A second opener: a closer typed the wrong way, or the first
                // was never closed.
                (Mark::CurlyOpen, Some(_)) => spacey(before) && !spacey(after),
                _ => false,
            };
            if mark == Mark::Either && matches!(open, Some((Mark::Either, ..))) && !opens {
                if nested {
                    nested = false;
                    if !closes_both(text, para, i, len, before) {
                        continue;
                    }
                } else if spacey(before) && after.is_some_and(char::is_alphanumeric) {
                    nested = true;
                    continue;
                }
            }
            let closes = !opens
                && match (mark, open) {
                    (_, None) => false,
                    (Mark::Either, Some(_)) => true,
                    (Mark::CurlyClose, Some(_)) => true,
                    (Mark::CurlyOpen, Some((Mark::Low | Mark::CurlyOpen, ..))) => true,
                    (Mark::GuillemetClose, Some((Mark::GuillemetOpen, ..))) => true,
                    _ => false,
                };
            nested = false;
            if opens {
                if let Some((_, o, s)) = open.take() {
                    // The earlier quotation was never closed: it ends here.
                    push_part(&mut out, &mut carried, text, o, s, i, i, false, pi);
                }
                open = Some((mark, i, i + len));
            } else if closes && let Some((_, o, s)) = open.take() {
                push_part(&mut out, &mut carried, text, o, s, i, i + len, true, pi);
            }
        }
        if let Some((_, o, s)) = open {
            // Open at the paragraph's end: maybe continued by the next one.
            if let Some(part) = make_part(text, o, s, para.end, para.end, false, pi) {
                let mut q = carried.take().unwrap_or(Quotation { parts: Vec::new() });
                q.parts.push(part);
                pending = Some(q);
            }
        }
        if let Some(q) = carried.take() {
            out.push(q);
        }
    }
    if let Some(q) = pending {
        out.push(q);
    }
    // A letter in quote marks names a class of shares or a grade ("a
    // one-for-two bonus issue of new "B" shares"): no one's words, and no
    // quotation to take the sentence's cue.
    // Nor is a nickname inside a name (`C.J. "Pete" Silas said`).
    out.retain(|q| {
        !q.parts.iter().all(|p| {
            let w = text[p.content.clone()].trim_matches(|c: char| !c.is_alphanumeric());
            w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase())
        }) && !nickname(text, q)
    });
    out
}

/// Whether quotation `q` is one capitalised word between the words of a
/// name: a nickname (`Marion "Suge" Knight`, `C.J. "Pete" Silas`).
fn nickname(text: &str, q: &Quotation) -> bool {
    let [p] = q.parts.as_slice() else { return false };
    let word = &text[p.content.clone()];
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && word.len() >= 2
        && chars.all(char::is_lowercase);
    // A capital's word (or initials) right before, a space and a capital
    // right after. (A newswire's line may break inside the name:
    // "…,\nC.J. "Pete" Silas".)
    let before = text[..p.open]
        .strip_suffix([' ', '\n'])
        .and_then(|b| b.split(char::is_whitespace).next_back());
    let name_before = before.is_some_and(|b| {
        b.starts_with(char::is_uppercase) && b.chars().all(|c| c.is_alphabetic() || c == '.')
    });
    let after = text.get(p.end..).and_then(|a| a.strip_prefix([' ', '\n']));
    let name_after = after.is_some_and(|a| a.starts_with(char::is_uppercase));
    p.closed && capitalised && name_before && name_after
}

/// Whether the straight mark at byte `i` (`len` bytes long, after the
/// character `before`), which closes words quoted within a quotation in
/// paragraph `para`, closes the quotation too. Words quoted within may
/// close with a single mark, as newswires write them (`… the traditional
/// "kasgeldleningen'," said …`), or one mark may close both, a credit after
/// it (`… putting up "no greenmail," Gabelli said.`).
fn closes_both(
    text: &str,
    para: &Range<usize>,
    i: usize,
    len: usize,
    before: Option<char>,
) -> bool {
    let single_closed =
        text[para.start..i].trim_end_matches([',', '.', '!', '?', ';', ':']).ends_with(['\'', '’']);
    let next_word = text[i + len..para.end].split_whitespace().next().unwrap_or("");
    let credit_next = next_word.starts_with(char::is_uppercase)
        || ["he", "she", "they", "it", "said", "says"].contains(&next_word);
    single_closed || (before.is_some_and(|c| matches!(c, ',' | '.' | '!' | '?')) && credit_next)
}

/// Offsets in `s` that may start a quote mark.
fn candidates(s: &str) -> impl Iterator<Item = usize> + '_ {
    // Every mark starts with one of these bytes; `''` and `` `` `` are rare
    // enough to check with a second pass.
    // Both searches give offsets in order, and never the same one: merged
    // as they go, without collecting and sorting them per paragraph.
    let mut fancy = memchr3_iter(b'"', 0xE2, 0xC2, s.as_bytes()).peekable();
    let mut ascii = memchr::memchr2_iter(b'\'', b'`', s.as_bytes()).peekable();
    std::iter::from_fn(move || match (fancy.peek(), ascii.peek()) {
        (Some(f), Some(a)) if a < f => ascii.next(),
        (Some(_), _) => fancy.next(),
        (None, _) => ascii.next(),
    })
}

#[allow(clippy::too_many_arguments)]
fn make_part(
    text: &str,
    open: usize,
    content_start: usize,
    content_end: usize,
    end: usize,
    closed: bool,
    paragraph: usize,
) -> Option<Part> {
    let raw = text.get(content_start..content_end)?;
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    // (Marks around no word, `lives".` or `" "`, quote nothing.)
    if !trimmed.chars().any(char::is_alphanumeric) {
        return None;
    }
    let start = content_start + lead;
    Some(Part { open, content: start..start + trimmed.len(), end, closed, paragraph })
}

#[allow(clippy::too_many_arguments)]
fn push_part(
    out: &mut Vec<Quotation>,
    carried: &mut Option<Quotation>,
    text: &str,
    open: usize,
    content_start: usize,
    content_end: usize,
    end: usize,
    closed: bool,
    paragraph: usize,
) {
    let Some(part) = make_part(text, open, content_start, content_end, end, closed, paragraph)
    else {
        return;
    };
    // The first quotation of a continuing paragraph joins the carried one.
    if let Some(mut q) = carried.take() {
        q.parts.push(part);
        out.push(q);
    } else {
        out.push(Quotation { parts: vec![part] });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::split_paragraphs;

    fn quotes(t: &str) -> Vec<Vec<&str>> {
        scan(t, &split_paragraphs(t))
            .into_iter()
            .map(|q| q.parts.iter().map(|p| &t[p.content.clone()]).collect())
            .collect()
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(quotes("He said \"yes\" and “no”."), vec![vec!["yes"], vec!["no"]]);
    }

    #[test]
    fn guillemets_low_marks_and_backticks() {
        assert_eq!(
            quotes("« Oui », „Ja“, ‹ si ›, ``Yes,'' he said."),
            vec![vec!["Oui"], vec!["Ja"], vec!["si"], vec!["Yes,"]]
        );
    }

    #[test]
    fn apostrophes_never_open() {
        assert_eq!(quotes("He’s sure Putin's 'plan' fails, “he's out”."), vec![vec!["he's out"]]);
    }

    #[test]
    fn unbalanced_mark_ends_at_paragraph_end() {
        assert_eq!(
            quotes("He said \"never again.\n\nNext paragraph \"here\"."),
            vec![vec!["never again."], vec!["here"]]
        );
    }

    #[test]
    fn multi_paragraph_quotation() {
        assert_eq!(
            quotes("“First part.\n\n“Second part,” he said.\n\nNot quoted."),
            vec![vec!["First part.", "Second part,"]]
        );
    }

    #[test]
    fn two_apostrophes_as_a_mark() {
        assert_eq!(quotes("''We won,'' he said."), vec![vec!["We won,"]]);
        // An inner quotation closing with the outer one.
        assert_eq!(quotes("''They said 'no,''' he said."), vec![vec!["They said 'no,'"]]);
    }
}
