//! Property tests over any string: the analysis returns; its spans lie in bounds and give
//! back their `text`; every id it refers to exists; a second analysis gives the same
//! result. And over realistic documents (given names from `data/given_names.txt`, speech
//! verbs, quotation marks, figures such as "49,000 troops", dates, and the five seeds): the
//! corpus merge gives the same JSON whatever the grouping and order of the document
//! results passed to it, which is what lets workers analyse parts of a batch.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/invariants.rs"]
mod invariants;

use presslens::model::Document;
use proptest::prelude::*;
use proptest::sample::select;

/// Text of every kind: any Unicode, bytes decoded lossily, and article-like pieces.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,300}",
        prop::collection::vec(any::<u8>(), 0..400).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        prop::collection::vec(piece(), 0..120).prop_map(|p| p.concat()),
    ]
}

/// One piece of an article: marks, names, verbs, figures, dates, breaks, words.
fn piece() -> impl Strategy<Value = String> {
    let s = |v: &[&str]| select(v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
    prop_oneof![
        s(&["\"", "“", "”", "'", "‘", "’", "«", "»", "„", "「", "」", "''", "``"]),
        s(&["Ashton Carter ", "Mr. Abe ", "he ", "She ", "the official ", "NATO ", "the U.S. ", "Self-Defense Forces ", "John F. Kennedy Jr. ", "Tokyo "]),
        s(&["said ", "says ", "told reporters ", "according to ", "added ", "noted that ", "said, ", "said. "]),
        s(&["49,000 troops ", "nearly 20 years ", "in 1997 ", "April 27, 2015 ", "$4.2 billion ", "12% ", "Monday ", "1e400 "]),
        s(&["\n", "\r\n", "\r", "\n\n", "\u{2029}", ". ", ", ", ": ", "? ", "— ", "(", ") ", "\u{feff}", "\0", "\t"]),
        s(&["the ", "agreement ", "will ", "not ", "東京 ", "مرحبا ", "🙂 ", "\u{200f}", "\u{0301}", "a"]),
        "\\PC{0,8}",
    ]
}

fn check(text: &str, d: &Document) -> Result<(), TestCaseError> {
    invariants::check_document(text, d).map_err(TestCaseError::fail)?;
    let c = presslens::merge_corpus(std::slice::from_ref(d));
    invariants::check_corpus(std::slice::from_ref(d), &c).map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_a_result_whose_spans_and_ids_hold(text in any_text()) {
        let d = presslens::analyze_document("p", &text);
        check(&text, &d)?;
    }

    #[test]
    fn analysing_twice_gives_the_same_result(text in any_text()) {
        let a = presslens::analyze_document("p", &text);
        let b = presslens::analyze_document("p", &text);
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
    }
}

// The merge.

fn given_names() -> Vec<String> {
    include_str!("../data/given_names.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).filter_map(|l| l.split('\t').next()).map(str::to_string).collect()
}

const SURNAMES: &[&str] = &["Carter", "Abe", "Nakatani", "Kishida", "Smith", "Okafor", "García", "Müller", "Kim", "Ratner"];
const VERBS: &[&str] = &["said", "told reporters", "added", "warned", "says", "noted"];
const FIGURES: &[&str] = &["49,000 troops", "50,000 troops", "about 49,000 troops", "nearly 20 years", "more than 1,000 ships", "17 years", "$4.2 billion", "12 percent"];
const DATES: &[&str] = &["in 1997", "on Monday", "since September 1997", "on April 27, 2015", "last year", "in 2015"];
const CLAIMS: &[&str] = &[
    "the alliance will be stronger than ever",
    "this is the first revision of the guidelines since 1997",
    "Japan will defend American ships under attack",
    "we will not change our position on the islands",
    "the agreement does not allow combat overseas",
    "nearly 20 years have passed since the last guidelines",
];

/// One sentence of a generated article, from indexes chosen by the strategy.
fn sentence(names: &[String], k: &[usize; 6]) -> String {
    let person = format!("{} {}", names[k[0] % names.len()], SURNAMES[k[1] % SURNAMES.len()]);
    let verb = VERBS[k[2] % VERBS.len()];
    let claim = CLAIMS[k[3] % CLAIMS.len()];
    let figure = FIGURES[k[4] % FIGURES.len()];
    let date = DATES[k[5] % DATES.len()];
    match k[5] % 6 {
        0 => format!("“{claim},” {person} {verb}. "),
        1 => format!("{person} {verb} that {figure} would stay {date}. "),
        2 => format!("\"{claim},\" {verb} {person}, the minister. \"And {figure} remain.\"\n\n"),
        3 => format!("{} {verb}: «{claim}». ", SURNAMES[k[1] % SURNAMES.len()]),
        4 => format!("According to {person}, {figure} arrived {date}.\n"),
        _ => format!("The agreement, signed {date}, covers {figure}. “{claim}”, he {verb}.\r\n"),
    }
}

const SEEDS: &[&str] = &[
    include_str!("../seeds/000_c783fad5be73e4ca.txt"),
    include_str!("../seeds/001_199081b5ffea0668.txt"),
    include_str!("../seeds/002_1d5dde2f7285abcd.txt"),
    include_str!("../seeds/003_2f90927de1d4a027.txt"),
    include_str!("../seeds/004_dd71824d6bd5ab94.txt"),
];

/// A batch: 2 to 6 generated articles and a few seeds, analysed one by one.
fn batch() -> impl Strategy<Value = Vec<Document>> {
    let article = prop::collection::vec(any::<[usize; 6]>(), 1..14);
    (prop::collection::vec(article, 2..7), prop::collection::vec(any::<bool>(), SEEDS.len())).prop_map(|(articles, seeds)| {
        let names = given_names();
        let mut docs: Vec<Document> =
            articles.iter().enumerate().map(|(i, a)| presslens::analyze_document(&format!("gen-{i}"), &a.iter().map(|k| sentence(&names, k)).collect::<String>())).collect();
        docs.extend(SEEDS.iter().zip(seeds).filter(|(_, keep)| *keep).enumerate().map(|(i, (s, _))| presslens::analyze_document(&format!("seed-{i}"), s)));
        docs
    })
}

/// The documents cut into groups at `cuts`, each group reordered by `orders`, the groups
/// themselves in the order `group_order` gives: what workers handing back their results in
/// any order would pass to the merge.
fn regroup(docs: &[Document], cuts: &[usize], orders: &[Vec<usize>], group_order: &[usize]) -> Vec<Document> {
    let mut bounds: Vec<usize> = cuts.iter().map(|c| c % (docs.len() + 1)).collect();
    bounds.extend([0, docs.len()]);
    bounds.sort_unstable();
    bounds.dedup();
    let mut groups: Vec<Vec<Document>> = bounds.windows(2).map(|w| docs[w[0]..w[1]].to_vec()).collect();
    for (g, order) in groups.iter_mut().zip(orders.iter().cycle()) {
        for (i, &j) in order.iter().enumerate() {
            if !g.is_empty() {
                let n = g.len();
                g.swap(i % n, j % n);
            }
        }
    }
    let n = groups.len();
    for (i, &j) in group_order.iter().enumerate() {
        groups.swap(i % n, j % n);
    }
    groups.concat()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_merge_does_not_depend_on_grouping_or_order(
        docs in batch(),
        cuts in prop::collection::vec(any::<usize>(), 0..4),
        orders in prop::collection::vec(prop::collection::vec(any::<usize>(), 0..6), 1..4),
        group_order in prop::collection::vec(any::<usize>(), 0..4),
    ) {
        let corpus = presslens::merge_corpus(&docs);
        invariants::check_corpus(&docs, &corpus).map_err(TestCaseError::fail)?;
        let expected = serde_json::to_string(&corpus).unwrap();
        let regrouped = regroup(&docs, &cuts, &orders, &group_order);
        prop_assert_eq!(regrouped.len(), docs.len());
        prop_assert_eq!(&serde_json::to_string(&presslens::merge_corpus(&regrouped)).unwrap(), &expected);
        // One call over the whole batch gives the same corpus as the merge of separate analyses.
        let mut reversed = docs.clone();
        reversed.reverse();
        prop_assert_eq!(&serde_json::to_string(&presslens::merge_corpus(&reversed)).unwrap(), &expected);
    }
}

/// The generated batches do exercise the merge: clusters and groups form across articles.
#[test]
fn generated_articles_share_quotes_and_figures() {
    let names = given_names();
    let docs: Vec<Document> = (0..4)
        .map(|d| {
            let text: String = (0..12).map(|i| sentence(&names, &[d + i, i, i, i, i, i])).collect();
            presslens::analyze_document(&format!("gen-{d}"), &text)
        })
        .collect();
    let corpus = presslens::merge_corpus(&docs);
    assert!(!corpus.quote_clusters.is_empty(), "{:?}", corpus.quote_clusters);
    assert!(!corpus.claim_groups.is_empty(), "{:?}", corpus.claim_groups);
    assert!(corpus.entities.iter().any(|e| e.documents.len() >= 2));
}
