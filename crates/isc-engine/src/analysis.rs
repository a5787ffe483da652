//! An analysis: documents read, the graph built over them, the rules applied, the report made.

use std::path::Path;

use isc_graph::{GraphBuilder, ResolutionGraph};
use isc_model::Document;
use isc_rules::{Findings, run_all};

use crate::engine::{Engine, Scan};
use crate::error::Result;
use crate::report::{self, Counts, REPORT_FORMAT, Report, RuleEntry};

/// Everything one run produced: the report, and the graph behind it (which holds the
/// documents) for callers that want to look further (`isc explain`, `isc graph`).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Analysis {
    /// What the run concluded.
    pub report: Report,
    /// The resolution graph.
    pub graph: ResolutionGraph,
}

impl Analysis {
    /// Every document read, sorted by source and part.
    pub fn documents(&self) -> &[Document] {
        self.graph.documents()
    }
}

impl Engine {
    /// Reads every file under `paths`, builds the resolution graph and applies the rules.
    /// The report is byte-identical whatever the thread count or the order of the inputs.
    pub fn analyze<P: AsRef<Path>>(&self, paths: &[P]) -> Result<Analysis> {
        let scan = self.scan_paths(paths)?;
        Ok(self.analyze_scan(scan))
    }

    /// Builds the graph over documents already read and applies the rules.
    ///
    /// ```
    /// use isc_engine::{Config, Engine};
    ///
    /// let engine = Engine::new(Config::new());
    /// let mut documents = engine.scan_str("pp.txt", "RESOLUTION 130 (REV. DUBAI, 2018)\n\n\
    ///     Strengthening the role of ITU in building confidence and security in the use of ICT\n\n\
    ///     The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n");
    /// documents.extend(engine.scan_str("wtsa.txt", "RESOLUTION 50 (REV. HAMMAMET, 2016)\n\nCybersecurity\n\n\
    ///     The World Telecommunication Standardization Assembly (Hammamet, 2016),\n"));
    /// let analysis = engine.analyze_documents(documents);
    /// let proposal = analysis.report.proposal("cybersecurity").unwrap();
    /// assert_eq!(proposal.clauses, ["B"]);
    /// ```
    pub fn analyze_documents(&self, documents: Vec<Document>) -> Analysis {
        let n_files = documents
            .iter()
            .map(|d| (&d.source, ()))
            .collect::<std::collections::BTreeMap<_, _>>()
            .len();
        self.analyze_scan(Scan { files_seen: n_files, documents, skipped: Vec::new() })
    }

    /// Builds the graph over a scan's documents and applies the rules.
    pub fn analyze_scan(&self, scan: Scan) -> Analysis {
        let files = scan.files_seen;
        let n_citations = scan.n_citations();
        let n_diagnostics = scan.n_diagnostics();
        let (n_skipped, n_ignored) = (scan.n_skipped(), scan.n_ignored());
        let skipped = scan.skipped;
        let rules = self.config().rule_set().build();
        let build_and_run = || {
            let mut builder = GraphBuilder::new();
            builder.extend(scan.documents);
            let graph = builder.build();
            // The rules, and the report's lists of documents and diagnostics, read the graph
            // each on its own.
            let ((findings, ran), (documents, diagnostics)) = rayon::join(
                || {
                    let mut findings = Findings::default();
                    let ran = run_all(&rules, &mut findings, &graph);
                    (findings, ran)
                },
                || {
                    rayon::join(
                        || report::document_entries(&graph),
                        || report::diagnostics(graph.documents(), &skipped),
                    )
                },
            );
            (graph, findings, ran, documents, diagnostics)
        };
        // Worker threads that could not be started fail a scan; here the work is done where
        // it is called instead.
        let (graph, mut findings, ran, documents, diagnostics) = match self.pool() {
            Some(Ok(pool)) => pool.install(build_and_run),
            _ => build_and_run(),
        };
        let label = |id: &str| {
            self.config().lexicon().themes().iter().find(|t| t.id == id).map(|t| t.label.clone())
        };
        for proposal in &mut findings.proposals {
            proposal.label = label(&proposal.theme);
        }
        for near_miss in &mut findings.near_misses {
            near_miss.label = label(&near_miss.theme);
        }
        let counts = Counts {
            files,
            documents: graph.documents().len(),
            citations: n_citations,
            themes: graph.documents().iter().map(|d| d.themes.len()).sum(),
            proposals: findings.proposals.len(),
            near_misses: findings.near_misses.len(),
            diagnostics: n_diagnostics,
            skipped: n_skipped,
            ignored: n_ignored,
        };
        let report = Report {
            format: REPORT_FORMAT,
            counts,
            // The rules that ran, in the registry's order.
            rules: rules
                .iter()
                .filter(|r| ran.contains(&r.id()))
                .map(|r| RuleEntry {
                    id: r.id().to_owned(),
                    description: r.description().to_owned(),
                })
                .collect(),
            proposals: findings.proposals,
            near_misses: findings.near_misses,
            mappings: findings.mappings,
            graph: graph.summary(),
            documents,
            diagnostics,
            skipped,
        };
        Analysis { report, graph }
    }
}
