//! Stage 3: named entities. Capitalised phrases are found, stripped of titles (which become
//! roles) and possessives, typed from word lists and context, and grouped within the
//! document ("Carter" joins "Ashton Carter"). Speakers found by the quotes stage are then
//! resolved to these entities, to a description, or through a pronoun.

use crate::lexicon;
use crate::model::EntityType;
use crate::quotes::{RawQuote, SpeakerPhrase};
use crate::text::{Range, Text, TokKind};
/// Maps and sets of words and ids, hashed by FNV: their keys are short, and the default
/// SipHash was a few per cent of the analysis (there is nothing to defend against: a
/// document's own words only key its own tables).
type HashMap<K, V> = std::collections::HashMap<K, V, crate::learn::FnvBuild>;
type HashSet<K> = std::collections::HashSet<K, crate::learn::FnvBuild>;

#[derive(Clone, Debug)]
pub struct RawEntity {
    pub kind: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    pub acronym: Option<String>,
    pub roles: Vec<String>,
    pub mentions: Vec<Range>,
}

/// How a quote's speaker phrase resolves: an entity of this document, and the name to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub entity: Option<usize>,
    pub name: Option<String>,
}

#[derive(Clone)]
struct Candidate {
    range: Range,
    kind: EntityType,
    /// The canonical form for places and known organizations.
    canonical: Option<String>,
    role: Option<String>,
    acronym: Option<String>,
}

fn is_cap_word(text: &Text, i: usize) -> bool {
    let t = text.tokens[i];
    t.kind == TokKind::Word && text.tok(i).chars().next().is_some_and(char::is_uppercase)
}

/// A token after which a clause opens: a quotation mark, a colon, a bracket or a dash.
fn is_clause_opener(t: &str) -> bool {
    matches!(t, "“" | "\"" | "‘" | "''" | "«" | ":" | "(" | "—" | "–" | "-" | "…")
}

fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "de" | "del" | "da" | "van" | "von" | "bin" | "al" | "la" | "le" | "the")
}

fn is_upper_word(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// Whether a sentence's words are in title case: four capitalised words or more after the
/// first, and no lowercase word but short ones ("on", "of", "a").
fn is_title_case(words: &[&str]) -> bool {
    let words = words.iter().skip(1).filter(|w| w.starts_with(char::is_alphabetic));
    let mut capitals = 0;
    for w in words {
        if w.starts_with(char::is_uppercase) {
            capitals += 1;
        } else if w.chars().nth(3).is_some() {
            // A lowercase word of four letters or more: no title (most sentences, early on).
            return false;
        }
    }
    capitals >= 4
}

/// Whether a sentence's words are in title case: a long one ([`is_title_case`]), or a
/// text's title (`title`), which may be short: "Obama Campaigns for Clinton" (two capitalised
/// words after the first, and no word of four letters or more in lowercase).
fn in_title_case(words: &[&str], title: bool) -> bool {
    let rest = || words.iter().skip(1).filter(|w| w.starts_with(char::is_alphabetic));
    is_title_case(words)
        || title && rest().filter(|w| w.starts_with(char::is_uppercase)).count() >= 2 && !rest().any(|w| w.starts_with(char::is_lowercase) && w.chars().count() > 3)
}

/// Whether sentence `si` is the text's title: its first paragraph, of one sentence, with more
/// after it.
fn is_title_sentence(text: &Text, si: usize) -> bool {
    si == 0 && text.sentences.get(1).is_some_and(|next| next.paragraph > 0)
}

type WordCounts<'a> = HashMap<&'a str, usize>;

/// How often the document writes each word in lowercase (keyed by that lowercase form), and
/// how often with a capital inside a sentence that is not in title case.
fn common_word_counts<'a>(text: &Text<'a>) -> (WordCounts<'a>, WordCounts<'a>) {
    let (mut lower, mut capitals) = (WordCounts::default(), WordCounts::default());
    lower.reserve(text.tokens.len() / 4);
    let mut words: Vec<&str> = Vec::new();
    for (si, s) in text.sentences.iter().enumerate() {
        words.clear();
        words.extend(s.tokens.clone().filter(|&i| text.tokens[i].kind == TokKind::Word).map(|i| text.tok(i)));
        let title = in_title_case(&words, is_title_sentence(text, si));
        for i in s.tokens.clone() {
            let w = text.tok(i);
            if text.tokens[i].kind != TokKind::Word {
                continue;
            }
            if w.starts_with(char::is_lowercase) {
                *lower.entry(w).or_default() += 1;
            } else if !title && i > s.tokens.start && is_mid_sentence_capital(text, i) {
                *capitals.entry(w).or_default() += 1;
            }
        }
    }
    (lower, capitals)
}

/// Whether a paragraph is a headline in capitals, where capitalisation tells nothing.
fn shouting(text: &Text, r: Range) -> bool {
    let s = text.slice(r);
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    letters >= 12 && upper * 10 > letters * 8
}

/// Finds every entity, and resolves the quotes' speakers.
pub fn extract(text: &Text, quotes: &[RawQuote]) -> (Vec<RawEntity>, Vec<Option<Resolved>>) {
    let speaker_heads: Vec<Range> = quotes.iter().filter_map(|q| q.speaker.map(|s| s.head)).collect();
    let mut cands = candidates(text, &speaker_heads);
    crate::order::sort_by_key(&mut cands, |c| c.range.start);
    let mut entities = group(text, &cands);
    let (resolved, found) = resolve_speakers(text, quotes, &entities);
    // Speakers found by name where the tagger marked no mention are mentions too.
    for (e, r) in found {
        entities[e].mentions.push(r);
    }
    for e in &mut entities {
        crate::order::sort_by_key(&mut e.mentions, |m| (m.start, m.end));
        e.mentions.dedup();
    }
    (entities, resolved)
}

/// Capitalised phrases of each sentence, split into title and name, typed.
fn candidates(text: &Text, speaker_heads: &[Range]) -> Vec<Candidate> {
    let mut found = match crate::ner::model() {
        Some(m) if !m.is_empty() => tagged_candidates(text, m),
        _ => rule_candidates(text, speaker_heads),
    };
    // A photo's credit names who took it, not anyone the article mentions: "(AP
    // Photo/Franck Robichon, Pool)".
    let credits: Vec<Range> = text.paragraphs.iter().filter_map(|p| crate::claims::credit(text.slice(*p)).map(|at| Range::new(p.start + at, p.end))).collect();
    if !credits.is_empty() {
        found.retain(|c| !within(&credits, c.range));
    }
    found
}

/// Candidates from the trained tagger, sentence by sentence, typed and canonicalised.
fn tagged_candidates(text: &Text, model: &crate::ner::Model) -> Vec<Candidate> {
    // Made when first asked (only of a lone word opening a quote that no list knows, which
    // most documents have none of), not for every document.
    let mut mid_caps = None;
    // Made when first asked, for a title-case headline.
    let mut title_counts = None;
    let mut out = Vec::new();
    // Asked once per paragraph, not once per sentence (quadratic in a long paragraph).
    let furniture = crate::claims::furniture(text);
    // The tagger's tokens and words of one sentence, in buffers kept from one sentence to
    // the next (not grown anew for each).
    let (mut toks, mut words): (Vec<(usize, usize)>, Vec<&str>) = (Vec::new(), Vec::new());
    for (si, s) in text.sentences.iter().enumerate() {
        if furniture[s.paragraph] {
            continue;
        }
        // The tagger's tokens: hyphenated words are one ("Asia-Pacific", "Self-Defense").
        toks.clear();
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let mut j = i + 1;
            while j + 1 < s.tokens.end && text.tok(j) == "-" && text.tokens[j].start == text.tokens[j - 1].end && text.tokens[j + 1].start == text.tokens[j].end {
                j += 2;
            }
            toks.push((i, j));
            i = j;
        }
        words.clear();
        words.extend(toks.iter().map(|&(a, b)| text.slice(join(text, a, b))));
        // Curly quotes and apostrophes are read as CoNLL writes them: the tagger never saw
        // "Obama’s", and took it for an organization.
        let tags = if words.iter().any(|w| !w.is_ascii()) {
            let forms: Vec<std::borrow::Cow<str>> = words.iter().map(|w| crate::ner::conll_form(w)).collect();
            model.tag(&forms.iter().map(|w| w.as_ref()).collect::<Vec<&str>>())
        } else {
            model.tag(&words)
        };
        // Hyphenated words left untagged may still join known names: "U.S.-Japan ties".
        for (k, &(x, y)) in toks.iter().enumerate() {
            if tags[k] == 0 && y > x + 1 {
                out.extend(known_parts(text, x, y));
            }
        }
        let mut spans = crate::ner::index_spans(&tags);
        // A title-case headline runs names into its words: "Hillary Clinton Goes After Donald
        // Trump As The New Mitt Romney". There a capitalised word is a common one if it never
        // starts a name or is a verb of saying ("Says"), or if the document writes it in
        // lowercase at least as often as with a capital inside its other sentences; never a
        // given name or a listed name's word. A title (a first paragraph of one sentence)
        // makes names of its words too ("Media Reports Reveal Reason Behind …"): there a word
        // is also common when the rest of the document never writes it with a capital inside a
        // sentence (a name of the title is one of the article), unless it follows a given name
        // (a column's byline, "Ann Coulter: And Then There Was the One"). Not so in a table of
        // results ("Bayern Munich 4 Hansa Rostock 2"), whose names need not recur.
        // (A text of one sentence has no rest to tell its names by.)
        let title = is_title_sentence(text, si);
        if (title || spans.iter().any(|&(a, b, _)| b > a + 1)) && !spans.is_empty() && in_title_case(&words, title) {
            let (lower, capitals) = title_counts.get_or_insert_with(|| common_word_counts(text));

            let view: Vec<std::borrow::Cow<str>> = words
                .iter()
                .enumerate()
                .map(|(k, &w)| {
                    let lc = w.to_lowercase();
                    // "Ann Coulter:", not "Hillary Clinton Gives" ("Clinton" is a given name too).
                    let after_given_name = k > 0 && lexicon::is_given_name(words[k - 1]) && (k < 2 || !lexicon::is_given_name(words[k - 2]));
                    let common = w.starts_with(char::is_uppercase)
                        && !is_upper_word(w)
                        && !lexicon::is_given_name(w)
                        && known(w).is_none()
                        && !lexicon::phrase_starts().contains(w)
                        && (lexicon::function_words().contains(w)
                            || lexicon::speech_verbs().contains(lc.as_str())
                            || match (lower.get(lc.as_str()).copied(), capitals.get(w).copied().unwrap_or(0)) {
                                (Some(n), c) => n >= c,
                                // (A hyphenated word by its first part, as the counts
                                // hold single tokens: "Ocasio-Cortez".)
                                (None, c) => title && c == 0 && capitals.get(w.split('-').next().unwrap_or(w)).is_none() && !after_given_name,
                            });
                    if common {
                        std::borrow::Cow::Owned(lc)
                    } else {
                        std::borrow::Cow::Borrowed(w)
                    }
                })
                .collect();
            let view: Vec<&str> = view.iter().map(|w| w.as_ref()).collect();
            // Nor does a name start or end with one there ("Says Trump", "Obama Says").
            let lower_at = |k: usize| view[k].starts_with(char::is_lowercase);
            for span in &mut spans {
                while span.0 < span.1 && lower_at(span.0) {
                    span.0 += 1;
                }
                while span.1 > span.0 && lower_at(span.1 - 1) {
                    span.1 -= 1;
                }
            }
            spans.retain(|&(a, b, _)| a < b);
            spans = split_at_common_words(&view, spans);
        }
        let spans = join_names(&words, split_at_common_words(&words, spans));
        let spans = org_words_after_name(&words, operations_whole(&words, listed_names_whole(&words, clause_openers_open_no_name(&words, spans))));
        for (a, b, ty) in
            title_off_person(&words, party_before_person(&words, surname_after_initials(&words, surname_after_given_name(&words, given_name_before_person(&words, spans)))))
        {
            // A name neither starts nor ends with punctuation, whatever the tagger says.
            let (mut first, mut end) = (toks[a].0, toks[b - 1].1);
            while first < end && text.tokens[first].kind != TokKind::Word && text.tokens[first].kind != TokKind::Number {
                first += 1;
            }
            while end > first && !matches!(text.tokens[end - 1].kind, TokKind::Word | TokKind::Number) {
                end -= 1;
            }
            // A day's name goes on to its weekday, when the tagger left that untagged ("Super"
            // "Tuesday"; not "Rep. Bob Good" "Friday").
            if end == first + 1 && end < s.tokens.end && tags.get(b) == Some(&0) && lexicon::named_days().contains(text.slice(join(text, first, end + 1))) {
                end += 1;
            }
            // Nor with the day it is dated: "the White House Tuesday", "Obama Friday" (not
            // "Super Tuesday", a day's name).
            if end > first + 1
                && WEEKDAYS.contains(&text.tok(end - 1))
                && is_cap_word(text, end - 2)
                && known(text.slice(join(text, first, end))).is_none()
                && !lexicon::named_days().contains(text.slice(join(text, first, end)))
            {
                end -= 1;
            }
            if first >= end {
                continue;
            }
            // An abbreviation's stop, when the tagger left it out: "Mobile, Ala., says".
            if text.tokens.get(end).is_some_and(|t| t.start == text.tokens[end - 1].end)
                && text.tok(end) == "."
                && known(&format!("{}.", text.slice(join(text, first, end)))).is_some()
            {
                end += 1;
            }
            let range = join(text, first, end);
            let surface = strip_possessive(text.slice(range));
            // "a super PAC", "on TV": an initialism written as a common word is no name; nor
            // is an adjective made of a name with a prefix ("anti-Trump", "pro-Israel").
            if is_party_tag(text, first, end) || lexicon::common_initialisms().contains(surface) || b == a + 1 && is_prefixed_name(surface) {
                continue;
            }
            // "U.S.-Japan": known parts joined by a hyphen are entities of their own.
            if b == a + 1 && end > first + 1 && known(surface).is_none() {
                let parts = known_parts(text, first, end);
                if !parts.is_empty() {
                    out.extend(parts);
                    continue;
                }
            }
            // A lone capitalised word opening a quote ("“Fine,” she said") is a name only
            // if the document capitalises it elsewhere too, or a list knows it.
            let opens = first > s.tokens.start && matches!(text.tok(first - 1), "“" | "\"" | "‘" | "''" | "«");
            if b == a + 1
                && opens
                && known(surface).is_none()
                && !lexicon::is_given_name(surface)
                && !mid_caps.get_or_insert_with(|| mid_sentence_capitals(text)).contains_key(surface)
            {
                continue;
            }
            // A word that never starts a name is none alone where a clause opens, whatever the
            // tagger says: "PENCE: Well, look", "Why?" (inside a clause it may be a surname:
            // "off-spinner Such had").
            let clause_opens = first == s.tokens.start || is_clause_opener(text.tok(first - 1));
            if b == a + 1 && end == first + 1 && clause_opens && lexicon::function_words().contains(surface) {
                continue;
            }
            let before_administration = text.tokens.get(end).is_some_and(|t| text.slice(t.range()) == "administration");
            let (kind, canonical) = match ty {
                _ if is_war(surface) || is_operation(surface) || lexicon::named_days().contains(surface) => (EntityType::Event, None),
                // "the Obama administration": one name before "administration" is a
                // president's, whatever the tagger says; not a listed place's ("the Japan
                // administration"), a party's ("a Democratic administration") or initials'
                // ("the UCLA administration").
                _ if b == a + 1
                    && before_administration
                    && known(surface).is_none()
                    && !lexicon::parties().contains_key(surface)
                    && !lexicon::org_words().contains(surface)
                    && surface.contains(char::is_lowercase) =>
                {
                    (EntityType::Person, None)
                }
                // "Republicans", "the Democratic nominee": the party.
                _ if lexicon::parties().contains_key(surface) => (EntityType::Organization, lexicon::parties().get(surface).map(|p| p.to_string())),
                // "Sunni Arab", "Greek Orthodox": a group of people, whatever the tagger says.
                // (One word the tagger calls a person waits for `groups_are_no_people`: it may
                // be a surname, "David French".)
                _ if !(ty == "PER" && b == a + 1) && is_group_name(surface) => (EntityType::Nationality, known(surface).map(|c| c.1.to_string())),
                // "the Japanese Constitution", "the Affordable Care Act": a law, not a body.
                _ if is_law_name(surface) => (EntityType::Other, None),
                "LOC" => match known(surface) {
                    // "the Korean peninsula", "Latino voters": a nationality before a common
                    // noun, whatever the tagger says (alone, "Saudi" may be the country).
                    Some((EntityType::Nationality, c)) if text.tokens.get(end).is_some_and(|t| text.slice(t.range()).starts_with(|c: char| c.is_lowercase())) => {
                        (EntityType::Nationality, Some(c.to_string()))
                    }
                    // "WASHINGTON —" is Washington.
                    _ => (EntityType::Place, lexicon::places().get(surface).or_else(|| lexicon::places().get(title_case(surface).as_str())).map(|c| c.to_string())),
                },
                // "US", "U.K.": a country's initials are the country, not an organization.
                "ORG" | "PER" if surface.len() <= 6 && !surface.contains(char::is_lowercase) && lexicon::places().contains_key(surface) => {
                    (EntityType::Place, lexicon::places().get(surface).map(|c| c.to_string()))
                }
                "ORG" => match known(surface) {
                    // "The US and Japanese national security leaders": a nationality, whatever
                    // the tagger says.
                    Some((EntityType::Nationality, c)) => (EntityType::Nationality, Some(c.to_string())),
                    _ => (EntityType::Organization, lexicon::organizations().get(surface).map(|c| c.to_string())),
                },
                // One word that a list knows as something else is that: "WASHINGTON —",
                // "the Navy", "the Fleet".
                "PER" if b == a + 1 && !lexicon::is_given_name(surface) => match known(&title_case(surface)) {
                    // Only a word in capitals or an abbreviation ("Sen. Bernie Sanders (Vt.)"):
                    // a surname such as "Washington" stays a person.
                    Some((kind, c)) if !surface.contains(char::is_lowercase) || surface.ends_with('.') => (kind, Some(c.to_string())),
                    _ if lexicon::org_words().contains(surface) => (EntityType::Organization, None),
                    _ => (EntityType::Person, None),
                },
                // "North Korean" is a nationality whatever the tagger says.
                "PER" => match known(surface) {
                    Some((kind, c)) if kind != EntityType::Person => (kind, Some(c.to_string())),
                    // "Defense News": a name with an organization's word and no given name.
                    _ if !surface.split_whitespace().next().is_some_and(lexicon::is_given_name) && surface.split_whitespace().any(|w| lexicon::org_words().contains(w)) => {
                        (EntityType::Organization, None)
                    }
                    // "the Eric Trump Foundation", "Sarah Lawrence College": a body named after
                    // a person, though it opens with a given name (not "Frank Church", "Greg
                    // Garrison": words that are surnames too).
                    _ if surface.split_whitespace().next_back().is_some_and(|w| lexicon::org_words().contains(w) && !SURNAME_ORG_WORDS.contains(&w)) => {
                        (EntityType::Organization, None)
                    }
                    _ => (EntityType::Person, None),
                },
                _ => match known(surface) {
                    // "the Navy", "the Pentagon": what the lists know, whatever the tagger says.
                    Some((kind, c)) => (kind, Some(c.to_string())),
                    // "the Navy", "the Democratic National Committee": a name ending in an
                    // organization's word.
                    // (Not with a word in lowercase inside: "the State of the Union".)
                    _ if surface.split_whitespace().next_back().is_some_and(|w| lexicon::org_words().contains(w))
                        && surface.split_whitespace().all(|w| w.starts_with(|c: char| !c.is_lowercase())) =>
                    {
                        (EntityType::Organization, None)
                    }
                    _ if surface.split_whitespace().any(|w| matches!(w, "War" | "Olympics" | "Games" | "Cup" | "Summit" | "Election" | "Revolution" | "Crisis")) => {
                        (EntityType::Event, None)
                    }
                    _ => (EntityType::Other, None),
                },
            };
            let title = if kind == EntityType::Person { title_before(text, s.tokens.start, first) } else { None };
            // Words of the title that the tagger called a person are no one, unless they are a
            // given name and more: "the Marine Corps Gen. Joseph Dunford" has no person
            // "Marine" (though Marine is a given name), "Pastor Joseph Brown of Marion Avenue
            // Baptist Church" keeps Joseph Brown.
            if let Some(t) = title {
                let mut i = out.len();
                while i > 0 && out[i - 1].range.end > t.start {
                    i -= 1;
                }
                let inside = |c: &Candidate| c.range.start >= t.start && c.range.end <= t.end;
                let nameless = |c: &Candidate| {
                    let mut words = text.slice(c.range).split_whitespace();
                    !(words.next().is_some_and(lexicon::is_given_name) && words.next().is_some())
                };
                let tail: Vec<Candidate> = out.drain(i..).filter(|c| !(c.kind == EntityType::Person && inside(c) && nameless(c))).collect();
                out.extend(tail);
            }
            let role = title.map(|t| text.slice(t).to_string()).or_else(|| apposition_role(text, end));
            out.push(Candidate { range, kind, canonical, role, acronym: None });
        }
    }
    surnames_are_people(text, &mut out);
    one_kind_per_name(text, &mut out);
    groups_are_no_people(text, &mut out);
    common_words_are_no_people(text, &mut out);
    acronyms(text, &mut out);
    out
}

