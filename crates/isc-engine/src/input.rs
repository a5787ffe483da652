//! Finding input files and turning their bytes into text, accounting for every one.

use std::path::{Path, PathBuf};

use isc_model::Severity;
use serde::{Deserialize, Serialize};

/// One input file that was found.
#[derive(Debug, Clone)]
pub(crate) struct InputFile {
    /// The path as given or as found under a given directory.
    pub(crate) path: PathBuf,
}

/// A file, or part of one, that was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Skipped {
    /// The path as given or found.
    pub source: String,
    /// How serious: `error` when a file that should have been read could not be (unreadable,
    /// too large), `warning` for files that are not text (binary, special), `info` for files
    /// ignored for their extension.
    pub severity: Severity,
    /// Why.
    pub reason: String,
}

/// Lists the files under `paths` in a stable order: each path in the order given, directories
/// walked recursively in sorted order, hidden entries (`.git`) skipped. Inside directories only
/// regular files whose extension is in `extensions` (or that have none) are read; the others are
/// listed as ignored. A file named directly is always read, a pipe too (`<(command)`); devices,
/// sockets, and pipes inside directories are not. Unreadable directories, dangling symbolic
/// links and symbolic link loops are listed with the reason.
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
                    let source = err.path().unwrap_or(path);
                    skipped.push(Skipped {
                        source: display(source),
                        severity: Severity::Error,
                        reason: walk_problem(&err, source),
                    });
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
            let file_type = entry.file_type();
            if file_type.is_file() {
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
                        source: display(entry.path()),
                        severity: Severity::Info,
                        reason: format!(
                            "ignored: extension .{} is not one of the text extensions ({})",
                            extension.unwrap_or_default(),
                            extensions.join(", ")
                        ),
                    });
                }
            } else if entry.depth() == 0 && is_pipe(file_type) {
                // A pipe named on the command line has a writer (`isc scan <(command)`); one
                // found in a directory may have none, and opening it would wait forever.
                res.push(InputFile { path: entry.into_path() });
            } else if !file_type.is_dir() {
                skipped.push(Skipped {
                    source: display(entry.path()),
                    severity: Severity::Warning,
                    reason: format!("not a regular file ({})", kind_name(file_type)),
                });
            }
        }
    }
    res
}

/// Why walking stopped at a path: a loop, a dangling link, or the system's reason.
fn walk_problem(err: &walkdir::Error, path: &Path) -> String {
    if let Some(ancestor) = err.loop_ancestor() {
        return format!(
            "symbolic link loop: it leads back to {}; not followed",
            ancestor.display()
        );
    }
    let Some(io) = err.io_error() else { return err.to_string() };
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && io.kind() == std::io::ErrorKind::NotFound {
        let target = std::fs::read_link(path)
            .map_or_else(|_| "?".to_owned(), |target| target.display().to_string());
        return format!("dangling symbolic link: its target {target} does not exist");
    }
    let what = if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) { "directory" } else { "file" };
    format!("cannot read {what}: {io}")
}

#[cfg(unix)]
fn is_pipe(file_type: std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    file_type.is_fifo()
}

#[cfg(not(unix))]
fn is_pipe(_: std::fs::FileType) -> bool {
    false
}

/// What a file that is neither a regular file nor a directory is.
#[cfg(unix)]
fn kind_name(file_type: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "named pipe"
    } else if file_type.is_char_device() {
        "character device"
    } else if file_type.is_block_device() {
        "block device"
    } else if file_type.is_socket() {
        "socket"
    } else {
        "special file"
    }
}

#[cfg(not(unix))]
fn kind_name(_: std::fs::FileType) -> &'static str {
    "special file"
}

/// A size in bytes as people read it: `600.0 MiB (629145600 bytes)`, `12 bytes`.
fn size_name(bytes: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    match UNITS.iter().find(|&&(unit, _)| bytes >= unit) {
        Some(&(unit, name)) => {
            #[allow(clippy::cast_precision_loss, reason = "one decimal of a size shown to people")]
            let amount = bytes as f64 / unit as f64;
            format!("{amount:.1} {name} ({bytes} bytes)")
        }
        None => format!("{bytes} bytes"),
    }
}

/// Reads a file's bytes, up to `max_size`: a larger file, or one that cannot be read, gives
/// the reason it is skipped instead.
pub(crate) fn read(path: &Path, max_size: u64) -> Result<Vec<u8>, Skipped> {
    let source = display(path);
    let cannot_read = |err: std::io::Error| Skipped {
        source: source.clone(),
        severity: Severity::Error,
        reason: format!("cannot read file: {err}"),
    };
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    let metadata = file.metadata().map_err(cannot_read)?;
    let size = metadata.is_file().then_some(metadata.len());
    read_from(&source, file, size, max_size)
}

/// Reads `reader` to its end, up to `max_size` bytes; `size` is what the file system says it
/// holds, when it knows. A reader growing while read is caught too: no more than
/// `max_size + 1` bytes are ever read.
pub(crate) fn read_from(
    source: &str,
    reader: impl std::io::Read,
    size: Option<u64>,
    max_size: u64,
) -> Result<Vec<u8>, Skipped> {
    let skip = |reason| Skipped { source: source.to_owned(), severity: Severity::Error, reason };
    let too_large = |size: u64, exact: bool| {
        skip(format!(
            "too large: {}{}, over the {} limit (--max-file-size)",
            if exact { "" } else { "more than " },
            size_name(size),
            size_name(max_size)
        ))
    };
    if let Some(size) = size.filter(|&size| size > max_size) {
        return Err(too_large(size, true));
    }
    let mut bytes = Vec::with_capacity(size.map_or(0, |size| usize::try_from(size).unwrap_or(0)));
    std::io::Read::read_to_end(&mut std::io::Read::take(reader, max_size + 1), &mut bytes)
        .map_err(|err| skip(format!("cannot read: {err}")))?;
    if bytes.len() as u64 > max_size {
        return Err(too_large(max_size, false));
    }
    Ok(bytes)
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
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Decoded::Binary(format!(
            "binary file (NUL byte at byte offset {offset}; UTF-16 text needs a byte-order mark)"
        ));
    }
    let mut bytes = bytes;
    bytes.drain(..bom);
    // Valid UTF-8 becomes the text without a copy, however large the file.
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Text(text, None),
        Err(err) => {
            let offset = bom + err.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
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
        assert_eq!(size_name(12), "12 bytes");
        assert_eq!(size_name(1536), "1.5 KiB (1536 bytes)");
        assert_eq!(size_name(512 << 20), "512.0 MiB (536870912 bytes)");
        // The offset counts the byte-order mark: it is the offset in the file.
        let (_, note) = text(decode(b"\xEF\xBB\xBFab\xFF".to_vec()));
        assert!(note.unwrap().contains("offset 5"));
    }
}
