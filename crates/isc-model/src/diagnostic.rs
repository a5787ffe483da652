//! Diagnostics: what a reader of the input should know (bad input is data, not an error).

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the result is complete.
    Info,
    /// Part of the input was read with a doubt (a body that could not be told, an edition left out).
    Warning,
    /// Part of the input could not be read at all.
    Error,
}

/// A message about a place in one input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// What was expected and what was found, in one sentence without trailing period.
    pub message: String,
    /// Where, in bytes, in the document's text.
    pub span: Span,
}

impl Diagnostic {
    /// A warning at `span`.
    pub fn warning(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, message: message.into(), span }
    }

    /// An error at `span`.
    pub fn error(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, message: message.into(), span }
    }

    /// An informational note at `span`.
    pub fn info(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Info, message: message.into(), span }
    }
}
