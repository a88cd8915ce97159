//! Stage 4b: quantities. Numbers with what they count ("about 49,000 American troops" →
//! 49000 troops, approximate), skipping numbers that belong to dates, names or model codes.

use crate::text::Range;
use regex_automata::Input;

#[derive(Clone, Debug, PartialEq)]
pub struct RawQuantity {
    pub range: Range,
    pub value: f64,
    pub unit: Option<String>,
    pub approx: bool,
}

/// The quantity pattern, which [`crate::patterns`] compiles: an approximator, a currency, the
/// number, its scale, a percent sign or word. (Its parts are told apart by [`parts`], a DFA
/// knowing only where a match starts and ends.)
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn pattern_source() -> String {
    r"(?x)
    (?P<approx>(?-u:\b)(?:about|around|roughly|approximately|nearly|almost|some|over|more\ than|less\ than|fewer\ than|up\ to|at\ least|an\ estimated|close\ to|About|Around|Roughly|Nearly|Almost|Some|Over|More\ than)\s+)?
    (?P<cur>US\$|\$|€|£|¥)?
    (?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)
    (?P<scale>\s+(?:thousand|million|billion|trillion)(?-u:\b))?
    (?P<pct>\s*%|\s+percent(?-u:\b)|\s+per\ cent(?-u:\b))?"
        .replace(r"\s", WHITE_SPACE)
}

fn pattern() -> &'static crate::patterns::Pattern {
    let all = crate::patterns::all();
    &all[all.len() - 1]
}

/// The parts of a match of the quantity pattern, as its groups would capture them.
#[derive(Debug, PartialEq)]
struct Parts<'a> {
    approx: bool,
    cur: Option<&'a str>,
    num: Range,
    scale: Option<&'a str>,
    pct: bool,
}

/// Reads a match `[start, end)` of the quantity pattern into its parts, taking the choices
/// its leftmost-first search takes: each optional part when it is there, the number with
/// thousands separators when it has them, each repetition as long as it goes.
fn parts(src: &str, start: usize, end: usize) -> Parts<'_> {
    let b = &src.as_bytes()[..end];
    let currency = |at: usize| ["US$", "$", "€", "£", "¥"].into_iter().find(|c| src[at..end].starts_with(c));
    // The approximator's words hold no digit or currency sign: the first of them ends it.
    let mut at = start;
    while at < end && !b[at].is_ascii_digit() && (!src.is_char_boundary(at) || currency(at).is_none()) {
        at += 1;
    }
    let approx = at > start;
    let cur = if b.get(at).is_some_and(u8::is_ascii_digit) { None } else { currency(at) };
    at += cur.map_or(0, str::len);
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let num_start = at;
    let lead = digits(at);
    let grouped = |from: usize| b.get(from) == Some(&b',') && digits(from + 1) >= 3;
    if (1..=3).contains(&lead) && grouped(at + lead) {
        at += lead;
        while grouped(at) {
            at += 4;
        }
    } else {
        at += lead;
    }
    if b.get(at) == Some(&b'.') && digits(at + 1) > 0 {
        at += 1 + digits(at + 1);
    }
    let num = Range::new(num_start, at);
    let rest = &src[at..end];
    let spaced = rest.trim_start_matches(|c: char| c.is_whitespace());
    let scale = ["thousand", "million", "billion", "trillion"].into_iter().find(|w| spaced.len() < rest.len() && spaced.starts_with(w));
    let after_scale = scale.map_or(rest, |w| &spaced[w.len()..]);
    Parts { approx, cur, num, scale, pct: !after_scale.is_empty() }
}

/// Unicode's White_Space, what `\s` matches in a Unicode regex, written out (a test checks it
/// against Rust's `char::is_whitespace`).
#[cfg(all(test, not(target_arch = "wasm32")))]
const WHITE_SPACE: &str = r"[\t\n\x0B\f\r\x20\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]";

