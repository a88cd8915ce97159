//! Stage 1: text structure. Paragraphs, sentences and tokens as byte ranges into the
//! original string. Nothing here copies or normalises the text, so no offset can shift;
//! later stages compare characters through helpers such as [`is_quote_char`].

use crate::lexicon;

/// A byte range `[start, end)` into the document text. Internal; converted to code points
/// only when the contract types are built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

impl Range {
    pub fn new(start: usize, end: usize) -> Self {
        Range { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Range) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Range) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits, possibly with inner apostrophes, periods of abbreviations.
    Word,
    /// Digits with thousands separators or decimals: `49,000`, `2.5`.
    Number,
    /// One quotation mark (`“`, `"`, `''`, `«`, …) or apostrophe-like mark standing alone.
    Quote,
    /// Any other single non-space character.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

impl Token {
    pub fn range(&self) -> Range {
        Range::new(self.start, self.end)
    }
}

#[derive(Clone, Debug)]
pub struct Sentence {
    pub range: Range,
    pub paragraph: usize,
    /// Index range into `Text::tokens`.
    pub tokens: std::ops::Range<usize>,
}

/// The analysed structure of one document.
pub struct Text<'a> {
    pub src: &'a str,
    pub paragraphs: Vec<Range>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// The capitalised words written right after a given name, made on first use.
    mid_capitals: std::cell::OnceCell<std::collections::HashSet<&'a str, crate::learn::FnvBuild>>,
}

impl<'a> Text<'a> {
    pub fn new(src: &'a str) -> Self {
        let paragraphs = split_paragraphs(src);
        // Room for a token every five bytes, about what English prose has (a word and its
        // space, and the marks), so that the list is seldom grown and copied.
        let mut tokens = Vec::with_capacity(src.len() / 5 + 16);
        let mut sentences = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            let first = tokens.len();
            tokenize(src, *p, &mut tokens);
            split_sentences(src, &tokens, first, pi, &mut sentences);
        }
        Text { src, paragraphs, sentences, tokens, mid_capitals: std::cell::OnceCell::new() }
    }

    /// Whether the document writes word `w` as a surname: with a capital, right after a given
    /// name ("John Small", "Marty Small", "Al From"). That "Small said" then names him. The words are gathered in one pass over the tokens, the first
    /// time this is asked.
    pub fn surname(&self, w: &str) -> bool {
        self.mid_capitals
            .get_or_init(|| {
                let mut set = std::collections::HashSet::default();
                let capital = |i: usize| self.tokens[i].kind == TokKind::Word && self.tok(i).starts_with(char::is_uppercase);
                for s in &self.sentences {
                    for i in s.tokens.start + 1..s.tokens.end {
                        if capital(i) && capital(i - 1) && lexicon::is_given_name(self.tok(i - 1)) {
                            set.insert(self.tok(i));
                        }
                    }
                }
                set
            })
            .contains(w)
    }

    pub fn slice(&self, r: Range) -> &'a str {
        &self.src[r.start..r.end]
    }

    pub fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.src[t.start..t.end]
    }

    /// Index of the sentence containing byte `pos` (or the last one starting before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.start <= pos);
        i.checked_sub(1)
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }
}

/// Paragraphs: blocks separated by blank lines; inside a block each line is its own
/// paragraph unless the block looks hard-wrapped (several lines of similar, moderate width).
fn split_paragraphs(src: &str) -> Vec<Range> {
    let mut out = Vec::new();
    let mut block: Vec<Range> = Vec::new();
    let mut pos = 0;
    for line in src.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let r = Range::new(pos, pos + content.len());
        pos += line.len();
        if content.trim().is_empty() {
            flush_block(src, &mut block, &mut out);
        } else {
            block.push(r);
        }
    }
    flush_block(src, &mut block, &mut out);
    out
}

fn flush_block(src: &str, block: &mut Vec<Range>, out: &mut Vec<Range>) {
    if block.is_empty() {
        return;
    }
    let wrapped = block.len() >= 3 && {
        let widths: Vec<usize> = block[..block.len() - 1].iter().map(|r| src[r.start..r.end].chars().count()).collect();
        let fitting = widths.iter().filter(|w| (40..=100).contains(*w)).count();
        fitting * 10 >= widths.len() * 8
    };
    if wrapped {
        out.push(trim(src, Range::new(block[0].start, block[block.len() - 1].end)));
    } else {
        out.extend(block.iter().map(|r| trim(src, *r)));
    }
    block.clear();
}

