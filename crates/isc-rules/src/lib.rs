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
//! [`Mapping`] is `MI002`, the mapping rule: the Inter-Sector Coordination Group's tables of
//! study-group Questions and Working Parties that study the same thing in two Sectors.
//!
//! Every rule is one line of the [`registry`]; the analysis runs those that have something to
//! read in the graph ([`Rule::applies`]). Their parameters live in a TOML rule file, one table
//! per rule id ([`RuleSet`]; [`RuleConfig`] is `MI001`'s, [`MappingConfig`] `MI002`'s); the
//! defaults are the rules as the Union states them.
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
mod mapping;
mod mutual_interest;
mod registry;

pub use config::RuleConfig;
pub use error::{Error, Result};
pub use isc_model::{NearMiss, NearMissKind, Proposal};
pub use mapping::{
    Mapping, MappingConfig, MappingEvidence, MappingNote, MappingRow, MappingTable, MappingTarget,
    Mappings, Reason,
};
pub use mutual_interest::MutualInterest;
pub use registry::{Configured, REGISTRY, Registration, RuleSet, registry, run_all};

/// What rules conclude, accumulated over all rules run; each finding names its rule. A kind of
/// finding no rule made is left out of JSON.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Findings {
    /// Themes proposed as areas of mutual interest.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposals: Vec<Proposal>,
    /// Themes close to a proposal.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub near_misses: Vec<NearMiss>,
    /// Mapping tables between the Sectors' study items, one set per rule that makes them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mappings: Vec<Mappings>,
}

impl Findings {
    /// What rule `id` found, alone.
    pub fn of_rule(&self, id: &str) -> Findings {
        Findings {
            proposals: self.proposals.iter().filter(|p| p.rule == id).cloned().collect(),
            near_misses: self.near_misses.iter().filter(|n| n.rule == id).cloned().collect(),
            mappings: self.mappings.iter().filter(|m| m.rule == id).cloned().collect(),
        }
    }
}

/// A rule over the resolution graph.
pub trait Rule: Send + Sync {
    /// The rule's stable id (`MI001`); renaming it is a breaking change.
    fn id(&self) -> &'static str;
    /// One line saying what the rule finds.
    fn description(&self) -> &'static str;
    /// Whether the graph holds anything the rule reads (`MI002` reads study-group documents);
    /// a rule that does not apply is not run and not reported.
    fn applies(&self, graph: &isc_graph::ResolutionGraph) -> bool {
        let _ = graph;
        true
    }
    /// Runs the rule and pushes what it finds into `acc`, in a deterministic order.
    fn run(&self, acc: &mut Findings, graph: &isc_graph::ResolutionGraph);
}
