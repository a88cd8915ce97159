//! TimeML (TimeBank, AQUAINT): the text without its tags, and the TIMEX3 spans as gold
//! dates, for `presslens eval dates`. Pure functions over the file's text; reading the
//! files is the CLI's job.
//!
//! The API for the evaluation is [`parse`] (plain text and gold spans) and [`score`]
//! (overlap precision and recall of predicted spans against them); [`char_spans`] turns the
//! date extractor's byte ranges into the code points they are counted in, and
//! [`creation_time`] / [`creation_date`] give the document's date for
//! [`crate::dates::extract_with_reference`].

/// One piece of a TimeML document: text between tags, or a tag.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Text(&'a str),
    Open(&'a str, &'a str),
    Close(&'a str),
    /// A self-closing tag `<X … />`: it opens and closes at once, holding no text.
    Empty(&'a str, &'a str),
}

/// The pieces of `tml` in order: text, opening tags (name, attributes), closing tags.
/// Comments, processing instructions and declarations are dropped; CDATA is text. A `<`
/// that never closes is text. Linear in the length of `tml`.
fn pieces(tml: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = tml;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push(Piece::Text(rest));
            break;
        };
        if lt > 0 {
            out.push(Piece::Text(&rest[..lt]));
        }
        let tag = &rest[lt..];
        let (close_mark, skip) = if tag.starts_with("<!--") {
            ("-->", true)
        } else if tag.starts_with("<![CDATA[") {
            ("]]>", false)
        } else {
            (">", true)
        };
        let Some(end) = tag.find(close_mark) else {
            out.push(Piece::Text(tag));
            break;
        };
        let whole = &tag[..end + close_mark.len()];
        rest = &tag[end + close_mark.len()..];
        if !skip {
            out.push(Piece::Text(&whole["<![CDATA[".len()..whole.len() - close_mark.len()]));
            continue;
        }
        let inner = &whole[1..whole.len() - 1];
        if inner.starts_with('!') || inner.starts_with('?') {
            continue;
        }
        if let Some(name) = inner.strip_prefix('/') {
            out.push(Piece::Close(name.trim()));
            continue;
        }
        let (body, empty) = match inner.strip_suffix('/') {
            Some(b) => (b, true),
            None => (inner, false),
        };
        let body = body.trim();
        let (name, attrs) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
        out.push(if empty { Piece::Empty(name, attrs) } else { Piece::Open(name, attrs) });
    }
    out
}

/// The value of attribute `key` in a tag's attribute text (`a="x" b='y'`), entities
/// decoded.
fn attr(attrs: &str, key: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let name = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
        let (value, next) = match quote {
            Some(q) => {
                let body = &after[1..];
                let end = body.find(q).unwrap_or(body.len());
                (&body[..end], body.get(end + 1..).unwrap_or(""))
            }
            None => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        if name == key {
            return Some(decode(value));
        }
        rest = next;
    }
}

/// Decodes the five XML entities and numeric character references; anything else that
/// starts with `&` is kept as written.
fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        // Entity names are short; looking a few bytes ahead keeps this linear.
        let semi = tail.char_indices().take(12).find(|(_, c)| *c == ';').map(|(i, _)| i);
        let decoded = semi.and_then(|semi| {
            let name = &tail[1..semi];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let n = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => name.strip_prefix('#').and_then(|d| d.parse().ok()),
                    };
                    n.and_then(char::from_u32)
                }
            };
            c.map(|c| (c, semi + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a TIMEX3 of these attributes is gold for the date evaluation: types DATE, TIME
/// and DURATION (a SET, "every week", is a frequency, not a date).
fn is_gold(attrs: &str) -> bool {
    matches!(attr(attrs, "type").as_deref(), Some("DATE" | "TIME" | "DURATION"))
}

/// The plain text of a TimeML document and its gold TIMEX3 spans (types DATE, TIME,
/// DURATION) as `[start, end)` code-point offsets into that text, in text order.
///
/// The text is the content of the `TEXT` element when there is one (the creation time and
/// document id around it are not part of the article), otherwise the whole document, with
/// every tag removed and entities decoded. Never panics, whatever the input.
pub fn parse(tml: &str) -> (String, Vec<(usize, usize)>) {
    let pieces = pieces(tml);
    let has_text = pieces.iter().any(|p| matches!(p, Piece::Open("TEXT", _)));
    let mut inside = !has_text;
    let mut text = String::new();
    let mut chars = 0;
    // One entry per open TIMEX3: its start offset if it is gold.
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut spans = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Open("TEXT", _) if has_text => inside = true,
            Piece::Close("TEXT") if has_text => {
                inside = false;
                open.clear();
            }
            Piece::Text(t) if inside => {
                let t = decode(t);
                chars += t.chars().count();
                text.push_str(&t);
            }
            Piece::Open("TIMEX3", attrs) if inside => open.push(is_gold(attrs).then_some(chars)),
            Piece::Close("TIMEX3") if inside => {
                if let Some(Some(start)) = open.pop() {
                    if chars > start {
                        spans.push((start, chars));
                    }
                }
            }
            _ => {}
        }
    }
    spans.sort_unstable();
    (text, spans)
}

