//! Scoring against annotated corpora: the figures `presslens eval` prints. Pure functions
//! over texts, annotations and results; reading the files is the CLI's job.

use crate::lexicon;
use crate::model::{Document, Quote, QuoteKind, Span};

/// One attribution from a brat standoff file: content, and its cue and source if any.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldAttribution {
    pub content: Vec<Span>,
    pub content_text: String,
    pub cue_text: Option<String>,
    pub source: Vec<Span>,
    pub source_text: Option<String>,
}

/// Parses the text-bound annotations (`T…`) and attribution relations (`E…`) of a brat
/// `.ann` file. Offsets are code points, as in the contract.
pub fn parse_brat(ann: &str) -> Vec<GoldAttribution> {
    struct T {
        label: String,
        spans: Vec<Span>,
        text: String,
    }
    let mut ts: std::collections::HashMap<&str, T> = std::collections::HashMap::new();
    let mut events: Vec<Vec<(&str, &str)>> = Vec::new();
    for line in ann.lines() {
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else { continue };
        if id.starts_with('T') {
            let Some((label, ranges)) = body.split_once(' ') else { continue };
            let spans = ranges
                .split(';')
                .filter_map(|r| {
                    let (a, b) = r.trim().split_once(' ')?;
                    Some(Span(a.parse().ok()?, b.parse().ok()?))
                })
                .collect();
            ts.insert(id, T { label: label.to_string(), spans, text: cols.next().unwrap_or("").to_string() });
        } else if id.starts_with('E') {
            events.push(body.split_whitespace().filter_map(|a| a.split_once(':')).collect());
        }
    }
    let mut out: Vec<GoldAttribution> = Vec::new();
    for args in events {
        let get = |role: &str| args.iter().find(|(r, _)| *r == role).and_then(|(_, id)| ts.get(id));
        let Some(content) = get("Content").filter(|t| t.label == "Content") else { continue };
        let (spans, text) = in_document_order(&content.spans, &content.text);
        if out.iter().any(|g| g.content == spans) {
            continue;
        }
        out.push(GoldAttribution {
            content: spans,
            content_text: text,
            cue_text: get("Cue").map(|t| t.text.clone()),
            source: get("Source").map(|t| t.spans.clone()).unwrap_or_default(),
            source_text: get("Source").map(|t| t.text.clone()),
        });
    }
    out
}

/// A content's fragments and text in the order they stand in the article. brat joins the
/// fragments' texts with a space in the order they are listed, and a few annotations list
/// a later fragment first; its text then opens with words that come second in the article.
/// Text whose length does not fit the fragments is kept as it is.
fn in_document_order(spans: &[Span], text: &str) -> (Vec<Span>, String) {
    let chars: Vec<char> = text.chars().collect();
    let lens: usize = spans.iter().map(|s| s.1.saturating_sub(s.0)).sum();
    if spans.len() < 2 || spans.windows(2).all(|w| w[0].0 <= w[1].0) || lens + spans.len() - 1 != chars.len() {
        return (spans.to_vec(), text.to_string());
    }
    let mut at = 0;
    let mut pieces: Vec<(Span, String)> = spans
        .iter()
        .map(|s| {
            let n = s.1.saturating_sub(s.0);
            let piece = chars[at..at + n].iter().collect();
            at += n + 1;
            (*s, piece)
        })
        .collect();
    pieces.sort_by_key(|(s, _)| (s.0, s.1));
    let text = pieces.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(" ");
    (pieces.into_iter().map(|(s, _)| s).collect(), text)
}

/// Whether a gold content is a direct quote: its text, read in the article's order, opens
/// with a quotation mark.
pub fn is_direct(g: &GoldAttribution) -> bool {
    ["\"", "“", "‘", "'", "''", "«", "„"].iter().any(|m| g.content_text.starts_with(m))
}

/// Whether a gold cue is a verb of saying.
pub fn cue_is_saying(g: &GoldAttribution) -> bool {
    g.cue_text.as_deref().is_some_and(|c| c.split(|ch: char| !ch.is_alphabetic()).any(|w| lexicon::speech_verbs().contains(w.to_lowercase().as_str())))
}

