//! The reading stage of `isc`: the files analysts receive (Word, PDF, HTML, Akoma Ntoso, RTF,
//! OpenDocument text) turned into the text the parser reads, with structural hints and a source
//! map.
//!
//! [`detect`] tells a file's format from its bytes, not its name: a zip holding
//! `word/document.xml` is Word, a zip whose `mimetype` names an OpenDocument text is
//! OpenDocument, `%PDF-` is PDF, `{\rtf` is RTF, an `akomaNtoso` root is Akoma Ntoso, `<html` or
//! `<!DOCTYPE html` is HTML, and anything else is left to the caller as plain text. [`read`]
//! turns the bytes of a non-text file into one [`Text`] (several for an Akoma Ntoso file holding
//! several components): paragraphs on their own lines, blank lines where the structure
//! separates blocks (headings, titles, clauses), footnotes after a line of underscores as in a
//! plain-text resolution, and a source map giving, for every stretch of text, where it came from
//! (`{"page": n}`, `{"paragraph": n}`, `{"element": "..."}`).
//!
//! ```
//! use isc_read::{Format, Options, detect, read};
//!
//! let html = b"<html><body><h1>RESOLUTION 1</h1><p>A&amp;B<br>next</p><script>x</script></body></html>";
//! assert_eq!(detect(html), Format::Html);
//! let reading = read(html, "res.html", &Options::default())?;
//! assert_eq!(reading.texts[0].text, "RESOLUTION 1\n\nA&B\nnext\n");
//! assert_eq!(reading.texts[0].source_map[1].location.to_string(), "p[1]");
//! # Ok::<(), isc_read::Error>(())
//! ```

mod akn;
mod doc;
mod docx;
mod encoding;
mod error;
mod html;
mod odt;
mod out;
mod pdf;
mod rtf;
mod xml;
mod zipped;

pub use encoding::{Fallback, decode_invalid_utf8};
pub use error::{Error, Result};
pub use isc_model::{Location, Severity, SourceMapEntry};

/// A file's format, told from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Anything not recognised below: the caller decodes it as text (or finds it binary).
    Text,
    /// A Word file (`.docx`): a zip holding `word/document.xml`.
    Word,
    /// A Word 97-2003 file (`.doc`): a compound file (an Excel or PowerPoint file of those
    /// years looks the same, and is named as no Word file when read).
    WordBinary,
    /// A PDF file: starts with `%PDF-`.
    Pdf,
    /// An HTML page: `<!DOCTYPE html` or `<html` first.
    Html,
    /// Akoma Ntoso XML: an `akomaNtoso` root element.
    AkomaNtoso,
    /// An RTF file: starts with `{\rtf`.
    Rtf,
    /// An OpenDocument text file (`.odt`): a zip whose `mimetype` entry is
    /// `application/vnd.oasis.opendocument.text`.
    OpenDocument,
}

impl Format {
    /// The name used in messages: `text`, `Word`, `PDF`, `HTML`, `Akoma Ntoso`, `RTF`,
    /// `OpenDocument`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Word => "Word",
            Format::WordBinary => "Word 97-2003",
            Format::Pdf => "PDF",
            Format::Html => "HTML",
            Format::AkomaNtoso => "Akoma Ntoso",
            Format::Rtf => "RTF",
            Format::OpenDocument => "OpenDocument",
        }
    }

    /// The file extensions this format usually comes with, lower case.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Text => &["txt", "text", "md", "markdown"],
            Format::Word => &["docx"],
            Format::WordBinary => &["doc"],
            Format::Pdf => &["pdf"],
            Format::Html => &["html", "htm", "xhtml"],
            Format::AkomaNtoso => &["xml", "akn"],
            Format::Rtf => &["rtf"],
            Format::OpenDocument => &["odt"],
        }
    }
}

/// How far into a file detection looks for a root element.
const SNIFF: usize = 4096;

