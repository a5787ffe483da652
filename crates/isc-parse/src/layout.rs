//! Text as it arrives: a layout the anatomy can read, with a map back to the text as written.
//!
//! The anatomy reads lines: a heading, a title and an issuing clause on lines of their own, clause
//! words opening lines. Texts copied from a PDF or a web page do not keep that layout: every line
//! break may be gone, words are cut at line ends, page furniture stands between lines or glued to
//! them, and extraction leaves ligatures, soft hyphens and carriage returns behind. [`relayout`]
//! finds what breaks the reading and rewrites only that, in two passes, after a converter's
//! numbered pieces (`1、... Stand` / `2、ardization`, each line a piece) are joined back:
//!
//! 1. **Characters and lines**: carriage returns become line feeds; ligatures (`ﬁ`) are spelt
//!    out; soft hyphens and zero-width spaces go; a word cut at a line end is joined
//!    (`coordi-` / `nation`), a hyphenated compound keeps its hyphen (`Secretary-` / `General`,
//!    and `broadcasting-` / `satellite` where the text writes it whole elsewhere); a footnote
//!    number or a comment mark glued to a word goes (`countries1`, `devices[SP1]`); running
//!    headers and footers
//!    (`Res. 146<TAB>107`, `107<TAB>Res. 146`, and the short form `RES647-1` wherever it stands)
//!    go, whole lines or glued to the first line of a page; a heading whose edition goes on to
//!    the next line is joined into one; a table-of-contents entry, wrapped over up to seven
//!    lines, goes.
//! 2. **Flowed text**: in a line too long to be a paragraph of a laid-out text, line breaks are
//!    put back before and after a heading, before and after an issuing clause (and, without a
//!    heading, before a title in capitals right before it, a blank line between), before a revision
//!    title that precedes them, before a clause word standing where a clause may open, and
//!    around an annex line. A heading is told by its
//!    grammar and its neighbours: a resolution's citation followed, within a title's length, by
//!    an issuing clause, or standing at the very top written in capitals; a citation inside a
//!    sentence (after a word opening in lower case, or with its name after it in quotation
//!    marks) is none.
//!
//! A text that needs none of it is not copied. A rewritten text keeps a map from each of its
//! bytes back to the text as written, and [`Relaid::remap`] turns a parse of the rewritten text
//! into a parse of the text as written: every span and every borrowed slice refers to the input.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::bytes::TextClasses;
use crate::citation::citation;
use crate::heading::{heading, issuing_clause};
use crate::vocabulary::{Trigger, Words};
use crate::{Citation, EditionRef, ParsedDoc, Part, TextRef};
use isc_model::Span;

/// A line at least this long is flowed text: a laid-out paragraph of a resolution is shorter.
const FLOWED_LINE: usize = 1200;
/// A line at least this long that opens with a heading or an issuing clause is flowed text too: a
/// short resolution, or a draft, copied onto one line, or a preamble run onto its clause's line.
const OPENED_FLOWED_LINE: usize = 300;
/// A text of one or two lines this long is a copy that lost its line breaks: a short page of a
/// compilation (a Council decision and its session) copied onto one line.
const COPIED_FLOWED_LINE: usize = 150;
/// How far an issuing clause may stand after its heading (a long title).
const MAX_TITLE: usize = 400;
/// How long an issuing clause may be.
const MAX_ISSUING_CLAUSE: usize = 240;

/// One rewrite: the bytes `start..end` of the text become `with`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    start: usize,
    end: usize,
    with: Cow<'static, str>,
}

/// A run of the rewritten text and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seg {
    /// Where it starts in the rewritten text and its length there.
    at: usize,
    len: usize,
    /// Where it comes from in the source and the source's length; a copied run has the same
    /// length on both sides, a replacement (a ligature spelt out, a line break put back) maps
    /// as a whole.
    from: usize,
    from_len: usize,
    copied: bool,
}

/// A text rewritten for reading, and the map back to its source.
#[derive(Debug, Clone)]
pub(crate) struct Relaid {
    pub(crate) text: String,
    segs: Vec<Seg>,
    source_len: usize,
}

impl Relaid {
    /// Applies sorted, non-overlapping edits to `source`.
    fn apply(source: &str, edits: &[Edit]) -> Relaid {
        let mut text = String::with_capacity(source.len() + edits.len());
        let mut segs = Vec::with_capacity(edits.len() * 2 + 1);
        let mut pos = 0;
        let copy = |text: &mut String, segs: &mut Vec<Seg>, from: usize, to: usize| {
            if to > from {
                segs.push(Seg {
                    at: text.len(),
                    len: to - from,
                    from,
                    from_len: to - from,
                    copied: true,
                });
                text.push_str(&source[from..to]);
            }
        };
        for edit in edits {
            copy(&mut text, &mut segs, pos, edit.start);
            if !edit.with.is_empty() {
                segs.push(Seg {
                    at: text.len(),
                    len: edit.with.len(),
                    from: edit.start,
                    from_len: edit.end - edit.start,
                    copied: false,
                });
                text.push_str(&edit.with);
            }
            pos = edit.end;
        }
        copy(&mut text, &mut segs, pos, source.len());
        Relaid { text, segs, source_len: source.len() }
    }

    /// The run holding byte `at` of the rewritten text.
    fn seg(&self, at: usize) -> Option<&Seg> {
        let i = self.segs.partition_point(|s| s.at <= at);
        self.segs.get(i.checked_sub(1)?).filter(|s| at < s.at + s.len)
    }

    /// The source offset a span starting at `at` starts at.
    fn start(&self, at: usize) -> usize {
        match self.seg(at) {
            Some(s) if s.copied => s.from + (at - s.at),
            Some(s) => s.from,
            None => self.source_len,
        }
    }

    /// The source offset a span ending at `at` (exclusive) ends at.
    fn end(&self, at: usize) -> usize {
        let Some(last) = at.checked_sub(1) else { return 0 };
        match self.seg(last) {
            Some(s) if s.copied => s.from + (last - s.at) + 1,
            Some(s) => s.from + s.from_len,
            None => self.source_len,
        }
    }

    fn span(&self, span: Span) -> Span {
        let start = self.start(span.start as usize);
        let end = if span.is_empty() { start } else { self.end(span.end as usize).max(start) };
        Span::new(start, end)
    }

    /// The same relaying composed with a second one made on this one's text.
    fn then(self, next: Relaid) -> Relaid {
        // Each run of the second maps through the first: split it where the first's runs change.
        let mut segs = Vec::with_capacity(next.segs.len() + self.segs.len());
        for s in &next.segs {
            if !s.copied {
                let from = self.start(s.from);
                let to = if s.from_len == 0 { from } else { self.end(s.from + s.from_len) };
                segs.push(Seg { at: s.at, len: s.len, from, from_len: to - from, copied: false });
                continue;
            }
            let mut at = s.from;
            let end = s.from + s.len;
            while at < end {
                let Some(inner) = self.seg(at) else { break };
                let run_end = (inner.at + inner.len).min(end);
                let at_next = s.at + (at - s.from);
                if inner.copied {
                    let from = inner.from + (at - inner.at);
                    segs.push(Seg {
                        at: at_next,
                        len: run_end - at,
                        from,
                        from_len: run_end - at,
                        copied: true,
                    });
                } else {
                    segs.push(Seg {
                        at: at_next,
                        len: run_end - at,
                        from: inner.from,
                        from_len: inner.from_len,
                        copied: false,
                    });
                }
                at = run_end;
            }
        }
        Relaid { text: next.text, segs, source_len: self.source_len }
    }

    fn text_ref<'a>(&self, source: &'a str, r: TextRef<'_>) -> TextRef<'a> {
        let span = self.span(r.span);
        TextRef { text: &source[span.range()], span }
    }

    /// A slice of the rewritten text, as the same stretch of the source.
    fn slice<'a>(&self, source: &'a str, slice: &str) -> &'a str {
        let start = (slice.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        if start > self.text.len() || start + slice.len() > self.text.len() {
            return "";
        }
        let span = self.span(Span::new(start, start + slice.len()));
        &source[span.range()]
    }

    fn edition<'a>(&self, source: &'a str, e: EditionRef<'_>) -> EditionRef<'a> {
        EditionRef {
            revision: e.revision,
            place: e.place.map(|p| self.slice(source, p)),
            year: e.year,
            // A tag read from text a relaying put in (a Council compilation's session moved
            // up to its heading) has no stretch of the source of its own: the year stands.
            tag: e.tag.map(|t| self.slice(source, t)).filter(|t| !t.is_empty()),
            conference: e.conference,
        }
    }

    /// A parse of the rewritten text as a parse of `source`, the text it was made from.
    pub(crate) fn remap<'a>(&self, source: &'a str, doc: ParsedDoc<'_>) -> ParsedDoc<'a> {
        let r = |t: TextRef<'_>| self.text_ref(source, t);
        let mention = |m: crate::Mention<'_>| crate::Mention {
            text: r(m.text),
            part: m.part,
            clause: m.clause.map(r),
        };
        let theme = |t: crate::ThemeMatch<'_>| crate::ThemeMatch {
            theme: t.theme,
            score: t.score,
            evidence: t.evidence.into_iter().map(mention).collect(),
        };
        let citation = |c: Citation<'_>| Citation {
            text: r(c.text),
            number: c.number,
            body: c.body,
            body_source: c.body_source,
            edition: c.edition.map(|e| self.edition(source, e)),
            part: c.part,
            clause: c.clause.map(r),
            suppressed: c.suppressed,
        };
        ParsedDoc {
            identity: doc.identity.map(|id| crate::Identity {
                heading: r(id.heading),
                number: id.number,
                body: id.body,
                edition: id.edition.map(|e| self.edition(source, e)),
                issuing_clause: id.issuing_clause.map(r),
            }),
            draft: doc.draft.map(|d| crate::Draft {
                action: d.action.map(r),
                label: d.label.map(r),
                modifies: d.modifies.map(|(number, body, edition)| {
                    (number, body, edition.map(|e| self.edition(source, e)))
                }),
                conference: d
                    .conference
                    .map(|(body, edition)| (body, edition.map(|e| self.edition(source, e)))),
            }),
            study: doc.study.map(|h| crate::StudyHeading { heading: r(h.heading), ..h }),
            issuer: doc
                .issuer
                .map(|(body, edition)| (body, edition.map(|e| self.edition(source, e)))),
            title: doc.title.map(r),
            title_as_read: doc.title.and_then(|t| {
                let written = r(t);
                (written.text != t.text).then(|| t.text.to_owned())
            }),
            parts: doc
                .parts
                .into_iter()
                .map(|p| Part { kind: p.kind, clause: p.clause.map(r), span: self.span(p.span) })
                .collect(),
            citations: doc.citations.into_iter().map(citation).collect(),
            self_references: doc.self_references.into_iter().map(citation).collect(),
            front_matter_references: doc
                .front_matter_references
                .into_iter()
                .map(citation)
                .collect(),
            study_mentions: doc
                .study_mentions
                .into_iter()
                .map(|m| crate::StudyMention { text: r(m.text), ..m })
                .collect(),
            themes: doc.themes.into_iter().map(theme).collect(),
            theme_candidates: doc.theme_candidates.into_iter().map(theme).collect(),
            coordination: doc.coordination.into_iter().map(mention).collect(),
            calls_for_coordination: doc.calls_for_coordination,
            diagnostics: doc
                .diagnostics
                .into_iter()
                .map(|mut d| {
                    d.span = self.span(d.span);
                    d
                })
                .collect(),
        }
    }
}

/// The text rewritten for reading, or `None` when it reads as it is.
///
/// `classes` are those of `text`: where its citation words stand tells the lines a heading may
/// be on.
pub(crate) fn relayout(w: &Words, text: &str, classes: &TextClasses) -> Option<Relaid> {
    // A converter's numbered pieces are put back together before anything else reads the text.
    let relaid = rewritten(None, text, &numbered_chunks(text));
    let current = relaid.as_ref().map_or(text, |r| r.text.as_str());
    let joined_classes = relaid.as_ref().map(|r| TextClasses::with_words(w, &r.text));
    let citation_words = &joined_classes.as_ref().unwrap_or(classes).citation_words;
    // Character references a saved page's source left in its text (`&nbsp;`, `&amp;`) are
    // read as the characters they stand for.
    let references = character_references(current);
    let relaid = rewritten(relaid, text, &references);
    let current = relaid.as_ref().map_or(text, |r| r.text.as_str());
    let referenced_classes = (!references.is_empty()).then(|| TextClasses::with_words(w, current));
    let citation_words = referenced_classes.as_ref().map_or(citation_words, |c| &c.citation_words);
    // A text whose words stand apart by two spaces each, or by no-break spaces, reads with one
    // space between them.
    let spacing = widened_spaces(current);
    let relaid = rewritten(relaid, text, &spacing);
    let current = relaid.as_ref().map_or(text, |r| r.text.as_str());
    let spaced_classes = (!spacing.is_empty()).then(|| TextClasses::with_words(w, current));
    let citation_words = spaced_classes.as_ref().map_or(citation_words, |c| &c.citation_words);
    // A text written in Markdown loses its marks before its lines are read.
    let marks = markdown_marks(current);
    let relaid = rewritten(relaid, text, &marks);
    let current = relaid.as_ref().map_or(text, |r| r.text.as_str());
    let marked_classes = (!marks.is_empty()).then(|| TextClasses::with_words(w, current));
    let citation_words = marked_classes.as_ref().map_or(citation_words, |c| &c.citation_words);
    // A copy with a blank line after every printed line loses them before its lines are read.
    let spaced = double_spaced(w, current);
    let relaid = rewritten(relaid, text, &spaced);
    let current = relaid.as_ref().map_or(text, |r| r.text.as_str());
    let respaced_classes = (!spaced.is_empty()).then(|| TextClasses::with_words(w, current));
    let citation_words = respaced_classes.as_ref().map_or(citation_words, |c| &c.citation_words);
    let first = characters_and_lines(w, current, citation_words);
    let relaid = rewritten(relaid, text, &first);
    let current = relaid.as_ref().map_or(text, |r| r.text.as_str());
    // Prose hard-wrapped at a fixed width is joined into flowed text first. Its widths are
    // measured as written too: joining the words hyphenated at line ends makes lines longer
    // (running headers, gone from the text read, are short lines of the text as written).
    // A long text with many short lines has them as written too: it is not measured again.
    let wrapped = match line_widths(current.split('\n')) {
        Some(widths) if widths.wrapped() => true,
        Some(_) => {
            relaid.is_some() && line_widths(text.split(['\n', '\r'])).is_some_and(|w| w.wrapped())
        }
        None => false,
    };
    let joined = if wrapped {
        unwrapped(current)
    } else {
        // Where the text is as it came, its citation words are known: only their lines are read.
        let starts = relaid.is_none().then_some(citation_words.as_slice());
        wrapped_heading_paragraphs(w, current, starts)
    };
    let relaid = rewritten(relaid, text, &joined);
    let current = relaid.as_ref().map_or(text, |r| r.text.as_str());
    let lines: Vec<(usize, usize)> = flowed_lines(w, current).collect();
    let breaks = flowed_page_breaks(w, current, &lines);
    // The breaks only take words out of the lines: each line moves back by what went before it.
    let lines: Vec<(usize, usize)> = lines
        .iter()
        .map(|&(s, e)| {
            let gone = |at: usize| -> usize {
                breaks.iter().filter(|b| b.end <= at).map(|b| b.end - b.start).sum()
            };
            (s - gone(s), e - gone(e))
        })
        .collect();
    let relaid = rewritten(relaid, text, &breaks);
    let current = relaid.as_ref().map_or(text, |r| r.text.as_str());
    let second = flowed(w, current, &lines);
    let flowed_text = !second.is_empty();
    let relaid = rewritten(relaid, text, &second);
    // A Council compilation's session given a line of its own after the title goes up to the
    // heading's line, as in a text laid out so (see `sessions_after_titles`).
    if flowed_text && let Some(current) = relaid.as_ref().map(|r| r.text.as_str()) {
        let third = sessions_in(w, current);
        return rewritten(relaid, text, &third);
    }
    relaid
}

/// Whether `line` opens with a compilation's heading letter and a space (`R 741`, `D 552`).
fn opens_with_abbreviation(w: &Words, line: &str) -> bool {
    w.heading_abbreviation_words.iter().any(|a| {
        line.starts_with(a.as_str()) && matches!(line.as_bytes().get(a.len()), Some(b' ' | b'\t'))
    })
}

/// [`sessions_after_titles`] over a whole text: its lines, and those opening with the first
/// letter of a compilation's heading word.
fn sessions_in(w: &Words, text: &str) -> Vec<Edit> {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        lines.push((start, end));
        start = end + 1;
    }
    let firsts: Vec<u8> =
        w.heading_abbreviation_words.iter().filter_map(|a| a.bytes().next()).collect();
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&n| {
            let line = text[lines[n].0..lines[n].1].trim_start();
            line.as_bytes().first().is_some_and(|b| firsts.contains(b))
                && opens_with_abbreviation(w, line)
        })
        .collect();
    let mut deleted = vec![false; lines.len()];
    let mut edits = Vec::new();
    sessions_after_titles(w, text, &lines, &candidates, &mut deleted, &mut edits);
    edits.sort_by_key(|e| (e.start, e.end));
    edits
}

/// In a flowed line, a Council compilation's heading without its session before the issuing
/// clause at `clause`, the session right before the clause (`R 741 Conditions ... (C-1974,
/// dernière mod. C-1984) Le Conseil,`): where the heading starts, where its number ends and where
/// the session starts.
fn session_after_title_at(
    w: &Words,
    line: &str,
    word_starts: &[usize],
    from: usize,
    clause: usize,
) -> Option<(usize, usize, usize)> {
    let before = line[..clause].trim_end();
    let open = before.strip_suffix(')').and_then(|b| b.rfind('('))?;
    match crate::edition::edition(w, &before[open..]) {
        Ok((tail, crate::edition::EditionOutcome::Read(raw)))
            if raw.tag.is_some() && tail.trim().is_empty() => {}
        _ => return None,
    }
    word_starts.iter().copied().filter(|&j| j >= from && j < open).rev().find_map(|j| {
        let (rest, ()) = w.compiled_abbreviations.one_of(&line[j..]).ok()?;
        let number = rest.trim_start_matches([' ', '\t']);
        if number.len() == rest.len() {
            return None;
        }
        let (after, _) = crate::citation::number(number, true).ok()?;
        let number_end = line.len() - after.len();
        line[number_end..open].chars().any(char::is_alphabetic).then_some((j, number_end, open))
    })
}

/// `relaid` (or the source `text`, when nothing was rewritten yet) rewritten again by `edits`,
/// made on its text; the map still leads back to the source.
fn rewritten(relaid: Option<Relaid>, text: &str, edits: &[Edit]) -> Option<Relaid> {
    if edits.is_empty() {
        return relaid;
    }
    match relaid {
        None => Some(Relaid::apply(text, edits)),
        Some(before) => {
            let next = Relaid::apply(&before.text, edits);
            Some(before.then(next))
        }
    }
}

use crate::identity::is_page_number;
use isc_model::text::{is_invisible, ligature};

/// The separator a converter of web pages writes after each piece's number.
const CHUNK_MARK: &str = "\u{3001}";

/// How far into a text the first piece may open a line, under a page's own lines (a file's
/// name, page counters).
const MAX_CHUNK_LEAD: usize = 4096;

/// How long the first of two pieces is at least: a converter cuts pieces of a few hundred
/// characters, longer than an item of a list numbered the same way.
const MIN_FIRST_OF_TWO_PIECES: usize = 150;

/// Pass 0: a text a converter cut into pieces of a fixed number of characters, each after its
/// number and an ideographic comma (`1、International ... Stand` / `2、ardization Assembly`),
/// words and editions cut in two at the pieces' ends: the numbers and the space or line break
/// before each go, so the pieces join into the text they were cut from. The pieces may stand each
/// on a line of its own, or run onto one line, or be wrapped anew with other lines between them
/// (a page's running header). Only a text whose first piece opens it, or opens a line under a
/// page's own lines (a document-sharing page's file name and counters), every mark from there on
/// following a space or a line break and a number counting from one in order, is read so.
fn numbered_chunks(text: &str) -> Vec<Edit> {
    // A page's margin may indent the pieces.
    let margin = |t: &str| t.len() - t.trim_start_matches([' ', '\t']).len();
    let opening = text.trim_start_matches('\u{feff}');
    let opening = &opening[margin(opening)..];
    let first = if opening.starts_with('1') && opening[1..].starts_with(CHUNK_MARK) {
        text.len() - opening.len()
    } else {
        // Most texts have no mark at all: one search for its bytes, which no ASCII text holds,
        // in the page's first lines, tells. The first mark must then be the first piece's, at a
        // line's start.
        let reach = text.len().min(MAX_CHUNK_LEAD);
        match memchr::memmem::find(&text.as_bytes()[..reach], CHUNK_MARK.as_bytes()) {
            Some(at)
                if at >= 2
                    && text.as_bytes()[at - 1] == b'1'
                    && text[..at - 1].trim_end_matches([' ', '\t']).ends_with('\n') =>
            {
                at - 1
            }
            _ => return Vec::new(),
        }
    };
    let bytes = text.as_bytes();
    let mut edits = Vec::new();
    let mut expected = 1u32;
    // Where the second piece's number starts: the first piece's length tells two pieces from
    // two items of a list.
    let mut second_at = text.len();
    // A copy that pads its lines with blanks, most of them: the blanks before a line break are
    // the copy's, no piece's own space.
    let padded = padded_lines(&text[first..]);
    for mark in memchr::memmem::find_iter(&bytes[first..], CHUNK_MARK.as_bytes()) {
        let mark = first + mark;
        let digits_start =
            mark - bytes[..mark].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        if text[digits_start..mark].parse::<u32>().ok() != Some(expected) {
            return Vec::new();
        }
        // What the copy put between two pieces goes: its line breaks, however many (a blank
        // line between pieces), or one space; a piece's own spaces stay. The first piece keeps
        // the line break above it: the page's own lines stay apart.
        let before = &text[..digits_start];
        let indented = before.trim_end_matches([' ', '\t']);
        let breaks = indented.len() - indented.trim_end_matches(['\n', '\r']).len();
        let padding = if padded {
            let broken = &indented[..indented.len() - breaks];
            broken.len() - broken.trim_end_matches([' ', '\t']).len()
        } else {
            0
        };
        let from = if digits_start == first {
            digits_start
        } else if breaks > 0 {
            digits_start - (before.len() - indented.len()) - breaks - padding
        } else if before.ends_with([' ', '\t']) {
            digits_start - 1
        } else {
            digits_start
        };
        // The first piece opens the text or its line; every other one follows a space or a
        // line break.
        let opens = digits_start == first;
        if from == digits_start && !opens {
            return Vec::new();
        }
        if expected == 2 {
            second_at = digits_start;
        }
        edits.push(Edit { start: from, end: mark + CHUNK_MARK.len(), with: "".into() });
        expected += 1;
    }
    // Three pieces or more; or two, the first of a converter's length (a stored copy of a page
    // cut short holds two only).
    let first_piece = second_at - first;
    if expected > 3 || (expected == 3 && first_piece >= MIN_FIRST_OF_TWO_PIECES) {
        edits
    } else {
        Vec::new()
    }
}

