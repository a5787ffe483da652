//! RTF files: the body's paragraphs with their stylesheet names as hints, letters decoded from
//! the document's code page (`\ansicpg`, Windows-1252 when it names none) and from Unicode
//! escapes (`\u`), footnotes written after a line of underscores, and what is no text (font,
//! colour and style tables, document information, pictures, headers and footers, field
//! instructions, hidden text, every ignorable destination `{\*\...}`) left out. Tracked
//! changes are read as accepted (deletions out), or as before them.
//!
//! Groups are kept on a stack on the heap, so no depth of nesting overflows the call stack; a
//! file nested deeper than [`MAX_DEPTH`] is refused. Malformed input (braces that do not match,
//! escapes cut short, numbers out of range) gives what text there is.

use std::collections::HashMap;

use encoding_rs::Encoding;

use crate::error::{Error, Result};
use crate::out::{self, Paragraph};
use crate::{Hint, Options, Revisions, Text};

/// How deep groups may nest: deeper is an error, so that a file of opening braces cannot fill
/// memory with saved groups.
const MAX_DEPTH: usize = 1 << 16;

/// Destinations whose text is no text of the document.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "info",
    "pict",
    "shppict",
    "nonshppict",
    "object",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "listtable",
    "listoverridetable",
    "revtbl",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "fldinst",
    "filetbl",
    "pn",
    "pntxta",
    "pntxtb",
    "ftnsep",
    "ftnsepc",
    "ftncn",
    "aftnsep",
    "aftnsepc",
    "aftncn",
    "xe",
    "tc",
    "bkmkstart",
    "bkmkend",
];

/// Where the text of a group goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dest {
    /// The document's body.
    Body,
    /// The footnote being read.
    Footnote,
    /// The stylesheet: style names.
    Styles,
    /// Nowhere.
    Skip,
}

/// What a group sets, restored when it closes.
#[derive(Debug, Clone, Copy)]
struct Group {
    dest: Dest,
    /// How many characters stand for a Unicode escape's character after it (`\ucN`).
    fallback: u32,
    /// The paragraph style (`\sN`).
    style: u32,
    /// Hidden text (`\v`).
    hidden: bool,
    /// A tracked deletion (`\deleted`).
    deleted: bool,
    /// A tracked insertion (`\revised`).
    inserted: bool,
}

/// A style being read in the stylesheet: the depth of its group, its number (none for a
/// character or table style) and its name so far.
#[derive(Debug)]
struct Entry {
    depth: usize,
    number: Option<u32>,
    name: String,
}

/// Reads an RTF file.
pub(crate) fn read(bytes: &[u8], options: &Options) -> Result<Text> {
    let mut reader = Reader::new(bytes, options.revisions);
    reader.run()?;
    let Reader { paragraphs, footnotes, styles, .. } = reader;
    let paragraphs: Vec<Paragraph> = paragraphs
        .into_iter()
        .map(|(mut para, style)| {
            para.hint = styles.get(&style).and_then(|name| Hint::of_style(name));
            para
        })
        .collect();
    Ok(out::write_paragraphs(&paragraphs, &footnotes))
}