/// Whether a gold direct quote holds words outside its quotation marks, the writer's: "“…jail
/// time” for criminal behavior", "''a genius'' for his…". The metric counts it as direct
/// (its text opens with a mark); the contract calls it mixed (reported speech that embeds a
/// quoted fragment). The marks are followed over the content's fragments in order, so the
/// later sentences of a quotation the annotator cut into fragments are inside it.
/// `chars` is the document's text as code points.
pub fn runs_on(chars: &[char], g: &GoldAttribution) -> bool {
    let text: Vec<char> = g
        .content
        .iter()
        .flat_map(|s| {
            let a = s.0.min(chars.len());
            chars[a..s.1.clamp(a, chars.len())].iter().copied()
        })
        .collect();
    let start = text.iter().position(|c| !c.is_whitespace()).unwrap_or(text.len());
    let text = &text[start..];
    // Quotations in single marks follow single marks (a double one inside is nested, and
    // "’" before a letter is an apostrophe); others follow double marks ('' included, and
    // marks that close nothing are let be).
    let single = matches!(text, ['‘', ..]) || matches!(text, ['\'', next, ..] if *next != '\'');
    let letter = |i: usize| text.get(i).is_some_and(|c| c.is_alphanumeric());
    if single {
        // A closing single mark and a plural's apostrophe look alike ("‘The players’ union
        // said no,’"): the last one closes, and words after it run on.
        let Some(close) = (1..text.len()).rev().find(|&i| matches!(text[i], '’' | '\'') && !letter(i + 1)) else { return false };
        return text[close + 1..].iter().any(|c| c.is_alphanumeric());
    }
    let mut depth = 0usize;
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        let (opens, closes) = match c {
            '“' | '„' | '«' => (true, false),
            '”' | '»' => (false, depth > 0),
            '"' => (depth == 0, depth > 0),
            '\'' if text.get(i + 1) == Some(&'\'') => {
                i += 1;
                (depth == 0, depth > 0)
            }
            _ => (false, false),
        };
        if opens {
            depth += 1;
        } else if closes {
            depth -= 1;
        } else if depth == 0 && c.is_alphanumeric() {
            return true;
        }
        i += 1;
    }
    false
}

/// Counts alphanumeric code points in spans, through a prefix sum over the text.
struct Alnum(Vec<usize>);

impl Alnum {
    fn new(text: &str) -> Self {
        let mut prefix = vec![0];
        for c in text.chars() {
            prefix.push(prefix[prefix.len() - 1] + usize::from(c.is_alphanumeric()));
        }
        Alnum(prefix)
    }
    fn count(&self, s: Span) -> usize {
        let n = self.0.len() - 1;
        let (a, b) = (s.0.min(n), s.1.min(n));
        if b <= a {
            0
        } else {
            self.0[b] - self.0[a]
        }
    }
    fn total(&self, spans: &[Span]) -> usize {
        spans.iter().map(|s| self.count(*s)).sum()
    }
    fn overlap(&self, a: &[Span], b: &[Span]) -> usize {
        let mut n = 0;
        for x in a {
            for y in b {
                let s = Span(x.0.max(y.0), x.1.min(y.1));
                n += self.count(s);
            }
        }
        n
    }
}

/// One-to-one matching, best overlap first: the (predicted, gold, score) pairs at or above `t`.
fn match_pairs(al: &Alnum, pred: &[Vec<Span>], gold: &[Vec<Span>], t: f64) -> Vec<(usize, usize, f64)> {
    let mut cands = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        let pn = al.total(p);
        for (j, g) in gold.iter().enumerate() {
            let inter = al.overlap(p, g);
            let denom = pn.max(al.total(g));
            if inter > 0 && denom > 0 {
                let score = inter as f64 / denom as f64;
                if score >= t {
                    cands.push((i, j, score));
                }
            }
        }
    }
    cands.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let (mut used_p, mut used_g) = (vec![false; pred.len()], vec![false; gold.len()]);
    cands.retain(|&(i, j, _)| {
        let ok = !used_p[i] && !used_g[j];
        if ok {
            used_p[i] = true;
            used_g[j] = true;
        }
        ok
    });
    cands
}

