//! Check-worthiness: a logistic regression over word n-grams, word stems, crude word classes and claim cues,
//! trained by the project's own code on ClaimBuster (`presslens train claims`) and committed
//! as `data/claims.bin`: the bias and a weight scale, then sorted 32-bit feature hashes with
//! 16-bit weights (the layout is at [`Model::from_bytes`]). The same command regenerates it
//! byte for byte.

use std::collections::HashMap;
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"PLCLM04\n";

/// Model keys are the low 32 bits of the feature hash.
const fn fnv(parts: &[&[u8]]) -> u32 {
    crate::learn::fnv(parts) as u32
}

/// The key of a feature from its template's hash (see [`crate::learn::fnv_more`]).
fn key(template: u64, parts: &[&[u8]]) -> u32 {
    crate::learn::fnv_more(template, parts) as u32
}

/// Appends word `w` (trimmed, not empty) as the model sees it: lowercased; numbers become
/// `<num>`, percentages `<pct>`, years `<year>`. `has_digit` is false only if `w` has no
/// ASCII digit (then it is no number, and is not searched for one).
fn push_word(w: &str, has_digit: bool, out: &mut String) {
    let ascii = w.is_ascii();
    // The digits from the first to the last, if digits are at least half of the word.
    let number = if !has_digit {
        None
    } else if ascii {
        // One pass over the bytes: in ASCII, characters are bytes.
        let b = w.as_bytes();
        let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
        let first = b.iter().position(|c| c.is_ascii_digit()).unwrap_or(0);
        let last = b.iter().rposition(|c| c.is_ascii_digit()).unwrap_or(0);
        (digits > 0 && digits * 2 >= b.len()).then(|| &w[first..=last])
    } else {
        let digits = w.trim_matches(|c: char| !c.is_ascii_digit());
        (!digits.is_empty() && w.chars().filter(char::is_ascii_digit).count() * 2 >= w.chars().count()).then_some(digits)
    };
    match number {
        Some(d) if d.len() == 4 && (d.starts_with("19") || d.starts_with("20")) => out.push_str("<year>"),
        Some(_) if w.contains('%') => out.push_str("<pct>"),
        Some(_) => out.push_str("<num>"),
        None if ascii => {
            // The common case, without a new string: ASCII lowercases in place.
            let start = out.len();
            out.push_str(w);
            out[start..].make_ascii_lowercase();
        }
        None => out.push_str(&w.to_lowercase()),
    }
}

/// A whitespace-separated word without the marks around it (but `%` and `$`).
fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '%' || c == '$'))
}

/// [`trim_word`] of an ASCII word, byte by byte.
fn trim_ascii_word(w: &str) -> &str {
    let keep = |c: &u8| c.is_ascii_alphanumeric() || *c == b'%' || *c == b'$';
    let b = w.as_bytes();
    match (b.iter().position(keep), b.iter().rposition(keep)) {
        (Some(start), Some(end)) => &w[start..=end],
        _ => "",
    }
}

/// Words of a sentence, lowercased; numbers become `<num>`, years `<year>`.
#[cfg(test)]
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in s.split_whitespace().map(trim_word).filter(|w| !w.is_empty()) {
        let mut x = String::new();
        push_word(w, true, &mut x);
        out.push(x);
    }
    out
}

/// The first five characters of a word, and its last three if it has five or more.
fn stem_and_ending(x: &str) -> (&str, Option<&str>) {
    if x.is_ascii() {
        return (&x[..x.len().min(5)], (x.len() >= 5).then(|| &x[x.len() - 3..]));
    }
    let stem = x.char_indices().nth(5).map_or(x, |(at, _)| &x[..at]);
    let ending = x.chars().nth(4).is_some().then(|| &x[x.char_indices().rev().nth(2).map_or(0, |(at, _)| at)..]);
    (stem, ending)
}

