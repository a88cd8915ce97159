//! The `presslens` command line: argument parsing and file reading over the core.
//! Native only: in the browser the library is the product.

use clap::{Parser, Subcommand, ValueEnum};
use presslens::model::Document;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// `println!` for the reports of `eval` and `train`: when the reader has gone (`presslens
/// eval quotes DIR --errors | head`), the report stops there, as `analyze` does, instead
/// of panicking on the closed pipe; any other failure to write is an error.
macro_rules! say {
    ($($arg:tt)*) => {{
        match writeln!(std::io::stdout().lock(), $($arg)*) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
            Err(e) => {
                eprintln!("presslens: writing the report: {e}");
                std::process::exit(1);
            }
        }
    }};
}

#[derive(Parser)]
#[command(name = "presslens", version, about = "Who said what, who is mentioned and what is claimed in news articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse text files and print the result as JSON (the analysis contract).
    Analyze {
        /// Output format: one JSON document, or one line per document then the corpus.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Text files (UTF-8); `-` or none reads standard input.
        files: Vec<String>,
    },
    /// Train a model from annotated data and write it as a packed artifact.
    Train {
        #[command(subcommand)]
        what: Train,
    },
    /// Measure accuracy on an annotated corpus.
    Eval {
        #[command(subcommand)]
        what: Eval,
    },
}

#[derive(Subcommand)]
enum Train {
    /// The check-worthiness scorer, from a ClaimBuster JSON file (sentences labelled 0/1).
    Claims {
        file: std::path::PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "data/claims.bin")]
        out: std::path::PathBuf,
    },
    /// The named-entity tagger, from a CoNLL-2003 file (CoNLL++ train).
    Ner {
        file: std::path::PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "data/ner.bin")]
        out: std::path::PathBuf,
        /// Passes over the data.
        #[arg(long, default_value_t = 8)]
        epochs: usize,
        /// Features seen fewer times than this in a pass are dropped (a smaller model).
        #[arg(long, default_value_t = 7)]
        min_count: u32,
        /// A CoNLL file to report the raw tagger's span F1 on after training.
        #[arg(long)]
        dev: Option<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
enum Eval {
    /// Quotes against brat attributions laid out as DIR/text/*.txt and DIR/attributions/*.ann
    /// (PolNeAR): direct-quote P/R/F1 at 0.3 and 0.8 overlap, speaker accuracy, reported speech.
    Quotes {
        dir: std::path::PathBuf,
        /// Also list the errors (missed, spurious, wrong speaker), one per line.
        #[arg(long)]
        errors: bool,
    },
    /// Check-worthiness against a ClaimBuster JSON file: precision, recall and F1 of the
    /// check-worthy class (label 1) for sentences scored at least 0.5 by the built-in model,
    /// or, with --folds K, by models trained on the other folds of the same file.
    Claims {
        file: std::path::PathBuf,
        #[arg(long)]
        folds: Option<usize>,
    },
    /// Pronoun speakers against a hand-checked file (tests/pronouns/*.tsv): for each "he"
    /// or "she" that speaks a quote in an article of TEXTS, whether it resolves to the person
    /// a careful reader takes it for.
    Pronouns {
        file: std::path::PathBuf,
        texts: std::path::PathBuf,
        /// Also list the pronouns resolved otherwise, one per line.
        #[arg(long)]
        errors: bool,
    },
    /// Dates against TimeML files (TimeBank, AQUAINT) under DIR: overlap precision, recall
    /// and F1, gold being the TIMEX3 of type DATE, TIME and DURATION.
    Dates { dir: std::path::PathBuf },
    /// Entities against a CoNLL-2003 file (CoNLL++): strict span-and-type P/R/F1 for
    /// PER, ORG, LOC, micro-averaged and per type.
    Entities {
        file: std::path::PathBuf,
        /// Also list the errors, one per line.
        #[arg(long)]
        errors: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Jsonl,
}

/// Reads one input: its id (the file name, path stripped) and its text, or why not, in
/// one line that names it. A file that is empty (nothing but white space) or not UTF-8
/// is not analysed.
fn read_input(arg: &str) -> Result<(String, String), String> {
    let (id, name, bytes) = if arg == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("standard input: {e}"))?;
        ("stdin".to_string(), "standard input".to_string(), buf)
    } else {
        let path = Path::new(arg);
        if path.is_dir() {
            return Err(format!("{arg}: is a directory; skipped"));
        }
        let bytes = std::fs::read(path).map_err(|e| format!("{arg}: cannot be read ({e}); skipped"))?;
        let id = path.file_name().map_or(arg.to_string(), |n| n.to_string_lossy().into_owned());
        (id, arg.to_string(), bytes)
    };
    let text = String::from_utf8(bytes).map_err(|e| format!("{name}: not UTF-8 text (invalid byte at offset {}); skipped", e.utf8_error().valid_up_to()))?;
    if text.chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
        return Err(format!("{name}: empty; skipped"));
    }
    Ok((id, text))
}