/// A name the tagger calls a person, with no given name first, whose last word the document
/// writes more often in lowercase than with a capital inside a sentence is a common noun with
/// capitals, not a person: "the U.S.-Japan Defense Guidelines" in an article about "the new
/// guidelines", a headline's "Clean Air Act". It is dropped (a name with an organization's
/// word is an organization already). A surname the document capitalises more often stays
/// ("Romney" beside a subhead's "romney to speak out"), as does one of someone named in full
/// ("Sessions" after "Jeff Sessions").
fn common_words_are_no_people(text: &Text, cands: &mut Vec<Candidate>) {
    let doubtful = |c: &Candidate| {
        c.kind == EntityType::Person && c.role.is_none() && {
            let surface = strip_possessive(text.slice(c.range));
            let first = surface.split_whitespace().next().unwrap_or_default();
            !lexicon::is_given_name(first) && !surface.contains('.') && surface.chars().any(char::is_lowercase)
        }
    };
    if !cands.iter().any(doubtful) {
        return;
    }
    let mut lower: HashMap<&str, usize> = HashMap::default();
    for t in &text.tokens {
        let w = text.slice(t.range());
        if t.kind == TokKind::Word && w.starts_with(|c: char| c.is_ascii_lowercase()) {
            *lower.entry(w).or_default() += 1;
        }
    }
    let capitals = mid_sentence_capitals(text);
    let surnames: HashSet<&str> = cands
        .iter()
        .filter(|c| c.kind == EntityType::Person)
        .filter_map(|c| {
            let words: Vec<&str> = strip_possessive(text.slice(c.range)).split_whitespace().collect();
            (words.len() >= 2 && lexicon::is_given_name(words[0])).then(|| words[words.len() - 1])
        })
        .collect();
    let common = |c: &Candidate| {
        let surface = strip_possessive(text.slice(c.range));
        let last = surface.split_whitespace().last().unwrap_or_default();
        let lowercase = if last.is_ascii() { lower.get(last.to_ascii_lowercase().as_str()).copied().unwrap_or(0) } else { 0 };
        last.len() >= 3 && !surnames.contains(last) && lowercase > capitals.get(last).copied().unwrap_or(0)
    };
    // "the 7th Fleet", "Article 9": one word numbered by the ordinal before it, or by the
    // number after it when it is a numbered part of a text or the document also writes it in
    // lowercase, is a numbered thing, not a person (a player's score, "Vrabel 14", leaves him
    // a person).
    let digits = |i: usize| text.tokens.get(i).is_some_and(|t| t.kind != TokKind::Punct && text.slice(t.range()).starts_with(|c: char| c.is_ascii_digit()));
    let numbered = |c: &Candidate| {
        let (first, end) = (text.token_at(c.range.start), text.token_at(c.range.end));
        let w = text.slice(c.range);
        let written_lower = lexicon::numbered_nouns().contains(w) || w.is_ascii() && lower.contains_key(w.to_ascii_lowercase().as_str());
        end == first + 1 && (digits(end) && written_lower || first > 0 && digits(first - 1) && text.tok(first - 1).ends_with(|c: char| c.is_ascii_alphabetic()))
    };
    cands.retain(|c| !(doubtful(c) && (common(c) || numbered(c))));
}

/// "World War II", "the Cold War": a war is an event, whatever the tagger says (not "the
/// Army War College", which goes on after the word).
fn is_war(name: &str) -> bool {
    let mut words = name.split_whitespace().rev();
    match words.next() {
        Some("War") => name.contains(' '),
        Some("I" | "II") => words.next() == Some("War"),
        _ => false,
    }
}

/// A party and state in parentheses after a lawmaker's name, no name of its own: "Sen.
/// Lindsey Graham (R-S.C.)", "Gov. Pat McCrory (R)", "Rep. Stephen Lynch (D-Mass.)".
fn is_party_tag(text: &Text, first: usize, end: usize) -> bool {
    let inside = text.slice(join(text, first, end));
    let party = inside.split_once('-').map_or(inside, |(p, _)| p);
    first > 0 && text.tok(first - 1) == "(" && text.tokens.get(end).is_some_and(|_| text.tok(end) == ")") && matches!(party, "R" | "D" | "I")
}

/// One word the tagger calls a person that is a demonym or a group's word is a nationality
/// ("portraying Latinos as", "Shiite"), unless the document names someone in full with it
/// ("David French … French said", "Christian Bale … Christian").
fn groups_are_no_people(text: &Text, cands: &mut [Candidate]) {
    let group_word = |s: &str| lexicon::demonyms().contains_key(s) || lexicon::groups().contains_key(s);
    let lone = |c: &Candidate| c.kind == EntityType::Person && group_word(strip_possessive(text.slice(c.range)));
    if !cands.iter().any(lone) {
        return;
    }
    let in_full_names: HashSet<&str> = cands
        .iter()
        .filter(|c| c.kind == EntityType::Person)
        .flat_map(|c| {
            let words: Vec<&str> = strip_possessive(text.slice(c.range)).split_whitespace().collect();
            if words.len() >= 2 {
                vec![words[0], words[words.len() - 1]]
            } else {
                vec![]
            }
        })
        .collect();
    for c in cands.iter_mut() {
        let surface = strip_possessive(text.slice(c.range));
        if lone(c) && !in_full_names.contains(surface) {
            c.kind = EntityType::Nationality;
            c.canonical = known(surface).map(|k| k.1.to_string());
            c.role = None;
        }
    }
}

/// One sense per document for names: once "MaliVai Washington" is a person, a lone
/// "Washington" tagged otherwise in the same document is that person.
fn surnames_are_people(text: &Text, cands: &mut [Candidate]) {
    // The last words of people named in full, and the people named by one word, in one pass.
    let (mut surnames, mut alone) = (HashSet::default(), HashSet::default());
    for c in cands.iter().filter(|c| c.kind == EntityType::Person) {
        let surface = strip_possessive(text.slice(c.range));
        if !surface.contains(' ') {
            alone.insert(surface);
        }
        let mut words = surface.split_whitespace();
        if let (Some(_), Some(last)) = (words.next(), words.next_back()) {
            // (Nor a party's word of a name run on: "the South Carolina Republican" tagged a
            // person makes no person of every "Republican".)
            if !matches!(last, "Jr." | "Sr." | "II" | "III") && !lexicon::parties().contains_key(last) {
                surnames.insert(last);
            }
        }
    }
    for c in cands.iter_mut() {
        let surface = strip_possessive(text.slice(c.range));
        // A name of two words, the second one the document calls a person alone, is that
        // person ("Narushige Michishita", an organization to the tagger, then "Michishita
        // said"), unless its first word is a listed name or an organization's ("Bush
        // Foundation").
        let mut words = surface.split(' ');
        if let (Some(first), Some(last), None) = (words.next(), words.next(), words.next()) {
            let plain = |w: &str| known(w).is_none() && !lexicon::org_words().contains(w) && !lexicon::function_words().contains(w);
            if c.kind != EntityType::Person && first.starts_with(char::is_uppercase) && alone.contains(last) && plain(first) && plain(last) && known(surface).is_none() {
                c.kind = EntityType::Person;
                c.canonical = None;
            }
        }
        if c.kind != EntityType::Person && !surface.contains(' ') && surnames.contains(surface) && known(surface).is_none() {
            c.kind = EntityType::Person;
            c.canonical = None;
        }
        // And a name that opens with such a surname and ends in an organization's word is a
        // body named after that person, though the surname is also a given name: "the
        // Clinton Foundation" beside "Hillary Clinton" ("Frank Church" stays a person).
        let mut words = surface.split_whitespace();
        let (first, last) = (words.next().unwrap_or_default(), words.next_back().unwrap_or_default());
        if c.kind == EntityType::Person && surnames.contains(first) && lexicon::org_words().contains(last) {
            c.kind = EntityType::Organization;
            c.role = None;
        }
    }
}

/// A name the tagger gave several kinds in one article is of the kind it gave most often
/// (Krishnan and Manning 2006: a document names one thing one way): "Mitt Romney" a person
/// twice and an organization once ("the 8-point win for Mitt Romney") is a person. On a tie
/// each keeps its own, and so does a name the lists know. Only people, organizations and places are compared: a name the lists
/// know as a nationality, a law or an event stays that.
fn one_kind_per_name(text: &Text, cands: &mut [Candidate]) {
    const KINDS: [EntityType; 3] = [EntityType::Person, EntityType::Organization, EntityType::Place];
    // The votes for each name's kinds, and the canonical form each kind first had.
    let mut votes: HashMap<&str, [usize; 3]> = HashMap::default();
    let mut canonical: HashMap<(&str, usize), Option<String>> = HashMap::default();
    for c in cands.iter() {
        if let Some(k) = KINDS.iter().position(|t| *t == c.kind) {
            let surface = strip_possessive(text.slice(c.range));
            votes.entry(surface).or_default()[k] += 1;
            canonical.entry((surface, k)).or_insert_with(|| c.canonical.clone());
        }
    }
    for c in cands.iter_mut() {
        // A name the lists know keeps its kind ("troops in Jordan" beside "Jordan said").
        if c.canonical.is_some() {
            continue;
        }
        let Some(own) = KINDS.iter().position(|t| *t == c.kind) else { continue };
        let surface = strip_possessive(text.slice(c.range));
        let Some(&v) = votes.get(surface) else { continue };
        let best = (0..3).max_by_key(|&k| (v[k], k == own)).unwrap_or(own);
        if v[best] > v[own] {
            c.kind = KINDS[best];
            c.canonical = canonical.get(&(surface, best)).cloned().flatten();
            if c.kind != EntityType::Person {
                c.role = None;
            }
        }
    }
}

/// "WASHINGTON" → "Washington"; other words unchanged.
fn title_case(w: &str) -> String {
    if w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && w.chars().count() > 3 {
        w.chars().enumerate().map(|(i, c)| if i == 0 { c } else { c.to_lowercase().next().unwrap_or(c) }).collect()
    } else {
        w.to_string()
    }
}

/// The type of one name made of the span `last` and the span `next` after it, when the
/// tagger broke one name in two; `None` when they are two names.
fn joined_type<'a>(words: &[&str], last: (usize, usize, &'a str), next: (usize, usize, &'a str)) -> Option<&'a str> {
    let (a, b, ty) = next;
    // "Maritime" "Self-Defense Force", "World" "War II": one capitalised word the tagger
    // calls a person right before an organization or other name is that name's first word
    // (not before a place: "Franck" "Robichon/AP" is a person; nor before a listed
    // organization: "Putin told Merkel NATO was …").
    if last.1 == a
        && last.0 + 1 == a
        && last.2 == "PER"
        && matches!(ty, "ORG" | "MISC")
        && words[last.0].starts_with(char::is_uppercase)
        && !lexicon::organizations().contains_key(words[a..b].join(" ").as_str())
    {
        return Some(ty);
    }
    if last.1 + 1 != a {
        return None;
    }
    match words[last.1] {
        // "National Graduate Institute" for "Policy Studies": an organization ending in an
        // organization's word, then "for" or "on" and an organization's or other name (not
        // "the Security Council" on "North Korea", a place).
        "for" | "on" if last.2 == "ORG" && matches!(ty, "ORG" | "MISC") && lexicon::org_words().contains(words[last.1 - 1]) => Some("ORG"),
        // "Douglas & Lomason", "Stearns & Co": an ampersand joins one company's name.
        "&" if matches!(last.2, "ORG" | "PER") => Some("ORG"),
        // "Republic" of "Korea", cut in two by the tagger ("in the [Republic of Korea]"): a
        // listed place or organization with "of" inside it is one name.
        "of" => match known(&words[last.0..b].join(" "))? {
            (EntityType::Place, _) => Some("LOC"),
            (EntityType::Organization, _) => Some("ORG"),
            _ => None,
        },
        _ => None,
    }
}

/// The words that may stand in lowercase inside a name: "Bank of America", "Center for a
/// New American Security", "Ludwig van Beethoven", "University of Texas at Austin".
const NAME_CONNECTORS: [&str; 29] = [
    "a", "al", "and", "at", "bin", "da", "das", "de", "del", "della", "den", "der", "des", "di", "do", "dos", "du", "el", "for", "ibn", "la", "le", "les", "of", "on", "the", "to",
    "van", "von",
];

/// A name the tagger ran on into common words is cut there: "Clinton didn't" is "Clinton",
/// "the Ipsos poll" "Ipsos", "Japan's Ground Self-Defense Force during Operation Orient
/// Shield" two names, "Clinton spokesman Nick Merrill" two people. A word in lowercase other
/// than a connector ([`NAME_CONNECTORS`]) ends the name, unless it is a prefix before a
/// capital ("al-Assad" stays), and so does a day after a connector. What follows is a name
/// of its own when it opens with a capital (not a day's or month's), of two words or more
/// after a person's; a person when it opens with a given name.
fn split_at_common_words<'a>(words: &[&str], spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    let common =
        |w: &str| w.starts_with(|c: char| c.is_lowercase()) && !NAME_CONNECTORS.contains(&w) && !w.split_once('-').is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase));
    // So does a day after a connector: "the Navy on Monday".
    let common = |k: usize| common(words[k]) || k + 1 < words.len() && NAME_CONNECTORS.contains(&words[k]) && WEEKDAYS.contains(&words[k + 1]);
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    if spans.iter().all(|&(a, b, _)| !(a + 1..b).any(common)) {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() + 1);
    for (a, b, ty) in spans {
        // A span with no common word inside stays as the tagger gave it.
        if !(a + 1..b).any(common) {
            out.push((a, b, ty));
            continue;
        }
        let mut start = a;
        let mut first = true;
        for k in a..=b {
            if k < b && !(k > a && common(k)) {
                continue;
            }
            // The piece start..k, without the connectors at its ends.
            let (mut s, mut e) = (start, k);
            while s < e && NAME_CONNECTORS.contains(&words[s]) {
                s += 1;
            }
            while e > s && NAME_CONNECTORS.contains(&words[e - 1]) {
                e -= 1;
            }
            let person = e > s + 1 && lexicon::is_given_name(words[s]);
            // After a person's name, only another of two words or more: "Clinton began Sunday",
            // "Roosevelt won the Democratic" leave no name behind the verb.
            if s < e && (first || capital(words[s]) && !is_date_word(words[s]) && (ty != "PER" || e > s + 1)) {
                out.push((s, e, if !first && person { "PER" } else { ty }));
            }
            first = false;
            start = k + 1;
        }
    }
    out
}

/// Initials: "F.", and "H.W." (run together).
fn is_initials(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.len() % 2 == 0 && w.as_bytes().chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Names the tagger broke apart are joined: a person's at initials or suffixes ("Joseph"
/// "F." "Dunford" "Jr."), others as [`joined_type`] says.
fn join_names<'a>(words: &[&str], spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    let initial = is_initials;
    let suffix = |w: &str| name_suffix(w).is_some();
    let mut out: Vec<(usize, usize, &str)> = Vec::with_capacity(spans.len());
    // The end of a person's name that took in words the tagger gave to another span.
    let mut taken = 0;
    for (a, mut b, ty) in spans {
        if a < taken {
            // A person's name the tagger ran on from that surname goes on with it: "Julie A."
            // and "Diaz Martinez".
            if let Some(last) = out.last_mut().filter(|_| ty == "PER" && b > taken) {
                last.1 = b;
                taken = b;
            }
            continue;
        }
        if ty == "PER" {
            while b < words.len()
                && (suffix(words[b]) || initial(words[b]) && known(words[b]).is_none() && b + 1 < words.len() && words[b + 1].starts_with(char::is_uppercase))
                && !(initial(words[b]) && b + 1 == words.len())
            {
                if suffix(words[b]) {
                    // (A span the tagger gave the suffix alone is inside this one.)
                    b += 1;
                    taken = b;
                    break;
                }
                b += 1;
                // The capitalised word after a middle initial is the surname, whatever the
                // tagger made of it: "Donald J." and an organization "Trump".
                if !initial(words[b]) {
                    b += 1;
                    taken = b;
                }
            }
            if let Some(last) = out.last_mut() {
                if last.2 == "PER" && (last.1..a).all(|k| initial(words[k])) && last.1 <= a {
                    last.1 = b;
                    continue;
                }
            }
        }
        if let Some(last) = out.last_mut() {
            if let Some(joined) = joined_type(words, *last, (a, b, ty)) {
                *last = (last.0, b, joined);
                continue;
            }
        }
        out.push((a, b, ty));
    }
    // "the Center" for "New American Security", "the Council" on "Foreign Relations": a name
    // ending in an organization's word goes on through "for" or "on" and the capitalised
    // words after it, whatever the tagger made of them. Not into a person ("Abandon
    // Republican Party for Hillary Clinton", "… on North Korea and Frank Church"; nor from one:
    // "Greg Garrison on WIBC"), a day
    // ("CBS News on Super Tuesday", "on Nov. 3"), or a place the body is on ("Hofstra
    // University on Long Island"; a committee's subject may be one: "the House Select
    // Committee on Benghazi").
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with('.') && !is_date_word(w) && !lexicon::function_words().contains(w);
    let mut joined: Vec<(usize, usize, &str)> = Vec::with_capacity(out.len());
    let mut extended_to = 0;
    for (a, b, ty) in out {
        // A span inside the name just made longer is part of it.
        if a < extended_to {
            continue;
        }
        let extends = ty != "MISC"
            && !(ty == "PER" && lexicon::is_given_name(words[a]))
            && b + 1 < words.len()
            && matches!(words[b], "for" | "on")
            && lexicon::org_words().contains(words[b - 1])
            && capital(words[b + 1])
            && !lexicon::is_given_name(words[b + 1]);
        if extends {
            let mut e = b + 1;
            while e < words.len()
                && (capital(words[e]) || matches!(words[e], "and" | "of") && e + 1 < words.len() && capital(words[e + 1]) && !lexicon::is_given_name(words[e + 1]))
            {
                e += 1;
            }
            let day_after = words.get(e).is_some_and(|w| is_date_word(w) || w.ends_with('.') && w.starts_with(char::is_uppercase));
            let place = words[b] == "on"
                && !matches!(words[b - 1], "Committee" | "Subcommittee" | "Commission")
                && matches!(known(&words[b + 1..e].join(" ")), Some((EntityType::Place, _)));
            if !day_after && !place {
                joined.push((a, e, "ORG"));
                extended_to = e;
                continue;
            }
        }
        joined.push((a, b, ty));
    }
    joined
}

/// A listed place or organization of several words is one name, whatever the tagger made of
/// its words: "South Carolina;" was a place "South" and a person "Carolina;", "New York" a
/// place "New" and an organization "York". Not when a longer name takes it in ("The New York
/// Times", "New York Gov."), nor when the tagger left all of it untagged.
fn listed_names_whole<'a>(words: &[&str], spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    let alnum = |w: &str| w.chars().any(char::is_alphanumeric);
    // A span without the punctuation the tagger took in at its ends.
    let trimmed = |(mut a, mut b, _): (usize, usize, &str)| {
        while a < b && !alnum(words[a]) {
            a += 1;
        }
        while b > a && !alnum(words[b - 1]) {
            b -= 1;
        }
        (a, b)
    };
    let mut out = Vec::with_capacity(spans.len());
    let (mut next, mut i) = (0, 0);
    let mut phrase = String::new();
    while i < words.len() && next < spans.len() {
        let mut listed = None;
        if words[i].starts_with(char::is_uppercase) && lexicon::phrase_starts().contains(words[i]) {
            // The longest listed name has eight words ("United Kingdom of Great Britain and
            // Northern Ireland").
            for len in (2..=8).rev().filter(|len| i + len <= words.len()) {
                phrase.clear();
                for (k, w) in words[i..i + len].iter().enumerate() {
                    if k > 0 {
                        phrase.push(' ');
                    }
                    phrase.push_str(w);
                }
                if lexicon::places().contains_key(phrase.as_str()) {
                    listed = Some((i + len, "LOC"));
                } else if lexicon::organizations().contains_key(phrase.as_str()) {
                    listed = Some((i + len, "ORG"));
                }
                if listed.is_some() {
                    break;
                }
            }
        }
        let Some((j, ty)) = listed else {
            i += 1;
            continue;
        };
        while next < spans.len() && spans[next].1 <= i {
            out.push(spans[next]);
            next += 1;
        }
        let mut k = next;
        let mut inside = true;
        while k < spans.len() && spans[k].0 < j {
            let (a, b) = trimmed(spans[k]);
            inside &= a >= i && b <= j;
            k += 1;
        }
        let already = k == next + 1 && trimmed(spans[next]) == (i, j);
        if k > next && inside && !already {
            out.push((i, j, ty));
            next = k;
            i = j;
        } else {
            i += 1;
        }
    }
    out.extend_from_slice(&spans[next..]);
    out
}

/// A given name just before a person's name that the tagger began after it is part of that
/// name: "into Hillary Clinton’s use" gave the tagger "Clinton" alone, and so did "Hillary
/// Clinton closed her speech". Not a word of another name, a listed place ("Georgia"), the
/// first word of a question ("Will Clinton win?"), nor the first word of a clause inside a
/// sentence ("“Will Clinton …"), where a given name may be a word.
fn given_name_before_person<'a>(words: &[&str], mut spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    for k in 0..spans.len() {
        let (a, b, ty) = spans[k];
        let free = k == 0 || spans[k - 1].1 < a;
        // Or that it tagged as a name of one word of another kind: "Fox News host" "Megyn"
        // (an organization) "Kelly".
        let alone = k > 0 && spans[k - 1].0 + 1 == a && spans[k - 1].1 == a && spans[k - 1].2 != "PER";
        // At a sentence's start, not in a question ("Will Clinton win?"); elsewhere, not
        // where a clause opens ("“Will Clinton …").
        let opens = if a == 1 { words.contains(&"?") } else { a > 1 && is_clause_opener(words[a - 2]) };
        if ty == "PER" && a > 0 && b > a && (free || alone) && !opens {
            let w = words[a - 1];
            if lexicon::is_given_name(w) && known(w).is_none() {
                spans[k].0 = a - 1;
                if alone {
                    spans[k - 1].1 = spans[k - 1].0;
                }
            }
        }
    }
    spans.retain(|&(a, b, _)| a < b);
    spans
}

/// "Operation" and the capitalised words after it are one name, whatever the tagger made of
/// them ("Operation Orient" "Shield", a person): the name of a military operation, an event.
fn operations_whole<'a>(words: &[&str], spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    // The name ends before a title or a given name: "Operation Warp Speed" "Chief Adviser
    // Moncef Slaoui".
    let capital =
        |w: &str| w.starts_with(char::is_uppercase) && !lexicon::function_words().contains(w) && !is_date_word(w) && !lexicon::titles().contains(w) && !lexicon::is_given_name(w);
    if !words.contains(&"Operation") {
        return spans;
    }
    // The operations' names, in order, in one pass over the words.
    let mut names = Vec::new();
    let mut k = 0;
    while k < words.len() {
        if words[k] == "Operation" && words.get(k + 1).is_some_and(|w| capital(w)) {
            let mut e = k + 1;
            while e < words.len() && capital(words[e]) {
                e += 1;
            }
            names.push((k, e, "MISC"));
            k = e;
        } else {
            k += 1;
        }
    }
    // The tagger's spans that overlap none of them (both in order, so one pointer walks the
    // names), then the two merged by start.
    let mut j = 0;
    let kept: Vec<(usize, usize, &str)> = spans
        .into_iter()
        .filter(|&(a, b, _)| {
            while j < names.len() && names[j].1 <= a {
                j += 1;
            }
            !(j < names.len() && names[j].0 < b)
        })
        .collect();
    let mut out = Vec::with_capacity(kept.len() + names.len());
    let mut names = names.into_iter().peekable();
    for span in kept {
        while let Some(n) = names.next_if(|n| n.0 < span.0) {
            out.push(n);
        }
        out.push(span);
    }
    out.extend(names);
    out
}

