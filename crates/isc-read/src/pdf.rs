//! PDF files: the text layer of each page in reading order, lines grouped by position and
//! joined into paragraphs, running headers and footers removed by their repetition across pages
//! and their place at a page's edge, page numbers dropped, footnotes (small lines at the foot of
//! a page) written after a line of underscores before the next resolution heading, ligatures
//! decoded. Encrypted files, files past the page or object limits, and files without a text
//! layer are named.

use std::collections::HashMap;

use isc_model::{Location, Severity};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use crate::error::{Error, Result};
use crate::out::{FOOTNOTE_RULE, Out};
use crate::{Hint, Note, Options, Text};

/// The most objects a PDF file may hold.
const MAX_OBJECTS: usize = 2_000_000;

/// The most seconds spent on one file's pages; the pages after are left out, with a note.
const MAX_SECONDS: u64 = 60;

/// One glyph placed on a page.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    width: f64,
    size: f64,
    text: String,
}

/// One line of a page: its glyphs joined, where it stands and its font size.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    /// Baseline, from the page's top.
    top: f64,
    size: f64,
    /// Where the line's first glyph starts and its last ends.
    left: f64,
    right: f64,
    /// The width of the line's first word.
    first_word: f64,
    /// The width of a space between its words.
    space: f64,
}

/// One page's lines and height.
#[derive(Debug, Default)]
struct Page {
    lines: Vec<Line>,
    height: f64,
    /// The page's left and right edges.
    left: f64,
    right: f64,
}

/// Collects each page's glyphs.
#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
    glyphs: Vec<Glyph>,
    media: Option<MediaBox>,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> std::result::Result<(), OutputError> {
        self.glyphs.clear();
        self.media = Some(*media_box);
        Ok(())
    }

    fn end_page(&mut self) -> std::result::Result<(), OutputError> {
        let media =
            self.media.take().unwrap_or(MediaBox { llx: 0.0, lly: 0.0, urx: 612.0, ury: 792.0 });
        let glyphs = std::mem::take(&mut self.glyphs);
        self.pages.push(Page {
            lines: lines(glyphs, media.ury),
            height: media.ury - media.lly,
            left: media.llx,
            right: media.urx,
        });
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> std::result::Result<(), OutputError> {
        let size = (font_size * trm.m22.abs().max(trm.m11.abs())).max(0.1);
        let scale = trm.m11.abs().max(f64::EPSILON);
        self.glyphs.push(Glyph {
            x: trm.m31,
            y: trm.m32,
            width: width * font_size * scale,
            size: if font_size > 0.0 {
                size / font_size.max(1.0) * font_size.max(1.0)
            } else {
                size
            },
            text: char.to_owned(),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> std::result::Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> std::result::Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> std::result::Result<(), OutputError> {
        Ok(())
    }
}

/// The glyphs of a page grouped into lines, top to bottom, each left to right; a wide gap is a
/// tab, a narrow one a space.
fn lines(mut glyphs: Vec<Glyph>, top: f64) -> Vec<Line> {
    glyphs.retain(|g| !g.text.is_empty());
    // Glyphs whose baselines are within half a font size share a line (a superscript footnote
    // mark joins its word).
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y));
    let mut groups: Vec<Vec<Glyph>> = Vec::new();
    for glyph in glyphs {
        match groups.last_mut() {
            Some(group) if (group[0].y - glyph.y).abs() < group[0].size.max(glyph.size) * 0.5 => {
                group.push(glyph);
            }
            _ => groups.push(vec![glyph]),
        }
    }
    let mut res = Vec::new();
    for mut group in groups {
        group.sort_by(|a, b| a.x.total_cmp(&b.x));
        // The line's size and baseline: its most common glyph size, the lowest baseline.
        let size = group.iter().map(|g| g.size).fold(0.0, f64::max);
        let baseline = group.iter().map(|g| g.y).fold(f64::MAX, f64::min);
        let mut text = String::new();
        let mut end: Option<f64> = None;
        // Each word's start and end, and its first character.
        let mut words: Vec<(f64, f64, char)> = Vec::new();
        let mut space: Option<f64> = None;
        for glyph in &group {
            if let Some(end) = end {
                let gap = glyph.x - end;
                let last_space = text.ends_with([' ', '\t']);
                if gap > size * 1.2 && !last_space {
                    text.push('\t');
                } else if gap > size * 0.18 && !last_space && glyph.text != " " {
                    text.push(' ');
                }
            }
            if glyph.text == " " && glyph.width > 0.0 {
                space.get_or_insert(glyph.width);
            }
            if let Some(first) = glyph.text.chars().find(|c| !c.is_whitespace()) {
                let glyph_end = glyph.x + glyph.width;
                match words.last_mut() {
                    Some(word) if !text.ends_with([' ', '\t']) => word.1 = word.1.max(glyph_end),
                    last => {
                        if let Some(word) = last {
                            space.get_or_insert(glyph.x - word.1);
                        }
                        words.push((glyph.x, glyph_end, first));
                    }
                }
            }
            if glyph.text != " " || !text.ends_with([' ', '\t']) {
                text.push_str(&decode_ligatures(&glyph.text));
            }
            end = Some(glyph.x + glyph.width);
        }
        let text = text.trim().to_owned();
        if let (false, Some(first), Some(last)) = (text.is_empty(), words.first(), words.last()) {
            let (left, right) = (first.0, last.1);
            // The first word, with the punctuation a line is not broken before (`Union
            // ........ 44` wraps as one).
            let first_end = words[1..]
                .iter()
                .take_while(|w| ".,;:!?)]}\u{bb}\u{2026}%".contains(w.2))
                .last()
                .map_or(first.1, |w| w.1);
            let first_word = first_end - left;
            let space = space.filter(|s| *s > 0.0).unwrap_or(size * 0.3);
            res.push(Line { text, top: top - baseline, size, left, right, first_word, space });
        }
    }
    res
}

/// Ligature glyphs spelled out, soft hyphens dropped.
fn decode_ligatures(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| ('\u{FB00}'..='\u{FB06}').contains(&c) || c == '\u{AD}') {
        return text.into();
    }
    let mut res = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\u{FB00}' => res.push_str("ff"),
            '\u{FB01}' => res.push_str("fi"),
            '\u{FB02}' => res.push_str("fl"),
            '\u{FB03}' => res.push_str("ffi"),
            '\u{FB04}' => res.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => res.push_str("st"),
            '\u{AD}' => {}
            c => res.push(c),
        }
    }
    res.into()
}

