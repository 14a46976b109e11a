//! Trends: how many statements of a theme fall on each date, week or month.
//!
//! The bucketing rule: one period per day when the dates hold at most
//! [`MAX_DAYS`] distinct days; else one per ISO week when they span at most
//! [`MAX_WEEK_SPAN_DAYS`] days (about half a year); else one per month.

use crate::{article::Date, corpus::Corpus, themes::Theme};

/// Distinct days up to which periods are days.
pub const MAX_DAYS: usize = 12;
/// Span in days up to which periods are weeks.
pub const MAX_WEEK_SPAN_DAYS: i32 = 183;

/// The length of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    /// One period per date: `2025-02-13`.
    Day,
    /// One period per ISO week: `2025-W07`.
    Week,
    /// One period per month: `2025-02`.
    Month,
}

impl Bucket {
    /// The bucket for a set of dates, by the rule in the module docs.
    pub fn for_dates(dates: &[Date]) -> Bucket {
        let mut d: Vec<Date> = dates.to_vec();
        d.sort_unstable();
        d.dedup();
        if d.len() <= MAX_DAYS {
            return Bucket::Day;
        }
        let span = match (d.first(), d.last()) {
            (Some(a), Some(b)) => b.since(*a).map(|s| s.get_days()).unwrap_or(i32::MAX),
            _ => 0,
        };
        if span <= MAX_WEEK_SPAN_DAYS { Bucket::Week } else { Bucket::Month }
    }

    /// The key of the period holding `date`. Keys sort chronologically.
    pub fn key(self, date: Date) -> String {
        match self {
            Bucket::Day => date.to_string(),
            Bucket::Week => {
                let w = date.iso_week_date();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Bucket::Month => format!("{:04}-{:02}", date.year(), date.month()),
        }
    }

    /// A word for the period: "day", "week", "month".
    pub fn name(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        }
    }

    /// The period keys covering `dates`, in order: each distinct day for
    /// [`Bucket::Day`]; every week or month from the first to the last, gaps
    /// included, otherwise, so a chart's axis is even.
    pub fn periods(self, dates: &[Date]) -> Vec<String> {
        let mut d: Vec<Date> = dates.to_vec();
        d.sort_unstable();
        d.dedup();
        let (Some(&first), Some(&last)) = (d.first(), d.last()) else { return Vec::new() };
        let mut keys: Vec<String> = match self {
            Bucket::Day => d.iter().map(|&x| self.key(x)).collect(),
            Bucket::Week | Bucket::Month => {
                let step = if self == Bucket::Week {
                    jiff::Span::new().days(7)
                } else {
                    jiff::Span::new().months(1)
                };
                let mut at = if self == Bucket::Month { first.first_of_month() } else { first };
                let mut keys = Vec::new();
                while at <= last {
                    keys.push(self.key(at));
                    match at.checked_add(step) {
                        Ok(next) => at = next,
                        Err(_) => break,
                    }
                }
                keys.push(self.key(last));
                keys
            }
        };
        keys.dedup();
        keys
    }
}

/// The distinct dates of the corpus's articles, ascending.
pub fn corpus_dates(corpus: &Corpus) -> Vec<Date> {
    let mut d: Vec<Date> = corpus.articles.iter().filter_map(|a| a.date).collect();
    d.sort_unstable();
    d.dedup();
    d
}

/// Statements of `theme` per period, over every period of the corpus's
/// dates (zeros included, so themes share one axis). Undated statements are
/// left out.
pub fn trend(corpus: &Corpus, theme: &Theme, bucket: Bucket) -> Vec<(String, usize)> {
    let mut periods: Vec<(String, usize)> =
        bucket.periods(&corpus_dates(corpus)).into_iter().map(|k| (k, 0)).collect();
    for i in theme.statement_indexes() {
        let Some(date) = corpus
            .statements
            .get(i)
            .and_then(|s| corpus.articles.get(s.article))
            .and_then(|a| a.date)
        else {
            continue;
        };
        let key = bucket.key(date);
        if let Ok(p) = periods.binary_search_by(|(k, _)| k.as_str().cmp(key.as_str())) {
            periods[p].1 += 1;
        }
    }
    periods
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn few_days_are_days_a_season_is_weeks_a_year_is_months() {
        let days: Vec<Date> = (1..=10).map(|d| date(2025, 2, d)).collect();
        assert_eq!(Bucket::for_dates(&days), Bucket::Day);
        let season: Vec<Date> = (1..=28).map(|d| date(2025, 3, d)).collect();
        assert_eq!(Bucket::for_dates(&season), Bucket::Week);
        let year: Vec<Date> = (1..=12).flat_map(|m| [date(2025, m, 1), date(2025, m, 2)]).collect();
        assert_eq!(Bucket::for_dates(&year), Bucket::Month);
    }

    #[test]
    fn periods_fill_gaps_for_weeks_and_months() {
        let d = [date(2025, 1, 31), date(2025, 4, 1)];
        assert_eq!(Bucket::Month.periods(&d), ["2025-01", "2025-02", "2025-03", "2025-04"]);
        let w = Bucket::Week.periods(&[date(2024, 12, 30), date(2025, 1, 14)]);
        assert_eq!(w, ["2025-W01", "2025-W02", "2025-W03"]);
        assert_eq!(
            Bucket::Day.periods(&[date(2025, 2, 13), date(2025, 2, 1)]),
            ["2025-02-01", "2025-02-13"]
        );
    }
}
