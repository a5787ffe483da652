//! The layout-invariance suite: the same resolutions laid out differently must read the same.
//!
//! Every text of the sample corpus (`corpus/resolutions`, `corpus/compilations`) and of a
//! generated `small` corpus is read as it is, then
//! (a) flattened onto one line, (b) with running headers and page numbers between its lines,
//! (c) hard-wrapped at 64 columns with hyphenated line ends, ligatures, soft hyphens and CRLF,
//! and (d) bound with others into a compilation behind a cover and a table of contents
//! (`isc_synth::layout`); also (e) printed as a converter writes a PDF: wrapped at 60 columns, a
//! blank line after every line and two after a paragraph, a browser's footer on every page.
//! Each version is compared with the original text: every resolution's identity, citations
//! (body, number and edition, as a multiset), themes and call for coordination, and a
//! compilation must give each of its resolutions exactly once. Every difference is printed; a
//! layout fails when it keeps less than 99.5% of any of them or miscounts a file's documents.
//!
//! Every run prints the agreement per corpus and layout and the differences by kind, with their
//! number and the first few (`cargo test -p isc-suite --test layout -- --nocapture`).

#![allow(clippy::print_stderr, reason = "the agreement figures are what a reader of the run wants")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use isc_engine::{Config, Document, Engine, Lexicon};
use isc_suite::{corpus_dir, multiset_diff, render};
use isc_synth::layout::{Book, Layout, compilation};
use isc_synth::{Size, SynthConfig, generate};

/// The examples shown per kind of disagreement.
const EXAMPLES: usize = 4;
/// The most resolutions one compilation of the suite binds.
const PER_BOOK: usize = 8;

/// What a reader takes from one resolution: what no layout may change.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reading {
    id: Option<String>,
    /// The issuing body's code, for grouping texts into compilations.
    body: Option<String>,
    /// Canonical citations, sorted: the layout may not change what is cited, whatever the order.
    citations: Vec<String>,
    /// Theme ids, sorted.
    themes: Vec<String>,
    calls: bool,
}

fn reading(document: &Document) -> Reading {
    let mut citations: Vec<String> =
        document.citations.iter().map(|c| render(&c.resolution())).collect();
    citations.sort();
    let mut themes: Vec<String> = document.themes.iter().map(|t| t.id.clone()).collect();
    themes.sort();
    Reading {
        id: document.id.as_ref().map(render),
        body: document.id.as_ref().and_then(|id| id.body).map(|body| body.code().to_owned()),
        citations,
        themes,
        calls: document.calls_for_coordination,
    }
}

/// The two corpora, each read with its own lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Corpus {
    Sample,
    Generated,
}

impl Corpus {
    fn name(self) -> &'static str {
        match self {
            Corpus::Sample => "sample",
            Corpus::Generated => "generated small",
        }
    }
}

/// One input text and what its original layout reads as.
struct Source {
    corpus: Corpus,
    key: String,
    text: String,
    original: Vec<Reading>,
}

struct Fixture {
    /// The generated corpus's lexicon.
    lexicon: String,
    sources: Vec<Source>,
}

fn engine(corpus: Corpus, fixture: &Fixture) -> Engine {
    let config = Config::new().with_parts(false);
    match corpus {
        Corpus::Sample => Engine::new(config),
        Corpus::Generated => Engine::new(
            config.with_lexicon(Lexicon::from_toml(&fixture.lexicon).expect("generated lexicon")),
        ),
    }
}

fn read(engine: &Engine, key: &str, text: &str) -> Vec<Reading> {
    engine.scan_str(key, text).iter().map(reading).collect()
}

fn sorted_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
}

fn load(root: &Path, corpus: Corpus, prefix: &str, acc: &mut Vec<Source>) {
    for dir in ["resolutions", "compilations"] {
        for path in sorted_files(&root.join(dir)) {
            let name = path.file_name().unwrap().to_string_lossy();
            acc.push(Source {
                corpus,
                key: format!("{prefix}{dir}/{name}"),
                text: std::fs::read_to_string(&path).unwrap(),
                original: Vec::new(),
            });
        }
    }
}

