//! Stage 5: claims. Sentences that state something checkable: a number, a date, a
//! comparison, a cause, a prediction, a policy fact, or what a named source says.
//! Page furniture (sign-up prompts, credits, bylines), questions and fragments are skipped.

use crate::lexicon;
use crate::model::DateKind;
use crate::text::{with_lowercase, Range, Text, TokKind};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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

const COMPARISON: &[&str] = &[
    "first",
    "last",
    "more",
    "less",
    "most",
    "least",
    "fewer",
    "greater",
    "higher",
    "lower",
    "larger",
    "smaller",
    "bigger",
    "biggest",
    "largest",
    "highest",
    "lowest",
    "than",
    "increasing",
    "increased",
    "increase",
    "decreasing",
    "decreased",
    "decrease",
    "record",
    "only",
    "rising",
    "declining",
    "doubled",
    "tripled",
];
const CAUSAL: &[&str] =
    &["because", "cause", "caused", "causes", "due", "allow", "allows", "allowed", "enable", "enables", "lead", "leads", "result", "results", "therefore", "thanks"];
const PREDICTION: &[&str] = &["will", "would", "could", "expected", "expects", "plans", "likely", "going", "forecast", "predicted"];
const POLICY: &[&str] = &[
    "guidelines",
    "law",
    "laws",
    "legislation",
    "treaty",
    "rules",
    "policy",
    "agreement",
    "constitution",
    "bill",
    "regulation",
    "regulations",
    "sanctions",
    "budget",
    "tax",
    "taxes",
    "ban",
    "reform",
    "deal",
];
const HEDGES: &[&str] =
    &["could", "might", "may", "likely", "possibly", "probably", "reportedly", "perhaps", "appears", "seems", "allegedly", "apparently", "expected", "suggests"];
const IN_COMPARISON: u8 = 1;
const IN_CAUSAL: u8 = 2;
const IN_PREDICTION: u8 = 4;
const IN_POLICY: u8 = 8;

/// The cue words of all four lists, with the lists each is in: one lookup per word.
fn cue_lists() -> &'static HashMap<&'static str, u8, crate::learn::FnvBuild> {
    static CELL: OnceLock<HashMap<&'static str, u8, crate::learn::FnvBuild>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut m: HashMap<&'static str, u8, crate::learn::FnvBuild> = HashMap::default();
        for (list, bit) in [(COMPARISON, IN_COMPARISON), (CAUSAL, IN_CAUSAL), (PREDICTION, IN_PREDICTION), (POLICY, IN_POLICY)] {
            for w in list {
                *m.entry(*w).or_default() |= bit;
            }
        }
        m
    })
}
const WEIGHTS: &[(&str, f64)] = &[("quantity", 0.55), ("temporal", 0.3), ("comparison", 0.3), ("attributed", 0.35), ("causal", 0.2), ("prediction", 0.15), ("policy", 0.2)];

/// Whether a paragraph is page furniture rather than article text.
pub fn is_boilerplate(s: &str) -> bool {
    let t = s.trim_start();
    // Every start of the paragraph that begins a listed prefix, looked up: a start that
    // begins none cannot be continued into one.
    let prefixes = lexicon::boilerplate_prefixes();
    let mut ends = t.char_indices().map(|(i, c)| i + c.len_utf8());
    let listed = ends.try_fold((), |(), end| match prefixes.get(&t[..end]) {
        Some(true) => Err(true),
        Some(false) => Ok(()),
        None => Err(false),
    });
    listed == Err(true) || (t.contains('@') && t.split_whitespace().take(9).count() <= 8) || contributors(t)
}

/// Whether a paragraph opens by crediting the reporters who helped: "Anna Roe contributed to
/// this report.", "Jane Doe and John Roe contributed reporting from Charleston." (up to 12
/// words before the verb, each capitalised or "and").
fn contributors(t: &str) -> bool {
    let Some(at) = t.find(" contributed ") else { return false };
    let after = &t[at + " contributed ".len()..];
    // (The credit ends there, or says where from: not "contributed to this report's …", nor
    // "contributed to this report, which the agency withdrew".)
    let ends = |rest: &str| rest.is_empty() || rest.starts_with('.') || rest.starts_with(" from ");
    let credited = after.strip_prefix("reporting").is_some_and(ends)
        || ["report", "story", "article"].iter().any(|w| after.strip_prefix("to this ").and_then(|a| a.strip_prefix(w)).is_some_and(ends));
    // (Names before the verb: capitalised words, "and", commas.)
    let names = t[..at].split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w == "and");
    credited && names && t[..at].split_whitespace().count() <= 12
}

