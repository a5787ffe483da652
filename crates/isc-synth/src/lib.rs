//! Deterministic generator of synthetic corpora of ITU resolutions, with their ground truth.
//!
//! [`generate`] writes a corpus under an output directory:
//!
//! - `resolutions/*.txt`: one resolution per file (`pp-191-dubai-2018.txt`, `ra-7-3-geneva-2015.txt`,
//!   `wrc-646-wrc-19.txt`), laid out as resolutions are printed: heading in upper or mixed case,
//!   title, issuing clause (and the ITU-R year chain), preamble clauses with lettered items,
//!   operative clauses with numbered items, occasional footnotes;
//! - `compilations/*.txt` (with [`SynthConfig::with_compilations`]): the resolutions of one
//!   conference one after another behind a title page and a table of contents, with page numbers
//!   and running headers;
//! - with [`SynthConfig::with_layout`], every file laid out another way ([`Layout`]): flattened
//!   onto one line, with running headers and page numbers between the lines, or hard-wrapped with
//!   hyphenated line ends, ligatures, soft hyphens and CRLF (the [`layout`] module; it also binds
//!   texts into a compilation behind a cover and a table of contents, [`layout::compilation`]).
//!   The truth files are the same whatever the layout: they are about the content;
//! - `truth/documents.jsonl`: per document, its path key (`resolutions/x.txt`,
//!   `compilations/y.txt#3`), identity (`PP 191 (Rev. Dubai, 2018)`), title, citations (canonical,
//!   in reading order, repeats included, lists and ranges expanded), themes and whether it calls
//!   for coordination among the Sectors;
//! - `truth/mapping.json`: the mapping table the ISC-TF rule gives over the corpus, counting only
//!   the newest edition of each resolution (the shape of `corpus/expected/mapping.json`);
//! - `lexicon.toml`: the themes, phrases, coordination cues and scoring the texts were written
//!   with. Read with it, the corpus gives back exactly the truth.
//!
//! The generator carries its own PRNG ([`SplitMix64`]): the same seed gives the same bytes on every
//! platform and version. Texts are written one at a time; only a plan of a few dozen bytes per
//! document is held in memory, so a gigabyte corpus needs no more memory than a small one.
//!
//! ```
//! use isc_synth::{Size, SynthConfig, Target, generate};
//!
//! let out = std::env::temp_dir().join(format!("isc-synth-doc-{}", std::process::id()));
//! let summary = generate(&SynthConfig::new(1, Target::Docs(20)).with_compilations(1), &out)?;
//! assert_eq!(summary.documents, 20);
//! assert!(out.join("truth/mapping.json").exists());
//! assert_eq!(Target::from(Size::Small), Target::Bytes(10_000_000));
//! # std::fs::remove_dir_all(&out).ok();
//! # Ok::<(), isc_synth::Error>(())
//! ```
//!
//! From the command line:
//!
//! ```text
//! cargo run --release -p isc-synth -- --seed 1 --size small --out target/corpus
//! cargo run --release -p isc-synth -- --seed 1 --docs 500 --compilations 3 --out target/corpus
//! ```

mod cite;
mod doc;
mod error;
pub mod layout;
mod lexicon;
mod plan;
mod rng;
mod truth;
mod words;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use isc_model::Body;

pub use error::{Error, Result};
pub use layout::Layout;
pub use rng::SplitMix64;

use plan::{Dest, Plan};

/// The named corpus sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// About 10 MB (some 850 documents).
    Small,
    /// About 100 MB.
    Medium,
    /// About 1 GB.
    Large,
}

impl Size {
    /// The number of bytes of resolution text aimed at.
    pub fn bytes(self) -> u64 {
        match self {
            Size::Small => 10_000_000,
            Size::Medium => 100_000_000,
            Size::Large => 1_000_000_000,
        }
    }
}

/// How big a corpus to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// About this many bytes of resolution text (slightly more: the last text is finished).
    Bytes(u64),
    /// Exactly this many documents.
    Docs(usize),
}

impl From<Size> for Target {
    fn from(size: Size) -> Target {
        Target::Bytes(size.bytes())
    }
}

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthConfig {
    /// The seed: the same seed and target give the same bytes.
    pub seed: u64,
    /// How big.
    pub target: Target,
    /// How many compilation files to pack documents into (0: none).
    pub compilations: usize,
    /// How every file is laid out ([`Layout::Plain`] by default).
    pub layout: Layout,
}

impl SynthConfig {
    /// A corpus of `target` from `seed`, without compilations.
    pub fn new(seed: u64, target: impl Into<Target>) -> Self {
        SynthConfig { seed, target: target.into(), compilations: 0, layout: Layout::Plain }
    }

