//! Study-group work: the Questions, Working Parties and study groups of the three Sectors, the
//! study period, and the records a document gives of them.
//!
//! Every item belongs to a Sector. A text that writes a bare `Question 1/1` leaves it to its
//! document or to an attribution to tell which one; the model has no default.
//!
//! ```
//! use isc_model::{Sector, StudyItemId, StudyKind, StudyPeriod};
//!
//! let q: StudyItemId = "ITU-D Question 5/2".parse().unwrap();
//! assert_eq!(q.sector, Sector::D);
//! assert_eq!(q.kind, StudyKind::Question { group: 2, number: 5 });
//! assert_eq!(q.short(), "Question 5/2");
//! let r: StudyItemId = "ITU-R Question ITU-R 229/5".parse().unwrap();
//! assert_eq!(r.short(), "Question ITU-R 229/5");
//! assert_eq!("ITU-R WP 5D".parse::<StudyItemId>().unwrap().to_string(), "ITU-R WP 5D");
//! assert_eq!("ITU-T SG17".parse::<StudyItemId>().unwrap().kind.group(), 17);
//! assert_eq!("2022-2025".parse::<StudyPeriod>().unwrap().end, 2025);
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::body::{BodySource, Sector};
use crate::document::PartKind;
use crate::error::{Error, syntax};
use crate::span::Span;

/// What a study-group item is, without its Sector.
///
/// The order sorts Questions first, then Working Parties, then study groups, each by study
/// group and then by number: the order of a mapping table's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StudyKind {
    /// A Question: `Question 5/2` (Question 5 of Study Group 2), `Question ITU-R 229/5`.
    Question {
        /// The study group.
        group: u8,
        /// The Question's number within it.
        number: u16,
    },
    /// A Working Party of a study group: ITU-R's `WP 5D` (group 5, unit `D`) or ITU-T's
    /// `WP 1/17` (group 17, unit 1).
    WorkingParty {
        /// The study group.
        group: u8,
        /// The party within the group.
        unit: WorkingPartyUnit,
    },
    /// A study group: `SG17`, `Study Group 20`.
    StudyGroup {
        /// Its number.
        group: u8,
    },
}

/// How a Working Party is told apart within its study group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WorkingPartyUnit {
    /// A letter after the group's digit (`5D`), as ITU-R names them.
    Letter(char),
    /// A number before the group (`1/17`), as ITU-T names them.
    Number(u8),
}

impl StudyKind {
    /// The study group the item belongs to (or is).
    pub fn group(self) -> u8 {
        match self {
            StudyKind::Question { group, .. }
            | StudyKind::WorkingParty { group, .. }
            | StudyKind::StudyGroup { group } => group,
        }
    }

    /// `question`, `working-party` or `study-group`.
    pub fn name(self) -> &'static str {
        match self {
            StudyKind::Question { .. } => "question",
            StudyKind::WorkingParty { .. } => "working-party",
            StudyKind::StudyGroup { .. } => "study-group",
        }
    }
}

impl fmt::Display for StudyKind {
    /// `Question 5/2`, `WP 5D`, `WP 1/17`, `SG17`: the item without any Sector marker.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            StudyKind::Question { group, number } => write!(f, "Question {number}/{group}"),
            StudyKind::WorkingParty { group, unit: WorkingPartyUnit::Letter(c) } => {
                write!(f, "WP {group}{c}")
            }
            StudyKind::WorkingParty { group, unit: WorkingPartyUnit::Number(n) } => {
                write!(f, "WP {n}/{group}")
            }
            StudyKind::StudyGroup { group } => write!(f, "SG{group}"),
        }
    }
}

const KIND_EXPECTED: &str = "`Question 5/2`, `Question ITU-R 229/5`, `WP 5D`, `WP 1/17` or `SG17`";

impl FromStr for StudyKind {
    type Err = Error;

