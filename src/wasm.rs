//! The wasm face: three functions over the core (and `prepare`, `version`), taking and returning plain JS objects in
//! the contract's shape (offsets in code points, as everywhere). Wrong argument shapes
//! throw a JS `Error`; no input string can make them panic.

use crate::model::Document;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[derive(Deserialize)]
struct Input {
    id: String,
    text: String,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // Maps as plain objects (the corpus's per-document counts), not JS `Map`s.
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&ser).map_err(|e| JsError::new(&e.to_string()))
}

fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue, what: &str) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// `analyze([{id, text}, …])` → `{presslens, documents, corpus}`.
#[wasm_bindgen]
pub fn analyze(documents: JsValue) -> Result<JsValue, JsError> {
    let inputs: Vec<Input> = from_js(documents, "analyze expects an array of {id, text}")?;
    let pairs: Vec<(&str, &str)> = inputs.iter().map(|d| (d.id.as_str(), d.text.as_str())).collect();
    to_js(&crate::analyze(&pairs))
}

/// `analyzeDocument(id, text)` → one document's result.
#[wasm_bindgen(js_name = analyzeDocument)]
pub fn analyze_document(id: &str, text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::analyze_document(id, text))
}

/// `mergeCorpus([document, …])` → the corpus section, the same as `analyze` computes.
#[wasm_bindgen(js_name = mergeCorpus)]
pub fn merge_corpus(documents: JsValue) -> Result<JsValue, JsError> {
    let docs: Vec<Document> = from_js(documents, "mergeCorpus expects an array of document results")?;
    to_js(&crate::merge_corpus(&docs))
}

/// `prepare()`: builds the patterns, models and word lists before the first document.
#[wasm_bindgen]
pub fn prepare() {
    crate::prepare();
}

/// The version of the analysis.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
