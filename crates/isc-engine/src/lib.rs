//! The `isc` library to embed: read ITU resolution texts and report what they say.
//!
//! An [`Engine`] is built from a [`Config`] (the conference calendar, the thread count) and reads
//! texts from memory ([`Engine::scan_str`]) or from files and directories
//! ([`Engine::scan_paths`]). Each text becomes a [`Document`]: its own identity, its title, every
//! resolution it cites with span, line and column, and diagnostics for whatever could not be read.
//!
//! ```
//! use isc_engine::{Body, Config, Engine};
//!
//! let engine = Engine::new(Config::new());
//! let docs = engine.scan_str(
//!     "example.txt",
//!     "RESOLUTION 37 (REV. BUENOS AIRES, 2017)\n\nBridging the digital divide\n\n\
//!      The World Telecommunication Development Conference (Buenos Aires, 2017),\n\n\
//!      recalling\na)\tResolution 139 (Rev. Busan, 2014) of the Plenipotentiary Conference;\n",
//! );
//! let doc = &docs[0];
//! assert_eq!(doc.id.as_ref().unwrap().to_string(), "WTDC 37 (Rev. Buenos Aires, 2017)");
//! assert_eq!(doc.citations[0].body, Some(Body::Pp));
//! assert_eq!(doc.citations[0].line, 8);
//! # Ok::<(), isc_engine::Error>(())
//! ```

mod analysis;
mod config;
mod diff;
mod engine;
mod error;
mod input;
mod report;

pub use analysis::Analysis;
pub use config::Config;
pub use diff::{ReportDiff, ThemeChange, diff};
pub use engine::{Engine, Observer, Scan};
pub use error::{Error, Result};
pub use input::Skipped;
pub use isc_graph::{
    Cites, DocId, Edge, EditionNode, GraphFormat, Node, NodeId, OnTheme, ResolutionGraph,
    ResolutionNode, Summary, ThemeNode,
};
pub use isc_model::{
    Body, BodySource, Calendar, CitationRecord, Clause, DiagnosticRecord, Document, DraftRecord,
    Edition, EvidenceRecord, IssuerRecord, Location, Member, NearMiss, NearMissKind, PartKind,
    PartRecord, Proposal, ResolutionId, ResolutionNumber, ResolutionRef, Sector, Severity,
    SourceMapEntry, Span, StudyCitationRecord, StudyItemId, StudyItemRecord, StudyKind,
    StudyPeriod, ThemeRecord, WorkingPartyUnit,
};
pub use isc_parse::{Lexicon, LexiconError, Scoring, Vocabulary, VocabularyError, Weights};
pub use isc_read::{Format, Revisions};
pub use isc_rules::{
    Findings, Mapping, MappingConfig, MappingEvidence, MappingNote, MappingRow, MappingTable,
    MappingTarget, Mappings, Reason, RuleConfig, RuleSet,
};
pub use report::{Counts, DocumentEntry, REPORT_FORMAT, Report, ReportDiagnostic, RuleEntry};