/// Whether most of the non-blank lines of `text` end with blanks (spaces or tabs), as a copy
/// pads them.
fn padded_lines(text: &str) -> bool {
    let (mut lines, mut padded) = (0usize, 0usize);
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        lines += 1;
        padded += usize::from(line.ends_with([' ', '\t']));
    }
    padded * 2 > lines
}

/// How far into a text its gaps between words are counted to tell how it spaces them.
const SPACING_SAMPLE: usize = 4096;

/// How many gaps between words a text needs before its spacing is read.
const MIN_SPACING_GAPS: usize = 40;

/// Pass 0: a text whose words stand apart by two spaces or more each (an extraction of justified
/// lines, nine gaps in ten or more, counted in its first bytes) has every run of spaces between
/// two words halved; a text whose words stand apart by no-break spaces, most of them, has each
/// one read as a space. A line's indentation stays.
fn widened_spaces(text: &str) -> Vec<Edit> {
    let sample = &text[..floor_boundary(text, SPACING_SAMPLE)];
    // Most texts have too few runs of two spaces and too few no-break spaces to be either,
    // which two searches for their bytes tell.
    let enough = |needle: &str, share: usize| {
        memchr::memmem::find_iter(sample.as_bytes(), needle.as_bytes())
            .nth(MIN_SPACING_GAPS * share / 10)
            .is_some()
    };
    if !enough("  ", 9) && !enough("\u{a0}", 5) {
        return Vec::new();
    }
    let (mut single, mut wide, mut no_break) = (0usize, 0usize, 0usize);
    for_each_gap(sample, |_, run| {
        if run == " " {
            single += 1;
        } else if run.contains('\u{a0}') {
            no_break += 1;
        } else if run.bytes().all(|b| b == b' ') {
            wide += 1;
        }
    });
    let gaps = single + wide + no_break;
    if gaps < MIN_SPACING_GAPS {
        return Vec::new();
    }
    let widened = wide * 10 >= gaps * 9;
    let unbroken = no_break * 2 > gaps;
    if !widened && !unbroken {
        return Vec::new();
    }
    let mut edits = Vec::new();
    for_each_gap(text, |start, run| {
        if unbroken && run.contains('\u{a0}') {
            edits.push(Edit { start, end: start + run.len(), with: " ".into() });
        } else if widened && run.len() >= 2 && run.bytes().all(|b| b == b' ') {
            edits.push(Edit {
                start: start + run.len().div_ceil(2),
                end: start + run.len(),
                with: "".into(),
            });
        }
    });
    edits
}

/// Calls `f` with the offset and the text of each run of spaces and no-break spaces between two
/// other characters of a line.
fn for_each_gap<'a>(text: &'a str, mut f: impl FnMut(usize, &'a str)) {
    let mut line_start = 0;
    for line in text.split('\n') {
        let lead = line.len() - line.trim_start_matches([' ', '\t', '\u{a0}']).len();
        let content = line[lead..].trim_end_matches([' ', '\t', '\r', '\u{a0}']);
        let mut at = line_start + lead;
        let mut rest = content;
        while let Some(gap) = rest.find([' ', '\u{a0}']) {
            let after = rest[gap..].trim_start_matches([' ', '\u{a0}']);
            let len = rest.len() - gap - after.len();
            f(at + gap, &rest[gap..gap + len]);
            at += gap + len;
            rest = after;
        }
        line_start += line.len() + 1;
    }
}

/// The longest character reference read, `&` and `;` included (`&thetasym;`, `&#x1F600;`).
const MAX_REFERENCE: usize = 12;

/// Pass 0: character references left in a text saved from a page's source (`&nbsp;`, `&amp;`,
/// `&eacute;`, `&#8211;`, `&#x2019;`) become the characters they stand for; a no-break space
/// becomes a space. A name HTML does not know, or an `&` with no `;` close after it (`R&D`),
/// stays as written.
fn character_references(text: &str) -> Vec<Edit> {
    let bytes = text.as_bytes();
    let mut edits = Vec::new();
    for at in memchr::memchr_iter(b'&', bytes) {
        let window = &bytes[at + 1..bytes.len().min(at + MAX_REFERENCE)];
        let Some(len) = memchr::memchr(b';', window) else { continue };
        let name = &text[at + 1..at + 1 + len];
        let decoded = if let Some(number) = name.strip_prefix('#') {
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => number.parse().ok(),
            };
            code.and_then(char::from_u32).filter(|c| *c != '\0').map(String::from)
        } else if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric()) {
            markup5ever::data::NAMED_ENTITIES.get(&text[at + 1..at + 2 + len]).map(|&(a, b)| {
                [a, b].into_iter().filter(|&c| c != 0).filter_map(char::from_u32).collect()
            })
        } else {
            None
        };
        if let Some(decoded) = decoded {
            let with = if decoded == "\u{a0}" { " ".to_owned() } else { decoded };
            edits.push(Edit { start: at, end: at + 2 + len, with: with.into() });
        }
    }
    edits
}

/// Pass 0: a text written in Markdown (a converter's output, a page of notes) loses the marks
/// that are no part of its words. It is Markdown when a line opens with a section's mark (`#`
/// to `######` and a space) or is wrapped whole in emphasis (`**...**`, `__...__`, `*...*`,
/// `_..._`). Then each line loses its section mark, its blockquote mark (`>`), a list's bullet
/// (`-`, `+` or `*` and a space), emphasis wrapping it whole, a hard break's backslash at its
/// end; and the whole text loses its strong emphasis (`**`, `__`) and the backslash before an
/// escaped mark (`\[`). A single `*` or `_` inside a line stays: it may mark a footnote; so
/// does a run of three or more (a rule above footnotes).
fn markdown_marks(text: &str) -> Vec<Edit> {
    let bytes = text.as_bytes();
    // Most texts hold none of the marks a Markdown line opens or is wrapped with.
    if memchr::memchr3(b'#', b'*', b'_', bytes).is_none() {
        return Vec::new();
    }
    let lines = || {
        let mut start = 0;
        memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]).map(move |end| {
            let line = (start, end);
            start = end + 1;
            line
        })
    };
    // Only lines opening with one of those marks are asked, each once.
    let mut is_markdown = false;
    let mut from = 0;
    while let Some(i) = memchr::memchr3(b'#', b'*', b'_', &bytes[from..]).map(|i| from + i) {
        let start = memchr::memrchr(b'\n', &bytes[..i]).map_or(0, |n| n + 1);
        let end = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
        if bytes[start..i].iter().all(|&b| b == b' ' || b == b'\t') {
            let line = text[start..end].trim();
            if section_mark_len(line) > 0 || emphasis_len(line) > 0 {
                is_markdown = true;
                break;
            }
        }
        from = end;
    }
    if !is_markdown {
        return Vec::new();
    }
    let mut edits = Vec::new();
    for (s, e) in lines() {
        let line = &text[s..e];
        let lead = line.len() - line.trim_start().len();
        let mut rest = &line[lead..line.trim_end().len().max(lead)];
        let mut at = s + lead;
        // Blockquote marks, a section's mark, a list's bullet, in that order.
        loop {
            let cut = if let Some(after) = rest.strip_prefix('>') {
                rest.len() - after.trim_start().len()
            } else {
                0
            };
            if cut == 0 {
                break;
            }
            edits.push(Edit { start: at, end: at + cut, with: "".into() });
            at += cut;
            rest = &rest[cut..];
        }
        let section = section_mark_len(rest);
        let bullet = if section == 0 { bullet_len(rest) } else { 0 };
        let cut = section + bullet;
        if cut > 0 {
            edits.push(Edit { start: at, end: at + cut, with: "".into() });
            at += cut;
            rest = &rest[cut..];
            // A section's closing marks (`## Title ##`).
            let closed = rest.trim_end_matches('#');
            if section > 0 && closed.len() < rest.len() && closed.ends_with(' ') {
                let end = at + closed.trim_end().len();
                edits.push(Edit { start: end, end: at + rest.len(), with: "".into() });
                rest = closed.trim_end();
            }
        }
        // A hard break's backslash ends the line.
        if rest.ends_with('\\') && !rest.ends_with("\\\\") {
            rest = &rest[..rest.len() - 1];
            edits.push(Edit { start: at + rest.len(), end: at + rest.len() + 1, with: "".into() });
        }
        let wrap = emphasis_len(rest);
        if wrap > 0 {
            edits.push(Edit { start: at, end: at + wrap, with: "".into() });
            edits.push(Edit {
                start: at + rest.len() - wrap,
                end: at + rest.len(),
                with: "".into(),
            });
            at += wrap;
            rest = &rest[wrap..rest.len() - wrap];
        }
        // Strong emphasis and escapes inside the line.
        let inner = rest.as_bytes();
        let mut i = 0;
        while i < inner.len() {
            // Strong emphasis is two marks alone: a longer run is a rule (`_____`, above
            // footnotes) or a footnote's mark after emphasis, and stays.
            let run = inner[i..].iter().take_while(|&&b| b == inner[i]).count();
            if matches!(inner[i], b'*' | b'_') && run == 2 {
                edits.push(Edit { start: at + i, end: at + i + 2, with: "".into() });
                i += 2;
            } else if matches!(inner[i], b'*' | b'_') {
                i += run;
            } else if inner[i] == b'\\' && inner.get(i + 1).is_some_and(u8::is_ascii_punctuation) {
                edits.push(Edit { start: at + i, end: at + i + 1, with: "".into() });
                i += 2;
            } else {
                i += 1;
            }
        }
    }
    // A line's marks at its end were found before those of its words.
    edits.sort_unstable_by_key(|e| e.start);
    edits
}

/// The length of a Markdown section's mark opening `line` (`## `), or 0.
fn section_mark_len(line: &str) -> usize {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let spaces = line[hashes..].len() - line[hashes..].trim_start_matches([' ', '\t']).len();
    if (1..=6).contains(&hashes) && spaces > 0 && hashes + spaces < line.len() {
        hashes + spaces
    } else {
        0
    }
}

/// The length of a list's bullet opening `line` (`- `, `+ `, `* `), or 0.
fn bullet_len(line: &str) -> usize {
    let b = line.as_bytes();
    if b.len() > 2 && matches!(b[0], b'-' | b'+' | b'*') && matches!(b[1], b' ' | b'\t') {
        2 + line[2..].len() - line[2..].trim_start_matches([' ', '\t']).len()
    } else {
        0
    }
}

/// The length of the emphasis marks wrapping `line` whole on each side (`**` in `**Title**`, `_`
/// in `_considering_`), or 0: the same marks at both ends, words right inside them.
fn emphasis_len(line: &str) -> usize {
    let b = line.as_bytes();
    let Some(&mark) = b.first().filter(|m| matches!(m, b'*' | b'_')) else { return 0 };
    let n = b.iter().take_while(|&&c| c == mark).count().min(3);
    let inner_len = b.len().saturating_sub(2 * n);
    if inner_len == 0
        || !b.ends_with(&b[..n])
        || b[b.len() - n - 1] == mark
        || b[n].is_ascii_whitespace()
        || b[b.len() - n - 1].is_ascii_whitespace()
    {
        return 0;
    }
    n
}

/// Where the heading in capitals stands in a `line` that opens with a citation of the same
/// resolution with no edition and a dash (a viewer's page title: `Résolution 32 – Its title …`),
/// as [`same_heading_in_capitals`] finds it.
fn page_title_before_heading(w: &Words, line: &str) -> Option<usize> {
    // The number and the dash after the first word first (cheap), then the citation word.
    let number = line[line.find(' ')?..].trim_start_matches(' ');
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let rest = number[digits..].trim_start_matches(' ');
    if !(1..=4).contains(&digits) || !rest.starts_with(DASHES) {
        return None;
    }
    let (after, _) = crate::citation::trigger_word(w, line).ok()?;
    if after.trim_start_matches(' ').len() != number.len() {
        return None;
    }
    same_heading_in_capitals(w, line, number[..digits].parse().ok()?)
}

/// Where in `text`, after its first word, the heading of resolution `number` stands with its
/// citation word in capitals and its edition (`RESOLUTION 102 (REV. DUBAI, 2018)`, its title
/// after it on the line or not), as a page's running header and running title glued before it
/// give it.
pub(crate) fn same_heading_in_capitals(w: &Words, text: &str, number: u32) -> Option<usize> {
    // Word starts after a space: a word in capitals of three letters or more first (cheap),
    // then a citation word, then the heading.
    memchr::memchr_iter(b' ', text.as_bytes()).map(|i| i + 1).find(|&at| {
        let word = text[at..].split(' ').next().unwrap_or_default();
        word.chars().take(3).filter(|c| c.is_uppercase()).count() == 3
            && !word.contains(char::is_lowercase)
            && w.may_start_citation_word(&text[at..])
            && crate::heading::heading_or_spaced_title(w, &text[at..], 0)
                .is_some_and(|h| h.edition.is_some() && h.number.is_some_and(|n| n.base == number))
    })
}

/// Whether `c` is a digit in superscript (`¹`, `²`, `³`, `⁰`, `⁴` to `⁹`).
fn is_superscript_digit(c: char) -> bool {
    matches!(c, '\u{b9}' | '\u{b2}' | '\u{b3}' | '\u{2070}' | '\u{2074}'..='\u{2079}')
}

