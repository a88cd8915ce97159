//! Stage 4a: dates, times and durations, with ISO-like values where the text tells them.
//!
//! What counts is what TimeML's TIMEX3 annotates in news (TimeBank): calendar dates and their
//! parts (months, years, decades, seasons, quarters, holidays), weekdays, clock times,
//! durations ("nearly 20 years", "10-year"), and the relative expressions news is full of
//! ("last year", "the third quarter", "two weeks ago", "now", "recent years"). Each rule
//! below matches one family; where matches overlap the leftmost, then the longest, wins.
//!
//! Values are ISO 8601-like: `2015-04-27`, `1998-11`, `1997`, `199` (the 1990s), `1998-Q3`,
//! `FY1989`, `XXXX-WXX-1` (a Monday), `P20Y`, `PT5H`, `PXY` (some years), and TimeML's
//! `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` for "now", "recently", "the future". Expressions
//! relative to the moment of writing ("Monday", "yesterday", "last year", "two years ago")
//! get a calendar value only when a reference date is known: see [`extract_with_reference`].

use crate::model::DateKind;
use crate::patterns::Pattern;
use crate::text::Range;
use regex_automata::Input;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq)]
pub struct RawDate {
    pub range: Range,
    pub kind: DateKind,
    pub value: Option<String>,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
const MONTHS: &str =
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
/// Month names that are dates even standing alone ("May" and "March" are also a verb and a
/// noun, abbreviations need their day).
#[cfg(all(test, not(target_arch = "wasm32")))]
const LONE_MONTHS: &str = r"(?:January|February|April|June|July|August|September|October|November|December)";
pub(crate) const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SMALL_NUMBERS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

/// The pieces the rules are written with, as `%NAME%` placeholders.
#[cfg(all(test, not(target_arch = "wasm32")))]
fn expand(pattern: &str) -> String {
    let num_word = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|hundreds\s+of|a\s+dozen|dozens\s+of|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few|several|many|some|half\s+an?|a\s+half|an?)";
    let num_digits = r"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|\d/\d)";
    let num = format!(r"(?:(?:{num_digits}|{num_word})(?:\s+(?:to|or|and)\s+(?:{num_digits}|{num_word})|-(?:{num_digits}))?)");
    // Words that modify a unit of time: determiners, approximators, position and reference.
    let modifier = r"(?:(?:this|last|next)\s+year's|the|this|that|these|those|its|their|his|her|our|about|around|nearly|almost|roughly|approximately|some|more\s+than|over|less\s+than|under|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|only|just|another|an\s+additional|additional|past|last|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|previous|preceding|following|succeeding|subsequent|latest|current|recent|full|entire|whole|remaining|same|fiscal|comparable|corresponding|year-ago|year-earlier|prior|early|earlier|late|later|mid|future|the\s+(?:end|beginning|start|middle|rest|course|turn)\s+of|\d{1,2}(?:st|nd|rd|th)|(?:1[5-9]|20)\d\d)";
    // Words that only stand right before the unit: "two more weeks", "the coming months".
    let adjective = format!(r"(?:{modifier}|coming|more|trading|business|calendar|straight|consecutive|long)");
    let unit = r"(?:years?|months?|weeks?|days?|decades?|century|centuries|quarters?|half|halves|weekends?|fortnights?|semesters?|hours?|minutes?|seconds|periods?)";
    let pattern = pattern
        .replace("%MONTH%", MONTHS)
        .replace("%LONEMONTH%", LONE_MONTHS)
        .replace("%WEEKDAY%", r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
        .replace("%YEAR%", r"(?:1[5-9]\d\d|20\d\d)")
        .replace("%SPELLEDYEAR%", r"(?:(?:nineteen|twenty)[\s-]+(?:hundred|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?))")
        .replace("%ORDINAL%", r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[\s-]+first)")
        .replace("%MODIFIER%", modifier)
        .replace("%ADJECTIVE%", &adjective)
        .replace("%NUM%", &num)
        .replace("%UNIT%", unit)
        .replace("%PARTOFDAY%", r"(?:morning|afternoon|evening|night)")
        .replace("%ZONE%", r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|local\s+time)")
        // ASCII digits: the values are read from them.
        .replace(r"\d", "[0-9]")
        // A curly apostrophe as a literal, not in a class (a class with a character beyond
        // ASCII is compiled through UTF-8 ranges).
        .replace("['’]", "(?:'|’)");
    // ASCII all through: ASCII word boundaries (every word the rules name is ASCII, and a
    // DFA cannot search with Unicode ones), ASCII case folding, and ASCII white space, the
    // text's other spaces being made ASCII spaces before the search (see `ascii_spaces`).
    // Unicode classes and folding would also make the compiled DFAs many times larger.
    format!("(?-u:{pattern})")
}

/// `src` with every white space character beyond ASCII (no-break spaces, thin spaces, …)
/// made one ASCII space, for the rules' ASCII `\s`; and, for each such character, where the
/// space stands in the copy and how many bytes the copy has lost up to it, to put what is
/// found back at the text's own offsets ([`original_offset`]).
fn ascii_spaces(src: &str) -> (std::borrow::Cow<'_, str>, Vec<(usize, usize)>) {
    if src.is_ascii() || !src.chars().any(|c| !c.is_ascii() && c.is_whitespace()) {
        return (std::borrow::Cow::Borrowed(src), Vec::new());
    }
    let mut out = String::with_capacity(src.len());
    let mut shifts = Vec::new();
    let mut lost = 0;
    for c in src.chars() {
        if !c.is_ascii() && c.is_whitespace() {
            lost += c.len_utf8() - 1;
            shifts.push((out.len(), lost));
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    (std::borrow::Cow::Owned(out), shifts)
}

/// The offset in the original text of offset `at` in [`ascii_spaces`]'s copy.
fn original_offset(at: usize, shifts: &[(usize, usize)]) -> usize {
    match shifts.partition_point(|(space, _)| *space < at) {
        0 => at,
        k => at + shifts[k - 1].1,
    }
}

/// What a rule matches, which decides the kind, the value and the checks on its context.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    /// A clock time: "3 p.m.", "10:35 a.m. EST", "noon".
    Time,
    /// A date with a day or a year: "March 23, 2015", "8 April", "November 1978", "1998-01-08".
    Calendar,
    /// A month alone, maybe placed: "January", "late November", "last May".
    Month,
    /// A year: "1997", "fiscal 1989", "mid-1996", "nineteen ninety-six".
    Year,
    /// "the 1990s", "the late '70s", "the nineties".
    Decade,
    /// "the 20th century".
    Century,
    Weekday,
    Holiday,
    Season,
    /// "now", "today", "yesterday", "recently", "the future", "last night".
    Deictic,
    /// Everything built on a unit of time: "two years", "last week", "the third quarter", "a
    /// year ago", "recent months", "the 1988 period".
    Unit,
}

struct Rule {
    re: &'static Pattern,
    shape: Shape,
    /// The trigger bits that every match contains: text without them is not searched.
    needs: u32,
    /// Whether the date is the match without its first word ("in May": "May"): the rule's
    /// `d` group, which a DFA does not report.
    after_first_word: bool,
}

/// Each rule with the trigger bits that all its matches contain (see `triggers`).
const TABLE: &[(&str, Shape, u32)] = &[
    // Clock times: "3 p.m.", "10:35 a.m. EST", "4 in the morning", "noon".
    (
        r"(?i:\b(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?)\b\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.\s?m\b\.?|[ap]m\b|[AP]M\b|[AP]\.M\.)(?:\s+%ZONE%\b)?",
        Shape::Time,
        DIGIT,
    ),
    (
        r"(?i:\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock|\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)\b)",
        Shape::Time,
        CLOCK,
    ),
    (r"(?i:\b(?:noon|midnight|midday|mid[\s-]?morning|mid[\s-]?afternoon)\b)", Shape::Time, NOON),
    // Calendar dates: "March 23, 2015", "8 April", "March eighth", "November 1978",
    // "January nineteen ninety-seven", "1998-01-08", "4/27/2015".
    (r"\b%MONTH%\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?i:the\s+)?(?i:%ORDINAL%)\b)(?:,?\s+%YEAR%\b)?", Shape::Calendar, MONTH),
    (r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?%MONTH%(?:,?\s+%YEAR%)?\b", Shape::Calendar, DIGIT | MONTH),
    (r"\b%MONTH%,?\s+(?:of\s+)?(?:%YEAR%\b|(?i:%SPELLEDYEAR%)\b)", Shape::Calendar, MONTH),
    (r"\b%YEAR%-[01]\d-[0-3]\d\b", Shape::Calendar, DIGIT),
    (r"\b[01]?\d/[0-3]?\d/(?:%YEAR%|\d\d)\b", Shape::Calendar, DIGIT),
    // Months alone: "January", "late November", "the end of June", "last May"; "May" and
    // "March" only after a preposition or a modifier ("in May", "early March").
    (
        r"(?i:\b(?:(?:early|late|mid|the\s+(?:middle|end|beginning|start|first\s+half|second\s+half|rest|first\s+week|last\s+week)\s+of|last|this|next|this\s+past|this\s+coming)[\s-]+)*)\b%LONEMONTH%\b(?i:,?\s+(?:this|last|next)\s+year\b)?",
        Shape::Month,
        MONTH,
    ),
    (
        r"(?i:\b(?:in|since|until|till|by|from|through|during|before|after|of|to)\s+)(?P<d>(?i:(?:early|late|mid|last|next|this|this\s+past)[\s-]+)*(?:May|March)(?i:,?\s+(?:this|last|next)\s+year)?)\b",
        Shape::Month,
        MONTH,
    ),
    (r"(?i:\b(?:early|late|mid|last|next|this|this\s+past)[\s-]+)+(?:May|March)\b(?i:,?\s+(?:this|last|next)\s+year\b)?", Shape::Month, MONTH),
    // Decades and centuries: "the 1990s", "the late '70s", "the nineties", "the 20th
    // century".
    (r"(?i:(?:\bthe\s+)?(?:\b(?:early|late|mid)[\s-]+)?)(?:\b(?:1[5-9]|20)\d0|['’]\d0)['’]?s\b", Shape::Decade, DIGIT),
    (r"(?i:\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)", Shape::Decade, DECADE),
    (r"(?i:\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)|%ORDINAL%)[\s-]+century\b)", Shape::Century, CENTURY),
    // Years: "1997", "fiscal 1989", "mid-1996", "nineteen ninety-six", "the year two thousand".
    (r"(?i:(?:\b(?:mid|post|pre)-|\bfiscal\s+(?:year\s+)?|\b(?:early|late)\s+)?)\b%YEAR%\b", Shape::Year, DIGIT),
    (r"(?i:\b(?:the\s+year\s+)?%SPELLEDYEAR%\b|\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?\b)", Shape::Year, SPELLED),
    // Weekdays: "Friday", "late Tuesday", "last Sunday", "Wednesday night".
    (
        r"(?i:\b(?:(?:early|late|earlier|later|last|next|this|this\s+coming|this\s+past|the\s+previous|the\s+following|the\s+next|midnight|noon)\s+)?)\b%WEEKDAY%\b(?:,?\s+%PARTOFDAY%\b)?",
        Shape::Weekday,
        WEEKDAY,
    ),
    // Holidays and seasons: "Thanksgiving", "Christmas Eve", "last fall", "the summer of 1996".
    (
        r"(?i:\b(?:(?:last|this|next)\s+)?)\b(?:Christmas|Thanksgiving|Easter|Hanukkah|Ramadan|Passover|Yom Kippur|Halloween|New Year's|Independence Day|Labor Day|Memorial Day|Election Day|Veterans Day|Valentine's Day|Mother's Day|Father's Day|Good Friday|Boxing Day)(?:\s+(?:Day|Eve|week|weekend|holidays?|season))?\b",
        Shape::Holiday,
        HOLIDAY,
    ),
    (
        r"(?i:\b(?:(?:this|last|next|early|late|mid|the|this\s+past|this\s+coming|the\s+coming|the\s+past)[\s-]+)*(?:spring|summer|fall|autumn|winter)\b(?:\s+of\s+(?:%YEAR%|%SPELLEDYEAR%)\b)?)",
        Shape::Season,
        SEASON,
    ),
    // Words for the moment of writing and around it: "now", "yesterday", "this morning",
    // "recently", "the future".
    (
        r"(?i:\b(?:(?:early|late|earlier|later|mid-?morning|mid-?afternoon|right|just)\s+)?(?:(?:yesterday|tomorrow|today)\s+%PARTOFDAY%|today|yesterday|tomorrow|tonight|now|currently|nowadays|recently|lately|of\s+late|these\s+days|last\s+night|this\s+%PARTOFDAY%|(?:that|the\s+(?:next|following|previous|same)|that\s+same)\s+%PARTOFDAY%|the\s+(?:(?:near|foreseeable|distant|immediate)\s+)?future|the\s+(?:near|short|long)\s+term|the\s+past)\b)",
        Shape::Deictic,
        DEICTIC,
    ),
    // Units of time with what counts, places or measures them: "two years", "nearly 20
    // years", "10-year", "last week", "the past three months", "a year ago", "the third
    // quarter", "the year-ago period", "weeks or months".
    (
        r"(?i:\b(?:%MODIFIER%[\s-]+)*(?:%NUM%[\s-]+)?(?:%ADJECTIVE%[\s-]+)*%UNIT%\b(?:[\s-]+(?:ago|earlier|later|before|end|from\s+now|or\s+so|or\s+more|or\s+longer|or\s+less|or\s+two|or\s+three|and\s+a\s+half|in\s+a\s+row|running|of\s+(?:%YEAR%|fiscal\s+%YEAR%|the\s+year)|(?:or|and)\s+%UNIT%)\b)?)",
        Shape::Unit,
        UNIT,
    ),
];

/// How many rules there are: the first patterns of [`crate::patterns::all`].
pub(crate) const RULES: usize = TABLE.len();

/// The rules' patterns, with their pieces put in, as [`crate::patterns`] compiles them.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn pattern_sources() -> Vec<String> {
    TABLE.iter().map(|(p, _, _)| expand(p)).collect()
}

fn rules() -> &'static [Rule] {
    static R: OnceLock<Vec<Rule>> = OnceLock::new();
    R.get_or_init(|| {
        TABLE.iter().zip(crate::patterns::all()).map(|((p, shape, needs), re)| Rule { re, shape: *shape, needs: *needs, after_first_word: p.contains("(?P<d>") }).collect()
    })
}

impl Rule {
    /// The date in a match `m` of this rule: the whole match, or for a rule with a `d` group
    /// what follows its leading word (a preposition) and the spaces after it.
    fn date_in(&self, src: &str, m: Range) -> Range {
        if !self.after_first_word {
            return m;
        }
        let b = src.as_bytes();
        let mut at = m.start;
        while at < m.end && b[at].is_ascii_alphabetic() {
            at += 1;
        }
        // (`\s` without Unicode: the ASCII white space and the vertical tab.)
        while at < m.end && (b[at].is_ascii_whitespace() || b[at] == 0x0b) {
            at += 1;
        }
        Range::new(at, m.end)
    }
}

// Trigger bits: what every match of a rule contains, so that a rule need not search text
// without it. DIGIT is any decimal digit; the others are words of the rules, compared in
// lowercase (a superset of what the rules accept in any case).
const DIGIT: u32 = 1;
const MONTH: u32 = 1 << 1;
const WEEKDAY: u32 = 1 << 2;
const CLOCK: u32 = 1 << 3;
const NOON: u32 = 1 << 4;
const DECADE: u32 = 1 << 5;
const CENTURY: u32 = 1 << 6;
const SPELLED: u32 = 1 << 7;
const HOLIDAY: u32 = 1 << 8;
const SEASON: u32 = 1 << 9;
const DEICTIC: u32 = 1 << 10;
const UNIT: u32 = 1 << 11;

/// The words that set a trigger bit. A rule's words stand between non-letters in every match
/// (spaces, hyphens, apostrophes, word boundaries), so a match holds each as a whole run of
/// letters: "Sept." holds "sept", "o'clock" holds "clock", "mid-morning" holds "morning".
const TRIGGERS: &[(&[&str], u32)] = &[
    (&["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august"], MONTH),
    (&["sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"], MONTH),
    (&["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], WEEKDAY),
    (&["clock", "morning", "afternoon", "evening", "night"], CLOCK),
    (&["noon", "midnight", "midday", "midmorning", "midafternoon", "morning", "afternoon"], NOON),
    (&["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], DECADE),
    (&["century"], CENTURY),
    (&["nineteen", "twenty", "thousand"], SPELLED),
    // One word of each holiday's name: "Yom Kippur", "New Year's", "Valentine's Day", "Good Friday".
    (&["christmas", "thanksgiving", "easter", "hanukkah", "ramadan", "passover", "kippur", "halloween", "year", "independence", "labor"], HOLIDAY),
    (&["memorial", "election", "veterans", "valentine", "mother", "father", "friday", "boxing"], HOLIDAY),
    (&["spring", "summer", "fall", "autumn", "winter"], SEASON),
    (&["today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "recently", "lately", "late", "days"], DEICTIC),
    (&["night", "morning", "afternoon", "evening", "future", "term", "past"], DEICTIC),
    (&["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "centuries", "quarter", "quarters"], UNIT),
    (&["half", "halves", "weekend", "weekends", "fortnight", "fortnights", "semester", "semesters", "hour", "hours", "minute", "minutes"], UNIT),
    (&["seconds", "period", "periods"], UNIT),
];

/// The longest trigger word, in bytes.
const LONGEST_TRIGGER: usize = 12;

/// The trigger words by their bytes (zero-padded to 16, as one number), in a small
/// open-addressing table: the lookup is made for every word of every document.
struct TriggerTable {
    keys: Vec<u128>,
    bits: Vec<u32>,
}

impl TriggerTable {
    const SLOTS: usize = 512;

    fn slot(key: u128) -> usize {
        ((key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 55) as usize
    }

    fn get() -> &'static TriggerTable {
        static T: OnceLock<TriggerTable> = OnceLock::new();
        T.get_or_init(|| {
            let mut t = TriggerTable { keys: vec![0; Self::SLOTS], bits: vec![0; Self::SLOTS] };
            for (words, bit) in TRIGGERS {
                for w in *words {
                    let key = Self::key(w.as_bytes()).expect("a short trigger word");
                    let mut at = Self::slot(key);
                    while t.keys[at] != 0 && t.keys[at] != key {
                        at = (at + 1) % Self::SLOTS;
                    }
                    t.keys[at] = key;
                    t.bits[at] |= bit;
                }
            }
            t
        })
    }

    /// A run of ASCII letters as a key, lowercased; `None` if shorter or longer than any
    /// trigger.
    fn key(word: &[u8]) -> Option<u128> {
        if !(3..=LONGEST_TRIGGER).contains(&word.len()) {
            return None;
        }
        let mut buf = [0u8; 16];
        buf[..word.len()].copy_from_slice(word);
        // Setting bit 5 of each letter lowercases it.
        let letters = (1u128 << (8 * word.len())) - 1;
        Some(u128::from_le_bytes(buf) | (0x2020_2020_2020_2020_2020_2020_2020_2020 & letters))
    }

    fn bits(&self, word: &[u8]) -> u32 {
        let Some(key) = Self::key(word) else { return 0 };
        let mut at = Self::slot(key);
        loop {
            match self.keys[at] {
                0 => return 0,
                k if k == key => return self.bits[at],
                _ => at = (at + 1) % Self::SLOTS,
            }
        }
    }
}

/// Whether no rule can match character `c`: the rules are made of ASCII letters, decimal
/// digits, white space and `, - . : ' ’ /`. A barrier is also never a word
/// character of the rules' ASCII `\b`, so a search that stops before one sees the same word
/// boundaries as a search of the whole text.
fn is_barrier(c: char) -> bool {
    !(c.is_ascii_alphanumeric() || c == '_' || c.is_whitespace() || c.is_numeric() || matches!(c, ',' | '-' | '.' | ':' | '\'' | '’' | '/'))
}

/// A stretch of text between barriers, and the trigger bits of what it holds.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Segment {
    start: usize,
    end: usize,
    bits: u32,
}

/// The text cut at barriers, each piece with its trigger bits. No match of any rule can
/// cross a barrier, so the matches of a rule are those in the pieces that hold all it needs.
fn segments(src: &str) -> Vec<Segment> {
    let table = TriggerTable::get();
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut seg = Segment { start: 0, end: 0, bits: 0 };
    let mut word: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            word.get_or_insert(i);
            i += 1;
            continue;
        }
        if let Some(w) = word.take() {
            seg.bits |= table.bits(&b[w..i]);
        }
        let (ch, len) = if c < 0x80 { (char::from(c), 1) } else { src[i..].chars().next().map_or(('\u{fffd}', 1), |ch| (ch, ch.len_utf8())) };
        if ch.is_numeric() {
            seg.bits |= DIGIT;
        } else if is_barrier(ch) {
            if seg.start < i {
                out.push(Segment { end: i, ..seg });
            }
            seg = Segment { start: i + len, end: 0, bits: 0 };
        }
        i += len;
    }
    if let Some(w) = word {
        seg.bits |= table.bits(&b[w..]);
    }
    if seg.start < b.len() {
        out.push(Segment { end: b.len(), ..seg });
    }
    out
}

/// Calls `found` with each match of `rule` in `src` (its date group, if it has one), in
/// order: the matches `captures_iter` finds over the whole text, but searching only the runs
/// of segments that hold what the rule needs. A search of a run `[a, b)` starts at `a` in
/// `src[..b]`: the text before `a` still decides word boundaries, and as no match crosses a
/// barrier, the matches found are those of the whole text that start in the run. No rule
/// matches the empty string, so each search starts where the last match ended.
fn rule_matches(rule: &Rule, src: &str, segments: &[Segment], mut found: impl FnMut(Range)) {
    let mut k = 0;
    while k < segments.len() {
        if segments[k].bits & rule.needs != rule.needs {
            k += 1;
            continue;
        }
        let start = segments[k].start;
        while k + 1 < segments.len() && segments[k + 1].bits & rule.needs == rule.needs {
            k += 1;
        }
        let end = segments[k].end;
        k += 1;
        let haystack = &src[..end];
        let mut at = start;
        while at < end {
            let Some(whole) = crate::patterns::find(rule.re, &Input::new(haystack).range(at..)) else { break };
            let date = rule.date_in(src, whole);
            found(date);
            if whole.is_empty() {
                break; // never: every rule needs at least a digit or a word
            }
            at = whole.end;
        }
    }
}

/// The word just before byte `at` (letters, digits and inner marks), as written; empty at
/// the start. Looks back a bounded distance, so checking every match stays linear.
fn word_before(src: &str, at: usize) -> &str {
    let head = &src[..at];
    let mut start = None;
    let mut end = None;
    for (i, c) in head.char_indices().rev().take(48) {
        let in_word = c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '$' | '%' | '.' | ',');
        match (end, in_word) {
            (None, false) if c.is_whitespace() => continue,
            (None, false) => break,
            (None, true) => {
                end = Some(i + c.len_utf8());
                start = Some(i);
            }
            (Some(_), true) => start = Some(i),
            (Some(_), false) => break,
        }
    }
    match (start, end) {
        (Some(a), Some(b)) => head[a..b].trim_start_matches(['-', '\'', '’', '.', ',']),
        _ => "",
    }
}

/// Whether byte `at` opens a sentence: nothing but spaces and opening quotes since the start,
/// a line break or a sentence end.
fn at_sentence_start(src: &str, at: usize) -> bool {
    for c in src[..at].chars().rev().take(64) {
        match c {
            '\n' | '.' | '!' | '?' | ':' => return true,
            c if c.is_whitespace() || matches!(c, '"' | '“' | '\'' | '‘' | '`' | '(' | '_' | '-') => continue,
            _ => return false,
        }
    }
    true
}

/// Up to 24 characters of `src` after byte `at`.
fn text_after(src: &str, at: usize) -> &str {
    let tail = &src[at..];
    let end = tail.char_indices().nth(24).map_or(tail.len(), |(i, _)| i);
    &tail[..end]
}

/// The words of a match, lowercased, split at spaces, hyphens and commas, without a
/// possessive `'s`.
fn words_of(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").trim_matches(['\'', '’']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A unit of time, singular, from one of its spellings.
fn unit_of(w: &str) -> Option<&'static str> {
    Some(match w {
        "year" | "years" => "year",
        "month" | "months" => "month",
        "week" | "weeks" => "week",
        "day" | "days" => "day",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        "quarter" | "quarters" => "quarter",
        "half" | "halves" => "half",
        "weekend" | "weekends" => "weekend",
        "fortnight" | "fortnights" => "fortnight",
        "semester" | "semesters" => "semester",
        "hour" | "hours" => "hour",
        "minute" | "minutes" => "minute",
        "second" | "seconds" => "second",
        "period" | "periods" => "period",
        _ => return None,
    })
}

/// Where the unit of a unit phrase is: the first unit word, "second" only after a count ("a
/// second", not "the second quarter"), "half" only after an ordinal ("the first
/// half", not "half an hour"), and not a year that modifies a later unit ("the year-ago
/// quarter", "last year's third quarter").
fn unit_index(words: &[String]) -> Option<usize> {
    (0..words.len()).find(|&i| {
        let w = words[i].as_str();
        let next = words.get(i + 1).map_or("", String::as_str);
        let next_is_unit = unit_of(next).is_some();
        let modifies =
            (next_is_unit || ordinal(next).is_some() || next == "ago" || next == "earlier" || next == "fiscal") && words[i + 1..].iter().skip(1).any(|n| unit_of(n).is_some());
        if modifies && w != "second" {
            return false;
        }
        match w {
            "second" => !next_is_unit && i > 0 && count_of(&words[i - 1..i]).is_some(),
            "half" | "halves" => i > 0 && ordinal(&words[i - 1]).is_some(),
            _ => unit_of(w).is_some(),
        }
    })
}

const DETERMINERS: &[&str] = &["the", "this", "that", "these", "those", "its", "their", "his", "her", "our"];
/// Words after which "a year", "a day" is a rate ("$500 million a year", "24 hours a day").
const RATE_BEFORE: &[&str] = &["million", "billion", "trillion", "thousand", "hundred", "percent", "cents", "times", "twice", "once", "dozen"];
const FUNCTION_WORDS_IN_S: &[&str] =
    &["is", "was", "has", "as", "his", "its", "this", "us", "thus", "plus", "less", "unless", "across", "perhaps", "whereas", "yes", "does", "always", "sometimes"];

fn is_plural_noun(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.chars().all(|c| c.is_ascii_lowercase()) && !FUNCTION_WORDS_IN_S.contains(&w)
}

/// Whether a match of `shape` at `m` in `src` is a date, judged by its words and context.
fn keep(src: &str, shape: Shape, m: Range) -> bool {
    let text = &src[m.start..m.end];
    let before_raw = word_before(src, m.start);
    let before = before_raw.to_lowercase();
    let after = text_after(src, m.end);
    let next_word = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let words = words_of(text);
    match shape {
        Shape::Calendar => {
            // "June 45" is not a day; "Aug. 7" is.
            let day = text.split(|c: char| !c.is_ascii_digit()).rfind(|d| !d.is_empty() && d.len() <= 2);
            !matches!(day.and_then(|d| d.parse::<u32>().ok()), Some(d) if d == 0 || d > 31) || text.contains('/')
        }
        Shape::Year | Shape::Decade => {
            let digit_before = src[..m.start].chars().next_back().is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '#' | '£' | '€'));
            let number_after = after.starts_with('%') || after.starts_with(|c: char| c.is_ascii_digit()) || {
                let mut a = after.chars();
                matches!((a.next(), a.next()), (Some('.' | ','), Some(d)) if d.is_ascii_digit())
            };
            if digit_before || number_after || before.starts_with("no.") {
                return false;
            }
            if shape == Shape::Decade {
                return true;
            }
            // "about 2000 troops" counts people; "the 1992 protests" and "in 1990" are years.
            const APPROX: &[&str] =
                &["about", "some", "nearly", "almost", "over", "than", "around", "roughly", "approximately", "only", "just", "least", "to", "from", "between", "and"];
            let counted = is_plural_noun(next_word) && !text.contains(char::is_alphabetic);
            if counted && APPROX.contains(&before.as_str()) {
                return false;
            }
            !counted || ["the", "its", "their", "his", "her", "our", "fiscal", "in", "since", "during", "until", "by", "before", "after"].contains(&before.as_str())
        }
        Shape::Season => {
            // A season with only "the" or nothing before it: "the fall of the Berlin Wall",
            // "summer camp", "the Winter Olympics" are not dates, "in the summer" is.
            let placed = words.iter().any(|w| !matches!(w.as_str(), "the" | "spring" | "summer" | "fall" | "autumn" | "winter"));
            if placed {
                return true;
            }
            let weak = words.iter().any(|w| w == "fall" || w == "spring");
            let capital_season =
                text.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase)) && !before.is_empty() && !src[..m.start].trim_end().ends_with(['.', '"', '“']);
            const COMPOUNDS: &[&str] = &[
                "camp",
                "camps",
                "school",
                "schools",
                "job",
                "jobs",
                "home",
                "homes",
                "house",
                "houses",
                "resort",
                "resorts",
                "olympics",
                "games",
                "storm",
                "storms",
                "weather",
                "wheat",
                "crop",
                "crops",
                "collection",
                "clothes",
                "sale",
                "sales",
                "intern",
                "interns",
                "internship",
                "program",
                "programs",
                "movie",
                "movies",
                "tires",
                "coat",
                "coats",
                "palace",
                "capital",
                "offensive",
            ];
            let compound = after.starts_with(' ') && COMPOUNDS.contains(&next_word.to_lowercase().as_str());
            !weak && !capital_season && !compound
        }
        Shape::Deictic => {
            // "USA Today", "This Week with …": a capitalised deictic inside a name.
            let title =
                text.starts_with(char::is_uppercase) && before_raw.starts_with(char::is_uppercase) && !src[..m.start].trim_end().ends_with(['.', '"', '“', '\'', '`', '_', ':']);
            // "the widow of late President X".
            let late_name = words.last().is_some_and(|w| w == "late") && next_word.starts_with(char::is_uppercase);
            !title && !late_name
        }
        Shape::Unit => {
            // "Sandra Day O'Connor", "60 Minutes", ABC's "This Week": a capitalised unit inside
            // a sentence belongs to a name.
            let raw: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == '-' || c == ',').filter(|w| !w.is_empty()).collect();
            let at = unit_index(&words);
            let capital = at.and_then(|i| raw.get(i)).is_some_and(|w| w.starts_with(char::is_uppercase) && !w.chars().all(|c| !c.is_lowercase()));
            if capital && (at != Some(0) || !at_sentence_start(src, m.start)) {
                return false;
            }
            keep_unit(&words, &before, after, text)
        }
        Shape::Time => !text.starts_with(char::is_uppercase) || at_sentence_start(src, m.start),
        // "the Sunday Times", "Monday Night Football": a weekday naming a paper or a show.
        Shape::Weekday => !["Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Tribune", "Observer", "Mail", "Independent", "Star", "Night"].contains(&next_word),
        _ => true,
    }
}

