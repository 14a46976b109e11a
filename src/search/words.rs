//! Words as the search index sees them: runs of letters and digits,
//! lowercased, with an apostrophe inside a word dropped, so "Rutte's" is
//! `ruttes` and "don't" is `dont` — found by `rutte` and `dont` alike.

/// Calls `f` with each normalised word of `s`, in order. `buf` is scratch
/// space, reused so that indexing allocates nothing per word.
pub fn for_each_word(s: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    buf.clear();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            push_lower(buf, c);
        } else if is_apostrophe(c)
            && !buf.is_empty()
            && chars.peek().is_some_and(|n| n.is_alphanumeric())
        {
            // Inside a word: skipped, so the word stays whole.
        } else if !buf.is_empty() {
            f(buf);
            buf.clear();
        }
    }
    if !buf.is_empty() {
        f(buf);
        buf.clear();
    }
}

/// Like [`for_each_word`], but also hands `f` the char index in `s` of each
/// char of the normalised word (lowercasing can change the number of chars).
pub fn for_each_word_mapped(
    s: &str,
    buf: &mut String,
    map: &mut Vec<usize>,
    mut f: impl FnMut(&str, &[usize]),
) {
    buf.clear();
    map.clear();
    let mut chars = s.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let before = buf.chars().count();
            push_lower(buf, c);
            let added = buf.chars().count() - before;
            map.extend(std::iter::repeat_n(i, added));
        } else if is_apostrophe(c)
            && !buf.is_empty()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric())
        {
        } else if !buf.is_empty() {
            f(buf, map);
            buf.clear();
            map.clear();
        }
    }
    if !buf.is_empty() {
        f(buf, map);
        buf.clear();
        map.clear();
    }
}

/// The normalised words of `s`, as owned strings.
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(s, &mut String::new(), |w| out.push(w.to_string()));
    out
}

fn push_lower(buf: &mut String, c: char) {
    if c.is_ascii() {
        buf.push(c.to_ascii_lowercase());
    } else {
        buf.extend(c.to_lowercase());
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lowercases_and_keeps_contractions_whole() {
        assert_eq!(
            words("Rutte's view: we don't—\"Durable\" peace, 2025!"),
            ["ruttes", "view", "we", "dont", "durable", "peace", "2025"]
        );
        assert_eq!(words("'quoted' ''"), ["quoted"]);
    }

    #[test]
    fn maps_normalised_chars_back_to_source_chars() {
        let mut seen = Vec::new();
        for_each_word_mapped("É it's", &mut String::new(), &mut Vec::new(), |w, m| {
            seen.push((w.to_string(), m.to_vec()))
        });
        assert_eq!(seen, [("é".to_string(), vec![0]), ("its".to_string(), vec![2, 3, 5])]);
    }
}