/// Precision, recall, F1 from counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub tp_pred: usize,
    pub pred: usize,
    pub tp_gold: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp_pred, self.pred)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp_gold, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn add(&mut self, o: Prf) {
        self.tp_pred += o.tp_pred;
        self.pred += o.pred;
        self.tp_gold += o.tp_gold;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The quote figures over a corpus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteReport {
    pub documents: usize,
    pub direct_03: Prf,
    pub direct_08: Prf,
    /// Matched direct pairs (at 0.3) whose gold has a source, and how many got it right.
    pub speaker_pairs: usize,
    pub speaker_right: usize,
    pub reported: Prf,
    /// Matched indirect and mixed pairs (reported speech at 0.3) whose gold has a source, and
    /// how many got it right, as for direct quotes.
    pub reported_speaker_pairs: usize,
    pub reported_speaker_right: usize,
    /// Gold direct quotes with words outside their marks ([`runs_on`]); how many of them
    /// no direct quote matches at 0.8; and how many of those a mixed quote matches at 0.8.
    pub run_on: usize,
    pub run_on_missed: usize,
    pub run_on_mixed: usize,
    /// Direct quotes at 0.8 against the gold direct quotes that stay inside their marks
    /// (the contract's direct), every predicted direct quote counted.
    pub inside_08: Prf,
    /// Gold contents that open with a closing mark typed the wrong way round ("”Fear. …”"),
    /// which the definition of a gold direct quote leaves out, and how many of them a
    /// predicted direct quote matches at 0.8 (each such quote counts as spurious above).
    pub reversed: usize,
    pub reversed_found: usize,
}

impl QuoteReport {
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.speaker_pairs)
    }
    pub fn reported_speaker_accuracy(&self) -> f64 {
        ratio(self.reported_speaker_right, self.reported_speaker_pairs)
    }
}

const NOT_NAMES: &[&str] = &["the", "a", "an", "of", "and", "in", "for", "to", "at", "on", "his", "her", "their", "its", "who", "said", "mr", "mrs", "ms", "dr"];

fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).filter(|w| !NOT_NAMES.contains(&w.as_str()))
}

/// Scores one document's quotes against its gold attributions.
pub fn score_document(text: &str, gold: &[GoldAttribution], doc: &Document) -> QuoteReport {
    let al = Alnum::new(text);
    let mut r = QuoteReport { documents: 1, ..Default::default() };
    let direct_pred: Vec<&crate::model::Quote> = doc.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    let direct_gold: Vec<&GoldAttribution> = gold.iter().filter(|g| is_direct(g)).collect();
    let pp: Vec<Vec<Span>> = direct_pred.iter().map(|q| q.parts.clone()).collect();
    let gg: Vec<Vec<Span>> = direct_gold.iter().map(|g| g.content.clone()).collect();
    for (t, prf) in [(0.3, &mut r.direct_03), (0.8, &mut r.direct_08)] {
        let m = match_pairs(&al, &pp, &gg, t);
        *prf = Prf { tp_pred: m.len(), pred: pp.len(), tp_gold: m.len(), gold: gg.len() };
    }
    let chars: Vec<char> = text.chars().collect();
    let run_on: Vec<bool> = direct_gold.iter().map(|g| runs_on(&chars, g)).collect();
    let matched: Vec<usize> = match_pairs(&al, &pp, &gg, 0.8).iter().map(|x| x.1).collect();
    let missed: Vec<usize> = (0..gg.len()).filter(|j| run_on[*j] && !matched.contains(j)).collect();
    let mixed: Vec<Vec<Span>> = doc.quotes.iter().filter(|q| q.kind == QuoteKind::Mixed).map(|q| q.parts.clone()).collect();
    let missed_spans: Vec<Vec<Span>> = missed.iter().map(|j| gg[*j].clone()).collect();
    r.run_on = run_on.iter().filter(|x| **x).count();
    r.run_on_missed = missed.len();
    r.run_on_mixed = match_pairs(&al, &mixed, &missed_spans, 0.8).len();
    let inside: Vec<Vec<Span>> = gg.iter().zip(&run_on).filter(|(_, r)| !**r).map(|(g, _)| g.clone()).collect();
    let m = match_pairs(&al, &pp, &inside, 0.8).len();
    r.inside_08 = Prf { tp_pred: m, pred: pp.len(), tp_gold: m, gold: inside.len() };
    let reversed: Vec<Vec<Span>> = gold.iter().filter(|g| g.content_text.starts_with('”')).map(|g| g.content.clone()).collect();
    r.reversed = reversed.len();
    r.reversed_found = match_pairs(&al, &pp, &reversed, 0.8).len();
    for (i, j, _) in match_pairs(&al, &pp, &gg, 0.3) {
        let Some(right) = speaker_right(direct_pred[i], direct_gold[j]) else { continue };
        r.speaker_pairs += 1;
        r.speaker_right += usize::from(right);
    }
    let all_pred: Vec<Vec<Span>> = doc.quotes.iter().map(|q| q.parts.clone()).collect();
    let all_gold: Vec<Vec<Span>> = gold.iter().map(|g| g.content.clone()).collect();
    let m = match_pairs(&al, &all_pred, &all_gold, 0.3);
    let saying: Vec<bool> = gold.iter().map(cue_is_saying).collect();
    r.reported = Prf { tp_pred: m.len(), pred: all_pred.len(), tp_gold: m.iter().filter(|(_, j, _)| saying[*j]).count(), gold: saying.iter().filter(|s| **s).count() };
    for (i, j, _) in &m {
        if doc.quotes[*i].kind != QuoteKind::Direct {
            let Some(right) = speaker_right(&doc.quotes[*i], &gold[*j]) else { continue };
            r.reported_speaker_pairs += 1;
            r.reported_speaker_right += usize::from(right);
        }
    }
    r
}

