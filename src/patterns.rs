//! Regular expressions compiled ahead of time. The date rules (`dates.rs`) and the quantity
//! pattern (`quantities.rs`) are written as regexes, and regex-automata turns each into a
//! forward and a reverse DFA. They are kept, serialised, in `data/patterns.dfa`, a generated
//! file: the analyser reads them in place at start-up instead of compiling 22 patterns, which
//! was four fifths of its first call, and the module carries no regex compiler. `make
//! patterns` rewrites the file from the patterns, and a test fails when the file and the
//! patterns disagree.
//!
//! The forward DFA, which reads every byte searched, is dense (one table lookup a byte); the
//! reverse one, which only walks back over a match to find where it starts, is sparse (a
//! tenth of the size). The file is each pattern's forward then reverse DFA, each preceded by
//! its length in bytes as a 32-bit little-endian number and padded to a multiple of 8 bytes
//! (a dense DFA is read in place as 32-bit words). Little-endian: the order of wasm and of the
//! machines the CLI runs on.

use crate::text::Range;
use regex_automata::dfa::{dense, sparse, Automaton};
use regex_automata::{Anchored, Input};
use std::sync::OnceLock;

#[cfg(target_endian = "big")]
compile_error!("data/patterns.dfa holds little-endian DFAs");

/// One compiled pattern. It finds leftmost-first matches, as the `regex` crate does.
pub(crate) struct Pattern {
    forward: dense::DFA<&'static [u32]>,
    reverse: sparse::DFA<&'static [u8]>,
}

#[repr(C, align(8))]
struct Aligned<B: ?Sized> {
    bytes: B,
}

static FILE: &Aligned<[u8]> = &Aligned { bytes: *include_bytes!("../data/patterns.dfa") };

/// The patterns, in the file's order: the date rules, then the quantity pattern.
pub(crate) fn all() -> &'static [Pattern] {
    static P: OnceLock<Vec<Pattern>> = OnceLock::new();
    P.get_or_init(|| read(&FILE.bytes, Check::No).filter(|p| p.len() == crate::dates::RULES + 1).expect("data/patterns.dfa is made by `make patterns`"))
}

/// Whether reading a DFA checks every transition of it.
#[derive(Clone, Copy, PartialEq)]
enum Check {
    /// For bytes from anywhere.
    Yes,
    /// For [`FILE`] only. Checking its 2 MB of tables was a third of the analyser's start-up
    /// (7.3 M of 22.6 M instructions natively, about 20 ms of a page worker's ready time);
    /// reading them unchecked takes constant time. `tests::the_file_passes_the_full_check`
    /// reads these same compiled-in bytes with the check, in the native and the wasm tests.
    No,
}

/// The file's DFAs, or `None` if it is not a whole file of them. `bytes` starts 8-aligned.
fn read(mut bytes: &'static [u8], check: Check) -> Option<Vec<Pattern>> {
    let mut next = || -> Option<&'static [u8]> {
        let len = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        let dfa = bytes.get(8..8usize.checked_add(len)?)?;
        bytes = bytes.get(8usize.checked_add(len.checked_next_multiple_of(8)?)?..)?;
        Some(dfa)
    };
    let mut out = Vec::new();
    while let Some(forward) = next() {
        let reverse = next()?;
        let (forward, reverse) = if check == Check::Yes {
            (dense::DFA::from_bytes(forward).ok()?.0, sparse::DFA::from_bytes(reverse).ok()?.0)
        } else {
            // SAFETY: `Check::No` is only given `FILE`: bytes compiled into the program, that
            // regex-automata's own serialiser wrote (`build`, `make patterns`), and that the
            // test named above reads with every check (the crate's documented use of these).
            unsafe { (dense::DFA::from_bytes_unchecked(forward).ok()?.0, sparse::DFA::from_bytes_unchecked(reverse).ok()?.0) }
        };
        out.push(Pattern { forward, reverse });
    }
    Some(out)
}

/// The leftmost-first match of `pattern` in `input`, if any: where the forward DFA ends it,
/// then where the reverse DFA, reading back from there, starts it. A search cannot fail on
/// these patterns (they have no Unicode word boundaries, the only thing that makes a DFA give
/// up); were one to, it counts as no match rather than a panic.
pub(crate) fn find(pattern: &Pattern, input: &Input) -> Option<Range> {
    let end = pattern.forward.try_search_fwd(input).ok()??.offset();
    if end == input.start() {
        return Some(Range::new(end, end));
    }
    let back = input.clone().span(input.start()..end).anchored(Anchored::Yes).earliest(false);
    let start = pattern.reverse.try_search_rev(&back).ok()??.offset();
    Some(Range::new(start, end))
}

/// The source of every pattern, in the file's order: the date rules, then the quantity
/// pattern.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn sources() -> Vec<String> {
    let mut out = crate::dates::pattern_sources();
    out.push(crate::quantities::pattern_source());
    out
}

/// The file's bytes, built from [`sources`]. Minimised DFAs, so that the same patterns
/// always give the same bytes. (Native tests only: the compiler is a native dev-dependency.)
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn build() -> Vec<u8> {
    use regex_automata::dfa::regex::Regex;
    let mut out = Vec::new();
    let mut put = |bytes: &[u8]| {
        out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(bytes);
        out.resize(out.len().next_multiple_of(8), 0);
    };
    for source in sources() {
        let re = Regex::builder().dense(dense::Config::new().minimize(true)).build(&source).expect("a valid pattern");
        // (The bytes after the padding that aligns the DFA in this Vec: the file aligns it.)
        let (forward, padding) = re.forward().to_bytes_little_endian();
        put(&forward[padding..]);
        put(&re.reverse().to_sparse().expect("a sparse DFA").to_bytes_little_endian());
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// `data/patterns.dfa` is what the patterns compile to. `PRESSLENS_BLESS=1` (or `make
    /// patterns`) rewrites it.
    #[test]
    fn the_compiled_patterns_are_current() {
        let built = build();
        if std::env::var_os("PRESSLENS_BLESS").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/data/patterns.dfa"), &built).expect("write data/patterns.dfa");
            return;
        }
        assert!(built == FILE.bytes, "data/patterns.dfa is out of date with the patterns: run `make patterns`");
        assert_eq!(all().len(), sources().len());
    }

    /// A truncated file reads as none, not as a panic.
    #[test]
    fn a_truncated_file_is_refused() {
        let bytes = &FILE.bytes;
        assert!(read(&bytes[..bytes.len() - 8], Check::Yes).is_none());
        assert!(read(&bytes[..3], Check::Yes).is_some_and(|p| p.is_empty()));
    }
}

/// What makes reading [`FILE`] unchecked sound: these bytes pass every check regex-automata
/// has. Run natively and in wasm (`wasm-pack test`), on the bytes each build compiles in.
#[cfg(test)]
mod file_tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn the_file_passes_the_full_check() {
        let checked = read(&FILE.bytes, Check::Yes).expect("every DFA in data/patterns.dfa passes regex-automata's checks");
        assert_eq!(checked.len(), crate::dates::RULES + 1);
        assert_eq!(all().len(), checked.len());
        // The same matches, checked and unchecked, on a sentence with dates and amounts.
        let text = "On March 3, 2015, about 49,000 troops (up 5%) left; by mid-2016 some $1.2 billion was spent.";
        for (a, b) in checked.iter().zip(all()) {
            assert_eq!(find(a, &Input::new(text)), find(b, &Input::new(text)));
        }
        assert!(checked.iter().any(|p| find(p, &Input::new(text)).is_some()));
    }
}