/// A line's text with digits made one mark, to find running headers and footers that differ
/// only by their page number.
fn shape(text: &str) -> String {
    let mut res = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !res.ends_with('#') {
                res.push('#');
            }
        } else {
            res.push(c);
        }
    }
    res
}

/// A line of running text, never a running header however often it opens a page: one that
/// starts in small letters (a clause word: `recalling`, `considérant`; an item: `a) that`) or
/// ends with a comma or a semicolon (an issuing clause: `... Union (Dubai, 2018),`).
fn reads_on(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase) || text.ends_with([',', ';'])
}

/// Whether a line is only a page number: `3`, `- 3 -`, `- iii -`, `Page 3`, `3/12`.
fn is_page_number(text: &str) -> bool {
    let core = text.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let core = core.strip_prefix("Page ").or_else(|| core.strip_prefix("page ")).unwrap_or(core);
    !core.is_empty()
        && core.len() <= 12
        && (core.chars().all(|c| c.is_ascii_digit() || c == '/' || c == ' ')
            || core.chars().all(|c| "ivxlc".contains(c)))
}

/// Whether a line opens a resolution (where pending footnotes of the one before are written).
fn is_heading(line: &Line, body: f64) -> bool {
    crate::out::opens_resolution(&line.text) && line.size >= body * 0.99
}

/// Whether a line is a resolution's heading in small letters, with its number and its edition
/// (`Resolution 130 (Rev. Dubai, 2018)`), as a book may print it at a page's top: a running
/// header names a resolution in short (`Res. 130`), or with a page number after it.
fn is_small_heading(line: &Line, body: f64) -> bool {
    let text = line.text.trim_end();
    let word = ["Resolution ", "Résolution ", "Resolución "].iter().any(|w| text.starts_with(w));
    let year = text.strip_suffix(')').is_some_and(|inner| {
        let digits = inner.bytes().rev().take_while(u8::is_ascii_digit).count();
        digits == 4 && inner.contains('(')
    });
    word && year && line.size >= body * 0.99 && text.len() < 80
}