/// Whether a quote's speaker is the gold source (its span overlaps the source's, or its name
/// shares a word with the source's text); `None` when the gold names no source.
fn speaker_right(q: &Quote, g: &GoldAttribution) -> Option<bool> {
    let source_text = g.source_text.as_ref()?;
    let Some(sp) = &q.speaker else { return Some(false) };
    let span_hit = g.source.iter().any(|s| sp.span.0 < s.1 && s.0 < sp.span.1);
    let source_words: Vec<String> = words(source_text).collect();
    let name_hit = sp.name.as_deref().is_some_and(|n| words(n).any(|w| source_words.contains(&w)));
    Some(span_hit || name_hit)
}

/// Direct quotes of one annotation scored against another's at overlap `t`, as
/// [`score_document`] scores presslens: how far two people agree, the ceiling for a program.
pub fn direct_agreement(text: &str, pred: &[GoldAttribution], gold: &[GoldAttribution], t: f64) -> Prf {
    let al = Alnum::new(text);
    let spans = |g: &[GoldAttribution]| -> Vec<Vec<Span>> { g.iter().filter(|g| is_direct(g)).map(|g| g.content.clone()).collect() };
    let (pp, gg) = (spans(pred), spans(gold));
    let m = match_pairs(&al, &pp, &gg, t).len();
    Prf { tp_pred: m, pred: pp.len(), tp_gold: m, gold: gg.len() }
}

/// Adds one document's figures to a corpus total.
pub fn add(total: &mut QuoteReport, r: &QuoteReport) {
    total.documents += r.documents;
    total.direct_03.add(r.direct_03);
    total.direct_08.add(r.direct_08);
    total.speaker_pairs += r.speaker_pairs;
    total.speaker_right += r.speaker_right;
    total.reported.add(r.reported);
    total.reported_speaker_pairs += r.reported_speaker_pairs;
    total.reported_speaker_right += r.reported_speaker_right;
    total.run_on += r.run_on;
    total.run_on_missed += r.run_on_missed;
    total.run_on_mixed += r.run_on_mixed;
    total.inside_08.add(r.inside_08);
    total.reversed += r.reversed;
    total.reversed_found += r.reversed_found;
}

/// One hand-checked pronoun speaker: in `article`, the "he" or "she" at code point `at`
/// speaks a quote, and a careful reader takes it to be `referent` (the fullest name the
/// article gives, or its description of someone it never names).
#[derive(Clone, Debug, PartialEq)]
pub struct GoldPronoun {
    pub article: String,
    pub at: usize,
    pub pronoun: String,
    pub referent: String,
}

/// Reads a gold file of pronoun speakers: tab-separated article, offset, pronoun, referent
/// and "sure" or "unsure"; lines starting with `#` are comments. Rows whose referent is "?"
/// (no reader can tell) are left out.
pub fn parse_pronouns(tsv: &str) -> Result<Vec<GoldPronoun>, String> {
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(article), Some(at), Some(pronoun), Some(referent)) = (f.first(), f.get(1), f.get(2), f.get(3)) else {
            return Err(format!("line {}: expected article, offset, pronoun and referent", n + 1));
        };
        let at = at.parse().map_err(|_| format!("line {}: offset {at:?} is not a number", n + 1))?;
        if *referent != "?" {
            out.push(GoldPronoun { article: article.to_string(), at, pronoun: pronoun.to_string(), referent: referent.to_string() });
        }
    }
    Ok(out)
}

/// What became of one gold pronoun speaker in presslens's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PronounOutcome {
    /// Resolved to the referent.
    Right,
    /// Resolved to someone else.
    Wrong,
    /// Left without a name.
    Unresolved,
    /// No quote has this pronoun as its speaker.
    NotASpeaker,
}