fn keep_unit(words: &[String], before: &str, after: &str, text: &str) -> bool {
    let Some(unit_at) = unit_index(words) else { return false };
    let unit_word = words[unit_at].as_str();
    let Some(unit) = unit_of(unit_word) else { return false };
    let head = &words[..unit_at];
    let count = count_of(head);
    let modifiers: Vec<&str> = head.iter().map(String::as_str).filter(|w| !DETERMINERS.contains(w)).collect();
    let bare = head.is_empty();
    let after_lower = after.to_lowercase();
    // Ages: "a 44-year-old", "52 years old", "a six-month-old".
    if after_lower.starts_with("-old") || after_lower.starts_with(" old") || after_lower.starts_with(" of age") || after_lower.starts_with("s-old") {
        return false;
    }
    // Rates and frequencies: "$500 million a year", "24 hours a day", "every two weeks", "per
    // week", "all day".
    if ["every", "each", "per"].contains(&before) || (before == "all" && bare) {
        return false;
    }
    let rate_next = {
        let t = after_lower.trim_start();
        (t.starts_with("a ") || t.starts_with("per ") || t.starts_with("each "))
            && t.split_whitespace().nth(1).is_some_and(|w| unit_of(w.trim_end_matches(|c: char| !c.is_alphabetic())).is_some())
    };
    if rate_next && count.is_some() {
        return false;
    }
    if head.len() == 1 && (head[0] == "a" || head[0] == "an") && words.len() == unit_at + 1 {
        let number_before = before.chars().next_back().is_some_and(|c| c.is_ascii_digit()) || before.starts_with('$');
        if number_before || RATE_BEFORE.contains(&before) || is_plural_noun(before) {
            return false;
        }
    }
    match unit {
        // "three-quarters of", "a quarter of the market", "quarter-point", "quarters" (rooms).
        "quarter" => {
            let ordinal = head.iter().any(|w| ordinal(w).is_some());
            let small = head.is_empty() || count_of(head).is_some_and(|n| n.is_some_and(|n| n <= 3.0));
            let of = after_lower.strip_prefix(" of ").map(str::trim_start);
            let fraction = !ordinal && small && of.is_some_and(|o| !o.starts_with(|c: char| c.is_ascii_digit()) && !o.starts_with("the year") && !o.starts_with("fiscal"));
            !(fraction || after.starts_with('-') || (bare && (unit_word == "quarters" || before.ends_with('-'))))
        }
        // "rush hour", "minute details", "the minutes of the meeting": these need a count or a
        // modifier; "last-minute" is an idiom.
        "hour" | "minute" | "second" => {
            let idiom = count.is_none() && text.contains('-') && modifiers.contains(&"last");
            (count.is_some() || !modifiers.is_empty()) && !idiom
        }
        "half" => head.iter().any(|w| ordinal(w).is_some()),
        // "period" is a date only when something places or measures it: "the latest period",
        // "the 1988 period", "the year-ago period"; not "a period", "the period".
        "period" => count.is_some() || modifiers.iter().any(|w| !["a", "an"].contains(w)),
        _ => true,
    }
}

