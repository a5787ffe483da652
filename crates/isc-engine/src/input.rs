//! Finding input files and turning their bytes into text, accounting for every one.

use std::io::Read;
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
#[non_exhaustive]
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
        // The walk comes in the order of the file system; sorted once at its end by each
        // entry's path, component by component, it is the walk of directories sorted by name.
        let mut found: Vec<(Vec<u8>, Found)> = Vec::new();
        let mut entries = walkdir::WalkDir::new(path).follow_links(true).into_iter();
        while let Some(entry) = entries.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let source = err.path().unwrap_or(path);
                    let skip = Skipped {
                        source: display(source),
                        severity: Severity::Error,
                        reason: walk_problem(&err, source),
                    };
                    found.push((sort_key(source), Found::Skipped(skip)));
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
                let extension = entry.path().extension().map(|e| e.to_string_lossy());
                let wanted = match &extension {
                    Some(extension) => extensions.iter().any(|e| e.eq_ignore_ascii_case(extension)),
                    None => true,
                };
                if entry.depth() == 0 || wanted {
                    let path = entry.into_path();
                    found.push((sort_key(&path), Found::File(InputFile { path })));
                } else {
                    let skip = Skipped {
                        source: display(entry.path()),
                        severity: Severity::Info,
                        reason: format!(
                            "ignored: extension .{} is not one of the text extensions ({})",
                            extension.unwrap_or_default().to_lowercase(),
                            extensions.join(", ")
                        ),
                    };
                    found.push((sort_key(entry.path()), Found::Skipped(skip)));
                }
            } else if entry.depth() == 0 && is_pipe(file_type) {
                // A pipe named on the command line has a writer (`isc scan <(command)`); one
                // found in a directory may have none, and opening it would wait forever.
                let path = entry.into_path();
                found.push((sort_key(&path), Found::File(InputFile { path })));
            } else if !file_type.is_dir() {
                let skip = Skipped {
                    source: display(entry.path()),
                    severity: Severity::Warning,
                    reason: format!("not a regular file ({})", kind_name(file_type)),
                };
                found.push((sort_key(entry.path()), Found::Skipped(skip)));
            }
        }
        // Stable: what one path gave twice (a directory that could not be read after it was
        // listed) stays in the order found.
        found.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, item) in found {
            match item {
                Found::File(file) => res.push(file),
                Found::Skipped(skip) => skipped.push(skip),
            }
        }
    }
    res
}

/// What the walk found at a path.
enum Found {
    File(InputFile),
    Skipped(Skipped),
}

/// A key that sorts paths as a walk of directories sorted by name lists them: the path's bytes
/// with each separator turned into a zero byte, which sorts before any byte of a name. The
/// paths of one walk all start with its root and name one entry per component after it.
fn sort_key(path: &Path) -> Vec<u8> {
    let bytes = path.as_os_str().as_encoded_bytes();
    bytes.iter().map(|&b| if std::path::is_separator(char::from(b)) { 0 } else { b }).collect()
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

/// Reads a file into `bytes` (emptied first), up to `max_size`: a larger file, or one that
/// cannot be read, gives the reason it is skipped instead.
pub(crate) fn read(path: &Path, max_size: u64, bytes: &mut Vec<u8>) -> Result<(), Skipped> {
    let source = display(path);
    let cannot_read = |err: std::io::Error| Skipped {
        source: source.clone(),
        severity: Severity::Error,
        reason: format!("cannot read file: {err}"),
    };
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    let metadata = file.metadata().map_err(cannot_read)?;
    let size = metadata.is_file().then_some(metadata.len());
    read_from(&source, file, size, max_size, bytes)
}

/// Reads `reader` into `bytes` (emptied first), up to `max_size` bytes: to its end, or to
/// `size`, what the file system says it holds, when it knows. A reader growing while read is
/// caught too: no more than `max_size + 1` bytes are ever read.
pub(crate) fn read_from(
    source: &str,
    reader: impl Read,
    size: Option<u64>,
    max_size: u64,
    bytes: &mut Vec<u8>,
) -> Result<(), Skipped> {
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
    bytes.clear();
    let cannot_read = |err: std::io::Error| skip(format!("cannot read: {err}"));
    // A file said to be empty may not be (files the system makes up as they are read): only a
    // size above zero is trusted.
    match size.filter(|&size| size > 0).and_then(|size| usize::try_from(size).ok()) {
        // A file of known size is read to that size (what it held when it was opened), in as
        // few reads as it takes, with no last read to find its end.
        Some(size) => {
            let mut reader = reader;
            bytes.resize(size, 0);
            let mut filled = 0;
            while filled < size {
                match reader.read(&mut bytes[filled..]) {
                    Ok(0) => break,
                    Ok(n) => filled += n,
                    Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(err) => return Err(cannot_read(err)),
                }
            }
            bytes.truncate(filled);
        }
        None => {
            reader.take(max_size + 1).read_to_end(bytes).map_err(cannot_read)?;
        }
    }
    if bytes.len() as u64 > max_size {
        return Err(too_large(max_size, false));
    }
    Ok(())
}

/// What decoding a file's bytes gave.
pub(crate) enum Decoded<'a> {
    /// The text (the bytes themselves when they are UTF-8), and a note when bytes had to be
    /// replaced.
    Text(std::borrow::Cow<'a, str>, Option<String>),
    /// Not text at all.
    Binary(String),
}

/// Decodes a file's bytes: UTF-8 with or without byte-order mark, UTF-16 with a byte-order mark,
/// invalid UTF-8 replaced (with a note naming the first bad byte); files with NUL bytes are binary.
pub(crate) fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Decoded::Binary(format!(
            "binary file (NUL byte at byte offset {offset}; UTF-16 text needs a byte-order mark)"
        ));
    }
    let bytes = &bytes[bom..];
    // Valid UTF-8 is the text itself, without a copy, however large the file.
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text(text.into(), None),
        Err(err) => {
            let offset = bom + err.valid_up_to();
            // A Latin-1 or Windows-1252 text is read as such; UTF-8 with bad bytes lossily.
            let (text, how) = isc_read::decode_invalid_utf8(bytes);
            Decoded::Text(
                text.into(),
                Some(format!("invalid UTF-8 at byte offset {offset}; {}", how.describe())),
            )
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Decoded<'static> {
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
    Decoded::Text(text.into(), note)
}

