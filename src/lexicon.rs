//! Word lists, embedded at compile time from `data/*.txt`.
//!
//! Each file starts with `# ` header lines (the first names its public source), then one
//! entry per line, tab-separated columns where a file has several, sorted in byte order and
//! without duplicates; `tests::lists_are_sorted_unique_and_sourced` keeps them so.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Every embedded list, by file name: the test below checks them all.
pub const FILES: &[(&str, &str)] = &[
    ("abbreviations.txt", include_str!("../data/abbreviations.txt")),
    ("boilerplate.txt", include_str!("../data/boilerplate.txt")),
    ("byline_roles.txt", include_str!("../data/byline_roles.txt")),
    ("clause_openers.txt", include_str!("../data/clause_openers.txt")),
    ("clause_verbs.txt", include_str!("../data/clause_verbs.txt")),
    ("common_initialisms.txt", include_str!("../data/common_initialisms.txt")),
    ("demonyms.txt", include_str!("../data/demonyms.txt")),
    ("function_words.txt", include_str!("../data/function_words.txt")),
    ("gerund_verbs.txt", include_str!("../data/gerund_verbs.txt")),
    ("given_names.txt", include_str!("../data/given_names.txt")),
    ("groups.txt", include_str!("../data/groups.txt")),
    ("headline_labels.txt", include_str!("../data/headline_labels.txt")),
    ("irregular_pasts.txt", include_str!("../data/irregular_pasts.txt")),
    ("lead_verbs.txt", include_str!("../data/lead_verbs.txt")),
    ("law_words.txt", include_str!("../data/law_words.txt")),
    ("name_titles.txt", include_str!("../data/name_titles.txt")),
    ("named_days.txt", include_str!("../data/named_days.txt")),
    ("nicknames.txt", include_str!("../data/nicknames.txt")),
    ("numbered_nouns.txt", include_str!("../data/numbered_nouns.txt")),
    ("org_words.txt", include_str!("../data/org_words.txt")),
    ("organizations.txt", include_str!("../data/organizations.txt")),
    ("parties.txt", include_str!("../data/parties.txt")),
    ("person_nouns.txt", include_str!("../data/person_nouns.txt")),
    ("places.txt", include_str!("../data/places.txt")),
    ("source_nouns.txt", include_str!("../data/source_nouns.txt")),
    ("speech_phrases.txt", include_str!("../data/speech_phrases.txt")),
    ("speech_verbs.txt", include_str!("../data/speech_verbs.txt")),
    ("that_optional_verbs.txt", include_str!("../data/that_optional_verbs.txt")),
    ("titles.txt", include_str!("../data/titles.txt")),
];

/// A list's entries, and how many there are at most (its lines), so that its table is made
/// at its size once rather than grown step by step: at start-up, the growing was a fifth of
/// loading them.
fn body(name: &str) -> (impl Iterator<Item = &'static str>, usize) {
    let text = FILES.iter().find(|(n, _)| *n == name).map_or("", |(_, t)| *t);
    (lines(text).filter(|l| !l.starts_with('#') && !l.is_empty()), text.bytes().filter(|&b| b == b'\n').count() + 1)
}

/// What `str::lines` gives, found by reading the bytes: the lines are short, and its search
/// for each line's end (and then for a tab in it) cost more than reading them (2.2 M
/// instructions of the analyser's start-up, on 15,000 lines).
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(end) = rest.bytes().position(|b| b == b'\n') else {
            return Some(std::mem::take(&mut rest));
        };
        let line = &rest[..end];
        rest = &rest[end + 1..];
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

/// `line` split at its first tab, if it has one.
fn split_tab(line: &'static str) -> Option<(&'static str, &'static str)> {
    let tab = line.bytes().position(|b| b == b'\t')?;
    Some((&line[..tab], &line[tab + 1..]))
}

type Set = HashSet<&'static str, crate::learn::FnvBuild>;
type Map = HashMap<&'static str, &'static str, crate::learn::FnvBuild>;

fn set(name: &str) -> Set {
    let (entries, lines) = body(name);
    let mut out = Set::with_capacity_and_hasher(lines, Default::default());
    out.extend(entries.map(|l| split_tab(l).map_or(l, |(first, _)| first)));
    out
}

