//! Byte spans into a document and the line index that turns them into line and column.

use serde::{Deserialize, Serialize};

/// A half-open range of byte offsets `start..end` into one document's text.
///
/// Serializes as the two-element array `[start, end]`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(from = "[u32; 2]", into = "[u32; 2]")]
pub struct Span {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`. Offsets past `u32::MAX` saturate: texts of 4 GiB or more
    /// are refused before they are parsed.
    pub fn new(start: usize, end: usize) -> Self {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span { start: clamp(start), end: clamp(end) }
    }

    /// The span as a `usize` range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }

    /// Whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

impl From<[u32; 2]> for Span {
    fn from([start, end]: [u32; 2]) -> Self {
        Span { start, end }
    }
}

impl From<Span> for [u32; 2] {
    fn from(span: Span) -> Self {
        [span.start, span.end]
    }
}

/// The start offset of every line of a text, to compute 1-based line and column on demand.
///
/// `\n`, `\r\n` and a lone `\r` each end a line. Columns count characters, not bytes.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 64 + 1);
        starts.push(0);
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// The lines of `text` (the text this index was built on) from byte `from` up to byte `to`,
    /// as byte ranges without their line breaks: the first starts at `from`, inside a line or
    /// not, and a line that goes on past `to` ends there.
    ///
    /// ```
    /// use isc_model::LineIndex;
    /// let text = "ab\r\ncd\ne";
    /// let index = LineIndex::new(text);
    /// assert_eq!(index.lines(text, 1, 8).collect::<Vec<_>>(), [(1, 2), (4, 6), (7, 8)]);
    /// ```
    pub fn lines<'s>(
        &'s self,
        text: &'s str,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        let bytes = text.as_bytes();
        let to = to.min(bytes.len());
        let mut next = self.starts.partition_point(|&start| start <= from);
        let mut pos = from;
        std::iter::from_fn(move || {
            if pos >= to {
                return None;
            }
            let start = pos;
            // The line ends where the next one starts, less its break (`\r\n` or one byte).
            let (end, after) = match self.starts.get(next) {
                Some(&after) => {
                    let crlf = after >= 2 && &bytes[after - 2..after] == b"\r\n";
                    ((after - if crlf { 2 } else { 1 }).max(start), after)
                }
                None => (bytes.len(), bytes.len()),
            };
            next += 1;
            pos = after;
            Some((start, end.min(to)))
        })
    }

    /// The starts of the lines that begin inside `from..to`, in order: the cheap way over many
    /// lines when most are ruled out by their first bytes.
    ///
    /// ```
    /// use isc_model::LineIndex;
    /// let index = LineIndex::new("ab\r\ncd\ne");
    /// assert_eq!(index.starts_in(1, 8), [4, 7]);
    /// ```
    pub fn starts_in(&self, from: usize, to: usize) -> &[usize] {
        let first = self.starts.partition_point(|&start| start < from);
        let last = self.starts.partition_point(|&start| start < to);
        &self.starts[first..last.max(first)]
    }

    /// The line holding byte `offset` of `text` (the text this index was built on), as a byte
    /// range without its line break; an offset on a line break belongs to the line it ends.
    ///
    /// ```
    /// use isc_model::LineIndex;
    /// let text = "ab\r\ncd\ne";
    /// let index = LineIndex::new(text);
    /// assert_eq!(index.line_at(text, 5), (4, 6));
    /// assert_eq!(index.line_at(text, 2), (0, 2));
    /// ```
    pub fn line_at(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let start = self.starts[line];
        self.lines(text, start, text.len()).next().unwrap_or((start, start))
    }

    /// The 1-based line and column of byte `offset` in `text` (the text this index was built on).
    ///
    /// ```
    /// use isc_model::LineIndex;
    /// let text = "a\r\nbé c";
    /// let index = LineIndex::new(text);
    /// assert_eq!(index.line_col(text, 6), (2, 3));
    /// ```
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let start = self.starts[line];
        let mut end = offset;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let column = text.get(start..end).map_or(0, |s| s.chars().count());
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        (clamp(line + 1), clamp(column + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_as_a_search_for_breaks_reads_them() {
        // Each line, from `from`, up to the next break in `text[..to]` or to its end.
        fn searched(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
            let region = &text.as_bytes()[..to];
            let mut res = Vec::new();
            let mut pos = from;
            while pos < region.len() {
                let end = (pos..region.len())
                    .find(|&i| region[i] == b'\n' || region[i] == b'\r')
                    .unwrap_or(region.len());
                res.push((pos, end));
                pos = if region[end..].starts_with(b"\r\n") { end + 2 } else { end + 1 };
            }
            res
        }
        for text in ["", "a", "ab\ncd", "a\r\nb\rc\n\nd\r\r\ne\r", "\n\r\n\r", "x\r\n"] {
            let index = LineIndex::new(text);
            for to in 0..=text.len() {
                for from in 0..=to {
                    let got: Vec<_> = index.lines(text, from, to).collect();
                    assert_eq!(got, searched(text, from, to), "{from}..{to} of {text:?}");
                }
            }
        }
    }

    #[test]
    fn line_ends_of_every_kind() {
        let text = "ab\ncd\r\nef\rgh";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), (1, 1));
        assert_eq!(index.line_col(text, 3), (2, 1));
        assert_eq!(index.line_col(text, 7), (3, 1));
        assert_eq!(index.line_col(text, 10), (4, 1));
        assert_eq!(index.line_col(text, 11), (4, 2));
    }

    #[test]
    fn span_serializes_as_pair() {
        let json = serde_json::to_string(&Span::new(3, 9)).unwrap();
        assert_eq!(json, "[3,9]");
        assert_eq!(serde_json::from_str::<Span>(&json).unwrap(), Span::new(3, 9));
    }
}
