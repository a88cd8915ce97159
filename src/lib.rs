//! presslens: who said what, who is mentioned and what is claimed in news articles, and how
//! articles on the same story compare.
//!
//! The core is pure: `&str` in, plain types ([`model`]) out, no I/O. One function,
//! [`analyze_document`], runs the stages in order:
//! text → quotes → entities → dates and quantities → claims; [`merge_corpus`] then compares
//! documents. The CLI (`src/main.rs`) and the wasm bindings (`src/wasm.rs`) are thin faces
//! over these two functions.

pub mod checkworthy;
pub mod claims;
pub mod corpus;
pub mod dates;
pub mod entities;
pub mod eval;
mod learn;
pub mod lexicon;
pub mod model;
pub mod ner;
pub mod order;
mod patterns;
pub mod quantities;
pub mod quotes;
pub mod text;
pub mod timeml;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use model::{Analysis, Claim, Corpus, Cue, Date, Document, Entity, Mention, Quantity, Quote, Span, Speaker};
use text::{Range, Text};

/// The version written into every result.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyses a batch: every document, then the corpus. Repeated ids get a `~2`, `~3`… suffix
/// so that every id in the result stays unique.
pub fn analyze(docs: &[(&str, &str)]) -> Analysis {
    let ids = unique_ids(docs.iter().map(|(id, _)| *id));
    let documents: Vec<Document> = docs.iter().zip(&ids).map(|((_, text), id)| analyze_document(id, text)).collect();
    let corpus = merge_corpus(&documents);
    Analysis { presslens: VERSION.to_string(), documents, corpus }
}

/// The ids, each made unique: a repeat gets `~2`, `~3`… (skipping any name already taken).
pub fn unique_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut names = UniqueIds::default();
    ids.into_iter().map(|id| names.next(id)).collect()
}

/// The rule of [`unique_ids`] one id at a time, for a caller that meets its documents one by
/// one (the CLI reads, analyses and writes each file before it opens the next).
#[derive(Default)]
pub struct UniqueIds(std::collections::HashSet<String>);

impl UniqueIds {
    /// `id` itself, or with the first free `~N` suffix if it was given before.
    pub fn next(&mut self, id: &str) -> String {
        let mut unique = id.to_string();
        let mut n = 1;
        while self.0.contains(&unique) {
            n += 1;
            unique = format!("{id}~{n}");
        }
        self.0.insert(unique.clone());
        unique
    }
}

/// The corpus section from per-document results, in any order or grouping.
pub fn merge_corpus(documents: &[Document]) -> Corpus {
    corpus::merge(documents)
}

/// Builds now what every analysis builds on first use (the date and quantity patterns, the
/// two models, the word lists), by analysing one short paragraph: a page calls this while
/// its reader is still choosing files, so that the first document is not the slow one.
pub fn prepare() {
    analyze_document("", "On Monday, about 49,000 U.S. troops were based in Japan, Defense Secretary Ash Carter said: “It is the first revision in 17 years.”");
}

/// Analyses one document. Never panics; linear in the length of `text`.
pub fn analyze_document(id: &str, text: &str) -> Document {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let structure = Text::new(text);
    let quotes = quotes::extract(&structure);
    let (entities, speakers) = entities::extract(&structure, &quotes);
    let dates = dates::extract(text);
    let date_ranges: Vec<Range> = dates.iter().map(|d| d.range).collect();
    let quantities = quantities::extract(text, &date_ranges);
    let quantity_ranges: Vec<(Range, &str)> = quantities.iter().map(|q| (q.range, q.unit.as_deref().unwrap_or(""))).collect();
    let quote_ranges: Vec<(Range, bool)> = quotes.iter().map(|q| (q.range(), q.speaker.is_some())).collect();
    // "now", "recently": dates that place nothing in time do not make a claim temporal.
    let anchored: Vec<claims::DateSeen> = dates.iter().map(|d| (d.range, !d.value.as_deref().is_some_and(|v| v.ends_with("_REF")), d.kind)).collect();
    let claims = claims::extract(&structure, &quote_ranges, &quantity_ranges, &anchored);
    Assembler::new(id, text).document(&structure, &quotes, &speakers, &entities, &dates, &quantities, &claims)
}

