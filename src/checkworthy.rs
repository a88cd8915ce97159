//! Check-worthiness: a logistic regression over word n-grams, word stems and claim cues,
//! trained by the project's own code on ClaimBuster (`presslens train claims`) and committed
//! as `data/claims.bin`: the bias and a weight scale, then sorted 32-bit feature hashes with
//! 16-bit weights (the layout is at [`Model::from_bytes`]). The same command regenerates it
//! byte for byte.

use std::collections::HashMap;
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"PLCLM03\n";

/// Model keys are the low 32 bits of the feature hash.
fn fnv(parts: &[&[u8]]) -> u32 {
    crate::learn::fnv(parts) as u32
}

/// Words of a sentence, lowercased; numbers become `<num>`, years `<year>`.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
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
        .collect()
}

/// The feature hashes of one sentence: word uni-, bi- and trigrams, word beginnings (a crude
/// stem: "economy" and "economic" share "econo"), endings, what the date and quantity stages
/// find, how many numbers and capitalised words it has, its length, its first word, and
/// whether it asks a question.
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
    let w = words(sentence);
    let mut out = Vec::with_capacity(w.len() * 2 + 4);
    for (i, x) in w.iter().enumerate() {
        out.push(fnv(&[b"u", x.as_bytes()]));
        if let Some(y) = w.get(i + 1) {
            out.push(fnv(&[b"b", x.as_bytes(), y.as_bytes()]));
            if let Some(z) = w.get(i + 2) {
                out.push(fnv(&[b"t", x.as_bytes(), y.as_bytes(), z.as_bytes()]));
            }
        }
        // The first five letters stand for the word's family, for words seen in another form.
        let stem = x.char_indices().nth(5).map_or(x.as_str(), |(at, _)| &x[..at]);
        out.push(fnv(&[b"p", stem.as_bytes()]));
        // Word endings carry tense and kind: "-ed", "-ion", "-est".
        if x.chars().nth(4).is_some() {
            let at = x.char_indices().rev().nth(2).map_or(0, |(at, _)| at);
            out.push(fnv(&[b"s", x[at..].as_bytes()]));
        }
    }
    // What the other stages find in it: dates, amounts, names.
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

/// A trained scorer.
pub struct Model {
    bias: f32,
    keys: Vec<u32>,
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
        Some(Model { bias, keys, weights: w.chunks_exact(2).map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) * unit).collect() })
    }

    /// The probability that a sentence is check-worthy.
    pub fn score(&self, sentence: &str) -> f64 {
        self.score_features(&features(sentence))
    }

    /// [`Model::score`] from [`features_with`].
    pub fn score_features(&self, feats: &[u32]) -> f64 {
        let scale = 1.0 / (feats.len().max(1) as f32).sqrt();
        let z: f32 = self.bias + scale * feats.iter().filter_map(|f| self.keys.binary_search(f).ok()).map(|i| self.weights[i]).sum::<f32>();
        1.0 / (1.0 + (-f64::from(z)).exp())
    }
}

/// The model embedded in the crate, if one is built in.
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(include_bytes!("../data/claims.bin")).filter(|m| !m.keys.is_empty())).as_ref()
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
    let (l2, mut step) = (1e-4f32, 0usize);
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

    #[test]
    fn numbers_are_classes_and_a_tiny_model_learns() {
        assert_eq!(words("In 1997, 49,000 troops (12%) left."), ["in", "<year>", "<num>", "troops", "<pct>", "left"]);
        let data = [("Unemployment rose 12% in 2015.", true), ("Thank you all very much.", false), ("We cut taxes by $5 billion in 2010.", true), ("I love this great state.", false)];
        let bytes = train(&data, 20, 1);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_none());
        let m = Model::from_bytes(&bytes).expect("a model");
        assert!(m.score("Prices rose 8% in 2014.") > 0.5);
        assert!(m.score("Thank you all.") < 0.5);
    }
}
