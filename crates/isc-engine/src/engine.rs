//! The engine: reads inputs in parallel and turns parsed texts into owned documents.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use isc_model::{
    BodySource, CitationRecord, DiagnosticRecord, Document, DraftRecord, EvidenceRecord,
    IssuerRecord, LineIndex, PartRecord, ResolutionRef, Severity, SourceMapEntry, Span,
    StudyCitationRecord, StudyItemId, StudyItemRecord, ThemeRecord,
};
use isc_parse::{Mention, ParsedDoc, Parser, TextRef, ThemeMatch};
use rayon::prelude::*;
use serde::Serialize;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::input::{self, Decoded, Skipped};

/// Told how a scan of files advances, from the worker threads; for progress bars.
pub trait Observer: Sync {
    /// The scan found `files` files holding `bytes` bytes in all.
    fn started(&self, files: usize, bytes: u64) {
        let _ = (files, bytes);
    }
    /// One more file is done: `bytes` read, `documents` found in it (0 and 0 when skipped).
    fn file_done(&self, bytes: u64, documents: usize) {
        let _ = (bytes, documents);
    }
    /// Every file is done.
    fn finished(&self) {}
    /// Whether [`Observer::started`] needs the files' total size, which costs a look at each
    /// file before the scan starts.
    fn wants_total_bytes(&self) -> bool {
        true
    }
}

/// The observer that does nothing.
impl Observer for () {
    fn wants_total_bytes(&self) -> bool {
        false
    }
}

/// The largest read buffer a worker thread keeps for its next file, in bytes.
const KEPT_BUFFER: usize = 1 << 20;

/// Reads ITU resolution texts. Build it once and reuse it: it holds the compiled parser.
#[derive(Debug, Clone)]
pub struct Engine {
    config: Config,
    parser: Parser,
    /// The worker threads when a number is set, started at the first run that needs them and
    /// shared by every run after it; without a number, rayon's threads, one per core.
    pool: Arc<OnceLock<std::result::Result<rayon::ThreadPool, String>>>,
}

/// What a scan of files read.
#[derive(Debug, Clone, Default, Serialize)]
#[non_exhaustive]
pub struct Scan {
    /// How many files were found under the given paths.
    pub files_seen: usize,
    /// Every document read, in input order (paths as given, directories in sorted order).
    pub documents: Vec<Document>,
    /// Files, or parts of files, that were not read, with the reason.
    pub skipped: Vec<Skipped>,
}

impl Scan {
    /// How many citations all documents hold.
    pub fn n_citations(&self) -> usize {
        self.documents.iter().map(|d| d.citations.len()).sum()
    }

    /// How many files were skipped for a problem: unreadable, binary, too large, special.
    pub fn n_skipped(&self) -> usize {
        self.skipped.iter().filter(|s| s.severity > Severity::Info).count()
    }

    /// How many files were ignored for their extension.
    pub fn n_ignored(&self) -> usize {
        self.skipped.iter().filter(|s| s.severity == Severity::Info).count()
    }

    /// How many problems of severity error the run met: diagnostics saying part of a text could
    /// not be read, and files that could not be read at all. `isc --strict` fails on any.
    pub fn n_errors(&self) -> usize {
        let in_documents = self
            .documents
            .iter()
            .flat_map(|d| &d.diagnostics)
            .filter(|d| d.severity == Severity::Error)
            .count();
        in_documents + self.skipped.iter().filter(|s| s.severity == Severity::Error).count()
    }

    /// How many problems the run met: diagnostics of severity warning or above, and files
    /// skipped for a problem (informational notes and files ignored for their extension are not
    /// problems).
    pub fn n_diagnostics(&self) -> usize {
        let problems = self.skipped.iter().filter(|s| s.severity > Severity::Info).count();
        let in_documents = self
            .documents
            .iter()
            .flat_map(|d| &d.diagnostics)
            .filter(|d| d.severity > Severity::Info)
            .count();
        in_documents + problems
    }
}

impl Engine {
    /// An engine with `config`.
    pub fn new(config: Config) -> Self {
        let parser = Parser::new(config.calendar.clone())
            .with_vocabulary(config.vocabulary.clone())
            .with_lexicon(config.lexicon().clone());
        Engine { config, parser, pool: Arc::default() }
    }

