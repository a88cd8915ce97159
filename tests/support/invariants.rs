//! What every result must satisfy, whatever the input: shared by the property tests, the
//! hostile-input tests, the benchmark of hostile inputs and the fuzz targets (each includes
//! this file with `#[path]`). Linear in the size of the text and of the result.

#![allow(dead_code)]

use presslens::model::{Corpus, Document, Span};
use std::collections::HashSet;

/// Checks one document's result against the text it was made from: every span in bounds,
/// every `text` equal to the code points its span covers, every id it refers to present.
pub fn check_document(text: &str, d: &Document) -> Result<(), String> {
    let body: Vec<char> = text.strip_prefix('\u{feff}').unwrap_or(text).chars().collect();
    if d.chars != body.len() {
        return Err(format!("chars is {} but the text has {} code points", d.chars, body.len()));
    }
    let slice = |what: &str, s: Span| -> Result<String, String> {
        if s.0 > s.1 || s.1 > body.len() {
            return Err(format!("{what}: span {s:?} out of bounds (text of {} code points)", body.len()));
        }
        Ok(body[s.0..s.1].iter().collect())
    };
    let same = |what: &str, s: Span, t: &str| -> Result<(), String> {
        let got = slice(what, s)?;
        if got != t {
            return Err(format!("{what}: span {s:?} covers {got:?} but its text is {t:?}"));
        }
        Ok(())
    };
    let entity_ids: HashSet<&str> = d.entities.iter().map(|e| e.id.as_str()).collect();
    if entity_ids.len() != d.entities.len() {
        return Err("entity ids are not unique".into());
    }
    let mut quote_ids = HashSet::new();
    for q in &d.quotes {
        if !quote_ids.insert(q.id.as_str()) || !q.id.starts_with(&format!("{}/q", d.id)) {
            return Err(format!("quote id {} repeated or not of document {}", q.id, d.id));
        }
        slice("quote span", q.span)?;
        let mut parts = Vec::new();
        for p in &q.parts {
            if p.0 < q.span.0 || p.1 > q.span.1 {
                return Err(format!("quote {}: part {p:?} outside its span {:?}", q.id, q.span));
            }
            parts.push(slice("quote part", *p)?);
        }
        if parts.join(" ") != q.text {
            return Err(format!("quote {}: text {:?} is not its parts {:?}", q.id, q.text, parts));
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            return Err(format!("quote {}: confidence {} outside [0, 1]", q.id, q.confidence));
        }
        if let Some(s) = &q.speaker {
            same("speaker", s.span, &s.text)?;
            // A name or a description stays within its paragraph.
            if s.text.contains("\n\n") || s.text.contains("\r\n\r\n") {
                return Err(format!("quote {}: speaker {:?} runs over a paragraph break", q.id, s.text));
            }
            if let Some(e) = &s.entity {
                if !entity_ids.contains(e.as_str()) {
                    return Err(format!("quote {}: speaker entity {e} does not exist", q.id));
                }
            }
        }
        if let Some(c) = &q.cue {
            same("cue", c.span, &c.text)?;
        }
    }
    for e in &d.entities {
        if !e.id.starts_with(&format!("{}/e", d.id)) {
            return Err(format!("entity id {} not of document {}", e.id, d.id));
        }
        for m in &e.mentions {
            same("mention", m.span, &m.text)?;
        }
    }
    for x in &d.dates {
        same("date", x.span, &x.text)?;
        // A TimeML value is letters, digits and separators: a number printed as "inf" or
        // "NaN" is a count no number holds.
        if let Some(v) = x.value.as_deref().filter(|v| v.contains("inf") || v.contains("NaN") || !v.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c))) {
            return Err(format!("date {:?} has value {v:?}", x.text));
        }
    }
    for x in &d.quantities {
        same("quantity", x.span, &x.text)?;
        if !x.value.is_finite() {
            return Err(format!("quantity {:?} has value {}, which JSON cannot carry", x.text, x.value));
        }
    }
    let mut claim_ids = HashSet::new();
    for c in &d.claims {
        if !claim_ids.insert(c.id.as_str()) || !c.id.starts_with(&format!("{}/c", d.id)) {
            return Err(format!("claim id {} repeated or not of document {}", c.id, d.id));
        }
        same("claim", c.span, &c.text)?;
        if !(0.0..=1.0).contains(&c.score) {
            return Err(format!("claim {}: score {} outside [0, 1]", c.id, c.score));
        }
        for e in &c.entities {
            if !entity_ids.contains(e.as_str()) {
                return Err(format!("claim {}: entity {e} does not exist", c.id));
            }
        }
        if let Some(q) = c.quantities.iter().find(|&&q| q >= d.quantities.len()) {
            return Err(format!("claim {}: quantity {q} does not exist", c.id));
        }
        if let Some(x) = c.dates.iter().find(|&&x| x >= d.dates.len()) {
            return Err(format!("claim {}: date {x} does not exist", c.id));
        }
        if let Some(s) = &c.speaker {
            same("claim speaker", s.span, &s.text)?;
            if let Some(e) = s.entity.as_deref().filter(|e| !entity_ids.contains(e)) {
                return Err(format!("claim {}: speaker entity {e} does not exist", c.id));
            }
        }
    }
    Ok(())
}

/// Checks the corpus section against the documents it was merged from: every member,
/// document and value it names exists.
pub fn check_corpus(docs: &[Document], c: &Corpus) -> Result<(), String> {
    let doc_ids: HashSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    let entities: HashSet<&str> = docs.iter().flat_map(|d| d.entities.iter().map(|e| e.id.as_str())).collect();
    let quotes: HashSet<&str> = docs.iter().flat_map(|d| d.quotes.iter().map(|q| q.id.as_str())).collect();
    let claims: HashSet<&str> = docs.iter().flat_map(|d| d.claims.iter().map(|c| c.id.as_str())).collect();
    for e in &c.entities {
        if let Some(m) = e.members.iter().find(|m| !entities.contains(m.as_str())) {
            return Err(format!("corpus entity {}: member {m} does not exist", e.id));
        }
        if let Some(d) = e.documents.keys().find(|d| !doc_ids.contains(d.as_str())) {
            return Err(format!("corpus entity {}: document {d} does not exist", e.id));
        }
    }
    for q in &c.quote_clusters {
        if let Some(m) = q.members.iter().find(|m| !quotes.contains(m.as_str())) {
            return Err(format!("quote cluster {}: member {m} does not exist", q.id));
        }
        if let Some(d) = q.documents.iter().find(|d| !doc_ids.contains(d.as_str())) {
            return Err(format!("quote cluster {}: document {d} does not exist", q.id));
        }
    }
    for g in &c.claim_groups {
        if let Some(m) = g.members.iter().find(|m| !claims.contains(m.as_str())) {
            return Err(format!("claim group {}: member {m} does not exist", g.id));
        }
        if g.values.len() != g.members.len() || g.values.iter().any(|v| !v.is_finite()) {
            return Err(format!("claim group {}: values {:?} do not match its members", g.id, g.values));
        }
    }
    Ok(())
}