/// The document creation time: the value of the TIMEX3 whose `functionInDocument` is
/// `CREATION_TIME` (as `1998-01-08`), wherever it stands in the file.
pub fn creation_time(tml: &str) -> Option<String> {
    pieces(tml).into_iter().find_map(|p| match p {
        Piece::Open("TIMEX3", attrs) | Piece::Empty("TIMEX3", attrs) if attr(attrs, "functionInDocument").as_deref() == Some("CREATION_TIME") => attr(attrs, "value"),
        _ => None,
    })
}

/// The creation time as a (year, month, day) reference date, when its value starts with a
/// full calendar date.
pub fn creation_date(tml: &str) -> Option<(i32, u32, u32)> {
    let v = creation_time(tml)?;
    let y = v.get(..4)?.parse().ok()?;
    let m = v.get(5..7)?.parse().ok().filter(|m| (1..=12).contains(m))?;
    let d = v.get(8..10)?.parse().ok().filter(|d| (1..=31).contains(d))?;
    (v.get(4..5) == Some("-") && v.get(7..8) == Some("-")).then_some((y, m, d))
}

/// Byte ranges into `text` (as [`crate::dates::extract`] gives them) as `[start, end)`
/// code-point offsets, the unit of [`parse`]'s spans. One pass over the text and the sorted
/// boundaries; a boundary inside a character or past the end counts the characters that
/// start before it.
pub fn char_spans(text: &str, ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut bounds: Vec<usize> = ranges.iter().flat_map(|&(a, b)| [a, b]).collect();
    bounds.sort_unstable();
    bounds.dedup();
    // (byte, code points before it) for each boundary, in order.
    let mut offsets: Vec<(usize, usize)> = Vec::with_capacity(bounds.len());
    let mut next = bounds.iter().peekable();
    for (chars, (byte, _)) in text.char_indices().enumerate() {
        while let Some(b) = next.next_if(|b| **b <= byte) {
            offsets.push((*b, chars));
        }
    }
    let total = text.chars().count();
    offsets.extend(next.map(|b| (*b, total)));
    let at = |b: usize| offsets.binary_search_by_key(&b, |(x, _)| *x).map_or(0, |i| offsets[i].1);
    ranges.iter().map(|&(a, b)| (at(a), at(b))).collect()
}

/// Overlap scores: `tp_pred` of `pred` predicted spans overlap a gold span, `tp_gold` of
/// `gold` gold spans are overlapped by a predicted one.
pub use crate::eval::Prf as DateScore;

/// How many of `spans` overlap at least one of `others` (`[start, end)`, sharing at least
/// one position; empty spans overlap nothing). Sorts `others` by start and keeps the
/// running maximum of their ends, so each span is one binary search.
fn hits(spans: &[(usize, usize)], others: &[(usize, usize)]) -> usize {
    let mut sorted: Vec<(usize, usize)> = others.iter().copied().filter(|(a, b)| a < b).collect();
    sorted.sort_unstable();
    let mut max_end = Vec::with_capacity(sorted.len());
    let mut m = 0;
    for (_, e) in &sorted {
        m = m.max(*e);
        max_end.push(m);
    }
    spans
        .iter()
        .filter(|(a, b)| {
            // The others starting before this span ends; one of them must end after it starts.
            let n = sorted.partition_point(|(s, _)| s < b);
            a < b && n > 0 && max_end[n - 1] > *a
        })
        .count()
}