/// Tells a file's format from its first bytes (and, for a zip, its entry names).
pub fn detect(bytes: &[u8]) -> Format {
    if bytes.starts_with(&doc::MAGIC) {
        return Format::WordBinary;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return if zipped::names_entry(bytes, "word/document.xml") {
            Format::Word
        } else if odt::is_text(bytes) {
            Format::OpenDocument
        } else {
            Format::Text
        };
    }
    let head = &bytes[..bytes.len().min(SNIFF)];
    if find(&head[..head.len().min(1024)], b"%PDF-").is_some() {
        return Format::Pdf;
    }
    let start = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if start.trim_ascii_start().starts_with(b"{\\rtf") {
        return Format::Rtf;
    }
    let first = start.iter().position(|b| !b.is_ascii_whitespace());
    if first.is_none_or(|i| start[i] != b'<') {
        return Format::Text;
    }
    let lower: Vec<u8> = start.to_ascii_lowercase();
    // The first element that is not a declaration, comment or doctype.
    let mut at = 0;
    while let Some(i) = find(&lower[at..], b"<") {
        let tag = &lower[at + i + 1..];
        if tag.starts_with(b"?") || tag.starts_with(b"!--") {
            at += i + 1;
            continue;
        }
        if tag.starts_with(b"!doctype") {
            if tag[8..].trim_ascii_start().starts_with(b"html") {
                return Format::Html;
            }
            at += i + 1;
            continue;
        }
        let name_end = tag
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
            .unwrap_or(tag.len());
        let name = &tag[..name_end];
        let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
        return match local {
            b"akomantoso" => Format::AkomaNtoso,
            b"html" => Format::Html,
            _ => Format::Text,
        };
    }
    Format::Text
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Which text of a Word file with tracked changes is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Revisions {
    /// The text with every change accepted: insertions read, deletions left out.
    #[default]
    Accepted,
    /// The text before the changes: insertions left out, deletions read.
    Original,
}

/// Limits and choices of the reading stage.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// Which text of a Word file with tracked changes is read.
    pub revisions: Revisions,
    /// The most bytes one part of a container (a zip entry) may unpack to.
    pub max_unpacked: u64,
    /// The most pages read from a PDF file.
    pub max_pages: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options { revisions: Revisions::Accepted, max_unpacked: 64 << 20, max_pages: 5000 }
    }
}

impl Options {
    /// Reads tracked changes as `revisions` says.
    #[must_use]
    pub fn with_revisions(mut self, revisions: Revisions) -> Self {
        self.revisions = revisions;
        self
    }
}

/// What structure told about a stretch of text; the parser reads the text itself, these are
/// hints for callers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Hint {
    /// A resolution heading (`ResNo` style, `docNumber`, an HTML heading).
    Heading,
    /// A resolution title (`Restitle`, `docTitle`).
    Title,
    /// The issuing clause (`Normalaftertitle`, a preamble formula).
    IssuingClause,
    /// A clause word (`Call` style).
    ClauseWord,
    /// An item of a list (`enumlev1`, `li`).
    Item,
    /// An annex title (`Annextitle`).
    AnnexTitle,
    /// A footnote (Word footnote, `authorialNote`).
    Footnote,
}

impl Hint {
    /// The hint an ITU template's paragraph style gives, by its name or id, case, spaces and
    /// underscores aside (`ResNo`, `Restitle`, `Normal after title`, `Call`, `enumlev1`): a
    /// Word file's styles and the classes of a page Word saved.
    pub(crate) fn of_style(name: &str) -> Option<Hint> {
        let key: String = name
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '_')
            .collect::<String>()
            .to_lowercase();
        Some(match key.as_str() {
            "resno" | "decno" | "recno" | "heading1" | "title" => Hint::Heading,
            "restitle" | "dectitle" | "rectitle" => Hint::Title,
            "normalaftertitle" => Hint::IssuingClause,
            "call" => Hint::ClauseWord,
            "enumlev1" | "enumlev2" | "enumlev3" | "listparagraph" => Hint::Item,
            "annextitle" | "annexno" | "appendixno" | "appendixtitle" => Hint::AnnexTitle,
            "footnotetext" => Hint::Footnote,
            _ => return None,
        })
    }

    /// Whether a paragraph with this hint stands between blank lines, as the parser reads a
    /// heading, a title, an issuing clause or an annex's title.
    pub(crate) fn stands_apart(hint: Option<Hint>) -> bool {
        matches!(hint, Some(Hint::Heading | Hint::Title | Hint::IssuingClause | Hint::AnnexTitle))
    }
}

/// A stretch of text and what structure said about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HintSpan {
    /// Byte offset of the start in [`Text::text`].
    pub start: u32,
    /// Byte offset of the end.
    pub end: u32,
    /// What it is.
    pub hint: Hint,
}

/// One text read from a file.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Text {
    /// The component's name in a file holding several (an Akoma Ntoso `component`'s `eId`).
    pub name: Option<String>,
    /// The text the parser reads.
    pub text: String,
    /// Where each stretch of `text` came from, in text order.
    pub source_map: Vec<SourceMapEntry>,
    /// What the file's structure told about stretches of `text`, in text order.
    pub hints: Vec<HintSpan>,
}

/// Something the reader noticed that does not stop it: tracked changes counted, a file whose
/// name says another format, a page without text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// How serious.
    pub severity: Severity,
    /// What it is.
    pub message: String,
}