const UNIT_STOP: &[&str] =
    &["and", "or", "the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "by", "with", "is", "are", "was", "were", "that", "than", "as", "since", "ago"];

/// The unit: the first lowercase word after the number, past capitalised modifiers
/// ("American", "U.S.") — "49,000 American troops" → "troops".
fn unit_after(src: &str, from: usize) -> Option<String> {
    // The next few words lie in the next 256 bytes (else they are no unit), so that a long
    // run of text with no space costs nothing per number.
    let mut to = src.len().min(from + 256);
    while !src.is_char_boundary(to) {
        to -= 1;
    }
    let rest = &src[from..to];
    let mut skipped = 0;
    for w in rest.split_whitespace().take(4) {
        let w = w.trim_end_matches([',', '.', ';', ':', ')', '”', '"', '’', '\'']);
        if w.is_empty() {
            return None;
        }
        if w.chars().next().is_some_and(char::is_uppercase) && skipped < 2 {
            skipped += 1;
            continue;
        }
        if w.chars().all(|c| c.is_alphabetic() || c == '-') && !UNIT_STOP.contains(&w) {
            return Some(w.to_lowercase());
        }
        return None;
    }
    None
}

/// Every quantity in `src`, outside the given date ranges.
pub fn extract(src: &str, dates: &[Range]) -> Vec<RawQuantity> {
    // The text the dates cover, as ordered disjoint ranges, so that a number is checked
    // against them by search.
    let mut sorted = dates.to_vec();
    crate::order::sort_by_key(&mut sorted, |d| d.start);
    let mut covered: Vec<Range> = Vec::with_capacity(sorted.len());
    for d in sorted {
        match covered.last_mut() {
            Some(last) if d.start < last.end => last.end = last.end.max(d.end),
            _ => covered.push(d),
        }
    }
    let mut out = Vec::new();
    let mut search_from = 0;
    while let Some(range) = crate::patterns::find(pattern(), &Input::new(src).range(search_from..)) {
        search_from = range.end;
        if range.is_empty() {
            break; // never: a match holds a digit
        }
        let c = parts(src, range.start, range.end);
        let number = c.num;
        let num = &src[number.start..number.end];
        let next = covered.partition_point(|d| d.end <= number.start);
        if covered.get(next).is_some_and(|d| d.overlaps(number)) {
            continue;
        }
        // Part of a code or name: F-35, MQ-9, 2+2, 7th, A330.
        let before = src[..number.start].chars().next_back();
        let after = src[number.end..].chars().next();
        if before.is_some_and(|b| b.is_alphanumeric() || matches!(b, '-' | '+' | '/' | '.' | ','))
            || after.is_some_and(|a| a.is_alphanumeric() || matches!(a, '+' | '/') || a == '-' && !c.pct)
        {
            continue;
        }
        // A numbered thing, not an amount: "Article 9", "No. 10", "Resolution 2231".
        // Looked for in the 64 bytes before (longer than any word listed), so that a long
        // run of text with no space costs nothing per number.
        let mut from = range.start.saturating_sub(64);
        while !src.is_char_boundary(from) {
            from += 1;
        }
        let prev_word = src[from..range.start].split_whitespace().next_back().unwrap_or("");
        if !c.approx
            && matches!(prev_word, "Article" | "No." | "Section" | "Chapter" | "Resolution" | "Amendment" | "Route" | "Flight" | "Room" | "Title" | "Proposition" | "Highway")
        {
            continue;
        }
        let Ok(mut value) = num.replace(',', "").parse::<f64>() else { continue };
        if let Some(s) = c.scale {
            value *= match s {
                "thousand" => 1e3,
                "million" => 1e6,
                "billion" => 1e9,
                _ => 1e12,
            };
        }
        // Digits past what a float holds ("999…" over 300 digits): no amount anyone states,
        // and JSON has no infinity.
        if !value.is_finite() {
            continue;
        }
        let unit = if c.pct {
            Some("percent".to_string())
        } else if let Some(cur) = c.cur {
            Some(
                match cur {
                    "€" => "EUR",
                    "£" => "GBP",
                    "¥" => "JPY",
                    _ => "USD",
                }
                .to_string(),
            )
        } else {
            unit_after(src, range.end)
        };
        out.push(RawQuantity { range, value, unit, approx: c.approx });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Vec<(&str, f64, Option<String>, bool)> {
        extract(s, &[]).into_iter().map(|q| (&s[q.range.start..q.range.end], q.value, q.unit, q.approx)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, f64, Option<&str>, bool)])] = &[
            ("there are about 49,000 American troops based there.", &[("about 49,000", 49000.0, Some("troops"), true)]),
            ("About 50,000 U.S. troops are stationed in Japan.", &[("About 50,000", 50000.0, Some("troops"), true)]),
            ("a $5.5 billion deal", &[("$5.5 billion", 5.5e9, Some("USD"), false)]),
            ("up 12% from", &[("12%", 12.0, Some("percent"), false)]),
            ("the F-35 and MQ-9 drones in the 2+2 talks and the 7th Fleet", &[]),
            ("reinterpreting Article 9 of the constitution", &[]),
            // Word boundaries are ASCII: a curly quote or an accent beside them changes nothing.
            ("“about 49,000 troops”, café", &[("about 49,000", 49000.0, Some("troops"), true)]),
            // Any Unicode space between the words: no-break, thin, ideographic.
            ("nearly\u{a0}3.2\u{2009}million people", &[("nearly\u{a0}3.2\u{2009}million", 3.2e6, Some("people"), true)]),
            ("up 12\u{202f}% and 40\u{3000}percent", &[("12\u{202f}%", 12.0, Some("percent"), false), ("40\u{3000}percent", 40.0, Some("percent"), false)]),
        ];
        for (input, want) in cases {
            let want: Vec<(&str, f64, Option<String>, bool)> = want.iter().map(|(a, b, c, d)| (*a, *b, c.map(String::from), *d)).collect();
            assert_eq!(q(input), want, "{input:?}");
        }
    }

    /// What [`parts`] reads from a match is what the pattern's groups capture (the `regex`
    /// crate's captures, the same pattern), on every string of up to three pieces.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn parts_are_what_the_groups_capture() {
        let re = regex::Regex::new(&pattern_source()).expect("valid pattern");
        let pieces = [
            "about ",
            "More than ",
            "some",
            "up to\u{a0}",
            " ",
            "\u{2009}",
            "US$",
            "$",
            "€",
            "1",
            "12",
            "1234",
            ",",
            ",000",
            ".",
            ".5",
            " thousand",
            " thousands",
            " million",
            "%",
            " %",
            " percent",
            " per cent",
            " percentage",
            "x",
            "-",
            "é",
        ];
        let mut inputs = vec![String::new()];
        for _ in 0..3 {
            inputs = inputs.iter().flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}"))).collect();
            for input in &inputs {
                let want: Vec<(usize, usize, Parts)> = re
                    .captures_iter(input)
                    .map(|c| {
                        let whole = c.get(0).expect("a match");
                        let num = c.name("num").expect("a number");
                        let parts = Parts {
                            approx: c.name("approx").is_some(),
                            cur: c.name("cur").map(|m| m.as_str()),
                            num: Range::new(num.start(), num.end()),
                            scale: c.name("scale").map(|m| m.as_str().trim_start_matches(char::is_whitespace)),
                            pct: c.name("pct").is_some(),
                        };
                        (whole.start(), whole.end(), parts)
                    })
                    .collect();
                let mut got = Vec::new();
                let mut at = 0;
                while let Some(m) = crate::patterns::find(pattern(), &Input::new(input.as_str()).range(at..)) {
                    got.push((m.start, m.end, parts(input, m.start, m.end)));
                    at = m.end;
                }
                assert_eq!(got, want, "{input:?}");
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_white_space_class_is_unicode_white_space() {
        let class = regex::Regex::new(&format!("^{WHITE_SPACE}$")).expect("valid class");
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(class.is_match(c.encode_utf8(&mut [0; 4])), c.is_whitespace(), "{:?}", c);
        }
    }

    #[test]
    fn numbers_inside_dates_are_not_amounts_whatever_order_the_dates_come_in() {
        let s = "On May 5, 1998, 300 people and 2,000 more came in 1999.";
        let dates = [Range::new(50, 54), Range::new(3, 14), Range::new(8, 9)];
        let found: Vec<&str> = extract(s, &dates).iter().map(|q| &s[q.range.start..q.range.end]).collect();
        assert_eq!(found, ["300", "2,000"]);
    }
}