/// A word that opens a clause is no part of a name where a clause opens, whatever the tagger
/// says: "Maybe Trump will", "Had Republicans listened" (a headline's adjective is none:
/// "Good Morning America").
fn clause_openers_open_no_name<'a>(words: &[&str], mut spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    for span in &mut spans {
        let (a, b, _) = *span;
        if b > a + 1 && (a == 0 || is_clause_opener(words[a - 1])) && lexicon::clause_openers().contains(words[a]) {
            // What is left may be no name either: "Since October", "Am I".
            let rest = words[a + 1];
            span.0 = if b == a + 2 && (is_date_word(rest) || lexicon::function_words().contains(rest)) { b } else { a + 1 };
        }
    }
    spans.retain(|&(a, b, _)| a < b);
    spans
}

/// A name with a prefix that makes an adjective of it, as one word: "anti-Trump",
/// "Pro-Clinton", "un-American", "post-Watergate" (not "the Washington Post-ABC poll").
fn is_prefixed_name(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(prefix, rest)| matches!(prefix, "anti" | "non" | "post" | "pre" | "pro" | "un" | "Anti" | "Non" | "Pro") && rest.starts_with(char::is_uppercase))
}

/// Organizations' words that are also surnames: "Frank Church", "Marjorie Merriweather Post".
const SURNAME_ORG_WORDS: [&str; 8] = ["Bank", "Church", "Court", "Garrison", "Guard", "Post", "Press", "Union"];

/// Organizations' words that also open a title: "White House" "Press Secretary", "the RNC's
/// Research Director".
const OFFICE_WORDS: [&str; 4] = ["Communications", "Media", "Press", "Research"];

/// Organizations' words that the tagger left untagged right after a name end an
/// organization's name: "the Washington" "Post", "the Clinton" "Foundation", "the US Air"
/// "Force's", "the Republican National" "Committee". Not one that opens a title ("White
/// House" "Press Secretary"), not "Administration" after a person ("the Obama
/// Administration" is the president's), and not in a title-case headline, whose every word
/// has a capital. A listed name keeps its kind ("European" "Union").
fn org_words_after_name<'a>(words: &[&str], mut spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    if is_title_case(words) {
        return spans;
    }
    let org_word = |k: usize| lexicon::org_words().contains(strip_possessive(words[k]));
    let opens_title = |k: usize| OFFICE_WORDS.contains(&words[k]) && words.get(k + 1).is_some_and(|w| lexicon::titles().contains(w));
    for k in 0..spans.len() {
        let (a, b, ty) = spans[k];
        let limit = spans.get(k + 1).map_or(words.len(), |next| next.0);
        // A party's word takes only a body of the party: "the Republican National"
        // "Committee", not "Republican" "Senate candidate".
        let party = b == a + 1 && lexicon::parties().contains_key(words[a]);
        let party_body = |k: usize| matches!(words[k], "Caucus" | "Committee" | "Conference" | "Party");
        let mut e = b;
        while e < limit && org_word(e) && !opens_title(e) && !(ty == "PER" && words[e] == "Administration") && (!party || party_body(e)) {
            e += 1;
            // "Force's Joint Space Operations Center": a possessive ends the name.
            if strip_possessive(words[e - 1]) != words[e - 1] {
                break;
            }
        }
        if e > b {
            let listed = known(&words[a..e].iter().map(|w| strip_possessive(w)).collect::<Vec<_>>().join(" ")).is_some();
            spans[k] = (a, e, if listed { "MISC" } else { "ORG" });
        }
    }
    spans
}

/// A given name the tagger called a person alone, right before a capitalised word it left
/// untagged, has that word as its surname: "Martin" "O’Malley" (it had seldom seen names
/// with "O’"). Not a function word, an organization's word ("Marine" "Corps"), a day or a
/// month ("Martin Monday"), a word in capitals, nor a place or body the lists know ("Ben"
/// "Paris").
fn surname_after_given_name<'a>(words: &[&str], mut spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    // In a title-case headline the word after may be a verb: "Melania Defends Speech".
    if is_title_case(words) {
        return spans;
    }
    for k in 0..spans.len() {
        let (a, b, ty) = spans[k];
        let free = spans.get(k + 1).is_none_or(|next| next.0 > b);
        if ty == "PER" && b == a + 1 && free && lexicon::is_given_name(words[a]) {
            let Some(w) = words.get(b) else { continue };
            let w = strip_possessive(w);
            if w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && !lexicon::function_words().contains(w)
                && !lexicon::org_words().contains(w)
                && !is_date_word(w)
                && known(w).is_none()
            {
                spans[k].1 = b + 1;
            }
        }
    }
    spans
}

/// A person the tagger named by initials alone ("G.K.") takes the capitalised word that opens
/// the span right after, which is the surname: "[G.K.] [Butterfield of North Carolina]" is
/// "G.K. Butterfield" of North Carolina. Initials are never a whole name.
fn surname_after_initials<'a>(words: &[&str], mut spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    for k in 0..spans.len().saturating_sub(1) {
        let (a, b, ty) = spans[k];
        let (c, e, _) = spans[k + 1];
        // (The tagger's spans may overlap after `join_names`: a span may end the sentence.)
        let Some(&surname) = words.get(b) else { continue };
        if ty == "PER"
            && b == a + 1
            && c == b
            && is_initials(words[a])
            && known(words[a]).is_none()
            && surname.chars().any(char::is_lowercase)
            && surname.starts_with(char::is_uppercase)
            && !lexicon::function_words().contains(surname)
        {
            spans[k].1 = b + 1;
            // What is left of the next span starts at a capital: "North Carolina".
            let from = (b + 1..e).find(|&i| words[i].starts_with(char::is_uppercase)).unwrap_or(e);
            spans[k + 1].0 = from;
        }
    }
    spans.retain(|&(a, b, _)| a < b);
    spans
}

/// A title at the head of what the tagger calls a person's name is the person's role, not a
/// word of the name: "[Chief Justice John G. Roberts Jr.]" is John G. Roberts Jr., "[Senator
/// Sanders]" Sanders. Not a title that names its bearer ("Pope Francis", "King Abdullah").
/// Inside the name, a title starts the person and ends what came before, which is a name of
/// its own only if a list knows it: "[Carolina Sen. Lindsey Graham]" (of "South Carolina Sen.
/// Lindsey Graham") is Lindsey Graham, "[Clark County Sheriff Joe Lombardo]" Joe Lombardo.
fn title_off_person<'a>(words: &[&str], spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    let title = |w: &str| lexicon::titles().contains(w) && !lexicon::name_titles().contains(w);
    let mut out = Vec::with_capacity(spans.len());
    for (mut a, b, ty) in spans {
        if ty == "PER" {
            // The last title inside, before a capitalised word; then the run of titles it ends.
            // (Not before a suffix: "Sanford Bishop Jr." has the surname Bishop.)
            if let Some(k) = (a + 1..b.saturating_sub(1)).rev().find(|&k| title(words[k]) && words[k + 1].starts_with(char::is_uppercase) && name_suffix(words[k + 1]).is_none()) {
                let run = (a + 1..=k).rev().take_while(|&j| title(words[j])).last().unwrap_or(k);
                if let Some((kind, _)) = known(&words[a..run].join(" ")) {
                    out.push((a, run, if kind == EntityType::Place { "LOC" } else { "ORG" }));
                }
                a = k + 1;
            }
            while b > a + 1 && title(words[a]) && words[a + 1].starts_with(char::is_uppercase) {
                a += 1;
            }
        }
        out.push((a, b, ty));
    }
    out
}

/// A party's word that the tagger put at the head of a person's name, before a given name, is
/// the party's own name: "Democrat Hillary Clinton", "Republican Donald Trump" (not
/// "Democratic Socialists", "Republican Presidential"). One that ends what the tagger calls a
/// person's name is the party too, and what stands before it no person: "the South
/// [Carolina Republican] primary", "[Among Republicans]" in a headline, "an [Orlando
/// Republican]" (a listed place stays a place).
fn party_before_person<'a>(words: &[&str], spans: Vec<(usize, usize, &'a str)>) -> Vec<(usize, usize, &'a str)> {
    let mut out = Vec::with_capacity(spans.len());
    for (a, b, ty) in spans {
        if ty == "PER" && b > a + 1 && lexicon::parties().contains_key(words[a]) && lexicon::is_given_name(words[a + 1]) {
            out.push((a, a + 1, "ORG"));
            out.push((a + 1, b, "PER"));
        } else if ty == "PER" && b > a + 1 && lexicon::parties().contains_key(strip_possessive(words[b - 1])) {
            if matches!(known(&words[a..b - 1].join(" ")), Some((EntityType::Place, _))) {
                out.push((a, b - 1, "LOC"));
            }
            out.push((b - 1, b, "ORG"));
        } else {
            out.push((a, b, ty));
        }
    }
    out
}

/// The parts of a hyphenated word `[first, end)` as entities, when every part is a known
/// place or nationality ("U.S.-Japan"); none otherwise.
fn known_parts(text: &Text, first: usize, end: usize) -> Vec<Candidate> {
    let parts: Vec<Option<(EntityType, &str, usize)>> = (first..end).step_by(2).map(|k| known(text.tok(k)).map(|(t, c)| (t, c, k))).collect();
    if parts.iter().any(Option::is_none) {
        return Vec::new();
    }
    parts.into_iter().flatten().map(|(kind, c, k)| Candidate { range: text.tokens[k].range(), kind, canonical: Some(c.to_string()), role: None, acronym: None }).collect()
}

/// The title standing before a name: "Defense Secretary" in "Defense Secretary Ashton
/// Carter", "Secretary of State" in "Secretary of State John Kerry".
fn title_before(text: &Text, sentence_start: usize, first: usize) -> Option<Range> {
    let mut k = first;
    let mut has_title = false;
    while k > sentence_start {
        let w = text.tok(k - 1);
        let capital = is_cap_word(text, k - 1) || lexicon::titles().contains(w);
        let connector = matches!(w, "of" | "the") && k - 1 > sentence_start && is_cap_word(text, k - 2);
        if !(capital || connector) || lexicon::function_words().contains(w) {
            break;
        }
        has_title |= lexicon::titles().contains(w);
        k -= 1;
    }
    (has_title && k < first).then(|| join(text, k, first))
}

/// Whether token `i`, not the first of its sentence, is a capitalised word that no quotation
/// mark, colon, bracket or dash opens.
fn is_mid_sentence_capital(text: &Text, i: usize) -> bool {
    is_cap_word(text, i) && !matches!(text.tok(i - 1), "“" | "\"" | "‘" | ":" | "(" | "—")
}

/// Words seen capitalised away from a sentence start: evidence that they are names.
fn mid_sentence_capitals<'a>(text: &Text<'a>) -> HashMap<&'a str, usize> {
    let mut mid_caps: HashMap<&str, usize> = HashMap::default();
    for s in &text.sentences {
        for i in s.tokens.start + 1..s.tokens.end {
            if is_mid_sentence_capital(text, i) {
                *mid_caps.entry(text.tok(i)).or_default() += 1;
            }
        }
    }
    mid_caps
}

/// Candidates from capitalisation and word lists alone, when no tagger is built in.
fn rule_candidates(text: &Text, speaker_heads: &[Range]) -> Vec<Candidate> {
    let mid_caps = mid_sentence_capitals(text);
    let mut out = Vec::new();
    let mut skip = crate::claims::furniture(text);
    for (skip, p) in skip.iter_mut().zip(&text.paragraphs) {
        *skip |= shouting(text, *p);
    }
    for s in &text.sentences {
        if skip[s.paragraph] {
            continue;
        }
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if !is_cap_word(text, i) {
                i += 1;
                continue;
            }
            // A run of capitalised words, with lowercase connectors and hyphens inside.
            let start = i;
            let mut end = i + 1;
            loop {
                if end < s.tokens.end && is_cap_word(text, end) {
                    end += 1;
                } else if end + 1 < s.tokens.end
                    && (is_connector(text.tok(end)) || text.tok(end) == "-" && text.tokens[end].start == text.tokens[end - 1].end)
                    && is_cap_word(text, end + 1)
                {
                    end += 2;
                } else if end + 2 < s.tokens.end && text.tok(end) == "of" && text.tok(end + 1) == "the" && is_cap_word(text, end + 2) {
                    end += 3;
                } else {
                    break;
                }
            }
            i = end;
            split_phrase(text, start, end, s.tokens.start, &mid_caps, speaker_heads, &mut out);
        }
    }
    acronyms(text, &mut out);
    out
}

fn join(text: &Text, from: usize, to: usize) -> Range {
    Range::new(text.tokens[from].start, text.tokens[to - 1].end)
}

/// Types one capitalised run `[start, end)` and pushes the entities in it.
#[allow(clippy::too_many_arguments)]
fn split_phrase(text: &Text, mut start: usize, end: usize, sentence_start: usize, mid_caps: &HashMap<&str, usize>, speaker_heads: &[Range], out: &mut Vec<Candidate>) {
    // Leading function words: "The Pentagon", "In Tokyo".
    while start < end && (lexicon::function_words().contains(text.tok(start)) || is_connector(text.tok(start))) {
        start += 1;
    }
    let mut end = end;
    while end > start && (is_connector(text.tok(end - 1)) || text.tok(end - 1) == "-") {
        end -= 1;
    }
    if start >= end {
        return;
    }
    // A day or month inside a run ends a name: "White House Tuesday", "Washington CNN".
    if let Some(d) = (start + 1..end).find(|&k| is_date_word(text.tok(k))) {
        split_phrase(text, start, d, sentence_start, mid_caps, speaker_heads, out);
        split_phrase(text, d + 1, end, sentence_start, mid_caps, speaker_heads, out);
        return;
    }
    let whole = text.slice(join(text, start, end));
    // Known as a whole: places, organizations, nationalities.
    if let Some(c) = known(whole) {
        out.push(Candidate { range: join(text, start, end), kind: c.0, canonical: Some(c.1.to_string()), role: None, acronym: None });
        return;
    }
    // Hyphenated compounds of known parts: "U.S.-Japan", "Japan-U.S."; others
    // ("Trans-Pacific Partnership") stay whole.
    let known_part = |a: usize, b: usize| a < b && known(text.slice(join(text, a, b))).is_some();
    if let Some(h) = (start + 1..end).find(|&k| text.tok(k) == "-" && known_part(start, k) && known_part(k + 1, end)) {
        split_phrase(text, start, h, sentence_start, mid_caps, speaker_heads, out);
        split_phrase(text, h + 1, end, sentence_start, mid_caps, speaker_heads, out);
        return;
    }
    // Titles before a name: "Defense Secretary Ashton Carter", "Secretary of State John Kerry".
    let last_title = (start..end).rev().find(|&k| lexicon::titles().contains(text.tok(k)));
    if let Some(t) = last_title {
        let mut name = t + 1;
        // "Secretary of State John Kerry": the name starts at a given name after "of …".
        if name < end && text.tok(name) == "of" {
            name = (name + 1..end).find(|&k| lexicon::is_given_name(text.tok(k))).unwrap_or(end);
        }
        if name < end {
            // Leading nationality or place in the title: "Japanese Foreign Minister".
            let role = text.slice(join(text, start, t + 1)).to_string();
            let name_end = trim_name(text, name, end);
            if name_end > name {
                out.push(Candidate { range: join(text, name, name_end), kind: EntityType::Person, canonical: None, role: Some(role), acronym: None });
            }
            if name_end < end {
                split_phrase(text, name_end, end, sentence_start, mid_caps, speaker_heads, out);
            }
            // A place or nationality that opens the title is an entity of its own.
            let first = text.tok(start);
            if let Some(c) = known(first) {
                out.push(Candidate { range: join(text, start, start + 1), kind: c.0, canonical: Some(c.1.to_string()), role: None, acronym: None });
            }
            return;
        }
        // Only a title ("the Foreign Minister"): no entity.
        if t + 1 == end && start == t {
            return;
        }
    }
    // A leading known place or nationality before other words: "Japanese Self-Defense Forces"
    // stays whole (an organization), but "Japanese Prime" is handled above.
    let range = join(text, start, end);
    let words: Vec<&str> = (start..end).map(|k| text.tok(k)).collect();
    // Month and day names are dates, not entities.
    if words.len() == 1 && is_date_word(words[0]) {
        return;
    }
    // A word in capitals: a dateline place ("WASHINGTON —") or an acronym.
    if words.len() == 1 && is_upper_word(words[0]) {
        let title_case: String = words[0].chars().enumerate().map(|(i, c)| if i == 0 { c } else { c.to_ascii_lowercase() }).collect();
        if let Some(c) = known(&title_case) {
            out.push(Candidate { range, kind: c.0, canonical: Some(c.1.to_string()), role: None, acronym: None });
            return;
        }
    }
    let last_is_person_noun = lexicon::person_nouns().contains(words[words.len() - 1].to_lowercase().as_str());
    let kind = if words.iter().any(|w| lexicon::org_words().contains(w)) {
        EntityType::Organization
    } else if lexicon::is_given_name(words[0]) && (2..=4).contains(&words.len())
        || words.len() <= 4 && !last_is_person_noun && (speaker_heads.iter().any(|h| h.contains(range) && h.end == range.end) || apposition_role(text, end).is_some())
    {
        EntityType::Person
    } else if words.iter().any(|w| matches!(*w, "War" | "Olympics" | "Games" | "Summit" | "Conference" | "Election" | "Revolution" | "Crisis")) {
        EntityType::Event
    } else if words.len() == 1 && is_upper_word(words[0]) {
        EntityType::Organization
    } else {
        EntityType::Other
    };
    // A lone capitalised word at the start of a sentence is only a name if it is also
    // capitalised elsewhere, or known, or names a speaker.
    let opens_clause = start == sentence_start || matches!(text.tok(start - 1), "“" | "\"" | "‘" | "''" | "«" | ":" | "(" | "—");
    if kind == EntityType::Other && words.len() == 1 && opens_clause && !mid_caps.contains_key(words[0]) {
        return;
    }
    let role = if kind == EntityType::Person { apposition_role(text, end) } else { None };
    out.push(Candidate { range, kind, canonical: None, role, acronym: None });
}

/// A description set off by commas right after a name: "Michishita, professor at the
/// National Graduate Institute for Policy Studies in Tokyo," → that description.
fn apposition_role(text: &Text, end: usize) -> Option<String> {
    if end >= text.tokens.len() || text.tok(end) != "," {
        return None;
    }
    let mut k = end + 1;
    if k < text.tokens.len() && matches!(text.tok(k), "a" | "an" | "the") {
        k += 1;
    }
    let head_window = k..(k + 4).min(text.tokens.len());
    let person = head_window.clone().any(|i| lexicon::person_nouns().contains(text.tok(i)) || lexicon::titles().contains(text.tok(i)));
    if !person {
        return None;
    }
    let stop = (k..(k + 14).min(text.tokens.len())).find(|&i| matches!(text.tok(i), "," | "." | ";" | ":") || text.tokens[i].kind == TokKind::Quote)?;
    (stop > k && text.tok(stop) == ",").then(|| text.slice(join(text, k, stop)).to_string())
}

/// The end of a name that starts at `from`: it stops at a connector ("of") or hyphen.
fn trim_name(text: &Text, from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end && !is_connector(text.tok(k)) && text.tok(k) != "-" {
        k += 1;
    }
    k
}

use crate::dates::WEEKDAYS;

fn is_date_word(w: &str) -> bool {
    WEEKDAYS.contains(&w) || matches!(w, "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December")
}

fn known(s: &str) -> Option<(EntityType, &'static str)> {
    if let Some(c) = lexicon::places().get(s) {
        return Some((EntityType::Place, c));
    }
    if let Some(c) = lexicon::organizations().get(s) {
        return Some((EntityType::Organization, c));
    }
    if let Some((k, _)) = lexicon::demonyms().get_key_value(s) {
        return Some((EntityType::Nationality, k));
    }
    if let Some(c) = lexicon::groups().get(s) {
        return Some((EntityType::Nationality, c));
    }
    None
}

/// A name made only of group words and demonyms, one of them a group: "Sunni Arab",
/// "Shiite", "Greek Orthodox" (but not "Greek" alone, which may be the country's).
fn is_group_name(s: &str) -> bool {
    let mut any_group = false;
    let all = s.split_whitespace().all(|w| {
        let group = lexicon::groups().contains_key(w);
        any_group |= group;
        group || lexicon::demonyms().contains_key(w)
    });
    all && any_group
}

/// A name whose last word makes it a law or treaty: "Act", "Constitution", "Guidelines".
fn is_law_name(s: &str) -> bool {
    s.split_whitespace().next_back().is_some_and(|w| lexicon::law_words().contains(w))
}

/// A military operation: "Operation Orient Shield", "Operation Desert Storm".
fn is_operation(s: &str) -> bool {
    s.strip_prefix("Operation ").is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

/// "long form (SHORT)": the long form becomes an entity with its acronym, found by the
/// Schwartz–Hearst backward match of the short form's letters over the words before it.
fn acronyms(text: &Text, out: &mut Vec<Candidate>) {
    let mut found: Vec<Candidate> = Vec::new();
    let mut longs: Vec<Range> = Vec::new();
    for s in &text.sentences {
        let sentence_first = found.len();
        for i in s.tokens.start + 1..s.tokens.end.saturating_sub(1) {
            if text.tok(i - 1) != "(" || text.tok(i + 1) != ")" || !is_acronym(text.tok(i)) {
                continue;
            }
            let short = text.tok(i);
            let letters = short.chars().filter(|c| c.is_alphanumeric()).count();
            let window = (letters + 5).min(letters * 2);
            let first = (s.tokens.start..i - 1).rev().filter(|&k| text.tokens[k].kind == TokKind::Word).take(window).last();
            let Some(first) = first else { continue };
            let region = Range::new(text.tokens[first].start, text.tokens[i - 2].end);
            let Some(start) = schwartz_hearst(short, text.slice(region)) else { continue };
            let long = Range::new(region.start + start, region.end);
            // A long form drops the candidates it contains: those of this sentence now, the
            // others below in one pass.
            longs.push(long);
            let kept: Vec<Candidate> = found.drain(sentence_first..).filter(|c| !long.contains(c.range)).collect();
            found.extend(kept);
            let long_text = text.slice(long);
            let kind = known(long_text)
                .map_or(if long_text.split_whitespace().any(|w| w.starts_with(char::is_uppercase)) { EntityType::Organization } else { EntityType::Other }, |k| k.0);
            found.push(Candidate { range: long, kind, canonical: None, role: None, acronym: Some(short.to_string()) });
        }
    }
    // The candidates from before that lie inside a long form are dropped: a binary search
    // over the long forms by start, with the furthest end reached so far.
    if !longs.is_empty() {
        crate::order::sort_by_key(&mut longs, |r| r.start);
        let reach: Vec<usize> = longs
            .iter()
            .scan(0, |m, r| {
                *m = r.end.max(*m);
                Some(*m)
            })
            .collect();
        out.retain(|c| {
            let n = longs.partition_point(|r| r.start <= c.range.start);
            n == 0 || reach[n - 1] < c.range.end
        });
    }
    out.extend(found);
}

/// A short form: capitalised, with at least two capitals, and short ("ISR", "JSpOC").
fn is_acronym(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.chars().filter(|c| c.is_uppercase()).count() >= 2 && w.chars().count() <= 10 && w.chars().all(char::is_alphanumeric)
}

/// The byte offset in `long` where the long form of `short` starts, if its letters match.
fn schwartz_hearst(short: &str, long: &str) -> Option<usize> {
    let s: Vec<char> = short.chars().flat_map(char::to_lowercase).collect();
    let l: Vec<(usize, char)> = long.char_indices().map(|(b, c)| (b, c.to_lowercase().next().unwrap_or(c))).collect();
    let mut si = s.len() as isize - 1;
    let mut li = l.len() as isize - 1;
    while si >= 0 {
        let c = s[si as usize];
        if !c.is_alphanumeric() {
            si -= 1;
            continue;
        }
        while li >= 0 && (l[li as usize].1 != c || (si == 0 && li > 0 && l[li as usize - 1].1.is_alphanumeric())) {
            li -= 1;
        }
        if li < 0 {
            return None;
        }
        li -= 1;
        si -= 1;
    }
    let start = (li + 1) as usize;
    // Start at the beginning of that word.
    let b = l[start].0;
    let word_start = long[..b].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(w, c)| w + c.len_utf8());
    Some(word_start)
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("’s").or_else(|| s.strip_suffix("'s")).unwrap_or(s)
}

