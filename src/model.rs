//! The analysis JSON contract (`analysis-json.md`): one set of serde types shared by the
//! CLI, the wasm API and the page. Offsets in these types count Unicode code points of the
//! document text (a leading BOM removed), as the contract asks.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A half-open `[start, end)` range of code points, serialised as a two-element array.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span(pub usize, pub usize);

impl Span {
    pub fn start(&self) -> usize {
        self.0
    }
    pub fn end(&self) -> usize {
        self.1
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub presslens: String,
    pub documents: Vec<Document>,
    pub corpus: Corpus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub chars: usize,
    pub title: Option<String>,
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
    pub dates: Vec<Date>,
    pub quantities: Vec<Quantity>,
    pub claims: Vec<Claim>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub kind: QuoteKind,
    pub span: Span,
    pub parts: Vec<Span>,
    pub text: String,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    pub confidence: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub span: Span,
    pub text: String,
    pub entity: Option<String>,
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    pub span: Span,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organization,
    Place,
    Nationality,
    Event,
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    pub acronym: Option<String>,
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    Date,
    Time,
    Duration,
    Relative,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Date {
    pub span: Span,
    pub text: String,
    pub kind: DateKind,
    pub value: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub span: Span,
    pub text: String,
    pub value: f64,
    pub unit: Option<String>,
    pub approx: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub span: Span,
    pub text: String,
    pub kinds: Vec<String>,
    pub score: f64,
    pub hedge: Option<String>,
    pub speaker: Option<Speaker>,
    pub entities: Vec<String>,
    pub quantities: Vec<usize>,
    pub dates: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub entities: Vec<CorpusEntity>,
    pub quote_clusters: Vec<QuoteCluster>,
    pub claim_groups: Vec<ClaimGroup>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorpusEntity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    /// Titles and descriptions given to a person in any of the documents.
    pub roles: Vec<String>,
    /// Mention count per document id.
    pub documents: BTreeMap<String, usize>,
    /// The ids of the document entities merged here.
    pub members: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteCluster {
    pub id: String,
    pub speaker: Option<String>,
    pub members: Vec<String>,
    pub documents: Vec<String>,
    pub identical: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupStatus {
    Agree,
    Conflict,
    Single,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimGroup {
    pub id: String,
    pub topic: String,
    pub members: Vec<String>,
    pub status: GroupStatus,
    /// The value each member states, in member order.
    pub values: Vec<f64>,
}
