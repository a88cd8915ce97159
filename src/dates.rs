//! Stage 4a: dates, times and durations, with ISO-like values where the text tells them.

use crate::model::DateKind;
use crate::text::Range;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq)]
pub struct RawDate {
    pub range: Range,
    pub kind: DateKind,
    pub value: Option<String>,
}

const MONTHS: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
const NUMBER_WORDS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "a hundred"];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn patterns() -> &'static [(Regex, DateKind)] {
    static P: OnceLock<Vec<(Regex, DateKind)>> = OnceLock::new();
    P.get_or_init(|| {
        let num = format!(r"(?:\d+|{}|a few|several|a|an)", NUMBER_WORDS.join("|"));
        let approx = r"(?:(?:about|nearly|almost|around|roughly|some|more than|over|less than|at least|up to|the past|the last|the next)\s+)?";
        let p = |s: &str| Regex::new(s).expect("valid date pattern");
        vec![
            (p(&format!(r"\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b")), DateKind::Date),
            (p(&format!(r"\b\d{{1,2}}\s+{MONTHS}(?:\s+\d{{4}})?\b")), DateKind::Date),
            (p(&format!(r"\b{MONTHS}\s+(?:of\s+)?\d{{4}}\b")), DateKind::Date),
            (p(r"\b(?:in|since|of|from|until|by|before|after|through|early|late|mid-?|a|the|In|Since|By|Until|Through)\s+((?:19|20)\d\d)\b"), DateKind::Date),
            (p(r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"), DateKind::Time),
            (p(&format!(r"(?i:\b{approx}{num}[\s-](?:years?|decades?|months?|weeks?|days?|hours?|centuries|century)\b)")), DateKind::Duration),
            (p(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"), DateKind::Relative),
            (p(r"(?i:\b(?:today|yesterday|tomorrow|tonight|(?:last|this|next|earlier this|later this)\s+(?:week|month|year|summer|winter|spring|fall|autumn)|(?:in\s+)?recent\s+(?:days|weeks|months|years)|of late)\b)"), DateKind::Relative),
        ]
    })
}

fn month_number(s: &str) -> Option<u32> {
    let m = s.get(..3)?.to_ascii_lowercase();
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].iter().position(|x| *x == m).map(|i| i as u32 + 1)
}

fn number_value(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let lower = s.to_lowercase();
    match lower.as_str() {
        "a" | "an" => Some(1),
        "a hundred" => Some(100),
        _ => NUMBER_WORDS.iter().position(|w| *w == lower).map(|i| [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 40, 50][i]),
    }
}

/// The ISO-like value of a matched expression, where it can be told.
fn value(kind: DateKind, s: &str) -> Option<String> {
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',' || c == '-').filter(|w| !w.is_empty()).collect();
    let year = words.iter().rev().find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    match kind {
        DateKind::Date => {
            let month = words.iter().find_map(|w| month_number(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase)));
            let day = words.iter().find(|w| w.len() <= 4 && w.starts_with(|c: char| c.is_ascii_digit()) && w.trim_end_matches(char::is_alphabetic).len() <= 2);
            let day = day.and_then(|d| d.trim_end_matches(char::is_alphabetic).parse::<u32>().ok()).filter(|d| (1..=31).contains(d));
            match (year, month, day) {
                (Some(y), Some(m), Some(d)) => Some(format!("{y}-{m:02}-{d:02}")),
                (Some(y), Some(m), None) => Some(format!("{y}-{m:02}")),
                (None, Some(m), Some(d)) => Some(format!("XXXX-{m:02}-{d:02}")),
                (Some(y), None, _) => Some(y.to_string()),
                _ => None,
            }
        }
        DateKind::Duration => {
            let unit = words.last()?.to_lowercase();
            let n = words.iter().rev().skip(1).find_map(|w| number_value(w)).or_else(|| {
                let lower = s.to_lowercase();
                NUMBER_WORDS.iter().chain(["a few", "several"].iter()).find(|w| lower.contains(*w)).and_then(|w| number_value(w))
            })?;
            let (n, code) = match unit.trim_end_matches('s') {
                "year" => (n, "Y"),
                "decade" => (n * 10, "Y"),
                "centurie" | "century" => (n * 100, "Y"),
                "month" => (n, "M"),
                "week" => (n, "W"),
                "day" => (n, "D"),
                "hour" => return Some(format!("PT{n}H")),
                _ => return None,
            };
            Some(format!("P{n}{code}"))
        }
        DateKind::Relative => WEEKDAYS.iter().position(|w| *w == s).map(|i| format!("XXXX-WXX-{}", i + 1)),
        DateKind::Time => None,
    }
}

/// Every date expression in `src`, in text order, without overlaps (earlier patterns win).
pub fn extract(src: &str) -> Vec<RawDate> {
    let mut found: Vec<RawDate> = Vec::new();
    for (re, kind) in patterns() {
        for caps in re.captures_iter(src) {
            // A year after a preposition: the span is the year alone.
            let Some(m) = caps.get(1).or_else(|| caps.get(0)) else { continue };
            let range = Range::new(m.start(), m.end());
            if found.iter().any(|d| d.range.overlaps(range)) {
                continue;
            }
            found.push(RawDate { range, kind: *kind, value: value(*kind, m.as_str()) });
        }
    }
    found.sort_by_key(|d| d.range.start);
    found
}

pub fn extract_with_reference(src: &str, _reference: Option<(i32, u32, u32)>) -> Vec<RawDate> {
    extract(src)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str) -> Vec<(&str, DateKind, Option<String>)> {
        extract(s).into_iter().map(|d| (&s[d.range.start..d.range.end], d.kind, d.value)).collect()
    }

    #[test]
    fn table() {
        use DateKind::*;
        let cases: &[(&str, &[(&str, DateKind, Option<&str>)])] = &[
            ("at Tokyo, Japan, March 23, 2015.", &[("March 23, 2015", Date, Some("2015-03-23"))]),
            ("Wednesday, April 8, 2015", &[("Wednesday", Relative, Some("XXXX-WXX-3")), ("April 8, 2015", Date, Some("2015-04-08"))]),
            ("first approved in November 1978.", &[("November 1978", Date, Some("1978-11"))]),
            ("last revised in 1997.", &[("1997", Date, Some("1997"))]),
            ("the first revision in 17 years", &[("17 years", Duration, Some("P17Y"))]),
            ("in almost two decades", &[("almost two decades", Duration, Some("P20Y"))]),
            ("coming nearly 20 years since", &[("nearly 20 years", Duration, Some("P20Y"))]),
            ("a new 10-year space strategy", &[("10-year", Duration, Some("P10Y"))]),
            ("later this week, at 9 a.m.", &[("later this week", Relative, None), ("9 a.m.", Time, None)]),
            ("The F-35 costs 49,000 dollars.", &[]),
        ];
        for (input, want) in cases {
            let got = dates(input);
            let want: Vec<(&str, DateKind, Option<String>)> = want.iter().map(|(a, b, c)| (*a, *b, c.map(String::from))).collect();
            assert_eq!(got, want, "{input:?}");
        }
    }
}