/// A crude part of speech for word `x` as the model sees it (lowercased, numbers as classes):
/// closed-class words by list (pronouns by person, modals, determiners, prepositions,
/// conjunctions, forms of "be", "have" and "do", question words, negation, comparatives),
/// other words by their ending, or as a capitalised name if `capital`. Pairs of classes carry
/// the sentence's shape ("we VBD", "IN CD") beyond the words seen in training: a statement of
/// fact about the past reads differently from a promise or an opinion. A contraction is classed
/// by its first part ("we've" as "we").
fn word_class(x: &str, capital: bool) -> &'static [u8] {
    let x = match x.find(['\'', '’']) {
        Some(at) if at > 0 => &x[..at],
        _ => x,
    };
    match x {
        "i" | "me" | "my" | "mine" | "myself" | "we" | "us" | "our" | "ours" | "ourselves" => return b"P1",
        "you" | "your" | "yours" | "yourself" | "yourselves" => return b"P2",
        "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself" | "it" | "its" | "itself" | "they" | "them" | "their" | "theirs" | "themselves" => return b"P3",
        "can" | "could" | "may" | "might" | "must" | "shall" | "should" | "will" | "would" => return b"MD",
        "a" | "an" | "the" | "this" | "that" | "these" | "those" | "some" | "any" | "every" | "each" | "either" | "neither" | "another" | "all" | "both" => return b"DT",
        "of" | "in" | "on" | "at" | "by" | "for" | "with" | "from" | "to" | "into" | "onto" | "over" | "under" | "about" | "against" | "between" | "through" | "during"
        | "before" | "after" | "above" | "below" | "since" | "until" | "without" | "within" | "among" | "across" | "toward" | "towards" | "upon" | "than" => return b"IN",
        "and" | "or" | "but" | "nor" | "yet" | "so" => return b"CC",
        "be" | "am" | "is" | "are" | "was" | "were" | "been" | "being" => return b"BE",
        "have" | "has" | "had" | "having" => return b"HV",
        "do" | "does" | "did" | "done" | "doing" => return b"DO",
        "what" | "who" | "whom" | "whose" | "which" | "when" | "where" | "why" | "how" => return b"WH",
        "not" | "never" | "no" | "nothing" | "nobody" | "none" => return b"NEG",
        "there" => return b"EX",
        "more" | "less" | "fewer" | "most" | "least" => return b"CMP",
        "many" | "much" | "several" | "few" => return b"QN",
        "<num>" | "<pct>" | "<year>" => return b"CD",
        _ => {}
    }
    // Endings, most telling first: "-ly" adverbs, "-ing" and "-ed" verb forms, "-est"
    // superlatives, "-er" comparatives (and agent nouns), abstract nouns, plurals.
    if x.ends_with("ly") {
        b"RB"
    } else if x.ends_with("ing") {
        b"VBG"
    } else if x.ends_with("ed") {
        b"VBD"
    } else if x.ends_with("est") {
        b"JJS"
    } else if x.ends_with("er") {
        b"ER"
    } else if x.ends_with("tion") || x.ends_with("ment") || x.ends_with("ness") || x.ends_with("ity") {
        b"NN"
    } else if x.ends_with('s') {
        b"S"
    } else if capital {
        b"CAP"
    } else if x.bytes().any(|c| c.is_ascii_digit()) {
        b"CD"
    } else {
        b"W"
    }
}

/// The feature hashes of one sentence: word uni-, bi- and trigrams, word beginnings (a crude
/// stem: "economy" and "economic" share "econo"), endings, what the date and quantity stages
/// find, how many numbers and capitalised words it has, its length, its first word, whether
/// it asks a question, and pairs of neighbouring word classes ([`word_class`]).
pub fn features(sentence: &str) -> Vec<u32> {
    let dates = crate::dates::extract(sentence);
    let ranges: Vec<crate::text::Range> = dates.iter().map(|d| d.range).collect();
    let quantities = crate::quantities::extract(sentence, &ranges);
    let kinds: Vec<crate::model::DateKind> = dates.iter().map(|d| d.kind).collect();
    let units: Vec<&str> = quantities.iter().map(|q| q.unit.as_deref().unwrap_or("")).collect();
    features_with(sentence, &kinds, &units)
}

