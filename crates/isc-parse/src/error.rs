//! The error of [`crate::Parser::parse_strict`]: the text had something the parser had to doubt.

use isc_model::Diagnostic;

/// A strict parse found diagnostics of severity warning or above.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{} problem(s) reading the text; first: {} at bytes {}..{}", .diagnostics.len(), .diagnostics[0].message, .diagnostics[0].span.start, .diagnostics[0].span.end)]
pub struct ParseError {
    /// Every diagnostic of severity warning or above, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// The result type of strict parsing.
pub type Result<T> = std::result::Result<T, ParseError>;
