//! Stage 6: the corpus. Cross-document results computed from per-document results alone:
//! entities merged by name, alias and acronym; the same quotation carried by several
//! articles; claims about the same quantity. The merge depends only on the set of
//! documents, never on their order or grouping, so workers' results merge to one answer.

use crate::entities::{middle_initials, person_key};
use crate::learn::fnv_lowercase;
use crate::model::{ClaimGroup, Corpus, CorpusEntity, Document, EntityType, GroupStatus, QuoteCluster, QuoteKind, Span};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// Hash maps keyed by our own strings and numbers: FNV is several times faster than SipHash
/// on them, and nothing here needs protection from chosen keys.
type HashMap<K, V> = std::collections::HashMap<K, V, crate::learn::FnvBuild>;

/// Union-find over item indexes.
struct Sets(Vec<usize>);

impl Sets {
    fn new(n: usize) -> Self {
        Sets((0..n).collect())
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
    /// Joins item `i` to the first item seen with `key`, or, if none was, records `i` as
    /// that first one and returns true.
    fn join_first<K: std::hash::Hash + Eq>(&mut self, firsts: &mut HashMap<K, usize>, key: K, i: usize) -> bool {
        match firsts.entry(key) {
            std::collections::hash_map::Entry::Occupied(j) => {
                self.union(i, *j.get());
                false
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
                true
            }
        }
    }
    /// The groups, each sorted, in order of their smallest member. Sized first, so that a
    /// large merge (hundreds of thousands of items) allocates once per group, not once per item.
    fn groups(mut self) -> Vec<Vec<usize>> {
        let n = self.0.len();
        let mut sizes: Vec<u32> = vec![0; n];
        for i in 0..n {
            let r = self.find(i);
            self.0[i] = r;
            sizes[r] += 1;
        }
        // A root is its group's smallest member (`union` keeps the smaller), so groups are
        // opened in order of their smallest member; `sizes` then holds each root's group.
        let mut out: Vec<Vec<usize>> = Vec::new();
        for i in 0..n {
            let r = self.0[i];
            if r == i {
                let size = sizes[r] as usize;
                sizes[r] = out.len() as u32;
                out.push(Vec::with_capacity(size));
            }
            out[sizes[r] as usize].push(i);
        }
        out
    }
}

/// The corpus section for `docs`, in any order.
pub fn merge(docs: &[Document]) -> Corpus {
    merge_summaries(docs.iter().map(summarize).collect())
}

/// What the merge needs from one document, and no more: its entities without their
/// mentions, each quote's word triples, and the figures its claims state. A caller with many
/// documents (the CLI) keeps these and lets the full results go once they are written:
/// they are about a fifth of the size. Its text borrows from the document
/// ([`Summary::into_owned`] copies it): merging documents at hand copies no names.
#[derive(Clone, Debug)]
pub struct Summary<'a> {
    id: Cow<'a, str>,
    chars: usize,
    entities: Vec<EntityBrief<'a>>,
    quotes: Vec<QuoteBrief<'a>>,
    facts: Vec<FactSeed<'a>>,
}

#[derive(Clone, Debug)]
struct EntityBrief<'a> {
    id: Cow<'a, str>,
    kind: EntityType,
    name: Cow<'a, str>,
    aliases: Vec<Cow<'a, str>>,
    acronym: Option<Cow<'a, str>>,
    roles: Vec<Cow<'a, str>>,
    mentions: usize,
}

/// A direct or mixed quote of at least four words.
#[derive(Clone, Debug)]
struct QuoteBrief<'a> {
    id: Cow<'a, str>,
    speaker: Option<Cow<'a, str>>,
    /// A hash of its words, lowercased: equal for quotes worded identically.
    wording: u64,
    /// Its word triples as hashes, sorted and distinct.
    shingles: Vec<u64>,
}

/// A figure a claim states, before the corpus knows which entities are places.
#[derive(Clone, Debug)]
struct FactSeed<'a> {
    topic: Cow<'a, str>,
    value: f64,
    allows: (f64, f64),
    claim: Cow<'a, str>,
    /// The document's entities the claim is placed at: those with a mention inside the
    /// claim, other than one right before the figure's unit ("U.S. troops").
    at: Vec<Cow<'a, str>>,
}

/// The part of `d` the merge reads.
pub fn summarize(d: &Document) -> Summary<'_> {
    // (Over `&String`: it is mapped over the strings of lists as they are.)
    #[allow(clippy::ptr_arg)]
    fn borrow(s: &String) -> Cow<'_, str> {
        Cow::Borrowed(s)
    }
    Summary {
        id: borrow(&d.id),
        chars: d.chars,
        entities: d
            .entities
            .iter()
            .map(|e| EntityBrief {
                id: borrow(&e.id),
                kind: e.kind,
                name: borrow(&e.name),
                aliases: e.aliases.iter().map(borrow).collect(),
                acronym: e.acronym.as_ref().map(borrow),
                roles: e.roles.iter().map(borrow).collect(),
                mentions: e.mentions.len(),
            })
            .collect(),
        quotes: quote_briefs(d),
        facts: stated_facts(d),
    }
}