    /// The engine's worker threads, when the configuration sets their number: started at the
    /// first call, shared by every call after it. Parallel iterators and joins run inside
    /// [`rayon::ThreadPool::install`] use them; without a number, they use one thread per core.
    pub(crate) fn pool(&self) -> Option<Result<&rayon::ThreadPool>> {
        let threads = self.config.threads?;
        let pool = self.pool.get_or_init(|| {
            rayon::ThreadPoolBuilder::new().num_threads(threads).build().map_err(|e| e.to_string())
        });
        Some(pool.as_ref().map_err(|message| Error::Threads { threads, message: message.clone() }))
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Reads one text held in memory; `source` names it in the output. A text holding several
    /// resolutions (a compilation) gives one document per resolution.
    ///
    /// A text of 4 GiB or more is not read: spans are 32-bit byte offsets. It gives one document
    /// holding one diagnostic of severity error. An empty or blank text gives one empty
    /// document with an informational diagnostic.
    pub fn scan_str(&self, source: &str, text: &str) -> Vec<Document> {
        if u32::try_from(text.len()).is_err() {
            let mut document = self.document(
                source,
                None,
                &Positions::new("", LineIndex::new("")),
                &isc_parse::ParsedDoc::default(),
            );
            document.diagnostics.push(DiagnosticRecord {
                severity: Severity::Error,
                message: format!(
                    "text of {} bytes not read: texts must stay under 4 GiB",
                    text.len()
                ),
                line: 1,
                column: 1,
                span: Span::default(),
            });
            return vec![document];
        }
        let (parsed, lines) = self.parser.parse_all_indexed(text);
        let positions = Positions::new(text, lines);
        let several = parsed.len() > 1;
        let mut res: Vec<Document> = parsed
            .iter()
            .enumerate()
            .map(|(i, doc)| {
                let part = several.then(|| u32::try_from(i + 1).unwrap_or(u32::MAX));
                self.document(source, part, &positions, doc)
            })
            .collect();
        if text.trim().is_empty()
            && let Some(document) = res.first_mut()
        {
            let what = if text.is_empty() { "empty" } else { "blank: only white space" };
            document.diagnostics.push(DiagnosticRecord {
                severity: Severity::Info,
                message: format!("the text is {what}; nothing to read"),
                line: 1,
                column: 1,
                span: Span::default(),
            });
        }
        res
    }

    /// Reads every file under `paths` (files, or directories walked recursively in sorted
    /// order). Unreadable, binary and special files are listed in [`Scan::skipped`]; the order
    /// of documents never depends on the thread count.
    pub fn scan_paths<P: AsRef<Path>>(&self, paths: &[P]) -> Result<Scan> {
        self.scan_paths_observed(paths, &())
    }

    /// Like [`Engine::scan_paths`], telling `observer` how far the scan has come (for a
    /// progress bar). The result does not depend on the observer.
    pub fn scan_paths_observed<P: AsRef<Path>>(
        &self,
        paths: &[P],
        observer: &dyn Observer,
    ) -> Result<Scan> {
        let paths: Vec<PathBuf> = paths.iter().map(|p| p.as_ref().to_owned()).collect();
        let mut skipped = Vec::new();
        let files = input::collect(&paths, &self.config.extensions, &mut skipped);
        // Each thread reads its files into one buffer: a file's text is dropped once read, so
        // the buffer serves the next file without a new allocation.
        thread_local! {
            static BUFFER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
        }
        let work = |file: &input::InputFile| -> (Vec<Document>, Option<Skipped>) {
            let source = input::display(&file.path);
            let mut bytes = BUFFER.take();
            let res = match input::read(&file.path, self.config.max_file_size, &mut bytes) {
                Ok(()) => {
                    let res = self.scan_decoded(&source, &bytes);
                    observer.file_done(bytes.len() as u64, res.0.len());
                    res
                }
                Err(skipped) => {
                    observer.file_done(0, 0);
                    (Vec::new(), Some(skipped))
                }
            };
            // A buffer that a large file grew is not kept: memory follows the documents kept,
            // not the largest file read.
            if bytes.capacity() <= KEPT_BUFFER {
                BUFFER.set(bytes);
            }
            res
        };
        let scan_all = || {
            let total_bytes = if observer.wants_total_bytes() {
                files
                    .par_iter()
                    .filter_map(|f| std::fs::metadata(&f.path).ok())
                    .map(|m| m.len())
                    .sum()
            } else {
                0
            };
            observer.started(files.len(), total_bytes);
            files.par_iter().map(work).collect()
        };
        let results: Vec<(Vec<Document>, Option<Skipped>)> = match self.pool() {
            Some(pool) => pool?.install(scan_all),
            None => scan_all(),
        };
        let mut res = Scan { files_seen: files.len(), ..Scan::default() };
        res.documents.reserve_exact(results.iter().map(|(documents, _)| documents.len()).sum());
        for (document, skip) in results {
            res.documents.extend(document);
            skipped.extend(skip);
        }
        res.skipped = skipped;
        observer.finished();
        Ok(res)
    }

    /// Reads one text from `reader` (standard input, a socket) as a file would be read: up to
    /// the configured size limit, decoded (byte-order marks, UTF-16, invalid UTF-8 replaced),
    /// skipped when binary. `source` names it in the output. The scan counts one file.
    ///
    /// ```
    /// use isc_engine::{Config, Engine};
    ///
    /// let engine = Engine::new(Config::new());
    /// let scan = engine.scan_reader("-", &b"recalling Resolution 71 (Rev. Dubai, 2018)\xFF"[..]);
    /// assert_eq!(scan.documents[0].citations.len(), 1);
    /// assert!(scan.documents[0].diagnostics[0].message.contains("invalid UTF-8 at byte offset 42"));
    /// let scan = engine.scan_reader("-", &b"\x7FELF\0\0"[..]);
    /// assert!(scan.documents.is_empty());
    /// assert!(scan.skipped[0].reason.starts_with("binary file"));
    /// ```
    pub fn scan_reader(&self, source: &str, reader: impl std::io::Read) -> Scan {
        let mut bytes = Vec::new();
        let (documents, skipped) =
            match input::read_from(source, reader, None, self.config.max_file_size, &mut bytes) {
                Ok(()) => self.scan_decoded(source, &bytes),
                Err(skipped) => (Vec::new(), Some(skipped)),
            };
        Scan { files_seen: 1, documents, skipped: skipped.into_iter().collect() }
    }

    /// Decodes a file's bytes and reads the text, or says why it is not text. Word, PDF, HTML
    /// and Akoma Ntoso files go through the reading stage first.
    fn scan_decoded(&self, source: &str, bytes: &[u8]) -> (Vec<Document>, Option<Skipped>) {
        if isc_read::detect(bytes) != isc_read::Format::Text {
            return self.scan_formatted(source, bytes);
        }
        match input::decode(bytes) {
            Decoded::Binary(reason) => (
                Vec::new(),
                Some(Skipped { source: source.to_owned(), severity: Severity::Warning, reason }),
            ),
            Decoded::Text(text, note) => {
                let mut documents = self.scan_str(source, &text);
                if let (Some(message), Some(first)) = (note, documents.first_mut()) {
                    first.diagnostics.insert(
                        0,
                        DiagnosticRecord {
                            severity: Severity::Warning,
                            message,
                            line: 1,
                            column: 1,
                            span: Span::default(),
                        },
                    );
                }
                (documents, None)
            }
        }
    }

    /// Reads a Word, PDF, HTML or Akoma Ntoso file: its texts, each document with the part of
    /// the source map its text came from, the reader's notes on the first document.
    fn scan_formatted(&self, source: &str, bytes: &[u8]) -> (Vec<Document>, Option<Skipped>) {
        let reading = match isc_read::read(bytes, source, &self.config.read) {
            Ok(reading) => reading,
            Err(err) => {
                let format = isc_read::detect(bytes).name();
                let skipped = Skipped {
                    source: source.to_owned(),
                    severity: Severity::Error,
                    reason: format!("{format} file not read: {err}"),
                };
                return (Vec::new(), Some(skipped));
            }
        };
        let mut documents = Vec::new();
        for text in &reading.texts {
            let mut read = self.scan_str(source, &text.text);
            let several = read.len() > 1;
            for document in &mut read {
                document.source_map = if several {
                    map_of(document, &text.source_map)
                } else {
                    text.source_map.clone()
                };
            }
            documents.extend(read);
        }
        if reading.texts.len() > 1 {
            for (i, document) in documents.iter_mut().enumerate() {
                document.part = Some(u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
        }
        if let Some(first) = documents.first_mut() {
            let notes = reading.notes.into_iter().map(|note| DiagnosticRecord {
                severity: note.severity,
                message: note.message,
                line: 1,
                column: 1,
                span: Span::default(),
            });
            first.diagnostics.splice(0..0, notes);
        }
        (documents, None)
    }

    /// Turns a parse into the owned record: canonical editions, lines and columns.
    fn document(
        &self,
        source: &str,
        part: Option<u32>,
        lines: &Positions<'_>,
        parsed: &ParsedDoc<'_>,
    ) -> Document {
        let calendar = self.parser.calendar();
        let id = parsed.identity.as_ref().map(|id| ResolutionRef {
            body: id.body,
            number: id.number,
            edition: id.edition.map(|e| e.to_edition(calendar)),
        });
        let draft = parsed.draft.as_ref().map(|d| DraftRecord {
            action: d.action.as_ref().map(one_line),
            // A label is a symbol, in capitals: one copied in small letters from a page
            // setting it in small capitals is given back in capitals (`gt-plen/6`).
            label: d.label.as_ref().map(one_line).map(|label| {
                if label.chars().any(char::is_uppercase) { label } else { label.to_uppercase() }
            }),
            modifies: d.modifies.map(|(number, body, edition)| ResolutionRef {
                body,
                number,
                edition: edition.map(|e| e.to_edition(calendar)),
            }),
            body: d.conference.map(|(body, _)| body),
            edition: d.conference.and_then(|(_, e)| e).map(|e| e.to_edition(calendar)),
        });
        let record = |c: &isc_parse::Citation<'_>| {
            let (line, column) = lines.line_col(c.text.span.start as usize);
            CitationRecord {
                body: c.body,
                number: c.number,
                edition: c.edition.map(|e| e.to_edition(calendar)),
                body_from: c.body_source,
                text: c.text.text.to_owned(),
                span: c.text.span,
                line,
                column,
                part: c.part,
                clause: c.clause.as_ref().map(one_line),
                suppressed: c.suppressed,
            }
        };
        let citations = parsed.citations.iter().map(record).collect();
        let self_references = parsed.self_references.iter().map(record).collect();
        let front_matter_references = parsed.front_matter_references.iter().map(record).collect();
        let diagnostics = parsed
            .diagnostics
            .iter()
            .map(|d| {
                let (line, column) = lines.line_col(d.span.start as usize);
                DiagnosticRecord {
                    severity: d.severity,
                    message: d.message.clone(),
                    line,
                    column,
                    span: d.span,
                }
            })
            .collect();
        let kept_parts = if self.config.keep_parts { &parsed.parts[..] } else { &[] };
        let parts = kept_parts
            .iter()
            .map(|p| PartRecord {
                kind: p.kind,
                clause: p.clause.as_ref().map(one_line),
                span: p.span,
                line: lines.line_col(p.span.start as usize).0,
            })
            .collect();
        let evidence = |m: &Mention<'_>| {
            let (line, column) = lines.line_col(m.text.span.start as usize);
            EvidenceRecord {
                text: m.text.text.to_owned(),
                span: m.text.span,
                part: m.part,
                clause: m.clause.as_ref().map(one_line),
                line,
                column,
            }
        };
        let lexicon = self.parser.lexicon();
        let theme = |t: &ThemeMatch<'_>| ThemeRecord {
            id: lexicon.theme(t.theme).id.clone(),
            score: t.score,
            evidence: t.evidence.iter().map(evidence).collect(),
        };
        Document {
            source: source.to_owned(),
            part,
            id,
            draft,
            issued_by: parsed.issuer.map(|(body, edition)| IssuerRecord {
                body,
                edition: edition.map(|e| e.to_edition(calendar)),
            }),
            study: parsed.study.as_ref().and_then(|h| {
                Some(StudyItemRecord {
                    id: StudyItemId::new(h.sector?, h.item)?,
                    period: h.period,
                    continues: h
                        .continues
                        .iter()
                        .filter_map(|&k| StudyItemId::new(h.sector?, k))
                        .collect(),
                    sector_from: h.sector_source.unwrap_or(BodySource::Document),
                })
            }),
            title: parsed
                .title_as_read
                .as_deref()
                .or(parsed.title.as_ref().map(|t| t.text))
                .map(isc_model::text::title),
            parts,
            citations,
            self_references,
            front_matter_references,
            study_citations: parsed
                .study_mentions
                .iter()
                .map(|m| {
                    let (line, column) = lines.line_col(m.text.span.start as usize);
                    StudyCitationRecord {
                        sector: m.sector,
                        item: m.item,
                        sector_from: m.sector_source,
                        text: m.text.text.to_owned(),
                        span: m.text.span,
                        line,
                        column,
                        part: m.part,
                    }
                })
                .collect(),
            themes: parsed.themes.iter().map(theme).collect(),
            theme_candidates: parsed.theme_candidates.iter().map(theme).collect(),
            coordination: parsed.coordination.iter().map(evidence).collect(),
            calls_for_coordination: parsed.calls_for_coordination,
            diagnostics,
            source_map: Vec::new(),
        }
    }
}