/// Pass 1: characters and lines. `citation_words` are where the text's citation words stand.
fn characters_and_lines(w: &Words, text: &str, citation_words: &[usize]) -> Vec<Edit> {
    let bytes = text.as_bytes();
    let mut edits: Vec<Edit> = Vec::new();
    // Read over the whole text at once: brackets are rare.
    comment_marks(text, &mut edits);
    // Line starts and ends, a carriage return counted as a line end.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if bytes[i] == b'\r' {
            if bytes.get(i + 1) == Some(&b'\n') {
                // The pair becomes one line break: a span starting at the break maps back to
                // its start, not between its two bytes.
                edits.push(Edit { start: i, end: i + 2, with: Cow::Borrowed("\n") });
                lines.push((start, i));
                start = i + 2;
                continue;
            }
            edits.push(Edit { start: i, end: i + 1, with: Cow::Borrowed("\n") });
        } else if i > 0 && bytes[i - 1] == b'\r' {
            continue;
        }
        lines.push((start, i));
        start = i + 1;
    }
    lines.push((start, text.len()));

    // A heading holds a citation word: other lines are not read as one, unless a character
    // outside ASCII (a soft hyphen inside the word) hides it from the classes. Lines come in
    // order, so the citation words are walked once.
    let mut next_word = 0;
    let mut has_citation_word = |start: usize, end: usize| {
        while citation_words.get(next_word).is_some_and(|&at| at < start) {
            next_word += 1;
        }
        citation_words.get(next_word).is_some_and(|&at| at < end)
    };
    let mut heading_number: Option<u32> = None;
    // The year of the current heading's edition, when it gives one.
    let mut heading_edition: Option<(Option<u16>, Option<String>)> = None;
    let mut previous_heading_line = false;
    let mut deleted_line = vec![false; lines.len()];
    // Where a line's own words start after a running header glued to its start.
    let mut after_header: Vec<Option<usize>> = vec![None; lines.len()];
    // The last non-blank line, when it is a bare page number.
    let mut page_line: Option<usize> = None;
    // The lines opening with a compilation's heading letter and a space (`R 741`, `D 552`): the
    // first byte rules most out before the words are asked.
    let abbreviation_firsts: Vec<u8> =
        w.heading_abbreviation_words.iter().filter_map(|a| a.bytes().next()).collect();
    let mut abbreviated: Vec<usize> = Vec::new();
    // Running headers glued to a line, with a page number, that did not name the heading read
    // last: furniture all the same when the same one comes back (where the heading is inside a
    // line, no heading line is read).
    let mut glued_headers: Vec<(usize, usize, u32)> = Vec::new();
    let mut header_counts: Vec<(u32, usize)> = Vec::new();
    // The line under the current heading: most often its title.
    let mut title_line: Option<&str> = None;
    // Lines that may be a page's furniture of any words (see `repeated_furniture`).
    let mut furniture_lines: Vec<usize> = Vec::new();
    // Lines holding a page's number alone (see `numbered_page_breaks`).
    let mut page_lines: Vec<usize> = Vec::new();
    for (n, &(s, e)) in lines.iter().enumerate() {
        let line = &text[s..e];
        // A web address alone with the page's number, a browser's footer: furniture even once,
        // taken out before anything else edits it.
        let first = line.bytes().find(|&b| b != b' ' && b != b'\t');
        if matches!(first, Some(b'h' | b'w')) && is_address_footer(line.trim()) {
            delete_whole_line(&lines, n, &mut deleted_line, &mut edits);
            continue;
        }
        // Characters: only lines with bytes outside ASCII can hold them.
        let ascii = line.is_ascii();
        if !ascii {
            let mut previous = ' ';
            for (i, c) in line.char_indices() {
                if let Some(spelt) = ligature(c) {
                    edits.push(Edit {
                        start: s + i,
                        end: s + i + c.len_utf8(),
                        with: spelt.into(),
                    });
                } else if is_invisible(c) || (is_superscript_digit(c) && !previous.is_whitespace())
                {
                    // A footnote's mark in superscript glued to a word (`countries¹`,
                    // `2022)²`) is no part of it.
                    edits.push(Edit { start: s + i, end: s + i + c.len_utf8(), with: "".into() });
                }
                previous = c;
            }
        }
        glued_footnote_numbers(line, s, &mut edits);
        let trimmed = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        if may_be_furniture(trimmed) {
            furniture_lines.push(n);
        }
        if trimmed.as_bytes().first().is_some_and(|b| abbreviation_firsts.contains(b))
            && opens_with_abbreviation(w, trimmed)
        {
            abbreviated.push(n);
        }
        let mut lead = s
            + (line.len()
                - line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}').len());
        // A viewer's page title before the heading of the same resolution in capitals with its
        // edition (`Résolution 32 – Its title … – Résolution 32 1 RÉSOLUTION 32 (Rév. Hammamet,
        // 2016) ...`): furniture, the line read from the heading on.
        // The heading there opens a resolution only where the issuing clause follows on the
        // next line (a viewer's pages repeat the title line above the cover's other lines).
        let clause_next = || {
            lines[n + 1..]
                .iter()
                .map(|&(ns, ne)| text[ns..ne].trim())
                .find(|l| !l.is_empty())
                .is_some_and(|l| issuing_clause(w, l, 0).is_some())
        };
        let page_title = has_citation_word(lead, lead + 1)
            .then(|| page_title_before_heading(w, trimmed))
            .flatten()
            .filter(|_| clause_next());
        let trimmed = match page_title {
            Some(at) => {
                edits.push(Edit { start: lead, end: lead + at, with: "".into() });
                lead += at;
                &trimmed[at..]
            }
            None => trimmed,
        };
        // Furniture: running headers and footers, whole or glued to the first line of a page.
        let mut is_heading_line = false;
        let mut delete_line = |n: usize, edits: &mut Vec<Edit>| {
            delete_whole_line(&lines, n, &mut deleted_line, edits)
        };
        let mut line_after_header: Option<&str> = None;
        let after_feed = line.starts_with('\u{c}')
            || n.checked_sub(1).is_some_and(|m| text[lines[m].0..lines[m].1].ends_with('\u{c}'));
        // Running headers, drafts' headers and headings hold a citation word: a line with none
        // is asked for none of them, unless a character outside ASCII may hide one.
        let may_cite = !ascii || has_citation_word(lead, lead + trimmed.len());
        if !trimmed.is_empty() {
            if let Some((len, number, rest)) =
                may_cite.then(|| running_header(w, trimmed)).flatten()
                && !(rest.is_empty()
                    && (heading_after_page(w, trimmed, heading_number)
                        || Some(number) != heading_number
                            && lines.get(n + 1).is_some_and(|&(ns, ne)| {
                                heading_cut_before_edition(w, trimmed, &text[ns..ne])
                                    == Some(number)
                            })))
            {
                match header_counts.iter_mut().find(|(n, _)| *n == number) {
                    Some((_, count)) => *count += 1,
                    None => header_counts.push((number, 1)),
                }
                let rest_heading = heading(w, rest, 0);
                if rest.is_empty() {
                    delete_line(n, &mut edits);
                    if let Some(m) = page_line.take() {
                        delete_line(m, &mut edits);
                    }
                } else if Some(number) == heading_number
                    || rest_heading.is_some_and(|h| h.number.is_some_and(|n| n.base == number))
                {
                    let title = header_title_len(rest, title_line);
                    // The same resolution's short header again after it, the next page's
                    // (`433 Resolution 402 – Its title <FF>Resolution 402`).
                    let short_again = || {
                        heading(w, rest[title..].trim(), 0).is_some_and(|h| {
                            h.number.is_some_and(|n| n.base == number)
                                && h.edition.is_none()
                                && h.title.is_none()
                        })
                    };
                    if title == 0 && previous_heading_line && rest.starts_with(DASHES)
                        || title > 0 && (rest[title..].trim().is_empty() || short_again())
                    {
                        // `154<TAB>Resolution 32 – Academic institutions` under the heading, or
                        // with the title read there on a later page: a line of furniture.
                        delete_line(n, &mut edits);
                    } else {
                        // The page break before it goes too: the line may go on from the
                        // page before (`Resolution 488 (Minneapolis,` / `1998), ...`).
                        edits.push(Edit { start: s, end: lead + len + title, with: "".into() });
                        after_header[n] = Some(lead + len + title);
                        // What the line holds after the header: under the heading, its title.
                        line_after_header = Some(rest[title..].trim());
                    }
                } else if rest_heading.is_none()
                    && rest.starts_with(DASHES)
                    && let Some(at) = same_heading_in_capitals(w, rest, number)
                {
                    // The page's running title after the header, glued before the heading of
                    // the same resolution (`101 Res. 102 – Its title RESOLUTION 102 (REV. DUBAI,
                    // 2018)`): furniture too.
                    edits.push(Edit { start: s, end: lead + len + at, with: "".into() });
                    after_header[n] = Some(lead + len + at);
                    line_after_header = Some(&rest[at..]);
                } else if rest_heading.is_none() {
                    glued_headers.push((lead, lead + len, number));
                }
                // The last page's header and its title glued before the next resolution's
                // heading (`372 Resolution 180 – Its title Resolution 192 (Rev. Doha, 2026)`).
                let rest_heading =
                    rest_heading.or_else(|| line_after_header.and_then(|r| heading(w, r, 0)));
                is_heading_line = rest_heading.is_some();
                if let Some(h) = rest_heading {
                    // A new resolution: its title is still to be read.
                    if h.number.map(|n| n.base) != heading_number {
                        title_line = None;
                    }
                    heading_number = h.number.map(|n| n.base);
                    heading_edition = edition_key(&h);
                }
            } else if may_cite && draft_running_header(w, trimmed, page_line.is_some()) {
                delete_line(n, &mut edits);
                if let Some(m) = page_line.take() {
                    delete_line(m, &mut edits);
                }
            } else if let Some(h) = may_cite
                .then(|| heading(w, trimmed, 0))
                .flatten()
                .filter(|_| !opens_wrapped_contents_entry(w, text, &lines[n + 1..]))
            {
                // The resolution's own short name again right under its heading, after a page
                // number or a page break, or with its title after a dash: a running header.
                let upper = is_upper_word(trimmed);
                let edition = edition_key(&h);
                let repeated = heading_number.is_some()
                    && heading_number == h.number.map(|n| n.base)
                    && (edition.is_none() || edition == heading_edition)
                    && (previous_heading_line
                        || (!upper && (page_line.is_some() || after_feed || h.title.is_some())));
                if repeated {
                    delete_line(n, &mut edits);
                    if let Some(m) = page_line.take() {
                        delete_line(m, &mut edits);
                    }
                    is_heading_line = previous_heading_line;
                } else {
                    // A new resolution: its title is still to be read.
                    if h.number.map(|n| n.base) != heading_number {
                        title_line = None;
                    }
                    heading_number = h.number.map(|n| n.base);
                    heading_edition = edition.clone();
                    is_heading_line = true;
                    // A page's running header naming this resolution at the end of the line
                    // before (a flowed text given its line breaks back before the heading).
                    if let (Some(number), Some(m)) = (heading_number, n.checked_sub(1))
                        && !deleted_line[m]
                    {
                        let (ps, pe) = lines[m];
                        if let Some((from, to)) = header_ending(w, &text[ps..pe], number) {
                            edits.push(Edit { start: ps + from, end: ps + to, with: "".into() });
                        }
                    }
                }
            } else if let Some((len, h)) =
                may_cite.then(|| page_number_before_heading(w, trimmed)).flatten()
            {
                edits.push(Edit { start: lead, end: lead + len, with: "".into() });
                is_heading_line = true;
                // A new resolution: its title is still to be read.
                if h.number.map(|n| n.base) != heading_number {
                    title_line = None;
                }
                heading_number = h.number.map(|n| n.base);
                heading_edition = edition_key(&h);
            } else if previous_heading_line && is_page_number(w, trimmed) {
                // A page number right under the heading is furniture, not a title.
                delete_line(n, &mut edits);
                is_heading_line = true;
                // Under a short citation alone (`Res. 140` / `331`), with the heading of the
                // same resolution and its edition next (a draft's action line, `MOD`, may stand
                // between): a running header whose page number an extraction put on the next
                // line, furniture too.
                if let Some(m) = n.checked_sub(1)
                    && let Some(number) = lone_citation(w, text[lines[m].0..lines[m].1].trim())
                    && let Some(h) = lines[n + 1..]
                        .iter()
                        .map(|&(ns, ne)| text[ns..ne].trim())
                        .filter(|l| !l.is_empty())
                        .take(2)
                        .find_map(|l| heading(w, l, 0))
                    && h.edition.is_some()
                    && h.number.is_some_and(|h| h.base == number)
                {
                    delete_line(m, &mut edits);
                    is_heading_line = false;
                }
            }
            page_line = (!deleted_line[n] && is_page_number(w, trimmed)).then_some(n);
            if page_line.is_some() && is_lone_page_number(trimmed) {
                page_lines.push(n);
            }
        }
        if previous_heading_line && !is_heading_line && !deleted_line[n] && !trimmed.is_empty() {
            title_line = Some(line_after_header.unwrap_or(trimmed));
        }
        if !deleted_line[n] || is_heading_line {
            previous_heading_line =
                is_heading_line || (previous_heading_line && trimmed.is_empty());
        }
    }
    short_headers(w, text, &mut edits);
    sector_hyphens(text, &mut edits);
    hyphens_before_spaces(w, text, &mut edits);
    sessions_after_titles(w, text, &lines, &abbreviated, &mut deleted_line, &mut edits);
    for &(start, end, number) in &glued_headers {
        if header_counts.iter().any(|&(n, count)| n == number && count >= 2) {
            edits.push(Edit { start, end, with: "".into() });
        }
    }
    repeated_furniture(w, text, &lines, &furniture_lines, &mut deleted_line, &mut edits);
    furniture_found_once(w, text, &lines, &furniture_lines, &mut deleted_line, &mut edits);
    lone_page_numbers(w, text, &lines, &mut deleted_line, &mut edits);
    numbered_page_breaks(w, text, &lines, &page_lines, &mut deleted_line, &mut edits);
    page_breaks_inside_sentences(w, text, &lines, &mut deleted_line, &after_header, &mut edits);
    // Line ends: words cut by hyphenation, wrapped contents entries.
    for (n, pair) in lines.windows(2).enumerate() {
        let ((s, e), (next_s, next_e)) = (pair[0], pair[1]);
        if deleted_line[n] || deleted_line[n + 1] {
            continue;
        }
        let line = text[s..e].trim_end_matches([' ', '\t']);
        let content_end = s + line.len();
        let next = &text[next_s..next_e];
        let next_content = next.trim_start_matches([' ', '\t']);
        let next_start = next_s + (next.len() - next_content.len());
        // A heading whose edition goes on to the next line (`WTSA RESOLUTION 44 (Florianópolis,
        // 2004; Johannesburg, 2008;` / `Dubai, 2012)`): one line.
        // Asked of every line: the cheap tests first (a heading opens with a capital).
        let first_byte = line.bytes().find(|&b| !matches!(b, b' ' | b'\t' | 0x0c));
        if first_byte.is_some_and(|b| b.is_ascii_uppercase() || b >= 0x80)
            && next_content.bytes().take(40).any(|b| b == b')')
            && crate::identity::ends_in_parenthesis(line)
        {
            let first = line.trim_start_matches([' ', '\t', '\u{c}']);
            let first = &first[crate::heading::draft_prefix_len(w, first)..];
            let word = crate::heading::heading_label(w, first).map_or(first, |(after, _)| after);
            if w.may_start_citation_word(word) {
                let joined = format!("{first} {next_content}");
                if heading(w, &joined, 0).is_some_and(|h| h.edition.is_some()) {
                    edits.push(Edit { start: content_end, end: next_start, with: " ".into() });
                    continue;
                }
            }
        }
        // A soft hyphen ends the line where a converter cut a word for the page: one word,
        // whatever its letters (the soft hyphen goes with the other invisible characters).
        if let Some(before) = line.strip_suffix('\u{ad}')
            && before.chars().next_back().is_some_and(char::is_alphanumeric)
            && next_content.chars().next().is_some_and(char::is_alphanumeric)
        {
            edits.push(Edit { start: content_end, end: next_start, with: "".into() });
            continue;
        }
        if let Some(before) = line.strip_suffix(['-', '\u{2010}']) {
            let last = before.chars().next_back();
            let first = next_content.chars().next();
            if let (Some(last), Some(first)) = (last, first)
                && last.is_alphabetic()
                && first.is_alphabetic()
            {
                let hyphen_len = line.len() - before.len();
                // `coordi-` / `nation` is one word; `Secretary-` / `General` keeps its hyphen;
                // a citation word in capitals cut in two (`RESOLU-` / `TION`) is one word.
                let joined = (last.is_lowercase()
                    && first.is_lowercase()
                    && !hyphenated_compound(text, before, next_content))
                    || (last.is_uppercase()
                        && first.is_uppercase()
                        && cut_citation_word(w, before, next_content));
                let from = if joined { content_end - hyphen_len } else { content_end };
                edits.push(Edit { start: from, end: next_start, with: "".into() });
                continue;
            }
        }
    }
    // Contents entries, on one line or wrapped over two or three (the last ends with the page
    // number): furniture, neither citations nor theme evidence of the document they precede.
    let content = |n: usize| -> Option<(usize, usize)> {
        let &(s, e) = lines.get(n)?;
        let line = &text[s..e];
        let trimmed = line.trim_matches([' ', '\t', '\u{c}']);
        (!deleted_line[n] && !trimmed.is_empty()).then(|| {
            let start = s + (line.len() - line.trim_start_matches([' ', '\t', '\u{c}']).len());
            (start, start + trimmed.len())
        })
    };
    let mut n = 0;
    while n < lines.len() {
        let Some((s, e)) = content(n) else {
            n += 1;
            continue;
        };
        let first = &text[s..e];
        if !starts_contents_entry(w, first) {
            n += 1;
            continue;
        }
        let mut last = crate::identity::is_contents_line(first).then_some((n, e));
        if last.is_none() {
            for m in n + 1..(n + MAX_CONTENTS_LINES).min(lines.len()) {
                let Some((ms, me)) = content(m) else { break };
                let next = &text[ms..me];
                // A citation word or a short running header (`RES238<TAB>249`) opens no
                // entry's next line.
                if crate::citation::trigger_word(w, next).is_ok() || short_header(w, next).is_some()
                {
                    break;
                }
                if crate::identity::is_contents_line(next) {
                    last = Some((m, me));
                    break;
                }
                // Dot leaders ending the line, the page number on the next (an ellipsis ending a
                // sentence is not followed by a page number).
                let page = || content(m + 1).filter(|&(ps, pe)| is_page_number(w, &text[ps..pe]));
                if next.ends_with(".....") {
                    last = Some(page().map_or((m, me), |(_, pe)| (m + 1, pe)));
                    break;
                }
                if next.ends_with('\u{2026}')
                    && let Some((_, pe)) = page()
                {
                    last = Some((m + 1, pe));
                    break;
                }
            }
        }
        match last {
            Some((m, end)) => {
                edits.push(Edit { start: s, end, with: "".into() });
                n = m + 1;
            }
            None => n += 1,
        }
    }
    edits.sort_by_key(|e| (e.start, e.end));
    // Edits from the two walks may touch (a carriage return inside a joined line end): keep the
    // first of overlapping ones, merging a carriage return into the join that covers it.
    let mut res: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        match res.last_mut() {
            Some(last) if edit.start < last.end => {
                // The wider edit says what the stretch becomes; of two as wide, the later one
                // (a line end joined rather than a carriage return made a line feed).
                if edit.end - edit.start >= last.end - last.start {
                    last.with = edit.with;
                }
                last.end = last.end.max(edit.end);
            }
            _ => res.push(edit),
        }
    }
    res
}

/// How many lines a contents entry may be wrapped over, its page number's line included.
const MAX_CONTENTS_LINES: usize = 7;

/// A heading's edition as year and conference tag, when it gives a readable one: a running
/// header may leave out `Rev.` or write the place in other capitals.
fn edition_key(h: &crate::heading::Heading<'_>) -> Option<(Option<u16>, Option<String>)> {
    match h.edition {
        Some(crate::edition::EditionOutcome::Read(raw)) => {
            Some((raw.year, raw.tag.map(str::to_uppercase)))
        }
        _ => None,
    }
}

/// Whether the line before `next` opens a contents entry wrapped over the next one: the next line
/// goes on with the entry's title, no citation word or running header opening it, and ends with
/// its page number (`Resolution 21 (Rev. Dubai, 2018) – Measures concerning ...` /
/// `international telecommunication networks ...... 1`). Such a line names no heading.
fn opens_wrapped_contents_entry(w: &Words, text: &str, next: &[(usize, usize)]) -> bool {
    let Some(&(s, e)) = next.first() else { return false };
    let line = text[s..e].trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    !line.is_empty()
        && crate::identity::is_contents_line(line)
        && crate::citation::trigger_word(w, line).is_err()
        && short_header(w, line).is_none()
}

/// Whether a line starts like a table-of-contents entry: a citation word.
fn starts_contents_entry(w: &Words, line: &str) -> bool {
    w.may_start_citation_word(line) && citation(w, line).is_ok()
}

/// A compilation of the Council's resolutions that prints the session after the title, on a
/// line of its own (`R 741` / title / `(C-1974, last amended C-1984)`): the session goes up to
/// the heading's line, where a compilation's heading has it (`R 741 (C-1974, ...)`). The heading
/// is the letter of the vocabulary's `heading_abbreviations` and a number alone on its line; the
/// session, a conference tag in parentheses alone on one of the next three lines. `candidates`
/// are the lines that open with the first letter of such a word.
fn sessions_after_titles(
    w: &Words,
    text: &str,
    lines: &[(usize, usize)],
    candidates: &[usize],
    deleted_line: &mut [bool],
    edits: &mut Vec<Edit>,
) {
    for &n in candidates {
        let (s, e) = lines[n];
        let line = text[s..e].trim_end();
        let trimmed = line.trim_start_matches([' ', '\t', '\u{c}']);
        let Ok((rest, ())) = w.compiled_abbreviations.one_of(trimmed) else { continue };
        let rest = rest.trim_start_matches([' ', '\t']);
        let Ok((after, _)) = crate::citation::number(rest, true) else { continue };
        if !after.trim().is_empty() {
            continue;
        }
        let session = lines[n + 1..]
            .iter()
            .enumerate()
            .filter(|&(_, &(ls, le))| !text[ls..le].trim().is_empty())
            .take(3)
            .find_map(|(k, &(ls, le))| {
                let tag_line = text[ls..le].trim();
                match crate::edition::edition(w, tag_line) {
                    Ok((tail, crate::edition::EditionOutcome::Read(raw)))
                        if raw.tag.is_some() && tail.trim().is_empty() =>
                    {
                        Some((n + 1 + k, tag_line))
                    }
                    _ => None,
                }
            });
        if let Some((m, tag_line)) = session
            && !deleted_line[m]
        {
            edits.push(Edit {
                start: s + line.len(),
                end: s + line.len(),
                with: format!(" {tag_line}").into(),
            });
            delete_whole_line(lines, m, deleted_line, edits);
        }
    }
}

/// Whether `line` ends with a citation word and nothing after it (`... of Resolution`), its
/// number on a line further on.
fn ends_with_citation_word(w: &Words, line: &str) -> bool {
    line.rsplit(char::is_whitespace).next().is_some_and(|word| {
        crate::citation::trigger_word(w, word).is_ok_and(|(rest, _)| rest.is_empty())
    })
}

/// Takes line `n` out with its line break, so that what a page broke goes on (a citation cut
/// by a page's furniture), and marks it deleted.
fn delete_whole_line(
    lines: &[(usize, usize)],
    n: usize,
    deleted_line: &mut [bool],
    edits: &mut Vec<Edit>,
) {
    deleted_line[n] = true;
    let end = lines.get(n + 1).map_or(lines[n].1, |next| next.0);
    edits.push(Edit { start: lines[n].0, end, with: "".into() });
}

/// The words of line `n` of `text`, without the blanks and form feeds around them.
#[inline]
fn trimmed_line<'a>(text: &'a str, lines: &[(usize, usize)], n: usize) -> &'a str {
    let (s, e) = lines[n];
    text[s..e].trim_matches(|c: char| c.is_whitespace() || c == '\u{c}')
}

/// How many times a line must come back, its digits aside, to be a page's furniture.
const MIN_FURNITURE_REPEATS: usize = 3;

/// The longest line, in bytes, read as a page's furniture of words the parser does not know.
const MAX_FURNITURE_LINE: usize = 120;

/// The fewest lines from one page's furniture to the next.
const MIN_PAGE_LINES: usize = 4;

/// Page furniture of any words, as a browser, a word processor or a book prints it on every page
/// with the page's number or the date (`12/6/26, 3:19 PM<TAB>Resolution 70 - ITU`,
/// `PP-18/45-E<TAB>3`, `© ITU 2018<TAB>4`, `Final Acts of the Plenipotentiary Conference (Dubai,
/// 2018)<TAB>101`): a line opening or ending with a digit, of 120 bytes at most, with a letter,
/// that comes back three times or more, its digits aside and its blanks as one space, at least
/// four lines apart each time, its digits changing from one to the next (a page's number) or a
/// tab or two spaces between its parts (a header's left and right, no item); or twice with both,
/// one number only changing, by one or two (two pages of a short text). None of them is a
/// heading, an issuing clause, a clause word, an annex's line, a draft's action line, a line
/// naming a study group's Question, Working Party or group, an item whose text opens in lower
/// case, or a line ending with a comma, a semicolon, a colon or a full stop: a resolution's or a
/// study document's own lines that a compilation repeats from one to the next. Each such line
/// goes with its line break.
fn repeated_furniture(
    w: &Words,
    text: &str,
    lines: &[(usize, usize)],
    candidates: &[usize],
    deleted_line: &mut [bool],
    edits: &mut Vec<Edit>,
) {
    if candidates.len() < 2 {
        return;
    }
    let trimmed = |n: usize| trimmed_line(text, lines, n);
    let mut keyed: Vec<(u64, usize)> = candidates
        .iter()
        .filter(|&&n| !deleted_line[n])
        .map(|&n| (furniture_key(trimmed(n)), n))
        .collect();
    keyed.sort_unstable();
    for run in keyed.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 || run.windows(2).any(|pair| pair[1].1 - pair[0].1 < MIN_PAGE_LINES) {
            continue;
        }
        // A page's number that changes from page to page, or a wide gap between the page's
        // parts (a header's left and right), a line of the text's own has neither. A line
        // found twice only has both, its page's number the next one or the one after.
        let line = trimmed(run[0].1);
        let digits = |n: usize| trimmed(n).bytes().filter(u8::is_ascii_digit).collect::<Vec<u8>>();
        let numbered = run.iter().any(|&(_, n)| digits(n) != digits(run[0].1));
        let gap =
            (line.contains('\t') || line.contains("  ")) && !crate::clause::is_item_marker(line);
        let furniture = if run.len() >= MIN_FURNITURE_REPEATS {
            numbered || gap
        } else {
            gap && next_page(line, trimmed(run[1].1))
        };
        // A heading whose edition went on to the next line ends no line of furniture.
        let cut_heading = |n: usize| {
            lines.get(n + 1).is_some_and(|&(ns, ne)| {
                heading_cut_before_edition(w, trimmed(n), &text[ns..ne]).is_some()
            })
        };
        if !furniture || !reads_as_furniture(w, line) || run.iter().any(|&(_, n)| cut_heading(n)) {
            continue;
        }
        for &(_, n) in run {
            delete_whole_line(lines, n, deleted_line, edits);
        }
    }
}

/// Whether the numbers of `second` are those of `first`, the same line on a later page, but one
/// that is one or two more: the page's number.
fn next_page(first: &str, second: &str) -> bool {
    let numbers = |line: &str| -> Vec<u64> {
        line.split(|c: char| !c.is_ascii_digit())
            .filter(|run| !run.is_empty() && run.len() <= 6)
            .filter_map(|run| run.parse().ok())
            .collect()
    };
    let (a, b) = (numbers(first), numbers(second));
    let changed: Vec<(u64, u64)> =
        a.iter().zip(&b).filter(|(x, y)| x != y).map(|(&x, &y)| (x, y)).collect();
    a.len() == b.len()
        && matches!(changed.as_slice(), [(x, y)] if (1..=2).contains(&y.wrapping_sub(*x)))
}

/// A line's key as page furniture: its words, each run of digits as one and each run of blanks
/// as one space, hashed (FNV-1a: the same key on every run and machine).
fn furniture_key(line: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut previous = b'a';
    for &b in line.as_bytes() {
        let b = match b {
            b'0'..=b'9' => b'0',
            b' ' | b'\t' => b' ',
            _ => b,
        };
        if !(b == previous && matches!(b, b'0' | b' ')) {
            hash = (hash ^ u64::from(b)).wrapping_mul(PRIME);
        }
        previous = b;
    }
    hash
}

/// Whether a trimmed line may be a page's furniture of any words: it opens or ends with a digit,
/// holds a letter, is no longer than such furniture, and is no operative item.
fn may_be_furniture(line: &str) -> bool {
    let bytes = line.as_bytes();
    (bytes.first().is_some_and(u8::is_ascii_digit) || bytes.last().is_some_and(u8::is_ascii_digit))
        && line.len() <= MAX_FURNITURE_LINE
        && !opens_lower_item(bytes)
        && line.contains(char::is_alphabetic)
}

/// Whether `line` is a browser's printed footer: a web address alone (`https://`, `http://`,
/// `www.`, no space in it) and the page's number after it, the count of pages or not
/// (`https://www.itu.int/.../res70.aspx<TAB>2/5`).
fn is_address_footer(line: &str) -> bool {
    if !["https://", "http://", "www."].iter().any(|scheme| line.starts_with(scheme)) {
        return false;
    }
    let Some((address, page)) = line.split_once(char::is_whitespace) else { return false };
    let page = page.trim();
    let (number, count) = page.split_once('/').unwrap_or((page, "1"));
    let digits = |t: &str| (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    address.len() > 8 && digits(number) && digits(count)
}

/// Whether `line` opens with a number and a blank, then a small letter: an operative item
/// (`1<TAB>to report ...`), never furniture; told from its first bytes.
fn opens_lower_item(line: &[u8]) -> bool {
    let digits = line.iter().take_while(|b| b.is_ascii_digit()).count();
    let blanks = line[digits..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    digits > 0 && blanks > 0 && line.get(digits + blanks).is_some_and(u8::is_ascii_lowercase)
}

/// Whether a line that comes back on page after page may be furniture: no line a resolution
/// holds (see [`repeated_furniture`]).
fn reads_as_furniture(w: &Words, line: &str) -> bool {
    let lower_item = crate::clause::is_item_marker(line)
        && line
            .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | '.'))
            .trim_start()
            .starts_with(char::is_lowercase);
    !line.ends_with([',', ';', ':', '.'])
        && !lower_item
        && heading(w, line, 0).is_none()
        && issuing_clause(w, line, 0).is_none()
        && crate::clause::clause_word(w, line).is_none()
        && !crate::structure::is_annex_line(w, line)
        && crate::heading::action_line(w, line).is_none()
        && crate::study::mentions(w, line, (0, line.len())).is_empty()
}

/// The longest line, in bytes, read as a page's number after a page word (`Página 123 de 456`).
const MAX_WORDED_PAGE_LINE: usize = 40;

