//! Hostile inputs, each made at any size: what people drop on the page when it is not a
//! news article. Shared by `tests/hostile.rs` (small sizes, checked for correctness) and
//! `examples/hostile.rs` (full sizes, timed at n and 10n to show linear time).

#![allow(dead_code)]

/// A hostile input: its name, the size in bytes the issue asks for, and how to make it at
/// about `n` bytes (never much more).
pub struct Hostile {
    pub name: &'static str,
    pub full: usize,
    pub make: fn(usize) -> Vec<u8>,
}

const MB: usize = 1 << 20;

pub const ALL: &[Hostile] = &[
    Hostile { name: "one line, no punctuation", full: 20 * MB, make: one_line_no_punctuation },
    Hostile { name: "one line of capitalised names, no punctuation", full: 20 * MB, make: one_line_of_names },
    Hostile { name: "one word, no space", full: 20 * MB, make: one_word },
    Hostile { name: "digits and letters, no space", full: 4 * MB, make: digits_and_letters },
    Hostile { name: "straight quotes, unbalanced", full: 100_000, make: straight_quotes },
    Hostile { name: "curly quotes, alternating", full: 300_000, make: alternating_curly_quotes },
    Hostile { name: "opening quotes only, with words", full: 600_000, make: opening_quotes_only },
    Hostile { name: "quotes of every kind, unbalanced", full: 300_000, make: mixed_quote_marks },
    Hostile { name: "deeply nested quotes", full: MB, make: nested_quotes },
    Hostile { name: "said said said", full: MB, make: said_said_said },
    Hostile { name: "quotes with speakers", full: 4 * MB, make: quotes_with_speakers },
    Hostile { name: "quotes by unnamed speakers", full: 4 * MB, make: unnamed_speakers },
    Hostile { name: "quotes by they and it", full: 4 * MB, make: they_and_it },
    Hostile { name: "they said, in one sentence", full: MB, make: they_in_one_sentence },
    Hostile { name: "when asked, in one sentence", full: MB, make: when_asked_in_one_sentence },
    Hostile { name: "one huge word as a speaker", full: MB, make: huge_speaker },
    Hostile { name: "distinct names", full: 4 * MB, make: distinct_names },
    Hostile { name: "figures and dates in one sentence", full: MB, make: figures_in_one_sentence },
    Hostile { name: "figures and dates, many sentences", full: 4 * MB, make: figures_in_sentences },
    Hostile { name: "acronyms in parentheses", full: 4 * MB, make: acronyms },
    Hostile { name: "NUL bytes and control characters", full: 4 * MB, make: control_characters },
    Hostile { name: "right-to-left and CJK text", full: 4 * MB, make: rtl_and_cjk },
    Hostile { name: "mixed line endings", full: 4 * MB, make: mixed_line_endings },
    Hostile { name: "empty lines", full: 4 * MB, make: empty_lines },
    Hostile { name: "BOMs, leading and within", full: 4 * MB, make: boms },
    Hostile { name: "invalid UTF-8 (decoded lossily)", full: 4 * MB, make: invalid_utf8 },
    Hostile { name: "scraped HTML", full: 4 * MB, make: scraped_html },
];

/// `unit` repeated up to about `n` bytes.
fn repeat(unit: &str, n: usize) -> Vec<u8> {
    unit.repeat(n / unit.len().max(1) + 1).into_bytes()
}

/// Units taken in turn, up to about `n` bytes.
fn cycle(units: &[&str], n: usize) -> Vec<u8> {
    let mut out = String::with_capacity(n + 64);
    let mut i = 0;
    while out.len() < n {
        out.push_str(units[i % units.len()]);
        i += 1;
    }
    out.into_bytes()
}

fn one_line_no_punctuation(n: usize) -> Vec<u8> {
    cycle(&["the ", "troops ", "said ", "would ", "stay ", "in ", "Tokyo ", "for ", "years ", "49 000 ", "officials ", "told ", "him "], n)
}