/// The exit codes of `analyze`, as the contract states them: every input analysed; none
/// (or the output could not be written); some inputs reported and skipped, the others
/// analysed and printed. (Bad arguments exit with 2, from the argument parser.)
const EXIT_NOTHING_ANALYSED: u8 = 1;
const EXIT_SOME_SKIPPED: u8 = 3;

fn analyze(format: Format, files: Vec<String>) -> ExitCode {
    let files = if files.is_empty() { vec!["-".to_string()] } else { files };
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    // One file at a time: read, analyse, write, and keep only what the corpus merge needs,
    // so that memory holds one document's text and result, not the whole batch's.
    let mut names = presslens::UniqueIds::default();
    let mut summaries = Vec::new();
    let mut skipped = 0;
    let mut written = Ok(());
    // Each document on its own: one that fails is reported by name, the rest go on. The
    // panic's own message is kept off stderr, so that each failure is one line.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for f in &files {
        let (id, text) = match read_input(f) {
            Ok(input) => input,
            Err(e) => {
                eprintln!("presslens: {e}");
                skipped += 1;
                continue;
            }
        };
        let id = names.next(&id);
        match std::panic::catch_unwind(|| presslens::analyze_document(&id, &text)) {
            Ok(d) => {
                written = write_document(&mut out, format, summaries.is_empty(), &d);
                summaries.push(presslens::corpus::summarize(&d).into_owned());
            }
            Err(_) => {
                eprintln!("presslens: {id}: internal error while analysing; skipped");
                skipped += 1;
            }
        }
        if written.is_err() {
            break;
        }
    }
    std::panic::set_hook(hook);
    if summaries.is_empty() {
        eprintln!("presslens: no document could be analysed");
        return ExitCode::from(EXIT_NOTHING_ANALYSED);
    }
    let written = written.and_then(|_| {
        let corpus = presslens::corpus::merge_summaries(summaries);
        match format {
            // The tail of the object `write_document` opened: as `to_writer_pretty` would
            // print the whole `Analysis`.
            Format::Json => out.write_all(b"\n  ],\n  \"corpus\": ").and_then(|_| write_nested(&mut out, &corpus, 1)).and_then(|_| out.write_all(b"\n}\n")),
            Format::Jsonl => {
                let tail = serde_json::json!({ "presslens": presslens::VERSION, "corpus": corpus });
                serde_json::to_writer(&mut out, &tail).map_err(std::io::Error::from).and_then(|_| writeln!(out))
            }
        }
    });
    let done = if skipped > 0 { ExitCode::from(EXIT_SOME_SKIPPED) } else { ExitCode::SUCCESS };
    match written.and_then(|_| out.flush()) {
        Ok(()) => done,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => done,
        Err(e) => {
            eprintln!("presslens: writing output: {e}");
            ExitCode::from(EXIT_NOTHING_ANALYSED)
        }
    }
}

