//! A named-entity tagger: a greedy averaged perceptron (Collins 2002) over word, shape,
//! affix, context and word-list features, with BIO tags for PER, ORG, LOC and MISC.
//!
//! The model is trained by the project's own code (`presslens train ner`) on CoNLL++ and
//! committed as `data/ner.bin`, a generated artifact: sorted 32-bit feature hashes with
//! 8-bit weights per tag, and the few largest weights exactly (the layout is at
//! [`Model::from_bytes`]). The same command regenerates it byte for byte.

use crate::learn::{fnv, fnv_more};
use crate::lexicon;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The tags, in weight order.
pub const TAGS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
const N: usize = TAGS.len();
const MAGIC: &[u8; 8] = b"PLNER04\n";

/// The coarse shape of a word, appended to `out`: "Xxxx" → "Xx", "U.S." → "X.X.",
/// "1996-08-22" → "d-d-d".
fn push_shape(w: &str, out: &mut String) {
    if w.is_ascii() {
        // In ASCII the classes are byte ranges: no decoding, no Unicode tables.
        let mut last = 0u8;
        let mut n = 0;
        for &b in w.as_bytes() {
            let s = match b {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                _ => b,
            };
            if s != last {
                out.push(char::from(s));
                last = s;
                n += 1;
            }
            if n > 8 {
                break;
            }
        }
        return;
    }
    let start = out.len();
    let mut last = '\0';
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s != last {
            out.push(s);
            last = s;
        }
        if out.len() - start > 8 {
            break;
        }
    }
}

/// A word as CoNLL writes it, which is what the tagger was trained on: straight quotes and
/// apostrophes ("’s" is "'s", "O’Malley" is "O'Malley"). The text itself is not changed;
/// only the tagger reads this. Dashes stay: "WASHINGTON —" opens a dateline, and read as
/// CoNLL's "--" it no longer does.
pub fn conll_form(w: &str) -> std::borrow::Cow<'_, str> {
    let curly = |c: char| matches!(c, '‘' | '’' | '‛' | 'ʼ' | '“' | '”' | '„' | '‟' | '«' | '»');
    if w.is_ascii() || !w.contains(curly) {
        return std::borrow::Cow::Borrowed(w);
    }
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        match c {
            '‘' | '’' | '‛' | 'ʼ' => out.push('\''),
            '“' | '”' | '„' | '‟' | '«' | '»' => out.push('"'),
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `w` lowercased, appended to `out` (ASCII in place, without a new string).
fn push_lower(w: &str, out: &mut String) {
    let start = out.len();
    if w.is_ascii() {
        out.push_str(w);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// Bits of [`Sentence::gaz`], in the order of the `gaz` feature names.
const GAZ_NAMES: [&[u8]; 8] = [b"given", b"title", b"demonym", b"orgword", b"placeB", b"placeI", b"orgB", b"orgI"];
const GIVEN: u8 = 1;
const TITLE: u8 = 1 << 1;
const DEMONYM: u8 = 1 << 2;
const ORG_WORD: u8 = 1 << 3;
const PLACE_B: u8 = 1 << 4;
const PLACE_I: u8 = 1 << 5;
const ORG_B: u8 = 1 << 6;
const ORG_I: u8 = 1 << 7;

/// What the word lists say of a word or phrase, as [`Lists`] bits.
const IN_PLACES: u8 = 1 << 4;
const IN_ORGANIZATIONS: u8 = 1 << 5;
const PHRASE_START: u8 = 1 << 6;

/// Every word and phrase of the lists the tagger consults, with what each list says of it:
/// one lookup per word instead of one per list.
struct Lists {
    flags: HashMap<&'static str, u8, crate::learn::FnvBuild>,
    /// Whether some entry starts with this byte: most words (all lowercase ones but a few)
    /// need no lookup at all.
    first_bytes: [bool; 256],
}

impl Lists {
    fn get() -> &'static Lists {
        static CELL: OnceLock<Lists> = OnceLock::new();
        CELL.get_or_init(|| {
            // Made at its largest size at once (the lists' total), not grown step by step.
            let most = lexicon::given_names().len()
                + lexicon::nicknames().len()
                + lexicon::titles().len()
                + lexicon::demonyms().len()
                + lexicon::org_words().len()
                + lexicon::places().len()
                + lexicon::organizations().len()
                + lexicon::phrase_starts().len();
            let mut flags: HashMap<&'static str, u8, crate::learn::FnvBuild> = HashMap::with_capacity_and_hasher(most, Default::default());
            let mut mark = |words: &mut dyn Iterator<Item = &'static str>, bit: u8| {
                for w in words {
                    *flags.entry(w).or_default() |= bit;
                }
            };
            mark(&mut lexicon::given_names().iter().copied(), GIVEN);
            mark(&mut lexicon::nicknames().keys().copied(), GIVEN);
            mark(&mut lexicon::titles().iter().copied(), TITLE);
            mark(&mut lexicon::demonyms().keys().copied(), DEMONYM);
            mark(&mut lexicon::org_words().iter().copied(), ORG_WORD);
            mark(&mut lexicon::places().keys().copied(), IN_PLACES);
            mark(&mut lexicon::organizations().keys().copied(), IN_ORGANIZATIONS);
            mark(&mut lexicon::phrase_starts().iter().copied(), PHRASE_START);
            let mut first_bytes = [false; 256];
            for k in flags.keys() {
                first_bytes[usize::from(k.as_bytes().first().copied().unwrap_or(0))] = true;
            }
            Lists { flags, first_bytes }
        })
    }

    /// The flags of a word or phrase, 0 if no list has it.
    fn of(&self, w: &str) -> u8 {
        match w.as_bytes().first() {
            Some(b) if self.first_bytes[usize::from(*b)] => self.flags.get(w).copied().unwrap_or(0),
            _ => 0,
        }
    }
}

/// Word-list evidence for each token of a sentence, as bits: given name, title, place or
/// organization (as the start or inside of a listed phrase), demonym, organization word.
fn gazetteer(words: &[&str], g: &mut Vec<u8>) {
    g.clear();
    g.resize(words.len(), 0);
    let lists = Lists::get();
    let mut phrase = String::new();
    for (i, w) in words.iter().enumerate() {
        let flags = lists.of(w);
        // The first four bits mean the same in both.
        g[i] |= flags & (GIVEN | TITLE | DEMONYM | ORG_WORD);
        // Listed phrases of up to four words starting here (only the word itself unless it
        // starts a listed phrase).
        let longest = if flags & PHRASE_START != 0 { 4 } else { 1 };
        for len in (1..=longest).rev() {
            if i + len > words.len() {
                continue;
            }
            let found = if len == 1 {
                flags
            } else {
                phrase.clear();
                for (k, x) in words[i..i + len].iter().enumerate() {
                    if k > 0 {
                        phrase.push(' ');
                    }
                    phrase.push_str(x);
                }
                lists.of(&phrase)
            };
            let (place, org) = (found & IN_PLACES != 0, found & IN_ORGANIZATIONS != 0);
            if place || org {
                let (b, inside) = if place { (PLACE_B, PLACE_I) } else { (ORG_B, ORG_I) };
                g[i] |= b;
                for row in g.iter_mut().skip(i + 1).take(len - 1) {
                    *row |= inside;
                }
                break;
            }
        }
    }
}

/// What the features of a sentence's tokens are made of. The lowercased words and the
/// shapes are kept end to end in one string each, with their ranges: no string per token.
/// They are made for the words that some token's features read ([`Sentence::prepare`]):
/// the tagger scores few of a sentence's tokens (none of the lowercase words after an O),
/// so half the words are never read.
struct Sentence<'a> {
    words: &'a [&'a str],
    lower: String,
    lower_at: Vec<(usize, usize)>,
    shapes: String,
    shape_at: Vec<(usize, usize)>,
    gaz: Vec<u8>,
}

