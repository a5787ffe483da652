//! Finding input files and turning their bytes into text, accounting for every one.

use std::path::{Path, PathBuf};

use isc_model::Severity;
use serde::Serialize;

/// One input file that was found.
#[derive(Debug, Clone)]
pub(crate) struct InputFile {
    /// The path as given or as found under a given directory.
    pub(crate) path: PathBuf,
}

/// A file, or part of one, that was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Skipped {
    /// The path as given or found.
    pub source: String,
    /// How serious: `error` when the file could not be read at all.
    pub severity: Severity,
    /// Why.
    pub reason: String,
}

/// Lists the files under `paths` in a stable order: each path in the order given, directories
/// walked recursively in sorted order, hidden entries skipped. Inside directories only files whose
/// extension is in `extensions` (or that have none) are read; the others are listed as ignored.
/// A file named directly is always read.
pub(crate) fn collect(
    paths: &[PathBuf],
    extensions: &[String],
    skipped: &mut Vec<Skipped>,
) -> Vec<InputFile> {
    let mut res = Vec::new();
    for path in paths {
        let walker = walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name();
        let mut entries = walker.into_iter();
        while let Some(entry) = entries.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let source = err.path().unwrap_or(path).display().to_string();
                    let reason = match err.io_error() {
                        Some(io) => io.to_string(),
                        None => err.to_string(),
                    };
                    skipped.push(Skipped { source, severity: Severity::Error, reason });
                    continue;
                }
            };
            let is_hidden =
                entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
            if is_hidden {
                if entry.file_type().is_dir() {
                    entries.skip_current_dir();
                }
                continue;
            }
            if entry.file_type().is_file() {
                let extension =
                    entry.path().extension().map(|e| e.to_string_lossy().to_lowercase());
                let wanted = match &extension {
                    Some(extension) => extensions.iter().any(|e| e.eq_ignore_ascii_case(extension)),
                    None => true,
                };
                if entry.depth() == 0 || wanted {
                    res.push(InputFile { path: entry.into_path() });
                } else {
                    skipped.push(Skipped {
                        source: entry.path().display().to_string(),
                        severity: Severity::Info,
                        reason: format!(
                            "ignored: extension .{} is not one of the text extensions ({})",
                            extension.unwrap_or_default(),
                            extensions.join(", ")
                        ),
                    });
                }
            } else if !entry.file_type().is_dir() {
                skipped.push(Skipped {
                    source: entry.path().display().to_string(),
                    severity: Severity::Warning,
                    reason: "not a regular file".to_owned(),
                });
            }
        }
    }
    res
}

/// What decoding a file's bytes gave.
pub(crate) enum Decoded {
    /// The text, and a note when bytes had to be replaced.
    Text(String, Option<String>),
    /// Not text at all.
    Binary(String),
}

/// Decodes a file's bytes: UTF-8 with or without byte-order mark, UTF-16 with a byte-order mark,
/// invalid UTF-8 replaced (with a note naming the first bad byte); files with NUL bytes are binary.
pub(crate) fn decode(bytes: Vec<u8>) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(&bytes);
    if let Some(offset) = memchr::memchr(0, body) {
        return Decoded::Binary(format!("binary file (NUL byte at offset {offset}); skipped"));
    }
    match std::str::from_utf8(body) {
        Ok(text) => Decoded::Text(text.to_owned(), None),
        Err(err) => {
            let offset = err.valid_up_to();
            let text = String::from_utf8_lossy(body).into_owned();
            Decoded::Text(
                text,
                Some(format!(
                    "invalid UTF-8 at byte offset {offset}; bad bytes replaced with U+FFFD"
                )),
            )
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Decoded {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut note = (bytes.len() % 2 == 1)
        .then(|| "UTF-16 text has an odd number of bytes; last byte dropped".to_owned());
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                note.get_or_insert_with(|| "invalid UTF-16 replaced with U+FFFD".to_owned());
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    Decoded::Text(text, note)
}

/// The path as the user will recognise it.
pub(crate) fn display(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(decoded: Decoded) -> (String, Option<String>) {
        match decoded {
            Decoded::Text(text, note) => (text, note),
            Decoded::Binary(why) => panic!("binary: {why}"),
        }
    }

    #[test]
    fn encodings() {
        assert_eq!(text(decode(b"\xEF\xBB\xBFabc".to_vec())), ("abc".to_owned(), None));
        assert_eq!(text(decode(vec![0xFF, 0xFE, b'h', 0, b'i', 0])).0, "hi");
        assert_eq!(text(decode(vec![0xFE, 0xFF, 0, b'h', 0, b'i'])).0, "hi");
        let (lossy, note) = text(decode(b"ab\xFFcd".to_vec()));
        assert_eq!(lossy, "ab\u{FFFD}cd");
        assert!(note.unwrap().contains("offset 2"));
        assert!(matches!(decode(b"ab\0cd".to_vec()), Decoded::Binary(_)));
    }
}
