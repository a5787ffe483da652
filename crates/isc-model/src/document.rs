//! Owned records of what was read from one document: identity, title, structure, citations,
//! themes, calls for coordination and diagnostics.

use serde::{Deserialize, Serialize};

use crate::body::{Body, BodySource};
use crate::diagnostic::Severity;
use crate::edition::Edition;
use crate::resolution::{ResolutionId, ResolutionNumber};
use crate::span::Span;
use crate::study::{StudyCitationRecord, StudyItemRecord};

/// A resolution as a text names it: the body may be unknown, the edition may be missing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ResolutionRef {
    /// The adopting body; `None` when the text does not tell it.
    pub body: Option<Body>,
    /// The number within that body.
    pub number: ResolutionNumber,
    /// The edition, when the text gives one.
    pub edition: Option<Edition>,
}

impl ResolutionRef {
    /// The identity, when the body is known.
    pub fn id(&self) -> Option<ResolutionId> {
        self.body.map(|body| ResolutionId::new(body, self.number))
    }
}

impl std::str::FromStr for ResolutionRef {
    type Err = crate::Error;

    /// Reads the rendering `Display` writes: `PP 191 (Rev. Dubai, 2018)`, `WTSA 44`,
    /// `RA ITU-R 6-2 (Rev. Geneva, 2015)`, `? 1305 (2009)`.
    fn from_str(s: &str) -> Result<Self, crate::Error> {
        let (id, edition) = match s.find(" (") {
            Some(i) => (&s[..i], Some(s[i + 1..].parse::<Edition>()?)),
            None => (s, None),
        };
        match id.strip_prefix("? ") {
            Some(number) => Ok(ResolutionRef { body: None, number: number.parse()?, edition }),
            None => {
                let id: ResolutionId = id.parse()?;
                Ok(ResolutionRef { body: Some(id.body), number: id.number, edition })
            }
        }
    }
}

impl Document {
    /// A document read from `source` in which nothing was found yet; a starting point for
    /// callers that build documents themselves.
    pub fn empty(source: impl Into<String>) -> Self {
        Document {
            source: source.into(),
            part: None,
            id: None,
            draft: None,
            issued_by: None,
            study: None,
            title: None,
            parts: Vec::new(),
            citations: Vec::new(),
            self_references: Vec::new(),
            front_matter_references: Vec::new(),
            study_citations: Vec::new(),
            themes: Vec::new(),
            theme_candidates: Vec::new(),
            coordination: Vec::new(),
            calls_for_coordination: false,
            diagnostics: Vec::new(),
            source_map: Vec::new(),
        }
    }

    /// Where the text at byte `offset` came from in the original file, when the file was not
    /// plain text: the last source map entry starting at or before `offset`.
    pub fn location(&self, offset: u32) -> Option<&Location> {
        let after = self.source_map.partition_point(|e| e.start <= offset);
        after.checked_sub(1).map(|i| &self.source_map[i].location)
    }
}

impl std::fmt::Display for ResolutionRef {
    /// `PP 191 (Rev. Dubai, 2018)`, `WTSA 44`, or `? 1305 (2009)` when the body is unknown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.id() {
            Some(id) => write!(f, "{id}")?,
            None => write!(f, "? {}", self.number)?,
        }
        if let Some(edition) = &self.edition {
            write!(f, " {edition}")?;
        }
        Ok(())
    }
}

/// One citation of a resolution found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitationRecord {
    /// The adopting body; `None` when the text does not tell it (a diagnostic says why).
    pub body: Option<Body>,
    /// The number within that body.
    pub number: ResolutionNumber,
    /// The edition, when the text gives a readable one.
    pub edition: Option<Edition>,
    /// What told the body: `marker`, `attribution`, `edition`, `sentence` or `document`.
    pub body_from: Option<BodySource>,
    /// The citation phrase as written (a list's phrase is shared by its resolutions).
    pub text: String,
    /// Byte range of the phrase in the file.
    pub span: Span,
    /// 1-based line of the phrase's start.
    pub line: u32,
    /// 1-based column (in characters) of the phrase's start.
    pub column: u32,
    /// The part of the resolution the phrase sits in.
    pub part: PartKind,
    /// The clause word of the clause holding the phrase (`recalling`, `instructs the
    /// Secretary-General`), on one line; `None` outside a clause.
    pub clause: Option<String>,
    /// The sentence holding the citation says the cited resolution is suppressed, abrogated or
    /// merged into another; written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suppressed: bool,
}

