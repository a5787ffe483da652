//! The reading stage's error type: a file that could not be read at all, and why.

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The zip container of a Word file is broken.
    #[error("corrupt zip container: {0}")]
    Zip(String),
    /// A part of a container unpacks to more than the limit: a zip bomb, or a file too large.
    #[error("{part} unpacks to more than the {limit}-byte limit (a zip bomb?); not read")]
    TooLarge {
        /// The part (`word/document.xml`) or `file`.
        part: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A part the format needs is missing.
    #[error("{0} is missing")]
    Missing(String),
    /// XML that is not well formed.
    #[error("{part}: malformed XML at byte {offset}: {message}")]
    Xml {
        /// The part (`word/document.xml`) or `file`.
        part: String,
        /// Byte offset in the part.
        offset: u64,
        /// The XML reader's message.
        message: String,
    },
    /// XML with a document type declaration: entity expansion and external DTDs are refused.
    #[error(
        "{part}: XML with a document type declaration (DTD) at byte {offset} refused: entity definitions and external DTDs are not read"
    )]
    Dtd {
        /// The part (`word/document.xml`) or `file`.
        part: String,
        /// Byte offset in the part.
        offset: u64,
    },
    /// Text that is not UTF-8 where the format requires it.
    #[error("{part} is not UTF-8 at byte {offset}")]
    Encoding {
        /// The part.
        part: String,
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// An encrypted PDF: its text cannot be read without the password.
    #[error("encrypted PDF: the text cannot be read without its password; not read")]
    Encrypted,
    /// A Word 97-2003 file (`.doc`) the reader could not read: a broken compound file, a
    /// stream missing or cut short.
    #[error("unreadable Word 97-2003 file: {0}")]
    Doc(String),
    /// An encrypted Word 97-2003 file.
    #[error("encrypted Word 97-2003 file: the text cannot be read without its password; not read")]
    EncryptedWord,
    /// A PDF the reader could not open (truncated, broken cross-reference table).
    #[error("unreadable PDF: {0}")]
    Pdf(String),
    /// The reader failed on this file (a bug); the run goes on.
    #[error("the {0} reader failed on this file (an internal error, caught); not read")]
    Panic(&'static str),
    /// Work on the file went past a limit (pages, objects, time).
    #[error("{0}; not read")]
    Limit(String),
}

/// The reading stage's result type.
pub type Result<T> = std::result::Result<T, Error>;