/// Scores predicted date spans against gold ones: a predicted span is right when it
/// overlaps some gold span, a gold span is found when some predicted span overlaps it.
/// Both in the same offsets (code points for [`parse`]'s spans).
pub fn score(gold: &[(usize, usize)], predicted: &[(usize, usize)]) -> DateScore {
    DateScore { pred: predicted.len(), tp_pred: hits(predicted, gold), gold: gold.len(), tp_gold: hits(gold, predicted) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TML: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, its worst <TIMEX3 tid="t2" type="DURATION" value="P1W">week</TIMEX3> in <TIMEX3 tid="t3" type="DATE" value="1997">1997</TIMEX3>; it reports <TIMEX3 tid="t4" type="SET" value="P1W">weekly</TIMEX3> at <TIMEX3 tid="t5" type="TIME" value="T15:00">3 p.m.</TIMEX3> — déjà vu.
<!-- a comment --></TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"#;

    fn spans_text(text: &str, spans: &[(usize, usize)]) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        spans.iter().map(|&(a, b)| chars[a..b].iter().collect()).collect()
    }

    #[test]
    fn parse_keeps_the_text_element_and_gold_types() {
        let (text, spans) = parse(TML);
        assert_eq!(text, "\nAT&T fell yesterday, its worst week in 1997; it reports weekly at 3 p.m. — déjà vu.\n");
        assert_eq!(spans_text(&text, &spans), ["yesterday", "week", "1997", "3 p.m."]);
        assert_eq!(creation_time(TML).as_deref(), Some("1998-01-08"));
        assert_eq!(creation_date(TML), Some((1998, 1, 8)));
    }

    #[test]
    fn parse_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            // No TEXT element: everything is text.
            (r#"In <TIMEX3 type="DATE">May</TIMEX3> &lt;sic&gt;"#, "In May <sic>", &["May"]),
            (r#"<TIMEX3 type='DURATION'>two &quot;long&quot; days</TIMEX3>"#, "two \"long\" days", &["two \"long\" days"]),
            // Non-consuming and empty TIMEX3 give no span; unknown entities stay as written.
            (r#"a <TIMEX3 type="DATE"/>b<TIMEX3 type="DATE"></TIMEX3> &nbsp;&#233;"#, "a b &nbsp;é", &[]),
            // A tag that never closes is text; no panic on stray closings.
            (r#"</TIMEX3>x <TIMEX3 type="DATE">1990 < 1991"#, "x 1990 < 1991", &[]),
            ("", "", &[]),
        ];
        for (tml, text, want) in cases {
            let (got_text, spans) = parse(tml);
            assert_eq!(&got_text, text, "{tml:?}");
            assert_eq!(spans_text(&got_text, &spans), *want, "{tml:?}");
        }
        // Cut-off and odd markup: no panic, spans inside the text.
        for tml in [
            "<",
            "<!--",
            "<![CDATA[",
            "<![CDATA[]]>",
            "&",
            "&#",
            "&#x110000;",
            "&#xD800;",
            "<TIMEX3 type=",
            "<TIMEX3 type=\"DATE\"",
            "<TEXT><TEXT>a</TEXT>",
            "<>",
            "</>",
            "<TIMEX3 type=DATE>é</TIMEX3>",
            "<TIMEX3 type=\"DATE>x</TIMEX3>",
        ] {
            let (text, spans) = parse(tml);
            assert!(spans.iter().all(|&(a, b)| a < b && b <= text.chars().count()), "{tml:?}");
            let _ = (creation_time(tml), creation_date(tml));
        }
        assert_eq!(parse("<TIMEX3 type=DATE>é</TIMEX3>").1, [(0, 1)]);
        assert_eq!(creation_time("<TEXT>no date</TEXT>"), None);
        assert_eq!(creation_date(r#"<TIMEX3 functionInDocument="CREATION_TIME" value="1998-W02"/>"#), None);
    }

    #[test]
    fn char_spans_count_code_points() {
        let text = "déjà 1997 — “now”";
        let bytes = |s: &str| text.find(s).map(|i| (i, i + s.len())).unwrap_or_default();
        assert_eq!(char_spans(text, &[bytes("1997"), bytes("now"), (0, 0)]), [(5, 9), (13, 16), (0, 0)]);
        // Inside a character or past the end: no panic, the characters before.
        assert_eq!(char_spans(text, &[(2, 99)]), [(2, 17)]);
        assert_eq!(char_spans("", &[(0, 3)]), [(0, 0)]);
    }

    #[test]
    fn score_counts_overlap_both_ways() {
        type Spans = &'static [(usize, usize)];
        let cases: &[(Spans, Spans, DateScore)] = &[
            (&[(0, 5), (10, 12)], &[(3, 8), (20, 22)], DateScore { pred: 2, tp_pred: 1, gold: 2, tp_gold: 1 }),
            // One long prediction covers two gold spans; touching ends do not overlap.
            (&[(0, 2), (4, 6)], &[(1, 5), (6, 9)], DateScore { pred: 2, tp_pred: 1, gold: 2, tp_gold: 2 }),
            // A long gold span before a short one still counts for a late prediction.
            (&[(0, 100), (10, 12)], &[(50, 51)], DateScore { pred: 1, tp_pred: 1, gold: 2, tp_gold: 1 }),
            (&[], &[(0, 1)], DateScore { pred: 1, tp_pred: 0, gold: 0, tp_gold: 0 }),
            (&[(3, 3)], &[(0, 9)], DateScore { pred: 1, tp_pred: 0, gold: 1, tp_gold: 0 }),
        ];
        for (gold, pred, want) in cases {
            assert_eq!(score(gold, pred), *want, "{gold:?} {pred:?}");
        }
        let mut total = DateScore { pred: 4, tp_pred: 3, gold: 5, tp_gold: 3 };
        total.add(DateScore { pred: 0, tp_pred: 0, gold: 1, tp_gold: 1 });
        assert_eq!((total.precision(), total.recall()), (0.75, 4.0 / 6.0));
        assert!((total.f1() - 2.0 * 0.75 * (4.0 / 6.0) / (0.75 + 4.0 / 6.0)).abs() < 1e-12);
        assert_eq!(DateScore::default().f1(), 0.0);
    }
}
