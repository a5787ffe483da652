//! What the rules conclude: proposals of areas of mutual interest, near misses, and the evidence
//! behind each.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::document::{Document, EvidenceRecord};
use crate::edition::Edition;
use crate::resolution::ResolutionId;

/// One resolution taking part in a proposal, with the evidence that put it there.
///
/// What it quotes from its document (source, title, edition, evidence) is a `Quote`: it reads,
/// compares, prints and serializes as the value itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// The resolution.
    pub id: ResolutionId,
    /// The edition whose text was read.
    pub edition: Option<Quote<Edition>>,
    /// The input that text came from.
    pub source: Quote<str>,
    /// Its place in a compilation, if any.
    pub part: Option<u32>,
    /// Its title.
    pub title: Option<Quote<str>>,
    /// Whether a newer edition of the same resolution is in the corpus, or another text says
    /// this resolution is suppressed or merged into another.
    pub superseded: bool,
    /// How strongly its text is on the theme.
    pub theme_score: f64,
    /// The phrases that put it on the theme.
    pub theme_evidence: Quote<[EvidenceRecord]>,
    /// The phrases calling for coordination among the Sectors (operative ones, and preamble ones
    /// when the rule counts them).
    pub coordination: Quote<[EvidenceRecord]>,
}

impl Member {
    /// The member for document `doc` of `documents` on the theme of its theme record `theme`,
    /// quoting the document rather than copying from it; its coordination cues are those `cue`
    /// keeps. `None` when `doc` is not a document of `documents` or `theme` not one of its theme
    /// records.
    pub fn quoting(
        documents: &Arc<Vec<Document>>,
        doc: u32,
        theme: u32,
        id: ResolutionId,
        superseded: bool,
        cue: impl Fn(&EvidenceRecord) -> bool,
    ) -> Option<Member> {
        let document = documents.get(doc as usize)?;
        let record = document.themes.get(theme as usize)?;
        Some(Member {
            id,
            edition: document
                .id
                .as_ref()
                .and_then(|r| r.edition.as_ref())
                .map(|_| Quote::in_document(documents, doc, Field::Edition)),
            source: Quote::in_document(documents, doc, Field::Source),
            part: document.part,
            title: document
                .title
                .as_ref()
                .map(|_| Quote::in_document(documents, doc, Field::Title)),
            superseded,
            theme_score: record.score,
            theme_evidence: Quote::in_document(documents, doc, Field::ThemeEvidence(theme)),
            coordination: if document.coordination.iter().all(&cue) {
                Quote::in_document(documents, doc, Field::Coordination)
            } else {
                document.coordination.iter().filter(|e| cue(e)).cloned().collect::<Vec<_>>().into()
            },
        })
    }

    /// The resolution as analysts write it: `Res. 70 (Rev. Dubai, 2018)`, `Res. ITU-R 9-5
    /// (Rev. Geneva, 2015)`.
    pub fn short_name(&self) -> String {
        let number = match self.id.body {
            crate::Body::Ra => format!("ITU-R {}", self.id.number),
            _ => self.id.number.to_string(),
        };
        match &self.edition {
            Some(edition) => format!("Res. {number} {edition}"),
            None => format!("Res. {number}"),
        }
    }
}

/// A value a [`Member`] quotes from a document: held by the quote itself (a report read back
/// from JSON), or read from the documents of the analysis that made it, which spares copying a
/// document's data once for every theme it is on.
///
/// It dereferences to the value, and compares, prints and serializes as the value.
pub struct Quote<T: ?Sized + Quotable + 'static>(QuoteRepr<T>);

enum QuoteRepr<T: ?Sized + 'static> {
    /// The value itself (boxed, so that the quote stays two words).
    Held(Arc<Box<T>>),
    /// The field `field` of document `doc` of `documents`. The documents cannot change while
    /// the quote holds them, and a quote is only made for a field that is there.
    InDocument { documents: Arc<Vec<Document>>, doc: u32, field: Field },
}

