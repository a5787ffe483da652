//! What the rules conclude: proposals of areas of mutual interest, near misses, and the evidence
//! behind each.

use serde::{Deserialize, Serialize};

use crate::document::EvidenceRecord;
use crate::edition::Edition;
use crate::resolution::ResolutionId;

/// One resolution taking part in a proposal, with the evidence that put it there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// The resolution.
    pub id: ResolutionId,
    /// The edition whose text was read.
    pub edition: Option<Edition>,
    /// The input that text came from.
    pub source: String,
    /// Its place in a compilation, if any.
    pub part: Option<u32>,
    /// Its title.
    pub title: Option<String>,
    /// Whether a newer edition of the same resolution is in the corpus, or another text says
    /// this resolution is suppressed or merged into another.
    pub superseded: bool,
    /// How strongly its text is on the theme.
    pub theme_score: f64,
    /// The phrases that put it on the theme.
    pub theme_evidence: Vec<EvidenceRecord>,
    /// The phrases calling for coordination among the Sectors (operative ones, and preamble ones
    /// when the rule counts them).
    pub coordination: Vec<EvidenceRecord>,
}

impl Member {
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
    pub clauses: Vec<String>,
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
