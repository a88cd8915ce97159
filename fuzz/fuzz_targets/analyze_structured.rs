//! The whole per-document analysis from text made of quote marks, names, speech verbs,
//! numbers, dates and line breaks, which reaches the quote and speaker logic far more
//! often than random bytes do.
#![no_main]

use libfuzzer_sys::fuzz_target;
use presslens_fuzz::{text_of, Piece};

fuzz_target!(|pieces: Vec<Piece>| {
    presslens_fuzz::analyze_and_check(&text_of(&pieces));
});
