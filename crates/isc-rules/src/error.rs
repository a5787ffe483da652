//! The rules' error type: rule files that cannot be used.

/// A rule file could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file is not valid TOML or has unknown keys: the reader's message.
    #[error("invalid rule file: {0}")]
    Syntax(String),
    /// The file's shape is wrong (a key outside any rule's table).
    #[error("invalid rule file: {0}")]
    Invalid(String),
    /// A table names a rule the registry does not hold.
    #[error("invalid rule file: unknown rule [{id}]; the rules are {known}")]
    UnknownRule {
        /// The table's name.
        id: String,
        /// The rule ids the registry holds.
        known: String,
    },
    /// A rule's table has an unknown key or a value out of its range.
    #[error("invalid rule file: [{id}]: {message}")]
    Rule {
        /// The rule.
        id: String,
        /// What was expected and what was found.
        message: String,
    },
}

/// The rules' result type.
pub type Result<T> = std::result::Result<T, Error>;