/// A page's number alone on its line: after a page word, furniture wherever it stands (`Page 2`,
/// `Page 2 of 3`); a number only, furniture between a citation word ending the line before and
/// the resolution's number opening the line after (`Resolution` / `89` / `255 (Geneva,
/// 1992) of this Conference`; the number is a citation's, not an item's: an edition, an
/// attribution, a list, the sentence's words or the end of the clause follow it), inside an
/// edition (`(Rev. Geneva,` / `225` / `1996) of ...`, `(Rev.` / `187` / `Antalya, 2006)`), or
/// after an item ending on a comma, before the next clause word or a blank line.
fn lone_page_numbers(
    w: &Words,
    text: &str,
    lines: &[(usize, usize)],
    deleted_line: &mut [bool],
    edits: &mut Vec<Edit>,
) {
    let kept = |n: usize| {
        let t = text[lines[n].0..lines[n].1].trim();
        (!deleted_line[n] && !t.is_empty()).then_some(t)
    };
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    for n in 1..lines.len().saturating_sub(1) {
        // Most lines are ruled out on their first byte.
        let (s, e) = lines[n];
        let line = &bytes[s..e];
        let first = line.iter().find(|b| !matches!(b, b' ' | b'\t' | 0x0c));
        let last = line.iter().rfind(|b| !matches!(b, b' ' | b'\t' | b'\r' | 0x0c));
        // A page word before the number (`Page 2`, `Page 2 of 3`) makes the line furniture
        // wherever it stands.
        let worded = first.is_some_and(u8::is_ascii_uppercase)
            && last.is_some_and(u8::is_ascii_digit)
            && line.len() <= MAX_WORDED_PAGE_LINE;
        if !worded
            && (!first.is_some_and(|&b| b.is_ascii_digit() || b == b'-')
                || !last.is_some_and(|&b| b.is_ascii_digit() || b == b'-'))
        {
            continue;
        }
        let Some(line) = kept(n) else { continue };
        if !crate::identity::is_page_number(w, line) {
            continue;
        }
        if worded && w.page_words.iter().any(|p| crate::pieces::phrase(line, p).is_ok()) {
            found.push(n);
            continue;
        }
        let Some(before) = (0..n).rev().find_map(&kept) else { continue };
        let Some(after) = (n + 1..lines.len()).find_map(&kept) else { continue };
        let ends_with_citation_word = ends_with_citation_word(w, before);
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let follows = &after[digits..];
        let number_goes_on = (1..=4).contains(&digits)
            && (follows.is_empty()
                || follows.starts_with([',', ';', '.'])
                || [" (", " of ", " and ", " de ", " del ", " y ", " et "]
                    .iter()
                    .any(|next| follows.starts_with(next))
                // The sentence going on (`753 submitted to ...`); an item's label is followed by
                // a tab.
                || follows.strip_prefix(' ').is_some_and(|f| f.starts_with(char::is_lowercase)));
        // Inside an edition the line before opened, its year and closing parenthesis after, or
        // its place (`(Rev.` / `187` / `Antalya, 2006)`).
        let closes = || after.find(')').is_some_and(|close| !after[..close].contains('('));
        let inside_edition = crate::identity::ends_in_parenthesis(before)
            && (digits == 4 && follows.starts_with(')')
                || after.starts_with(char::is_uppercase) && closes());
        // After an item ending on a comma or a semicolon, before a blank line or the next clause
        // word: between two clauses.
        let next_blank = text[lines[n + 1].0..lines[n + 1].1].trim().is_empty();
        let between_clauses = before.ends_with([',', ';'])
            && (crate::clause::clause_word(w, after).is_some()
                // Not above a page's running title or a heading: the page's furniture is read
                // with them.
                || next_blank && crate::citation::trigger_word(w, after).is_err());
        if ends_with_citation_word && number_goes_on || inside_edition || between_clauses {
            found.push(n);
        }
    }
    for n in found {
        delete_whole_line(lines, n, deleted_line, edits);
    }
}

/// The most digits of a page's number alone on its line with no dashes around it: a number of
/// four is more likely a year.
const MAX_BARE_PAGE_DIGITS: usize = 3;

/// Whether a trimmed line that is a page's number is one alone, as [`numbered_page_breaks`] reads
/// it: between dashes, or three digits at most with none.
fn is_lone_page_number(line: &str) -> bool {
    let bare = line.bytes().all(|b| b.is_ascii_digit());
    bare && (1..=MAX_BARE_PAGE_DIGITS).contains(&line.len())
        || dashed_page(line).is_some_and(|end| end == line.len())
}

/// How far from a page's number, in lines, the lines around it are looked for (blank lines and
/// furniture taken out aside).
const MAX_BREAK_LINES: usize = 8;

/// The longest running title with no number, in bytes, read as furniture where it stands once
/// only.
const MAX_LONE_RUNNING_TITLE: usize = 80;

/// Page breaks as a text extractor copies a printed PDF: the page's number alone on its line
/// (`- 101 -`, `-101-`, or `101`, three digits at most, with no dashes) and, next to it before or
/// after (eight lines away at most, blank lines and furniture aside), the book's running title
/// with no number (`Final Acts of the Plenipotentiary Conference`): a line opening with a
/// capital, of 120 bytes at most, ending no sentence or clause, that reads as furniture (see
/// [`reads_as_furniture`]), no item and no page number. Where the text runs on across the break
/// (see [`runs_on`]: inside the title, a citation, an item or a clause), or the line after it
/// opens a part (the issuing clause, a clause word, an item), the page's number and its running
/// title go; a running title found next to a page's number twice or more goes wherever it
/// stands, and one found once only where the text runs on and it reads as a running title (no
/// comma, no citation word, 80 bytes at most, every word of four letters or more capitalised). A
/// number after a line ending with a citation word, the next line not opening with a number, is
/// that citation's (`Resolution` / `101` / `(Rev. Dubai, 2018)`) and stays, and so does one with
/// no dashes after a conjunction or before a parenthesis (`Resolutions 30 and` / `37` /
/// `(Istanbul, 2002)`), and one before another page's number (a column of numbers).
fn numbered_page_breaks(
    w: &Words,
    text: &str,
    lines: &[(usize, usize)],
    pages: &[usize],
    deleted_line: &mut [bool],
    edits: &mut Vec<Edit>,
) {
    let trimmed = |n: usize| trimmed_line(text, lines, n);
    let kept = |deleted: &[bool], n: usize| !deleted[n] && !trimmed(n).is_empty();
    // The page numbers alone on their lines that no earlier pass took out.
    let pages: Vec<usize> = pages.iter().copied().filter(|&n| !deleted_line[n]).collect();
    if pages.is_empty() {
        return;
    }
    let header_like = |line: &str| {
        line.len() <= MAX_FURNITURE_LINE
            && line.starts_with(char::is_uppercase)
            && !line.ends_with([',', ';', ':', '.'])
            && !crate::clause::is_item_marker(line)
            && !crate::identity::is_page_number(w, line)
            && reads_as_furniture(w, line)
    };
    // The nearest kept line before or after a line, a few lines away at most.
    let next_kept = |deleted: &[bool], from: usize, up: bool| -> Option<usize> {
        if up {
            (from.saturating_sub(MAX_BREAK_LINES)..from).rev().find(|&m| kept(deleted, m))
        } else {
            (from + 1..lines.len().min(from + 1 + MAX_BREAK_LINES)).find(|&m| kept(deleted, m))
        }
    };
    // The lines next to a page's number that may be its running title.
    let titles = |deleted: &[bool], p: usize| -> [Option<usize>; 2] {
        [false, true].map(|up| next_kept(deleted, p, up).filter(|&m| header_like(trimmed(m))))
    };
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for &p in &pages {
        for m in titles(deleted_line, p).into_iter().flatten() {
            *counts.entry(trimmed(m)).or_default() += 1;
        }
    }
    let count = |line: &str| counts.get(line).copied().unwrap_or(0);
    let reads_as_running_title = |line: &str| {
        line.len() <= MAX_LONE_RUNNING_TITLE
            && !line.contains(',')
            && !w.may_start_citation_word(line)
            && line.split_whitespace().all(|word| {
                word.chars().filter(|c| c.is_alphabetic()).count() < 4
                    || word.starts_with(|c: char| c.is_uppercase())
            })
            && !line.split_whitespace().any(|word| crate::citation::trigger_word(w, word).is_ok())
    };
    for &p in &pages {
        if deleted_line[p] {
            continue;
        }
        // The running title standing next to this page's number and known as one.
        let title = titles(deleted_line, p)
            .into_iter()
            .flatten()
            .find(|&m| count(trimmed(m)) >= 2 || reads_as_running_title(trimmed(m)));
        let repeated = title.is_some_and(|m| count(trimmed(m)) >= 2);
        let (first, last) = match title {
            Some(m) => (p.min(m), p.max(m)),
            None => (p, p),
        };
        let before = next_kept(deleted_line, first, true);
        let after = next_kept(deleted_line, last, false);
        let (Some(before), Some(after)) = (before, after) else {
            if repeated && let Some(m) = title {
                delete_whole_line(lines, m, deleted_line, edits);
            }
            continue;
        };
        let (before_text, after_text) = (trimmed(before), trimmed(after));
        // A number with no dashes may be a citation's: after its citation word, the next line not
        // opening with a number; after a conjunction (`Resolutions 30 and` / `37`); or before
        // an edition (`37` / `(Istanbul, 2002)`).
        let bare = trimmed(p).bytes().all(|b| b.is_ascii_digit());
        let last_word = before_text.rsplit(' ').next().unwrap_or_default();
        let citation_number = ends_with_citation_word(w, before_text)
            && !after_text.starts_with(|c: char| c.is_ascii_digit())
            || bare
                && (after_text.starts_with('(')
                    || w.conjunctions.contains(&crate::vocabulary::folded(last_word)));
        // A column of numbers is no page break: the line after is no page's number.
        let across = !citation_number
            && !is_lone_page_number(after_text)
            && (runs_on(w, before_text, Some(after_text)) || opens_part(w, after_text));
        if across {
            delete_whole_line(lines, p, deleted_line, edits);
        }
        if let Some(m) = title
            && (repeated || across)
        {
            delete_whole_line(lines, m, deleted_line, edits);
        }
    }
}

/// A page break inside a sentence: once its running headers and page numbers are gone, the
/// blank lines around them go too, so that the sentence runs on over one line break
/// (`Resolution 174` / headers / `(Guadalajara, 2010) of the Plenipotentiary Conference;`).
/// Only where the line before does not end a sentence or an item and the line after opens in
/// lower case or with a parenthesis, or where the line before ends inside a parenthesis or is a
/// draft's action line. A running header glued to the start of the line after (its words from
/// `after_header`) is furniture too.
fn page_breaks_inside_sentences(
    w: &Words,
    text: &str,
    lines: &[(usize, usize)],
    deleted_line: &mut [bool],
    after_header: &[Option<usize>],
    edits: &mut Vec<Edit>,
) {
    // Most texts have no furniture line at all.
    if !deleted_line.contains(&true) && after_header.iter().all(Option::is_none) {
        return;
    }
    let blank = |n: usize| text[lines[n].0..lines[n].1].trim().is_empty();
    let mut n = 0;
    while n < lines.len() {
        // A run of deleted and blank lines holding at least one deleted line, after a kept one.
        if n == 0 || !deleted_line[n] && !blank(n) || deleted_line[n - 1] || blank(n - 1) {
            n += 1;
            continue;
        }
        let mut end = n;
        let mut furniture = false;
        while end < lines.len() && (deleted_line[end] || blank(end)) {
            furniture |= deleted_line[end];
            end += 1;
        }
        furniture |= after_header.get(end).is_some_and(Option::is_some);
        // The words of the line after, a running header glued to its start left out.
        let next_words = lines.get(end).map(|&(s, e)| {
            let from = after_header[end].unwrap_or(s).min(e);
            text[from..e].trim_start()
        });
        let before = text[lines[n - 1].0..lines[n - 1].1].trim_end();
        if furniture && runs_on(w, before, next_words) {
            for m in n..end {
                if !deleted_line[m] {
                    delete_whole_line(lines, m, deleted_line, edits);
                }
            }
        }
        n = end.max(n + 1);
    }
}

/// Whether the text runs on from the line `before` a page break to the words `next` after it:
/// inside a parenthesis the line opened, whatever ends the line or opens the next (`(Rev.` /
/// `Johannesburg, 2008) of ...`); after a draft's action line, marking the heading on the next
/// page (`ADD` / furniture / `DRAFT NEW RESOLUTION [AFR-1]`); from a line ending no sentence or
/// clause to words going on in lower case or with a parenthesis, no item; from a citation word
/// ending the line to its number opening the next page (`Resolution` / furniture / `136 of
/// WTSA`).
fn runs_on(w: &Words, before: &str, next: Option<&str>) -> bool {
    crate::identity::ends_in_parenthesis(before)
        || crate::heading::action_line(w, before.trim_start()).is_some_and(|a| a.action.is_some())
        || !before.ends_with(['.', ';', ':', ',', '!', '?'])
            && next.is_some_and(|l| {
                l.starts_with(|c: char| c.is_lowercase() || c == '(')
                    && !crate::clause::is_item_marker(l)
            })
        || next.is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()))
            && ends_with_citation_word(w, before)
}

/// The fewest digits of a page's number opening a line of furniture found once: fewer may be an
/// item's number (`12<TAB>Member States to ...`).
const MIN_OPENING_PAGE_DIGITS: usize = 3;

/// Page furniture of any words found once only (a text of two pages), where the page broke
/// inside a sentence (`... promotion of gender equality and the` / `Final Acts of the
/// Plenipotentiary Conference (Dubai, 2018)<TAB>102` / `empowerment of women ...`) or between the
/// parts of the resolution: a line that may be furniture (see [`repeated_furniture`]) with a tab
/// or two spaces between its parts, the first letter of each a capital, no item (a page's number
/// of three digits or more may open it) and no citation word ending it, between two lines the
/// text runs on across (see [`runs_on`]) or before the issuing clause, a clause word or an item,
/// blank lines aside. A line of the text has no such gap there. It goes with its line break.
fn furniture_found_once(
    w: &Words,
    text: &str,
    lines: &[(usize, usize)],
    candidates: &[usize],
    deleted_line: &mut [bool],
    edits: &mut Vec<Edit>,
) {
    let trimmed = |n: usize| trimmed_line(text, lines, n);
    for &n in candidates {
        let line = trimmed(n);
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let opening_page =
            digits >= MIN_OPENING_PAGE_DIGITS && line[digits..].starts_with([' ', '\t']);
        // A part after a gap opening in lower case is a text's (`345 Res. ITU-R 12 e)<TAB>the
        // report on ...`: a header glued before an item).
        let parts_open_in_capitals = || {
            line.split(['\t'])
                .flat_map(|part| part.split("  "))
                .filter_map(|part| part.trim().chars().find(|c| c.is_alphabetic()))
                .all(char::is_uppercase)
        };
        if deleted_line[n]
            || !(line.contains('\t') || line.contains("  "))
            || !opening_page && crate::clause::is_item_marker(line)
            || !parts_open_in_capitals()
            || ends_with_citation_word(w, line)
        {
            continue;
        }
        // The nearest lines of the text around it, blank lines aside.
        let blank = |m: usize| trimmed(m).is_empty();
        let Some(above) = (0..n).rev().find(|&m| !blank(m)) else { continue };
        let Some(below) = (n + 1..lines.len()).find(|&m| !blank(m)) else { continue };
        let next = trimmed(below);
        if deleted_line[above]
            || deleted_line[below]
            || !(runs_on(w, text[lines[above].0..lines[above].1].trim_end(), Some(next))
                || opens_part(w, next))
            || !reads_as_furniture(w, line)
        {
            continue;
        }
        delete_whole_line(lines, n, deleted_line, edits);
    }
}

/// Whether `line` opens a part of a resolution: its issuing clause, a clause word or an item.
fn opens_part(w: &Words, line: &str) -> bool {
    crate::clause::is_item_marker(line)
        || crate::clause::clause_word(w, line).is_some()
        || issuing_clause(w, line, 0).is_some()
}

/// Whether the last word of `before` and the first word of `after` make a citation word
/// (`RESOLU` and `TION 50`).
fn cut_citation_word(w: &Words, before: &str, after: &str) -> bool {
    let head_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let head = &before[head_start..];
    let word = format!("{head}{after}");
    w.may_start_citation_word(&word) && crate::citation::trigger_word(w, &word).is_ok()
}

/// The number of the one resolution a short citation alone on `line` names (`Res. 140`): no
/// edition, no attribution.
fn lone_citation(w: &Words, line: &str) -> Option<u32> {
    if !w.may_start_citation_word(line) {
        return None;
    }
    let (rest, raw) = citation(w, line).ok()?;
    (rest.trim().is_empty()
        && raw.items.len() == 1
        && raw.items[0].edition.is_none()
        && raw.attribution.is_none())
    .then(|| raw.items[0].number.base)
}

/// A running header or footer at the start of a line: a page number and one resolution's short
/// citation, in either order, separated by a tab or spaces (`Res. 146<TAB>107`, `107 Res. 146`).
/// Gives its length (with the spaces after it), the resolution's number and what follows.
fn running_header<'a>(w: &Words, line: &'a str) -> Option<(usize, u32, &'a str)> {
    let page = |t: &'a str| -> Option<&'a str> {
        let token_end = dashed_page(t).unwrap_or_else(|| t.find(['\t', ' ']).unwrap_or(t.len()));
        (token_end > 0 && is_page_number(w, &t[..token_end])).then(|| &t[token_end..])
    };
    let spaces = |t: &'a str| t.trim_start_matches([' ', '\t', '\u{a0}']);
    let (page_before, rest) = match page(line) {
        Some(after) if after.starts_with([' ', '\t']) => (true, spaces(after)),
        _ => (false, line),
    };
    let rest = after_conference_tag(rest);
    if !w.may_start_citation_word(rest) {
        return None;
    }
    // A page number between dashes right after the number, ending the line, after a page
    // number (`157 Res. 36 - 43 -`): the footer's, not a range's end.
    if page_before && let Ok((after_word, _)) = crate::citation::trigger_word(w, rest) {
        let number = spaces(after_word);
        let digits = number.bytes().take_while(u8::is_ascii_digit).count();
        let tail = spaces(&number[digits..]);
        if (1..=4).contains(&digits)
            && number.len() > digits
            && dashed_page(tail).is_some_and(|end| tail[end..].trim().is_empty())
        {
            return Some((line.len(), number[..digits].parse().ok()?, ""));
        }
    }
    let (after, raw) = citation(w, rest).ok()?;
    if raw.items.len() != 1 || raw.attribution.is_some() {
        return None;
    }
    // The citation ends the header, or a page number does, possibly after the title
    // (`Resolution 23 – Testing laboratories    125`).
    let after_spaces = spaces(after);
    if !page_before && after_spaces.starts_with(DASHES) && dashed_page(after_spaces).is_none() {
        let gap = after_spaces.rfind(['\t', ' '])?;
        let (title, page_number) = (&after_spaces[..gap], &after_spaces[gap + 1..]);
        let wide = title.ends_with([' ', '\t']) || after_spaces[gap..].starts_with('\t');
        return (wide && is_page_number(w, page_number)).then_some((
            line.len(),
            raw.items[0].number.base,
            "",
        ));
    }
    let (page_after, rest) = match page(after_spaces) {
        Some(tail) if !page_before && after_spaces.len() < after.len() => (true, spaces(tail)),
        _ => (false, after_spaces),
    };
    if !(page_before || page_after) {
        return None;
    }
    if page_before && !rest.is_empty() && after_spaces.len() == after.len() {
        return None;
    }
    Some((line.len() - rest.len(), raw.items[0].number.base, rest))
}

/// A running header naming a draft by its label in brackets or by a committee's symbol or
/// counter, whole on `line`: a page number and an abbreviated citation word with the label, in
/// either order (`101<TAB>Res. [AFR-1]`, `Res. [COM 5/4]  102`, `101<TAB>Res. GT-PLEN/7`,
/// `Res. COMB-1  3`), or the label alone `after_page`, under a page number on the line above
/// (`– 57 –` / `Res. [SEN-1]`).
fn draft_running_header(w: &Words, line: &str, after_page: bool) -> bool {
    // Asked of every line: a header opens with a page number or a capital and ends with one or
    // with the label's bracket, and a label in brackets or a symbol with a slash or a dash is
    // rare.
    let bytes = line.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else { return false };
    if !(first.is_ascii_digit() || first.is_ascii_uppercase())
        || !(last.is_ascii_digit() || last == b']')
        || memchr::memchr3(b'[', b'/', b'-', bytes).is_none()
    {
        return false;
    }
    let first_end = line.find([' ', '\t']).unwrap_or(line.len());
    let page_before = first_end < line.len() && is_page_number(w, &line[..first_end]);
    let rest = if page_before {
        line[first_end..].trim_start_matches([' ', '\t', '\u{a0}'])
    } else {
        line
    };
    // The citation word is abbreviated, as a header's is (`Res.`), not a heading's.
    if !rest.split([' ', '\t']).next().is_some_and(|word| word.ends_with('.')) {
        return false;
    }
    let Ok((after, (label, None))) = crate::heading::draft_id(w, rest) else { return false };
    let bracketed = rest[..rest.len() - after.len()].trim_end().ends_with(']');
    let after = after.trim();
    (bracketed || label.contains(['/', '-']))
        && !label.is_empty()
        && if page_before || after_page && after.is_empty() {
            after.is_empty()
        } else {
            is_page_number(w, after)
        }
}

