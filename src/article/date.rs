use super::Date;

/// Reads a publication date in the shapes news comes with: `2025-02-13`,
/// RFC 3339 (`2025-02-13T20:27:00+02:00`), `2025-02-13 20:27:00`,
/// `2025/02/13`, `13.02.2025`, `Feb 13, 2025`, `February 13 2025`,
/// `13 February 2025` and `Thu, 13 Feb 2025 20:27:00 +0000`.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    // ISO first: a date, possibly followed by a time (`T` or space).
    if s.len() >= 10 && s.is_char_boundary(10) {
        let head = &s[..10].replace('/', "-");
        if let Ok(d) = head.parse::<Date>() {
            let rest = &s[10..];
            if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
                return Some(d);
            }
        }
    }
    if let Some(d) = day_month_year_dotted(s) {
        return Some(d);
    }
    // Drop a leading weekday ("Thu, ") and anything after the year.
    let cleaned = s.replace(',', " ");
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.first().is_some_and(|w| weekday(w)) {
        words.remove(0);
    }
    if words.len() < 3 {
        return None;
    }
    let (a, b, c) = (words[0], words[1], words[2]);
    let year = |w: &str| w.parse::<i16>().ok().filter(|y| (1000..=9999).contains(y));
    let day = |w: &str| {
        w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<i8>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    // "Feb 13 2025" or "13 Feb 2025".
    let (m, d, y) = if let (Some(m), Some(d), Some(y)) = (month(a), day(b), year(c)) {
        (m, d, y)
    } else if let (Some(d), Some(m), Some(y)) = (day(a), month(b), year(c)) {
        (m, d, y)
    } else {
        return None;
    };
    Date::new(y, m, d).ok()
}

/// `13.02.2025` (day first, as in European wire stamps).
fn day_month_year_dotted(s: &str) -> Option<Date> {
    let token = s.split_whitespace().next()?;
    let mut parts = token.split('.');
    let d: i8 = parts.next()?.parse().ok()?;
    let m: i8 = parts.next()?.parse().ok()?;
    let y_str = parts.next()?;
    if parts.next().is_some() || y_str.len() != 4 {
        return None;
    }
    Date::new(y_str.parse().ok()?, m, d).ok()
}

fn month(w: &str) -> Option<i8> {
    const MONTHS: [&str; 12] =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| w.starts_with(m))?;
    // "Sept" and full names are fine; "marchx" is not a month.
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    (FULL[i].starts_with(w.as_str()) || w == "sept").then_some(i as i8 + 1)
}

fn weekday(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']).to_ascii_lowercase();
    w.len() >= 3
        && ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            .iter()
            .any(|d| d.starts_with(w.as_str()))
}

/// A `YYYY-MM-DD` date inside a file name (`breitbart_2016-03-11_slug.txt`).
pub fn date_in_file_name(name: &str) -> Option<Date> {
    let b = name.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let shape = w.iter().enumerate().all(|(j, c)| match j {
            4 | 7 => *c == b'-' || *c == b'_',
            _ => c.is_ascii_digit(),
        });
        let bounded = i == 0 || !b[i - 1].is_ascii_digit();
        let after = b.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
        if !(shape && bounded && after) {
            return None;
        }
        std::str::from_utf8(w).ok()?.replace('_', "-").parse::<Date>().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        parse_date(s).map(|d| d.to_string()).unwrap_or_default()
    }

    #[test]
    fn shapes_news_dates_come_in() {
        for s in [
            "2025-02-13",
            "2025-02-13T20:27:00+02:00",
            "2025-02-13 20:27:00",
            "2025/02/13",
            "13.02.2025",
            "Feb 13, 2025",
            "February 13 2025",
            "13 February 2025",
            "Thu, 13 Feb 2025 20:27:00 +0000",
            "Thursday, February 13th, 2025",
        ] {
            assert_eq!(d(s), "2025-02-13", "{s}");
        }
    }

    #[test]
    fn rejects_nonsense() {
        for s in ["", "yesterday", "2025-13-45", "32.01.2025", "Marchx 3 2020", "3 min read"] {
            assert_eq!(d(s), "", "{s}");
        }
    }

    #[test]
    fn finds_dates_in_file_names() {
        let got = date_in_file_name("breitbart_2016-03-11_slug.txt").map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some("2016-03-11"));
        assert!(date_in_file_name("x12016-03-11.txt").is_none());
        assert!(date_in_file_name("2016-99-11.txt").is_none());
    }
}