/// Writes one document: in JSON, as an element of the `documents` array (opening the
/// object and the array before the first), byte for byte as `to_writer_pretty` prints a
/// whole `Analysis`; in JSON lines, as one line.
fn write_document(out: &mut impl Write, format: Format, first: bool, d: &Document) -> std::io::Result<()> {
    match format {
        Format::Json => {
            if first {
                write!(out, "{{\n  \"presslens\": ")?;
                serde_json::to_writer(&mut *out, presslens::VERSION)?;
                out.write_all(b",\n  \"documents\": [\n    ")?;
            } else {
                out.write_all(b",\n    ")?;
            }
            write_nested(out, d, 2)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, d)?;
            writeln!(out)
        }
    }
}

/// Pretty JSON of `value`, which sits `depth` levels deep in the output (its inner lines
/// indented to match), written as it is made.
fn write_nested(out: &mut impl Write, value: &impl serde::Serialize, depth: usize) -> std::io::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(out, Pretty { depth, has_value: false })).map_err(std::io::Error::from)
}

/// serde_json's pretty layout (two spaces a level), writing each line break with its
/// indentation in one piece rather than two spaces at a time: the same bytes, in a tenth of
/// the writes.
#[derive(Default)]
struct Pretty {
    depth: usize,
    has_value: bool,
}

/// The deepest indentation written in one piece; deeper lines are written in parts.
const DEEPEST: usize = 64;
/// ",", a line break and the spaces of the deepest indentation.
const BREAK: [u8; 2 + 2 * DEEPEST] = {
    let mut b = [b' '; 2 + 2 * DEEPEST];
    b[0] = b',';
    b[1] = b'\n';
    b
};

impl Pretty {
    /// A line break (after a comma unless `first`) and the indentation of the current depth.
    fn line<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> std::io::Result<()> {
        let start = usize::from(first);
        if self.depth <= DEEPEST {
            return w.write_all(&BREAK[start..2 + 2 * self.depth]);
        }
        w.write_all(&BREAK[start..2])?;
        (0..self.depth).try_for_each(|_| w.write_all(b"  "))
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(w, true)?;
        }
        w.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.line(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(w, true)?;
        }
        w.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.line(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

pub fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Analyze { format, files } => analyze(format, files),
        Command::Train { what: Train::Ner { file, out, epochs, min_count, dev } } => report(train_ner(&file, &out, epochs, min_count, dev.as_deref())),
        Command::Train { what: Train::Claims { file, out } } => report(train_claims(&file, &out)),
        Command::Eval { what: Eval::Quotes { dir, errors } } => report(eval_quotes(&dir, errors)),
        Command::Eval { what: Eval::Entities { file, errors } } => report(eval_entities(&file, errors)),
        Command::Eval { what: Eval::Dates { dir } } => report(eval_dates(&dir)),
        Command::Eval { what: Eval::Pronouns { file, texts, errors } } => report(eval_pronouns(&file, &texts, errors)),
        Command::Eval { what: Eval::Claims { file, folds } } => report(eval_claims(&file, folds)),
    }
}

