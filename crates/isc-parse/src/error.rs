//! The errors of the parse crate: a strict parse that had to doubt something, and a lexicon file
//! that cannot be used.

use isc_model::Diagnostic;

/// A strict parse found diagnostics of severity warning or above.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", describe(.diagnostics))]
pub struct ParseError {
    /// Every diagnostic of severity warning or above, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// How a strict parse failed: how many problems, and the first one. Never panics, even on an
/// error built with no diagnostic.
fn describe(diagnostics: &[Diagnostic]) -> String {
    match diagnostics.first() {
        Some(first) => format!(
            "{} problem(s) reading the text; first: {} at bytes {}..{}",
            diagnostics.len(),
            first.message,
            first.span.start,
            first.span.end
        ),
        None => "the text could not be read strictly (no diagnostic given)".to_owned(),
    }
}

impl From<toml::de::Error> for LexiconError {
    fn from(error: toml::de::Error) -> LexiconError {
        LexiconError::Toml(error.to_string())
    }
}

/// The result type of strict parsing.
pub type Result<T> = std::result::Result<T, ParseError>;

/// A lexicon file that is not valid TOML, does not have the lexicon's shape, or says something
/// inconsistent.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// Not TOML, or not the lexicon's shape: what the TOML reader said, with the line and
    /// column.
    #[error("invalid lexicon: {0}")]
    Toml(String),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parse_error_without_diagnostics_still_displays() {
        let error = ParseError { diagnostics: Vec::new() };
        assert!(error.to_string().contains("no diagnostic"));
    }

    #[test]
    fn toml_errors_become_messages_with_their_position() {
        let error = crate::Lexicon::from_toml("[[theme]\nid = 1").unwrap_err();
        assert!(
            matches!(&error, LexiconError::Toml(message) if message.contains("line 1")),
            "{error}"
        );
    }
}
