//! The generator's error type.

use std::path::PathBuf;

/// What can stop a generation.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be written.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The corpus asked for needs more resolution numbers than a body has.
    #[error("corpus too large: {body} would need resolution numbers above {max}")]
    TooLarge {
        /// The body that ran out of numbers.
        body: &'static str,
        /// The highest number a resolution may carry.
        max: u32,
    },
}

/// A generation result.
pub type Result<T> = std::result::Result<T, Error>;
