//! Shared by the fuzz targets: the invariants every result must satisfy (the same file the
//! property tests use), and text built from the pieces news articles are made of.

#[path = "../../tests/support/invariants.rs"]
pub mod invariants;

use arbitrary::Arbitrary;

/// Analyses `text` and checks the result: any failure is a crash the fuzzer keeps. (That a
/// second analysis gives the same result is left to the property tests: it would halve the
/// executions per second here.)
pub fn analyze_and_check(text: &str) {
    let d = presslens::analyze_document("fuzz", text);
    if let Err(e) = invariants::check_document(text, &d) {
        panic!("{e}");
    }
    let corpus = presslens::merge_corpus(std::slice::from_ref(&d));
    if let Err(e) = invariants::check_corpus(std::slice::from_ref(&d), &corpus) {
        panic!("{e}");
    }
}

const QUOTES: &[&str] = &["\"", "“", "”", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "``", "''", "\u{301d}", "\u{301e}"];
const NAMES: &[&str] = &[
    "Ashton Carter", "Carter", "Mr. Abe", "Shinzo Abe", "Prime Minister Shinzo Abe", "he", "she", "they", "the official", "a spokesman",
    "Defense Secretary", "NATO", "the U.S.", "Japan", "Self-Defense Forces", "John F. Kennedy Jr.", "Mary", "Ms. López", "Lee Jong-un", "Tokyo",
];
const VERBS: &[&str] = &["said", "says", "told reporters", "according to", "added", "warned", "asked", "wrote", "said on Monday", "noted that", "claimed"];
const BREAKS: &[&str] = &["\n", "\r\n", "\r", "\n\n", "\u{2029}", "\u{85}", "\u{2028}", "\n\n\n\n"];
const PUNCT: &[&str] = &[".", ",", ":", ";", "?", "!", "—", " - ", "(", ")", "...", "…", "[", "]", "*", "&", "/", "%", "$", "#"];
const WORDS: &[&str] = &[
    "the", "troops", "agreement", "in", "of", "about", "nearly", "more than", "million", "per cent", "percent", "years", "decades", "ago",
    "the first time", "since", "officials", "It", "The", "A", "We", "will", "not", "could", "may", "东京", "مرحبا", "שלום", "🙂", "\u{200f}", "\u{0}", "\u{feff}", "\t",
];
const NUMBERS: &[&str] = &["49,000", "50,000", "1997", "2015", "17", "20", "3.5", "1e400", "12%", "$4.2 billion", "two", "a dozen", "April 27, 2015", "Monday", "last year", "9/11", "1,000,000,000,000,000,000,000,000", "0.0000001", "99999999999999999999999"];

/// Texts stop growing past this many bytes, so that nested repeats stay fast to run. At
/// 64 KB the long runs fell to 300–600 executions a second once their corpus grew long
/// texts (each one a whole article's analysis); 8 KB, a short article, keeps them near
/// 2,000. Long inputs are the hostile tests' and the benchmark's job: they measure the time.
const MAX_TEXT: usize = 1 << 13;

/// One piece of an article-like text.
#[derive(Arbitrary, Debug)]
pub enum Piece {
    Quote(u8),
    Name(u8),
    Verb(u8),
    Break(u8),
    Punct(u8),
    Word(u8),
    Number(u8),
    Space,
    /// A run of the same piece, so that long repetitions are reachable.
    Repeat(u8, Box<Piece>),
    Raw(String),
}

impl Piece {
    fn write(&self, out: &mut String) {
        if out.len() > MAX_TEXT {
            return;
        }
        let pick = |list: &[&str], i: u8| list[i as usize % list.len()].to_string();
        match self {
            Piece::Quote(i) => out.push_str(&pick(QUOTES, *i)),
            Piece::Name(i) => out.push_str(&pick(NAMES, *i)),
            Piece::Verb(i) => out.push_str(&pick(VERBS, *i)),
            Piece::Break(i) => out.push_str(&pick(BREAKS, *i)),
            Piece::Punct(i) => out.push_str(&pick(PUNCT, *i)),
            Piece::Word(i) => out.push_str(&pick(WORDS, *i)),
            Piece::Number(i) => out.push_str(&pick(NUMBERS, *i)),
            Piece::Space => out.push(' '),
            Piece::Repeat(n, p) => {
                for _ in 0..*n {
                    let before = out.len();
                    p.write(out);
                    // A piece that writes nothing (an empty Raw, or the text at its limit)
                    // would only spin: 255⁴ nested repeats of "" took 15 s to build.
                    if out.len() == before {
                        break;
                    }
                }
            }
            Piece::Raw(s) => out.push_str(s),
        }
    }
}

/// The text the pieces make, spaced like prose.
pub fn text_of(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        p.write(&mut out);
        if !matches!(p, Piece::Quote(_) | Piece::Break(_) | Piece::Space) {
            out.push(' ');
        }
    }
    out
}