    /// Reads what `Display` writes; `Question ITU-R 229/5` is read as `Question 229/5`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || syntax("study item", s, KIND_EXPECTED);
        let num = |t: &str| -> Result<u16, Error> {
            if t.is_empty() || t.len() > 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            t.parse().map_err(|_| bad())
        };
        let group = |t: &str| -> Result<u8, Error> {
            u8::try_from(num(t)?).ok().filter(|g| *g > 0).ok_or_else(bad)
        };
        if let Some(rest) = s.strip_prefix("Question ") {
            let rest = rest.strip_prefix("ITU-R ").unwrap_or(rest);
            let (n, g) = rest.split_once('/').ok_or_else(bad)?;
            return Ok(StudyKind::Question { group: group(g)?, number: num(n)? });
        }
        if let Some(rest) = s.strip_prefix("WP ") {
            if let Some((n, g)) = rest.split_once('/') {
                let unit = WorkingPartyUnit::Number(group(n)?);
                return Ok(StudyKind::WorkingParty { group: group(g)?, unit });
            }
            let letter = rest.chars().last().filter(char::is_ascii_uppercase).ok_or_else(bad)?;
            let g = group(&rest[..rest.len() - 1])?;
            return Ok(StudyKind::WorkingParty {
                group: g,
                unit: WorkingPartyUnit::Letter(letter),
            });
        }
        if let Some(rest) = s.strip_prefix("SG") {
            return Ok(StudyKind::StudyGroup { group: group(rest)? });
        }
        Err(bad())
    }
}

/// A study-group item of one Sector: `ITU-D Question 5/2`, `ITU-R WP 5D`, `ITU-T SG17`.
///
/// It serializes as the string `Display` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StudyItemId {
    /// The Sector whose study group it is (never [`Sector::Union`]).
    pub sector: Sector,
    /// What it is.
    pub kind: StudyKind,
}

impl StudyItemId {
    /// An item of `sector`; `None` for [`Sector::Union`], which has no study groups.
    pub fn new(sector: Sector, kind: StudyKind) -> Option<StudyItemId> {
        (sector != Sector::Union).then_some(StudyItemId { sector, kind })
    }

    /// The item as a table of one Sector names it: `Question 5/2`, `Question ITU-R 229/5`,
    /// `WP 5D`, `SG17`.
    pub fn short(&self) -> String {
        match (self.sector, self.kind) {
            (Sector::R, StudyKind::Question { group, number }) => {
                format!("Question ITU-R {number}/{group}")
            }
            (_, kind) => kind.to_string(),
        }
    }

    /// The study group the item belongs to (or is).
    pub fn study_group(&self) -> StudyItemId {
        StudyItemId {
            sector: self.sector,
            kind: StudyKind::StudyGroup { group: self.kind.group() },
        }
    }
}

impl fmt::Display for StudyItemId {
    /// `ITU-D Question 5/2`, `ITU-R Question ITU-R 229/5`, `ITU-R WP 5D`, `ITU-T SG17`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.sector.name(), self.short())
    }
}

impl FromStr for StudyItemId {
    type Err = Error;

    /// Reads what `Display` writes.
    fn from_str(s: &str) -> Result<Self, Error> {
        let (sector, rest) = s.split_once(' ').ok_or_else(|| {
            syntax("study item id", s, "`ITU-D Question 5/2`, `ITU-R WP 5D` or `ITU-T SG17`")
        })?;
        let sector = parse_sector(sector).ok_or_else(|| {
            syntax("study item id", s, "a Sector `ITU-R`, `ITU-T` or `ITU-D` first")
        })?;
        let kind: StudyKind = rest.parse()?;
        if rest.starts_with("Question ITU-R ") != (sector == Sector::R && kind.name() == "question")
        {
            return Err(syntax("study item id", s, "`Question ITU-R` for ITU-R Questions only"));
        }
        Ok(StudyItemId { sector, kind })
    }
}

fn parse_sector(s: &str) -> Option<Sector> {
    [Sector::R, Sector::T, Sector::D].into_iter().find(|sector| sector.name() == s)
}

/// A study period: `2022-2025`. It serializes as that string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StudyPeriod {
    /// The first year.
    pub start: u16,
    /// The last year.
    pub end: u16,
}

impl StudyPeriod {
    /// A period from `start` to `end`; `None` unless both are plausible years of the Union's
    /// study groups and the period lasts one to eight years.
    pub fn new(start: u16, end: u16) -> Option<StudyPeriod> {
        ((1950..=2100).contains(&start) && end > start && end - start <= 8)
            .then_some(StudyPeriod { start, end })
    }
}

impl fmt::Display for StudyPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

impl FromStr for StudyPeriod {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || syntax("study period", s, "two years such as `2022-2025`");
        let (a, b) = s.split_once('-').ok_or_else(bad)?;
        let year = |t: &str| {
            (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse::<u16>().ok())
                .flatten()
        };
        StudyPeriod::new(year(a).ok_or_else(bad)?, year(b).ok_or_else(bad)?).ok_or_else(bad)
    }
}