    /// Packs some documents into `compilations` compilation files (each holds the resolutions of
    /// one conference; fewer are written when fewer conferences have two documents or more).
    #[must_use]
    pub fn with_compilations(mut self, compilations: usize) -> Self {
        self.compilations = compilations;
        self
    }

    /// Lays every file out as `layout` says; the truth files stay the same.
    #[must_use]
    pub fn with_layout(mut self, layout: Layout) -> Self {
        self.layout = layout;
        self
    }
}

/// What a generation wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Resolution texts written.
    pub documents: usize,
    /// Files of resolution text written (single resolutions and compilations).
    pub files: usize,
    /// Compilation files among them.
    pub compilations: usize,
    /// Bytes of resolution text written.
    pub bytes: u64,
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_owned(), source }
}

fn slug(text: &str) -> String {
    let mut res = String::new();
    for c in text.chars() {
        let c = match c {
            'á' | 'à' | 'â' => 'a',
            'é' | 'è' | 'ê' => 'e',
            'í' => 'i',
            'ó' | 'ô' => 'o',
            'ú' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            res.push(c);
        } else if !res.ends_with('-') {
            res.push('-');
        }
    }
    res.trim_matches('-').to_owned()
}

/// The file name of a document written on its own.
fn file_name(plan: &Plan, index: usize) -> String {
    let doc = &plan.docs[index];
    let res = plan.resolution(doc);
    let conf = plan.conf(doc);
    let body = res.body.code().to_lowercase();
    match res.body {
        Body::Wrc => format!("{body}-{}-{}.txt", res.number, slug(&conf.tag)),
        _ => format!("{body}-{}-{}-{}.txt", res.number(), slug(&conf.place), conf.year),
    }
}

/// The file name of a compilation.
fn compilation_name(plan: &Plan, index: usize) -> String {
    let compilation = &plan.compilations[index];
    let conf = &plan.confs.of(compilation.body)[compilation.conf as usize];
    let kind = match compilation.body {
        Body::Pp | Body::Wrc => "final-acts",
        _ => "proceedings",
    };
    let body = compilation.body.code().to_lowercase();
    match compilation.body {
        Body::Wrc => format!("{}-{kind}.txt", slug(&conf.tag)),
        _ => format!("{body}-{}-{}-{kind}.txt", slug(&conf.place), conf.year),
    }
}

/// Writes files and the truth records, counting what was written.
struct Writer<'a> {
    out: &'a Path,
    plan: &'a Plan,
    config: &'a SynthConfig,
    truth: BufWriter<File>,
    truth_path: PathBuf,
    summary: Summary,
}

