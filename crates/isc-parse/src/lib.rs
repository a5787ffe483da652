//! nom parsers that read ITU resolution texts.
//!
//! [`Parser::parse`] finds every citation of a resolution of the Union in a text
//! (`Resolution 191 (Rev. Dubai, 2018)`, `Resolutions 44 and 45 (Rev. Dubai, 2012) of WTSA`,
//! `Rés. UIT-R 9-2`, ...) with its byte span, and the document's own identity from its heading and
//! issuing clause. It borrows from the text and never fails: what it cannot read becomes a
//! [`Diagnostic`]. [`Parser::parse_strict`] is the all-or-nothing twin for embedders.
//!
//! ```
//! use isc_model::{Body, Calendar};
//! use isc_parse::Parser;
//!
//! let parser = Parser::new(Calendar::default());
//! let text = "RESOLUTION 44 (REV. DUBAI, 2012)\n\nBridging the standardization gap\n\n\
//!             The World Telecommunication Standardization Assembly (Dubai, 2012),\n\n\
//!             recalling Resolution 123 (Rev. Busan, 2014) and Resolution 54,\n";
//! let doc = parser.parse(text);
//! let id = doc.identity.as_ref().unwrap();
//! assert_eq!(id.body, Some(Body::Wtsa));
//! let cited: Vec<String> = doc.citations.iter().map(|c| c.render(parser.calendar())).collect();
//! assert_eq!(cited, ["PP 123 (Rev. Busan, 2014)", "WTSA 54"]);
//! # Ok::<(), isc_parse::ParseError>(())
//! ```

mod body;
mod bytes;
mod citation;
mod clause;
mod context;
mod edition;
mod error;
mod heading;
mod identity;
mod keywords;
mod layout;
mod lexicon;
mod pieces;
mod structure;
mod study;
mod vocabulary;

use std::sync::Arc;

use isc_model::{
    Body, Calendar, ConferenceIdx, Diagnostic, Edition, LineIndex, PartKind, ResolutionNumber,
    Sector, Severity, Span, StudyPeriod,
};

use crate::body::BodyProblem;
use crate::edition::{EditionOutcome, RawEdition};
pub use crate::error::{LexiconError, ParseError, Result, VocabularyError};
pub use crate::lexicon::{Lexicon, Mention, Scoring, Theme, ThemeIdx, ThemeMatch, Weights};
pub use crate::structure::Part;
pub use crate::study::{StudyHeading, StudyMention};
use crate::vocabulary::{BodyHint, Words};
pub use crate::vocabulary::{Language, Vocabulary};
pub use isc_model::BodySource;

/// A piece of the text and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TextRef<'a> {
    /// The text itself, borrowed from the document.
    pub text: &'a str,
    /// Its byte range in the document.
    pub span: Span,
}

/// An edition as written in the text, with the conference the calendar matched it to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct EditionRef<'a> {
    /// `Rev.` was written.
    pub revision: bool,
    /// The place as written (`Dubaï`), if any.
    pub place: Option<&'a str>,
    /// The year, if any (from the tag when the text gives a tag).
    pub year: Option<u16>,
    /// The conference tag as written (`CMR-19`), if any.
    pub tag: Option<&'a str>,
    /// The calendar's conference, when place and year or the tag name exactly one.
    pub conference: Option<ConferenceIdx>,
}

impl EditionRef<'_> {
    /// The owned, canonical edition: places in the calendar's spelling, tags as the calendar
    /// writes them (`CMR-19` becomes `WRC-19`).
    pub fn to_edition(&self, calendar: &Calendar) -> Edition {
        let conference = self.conference.map(|idx| calendar.conference(idx));
        if let Some(tag) = self.tag {
            let tag = match self.conference {
                Some(idx) => calendar.canonical_tag(idx, tag),
                None => tag.to_uppercase(),
            };
            return Edition::tagged(self.revision, tag, conference.map(|c| c.year).or(self.year));
        }
        let place = match self.place {
            Some(written) => Some(match (calendar.canonical_place(written), conference) {
                (Some(canonical), _) => canonical.to_owned(),
                // The place as written may hold what the text read left out (a converter's
                // piece number inside the word): the conference it named is spelt as the
                // calendar spells it.
                (None, Some(c)) => c.place.clone(),
                (None, None) => written.split_whitespace().collect::<Vec<_>>().join(" "),
            }),
            // An ITU-R year chain names the year; the calendar knows where the Assembly met.
            // A conference cited by tag only (a session of the Council) is not named by place.
            None => conference.filter(|c| !c.by_tag_only).map(|c| c.place.clone()),
        };
        Edition { revision: self.revision, place, year: self.year, tag: None }
    }
}

/// One cited resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Citation<'a> {
    /// The whole citation phrase (shared by every resolution of a list) and its span.
    pub text: TextRef<'a>,
    /// The resolution's number.
    pub number: ResolutionNumber,
    /// The adopting body, when the text tells it.
    pub body: Option<Body>,
    /// Where the body came from, when known.
    pub body_source: Option<BodySource>,
    /// The edition, when the text gives a readable one.
    pub edition: Option<EditionRef<'a>>,
    /// The part of the document the phrase sits in.
    pub part: PartKind,
    /// The clause word of the clause holding the phrase.
    pub clause: Option<TextRef<'a>>,
    /// The sentence holding the citation says the cited resolution ends: it is suppressed,
    /// abrogated, repealed, or merged into another (`that Resolution 36 is accordingly
    /// suppressed`).
    pub suppressed: bool,
}

impl Citation<'_> {
    /// The canonical rendering: `PP 71 (Rev. Dubai, 2018)`, `WTSA 44`, `? 1305 (2009)` when the
    /// body is unknown.
    pub fn render(&self, calendar: &Calendar) -> String {
        render_id(self.body, self.number, self.edition.as_ref(), calendar)
    }
}

fn render_id(
    body: Option<Body>,
    number: ResolutionNumber,
    edition: Option<&EditionRef<'_>>,
    calendar: &Calendar,
) -> String {
    let mut res = match body {
        Some(body) => isc_model::ResolutionId::new(body, number).to_string(),
        None => format!("? {number}"),
    };
    if let Some(edition) = edition {
        res.push(' ');
        res.push_str(&edition.to_edition(calendar).to_string());
    }
    res
}

/// The document's own identity, from its heading, issuing clause and ITU-R year chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Identity<'a> {
    /// The heading line.
    pub heading: TextRef<'a>,
    /// The resolution's number.
    pub number: ResolutionNumber,
    /// The adopting body, when heading, issuing clause or edition tell it.
    pub body: Option<Body>,
    /// The edition, when heading, issuing clause or year chain tell it.
    pub edition: Option<EditionRef<'a>>,
    /// The issuing clause, when there is one.
    pub issuing_clause: Option<TextRef<'a>>,
}

impl Identity<'_> {
    /// The canonical rendering, as for citations: `PP 191 (Rev. Dubai, 2018)`.
    pub fn render(&self, calendar: &Calendar) -> String {
        render_id(self.body, self.number, self.edition.as_ref(), calendar)
    }
}