impl CitationRecord {
    /// The cited resolution.
    pub fn resolution(&self) -> ResolutionRef {
        ResolutionRef { body: self.body, number: self.number, edition: self.edition.clone() }
    }
}

/// A diagnostic placed in its file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DiagnosticRecord {
    /// How serious it is.
    pub severity: Severity,
    /// What was expected and what was found.
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// Byte range in the file.
    pub span: Span,
}

/// The parts of a resolution's anatomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartKind {
    /// The heading line (`RESOLUTION 191 (REV. DUBAI, 2018)`), the ITU-R year chain and the
    /// issuing clause (`The Plenipotentiary Conference ... (Dubai, 2018),`): what names the
    /// document itself.
    Heading,
    /// The title under the heading.
    Title,
    /// A preamble clause: `recalling`, `considering`, `noting`, ... and their items.
    Preamble,
    /// An operative clause: `resolves`, `instructs the Secretary-General`, ... and their items.
    Operative,
    /// Footnotes, after a separator line of underscores.
    Footnote,
    /// An annex, appendix or attachment, to the end of the document.
    Annex,
    /// Text that fits no part of the anatomy: front matter, unexpected prose.
    Other,
}

impl PartKind {
    /// The lower-case name used in output: `heading`, `title`, `preamble`, ...
    pub fn name(self) -> &'static str {
        match self {
            PartKind::Heading => "heading",
            PartKind::Title => "title",
            PartKind::Preamble => "preamble",
            PartKind::Operative => "operative",
            PartKind::Footnote => "footnote",
            PartKind::Annex => "annex",
            PartKind::Other => "other",
        }
    }
}

impl std::fmt::Display for PartKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One part of a document: a contiguous stretch of text of one kind, and its clause word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartRecord {
    /// What part of the anatomy it is.
    pub kind: PartKind,
    /// The clause word that opens it (`considering further`, `instructs the Directors of the
    /// three Bureaux`), on one line; `None` for parts without one.
    pub clause: Option<String>,
    /// Byte range in the file.
    pub span: Span,
    /// 1-based line of its start.
    pub line: u32,
}

/// A phrase found in a document and where: the evidence behind a theme or a coordination cue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// The phrase as written in the text.
    pub text: String,
    /// Byte range of the phrase in the file.
    pub span: Span,
    /// The part it sits in.
    pub part: PartKind,
    /// The clause word of the clause holding it, on one line.
    pub clause: Option<String>,
    /// 1-based line of the phrase's start.
    pub line: u32,
    /// 1-based column (in characters) of the phrase's start.
    pub column: u32,
}

/// A theme a document is on (or nearly on), with its score and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeRecord {
    /// The theme's id in the lexicon (`cybersecurity`).
    pub id: String,
    /// The weighted score, rounded to two decimals.
    pub score: f64,
    /// Every phrase that counted, in source order.
    pub evidence: Vec<EvidenceRecord>,
}

/// Everything read from one resolution text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The input the document came from, as given (a path, or `-` for standard input).
    pub source: String,
    /// The document's place in a file holding several (1-based); `None` for a file holding one.
    pub part: Option<u32>,
    /// The document's own identity from its heading and issuing clause; `None` without a heading,
    /// and for a draft.
    pub id: Option<ResolutionRef>,
    /// What a draft or a proposal says of itself; left out of JSON for an adopted text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<DraftRecord>,
    /// The conference whose issuing clause opens a resolution that has no identity (its heading
    /// and number not in the text: `The World Radiocommunication Conference (Geneva, 1997),`);
    /// left out of JSON otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_by: Option<IssuerRecord>,
    /// What the document is when it is study-group work (the terms of reference of a Question,
    /// the scope of a Working Party) rather than a resolution; `id` is then `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub study: Option<StudyItemRecord>,
    /// The title under the heading, on one line.
    pub title: Option<String>,
    /// The document's parts in source order: heading, title, clauses, footnotes, annexes.
    pub parts: Vec<PartRecord>,
    /// Every resolution the text cites, in source order; a document never cites itself.
    pub citations: Vec<CitationRecord>,
    /// Mentions of the document's own identity (a running header left in the text, `Resolutions
    /// 30 to 32` in Resolution 31), in source order; left out of JSON when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub self_references: Vec<CitationRecord>,
    /// Resolutions named before the resolution itself (a booklet's cover or foreword, a
    /// proposal's cover fields), in source order: not citations; left out of JSON when there are
    /// none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub front_matter_references: Vec<CitationRecord>,
    /// Every Question, Working Party and study group the text names, in source order (a study
    /// document's mentions of itself left out).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub study_citations: Vec<StudyCitationRecord>,
    /// The themes scoring at or above the lexicon's threshold, best first; empty when none does.
    pub themes: Vec<ThemeRecord>,
    /// The best themes below the threshold, best first: what came closest.
    pub theme_candidates: Vec<ThemeRecord>,
    /// Every coordination cue (the Union's Sectors or Bureaux working together), in source order.
    pub coordination: Vec<EvidenceRecord>,
    /// Whether a coordination cue sits in an operative clause or in the title; a preamble cue is
    /// only context. A text with no operative part calls too when a cue sits outside its
    /// anatomy (a proposal's summary of its revision, operative words no clause word placed).
    pub calls_for_coordination: bool,
    /// What could not be read or was read with a doubt.
    pub diagnostics: Vec<DiagnosticRecord>,
    /// Where the text read came from in the original file (a page of a PDF, a paragraph of a
    /// Word file, an element of an HTML or Akoma Ntoso file), in text order; empty for plain
    /// text, and then left out of JSON.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_map: Vec<SourceMapEntry>,
}