fn tokens_of(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// A person's name in words, without a suffix ("Jr.", "III").
fn name_words(name: &str) -> Vec<&str> {
    tokens_of(name).into_iter().filter(|t| name_suffix(t).is_none()).collect()
}

/// Words that make a role another than the title it ends in: "Vice President", "Press
/// Secretary".
const TITLE_MODIFIERS: &[&str] = &["Acting", "Assistant", "Associate", "Deputy", "Former", "Interim", "Lieutenant", "Lt.", "Press", "Under", "Vice"];

/// The title a role ends in, unless a word before makes it another: "Chief Justice" is a
/// justice, "Vice President" no president.
fn role_title(role: &str) -> Option<&str> {
    let mut words = role.split_whitespace().rev();
    let last = words.next()?;
    (!words.any(|w| TITLE_MODIFIERS.contains(&w))).then_some(last)
}

/// A person's name's suffix: "Jr.", "Sr.", "II", "III", "IV" (British style writes "Jr" and
/// "Sr" without a stop: the same suffix).
fn name_suffix(name: &str) -> Option<&'static str> {
    match name.split_whitespace().last()? {
        "Jr." | "Jr" => Some("Jr."),
        "Sr." | "Sr" => Some("Sr."),
        "II" => Some("II"),
        "III" => Some("III"),
        "IV" => Some("IV"),
        _ => None,
    }
}

/// Whether two full names alike in given name and surname, each with its middle initials and
/// suffix, may be one person as their suffixes go. Not when the suffixes differ ("Charles
/// Elliott Jr.", "Charles Elliott III"); nor when one is "Sr.", written to tell the father
/// from the son named without it ("Duncan Hunter", "Duncan Hunter Sr."); nor when a name with a
/// suffix and no middle initial meets one with a middle initial and none ("Donald Trump Jr.",
/// his father "Donald J. Trump"). "John G. Roberts Jr." is "John Roberts", and "Brent
/// Bozell III" "Brent Bozell".
fn same_person_suffix(a: (&str, Option<&str>), b: (&str, Option<&str>)) -> bool {
    match (a.1, b.1) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        (Some(x), None) => x != "Sr." && (!a.0.is_empty() || b.0.is_empty()),
        (None, Some(y)) => y != "Sr." && (!b.0.is_empty() || a.0.is_empty()),
    }
}

/// The key under which a person's name is grouped: surname plus the full form of the
/// given name ("Ash Carter" and "Ashton Carter" share it).
pub fn person_key(name: &str) -> (String, String) {
    let toks = name_words(name);
    let last = toks.last().copied().unwrap_or("").to_lowercase();
    let first = toks.first().copied().unwrap_or("");
    let first = lexicon::nicknames().get(first).copied().unwrap_or(first).to_lowercase();
    (last, if toks.len() > 1 { first } else { String::new() })
}

/// The initials of the names between a person's given name and surname, lowercase:
/// "George H.W. Bush" and "George Herbert Walker Bush" give "hw", "Joseph F. Dunford Jr."
/// "f", "George HW Bush" "hw", "Ash Carter" none. Two full names alike but for these are two people.
pub fn middle_initials(name: &str) -> String {
    let toks = name_words(name);
    if toks.len() < 3 {
        return String::new();
    }
    let mut out = String::new();
    for p in toks[1..toks.len() - 1].iter().flat_map(|t| t.split('.')) {
        // "HW" without stops is two initials.
        let initials = p.len() <= 3 && p.chars().all(|c| c.is_uppercase());
        for c in p.chars().take(if initials { 3 } else { 1 }).filter(|c| c.is_alphabetic()) {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Groups candidates into entities: exact canonical names first, then surnames and short
/// forms onto the full names they belong to.
fn group(text: &Text, cands: &[Candidate]) -> Vec<RawEntity> {
    let mut entities: Vec<RawEntity> = Vec::new();
    let mut by_key: HashMap<(EntityType, String), usize> = HashMap::default();
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_acronym: HashMap<String, usize> = HashMap::default();
    // Full names by given name and surname: the middle initials, suffix and entity of each
    // person.
    type Alike = Vec<(String, Option<&'static str>, usize)>;
    let mut by_person: HashMap<String, Alike> = HashMap::default();
    let add = |entities: &mut Vec<RawEntity>, idx: Option<usize>, c: &Candidate, name: &str| -> usize {
        let i = idx.unwrap_or_else(|| {
            entities.push(RawEntity { kind: c.kind, name: name.to_string(), aliases: vec![], acronym: None, roles: vec![], mentions: vec![] });
            entities.len() - 1
        });
        let e = &mut entities[i];
        e.mentions.push(c.range);
        if let Some(r) = &c.role {
            if !e.roles.contains(r) {
                e.roles.push(r.clone());
            }
        }
        if e.acronym.is_none() {
            e.acronym.clone_from(&c.acronym);
        }
        // A listed organization met by its initials ("NATO") has them as its acronym.
        let surface = strip_possessive(text.slice(c.range));
        let long = c.canonical.as_deref().filter(|n| *n != surface && n.split_whitespace().count() >= 2);
        if e.acronym.is_none() && long.is_some() && surface.chars().count() <= 6 && is_acronym(surface) {
            e.acronym = Some(surface.to_string());
        }
        i
    };
    // Pass 1: full names (persons of two or more words) and every non-person.
    let mut pending = Vec::new();
    for c in cands {
        let surface = strip_possessive(text.slice(c.range));
        let name = c.canonical.clone().unwrap_or_else(|| surface.to_string());
        match c.kind {
            EntityType::Person if tokens_of(&name).len() >= 2 => {
                let (last, first) = person_key(&name);
                // "George W. Bush" and "George H.W. Bush" are two people; "George Bush" is the
                // first of them met, "Joseph Dunford" the "Joseph F. Dunford Jr." before.
                let middle = middle_initials(&name);
                let suffix = name_suffix(&name);
                let alike = by_person.entry(format!("{first} {last}")).or_default();
                let i = match alike.iter_mut().find(|(m, sfx, _)| (m.is_empty() || middle.is_empty() || *m == middle) && same_person_suffix((m, *sfx), (&middle, suffix))) {
                    Some((m, sfx, i)) => {
                        if m.is_empty() {
                            m.clone_from(&middle);
                        }
                        *sfx = sfx.or(suffix);
                        add(&mut entities, Some(*i), c, &name)
                    }
                    None => {
                        let i = add(&mut entities, None, c, &name);
                        alike.push((middle, suffix, i));
                        i
                    }
                };
                let list = by_surname.entry(last).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
            EntityType::Person => pending.push(c),
            // (A long form with its acronym is met here, though it is other: "intelligence,
            // surveillance and reconnaissance (ISR)", so that "ISR" later joins it.)
            EntityType::Other if c.acronym.is_none() => pending.push(c),
            kind => {
                if let Some(&i) = by_acronym.get(&name) {
                    add(&mut entities, Some(i), c, &name);
                    continue;
                }
                let key = (kind, name.to_lowercase());
                let i = add(&mut entities, by_key.get(&key).copied(), c, &name);
                by_key.insert(key, i);
                if let Some(a) = &c.acronym {
                    by_acronym.insert(a.clone(), i);
                }
            }
        }
    }
    // Pass 2: single names and unknown phrases join a person with that surname, an
    // acronym defined earlier, or stand alone.
    // The persons of two or more words by their first word, kept up to date as entities
    // are added (a scan of every entity per name would be quadratic).
    let opener = |e: &RawEntity| (e.kind == EntityType::Person && e.name.split_whitespace().count() >= 2).then(|| e.name.split_whitespace().next().unwrap_or("").to_string());
    let mut openers: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        if let Some(f) = opener(e) {
            openers.entry(f).or_default().push(i);
        }
    }
    // "Mrs. Obama" and "Mr. Obama" in one article are two people: there a lone surname joins
    // the one full name only if the honorific before it does not say the other gender than its
    // given name ("Mr. Obama" is not Michelle Obama). An honorific alone decides nothing: "Mr.
    // Graham" is Lindsey Graham, whom the list of given names takes for a woman.
    let honorific = |c: &Candidate| c.role.as_deref().map_or(Gender::Unknown, role_gender);
    let mut honorifics: HashMap<String, (bool, bool)> = HashMap::default();
    for c in pending.iter().filter(|c| c.kind == EntityType::Person) {
        let g = honorific(c);
        if g != Gender::Unknown {
            let seen = honorifics.entry(strip_possessive(text.slice(c.range)).to_lowercase()).or_default();
            seen.0 |= g == Gender::Male;
            seen.1 |= g == Gender::Female;
        }
    }
    // What a lone surname joins, by surname and the honorific's gender where that matters:
    // asked once for each (a scan of its bearers for every mention would be quadratic).
    let mut surname_people: HashMap<(String, Gender), Option<usize>> = HashMap::default();
    // Titles alone, for pass 3 ("the Chief Justice’s opinion").
    let mut lone_titles: Vec<&Candidate> = Vec::new();
    for c in pending {
        let count = entities.len();
        let name = strip_possessive(text.slice(c.range)).to_string();
        let toks = tokens_of(&name);
        let both_genders = honorifics.get(&name.to_lowercase()).is_some_and(|&(m, f)| m && f);
        let g = if both_genders { honorific(c) } else { Gender::Unknown };
        // The one person of that surname; or, among one name's bearers told apart by a suffix,
        // the one without it ("Trump" beside "Donald J. Trump" and "Donald Trump Jr.").
        let surname_person = match toks.as_slice() {
            [w] => *surname_people.entry((w.to_lowercase(), g)).or_insert_with(|| {
                let l = by_surname.get(&w.to_lowercase())?;
                let clash = |i: &usize| g != Gender::Unknown && name_gender(&entities[*i].name) != Gender::Unknown && name_gender(&entities[*i].name) != g;
                match l.as_slice() {
                    _ if l.iter().any(clash) => None,
                    [i] => Some(*i),
                    [first, ..] => {
                        let key = person_key(&entities[*first].name);
                        let mut plain = l.iter().filter(|&&i| name_suffix(&entities[i].name).is_none());
                        match (plain.next(), plain.next()) {
                            (Some(&i), None) if l.iter().all(|&i| person_key(&entities[i].name) == key) => Some(i),
                            _ => None,
                        }
                    }
                    [] => None,
                }
            }),
            _ => None,
        };
        // "Franck" after "Franck Robichon": a lone given name joins the one full name it opens.
        let first_of = if toks.len() == 1 && c.kind == EntityType::Person { openers.get(toks[0]).filter(|opens| opens.len() == 1).map(|opens| opens[0]) } else { None };
        if let Some(i) = surname_person {
            add(&mut entities, Some(i), c, &name);
        } else if let Some(i) = first_of {
            add(&mut entities, Some(i), c, &name);
        } else if c.kind == EntityType::Person && toks.len() == 1 && lexicon::titles().contains(toks[0]) && !lexicon::name_titles().contains(toks[0]) {
            lone_titles.push(c);
        } else if let Some(&i) = by_acronym.get(&name) {
            add(&mut entities, Some(i), c, &name);
        } else {
            let kind = c.kind;
            let key = (kind, name.to_lowercase());
            let i = add(&mut entities, by_key.get(&key).copied(), c, &name);
            by_key.insert(key, i);
        }
        if entities.len() > count {
            if let Some(f) = opener(&entities[count]) {
                openers.entry(f).or_default().push(count);
            }
        }
    }
    // Pass 3: a title alone is no name ("the Chief Justice’s opinion"); it is the one person
    // whose role ends in that title, or no one. Not a role that the title only ends: "the
    // President" is not the Vice President.
    if !lone_titles.is_empty() {
        let mut bearers: HashMap<&str, Vec<usize>> = HashMap::default();
        for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == EntityType::Person) {
            for last in e.roles.iter().filter_map(|r| role_title(r)) {
                let list = bearers.entry(last).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        let bearers: HashMap<String, usize> = bearers.into_iter().filter_map(|(t, l)| if let [i] = l[..] { Some((t.to_string(), i)) } else { None }).collect();
        for c in lone_titles {
            let name = strip_possessive(text.slice(c.range)).to_string();
            // (The words before it are the same title, not another role: "Chief".)
            if let Some(&i) = bearers.get(&name) {
                add(&mut entities, Some(i), &Candidate { role: None, ..Candidate::clone(c) }, &name);
            }
        }
    }
    // Names: the fullest form seen; aliases: every other surface form.
    for e in &mut entities {
        let mut surfaces: Vec<String> = Vec::new();
        for m in &e.mentions {
            let s = strip_possessive(text.slice(*m)).to_string();
            if !surfaces.contains(&s) {
                surfaces.push(s);
            }
        }
        if e.kind == EntityType::Person {
            if let Some(best) = surfaces.iter().max_by_key(|s| (tokens_of(s).len(), s.len())) {
                e.name = best.clone();
            }
        }
        e.aliases = surfaces.into_iter().filter(|s| *s != e.name).collect();
        if let Some(a) = &e.acronym {
            e.aliases.retain(|s| s != a);
        }
    }
    entities.retain(|e| !e.mentions.is_empty());
    entities
}

/// Descriptions of people by where they start: those [`descriptions`] finds, and the
/// speakers named by no entity, added as they are resolved (before a description starting
/// at the same place). A map, so that adding one does not move all that follow it.
type Descriptions = std::collections::BTreeMap<(usize, u8), (Range, String)>;

/// Singular descriptions of people in text order: a determiner, a few words, and a person
/// noun ("A senior defense official", "the foreign minister"), without the determiner.
fn descriptions(text: &Text) -> Descriptions {
    let mut out = Descriptions::new();
    for s in &text.sentences {
        for n in s.tokens.clone() {
            let noun = text.tok(n);
            if !lexicon::person_nouns().contains(noun) || noun.ends_with('s') && !noun.ends_with("ss") {
                continue;
            }
            let from = n.saturating_sub(6).max(s.tokens.start);
            let det = (from..n).rev().take_while(|&i| text.tokens[i].kind == TokKind::Word).find(|&i| matches!(text.tok(i), "a" | "an" | "the" | "A" | "An" | "The"));
            // An apposition after a name describes that person: "Ely Ratner, a senior fellow".
            let apposition = |d: usize| d > s.tokens.start + 1 && text.tok(d - 1) == "," && is_cap_word(text, d - 2);
            if let Some(d) = det.filter(|&d| !apposition(d)) {
                let r = join(text, d, n + 1);
                out.insert((r.start, 1), (r, text.slice(join(text, d + 1, n + 1)).to_string()));
            }
        }
    }
    out
}

/// Resolves each quote's speaker phrase.
/// Resolves each quote's speaker; with the speakers found by their names alone (see
/// [`Names`]), as (entity, the name's range), new mentions of those entities.
fn resolve_speakers(text: &Text, quotes: &[RawQuote], entities: &[RawEntity]) -> (Vec<Option<Resolved>>, Vec<(usize, Range)>) {
    // Every person mention in text order, for pronouns and to find the entity at a span.
    let mut people: Vec<(Range, usize)> = Vec::new();
    let mut mentions: Vec<(Range, usize)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            mentions.push((*m, i));
            if e.kind == EntityType::Person {
                people.push((*m, i));
            }
        }
    }
    // A name inside someone's quoted words is not who "he" or "she" refers to.
    let mut quoted: Vec<Range> = quotes.iter().filter(|q| q.kind == crate::model::QuoteKind::Direct).flat_map(|q| q.parts.iter().copied()).collect();
    crate::order::sort(&mut quoted);
    people.retain(|p| !within(&quoted, p.0));
    crate::order::sort_by_key(&mut people, |p| p.0.start);
    crate::order::sort_by_key(&mut mentions, |p| p.0.start);
    // Descriptions of people ("a senior defense official"), for "the official" and pronouns.
    let mut descriptions = descriptions(text);
    let mut speakers: Vec<(usize, Resolved)> = Vec::new();
    let mut out = vec![None; quotes.len()];
    // Each sentence's number among those outside quotations: how far back a pronoun looks
    // is counted in these, so that a long quotation does not hide who spoke it.
    let mut narrative = Vec::with_capacity(text.sentences.len());
    let mut n = 0;
    for s in &text.sentences {
        n += usize::from(!within(&quoted, s.range));
        narrative.push(n);
    }
    // Every "he" and "she" outside quotations that speaks no quote: each is resolved in
    // turn, so that the person it stands for is salient for the next one ("She has said
    // … She has gone public … “…,” she said").
    let mut heads: Vec<usize> = quotes.iter().filter_map(|q| q.speaker.map(|s| s.head.start)).collect();
    crate::order::sort(&mut heads);
    let bare: Vec<Range> = text
        .tokens
        .iter()
        .filter(|t| t.kind == TokKind::Word && matches!(&text.src[t.start..t.end], "he" | "He" | "she" | "She"))
        .map(|t| t.range())
        .filter(|r| heads.binary_search(&r.start).is_err() && !within(&quoted, *r))
        .collect();
    // Each person's gender as far as pronouns go: an honorific's, else the given name's,
    // and whether it came from an honorific.
    let genders = entities.iter().map(|e| match e.roles.iter().map(|r| role_gender(r)).find(|&g| g != Gender::Unknown) {
        Some(g) => (g, true),
        None => (name_gender(&e.name), false),
    });
    let genders = genders.collect();
    // Quotes and pronouns in text order, a quote first where both start at one place.
    let mut events: Vec<(usize, Option<Range>, usize)> = quotes.iter().enumerate().filter_map(|(qi, q)| q.speaker.map(|s| (s.span.start, None, qi))).collect();
    events.extend(bare.into_iter().map(|b| (b.start, Some(b), usize::MAX)));
    crate::order::sort_by_key(&mut events, |e| (e.0, e.1.is_some()));
    let known = Known { entities, people, mentions, names: Names::new(entities), narrative, quoted, genders };
    let mut found = Vec::new();
    let mut pronouns: Vec<(Range, usize)> = Vec::new();
    let mut last: Option<(SpeakerPhrase, Resolved)> = None;
    for (pos, pronoun, qi) in events {
        if let Some(b) = pronoun {
            let r = resolve_pronoun(text, pos, &known, &descriptions, &speakers, &pronouns, text.slice(b).eq_ignore_ascii_case("she"));
            pronouns.extend(r.entity.map(|e| (b, e)));
            continue;
        }
        let Some(sp) = quotes[qi].speaker else { continue };
        // A run of quotes by one speaker ("…,” she said, “…”) is one speaker, resolved and
        // counted once.
        if let Some((_, r)) = last.as_ref().filter(|(l, _)| *l == sp) {
            out[qi] = Some(r.clone());
            continue;
        }
        let r = resolve_one(text, sp, &known, &descriptions, &speakers, &pronouns, &mut found);
        if r.entity.is_none() {
            if let Some(n) = &r.name {
                descriptions.insert((sp.head.start, 0), (sp.head, n.clone()));
            }
        } else if matches!(text.slice(sp.head), "he" | "He" | "she" | "She") {
            pronouns.extend(r.entity.map(|e| (sp.head, e)));
        }
        speakers.push((sp.span.start, r.clone()));
        last = Some((sp, r.clone()));
        out[qi] = Some(r);
    }
    (out, found)
}

/// The document's entities by name, for a speaker whose words hold no mention the tagger
/// marked ("“…,” Sanders said" with "Sanders" untagged; a transcript's "PENCE:"): each
/// entity's name and aliases, and each person's surname, lowercased. A key that two
/// entities share names neither.
struct Names {
    by_name: HashMap<String, Option<usize>>,
    by_surname: HashMap<String, Option<usize>>,
}

impl Names {
    fn new(entities: &[RawEntity]) -> Names {
        fn put(map: &mut HashMap<String, Option<usize>>, key: String, e: usize) {
            map.entry(key).and_modify(|v| *v = v.filter(|&x| x == e)).or_insert(Some(e));
        }
        let (mut by_name, mut by_surname) = (HashMap::default(), HashMap::default());
        for (i, e) in entities.iter().enumerate() {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                put(&mut by_name, n.to_lowercase(), i);
            }
            if e.kind == EntityType::Person && e.name.contains(' ') {
                put(&mut by_surname, person_key(&e.name).0, i);
            }
        }
        Names { by_name, by_surname }
    }

    /// The entity that `head` names: the same name or alias, or else the surname of one
    /// person only ("Chairman Reince Priebus", "PENCE"). With it, the words of `head` that
    /// are all of that name (a mention), if they are.
    fn find<'h>(&self, head: &'h str) -> Option<(usize, Option<&'h str>)> {
        let name = strip_possessive(strip_determiner(head.trim()));
        let last = name.split_whitespace().last()?;
        if !last.starts_with(char::is_uppercase) {
            return None;
        }
        if let Some(e) = self.by_name.get(&name.to_lowercase()).copied().flatten() {
            return Some((e, Some(name)));
        }
        let e = self.by_surname.get(&last.to_lowercase()).copied().flatten()?;
        Some((e, (last.len() == name.len()).then_some(name)))
    }
}

/// What speakers are resolved against: the document's entities, their mentions in text
/// order (people's outside quotations apart), and their names.
struct Known<'a> {
    entities: &'a [RawEntity],
    people: Vec<(Range, usize)>,
    mentions: Vec<(Range, usize)>,
    names: Names,
    /// For each sentence, how many sentences outside quotations end with it.
    narrative: Vec<usize>,
    /// The parts of direct quotes, in text order.
    quoted: Vec<Range>,
    /// Each entity's gender, and whether an honorific says so (else its given name does).
    genders: Vec<(Gender, bool)>,
}