/// A draft resolution or a proposal to change one: `DRAFT NEW RESOLUTION [AFR-1]`, `MOD
/// RESOLUTION 70 (REV. DUBAI, 2018)`, `RESOLUTION [COM6/7]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Draft<'a> {
    /// What is proposed, as written before the citation word: `DRAFT NEW`, `MOD`, `ADD`, `SUP`.
    pub action: Option<TextRef<'a>>,
    /// The draft's label, without its brackets: `AFR-1`, `COM6/7`.
    pub label: Option<TextRef<'a>>,
    /// The resolution it modifies, suppresses or revises, where the heading names one: its
    /// number, body (from the issuing clause or a label) and edition.
    pub modifies: Option<(ResolutionNumber, Option<Body>, Option<EditionRef<'a>>)>,
    /// The conference the draft is put to, where its issuing clause names it: the body, and the
    /// edition it would be adopted in (of struck and inserted editions run together, the
    /// inserted one).
    pub conference: Option<(Body, Option<EditionRef<'a>>)>,
}

/// Everything read from one document.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ParsedDoc<'a> {
    /// The document's own identity, when it has a heading (or, without one, an issuing clause
    /// and a running header naming the resolution).
    pub identity: Option<Identity<'a>>,
    /// What the heading says when the document is a draft or a proposal; such a document has
    /// no identity of its own.
    pub draft: Option<Draft<'a>>,
    /// What the document is when it is study-group work (the terms of reference of a Question,
    /// the scope of a Working Party) rather than a resolution; it then has no identity.
    pub study: Option<StudyHeading<'a>>,
    /// The conference whose issuing clause opens a resolution that has neither identity nor
    /// draft mark (its heading not in the text): its body and edition.
    pub issuer: Option<(Body, Option<EditionRef<'a>>)>,
    /// The title under the heading.
    pub title: Option<TextRef<'a>>,
    /// The title as the parser read it, where the text as written holds something else between
    /// its words (a running header between two pages, a soft hyphen): `title` covers the
    /// stretch of the text, this gives the words. `None` where the two are the same.
    pub title_as_read: Option<String>,
    /// The document's parts in source order: heading, title, clauses, footnotes, annexes and
    /// text kept as other.
    pub parts: Vec<Part<'a>>,
    /// Every citation of a resolution of the Union, in source order; a list gives one per
    /// resolution. A document never cites itself: see [`ParsedDoc::self_references`].
    pub citations: Vec<Citation<'a>>,
    /// Mentions of the document's own identity (`this Resolution 70`, a running header `Res. 70`
    /// left in the text), in source order: not citations.
    pub self_references: Vec<Citation<'a>>,
    /// Resolutions named before the resolution itself starts (its heading, title or issuing
    /// clause): on a booklet's cover or foreword, in a proposal's cover fields. In source order;
    /// not citations of the resolution.
    pub front_matter_references: Vec<Citation<'a>>,
    /// Every Question, Working Party and study group the text names, in source order (a list
    /// gives one per item); a study document's mentions of itself are left out.
    pub study_mentions: Vec<StudyMention<'a>>,
    /// The themes of the parser's lexicon scoring at or above its threshold, best first.
    pub themes: Vec<ThemeMatch<'a>>,
    /// The best themes below the threshold, best first.
    pub theme_candidates: Vec<ThemeMatch<'a>>,
    /// Every coordination cue of the lexicon, in source order.
    pub coordination: Vec<Mention<'a>>,
    /// Whether a coordination cue sits in an operative clause or in the title.
    pub calls_for_coordination: bool,
    /// What could not be read, or was read with a doubt, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl ParsedDoc<'_> {
    /// Checks the structural invariants against the text it was parsed from: every span is in
    /// bounds and on char boundaries, citations and diagnostics are in source order, and every
    /// citation's text is its span's slice and contains its number.
    pub fn validate(&self, text: &str) -> std::result::Result<(), String> {
        let check = |what: &str, span: Span| -> std::result::Result<(), String> {
            let range = span.range();
            if range.start > range.end || range.end > text.len() {
                return Err(format!("{what} span {range:?} out of bounds 0..{}", text.len()));
            }
            if !text.is_char_boundary(range.start) || !text.is_char_boundary(range.end) {
                return Err(format!("{what} span {range:?} not on char boundaries"));
            }
            Ok(())
        };
        let check_ref = |what: &str, r: &TextRef<'_>| -> std::result::Result<(), String> {
            check(what, r.span)?;
            if &text[r.span.range()] != r.text {
                return Err(format!("{what} text {:?} is not its span's slice", r.text));
            }
            Ok(())
        };
        if let Some(id) = &self.identity {
            check_ref("heading", &id.heading)?;
            if let Some(clause) = &id.issuing_clause {
                check_ref("issuing clause", clause)?;
            }
        }
        if let Some(title) = &self.title {
            check_ref("title", title)?;
        }
        if let Some(study) = &self.study {
            check_ref("study heading", &study.heading)?;
        }
        let mut last = 0;
        for mention in &self.study_mentions {
            check_ref("study mention", &mention.text)?;
            if mention.text.span.start < last {
                return Err(format!("study mention {:?} out of source order", mention.text.text));
            }
            last = mention.text.span.start;
        }
        let mut last = 0;
        for part in &self.parts {
            check(part.kind.name(), part.span)?;
            if part.span.start < last || part.span.is_empty() {
                return Err(format!(
                    "{} part {:?} overlaps the part before or is empty",
                    part.kind, part.span
                ));
            }
            last = part.span.end;
            if let Some(clause) = &part.clause {
                check_ref("clause", clause)?;
            }
        }
        let check_mention = |what: &str, m: &Mention<'_>| -> std::result::Result<(), String> {
            check_ref(what, &m.text)?;
            if let Some(clause) = &m.clause {
                check_ref("clause", clause)?;
            }
            Ok(())
        };
        for theme in self.themes.iter().chain(&self.theme_candidates) {
            for mention in &theme.evidence {
                check_mention("theme evidence", mention)?;
            }
        }
        for mention in &self.coordination {
            check_mention("coordination cue", mention)?;
        }
        let mut last = 0;
        for citation in &self.self_references {
            check_ref("self-reference", &citation.text)?;
        }
        for citation in &self.front_matter_references {
            check_ref("front matter reference", &citation.text)?;
        }
        for citation in &self.citations {
            check_ref("citation", &citation.text)?;
            if let Some(clause) = &citation.clause {
                check_ref("clause", clause)?;
            }
            if citation.text.span.start < last {
                return Err(format!("citation {:?} out of source order", citation.text.text));
            }
            last = citation.text.span.start;
            let number = citation.number.base.to_string();
            // Characters the reading leaves out (a soft hyphen inside `1\u{ad}1`) are not read.
            let read: std::borrow::Cow<'_, str> = if citation
                .text
                .text
                .chars()
                .any(isc_model::text::is_invisible)
            {
                citation.text.text.chars().filter(|&c| !isc_model::text::is_invisible(c)).collect()
            } else {
                citation.text.text.into()
            };
            if !read.contains(&number) && !is_in_range(&read, citation.number.base) {
                return Err(format!("citation {:?} does not contain {number}", citation.text.text));
            }
        }
        let mut last = 0;
        for diagnostic in &self.diagnostics {
            check("diagnostic", diagnostic.span)?;
            if diagnostic.span.start < last {
                return Err(format!("diagnostic {:?} out of source order", diagnostic.message));
            }
            last = diagnostic.span.start;
        }
        Ok(())
    }
}

/// Whether `number` lies inside a range written in `text` (`Resolutions 25 to 27` holds 26).
fn is_in_range(text: &str, number: u32) -> bool {
    let numbers: Vec<u32> =
        text.split(|c: char| !c.is_ascii_digit()).filter_map(|t| t.parse().ok()).collect();
    numbers.windows(2).any(|w| w[0] < number && number < w[1])
}

/// Reads resolution texts. Build one per calendar, vocabulary and lexicon and share it: it
/// holds them compiled.
#[derive(Debug, Clone)]
pub struct Parser {
    calendar: Calendar,
    lexicon: Lexicon,
    vocabulary: Vocabulary,
    words: Arc<Words>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new(Calendar::default())
    }
}

/// Where a document's citations are read: its range of the text, the citation words in it, the
/// spans to pass over (its heading, running titles), and the body its context gives.
struct Scope<'s> {
    range: (usize, usize),
    citation_words: &'s [usize],
    skips: &'s [Span],
    body: Option<Body>,
}

impl Parser {
    /// A parser that identifies conferences with `calendar`.
    pub fn new(calendar: Calendar) -> Self {
        let vocabulary = Vocabulary::shipped();
        let words = vocabulary::compiled(&vocabulary);
        Parser { calendar, lexicon: Lexicon::default(), vocabulary, words }
    }

