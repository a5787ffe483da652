//! The engine's error type: I/O, configuration and limits. Bad input text is never an error.

use std::path::PathBuf;

/// What stopped the engine.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A configuration file (calendar, lexicon) could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A configuration file was read but is not valid.
    #[error("invalid configuration in {path}: {source}")]
    Config {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        source: isc_model::Error,
    },
    /// A lexicon file was read but is not valid.
    #[error("cannot use lexicon {path}: {source}")]
    Lexicon {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        source: isc_parse::LexiconError,
    },
    /// A vocabulary file was read but is not valid.
    #[error("cannot use vocabulary {path}: {source}")]
    Vocabulary {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        source: isc_parse::VocabularyError,
    },
    /// A rule file was read but is not valid.
    #[error("invalid rule file {path}: {source}")]
    Rules {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        source: isc_rules::Error,
    },
    /// A report could not be read back: the JSON reader's message.
    #[error("{message}")]
    Report {
        /// What is wrong with it.
        message: String,
    },
    /// A model value did not parse.
    #[error(transparent)]
    Model(#[from] isc_model::Error),
    /// The thread pool could not be built.
    #[error("cannot start {threads} worker threads: {message}")]
    Threads {
        /// How many were asked for.
        threads: usize,
        /// Why it failed.
        message: String,
    },
}

/// The engine's result type.
pub type Result<T> = std::result::Result<T, Error>;