/// The entries of `map` that cover what `document` found in a text holding several documents:
/// from the entry in force at its first span to its last span.
fn map_of(document: &Document, map: &[SourceMapEntry]) -> Vec<SourceMapEntry> {
    let spans = document
        .parts
        .iter()
        .map(|p| p.span)
        .chain(document.citations.iter().map(|c| c.span))
        .chain(document.coordination.iter().map(|e| e.span))
        .chain(document.themes.iter().flat_map(|t| t.evidence.iter().map(|e| e.span)))
        .chain(document.diagnostics.iter().map(|d| d.span).filter(|s| *s != Span::default()));
    let (lo, hi) = spans.fold((u32::MAX, 0), |(lo, hi), s| (lo.min(s.start), hi.max(s.end)));
    if lo > hi {
        return Vec::new();
    }
    let first = map.partition_point(|e| e.start <= lo).saturating_sub(1);
    let last = map.partition_point(|e| e.start < hi);
    map.get(first..last.max(first)).unwrap_or_default().to_vec()
}

/// Line and column of byte offsets in one text. Columns count characters from the line start,
/// so each lookup is remembered: offsets met in increasing order on one line (a single long
/// line holding many citations) cost one pass over the line, not one per offset.
struct Positions<'t> {
    text: &'t str,
    index: LineIndex,
    /// The last offset looked up, and its line and column.
    last: std::cell::Cell<(usize, u32, u32)>,
}

impl<'t> Positions<'t> {
    fn new(text: &'t str, index: LineIndex) -> Self {
        Positions { text, index, last: std::cell::Cell::new((0, 1, 1)) }
    }

    /// The 1-based line and column of byte `offset`.
    fn line_col(&self, offset: usize) -> (u32, u32) {
        let (last, line, column) = self.last.get();
        let res = match self.text.get(last..offset) {
            Some(between) if !between.contains(['\n', '\r']) => {
                let n_chars = u32::try_from(between.chars().count()).unwrap_or(u32::MAX);
                (line, column.saturating_add(n_chars))
            }
            _ => self.index.line_col(self.text, offset),
        };
        self.last.set((offset, res.0, res.1));
        res
    }
}

/// A piece of text on one line: runs of whitespace, line breaks included, become one space.
fn one_line(text: &TextRef<'_>) -> String {
    let mut res = String::with_capacity(text.text.len());
    for word in text.text.split_whitespace() {
        if !res.is_empty() {
            res.push(' ');
        }
        res.push_str(word);
    }
    res
}