/// Which paragraphs are page furniture: those [`is_boilerplate`] knows by how they start; the
/// links listed after such a label for them ("Read more:", [`is_links_label`]), each a
/// paragraph without a full stop; and, in a document of three paragraphs or more, an author's
/// note ([`author_note`]) among the last two paragraphs that are not furniture.
pub fn furniture(text: &Text) -> Vec<bool> {
    let mut out: Vec<bool> = Vec::with_capacity(text.paragraphs.len());
    let mut links = false;
    for p in &text.paragraphs {
        let s = text.slice(*p).trim_end();
        let listed = is_boilerplate(s);
        links = listed && is_links_label(s) || links && !listed && !s.ends_with(['.', '!', '?', '"', '”', '\'', '’', ')']);
        out.push(listed || links);
    }
    let last_two = (0..out.len()).rev().filter(|&i| !out[i]).take(if out.len() >= 3 { 2 } else { 0 }).collect::<Vec<_>>();
    for i in last_two {
        out[i] = author_note(text.slice(text.paragraphs[i]));
    }
    out
}

/// Whether a listed paragraph is a label for links to other stories: "Read more:", "Related:",
/// "See also:" (not another label with a colon, "By the numbers:", whose list is the story's).
fn is_links_label(s: &str) -> bool {
    let Some(label) = s.strip_suffix(':') else { return false };
    with_lowercase(label, |l| ["read more", "related", "see also", "more from", "more on", "also read", "recommended"].iter().any(|p| l.starts_with(p)))
}

/// Whether a paragraph is an author's note: a name (two to four capitalised words, the first no
/// determiner), "is", "was" or "has been", and a writer's role within the next 16 words ("Peter Roe is an
/// economist at the University of Maryland and a national columnist.", "Jane Doe was deputy
/// editor of Defense Weekly"; see `data/byline_roles.txt`).
fn author_note(p: &str) -> bool {
    let mut words = p.split_whitespace().peekable();
    // (A name, not "The Justice Department is …".)
    let first = words.peek().copied().unwrap_or("");
    let determiner = matches!(first, "The" | "A" | "An" | "This" | "That" | "These" | "Those" | "Our" | "His" | "Her" | "Their" | "Its");
    let mut name = 0;
    let verb = loop {
        match words.next() {
            Some(w) if name < 4 && w.starts_with(char::is_uppercase) => name += 1,
            Some(w) => break w,
            None => return false,
        }
    };
    // ("has" only as "has been".)
    let verb_ok = match verb {
        "is" | "was" => true,
        "has" => words.next() == Some("been"),
        _ => false,
    };
    // (A role word whole, as a word of its own or of a hyphenated title, "Editor-at-Large";
    // not a possessive, "the reporter's notes".)
    let roles = lexicon::byline_roles();
    let role = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        !w.ends_with("'s") && !w.ends_with("’s") && w.split('-').any(|part| with_lowercase(part, |part| roles.contains(part)))
    };
    (2..=4).contains(&name) && !determiner && verb_ok && words.take(16).any(role)
}

