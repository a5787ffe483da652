//! Body resolution: which body adopted a cited resolution, from the strongest evidence the text
//! gives (a marker, an attribution, the edition, the sentence's subject, the document itself),
//! with a typed reason, and a typed problem when the evidence is missing or disagrees.

use isc_model::{Body, Calendar, ResolutionNumber};

use crate::vocabulary::BodyHint;
use crate::{BodySource, EditionRef};

/// Why a citation's body could not be told, or was told with a doubt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BodyProblem {
    /// `of this Conference` in a document whose own body is unknown.
    ThisConferenceUnknown,
    /// The text names a body, but the edition belongs to another one.
    Conflict { said: Body, edition: String, edition_body: Body },
    /// The text names a body; the calendar knows no conference at the edition's place and year.
    UnknownEdition { edition: String },
    /// The edition's conference tag is not in the calendar.
    UnknownTag { tag: String },
    /// Several conferences met at the edition's place and year.
    AmbiguousPlace { edition: String },
    /// No conference met at the edition's place and year.
    UnknownPlace { edition: String },
    /// A year alone names no conference.
    YearOnly { edition: String },
    /// Nothing tells the body, and the document's own body is unknown.
    NoBody,
}

impl BodyProblem {
    /// The diagnostic's message about `resolutions` (`Resolution 44`, `Resolutions 44 and 45`).
    pub(crate) fn message(&self, resolutions: &str) -> String {
        match self {
            BodyProblem::ThisConferenceUnknown => format!(
                "{resolutions} is said to be of this conference, but the document's own body is unknown"
            ),
            BodyProblem::Conflict { said, edition, edition_body } => format!(
                "{resolutions}: the text says {said} but {edition} is a {edition_body} edition; kept {said}"
            ),
            BodyProblem::UnknownEdition { edition } => format!(
                "{resolutions}: the calendar has no conference matching {edition}; edition kept as written"
            ),
            BodyProblem::UnknownTag { tag } => format!(
                "cannot tell which body adopted {resolutions}: the calendar has no conference tagged {tag}"
            ),
            BodyProblem::AmbiguousPlace { edition } => format!(
                "cannot tell which body adopted {resolutions}: several conferences met at {edition}"
            ),
            BodyProblem::UnknownPlace { edition } => format!(
                "cannot tell which body adopted {resolutions}: the calendar has no conference matching {edition} (add it with --calendar)"
            ),
            BodyProblem::YearOnly { edition } => format!(
                "cannot tell which body adopted {resolutions} {edition}: a year alone does not name a conference"
            ),
            BodyProblem::NoBody => format!(
                "cannot tell which body adopted {resolutions}: the text names none and the document's own body is unknown"
            ),
        }
    }
}

/// A citation's body, where it came from, and what went wrong telling it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) body: Option<Body>,
    pub(crate) source: Option<BodySource>,
    pub(crate) problem: Option<BodyProblem>,
}

impl Resolved {
    fn unknown(problem: BodyProblem) -> Resolved {
        Resolved { body: None, source: None, problem: Some(problem) }
    }

    fn known(body: Body, source: BodySource) -> Resolved {
        Resolved { body: Some(body), source: Some(source), problem: None }
    }
}

/// What a citation's text and its document say about its body.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Evidence<'e, 'a> {
    /// A body marker before the number or the citation word.
    pub(crate) marker: Option<Body>,
    /// An attribution after the citation.
    pub(crate) attribution: Option<BodyHint>,
    /// The edition.
    pub(crate) edition: Option<&'e EditionRef<'a>>,
    /// The subject of the citation's sentence.
    pub(crate) subject: Option<Body>,
    /// The cited number, without the ITU-R revision counter.
    pub(crate) number: ResolutionNumber,
    /// The body of the document the citation stands in, when its own identity tells it.
    pub(crate) document: Option<Body>,
}

/// The lowest number only a Council resolution has.
const COUNCIL_NUMBERS: u32 = 1000;