    /// Reads citations, headings and clauses with `vocabulary` instead of the shipped one.
    ///
    /// ```
    /// use isc_parse::{Parser, Vocabulary};
    /// let vocabulary = Vocabulary::shipped().extended_with_toml(
    ///     "[[language]]\ncode = \"de\"\nresolution_words = [\"Entschliessung\"]\n",
    /// )?;
    /// let parser = Parser::default().with_vocabulary(vocabulary);
    /// let doc = parser.parse("recalling Entschliessung 70 (Rev. Dubai, 2018),");
    /// assert_eq!(doc.citations[0].render(parser.calendar()), "PP 70 (Rev. Dubai, 2018)");
    /// # Ok::<(), isc_parse::VocabularyError>(())
    /// ```
    #[must_use]
    pub fn with_vocabulary(mut self, vocabulary: Vocabulary) -> Self {
        self.words = vocabulary::compiled(&vocabulary);
        self.vocabulary = vocabulary;
        self
    }

    /// The vocabulary this parser reads with.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Matches themes and coordination cues with `lexicon` (the default lexicon is empty).
    #[must_use]
    pub fn with_lexicon(mut self, lexicon: Lexicon) -> Self {
        self.lexicon = lexicon;
        self
    }

    /// The calendar this parser uses.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The lexicon this parser matches themes with.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Parses a text as one document. Never fails: problems are diagnostics.
    ///
    /// A compilation of many resolutions is better read with [`Parser::parse_all`]; here every
    /// heading after the first is read as a citation.
    pub fn parse<'a>(&self, text: &'a str) -> ParsedDoc<'a> {
        let parse = |header| {
            let classes = bytes::TextClasses::with_words(&self.words, text);
            match layout::relayout(&self.words, text, &classes) {
                None => self.parse_laid_out(text, Some(classes), header),
                Some(relaid) => relaid.remap(text, self.parse_laid_out(&relaid.text, None, header)),
            }
        };
        let doc = parse(None);
        // Read again, knowing whose it is, a text without heading whose page headers name one
        // resolution: rare, and only such a text is searched for them.
        match page_header_of(&self.words, text, &doc) {
            Some(header) => {
                let mut doc = parse(Some(header.0));
                header_heading(text, header, &mut doc);
                doc
            }
            None => doc,
        }
    }

    /// The text as the anatomy reads it: line breaks put back into flowed text, running headers,
    /// ligatures and soft hyphens gone, cut words joined. A text that needs none of it is given
    /// back as it is. The spans of a parse refer to the text as written, not to this one: it
    /// shows what the parser read, to tell a layout problem from a grammar one.
    ///
    /// ```
    /// let parser = isc_parse::Parser::default();
    /// assert_eq!(parser.reading("RESOLUTION 2\n\nForum\n"), "RESOLUTION 2\n\nForum\n");
    /// assert_eq!(parser.reading("Coordi-\nnation and e\u{fb00}orts\r\n"), "Coordination and efforts\n");
    /// ```
    pub fn reading<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        let classes = bytes::TextClasses::with_words(&self.words, text);
        match layout::relayout(&self.words, text, &classes) {
            None => std::borrow::Cow::Borrowed(text),
            Some(relaid) => std::borrow::Cow::Owned(relaid.text),
        }
    }

    /// [`Parser::parse`] on a text whose layout the anatomy reads, its bytes classified or not.
    fn parse_laid_out<'a>(
        &self,
        text: &'a str,
        classes: Option<bytes::TextClasses>,
        header: Option<u32>,
    ) -> ParsedDoc<'a> {
        let split = identity::Split { page_header: header, ..self.split(text, classes) };
        let heading = split.documents.first().and_then(|&(_, _, heading)| heading);
        self.parse_part(text, 0, text.len(), heading, &split, None)
    }

    /// Splits a text into its resolutions (a conference's Final Acts, a Sector's book of
    /// resolutions) at each heading and parses each one. Spans stay relative to the whole text.
    /// A table of contents, running page headers and page numbers are not read as resolutions
    /// or citations. Text before the first heading belongs to the first document.
    ///
    /// ```
    /// let parser = isc_parse::Parser::default();
    /// let text = "RESOLUTION 2 (REV. DUBAI, 2018)\n\nForum\n\n\
    ///             The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n\
    ///             RESOLUTION 11 (REV. DUBAI, 2018)\n\nTelecom events\n\n\
    ///             The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n";
    /// let docs = parser.parse_all(text);
    /// assert_eq!(docs.len(), 2);
    /// assert_eq!(docs[1].identity.unwrap().render(parser.calendar()), "PP 11 (Rev. Dubai, 2018)");
    /// ```
    pub fn parse_all<'a>(&self, text: &'a str) -> Vec<ParsedDoc<'a>> {
        self.parse_all_indexed(text).0
    }

    /// Like [`Parser::parse_all`], also giving the index of the text's lines that the parse
    /// built, to turn the documents' spans into lines and columns without indexing the text
    /// again.
    ///
    /// ```
    /// let parser = isc_parse::Parser::default();
    /// let text = "RESOLUTION 2 (REV. DUBAI, 2018)\n\nForum\n";
    /// let (docs, lines) = parser.parse_all_indexed(text);
    /// assert_eq!(lines.line_col(text, docs[0].title.unwrap().span.start as usize), (3, 1));
    /// ```
    pub fn parse_all_indexed<'a>(&self, text: &'a str) -> (Vec<ParsedDoc<'a>>, LineIndex) {
        let parse = |header| {
            let classes = bytes::TextClasses::with_words(&self.words, text);
            match layout::relayout(&self.words, text, &classes) {
                None => self.parse_all_laid_out(text, Some(classes), header),
                Some(relaid) => {
                    let (docs, _) = self.parse_all_laid_out(&relaid.text, None, header);
                    let docs = docs.into_iter().map(|doc| relaid.remap(text, doc)).collect();
                    (docs, LineIndex::new(text))
                }
            }
        };
        let (docs, lines) = parse(None);
        // As in [`Parser::parse`]: a first document without heading is read again, knowing
        // whose it is, where the page headers name one resolution, unless a heading of the text
        // names it (the page holds the end of the resolution before it).
        let header = docs.first().and_then(|first| page_header_of(&self.words, text, first));
        let named = |(number, _): &(u32, Span)| {
            let number = ResolutionNumber::new(*number);
            docs.iter().skip(1).any(|d| d.identity.as_ref().is_some_and(|id| id.number == number))
        };
        match header.filter(|header| !named(header)) {
            Some(header) => {
                let (mut docs, lines) = parse(Some(header.0));
                if let Some(first) = docs.first_mut() {
                    header_heading(text, header, first);
                }
                (docs, lines)
            }
            None => (docs, lines),
        }
    }

    /// The text split into documents; its bytes are classified here unless they already are.
    fn split<'a>(&self, text: &'a str, classes: Option<bytes::TextClasses>) -> identity::Split<'a> {
        let classes = classes.unwrap_or_else(|| bytes::TextClasses::with_words(&self.words, text));
        identity::split_classified(&self.words, text, classes)
    }

    /// [`Parser::parse_all_indexed`] on a text whose layout the anatomy reads, its bytes
    /// classified or not.
    fn parse_all_laid_out<'a>(
        &self,
        text: &'a str,
        classes: Option<bytes::TextClasses>,
        header: Option<u32>,
    ) -> (Vec<ParsedDoc<'a>>, LineIndex) {
        let split = identity::Split { page_header: header, ..self.split(text, classes) };
        let mut docs: Vec<ParsedDoc<'a>> = Vec::with_capacity(split.documents.len());
        let mut previous: Option<(usize, usize)> = None;
        for &(start, end, heading) in &split.documents {
            // A study document that does not say its Sector or its period, bound after others,
            // takes them from the document before it: a study document, a resolution (the
            // annex of a Sector's resolution: its Sector), or a cover page naming them.
            let before =
                docs.last().zip(previous).map(|(d, (from, to))| match (&d.study, &d.identity) {
                    (Some(h), _) => (h.sector, h.period),
                    (None, Some(id)) => (id.body.map(Body::sector), None),
                    (None, None) => study::cover(&self.words, &split.lines, text, (from, to)),
                });
            docs.push(self.parse_part(text, start, end, heading, &split, before));
            previous = Some((start, end));
        }
        (docs, split.lines)
    }

    /// Parses a document and fails if anything had to be doubted (any diagnostic of severity
    /// warning or above). Built on [`Parser::parse`].
    pub fn parse_strict<'a>(&self, text: &'a str) -> Result<ParsedDoc<'a>> {
        let doc = self.parse(text);
        let diagnostics: Vec<Diagnostic> =
            doc.diagnostics.iter().filter(|d| d.severity >= Severity::Warning).cloned().collect();
        if diagnostics.is_empty() { Ok(doc) } else { Err(ParseError { diagnostics }) }
    }

    /// Parses the document occupying `text[start..end]`; spans stay relative to the whole text.
    fn parse_part<'a>(
        &self,
        text: &'a str,
        start: usize,
        end: usize,
        heading: Option<heading::Heading<'a>>,
        split: &identity::Split<'a>,
        before: Option<(Option<Sector>, Option<StudyPeriod>)>,
    ) -> ParsedDoc<'a> {
        let running_titles = &split.running_titles;
        let mut res = ParsedDoc::default();
        // A revision title at the top of the text is about its first document.
        let revision = if start == 0 { split.revision_title } else { None };
        // Without a heading, the title and issuing clause are looked for from the start, or
        // under a revision title on a cover page: the cover's other fields run long.
        let top_from = revision.filter(|_| heading.is_none()).map_or(start, |r| {
            let after = r.title.map_or(r.end, |t| t.1).max(start).min(end);
            text[after..end].find('\n').map_or(after, |i| after + i + 1)
        });
        // Nor a revision title: a draft's action line with its issuing clause under it, far
        // below an introduction (`ADD EUR/10A25/2`), opens the draft.
        let action = (heading.is_none() && revision.is_none())
            .then(|| identity::action_before_clause(&self.words, &split.lines, text, start, end))
            .flatten();
        let top_from = action.map_or(top_from, |(_, from)| from);
        let top = identity::top(&self.words, &split.lines, text, heading, top_from, end);
        let draft = self.draft(text, &top, revision, action.map(|(mark, _)| mark));
        let identity = if draft.is_some() {
            None
        } else {
            self.identity(text, start, &top, &mut res.diagnostics)
        };
        // A page without heading, issuing clause or draft mark whose short running headers all
        // name one resolution (`RES647 – 368 –`) is that resolution's, of the conference whose
        // book writes them; the heading is the header, set once the text as written is known.
        // Only the first document may be the page's: the ones after it open with headings.
        let first = split.documents.first().is_some_and(|&(s, _, _)| s == start);
        let identity = identity.or_else(|| {
            let number = split.page_header.filter(|_| {
                first
                    && top.heading.is_none()
                    && top.clause.is_none()
                    && draft.is_none()
                    && action.is_none()
            })?;
            Some(Identity {
                heading: TextRef { text: "", span: Span::new(start, start) },
                number: ResolutionNumber::new(number),
                body: Some(Body::Wrc),
                edition: None,
                issuing_clause: None,
            })
        });
        // Without a resolution's identity, the document may be study-group work.
        let mut study_top = match (&identity, &draft) {
            (None, None) => study::top(&self.words, &split.lines, text, (start, end)),
            _ => None,
        };
        if let Some(t) = study_top.as_mut()
            && let Some((sector_before, period_before)) = before
        {
            if t.heading.sector.is_none() {
                // ITU-R numbers its Questions `Question ITU-R`: a bare one is never ITU-R's.
                let is_question = matches!(t.heading.item, isc_model::StudyKind::Question { .. });
                t.heading.sector = sector_before
                    .filter(|&s| s != Sector::Union && !(is_question && s == Sector::R));
                t.heading.sector_source = t.heading.sector.map(|_| BodySource::Document);
            }
            if t.heading.period.is_none()
                && t.heading.sector.is_some()
                && t.heading.sector == sector_before
            {
                t.heading.period = period_before;
            }
        }
        // A list of resolutions by heading and title alone ended it: named, with its first line.
        if let Some(&(s, e)) = split.lists.iter().find(|&&(s, _)| s == end) {
            let name = text[s..e].trim();
            res.diagnostics.push(Diagnostic::info(
                Span::new(s, e),
                format!(
                    "`{name}` opens a list of resolutions by heading and title alone, with no text: no resolutions, and not read as part of this one"
                ),
            ));
        }
        let study_sector = study_top.as_ref().and_then(|t| t.heading.sector);
        let is_study = study_top.is_some();
        // A body is taken from the document only when the document says who it is: its own
        // identity, its issuing clause at the top, or, for a draft, the resolution it modifies;
        // never from a meeting header, a running header or a clause further down.
        let clause_body = top.clause.map(|c| c.body);
        let body = match (&identity, &draft) {
            (Some(id), _) => id.body,
            (None, Some(d)) => clause_body.or(d.modifies.and_then(|(_, body, _)| body)),
            (None, None) => clause_body.or(match study_sector {
                // The Assembly whose study groups they are adopts a Sector's Questions.
                Some(Sector::D) => Some(Body::Wtdc),
                Some(Sector::T) => Some(Body::Wtsa),
                _ => None,
            }),
        };

        // Running titles are in source order: this document's are one slice of them, found
        // without walking all of a large compilation's for each of its documents.
        let first = running_titles.partition_point(|&(s, _)| s < start);
        let count = running_titles[first..].partition_point(|&(s, _)| s < end);
        let running_titles = &running_titles[first..first + count];
        let mut skips: Vec<Span> = running_titles.iter().map(|&(s, e)| Span::new(s, e)).collect();
        skips.extend(identity.as_ref().map(|id| id.heading.span));
        if draft.is_some() {
            skips.extend(top.heading.map(|h| Span::new(h.start, h.end)));
        }
        skips.sort_unstable();
        // A draft with no title of its own above its issuing clause has the one its revision
        // title gives after a dash.
        let revision_title = revision.filter(|_| draft.is_some()).and_then(|r| r.title);
        let title =
            study_top.as_ref().map_or(top.title.or(revision_title), |t| t.title).and_then(|t| {
                // A title cut out of a longer run (a copy onto one line) may open with the label
                // of the cover's last field.
                let bounded = identity::bounded_title(text, t)?;
                Some(if bounded.0 > t.0 {
                    identity::after_field_label(text, bounded)
                } else {
                    bounded
                })
            });
        res.title = title.map(|(s, e)| TextRef { text: &text[s..e], span: Span::new(s, e) });
        // A resolution with no identity and no draft mark (its heading not in the text) still
        // names the conference of the issuing clause that opens it.
        if identity.is_none() && draft.is_none() && study_top.is_none() {
            res.issuer = top.clause.map(|clause| self.clause_conference(&clause));
        }
        res.identity = identity;
        res.draft = draft;
        res.parts = match &study_top {
            Some(study_top) => {
                study::parts(&self.words, text, &split.lines, (start, end), study_top)
            }
            // The title a revision title gives is the title part where it stands.
            None => structure::parts(
                &self.words,
                text,
                &split.lines,
                (start, end),
                &identity::Top { title, ..top },
                running_titles,
                &mut res.diagnostics,
            ),
        };
        if let Some(t) = &study_top
            && t.heading.sector.is_none()
        {
            res.diagnostics.push(Diagnostic::warning(
                t.heading.heading.span,
                format!(
                    "cannot tell which Sector's {} this document is: no Sector marker on its heading and no line of its top naming the Sector",
                    t.heading.item
                ),
            ));
        }
        // Another instrument of the Final Acts ended this document: named, with its line. With
        // nothing of a resolution before it (an empty text, or a page's furniture alone), it
        // ends none.
        if let Some(&(s, e)) = split.instruments.iter().find(|&&(s, _)| s == end) {
            let name = text[s..e].trim();
            let no_resolution = text[start..end].trim().is_empty()
                || (res.identity.is_none()
                    && res.draft.is_none()
                    && res.title.is_none()
                    && res.parts.iter().all(|p| p.kind == PartKind::Other));
            let message = if no_resolution {
                format!(
                    "`{name}` opens another instrument of the conference, not a resolution: its text is not read"
                )
            } else {
                format!(
                    "`{name}` ends this resolution: another instrument of the conference, not read as part of it"
                )
            };
            res.diagnostics.push(Diagnostic::info(Span::new(s, e), message));
        }
        self.study_mentions(text, (start, end), &skips, body, study_top, &mut res);
        let words = &split.classes.citation_words;
        let first_word = words.partition_point(|&at| at < start);
        let words =
            &words[first_word..first_word + words[first_word..].partition_point(|&at| at < end)];
        let scope = Scope { range: (start, end), citation_words: words, skips: &skips, body };
        self.citations(text, &split.lines, &scope, &mut res);
        for citation in &mut res.citations {
            if let Some(part) = structure::part_at(&res.parts, citation.text.span.start as usize) {
                citation.part = part.kind;
                citation.clause = part.clause;
            }
        }
        // A document never cites itself: a mention of its own identity, or of the resolution a
        // draft modifies (in the edition it modifies or the one it would be adopted in), is a
        // self-reference.
        let own = match (&res.identity, &res.draft) {
            (Some(id), _) => Some((id.number, id.body, id.edition, None)),
            (None, Some(draft)) => draft.modifies.map(|(number, body, edition)| {
                let put_to = draft.conference.filter(|c| body.is_none_or(|b| b == c.0));
                (number, body, edition, put_to.and_then(|c| c.1))
            }),
            (None, None) => None,
        };
        if let Some((number, body, edition, put_to)) = own {
            let same = |a: EditionRef<'_>, b: EditionRef<'_>| {
                a.year == b.year && (a.conference == b.conference || a.conference.is_none())
            };
            let (own, cited): (Vec<_>, Vec<_>) =
                std::mem::take(&mut res.citations).into_iter().partition(|c| {
                    // A resolution is its body and number, whatever the edition: a mention of
                    // another edition of it (`Resolution 30 (Rev. Doha, 2006)` in WTDC 30 (Rev.
                    // Hyderabad, 2010), `Resolution ITU-R 38` or `38-3` in Resolution ITU-R 38-4)
                    // is a mention of itself. Without a body, only its own edition tells.
                    let same_number = c.number == number
                        || c.number.base == number.base
                            && (c.number.revision.is_none() || body == Some(Body::Ra));
                    same_number
                        && match c.body {
                            Some(b) => Some(b) == body,
                            None => c.edition.is_none_or(|a| {
                                edition.is_none_or(|b| same(a, b))
                                    || put_to.is_some_and(|b| same(a, b))
                            }),
                        }
                });
            res.citations = cited;
            res.self_references = own;
        }
        // Nor does its front matter cite for it: a cover's or foreword's mentions come before
        // the first line of the resolution itself.
        let opening =
            [top.heading.map(|h| h.start), top.title.map(|t| t.0), top.clause.map(|c| c.start)]
                .into_iter()
                .flatten()
                .min();
        if let Some(opening) = opening.filter(|_| !is_study) {
            // So are a cover's lines under the heading, above the title found further on.
            let in_front = |c: &Citation<'_>| {
                let at = c.text.span.start as usize;
                at < opening || top.cover.is_some_and(|(start, end)| (start..end).contains(&at))
            };
            let (front, cited) = std::mem::take(&mut res.citations).into_iter().partition(in_front);
            res.front_matter_references = front;
            res.citations = cited;
        } else if !is_study && !res.citations.is_empty() && res.identity.is_none() {
            self.cover_front_matter(&text[start..end], &mut res);
        }
        let scan = self.lexicon.scan(text, &split.classes, start, end, &res.parts);
        res.themes = scan.themes;
        res.theme_candidates = scan.candidates;
        res.coordination = scan.coordination;
        res.calls_for_coordination = scan.calls_for_coordination;
        if let Some(own) = body.map(Body::sector).filter(|&s| s != Sector::Union) {
            self.addressed_sectors(text, &split.lines, own, &mut res);
        }
        res.diagnostics.sort_by_key(|d| d.span.start);
        res
    }

    /// A conference document's cover with no resolution under it (a proposal copied without its
    /// texts, a list of proposals, whose first line may read as the title of a draft): when
    /// `res`, without identity, has no preamble or operative part and `text` opens with a
    /// cover, it is all front matter, and doubts about what a mention would cite do not matter.
    #[cold]
    fn cover_front_matter(&self, text: &str, res: &mut ParsedDoc<'_>) {
        if res.parts.iter().any(|p| matches!(p.kind, PartKind::Preamble | PartKind::Operative))
            || !identity::opens_with_cover(&self.words, text)
        {
            return;
        }
        let mentions: Vec<Span> = res.citations.iter().map(|c| c.text.span).collect();
        res.diagnostics.retain(|d| {
            d.severity != Severity::Warning
                || !mentions.iter().any(|m| m.range().contains(&(d.span.start as usize)))
        });
        res.diagnostics.push(Diagnostic::info(
            mentions[0],
            "a conference document's cover with no resolution after it: the resolutions it names are not cited",
        ));
        res.front_matter_references = std::mem::take(&mut res.citations);
    }

    /// A Sector's text addressing another Sector in its operative part (`invites` / `1 the
    /// Telecommunication Development Sector to ...`, `requests the Director of the
    /// Telecommunication Development Bureau`) asks that Sector to work with its own, `own`: the
    /// name is a coordination cue, and the text calls for coordination. The addressee stands
    /// right after an operative clause word or at the start of one of its items' lines.
    fn addressed_sectors<'a>(
        &self,
        text: &'a str,
        lines: &LineIndex,
        own: Sector,
        res: &mut ParsedDoc<'a>,
    ) {
        let mut found: Vec<Mention<'a>> = Vec::new();
        for part in res.parts.iter().filter(|p| p.kind == PartKind::Operative) {
            let (start, end) = (part.span.start as usize, part.span.end as usize);
            // After the clause word's verb: the addressee may be on its line (`requests the
            // Director of ...`).
            let after_word = part.clause.map_or(start, |c| {
                let clause = c.text;
                c.span.start as usize + clause.find(char::is_whitespace).unwrap_or(clause.len())
            });
            let item_lines = lines
                .lines(text, start, end)
                .skip(1)
                .map(|(at, _)| at)
                .filter(|&at| crate::clause::is_item_marker(&text[at..end]));
            for at in std::iter::once(after_word).chain(item_lines) {
                let Some((sector, (s, e))) =
                    crate::clause::addressed_sector(&self.words, &text[at..end])
                else {
                    continue;
                };
                // Its own Sector asked to help or work with another (`that BR should continue to
                // assist BDT`): the other is the Sector called on.
                let (sector, (s, e)) = match sector {
                    own_sector if own_sector == own => {
                        let Some((other, (os, oe))) =
                            crate::clause::assisted_sector(&self.words, &text[at + e..end])
                        else {
                            continue;
                        };
                        (other, (e + os, e + oe))
                    }
                    _ => (sector, (s, e)),
                };
                let span = Span::new(at + s, at + e);
                let known = res
                    .coordination
                    .iter()
                    .chain(&found)
                    .any(|m| m.text.span.start < span.end && span.start < m.text.span.end);
                if sector != own && sector != Sector::Union && !known {
                    found.push(Mention {
                        text: TextRef { text: &text[at + s..at + e], span },
                        part: PartKind::Operative,
                        clause: part.clause,
                    });
                }
            }
        }
        if !found.is_empty() {
            res.coordination.extend(found);
            res.coordination.sort_by_key(|m| m.text.span.start);
            res.calls_for_coordination = true;
        }
    }

    /// The document's mentions of study-group work, their Sectors settled, placed in their
    /// parts; a study document's mentions of itself (its heading, a continuation of the same
    /// item) are left out, as are running titles.
    fn study_mentions<'a>(
        &self,
        text: &'a str,
        range: (usize, usize),
        skips: &[Span],
        body: Option<Body>,
        study_top: Option<study::Top<'a>>,
        res: &mut ParsedDoc<'a>,
    ) {
        let raws: Vec<study::Raw> = study::mentions(&self.words, text, range)
            .into_iter()
            .filter(|m| {
                let at = m.start as u32;
                !skips.iter().any(|s| s.start <= at && at < s.end)
            })
            .collect();
        let own = study_top.as_ref().map(|t| &t.heading);
        let sector = own.and_then(|h| h.sector).or(body.map(Body::sector));
        let mut mentions = study::settle(&self.words, text, &raws, sector, &mut res.diagnostics);
        if let Some(own) = own {
            let heading = own.heading.span;
            mentions.retain(|m| {
                let is_heading = m.text.span.start < heading.end && heading.start < m.text.span.end;
                let is_self = m.item == own.item && m.sector.is_none_or(|s| Some(s) == own.sector);
                !is_heading && !is_self
            });
        }
        for mention in &mut mentions {
            if let Some(part) = structure::part_at(&res.parts, mention.text.span.start as usize) {
                mention.part = part.kind;
            }
        }
        res.study_mentions = mentions;
        res.study = study_top.map(|t| t.heading);
    }

    /// What makes the document a draft or a proposal, when anything does: its heading's draft
    /// mark, or a revision title at the top naming the resolution its heading names (or, without
    /// a heading, any).
    fn draft<'a>(
        &self,
        text: &'a str,
        top: &identity::Top<'a>,
        revision: Option<identity::RevisionTitle<'a>>,
        action: Option<heading::DraftMark>,
    ) -> Option<Draft<'a>> {
        let heading = top.heading;
        let revision = revision.filter(|r| heading.is_none_or(|h| h.number == Some(r.number)));
        let mark = heading.and_then(|h| h.draft).or(action).unwrap_or_default();
        // A heading whose struck and inserted editions run together (`Resolution 18 (Rev.
        // Dubai, 2012Hammamet, 2016)`) shows a proposal's changes, unless an issuing clause
        // under it names one conference: an adopted text copied with its changes accepted.
        let tracked = heading
            .is_some_and(|h| matches!(h.edition, Some(EditionOutcome::TrackedChanges(_))))
            && !top.clause.is_some_and(|c| matches!(c.edition, Some(EditionOutcome::Read(_))));
        if !mark.is_draft() && revision.is_none() && !tracked {
            return None;
        }
        let text_ref =
            |(s, e): (usize, usize)| TextRef { text: &text[s..e], span: Span::new(s, e) };
        let clause_body = top.clause.map(|c| c.body);
        let modifies = match heading.and_then(|h| h.number.map(|n| (h, n))) {
            Some((h, number)) => {
                let edition = h.edition.or(revision.and_then(|r| r.edition));
                let body = h.body.or(revision.and_then(|r| r.body));
                Some(self.modified(number, body, edition, clause_body))
            }
            None => revision.map(|r| self.modified(r.number, r.body, r.edition, clause_body)),
        };
        let conference = top.clause.map(|clause| self.clause_conference(&clause));
        Some(Draft {
            action: mark.action.or(mark.words).map(text_ref),
            label: mark.label.or(mark.proposal).map(text_ref),
            modifies,
            conference,
        })
    }

    /// The resolution a draft modifies: its body from a label, its edition's conference or,
    /// failing both, the conference the draft is for; its edition as it stands, or the struck
    /// one of two run together (`REV. DUBAI, 2018BUCHAREST, 2022` modifies the Dubai edition).
    fn modified<'a>(
        &self,
        number: ResolutionNumber,
        body: Option<Body>,
        edition: Option<EditionOutcome<'a>>,
        clause_body: Option<Body>,
    ) -> (ResolutionNumber, Option<Body>, Option<EditionRef<'a>>) {
        let raw = match edition {
            Some(EditionOutcome::Read(raw)) => Some(raw),
            Some(EditionOutcome::TrackedChanges(inner)) => {
                edition::struck_edition(&self.words, inner)
            }
            _ => None,
        };
        let mut edition = raw.map(|raw| self.edition_ref(raw));
        let conference_body =
            edition.and_then(|e| e.conference).map(|idx| self.calendar.conference(idx).body);
        let body = body.or(conference_body).or(clause_body);
        if let (Some(e), Some(b)) = (edition.as_mut(), body) {
            self.complete_edition(e, b);
        }
        (number, body, edition)
    }

    fn identity<'a>(
        &self,
        text: &'a str,
        start: usize,
        top: &identity::Top<'a>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Identity<'a>> {
        let heading = top.heading?;
        let number = heading.number?;
        let heading_span = Span::new(heading.start, heading.end);
        let mut edition = None;
        for (outcome, span) in [
            (heading.edition, heading_span),
            (
                top.clause.and_then(|c| c.edition),
                top.clause.map_or(heading_span, |c| Span::new(c.start, c.end)),
            ),
            (
                top.chain.map(|(_, _, e)| e),
                top.chain.map_or(heading_span, |(s, e, _)| Span::new(s, e)),
            ),
        ] {
            if edition.is_some() {
                break;
            }
            edition = match outcome {
                Some(EditionOutcome::Read(raw)) => Some(raw),
                Some(other) => {
                    diagnostics.extend(edition_problem(other, span));
                    None
                }
                None => None,
            };
        }
        let clause_body = top.clause.map(|c| c.body);
        let mut body = heading.body.or(clause_body);
        let mut edition_ref = edition.map(|raw| self.edition_ref(raw));
        if let (Some(e), Some(b)) = (edition_ref.as_mut(), body) {
            self.complete_edition(e, b);
            self.same_place_conference(e, b);
        }
        if let Some(e) = edition_ref.as_mut() {
            if let Some(conference) = e.conference.map(|idx| self.calendar.conference(idx)) {
                match body {
                    None => body = Some(conference.body),
                    Some(b)
                        if b != conference.body
                            && !(b == Body::Ra && conference.body == Body::Wrc) =>
                    {
                        diagnostics.push(Diagnostic::warning(
                            heading_span,
                            format!("the heading's edition is a {} conference but the document says it is {b}", conference.body),
                        ));
                    }
                    Some(_) => {}
                }
            }
            // The issuing clause has no `Rev.`; an ITU-R revision counter or year chain says it,
            // and so does an edition on a line of its own for the same year (`Rev. Dubai, 2018`).
            let chain_revises = matches!(
                top.chain,
                Some((_, _, EditionOutcome::Read(raw))) if raw.revision && raw.year == e.year
            );
            if !e.revision && (number.revision.is_some_and(|r| r > 0) || chain_revises) {
                e.revision = true;
            }
        }
        // A Council document names its session on its cover, not on its heading.
        // The cover's lines may stand under the heading, before the title (see `Top::cover`).
        if edition_ref.is_none()
            && body == Some(Body::Council)
            && let Some(idx) = self
                .cover_session(&text[start.min(heading.start)..heading.start])
                .or_else(|| top.cover.and_then(|(s, e)| self.cover_session(&text[s..e])))
        {
            let year = self.calendar.conference(idx).year;
            edition_ref = Some(EditionRef {
                revision: false,
                place: None,
                year: Some(year),
                tag: None,
                conference: Some(idx),
            });
        }
        if body.is_none() {
            diagnostics.push(Diagnostic::warning(
                heading_span,
                format!("cannot tell which body adopted this Resolution {number}: no issuing clause, body label or known edition"),
            ));
        }
        Some(Identity {
            heading: TextRef { text: &text[heading.start..heading.end], span: heading_span },
            number,
            body,
            edition: edition_ref,
            issuing_clause: top
                .clause
                .map(|c| TextRef { text: &text[c.start..c.end], span: Span::new(c.start, c.end) }),
        })
    }

    /// The session of the Council that the cover lines `front` name, nearest the heading first:
    /// a document symbol (`Document C09/105-E`) or a line opening with the Council's name and
    /// the year (`Council 2009`).
    fn cover_session(&self, front: &str) -> Option<ConferenceIdx> {
        const COVER_LINES: usize = 20;
        let session = |year: u16| self.calendar.by_body_year(Body::Council, year);
        for line in front.lines().rev().map(str::trim).filter(|l| !l.is_empty()).take(COVER_LINES) {
            for (at, _) in line.match_indices('C') {
                let b = line.as_bytes()[at + 1..].get(..3).unwrap_or_default();
                if !line[..at].ends_with(char::is_alphanumeric)
                    && b.len() == 3
                    && b[0].is_ascii_digit()
                    && b[1].is_ascii_digit()
                    && b[2] == b'/'
                {
                    let yy = u16::from(b[0] - b'0') * 10 + u16::from(b[1] - b'0');
                    if let Some(idx) = session(2000 + yy).or_else(|| session(1900 + yy)) {
                        return Some(idx);
                    }
                }
            }
            // `Council 2009`, at the line's start or, in a cover run onto one line, after a
            // space inside it.
            let word_starts = std::iter::once(0)
                .chain(line.match_indices(' ').map(|(i, _)| i + 1).filter(|&i| i < line.len()));
            for at in word_starts {
                if let Ok((rest, vocabulary::BodyHint::Known(Body::Council))) =
                    self.words.body_names.one_of(&line[at..])
                {
                    let rest = rest.trim_start();
                    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                    if digits == 4
                        && let Some(idx) = rest[..4].parse().ok().and_then(session)
                    {
                        return Some(idx);
                    }
                }
            }
        }
        None
    }

    /// The conference an issuing clause names: its body and its edition (of struck and
    /// inserted editions run together, the inserted one).
    fn clause_conference<'a>(
        &self,
        clause: &heading::IssuingClause<'a>,
    ) -> (Body, Option<EditionRef<'a>>) {
        let raw = match clause.edition {
            Some(EditionOutcome::Read(raw)) => Some(raw),
            Some(EditionOutcome::TrackedChanges(inner)) => {
                edition::inserted_edition(&self.words, inner)
            }
            _ => None,
        };
        let mut edition = raw.map(|raw| self.edition_ref(raw));
        if let Some(e) = edition.as_mut() {
            self.complete_edition(e, clause.body);
        }
        (clause.body, edition)
    }

    /// An edition known only by its year (an ITU-R year chain, `(2009)`) names a conference once
    /// the body is known: the calendar knows where that body met that year.
    fn complete_edition(&self, edition: &mut EditionRef<'_>, body: Body) {
        if edition.conference.is_none()
            && edition.place.is_none()
            && edition.tag.is_none()
            && let Some(year) = edition.year
        {
            edition.conference = self.calendar.by_body_year(body, year);
        }
    }

    /// A place and year alone name the Assembly where a World Radiocommunication Conference met
    /// too (`The World Radiocommunication Conference (Geneva, 2015),`): where `body` held a
    /// conference in that place that year, the edition is that one. Says whether it changed.
    fn same_place_conference(&self, edition: &mut EditionRef<'_>, body: Body) -> bool {
        if edition.tag.is_some()
            || edition.conference.is_some_and(|idx| self.calendar.conference(idx).body == body)
        {
            return false;
        }
        let (Some(place), Some(year)) = (edition.place, edition.year) else { return false };
        let Some(idx) = self.calendar.by_body_year(body, year) else { return false };
        if self.calendar.canonical_place(place)
            != Some(self.calendar.conference(idx).place.as_str())
        {
            return false;
        }
        edition.conference = Some(idx);
        true
    }

    /// The edition of the conference a sentence's subject names in parentheses after its name
    /// (`(Valletta, 1998)`, `(WTDC-98)`): the one conference of the subject's body they name.
    fn subject_edition<'a>(
        &self,
        text: &'a str,
        subject: context::Subject,
    ) -> Option<EditionRef<'a>> {
        let (from, to) = subject.words;
        let mut found: Option<EditionRef<'a>> = None;
        for (at, _) in text[from..to].match_indices('(') {
            let Ok((_, EditionOutcome::Read(raw))) =
                edition::edition(&self.words, &text[from + at..to])
            else {
                continue;
            };
            let mut read = self.edition_ref(raw);
            // A place and year alone name the Assembly where a World Radiocommunication
            // Conference met too: the subject says which of them it is, and a conference cited
            // by its tag is given the tag the year's digits as written make (`WRC-12`).
            if self.same_place_conference(&mut read, subject.body)
                && let (Some(idx), Some(year)) = (read.conference, read.year)
                && self.calendar.conference(idx).by_tag_only
            {
                let at = text[from + at..to].find(&year.to_string()).map(|i| from + at + i);
                read.place = None;
                read.tag = at.map(|i| {
                    let digits = if year % 100 == 0 { 4 } else { 2 };
                    &text[i + 4 - digits..i + 4]
                });
            }
            let Some(idx) = read.conference else { continue };
            if self.calendar.conference(idx).body != subject.body {
                continue;
            }
            match found {
                Some(f) if f.conference != Some(idx) => return None,
                Some(_) => {}
                None => found = Some(read),
            }
        }
        // A tag names the editions of a conference cited by tag (a World Radiocommunication
        // Conference, a session of the Council); another conference's are written with its
        // place and year.
        found.map(|e| match e.conference {
            Some(idx) if e.tag.is_some() && !self.calendar.conference(idx).by_tag_only => {
                EditionRef {
                    revision: subject.revised,
                    place: None,
                    year: Some(self.calendar.conference(idx).year),
                    tag: None,
                    conference: Some(idx),
                }
            }
            _ => EditionRef { revision: subject.revised, ..e },
        })
    }

    /// ` of Minneapolis`, ` de La Valette` after a citation: a link and the name of a place (see
    /// [`citation::linked_place`]) where the calendar knows one conference only, the longest
    /// name it knows (`La Valette` before `La`). Gives what follows and the place.
    fn place_alone<'a>(&self, rest: &'a str) -> Option<(&'a str, &'a str)> {
        let (name, ends) = citation::linked_place(&self.words, rest)?;
        ends.into_iter().rev().find_map(|end| {
            let place = &name[..end];
            self.calendar.only_at(place).map(|_| (&name[end..], place))
        })
    }

    fn edition_ref<'a>(&self, raw: RawEdition<'a>) -> EditionRef<'a> {
        let conference = match (raw.tag, raw.place, raw.year) {
            (Some(tag), _, _) => self.calendar.by_tag(tag),
            (None, Some(place), Some(year)) => match self.calendar.by_place_year(place, year) {
                [one] => Some(*one),
                _ => None,
            },
            (None, Some(place), None) => self.calendar.only_at(place),
            _ => None,
        };
        let year = raw.year.or_else(|| conference.map(|idx| self.calendar.conference(idx).year));
        EditionRef { revision: raw.revision, place: raw.place, year, tag: raw.tag, conference }
    }

    fn citations<'a>(
        &self,
        text: &'a str,
        index: &LineIndex,
        scope: &Scope<'_>,
        res: &mut ParsedDoc<'a>,
    ) {
        let Scope { range: (start, end), citation_words, skips, body: document_body } = *scope;
        let region = &text[..end];
        let mut consumed = start;
        // The last citation with a sentence subject, where it ends, and that subject.
        let mut last_subject: Option<(usize, context::Subject)> = None;
        for &pos in citation_words {
            // `skips` is sorted and its spans do not overlap: only the last one starting at or
            // before `pos` can hold it.
            let skip_before = skips.partition_point(|s| s.start as usize <= pos);
            if pos < consumed
                || skip_before.checked_sub(1).is_some_and(|i| skips[i].range().contains(&pos))
            {
                continue;
            }
            let words = &*self.words;
            let Ok((mut rest, mut raw)) = citation::citation(words, &region[pos..]) else {
                continue;
            };
            // `Resolution 70 of Minneapolis`: the place where one conference alone met names it.
            if raw.attribution.is_none()
                && let [.., last] = raw.items.as_mut_slice()
                && last.edition.is_none()
                && let Some((after, place)) = self.place_alone(rest)
            {
                last.edition = Some(EditionOutcome::Read(edition::RawEdition {
                    revision: false,
                    place: Some(place),
                    year: None,
                    tag: None,
                }));
                rest = after;
            }
            let phrase_end = region.len() - rest.len();
            consumed = phrase_end;
            // The line of the phrase's start to the end of the line of its end.
            let line =
                (index.line_at(text, pos).0, index.line_at(text, phrase_end).1.min(region.len()));
            if is_furniture(words, region, line, pos, phrase_end, &raw) {
                continue;
            }
            let before = context::Before::at(region, pos);
            let marker = context::marker_before(words, before);
            if matches!(marker, Some((BodyHint::Foreign, _)))
                || raw.attribution == Some(BodyHint::Foreign)
            {
                continue;
            }
            let phrase_start = match marker {
                Some((BodyHint::Known(_), marker_start)) if marker_start >= start => marker_start,
                _ => pos,
            };
            let span = Span::new(phrase_start, phrase_end);
            let phrase = TextRef { text: &region[phrase_start..phrase_end], span };
            let marker_body = match marker {
                Some((BodyHint::Known(body), _)) => Some(body),
                _ => None,
            };
            let subject = context::subject_after(words, before, phrase_end)
                .or_else(|| context::subject(words, before))
                .or_else(|| {
                    let (end, subject) = last_subject?;
                    context::joined_to(words, before, end).then_some(subject)
                });
            if let Some(subject) = subject {
                last_subject = Some((phrase_end, subject));
            }
            // The conference the subject names with its edition (`the World Telecommunication
            // Development Conference (Valletta, 1998) ... in adopting Resolution 7`).
            let subject_edition = subject.and_then(|s| self.subject_edition(region, s));
            let subject = subject.map(|s| s.body);
            let suppressed = context::says_suppressed(words, before, phrase_end);
            // One diagnostic per problem and phrase, naming every resolution it concerns.
            let mut problems: Vec<(BodyProblem, Vec<ResolutionNumber>)> = Vec::new();
            for item in &raw.items {
                // A resolution of another conference named by its tag (`Resolution 2
                // (WCIT-12)`) is none of the Union's series.
                if let Some(EditionOutcome::Read(raw_edition)) = item.edition
                    && raw_edition.tag.is_some_and(|tag| self.words.is_foreign_tag(tag))
                {
                    continue;
                }
                let edition = match item.edition {
                    // A place and year after commas that name no conference are none.
                    Some(EditionOutcome::Read(raw_edition))
                        if item.after_commas
                            && raw_edition.place.zip(raw_edition.year).is_none_or(
                                |(place, year)| self.calendar.by_place_year(place, year).is_empty(),
                            ) =>
                    {
                        None
                    }
                    Some(EditionOutcome::Read(raw_edition)) => Some(self.edition_ref(raw_edition)),
                    // Two editions run together: the text as the proposal would have it cites
                    // the inserted one.
                    Some(EditionOutcome::TrackedChanges(inner))
                        if let Some(inserted) = edition::inserted_edition(&self.words, inner) =>
                    {
                        let read = self.edition_ref(inserted);
                        res.diagnostics.push(Diagnostic::info(
                            span,
                            format!(
                                "edition ({inner}) runs two editions together, as merged tracked changes do; the inserted one, {}, is read",
                                read.to_edition(&self.calendar)
                            ),
                        ));
                        Some(read)
                    }
                    Some(other) => {
                        res.diagnostics.extend(edition_problem(other, span));
                        None
                    }
                    None => None,
                };
                let body::Resolved { body, source: body_source, problem } = body::resolve(
                    &self.calendar,
                    body::Evidence {
                        marker: item.prefix.or(marker_body),
                        attribution: raw.attribution,
                        edition: edition.as_ref(),
                        subject,
                        number: item.number,
                        document: document_body,
                    },
                );
                let mut edition = match (edition, body_source) {
                    (None, Some(BodySource::Sentence)) => subject_edition,
                    (edition, _) => edition,
                };
                if let (Some(e), Some(b)) = (edition.as_mut(), body) {
                    self.complete_edition(e, b);
                }
                if let Some(problem) = problem {
                    match problems.iter_mut().find(|(p, _)| *p == problem) {
                        Some((_, numbers)) => numbers.push(item.number),
                        None => problems.push((problem, vec![item.number])),
                    }
                }
                res.citations.push(Citation {
                    text: phrase,
                    number: item.number,
                    body,
                    body_source,
                    edition,
                    part: PartKind::Other,
                    clause: None,
                    suppressed,
                });
            }
            if let Some((first, last)) = raw.long_range {
                res.diagnostics.push(Diagnostic::warning(
                    span,
                    format!(
                        "the range Resolutions {first} to {last} holds more than {} resolutions; only Resolution {first} is read",
                        citation::MAX_RANGE
                    ),
                ));
            }
            for (problem, numbers) in problems {
                res.diagnostics.push(Diagnostic::warning(
                    span,
                    problem.message(&body::name_resolutions(&numbers)),
                ));
            }
        }
    }
}

