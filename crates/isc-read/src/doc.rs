//! Word 97-2003 files (`.doc`): the binary format's compound file, its `WordDocument` stream
//! and table stream. The main text and the footnotes are read through the piece table, each
//! paragraph on its own line: field codes left out and their results kept, a footnote's
//! reference numbered where it stands and its text written after a line of underscores before
//! the next resolution's heading, as the `.docx` reader does. Headers, footers and text boxes
//! are other stories, left out. Encrypted files are named.

use std::io::{Cursor, Read};

use isc_model::Location;

use crate::error::{Error, Result};
use crate::out::{FOOTNOTE_RULE, Out, opens_resolution};
use crate::{Hint, Options, Text};

/// The first bytes of a compound file (Word 97-2003, and Excel's and PowerPoint's too).
pub(crate) const MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The FIB's first word in a Word document.
const WORD_IDENT: u16 = 0xA5EC;

/// The FIB's flags: the file is encrypted; the table stream is `1Table` (else `0Table`).
const ENCRYPTED: u16 = 0x0100;
const TABLE_1: u16 = 0x0200;

/// A piece of the text: characters `cp..cp_end` stand at byte `fc` of the `WordDocument`
/// stream, one byte each (Windows-1252) when compressed, else two (UTF-16).
#[derive(Debug, Clone, Copy)]
struct Piece {
    cp: u32,
    cp_end: u32,
    fc: u32,
    compressed: bool,
}

/// What the FIB tells: the main text's and the footnotes' lengths in characters, the table
/// stream, and where the piece table and the footnotes' boundaries are in it.
#[derive(Debug)]
struct Fib {
    encrypted: bool,
    table_1: bool,
    ccp_text: u32,
    ccp_ftn: u32,
    clx: (u32, u32),
    footnote_texts: (u32, u32),
}

fn bad(message: impl Into<String>) -> Error {
    Error::Doc(message.into())
}

fn u16_at(bytes: &[u8], at: usize) -> Result<u16> {
    bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]])).ok_or_else(|| {
        bad(format!("the stream ends at byte {} before what it must hold", bytes.len()))
    })
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32> {
    bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok_or_else(|| {
        bad(format!("the stream ends at byte {} before what it must hold", bytes.len()))
    })
}

impl Fib {
    /// Reads the FIB at the start of the `WordDocument` stream, through its variable parts.
    fn read(word: &[u8]) -> Result<Fib> {
        if u16_at(word, 0)? != WORD_IDENT {
            return Err(bad("the WordDocument stream does not open with a Word document's mark"));
        }
        let flags = u16_at(word, 0x0A)?;
        let csw = usize::from(u16_at(word, 0x20)?);
        let lw = 0x22 + csw * 2 + 2;
        let cslw = usize::from(u16_at(word, lw - 2)?);
        let blob = lw + cslw * 4 + 2;
        let pair = |index: usize| -> Result<(u32, u32)> {
            Ok((u32_at(word, blob + index * 8)?, u32_at(word, blob + index * 8 + 4)?))
        };
        Ok(Fib {
            encrypted: flags & ENCRYPTED != 0,
            table_1: flags & TABLE_1 != 0,
            ccp_text: u32_at(word, lw + 12)?,
            ccp_ftn: u32_at(word, lw + 16)?,
            // FibRgFcLcb97: fcPlcffndTxt is its 4th pair, fcClx its 34th.
            footnote_texts: pair(3)?,
            clx: pair(33)?,
        })
    }
}

/// Reads a stream of the compound file, within the size limit.
fn stream(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str, limit: u64) -> Result<Vec<u8>> {
    let mut stream = file.open_stream(name).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => bad(format!(
            "no {} stream: not a Word document (an Excel or PowerPoint file?)",
            name.trim_start_matches('/')
        )),
        _ => bad(format!("{}: {e}", name.trim_start_matches('/'))),
    })?;
    if stream.len() > limit {
        return Err(Error::TooLarge { part: name.trim_start_matches('/').to_owned(), limit });
    }
    let mut bytes = Vec::new();
    stream
        .read_to_end(&mut bytes)
        .map_err(|e| bad(format!("{}: {e}", name.trim_start_matches('/'))))?;
    Ok(bytes)
}