/// How many of a unit a phrase counts: `Some(Some(n))` for a number, `Some(None)` for a vague
/// one ("several", "a few"), `None` when there is no count.
fn count_of(words: &[String]) -> Option<Option<f64>> {
    let mut vague = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        let next = words.get(i + 1).map(String::as_str).unwrap_or("");
        if let Some(n) = number(w) {
            let frac = next.split_once('/').and_then(|(a, b)| Some(a.parse::<f64>().ok()? / b.parse::<f64>().ok().filter(|b| *b != 0.0)?));
            let n = n + frac.unwrap_or(0.0);
            return Some(Some(n));
        }
        if let Some(t) = TENS.iter().position(|t| *t == w) {
            let unit = SMALL_NUMBERS.iter().position(|s| *s == next).filter(|u| (1..10).contains(u)).unwrap_or(0);
            return Some(Some((20 + 10 * t + unit) as f64));
        }
        if let Some(n) = SMALL_NUMBERS.iter().position(|s| *s == w) {
            let n = if next == "hundred" { n * 100 } else { n };
            return Some(Some(n as f64));
        }
        match w {
            "a" | "an" => {
                return match next {
                    "few" => Some(None),
                    "couple" => Some(Some(2.0)),
                    "dozen" => Some(Some(12.0)),
                    "hundred" => Some(Some(100.0)),
                    "half" => Some(Some(0.5)),
                    _ => Some(Some(1.0)),
                };
            }
            "couple" => return Some(Some(2.0)),
            "half" => return Some(Some(0.5)),
            "few" | "several" | "many" | "some" | "dozens" | "hundreds" => vague = true,
            _ => {}
        }
        i += 1;
    }
    vague.then_some(None)
}

