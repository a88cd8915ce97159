//! The corpus merge of arbitrary document results: documents analysed from article-like
//! text, and documents built field by field as a caller of `mergeCorpus` might pass them
//! (repeated ids, dangling indexes, odd numbers). The merge returns, and gives the same
//! JSON for every order of its input.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use presslens::model::*;
use presslens_fuzz::{text_of, Piece};

const IDS: &[&str] = &["a", "b", "c", "a/b", "", "a~2"];
const NAMES: &[&str] = &["Ashton Carter", "Carter", "Ash Carter", "Abe", "Shinzo Abe", "NATO", "North Atlantic Treaty Organization", "Self-Defense Forces", "Japanese Self Defense Forces", "Japan", "the", "", " ", "s", "Japanese"];
const UNITS: &[&str] = &["troops", "percent", "USD", "year", "years elapsed", ""];
const VALUES: &[&str] = &["1997", "2015-04", "1997-09-23", "P17Y", "P2Y", "PXY", "PRESENT_REF", "", "199", "１９９７"];
const TEXTS: &[&str] = &["nearly", "about 49,000", "more than 20", "just under", "17 years", "", "some"];

#[derive(Arbitrary, Debug)]
enum Doc {
    Analysed { id: u8, pieces: Vec<Piece> },
    Built(Built),
}

#[derive(Arbitrary, Debug)]
struct Built {
    id: u8,
    chars: u8,
    entities: Vec<(u8, u8, Vec<u8>, Option<u8>, Vec<u8>, u8)>,
    quotes: Vec<(bool, Vec<Piece>, Option<u8>)>,
    quantities: Vec<(f64, Option<u8>, u8)>,
    dates: Vec<(u8, Option<u8>, u8)>,
    claims: Vec<(Vec<u8>, Vec<u8>)>,
}

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[i as usize % list.len()]
}

const TYPES: [EntityType; 6] = [EntityType::Person, EntityType::Organization, EntityType::Place, EntityType::Nationality, EntityType::Event, EntityType::Other];

fn build(b: &Built) -> Document {
    let id = pick(IDS, b.id).to_string();
    let span = Span(0, 0);
    Document {
        id: id.clone(),
        chars: b.chars as usize,
        title: None,
        entities: b
            .entities
            .iter()
            .enumerate()
            .map(|(i, (kind, name, aliases, acronym, roles, mentions))| Entity {
                id: format!("{id}/e{}", i + 1),
                kind: TYPES[*kind as usize % TYPES.len()],
                name: pick(NAMES, *name).to_string(),
                aliases: aliases.iter().map(|a| pick(NAMES, *a).to_string()).collect(),
                acronym: acronym.map(|a| pick(NAMES, a).to_string()),
                roles: roles.iter().map(|r| pick(NAMES, *r).to_string()).collect(),
                mentions: (0..*mentions % 8).map(|_| Mention { span, text: String::new() }).collect(),
            })
            .collect(),
        quotes: b
            .quotes
            .iter()
            .enumerate()
            .map(|(i, (direct, pieces, speaker))| Quote {
                id: format!("{id}/q{}", i + 1),
                kind: if *direct { QuoteKind::Direct } else { QuoteKind::Mixed },
                span,
                parts: vec![],
                text: text_of(pieces),
                speaker: speaker.map(|s| Speaker { span, text: String::new(), entity: None, name: Some(pick(NAMES, s).to_string()) }),
                cue: None,
                confidence: 0.5,
            })
            .collect(),
        quantities: b
            .quantities
            .iter()
            .map(|(value, unit, text)| Quantity { span, text: pick(TEXTS, *text).to_string(), value: *value, unit: unit.map(|u| pick(UNITS, u).to_string()), approx: false })
            .collect(),
        dates: b
            .dates
            .iter()
            .map(|(kind, value, text)| Date {
                span,
                text: pick(TEXTS, *text).to_string(),
                kind: [DateKind::Date, DateKind::Time, DateKind::Duration, DateKind::Relative][*kind as usize % 4],
                value: value.map(|v| pick(VALUES, v).to_string()),
            })
            .collect(),
        claims: b
            .claims
            .iter()
            .enumerate()
            .map(|(i, (quantities, dates))| Claim {
                id: format!("{id}/c{}", i + 1),
                span,
                text: String::new(),
                kinds: vec![],
                score: 0.5,
                hedge: None,
                speaker: None,
                entities: vec![],
                quantities: quantities.iter().map(|&q| q as usize % 10).collect(),
                dates: dates.iter().map(|&x| x as usize % 10).collect(),
            })
            .collect(),
    }
}

#[derive(Arbitrary, Debug)]
struct Input {
    docs: Vec<Doc>,
    /// A permutation of the documents, as a sequence of swaps.
    swaps: Vec<(u8, u8)>,
}

fuzz_target!(|input: Input| {
    let mut all_analysed = true;
    let docs: Vec<Document> = input
        .docs
        .iter()
        .take(8)
        .map(|d| match d {
            Doc::Analysed { id, pieces } => presslens::analyze_document(pick(IDS, *id), &text_of(pieces)),
            Doc::Built(b) => {
                all_analysed = false;
                build(b)
            }
        })
        .collect();
    let corpus = presslens::merge_corpus(&docs);
    if all_analysed {
        if let Err(e) = presslens_fuzz::invariants::check_corpus(&docs, &corpus) {
            panic!("{e}");
        }
    }
    let mut shuffled = docs.clone();
    for (a, b) in &input.swaps {
        if !shuffled.is_empty() {
            let n = shuffled.len();
            shuffled.swap(*a as usize % n, *b as usize % n);
        }
    }
    shuffled.reverse();
    let (one, two) = (serde_json::to_string(&corpus).unwrap(), serde_json::to_string(&presslens::merge_corpus(&shuffled)).unwrap());
    assert!(one == two, "the merge depends on the order of its input:\n{one}\n{two}");
});