/// The piece table, from the table stream's CLX: property runs passed over, then the pieces.
fn pieces(table: &[u8], (fc, lcb): (u32, u32)) -> Result<Vec<Piece>> {
    let (fc, lcb) = (fc as usize, lcb as usize);
    let clx = table
        .get(fc..fc.saturating_add(lcb))
        .ok_or_else(|| bad("the piece table lies outside the table stream"))?;
    let mut at = 0;
    while at < clx.len() {
        match clx[at] {
            0x01 => at += 3 + usize::from(u16_at(clx, at + 1)?),
            0x02 => {
                let len = u32_at(clx, at + 1)? as usize;
                let plc = clx
                    .get(at + 5..at + 5 + len)
                    .ok_or_else(|| bad("the piece table is cut short"))?;
                if len < 4 || !(len - 4).is_multiple_of(12) {
                    return Err(bad("the piece table's length is not that of a piece table"));
                }
                let n = (len - 4) / 12;
                let mut pieces = Vec::with_capacity(n);
                for i in 0..n {
                    let cp = u32_at(plc, i * 4)?;
                    let cp_end = u32_at(plc, i * 4 + 4)?;
                    let raw = u32_at(plc, (n + 1) * 4 + i * 8 + 2)?;
                    let compressed = raw & 0x4000_0000 != 0;
                    let fc = raw & 0x3FFF_FFFF;
                    pieces.push(Piece {
                        cp,
                        cp_end,
                        fc: if compressed { fc / 2 } else { fc },
                        compressed,
                    });
                }
                return Ok(pieces);
            }
            other => return Err(bad(format!("unknown entry {other:#04x} in the piece table"))),
        }
    }
    Err(bad("no piece table"))
}

/// Windows-1252's characters for the bytes 0x80 to 0x9F, where it parts from Latin-1.
const WINDOWS_1252: [u16; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
];

/// The UTF-16 units of the characters `0..end`, one per character position.
fn units(word: &[u8], pieces: &[Piece], end: u32) -> Result<Vec<u16>> {
    // Each character takes a byte of the stream at least: a longer text is a broken file, not
    // one to allocate for.
    if end as usize > word.len() {
        return Err(bad(format!(
            "the FIB counts {end} characters, more than the WordDocument stream's {} bytes",
            word.len()
        )));
    }
    let mut res = Vec::with_capacity(end as usize);
    for piece in pieces {
        if piece.cp >= end {
            break;
        }
        // The pieces follow one another: the text is never longer than `end`.
        if piece.cp as usize != res.len() {
            return Err(bad("the piece table's pieces do not follow one another"));
        }
        let count = (piece.cp_end.min(end).saturating_sub(piece.cp)) as usize;
        let start = piece.fc as usize;
        if piece.compressed {
            let bytes = word
                .get(start..start + count)
                .ok_or_else(|| bad("a piece of the text lies outside the WordDocument stream"))?;
            res.extend(bytes.iter().map(|&b| match b {
                0x80..=0x9F => WINDOWS_1252[usize::from(b - 0x80)],
                _ => u16::from(b),
            }));
        } else {
            let bytes = word
                .get(start..start + count * 2)
                .ok_or_else(|| bad("a piece of the text lies outside the WordDocument stream"))?;
            res.extend(bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])));
        }
    }
    Ok(res)
}

/// One paragraph of a story: its text, control characters read, fields' codes left out.
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    /// Where its footnote references stand in `text`: each one's number is written there.
    refs: Vec<usize>,
}

impl Paragraph {
    /// Its text with a number written where each footnote reference stands, as `number` gives
    /// them.
    fn numbered(&self, mut number: impl FnMut() -> String) -> String {
        let mut text = String::with_capacity(self.text.len());
        let mut at = 0;
        for &pos in &self.refs {
            text.push_str(&self.text[at..pos]);
            text.push_str(&number());
            at = pos;
        }
        text.push_str(&self.text[at..]);
        text
    }
}

