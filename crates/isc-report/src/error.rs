//! The crate's error type.

use std::path::PathBuf;

/// What can go wrong while reading a focal-point file or rendering a page.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A focal-point file could not be read from disk.
    #[error("cannot read focal points {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A focal-point file is not what it should be; `line` and `column` are 1-based (0 when
    /// the whole file is concerned).
    #[error("{path}:{line}:{column}: {message}")]
    FocalPoints {
        /// The file (`-` or a name given by the caller for text held in memory).
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What was expected and what was found.
        message: String,
    },
    /// A page template failed to render (a defect of this crate, caught by its tests).
    #[error("cannot render the page: {0}")]
    Template(String),
    /// The page could not be written.
    #[error("cannot write the page: {0}")]
    Write(#[from] std::io::Error),
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