/// Which value of a document a [`Quote`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Field {
    /// The document's source (text).
    Source,
    /// Its title (text).
    Title,
    /// The edition of its identity.
    Edition,
    /// The evidence of its theme record at this index.
    ThemeEvidence(u32),
    /// Its coordination cues (evidence).
    Coordination,
}

/// What a [`Quote`] can read from a document.
pub trait Quotable {
    /// The value `field` names in `document`, if it holds one of this type.
    fn read(document: &Document, field: Field) -> Option<&Self>;

    /// The value a quote reads when its document does not hold it: empty text, an edition
    /// naming nothing, no evidence.
    fn empty() -> &'static Self;
}

impl Quotable for str {
    fn read(document: &Document, field: Field) -> Option<&str> {
        match field {
            Field::Source => Some(&document.source),
            Field::Title => document.title.as_deref(),
            _ => None,
        }
    }

    fn empty() -> &'static str {
        ""
    }
}

impl Quotable for Edition {
    fn read(document: &Document, field: Field) -> Option<&Edition> {
        match field {
            Field::Edition => document.id.as_ref().and_then(|r| r.edition.as_ref()),
            _ => None,
        }
    }

    fn empty() -> &'static Edition {
        static EMPTY: Edition = Edition { revision: false, place: None, year: None, tag: None };
        &EMPTY
    }
}

impl Quotable for [EvidenceRecord] {
    fn read(document: &Document, field: Field) -> Option<&[EvidenceRecord]> {
        match field {
            Field::Coordination => Some(&document.coordination),
            Field::ThemeEvidence(theme) => {
                document.themes.get(theme as usize).map(|t| &t.evidence[..])
            }
            _ => None,
        }
    }

    fn empty() -> &'static [EvidenceRecord] {
        &[]
    }
}

impl<T: ?Sized + Quotable> Quote<T> {
    fn in_document(documents: &Arc<Vec<Document>>, doc: u32, field: Field) -> Self {
        Quote(QuoteRepr::InDocument { documents: Arc::clone(documents), doc, field })
    }

    /// The value: the one held, or the one read from the document (the empty value, should the
    /// document not hold it: quotes are only made for values that are there).
    pub fn get(&self) -> &T {
        match &self.0 {
            QuoteRepr::Held(value) => value,
            QuoteRepr::InDocument { documents, doc, field } => documents
                .get(*doc as usize)
                .and_then(|document| T::read(document, *field))
                .unwrap_or_else(|| T::empty()),
        }
    }
}

impl<T: ?Sized + Quotable> Deref for Quote<T> {
    type Target = T;

    /// The value, as [`Quote::get`] reads it; never panics.
    fn deref(&self) -> &T {
        self.get()
    }
}

impl<T: ?Sized + Quotable> Clone for Quote<T> {
    fn clone(&self) -> Self {
        Quote(match &self.0 {
            QuoteRepr::Held(value) => QuoteRepr::Held(Arc::clone(value)),
            QuoteRepr::InDocument { documents, doc, field } => {
                QuoteRepr::InDocument { documents: Arc::clone(documents), doc: *doc, field: *field }
            }
        })
    }
}

impl<T: ?Sized + Quotable> From<Box<T>> for Quote<T> {
    fn from(value: Box<T>) -> Self {
        Quote(QuoteRepr::Held(Arc::new(value)))
    }
}

impl From<String> for Quote<str> {
    fn from(value: String) -> Self {
        Quote::from(value.into_boxed_str())
    }
}

impl From<&str> for Quote<str> {
    fn from(value: &str) -> Self {
        Quote::from(Box::<str>::from(value))
    }
}

impl From<Edition> for Quote<Edition> {
    fn from(value: Edition) -> Self {
        Quote::from(Box::new(value))
    }
}