impl Summary<'_> {
    /// The summary with its own copy of every text, to keep once the document is gone.
    pub fn into_owned(self) -> Summary<'static> {
        let own = |s: Cow<'_, str>| Cow::Owned(s.into_owned());
        let all = |v: Vec<Cow<'_, str>>| v.into_iter().map(own).collect();
        Summary {
            id: own(self.id),
            chars: self.chars,
            entities: self
                .entities
                .into_iter()
                .map(|e| EntityBrief {
                    id: own(e.id),
                    kind: e.kind,
                    name: own(e.name),
                    aliases: all(e.aliases),
                    acronym: e.acronym.map(own),
                    roles: all(e.roles),
                    mentions: e.mentions,
                })
                .collect(),
            quotes: self.quotes.into_iter().map(|q| QuoteBrief { id: own(q.id), speaker: q.speaker.map(own), wording: q.wording, shingles: q.shingles }).collect(),
            facts: self.facts.into_iter().map(|f| FactSeed { topic: own(f.topic), value: f.value, allows: f.allows, claim: own(f.claim), at: all(f.at) }).collect(),
        }
    }
}

/// FNV over every field of a summary, each closed by a separator.
fn fingerprint(s: &Summary<'_>) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::learn::Fnv::default();
    let mut put = |x: &[u8]| {
        h.write(x);
        h.write(&[0xff]);
    };
    for e in &s.entities {
        put(e.id.as_bytes());
        put(&[e.kind as u8]);
        put(&e.mentions.to_le_bytes());
        put(e.name.as_bytes());
        e.aliases.iter().chain(&e.roles).chain(&e.acronym).for_each(|a| put(a.as_bytes()));
    }
    for q in &s.quotes {
        put(q.id.as_bytes());
        put(q.speaker.as_deref().unwrap_or("\u{0}").as_bytes());
        put(&q.wording.to_le_bytes());
        q.shingles.iter().for_each(|x| put(&x.to_le_bytes()));
    }
    for f in &s.facts {
        put(f.claim.as_bytes());
        put(f.topic.as_bytes());
        [f.value, f.allows.0, f.allows.1].iter().for_each(|v| put(&v.to_bits().to_le_bytes()));
        f.at.iter().for_each(|a| put(a.as_bytes()));
    }
    h.finish()
}

/// The corpus section from documents' summaries, in any order.
pub fn merge_summaries(mut docs: Vec<Summary<'_>>) -> Corpus {
    crate::order::sort_by(&mut docs, |a, b| a.id.cmp(&b.id).then(a.chars.cmp(&b.chars)));
    // Documents that share an id and a length (a caller's mistake) are ordered by a hash of
    // what they hold, so that the merge still does not depend on their order. Only those
    // are hashed: it would cost a fifth of a 10,000-document merge to hash them all.
    let mut i = 0;
    while i < docs.len() {
        let j = i + docs[i..].iter().take_while(|d| d.id == docs[i].id && d.chars == docs[i].chars).count();
        if j - i > 1 {
            crate::order::sort_by_cached_key(&mut docs[i..j], fingerprint);
        }
        i = j;
    }
    // Each part of the summaries is let go once its step is done, so that the peak is the
    // largest step, not all of them at once.
    let quote_clusters = quote_clusters(&docs);
    docs.iter_mut().for_each(|d| d.quotes = Vec::new());
    let entities = entities(&docs);
    docs.iter_mut().for_each(|d| d.entities = Vec::new());
    let claim_groups = claim_groups(&docs, &entities);
    Corpus { entities, quote_clusters, claim_groups }
}