/// The conference an issuing clause names: its body and, where the clause gives it, its
/// edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuerRecord {
    /// The body (`WRC` for `The World Radiocommunication Conference`).
    pub body: Body,
    /// The edition (`(Geneva, 1997)`); left out of JSON when the clause names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<Edition>,
}

impl std::fmt::Display for IssuerRecord {
    /// `issued by WRC (Geneva, 1997)`, the edition written only when known.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "issued by {}", self.body)?;
        if let Some(edition) = &self.edition {
            write!(f, " {edition}")?;
        }
        Ok(())
    }
}

/// A draft resolution or a proposal to change one (`DRAFT NEW RESOLUTION [AFR-1]`, `MOD
/// EUR/44A7/1` above `RESOLUTION 130 (REV. DUBAI, 2018)`): it has no identity of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftRecord {
    /// What is proposed, as written: an action (`MOD`, `ADD`, `SUP`) or draft words (`DRAFT
    /// NEW`).
    pub action: Option<String>,
    /// The draft's label (`AFR-1`, `COM6/7`), or else the proposal's number (`EUR/44A7/1`).
    pub label: Option<String>,
    /// The resolution the draft modifies, where it names one.
    pub modifies: Option<ResolutionRef>,
    /// The body the draft is put to, as its issuing clause names it (`The Plenipotentiary
    /// Conference ...`); left out of JSON when there is no issuing clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// The edition the draft would be adopted in, as its issuing clause names it (`(Bucharest,
    /// 2022)`; of struck and inserted editions run together, the inserted one); left out of
    /// JSON when the clause names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<Edition>,
}

impl std::fmt::Display for DraftRecord {
    /// `draft MOD EUR/44A7/1, modifies PP 130 (Rev. Dubai, 2018), put to PP (Bucharest, 2022)`,
    /// each part written only when known.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("draft")?;
        for word in [&self.action, &self.label].into_iter().flatten() {
            write!(f, " {word}")?;
        }
        if let Some(modifies) = &self.modifies {
            write!(f, ", modifies {modifies}")?;
        }
        if let Some(body) = self.body {
            write!(f, ", put to {body}")?;
            if let Some(edition) = &self.edition {
                write!(f, " {edition}")?;
            }
        }
        Ok(())
    }
}

/// A place in an original file that is not plain text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    /// A page of a PDF file, 1-based.
    Page(u32),
    /// A body paragraph of a Word file, 1-based (footnotes are numbered after the body).
    Paragraph(u32),
    /// An element of an HTML or Akoma Ntoso file: its `eId` or `id`, or its path.
    Element(String),
}

impl std::fmt::Display for Location {
    /// `p.12`, `¶34`, or the element's id or path.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Page(n) => write!(f, "p.{n}"),
            Location::Paragraph(n) => write!(f, "¶{n}"),
            Location::Element(id) => f.write_str(id),
        }
    }
}

/// One entry of a source map: the text from byte `start` up to the next entry's start came
/// from `location`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceMapEntry {
    /// Byte offset in the text read where this stretch starts.
    pub start: u32,
    /// Where the stretch came from.
    pub location: Location,
}