/// The path as the user will recognise it.
pub(crate) fn display(path: &Path) -> String {
    // A path in UTF-8 (nearly all) is copied as it is; formatting it costs more than the copy.
    path.to_str().map_or_else(|| path.display().to_string(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(decoded: Decoded<'_>) -> (String, Option<String>) {
        match decoded {
            Decoded::Text(text, note) => (text.into_owned(), note),
            Decoded::Binary(why) => panic!("binary: {why}"),
        }
    }

    #[test]
    fn encodings() {
        assert_eq!(text(decode(b"\xEF\xBB\xBFabc")), ("abc".to_owned(), None));
        assert_eq!(text(decode(&[0xFF, 0xFE, b'h', 0, b'i', 0])).0, "hi");
        assert_eq!(text(decode(&[0xFE, 0xFF, 0, b'h', 0, b'i'])).0, "hi");
        // UTF-8 with a bad byte: replaced.
        let (lossy, note) =
            text(decode(&["d\u{e9}j\u{e0} \u{e9}t\u{e9}".as_bytes(), b"\xFF"].concat()));
        assert_eq!(lossy, "d\u{e9}j\u{e0} \u{e9}t\u{e9}\u{FFFD}");
        assert!(note.unwrap().contains("offset 12; bad bytes replaced with U+FFFD"));
        // No valid UTF-8 beyond ASCII, bytes that are none: Latin-1 or Windows-1252.
        let (latin, note) = text(decode(b"Caf\xE9 \x96 d\xE9cide"));
        assert_eq!(latin, "Caf\u{e9} \u{2013} d\u{e9}cide");
        assert!(note.unwrap().contains("offset 3; read as Windows-1252"));
        assert!(matches!(decode(b"ab\0cd"), Decoded::Binary(_)));
        assert_eq!(size_name(12), "12 bytes");
        assert_eq!(size_name(1536), "1.5 KiB (1536 bytes)");
        assert_eq!(size_name(512 << 20), "512.0 MiB (536870912 bytes)");
        // The offset counts the byte-order mark: it is the offset in the file.
        let (_, note) = text(decode(b"\xEF\xBB\xBFab\xFF"));
        assert!(note.unwrap().contains("offset 5"));
    }

    #[test]
    fn reads_to_the_size_known_or_to_the_end() {
        let read = |size: Option<u64>, max: u64| {
            let mut bytes = b"left over".to_vec();
            read_from("x", &b"resolution"[..], size, max, &mut bytes).map(|()| bytes)
        };
        assert_eq!(read(Some(10), 100).unwrap(), b"resolution");
        // What the file held when it was opened, even if it grew since.
        assert_eq!(read(Some(3), 100).unwrap(), b"res");
        // A file the system says is empty is read to its end (`/proc` files).
        assert_eq!(read(Some(0), 100).unwrap(), b"resolution");
        assert_eq!(read(None, 100).unwrap(), b"resolution");
        assert!(read(None, 4).unwrap_err().reason.starts_with("too large: more than 4 bytes"));
        assert!(read(Some(10), 4).unwrap_err().reason.starts_with("too large: 10 bytes"));
    }

    #[test]
    fn files_come_in_the_order_of_a_walk_sorted_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        // Names where sorting whole paths as strings would differ: `a-b.txt` sorts before
        // `a/x.txt` as a string, after it in a walk (`a` before `a-b.txt`).
        for name in
            ["b.txt", "a-b.txt", "a/x.txt", "a/b/y.txt", "a/a-z.txt", "A.txt", "a.md", "ab/c.txt"]
        {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "text").unwrap();
        }
        std::fs::write(root.join("z.pdf"), "x").unwrap();
        let extensions = vec!["txt".to_owned(), "md".to_owned()];
        let mut skipped = Vec::new();
        let files = collect(&[root.to_owned()], &extensions, &mut skipped);
        let listed: Vec<_> = files.iter().map(|f| f.path.strip_prefix(root).unwrap()).collect();
        let walked: Vec<_> = walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e != "pdf"))
            .collect();
        let walked: Vec<_> = walked.iter().map(|p| p.strip_prefix(root).unwrap()).collect();
        assert_eq!(listed, walked);
        assert_eq!(
            listed[..3],
            [Path::new("A.txt"), Path::new("a/a-z.txt"), Path::new("a/b/y.txt")]
        );
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert!(skipped[0].source.ends_with("z.pdf"));
    }
}