/// The buffers of a [`Sentence`], kept by the tagger from one sentence to the next: the
/// first sentences grow them, the rest need no allocation.
#[derive(Default)]
struct Buffers {
    lower: String,
    lower_at: Vec<(usize, usize)>,
    shapes: String,
    shape_at: Vec<(usize, usize)>,
    gaz: Vec<u8>,
}

/// The range of a word's lowercase form or shape not made yet.
const NOT_YET: (usize, usize) = (usize::MAX, usize::MAX);

impl<'a> Sentence<'a> {
    /// The sentence with every word's lowercase form and shape made.
    fn new(words: &'a [&'a str]) -> Self {
        let mut s = Self::with_buffers(words, Buffers::default());
        (0..words.len()).for_each(|i| s.prepare(i));
        s
    }

    /// The sentence made in `buffers` (whatever they held before), with its word-list bits
    /// but no lowercase form or shape yet.
    fn with_buffers(words: &'a [&'a str], buffers: Buffers) -> Self {
        let Buffers { mut lower, mut lower_at, mut shapes, mut shape_at, mut gaz } = buffers;
        lower.clear();
        lower_at.clear();
        shapes.clear();
        shape_at.clear();
        lower.reserve(words.iter().map(|w| w.len()).sum());
        lower_at.resize(words.len(), NOT_YET);
        // A shape is at most nine bytes a word (most are two or three).
        shapes.reserve(words.len() * 4);
        shape_at.resize(words.len(), NOT_YET);
        gazetteer(words, &mut gaz);
        Sentence { words, lower, lower_at, shapes, shape_at, gaz }
    }

    /// Makes what the features of token `i` read: the lowercase forms and shapes of the
    /// words from two before it to two after it.
    fn prepare(&mut self, i: usize) {
        for j in i.saturating_sub(2)..i.saturating_add(3).min(self.words.len()) {
            if self.lower_at[j] == NOT_YET {
                let w = self.words[j];
                let start = self.lower.len();
                push_lower(w, &mut self.lower);
                self.lower_at[j] = (start, self.lower.len());
                let start = self.shapes.len();
                push_shape(w, &mut self.shapes);
                self.shape_at[j] = (start, self.shapes.len());
            }
        }
    }

    fn into_buffers(self) -> Buffers {
        let Sentence { lower, lower_at, shapes, shape_at, gaz, .. } = self;
        Buffers { lower, lower_at, shapes, shape_at, gaz }
    }

    fn lower(&self, i: usize) -> &str {
        let (a, b) = self.lower_at[i];
        self.lower.get(a..b).unwrap_or_default()
    }

    fn shape(&self, i: usize) -> &str {
        let (a, b) = self.shape_at[i];
        self.shapes.get(a..b).unwrap_or_default()
    }
}

/// The first `k` characters of `s`.
fn prefix(s: &str, k: usize) -> &str {
    // The first `k` bytes, when they are ASCII, are the first `k` characters.
    let n = k.min(s.len());
    if s.as_bytes()[..n].is_ascii() {
        return &s[..n];
    }
    s.char_indices().nth(k).map_or(s, |(i, _)| &s[..i])
}

/// The last `k` characters of `s`.
fn suffix(s: &str, k: usize) -> &str {
    // The last `k` bytes, when they are ASCII, are the last `k` characters.
    let n = k.min(s.len());
    if s.as_bytes()[s.len() - n..].is_ascii() {
        return &s[s.len() - n..];
    }
    s.char_indices().rev().nth(k.saturating_sub(1)).map_or(s, |(i, _)| if k == 0 { "" } else { &s[i..] })
}

/// The last three characters of `s` in reverse order, UTF-8 encoded into `buf`.
fn reversed_suffix<'b>(s: &str, buf: &'b mut [u8; 12]) -> &'b [u8] {
    let end = &s.as_bytes()[s.len() - s.len().min(3)..];
    if end.is_ascii() {
        for (to, from) in buf.iter_mut().zip(end.iter().rev()) {
            *to = *from;
        }
        return &buf[..end.len()];
    }
    let mut n = 0;
    for c in s.chars().rev().take(3) {
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    &buf[..n]
}

/// The hash of a feature template's name: where every key of that template starts.
const fn template(name: &[u8]) -> u64 {
    fnv(&[name])
}