/// `text` after the conference a printed Final Acts' running header names before the
/// resolution, a tag and a dash (`WTDC-10 – Res. 38`), or all of `text`.
fn after_conference_tag(text: &str) -> &str {
    // Asked of every line: a tag opens with two capitals.
    if !matches!(text.as_bytes(), [a, b, ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase()) {
        return text;
    }
    let Some(space) = text.find(' ') else { return text };
    if !crate::edition::conference_tag(&text[..space]).is_ok_and(|(rest, _)| rest.is_empty()) {
        return text;
    }
    let rest = text[space..].trim_start_matches([' ', '\t', '\u{a0}']);
    match rest.strip_prefix(DASHES) {
        Some(after) => after.trim_start_matches([' ', '\t', '\u{a0}']),
        None => text,
    }
}

/// A running header for the resolution numbered `number` ending `line` after other words (`...
/// networks; Res. 31 249`, `... conferences, 261 Res. 36`): the byte range it takes, with the
/// spaces before it.
fn header_ending(w: &Words, line: &str, number: u32) -> Option<(usize, usize)> {
    let line = line.trim_end();
    // A header holds a page number and a short citation: at most five words (`– 968 – Res.
    // 174`), read in the line's last bytes only, so that a long line is not walked again for
    // each heading on it.
    let tail = floor_boundary(line, line.len().saturating_sub(MAX_HEADER_LEN));
    let word_starts = line[tail..]
        .char_indices()
        .map(|(i, c)| (tail + i, c))
        .filter(|&(i, c)| !c.is_whitespace() && line[..i].ends_with(char::is_whitespace))
        .map(|(i, _)| i);
    let starts: Vec<usize> = word_starts.collect();
    starts.iter().rev().take(5).find_map(|&i| {
        let (len, n, rest) = running_header(w, &line[i..])?;
        (n == number && rest.is_empty() && i + len == line.len())
            .then(|| (line[..i].trim_end().len(), line.len()))
    })
}

/// The most bytes a running header before a heading takes: five short words.
const MAX_HEADER_LEN: usize = 120;

/// A running header's short name glued to the resolution's number at the start of `text`, as
/// printed Final Acts give it: `RES647`, `RES647-1` (with the page) or `RES646 – 361 –` (with the
/// page between dashes). Gives its length and whether it holds the page number.
fn short_header(w: &Words, text: &str) -> Option<(usize, bool)> {
    let name = w.header_names.iter().find(|n| text.starts_with(n.as_str()))?;
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let spaces = |t: &str| t.len() - t.trim_start_matches([' ', '\t', '\u{a0}']).len();
    let ends_word = |t: &str| t.chars().next().is_none_or(|c| !c.is_alphanumeric());
    let number = digits(&text[name.len()..]);
    if !(1..=4).contains(&number) {
        return None;
    }
    let end = name.len() + number;
    let after = &text[end..];
    if let Some(page) = after.strip_prefix('-') {
        let page_len = digits(page);
        return ((1..=4).contains(&page_len) && ends_word(&page[page_len..]))
            .then_some((end + 1 + page_len, true));
    }
    if !ends_word(after) {
        return None;
    }
    // `– 361 –`
    let dashed = (|| {
        let mut at = spaces(after);
        at += after[at..].strip_prefix(DASHES).map(|r| after[at..].len() - r.len())?;
        at += spaces(&after[at..]);
        let page_len = digits(&after[at..]);
        (1..=4).contains(&page_len).then_some(())?;
        at += page_len;
        at += spaces(&after[at..]);
        let rest = after[at..].strip_prefix(DASHES)?;
        Some(after.len() - rest.len())
    })();
    Some(match dashed {
        Some(len) => (end + len, true),
        None => (end, false),
    })
}

/// The one resolution the short running headers of a text name (`RES647 – 368 –`, `RES647-2`),
/// where every one names the same, and where the first stands: the resolution a page without
/// its heading belongs to.
pub(crate) fn page_header(w: &Words, text: &str) -> Option<(u32, Span)> {
    let mut found: Option<(u32, Span)> = None;
    for name in &w.header_names {
        for at in memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()) {
            if text[..at].chars().next_back().is_some_and(|c| !c.is_whitespace())
                || short_header(w, &text[at..]).is_none()
            {
                continue;
            }
            let digits = &text[at + name.len()..];
            let len = digits.bytes().take_while(u8::is_ascii_digit).count();
            let number: u32 = digits[..len].parse().ok()?;
            match found {
                Some((first, _)) if first != number => return None,
                Some(_) => {}
                None => found = Some((number, Span::new(at, at + name.len() + len))),
            }
        }
    }
    found
}

/// Short running headers wherever they stand (at a line start, on a line of their own, inside
/// flowed text), with the page number next to them (`96<TAB>RES647`, `RES647 97 646 (Rev.WRC-12)`):
/// furniture. A line left empty goes with its line break.
fn short_headers(w: &Words, text: &str, edits: &mut Vec<Edit>) {
    let is_space = |c: char| c == ' ' || c == '\t' || c == '\u{a0}';
    let is_page = |t: &str| (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    for name in &w.header_names {
        for at in memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()) {
            if text[..at].chars().next_back().is_some_and(|c| !c.is_whitespace()) {
                continue;
            }
            let Some((len, paged)) = short_header(w, &text[at..]) else { continue };
            let (mut start, mut end) = (at, at + len);
            if !paged {
                let before = text[..at].trim_end_matches(is_space);
                let token_start = before
                    .rfind(char::is_whitespace)
                    .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
                if before.len() < at && is_page(&before[token_start..]) {
                    start = token_start;
                } else {
                    let after = &text[end..];
                    let spaced = after.trim_start_matches(is_space);
                    let page_len = spaced.bytes().take_while(u8::is_ascii_digit).count();
                    if spaced.len() < after.len()
                        && is_page(&spaced[..page_len])
                        && spaced[page_len..].starts_with([' ', '\t', '\n', '\r'])
                    {
                        end += after.len() - spaced.len() + page_len;
                    }
                }
            }
            end += text[end..].len() - text[end..].trim_start_matches(is_space).len();
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..start].trim().is_empty() {
                if text[end..].starts_with("\r\n") {
                    end += 2;
                } else if text[end..].starts_with(['\n', '\r']) {
                    end += 1;
                }
            }
            edits.push(Edit { start, end, with: "".into() });
        }
    }
}

/// The length of a running header's title, after the header glued to a line (`– Title` in
/// `30 Resolution 12 – Title Title`): the title under the heading, or a title written twice.
fn header_title_len(rest: &str, title: Option<&str>) -> usize {
    let Some(after_dash) = rest.strip_prefix(DASHES) else { return 0 };
    let words = after_dash.trim_start_matches([' ', '\t', '\u{a0}']);
    let dash = rest.len() - words.len();
    if let Some(title) = title.filter(|t| !t.is_empty() && words.starts_with(t)) {
        return dash + title.len();
    }
    // The title cut short by the header, two words or more and at least half of it, or as long
    // as a page's header line holds (`MIN_CUT_TITLE`), ending where a word of the title ends
    // (`– Conformance testing, academic institutions and OTT` over `... and OTT applications`).
    let boundary = |t: &str, k: usize| t[k..].is_empty() || t[k..].starts_with([' ', ',', ';']);
    if let Some(title) = title
        && let Some(k) = words.match_indices(' ').map(|(k, _)| k).chain([words.len()]).rfind(|&k| {
            words[..k].contains(' ')
                && (2 * k >= title.len() || k >= MIN_CUT_TITLE)
                && title.starts_with(&words[..k])
                && boundary(title, k)
        })
    {
        return dash + k;
    }
    // The header's title, perhaps cut short, then the line's own that starts the same way.
    // A title of one word is the header's only when the line repeats it whole
    // (`Multilingualism Multilingualism`).
    let cut = words.match_indices(' ').map(|(k, _)| k).rfind(|&k| {
        let (head, line) = (&words[..k], &words[k + 1..]);
        line.starts_with(head)
            && (head.contains(' ')
                || line[head.len()..].is_empty()
                || line[head.len()..].starts_with([' ', ',', ';', ':', '.']))
    });
    cut.map_or(0, |k| dash + k)
}

/// The length from which a title cut short by a running header is taken for the header's, however
/// long the whole title: a page's header line holds about this much of it.
const MIN_CUT_TITLE: usize = 40;

/// Dashes between a running header's short name and its title.
const DASHES: [char; 3] = ['-', '\u{2013}', '\u{2014}'];

/// `107<TAB>RESOLUTION 146 (REV. DUBAI, 2018)`: a page number glued before a heading; its
/// length with the spaces after it, and the heading read.
fn page_number_before_heading<'a>(
    w: &Words,
    line: &'a str,
) -> Option<(usize, crate::heading::Heading<'a>)> {
    let token_end = line.bytes().position(|b| b == b'\t' || b == b' ')?;
    if !is_page_number(w, &line[..token_end]) {
        return None;
    }
    let rest = line[token_end..].trim_start_matches([' ', '\t']);
    if !w.may_start_citation_word(rest) {
        return None;
    }
    let h = heading(w, rest, 0)?;
    // A heading in capitals or with its edition: not an item (`1 Resolution 70 ...`).
    let upper = rest.chars().filter(|c| c.is_alphabetic()).take(10).all(char::is_uppercase);
    (upper || h.edition.is_some()).then_some((line.len() - rest.len(), h))
}

/// `107 RESOLUTION 136 (REV. DUBAI, 2018)`: a page number glued before the heading of a
/// resolution other than `current`, in capitals with its edition, as a PDF copied page by page
/// gives a page opening with a heading. A running header names a resolution in short or in
/// small letters; this one opens the resolution. Before any heading (`current` is `None`), the
/// heading may be in small letters with its edition (`103 Resolution 130 (Rev. Dubai, 2018)`),
/// or in capitals without one (`5 RESOLUTION ITU-R 11-5`): a header there names the resolution
/// the text is in all the same.
fn heading_after_page(w: &Words, line: &str, current: Option<u32>) -> bool {
    let Some((len, h)) = page_number_before_heading(w, line) else { return false };
    let number = h.number.map(|n| n.base);
    let upper = is_upper_word(&line[len..]);
    number.is_some()
        && number != current
        && match current {
            Some(_) => upper && h.edition.is_some(),
            None => upper || h.edition.is_some(),
        }
}

/// The number of the resolution whose heading in capitals ends `line`, its edition put on the
/// `next` line by a narrow window (`24 - PP-02 – Final Acts RESOLUTION 109` / `(MARRAKESH,
/// 2002) Strengthening ...`): the heading, no running header nor furniture, however like one
/// the line reads.
fn heading_cut_before_edition(w: &Words, line: &str, next: &str) -> Option<u32> {
    let next = next.trim_start();
    if !next.starts_with('(') {
        return None;
    }
    let edition = &next[..=next.find(')')?];
    line.char_indices().find_map(|(i, c)| {
        let tail = &line[i..];
        if !c.is_uppercase()
            || i > 0 && !line[..i].ends_with([' ', '\t'])
            || !is_upper_word(tail)
            || !w.may_start_citation_word(tail)
        {
            return None;
        }
        let joined = format!("{tail} {edition}");
        let h = heading(w, &joined, 0)?;
        let number = h.number?.base;
        h.edition.is_some().then_some(number)
    })
}

/// The Sectors' names that lost their hyphen (`ITUR, ITUT and ITUD`, `UITT`), as a web page
/// copied without its non-breaking hyphens gives them: written again with it (`ITU-R`), as a
/// whole word in capitals or before a number (`ITUT7`).
fn sector_hyphens(text: &str, edits: &mut Vec<Edit>) {
    let bytes = text.as_bytes();
    for (name, sectors) in
        [("ITU", ["ITU-R", "ITU-T", "ITU-D"]), ("UIT", ["UIT-R", "UIT-T", "UIT-D"])]
    {
        for at in memchr::memmem::find_iter(bytes, name) {
            let word_start = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
            let letter = bytes.get(at + 3).copied();
            let word_end = bytes.get(at + 4).is_none_or(|b| !b.is_ascii_alphabetic());
            let Some(with) = sectors.iter().find(|s| Some(s.as_bytes()[4]) == letter) else {
                continue;
            };
            if word_start && word_end {
                edits.push(Edit { start: at, end: at + 4, with: (*with).into() });
            }
        }
    }
}

/// Words cut at a line end in a copy that ran its lines onto one, a space where the break was
/// (`Develop- ment`, `coordi- nation`): joined where the word goes on in small letters. A hyphen
/// before `and` or `or` suspends a compound (`short- and long-term`) and stays, as does one after
/// fewer than three letters (`e- health`) or after a prefix compounds are written with (`non-`),
/// one before a capital and one in a compound the text writes whole elsewhere
/// (`broadcasting-satellite`).
fn hyphens_before_spaces(w: &Words, text: &str, edits: &mut Vec<Edit>) {
    let mut compounds: Option<HashSet<(&str, &str)>> = None;
    for at in memchr::memmem::find_iter(text.as_bytes(), b"- ") {
        let after = &text[at + 2..];
        let (first, second) = pieces_around(&text[..at], after);
        if first.chars().count() < 3
            || !first.ends_with(char::is_lowercase)
            || !second.starts_with(char::is_lowercase)
            || w.list_separators.one_of(after).is_ok()
            || COMPOUND_PREFIXES.iter().any(|p| first.eq_ignore_ascii_case(p))
        {
            continue;
        }
        // The text's compounds, gathered once, where a cut word is first found.
        let compounds = compounds.get_or_insert_with(|| hyphenated_words(text));
        if !compounds.contains(&(first, second)) {
            edits.push(Edit { start: at, end: at + 2, with: "".into() });
        }
    }
}

/// Every pair of words the text writes joined by a hyphen (`broadcasting-satellite`).
fn hyphenated_words(text: &str) -> HashSet<(&str, &str)> {
    let mut res = HashSet::new();
    for at in memchr::memchr_iter(b'-', text.as_bytes()) {
        let (first, second) = pieces_around(&text[..at], &text[at + 1..]);
        if !first.is_empty() && !second.is_empty() {
            res.insert((first, second));
        }
    }
    res
}

/// The letters of a word ending `before` a hyphen and those of the word opening `after` it.
fn pieces_around<'a, 'b>(before: &'a str, after: &'b str) -> (&'a str, &'b str) {
    let first_len: usize =
        before.chars().rev().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
    let second_len = after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len());
    (&before[before.len() - first_len..], &after[..second_len])
}

/// The length of a page number between dashes opening `t` (`- 251 -`, `– 12 –`).
fn dashed_page(t: &str) -> Option<usize> {
    let first = t.chars().next().filter(|c| DASHES.contains(c))?;
    let rest = t[first.len_utf8()..].trim_start_matches([' ', '\u{a0}']);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let after = rest[digits..].trim_start_matches([' ', '\u{a0}']);
    let last = after.chars().next().filter(|c| DASHES.contains(c))?;
    Some(t.len() - after.len() + last.len_utf8())
}

/// Prefixes a compound is written with, never cut from a word by hyphenation (`non-` /
/// `geostationary`).
const COMPOUND_PREFIXES: [&str; 1] = ["non"];

/// Whether a word hyphenated at a line's end in small letters, `before` the hyphen and `after`
/// it, is a compound that keeps its hyphen: the text writes it whole elsewhere with its hyphen
/// (`broadcasting-satellite`), or the first part is a prefix compounds are written with (`non`).
fn hyphenated_compound(text: &str, before: &str, after: &str) -> bool {
    let (first, second) = pieces_around(before, after);
    if COMPOUND_PREFIXES.iter().any(|p| first.eq_ignore_ascii_case(p)) {
        return true;
    }
    if first.len() < 3 || second.len() < 3 {
        return false;
    }
    let compound = format!("{first}-{second}");
    memchr::memmem::find(text.as_bytes(), compound.as_bytes()).is_some()
}

/// A reviewer's comment mark glued to a word, as a word processor's web page gives it: the
/// commenter's initials and a number in brackets (`devices[SP1]`, `2014)[AB12]`), up to four
/// capitals and three digits.
fn comment_marks(text: &str, edits: &mut Vec<Edit>) {
    let bytes = text.as_bytes();
    for open in memchr::memchr_iter(b'[', bytes) {
        // Glued to a word in small letters or to a parenthesis: a heading's label glued to its
        // citation word in capitals (`RESOLUTION[ARB1]`) stays.
        if open == 0
            || bytes[open - 1].is_ascii_whitespace()
            || bytes[open - 1].is_ascii_uppercase()
        {
            continue;
        }
        let after = &bytes[open + 1..];
        let capitals = after.iter().take_while(|b| b.is_ascii_uppercase()).count();
        let digits = after[capitals..].iter().take_while(|b| b.is_ascii_digit()).count();
        if (1..=4).contains(&capitals)
            && (1..=3).contains(&digits)
            && after.get(capitals + digits) == Some(&b']')
        {
            let end = open + 1 + capitals + digits + 1;
            edits.push(Edit { start: open, end, with: "".into() });
        }
    }
}

/// A footnote number glued to the end of a word (`countries1,`, or in brackets, `levels[1]`): a
/// word of three or more lower case letters followed by one or two digits and then a space or
/// punctuation.
fn glued_footnote_numbers(line: &str, offset: usize, edits: &mut Vec<Edit>) {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        i = next_digit(bytes, i);
        if i == bytes.len() {
            break;
        }
        let digits_start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        // In brackets, as a word processor's web page marks them (`levels[1]`).
        let bracketed = digits_start > 0
            && bytes[digits_start - 1] == b'['
            && bytes.get(i) == Some(&b']')
            && line[..digits_start - 1].ends_with(char::is_lowercase);
        let (mark_start, mark_end) =
            if bracketed { (digits_start - 1, i + 1) } else { (digits_start, i) };
        let after_ok = mark_end == bytes.len()
            || matches!(bytes[mark_end], b' ' | b'\t' | b',' | b';' | b'.' | b':' | b')' | b'\n');
        if i - digits_start > 2 || !after_ok {
            continue;
        }
        let word = &line[..mark_start];
        let letters = word.chars().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>();
        let word_start = mark_start - letters.iter().map(|c| c.len_utf8()).sum::<usize>();
        let before_word = line[..word_start].chars().next_back();
        if letters.len() >= 3
            && letters.iter().all(|c| c.is_lowercase())
            && before_word
                .is_none_or(|c| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        {
            edits.push(Edit {
                start: offset + mark_start,
                end: offset + mark_end,
                with: "".into(),
            });
        }
    }
}

/// Where the first ASCII digit at or after `i` stands in `bytes` (its length when there is
/// none): eight bytes at a time, a block with no byte under 10 once `'0'` is taken away from
/// each is passed over whole. Most of a text's lines hold no digit.
fn next_digit(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    while let Some(block) = bytes.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        let shifted = u64::from_le_bytes(block) ^ (ONES * u64::from(b'0'));
        // A byte under 10 borrows into its high bit when 10 is taken away; one whose high bit
        // is set was 128 or more to begin with. No digit is ever missed.
        if shifted.wrapping_sub(ONES * 10) & !shifted & HIGH_BITS != 0 {
            break;
        }
        i += 8;
    }
    bytes[i..].iter().position(u8::is_ascii_digit).map_or(bytes.len(), |at| i + at)
}

/// How many non-blank lines a text needs before it is taken for a double-spaced copy.
const DOUBLE_SPACED_MIN_LINES: usize = 8;

/// Pass 1a: a copy a converter wrote with a blank line after every printed line (a PDF's lines
/// each made a paragraph), and perhaps two or more after a paragraph. Nine in ten of its lines
/// or more have a blank line above them, half of them or more a single one, and a fifth or more
/// of those single blank lines fall inside a sentence: the line before ends on no punctuation,
/// the one after opens in lower case with no item's label or clause word. A text laid out one
/// paragraph a line between blank lines has next to no such break. Each single blank line goes;
/// a run of two or more stays.
fn double_spaced(w: &Words, text: &str) -> Vec<Edit> {
    let bytes = text.as_bytes();
    // The non-blank lines, and how many blank lines stand before each.
    let mut lines: Vec<(usize, usize, usize)> = Vec::new();
    let mut blanks = 0;
    let mut adjacent = 0;
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]) {
        if bytes[start..end].iter().all(u8::is_ascii_whitespace) {
            blanks += 1;
        } else {
            adjacent += usize::from(blanks == 0 && !lines.is_empty());
            lines.push((start, end, blanks));
            blanks = 0;
            // Most texts show lines one after the other at once: no need to read on.
            if lines.len() > 20 && adjacent * 10 > lines.len() - 1 {
                return Vec::new();
            }
        }
        start = end + 1;
    }
    if lines.len() < DOUBLE_SPACED_MIN_LINES {
        return Vec::new();
    }
    let pairs = lines.len() - 1;
    let single: Vec<usize> = (1..lines.len()).filter(|&n| lines[n].2 == 1).collect();
    if adjacent * 10 > pairs || single.len() * 2 < pairs {
        return Vec::new();
    }
    let inside_sentence = |n: usize| {
        let before = text[lines[n - 1].0..lines[n - 1].1].trim_end();
        let after = text[lines[n].0..lines[n].1].trim_start();
        !before.ends_with(['.', ',', ';', ':'])
            && after.starts_with(char::is_lowercase)
            && !crate::clause::is_item_marker(after)
            && crate::clause::opening(w, after).is_err()
    };
    if single.iter().filter(|&&n| inside_sentence(n)).count() * 5 < single.len() {
        return Vec::new();
    }
    // Each single blank line goes with the line break before it.
    single
        .iter()
        .map(|&n| Edit { start: lines[n - 1].1, end: lines[n].0 - 1, with: "".into() })
        .collect()
}

/// How many non-blank lines a text needs before it is taken for hard-wrapped prose.
const WRAPPED_MIN_LINES: usize = 8;

/// How many non-blank lines a shorter text needs, all of a wrapped width, to be taken for
/// hard-wrapped prose.
const WRAPPED_MIN_SHORT_TEXT: usize = 4;

/// The room, in characters, a long word takes at the end of a wrapped line (`radiocommunication,`):
/// a line that leaves no more is of the wrapped width, however narrow the window.
const LONG_WORD: usize = 16;

/// How many of a text's first non-blank lines give the width it may be wrapped at.
const WIDTH_PROBE_LINES: usize = 40;

/// The narrowest and the widest window, in characters, prose is taken to be hard-wrapped at:
/// the median length of its lines.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 24..=130;

/// The longest line, in characters, of a wrapped width.
const MAX_WRAPPED_LINE: usize = 130;

/// Pass 1b: a text whose lines are all of about one width, with next to no short line (a clause
/// word, an item's last line, a heading), is prose hard-wrapped at that width (a one-line text
/// copied through a window, however narrow): its line breaks inside paragraphs become spaces,
/// and pass 2 reads it as flowed text. The width is the median length of its first forty lines
/// (a few lines run together where a word cut at a line end was joined do not move it). A line
/// of two thirds of the width or more, and of 130 characters at most, is of a wrapped width; a
/// shorter one is short. A laid-out resolution, even copied line by line from a PDF or wrapped
/// at a narrow width, has short lines: more than one in twenty (the text's last line, which
/// ends a paragraph, is not counted). Gives the widths of a text's lines, or `None` for a text
/// whose first forty lines or more already hold too many short ones to be hard-wrapped. A text
/// read has line feeds only; one as written may have carriage returns too.
fn line_widths<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Widths> {
    let mut widths = Widths::default();
    // The first lines' lengths, until they give the width.
    let mut probe = [0; WIDTH_PROBE_LINES];
    let mut probed = 0;
    let mut width: Option<usize> = None;
    // The last line of the text ends its last paragraph: it may be short, and is then counted
    // neither as short nor against the wrapped width.
    let mut last_short = false;
    let mut last_under_two_thirds = false;
    let mut count = |widths: &mut Widths, width: usize, len: usize| {
        widths.lines += 1;
        widths.short += usize::from(last_short);
        widths.under_two_thirds += usize::from(last_under_two_thirds);
        last_under_two_thirds = len * 3 < width * 2;
        last_short = last_under_two_thirds && len + LONG_WORD < width;
        widths.wrapped += usize::from(!last_short && len <= MAX_WRAPPED_LINE);
    };
    for line in lines {
        let line = line.trim();
        let len = if line.is_ascii() { line.len() } else { line.chars().count() };
        if len == 0 {
            continue;
        }
        match width {
            Some(width) => count(&mut widths, width, len),
            None => {
                probe[probed] = len;
                probed += 1;
                if probed == WIDTH_PROBE_LINES {
                    let found = wrap_width(&probe);
                    for &len in &probe {
                        count(&mut widths, found, len);
                    }
                    width = Some(found);
                }
            }
        }
        // Most texts show their short lines at once: no need to read on.
        if widths.lines >= WIDTH_PROBE_LINES && widths.short * 20 > widths.lines {
            return None;
        }
    }
    let width = match width {
        Some(width) => width,
        None => {
            let found = wrap_width(&probe[..probed]);
            for &len in &probe[..probed] {
                count(&mut widths, found, len);
            }
            found
        }
    };
    widths.wrapped += usize::from(last_short);
    Some(Widths { width, ..widths })
}