fn trim(src: &str, r: Range) -> Range {
    let s = &src[r.start..r.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Range::new(r.start + lead, r.end - trail)
}

/// `f` applied to `w` lowercased exactly as by `str::to_lowercase`, without a new string when
/// `w` is ASCII and short (almost every word): lowercasing is asked per token.
pub fn with_lowercase<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    match buf.get_mut(..w.len()) {
        Some(b) if w.is_ascii() => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            // ASCII in, ASCII out: always UTF-8.
            f(std::str::from_utf8(b).unwrap_or_default())
        }
        _ => f(&w.to_lowercase()),
    }
}

pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‚' | '‹' | '›' | '`' | '‟' | '‛')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Splits one paragraph into tokens, appending to `out`.
fn tokenize(src: &str, para: Range, out: &mut Vec<Token>) {
    let s = &src[para.start..para.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let off = |i: usize| para.start + chars.get(i).map_or(s.len(), |&(b, _)| b);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            let numeric = c.is_ascii_digit();
            i += 1;
            let mut segment = 1; // letters since the last inner period
            loop {
                match at(i) {
                    Some(d) if d.is_alphanumeric() => {
                        i += 1;
                        segment += 1
                    }
                    // Inner apostrophe between letters: don't, O’Neill (but not the possessive ’s).
                    Some(d)
                        if is_apostrophe(d)
                            && at(i + 1).is_some_and(|e| e.is_alphabetic())
                            && (!matches!(at(i + 1), Some('s' | 'S')) || at(i + 2).is_some_and(|e| e.is_alphanumeric())) =>
                    {
                        i += 2
                    }
                    // Thousands separators and decimals: 49,000 and 2.5.
                    Some(',' | '.') if numeric && at(i + 1).is_some_and(|e| e.is_ascii_digit()) => i += 2,
                    // Dotted abbreviations: U.S., a.m. (a letter after the dot).
                    Some('.') if !numeric && at(i + 1).is_some_and(|e| e.is_alphabetic()) && at(i + 2).is_some_and(|e| e == '.' || !e.is_alphabetic()) && segment == 1 => i += 2,
                    _ => break,
                }
            }
            // A trailing period belongs to initials, dotted abbreviations and known short forms.
            if at(i) == Some('.') {
                let word = &s[chars[start].0..chars.get(i).map_or(s.len(), |&(b, _)| b)];
                if is_abbreviation(word) {
                    i += 1;
                }
            }
            let kind = if numeric && chars[start..i].iter().all(|&(_, c)| c.is_ascii_digit() || c == ',' || c == '.') { TokKind::Number } else { TokKind::Word };
            out.push(Token { start: off(start), end: off(i), kind });
            continue;
        }
        // Possessive ’s / 's as its own token (also after a space, as in text that was
        // tokenised before: "Boatmen 's").
        if is_apostrophe(c)
            && start > 0
            && (chars[start - 1].1.is_alphanumeric() || chars[start - 1].1 == ' ' && start > 1 && chars[start - 2].1.is_alphanumeric())
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(|e| e.is_alphanumeric())
        {
            i += 2;
            out.push(Token { start: off(start), end: off(i), kind: TokKind::Word });
            continue;
        }
        // Doubled marks used as quotation marks: '' and ``, and ‘‘ ’’ from converted text.
        if matches!(c, '\'' | '`' | '‘' | '’') && at(i + 1) == Some(c) {
            i += 2;
            out.push(Token { start: off(start), end: off(i), kind: TokKind::Quote });
            continue;
        }
        i += 1;
        let kind = if is_quote_char(c) { TokKind::Quote } else { TokKind::Punct };
        out.push(Token { start: off(start), end: off(i), kind });
    }
}

fn is_abbreviation(word: &str) -> bool {
    let mut cs = word.chars();
    let single_letter = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic());
    single_letter || word.contains('.') || lexicon::abbreviations().contains(word)
}

/// The most tokens a sentence may hold: several times the longest sentence of a news
/// article, and a bound on the work any stage does per sentence.
pub const MAX_SENTENCE_TOKENS: usize = 300;