/// Keys that depend on nothing but the tags before and a word-list bit, all computed at
/// compile time: `[prev]`, `[prev2][prev]`, `[bit]`, `[bit][prev]`.
const T_1: [u64; N] = {
    let mut t = [0; N];
    let mut p = 0;
    while p < N {
        t[p] = fnv(&[b"t-1", TAGS[p].as_bytes()]);
        p += 1;
    }
    t
};
const T_2T_1: [[u64; N]; N] = {
    let mut t = [[0; N]; N];
    let mut p2 = 0;
    while p2 < N {
        let mut p = 0;
        while p < N {
            t[p2][p] = fnv(&[b"t-2t-1", TAGS[p2].as_bytes(), TAGS[p].as_bytes()]);
            p += 1;
        }
        p2 += 1;
    }
    t
};
const fn gaz_keys(name: &[u8]) -> [u64; 8] {
    let mut t = [0; 8];
    let mut k = 0;
    while k < 8 {
        t[k] = fnv(&[name, GAZ_NAMES[k]]);
        k += 1;
    }
    t
}
const GAZ: [u64; 8] = gaz_keys(b"gaz");
const GAZ_PREV: [u64; 8] = gaz_keys(b"gaz-1");
const GAZ_NEXT: [u64; 8] = gaz_keys(b"gaz+1");
const GAZ_T: [[u64; N]; 8] = {
    let mut t = [[0; N]; 8];
    let mut k = 0;
    while k < 8 {
        let mut p = 0;
        while p < N {
            t[k][p] = fnv(&[b"gaz-t", GAZ_NAMES[k], TAGS[p].as_bytes()]);
            p += 1;
        }
        k += 1;
    }
    t
};

/// The feature keys of token `i`, given the two tags before it. The order of the keys is
/// part of the model's arithmetic (scores are summed in this order).
fn features(s: &Sentence, i: usize, prev: usize, prev2: usize, out: &mut Vec<u64>) {
    out.clear();
    let words = s.words;
    let w = words[i];
    let lw = s.lower(i).as_bytes();
    let at = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            "<s>"
        } else if j as usize >= words.len() {
            "</s>"
        } else {
            s.lower(j as usize)
        }
    };
    let shape_at = |k: isize| -> &[u8] {
        let j = i as isize + k;
        if j < 0 || j as usize >= words.len() {
            b""
        } else {
            s.shape(j as usize).as_bytes()
        }
    };
    let p = TAGS[prev].as_bytes();
    let (w_1s, w1s) = (at(-1), at(1));
    let (w_1, w1, w_2, w2) = (w_1s.as_bytes(), w1s.as_bytes(), at(-2).as_bytes(), at(2).as_bytes());
    let (sh_1, sh, sh1) = (shape_at(-1), shape_at(0), shape_at(1));
    let lws = s.lower(i);
    let k = |t: u64, parts: &[&[u8]]| fnv_more(t, parts);
    let (mut prev_end, mut next_end) = ([0u8; 12], [0u8; 12]);
    out.extend([
        const { fnv(&[b"bias"]) },
        k(const { template(b"w") }, &[w.as_bytes()]),
        k(const { template(b"lw") }, &[lw]),
        k(const { template(b"shape") }, &[sh]),
        k(const { template(b"pre3") }, &[prefix(lws, 3).as_bytes()]),
        k(const { template(b"suf2") }, &[suffix(lws, 2).as_bytes()]),
        k(const { template(b"suf3") }, &[suffix(lws, 3).as_bytes()]),
        k(const { template(b"suf4") }, &[suffix(lws, 4).as_bytes()]),
        k(const { template(b"w-1") }, &[w_1]),
        k(const { template(b"w+1") }, &[w1]),
        k(const { template(b"w-2") }, &[w_2]),
        k(const { template(b"w+2") }, &[w2]),
        k(const { template(b"w-1w") }, &[w_1, lw]),
        k(const { template(b"ww+1") }, &[lw, w1]),
        k(const { template(b"shape-1") }, &[sh_1]),
        k(const { template(b"shape+1") }, &[sh1]),
        k(const { template(b"shape3") }, &[sh_1, sh, sh1]),
        k(const { template(b"w-1shape") }, &[w_1, sh]),
        k(const { template(b"shapew+1") }, &[sh, w1]),
        k(const { template(b"suf3-1") }, &[reversed_suffix(w_1s, &mut prev_end)]),
        k(const { template(b"suf3+1") }, &[reversed_suffix(w1s, &mut next_end)]),
        T_1[prev],
        T_2T_1[prev2][prev],
        k(const { template(b"t-1w") }, &[p, lw]),
        k(const { template(b"t-1shape") }, &[p, sh]),
    ]);
    if i == 0 {
        out.push(k(const { template(b"first") }, &[sh]));
    }
    // The word-list bits of the token and its neighbours (none past the ends); most tokens
    // and neighbours have none, and then there is nothing to add.
    let gaz = &s.gaz;
    let (here, before, after) = (gaz[i], if i > 0 { gaz[i - 1] } else { 0 }, gaz.get(i + 1).copied().unwrap_or(0));
    if here | before | after == 0 {
        return;
    }
    for k in 0..8 {
        let bit = 1u8 << k;
        if here & bit != 0 {
            out.push(GAZ[k]);
            out.push(GAZ_T[k][prev]);
        }
        if before & bit != 0 {
            out.push(GAZ_PREV[k]);
        }
        if after & bit != 0 {
            out.push(GAZ_NEXT[k]);
        }
    }
}