fn map(name: &str) -> Map {
    let (entries, lines) = body(name);
    let mut out = Map::with_capacity_and_hasher(lines, Default::default());
    out.extend(entries.filter_map(split_tab));
    out
}

macro_rules! list {
    ($(#[$doc:meta])* $fn:ident, $kind:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $fn() -> &'static $kind {
            static CELL: OnceLock<$kind> = OnceLock::new();
            CELL.get_or_init(|| <$kind as Load>::load($file))
        }
    };
}

trait Load {
    fn load(file: &str) -> Self;
}
impl Load for Set {
    fn load(file: &str) -> Self {
        set(file)
    }
}
impl Load for Map {
    fn load(file: &str) -> Self {
        map(file)
    }
}

list!(
    /// Words that keep their trailing period: "Gen.", "Jr.", "Sept.".
    abbreviations, Set, "abbreviations.txt"
);
list!(
    /// Line prefixes of page furniture: "Sign up", "Read more:".
    boilerplate, Set, "boilerplate.txt"
);
list!(
    /// Words for a writer's role in an author's note: "columnist", "correspondent".
    byline_roles, Set, "byline_roles.txt"
);
list!(
    /// Words that open a clause and never the name after them: "Maybe", "Though", "Did".
    clause_openers, Set, "clause_openers.txt"
);
list!(
    /// Initialisms written as common nouns or adjectives: "TV", "PAC", "LGBT".
    common_initialisms, Set, "common_initialisms.txt"
);
list!(
    /// Nationality words to their country: "Japanese" → "Japan".
    demonyms, Map, "demonyms.txt"
);
list!(
    /// Capitalised words that never start a name: "The", "However".
    function_words, Set, "function_words.txt"
);
list!(
    /// Given names: "Ashton", "Fumio".
    given_names, Set, "given_names.txt"
);
list!(
    /// Given names to their usual gender: "m", "f" or "u".
    given_name_genders, Map, "given_names.txt"
);
list!(
    /// Religious and ethnic groups to their AP-style name: "Shia" → "Shiite".
    groups, Map, "groups.txt"
);
list!(
    /// Last words that make a name a law or treaty: "Act", "Constitution", "Treaty".
    law_words, Set, "law_words.txt"
);
list!(
    /// Days named with their weekday: "Super Tuesday", "Good Friday".
    named_days, Set, "named_days.txt"
);
list!(
    /// Short forms of given names to their full form: "Ash" → "Ashton".
    nicknames, Map, "nicknames.txt"
);
list!(
    /// Nouns that name a numbered thing before a number: "Article" (9), "Chapter" (11).
    numbered_nouns, Set, "numbered_nouns.txt"
);
list!(
    /// Words that make a capitalised phrase an organization: "Ministry", "Institute".
    org_words, Set, "org_words.txt"
);
list!(
    /// Organizations known by name: "Pentagon", "NATO" → "North Atlantic Treaty Organization".
    organizations, Map, "organizations.txt"
);
list!(
    /// Words for a party's members or its adjective, to the party: "Democrats" → "Democratic Party".
    parties, Map, "parties.txt"
);
list!(
    /// Labels that open a headline before a colon and name no speaker: "the latest", "exclusive".
    headline_labels, Set, "headline_labels.txt"
);
list!(
    /// Nouns that describe a person who can be a speaker: "official", "spokeswoman".
    person_nouns, Set, "person_nouns.txt"
);
list!(
    /// Place names to their canonical form: "U.S." → "United States".
    places, Map, "places.txt"
);
list!(
    /// Nouns that head a source that is not a person: "report", "statement".
    source_nouns, Set, "source_nouns.txt"
);
list!(
    /// Reporting verbs that, ending a sentence of their own, hand the turn to the quotation
    /// that opens the next one: "Bystrom agreed. “…”".
    lead_verbs, Set, "lead_verbs.txt"
);
list!(
    /// Reporting verbs with their particle, "went on", "shot back": a cue when no word follows.
    speech_phrases, Set, "speech_phrases.txt"
);
list!(
    /// Reporting verbs in all their forms: "said", "told", "warned".
    speech_verbs, Set, "speech_verbs.txt"
);
list!(
    /// Reporting verbs whose reported content may follow without "that": "said the plan failed".
    that_optional_verbs, Set, "that_optional_verbs.txt"
);
list!(
    /// Reporting verbs whose content may be a gerund clause: "denied having an affair".
    gerund_verbs, Set, "gerund_verbs.txt"
);
list!(
    /// Simple past forms not in "-ed": "sank", "fled", "ran".
    irregular_pasts, Set, "irregular_pasts.txt"
);
list!(
    /// Reporting verbs that take an object or a bare clause: "announced she is expecting" (but
    /// not "announced his candidacy").
    clause_verbs, Set, "clause_verbs.txt"
);
/// Whether `w` is a listed given name or a nickname of one ("John", "Bernie").
pub fn is_given_name(w: &str) -> bool {
    given_names().contains(w) || nicknames().contains_key(w)
}