impl From<Vec<EvidenceRecord>> for Quote<[EvidenceRecord]> {
    fn from(value: Vec<EvidenceRecord>) -> Self {
        Quote::from(value.into_boxed_slice())
    }
}

impl<'a> IntoIterator for &'a Quote<[EvidenceRecord]> {
    type Item = &'a EvidenceRecord;
    type IntoIter = std::slice::Iter<'a, EvidenceRecord>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: ?Sized + Quotable + PartialEq> PartialEq for Quote<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: ?Sized + Quotable + Eq> Eq for Quote<T> {}

impl<T: ?Sized + Quotable + fmt::Debug> fmt::Debug for Quote<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: ?Sized + Quotable + fmt::Display> fmt::Display for Quote<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: ?Sized + Quotable + Serialize> Serialize for Quote<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de, T: ?Sized + Quotable> Deserialize<'de> for Quote<T>
where
    Box<T>: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Quote::from(Box::<T>::deserialize(deserializer)?))
    }
}

/// A citation that corroborates a proposal: a Sector resolution citing the PP resolution in its
/// title or operative part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corroboration {
    /// The citing resolution.
    pub from: ResolutionId,
    /// The cited resolution.
    pub to: ResolutionId,
    /// The citation as written and where.
    pub evidence: EvidenceRecord,
    /// The citing input.
    pub source: String,
}

/// A clause of the mutual-interest rule, as reports name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Clause {
    /// A PP resolution on the theme calls for intersectoral coordination.
    A,
    /// A PP resolution and a resolution of at least one Sector are on the theme.
    B,
}

impl Clause {
    /// The clause's id in reports: `A`, `B`.
    pub fn id(self) -> &'static str {
        match self {
            Clause::A => "A",
            Clause::B => "B",
        }
    }

    /// The ids of `clauses` joined by `+` (`A+B`), as the mapping table shows them.
    ///
    /// ```
    /// use isc_model::Clause;
    /// assert_eq!(Clause::joined(&[Clause::A, Clause::B]), "A+B");
    /// ```
    pub fn joined(clauses: &[Clause]) -> String {
        clauses.iter().map(|c| c.id()).collect::<Vec<_>>().join("+")
    }
}

impl fmt::Display for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl PartialEq<&str> for Clause {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

/// A theme proposed as an area of mutual interest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    /// The rule that made it (`MI001`).
    pub rule: String,
    /// The theme's id.
    pub theme: String,
    /// The theme's label.
    pub label: Option<String>,
    /// The rule clauses that fired, in order: `A` (a PP resolution on the theme calls for
    /// intersectoral coordination), `B` (a PP resolution and a Sector resolution share it).
    pub clauses: Vec<Clause>,
    /// The Plenipotentiary Conference resolutions on the theme.
    pub pp: Vec<Member>,
    /// The ITU-R resolutions (Radiocommunication Assembly, World Radiocommunication Conference).
    pub itu_r: Vec<Member>,
    /// The ITU-T resolutions (World Telecommunication Standardization Assembly).
    pub itu_t: Vec<Member>,
    /// The ITU-D resolutions (World Telecommunication Development Conference).
    pub itu_d: Vec<Member>,
    /// Sector resolutions citing a PP member in their title or operative part.
    pub corroboration: Vec<Corroboration>,
    /// The sum of the members' theme scores, rounded to two decimals.
    pub score: f64,
}

/// Why a theme came close to a proposal without being one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NearMissKind {
    /// Sector resolutions in two or more Sectors share the theme, but no PP resolution is on it.
    SectorsWithoutPp,
    /// Only PP resolutions are on the theme, and none calls for coordination.
    PpOnlyNoCoordination,
    /// The theme holds only through an edition a newer edition supersedes.
    OnlySuperseded,
}

