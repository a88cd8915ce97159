//! The whole per-document analysis from arbitrary bytes, decoded lossily as the page and
//! the CLI would show them: it returns, and its result satisfies the invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    presslens_fuzz::analyze_and_check(&String::from_utf8_lossy(data));
});