/// The width the lines of `lengths` (a text's first lines) are wrapped at: their median length.
fn wrap_width(lengths: &[usize]) -> usize {
    let mut sorted = [0; WIDTH_PROBE_LINES];
    let n = lengths.len().min(WIDTH_PROBE_LINES);
    sorted[..n].copy_from_slice(&lengths[..n]);
    if n == 0 {
        return 0;
    }
    *sorted[..n].select_nth_unstable(n / 2).1
}

/// The width a text's lines may be wrapped at, how many non-blank lines it has, how many are
/// short, and how many of a wrapped width.
#[derive(Debug, Default, Clone, Copy)]
struct Widths {
    width: usize,
    lines: usize,
    short: usize,
    /// Lines, the last aside, under two thirds of the width, whatever room they leave.
    under_two_thirds: usize,
    wrapped: usize,
}

impl Widths {
    /// A width a window may have, enough lines, next to no short one (under two thirds of the
    /// width and leaving room for a long word), nine in ten of a wrapped width; or, for a short
    /// text (an excerpt wrapped at a wide column), a few lines, none under two thirds of the
    /// width, the last aside.
    fn wrapped(self) -> bool {
        if !WRAP_WIDTHS.contains(&self.width) {
            return false;
        }
        if self.lines < WRAPPED_MIN_LINES {
            return self.lines >= WRAPPED_MIN_SHORT_TEXT
                && self.under_two_thirds == 0
                && self.wrapped == self.lines;
        }
        self.short * 20 <= self.lines && self.wrapped * 10 >= self.lines * 9
    }
}

/// The line breaks inside the paragraphs of a hard-wrapped text, as spaces.
fn unwrapped(text: &str) -> Vec<Edit> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\n', bytes)
        .filter(|&i| {
            let before = text[..i].trim_end_matches([' ', '\t']);
            let after = &bytes[i + 1..];
            !before.is_empty()
                && !before.ends_with('\n')
                && after.first().is_some_and(|&b| b != b'\n')
                && !text[i + 1..].trim_start_matches([' ', '\t']).starts_with('\n')
        })
        .map(|i| Edit { start: i, end: i + 1, with: Cow::Borrowed(" ") })
        .collect()
}

/// The fewest lines of a wrapped width a paragraph opening with a heading holds to be joined.
const WRAPPED_HEADING_LINES: usize = 4;

/// Pass 1b in a text that is not hard-wrapped prose as a whole: a paragraph hard-wrapped at one
/// width that opens with a heading and its title's first words on the same line, after page
/// numbers or an action if any (a one-line copy wrapped anew, among short lines such as a draft's
/// balloons or a cover's): its line breaks become spaces when it makes a line long enough for
/// pass 2 to read as flowed text. It runs while its lines are three quarters of the first one's
/// width or more, and takes the next one, which ends it.
fn wrapped_heading_paragraphs(
    w: &Words,
    text: &str,
    citation_words: Option<&[usize]>,
) -> Vec<Edit> {
    let bytes = text.as_bytes();
    let line_end =
        |start: usize| memchr::memchr(b'\n', &bytes[start..]).map_or(text.len(), |i| start + i);
    let width = |start: usize, end: usize| text[start..end].trim().chars().count();
    // The start of the first line at or after `from` that may open with a citation word, after
    // what may stand before a heading on its line: the next such line where citation words are
    // known, else the next line.
    let line_from = |from: usize| match citation_words {
        None => Some(from),
        Some(words) => words[words.partition_point(|&at| at < from)..].iter().find_map(|&at| {
            // What stands before a heading is short: a line start further back is no lead.
            let window = at.saturating_sub(MAX_HEADING_LEAD);
            let start = match memchr::memrchr(b'\n', &bytes[window..at]) {
                Some(i) => window + i + 1,
                None if window == 0 => 0,
                None => return None,
            };
            let lead = text[start..at].trim_start_matches([' ', '\t']);
            // Page numbers, actions and proposal numbers: digits and capitals (`4 1 MOD `).
            let may_lead = lead.is_empty()
                || (lead.bytes().all(|b| {
                    b.is_ascii_digit() || b.is_ascii_uppercase() || b" \t/-.()".contains(&b)
                }) && heading_lead_len(w, lead) == lead.len());
            may_lead.then_some(start)
        }),
    };
    let mut edits = Vec::new();
    let mut from = 0;
    while let Some(start) = line_from(from).filter(|&s| s < text.len()) {
        let end = line_end(start);
        from = end + 1;
        // A heading's line opens with a capital, after what may stand before it, and is of a
        // wrapped width (of 50 to 130 characters, at most four bytes each), or shorter by the
        // next line's first word at most (40 characters or more).
        let line = text[start..end].trim();
        if !(MIN_WRAPPED_HEADING_LINE..=520).contains(&line.len()) {
            continue;
        }
        // Most lines open with their citation word: no lead to look for.
        let lead = if w.may_start_citation_word(line) { 0 } else { heading_lead_len(w, line) };
        let head = &line[lead..];
        if !head.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            || (lead > 0 && !w.may_start_citation_word(head))
        {
            continue;
        }
        // Words cut at the line ends are joined already, which may have run lines into one:
        // the first of the next lines of a wrapped width then gives the width.
        let mut first_width = width(start, end);
        let mut next_end = end;
        // A first line longer than the two under it, which agree on a width: joining a
        // converter's pieces ran it into the next one, and they give the width.
        if end < text.len() {
            let second_end = line_end(end + 1);
            if second_end < text.len() {
                let (a, b) =
                    (width(end + 1, second_end), width(second_end + 1, line_end(second_end + 1)));
                if (50..=130).contains(&a.max(b))
                    && a.abs_diff(b) * 8 <= a.max(b)
                    && first_width > a.max(b)
                {
                    first_width = a.max(b);
                }
            }
        }
        // A first line shorter than a wrapped width, the next word too long for it: the next
        // line gives the width.
        if first_width < 50 && end < text.len() {
            let (next_start, next_end) = (end + 1, line_end(end + 1));
            let next_word = text[next_start..next_end].trim_start();
            let next_word = next_word.split([' ', '\t']).next().unwrap_or_default();
            if first_width + 1 + next_word.chars().count() > 50 {
                first_width = first_width.max(width(next_start, next_end));
            }
        }
        for _ in 0..4 {
            if !(131..=400).contains(&first_width) || next_end >= text.len() {
                break;
            }
            let next_start = next_end + 1;
            next_end = line_end(next_start);
            first_width = width(next_start, next_end);
        }
        let title_follows = |head: &str, lead: usize| {
            heading_at(w, head).is_some_and(|len| {
                let after = head[len..].trim_start_matches([' ', '\t', '*']);
                // After page numbers, a heading in capitals or with its edition: not an item
                // citing a resolution (`1 Resolution 70 ...`).
                let marked = lead == 0
                    || is_upper_word(head)
                    || heading(w, &head[..len], 0).is_some_and(|h| h.edition.is_some());
                // A title in small letters after a heading in capitals lost its first, accented
                // capital to a bad extraction (`RSOLUTION UIT-R 38-3 tude des ...`).
                let opens_title = after.starts_with(char::is_uppercase)
                    || (is_upper_word(head) && after.starts_with(char::is_alphabetic));
                marked && after.len() < head.len() - len && opens_title
            })
        };
        // The heading may stand after a page's running header and number (`Res. ITU-R 6-1 1
        // RESOLUTION ITU-R 6-1 Liaison and`), as a document-sharing page's text gives it.
        let after_header = || {
            // A page number before the heading: a digit, then a capital, a space between or not.
            let lead = &line.as_bytes()[..floor_boundary(line, MAX_FURNITURE_LEAD)];
            let numbered = lead.windows(3).any(|b| {
                b[0].is_ascii_digit()
                    && (b[1].is_ascii_uppercase() || (b[1] == b' ' && b[2].is_ascii_uppercase()))
            });
            numbered && capitals_after_furniture(w, line).any(|i| title_follows(&line[i..], i))
        };
        if !(50..=130).contains(&first_width) || !(title_follows(head, lead) || after_header()) {
            continue;
        }
        // The paragraph's line breaks, up to the line that ends it.
        let head_word = head.split([' ', '\t']).next().unwrap_or_default();
        let mut breaks = Vec::new();
        let mut last_end = end;
        while last_end < text.len() {
            let (s, e) = (last_end + 1, line_end(last_end + 1));
            let line_width = width(s, e);
            if line_width == 0 {
                break;
            }
            // The next entry of a list, each a heading with its title on a line of its own
            // (`RESOLUTION 5 (Rev. Kigali, 2022) Title` under `RESOLUTION 1 (...) Title`): its
            // heading opens the line with the same word. No line of a paragraph.
            let next = text[s..e].trim_start_matches([' ', '\t']);
            if next.strip_prefix(head_word).is_some_and(|rest| rest.starts_with([' ', '\t']))
                && heading_at(w, next).is_some()
            {
                break;
            }
            breaks.push(last_end);
            last_end = e;
            if line_width * 4 < first_width * 3 {
                break;
            }
        }
        if breaks.len() + 1 >= WRAPPED_HEADING_LINES && last_end - start >= OPENED_FLOWED_LINE {
            edits.extend(breaks.iter().map(|&at| Edit {
                start: at,
                end: at + 1,
                with: " ".into(),
            }));
        }
        from = last_end + 1;
    }
    edits
}

/// The shortest line that may open a paragraph hard-wrapped at one width with a heading.
const MIN_WRAPPED_HEADING_LINE: usize = 40;

/// The longest lead before a heading on its line: two page numbers, an action and its proposal
/// numbers, draft words.
const MAX_HEADING_LEAD: usize = 80;

/// How many bytes at the start of `line` may stand before a heading on its line, as a copy
/// run onto one line and wrapped anew gives them: up to two page numbers (`4 1 `), then an
/// action with its proposal number (`MOD `), draft words, or both.
fn heading_lead_len(w: &Words, line: &str) -> usize {
    let mut rest = line.trim_start_matches([' ', '\t']);
    for _ in 0..2 {
        let Some(end) = rest.find([' ', '\t']) else { break };
        let token = &rest[..end];
        let page = (token.len() <= 4 && token.bytes().all(|b| b.is_ascii_digit()))
            || (token.starts_with(|c: char| c.is_ascii_digit()) && is_page_number(w, token));
        if !page {
            break;
        }
        rest = rest[end..].trim_start_matches([' ', '\t']);
    }
    // Actions and draft words open with a capital.
    if rest.starts_with(|c: char| c.is_uppercase()) {
        rest = &rest[crate::heading::draft_prefix_len(w, rest)..];
    }
    line.len() - rest.len()
}

/// The lines of `text` that are flowed text: long ones, and shorter ones that open with a
/// heading or an issuing clause (the preamble run onto its line) or make up a copy of one or two
/// lines. Gives their byte ranges.
fn flowed_lines<'a>(w: &'a Words, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    // A text of one or two lines is a copy that lost its line breaks, however short.
    let copied = memchr::memchr_iter(b'\n', text.trim_end().as_bytes()).nth(1).is_none();
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]).filter_map(move |end| {
        let line = (start, end);
        start = end + 1;
        let len = end - line.0;
        (len >= FLOWED_LINE
            || (copied && len >= COPIED_FLOWED_LINE)
            || (len >= OPENED_FLOWED_LINE
                && (opens_with_heading(w, &text[line.0..end])
                    || issuing_clause_at(w, text[line.0..end].trim_start()).is_some()
                    || opens_with_title_and_clause(w, &text[line.0..end]))))
        .then_some(line)
    })
}

/// Whether `line` opens with a title run onto the issuing clause, as a copy with no heading
/// that ran each page onto one line gives its first page (`The role of ... technologies The
/// Plenipotentiary Conference of ... (Dubai, 2018), recalling ...`): a capital first, and an
/// issuing clause after a space within a title's length, no full stop, semicolon or digit before
/// it (a meeting's header run onto a draft's heading and title is no title: `Conferencia de
/// Plenipotenciarios (PP-14) Busán, 2014 ... PROYECTO DE NUEVA RESOLUCIÓN [B-1] ...`).
fn opens_with_title_and_clause(w: &Words, line: &str) -> bool {
    let line = line.trim_start();
    if !line.starts_with(char::is_uppercase) {
        return false;
    }
    let window = &line[..floor_boundary(line, MAX_TITLE)];
    let window = &window[..window
        .find(|c: char| matches!(c, '.' | ';') || c.is_ascii_digit())
        .unwrap_or(window.len())];
    window.char_indices().skip(1).any(|(i, c)| {
        c.is_uppercase() && window[..i].ends_with(' ') && issuing_clause_at(w, &line[i..]).is_some()
    })
}

/// Pass 2: line breaks put back into the flowed `lines` of `text` (byte ranges).
fn flowed(w: &Words, text: &str, lines: &[(usize, usize)]) -> Vec<Edit> {
    let mut edits = Vec::new();
    for &(start, end) in lines {
        flowed_line(w, text, start, end, &mut edits);
    }
    edits
}

/// How many words from the top of a text a cover's heading with a dash title is looked for.
const COVER_HEADING_WORDS: usize = 40;

/// The most words a running title beside a page number may have (`WTSA-12 – Resolution 52`).
const RUNNING_TITLE_WORDS: usize = 8;

/// The first number of no page: years from the Union's founding on are no page numbers.
const NO_PAGE: u32 = 1800;

/// Pass 1b: a page break inside flowed text (the [`flowed_lines`] of `text`), a printed page
/// copied onto one line. The page's footer and the next page's header each hold the same running
/// title beside a page number, the two numbers one after the other: `... Resolution 174 WTSA-12 –
/// Resolution 52 163 164 WTSA-12 – Resolution 52 (Guadalajara, 2010) ...`, or `163 Res. 52 164
/// Res. 52`, or `Res. 52 163 Res. 52 164`. Both go, with the spaces after them, so that the
/// sentence and its citation read across the break. The title must be found on both sides, word
/// for word, hold a capital or a digit, and be no edition or list item: two numbers in a row
/// alone are no furniture, nor are years (`2000, 2001 et 2002 et`) or a list's items (`101 (Rev.
/// Busan, 2014), 102 (Rev. Busan, 2014),`). A page's header alone, with no footer before it,
/// goes too ([`lone_flowed_headers`]).
fn flowed_page_breaks(w: &Words, text: &str, lines: &[(usize, usize)]) -> Vec<Edit> {
    let mut edits = Vec::new();
    for &(start, end) in lines {
        let line = &text[start..end];
        let first_edit = edits.len();
        let bytes = line.as_bytes();
        // Page numbers: up to four digits between spaces, below the first year.
        let mut pages: Vec<(usize, usize, u32)> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            let spaced = |at: Option<&u8>| at.is_none_or(|b| matches!(b, b' ' | b'\t'));
            if digits <= 4
                && spaced(i.checked_sub(1).map(|j| &bytes[j]))
                && spaced(bytes.get(i + digits))
                && let Ok(n) = line[i..i + digits].parse::<u32>()
                && n < NO_PAGE
            {
                pages.push((i, i + digits, n));
            }
            i += digits;
        }
        let mut last_end = 0;
        for (k, &(first_start, first_end, first)) in pages.iter().enumerate() {
            let Some(&(next_start, next_end, _)) = pages[k + 1..]
                .iter()
                .take_while(|p| p.0 - first_end <= 200)
                .find(|p| p.2 == first + 1)
            else {
                continue;
            };
            if first_start < last_end {
                continue;
            }
            let Some((cut_start, cut_end)) =
                page_break_at(line, (first_start, first_end), (next_start, next_end))
            else {
                continue;
            };
            if cut_start > 0 {
                edits.push(Edit {
                    start: start + cut_start,
                    end: start + cut_end,
                    with: "".into(),
                });
                last_end = cut_end;
            }
        }
        // A page's header alone, where no footer stands before it.
        let pairs = edits.len();
        for (cut_start, cut_end) in lone_flowed_headers(w, line) {
            let (from, to) = (start + cut_start, start + cut_end);
            if !edits[first_edit..pairs].iter().any(|e| e.start < to && from < e.end) {
                edits.push(Edit { start: from, end: to, with: "".into() });
            }
        }
        edits[first_edit..].sort_unstable_by_key(|e| e.start);
    }
    edits
}

/// A page's running header standing alone inside a flowed `line`, where a printed page broke
/// and no footer stands before it: the abbreviated citation word with the number of a resolution
/// a citation word stood before earlier in the line (its heading) and no edition, and a page
/// number beside it, after (`Res. 130 107`) or before (`108 Res. 130`). A number after
/// it followed by an edition is a list's next item (`108 Res. 130 52 (Rev. Hammamet, 2016)`), not
/// the page. Byte ranges within the line to take out, with the spaces after them.
fn lone_flowed_headers(w: &Words, line: &str) -> Vec<(usize, usize)> {
    let spaces = |t: &str| t.len() - t.trim_start_matches([' ', '\t', '\u{a0}']).len();
    // A number of up to four digits ending its word: its length.
    let number_at = |t: &str| {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        ((1..=4).contains(&digits) && t[digits..].chars().next().is_none_or(char::is_whitespace))
            .then_some(digits)
    };
    let page_at =
        |t: &str| number_at(t).filter(|&d| t[..d].parse::<u32>().is_ok_and(|n| n < NO_PAGE));
    let bytes = line.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // The numbers a citation word has stood before so far in the line.
    let mut named: HashSet<&str> = HashSet::new();
    for (i, _) in line.match_indices(|c: char| c.is_alphabetic()) {
        if (i > 0 && !bytes[i - 1].is_ascii_whitespace())
            || cuts.last().is_some_and(|&(_, e)| i < e)
            || !w.may_start_citation_word(&line[i..])
        {
            continue;
        }
        let Ok((after_word, trigger)) = crate::citation::trigger_word(w, &line[i..]) else {
            continue;
        };
        let at = line.len() - after_word.len();
        let number = at + spaces(after_word);
        let Some(digits) = number_at(&line[number..]) else { continue };
        let number_end = number + digits;
        // The header names a resolution the text has named before (its heading): the first
        // mention may be the only heading the copy kept.
        let named_before = !named.insert(&line[number..number_end]);
        if trigger != Trigger::Short || !named_before {
            continue;
        }
        let gap = spaces(&line[number_end..]);
        let next = number_end + gap;
        if gap == 0 || line[next..].starts_with('(') {
            continue;
        }
        if let Some(page) = page_at(&line[next..]) {
            let tail = next + page;
            let tail_gap = spaces(&line[tail..]);
            if !line[tail + tail_gap..].starts_with(['(', ',', ';']) {
                cuts.push((i, tail + tail_gap));
                continue;
            }
        }
        let before = line[..i].trim_end_matches([' ', '\t', '\u{a0}']);
        let token = before.bytes().rposition(|b| b.is_ascii_whitespace()).map_or(0, |j| j + 1);
        if before.len() < i
            && page_at(&before[token..]).is_some_and(|d| token + d == before.len())
            && cuts.last().is_none_or(|&(_, e)| e <= token)
        {
            cuts.push((token, next));
        }
    }
    cuts
}

/// The footer and header around two page numbers of a flowed `line` at `first` and `next` (byte
/// ranges), as [`flowed_page_breaks`] reads them: the byte range to take out, with the spaces
/// after it.
fn page_break_at(
    line: &str,
    first: (usize, usize),
    next: (usize, usize),
) -> Option<(usize, usize)> {
    // Up to a title's words before the first number, between the two and after the second.
    let before: Vec<&str> =
        line[..first.0].split_whitespace().rev().take(RUNNING_TITLE_WORDS).collect();
    let between: Vec<&str> = line[first.1..next.0].split_whitespace().collect();
    let after: Vec<&str> =
        line[next.1..].split_whitespace().take(RUNNING_TITLE_WORDS + 1).collect();
    // A running title holds a capital or a digit. It is no edition, which opens with a
    // parenthesis, and no list's item, which ends with a comma or a semicolon: two numbers of
    // a list in a row with one edition each (`101 (Rev. Busan, 2014), 102 (Rev. Busan, 2014),`)
    // are no page break.
    let is_title = |title: &[&str]| {
        !title.is_empty()
            && title.len() <= RUNNING_TITLE_WORDS
            && title.iter().any(|w| w.chars().any(|c| c.is_uppercase() || c.is_ascii_digit()))
            && !title[0].starts_with('(')
            && !title[title.len() - 1].ends_with([',', ';'])
    };
    // Where the text goes on after `words` words from `from`.
    let skip_words = |from: usize, words: usize| {
        let mut at = from;
        for _ in 0..words {
            let rest = &line[at..];
            let word = rest.trim_start();
            at += rest.len() - word.len();
            at += word.find(char::is_whitespace).unwrap_or(word.len());
        }
        at + (line[at..].len() - line[at..].trim_start().len())
    };
    // Where the last `words` words before `to` start.
    let words_before = |to: usize, words: usize| {
        let mut at = to;
        for _ in 0..words {
            let rest = line[..at].trim_end();
            // After the space, whatever its width in bytes (a no-break space takes two).
            at = rest
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(0, |(j, c)| j + c.len_utf8());
        }
        at
    };
    if between.is_empty() {
        // `T 163 164 T`: the longest title on both sides.
        let k = (1..=before.len().min(after.len())).rev().find(|&k| {
            let title: Vec<&str> = before[..k].iter().rev().copied().collect();
            after[..k] == title[..] && is_title(&title)
        })?;
        return Some((words_before(first.0, k), skip_words(next.1, k)));
    }
    if !is_title(&between) {
        return None;
    }
    let n = between.len();
    if before.len() >= n && before[..n].iter().rev().copied().eq(between.iter().copied()) {
        // `T 163 T 164`
        return Some((words_before(first.0, n), skip_words(next.1, 0)));
    }
    if after.len() >= n && after[..n] == between[..] {
        // `163 T 164 T`
        return Some((first.0, skip_words(next.1, n)));
    }
    None
}