fn entities(docs: &[Summary<'_>]) -> Vec<CorpusEntity> {
    let items: Vec<(&str, &EntityBrief)> = docs.iter().flat_map(|d| d.entities.iter().map(move |e| (d.id.as_ref(), e))).collect();
    let mut sets = Sets::new(items.len());
    // Each key kept as its 64-bit hash: the keys of a large corpus would otherwise be a
    // good part of the merge's memory. (Two names wrongly joined need a collision: odds of
    // about one in 40 million over a million keys.)
    let mut seen: HashMap<u64, usize> = HashMap::default();
    let mut surnames: HashMap<String, BTreeSet<String>> = HashMap::default();
    // Keys are hashed from their parts, each part closed by a separator, so that no key
    // string is built.
    let mut join = |sets: &mut Sets, key: u64, i: usize| {
        sets.join_first(&mut seen, key, i);
    };
    let person = |first: &str, last: &str| crate::learn::fnv(&[b"person", first.as_bytes(), last.as_bytes()]);
    // "George W. Bush" and "George H.W. Bush" are two people: a full name with middle
    // initials has a key with them; one without joins the only such variant, if one.
    let person_middle = |first: &str, middle: &str, last: &str| crate::learn::fnv(&[b"person", first.as_bytes(), middle.as_bytes(), last.as_bytes()]);
    let mut middles: HashMap<String, BTreeSet<String>> = HashMap::default();
    // Entities alike in kind, name, aliases and acronym (the same person in many articles)
    // have the same keys: each is worked out once, by the first, and the others join it.
    let mut first_alike: HashMap<u64, usize> = HashMap::default();
    // Whether each item is the first of its kind: the others add nothing to a name or aliases.
    let mut first: Vec<bool> = vec![false; items.len()];
    // The persons worked out, by item: surname, given name and middle initials.
    let mut persons: Vec<(usize, String, String, String)> = Vec::new();
    for (i, (_, e)) in items.iter().enumerate() {
        let mut alike = crate::learn::fnv(&[&[e.kind as u8], e.name.as_bytes()]);
        for a in e.aliases.iter().chain(&e.acronym) {
            alike = crate::learn::fnv_more(alike, &[a.as_bytes()]);
        }
        alike = crate::learn::fnv_more(alike, &[&e.aliases.len().to_le_bytes()]);
        first[i] = sets.join_first(&mut first_alike, alike, i);
        if !first[i] {
            continue;
        }
        if e.kind == EntityType::Person {
            let (last, first) = person_key(&e.name);
            if !first.is_empty() {
                match surnames.get_mut(&last) {
                    Some(firsts) if !firsts.contains(&first) => {
                        firsts.insert(first.clone());
                    }
                    Some(_) => {}
                    None => {
                        surnames.insert(last.clone(), BTreeSet::from([first.clone()]));
                    }
                }
            }
            let middle = middle_initials(&e.name);
            if !first.is_empty() && !middle.is_empty() {
                middles.entry(format!("{first} {last}")).or_default().insert(middle.clone());
                join(&mut sets, person_middle(&first, &middle, &last), i);
            }
            persons.push((i, last, first, middle));
        } else {
            for n in std::iter::once(&e.name).chain(&e.aliases).chain(&e.acronym) {
                join(&mut sets, fnv_lowercase(crate::learn::fnv(&[b"name", &[e.kind as u8]]), n), i);
                if e.kind == EntityType::Organization {
                    join(&mut sets, crate::learn::fnv(&[b"org", org_key(n).as_bytes()]), i);
                }
            }
        }
    }
    drop(first_alike);
    // A full name without middle initials joins the one variant with them, if one.
    let full = |first: &str, last: &str| match middles.get(&format!("{first} {last}")).filter(|m| m.len() == 1).and_then(|m| m.iter().next()) {
        Some(m) => person_middle(first, m, last),
        None => person(first, last),
    };
    // A person known only by surname joins the one full name with that surname, if one.
    for (i, last, first, middle) in &persons {
        if first.is_empty() {
            match surnames.get(last).filter(|f| f.len() == 1).and_then(|f| f.iter().next()) {
                Some(f) => join(&mut sets, full(f, last), *i),
                None => join(&mut sets, person("", last), *i),
            }
        } else if middle.is_empty() {
            join(&mut sets, full(first, last), *i);
        }
    }
    let out: Vec<CorpusEntity> = sets
        .groups()
        .into_iter()
        .map(|g| {
            let members: Vec<&(&str, &EntityBrief)> = g.iter().map(|&i| &items[i]).collect();
            // The most common type, then the fullest name.
            let mut types: BTreeMap<EntityType, usize> = BTreeMap::new();
            for (_, e) in &members {
                *types.entry(e.kind).or_default() += e.mentions;
            }
            let kind = types.iter().max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t))).map_or(EntityType::Other, |(t, _)| *t);
            let firsts: Vec<&EntityBrief> = g.iter().filter(|&&i| first[i]).map(|&i| items[i].1).collect();
            let name = firsts
                .iter()
                .map(|e| e.name.as_ref())
                .max_by(|a, b| a.split_whitespace().count().cmp(&b.split_whitespace().count()).then(a.len().cmp(&b.len())).then(b.cmp(a)))
                .unwrap_or_default()
                .to_string();
            // Each distinct alias and role is copied once, not once per member.
            let aliases: Vec<&str> =
                crate::order::sorted_distinct(firsts.iter().flat_map(|e| std::iter::once(&e.name).chain(&e.aliases)).map(AsRef::as_ref).filter(|a| *a != name));
            let roles: Vec<&str> = crate::order::sorted_distinct(members.iter().flat_map(|(_, e)| e.roles.iter()).map(AsRef::as_ref));
            // Items come document by document, in order of the documents' ids: one count a
            // run of members in the same document.
            let mut runs: Vec<(&str, usize)> = Vec::new();
            for (d, e) in &members {
                match runs.last_mut() {
                    Some((last, n)) if last == d => *n += e.mentions,
                    _ => runs.push((d, e.mentions)),
                }
            }
            let mut documents: BTreeMap<String, usize> = BTreeMap::new();
            for (d, n) in runs {
                *documents.entry(d.to_string()).or_insert(0) += n;
            }
            let mut ids: Vec<String> = members.iter().map(|(_, e)| e.id.to_string()).collect();
            if !ids.is_sorted() {
                crate::order::sort(&mut ids);
            }
            CorpusEntity {
                id: String::new(),
                kind,
                name,
                aliases: aliases.into_iter().map(str::to_string).collect(),
                roles: roles.into_iter().map(str::to_string).collect(),
                documents,
                members: ids,
            }
        })
        .collect();
    // Most mentioned first: each entity's total is summed once, not at every comparison.
    let mut totals: Vec<(usize, CorpusEntity)> = out.into_iter().map(|e| (e.documents.values().sum::<usize>(), e)).collect();
    crate::order::sort_by(&mut totals, |(ta, a), (tb, b)| tb.cmp(ta).then(a.kind.cmp(&b.kind)).then(a.name.cmp(&b.name)).then(a.members.cmp(&b.members)));
    let mut out: Vec<CorpusEntity> = totals.into_iter().map(|(_, e)| e).collect();
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("E{}", i + 1);
    }
    out
}

/// An organization's name as written in any style: without a leading nationality, case,
/// spaces, hyphens or a plural "s" ("Japanese Self Defense Forces" = "Self-Defense Force").
pub fn org_key(name: &str) -> String {
    let mut rest = name;
    if let Some((first, tail)) = name.split_once(' ') {
        if crate::lexicon::demonyms().contains_key(first) {
            rest = tail;
        }
    }
    let key: String = rest.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    key.strip_suffix('s').filter(|k| k.len() > 3).map_or(key.clone(), str::to_string)
}

/// A hash of each word of `s` in lowercase ([`crate::learn::fnv`] of the word alone).
fn word_hashes(s: &str) -> Vec<u64> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| fnv_lowercase(crate::learn::fnv(&[]), w)).collect()
}