/// The reader's state over one file.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    revisions: Revisions,
    /// The groups that enclose the current one.
    stack: Vec<Group>,
    group: Group,
    /// Whether `\*` was just read: the destination that follows is skipped unless known.
    starred: bool,
    encoding: &'static Encoding,
    /// Code-page bytes not yet decoded (a character of a multi-byte code page comes as several
    /// `\'hh`).
    pending: Vec<u8>,
    /// Fallback characters still to skip after a Unicode escape.
    skip: u32,
    /// A high surrogate waiting for its low half.
    high: Option<u32>,
    /// The body's paragraphs so far, each with its style number.
    paragraphs: Vec<(Paragraph, u32)>,
    /// The body paragraph being read.
    body: Paragraph,
    /// Each footnote's paragraphs.
    footnotes: Vec<Vec<String>>,
    /// The footnote being read, and its paragraph so far.
    footnote: Option<usize>,
    note: String,
    /// Paragraph style numbers and their names.
    styles: HashMap<u32, String>,
    entry: Option<Entry>,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8], revisions: Revisions) -> Self {
        Reader {
            bytes,
            at: 0,
            revisions,
            stack: Vec::new(),
            group: Group {
                dest: Dest::Body,
                fallback: 1,
                style: 0,
                hidden: false,
                deleted: false,
                inserted: false,
            },
            starred: false,
            encoding: encoding_rs::WINDOWS_1252,
            pending: Vec::new(),
            skip: 0,
            high: None,
            paragraphs: Vec::new(),
            body: Paragraph { number: 1, ..Paragraph::default() },
            footnotes: Vec::new(),
            footnote: None,
            note: String::new(),
            styles: HashMap::new(),
            entry: None,
        }
    }

    /// Reads the whole file.
    fn run(&mut self) -> Result<()> {
        while let Some(&byte) = self.bytes.get(self.at) {
            self.at += 1;
            match byte {
                b'{' => {
                    self.flush();
                    self.open()?;
                }
                b'}' => {
                    self.flush();
                    self.close();
                }
                b'\\' => self.escape(),
                b'\r' | b'\n' => {}
                b'\t' => self.char('\t'),
                0..0x20 => {}
                _ => self.byte(byte),
            }
        }
        self.flush();
        // A file cut short: the footnote and the paragraph being read are kept.
        if self.footnote.is_some() {
            self.end_footnote();
        }
        self.end_paragraph_in(Dest::Body);
        Ok(())
    }

    /// A group opens: the current one is saved.
    fn open(&mut self) -> Result<()> {
        self.starred = false;
        self.skip = 0;
        if self.stack.len() >= MAX_DEPTH {
            return Err(Error::Limit(format!("RTF groups nested more than {MAX_DEPTH} deep")));
        }
        self.stack.push(self.group);
        if self.group.dest == Dest::Styles && self.entry.is_none() {
            let depth = self.stack.len();
            self.entry = Some(Entry { depth, number: Some(0), name: String::new() });
        }
        Ok(())
    }

    /// A group closes: the enclosing one is restored (a closing brace too many is ignored).
    fn close(&mut self) {
        self.starred = false;
        self.skip = 0;
        if self.entry.as_ref().is_some_and(|e| e.depth == self.stack.len())
            && let Some(Entry { number: Some(number), name, .. }) = self.entry.take()
        {
            let name = name.split(';').next().unwrap_or_default().trim();
            if !name.is_empty() {
                self.styles.insert(number, name.to_owned());
            }
        }
        let Some(outer) = self.stack.pop() else { return };
        if self.group.dest == Dest::Footnote && outer.dest != Dest::Footnote {
            self.end_footnote();
        }
        self.group = outer;
    }

    /// What follows a backslash: a control word or a control symbol.
    fn escape(&mut self) {
        let Some(&next) = self.bytes.get(self.at) else { return };
        if next.is_ascii_alphabetic() {
            self.flush();
            let start = self.at;
            while self.bytes.get(self.at).is_some_and(u8::is_ascii_alphabetic) {
                self.at += 1;
            }
            let word = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default();
            let param = self.parameter();
            if self.bytes.get(self.at) == Some(&b' ') {
                self.at += 1;
            }
            let starred = std::mem::take(&mut self.starred);
            self.word(word, param, starred);
            return;
        }
        self.at += 1;
        match next {
            b'\'' => {
                let hex = |b: Option<&u8>| b.and_then(|b| char::from(*b).to_digit(16));
                if let (Some(high), Some(low)) =
                    (hex(self.bytes.get(self.at)), hex(self.bytes.get(self.at + 1)))
                {
                    self.at += 2;
                    // Two hex digits make one byte.
                    self.byte(u8::try_from(high * 16 + low).unwrap_or(b'?'));
                }
            }
            b'*' => {
                self.flush();
                self.starred = true;
            }
            b'\\' | b'{' | b'}' => self.char(char::from(next)),
            b'~' => self.char('\u{a0}'),
            b'_' => self.char('-'),
            b'\r' | b'\n' => {
                self.flush();
                self.end_paragraph();
            }
            // An optional hyphen, and the rest (`\:`, `\|`), are no text.
            _ => {
                self.take_fallback();
            }
        }
    }

    /// The numeric parameter after a control word, if any, clamped to `i32`.
    fn parameter(&mut self) -> Option<i32> {
        let negative = self.bytes.get(self.at) == Some(&b'-')
            && self.bytes.get(self.at + 1).is_some_and(u8::is_ascii_digit);
        if negative {
            self.at += 1;
        }
        let start = self.at;
        let mut value: i64 = 0;
        while let Some(&digit) = self.bytes.get(self.at).filter(|b| b.is_ascii_digit()) {
            value = value.saturating_mul(10).saturating_add(i64::from(digit - b'0'));
            self.at += 1;
        }
        if self.at == start {
            return None;
        }
        let value = if negative { -value } else { value };
        Some(i32::try_from(value.clamp(i64::from(i32::MIN), i64::from(i32::MAX))).unwrap_or(0))
    }

    /// A control word and its parameter; `starred` when `\*` came before it.
    fn word(&mut self, word: &str, param: Option<i32>, starred: bool) {
        self.skip = 0;
        let on = param != Some(0);
        let count = |p: Option<i32>| u32::try_from(p.unwrap_or(0)).unwrap_or(0);
        if word == "bin" {
            // Binary data: as many bytes as the parameter says, never text.
            let len = usize::try_from(param.unwrap_or(0)).unwrap_or(0);
            self.at = self.at.saturating_add(len).min(self.bytes.len());
            return;
        }
        if self.group.dest == Dest::Skip {
            return;
        }
        if word == "footnote" {
            self.start_footnote();
            return;
        }
        if starred || SKIPPED.contains(&word) {
            self.group.dest = Dest::Skip;
            return;
        }
        match word {
            "stylesheet" => self.group.dest = Dest::Styles,
            "s" => match (&mut self.entry, self.group.dest) {
                (Some(entry), Dest::Styles) => entry.number = Some(count(param)),
                _ => self.group.style = count(param),
            },
            "cs" | "ds" | "ts" => {
                if let (Some(entry), Dest::Styles) = (&mut self.entry, self.group.dest) {
                    entry.number = None;
                }
            }
            "pard" => self.group.style = 0,
            "plain" => {
                self.group.hidden = false;
                self.group.deleted = false;
                self.group.inserted = false;
            }
            "v" => self.group.hidden = on,
            "deleted" => self.group.deleted = on,
            "revised" => self.group.inserted = on,
            "uc" => self.group.fallback = count(param),
            "u" => {
                if let Some(param) = param {
                    self.unicode(param);
                }
            }
            "ansicpg" => self.encoding = code_page(count(param)),
            "mac" => self.encoding = encoding_rs::MACINTOSH,
            "par" | "sect" | "cell" | "nestcell" => self.end_paragraph(),
            "line" | "page" | "column" => self.char('\n'),
            "tab" => self.char('\t'),
            "emdash" => self.char('\u{2014}'),
            "endash" => self.char('\u{2013}'),
            "bullet" => self.char('\u{2022}'),
            "lquote" => self.char('\u{2018}'),
            "rquote" => self.char('\u{2019}'),
            "ldblquote" => self.char('\u{201c}'),
            "rdblquote" => self.char('\u{201d}'),
            "emspace" | "enspace" | "qmspace" => self.char(' '),
            "chftn" => {
                // The footnote's number: in the footnote, its mark; in the body it is left out,
                // so that it is never read as a digit of the word or number it follows.
                if self.group.dest == Dest::Footnote
                    && let Some(index) = self.footnote
                {
                    self.note.push_str(&(index + 1).to_string());
                }
            }
            _ => {}
        }
    }

    /// A Unicode escape's character (`\u-4064` is U+F020); the fallback after it is skipped.
    fn unicode(&mut self, param: i32) {
        let code = if param < 0 { i64::from(param) + 65536 } else { i64::from(param) };
        let code = u32::try_from(code).unwrap_or(0xFFFD);
        let c = match (self.high.take(), code) {
            (None, 0xD800..=0xDBFF) => {
                self.high = Some(code);
                None
            }
            (Some(high), 0xDC00..=0xDFFF) => {
                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
            }
            (Some(_), _) => {
                self.push('\u{fffd}');
                char::from_u32(code)
            }
            (None, _) => char::from_u32(code),
        };
        if let Some(c) = c {
            self.push(c);
        } else if self.high.is_none() {
            self.push('\u{fffd}');
        }
        self.skip = self.group.fallback;
    }

    /// Whether the current group's text is read.
    fn visible(&self) -> bool {
        let g = &self.group;
        let left_out = match self.revisions {
            Revisions::Accepted => g.deleted,
            Revisions::Original => g.inserted,
        };
        g.dest != Dest::Skip && !g.hidden && !left_out
    }

    /// Counts one character against the fallback of a Unicode escape; whether it was one.
    fn take_fallback(&mut self) -> bool {
        if self.skip > 0 {
            self.skip -= 1;
            return true;
        }
        false
    }

    /// A byte of text in the document's code page.
    fn byte(&mut self, byte: u8) {
        if self.take_fallback() || !self.visible() {
            return;
        }
        if self.high.take().is_some() {
            self.push_now('\u{fffd}');
        }
        self.pending.push(byte);
    }

    /// A character of text (an escaped brace, a tab).
    fn char(&mut self, c: char) {
        if self.take_fallback() {
            return;
        }
        self.push(c);
    }

    /// Writes `c` where the current group's text goes, if it is read.
    fn push(&mut self, c: char) {
        if !self.visible() {
            return;
        }
        self.flush();
        if c != '\u{fffd}' && self.high.take().is_some() {
            self.push_now('\u{fffd}');
        }
        self.push_now(c);
    }

    fn push_now(&mut self, c: char) {
        match self.group.dest {
            Dest::Body => self.body.text.push(c),
            Dest::Footnote => self.note.push(c),
            Dest::Styles => {
                if let Some(entry) = &mut self.entry {
                    entry.name.push(c);
                }
            }
            Dest::Skip => {}
        }
    }

    /// Decodes the code-page bytes read so far into the current destination.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let bytes = std::mem::take(&mut self.pending);
        let (text, _) = self.encoding.decode_without_bom_handling(&bytes);
        for c in text.chars() {
            self.push_now(c);
        }
    }

    /// A paragraph mark in the current destination.
    fn end_paragraph(&mut self) {
        if self.visible() {
            self.end_paragraph_in(self.group.dest);
        }
    }

    fn end_paragraph_in(&mut self, dest: Dest) {
        match dest {
            Dest::Body => {
                let number = self.body.number;
                let para = std::mem::replace(
                    &mut self.body,
                    Paragraph { number: number.saturating_add(1), ..Paragraph::default() },
                );
                self.paragraphs.push((para, self.group.style));
            }
            Dest::Footnote => {
                let text = std::mem::take(&mut self.note);
                if let Some(paragraphs) = self.footnote.and_then(|i| self.footnotes.get_mut(i)) {
                    paragraphs.push(text);
                }
            }
            Dest::Styles | Dest::Skip => {}
        }
    }

    /// `\footnote`: a footnote starts, referred to by the body paragraph being read; one inside
    /// a footnote is read as part of it.
    fn start_footnote(&mut self) {
        match self.group.dest {
            Dest::Body => {
                let index = self.footnotes.len();
                self.footnotes.push(Vec::new());
                self.body.notes.push(index);
                self.footnote = Some(index);
                self.note.clear();
                self.group.dest = Dest::Footnote;
            }
            Dest::Footnote => {}
            Dest::Styles | Dest::Skip => self.group.dest = Dest::Skip,
        }
    }

    /// The footnote's group closed: its last paragraph ends.
    fn end_footnote(&mut self) {
        if !self.note.trim().is_empty() {
            self.end_paragraph_in(Dest::Footnote);
        }
        self.note.clear();
        self.footnote = None;
    }
}

