//! Native speed of presslens, on one thread: `cargo bench --bench native` (or `make bench`,
//! which also runs the browser side and prints the whole table).
//!
//! The corpus is every `polnear/*/text/*.txt` under `PRESSLENS_DATA` (default
//! `../shared/data` beside the checkout). When that is absent, the five seed articles are
//! repeated, with distinct ids, to 10 MB.
//!
//! Benchmarks (divan: one iteration per sample, medians printed):
//! - `analyze_corpus`: `analyze_document` over every document of the corpus, in turn;
//! - `merge_corpus_10k`: `merge_corpus` alone, over 10,000 results (the corpus's results
//!   repeated with distinct ids);
//! - `merge_corpus_once`: `merge_corpus` over the corpus's results, each document once;
//! - `linearity/one_10mb_document` and `linearity/ten_1mb_documents`: the same 10 MB of
//!   articles, once as one document and once as ten (at most three samples, or 40 s each).
//!
//! Before divan starts, the whole corpus is analysed once: that is the warm-up (the models
//! are decoded on first use) and gives the results the merge benchmark needs.
//! With `PRESSLENS_BENCH_OUT=FILE`, the median of every benchmark is also written to FILE
//! as JSON, for `scripts/bench.mjs`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use presslens::model::Document;

const MB: usize = 1_000_000;
const MERGE_DOCUMENTS: usize = 10_000;

struct Corpus {
    /// Where the documents come from, for the report.
    source: String,
    docs: Vec<(String, String)>,
    bytes: usize,
}

fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let data = std::env::var_os("PRESSLENS_DATA").map(PathBuf::from).unwrap_or_else(|| root.join("../shared/data"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(data.join("polnear"))
            .into_iter()
            .flatten()
            .flatten()
            .flat_map(|split| std::fs::read_dir(split.path().join("text")).into_iter().flatten().flatten())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let (source, docs) = if files.is_empty() {
            let mut seeds: Vec<PathBuf> =
                std::fs::read_dir(root.join("seeds")).expect("seeds/").flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
            seeds.sort();
            let seeds: Vec<String> = seeds.iter().map(|p| std::fs::read_to_string(p).expect("a seed")).collect();
            let mut docs = Vec::new();
            let mut bytes = 0;
            while bytes < 10 * MB {
                let text = &seeds[docs.len() % seeds.len()];
                bytes += text.len();
                docs.push((format!("seed-{}", docs.len()), text.clone()));
            }
            ("seeds repeated to 10 MB (polnear absent)".to_string(), docs)
        } else {
            let docs = files.iter().map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).expect("a corpus file is UTF-8"))).collect();
            (format!("polnear/*/text ({} files)", files.len()), docs)
        };
        let bytes = docs.iter().map(|(_, t): &(String, String)| t.len()).sum();
        Corpus { source, docs, bytes }
    })
}

/// The corpus's results, from the warm-up pass.
fn results() -> &'static Vec<Document> {
    static R: OnceLock<Vec<Document>> = OnceLock::new();
    R.get_or_init(|| corpus().docs.iter().map(|(id, text)| presslens::analyze_document(id, text)).collect())
}

/// 10 MB of articles, cycled from the corpus, cut at article boundaries into ten documents
/// of about 1 MB; the single document is those ten joined by a blank line.
fn ten_documents() -> &'static Vec<String> {
    static T: OnceLock<Vec<String>> = OnceLock::new();
    T.get_or_init(|| {
        let docs = &corpus().docs;
        let mut out = Vec::new();
        let mut next = docs.iter().cycle();
        for _ in 0..10 {
            let mut doc = String::new();
            while doc.len() < MB {
                if !doc.is_empty() {
                    doc.push_str("\n\n");
                }
                doc.push_str(next.next().unwrap().1.trim());
            }
            out.push(doc);
        }
        out
    })
}

fn one_document() -> &'static String {
    static O: OnceLock<String> = OnceLock::new();
    O.get_or_init(|| ten_documents().join("\n\n"))
}

/// Every timed iteration, by benchmark, for the JSON report.
static TIMES: Mutex<BTreeMap<&'static str, Vec<Duration>>> = Mutex::new(BTreeMap::new());