/// Whether the citation at `start..end`, on the line `line_start..line_end`, is page furniture
/// rather than a citation: an entry of a table of contents, or a running header (`Resolution
/// 64` alone on the line after a page break).
fn is_furniture(
    w: &Words,
    text: &str,
    (line_start, line_end): (usize, usize),
    start: usize,
    end: usize,
    raw: &citation::RawCitation<'_>,
) -> bool {
    let line = &text[line_start..line_end];
    if identity::is_contents_line(line) {
        return true;
    }
    let alone = text[line_start..start]
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{c}')
        .is_empty()
        && text[end..line_end].trim().is_empty();
    alone
        && raw.items.len() == 1
        && raw.items[0].edition.is_none()
        && raw.attribution.is_none()
        && identity::is_after_page_break(w, text, line_start)
}

/// The resolution the short running headers of `text` name, and where the first stands, when
/// `doc`, its first document, has no heading, issuing clause, identity or draft mark: a page
/// from the middle of that resolution.
fn page_header_of(w: &Words, text: &str, doc: &ParsedDoc<'_>) -> Option<(u32, Span)> {
    let headless = doc.identity.is_none()
        && doc.draft.is_none()
        && doc.study.is_none()
        && !doc.parts.iter().any(|p| p.kind == PartKind::Heading);
    if headless { layout::page_header(w, text) } else { None }
}

