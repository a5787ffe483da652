//! Vocabulary types shared by every `isc` crate.
//!
//! `isc` reads resolutions of the International Telecommunication Union. This crate names the things
//! it talks about and nothing else: the adopting [`Body`] and its [`Sector`], a resolution's
//! [`ResolutionId`] and [`Edition`], the conference [`Calendar`] that maps place and year to a body,
//! byte [`Span`]s and [`Diagnostic`]s, and the owned [`Document`] record of what was read
//! from one text.
//!
//! ```
//! use isc_model::{Body, Edition, ResolutionId};
//!
//! let id: ResolutionId = "RA ITU-R 6-1".parse()?;
//! assert_eq!(id.body, Body::Ra);
//! assert_eq!(id.number.to_string(), "6-1");
//! let edition: Edition = "(Rev. Bucharest, 2022)".parse()?;
//! assert_eq!(edition.year, Some(2022));
//! assert_eq!(format!("{id} {edition}"), "RA ITU-R 6-1 (Rev. Bucharest, 2022)");
//! # Ok::<(), isc_model::Error>(())
//! ```

mod body;
mod calendar;
mod diagnostic;
mod document;
mod edition;
mod error;
mod proposal;
mod resolution;
mod span;
mod study;
pub mod text;

pub use body::{Body, BodySource, Sector};
pub use calendar::{Calendar, CalendarFile, Conference, ConferenceIdx, PlaceEntry};
pub use diagnostic::{Diagnostic, Severity};
pub use document::{
    CitationRecord, DiagnosticRecord, Document, DraftRecord, EvidenceRecord, IssuerRecord,
    Location, PartKind, PartRecord, ResolutionRef, SourceMapEntry, ThemeRecord,
};
pub use edition::Edition;
pub use error::{Error, Result};
pub use proposal::{
    Clause, Corroboration, Field, Member, NearMiss, NearMissKind, Proposal, Quotable, Quote,
};
pub use resolution::{ResolutionId, ResolutionNumber};
pub use span::{LineIndex, Span};
pub use study::{
    StudyCitationRecord, StudyItemId, StudyItemRecord, StudyKind, StudyPeriod, WorkingPartyUnit,
};
