//! The rules' error type: rule files that cannot be used.

/// A rule file could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file is not valid TOML or has unknown keys: the reader's message.
    #[error("invalid rule file: {0}")]
    Syntax(String),
    /// A value is out of its range.
    #[error("invalid rule file: {0}")]
    Invalid(String),
}

/// The rules' result type.
pub type Result<T> = std::result::Result<T, Error>;