/// "third" or "3rd" as 3.
fn ordinal(w: &str) -> Option<i64> {
    if let Some(i) = ORDINALS.iter().position(|o| *o == w) {
        return Some(i as i64 + 1);
    }
    let digits = w.strip_suffix("st").or_else(|| w.strip_suffix("nd")).or_else(|| w.strip_suffix("rd")).or_else(|| w.strip_suffix("th"))?;
    digits.parse().ok().filter(|n| (1..=31).contains(n))
}

/// A number written in digits, thousands separators allowed; a fraction "1/2".
fn number(w: &str) -> Option<f64> {
    if let Some((a, b)) = w.split_once('/') {
        let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
        return (b != 0.0).then(|| a / b);
    }
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    w.replace(',', "").parse().ok()
}

/// A reference date: the moment of writing, in days since 1970-01-01 and its parts.
#[derive(Clone, Copy, Debug)]
struct Reference {
    days: i64,
    year: i64,
    month: u32,
}

impl Reference {
    fn new((y, m, d): (i32, u32, u32)) -> Option<Self> {
        if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(i64::from(y), m) {
            return None;
        }
        Some(Reference { days: days_from_civil(i64::from(y), m, d), year: i64::from(y), month: m })
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1–12).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count from [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

/// ISO weekday, 1 (Monday) to 7 (Sunday).
fn weekday(days: i64) -> u32 {
    (days + 3).rem_euclid(7) as u32 + 1
}

fn format_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The ISO week of a day: `1998-W02`.
fn format_week(days: i64) -> String {
    let thursday = days - i64::from(weekday(days)) + 4;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

/// A month `k` months away from the reference's: `1998-02`.
fn format_month(r: Reference, k: i64) -> String {
    let total = r.year * 12 + i64::from(r.month) - 1 + k;
    format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
}

fn month_number(s: &str) -> Option<u32> {
    let m = s.get(..3)?.to_ascii_lowercase();
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].iter().position(|x| *x == m).map(|i| i as u32 + 1)
}

/// The year of a month mentioned without one: `last`, `next` and `this year` say it,
/// otherwise it is near the reference (see below).
fn year_for_month(words: &[String], month: u32, r: Reference) -> i64 {
    let has = |w: &str| words.iter().any(|x| x == w);
    let rm = i64::from(r.month);
    let m = i64::from(month);
    if has("year") {
        return r.year
            + if has("last") {
                -1
            } else if has("next") {
                1
            } else {
                0
            };
    }
    if has("last") || has("past") {
        // Last month is "last month": "last February" written in March is a year back.
        return if m + 1 < rm { r.year } else { r.year - 1 };
    }
    if has("next") || has("coming") {
        return if m > rm { r.year } else { r.year + 1 };
    }
    if has("this") {
        return r.year;
    }
    // News reports what happened and announces what is near: a month without a year is at
    // most three months ahead, otherwise the latest one so far.
    let ahead = (m - rm).rem_euclid(12);
    let total = r.year * 12 + rm - 1 + if ahead <= 3 { ahead } else { ahead - 12 };
    total.div_euclid(12)
}

/// The year written in a match, in digits or, if `spelled`, in words ("nineteen
/// ninety-six").
fn year_in(words: &[String], spelled: bool) -> Option<i64> {
    if let Some(y) = words.iter().rev().find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())) {
        return y.parse().ok();
    }
    if !spelled {
        return None;
    }
    let spelled = |w: &str| SMALL_NUMBERS.iter().position(|s| *s == w).map(|n| n as i64).or_else(|| TENS.iter().position(|t| *t == w).map(|t| 20 + 10 * t as i64));
    let i = words.iter().position(|w| w == "nineteen" || w == "twenty").filter(|&i| i + 1 < words.len());
    if let Some(i) = i {
        let century = if words[i] == "nineteen" { 1900 } else { 2000 };
        let rest: Vec<i64> = words[i + 1..].iter().filter(|w| *w != "oh").filter_map(|w| spelled(w)).collect();
        if words.get(i + 1).is_some_and(|w| w == "hundred") {
            return Some(century);
        }
        return match rest.as_slice() {
            [t, u] if *t >= 20 && *u < 10 => Some(century + t + u),
            [n] => Some(century + n),
            _ => None,
        };
    }
    if words.windows(2).any(|w| w[0] == "two" && w[1] == "thousand") {
        let tail = words.iter().skip_while(|w| *w != "thousand").skip(1).filter(|w| *w != "and").find_map(|w| spelled(w)).unwrap_or(0);
        return Some(2000 + tail);
    }
    None
}