/// Reads a PDF file.
pub(crate) fn read(bytes: &[u8], options: &Options, notes: &mut Vec<Note>) -> Result<Text> {
    let mut document = pdf_extract::Document::load_mem(bytes).map_err(|e| {
        let message = e.to_string();
        if message.to_ascii_lowercase().contains("encrypt") || message.contains("decrypt") {
            Error::Encrypted
        } else {
            Error::Pdf(message)
        }
    })?;
    if document.is_encrypted() || document.trailer.get(b"Encrypt").is_ok() {
        return Err(Error::Encrypted);
    }
    if document.objects.len() > MAX_OBJECTS {
        return Err(Error::Limit(format!(
            "{} objects, over the {MAX_OBJECTS}-object limit",
            document.objects.len()
        )));
    }
    let page_numbers: Vec<u32> = document.get_pages().into_keys().collect();
    if page_numbers.len() > options.max_pages as usize {
        return Err(Error::Limit(format!(
            "{} pages, over the {}-page limit",
            page_numbers.len(),
            options.max_pages
        )));
    }
    expand_width_ranges(&mut document);
    spell_out_quote_operators(&mut document);
    let document = document;
    let started = std::time::Instant::now();
    let mut collector = Collector::default();
    for &number in &page_numbers {
        if started.elapsed().as_secs() >= MAX_SECONDS {
            notes.push(Note {
                severity: Severity::Error,
                message: format!(
                    "PDF read for {MAX_SECONDS} s: pages {number} to {} left out",
                    page_numbers.len()
                ),
            });
            break;
        }
        let before = collector.pages.len();
        if let Err(err) = pdf_extract::output_doc_page(&document, &mut collector, number) {
            notes.push(Note {
                severity: Severity::Warning,
                message: format!("page {number}: text not read: {err}"),
            });
        }
        // A page that failed half way still counts as one page.
        while collector.pages.len() <= before {
            collector.pages.push(Page::default());
        }
        collector.pages.truncate(before + 1);
    }
    let pages = collector.pages;
    if pages.iter().all(|p| p.lines.is_empty()) {
        notes.push(Note {
            severity: Severity::Warning,
            message: format!(
                "no text layer: the {} page(s) hold no text (a scan?); nothing to read without OCR",
                pages.len()
            ),
        });
    }
    Ok(layout(&pages))
}

/// The most glyph widths one font's ranges are spelled out to.
const MAX_RANGE_WIDTHS: i64 = 65_536;

/// Spells out the ranges of composite fonts' glyph widths (`/W [0 2011 600]`: glyphs 0 to 2011
/// are 600 wide) as lists (`/W [0 [600 600 ...]]`), the form the text extraction reads: a range
/// it meets is lost, its glyphs take the font's default width (0 in a browser's PDFs), and the
/// gaps between them look like spaces.
fn expand_width_ranges(document: &mut pdf_extract::Document) {
    use pdf_extract::Object;
    let fonts: Vec<_> = document
        .objects
        .iter()
        .filter(|(_, object)| {
            object.as_dict().is_ok_and(|d| {
                d.get(b"Subtype")
                    .and_then(Object::as_name)
                    .is_ok_and(|n| n == b"CIDFontType0" || n == b"CIDFontType2")
            })
        })
        .map(|(&id, _)| id)
        .collect();
    for font in fonts {
        // The widths, in the font's dictionary or an object of their own.
        let at = match document.get_dictionary(font).and_then(|d| d.get(b"W")) {
            Ok(Object::Reference(id)) => Some(*id),
            Ok(Object::Array(_)) => None,
            _ => continue,
        };
        let widths = match at {
            Some(id) => document.get_object(id),
            None => document.get_dictionary(font).and_then(|d| d.get(b"W")),
        };
        let Some(expanded) = widths.and_then(Object::as_array).ok().and_then(|w| spelled_out(w))
        else {
            continue;
        };
        match at {
            Some(id) => {
                document.objects.insert(id, Object::Array(expanded));
            }
            None => {
                if let Ok(dictionary) = document.get_dictionary_mut(font) {
                    dictionary.set("W", Object::Array(expanded));
                }
            }
        }
    }
}