impl NearMissKind {
    /// A one-line description for people.
    pub fn describe(self) -> &'static str {
        match self {
            NearMissKind::SectorsWithoutPp => {
                "Sector resolutions in two or more Sectors, but no PP resolution"
            }
            NearMissKind::PpOnlyNoCoordination => {
                "PP resolutions only, none calling for coordination"
            }
            NearMissKind::OnlySuperseded => "holds only through superseded editions",
        }
    }
}

/// A theme an analyst will want to look at although it was not proposed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NearMiss {
    /// The rule that noticed it.
    pub rule: String,
    /// What kind of near miss.
    pub kind: NearMissKind,
    /// The theme's id.
    pub theme: String,
    /// The theme's label.
    pub label: Option<String>,
    /// The PP resolutions on the theme.
    pub pp: Vec<Member>,
    /// The ITU-R resolutions on the theme.
    pub itu_r: Vec<Member>,
    /// The ITU-T resolutions on the theme.
    pub itu_t: Vec<Member>,
    /// The ITU-D resolutions on the theme.
    pub itu_d: Vec<Member>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{PartKind, ThemeRecord};

    fn evidence(text: &str, part: PartKind) -> EvidenceRecord {
        EvidenceRecord {
            text: text.to_owned(),
            span: Default::default(),
            part,
            clause: Some("resolves".to_owned()),
            line: 3,
            column: 7,
        }
    }

    #[test]
    fn a_quoting_member_reads_and_serializes_as_a_copy_would() {
        let mut document = Document::empty("pp-70.txt");
        document.id = Some("PP 70 (Rev. Dubai, 2018)".parse().unwrap());
        document.part = Some(2);
        document.title = Some("Gender equality".to_owned());
        document.themes = vec![
            ThemeRecord { id: "youth".into(), score: 1.5, evidence: vec![] },
            ThemeRecord {
                id: "gender-equality".into(),
                score: 4.25,
                evidence: vec![evidence("gender", PartKind::Title)],
            },
        ];
        document.coordination = vec![
            evidence("the three Sectors", PartKind::Preamble),
            evidence("the three Bureaux", PartKind::Operative),
        ];
        let mut other = Document::empty("other.txt");
        other.themes = document.themes.clone();
        let documents = Arc::new(vec![other, document.clone()]);
        let id: ResolutionId = "PP 70".parse().unwrap();
        let copy = |coordination: Vec<EvidenceRecord>| Member {
            id,
            edition: document.id.as_ref().unwrap().edition.clone().map(Quote::from),
            source: document.source.clone().into(),
            part: Some(2),
            title: document.title.clone().map(Quote::from),
            superseded: true,
            theme_score: 4.25,
            theme_evidence: document.themes[1].evidence.clone().into(),
            coordination: coordination.into(),
        };
        for (operative_only, cues) in [(false, 0..2), (true, 1..2)] {
            let cue = |e: &EvidenceRecord| !operative_only || e.part == PartKind::Operative;
            let quoting = Member::quoting(&documents, 1, 1, id, true, cue).unwrap();
            let copy = copy(document.coordination[cues].to_vec());
            assert_eq!(quoting, copy);
            assert_eq!(format!("{quoting:?}"), format!("{copy:?}"));
            let json = serde_json::to_string(&quoting).unwrap();
            assert_eq!(json, serde_json::to_string(&copy).unwrap());
            let back: Member = serde_json::from_str(&json).unwrap();
            assert_eq!(back, quoting);
            assert_eq!(back.short_name(), "Res. 70 (Rev. Dubai, 2018)");
            assert_eq!(&*back.source, "pp-70.txt");
        }
        let untitled = Member::quoting(&documents, 0, 0, id, false, |_| true).unwrap();
        assert_eq!((untitled.title, untitled.edition), (None, None));
        // A document or theme record that is not there gives no member, never a panic.
        assert!(Member::quoting(&documents, 2, 0, id, false, |_| true).is_none());
        assert!(Member::quoting(&documents, 1, 9, id, false, |_| true).is_none());
    }
}