/// Whether a resolved speaker name is the gold referent: every word of the name is among the
/// referent's, case and punctuation aside ("Clinton" or "Hillary Clinton" for "Hillary
/// Clinton", "spokeswoman" for "spokeswoman for the ministry"). The referent is the fullest
/// name the article gives, so a name with a word it lacks is someone else: "Bill Clinton"
/// is not "Hillary Clinton", nor "Michelle Obama" the "Obama" of an article that never
/// writes "Barack".
pub fn same_referent(name: &str, referent: &str) -> bool {
    let b: Vec<String> = words(referent).collect();
    let mut a = words(name).peekable();
    a.peek().is_some() && a.all(|w| b.contains(&w))
}

/// Scores the quote whose speaker is the pronoun at `gold.at`, with the resolved name it
/// was given when right or wrong.
pub fn score_pronoun(gold: &GoldPronoun, doc: &Document) -> (PronounOutcome, Option<String>) {
    let Some(sp) = doc.quotes.iter().filter_map(|q| q.speaker.as_ref()).find(|s| s.span.0 == gold.at && s.text.eq_ignore_ascii_case(&gold.pronoun)) else {
        return (PronounOutcome::NotASpeaker, None);
    };
    match &sp.name {
        None => (PronounOutcome::Unresolved, None),
        Some(n) if same_referent(n, &gold.referent) => (PronounOutcome::Right, Some(n.clone())),
        Some(n) => (PronounOutcome::Wrong, Some(n.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gold_quote_opening_with_a_reversed_mark_is_counted_apart() {
        let text = "”Fear. I am afraid.” ― Edwin Monroy\n\n“We will win,” Smith said.";
        let at = |s: &str| text.chars().count() - text[text.find(s).unwrap()..].chars().count();
        let gold = |from: &str, content: &str| GoldAttribution {
            content: vec![Span(at(from), at(from) + content.chars().count())],
            content_text: content.to_string(),
            ..Default::default()
        };
        let golds = [gold("”Fear", "”Fear. I am afraid.”"), gold("“We", "“We will win,”")];
        let doc = crate::analyze_document("t", text);
        let r = score_document(text, &golds, &doc);
        // Only "“We will win,”" is gold direct; the found "Fear. …" counts as spurious.
        assert_eq!((r.direct_08.gold, r.direct_08.tp_gold, r.direct_08.pred), (1, 1, 2));
        assert_eq!((r.reversed, r.reversed_found), (1, 1));
    }

    #[test]
    fn pronoun_gold_rows_and_referents() {
        let rows = parse_pronouns("# article\toffset\npost.txt\t120\tshe\tHillary Clinton\tsure\npost.txt\t300\the\t?\tunsure\n").unwrap();
        assert_eq!(rows, vec![GoldPronoun { article: "post.txt".into(), at: 120, pronoun: "she".into(), referent: "Hillary Clinton".into() }]);
        assert!(parse_pronouns("post.txt\tten\tshe\tX\tsure\n").is_err());
        assert!(parse_pronouns("post.txt\t10\n").is_err());
        for (name, referent, same) in [
            ("Clinton", "Hillary Clinton", true),
            ("Hillary Rodham Clinton", "Hillary Clinton", false),
            ("Michelle Obama", "Obama", false),
            ("Mrs. Clinton", "Hillary Clinton", true),
            ("Bill Clinton", "Hillary Clinton", false),
            ("spokeswoman", "spokeswoman for the ministry", true),
            ("senior defense official", "spokeswoman for the ministry", false),
            ("", "Hillary Clinton", false),
        ] {
            assert_eq!(same_referent(name, referent), same, "{name} / {referent}");
        }
    }

    #[test]
    fn a_pronoun_speaker_is_scored_by_the_name_it_resolves_to() {
        let text = "Senator Elizabeth Warren met Paul Ryan on Monday. “This just isn’t right,” she said.";
        let doc = crate::analyze_document("t", text);
        let at = text.chars().collect::<String>().find("she said").map(|b| text[..b].chars().count()).unwrap();
        let gold = |referent: &str| GoldPronoun { article: "t".into(), at, pronoun: "she".into(), referent: referent.into() };
        assert_eq!(score_pronoun(&gold("Elizabeth Warren"), &doc), (PronounOutcome::Right, Some("Elizabeth Warren".into())));
        assert_eq!(score_pronoun(&gold("Paul Ryan"), &doc).0, PronounOutcome::Wrong);
        assert_eq!(score_pronoun(&GoldPronoun { at: at + 1, ..gold("Elizabeth Warren") }, &doc).0, PronounOutcome::NotASpeaker);
    }

    const ANN: &str = "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 11 20;25 30\t“x” y\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";

    #[test]
    fn brat_attributions_with_fragments() {
        let g = parse_brat(ANN);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].content, [Span(11, 20), Span(25, 30)]);
        assert_eq!(g[0].source_text.as_deref(), Some("Ann"));
        assert!(is_direct(&g[0]) && cue_is_saying(&g[0]));
    }

    #[test]
    fn fragments_listed_out_of_order_are_read_in_the_articles_order() {
        // "If they are …" was listed first; the article has "“For young people …" first.
        let ann = "T1\tContent 40 52;10 23\tIf they are. “For young pe\nE1\tAttribution:T1 Content:T1\n";
        let g = parse_brat(ann);
        assert_eq!(g[0].content, [Span(10, 23), Span(40, 52)]);
        assert_eq!(g[0].content_text, "“For young pe If they are.");
        assert!(is_direct(&g[0]));
        // A text that does not fit its fragments is left as listed.
        let odd = parse_brat("T1\tContent 40 52;10 25\tshort\nE1\tAttribution:T1 Content:T1\n");
        assert_eq!((odd[0].content_text.as_str(), odd[0].content[0]), ("short", Span(40, 52)));
    }

    #[test]
    fn overlap_counts_alphanumerics_only_and_matches_one_to_one() {
        let al = Alnum::new("ab, cd ef");
        assert_eq!(al.total(&[Span(0, 9)]), 6);
        let m = match_pairs(&al, &[vec![Span(0, 6)], vec![Span(0, 9)]], &[vec![Span(0, 9)]], 0.3);
        assert_eq!(m, [(1, 0, 1.0)]);
    }

    #[test]
    fn a_direct_gold_quote_runs_on_when_words_follow_its_closing_mark() {
        let cases: &[(&str, bool)] = &[
            ("“The only way Wall Street will change will be if executives face jail time” for criminal behavior", true),
            ("''a genius'' for his recently revealed tax avoidance strategies", true),
            ("\"budget reforms\" and the collection of unpaid taxes would help finance them", true),
            ("“how the system is rigged,” and “wounded American families”", true),
            ("“We will win,”", false),
            ("“We will win.” ", false),
            ("‘We don’t know what the ’90s held,’", false),
            ("''They're more detailed and structured than Trump's.''", false),
            ("''It's the Democrats' fault,''", false),
            ("‘The players’ union said no,’", false),
            ("“Yes.”” and more", true),
            ("“He called it “a disgrace.””", false),
            ("“He called it “a disgrace,” and left.”", false),
            ("“He called it “a disgrace,” and left.” Then he went home", true),
            ("“an unfinished quotation that runs to the paragraph’s end", false),
        ];
        for (content, expected) in cases {
            let chars: Vec<char> = content.chars().collect();
            let g = GoldAttribution { content: vec![Span(0, chars.len())], content_text: content.to_string(), ..Default::default() };
            assert_eq!(runs_on(&chars, &g), *expected, "{content}");
        }
        // Fragments, followed in order: each quoted by itself ("“A,” she said. “B.”"), or the
        // later sentences of one quotation, are inside; words after the close are not.
        let text: Vec<char> = "“A is here,” she said. “B is there. C is too.” and more".chars().collect();
        let g = |spans: Vec<Span>| GoldAttribution { content: spans, content_text: "“A".into(), ..Default::default() };
        assert!(!runs_on(&text, &g(vec![Span(0, 12), Span(23, 46)])));
        assert!(!runs_on(&text, &g(vec![Span(0, 12), Span(23, 35), Span(36, 46)])));
        assert!(runs_on(&text, &g(vec![Span(0, 12), Span(23, 55)])));
        assert!(runs_on(&text, &g(vec![Span(0, 12), Span(46, 55)])));
        // A reversed or out-of-range span is empty, not a panic.
        assert!(!runs_on(&text, &g(vec![Span(0, 12), Span(40, 20), Span(90, 99)])));
    }

    #[test]
    fn annotators_agree_on_direct_quotes_only() {
        let text = "“We will win,” she said. He said they would lose.";
        let ann = |quote: &str| {
            format!("T1\tContent {quote}\nT2\tCue 15 19\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\nT3\tContent 32 48\tthey would lose\nE2\tAttribution:T2 Content:T3\n")
        };
        let whole = parse_brat(&ann("0 14\t“We will win,”"));
        let part = parse_brat(&ann("0 8\t“We will"));
        // The reported clause is no direct quote and counts for neither side.
        assert_eq!(direct_agreement(text, &whole, &whole, 0.8), Prf { tp_pred: 1, pred: 1, tp_gold: 1, gold: 1 });
        assert_eq!(direct_agreement(text, &part, &whole, 0.8), Prf { tp_pred: 0, pred: 1, tp_gold: 0, gold: 1 });
        assert_eq!(direct_agreement(text, &part, &whole, 0.3), Prf { tp_pred: 1, pred: 1, tp_gold: 1, gold: 1 });
    }
}

/// For tuning: the direct quotes missed and predicted wrongly at 0.8, and the speakers
/// judged wrong, as readable lines.
pub fn direct_errors(text: &str, gold: &[GoldAttribution], doc: &Document) -> Vec<String> {
    let al = Alnum::new(text);
    let chars: Vec<char> = text.chars().collect();
    let show = |spans: &[Span]| -> String {
        let s: String = spans.iter().map(|s| chars[s.0.min(chars.len())..s.1.min(chars.len())].iter().collect::<String>()).collect::<Vec<_>>().join(" | ");
        s.chars().take(110).collect()
    };
    let pred: Vec<&crate::model::Quote> = doc.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    let gold: Vec<&GoldAttribution> = gold.iter().filter(|g| is_direct(g)).collect();
    let pp: Vec<Vec<Span>> = pred.iter().map(|q| q.parts.clone()).collect();
    let gg: Vec<Vec<Span>> = gold.iter().map(|g| g.content.clone()).collect();
    let m = match_pairs(&al, &pp, &gg, 0.8);
    let loose = match_pairs(&al, &pp, &gg, 0.3);
    let mut out = Vec::new();
    for (j, g) in gg.iter().enumerate() {
        if !m.iter().any(|x| x.1 == j) {
            match loose.iter().find(|x| x.1 == j) {
                Some(x) => out.push(format!("{}\tpartial\t{}\t≠ {}", doc.id, show(g), show(&pp[x.0]))),
                None => out.push(format!("{}\tmissed\t{}", doc.id, show(g))),
            }
        }
    }
    for (i, p) in pp.iter().enumerate() {
        if !loose.iter().any(|x| x.0 == i) {
            out.push(format!("{}\tspurious\t{}", doc.id, show(p)));
        }
    }
    for (i, j, _) in match_pairs(&al, &pp, &gg, 0.3) {
        let (q, g) = (pred[i], gold[j]);
        let Some(src) = &g.source_text else { continue };
        let said = q.speaker.as_ref().map_or("-".to_string(), |s| format!("{} => {}", s.text, s.name.as_deref().unwrap_or("-")));
        let source_words: Vec<String> = words(src).collect();
        let ok = q
            .speaker
            .as_ref()
            .is_some_and(|sp| g.source.iter().any(|s| sp.span.0 < s.1 && s.0 < sp.span.1) || sp.name.as_deref().is_some_and(|n| words(n).any(|w| source_words.contains(&w))));
        if !ok {
            out.push(format!("{}\tspeaker\t{} ≠ {}\t{}", doc.id, said, src, show(&q.parts)));
        }
    }
    out
}

/// One document of a CoNLL file, its text rebuilt from the tokens, and its gold entities
/// as `(start, end, tag)` in code points, tag one of PER, ORG, LOC, MISC.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConllDoc {
    pub text: String,
    pub gold: Vec<(usize, usize, String)>,
    /// Every sentence's tokens with their code-point spans and gold BIO tags.
    pub sentences: Vec<Vec<(String, usize, usize, String)>>,
}