/// Where a photo's credit starts, when the paragraph is a caption: it ends with the credit
/// in parentheses after a full stop, names around a slash ("… in Tokyo, March 23, 2015.
/// (Gabriela Garcia/USMC)", "(FABRICE COFFRINI/AFP/Getty Images.)"). A hat tip, "(h/t
/// Mediaite.)", is no credit, nor a party and state after a name, "Sen. Jane Roe (D/Calif.)",
/// nor a poll's or a table's source, "(ABC News/Washington Post poll)", "(Source: Census
/// Bureau/BLS)", "(Reuters/Ipsos)" after a paragraph of several sentences.
pub fn credit(paragraph: &str) -> Option<usize> {
    let named = |side: &str| side.trim().starts_with(|c: char| c.is_uppercase()) && side.trim().len() > 1;
    let credit_off = |t: &str| -> Option<usize> {
        let open = t.strip_suffix(')')?.rfind('(')?;
        let credit = t[open + 1..t.len() - 1].trim_end_matches('.');
        let source = credit.contains([':', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            || credit.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "poll" | "Poll" | "survey" | "Survey" | "data" | "Data"));
        (credit.contains('/') && !source && credit.split('/').all(named)).then_some(open)
    };
    // Credits may come two at a time: "(AP Photo/Franck Robichon, Pool) (Franck Robichon/AP)".
    let whole = paragraph.trim_end();
    if !whole.ends_with(')') {
        return None; // (Most paragraphs: nothing more to read.)
    }
    let mut caption = whole;
    while let Some(open) = credit_off(caption) {
        caption = caption[..open].trim_end();
    }
    // A caption is a sentence or two: a longer paragraph with a source in parentheses is text.
    let short = || caption.split_whitespace().nth(CAPTION_WORDS).is_none();
    (caption.len() < whole.len() && short() && caption.trim_end_matches(['”', '"', '’', '\'']).ends_with(['.', '!', '?'])).then_some(caption.len())
}

/// The most words a caption has before its credit (seed 003's, with the story's first
/// sentence in it, has 49).
const CAPTION_WORDS: usize = 80;

/// A photo's caption without its credit, when the paragraph is one.
fn caption(paragraph: &str) -> Option<&str> {
    credit(paragraph).map(|end| paragraph[..end].trim_start())
}

/// Which paragraphs are a photo's caption: one with its credit, and the same words again
/// without it (a scraped page often carries the image's description before its caption).
fn captions(text: &Text) -> Vec<bool> {
    let credited: Vec<Option<&str>> = text.paragraphs.iter().map(|p| caption(text.slice(*p))).collect();
    let captions: HashSet<&str, crate::learn::FnvBuild> = credited.iter().flatten().copied().collect();
    text.paragraphs.iter().zip(&credited).map(|(p, credited)| credited.is_some() || !captions.is_empty() && captions.contains(text.slice(*p).trim())).collect()
}

/// A date as the claims stage sees it: where, whether it is anchored in time ("in 1997", "17
/// years") rather than a bare "now" or "recently", and its kind.
pub type DateSeen = (Range, bool, DateKind);