/// How many code points start in `bytes`: the bytes that are not UTF-8 continuation bytes
/// (`0b10xx_xxxx`), counted eight at a time (a byte at a time is most of converting spans).
fn code_points(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for c in &mut chunks {
        let x = c.try_into().map_or(0, u64::from_le_bytes);
        // Bit 7 of each byte that has bit 7 set and bit 6 clear; summed by the multiply into
        // the top byte (at most eight, so no carry between bytes).
        let marks = (x & !(x << 1) & 0x8080_8080_8080_8080) >> 7;
        continuations += (marks.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
    }
    let tail = chunks.remainder();
    bytes.len() - tail.len() - continuations + tail.iter().filter(|b| (**b as i8) >= -0x40).count()
}

/// Turns the stages' byte ranges into the contract's code-point spans and ids.
struct Assembler<'a> {
    id: &'a str,
    src: &'a str,
    /// Code points before each 64-byte block, for constant-time offset conversion.
    blocks: Vec<usize>,
}

impl<'a> Assembler<'a> {
    fn new(id: &'a str, src: &'a str) -> Self {
        let mut blocks = Vec::with_capacity(src.len() / 64 + 1);
        let mut count = 0;
        for chunk in src.as_bytes().chunks(64) {
            blocks.push(count);
            count += code_points(chunk);
        }
        blocks.push(count);
        Assembler { id, src, blocks }
    }

    /// The code-point offset of byte offset `b` (a char boundary).
    fn offset(&self, b: usize) -> usize {
        let block = b / 64;
        self.blocks[block] + code_points(&self.src.as_bytes()[block * 64..b])
    }

    fn span(&self, r: Range) -> Span {
        Span(self.offset(r.start), self.offset(r.end))
    }

    fn text(&self, r: Range) -> String {
        self.src[r.start..r.end].to_string()
    }