/// A hash of three word hashes, in their order.
fn triple_hash(a: u64, b: u64, c: u64) -> u64 {
    let h = (a ^ b.rotate_left(21) ^ c.rotate_left(42)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^ (h >> 29)
}

/// How many quotes may share one word triple before it stops telling quotes apart.
const SHINGLE_POSTINGS: usize = 64;

/// The quotes that can be carried by other articles: direct and mixed, of four words or more.
fn quote_briefs(d: &Document) -> Vec<QuoteBrief<'_>> {
    d.quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .filter_map(|q| {
            let w = word_hashes(&q.text);
            if w.len() < 4 {
                return None;
            }
            let mut shingles: Vec<u64> = w.windows(3).map(|t| triple_hash(t[0], t[1], t[2])).collect();
            shingles.sort_unstable();
            shingles.dedup();
            let wording = w.iter().fold(crate::learn::fnv(&[]), |h, x| crate::learn::fnv_more(h, &[&x.to_le_bytes()]));
            Some(QuoteBrief { id: Cow::Borrowed(&q.id), speaker: q.speaker.as_ref().and_then(|s| s.name.as_deref()).map(Cow::Borrowed), wording, shingles })
        })
        .collect()
}

fn quote_clusters(docs: &[Summary<'_>]) -> Vec<QuoteCluster> {
    let quotes: Vec<(&str, &QuoteBrief)> = docs.iter().flat_map(|d| d.quotes.iter().map(move |q| (d.id.as_ref(), q))).collect();
    let mut sets = Sets::new(quotes.len());
    // Quotes worded identically (wire copy carried by several outlets, a quote repeated in
    // one article) have the same word triples: each wording is compared once, through the
    // first quote to have it, and the others join that one.
    let mut first_worded: HashMap<u64, usize> = HashMap::default();
    let mut distinct: Vec<usize> = Vec::new();
    for (i, (_, q)) in quotes.iter().enumerate() {
        if sets.join_first(&mut first_worded, q.wording, i) {
            distinct.push(i);
        }
    }
    drop(first_worded);
    let shingles: Vec<&[u64]> = distinct.iter().map(|&i| quotes[i].1.shingles.as_slice()).collect();
    // Each wording's count of triples, side by side: the comparison below reads it for every
    // pair that shares a triple.
    let lens: Vec<u32> = shingles.iter().map(|s| s.len() as u32).collect();
    // The first wordings to hold each word triple, as linked lists in one array: a large
    // corpus has millions of triples, most of them in one quote only, and a table of vectors
    // spent about 70 bytes on each. `heads` holds each triple's count and its last entry
    // (plus one; 0 is none), `links` each entry's wording and the entry before it.
    let mut heads: std::collections::HashMap<u64, (u32, u32), crate::learn::PreHashedBuild> = Default::default();
    let mut links: Vec<(u32, u32)> = Vec::new();
    // How many triples wording i shares with each earlier wording: counts by wording, and
    // the wordings counted, to reset.
    let mut counts: Vec<u32> = vec![0; shingles.len()];
    let mut shared: Vec<usize> = Vec::new();
    for (i, sh) in shingles.iter().copied().enumerate() {
        for s in sh {
            let head = heads.entry(*s).or_insert((0, 0));
            let mut at = head.1;
            while at != 0 {
                let (j, before) = links[at as usize - 1];
                if counts[j as usize] == 0 {
                    shared.push(j as usize);
                }
                counts[j as usize] += 1;
                at = before;
            }
            // Only the first wordings to have a triple count: one shared by hundreds of
            // quotes no longer tells them apart.
            if (head.0 as usize) < SHINGLE_POSTINGS {
                links.push((i as u32, head.1));
                *head = (head.0 + 1, links.len() as u32);
            }
        }
        for j in shared.drain(..) {
            // Containment: most of the shorter quote's word triples are in the longer one.
            if counts[j] * 2 >= lens[i].min(lens[j]) {
                sets.union(distinct[i], distinct[j]);
            }
            counts[j] = 0;
        }
    }
    let mut out: Vec<QuoteCluster> = sets
        .groups()
        .into_iter()
        .filter(|g| g.len() >= 2)
        .map(|g| {
            let mut speakers: BTreeMap<&str, usize> = BTreeMap::new();
            for &i in &g {
                if let Some(n) = quotes[i].1.speaker.as_deref() {
                    *speakers.entry(n).or_default() += 1;
                }
            }
            let speaker = speakers.iter().max_by_key(|(n, c)| (**c, std::cmp::Reverse(*n))).map(|(n, _)| n.to_string());
            let mut members: Vec<String> = g.iter().map(|&i| quotes[i].1.id.to_string()).collect();
            crate::order::sort(&mut members);
            let documents: Vec<String> = crate::order::sorted_distinct(g.iter().map(|&i| quotes[i].0.to_string()));
            let identical = g.iter().all(|&i| quotes[i].1.wording == quotes[g[0]].1.wording);
            QuoteCluster { id: String::new(), speaker, members, documents, identical }
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| b.documents.len().cmp(&a.documents.len()).then(a.members.cmp(&b.members)));
    for (i, c) in out.iter_mut().enumerate() {
        c.id = format!("QC{}", i + 1);
    }
    out
}

/// Values closer than this fraction are taken to be about the same fact.
const SAME_FACT: f64 = 0.2;

/// The values a stated figure allows, from the words that hedge it: "nearly 20" is 16 to 20,
/// "more than 20" 20 to 25, "about 49,000" within 1 %, a bare figure itself.
fn allowed_range(text: &str, value: f64) -> (f64, f64) {
    let t = text.to_lowercase();
    // A listed word at the start of the text or after a space.
    let has = |words: &[&str]| words.iter().any(|w| t.match_indices(w).any(|(at, _)| at == 0 || t.as_bytes()[at - 1] == b' '));
    if has(&["nearly", "almost", "just under", "less than", "fewer than", "up to", "under"]) {
        (value * 0.8, value)
    } else if has(&["more than", "over", "at least", "upward of"]) {
        (value, value * 1.25)
    } else if has(&["about", "around", "roughly", "approximately", "some", "an estimated", "close to"]) {
        (value * 0.99, value * 1.01)
    } else {
        (value, value)
    }
}

/// A figure a claim states that other articles can be checked against.
struct Fact<'a> {
    /// The unit ("troops"), "year" or "years elapsed".
    topic: &'a str,
    value: f64,
    /// The values it allows within its hedging.
    allows: (f64, f64),
    claim: &'a str,
    /// Where it holds: the corpus ids of the places the claim names, less those that only
    /// say whose the things counted are ("U.S. troops", "American troops").
    places: BTreeSet<&'a str>,
}

/// A document's entities by id, with their mentions' spans in text order. The analysis
/// numbers its entities ("doc.txt/e1", "doc.txt/e2", …) in order, so the number finds each
/// one; a table of all of them is built only for a document numbered otherwise. Its
/// mentions are in text order too; an entity whose mentions are not gets a sorted copy, once.
struct ById<'a> {
    entities: &'a [crate::model::Entity],
    table: std::cell::OnceCell<HashMap<&'a str, usize>>,
    /// Per entity, once asked for: `None` when its mentions are in order already.
    sorted: Vec<std::cell::OnceCell<Option<Vec<Span>>>>,
}