/// Both corpora and their original readings, built once for all the tests of this file.
fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let mut sources = Vec::new();
        load(&corpus_dir(), Corpus::Sample, "corpus/", &mut sources);
        let dir = tempfile::tempdir().unwrap();
        generate(&SynthConfig::new(1, Size::Small).with_compilations(3), dir.path()).unwrap();
        load(dir.path(), Corpus::Generated, "small/", &mut sources);
        let lexicon = std::fs::read_to_string(dir.path().join("lexicon.toml")).unwrap();
        let mut fixture = Fixture { lexicon, sources: Vec::new() };
        let engines = [engine(Corpus::Sample, &fixture), engine(Corpus::Generated, &fixture)];
        for source in &mut sources {
            let engine = &engines[source.corpus as usize];
            source.original = read(engine, &source.key, &source.text);
        }
        fixture.sources = sources;
        fixture
    })
}

/// Agreement of one layout on one corpus, and the disagreements by kind.
#[derive(Default)]
struct Tally {
    resolutions: usize,
    ids: usize,
    cited: usize,
    cited_kept: usize,
    spurious: usize,
    themes: usize,
    calls: usize,
    files: usize,
    files_miscounted: usize,
    problems: BTreeMap<&'static str, (usize, Vec<String>)>,
}

impl Tally {
    fn problem(&mut self, kind: &'static str, example: impl FnOnce() -> String) {
        let (count, examples) = self.problems.entry(kind).or_default();
        *count += 1;
        if examples.len() < EXAMPLES {
            examples.push(example());
        }
    }

    /// Compares what `got` reads with the `want` readings of the same resolutions laid out
    /// plainly, pairing them by identity (or by place when the counts agree).
    fn compare(&mut self, key: &str, wanted: &[Reading], got: &[Reading]) {
        self.files += 1;
        let same_count = got.len() == wanted.len();
        if !same_count {
            self.files_miscounted += 1;
            let ids: Vec<&str> = got.iter().map(|r| r.id.as_deref().unwrap_or("-")).collect();
            self.problem("document count", || {
                format!(
                    "{key}: {} documents instead of {}: {}",
                    got.len(),
                    wanted.len(),
                    short(&ids)
                )
            });
        }
        let mut used = vec![false; got.len()];
        for (i, want) in wanted.iter().enumerate() {
            self.resolutions += 1;
            self.cited += want.citations.len();
            let found = same_count
                .then_some(i)
                .or_else(|| {
                    let id = want.id.as_ref()?;
                    (0..got.len()).find(|&j| !used[j] && got[j].id.as_ref() == Some(id))
                })
                .or_else(|| (i < got.len() && !used[i]).then_some(i));
            let Some(j) = found else {
                self.problem("resolution lost", || format!("{key}: {}", show(&want.id)));
                continue;
            };
            used[j] = true;
            let got = &got[j];
            let label = format!("{key} {}", show(&want.id));
            if got.id == want.id {
                self.ids += 1;
            } else {
                self.problem("identity", || format!("{label}: read as {}", show(&got.id)));
            }
            let (missed, spurious) = multiset_diff(&want.citations, &got.citations);
            self.cited_kept += want.citations.len() - missed.len();
            self.spurious += spurious.len();
            if !missed.is_empty() {
                self.problem("citation missed", || format!("{label}: {}", short(&missed)));
            }
            if !spurious.is_empty() {
                self.problem("citation spurious", || format!("{label}: {}", short(&spurious)));
            }
            if got.themes == want.themes {
                self.themes += 1;
            } else {
                self.problem("themes", || {
                    format!("{label}: {:?}, original {:?}", got.themes, want.themes)
                });
            }
            if got.calls == want.calls {
                self.calls += 1;
            } else {
                self.problem("coordination", || {
                    format!("{label}: calls {}, original {}", got.calls, want.calls)
                });
            }
        }
    }

    fn line(&self, corpus: Corpus, layout: &str) -> String {
        let ratio = |n: usize, of: usize| if of == 0 { 1.0 } else { n as f64 / of as f64 };
        format!(
            "{layout:>11} {:<16} identities {:.3} ({}/{}), citations kept {:.3} ({}/{}) with {} spurious, \
             themes {:.3}, coordination {:.3}, files with a wrong document count {}/{}",
            corpus.name(),
            ratio(self.ids, self.resolutions),
            self.ids,
            self.resolutions,
            ratio(self.cited_kept, self.cited),
            self.cited_kept,
            self.cited,
            self.spurious,
            ratio(self.themes, self.resolutions),
            ratio(self.calls, self.resolutions),
            self.files_miscounted,
            self.files,
        )
    }
}

fn show(id: &Option<String>) -> String {
    id.as_deref().unwrap_or("no identity").to_owned()
}