/// Punctuation written without a space before it when tokens are joined.
fn closes(tok: &str) -> bool {
    matches!(tok, "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "}")
}

/// Parses a CoNLL-2003 file (`token POS chunk NER` per line, blank lines between
/// sentences, `-DOCSTART-` between documents). Each document's text has one sentence per
/// line, tokens joined by single spaces, no space before closing punctuation.
pub fn parse_conll(data: &str) -> Vec<ConllDoc> {
    let mut docs: Vec<ConllDoc> = Vec::new();
    let mut doc = ConllDoc::default();
    let mut sentence: Vec<(String, String)> = Vec::new();
    let flush_sentence = |doc: &mut ConllDoc, sentence: &mut Vec<(String, String)>| {
        if sentence.is_empty() {
            return;
        }
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let mut pos = doc.text.chars().count();
        let mut toks = Vec::new();
        for (i, (tok, tag)) in sentence.iter().enumerate() {
            if i > 0 && !closes(tok) {
                doc.text.push(' ');
                pos += 1;
            }
            let len = tok.chars().count();
            doc.text.push_str(tok);
            toks.push((tok.clone(), pos, pos + len, tag.clone()));
            pos += len;
        }
        // Gold spans from the BIO tags (an I- after O or another type starts one too).
        let mut open: Option<(usize, usize, String)> = None;
        for (_, s, e, tag) in &toks {
            let (bio, ty) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
            let continues = bio == "I" && open.as_ref().is_some_and(|o| o.2 == ty);
            if continues {
                if let Some(o) = open.as_mut() {
                    o.1 = *e;
                }
                continue;
            }
            if let Some(o) = open.take() {
                doc.gold.push(o);
            }
            if bio == "B" || bio == "I" {
                open = Some((*s, *e, ty.to_string()));
            }
        }
        doc.gold.extend(open);
        doc.sentences.push(toks);
        sentence.clear();
    };
    for line in data.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            flush_sentence(&mut doc, &mut sentence);
            if !doc.text.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if cols.is_empty() {
            flush_sentence(&mut doc, &mut sentence);
            continue;
        }
        sentence.push((cols[0].to_string(), cols.last().copied().unwrap_or("O").to_string()));
    }
    flush_sentence(&mut doc, &mut sentence);
    if !doc.text.is_empty() {
        docs.push(doc);
    }
    docs
}