/// [`features`], given what the date and quantity stages found in the sentence (the kinds of
/// its dates, the units of its amounts, "" for none): the pipeline has them already.
pub fn features_with(sentence: &str, date_kinds: &[crate::model::DateKind], units: &[&str]) -> Vec<u32> {
    use crate::learn::fnv as template;
    // The order of the keys does not matter: they are sorted at the end. A word gives up to
    // eight keys but takes two bytes or more with its space, and words average five keys to
    // six bytes: room for one key a byte is seldom outgrown (half a byte a word was, nearly
    // always, and then copied).
    let mut out = Vec::with_capacity(sentence.len() + 16);
    // One pass over the whitespace-separated words: the model's words, end to end in one
    // string, and the capitals, numbers and marks.
    let mut text = String::with_capacity(sentence.len() + 16);
    // A word and the space after it take two bytes at least.
    let mut at: Vec<(usize, usize)> = Vec::with_capacity(sentence.len() / 2 + 1);
    // Whether each of those words is capitalised (not counting the sentence's first).
    let mut capital_at: Vec<bool> = Vec::with_capacity(sentence.len() / 2 + 1);
    let (mut numbers, mut capitals) = (0u8, 0u8);
    let mut word_at = |i: usize, word: &str| {
        // An ASCII capital by its byte, any other by its character.
        let capital = match word.as_bytes().first() {
            Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
            _ => word.starts_with(char::is_uppercase),
        };
        if i > 0 && capital {
            out.push(const { fnv(&[b"capital"]) });
            capitals = capitals.saturating_add(u8::from(word != "I"));
        }
        // Digits, `$`, `%` and whether the word is ASCII, in one pass over its bytes (in
        // UTF-8 an ASCII byte is only ever that character).
        let (mut digit, mut dollar, mut percent, mut ascii) = (false, false, false, true);
        for c in word.bytes() {
            match c {
                b'0'..=b'9' => digit = true,
                b'$' => dollar = true,
                b'%' => percent = true,
                0x80.. => ascii = false,
                _ => {}
            }
        }
        numbers = numbers.saturating_add(u8::from(digit));
        if dollar {
            out.push(const { fnv(&[b"shape$"]) });
        }
        if percent || word.eq_ignore_ascii_case("percent") {
            out.push(const { fnv(&[b"shape%"]) });
        }
        let w = if ascii { trim_ascii_word(word) } else { trim_word(word) };
        if !w.is_empty() {
            let start = text.len();
            // A digit of the word is one of its trimmed part too (digits are not trimmed).
            push_word(w, digit, &mut text);
            at.push((start, text.len()));
            capital_at.push(i > 0 && capital);
        }
    };
    if sentence.is_ascii() {
        // The words between runs of ASCII white space, which is where `split_whitespace`
        // splits ASCII text (tab to carriage return, and the space), found without decoding
        // characters.
        let b = sentence.as_bytes();
        let space = |c: u8| matches!(c, b' ' | b'\t'..=b'\r');
        let (mut i, mut n) = (0, 0);
        while i < b.len() {
            if space(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && !space(b[i]) {
                i += 1;
            }
            word_at(n, &sentence[start..i]);
            n += 1;
        }
    } else {
        for (i, word) in sentence.split_whitespace().enumerate() {
            word_at(i, word);
        }
    }
    let w: Vec<&str> = at.iter().map(|&(a, b)| &text[a..b]).collect();
    for (i, x) in w.iter().enumerate() {
        let x = x.as_bytes();
        out.push(key(const { template(&[b"u"]) }, &[x]));
        if let Some(y) = w.get(i + 1) {
            out.push(key(const { template(&[b"b"]) }, &[x, y.as_bytes()]));
            if let Some(z) = w.get(i + 2) {
                out.push(key(const { template(&[b"t"]) }, &[x, y.as_bytes(), z.as_bytes()]));
            }
        }
        // The first five letters stand for the word's family, for words seen in another
        // form; word endings carry tense and kind: "-ed", "-ion", "-est".
        let (stem, ending) = stem_and_ending(w[i]);
        out.push(key(const { template(&[b"p"]) }, &[stem.as_bytes()]));
        if let Some(ending) = ending {
            out.push(key(const { template(&[b"s"]) }, &[ending.as_bytes()]));
        }
    }
    // Pairs of word classes, from the sentence's start to its end.
    let mut before: &[u8] = b"<s>";
    for (x, capital) in w.iter().zip(&capital_at) {
        let class = word_class(x, *capital);
        out.push(key(const { template(&[b"g2"]) }, &[before, class]));
        before = class;
    }
    out.push(key(const { template(&[b"g2"]) }, &[before, b"</s>"]));
    // What the other stages find in it: dates, amounts, names.
    for kind in date_kinds {
        out.push(fnv(&[b"date", format!("{kind:?}").as_bytes()]));
    }
    for unit in units {
        out.push(fnv(&[b"qty", unit.as_bytes()]));
        out.push(fnv(&[b"qty"]));
    }
    out.push(fnv(&[b"nnum", &[numbers.min(4)]]));
    out.push(fnv(&[b"ncap", &[capitals.min(5)]]));
    out.push(fnv(&[b"len", &[(w.len() / 5).min(8) as u8]]));
    if let Some(first) = w.first() {
        out.push(fnv(&[b"first", first.as_bytes()]));
    }
    if sentence.trim_end().ends_with('?') {
        out.push(const { fnv(&[b"question"]) });
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A trained scorer.
pub struct Model {
    bias: f32,
    keys: crate::learn::KeyTable,
    weights: Vec<f32>,
}

impl Model {
    /// Reads a packed model; `None` if the bytes are not one. The layout (little-endian): `MAGIC`,
    /// the bias (f32), the weight unit (f32), the number of keys `n` (u32), the keys, ascending,
    /// as [`crate::learn::write_keys`] writes them, then the `n` weights in units (i16).
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        let rest = b.strip_prefix(MAGIC.as_slice())?;
        let bias = f32::from_le_bytes(rest.get(..4)?.try_into().ok()?);
        let unit = f32::from_le_bytes(rest.get(4..8)?.try_into().ok()?);
        let n = u32::from_le_bytes(rest.get(8..12)?.try_into().ok()?) as usize;
        let (keys, w) = crate::learn::read_keys(rest.get(12..)?, n)?;
        if w.len() != n * 2 {
            return None;
        }
        Some(Model { bias, keys: crate::learn::KeyTable::new(keys), weights: w.chunks_exact(2).map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) * unit).collect() })
    }

    /// The probability that a sentence is check-worthy.
    pub fn score(&self, sentence: &str) -> f64 {
        self.score_features(&features(sentence))
    }

    /// [`Model::score`] from [`features_with`].
    pub fn score_features(&self, feats: &[u32]) -> f64 {
        let scale = 1.0 / (feats.len().max(1) as f32).sqrt();
        let z: f32 = self.bias + scale * feats.iter().filter_map(|f| self.keys.find(*f)).map(|i| self.weights[i]).sum::<f32>();
        1.0 / (1.0 + (-f64::from(z)).exp())
    }
}

