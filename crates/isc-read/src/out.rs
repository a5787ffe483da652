//! The text a reader writes, with its source map and hints, built paragraph by paragraph.

use isc_model::{Location, SourceMapEntry};

use crate::{Hint, HintSpan, Text};

/// The line that separates footnotes from the text above them, as the parser knows it.
pub(crate) const FOOTNOTE_RULE: &str = "______________";

/// Whether a paragraph opens a resolution: its heading's citation word in capitals (where a
/// resolution's pending footnotes are written, before it).
pub(crate) fn opens_resolution(text: &str) -> bool {
    ["RESOLUTION ", "RÉSOLUTION ", "RESOLUCIÓN "].iter().any(|w| text.starts_with(w))
        && text.len() < 80
}

/// A text being written: paragraphs on their own lines, blank lines where the structure asks.
#[derive(Debug, Default)]
pub(crate) struct Out {
    text: String,
    map: Vec<SourceMapEntry>,
    hints: Vec<HintSpan>,
}

impl Out {
    /// Ends the current line with a blank line, unless the text is empty or already ends so.
    pub(crate) fn blank_line(&mut self) {
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        if !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.text.push('\n');
    }

    /// Writes one paragraph on its own line(s), from `location`. Runs of spaces are kept as
    /// written; leading and trailing white space (not tabs) is dropped; an empty paragraph
    /// writes nothing.
    pub(crate) fn paragraph(&mut self, text: &str, location: Location, hint: Option<Hint>) {
        let text = text.trim_matches(|c: char| c.is_whitespace() && c != '\t');
        if text.is_empty() {
            return;
        }
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        let start = self.offset();
        if self.map.last().is_none_or(|e| e.location != location) {
            self.map.push(SourceMapEntry { start, location });
        }
        self.text.push_str(text);
        let end = self.offset();
        if let Some(hint) = hint {
            self.hints.push(HintSpan { start, end, hint });
        }
        self.text.push('\n');
    }

    /// Whether nothing was written yet.
    pub(crate) fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    fn offset(&self) -> u32 {
        u32::try_from(self.text.len()).unwrap_or(u32::MAX)
    }

    /// The text written, named `name` (a component of a file holding several).
    pub(crate) fn finish(mut self, name: Option<String>) -> Text {
        while self.text.ends_with("\n\n") {
            self.text.pop();
        }
        Text { name, text: self.text, source_map: self.map, hints: self.hints }
    }
}

/// A paragraph a reader found: its number among the body's paragraphs, its text, what its
/// style said, and the footnotes it refers to (indexes into the footnotes).
#[derive(Debug, Default)]
pub(crate) struct Paragraph {
    pub(crate) number: u32,
    pub(crate) text: String,
    pub(crate) hint: Option<Hint>,
    pub(crate) notes: Vec<usize>,
}

/// Writes a body's paragraphs as a Word file's are written: a blank line around headings,
/// titles, issuing clauses and annex titles and before clause words, an empty paragraph as a
/// blank line, and each footnote's paragraphs (numbered by their index, from 1) after a line of
/// underscores before the next heading or at the end.
pub(crate) fn write_paragraphs(paragraphs: &[Paragraph], footnotes: &[Vec<String>]) -> Text {
    let mut out = Out::default();
    let mut pending: Vec<usize> = Vec::new();
    let mut previous: Option<Hint> = None;
    for para in paragraphs {
        if para.hint == Some(Hint::Heading) {
            write_footnotes(&mut out, &mut pending, footnotes);
        }
        if Hint::stands_apart(para.hint)
            || para.hint == Some(Hint::ClauseWord)
            || Hint::stands_apart(previous)
        {
            out.blank_line();
        }
        if para.text.trim().is_empty() {
            out.blank_line();
        } else {
            out.paragraph(&para.text, Location::Paragraph(para.number), para.hint);
        }
        pending.extend(para.notes.iter().copied().filter(|n| *n < footnotes.len()));
        previous = para.hint;
    }
    write_footnotes(&mut out, &mut pending, footnotes);
    out.finish(None)
}

/// Writes the footnotes referred to since the last call, after a line of underscores.
fn write_footnotes(out: &mut Out, pending: &mut Vec<usize>, footnotes: &[Vec<String>]) {
    let Some(&first) = pending.first() else { return };
    out.blank_line();
    out.paragraph(FOOTNOTE_RULE, Location::Element(format!("footnote {}", first + 1)), None);
    for index in pending.drain(..) {
        let Some(paragraphs) = footnotes.get(index) else { continue };
        for text in paragraphs {
            out.paragraph(
                text,
                Location::Element(format!("footnote {}", index + 1)),
                Some(Hint::Footnote),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lines_and_map() {
        let mut out = Out::default();
        out.paragraph("  RESOLUTION 1 ", Location::Paragraph(1), Some(Hint::Heading));
        out.blank_line();
        out.blank_line();
        out.paragraph("", Location::Paragraph(2), None);
        out.paragraph("a)\tone", Location::Paragraph(3), None);
        out.paragraph("more", Location::Paragraph(3), None);
        let text = out.finish(None);
        assert_eq!(text.text, "RESOLUTION 1\n\na)\tone\nmore\n");
        assert_eq!(text.source_map.len(), 2);
        assert_eq!(text.source_map[1].start, 14);
        assert_eq!(text.hints[0].end, 12);
    }
}