/// A `/W` array with its ranges (`first last width`) as lists (`first [width ...]`); `None`
/// when it has no range.
fn spelled_out(widths: &[pdf_extract::Object]) -> Option<Vec<pdf_extract::Object>> {
    use pdf_extract::Object;
    let mut out = Vec::with_capacity(widths.len());
    let mut ranges = false;
    let mut budget = MAX_RANGE_WIDTHS;
    let mut i = 0;
    while i < widths.len() {
        match widths.get(i + 1) {
            Some(Object::Array(list)) => {
                out.push(widths[i].clone());
                out.push(Object::Array(list.clone()));
                i += 2;
            }
            Some(last) => {
                let (Ok(first), Ok(last), Some(width)) =
                    (widths[i].as_i64(), last.as_i64(), widths.get(i + 2))
                else {
                    return None;
                };
                let count = (last - first + 1).clamp(0, budget);
                budget -= count;
                ranges = true;
                if count > 0 {
                    out.push(Object::Integer(first));
                    out.push(Object::Array(vec![width.clone(); count as usize]));
                }
                i += 3;
            }
            None => break,
        }
    }
    ranges.then_some(out)
}

/// Spells out the operators that move to the next line and show a string (`(text) '` and
/// `aw ac (text) "`) as `T*` and `Tj` (after `Tw` and `Tc`), which the text extraction reads:
/// the strings it meets with them are lost. Ghostscript writes every line after a text
/// object's first so. Page contents and form XObjects are rewritten when they hold one.
fn spell_out_quote_operators(document: &mut pdf_extract::Document) {
    use pdf_extract::Object;
    use pdf_extract::content::{Content, Operation};
    let mut streams: Vec<_> = document
        .get_pages()
        .into_values()
        .flat_map(|page| document.get_page_contents(page))
        .collect();
    streams.extend(document.objects.iter().filter_map(|(&id, object)| {
        let form = object.as_stream().ok()?.dict.get(b"Subtype").and_then(Object::as_name).ok()?;
        (form == b"Form").then_some(id)
    }));
    streams.sort_unstable();
    streams.dedup();
    for id in streams {
        let Ok(Object::Stream(stream)) = document.get_object_mut(id) else { continue };
        let Ok(bytes) = stream.get_plain_content() else { continue };
        if !bytes.iter().any(|&b| b == b'\'' || b == b'"') {
            continue;
        }
        let Ok(content) = Content::decode(&bytes) else { continue };
        if !content.operations.iter().any(|op| op.operator == "'" || op.operator == "\"") {
            continue;
        }
        let mut operations = Vec::with_capacity(content.operations.len() + 16);
        for mut op in content.operations {
            match op.operator.as_str() {
                "'" if !op.operands.is_empty() => {
                    operations.push(Operation::new("T*", Vec::new()));
                    operations.push(Operation::new("Tj", op.operands));
                }
                "\"" if op.operands.len() == 3 => {
                    let text = op.operands.pop().into_iter().collect();
                    let character = op.operands.pop().into_iter().collect();
                    operations.push(Operation::new("Tw", op.operands));
                    operations.push(Operation::new("Tc", character));
                    operations.push(Operation::new("T*", Vec::new()));
                    operations.push(Operation::new("Tj", text));
                }
                _ => operations.push(op),
            }
        }
        if let Ok(encoded) = (Content { operations }).encode() {
            stream.set_plain_content(encoded);
        }
    }
}

