//! The wasm API in a real browser (`wasm-pack test --headless --chrome`): results come back
//! as plain JS objects, and every span, sliced the way JavaScript slices code points
//! (`Array.from(text).slice(start, end)`), gives back exactly the text it claims.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect, JSON};
use presslens::wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../seeds/001_199081b5ffea0668.txt");
const TRICKY: &str = "🙂 Café owner José Núñez said: “Prices rose 12% in 2015, the highest in 17 years.”\n\n東京 “Naïve ‘ideas’ won’t do,” she said. 👩‍👩‍👧 «Ça va», dit-il.";

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn items(v: &JsValue, key: &str) -> Vec<JsValue> {
    get(v, key).dyn_into::<Array>().map(|a| a.iter().collect()).unwrap_or_default()
}

fn string(v: &JsValue) -> String {
    v.as_string().unwrap_or_default()
}

/// `Array.from(text).slice(start, end).join("")`: code-point slicing in JavaScript.
fn js_slice(text: &str, span: &JsValue) -> String {
    let span: Array = span.clone().unchecked_into();
    let (a, b) = (span.get(0).as_f64().unwrap_or(-1.0), span.get(1).as_f64().unwrap_or(-1.0));
    let points = Array::from(&JsString::from(text));
    string(&points.slice(a as u32, b as u32).join("").into())
}

/// Every span in one document result matches its text under JavaScript slicing.
fn check_spans(text: &str, doc: &JsValue) -> usize {
    let mut checked = 0;
    for q in items(doc, "quotes") {
        let joined = string(&get(&q, "text"));
        for p in items(&q, "parts") {
            assert!(joined.contains(&js_slice(text, &p)), "part of {joined:?}");
            checked += 1;
        }
        let speaker = get(&q, "speaker");
        if !speaker.is_null() {
            assert_eq!(js_slice(text, &get(&speaker, "span")), string(&get(&speaker, "text")));
            checked += 1;
        }
    }
    for e in items(doc, "entities") {
        for m in items(&e, "mentions") {
            assert_eq!(js_slice(text, &get(&m, "span")), string(&get(&m, "text")));
            checked += 1;
        }
    }
    for key in ["dates", "quantities", "claims"] {
        for x in items(doc, key) {
            assert_eq!(js_slice(text, &get(&x, "span")), string(&get(&x, "text")), "{key}");
            checked += 1;
        }
    }
    checked
}

#[wasm_bindgen_test]
fn seed_quotes_and_spans() {
    let doc = wasm::analyze_document("001.txt", SEED).expect("analysis");
    let kishida = items(&doc, "quotes").into_iter().find(|q| string(&get(q, "text")).starts_with("The security environment surrounding Japan"));
    let speaker = get(&kishida.expect("Kishida's quote"), "speaker");
    assert_eq!(string(&get(&speaker, "name")), "Fumio Kishida");
    assert!(check_spans(SEED, &doc) > 50);
}

#[wasm_bindgen_test]
fn curly_quotes_accents_and_emoji_keep_offsets() {
    let doc = wasm::analyze_document("tricky", TRICKY).expect("analysis");
    let quotes = items(&doc, "quotes");
    assert!(quotes.iter().any(|q| string(&get(q, "text")).contains("Naïve ‘ideas’ won’t do,")), "curly quote found");
    assert_eq!(get(&doc, "chars").as_f64(), Some(TRICKY.chars().count() as f64));
    assert!(check_spans(TRICKY, &doc) >= 3);
}

#[wasm_bindgen_test]
fn merge_in_workers_equals_one_call() {
    let input = Array::new();
    for (id, text) in [("a", SEED), ("b", TRICKY)] {
        let d = js_sys::Object::new();
        Reflect::set(&d, &"id".into(), &id.into()).unwrap();
        Reflect::set(&d, &"text".into(), &text.into()).unwrap();
        input.push(&d);
    }
    let whole = wasm::analyze(input.into()).expect("analysis");
    // The documents merged in the other order give the same corpus.
    let docs: Array = get(&whole, "documents").unchecked_into();
    let reversed = docs.slice(0, 2).reverse();
    let merged = wasm::merge_corpus(reversed.into()).expect("merge");
    assert_eq!(JSON::stringify(&merged).unwrap(), JSON::stringify(&get(&whole, "corpus")).unwrap());
}

#[wasm_bindgen_test]
fn wrong_arguments_throw_instead_of_aborting() {
    assert!(wasm::analyze(JsValue::from_f64(3.0)).is_err());
    assert!(wasm::merge_corpus(JsValue::from_str("nope")).is_err());
    // The module still works afterwards.
    assert!(wasm::analyze_document("x", "“Fine,” he said.").is_ok());
}