fn resolve_one(
    text: &Text,
    sp: SpeakerPhrase,
    known: &Known,
    descriptions: &Descriptions,
    speakers: &[(usize, Resolved)],
    pronouns: &[(Range, usize)],
    found: &mut Vec<(usize, Range)>,
) -> Resolved {
    let Known { entities, mentions, names, .. } = known;
    let head = text.slice(sp.head);
    let named = |i: usize| Resolved { entity: Some(i), name: Some(entities[i].name.clone()) };
    if matches!(head, "he" | "He" | "she" | "She") {
        return resolve_pronoun(text, sp.span.start, known, descriptions, speakers, pronouns, head.eq_ignore_ascii_case("she"));
    }
    if matches!(head, "they" | "They" | "it" | "It") {
        return resolve_group(text, sp.span.start, known, speakers, head.eq_ignore_ascii_case("they"));
    }
    if matches!(head, "we" | "We" | "I") {
        return Resolved { entity: None, name: None };
    }
    // A name: the (last) person with a mention inside the head. Two people joined by "and"
    // ("Mr. Grassley and Mr. Leahy") are no one entity: the words themselves name them.
    let k = mentions.partition_point(|m| m.0.end <= sp.head.start);
    // (Not an owner before a noun for the person who speaks: "Rubio's campaign manager",
    // "Clinton's advisers"; but "Ryan's office" speaks for Ryan.)
    let owner = |r: Range| {
        let rest = &text.src[r.end..sp.head.end];
        let owner_text = &text.src[r.start..r.end];
        let possessive = ["'s", "’s"].iter().any(|p| owner_text.ends_with(p) || rest.starts_with(p))
            || owner_text.trim_end_matches(['\'', '’']).ends_with('s') && (owner_text.ends_with(['\'', '’']) || rest.starts_with(['\'', '’']));
        let rest = rest.strip_prefix(['\'', '’']).unwrap_or(rest);
        let rest = rest.strip_prefix('s').filter(|r| !r.starts_with(char::is_alphanumeric)).unwrap_or(rest).trim_start();
        possessive && rest.starts_with(char::is_lowercase) && rest.split_whitespace().take(4).any(|w| lexicon::person_nouns().contains(w.trim_end_matches([',', '.'])))
    };
    let named_people: Vec<&(Range, usize)> =
        mentions[k..].iter().take_while(|m| m.0.start < sp.head.end).filter(|m| sp.head.contains(m.0) && entities[m.1].kind == EntityType::Person && !owner(m.0)).collect();
    let joined = named_people
        .windows(2)
        .any(|w| w[0].1 != w[1].1 && text.src.get(w[0].0.end..w[1].0.start).is_some_and(|between| between.split_whitespace().any(|x| matches!(x, "and" | "&"))));
    match named_people.last() {
        Some(_) if joined => return Resolved { entity: None, name: Some(head.to_string()) },
        Some((_, e)) => return named(*e),
        None => {}
    }
    if let Some((_, e)) = mentions[k..].iter().take_while(|m| m.0.start < sp.head.end).find(|m| sp.head.contains(m.0)) {
        if !head.split_whitespace().any(|w| lexicon::person_nouns().contains(w.to_lowercase().as_str())) {
            return named(*e);
        }
    }
    if let Some((e, mention)) = names.find(head) {
        if let Some(name) = mention {
            // (`name` is a slice of `head`.)
            let at = sp.head.start + (name.as_ptr() as usize - head.as_ptr() as usize);
            found.push((e, Range::new(at, at + name.len())));
        }
        return named(e);
    }
    if head.to_lowercase().starts_with("the ") {
        return resolve_description(strip_determiner(head), descriptions, sp.span.start);
    }
    Resolved { entity: None, name: Some(strip_determiner(head).to_string()) }
}

/// A "he" or "she": the person most salient where it stands, after Lappin and Leass (1994).
/// Within the pronoun's sentence and the [`SALIENCE_SENTENCES`] before it (sentences wholly
/// inside quotation marks not counted):
/// - each mention of a person outside quotations adds [`RECENT`], and [`SUBJECT`] more when
///   it is the first person its sentence names (in news, most often the subject); an earlier
///   "he" or "she" resolved to a person is a mention of them, for pronouns of its gender;
/// - each quote spoken there adds [`SPEAKER`] to its speaker;
/// - someone unnamed brought in at the head of a sentence ("A senior defense official, …")
///   counts as that sentence's subject; other descriptions count only when they spoke (in
///   hand-checked news, one that had not spoken was the referent once in 98 times).
///
/// Every weight halves with each sentence back. An honorific of the other gender rules a
/// person out; a given name of the other gender, or of neither, only weighs against them
/// (Terry Strada is a widow). The highest total wins, the first found on a tie
/// (descriptions, then names, then pronouns, then speakers, each from the nearest back);
/// with no one in reach, the last person before the pronoun who may be meant.
fn resolve_pronoun(text: &Text, pos: usize, known: &Known, descriptions: &Descriptions, speakers: &[(usize, Resolved)], pronouns: &[(Range, usize)], female: bool) -> Resolved {
    let Known { entities, people, narrative, quoted, genders, .. } = known;
    let (wanted, excluded) = if female { (Gender::Female, Gender::Male) } else { (Gender::Male, Gender::Female) };
    let fit = |e: usize| -> f64 {
        if entities[e].kind != EntityType::Person {
            return 0.0;
        }
        match genders[e] {
            (g, true) if g == excluded => 0.0,
            (_, true) => 1.0,
            (g, false) if g == wanted => 1.0,
            (g, false) if g == excluded => OTHER_NAME_GENDER,
            _ => UNKNOWN_GENDER,
        }
    };
    let at = |pos: usize| text.sentence_at(pos).and_then(|s| narrative.get(s)).copied().unwrap_or(0);
    let here = at(pos);
    let back = |pos: usize| here.saturating_sub(at(pos));
    let weight = |pos: usize| 0.5f64.powi(back(pos) as i32);
    // Someone unnamed by their description's last word: "a spokeswoman" is no "he".
    let unnamed_fit = |noun: &str| match (noun.ends_with("woman"), noun.ends_with("man")) {
        (true, _) => f64::from(u8::from(female)),
        (_, true) => f64::from(u8::from(!female)),
        _ => UNKNOWN_GENDER,
    };
    // Candidates by entity, or as resolved when no entity names them; with their weight.
    let mut scores: Vec<(Result<usize, Resolved>, f64)> = Vec::new();
    let mut add = |r: Result<usize, Resolved>, w: f64| match scores.iter_mut().find(|(x, _)| *x == r) {
        Some(x) => x.1 += w,
        None => scores.push((r, w)),
    };
    // The sentences opened by someone unnamed ("A senior defense official, speaking on the
    // condition of anonymity, called …"); "The president" there is most often a person
    // named before.
    let mut opened = Vec::new();
    for (r, d) in descriptions.range(..(pos, 0)).map(|x| x.1).rev().take(PRONOUN_LOOKBACK) {
        if back(r.start) > SALIENCE_SENTENCES {
            break;
        }
        let first = text.token_at(r.start);
        let last = text.token_at(r.end).saturating_sub(1);
        if !matches!(text.tokens.get(first).map(|t| text.slice(t.range())), Some("A" | "An" | "a" | "an")) || !opens_sentence(text, *r) || within(quoted, *r) {
            continue;
        }
        let f = unnamed_fit(text.tokens.get(last).map_or("", |t| text.slice(t.range())));
        if f > 0.0 {
            add(Err(resolve_description(d, descriptions, r.start)), f * (RECENT + SUBJECT) * weight(r.start));
            opened.extend(text.sentence_at(r.start));
        }
    }
    // Whether the mention at `r` is the first person its sentence names, by name or by an
    // earlier "he" or "she".
    let first = |r: Range| {
        let sentence = text.sentence_at(r.start);
        let before = |list: &[(Range, usize)]| list[..list.partition_point(|p| p.0.start < r.start)].last().is_some_and(|p| text.sentence_at(p.0.start) == sentence);
        !before(people) && !before(pronouns) && !sentence.is_some_and(|s| opened.contains(&s))
    };
    let k_people = people.partition_point(|p| p.0.start < pos);
    let k_pronouns = pronouns.partition_point(|p| p.0.start < pos);
    for list in [&people[..k_people], &pronouns[..k_pronouns]] {
        for p in list.iter().rev().take(PRONOUN_LOOKBACK) {
            if back(p.0.start) > SALIENCE_SENTENCES {
                break;
            }
            // A "he" stands for no woman, a "she" for no man.
            let said = text.slice(p.0);
            let same_gender = !matches!(said, "he" | "He" | "she" | "She") || said.eq_ignore_ascii_case("she") == female;
            let f = if same_gender { fit(p.1) } else { 0.0 };
            if f > 0.0 {
                let w = if first(p.0) { RECENT + SUBJECT } else { RECENT };
                add(Ok(p.1), f * w * weight(p.0.start));
            }
        }
    }
    let k = speakers.partition_point(|s| s.0 < pos);
    for (at, r) in speakers[..k].iter().rev().take(PRONOUN_LOOKBACK) {
        if back(*at) > SALIENCE_SENTENCES {
            break;
        }
        let f = match r.entity {
            Some(e) => fit(e),
            None => match r.name.as_deref() {
                Some(n) if !is_plural(n) => unnamed_fit(n.rsplit(' ').next().unwrap_or(n)),
                _ => 0.0,
            },
        };
        if f > 0.0 {
            add(r.entity.ok_or_else(|| r.clone()), f * SPEAKER * weight(*at));
        }
    }
    let named = |e: usize| Resolved { entity: Some(e), name: Some(entities[e].name.clone()) };
    match scores.into_iter().fold(None, |best: Option<(Result<usize, Resolved>, f64)>, x| if best.as_ref().is_some_and(|b| b.1 >= x.1) { best } else { Some(x) }) {
        Some((Ok(e), _)) => named(e),
        Some((Err(r), _)) => r,
        None => match people[..k_people].iter().rev().take(PRONOUN_LOOKBACK).find(|p| fit(p.1) > 0.0) {
            Some(p) => named(p.1),
            None => Resolved { entity: None, name: None },
        },
    }
}

/// A "they" or an "it" that speaks: the group or organization brought in nearest before
/// it, within its sentence and the [`GROUP_SENTENCES`] before it (not counting sentences
/// inside quotation marks). For "they", a speaker that is an organization or a group
/// ("Democrats", "Pentagon officials"), or the plural that a sentence opens with ("Cruz’s
/// allies bristle at …, they insist", "Several senators said …"), or people it joins by
/// "and" ("Trump and Lewandowski had said …"); for "it", an organization that spoke or that
/// a sentence opens with ("The committee …"), or a thing that speaks opening one ("The
/// congressional report …"). With none in reach, no name: a wrong group is worse than none.
fn resolve_group(text: &Text, pos: usize, known: &Known, speakers: &[(usize, Resolved)], plural: bool) -> Resolved {
    let Known { entities, narrative, quoted, .. } = known;
    let none = Resolved { entity: None, name: None };
    let Some(here) = text.sentence_at(pos) else { return none };
    let back = |si: usize| narrative.get(here).copied().unwrap_or(0).saturating_sub(narrative.get(si).copied().unwrap_or(0));
    let k = speakers.partition_point(|s| s.0 < pos);
    let spoke = speakers[..k].iter().rev().take(PRONOUN_LOOKBACK).take_while(|(at, _)| text.sentence_at(*at).is_some_and(|si| back(si) <= GROUP_SENTENCES)).find(|(_, r)| {
        match (r.entity, &r.name) {
            (Some(e), _) => entities[e].kind == EntityType::Organization,
            (None, Some(n)) => plural && (is_plural(n) || n.contains(" and ")),
            _ => false,
        }
    });
    let subject = (0..=here)
        .rev()
        .take(PRONOUN_LOOKBACK)
        .take_while(|&si| back(si) <= GROUP_SENTENCES)
        .filter(|&si| !within(quoted, text.sentences[si].range))
        // (Not words inside a quotation: "“The report is inaccurate,” it said.")
        .find_map(|si| group_subject(text, si, known, plural).filter(|(r, _)| r.start < pos && !within(quoted, *r)));
    match (spoke, subject) {
        (Some((at, r)), Some((s, _))) if *at >= s.start => r.clone(),
        (_, Some((_, r))) => r,
        (Some((_, r)), None) => r.clone(),
        (None, None) => none,
    }
}

/// How many sentences back a "they" or "it" looks for its group.
const GROUP_SENTENCES: usize = 2;

/// The group that opens sentence `si`'s subject, past an opening "But" or a phrase set off
/// by a comma ("In all, hackers …"): for a plural, its words up to the first plural noun
/// ("Cruz’s allies", "Several Democrats", "many World Bank watchers"), or people joined by
/// "and"; else an organization named first, or a source noun ("The congressional report").
fn group_subject(text: &Text, si: usize, known: &Known, plural: bool) -> Option<(Range, Resolved)> {
    let Known { entities, mentions, .. } = known;
    let s = &text.sentences[si];
    let end = s.tokens.end;
    // (Past a few marks at most: the work per pronoun is bounded, however the text runs.)
    let mut i = s.tokens.start;
    while i < end.min(s.tokens.start + 4) && text.tokens[i].kind != TokKind::Word {
        i += 1;
    }
    if i < end && matches!(text.tok(i), "But" | "And" | "So" | "Still" | "Yet" | "Then" | "Meanwhile" | "However" | "Instead") {
        i += 1;
        i += usize::from(i < end && text.tok(i) == ",");
    }
    // "While many World Bank watchers expect …": the subject of a clause that opens the
    // sentence is there first.
    if i < end && matches!(text.tok(i), "While" | "As" | "Although" | "Though" | "Because" | "If" | "When" | "Since" | "After" | "Before" | "Unless" | "Whether") {
        i += 1;
    } else if i < end
        && text.tokens[i].kind == TokKind::Word
        && lexicon::function_words().contains(text.tok(i))
        // Not a determiner or a quantifier of the subject itself: "Several Democrats,
        // including …, said".
        && !matches!(
            text.tok(i),
            "The" | "A" | "An" | "Several" | "Many" | "Some" | "Most" | "Both" | "Few" | "All" | "Their" | "Those" | "These" | "This" | "That" | "Its" | "His" | "Her" | "Our"
                | "Other" | "Such" | "No" | "Each" | "Every" | "Any" | "Top" | "Senior" | "Local"
        )
    {
        // "In all, …", "For instance, …": a phrase before the subject.
        if let Some(c) = (i + 1..end.min(i + 6)).find(|&j| text.tok(j) == ",") {
            i = c + 1;
        }
    }
    let start = i;
    let mention_at = |j: usize| {
        let at = text.tokens[j].start;
        let k = mentions.partition_point(|m| m.0.end <= at);
        mentions.get(k).filter(|m| m.0.start <= at).map(|m| (m.0, m.1))
    };
    let phrase = |to: usize| {
        let r = Range::new(text.tokens[start].start, text.tokens[to].end);
        (r, Resolved { entity: None, name: Some(strip_determiner(text.slice(r)).to_string()) })
    };
    let (mut people, mut joined) = (Vec::new(), false);
    // Just past a person's name, where only "and", a possessive or a group's noun may go
    // on with the subject ("Trump and Pence", "Trump’s aides", "Trump aides"): "Trump met
    // Putin and Xi" is no group.
    let mut after_name = false;
    let mut j = start;
    while j < end && j < start + 10 {
        let w = text.tok(j);
        if matches!(w, "’s" | "'s" | "’" | "'") {
            after_name = false;
            j += 1;
            continue;
        }
        if text.tokens[j].kind != TokKind::Word {
            break;
        }
        if after_name && !matches!(w, "and" | "&") && mention_at(j).is_none() && !speaks_as_plural(w) {
            return None;
        }
        after_name = false;
        if let Some((r, e)) = mention_at(j) {
            match entities[e].kind {
                EntityType::Person => {
                    people.push(e);
                    after_name = true;
                }
                // "Several Democrats said …": a party's members are a group.
                EntityType::Organization if plural && text.slice(r).ends_with('s') && lexicon::parties().contains_key(text.slice(r)) => {
                    return Some(phrase(text.token_at(r.end).saturating_sub(1).max(j)));
                }
                // (Not a dateline's "LOS ANGELES —".)
                EntityType::Organization if !plural && j <= start + 1 && people.is_empty() && !is_upper_word(text.slice(r)) => {
                    return Some((r, Resolved { entity: Some(e), name: Some(entities[e].name.clone()) }));
                }
                _ => {}
            }
            j = text.token_at(r.end).max(j + 1);
            continue;
        }
        if !plural {
            // An organization opens the subject, or a thing that speaks ("The congressional
            // report", "A statement posted on the website"), or nothing does.
            if lexicon::source_nouns().contains(w) && !lexicon::person_nouns().contains(w) {
                return Some(phrase(j));
            }
            if j > start + 3 || ends_noun_phrase(w) || is_plural_noun(w) || j == start && !matches!(w, "The" | "A" | "An") {
                return None;
            }
        } else if w == "and" {
            joined = true;
        } else if is_plural_noun(w) && (speaks_as_plural(w) || !(j > start && lexicon::person_nouns().contains(text.tok(j - 1)))) {
            // (After a person, a word in -s is a verb: "the freshman senator wants"; but
            // "police officers" are a group.) People or bodies that can speak ("economists",
            // "groups", "Republicans"), not "tactics", "rulings" or a sentence's first word
            // that merely has a capital ("Negotiations").
            if !(speaks_as_plural(w) || lexicon::parties().contains_key(w) || lexicon::groups().contains_key(w) || lexicon::demonyms().contains_key(w)) {
                return None;
            }
            // A title before the people it names: "Professors Richard Alba and Nancy Foner".
            let mut last = None;
            let mut n = j + 1;
            while n < end && n < j + 12 {
                match mention_at(n) {
                    Some((r, e)) if entities[e].kind == EntityType::Person => {
                        last = Some(text.token_at(r.end).saturating_sub(1));
                        n = text.token_at(r.end).max(n + 1);
                    }
                    _ if last.is_some() && matches!(text.tok(n), "and" | ",") => n += 1,
                    _ => break,
                }
            }
            return match last {
                Some(l) if l > j => {
                    let r = Range::new(text.tokens[j + 1].start, text.tokens[l].end);
                    Some((r, Resolved { entity: None, name: Some(text.slice(r).to_string()) }))
                }
                _ => Some(phrase(j)),
            };
        } else if ends_noun_phrase(w) {
            break;
        }
        j += 1;
    }
    people.dedup();
    (plural && joined && people.len() >= 2).then(|| phrase(j - 1))
}

/// A word that reads as a plural noun: "allies", "Democrats", "people"; not a verb ("has"),
/// a function word or a word in -ss, -us or -is ("Congress", "status", "this").
fn is_plural_noun(w: &str) -> bool {
    matches!(w, "people" | "People" | "men" | "Men" | "women" | "Women" | "children" | "Children" | "police" | "Police")
        || w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lexicon::function_words().contains(w)
            && !(w.is_ascii() && lexicon::function_words().contains(format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]).as_str()))
            && !lexicon::speech_verbs().contains(w)
            && !matches!(w, "does" | "always" | "perhaps" | "news" | "sometimes" | "politics")
            // Spans of time are no group: "two years ago".
            && !["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "times"].iter().any(|t| t.eq_ignore_ascii_case(w))
}

/// Whether a plural noun names people or bodies that speak: a person noun ("economists",
/// "allies") or a source noun ("groups", "agencies").
fn speaks_as_plural(w: &str) -> bool {
    if w.starts_with(|c: char| c.is_ascii_uppercase()) && w[1..].chars().all(|c| c.is_ascii_lowercase()) {
        // A sentence's first word: "Economists say …".
        return speaks_as_plural(&w.to_ascii_lowercase());
    }
    let listed = |x: &str| lexicon::person_nouns().contains(x) || lexicon::source_nouns().contains(x);
    listed(w) || w.strip_suffix("ies").is_some_and(|stem| listed(&format!("{stem}y"))) || w.strip_suffix("es").is_some_and(listed) || w.strip_suffix('s').is_some_and(listed)
}

/// A word after which a subject has ended: a verb ("is", "repeatedly noted", "said"), a
/// relative word ("that", "who") or a preposition ("at", "of").
fn ends_noun_phrase(w: &str) -> bool {
    crate::quotes::FINITE_VERBS.contains(&w)
        || crate::quotes::PREPOSITIONS.contains(&w)
        || matches!(w, "that" | "who" | "which" | "whose" | "with" | "about" | "against" | "than" | "as")
        || w.len() > 4 && w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with("ly"))
        || lexicon::speech_verbs().contains(w)
}

/// Whether `r` lies wholly inside one of `ranges`, in text order (the parts of direct
/// quotes).
fn within(ranges: &[Range], r: Range) -> bool {
    ranges.get(ranges.partition_point(|q| q.end <= r.start)).is_some_and(|q| q.contains(r))
}

/// Whether `r` starts its sentence, after an opening "But", "And" or "So".
fn opens_sentence(text: &Text, r: Range) -> bool {
    let Some(s) = text.sentence_at(r.start).map(|s| &text.sentences[s]) else { return false };
    let mut first = s.tokens.clone().find(|&i| text.tokens[i].kind == TokKind::Word);
    if let Some(i) = first.filter(|&i| matches!(text.tok(i), "But" | "And" | "So")) {
        first = (i + 1..s.tokens.end).find(|&i| text.tokens[i].kind == TokKind::Word);
    }
    first.is_some_and(|i| text.tokens[i].start == r.start)
}

/// How many sentences back a pronoun looks for the person it stands for.
const SALIENCE_SENTENCES: usize = 4;
/// A mention's weight for being there, for naming its sentence's first person, and a
/// speaker's for speaking (Lappin and Leass: recency 100, subject 80).
const RECENT: f64 = 100.0;
const SUBJECT: f64 = 80.0;
const SPEAKER: f64 = 160.0;
/// How much less likely a person is the pronoun's when their given name is usually of the
/// other gender, or of neither.
const OTHER_NAME_GENDER: f64 = 0.1;
const UNKNOWN_GENDER: f64 = 0.75;

/// "the official" takes the fullest earlier description with the same head noun and words
/// ("senior U.S. defense official").
fn resolve_description(desc: &str, descriptions: &Descriptions, before: usize) -> Resolved {
    let noun = desc.split_whitespace().last().unwrap_or("").to_lowercase();
    let fuller = descriptions
        .range(..(before, 0))
        .map(|x| x.1)
        .rev()
        .take(DESCRIPTION_LOOKBACK)
        .filter(|(_, d)| d.split_whitespace().last().is_some_and(|w| w.to_lowercase() == noun) && contains_words(d, desc))
        .max_by_key(|(r, d)| (d.split_whitespace().count(), std::cmp::Reverse(before - r.start)));
    Resolved { entity: None, name: Some(fuller.map_or(desc, |f| f.1.as_str()).to_string()) }
}