/// What reading a file gave.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Reading {
    /// The format the content showed.
    pub format: Format,
    /// The texts read: one, or one per component.
    pub texts: Vec<Text>,
    /// What the reader noticed.
    pub notes: Vec<Note>,
}

/// Reads a file's `bytes`; `name` (its path) only serves to notice a file whose extension names
/// another format than its content. Plain text ([`Format::Text`]) is given back as UTF-8 (bytes
/// that are not, as [`decode_invalid_utf8`] reads them), without a source map: callers with their
/// own text decoding keep it for text.
pub fn read(bytes: &[u8], name: &str, options: &Options) -> Result<Reading> {
    let format = detect(bytes);
    let mut notes = Vec::new();
    if let Some(extension) = std::path::Path::new(name).extension().and_then(|e| e.to_str()) {
        let extension = extension.to_ascii_lowercase();
        let named = [
            Format::Word,
            Format::WordBinary,
            Format::Pdf,
            Format::Html,
            Format::AkomaNtoso,
            Format::Rtf,
            Format::OpenDocument,
        ]
        .into_iter()
        .find(|f| f.extensions().contains(&extension.as_str()));
        if let Some(named) = named.filter(|&n| n != format && n != Format::AkomaNtoso) {
            notes.push(Note {
                severity: Severity::Warning,
                message: format!(
                    "named .{extension} ({}) but the content is {}; read as {}",
                    named.name(),
                    format.name(),
                    format.name()
                ),
            });
        }
    }
    // A reader that panics (a bug, or a PDF library meeting a file it did not expect) costs
    // the file, not the run.
    let read = std::panic::catch_unwind(|| read_format(format, bytes, options));
    let (texts, more_notes) = match read {
        Ok(res) => res?,
        Err(_) => {
            return Err(Error::Panic(format.name()));
        }
    };
    notes.extend(more_notes);
    Ok(Reading { format, texts, notes })
}

/// Reads `bytes` known to be in `format`.
fn read_format(format: Format, bytes: &[u8], options: &Options) -> Result<(Vec<Text>, Vec<Note>)> {
    let mut notes = Vec::new();
    let texts = match format {
        Format::Text => {
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(_) => decode_invalid_utf8(bytes).0,
            };
            vec![Text { text, ..Text::default() }]
        }
        Format::Html => {
            let (text, fallback) = html::read(bytes);
            if let Some(fallback) = fallback {
                notes.push(Note {
                    severity: Severity::Warning,
                    message: format!(
                        "the page names no encoding and is not UTF-8; {}",
                        fallback.describe()
                    ),
                });
            }
            vec![text]
        }
        Format::Word => vec![docx::read(bytes, options, &mut notes)?],
        Format::WordBinary => vec![doc::read(bytes, options)?],
        Format::AkomaNtoso => akn::read(bytes, &mut notes)?,
        Format::Pdf => vec![pdf::read(bytes, options, &mut notes)?],
        Format::Rtf => vec![rtf::read(bytes, options)?],
        Format::OpenDocument => vec![odt::read(bytes, options, &mut notes)?],
    };
    Ok((texts, notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_content() {
        const CASES: &[(&str, &[u8], Format)] = &[
            ("text", b"RESOLUTION 1", Format::Text),
            ("empty", b"", Format::Text),
            ("pdf", b"%PDF-1.7\n", Format::Pdf),
            ("doctype", b"\xEF\xBB\xBF  <!DOCTYPE html>\n<html>", Format::Html),
            ("html", b"<HTML lang=en>", Format::Html),
            ("xhtml", b"<?xml version=\"1.0\"?>\n<!-- c --><html xmlns=\"x\">", Format::Html),
            ("akn", b"<?xml version=\"1.0\"?><akomaNtoso xmlns=\"x\">", Format::AkomaNtoso),
            ("akn prefix", b"<an:akomaNtoso xmlns:an=\"x\">", Format::AkomaNtoso),
            ("other xml", b"<?xml version=\"1.0\"?><root/>", Format::Text),
            ("zip without word", b"PK\x03\x04rest", Format::Text),
            ("rtf", b"{\\rtf1\\ansi", Format::Rtf),
            ("rtf after a bom", b"\xEF\xBB\xBF\r\n{\\rtf1", Format::Rtf),
            ("brace", b"{not rtf}", Format::Text),
            (
                "odt",
                b"PK\x03\x04\x0a\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x08\0\0\0mimetypeapplication/vnd.oasis.opendocument.text",
                Format::OpenDocument,
            ),
        ];
        for &(name, bytes, want) in CASES {
            assert_eq!(detect(bytes), want, "{name}");
        }
    }
}
