//! The report of an analysis: documents read, the graph's counts, proposals, near misses and
//! diagnostics. It serializes to JSON and reads back, so two runs can be compared.

use isc_graph::{ResolutionGraph, Summary};
use isc_model::{NearMiss, Proposal, ResolutionRef, Severity};
use isc_rules::{Findings, Mappings};
use serde::{Deserialize, Serialize};

use crate::input::Skipped;

/// The version of the report's JSON format; it changes only when a field changes meaning.
pub const REPORT_FORMAT: u32 = 1;

/// Counts over a whole run. Every entry found is counted: files opened (`files`, whether their
/// text was then read or not), entries skipped for a problem (`skipped`: binary, too large and
/// unreadable files, and also links, loops, special files and directories that were not
/// opened), and files ignored for their extension (`ignored`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Counts {
    /// Files opened: read, or found binary, too large or unreadable (those are also counted in
    /// `skipped`).
    pub files: usize,
    /// Documents read (a compilation gives several).
    pub documents: usize,
    /// Citations found.
    pub citations: usize,
    /// Document-theme pairs over the lexicon's threshold.
    pub themes: usize,
    /// Themes proposed.
    pub proposals: usize,
    /// Near misses.
    pub near_misses: usize,
    /// Diagnostics, skipped files included.
    pub diagnostics: usize,
    /// Files skipped for a problem (unreadable, binary, too large, special); each is listed in
    /// [`Report::skipped`] and [`Report::diagnostics`].
    pub skipped: usize,
    /// Files found in directories but ignored for their extension.
    #[serde(default)]
    pub ignored: usize,
}

/// One document as the report lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentEntry {
    /// The input, as given.
    pub source: String,
    /// Its place in a compilation.
    pub part: Option<u32>,
    /// Its own identity.
    pub id: Option<ResolutionRef>,
    /// Its title.
    pub title: Option<String>,
    /// The themes it is on.
    pub themes: Vec<String>,
    /// Whether it calls for coordination among the Sectors in an operative clause.
    pub calls_for_coordination: bool,
    /// How many citations it holds.
    pub citations: usize,
    /// A newer edition of the same resolution is in the corpus, or another text suppresses it.
    pub superseded: bool,
    /// The same edition was already read from another input.
    pub duplicate_of: Option<String>,
}

/// A diagnostic with the input it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReportDiagnostic {
    /// The input.
    pub source: String,
    /// 1-based line (0 when the whole file is concerned).
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// How serious.
    pub severity: Severity,
    /// What happened.
    pub message: String,
}

/// A rule that ran, with its one-line description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RuleEntry {
    /// The rule's id (`MI001`).
    pub id: String,
    /// What it finds.
    pub description: String,
}

/// Everything an analysis concluded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// [`REPORT_FORMAT`].
    pub format: u32,
    /// Counts over the run.
    pub counts: Counts,
    /// The rules that ran.
    pub rules: Vec<RuleEntry>,
    /// Themes proposed as areas of mutual interest, by theme id.
    pub proposals: Vec<Proposal>,
    /// Themes close to a proposal, by theme id.
    pub near_misses: Vec<NearMiss>,
    /// The mapping tables of the rules that make them, by rule; left out of JSON when no such
    /// rule ran.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mappings: Vec<Mappings>,
    /// The graph's counts.
    pub graph: Summary,
    /// Every document, in (source, part) order.
    pub documents: Vec<DocumentEntry>,
    /// Every diagnostic of severity warning or above, and every skipped file.
    pub diagnostics: Vec<ReportDiagnostic>,
    /// Every file not read, with the reason: skipped for a problem, or ignored for its
    /// extension.
    #[serde(default)]
    pub skipped: Vec<Skipped>,
}

impl Report {
    /// The report as pretty JSON, ending with a newline.
    pub fn to_json(&self) -> String {
        let mut res = Vec::new();
        self.write_json(&mut res).expect("writing to memory cannot fail");
        String::from_utf8(res).expect("serde_json writes UTF-8")
    }

    /// Writes the report as pretty JSON, ending with a newline, without building it in memory
    /// first (a report on a large corpus runs to hundreds of megabytes).
    pub fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self)?;
        out.write_all(b"\n")
    }

    /// Reads a report written by [`Report::to_json`].
    pub fn from_json(text: &str) -> crate::Result<Report> {
        serde_json::from_str(text).map_err(|e| crate::Error::Report { message: e.to_string() })
    }

    /// How many diagnostics of severity error the run met, skipped files included: what
    /// `isc --strict` fails on.
    pub fn n_errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }

    /// What rule `id` found, alone.
    pub fn findings(&self, id: &str) -> Findings {
        let mut res = Findings::default();
        res.proposals = self.proposals.iter().filter(|p| p.rule == id).cloned().collect();
        res.near_misses = self.near_misses.iter().filter(|n| n.rule == id).cloned().collect();
        res.mappings = self.mappings.iter().filter(|m| m.rule == id).cloned().collect();
        res
    }

    /// The mapping tables of rule `id`, if it ran.
    pub fn mappings(&self, id: &str) -> Option<&Mappings> {
        self.mappings.iter().find(|m| m.rule == id)
    }

    /// The proposal for `theme`, if it was proposed.
    pub fn proposal(&self, theme: &str) -> Option<&Proposal> {
        self.proposals.iter().find(|p| p.theme == theme)
    }
}

/// Lists the graph's documents as report entries.
pub(crate) fn document_entries(graph: &ResolutionGraph) -> Vec<DocumentEntry> {
    let documents = graph.documents();
    documents
        .iter()
        .zip(graph.doc_ids())
        .map(|(d, doc)| {
            let node = graph.edition_node(doc);
            let edition = node.and_then(|n| graph.edition(n));
            let duplicate_of = edition.and_then(|e| e.duplicate_of).map(|first| {
                let doc = graph.doc(first);
                match doc.part {
                    Some(part) => format!("{}#{part}", doc.source),
                    None => doc.source.clone(),
                }
            });
            DocumentEntry {
                source: d.source.clone(),
                part: d.part,
                id: d.id.clone(),
                title: d.title.clone(),
                themes: d.themes.iter().map(|t| t.id.clone()).collect(),
                calls_for_coordination: d.calls_for_coordination,
                citations: d.citations.len(),
                superseded: edition.is_some_and(|e| e.superseded)
                    || node
                        .and_then(|n| graph.resolution_of(n))
                        .is_some_and(|r| r.suppressed_by.is_some()),
                duplicate_of,
            }
        })
        .collect()
}

/// Every diagnostic of severity warning or above, and the skipped files, sorted.
pub(crate) fn diagnostics(
    documents: &[isc_model::Document],
    skipped: &[Skipped],
) -> Vec<ReportDiagnostic> {
    let mut res: Vec<ReportDiagnostic> = documents
        .iter()
        .flat_map(|d| {
            d.diagnostics.iter().filter(|x| x.severity >= Severity::Warning).map(|x| {
                ReportDiagnostic {
                    source: d.source.clone(),
                    line: x.line,
                    column: x.column,
                    severity: x.severity,
                    message: x.message.clone(),
                }
            })
        })
        .collect();
    res.extend(skipped.iter().filter(|s| s.severity > Severity::Info).map(|s| ReportDiagnostic {
        source: s.source.clone(),
        line: 0,
        column: 0,
        severity: s.severity,
        message: s.reason.clone(),
    }));
    res.sort();
    res
}