/// Strict span-and-type scores per CoNLL type (PER, ORG, LOC).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityReport {
    pub by_type: std::collections::BTreeMap<String, Prf>,
}

impl EntityReport {
    pub fn micro(&self) -> Prf {
        let mut m = Prf::default();
        for p in self.by_type.values() {
            m.add(*p);
        }
        m
    }
    pub fn add(&mut self, other: &EntityReport) {
        for (k, v) in &other.by_type {
            self.by_type.entry(k.clone()).or_default().add(*v);
        }
    }
}

/// The CoNLL tag of a contract entity type, for the types that are scored.
pub fn conll_type(kind: crate::model::EntityType) -> Option<&'static str> {
    use crate::model::EntityType::*;
    match kind {
        Person => Some("PER"),
        Organization => Some("ORG"),
        Place => Some("LOC"),
        _ => None,
    }
}

/// Scores one document's entity mentions against CoNLL gold: exact span and type; a
/// prediction overlapping a gold MISC span is not counted.
pub fn score_entities(gold: &[(usize, usize, String)], doc: &Document) -> EntityReport {
    let mut pred: Vec<(usize, usize, &str)> = Vec::new();
    for e in &doc.entities {
        if let Some(t) = conll_type(e.kind) {
            pred.extend(e.mentions.iter().map(|m| (m.span.0, m.span.1, t)));
        }
    }
    let misc: Vec<(usize, usize)> = gold.iter().filter(|g| g.2 == "MISC").map(|g| (g.0, g.1)).collect();
    pred.retain(|p| !misc.iter().any(|m| p.0 < m.1 && m.0 < p.1));
    pred.sort();
    pred.dedup();
    let gold_set: std::collections::HashSet<(usize, usize, &str)> = gold.iter().filter(|g| g.2 != "MISC").map(|g| (g.0, g.1, g.2.as_str())).collect();
    let pred_set: std::collections::HashSet<(usize, usize, &str)> = pred.iter().copied().collect();
    let mut r = EntityReport::default();
    for t in ["PER", "ORG", "LOC"] {
        let p = pred_set.iter().filter(|x| x.2 == t).count();
        let g = gold_set.iter().filter(|x| x.2 == t).count();
        let hit = pred_set.iter().filter(|x| x.2 == t && gold_set.contains(*x)).count();
        r.by_type.insert(t.to_string(), Prf { tp_pred: hit, pred: p, tp_gold: hit, gold: g });
    }
    r
}

#[cfg(test)]
mod conll_tests {
    use super::*;

    #[test]
    fn conll_text_and_gold_spans() {
        let data =
            "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n. . O O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n";
        let docs = parse_conll(data);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "EU rejects German call.\nPeter Blackburn");
        assert_eq!(docs[0].gold, [(0, 2, "ORG".into()), (11, 17, "MISC".into()), (24, 39, "PER".into())]);
    }
}