/// Lays the pages' lines out as text: furniture removed, paragraphs joined, footnotes moved.
fn layout(pages: &[Page]) -> Text {
    // The body's font size: the size most lines have.
    let mut sizes: HashMap<i64, usize> = HashMap::new();
    for line in pages.iter().flat_map(|p| &p.lines) {
        *sizes.entry((line.size * 10.0).round() as i64).or_default() += 1;
    }
    let body = sizes
        .into_iter()
        .max_by_key(|&(size, n)| (n, -size))
        .map_or(12.0, |(s, _)| s as f64 / 10.0);
    let column = Column::of(pages, body);
    // Lines at a page's top or bottom edge that repeat (digits aside) on several pages are
    // running headers or footers.
    let edge = |page: &Page, line: &Line| {
        let band = page.height * 0.1;
        line.top < band || line.top > page.height - band
    };
    let mut repeated: HashMap<String, usize> = HashMap::new();
    // The same lines, digits and all: a heading is printed once, a running header again.
    let mut exact: HashMap<&str, usize> = HashMap::new();
    for page in pages {
        let mut seen: Vec<String> =
            page.lines.iter().filter(|l| edge(page, l)).map(|l| shape(&l.text)).collect();
        seen.sort();
        seen.dedup();
        for shape in seen {
            *repeated.entry(shape).or_default() += 1;
        }
        for line in page.lines.iter().filter(|l| edge(page, l)) {
            *exact.entry(line.text.as_str()).or_default() += 1;
        }
    }
    // A resolution's heading is never furniture: the headings of a book whose resolutions each
    // start a page, or that a page's top happens to hold, have one shape but each its number.
    // In small letters with its edition, a heading printed once is one, one printed again a
    // running header.
    let furniture = |page: &Page, line: &Line| {
        edge(page, line)
            && (is_page_number(&line.text)
                || (pages.len() > 1
                    && repeated.get(&shape(&line.text)).copied().unwrap_or(0) >= 2
                    && !reads_on(&line.text)
                    && !is_heading(line, body)
                    && !(is_small_heading(line, body)
                        && exact.get(line.text.as_str()).copied() == Some(1))))
    };

    let mut out = Out::default();
    let mut notes: Vec<(String, u32)> = Vec::new();
    let mut paragraph = String::new();
    let mut paragraph_page = 1u32;
    let flush = |out: &mut Out, paragraph: &mut String, page: u32| {
        let text = std::mem::take(paragraph);
        out.paragraph(&text, Location::Page(page), None);
    };
    for (i, page) in pages.iter().enumerate() {
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let kept: Vec<&Line> = page.lines.iter().filter(|l| !furniture(page, l)).collect();
        let page_column = column.on(page);
        // Footnotes: small lines in the lower part of the page, from the first that starts
        // with its number.
        let foot = kept.iter().position(|l| {
            l.size < body * 0.92
                && l.top > page.height * 0.5
                && l.text.chars().next().is_some_and(|c| c.is_ascii_digit())
        });
        let (main, foot) = kept.split_at(foot.unwrap_or(kept.len()));
        let mut previous: Option<&Line> = None;
        for line in main {
            if is_heading(line, body) {
                flush(&mut out, &mut paragraph, paragraph_page);
                write_notes(&mut out, &mut notes);
                out.blank_line();
            }
            let gap = previous.map_or(f64::MAX, |p| line.top - p.top);
            let starts_item = line
                .text
                .split_once(['\t', ' '])
                .is_some_and(|(first, _)| is_marker(first) && line.text.contains('\t'));
            let ends_short =
                previous.is_some_and(|p| page_column.ends_short(p, line) || ends_entry(p));
            if gap > body * 1.3 || starts_item || ends_short || previous.is_none() {
                flush(&mut out, &mut paragraph, paragraph_page);
                if gap > body * 2.1 && previous.is_some() {
                    out.blank_line();
                }
                paragraph_page = number;
            }
            join(&mut paragraph, &line.text);
            previous = Some(line);
        }
        flush(&mut out, &mut paragraph, paragraph_page);
        for line in foot {
            if line.text.chars().next().is_some_and(|c| c.is_ascii_digit()) || notes.is_empty() {
                notes.push((line.text.clone(), number));
            } else if let Some(last) = notes.last_mut() {
                join(&mut last.0, &line.text);
            }
        }
    }
    write_notes(&mut out, &mut notes);
    out.finish(None)
}

/// The text column of a document's body lines: where most start and where full lines end.
struct Column {
    left: f64,
    right: f64,
}

impl Column {
    /// The column starts where the tenth percentile of the body lines start (an indented item
    /// does not move it), and ends where the body lines' longest ends.
    fn of(pages: &[Page], body: f64) -> Column {
        let body_lines =
            || pages.iter().flat_map(|p| &p.lines).filter(|l| (l.size - body).abs() <= body * 0.1);
        let mut lefts: Vec<f64> = body_lines().map(|l| l.left).collect();
        lefts.sort_by(f64::total_cmp);
        let left = lefts.get(lefts.len().saturating_sub(1) / 10).copied().unwrap_or(0.0);
        let right = body_lines().map(|l| l.right).fold(f64::MIN, f64::max);
        Column { left, right }
    }

    /// The column on `page`: no further from the page's right edge than it starts from the
    /// left. Margins are taken even, so a wide table, a stray line or a wider page elsewhere
    /// does not widen it.
    fn on(&self, page: &Page) -> Column {
        Column { left: self.left, right: self.right.min(page.right - (self.left - page.left)) }
    }

