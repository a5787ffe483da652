//! Rules over the resolution graph.
//!
//! A [`Rule`] walks an [`isc_graph::ResolutionGraph`] and pushes what it concludes into
//! [`Findings`]: [`Proposal`]s (themes proposed as areas of mutual interest, with the clauses that
//! fired and the evidence) and [`NearMiss`]es (themes an analyst will want to look at although
//! they were not proposed). [`MutualInterest`] is the ISC-TF rule, `MI001`:
//!
//! > A theme is an area of mutual interest when (A) a PP resolution on it calls for intersectoral
//! > coordination, or (B) a PP resolution and a resolution of at least one Sector are on it.
//!
//! Its parameters live in a TOML rule file ([`RuleConfig`]); the defaults are the ISC-TF rule.
//!
//! ```
//! use isc_graph::GraphBuilder;
//! use isc_model::{Document, PartKind, ThemeRecord, EvidenceRecord};
//! use isc_rules::{Findings, MutualInterest, Rule, RuleConfig};
//!
//! let on = |source: &str, id: &str| {
//!     let mut doc = Document::empty(source);
//!     doc.id = Some(id.parse().unwrap());
//!     let evidence = EvidenceRecord { text: "cybersecurity".into(), span: Default::default(),
//!         part: PartKind::Title, clause: None, line: 3, column: 1 };
//!     doc.themes = vec![ThemeRecord { id: "cybersecurity".into(), score: 3.0, evidence: vec![evidence] }];
//!     doc
//! };
//! let mut builder = GraphBuilder::new();
//! builder.add_document(&on("pp.txt", "PP 130 (Rev. Dubai, 2018)"));
//! builder.add_document(&on("wtsa.txt", "WTSA 50 (Rev. Hammamet, 2016)"));
//! let graph = builder.build();
//! let mut findings = Findings::default();
//! MutualInterest::new(RuleConfig::default()).run(&mut findings, &graph);
//! assert_eq!(findings.proposals[0].theme, "cybersecurity");
//! assert_eq!(findings.proposals[0].clauses, ["B"]);
//! # Ok::<(), isc_rules::Error>(())
//! ```

mod config;
mod error;
mod mutual_interest;

pub use config::RuleConfig;
pub use error::{Error, Result};
pub use isc_model::{NearMiss, NearMissKind, Proposal};
pub use mutual_interest::MutualInterest;

/// What rules conclude, accumulated over all rules run.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Findings {
    /// Themes proposed as areas of mutual interest.
    pub proposals: Vec<Proposal>,
    /// Themes close to a proposal.
    pub near_misses: Vec<NearMiss>,
}

/// A rule over the resolution graph.
pub trait Rule {
    /// The rule's stable id (`MI001`); renaming it is a breaking change.
    fn id(&self) -> &'static str;
    /// One line saying what the rule finds.
    fn description(&self) -> &'static str;
    /// Runs the rule and pushes what it finds into `acc`, in a deterministic order.
    fn run(&self, acc: &mut Findings, graph: &isc_graph::ResolutionGraph);
}