/// Every start of a boilerplate prefix (cut at a character boundary), and whether it is one:
/// a paragraph whose start is none of these needs no longer look-up.
pub fn boilerplate_prefixes() -> &'static HashMap<&'static str, bool, crate::learn::FnvBuild> {
    static CELL: OnceLock<HashMap<&'static str, bool, crate::learn::FnvBuild>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut m: HashMap<&'static str, bool, crate::learn::FnvBuild> = HashMap::default();
        for e in boilerplate() {
            for (i, c) in e.char_indices() {
                let end = i + c.len_utf8();
                *m.entry(&e[..end]).or_default() |= end == e.len();
            }
        }
        m
    })
}

/// The first words of the listed places and organizations of several words ("New" of "New
/// York"), so that a word that starts none is not looked up as a phrase.
pub fn phrase_starts() -> &'static Set {
    static CELL: OnceLock<Set> = OnceLock::new();
    CELL.get_or_init(|| {
        let phrases = places().keys().chain(organizations().keys());
        phrases.filter_map(|p| p.split_once(' ').map(|(first, _)| first)).collect()
    })
}

list!(
    /// Titles and ranks that stand before names: "Secretary", "Gen.", "Minister".
    titles, Set, "titles.txt"
);
list!(
    /// Titles that news writes as part of their bearer's name: "Pope", "Queen", "Sheikh".
    name_titles, Set, "name_titles.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    /// `lines` and `split_tab` cut where `str::lines` and `split_once('\t')` do.
    #[test]
    fn lines_and_tabs_are_cut_as_the_standard_library_cuts_them() {
        for text in ["", "\n", "\n\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "x\r", "\r\n\r", "Café\tf\nJosé\tm\n", "🙂\t\t\n\tz"] {
            assert_eq!(lines(text).collect::<Vec<_>>(), text.lines().collect::<Vec<_>>(), "{text:?}");
            for line in text.lines() {
                assert_eq!(split_tab(line), line.split_once('\t'), "{line:?}");
            }
        }
    }

    #[test]
    fn lists_are_sorted_unique_and_sourced() {
        for (name, text) in FILES {
            assert!(text.starts_with("# source: "), "{name}: first line must be '# source: …'");
            assert!(text.ends_with('\n'), "{name}: must end with a newline");
            let entries: Vec<&str> = text.lines().skip_while(|l| l.starts_with('#')).collect();
            assert!(!entries.is_empty(), "{name}: no entries");
            for pair in entries.windows(2) {
                assert!(pair[0].as_bytes() < pair[1].as_bytes(), "{name}: {:?} must come before {:?}, once", pair[1], pair[0]);
            }
            for e in &entries {
                assert!(!e.is_empty() && !e.starts_with('#') && e.trim() == *e, "{name}: bad entry {e:?}");
            }
        }
    }

    #[test]
    fn lists_load() {
        assert!(speech_verbs().contains("said"));
        assert!(titles().contains("Secretary"));
        for t in name_titles() {
            assert!(titles().contains(t), "{t} is in name_titles.txt but not titles.txt");
        }
        assert_eq!(places().get("U.S."), Some(&"United States"));
        assert_eq!(demonyms().get("Japanese"), Some(&"Japan"));
        assert_eq!(nicknames().get("Ash"), Some(&"Ashton"));
        assert_eq!(groups().get("Shia"), Some(&"Shiite"));
        assert!(law_words().contains("Constitution"));
        assert_eq!(parties().get("Republicans"), Some(&"Republican Party"));
        assert!(function_words().contains("The"));
        assert!(phrase_starts().contains("New") && !phrase_starts().contains("York"));
    }
}
