//! Golden tests: the analysis of each seed article, and of the five together, against
//! reviewed expected JSON in `tests/golden/`. After a deliberate change, regenerate with
//! `make golden` (PRESSLENS_BLESS=1), read the diff in git, and commit it only if every
//! change is an improvement or explained.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn seeds() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
        .expect("seeds/ folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// Compares `actual` with the golden file `name`, or rewrites it when blessing.
fn check(name: &str, actual: &str) -> Result<(), String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("PRESSLENS_BLESS").is_some() {
        std::fs::write(&path, actual).map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e} (run `make golden` to create it)", path.display()))?;
    if expected == actual {
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(expected.as_str(), actual);
    Err(format!("{name} differs from its golden file (- expected, + actual):\n{}", diff.unified_diff().context_radius(3).header("expected", "actual")))
}

#[test]
fn seeds_match_their_reviewed_analysis() {
    let files = seeds();
    assert_eq!(files.len(), 5, "the five sample articles");
    let texts: Vec<(String, String)> = files.iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).expect("UTF-8 seed"))).collect();
    let pairs: Vec<(&str, &str)> = texts.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let analysis = presslens::analyze(&pairs);
    let mut failures = Vec::new();
    for doc in &analysis.documents {
        let json = serde_json::to_string_pretty(doc).unwrap() + "\n";
        if let Err(e) = check(&doc.id.replace(".txt", ".json"), &json) {
            failures.push(e);
        }
    }
    let corpus = serde_json::to_string_pretty(&analysis.corpus).unwrap() + "\n";
    if let Err(e) = check("corpus.json", &corpus) {
        failures.push(e);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The acceptance checks of the walking skeleton, stated plainly so that a golden file
/// blessed by mistake cannot hide their loss.
#[test]
fn seeds_acceptance() {
    let files = seeds();
    let texts: Vec<(String, String)> = files.iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap())).collect();
    let pairs: Vec<(&str, &str)> = texts.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let a = presslens::analyze(&pairs);
    let quotes: Vec<&presslens::model::Quote> = a.documents.iter().flat_map(|d| &d.quotes).collect();
    let speaker_of = |start: &str| -> Vec<String> { quotes.iter().filter(|q| q.text.starts_with(start)).filter_map(|q| q.speaker.as_ref().and_then(|s| s.name.clone())).collect() };
    assert_eq!(speaker_of("The threat from North Korea is increasing"), ["senior U.S. defense official"]);
    assert_eq!(speaker_of("The security environment surrounding Japan"), ["Fumio Kishida"]);
    let carter: Vec<_> = a.corpus.entities.iter().filter(|e| e.name == "Ashton Carter" || e.aliases.iter().any(|x| x == "Ash Carter")).collect();
    assert_eq!(carter.len(), 1, "one entity for Ashton/Ash Carter");
    assert!(carter[0].aliases.contains(&"Ash Carter".to_string()) && carter[0].name == "Ashton Carter");
    let troops = a.corpus.claim_groups.iter().find(|g| g.topic == "troops").expect("troop figures compared");
    assert_eq!(troops.status, presslens::model::GroupStatus::Conflict);
    assert_eq!(troops.values, [49000.0, 50000.0]);
    // The same quotation worded two ways by two outlets is one cluster, marked as reworded.
    let text_of = |id: &str| quotes.iter().find(|q| q.id == id).map_or("", |q| q.text.as_str());
    let threat = a
        .corpus
        .quote_clusters
        .iter()
        .find(|c| c.members.iter().any(|m| text_of(m).starts_with("The threat from North Korea is increasing")))
        .expect("a cluster for the threat quote");
    assert!(threat.members.iter().any(|m| text_of(m).starts_with("The threat from North Korea of course is increasing")), "{threat:?}");
    assert!(!threat.identical);
    // The guidelines' age, given three ways, agrees.
    let claims: Vec<&presslens::model::Claim> = a.documents.iter().flat_map(|d| &d.claims).collect();
    let claim_text = |id: &str| claims.iter().find(|c| c.id == id).map_or("", |c| c.text.as_str());
    let age = a.corpus.claim_groups.iter().find(|g| g.members.iter().any(|m| claim_text(m).contains("in 17 years"))).expect("a group for the guidelines' age");
    for phrase in ["in 17 years", "nearly 20 years", "almost two decades"] {
        assert!(age.members.iter().any(|m| claim_text(m).contains(phrase)), "{phrase:?} not in {age:?}");
    }
    assert_eq!(age.status, presslens::model::GroupStatus::Agree);
    // Page furniture and a photo's description are no claims.
    for c in &claims {
        assert!(!["Sign up", "Subscribe", "Read more", "A flag display"].iter().any(|p| c.text.starts_with(p)), "{:?}", c.text);
    }
}

/// The corpus merge depends only on the set of documents: every order of the five seeds
/// merges to the same result.
#[test]
fn merge_is_the_same_in_every_order() {
    let files = seeds();
    let docs: Vec<presslens::model::Document> =
        files.iter().map(|p| presslens::analyze_document(&p.file_name().unwrap().to_string_lossy(), &std::fs::read_to_string(p).unwrap())).collect();
    let expected = presslens::merge_corpus(&docs);
    // Heap's algorithm over all 120 orders.
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut c = vec![0usize; order.len()];
    let mut i = 0;
    let mut seen = 1;
    while i < order.len() {
        if c[i] < i {
            order.swap(if i % 2 == 0 { 0 } else { c[i] }, i);
            let permuted: Vec<presslens::model::Document> = order.iter().map(|&k| docs[k].clone()).collect();
            assert_eq!(presslens::merge_corpus(&permuted), expected, "order {order:?}");
            seen += 1;
            c[i] += 1;
            i = 0;
        } else {
            c[i] = 0;
            i += 1;
        }
    }
    assert_eq!(seen, 120);
}