/// The first few items of a list, and how many more there are.
fn short<T: AsRef<str>>(items: &[T]) -> String {
    let shown: Vec<&str> = items.iter().take(3).map(AsRef::as_ref).collect();
    let more = items.len().saturating_sub(3);
    if more == 0 { format!("{shown:?}") } else { format!("{shown:?} and {more} more") }
}

/// The least share of identities, citations, themes and coordination flags a layout keeps, and
/// the most spurious citations per citation: every difference is printed, and a layout fails
/// when it loses more than one in two hundred, or reads any file as a wrong number of documents.
const FLOOR: f64 = 0.995;

/// Prints the agreement of every corpus and its disagreements by kind, and fails when a corpus
/// keeps less than [`FLOOR`] of anything or miscounts a file's documents.
fn report(layout: &str, tallies: &BTreeMap<Corpus, Tally>) {
    let mut differences = String::new();
    let mut below = Vec::new();
    for (corpus, tally) in tallies {
        eprintln!("{}", tally.line(*corpus, layout));
        for (kind, (count, examples)) in &tally.problems {
            differences.push_str(&format!("\n{layout} / {}: {kind}: {count}", corpus.name()));
            for example in examples {
                differences.push_str(&format!("\n    {example}"));
            }
        }
        let ratio = |n: usize, of: usize| if of == 0 { 1.0 } else { n as f64 / of as f64 };
        let shares = [
            ("identities", ratio(tally.ids, tally.resolutions)),
            ("citations", ratio(tally.cited_kept, tally.cited)),
            ("no spurious citations", 1.0 - ratio(tally.spurious, tally.cited)),
            ("themes", ratio(tally.themes, tally.resolutions)),
            ("coordination", ratio(tally.calls, tally.resolutions)),
        ];
        for (what, share) in shares {
            if share < FLOOR {
                below.push(format!("{} {what} {share:.3}", corpus.name()));
            }
        }
        if tally.files_miscounted > 0 {
            below.push(format!("{} files miscounted {}", corpus.name(), tally.files_miscounted));
        }
    }
    if !differences.is_empty() {
        eprintln!("the {layout} layout reads differently:{differences}");
    }
    assert!(below.is_empty(), "the {layout} layout falls short: {below:?}{differences}");
}

/// Lays every text out as `layout` says and compares what it reads with the original.
fn check_layout(layout: Layout) {
    check(layout.name(), |text, index| layout.apply(text, index).into_owned());
}

/// Lays every text out with `lay` (the text and its index) and compares what it reads with the
/// original, under the layout's `name`.
fn check(name: &str, lay: impl Fn(&str, u64) -> String) {
    let fixture = fixture();
    let engines = [engine(Corpus::Sample, fixture), engine(Corpus::Generated, fixture)];
    let mut tallies: BTreeMap<Corpus, Tally> = BTreeMap::new();
    for (index, source) in fixture.sources.iter().enumerate() {
        let text = lay(&source.text, index as u64);
        let got = read(&engines[source.corpus as usize], &source.key, &text);
        tallies.entry(source.corpus).or_default().compare(&source.key, &source.original, &got);
    }
    report(name, &tallies);
}

/// The width a printed page's lines are wrapped at in [`printed`].
const PRINTED_WIDTH: usize = 60;
/// How many printed lines a page of [`printed`] holds.
const PRINTED_PAGE: usize = 24;