fn one_line_of_names(n: usize) -> Vec<u8> {
    cycle(&["Ashton ", "Carter ", "Shinzo ", "Abe ", "Tokyo ", "Japan ", "NATO ", "United ", "States ", "Mr ", "Defense ", "Secretary "], n)
}

fn one_word(n: usize) -> Vec<u8> {
    repeat("a", n)
}

fn digits_and_letters(n: usize) -> Vec<u8> {
    repeat("a1", n)
}

fn straight_quotes(n: usize) -> Vec<u8> {
    repeat("\"", n)
}

fn alternating_curly_quotes(n: usize) -> Vec<u8> {
    repeat("“”", n)
}

fn opening_quotes_only(n: usize) -> Vec<u8> {
    repeat("“We will stay, ", n)
}

fn mixed_quote_marks(n: usize) -> Vec<u8> {
    cycle(&["\"", "“", "”", "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "\"", "“", "“", "«"], n)
}

fn nested_quotes(n: usize) -> Vec<u8> {
    let depth = n / 8;
    let mut s = String::with_capacity(n + 16);
    for i in 0..depth {
        s.push_str(if i % 2 == 0 { "“" } else { "‘" });
    }
    s.push_str(" yes ");
    for i in (0..depth).rev() {
        s.push_str(if i % 2 == 0 { "”" } else { "’" });
    }
    s.push_str(" Carter said.");
    s.into_bytes()
}

fn said_said_said(n: usize) -> Vec<u8> {
    repeat("said ", n)
}

fn quotes_with_speakers(n: usize) -> Vec<u8> {
    cycle(
        &[
            "“We will stay,” Defense Secretary Ashton Carter said on Monday. ",
            "“Nearly 49,000 troops are there,” he told reporters.\n\n",
            "Prime Minister Shinzo Abe said the agreement was historic. ",
            "“It is the first revision since 1997,” Abe said. “We agree.”\n\n",
            "According to the official, about 50,000 troops stay. ",
        ],
        n,
    )
}

/// Quotes whose speakers no entity names: each is kept as a description for the next.
fn unnamed_speakers(n: usize) -> Vec<u8> {
    cycle(&["“We will go on,” a man said. ", "“It is over,” the official told reporters. ", "“Not yet,” she said.\n\n"], n)
}

/// Groups and documents that speak, then "they" and "it" that stand for them.
fn they_and_it(n: usize) -> Vec<u8> {
    cycle(
        &[
            "Military analysts and Senators Ann Lee and Bo Chan doubted the plan. ",
            "“It will fail,” they said. ",
            "The congressional report was out. ",
            "It said the plan would fail.\n\n",
        ],
        n,
    )
}

/// One sentence that goes on quoting "they" and never ends.
fn they_in_one_sentence(n: usize) -> Vec<u8> {
    cycle(&["Officials and analysts, “no,” they said, ", "and “yes,” it added, "], n)
}

fn when_asked_in_one_sentence(n: usize) -> Vec<u8> {
    cycle(&["he said when asked whether the experts who say it is on the other hand ", "in a June report that “yes” is saying "], n)
}

/// A speaker named by one word of a quarter of the input, twice, then quotes that would
/// inherit it or name it by a pronoun.
fn huge_speaker(n: usize) -> Vec<u8> {
    let name = format!("A{}", "b".repeat(n / 4));
    let mut out = format!("Mr. {name} arrived on Monday. “Yes,” said Mr. {name}.\n\n").into_bytes();
    out.extend(cycle(&["“No, no, no.”\n\n", "“No,” he said.\n\n"], n / 2));
    out
}

/// Many different people, each named once, then by surname: every name is new.
fn distinct_names(n: usize) -> Vec<u8> {
    const FIRST: &[&str] = &["James", "Mary", "John", "Linda", "Hiroshi", "Yuki", "Ahmed", "Fatima", "Olga", "Ivan", "Wei", "Mei", "Kwame", "Ama", "Jean", "Anna"];
    let mut s = String::with_capacity(n + 64);
    let mut i = 0usize;
    while s.len() < n {
        // A surname made from the counter: a new person every sentence.
        let surname: String = format!("{i:x}")
            .chars()
            .map(|c| ["Ka", "Mo", "Ri", "Te", "Su", "No", "Va", "Le", "Zo", "Pa", "Bi", "Du", "Fe", "Go", "Hu", "Ji"][c.to_digit(16).unwrap_or(0) as usize])
            .collect();
        let surname = surname[..1].to_uppercase() + &surname[1..].to_lowercase() + "son";
        s.push_str(&format!("{} {surname} met Mr. {surname} in Tokyo, {surname} said. ", FIRST[i % FIRST.len()]));
        i += 1;
    }
    s.into_bytes()
}