    /// Whether a line ends its paragraph by ending short: the next line's first word would have
    /// fitted in the room left at its end (on both sides, for a centred line). A text printed
    /// with no space between paragraphs has no other mark of a paragraph's end.
    fn ends_short(&self, line: &Line, next: &Line) -> bool {
        let right = self.right - line.right;
        let left = line.left - self.left;
        let centred = left > line.size * 2.0 && (left - right).abs() < line.size * 2.0;
        let room = if centred { left + right } else { right };
        room > next.first_word + line.space * 1.05
    }
}

/// Whether a line ends an entry of a table of contents: a dot leader or a tab, then a page
/// number (`... technology ........ 37`).
fn ends_entry(line: &Line) -> bool {
    let text = line.text.as_str();
    let before = text.trim_end_matches(|c: char| c.is_ascii_digit());
    before.len() < text.len()
        && (before.ends_with('\t')
            || before.trim_end().ends_with("...")
            || before.ends_with("\u{2026}"))
}

/// Whether a word is an item's number or letter: `1`, `a)`, `iv)`.
fn is_marker(word: &str) -> bool {
    let core = word.strip_suffix(')').unwrap_or(word);
    !core.is_empty()
        && core.len() <= 4
        && (core.chars().all(|c| c.is_ascii_digit())
            || (word.ends_with(')') && core.chars().all(|c| c.is_ascii_lowercase())))
}

/// Adds a line to a paragraph: a hyphen at a line's end between lower-case letters joins the
/// word's halves; one after a word's letter or digit before a capital or a digit is the word's
/// own hyphen, kept with no space (`Rev.WRC-` / `07`, `Secretary-` / `General`); otherwise a
/// space.
fn join(paragraph: &mut String, line: &str) {
    if paragraph.is_empty() {
        paragraph.push_str(line);
        return;
    }
    let before = paragraph.strip_suffix('-').and_then(|p| p.chars().next_back());
    let next = line.chars().next();
    match (before, next) {
        (Some(b), Some(n)) if b.is_lowercase() && n.is_lowercase() => {
            paragraph.pop();
        }
        (Some(b), Some(n)) if b.is_alphanumeric() && (n.is_uppercase() || n.is_ascii_digit()) => {}
        _ => paragraph.push(' '),
    }
    paragraph.push_str(line);
}

