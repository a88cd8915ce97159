//! Stage 5: claims. Sentences that state something checkable: a number, a date, a
//! comparison, a cause, a prediction, a policy fact, or what a named source says.
//! Page furniture (sign-up prompts, credits, bylines), questions and fragments are skipped.

use crate::lexicon;
use crate::text::{Range, Text, TokKind};

#[derive(Clone, Debug, PartialEq)]
pub struct RawClaim {
    pub range: Range,
    pub kinds: Vec<&'static str>,
    pub score: f64,
    pub hedge: Option<Range>,
    /// Index of the quote whose speaker asserts it.
    pub quote: Option<usize>,
    pub quantities: Vec<usize>,
    pub dates: Vec<usize>,
}

const COMPARISON: &[&str] = &["first", "last", "more", "less", "most", "least", "fewer", "greater", "higher", "lower", "larger", "smaller", "bigger", "biggest", "largest", "highest", "lowest", "than", "increasing", "increased", "increase", "decreasing", "decreased", "decrease", "record", "only", "rising", "declining", "doubled", "tripled"];
const CAUSAL: &[&str] = &["because", "cause", "caused", "causes", "due", "allow", "allows", "allowed", "enable", "enables", "lead", "leads", "result", "results", "therefore", "thanks"];
const PREDICTION: &[&str] = &["will", "would", "could", "expected", "expects", "plans", "likely", "going", "forecast", "predicted"];
const POLICY: &[&str] = &["guidelines", "law", "laws", "legislation", "treaty", "rules", "policy", "agreement", "constitution", "bill", "regulation", "regulations", "sanctions", "budget", "tax", "taxes", "ban", "reform", "deal"];
const HEDGES: &[&str] = &["could", "might", "may", "likely", "possibly", "probably", "reportedly", "perhaps", "appears", "seems", "allegedly", "apparently", "expected", "suggests"];
const WEIGHTS: &[(&str, f64)] = &[("quantity", 0.55), ("temporal", 0.3), ("comparison", 0.3), ("attributed", 0.35), ("causal", 0.2), ("prediction", 0.15), ("policy", 0.2)];

/// Whether a paragraph is page furniture rather than article text.
pub fn is_boilerplate(s: &str) -> bool {
    let t = s.trim_start();
    lexicon::boilerplate().iter().any(|p| t.starts_with(p)) || (t.contains('@') && t.split_whitespace().count() <= 8)
}

/// Claims of one document. `quotes` are (range, has speaker) in any order; quantity and
/// date ranges index the document's lists, each date with whether it is anchored in time
/// ("in 1997", "17 years") rather than a bare "now" or "recently".
pub fn extract(text: &Text, quotes: &[(Range, bool)], quantities: &[Range], dates: &[(Range, bool)]) -> Vec<RawClaim> {
    let mut out = Vec::new();
    for s in &text.sentences {
        let para = text.paragraphs[s.paragraph];
        let sentence = text.slice(s.range);
        let words: Vec<&str> = s.tokens.clone().filter(|&i| text.tokens[i].kind != TokKind::Punct && text.tokens[i].kind != TokKind::Quote).map(|i| text.tok(i)).collect();
        if words.len() < 6 || sentence.trim_end_matches(['”', '"', '’', '\'', ')']).ends_with('?') || is_boilerplate(text.slice(para)) {
            continue;
        }
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let has = |list: &[&str]| lower.iter().any(|w| list.contains(&w.as_str()));
        let q_in: Vec<usize> = (0..quantities.len()).filter(|&i| s.range.contains(quantities[i])).collect();
        let d_in: Vec<usize> = (0..dates.len()).filter(|&i| s.range.contains(dates[i].0)).collect();
        let quote = quotes.iter().position(|(r, speaker)| *speaker && r.overlaps(s.range));
        let mut kinds = Vec::new();
        if !q_in.is_empty() {
            kinds.push("quantity");
        }
        if d_in.iter().any(|&i| dates[i].1) {
            kinds.push("temporal");
        }
        if has(COMPARISON) || lower.iter().any(|w| w.len() > 5 && w.ends_with("est") && !matches!(w.as_str(), "interest" | "request" | "protest" | "suggest" | "honest" | "modest" | "forest" | "harvest" | "contest" | "latest" | "arrest")) {
            kinds.push("comparison");
        }
        if quote.is_some() {
            kinds.push("attributed");
        }
        if has(CAUSAL) {
            kinds.push("causal");
        }
        if has(PREDICTION) {
            kinds.push("prediction");
        }
        if has(POLICY) {
            kinds.push("policy");
        }
        // Check-worthiness from the trained scorer where one is built in, otherwise from
        // the kinds found.
        let score = match crate::checkworthy::model() {
            Some(m) => m.score(sentence),
            None => 1.0 - kinds.iter().map(|k| 1.0 - WEIGHTS.iter().find(|(n, _)| n == k).map_or(0.0, |w| w.1)).product::<f64>(),
        };
        let score = (score * 100.0).round() / 100.0;
        if score < 0.5 && !kinds.iter().any(|k| matches!(*k, "quantity" | "temporal" | "comparison" | "attributed")) {
            continue;
        }
        let hedge = s.tokens.clone().find(|&i| HEDGES.contains(&text.tok(i).to_lowercase().as_str())).map(|i| text.tokens[i].range());
        out.push(RawClaim { range: s.range, kinds, score, hedge, quote, quantities: q_in, dates: d_in });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(s: &str, quantities: &[Range], dates: &[Range]) -> Vec<(String, Vec<&'static str>)> {
        let t = Text::new(s);
        let dates: Vec<(Range, bool)> = dates.iter().map(|d| (*d, true)).collect();
        let dates = dates.as_slice();
        extract(&t, &[], quantities, dates).into_iter().map(|c| (s[c.range.start..c.range.end].to_string(), c.kinds)).collect()
    }

    #[test]
    fn numbers_and_comparisons_are_claims_boilerplate_and_questions_are_not() {
        let s = "Right now, there are about 49,000 American troops based there.";
        let q = [Range::new(22, 34)];
        assert_eq!(claims(s, &q, &[]), [(s.to_string(), vec!["quantity"])]);
        assert_eq!(claims("The threat is larger than it was before the war.", &[], &[])[0].1, ["comparison"]);
        assert!(claims("Sign up to receive a daily email of the top stories.", &[], &[]).is_empty());
        assert!(claims("Is the threat larger than it was before the war?", &[], &[]).is_empty());
        assert!(claims("The weather was nice and everyone went home.", &[], &[]).is_empty());
    }
}