/// The paragraphs of a story's characters: a paragraph mark, a cell's or a row's end, a page or
/// section break ends one; a field's code (between its begin and separator marks) is left out
/// and its result kept; a footnote's reference (`0x02`) marks where its number goes.
fn paragraphs(units: &[u16]) -> Vec<Paragraph> {
    let mut res = Vec::new();
    let mut current = Paragraph::default();
    // For each open field, whether its result has begun.
    let mut fields: Vec<bool> = Vec::new();
    for decoded in char::decode_utf16(units.iter().copied()) {
        let c = decoded.unwrap_or(char::REPLACEMENT_CHARACTER);
        match c {
            '\u{13}' => fields.push(false),
            '\u{14}' => {
                if let Some(top) = fields.last_mut() {
                    *top = true;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if fields.iter().any(|&result| !result) => {}
            '\r' | '\u{7}' | '\u{c}' => res.push(std::mem::take(&mut current)),
            '\u{b}' => current.text.push('\n'),
            '\u{2}' => current.refs.push(current.text.len()),
            '\u{1e}' => current.text.push('-'),
            '\t' => current.text.push('\t'),
            c if c.is_control() || c == '\u{1f}' => {}
            c => current.text.push(c),
        }
    }
    if !current.text.trim().is_empty() {
        res.push(current);
    }
    res
}

/// Reads a Word 97-2003 file.
pub(crate) fn read(bytes: &[u8], options: &Options) -> Result<Text> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes))
        .map_err(|e| bad(format!("compound file: {e}")))?;
    let word = stream(&mut file, "/WordDocument", options.max_unpacked)?;
    let fib = Fib::read(&word)?;
    if fib.encrypted {
        return Err(Error::EncryptedWord);
    }
    let table =
        stream(&mut file, if fib.table_1 { "/1Table" } else { "/0Table" }, options.max_unpacked)?;
    let pieces = pieces(&table, fib.clx)?;
    let end = fib.ccp_text.saturating_add(fib.ccp_ftn);
    let units = units(&word, &pieces, end)?;
    let main_end = (fib.ccp_text as usize).min(units.len());
    let body = paragraphs(&units[..main_end]);
    // Each footnote is the footnote story's characters between two of its boundaries.
    let story = &units[main_end..];
    let (fc, lcb) = fib.footnote_texts;
    let bounds: Vec<usize> = table
        .get(fc as usize..(fc as usize).saturating_add(lcb as usize))
        .map(|b| {
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize)
                .collect()
        })
        .unwrap_or_default();
    let footnotes: Vec<Vec<Paragraph>> = bounds
        .windows(2)
        .filter(|w| w[0] < w[1] && w[1] <= story.len())
        .map(|w| paragraphs(&story[w[0]..w[1]]))
        .collect();

    let mut out = Out::default();
    // Footnotes are numbered in the order the body refers to them; those up to `written` are
    // out already.
    let mut next_note = 0;
    let mut written = 0;
    for (i, para) in body.iter().enumerate() {
        if opens_resolution(&para.text) {
            write_footnotes(&mut out, written..next_note, &footnotes);
            written = next_note;
        }
        let text = para.numbered(|| {
            next_note += 1;
            next_note.to_string()
        });
        if text.trim().is_empty() {
            out.blank_line();
        } else {
            let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
            out.paragraph(&text, Location::Paragraph(number), None);
        }
    }
    write_footnotes(&mut out, written..next_note, &footnotes);
    Ok(out.finish(None))
}

/// Writes the footnotes `notes` (0-based, in the order of reference) after a line of
/// underscores: each one opening with its number where its own mark stands.
fn write_footnotes(out: &mut Out, notes: std::ops::Range<usize>, footnotes: &[Vec<Paragraph>]) {
    let notes = notes.start.min(footnotes.len())..notes.end.min(footnotes.len());
    if notes.is_empty() {
        return;
    }
    out.blank_line();
    out.paragraph(FOOTNOTE_RULE, Location::Element(format!("footnote {}", notes.start + 1)), None);
    for i in notes {
        let number = (i + 1).to_string();
        for para in &footnotes[i] {
            out.paragraph(
                &para.numbered(|| number.clone()),
                Location::Element(format!("footnote {number}")),
                Some(Hint::Footnote),
            );
        }
    }
}
