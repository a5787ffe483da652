//! The error type of the model crate: values that do not parse and calendars that do not load.

/// What went wrong while reading a model value or a calendar file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A string is not the canonical form of the value that was asked for.
    #[error("cannot read {what} from {found:?}: expected {expected}")]
    Syntax {
        /// The kind of value being read, e.g. "resolution id".
        what: &'static str,
        /// The text that was given.
        found: String,
        /// What a valid text looks like.
        expected: &'static str,
    },
    /// A calendar file is not valid TOML or does not have the calendar's shape: what the TOML
    /// reader said, with the line and column.
    #[error("invalid calendar: {0}")]
    CalendarToml(String),
    /// A calendar file is valid TOML but says something inconsistent.
    #[error("invalid calendar: {0}")]
    Calendar(String),
}

/// The result type of the model crate.
pub type Result<T> = std::result::Result<T, Error>;

impl From<toml::de::Error> for Error {
    fn from(error: toml::de::Error) -> Error {
        Error::CalendarToml(error.to_string())
    }
}

pub(crate) fn syntax(what: &'static str, found: &str, expected: &'static str) -> Error {
    Error::Syntax { what, found: found.to_owned(), expected }
}