const PARTS_OF_DAY: &[(&str, &str)] = &[("morning", "TMO"), ("afternoon", "TAF"), ("evening", "TEV"), ("night", "TNI"), ("tonight", "TNI")];

fn part_of_day(words: &[String]) -> &'static str {
    PARTS_OF_DAY.iter().find(|(w, _)| words.iter().any(|x| x == w)).map_or("", |(_, code)| code)
}

/// The kind and ISO-like value of a match.
fn describe(shape: Shape, text: &str, reference: Option<Reference>) -> (DateKind, Option<String>) {
    let words = words_of(text);
    let has = |w: &str| words.iter().any(|x| x == w);
    match shape {
        Shape::Time => (DateKind::Time, None),
        Shape::Calendar => (DateKind::Date, calendar_value(text, &words, reference)),
        Shape::Month => {
            let month = words.iter().find_map(|w| month_number(w).filter(|_| w.len() >= 3));
            let value = month.map(|m| match reference {
                Some(r) => format!("{:04}-{m:02}", year_for_month(&words, m, r)),
                None => format!("XXXX-{m:02}"),
            });
            let relative = ["last", "next", "this", "year", "past", "coming"].iter().any(|w| has(w));
            (if relative { DateKind::Relative } else { DateKind::Date }, value)
        }
        Shape::Year => {
            let year = year_in(&words, true);
            (DateKind::Date, year.map(|y| if has("fiscal") { format!("FY{y}") } else { y.to_string() }))
        }
        Shape::Decade => {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            let value = match digits.len() {
                4 => Some(digits[..3].to_string()),
                2 => Some(format!("19{}", &digits[..1])),
                _ => ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].iter().position(|d| has(d)).map(|i| format!("19{}", i + 2)),
            };
            (DateKind::Date, value)
        }
        Shape::Century => {
            let n = words
                .iter()
                .find_map(|w| w.trim_end_matches(|c: char| c.is_alphabetic()).parse::<i64>().ok().or_else(|| ORDINALS.iter().position(|o| o == w).map(|i| i as i64 + 1)));
            let n = if has("twenty") && has("first") { Some(21) } else { n };
            (DateKind::Date, n.filter(|n| *n > 0).map(|n| format!("{:02}", n - 1)))
        }
        Shape::Weekday => {
            let Some(wd) = WEEKDAYS.iter().position(|w| text.contains(w)).map(|i| i as u32 + 1) else { return (DateKind::Relative, None) };
            let part = part_of_day(&words);
            let value = match reference {
                Some(r) => {
                    let today = weekday(r.days);
                    let ahead = has("next") || has("coming") || has("following");
                    let days = if ahead {
                        let k = i64::from((wd + 7 - today) % 7);
                        r.days + if k == 0 && (has("next") || has("following")) { 7 } else { k }
                    } else {
                        let k = i64::from((today + 7 - wd) % 7);
                        r.days - if k == 0 && (has("last") || has("previous")) { 7 } else { k }
                    };
                    format!("{}{part}", format_day(days))
                }
                None => format!("XXXX-WXX-{wd}{part}"),
            };
            (DateKind::Relative, Some(value))
        }
        Shape::Holiday => {
            let lower = text.to_lowercase();
            let value = if lower.contains("week") || lower.contains("season") || lower.contains("holiday") {
                None
            } else {
                holiday(&lower, |month| reference.map(|r| year_for_month(&words, month, r)))
            };
            (DateKind::Date, value)
        }
        Shape::Season => {
            let code = if has("spring") {
                "SP"
            } else if has("summer") {
                "SU"
            } else if has("winter") {
                "WI"
            } else {
                "FA"
            };
            let year = year_in(&words, true).or_else(|| {
                let r = reference?;
                let ends = match code {
                    "SP" => 5,
                    "SU" => 8,
                    "FA" => 11,
                    _ => 2,
                };
                Some(if has("last") || has("past") {
                    if r.month > ends && code != "WI" {
                        r.year
                    } else {
                        r.year - 1
                    }
                } else if has("next") || has("coming") {
                    r.year + 1
                } else {
                    r.year
                })
            });
            let value = match year {
                Some(y) => format!("{y:04}-{code}"),
                None => format!("XXXX-{code}"),
            };
            let relative = ["last", "this", "next", "past", "coming"].iter().any(|w| has(w));
            (if relative { DateKind::Relative } else { DateKind::Date }, Some(value))
        }
        Shape::Deictic => deictic(&words, reference),
        Shape::Unit => unit_value(&words, reference),
    }
}

/// The date of a holiday, fixed ("Christmas": `XXXX-12-25` without a year) or, with a year,
/// movable ("Thanksgiving", the fourth Thursday of November). `year` gives the year of a
/// holiday in a month, where it is known.
fn holiday(lower: &str, year: impl Fn(u32) -> Option<i64>) -> Option<String> {
    const FIXED: &[(&str, u32, u32)] = &[
        ("christmas eve", 12, 24),
        ("christmas", 12, 25),
        ("boxing", 12, 26),
        ("new year's eve", 12, 31),
        ("new year", 1, 1),
        ("valentine", 2, 14),
        ("independence", 7, 4),
        ("halloween", 10, 31),
        ("veterans", 11, 11),
    ];
    if let Some((_, m, d)) = FIXED.iter().find(|(k, _, _)| lower.contains(k)) {
        return Some(match year(*m) {
            Some(y) => format!("{y:04}-{m:02}-{d:02}"),
            None => format!("XXXX-{m:02}-{d:02}"),
        });
    }
    // (name, month, weekday, which one: 1 the first, 4 the fourth, 0 the last, and days after).
    const MOVABLE: &[(&str, u32, u32, i64, i64)] = &[
        ("thanksgiving", 11, 4, 4, 0),
        ("election day", 11, 1, 1, 1),
        ("labor day", 9, 1, 1, 0),
        ("memorial day", 5, 1, 0, 0),
        ("mother's day", 5, 7, 2, 0),
        ("father's day", 6, 7, 3, 0),
    ];
    let (_, m, wd, nth, plus) = MOVABLE.iter().find(|(k, ..)| lower.contains(k))?;
    let y = year(*m)?;
    let day = if *nth == 0 {
        let last = days_from_civil(y, *m, days_in_month(y, *m));
        last - i64::from((weekday(last) + 7 - wd) % 7)
    } else {
        let first = days_from_civil(y, *m, 1);
        first + i64::from((wd + 7 - weekday(first)) % 7) + 7 * (nth - 1)
    };
    Some(format_day(day + plus))
}