/// Whether a word has no capitals or digits (nor any other letter or number that is not
/// lowercase): after an O, such a word is tagged O without scoring.
fn starts_nothing(w: &str) -> bool {
    if w.is_ascii() {
        return !w.bytes().any(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    }
    w.chars().all(|c| c.is_lowercase() || !c.is_alphanumeric())
}

/// Whether `tag` may follow `prev` (I-X only after B-X or I-X).
fn allowed(prev: usize, tag: usize) -> bool {
    tag == 0 || tag % 2 == 1 || prev == tag || prev + 1 == tag
}

/// A trained model: weights per feature key and tag.
pub struct Model {
    keys: crate::learn::KeyTable,
    weights: Vec<[f32; N]>,
}

/// Weights are stored as `sign · 127 · ln(1 + |w|/u) / ln(1 + max/u)` with `u = max/RANGE`:
/// four decades of resolution below the largest weight.
const RANGE: f32 = 10_000.0;
/// Stored levels below this are dropped as noise.
const FLOOR: i8 = 24;
/// A feature with a weight of at least this share of the largest is stored exactly (f32),
/// not on the 8-bit scale. These are a few dozen (the bias, the tag before, the commonest
/// words), and their weights are large and nearly cancel between tags: the scale's rounding
/// (3.7 % at most) of a weight of 800 is larger than most other features' whole weight.
/// Rounded, they cost the tagger 2.2 points of F1 on CoNLL++ dev (0.880 → 0.858, PER, ORG
/// and LOC, strict spans) and made it swing with the number of passes.
const EXACT_SHARE: f32 = 1.0 / 8.0;

fn quantize(w: f32, max: f32) -> i8 {
    let u = max / RANGE;
    let q = (127.0 * (1.0 + w.abs() / u).ln() / (1.0 + RANGE).ln()).round().min(127.0) as i8;
    if q < FLOOR {
        0
    } else if w < 0.0 {
        -q
    } else {
        q
    }
}

fn dequantize(q: i8, max: f32) -> f32 {
    let m = max / RANGE * ((f32::from(q.unsigned_abs()) / 127.0 * (1.0 + RANGE).ln()).exp() - 1.0);
    if q < 0 {
        -m
    } else {
        m
    }
}

impl Model {
    /// Reads a packed model; `None` if the bytes are not one. The layout (little-endian) is made
    /// for gzip, which the page's module goes through: each part is a run of like bytes.
    /// - `MAGIC`, the largest weight `max` (f32), the number of keys `n` (u32);
    /// - the keys, ascending, as [`crate::learn::write_keys`] writes them;
    /// - which tags each key has a non-zero weight for: tags 0–7 as one byte per key (bit t for
    ///   tag t), then tag 8 as one bit per key (key i in byte i / 8, bit i % 8);
    /// - the non-zero weights (i8), key after key, in tag order, except the last of each key
    ///   that has two or more;
    /// - for each key with two or more, its last weight minus [`predict_last`] of the others
    ///   (mod 256): a perceptron's weights for one feature sum to about zero, so this is
    ///   mostly 0 or ±1;
    /// - for each key whose weights are exact, ascending, its index among the keys (u32) and
    ///   its nine weights (f32), which replace its 8-bit ones; then how many such keys (u32).
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        let rest = b.strip_prefix(MAGIC.as_slice())?;
        let max = f32::from_le_bytes(rest.get(..4)?.try_into().ok()?);
        let n = u32::from_le_bytes(rest.get(4..8)?.try_into().ok()?) as usize;
        let (keys, rest) = crate::learn::read_keys(rest.get(8..)?, n)?;
        let (tags, rest) = rest.split_at_checked(n)?;
        let (last, values) = rest.split_at_checked(n.div_ceil(8))?;
        let masks: Vec<u16> = tags.iter().enumerate().map(|(i, t)| u16::from(*t) | u16::from(last[i / 8] >> (i % 8) & 1) << 8).collect();
        let predicted = masks.iter().filter(|m| m.count_ones() >= 2).count();
        // The exact weights are at the end, so the 8-bit ones end where they begin.
        let (values, exact) = split_exact(values)?;
        let (mut values, mut residuals) = values.split_at_checked(values.len().checked_sub(predicted)?)?;
        let levels: [f32; 256] = std::array::from_fn(|q| dequantize(q as u8 as i8, max));
        // One pass over the set bits of each mask, summing the levels as it goes for the
        // prediction: this loop runs 23,000 times before a page's first result.
        let scale: [i64; 256] = std::array::from_fn(|q| signed_level(q as u8 as i8));
        let mut weights = Vec::with_capacity(n);
        for mut mask in masks {
            let count = mask.count_ones() as usize;
            let (head, tail) = values.split_at_checked(stored_plainly(count))?;
            values = tail;
            let mut row = [0f32; N];
            let mut sum = 0i64;
            for &q in head {
                *row.get_mut(mask.trailing_zeros() as usize)? = levels[usize::from(q)];
                sum += scale[usize::from(q)];
                mask &= mask - 1;
            }
            if count >= 2 {
                let (&r, tail) = residuals.split_first()?;
                residuals = tail;
                *row.get_mut(mask.trailing_zeros() as usize)? = levels[usize::from((nearest_level(-sum) as u8).wrapping_add(r))];
            }
            weights.push(row);
        }
        if !values.is_empty() || !residuals.is_empty() {
            return None;
        }
        let mut last = None;
        for entry in exact.chunks_exact(4 + 4 * N) {
            let index = u32::from_le_bytes(entry[..4].try_into().ok()?) as usize;
            if last.is_some_and(|l| l >= index) {
                return None;
            }
            last = Some(index);
            let row = weights.get_mut(index)?;
            for (w, b) in row.iter_mut().zip(entry[4..].chunks_exact(4)) {
                *w = f32::from_le_bytes(b.try_into().ok()?);
            }
        }
        Some(Model { keys: crate::learn::KeyTable::new(keys), weights })
    }

    fn score(&self, feats: &[u64], scores: &mut [f32; N]) {
        *scores = [0.0; N];
        for f in feats {
            if let Some(i) = self.keys.find(*f as u32) {
                // The nine adds written out: the build optimises for size and would keep
                // them a loop (each tag's sum still takes the features in order).
                let [a, b, c, d, e, g, h, j, k] = self.weights[i];
                scores[0] += a;
                scores[1] += b;
                scores[2] += c;
                scores[3] += d;
                scores[4] += e;
                scores[5] += g;
                scores[6] += h;
                scores[7] += j;
                scores[8] += k;
            }
        }
    }

    /// How many weighted features the model holds.
    pub fn len(&self) -> usize {
        self.keys.keys().len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.keys().is_empty()
    }

    /// The tags of one sentence's words, greedily, left to right.
    pub fn tag(&self, words: &[&str]) -> Vec<usize> {
        thread_local! {
            static BUFFERS: std::cell::Cell<(Buffers, Vec<u64>)> = std::cell::Cell::default();
        }
        let (buffers, mut feats) = BUFFERS.with(std::cell::Cell::take);
        let mut sentence = Sentence::with_buffers(words, buffers);
        let mut tags = Vec::with_capacity(words.len());
        let mut scores = [0f32; N];
        for i in 0..words.len() {
            let prev = if i > 0 { tags[i - 1] } else { 0 };
            let prev2 = if i > 1 { tags[i - 2] } else { 0 };
            // A word without capitals or digits after an O does not start a name.
            if prev == 0 && starts_nothing(words[i]) {
                tags.push(0);
                continue;
            }
            sentence.prepare(i);
            features(&sentence, i, prev, prev2, &mut feats);
            self.score(&feats, &mut scores);
            let best = (0..N).filter(|&t| allowed(prev, t)).max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a))).unwrap_or(0);
            tags.push(best);
        }
        // Not the buffers of a giant sentence: they would hold their memory for good.
        if words.len() <= 1024 {
            BUFFERS.with(|b| b.set((sentence.into_buffers(), feats)));
        }
        tags
    }
}

