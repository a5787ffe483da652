//! Owned records of what was read from one document: identity, title, citations, diagnostics.

use serde::{Deserialize, Serialize};

use crate::body::Body;
use crate::diagnostic::Severity;
use crate::edition::Edition;
use crate::resolution::{ResolutionId, ResolutionNumber};
use crate::span::Span;

/// A resolution as a text names it: the body may be unknown, the edition may be missing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ResolutionRef {
    /// The adopting body; `None` when the text does not tell it.
    pub body: Option<Body>,
    /// The number within that body.
    pub number: ResolutionNumber,
    /// The edition, when the text gives one.
    pub edition: Option<Edition>,
}

impl ResolutionRef {
    /// The identity, when the body is known.
    pub fn id(&self) -> Option<ResolutionId> {
        self.body.map(|body| ResolutionId::new(body, self.number))
    }
}

impl std::fmt::Display for ResolutionRef {
    /// `PP 191 (Rev. Dubai, 2018)`, `WTSA 44`, or `? 1305 (2009)` when the body is unknown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.id() {
            Some(id) => write!(f, "{id}")?,
            None => write!(f, "? {}", self.number)?,
        }
        if let Some(edition) = &self.edition {
            write!(f, " {edition}")?;
        }
        Ok(())
    }
}

/// One citation of a resolution found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitationRecord {
    /// The adopting body; `None` when the text does not tell it (a diagnostic says why).
    pub body: Option<Body>,
    /// The number within that body.
    pub number: ResolutionNumber,
    /// The edition, when the text gives a readable one.
    pub edition: Option<Edition>,
    /// What told the body: `marker`, `attribution`, `edition`, `sentence` or `document`.
    pub body_from: Option<String>,
    /// The citation phrase as written (a list's phrase is shared by its resolutions).
    pub text: String,
    /// Byte range of the phrase in the file.
    pub span: Span,
    /// 1-based line of the phrase's start.
    pub line: u32,
    /// 1-based column (in characters) of the phrase's start.
    pub column: u32,
}

impl CitationRecord {
    /// The cited resolution.
    pub fn resolution(&self) -> ResolutionRef {
        ResolutionRef { body: self.body, number: self.number, edition: self.edition.clone() }
    }
}

/// A diagnostic placed in its file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DiagnosticRecord {
    /// How serious it is.
    pub severity: Severity,
    /// What was expected and what was found.
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// Byte range in the file.
    pub span: Span,
}

/// Everything read from one resolution text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The input the document came from, as given (a path, or `-` for standard input).
    pub source: String,
    /// The document's place in a file holding several (1-based); `None` for a file holding one.
    pub part: Option<u32>,
    /// The document's own identity from its heading and issuing clause; `None` without a heading.
    pub id: Option<ResolutionRef>,
    /// The title under the heading, on one line.
    pub title: Option<String>,
    /// Every resolution the text cites, in source order.
    pub citations: Vec<CitationRecord>,
    /// What could not be read or was read with a doubt.
    pub diagnostics: Vec<DiagnosticRecord>,
}