/// Writes the footnotes met since the last heading after a line of underscores.
fn write_notes(out: &mut Out, notes: &mut Vec<(String, u32)>) {
    if notes.is_empty() {
        return;
    }
    out.blank_line();
    out.paragraph(FOOTNOTE_RULE, Location::Page(notes[0].1), None);
    for (text, page) in notes.drain(..) {
        // `1 This includes` as the parser reads a footnote: its number, a tab, its text.
        let text = match text.split_once([' ', '\t']) {
            Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit()) => {
                format!("{number}\t{}", rest.trim_start())
            }
            _ => text,
        };
        out.paragraph(&text, Location::Page(page), Some(Hint::Footnote));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, top: f64, right: f64, first_word: f64) -> Line {
        Line { text: text.to_owned(), top, size: 10.0, left: 57.0, right, first_word, space: 2.5 }
    }

    #[test]
    fn a_wrapped_paragraph_on_a_narrower_page_stays_one() {
        // A landscape page of full lines, then a portrait page: its wrapped lines end near its
        // own right margin, far short of the landscape lines' ends, and still run on.
        let landscape = Page {
            lines: vec![
                line(
                    "a table row that runs across the whole of a landscape page",
                    100.0,
                    785.0,
                    8.0,
                ),
                line("and another row of the same table", 112.0, 785.0, 17.0),
            ],
            height: 595.0,
            left: 0.0,
            right: 842.0,
        };
        let portrait = Page {
            lines: vec![
                line("RESOLUTION 2", 100.0, 140.0, 60.0),
                line(
                    "that the forum shall continue to be convened to discuss the",
                    130.0,
                    534.0,
                    20.0,
                ),
                line("policy matters arising from the changing environment;", 142.0, 400.0, 30.0),
                line("2 that the forum adopts no binding texts;", 154.0, 380.0, 5.0),
            ],
            height: 842.0,
            left: 0.0,
            right: 595.0,
        };
        let text = layout(&[landscape, portrait]).text;
        assert!(text.contains("convened to discuss the policy matters arising"), "{text}");
        // The line that ends short with room for the next one's first word ends its paragraph.
        assert!(text.contains("environment;\n2 that the forum"), "{text}");
    }

    /// A book whose resolutions each start a page, their headings in small letters at the
    /// page's top under the running header: the header is furniture, every heading is read.
    #[test]
    fn headings_in_small_letters_at_each_page_s_top_are_read() {
        let page = |number: u32, heading: &str| Page {
            lines: vec![
                line(
                    &format!(
                        "Final Acts of the Plenipotentiary Conference (Dubai, 2018)\t{number}"
                    ),
                    40.0,
                    534.0,
                    30.0,
                ),
                line(heading, 75.0, 250.0, 60.0),
                line("Its title on a line of its own", 100.0, 300.0, 20.0),
                line(
                    "The Plenipotentiary Conference of the International Telecommunication Union",
                    130.0,
                    534.0,
                    20.0,
                ),
                line("(Dubai, 2018),", 142.0, 120.0, 40.0),
            ],
            height: 842.0,
            left: 0.0,
            right: 595.0,
        };
        let headings = [
            "Resolution 130 (Rev. Dubai, 2018)",
            "Resolution 136 (Rev. Dubai, 2018)",
            "Resolution 139 (Rev. Dubai, 2018)",
        ];
        let pages: Vec<Page> = headings.iter().zip([9, 11, 13]).map(|(h, n)| page(n, h)).collect();
        let text = layout(&pages).text;
        for heading in headings {
            assert!(text.contains(heading), "{heading}: {text}");
        }
        assert!(!text.contains("Final Acts"), "{text}");
    }

    /// A book printed with each page's date and title above the text: where a page breaks
    /// after a resolution's title, the next page opens with the issuing clause and a clause
    /// word, as other pages do. They repeat at a page's top, yet are the text, not furniture.
    #[test]
    fn an_issuing_clause_and_a_clause_word_at_pages_tops_are_kept() {
        let page = |number: u32, first: &[&str]| {
            let mut lines =
                vec![line(&format!("12/6/26, 10:45 PM\tbook {number}"), 20.0, 534.0, 40.0)];
            for (i, text) in first.iter().enumerate() {
                lines.push(line(text, 45.0 + 12.0 * i as f64, 400.0, 20.0));
            }
            lines.push(line(
                "a) the text of the page goes on here at its length;",
                300.0,
                400.0,
                8.0,
            ));
            Page { lines, height: 792.0, left: 0.0, right: 612.0 }
        };
        let top: &[&str] = &[
            "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
            "recalling",
        ];
        let pages = [page(3, &[]), page(4, top), page(5, &[]), page(6, top), page(7, &[])];
        let text = layout(&pages).text;
        assert_eq!(text.matches("The Plenipotentiary Conference").count(), 2, "{text}");
        assert_eq!(text.matches("recalling").count(), 2, "{text}");
        assert!(!text.contains("10:45"), "{text}");
    }

    #[test]
    fn ligatures_page_numbers_and_hyphens() {
        assert_eq!(decode_ligatures("e\u{FB03}cient o\u{FB00}ice"), "efficient office");
        assert_eq!(decode_ligatures("co\u{AD}operation"), "cooperation");
        for number in ["3", "- 13 -", "- iii -", "Page 4", "2/12"] {
            assert!(is_page_number(number), "{number}");
        }
        for text in ["Resolution 64", "PP-18 – Final Acts", "a)"] {
            assert!(!is_page_number(text), "{text}");
        }
        assert_eq!(shape("- 13 -"), shape("- 7 -"));
        let mut paragraph = "develop-".to_owned();
        join(&mut paragraph, "ment of the inter-");
        join(&mut paragraph, "Sector work");
        assert_eq!(paragraph, "development of the inter-Sector work");
        // A line broken at a word's own hyphen keeps it, with no space: before a capital or a
        // digit the halves are one word (`Rev.WRC-` / `07),`, `Secretary-` / `General`).
        let mut paragraph = "Resolution 26 (Rev.WRC-".to_owned();
        join(&mut paragraph, "07), the Secretary-");
        join(&mut paragraph, "General and ITU -");
        join(&mut paragraph, "Sector");
        assert_eq!(paragraph, "Resolution 26 (Rev.WRC-07), the Secretary-General and ITU - Sector");
        assert!(is_marker("a)") && is_marker("12") && !is_marker("that"));
    }
}