/// Gives a document whose identity its page's short running header gave (a heading of no text,
/// the parse not knowing where the header stood in the text as written) the header as its
/// heading, with a note saying so.
fn header_heading<'a>(text: &'a str, (_, span): (u32, Span), doc: &mut ParsedDoc<'a>) {
    let Some(id) = doc.identity.as_mut().filter(|id| id.heading.text.is_empty()) else { return };
    id.heading = TextRef { text: &text[span.range()], span };
    doc.diagnostics.push(Diagnostic::info(
        span,
        format!(
            "no heading: the running header `{}` names the resolution this text belongs to",
            id.heading.text
        ),
    ));
    doc.diagnostics.sort_by_key(|d| d.span.start);
}

/// The diagnostic for an edition that could not be read; none for one that was.
fn edition_problem(outcome: EditionOutcome<'_>, span: Span) -> Option<Diagnostic> {
    Some(match outcome {
        EditionOutcome::TrackedChanges(inner) => Diagnostic::warning(
            span,
            format!(
                "edition ({inner}) runs two editions together, as merged tracked changes do; left out rather than guessed"
            ),
        ),
        EditionOutcome::CutOff => Diagnostic::warning(
            span,
            "the text ends inside this citation's edition; edition left out",
        ),
        EditionOutcome::Read(_) => return None,
    })
}