/// How many descriptions back "the official" looks for a fuller one: more than an article
/// holds, and a bound on the work per quote.
const DESCRIPTION_LOOKBACK: usize = 200;

/// How many person mentions, pronouns, descriptions and speakers back a pronoun looks, at
/// most, within [`SALIENCE_SENTENCES`]: a bound on the work per pronoun.
const PRONOUN_LOOKBACK: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Gender {
    Male,
    Female,
    Unknown,
}

/// The gender an honorific or a gendered title in a role says ("Mrs.", "Congressman").
fn role_gender(role: &str) -> Gender {
    for w in role.split_whitespace() {
        match w {
            "Mrs." | "Mrs" | "Ms." | "Ms" | "Miss" | "Madam" | "Queen" | "Princess" | "Lady" | "Dame" | "Congresswoman" | "Chairwoman" | "Spokeswoman" => return Gender::Female,
            "Mr." | "Mr" | "Sir" | "King" | "Prince" | "Lord" | "Congressman" | "Chairman" | "Spokesman" => return Gender::Male,
            _ => {}
        }
    }
    Gender::Unknown
}

/// The usual gender of a name's given name ("Michelle Obama"), by the word list.
fn name_gender(name: &str) -> Gender {
    let first = name.split_whitespace().next().unwrap_or("");
    let first = lexicon::nicknames().get(first).copied().unwrap_or(first);
    match lexicon::given_name_genders().get(first) {
        Some(&"m") => Gender::Male,
        Some(&"f") => Gender::Female,
        _ => Gender::Unknown,
    }
}

fn is_plural(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && w.starts_with(char::is_lowercase))
}

fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest;
        }
    }
    s
}

