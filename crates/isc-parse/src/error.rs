//! The errors of the parse crate: a strict parse that had to doubt something, and a lexicon file
//! that cannot be used.

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

/// A lexicon file that is not valid TOML, does not have the lexicon's shape, or says something
/// inconsistent.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// Not TOML, or not the lexicon's shape.
    #[error("invalid lexicon: {0}")]
    Toml(#[from] toml::de::Error),
    /// Valid TOML that says something inconsistent (a theme id given twice, a negative weight).
    #[error("invalid lexicon: {0}")]
    Invalid(String),
}

/// A vocabulary file that is not valid TOML, does not have the vocabulary's shape, or says
/// something inconsistent (an empty word, an unknown body code).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid vocabulary: {message}")]
pub struct VocabularyError {
    message: String,
}

impl VocabularyError {
    pub(crate) fn new(message: impl Into<String>) -> VocabularyError {
        VocabularyError { message: message.into() }
    }

    /// What is wrong, in words.
    pub fn message(&self) -> &str {
        &self.message
    }
}