fn figures_in_one_sentence(n: usize) -> Vec<u8> {
    cycle(&["49,000 troops in 1997, ", "nearly 20 years since April 27, 2015, ", "$4.2 billion on Monday, ", "about 12 percent last year, "], n)
}

fn figures_in_sentences(n: usize) -> Vec<u8> {
    cycle(&["Officials said 49,000 troops stayed in 1997. ", "Nearly 20 years later, on April 27, 2015, it cost $4.2 billion. ", "About 12 percent left last year.\n"], n)
}

fn acronyms(n: usize) -> Vec<u8> {
    cycle(
        &[
            "The North Atlantic Treaty Organization (NATO) met. ",
            "The Japan Self-Defense Forces (JSDF) and the (US) and ( ) and (NATO ",
            "The World Health Organization (WHO) said so. ",
        ],
        n,
    )
}

fn control_characters(n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n + 64);
    let mut i = 0u8;
    while out.len() < n {
        out.extend_from_slice(b"Carter said");
        out.push(i % 32);
        out.push(0);
        out.extend_from_slice("\u{7f}\u{85}\u{200b}\u{202e}".as_bytes());
        out.extend_from_slice(b"\"yes\x00\"");
        i = i.wrapping_add(1);
    }
    out
}

fn rtl_and_cjk(n: usize) -> Vec<u8> {
    cycle(
        &[
            "قال المتحدث \u{200f}«سنبقى هنا»\u{200f} يوم الاثنين. ",
            "\u{202b}אמר השר: \"נישאר כאן\".\u{202c} ",
            "东京「我们会留下」他说。四万九千名士兵。",
            "防衛大臣は「残る」と述べた。1997年。\n",
            "국방부 장관은 “우리는 머물 것”이라고 말했다. ",
        ],
        n,
    )
}

fn mixed_line_endings(n: usize) -> Vec<u8> {
    cycle(&["Carter said.\r\n", "“Yes,” he said.\r", "No.\n", "\r\n\r\n", "Abe\u{2028}spoke\u{2029}", "\n\r"], n)
}

fn empty_lines(n: usize) -> Vec<u8> {
    repeat("\n", n)
}

fn boms(n: usize) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    out.extend(cycle(&["“Yes,” Carter said.\u{feff} ", "\u{feff}\u{feff}\n"], n));
    out
}

fn invalid_utf8(n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n + 64);
    let bad: [&[u8]; 6] = [b"\xff", b"\xc3", b"\xe2\x80", b"\xf0\x9f\x99", b"\xed\xa0\x80", b"\xc0\xaf"];
    let mut i = 0;
    while out.len() < n {
        out.extend_from_slice("“Caf".as_bytes());
        out.extend_from_slice(bad[i % bad.len()]);
        out.extend_from_slice(" said,” Carter".as_bytes());
        out.extend_from_slice(bad[(i + 3) % bad.len()]);
        out.extend_from_slice(b" said. ");
        i += 1;
    }
    out
}

fn scraped_html(n: usize) -> Vec<u8> {
    cycle(
        &[
            "<html><head><script>var q = \"it's\"; if (a < b && c > \"d\") { x = '\"'; }</script></head>",
            "<div class=\"article\"><p>&ldquo;We will stay,&rdquo; Carter <b>said</b>.</p>",
            "<a href=\"https://example.com/?a=1&b=2\">Share</a> | <a href='#'>Tweet</a>\n",
            "<p>Nearly 49,000&nbsp;troops&hellip;</p></div><!-- \"comment\" -->\n",
        ],
        n,
    )
}