impl<'a> ById<'a> {
    fn new(d: &'a Document) -> Self {
        ById { entities: &d.entities, table: std::cell::OnceCell::new(), sorted: vec![std::cell::OnceCell::new(); d.entities.len()] }
    }

    fn get(&self, id: &str) -> Option<usize> {
        let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let by_number = id[id.len() - digits..].parse::<usize>().ok().map(|n| n.wrapping_sub(1)).filter(|&i| self.entities.get(i).is_some_and(|e| e.id == id));
        by_number.or_else(|| self.table.get_or_init(|| self.entities.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect()).get(id).copied())
    }

    /// Whether entity `i` has a mention within `[start, end)` for which `keep` holds.
    fn any_inside(&self, i: usize, start: usize, end: usize, mut keep: impl FnMut(&Span) -> bool) -> bool {
        let mentions = &self.entities[i].mentions;
        let sorted = self.sorted[i].get_or_init(|| {
            (!mentions.is_sorted_by_key(|m| m.span)).then(|| {
                let mut spans: Vec<Span> = mentions.iter().map(|m| m.span).collect();
                crate::order::sort(&mut spans);
                spans
            })
        });
        let mut inside = |spans: &mut dyn Iterator<Item = &Span>| spans.take_while(|m| m.start() < end).filter(|m| m.end() <= end).any(&mut keep);
        match sorted {
            Some(spans) => inside(&mut spans[spans.partition_point(|m| m.start() < start)..].iter()),
            None => inside(&mut mentions[mentions.partition_point(|m| m.span.start() < start)..].iter().map(|m| &m.span)),
        }
    }
}

/// The entities claim `c` is placed at: those it links with a mention inside it, other than
/// one named right before `unit`. `bytes`: where each character of the claim's text starts,
/// worked out once a claim, when first wanted.
fn placed_at<'a>(c: &'a crate::model::Claim, by_id: &ById, unit: Option<&str>, bytes: &std::cell::OnceCell<Vec<usize>>) -> Vec<Cow<'a, str>> {
    let (start, end) = (c.span.start(), c.span.end());
    let mut out = Vec::new();
    for id in &c.entities {
        let Some(i) = by_id.get(id) else { continue };
        // "U.S. troops": the place says whose the troops are, not where they are.
        let before_unit = |m: &Span| {
            unit.is_some_and(|u| {
                let bytes = bytes.get_or_init(|| c.text.char_indices().map(|(i, _)| i).chain([c.text.len()]).collect());
                let after = m.end().checked_sub(start).and_then(|k| bytes.get(k)).map_or("", |&at| &c.text[at..]);
                let next = after.split_whitespace().next().unwrap_or("");
                next.trim_matches(|ch: char| !ch.is_alphanumeric()).eq_ignore_ascii_case(u)
            })
        };
        if by_id.any_inside(i, start, end, |m| !before_unit(m)) {
            out.push(Cow::Borrowed(id.as_str()));
        }
    }
    out
}