/// Claims of one document. `quotes` are (range, has speaker) in any order; quantities (range,
/// unit or "") and dates index the document's lists.
pub fn extract(text: &Text, quotes: &[(Range, bool)], quantities: &[(Range, &str)], dates: &[DateSeen]) -> Vec<RawClaim> {
    let quantity_order = by_start(quantities.iter().map(|q| q.0));
    let date_order = by_start(dates.iter().map(|d| d.0));
    let speaker_quote = first_overlapping(&text.sentences.iter().map(|s| s.range).collect::<Vec<_>>(), quotes);
    let furniture = furniture(text);
    let captions = captions(text);
    let mut out = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for (si, s) in text.sentences.iter().enumerate() {
        let sentence = text.slice(s.range);
        words.clear();
        words.extend(s.tokens.clone().filter(|&i| text.tokens[i].kind != TokKind::Punct && text.tokens[i].kind != TokKind::Quote).map(|i| text.tok(i)));
        if words.len() < 6 || sentence.trim_end_matches(['”', '"', '’', '\'', ')']).ends_with('?') || furniture[s.paragraph] {
            continue;
        }
        // A caption describes its picture ("Carter, left, talks with Abe at …"), which is no
        // claim; what it reports someone said ("…, Carter said Wednesday.") is the story's.
        if captions[s.paragraph] && speaker_quote[si].is_none() {
            continue;
        }
        // Which lists the sentence's words are in, and whether one is a superlative ("-est").
        let (mut listed, mut superlative) = (0u8, false);
        for w in &words {
            with_lowercase(w, |w| {
                listed |= cue_lists().get(w).copied().unwrap_or(0);
                superlative |= w.len() > 5
                    && w.ends_with("est")
                    && !matches!(w, "interest" | "request" | "protest" | "suggest" | "honest" | "modest" | "forest" | "harvest" | "contest" | "latest" | "arrest");
            });
        }
        let has = |list: u8| listed & list != 0;
        let q_in = inside(s.range, &quantity_order, |i| quantities[i].0);
        let d_in = inside(s.range, &date_order, |i| dates[i].0);
        let quote = speaker_quote[si];
        let mut kinds = Vec::new();
        if !q_in.is_empty() {
            kinds.push("quantity");
        }
        if d_in.iter().any(|&i| dates[i].1) {
            kinds.push("temporal");
        }
        if has(IN_COMPARISON) || superlative {
            kinds.push("comparison");
        }
        if quote.is_some() {
            kinds.push("attributed");
        }
        if has(IN_CAUSAL) {
            kinds.push("causal");
        }
        if has(IN_PREDICTION) {
            kinds.push("prediction");
        }
        if has(IN_POLICY) {
            kinds.push("policy");
        }
        // Check-worthiness from the trained scorer where one is built in, otherwise from
        // the kinds found.
        let score = match crate::checkworthy::model() {
            Some(m) => {
                let kinds: Vec<DateKind> = d_in.iter().map(|&i| dates[i].2).collect();
                let units: Vec<&str> = q_in.iter().map(|&i| quantities[i].1).collect();
                m.score_features(&crate::checkworthy::features_with(sentence, &kinds, &units))
            }
            None => 1.0 - kinds.iter().map(|k| 1.0 - WEIGHTS.iter().find(|(n, _)| n == k).map_or(0.0, |w| w.1)).product::<f64>(),
        };
        let score = (score * 100.0).round() / 100.0;
        if score < 0.5 && !kinds.iter().any(|k| matches!(*k, "quantity" | "temporal" | "comparison" | "attributed")) {
            continue;
        }
        let hedge = s.tokens.clone().find(|&i| with_lowercase(text.tok(i), |w| HEDGES.contains(&w))).map(|i| text.tokens[i].range());
        out.push(RawClaim { range: s.range, kinds, score, hedge, quote, quantities: q_in, dates: d_in });
    }
    out
}

/// Indexes of `ranges` ordered by start, with those starts.
fn by_start(ranges: impl Iterator<Item = Range>) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = ranges.enumerate().map(|(i, r)| (r.start, i)).collect();
    crate::order::sort(&mut v);
    v
}

/// The indexes (ascending) of the ranges that lie within `outer`: only those starting inside
/// it are looked at, so all sentences together look at each range once.
fn inside(outer: Range, order: &[(usize, usize)], range: impl Fn(usize) -> Range) -> Vec<usize> {
    let from = order.partition_point(|&(start, _)| start < outer.start);
    let mut found: Vec<usize> = order[from..].iter().take_while(|&&(start, _)| start < outer.end).map(|&(_, i)| i).filter(|&i| outer.contains(range(i))).collect();
    found.sort_unstable();
    found
}