fn calendar_value(text: &str, words: &[String], reference: Option<Reference>) -> Option<String> {
    // "4/27/2015", month first as in American news.
    if let Some((m, d, y)) = text.split('/').collect::<Vec<_>>().get(..3).and_then(|p| Some((p[0].parse::<u32>().ok()?, p[1].parse::<u32>().ok()?, p[2]))) {
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        return match y.len() {
            4 => Some(format!("{y}-{m:02}-{d:02}")),
            _ => Some(format!("XXXX-{m:02}-{d:02}")),
        };
    }
    if full_date(text).is_some() {
        return Some(text.to_string());
    }
    let year = year_in(words, true);
    let original: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ',' || c == '-').filter(|w| !w.is_empty()).collect();
    let month = original.iter().find_map(|w| month_number(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase)));
    let day = original
        .iter()
        .find(|w| w.len() <= 4 && w.starts_with(|c: char| c.is_ascii_digit()) && w.trim_end_matches(char::is_alphabetic).len() <= 2)
        .and_then(|d| d.trim_end_matches(char::is_alphabetic).parse::<u32>().ok())
        .or_else(|| words.iter().find_map(|w| ORDINALS.iter().position(|o| o == w)).map(|i| i as u32 + 1))
        .filter(|d| (1..=31).contains(d));
    let year = year.or_else(|| Some(year_for_month(words, month?, reference?)).filter(|_| day.is_some()));
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => Some(format!("{y}-{m:02}-{d:02}")),
        (Some(y), Some(m), None) => Some(format!("{y}-{m:02}")),
        (None, Some(m), Some(d)) => Some(format!("XXXX-{m:02}-{d:02}")),
        (Some(y), None, _) => Some(y.to_string()),
        _ => None,
    }
}

fn deictic(words: &[String], reference: Option<Reference>) -> (DateKind, Option<String>) {
    let has = |w: &str| words.iter().any(|x| x == w);
    let special = if has("future") || has("term") {
        Some("FUTURE_REF")
    } else if has("recently") || has("lately") || (has("of") && has("late")) || has("past") {
        Some("PAST_REF")
    } else if has("now") || has("currently") || has("nowadays") || has("days") {
        Some("PRESENT_REF")
    } else {
        None
    };
    if let Some(s) = special {
        return (DateKind::Relative, Some(s.to_string()));
    }
    let offset = if has("yesterday") || (has("last") && has("night")) {
        Some(-1)
    } else if has("tomorrow") {
        Some(1)
    } else if has("today") || has("tonight") || has("this") {
        Some(0)
    } else {
        None
    };
    let value = match (reference, offset) {
        (Some(r), Some(k)) => Some(format!("{}{}", format_day(r.days + k), part_of_day(words))),
        _ => None,
    };
    (DateKind::Relative, value)
}

fn unit_value(words: &[String], reference: Option<Reference>) -> (DateKind, Option<String>) {
    let has = |w: &str| words.iter().any(|x| x == w);
    let Some(unit_at) = unit_index(words) else { return (DateKind::Duration, None) };
    let unit_word = words[unit_at].as_str();
    let unit = unit_of(unit_word).unwrap_or("year");
    let plural = unit_word.ends_with('s') || unit_word == "centuries" || unit_word == "halves";
    let head = &words[..unit_at];
    let tail = &words[unit_at + 1..];
    let ordinal = head.iter().find_map(|w| ordinal(w));
    let count = count_of(head);
    let year = year_in(words, false);
    // "the third quarter", "the first half of 1990": a part of a year.
    if let (Some(n), "quarter" | "half", false) = (ordinal, unit, plural) {
        let y = year.or_else(|| {
            let r = reference?;
            let of_year = head.iter().any(|w| w == "year");
            let back = of_year && (has("last") || head.iter().any(|w| w == "ago" || w == "earlier"));
            Some(
                r.year
                    + if back {
                        -1
                    } else if of_year && has("next") {
                        1
                    } else {
                        0
                    },
            )
        });
        let code = if unit == "quarter" { format!("Q{n}") } else { format!("H{n}") };
        let value = match y {
            Some(y) => format!("{y:04}-{code}"),
            None => format!("XXXX-{code}"),
        };
        return (DateKind::Date, Some(value));
    }
    // "two years ago": a point before the moment of writing.
    if tail.first().is_some_and(|w| w == "ago") {
        let n = match count {
            // Beyond ten thousand units there is no calendar to name.
            Some(Some(n)) if n.fract() == 0.0 && n <= 10_000.0 => Some(n as i64),
            None => Some(1),
            _ => None,
        };
        let value = reference.zip(n).and_then(|(r, n)| shift(unit, -n, r));
        return (DateKind::Relative, value);
    }
    // "a year earlier", "the day before": relative to another event, not to the writing.
    if tail.first().is_some_and(|w| ["earlier", "later", "before", "after"].contains(&w.as_str())) {
        return (DateKind::Relative, None);
    }
    let span = head
        .iter()
        .any(|w| ["past", "next", "coming", "first", "last", "final", "recent", "over", "within", "more", "another", "additional", "several", "few"].contains(&w.as_str()));
    let the = head.first().is_some_and(|w| w == "the");
    if count.is_some() || plural || (the && span) || head.iter().any(|w| w == "past" || w == "recent") {
        return (DateKind::Duration, duration(unit, count.unwrap_or(None), has("and") && has("half")));
    }
    // "over the weekend": the latest one, this one from Saturday on.
    if unit == "weekend" && !has("next") && !has("coming") && !has("this") {
        let value = reference.map(|r| {
            let wd = i64::from(weekday(r.days));
            let days = if wd >= 6 { r.days } else { r.days - 7 };
            format!("{}-WE", format_week(days))
        });
        return (DateKind::Relative, value.filter(|_| head.iter().all(|w| DETERMINERS.contains(&w.as_str()) || w == "over" || w == "last")));
    }
    // "last year", "this week", "earlier this month", "next quarter", "the latest quarter" (the
    // last one reported): a point from the writing.
    let k = if has("last") || has("past") || (has("latest") && unit == "quarter") {
        Some(-1)
    } else if has("next") || has("coming") {
        Some(1)
    } else if has("this") || has("current") {
        Some(0)
    } else {
        None
    };
    let value = match (reference, k) {
        (Some(r), Some(k)) => shift(unit, k, r),
        _ => None,
    };
    (if unit == "period" { DateKind::Date } else { DateKind::Relative }, value)
}

/// The calendar unit `k` units away from the reference, where the unit names one.
fn shift(unit: &str, k: i64, r: Reference) -> Option<String> {
    Some(match unit {
        "year" => format!("{:04}", r.year + k),
        "month" => format_month(r, k),
        "week" => format_week(r.days + 7 * k),
        "weekend" => format!("{}-WE", format_week(r.days + 7 * k)),
        "day" => format_day(r.days + k),
        "quarter" => {
            let q = r.year * 4 + i64::from((r.month - 1) / 3) + k;
            format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
        }
        "decade" => format!("{:03}", (r.year + 10 * k).div_euclid(10)),
        "century" => format!("{:02}", (r.year + 100 * k).div_euclid(100)),
        _ => return None,
    })
}

/// An ISO 8601 duration: `P20Y`, `PT5.5H`, `PXM` for an unknown count.
fn duration(unit: &str, n: Option<f64>, and_a_half: bool) -> Option<String> {
    // A count too large for a number ("199719971997… years") is an unknown count.
    let n = n.map(|n| if and_a_half { n + 0.5 } else { n }).filter(|n| n.is_finite());
    let (factor, code, time) = match unit {
        "year" => (1.0, "Y", false),
        "decade" => (10.0, "Y", false),
        "century" => (100.0, "Y", false),
        "month" => (1.0, "M", false),
        "quarter" => (1.0, "Q", false),
        "week" => (1.0, "W", false),
        "fortnight" => (2.0, "W", false),
        "weekend" => (1.0, "WE", false),
        "day" => (1.0, "D", false),
        "hour" => (1.0, "H", true),
        "minute" => (1.0, "M", true),
        "second" => (1.0, "S", true),
        _ => return None,
    };
    let amount = match n {
        Some(n) if (n * factor).is_finite() => {
            let v = n * factor;
            if v.fract() == 0.0 && v.abs() < 1e15 {
                format!("{}", v as i64)
            } else {
                format!("{v}")
            }
        }
        _ => match unit {
            "decade" => return Some("PXDE".to_string()),
            "century" => return Some("PXCE".to_string()),
            _ => "X".to_string(),
        },
    };
    Some(format!("P{}{amount}{code}", if time { "T" } else { "" }))
}

/// The matches of every rule that its checks keep, with the rule's index, rule by rule.
fn candidates(src: &str) -> Vec<(Range, usize)> {
    let mut candidates: Vec<(Range, usize)> = Vec::new();
    let segments = segments(src);
    for (i, rule) in rules().iter().enumerate() {
        rule_matches(rule, src, &segments, |range| {
            if !range.is_empty() && keep(src, rule.shape, range) {
                candidates.push((range, i));
            }
        });
    }
    candidates
}

/// Every date expression in `src`, in text order, without overlaps (the leftmost match wins,
/// then the longest, then the earlier rule). Values relative to the moment of writing are left
/// out: there is no reference date.
pub fn extract(src: &str) -> Vec<RawDate> {
    extract_with_reference(src, None)
}

/// [`extract`], with the moment of writing as (year, month, day) where it is known (a
/// dateline, a creation date): "Monday", "yesterday", "last year", "two weeks ago", "Sept.
/// 30" then get calendar values. An impossible reference date counts as none.
pub fn extract_with_reference(src: &str, reference: Option<(i32, u32, u32)>) -> Vec<RawDate> {
    let (copy, shifts) = ascii_spaces(src);
    let mut found = extract_in(&copy, reference);
    for d in &mut found {
        d.range = Range::new(original_offset(d.range.start, &shifts), original_offset(d.range.end, &shifts));
    }
    found
}

