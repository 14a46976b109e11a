//! Words as the search index sees them: runs of letters and digits,
//! lowercased, with an apostrophe inside a word dropped, so "Rutte's" is
//! `ruttes` and "don't" is `dont` — found by `rutte` and `dont` alike.

/// Calls `f` with each normalised word of `s`, in order. `buf` is scratch
/// space, reused so that indexing allocates nothing per word.
pub fn for_each_word(s: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Fast path: most words are plain ASCII, already lowercase, and can be
        // handed over in place without copying.
        let start = i;
        let mut plain = true;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            plain &= !bytes[i].is_ascii_uppercase();
            i += 1;
        }
        let at_end = i == bytes.len() || !(bytes[i] >= 0x80 || is_apostrophe_byte(bytes[i]));
        if i > start && at_end {
            match s.get(start..i) {
                Some(w) if plain => f(w),
                Some(w) => {
                    buf.clear();
                    buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
                    f(buf);
                }
                None => {}
            }
            continue;
        }
        if i > start || bytes[i] >= 0x80 {
            // A word with non-ASCII letters or an apostrophe: the general path.
            i = slow_word(s, start, buf, &mut f);
        } else {
            i += 1;
        }
    }
}

/// Reads the word (or non-word char) starting at byte `start` of `s` the
/// general way, calls `f` if it is a word, and returns where it ends.
fn slow_word(s: &str, start: usize, buf: &mut String, f: &mut impl FnMut(&str)) -> usize {
    buf.clear();
    let Some(rest) = s.get(start..) else { return s.len() };
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() {
            push_lower(buf, c);
        } else if is_apostrophe(c)
            && !buf.is_empty()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric())
        {
            // Inside a word: skipped, so the word stays whole.
        } else {
            if !buf.is_empty() {
                f(buf);
                return start + at;
            }
            return start + at + c.len_utf8();
        }
    }
    if !buf.is_empty() {
        f(buf);
    }
    s.len()
}

fn is_apostrophe_byte(b: u8) -> bool {
    b == b'\''
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
        assert_eq!(words("Ünïcode café’s ÉTÉ x"), ["ünïcode", "cafés", "été", "x"]);
        assert_eq!(words("a'b' c’d’ ’e"), ["ab", "cd", "e"]);
        assert_eq!(words("MiXed up"), ["mixed", "up"]);
    }

    #[test]
    fn maps_normalised_chars_back_to_source_chars() {
        let mut seen = Vec::new();
        for_each_word_mapped("É it's", &mut String::new(), &mut Vec::new(), |w, m| {
            seen.push((w.to_string(), m.to_vec()))
        });
        assert_eq!(seen, [("é".to_string(), vec![0]), ("its".to_string(), vec![2, 3, 5])]);
    }

    proptest::proptest! {
        #[test]
        fn both_readings_agree(s in "[a-zA-Z0-9 '’éÉİß,.\\-]{0,40}") {
            let mut mapped = Vec::new();
            for_each_word_mapped(&s, &mut String::new(), &mut Vec::new(), |w, m| {
                assert_eq!(w.chars().count(), m.len());
                mapped.push(w.to_string());
            });
            proptest::prop_assert_eq!(words(&s), mapped);
        }
    }
}