/// The model embedded in the crate, loaded once.
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(include_bytes!("../data/ner.bin"))).as_ref()
}

/// Trains an averaged perceptron on `(words, tags)` sentences for `epochs` passes in a
/// fixed order (deterministic), and packs it: features seen fewer than `min_count` times a
/// pass dropped, weights on an 8-bit logarithmic scale, zeros dropped, the largest exact.
pub fn train(sentences: &[(Vec<String>, Vec<usize>)], epochs: usize, min_count: u32) -> Vec<u8> {
    // weight, running total, and the step it was last changed, per (feature, tag).
    let mut w: HashMap<u64, [(f32, f32, u32); N]> = HashMap::new();
    let mut step: u32 = 0;
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut feats = Vec::new();
    // How often each feature occurs over all passes: rare ones are dropped from the model
    // (counted in every pass, as features of predicted tags change from pass to pass).
    let mut seen: HashMap<u64, u32> = HashMap::new();
    for _ in 0..epochs {
        crate::learn::shuffle(&mut order, &mut seed);
        for &si in &order {
            let (words, gold) = &sentences[si];
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let sentence = Sentence::new(&words);
            let mut tags: Vec<usize> = Vec::with_capacity(words.len());
            for i in 0..words.len() {
                step += 1;
                let prev = if i > 0 { tags[i - 1] } else { 0 };
                let prev2 = if i > 1 { tags[i - 2] } else { 0 };
                features(&sentence, i, prev, prev2, &mut feats);
                for f in &feats {
                    *seen.entry(*f).or_default() += 1;
                }
                let mut scores = [0f32; N];
                for f in &feats {
                    if let Some(ws) = w.get(f) {
                        for (s, x) in scores.iter_mut().zip(ws.iter()) {
                            *s += x.0;
                        }
                    }
                }
                let guess = (0..N).filter(|&t| allowed(prev, t)).max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a))).unwrap_or(0);
                let truth = gold[i];
                if guess != truth {
                    for f in &feats {
                        let ws = w.entry(*f).or_insert([(0.0, 0.0, 0); N]);
                        for (t, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                            let e = &mut ws[t];
                            e.1 += (step - e.2) as f32 * e.0;
                            e.2 = step;
                            e.0 += delta;
                        }
                    }
                }
                tags.push(guess);
            }
        }
    }
    // Averages, then 8-bit quantisation with one scale for the whole model.
    let mut avg: Vec<(u32, [f32; N])> = w
        .into_iter()
        .filter(|(k, _)| seen.get(k).is_some_and(|n| *n as usize >= min_count as usize * epochs))
        .map(|(k, ws)| (k as u32, std::array::from_fn(|t| (ws[t].1 + (step - ws[t].2) as f32 * ws[t].0) / step as f32)))
        .collect();
    avg.sort_by_key(|x| x.0);
    avg.dedup_by_key(|x| x.0);
    // Weights span several orders of magnitude, so they are stored on a logarithmic
    // 8-bit scale (a sign and 127 steps); near-zero weights become 0 and are dropped.
    let max = avg.iter().flat_map(|x| x.1.iter()).fold(0f32, |m, v| m.max(v.abs()));
    let avg: Vec<(u32, [f32; N])> = avg.into_iter().filter(|(_, ws)| ws.iter().any(|w| quantize(*w, max) != 0)).collect();
    let packed: Vec<(u32, [i8; N])> = avg.iter().map(|(k, ws)| (*k, std::array::from_fn(|t| quantize(ws[t], max)))).collect();
    let exact: Vec<(u32, [f32; N])> = avg.iter().enumerate().filter(|(_, (_, ws))| ws.iter().any(|w| w.abs() >= max * EXACT_SHARE)).map(|(i, (_, ws))| (i as u32, *ws)).collect();
    pack(max, &packed, &exact)
}

/// The exact weights at the end of `values` (what follows the key masks), and what is before
/// them; `None` if their count does not fit.
fn split_exact(values: &[u8]) -> Option<(&[u8], &[u8])> {
    let (values, count) = values.split_at_checked(values.len().checked_sub(4)?)?;
    let m = u32::from_le_bytes(count.try_into().ok()?) as usize;
    values.split_at_checked(values.len().checked_sub(m.checked_mul(4 + 4 * N)?)?)
}

/// The bytes of a model in the layout [`Model::from_bytes`] reads; `packed` is sorted by key,
/// `exact` holds indices into it, ascending, with the weights that replace theirs.
fn pack(max: f32, packed: &[(u32, [i8; N])], exact: &[(u32, [f32; N])]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend(max.to_le_bytes());
    out.extend((packed.len() as u32).to_le_bytes());
    crate::learn::write_keys(packed.iter().map(|x| x.0), &mut out);
    out.extend(packed.iter().map(|(_, ws)| (0..8).filter(|&t| ws[t] != 0).fold(0u8, |m, t| m | 1 << t)));
    out.extend(packed.chunks(8).map(|c| c.iter().enumerate().filter(|(_, (_, ws))| ws[8] != 0).fold(0u8, |m, (i, _)| m | 1 << i)));
    let nonzero: Vec<Vec<i8>> = packed.iter().map(|(_, ws)| ws.iter().copied().filter(|w| *w != 0).collect()).collect();
    out.extend(nonzero.iter().flat_map(|ws| &ws[..stored_plainly(ws.len())]).map(|w| *w as u8));
    out.extend(nonzero.iter().filter(|ws| ws.len() >= 2).map(|ws| (ws[ws.len() - 1] as u8).wrapping_sub(predict_last(&ws[..ws.len() - 1]) as u8)));
    for (index, ws) in exact {
        out.extend(index.to_le_bytes());
        out.extend(ws.iter().flat_map(|w| w.to_le_bytes()));
    }
    out.extend((exact.len() as u32).to_le_bytes());
    out
}

/// How many of a key's `nonzero` weights are stored as they are: all but the last when there
/// are two or more (the last is stored as its difference from [`predict_last`]).
fn stored_plainly(nonzero: usize) -> usize {
    if nonzero >= 2 {
        nonzero - 1
    } else {
        nonzero
    }
}

/// The stored level a feature's last non-zero weight is likely to have, from its others:
/// the one nearest to minus their sum. Integer arithmetic only, so that every platform reads
/// the same model: level q stands for about 2^32 · ((1 + RANGE)^(q/127) − 1) here, the
/// scale [`dequantize`] uses in units of `max / RANGE`.
fn predict_last(others: &[i8]) -> i8 {
    nearest_level(-others.iter().map(|&q| signed_level(q)).sum::<i64>())
}