/// The model embedded in the crate, if one is built in.
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(include_bytes!("../data/claims.bin")).filter(|m| !m.keys.keys().is_empty())).as_ref()
}

const LEARNING_RATE: f32 = 2.0;
/// How many weights the packed model keeps (more does not score better in cross-validation).
const KEEP: usize = 8000;

/// Trains by stochastic gradient descent on the log loss with L2 regularisation, in a fixed
/// order per epoch (deterministic), keeping features seen at least `min_count` times.
pub fn train(examples: &[(&str, bool)], epochs: usize, min_count: u32) -> Vec<u8> {
    let feats: Vec<Vec<u32>> = examples.iter().map(|(s, _)| features(s)).collect();
    let mut count: HashMap<u32, u32> = HashMap::new();
    for f in feats.iter().flatten() {
        *count.entry(*f).or_default() += 1;
    }
    let mut w: HashMap<u32, f32> = HashMap::new();
    let mut bias = 0f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    // Light regularisation: with 32 passes, 1e-4 held the weights back (cross-validated F1 0.003 lower).
    let (l2, mut step) = (3e-5f32, 0usize);
    // Positives weigh as much as negatives in total, so the 0.5 threshold sits between them.
    let pos = examples.iter().filter(|e| e.1).count().max(1) as f32;
    let neg = (examples.len() as f32 - pos).max(1.0);
    for _ in 0..epochs {
        crate::learn::shuffle(&mut order, &mut seed);
        for &i in &order {
            step += 1;
            let lr = LEARNING_RATE / (1.0 + step as f32 / examples.len() as f32);
            let kept: Vec<u32> = feats[i].iter().copied().filter(|f| count[f] >= min_count).collect();
            // Each feature counts 1/√n, n the sentence's features: long sentences do not win by length.
            let scale = 1.0 / (feats[i].len().max(1) as f32).sqrt();
            let z = bias + scale * kept.iter().map(|f| w.get(f).copied().unwrap_or(0.0)).sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if examples[i].1 { 1.0 } else { 0.0 };
            let weight = if examples[i].1 { (pos + neg) / (2.0 * pos) } else { (pos + neg) / (2.0 * neg) };
            let g = (p - y) * weight;
            bias -= lr * g;
            for f in kept {
                let e = w.entry(f).or_insert(0.0);
                *e -= lr * (g * scale + l2 * *e);
            }
        }
    }
    // The strongest weights only, to keep the model small; ties broken by key.
    let mut packed: Vec<(u32, f32)> = w.into_iter().filter(|(_, v)| v.abs() > 1e-3).collect();
    packed.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
    packed.truncate(KEEP);
    packed.sort_by_key(|x| x.0);
    // Weights as multiples of one unit, the largest at ±32767.
    let unit = packed.iter().map(|x| x.1.abs()).fold(0f32, f32::max).max(f32::MIN_POSITIVE) / 32767.0;
    let mut out = MAGIC.to_vec();
    out.extend(bias.to_le_bytes());
    out.extend(unit.to_le_bytes());
    out.extend((packed.len() as u32).to_le_bytes());
    crate::learn::write_keys(packed.iter().map(|x| x.0), &mut out);
    out.extend(packed.iter().flat_map(|x| ((x.1 / unit).round().clamp(-32767.0, 32767.0) as i16).to_le_bytes()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The features as first written (a string per word, each key hashed from its template's
    /// name), to check the faster ones against.
    fn reference_features(sentence: &str, date_kinds: &[crate::model::DateKind], units: &[&str]) -> Vec<u32> {
        let w: Vec<String> = sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '%' || c == '$')))
            .filter(|w| !w.is_empty())
            .map(|w| {
                let digits = w.trim_matches(|c: char| !c.is_ascii_digit());
                if !digits.is_empty() && w.chars().filter(char::is_ascii_digit).count() * 2 >= w.chars().count() {
                    if digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")) {
                        "<year>".to_string()
                    } else if w.contains('%') {
                        "<pct>".to_string()
                    } else {
                        "<num>".to_string()
                    }
                } else {
                    w.to_lowercase()
                }
            })
            .collect();
        let capital_at: Vec<bool> = sentence
            .split_whitespace()
            .enumerate()
            .filter(|(_, w)| !w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '%' || c == '$')).is_empty())
            .map(|(i, w)| i > 0 && w.starts_with(char::is_uppercase))
            .collect();
        let mut out = Vec::new();
        let classes: Vec<&[u8]> = w.iter().zip(&capital_at).map(|(x, c)| word_class(x, *c)).collect();
        for (i, class) in classes.iter().enumerate() {
            out.push(fnv(&[b"g2", if i == 0 { b"<s>" } else { classes[i - 1] }, class]));
        }
        out.push(fnv(&[b"g2", classes.last().copied().unwrap_or(b"<s>"), b"</s>"]));
        for (i, x) in w.iter().enumerate() {
            out.push(fnv(&[b"u", x.as_bytes()]));
            if let Some(y) = w.get(i + 1) {
                out.push(fnv(&[b"b", x.as_bytes(), y.as_bytes()]));
                if let Some(z) = w.get(i + 2) {
                    out.push(fnv(&[b"t", x.as_bytes(), y.as_bytes(), z.as_bytes()]));
                }
            }
            let stem = x.char_indices().nth(5).map_or(x.as_str(), |(at, _)| &x[..at]);
            out.push(fnv(&[b"p", stem.as_bytes()]));
            if x.chars().nth(4).is_some() {
                let at = x.char_indices().rev().nth(2).map_or(0, |(at, _)| at);
                out.push(fnv(&[b"s", &x.as_bytes()[at..]]));
            }
        }
        for kind in date_kinds {
            out.push(fnv(&[b"date", format!("{kind:?}").as_bytes()]));
        }
        for unit in units {
            out.push(fnv(&[b"qty", unit.as_bytes()]));
            out.push(fnv(&[b"qty"]));
        }
        let (mut numbers, mut capitals) = (0u8, 0u8);
        for (i, word) in sentence.split_whitespace().enumerate() {
            if i > 0 && word.starts_with(char::is_uppercase) {
                out.push(fnv(&[b"capital"]));
                capitals = capitals.saturating_add(u8::from(word != "I"));
            }
            numbers = numbers.saturating_add(u8::from(word.contains(|c: char| c.is_ascii_digit())));
            if word.contains('$') {
                out.push(fnv(&[b"shape$"]));
            }
            if word.contains('%') || word.eq_ignore_ascii_case("percent") {
                out.push(fnv(&[b"shape%"]));
            }
        }
        out.push(fnv(&[b"nnum", &[numbers.min(4)]]));
        out.push(fnv(&[b"ncap", &[capitals.min(5)]]));
        out.push(fnv(&[b"len", &[(w.len() / 5).min(8) as u8]]));
        if let Some(first) = w.first() {
            out.push(fnv(&[b"first", first.as_bytes()]));
        }
        if sentence.trim_end().ends_with('?') {
            out.push(fnv(&[b"question"]));
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn features_match_the_reference() {
        use crate::model::DateKind;
        let sentences = [
            "",
            "  ",
            "In 1997, 49,000 troops (12%) left.",
            "Émigrés in ZÜRICH paid $5 BILLION — “ΣΟΦΊΑ” İstanbul naïve 😀 Straße résumé a1b2c3 2015-04-27?",
            "I said I was there. Percent percent 7% of $ ... 1999s 20001 19 x",
            "1x9a 19٣x (2015) 12.5% US$5 A1 Éa1 tôt ĳssel ＡＢＣＤＥＦ\u{a0}word\u{2003}next tab\tnew\nline",
            // ASCII only: the fast path's splitting and trimming.
            "A\x0bB\x0cC\rD\x1cE\x1fF\x00G  \t\n  H... --I-- 'J' \"K\" (L) $ % $$5 5%% PERCENT PerCent I I, I'm \x7f",
            " x",
            "?",
            "Who said 'No'? ",
            "_a_ a_b 3_4 ___ *** 1,000,000 1.5-2 2015-04-27 #tag @user http://x.y/z?q=1&r=2",
        ];
        for s in sentences {
            for (kinds, units) in [(&[][..], &[][..]), (&[DateKind::Date, DateKind::Duration][..], &["troops", ""][..])] {
                assert_eq!(features_with(s, kinds, units), reference_features(s, kinds, units), "{s:?}");
            }
        }
    }

    #[test]
    fn ascii_trim_is_the_character_trim() {
        for w in ["", "a", "$", "%", "--", "'Hello,'", "(12%)", "$5.", "_x_", "...I...", "a-b", "\x7fz\x7f", "1", "\"K\""] {
            assert_eq!(trim_ascii_word(w), trim_word(w), "{w:?}");
        }
    }

    #[test]
    fn the_lookup_table_finds_every_key_and_nothing_else() {
        let m = model().expect("built-in model");
        assert!(m.keys.keys().windows(2).all(|w| w[0] < w[1]), "keys sorted and unique, so one weight per key");
        assert!(m.keys.keys().iter().enumerate().all(|(i, k)| m.keys.find(*k) == Some(i)));
        let absent = (0..10_000u32).map(|i| i.wrapping_mul(2_654_435_761)).filter(|k| m.keys.keys().binary_search(k).is_err());
        assert!(absent.take(1000).all(|k| m.keys.find(k).is_none()));
    }

    #[test]
    fn numbers_are_classes_and_a_tiny_model_learns() {
        assert_eq!(words("In 1997, 49,000 Troops (12%) left Zürich 1x9a 19٣x."), ["in", "<year>", "<num>", "troops", "<pct>", "left", "zürich", "<num>", "<num>"]);
        let data =
            [("Unemployment rose 12% in 2015.", true), ("Thank you all very much.", false), ("We cut taxes by $5 billion in 2010.", true), ("I love this great state.", false)];
        let bytes = train(&data, 20, 1);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_none());
        let m = Model::from_bytes(&bytes).expect("a model");
        assert!(m.score("Prices rose 8% in 2014.") > 0.5);
        assert!(m.score("Thank you all.") < 0.5);
    }
}