/// Whether a line opens with a heading (after page numbers and what marks a draft) and holds an
/// issuing clause after it.
fn opens_with_heading(w: &Words, line: &str) -> bool {
    let trimmed = line.trim_start();
    let heading_then_clause = |rest: &str| {
        let rest = crate::heading::heading_label(w, rest).map_or(rest, |(after, _)| after);
        let Some(len) = heading_at(w, &rest[..floor_boundary(rest, 200)]) else { return false };
        let after = &rest[len..];
        after.char_indices().take_while(|&(i, _)| i <= MAX_TITLE).any(|(i, c)| {
            after[..i].ends_with(' ')
                && if c.is_uppercase() {
                    issuing_clause_at(w, &after[i..]).is_some()
                } else {
                    clause_without_issuing_clause(w, &after[..i], &after[i..])
                }
        })
    };
    if heading_then_clause(&trimmed[heading_lead_len(w, trimmed)..]) {
        return true;
    }
    capitals_after_furniture(w, trimmed).any(|i| heading_then_clause(&trimmed[i..]))
}

/// Where a heading in capitals may stand after a page's running header at the start of
/// `line`, in any form, its page number possibly glued to the heading (`Rs. UIT-R 6-1
/// 1RSOLUTION UIT-R 6-1`, a header whose citation word lost its accented letter): each word in
/// capitals in the line's first bytes, after a space or a digit, that may open a citation or a
/// heading's label. The caller reads the heading there.
fn capitals_after_furniture<'a>(w: &'a Words, line: &'a str) -> impl Iterator<Item = usize> + 'a {
    let lead = &line[..floor_boundary(line, MAX_FURNITURE_LEAD)];
    lead.char_indices().skip(1).filter_map(move |(i, c)| {
        let before = line[..i].chars().next_back();
        let word = line[i..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        (c.is_uppercase()
            && before.is_some_and(|b| b == ' ' || b.is_ascii_digit())
            && word.len() > 2
            && !word.chars().any(char::is_lowercase)
            && (w.may_start_citation_word(&line[i..])
                || crate::heading::heading_label(w, &line[i..]).is_ok()))
        .then_some(i)
    })
}

/// Whether a clause word opens `text` right after a title without an issuing clause (`before`):
/// after the title's closing parenthesis (the years of its editions), or before a lettered or
/// numbered item (`... Advisory Group considering a) that ...`).
fn clause_without_issuing_clause(w: &Words, before: &str, text: &str) -> bool {
    let Ok((rest, _)) = crate::clause::opening(w, text) else { return false };
    let rest_trimmed = rest.trim_start_matches([' ', '\t']);
    rest_trimmed.len() < rest.len()
        && (before.trim_end().ends_with(')') || crate::clause::is_item_marker(rest_trimmed))
}

/// How far into a line a heading in capitals may stand after a page's furniture.
const MAX_FURNITURE_LEAD: usize = 40;

/// Whether the citation at `i` (a heading's `len` bytes long) is a mention inside a sentence,
/// not a heading: a word opening in lower case stands right before it (`considered in Resolution
/// 17`), unless its citation word is in capitals and its edition follows, or its name follows it
/// in quotation marks (`Suppress Resolution 32 “International and regional cooperation”`),
/// which a heading's title never is. A word in capitals or a running header (`PP-18 – Final Acts
/// Resolution 2`) may stand before a heading, as may what marks a draft (`Proyecto de nueva
/// Resolución`).
fn inside_sentence(
    w: &Words,
    line: &str,
    (i, len): (usize, usize),
    from: usize,
    clause: usize,
) -> bool {
    let after = line[i + len..].trim_start_matches([' ', '\t', '\u{a0}']);
    if after.starts_with(['"', '\u{201c}', '\u{ab}', '\u{2018}']) {
        return true;
    }
    // A list's entries (`Resolution 37 (Rev. Dubai, 2014), Resolution 50 (Rev. Dubai, 2014),
    // Resolution 54 (Rev. Dubai, 2014) of WTDC`): a citation word not in capitals after a comma,
    // or before a comma and the next entry's citation word.
    if !is_upper_word(&line[i..])
        && (line[..i].trim_end_matches([' ', '\t', '\u{a0}']).ends_with(',')
            || after.strip_prefix(',').is_some_and(|next| {
                let next = next.trim_start_matches([' ', '\t', '\u{a0}']);
                w.may_start_citation_word(next) && crate::citation::trigger_word(w, next).is_ok()
            }))
    {
        return true;
    }
    let word_before = |end: usize| {
        let before = line[..end].trim_end_matches([' ', '\t', '\u{a0}']);
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .map_or(0, |(k, c)| k + c.len_utf8());
        (start, &before[start..])
    };
    let (word_start, mut word) = word_before(i);
    // A body's label before the citation word (`WTSA Resolution 1`) is the citation's: the
    // word before the label tells.
    if crate::heading::heading_label(w, &line[word_start..i])
        .is_ok_and(|(rest, body)| body.is_some() && rest.trim().is_empty())
    {
        word = word_before(word_start).1;
    }
    if !word.starts_with(char::is_lowercase) {
        return false;
    }
    // A citation word in capitals with its edition is a heading's, even after a page's top
    // that repeats the title (`... conferences RESOLUTION 31 (Rev. Hyderabad, 2010)`).
    let with_edition = line[i..i + len].trim_end_matches([' ', '*', '\u{2020}']).ends_with(')');
    if is_upper_word(&line[i..]) && with_edition {
        return false;
    }
    // So is one, with its edition or not, that a title and then the issuing clause follow,
    // after a web page's trail (`... policy issues Resolution 146 (Antalya, 2006)* Review of
    // the ...`, `... references Resolution No. 644 Telecommunication resources ...`): a
    // sentence would go on in small letters, or end before the clause.
    let title = after;
    let title = &title[..title.len().saturating_sub(line.len() - clause)];
    if title.starts_with(char::is_uppercase)
        && !title.contains(['.', ';', ':'])
        && !title.char_indices().any(|(k, c)| {
            c.is_alphabetic()
                && (k == 0 || title[..k].ends_with(' '))
                && w.may_start_citation_word(&title[k..])
                && crate::citation::trigger_word(w, &title[k..]).is_ok()
        })
    {
        return false;
    }
    let drafted = (i.saturating_sub(48).max(from)..i)
        .filter(|&j| line.is_char_boundary(j))
        .any(|j| crate::heading::draft_prefix_len(w, &line[j..]) == i - j);
    !drafted
}

/// The positions of sorted `positions` from `from` up to `to`, excluded: a line's word starts
/// between two of its marks, found without walking the line again for each mark.
fn between(positions: &[usize], from: usize, to: usize) -> &[usize] {
    let lo = positions.partition_point(|&p| p < from);
    let hi = positions.partition_point(|&p| p < to).max(lo);
    &positions[lo..hi]
}

/// Whether one of `ranges`, sorted by start and not overlapping, holds `i`: only the last one
/// starting at or before it may.
fn inside(ranges: &[(usize, usize)], i: usize) -> bool {
    let n = ranges.partition_point(|&(s, _)| s <= i);
    n > 0 && i < ranges[n - 1].1
}

/// A line break inserted before byte `at` (and the spaces before it gone).
fn break_at(text: &str, line_start: usize, at: usize, with: &'static str, edits: &mut Vec<Edit>) {
    let before = text[line_start..at].trim_end_matches([' ', '\t', '\u{a0}']);
    let from = line_start + before.len();
    if from == line_start {
        return;
    }
    let after = text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len();
    if edits.last().is_some_and(|e: &Edit| e.end > from) {
        return;
    }
    edits.push(Edit { start: from, end: at + after, with: with.into() });
}

/// Breaks one flowed line at its headings, issuing clauses, clause words and annexes.
fn flowed_line(w: &Words, text: &str, start: usize, end: usize, edits: &mut Vec<Edit>) {
    let line = &text[start..end];
    // Word starts: after a space or punctuation, before a letter.
    let mut word_starts: Vec<usize> = Vec::new();
    let mut previous: Option<char> = None;
    for (i, c) in line.char_indices() {
        if c.is_alphabetic()
            && previous.is_none_or(|p| !p.is_alphanumeric() && p != '\'' && p != '-')
        {
            word_starts.push(i);
        }
        previous = Some(c);
    }
    // A heading may also start at a word in capitals glued to a page number before it, where a
    // copy lost the line break between a page's header and the heading (`Res. 64 12RESOLUTION
    // 64`), to a proposal number (`RCC/23A17/1RESOLUTION 37`) or to a draft's action
    // (`MODRESOLUTION 646`).
    let mut candidates = word_starts.clone();
    let bytes = line.as_bytes();
    for &i in &word_starts {
        let word = &line[i..];
        let run = word.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(word.len());
        if let Some(k) = (2..run.min(5)).find(|&k| {
            w.draft_actions.one_of(&word[..k]).is_ok()
                && crate::citation::trigger_word(w, &word[k..]).is_ok()
        }) {
            candidates.push(i + k);
        }
    }
    for (i, c) in line.char_indices() {
        // A citation word in capitals glued to a word's last small letter (`Document for:
        // InformationRESOLUTION BB`).
        if c.is_ascii_uppercase()
            && i > 0
            && bytes[i - 1].is_ascii_lowercase()
            && is_upper_word(&line[i..])
            && crate::citation::trigger_word(w, &line[i..]).is_ok()
        {
            candidates.push(i);
        }
        if c.is_ascii_alphabetic() && i > 0 && bytes[i - 1].is_ascii_digit() {
            let digits = bytes[..i].iter().rev().take_while(|b| b.is_ascii_digit()).count();
            let start = i - digits;
            // In capitals, or a citation word in small letters (a copy of small capitals).
            if digits <= 4
                && (start == 0 || matches!(bytes[start - 1], b' ' | b'\t' | b'/'))
                && (is_upper_word(&line[i..])
                    || (c.is_ascii_lowercase()
                        && crate::citation::trigger_word(w, &line[i..]).is_ok()))
            {
                candidates.push(i);
            }
        }
    }
    candidates.sort_unstable();
    // Issuing clauses first: they tell where the headings are. A copy that lost the space at
    // a line's end may glue one to the title's last word (`... mitigation and reliefThe
    // Plenipotentiary Conference ...`): a capital right after a small letter may open one too.
    let mut clause_starts = word_starts.clone();
    let mut previous_glues = false;
    for (i, c) in line.char_indices() {
        if previous_glues && c.is_uppercase() {
            clause_starts.push(i);
        }
        previous_glues = c.is_alphanumeric() || c == ')';
    }
    clause_starts.sort_unstable();
    let mut clauses: Vec<(usize, usize)> = Vec::new();
    for &i in &clause_starts {
        if clauses.last().is_some_and(|&(_, e)| i < e) {
            continue;
        }
        // The clause opens with a capital (`The`, `La`), not inside a sentence (`of the World
        // Telecommunication Standardization Assembly, on ...`).
        if !line[i..].starts_with(char::is_uppercase) {
            continue;
        }
        if let Some(len) = issuing_clause_at(w, &line[i..]) {
            clauses.push((i, i + len));
        }
    }
    // Citation words that may be headings: one resolution, attributed to a body if at all.
    let mut marks: Vec<(usize, &'static str)> = Vec::new();
    // Running headers right before a heading: from where to the heading.
    let mut headers: Vec<(usize, usize)> = Vec::new();
    // A booklet page's running title with its page number (`ii WTSA-2004 – Resolutions1`):
    // furniture, and the line goes on after it on a line of its own, as the page's title does.
    let running_titles = booklet_running_titles(w, line);
    for &(_, to) in &running_titles {
        marks.push((to, "running title"));
    }
    let mut heading_ends: Vec<(usize, usize)> = Vec::new();
    let mut taken = 0;
    for (n, &(cs, ce)) in clauses.iter().enumerate() {
        let window_start = cs.saturating_sub(MAX_TITLE).max(taken);
        // Another instrument's heading (`DECISION 5 (REV. DUBAI, 2018)`, a compilation's `D 552
        // (C09)`) before the clause: the clause is that instrument's, and no citation before it
        // is the clause's heading.
        let instrument = between(&word_starts, window_start, cs)
            .iter()
            .rev()
            .filter(|&&j| line.as_bytes()[j].is_ascii_uppercase() || !line.as_bytes()[j].is_ascii())
            .find_map(|&j| match crate::identity::instrument_head(w, &line[j..cs]) {
                Some((len, true)) => Some((j, j + len)),
                _ => None,
            });
        let mut best: Option<(usize, usize)> = None;
        for &i in between(&candidates, instrument.map_or(window_start, |(_, he)| he), cs) {
            if let Some(len) = heading_at(w, &line[i..cs])
                && citation(w, &line[i..])
                    .ok()
                    .is_none_or(|(_, raw)| crate::heading::one_resolution(&raw).is_some())
                && !inside_sentence(w, line, (i, len), window_start, cs)
                && !after_annex_link(w, &line[..i])
            {
                let upper = is_upper_word(&line[i..]);
                // The last heading-like citation before the clause, a capital one preferred.
                match best {
                    Some((b, _)) if is_upper_word(&line[b..]) && !upper => {}
                    _ => best = Some((i, i + len)),
                }
            }
        }
        if let Some((hs, he)) = best {
            // What marks a draft before the citation word goes with the heading: `MOD
            // EUR/44A7/1`, `DRAFT NEW`.
            let hs = between(&word_starts, hs.saturating_sub(48).max(window_start), hs)
                .iter()
                .copied()
                .find(|&j| crate::heading::draft_prefix_len(w, &line[j..]) == hs - j)
                .unwrap_or(hs);
            marks.push((hs, "heading"));
            heading_ends.push((hs, he));
            // A page's running header naming this resolution right before its heading goes.
            if let Some(number) =
                crate::heading::heading(w, &line[hs..he], 0).and_then(|h| h.number)
                && let Some((from, _)) = header_ending(w, &line[..hs], number.base)
            {
                headers.push((from, hs));
            }
            marks.push((he, "title"));
            // Notes in parentheses under the heading (`(approved at the fourteenth Plenary
            // Meeting)`, `(MOD) (adopted by correspondence)`) are a line of their own, before
            // the title.
            let mut after = line[he..cs].trim_start();
            let mut notes_end = None;
            while after.starts_with('(')
                && let Some(close) = after.find(')')
                && !after[1..close].contains('(')
                && after[1..close].chars().any(char::is_alphabetic)
            {
                notes_end = Some(cs - after.len() + close + 1);
                after = after[close + 1..].trim_start();
            }
            if let Some(end) = notes_end
                && after.starts_with(char::is_uppercase)
            {
                marks.push((end, "title"));
            }
        } else if let Some((hs, number_end, session)) =
            session_after_title_at(w, line, &word_starts, window_start, cs)
        {
            // A Council compilation's `R 741 Title (C-1974, ...) Le Conseil,`: the heading, the
            // title and the session each a line of their own, the session then read on the
            // heading's line.
            marks.push((hs, "heading"));
            heading_ends.push((hs, number_end));
            marks.push((number_end, "title"));
            marks.push((session, "session"));
        } else if let Some((hs, he)) = instrument {
            // Another instrument of the Final Acts (`DECISION 5 (REV. DUBAI, 2018)`): its
            // heading a line of its own, so that it ends the resolution before it.
            marks.push((hs, "heading"));
            marks.push((he, "title"));
        } else if let Some((hs, he)) = between(&word_starts, window_start, cs)
            .iter()
            .filter(|&&j| line[j..].starts_with(|c: char| c.is_ascii_uppercase()))
            .rev()
            .find_map(|&j| match crate::heading::action(w, &line[j..cs]) {
                Ok((rest, (_, Some(_)))) => Some((j, cs - rest.len())),
                _ => None,
            })
        {
            // A draft's action line with its proposal number and no heading after it (`ADD
            // EUR/10A25/2 Agenda for ...`): a line of its own, as the proposal had it.
            marks.push((hs, "heading"));
            marks.push((he, "title"));
        } else if n == 0 && cs > 0 {
            marks.push((cs, "clause"));
            // Without a heading, a title in capitals right before the clause is a block of
            // its own: the cover lines before it are not part of it.
            let from = floor_boundary(line, window_start);
            if let Some(title) = capitals_before(&line[from..cs]) {
                marks.push((from + title, "title block"));
            }
        }
        // An ITU-R year chain or an adoption history between the title and the clause:
        // `(1993-2000)`, `(Florianópolis, 2004; Johannesburg, 2008)`.
        let before_clause = line[..cs].trim_end();
        if before_clause.ends_with(')')
            && let Some(open) = before_clause.rfind('(')
            && crate::identity::is_history(&before_clause[open + 1..before_clause.len() - 1])
        {
            marks.push((open, "year chain"));
        }
        marks.push((cs, "clause"));
        marks.push((ce, "after clause"));
        taken = ce;
    }
    // No heading before any issuing clause: a cover's heading near the top of the text, its
    // title after a dash, not inside a sentence (`Dubai, 20-29 November 2012 Resolution 1 –
    // Rules of procedure ...`), its issuing clause far below a notice and a foreword.
    if heading_ends.is_empty()
        && start == 0
        && let Some((i, len)) = word_starts.iter().take(COVER_HEADING_WORDS).find_map(|&i| {
            let rest = &line[i..];
            if !rest.starts_with(char::is_uppercase)
                || line[..i].trim_end().ends_with(char::is_lowercase)
            {
                return None;
            }
            let len = heading_at(w, &rest[..floor_boundary(rest, 200)])?;
            let after = rest[len..].trim_start_matches([' ', '\u{a0}']);
            let title = after.strip_prefix(DASHES)?.trim_start_matches([' ', '\u{a0}']);
            // Not the resolution a proposal's revision title names (`DRAFT Revision to WTDC
            // Resolution 17 - ...`).
            let revised = word_starts
                .iter()
                .take_while(|&&j| j < i)
                .any(|&j| crate::identity::revision_title_at(w, &line[j..]).is_some());
            (after.len() < rest.len() - len && title.starts_with(char::is_uppercase) && !revised)
                .then_some((i, len))
        })
    {
        marks.push((i, "heading"));
        heading_ends.push((i, i + len));
        // The heading's line ends at the first sentence's end after it (the notice under the
        // title), so that it stays a heading's length.
        if let Some(&j) = word_starts.iter().find(|&&j| {
            j > i + len
                && j < i + MAX_TITLE
                && line[..j].trim_end().ends_with('.')
                && line[j..].starts_with(char::is_uppercase)
        }) {
            marks.push((j, "after cover heading"));
        }
    }
    // No issuing clause: a heading in capitals near the top.
    if clauses.is_empty()
        && let Some(&i) = word_starts.iter().take(40).find(|&&i| is_upper_word(&line[i..]))
        && let Some(len) = heading_at(w, &line[i..floor_boundary(line, i + 200)])
    {
        marks.push((i, "heading"));
        marks.push((i + len, "title"));
        heading_ends.push((i, i + len));
    }
    // Found in source order, but for a cover's heading and a heading near the top: sorted for
    // the lookups below.
    heading_ends.sort_unstable();
    // A list of resolutions by heading and title alone run onto the line (the Final Acts' list
    // of those a conference abrogated): headings in capitals with an edition, two or more, each
    // within a title's length of the next and no issuing clause between them. Each heading and
    // each title a line of its own, so that the list reads as such. Looked for after the first
    // resolution only: what stands before it is its front matter (a cover listing what
    // follows), read as such.
    let after_first = heading_ends.first().map_or(line.len(), |&(_, he)| he);
    let entries: Vec<(usize, usize)> = between(&word_starts, after_first, line.len())
        .iter()
        .filter(|&&i| {
            is_upper_word(&line[i..]) && !inside(&heading_ends, i) && !inside(&clauses, i)
        })
        .filter_map(|&i| {
            let len = heading_at(w, &line[i..floor_boundary(line, i + 200)])?;
            let edition = heading(w, line[i..i + len].trim_end(), 0)?.edition;
            edition.is_some().then_some((i, i + len))
        })
        .collect();
    let mut run_start = 0;
    for n in 1..=entries.len() {
        let joined = entries.get(n).is_some_and(|&(next, _)| {
            let (previous, _) = entries[n - 1];
            let clause = clauses.partition_point(|&(cs, _)| cs <= previous);
            next - previous <= MAX_TITLE && clauses.get(clause).is_none_or(|&(cs, _)| cs >= next)
        });
        if joined {
            continue;
        }
        if n - run_start >= 2 {
            for &(hs, he) in &entries[run_start..n] {
                marks.push((hs, "heading"));
                marks.push((he, "title"));
            }
        }
        run_start = n;
    }
    // A table of contents run onto the line: its title and each of its entries (`RESOLUTION
    // ITU-R 1-8 – Title`, `ANNEX 1`) lines of their own, so that the contents read as such.
    if let Some((title_start, title_end)) = contents_title_in(w, line, &word_starts) {
        let first_clause = clauses.first().map_or(line.len(), |&(cs, _)| cs);
        marks.push((title_start, "contents title"));
        marks.push((title_end, "contents entry"));
        for &j in word_starts.iter().filter(|&&j| j > title_end && j < first_clause) {
            let rest = &line[j..];
            let annex = is_upper_word(rest)
                && w.annex_words.one_of(rest).is_ok_and(|(after, ())| after.starts_with(' '));
            if annex || contents_entry_at(w, rest) {
                marks.push((j, "contents entry"));
            }
        }
    }
    // The title of another text of the Final Acts, in capitals (`DECLARATIONS AND
    // RESERVATIONS`): a line of its own.
    for &j in &word_starts {
        let rest = &line[j..];
        if rest.starts_with(|c: char| c.is_uppercase())
            && is_upper_word(rest)
            && let Ok((after, ())) = w.instrument_titles.one_of(rest)
            && !rest[..rest.len() - after.len()].chars().any(char::is_lowercase)
        {
            marks.push((j, "heading"));
            marks.push((j + rest.len() - after.len(), "title"));
        }
    }
    // A revision title (`DRAFT Revision to WTDC Resolution 17`) before the first heading or
    // issuing clause: a line of its own, as on a proposal's cover page.
    let first_mark = marks.iter().map(|m| m.0).min().unwrap_or(line.len());
    if let Some(&i) = word_starts
        .iter()
        .take_while(|&&i| i < first_mark)
        .find(|&&i| crate::identity::revision_title_at(w, &line[i..]).is_some())
    {
        marks.push((i, "revision title"));
        // A cover page's field after it (`Abstract:`, `Summary:`) is a line of its own.
        if let Some(&field) = word_starts
            .iter()
            .skip_while(|&&j| j <= i)
            .take_while(|&&j| j < first_mark && j < i + MAX_TITLE)
            .find(|&&j| {
                let word = &line[j..];
                let len = word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len());
                word.starts_with(char::is_uppercase) && word[len..].starts_with(':')
            })
        {
            marks.push((field, "cover field"));
        }
    }
    // The publication's foreword, which opens by naming the Union, after a cover's title run on
    // to it (`... Standardization Sectors The International Telecommunication Union (ITU) is
    // ...`): a line of its own, so the title ends before it.
    if let Some(&i) = word_starts.iter().find(|&&i| {
        line[i..].starts_with(char::is_uppercase)
            && !inside(&heading_ends, i)
            && w.foreword_openings.one_of(&line[i..]).is_ok()
    }) {
        marks.push((i, "foreword"));
    }
    // Clause words where a clause may open: after punctuation ending an item or sentence, or
    // right after the issuing clause.
    for &i in &word_starts {
        if inside(&heading_ends, i) {
            continue;
        }
        let before = line[..i].trim_end_matches([' ', '\t', '\u{a0}']);
        // Clauses do not overlap: the last one ending at or before `i` is the nearest.
        let ended = clauses.partition_point(|&(_, e)| e <= i);
        let after_clause = ended > 0 && line[clauses[ended - 1].1..i].trim().is_empty();
        let rest = &line[i..];
        // Or after a parenthesis, the first item's label after it: a page's running title
        // before the end of a resolution (`(1.2 – Autres questions financières) décide 1 que`).
        let after_parenthesis = || {
            before.ends_with(')')
                && crate::clause::opening(w, rest).is_ok_and(|(after, _)| {
                    is_item_label(after.trim_start_matches([' ', '\t', '\u{a0}']))
                })
        };
        if !(before.ends_with([',', ';', ':', '.']) || after_clause || after_parenthesis()) {
            continue;
        }
        // The first item's label may be glued to it where a copy lost the space (`recallinga)
        // Resolution 36 ...`).
        if let Ok((after, _)) = crate::clause::opening(w, rest)
            && after.starts_with(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';'))
        {
            marks.push((i, "clause word"));
        } else if let Some(glued) = glued_clause_word(w, rest) {
            // What a copy glued to it goes on the next line (`recallingResolution 123`,
            // `recallinga) ...`).
            marks.push((i, "clause word"));
            marks.push((i + glued, "glued"));
        }
        // An annex: `ANNEX`, `ANNEX 1`, `ANNEX TO RESOLUTION 70 (REV. DUBAI, 2018)` in capitals.
        if is_upper_word(rest)
            && let Ok((after, ())) = w.annex_words.one_of(rest)
            && after.starts_with(' ')
        {
            marks.push((i, "annex"));
            let label_end = annex_label_end(w, after);
            marks.push((i + (rest.len() - after.len()) + label_end, "after annex"));
        }
    }
    // Items (`a)`, `1`) after the punctuation ending the one before or after a clause word, and
    // footnote separators (`_____`).
    let mut clause_words: Vec<usize> =
        marks.iter().filter(|m| m.1 == "clause word").map(|m| m.0).collect();
    clause_words.sort_unstable();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // A contents entry's dot leaders and page number: the entry ends there.
        if b == b'.' && bytes[i..].iter().take_while(|&&c| c == b'.').count() >= 3 {
            let dots = bytes[i..].iter().take_while(|&&c| c == b'.').count();
            let after = &line[i + dots..];
            let number = after.trim_start_matches(' ');
            let digits = number.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=4).contains(&digits) {
                marks.push((i + dots + (after.len() - number.len()) + digits, "contents entry"));
            }
            i += dots;
            continue;
        }
        if b == b'_' && bytes[i..].iter().take_while(|&&c| c == b'_').count() >= 3 {
            let run = bytes[i..].iter().take_while(|&&c| c == b'_').count();
            marks.push((i, "separator"));
            marks.push((i + run, "footnote"));
            i += run;
            continue;
        }
        if matches!(b, b';' | b':' | b'.' | b',') || clause_words.binary_search(&(i + 1)).is_ok() {
            let after = &line[i + 1..];
            let item = after.trim_start_matches([' ', '\t', '\u{a0}']);
            let at = i + 1 + (after.len() - item.len());
            // A lettered label may be glued to the semicolon ending the item before it
            // (`disasters;b) that`).
            let glued = b == b';' && item.starts_with(|c: char| c.is_ascii_lowercase());
            if (at > i + 1 || glued)
                && is_item_label(item)
                && (b != b',' || item.starts_with(char::is_alphabetic))
            {
                marks.push((at, "item"));
            }
        }
        i += 1;
    }
    // After a clause word, the item that follows it.
    for &at in &clause_words {
        if let Ok((after, _)) = crate::clause::opening(w, &line[at..]) {
            let item = after.trim_start_matches([' ', '\t', ',', ':', ';', '\u{a0}']);
            if is_item_label(item) {
                marks.push((line.len() - item.len(), "item"));
            }
        }
    }
    marks.sort_unstable();
    marks.dedup_by_key(|m| m.0);
    for (at, kind) in marks {
        if let Some(&(from, _)) = headers.iter().find(|h| h.1 == at && kind == "heading")
            && edits.last().is_none_or(|e: &Edit| e.end <= start + from)
        {
            edits.push(Edit { start: start + from, end: start + at, with: "\n".into() });
        } else if kind == "running title" {
            // The spaces before it go too, but for those an edit before took already.
            if let Some(&(from, _)) = running_titles.iter().find(|r| r.1 == at)
                && from > 0
                && at < line.len()
            {
                let spaced = line[..from].trim_end_matches([' ', '\t', '\u{a0}']).len();
                let cut = edits.last().map_or(spaced, |e: &Edit| spaced.max(e.end - start));
                if cut <= from {
                    edits.push(Edit { start: start + cut, end: start + at, with: "\n".into() });
                }
            }
        } else if at > 0 && at < line.len() {
            let with = if kind == "title block" { "\n\n" } else { "\n" };
            break_at(text, start, start + at, with, edits);
        }
    }
}