/// The integer scale of [`predict_last`]: level |q| at 2^32 · ((1 + RANGE)^(|q|/127) − 1).
fn levels() -> &'static [i64; 128] {
    static LEVELS: OnceLock<[i64; 128]> = OnceLock::new();
    LEVELS.get_or_init(|| {
        // 2^32 · 10001^(1/127), the ratio between neighbouring levels.
        const RATIO: u128 = 0x1_1341_7799;
        let mut e = 1u128 << 32;
        std::array::from_fn(|q| {
            if q > 0 {
                e = (e * RATIO) >> 32;
            }
            (e - (1 << 32)) as i64
        })
    })
}

/// Stored level `q` on that scale, with its sign.
fn signed_level(q: i8) -> i64 {
    let l = levels()[usize::from(q.unsigned_abs()).min(127)];
    if q < 0 {
        -l
    } else {
        l
    }
}

/// The stored level nearest to `target` on that scale.
fn nearest_level(target: i64) -> i8 {
    let levels = levels();
    let m = target.abs();
    let mut q = levels.partition_point(|&l| l < m).min(127);
    if q > 0 && m - levels[q - 1] <= levels[q] - m {
        q -= 1;
    }
    if target < 0 {
        -(q as i8)
    } else {
        q as i8
    }
}

/// The `(start, end, type)` token spans of a BIO tag sequence.
pub fn spans<'a>(tags: &[&'a str]) -> Vec<(usize, usize, &'a str)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (bio, ty) = t.split_once('-').unwrap_or((t, ""));
        if bio == "I" && open.is_some_and(|o| o.1 == ty) {
            continue;
        }
        if let Some((s, ty0)) = open.take() {
            out.push((s, i, ty0));
        }
        if bio == "B" || bio == "I" {
            open = Some((i, ty));
        }
    }
    if let Some((s, ty)) = open {
        out.push((s, tags.len(), ty));
    }
    out
}

/// [`spans`] of tags given by their indices in [`TAGS`]: no tag's name taken apart. An index
/// past the tags counts as O.
pub fn index_spans(tags: &[usize]) -> Vec<(usize, usize, &'static str)> {
    const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
    let mut out = Vec::new();
    // The open span's start and type index.
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let (inside, ty) = (t > 0 && t < N && t % 2 == 0, t.wrapping_sub(1) / 2);
        if inside && open.is_some_and(|o| o.1 == ty) {
            continue;
        }
        if let Some((s, ty0)) = open.take() {
            out.push((s, i, TYPES[ty0]));
        }
        if t > 0 && t < N {
            open = Some((i, ty));
        }
    }
    if let Some((s, ty)) = open {
        out.push((s, tags.len(), TYPES[ty]));
    }
    out
}

/// The tag index of a CoNLL tag, or O.
pub fn tag_index(tag: &str) -> usize {
    TAGS.iter().position(|t| *t == tag).unwrap_or(0)
}

/// The feature extraction as first written (a string per word and per list lookup), kept to
/// check that the faster one gives the same keys in the same order.
#[cfg(test)]
mod reference {
    use super::{prefix, reversed_suffix, suffix, TAGS};
    use crate::learn::fnv;
    use crate::lexicon;

    pub fn shape(w: &str) -> String {
        let mut out = String::new();
        let mut last = '\0';
        for c in w.chars() {
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else {
                c
            };
            if s != last {
                out.push(s);
                last = s;
            }
            if out.len() > 8 {
                break;
            }
        }
        out
    }

    fn gazetteer(words: &[&str]) -> Vec<[bool; 8]> {
        let mut g = vec![[false; 8]; words.len()];
        for (i, w) in words.iter().enumerate() {
            g[i][0] = lexicon::is_given_name(w);
            g[i][1] = lexicon::titles().contains(w);
            g[i][2] = lexicon::demonyms().contains_key(w);
            g[i][3] = lexicon::org_words().contains(w);
            let longest = if lexicon::phrase_starts().contains(w) { 4 } else { 1 };
            for len in (1..=longest).rev() {
                if i + len > words.len() {
                    continue;
                }
                let phrase = words[i..i + len].join(" ");
                let place = lexicon::places().contains_key(phrase.as_str());
                let org = lexicon::organizations().contains_key(phrase.as_str());
                if place || org {
                    let (b, inside) = if place { (4, 5) } else { (6, 7) };
                    g[i][b] = true;
                    for row in g.iter_mut().skip(i + 1).take(len - 1) {
                        row[inside] = true;
                    }
                    break;
                }
            }
        }
        g
    }