/// Decides a citation's body from the strongest evidence the text gives.
pub(crate) fn resolve(calendar: &Calendar, evidence: Evidence<'_, '_>) -> Resolved {
    let edition = evidence.edition;
    let from_edition = edition.and_then(|e| e.conference).map(|idx| calendar.conference(idx).body);
    let describe = |e: &EditionRef<'_>| e.to_edition(calendar).to_string();
    let explicit = match (evidence.marker, evidence.attribution) {
        (Some(body), _) => Some((Some(body), BodySource::Marker)),
        (None, Some(BodyHint::Known(body))) => Some((Some(body), BodySource::Attribution)),
        (None, Some(BodyHint::ThisConference)) => {
            Some((evidence.document, BodySource::Attribution))
        }
        _ => None,
    };
    match explicit {
        Some((None, _)) => return Resolved::unknown(BodyProblem::ThisConferenceUnknown),
        Some((Some(body), source)) => {
            let problem = match (from_edition, edition) {
                (Some(e_body), Some(e))
                    if e_body != body && !(body == Body::Ra && e_body == Body::Wrc) =>
                {
                    Some(BodyProblem::Conflict {
                        said: body,
                        edition: describe(e),
                        edition_body: e_body,
                    })
                }
                // A place the calendar does not know, kept as written (`Hamammet`); not a
                // conference it knows by its tag, named by its place (`World Radiocommunication
                // Conference (Geneva, 2007)`).
                (None, Some(e))
                    if e.tag.is_none()
                        && let (Some(place), Some(year)) = (e.place, e.year)
                        && !calendar.met(body, place, year) =>
                {
                    Some(BodyProblem::UnknownEdition { edition: describe(e) })
                }
                _ => None,
            };
            return Resolved { body: Some(body), source: Some(source), problem };
        }
        None => {}
    }
    if let Some(body) = from_edition {
        return Resolved::known(body, BodySource::Edition);
    }
    // Only the Council numbers its resolutions from 1000 up; the other bodies' series stay
    // below (ITU-R's carry a revision counter).
    if evidence.number.base >= COUNCIL_NUMBERS && evidence.number.revision.is_none() {
        return Resolved::known(Body::Council, BodySource::Number);
    }
    if let Some(e) = edition {
        match (e.place, e.year, e.tag) {
            (_, _, Some(tag)) => {
                return Resolved::unknown(BodyProblem::UnknownTag { tag: tag.to_owned() });
            }
            (Some(place), Some(year), None) => {
                let edition = describe(e);
                return Resolved::unknown(if calendar.by_place_year(place, year).len() > 1 {
                    BodyProblem::AmbiguousPlace { edition }
                } else {
                    BodyProblem::UnknownPlace { edition }
                });
            }
            (None, Some(year), None) if evidence.subject.is_none() => {
                // A year alone names no conference, but agrees with the document's own body
                // when that body met that year (the Council every year: `Resolution 1305
                // (2009)` in a Council resolution).
                if let Some(body) = evidence.document
                    && calendar.by_body_year(body, year).is_some()
                {
                    return Resolved::known(body, BodySource::Document);
                }
                return Resolved::unknown(BodyProblem::YearOnly { edition: describe(e) });
            }
            _ => {}
        }
    }
    if let Some(body) = evidence.subject {
        return Resolved::known(body, BodySource::Sentence);
    }
    match evidence.document {
        Some(body) => Resolved::known(body, BodySource::Document),
        None => Resolved::unknown(BodyProblem::NoBody),
    }
}

/// `Resolution 44`, `Resolutions 44 and 45`, `Resolutions 2, 8 and 9`.
pub(crate) fn name_resolutions(numbers: &[ResolutionNumber]) -> String {
    match numbers {
        [one] => format!("Resolution {one}"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(ToString::to_string).collect();
            format!("Resolutions {} and {last}", init.join(", "))
        }
        [] => "Resolution".to_owned(),
    }
}