/// Serializes each type as the string its `Display` writes, and reads it back with `FromStr`.
macro_rules! as_string {
    ($($ty:ty),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = String::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

as_string!(StudyItemId, StudyKind, StudyPeriod);

/// What a document of study-group work says it is: its item, the study period it states, and
/// the items it continues (`(Continuation of Question 4/17)`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudyItemRecord {
    /// The Question or Working Party (or study group) the document is.
    pub id: StudyItemId,
    /// The study period, when the document states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<StudyPeriod>,
    /// Items of an earlier period the document says it continues.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continues: Vec<StudyItemId>,
    /// What told the Sector: `marker` (`ITU-T`, `ITU-R`, `Question ITU-R`, a lettered Working
    /// Party) or `document` (a line near the top naming the Sector or its study group).
    pub sector_from: BodySource,
}

/// One mention of a study-group item in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudyCitationRecord {
    /// The Sector; `None` when nothing tells it (a diagnostic says so).
    #[serde(with = "sector_name")]
    pub sector: Option<Sector>,
    /// The item, without its Sector.
    pub item: StudyKind,
    /// What told the Sector: `marker`, `attribution`, `sentence` or `document`.
    pub sector_from: Option<BodySource>,
    /// The phrase as written (a list's phrase is shared by its items).
    pub text: String,
    /// Byte range of the phrase in the file.
    pub span: Span,
    /// 1-based line of the phrase's start.
    pub line: u32,
    /// 1-based column (in characters) of the phrase's start.
    pub column: u32,
    /// The part of the document the phrase sits in.
    pub part: PartKind,
}

impl StudyCitationRecord {
    /// The cited item, when its Sector is known.
    pub fn id(&self) -> Option<StudyItemId> {
        self.sector.and_then(|sector| StudyItemId::new(sector, self.item))
    }
}

mod sector_name {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::body::Sector;

    pub(super) fn serialize<S: Serializer>(
        sector: &Option<Sector>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match sector {
            Some(sector) => s.serialize_some(sector.name()),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Sector>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(name) => super::parse_sector(&name)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom(format!("unknown Sector {name:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ids_read_back_and_refuse_what_is_not_theirs() {
        for s in [
            "ITU-D Question 1/1",
            "ITU-T Question 2/17",
            "ITU-R Question ITU-R 229/5",
            "ITU-R WP 5D",
            "ITU-T WP 1/17",
            "ITU-D SG2",
        ] {
            assert_eq!(s.parse::<StudyItemId>().unwrap().to_string(), s);
        }
        for s in [
            "Question 1/1",
            "Union Question 1/1",
            "ITU-D Question ITU-R 1/1",
            "ITU-R Question 229/5",
            "ITU-R WP 5d",
            "ITU-T SG0",
            "ITU-T SG 17",
            "ITU-D Question 1/",
            "ITU-D Question 99999/1",
        ] {
            assert!(s.parse::<StudyItemId>().is_err(), "{s}");
        }
        assert!("2025-2022".parse::<StudyPeriod>().is_err());
        assert!("2022-2045".parse::<StudyPeriod>().is_err());
    }

    #[test]
    fn rows_sort_by_group_then_number() {
        let mut ids: Vec<StudyItemId> = ["ITU-D Question 1/2", "ITU-D Question 7/1", "ITU-D SG1"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        ids.sort();
        let shown: Vec<String> = ids.iter().map(StudyItemId::short).collect();
        assert_eq!(shown, ["Question 7/1", "Question 1/2", "SG1"]);
    }

    proptest! {
        #[test]
        fn any_item_round_trips(sector in 1usize..4, kind in 0usize..4, g in 1u8..=99,
                                n in 0u16..=999, c in b'A'..=b'Z') {
            let sector = [Sector::Union, Sector::R, Sector::T, Sector::D][sector];
            let kind = match kind {
                0 => StudyKind::Question { group: g, number: n },
                1 => StudyKind::WorkingParty { group: g, unit: WorkingPartyUnit::Letter(c as char) },
                2 => StudyKind::WorkingParty { group: g, unit: WorkingPartyUnit::Number(g) },
                _ => StudyKind::StudyGroup { group: g },
            };
            let id = StudyItemId::new(sector, kind).unwrap();
            prop_assert_eq!(id.to_string().parse::<StudyItemId>().unwrap(), id);
            let json = serde_json::to_string(&id).unwrap();
            prop_assert_eq!(serde_json::from_str::<StudyItemId>(&json).unwrap(), id);
        }
    }
}