    pub fn features(words: &[&str], i: usize, prev: usize, prev2: usize) -> Vec<u64> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let shapes: Vec<String> = words.iter().map(|w| shape(w)).collect();
        let gaz = gazetteer(words);
        let mut out = Vec::new();
        let w = words[i];
        let lw = lower[i].as_str();
        let at = |k: isize| -> &str {
            let j = i as isize + k;
            if j < 0 {
                "<s>"
            } else if j as usize >= words.len() {
                "</s>"
            } else {
                lower[j as usize].as_str()
            }
        };
        let shape_at = |k: isize| -> &str {
            let j = i as isize + k;
            if j < 0 || j as usize >= words.len() {
                ""
            } else {
                shapes[j as usize].as_str()
            }
        };
        let (p, p2) = (TAGS[prev].as_bytes(), TAGS[prev2].as_bytes());
        let mut f = |parts: &[&[u8]]| out.push(fnv(parts));
        let (sh_1, sh, sh1) = (shape_at(-1).as_bytes(), shape_at(0).as_bytes(), shape_at(1).as_bytes());
        f(&[b"bias"]);
        f(&[b"w", w.as_bytes()]);
        f(&[b"lw", lw.as_bytes()]);
        f(&[b"shape", sh]);
        f(&[b"pre3", prefix(lw, 3).as_bytes()]);
        f(&[b"suf2", suffix(lw, 2).as_bytes()]);
        f(&[b"suf3", suffix(lw, 3).as_bytes()]);
        f(&[b"suf4", suffix(lw, 4).as_bytes()]);
        f(&[b"w-1", at(-1).as_bytes()]);
        f(&[b"w+1", at(1).as_bytes()]);
        f(&[b"w-2", at(-2).as_bytes()]);
        f(&[b"w+2", at(2).as_bytes()]);
        f(&[b"w-1w", at(-1).as_bytes(), lw.as_bytes()]);
        f(&[b"ww+1", lw.as_bytes(), at(1).as_bytes()]);
        f(&[b"shape-1", sh_1]);
        f(&[b"shape+1", sh1]);
        f(&[b"shape3", sh_1, sh, sh1]);
        f(&[b"w-1shape", at(-1).as_bytes(), sh]);
        f(&[b"shapew+1", sh, at(1).as_bytes()]);
        let mut buf = [0u8; 12];
        f(&[b"suf3-1", reversed_suffix(at(-1), &mut buf)]);
        f(&[b"suf3+1", reversed_suffix(at(1), &mut buf)]);
        f(&[b"t-1", p]);
        f(&[b"t-2t-1", p2, p]);
        f(&[b"t-1w", p, lw.as_bytes()]);
        f(&[b"t-1shape", p, sh]);
        if i == 0 {
            f(&[b"first", sh]);
        }
        let names: [&[u8]; 8] = [b"given", b"title", b"demonym", b"orgword", b"placeB", b"placeI", b"orgB", b"orgI"];
        for (k, name) in names.iter().enumerate() {
            if gaz[i][k] {
                f(&[b"gaz", name]);
                f(&[b"gaz-t", name, p]);
            }
            if i > 0 && gaz[i - 1][k] {
                f(&[b"gaz-1", name]);
            }
            if i + 1 < gaz.len() && gaz[i + 1][k] {
                f(&[b"gaz+1", name]);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_count_characters_not_bytes() {
        assert_eq!(prefix("zürich", 3), "zür");
        assert_eq!(prefix("ab", 3), "ab");
        assert_eq!(suffix("zürich", 4), "rich");
        assert_eq!(suffix("é", 2), "é");
        assert_eq!(suffix("", 3), "");
        let mut buf = [0u8; 12];
        assert_eq!(reversed_suffix("<s>", &mut buf), b">s<");
        assert_eq!(reversed_suffix("café😀", &mut buf), "😀éf".as_bytes());
    }

    /// The ASCII shortcuts of the affixes give what counting characters gives.
    #[test]
    fn affix_shortcuts_match_the_character_count() {
        let chars_prefix = |s: &str, k: usize| s.chars().take(k).collect::<String>();
        let chars_suffix = |s: &str, k: usize| {
            let c: Vec<char> = s.chars().collect();
            c[c.len() - k.min(c.len())..].iter().collect::<String>()
        };
        for s in ["", "a", "ab", "abc", "abcd", "abcde", "é", "éa", "aé", "éab", "abé", "aébc", "abcé", "zürich", "😀", "a😀b", "ab😀", "😀ab", "abc😀d", "<s>"] {
            for k in 0..6 {
                assert_eq!(prefix(s, k), chars_prefix(s, k), "{s:?} {k}");
                assert_eq!(suffix(s, k), chars_suffix(s, k), "{s:?} {k}");
            }
            let mut buf = [0u8; 12];
            let want: String = s.chars().rev().take(3).collect();
            assert_eq!(reversed_suffix(s, &mut buf), want.as_bytes(), "{s:?}");
        }
    }

    #[test]
    fn the_lookup_table_finds_every_key_and_nothing_else() {
        let m = model().expect("built-in model");
        assert!(m.keys.keys().iter().enumerate().all(|(i, k)| m.keys.find(*k) == Some(i)));
        let absent = (0..10_000u32).map(|i| i.wrapping_mul(2_654_435_761)).filter(|k| m.keys.keys().binary_search(k).is_err());
        assert!(absent.take(1000).all(|k| m.keys.find(k).is_none()));
    }

    /// The features are the keys of the strings they were first defined as, in the same
    /// order, whatever the words (lists, phrases, capitals, other scripts) and the tags.
    #[test]
    fn features_match_the_reference() {
        let text = "Defense Secretary Ashton Carter met Japanese Foreign Minister Fumio Kishida in Tokyo , New York and the United Nations Security Council . \
                    ÉMILE Zola’s U.S.-Japan ties 1996-08-22 İstanbul ΣΟΦΊΑ Straße 😀 Ash said NATO , the Pentagon , North Korean Prime Minister of the U.K. Sen. Dr. x";
        let words: Vec<&str> = text.split(' ').collect();
        for n in [0, 1, 2, 5, words.len()] {
            for start in [0, 3, 17] {
                let ws = &words[start.min(words.len())..(start + n).min(words.len())];
                let sentence = Sentence::new(ws);
                let mut got = Vec::new();
                for i in 0..ws.len() {
                    for (prev, prev2) in [(0, 0), (1, 0), (2, 1), (5, 6), (8, 7)] {
                        features(&sentence, i, prev, prev2, &mut got);
                        assert_eq!(got, reference::features(ws, i, prev, prev2), "{ws:?} {i}");
                    }
                }
            }
        }
    }

    #[test]
    fn words_are_read_as_conll_writes_them() {
        for (w, form) in [("’s", "'s"), ("O’Malley", "O'Malley"), ("“", "\""), ("»", "\""), ("—", "—"), ("Zoë", "Zoë"), ("said", "said")] {
            assert_eq!(conll_form(w), form, "{w}");
        }
    }

    #[test]
    fn shapes() {
        let shape = |w: &str| {
            let mut s = String::new();
            push_shape(w, &mut s);
            s
        };
        assert_eq!(shape("Ashton"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-22"), "d-d-d");
        assert_eq!(shape("Ünïcødé-Straße😀"), "Xx-Xx😀");
    }

    /// Spans from tag indices are the spans from the tags' names, whatever the sequence.
    #[test]
    fn index_spans_are_the_named_spans() {
        let mut seqs: Vec<Vec<usize>> = vec![vec![], vec![0], vec![2], vec![1, 2, 2, 0, 4, 3, 4, 4, 5, 7, 8, 6, 2, 1, 1]];
        // Every sequence of three tags.
        for k in 0..N * N * N {
            seqs.push(vec![k % N, k / N % N, k / N / N]);
        }
        for tags in seqs {
            let names: Vec<&str> = tags.iter().map(|&t| TAGS[t]).collect();
            assert_eq!(index_spans(&tags), spans(&names), "{names:?}");
        }
    }

    /// A token's features read only what [`Sentence::prepare`] made for it: prepared alone,
    /// in any order, in reused buffers, they are the features of the fully made sentence.
    #[test]
    fn prepared_tokens_have_the_full_features() {
        let text = "Defense Secretary Ashton Carter met ÉMILE Zola’s U.S.-Japan ties in New York , the U.K. 😀 x";
        let words: Vec<&str> = text.split(' ').collect();
        let full = Sentence::new(&words);
        let mut buffers = Buffers::default();
        for order in [vec![0], vec![words.len() - 1], vec![3, 1], (0..words.len()).rev().collect(), (0..words.len()).step_by(3).collect()] {
            let mut lazy = Sentence::with_buffers(&words, buffers);
            let (mut got, mut want) = (Vec::new(), Vec::new());
            for &i in &order {
                lazy.prepare(i);
                features(&lazy, i, 1, 0, &mut got);
                features(&full, i, 1, 0, &mut want);
                assert_eq!(got, want, "{order:?} {i}");
            }
            buffers = lazy.into_buffers();
        }
    }

    /// The tagger's buffers, kept from one sentence to the next, carry nothing over: each
    /// sentence gets the tags it gets in a fresh thread, whatever came before it.
    #[test]
    fn kept_buffers_change_no_tag() {
        let m = model().expect("built-in model");
        let sentences: Vec<Vec<&'static str>> = [
            "Defense Secretary Ashton Carter met Japanese Foreign Minister Fumio Kishida in Tokyo , New York and the United Nations Security Council .",
            "ÉMILE Zola said NATO met",
            "",
            "the U.S.-Japan ties",
            "President Obama",
        ]
        .iter()
        .map(|s| s.split(' ').filter(|w| !w.is_empty()).collect())
        .collect();
        let fresh: Vec<Vec<usize>> = sentences
            .iter()
            .map(|ws| {
                let ws = ws.clone();
                std::thread::spawn(move || m.tag(&ws)).join().expect("tagging thread")
            })
            .collect();
        for round in 0..2 {
            for (ws, want) in sentences.iter().zip(&fresh) {
                assert_eq!(&m.tag(ws), want, "round {round}: {ws:?}");
            }
        }
    }

    /// The ASCII fast paths agree with the character-by-character definitions.
    #[test]
    fn ascii_paths_match_the_definitions() {
        let ascii = ["", "a", "A", "7", "Ashton", "U.S.", "1996-08-22", "a1B2c3D4e5F6g7H8", "x.y.z.w.v.u.t.s.r", "AAAA....1111____", "\0\0a\0", "--", "O'Neill", "McDONALD's"];
        let words = ascii.into_iter().chain(["é", "Zürich", "ÉMILE", "straße", "Ⅻ", "٣"]);
        for w in words {
            let mut fast = String::new();
            push_shape(w, &mut fast);
            assert_eq!(fast, reference::shape(w), "{w:?}");
            assert_eq!(starts_nothing(w), w.chars().all(|c| c.is_lowercase() || !c.is_alphanumeric()), "{w:?}");
        }
    }

    #[test]
    fn a_tiny_model_learns_and_round_trips() {
        let s = |w: &str, t: &str| (w.split(' ').map(String::from).collect::<Vec<_>>(), t.split(' ').map(tag_index).collect::<Vec<_>>());
        let data = vec![s("Peter Blackburn said", "B-PER I-PER O"), s("in Paris today", "O B-LOC O"), s("Anna Smith went to Paris", "B-PER I-PER O O B-LOC")];
        let bytes = train(&data, 10, 1);
        let m = Model::from_bytes(&bytes).expect("a packed model");
        assert_eq!(m.tag(&["Peter", "Blackburn", "said"]), [1, 2, 0]);
        assert!(Model::from_bytes(b"not a model").is_none());
    }

    #[test]
    fn the_packed_layout_round_trips() {
        let mut rows: Vec<(u32, [i8; N])> = vec![(0, [1; N]), (7, [0, 0, 0, 0, 0, 0, 0, 0, -127]), (1 << 16, [0, 24, 0, 0, 0, 0, 0, 0, 0]), (1 << 30, [-30; N])];
        rows.extend((0..20).map(|i| (u32::MAX - 20 + i, std::array::from_fn(|t| if (t as u32 + i) % 3 == 0 { 40 } else { 0 }))));
        let exact = [(1, [-3.25, 0.0, 1e-7, 2.5, -0.5, 3.0, 0.0, 0.0, 1.0]), (3, [0.75; N])];
        let bytes = pack(3.5, &rows, &exact);
        let m = Model::from_bytes(&bytes).expect("a packed model");
        assert_eq!(m.keys.keys(), rows.iter().map(|r| r.0).collect::<Vec<_>>());
        let level = |q: i8| dequantize(q, 3.5);
        for (i, (row, got)) in rows.iter().zip(&m.weights).enumerate() {
            let want: [f32; N] = exact.iter().find(|e| e.0 as usize == i).map_or_else(|| row.1.map(level), |e| e.1);
            assert_eq!(*got, want, "key {i}");
        }
        assert!((level(127) - 3.5).abs() < 1e-4 && level(-127) == -level(127) && level(0) == 0.0);
        assert!((0..bytes.len()).all(|n| Model::from_bytes(&bytes[..n]).is_none()));
        assert!(Model::from_bytes(&[bytes.as_slice(), &[0]].concat()).is_none());
        // Exact rows out of order, or past the last key, are no model.
        assert!(Model::from_bytes(&pack(3.5, &rows, &[exact[1], exact[0]])).is_none());
        assert!(Model::from_bytes(&pack(3.5, &rows, &[(rows.len() as u32, [0.0; N])])).is_none());
        // Any byte where a weight goes (-128 too) reads without a panic.
        assert!(Model::from_bytes(&pack(1.0, &[(1, [i8::MIN; N])], &[])).is_some());
    }
}

#[cfg(test)]
mod model_tests {
    /// The committed model tags plain news English as expected.
    #[test]
    fn the_embedded_model_tags_names() {
        let m = super::model().expect("data/ner.bin is a model");
        let words: Vec<&str> = "Defense Secretary Ashton Carter met Japanese Foreign Minister Fumio Kishida in Tokyo .".split(' ').collect();
        let tags: Vec<&str> = m.tag(&words).into_iter().map(|t| super::TAGS[t]).collect();
        assert_eq!(tags, ["O", "O", "B-PER", "I-PER", "O", "B-MISC", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]);
    }
}