/// The encoding of a Windows code page number (`\ansicpg1251`); Windows-1252 for one not
/// known.
fn code_page(number: u32) -> &'static Encoding {
    let label = match number {
        874 => "windows-874".to_owned(),
        932 => "shift_jis".to_owned(),
        936 => "gbk".to_owned(),
        949 => "euc-kr".to_owned(),
        950 => "big5".to_owned(),
        1250..=1258 => format!("windows-{number}"),
        10000 => "macintosh".to_owned(),
        20866 => "koi8-r".to_owned(),
        21866 => "koi8-u".to_owned(),
        28591..=28606 => format!("iso-8859-{}", number - 28590),
        54936 => "gb18030".to_owned(),
        65001 => "utf-8".to_owned(),
        _ => return encoding_rs::WINDOWS_1252,
    };
    Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::WINDOWS_1252)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(rtf: &str) -> String {
        read(rtf.as_bytes(), &Options::default()).unwrap().text
    }

    #[test]
    fn control_words_symbols_and_escapes() {
        const CASES: &[(&str, &str, &str)] = &[
            ("plain", r"{\rtf1 one\par two}", "one\ntwo\n"),
            ("delimiting space", r"{\rtf1 a\b  bold\b0 x}", "a boldx\n"),
            ("symbols", r"{\rtf1 a\\b\{c\}d\~e\-f\_g}", "a\\b{c}d\u{a0}ef-g\n"),
            ("tab and line", r"{\rtf1 1\tab one\line two}", "1\tone\ntwo\n"),
            ("code page", r"{\rtf1\ansi\ansicpg1251 \'cf\'f0}", "\u{41f}\u{440}\n"),
            ("default code page", r"{\rtf1 caf\'e9 \'93q\'94}", "caf\u{e9} \u{201c}q\u{201d}\n"),
            ("unicode", r"{\rtf1 r\u233?sum\u233\'e9 \u-4064?}", "r\u{e9}sum\u{e9} \u{f020}\n"),
            ("fallback of two", r"{\rtf1\uc2 \u8364\'80\'80 x}", "\u{20ac} x\n"),
            ("surrogates", r"{\rtf1 \u-10179?\u-8704?}", "\u{1f600}\n"),
            ("skipped", r"{\rtf1{\fonttbl{\f0 Arial;}}{\*\unknown x}{\info{\title t}}a}", "a\n"),
            ("field", r"{\rtf1{\field{\*\fldinst PAGE}{\fldrslt 7}}}", "7\n"),
            ("hidden", r"{\rtf1 a{\v hidden}b\v c\v0 d}", "abd\n"),
            ("deleted", r"{\rtf1 a{\deleted old}{\revised new}}", "anew\n"),
            ("binary", r"{\rtf1{\pict\bin3 }}}}x}", "x\n"),
            ("cut short", r"{\rtf1 a\'", "a\n"),
        ];
        for &(name, rtf, want) in CASES {
            assert_eq!(text(rtf), want, "{name}");
        }
    }

    #[test]
    fn styles_footnotes_and_blank_lines() {
        let rtf = r"{\rtf1{\stylesheet{\s0 Normal;}{\*\cs1 Footnote Characters;}{\s2\sbasedon0 ResNo;}{\s3 Call;}}
\pard\s2 RESOLUTION 1\par\pard\s0 Text{\super\chftn}{\*\footnote\pard\s0{\super\chftn}\tab Note one.\par Two.}.\par
\pard\s3 resolves\par\pard 1\tab to act\par}";
        let read = read(rtf.as_bytes(), &Options::default()).unwrap();
        assert_eq!(
            read.text,
            "RESOLUTION 1\n\nText.\n\nresolves\n1\tto act\n\n______________\n1\tNote one.\nTwo.\n"
        );
        assert_eq!(read.hints[0].hint, Hint::Heading);
        assert_eq!(read.source_map[1].location.to_string(), "¶2");
    }

    #[test]
    fn nesting_has_a_limit() {
        let deep = "{".repeat(MAX_DEPTH + 1);
        assert!(matches!(read(deep.as_bytes(), &Options::default()), Err(Error::Limit(_))));
        let fine = format!("{{\\rtf1 {}x{}", "{".repeat(10_000), "}".repeat(20_000));
        assert_eq!(text(&fine), "x\n");
    }
}