/// [`extract_with_reference`] on text whose only white space is ASCII.
fn extract_in(src: &str, reference: Option<(i32, u32, u32)>) -> Vec<RawDate> {
    let reference = reference.and_then(Reference::new);
    let mut candidates = candidates(src);
    crate::order::sort_by_key(&mut candidates, |(r, i)| (r.start, std::cmp::Reverse(r.end), *i));
    let mut found: Vec<RawDate> = Vec::new();
    let mut last_end = 0;
    for (range, i) in candidates {
        if range.start < last_end {
            continue;
        }
        last_end = range.end;
        let shape = rules()[i].shape;
        let text = &src[range.start..range.end];
        let (kind, value) = describe(shape, text, reference);
        // "Monday, Oct. 26, 1998": resolving, the weekday is that date when the two agree.
        if let (Some(prev), Some(day), Some(_)) = (found.last_mut(), value.as_deref().and_then(full_date), reference) {
            let between = &src[prev.range.end..range.start];
            let weekday_named = WEEKDAYS.iter().position(|w| src[prev.range.start..prev.range.end].contains(w)).map(|i| i as u32 + 1);
            if between.len() <= 2 && between.chars().all(|c| c == ',' || c == ' ') && weekday_named == Some(weekday(day)) && prev.kind == DateKind::Relative {
                let part = prev.value.as_deref().and_then(|v| v.get(v.len().saturating_sub(3)..)).filter(|p| p.starts_with('T')).unwrap_or("");
                prev.value = Some(format!("{}{part}", format_day(day)));
            }
        }
        found.push(RawDate { range, kind, value });
    }
    found
}