/// The booklet pages' running titles inside a flowed `line`: a Sector's tag with its year, a dash
/// and the plural citation word with the page number, glued or apart (`WTSA-2004 – Resolutions1`,
/// `WTSA-2000 – Resolutions 3`), a page number of the cover's before it if any (`ii`). Byte
/// ranges within the line, the spaces after them included.
fn booklet_running_titles(w: &Words, line: &str) -> Vec<(usize, usize)> {
    let mut res = Vec::new();
    for dash in [" \u{2013} ", " \u{2014} ", " - "] {
        for (at, _) in line.match_indices(dash) {
            let before = &line[..at];
            let tag_start = before.rfind([' ', '\t']).map_or(0, |i| i + 1);
            let tag = &before[tag_start..];
            if !(tag.starts_with(|c: char| c.is_ascii_uppercase())
                && tag.contains('-')
                && tag.contains(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
            let rest = &line[at + dash.len()..];
            let Ok((after_word, Trigger::Plural)) = crate::citation::trigger_word(w, rest) else {
                continue;
            };
            let number = after_word.trim_start_matches(' ');
            let digits = number.bytes().take_while(u8::is_ascii_digit).count();
            if !(1..=4).contains(&digits)
                || number[digits..].chars().next().is_some_and(|c| !c.is_whitespace())
            {
                continue;
            }
            let end = line.len() - number.len() + digits;
            let end = end + (line[end..].len() - line[end..].trim_start_matches([' ', '\t']).len());
            // The cover's page number before it: digits or a small roman numeral.
            let lead = before[..tag_start].trim_end_matches(' ');
            let page_start = lead.rfind(' ').map_or(0, |i| i + 1);
            let page = &lead[page_start..];
            let is_page = !page.is_empty()
                && page.len() <= 4
                && (page.bytes().all(|b| b.is_ascii_digit())
                    || page.bytes().all(|b| b"ivxlc".contains(&b)));
            res.push((if is_page { page_start } else { tag_start }, end));
        }
    }
    res.sort_unstable();
    res
}

/// Where a clause word at the start of `text` ends when a copy that lost the space after it
/// glued the next word to it: a word with a capital (`recallingResolution 123`), an item's
/// label (`consideringa) that`) or an addressee or its lead (`resolvesto`, `resolvesthat`,
/// `décidede`: the vocabulary's `addressees` and `addressee_leads`).
fn glued_clause_word(w: &Words, text: &str) -> Option<usize> {
    let run = text.find(|c: char| !c.is_alphabetic()).unwrap_or(text.len());
    text[..run].char_indices().skip(1).find_map(|(j, c)| {
        let glued = &text[j..];
        let opens = c.is_uppercase()
            || (c.is_lowercase()
                && (is_item_label(glued)
                    || w.addressees.one_of(glued).is_ok()
                    || w.addressee_leads.one_of(glued).is_ok()));
        (opens && crate::clause::opening(w, &text[..j]).is_ok_and(|(rest, _)| rest.is_empty()))
            .then_some(j)
    })
}

/// How many words a contents title may have (`TABLE OF CONTENTS`, `Tabla de contenido`).
const CONTENTS_TITLE_WORDS: usize = 4;

/// How many words after a contents title its first resolution's entry may come, after the
/// entries of the parts before the resolutions (`Chapter 1 – Declaration 1 Introduction ...`).
const CONTENTS_ENTRY_REACH: usize = 200;

/// A contents title among the first words of a flowed `line` (`TABLE OF CONTENTS`, `TABLE DES
/// MATIÈRES`, the vocabulary's `contents_titles`), with a contents entry after it: right after
/// it, or after the entries of other parts.
fn contents_title_in(w: &Words, line: &str, word_starts: &[usize]) -> Option<(usize, usize)> {
    for (n, &i) in word_starts.iter().take(60).enumerate() {
        if !line[i..].starts_with(char::is_uppercase) {
            continue;
        }
        for (k, &next) in word_starts.iter().enumerate().skip(n + 1).take(CONTENTS_TITLE_WORDS) {
            let title = line[i..next].trim_end();
            if title.len() <= 32
                && w.contents_titles.contains(&crate::vocabulary::folded(title))
                && word_starts[k..]
                    .iter()
                    .take(CONTENTS_ENTRY_REACH)
                    .any(|&j| contents_entry_at(w, &line[j..]))
            {
                return Some((i, i + title.len()));
            }
        }
    }
    None
}

/// Whether a contents entry opens `text`: a heading and a dash after it (`RESOLUTION ITU-R 1-8
/// – Working methods ...`).
fn contents_entry_at(w: &Words, text: &str) -> bool {
    heading_at(w, &text[..floor_boundary(text, 200)]).is_some_and(|len| {
        text[len..].trim_start_matches([' ', '\t', '\u{a0}']).starts_with(DASHES)
    })
}

/// Where a title in capitals ends `before` (`... Note by the Chairman of Committee B
/// PARTICIPATION OF COUNTRIES, PARTICULARLY DEVELOPING COUNTRIES, IN FREQUENCY SPECTRUM
/// MANAGEMENT`): three words or more whose letters are all capitals, the first of two letters or
/// more, after a word that is not. Text in capitals all along has no such title.
fn capitals_before(before: &str) -> Option<usize> {
    let mut words = 0;
    // The first word of two letters or more of the run, and how many words the run has from it.
    let mut start = None;
    let mut rest = before.trim_end();
    loop {
        let space = rest.char_indices().rev().find(|&(_, c)| c.is_whitespace());
        let word_start = space.map_or(0, |(i, c)| i + c.len_utf8());
        let word = &rest[word_start..];
        if !is_capital_word(word) {
            break;
        }
        // Capitals up to the window's start: no telling where a title would start.
        let (space, _) = space?;
        words += 1;
        if word.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            start = Some((word_start, words));
        }
        rest = rest[..space].trim_end();
    }
    let (start, run) = start?;
    (run >= 3).then_some(start)
}

/// A word with a letter and no letter in lower case (`COUNTRIES,`, `(WTDC-98)`).
fn is_capital_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// `a)`, `(b)`, `iv)`, `1`, `1.1` followed by a space and a word: an item's label.
fn is_item_label(text: &str) -> bool {
    if !crate::clause::is_item_marker(text) {
        return false;
    }
    let label_len = text.find([' ', '\t', '\u{a0}']).unwrap_or(text.len());
    let label = &text[..label_len];
    if label.starts_with(|c: char| c.is_ascii_digit()) {
        // A number is an item's only before a word in lower case (`1 to ...`, `2 that ...`).
        let digits_ok = label.len() <= 4 && label.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        let next = text[label_len..].trim_start_matches([' ', '\t', '\u{a0}']);
        return digits_ok && next.starts_with(char::is_lowercase);
    }
    true
}

/// Whether the word at the start of `text` is written in capitals (two letters or more).
fn is_upper_word(text: &str) -> bool {
    let letters: Vec<char> = text.chars().take_while(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// The length of a heading at the start of `text`: one resolution's citation, attributed to a
/// body if at all, with its footnote marks; or a compilation's `R 1187 (C-2001)`.
fn heading_at(w: &Words, text: &str) -> Option<usize> {
    // Draft words and the citation word alone, no number: `Draft Resolution`.
    let prefix = crate::heading::draft_prefix_len(w, text);
    if prefix > 0
        && let Ok((after, trigger)) = crate::citation::trigger_word(w, &text[prefix..])
        && trigger != crate::vocabulary::Trigger::Plural
        && !after.trim_start().starts_with(|c: char| c.is_ascii_digit() || c == '[')
        && heading(w, &text[..text.len() - after.len()], 0).is_some()
    {
        return Some(text.len() - after.len());
    }
    if !w.may_start_citation_word(text) {
        // A compilation's `R 1187 (C-2001)`.
        let (rest, _) = crate::heading::compiled_heading(w, text).ok()?;
        return Some(text.len() - rest.len());
    }
    // A draft's label for a number: `RESOLUTION [COM6/7] (WRC-15)`.
    if let Ok((rest, _)) = crate::heading::draft_id(w, text) {
        return Some(text.len() - rest.len());
    }
    let (rest, raw) = citation(w, text).ok()?;
    crate::heading::one_resolution(&raw)?;
    // `Resolution 1207, ITU Council 2003`.
    let rest = crate::heading::session_after_comma(w, rest).map_or(rest, |(after, _, _)| after);
    let len = text.len() - rest.len();
    heading(w, text[..len].trim_end(), 0)?;
    Some(len + footnote_marks_len(rest))
}

/// How long the footnote marks glued to a heading's end at the start of `text` are: stars and
/// daggers, or one mark in brackets (`[*]`, `[1]`).
fn footnote_marks_len(text: &str) -> usize {
    let bare = text.len() - text.trim_start_matches(['*', '\u{2020}']).len();
    if bare > 0 {
        return bare;
    }
    let Some(inside) = text.strip_prefix('[') else { return 0 };
    let mark = inside.bytes().take_while(|b| *b == b'*' || b.is_ascii_digit()).count();
    if (1..=3).contains(&mark) && inside[mark..].starts_with(']') { mark + 2 } else { 0 }
}

/// The length of an issuing clause at the start of `text`: up to the comma or colon after its
/// edition, or after the body's name when it gives no edition.
fn issuing_clause_at(w: &Words, text: &str) -> Option<usize> {
    if crate::citation::article(w, text).len() == text.len() {
        return None;
    }
    let window = &text[..floor_boundary(text, MAX_ISSUING_CLAUSE)];
    for (i, c) in window.char_indices() {
        // A copy may have lost the comma after the edition: the clause then ends at the
        // parenthesis a clause word follows (`... (Dubai, 2018) recognizing that ...`).
        if c == ')'
            && let after = text[i + 1..].trim_start_matches([' ', '\t', '\u{a0}'])
            && after.len() < text.len() - i - 1
            && crate::clause::opening(w, after).is_ok_and(|(rest, _)| {
                rest.starts_with(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';'))
            })
        {
            let candidate = &text[..=i];
            if let Some(clause) = issuing_clause(w, candidate, 0) {
                return Some(clause.end);
            }
        }
        if matches!(c, ',' | ':') {
            let candidate = &text[..=i];
            // A comma inside the edition (`(Geneva, 2019)`) does not end the clause.
            if candidate.rfind('(') > candidate.rfind(')') {
                continue;
            }
            return issuing_clause(w, candidate, 0).map(|_| candidate.len());
        }
    }
    None
}

/// The largest char boundary at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How many words before a citation are looked at for an annex's words (`ANNEX 2 TO`, `ANNEXE
/// À LA`).
const ANNEX_LEAD_WORDS: usize = 4;

/// Whether `before` ends with an annex's words linking it to the resolution cited next (`ANNEX
/// TO`, `ANNEX 2 TO`, `ANNEXE 1 À LA`): the citation names what the annex belongs to, no heading.
fn after_annex_link(w: &Words, before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(ANNEX_LEAD_WORDS).collect();
    // The link stands among the last words, the annex word before it.
    words.iter().position(|word| w.annex_links.contains(&isc_model::text::fold(word))).is_some_and(
        |link| {
            words[link + 1..]
                .iter()
                .any(|word| w.annex_words.one_of(word).is_ok_and(|(rest, ())| rest.is_empty()))
        },
    )
}

/// Where an annex's label ends in `after` (what follows the annex word): a number, a letter or
/// `TO RESOLUTION ...` with its edition.
fn annex_label_end(w: &Words, after: &str) -> usize {
    let rest = after.trim_start();
    let skipped = after.len() - rest.len();
    let token: &str = rest.split([' ', '\t']).next().unwrap_or("");
    let folded = isc_model::text::fold(token);
    if w.annex_links.contains(&folded) {
        let after_link = rest[token.len()..].trim_start();
        let link_end = rest.len() - after_link.len();
        if let Ok((tail, _)) = citation(w, after_link) {
            return skipped + link_end + (after_link.len() - tail.len());
        }
        return skipped + token.len();
    }
    let is_label = !token.is_empty()
        && (token.chars().all(|c| c.is_ascii_digit())
            || token.chars().count() == 1
            || token.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
    if is_label { skipped + token.len() } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        Words::new(&crate::Vocabulary::shipped())
    }

    fn relaid(text: &str) -> String {
        relayout(&words(), text, &TextClasses::with_words(&words(), text))
            .map_or_else(|| text.to_owned(), |r| r.text)
    }

    #[test]
    fn next_digit_finds_every_digit() {
        let text = "no digits in here at all, then 7 and é9 and 12345678 x";
        let bytes = text.as_bytes();
        let expected: Vec<usize> =
            (0..bytes.len()).filter(|&i| bytes[i].is_ascii_digit()).collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            i = next_digit(bytes, i);
            if i < bytes.len() {
                found.push(i);
                i += 1;
            }
        }
        assert_eq!(found, expected);
        for byte in 0..=255u8 {
            let block = [b'a', b'b', b'c', byte, b'd', b'e', b'f', b'g', b'h'];
            let at = next_digit(&block, 0);
            assert_eq!(at < block.len(), byte.is_ascii_digit(), "{byte}");
        }
    }

    #[test]
    fn laid_out_text_is_not_copied() {
        let text = "RESOLUTION 2 (REV. DUBAI, 2018)\n\nForum\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\nresolves\n1\tto go on\n";
        assert!(relayout(&words(), text, &TextClasses::with_words(&words(), text)).is_none());
    }

    #[test]
    fn characters() {
        assert_eq!(relaid("coordi-\r\nnation of the\r\neﬀorts"), "coordination of the\nefforts");
        assert_eq!(relaid("the Secretary-\n  General\rand"), "the Secretary-General\nand");
        assert_eq!(relaid("develop\u{ad}ing countries1, and"), "developing countries, and");
        assert_eq!(relaid("IPv6 and G5 remain"), "IPv6 and G5 remain");
    }

    /// A one-line copy of hyphenated text: a word cut at a line end keeps a space where the
    /// break was (`coordi- nation`), and is joined; a hyphen before `and` or `or` suspends a
    /// compound (`short- and long-term`), and one before a capital or after a short piece is
    /// kept.
    #[test]
    fn words_cut_at_a_line_end_in_text_run_onto_one_line() {
        assert_eq!(
            relaid("the coordi- nation of the Sec- tors"),
            "the coordination of the Sectors"
        );
        assert_eq!(
            relaid("short- and long-term, pre- or post-"),
            "short- and long-term, pre- or post-"
        );
        assert_eq!(
            relaid("the Secretary- General and e- health"),
            "the Secretary- General and e- health"
        );
        assert_eq!(
            relaid("the broadcasting- satellite and broadcasting-satellite service"),
            "the broadcasting- satellite and broadcasting-satellite service"
        );
    }

    #[test]
    fn running_headers() {
        let w = words();
        assert_eq!(running_header(&w, "Res. 146\t107").map(|r| r.1), Some(146));
        assert_eq!(running_header(&w, "107\tRes. 146").map(|r| r.1), Some(146));
        assert_eq!(running_header(&w, "Res. 146    107").map(|r| r.1), Some(146));
        assert!(running_header(&w, "Resolution 146 (Rev. Dubai, 2018)").is_none());
        assert!(running_header(&w, "recalling Resolution 146").is_none());
        let text = "RESOLUTION 146 (REV. DUBAI, 2018)\n107\nTitle\n\nconsidering\na) that\n\nRes. 146\t108\n107 Res. 146 b) that more\n";
        assert_eq!(
            relaid(text),
            "RESOLUTION 146 (REV. DUBAI, 2018)\nTitle\n\nconsidering\na) that\n\nb) that more\n"
        );
    }

    #[test]
    fn flowed_text() {
        let pad = "the Union shall go on with the work it has set itself, ".repeat(25);
        let text = format!(
            "RESOLUTION 2 (REV. DUBAI, 2018) World policy forum The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018), considering a) that {pad}; recalling Resolution 71 (Rev. Dubai, 2018), resolves 1 to go on"
        );
        let got = relaid(&text);
        let lines: Vec<&str> = got.lines().map(|l| &l[..l.len().min(40)]).collect();
        assert_eq!(
            lines,
            [
                "RESOLUTION 2 (REV. DUBAI, 2018)",
                "World policy forum",
                "The Plenipotentiary Conference of the In",
                "considering",
                "a) that the Union shall go on with the w",
                "recalling Resolution 71 (Rev. Dubai, 201",
                "resolves",
                "1 to go on"
            ]
        );
    }

    #[test]
    fn maps_back() {
        let text = "coordi-\r\nnation ﬁnal\r\n";
        let r = relayout(&words(), text, &TextClasses::with_words(&words(), text)).unwrap();
        assert_eq!(r.text, "coordination final\n");
        let span = r.span(Span::new(0, 12));
        assert_eq!(&text[span.range()], "coordi-\r\nnation");
        let span = r.span(Span::new(13, 18));
        assert_eq!(&text[span.range()], "ﬁnal");
    }
}
