//! The engine: reads inputs in parallel and turns parsed texts into owned documents.

use std::path::{Path, PathBuf};

use isc_model::{
    CitationRecord, DiagnosticRecord, Document, EvidenceRecord, LineIndex, PartRecord,
    ResolutionRef, Severity, Span, ThemeRecord,
};
use isc_parse::{Mention, ParsedDoc, Parser, TextRef, ThemeMatch};
use rayon::prelude::*;
use serde::Serialize;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::input::{self, Decoded, Skipped};

/// Reads ITU resolution texts. Build it once and reuse it: it holds the compiled parser.
#[derive(Debug, Clone)]
pub struct Engine {
    config: Config,
    parser: Parser,
}

/// What a scan of files read.
#[derive(Debug, Clone, Default, Serialize)]
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
        let parser = Parser::new(config.calendar.clone()).with_lexicon(config.lexicon.clone());
        Engine { config, parser }
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Reads one text held in memory; `source` names it in the output. A text holding several
    /// resolutions (a compilation) gives one document per resolution.
    pub fn scan_str(&self, source: &str, text: &str) -> Vec<Document> {
        let parsed = self.parser.parse_all(text);
        let lines = LineIndex::new(text);
        let several = parsed.len() > 1;
        parsed
            .iter()
            .enumerate()
            .map(|(i, doc)| {
                let part = several.then(|| u32::try_from(i + 1).unwrap_or(u32::MAX));
                self.document(source, part, text, &lines, doc)
            })
            .collect()
    }

    /// Reads every file under `paths` (files, or directories walked recursively in sorted
    /// order). Unreadable, binary and special files are listed in [`Scan::skipped`]; the order
    /// of documents never depends on the thread count.
    pub fn scan_paths<P: AsRef<Path>>(&self, paths: &[P]) -> Result<Scan> {
        let paths: Vec<PathBuf> = paths.iter().map(|p| p.as_ref().to_owned()).collect();
        let mut skipped = Vec::new();
        let files = input::collect(&paths, &self.config.extensions, &mut skipped);
        let work = |file: &input::InputFile| -> (Vec<Document>, Option<Skipped>) {
            let source = input::display(&file.path);
            let bytes = match std::fs::read(&file.path) {
                Ok(bytes) => bytes,
                Err(err) => {
                    return (
                        Vec::new(),
                        Some(Skipped {
                            source,
                            severity: Severity::Error,
                            reason: err.to_string(),
                        }),
                    );
                }
            };
            match input::decode(bytes) {
                Decoded::Binary(reason) => {
                    (Vec::new(), Some(Skipped { source, severity: Severity::Warning, reason }))
                }
                Decoded::Text(text, note) => {
                    let mut documents = self.scan_str(&source, &text);
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
        };
        let results: Vec<(Vec<Document>, Option<Skipped>)> = match self.config.threads {
            Some(threads) => rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .map_err(|err| Error::Threads { threads, message: err.to_string() })?
                .install(|| files.par_iter().map(work).collect()),
            None => files.par_iter().map(work).collect(),
        };
        let mut res = Scan { files_seen: files.len(), ..Scan::default() };
        for (document, skip) in results {
            res.documents.extend(document);
            skipped.extend(skip);
        }
        res.skipped = skipped;
        Ok(res)
    }

    /// Turns a parse into the owned record: canonical editions, lines and columns.
    fn document(
        &self,
        source: &str,
        part: Option<u32>,
        text: &str,
        lines: &LineIndex,
        parsed: &ParsedDoc<'_>,
    ) -> Document {
        let calendar = self.parser.calendar();
        let id = parsed.identity.as_ref().map(|id| ResolutionRef {
            body: id.body,
            number: id.number,
            edition: id.edition.map(|e| e.to_edition(calendar)),
        });
        let citations = parsed
            .citations
            .iter()
            .map(|c| {
                let (line, column) = lines.line_col(text, c.text.span.start as usize);
                CitationRecord {
                    body: c.body,
                    number: c.number,
                    edition: c.edition.map(|e| e.to_edition(calendar)),
                    body_from: c.body_source.map(|s| s.name().to_owned()),
                    text: c.text.text.to_owned(),
                    span: c.text.span,
                    line,
                    column,
                    part: c.part,
                    clause: c.clause.as_ref().map(one_line),
                    suppressed: c.suppressed,
                }
            })
            .collect();
        let diagnostics = parsed
            .diagnostics
            .iter()
            .map(|d| {
                let (line, column) = lines.line_col(text, d.span.start as usize);
                DiagnosticRecord {
                    severity: d.severity,
                    message: d.message.clone(),
                    line,
                    column,
                    span: d.span,
                }
            })
            .collect();
        let parts = parsed
            .parts
            .iter()
            .map(|p| PartRecord {
                kind: p.kind,
                clause: p.clause.as_ref().map(one_line),
                span: p.span,
                line: lines.line_col(text, p.span.start as usize).0,
            })
            .collect();
        let evidence = |m: &Mention<'_>| {
            let (line, column) = lines.line_col(text, m.text.span.start as usize);
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
            title: parsed.title.as_ref().map(one_line),
            parts,
            citations,
            themes: parsed.themes.iter().map(theme).collect(),
            theme_candidates: parsed.theme_candidates.iter().map(theme).collect(),
            coordination: parsed.coordination.iter().map(evidence).collect(),
            calls_for_coordination: parsed.calls_for_coordination,
            diagnostics,
        }
    }
}

/// A piece of text on one line: runs of whitespace, line breaks included, become one space.
fn one_line(text: &TextRef<'_>) -> String {
    text.text.split_whitespace().collect::<Vec<_>>().join(" ")
}
