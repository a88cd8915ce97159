//! Times the analysis of each hostile input at n and 10n bytes (10n being the size the
//! robustness issue names, such as 20 MB on one line) and prints the ratio: about 10 for
//! linear time, about 100 for quadratic.
//!
//! `cargo run --release --example hostile` runs them all; arguments keep only the inputs
//! whose name contains one of them (`… --example hostile -- quotes`). `--scale 0.1` divides
//! every size by ten, for a quick look. Exits non-zero when a ratio is above 25.

#[path = "../tests/support/hostile_inputs.rs"]
mod hostile_inputs;

use std::time::Instant;

/// Best of `runs` timings of one analysis, in seconds, and the result's counts.
fn time(text: &str, runs: usize) -> (f64, String) {
    let mut best = f64::MAX;
    let mut counts = String::new();
    for _ in 0..runs {
        let start = Instant::now();
        let d = presslens::analyze_document("hostile", text);
        best = best.min(start.elapsed().as_secs_f64());
        counts = format!("{}q {}e {}d {}n {}c", d.quotes.len(), d.entities.len(), d.dates.len(), d.quantities.len(), d.claims.len());
    }
    (best, counts)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scale = args.iter().position(|a| a == "--scale").and_then(|i| args.get(i + 1)).and_then(|s| s.parse::<f64>().ok()).unwrap_or(1.0);
    let filters: Vec<&String> = args.iter().enumerate().filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--scale")).map(|(_, a)| a).collect();
    println!("{:<46} {:>10} {:>9} {:>10} {:>9} {:>6}  result at 10n", "input", "n bytes", "time n", "10n bytes", "time 10n", "ratio");
    let mut worst: f64 = 0.0;
    for h in hostile_inputs::ALL.iter().filter(|h| filters.is_empty() || filters.iter().any(|f| h.name.contains(f.as_str()))) {
        let big = ((h.full as f64 * scale) as usize).max(1000);
        let (small_text, big_text) = (String::from_utf8_lossy(&(h.make)(big / 10)).into_owned(), String::from_utf8_lossy(&(h.make)(big)).into_owned());
        let (t1, _) = time(&small_text, 3);
        let (t10, counts) = time(&big_text, 1);
        // Below a millisecond the clock and the allocator dominate: no ratio is meaningful.
        let ratio = if t1 > 1e-3 { t10 / t1 } else { f64::NAN };
        if ratio.is_finite() {
            worst = worst.max(ratio);
        }
        println!("{:<46} {:>10} {:>7.1}ms {:>10} {:>7.1}ms {:>6.1}  {counts}", h.name, small_text.len(), t1 * 1e3, big_text.len(), t10 * 1e3, ratio);
    }
    println!("worst ratio {worst:.1} (10 is linear, 100 quadratic)");
    if worst > 25.0 {
        std::process::exit(1);
    }
}