/// Whether every word of `short` appears in `long` ("senior official" in "senior U.S. defense official").
fn contains_words(long: &str, short: &str) -> bool {
    let words: Vec<String> = long.split_whitespace().map(str::to_lowercase).collect();
    short.split_whitespace().all(|w| words.contains(&w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes;

    fn ents(s: &str) -> Vec<(EntityType, String, Vec<String>, Vec<String>)> {
        analysed(s).entities.into_iter().map(|e| (e.kind, e.name, e.aliases, e.roles)).collect()
    }

    /// The entities of a text, its quotes, and whom each quote's speaker resolves to.
    struct Analysed {
        entities: Vec<RawEntity>,
        quotes: Vec<RawQuote>,
        resolved: Vec<Option<Resolved>>,
        /// The name each speaker resolves to.
        names: Vec<Option<String>>,
    }

    fn analysed(s: &str) -> Analysed {
        let t = Text::new(s);
        let quotes = quotes::extract(&t);
        let (entities, resolved) = extract(&t, &quotes);
        let names = resolved.iter().map(|r| r.as_ref().and_then(|r| r.name.clone())).collect();
        Analysed { entities, quotes, resolved, names }
    }

    /// The people of a text, as (name, number of mentions).
    fn people_and_mentions(text: &str) -> Vec<(String, usize)> {
        analysed(text).entities.into_iter().filter(|e| e.kind == EntityType::Person).map(|e| (e.name, e.mentions.len())).collect()
    }

    fn find<'a>(es: &'a [(EntityType, String, Vec<String>, Vec<String>)], name: &str) -> &'a (EntityType, String, Vec<String>, Vec<String>) {
        es.iter().find(|e| e.1 == name).unwrap_or_else(|| panic!("no entity {name:?} in {es:?}"))
    }

    #[test]
    fn they_and_it_speak_for_the_group_or_body_brought_in_just_before() {
        for (text, name) in [
            ("Military analysts doubted that the plan would work. “The numbers do not add up,” they said.", Some("Military analysts")),
            ("Cruz’s allies bristle at the suggestion that he is to blame. It is a two-way street, they insist.", Some("Cruz’s allies")),
            ("While many Republican lawmakers expect the bill to pass, they say it will need changes in the Senate.", Some("many Republican lawmakers")),
            ("Senators Chuck Grassley and Patrick Leahy wrote to the agency on Monday. “The program is plagued by fraud,” they wrote.", Some("Chuck Grassley and Patrick Leahy")),
            ("The congressional report was released on Thursday. It said the agency had tried to cover up the hacks.", Some("congressional report")),
            // Not a group that speaks, nor a span of time: no name rather than a wrong one.
            ("Republican tactics have changed over the years. “We will win in November,” they said.", None),
            ("Years of talks have led nowhere. “We will not give up,” they said.", None),
            ("Negotiations between the two sides stalled last week. “We remain hopeful,” they said.", None),
            ("Trump met Putin and Xi in Osaka on Saturday. “It was a great meeting,” they said.", None),
            // Not a subject inside the quotation itself.
            ("Parents of the victims met on Monday. “Lawmakers have failed us,” they said.", Some("Parents")),
            ("Several Democrats, including Chuck Schumer and Dick Durbin, criticized the plan. “It is a mistake,” they said.", Some("Several Democrats")),
        ] {
            let a = analysed(text);
            let q = a
                .quotes
                .iter()
                .position(|q| q.speaker.is_some_and(|s| matches!(&text[s.head.start..s.head.end], "they" | "It")))
                .unwrap_or_else(|| panic!("no they/it speaker in {text:?}"));
            assert_eq!(a.names[q].as_deref(), name, "{text:?}");
        }
    }

    #[test]
    fn a_photo_credit_names_nobody_the_article_mentions() {
        let es = ents("Ashton Carter talks with Shinzo Abe in Tokyo on Wednesday. (AP Photo/Anna Kowalski, Pool) (Anna Kowalski/AP)\n\nCarter met Abe again on Thursday, the Associated Press reported.");
        let names: Vec<&str> = es.iter().map(|e| e.1.as_str()).collect();
        assert!(!names.contains(&"Anna Kowalski") && !names.contains(&"Pool"), "{es:?}");
        assert_eq!(find(&es, "Ashton Carter").0, EntityType::Person);
        assert_eq!(find(&es, "Associated Press").0, EntityType::Organization);
        // Outside a caption's credit, the same words are names.
        let es = ents("Anna Kowalski, a photographer for the AP, said the talks went well.");
        assert_eq!(find(&es, "Anna Kowalski").0, EntityType::Person);
    }

    #[test]
    fn long_forms_start_after_any_white_space() {
        // U+0085 (next line) is white space of two bytes: the long form starts after it.
        let long = "x\u{85}Self-Defense Forces";
        assert_eq!(schwartz_hearst("SDF", long).map(|b| &long[b..]), Some("Self-Defense Forces"));
        assert_eq!(schwartz_hearst("SDF", "the\u{3000}Self-Defense Forces"), Some(6));
    }

    #[test]
    fn a_word_the_tagger_calls_a_person_before_another_kind_of_name_is_its_first_word() {
        let words = ["Japan's", "Maritime", "Self-Defense", "Force", "and", "Franck", "Robichon", "World", "War", "II"];
        let spans = vec![(0, 1, "LOC"), (1, 2, "PER"), (2, 4, "ORG"), (5, 6, "PER"), (6, 7, "LOC"), (7, 8, "PER"), (8, 10, "MISC")];
        // Not before a place ("Franck" "Robichon" stay apart, for one sense per document to
        // join), nor a place before an organization.
        let want = vec![(0, 1, "LOC"), (1, 4, "ORG"), (5, 6, "PER"), (6, 7, "LOC"), (7, 10, "MISC")];
        assert_eq!(join_names(&words, spans), want);
        // A listed name with "of" inside it is one name, whatever the tagger made of its parts.
        let words = ["in", "the", "[", "Republic", "of", "Korea", "]", "and", "Bank", "of", "Japan"];
        let spans = vec![(3, 4, "LOC"), (5, 6, "LOC"), (8, 9, "ORG"), (10, 11, "LOC")];
        assert_eq!(join_names(&words, spans), vec![(3, 6, "LOC"), (8, 11, "ORG")]);
        // Nor before a listed organization: "Putin told Merkel NATO was encircling Russia."
        let words = ["Putin", "told", "Merkel", "NATO", "was"];
        let spans = vec![(0, 1, "PER"), (2, 3, "PER"), (3, 4, "ORG")];
        assert_eq!(join_names(&words, spans.clone()), spans);
        // In a sentence, whatever the tagger says of each word.
        let es = ents("Soldiers from Japan's Ground Self-Defense Force train with the US Army.");
        assert_eq!(find(&es, "Ground Self-Defense Force").0, EntityType::Organization);
    }

    #[test]
    fn a_name_with_an_organizations_word_and_no_given_name_is_an_organization() {
        let t = Text::new("He was deputy editor and senior Pentagon correspondent for Defense News, covering policy.");
        let found = tagged_candidates(&t, crate::ner::model().expect("the tagger model"));
        let kinds: Vec<(&str, EntityType)> = found.iter().filter(|c| t.slice(c.range).contains("News")).map(|c| (t.slice(c.range), c.kind)).collect();
        // The tagger calls it a person; with "News" and no given name it is no person.
        assert!(kinds.iter().any(|(s, _)| *s == "Defense News"), "{kinds:?}");
        assert!(kinds.iter().all(|(s, k)| *s != "Defense News" || *k == EntityType::Organization), "{kinds:?}");
    }

    #[test]
    fn common_and_numbered_words_with_capitals_are_no_people() {
        let person = |s: &str, name: &str| ents(s).iter().any(|e| e.0 == EntityType::Person && e.1 == name);
        // No person: a noun the document writes in lowercase more often than with a capital,
        // a numbered part of a text, a unit numbered by an ordinal.
        for (s, name) in [
            (
                "The first revision of the U.S.-Japan Defense Guidelines in 17 years will transform the alliance. The new guidelines allow Japan to act. Under the guidelines, the two sides will plan together.",
                "Defense Guidelines",
            ),
            ("Much attention is paid to reinterpreting Article 9 of the Japanese Constitution to accommodate collective self-defense.", "Article"),
            ("The destroyer is nearby when the Chinese Navy attacks the US 7th Fleet in the Pacific.", "Fleet"),
        ] {
            assert!(!person(s, name), "{s:?}: {:?}", ents(s));
        }
        // Still people, with every mention: a surname written in lowercase once in a subhead,
        // one of someone named in full, a player followed by a score.
        for (s, name, mentions) in [
            ("Push inside GOP to upend Trump. Ad blitz planned; romney to speak out. Ms. Clark met Mitt Romney on Thursday, and Romney has called Trump a fraud.", "Mitt Romney", 2),
            ("Jeff Sessions testified for hours. The sessions ran long, more sessions followed and the last of the sessions ended late, when Senator Leahy thanked Sessions for his patience.", "Jeff Sessions", 2),
            ("Scorers: Mike Vrabel 14, Tom Hayman 3. Vrabel scored first.", "Mike Vrabel", 2),
        ] {
            let a = analysed(s);
            let found = a.entities.iter().find(|e| e.kind == EntityType::Person && e.name == name).map(|e| e.mentions.len());
            assert_eq!(found, Some(mentions), "{s:?}: {:?}", a.entities);
        }
    }

    #[test]
    fn words_of_a_title_are_no_person_but_a_full_name_in_it_is() {
        let people = |s: &str| -> Vec<String> { ents(s).into_iter().filter(|e| e.0 == EntityType::Person).map(|e| e.1).collect() };
        for (s, want) in [
            (
                "A flag display for a meeting between Commandant of the Marine Corps Gen. Joseph F. Dunford Jr. and Gen. Harukazu Saito in Tokyo.",
                vec!["Joseph F. Dunford Jr.", "Harukazu Saito"],
            ),
            ("Christian Rev. Derek Penwell said the world lost a champion.", vec!["Derek Penwell"]),
            ("Such as Chief Petty Officer Lyle White, who pleaded guilty in May.", vec!["Lyle White"]),
        ] {
            assert_eq!(people(s), want, "{s:?}");
        }
        // A title that runs on through "of" still leaves the person named in it.
        let s = "In Washington, Iowa, Pastor Joseph Brown of Marion Avenue Baptist Church plans to preach.";
        assert!(people(s).contains(&"Joseph Brown".to_string()), "{:?}", ents(s));
    }

    #[test]
    fn full_names_with_other_middle_initials_are_other_people() {
        for (name, want) in
            [("George H.W. Bush", "hw"), ("George HW Bush", "hw"), ("George Herbert Walker Bush", "hw"), ("Joseph F. Dunford Jr.", "f"), ("Ash Carter", ""), ("Bush", "")]
        {
            assert_eq!(middle_initials(name), want, "{name}");
        }
        let a = analysed("George W. Bush sent troops, as George H.W. Bush had. George Bush, the son, spoke first; Joseph F. Dunford Jr. and Joseph Dunford are one general.");
        let people: Vec<(&str, usize)> = a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| (e.name.as_str(), e.mentions.len())).collect();
        assert_eq!(people, vec![("George W. Bush", 2), ("George H.W. Bush", 1), ("Joseph F. Dunford Jr.", 2)], "{:?}", a.entities);
    }

    #[test]
    fn a_name_ends_before_the_sentences_stop() {
        // The tagger may take the stop into its span; an abbreviation keeps its own.
        for (text, want) in [
            ("Bolton said that voters “should not make it on the basis that Hillary will somehow be better for national security than Barack Obama.”", "Barack Obama"),
            ("The talks were led by Joseph F. Dunford Jr.", "Joseph F. Dunford Jr."),
        ] {
            let names: Vec<String> = analysed(text).entities.into_iter().map(|e| e.name).collect();
            assert!(names.iter().any(|n| n == want), "{text}: {names:?}");
        }
    }

    #[test]
    fn a_suffix_tells_a_father_from_his_son() {
        // (text, the people as (name, mentions))
        let cases: [(&str, &[(&str, usize)]); 7] = [
            // The father with his middle initial, the son with "Jr.": two people; the surname
            // alone is the one without a suffix.
            ("Donald J. Trump claimed the nomination. Donald Trump Jr. spoke for his father. Mr. Trump thanked the delegates.", &[("Donald J. Trump", 2), ("Donald Trump Jr.", 1)]),
            // The son first.
            (
                "Donald Trump Jr. spoke for his father on Tuesday. Donald J. Trump claimed the nomination. Mr. Trump thanked the delegates.",
                &[("Donald Trump Jr.", 1), ("Donald J. Trump", 2)],
            ),
            // "Sr." tells the father from the son named without it, either first.
            (
                "Rep. Duncan Hunter endorsed Trump on Wednesday. His father, Duncan Hunter Sr., ran for president in 2008. Hunter spoke to Politico.",
                &[("Duncan Hunter", 2), ("Duncan Hunter Sr.", 1)],
            ),
            (
                "Duncan Hunter Sr. ran for president in 2008. His son, Duncan Hunter, endorsed Trump on Wednesday. Hunter spoke to Politico.",
                &[("Duncan Hunter Sr.", 1), ("Duncan Hunter", 2)],
            ),
            // Other suffixes, other people; the surname alone is either.
            (
                "The pastor Charles Elliott III spoke first. His father, the Rev. Charles Elliott Jr., knew Ali for decades. Elliott said the service was long.",
                &[("Charles Elliott III", 1), ("Charles Elliott Jr.", 1), ("Ali", 1), ("Elliott", 1)],
            ),
            // A suffix is often left off: the same person.
            ("The opinion was written by John G. Roberts Jr. on Monday. John Roberts said nothing else.", &[("John G. Roberts Jr.", 2)]),
            ("Brent Bozell III, the founder of the Media Research Center, spoke on Monday. Brent Bozell said the group would not endorse.", &[("Brent Bozell III", 2)]),
        ];
        for (text, want) in cases {
            assert_eq!(people_and_mentions(text), want.iter().map(|(n, k)| (n.to_string(), *k)).collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn an_honorific_of_the_other_gender_keeps_a_surname_apart_when_the_article_has_both() {
        // (text, the people as (name, mentions))
        let cases: [(&str, &[(&str, usize)]); 3] = [
            // "Mrs. Obama" and "Mr. Obama" in one article: "Mr. Obama" is not Michelle Obama.
            (
                "Michelle Obama spoke in Philadelphia on Tuesday. Mrs. Obama told the crowd the election mattered. Mr. Obama, who is traveling in Asia, said he would campaign next week.",
                &[("Michelle Obama", 2), ("Obama", 1)],
            ),
            // "Mr. Clinton" beside Hillary Clinton, named in full, and "Mrs. Clinton".
            (
                "Hillary Clinton spoke in Ohio. Donald Trump attacked Mr. Clinton's personal life after Mrs. Clinton accused him of sexism.",
                &[("Hillary Clinton", 2), ("Donald Trump", 1), ("Clinton", 1)],
            ),
            // An honorific alone decides nothing: the list takes Lindsey for a woman's name.
            ("Senator Lindsey Graham of South Carolina spoke on Sunday. Mr. Graham said the vote would wait.", &[("Lindsey Graham", 2)]),
        ];
        for (text, want) in cases {
            assert_eq!(people_and_mentions(text), want.iter().map(|(n, k)| (n.to_string(), *k)).collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn a_name_ends_at_a_common_word() {
        let cases: [(&[&str], Vec<(usize, usize, &str)>, Vec<(usize, usize, &str)>); 10] = [
            // Cut at the common word; what follows is a name of its own only with a capital.
            (&["Clinton", "didn", "’", "t", "say"], vec![(0, 4, "PER")], vec![(0, 1, "PER")]),
            (&["the", "Ipsos", "poll", "found"], vec![(1, 3, "ORG")], vec![(1, 2, "ORG")]),
            (&["Ground", "Self-Defense", "Force", "during", "Operation", "Orient", "Shield"], vec![(0, 7, "ORG")], vec![(0, 3, "ORG"), (4, 7, "ORG")]),
            // A given name after the cut opens a person.
            (&["Senate", "candidate", "Russ", "Feingold", "said"], vec![(0, 4, "ORG")], vec![(0, 1, "ORG"), (2, 4, "PER")]),
            // After a person, only a name of two words or more; never a day.
            (&["Clinton", "began", "Sunday", "and", "Roosevelt", "won", "the", "Democratic"], vec![(0, 3, "PER"), (4, 8, "PER")], vec![(0, 1, "PER"), (4, 5, "PER")]),
            (&["Clinton", "spokesman", "Nick", "Merrill", "said"], vec![(0, 4, "PER")], vec![(0, 1, "PER"), (2, 4, "PER")]),
            (&["Pentagon", "spokesman", "Navy", "on", "Monday"], vec![(0, 5, "ORG")], vec![(0, 1, "ORG"), (2, 3, "ORG")]),
            // A span with no common word stays as it was, whatever its neighbours.
            (&["Bank", "of", "and", "Clinton", "didn"], vec![(0, 2, "ORG"), (3, 5, "PER")], vec![(0, 2, "ORG"), (3, 4, "PER")]),
            // Connectors and prefixed capitals stay inside.
            (&["Bank", "of", "America", "and", "Bashar", "al-Assad"], vec![(0, 3, "ORG"), (4, 6, "PER")], vec![(0, 3, "ORG"), (4, 6, "PER")]),
            (&["University", "of", "Texas", "at", "Austin", "in", "May"], vec![(0, 6, "ORG")], vec![(0, 5, "ORG")]),
        ];
        for (words, spans, want) in cases {
            assert_eq!(split_at_common_words(words, spans), want, "{words:?}");
        }
        let es = ents("Soldiers from the US Army train with representatives from Japan's Ground Self-Defense Force during Operation Orient Shield in October.");
        assert_eq!(find(&es, "Ground Self-Defense Force").0, EntityType::Organization, "{es:?}");
    }

    #[test]
    fn an_organizations_name_goes_on_through_for_or_on() {
        let orgs = |s: &str| -> Vec<String> { ents(s).into_iter().filter(|e| e.0 == EntityType::Organization).map(|e| e.1).collect() };
        for (s, want) in [
            ("Ely Ratner, a senior fellow at the Center for New American Security, a Washington think tank, said so.", vec!["Center for New American Security"]),
            ("Analysts at the Center for Strategic and International Studies disagreed.", vec!["Center for Strategic and International Studies"]),
            ("He testified before the House Select Committee on Benghazi in October.", vec!["House Select Committee on Benghazi"]),
            // Not into a day, a place the body is on, or a person.
            ("The debate was shown by CBS News on Super Tuesday.", vec!["CBS"]),
            ("The debate is at Hofstra University on Long Island.", vec!["Hofstra University"]),
            ("Wealthy voters abandon the Republican Party for Hillary Clinton.", vec!["Republican Party"]),
        ] {
            assert_eq!(orgs(s), want, "{s:?}: {:?}", ents(s));
        }
    }

    #[test]
    fn an_organizations_word_then_for_or_on_and_a_name_is_one_name() {
        let words = ["the", "National", "Graduate", "Institute", "for", "Policy", "Studies", "and", "Obama", "for", "America", "Council", "on", "Foreign", "Relations"];
        let spans = vec![(1, 4, "ORG"), (5, 7, "ORG"), (8, 9, "PER"), (10, 11, "LOC"), (11, 12, "ORG"), (13, 15, "ORG")];
        assert_eq!(join_names(&words, spans), vec![(1, 7, "ORG"), (8, 9, "PER"), (10, 11, "LOC"), (11, 15, "ORG")]);
        // Not a place after it, nor after a person.
        let words = ["the", "Security", "Council", "on", "North", "Korea", "and", "Frank", "Church", "on", "Vietnam", "Policy", "Council"];
        let spans = vec![(1, 3, "ORG"), (4, 6, "LOC"), (7, 9, "PER"), (10, 13, "ORG")];
        assert_eq!(join_names(&words, spans.clone()), spans);
    }

    #[test]
    fn a_listed_name_of_several_words_is_one_name_whatever_the_tagger_made_of_it() {
        let words = ["in", "Charleston", ",", "South", "Carolina", ";", "and", "New", "York", "Times", "and", "New", "York"];
        let spans = vec![(1, 2, "LOC"), (3, 4, "LOC"), (4, 6, "PER"), (7, 10, "ORG"), (11, 12, "LOC"), (12, 13, "ORG")];
        assert_eq!(listed_names_whole(&words, spans), vec![(1, 2, "LOC"), (3, 5, "LOC"), (7, 10, "ORG"), (11, 13, "LOC")]);
        // Untagged, it stays untagged; tagged whole, it stays as it was.
        let words = ["the", "New", "York", "primary", "in", "South", "Carolina"];
        assert_eq!(listed_names_whole(&words, vec![(5, 7, "PER")]), vec![(5, 7, "PER")]);
        assert_eq!(listed_names_whole(&words, vec![]), vec![]);
    }

    #[test]
    fn a_given_name_before_a_persons_name_is_part_of_it() {
        let words = ["the", "FBI", "’s", "probe", "into", "Hillary", "Clinton", "’s", "use"];
        assert_eq!(given_name_before_person(&words, vec![(1, 2, "ORG"), (6, 7, "PER")]), vec![(1, 2, "ORG"), (5, 7, "PER")]);
        // Also at a sentence's start.
        let words = ["Hillary", "Clinton", "closed", "her", "victory", "speech", "on", "Tuesday", "."];
        assert_eq!(given_name_before_person(&words, vec![(1, 2, "PER")]), vec![(0, 2, "PER")]);
        // Not at a clause's opening, nor a listed place, nor a word of another name.
        for (words, spans) in [
            (vec!["Will", "Clinton", "win", "?"], vec![(1, 2, "PER")]),
            (vec!["“", "Will", "Clinton", "win", "?"], vec![(2, 3, "PER")]),
            (vec!["said", "Georgia", "Clinton"], vec![(2, 3, "PER")]),
            (vec!["the", "senator", "Hillary", "Clinton", "said"], vec![(2, 3, "PER"), (3, 4, "PER")]),
            (vec!["said", "Will", "Clinton"], vec![(0, 1, "PER"), (2, 3, "LOC")]),
        ] {
            assert_eq!(given_name_before_person(&words, spans.clone()), spans, "{words:?}");
        }
    }

    #[test]
    fn a_given_name_tagged_alone_as_another_kind_before_a_person_is_part_of_the_name() {
        let words = ["Fox", "News", "host", "Megyn", "Kelly", "’s", "coverage"];
        assert_eq!(given_name_before_person(&words, vec![(0, 2, "ORG"), (3, 4, "ORG"), (4, 5, "PER")]), vec![(0, 2, "ORG"), (3, 5, "PER")]);
        // Not a longer name before it, nor one that is not a given name.
        let words = ["the", "New", "Hampshire", "Smith", "said"];
        let spans = vec![(1, 3, "LOC"), (3, 4, "PER")];
        assert_eq!(given_name_before_person(&words, spans.clone()), spans);
        let words = ["the", "Ipsos", "Smith", "said"];
        let spans = vec![(1, 2, "ORG"), (2, 3, "PER")];
        assert_eq!(given_name_before_person(&words, spans.clone()), spans);
    }

    #[test]
    fn the_capitalised_word_after_a_middle_initial_is_the_surname() {
        let words = ["led", "by", "Donald", "J.", "Trump", "have", "tapped"];
        assert_eq!(join_names(&words, vec![(2, 3, "PER"), (4, 5, "MISC")]), vec![(2, 5, "PER")]);
        assert_eq!(join_names(&words, vec![(2, 3, "PER")]), vec![(2, 5, "PER")]);
        // A person's name the tagger ran on from the surname goes on with it.
        let words = ["Judge", "Julie", "A.", "Diaz", "Martinez", "ruled"];
        assert_eq!(join_names(&words, vec![(1, 2, "PER"), (3, 5, "PER")]), vec![(1, 5, "PER")]);
        // A listed abbreviation is no initial: "Washington D.C. Mayor".
        let words = ["in", "Washington", "D.C.", "Mayor", "Bowser", "said"];
        assert_eq!(join_names(&words, vec![(1, 2, "PER"), (4, 5, "PER")]), vec![(1, 2, "PER"), (4, 5, "PER")]);
        // Initials run on ("George H. W. Bush"), then the suffix.
        let words = ["George", "H.", "W.", "Bush", "Jr.", "said"];
        assert_eq!(join_names(&words, vec![(0, 1, "PER"), (3, 4, "ORG")]), vec![(0, 5, "PER")]);
        // A suffix the tagger made a person of its own is the name's.
        let words = ["Rep.", "Sanford", "Bishop", "Jr.", "said"];
        assert_eq!(join_names(&words, vec![(1, 3, "PER"), (3, 4, "PER")]), vec![(1, 4, "PER")]);
    }

    #[test]
    fn a_given_name_alone_takes_the_untagged_capitalised_word_after_it() {
        let words = ["Maryland", "Gov.", "Martin", "O’Malley", "’s", "campaign"];
        assert_eq!(surname_after_given_name(&words, vec![(0, 1, "LOC"), (2, 3, "PER")]), vec![(0, 1, "LOC"), (2, 4, "PER")]);
        for words in [
            ["the", "Marine", "Corps", "said"],
            ["told", "Martin", "Monday", "that"],
            ["told", "Ben", "Paris", "was"],
            ["and", "Martin", "The", "Band"],
            ["and", "Martin", "NATO", "said"],
        ] {
            let spans = vec![(1, 2, "PER")];
            assert_eq!(surname_after_given_name(&words, spans.clone()), spans, "{words:?}");
        }
        // Nor in a title-case headline, where the word after may be a verb.
        let words = ["Melania", "Defends", "Speech", "After", "Criticism"];
        assert_eq!(surname_after_given_name(&words, vec![(0, 1, "PER")]), vec![(0, 1, "PER")]);
        // Not over a word another span takes.
        let words = ["Martin", "Luther", "King"];
        let spans = vec![(0, 1, "PER"), (1, 3, "PER")];
        assert_eq!(surname_after_given_name(&words, spans.clone()), spans);
    }

    #[test]
    fn initials_alone_take_the_surname_that_opens_the_next_span() {
        // (words, the tagger's spans, the spans after)
        let cases: [(&[&str], Vec<(usize, usize, &str)>, Vec<(usize, usize, &str)>); 7] = [
            (&["Chairman", "G.K.", "Butterfield", "of", "North", "Carolina", "said"], vec![(1, 2, "PER"), (2, 6, "LOC")], vec![(1, 3, "PER"), (4, 6, "LOC")]),
            (&["G.K.", "Butterfield", "said"], vec![(0, 1, "PER"), (1, 2, "ORG")], vec![(0, 2, "PER")]),
            // Not a listed abbreviation, nor over a word in capitals or a gap.
            (&["the", "U.S.", "Congress", "voted"], vec![(1, 2, "PER"), (2, 3, "ORG")], vec![(1, 2, "PER"), (2, 3, "ORG")]),
            (&["J.R.", "NBC", "News"], vec![(0, 1, "PER"), (1, 3, "ORG")], vec![(0, 1, "PER"), (1, 3, "ORG")]),
            // Overlapping spans, the first ending the sentence: nothing to take.
            (&["Joseph", "Dunford", "Jr."], vec![(0, 3, "PER"), (2, 3, "MISC")], vec![(0, 3, "PER"), (2, 3, "MISC")]),
            // Nor over a gap.
            (&["G.K.", "the", "Butterfield", "said"], vec![(0, 1, "PER"), (2, 3, "ORG")], vec![(0, 1, "PER"), (2, 3, "ORG")]),
            // Nor a function word opening a sentence: "… and AT&T. And in Georgia".
            (&["T.", "And", "in", "Georgia"], vec![(0, 1, "PER"), (1, 2, "LOC")], vec![(0, 1, "PER"), (1, 2, "LOC")]),
        ];
        for (words, spans, want) in cases {
            assert_eq!(surname_after_initials(words, spans), want, "{words:?}");
        }
    }

    #[test]
    fn a_role_ends_in_its_title_unless_a_word_before_makes_it_another() {
        for (role, want) in
            [("Chief Justice", Some("Justice")), ("Rep.", Some("Rep.")), ("Vice President", None), ("Press Secretary", None), ("Deputy Secretary of State", None), ("", None)]
        {
            assert_eq!(role_title(role), want, "{role:?}");
        }
    }

    #[test]
    fn a_title_at_the_head_of_a_persons_name_is_no_word_of_it() {
        // (words, the tagger's spans, the spans after)
        let cases: [(&[&str], Vec<(usize, usize, &str)>, Vec<(usize, usize, &str)>); 10] = [
            (&["Chief", "Justice", "John", "G.", "Roberts", "Jr.", "wrote"], vec![(0, 6, "PER")], vec![(2, 6, "PER")]),
            (&["Senator", "Sanders", "said"], vec![(0, 2, "PER")], vec![(1, 2, "PER")]),
            // A title that names its bearer stays; so does a title alone, and a body's name.
            (&["Pope", "Francis", "said"], vec![(0, 2, "PER")], vec![(0, 2, "PER")]),
            (&["the", "Justice", "’s", "opinion"], vec![(1, 2, "PER")], vec![(1, 2, "PER")]),
            (&["the", "Justice", "Department", "said"], vec![(1, 3, "ORG")], vec![(1, 3, "ORG")]),
            // A title inside: the person after it; before it, what a list knows, or nothing.
            (&["South", "Carolina", "Sen.", "Lindsey", "Graham", "said"], vec![(1, 5, "PER")], vec![(3, 5, "PER")]),
            (&["Clark", "County", "Sheriff", "Joe", "Lombardo", "said"], vec![(0, 5, "PER")], vec![(3, 5, "PER")]),
            (&["Texas", "Lt.", "Gov.", "Dan", "Patrick", "said"], vec![(0, 5, "PER")], vec![(0, 1, "LOC"), (3, 5, "PER")]),
            (&["Martin", "Luther", "King", "Jr.", "spoke"], vec![(0, 4, "PER")], vec![(0, 4, "PER")]),
            // A title before a suffix is the surname: "Rep. Sanford Bishop Jr.".
            (&["Rep.", "Sanford", "Bishop", "Jr.", "said"], vec![(0, 4, "PER")], vec![(1, 4, "PER")]),
        ];
        for (words, spans, want) in cases {
            assert_eq!(title_off_person(words, spans), want, "{words:?}");
        }
        // The title becomes the role; a title alone is the one person who bears it, or no one.
        let a = analysed("Chief Justice John G. Roberts Jr. wrote the opinion on Monday. The Chief Justice’s opinion ran to 40 pages, and the Mayor’s office said nothing.");
        let people: Vec<(&str, usize, &[String])> =
            a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| (e.name.as_str(), e.mentions.len(), e.roles.as_slice())).collect();
        assert_eq!(people, vec![("John G. Roberts Jr.", 2, &["Chief Justice".to_string()][..])], "{:?}", a.entities);
        // Two bear it: the title alone is neither.
        let a = analysed("Chief Justice John Roberts and Chief Justice Earl Warren wrote very different opinions. There may be a causal connection between the Chief Justice’s opinion and Trump’s position.");
        let people: Vec<(&str, usize)> = a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| (e.name.as_str(), e.mentions.len())).collect();
        assert_eq!(people, vec![("John Roberts", 1), ("Earl Warren", 1), ("Trump", 1)], "{:?}", a.entities);
    }

    #[test]
    fn operation_and_the_capitalised_words_after_it_are_one_name() {
        let words = ["during", "Operation", "Orient", "Shield", "in", "Hokkaido", "and", "Operation", "Desert", "Storm"];
        let spans = vec![(0, 2, "ORG"), (3, 4, "PER"), (5, 6, "LOC"), (8, 9, "MISC")];
        assert_eq!(operations_whole(&words, spans), vec![(1, 4, "MISC"), (5, 6, "LOC"), (7, 10, "MISC")]);
        // Not "Operation" alone, nor before a lowercase word or a date.
        let words = ["the", "Operation", "was", "in", "Operation", "May"];
        let spans = vec![(1, 2, "ORG")];
        assert_eq!(operations_whole(&words, spans.clone()), spans);
        // Many in one sentence: one pass, no recursion.
        let words: Vec<&str> = ["Operation", "Foo", "and"].repeat(100_000);
        let spans: Vec<(usize, usize, &str)> = (0..100_000).map(|i| (3 * i + 1, 3 * i + 2, "PER")).collect();
        let got = operations_whole(&words, spans);
        assert_eq!(got.len(), 100_000);
        // The name ends before a title or a given name.
        let words = ["Operation", "Warp", "Speed", "Chief", "Adviser", "Moncef", "Slaoui", "said"];
        assert_eq!(operations_whole(&words, vec![(5, 7, "PER")]), vec![(0, 3, "MISC"), (5, 7, "PER")]);
        let words = ["Operation", "Warp", "Speed", "Moncef", "Slaoui"];
        assert_eq!(operations_whole(&words, vec![(3, 5, "PER")]), vec![(0, 3, "MISC"), (3, 5, "PER")]);
        assert!(got.iter().enumerate().all(|(i, s)| *s == (3 * i, 3 * i + 2, "MISC")));
    }

    /// Candidates over `text` for each (needle, kind): the needle's occurrences in order.
    fn cands(text: &str, parts: &[(&str, EntityType)]) -> Vec<Candidate> {
        let mut from = 0;
        parts
            .iter()
            .map(|(needle, kind)| {
                let start = from + text[from..].find(needle).expect("the needle is in the text");
                from = start + needle.len();
                Candidate { range: Range::new(start, from), kind: *kind, canonical: None, role: None, acronym: None }
            })
            .collect()
    }

    #[test]
    fn a_name_is_of_the_kind_the_tagger_gave_it_most_often_in_the_article() {
        use EntityType::{Organization as Org, Person as Per, Place};
        let s = "Mitt Romney spoke. Mitt Romney won. The win for Mitt Romney. Washington said. Washington agreed. In Washington.";
        let t = Text::new(s);
        let mut c = cands(s, &[("Mitt Romney", Per), ("Mitt Romney", Per), ("Mitt Romney", Org), ("Washington", Per), ("Washington", Place)]);
        one_kind_per_name(&t, &mut c);
        assert_eq!(c.iter().map(|c| c.kind).collect::<Vec<_>>(), [Per, Per, Per, Per, Place], "a tie keeps each its own");
        // A listed name keeps its kind: "troops in Jordan" beside "Jordan said" twice.
        let s = "Jordan said. Jordan added. Troops in Jordan.";
        let t = Text::new(s);
        let mut c = cands(s, &[("Jordan", Per), ("Jordan", Per), ("Jordan", Place)]);
        c[2].canonical = Some("Jordan".into());
        one_kind_per_name(&t, &mut c);
        assert_eq!(c.iter().map(|c| c.kind).collect::<Vec<_>>(), [Per, Per, Place]);
    }

    #[test]
    fn two_words_ending_in_a_name_the_article_calls_a_person_are_that_person() {
        use EntityType::{Organization as Org, Person as Per};
        let s = "Narushige Michishita, a professor, agreed. Michishita said so. The Bush Foundation and Bush.";
        let t = Text::new(s);
        let mut c = cands(s, &[("Narushige Michishita", Org), ("Michishita", Per), ("Bush Foundation", Org), ("Bush", Per)]);
        surnames_are_people(&t, &mut c);
        assert_eq!(c.iter().map(|c| c.kind).collect::<Vec<_>>(), [Per, Per, Org, Per]);
    }

    #[test]
    fn a_partys_word_at_the_end_of_a_persons_name_is_the_party_and_no_surname() {
        use EntityType::{Organization as Org, Person as Per};
        // The tagger's person "Carolina Republican" makes no person of the party elsewhere.
        let s = "Cruz won the South Carolina Republican primary. It takes 1,237 delegates to win the Republican nomination.";
        let t = Text::new(s);
        let mut c = cands(s, &[("Carolina Republican", Per), ("Republican", Org)]);
        surnames_are_people(&t, &mut c);
        assert_eq!(c[1].kind, Org);
        let w = |s: &'static str| s.split(' ').collect::<Vec<&str>>();
        let cases: Vec<(&str, Vec<(usize, usize, &str)>, Vec<(usize, usize, &str)>)> = vec![
            ("Cruz won the South Carolina Republican primary", vec![(0, 1, "PER"), (3, 4, "LOC"), (4, 6, "PER")], vec![(0, 1, "PER"), (3, 4, "LOC"), (5, 6, "ORG")]),
            ("said an Orlando Republican , Jane Doe", vec![(2, 4, "PER"), (5, 7, "PER")], vec![(2, 3, "LOC"), (3, 4, "ORG"), (5, 7, "PER")]),
            ("Trump Leads Among Republicans In Poll", vec![(0, 1, "PER"), (2, 4, "PER")], vec![(0, 1, "PER"), (3, 4, "ORG")]),
            ("Democrat Hillary Clinton said", vec![(0, 3, "PER")], vec![(0, 1, "ORG"), (1, 3, "PER")]),
        ];
        for (text, spans, want) in cases {
            assert_eq!(party_before_person(&w(text), spans), want, "{text}");
        }
    }

    #[test]
    fn a_name_before_administration_a_listed_name_and_a_body_word_keep_their_kind() {
        let es = ents("The Fed kept rates low at the behest of the Obama administration, officials said.");
        assert_eq!(find(&es, "Obama").0, EntityType::Person);
        // Not a party's word, nor initials.
        for s in ["Critics said a Democratic administration would raise taxes.", "Students said the UCLA administration ignored them."] {
            let es = ents(s);
            assert!(!es.iter().any(|e| e.0 == EntityType::Person && matches!(e.1.as_str(), "Democratic" | "UCLA")), "{s:?}: {es:?}");
        }
        let es = ents("WASHINGTON — Officials in Washington said the Democratic National Committee met.");
        assert_eq!(find(&es, "Washington").0, EntityType::Place);
        assert_eq!(find(&es, "Democratic National Committee").0, EntityType::Organization);
    }

    #[test]
    fn a_partys_word_is_the_party_and_comes_off_a_persons_name() {
        let es = ents("The bill passed with the votes of Republicans, and Democrat Elijah Cummings of Maryland called it a stunt.");
        assert_eq!(find(&es, "Republican Party").0, EntityType::Organization, "{es:?}");
        assert_eq!(find(&es, "Democratic Party").0, EntityType::Organization, "{es:?}");
        assert_eq!(find(&es, "Elijah Cummings").0, EntityType::Person, "{es:?}");
        let words = ["Democratic", "Socialists", "and", "Republican", "Donald", "Trump"];
        assert_eq!(party_before_person(&words, vec![(0, 2, "PER"), (3, 6, "PER")]), vec![(0, 2, "PER"), (3, 4, "ORG"), (4, 6, "PER")]);
    }

    #[test]
    fn a_word_that_never_starts_a_name_is_none_where_a_clause_opens() {
        for s in [
            "PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”",
            "WALLACE: Do you really see those two as equivalent?",
            "My great grandma worked in the fields all her life. Furthermore, his obnoxious views on women are not progressive.",
        ] {
            let es = ents(s);
            assert!(es.iter().all(|e| !matches!(e.1.as_str(), "Well" | "Do" | "Furthermore")), "{s}: {es:?}");
        }
    }

    #[test]
    fn a_demonym_alone_is_a_nationality_whatever_the_tagger_says() {
        let es = ents("“Trump must stop portraying Latinos as dangerous gangsters when most of us are hard-working,” she wrote.");
        assert_eq!(find(&es, "Latinos").0, EntityType::Nationality, "{es:?}");
        // Not someone's surname.
        let cands = |s: &str| {
            let t = Text::new(s);
            let mut cs = vec![Candidate { range: Range::new(0, 12), kind: EntityType::Person, canonical: None, role: None, acronym: None }];
            let at = s.rfind("French").unwrap_or(0);
            cs.push(Candidate { range: Range::new(at, at + 6), kind: EntityType::Person, canonical: None, role: None, acronym: None });
            groups_are_no_people(&t, &mut cs);
            cs.iter().map(|c| c.kind).collect::<Vec<_>>()
        };
        assert_eq!(cands("David French wrote it. French said."), [EntityType::Person, EntityType::Person]);
        assert_eq!(cands("Ana Gasteyer wrote it. French said."), [EntityType::Person, EntityType::Nationality]);
    }

    #[test]
    fn a_body_named_after_a_person_of_the_article_is_an_organization() {
        let es = ents("On Tuesday, Hillary Clinton defended the Clinton Foundation. Later, Sen. Frank Church spoke.");
        assert_eq!(find(&es, "Clinton Foundation").0, EntityType::Organization, "{es:?}");
        assert_eq!(find(&es, "Frank Church").0, EntityType::Person, "{es:?}");
        let es = ents("“It is a threat,” said Mujtaba Rahman of the Eurasia Group, a political risk and consulting firm.");
        assert_eq!(find(&es, "Eurasia Group").0, EntityType::Organization, "{es:?}");
    }

    #[test]
    fn a_title_case_headline_cuts_names_at_its_common_words() {
        let es =
            ents("Obama Says African-American Museum Will Tell Story Of Who We Are\n\nThe museum will tell the story of the nation, President Obama said, and he says it matters.");
        assert!(es.iter().any(|e| e.1 == "Obama") && es.iter().all(|e| !e.1.contains("Says") && !e.1.contains("Museum")), "{es:?}");
        // In a title, a word the article never writes with a capital is no name, nor part of one.
        let es =
            ents("Media Reports Reveal Reason Behind Firing Of Trump’s Campaign Manager.\n\nThe campaign manager was fired by Donald Trump on Monday, according to media reports.");
        assert_eq!(es.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), ["Donald Trump"], "{es:?}");
        let es = ents("Donald Trump Sounds Weirdly Sophisticated With A British Accent.\n\nIn a video, Trump read his speech in the voice of a London banker.");
        assert!(es.iter().any(|e| e.1 == "Donald Trump") && es.iter().all(|e| !e.1.contains("Sounds") && !e.1.contains("Weirdly")), "{es:?}");
        // A title's name that the article writes only at a sentence's start is kept whole.
        let es = ents("Carly Fiorina Endorses Ted Cruz.\n\nCarly Fiorina threw her support behind the senator on Wednesday.");
        assert!(es.iter().any(|e| e.1 == "Carly Fiorina") && es.iter().all(|e| !e.1.contains("Endorses")), "{es:?}");
        // A hyphenated name the article writes with capitals is one too.
        let es = ents("Ocasio-Cortez Slams Leaders Over Climate Bill.\n\nRep. Alexandria Ocasio-Cortez said on Monday that the bill was too weak.");
        assert!(es.iter().any(|e| e.1.contains("Ocasio-Cortez")) && es.iter().all(|e| !e.1.contains("Slams")), "{es:?}");
        // A headline alone is read as it is.
        let es = ents("Media Reports Reveal Reason Behind Firing Of Trump’s Campaign Manager.");
        assert!(es.iter().any(|e| e.1.contains("Trump")), "{es:?}");
        // Unless it follows a given name: a column's byline.
        let es = ents("Ann Coulter: And Then There Was the One.\n\nA guy just won the nomination by spending no money and hiring no pollsters.");
        assert!(es.iter().any(|e| e.1 == "Ann Coulter"), "{es:?}");
        // A short title too: "Obama Campaigns for Clinton" has no person "Obama Campaigns".
        let es = ents("Obama Campaigns for Clinton.\n\nPresident Obama spoke in Philadelphia on Tuesday and urged voters to turn out for her.");
        assert!(es.iter().any(|e| e.1 == "Obama") && es.iter().all(|e| !e.1.contains("Campaigns")), "{es:?}");
        // A first paragraph of several sentences is no title: a photo's caption, whose credit
        // (in title case) names nobody the article mentions.
        let es = ents("The ministers met Ashton Carter in Tokyo on Wednesday, an official said. (AP Photo/Franck Robichon, Pool)\n\nThe talks went on for hours.");
        assert_eq!(es.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), ["Ashton Carter", "Tokyo"], "{es:?}");
    }

    #[test]
    fn curly_apostrophes_are_read_like_straight_ones() {
        for (s, name, kind) in [
            ("Donald Trump’s yearslong obsession with President Barack Obama’s birth is an insult.", "Barack Obama", EntityType::Person),
            ("Former Maryland Gov. Martin O’Malley’s campaign said it would stay in the race.", "Martin O’Malley", EntityType::Person),
            ("He said he can win New Hampshire’s Tuesday primary.", "New Hampshire", EntityType::Place),
        ] {
            let es = ents(s);
            assert_eq!(find(&es, name).0, kind, "{s}: {es:?}");
        }
    }

    #[test]
    fn a_nationality_is_one_whatever_the_tagger_says() {
        let es = ents("The US and Japanese national security leaders have unveiled new guidelines for bilateral defence cooperation.");
        assert_eq!(find(&es, "Japanese").0, EntityType::Nationality, "{es:?}");
        for s in
            ["Police killed the gunman, a U.S. citizen born in New York to Afghan immigrants.", "Both men are first-generation Americans of Cuban descent, born five months apart."]
        {
            let es = ents(s);
            assert!(es.iter().any(|e| e.0 == EntityType::Nationality && matches!(e.1.as_str(), "Afghan" | "Cuban")), "{es:?}");
        }
        // A listed place that holds one is the place: "the Korean peninsula".
        let es = ents("The new directives could lead to more stability on the Korean peninsula and the Asia-Pacific region.");
        assert_eq!(find(&es, "Korean Peninsula").0, EntityType::Place, "{es:?}");
    }

    #[test]
    fn a_religious_or_ethnic_group_is_a_nationality_whatever_the_tagger_says() {
        for (s, name, canonical) in [
            ("The administration is backing a coalition of Sunni Arab nations, led by Saudi Arabia.", "Sunni Arab", "Sunni Arab"),
            ("Saudi Arabia is using air power in an attempt to halt the Shiite rebels’ advance.", "Shiite", "Shiite"),
            ("Many American Muslims said they felt targeted, and Hispanics rallied against him.", "Hispanic", "Hispanic"),
            ("The bombing killed dozens of Shia pilgrims near Karbala, officials said.", "Shiite", "Shiite"),
        ] {
            let es = ents(s);
            let e = find(&es, name);
            assert_eq!((e.0, e.1.as_str()), (EntityType::Nationality, canonical), "{s}: {es:?}");
        }
    }

    #[test]
    fn a_law_or_treaty_is_no_body_and_an_operation_is_an_event() {
        for (s, name, kind) in [
            ("The revision is possible because of Abe's reinterpretation of the Japanese Constitution last year.", "Japanese Constitution", EntityType::Other),
            ("Republicans in Congress voted again to repeal the Affordable Care Act on Tuesday.", "Affordable Care Act", EntityType::Other),
            ("The first revision of the U.S.-Japan Defense Guidelines in 17 years will transform the alliance.", "Defense Guidelines", EntityType::Other),
            ("The soldiers trained with the Ground Self-Defense Force during Operation Orient Shield in Hokkaido.", "Operation Orient Shield", EntityType::Event),
        ] {
            let es = ents(s);
            assert_eq!(find(&es, name).0, kind, "{s}: {es:?}");
        }
    }

    #[test]
    fn a_war_is_an_event() {
        for (s, name) in [
            ("The pacifist document was created after World War II, which severely limits the military.", "World War II"),
            ("Tensions have not been this high since the end of the Cold War, analysts said.", "Cold War"),
        ] {
            let es = ents(s);
            assert_eq!(find(&es, name).0, EntityType::Event, "{es:?}");
        }
    }

    #[test]
    fn a_name_ends_before_the_weekday_it_is_dated() {
        let es = ents("President Barack Obama will welcome Japanese Prime Minister Shinzo Abe to the White House Tuesday to commemorate the partnership.");
        assert!(es.iter().any(|e| e.1 == "White House") && es.iter().all(|e| !e.1.contains("Tuesday")), "{es:?}");
    }

    #[test]
    fn capitalised_words_opening_a_quote_are_not_names() {
        let es = ents("“Fine,” she said. “Goodbye and café,” he said: “Café owners agree.”");
        assert!(es.is_empty(), "{es:?}");
    }

    #[test]
    fn a_party_and_state_in_parentheses_is_no_name_and_no_speaker() {
        let cases = [
            ("“Subpoenas are not optional,” Sen. Lindsey Graham (R-S.C.) said on Tuesday.", "Lindsey Graham"),
            ("“We will not yield,” said Gov. Pat McCrory (R) at the rally.", "Pat McCrory"),
            ("Rep. Stephen Lynch (D-Mass.) said the law does not require witnesses to testify in public.", "Stephen Lynch"),
            ("“This is a big year,” said Rep. Marcia Price (D-Newport News) on Monday.", "Marcia Price"),
        ];
        for (s, speaker) in cases {
            let Analysed { entities: es, names, .. } = analysed(s);
            assert_eq!(names[0].as_deref(), Some(speaker), "{s:?}");
            assert!(es.iter().all(|e| !e.name.starts_with(['R', 'D']) || e.name.contains(' ')), "{s:?}: {es:?}");
        }
    }

    #[test]
    fn a_states_abbreviation_is_the_state_with_its_stop() {
        let es = ents("Sen. Bernie Sanders (Vt.) spoke first. Brianne Stone, 29, of Huntsville, Ala., spoke next.");
        for (name, alias) in [("Vermont", "Vt."), ("Alabama", "Ala.")] {
            let e = find(&es, name);
            assert_eq!((e.0, e.2.as_slice()), (EntityType::Place, [alias.to_string()].as_slice()), "{es:?}");
        }
    }

    #[test]
    fn a_speaker_the_tagger_left_unmarked_is_found_by_name() {
        // A transcript's labels in capitals name the people of the article by surname, and
        // each label is a mention of its person.
        let s = "Gov. Mike Pence spoke on Sunday about the debate.\n\nPartial transcript as follows:\n\n\"WALLACE: Will she be there tomorrow night?\n\n\"PENCE: She will not be attending the debate.\n\n\"WALLACE: Thank you, governor.\n\n\"PENCE: Thank you, Chris.";
        let Analysed { entities: es, names, .. } = analysed(s);
        assert_eq!(names, [Some("WALLACE"), Some("Mike Pence"), Some("WALLACE"), Some("Mike Pence")].map(|n| n.map(String::from)));
        let pence = es.iter().find(|e| e.name == "Mike Pence").expect("Mike Pence");
        assert_eq!(pence.mentions.iter().map(|m| &s[m.start..m.end]).collect::<Vec<_>>(), ["Mike Pence", "PENCE", "PENCE"]);
        // By name or alias, then by the surname of one person only; two people of one
        // surname, or a word in lower case, name nobody.
        let person = |name: &str, aliases: &[&str]| RawEntity {
            kind: EntityType::Person,
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            acronym: None,
            roles: vec![],
            mentions: vec![],
        };
        let es = [person("Reince Priebus", &[]), person("Hillary Clinton", &["Clinton"]), person("Bill Clinton", &[]), person("Jeb Bush", &[]), person("George Bush", &[])];
        let names = Names::new(&es);
        let cases: [(&str, Option<(usize, Option<&str>)>); 7] = [
            ("Priebus", Some((0, Some("Priebus")))),
            ("Chairman Reince Priebus", Some((0, None))),
            ("PRIEBUS", Some((0, Some("PRIEBUS")))),
            // The document's own reading of "Clinton" (an alias of one of them) stands.
            ("the Clinton’s", Some((1, Some("Clinton")))),
            ("Bill Clinton", Some((2, Some("Bill Clinton")))),
            ("Bush", None),
            ("the chairman", None),
        ];
        for (head, want) in cases {
            assert_eq!(names.find(head), want, "{head:?}");
        }
    }

    #[test]
    fn two_people_named_together_are_no_one_entity() {
        let cases = [
            ("Chuck Grassley met Patrick Leahy on Monday. Mr. Grassley and Mr. Leahy said the hearing would go ahead.", "Mr. Grassley and Mr. Leahy"),
            ("Republican presidential hopefuls Jeb Bush and Chris Christie said the plan was reckless.", "Republican presidential hopefuls Jeb Bush and Chris Christie"),
            // One person named inside another's description is that person.
            ("Clinton campaign spokesman Brian Fallon said the plan was reckless.", "Brian Fallon"),
        ];
        for (s, name) in cases {
            let a = analysed(s);
            assert_eq!(a.names.last().cloned().flatten().as_deref(), Some(name), "{s:?}: {:?}", a.quotes);
        }
    }

    #[test]
    fn he_or_she_is_a_person_not_a_place_quoted_before() {
        let s = "Karen Lee, 41, of Mobile, Ala., says her biggest concern is the cost of college. “We cannot pay for it and nobody is listening,” she says.";
        let Analysed { quotes: q, names, .. } = analysed(s);
        let she = q.iter().position(|q| q.speaker.is_some_and(|sp| &s[sp.span.start..sp.span.end] == "she")).expect("a quote said by “she”");
        assert_eq!(names[she].as_deref(), Some("Karen Lee"));
    }

    #[test]
    fn pronouns_take_the_most_salient_person() {
        // (text, the name the last quote's "he" or "she" resolves to)
        let cases = [
            // The subject of the sentence before, not the person named after it.
            ("Don Fowler, who led the party in the 1990s, praised Bernie Sanders on Monday. “The plan should be ready by six,” he said.", Some("Don Fowler")),
            // Who spoke, not the subject beside them.
            ("Joe Biden sat beside Ed Rendell, who said the party was united. “It is time to move,” he said.", Some("Ed Rendell")),
            // A speaker no entity names.
            ("“It is over,” a spokeswoman said. Officials met on Monday. “We will see,” she said.", Some("spokeswoman")),
            // A man's description is no "she"; a description inside a quotation is no one's.
            ("A man in the crowd interrupted Nancy Pelosi on Monday. “Go home,” she said.", Some("Nancy Pelosi")),
            ("John Smith spoke to reporters. “A man came to my door. It was late,” he said.", Some("John Smith")),
            // A given name usually a man's does not rule out "she"; an honorific would.
            ("Terry Strada, whose husband died in the attacks, spoke to reporters. “They are wrong,” she said.", Some("Terry Strada")),
            ("Mr. Terry Strada spoke to reporters. “They are wrong,” she said.", None),
            // "The Republican nominee" is the man named before it, not a new speaker.
            ("Donald Trump spoke in Ohio. The Republican nominee attacked Hillary Clinton. “We will win,” he said.", Some("Donald Trump")),
            // Someone unnamed, brought in at the head of a sentence.
            ("A senior defense official, speaking on condition of anonymity, praised Shinzo Abe. “It is a big deal,” he said.", Some("senior defense official")),
            ("But a senior defense official, speaking on condition of anonymity, praised Shinzo Abe. “It is a big deal,” he said.", Some("senior defense official")),
            // Sentences inside a quotation do not push the speaker out of reach.
            ("Ed Rendell took the stage. He thanked Joe Biden. “One. Two. Three. Four. Five,” he said.", Some("Ed Rendell")),
            // Each "she" before keeps the person it stands for salient.
            (
                "Juanita Broaddrick spoke to reporters in Little Rock. She has said the attack took place in 1978. She went public again as Hillary Clinton began her campaign. On Sunday, she gave more details. “He called my office,” she said.",
                Some("Juanita Broaddrick"),
            ),
            // No one fitting within four sentences: the last fitting person before.
            (
                "Maria Lopez arrived early. The hall was cold. The lights were dim. The crowd was small. The band was late. The doors opened at last. “We are ready,” she said.",
                Some("Maria Lopez"),
            ),
        ];
        for (s, want) in cases {
            let names = analysed(s).names;
            assert_eq!(names.last().cloned().flatten().as_deref(), want, "{s}");
        }
    }

    #[test]
    fn pronouns_skip_names_inside_quotes() {
        let s = "John Tiegen spoke at length. “I was told Hillary Clinton knew,” he said.";
        assert_eq!(analysed(s).names[0].as_deref(), Some("John Tiegen"));
    }

    #[test]
    fn titles_become_roles_and_surnames_join() {
        let es = ents("Defense Secretary Ashton Carter met Japan’s leaders. Carter said the talks went well. Carter’s aide agreed.");
        let carter = find(&es, "Ashton Carter");
        assert_eq!(carter.0, EntityType::Person);
        assert_eq!(carter.2, ["Carter"]);
        assert_eq!(carter.3, ["Defense Secretary"]);
        assert_eq!(find(&es, "Japan").0, EntityType::Place);
    }

    #[test]
    fn places_are_canonical_and_hyphen_compounds_split() {
        let es = ents("The U.S.-Japan alliance matters to the United States and to America.");
        let us = find(&es, "United States");
        assert_eq!(us.0, EntityType::Place);
        assert!(us.2.contains(&"U.S.".to_string()) && us.2.contains(&"America".to_string()));
        assert_eq!(find(&es, "Japan").0, EntityType::Place);
    }

    #[test]
    fn well_known_acronyms_and_lone_given_names() {
        let es = ents("NATO leaders met in Brussels. Photographer Franck Robichon took the picture; Franck said it was cold.");
        let nato = es.iter().find(|e| e.1 == "North Atlantic Treaty Organization").expect("NATO canonical");
        assert_eq!(nato.0, EntityType::Organization);
        assert_eq!(es.iter().filter(|e| e.1.starts_with("Franck")).count(), 1, "{es:?}");
    }

    #[test]
    fn organizations_words_after_a_name_end_an_organizations_name() {
        let w = |s: &'static str| s.split(' ').collect::<Vec<&str>>();
        // (words, the tagger's spans, the spans after)
        let cases: Vec<(&str, Vec<(usize, usize, &str)>, Vec<(usize, usize, &str)>)> = vec![
            ("said Mujtaba Rahman of the Eurasia Group , a consultancy", vec![(1, 3, "PER"), (5, 6, "LOC")], vec![(1, 3, "PER"), (5, 7, "ORG")]),
            (
                "whether Japan joins the US Air Force's Joint Space Operations Center",
                vec![(1, 2, "LOC"), (4, 6, "MISC"), (7, 11, "ORG")],
                vec![(1, 2, "LOC"), (4, 7, "ORG"), (7, 11, "ORG")],
            ),
            ("through the Clinton Foundation , which", vec![(2, 3, "PER")], vec![(2, 4, "ORG")]),
            ("as the Clinton Foundation's Board said", vec![(2, 3, "PER")], vec![(2, 4, "ORG")]),
            ("Republican National Committee Research Director Raj Shah said", vec![(0, 2, "MISC"), (5, 7, "PER")], vec![(0, 3, "ORG"), (5, 7, "PER")]),
            ("a New York Police Department officer", vec![(1, 3, "LOC")], vec![(1, 5, "ORG")]),
            ("joined the European Union in 1973", vec![(2, 3, "MISC")], vec![(2, 4, "MISC")]),
            // Untouched: a word that opens a title, a president's administration, a word the
            // tagger gave to the next name, and a title-case headline.
            ("said White House Press Secretary Josh Earnest", vec![(1, 3, "LOC"), (5, 7, "PER")], vec![(1, 3, "LOC"), (5, 7, "PER")]),
            ("the Obama Administration said", vec![(1, 2, "PER")], vec![(1, 2, "PER")]),
            ("the Republican Senate candidate", vec![(1, 2, "MISC")], vec![(1, 2, "MISC")]),
            ("the Democratic Caucus met", vec![(1, 2, "MISC")], vec![(1, 3, "ORG")]),
            ("the Washington Post reported", vec![(1, 2, "LOC"), (2, 3, "ORG")], vec![(1, 2, "LOC"), (2, 3, "ORG")]),
            ("Poll : Wealthy Voters Abandon Republican Party For Hillary Clinton", vec![(4, 6, "ORG"), (8, 10, "PER")], vec![(4, 6, "ORG"), (8, 10, "PER")]),
        ];
        for (text, spans, want) in cases {
            assert_eq!(org_words_after_name(&w(text), spans), want, "{text}");
        }
    }

    #[test]
    fn a_person_named_body_is_an_organization_and_initialisms_are_no_names() {
        let es = ents("The Eric Trump Foundation raised money. Eric Trump said so.\n\nFrank Church led the committee in 1975.");
        assert_eq!(find(&es, "Eric Trump Foundation").0, EntityType::Organization, "{es:?}");
        assert_eq!(find(&es, "Eric Trump").0, EntityType::Person, "{es:?}");
        assert_eq!(find(&es, "Frank Church").0, EntityType::Person, "{es:?}");
        let es = ents("She appeared on TV on Sunday with the head of a super PAC and LGBT voters in Ohio.");
        for initialism in ["TV", "PAC", "LGBT"] {
            assert!(!es.iter().any(|e| e.1 == initialism || e.2.iter().any(|a| a == initialism)), "{initialism}: {es:?}");
        }
        assert_eq!(find(&es, "Ohio").0, EntityType::Place);
    }

    #[test]
    fn an_adjective_made_of_a_name_with_a_prefix_is_no_name() {
        for (w, want) in [
            ("anti-Trump", true),
            ("Anti-Trump", true),
            ("pro-Israel", true),
            ("un-American", true),
            ("post-Watergate", true),
            ("Post-ABC", false),
            ("al-Assad", false),
            ("Self-Defense", false),
            ("anti-war", false),
        ] {
            assert_eq!(is_prefixed_name(w), want, "{w}");
        }
        let es = ents("The anti-Trump group and pro-Israel donors met in Ohio, a Washington Post-ABC poll said.");
        assert!(!es.iter().any(|e| e.1.contains("anti-") || e.1.contains("pro-")), "{es:?}");
        assert_eq!(find(&es, "Ohio").0, EntityType::Place);
    }

    #[test]
    fn a_days_name_with_its_weekday_is_one_event() {
        let es = ents("In every contest leading up to Super Tuesday, Democratic turnout has lagged. Obama spoke at the White House Tuesday.");
        assert_eq!(find(&es, "Super Tuesday").0, EntityType::Event, "{es:?}");
        assert!(!es.iter().any(|e| e.1 == "Super"), "{es:?}");
        assert!(!es.iter().any(|e| e.1.contains("House Tuesday")), "a name still ends before the day it is dated: {es:?}");
        let es = ents("Rep. Bob Good Friday said the bill would fail.");
        assert!(!es.iter().any(|e| e.1.contains("Friday")), "{es:?}");
    }

    #[test]
    fn a_word_that_opens_a_clause_opens_no_name() {
        let w = |s: &'static str| s.split(' ').collect::<Vec<&str>>();
        let cases: Vec<(&str, Vec<(usize, usize, &str)>, Vec<(usize, usize, &str)>)> = vec![
            ("Maybe Trump will win", vec![(0, 2, "PER")], vec![(1, 2, "PER")]),
            ("“ Though Sanders won , he lost", vec![(1, 3, "ORG")], vec![(2, 3, "ORG")]),
            ("Since October , prices rose", vec![(0, 2, "PER")], vec![]),
            ("Am I wrong ?", vec![(0, 2, "ORG")], vec![]),
            // Untouched: inside a clause, a headline's adjective, a Korean surname.
            ("He said Maybe Trump was right", vec![(2, 4, "PER")], vec![(2, 4, "PER")]),
            ("Good Morning America aired it", vec![(0, 3, "ORG")], vec![(0, 3, "ORG")]),
            ("Oh Se-hoon said Tuesday", vec![(0, 2, "PER")], vec![(0, 2, "PER")]),
            ("Among Republicans , few agreed", vec![(0, 1, "MISC"), (1, 2, "ORG")], vec![(0, 1, "MISC"), (1, 2, "ORG")]),
        ];
        for (text, spans, want) in cases {
            assert_eq!(clause_openers_open_no_name(&w(text), spans), want, "{text}");
        }
        let es = ents("Trump spoke on Monday. Maybe Trump will win the nomination, his aides said.");
        assert!(!es.iter().any(|e| e.1.contains("Maybe")), "{es:?}");
    }

    #[test]
    fn an_acronym_of_a_lowercase_long_form_joins_it() {
        let es = ents(
            "Japan may take part in intelligence, surveillance and reconnaissance (ISR) operations. \
                       It could add ISR assets such as drones, and later more ISR flights.",
        );
        let e = find(&es, "intelligence, surveillance and reconnaissance");
        assert_eq!(e.0, EntityType::Other);
        assert!(!es.iter().any(|e| e.1 == "ISR"), "every ISR joins the long form: {es:?}");
        let all = analysed(
            "Japan may take part in intelligence, surveillance and reconnaissance (ISR) operations. \
                            It could add ISR assets such as drones, and later more ISR flights.",
        );
        let long = all.entities.iter().find(|e| e.name.starts_with("intelligence")).expect("long form");
        // The long form, its "(ISR)", and the later ISR the tagger marks.
        assert!(long.mentions.len() >= 3, "{:?}", long.mentions);
    }

    #[test]
    fn acronym_definitions_join() {
        let es = ents("He spoke of al-Qaeda in the Arabian Peninsula (AQAP). Later, AQAP struck again.");
        let e = es.iter().find(|e| e.1 == "al-Qaeda in the Arabian Peninsula").expect("long form");
        assert_eq!(e.0, EntityType::Organization);
        assert!(!es.iter().any(|e| e.1 == "AQAP"), "the short form joins the long one: {es:?}");
    }

    #[test]
    fn speakers_resolve_to_people_and_descriptions() {
        let s = "Japanese Foreign Minister Fumio Kishida spoke. “It is harsh,” Kishida, the foreign minister, said.\n\n\
                 “It is a big deal,” said a senior U.S. defense official. “The threat is growing,” the official said.";
        let Analysed { entities: e, resolved: r, names, .. } = analysed(s);
        assert_eq!(names, [Some("Fumio Kishida".into()), Some("senior U.S. defense official".into()), Some("senior U.S. defense official".into())]);
        assert_eq!(e[r[0].as_ref().unwrap().entity.unwrap()].name, "Fumio Kishida");
    }

    /// The person who owns the description is not the speaker it describes; a name after it is.
    #[test]
    fn an_owner_in_the_speakers_description_is_not_the_speaker() {
        let s = "Marco Rubio, Bernie Sanders and Donald Trump spoke in Miami.\n\n“We will win,” said Rubio's campaign manager.\n\n\
                 “It is time,” said Clinton's introducer, actress Jamie Lee Curtis.\n\n\
                 “We will fight,” said Sanders' campaign manager.\n\n“We will sue,” said Mr. Trump's lawyer.";
        let Analysed { names, .. } = analysed(s);
        assert_eq!(names, [Some("Rubio's campaign manager".into()), Some("Jamie Lee Curtis".into()), Some("Sanders' campaign manager".into()), Some("Mr. Trump's lawyer".into())]);
    }
}