/// For each of the ordered, disjoint `sentences`, the first quote (by index) with a speaker
/// that overlaps it. Quotes are taken in index order and each sentence is given at most
/// once: a skip list over the sentences already given keeps this linear however the quotes
/// overlap.
fn first_overlapping(sentences: &[Range], quotes: &[(Range, bool)]) -> Vec<Option<usize>> {
    let mut given = vec![None; sentences.len()];
    // next[i]: the first sentence at or after i not yet given (path-halving union-find).
    let mut next: Vec<usize> = (0..=sentences.len()).collect();
    fn find(next: &mut [usize], mut i: usize) -> usize {
        while next[i] != i {
            next[i] = next[next[i]];
            i = next[i];
        }
        i
    }
    for (qi, (r, speaker)) in quotes.iter().enumerate() {
        if !speaker {
            continue;
        }
        let first = sentences.partition_point(|s| s.end <= r.start);
        let mut i = find(&mut next, first);
        while i < sentences.len() && sentences[i].overlaps(*r) {
            given[i] = Some(qi);
            next[i] = i + 1;
            i = find(&mut next, i + 1);
        }
    }
    given
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(s: &str, quantities: &[Range], dates: &[Range]) -> Vec<(String, Vec<&'static str>)> {
        let t = Text::new(s);
        let dates: Vec<DateSeen> = dates.iter().map(|d| (*d, true, DateKind::Date)).collect();
        let quantities: Vec<(Range, &str)> = quantities.iter().map(|q| (*q, "")).collect();
        extract(&t, &[], &quantities, &dates).into_iter().map(|c| (s[c.range.start..c.range.end].to_string(), c.kinds)).collect()
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

    #[test]
    fn page_furniture_is_known_by_how_the_paragraph_starts() {
        let cases: &[(&str, bool)] = &[
            ("  Sign up for our newsletter", true),
            ("Read more: the guidelines in full", true),
            ("Write to jane.doe@example.com", true),
            ("Reading the guidelines, officials saw a change.", false),
            ("Émigrés signed up in their thousands, the ministry said.", false),
            ("", false),
            // A credit to other reporters, wherever it stands.
            ("Anna Roe contributed to this report.", true),
            ("Jane Doe and John Roe contributed reporting from Charleston. Ann Lee reported from Washington.", true),
            ("The Associated Press contributed to this story.", true),
            ("Chinese hackers contributed to this year's outage, the agency said.", false),
            ("Rising costs at home and abroad, officials said on Monday, also contributed to this report's bleak outlook for the year ahead.", false),
            ("Errors by two analysts contributed to this report, which the agency withdrew in May.", false),
        ];
        for &(p, furniture) in cases {
            assert_eq!(is_boilerplate(p), furniture, "{p:?}");
        }
    }

    #[test]
    fn an_authors_note_at_the_end_is_page_furniture() {
        let cases: &[(&str, bool)] = &[
            ("Jane Roe was deputy editor and senior Pentagon correspondent for Defense Weekly, covering policy and strategy.", true),
            ("Peter Q. Doe is an economist and business professor at a state university, and a national columnist. He tweets @pqdoe.", true),
            ("John Smith is Senior Editor-at-Large at the Daily Ledger.", true),
            ("Ann Lee is a member of the Herald's Board of Contributors.", true),
            ("Mary Major has been a reporter at the Tribune since 2009.", true),
            // A person in the story, or a role too far from the verb, is story.
            ("Carter is the defense secretary.", false),
            ("John Kerry is due in Tokyo next week for talks on the guidelines.", false),
            ("Jane Roe is a lawyer who has represented dozens of families in disputes with the city over many years, including a writer.", false),
            ("The Associated Press contributed to this report.", false),
            // (Not a subject with a determiner, "has" without "been", a possessive, nor "author".)
            ("The Justice Department is investigating the reporter who leaked the memo.", false),
            ("Jane Roe has hired a former reporter as her spokeswoman.", false),
            ("Jane Roe is reviewing the reporter's notes from the trial.", false),
            ("Mary Major is the author of a plan to cut 5,000 jobs.", false),
        ];
        for &(p, note) in cases {
            assert_eq!(author_note(p), note, "{p}");
        }
        // Only among the last two paragraphs: the same words earlier are the story's.
        let bio = "Jane Roe is a reporter for the Ledger.";
        let story = "The council voted on Monday to close the plant by 2020.";
        let furniture_of = |paragraphs: &[&str]| furniture(&Text::new(&paragraphs.join("\n\n")));
        assert_eq!(furniture_of(&[story, story, bio]), [false, false, true]);
        assert_eq!(furniture_of(&[story, bio, story]), [false, true, false]);
        assert_eq!(furniture_of(&[bio, story, story]), [false, false, false]);
        // (Nor in a document of one or two paragraphs: the note would be the whole of it.)
        assert_eq!(furniture_of(&[story, bio]), [false, false]);
        // The links listed after "Read more:" are furniture up to a paragraph with a full stop.
        let links = ["Read more:", "Japan's premier calls for a shift in military policy", "Cherry blossoms: the latest front in an old rivalry", story];
        assert_eq!(furniture_of(&[&[story][..], &links].concat()), [false, true, true, true, false]);
        // (Not after another listed label with a colon: its list is the story's.)
        let bullets = ["By the numbers:", "Unemployment fell to 3.9% in March", "Wages rose 2.4% over the year", story];
        assert_eq!(furniture_of(&[&[story][..], &bullets].concat()), [false, true, false, false, false]);
        // (A listed line after the note does not push it out of the last two.)
        assert_eq!(furniture_of(&[story, bio, story, "Sign up for our newsletter"]), [false, true, false, true]);
    }

    #[test]
    fn photo_captions_and_their_copies_are_no_claims_but_what_they_report_is() {
        let credited = "Soldiers unload supplies at the base in Okinawa, Japan, on April 2, 2015. (Jane Roe/U.S. Army)";
        assert_eq!(caption(credited), Some("Soldiers unload supplies at the base in Okinawa, Japan, on April 2, 2015."));
        assert_eq!(caption("Protesters gather outside the court on Monday. (JOHN DOE/AFP/Getty Images.)"), Some("Protesters gather outside the court on Monday."));
        assert_eq!(caption("The talks began on Wednesday. (AP Photo/Jane Roe, Pool) (Jane Roe/AP)"), Some("The talks began on Wednesday."));
        assert_eq!(caption("Watch the full interview above. (h/t Mediaite.)"), None);
        assert_eq!(caption("The bill was backed by Sen. Jane Roe (D/Calif.)"), None);
        assert_eq!(caption("Median income rose last year. (Census Bureau/BLS 2015)"), None);
        let long = format!("{} (Reuters/Ipsos)", "Most voters said the economy was the issue that mattered most to them this year. ".repeat(6));
        assert_eq!(caption(&long), None);
        assert_eq!(caption("Clinton leads Trump among likely voters. (ABC News/Washington Post poll)"), None);
        assert_eq!(caption("Median income rose last year. (Source: Census Bureau/BLS)"), None);
        let page = format!("Soldiers unload supplies at the base in Okinawa, Japan, on April 2, 2015.\n\n{credited}\n\nAbout 49,000 American troops were based in Japan in 2015.");
        let dated: Vec<Range> = page.match_indices("April 2, 2015").map(|(at, d)| Range::new(at, at + d.len())).collect();
        let found = claims(&page, &[Range::new(page.find("49,000").unwrap_or(0), page.find(" troops").unwrap_or(0))], &dated);
        assert_eq!(found.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), ["About 49,000 American troops were based in Japan in 2015."]);
        let page = "Jane Roe, left, talks with John Doe in Tokyo on Wednesday, April 8, 2015. The new guidelines will transform the alliance, Roe said Wednesday. (AP Photo/Ann Lee, Pool) (Ann Lee/AP)";
        let t = Text::new(page);
        let said = Range::new(page.find("The new").unwrap_or(0), page.find(", Roe").unwrap_or(0));
        let dates = [(Range::new(page.find("Wednesday, April").unwrap_or(0), page.find(". The new").unwrap_or(0)), true, DateKind::Date)];
        let found: Vec<&str> = extract(&t, &[(said, true)], &[], &dates).into_iter().map(|c| &page[c.range.start..c.range.end]).collect();
        assert_eq!(found, ["The new guidelines will transform the alliance, Roe said Wednesday."]);
    }

    #[test]
    fn ranges_are_found_in_their_sentence_in_any_input_order() {
        let r = Range::new;
        let order = by_start([r(30, 35), r(2, 4), r(12, 25), r(8, 11)].into_iter());
        let at = |i: usize| [r(30, 35), r(2, 4), r(12, 25), r(8, 11)][i];
        assert_eq!(inside(r(0, 20), &order, at), [1, 3]); // (12, 25) runs past the sentence
        assert_eq!(inside(r(20, 40), &order, at), [0]);
        assert!(inside(r(40, 50), &order, at).is_empty());
    }

    #[test]
    fn each_sentence_gets_the_first_overlapping_quote_with_a_speaker() {
        let r = Range::new;
        let sentences = [r(0, 10), r(10, 20), r(20, 30), r(30, 40)];
        let quotes = [(r(12, 35), false), (r(25, 38), true), (r(5, 22), true), (r(0, 3), true)];
        // The same answer as looking at every quote for every sentence.
        let naive: Vec<Option<usize>> = sentences.iter().map(|s| quotes.iter().position(|(q, sp)| *sp && q.overlaps(*s))).collect();
        assert_eq!(first_overlapping(&sentences, &quotes), naive);
        assert_eq!(naive, [Some(2), Some(2), Some(1), Some(1)]);
        assert_eq!(first_overlapping(&sentences, &[]), [None; 4]);
    }
}