    fn speaker(&self, phrase: &quotes::SpeakerPhrase, resolved: Option<&entities::Resolved>) -> Speaker {
        Speaker {
            span: self.span(phrase.span),
            text: self.text(phrase.span),
            entity: resolved.and_then(|r| r.entity).map(|e| format!("{}/e{}", self.id, e + 1)),
            // (Nor a name longer than a speaker phrase may be: a run of text with no spaces,
            // copied into every quote a pronoun gives it.)
            name: resolved.and_then(|r| r.name.clone()).filter(|n| n.len() <= quotes::MAX_SPEAKER_BYTES),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn document(
        &self,
        structure: &Text,
        quotes: &[quotes::RawQuote],
        speakers: &[Option<entities::Resolved>],
        entities: &[entities::RawEntity],
        dates: &[dates::RawDate],
        quantities: &[quantities::RawQuantity],
        claims: &[claims::RawClaim],
    ) -> Document {
        let id = self.id;
        let quotes_out: Vec<Quote> = quotes
            .iter()
            .enumerate()
            .map(|(i, q)| Quote {
                id: format!("{id}/q{}", i + 1),
                kind: q.kind,
                span: self.span(q.range()),
                parts: q.parts.iter().map(|p| self.span(*p)).collect(),
                text: q.parts.iter().map(|p| &self.src[p.start..p.end]).collect::<Vec<_>>().join(" "),
                speaker: q.speaker.as_ref().map(|s| self.speaker(s, speakers.get(i).and_then(Option::as_ref))),
                cue: q.cue.map(|c| Cue { span: self.span(c), text: self.text(c) }),
                confidence: q.confidence,
            })
            .collect();
        let entities_out: Vec<Entity> = entities
            .iter()
            .enumerate()
            .map(|(i, e)| Entity {
                id: format!("{id}/e{}", i + 1),
                kind: e.kind,
                name: e.name.clone(),
                aliases: e.aliases.clone(),
                acronym: e.acronym.clone(),
                roles: e.roles.clone(),
                mentions: e.mentions.iter().map(|m| Mention { span: self.span(*m), text: self.text(*m) }).collect(),
            })
            .collect();
        let mut mentions: Vec<(Range, usize)> = entities.iter().enumerate().flat_map(|(i, e)| e.mentions.iter().map(move |m| (*m, i))).collect();
        order::sort_by_key(&mut mentions, |m| m.0.start);
        let claims_out = claims
            .iter()
            .enumerate()
            .map(|(i, c)| Claim {
                id: format!("{id}/c{}", i + 1),
                span: self.span(c.range),
                text: self.text(c.range),
                kinds: c.kinds.iter().map(|k| k.to_string()).collect(),
                score: c.score,
                hedge: c.hedge.map(|h| self.text(h)),
                speaker: c.quote.and_then(|qi| quotes_out.get(qi)).and_then(|q| q.speaker.clone()),
                entities: {
                    let k = mentions.partition_point(|m| m.0.start < c.range.start);
                    let mut ids: Vec<usize> = mentions[k..].iter().take_while(|m| m.0.start < c.range.end).filter(|m| c.range.contains(m.0)).map(|m| m.1).collect();
                    ids.sort_unstable();
                    ids.dedup();
                    ids.into_iter().map(|e| entities_out[e].id.clone()).collect()
                },
                quantities: c.quantities.clone(),
                dates: c.dates.clone(),
            })
            .collect();
        Document {
            id: id.to_string(),
            chars: self.offset(self.src.len()),
            title: title(structure),
            quotes: quotes_out,
            entities: entities_out,
            dates: dates.iter().map(|d| Date { span: self.span(d.range), text: self.text(d.range), kind: d.kind, value: d.value.clone() }).collect(),
            quantities: quantities
                .iter()
                .map(|q| Quantity { span: self.span(q.range), text: self.text(q.range), value: q.value, unit: q.unit.clone(), approx: q.approx })
                .collect(),
            claims: claims_out,
        }
    }
}

/// The headline: a short first paragraph that does not read as a sentence.
fn title(t: &Text) -> Option<String> {
    let first = t.paragraphs.iter().map(|p| t.slice(*p)).find(|p| !claims::is_boilerplate(p))?;
    let words = first.split_whitespace().count();
    let sentence_like = first.ends_with(['.', '!', '"', '”', ':', ',']);
    ((2..=16).contains(&words) && !sentence_like).then(|| first.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every span's text is exactly the code points it covers, whatever the script.
    #[test]
    fn spans_count_code_points_and_match_their_text() {
        let s = "\u{feff}🙂 Café owner José Núñez said: “Prices rose 12% in 2015, the highest in 17 years.” 東京 “Naïve,” he said.";
        let d = analyze_document("t", s);
        let body: Vec<char> = s.trim_start_matches('\u{feff}').chars().collect();
        let check = |span: Span, text: &str| assert_eq!(body[span.0..span.1].iter().collect::<String>(), text);
        assert!(!d.quotes.is_empty());
        for q in &d.quotes {
            for p in &q.parts {
                assert!(q.text.contains(&body[p.0..p.1].iter().collect::<String>()));
            }
            if let Some(sp) = &q.speaker {
                check(sp.span, &sp.text);
            }
        }
        for e in &d.entities {
            for m in &e.mentions {
                check(m.span, &m.text);
            }
        }
        for x in &d.dates {
            check(x.span, &x.text);
        }
        for x in &d.quantities {
            check(x.span, &x.text);
        }
        for c in &d.claims {
            check(c.span, &c.text);
        }
        assert_eq!(d.chars, body.len());
    }

    #[test]
    fn code_points_counts_as_chars_does() {
        let texts = [
            "",
            "a",
            "abcdefgh",
            "abcdefghi",
            "é",
            "Zürich, İstanbul 😀 ΣΟΦΊΑ — “quoted” naïve résumé 12345678",
            "😀😀😀😀😀",
            "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}",
        ];
        for t in texts {
            for (a, _) in t.char_indices().chain([(t.len(), ' ')]) {
                for (b, _) in t.char_indices().chain([(t.len(), ' ')]).filter(|(b, _)| *b >= a) {
                    assert_eq!(code_points(&t.as_bytes()[a..b]), t[a..b].chars().count(), "{t:?} {a}..{b}");
                }
            }
        }
        // Every single byte value, as the byte at each place of a chunk.
        for v in 0..=255u8 {
            for at in 0..16 {
                let mut bytes = vec![b'x'; 16];
                bytes[at] = v;
                assert_eq!(code_points(&bytes), bytes.iter().filter(|b| (**b as i8) >= -0x40).count(), "{v} at {at}");
            }
        }
    }

    #[test]
    fn duplicate_ids_are_made_unique() {
        let a = analyze(&[("a.txt", "One."), ("a.txt", "Two.")]);
        assert_eq!(a.documents[0].id, "a.txt");
        assert_eq!(a.documents[1].id, "a.txt~2");
        // Also when a later document is already called what a repeat would become.
        let b = analyze(&[("a", "One."), ("a", "Two."), ("a~2", "Three.")]);
        let ids: Vec<&str> = b.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "a~2", "a~2~2"]);
    }

    #[test]
    fn empty_and_odd_input_gives_a_result() {
        for s in ["", " ", "\n\n\n", "“", "”", "\"\"\"", "''", "said said said", "\u{0}\u{1}", "«»„“", "a\r\nb\rc"] {
            let d = analyze_document("x", s);
            assert_eq!(d.chars, s.trim_start_matches('\u{feff}').chars().count());
        }
    }
}