fn timed<T>(name: &'static str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    TIMES.lock().unwrap().entry(name).or_default().push(took);
    out
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn analyze_corpus(bencher: Bencher) {
    let corpus = corpus();
    bencher.counter(BytesCount::new(corpus.bytes)).bench(|| {
        timed("analyze_corpus", || {
            for (id, text) in &corpus.docs {
                black_box(presslens::analyze_document(black_box(id), black_box(text)));
            }
        })
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn merge_corpus_10k(bencher: Bencher) {
    let results = results();
    let docs: Vec<Document> = (0..MERGE_DOCUMENTS)
        .map(|i| {
            let mut d = results[i % results.len()].clone();
            d.id = format!("{}#{}", d.id, i / results.len());
            d
        })
        .collect();
    bencher.bench(|| timed("merge_corpus_10k", || presslens::merge_corpus(black_box(&docs))));
}

/// The merge without repeats: the corpus's own results, each document once. In the 10,000
/// above, every quote and entity has ten copies or more, which the merge compares once.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn merge_corpus_once(bencher: Bencher) {
    let docs = results();
    bencher.bench(|| timed("merge_corpus_once", || presslens::merge_corpus(black_box(docs))));
}

// A 10 MB document takes long enough that a time budget keeps `make bench` short: as many
// samples as fit in 40 s (at least one), at most three.
#[divan::bench_group(sample_count = 3, sample_size = 1, max_time = 40)]
mod linearity {
    use super::*;

    #[divan::bench]
    fn one_10mb_document(bencher: Bencher) {
        let text = one_document();
        bencher.counter(BytesCount::new(text.len())).bench(|| timed("one_10mb_document", || presslens::analyze_document("one", black_box(text))));
    }

    #[divan::bench]
    fn ten_1mb_documents(bencher: Bencher) {
        let docs = ten_documents();
        let bytes: usize = docs.iter().map(String::len).sum();
        bencher.counter(BytesCount::new(bytes)).bench(|| {
            timed("ten_1mb_documents", || {
                for (i, text) in docs.iter().enumerate() {
                    black_box(presslens::analyze_document(&i.to_string(), black_box(text)));
                }
            })
        });
    }
}

fn median(times: &[Duration]) -> f64 {
    let mut s: Vec<f64> = times.iter().map(Duration::as_secs_f64).collect();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

fn main() {
    // The first call builds the models and patterns (decoded and compiled on first use).
    let t = Instant::now();
    black_box(presslens::analyze_document("first", "The minister said on Monday that 40 people had left."));
    let first_call = t.elapsed();
    let corpus = corpus();
    let t = Instant::now();
    let results = results();
    eprintln!(
        "first call {:.1} ms; corpus: {}, {} documents, {:.2} MB; warm-up pass {:.2} s ({} results)",
        first_call.as_secs_f64() * 1e3,
        corpus.source,
        corpus.docs.len(),
        corpus.bytes as f64 / MB as f64,
        t.elapsed().as_secs_f64(),
        results.len()
    );
    // Built before timing starts, so that no benchmark pays for it.
    let _ = one_document();

    divan::main();

    let Some(out) = std::env::var_os("PRESSLENS_BENCH_OUT") else { return };
    let times = TIMES.lock().unwrap();
    let bytes_of = |name: &str| match name {
        "analyze_corpus" => Some(corpus.bytes),
        "one_10mb_document" => Some(one_document().len()),
        "ten_1mb_documents" => Some(ten_documents().iter().map(String::len).sum()),
        _ => None,
    };
    let mut json = String::from("{\n");
    json.push_str(&format!("  \"corpus\": {{\"source\": {:?}, \"documents\": {}, \"bytes\": {}}},\n", corpus.source, corpus.docs.len(), corpus.bytes));
    json.push_str(&format!("  \"first_call_s\": {:.6},\n", first_call.as_secs_f64()));
    json.push_str(&format!("  \"merge_documents\": {MERGE_DOCUMENTS},\n  \"benchmarks\": {{"));
    let mut first = true;
    for (name, t) in times.iter() {
        let secs: Vec<String> = t.iter().map(|d| format!("{:.6}", d.as_secs_f64())).collect();
        let bytes = bytes_of(name).map_or("null".to_string(), |b| b.to_string());
        json.push_str(&format!(
            "{}\n    \"{name}\": {{\"median_s\": {:.6}, \"samples\": {}, \"samples_s\": [{}], \"bytes\": {bytes}}}",
            if first { "" } else { "," },
            median(t),
            t.len(),
            secs.join(", ")
        ));
        first = false;
    }
    json.push_str("\n  }\n}\n");
    std::fs::write(&out, json).expect("write the bench report");
}
