//! Stage 2: quotations. Direct quotes from paired quotation marks (over paragraphs and
//! around their attribution), reported speech from cue verbs, and for each the phrase that
//! names the speaker. Resolving that phrase to a person is left to the entities stage.

use crate::lexicon;
use crate::model::QuoteKind;
use crate::text::{is_quote_char, with_lowercase, Range, Text, TokKind};
/// Sets of token indices, hashed by FNV rather than SipHash (nothing to defend against).
type HashSet<K> = std::collections::HashSet<K, crate::learn::FnvBuild>;

/// A quotation found in the text, in byte ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct RawQuote {
    pub kind: QuoteKind,
    pub parts: Vec<Range>,
    pub speaker: Option<SpeakerPhrase>,
    pub cue: Option<Range>,
    pub confidence: f64,
}

/// The words naming a speaker: `span` as it stands ("Kishida, the foreign minister"),
/// `head` the part that names them ("Kishida").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpeakerPhrase {
    pub span: Range,
    pub head: Range,
}

impl RawQuote {
    pub fn range(&self) -> Range {
        Range::new(self.parts[0].start, self.parts[self.parts.len() - 1].end)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

/// Which way a double quotation mark token faces, or `None` for single marks and apostrophes.
fn double_mark(text: &Text, i: usize) -> Option<Mark> {
    match text.tok(i) {
        "“" | "«" | "„" | "‟" | "``" | "‘‘" => Some(Mark::Open),
        "”" | "»" | "’’" => Some(Mark::Close),
        "\"" | "''" => Some(Mark::Either),
        _ => None,
    }
}

/// A pair of marks found in one paragraph: content between them (trimmed), and whether the
/// quote is left open at the paragraph's end.
struct Pair {
    open_tok: usize,
    close_tok: Option<usize>,
    content: Range,
}

fn content_between(text: &Text, start: usize, end: usize) -> Range {
    let s = &text.src[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Range::new(start + lead, end - trail)
}

/// Pairs the double quotation marks of every paragraph, joining a quote left open at a
/// paragraph's end with the next paragraph when that one opens with a mark (the news
/// convention for quotes over several paragraphs). Returns each quote's parts.
fn pair_marks(text: &Text) -> Vec<(Vec<Range>, Vec<usize>, Option<usize>)> {
    let mut quotes = Vec::new();
    // Parts of a quote carried over from earlier paragraphs, with their opening tokens.
    let mut carry: Option<(Vec<Range>, Vec<usize>)> = None;
    // A text that quotes in curly marks and opens a paragraph with a straight one is
    // excerpting another publication ("McCrummen reports:" then the excerpt's paragraphs,
    // each opened by `"`): those straight marks frame the excerpt, and the curly marks in it
    // are the quotations.
    let straight = |i: usize| text.tokens[i].kind == TokKind::Quote && text.tok(i) == "\"";
    let (mut n_straight, mut n_curly) = (0usize, 0usize);
    for i in 0..text.tokens.len() {
        if text.tokens[i].kind == TokKind::Quote {
            match text.tok(i) {
                "\"" => n_straight += 1,
                "“" | "”" => n_curly += 1,
                _ => {}
            }
        }
    }
    let curly_text = n_curly >= 3 * n_straight;
    let mut tok = 0;
    for para in &text.paragraphs {
        let first = tok;
        while tok < text.tokens.len() && text.tokens[tok].start < para.end {
            tok += 1;
        }
        let toks = first..tok;
        // Page furniture set in the marks of a quote over paragraphs ("\"Follow Pam Key on
        // Twitter @pamkeyNEN.\"" after a transcript quoted paragraph by paragraph) neither
        // goes on with that quote nor is one. A paragraph that closes its marks before its
        // end is a quotation, whatever its first words ("''Follow us,'' Ms. Gil said"), and
        // so is one after no open quote ("Clinton replied:" then "\"Delete your account.
        // @realDonaldTrump\"").
        let bare = text.slice(*para).trim_start().trim_start_matches(['"', '“', '\'']);
        let in_marks_throughout = first < tok && text.tokens[first].kind == TokKind::Quote && (first + 1..tok.saturating_sub(2)).all(|i| text.tokens[i].kind != TokKind::Quote);
        if carry.is_some() && in_marks_throughout && crate::claims::is_boilerplate(bare) && turn_label(bare).is_none() {
            if let Some((parts, opens)) = carry.take() {
                quotes.push((parts, opens, None));
            }
            continue;
        }
        // An excerpt's paragraph: opened by a straight mark and left open, as each paragraph
        // of a passage from elsewhere is, with no curly mark inside or a curly quotation
        // opened before any curly mark closes (a `”` first would close the straight mark:
        // `"…,” he said`). A paragraph that closes its straight mark is a quotation.
        let excerpt = curly_text
            && first < tok
            && straight(first)
            && (first + 1..tok).all(|i| !straight(i))
            && (first + 1..tok).find(|&i| text.tokens[i].kind == TokKind::Quote && matches!(text.tok(i), "“" | "”")).is_none_or(|i| text.tok(i) == "“");
        let mut pairs: Vec<Pair> = Vec::new();
        let mut open: Option<usize> = None;
        // The paragraph's double marks, so that a mark can look at the two after it.
        let marks: Vec<(usize, Mark)> =
            toks.clone().filter(|&i| text.tokens[i].kind == TokKind::Quote && !(excerpt && straight(i))).filter_map(|i| Some((i, double_mark(text, i)?))).collect();
        let mut nested_close: Option<usize> = None;
        for (m, &(i, mark)) in marks.iter().enumerate() {
            if nested_close == Some(i) {
                nested_close = None;
                continue;
            }
            // A curly mark typed the wrong way round faces the way it is set: "“Apparently
            // not,“ he said" (glued to what comes before it, not to a word or number after it,
            // while a quote is open) closes; "”Fear. …”" (glued to the word after it, not to
            // what comes before, with no quote open) opens.
            let glued_before = i > 0 && text.tokens[i - 1].end == text.tokens[i].start && text.tokens[i - 1].kind != TokKind::Quote;
            let glued_after = text.tokens.get(i + 1).is_some_and(|t| t.start == text.tokens[i].end && matches!(t.kind, TokKind::Word | TokKind::Number));
            let opening = match mark {
                Mark::Open => !(open.is_some() && glued_before && !glued_after),
                Mark::Close => open.is_none() && !glued_before && glued_after,
                Mark::Either => open.is_none(),
            };
            // A quotation inside the open one, closed before it: “I’d rather live in what he
            // calls “hell” than …,” or "…: “As you know …?” Forty-three, yes." Its marks
            // stay in the content.
            if let (Some(o), true, Mark::Open) = (open, opening, mark) {
                // The inner mark closes, then one of the outer mark's kind: a straight mark
                // closes a straight one only.
                let inner_closes = marks.get(m + 1).is_some_and(|&(_, mk)| mk == Mark::Close);
                let outer_closes = marks.get(m + 2).is_some_and(|&(k, mk)| match double_mark(text, o) {
                    Some(Mark::Either) => text.tok(k) == text.tok(o),
                    _ => mk == Mark::Close,
                });
                // Or the outer opened the paragraph in marks of another style and runs on past
                // its end, as a quote over paragraphs does: "\"PENCE: … an episode of “Shark
                // Tank.” But this is …" (in one style, the inner closing mark may close the outer
                // quote too: "“This is what he called “a disgrace,” Smith said.").
                let outer_runs_on = o == first && m + 2 == marks.len() && text.tok(o) != text.tok(i);
                if inner_closes && (outer_closes || outer_runs_on) {
                    nested_close = Some(marks[m + 1].0);
                    continue;
                }
            }
            match (open, opening) {
                (None, true) => open = Some(i),
                (Some(o), false) => {
                    pairs.push(Pair { open_tok: o, close_tok: Some(i), content: content_between(text, text.tokens[o].end, text.tokens[i].start) });
                    open = None;
                }
                // A second opening mark while one is open: the first was never closed.
                // Close it where the new one starts, so nothing after it is lost.
                (Some(o), true) => {
                    pairs.push(Pair { open_tok: o, close_tok: None, content: content_between(text, text.tokens[o].end, text.tokens[i].start) });
                    open = Some(i);
                }
                (None, false) => {} // a stray closing mark
            }
        }
        if let Some(o) = open {
            pairs.push(Pair { open_tok: o, close_tok: None, content: content_between(text, text.tokens[o].end, para.end) });
        }
        // The paragraph opens with a mark that continues a quote from the paragraph before.
        // A `“` after a paragraph opened by `"` (an excerpt's) opens a quotation of its own:
        // a quote goes on in the marks it opened with.
        let excerpt_ends = carry.as_ref().and_then(|(_, opens)| opens.last()).is_some_and(|&o| straight(o)) && first < tok && text.tok(first) == "“";
        let continues = carry.is_some() && !excerpt_ends && pairs.first().is_some_and(|p| p.open_tok == first);
        if !continues {
            if let Some((parts, opens)) = carry.take() {
                // The quote left open is closed at the end of its last paragraph.
                quotes.push((parts, opens, None));
            }
        }
        let n = pairs.len();
        for (k, p) in pairs.into_iter().enumerate() {
            let (mut parts, mut opens) = if k == 0 && continues { carry.take().unwrap_or_default() } else { Default::default() };
            if !p.content.is_empty() {
                parts.push(p.content);
            }
            opens.push(p.open_tok);
            let last_open = k + 1 == n && p.close_tok.is_none();
            if last_open && !parts.is_empty() {
                carry = Some((parts, opens));
            } else if !parts.is_empty() {
                quotes.push((parts, opens, p.close_tok));
            }
        }
    }
    if let Some((parts, opens)) = carry {
        quotes.push((parts, opens, None));
    }
    quotes
}

/// Finds every quotation in `text`.
pub fn extract(text: &Text) -> Vec<RawQuote> {
    // The reporting verbs already given to a quote (a set: there may be thousands).
    let mut used_cues: HashSet<usize> = HashSet::default();
    let mut out: Vec<RawQuote> = Vec::new();
    let mut fragments: Vec<(Range, Option<usize>)> = Vec::new(); // quoted words inside a sentence
    let mut unreported: Vec<RawQuote> = Vec::new(); // quotations left to the reported speech
    let mut borrowed: Vec<usize> = Vec::new(); // cues of a sentence before their quotation
    let paired = pair_marks(text);
    let mut prev_paragraph_speaker: Option<(usize, SpeakerPhrase, Option<Range>)> = None; // paragraph, speaker, cue
    let mut last: Option<(usize, SpeakerPhrase, Option<Range>)> = None;
    let mut k = 0;
    while k < paired.len() {
        let (mut parts, opens, mut close) = paired[k].clone();
        let open_tok = opens[0];
        if close.is_some() && nickname_at(text, open_tok) == close {
            k += 1;
            continue;
        }
        let para = text.sentence_at(text.tokens[open_tok].start).map_or(0, |s| text.sentences[s].paragraph);
        // A few quoted words inside a sentence leave the attribution after them to the
        // quotation that follows it: "Remarking upon Clinton's "genuine empathy," Starr said, "…"".
        let fragment = word_count(text.slice(parts[0])) <= 3 && text.slice(parts[0]).starts_with(char::is_lowercase) && lead_in(text, open_tok).is_some();
        // A verb of saying right before the mark reports the sentence in it: "Protesters chanted
        // "Lock her up!" as he spoke." (not "he spoke"; nor in "Nothing the president said "will
        // assuage fears," Rubio said", where the words go on from the sentence).
        let said_right_before = open_tok > 0 && is_speech_verb(text, open_tok - 1) && capital_after(text, open_tok);
        let before_mark = said_right_before.then(|| attribution_before(text, open_tok, &used_cues)).flatten();
        // The title of a work, named before the attribution of the sentence's own report, is
        // not what is said: "On this weekend’s broadcast of “Fox News Sunday,” Pence said his
        // running mate …", "In an interview on CBS's "Face the Nation," Ryan said …".
        let work_title = parts.len() == 1
            && open_tok > 0
            && matches!(text.tok(open_tok - 1), "of" | "on" | "On" | "’s" | "'s" | "in" | "In" | "for" | "titled" | "entitled")
            && word_count(text.slice(parts[0])) <= 6
            && is_title_case(text.slice(parts[0]));
        // Nor are words a verb of naming gives its object: "The governor, calling the storm
        // “historic,” declared a state of emergency" (see `named_in_marks`).
        let sentence_start = text.sentence_at(text.tokens[open_tok].start).map_or(0, |si| text.sentences[si].tokens.start);
        let named = naming_verb_before(text, open_tok, sentence_start).is_some();
        let mut attribution = before_mark.or_else(|| {
            // (A verb right after them, set before its subject, is no attribution of theirs; a
            // report of the sentence after its subject is: "…, calling Trump “an orange
            // buffoon,” Susan said".)
            close
                .filter(|_| !work_title)
                .and_then(|c| {
                    attribution_after(text, c, &used_cues).filter(|a| {
                        let right_after = a.cue_tok == if text.tok(c + 1) == "," { c + 2 } else { c + 1 };
                        // (But the plainest verbs of saying are: "The union called the offer
                        // “insulting,” said Ms. Reed, its president.")
                        !(named && right_after && !matches!(text.tok(a.cue_tok), "said" | "says" | "told" | "tells" | "added" | "adds" | "wrote" | "writes"))
                    })
                })
                .filter(|a| {
                    !(fragment
                        && text.tokens.get(a.end_tok + 1).is_some_and(|_| text.tok(a.end_tok + 1) == ",")
                        && text.tokens.get(a.end_tok + 2).is_some_and(|_| double_mark(text, a.end_tok + 2).is_some()))
                })
        });
        // "…,” she said, “…” and "…,” said X, a Y. “…”: the quote goes on after its
        // attribution when the next one follows in the same paragraph with no speaker of
        // its own.
        // The next quote that opens a sentence or follows a comma; a short quoted term
        // between ("who wore a “No-B.S.” pin") or a title ("said on NBC’s “Meet the Press.”")
        // is passed over.
        let title = |q: &(Vec<Range>, Vec<usize>, Option<usize>)| {
            let o = q.1[0];
            o > 0 && word_count(text.slice(q.0[0])) <= 8 && (matches!(text.tok(o - 1), "’s" | "'s" | "on" | "of" | "in" | "from" | "the" | "titled" | "entitled"))
        };
        let next = paired.iter().skip(k + 1).take(2).enumerate().find(|(n, q)| {
            let o = q.1[0];
            let starts = text.sentence_at(text.tokens[o].start).is_some_and(|si| text.sentences[si].tokens.start == o) || o > 0 && matches!(text.tok(o - 1), "," | "but");
            // Right after the attribution ("“…” he said “…”"), not after a clause that goes on
            // from it ("Axelrod tweeted after Clinton argued that “…”").
            let adjacent = attribution.is_some_and(|a| a.end_tok + 1 == o && o <= a.cue_tok + 4 && text.tok(o - 1) != "that");
            // Within the sentence, a clause with a reporting verb of its own ("…,” Ryan said
            // on CNN, though he said, “…”) or a list ("…,” Sanders said, suggesting a few
            // questions, including, “…”) introduces a quotation of its own.
            let own_clause = attribution.is_some_and(|a| {
                let before = (a.end_tok + 1..o).rev().find(|&i| text.tok(i) != ",");
                before.is_some_and(|i| matches!(text.tok(i), "including" | "like"))
                    || (a.end_tok + 1..o).any(|i| i > 0 && is_speech_verb(text, i) && (PRONOUNS.contains(&text.tok(i - 1)) || is_capitalized(text.tok(i - 1))))
                    // "…,” Graham said on MSNBC, adding, “…”: a second report, a quote of its own.
                    || before.is_some_and(|i| {
                        // (A comma, or a comma and a closing mark: "on “Morning Joe,” adding".)
                        let comma = || text.tok(i - 1) == "," || text.tokens[i - 1].kind == TokKind::Quote && text.tok(i - 2) == ",";
                        i > a.end_tok + 2 && comma() && text.tok(i).ends_with("ing") && is_speech_verb(text, i)
                    })
                    // Or reports a clause of its own: "…,” she wrote, arguing that if nothing was
                    // done, “…”" (before a new sentence the quotation goes on: PolNeAR joins those).
                    || (a.end_tok + 1..o).any(|i| is_follow_participle(text, i) && text.tok(i + 1) == "that")
            });
            let starts = starts && !(own_clause && text.sentence_at(text.tokens[o].start).is_some_and(|si| text.sentences[si].tokens.start < o));
            let sentence_like = word_count(text.slice(q.0[0])) >= 4 || text.slice(q.0[q.0.len() - 1]).ends_with(['.', '!', '?', ',']);
            // A short quotation passed over has no attribution of its own: after "The summit
            // accomplished “too little,” he added on Twitter." the next quotation is his.
            // (Nor has a nickname inside the speaker's name: `Marcia "Cia" Price`.)
            let passed_over = |q: &(Vec<Range>, Vec<usize>, Option<usize>)| {
                q.2.is_some() && nickname_at(text, q.1[0]) == q.2
                    || (word_count(text.slice(q.0[0])) <= 3 || title(q)) && q.2.is_none_or(|c| attribution_after(text, c, &used_cues).is_none())
            };
            !title(q) && (starts || adjacent) && sentence_like && (*n == 0 || passed_over(&paired[k + 1]))
        });
        // (Not after a verb before the mark: the words between are the quotation's own.)
        if let (Some(a), Some((skip, next)), None) = (attribution, next, before_mark) {
            let next_open = next.1[0];
            let between = a.end_tok + 1..next_open;
            let same_paragraph = !text.src[text.tokens[a.end_tok].end..text.tokens[next_open].start].contains('\n');
            let next_paragraph_alone = !same_paragraph
                && next.2.is_some_and(|c| text.tokens.get(c + 1).is_none_or(|t| text.src[text.tokens[c].end..t.start].contains('\n')))
                && text.src[text.tokens[a.end_tok].end..text.tokens[next_open].start].matches('\n').count() <= 2
                && between.len() <= 2;
            if (same_paragraph || next_paragraph_alone)
                && between.len() <= 60
                && between.clone().all(|i| skip > 0 || text.tokens[i].kind != TokKind::Quote || plural_possessive(text, i))
                && {
                    // As if this quote's verb were used already.
                    let fresh = used_cues.insert(a.cue_tok);
                    let none = attribution_before(text, next_open, &used_cues).is_none();
                    if fresh {
                        used_cues.remove(&a.cue_tok);
                    }
                    none
                }
                && single_paragraph(text, &next.0)
                && next.2.is_none_or(|c| attribution_after(text, c, &used_cues).is_none() && !attributed_later(text, c, false))
            {
                parts.extend(next.0.iter().copied());
                close = next.2;
                k += 1 + skip;
            }
        }
        if attribution.is_none() {
            attribution = attribution_before(text, open_tok, &used_cues);
        }
        // A colon introduces the quote: "Rhimes declared the need for drive: “…”". The
        // sentence's subject speaks, or the speaker before.
        let colon_intro = open_tok > 0 && text.tok(open_tok - 1) == ":";
        if attribution.is_none() && colon_intro {
            // The colon's sentence: "Cruz continued:" may end the paragraph before the quote.
            let si = text.sentence_at(text.tokens[open_tok - 1].start);
            // "Transcript as follows:", "Excerpts:": a label, not a speaker.
            let label = |si: usize| is_label(&text.src[text.tokens[text.sentences[si].tokens.start].start..text.tokens[open_tok - 1].start]);
            if let Some(sp) = si.filter(|si| !label(*si)).and_then(|si| subject_after_opener(text, text.sentences[si].tokens.start..open_tok)) {
                attribution = Some(Attribution { speaker: sp, cue: text.tokens[open_tok - 1].range(), cue_tok: open_tok - 1, end_tok: open_tok - 1 });
            }
        }
        k += 1;
        let words = parts.iter().map(|p| word_count(text.slice(*p))).sum::<usize>();
        // "…, adding, “…”": a reporting verb introduces the quote even when no speaker
        // could be named for it.
        // (Or a participle after a comma further back, its addressee and time between: "…,
        // telling Mic in an interview published on Monday, “…”".)
        // (Not "saying that in his career, “…”": a reported clause.)
        let participle_cue = |i: usize| is_follow_participle(text, i) && text.tok(i + 1) != "that";
        let cue_intro = open_tok >= 2
            && text.tok(open_tok - 1) == ","
            && ((open_tok.saturating_sub(5)..open_tok - 1).any(|i| is_speech_verb(text, i))
                || (open_tok.saturating_sub(12)..open_tok - 1).rev().find(|&i| is_speech_verb(text, i) || text.tokens[i].kind == TokKind::Quote).is_some_and(participle_cue));
        let lead = if colon_intro || cue_intro { None } else { lead_in(text, open_tok).filter(|&start| !fronted_adverbial(text, text.token_at(start), open_tok)) };
        let from_before = attribution.is_some_and(|a| a.cue_tok < open_tok);
        // "Trump issued a statement, “Last night, our nation was attacked.”": a whole
        // sentence quoted after a comma ends the sentence; it is said, not embedded.
        let whole_after_comma = attribution.is_none()
            && open_tok > 0
            && text.tok(open_tok - 1) == ","
            && parts.len() == 1
            && words >= 4
            && text.slice(parts[0]).trim_start_matches(['[', '(', '…', '.']).starts_with(char::is_uppercase)
            // Not a slogan or a title: "wearing hats that read, “Make America Great Again.”"
            && !text.slice(parts[0]).split_whitespace().all(|w| w.starts_with(|c: char| !c.is_lowercase()))
            && text.slice(parts[0]).trim_end_matches(['"', '\'', '”', '’']).ends_with(['.', '!', '?'])
            && close.is_some_and(|c| !words_after(text, c));
        // A whole sentence set off by dashes is an utterance inside the sentence, not words
        // of it: "the former candidate Mitt Romney -- ''It is disqualifying …'' -- and",
        // "treating her remark as a compliment -- ''That makes me smart'' -- and". The name
        // just before the dash says it, or else the sentence's subject.
        let dash_at = |i: usize| text.tokens.get(i).is_some_and(|_| matches!(text.tok(i), "-" | "--" | "—" | "–" | "―"));
        let dashed = attribution.is_none()
            && open_tok > 0
            && dash_at(open_tok - 1)
            && close.is_some_and(|c| dash_at(c + 1))
            && parts.len() == 1
            && words >= 3
            && text.slice(parts[0]).starts_with(char::is_uppercase)
            && !is_title_case(text.slice(parts[0]));
        let subject = match text.sentence_at(text.tokens[open_tok].start) {
            // (The sentence's own words: not those of a quotation before, "“…,” Sanders said,
            // suggesting a few questions, including, “…”".)
            Some(si) if whole_after_comma => {
                let from = text.sentences[si].tokens.start;
                match out.last() {
                    // A quotation that opens the sentence, with its attribution in it.
                    Some(q) if q.parts[0].start <= text.tokens[from].end && q.cue.is_some_and(|c| c.start > text.tokens[from].start && c.end <= text.tokens[open_tok].start) => {
                        q.speaker
                    }
                    _ => subject_after_opener(text, from..open_tok - 1),
                }
            }
            Some(si) if dashed => {
                let from = text.sentences[si].tokens.start;
                let dash = if open_tok > from + 1 && text.tok(open_tok - 2) == "-" { open_tok - 2 } else { open_tok - 1 };
                let name = (from.max(dash.saturating_sub(5))..dash).rev().take_while(|&i| text.tokens[i].kind == TokKind::Word && is_capitalized(text.tok(i))).last();
                match name.filter(|&n| valid_speaker(text, n..dash)) {
                    Some(n) => {
                        let r = Range::new(text.tokens[n].start, text.tokens[dash - 1].end);
                        Some(SpeakerPhrase { span: r, head: r })
                    }
                    None => subject_after_opener(text, from..dash),
                }
            }
            _ => None,
        };
        // (Also a quotation that opens a sentence attributed at its end, after words of the
        // sentence: "“You squeezed employees” to drive up the price, she said." is reported
        // speech quoting those words.)
        let free = attribution.is_none() && !whole_after_comma && !dashed;
        let said_at_end = free && parts.len() == 1 && close.is_some_and(|c| attributed_later(text, c, true));
        let inside = free && (lead.is_some() || is_embedded(text, open_tok, close));
        let embedded = inside || said_at_end;
        if embedded {
            // Words in marks that a verb of naming gives its object: "She called his actions
            // “a crucial step forward.”" The subject's, with the object, as reported speech,
            // unless a report of the sentence takes them in.
            if let Some(q) = named_in_marks(text, open_tok, &parts, out.last()).or_else(|| named_by_relative(text, open_tok, &parts)) {
                unreported.push(q);
            }
            // Quoted words inside a sentence: part of reported speech (mixed) or a term.
            for p in &parts {
                fragments.push((*p, text.sentence_at(p.start)));
            }
            // (Should the reported speech not take it in, it is still a quotation.)
            if said_at_end && !inside {
                unreported.push(RawQuote { kind: QuoteKind::Direct, parts, speaker: None, cue: None, confidence: 0.5 });
            }
            continue;
        }
        let (speaker, cue, confidence) = match attribution {
            Some(a) => {
                used_cues.insert(a.cue_tok);
                // (A verb of the sentence before may report that sentence too: "The
                // administration may be reluctant to act, Schiff said. “…”")
                if text.sentence_at(text.tokens[open_tok].start).is_some_and(|si| a.cue_tok < text.sentences[si].tokens.start) {
                    borrowed.push(a.cue_tok);
                }
                (Some(a.speaker), Some(a.cue), 0.9)
            }
            // The subject of the sentence that quotes it whole: "Trump issued a statement, “…”".
            // A sentence with no subject to name ("unveiled a billboard on Tuesday, “…”") is
            // not handed to the last speaker.
            None if whole_after_comma || dashed => (subject, None, if subject.is_some() { 0.7 } else { 0.5 }),
            // A title with nobody saying it, used as a noun in its sentence: "''Billions,'' on
            // Showtime, is a drama" (but "“Sad!”" alone goes on a run of quotes).
            None if words <= 6 && parts.len() == 1 && close.is_some_and(|c| words_after(text, c)) && is_title_case(text.slice(parts[0])) => continue,
            None => {
                // A run of quotes by one speaker: the same paragraph, or the paragraph after.
                let inherited = last.filter(|(p, _, _)| *p == para).or(prev_paragraph_speaker.filter(|(p, _, _)| *p + 1 == para));
                match inherited {
                    Some((_, s, c)) => (Some(s), c, 0.7),
                    None if words >= 4 => (None, None, 0.5),
                    None => continue, // a short quoted term with nobody saying it
                }
            }
        };
        let end_para = text.sentence_at(parts[parts.len() - 1].start).map_or(para, |s| text.sentences[s].paragraph);
        if let Some(s) = speaker {
            last = Some((end_para, s, cue));
            prev_paragraph_speaker = Some((end_para, s, cue));
        }
        // "Based on her actions that night, “I don’t see how …,” Tiegen said.": the words
        // before the mark are reported too, so the quote is mixed.
        // After "told" and its object, from "that": "Ryan told CNN Tuesday that Ginsburg's
        // comments “shows bias to me.”"
        let reported_clause = attribution
            .filter(|_| from_before && !colon_intro && !cue_intro && parts.len() == 1)
            .and_then(|a| {
                if text.tok(a.cue_tok + 1) == "that" {
                    Some(a.cue_tok + 2)
                } else if is_tell(text, a.cue_tok) {
                    // (Not "told the crowd that evening “…”".) After a pronoun, the clause
                    // follows at once: "telling them Valeant was ''worth multiples …''".
                    (a.cue_tok + 1..open_tok.min(a.cue_tok + 6))
                        .find(|&i| text.tok(i) == "that")
                        .filter(|&i| !matches!(text.tok(i + 1), "day" | "evening" | "morning" | "afternoon" | "night" | "week" | "weekend" | "month" | "year" | "time"))
                        .map(|i| i + 1)
                        .or_else(|| {
                            // (A clause's subject after it, not an adverb: "told her privately ''…''".)
                            let subject = text.tokens.get(a.cue_tok + 2).is_some_and(|_| {
                                let w = text.tok(a.cue_tok + 2);
                                is_capitalized(w) || PRONOUNS.contains(&w) || DETERMINERS.contains(&w)
                            });
                            (matches!(text.tok(a.cue_tok + 1), "them" | "him" | "her" | "us" | "me" | "you") && subject).then_some(a.cue_tok + 2)
                        })
                } else {
                    // (Past where and when it was said: "said Tuesday that “…”"; and no clause
                    // at all after those alone: "acknowledged in a forum Monday night “…”".)
                    let k = trailers_end(text, a.cue_tok + 1, open_tok);
                    if k < open_tok && text.tok(k) == "that" {
                        Some(k + 1)
                    } else if k == open_tok && matches!(text.tok(a.cue_tok + 1), "in" | "on" | "at" | "during") {
                        None
                    } else {
                        Some(a.cue_tok + 1)
                    }
                }
            })
            .filter(|&first| first < open_tok && text.tokens[first..open_tok].iter().all(|t| t.kind == TokKind::Word))
            .map(|first| text.tokens[first].start);
        // "There was, she said, “an implicit bargain.”": a sentence interrupted by its
        // attribution and finished in marks reports its words before the attribution too.
        let interrupted = attribution.filter(|_| from_before && parts.len() == 1 && text.slice(parts[0]).starts_with(char::is_lowercase)).and_then(|a| {
            let s = text.token_at(a.speaker.span.start).min(a.cue_tok);
            let si = text.sentence_at(text.tokens[open_tok].start)?;
            let from = text.sentences[si].tokens.start;
            let parenthetical = s > from + 1 && text.tok(s - 1) == "," && a.cue_tok + 1 < open_tok && (a.cue_tok + 1..open_tok).all(|i| text.tok(i) == ",");
            if !parenthetical || colon_intro {
                return None;
            }
            let first = (from..s - 1).find(|&i| text.tokens[i].kind == TokKind::Word)?;
            (first..s - 1).all(|i| double_mark(text, i).is_none()).then(|| Range::new(text.tokens[first].start, text.tokens[s - 2].end))
        });
        let mut kind = match lead {
            Some(start) if attribution.is_some() && !from_before => {
                parts[0].start = start;
                QuoteKind::Mixed
            }
            // "He says that “as a nation, we have to do better.”", "Sanders says “the wind
            // is at our backs” despite his loss": reported speech quoting some words.
            // "Pataki says Kasich “has a track record …”": words of the reported clause
            // stand between the cue and the mark.
            _ if reported_clause.is_some() => {
                parts[0].start = reported_clause.unwrap_or(parts[0].start);
                // And the words after the mark that finish the clause: "he was “troubled” by
                // the situation", up to another report ("… and said he …", "… and Trump says …").
                // (A quotation that ends on its comma is whole: not on into "…,” one of the
                // prosecutors said …".)
                let whole = text.slice(parts[0]).trim_end_matches(crate::text::is_quote_char).ends_with(['.', '!', '?', ',']);
                if let Some(c) = close.filter(|&c| words_after(text, c) && !whole) {
                    if let Some(end) = clause_end_after(text, c) {
                        parts[0].end = parts[0].end.max(end);
                    }
                }
                QuoteKind::Mixed
            }
            // "Protesters chanted “What curfew?” and kept going": a quotation that ends
            // with its own stop or comma is a whole utterance, even with words after it.
            // (Not a quotation of a whole sentence, four words or more and not a title, with an
            // aside of the writer's after a dash:
            // "Thiel said, “I am proud to be gay. … I am proud to be an American” - the first
            // to make such a declaration".)
            _ if from_before
                && !colon_intro
                && parts.len() == 1
                // (Also with a comma after "that": "tweeted that, “For those few people …”".)
                && (text.tok(open_tok - 1) == "that"
                    || open_tok >= 2 && text.tok(open_tok - 1) == "," && text.tok(open_tok - 2) == "that"
                    || close.is_some_and(|c| {
                        words_after(text, c) && !(dash_at(c + 1) && words >= 4 && text.slice(parts[0]).starts_with(char::is_uppercase) && !is_title_case(text.slice(parts[0])))
                    }) && !text.slice(parts[0]).ends_with(['.', '!', '?', ','])) =>
            {
                // (A quotation that ends on its comma, with another clause's subject after it,
                // is whole: not on into "…,” one of the prosecutors said …"; but on into "…,"
                // and that …", "…," citing …".)
                let comma = text.slice(parts[0]).trim_end_matches(crate::text::is_quote_char).ends_with(',');
                // ("…," King said" is another's clause: a participle goes on in lowercase.)
                let goes_on = |c: usize| {
                    text.tokens.get(c + 1).is_none_or(|_| {
                        let w = text.tok(c + 1);
                        matches!(w, "and" | "but" | "or" | "as") || w.ends_with("ing") && w.starts_with(char::is_lowercase)
                    })
                };
                if let Some(end) = close.filter(|&c| !comma || goes_on(c)).and_then(|c| sentence_content_end(text, c)) {
                    // (Words after the mark are the writer's: the part takes in both marks,
                    // "“it will be very hard for us to win” if he loses".)
                    if end > parts[0].end {
                        parts[0].start = parts[0].start.min(text.tokens[open_tok].start);
                    }
                    parts[0].end = parts[0].end.max(end);
                }
                QuoteKind::Mixed
            }
            _ => QuoteKind::Direct,
        };
        if let Some(before) = interrupted {
            parts.insert(0, before);
            kind = QuoteKind::Mixed;
        }
        out.push(RawQuote { kind, parts, speaker, cue, confidence });
    }
    split_transcript_turns(text, &mut out);
    unmarked_transcript_turns(text, &mut out);
    for b in borrowed {
        used_cues.remove(&b);
    }
    reported_speech(text, &mut out, &mut used_cues, &fragments);
    if !unreported.is_empty() {
        // Whether any part found overlaps [a, b): among the parts that start before b, the
        // furthest end (parts sorted by start, with the running furthest end).
        let mut found: Vec<(usize, usize)> = out.iter().flat_map(|o| o.parts.iter().map(|p| (p.start, p.end))).collect();
        crate::order::sort(&mut found);
        let reach: Vec<usize> = found
            .iter()
            .scan(0, |m, &(_, e)| {
                *m = (*m).max(e);
                Some(*m)
            })
            .collect();
        for q in unreported {
            let r = q.range();
            let i = found.partition_point(|&(s, _)| s < r.end);
            if i == 0 || reach[i - 1] <= r.start {
                out.push(q);
            }
        }
    }
    // The headline's own reading of its speaker wins over the colon rule's for its quotation;
    // its reported words give way to any quote found in them.
    if let Some(h) = headline(text) {
        if h.kind != QuoteKind::Indirect {
            out.retain(|q| !q.range().overlaps(h.range()));
        }
        if out.iter().all(|q| !q.range().overlaps(h.range())) {
            out.push(h);
        }
    }
    crate::order::sort_by_key(&mut out, |q| q.parts[0].start);
    repeated_words(text, &mut out);
    inherit_across_paragraphs(text, &mut out);
    for q in &mut out {
        // (A speaker phrase is a few words: a longer one is a run of text with no spaces, whose
        // copy in every quote that inherits it would make the output grow with the square of
        // the input.)
        q.speaker = q.speaker.map(|sp| trim_speaker(text, sp)).filter(|sp| sp.span.end - sp.span.start <= MAX_SPEAKER_BYTES);
    }
    out
}

/// The longest speaker phrase, in bytes (the longest of PolNeAR's gold sources has 230 characters).
pub(crate) const MAX_SPEAKER_BYTES: usize = 400;

/// A speaker phrase without a relative or participle clause set off after it, nor the verb
/// contracted onto a pronoun: "Trump" of
/// "Trump, who has told aides he sees the issues as interconnected, said …", "A senior
/// defense official" of "A senior defense official, speaking on the condition of anonymity,
/// said …", "Clinton" of "Clinton, during a town hall meeting in Columbus, said …". A
/// participle is a clause only before a word that opens a phrase ("speaking to", "facing a"),
/// not a title's ("Zaheed, acting political director of CREDO Action"). Asides go too ("Trump,
/// like Clinton,", "…, for instance,", "Stranch, in her dissent,"), not where a speaker works
/// ("Pantucci, at the Royal United Services Institute"). Only the phrase's
/// first [`MAX_SPEAKER_BYTES`] are searched: a longer phrase is dropped unless cut below that.
fn trim_speaker(text: &Text, mut sp: SpeakerPhrase) -> SpeakerPhrase {
    // ("Donald Trump -" before "who has said …": not the dash that opens the clause.)
    let kept = text.slice(sp.span).trim_end_matches(['-', '—', '–', ' ']).len();
    if kept > 0 {
        sp.span.end = sp.span.start + kept;
        sp.head.end = sp.head.end.min(sp.span.end).max(sp.head.start);
    }
    let phrase = text.slice(sp.span);
    // "They’re less hostile … and generally agree that …": the pronoun, not its verb.
    if let Some(at) = (phrase.len() <= 12).then(|| contracted_pronoun(phrase)).flatten() {
        let r = Range::new(sp.span.start, sp.span.start + at);
        return SpeakerPhrase { span: r, head: r };
    }
    let mut limit = phrase.len().min(MAX_SPEAKER_BYTES);
    while !phrase.is_char_boundary(limit) {
        limit -= 1;
    }
    let relative = [", who ", ", whose ", ", which ", " - who ", " -- who ", " — who ", " – who "].iter().filter_map(|m| phrase[..limit].find(m)).min();
    // (A word that opens a phrase after the participle: "speaking to", "facing a".)
    let phrase_word = |i: usize| {
        i < text.tokens.len() && with_lowercase(text.tok(i), |w| opens_phrase(w) || POSSESSIVES.contains(&w) || matches!(w, "a" | "an" | "the" | "before" | "by" | "as"))
    };
    let mut set_off_at = None;
    let mut i = text.token_at(sp.span.start);
    while i + 1 < text.tokens.len() && text.tokens[i + 1].end <= sp.span.start + limit {
        let w = text.tok(i + 1);
        let next = |k: usize, x: &str| text.tokens.get(i + k).is_some_and(|_| text.tok(i + k) == x);
        let set_off = matches!(w, "during" | "when" | "while" | "without" | "like" | "unlike" | "after" | "in")
            || w == "for" && (next(2, "instance") || next(2, "example") || next(2, "one") || next(3, "part") && POSSESSIVES.contains(&text.tok(i + 2)))
            || w == "on" && next(2, "the") && next(3, "other") && next(4, "hand")
            || w == "along" && next(2, "with")
            || w == "also" && text.tokens.get(i + 2).is_some_and(|_| is_gerund(text.tok(i + 2)))
            || is_gerund(w) && phrase_word(i + 2)
            // (A sentence adverb last in the phrase: "Critics, meanwhile,", "The mayor, however,".)
            || text.tokens[i + 1].end == sp.span.end
                && (w.ends_with("ly") && w.len() > 4 && w.starts_with(char::is_lowercase)
                    || SENTENCE_ADVERBS.contains(&w));
        if text.tok(i) == "," && text.tokens[i + 1].kind == TokKind::Word && set_off {
            set_off_at = Some(text.tokens[i].start - sp.span.start);
            break;
        }
        i += 1;
    }
    let Some(k) = relative.into_iter().chain(set_off_at).min().filter(|&k| k > 0) else { return sp };
    let end = sp.span.start + k;
    let span = Range::new(sp.span.start, end);
    let head = if sp.head.start < end { Range::new(sp.head.start, sp.head.end.min(end)) } else { span };
    SpeakerPhrase { span, head }
}

/// Sentence adverbs that commas set off: "Critics, meanwhile, said", "He added, however, that".
const SENTENCE_ADVERBS: &[&str] = &[
    "again",
    "also",
    "earlier",
    "however",
    "instead",
    "later",
    "likewise",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "now",
    "still",
    "then",
    "therefore",
    "though",
    "too",
];

/// The fewest words a quotation needs for its repetition to name its speaker.
const REPEATED_WORDS: usize = 6;

/// A direct quotation with nobody named that repeats, word for word, an attributed
/// quotation earlier in the document (the whole of it or one of its paragraphs) is by the same
/// speaker: an outlet that prints "Kerry said: “The guidelines will enhance …”" may print
/// the sentence again after a paragraph of Carter's. The words decide over the paragraph
/// before. Quotations of fewer than [`REPEATED_WORDS`] words are left alone ("Thank you.").
fn repeated_words(text: &Text, quotes: &mut [RawQuote]) {
    let mut said: std::collections::HashMap<String, usize, crate::learn::FnvBuild> = Default::default();
    let key = |parts: &[Range]| {
        let mut k = String::new();
        let mut words = 0;
        for &p in parts {
            for w in text.slice(p).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                if !k.is_empty() {
                    k.push(' ');
                }
                k.extend(w.chars().flat_map(char::to_lowercase));
                words += 1;
            }
        }
        (words >= REPEATED_WORDS).then_some(k)
    };
    for i in 0..quotes.len() {
        if quotes[i].kind != QuoteKind::Direct {
            continue;
        }
        if quotes[i].speaker.is_none() {
            if let Some(&j) = key(&quotes[i].parts).and_then(|k| said.get(&k)) {
                quotes[i].speaker = quotes[j].speaker;
                quotes[i].cue = quotes[j].cue;
                quotes[i].confidence = 0.6;
            }
            continue;
        }
        let whole = (quotes[i].parts.len() > 1).then(|| key(&quotes[i].parts)).flatten();
        for k in quotes[i].parts.iter().filter_map(|p| key(std::slice::from_ref(p))).chain(whole) {
            said.entry(k).or_insert(i);
        }
    }
}

/// A headline in title case that reports with a verb: "Obama Says Museum Will Tell of …"
/// (the speaker, one to four capitalised words, then the verb) or "Trump Could Address Clean
/// Energy, Lindsey Graham Says." (the words before the comma, said by the name after it).
fn headline_says(text: &Text, first: usize, end: usize) -> Option<RawQuote> {
    let last = (first..end).rev().find(|&i| text.tok(i) != ".")?;
    let verb = |i: usize| text.tokens[i].kind == TokKind::Word && is_capitalized(text.tok(i)) && with_lowercase(text.tok(i), |w| lexicon::that_optional_verbs().contains(w));
    // ("How Paul Ryan Thinks About Donald Trump": a question word opens no name.)
    let name = |r: std::ops::Range<usize>| {
        !r.is_empty()
            && r.len() <= 4
            && !matches!(text.tok(r.start), "How" | "Why" | "What" | "When" | "Where" | "Whether" | "If")
            && !r.clone().any(|i| matches!(text.tok(i), "Who" | "That" | "Which"))
            && r.clone().all(|i| text.tokens[i].kind == TokKind::Word && is_capitalized(text.tok(i)) && !verb(i))
            && valid_speaker(text, r)
    };
    let span = |r: std::ops::Range<usize>| Range::new(text.tokens[r.start].start, text.tokens[r.end - 1].end);
    let (speaker, cue, content) = if verb(last) {
        // "…, Lindsey Graham Says."
        let comma = (first..last).rev().find(|&i| text.tok(i) == ",")?;
        (comma > first && name(comma + 1..last)).then(|| (comma + 1..last, last, first..comma))?
    } else {
        let v = (first + 1..end.min(first + 5)).find(|&i| verb(i))?;
        (name(first..v) && v < last).then(|| (first..v, v, v + 1..last + 1))?
    };
    if content.len() < 3 || text.tok(content.end - 1) == "?" || !headline_clause(text, content.clone()) {
        return None;
    }
    let speaker = span(speaker);
    // Quoted words in it make it mixed: "Clinton Says Trump ‘Has No Plan’ for Jobs".
    let kind = if content.clone().any(|i| text.tokens[i].kind == TokKind::Quote) { QuoteKind::Mixed } else { QuoteKind::Indirect };
    Some(RawQuote { kind, parts: vec![span(content)], speaker: Some(SpeakerPhrase { span: speaker, head: speaker }), cue: Some(text.tokens[cue].range()), confidence: 0.6 })
}

/// Whether the title-case words `toks` read as a clause, the reported words of a headline:
/// a pronoun first, or an auxiliary, a contraction or a past form among the first six words
/// ("Trump Should Win …", "He’s Already Started …", "Russians Hacked DNC"); not "of Danger in
/// Syria Deal", "Three Lives in Texas", "Five Million Subscribers".
fn headline_clause(text: &Text, toks: std::ops::Range<usize>) -> bool {
    let words: Vec<usize> = toks.filter(|&i| text.tokens[i].kind == TokKind::Word).take(6).collect();
    let Some(&first) = words.first() else { return false };
    let lower = |i: usize| text.tok(i).to_ascii_lowercase().replace('’', "'");
    let aux = |w: &str| FINITE_VERBS.contains(&w) || w.ends_with("n't") || w.len() > 3 && w.ends_with("ed");
    let w0 = lower(first);
    // ("About Immigration Is Wrong": a preposition opens no clause.)
    if opens_phrase(&w0) || matches!(w0.as_str(), "no" | "up" | "out") {
        return false;
    }
    // ("He’s": the pronoun before its apostrophe.)
    let base = w0.split('\'').next().unwrap_or_default();
    PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(base)) || words.iter().skip(1).any(|&i| aux(&lower(i)))
}

/// A transcript quoted in marks, a paragraph a turn, each opened by its speaker's label in
/// capitals ("\"WALLACE: Let's start …", "\"PENCE: Well, …"): one direct quote a turn, said
/// by its label, rather than one quote over all of them. A stage direction ("(CROSSTALK.)")
/// is nobody's words. Only a quote in which a speaker speaks twice is read so, so that a
/// statement's "FIRST: …" and "SECOND: …", or "UPDATE: …" twice (a headline label, see
/// `data/headline_labels.txt`), stay as they are.
fn split_transcript_turns(text: &Text, out: &mut Vec<RawQuote>) {
    let is_transcript = |q: &RawQuote| {
        if q.kind != QuoteKind::Direct {
            return false;
        }
        let mut labels: Vec<&str> = q.parts.iter().filter_map(|p| turn_label(text.slice(*p)).map(|(n, _)| &text.slice(*p)[..n])).collect();
        crate::order::sort(&mut labels);
        labels.windows(2).any(|w| w[0] == w[1] && !is_label(w[0]))
    };
    if !out.iter().any(is_transcript) {
        return;
    }
    let mut turns = Vec::with_capacity(out.len());
    for q in out.drain(..) {
        if !is_transcript(&q) {
            turns.push(q);
            continue;
        }
        let mut current: Option<RawQuote> = None;
        for p in &q.parts {
            let s = text.slice(*p);
            if is_stage_direction(s) {
                continue;
            }
            match (turn_label(s), current.as_mut()) {
                (Some((label, body)), _) => {
                    turns.extend(current.take());
                    let label = Range::new(p.start, p.start + label);
                    // "VIDEO:", "AUDIO:": what is played names no speaker.
                    let speaker = (!is_label(text.slice(label))).then_some(SpeakerPhrase { span: label, head: label });
                    current = Some(RawQuote { kind: QuoteKind::Direct, parts: vec![Range::new(p.start + body, p.end)], speaker, cue: None, confidence: 0.9 });
                }
                (None, Some(c)) => c.parts.push(*p),
                (None, None) => current = Some(RawQuote { parts: vec![*p], ..q.clone() }),
            }
        }
        turns.extend(current);
    }
    *out = turns;
}

/// A transcript without marks: paragraphs that open with a speaker's label in capitals
/// ("TAPPER: Do you think …"), in which some speaker is labelled twice or more ("JAKE
/// TAPPER:", later "TAPPER:"). Each such paragraph is a turn, the labelled speaker's words
/// to the paragraph's end. Not in quotation marks, a turn is not direct by the contract but
/// reported, its label its attribution. A quotation inside a turn with no attribution of its
/// own is part of the turn, not a quote apart.
fn unmarked_transcript_turns(text: &Text, out: &mut Vec<RawQuote>) {
    let mut quoted: Vec<Range> = out.iter().map(RawQuote::range).collect();
    crate::order::sort(&mut quoted);
    let inside_quote = |pos: usize| {
        let i = quoted.partition_point(|r| r.end <= pos);
        quoted.get(i).is_some_and(|r| r.start <= pos)
    };
    let mut turns: Vec<(Range, Range)> = Vec::new(); // label, words
    for p in &text.paragraphs {
        let s = text.slice(*p);
        let start = p.start + (s.len() - s.trim_start().len());
        let end = p.start + s.trim_end().len();
        let Some((label, body)) = text.src.get(start..end).and_then(turn_label) else { continue };
        if inside_quote(start) || is_label(&text.src[start..start + label]) {
            continue;
        }
        turns.push((Range::new(start, start + label), Range::new(start + body, end)));
    }
    let mut speakers: Vec<&str> = turns.iter().filter_map(|t| text.slice(t.0).split_whitespace().last()).collect();
    crate::order::sort(&mut speakers);
    if !speakers.windows(2).any(|w| w[0] == w[1]) {
        return;
    }
    let mut words: Vec<Range> = turns.iter().map(|t| t.1).collect();
    crate::order::sort(&mut words);
    out.retain(|q| {
        let r = q.range();
        let i = words.partition_point(|w| w.end < r.end);
        !(words.get(i).is_some_and(|w| w.contains(r)) && q.confidence < 0.9)
    });
    for (label, words) in turns {
        out.push(RawQuote { kind: QuoteKind::Indirect, parts: vec![words], speaker: Some(SpeakerPhrase { span: label, head: label }), cue: None, confidence: 0.8 });
    }
}

/// A transcript's paragraph in brackets, nobody's words: "(CROSSTALK.)", "[Applause]", but
/// not "(Laughs) We'll see (maybe)".
fn is_stage_direction(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.');
    let inside = t.get(1..t.len().saturating_sub(1)).unwrap_or("");
    t.starts_with(['(', '[']) && t.ends_with([')', ']']) && !inside.contains(['(', ')', '[', ']'])
}

/// A speaker's label opening a transcript's turn: one to four words in capitals and a colon
/// ("WALLACE: ", "SEN. JOHN MCCAIN: "). The label's length and where the words after it
/// start, in bytes; `None` when `s` opens otherwise or has no words after the label.
fn turn_label(s: &str) -> Option<(usize, usize)> {
    let (colon, _) = s.char_indices().take(48).find(|(_, c)| *c == ':')?;
    let label = s[..colon].trim_end();
    let words = label.split_whitespace().count();
    let capitals = label.split_whitespace().all(|w| w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’')));
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let rest = &s[colon + 1..];
    let body = colon + 1 + (rest.len() - rest.trim_start().len());
    ((1..=4).contains(&words) && capitals && letters >= 2 && rest.starts_with(char::is_whitespace) && body < s.len()).then_some((label.len(), body))
}

/// A nickname inside a name: `Marcia "Cia" Price`, “Thomas “Tip” O’Neill”: one or two
/// capitalized words in marks, between capitalized words. The closing mark, when the mark
/// at `open` opens one.
fn nickname_at(text: &Text, open: usize) -> Option<usize> {
    let word_at = |i: usize| text.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word && is_capitalized(text.tok(i)));
    if open == 0 || !word_at(open - 1) || double_mark(text, open).is_none() {
        return None;
    }
    let close = (open + 1..(open + 4).min(text.tokens.len())).find(|&i| text.tokens[i].kind != TokKind::Word)?;
    (close > open + 1 && (open + 1..close).all(word_at) && double_mark(text, close).is_some_and(|m| m != Mark::Open) && word_at(close + 1)).then_some(close)
}

/// Whether every word of `s` starts with a capital (or a digit), but short function words
/// ("The Art of the Deal").
fn is_title_case(s: &str) -> bool {
    let mut words = s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty()).peekable();
    words.peek().is_some()
        && words.all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(w, "a" | "an" | "the" | "of" | "in" | "on" | "at" | "to" | "for" | "and" | "or" | "but" | "from" | "by" | "with" | "vs")
        })
}

/// A headline names its speaker before a colon and quotes in single marks: "Kasich: ‘We Are
/// Going All The Way To Cleveland.’". Marks right after the colon that close at the end make
/// a direct quote; words after the closing mark make it mixed ("Bernie Sanders: ‘It Is Not A
/// Radical Idea’ To Ask For A $15 Minimum Wage"); words without marks are reported speech
/// ("Pence: Gennifer Flowers Won’t Be at Debate"). The headline is the first paragraph that
/// is not page furniture, one line of at most [`HEADLINE_WORDS`] words, with text after it.
fn headline(text: &Text) -> Option<RawQuote> {
    let (pi, p) = text.paragraphs.iter().enumerate().take(2).find(|(_, p)| !crate::claims::is_boilerplate(text.slice(**p)))?;
    if pi + 1 >= text.paragraphs.len() || text.slice(*p).contains('\n') || text.slice(*p).split_whitespace().count() > HEADLINE_WORDS {
        return None;
    }
    let first = text.token_at(p.start);
    let end = text.token_at(p.end);
    // The speaker: one to six words before the colon, "Dr. Ben Carson", "CNN President On
    // Trump" (the words from "on" are what the speaker talks about).
    let Some(colon) = (first..end.min(first + 7)).find(|&i| text.tok(i) == ":") else { return headline_says(text, first, end) };
    if colon == first || !is_capitalized(text.tok(first)) || !(first..colon).all(|i| text.tokens[i].kind == TokKind::Word || text.tok(i) == ".") {
        return None;
    }
    let span = |r: std::ops::Range<usize>| Range::new(text.tokens[r.start].start, text.tokens[r.end - 1].end);
    // "The Latest:", "Exclusive:": a label, not a speaker.
    if is_label(text.slice(span(first..colon))) {
        return None;
    }
    let upto = (first + 1..colon).find(|&i| text.tok(i).eq_ignore_ascii_case("on")).unwrap_or(colon);
    // A given name and the word after it name the person in a longer phrase ("Elizabeth
    // Warren Hammers Wells Fargo CEO", "A lesson from Loretta Lynch"). Otherwise the words
    // must read as a name or a description, not a topic: "Stealth Over Health:", "Monday’s
    // Morning Email:", "Netanyahu and Obama:".
    let named = (first..upto.saturating_sub(1)).find(|&i| lexicon::given_names().contains(text.tok(i)) && is_capitalized(text.tok(i + 1)));
    let topic = || (first..upto).any(|i| matches!(text.tok(i), "and" | "’s" | "'s") || lexicon::function_words().contains(text.tok(i)));
    let head = match named {
        Some(i) => i..i + 2,
        None if upto - first <= 4 && valid_speaker(text, first..upto) && !topic() => first..upto,
        None => return None,
    };
    let speaker = Some(SpeakerPhrase { span: span(first..upto), head: span(head) });
    // The words after the colon, without the headline's closing period.
    let last = (colon + 1..end).rev().find(|&i| text.tok(i) != ".")?;
    let open = colon + 1;
    let close = match text.tok(open) {
        "‘" => Some("’"),
        "“" => Some("”"),
        m @ ("'" | "\"" | "''") => Some(m),
        _ => None,
    };
    let (kind, parts) = match close.map(|c| (open + 1..=last).find(|&i| text.tokens[i].kind == TokKind::Quote && text.tok(i) == c)) {
        // A question is asked, not reported: "Ted Cruz: Conservative or Career Politician?"
        None if text.tok(last) == "?" => return None,
        None => (QuoteKind::Indirect, span(open..last + 1)),
        Some(Some(c)) if c == last && c > open + 1 => (QuoteKind::Direct, span(open + 1..c)),
        Some(Some(c)) if c > open + 1 => (QuoteKind::Mixed, span(open + 1..last + 1)),
        Some(_) => return None,
    };
    let confidence = if kind == QuoteKind::Indirect { 0.6 } else { 0.8 };
    Some(RawQuote { kind, parts: vec![parts], speaker, cue: Some(text.tokens[colon].range()), confidence })
}

/// The longest headline, in words.
const HEADLINE_WORDS: usize = 30;

/// Whether the words before a colon are a label that names no speaker ("Transcript as
/// follows", "Excerpts", "The Latest"; see `data/headline_labels.txt`).
fn is_label(before_colon: &str) -> bool {
    with_lowercase(before_colon.trim(), |l| lexicon::headline_labels().contains(l.strip_suffix("as follows").unwrap_or(l).trim_end()))
}

/// A quote that opens its paragraph with nobody named takes the speaker of the last quote
/// in the paragraph just before ("Carter said the revisions were necessary." then a
/// paragraph of his words), or before a label's paragraph ("Transcript as follows:").
fn inherit_across_paragraphs(text: &Text, quotes: &mut [RawQuote]) {
    let para_of = |pos: usize| text.sentence_at(pos).map(|s| text.sentences[s].paragraph);
    for i in 1..quotes.len() {
        if quotes[i].speaker.is_some() || quotes[i].kind != QuoteKind::Direct {
            continue;
        }
        let start = quotes[i].parts[0].start;
        let (Some(p), Some(prev_p)) = (para_of(start), para_of(quotes[i - 1].range().end)) else { continue };
        let opens_paragraph = text.src[text.paragraphs[p].start..start].chars().all(|c| is_quote_char(c) || c.is_whitespace());
        // Across a label's paragraph too: "Kasich said, “…”" then "Transcript as follows:".
        let label_between = prev_p + 2 == p && text.slice(text.paragraphs[p - 1]).trim_end().strip_suffix(':').is_some_and(is_label);
        // In the same paragraph, a quotation that opens the sentence after the one with the
        // last quote's attribution: "''I admire the mechanics'' of the plan, Mr. Holtz-Eakin
        // said. ''They're more detailed …''".
        let last_said = quotes[i - 1].cue.map_or(quotes[i - 1].range().end, |c| c.end.max(quotes[i - 1].range().end));
        let next_sentence = prev_p == p
            && text.sentence_at(start).is_some_and(|si| {
                text.sentence_at(last_said).is_some_and(|sl| sl + 1 == si)
                    && text
                        .tokens
                        .get(text.sentences[si].tokens.start)
                        .and_then(|t| text.src.get(t.start..start))
                        .is_some_and(|s| s.chars().all(|c| is_quote_char(c) || c.is_whitespace()))
            });
        if (opens_paragraph && (prev_p + 1 == p || label_between) || next_sentence) && quotes[i - 1].speaker.is_some() {
            quotes[i].speaker = quotes[i - 1].speaker;
            quotes[i].cue = quotes[i - 1].cue;
            quotes[i].confidence = 0.6;
        }
    }
}

fn single_paragraph(text: &Text, parts: &[Range]) -> bool {
    parts.len() == 1 && !text.slice(parts[0]).contains('\n')
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Where the words before a quotation mark start, when its sentence has words before it
/// (not counting an opening conjunction or a dateline).
fn lead_in(text: &Text, open_tok: usize) -> Option<usize> {
    let si = text.sentence_at(text.tokens[open_tok].start)?;
    let s = &text.sentences[si];
    // After a dash or colon the clause starts anew: "Café — “Hello,” she said."
    // Nor does it reach back over an earlier quotation of the sentence.
    // (A hyphen too, set apart by spaces, before a sentence: "… was unserious - "Again, …,"
    // she said - and …"; not before words that go on from it: "welcome the governor - "my new
    // best friend."".)
    // (And a parenthesis still open: not "Sen. Ted Cruz (R-Texas) called the plan “…”".)
    let uppercase = capital_after(text, open_tok);
    let mut closed = false;
    let from = (s.tokens.start..open_tok)
        .rev()
        .find(|&i| {
            closed |= text.tok(i) == ")";
            matches!(text.tok(i), "—" | "–" | ":" | ";") || text.tok(i) == "(" && !closed || spaced_hyphen(text, i) && uppercase || double_mark(text, i).is_some()
        })
        .map_or(s.tokens.start, |i| i + 1);
    let first = (from..open_tok).find(|&i| text.tokens[i].kind == TokKind::Word)?;
    let words = (first..open_tok).filter(|&i| text.tokens[i].kind == TokKind::Word).count();
    (words >= 2 || !matches!(text.tok(first), "And" | "But" | "So" | "Or")).then(|| text.tokens[first].start)
}

/// Whether the quotation opening at token `open` starts with a capital: a sentence said.
fn capital_after(text: &Text, open: usize) -> bool {
    text.tokens.get(open + 1).is_some_and(|t| text.src[t.start..].starts_with(char::is_uppercase))
}

/// Whether token `i` is a dash set between words: an en, em or horizontal-bar dash with a space
/// on at least one side (not "Clinton–Kaine"), or a hyphen written for one, alone or doubled
/// (`spaced_hyphen`).
fn is_dash(text: &Text, i: usize) -> bool {
    let t = &text.tokens;
    let spaced = i > 0 && t[i - 1].end < t[i].start || t.get(i + 1).is_some_and(|n| t[i].end < n.start);
    // (Both hyphens of a spaced "--": `spaced_hyphen` takes the second.)
    let first_of_two = text.tok(i) == "-" && t.get(i + 1).is_some_and(|n| n.start == t[i].end) && i + 1 < t.len() && spaced_hyphen(text, i + 1);
    matches!(text.tok(i), "—" | "–" | "―") && spaced || spaced_hyphen(text, i) || first_of_two
}

/// Whether token `i` is a hyphen written for a dash: alone with a space on each side, or the
/// second of two ("--", each hyphen its own token) with spaces around the pair.
fn spaced_hyphen(text: &Text, i: usize) -> bool {
    let t = &text.tokens;
    let spaced_after = t.get(i + 1).is_some_and(|n| t[i].end < n.start);
    let first = if i > 1 && text.tok(i - 1) == "-" && t[i - 1].end == t[i].start { i - 1 } else { i };
    text.tok(i) == "-" && first > 0 && t[first - 1].end < t[first].start && spaced_after
}

/// Whether the words from token `first` to the mark at `open` are a phrase set before the
/// sentence by the reporter, not words of the speaker's: "In a statement, “…,” she said",
/// "As for complexity, ''…,'' said Mr. Kamin", "On Tuesday, “…”". A short phrase opened by
/// a preposition or an adverb of time, then a comma right before the mark.
fn fronted_adverbial(text: &Text, first: usize, open: usize) -> bool {
    const OPENERS: &[&str] = &["As", "At", "During", "Earlier", "For", "From", "In", "Last", "Later", "Meanwhile", "On", "Speaking", "This", "Today", "Yesterday"];
    open > first + 1
        && open - first <= 9
        && text.tok(open - 1) == ","
        && OPENERS.contains(&text.tok(first))
        && capital_after(text, open)
        && (first + 1..open - 1).all(|i| text.tokens[i].kind == TokKind::Word && !PRONOUNS.contains(&text.tok(i)))
}

/// Whether words follow the closing mark in its sentence.
fn words_after(text: &Text, close: usize) -> bool {
    let Some(si) = text.sentence_at(text.tokens[close].start) else { return false };
    (close + 1..text.sentences[si].tokens.end).any(|i| text.tokens[i].kind == TokKind::Word)
}

/// Whether the sentence of the closing mark `close` goes on to an attribution of its own after
/// more words: "“You squeezed employees” to drive up the stock price, she said." With
/// `at_end`, only an attribution that ends the sentence ("…, she said." or "…, he told
/// reporters on Monday."), or its clause ("…, she said, referencing …"), not one the
/// sentence goes on after ("…, he said, rather than …").
fn attributed_later(text: &Text, close: usize, at_end: bool) -> bool {
    let Some(si) = text.sentence_at(text.tokens[close].start) else { return false };
    let (start, end) = (text.sentences[si].tokens.start, text.sentences[si].tokens.end);
    // (In the sentence the quotation opened.)
    if !(start..close).any(|i| text.tokens[i].kind == TokKind::Quote) || text.tokens.get(close + 1).is_none_or(|t| t.kind != TokKind::Word) {
        return false;
    }
    // The attribution after a comma: "…, she said", "…, the official said", "…, Mr. Smith told".
    let subject_after_comma = |v: usize| {
        (v.saturating_sub(5).max(close + 1)..v - 1).rev().find(|&c| text.tok(c) == ",").is_some_and(|c| {
            (c + 1..v).all(|i| text.tokens[i].kind == TokKind::Word)
                && (PRONOUNS.contains(&text.tok(c + 1)) || is_capitalized(text.tok(c + 1)) || matches!(text.tok(c + 1), "the" | "a" | "an"))
        })
    };
    let Some(v) = (close + 3..end).find(|&v| is_speech_verb(text, v) && subject_after_comma(v)) else {
        return false;
    };
    let (_, cue_end) = cue_range(text, v, end);
    // (Up to a participle that goes on: "…, she said, referencing the bank's drive".)
    let end = (cue_end + 1..end).find(|&i| is_follow_participle(text, i) || is_adjunct_participle(text, i)).map_or(end, |p| p - 1);
    !at_end
        || (cue_end + 1..end).filter(|&i| text.tokens[i].kind == TokKind::Word).count() <= 6
            && (cue_end + 1..end).all(|i| text.tokens[i].kind != TokKind::Quote)
            && only_trailers(text, cue_end + 1, end)
}

/// Where the words after token `tok` in its sentence end: before the next verb of saying and
/// the subject, conjunction or comma that lead to it ("… and said he …", "… and Trump says
/// …", "…, he said, …"), else at the sentence's last word.
fn clause_end_after(text: &Text, tok: usize) -> Option<usize> {
    let si = text.sentence_at(text.tokens[tok].start)?;
    let end = text.sentences[si].tokens.end;
    let mut stop = (tok + 1..end).find(|&i| is_speech_verb(text, i)).unwrap_or(end);
    if stop < end {
        // Back over the verb's subject (a pronoun or a capitalised name) and what joins it.
        while stop > tok + 1 && (PRONOUNS.contains(&text.tok(stop - 1)) || is_capitalized(text.tok(stop - 1)) || is_auxiliary(text.tok(stop - 1))) {
            stop -= 1;
        }
        while stop > tok + 1 && (text.tokens[stop - 1].kind == TokKind::Punct || matches!(text.tok(stop - 1), "and" | "but" | "when" | "while" | "as")) {
            stop -= 1;
        }
    }
    // (Not ending on a preposition or an article the cut left: "… on my first ballot in".)
    let mut last = (tok + 1..stop).rev().find(|&i| matches!(text.tokens[i].kind, TokKind::Word | TokKind::Number))?;
    while PREPOSITIONS.contains(&text.tok(last)) || is_auxiliary(text.tok(last)) || matches!(text.tok(last), "the" | "a" | "an" | "and" | "or" | "was" | "were" | "is" | "are") {
        last = (tok + 1..last).rev().find(|&i| matches!(text.tokens[i].kind, TokKind::Word | TokKind::Number))?;
    }
    Some(text.tokens[last].end)
}

/// The end of the last word of the sentence holding token `tok`.
fn sentence_content_end(text: &Text, tok: usize) -> Option<usize> {
    let si = text.sentence_at(text.tokens[tok].start)?;
    let s = &text.sentences[si];
    (tok..s.tokens.end).rev().find(|&i| text.tokens[i].kind == TokKind::Word).map(|i| text.tokens[i].end)
}

/// A quote is embedded when words of its sentence stand both before and after it
/// ("called the agreement a “very big event” that redefines…").
fn is_embedded(text: &Text, open_tok: usize, close_tok: Option<usize>) -> bool {
    let Some(close) = close_tok else { return false };
    let Some(si) = text.sentence_at(text.tokens[open_tok].start) else { return false };
    let s = &text.sentences[si];
    let words_before = (s.tokens.start..open_tok).any(|i| text.tokens[i].kind == TokKind::Word);
    let words_after = (close + 1..s.tokens.end).any(|i| text.tokens[i].kind == TokKind::Word);
    words_before && words_after
}

#[derive(Clone, Copy, Debug)]
struct Attribution {
    speaker: SpeakerPhrase,
    cue: Range,
    cue_tok: usize,
    /// The last token of the attribution clause.
    end_tok: usize,
}

/// A reporting verb: in the word list, in lowercase ("States" and "State" are names), and
/// not a noun after a determiner ("this report").
/// Whether `w` denies the verb it stands before: "did not call", "never called", "didn't".
fn is_denial(w: &str) -> bool {
    matches!(w, "not" | "never" | "n't" | "’t" | "'t")
}

/// Whether `w` is a form of "describe" (whose object then "as" is what is reported).
fn is_describe(w: &str) -> bool {
    matches!(w, "described" | "describes" | "describing" | "describe")
}

/// The verb of naming ([`names_in_marks`]) whose object runs up to the marks opening at
/// token `open`: at most six words and possessives back, not before token `from`.
fn naming_verb_before(text: &Text, open: usize, from: usize) -> Option<usize> {
    (open.saturating_sub(7).max(from)..open.saturating_sub(1)).rev().take_while(|&k| text.tokens[k].kind == TokKind::Word).find(|&k| names_in_marks(text, k))
}

/// The end of the closing mark right after byte `end` (the end of words in marks), so that
/// a content holding the words shows both marks: `the agreement a "very big event"`.
fn closing_mark_end(text: &Text, end: usize) -> usize {
    let k = text.token_at(end);
    match text.tokens.get(k) {
        Some(t) if t.kind == TokKind::Quote && t.start == end => t.end,
        _ => end,
    }
}

/// Words in marks named by a relative clause's subject: "what Justice Sotomayor called a
/// “grave error”", "whom he called a “con artist”". The relative pronoun and the words from
/// the one after the verb, said by the clause's subject (as PolNeAR marks "what" with the
/// rest of a content it is the subject of).
fn named_by_relative(text: &Text, open: usize, parts: &[Range]) -> Option<RawQuote> {
    let si = text.sentence_at(text.tokens[open].start)?;
    let from = text.sentences[si].tokens.start;
    let mut v = open.checked_sub(1)?;
    if v > from && matches!(text.tok(v), "a" | "an" | "the") {
        v -= 1;
    }
    // ("what he described as a “witch hunt”": the verb before "as".)
    if v > from + 1 && text.tok(v) == "as" && matches!(text.tok(v - 1), "described" | "describes" | "characterized" | "characterizes") {
        v -= 1;
    }
    let naming = matches!(
        text.tok(v),
        "call" | "calls" | "called" | "calling" | "dubbed" | "labeled" | "labelled" | "termed" | "terms" | "described" | "describes" | "characterized" | "characterizes"
    );
    if v <= from || !naming || matches!(text.tok(v), "described" | "describes" | "characterized" | "characterizes") && text.tok(v + 1) != "as" {
        return None;
    }
    let rel = (v.saturating_sub(7).max(from)..v).rev().find(|&k| matches!(text.tok(k), "what" | "which" | "whom"))?;
    let subject = rel + 1..v;
    let denied = subject.clone().any(|k| is_denial(text.tok(k)));
    // (Auxiliaries are the verb's: "what critics have called".)
    let mut end = subject.end;
    while end > subject.start + 1 && is_auxiliary(text.tok(end - 1)) {
        end -= 1;
    }
    if subject.is_empty() || denied || !subject.clone().all(|k| text.tokens[k].kind == TokKind::Word) || !valid_speaker(text, subject.start..end) {
        return None;
    }
    let span = Range::new(text.tokens[subject.start].start, text.tokens[end - 1].end);
    Some(RawQuote {
        kind: QuoteKind::Mixed,
        parts: vec![text.tokens[rel].range(), Range::new(text.tokens[if text.tok(v + 1) == "as" { v + 2 } else { v + 1 }].start, closing_mark_end(text, parts.last()?.end))],
        speaker: Some(SpeakerPhrase { span, head: span }),
        cue: Some(text.tokens[v].range()),
        confidence: 0.7,
    })
}

/// The quote of [`names_in_marks`] whose marks open at token `open`: the object and the
/// words in marks, said by the verb's subject.
fn named_in_marks(text: &Text, open: usize, parts: &[Range], prev: Option<&RawQuote>) -> Option<RawQuote> {
    let si = text.sentence_at(text.tokens[open].start)?;
    let from = text.sentences[si].tokens.start;
    // Back over the object (at most six words and possessives) to the verb.
    let v = naming_verb_before(text, open, from)?;
    // The object names something: not "a group called the “We The People Foundation”", "to
    // call a “special meeting”".
    if (v + 1..open).all(|k| DETERMINERS.contains(&text.tok(k))) {
        return None;
    }
    // Not denied: "He did not call the attack “terrorism”", "never called".
    let aux = |k: usize| matches!(text.tok(k), "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had" | "did" | "does" | "do" | "will" | "would");
    let mut before = v;
    while before > from && aux(before - 1) {
        before -= 1;
    }
    // (Also a word apart: "never once called".)
    let denied = |k: usize| is_denial(text.tok(k));
    if (before.saturating_sub(2).max(from)..before).any(denied) || (v.saturating_sub(2).max(from)..v).any(denied) {
        return None;
    }
    // The words in marks are the complement, not a title inside the object or before one:
    // not "called the episode of “Friends” her favorite", "the movie “Barbie” a triumph".
    let close = text.token_at(parts.last()?.end);
    // (After a comma a list goes on: "called the senator a "nasty guy," an "anchor baby"".)
    let complement_after = !text.slice(*parts.last()?).ends_with(',')
        && text.tokens.get(close + 1).is_some_and(|_| {
            let w = text.tok(close + 1);
            DETERMINERS.contains(&w) || POSSESSIVES.contains(&w)
        });
    if complement_after || matches!(text.tok(open - 1), "of" | "in" | "on" | "’s" | "'s") {
        return None;
    }
    // A name given to one's own (a product, a child), not words of one's own: "called its
    // new headset “Vision Pro”", "their daughter “Apple”".
    if matches!(text.tok(v + 1), "its" | "their" | "our" | "my") && parts.len() == 1 && is_title_case(text.slice(parts[0])) {
        return None;
    }
    // A participle right after a noun names for that noun's phrase alone: "cited a memo
    // calling the merger …" is the memo's, "with critics calling the plan …" the critics'
    // (back to its determiner, after a preposition or a verb, at most five words).
    let noun_phrase = || {
        let mut k = v;
        while k > from && k + 5 > v && text.tokens[k - 1].kind == TokKind::Word {
            let w = text.tok(k - 1);
            if PREPOSITIONS.contains(&w) || matches!(w, "with" | "without" | "among") || FINITE_VERBS.contains(&w) || past_form(w) && k < v {
                break;
            }
            k -= 1;
            if DETERMINERS.contains(&w) || POSSESSIVES.contains(&w) {
                break;
            }
        }
        (k < v && valid_speaker(text, k..v)).then(|| {
            let r = Range::new(text.tokens[k].start, text.tokens[v - 1].end);
            SpeakerPhrase { span: r, head: r }
        })
    };
    let after_noun = text.tok(v).ends_with("ing") && v > from && text.tok(v - 1).starts_with(char::is_lowercase) && !aux(v - 1);
    // "…, calling him “a stiff”": a participle after a comma names for the sentence's subject.
    let speaker = if after_noun {
        noun_phrase()?
    } else if v > from + 1 && text.tok(v - 1) == "," && text.tok(v).ends_with("ing") {
        // (After a quotation's attribution, its speaker: "“…,” Ms. Warren said, calling the
        // ruling “a betrayal.”")
        // (Or after its inverted speaker: "“We won,” said Mr. Lee, calling the result …".)
        let attributed =
            prev.filter(|q| q.cue.is_some_and(|c| c.end == text.tokens[v - 2].end) || q.speaker.is_some_and(|sp| sp.span.end == text.tokens[v - 2].end)).and_then(|q| q.speaker);
        match attributed {
            Some(sp) => sp,
            None => participle_subject(text, from..v - 1, v)?,
        }
    } else {
        np_before(text, clause_start(text, from, v), v)?
    };
    // (A short phrase: not "Other leaders used … to denounce what Prime Minister Malcolm
    // Turnbull".)
    // (Longer only with a description set off by commas: "A senior defense official, speaking
    // on the condition of anonymity to discuss ongoing negotiations, called …".)
    let words = word_count(text.slice(speaker.span));
    if words > 24 || words > 12 && !text.slice(speaker.span).contains(',') {
        return None;
    }
    let last = parts.last()?;
    Some(RawQuote {
        kind: QuoteKind::Mixed,
        parts: vec![Range::new(text.tokens[v + 1].start, closing_mark_end(text, last.end))],
        speaker: Some(speaker),
        cue: Some(text.tokens[v].range()),
        confidence: 0.7,
    })
}

/// A verb that names something in someone's words, its object then the words in marks:
/// "She called his executive actions “a crucial step forward”", "is labeling Obama’s
/// actions “a blatant abuse of power”". Not "called for more “flexibility”", nor "a
/// so-called “reform”", nor "a group called “Women for Trump”" (no object between).
fn names_in_marks(text: &Text, i: usize) -> bool {
    let w = text.tok(i);
    if !matches!(w, "call" | "calls" | "called" | "calling" | "labeled" | "labelled" | "labeling" | "labelling" | "dubbed" | "branded") {
        return false;
    }
    if i > 0 && matches!(text.tok(i - 1), "-" | "so") {
        return false;
    }
    let object = i + 1;
    let particle = |k: usize| matches!(text.tok(k), "for" | "on" | "off" | "up" | "out" | "in" | "back" | "upon" | "into" | "to" | "at" | "by" | "with" | "over" | "about" | "as");
    if object >= text.tokens.len() || text.tokens[object].kind != TokKind::Word || particle(object) {
        return false;
    }
    let end = text.tokens.len().min(object + 7);
    match (object + 1..end).find(|&k| text.tokens[k].kind != TokKind::Word && !matches!(text.tok(k), "’s" | "'s")) {
        Some(k) if text.tokens[k].kind == TokKind::Quote => double_mark(text, k) == Some(Mark::Open) || double_mark(text, k) == Some(Mark::Either),
        _ => false,
    }
}

fn is_speech_verb(text: &Text, i: usize) -> bool {
    if text.tokens[i].kind != TokKind::Word {
        return false;
    }
    let w = text.tok(i);
    let pointed_out = matches!(w, "point" | "points" | "pointed" | "pointing") && i + 1 < text.tokens.len() && text.tok(i + 1) == "out";
    // "Adding, “…”": a participle may open a sentence.
    let capitalised_participle =
        w.ends_with("ing") && i + 1 < text.tokens.len() && text.tok(i + 1) == "," && text.sentence_at(text.tokens[i].start).is_some_and(|s| text.sentences[s].tokens.start == i);
    // "“…,” Trump went on.": a verb and its particle, with only punctuation after them (not
    // "went on “Meet the Press” on Sunday").
    let phrasal = || {
        text.tokens.get(i + 1).is_some_and(|t| t.start == text.tokens[i].end + 1 && matches!(text.tok(i + 1), "on" | "back" | "in" | "up"))
            && text.tokens.get(i + 2).is_none_or(|t| t.kind == TokKind::Punct || text.src[text.tokens[i + 1].end..t.start].contains('\n'))
            && with_particle(text, i, text.tokens.len())
    };
    let verb = |w: &str| w.starts_with(char::is_lowercase) && (may_be_speech_verb(w) && lexicon::speech_verbs().contains(w) || pointed_out || phrasal());
    let verb = if capitalised_participle { with_lowercase(w, verb) } else { verb(w) };
    // What follows only tells a verb from a noun: most words are neither.
    if !verb {
        return false;
    }
    // (Nor the second half of a compound: "the self-described democratic socialist said".)
    if i >= 2 && word_hyphen(text, i - 1) {
        return false;
    }
    // "a source who asked not to be named", "asked to remain anonymous", "asked for anonymity":
    // a request not to be named reports nothing.
    if matches!(w, "ask" | "asks" | "asked" | "asking") {
        let next = |k: usize| text.tokens.get(i + k).map_or("", |_| text.tok(i + k));
        // (So "asked that his name not be used", "asked that she not be identified", "asked
        // that his name be withheld".)
        let not_named = next(1) == "that"
            && (2..6).any(|k| {
                next(k) == "not" && next(k + 1) == "be" && matches!(next(k + 2), "named" | "used" | "identified" | "quoted" | "published")
                    || next(k) == "be" && next(k + 1) == "withheld"
            });
        if next(1) == "not" && next(2) == "to" || next(1) == "to" && matches!(next(2), "be" | "remain") || next(1) == "for" && next(2) == "anonymity" || not_named {
            return false;
        }
    }
    // "state Del. Marcia Price", "state Senator Lee": a title, not the verb.
    let state_title = w == "state"
        && text.tokens.get(i + 1).is_some_and(|_| {
            is_capitalized(text.tok(i + 1))
                && (lexicon::titles().contains(text.tok(i + 1)) || text.tok(i + 1).ends_with('.') || text.tokens.get(i + 2).is_some_and(|_| text.tok(i + 2) == "."))
        });
    // A noun after a determiner ("this report"), after "of" ("secretary of state"), or a
    // plural after a preposition's gerund ("intent on getting answers", "by making claims";
    // not "Thursday's meeting says").
    let before = if i > 0 { text.tok(i - 1) } else { "" };
    let gerund = i > 1
        && before.len() > 4
        && before.ends_with("ing")
        && before.starts_with(|c: char| c.is_ascii_lowercase())
        && text.tok(i - 2) != "of"
        && PREPOSITIONS.contains(&text.tok(i - 2));
    // After a possessive too: "Trump's claim", "In response to Sanders' charge that …" (a
    // bare apostrophe after an "s" may close a quotation instead: "… to us’ says Kim").
    // ("He's said", "That's told": "'s" for "has" after a pronoun; "‘We need more nurses’
    // warns Smith": a closing single mark, when one opened before it in the sentence.)
    let owner = |k: usize| {
        let o = text.tok(k);
        !PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(o)) && !matches!(o.to_ascii_lowercase().as_str(), "it" | "that" | "there" | "who" | "what" | "here" | "where")
    };
    let possessive = i > 1
        && (matches!(before, "'s" | "’s" | "'S" | "’S") && owner(i - 2)
            || matches!(before, "'" | "’")
                && text.tokens[i - 2].end == text.tokens[i - 1].start
                && text.tok(i - 2).ends_with(['s', 'S'])
                && !w.ends_with("ed")
                && !matches!(w, "says" | "said" | "told" | "tells" | "wrote" | "writes" | "adds" | "asks" | "notes")
                && !single_opened(text, i - 1));
    // ("each" or "every" after a preposition: "voters in each state say"; not "the two men
    // each said".)
    let each = matches!(before, "each" | "every") && i > 1 && PREPOSITIONS.contains(&text.tok(i - 2));
    // ("the final say", "a big say": a noun after a determiner and an adjective.)
    let a_say = w == "say"
        && i > 1
        && matches!(before, "final" | "last" | "big" | "bigger" | "real" | "equal" | "fair" | "greater" | "little" | "strong" | "stronger" | "direct" | "meaningful")
        && matches!(text.tok(i - 2), "a" | "an" | "the" | "their" | "his" | "her" | "its" | "our" | "no" | "any");
    // (At a sentence's start too: "The report said", "The state senator said".)
    let determiner = |w: &str| with_lowercase(w, |w| matches!(w, "a" | "an" | "the" | "this" | "that" | "his" | "her" | "its" | "their" | "our"));
    // (And a noun that heads a source after a determiner and a modifier: "A new report said";
    // not a plural's verb, "the officials report", nor "the report said".)
    let modified = i > 1
        && determiner(text.tok(i - 2))
        && text.tokens[i - 1].kind == TokKind::Word
        && before.starts_with(char::is_lowercase)
        // ("A news report", "a business report": no plural.)
        && (!before.ends_with('s') || before.ends_with("ss") || matches!(before, "news" | "census" | "campus"))
        // (Not a collective's verb before its clause: "The police report that two men were
        // arrested", but "a police report indicates".)
        && !(matches!(before, "police" | "media" | "public" | "staff" | "people" | "press" | "military" | "government" | "team" | "family")
            && text.tokens.get(i + 1).is_some_and(|_| text.tok(i + 1) == "that"))
        && lexicon::source_nouns().contains(w);
    // (A source noun after a name that a determiner opens: "an NBC report", "the Sunshine
    // state"; not "the Pentagon said", "the Saudis state".)
    let named_modifier = || {
        let caps = (i.saturating_sub(3)..i).rev().take_while(|&k| text.tokens[k].kind == TokKind::Word && is_capitalized(text.tok(k))).count();
        caps > 0 && i > caps && !before.ends_with('s') && matches!(text.tok(i - caps - 1), "a" | "an" | "the" | "this") && (w == "state" || lexicon::source_nouns().contains(w))
    };
    // (A plural after "have": "six countries have claims in the area".)
    // (Or after a word that counts or sets apart: "Texas and other states", "many reports".)
    let had =
        matches!(before, "have" | "has" | "had" | "other" | "several" | "many" | "some" | "all" | "both" | "few" | "these" | "those") && w.ends_with('s') && !w.ends_with("ss");
    let noun = determiner(before)
        || had
        || named_modifier()
        || modified
        || each
        || a_say
        || possessive
        // A plural after a number: "the 35 states that …" (not "six in 10 say", nor after a
        // name's number: "Article 33 affirms").
        || i > 1 && text.tokens[i - 1].kind == TokKind::Number && w.ends_with('s') && text.tok(i - 2).starts_with(char::is_lowercase)
        // (Or a number word after a preposition: "voters in six states said".)
        || i > 1
            && w.ends_with('s')
            && matches!(before, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "several" | "many" | "all" | "both")
            && PREPOSITIONS.contains(&text.tok(i - 2))
        || before == "of" && !w.ends_with("ing")
        || gerund && w.ends_with('s')
        // A plural after a preposition and before "of": "to chants of", "amid claims of".
        || (PREPOSITIONS.contains(&before) || matches!(before, "amid" | "with" | "about")) && w.ends_with('s') && text.tokens.get(i + 1).is_some_and(|_| text.tok(i + 1) == "of");
    // A noun before its own verb of saying: "Earlier reports said", "New claims say".
    let subject_noun = text.tokens.get(i + 1).is_some_and(|t| {
        t.start == text.tokens[i].end + 1
            && matches!(text.tok(i + 1), "said" | "says" | "say" | "told" | "tell" | "tells" | "suggest" | "suggested" | "suggests" | "indicate" | "indicated" | "indicates")
    });
    // "charged a $100,000 fee", "charged him with fraud": a price or an indictment.
    let charged_something = matches!(w, "charge" | "charged" | "charges")
        && text.tokens.get(i + 1).is_some_and(|t| t.kind == TokKind::Number || matches!(text.tok(i + 1), "a" | "an" | "$" | "him" | "her" | "them" | "me" | "us"));
    !state_title && !noun && !subject_noun && !charged_something
}

/// Whether token `v` and the next (before token `end`) are a listed verb of saying with its
/// particle: "went on", "shot back" (`data/speech_phrases.txt`).
fn with_particle(text: &Text, v: usize, end: usize) -> bool {
    v + 1 < end && lexicon::speech_phrases().contains(&text.src[text.tokens[v].start..text.tokens[v + 1].end])
}

/// Whether a single opening mark stands before token `k` in its sentence.
fn single_opened(text: &Text, k: usize) -> bool {
    text.sentence_at(text.tokens[k].start)
        .is_some_and(|si| (text.sentences[si].tokens.start..k).any(|j| matches!(text.tok(j), "‘" | "'") && text.tokens.get(j + 1).is_some_and(|t| t.start == text.tokens[j].end)))
}

/// Whether the mark at token `k` is a plural's possessive apostrophe: "the Democrats' event"
/// (right after a word in "s", before a lowercase word, and no single mark open before it).
fn plural_possessive(text: &Text, k: usize) -> bool {
    k > 0
        && matches!(text.tok(k), "'" | "’")
        && text.tokens[k - 1].end == text.tokens[k].start
        && text.tok(k - 1).ends_with(['s', 'S'])
        && text.tokens.get(k + 1).is_some_and(|t| t.start > text.tokens[k].end && text.tok(k + 1).starts_with(char::is_lowercase))
        && !single_opened(text, k)
}

/// The length of the pronoun in a pronoun with "have" or "had" written on: "they’ve", "I'd".
fn contracted_pronoun(w: &str) -> Option<usize> {
    let at = w.find(['\'', '’'])?;
    let (pronoun, rest) = w.split_at(at);
    let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    let fits = match rest {
        "ve" => matches!(pronoun, "I" | "we" | "We" | "they" | "They" | "you" | "You"),
        "d" => matches!(pronoun, "I" | "he" | "He" | "she" | "She" | "we" | "We" | "they" | "They"),
        // ("They’re saying": "are" before a progressive.)
        "re" => matches!(pronoun, "we" | "We" | "they" | "They" | "you" | "You"),
        _ => false,
    };
    fits.then_some(at)
}

/// Whether `w` may be in the speech verb list, by its first and last bytes and its length:
/// a bit per combination that some listed verb has. Most words asked of are not verbs, and
/// this rules out most of them without hashing them for the list.
fn may_be_speech_verb(w: &str) -> bool {
    static BITS: std::sync::OnceLock<[u64; 64]> = std::sync::OnceLock::new();
    let bits = BITS.get_or_init(|| {
        let mut bits = [0u64; 64];
        for v in lexicon::speech_verbs() {
            let k = speech_verb_slot(v.as_bytes());
            bits[k / 64] |= 1 << (k % 64);
        }
        bits
    });
    let k = speech_verb_slot(w.as_bytes());
    bits[k / 64] & (1 << (k % 64)) != 0
}

/// A word's place in [`may_be_speech_verb`]'s 4096 bits.
fn speech_verb_slot(w: &[u8]) -> usize {
    let (first, last) = (w.first().copied().unwrap_or(0), w.last().copied().unwrap_or(0));
    let key = u32::from(first) | u32::from(last) << 8 | (w.len().min(255) as u32) << 16;
    (key.wrapping_mul(0x9e37_79b9) >> 20) as usize
}

fn is_tell(text: &Text, i: usize) -> bool {
    with_lowercase(text.tok(i), |w| matches!(w, "told" | "tell" | "tells" | "telling"))
}

/// The cue's range: the verb, and for "told" its addressee ("told reporters").
fn cue_range(text: &Text, v: usize, limit: usize) -> (Range, usize) {
    let t = text.tokens[v];
    // "went on", "shot back": the particle too (`v` is a verb of saying already, so the
    // particle is the cue's, not the start of other words).
    if with_particle(text, v, limit) {
        return (Range::new(t.start, text.tokens[v + 1].end), v + 1);
    }
    // "pointed out that …": the particle belongs to the cue, and the content comes after it.
    if v + 1 < limit && text.tok(v + 1) == "out" && matches!(text.tok(v), "point" | "points" | "pointed" | "pointing") {
        return (Range::new(t.start, text.tokens[v + 1].end), v + 1);
    }
    if is_tell(text, v) && v + 1 < limit {
        let next = text.tok(v + 1);
        // "told the crowd", "told the New York Daily News": the addressee after its
        // determiner, one lowercase noun or a name.
        if matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our") && v + 2 < limit && text.tokens[v + 2].kind == TokKind::Word && text.tok(v + 2) != "that" {
            let mut e = v + 2;
            if is_capitalized(text.tok(e)) {
                while e + 1 < limit && e < v + 6 && text.tokens[e + 1].kind == TokKind::Word && is_capitalized(text.tok(e + 1)) {
                    e += 1;
                }
            } else {
                // On to the noun within three words: "an invited crowd", "his radio audience".
                let addressee = |w: &str| {
                    speaker_noun(w)
                        || matches!(
                            w,
                            "crowd"
                                | "crowds"
                                | "audience"
                                | "audiences"
                                | "gathering"
                                | "rally"
                                | "forum"
                                | "meeting"
                                | "hall"
                                | "summit"
                                | "convention"
                                | "conference"
                                | "show"
                                | "host"
                                | "group"
                        )
                };
                if let Some(mut n) = (v + 2..limit.min(v + 5)).take_while(|&i| text.tokens[i].kind == TokKind::Word && text.tok(i) != "that").find(|&i| addressee(text.tok(i))) {
                    // (A compound's last noun: "told a veterans group that …".)
                    while n + 1 < limit && text.tokens[n + 1].kind == TokKind::Word && addressee(text.tok(n + 1)) {
                        n += 1;
                    }
                    e = n;
                }
            }
            return (Range::new(t.start, text.tokens[e].end), e);
        }
        // ("told reporters", "told him"; not "told at least 20 donors that …", whose "at" is
        // no addressee.)
        if next.chars().all(|c| c.is_lowercase()) && next != "that" && !PREPOSITIONS.contains(&next) && !matches!(next, "about" | "with" | "after" | "before" | "during") {
            // ("told state media", "told local reporters": a modifier and its noun; "told
            // state-run television": a hyphenated one.)
            let joined = |i: usize| i + 1 < limit && word_hyphen(text, i);
            let m = if joined(v + 2) { v + 3 } else { v + 1 };
            if m + 1 < limit
                && text.tokens[m + 1].kind == TokKind::Word
                && speaker_noun(text.tok(m + 1))
                && !speaker_noun(next)
                && !POSSESSIVES.contains(&next)
                && !DETERMINERS.contains(&next)
            {
                return (Range::new(t.start, text.tokens[m + 1].end), m + 1);
            }
            return (Range::new(t.start, text.tokens[v + 1].end), v + 1);
        }
        // "told The Huffington Post she thinks …": a name told, then a clause's pronoun.
        // (Hyphens join a name's parts, and a time may follow it: "told African-Americans this
        // weekend he would …".)
        let name_part = |i: usize| {
            text.tokens[i].kind == TokKind::Word && is_capitalized(text.tok(i)) && !PRONOUNS.contains(&text.tok(i)) || i > v + 1 && i + 1 < limit && word_hyphen(text, i)
        };
        let mut e = v + 1;
        while e < limit && e < v + 6 && name_part(e) {
            e += 1;
        }
        // (Then a noun of people: "told Iowa voters this week they …".)
        if e > v + 1 && e < limit && text.tokens[e].kind == TokKind::Word && speaker_noun(text.tok(e)) {
            e += 1;
        }
        if e > v + 1 && text.tok(e - 1) != "-" && e < limit {
            let clause = time_adjunct_end(text, e, limit).unwrap_or(e);
            if clause < limit && PRONOUNS.contains(&text.tok(clause)) {
                return (Range::new(t.start, text.tokens[e - 1].end), e - 1);
            }
        }
    }
    (t.range(), v)
}

/// `“…,” the official said` / `“…,” said Carter` / `“…,” Kishida, the minister, said`.
fn attribution_after(text: &Text, close: usize, used: &HashSet<usize>) -> Option<Attribution> {
    let si = text.sentence_at(text.tokens[close].start)?;
    let s = &text.sentences[si];
    let mut close = close;
    if text.tokens.get(close + 1).is_some_and(|t| t.start == text.tokens[close].end && matches!(&text.src[t.start..t.end], "'" | "’")) {
        close += 1; // the end of a nested single quote just before the double one
    }
    // The clause after the mark, up to the next quotation mark or the sentence end.
    let mut end = close + 1;
    // (Single marks outside a quotation are apostrophes or scare quotes: "Sanders' campaign".)
    while end < s.tokens.end && end < close + 40 {
        match double_mark(text, end) {
            None => end += 1,
            // (A nickname is part of the speaker's name: `Marcia "Cia" Price`.)
            Some(_) => match nickname_at(text, end) {
                Some(c) => end = c + 1,
                None => break,
            },
        }
    }
    // “…” ― Pamela Padilla: a name after a dash, ending the sentence.
    if close + 2 < text.tokens.len() && matches!(text.tok(close + 1), "―" | "—" | "–" | "-") {
        let from = close + 2;
        let mut k = from;
        // The name stays in its line: "― Carla Sanchez." then a credit line, "Getty/Instagram.".
        let new_line = |k: usize| k > from && text.src[text.tokens[k - 1].end..text.tokens[k].start].contains('\n');
        while k < text.tokens.len() && k < from + 6 && !new_line(k) && (is_capitalized(text.tok(k)) || matches!(text.tok(k), "." | "of")) && text.tokens[k].kind != TokKind::Quote {
            k += 1;
        }
        // (Not a subject going on in lowercase: "“…?” - Democrats in Iowa who watched it said".)
        let goes_on = k < text.tokens.len() && !new_line(k) && text.tokens[k].kind == TokKind::Word && text.tok(k).starts_with(char::is_lowercase);
        let ends = (k == text.tokens.len() || k >= s.tokens.end || new_line(k)) && !goes_on;
        // Its closing stop is not part of it.
        let k = if k > from + 1 && text.tok(k - 1) == "." { k - 1 } else { k };
        if k > from && ends && valid_speaker(text, from..k) {
            let r = Range::new(text.tokens[from].start, text.tokens[k - 1].end);
            return Some(Attribution { speaker: SpeakerPhrase { span: r, head: r }, cue: text.tokens[close + 1].range(), cue_tok: close + 1, end_tok: k - 1 });
        }
    }
    let start = if text.tokens.get(close + 1).is_some_and(|t| matches!(&text.src[t.start..t.end], "," | "—" | "–")) { close + 2 } else { close + 1 };
    // The quotation ends its own clause ("“…,” said", "“…?” asked"), so that what follows
    // the mark is the attribution, not the rest of the sentence ("will “transform” the
    // bilateral alliance, Carter said").
    let ends_utterance = close > 0 && matches!(text.tok(close - 1), "," | "?" | "!");
    // The verb that reports the quote: the first verb of saying, or the first after a comma
    // when that one stands in an apposition ("Cruz, who proposed repealing it, said").
    let mut verbs = (start..end).filter(|&i| is_speech_verb(text, i));
    let first = verbs.next()?;
    let in_apposition = (start..first).any(|i| text.tok(i) == ",");
    let candidates = std::iter::once(first).chain(verbs.filter(|&i| in_apposition && (first..i).any(|k| text.tok(k) == ",")).take(1));
    let (v, cue, speaker, clause_end) = candidates.map_while(|v| (!used.contains(&v)).then_some(v)).find_map(|v| {
        let (cue, cue_end) = cue_range(text, v, end);
        // Inverted: "said a senior U.S. defense official, who…", and after a comma: "“This
        // will be a challenge” for Clinton, said Kunin."
        let inverted_after_comma = v > start && text.tok(v - 1) == "," && !is_tell(text, v);
        let after = if v == start || inverted_after_comma { np_after(text, v + 1, end, v == start && ends_utterance) } else { None };
        if v == start || after.is_some() {
            let sp = after?;
            Some((v, cue, sp, text.token_at(sp.span.end).saturating_sub(1).max(v)))
        } else {
            // (Not the verb after an aside set off by dashes that the quotation is in: "Donald
            // Trump - who has said he would “bomb the [expletive] out of” oil fields - said at a
            // rally that …" is Trump's report, not the quotation's attribution.)
            if is_dash(text, v - 1) && (s.tokens.start..close).any(|i| is_dash(text, i) && matches!(text.tok(i + 1), "who" | "which" | "whose")) {
                return None;
            }
            let mut sp = np_before(text, start, v).or_else(|| description_between(text, start, v))?;
            // A description before the name: "the White House spokesman, Josh Earnest, said".
            let name = text.token_at(sp.span.start);
            // ("the assailant, John McGraw, told": a determiner's short description, listed or not.)
            let described = |n: usize| valid_speaker(text, start..n) || ends_utterance && opens_description(text.tok(start)) && n - start <= 5;
            let before_name = name > start + 1
                && text.tok(name - 1) == ","
                && name - 1 - start <= 8
                && (start..name - 1).all(|i| text.tokens[i].kind == TokKind::Word || matches!(text.tok(i), "'s" | "’s"))
                && described(name - 1);
            // A phrase of the sentence set off by a comma is no part of the speaker: "“If
            // there had been no intervention” by the United States, Clinton said".
            // Where the quotation did not open its sentence, or the sentence does not go on
            // in marks after the attribution, such a phrase makes the quote part of reported
            // speech: "Obama will “fight for every vote” in Ohio, Clinton said".
            // (A quotation of several sentences keeps its attribution.)
            let resumed = text.tokens[s.tokens.start].kind == TokKind::Quote && end < s.tokens.end;
            let opened_here = (s.tokens.start..close).any(|i| text.tokens[i].kind == TokKind::Quote);
            let phrase_before = before_name && PREPOSITIONS.contains(&text.tok(start));
            if phrase_before && !resumed && opened_here {
                return None;
            }
            // (After a quotation that does not close its clause, an apposition is set off on
            // both sides: "will “transform” the bilateral alliance, Carter said" is none.)
            let set_off = ends_utterance || text.tokens.get(text.token_at(sp.span.end)).is_some_and(|t| &text.src[t.start..t.end] == ",");
            if before_name && !phrase_before && set_off {
                sp.span.start = text.tokens[start].start;
            }
            // The speaker follows the mark directly ("“…,” Cruz said", "“…,” as Cruz said",
            // "“…” by the Army, Cruz said"); other words in between mean the quote is
            // embedded in a longer sentence.
            let first = if text.tok(start) == "as" { start + 1 } else { start };
            // A verb that reports a clause of its own, after a quotation with words of the
            // sentence before it, does not report the quotation: "Walking into the office
            // to chants of “Marco! Marco!,” the senator said his campaign was …", "Speaking on
            // ABC's “This Week,” Carson admitted that …".
            // (So after "Citing “serious concerns,” the senator said she would vote no": the
            // verb's own clause is reported, and the quotation stays without a speaker.)
            let lead = (s.tokens.start..close).take_while(|&i| text.tokens[i].kind != TokKind::Quote).any(|i| text.tokens[i].kind == TokKind::Word);
            let own_clause = cue_end + 1 < end && {
                let w = text.tok(cue_end + 1);
                // (Or any word but a preposition's: "On the issue of “privatization,” Sanders
                // said private contractors can be more expensive".)
                text.tokens[cue_end + 1].kind == TokKind::Word && !opens_phrase(w) && !matches!(w, "as" | "so" | "and" | "but" | "or") && opens_clause(text, cue_end + 1..end)
            };
            (first < v && (sp.span.start == text.tokens[first].start || phrase_before) && !(lead && own_clause)).then_some((v, cue, sp, cue_end))
        }
    })?;
    let mut end_tok = clause_end;
    // Trailing time words and addressees stay in the clause: "Carter said Wednesday,".
    while end_tok + 1 < end && text.tokens[end_tok + 1].kind == TokKind::Word {
        end_tok += 1;
    }
    Some(Attribution { speaker, cue, cue_tok: v, end_tok })
}

/// A quotation that opens its sentence, after a sentence of the same paragraph that ends on
/// a speaker and a verb of saying no quotation has taken: "“We will win,” Smith said. Jones
/// disagreed. “They will lose.”", "…, and her husband cut in. “Don’t forget Tom.”"
fn said_just_before(text: &Text, si: usize, used: &HashSet<usize>) -> Option<Attribution> {
    let p = text.sentences.get(si.checked_sub(1)?)?;
    if p.paragraph != text.sentences[si].paragraph || p.tokens.len() < 3 || text.tok(p.tokens.end - 1) != "." {
        return None;
    }
    // The verb, then at most its particle or an adverb before the stop ("cut in.", "replied
    // quickly.").
    let stop = p.tokens.end - 1;
    let v = (stop.saturating_sub(3).max(p.tokens.start)..stop).find(|&i| is_speech_verb(text, i))?;
    let tail_ok = (v + 1..stop).all(|i| {
        let w = text.tok(i);
        text.tokens[i].kind == TokKind::Word && (matches!(w, "in" | "back" | "on" | "up" | "again" | "too") || w.len() > 4 && w.ends_with("ly"))
    });
    // (Only verbs that hand on the turn: after "Protesters at the back shouted." the next
    // quotation is rarely theirs.)
    let hands_on = lexicon::lead_verbs().contains(text.tok(v)) || with_particle(text, v, stop);
    if used.contains(&v) || !tail_ok || !hands_on {
        return None;
    }
    // (Not the attribution of a quotation in that sentence, which the reported speech may
    // take: after the sentence's last mark, another verb has attributed it.)
    let last_mark = (p.tokens.start..v).rev().find(|&i| double_mark(text, i).is_some());
    if last_mark.is_some_and(|m| !(m + 1..v).any(|i| used.contains(&i))) {
        return None;
    }
    let lo = clause_start(text, p.tokens.start, v);
    // (Nor a subordinate clause: "…, where Mrs. Clinton also spoke.")
    if (lo.saturating_sub(1).max(p.tokens.start)..v).any(|i| matches!(text.tok(i), "where" | "who" | "which" | "when" | "while" | "after" | "before" | "because" | "if" | "as")) {
        return None;
    }
    let speaker = np_before(text, lo, v)?;
    let (cue, end) = cue_range(text, v, stop);
    Some(Attribution { speaker, cue, cue_tok: v, end_tok: end })
}

/// Before the opening mark: `Kerry said: “…`, `Carter said “…`, `he told Chris Wallace of
/// Fox News, “…`, `telling the crowd, “…` (the sentence's subject speaks), `Philip Bump: “…`.
fn attribution_before(text: &Text, open: usize, used: &HashSet<usize>) -> Option<Attribution> {
    let si = text.sentence_at(text.tokens[open].start)?;
    let s = &text.sentences[si];
    if open <= s.tokens.start {
        return said_just_before(text, si, used);
    }
    let mut j = open;
    if matches!(text.tok(j - 1), ":" | ",") {
        j -= 1;
    }
    // A name and a colon.
    if text.tok(open - 1) == ":" && j > s.tokens.start {
        // After a dash the name starts anew: "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”".
        let lo = clause_start(text, s.tokens.start, j);
        let lo = (lo..j).rev().find(|&i| matches!(text.tok(i), "-" | "–" | "—")).map_or(lo, |d| d + 1);
        if let Some(sp) =
            np_before(text, lo, j).filter(|sp| text.slice(sp.head).split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "de" | "the" | "and")))
        {
            let colon = text.tokens[j].range();
            return Some(Attribution { speaker: sp, cue: colon, cue_tok: j, end_tok: j });
        }
    }
    // The nearest reporting verb a few words back, with only "that", an addressee or
    // time and place words between it and the mark.
    let from = j.saturating_sub(8).max(s.tokens.start);
    let v = (from..j).rev().find(|&i| is_speech_verb(text, i))?;
    // (Or whom it was said to, before a comma: "Canova wrote to his 20,000 Twitter followers, “…”".)
    // (Not an infinitive: "vowed to build a wall, “…”".)
    let addressee = |w: &str| is_capitalized(w) || matches!(w, "his" | "her" | "their" | "its" | "our" | "the" | "a" | "an" | "reporters" | "supporters" | "followers");
    let addressed = text.tok(j) == ","
        && v + 2 < j
        && text.tok(v + 1) == "to"
        && addressee(text.tok(v + 2))
        && (v + 2..j).all(|i| matches!(text.tokens[i].kind, TokKind::Word | TokKind::Number));
    // (Or what it was said of, before a comma: "who joked of the museum, “…”"; not a
    // participle's, which goes on for the quote before it: "“…,” said Sherman, speaking of
    // politicians, “and leave …”".)
    let said_of = text.tok(j) == ","
        && !text.tok(v).ends_with("ing")
        && v + 2 < j
        && j - v <= 6
        && text.tok(v + 1) == "of"
        && (v + 2..j).all(|i| text.tokens[i].kind == TokKind::Word && !FINITE_VERBS.contains(&text.tok(i)) && !is_speech_verb(text, i));
    // (A preposition's phrase is read as one: "said on the other hand, “…”", "declared in the
    // debate spin room, “…”"; not after a participle, "explaining why he is speaking at the
    // convention, “…”", nor before a title: "said in his book, ''An American Son.''".)
    let title = || {
        let close = (open + 1..s.tokens.end.min(open + 12)).find(|&i| text.tokens[i].kind == TokKind::Quote);
        close.is_some_and(|c| c > open + 1 && is_title_case(&text.src[text.tokens[open + 1].start..text.tokens[c - 1].end]))
    };
    let phrases = if text.tok(v).ends_with("ing") || title() { v + 1 } else { trailers_end(text, v + 1, j) };
    let between = |i: usize| text.tok(i) == "that" || text.tokens[i].kind != TokKind::Quote && (i < phrases || is_trailer(text, i) || is_tell(text, v));
    if used.contains(&v) || !addressed && !said_of && !(v + 1..j).all(between) {
        return None;
    }
    // (After a conjunction of time or "by" too: "looping the streets while chanting, “…”";
    // not after a quotation of the sentence, whose speaker may be another phrase's: "Byrne
    // gives an account of Clinton telling one agent to “Go to hell!,” while telling …".)
    // (Not "by" after a participle, where the gerund is a noun: "Trump was interrupted by
    // chanting, “…”", "He was woken by shouting, “Fire!”".)
    let passive = |k: usize| {
        let w = text.tok(k);
        w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with("en"))
    };
    let conjunction = v > s.tokens.start + 1
        && (matches!(text.tok(v - 1), "while" | "when" | "after" | "before") || text.tok(v - 1) == "by" && !passive(v - 2))
        && (s.tokens.start..v - 1).all(|i| text.tokens[i].kind != TokKind::Quote);
    let speaker = if text.tok(v).ends_with("ing") && v > s.tokens.start && (text.tok(v - 1) == "," || conjunction) {
        // "Clinton seemed ready, telling the crowd, “…”"; after a quote ("…,” she said,
        // adding, “…”) the subject is that quote's speaker; after a clause of its own, that
        // clause's ("Obama said the deal was good, and Kerry agreed, telling senators, “…”").
        let own_clause = (s.tokens.start + 1..v - 1).rev().find(|&i| matches!(text.tok(i), "and" | "but") && text.tok(i - 1) == ",").and_then(|a| {
            let sp = sentence_subject(text, a + 1..v - 1)?;
            // Its verb, not a list's next item: "thanked Pence, Christie, and Giuliani for …".
            let after = text.token_at(sp.span.end);
            let w = text.tokens.get(after).map_or("", |_| text.tok(after));
            (after < v - 1 && (is_speech_verb(text, after) || w.len() > 3 && w.ends_with("ed") && w.starts_with(char::is_lowercase))).then_some(sp)
        });
        match own_clause.or_else(|| subject_after_opener(text, s.tokens.clone())) {
            Some(sp) => sp,
            None => (s.tokens.start..v).rev().filter(|&i| text.tokens[i].kind == TokKind::Quote).take(4).find_map(|c| attribution_after(text, c, &HashSet::default()))?.speaker,
        }
    } else if let Some(comma) = relative_who(text, s.tokens.start, v) {
        // A relative clause's verb reports for the phrase its comma closes: "celebrities like
        // Stevie Wonder, who joked of the museum, “…”".
        antecedent(text, s.tokens.start, comma)?
    } else {
        np_before(text, clause_start(text, s.tokens.start, v), v)
            .or_else(|| name_before_participle(text, s.tokens.start, v))
            // A verb joined to the sentence's: "Lazar said he welcomed extradition and added, “…”".
            .or_else(|| (v > 0 && text.tok(v - 1) == "and").then(|| subject_after_opener(text, s.tokens.start..v)).flatten())?
    };
    let (cue, _) = cue_range(text, v, open);
    Some(Attribution { speaker, cue, cue_tok: v, end_tok: open.saturating_sub(1) })
}

/// "footage of Trump saying during the debate, “…”": the name just before a participle of
/// saying is its speaker.
fn name_before_participle(text: &Text, lo: usize, v: usize) -> Option<SpeakerPhrase> {
    if !text.tok(v).ends_with("ing") {
        return None;
    }
    let mut i = v;
    while i > lo && i + 4 > v && text.tokens[i - 1].kind == TokKind::Word && is_capitalized(text.tok(i - 1)) {
        i -= 1;
    }
    if i == v || !valid_speaker(text, i..v) || lexicon::function_words().contains(text.tok(i)) {
        return None;
    }
    let r = Range::new(text.tokens[i].start, text.tokens[v - 1].end);
    Some(SpeakerPhrase { span: r, head: r })
}

/// Who reports in "SUBJECT did something, saying …" (the participle at `v`, after the comma
/// that ends `toks`): the sentence's subject, read whole, when a lowercase word (its verb)
/// follows it. Not a truncated name ("Sen. Chuck Schumer of New"), an adverb or participle
/// ("Shortly", "Reached by phone"), or a story told ("telling the story of …").
fn participle_subject(text: &Text, toks: std::ops::Range<usize>, v: usize) -> Option<SpeakerPhrase> {
    if is_tell(text, v) && !(v + 1..(v + 5).min(text.tokens.len())).any(|i| text.tok(i) == "that") {
        return None;
    }
    // "The president responded … by saying": a determiner and a listed noun after it.
    let det = |i: usize| DETERMINERS.contains(&text.tok(i)) && is_capitalized(text.tok(i));
    let sp = match subject_after_opener(text, toks.clone()) {
        Some(sp) => whole_subject(text, sp, toks.end),
        None if !toks.is_empty() && det(toks.start) => {
            let r = text.tokens[toks.start].range();
            let sp = whole_subject(text, SpeakerPhrase { span: r, head: r }, toks.end);
            if sp.span == r {
                return None;
            }
            sp
        }
        None => return None,
    };
    let first = text.tok(text.token_at(sp.span.start));
    // "Critics of the plan pushed back": read only to "of", the phrase is cut short.
    if matches!(text.tok(text.token_at(sp.span.end).saturating_sub(1)), "of" | "de") {
        return None;
    }
    // ("We’re": a contraction holds the verb, the clause is the writer's.)
    if first.len() > 4 && (first.ends_with("ly") || first.ends_with("ed")) && !lexicon::given_names().contains(first) || first.contains(['’', '\'']) && sp.span.len() == first.len()
    {
        return None;
    }
    let after = text.token_at(sp.span.end);
    // (After an apposition set off by commas, the verb: "Rahm Emanuel, his chief of staff,
    // urged a strong stand, saying …".)
    let after = if after < toks.end && text.tok(after) == "," {
        let close = (after + 2..toks.end.min(after + 14)).find(|&i| text.tok(i) == ",");
        close
            .filter(|&c| (after + 1..c).all(|i| text.tokens[i].kind != TokKind::Quote && !FINITE_VERBS.contains(&text.tok(i)) && !is_speech_verb(text, i)))
            .filter(|&c| with_lowercase(text.tok(after + 1), |w| DETERMINERS.contains(&w) || POSSESSIVES.contains(&w)) || is_capitalized(text.tok(after + 1)) && c > after + 2)
            // (Not a list: "Hillary Clinton, Bernie Sanders, and Martin O'Malley debated".)
            .filter(|&c| c + 1 < toks.end && !matches!(text.tok(c + 1), "and" | "or" | "but" | "nor"))
            .map_or(after, |c| c + 1)
    } else {
        after
    };
    (after < toks.end && text.tokens[after].kind == TokKind::Word && text.tok(after).starts_with(char::is_lowercase)).then_some(sp)
}

/// The subject `sp` that [`sentence_subject`] read (capitalised words or a pronoun), taken on to
/// the noun that heads it when lowercase words lead to one: "A New York judge", "Central
/// European leaders", "Democratic presidential nominee Hillary Clinton" (a name after its
/// title too). Not past token `limit`.
fn whole_subject(text: &Text, sp: SpeakerPhrase, limit: usize) -> SpeakerPhrase {
    let first = text.token_at(sp.span.start);
    let mut last = text.token_at(sp.span.end).saturating_sub(1);
    if PRONOUNS.contains(&text.tok(first)) {
        return sp;
    }
    let head = (last + 1..limit.min(last + 5))
        .take_while(|&i| {
            let w = text.tok(i);
            // Not over a verb or the words after one: "Clinton had mocked the complaint",
            // "Obama sent a letter", "Trump met with officials".
            text.tokens[i].kind == TokKind::Word
                && w.starts_with(char::is_lowercase)
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !is_auxiliary(w)
                && !FINITE_VERBS.contains(&w)
                && w != "be"
                && (speaker_noun(w) || !lexicon::function_words().contains(capitalised(w).as_str()) && !lexicon::speech_verbs().contains(w))
        })
        .find(|&i| speaker_noun(text.tok(i)));
    let Some(head) = head else { return sp };
    last = head;
    // A name after its title, not a date: "Federal prosecutors Monday charged".
    let dated = |w: &str| {
        crate::dates::WEEKDAYS.contains(&w)
            || matches!(w, "January" | "February" | "March" | "April" | "June" | "July" | "August" | "September" | "October" | "November" | "December")
    };
    while last + 1 < limit && last + 1 < text.tokens.len() && text.tokens[last + 1].kind == TokKind::Word && is_capitalized(text.tok(last + 1)) && !dated(text.tok(last + 1)) {
        last += 1;
    }
    let r = Range::new(sp.span.start, text.tokens[last].end);
    SpeakerPhrase { span: r, head: r }
}

/// The subject that opens a sentence, for cues in a participle clause ("Clinton seemed
/// ready, telling the crowd …"): a pronoun, a description with a listed noun before its
/// verb ("The president taught …", see [`described_subject`]), or a run of capitalised words.
fn sentence_subject(text: &Text, toks: std::ops::Range<usize>) -> Option<SpeakerPhrase> {
    let mut i = toks.start;
    // "But", "Later", "Meanwhile": a capitalised function word before a name opens the
    // sentence, it is not part of the name.
    while i < toks.end
        && (matches!(text.tok(i), "But" | "And" | "So" | "Still" | "Yet" | "Then")
            || i + 1 < toks.end
                && lexicon::function_words().contains(text.tok(i))
                && is_capitalized(text.tok(i + 1))
                && !DETERMINERS.contains(&text.tok(i))
                // A quantity or a describing word belongs to the phrase: "Many Democrats",
                // "Former Gov. Jane Roe".
                && !NOUN_MODIFIERS.contains(&text.tok(i)))
    {
        i += 1;
    }
    let start = i;
    // An age before a name is part of the phrase: "62-year-old Brenda Johnson".
    let age =
        i + 5 < toks.end && text.tokens[i].kind == TokKind::Number && matches!((text.tok(i + 1), text.tok(i + 2), text.tok(i + 3), text.tok(i + 4)), ("-", "year", "-", "old"));
    if age && is_capitalized(text.tok(i + 5)) {
        i += 5;
    }
    let name = i;
    if i < toks.end && PRONOUNS.contains(&text.tok(i)) {
        i += 1;
    } else if let Some(end) = described_subject(text, i, toks.end) {
        i = end;
    } else {
        while i < toks.end && i < name + 5 && text.tokens[i].kind == TokKind::Word && (is_capitalized(text.tok(i)) || matches!(text.tok(i), "of" | "de")) {
            i += 1;
        }
        // A group's noun goes with it: "Some senators vented … and said", not "Some"; so after
        // an opener, "At a meeting …, some senators vented … and said".
        let group = with_lowercase(text.tok(name), |w| matches!(w, "many" | "several" | "some" | "most" | "few" | "both" | "all"));
        if group && name + 1 < toks.end && i <= name + 1 && speaker_noun(text.tok(name + 1)) {
            i = name + 2;
        }
        // So does the noun of people after "of": "Groups of protesters", "Dozens of the
        // marchers" (not "Supporters of the bill", read to its capitals).
        if i > name + 1 && text.tok(i - 1) == "of" && i < toks.end {
            let k = if matches!(text.tok(i), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our") { i + 1 } else { i };
            if k < toks.end && text.tok(k).starts_with(char::is_lowercase) && speaker_noun(text.tok(k)) {
                i = k + 1;
            }
        }
    }
    // The phrase does not end at "of": "Chairman G.K. Butterfield of", read to five words.
    while i > name && matches!(text.tok(i - 1), "of" | "de") {
        i -= 1;
    }
    if i == name || !valid_speaker(text, start..i) {
        return None;
    }
    let r = Range::new(text.tokens[start].start, text.tokens[i - 1].end);
    Some(SpeakerPhrase { span: r, head: r })
}

/// The end of a description that opens a clause at token `i` and names a speaker by a listed
/// noun, when a lowercase word (its verb) follows it: "The president taught …", "A spokesman
/// for Platte River declined …", "The senior official at the ministry told …". After the noun,
/// at most one phrase of "of", "for", "at" … with a name or one noun.
fn described_subject(text: &Text, i: usize, end: usize) -> Option<usize> {
    // (Lowercase after an opener's comma: "On Monday, the senator visited … and said".)
    if i >= end || !DETERMINERS.contains(&text.tok(i)) || !(is_capitalized(text.tok(i)) || i > 0 && text.tok(i - 1) == ",") {
        return None;
    }
    let word = |k: usize| k < end && text.tokens[k].kind == TokKind::Word;
    // (The last listed noun: "The police chief", "The campaign manager".)
    // (Not past a verb and its object: "The manager fired the coach and said" is the manager's.)
    let verb_with_object =
        |k: usize| k + 1 < end && past_form(text.tok(k)) && !speaker_noun(text.tok(k)) && (DETERMINERS.contains(&text.tok(k + 1)) || POSSESSIVES.contains(&text.tok(k + 1)));
    let head =
        (i + 1..end.min(i + 5)).take_while(|&k| word(k) && !is_speech_verb(text, k) && !verb_with_object(k)).filter(|&k| with_lowercase(text.tok(k), speaker_noun)).last()?;
    let mut k = head + 1;
    if word(k) && matches!(text.tok(k), "of" | "for" | "at" | "from" | "with" | "in") {
        k += 1;
        if word(k) && (DETERMINERS.contains(&text.tok(k)) || POSSESSIVES.contains(&text.tok(k))) {
            k += 1;
        }
        let named = k;
        while word(k) && k < named + 4 && is_capitalized(text.tok(k)) {
            k += 1;
        }
        if k == named && word(k) {
            k += 1;
        }
    }
    // (A verb by its form, not a noun going on: "The deputy head …", "The former Republican
    // presidential candidate …".)
    let verb = word(k) && {
        let w = text.tok(k);
        is_speech_verb(text, k)
            || is_auxiliary(w)
            || FINITE_VERBS.contains(&w)
            || w.len() > 3 && w.ends_with("ed")
            || matches!(w, "taught" | "told" | "made" | "took" | "gave" | "met" | "went" | "sent" | "wrote" | "spoke" | "began" | "left" | "held" | "won" | "lost" | "ran" | "came")
    };
    (verb && valid_speaker(text, i..k)).then_some(k)
}

/// Whether token `i` is a participle ("Campaigning in Iowa", "Conceding, Smith said") and not
/// a name ending in "-ing" ("King said", "Manning, the coach, said"): a lowercase word other
/// than a verb of saying follows it, or a comma and then a capital or a pronoun.
fn opening_participle(text: &Text, i: usize) -> bool {
    let w = text.tok(i);
    if !(w.len() > 4 && w.ends_with("ing")) {
        return false;
    }
    let lowercase_word = |k: usize| k < text.tokens.len() && text.tokens[k].kind == TokKind::Word && text.tok(k).starts_with(char::is_lowercase);
    lowercase_word(i + 1) && !is_speech_verb(text, i + 1)
        || i + 2 < text.tokens.len()
            && text.tok(i + 1) == ","
            && (is_capitalized(text.tok(i + 2)) && !DETERMINERS.contains(&text.tok(i + 2)) || PRONOUNS.contains(&text.tok(i + 2)))
}

/// [`sentence_subject`] after an opening adverbial ("Immediately after the attacks, Trump
/// issued …", "With leaders worried, President Obama is …"): a sentence that opens with an
/// adverb in "-ly", a participle or a function word (not a pronoun or determiner) has its
/// subject after the first comma.
fn subject_after_opener(text: &Text, toks: std::ops::Range<usize>) -> Option<SpeakerPhrase> {
    if toks.is_empty() {
        return None;
    }
    let first = text.tok(toks.start);
    // An adverb in "-ly", not a name (Kelly, Emily, Italy): longer, and in neither list.
    let adverb = first.len() > 6 && first.ends_with("ly") && !lexicon::given_names().contains(first) && !lexicon::places().contains_key(first);
    let opener = adverb
        || opening_participle(text, toks.start)
        || lexicon::function_words().contains(first) && !PRONOUNS.contains(&first) && !DETERMINERS.contains(&first) && !NOUN_MODIFIERS.contains(&first);
    match toks.clone().find(|&i| text.tok(i) == ",") {
        // (A state after a city's comma is the opener's: "At an event in St. Clairsville, Ohio,
        // Brenda Johnson explained …". A person named like a place, "On Tuesday, Jordan, the
        // chairman, said", was no speaker before this either: a place is none.)
        // (The opener may hold commas of its own: "In a wide-ranging, in-prison interview last
        // year, Lazar said …"; not a subordinate clause's subject: "…, when I asked him, he …".)
        Some(comma) if opener => {
            let after = place_after_comma(text, comma).filter(|&close| close < toks.end).unwrap_or(comma) + 1;
            let subordinate =
                |i: usize| matches!(text.tok(i), "when" | "if" | "as" | "because" | "while" | "although" | "though" | "after" | "before" | "since" | "where" | "who" | "which");
            sentence_subject(text, after..toks.end)
                .or_else(|| {
                    (after..toks.end)
                        .filter(|&i| text.tok(i) == "," && i + 1 < toks.end)
                        .take(3)
                        .take_while(|&i| !subordinate(i + 1))
                        .find_map(|i| sentence_subject(text, i + 1..toks.end).filter(|sp| !matches!(text.slice(sp.span), "it" | "It")))
                })
                .or_else(|| sentence_subject(text, toks))
        }
        _ => sentence_subject(text, toks),
    }
}

/// The first token of the clause that ends just before token `v`: after the last comma,
/// quotation mark or colon at or after `lo`. A comma right before `v` closes an apposition
/// ("Kishida, the foreign minister, said"; "Ely Ratner, a senior fellow at …, a think tank,
/// said"), so the clause reaches back over descriptive segments to the name before them.
/// It reaches back at most [`MAX_CLAUSE`] tokens, so that a sentence with a reporting verb
/// at every word ("said said said…") takes linear time.
/// A state or country after a city's name and a comma, with a comma after it: "Mobile,
/// Ala.,", "Tokyo, Japan,". The index of the comma that closes it, when the comma at `comma`
/// opens one.
fn place_after_comma(text: &Text, comma: usize) -> Option<usize> {
    if comma == 0 || text.tok(comma) != "," || !is_capitalized(text.tok(comma - 1)) {
        return None;
    }
    let close = (comma + 2..(comma + 6).min(text.tokens.len())).find(|&k| text.tok(k) == ",")?;
    let place = &text.src[text.tokens[comma + 1].start..text.tokens[close - 1].end];
    lexicon::places().contains_key(place).then_some(close)
}

fn clause_start(text: &Text, lo: usize, v: usize) -> usize {
    let lo = lo.max(v.saturating_sub(MAX_CLAUSE));
    let mut i = v;
    let mut apposition = false;
    let mut crossed = 0;
    // Whether a dash stands between `i` and the verb.
    let mut dash_after = false;
    while i > lo {
        let t = text.tok(i - 1);
        // A parenthesis inside the phrase: "Rep. Gwen Moore (D-Wis.) said".
        if t == ")" {
            if let Some(open) = (i.saturating_sub(12).max(lo)..i - 1).rev().find(|&k| text.tok(k) == "(") {
                i = open;
                continue;
            }
        }
        if double_mark(text, i - 1).is_some() {
            // The opening mark before it (one scan for both cases below).
            match (i.saturating_sub(12).max(lo)..i - 1).rev().find(|&k| double_mark(text, k).is_some()) {
                // A nickname is part of the name: `Marcia "Cia" Price said`.
                Some(open) if open >= i.saturating_sub(4).max(lo) && nickname_at(text, open) == Some(i - 1) => {
                    i = open;
                    continue;
                }
                // So is the title of a work the phrase names: "The author of “The Da Vinci Code”
                // said", "Fans of “Ted Lasso” said".
                // (Right before the verb, with no comma of an apposition inside the marks.)
                Some(open)
                    if open > lo
                        && i == v
                        && !text.src[text.tokens[open].end..text.tokens[i - 1].start].ends_with([',', '.'])
                        && matches!(text.tok(open - 1), "of" | "’s" | "'s")
                        && open + 1 < i - 1
                        && word_count(&text.src[text.tokens[open].end..text.tokens[i - 1].start]) <= 6
                        && is_title_case(&text.src[text.tokens[open].end..text.tokens[i - 1].start]) =>
                {
                    i = open;
                    continue;
                }
                // So is a short quotation inside an apposition: "Hemsley, the co-author of “Going
                // Viral,” about …, said", "Mr. Manafort, citing ''the unique magic of Trump,'' said".
                // (The apposition's comma may be inside the closing mark: "…,'' said".)
                // (Not before a participle, which goes on from its own clause: "described the
                // move as a “breach of trust,” adding".)
                // (Only in the segment next to the verb, not the name's: "… known as the
                // ''Buffett rule'' after Warren E. Buffett, the billionaire investor, complained".)
                Some(open)
                    if crossed == 0
                        && (apposition || i == v && i >= 2 && text.tok(i - 2) == "," && !text.tok(v).ends_with("ing"))
                        && (open..i).all(|k| text.tokens[k].kind != TokKind::Punct || matches!(text.tok(k), "," | "-" | "'s" | "’s")) =>
                {
                    apposition = true;
                    i = open;
                    continue;
                }
                _ => break,
            }
        }
        if matches!(t, ":" | ";" | "(" | ")") {
            break;
        }
        // A dash before a capitalised subject closes an aside set off before it: "When Clinton
        // noted …, ― as was true for a few years ― Trump boasted". (A dash right before the
        // verb closes an apposition of the phrase: "Jane Roe — a Republican — said", and so
        // does one with another before the verb: "Deborah Reynolds - Santilli's girlfriend -
        // told".)
        if is_dash(text, i - 1) {
            if i < v && is_capitalized(text.tok(i)) && !dash_after {
                break;
            }
            dash_after = true;
        }
        // A place's comma is inside the phrase: "Karen Lee, 41, of Mobile, Ala., says".
        if t == "," && i < v && place_after_comma(text, i - 1).is_some() {
            i -= 1;
            continue;
        }
        // A list of names is one phrase: "Lopez, Smith and Jones said" (the names before the
        // comma opening the clause, or after another comma of the list; a list of at most 40
        // tokens, so that the scans stay short).
        if t == "," && i < v && i >= 2 && v - i <= 40 {
            let name = |k: usize| text.tokens[k].kind == TokKind::Word && is_capitalized(text.tok(k)) && !lexicon::function_words().contains(text.tok(k));
            let listed = (i..v).all(|k| name(k) || matches!(text.tok(k), "and" | ",") || is_auxiliary(text.tok(k))) && (i..v).any(|k| text.tok(k) == "and") && name(i);
            let run = (lo..i - 1).rev().take(8).take_while(|&k| name(k)).last();
            if listed && run.is_some_and(|k| k == lo || text.tok(k - 1) == ",") {
                i -= 1;
                continue;
            }
        }
        if t == "," {
            // The comma that closes a phrase opening the sentence ends the clause, before a
            // description set off after it: "On Monday, the senator, a Republican, said".
            // (A preposition's phrase: not "But Megan Hester, senior associate …, said".)
            let opener = is_capitalized(text.tok(lo)) && with_lowercase(text.tok(lo), |w| PREPOSITIONS.contains(&w)) && i > lo + 2;
            if i < v && opener && (lo..i - 1).all(|k| text.tok(k) != ",") {
                break;
            }
            if i == v && i - 1 > lo {
                apposition = true;
            } else {
                let segment = text.tok(i);
                // "the chief of staff", "who ran", "67", and descriptions that start with a
                // capital but hold a lowercase word: "Mrs. Obama's chief of staff", "Democrat
                // of Tennessee" (not a list of names: "Smith, Jones and Brown").
                // A title or a given name first makes it a name ("Senator Reyes of Texas"), unless
                // a possessive follows ("Mr. Obama's deputy national security adviser").
                let words = i..(i..v).find(|&k| text.tok(k) == ",").unwrap_or(v);
                let possessive = words.clone().any(|k| matches!(text.tok(k), "'s" | "’s"));
                let named = !possessive && (lexicon::titles().contains(segment) || lexicon::given_names().contains(segment));
                let described =
                    || !named && words.clone().any(|k| text.tokens[k].kind == TokKind::Word && text.tok(k).starts_with(char::is_lowercase) && !matches!(text.tok(k), "and" | "or"));
                // A party and state: "Mitch McConnell, R-Ky., said".
                let party = matches!(segment, "R" | "D" | "I") && i + 1 < v && text.tok(i + 1) == "-";
                let descriptive = DETERMINERS.contains(&segment) || segment.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) || party || described();
                if !apposition || !descriptive || crossed == 3 || v - i > 40 {
                    break;
                }
                crossed += 1;
            }
        }
        i -= 1;
    }
    i
}

/// The longest clause before a reporting verb, in tokens: far beyond any speaker phrase
/// (at most 14 tokens) with its appositions (at most 40).
const MAX_CLAUSE: usize = 200;

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "He", "She", "They", "We", "I", "It"];
/// Auxiliaries and modals: a clause's verb, in reported content that has no "that".
pub(crate) const FINITE_VERBS: &[&str] =
    &["is", "was", "are", "were", "will", "would", "had", "has", "have", "could", "can", "should", "must", "may", "might", "did", "does", "do"];

/// Whether token `i` opens a count: a number, "half", a number word, "a third", "a dozen"
/// ("said about half of the adjustment reflected …").
fn opens_count(text: &Text, i: usize) -> bool {
    const FRACTIONS: &[&str] = &["third", "quarter", "fifth", "dozen", "hundred", "thousand", "million", "billion"];
    text.tokens.get(i).is_some_and(|t| t.kind == TokKind::Number)
        || matches!(
            text.tok(i),
            "half"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "millions"
                | "billions"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
        )
        || text.tok(i) == "a" && text.tokens.get(i + 1).is_some_and(|_| FRACTIONS.contains(&text.tok(i + 1)))
}

/// The words that may stand before a share that speaks: "Nearly half", "About four in 10".
const COUNT_WORDS: &[&str] = &[
    "a", "an", "the", "at", "least", "about", "almost", "nearly", "roughly", "some", "just", "only", "over", "under", "more", "less", "than", "fewer", "full", "mere", "vast",
    "strong", "slim", "narrow", "bare", "clear", "large", "small", "in", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Lowercase words that open a clause inside a sentence, before the clause's subject.
const CLAUSE_OPENERS: &[&str] = &["after", "although", "as", "because", "before", "once", "since", "though", "unless", "when", "whereas", "where", "while", "with", "yet"];

/// Lowercase prepositions: a phrase that opens with one is no subject.
pub(crate) const PREPOSITIONS: &[&str] = &["at", "by", "for", "from", "in", "into", "of", "on", "over", "to", "under"];

/// Whether a word opens a phrase and not a clause, after a verb or before "that": "said that
/// in a statement", "adding to concerns", "hinted at that".
fn opens_phrase(w: &str) -> bool {
    PREPOSITIONS.contains(&w) || matches!(w, "about" | "with" | "during" | "after" | "against")
}

const DETERMINERS: &[&str] = &["a", "an", "the", "A", "An", "The", "one", "One", "another", "Another", "two", "three", "several", "many", "some"];

fn is_capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Whether tokens `toks` can name a speaker: a pronoun, a name, or a description whose
/// head is a person noun ("the senior U.S. defense official", "a spokeswoman for the
/// ministry"). The head is the last word before any "of"/"for"/"at" phrase, so "Japan's
/// point of view" names nobody.
fn valid_speaker(text: &Text, toks: std::ops::Range<usize>) -> bool {
    let n = toks.len();
    if n == 0 || n > 14 {
        return false;
    }
    let (first, last) = (toks.start, toks.end - 1);
    if n == 1 && PRONOUNS.contains(&text.tok(toks.start)) {
        return true;
    }
    // A party and state after a name say nothing of its head: "Mary Fallin (R-OK)" is as good
    // a speaker as "Mary Fallin".
    if text.tok(last) == ")" {
        if let Some(open) = (first + 1..last).rev().take(6).find(|&i| text.tok(i) == "(") {
            if matches!(text.tok(open + 1), "R" | "D" | "I") && matches!(text.tok(open + 2), "-" | "," | ")") {
                return valid_speaker(text, first..open);
            }
        }
    }
    for i in toks.clone() {
        let w = text.tok(i);
        // ("People briefed on the talks": a participle after the head, not its verb.)
        let briefed = w == "briefed" && i > toks.start;
        // ("Federal and state officials": a noun before the speaker's noun modifies it.)
        // (Not after a noun, whose verb it is: "Local media report officials said …".)
        let after_noun = i > toks.start && {
            let b = text.tok(i - 1);
            with_lowercase(b, |b| speaker_noun(b) || b == "media") || b.len() > 3 && b.ends_with('s') && !b.ends_with("ss")
        };
        let modifier = i + 1 < toks.end && text.tokens[i + 1].kind == TokKind::Word && speaker_noun(text.tok(i + 1)) && !after_noun;
        if is_speech_verb(text, i) && !briefed && !modifier
            || matches!(w, "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "may" | "might" | "could" | "should" | "must" | "that" | "which" | "it")
        {
            return false;
        }
    }
    // A participle opens a clause, not a name: "echoing some far-right commentators" (but
    // "leading Democrats", "visiting officials" are adjectives).
    let w0 = text.tok(first);
    if w0.len() > 4
        && w0.ends_with("ing")
        && w0.starts_with(char::is_lowercase)
        && !matches!(
            w0,
            "leading"
                | "visiting"
                | "governing"
                | "ruling"
                | "outgoing"
                | "incoming"
                | "remaining"
                | "working"
                | "sitting"
                | "presiding"
                | "founding"
                | "ranking"
                | "missing"
                | "striking"
                | "supporting"
                | "opposing"
                | "competing"
                | "dissenting"
                | "participating"
                | "voting"
                | "serving"
                | "acting"
                | "reigning"
                | "retiring"
                | "surviving"
                | "grieving"
                | "aspiring"
                | "struggling"
                | "according"
        )
        // (But a noun before a person noun, alone: "hacking specialists", "polling experts".)
        && !(n == 2 && speaker_noun(text.tok(last)))
    {
        return false;
    }
    // ("not everything Trump says": a negation opens no name.)
    if matches!(w0, "not" | "Not") {
        return false;
    }
    // Nor does a passive's agent: "followed by a clip of McCain saying".
    if n > 1 && w0.ends_with("ed") && w0.starts_with(char::is_lowercase) && text.tok(first + 1) == "by" {
        return false;
    }
    // "26% say", "About 26% of voters said": a percentage with its sign is a share too.
    if let Some(p) = (first + 1..=last).find(|&i| text.tok(i) == "%" && text.tokens[i - 1].kind == TokKind::Number) {
        let counted = (first..p - 1).all(|i| text.tokens[i].kind != TokKind::Word || with_lowercase(text.tok(i), |w| COUNT_WORDS.contains(&w)));
        if counted && (p == last || text.tok(p + 1) == "of") {
            return true;
        }
    }
    let words: Vec<usize> = toks.filter(|&i| text.tokens[i].kind == TokKind::Word).collect();
    // The head is the last word before a phrase that follows it: "of", "with", or a word
    // that opens a post-modifier ("a source involved in", "one Democrat familiar with").
    // ("on" after a noun of people, before a short phrase with no past form: "Experts on North
    // Korea and nuclear nonproliferation"; not "the Council on Wednesday called …".)
    let on = |p: usize| {
        p > 0
            && with_lowercase(text.tok(words[p - 1]), speaker_noun)
            && words.len() - p <= 6
            && words[p + 1..].iter().all(|&i| !(text.tok(i).ends_with("ed") && text.tok(i).starts_with(char::is_lowercase)))
    };
    let before_of = words
        .iter()
        .enumerate()
        .position(|(p, &i)| {
            matches!(text.tok(i), "of" | "for" | "at" | "from" | "with" | "in" | "familiar" | "involved" | "knowledgeable" | "briefed")
                || text.tok(i) == "on" && on(p)
                // ("close to the campaign"; not "Gore's close friends".)
                || text.tok(i) == "close" && words.get(p + 1).is_some_and(|&n| text.tok(n) == "to")
        })
        .filter(|&p| p > 0);
    let Some(&head) = words.get(before_of.map_or(words.len().wrapping_sub(1), |p| p - 1)) else { return false };
    // "one of those advisers", "some of his aides", "nearly eight of 10 voters": the part names
    // its whole's kind.
    let head = match words.last() {
        Some(&last)
            if before_of.is_some()
                && (text.tokens[head].kind == TokKind::Number
                    // ("Three out of four doctors".)
                    // (Not "Nearly nine out of 10", a share without a noun.)
                    || text.tok(head) == "out"
                        && head > first
                        && (text.tokens[head - 1].kind == TokKind::Number || with_lowercase(text.tok(head - 1), |w| COUNT_WORDS.contains(&w)))
                        && last > head + 1
                        && !with_lowercase(text.tok(last), |w| COUNT_WORDS.contains(&w))
                    || with_lowercase(text.tok(head), |w| {
                        matches!(w, "one" | "some" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "several" | "many" | "most")
                    })) =>
        {
            last
        }
        _ => head,
    };
    // ("Ford itself": the word before a reflexive heads.)
    let head = if head > first && matches!(text.tok(head), "itself" | "himself" | "herself" | "themselves") { head - 1 } else { head };
    let h = text.tok(head);
    // Not a day, a participle or a dateline: "At Sunday", "Conceding, …" ("King" and
    // "Manning" are names), "WASHINGTON".
    let participle = opening_participle(text, head);
    if matches!(h, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
        || words.len() == 1 && (participle || h.len() > 3 && !h.contains(char::is_lowercase) && lexicon::places().contains_key(title_case(h).as_str()))
    {
        return false;
    }
    // "the 46-year-old", "a 30-year-old": an age names a person.
    let age = text.src[text.tokens[first].start..text.tokens[last].end].ends_with("year-old");
    // A share of the people asked: "Twenty-four percent said", "Nearly half said", "About four
    // in 10 said".
    // Only a count comes before it: not "you must win the majority of the delegates".
    let counts = || {
        (first..head).all(|i| {
            let w = text.tok(i);
            text.tokens[i].kind != TokKind::Word || w.contains(|c: char| c.is_ascii_digit() || c == '-') || with_lowercase(w, |w| COUNT_WORDS.contains(&w))
        })
    };
    // "About four in 10 said": the count ends in a number (a digit, or "two" to "ten").
    // ("Two in three said": the number may be a word.)
    let number = text.tokens[last].kind == TokKind::Number || matches!(text.tok(last), "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten");
    // ("Nearly nine out of 10 say" too.)
    // ("Eight of 10 say": "of" after a count word too.)
    let count_word = |k: usize| with_lowercase(text.tok(k), |w| matches!(w, "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"));
    let in_ten = number && last > first && (text.tok(last - 1) == "in" || last > first + 1 && text.tok(last - 1) == "of" && (text.tok(last - 2) == "out" || count_word(last - 2)));
    let share = (in_ten
        || with_lowercase(h, |h| {
            matches!(h, "percent" | "half" | "majority" | "majorities" | "minority" | "minorities" | "plurality" | "third" | "thirds" | "quarter" | "quarters")
        }))
        && counts();
    // A capital that could open a sentence ("Watch", "Video") ends a name after another one:
    // "Judicial Watch".
    // (So a word that may open a sentence alone, when the document writes it as a surname
    // too: "Small said" after "John Small"; not a word of one or two letters or with an
    // apostrophe.)
    let name = (is_capitalized(h) || hyphenated_given_name(text, head))
        && (!lexicon::function_words().contains(h)
            || head > first && is_capitalized(text.tok(head - 1)) && !lexicon::function_words().contains(text.tok(head - 1))
            || words.len() == 1 && h.len() > 2 && !h.contains(['\'', '’']) && text.surname(h));
    // "Edwards and others said", "Some say", "Many said": a pronoun of a group.
    // ("others" after "and", a determiner or a count: not "She let others say".)
    let others = h == "others"
        && (words.len() == 1
            || head > first && with_lowercase(text.tok(head - 1), |b| matches!(b, "and" | "the" | "many" | "some" | "several" | "most" | "few" | "two" | "three")));
    let group = others || with_lowercase(h, |h| words.len() == 1 && matches!(h, "some" | "many" | "most" | "several" | "both" | "few"));
    // A number of people: "at least 21,000 said", "About 40 said" (not a year: "In 2015 said").
    let year = text.tok(last).len() == 4 && text.tok(last).starts_with(['1', '2']) && text.tok(last).bytes().all(|b| b.is_ascii_digit());
    let how_many = text.tokens[last].kind == TokKind::Number
        && !year
        && (first..last).all(|i| text.tokens[i].kind == TokKind::Word && with_lowercase(text.tok(i), |w| COUNT_WORDS.contains(&w)));
    let group = group || how_many;
    // A name and others of a kind: "Ms. Toretti and other bundlers".
    let name_and_others = words.windows(3).any(|w| {
        text.tok(w[1]) == "and"
            && is_capitalized(text.tok(w[0]))
            && !lexicon::function_words().contains(text.tok(w[0]))
            && matches!(text.tok(w[2]), "other" | "others" | "several" | "many" | "some")
    });
    age || share || group || with_lowercase(h, speaker_noun) || name || name_and_others
}

/// Whether token `i` ends a Korean-style given name after a surname, its second syllable in
/// lowercase after a hyphen: "Park Geun-hye", "Kim Jong-un", "Ban Ki-moon" (the tokens "Geun",
/// "-", "hye"). Not "Long-term", which has no capitalised name before it.
fn hyphenated_given_name(text: &Text, i: usize) -> bool {
    let short = |k: usize, capital: bool| {
        let w = text.tok(k);
        (1..=5).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic) && is_capitalized(w) == capital
    };
    let joined = |k: usize| text.tokens[k].end == text.tokens[k + 1].start;
    i >= 3
        && text.tok(i - 1) == "-"
        && joined(i - 2)
        && joined(i - 1)
        && short(i, false)
        && short(i - 2, true)
        && text.tokens[i - 3].kind == TokKind::Word
        && is_capitalized(text.tok(i - 3))
        && !lexicon::function_words().contains(text.tok(i - 3))
}

/// `w` with its first letter a capital, as the function-word list spells its words (all
/// ASCII: an ASCII capital, so that no Unicode case table comes into the module).
fn capitalised(w: &str) -> String {
    let mut s = w.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// Whether a lowercase noun heads a speaker's description: a person ("official") or a source
/// ("report"), or the plural of one ("the authors", "advocates").
fn speaker_noun(w: &str) -> bool {
    let listed = |w: &str| lexicon::person_nouns().contains(w) || lexicon::source_nouns().contains(w);
    // (A plural in "-ies" is one in "-y": "news agencies", "the families".)
    let ies = || {
        let Some(stem) = w.strip_suffix("ies").filter(|s| (3..23).contains(&s.len())) else { return false };
        let mut buf = [0u8; 24];
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()] = b'y';
        std::str::from_utf8(&buf[..=stem.len()]).is_ok_and(listed)
    };
    // (And one in "-men" is one in "-man": "Pentagon spokesmen", "congressmen".)
    let men = || {
        let Some(stem) = w.strip_suffix("men").filter(|s| s.len() < 21) else { return false };
        let mut buf = [0u8; 24];
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..stem.len() + 3].copy_from_slice(b"man");
        std::str::from_utf8(&buf[..stem.len() + 3]).is_ok_and(listed)
    };
    listed(w) || w.len() > 3 && w.strip_suffix('s').is_some_and(|one| !one.ends_with('s') && listed(one)) || ies() || men()
}

fn title_case(w: &str) -> String {
    w.chars().enumerate().map(|(i, c)| if i == 0 { c } else { c.to_ascii_lowercase() }).collect()
}

/// Right after a quote, "the gambling tycoon told": a short description opened by a
/// determiner names the speaker even when its noun is in no list.
fn description_between(text: &Text, start: usize, v: usize) -> Option<SpeakerPhrase> {
    let mut end = v;
    while end > start && is_auxiliary(text.tok(end - 1)) {
        end -= 1;
    }
    // "“Stay calm,” the staff were told": a passive names who heard it, not who said it.
    if end > start && matches!(text.tok(end - 1), "was" | "were" | "is" | "are" | "been" | "being") {
        return None;
    }
    let n = end.checked_sub(start)?;
    // A possessive too, here only, where the description ends at the verb ("“…,” her
    // landlord said"); not before a name ("“…,” his voice cracking, Reed said").
    let det = opens_description(text.tok(start)) || matches!(text.tok(start), "The" | "A" | "An" | "his" | "her" | "their" | "my" | "our");
    if !det || !(2..=6).contains(&n) || !(start..end).all(|i| text.tokens[i].kind == TokKind::Word || text.tok(i) == "-") {
        return None;
    }
    let r = Range::new(text.tokens[start].start, text.tokens[end - 1].end);
    Some(SpeakerPhrase { span: r, head: r })
}

/// A determiner that opens a description naming someone: "the designer", "another Twitter
/// user", "one Democrat".
fn opens_description(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "another" | "one")
}

/// Words between a speaker and the reporting verb: "also", "has", "went on to", "would".
/// A verb whose object is the subject of the infinitive after it: "allow companies to say".
fn object_and_infinitive(w: &str) -> bool {
    const VERBS: &[&str] = &["allow", "ask", "convince", "enable", "encourage", "expect", "force", "instruct", "invite", "order", "permit", "persuade", "require", "urge"];
    VERBS.iter().any(|v| w.strip_prefix(v).is_some_and(|e| matches!(e, "" | "s" | "d" | "ed" | "ted"))) || matches!(w, "forbid" | "forbids" | "forbade")
}

fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "has"
            | "have"
            | "had"
            | "later"
            | "then"
            | "further"
            | "once"
            | "again"
            | "previously"
            | "repeatedly"
            | "only"
            | "however"
            | "meanwhile"
            | "to"
            | "went"
            | "on"
            | "go"
            | "goes"
            | "going"
            | "continued"
            | "continues"
            | "wanted"
            | "wants"
            | "want"
            | "would"
            | "will"
            | "did"
            | "does"
            | "can"
            | "could"
            | "might"
            | "may"
            | "must"
            | "should"
            | "not"
            | "never"
            | "reportedly"
            | "already"
            | "still"
            | "just"
            | "often"
            | "even"
            | "quickly"
            | "simply"
            | "publicly"
            | "privately"
            | "recently"
            | "frequently"
            | "flatly"
            | "angrily"
            | "now"
            | "first"
            | "initially"
            | "originally"
            | "earlier"
            | "openly"
            | "sharply"
            | "strongly"
            | "firmly"
            | "explicitly"
            | "consistently"
            | "long"
            | "usually"
            | "overall"
            | "generally"
            | "mostly"
            | "largely"
            | "alike"
    )
}

/// The first token of a subject from `start` on, before the verb at `v`: past leading
/// conjunctions and adverbs ("But officials said", "and he said"), words that open a clause
/// before a name ("When Trump said"), the words that open a clause whose subject speaks in
/// the middle of a sentence ("…, as Clyburn noted", "…, where local party leaders say", "…,
/// with Cruz promising"), and "according to".
fn skip_openers(text: &Text, mut start: usize, v: usize) -> usize {
    // Only before a verb (a lowercase word) do these words open a clause; before a colon
    // there is none: "…contrasted him with Clinton: “…”" is Perez's.
    let clause = v < text.tokens.len() && text.tok(v).starts_with(char::is_lowercase);
    loop {
        if clause && start + 2 < v && text.tok(start).eq_ignore_ascii_case("according") && text.tok(start + 1) == "to" {
            start += 2;
        } else if start < v
            && (matches!(text.tok(start), "But" | "And" | "and" | "but" | "Still" | "Also" | "also" | "So" | "Even" | "even")
                // (A sentence adverb before a lowercase determiner: "Then the report said".)
                || matches!(text.tok(start), "Then" | "Later" | "Meanwhile" | "Afterward" | "Afterwards" | "Instead" | "Now" | "Again" | "Earlier") && start + 1 < v && {
                    // (Set apart from a determiner, a pronoun or a name; not "Then-Sen. Obama",
                    // "Earlier reports said", "Later that day".)
                    let next = text.tok(start + 1);
                    text.tokens[start + 1].start > text.tokens[start].end
                        && (matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "this" | "last" | "next") || PRONOUNS.contains(&next) || is_capitalized(next))
                }
                || clause && CLAUSE_OPENERS.iter().any(|o| text.tok(start).eq_ignore_ascii_case(o))
                || start + 1 < v
                    && lexicon::function_words().contains(text.tok(start))
                    && is_capitalized(text.tok(start + 1))
                    && !DETERMINERS.contains(&text.tok(start))
                    && !NOUN_MODIFIERS.contains(&text.tok(start)))
        {
            start += 1;
        } else if let Some(e) = time_adjunct_end(text, start, v).filter(|&e| clause && e > start && e < v && opens_subject(text.tok(e)) && !is_capitalized(text.tok(e))) {
            // A time before the subject: "Earlier this week the mayor said" (not before a
            // capital: "Sunday Times reported", "September 11 Commission members said").
            start = e;
        } else {
            return start;
        }
    }
}

/// Sentence-initial words of the function-word list that describe the noun after them, and so
/// begin the speaker's phrase rather than open the clause: "Former Attorney General Michael
/// Mukasey said", "Top Republican Party donor Sheldon Adelson said", "Many Democrats say".
const NOUN_MODIFIERS: &[&str] = &[
    "All", "Both", "Current", "Each", "Few", "Former", "Key", "Local", "Many", "Most", "National", "Numerous", "Older", "Other", "Senior", "Several", "Some", "These", "Those",
    "Top", "Various", "Younger",
];

/// Whether tokens `start..end` are a phrase of place, time or manner that opens a clause,
/// with no verb of its own: "In the interview", "At the town hall this week", "Speaking to
/// reporters" (not "what frightens him the most", "the demand that").
fn fronted_phrase(text: &Text, start: usize, end: usize) -> bool {
    if start >= end {
        return false;
    }
    let first = text.tok(start);
    // (Not "Of all the things she said …", nor "Everything he said was false".)
    let opens = with_lowercase(first, |w| {
        matches!(
            w,
            "at" | "by" | "for" | "from" | "in" | "on" | "over" | "under" | "during" | "after" | "before" | "with" | "without" | "despite" | "amid" | "through" | "throughout"
        )
    }) || first.len() > 5 && first.ends_with("ing") && !first.ends_with("thing") && is_capitalized(first);
    // (A time noun right before the pronoun heads a relative clause: "On the day he said he
    // would run, …", "In the moment she said it, …".)
    let last = text.tok(end - 1);
    let relative = matches!(last, "moment" | "day" | "days" | "time" | "times" | "night" | "week" | "weeks" | "year" | "years" | "months" | "hours" | "minutes" | "things" | "way")
        && end > start + 1
        && matches!(text.tok(end - 2), "the" | "that" | "every" | "each" | "first" | "last");
    opens
        && !relative
        && (start + 1..end).all(|i| {
            let w = text.tok(i);
            text.tokens[i].kind != TokKind::Quote
                && !FINITE_VERBS.contains(&w)
                && !matches!(w, "," | "that" | "which" | "who" | "what" | "where" | "when" | "how" | "why" | "since" | "while" | "as" | "if")
                // (Nor a verb of its own: "In the letter he wrote to donors he said …".)
                && !is_speech_verb(text, i)
        })
}

/// Where the verb at `v` starts with its auxiliaries, when they follow a phrase set off by
/// commas ("Smith, the mayor, also said", "An aide, …, went on to say", "Carter, the owner, on
/// Monday said"); else `v`. Not an
/// infinitive alone ("forced Stumpf, who was under questioning, to acknowledge"), nor "then"
/// after a clause of the sentence's own ("…, then says he'll welcome advice"; but "Harris, the
/// coach, then told his players …").
fn set_off_verb(text: &Text, lo: usize, v: usize) -> usize {
    let mut a = v;
    while a > lo + 1 && is_auxiliary(text.tok(a - 1)) {
        a -= 1;
    }
    // (A time may come first: "Carter, the owner, on Monday said".)
    if let Some(t) = (a.saturating_sub(4).max(lo + 2)..a).find(|&t| text.tok(t - 1) == "," && time_adjunct_end(text, t, a) == Some(a)) {
        a = t;
    }
    let then_after_phrase = text.tok(a) == "then" && (lo..a - 1).any(|i| text.tok(i) == ",");
    if a < v && text.tok(a - 1) == "," && (!matches!(text.tok(a), "to" | "then") || then_after_phrase) {
        a
    } else {
        v
    }
}

/// The speaker phrase that ends just before token `v`, starting no earlier than `lo`.
fn np_before(text: &Text, lo: usize, v: usize) -> Option<SpeakerPhrase> {
    // (Auxiliaries right after a phrase set off by commas go with the verb: "“…,” Ortiz, the
    // lawyer, later said" is read as "Ortiz, the lawyer, said".)
    let aux = set_off_verb(text, lo, v);
    if aux < v {
        if let Some(sp) = np_before(text, lo, aux) {
            return Some(sp);
        }
    }
    let clause = clause_start(text, lo, v);
    let mut start = skip_openers(text, clause, v);
    // A dateline before the subject is not part of it: "MACAU (Reuters) – Top Republican
    // Party donor Sheldon Adelson said".
    // (A dateline's words are capitals, or it names an agency in parentheses; not "Two
    // senators — Lindsey Graham … and John McCain … — said".)
    let dash = |i: usize| is_dash(text, i);
    if let Some(d) = (start..v.min(start + 8)).rev().find(|&i| dash(i)) {
        let dateline = (start..d).any(|i| text.tok(i) == "(") || (start..d).all(|i| text.tokens[i].kind != TokKind::Word || !text.tok(i).contains(char::is_lowercase));
        if d + 1 < v && is_capitalized(text.tok(d + 1)) && dateline && !(d + 1..v).any(dash) {
            start = d + 1;
        }
    }
    let mut end = v;
    // "X also said", "X has said", "X later described", "The email went on to say"; and the
    // dash that closes an apposition: "Deborah Reynolds - Santilli's girlfriend - told",
    // "Two senators — … — have said".
    // ("He's said": "has" written on a pronoun, a token of its own; not a passive's "is":
    // "He's said to be furious", "She's told by her doctors".)
    let passive = text.tokens.get(v + 1).is_some_and(|_| matches!(text.tok(v + 1), "to" | "by" | "as"));
    let has = |k: usize| !passive && k > start && matches!(text.tok(k), "'s" | "’s") && matches!(text.tok(k - 1), "he" | "He" | "she" | "She");
    // A progressive's "be" goes with its verb too: "The White House is saying that …", "Clinton
    // has been arguing", "Trump kept saying".
    let progressive = |k: usize| text.tok(v).ends_with("ing") && matches!(text.tok(k), "is" | "are" | "was" | "were" | "be" | "been" | "am" | "keeps" | "kept" | "keep");
    while end > start && (is_auxiliary(text.tok(end - 1)) || is_dash(text, end - 1) || has(end - 1) || progressive(end - 1)) {
        end -= 1;
    }
    // A relative clause set off by dashes before the verb: the phrase before it speaks
    // ("Donald Trump - who has said he would bomb the oil fields - said …").
    // (The clause's start is inside the aside; the search goes back to the sentence's.)
    if end < v && is_dash(text, end) {
        let s0 = text.sentence_at(text.tokens[end].start).map_or(lo, |si| text.sentences[si].tokens.start).min(lo);
        let opening = (s0.max(end.saturating_sub(40))..end).rev().find(|&i| is_dash(text, i));
        if let Some(d) = opening.filter(|&d| d > s0 && matches!(text.tok(d + 1), "who" | "which" | "whose")) {
            // (Not the last of a list or an apposition's alternative: "…, or DFA - which …".)
            return np_before(text, s0, d).filter(|sp| !matches!(text.tok(text.token_at(sp.span.start)), "or" | "and"));
        }
    }
    // "They've told", "I'd said": a pronoun with "have" or "had" written on, one word.
    if end == start + 1 && !passive {
        if let Some(n) = contracted_pronoun(text.tok(start)) {
            let r = Range::new(text.tokens[start].start, text.tokens[start].start + n);
            return Some(SpeakerPhrase { span: r, head: r });
        }
    }
    // "The rules allow companies to say ''…''": before an infinitive, the phrase after a verb
    // that takes an object and "to" is that verb's object, told or let to speak, and no one has
    // spoken yet; so after "let" and its object, right before the verb of saying: "The rules
    // let lenders say". (The object a plain phrase, right before "to": not "Senators who had
    // asked for the inquiry went on to say", nor "Ministers who let the deadline slip went on
    // to say"; nor a participle that modifies the noun: "The invited guests went on to say",
    // "The newly invited members".)
    let object_then = |i: usize| {
        let modifier = DETERMINERS.contains(&text.tok(i - 1)) || text.tok(i - 1).ends_with("ly");
        let plain = (i + 1..end).all(|k| text.tokens[k].kind == TokKind::Word && !PREPOSITIONS.contains(&text.tok(k)) && !matches!(text.tok(k), "who" | "which" | "that"));
        i + 1 < end && !modifier && plain
    };
    let infinitive = end < v && text.tok(end) == "to";
    if (start + 1..end).any(|i| (infinitive && object_and_infinitive(text.tok(i)) || end == v && matches!(text.tok(i), "let" | "lets")) && object_then(i)) {
        return None;
    }
    // "Sean Spicer on Thursday evening said": the time is no part of the subject.
    // (Not a time that modifies a noun, "his afternoon remarks", "A court document filed
    // Thursday"; nor after a verb, "issued a statement Tuesday".)
    // (A time is a few words: the search starts at most six tokens back, so that it costs the
    // same at every verb.)
    if let Some(j) = ((start + 1).max(end.saturating_sub(6))..end).find(|&j| time_adjunct_end(text, j, end) == Some(end)).filter(|&j| {
        let before = text.tok(j - 1);
        let past_form = before.ends_with("ed") && before.starts_with(char::is_lowercase);
        // (Nor a preposition's object: "A woman missing since Friday told police".)
        opens_subject(text.tok(start))
            && !PREPOSITIONS.contains(&before)
            && !matches!(before, "since" | "until" | "through" | "from")
            && !DETERMINERS.contains(&before)
            && !POSSESSIVES.contains(&before)
            && !past_form
            && !(start..j).any(|i| verb_with_object(text, i))
    }) {
        end = j;
        while end > start && is_auxiliary(text.tok(end - 1)) {
            end -= 1;
        }
    }
    if end <= start {
        // "…, but said …", "…, but also said …": the clause is the verb alone; the sentence's
        // subject speaks.
        let mut k = v;
        while k > v.saturating_sub(3) && is_auxiliary(text.tok(k - 1)) {
            k -= 1;
        }
        if k > 0 && matches!(text.tok(k - 1), "and" | "but") {
            let si = text.sentence_at(text.tokens[v].start)?;
            return subject_after_opener(text, text.sentences[si].tokens.start..v);
        }
        return None;
    }
    // "After the debate Trump said": after an opener that may be a preposition, with no
    // comma, a name right after a lowercase noun is the subject; the words before it are the
    // opener's object. (Not after "while", "as" …, which open a clause: "While exit polls in
    // Iowa indicated".)
    if start > clause && ["after", "before", "since", "until"].iter().any(|o| text.tok(start - 1).eq_ignore_ascii_case(o)) {
        let name = (start + 1..end).rev().take_while(|&i| text.tokens[i].kind == TokKind::Word && is_capitalized(text.tok(i))).last();
        if let Some(n) = name.filter(|&n| {
            let w = text.tok(n - 1);
            text.tokens[n - 1].kind == TokKind::Word
                && w.starts_with(char::is_lowercase)
                && !DETERMINERS.contains(&w)
                && !opens_phrase(w)
                && !matches!(w, "and" | "or")
                && valid_speaker(text, n..end)
        }) {
            start = n;
        }
    }
    // "grew so heated that Gov. Chris Christie said": the subject after a conjunction.
    // ("where" before a name only: "an email exchange where Clinton asked", not "where both
    // claim roots".)
    // (So after "why": "That is why critics say"; not "how": "how many say".)
    // (And after "what" or "which" that is the content's subject: "what many analysts said was
    // a sign of …".)
    if let Some(c) = (start..end)
        .rev()
        .find(|&i| matches!(text.tok(i), "that" | "because" | "when" | "where" | "while" | "after" | "before" | "until" | "since" | "if" | "why" | "what" | "which" | "who"))
    {
        // (A place's commas are inside the subject: "after a woman in Worcester, Massachusetts, told him".)
        let mut place_commas = (c + 1..end).filter_map(|i| place_after_comma(text, i).map(|close| [i, close])).flatten();
        let (first, close) = (place_commas.next(), place_commas.next());
        let commas = (c + 1..end).filter(|&i| text.tok(i) == "," && Some(i) != first && Some(i) != close).count();
        let end = if close.is_some_and(|k| k + 1 == end) { end - 1 } else { end };
        // ("what", "which" and "who" only as the subject of the verb right after the cue:
        // "the suspects, who police said were armed".)
        let relative = matches!(text.tok(c), "what" | "which" | "who");
        // (Or as its object, before a clause: "The bill, which Obama said he would veto, passed".)
        // ("who" and "which" also before a past form: "The men, who prosecutors said belonged
        // to a cartel", "The company, which regulators said misled investors, …".)
        let subject_of_next = text.tokens.get(v + 1).is_some_and(|_| {
            let next = text.tok(v + 1);
            FINITE_VERBS.contains(&next)
                || text.tok(c) == "which" && text.tokens[v + 1].kind == TokKind::Word && opens_clause(text, v + 1..text.tokens.len().min(v + 8))
                || matches!(text.tok(c), "who" | "which") && past_form(next)
        });
        if c + 1 < end && commas == 0 && valid_speaker(text, c + 1..end) && (text.tok(c) != "where" || is_capitalized(text.tok(c + 1))) && (!relative || subject_of_next) {
            start = c + 1;
        }
    }
    // "A White House official who spoke anonymously said": the head comes before "who".
    // So does a participle's: "Protesters marching through the streets chanted".
    let participle = |i: usize| {
        let w = text.tok(i);
        w.len() > 5
            && w.ends_with("ing")
            && w.starts_with(char::is_lowercase)
            && !matches!(
                w,
                "during"
                    | "including"
                    | "according"
                    | "regarding"
                    | "following"
                    | "concerning"
                    | "something"
                    | "nothing"
                    | "anything"
                    | "everything"
                    | "morning"
                    | "evening"
                    | "meeting"
                    | "building"
                    | "hearing"
                    | "briefing"
                    | "spring"
                    | "string"
                    | "thing"
            )
            // (A noun before the head: "But hacking specialists say"; not after a noun, whose
            // participle it is: "Groups representing workers said".)
            && !(i + 2 == end
                && speaker_noun(text.tok(i + 1))
                && (DETERMINERS.contains(&text.tok(i - 1)) || POSSESSIVES.contains(&text.tok(i - 1)) || matches!(text.tok(i - 1), "But" | "And" | "So" | "Yet" | "but" | "and")))
    };
    // (Not a participle's when the verb is coordinated: "Strada accused the government of
    // attempting to intimidate the families and asserted …" is Strada's, see below; but
    // "residents who packed the meeting and said" are the residents.)
    let coordinated = matches!(text.tok(v - 1), "and" | "but");
    // ("leaders who’d rather be working now … said": "who" with an auxiliary's ending.)
    // ("Groups that have endorsed him say": "that" as a relative pronoun; "The state officials
    // whose laws have been invalidated say": "whose".)
    let relative = |w: &str| matches!(w, "who" | "whose" | "that") || w.len() > 4 && (w.starts_with("who’") || w.starts_with("who'"));
    // ("that" only after a short phrase with no verb, before a short clause: not "a narrator
    // reminds viewers that Sanders marched … and says".)
    let short_that = |who: usize| {
        let verb = |i: usize| {
            let w = text.tok(i);
            FINITE_VERBS.contains(&w)
                // (A past form first in the phrase, or after a determiner, describes: "Elected
                // officials that …".)
                || past_form(w) && i > start && !DETERMINERS.contains(&text.tok(i - 1))
                || i + 1 < who && w.len() > 3 && w.ends_with('s') && w.starts_with(char::is_lowercase) && !speaker_noun(w)
        };
        who - start <= 8
            && end - who <= 9
            && (start..who).all(|i| text.tokens[i].kind == TokKind::Word && !verb(i))
            && (who + 1..end).all(|i| text.tokens[i].kind == TokKind::Word)
            && !matches!(text.tok(end - 1), "and" | "or" | "but")
    };
    // (And a past participle's after a noun of people, before its phrase: "Veterans
    // interviewed at rallies this week said", "Officials based in Tokyo say".)
    // (Only before "said", "told" …, with no conjunction or comma between: not "a woman asked
    // for a photo and Clinton said", "activists joined in a thunderous chant".)
    let participle_phrase = |i: usize| {
        matches!(text.tok(v), "said" | "say" | "says" | "told" | "tell" | "tells" | "added" | "wrote")
            && text.tok(v - 1) != "to"
            && end - i <= 9
            && (i + 1..end).all(|k| text.tokens[k].kind == TokKind::Word && !matches!(text.tok(k), "and" | "or" | "but") && !past_form(text.tok(k)))
            && regular_past(text.tok(i))
            && text.tokens[i - 1].kind == TokKind::Word
            && with_lowercase(text.tok(i - 1), speaker_noun)
            && i + 1 < end
            && (PREPOSITIONS.contains(&text.tok(i + 1)) || matches!(text.tok(i + 1), "by" | "during" | "after" | "this" | "last"))
    };
    if let Some(who) =
        (start + 1..end).find(|&i| relative(text.tok(i)) && (!matches!(text.tok(i), "that" | "whose") || short_that(i)) || !coordinated && (participle(i) || participle_phrase(i)))
    {
        // Not the verb before the phrase: "The law angered voters who say".
        // ("A retired Army general who served" keeps its adjective after the determiner.)
        let start = (start + 1..who)
            .rev()
            .find(|&i| text.tok(i).ends_with("ed") && text.tok(i).starts_with(char::is_lowercase) && !DETERMINERS.contains(&text.tok(i - 1)))
            .map_or(start, |i| i + 1);
        if start < who && !(start..who).any(|i| text.tok(i) == ",") && valid_speaker(text, start..who) {
            let head = Range::new(text.tokens[start].start, text.tokens[who - 1].end);
            // "leaders who say": the relative pronoun is not part of the phrase.
            let span = if who + 1 == end { head } else { Range::new(head.start, text.tokens[end - 1].end) };
            return Some(SpeakerPhrase { span, head });
        }
    }
    // "in which he declares", "who she said": the pronoun alone. So is a subject's pronoun
    // after the words of a phrase that opens the clause: "In the interview he said", "At the
    // town hall this week she said" (not "Smith and he said").
    let subject_pronoun = |w: &str| matches!(w, "he" | "she" | "they" | "we" | "I");
    if end - start > 1
        && PRONOUNS.contains(&text.tok(end - 1))
        && (matches!(text.tok(end - 2), "which" | "who" | "whom" | "that" | "where" | "when" | "as")
            || subject_pronoun(text.tok(end - 1))
                && text.tokens[end - 2].kind == TokKind::Word
                && !matches!(text.tok(end - 2), "and" | "or" | "nor" | "both")
                && (fronted_phrase(text, start, end - 1) || fronted_phrase(text, clause, end - 1)))
    {
        let r = text.tokens[end - 1].range();
        return Some(SpeakerPhrase { span: r, head: r });
    }
    // "He adopted a fake accent and joked": the sentence's subject speaks.
    if end < v && text.tok(end) == "and" || matches!(text.tok(v - 1), "and" | "but") || matches!(text.tok(end - 1), "and" | "but") {
        // "…, he laughed and said": a pronoun right before the verb that "and" follows.
        if v >= start + 3 && matches!(text.tok(v - 1), "and" | "but") && PRONOUNS.contains(&text.tok(v - 3)) && text.tok(v - 2).ends_with("ed") {
            let r = text.tokens[v - 3].range();
            return Some(SpeakerPhrase { span: r, head: r });
        }
        let si = text.sentence_at(text.tokens[v].start)?;
        return subject_after_opener(text, text.sentences[si].tokens.start..v);
    }
    // A subject after a phrase of place or time that opens the clause: "In a statement the
    // company said", "At a rally in Ohio the senator said" (the last determiner after a noun;
    // not in a count, "at least a dozen members of Congress").
    let det = |k: usize| matches!(text.tok(k), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our");
    let noun_before = |k: usize| {
        let w = text.tok(k - 1);
        text.tokens[k - 1].kind == TokKind::Word && !DETERMINERS.contains(&w) && !PREPOSITIONS.contains(&w) && !matches!(w, "and" | "or" | "with" | "about" | "than")
    };
    if let Some(k) = (start + 2..end).rev().find(|&k| det(k) && noun_before(k) && valid_speaker(text, k..end)) {
        if fronted_phrase(text, start, k) && !(start..k).any(|i| matches!(text.tok(i), "least" | "most")) {
            start = k;
        }
    }
    // After a preposition the words are its object, not the subject that speaks ("…
    // referred to him as … in a Facebook post", "his appointment … to the drafting committee
    // suggests").
    // ("at least 21,000 said" is a count.)
    if PREPOSITIONS.contains(&text.tok(start)) && !(text.tok(start) == "at" && start + 1 < end && text.tok(start + 1) == "least") {
        return None;
    }
    // Apposition: NAME , DESCRIPTION ,  — the head is the name.
    let comma = (start..end).find(|&i| text.tok(i) == ",");
    let (span_end, head) = match comma {
        Some(c) if c > start => {
            let last = if text.tok(end - 1) == "," { end - 1 } else { end };
            (last, start..c)
        }
        Some(_) => return None,
        None => (end, start..end),
    };
    let named = valid_speaker(text, head.clone()) || comma.is_none() && determined_subject(text, head.clone(), v);
    if !named {
        // "a woman asked for a photo and Clinton said": the name after the last "and".
        let and = (start..end).rev().find(|&i| matches!(text.tok(i), "and" | "but") && i + 1 < end && (is_capitalized(text.tok(i + 1)) || PRONOUNS.contains(&text.tok(i + 1))))?;
        return (comma.is_none() && valid_speaker(text, and + 1..end)).then(|| {
            let r = Range::new(text.tokens[and + 1].start, text.tokens[end - 1].end);
            SpeakerPhrase { span: r, head: r }
        });
    }
    Some(SpeakerPhrase {
        span: Range::new(text.tokens[start].start, text.tokens[span_end - 1].end),
        head: Range::new(text.tokens[head.start].start, text.tokens[head.end - 1].end),
    })
}

/// Whether tokens `toks`, right before "said", "says" or "say" (or a form of "tell" with
/// whom it was told) at `v`, are a short phrase opened by a determiner, with no auxiliary, no
/// pronoun and no past form before an object in it: the subject, whatever its noun ("The
/// deputy head of China's delegation said", "those surveyed said", "the GOP front-runner
/// says"). Other verbs keep to the listed nouns ("the plan called for …").
fn determined_subject(text: &Text, toks: std::ops::Range<usize>, v: usize) -> bool {
    const OPENERS: &[&str] = &["a", "all", "an", "another", "both", "each", "many", "most", "other", "several", "some", "the", "these", "those"];
    // (A form of "tell" only with whom it was told: "The heads of both firms told AP they …";
    // not "The numbers tell a different story", "The version told by police".)
    let told_someone = || {
        let n = v + 1;
        let person = |k: usize| {
            k < text.tokens.len() && text.tokens[k].kind == TokKind::Word && (is_capitalized(text.tok(k)) && text.tok(k) != "I" || with_lowercase(text.tok(k), speaker_noun))
        };
        n < text.tokens.len()
            && (matches!(text.tok(n), "me" | "him" | "her" | "us" | "them" | "you" | "reporters" | "journalists")
                || person(n)
                || matches!(text.tok(n), "the" | "a" | "an" | "his" | "their") && (n + 1..n + 4).any(person))
    };
    (matches!(text.tok(v), "said" | "says" | "say") || matches!(text.tok(v), "told" | "tells" | "tell") && told_someone())
        // (No pronoun inside: "The first thing he said was …", "the emails she said she had
        // deleted" are relative clauses.)
        && !toks.clone().any(|i| PRONOUNS.contains(&text.tok(i)))
        // (Not after "to": "The senator declined to say".)
        && !(toks.end..v).any(|i| text.tok(i) == "to")
        && (2..=10).contains(&toks.len())
        && with_lowercase(text.tok(toks.start), |w| OPENERS.contains(&w))
        && toks.clone().all(|i| match text.tokens[i].kind {
            TokKind::Word => {
                !matches!(text.tok(i), "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "that" | "which" | "who" | "what" | "it" | "and" | "or")
                    && !verb_with_object(text, i)
            }
            TokKind::Number => true,
            // A hyphen inside a word ("front-runner"), not a dash between spaces.
            _ => matches!(text.tok(i), "'s" | "’s" | "'" | "’" | ".") || text.tok(i) == "-" && i > toks.start && text.tokens[i - 1].end == text.tokens[i].start,
        })
        && !toks.clone().any(|i| is_speech_verb(text, i))
}

/// The speaker phrase that starts at token `from` (after an inverted verb), ending at a
/// comma, a relative pronoun or a preposition. With `described`, the verb follows a quote
/// directly, and a short description opened by a determiner names the speaker even when its
/// noun is in no list.
fn np_after(text: &Text, from: usize, limit: usize, described: bool) -> Option<SpeakerPhrase> {
    // "said of RT", "said to reporters": a preposition starts no speaker.
    if from < limit && matches!(text.tok(from), "of" | "to" | "for" | "about" | "on" | "in" | "at" | "with" | "from" | "by" | "during" | "after" | "before") {
        return None;
    }
    // "…, said he." (not "…, said he hadn't thought about it": a clause's subject).
    if from < limit && PRONOUNS.contains(&text.tok(from)) {
        let alone = from + 1 == limit || matches!(text.tokens[from + 1].kind, TokKind::Punct | TokKind::Quote);
        let r = text.tokens[from].range();
        return alone.then_some(SpeakerPhrase { span: r, head: r });
    }
    let mut end = from;
    while end < limit && end < from + 10 {
        let t = text.tok(end);
        // "familiar with the talks", "involved in the planning", "close to the mayor", "with
        // knowledge of" belong to the description.
        let modified = end > from && matches!(t, "in" | "to" | "with") && matches!(text.tok(end - 1), "familiar" | "involved" | "close" | "knowledgeable")
            || t == "with" && end + 1 < limit && text.tok(end + 1) == "knowledge";
        if double_mark(text, end).is_some()
            || !modified
                && matches!(t, "," | "." | ";" | ":" | "who" | "which" | "that" | "in" | "on" | "at" | "during" | "after" | "before" | "when" | "while" | "as" | "to" | "with")
        {
            break;
        }
        end += 1;
    }
    // "wrote the authors of the “Growth and Opportunity Project”": the phrase goes on in the
    // quoted title; its head is before it.
    while end > from + 1 && matches!(text.tok(end - 1), "of" | "the" | "a" | "an" | "for") {
        end -= 1;
    }
    // "said the base chief known as Bob", "a man identified only as": the head is before the
    // participle.
    if let Some(p) = (from + 1..end).find(|&i| matches!(text.tok(i), "known" | "identified" | "named" | "called")) {
        end = p;
    }
    // "“…,” said the designer", "said another Twitter user" (but not a time: "said the next
    // day").
    let described = || {
        described
            && opens_description(text.tok(from))
            && (2..=5).contains(&(end - from))
            && (from..end).all(|i| text.tokens[i].kind == TokKind::Word || text.tok(i) == "-")
            // (Not a clause's subject and verb: "''…,'' said the candidate could be …".)
            && !(from..end).any(|i| FINITE_VERBS.contains(&text.tok(i)) || matches!(text.tok(i), "be" | "been"))
            && !matches!(
                text.tok(end - 1),
                "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "night" | "morning" | "afternoon" | "evening" | "time" | "moment" | "way"
            )
    };
    // "said Clinton's introducer, actress Jamie Lee Curtis": an owner's description, with
    // the name after it when one follows.
    // (An owner of up to three capitalised words, "Mr. Trump's lawyer", or a bare apostrophe
    // after an "s": "Sanders' campaign manager".)
    let mark = (from..(from + 3).min(end)).find(|&i| !is_capitalized(text.tok(i)) || text.tokens[i].kind != TokKind::Word);
    let owned = mark.is_some_and(|m| {
        let apostrophe =
            matches!(text.tok(m), "'s" | "’s") || matches!(text.tok(m), "'" | "’") && m > from && text.tok(m - 1).ends_with('s') && text.tokens[m - 1].end == text.tokens[m].start;
        m > from
            && apostrophe
            && end > m + 1
            && end - m <= 4
            && (from..m).all(|i| is_capitalized(text.tok(i)))
            && (m + 1..end).all(|i| text.tokens[i].kind == TokKind::Word && text.tok(i).starts_with(char::is_lowercase))
    });
    // (Not a thing of theirs: "described Trump's approach".)
    if owned {
        let named = (end < limit && text.tok(end) == ",").then(|| np_after(text, end + 1, limit, false)).flatten();
        if named.is_some() || speaker_noun(text.tok(end - 1)) {
            let last = named.map_or(text.tokens[end - 1].end, |n| n.span.end);
            let r = Range::new(text.tokens[from].start, last);
            return Some(SpeakerPhrase { span: r, head: r });
        }
    }
    if end == from || !(valid_speaker(text, from..end) || described()) {
        return None;
    }
    let r = Range::new(text.tokens[from].start, text.tokens[end - 1].end);
    Some(SpeakerPhrase { span: r, head: r })
}

/// Reported speech, sentence by sentence: "X said (that) …", "…, X said.", "according to X".
/// Quoted words inside the reported content make the quote `mixed`; a direct quote with no
/// speaker of its own inside that content joins it the same way.
fn reported_speech(text: &Text, out: &mut Vec<RawQuote>, used: &mut HashSet<usize>, fragments: &[(Range, Option<usize>)]) {
    crate::order::sort_by_key(out, |q| q.parts[0].start);
    let direct: Vec<(Range, bool)> = out.iter().map(|q| (q.range(), q.speaker.is_some())).collect();
    let inside_direct = |pos: usize| {
        let i = direct.partition_point(|r| r.0.end <= pos);
        direct.get(i).is_some_and(|r| r.0.start <= pos)
    };
    let mut absorbed: Vec<Range> = Vec::new();
    let mut frag_i = 0;
    for (si, s) in text.sentences.iter().enumerate() {
        let toks = s.tokens.clone();
        if toks.len() < 5 {
            continue;
        }
        // The first verb (after token `after`, if given) that reports.
        let report_after = |after: Option<usize>| {
            toks.clone()
                .filter(|&v| after.is_none_or(|a| v > a) && is_speech_verb(text, v) && !used.contains(&v) && !inside_direct(text.tokens[v].start))
                .find_map(|v| reported_at(text, toks.clone(), v))
        };
        // (A record after "according to" only where no verb reports: "Kasich said he would have
        // fired him, according to press reports" is Kasich's.)
        let Some(found) = according_to(text, toks.clone(), false).or_else(|| report_after(None)).or_else(|| according_to(text, toks.clone(), true)) else { continue };
        let found = (relative_clause_content(text, &found.1, found.0), found.1, found.2, found.3);
        // "Barkley, who said he votes …, said one candidate …": after a relative clause's
        // report, the sentence's own verb may report too.
        // So may a verb the content ended before: "admitted that …, but said …".
        let next = (found.3 + 1..toks.end).find(|&i| text.tokens[i].start >= found.0.end);
        // (That verb itself, not one before it: "warned the leader … not to move, said an
        // official who was briefed and spoke anonymously".)
        let goes_on = next.and_then(|n| (n..toks.end).find(|&i| !matches!(text.tokens[i].kind, TokKind::Punct | TokKind::Quote))).and_then(|n| goes_on_at(text, n, toks.end));
        let then = match goes_on {
            Some(v) => (!used.contains(&v) && !inside_direct(text.tokens[v].start)).then(|| reported_at(text, toks.clone(), v)).flatten(),
            // (Also after a relative clause of the speaker's: "The ambassador, a career diplomat
            // who described the talks as productive, said a deal was close".)
            None => (relative_who(text, toks.start, found.3).is_some() || {
                let after = text.token_at(found.1.span.end);
                after < toks.end && text.tok(after) == "who"
            })
            .then(|| report_after(Some(found.3)))
            .flatten()
            .or_else(|| {
                // After a clause that opens the sentence, the main clause may report too: "While
                // Comey said there was clear evidence …, he said there's no precedent …".
                let opened = with_lowercase(text.tok(toks.start), |w| CLAUSE_OPENERS.contains(&w)) && (toks.start..found.3).all(|i| text.tok(i) != ",");
                // So after an appeal that ends at a comma: "Since June 16, when he asked
                // supporters to run for office, at least 21,000 said they would".
                let appeal = is_appeal(text.tok(found.3));
                // So does a clause joined after the content's comma: "Trump argued the program
                // should be kept, but Rubio said it needed reform".
                // (Or after a comma inside a closing mark: "… “a disaster,” and Clinton said …".)
                let joined = |n: usize| {
                    let conj = if text.tok(n) == "," { n + 1 } else { n };
                    conj < toks.end && follows_comma(text, conj) && matches!(text.tok(conj), "but" | "and" | "while" | "whereas" | "yet" | "though" | "although")
                };
                // (Its own content after its verb, not the sentence before a closing "they said".)
                // (So does a participle after a relative clause's content: "… on what he said
                // were the failures of Clinton, saying that …".)
                let participle =
                    |n: usize| text.tok(n) == "," && n + 1 < toks.end && is_follow_participle(text, n + 1) && relative_subject(text, &found.1, found.3, found.0).is_some();
                // So does an attribution of the whole sentence after the content: "The campaign
                // said the candidate will be in Florida, CNN reported."
                let trailer = |n: usize| attribution_after_comma(text, toks.start, n, toks.end);
                next.filter(|&n| opened || appeal && text.tok(n) == "," || joined(n) || participle(n) || trailer(n))
                    .and_then(|n| report_after(Some(n)).filter(|r| opened || appeal || trailer(n) || r.0.start > text.tokens[n].end))
            }),
        };
        for (content, speaker, cue, cue_tok) in std::iter::once(found).chain(then) {
            // (A subject set before the content as its first part counts: "The answer, he said,
            // is no", "which she said were temporary".)
            let first_part = subject_before_parenthetical(text, s.tokens.start, &speaker, cue_tok, content)
                .or_else(|| clause_before_parenthetical(text, s.tokens.start, &speaker, cue_tok, content))
                .or_else(|| relative_subject(text, &speaker, cue_tok, content));
            if content.is_empty() || word_count(text.slice(content)) + first_part.map_or(0, |r| word_count(text.slice(r))) < 3 {
                continue;
            }
            // "According to Limbaugh, “…”": the content is a quotation and nothing else, so the
            // quotation is direct, said by this speaker (not one it inherited or none); it may go on
            // past the sentence.
            let only_marks = |a: usize, b: usize| text.src[a..b].chars().all(|c| c.is_whitespace() || crate::text::is_quote_char(c) || matches!(c, '.' | ',' | '!' | '?'));
            let opens_content =
                |q: &RawQuote| q.kind == QuoteKind::Direct && q.confidence < 0.9 && content.start <= q.parts[0].start && only_marks(content.start, q.parts[0].start);
            // The first quote at or after the content's start (`out` begins with the quotes of
            // `direct`, in the same order).
            let first = direct.partition_point(|d| d.0.start < content.start);
            if let Some(q) = out[..direct.len()].get_mut(first).filter(|q| opens_content(q) && (content.end <= q.parts[0].end || only_marks(q.parts[0].end, content.end))) {
                q.speaker = Some(speaker);
                q.cue = Some(cue);
                q.confidence = 0.8;
                used.insert(cue_tok);
                continue;
            }
            // Direct quotes overlapping the content: only speakerless ones inside it may join.
            let k = direct.partition_point(|d| d.0.end <= content.start);
            // (Content before its cue ends there: "…, Strother said, but “we don't ask …”".)
            // ("According to …" goes on around its content: "Over the long term, according to the
            // budget office, the rise … ''is mainly …''".)
            let according = text.src[cue.start..cue.end].eq_ignore_ascii_case("according to");
            // (An appeal ends where its clause ends: "asked the crowd to welcome the governor -
            // “my new best friend.”")
            let dash = || spaced_dash(text, text.token_at(content.end)..toks.end).map_or(s.range.end, |i| text.tokens[i].start);
            // (An appeal cut before a clause of its own reaches no further: "asked Apple to unlock
            // the phone, Apple called the request “dangerous.”")
            let appeal = is_appeal(text.tok(cue_tok));
            let end = if appeal { dash() } else { s.range.end };
            let cut = appeal && content.end < end && text.src[content.end..end].chars().any(char::is_alphanumeric);
            let mut reach = if content.end <= cue.start && !according || cut { content } else { Range::new(content.start, end) };
            let mut overlapping: Vec<(Range, bool)> = direct[k..].iter().take_while(|d| d.0.start < reach.end).copied().collect();
            let mut content = content;
            // A quotation with a speaker of its own (or running past the sentence) ends the
            // content before it: "Cruz said he'd make sand glow, and Trump vowed to “bomb …”".
            if let Some(b) = overlapping.iter().position(|(r, has_speaker)| *has_speaker || !reach.contains(*r)) {
                let first = text.token_at(content.start);
                let mut e = text.token_at(overlapping[b].0.start);
                while e > first && text.tokens[e - 1].kind == TokKind::Quote {
                    e -= 1;
                }
                // Words that introduce the quotation are not content: "said back in 2015: “…”".
                // But a clause reported before the colon goes on in the quotation, and the two
                // are one mixed quote: "said she has the essential quality for the job:
                // “Steadiness …”" (when the quotation ends in the sentence).
                let colon = e > first && text.tok(e - 1) == ":";
                let q = overlapping[b].0;
                // (Not another report before it: "…, and Kerry agreed, telling senators: “…”".)
                let clause = (first..e.saturating_sub(1)).filter(|&i| text.tokens[i].kind == TokKind::Word && !is_trailer(text, i)).count() >= 3
                    && (first..e.saturating_sub(1)).all(|i| !is_speech_verb(text, i));
                // (Nor a quotation with its own attribution or words after it: "declared the
                // need for drive: “Change the world,” she said.")
                let ends_sentence = q.end <= s.range.end && !text.src[q.end..s.range.end].chars().any(char::is_alphanumeric);
                let one_part = out[..direct.len()].get(k + b).is_some_and(|d| d.parts.len() == 1);
                // So does a clause whose last word needs what the quotation says: "… which is
                // a problem because, “In the end, we vote for somebody.”"
                let dangling = !colon && e > first + 1 && {
                    let d = if text.tok(e - 1) == "," { e - 2 } else { e - 1 };
                    d > first
                        && matches!(
                            text.tok(d),
                            "because" | "including" | "like" | "than" | "of" | "with" | "about" | "for" | "to" | "from" | "is" | "was" | "are" | "were" | "be" | "as"
                        )
                };
                // (That clause takes a quotation of several sentences too, to its paragraph's end.)
                let ends_paragraph = || {
                    let p = &text.paragraphs[s.paragraph];
                    q.end <= p.end && !text.src[q.end..p.end].chars().any(char::is_alphanumeric)
                };
                let joined = (colon || dangling) && clause && (ends_sentence || dangling && ends_paragraph()) && one_part;
                if joined {
                    reach = Range::new(content.start, q.end);
                    overlapping.truncate(b + 1);
                } else if colon {
                    // A quotation of several sentences after the colon stands as it is, said by
                    // this speaker when it has none: "The senator said the plan was flawed in
                    // three ways: “It costs too much. It does too little.”"
                    if let Some(d) = out[..direct.len()].get_mut(k + b).filter(|d| d.speaker.is_none() && d.range() == q && clause) {
                        d.speaker = Some(speaker);
                        d.cue = Some(cue);
                        d.confidence = 0.8;
                        used.insert(cue_tok);
                    }
                    continue;
                }
                // (A quotation's closing mark stays: "he says he “loves China,” and …".)
                while !joined && e > first && (text.tokens[e - 1].kind == TokKind::Punct || matches!(text.tok(e - 1), "and" | "but" | "while" | "as" | "when")) {
                    e -= 1;
                }
                // Nor is a clause that leads to it: "…, telling Stephanopoulos that", "… and said",
                // "… and tell him", "the caption which reads".
                // Again for another speaker's clause before it: "the deal was good, and Kerry
                // agreed, telling senators, “…”".
                let leads = |i: usize| is_speech_verb(text, i) || matches!(text.tok(i), "reads" | "read" | "titled" | "tell" | "say");
                let mut cut_all = false;
                for _ in 0..3 {
                    if joined {
                        break;
                    }
                    let Some(j) = (first..e).rev().take(12).find(|&i| leads(i)) else { break };
                    match (first..j).rev().find(|&i| matches!(text.tok(i), "," | "and" | "but" | "which" | "that")) {
                        Some(c) => e = c,
                        None => {
                            cut_all = true;
                            break;
                        }
                    }
                    while e > first && matches!(text.tok(e - 1), "," | "and" | "but" | "that") {
                        e -= 1;
                    }
                }
                if !joined {
                    if cut_all {
                        continue;
                    }
                    if e <= first || (first..e).filter(|&i| text.tokens[i].kind == TokKind::Word).count() < 3 {
                        continue;
                    }
                    content.end = content.end.min(text.tokens[e - 1].end);
                    reach = content;
                    overlapping.truncate(b);
                }
            }
            // (Not a fragment after another verb of saying, which reports it: "Although in
            // September she said her decision was a mistake, at the town hall she said she did not
            // believe it amounted to “an error in judgement.”" A bounded look: at most 60 tokens.)
            // (A verb with a subject of its own before it; not the same speaker's next verb: "He
            // said … and said that Trump did not represent the “party of Reagan.”")
            let next_cue = (text.token_at(content.end)..toks.end)
                .take(60)
                .find(|&i| {
                    // (Or a verb of naming: "…, while Democrats called it “long overdue.”")
                    i != cue_tok
                        && i > 0
                        && (is_speech_verb(text, i) || names_in_marks(text, i))
                        && (PRONOUNS.contains(&text.tok(i - 1))
                            || is_capitalized(text.tok(i - 1))
                            || speaker_noun(text.tok(i - 1))
                            || i > 1 && DETERMINERS.contains(&text.tok(i - 2)) && names_in_marks(text, i))
                })
                .map_or(usize::MAX, |i| text.tokens[i].start);
            let inner_fragments = fragments.iter().filter(|f| f.1 == Some(si) && reach.contains(f.0) && f.0.start < next_cue).map(|f| f.0.end);
            let content = Range::new(content.start, overlapping.iter().map(|d| d.0.end).chain(inner_fragments).fold(content.end, usize::max));
            while frag_i < fragments.len() && fragments[frag_i].1.is_some_and(|f| f < si) {
                frag_i += 1;
            }
            let has_fragment = fragments[frag_i..].iter().take_while(|f| f.1 == Some(si)).any(|f| content.contains(f.0));
            absorbed.extend(overlapping.iter().map(|d| d.0));
            used.insert(cue_tok);
            let parts = match first_part {
                Some(subject) => vec![subject, content],
                None => vec![content],
            };
            out.push(RawQuote {
                kind: if has_fragment || !overlapping.is_empty() { QuoteKind::Mixed } else { QuoteKind::Indirect },
                parts,
                speaker: Some(speaker),
                cue: Some(cue),
                confidence: 0.6,
            });
        }
    }
    out.retain(|q| !(q.kind == QuoteKind::Direct && absorbed.contains(&q.range())));
    follow_on_participles(text, out, used);
    questions_put(text, out, used);
}

/// The subject of a content that an attribution set off by commas interrupts: "The museum"
/// in "The museum, Mr. Obama said, would make visitors face uncomfortable truths", whose
/// content after the attribution opens with its verb. A few words that open a subject, with
/// no verb among them, from the sentence's start `s0` to the comma before the speaker.
fn subject_before_parenthetical(text: &Text, s0: usize, speaker: &SpeakerPhrase, cue_tok: usize, content: Range) -> Option<Range> {
    let sp = text.token_at(speaker.span.start);
    let c0 = text.token_at(content.start);
    let comma = sp.checked_sub(1)?;
    let verb = text.tokens.get(c0).map(|t| &text.src[t.start..t.end])?;
    let opens_with_verb = FINITE_VERBS.contains(&verb) || past_form(verb);
    let subject = s0..comma;
    let plain = subject.clone().all(|i| {
        let w = text.tok(i);
        text.tokens[i].kind != TokKind::Punct && !FINITE_VERBS.contains(&w) && !is_speech_verb(text, i) || matches!(w, "'s" | "’s" | "-")
    });
    // (One word that is a sentence adverb is no subject: "Rather, he said, continued struggles
    // … will …"; a pronoun is: "That, they say, will be easier".)
    let adverb = subject.len() == 1
        && lexicon::function_words().contains(text.tok(s0))
        && !with_lowercase(text.tok(s0), |w| PRONOUNS.contains(&w) || matches!(w, "that" | "this" | "these" | "those" | "all" | "both" | "many" | "some" | "most"));
    (sp < cue_tok
        && !adverb
        && c0 > cue_tok + 1
        && text.tok(comma) == ","
        && text.tok(c0 - 1) == ","
        && opens_with_verb
        && (1..=8).contains(&subject.len())
        && opens_subject(text.tok(s0))
        && !with_lowercase(text.tok(s0), |w| CLAUSE_OPENERS.contains(&w) || PREPOSITIONS.contains(&w))
        && plain)
        .then(|| Range::new(text.tokens[s0].start, text.tokens[comma - 1].end))
}

/// The clause before an attribution set off by commas when the content after it is an
/// adjunct of that clause: "The city was calm" in "The city was calm, officials said, after
/// days of protests" (PolNeAR's content: both, as two parts).
fn clause_before_parenthetical(text: &Text, s0: usize, speaker: &SpeakerPhrase, cue_tok: usize, content: Range) -> Option<Range> {
    let sp = text.token_at(speaker.span.start);
    let c0 = text.token_at(content.start);
    let comma = sp.checked_sub(1)?;
    let adjunct = text.tokens.get(c0).is_some_and(|t| {
        with_lowercase(&text.src[t.start..t.end], |w| {
            PREPOSITIONS.contains(&w) || matches!(w, "while" | "whereas" | "because" | "although" | "though" | "after" | "before" | "since" | "until" | "as")
        })
    });
    (adjunct
        && sp < cue_tok
        && comma > s0 + 2
        && text.tok(comma) == ","
        && c0 == cue_tok + 2
        && text.tok(cue_tok + 1) == ","
        && (s0..comma).all(|i| !is_speech_verb(text, i))
        && opens_clause(text, s0..comma))
    .then(|| trim_content(text, s0, comma))
}

/// A content reported inside a relative clause ends with that clause, at a comma before what
/// goes on outside it: the main clause's verb ("The bill, which Obama said he would veto,
/// passed"), a conjunction ("what analysts said was a sign of progress, but the incident …")
/// or a participle ("…, saying …"). A list's commas stay inside ("what she said is growing
/// demand for fitness facilities, resort-style pools, water parks and …").
fn relative_clause_content(text: &Text, speaker: &SpeakerPhrase, content: Range) -> Range {
    let first = text.token_at(speaker.span.start);
    // (Or the speaker is the one the relative clause is about: "Mr. Guerrero, a Republican who
    // described himself as a religious Catholic, said he recoiled".)
    let after = text.token_at(speaker.span.end);
    let antecedent = after < text.tokens.len() && text.tok(after) == "who" && text.tokens[after].start < content.start;
    if !(first >= 1 && matches!(text.tok(first - 1), "which" | "what" | "who") || antecedent) {
        return content;
    }
    let goes_on = |i: usize| {
        text.tokens.get(i).is_some_and(|t| {
            let w = &text.src[t.start..t.end];
            t.kind == TokKind::Word
                && (matches!(w, "but" | "and" | "while" | "yet" | "though" | "although") && text.tokens.get(i + 1).is_some_and(|_| opens_subject(text.tok(i + 1)))
                    || FINITE_VERBS.contains(&w)
                    || antecedent && is_speech_verb(text, i)
                    || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && w.starts_with(|c: char| c.is_ascii_lowercase()))
        })
    };
    // (After a preposition, "in which …" ends at its first comma: "in an election year in which
    // a majority of Americans say they do not trust her, even some allies …".)
    // So does one after ", which" or ", who": "The law, which critics say was rushed, takes
    // effect …", "The suspects, who police said were armed, fled".
    let ends_at_comma = first >= 2 && (PREPOSITIONS.contains(&text.tok(first - 2)) || matches!(text.tok(first - 1), "which" | "who") && text.tok(first - 2) == ",");
    // (One set off by dashes ends at the second: "Donald Trump - who has said he would bomb
    // the oil fields - said …".)
    let opened_by_dash = if antecedent { after > 0 && is_dash(text, after - 1) } else { first >= 2 && is_dash(text, first - 2) };
    let (from, to) = (text.token_at(content.start), text.token_at(content.end));
    match (from + 1..to).find(|&i| text.tok(i) == "," && text.tokens[i].kind == TokKind::Punct && (ends_at_comma || goes_on(i + 1)) || opened_by_dash && is_dash(text, i)) {
        Some(c) => Range::new(content.start, text.tokens[c - 1].end),
        None => content,
    }
}

/// The relative pronoun that is the subject of a content opening with its verb: "what" in
/// "displaying what many analysts said was a sign of …", "which" in "…, which an FBI
/// investigation said was “extremely careless”" (PolNeAR's content: "what" + "was a sign …").
fn relative_subject(text: &Text, speaker: &SpeakerPhrase, cue_tok: usize, content: Range) -> Option<Range> {
    let rel = text.token_at(speaker.span.start).checked_sub(1)?;
    let c0 = text.token_at(content.start);
    let verb = text.tokens.get(c0).map(|t| &text.src[t.start..t.end])?;
    let opens_with_verb = FINITE_VERBS.contains(&verb) || matches!(verb, "includes" | "included" | "remains" | "remained" | "amounts" | "amounted");
    let past = past_form(verb);
    let rel_word = text.tok(rel);
    (c0 == cue_tok + 1 && (opens_with_verb && matches!(rel_word, "what" | "which" | "who" | "What" | "Which") || past && matches!(rel_word, "who" | "which")))
        .then(|| text.tokens[rel].range())
}

/// Whether token `p` is a participle of saying that goes on from a clause before its comma:
/// "…, adding that …", "…, noting …".
fn is_follow_participle(text: &Text, p: usize) -> bool {
    p > 1 && text.tok(p - 1) == "," && text.tok(p).ends_with("ing") && is_speech_verb(text, p)
}

/// Whether token `p` is a participle after a comma that says how or why something was said,
/// not what: "…, she said, referencing …", "…, he said, speaking on condition of anonymity".
/// (Not a noun in "-ing": "…, he said, evening after evening"; nor "according to"; nor a
/// gerund that is the subject of the sentence's own verb: "Though that transition was
/// seamless, he said, replacing Clinton would be much more acrimonious".)
fn is_adjunct_participle(text: &Text, p: usize) -> bool {
    let w = text.tok(p);
    let subject = || (p + 1..text.tokens.len().min(p + 6)).take_while(|&i| text.tokens[i].kind != TokKind::Punct).any(|i| FINITE_VERBS.contains(&text.tok(i)));
    p > 1
        && text.tok(p - 1) == ","
        && text.tokens[p].kind == TokKind::Word
        // (Not one set off by commas inside the attribution: "He said, laughing, that …".)
        && text.tokens.get(p + 1).is_none_or(|_| text.tok(p + 1) != ",")
        && w.len() > 5
        && w.ends_with("ing")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            w,
            "according"
                | "morning"
                | "evening"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
                | "during"
                | "building"
                | "meeting"
                | "spending"
                | "funding"
                | "hearing"
                | "ruling"
                | "briefing"
                | "opening"
                | "ceiling"
                | "feeling"
                | "warning"
        )
        && !subject()
}

/// "“…,” Christie said, adding that Rubio had abandoned it.", "Carter said the plan was
/// sound, noting that …": a participle of saying after a comma reports more words of the
/// speaker of the sentence's quote before it, and that quote's reported words end at the
/// comma. (Where no quote comes before it, the participle reports for the sentence's subject:
/// see `reported_at`.)
fn follow_on_participles(text: &Text, out: &mut Vec<RawQuote>, used: &mut HashSet<usize>) {
    // The quotes with a speaker and a cue, by where the cue ends; the direct quotes' ranges.
    let mut cued: Vec<(usize, usize)> = out.iter().enumerate().filter(|(_, q)| q.speaker.is_some()).filter_map(|(i, q)| q.cue.map(|c| (c.end, i))).collect();
    crate::order::sort(&mut cued);
    let direct = direct_ranges(out);
    let overlaps_direct = |r: Range| overlaps_any(&direct, r);
    let mut found = Vec::new();
    for s in &text.sentences {
        let mut participles = s.tokens.clone().filter(|&p| p > s.tokens.start + 1 && is_follow_participle(text, p)).peekable();
        while let Some(p) = participles.next() {
            // A chain ends each content at the next: "…, adding that …, noting that …".
            let to = participles.peek().map_or(s.tokens.end, |&q| q - 1);
            if used.contains(&p) {
                continue;
            }
            let at = text.tokens[p].start;
            let k = cued.partition_point(|c| c.0 <= at);
            let Some(&(cue_end, qi)) = k.checked_sub(1).map(|k| &cued[k]) else { continue };
            if cue_end < s.range.start || overlaps_direct(text.tokens[p].range()) {
                continue;
            }
            // Only right after that quote's words or attribution, with no clause of another
            // subject between: not "Trump said he would win, and Clinton responded on
            // Twitter, saying …", nor "…, a charge that party officials denied, saying …".
            let q = &out[qi];
            let after = if q.kind == QuoteKind::Direct { q.range().end } else { q.parts[0].start };
            let between = text.token_at(cue_end.max(after))..p - 1;
            let new_clause = between.clone().any(|i| {
                matches!(text.tok(i), "that" | "which" | "who" | "whom" | "while" | "whereas")
                    || matches!(text.tok(i), "and" | "but") && text.tokens.get(i + 1).is_some_and(|_| is_capitalized(text.tok(i + 1)) || PRONOUNS.contains(&text.tok(i + 1)))
            });
            if new_clause {
                continue;
            }
            let (cue, last) = cue_range(text, p, to);
            let from = last + 1;
            if from >= to {
                continue;
            }
            // Without "that", only a verb that may leave it out: "adding he would run", not
            // "repeating a refrain that has become common". After it, a clause: not "adding
            // to concerns that growth is slowing", "repeating that claim at a rally".
            let stem = text.tok(p).trim_end_matches("ing");
            let optional = lexicon::that_optional_verbs().contains(stem) || lexicon::that_optional_verbs().contains(format!("{stem}e").as_str());
            let from = if text.tok(from) == "that" {
                from + 1
            } else if optional {
                from
            } else {
                continue;
            };
            if from >= to || opens_phrase(text.tok(from)) || !opens_clause(text, from..to) {
                continue;
            }
            let mut content = trim_content(text, from, to);
            if content.is_empty() || word_count(text.slice(content)) < 3 || overlaps_direct(content) {
                continue;
            }
            // Quoted words in it keep their closing mark: "… the judge was “Mexican.”". (Double
            // marks only: an apostrophe may end a word, "workers’ pensions".)
            let (first, last) = (text.token_at(content.start), text.token_at(content.end) - 1);
            let marks = (first..=last).filter(|&i| double_mark(text, i).is_some()).count();
            if marks % 2 == 1 {
                if let Some(close) = (last + 1..to.min(last + 4)).find(|&i| double_mark(text, i).is_some()) {
                    content.end = text.tokens[close].end;
                }
            }
            let kind = if marks > 0 { QuoteKind::Mixed } else { QuoteKind::Indirect };
            used.insert(p);
            found.push((qi, p, RawQuote { kind, parts: vec![content], speaker: out[qi].speaker, cue: Some(cue), confidence: 0.6 }));
        }
    }
    for (qi, p, q) in found {
        // The quote before ends at the comma: "the plan was sound" (not "…, noting that …").
        let before = &mut out[qi];
        if before.kind != QuoteKind::Direct && before.parts.len() == 1 && before.parts[0].contains(text.tokens[p].range()) && text.tokens[p - 2].end > before.parts[0].start {
            before.parts[0].end = text.tokens[p - 2].end;
            let part = before.parts[0];
            if !(text.token_at(part.start)..p - 1).any(|i| double_mark(text, i).is_some()) {
                before.kind = QuoteKind::Indirect;
            }
        }
        out.push(q);
    }
}

/// A question put to the speaker, reported in a clause of "when asked": "…,” Christie said
/// when asked whether he would issue a quarantine.", "When asked about the merger, she
/// defended it". The question is reported speech; its asker is named only after "by" ("When
/// asked by a reporter whether …"), else it has none. In a clause that opens the sentence the
/// question ends at the first comma; after the main clause, at the sentence's end.
fn questions_put(text: &Text, out: &mut Vec<RawQuote>, used: &mut HashSet<usize>) {
    let direct = direct_ranges(out);
    let overlaps_direct = |r: Range| overlaps_any(&direct, r);
    let mut found = Vec::new();
    for s in &text.sentences {
        let toks = s.tokens.clone();
        for a in toks.clone().filter(|&a| a > toks.start && text.tok(a) == "asked" && !used.contains(&a)) {
            if !with_lowercase(text.tok(a - 1), |w| matches!(w, "when" | "after" | "once")) {
                continue;
            }
            // (Set off by commas or opening the sentence, the clause ends at its comma: "Carson,
            // when asked about his errors, often steam-rolls …".)
            // (So after "and" or a mark: "…, and when asked whether …, he said", "“when asked if
            // …, the chief responded".)
            let opens = (toks.start..a - 1).all(|i| with_lowercase(text.tok(i), |w| matches!(w, "but" | "and" | "yet" | "so")))
                || a - 1 > toks.start && (matches!(text.tok(a - 2), "," | "and" | "but" | "(" | "—" | "–") || text.tokens[a - 2].kind == TokKind::Quote);
            // The question's first word, within a few words (after "by" and its asker, or a
            // time or a place: "when asked at the business conference about the merger").
            let asks = |k: usize| matches!(text.tok(k), "whether" | "if" | "who" | "whom" | "what" | "why" | "how" | "which" | "where" | "about" | "to");
            let Some(q) = (a + 1..toks.end.min(a + 9)).find(|&k| asks(k)) else { continue };
            let speaker = (a + 2 < q && text.tok(a + 1) == "by").then(|| np_after(text, a + 2, q, true)).flatten();
            if a + 1 < q && speaker.is_none() && (a + 1..q).any(|k| matches!(text.tok(k), "," | "\"" | "“" | "”")) {
                continue;
            }
            // (After the main clause, to the sentence's end, a clause joined by ", but" or a
            // participle that goes on: "…, adding that …".)
            let comma = |k: usize| {
                text.tok(k) == ","
                    && (opens
                        || text.tokens.get(k + 1).is_some_and(|_| {
                            let w = text.tok(k + 1);
                            matches!(w, "but" | "and" | "while") || w.ends_with("ing") && w.starts_with(char::is_lowercase)
                        }))
            };
            // (A question about a thing ends before a clause: "said when asked about the bill
            // that he would vote no", "smiled when asked about his plans and walked away".)
            let about = text.tok(q) == "about";
            // (Not the clause of a noun: "about concerns that his supporters would stay home".)
            let noun_clause = |k: usize| {
                matches!(
                    text.tok(k - 1),
                    "concern"
                        | "concerns"
                        | "claim"
                        | "claims"
                        | "report"
                        | "reports"
                        | "allegation"
                        | "allegations"
                        | "fear"
                        | "fears"
                        | "suggestion"
                        | "suggestions"
                        | "criticism"
                        | "charge"
                        | "charges"
                        | "idea"
                        | "notion"
                        | "possibility"
                        | "speculation"
                        | "rumors"
                        | "news"
                        | "assertion"
                        | "view"
                )
            };
            let clause = |k: usize| {
                about
                    && (text.tok(k) == "that" && !noun_clause(k)
                        || text.tok(k) == "and" && text.tokens.get(k + 1).is_some_and(|_| past_form(text.tok(k + 1)) || FINITE_VERBS.contains(&text.tok(k + 1))))
            };
            // (At most 80 tokens: a question is short, and the search costs the same at each.)
            let limit = toks.end.min(q + 80);
            let end = (q + 1..limit).find(|&k| comma(k) || clause(k)).unwrap_or(limit);
            // (Not into a quotation: "… when asked what he would do: “…”".)
            let end = (q + 1..end).find(|&k| text.tok(k) == ":" || overlaps_direct(text.tokens[k].range())).unwrap_or(end);
            let content = trim_content(text, q, end);
            // (Not a request with nothing in it: "when asked to do so by police".)
            let empty = text.tok(q) == "to" && (word_count(text.slice(content)) < 3 || matches!(text.tok(q + 2), "so" | "that" | "it" | "this"));
            if content.is_empty() || word_count(text.slice(content)) < 2 || empty {
                continue;
            }
            let marks = (q..end).any(|k| double_mark(text, k).is_some());
            let kind = if marks { QuoteKind::Mixed } else { QuoteKind::Indirect };
            found.push((a, RawQuote { kind, parts: vec![content], speaker, cue: Some(text.tokens[a].range()), confidence: 0.5 }));
        }
    }
    for (a, q) in found {
        used.insert(a);
        out.push(q);
    }
}

/// The ranges of the direct quotes, by start (they do not overlap).
fn direct_ranges(quotes: &[RawQuote]) -> Vec<Range> {
    let mut direct: Vec<Range> = quotes.iter().filter(|q| q.kind == QuoteKind::Direct).map(|q| q.range()).collect();
    crate::order::sort_by_key(&mut direct, |r| r.start);
    direct
}

/// Whether `r` overlaps one of `sorted`, ranges by start that do not overlap.
fn overlaps_any(sorted: &[Range], r: Range) -> bool {
    let i = sorted.partition_point(|d| d.end <= r.start);
    sorted.get(i).is_some_and(|d| d.start < r.end)
}

type Reported = (Range, SpeakerPhrase, Range, usize);

fn trim_content(text: &Text, from: usize, to: usize) -> Range {
    // Drop the sentence's final punctuation and any closing quote mark, but not a sign that is
    // part of the words: "with just 22%", a parenthesis opened in them, "Sen. Ted Cruz
    // (R-Texas)" (one opened before them is not: "(… he was working on a book.)").
    let bracket = |i: usize| match text.tok(i) {
        "(" | "[" => 1,
        ")" | "]" => -1,
        _ => 0,
    };
    let mut open: isize = (from..to).map(bracket).sum();
    let mut end = to;
    while end > from {
        let t = text.tokens[end - 1];
        let keep = t.kind == TokKind::Word || t.kind == TokKind::Number || text.tok(end - 1) == "%" || bracket(end - 1) < 0 && open >= 0;
        if keep {
            break;
        }
        open -= bracket(end - 1);
        end -= 1;
    }
    let mut start = from;
    // A dateline before the content: "WASHINGTON —".
    let caps = (start..end).take_while(|&i| text.tokens[i].kind == TokKind::Word && !text.tok(i).contains(char::is_lowercase)).count();
    if caps > 0 && start + caps < end && matches!(text.tok(start + caps), "—" | "–" | "-") {
        start += caps + 1;
    }
    while start < end && matches!(text.tok(start), "," | ":" | "that") && !(text.tok(start) == "that" && that_is_subject(text, start, end)) {
        start += 1;
    }
    if start >= end {
        return Range::default();
    }
    Range::new(text.tokens[start].start, text.tokens[end - 1].end)
}

/// Whether "that" at token `t` (before `end`) is the subject of a finite verb after it, not a
/// conjunction: "said that would be a mistake", "said that wasn't true", "said that's the
/// problem"; not before a verb set before its own subject, "said that had he known, …", nor in
/// a compound, "said that would-be buyers".
fn that_is_subject(text: &Text, t: usize, end: usize) -> bool {
    let Some(next) = (t + 1 < end).then(|| text.tok(t + 1)) else { return false };
    let contracted = matches!(next, "'s" | "’s" | "'ll" | "’ll" | "'d" | "’d")
        || FINITE_VERBS.iter().any(|f| next.strip_prefix(f).is_some_and(|n| matches!(n, "n't" | "n’t")))
        || matches!(next, "can't" | "can’t" | "won't" | "won’t");
    let inverted = matches!(next, "had" | "were" | "should")
        && t + 2 < end
        && with_lowercase(text.tok(t + 2), |w| PRONOUNS.contains(&w) || w == "there" || next != "had" && matches!(w, "the" | "a" | "an"));
    let compound = t + 3 < end && word_hyphen(text, t + 2);
    // (A past form with its object: "said that overlooked the potential benefits", "said that
    // made the deal harder", "said that led to delays"; not "said that published reports …".)
    let past_with_object = past_form(next)
        && t + 2 < end
        && with_lowercase(text.tok(t + 2), |w| DETERMINERS.contains(&w) || POSSESSIVES.contains(&w) || matches!(w, "to" | "him" | "them" | "us" | "me" | "it"));
    contracted || past_with_object || FINITE_VERBS.contains(&next) && !inverted && !compound
}

/// "According to X, …" and "…, according to X."; so "As reported by X, …" and "…, as
/// reported by X." X is a speaker ([`np_after`]), or with `any_source` whatever names the
/// source ([`source_after`]).
fn according_to(text: &Text, toks: std::ops::Range<usize>, any_source: bool) -> Option<Reported> {
    let source = |from: usize, limit: usize| np_after(text, from, limit, false).or_else(|| any_source.then(|| source_after(text, from, limit)).flatten());
    let next_is = |i: usize, w: &str| i + 1 < toks.end && text.tok(i + 1) == w;
    let reported_by = |i: usize| i > toks.start && text.tok(i - 1).eq_ignore_ascii_case("as") && text.tok(i) == "reported" && next_is(i, "by");
    let a = toks.clone().find(|&i| text.tok(i).eq_ignore_ascii_case("according") && next_is(i, "to") || reported_by(i))?;
    // The cue's first token: "According", or the "As" before "reported by".
    let lead = if reported_by(a) { a - 1 } else { a };
    let cue = Range::new(text.tokens[lead].start, text.tokens[a + 1].end);
    if lead == toks.start {
        let comma = (a + 2..toks.end).find(|&i| text.tok(i) == ",")?;
        let speaker = source(a + 2, comma + 1)?;
        Some((trim_content(text, comma + 1, toks.end), speaker, cue, a))
    } else if lead > toks.start && text.tok(lead - 1) == "," {
        let speaker = source(a + 2, toks.end)?;
        Some((trim_content(text, toks.start, lead - 1), speaker, cue, a))
    } else {
        None
    }
}

/// What follows "according to" names a source whatever it is, a person or a record: "his
/// Facebook profile", "figures her campaign released", "a report Tuesday from the
/// newspaper", "media trackers". The words up to the clause's next comma or end (at most 12,
/// the first not a preposition); not a way of doing things ("according to plan", "according
/// to legend").
fn source_after(text: &Text, from: usize, limit: usize) -> Option<SpeakerPhrase> {
    // (A hyphen, slash or ampersand within the name goes on: "a New York Times/CBS News poll",
    // "an Associated Press-GfK poll"; a dash ends it.)
    let joins = |i: usize| matches!(text.tok(i), "-" | "/" | "&" | "'s" | "’s") && !is_dash(text, i);
    let end = (from..limit).find(|&i| matches!(text.tokens[i].kind, TokKind::Punct | TokKind::Quote) && !joins(i)).unwrap_or(limit);
    let words = (from..end).filter(|&i| text.tokens[i].kind == TokKind::Word).count();
    // (Not up to a title in marks: "according to the “Medicare for all” plan" is a speaker's
    // business, or none.)
    if end == from || words == 0 || end - from > 12 || PREPOSITIONS.contains(&text.tok(from)) || end < limit && text.tokens[end].kind == TokKind::Quote {
        return None;
    }
    let last = text.tok(end - 1);
    if matches!(last, "plan" | "plans" | "schedule" | "rules" | "script") {
        return None;
    }
    // (One bare lowercase word is a way of doing things, "according to legend", "according to
    // performance", unless it is a record or a person: "according to records", "according to
    // him".)
    if end - from == 1
        && last.starts_with(char::is_lowercase)
        && !matches!(last, "records" | "data" | "documents" | "polls" | "polling" | "reports" | "estimates" | "figures" | "him" | "her" | "them")
    {
        return None;
    }
    // The head, which names an entity, is the phrase's last word: "his Facebook profile" is no
    // mention of Facebook, "a report Tuesday from WKOW" is WKOW's.
    let r = Range::new(text.tokens[from].start, text.tokens[end - 1].end);
    Some(SpeakerPhrase { span: r, head: text.tokens[end - 1].range() })
}

/// A speaker and its apposition, each set off by commas, before the comma at `close` that
/// precedes the verb: "…, the group's president, Zippy Duvall, said." With the comma before
/// the speaker, where the content ends.
fn apposed_speaker_before(text: &Text, s0: usize, close: usize) -> Option<(usize, SpeakerPhrase)> {
    let comma_before = |i: usize| {
        (i.saturating_sub(10).max(s0)..i).rev().find(|&k| !matches!(text.tokens[k].kind, TokKind::Word | TokKind::Number) && !matches!(text.tok(k), "." | "'s" | "’s" | "-"))
    };
    // (An age after the name is set off too: "…, the owner, Ali Khan, 52, said.")
    let close = match comma_before(close) {
        Some(k) if k + 2 == close && text.tok(k) == "," && text.tokens[k + 1].kind == TokKind::Number => k,
        _ => close,
    };
    let mid = comma_before(close).filter(|&k| text.tok(k) == ",")?;
    let open = comma_before(mid).filter(|&k| text.tok(k) == ",")?;
    let (one, two) = (open + 1..mid, mid + 1..close);
    let named = |r: &std::ops::Range<usize>| r.clone().all(|i| text.tokens[i].kind != TokKind::Word || is_capitalized(text.tok(i)));
    // One phrase is a name, the other a description of no verb: "a study by an influential
    // Russian sociologist, Mikhail E. Dmitriyev".
    let (name, description) = if named(&one) { (one.clone(), two.clone()) } else { (two.clone(), one.clone()) };
    let ok = !one.is_empty()
        && !two.is_empty()
        && opens_subject(text.tok(open + 1))
        && !named(&description)
        && opens_subject(text.tok(description.start))
        && description.clone().all(|i| !FINITE_VERBS.contains(&text.tok(i)) && !is_speech_verb(text, i))
        && valid_speaker(text, name)
        && (s0..open).filter(|&i| text.tokens[i].kind == TokKind::Word).count() >= 3;
    let span = Range::new(text.tokens[open + 1].start, text.tokens[close - 1].end);
    ok.then_some((open, SpeakerPhrase { span, head: span }))
}

/// Whether the comma at `c` sets off an attribution that closes the sentence by `end`: a
/// short subject, its verb of saying, and only trailers after it (", the report said.",
/// ", CNN reported Tuesday.").
fn attribution_after_comma(text: &Text, s0: usize, c: usize, end: usize) -> bool {
    text.tok(c) == ","
        && c + 2 < end
        // (Or a plural without a determiner: ", state media reported.", ", witnesses said.")
        && (opens_subject(text.tok(c + 1)) || text.tokens[c + 1].kind == TokKind::Word && text.tok(c + 1).starts_with(char::is_lowercase) && text.tok(c + 1) != "according")
        && (c + 2..end.min(c + 20)).find(|&k| is_speech_verb(text, k)).is_some_and(|k| {
            // (Not a reaction to what was said: "The governor said the budget was balanced,
            // critics disagreed.")
            let reaction = matches!(
                text.tok(k),
                "disagreed" | "disagree" | "disagrees" | "scoffed" | "scoff" | "scoffs" | "objected" | "object" | "objects" | "countered" | "counter" | "counters"
                    | "denied" | "deny" | "denies" | "disputed" | "dispute" | "disputes" | "rejected" | "reject" | "rejects" | "agreed" | "agree" | "agrees" | "protested"
                    | "protest" | "protests"
            );
            !reaction
                && !text.tok(k).ends_with("ing")
                // (A speaker in apposition is both phrases: ", a study by a sociologist,
                // Mikhail E. Dmitriyev, concluded.", cut at the first comma.)
                && if text.tok(k - 1) == "," { apposed_speaker_before(text, s0, k - 1).is_some_and(|(open, _)| open == c) } else { k < c + 7 && valid_speaker(text, c + 1..k) }
                && only_trailers(text, k + 1, end)
                && (k + 1..end).filter(|&i| text.tokens[i].kind == TokKind::Word).count() <= 6
        })
}

/// Whether tokens `from..end` are trailers only, reading a preposition's phrase as one:
/// "…, the agency said in a June report.", "…, she said at the start of the hearing." (Its
/// words are a determiner or possessive and then up to four words, none a verb or a word that
/// opens a clause: not "said in the end the deal collapsed".)
fn only_trailers(text: &Text, from: usize, end: usize) -> bool {
    trailers_end(text, from, end) == end
}

/// Where the trailers from token `from` end (at most `end`), a preposition's phrase read as
/// one (see `only_trailers`).
fn trailers_end(text: &Text, from: usize, end: usize) -> usize {
    let mut i = from;
    while i < end {
        // (After a verb that takes its topic with "on", the phrase is what was said: "opined on
        // the state of the world".)
        let topic = i == from
            && i > 0
            && text.tok(i) == "on"
            && matches!(text.tok(i - 1), "opined" | "opines" | "commented" | "comments" | "remarked" | "reflected" | "mused" | "expounded" | "elaborated" | "weighed");
        let determiner = |k: usize| matches!(text.tok(k), "a" | "an" | "the" | "this" | "its" | "his" | "her" | "their" | "our");
        // (A gerund may come between: "said in posing the question", "said after hearing the
        // verdict".)
        let gerund = usize::from(matches!(text.tok(i), "in" | "after" | "before" | "while") && i + 3 < end && is_gerund(text.tok(i + 1)) && determiner(i + 2));
        let phrase_opens =
            (matches!(text.tok(i), "in" | "on" | "at" | "during" | "after" | "before" | "of") || gerund == 1) && !topic && i + 2 + gerund < end && determiner(i + 1 + gerund);
        if phrase_opens {
            let p = i + gerund;
            let plain = |j: usize| {
                let w = text.tok(j);
                text.tokens[j].kind == TokKind::Number
                    || text.tokens[j].kind == TokKind::Word
                        && !FINITE_VERBS.contains(&w)
                        && !DETERMINERS.contains(&w)
                        && !POSSESSIVES.contains(&w)
                        // (A preposition that opens such a phrase ends it, and opens the next: "in
                        // a statement on its website"; "for", "of", "with" go on in it.)
                        && !matches!(w, "in" | "on" | "at" | "during" | "after" | "before")
                        && !matches!(w, "that" | "which" | "who" | "whom" | "where" | "when" | "while" | "because" | "and" | "but" | "or" | "to" | "he" | "she" | "they" | "it" | "we")
                        // (A noun's own verb ends it: "people briefed on the situation say".)
                        && !is_speech_verb(text, j)
            };
            let mut j = p + 2;
            while j < end && j < p + 6 && plain(j) {
                j += 1;
            }
            // (A past form only before the noun it modifies: "in a prepared statement".)
            if j == p + 2 || past_form(text.tok(j - 1)) {
                return i;
            }
            i = j;
            continue;
        }
        if !is_trailer(text, i) {
            return i;
        }
        i += 1;
    }
    end
}

/// Words that may follow a cue at the end of its sentence without being reported content:
/// "…, Carter said Wednesday in Tokyo."
fn is_trailer(text: &Text, i: usize) -> bool {
    let w = text.tok(i);
    // ("in his interview": a possessive after a preposition.)
    let possessive = || matches!(w, "his" | "her" | "their") && i > 0 && matches!(text.tok(i - 1), "in" | "on" | "at" | "during");
    text.tokens[i].kind != TokKind::Word
        || possessive()
        || w.starts_with(char::is_uppercase)
        || text.tokens[i].kind == TokKind::Number
        || matches!(
            w,
            "in" | "on"
                | "at"
                | "written"
                | "prepared"
                | "emailed"
                | "separate"
                | "recent"
                | "telephone"
                | "phone"
                | "call"
                | "remarks"
                | "release"
                | "exclusive"
                | "during"
                | "after"
                | "before"
                | "last"
                | "this"
                | "of"
                | "the"
                | "a"
                | "an"
                | "while"
                | "when"
                | "earlier"
                | "later"
                | "early"
                | "late"
                | "ago"
                | "days"
                | "weeks"
                | "months"
                | "years"
                | "today"
                | "yesterday"
                | "week"
                | "month"
                | "year"
                | "recently"
                | "conference"
                | "interview"
                | "statement"
                | "news"
                | "press"
                | "briefing"
                | "to"
                | "with"
                | "from"
                | "by"
                | "debate"
                | "speech"
                | "rally"
                | "hearing"
                | "event"
                | "meeting"
                | "appearance"
                | "broadcast"
                | "program"
                | "show"
                | "podcast"
                | "radio"
                | "television"
                | "video"
                | "ad"
                | "letter"
                | "email"
                | "post"
                | "tweet"
                | "town"
                | "hall"
                | "campaign"
                | "stop"
                | "fundraiser"
                | "forum"
                | "dinner"
                | "luncheon"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
                | "weekend"
        )
}

/// Whether the words of `toks` open a clause rather than a noun phrase: a pronoun first, or a
/// verb within the first six words (an auxiliary, a contraction, or a past form right after a
/// capitalised word: "Mr. Trump voiced support"; not "recalled Ali’s generosity", "the
/// aggressive strategy deployed").
fn opens_clause(text: &Text, toks: std::ops::Range<usize>) -> bool {
    let words: Vec<&str> = toks.filter(|&i| text.tokens[i].kind == TokKind::Word).map(|i| text.tok(i)).take(6).collect();
    let Some(first) = words.first() else { return false };
    let contraction = |w: &str| {
        let w = w.replace('’', "'");
        ["n't", "'re", "'ve", "'ll", "'d", "'m"].iter().any(|c| w.ends_with(c)) || matches!(w.as_str(), "he's" | "she's" | "it's" | "that's" | "there's" | "who's" | "what's")
    };
    PRONOUNS.contains(first)
        || matches!(*first, "there" | "you" | "nobody" | "everyone" | "everybody" | "someone" | "somebody")
        || contraction(first)
        || words.windows(2).any(|p| {
            let w = p[1];
            FINITE_VERBS.contains(&w) || contraction(w) || is_capitalized(p[0]) && w.len() > 3 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
        })
}

/// The comma before "who" when the verb at `v` opens a relative clause after one: "Barkley,
/// who said he …", "the senator, who has long said …".
fn relative_who(text: &Text, lo: usize, v: usize) -> Option<usize> {
    let mut end = v;
    while end > lo && is_auxiliary(text.tok(end - 1)) {
        end -= 1;
    }
    (end >= lo + 3 && text.tok(end - 1) == "who" && text.tok(end - 2) == ",").then(|| end - 2)
}

/// The "who" of a restrictive relative clause whose verb is at `v`: "experts who say …",
/// "voters who have said …" (a word before it, no comma).
fn restrictive_who(text: &Text, lo: usize, v: usize) -> Option<usize> {
    let mut end = v;
    while end > lo && is_auxiliary(text.tok(end - 1)) {
        end -= 1;
    }
    (end >= lo + 2 && text.tok(end - 1) == "who" && text.tokens[end - 2].kind == TokKind::Word).then(|| end - 1)
}

/// The phrase a relative clause's comma closes: a name, its capitalised words ("a jury
/// found Zimmerman, who said" is Zimmerman's), or a description read back to
/// its determiner, not over a preposition ("a lecture from the Mexican president, who said"
/// is the president's). It must name someone, and not be a place ("Democrats on Capitol
/// Hill, who say", "a doctor from Englewood, New Jersey, who said").
fn antecedent(text: &Text, lo: usize, comma: usize) -> Option<SpeakerPhrase> {
    let word = |i: usize| text.tokens[i].kind == TokKind::Word;
    let mut start = comma;
    if comma > lo && is_capitalized(text.tok(comma - 1)) {
        // (A hyphen joins capitalised words: "Jean-Claude Juncker", "North-Rhine Westphalia".)
        let joined = |i: usize| i > lo && word_hyphen(text, i);
        while start > lo && comma - start < 6 {
            if word(start - 1) && is_capitalized(text.tok(start - 1)) {
                start -= 1;
            } else if joined(start - 1) && is_capitalized(text.tok(start - 2)) {
                start -= 2;
            } else {
                break;
            }
        }
        // A name after "at", "in", "on" or "of" is most often a place or a firm: "an analyst
        // at Jefferies, who said", "Democrats on Capitol Hill, who say" (but "responding to
        // Clinton, who said").
        if start > lo && matches!(text.tok(start - 1), "at" | "in" | "on" | "of") {
            return None;
        }
        // Nor are a sentence's opening words part of the name: "But Sanders, who said".
        while start + 1 < comma && (lexicon::function_words().contains(text.tok(start)) || crate::dates::WEEKDAYS.contains(&text.tok(start))) {
            start += 1;
        }
    } else {
        let mut determined = false;
        while start > lo && comma - start < 8 {
            let t = text.tok(start - 1);
            let stop = PREPOSITIONS.contains(&t) || matches!(t, "with" | "without" | "about" | "against" | "and" | "or" | "than" | "like");
            // A participle ends the phrase: "Police arrested protesters, who said".
            if !word(start - 1) || stop || t.ends_with("ed") {
                break;
            }
            start -= 1;
            if DETERMINERS.contains(&t) || matches!(t, "his" | "her" | "their" | "its" | "our" | "my" | "His" | "Her" | "Their" | "Its" | "Our" | "My") {
                determined = true;
                break;
            }
        }
        // Without its determiner the phrase may have run back over a verb ("Clinton met
        // supporters, who said"): the noun alone.
        if !determined {
            start = comma - 1;
        }
    }
    if start == comma {
        return None;
    }
    let r = Range::new(text.tokens[start].start, text.tokens[comma - 1].end);
    let place = lexicon::places().contains_key(text.slice(r)) || start > lo && place_after_comma(text, start - 1).is_some();
    (!place && valid_speaker(text, start..comma)).then_some(SpeakerPhrase { span: r, head: r })
}

/// Reported speech around the speech verb at token `v`.
fn reported_at(text: &Text, toks: std::ops::Range<usize>, v: usize) -> Option<Reported> {
    let (cue, cue_end) = cue_range(text, v, toks.end);
    // "did not say when …", "would not say whether …": what was not said is no report.
    if v > toks.start && text.tok(v - 1) == "not" {
        return None;
    }
    // A verb with its particle answers what came before; it reports no words of the sentence:
    // "Clinton called him unfit for office, and Trump fired back."
    if with_particle(text, v, toks.end) {
        return None;
    }
    // The words after the cue, up to a participle that goes on: "…, a Chinese official said,
    // adding that …", or one that says how it was said: "…, she said, referencing the bank's
    // drive to cross-sell" (no words of hers).
    // (An adjunct only after a clause of its own before the attribution: not after an opener,
    // "Left unchecked, he said, rising sea levels threaten …", "If elected, he said, cutting
    // taxes …", "Asked about the deal, she said, …".)
    let fronted_clause = || {
        let first = text.tok(toks.start);
        let last_comma = (toks.start..v).rev().find(|&i| text.tok(i) == ",").unwrap_or(v);
        let words = (toks.start..last_comma).filter(|&i| text.tokens[i].kind == TokKind::Word).count();
        words >= 3
            && !with_lowercase(first, |w| CLAUSE_OPENERS.contains(&w) || PREPOSITIONS.contains(&w) || matches!(w, "if" | "asked" | "left" | "once" | "ultimately"))
            && !(first.len() > 4 && (first.ends_with("ly") || first.ends_with("ed")))
    };
    let participle_after = (cue_end + 1..toks.end).find(|&i| is_follow_participle(text, i) || is_adjunct_participle(text, i) && fronted_clause());
    let tail = cue_end + 1..participle_after.map_or(toks.end, |p| p - 1);
    let words_in = |r: std::ops::Range<usize>| r.filter(|&i| text.tokens[i].kind == TokKind::Word).count();
    let tail_words = words_in(tail.clone());
    // (Or trailers and then why the speaker is not named, to the sentence's end: "…, an
    // official said on condition of anonymity because he was not authorized to speak"; not
    // set off before what was said: "said, speaking on condition of anonymity, that …".)
    let short = |tail: std::ops::Range<usize>| {
        let unnamed = tail.clone().find(|&i| anonymity_at(text, i, tail.end)).unwrap_or(tail.end);
        let to_the_end = unnamed == tail.end || tail.end == toks.end && (unnamed + 2..tail.end).all(|i| text.tok(i) != ",");
        words_in(tail.start..unnamed) <= 6 && only_trailers(text, tail.start, unnamed) && to_the_end
    };
    // (So is a tail up to ", and" or ", but": "…, White said on Saturday, and it has …".)
    let and_after = (cue_end + 1..toks.end.saturating_sub(1)).find(|&i| text.tok(i) == "," && matches!(text.tok(i + 1), "and" | "but"));
    let plain_short = short(cue_end + 1..toks.end);
    let short_tail = plain_short || and_after.is_some_and(|c| short(cue_end + 1..c));
    // "…, said the official."
    // (Also before a long apposition: "…, said Dan Gerstein, director of Gotham Ghostwriters
    // and an independent political analyst in New York City.")
    // (What comes before is a clause, with a verb, unless the verb is one that is set before
    // its subject: "The contrast with Trump, said Doyle, would be clear" is Doyle's, but "The
    // company, in its annual report, disclosed a new investigation" is the company's.)
    let inverts = matches!(
        text.tok(v),
        "said"
            | "says"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "asked"
            | "asks"
            | "noted"
            | "notes"
            | "explained"
            | "explains"
            | "continued"
            | "recalled"
            | "replied"
            | "insisted"
            | "argued"
            | "warned"
            | "observed"
            | "declared"
            | "told"
            | "tells"
    );
    let verb_before = || {
        (toks.start..v - 1).any(|i| {
            let w = text.tok(i);
            FINITE_VERBS.contains(&w)
                || past_form(w)
                || text.tokens[i].kind == TokKind::Quote
                || w.contains('\'')
                || w.contains('’')
                || w.len() > 3 && w.ends_with('s') && w.starts_with(char::is_lowercase)
        })
    };
    let clause_before = || inverts || verb_before();
    // (With no verb before, the inverted speaker is set off itself: "The contrast with Trump,
    // said Doyle, would be clear", not "Smith, the mayor, asked the council to delay the vote".)
    // (Nor, with no verb before, when an aside comes before the verb and the phrase after it
    // runs to the sentence's end: "Leaders, for instance, said the law protected voters".)
    let aside_before = || (toks.start..v - 1).any(|i| text.tok(i) == ",");
    let set_off_speaker = |sp: &SpeakerPhrase| {
        let next = text.token_at(sp.span.end);
        verb_before()
            || next < toks.end && text.tok(next) == ","
            || !aside_before() && (next >= toks.end || matches!(text.tok(next), "." | ";" | "!" | "?") || (next..toks.end).all(|i| is_trailer(text, i)))
    };
    if v > toks.start && text.tok(v - 1) == "," && !text.tok(v).ends_with("ing") && clause_before() {
        let after = tail.clone().find(|&i| text.tokens[i].kind == TokKind::Word);
        // (After "told" the phrase is the one told: "…, Musa Bello, 58, told The Associated
        // Press.")
        let speaker = after.filter(|_| !is_tell(text, v)).and_then(|a| np_after(text, a, toks.end, false));
        let apposition = |sp: &SpeakerPhrase| {
            let next = text.token_at(sp.span.end);
            is_capitalized(text.slice(sp.span)) && next < toks.end && text.tok(next) == ","
        };
        // "…, the group's president, Zippy Duvall, said.": the speaker is both phrases.
        let apposed = || apposed_speaker_before(text, toks.start, v - 1).map(|(comma, speaker)| (trim_content(text, toks.start, comma), speaker, cue, v));
        match speaker {
            Some(speaker) if (tail_words <= 8 || apposition(&speaker)) && set_off_speaker(&speaker) => return Some((trim_content(text, toks.start, v - 1), speaker, cue, v)),
            _ if after.is_none() && tail_words <= 8 => return apposed(),
            // (Or only trailers after it: "…, Mikhail E. Dmitriyev, concluded this year.")
            _ if plain_short => {
                if let Some(found) = apposed() {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    // (Auxiliaries right after a phrase set off by commas go with the verb: "An aide, who asked
    // not to be named, went on to say …" is read as "An aide, …, said".)
    let set_off = set_off_verb(text, toks.start, v);
    let lo = clause_start(text, toks.start, set_off);
    // "Clinton mocked the complaint, saying anybody who …": a participle after a comma reports
    // for the sentence's subject.
    // So does one after "by", "for", "after" …: "Obama responded … by saying his refusal …".
    let participle = v > toks.start + 2 && matches!(text.tok(v - 1), "," | "by" | "for" | "after" | "before" | "while" | "when") && text.tok(v).ends_with("ing");
    let mut relative = relative_who(text, toks.start, set_off);
    let speaker = match relative {
        Some(comma) => antecedent(text, toks.start, comma)?,
        None if participle => participle_subject(text, toks.start..v - 1, v)?,
        // (Where no subject is found, a restrictive relative's phrase, with no comma, inside
        // the sentence: "echoing security experts who say …", "the 30 percent who say …".)
        None => match np_before(text, lo, set_off) {
            Some(sp) => sp,
            None => {
                let who = restrictive_who(text, toks.start, set_off)?;
                let sp = antecedent(text, toks.start, who)?;
                // (Not a sentence's subject, whose clause goes on after the relative: "Voters who
                // said they were undecided were mostly young".)
                if skip_openers(text, toks.start, v) >= text.token_at(sp.span.start) {
                    return None;
                }
                relative = Some(who);
                sp
            }
        },
    };
    // "…, the Pentagon says." / "…, Kishida told reporters Monday in New York." Also before a
    // participle that goes on ("…, the official said, adding that …"), when the speaker opens
    // the clause (not "…, a charge that party officials denied, noting …").
    let before_participle = !short_tail && participle_after.is_some() && short(tail.clone()) && skip_openers(text, lo, v) == text.token_at(speaker.span.start);
    if short_tail || before_participle {
        // "who saw Kaine speak at a recent rally": these verbs report nothing before them.
        if participle || relative.is_some() || speaks(text.tok(v)) {
            return None;
        }
        // (Before ", and …" the speaker opens its clause: not "…, too, instructed the bureau
        // to stop seven months before he announced, and he gave …".)
        let opens = plain_short || skip_openers(text, lo, v) == text.token_at(speaker.span.start);
        // (Nor is a short phrase set before the sentence content: "In a statement released
        // Thursday, Rep. Jeffries reacted to the news, saying: …".)
        // (The whole of what comes before is that phrase: not "In March, sales fell 3 percent,
        // the company said.")
        // (Nor a participle's phrase: "Weighing in on the discussion, Mike Huckabee agreed,
        // praising …", but "Building the wall will cost $20 billion, he said, …" is a clause.)
        // (Before a preposition or a determiner: not "Raising taxes hurts working families, he
        // said", "Sterling fell 2 percent, analysts said".)
        let participial = || {
            text.tok(toks.start).ends_with("ing")
                && toks.start + 1 < lo
                && (PREPOSITIONS.contains(&text.tok(toks.start + 1)) || DETERMINERS.contains(&text.tok(toks.start + 1)))
                && !opens_clause(text, toks.start..lo - 1)
        };
        let adverbial = || {
            (with_lowercase(text.tok(toks.start), |w| PREPOSITIONS.contains(&w) || opens_phrase(w)) || participial())
                && words_in(toks.start..lo - 1) <= 6
                && (toks.start..lo - 1).all(|i| text.tok(i) != ",")
        };
        if lo > toks.start && text.tok(lo - 1) == "," && opens && !adverbial() {
            return Some((trim_content(text, toks.start, lo - 1), speaker, cue, v));
        }
        if short_tail {
            return None;
        }
    }
    // "X said (that) …": the subject stands before the verb, the content after it.
    let mut from = cue_end + 1;
    // "has said much over the years about …", "said the same thing at every stop", "said
    // nothing about it": the verb's object, not words of theirs (but "said nothing would
    // change", "said much has changed" report).
    // (Nor a share of something, "said much of his talk was about Israel", nor "the same" before
    // its noun, "said the same technology could be applied".)
    let object = match text.tokens.get(from).map(|_| text.tok(from)) {
        Some("much" | "little" | "nothing" | "something" | "anything" | "everything" | "plenty") => Some(from + 1),
        Some("the") if text.tokens.get(from + 2).is_some_and(|_| text.tok(from + 1) == "same") => match text.tok(from + 2) {
            "thing" | "things" => Some(from + 3),
            w if text.tokens[from + 2].kind != TokKind::Word || PREPOSITIONS.contains(&w) || matches!(w, "about" | "since") => Some(from + 2),
            _ => None,
        },
        _ => None,
    };
    // (A clause goes on to its verb: "said everything in the bill was negotiable" (a finite
    // verb, which `opens_clause` finds), "said much remains to be done", "said much changed".)
    if let Some(after) = object.filter(|&a| a < toks.end) {
        let w = text.tok(after);
        let verb = past_form(w) || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.starts_with(char::is_lowercase);
        if !verb && w != "of" && text.tokens[after].kind != TokKind::Quote && !opens_clause(text, from..toks.end) {
            return None;
        }
    }
    // ("He said, laughing, that …": a participle set off by commas is how it was said.)
    // (So is a sentence adverb: "He added, however, that …".)
    let aside = |w: &str| is_gerund(w) || SENTENCE_ADVERBS.contains(&w);
    if from + 4 < toks.end && text.tok(from) == "," && aside(text.tok(from + 1)) && text.tok(from + 2) == "," && text.tok(from + 3) == "that" {
        from += 3;
    }
    // "said Wednesday that …", "said in a statement that …"
    // Not a pronoun or a determiner: "hinted at that in a news conference", "a third said
    // that of Cruz's campaign", "concluded in that case that …".
    let pronoun = |t: usize| opens_phrase(text.tok(t - 1)) || text.tokens.get(t + 1).is_some_and(|_| text.tok(t + 1) == "of");
    // (Not after an object: "said the phone call that Trump made was perfect".)
    // (Nor an adverb right after the verb: "said only that", "said publicly that".)
    // (Not a noun in "-ly": "said family that visited …".)
    let adverb = |w: &str| {
        w.len() > 4
            && w.ends_with("ly")
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(w, "family" | "rally" | "supply" | "reply" | "assembly" | "monopoly" | "anomaly" | "bully" | "folly" | "tally")
            || matches!(w, "only" | "again" | "also" | "twice" | "still")
    };
    // (A preposition's phrase is read as one: "said in an oral history of those years that".)
    let trailers = trailers_end(text, from, toks.end.min(from + 12));
    let that = (from..toks.end.min(from + 12))
        .take_while(|&i| {
            i < trailers
                || is_trailer(text, i)
                || text.tok(i) == "that"
                || i > from && text.tok(i - 1) == "that" && pronoun(i - 1)
                // (A count of units before "ago": "said two years ago that".)
                || text.tokens.get(i + 2).is_some_and(|_| text.tok(i + 2) == "ago")
                // (Not a determiner "that" before its noun: "said only that approach could work".)
                || i == from
                    && adverb(text.tok(i))
                    && text.tokens.get(i + 2).is_some_and(|t| text.tok(i + 1) == "that" && (matches!(t.kind, TokKind::Number | TokKind::Quote) || opens_subject(text.tok(i + 2))))
        })
        .find(|&i| text.tok(i) == "that" && !pronoun(i))
        .filter(|_| !matches!(text.tok(from), "the" | "a" | "an"))
        // ("spoke" and "talked" report no clause: "He spoke at a rally that the campaign
        // organized".)
        .filter(|_| !speaks(text.tok(v)))
        // (Nor the subject of a verb right after it: "wrote in a letter that was sent to
        // donors", "said that was wrong".)
        .filter(|&t| {
            text.tokens.get(t + 1).is_none_or(|_| {
                let w = text.tok(t + 1);
                // (A past form before its object or a preposition; not an adjective, "that
                // unnamed military leaders agree".)
                // (A name after the past form is its object too, when another "that" follows:
                // "at a fundraiser that featured Barbra Streisand that …"; not "that suspected
                // Russian hackers broke in".)
                let object = text.tokens.get(t + 2).is_some_and(|_| {
                    let n = text.tok(t + 2);
                    DETERMINERS.contains(&n) || PREPOSITIONS.contains(&n) || n == "to" || is_capitalized(n) && (t + 3..toks.end.min(t + 10)).any(|i| text.tok(i) == "that")
                });
                // ("said at a dinner that night the deal was done": "that" is the time's.)
                if matches!(w, "night" | "day" | "morning" | "afternoon" | "evening" | "week" | "weekend" | "month" | "year" | "time") {
                    return false;
                }
                let past = regular_past(w);
                !(FINITE_VERBS.contains(&w) || that_is_subject(text, t, toks.end) || past && object)
            })
        });
    // "asked Trump if he would deport …", "wondered why …": a question reported, from its
    // "if", "whether" or wh-word, after at most a short object.
    let asked = Some(from)
        .filter(|_| matches!(text.tok(v), "ask" | "asked" | "asks" | "asking" | "wonder" | "wondered" | "wonders" | "wondering" | "questioned" | "questioning"))
        .and_then(|from| (from..toks.end.min(from + 5)).find(|&i| matches!(text.tok(i), "if" | "whether" | "why" | "how" | "what" | "when" | "where" | "who")))
        // "who" and "when" after an object open a relative or a time clause: "asked residents
        // who live near the river to leave", "questioned the driver when he arrived".
        .filter(|&q| q == from || !matches!(text.tok(q), "who" | "when"))
        .filter(|&q| (from..q).all(|i| text.tokens[i].kind == TokKind::Word && !is_speech_verb(text, i) && !text.tok(i).ends_with("ed")));
    // "said on Thursday the party was …", "said Tuesday he would …": the time is the cue's.
    if that.is_none() && asked.is_none() {
        // (Its subject follows: not "reported on Sunday now suggest", "said on Saturday, and".)
        let subject = |k: usize| text.tokens[k].kind == TokKind::Word && opens_subject(text.tok(k));
        if let Some(k) = time_adjunct_end(text, from, toks.end).filter(|&k| k < toks.end && subject(k) && opens_clause(text, k..toks.end)) {
            from = k;
        } else if let Some(k) =
            time_adjunct_end(text, from, toks.end).filter(|&k| k + 1 < toks.end && text.tok(k) == "," && (FINITE_VERBS.contains(&text.tok(k + 1)) || past_form(text.tok(k + 1))))
        {
            // "The plan, officials said Tuesday, will cost …": the attribution, set off by
            // commas, ends with its time.
            from = k + 1;
        } else if let Some(k) = (lo > toks.start && text.tok(lo - 1) == ",").then(|| manner_adjunct_end(text, from, toks.end)).flatten() {
            // Or with where or how it was said: "The economy, the central bank said in a
            // statement, is expected to shrink".
            from = k + 1;
        }
    }
    match (that, asked) {
        (Some(t), _) => from = t + 1,
        (None, Some(q)) => from = q,
        // ("added" takes an object unless a clause follows: "Social media has added fuel to
        // the debate", "The team added a veteran pitcher".)
        (None, None)
            if lexicon::that_optional_verbs().contains(text.tok(v))
                && !(matches!(text.tok(v), "added" | "adds") && from == cue_end + 1 && text.tok(from) != "," && !opens_clause(text, from..toks.end)) => {}
        // Without "that", a clause and not an object: "announced she is expecting", not
        // "announced his candidacy" or "maintains a wide lead".
        (None, None) if lexicon::clause_verbs().contains(text.tok(v)) && opens_clause(text, from..toks.end) => {}
        // "accused her of making racist remarks", "urged Democrats to vote for the deal": the
        // one accused or urged, then what of or to, is the content (as PolNeAR marks it).
        (None, None) if accused_of(text, v, from, toks.end) => {}
        // "denied having an affair", "reported raising $9 million": a gerund clause.
        (None, None)
            if lexicon::gerund_verbs().contains(text.tok(v)) && from + 1 < toks.end && !matches!(text.tok(from + 1), "," | "." | ";" | ":") && is_gerund(text.tok(from)) => {}
        (None, None) => return None,
    }
    // After "that", a preposition opens the content only when a clause follows: "said that
    // about 4 million people … live in …", "noted that in 2015 the state had …", not "said
    // that in a statement on Monday" (the pronoun). And a participle that goes on opens none:
    // "…, a charge that officials denied, saying the rules …" (the participle reports).
    if that.is_some()
        && from < toks.end
        && opens_phrase(text.tok(from))
        && !opens_clause(text, from..toks.end)
        && (from..toks.end).filter(|&i| text.tokens[i].kind == TokKind::Word).count() < 10
    {
        return None;
    }
    if participle_after.is_some_and(|p| p <= from + 1) {
        return None;
    }
    // "who said and did the same things": the verb reports nothing.
    if from < toks.end && matches!(text.tok(from), "and" | "or" | "but") {
        return None;
    }

    // Nothing after "that" ("… noted that" closing the text): no content reported. Without
    // "that", a preposition after the cue opens no content, but a place after the one told
    // may come before a later "that": "told a meeting of Pacific Island leaders that …",
    // "told the audience at his fundraiser for veterans that …". (After "that" a preposition
    // is the content's: "said that about 4 million people …". A "that" not taken for one
    // above is a pronoun: "said that of …".)
    // So may where or when it was said, for any verb, when a subject and its verb follow
    // "that": "said in an e-mail that the mayor has …", "said at a Saturday rally in Texas
    // that …" (not "said in a statement that was released Monday").
    // ("said that would permit …": "that" is the content's subject.)
    // (Also where "that" is the conjunction before such a verb, "said that had he known", which
    // trimming the content takes off.)
    let that_subject = from + 1 < toks.end && text.tok(from) == "that" && (FINITE_VERBS.contains(&text.tok(from + 1)) || that_is_subject(text, from, toks.end));
    // ("reported at least six planes filled …", "said about 4 million people live …": a count
    // opens the content's subject; after "told" it is the one told: "told at least 20 donors
    // that …".)
    let count = from + 1 < toks.end
        && !is_tell(text, v)
        && (text.tok(from) == "at" && text.tok(from + 1) == "least" || text.tok(from) == "about" && opens_count(text, from + 1))
        && (from + 2..toks.end.min(from + 16)).any(|i| {
            let w = text.tok(i);
            FINITE_VERBS.contains(&w) || regular_past(w)
        });
    if from >= toks.end
        || that.is_none() && !that_subject && !count && matches!(text.tok(from), "in" | "on" | "at" | "during" | "after" | "to" | "with" | "about" | "for" | "by" | "of" | "that")
    {
        // (Punctuation inside a word goes on: "e-mail", "Saturday's".)
        let in_phrase = |i: usize| match text.tokens[i].kind {
            TokKind::Quote => false,
            TokKind::Punct => text.tokens[i].start == text.tokens[i - 1].end && text.tokens.get(i + 1).is_some_and(|t| t.start == text.tokens[i].end),
            _ => true,
        };
        let window = || (from..toks.end.min(from + 14)).take_while(|&i| in_phrase(i));
        // (A second "that" after a relative clause is the conjunction: "wrote in a memoir that he
        // published in 2010 that the war was a mistake".)
        let that = window()
            .find(|&i| text.tok(i) == "that")
            .map(|t| window().filter(|&i| i > t && text.tok(i) == "that" && !matches!(text.tok(i - 1), "so" | "such")).last().unwrap_or(t));
        let clause = |t: usize| t + 1 < toks.end && opens_subject(text.tok(t + 1)) && opens_clause(text, t + 1..toks.end);
        let placed = from < toks.end && (is_tell(text, v) || !speaks(text.tok(v)) && that.is_some_and(|t| t > from && clause(t)));
        // Without "that", a pronoun's clause after the phrase: "said in a statement Thursday
        // night they pulled the listing", "said in politics it takes time".
        let pronoun = || {
            (from + 2..toks.end.min(from + 10))
                .take_while(|&i| in_phrase(i) && !FINITE_VERBS.contains(&text.tok(i)) && !is_speech_verb(text, i))
                // (Not a pronoun's own report: "wrote to donors he said …" is his saying.)
                // (Or a determiner's, after where or when it was said, a phrase of no gerund:
                // "said in her speech the party must change"; not "warned of the implications a
                // Trump presidency would have", "insisted on paying his hotel bill himself".)
                .find(|&i| {
                    let determined = matches!(text.tok(i), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our")
                        && lexicon::that_optional_verbs().contains(text.tok(v))
                        && matches!(text.tok(from), "in" | "at" | "during")
                        && (from..i).all(|k| !is_gerund(text.tok(k)));
                    (matches!(text.tok(i), "he" | "she" | "they" | "we" | "I" | "it") || determined)
                        && !PREPOSITIONS.contains(&text.tok(i - 1))
                        && opens_clause(text, i..toks.end)
                        && !(i + 1 < toks.end && is_speech_verb(text, i + 1))
                })
                .filter(|_| text.tok(from) != "that")
        };
        match that.filter(|_| placed) {
            Some(t) if t + 1 < toks.end => from = t + 1,
            None if that.is_none() => from = pronoun()?,
            _ => return None,
        }
    }
    // In a clause that opens the sentence, the content ends with that clause: "When I asked
    // Sanders if he would endorse her, he looked …" (not "… he looked straight …").
    // (The speaker right after the conjunction: not "After the debate Trump said …", where the
    // verb is the main clause's.)
    let opener = matches!(text.tok(toks.start), "When" | "While" | "Though" | "Although" | "Because" | "Since" | "After" | "Before" | "Once" | "Unless" | "Whereas")
        && toks.start + 1 < toks.end
        && {
            // (Or after a time: "Although in September she said …, at the town hall she said".)
            let first = time_adjunct_end(text, toks.start + 1, v).unwrap_or(toks.start + 1);
            first < toks.end && speaker.span.start == text.tokens[first].start
        }
        && !(toks.start..v).any(|i| text.tok(i) == ",");
    // ("As Clinton noted, the economy …": no words before the comma, the content is after it.)
    // So does a relative clause inside the subject, at its comma: "Graham, who says allies
    // should send troops, tweeted that …" (not one after an object: "a lecture from the
    // president, who said that NAFTA had been good for both countries").
    let in_subject = relative.is_some() && {
        let first = text.token_at(speaker.span.start);
        first == toks.start || text.tok(first - 1) == ","
    };
    // After an object, it ends where a verb of saying follows a comma: "…, responding to
    // Clinton, who said he was not qualified, said on Wednesday that …", or "is", "are" …
    // follows its first comma ("his plans, like Trump, who said the fight could be left to
    // Russia, are …"; after an apposition the verb is the content's own: "who said that
    // Jäger, under fire, would do better to keep quiet").
    let first_comma = (from..toks.end).find(|&i| text.tok(i) == ",");
    let verb_after = |i: usize| {
        i + 1 < toks.end
            && (is_speech_verb(text, i + 1) || Some(i) == first_comma && matches!(text.tok(i + 1), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would"))
    };
    let clause_end =
        |at: &dyn Fn(usize) -> bool| (from + 1..toks.end).find(|&i| text.tok(i) == "," && (from..i).filter(|&j| text.tokens[j].kind == TokKind::Word).count() >= 3 && at(i));
    // A second verb of the subject's ends the content, and so does a clause of its own after
    // "but": "admitted that the name was wrong, but said …", "claimed momentum and argued …",
    // "said he will vote for her, but he has not endorsed her" (the annotators end it there
    // 19 times in 19, 86 in 118 and 37 in 43 in PolNeAR train).
    let coordinated = |i: usize| i + 1 < toks.end && coordinated_verb(text, i);
    // An appeal's content ends before a clause of its own after a comma: "asked Norton to
    // republish the book, it declined", "asked supporters to run for office, at least 21,000
    // said they would".
    let appeal = is_appeal(text.tok(v));
    // ("described the talks as productive, while the opposition called them …", "accused him
    // of lying, but he said …": the one accused or described ends the same way.)
    let named_as = is_describe(text.tok(v)) || matches!(text.tok(v), "accused" | "accuses" | "accusing" | "accuse");
    // (Or a short subject's verb of saying: ", aides said"; or a relative clause: ", which he
    // said would create jobs". A past form is a verb right after a short subject, not before
    // "by": not ", the maximum allowed by law", ", unless a deal was reached".)
    let own_clause = |i: usize| {
        let past = |k: usize| text.tok(k).ends_with("ed") && text.tok(k).starts_with(char::is_lowercase) && text.tokens.get(k + 1).is_none_or(|_| text.tok(k + 1) != "by");
        i + 2 < toks.end
            && (matches!(text.tok(i + 1), "which" | "who" | "where" | "as")
                || (i + 1..toks.end.min(i + 4)).any(|k| is_speech_verb(text, k))
                // (", but Apple called the request …")
                || matches!(text.tok(i + 1), "but" | "and") && opens_subject(text.tok(i + 2)) && opens_clause(text, i + 2..toks.end)
                // (A count with its noun, not a date's year: ", 2017, unless …".)
                || (opens_subject(text.tok(i + 1))
                    || text.tokens[i + 1].kind == TokKind::Number && text.tokens[i + 2].kind == TokKind::Word
                    || text.tok(i + 1) == "at" && text.tok(i + 2) == "least")
                    && (opens_clause(text, i + 1..toks.end) || (i + 2..toks.end.min(i + 5)).any(past)))
    };
    let to = if opener || in_subject {
        clause_end(&|_| true).unwrap_or(toks.end)
    } else if relative.is_some() {
        clause_end(&verb_after).unwrap_or(toks.end)
    } else if appeal || named_as {
        // (Or at a dash: "asked the crowd to welcome the governor - “my new best friend.”")
        // (Or, for the one accused or described, at a semicolon: "described the results as
        // strong; the company said …".)
        let semicolon = if named_as { (from + 1..toks.end).find(|&i| text.tok(i) == ";") } else { None };
        // (And at a contrast with a subject of its own: ", while Democrats called it …".)
        let contrast = |i: usize| named_as && i + 2 < toks.end && matches!(text.tok(i + 1), "while" | "whereas" | "though" | "although") && opens_subject(text.tok(i + 2));
        clause_end(&|i| own_clause(i) || contrast(i)).unwrap_or(toks.end).min(spaced_dash(text, from + 1..toks.end).unwrap_or(toks.end)).min(semicolon.unwrap_or(toks.end))
    } else {
        toks.end
    };
    // A content ends before an attribution of the whole sentence after its last comma: "The
    // campaign said the candidate will be in Florida on Saturday, CNN reported."
    // (Within the last 40 tokens: the speaker and the trailers are short.)
    let to = (to.saturating_sub(40).max(from + 3)..to).rev().find(|&c| attribution_after_comma(text, toks.start, c, to)).unwrap_or(to);
    // So before another speaker's report joined after a comma: "About four out of 10 voters
    // said life would be worse, while nine in 10 said they thought …".
    let other_report = |c: usize| {
        text.tok(c) == ","
            && matches!(text.tok(c + 1), "while" | "whereas" | "but" | "and")
            && (opens_subject(text.tok(c + 2)) || text.tokens[c + 2].kind == TokKind::Number || with_lowercase(text.tok(c + 2), |w| COUNT_WORDS.contains(&w)))
            && (c + 3..to.min(c + 9)).find(|&k| is_speech_verb(text, k)).is_some_and(|k| valid_speaker(text, c + 2..k) && (c + 2..k).all(|i| text.tokens[i].kind != TokKind::Punct))
    };
    let to = (from + 3..to.saturating_sub(3)).find(|&c| other_report(c)).unwrap_or(to);
    let Some(cut) = (from + 1..to).find(|&i| coordinated(i)) else {
        return Some((trim_content(text, from, to), speaker, cue, v));
    };
    let to = if text.tok(cut - 1) == "," { cut - 1 } else { cut };
    let mut content = trim_content(text, from, to);
    // (A quotation's closing mark before the cut stays: "respects her “passion and
    // commitment” but argues".)
    if !content.is_empty() && text.tokens[to - 1].kind == TokKind::Quote && (text.token_at(content.end)..to - 1).all(|k| text.tokens[k].kind == TokKind::Punct) {
        content.end = text.tokens[to - 1].end;
    }
    Some((content, speaker, cue, v))
}

/// Whether `w` is a lowercase word in "-ing" that may open a gerund clause (not "morning",
/// "nothing", "during").
fn is_gerund(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ing")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            w,
            "morning" | "evening" | "nothing" | "something" | "anything" | "everything" | "during" | "including" | "according" | "regarding" | "following" | "concerning"
        )
}

/// Whether token `i` is a past form with its object (or "to", "with") after it, so that the words around it
/// are a clause, not a noun phrase: "The poll showed a majority …", "The town released a
/// statement" (not "A court document filed Thursday", "those surveyed").
fn verb_with_object(text: &Text, i: usize) -> bool {
    text.tok(i).ends_with("ed")
        && text.tok(i).starts_with(char::is_lowercase)
        && text.tokens.get(i + 1).is_some_and(|_| with_lowercase(text.tok(i + 1), |w| DETERMINERS.contains(&w) || POSSESSIVES.contains(&w) || matches!(w, "to" | "with")))
}

/// The first dash in `toks` set off by a space before it ("… the governor - “…”"), not a
/// hyphen inside a word.
fn spaced_dash(text: &Text, toks: std::ops::Range<usize>) -> Option<usize> {
    toks.into_iter().find(|&i| i > 0 && matches!(text.tok(i), "-" | "--" | "—" | "–") && text.tokens[i].start > text.tokens[i - 1].end)
}

/// Whether `w` is a form of "speak" or "talk", which report no words of the sentence: not
/// those before it ("who saw Kaine speak at a recent rally"), nor a clause after a place ("He
/// spoke at a rally that the campaign organized").
fn speaks(w: &str) -> bool {
    matches!(w, "speak" | "speaks" | "spoke" | "spoken" | "talk" | "talks" | "talked")
}

/// Whether `w` is a verb of appeal, whose content is the one appealed to and what to do:
/// "urged Democrats to vote", "asked the Justice Department to investigate".
fn is_appeal(w: &str) -> bool {
    matches!(w, "asked" | "asks" | "asking" | "ask" | "urged" | "urges" | "urging" | "urge" | "encouraged" | "encourages" | "encouraging" | "implored" | "begged")
}

/// Whether the verb at `v` is "accuse" or "urge" with its object from token `from`, then
/// "of" and a gerund ("accused Trump of showing support for Putin") or "to" and a verb
/// ("urged her peers to spurn incremental change"), or "describe" and "as" ("described the
/// country as beset by …"): a short phrase (a pronoun, a name or a determiner's phrase, no
/// punctuation) before it, before `end`.
fn accused_of(text: &Text, v: usize, from: usize, end: usize) -> bool {
    // "described the move as a “major breach of trust”": the one described, then as what.
    let describe = is_describe(text.tok(v));
    let accuse = match text.tok(v) {
        "accused" | "accuses" | "accusing" | "accuse" => true,
        _ if describe => false,
        w if is_appeal(w) => false,
        _ => return false,
    };
    let link = if accuse {
        "of"
    } else if describe {
        "as"
    } else {
        "to"
    };
    // (Not an invitation: "asked her to dinner".)
    let then = |w: &str| {
        if accuse {
            w.len() > 4 && w.ends_with("ing")
        } else if describe {
            true
        } else {
            w.starts_with(char::is_lowercase)
                && !DETERMINERS.contains(&w)
                && !POSSESSIVES.contains(&w)
                && !matches!(w, "dinner" | "lunch" | "breakfast" | "brunch" | "dance" | "prom" | "coffee" | "drinks" | "church")
        }
    };
    let Some(k) = (from + 1..end.min(from + 8)).find(|&k| text.tok(k) == link) else { return false };
    let object = (from..k).all(|i| text.tokens[i].kind == TokKind::Word || matches!(text.tok(i), "'s" | "’s" | "." | "-")) && !(from..k).any(|i| is_speech_verb(text, i));
    // (After "as" a word or the words in marks: "described Trump as "kind"".)
    let next = |k: usize| text.tokens[k].kind == TokKind::Word || describe && text.tokens[k].kind == TokKind::Quote;
    object && k + 1 < end && next(k + 1) && then(text.tok(k + 1))
}

const MONTH_NAMES: &[&str] = &["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// The end of a time adjunct that starts at token `from` and ends before `end`: "on Thursday
/// evening", "Tuesday", "earlier this week", "late Monday", "in January". Its words after a
/// first preposition are all of time, and one of them names a time (not "this" alone).
fn time_adjunct_end(text: &Text, from: usize, end: usize) -> Option<usize> {
    let mut k = from;
    if k < end && matches!(text.tok(k), "on" | "at" | "in" | "during" | "over") {
        k += 1;
    }
    let first = k;
    // (A month after a preposition or before a number: not "Theresa May said".)
    let month = |i: usize| MONTH_NAMES.contains(&text.tok(i)) && (first > from || text.tokens.get(i + 1).is_some_and(|t| t.kind == TokKind::Number));
    let named = |i: usize| {
        let w = text.tok(i);
        crate::dates::WEEKDAYS.contains(&w)
            || month(i)
            || matches!(
                w,
                "morning" | "afternoon" | "evening" | "night" | "week" | "weekend" | "month" | "year" | "today" | "yesterday" | "tonight" | "recently" | "earlier" | "ago"
            )
            || i == from && matches!(w, "Today" | "Yesterday" | "Tonight")
            // ("in the past")
            || w == "past" && i > first && text.tok(i - 1) == "the"
    };
    // (Capitalised only as the first word: "This week the campaign said".)
    let word = |i: usize| {
        named(i)
            || text.tokens[i].kind == TokKind::Number
            || i == first && first > from && text.tok(i) == "the"
            || matches!(text.tok(i), "last" | "this" | "next" | "past" | "late" | "early")
            // ("two years ago": a count of units, which "ago" makes a time.)
            || matches!(text.tok(i), "two" | "three" | "four" | "five" | "six" | "several" | "few" | "a" | "days" | "weeks" | "months" | "years" | "decades")
            || i == from && matches!(text.tok(i), "Last" | "This" | "Next" | "Late" | "Early" | "Two" | "Three" | "Four" | "Five" | "Six" | "Several" | "A")
    };
    while k < end && word(k) {
        k += 1;
    }
    // ("said Thursday's speeches …": the time is the subject's.)
    let possessive = text.tokens.get(k).is_some_and(|_| matches!(text.tok(k), "'s" | "’s" | "'" | "’"));
    ((first..k).any(named) && !possessive).then_some(k)
}

/// The comma after where or how an attribution set off by commas was made, when the
/// content's verb follows it: "in a statement, is" in "The economy, the bank said in a
/// statement, is expected to shrink"; "on Twitter, will", "to reporters Tuesday, was". A
/// preposition and at most seven words, none of them a verb.
fn manner_adjunct_end(text: &Text, from: usize, end: usize) -> Option<usize> {
    if !(from < end && matches!(text.tok(from), "in" | "on" | "at" | "to" | "during" | "via" | "through" | "by")) {
        return None;
    }
    let comma = (from + 1..end.min(from + 10)).find(|&i| !matches!(text.tokens[i].kind, TokKind::Word | TokKind::Number) && !matches!(text.tok(i), "'s" | "’s" | "-"))?;
    let plain = (from + 1..comma).all(|i| !FINITE_VERBS.contains(&text.tok(i)) && !is_speech_verb(text, i));
    // (The content's verb a finite one or a past form: "…, is expected", "…, killed 12".)
    let verb = |w: &str| FINITE_VERBS.contains(&w) || past_form(w);
    (plain && comma > from + 1 && text.tok(comma) == "," && text.tokens.get(comma + 1).is_some_and(|_| verb(text.tok(comma + 1)))).then_some(comma)
}

/// Whether the words at token `i` (before `end`) say why a source is not named: "on condition
/// of anonymity", "on condition that he not be named", after a comma or "speaking" too.
fn anonymity_at(text: &Text, mut i: usize, end: usize) -> bool {
    while i < end && matches!(text.tok(i), "," | "speaking") {
        i += 1;
    }
    i + 2 < end && text.tok(i) == "on" && text.tok(i + 1) == "condition" && matches!(text.tok(i + 2), "of" | "that")
}

/// Whether token `i` is a hyphen inside a word, touching the tokens on both sides
/// ("state-run", "Jean-Claude"). The caller keeps `i` off the text's first and last token.
fn word_hyphen(text: &Text, i: usize) -> bool {
    text.tok(i) == "-" && text.tokens[i].start == text.tokens[i - 1].end && text.tokens[i + 1].start == text.tokens[i].end
}

/// Whether `w` is a simple past form: a lowercase word in "-ed" ("killed") or an irregular one
/// (`data/irregular_pasts.txt`: "sank", "fled").
fn past_form(w: &str) -> bool {
    regular_past(w) || lexicon::irregular_pasts().contains(w)
}

/// Whether `w` is a lowercase word in "-ed" of four letters or more ("killed", not "red").
fn regular_past(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Whether a word may open a clause's subject: a capital, a pronoun, a determiner or a
/// possessive ("the", "his", "those", "there").
fn opens_subject(w: &str) -> bool {
    is_capitalized(w) || PRONOUNS.contains(&w) || DETERMINERS.contains(&w) || POSSESSIVES.contains(&w) || matches!(w, "there" | "these" | "those" | "this" | "both" | "all")
}

const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

/// Whether token `i` is "and" or "but" before a verb of saying in a finite form ("and
/// argued", "but says"; not "federal and state law", "to investigate and report"), "but"
/// before a pronoun, or "and" before a pronoun's verb of saying ("and he said"): where a
/// reported content ends and the subject goes on.
fn coordinated_verb(text: &Text, i: usize) -> bool {
    // (An "-s" form before a preposition or a verb is a plural noun: "the rising crime and
    // reports of unrest had hurt".)
    let plural = |k: usize| {
        text.tok(k).ends_with('s')
            && text
                .tokens
                .get(k + 1)
                .is_some_and(|_| PREPOSITIONS.contains(&text.tok(k + 1)) || matches!(text.tok(k + 1), "about" | "against" | "with") || FINITE_VERBS.contains(&text.tok(k + 1)))
    };
    let finite = |k: usize| {
        let w = text.tok(k);
        is_speech_verb(text, k) && (w.ends_with("ed") || w.ends_with('s') && !plural(k) || matches!(w, "said" | "told" | "wrote" | "spoke"))
    };
    // (", though analysts said …", ", while engineers warned …": a clause of its own only with
    // a subject that says.)
    let (but, contrast) = match text.tok(i) {
        "and" => (false, false),
        "but" => (true, false),
        "while" | "whereas" | "though" | "although" | "yet" => (false, true),
        _ => return false,
    };
    let Some(k) = first_after_auxiliaries(text, i + 1, text.tokens.len()) else { return false };
    // ("and he said": a pronoun's verb of saying, as `goes_on_at` reads it.)
    let pronoun_says = || PRONOUNS.contains(&text.tok(i + 1)) && first_after_auxiliaries(text, i + 2, text.tokens.len()).is_some_and(finite);
    // (After a comma, so a short subject of its own: ", but analysts agreed it was …", ", and
    // Clinton said …".)
    // (Also after a comma inside a closing mark: "the deal was “a disaster,” and Clinton said".)
    let after_comma = follows_comma(text, i);
    let subject_says = || {
        after_comma
            && (1..=2).any(|n| {
                let last = i + n;
                last + 1 < text.tokens.len()
                    && (i + 1..=last).all(|k| text.tokens[k].kind == TokKind::Word)
                    && (is_capitalized(text.tok(last)) || speaker_noun(text.tok(last)))
                    && first_after_auxiliaries(text, last + 1, text.tokens.len()).is_some_and(finite)
            })
    };
    if contrast {
        return after_comma && (pronoun_says() || subject_says());
    }
    finite(k) || but && PRONOUNS.contains(&text.tok(i + 1)) || pronoun_says() || subject_says()
}

/// Whether token `i` follows a comma, or a comma and the closing mark after it ("“a
/// disaster,” and Clinton said").
fn follows_comma(text: &Text, i: usize) -> bool {
    i > 0 && (text.tok(i - 1) == "," || i > 1 && text.tokens[i - 1].kind == TokKind::Quote && text.tok(i - 2) == ",")
}

/// The first word from token `from` past at most two adverbs or auxiliaries ("also said",
/// "has argued"), before `end`.
fn first_after_auxiliaries(text: &Text, from: usize, end: usize) -> Option<usize> {
    (from..end.min(from + 3)).find(|&k| !is_auxiliary(text.tok(k)))
}

/// The verb of saying after token `n`, "and" or "but", its own or a pronoun's: "…, but
/// said", "… and argued", "…, but he has also said".
fn goes_on_at(text: &Text, n: usize, end: usize) -> Option<usize> {
    if n + 1 >= end || !matches!(text.tok(n), "and" | "but") {
        return None;
    }
    let from = if PRONOUNS.contains(&text.tok(n + 1)) { n + 2 } else { n + 1 };
    first_after_auxiliaries(text, from, end).filter(|&k| is_speech_verb(text, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Q {
        kind: QuoteKind,
        text: String,
        speaker: Option<String>,
        cue: Option<String>,
    }

    fn quotes(s: &str) -> Vec<Q> {
        let t = Text::new(s);
        extract(&t)
            .into_iter()
            .map(|q| Q {
                kind: q.kind,
                text: q.parts.iter().map(|p| &s[p.start..p.end]).collect::<Vec<_>>().join(" | "),
                speaker: q.speaker.map(|p| s[p.span.start..p.span.end].to_string()),
                cue: q.cue.map(|c| s[c.start..c.end].to_string()),
            })
            .collect()
    }

    /// Each input gives exactly these quotes, in text order: kind, text (parts joined by
    /// " | "), speaker and cue.
    fn assert_all_quotes(cases: &[(&str, &[(QuoteKind, &str, &str, &str)])]) {
        for (input, expected) in cases {
            let q = quotes(input);
            assert_eq!(q.len(), expected.len(), "{input:?}: {q:?}");
            for (q, (kind, text, speaker, cue)) in q.iter().zip(expected.iter()) {
                assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref(), q.cue.as_deref()), (*kind, *text, Some(*speaker), Some(*cue)), "{input:?}");
            }
        }
    }

    /// The only quote found in `input`.
    fn the_one_quote(input: &str) -> Q {
        let mut got = quotes(input);
        assert_eq!(got.len(), 1, "{input:?}");
        got.remove(0)
    }

    /// Each input holds exactly one quote, with this text (parts joined by " | ") and speaker.
    fn each_gives_one_quote(cases: &[(&str, &str, &str)]) {
        for (input, text, speaker) in cases {
            let q = the_one_quote(input);
            assert_eq!(q.text, *text, "{input:?}");
            assert_eq!(q.speaker.as_deref(), Some(*speaker), "{input:?}");
        }
    }

    /// Inputs, each with the quotes it gives: kind, text and speaker.
    type QuoteCases<'a> = [(&'a str, &'a [(QuoteKind, &'a str, &'a str)])];

    /// Each input gives exactly these quotes, in order: kind, text (parts joined by " | ") and
    /// speaker ("-" for none).
    fn each_gives_these_quotes(cases: &QuoteCases) {
        for (input, want) in cases {
            let q = quotes(input);
            let got: Vec<(QuoteKind, &str, &str)> = q.iter().map(|q| (q.kind, q.text.as_str(), q.speaker.as_deref().unwrap_or("-"))).collect();
            assert_eq!(got, *want, "{input:?}");
        }
    }

    /// The bit filter never rules out a listed verb, so asking it first changes no answer.
    #[test]
    fn the_speech_verb_filter_keeps_every_verb() {
        assert!(lexicon::speech_verbs().iter().all(|v| may_be_speech_verb(v)));
        for w in ["", "a", "said", "says", "the", "of", "and", "Said", "SAID", "pointed", "x".repeat(300).as_str(), "sagt", "dijo", "é", "😀"] {
            assert!(may_be_speech_verb(w) || !lexicon::speech_verbs().contains(w), "{w:?}");
        }
    }

    #[test]
    fn direct_quotes_with_speakers() {
        use QuoteKind::*;
        let cases: &[(&str, &[(QuoteKind, &str, Option<&str>)])] = &[
            ("“The threat is increasing,” the official said.", &[(Direct, "The threat is increasing,", Some("the official"))]),
            ("\"We will win,\" said Jane Smith, who spoke today.", &[(Direct, "We will win,", Some("Jane Smith"))]),
            ("“It is harsh,” Kishida, the foreign minister, said.", &[(Direct, "It is harsh,", Some("Kishida, the foreign minister"))]),
            ("John Kerry said: \"The guidelines will enhance security.\"", &[(Direct, "The guidelines will enhance security.", Some("John Kerry"))]),
            ("“That is one thing,” he said, “and this is another.”", &[(Direct, "That is one thing, | and this is another.", Some("he"))]),
            ("''What makes it hard is time,'' he said.", &[(Direct, "What makes it hard is time,", Some("he"))]),
            ("«C’est la vie», a spokeswoman for the ministry said.", &[(Direct, "C’est la vie»", None)]),
        ];
        for (input, want) in cases.iter().take(6) {
            let got = quotes(input);
            assert_eq!(got.len(), want.len(), "count for {input:?}");
            for (g, (kind, text, speaker)) in got.iter().zip(want.iter()) {
                assert_eq!(g.kind, *kind, "{input:?}");
                assert_eq!(g.text, *text, "{input:?}");
                assert_eq!(g.speaker.as_deref(), *speaker, "{input:?}");
            }
        }
        let g = quotes(cases[6].0);
        assert_eq!(g[0].text, "C’est la vie");
        assert_eq!(g[0].speaker.as_deref(), Some("a spokeswoman for the ministry"));
    }

    #[test]
    fn quote_over_paragraphs_keeps_each_part() {
        let s = "Kerry said: \"First part.\n\n\"Second part.\n\n\"Third part.\"\n\nNot quoted.";
        let q = quotes(s);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "First part. | Second part. | Third part.");
        assert_eq!(q[0].speaker.as_deref(), Some("Kerry"));
    }

    #[test]
    fn run_of_quotes_inherits_the_speaker() {
        let s = "“It is harsh,” Kishida said.\n\n“So we hope to promote cooperation.” The talks went on for hours.";
        let q = quotes(s);
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.as_deref(), Some("Kishida"));
        // After a quotation with words of the sentence after it, attributed at the sentence's
        // end, the quotation that opens the next sentence is the same speaker's.
        let s = "Taxes are up. ''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. ''They're more detailed than most. But I have concerns.''";
        let q = quotes(s);
        assert_eq!(
            q.iter().map(|q| (q.kind, q.speaker.as_deref())).collect::<Vec<_>>(),
            [(QuoteKind::Mixed, Some("Mr. Holtz-Eakin")), (QuoteKind::Direct, Some("Mr. Holtz-Eakin"))],
            "{q:?}"
        );
        // Not with a sentence between (one that names no speaker: after "Others disagreed." the
        // quotation would be theirs).
        let s = "Taxes are up. ''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. The plan runs to 80 pages. ''They're more detailed than most. But I have concerns.''";
        assert_eq!(quotes(s).last().map(|q| (q.kind, q.speaker.as_deref())), Some((QuoteKind::Direct, None)));
    }

    #[test]
    fn a_quotation_repeated_word_for_word_keeps_its_first_speaker() {
        let speakers = |s: &str| quotes(s).iter().map(|q| (q.text.clone(), q.speaker.clone())).collect::<Vec<_>>();
        // One paragraph of a quote over paragraphs, printed again after another speaker's
        // paragraph: the words decide, not the paragraph before. Case, marks and a comma for a
        // full stop do not matter.
        let s = "Mayor Ana Ruiz said: “The new line will cut travel times across the city.\n\n“Work starts in May.”\n\nTransport chief Li Wei said the budget was secure.\n\n“We will pay for every station.”\n\n“The new line will cut travel times across the city,”";
        let got = speakers(s);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[2], ("We will pay for every station.".into(), Some("Transport chief Li Wei".into())));
        assert_eq!(got[3], ("The new line will cut travel times across the city,".into(), Some("Mayor Ana Ruiz".into())));
        // A short quotation repeated names nobody by its words: "Thank you" is anyone's.
        let s = "“Thank you all so much,” the senator said.\n\nThe governor spoke next.\n\n“Thank you all so much.”";
        assert_eq!(speakers(s).iter().filter(|q| q.1.is_some()).count(), 1, "{:?}", speakers(s));
        // A repetition that names its own speaker keeps it.
        let s = "“The new line will cut travel times,” Ruiz said.\n\n“The new line will cut travel times,” Li said, agreeing.";
        assert_eq!(speakers(s).iter().map(|q| q.1.clone().unwrap_or_default()).collect::<Vec<_>>(), ["Ruiz", "Li"]);
    }

    #[test]
    fn a_quote_resumed_after_its_attribution_is_one_quote() {
        let cases: &[(&str, &str, &str)] = &[
            // A plural's apostrophe in the description is no quotation mark between them.
            (
                "\"We're meeting our benchmarks,\" said Anna Adams-Sarthou, a spokeswoman for the Democrats' event. \"We have every expectation of success.\"",
                "We're meeting our benchmarks, | We have every expectation of success.",
                "Anna Adams-Sarthou",
            ),
            // A nickname in the speaker's name is no quotation between them.
            (
                "\"This is a big year for Bobby Scott!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd. \"The nation is watching.\"",
                "This is a big year for Bobby Scott! | The nation is watching.",
                "Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News)",
            ),
            // A verb and its particle report: "went on", "shot back".
            ("“You know, it happens, right?” Trump went on. “But you gotta get over it.”", "You know, it happens, right? | But you gotta get over it.", "Trump"),
            ("“It is harsh,” Kishida said. “So we hope to promote cooperation.”", "It is harsh, | So we hope to promote cooperation.", "Kishida"),
            ("“It is harsh,” Kishida said.\n\n“So we hope to promote cooperation.”", "It is harsh, | So we hope to promote cooperation.", "Kishida"),
            ("''Immigrants are integrating,'' the report concluded. ''Integration increases over time.''", "Immigrants are integrating, | Integration increases over time.", "the report"),
            (
                "“I want Bernie in the fold,” said Sen. Sherrod Brown of Ohio, a potential pick. “I’m fine with whatever they negotiate.”",
                "I want Bernie in the fold, | I’m fine with whatever they negotiate.",
                "Sen. Sherrod Brown of Ohio",
            ),
            (
                "\"I don't know where he stands,\" said voter Stephanie Hooton, who wore a \"No-B.S.\" pin. \"Some sort of amnesty is part of his plan.\"",
                "I don't know where he stands, | Some sort of amnesty is part of his plan.",
                "voter Stephanie Hooton",
            ),
            // Resumed after a long description of the speaker and a sentence about her.
            (
                "\"You can't blame her for what he did,\" said Sara Walker, 44, a home-care aide from Nashua who attended the rally on Saturday. An immigrant from Uganda who became a U.S. citizen in 2013, she plans to cast her first ballot in the primary next month. \"All she went through, it's not fair.\"",
                "You can't blame her for what he did, | All she went through, it's not fair.",
                "Sara Walker",
            ),
            // Resumed after a conjunction.
            (
                "\"You know, I love Larry,\" he said, but \"when it comes to energy issues, Larry has a history of representing fossil fuel industries.\"",
                "You know, I love Larry, | when it comes to energy issues, Larry has a history of representing fossil fuel industries.",
                "he",
            ),
        ];
        each_gives_one_quote(cases);
        // A short quotation with an attribution of its own stands between: the quotation
        // after it is not the first one resumed.
        let s = "\"I am not going to follow a script,\" Renzi said after the meeting. The summit accomplished \"too little,\" he added on Twitter. \"Without changing policies, Europe risks a lot.\"";
        let q = quotes(s);
        assert_eq!(q[0].text, "I am not going to follow a script,", "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("Renzi"), "{q:?}");
        // A clause with a reporting verb of its own, or a list, introduces new words; the
        // speaker of the sentence still says them.
        for s in [
            "\"The American people do not agree with Trump,\" Sanders said, suggesting a few questions, including, \"Mr. Trump, do you really think that billionaires need a tax break?\"",
            "\"I'm not there right now,\" Ryan said last week on CNN, though he said, \"I hope to get there by the summer.\"",
        ] {
            let q = quotes(s);
            assert_eq!(q.len(), 2, "{s:?}: {q:?}");
            assert!(q[1].text.starts_with(['M', 'I']) && q[1].speaker.is_some() && q[1].speaker.as_deref() != Some("The American"), "{s:?}: {q:?}");
        }
        // A quotation after a clause that goes on from the attribution is not the same one
        // resumed: it is someone else's words, inside that clause.
        let q = quotes("“She is trying to imply that it was an auto bailout,” Axelrod tweeted after Clinton argued for the second consecutive debate that “if everyone had voted as he voted, we would not have an auto industry.”");
        assert_eq!(q[0].text, "She is trying to imply that it was an auto bailout,", "{q:?}");
    }

    #[test]
    fn speakers_after_dashes_parentheses_and_long_appositions() {
        let cases: &[(&str, &str)] = &[
            ("“He is ignorant of our culture and our lives.”― Pamela Padilla\n“Next one here.”― Sonya Herridge", "Pamela Padilla"),
            // The name ends with its line, and its stop is not part of it.
            ("“Trump must stop portraying Latinos as gangsters.”― Carla Sanchez.\n\nGetty/Instagram.\n\nThe end.", "Carla Sanchez"),
            ("\"I helped write that bill.\"\n\n- Sanders.\n\nSanders exaggerates when he says so.", "Sanders"),
            ("“We are a nation of laws.”― Julie A. Diaz Martinez.\n\nGetty/Instagram.", "Julie A. Diaz Martinez"),
            ("“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.", "Rep. Gwen Moore (D-Wis.)"),
            (
                "''It has the virtue of being fiscally responsible,'' Leonard E. Burman, director of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan.",
                "Leonard E. Burman, director of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University",
            ),
            ("“Is that what you want?” Trump asked the crowd.", "Trump"),
            ("The talks grew so tense that Gov. Chris Christie said, “I feel like I need a translator for all of this.”", "Gov. Chris Christie"),
            ("A White House official who spoke anonymously said Wednesday, “There are talks between the two teams.”", "A White House official who spoke anonymously"),
            ("“So let me make it perfectly clear,” Senate Majority Leader Mitch McConnell, R-Ky., said.", "Senate Majority Leader Mitch McConnell, R-Ky."),
            // Inverted after the quote's own words, and not a preposition's object.
            ("“This will be a challenge” for the governor, said Kunin, who once held the office.", "Kunin"),
            ("“Their strategy is very clear,” Maria Lopez, a senior fellow at the institute, said of Gazprom.", "Maria Lopez, a senior fellow at the institute"),
            // A description before the name, and the quote resumed after them is one quote.
            ("''Somebody came in through the visa program,'' the White House spokesman, Josh Earnest, said on Thursday. ''That program deserves a close look.''", "the White House spokesman, Josh Earnest"),
            // A possessive's bare apostrophe is no quotation mark.
            ("“This is it,” Jeff Weaver, Sanders' campaign manager, said in a statement.", "Jeff Weaver, Sanders' campaign manager"),
            // An apposition that starts with a capital but describes.
            ("“We are not there yet,” Maria Lopez, Mr. Carter's chief of staff, said on Tuesday.", "Maria Lopez, Mr. Carter's chief of staff"),
            ("“It is a bad bill,” Steve Rowe, Democrat of Ohio, said.", "Steve Rowe, Democrat of Ohio"),
            // A verb of saying inside the apposition is not the one that reports the quote; the
            // relative clause is no part of the speaker.
            ("“The answer is no,” Cruz, who proposed repealing the mandate over five years, said at the time.", "Cruz"),
            // An aside in dashes before the subject is not part of it, nor is the clause before.
            ("When Clinton noted that he had paid no taxes ― as was true for a few years ― Trump boasted, “That makes me smart.”", "Trump"),
            ("Closing the primaries with a formal speech -- complete with teleprompter -- Trump told supporters, “We begin another chapter.”", "Trump"),
            // A relative clause's verb reports for the phrase before its comma, with what it was
            // said of.
            ("The ceremony featured celebrities like Oprah Winfrey and Stevie Wonder, who joked of the museum, ''I haven't seen it yet, but I'm going to.''", "Stevie Wonder"),
            ("On the same day, Mr. Trump said of the episode, ''I don't like it,'' adding that the crowd was angry.", "Mr. Trump"),
            // A participle after "by" or "while" reports for the sentence's subject, with the
            // people of an "of" phrase.
            ("Obama punctuated his list by saying “Too many.”", "Obama"),
            ("Dozens of protesters marched on, looping the streets while chanting, \"Hands up, don't shoot.\"", "Dozens of protesters"),
        ];
        for (input, speaker) in cases {
            let q = quotes(input);
            assert_eq!(q[0].speaker.as_deref(), Some(*speaker), "{input:?}");
        }
    }

    #[test]
    fn a_participle_after_a_quotation_or_a_comma_keeps_the_speaker_before_it() {
        // After "while", the speaker of the sentence's first quotation, not its subject.
        let q = quotes("At one point in the book, Byrne gives an account of Clinton telling one agent to “Go to hell!,” while telling another to, “Go away!”");
        assert_eq!(q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(), [Some("Clinton"), Some("Clinton")], "{q:?}");
        // After "by" following a participle, the gerund is a noun: Trump is not said to chant.
        let q = quotes("Trump was interrupted by chanting, “Lock her up, lock her up now!”");
        assert!(q.iter().all(|q| q.cue.as_deref() != Some("chanting")), "{q:?}");
        // A describing word before the sentence's subject stays with it.
        let q = quotes("Former Gov. Jane Roe drew laughs while joking, “I am back.”");
        assert_eq!(q[0].speaker.as_deref(), Some("Former Gov. Jane Roe"), "{q:?}");
        // What a participle of the speaker's speaks of does not attribute the rest anew.
        let q = quotes("\"These guys know how to use words,\" said Sherman, speaking of politicians, \"and leave themselves a little wiggle room.\"");
        assert_eq!(
            (q.len(), q[0].text.as_str(), q[0].speaker.as_deref()),
            (1, "These guys know how to use words, | and leave themselves a little wiggle room.", Some("Sherman")),
            "{q:?}"
        );
    }

    #[test]
    fn reported_speakers_after_a_dash_or_opened_by_a_modifier() {
        let cases: &[(&str, &str)] = &[
            // A dateline or a clause set off by a dash goes before the subject.
            ("PHILADELPHIA ― Hillary Clinton’s campaign said Monday it is looking for a new party chair.", "Hillary Clinton’s campaign"),
            ("Inside the mosque - which looks like a church - Adel Nefzi said he had given blood.", "Adel Nefzi"),
            // An apposition in dashes stays with the name before it.
            (
                "In an interview, Deborah Reynolds - Santilli's girlfriend and co-host - told the Post that his views had changed.",
                "Deborah Reynolds - Santilli's girlfriend and co-host",
            ),
            // A word of the function-word list that describes the noun after it is the speaker's.
            ("Former Attorney General Michael Mukasey said the server should disqualify her.", "Former Attorney General Michael Mukasey"),
            ("Top Republican Party donor Sheldon Adelson said on Friday he met the candidate.", "Top Republican Party donor Sheldon Adelson"),
            ("Most Republicans say they are embarrassed about the race.", "Most Republicans"),
            ("Those Republican insiders stressed that the polls were unreliable.", "Those Republican insiders"),
            // (An opener is still no part of it.)
            ("Meanwhile Senator Jane Roe said the bill would pass.", "Senator Jane Roe"),
            // A dash inside a compound word ends nothing; a doubled hyphen or one before an
            // auxiliary closes an apposition.
            ("A Clinton–Kaine campaign spokesman said the plan would fail.", "A Clinton–Kaine campaign spokesman"),
            ("Two senators — Lindsey Graham and John McCain — have said the plan would fail.", "Two senators — Lindsey Graham and John McCain"),
            ("Democrats -- including Clinton -- accused Trump of suggesting violence.", "Democrats -- including Clinton"),
        ];
        for (input, speaker) in cases {
            let q = quotes(input);
            assert_eq!((q.len(), q[0].kind, q[0].speaker.as_deref()), (1, QuoteKind::Indirect, Some(*speaker)), "{input:?}");
        }
    }

    #[test]
    fn a_transcript_label_is_no_speaker() {
        // "Transcript as follows:" introduces the words of the speaker just named.
        for intro in ["Transcript as follows:", "Partial Transcript As Follows:"] {
            let s = format!("Gov. Ann Reyes said, “I am ready for the fight.”\n\n{intro}\n\n\"Tonight we came home to Dayton, and people started to cheer.");
            let q = quotes(&s);
            assert_eq!(q.len(), 2, "{q:?}");
            assert_eq!(q[1].speaker.as_deref(), Some("Gov. Ann Reyes"), "{q:?}");
        }
        // A clip played in a transcript names no speaker; the turns around it keep theirs.
        let s = "Partial transcript as follows:\n\n\"RAMOS: Secretary, did you lie to them?\n\n\"VIDEO: They all told me it was a video.\n\n\"RAMOS: Did you?\n\n\"CLINTON: No, I did not.\n\nFollow us on Twitter.";
        let q = quotes(s);
        let said: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.text.as_str(), q.speaker.as_deref())).collect();
        assert_eq!(
            said,
            [("Secretary, did you lie to them?", Some("RAMOS")), ("They all told me it was a video.", None), ("Did you?", Some("RAMOS")), ("No, I did not.", Some("CLINTON"))]
        );
    }

    #[test]
    fn a_clause_opener_or_a_preposition_is_not_part_of_the_speaker() {
        // The subject after "as", "where", "with", "although" or "according to" speaks; the
        // word itself is not part of the speaker.
        let cases: &[(&str, &str)] = &[
            ("But as Senator Maria Lopez noted, turnout will fall sharply in the spring.", "Senator Maria Lopez"),
            ("The company filed in Richmond, where local union leaders say the layoffs could reach 2,000.", "local union leaders"),
            ("The debate turned to trade, with Governor Hal Petersen arguing that the tariffs had failed.", "Governor Hal Petersen"),
            ("“We will win this district,” as Mayor Ortiz said at the rally on Monday.", "Mayor Ortiz"),
            ("The talks stalled in March, according to a senior trade official who asked not to be named.", "a senior trade official"),
            // A verb that takes an object and "to" is part of the speaker when it is in a
            // relative clause or modifies the noun (not when its object is told to speak:
            // `scare_quotes_are_not_quotations_and_apostrophes_are_not_marks`).
            ("Senators who had asked for the inquiry went on to say, “We were misled.”", "Senators who had asked for the inquiry"),
            ("Ministers who let the deadline slip went on to say, “It was unavoidable.”", "Ministers who let the deadline slip"),
            ("The newly invited members went on to say, “We are thrilled to join.”", "The newly invited members"),
        ];
        for (input, speaker) in cases {
            let q = quotes(input);
            assert_eq!(q.first().and_then(|q| q.speaker.as_deref()), Some(*speaker), "{input:?}");
        }
        // A preposition's object does not speak ("his choice of Ms. Reyes for the committee
        // suggests …" is no report by the committee), and before a colon "with" opens no
        // clause: the sentence's subject speaks.
        for input in [
            "His appointment of Maria Ortiz, the head of the county bar, to the platform committee suggests that he wants a broader party.",
            "A friend described him as “the kindest man I ever met” in a Facebook post.",
        ] {
            let q = quotes(input);
            assert!(q.iter().all(|q| q.speaker.as_deref().is_none_or(|s| !PREPOSITIONS.iter().any(|p| s.starts_with(&format!("{p} "))))), "{input:?}: {q:?}");
        }
        let q = quotes("Perez contrasted the two candidates, with Clinton: “What I have seen is a steady hand.”");
        assert_eq!(q.first().and_then(|q| q.speaker.as_deref()), Some("Perez"));
    }

    #[test]
    fn colon_and_participle_introductions() {
        let cases: &[(&str, QuoteKind, &str, Option<&str>)] = &[
            ("Rhimes declared the need for drive: “Change the world, then change it again.”", QuoteKind::Direct, "Change the world, then change it again.", Some("Rhimes")),
            ("Mark Blumenthal and Jon Cohen: “The polls ended too early in Iowa.”", QuoteKind::Direct, "The polls ended too early in Iowa.", Some("Mark Blumenthal and Jon Cohen")),
            (
                "Clinton seemed ready to riff on it, telling the crowd, “Some people get a little carried away.”",
                QuoteKind::Direct,
                "Some people get a little carried away.",
                Some("Clinton"),
            ),
            (
                "At a rally in Ohio, Clinton seemed ready to riff on it, telling the crowd, “Some people get a little carried away,” before she moved on.",
                QuoteKind::Direct,
                "Some people get a little carried away,",
                Some("Clinton"),
            ),
            (
                "He told Chris Wallace of Fox News, “North Korea has nukes and Japan has a problem.”",
                QuoteKind::Direct,
                "North Korea has nukes and Japan has a problem.",
                Some("He"),
            ),
            (
                "Based on her actions that night, “I don’t see how anyone can trust her,” Tiegen said.",
                QuoteKind::Mixed,
                "Based on her actions that night, “I don’t see how anyone can trust her,",
                Some("Tiegen"),
            ),
            ("Pataki says Kasich “has a track record of bringing people together.”", QuoteKind::Mixed, "Kasich “has a track record of bringing people together.", Some("Pataki")),
            (
                "House Speaker Paul Ryan told CNN Tuesday that Ginsburg’s comments “shows bias to me.”",
                QuoteKind::Mixed,
                "Ginsburg’s comments “shows bias to me.",
                Some("House Speaker Paul Ryan"),
            ),
            ("He says that “as a nation, we have to do better.”", QuoteKind::Mixed, "as a nation, we have to do better.", Some("He")),
            // A noun before the name, after a quotation that does not close its clause, is the
            // sentence's object, not an apposition: the name alone speaks.
            ("The revision will “transform” the agency, Carter said.", QuoteKind::Mixed, "The revision will “transform” the agency", Some("Carter")),
            ("“We must act,” the White House spokesman, Josh Earnest, said.", QuoteKind::Direct, "We must act,", Some("the White House spokesman, Josh Earnest")),
            ("Later Tanaka said it again: “Our alliance is strong and getting stronger.”", QuoteKind::Direct, "Our alliance is strong and getting stronger.", Some("Tanaka")),
            ("Meanwhile Carter told the sailors: “You keep the peace.”", QuoteKind::Direct, "You keep the peace.", Some("Carter")),
            // A clause reported before the colon goes on in the quotation: one mixed quote.
            (
                "Clinton said she has the essential quality for the job of president: “Steadiness, and mixed with strength.”",
                QuoteKind::Mixed,
                "she has the essential quality for the job of president: “Steadiness, and mixed with strength.",
                Some("Clinton"),
            ),
            // Not when the quotation has its own attribution, or is several sentences long.
            ("Clinton said she has the quality for the job: “Steadiness,” she said, “and strength.”", QuoteKind::Direct, "Steadiness, | and strength.", Some("she")),
            ("Trump asserted that France had lost its identity: “France is no longer France,” he claimed.", QuoteKind::Direct, "France is no longer France,", Some("he")),
            (
                "The senator said the plan was flawed in three ways: “It costs too much. It does too little. It comes too late.”",
                QuoteKind::Direct,
                "It costs too much. It does too little. It comes too late.",
                Some("The senator"),
            ),
            // Nor after another verb of saying in the clause.
            (
                "Ed Krayewski may have said it best when he blogged: “She is as close to a pre-selected candidate as we will see.”",
                QuoteKind::Direct,
                "She is as close to a pre-selected candidate as we will see.",
                Some("he"),
            ),
            // A newsletter's item: a headline in capitals, a dash, and the name before the colon.
            (
                "VOTERS SOUR ON BOTH PARTIES - Jane M. Porter: “The survey found deep distrust of both parties this year.”",
                QuoteKind::Direct,
                "The survey found deep distrust of both parties this year.",
                Some("Jane M. Porter"),
            ),
            // An opening adverbial is not the subject: the subject follows its comma.
            (
                "With party leaders worried about turnout among young voters, Senator Warren is taking a blunter message on the road: “This election is about you.”",
                QuoteKind::Direct,
                "This election is about you.",
                Some("Senator Warren"),
            ),
        ];
        for (input, kind, text, speaker) in cases {
            let q = quotes(input);
            assert_eq!(q.len(), 1, "{input:?}");
            assert_eq!((q[0].kind, q[0].text.as_str(), q[0].speaker.as_deref()), (*kind, *text, *speaker), "{input:?}");
        }
    }

    #[test]
    fn scare_quotes_are_not_quotations_and_apostrophes_are_not_marks() {
        let cases = [
            "The policy of ‘rebalancing’ is known as the “Alliance Coordination Mechanism” in the ’90s, and Ross’ book didn’t help.",
            "He listed “Criminal Minds,” “Game of Thrones” and “Veep” as his top shows.",
            "The so-called \"reform\" was never passed by the O'Neills' council in the '80s.",
            // What was not said, and words that someone may be allowed or asked to say, not
            // said by anyone yet.
            "Ms. Chen, a spokeswoman, did not say when the plant would reopen.",
            "Chen would not say whether he would return to the team.",
            // (Their speakers, when the verb is in a relative clause or modifies the noun, are
            // in `a_clause_opener_or_a_preposition_is_not_part_of_the_speaker`.)
            "The guidelines allow companies to tell ''one country that a subsidiary is a corporation while telling another the same entity is a partnership.''",
            "The rules let lenders say “approved” to nearly anyone.",
            "The referee ordered the captain to tell his team, “Calm down.”",
        ];
        for s in cases {
            assert!(quotes(s).is_empty(), "{s:?}");
        }
        // A title opening its sentence, after a run of quotes, is not the speaker's next quote.
        let s = "“It is a hard business,” she said.\n\n''The Big Deal,'' on Showtime, is a drama about a bank that fails.";
        assert!(quotes(s).iter().all(|q| !q.text.starts_with("The Big Deal")), "{s:?}");
    }

    #[test]
    fn nested_single_quotes_stay_inside_the_double_quote() {
        let q = quotes("“She told me, ‘You weren’t in line,’ and I laughed,” Compton recalled.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "She told me, ‘You weren’t in line,’ and I laughed,");
        assert_eq!(q[0].speaker.as_deref(), Some("Compton"));
        let q = quotes("''Barbara Bush looked at me and said, 'You weren't in line,''' Ms. Compton recalled.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Ms. Compton"));
    }

    #[test]
    fn a_double_quote_inside_a_double_quote_stays_inside_it() {
        each_gives_one_quote(&[
            // The same curly marks, nested.
            (
                "“As a young woman, I’d rather live in what he calls “hell” than live in his world,” Rodarte said.",
                "As a young woman, I’d rather live in what he calls “hell” than live in his world,",
                "Rodarte",
            ),
            // Straight marks around curly ones, after a colon that names the speaker.
            (
                "Caddell continued:\n\n\"I’ll read you the question: “Do you think her health matters?” Forty-three, yes; forty-four, no.\"",
                "I’ll read you the question: “Do you think her health matters?” Forty-three, yes; forty-four, no.",
                "Caddell",
            ),
        ]);
        // A straight mark does not close a curly quotation: the scare quotes after a quote
        // left open are no outer closing mark.
        let q = quotes("“This never closes. “Here is a quote,” Carter said. He called it \"crazy\" later.");
        assert!(q.iter().any(|q| q.text == "Here is a quote," && q.speaker.as_deref() == Some("Carter")), "{:?}", q.iter().map(|q| &q.text).collect::<Vec<_>>());
        // A mark that opens while a quote is open, with no two closing marks after it, still
        // ends the quote left open.
        let q = quotes("“This never closes. “Here is a quote,” Carter said. “And another.”");
        assert!(q.iter().any(|q| q.text == "Here is a quote, | And another." && q.speaker.as_deref() == Some("Carter")), "{:?}", q.iter().map(|q| &q.text).collect::<Vec<_>>());
    }

    #[test]
    fn unbalanced_marks_do_not_swallow_the_document() {
        let s = "He said “this never closes.\n\nThe next paragraph, Carter said, is fine.\n\n“Here is a quote,” Carter said.";
        let q = quotes(s);
        assert!(q.iter().any(|q| q.text == "Here is a quote," && q.speaker.as_deref() == Some("Carter")));
    }

    #[test]
    fn a_sentence_ending_on_its_speaker_and_verb_attributes_the_quotation_after_it() {
        use QuoteKind::*;
        let cases: &QuoteCases = &[
            (
                "“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget Tom.”",
                &[(Direct, "Tell her I promised you a picture,", "Ebeling"), (Direct, "Don’t forget Tom.", "her husband")],
            ),
            ("“We will win,” Smith said. Jones replied quickly. “They will lose.”", &[(Direct, "We will win,", "Smith"), (Direct, "They will lose.", "Jones")]),
            ("“We will win,” Smith said. Jones disagreed. “They will lose.”", &[(Direct, "We will win,", "Smith"), (Direct, "They will lose.", "Jones")]),
            (
                "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"",
                &[(Direct, "Mainstream Republicans are running out of time.", "Iowa State University's Dianne Bystrom")],
            ),
            // The verb reports its own sentence too.
            (
                "The administration may be reluctant to act while talks go on, Schiff said. \"The other factor is timing.\"",
                &[(Indirect, "The administration may be reluctant to act while talks go on", "Schiff"), (Direct, "The other factor is timing.", "Schiff")],
            ),
            // A participle of saying after a comma introduces the quotation, with its addressee
            // and time between; "saying that" reports a clause that the quotation finishes.
            (
                "Joe Biden weighed in as well, telling Mic in an interview published on Monday, “But gosh, they’re both qualified,” he said.",
                &[(Direct, "But gosh, they’re both qualified,", "he")],
            ),
            (
                "He went further on Tuesday, saying that in Mr. Clinton's career, ''there were certainly a lot of abuses.''",
                &[(Mixed, "in Mr. Clinton's career, ''there were certainly a lot of abuses.", "He")],
            ),
            // Not a verb of noise: the quotation before goes on.
            (
                "“I will never let you down,” Clinton said. Protesters at the back shouted. “I will fight for you every day.”",
                &[(Direct, "I will never let you down, | I will fight for you every day.", "Clinton")],
            ),
            // A verb with its particle reports no words of its sentence, and is no cue before a
            // title.
            ("Clinton called him unfit for office, and Trump fired back.", &[]),
            // A pronoun after a time noun heads a relative clause, and a word in "-thing" opens
            // no phrase: those pronouns report nothing.
            ("On the day he said he would run, his poll numbers rose.", &[]),
            ("Everything he said was false, the senator argued.", &[(Indirect, "Everything he said was false", "the senator")]),
            // A contrast with a subject that says is a report of its own.
            (
                "Officials said the bridge was safe, while engineers warned that cracks had appeared.",
                &[(Indirect, "the bridge was safe", "Officials"), (Indirect, "cracks had appeared", "engineers")],
            ),
            (
                "Figueroa said the campaign planned a protest at the debate, though she acknowledged it was unlikely to work.",
                &[(Indirect, "the campaign planned a protest at the debate", "Figueroa"), (Indirect, "it was unlikely to work", "she")],
            ),
            // The next speaker's report after a comma inside a closing mark.
            (
                "Trump said the deal was “a disaster,” and Clinton said it was “the best we could get.”",
                &[(Mixed, "the deal was “a disaster,”", "Trump"), (Mixed, "it was “the best we could get.", "Clinton")],
            ),
            // After a relative clause's content, the sentence's subject reports in a participle.
            (
                "He focused on what he said were failures of Clinton, saying that the front-runner failed to understand the threat.",
                &[(Indirect, "what | were failures of Clinton", "he"), (Indirect, "the front-runner failed to understand the threat", "He")],
            ),
            ("Sanders went on “Meet the Press” on Sunday to argue that the race is not over.", &[]),
            // Not a subordinate clause's verb: the quotation before goes on.
            (
                "\"Our progress is on the ballot,\" Mr. Obama said at the dinner, where Mrs. Clinton also spoke. \"Tolerance is on the ballot.\"",
                &[(Direct, "Our progress is on the ballot, | Tolerance is on the ballot.", "Mr. Obama")],
            ),
        ];
        each_gives_these_quotes(cases);
    }

    #[test]
    fn a_second_report_after_the_attribution_opens_a_quote_of_its_own() {
        use QuoteKind::*;
        let cases: &QuoteCases = &[
            // "adding" reports again: two quotes by one speaker, not one interrupted quote.
            ("“It is a fine plan,” Graham said on Monday, adding, “It will not pass.”", &[(Direct, "It is a fine plan,", "Graham"), (Direct, "It will not pass.", "Graham")]),
            // Also past a title in marks that ends on the comma.
            (
                "\"Kasich would be the best nominee,\" Graham said on MSNBC's \"Morning Joe,\" adding, \"He is a good man.\"",
                &[(Direct, "Kasich would be the best nominee,", "Graham"), (Direct, "He is a good man.", "Graham")],
            ),
            // Nor past a report of a clause in the sentence: its words finish that clause.
            (
                "\"Filth out!\" she wrote, arguing that if tougher measures were not deployed, \"more homes will burn.\"",
                &[(Direct, "Filth out!", "she"), (Mixed, "if tougher measures were not deployed, \"more homes will burn.\"", "she")],
            ),
            // Without a second report the quote goes on after its attribution.
            ("“It is a fine plan,” Graham said on Monday, “but it will not pass.”", &[(Direct, "It is a fine plan, | but it will not pass.", "Graham")]),
        ];
        each_gives_these_quotes(cases);
    }

    #[test]
    fn a_verb_joined_to_the_sentences_reports_for_its_subject() {
        use QuoteKind::*;
        let cases: &QuoteCases = &[
            (
                "In a wide-ranging, in-prison interview last year, Lazar said he welcomed extradition and added, \"I'll plead guilty, no problem.\"",
                &[(Indirect, "he welcomed extradition", "Lazar"), (Direct, "I'll plead guilty, no problem.", "Lazar")],
            ),
            (
                "Last month, when I asked Sanders about it, he looked into my camera, furrowed his brow and said, \"I'm gonna endorse YOU!\"",
                &[(Direct, "I'm gonna endorse YOU!", "he")],
            ),
            // Whom it was said to, between the verb and the comma.
            (
                "Soon after, Canova wrote to his 20,000 Twitter followers, “It’s time to end her career for good,” and shared a link.",
                &[(Direct, "It’s time to end her career for good,", "Canova")],
            ),
            // A verb right before the mark reports the sentence in it, not a clause after it;
            // words going on from the sentence are no sentence of their own.
            ("Protesters chanted \"Lock her up!\" as he spoke.", &[(Direct, "Lock her up!", "Protesters")]),
            (
                "Nothing the president said \"will assuage people's fears,\" the Florida senator said.",
                &[(Mixed, "Nothing the president said \"will assuage people's fears,", "the Florida senator")],
            ),
            // An owner's description after the verb, with the name in apposition after it; not
            // a thing of theirs.
            (
                "\"It is about time that we had a woman running this country,\" exhorted Clinton's introducer, actress Jamie Lee Curtis.",
                &[(Direct, "It is about time that we had a woman running this country,", "Clinton's introducer, actress Jamie Lee Curtis")],
            ),
            ("\"We will win,\" said Rubio's campaign manager.", &[(Direct, "We will win,", "Rubio's campaign manager")]),
            ("Jo-Renee Formicola, political science professor at Seton Hall University in New Jersey, described Trump's approach in terms of lowering expectations.", &[]),
            // Not "to" and an infinitive.
            ("Trump vowed to build a wall, \"a big, beautiful wall,\" at every rally.", &[]),
            // "telling" a pronoun: the clause after it is reported, the quoted words finish it
            // (a clause with a subject, not an adverb).
            ("Trump told her privately ''You're fired.''", &[(Direct, "You're fired.", "Trump")]),
            (
                "Mr. Ackman wrote to investors, telling them Valeant was ''worth multiples of the current market price.''",
                &[(Mixed, "Valeant was ''worth multiples of the current market price.", "Mr. Ackman")],
            ),
        ];
        each_gives_these_quotes(cases);
    }

    #[test]
    fn a_quotation_after_a_parenthesis_or_a_dash_starts_a_clause_of_its_own() {
        use QuoteKind::*;
        let cases: &QuoteCases = &[
            (
                "The endorsements prompted some blowback from members (“I want my dues back,” wrote Edward Nelson, a technician in Chalmette).",
                &[(Direct, "I want my dues back,", "Edward Nelson")],
            ),
            // So does a hyphen written for a dash, spaces on each side (not a hyphen in a word).
            (
                "Clinton suggested that the plan was unserious - \"Again, we need to get into the details,\" she said - and moved on.",
                &[(Indirect, "the plan was unserious", "Clinton"), (Direct, "Again, we need to get into the details,", "she")],
            ),
            (
                "Neither man was impressed by Mrs. Clinton - ''Born with a silver spoon,'' Mr. Elkins said - but they stayed.",
                &[(Direct, "Born with a silver spoon,", "Mr. Elkins")],
            ),
            ("The well-paid \"reform\" czar left, Smith said.", &[(Mixed, "The well-paid \"reform\" czar left", "Smith")]),
            // Two hyphens written for a dash. (The subject before is not taken for the speaker
            // of a quotation that ends the sentence; in an article a speaker before may go on.)
            (
                "Trump also embraced enhanced interrogation techniques -- \"I think waterboarding is peanuts compared to what they'd do to us.\"",
                &[(Direct, "I think waterboarding is peanuts compared to what they'd do to us.", "-")],
            ),
            // A parenthesis closed before the mark starts nothing.
            ("Sen. Ted Cruz (R-Texas) called the plan \"Obamacare lite,\" Rubio said.", &[(Mixed, "Sen. Ted Cruz (R-Texas) called the plan \"Obamacare lite,", "Rubio")]),
            // Not before words that go on from the sentence: an epithet, no quotation (the
            // appeal before the dash is reported).
            ("Scott beamed and asked the crowd to welcome the governor - \"my new best friend.\"", &[(Indirect, "the crowd to welcome the governor", "Scott")]),
            // A capitalised word after a dash names the speaker only where nothing follows it:
            // here the sentence's subject goes on, and the subject before says the sentence
            // set off by dashes.
            (
                "O'Malley lamented the gaffes - \"Does she have to keep giving them so much ammunition?\" - Democrats in Iowa shrugged.",
                &[(Direct, "Does she have to keep giving them so much ammunition?", "O'Malley")],
            ),
            // Words before the mark inside the parenthesis still lead into it.
            ("The bill (which she called “a disgrace,” Smith said) failed.", &[(Mixed, "which she called “a disgrace,", "Smith")]),
        ];
        each_gives_these_quotes(cases);
    }

    #[test]
    fn a_curly_mark_typed_the_wrong_way_round_faces_the_way_it_is_set() {
        each_gives_one_quote(&[
            // A closing “ after the words, an opening ” before them.
            ("“Apparently not,“ he said. “A leopard doesn’t change its spots.”", "Apparently not, | A leopard doesn’t change its spots.", "he"),
            ("”Fear. I am truly afraid that he will win.” ― Edwin G. Monroy", "Fear. I am truly afraid that he will win.", "Edwin G. Monroy"),
            ("“It's unusual,“ said Larry Noble, a lawyer. “It's a hard thing to pull off.”", "It's unusual, | It's a hard thing to pull off.", "Larry Noble"),
        ]);
        // A mark that could be either stays as it is: “ inside an open quote, before a word, opens
        // a quotation inside it.
        let q = the_one_quote("“I’d rather live in what he calls “hell” than here,” she said.");
        assert_eq!((q.text.as_str(), q.speaker.as_deref()), ("I’d rather live in what he calls “hell” than here,", Some("she")));
    }

    #[test]
    fn short_utterances_after_a_verb_of_saying_are_direct() {
        use QuoteKind::*;
        let cases: &[(&str, (QuoteKind, &str, &str))] = &[
            // A quotation closed by its own stop or comma is a whole utterance, even with words after it.
            ("She then turns to her husband and repeatedly says, \"Don't you do it,\" until gunshots are heard.", (Direct, "Don't you do it,", "She")),
            ("Trump walked onto the stage, chanting “U-S-A! U-S-A!”", (Direct, "U-S-A! U-S-A!", "Trump")),
            ("Students marching past the school chanted \"Whose streets?\" and kept walking until dark.", (Direct, "Whose streets?", "Students marching past the school")),
            // Without its own stop it is quoted words inside reported speech.
            (
                "Vermont Sen. Bernie Sanders says “the wind is at our backs” despite his loss.",
                (Mixed, "“the wind is at our backs” despite his loss", "Vermont Sen. Bernie Sanders"),
            ),
        ];
        for (input, (kind, text, speaker)) in cases {
            let q = the_one_quote(input);
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (*kind, *text, Some(*speaker)), "{input:?}");
        }
        // (After "urges her husband to …", which is a report of its own.)
        let q = quotes("She then urges her husband to come out of the car and repeatedly says, \"Don't you do it,\" until gunshots are heard.");
        assert_eq!(
            q.iter().map(|q| (q.kind, q.text.as_str(), q.speaker.as_deref())).collect::<Vec<_>>(),
            [(QuoteKind::Indirect, "her husband to come out of the car", Some("She")), (QuoteKind::Direct, "Don't you do it,", Some("She"))],
        );
    }

    #[test]
    fn an_excerpt_framed_by_straight_marks_keeps_its_curly_quotations() {
        // A text that quotes in curly marks excerpts another paper, each paragraph opened by `"`.
        let s = "“We will win,” the mayor said. “Yes,” he added. “No,” she said.\n\nThe Post reports:\n\n\"The first time she saw him, at a rally in June, she was one among millions, after what she called a “rant,” online.\n\n\"Melanie thought the whole thing was outrageous, and said so.\n\n“It never crossed my mind that I’m losing it,” she said months later, and she meant it.\n\nThe end.";
        let got: Vec<(QuoteKind, String, Option<String>)> = quotes(s).into_iter().map(|q| (q.kind, q.text, q.speaker)).collect();
        let direct = |text: &str, speaker: &str| (QuoteKind::Direct, text.to_string(), Some(speaker.to_string()));
        // The excerpt's last paragraph does not run on into the quotation after it.
        assert_eq!(got.last(), Some(&direct("It never crossed my mind that I’m losing it,", "she")), "{got:?}");
        assert!(got.iter().all(|q| !q.1.starts_with("The first time") && !q.1.starts_with("Melanie")), "the excerpt's own words are no quotation: {got:?}");
        // A straight mark closed by a curly one is a quotation in mixed styles, not an excerpt.
        let s = "“We will win,” the mayor said. “Yes.” “No.”\n\n\"I know. I know. It is a dangerous moment,” Henry said of the “terrible anxiety” she sees.";
        assert!(quotes(s).iter().any(|q| q.kind == QuoteKind::Direct && q.text == "I know. I know. It is a dangerous moment,"));
    }

    #[test]
    fn a_transcript_in_marks_gives_one_quote_a_turn() {
        let s = "Partial transcript as follows:\n\n\"WALLACE: Let’s start with the debate. Will she be there?\n\n\"PENCE: Well, look, Clinton thinks this is an episode of “Shark Tank.” But this is America, Chris.\n\n\"(CROSSTALK.)\n\n\"WALLACE:\u{a0} If I may, sir, I want to ask you again.\n\n\"PENCE: She will not be there.\n\nFollow us on Twitter.";
        let got: Vec<(String, Option<String>)> = quotes(s).into_iter().filter(|q| q.kind == QuoteKind::Direct).map(|q| (q.text, q.speaker)).collect();
        let turn = |text: &str, speaker: &str| (text.to_string(), Some(speaker.to_string()));
        assert_eq!(
            got,
            [
                turn("Let’s start with the debate. Will she be there?", "WALLACE"),
                // The quotation inside the turn stays in it: the turn runs on to its paragraph's end.
                turn("Well, look, Clinton thinks this is an episode of “Shark Tank.” But this is America, Chris.", "PENCE"),
                turn("If I may, sir, I want to ask you again.", "WALLACE"),
                turn("She will not be there.", "PENCE"),
            ]
        );
        // One label alone is no transcript, nor labels that never come back, nor a headline
        // label twice: the quote keeps its words and its speaker.
        let q = the_one_quote("The mayor wrote:\n\n\"UPDATE: The road is open again.");
        assert_eq!(q.text, "UPDATE: The road is open again.");
        let q = the_one_quote("The mayor said:\n\n\"FIRST: We open the road.\n\n\"SECOND: We mend the bridge.");
        assert_eq!(q.text, "FIRST: We open the road. | SECOND: We mend the bridge.");
        let q = the_one_quote("The mayor said:\n\n\"UPDATE: We open the road.\n\n\"UPDATE: We mend the bridge.");
        assert_eq!(q.text, "UPDATE: We open the road. | UPDATE: We mend the bridge.");
        // Words between stage directions are words.
        let got = quotes("Partial transcript:\n\n\"SMITH: Will you run?\n\n\"JONES: (Laughs) We'll see (maybe).\n\n\"SMITH: Thank you.");
        assert!(got.iter().any(|q| q.text == "(Laughs) We'll see (maybe)." && q.speaker.as_deref() == Some("JONES")), "{got:?}");
        // Labels are words in capitals: "Note: …" and "He said: …" open no turn.
        assert_eq!(turn_label("Note: the road is open."), None);
        assert_eq!(turn_label("SEN. JOHN MCCAIN: We will."), Some((16, 18)));
        assert_eq!(turn_label("WALLACE:"), None);
        assert_eq!(turn_label("😀: x"), None);
    }

    #[test]
    fn a_transcript_without_marks_gives_a_reported_quote_a_turn() {
        let s = "Partial transcript as follows:\n\nJAKE TAPPER: Trump released a video on Friday. Take a listen.\n\n(BEGIN VIDEO CLIP.)\n\nTRUMP: We have to do more to make every American feel safe.\n\n(END VIDEO CLIP.)\n\nTAPPER: Here is the line. “We will heal this country together.” Do you believe him?\n\nFALLIN: I think he is trying to campaign as one.\n\nFollow us on Twitter.";
        let got: Vec<(QuoteKind, String, Option<String>)> = quotes(s).into_iter().map(|q| (q.kind, q.text, q.speaker)).collect();
        let turn = |text: &str, speaker: &str| (QuoteKind::Indirect, text.to_string(), Some(speaker.to_string()));
        assert_eq!(
            got,
            [
                turn("Trump released a video on Friday. Take a listen.", "JAKE TAPPER"),
                turn("We have to do more to make every American feel safe.", "TRUMP"),
                // A quotation inside a turn, with no attribution of its own, is the turn's.
                turn("Here is the line. “We will heal this country together.” Do you believe him?", "TAPPER"),
                turn("I think he is trying to campaign as one.", "FALLIN"),
            ]
        );
        // Labels that never come back are a list, not a transcript; nor is a headline label twice.
        for s in ["The plan has two steps.\n\nFIRST: We open the road.\n\nSECOND: We mend the bridge.", "UPDATE: The road is open.\n\nUPDATE: The bridge is mended."] {
            assert!(quotes(s).is_empty(), "{s:?}: {:?}", quotes(s));
        }
    }

    #[test]
    fn an_inner_closing_mark_of_the_same_style_may_close_the_outer_quote() {
        // The attribution is not swallowed into a quote that runs on to the paragraph's end.
        let got = quotes("“This is what he called “a disgrace,” Smith said.\n\nThe hearing ended.");
        assert!(got.iter().all(|q| !q.text.contains("Smith said")), "{got:?}");
        assert!(got.iter().any(|q| q.text.ends_with("a disgrace,") && q.speaker.as_deref() == Some("Smith")), "{got:?}");
    }

    #[test]
    fn page_furniture_in_marks_ends_a_quote_over_paragraphs() {
        let s = "Partial transcript as follows:\n\n\"WALLACE: Will she be there?\n\n\"PENCE: She will not.\n\n\"WALLACE: Governor, I want to try to get —.\n\n\"PENCE: And that’s why he is on his way to the White House.\n\n\"Follow Pam Key on Twitter @pamkeyNEN.\"";
        let got = quotes(s);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!((got[3].text.as_str(), got[3].speaker.as_deref()), ("And that’s why he is on his way to the White House.", Some("PENCE")));
        // A paragraph after no open quote is a quotation, whatever it looks like.
        let tweet = quotes("Clinton replied on Twitter:\n\n\"Delete your account. @realDonaldTrump\"");
        assert_eq!((tweet.len(), tweet[0].speaker.as_deref()), (1, Some("Clinton")), "{tweet:?}");
        let said = quotes("The boys were squabbling with the police.\n\n''Follow us,'' Ms. Gil said, and the boys trailed behind.");
        assert_eq!((said[0].text.as_str(), said[0].speaker.as_deref()), ("Follow us,", Some("Ms. Gil")));
    }

    #[test]
    fn a_quote_over_paragraphs_goes_on_in_the_marks_it_opened_with() {
        // An excerpt opened by straight marks ends where a paragraph opens with a curly one.
        let s = "From Andrea Peyser writing at The New York Post:\n\n\"Rising to the A-list requires extreme cunning and good hair.\n\n\"At the first debate, Kelly unloaded on the front-runner with a “question” that amounted to a spanking.\n\n“You’ve called women you don’t like fat pigs,” Kelly charged.";
        let got: Vec<(String, Option<String>)> = quotes(s).into_iter().map(|q| (q.text, q.speaker)).collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].0.starts_with("Rising to the A-list") && got[0].0.ends_with("amounted to a spanking."), "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Andrea Peyser"));
        assert_eq!(got[1], ("You’ve called women you don’t like fat pigs,".to_string(), Some("Kelly".to_string())));
    }

    #[test]
    fn speakers_named_before_a_participle_or_a_venue() {
        let cases = [
            ("The spot ends with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him.", "That makes me smart,", "Trump"),
            ("Sanders said at a town hall meeting on Monday, “The system is rigged against working people.”", "The system is rigged against working people.", "Sanders"),
        ];
        for (input, text, speaker) in cases {
            let q = the_one_quote(input);
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (QuoteKind::Direct, text, Some(speaker)), "{input:?}");
        }
    }

    #[test]
    fn a_whole_sentence_quoted_after_a_comma_is_said() {
        let cases = [
            // The sentence's subject speaks through a statement or a post.
            (
                "Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked by a radical terrorist.”",
                "Last night, our nation was attacked by a radical terrorist.",
                Some("Trump"),
            ),
            // "continue" is a verb of saying.
            (
                "Beck spoke for an hour.\n\nHe continued, “There will be maybe 10 to 15 percent of the population that will just become violent.”",
                "There will be maybe 10 to 15 percent of the population that will just become violent.",
                Some("He"),
            ),
        ];
        for (input, text, speaker) in cases {
            let q = the_one_quote(input);
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (QuoteKind::Direct, text, speaker), "{input:?}");
        }
        assert_eq!(quotes(cases[1].0)[0].cue.as_deref(), Some("continued"));
        // A sentence quoted whole with no subject to name is not handed to the last speaker.
        let got = quotes("“We will win,” Smith said.\n\nThe campaign unveiled a new billboard on Tuesday, “Are you better off than you were four years ago?”");
        // (The sentence's own subject, a name or a description, may be: here "The campaign".)
        assert!(got.iter().all(|q| !(q.text.starts_with("Are you") && q.speaker.as_deref().is_some_and(|s| s != "The campaign"))), "billboard: {got:?}");
        let got = quotes("“We will win,” Smith said.\n\nThen came a new billboard on Tuesday, “Are you better off than you were four years ago?”");
        assert!(got.iter().all(|q| !(q.text.starts_with("Are you") && q.speaker.is_some())), "billboard: {got:?}");
        // "According to X, “…”" quotes X, also when the quotation opens with an editor's
        // bracket and goes on past the sentence.
        for (input, text) in [
            ("According to the ministry, “The talks will resume next week.”", "The talks will resume next week."),
            ("The host spoke next.\n\nAccording to Smith, “[T]he plan will fail. It always does.”", "[T]he plan will fail. It always does."),
        ] {
            let q = the_one_quote(input);
            assert_eq!((q.kind, q.text.as_str(), q.cue.as_deref()), (QuoteKind::Direct, text, Some("According to")), "{input:?}");
        }
        // A slogan in title case is not a sentence said ("hats that read, “…”").
        assert!(quotes("Hundreds of supporters wore red hats that read, “Make America Great Again.”").iter().all(|q| q.kind != QuoteKind::Direct));
    }

    #[test]
    fn a_title_inside_the_attribution_is_passed_over() {
        let cases = [
            (
                "\"Donald Trump is a fraud,\" Perez said Sunday on NBC's \"Meet the Press.\" \"Listening to him talk about working people is laughable.\"",
                "Donald Trump is a fraud, | Listening to him talk about working people is laughable.",
                "Perez",
            ),
            (
                "“We’re going to release our medical records,” Sanders said during an interview on CNN’s “State of the Union” Sunday. “Thank God, I am very healthy.”",
                "We’re going to release our medical records, | Thank God, I am very healthy.",
                "Sanders",
            ),
        ];
        for (input, text, speaker) in cases {
            let q = the_one_quote(input);
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (QuoteKind::Direct, text, Some(speaker)), "{input:?}");
        }
    }

    #[test]
    fn described_as_reports_the_one_described_and_as_what() {
        let cases = [
            (
                "Trump described the country as beset by illegal immigrants, some of them killers.",
                QuoteKind::Indirect,
                "the country as beset by illegal immigrants, some of them killers",
                "Trump",
            ),
            ("At a rally in Milwaukee this spring, she described Trump as \"kind\" with a \"great heart.\"", QuoteKind::Mixed, "Trump as \"kind\" with a \"great heart.", "she"),
            // It ends at a semicolon, and before a contrast with a speaker of its own.
            ("Analysts described the results as strong; the company said growth would slow.", QuoteKind::Indirect, "the results as strong", "Analysts"),
            ("Republicans described the indictment as political, while Democrats called it “long overdue.”", QuoteKind::Indirect, "the indictment as political", "Republicans"),
            // The relative clause's content ends where its antecedent's verb goes on.
            ("Mr. Guerrero, a Republican who said he was a religious Catholic, said he recoiled.", QuoteKind::Indirect, "he was a religious Catholic", "a Republican"),
        ];
        for (input, kind, text, speaker) in cases {
            let got = quotes(input);
            let q = got.first().expect("a quote");
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (kind, text, Some(speaker)), "{input:?}");
        }
        // The contrast's own speaker keeps its words; so does the sentence's verb after a
        // relative clause of the speaker's.
        let got = quotes("Republicans described the indictment as political, while Democrats called it “long overdue.”");
        assert_eq!(got.last().map(|q| (q.text.as_str(), q.speaker.as_deref())), Some(("it “long overdue.”", Some("Democrats"))));
        let got = quotes("The ambassador, a career diplomat who described the talks as productive, said a deal was close.");
        assert!(got.iter().any(|q| q.text == "a deal was close" && q.cue.as_deref() == Some("said")), "{got:?}");
    }

    #[test]
    fn words_in_marks_a_verb_of_naming_gives_its_object_are_mixed_reported_speech() {
        let cases = [
            (
                "Clinton tweeted her thanks. She called his executive actions “a crucial step forward on gun violence.”",
                "his executive actions “a crucial step forward on gun violence.”",
                "She",
            ),
            (
                "Jeb Bush, the former Florida governor, called his rival ''totally scripted and kind of robotic.''",
                "his rival ''totally scripted and kind of robotic.''",
                "Jeb Bush, the former Florida governor",
            ),
            ("Trump called her “a nasty woman” during the debate.", "her “a nasty woman”", "Trump"),
            // A participle right after a noun names for that noun's phrase alone.
            ("The report cited a memo calling the merger “a disaster.”", "the merger “a disaster.”", "a memo"),
            ("The bill drew fierce opposition, with critics calling the plan “a giveaway to insurers.”", "the plan “a giveaway to insurers.”", "critics"),
            ("A statement calling the election “rigged” was posted online.", "the election “rigged”", "A statement"),
            // A list after the comma; a participle after a name.
            ("Trump called the senator a \"nasty guy,\" an \"anchor baby\" and worse.", "the senator a \"nasty guy,\"", "Trump"),
            (
                "Teachers cheered, with the American Federation of Teachers calling her “the champion working families need.”",
                "her “the champion working families need.”",
                "the American Federation of Teachers",
            ),
            // After a quotation's attribution, its speaker.
            ("“This is outrageous,” Ms. Warren said, calling the ruling “a betrayal.”", "the ruling “a betrayal.”", "Ms. Warren"),
            // (After a report of its own: the second clause's subject.)
            ("The FBI asked Apple to unlock the phone, but Apple called the request “dangerous.”", "the request “dangerous.”", "Apple"),
            // A participle after a comma names for the sentence's subject.
            ("He went on to endorse Ayotte, calling her “a rising star.”", "her “a rising star.”", "He"),
            // (After an inverted attribution; a subject with a long description set off.)
            ("“We won,” said Mr. Lee, calling the result “historic.”", "the result “historic.”", "Mr. Lee"),
            (
                "A senior defense official, speaking on the condition of anonymity to discuss ongoing negotiations, called the new rules “a big, big deal.”",
                "the new rules “a big, big deal.”",
                "A senior defense official",
            ),
        ];
        for (input, text, speaker) in cases {
            let got = quotes(input);
            let q = got.last().expect("a quote");
            assert_eq!(
                (q.kind, q.text.as_str(), q.speaker.as_deref(), q.cue.as_deref().map(|c| c.starts_with("call"))),
                (QuoteKind::Mixed, text, Some(speaker), Some(true)),
                "{input:?}"
            );
        }
        // Named by a relative clause's subject: the pronoun and the words after the verb.
        for (input, text, speaker) in [
            ("He was fined for what he called a \"brazen breach\" of U.N. resolutions.", "what | a \"brazen breach\"", "he"),
            ("She rejected what critics have called “a rigged system.”", "what | “a rigged system.”", "critics"),
            ("Trump attacked Rubio, whom he called a “con artist.”", "whom | a “con artist.”", "he"),
        ] {
            let got = quotes(input);
            let q = got.last().expect("a quote");
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (QuoteKind::Mixed, text, Some(speaker)), "{input:?}");
        }
        assert!(quotes("It was what nobody has ever called “a success.”").is_empty());
        let got = quotes("He dismissed what he described as a “witch hunt” by the press.");
        assert_eq!(got.last().map(|q| (q.kind, q.text.as_str(), q.speaker.as_deref())), Some((QuoteKind::Mixed, "what | a “witch hunt”", Some("he"))));
        // Words named are no quotation of a verb set before its subject after them, but the
        // sentence's report after its subject still takes them in.
        assert!(quotes("The governor, calling the storm “historic,” declared a state of emergency.").iter().all(|q| q.cue.as_deref() != Some("declared")));
        let got = quotes("Her liberal friends have mocked Trump’s campaign, calling Trump “an orange buffoon,” Susan said as she turned around.");
        assert_eq!(got.first().and_then(|q| q.speaker.as_deref()), Some("Susan"));
        // (So does a plain verb of saying set before its subject: the report is the sayer's.)
        let got = quotes("The union called the offer “insulting,” said Ms. Reed, its president.");
        assert_eq!(got.first().map(|q| (q.text.as_str(), q.speaker.as_deref())), Some(("The union called the offer “insulting,", Some("Ms. Reed"))));
        // Not a request, a name, an adjective or an object that is only a determiner.
        for input in [
            "The mayor called for more “flexibility” in the budget.",
            "A group called “Women for Trump” met on Monday.",
            "It was a so-called “reform” of the tax code.",
            "The chair may call a “special meeting” of the committee.",
            // (A second review's cases: denied, a title in or before the complement, a name
            // for one's own, a participle after a common noun.)
            "He did not call the attack “terrorism.”",
            "The senator never called the deal “a betrayal.”",
            "The critic called the movie “Barbie” a triumph.",
            "She called the episode of “Friends” her favorite.",
            "The company called its new headset “Vision Pro.”",
            "He never once called the war a “mistake.”",
        ] {
            assert!(quotes(input).iter().all(|q| q.cue.as_deref().is_none_or(|c| !c.contains("call"))), "{input:?}: {:?}", quotes(input));
        }
    }

    #[test]
    fn a_title_before_the_attribution_is_not_the_quotation() {
        let cases = [
            (
                "On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Pence said his running mate’s tweet was only meant to mock the Clinton camp.",
                "his running mate’s tweet was only meant to mock the Clinton camp",
                "Gov. Mike Pence",
            ),
            (
                "In an interview on CBS's \"Face the Nation,\" House Speaker Paul D. Ryan (R-Wis.) said the shootings demand that all Americans listen more.",
                "the shootings demand that all Americans listen more",
                "House Speaker Paul D. Ryan (R-Wis.)",
            ),
        ];
        for (input, text, speaker) in cases {
            let q = the_one_quote(input);
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (QuoteKind::Indirect, text, Some(speaker)), "{input:?}");
        }
        // (A second review's cases: a capitalised "In", and "for".)
        let q = the_one_quote("In “The Art of the Deal,” Mr. Trump wrote, “I like thinking big.”");
        assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (QuoteKind::Direct, "I like thinking big.", Some("Mr. Trump")));
        let q = the_one_quote("In an essay for “Foreign Affairs,” the former diplomat said sanctions had failed.");
        assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (QuoteKind::Indirect, "sanctions had failed", Some("the former diplomat")));
        // With nobody's report after it, a title is no quotation either.
        assert!(quotes("The 30-second spot, titled “Arrogant,” features a New York Times reporter.").is_empty());
    }

    #[test]
    fn a_statement_or_a_report_speaks_as_it() {
        let got = quotes("“Only one in three understand where the senior management team is leading us,” the survey found. “Even fewer believe in it,” it added.");
        let last = got.last().expect("a quote");
        assert_eq!((last.kind, last.text.as_str(), last.speaker.as_deref()), (QuoteKind::Direct, "Even fewer believe in it,", Some("it")));
    }

    #[test]
    fn speakers_with_an_age_a_post_modifier_or_a_text() {
        let cases = [
            ("“He will go to work for you,” said the 46-year-old.", "the 46-year-old"),
            // An apposition or an age, then auxiliaries before the verb.
            ("“My client is innocent,” Ortiz, the lawyer, later said.", "Ortiz, the lawyer"),
            ("“My client is innocent,” Ortiz, 45, has said.", "Ortiz, 45"),
            ("“Money is not a problem,” said one Democrat familiar with the planning.", "one Democrat familiar with the planning"),
            ("“The list is long,” says a source involved in the group’s creation.", "a source involved in the group’s creation"),
            ("“It is complicated,” said one person with knowledge of the talks.", "one person with knowledge of the talks"),
            // Written words are read: "the statement read", "reads the editorial".
            ("“The results of that meeting will be revealed soon,” the statement read.", "the statement"),
            ("“We are close to the number,” said one of those advisers, who spoke on the condition of anonymity.", "one of those advisers"),
            ("“They should be ashamed,” reacted Trump.", "Trump"),
            ("At one point, a woman asked for a photo and Clinton said, “Of course, let us take it.”", "Clinton"),
            ("When Robert Kane, the mayor's adviser, was asked whether Jones would run, he laughed and said, “We will see about that.”", "he"),
            // The colon that introduces the quote may end the paragraph before it.
            ("Cruz continued:\n\n“You look at the questions and you see what they are.”", "Cruz"),
        ];
        for (input, speaker) in cases {
            assert_eq!(the_one_quote(input).speaker.as_deref(), Some(speaker), "{input:?}");
        }
    }

    #[test]
    fn a_sentence_interrupted_by_its_attribution_and_finished_in_marks_is_mixed() {
        let cases = [
            ("There was, she said, “an implicit bargain.”", "There was | an implicit bargain.", "she"),
            (
                "When Patriot signaled last summer that it would deal with Mr. Clarke, Mr. Barrett said, \"we were floored.\"",
                "When Patriot signaled last summer that it would deal with Mr. Clarke | we were floored.",
                "Mr. Barrett",
            ),
            // Words after the closing mark are reported too.
            (
                "Still, Mr. Devine said, ''we're going to need some big wins at the end'' of the season.",
                "Still | ''we're going to need some big wins at the end'' of the season",
                "Mr. Devine",
            ),
        ];
        for (input, text, speaker) in cases {
            let q = the_one_quote(input);
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (QuoteKind::Mixed, text, Some(speaker)), "{input:?}");
        }
        // A whole sentence after the attribution is said as it stands, and words before an
        // attribution that is not set off by commas are not taken into the quote.
        let q = the_one_quote("In the end, Mr. Devine said, “We will win this.”");
        assert_eq!((q.kind, q.text.as_str()), (QuoteKind::Direct, "We will win this."));
        for s in ["On Monday, Cruz said “we will win the state.”", "Still, Cruz continued: “we will win.”", "He says that “as a nation, we have to do better.”"] {
            assert!(quotes(s).iter().all(|q| !q.text.starts_with(['O', 'S', 'H'])), "{s:?}: {:?}", quotes(s));
        }
    }

    #[test]
    fn a_phrase_set_before_a_whole_quoted_sentence_is_not_its_words() {
        use QuoteKind::*;
        let cases: &[(&str, (QuoteKind, &str, &str))] = &[
            ("In a statement, “We will not be intimidated by anyone,” the mayor said.", (Direct, "We will not be intimidated by anyone,", "the mayor")),
            ("On Tuesday, “The committee will vote on the measure,” Smith said.", (Direct, "The committee will vote on the measure,", "Smith")),
            ("Speaking to reporters, “It is over for them,” Mr. Ryan said on Capitol Hill.", (Direct, "It is over for them,", "Mr. Ryan")),
            // A quotation that goes on from the phrase in lowercase finishes its sentence:
            // the phrase is reported with it.
            (
                "In past campaigns, “we felt that we could reach the people we need to reach,” he said.",
                (Mixed, "In past campaigns, “we felt that we could reach the people we need to reach,", "he"),
            ),
            // A clause before the mark is reported, whatever its first word.
            ("As the votes came in, “it was clear that we had won the state,” Ms. Lee said.", (Mixed, "As the votes came in, “it was clear that we had won the state,", "Ms. Lee")),
        ];
        for (input, (kind, text, speaker)) in cases {
            let q = the_one_quote(input);
            assert_eq!((q.kind, q.text.as_str(), q.speaker.as_deref()), (*kind, *text, Some(*speaker)), "{input:?}");
        }
    }

    #[test]
    fn a_quoted_fragment_in_reported_speech_keeps_its_whole_clause() {
        use QuoteKind::*;
        let cases: &QuoteCases = &[
            // The clause's subject before the mark, and its words after it.
            ("Ryan said he was “troubled” by the situation in Tulsa.", &[(Mixed, "he was “troubled” by the situation in Tulsa", "Ryan")]),
            // Up to another report: the same speaker's, or another's.
            (
                "Cruz urged Republicans to “vote your conscience” and said he was standing on truth and principle.",
                &[(Mixed, "Republicans to “vote your conscience", "Cruz"), (Indirect, "he was standing on truth and principle", "Cruz")],
            ),
            (
                "Cruz accused Obama of \"leading from behind\" and Donald Trump says he's \"losing the war on terrorism.\"",
                &[(Mixed, "Obama of \"leading from behind", "Cruz"), (Mixed, "he's \"losing the war on terrorism.", "Donald Trump")],
            ),
            // Not ending on a preposition the cut leaves.
            ("Pope Francis said Mr. Trump ''is not Christian'' in answering a reporter's question.", &[(Mixed, "Mr. Trump ''is not Christian", "Pope Francis")]),
            // A quotation that opens its sentence, attributed at the end after more words of
            // the sentence, is quoted within that reported sentence (not the last speaker's
            // next direct quote).
            (
                "“We are shocked,” Nefzi said. “We don't teach anything” against homosexuality in the mosque meetings, he said.",
                &[(Direct, "We are shocked,", "Nefzi"), (Mixed, "“We don't teach anything” against homosexuality in the mosque meetings", "he")],
            ),
            // The same after a speaker of several words.
            (
                "\"We've built organizations in each state\" there and in states that vote in March, the memo said.",
                &[(Mixed, "\"We've built organizations in each state\" there and in states that vote in March", "the memo")],
            ),
            // A quotation the reported speech does not take in stays a quotation.
            ("''The court expresses no view on the merits'' of the case, the unsigned opinion noted.", &[(Direct, "The court expresses no view on the merits", "-")]),
            // (Before "said" the determiner's phrase is a speaker, whatever its noun.)
            (
                "''The court expresses no view on the merits'' of the case, the unsigned opinion said.",
                &[(Mixed, "''The court expresses no view on the merits'' of the case", "the unsigned opinion")],
            ),
            // Nor the continuation of the quotation before it, though the sentence goes on
            // after its attribution with a participle that says how it was said (which
            // reports nothing of hers).
            (
                "“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price, she said, referencing the bank’s drive to sell more.",
                &[(Direct, "This just isn’t right,", "Warren"), (Mixed, "“You squeezed employees to the breaking point” to drive up the stock price", "she")],
            ),
            // A clause that opens the sentence ends its report there, also after a time, and a
            // quoted fragment after the next speaker's verb is that speaker's.
            (
                "Although in September she said her decision was a mistake, at the town hall this week she said she did not believe it amounted to “an error in judgement.”",
                &[(Indirect, "her decision was a mistake", "she"), (Mixed, "she did not believe it amounted to “an error in judgement.", "she")],
            ),
            (
                "Although in September the governor said her decision was a mistake, at the town hall the governor said it was “an error in judgement.”",
                &[(Indirect, "her decision was a mistake", "the governor"), (Mixed, "it was “an error in judgement.", "the governor")],
            ),
            (
                "Trump argued the program should be kept, but Rubio said only that it needed “serious reform.”",
                &[(Indirect, "the program should be kept", "Trump"), (Mixed, "it needed “serious reform.", "Rubio")],
            ),
            // So after "that" and a comma.
            (
                "Trump tweeted that, “For those few people knocking me for tweeting at three in the morning, at least you know I will be there!”",
                &[(Mixed, "For those few people knocking me for tweeting at three in the morning, at least you know I will be there!", "Trump")],
            ),
            // Words of the sentence after the quotation and before its attribution are
            // reported with it.
            ("Obama will “fight for every vote” in Ohio, Clinton said.", &[(Mixed, "Obama will “fight for every vote” in Ohio", "Clinton")]),
            // "that" after "told" and its object opens the reported clause, not a time.
            ("He told the crowd that evening “this is our moment to win.”", &[(Direct, "this is our moment to win.", "He")]),
            // A clause ending on a word that needs more goes on in the quotation after it,
            // also over several sentences to the paragraph's end.
            (
                "She added that the black vote seems more anti-Trump than pro-Clinton, which is a problem because, “In the end, we don’t vote against somebody. We vote for somebody.”",
                &[(Mixed, "the black vote seems more anti-Trump than pro-Clinton, which is a problem because, “In the end, we don’t vote against somebody. We vote for somebody.", "She")],
            ),
            ("He said the plan would fail because of \"the sheer size of the debt we carry.\"", &[(Mixed, "the plan would fail because of \"the sheer size of the debt we carry.", "He")]),
            // (Not after a clause complete in itself: the quotation stands as it is.)
            (
                "She said the plan had failed, “Nobody will admit it. Nobody.”",
                &[(Indirect, "the plan had failed", "She"), (Direct, "Nobody will admit it. Nobody.", "She")],
            ),
            // (A term before a dash stays in the reported clause.)
            ("Sanders said “Wall Street” — not voters — runs the party.", &[(Mixed, "“Wall Street” — not voters — runs the party", "Sanders")]),
            // Whole sentences quoted, then the writer's aside after a dash: direct.
            (
                "Peter Thiel said, \"I am proud to be gay. But most of all, I am proud to be an American\" - the first to make such a declaration at a GOP convention.",
                &[(Direct, "I am proud to be gay. But most of all, I am proud to be an American", "Peter Thiel")],
            ),
            // A phrase of the sentence before the speaker's name is not part of it.
            (
                "“If there had not been that intervention” by the United States, Clinton said at a town hall on Monday, “we would be looking at Syria now.”",
                &[(Direct, "If there had not been that intervention | we would be looking at Syria now.", "Clinton")],
            ),
        ];
        each_gives_these_quotes(cases);
    }

    #[test]
    fn a_whole_sentence_set_off_by_dashes_is_said() {
        each_gives_one_quote(&[
            // The name before the dash says it.
            (
                "Many Republicans agree, including the former candidate Mitt Romney -- ''It is disqualifying for a nominee to hide tax returns'' -- and Fred Goldberg.",
                "It is disqualifying for a nominee to hide tax returns",
                "Mitt Romney",
            ),
            // Otherwise the sentence's subject.
            ("Mr. Trump hardly clarified the matter, treating her remark as a compliment -- ''That makes me smart'' -- and moved on.", "That makes me smart", "Mr. Trump"),
            ("When Trump finally wrapped up — “I will fight for you, and I will win for you!” — the balloons came down.", "I will fight for you, and I will win for you!", "Trump"),
        ]);
        // A name in title case between dashes is no utterance.
        assert!(quotes("The party has called a referendum — “No to Free Lawyers” — for June 5.").is_empty());
    }

    #[test]
    fn nicknames_and_titles_inside_the_speakers_name() {
        each_gives_one_quote(&[
            // A nickname in marks is part of the name, not a quotation of its own.
            ("\"We will win this year,\" state Del. Marcia \"Cia\" Price shouted.", "We will win this year,", "state Del. Marcia \"Cia\" Price"),
            ("“We have the votes,” Thomas “Tip” O’Neill said.", "We have the votes,", "Thomas “Tip” O’Neill"),
            // A possessive description before the name, and a relative's noun.
            ("\"We will win this year,\" Scott's niece, Marcia Price (D-Newport News), said.", "We will win this year,", "Scott's niece, Marcia Price (D-Newport News)"),
            ("“It was his idea,” said the senator’s nephew.", "It was his idea,", "the senator’s nephew"),
        ]);
        // A lowercase word in marks between names is no nickname.
        assert!(!quotes("“We will see,” he said. He called Trump \"crazy\" Tuesday.").is_empty());
        let t = Text::new("He called Trump \"crazy\" Tuesday.");
        assert!((0..t.tokens.len()).all(|i| nickname_at(&t, i).is_none()));
    }

    #[test]
    fn speakers_named_by_a_plural_a_participle_or_a_headline_word() {
        let cases = [
            // A plural person noun, and a title in quotes inside the speaker's phrase, which
            // is not the quotation resumed.
            (
                "“We have to engage them,” wrote the authors of the “Growth and Opportunity Project,” giving an example. “If they think we do not want them here, they will close their ears.”",
                "We have to engage them, | If they think we do not want them here, they will close their ears.",
                "the authors",
            ),
            ("“There never was a stand-down order,” said the base chief known as Bob. “At no time did I doubt it.”", "There never was a stand-down order, | At no time did I doubt it.", "the base chief"),
            ("“The email contains the address,” Judicial Watch added.", "The email contains the address,", "Judicial Watch"),
            ("“How are you today?” Miller, a retired worker from a nuclear plant, said pleasantly.", "How are you today?", "Miller, a retired worker from a nuclear plant"),
            ("“We will not back down,” said another leading Supreme Court advocate, Andrew Pincus.", "We will not back down,", "another leading Supreme Court advocate"),
            // Right after the quote, a description opened by a determiner, in no list.
            (
                "“It was hard to go back to work,” said the designer, who works for another brand. “But it is a company that cares.”",
                "It was hard to go back to work, | But it is a company that cares.",
                "the designer",
            ),
            ("“We are anxious,” said another Twitter user, Johanna Bayer. “The attacks are getting ever closer.”", "We are anxious, | The attacks are getting ever closer.", "another Twitter user"),
            // A possessive opens a description too, and a colleague is someone.
            ("“He was the reason I went into mining,” his colleague wrote on Facebook.", "He was the reason I went into mining,", "his colleague"),
            ("“She never missed a rent payment,” her landlord said.", "She never missed a rent payment,", "her landlord"),
            // A determiner's description before the name, and a verb of saying by its tone.
            ("“He deserved it,” the assailant, John McGraw, told the program. “Next time, we might have to kill him.”", "He deserved it, | Next time, we might have to kill him.", "the assailant, John McGraw"),
            ("“Let me talk,” Oliver barked at the moderator.", "Let me talk,", "Oliver"),
        ];
        each_gives_one_quote(&cases);
    }

    #[test]
    fn a_participle_clause_or_a_time_is_no_speaker() {
        // "echoing some far-right commentators" is a clause about the subject, not a source.
        let q = quotes("The senator is among those sounding the alarm, echoing security experts who say the services doctor documents.");
        assert!(q.iter().all(|q| q.speaker.as_deref() != Some("echoing security experts")), "{q:?}");
        // "said the next day" names a time.
        let q = the_one_quote("“The talks will go on until we have a deal with them,” said the next day.");
        assert_eq!(q.speaker, None);
        // A passive's subject heard the words; it did not say them.
        for s in ["“Stay calm and keep the doors shut,” his staff were told.", "“Stay calm and keep the doors shut,” the staff were told."] {
            let q = the_one_quote(s);
            assert_eq!((q.kind, q.speaker), (QuoteKind::Direct, None), "{s:?}");
        }
        // A possessive's phrase before a name is a clause of its own, not a description of him.
        let q = quotes("“I love this state,” his voice cracking, Reed said.");
        assert!(q.iter().all(|q| q.speaker.as_deref() == Some("Reed")), "{q:?}");
        // Words after a quoted fragment go on with the sentence: they describe nobody.
        let q = the_one_quote("The new rules will “reshape” the whole market, Warren said on Monday.");
        assert_eq!((q.kind, q.speaker.as_deref()), (QuoteKind::Mixed, Some("Warren")));
    }

    #[test]
    fn names_ending_in_ing_speak_and_participles_do_not() {
        let cases = [
            ("“We will march again next year,” said Manning.", Some("Manning")),
            ("King said the march would go on through the winter.", Some("King")),
            // A participle opening the sentence is no speaker; the subject after it is.
            ("Conceding, Smith said the march would go on through the winter.", Some("Smith")),
        ];
        for (input, speaker) in cases {
            assert_eq!(the_one_quote(input).speaker.as_deref(), speaker, "{input:?}");
        }
        assert!(quotes("Conceding, “we lost the vote,” was hard for the mayor.").iter().all(|q| q.speaker.as_deref() != Some("Conceding")));
    }

    #[test]
    fn openers_names_and_descriptions_are_told_apart() {
        let cases = [
            // A participle or an adverb opens the sentence; a name in "-ly" is the subject.
            ("Campaigning in Iowa on Monday, Clinton was blunt: “We are going to win this state.”", "Clinton"),
            ("Kelly, Trump’s chief of staff, was blunt: “We are not going to negotiate.”", "Kelly"),
        ];
        for (input, speaker) in cases {
            assert_eq!(the_one_quote(input).speaker.as_deref(), Some(speaker), "{input:?}");
        }
        // A state after a city's comma belongs to the opener; an age to the name after it.
        let q = quotes("At a campaign event in Mobile, Alabama, 62-year-old Brenda Jones also railed against the plan, and explained how much it upset her to pay more.");
        assert_eq!(q.first().and_then(|q| q.speaker.as_deref()), Some("62-year-old Brenda Jones"), "{q:?}");
        // Read to five capitalised words, the subject does not end at "of".
        let q = quotes("Caucus Chairman G.K. Reyes of Texas said he was “outraged” to even hear about it, arguing that “ending the rule would be unfair.”");
        assert_eq!(q.last().and_then(|q| q.speaker.as_deref()), Some("Caucus Chairman G.K. Reyes"), "{q:?}");
        // A name with "of" in it is no description to pass over.
        let q = the_one_quote("On Tuesday, Senator Reyes of Texas, the committee chairman, said the bill would not pass the Senate this year.");
        assert_eq!(q.speaker.as_deref(), Some("Senator Reyes of Texas, the committee chairman"));
        // The adjective after a determiner stays with the phrase before "who".
        let q = the_one_quote("A retired Army general who served in Iraq said the plan would fail within a year.");
        assert_eq!(q.speaker.as_deref(), Some("A retired Army general who served in Iraq"));
        // A short exclamation alone after a quote goes on the run; it is no title.
        let got = quotes("Trump wrote on Twitter: “The failing paper is wrong again.”\n\n“Sad!”");
        assert_eq!(got.last().map(|q| (q.text.as_str(), q.speaker.as_deref())), Some(("Sad!", Some("Trump"))));
    }

    #[test]
    fn quoted_words_leave_the_attribution_to_the_quotation_after_it() {
        let got = quotes("Remarking upon the mayor's “quiet resolve,” Jones said, “Leave aside the politics, her resolve is absolutely clear.”");
        let q = got.iter().find(|q| q.kind == QuoteKind::Direct).expect("a direct quote");
        assert_eq!((q.text.as_str(), q.speaker.as_deref()), ("Leave aside the politics, her resolve is absolutely clear.", Some("Jones")));
        // No quote reaches back over another.
        let s = "“His normal demeanor is grumpy,” she said, but despite the fractious tone, “I think he will do it,” said Kunin, a former governor.";
        let t = Text::new(s);
        let got = extract(&t);
        assert!(got.windows(2).all(|w| w[0].range().end <= w[1].range().start), "{:?}", got.iter().map(|q| q.range()).collect::<Vec<_>>());
    }

    #[test]
    fn headlines_name_their_speaker_before_a_colon() {
        use QuoteKind::*;
        let body = "\n\nThe story begins here.";
        let cases: &[(&str, Option<(QuoteKind, &str, &str)>)] = &[
            ("Kasich: ‘We Are Going To Go All The Way To Cleveland.’", Some((Direct, "We Are Going To Go All The Way To Cleveland.", "Kasich"))),
            ("A lesson from Loretta Lynch: 'Be the voice that people hear.'", Some((Direct, "Be the voice that people hear.", "A lesson from Loretta Lynch"))),
            ("CNN President On Trump: “We Do Not Pay Candidates To Appear At Debates.”", Some((Direct, "We Do Not Pay Candidates To Appear At Debates.", "CNN President"))),
            (
                "Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage.",
                Some((Mixed, "It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage", "Bernie Sanders")),
            ),
            (
                "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.",
                Some((Indirect, "Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp", "Pence")),
            ),
            // Labels, topics and questions name nobody.
            ("The Latest: Sanders declares ‘revolution,’ ignores losses.", None),
            ("Stealth Over Health: Clinton Was Headed to ER But Diverted.", None),
            ("Netanyahu and Obama: A tortured relationship.", None),
            ("Ted Cruz: Constitutional conservative or career politician?", None),
        ];
        for (title, want) in cases {
            let got = quotes(&format!("{title}{body}"));
            let got = got.first().map(|q| (q.kind, q.text.as_str(), q.speaker.as_deref().unwrap_or("")));
            assert_eq!(got, *want, "{title:?}");
        }
        // Only a headline: the same line inside an article is not one, nor is a lone line.
        assert!(quotes(&format!("First paragraph.{body}\n\nKasich: ‘We Are Going To Cleveland.’")).is_empty());
        assert!(quotes("Kasich: ‘We Are Going To Cleveland.’").is_empty());
        // The speaker's name inside a longer phrase.
        let t = Text::new("Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n\nBody.");
        let q = &extract(&t)[0];
        assert_eq!(t.slice(q.speaker.unwrap().head), "Elizabeth Warren");
    }

    #[test]
    fn a_participle_of_saying_goes_on_for_the_speaker_before_it() {
        use QuoteKind::*;
        let cases: &[(&str, &[(QuoteKind, &str, &str, &str)])] = &[
            // After a direct quote's attribution.
            (
                "“It is abundantly clear that he didn’t fight for the legislation,” Christie said, adding that Rubio had abandoned it.",
                &[(Direct, "It is abundantly clear that he didn’t fight for the legislation,", "Christie", "said"), (Indirect, "Rubio had abandoned it", "Christie", "adding")],
            ),
            // After reported words, which end at the comma.
            (
                "Christie said the bill was flawed, adding that Rubio had abandoned it.",
                &[(Indirect, "the bill was flawed", "Christie", "said"), (Indirect, "Rubio had abandoned it", "Christie", "adding")],
            ),
            // After an attribution at the end of the reported words.
            (
                "China’s spending helped global growth, a Chinese official said, noting the criticism was unfair.",
                &[(Indirect, "China’s spending helped global growth", "a Chinese official", "said"), (Indirect, "the criticism was unfair", "a Chinese official", "noting")],
            ),
            // Quoted words in it keep their closing mark.
            (
                "Trump said he respected the judge, adding that Clinton would “abolish the Second Amendment.”",
                &[(Indirect, "he respected the judge", "Trump", "said"), (Mixed, "Clinton would “abolish the Second Amendment.”", "Trump", "adding")],
            ),
            // Without "that", only a verb that may leave it out reports: not "repeating".
            (
                "Carter said the plan was sound, repeating a line that has become common for him.",
                &[(Indirect, "the plan was sound, repeating a line that has become common for him", "Carter", "said")],
            ),
            // A clause and not a phrase after it: not "adding to concerns …".
            (
                "The Fed said it would raise rates, adding to concerns that growth is slowing.",
                &[(Indirect, "it would raise rates, adding to concerns that growth is slowing", "The Fed", "said")],
            ),
            // An apostrophe that ends a word is no quotation mark.
            (
                "The union said the deal was fair, adding that the plan would protect workers’ pensions for decades.",
                &[(Indirect, "the deal was fair", "The union", "said"), (Indirect, "the plan would protect workers’ pensions for decades", "The union", "adding")],
            ),
            // Another subject's clause between: the participle is not the first speaker's, and
            // the first content ends where that subject's verb of saying begins.
            ("Trump said he would win, and Clinton responded on Twitter, saying that he was unfit for office.", &[(Indirect, "he would win", "Trump", "said")]),
            // A participle inside the attribution leaves it the cue's.
            (
                "The official said Monday, speaking on condition of anonymity, that the talks had stalled.",
                &[(Indirect, "Monday, speaking on condition of anonymity, that the talks had stalled", "The official", "said")],
            ),
        ];
        assert_all_quotes(cases);
    }

    #[test]
    fn a_city_and_its_state_are_inside_the_speaker() {
        use QuoteKind::*;
        let cases: &[(&str, QuoteKind, &str)] = &[
            ("Karen Lee, 41, of Mobile, Ala., says her biggest concern is the cost of college.", Indirect, "Karen Lee, 41, of Mobile, Ala."),
            ("Donna Hill, 59, of Ashton, Md., who watched the ceremony on a screen, said the day brought back memories of her father.", Indirect, "Donna Hill, 59, of Ashton, Md."),
            ("Paul Porter, a truck driver from Ava, Mo., said he already received time and a half.", Indirect, "Paul Porter, a truck driver from Ava, Mo."),
            ("Officials in Tokyo, Japan, said the talks would resume in May.", Indirect, "Officials in Tokyo, Japan"),
            (
                "“I just don’t think she has been truthful,” Cecelia Moore, 67, a retired nurse in Allentown, Pa., said.",
                Direct,
                "Cecelia Moore, 67, a retired nurse in Allentown, Pa.",
            ),
            // After a conjunction too.
            (
                "Kasich said he is tough enough after a woman in Worcester, Massachusetts, told him she worries he is “too nice” to fight.",
                Mixed,
                "a woman in Worcester, Massachusetts",
            ),
        ];
        for (input, kind, speaker) in cases {
            let q = quotes(input);
            assert!(q.iter().any(|q| q.kind == *kind && q.speaker.as_deref() == Some(*speaker)), "{input:?}: {q:?}");
        }
        // A price or a charge is no speech: "charged a $100,000 initiation fee".
        let q = quotes("Under what Mr. Hedge called ''the prior economy model,'' the Palm Country Club, a private course in Naples, Fla., charged a $100,000 initiation fee.");
        assert!(q.iter().all(|q| q.cue.as_deref() != Some("charged")), "{q:?}");
    }

    #[test]
    fn attributions_of_a_whole_sentence_and_speakers_set_off_by_commas() {
        use QuoteKind::*;
        let cases: &[(&str, &[(QuoteKind, &str, &str, &str)])] = &[
            // Why the source is not named is the attribution's, not what was said.
            (
                "The talks failed, an official said on condition of anonymity because he was not authorized to speak publicly.",
                &[(Indirect, "The talks failed", "an official", "said")],
            ),
            (
                "He could not find a single taker, he said, on condition of anonymity to speak freely about the nominee.",
                &[(Indirect, "He could not find a single taker", "he", "said")],
            ),
            ("“We are done,” an official said Tuesday, speaking on condition that he not be named.", &[(Direct, "We are done,", "an official", "said")]),
            // An attribution after the content's last comma reports the whole sentence, the
            // report inside it included (quotes in text order: the outer one starts first).
            (
                "The Trump campaign said the candidate will attend events in Kansas on Saturday, CNN reported.",
                &[
                    (Indirect, "The Trump campaign said the candidate will attend events in Kansas on Saturday", "CNN", "reported"),
                    (Indirect, "the candidate will attend events in Kansas on Saturday", "The Trump campaign", "said"),
                ],
            ),
            (
                "A witness told investigators the agency hid the breach from Congress, the report said.",
                &[
                    (Indirect, "A witness told investigators the agency hid the breach from Congress", "the report", "said"),
                    (Indirect, "the agency hid the breach from Congress", "A witness", "told investigators"),
                ],
            ),
            // Another speaker's report after ", while" or ", but" ends the content.
            (
                "About four out of 10 voters said life would get worse, while nine in 10 said the economy favors the wealthy.",
                &[(Indirect, "life would get worse", "About four out of 10 voters", "said"), (Indirect, "the economy favors the wealthy", "nine in 10", "said")],
            ),
            // A speaker and its apposition, both set off by commas before the verb.
            (
                "The new rules will hurt farmers, the group's president, Zippy Duvall, said.",
                &[(Indirect, "The new rules will hurt farmers", "the group's president, Zippy Duvall", "said")],
            ),
            ("The store was robbed twice last year, the owner, Ali Khan, 52, said.", &[(Indirect, "The store was robbed twice last year", "the owner, Ali Khan", "said")]),
            // After "told" the phrase is the one told, not the speaker.
            (
                "We will rebuild the school, the village chief, Musa Bello, told The Associated Press.",
                &[(Indirect, "We will rebuild the school", "the village chief, Musa Bello", "told")],
            ),
            ("Trump told Iowa voters this week he would win the state.", &[(Indirect, "he would win the state", "Trump", "told Iowa voters")]),
            // A plural in "-ies" of a listed noun in "-y".
            (
                "Police said the suspect fled on foot, news agencies reported.",
                &[(Indirect, "Police said the suspect fled on foot", "news agencies", "reported"), (Indirect, "the suspect fled on foot", "Police", "said")],
            ),
            // A clause before an attribution set off by commas, and an adjunct of it after: both
            // are the content, as two parts.
            ("The city was calm, state media said, after days of protests.", &[(Indirect, "The city was calm | after days of protests", "state media", "said")]),
            (
                "Two people were killed, the ministry said, while 14 others were wounded.",
                &[(Indirect, "Two people were killed | while 14 others were wounded", "the ministry", "said")],
            ),
            // Where it was said, then a clause opened by a determiner, without "that".
            ("She said in her speech the party must change.", &[(Indirect, "the party must change", "She", "said")]),
            (
                "The economy will recover slowly, a study by a Russian sociologist, Mikhail E. Dmitriyev, concluded this year.",
                &[(Indirect, "The economy will recover slowly", "a study by a Russian sociologist, Mikhail E. Dmitriyev", "concluded")],
            ),
            // An attribution set off by commas that ends with where or how it was made.
            (
                "The economy, the central bank said in a statement, is expected to shrink next year.",
                &[(Indirect, "The economy | is expected to shrink next year", "the central bank", "said")],
            ),
            ("The deal, Trump said on Twitter, was the worst in history.", &[(Indirect, "The deal | was the worst in history", "Trump", "said")]),
            // "who" as the subject of the content, as "what" and "which" are.
            ("The suspects, who police said were armed, fled the scene on foot.", &[(Indirect, "who | were armed", "police", "said")]),
            // Shares and bodies named by "out of", "media" and "forces".
            ("Three out of four doctors say the drug is safe for most patients.", &[(Indirect, "the drug is safe for most patients", "Three out of four doctors", "say")]),
            ("Nearly nine out of 10 say they will need new skills.", &[(Indirect, "they will need new skills", "Nearly nine out of 10", "say")]),
            ("State media reported that the army had retaken the city.", &[(Indirect, "the army had retaken the city", "State media", "reported")]),
            ("Kurdish-led forces said they had captured the town.", &[(Indirect, "they had captured the town", "Kurdish-led forces", "said")]),
            // The attribution after the last comma without a determiner.
            (
                "The ministry said the ship was seized, state media reported.",
                &[(Indirect, "The ministry said the ship was seized", "state media", "reported"), (Indirect, "the ship was seized", "The ministry", "said")],
            ),
            ("Rain will spread north overnight, forecasters said.", &[(Indirect, "Rain will spread north overnight", "forecasters", "said")]),
            // Set off by commas, ending with a time, "by phone", and before a past form.
            ("The attack, the military said in a statement on Sunday, killed 12 people.", &[(Indirect, "The attack | killed 12 people", "the military", "said")]),
            ("The talks, she said by phone, had stalled.", &[(Indirect, "The talks | had stalled", "she", "said")]),
            ("The rule, the court said in 2019, was unconstitutional.", &[(Indirect, "The rule | was unconstitutional", "the court", "said")]),
            // "in his interview" trails the verb as "in an interview" does.
            (
                "Shifting monsoons could affect a billion people, Mr. Obama said in his interview.",
                &[(Indirect, "Shifting monsoons could affect a billion people", "Mr. Obama", "said")],
            ),
            // "who" before a past form.
            ("The men, who prosecutors said belonged to a drug cartel, were extradited.", &[(Indirect, "who | belonged to a drug cartel", "prosecutors", "said")]),
            ("The company, which regulators said misled investors, agreed to pay a fine.", &[(Indirect, "which | misled investors", "regulators", "said")]),
            // An irregular past form is a verb as one in "-ed" is.
            ("The two men, who prosecutors said ran a fraud ring, were sentenced.", &[(Indirect, "who | ran a fraud ring", "prosecutors", "said")]),
            ("The protesters, police said, threw stones at officers.", &[(Indirect, "The protesters | threw stones at officers", "police", "said")]),
            ("The ship, the navy said in a brief statement, sank within minutes.", &[(Indirect, "The ship | sank within minutes", "the navy", "said")]),
            // The one told: a modifier and its noun, or a hyphenated name and a time.
            ("He told state media the talks were productive.", &[(Indirect, "the talks were productive", "He", "told state media")]),
            ("He told state-run television the attack had failed.", &[(Indirect, "the attack had failed", "He", "told state-run television")]),
            (
                "The president told African-Americans this weekend he would consider it a personal insult.",
                &[(Indirect, "he would consider it a personal insult", "The president", "told African-Americans")],
            ),
            // Speakers: "respondents", "defenders", and a noun of people before "on".
            ("Two of three respondents said the economy was weak.", &[(Indirect, "the economy was weak", "Two of three respondents", "said")]),
            ("RT and its defenders say the network is no more biased than others.", &[(Indirect, "the network is no more biased than others", "RT and its defenders", "say")]),
            (
                "Experts on North Korea and nuclear nonproliferation said the test could change that.",
                &[(Indirect, "the test could change that", "Experts on North Korea and nuclear nonproliferation", "said")],
            ),
        ];
        assert_all_quotes(cases);
        // A reaction after the last comma reports nothing: the critics disagree with the
        // governor's words, they do not report them.
        for s in ["The governor said the budget was balanced, critics disagreed.", "The company said the layoffs were temporary, unions objected."] {
            assert!(quotes(s).iter().all(|q| q.speaker.as_deref().is_some_and(|sp| sp.starts_with("The "))), "{s:?}: {:?}", quotes(s));
        }
        // "added" after "has" takes an object unless a clause follows it.
        assert!(quotes("Social media has added fuel to the debate over the bill.").is_empty());
        assert!(quotes("The team added a veteran pitcher before the trade deadline.").is_empty());
        // (Not in a parenthetical: "…, he added, are like “nuclear bombs.”")
        assert_eq!(the_one_quote("The country's economic weapons, he added, are like cheap rifles.").text, "The country's economic weapons | are like cheap rifles");
        // (Not after "of" or a gerund: "warned of the implications a Trump presidency would
        // have", "insisted on paying his hotel bill himself, Francis has understood …".)
        assert!(quotes("Hollande warned of the global implications a Trump presidency would have.").is_empty());
        assert!(quotes("When he insisted on paying his hotel bill himself, Francis has understood the power of gesture.").is_empty());
        // A sentence adverb set off after the verb is nobody's words.
        assert_eq!(the_one_quote("He added, however, that the talks would continue next week.").text, "the talks would continue next week");
        // A verb after a comma that is not set before its subject: the phrase before is the
        // subject, not words reported by what follows.
        assert!(quotes("The company, in its annual report, disclosed a new investigation.").is_empty());
        // Nor "the Council on Wednesday called …" a speaker with "on".
        assert!(quotes("The United Nations Security Council on Wednesday called an emergency session.").is_empty());
        assert_eq!(the_one_quote("He has added that the bill would pass.").text, "the bill would pass");
    }

    #[test]
    fn a_second_verb_of_the_subject_ends_the_content_and_reports_its_own() {
        let got = |s: &str| quotes(s).into_iter().map(|q| (q.text, q.speaker.unwrap_or_default(), q.cue.unwrap_or_default())).collect::<Vec<_>>();
        let q = |t: &str, sp: &str, cue: &str| (t.to_string(), sp.to_string(), cue.to_string());
        // "…, but said …" (its clause the verb alone), "… and argued …".
        assert_eq!(
            got("Carson admitted that the course name in his book was wrong, but said his campaign had found the article."),
            [q("the course name in his book was wrong", "Carson", "admitted"), q("his campaign had found the article", "Carson", "said")]
        );
        assert_eq!(
            got("In a speech on Saturday, Sanders claimed momentum and argued he is a stronger candidate than Clinton."),
            [q("he is a stronger candidate than Clinton", "Sanders", "argued")]
        );
        // "but" and a pronoun: a clause of the writer's, or the pronoun's own report.
        assert_eq!(got("Sanders has said he will vote for Clinton, but he has not endorsed her."), [q("he will vote for Clinton", "Sanders", "said")]);
        assert_eq!(
            got("Beck said he would not expect the race to change the map, but he said Trump could win the east."),
            [q("he would not expect the race to change the map", "Beck", "said"), q("Trump could win the east", "he", "said")]
        );
        // Past an adverb or an auxiliary.
        assert_eq!(
            got("Graham said the party would lose, but also said that the race was far from over."),
            [q("the party would lose", "Graham", "said"), q("the race was far from over", "Graham", "said")]
        );
        assert_eq!(
            got("Ryan said the nominee had earned the votes, but he has also said the party must unite."),
            [q("the nominee had earned the votes", "Ryan", "said"), q("the party must unite", "he", "said")]
        );
        // A quotation's closing mark before the cut stays.
        assert_eq!(
            got("Clinton says she respects his “passion and commitment” but argues that he cannot deliver on his promises."),
            [q("she respects his “passion and commitment”", "Clinton", "says"), q("he cannot deliver on his promises", "Clinton", "argues")]
        );
        // Not a verb's base form after "and": a noun or an infinitive goes on.
        assert_eq!(
            got("The statement said the campaign violated federal and state law by using the photos."),
            [q("the campaign violated federal and state law by using the photos", "The statement", "said")]
        );
        // A plural after "and" before a preposition is a noun.
        assert_eq!(
            got("Trump said the rising crime and reports of unrest had hurt tourism in the city."),
            [q("the rising crime and reports of unrest had hurt tourism in the city", "Trump", "said")]
        );
        // The verb after "and" reports, not one before it: "said an official who … and spoke".
        let all = got("Mr. Obama warned the Chinese leader, Xi Jinping, during their meeting in Washington not to move on the shoal, said an American official who was briefed on the details and spoke anonymously because of the sensitivities.");
        assert!(!all.is_empty() && all.iter().all(|(t, _, _)| !t.starts_with("an American official")), "{all:?}");
    }

    #[test]
    fn relative_clauses_report_for_the_phrase_before_them() {
        let got = |s: &str| quotes(s).into_iter().map(|q| (q.text, q.speaker.unwrap_or_default())).collect::<Vec<_>>();
        let pair = |t: &str, sp: &str| (t.to_string(), sp.to_string());
        // In the subject the clause ends at its comma, and the sentence's own verb reports too.
        assert_eq!(
            got("Barkley, who said he usually votes for Democrats, said the candidate had no chance."),
            [pair("he usually votes for Democrats", "Barkley"), pair("the candidate had no chance", "Barkley")]
        );
        // After an object: the description back to its determiner, not over a preposition.
        assert_eq!(
            got("Trump sat through a lecture from the Mexican president, who said that the trade pact had been good for both countries."),
            [pair("the trade pact had been good for both countries", "the Mexican president")]
        );
        // A name, not the verb before it; an auxiliary after "who".
        assert_eq!(got("A jury acquitted Zimmerman, who has said the teenager attacked him first."), [pair("the teenager attacked him first", "Zimmerman")]);
        // After an object, the clause ends where a verb follows a comma.
        assert_eq!(
            got("Sanders, responding to Clinton, who said he was not ready for the job, said on Wednesday that she was wrong."),
            [pair("he was not ready for the job", "Clinton"), pair("she was wrong", "Sanders")]
        );
        // A description without a determiner ends at a participle before it, and is its noun
        // alone (it may have run back over a verb); a sentence's opening word is no part of a
        // name.
        assert_eq!(got("Police arrested protesters, who said the march had been peaceful."), [pair("the march had been peaceful", "protesters")]);
        assert_eq!(got("Clinton met supporters, who said the race was close."), [pair("the race was close", "supporters")]);
        assert_eq!(got("But Sanders, who said he would stay in the race, argued that delegates matter.")[0], pair("he would stay in the race", "Sanders"));
        // A hyphen inside the name; after an object, a verb inside the content is its own.
        assert_eq!(got("Jean-Claude Juncker, who said the union would survive, left early."), [pair("the union would survive", "Jean-Claude Juncker")]);
        assert_eq!(
            got("He met Laschet, who suggested that the minister, under fire for the failures, would do better to keep quiet."),
            [pair("the minister, under fire for the failures, would do better to keep quiet", "Laschet")]
        );
        assert_eq!(got("His ideas, shared by Trump, who said the fight could be left to Russia, are risky."), [pair("the fight could be left to Russia", "Trump")]);
        // A name after "in", "at", "on" or "of" is a place or a firm; a place is no speaker; a
        // verb before "and" reports nothing.
        for s in [
            "The plan will calm nervous Democrats on Capitol Hill, who have argued that the race is close.",
            "The remarks were derided by the leader of the opposition in North-Rhine Westphalia, who suggested that the minister should resign.",
            "The clinic hired a doctor from Englewood, New Jersey, who said the waiting room was always full.",
            "Would you vote for a man or a woman, who said and did the same things as him?",
        ] {
            assert!(quotes(s).is_empty(), "{s:?}: {:?}", quotes(s));
        }
    }

    #[test]
    fn reported_speech_with_descriptions_times_and_datelines() {
        use QuoteKind::*;
        for s in [
            // A verb before "to say" is no noun's; nor is a verb with its object.
            "The Vermont senator declined to say whether it is appropriate for a justice to criticize a candidate.",
            "The poll showed a majority of registered voters say the Senate should act.",
            // No clause after the time: "said on Saturday, and it has …" is the inverted "X, Y said".
            "Figures reported on Sunday now suggest that the senator is the sole remaining candidate.",
        ] {
            assert!(
                quotes(s).iter().all(|q| q.speaker.as_deref().is_none_or(|sp| !sp.contains("declined") && !sp.contains("showed")) && q.cue.as_deref() != Some("reported")),
                "{s:?}: {:?}",
                quotes(s)
            );
        }
        // A short quotation inside an apposition is part of the subject's phrase, and a
        // description after an inverted verb holds no verb of its own.
        for (s, content, speaker) in [
            (
                "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive situation in Michigan.",
                "the candidate could be in a very competitive situation in Michigan",
                "Mr. Manafort, citing ''the unique magic of Trump,''",
            ),
            // (Not set off: a title the phrase names, right before the verb.)
            ("The author of “The Da Vinci Code” said his next novel would be set in Prague.", "his next novel would be set in Prague", "The author of “The Da Vinci Code”"),
            (
                "Hemsley, the co-author of “Going Viral,” about the spread of information, said the days of one story were gone.",
                "the days of one story were gone",
                "Hemsley, the co-author of “Going Viral,” about the spread of information",
            ),
        ] {
            let q = quotes(s);
            assert_eq!(q.len(), 1, "{q:?}");
            assert_eq!((q[0].kind, q[0].text.as_str(), q[0].speaker.as_deref()), (Indirect, content, Some(speaker)), "{s:?}");
        }
        // (Not a quotation before the name: "… the ''Buffett rule'' after Warren E. Buffett, the
        // billionaire investor, complained that …".)
        let q = quotes("It is known as the ''Buffett rule'' after Warren E. Buffett, the billionaire investor, complained that he paid taxes at a lower rate than his secretary.");
        assert_eq!(q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(), [Some("Warren E. Buffett, the billionaire investor")], "{q:?}");
        // Groups and shares: "Some say", "X and others said", "Two in three said", and "critics"
        // after "why"; a pronoun after an inverted verb is a speaker only alone.
        for (s, speaker) in [
            ("Some say they hear echoes of a painful past.", "Some"),
            ("Edwards and others said they could not support Clinton for president.", "Edwards and others"),
            ("Two in three said they are less likely to vote Republican.", "Two in three"),
            // ("state" after "each" is a noun, no verb of saying.)
            ("At least half of voters in each state say the positions are about right.", "At least half of voters in each state"),
            ("That is why critics say he had proposed to dismantle the law.", "critics"),
            (
                "And Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he hadn't thought about enlisting Cruz.",
                "Sen. Rob Portman (R-Ohio), another vulnerable incumbent",
            ),
        ] {
            let q = quotes(s);
            assert_eq!(q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(), [Some(speaker)], "{s:?}: {q:?}");
        }
        // A name told is the cue's, before a clause's pronoun; "briefed" after the head is a
        // participle; "nine out of 10" is a share.
        for (s, content, speaker, cue) in [
            ("Stenehjem told POLITICO he planned to stay neutral.", "he planned to stay neutral", "Stenehjem", "told POLITICO"),
            ("People briefed on the situation say that the governor will decide.", "the governor will decide", "People briefed on the situation", "say"),
            ("Nearly nine out of 10 say they will need to develop new skills.", "they will need to develop new skills", "Nearly nine out of 10", "say"),
        ] {
            let q = quotes(s);
            assert_eq!(q.iter().map(|q| (q.text.as_str(), q.speaker.as_deref(), q.cue.as_deref())).collect::<Vec<_>>(), [(content, Some(speaker), Some(cue))], "{s:?}");
        }
        // Not a subject: a relative clause, a "tell" with no one told, a noun "say", an
        // object after "how" or a verb.
        for s in [
            "The first thing he said was that he was sorry.",
            "The FBI found the emails she said she had deleted.",
            "The version of events told by police has changed several times.",
            "The numbers tell a different story about the recovery.",
            "Under the deal, the states get the final say over the hiring of teachers.",
            "It is unclear how many say they will switch parties.",
            "He heard others say the plan would fail.",
        ] {
            assert!(quotes(s).is_empty(), "{s:?}: {:?}", quotes(s));
        }
        // A short report after a phrase with its own comma is kept; "each" after no
        // preposition leaves the verb a verb; a time after "since" is the subject's.
        for (s, speaker) in [
            ("In March, sales fell 3 percent, the company said.", "the company"),
            ("The two men each said they had been misquoted.", "The two men each"),
            ("A woman missing since Friday told police she was fine.", "A woman missing since Friday"),
            ("Two senators — Lindsey Graham and John McCain — said the plan would fail.", "Two senators — Lindsey Graham and John McCain"),
        ] {
            assert_eq!(quotes(s).iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(), [Some(speaker)], "{s:?}");
        }
        // A coordinated verb reports for the sentence's subject; the accusation before it is
        // a report of its own.
        let q = quotes("Strada accused the government of attempting to intimidate the families and asserted that they are tired of waiting.");
        assert_eq!(
            q.iter().map(|q| (q.text.as_str(), q.speaker.as_deref(), q.cue.as_deref())).collect::<Vec<_>>(),
            [("the government of attempting to intimidate the families", Some("Strada"), Some("accused")), ("they are tired of waiting", Some("Strada"), Some("asserted"))],
        );
        // "accused X of -ing …", "urged X to …": the one accused or urged and what of or to.
        for (s, content, speaker, cue) in [
            ("Sen. Bernie Sanders accused her of making racist remarks in the 1990s.", "her of making racist remarks in the 1990s", "Sen. Bernie Sanders", "accused"),
            ("He urged Democrats to vote for the Republican deal instead.", "Democrats to vote for the Republican deal instead", "He", "urged"),
        ] {
            let q = quotes(s);
            assert_eq!(q.iter().map(|q| (q.text.as_str(), q.speaker.as_deref(), q.cue.as_deref())).collect::<Vec<_>>(), [(content, Some(speaker), Some(cue))], "{s:?}");
        }
        // (Not a passive, an object with no clause, or "of" and a noun.)
        for s in ["The mayor was accused of taking bribes by two contractors.", "The senator urged caution on the deal.", "She accused the company of fraud."] {
            assert!(quotes(s).is_empty(), "{s:?}: {:?}", quotes(s));
        }
        // ("All told" is no speaker.)
        assert!(quotes("All told, the group raised $4 million in February, three times as much as in January.").is_empty());
        // An inverted verb before a name with a long apposition.
        let q = quotes(
            "Even as the race moves to New York, the race will be tight, said Dan Gerstein, director of Gotham Ghostwriters and an independent political analyst in New York City.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].text.as_str(), q[0].speaker.as_deref()), ("Even as the race moves to New York, the race will be tight", Some("Dan Gerstein")), "{q:?}");
        // A quotation in the sentence's opening words is not reported by a verb with a clause
        // of its own; a plural between a preposition and "of" is a noun.
        let q = quotes("Walking into the office to chants of “Marco! Marco!,” the senator said his campaign here was “closing really strong.”");
        assert_eq!(
            q.iter().map(|q| (q.kind, q.text.as_str(), q.speaker.as_deref())).collect::<Vec<_>>(),
            [(Mixed, "his campaign here was “closing really strong.", Some("the senator"))],
            "{q:?}"
        );
        let q = quotes("Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name was inaccurate.");
        assert_eq!(q.iter().map(|q| (q.kind, q.text.as_str())).collect::<Vec<_>>(), [(Indirect, "the course name was inaccurate")], "{q:?}");
        // (Whatever word opens that clause.)
        let q = quotes("To a question on the “privatization of public sector jobs,” Sanders said private contractors can cost more.");
        assert_eq!(q.iter().map(|q| (q.kind, q.text.as_str())).collect::<Vec<_>>(), [(Indirect, "private contractors can cost more")], "{q:?}");
        // After a clause that opens the sentence, the main clause reports too.
        let q = quotes("While Comey said there was clear evidence that she was careless, he said there was no precedent for a case like this.");
        assert_eq!(
            q.iter().map(|q| (q.text.as_str(), q.speaker.as_deref())).collect::<Vec<_>>(),
            [("there was clear evidence that she was careless", Some("Comey")), ("there was no precedent for a case like this", Some("he"))],
        );
        // A description opening the sentence is the subject of a later "and said", "but said".
        let q = quotes("A spokesman for Platte River declined to address the report but said the company did not wipe the server.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].text.as_str(), q[0].speaker.as_deref()), ("the company did not wipe the server", Some("A spokesman for Platte River")));
        let q = quotes("The president taught law for a decade and added: “I know a little about this.”");
        assert_eq!((q.len(), q[0].kind, q[0].speaker.as_deref()), (1, Direct, Some("The president")), "{q:?}");
        // (Not a noun that goes on the description: "The deputy head …".)
        let q = quotes("The deputy head of the delegation spoke for an hour and said any attempts to isolate China would fail.");
        assert!(q.iter().all(|q| q.speaker.as_deref() != Some("The deputy")), "{q:?}");
        // The time after an inverted attribution goes with it; the clause after "and" is no content.
        let q = quotes("The tool helps people in a crisis, White said on Saturday, and it has been used five times.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].text.as_str(), q[0].speaker.as_deref()), ("The tool helps people in a crisis", Some("White")), "{q:?}");
    }

    #[test]
    fn what_a_verb_of_saying_takes_as_its_object_reports_nothing() {
        for s in [
            "Obama has said much over the years about the court.",
            "He said nothing about the plan.",
            "Lazar said little, offering only short answers.",
            "The mayor has said the same thing at every stop on the tour.",
            // (Nor a passive's "is" written on: "He's said to be", "She's told by".)
            "He's said to be furious about the plan.",
            "She's told by her doctors that the injury will heal.",
            "Republicans have said the same since 2010.",
            // ("according to" a way of doing things.)
            "According to legend, the bridge was built in a single night.",
            "The talks went ahead, according to plan.",
            // (Guards for this stop's rules: a progressive passive is no report; nor is a
            // place's name after a phrase of where, nor a plural after "have".)
            "The money is being told to go elsewhere.",
            "The efforts will go on, with the president expected to visit the Sunshine state in the coming weeks.",
            "Vietnam and Taiwan have claims that the islands are theirs.",
        ] {
            assert!(quotes(s).is_empty(), "{s}: {:?}", quotes(s));
        }
    }

    #[test]
    fn speakers_in_men_reflexives_and_a_name_with_others() {
        use QuoteKind::*;
        each_gives_these_quotes(&[
            ("Pentagon spokesmen said the ban prevented the department from acting.", &[(Indirect, "the ban prevented the department from acting", "Pentagon spokesmen")]),
            ("Two congressmen said the vote would be close.", &[(Indirect, "the vote would be close", "Two congressmen")]),
            ("Ford itself said the deal was on.", &[(Indirect, "the deal was on", "Ford itself")]),
            ("Toretti and other bundlers said their networks had changed.", &[(Indirect, "their networks had changed", "Toretti and other bundlers")]),
            // (A plural after "other" is a noun: no verb of saying.)
            ("Aides are organizing rallies in Virginia, Texas and other states.", &[]),
            ("The governor has said nothing, people briefed on the situation say.", &[(Indirect, "The governor has said nothing", "people briefed on the situation")]),
        ]);
    }

    #[test]
    fn a_phrase_between_the_verb_and_the_quotation_is_where_it_was_said() {
        use QuoteKind::*;
        each_gives_these_quotes(&[
            ("Clinton said on the other hand, “the current system works fine for many.”", &[(Direct, "the current system works fine for many.", "Clinton")]),
            ("Lee declared in the debate spin room, “I’m sending the signal that it’s time to unite.”", &[(Direct, "I’m sending the signal that it’s time to unite.", "Lee")]),
            // (Not a title after the phrase, nor after a participle's clause.)
            (
                "The revolution dampened plans to return home, Mr. Rubio said in his 2012 book, ''An American Son.''",
                &[(Indirect, "The revolution dampened plans to return home", "Mr. Rubio")],
            ),
            (
                "“Many people are uncertain this year,” Thiel wrote in a statement to Wired explaining why he is speaking at the convention, “but most agree that we are on the wrong track.”",
                &[(Direct, "Many people are uncertain this year, | but most agree that we are on the wrong track.", "Thiel")],
            ),
            // The relative clause after the speaker is no part of it.
            (
                "Trump, who has long favored the ban, said in his formal statement: “I am trying to save lives.”",
                &[(Direct, "I am trying to save lives.", "Trump")],
            ),
            // Nor a participle's clause, nor "during …".
            (
                "Defense Secretary Ashton Carter, speaking during a visit to Tokyo, said the revision would transform military ties.",
                &[(Indirect, "the revision would transform military ties", "Defense Secretary Ashton Carter")],
            ),
            ("Sen. Roy Blunt (R-Mo.), facing a stiff reelection challenge, said the bill was dead.", &[(Indirect, "the bill was dead", "Sen. Roy Blunt (R-Mo.)")]),
            ("Clinton, during a town hall meeting in Columbus, Ohio, said she would not back down.", &[(Indirect, "she would not back down", "Clinton")]),
            // Nor an aside: "like …", "for instance", "in her dissent".
            ("Trump, like Clinton, said the deal was bad.", &[(Indirect, "the deal was bad", "Trump")]),
            (
                "Legislative leaders in North Carolina, for instance, noted that the panel was chosen by Democrats.",
                &[(Indirect, "the panel was chosen by Democrats", "Legislative leaders in North Carolina")],
            ),
            ("Critics, meanwhile, said the law helped incumbents.", &[(Indirect, "the law helped incumbents", "Critics")]),
            ("The mayor, however, said the city would pay.", &[(Indirect, "the city would pay", "The mayor")]),
            ("Obama, for his part, said the deal was good.", &[(Indirect, "the deal was good", "Obama")]),
            ("Democratic voters overall said they had made up their minds.", &[(Indirect, "they had made up their minds", "Democratic voters")]),
            ("They’re less hostile to regulation and generally agree that taxes should rise.", &[(Indirect, "taxes should rise", "They")]),
            ("A news report published Wednesday said Carter used a personal email account.", &[(Indirect, "Carter used a personal email account", "A news report published Wednesday")]),
            ("Some advocates for stem cell research said that overlooked the benefits of new cures.", &[(Indirect, "that overlooked the benefits of new cures", "Some advocates for stem cell research")]),
            ("But progressive groups that have endorsed him say superdelegates should follow the voters.", &[(Indirect, "superdelegates should follow the voters", "progressive groups that have endorsed him")]),
            ("Military veterans interviewed at rallies this week said they had no problem with his comments.", &[(Indirect, "they had no problem with his comments", "Military veterans interviewed at rallies")]),
            (
                "Donald Trump - who has said he would bomb the oil fields - said the country should close its borders.",
                &[(Indirect, "he would bomb the oil fields", "Donald Trump"), (Indirect, "the country should close its borders", "Donald Trump")],
            ),
            (
                "Donald Trump - who has said he would “bomb the hell out of” oil fields - said the country should close its borders.",
                &[(Mixed, "he would “bomb the hell out of” oil fields", "Donald Trump"), (Indirect, "the country should close its borders", "Donald Trump")],
            ),
            ("Many voters found the ad offensive, journalist Martha Raddatz said in posing the question.", &[(Indirect, "Many voters found the ad offensive", "journalist Martha Raddatz")]),
            ("The state officials whose laws have been struck down say the courts have changed.", &[(Indirect, "the courts have changed", "The state officials whose laws have been struck down")]),
            // (A past form that opens the text and the phrase describes.)
            ("elected officials that backed him say the law works.", &[(Indirect, "the law works", "elected officials that backed him")]),
            // (Not a name in "-ly", nor a quotation with a dash of its own.)
            ("A banker in Milan, Italy, said the plan is dead.", &[(Indirect, "the plan is dead", "A banker in Milan, Italy")]),
            ("“We will win — and soon,” Smith — who chairs the panel — said.", &[(Direct, "We will win — and soon,", "Smith")]),
            ("“We will win,” said a local elected official.", &[(Direct, "We will win,", "a local elected official")]),
            ("Gov. Mary Fallin (R-OK) said the bill was dead.", &[(Indirect, "the bill was dead", "Gov. Mary Fallin (R-OK)")]),
            // (Nor is the second half of a compound a verb of saying.)
            ("The self-described democratic socialist said he would win.", &[(Indirect, "he would win", "The self-described democratic socialist")]),
            ("Judge Jane Branstetter Stranch, in her dissent, wrote that the law was unfair.", &[(Indirect, "the law was unfair", "Judge Jane Branstetter Stranch")]),
            // (A title in "-ing" stays: "acting", "managing"; so does where a speaker works.)
            ("Pantucci, at the Royal United Services Institute, said the talks would fail.", &[(Indirect, "the talks would fail", "Pantucci, at the Royal United Services Institute")]),
            (
                "Murshed Zaheed, acting political director of CREDO Action, said the vote was a betrayal.",
                &[(Indirect, "the vote was a betrayal", "Murshed Zaheed, acting political director of CREDO Action")],
            ),
            // A legal brief speaks as a source.
            ("However, Ivana Trump's brief said that was not her view.", &[(Indirect, "that was not her view", "Ivana Trump's brief")]),
            ("Her affidavit said the guard had seen bruises on her forearm.", &[(Indirect, "the guard had seen bruises on her forearm", "Her affidavit")]),
        ]);
    }

    #[test]
    fn a_restrictive_relative_inside_the_sentence_reports_for_its_phrase() {
        use QuoteKind::*;
        each_gives_these_quotes(&[
            (
                "Pelosi is echoing security experts who say Russian services have been known to doctor documents.",
                &[(Indirect, "Russian services have been known to doctor documents", "experts")],
            ),
            (
                "Trump was defensive about not paying an architect who said he was stiffed after he designed a clubhouse.",
                &[(Indirect, "he was stiffed after he designed a clubhouse", "an architect")],
            ),
            // (Not a relative with no verb of saying.)
            ("The campaign hired staff who know the state well.", &[]),
        ]);
    }

    #[test]
    fn where_and_when_it_was_said_are_not_the_reported_words() {
        use QuoteKind::*;
        each_gives_these_quotes(&[
            ("Roy M. Neel said in an oral history of the Clinton years that women in the South disliked her.", &[(Indirect, "women in the South disliked her", "Roy M. Neel")]),
            ("Cruz said Tuesday that “the only way to win Iowa is to ask.”", &[(Mixed, "the only way to win Iowa is to ask.", "Cruz")]),
            (
                "Sanders acknowledged in a forum Monday night “it will be very hard for us to win” if he loses.",
                &[(Mixed, "“it will be very hard for us to win” if he loses", "Sanders")],
            ),
            // A quotation that ends on its comma before another clause's subject is whole.
            (
                "Even as Trump claimed on Tuesday that “Petraeus got in trouble for far less,” one of the prosecutors said the cases were different.",
                &[(Mixed, "Petraeus got in trouble for far less,", "Trump"), (Indirect, "the cases were different", "one of the prosecutors")],
            ),
            // (But a participle goes on: "…," citing …".)
            (
                "The two lawmakers argue that \"there is precedent for prosecution,\" citing a Marine who was found guilty.",
                &[(Mixed, "\"there is precedent for prosecution,\" citing a Marine who was found guilty", "The two lawmakers")],
            ),
            // (And whole before a name in "-ing": "King said".)
            (
                "Even as Trump claimed on Tuesday that “Petraeus got in trouble for far less,” King said the cases were different.",
                &[(Mixed, "Petraeus got in trouble for far less,", "Trump"), (Indirect, "the cases were different", "King")],
            ),
            // Two phrases in a row.
            ("The strike killed 12 people, the Pentagon said in a statement on its website.", &[(Indirect, "The strike killed 12 people", "the Pentagon")]),
            // (But a topic after "opined on" is no phrase of where.)
            ("In a pink marble skyscraper, 20 analysts listened while Robert E. Rubin, the former Treasury secretary, opined on the state of the world.", &[]),
        ]);
    }

    #[test]
    fn a_question_put_in_a_clause_of_when_asked_is_reported_with_its_asker_if_named() {
        use QuoteKind::*;
        each_gives_these_quotes(&[
            (
                "“You bet I would,” Christie said when asked whether he would issue a quarantine for travelers from Brazil, where the virus has spread.",
                &[(Direct, "You bet I would,", "Christie"), (Indirect, "whether he would issue a quarantine for travelers from Brazil, where the virus has spread", "-")],
            ),
            ("When asked by a reporter whether this differed from a registry, Trump said nothing.", &[(Indirect, "whether this differed from a registry", "a reporter")]),
            (
                "Carson, when asked about his own contradictions or factual errors, often steam-rolls through the questions.",
                &[(Indirect, "about his own contradictions or factual errors", "-")],
            ),
            (
                "She had not seen the video, and when asked whether he was encouraging the crowd, he said, “I hope not.”",
                &[(Indirect, "whether he was encouraging the crowd", "-"), (Direct, "I hope not.", "he")],
            ),
            ("When asked to confirm her role in the “top secret” email chains, an official declined.", &[(Mixed, "to confirm her role in the “top secret” email chains", "-")]),
            // (A question about a thing ends before a clause or a participle, not before a
            // noun's clause.)
            ("He smiled when asked about his plans for the summer and walked away.", &[(Indirect, "about his plans for the summer", "-")]),
            ("When asked about concerns that his supporters would stay home, Sanders shrugged.", &[(Indirect, "about concerns that his supporters would stay home", "-")]),
            (
                "He said he was tired when asked about the bill on Tuesday, adding that he would vote no.",
                &[(Indirect, "he was tired when asked about the bill on Tuesday", "He"), (Indirect, "about the bill on Tuesday", "-"), (Indirect, "he would vote no", "He")],
            ),
            // (A request with nothing in it is no question.)
            ("The video shows Scott leaving his car when asked to do so by police.", &[]),
        ]);
    }

    #[test]
    fn reported_speech() {
        use QuoteKind::*;
        let cases: &[(&str, QuoteKind, &str, &str, &str)] = &[
            ("Carter said the Pentagon will work with the ministry.", Indirect, "the Pentagon will work with the ministry", "Carter", "said"),
            // "pointed out" is one cue, its content after "that".
            (
                "The official also pointed out that under the new rules, part of a wider reform, firms can bid abroad.",
                Indirect,
                "under the new rules, part of a wider reform, firms can bid abroad",
                "The official",
                "pointed out",
            ),
            ("“The bill passed in May,” Ms. Ruiz pointed out.", Direct, "The bill passed in May,", "Ms. Ruiz", "pointed out"),
            // "that" before a finite verb is the content's subject, not its conjunction.
            ("Critics say that would leave millions of people without coverage.", Indirect, "that would leave millions of people without coverage", "Critics", "say"),
            ("The spokesman said that wasn't true.", Indirect, "that wasn't true", "The spokesman", "said"),
            ("Critics said that's the problem with the plan.", Indirect, "that's the problem with the plan", "Critics", "said"),
            // A time between the auxiliary and the verb; "close" before its noun, not "close to".
            ("Gore’s close friends and allies have in the past said he was staying quiet.", Indirect, "he was staying quiet", "Gore’s close friends and allies", "said"),
            // A progressive: "is saying", "has been arguing", "kept saying".
            ("The White House is saying that the revelations show the need for tax reform.", Indirect, "the revelations show the need for tax reform", "The White House", "saying"),
            ("The state attorney general is confirming that the charity is not registered.", Indirect, "the charity is not registered", "The state attorney general", "confirming"),
            ("Clinton has been arguing that the economy is rigged for the rich.", Indirect, "the economy is rigged for the rich", "Clinton", "arguing"),
            ("The mayor kept saying the budget would balance itself.", Indirect, "the budget would balance itself", "The mayor", "saying"),
            ("They’re saying that the vote was rigged.", Indirect, "the vote was rigged", "They", "saying"),
            ("They're saying that the vote was rigged.", Indirect, "the vote was rigged", "They", "saying"),
            // The last noun of a compound addressee.
            ("Trump told a veterans group that the military is depleted.", Indirect, "the military is depleted", "Trump", "told a veterans group"),
            // A preposition's phrase after the cue closes the sentence.
            ("The middle fifth paid 8.9 percent, the agency said in a June report.", Indirect, "The middle fifth paid 8.9 percent", "the agency", "said"),
            (
                "Three-quarters of the board voted to endorse Clinton, Eskelsen García said at the time.",
                Indirect,
                "Three-quarters of the board voted to endorse Clinton",
                "Eskelsen García",
                "said",
            ),
            ("Cutting costs is the only way, as Mr. McDonough suggested at the meeting with analysts.", Indirect, "Cutting costs is the only way", "Mr. McDonough", "suggested"),
            // A source noun after a name, "the Saudis" before their verb.
            ("Santorum kept giving paid speeches, according to an NBC report at the time.", Indirect, "Santorum kept giving paid speeches", "an NBC report", "according to"),
            ("“We fight the same war,” the Saudis state in the white paper.", Direct, "We fight the same war,", "the Saudis", "state"),
            // A pronoun with "has" or "have" written on.
            ("He's said he believes the rule is fair.", Indirect, "he believes the rule is fair", "He", "said"),
            ("They’ve said the plan would fail.", Indirect, "the plan would fail", "They", "said"),
            // "much", "nothing", "the same" that open a clause report.
            ("She said much has changed since 2010.", Indirect, "much has changed since 2010", "She", "said"),
            ("He said much of his talk was about trade.", Indirect, "much of his talk was about trade", "He", "said"),
            ("They said the same technology could be used again.", Indirect, "the same technology could be used again", "They", "said"),
            ("She said everything in the bill was negotiable.", Indirect, "everything in the bill was negotiable", "She", "said"),
            ("He said something like that would never happen again.", Indirect, "something like that would never happen again", "He", "said"),
            ("She said much remains to be done.", Indirect, "much remains to be done", "She", "said"),
            // (A participle after a noun is the noun's: the head is before it.)
            ("Groups representing workers said the deal was unfair.", Indirect, "the deal was unfair", "Groups representing workers", "said"),
            // A word in "-ing" before a person noun modifies it: no participle opens a clause.
            ("But hacking specialists say the leaked files might not be genuine.", Indirect, "the leaked files might not be genuine", "hacking specialists", "say"),
            ("Even so, restructuring experts said some judges move quickly.", Indirect, "some judges move quickly", "restructuring experts", "said"),
            ("Harris, the coach, then told his players the season was over.", Indirect, "the season was over", "Harris, the coach", "told his players"),
            // (Its speaker's verb, not an inverted one: with no verb before the comma the
            // inverted speaker is set off itself.)
            ("Smith, the mayor, asked the council to delay the vote.", Indirect, "the council to delay the vote", "Smith, the mayor", "asked"),
            // Auxiliaries after a phrase set off by commas go with the verb; a request not to be
            // named reports nothing.
            ("Smith, the mayor, also said the deal was off.", Indirect, "the deal was off", "Smith, the mayor", "said"),
            // (A time may come before the auxiliaries or the verb.)
            ("Carter, the owner, on Monday said the shop would close.", Indirect, "the shop would close", "Carter, the owner", "said"),
            ("The farmer, who asked that his name not be used, said the crop had failed.", Indirect, "the crop had failed", "The farmer", "said"),
            ("The nurse, who asked that her name be withheld, said the ward was full.", Indirect, "the ward was full", "The nurse", "said"),
            // A list of names is one speaker (not after an opener: "In Boston, Smith and Jones said").
            ("Lopez, Garcia, Smith and Jones also said the plan was unworkable.", Indirect, "the plan was unworkable", "Lopez, Garcia, Smith and Jones", "said"),
            ("In Boston, Smith and Jones said the plan was dead.", Indirect, "the plan was dead", "Smith and Jones", "said"),
            ("An aide, who asked not to be named, went on to say the deal was off.", Indirect, "the deal was off", "An aide", "say"),
            // (Not before a verb set before its own subject, nor in a compound.)
            ("He said that had he known, he would have resigned.", Indirect, "had he known, he would have resigned", "He", "said"),
            ("He said that would-be buyers were scared off by the price.", Indirect, "would-be buyers were scared off by the price", "He", "said"),
            // A word that may open a sentence alone is a surname where the document writes it
            // after a given name.
            ("Residents led by John Small fought the closure for a year.\n\nSmall said the plant would close in May.", Indirect, "the plant would close in May", "Small", "said"),
            // A noun after a possessive is no verb of saying: "Sanders' charge", "Trump's claim".
            (
                "In response to Sanders' charge that she has been weak on climate change, she said she and Obama had made progress in the face of opposition.",
                Indirect,
                "she and Obama had made progress in the face of opposition",
                "she",
                "said",
            ),
            ("The revision opens the door to cooperation, the Pentagon says.", Indirect, "The revision opens the door to cooperation", "the Pentagon", "says"),
            (
                "It does not portend an increase in the footprint, according to Pentagon officials.",
                Indirect,
                "It does not portend an increase in the footprint",
                "Pentagon officials",
                "according to",
            ),
            // Whatever follows "according to" is the source, a record too, up to its comma.
            (
                "The pilot had flown for the airline since 2004, according to his Facebook profile.",
                Indirect,
                "The pilot had flown for the airline since 2004",
                "his Facebook profile",
                "according to",
            ),
            ("According to the plea agreement, he faces at least two years in prison.", Indirect, "he faces at least two years in prison", "the plea agreement", "According to"),
            (
                "The mayor leads with just 22% of the vote, according to a Tribune/WGN Poll released Sunday.",
                Indirect,
                "The mayor leads with just 22% of the vote",
                "a Tribune/WGN Poll released Sunday",
                "according to",
            ),
            // (Where a verb reports in the sentence, its speaker's words: the record is how the
            // writer knows.)
            ("Kasich said he would have fired the aide, according to press reports.", Indirect, "he would have fired the aide, according to press reports", "Kasich", "said"),
            // A sign or parenthesis that is part of the words stays with them; a parenthesis
            // opened before them does not.
            ("The turnout was a record 39%, Secretary Kander said.", Indirect, "The turnout was a record 39%", "Secretary Kander", "said"),
            ("He said he helped write the Affordable Care Act (ACA).", Indirect, "he helped write the Affordable Care Act (ACA)", "He", "said"),
            ("(A spokesman said the minister was working on a book.)", Indirect, "the minister was working on a book", "A spokesman", "said"),
            (
                "A senior official said the announcement was a “big deal” for the alliance.",
                Mixed,
                "the announcement was a “big deal” for the alliance",
                "A senior official",
                "said",
            ),
            ("Kishida told reporters Monday that the guidelines will help.", Indirect, "the guidelines will help", "Kishida", "told reporters"),
            // The subject after a conjunction, and the phrase before "who".
            ("The vote was delayed after Senator Reyes said the bill needed more work.", Indirect, "the bill needed more work", "Senator Reyes", "said"),
            ("The law angered voters who say the tax is unfair.", Indirect, "the tax is unfair", "voters", "say"),
            ("Many economists who study trade say the tariffs will raise prices.", Indirect, "the tariffs will raise prices", "Many economists who study trade", "say"),
            (
                "Farmers living near the border say the new fence will cut their land in two.",
                Indirect,
                "the new fence will cut their land in two",
                "Farmers living near the border",
                "say",
            ),
            // A body named by a common noun, and an adverb between the subject and its verb.
            (
                "The bank said that it had fired thousands of employees for opening fake accounts.",
                Indirect,
                "it had fired thousands of employees for opening fake accounts",
                "The bank",
                "said",
            ),
            ("The senator now says she opposes the trade deal.", Indirect, "she opposes the trade deal", "The senator", "says"),
            // A participle after a comma reports for the sentence's subject, read whole.
            (
                "Rival Hillary Clinton had mocked the complaint, saying anybody who complains is not having a good night.",
                Indirect,
                "anybody who complains is not having a good night",
                "Rival Hillary Clinton",
                "saying",
            ),
            (
                "A New York judge unsealed the divorce file on Friday, saying the courts have no business deciding what voters may read.",
                Indirect,
                "the courts have no business deciding what voters may read",
                "A New York judge",
                "saying",
            ),
            (
                "Democratic presidential nominee Hillary Clinton weighed in, saying officials should release the videos without delay.",
                Indirect,
                "officials should release the videos without delay",
                "Democratic presidential nominee Hillary Clinton",
                "saying",
            ),
            // Read on to a head noun, not over a verb and its object.
            ("Obama sent a letter to Congress on Friday, saying the program would end.", Indirect, "the program would end", "Obama", "saying"),
            ("Trump met with officials from Mexico, saying the wall would be built.", Indirect, "the wall would be built", "Trump", "saying"),
            ("Many Democrats praised the bill, saying it would help families.", Indirect, "it would help families", "Many Democrats", "saying"),
            // A listed noun after the participle is the content's, not an inverted speaker.
            (
                "Regulators fined Wells Fargo on Friday, saying the bank in San Francisco had misled customers.",
                Indirect,
                "the bank in San Francisco had misled customers",
                "Regulators",
                "saying",
            ),
            // A verb that takes an object or a clause reports the clause only.
            ("Nabisco announced it was laying off 600 bakery workers in Chicago.", Indirect, "it was laying off 600 bakery workers in Chicago", "Nabisco", "announced"),
            (
                "BuzzFeed News reported Mr. Trump voiced support for the war in a 2002 interview.",
                Indirect,
                "Mr. Trump voiced support for the war in a 2002 interview",
                "BuzzFeed News",
                "reported",
            ),
            // A question reported, from its "if" or wh-word.
            ("Hannity asked Trump if he would deport all illegal immigrants.", Indirect, "if he would deport all illegal immigrants", "Hannity", "asked"),
            ("Some voters wondered whether he would finally soften his tone.", Indirect, "whether he would finally soften his tone", "Some voters", "wondered"),
            // In a clause that opens the sentence, the content ends with the clause, and the
            // speaker is not the conjunction's.
            (
                "While critics argue trading prisoners encourages kidnapping, the president has approved the releases.",
                Indirect,
                "trading prisoners encourages kidnapping",
                "critics",
                "argue",
            ),
            ("As the mayor noted, the city has added more than 2,000 jobs this year.", Indirect, "the city has added more than 2,000 jobs this year", "the mayor", "noted"),
            // So does a participle after "by", "for", "after" …, and a headline word can head
            // the subject ("official").
            (
                "A Chinese official responded by saying Japan should be careful in the waterway.",
                Indirect,
                "Japan should be careful in the waterway",
                "A Chinese official",
                "saying",
            ),
            (
                "The president responded to a Gold Star mother on Wednesday by saying his choice of words was a manufactured issue.",
                Indirect,
                "his choice of words was a manufactured issue",
                "The president",
                "saying",
            ),
            // A share of the people polled speaks for them.
            (
                "Twenty-four percent said they were more likely to vote for him because of it.",
                Indirect,
                "they were more likely to vote for him because of it",
                "Twenty-four percent",
                "said",
            ),
            (
                "Nearly half of the voters said they prefer someone with experience in politics.",
                Indirect,
                "they prefer someone with experience in politics",
                "Nearly half of the voters",
                "said",
            ),
            ("About four in 10 said they would vote for the governor again.", Indirect, "they would vote for the governor again", "About four in 10", "said"),
            ("Half of Americans said they would not watch the debate.", Indirect, "they would not watch the debate", "Half of Americans", "said"),
            // After an opener without a comma, the name after its noun speaks.
            ("After the debate Trump said the moderators were unfair to him.", Indirect, "the moderators were unfair to him", "Trump", "said"),
            ("Since the primary Senator Reyes has said the bill needs more work.", Indirect, "the bill needs more work", "Senator Reyes", "said"),
            // "state" after "of" is a noun; a coordinated verb is the subject's.
            (
                "The former secretary of state maintained she had complied with the agency's rules.",
                Indirect,
                "she had complied with the agency's rules",
                "The former secretary of state",
                "maintained",
            ),
            // The one told, after its determiner, is part of the cue, not of the content.
            ("Trump told the crowd that the wall would be built.", Indirect, "the wall would be built", "Trump", "told the crowd"),
            ("She told the Associated Press the plan was dead.", Indirect, "the plan was dead", "She", "told the Associated Press"),
            (
                "He told a meeting of Pacific Island leaders that few people understood the stakes better.",
                Indirect,
                "few people understood the stakes better",
                "He",
                "told a meeting",
            ),
            // A Korean given name's second syllable is in lowercase after its hyphen.
            ("South Korean President Park Geun-hye said the test was a provocation.", Indirect, "the test was a provocation", "South Korean President Park Geun-hye", "said"),
            // A verb of saying that modifies the speaker's noun is no verb: "state officials".
            (
                "Federal and state officials said the company would raise more money next year.",
                Indirect,
                "the company would raise more money next year",
                "Federal and state officials",
                "said",
            ),
            // A percentage written with its sign is a share.
            ("Overall, 26% say they are conservative.", Indirect, "they are conservative", "26%", "say"),
            ("About 26% of voters say they are conservative.", Indirect, "they are conservative", "About 26% of voters", "say"),
            // A share of a count: "eight of 10 voters".
            ("Nearly eight of 10 voters say they plan to tune in.", Indirect, "they plan to tune in", "Nearly eight of 10 voters", "say"),
            // A body named by a common noun reports too: a fund, a church, an airline.
            ("Still, the fund warned that the exit will raise many questions.", Indirect, "the exit will raise many questions", "the fund", "warned"),
            ("The airline added that he had no known political affiliations.", Indirect, "he had no known political affiliations", "The airline", "added"),
            // Where it was said, with a place's commas, before "that".
            ("Clinton said at a campaign stop in Toledo, Ohio, that it means Trump never paid.", Indirect, "it means Trump never paid", "Clinton", "said"),
            // A count after "told" is the one told, and a preposition is no addressee.
            ("Obama told at least 20 donors that the race would be close.", Indirect, "the race would be close", "Obama", "told"),
            ("She told in an interview that she would run again.", Indirect, "she would run again", "She", "told"),
            // "that" after an asking verb reports a request, not a question.
            ("She asked that the court decide whether the law applies to the company.", Indirect, "the court decide whether the law applies to the company", "She", "asked"),
            // After "that", a preposition is the content's first word.
            (
                "Salceda said that about 4 million people of Philippine descent live in the country.",
                Indirect,
                "about 4 million people of Philippine descent live in the country",
                "Salceda",
                "said",
            ),
            // A count after the verb is the content's subject, in words too.
            (
                "The agency said about half of the higher cost in its new budget projections reflected losses from the tax cuts.",
                Indirect,
                "about half of the higher cost in its new budget projections reflected losses from the tax cuts",
                "The agency",
                "said",
            ),
            ("The governor noted that in 2015 the state had a surplus of $2 billion.", Indirect, "in 2015 the state had a surplus of $2 billion", "The governor", "noted"),
            // Heads of descriptions from the person and source lists.
            ("The Republican incumbent said that her position had not changed.", Indirect, "her position had not changed", "The Republican incumbent", "said"),
            ("A former speechwriter said the candidate rewrote every draft by hand.", Indirect, "the candidate rewrote every draft by hand", "A former speechwriter", "said"),
            ("Many opponents say the new rule will cost small farms too much.", Indirect, "the new rule will cost small farms too much", "Many opponents", "say"),
            ("The editorial argued that the state had wasted the relief money.", Indirect, "the state had wasted the relief money", "The editorial", "argued"),
            // An adverb between the speaker and the verb; a written statement before "that".
            ("Carter however said he would welcome China’s help in the region.", Indirect, "he would welcome China’s help in the region", "Carter", "said"),
            ("Martin said in a written statement in March that the allegations had no substance.", Indirect, "the allegations had no substance", "Martin", "said"),
            ("Romney's associates said he is not planning to endorse anyone this year.", Indirect, "he is not planning to endorse anyone this year", "Romney's associates", "said"),
            // A "that" after the object is the object's: "said the phone call that …".
            ("The White House said the phone call that Trump made was perfect.", Indirect, "the phone call that Trump made was perfect", "The White House", "said"),
            // "would only say": "only" stands between the speaker and the verb.
            ("Asked about the ads, the senator would only say that the race was close.", Indirect, "the race was close", "the senator", "say"),
            // (From the round on plain reports, 77dd47a to e57374d.)
            // Before "said", "says" or "told", a determiner's phrase with no verb is the
            // subject, whatever its noun.
            (
                "The deputy head of China’s delegation to the forum said the United States should reduce its patrols.",
                Indirect,
                "the United States should reduce its patrols",
                "The deputy head of China’s delegation to the forum",
                "said",
            ),
            ("Again, those surveyed said the mayor was best able to handle the issue.", Indirect, "the mayor was best able to handle the issue", "those surveyed", "said"),
            ("Both men said there were no plans for a public offering.", Indirect, "there were no plans for a public offering", "Both men", "said"),
            ("The GOP front-runner says the plan would cost billions.", Indirect, "the plan would cost billions", "The GOP front-runner", "says"),
            // A time between the subject and its verb, or after the verb, belongs to neither.
            ("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.", Indirect, "the party was not in a crisis", "RNC spokesman Sean Spicer", "said"),
            ("Spicer said on Thursday the party was not in a crisis.", Indirect, "the party was not in a crisis", "Spicer", "said"),
            ("Mr. Clinton said Thursday he would leave the foundation’s board.", Indirect, "he would leave the foundation’s board", "Mr. Clinton", "said"),
            ("Spicer told reporters on Thursday the party was not in a crisis.", Indirect, "the party was not in a crisis", "Spicer", "told reporters"),
            // A sentence adverb or a time before the subject is no part of it.
            ("Then the report said the agency had failed its own test.", Indirect, "the agency had failed its own test", "the report", "said"),
            ("Earlier this week the mayor said property taxes would rise.", Indirect, "property taxes would rise", "the mayor", "said"),
            ("This week the campaign said it had raised $5 million.", Indirect, "it had raised $5 million", "the campaign", "said"),
            ("Yesterday the mayor said property taxes would rise.", Indirect, "property taxes would rise", "the mayor", "said"),
            ("Two years ago the senator said the bill would fail.", Indirect, "the bill would fail", "the senator", "said"),
            ("He said two years ago that the bill would fail.", Indirect, "the bill would fail", "He", "said"),
            // A pronoun after a phrase that opens its clause is the subject.
            ("In the interview he said the plan was dead.", Indirect, "the plan was dead", "he", "said"),
            ("After the debate they said the moderator had been unfair.", Indirect, "the moderator had been unfair", "they", "said"),
            // So is a description after such a phrase, with no comma.
            ("In a statement the company said it would appeal the ruling.", Indirect, "it would appeal the ruling", "the company", "said"),
            ("At a rally in Ohio the senator said the plan would fail.", Indirect, "the plan would fail", "the senator", "said"),
            // Not a title's "Then-" or "Now-", nor "Earlier" as an adjective, nor a weekday that
            // opens a name.
            ("Then-Sen. Barack Obama said the surge would fail.", Indirect, "the surge would fail", "Then-Sen. Barack Obama", "said"),
            ("Earlier reports said the plane had crashed into the sea.", Indirect, "the plane had crashed into the sea", "Earlier reports", "said"),
            ("Sunday Times reported that the talks had failed.", Indirect, "the talks had failed", "Sunday Times", "reported"),
            // An adverb before "that" (not a determiner "that" before its noun), and a time.
            ("Rubio said only that it needed reform.", Indirect, "it needed reform", "Rubio", "said"),
            ("He said only that approach could work.", Indirect, "only that approach could work", "He", "said"),
            ("Cazeneuve said early Friday that 80 people were killed.", Indirect, "80 people were killed", "Cazeneuve", "said"),
            ("Speaking to reporters she said the talks would resume in May.", Indirect, "the talks would resume in May", "she", "said"),
            // A month is a time only after a preposition or before a number.
            (
                "Prime Minister Theresa May said the country would leave by the end of March.",
                Indirect,
                "the country would leave by the end of March",
                "Prime Minister Theresa May",
                "said",
            ),
            // A time that is the content's own subject stays in it.
            ("Rachel Berg said Thursday’s speeches have led her to count them out.", Indirect, "Thursday’s speeches have led her to count them out", "Rachel Berg", "said"),
            // A dateline before the subject is no part of it.
            (
                "LONDON (Reuters) - Donald Trump said on Monday he was unlikely to have a good relationship with the prime minister.",
                Indirect,
                "he was unlikely to have a good relationship with the prime minister",
                "Donald Trump",
                "said",
            ),
            // (A review's cases: a clause opening with a gerund or a name in "-ing" is content; a
            // participle set off by commas is not; an opener before a mid-sentence
            // attribution is no clause of its own; an adjective in "-ed" after "that" is the
            // content's.)
            ("Raising taxes hurts working families, he said.", Indirect, "Raising taxes hurts working families", "he", "said"),
            ("Sterling fell 2 percent against the dollar, analysts said.", Indirect, "Sterling fell 2 percent against the dollar", "analysts", "said"),
            ("Left unchecked, he said, rising sea levels threaten coastal cities.", Indirect, "rising sea levels threaten coastal cities", "he", "said"),
            // A relative pronoun that is the content's subject is its first part; a relative
            // clause's content ends with the clause.
            (
                "The sailors were released, displaying what many analysts said was a sign of Iran's improving relations with the West.",
                Indirect,
                "what | was a sign of Iran's improving relations with the West",
                "many analysts",
                "said",
            ),
            ("The move, which analysts said was a sign of progress, surprised many.", Indirect, "which | was a sign of progress", "analysts", "said"),
            ("The bill, which Obama said he would veto, passed.", Indirect, "he would veto", "Obama", "said"),
            ("The measures, which she said were temporary, remained in place.", Indirect, "which | were temporary", "she", "said"),
            ("The law, which critics say was rushed, takes effect in January.", Indirect, "which | was rushed", "critics", "say"),
            ("The answer, he said, is no.", Indirect, "The answer | is no", "he", "said"),
            // An attribution set off by commas inside the content: the subject before it is
            // the content's first part, the verb after it the second (a sentence adverb before
            // it is none; a time may end the attribution).
            (
                "The museum, Mr. Obama said, would make visitors face uncomfortable truths.",
                Indirect,
                "The museum | would make visitors face uncomfortable truths",
                "Mr. Obama",
                "said",
            ),
            ("The new plan, officials said Tuesday, will cost $2 billion.", Indirect, "The new plan | will cost $2 billion", "officials", "said"),
            ("Rather, he said, continued struggles by the campaign will coalesce support.", Indirect, "continued struggles by the campaign will coalesce support", "he", "said"),
            ("He said, laughing, that he would never run again.", Indirect, "he would never run again", "He", "said"),
            ("U.S. officials said that suspected Russian hackers broke into the network.", Indirect, "suspected Russian hackers broke into the network", "U.S. officials", "said"),
            ("She testified on Tuesday that she had never seen the email.", Indirect, "she had never seen the email", "She", "testified"),
            ("The police report that two men were arrested overnight.", Indirect, "two men were arrested overnight", "The police", "report"),
            // An appeal: the one asked, then what to do, up to a clause of its own.
            (
                "The mayor asked residents who live near the river to evacuate before the storm.",
                Indirect,
                "residents who live near the river to evacuate before the storm",
                "The mayor",
                "asked",
            ),
            (
                "Two House committees on Monday asked the Justice Department to investigate whether she lied.",
                Indirect,
                "the Justice Department to investigate whether she lied",
                "Two House committees",
                "asked",
            ),
            (
                "Mr. Hurt asked Norton to republish the book this year, but it declined, citing legal risks.",
                Indirect,
                "Norton to republish the book this year",
                "Mr. Hurt",
                "asked",
            ),
            (
                "The State Department released an email exchange where Clinton asked Sullivan to send her a document.",
                Indirect,
                "Sullivan to send her a document",
                "Clinton",
                "asked",
            ),
            // (A second review's cases: the appeal ends before a clause after "but", a relative
            // clause, a short subject's verb of saying; not at a date's year.)
            ("The FBI asked Apple to unlock the phone, but Apple called the request dangerous.", Indirect, "Apple to unlock the phone", "The FBI", "asked"),
            (
                "The union urged its members to strike on Jan. 1, 2017, unless a deal was reached.",
                Indirect,
                "its members to strike on Jan. 1, 2017, unless a deal was reached",
                "The union",
                "urged",
            ),
            // A participle after a comma reports for the subject over its apposition.
            (
                "Rahm Emanuel, his chief of staff, urged a strong stand, saying the prime minister would walk all over them.",
                Indirect,
                "the prime minister would walk all over them",
                "Rahm Emanuel",
                "saying",
            ),
            // A gerund clause after a verb that takes one.
            ("Mr. Kasich reported having $1.3 million in cash on hand.", Indirect, "having $1.3 million in cash on hand", "Mr. Kasich", "reported"),
            ("She denied having an affair with the senator.", Indirect, "having an affair with the senator", "She", "denied"),
            // A noun that is also a verb of saying, after a determiner at the sentence's start or
            // after a determiner and a modifier, is part of the subject.
            ("The report said the deficit would grow next year.", Indirect, "the deficit would grow next year", "The report", "said"),
            ("A new report said the economy grew faster than expected.", Indirect, "the economy grew faster than expected", "A new report", "said"),
            ("The state senator said the bill would pass in March.", Indirect, "the bill would pass in March", "The state senator", "said"),
            // (A plural's verb stays a verb.)
            ("The officials report that the bill would pass in March.", Indirect, "the bill would pass in March", "The officials", "report"),
            // "As reported by X", before the content or after it.
            (
                "As reported by Western Journalism, the former secretary of state was made aware of her duty.",
                Indirect,
                "the former secretary of state was made aware of her duty",
                "Western Journalism",
                "As reported by",
            ),
            (
                "The former secretary of state was made aware of her duty, as reported by Western Journalism.",
                Indirect,
                "The former secretary of state was made aware of her duty",
                "Western Journalism",
                "as reported by",
            ),
            // A short plural of a listed noun, and a count opening the content.
            ("Sanders fans told POLITICO that one galvanizing moment came recently.", Indirect, "one galvanizing moment came recently", "Sanders fans", "told"),
            ("McAuliffe said about 20 people have indicated an interest in the seat.", Indirect, "about 20 people have indicated an interest in the seat", "McAuliffe", "said"),
            // A relative clause in the subject, with "who" contracted.
            (
                "Many of the local leaders who’d rather be working on another campaign said they’ve rallied behind the ticket.",
                Indirect,
                "they’ve rallied behind the ticket",
                "Many of the local leaders who’d rather be working on another campaign",
                "said",
            ),
            // A group with its noun, a count of people, and majorities.
            (
                "At a meeting on Tuesday, some senators vented about the delay and said that they had lost their patience.",
                Indirect,
                "they had lost their patience",
                "some senators",
                "said",
            ),
            // A description in lowercase after the opener's comma, with an apposition of its
            // own; a verb and its object before "and said" (the object no subject).
            (
                "In an interview Thursday, the senator, a Republican from Ohio, said the plan was flawed.",
                Indirect,
                "the plan was flawed",
                "the senator, a Republican from Ohio",
                "said",
            ),
            ("The manager fired the coach and said the team needed a fresh start.", Indirect, "the team needed a fresh start", "The manager", "said"),
            // A description in lowercase after the opener's comma.
            (
                "In an interview with reporters Thursday, the Wisconsin Republican criticized the president’s foreign policy and said allies wanted answers.",
                Indirect,
                "allies wanted answers",
                "the Wisconsin Republican",
                "said",
            ),
            ("Since June, at least 21,000 said they would run for office.", Indirect, "they would run for office", "at least 21,000", "said"),
            (
                "Large majorities of Republican voters in six states said they support the proposal.",
                Indirect,
                "they support the proposal",
                "Large majorities of Republican voters in six states",
                "said",
            ),
            // Where or when it was said, before "that" and a clause, for any verb; or before a
            // pronoun's clause.
            ("Axelrod said in an e-mail that the mayor has to contend with the suggestion.", Indirect, "the mayor has to contend with the suggestion", "Axelrod", "said"),
            (
                "Lindsey Graham said at a Saturday rally in Texas that the country should close its borders.",
                Indirect,
                "the country should close its borders",
                "Lindsey Graham",
                "said",
            ),
            (
                "United Gun Group said in a statement Thursday night they pulled the listing from the site.",
                Indirect,
                "they pulled the listing from the site",
                "United Gun Group",
                "said",
            ),
            ("Pence said in politics it takes time to develop those relationships.", Indirect, "it takes time to develop those relationships", "Pence", "said"),
            // A participle after the attribution says how or why, not what: the words before it
            // are the report.
            ("The bank fired 5,300 employees, she said, referencing the bank’s fierce drive to cross-sell.", Indirect, "The bank fired 5,300 employees", "she", "said"),
            ("The troops will stay until spring, the official said, speaking on condition of anonymity.", Indirect, "The troops will stay until spring", "the official", "said"),
            (
                "“You squeezed employees to the breaking point” to drive up the stock price, she said, referencing the bank’s drive.",
                Mixed,
                "“You squeezed employees to the breaking point” to drive up the stock price",
                "she",
                "said",
            ),
            // Not a gerund that is the sentence's subject, and not "according to".
            (
                "Though that transition was seamless, he said, replacing the nominee would be far more acrimonious.",
                Indirect,
                "replacing the nominee would be far more acrimonious",
                "he",
                "said",
            ),
        ];
        // A modal verb is in no speaker's phrase: "may not let editorials tell them".
        let q = quotes("Readers may not let editorials tell them how to vote, but they care about the paper.");
        assert!(q.is_empty(), "{q:?}");
        // After "of" a word in "-ing" is a noun, and the verb after it is the verb: "The
        // director of polling says".
        let q = quotes("The director of polling says Clinton leads in the state.");
        assert_eq!(q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["Clinton leads in the state"]);
        // "that" as a pronoun introduces nothing.
        let q = quotes("The FBI concluded in that case that no reasonable prosecutor would bring charges.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "no reasonable prosecutor would bring charges");
        for input in [
            "Obama said that in a statement on Monday.",
            // A relative clause after the place is no content.
            "He wrote in a letter that was sent to donors on Monday.",
            // "spoke" and "talked" report no clause after a place.
            "He spoke at a rally that the campaign organized in Ohio.",
            // Not "asked" before a place or a meal: "She asked him to the dance".
            "She asked him to the dance on Friday.",
            "He asked her to dinner at a restaurant in Manhattan.",
            // Nor a list of names before the participle.
            "Hillary Clinton, Bernie Sanders, and Martin O'Malley debated on Saturday, arguing about guns.",
            // (Nor is a gerund after another verb a report: "The report described rising costs".)
            "The committee enjoyed raising money for the campaign.",
            "The senator spoke in a hearing that was held on Monday.",
            "She said that to reporters after the hearing on Tuesday.",
            "Brown, the governor, hinted at that in a news conference on Monday.",
            "Four in 10 voters see his campaign as unfair, and a third said that of the senator's campaign.",
            // "speak" reports nothing before it.
            "Turnout is a real worry for her campaign, as shown by two voters, Ann Lee and Bo Kim, who saw her running mate Tim Kaine speak at a recent rally.",
            // A plural after a preposition's gerund is a noun, not the verb.
            "It had drama fit for a soap opera: a brash, billionaire-turned-politician clashing with a TV journalist intent on getting answers.",
        ] {
            assert!(quotes(input).is_empty(), "{input:?}: {:?}", quotes(input));
        }
        for (input, kind, content, speaker, cue) in cases {
            let q = quotes(input);
            assert_eq!(q.len(), 1, "{input:?}");
            assert_eq!(q[0].kind, *kind, "{input:?}");
            assert_eq!(q[0].text, *content, "{input:?}");
            assert_eq!(q[0].speaker.as_deref(), Some(*speaker), "{input:?}");
            assert_eq!(q[0].cue.as_deref(), Some(*cue), "{input:?}");
        }
        // Not a passive's agent, an adverb opening the sentence, nor a story told.
        for s in [
            // (A review's cases, where no reading beats the wrong one they had: "report" is the
            // verb of the noun before it, not a modifier of "officials"; "that" is the time's
            // and the relative clause's, not the content's.)
            "Local media report officials said the mine collapsed.",
            "He said at a dinner that night the deal was done.",
            "Biden said at a fundraiser that featured Barbra Streisand that democracy was at stake.",
            // (A relative clause's verb with nothing after it reports no clause, not even the
            // next sentence's.)
            "Clinton is at odds with AIPAC on the pact, which Trump has criticized. Clinton has tried to explain her support.",
            "The ad was followed by a clip of the senator saying he will support the nominee.",
            "Shortly after she took over, warning the deal would decimate the company's culture.",
            "She spoke for an hour, telling the story of a single mother who went on to build a career.",
            "Critics of the plan pushed back, saying it would cost too much.",
            // A participle's phrase before the subject is no content of a verb it comes before.
            "Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, praising his former opponent.",
        ] {
            let q = quotes(s);
            assert!(
                q.iter().all(|q| !matches!(q.speaker.as_deref(), Some("followed by a clip of the senator" | "Shortly" | "She" | "Critics of")) && !q.text.starts_with("Weighing")),
                "{s:?}: {q:?}"
            );
        }
        // Reported words before a quotation of the same speaker's are reported up to the clause
        // that leads into the quotation.
        for (s, content) in [
            (
                "Carson said he saw no need to change anything about his campaign, telling Stephanopoulos, “We are doing just fine.”",
                "he saw no need to change anything about his campaign",
            ),
            ("De Blasio said the move was made by the police commissioner and said, “I support it fully.”", "the move was made by the police commissioner"),
            ("Suu Kyi said it was too early to congratulate the winners but added, “It is likely that we will win.”", "it was too early to congratulate the winners"),
            (
                "Obama said Republicans had no plan for the economy, telling reporters at a White House news conference on Friday, “They have nothing to offer.”",
                "Republicans had no plan for the economy",
            ),
        ] {
            let q = quotes(s);
            assert_eq!(q.len(), 2, "{s:?}: {q:?}");
            assert_eq!((q[0].kind, q[0].text.as_str()), (Indirect, content), "{s:?}: {q:?}");
            assert_eq!(q[0].speaker, q[1].speaker, "{s:?}: {q:?}");
            assert_eq!(q[1].kind, Direct, "{s:?}: {q:?}");
        }
        // A headline that reports with a verb, either way round; not a question or a topic.
        let headline = |h: &str| quotes(&format!("{h}\n\nWASHINGTON -- The president spoke on Saturday at the opening of the museum."));
        let q = headline("Obama Says African-American Museum Will Tell of Suffering and Delight");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].kind, q[0].text.as_str(), q[0].speaker.as_deref(), q[0].cue.as_deref()),
            (Indirect, "African-American Museum Will Tell of Suffering and Delight", Some("Obama"), Some("Says"))
        );
        let q = headline("Trump Could Address Clean Energy, Lindsey Graham Says.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].text.as_str(), q[0].speaker.as_deref()), ("Trump Could Address Clean Energy", Some("Lindsey Graham")));
        let q = headline("Clinton Says Trump ‘Has No Plan’ for Jobs");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].kind, q[0].text.as_str()), (Mixed, "Trump ‘Has No Plan’ for Jobs"), "{q:?}");
        assert!(headline("Who Says Politics Is Boring?").is_empty());
        // Not a verb's object or prepositional phrase: "Warns of Danger", "Claims Three Lives".
        for h in [
            "Rubio Warns of Danger in Syria Deal",
            "Storm Claims Three Lives in Texas",
            "Netflix Adds Five Million Subscribers",
            "The Man Who Says No to Trump",
            "Everything Trump Says About Immigration Is Wrong",
        ] {
            assert!(headline(h).is_empty(), "{h:?}: {:?}", headline(h));
        }
        assert!(headline("How Paul Ryan Thinks About Donald Trump").is_empty());
        // Not the last of a list: "thanked Pence, Christie, and Giuliani for their support".
        let q = quotes("Trump thanked Pence, Christie, and Giuliani for their support, telling the crowd, “We will win.”");
        assert_eq!(q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(), [Some("Trump")], "{q:?}");
        // A relative clause's coordinated verb is the relative's: "residents who … and said".
        let q = quotes("The decision angered residents who packed the meeting and said they would sue the city.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].speaker.as_deref().is_some_and(|s| s.starts_with("residents")), "{q:?}");
        // A participle after a clause of its own is that clause's subject's.
        let q = quotes("Obama said the deal was good, and Kerry agreed, telling senators, “This is the best deal we could get.”");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[0].text.as_str(), q[0].speaker.as_deref()), ("the deal was good", Some("Obama")), "{q:?}");
        assert_eq!((q[1].kind, q[1].speaker.as_deref()), (Direct, Some("Kerry")), "{q:?}");
        // An object is not reported content: "announced his candidacy", "denied the charges".
        for s in [
            "Sanders announced his candidacy for president in a speech last spring.",
            "The senator denied the charges through his lawyer on Monday.",
            // Nor is a share that is no one's subject a speaker.
            "To be the party's nominee, you must win the majority of the delegates available in eight states.",
            "Trump half joked that he would build the wall himself.",
            // "who" and "when" after an object open a relative or a time clause, no question
            // (an appeal, below).
            "Reporters asked him about the wall when he visited Texas last week.",
            // A noun after a possessive.
            "Trump's claim that the election is rigged was repeated by his son on Sunday.",
            "The Census' promise that survey responses will be kept confidential is as reliable as a campaign promise.",
        ] {
            assert!(quotes(s).is_empty(), "{s:?}: {:?}", quotes(s));
        }
    }
}