/// Sentence boundaries inside one paragraph's tokens `[first..]`.
fn split_sentences(src: &str, tokens: &[Token], first: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let end = tokens.len();
    if first == end {
        return;
    }
    let text = |i: usize| &src[tokens[i].start..tokens[i].end];
    let mut start = first;
    let mut i = first;
    while i < end {
        let t = text(i);
        let mut boundary = false;
        let mut last = i;
        if matches!(t, "." | "!" | "?" | "…") || (t.ends_with('.') && tokens[i].kind == TokKind::Word && ends_sentence_abbrev(src, tokens, i)) {
            // Closing quotes and brackets that follow the terminator stay in this sentence.
            while last + 1 < end && is_closer(text(last + 1)) && tokens[last + 1].start == tokens[last].end {
                last += 1;
            }
            boundary = last + 1 == end || starts_sentence(text(last + 1)) && tokens[last + 1].start > tokens[last].end;
            // “Is it?” Trump asked. — an attribution after a quote ending in ? or ! stays
            // in the quote's sentence.
            if boundary && last > i && matches!(t, "?" | "!") && last + 1 < end && attribution_follows(src, tokens, last + 1, end) {
                boundary = false;
            }
        }
        // A run of words with no full stop ends a sentence after so many tokens, so that
        // no later stage's scan of a sentence can take more than linear time overall.
        if !boundary && last + 1 - start >= MAX_SENTENCE_TOKENS {
            boundary = true;
        }
        if boundary {
            out.push(Sentence { range: Range::new(tokens[start].start, tokens[last].end), paragraph, tokens: start..last + 1 });
            start = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    if start < end {
        out.push(Sentence { range: Range::new(tokens[start].start, tokens[end - 1].end), paragraph, tokens: start..end });
    }
}

/// Whether the tokens from `i` read as "Name said" / "Mr. Name added" (up to four
/// capitalised words, then a reporting verb), or with an apposition between: "Miller, a
/// retired worker, said" (up to twelve tokens, none a full stop or a quotation mark).
fn attribution_follows(src: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let text = |k: usize| &src[tokens[k].start..tokens[k].end];
    let mut k = i;
    while k < end && k < i + 4 && text(k).starts_with(char::is_uppercase) {
        k += 1;
    }
    // A possessive and its noun: "Scott's niece, Marcia Price, said".
    if k > i && k < end && matches!(text(k), "'s" | "’s") {
        k += 1;
        let from = k;
        while k < end && k < from + 3 && text(k).starts_with(char::is_lowercase) {
            k += 1;
        }
    }
    if k > i && k < end && text(k) == "," {
        let limit = end.min(k + 16);
        let mut c = k + 1;
        while c < limit && text(c) != "," && !matches!(text(c), "." | "!" | "?" | ";" | ":") {
            // A nickname in marks and a party in parentheses stay in the apposition: `state Del.
            // Marcia "Cia" Price (D-Newport News),`.
            if c + 2 < limit && matches!(text(c), "\"" | "“") && text(c + 1).starts_with(char::is_uppercase) && matches!(text(c + 2), "\"" | "”") {
                c += 3;
            } else if text(c) == "(" {
                match (c + 1..limit.min(c + 6)).find(|&p| text(p) == ")") {
                    Some(p) => c = p + 1,
                    None => break,
                }
            } else if is_closer(text(c)) || matches!(text(c), "“" | "‘" | "«") {
                break;
            } else {
                c += 1;
            }
        }
        if c + 1 < end && c > k + 1 && text(c) == "," {
            k = c + 1;
        }
    }
    // (Or a verb and its particle: "Trump went on.")
    let phrasal = || k + 1 < end && lexicon::speech_phrases().contains(&src[tokens[k].start..tokens[k + 1].end]) && (k + 2 >= end || tokens[k + 2].kind == TokKind::Punct);
    k > i && k < end && (lexicon::speech_verbs().contains(text(k)) || phrasal())
}

fn is_closer(t: &str) -> bool {
    matches!(t, "”" | "\"" | "’" | "'" | "''" | "’’" | "»" | ")" | "]" | "›")
}

/// Whether a token can open a sentence after a full stop: anything but a word in lower
/// case or closing punctuation ("She left. 👋 Then…" splits; "p.m. and" does not).
fn starts_sentence(t: &str) -> bool {
    t.chars().next().is_some_and(|c| !c.is_lowercase() && !matches!(c, ',' | ';' | ':' | ')' | ']' | '”' | '’' | '»' | '.' | '!' | '?'))
}

/// A word ending in a period (an abbreviation such as "U.S." or "Jr.") ends a sentence
/// only when the next word is one that starts sentences, not names ("in the U.S. He said").
fn ends_sentence_abbrev(src: &str, tokens: &[Token], i: usize) -> bool {
    let t = &src[tokens[i].start..tokens[i].end];
    if lexicon::titles().contains(t) || t.chars().count() == 2 {
        return false; // "Gen." and initials ("F.") precede names
    }
    match tokens.get(i + 1) {
        None => true,
        Some(n) => {
            let next = &src[n.start..n.end];
            lexicon::function_words().contains(next) || next.starts_with(['“', '"'])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let t = Text::new(s);
        t.tokens.iter().map(|k| &s[k.start..k.end]).collect()
    }

    fn sents(s: &str) -> Vec<&str> {
        let t = Text::new(s);
        t.sentences.iter().map(|x| &s[x.range.start..x.range.end]).collect()
    }

    #[test]
    fn tokens_keep_abbreviations_numbers_and_apostrophes() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S. troops", &["U.S.", "troops"]),
            ("about 49,000 troops.", &["about", "49,000", "troops", "."]),
            ("don’t stop", &["don’t", "stop"]),
            ("Abe’s visit", &["Abe", "’s", "visit"]),
            ("Boatmen 's Bancshares", &["Boatmen", "'s", "Bancshares"]),
            ("He said 'so' then", &["He", "said", "'", "so", "'", "then"]),
            ("Gen. Joseph F. Dunford Jr. said", &["Gen.", "Joseph", "F.", "Dunford", "Jr.", "said"]),
            ("“Yes,” she said", &["“", "Yes", ",", "”", "she", "said"]),
            ("''Yes,'' he said", &["''", "Yes", ",", "''", "he", "said"]),
            ("U.S.-Japan ties", &["U.S.", "-", "Japan", "ties"]),
            ("café 🙂 naïve", &["café", "🙂", "naïve"]),
        ];
        for (input, want) in cases {
            assert_eq!(toks(input), *want, "tokens of {input:?}");
        }
    }

    #[test]
    fn sentences_split_on_terminators_not_abbreviations() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            ("U.S. officials said so. Then he left.", &["U.S. officials said so.", "Then he left."]),
            ("“It is big.” He said it.", &["“It is big.”", "He said it."]),
            ("“Is it?” Trump asked. Then he left.", &["“Is it?” Trump asked.", "Then he left."]),
            ("“Is it?” Miller, a retired worker, asked. Then he left.", &["“Is it?” Miller, a retired worker, asked.", "Then he left."]),
            ("“Is it?” Miller, who had left, came back.", &["“Is it?”", "Miller, who had left, came back."]),
            ("“Win!” Scott's niece, Marcia Price, shouted. Then she left.", &["“Win!” Scott's niece, Marcia Price, shouted.", "Then she left."]),
            (
                "“Win!” Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted. Then she left.",
                &["“Win!” Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted.", "Then she left."],
            ),
            ("“Is it?” Trump went on. Then he left.", &["“Is it?” Trump went on.", "Then he left."]),
            ("“Is it?” Trump went on to win.", &["“Is it?”", "Trump went on to win."]),
            ("She said so. 👋🏽 Then she left.", &["She said so.", "👋🏽 Then she left."]),
            ("Gen. Saito spoke. Dr. Who did too.", &["Gen. Saito spoke.", "Dr. Who did too."]),
            ("He lives in the U.S. He works.", &["He lives in the U.S.", "He works."]),
            ("It cost 2.5 million. Yes", &["It cost 2.5 million.", "Yes"]),
        ];
        for (input, want) in cases {
            assert_eq!(sents(input), *want, "sentences of {input:?}");
        }
    }

    #[test]
    fn paragraphs_by_blank_lines_and_short_lines() {
        let s = "Headline here\nWashington —\n\nFirst para.\r\n\r\nSecond para.";
        let t = Text::new(s);
        let ps: Vec<&str> = t.paragraphs.iter().map(|r| &s[r.start..r.end]).collect();
        assert_eq!(ps, ["Headline here", "Washington —", "First para.", "Second para."]);
        let wrapped = "This is a hard wrapped paragraph of text that goes on\nand on across several lines of about the same width\nuntil it finally stops at the end of the third line\nhere.";
        assert_eq!(Text::new(wrapped).paragraphs.len(), 1);
    }

    #[test]
    fn lowercase_as_the_standard_library_does() {
        for w in ["", "Said", "SAID", "said", "li\u{212a}ely", "İstanbul", "ΣΟΦΊΑ", "O'NEILL-Smith", "A23456789012345678901234567890", "Straße"] {
            assert_eq!(with_lowercase(w, str::to_string), w.to_lowercase(), "{w:?}");
        }
    }

    #[test]
    fn every_range_is_on_char_boundaries() {
        let s = "«Ça va», dit-il. 😀 “Naïve” 東京 ''ok''\n\n\u{0}\u{7}x";
        let t = Text::new(s);
        for tok in &t.tokens {
            assert!(s.is_char_boundary(tok.start) && s.is_char_boundary(tok.end));
            assert!(tok.start < tok.end);
        }
        for se in &t.sentences {
            assert!(s.is_char_boundary(se.range.start) && s.is_char_boundary(se.range.end));
        }
    }
}