impl Writer<'_> {
    /// The seed of the layout of file `index` (documents first, then compilations), apart from
    /// the numbers the texts were drawn with.
    fn layout_seed(&self, index: usize) -> u64 {
        SplitMix64::derive(self.config.seed ^ 0x6c61_796f_7574, index as u64).next_u64()
    }

    fn record(&mut self, index: usize, key: &str, rendered: &doc::Rendered) -> Result<()> {
        let doc = &self.plan.docs[index];
        let id = self.plan.identity(doc).to_string();
        // A document never cites itself: a mention of its own identity is a self-reference.
        let (self_references, citations): (Vec<String>, Vec<String>) =
            rendered.citations.iter().cloned().partition(|c| truth::names_itself(&id, c));
        let record = truth::DocumentTruth {
            path: key,
            title: doc::title(self.plan.resolution(doc), doc.themes),
            id,
            citations: &citations,
            self_references: &self_references,
            themes: truth::theme_ids(doc.themes),
            calls_for_coordination: doc.calls,
        };
        let line = serde_json::to_string(&record)
            .expect("a truth record holds only strings, lists and booleans");
        writeln!(self.truth, "{line}").map_err(io_error(&self.truth_path))?;
        self.summary.documents += 1;
        self.summary.bytes += rendered.text.len() as u64;
        Ok(())
    }

    fn single(&mut self, index: usize) -> Result<()> {
        let rendered = doc::render(self.plan, index, None);
        let name = file_name(self.plan, index);
        let path = self.out.join("resolutions").join(&name);
        let text = self.config.layout.apply(&rendered.text, self.layout_seed(index));
        std::fs::write(&path, text.as_bytes()).map_err(io_error(&path))?;
        self.summary.files += 1;
        self.record(index, &format!("resolutions/{name}"), &rendered)?;
        // The bytes counted are those written, whatever the layout.
        self.summary.bytes = self.summary.bytes - rendered.text.len() as u64 + text.len() as u64;
        Ok(())
    }

    fn compilation(&mut self, index: usize) -> Result<()> {
        let plan = self.plan;
        let compilation = &plan.compilations[index];
        let conf = &plan.confs.of(compilation.body)[compilation.conf as usize];
        let name = compilation_name(plan, index);
        let path = self.out.join("compilations").join(&name);
        // A compilation holds a few dozen documents at most: it is laid out whole, in memory.
        let mut book = String::new();
        let (kind, of) = match compilation.body {
            Body::Pp => ("FINAL ACTS", "OF THE PLENIPOTENTIARY CONFERENCE"),
            Body::Wtsa => {
                ("PROCEEDINGS", "OF THE WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY")
            }
            Body::Wtdc => ("FINAL REPORT", "OF THE WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE"),
            _ => ("FINAL ACTS", "OF THE WORLD RADIOCOMMUNICATION CONFERENCE"),
        };
        let mut head = format!(
            "INTERNATIONAL TELECOMMUNICATION UNION\n\n{kind}\n{of}\n({}, {})\n\nResolutions (excerpt)\n\n\nTABLE OF CONTENTS\n\n{:<88}Page\n\n",
            conf.place, conf.year, "RESOLUTIONS"
        );
        let mut page = 1u32;
        for &d in &compilation.docs {
            let doc = &plan.docs[d as usize];
            let res = plan.resolution(doc);
            let edition = cite::edition_text(
                res.body,
                plan.conf(doc),
                plan.is_revision(doc),
                cite::Style::Plain,
            );
            let title = doc::title(res, doc.themes);
            head.push_str(&format!(
                "Resolution {} {edition}  {title} ........ {page}\n",
                res.number
            ));
            page += doc.target / 3000 + 1;
        }
        head.push_str("\n- iii -\n\n");
        book.push_str(&head);
        // Resolution texts are counted by `record`; the title page and furniture are added here.
        let mut furniture = head.len() as u64;
        let mut page = 1u32;
        for (part, &d) in compilation.docs.iter().enumerate() {
            debug_assert_eq!(
                plan.docs[d as usize].dest,
                Dest::Compilation { index: index as u32, part: part as u32 + 1 }
            );
            let header = format!("\u{c}{} \u{2013} Final Acts\n\n", conf.tag);
            let rendered = doc::render(plan, d as usize, Some(&mut page));
            let footer = format!("\n- {page} -\n\n");
            for piece in [header.as_str(), rendered.text.as_str(), footer.as_str()] {
                book.push_str(piece);
            }
            furniture += (header.len() + footer.len()) as u64;
            page += 1;
            self.record(d as usize, &format!("compilations/{name}#{}", part + 1), &rendered)?;
        }
        let text = self.config.layout.apply(&book, self.layout_seed(plan.docs.len() + index));
        std::fs::write(&path, text.as_bytes()).map_err(io_error(&path))?;
        // The bytes counted are those written, whatever the layout.
        self.summary.bytes = self.summary.bytes + furniture + text.len() as u64 - book.len() as u64;
        self.summary.files += 1;
        self.summary.compilations += 1;
        Ok(())
    }
}

/// Generates the corpus `config` describes under `out` (created if needed): resolution files,
/// compilations, `truth/` and `lexicon.toml`. Existing files of the same names are replaced.
pub fn generate(config: &SynthConfig, out: &Path) -> Result<Summary> {
    let plan = plan::plan(config)?;
    for dir in ["resolutions", "truth"] {
        let path = out.join(dir);
        std::fs::create_dir_all(&path).map_err(io_error(&path))?;
    }
    if !plan.compilations.is_empty() {
        let path = out.join("compilations");
        std::fs::create_dir_all(&path).map_err(io_error(&path))?;
    }
    let lexicon_path = out.join("lexicon.toml");
    std::fs::write(&lexicon_path, lexicon::lexicon_toml()).map_err(io_error(&lexicon_path))?;
    let truth_path = out.join("truth/documents.jsonl");
    let truth = BufWriter::new(File::create(&truth_path).map_err(io_error(&truth_path))?);
    let mut writer =
        Writer { out, plan: &plan, config, truth, truth_path, summary: Summary::default() };
    for index in 0..plan.docs.len() {
        if plan.docs[index].dest == Dest::File {
            writer.single(index)?;
        }
    }
    for index in 0..plan.compilations.len() {
        writer.compilation(index)?;
    }
    writer.truth.flush().map_err(io_error(&writer.truth_path))?;
    let summary = writer.summary;
    let mapping_path = out.join("truth/mapping.json");
    let mapping = serde_json::to_string_pretty(&truth::mapping(&plan))
        .expect("the mapping holds only strings and lists");
    std::fs::write(&mapping_path, mapping + "\n").map_err(io_error(&mapping_path))?;
    Ok(summary)
}

/// The lexicon file written beside every generated corpus.
pub fn lexicon_toml() -> String {
    lexicon::lexicon_toml()
}

#[cfg(test)]
mod tests;