/// The exit of a command that stops at its first error: the error on stderr, named.
fn report(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("presslens: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A file's text, or an error naming it.
fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes a file, or an error naming it.
fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// The articles of a brat corpus with one annotator's file each (the first by name).
/// The annotation files of a brat corpus by article: `ARTICLE_ANNOTATOR.ann`, sorted.
fn annotations_by_article(ann_dir: &Path) -> Result<std::collections::BTreeMap<String, Vec<String>>, String> {
    let mut by_article: std::collections::BTreeMap<String, Vec<String>> = std::collections::BTreeMap::new();
    for e in std::fs::read_dir(ann_dir).map_err(|e| format!("{}: {e}", ann_dir.display()))?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if let Some((stem, _annotator)) = name.strip_suffix(".ann").and_then(|n| n.rsplit_once('_')) {
            by_article.entry(stem.to_string()).or_default().push(name);
        }
    }
    by_article.values_mut().for_each(|files| files.sort());
    Ok(by_article)
}

/// Each article of a brat corpus with its text and one annotator's file (the first by name).
fn brat_corpus(dir: &Path) -> Result<Vec<(String, String, String)>, String> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let anns = annotations_by_article(&ann_dir)?;
    let mut texts: Vec<String> = std::fs::read_dir(&text_dir)
        .map_err(|e| format!("{}: {e}", text_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    texts.sort();
    let mut out = Vec::new();
    for t in texts {
        let Some(ann) = anns.get(t.trim_end_matches(".txt")).and_then(|files| files.first()) else {
            eprintln!("presslens: {t}: no annotation file; skipped");
            continue;
        };
        let text = std::fs::read_to_string(text_dir.join(&t)).map_err(|e| format!("{t}: {e}"))?;
        let ann = std::fs::read_to_string(ann_dir.join(ann)).map_err(|e| format!("{ann}: {e}"))?;
        out.push((t, text, ann));
    }
    Ok(out)
}

fn eval_quotes(dir: &Path, errors: bool) -> Result<(), String> {
    let corpus = brat_corpus(dir)?;
    let mut total = presslens::eval::QuoteReport::default();
    for (id, text, ann) in &corpus {
        let gold = presslens::eval::parse_brat(ann);
        let doc = presslens::analyze_document(id, text);
        presslens::eval::add(&mut total, &presslens::eval::score_document(text, &gold, &doc));
        if errors {
            for line in presslens::eval::direct_errors(text, &gold, &doc) {
                say!("{line}");
            }
        }
    }
    let row = |name: &str, p: presslens::eval::Prf| {
        say!("{name:<28} {:>9.3} {:>9.3} {:>9.3}   ({} predicted, {} gold)", p.precision(), p.recall(), p.f1(), p.pred, p.gold);
    };
    say!("quotes on {} ({} documents)", dir.display(), total.documents);
    say!("{:<28} {:>9} {:>9} {:>9}", "", "precision", "recall", "F1");
    row("direct quotes, overlap 0.3", total.direct_03);
    row("direct quotes, overlap 0.8", total.direct_08);
    row("reported speech, 0.3", total.reported);
    say!("{:<28} {:>9.3}   ({} of {} matched direct quotes with a gold source)", "speaker accuracy", total.speaker_accuracy(), total.speaker_right, total.speaker_pairs);
    say!(
        "{:<28} {:>9.3}   ({} of {} matched indirect and mixed quotes with a gold source)",
        "reported speaker accuracy",
        total.reported_speaker_accuracy(),
        total.reported_speaker_right,
        total.reported_speaker_pairs
    );
    // The gold's "direct" quotes with words outside their marks are mixed quotes in the
    // contract: how many, and the direct figure without them.
    say!(
        "gold direct quotes with words outside their marks: {} ({} not matched as direct at 0.8; {} of these matched by a mixed quote)",
        total.run_on,
        total.run_on_missed,
        total.run_on_mixed
    );
    row("direct inside marks, 0.8", total.inside_08);
    say!(
        "gold quotes opening with a reversed mark (”), not direct by the definition: {} ({} found as direct quotes at 0.8, so counted spurious)",
        total.reversed,
        total.reversed_found
    );
    // The articles that several people annotated: how far they agree with each other, and
    // presslens with each of them, on the same articles.
    let several = several_annotators(dir)?;
    if !several.is_empty() {
        let (mut people, mut program) = (presslens::eval::Prf::default(), presslens::eval::Prf::default());
        for (id, text, anns) in &several {
            let golds: Vec<_> = anns.iter().map(|a| presslens::eval::parse_brat(a)).collect();
            let doc = presslens::analyze_document(id, text);
            let ours: Vec<presslens::eval::GoldAttribution> = doc
                .quotes
                .iter()
                .filter(|q| q.kind == presslens::model::QuoteKind::Direct)
                .map(|q| presslens::eval::GoldAttribution { content: q.parts.clone(), content_text: "\"".to_string(), ..Default::default() })
                .collect();
            for (i, a) in golds.iter().enumerate() {
                program.add(presslens::eval::direct_agreement(text, &ours, a, 0.8));
                for (j, b) in golds.iter().enumerate() {
                    if i != j {
                        people.add(presslens::eval::direct_agreement(text, a, b, 0.8));
                    }
                }
            }
        }
        say!("on the {} articles with several annotators, direct quotes at 0.8:", several.len());
        row("  annotator vs annotator", people);
        row("  presslens vs annotator", program);
    }
    Ok(())
}

fn eval_pronouns(file: &Path, texts: &Path, errors: bool) -> Result<(), String> {
    use presslens::eval::PronounOutcome;
    let tsv = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let gold = presslens::eval::parse_pronouns(&tsv).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut counts = std::collections::BTreeMap::new();
    let mut last: Option<(String, String, presslens::model::Document)> = None;
    for g in &gold {
        if last.as_ref().is_none_or(|(id, _, _)| *id != g.article) {
            let text = std::fs::read_to_string(texts.join(&g.article)).map_err(|e| format!("{}: {e}", g.article))?;
            let doc = presslens::analyze_document(&g.article, &text);
            last = Some((g.article.clone(), text, doc));
        }
        let Some((_, text, doc)) = &last else { continue };
        let there: String = text.chars().skip(g.at).take(g.pronoun.chars().count()).collect();
        if !there.eq_ignore_ascii_case(&g.pronoun) {
            return Err(format!("{}: {} at {} reads {there:?}, not {:?}", file.display(), g.article, g.at, g.pronoun));
        }
        let (outcome, name) = presslens::eval::score_pronoun(g, doc);
        *counts.entry(format!("{outcome:?}")).or_insert(0usize) += 1;
        if errors && outcome != PronounOutcome::Right {
            say!("{}\t{}\t{}\t{:?}\t{} ≠ {}", g.article, g.at, g.pronoun, outcome, name.as_deref().unwrap_or("-"), g.referent);
        }
    }
    let n = |k: &str| counts.get(k).copied().unwrap_or(0);
    say!("pronoun speakers in {} ({} hand-checked)", file.display(), gold.len());
    say!("{:<28} {:>9.3}   ({} of {})", "resolved to the referent", n("Right") as f64 / gold.len().max(1) as f64, n("Right"), gold.len());
    say!("{:<28} {:>9}", "resolved to someone else", n("Wrong"));
    say!("{:<28} {:>9}", "left without a name", n("Unresolved"));
    say!("{:<28} {:>9}", "no longer a quote's speaker", n("NotASpeaker"));
    Ok(())
}

/// The articles of a brat corpus that have more than one annotator's file, with every file.
fn several_annotators(dir: &Path) -> Result<Vec<(String, String, Vec<String>)>, String> {
    let ann_dir = dir.join("attributions");
    let mut out = Vec::new();
    for (stem, files) in annotations_by_article(&ann_dir)?.into_iter().filter(|(_, f)| f.len() > 1) {
        let name = format!("{stem}.txt");
        let text = std::fs::read_to_string(dir.join("text").join(&name)).map_err(|e| format!("{name}: {e}"))?;
        let anns = files.iter().map(|f| std::fs::read_to_string(ann_dir.join(f)).map_err(|e| format!("{f}: {e}"))).collect::<Result<_, _>>()?;
        out.push((name, text, anns));
    }
    Ok(out)
}

fn eval_entities(file: &Path, errors: bool) -> Result<(), String> {
    let data = read_text(file)?;
    let docs = presslens::eval::parse_conll(&data);
    let mut total = presslens::eval::EntityReport::default();
    for (i, d) in docs.iter().enumerate() {
        let result = presslens::analyze_document(&format!("doc-{}", i + 1), &d.text);
        total.add(&presslens::eval::score_entities(&d.gold, &result));
        if errors {
            let chars: Vec<char> = d.text.chars().collect();
            let show = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
            let mut pred = std::collections::HashSet::new();
            for e in &result.entities {
                if let Some(t) = presslens::eval::conll_type(e.kind) {
                    for m in &e.mentions {
                        pred.insert((m.span.0, m.span.1, t.to_string()));
                    }
                }
            }
            for g in d.gold.iter().filter(|g| g.2 != "MISC" && !pred.contains(*g)) {
                say!("missed\t{}\t{}", g.2, show(g.0, g.1));
            }
            for p in &pred {
                let overlaps_misc = d.gold.iter().any(|g| g.2 == "MISC" && p.0 < g.1 && g.0 < p.1);
                if !overlaps_misc && !d.gold.contains(p) {
                    say!("spurious\t{}\t{}", p.2, show(p.0, p.1));
                }
            }
        }
    }
    say!("entities on {} ({} documents)", file.display(), docs.len());
    say!("{:<10} {:>9} {:>9} {:>9}", "", "precision", "recall", "F1");
    let row = |name: &str, p: presslens::eval::Prf| {
        say!("{name:<10} {:>9.3} {:>9.3} {:>9.4}   ({} predicted, {} gold, {} right)", p.precision(), p.recall(), p.f1(), p.pred, p.gold, p.tp_pred)
    };
    for (t, p) in &total.by_type {
        row(t, *p);
    }
    row("micro", total.micro());
    Ok(())
}

fn train_ner(file: &Path, out: &Path, epochs: usize, min_count: u32, dev: Option<&Path>) -> Result<(), String> {
    let data = read_text(file)?;
    let sentences: Vec<(Vec<String>, Vec<usize>)> =
        presslens::eval::parse_conll(&data).into_iter().flat_map(|d| d.sentences).map(|s| s.into_iter().map(|(w, _, _, t)| (w, presslens::ner::tag_index(&t))).unzip()).collect();
    let bytes = presslens::ner::train(&sentences, epochs, min_count);
    write_bytes(out, &bytes)?;
    say!("trained on {} sentences, {} epochs: {} bytes written to {}", sentences.len(), epochs, bytes.len(), out.display());
    if let (Some(dev), Some(model)) = (dev, presslens::ner::Model::from_bytes(&bytes)) {
        let data = std::fs::read_to_string(dev).unwrap_or_default();
        let mut counts: std::collections::BTreeMap<&str, (usize, usize, usize)> = std::collections::BTreeMap::new();
        for s in presslens::eval::parse_conll(&data).into_iter().flat_map(|d| d.sentences) {
            let words: Vec<&str> = s.iter().map(|t| t.0.as_str()).collect();
            let tags: Vec<&str> = model.tag(&words).into_iter().map(|t| presslens::ner::TAGS[t]).collect();
            let truth: Vec<&str> = s.iter().map(|t| t.3.as_str()).collect();
            let (p, g) = (presslens::ner::spans(&tags), presslens::ner::spans(&truth));
            for ty in ["PER", "ORG", "LOC", "MISC"] {
                let c = counts.entry(ty).or_default();
                c.0 += p.iter().filter(|x| x.2 == ty && g.contains(x)).count();
                c.1 += p.iter().filter(|x| x.2 == ty).count();
                c.2 += g.iter().filter(|x| x.2 == ty).count();
            }
        }
        say!("raw tagger on {} (strict spans):", dev.display());
        for (ty, (hit, pred, gold)) in counts {
            let (pr, re) = (hit as f64 / pred.max(1) as f64, hit as f64 / gold.max(1) as f64);
            say!("  {ty:<5} precision {pr:.3} recall {re:.3} F1 {:.3}", 2.0 * pr * re / (pr + re).max(1e-9));
        }
    }
    Ok(())
}

/// Every file under `dir` (recursively) whose name ends with `ext`, sorted.
fn files_under(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files_under(&path, ext, out)?;
        } else if path.to_string_lossy().ends_with(ext) {
            out.push(path);
        }
    }
    out.sort();
    Ok(())
}