/// The day count of a full `YYYY-MM-DD` value.
fn full_date(v: &str) -> Option<i64> {
    if v.len() != 10 || v.as_bytes().get(4) != Some(&b'-') || v.as_bytes().get(7) != Some(&b'-') {
        return None;
    }
    let y: i64 = v.get(..4)?.parse().ok()?;
    let m: u32 = v.get(5..7)?.parse().ok().filter(|m| (1..=12).contains(m))?;
    let d: u32 = v.get(8..)?.parse().ok().filter(|d| *d >= 1 && *d <= days_in_month(y, m))?;
    Some(days_from_civil(y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An input and the dates wanted in it: text, kind, value.
    type Case = (&'static str, &'static [(&'static str, DateKind, Option<&'static str>)]);

    fn dates(s: &str) -> Vec<(&str, DateKind, Option<String>)> {
        extract(s).into_iter().map(|d| (&s[d.range.start..d.range.end], d.kind, d.value)).collect()
    }

    /// Each input gives exactly the dates wanted.
    fn check(cases: &[Case]) {
        for (input, want) in cases {
            let want: Vec<(&str, DateKind, Option<String>)> = want.iter().map(|(a, b, c)| (*a, *b, c.map(String::from))).collect();
            assert_eq!(dates(input), want, "{input:?}");
        }
    }

    #[test]
    fn table() {
        use DateKind::*;
        let cases: &[Case] = &[
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
            // Digits are ASCII digits, the ones a value is read from: no span takes in a
            // count it cannot read ("١٠" is ten in Arabic-Indic digits, "３" a full-width 3).
            ("over ١٠ years, at ３ p.m.", &[("years", Duration, Some("PXY"))]),
        ];
        check(cases);
    }

    /// Counts no number holds are unknown counts, not "inf" (found by the long merge fuzz
    /// run: the corpus read "PinfY" back as an infinite number of years).
    #[test]
    fn durations_of_counts_too_large_for_a_number() {
        let huge = "1997".repeat(100);
        let (years, seconds) = (format!("after {huge} years"), format!("for {} seconds", "9".repeat(40)));
        let got = dates(&years);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("PXY"));
        assert_eq!(duration("year", Some(1e20), false).as_deref(), Some("P100000000000000000000Y"));
        assert_eq!(duration("century", Some(f64::MAX), false).as_deref(), Some("PXCE"));
        assert_eq!(dates(&seconds).iter().map(|d| d.2.clone()).collect::<Vec<_>>(), [Some(format!("PT1{}S", "0".repeat(40)))]);
    }

    /// Spans and kinds of what TimeBank annotates, without a reference date.
    #[test]
    fn families() {
        use DateKind::*;
        let cases: &[Case] = &[
            (
                "He met Kopp on 8 April, Sept. 30 and March eighth.",
                &[("8 April", Date, Some("XXXX-04-08")), ("Sept. 30", Date, Some("XXXX-09-30")), ("March eighth", Date, Some("XXXX-03-08"))],
            ),
            ("filed 4/27/2015; dated 1998-01-08", &[("4/27/2015", Date, Some("2015-04-27")), ("1998-01-08", Date, Some("1998-01-08"))]),
            ("in January, late November and early May", &[("January", Date, Some("XXXX-01")), ("late November", Date, Some("XXXX-11")), ("early May", Date, Some("XXXX-05"))]),
            (
                "profit in fiscal 1989, since mid-1996, the year two thousand",
                &[("fiscal 1989", Date, Some("FY1989")), ("mid-1996", Date, Some("1996")), ("the year two thousand", Date, Some("2000"))],
            ),
            (
                "the 1990s, the late '70s, the nineties, the 20th century",
                &[("the 1990s", Date, Some("199")), ("the late '70s", Date, Some("197")), ("the nineties", Date, Some("199")), ("the 20th century", Date, Some("19"))],
            ),
            (
                "results for the third quarter, third-quarter profit, the first half of 1990",
                &[("the third quarter", Date, Some("XXXX-Q3")), ("third-quarter", Date, Some("XXXX-Q3")), ("the first half of 1990", Date, Some("1990-H1"))],
            ),
            (
                "the fourth quarter of 1984 and last year's third quarter",
                &[("the fourth quarter of 1984", Date, Some("1984-Q4")), ("last year's third quarter", Date, Some("XXXX-Q3"))],
            ),
            (
                "late Tuesday, Friday morning and last Sunday",
                &[("late Tuesday", Relative, Some("XXXX-WXX-2")), ("Friday morning", Relative, Some("XXXX-WXX-5TMO")), ("last Sunday", Relative, Some("XXXX-WXX-7"))],
            ),
            (
                "of late, late yesterday, Monday, Oct. 26",
                &[("of late", Relative, Some("PAST_REF")), ("late yesterday", Relative, None), ("Monday", Relative, Some("XXXX-WXX-1")), ("Oct. 26", Date, Some("XXXX-10-26"))],
            ),
            (
                "now, currently, recently, in the near future",
                &[
                    ("now", Relative, Some("PRESENT_REF")),
                    ("currently", Relative, Some("PRESENT_REF")),
                    ("recently", Relative, Some("PAST_REF")),
                    ("the near future", Relative, Some("FUTURE_REF")),
                ],
            ),
            (
                "yesterday, last year, two years ago, a year earlier",
                &[("yesterday", Relative, None), ("last year", Relative, None), ("two years ago", Relative, None), ("a year earlier", Relative, None)],
            ),
            (
                "over the past three years, in recent weeks, for years",
                &[("over the past three years", Duration, Some("P3Y")), ("recent weeks", Duration, Some("PXW")), ("years", Duration, Some("PXY"))],
            ),
            (
                "about 5 1/2 hours, a minute and a half, the last twenty four hours",
                &[("about 5 1/2 hours", Duration, Some("PT5.5H")), ("a minute and a half", Duration, Some("PT1.5M")), ("the last twenty four hours", Duration, Some("PT24H"))],
            ),
            (
                "the next 12 to 18 months, a year or two, several quarters of losses",
                &[("the next 12 to 18 months", Duration, Some("P12M")), ("a year or two", Duration, Some("P1Y")), ("several quarters", Duration, Some("PXQ"))],
            ),
            ("at 10:35 a.m. EST, around 7:15 p.m., at noon", &[("10:35 a.m. EST", Time, None), ("around 7:15 p.m.", Time, None), ("noon", Time, None)]),
            (
                "last summer, the winter of 1994, on Christmas Eve",
                &[("last summer", Relative, Some("XXXX-SU")), ("the winter of 1994", Date, Some("1994-WI")), ("Christmas Eve", Date, Some("XXXX-12-24"))],
            ),
            (
                "the latest period, the year-ago quarter, the weekend",
                &[("the latest period", Date, None), ("the year-ago quarter", Relative, None), ("the weekend", Relative, None)],
            ),
        ];
        check(cases);
    }

    /// What looks like a date and is not: ages, rates, fractions, counts, names.
    #[test]
    fn not_dates() {
        let cases: &[(&str, &[&str])] = &[
            ("a 44-year-old protester, 52 years old, a six-month-old son", &[]),
            ("$500 million a year, 24 hours a day, four flights a week, every day, each year", &[]),
            ("three-quarters of its food, a quarter of the market, a quarter-point cut", &[]),
            ("about 2000 troops and 1,990 coins, 1990.5 points, 2000%", &[]),
            ("Justice Sandra Day O'Connor told USA Today and CBS's 60 Minutes", &[]),
            ("at rush hour, minute details, the last-minute deal", &[]),
            ("the fall of the Berlin Wall, summer camp, the Winter Olympics, March for Life", &[]),
            ("She may come. Kopp's 1987 Chevrolet and the 1992 protests", &["1987", "1992"]),
        ];
        for (input, want) in cases {
            let got: Vec<&str> = dates(input).into_iter().map(|d| d.0).collect();
            assert_eq!(got, *want, "{input:?}");
        }
    }

    /// Values resolved against the moment of writing: Monday 27 April 2015.
    #[test]
    fn with_reference() {
        let cases: &[(&str, &[&str])] = &[
            ("Monday, Friday, last Monday, next Tuesday, Sunday night", &["2015-04-27", "2015-04-24", "2015-04-20", "2015-04-28", "2015-04-26TNI"]),
            ("yesterday, today, tomorrow morning, last night, tonight", &["2015-04-26", "2015-04-27", "2015-04-28TMO", "2015-04-26TNI", "2015-04-27TNI"]),
            ("last year, this month, next week, later this week, the latest quarter", &["2014", "2015-04", "2015-W19", "2015-W18", "2015-Q1"]),
            ("two years ago, three months ago, 10 days ago, a week ago, a decade ago", &["2013", "2015-01", "2015-04-17", "2015-W17", "200"]),
            ("the third quarter, last year's fourth quarter, the year-ago third quarter, this century", &["2015-Q3", "2014-Q4", "2014-Q3", "20"]),
            // A weekday takes the date after it when the two agree (26 October 2014 was a Sunday).
            ("late yesterday; Monday, Oct. 26, 2015; Friday, Oct. 26", &["2015-04-26", "2015-10-26", "2015-10-26", "2015-04-24", "2014-10-26"]),
            // Months without a year: at most three months ahead, else the latest one.
            ("in January, in July, in December, last April, last February, next May", &["2015-01", "2015-07", "2014-12", "2014-04", "2015-02", "2015-05"]),
            ("Sept. 30 and June 2; the summer of 1996, last fall", &["2014-09-30", "2015-06-02", "1996-SU", "2014-FA"]),
            ("Christmas, Thanksgiving, Election Day", &["2014-12-25", "2014-11-27", "2014-11-04"]),
            ("over the weekend; Friday, April 24", &["2015-W17-WE", "2015-04-24", "2015-04-24"]),
            ("nearly 20 years; 1997; now", &["P20Y", "1997", "PRESENT_REF"]),
        ];
        for (input, want) in cases {
            let got: Vec<String> = extract_with_reference(input, Some((2015, 4, 27))).into_iter().map(|d| d.value.unwrap_or_default()).collect();
            assert_eq!(got, *want, "{input:?}");
        }
        // An impossible reference is none; without one, `extract` is unchanged.
        assert_eq!(extract_with_reference("Monday", Some((2015, 2, 30))), extract("Monday"));
        assert_eq!(extract_with_reference("yesterday", None)[0].value, None);
    }

    /// [`candidates`] as first written: every rule over the whole text.
    fn candidates_searching_everything(src: &str) -> Vec<(Range, usize)> {
        let mut out = Vec::new();
        for (i, rule) in rules().iter().enumerate() {
            let mut at = 0;
            while let Some(whole) = crate::patterns::find(rule.re, &Input::new(src).range(at..)) {
                if whole.is_empty() {
                    break;
                }
                at = whole.end;
                let m = rule.date_in(src, whole);
                let range = Range::new(m.start, m.end);
                if !range.is_empty() && keep(src, rule.shape, range) {
                    out.push((range, i));
                }
            }
        }
        out
    }

    /// Searching only the segments that hold a rule's trigger words finds what searching
    /// everything finds: around barriers, quotes, other scripts, the letters that fold to
    /// ASCII, digits of other scripts, and at the ends of the text.
    #[test]
    fn searching_segments_finds_what_searching_everything_finds() {
        let pieces = [
            "On Monday, Oct. 26, 1998 at 10:35 a.m. EST",
            "(March 8)",
            "“last year”",
            "in May;",
            "the 1990s!",
            "'70s",
            "’80s’",
            "the nineties?",
            "20th century",
            "nineteen ninety-six",
            "the year two thousand",
            "Christmas Eve",
            "New Year's",
            "last fall",
            "yesterday morning",
            "of late",
            "the near future",
            "nearly 20 years",
            "10-year",
            "two weeks ago",
            "4/27/2015",
            "1998-01-08",
            "noon",
            "mid-morning",
            "4 o'clock",
            "six in the evening",
            "fiscal 1989",
            "mid-1996",
            "Valentine's Day",
            "Good Friday",
            "this past May",
            "wee\u{212a}s",
            "ye\u{212a}",
            "ſummer",
            "la\u{17f}t year",
            "٣ p.m.",
            "١٩٩٠s",
            "in\u{a0}May\u{a0}1998",
            "Café 1997",
            "1997_x",
            "x_1997",
            "_May",
            "May_",
            "1997é",
            "Jan—5",
            "5—Jan",
            "\"",
            "(",
            ")",
            ";",
            "—",
            "é",
            "",
            " ",
            "\n\n",
            "3/4",
            "years",
            "Sept",
            "a.m.",
            "12",
            "Monday",
            "x",
            "week\u{301}s",
            "the past—year",
            "¼ of a year",
            "in ١٩٩٠ and the ١٩٩٠s, ٣ p.m., ١٢/٣/١٩٩٨",
            "\u{feff}1997",
            "Day Day Day",
            "the 99th century",
            "12/",
        ];
        let mut inputs: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
        let separators = ["", " ", "(", "—", "é", "\"", ". ", "_", "-", ", "];
        for (i, a) in pieces.iter().enumerate() {
            for (j, b) in pieces.iter().enumerate() {
                inputs.push(format!("{a}{}{b}", separators[(i * 7 + j * 3) % separators.len()]));
            }
        }
        inputs.push(pieces.join(" "));
        inputs.push(pieces.join(""));
        for input in &inputs {
            assert_eq!(candidates(input), candidates_searching_everything(input), "{input:?}");
        }
    }

    /// Every rule needs a trigger, so no rule matches the empty string; and the rules fold
    /// case in ASCII only: `ſ` and the Kelvin sign, which Unicode folds to `s` and `k`, are
    /// no letters of theirs (so they are barriers).
    #[test]
    fn triggers_and_barriers_cover_the_rules() {
        assert!(rules().iter().all(|r| r.needs != 0));
        for s in ["ſummer", "ſpring", "wee\u{212a}s", "wee\u{212a}", "\u{212a}"] {
            assert!(rules().iter().all(|r| crate::patterns::find(r.re, &Input::new(s)).is_none()), "{s:?}");
        }
        assert!(is_barrier('\u{17f}') && is_barrier('\u{212a}'));
        assert!(TRIGGERS.iter().flat_map(|(w, _)| w.iter()).all(|w| (3..=LONGEST_TRIGGER).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())));
    }

    #[test]
    fn calendar_arithmetic() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (1999, 12, 31), (1600, 3, 1), (2015, 4, 27)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(weekday(days_from_civil(2015, 4, 27)), 1);
        assert_eq!(weekday(days_from_civil(1970, 1, 1)), 4);
        let weeks = [((2015, 4, 27), "2015-W18"), ((2010, 1, 3), "2009-W53"), ((2008, 12, 29), "2009-W01"), ((1998, 1, 8), "1998-W02")];
        for ((y, m, d), want) in weeks {
            assert_eq!(format_week(days_from_civil(y, m, d)), want);
        }
    }

    /// Spaces beyond ASCII are spaces to the rules, and the dates' offsets are the text's own.
    #[test]
    fn unicode_spaces_keep_their_offsets() {
        for (space, len) in [("\u{a0}", 2), ("\u{2009}", 3), ("\u{202f}", 3), ("\u{3000}", 3), ("\u{85}", 2)] {
            assert_eq!(space.len(), len);
            // One space where the rules allow one at most ("10:35 PM", "3 p.m."), too.
            let s = format!("Café 😀 on{space}March{space}23,{space}2015, at{space}10:35{space}PM and{space}3{space}p.m., mid{space}morning and{space}two{space}weeks{space}ago.");
            let got = extract(&s);
            let texts: Vec<&str> = got.iter().map(|d| &s[d.range.start..d.range.end]).collect();
            let want =
                [format!("March{space}23,{space}2015"), format!("10:35{space}PM"), format!("3{space}p.m."), format!("mid{space}morning"), format!("two{space}weeks{space}ago")];
            assert_eq!(texts, want, "{space:?}");
            assert_eq!(got[0].value.as_deref(), Some("2015-03-23"));
        }
        assert!(matches!(ascii_spaces("no spaces beyond ASCII: “é”").0, std::borrow::Cow::Borrowed(_)));
        let (copy, shifts) = ascii_spaces("a\u{a0}b\u{3000}\u{3000}c");
        assert_eq!(copy, "a b  c");
        let mapped: Vec<usize> = (0..=copy.len()).map(|at| original_offset(at, &shifts)).collect();
        assert_eq!(mapped, [0, 1, 3, 4, 7, 10, 11]);
    }

    /// No input makes it panic: marks, multibyte letters and cut-off patterns around matches.
    #[test]
    fn never_panics() {
        let inputs = [
            "",
            "—",
            "é1990é",
            "’80s’",
            "May",
            "a.m.",
            "5 a.m",
            "Jan. 5, 20",
            "the 19",
            "fiscal",
            "-year",
            "'s",
            "quarter of",
            "12/",
            "1/2 hours",
            "twenty",
            "the past—year",
            "Monday,",
            "¼ of a year",
            "\u{feff}1997",
            "9999-99-99",
            "0/0/0000",
            "week\u{301}s",
            "Day Day Day",
            "in\u{a0}May\u{a0}1998",
            "in ١٩٩٠ and the ١٩٩٠s, ٣ p.m., ١٢/٣/١٩٩٨",
            "99999999999999999999999 years ago",
            "9999 decades ago",
            "10001 centuries ago",
            "1/0 hours",
            "the 99th century",
            "19/45/1998",
        ];
        for s in inputs {
            for r in [None, Some((2015, 4, 27)), Some((1, 1, 1)), Some((9999, 12, 31)), Some((-5, 13, 40))] {
                let got = extract_with_reference(s, r);
                assert!(got.windows(2).all(|w| w[0].range.end <= w[1].range.start), "{s:?}");
                assert!(got.iter().all(|d| s.is_char_boundary(d.range.start) && s.is_char_boundary(d.range.end)), "{s:?}");
            }
        }
    }
}