/// What claims state that other articles can be checked against: each quantity with its
/// unit, each year ("in 1997", "since September 1997") and each span of years ("17
/// years", "almost two decades").
fn stated_facts<'a>(d: &'a Document) -> Vec<FactSeed<'a>> {
    let by_id = ById::new(d);
    let mut out = Vec::new();
    for c in &d.claims {
        let bytes = std::cell::OnceCell::new();
        let fact = |topic: &'a str, value: f64, allows: (f64, f64), unit: Option<&str>| FactSeed {
            topic: Cow::Borrowed(topic),
            value,
            allows,
            claim: Cow::Borrowed(&c.id),
            at: placed_at(c, &by_id, unit, &bytes),
        };
        for &qi in &c.quantities {
            // A caller's document may hold any value; JSON has no infinity or NaN to print.
            if let Some((q, u)) = d.quantities.get(qi).filter(|q| q.value.is_finite()).and_then(|q| q.unit.as_ref().map(|u| (q, u))) {
                out.push(fact(u, q.value, allowed_range(&q.text, q.value), Some(u)));
            }
        }
        for &di in &c.dates {
            let Some(date) = d.dates.get(di) else { continue };
            let Some(v) = date.value.as_deref() else { continue };
            let year = v.get(..4).filter(|y| y.chars().all(|ch| ch.is_ascii_digit())).and_then(|y| y.parse::<f64>().ok());
            match (date.kind, year) {
                // A year or a month of a year, not a full date (captions carry those).
                (crate::model::DateKind::Date, Some(y)) if v.len() <= 7 => out.push(fact("year", y, (y, y), None)),
                (crate::model::DateKind::Duration, _) => {
                    // "199719971997… years" is a duration whose count is no finite number.
                    if let Some(n) = v.strip_prefix('P').and_then(|r| r.strip_suffix('Y')).and_then(|n| n.parse::<f64>().ok()).filter(|n| n.is_finite()) {
                        out.push(fact("years elapsed", n, allowed_range(&date.text, n), None));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Splits figures close in value by what they are about: facts that name places are together
/// when they share one, so "45,000 troops in Germany" and "50,000 troops in Japan" are two
/// facts. Facts that name no place join the one place group there is, or, when there are
/// several, stay together on their own. Returns the indexes of each part.
fn by_place(run: &[Fact]) -> Vec<Vec<usize>> {
    let mut sets = Sets::new(run.len());
    let mut first_with: HashMap<&str, usize> = HashMap::default();
    let placeless: Vec<usize> = (0..run.len()).filter(|&k| run[k].places.is_empty()).collect();
    for (k, f) in run.iter().enumerate() {
        for p in &f.places {
            sets.join_first(&mut first_with, *p, k);
        }
    }
    for pair in placeless.windows(2) {
        sets.union(pair[0], pair[1]);
    }
    let mut parts = sets.groups();
    let with_places: Vec<usize> = (0..parts.len()).filter(|&g| parts[g].iter().any(|&k| !run[k].places.is_empty())).collect();
    if with_places.len() == 1 {
        if let Some(g) = (0..parts.len()).find(|&g| g != with_places[0]) {
            let moved = std::mem::take(&mut parts[g]);
            parts[with_places[0]].extend(moved);
            parts[with_places[0]].sort_unstable();
            parts.retain(|p| !p.is_empty());
        }
    }
    parts
}

fn claim_groups(docs: &[Summary<'_>], entities: &[CorpusEntity]) -> Vec<ClaimGroup> {
    let place_of: HashMap<&str, &str> = entities.iter().filter(|e| e.kind == EntityType::Place).flat_map(|e| e.members.iter().map(move |m| (m.as_str(), e.id.as_str()))).collect();
    let mut stated: Vec<Fact> = docs
        .iter()
        .flat_map(|d| &d.facts)
        .map(|f| Fact { topic: &f.topic, value: f.value, allows: f.allows, claim: &f.claim, places: f.at.iter().filter_map(|id| place_of.get(id.as_ref()).copied()).collect() })
        .collect();
    crate::order::sort_by(&mut stated, |a, b| a.topic.cmp(b.topic).then(a.value.total_cmp(&b.value)).then(a.claim.cmp(b.claim)));
    stated.dedup_by(|a, b| a.topic == b.topic && a.value == b.value && a.claim == b.claim);
    let mut out = Vec::new();
    let mut i = 0;
    while i < stated.len() {
        let mut j = i + 1;
        let tolerance = if stated[i].topic == "year" { 0.0 } else { SAME_FACT };
        while j < stated.len() && stated[j].topic == stated[i].topic && stated[j].value <= stated[j - 1].value * (1.0 + tolerance) {
            j += 1;
        }
        let run = &stated[i..j];
        for part in by_place(run) {
            let group: Vec<&Fact> = part.iter().map(|&k| &run[k]).collect();
            let ids: Vec<&str> = crate::order::sorted_distinct(group.iter().map(|f| f.claim));
            let docs_in: Vec<&str> = crate::order::sorted_distinct(ids.iter().filter_map(|id| id.rsplit_once('/').map(|x| x.0)));
            if ids.len() < 2 || docs_in.len() < 2 {
                continue;
            }
            // They agree when some one value fits every figure within its hedging.
            let low = group.iter().map(|f| f.allows.0).fold(f64::MIN, f64::max);
            let high = group.iter().map(|f| f.allows.1).fold(f64::MAX, f64::min);
            let topic = if group[0].topic == "year" { format!("year {}", group[0].value) } else { group[0].topic.to_string() };
            out.push(ClaimGroup {
                id: String::new(),
                topic,
                members: group.iter().map(|f| f.claim.to_string()).collect(),
                status: if low <= high { GroupStatus::Agree } else { GroupStatus::Conflict },
                values: group.iter().map(|f| f.value).collect(),
            });
        }
        i = j;
    }
    for (k, g) in out.iter_mut().enumerate() {
        g.id = format!("CG{}", k + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_named_otherwise_than_by_number_are_still_found() {
        let docs = [
            crate::analyze_document("a", "About 50,000 U.S. troops are stationed in Japan, the Pentagon said on Monday."),
            crate::analyze_document("b", "Some 45,000 American troops are based in Japan under the treaty."),
            crate::analyze_document("c", "About 45,000 U.S. troops are stationed in Germany, the Pentagon said on Monday."),
        ];
        let before = merge(&docs).claim_groups;
        // A caller's documents may name their entities in any way, and list them and their
        // mentions in any order.
        let renamed: Vec<Document> = docs
            .iter()
            .cloned()
            .map(|mut d| {
                let name = |id: &str| format!("{id}-x");
                d.entities.reverse();
                d.entities.iter_mut().for_each(|e| {
                    e.id = name(&e.id);
                    e.mentions.reverse();
                });
                d.claims.iter_mut().for_each(|c| c.entities.iter_mut().for_each(|id| *id = name(id)));
                d
            })
            .collect();
        let after = merge(&renamed).claim_groups;
        // Japan's figures conflict, and Germany's, placed elsewhere, is not one of them.
        assert!(before.iter().any(|g| g.topic == "troops" && g.status == GroupStatus::Conflict && g.members.iter().all(|m| !m.starts_with("c/"))), "{before:?}");
        assert_eq!(format!("{before:?}"), format!("{after:?}"));
    }

    #[test]
    fn full_names_with_other_middle_initials_are_other_people_across_documents() {
        let docs = [
            crate::analyze_document("a", "George W. Bush sent troops to Iraq in 2003."),
            crate::analyze_document("b", "George H.W. Bush sent troops to Kuwait in 1991."),
            crate::analyze_document("c", "Joseph F. Dunford Jr. testified on Tuesday."),
            crate::analyze_document("d", "Joseph Dunford spoke on Wednesday."),
        ];
        let people: Vec<(String, usize)> = merge(&docs).entities.into_iter().filter(|e| e.kind == EntityType::Person).map(|e| (e.name, e.documents.len())).collect();
        for want in [("George W. Bush", 1), ("George H.W. Bush", 1), ("Joseph F. Dunford Jr.", 2)] {
            assert!(people.iter().any(|(n, d)| n == want.0 && *d == want.1), "{want:?} in {people:?}");
        }
    }

    #[test]
    fn mentions_in_any_order_are_found_inside_a_range() {
        let d = crate::analyze_document("a", "Japan said Japan would defend Japan. Tokyo and Japan agreed, Japan said.");
        let japan = d.entities.iter().position(|e| e.name == "Japan").expect("Japan");
        assert!(d.entities[japan].mentions.len() >= 4, "{:?}", d.entities[japan]);
        let mut shuffled = d.clone();
        shuffled.entities[japan].mentions.swap(0, 3);
        shuffled.entities[japan].mentions.swap(1, 2);
        let (sorted, unsorted) = (ById::new(&d), ById::new(&shuffled));
        let n = d.chars;
        for (start, end) in [(0, n), (0, 5), (1, 5), (6, 16), (6, 17), (37, n), (n, n), (5, 0)] {
            let count = |by: &ById| {
                let mut k = 0;
                by.any_inside(japan, start, end, |_| {
                    k += 1;
                    false
                });
                k
            };
            let want = d.entities[japan].mentions.iter().filter(|m| m.span.start() >= start && m.span.end() <= end).count();
            assert_eq!((count(&sorted), count(&unsorted)), (want, want), "{start}..{end}");
        }
    }

    #[test]
    fn lowercase_hashing_matches_hashing_the_lowercase_string() {
        for w in ["", "Japan", "SELF-DEFENSE", "Żółć", "ÉCOLE", "İstanbul", "naïve 😀 Ünited", "ß", "\u{a0}", "ΤΣΙΠΡΑΣ ΣΑΣ"] {
            assert_eq!(fnv_lowercase(crate::learn::fnv(&[b"name"]), w), crate::learn::fnv(&[b"name", w.to_lowercase().replace('ς', "σ").as_bytes()]), "{w:?}");
        }
        let h = |w: &str| fnv_lowercase(0, w);
        assert!(h("ΤΣΙΠΡΑΣ") == h("Τσιπρας") && h("Τσιπρας") == h("τσιπρασ"));
        assert_eq!(
            word_hashes("The THREAT, the threat!"),
            [crate::learn::fnv(&[b"the"]), crate::learn::fnv(&[b"threat"]), crate::learn::fnv(&[b"the"]), crate::learn::fnv(&[b"threat"])]
        );
    }

    #[test]
    fn organization_names_in_any_style_share_a_key() {
        assert_eq!(org_key("Japanese Self Defense Forces"), org_key("Self-Defense Force"));
        assert_eq!(org_key("State Department"), org_key("state department"));
        assert_ne!(org_key("Japan Air Self-Defense Force"), org_key("Self-Defense Force"));
    }

    #[test]
    fn hedged_figures_agree_within_their_vagueness() {
        assert_eq!(allowed_range("nearly 20 years", 20.0), (16.0, 20.0));
        assert_eq!(allowed_range("17 years", 17.0), (17.0, 17.0));
        let (a, b) = (allowed_range("about 49,000", 49000.0), allowed_range("About 50,000", 50000.0));
        assert!(a.1 < b.0, "49,000 and 50,000 troops conflict");
    }

    #[test]
    fn figures_for_different_places_are_different_facts() {
        let docs = [
            crate::analyze_document("a", "About 50,000 U.S. troops are stationed in Japan, the Pentagon said on Monday."),
            crate::analyze_document("b", "Some 49,000 American troops are based in Japan under the treaty."),
            crate::analyze_document("c", "About 45,000 U.S. troops are stationed in Germany, the Pentagon said on Monday."),
        ];
        let groups = merge(&docs).claim_groups;
        let troops: Vec<(&Vec<String>, GroupStatus)> = groups.iter().filter(|g| g.topic == "troops").map(|g| (&g.members, g.status)).collect();
        // Japan's two figures conflict; Germany's is not part of that (the U.S. in both only
        // says whose troops they are).
        assert_eq!(troops.len(), 1, "{groups:?}");
        assert_eq!(troops[0].1, GroupStatus::Conflict);
        assert!(troops[0].0.iter().all(|m| !m.starts_with("c/")), "{groups:?}");
    }

    /// Documents passed to `mergeCorpus` by a caller may hold any spans: a mention that ends
    /// before it starts, before the claim it is in, is no place before the unit, not a panic.
    #[test]
    fn odd_mention_spans_in_a_claim_are_no_panic() {
        use crate::model::{Claim, Entity, Mention, Quantity};
        let doc = |id: &str, mentions: &[Span]| Document {
            id: id.to_string(),
            chars: 30,
            title: None,
            quotes: vec![],
            entities: vec![Entity {
                id: format!("{id}/e1"),
                kind: EntityType::Place,
                name: "Japan".to_string(),
                aliases: vec![],
                acronym: None,
                roles: vec![],
                mentions: mentions.iter().map(|&span| Mention { span, text: "Japan".to_string() }).collect(),
            }],
            dates: vec![],
            quantities: vec![Quantity { span: Span(12, 18), text: "49,000".to_string(), value: 49000.0, unit: Some("troops".to_string()), approx: false }],
            claims: vec![Claim {
                id: format!("{id}/c1"),
                span: Span(10, 30),
                text: "in Japan 49,000 troops are".to_string(),
                kinds: vec!["quantity".to_string()],
                score: 0.9,
                hedge: None,
                speaker: None,
                entities: vec![format!("{id}/e1")],
                quantities: vec![0],
                dates: vec![],
            }],
        };
        let cases: &[&[Span]] = &[&[Span(15, 5)], &[Span(10, 0)], &[Span(11, 10)], &[Span(29, 12), Span(13, 18)], &[Span(13, 18)]];
        for mentions in cases {
            let corpus = merge(&[doc("a", mentions), doc("b", mentions)]);
            assert_eq!(corpus.claim_groups.len(), 1, "{mentions:?}");
        }
    }

    #[test]
    fn the_merge_does_not_depend_on_order() {
        let a = crate::analyze_document("a", "Defense Secretary Ashton Carter met the Japanese Self Defense Forces in Tokyo.");
        let b = crate::analyze_document("b", "Ash Carter praised the Self-Defense Forces. Carter left Tokyo on Monday.");
        assert_eq!(merge(&[a.clone(), b.clone()]), merge(&[b, a]));
    }

    /// Two documents under one id and of one length (a caller's mistake, as the long merge
    /// fuzz run found) each repeat a quote: two clusters with the same member ids, told
    /// apart only by their speakers, came out in the order the documents came in.
    #[test]
    fn documents_sharing_an_id_and_a_length_merge_in_any_order() {
        let article = |quote: &str, speaker: &str, pad: usize| format!("\"{quote},\" {speaker} said. {speaker} said it again: \"{quote}.\"{}", " ".repeat(pad));
        let (one, two) = (("We stand with Japan and its people", "Carter"), ("Our alliance is strong and getting stronger", "Tanaka"));
        let (a, b) = (article(one.0, one.1, 18), article(two.0, two.1, 0));
        let (a, b) = (crate::analyze_document("a/b", &a), crate::analyze_document("a/b", &b));
        assert_eq!(a.chars, b.chars, "the case needs equal lengths");
        let (forward, backward) = (merge(&[a.clone(), b.clone()]), merge(&[b, a]));
        let speakers: Vec<Option<&str>> = forward.quote_clusters.iter().map(|c| c.speaker.as_deref()).collect();
        assert_eq!(speakers.len(), 2, "{forward:?}");
        assert!(speakers.contains(&Some("Carter")) && speakers.contains(&Some("Tanaka")), "{speakers:?}");
        assert_eq!(forward, backward);
    }

    /// A word triple counts for the first quotes to hold it only. Copies of one quote had
    /// taken those places: 65 articles carrying it left no place for two other quotes that
    /// share the triple, and they no longer clustered, as they do beside one copy. Each
    /// wording now counts once, so copies change nothing.
    #[test]
    fn copies_of_a_quote_do_not_change_which_quotes_cluster() {
        let common = "The budget plan is dead on arrival in the Senate this year and everyone in town knows it";
        let copies: Vec<Document> = (0..65).map(|i| crate::analyze_document(&format!("a{i:02}"), &format!("\"{common},\" Jones said."))).collect();
        let z = crate::analyze_document("b", "\"The budget plan hurts farmers,\" Smith said.");
        let y = crate::analyze_document("c", "\"The budget plan hurts ranchers,\" Smith said.");
        let pair = |docs: &[Document]| {
            let corpus = merge(docs);
            corpus.quote_clusters.iter().any(|c| c.documents == ["b", "c"])
        };
        assert!(pair(&[copies[0].clone(), z.clone(), y.clone()]), "with one copy, the two quotes cluster");
        let mut all = copies;
        all.extend([z, y]);
        assert!(pair(&all), "with 65 copies too");
    }

    #[test]
    fn groups_come_in_order_of_their_smallest_member() {
        let mut sets = Sets::new(7);
        sets.union(5, 1);
        sets.union(6, 3);
        sets.union(3, 1);
        sets.union(4, 2);
        assert_eq!(sets.groups(), vec![vec![0], vec![1, 3, 5, 6], vec![2, 4]]);
        assert_eq!(Sets::new(0).groups(), Vec::<Vec<usize>>::new());
    }

    /// The CLI keeps owned summaries once each document is written; they merge as the
    /// documents do.
    #[test]
    fn owned_summaries_merge_as_the_documents_do() {
        let docs = [
            crate::analyze_document("a", "\"The threat from North Korea is increasing,\" Carter said in Tokyo. About 50,000 U.S. troops are in Japan."),
            crate::analyze_document("b", "\"The threat from North Korea of course is increasing,\" Ash Carter said. Some 49,000 U.S. troops are in Japan."),
        ];
        let owned: Vec<Summary<'static>> = docs.iter().map(|d| summarize(d).into_owned()).collect();
        let corpus = merge(&docs);
        assert!(!corpus.quote_clusters.is_empty() && !corpus.claim_groups.is_empty(), "{corpus:?}");
        assert_eq!(merge_summaries(owned), corpus);
    }
}