fn eval_dates(dir: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    files_under(dir, ".tml", &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut total = presslens::timeml::DateScore::default();
    for f in &files {
        let Ok(tml) = std::fs::read_to_string(f) else {
            eprintln!("presslens: {}: not UTF-8 text; skipped", f.display());
            continue;
        };
        let (text, gold) = presslens::timeml::parse(&tml);
        let doc = presslens::analyze_document("timeml", &text);
        let predicted: Vec<(usize, usize)> = doc.dates.iter().map(|d| (d.span.0, d.span.1)).collect();
        total.add(presslens::timeml::score(&gold, &predicted));
    }
    say!("dates on {} ({} documents)", dir.display(), files.len());
    say!("precision {:.3} ({} of {} predicted overlap a gold date)", total.precision(), total.tp_pred, total.pred);
    say!("recall    {:.3} ({} of {} gold dates overlapped)", total.recall(), total.tp_gold, total.gold);
    say!("F1        {:.3}", total.f1());
    Ok(())
}

/// The settings of the check-worthiness model: passes and the minimum feature count. With
/// fewer passes the cross-validated F1 moves by up to 0.02 with the shuffle's seed; by 32 the
/// stochastic descent has settled and it moves by under 0.01.
const CLAIM_EPOCHS: usize = 32;
const CLAIM_MIN_COUNT: u32 = 2;

#[derive(serde::Deserialize)]
struct LabelledSentence {
    text: String,
    label: u8,
}

fn read_claimbuster(file: &Path) -> Result<Vec<LabelledSentence>, String> {
    let data = read_text(file)?;
    serde_json::from_str(&data).map_err(|e| format!("{}: {e}", file.display()))
}

fn train_claims(file: &Path, out: &Path) -> Result<(), String> {
    let data = read_claimbuster(file)?;
    let examples: Vec<(&str, bool)> = data.iter().map(|d| (d.text.as_str(), d.label == 1)).collect();
    let bytes = presslens::checkworthy::train(&examples, CLAIM_EPOCHS, CLAIM_MIN_COUNT);
    write_bytes(out, &bytes)?;
    say!("trained on {} sentences: {} bytes written to {}", examples.len(), bytes.len(), out.display());
    Ok(())
}

fn eval_claims(file: &Path, folds: Option<usize>) -> Result<(), String> {
    let data = read_claimbuster(file)?;
    let mut p = presslens::eval::Prf::default();
    let mut count = |predicted: bool, gold: bool| {
        p.add(presslens::eval::Prf { tp_pred: usize::from(predicted && gold), pred: usize::from(predicted), tp_gold: usize::from(predicted && gold), gold: usize::from(gold) });
    };
    match folds {
        Some(k) if k >= 2 => {
            for fold in 0..k {
                let train: Vec<(&str, bool)> = data.iter().enumerate().filter(|(i, _)| i % k != fold).map(|(_, d)| (d.text.as_str(), d.label == 1)).collect();
                let Some(model) = presslens::checkworthy::Model::from_bytes(&presslens::checkworthy::train(&train, CLAIM_EPOCHS, CLAIM_MIN_COUNT)) else {
                    continue;
                };
                for d in data.iter().enumerate().filter(|(i, _)| i % k == fold).map(|(_, d)| d) {
                    count(model.score(&d.text) >= 0.5, d.label == 1);
                }
            }
            say!("claims on {} ({} sentences), {k}-fold cross-validation:", file.display(), data.len());
        }
        _ => {
            let model = presslens::checkworthy::model().ok_or("no check-worthiness model is built in (data/claims.bin)")?;
            for d in &data {
                count(model.score(&d.text) >= 0.5, d.label == 1);
            }
            say!("claims on {} ({} sentences), built-in model:", file.display(), data.len());
        }
    }
    say!("check-worthy: precision {:.3}  recall {:.3}  F1 {:.3}   ({} predicted, {} gold)", p.precision(), p.recall(), p.f1(), p.pred, p.gold);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same bytes as serde_json's own pretty printer, at every depth (also past the
    /// deepest written in one piece), for empty and full arrays and objects.
    #[test]
    fn pretty_output_is_serde_jsons() {
        let mut value = serde_json::json!({"a": [], "b": {}, "c": [1, "x\n\"y\"", null, 2.5], "d": {"e": true}});
        for _ in 0..70 {
            value = serde_json::json!({"k": [value, {"n": 1}], "e": []});
        }
        let mut ours = Vec::new();
        serde::Serialize::serialize(&value, &mut serde_json::Serializer::with_formatter(&mut ours, Pretty::default())).expect("written");
        assert_eq!(String::from_utf8(ours).expect("UTF-8"), serde_json::to_string_pretty(&value).expect("written"));
    }
}