/// A text as a converter writes a PDF of it: its lines wrapped at 60 columns, a blank line after
/// every printed line and one more after a paragraph, and a browser's footer, its address and
/// the page's number, after every 24 printed lines.
fn printed(text: &str) -> String {
    let mut out = String::new();
    let (mut printed, mut page) = (0, 1);
    let mut print = |line: &str, out: &mut String| {
        out.push_str(line);
        out.push_str("\n\n");
        printed += 1;
        if printed % PRINTED_PAGE == 0 {
            out.push_str(&format!(
                "https://www.itu.int/en/publications/resolutions.aspx\t{page}/9\n\n"
            ));
            page += 1;
        }
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.len() + 1 + word.len() > PRINTED_WIDTH {
                print(&current, &mut out);
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        print(&current, &mut out);
    }
    out
}

#[test]
fn flat_layout_reads_the_same() {
    check_layout(Layout::Flat);
}

#[test]
fn paged_layout_reads_the_same() {
    check_layout(Layout::Paged);
}

#[test]
fn wrapped_layout_reads_the_same() {
    check_layout(Layout::Wrapped);
}

/// A converter's copy of a printed PDF: wrapped lines, a blank line after each, two after a
/// paragraph, and a browser's footer on every page.
#[test]
fn printed_layout_reads_the_same() {
    check("printed", |text, _| printed(text));
}

/// How many lines of the text a page of [`extracted`] holds.
const EXTRACTED_PAGE: usize = 30;

/// A printed book's pages as a text extractor copies them: after every 30 lines of the text, the
/// page's number alone between dashes, a blank line, the book's running title with no number
/// and another blank line, wherever the page breaks (inside a title, a citation, an item).
fn extracted(text: &str, _index: u64) -> String {
    let mut out = String::new();
    for (n, line) in text.lines().enumerate() {
        if n > 0 && n % EXTRACTED_PAGE == 0 {
            let page = 100 + n / EXTRACTED_PAGE;
            out.push_str(&format!(
                "- {page} -\n\nFinal Acts of the Plenipotentiary Conference\n\n"
            ));
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A text extractor's copy of a printed book: page numbers and a running title with no number.
#[test]
fn extracted_layout_reads_the_same() {
    check("extracted", extracted);
}

/// The width a narrow window's lines are wrapped at in [`narrow`].
const NARROW_WIDTH: usize = 40;

/// A one-line copy pasted into a narrow window: the text made one line as the flat layout makes
/// it, then wrapped at 40 columns, where a long word (`radiocommunications,`) leaves a line short.
fn narrow(text: &str, index: u64) -> String {
    let flat = Layout::Flat.apply(text, index);
    let mut out = String::new();
    let mut current = String::new();
    for word in flat.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > NARROW_WIDTH
        {
            out.push_str(&current);
            out.push('\n');
            current.clear();
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    out.push_str(&current);
    out.push('\n');
    out
}

/// A one-line copy wrapped anew in a narrow window.
#[test]
fn narrow_layout_reads_the_same() {
    check("narrow", narrow);
}

/// The cover of a book of `body`'s resolutions.
fn book(body: Option<&str>) -> Book {
    match body {
        Some("PP") => Book::new("Final Acts", "Plenipotentiary Conference", "Dubai", 2018),
        Some("WTSA") => Book::new(
            "Proceedings",
            "World Telecommunication Standardization Assembly",
            "Hammamet",
            2016,
        ),
        Some("WTDC") => Book::new(
            "Final Report",
            "World Telecommunication Development Conference",
            "Buenos Aires",
            2017,
        ),
        Some("RA") => Book::new("Resolutions", "Radiocommunication Assembly", "Geneva", 2015),
        Some("WRC") => {
            Book::new("Final Acts", "World Radiocommunication Conference", "Sharm el-Sheikh", 2019)
        }
        _ => Book::new("Resolutions", "conferences and assemblies of the Union", "Geneva", 2022),
    }
}

/// The texts of one resolution each, bound by body into compilations of up to [`PER_BOOK`]: each
/// must give each of its resolutions exactly once, reading as it did alone.
#[test]
fn compilation_gives_each_resolution_once_and_the_same() {
    let fixture = fixture();
    let engines = [engine(Corpus::Sample, fixture), engine(Corpus::Generated, fixture)];
    let mut groups: BTreeMap<(Corpus, Option<&str>), Vec<&Source>> = BTreeMap::new();
    for source in fixture.sources.iter().filter(|s| s.original.len() == 1) {
        groups.entry((source.corpus, source.original[0].body.as_deref())).or_default().push(source);
    }
    let mut tallies: BTreeMap<Corpus, Tally> = BTreeMap::new();
    let mut seed = 0;
    for ((corpus, body), sources) in &groups {
        for chunk in sources.chunks(PER_BOOK) {
            seed += 1;
            let texts: Vec<&str> = chunk.iter().map(|s| s.text.as_str()).collect();
            let key = format!("book {seed} ({}: {})", chunk[0].key, chunk.len());
            let text = compilation(&book(*body), &texts, seed);
            let got = read(&engines[*corpus as usize], &key, &text);
            let want: Vec<Reading> = chunk.iter().map(|s| s.original[0].clone()).collect();
            let tally = tallies.entry(*corpus).or_default();
            for resolution in &want {
                let times = got.iter().filter(|g| g.id.is_some() && g.id == resolution.id).count();
                if times != 1 {
                    tally.problem("not exactly once", || {
                        format!("{key}: {} read {times} times", show(&resolution.id))
                    });
                }
            }
            tally.compare(&key, &want, &got);
        }
    }
    report("compilation", &tallies);
}
