//! Focal points: who each unit of the Union appointed for a theme, read from TOML or CSV, and
//! the gaps between them and the proposals.

use std::collections::BTreeSet;
use std::path::Path;

use isc_engine::{MappingTable, MappingTarget, Member, Report, Sector};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The unit that appoints a focal point: the General Secretariat or one of the three Bureaux.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Unit {
    /// The General Secretariat, for the Union as a whole (PP resolutions).
    #[serde(rename = "General Secretariat")]
    GeneralSecretariat,
    /// The Radiocommunication Bureau (ITU-R).
    #[serde(rename = "BR")]
    Br,
    /// The Telecommunication Standardization Bureau (ITU-T).
    #[serde(rename = "TSB")]
    Tsb,
    /// The Telecommunication Development Bureau (ITU-D).
    #[serde(rename = "BDT")]
    Bdt,
}

impl Unit {
    /// Every unit, in the order of the mapping table's columns.
    pub const ALL: [Unit; 4] = [Unit::GeneralSecretariat, Unit::Br, Unit::Tsb, Unit::Bdt];

    /// The unit's name as files and reports write it: `General Secretariat`, `BR`, `TSB`, `BDT`.
    pub fn name(self) -> &'static str {
        match self {
            Unit::GeneralSecretariat => "General Secretariat",
            Unit::Br => "BR",
            Unit::Tsb => "TSB",
            Unit::Bdt => "BDT",
        }
    }

    /// The part of the Union whose resolutions the unit follows.
    pub fn sector(self) -> Sector {
        match self {
            Unit::GeneralSecretariat => Sector::Union,
            Unit::Br => Sector::R,
            Unit::Tsb => Sector::T,
            Unit::Bdt => Sector::D,
        }
    }

    /// Reads a unit name, case ignored: `General Secretariat` (or `GS`), `BR`, `TSB`, `BDT`.
    ///
    /// ```
    /// use isc_report::Unit;
    /// assert_eq!(Unit::parse("tsb"), Some(Unit::Tsb));
    /// assert_eq!(Unit::parse("general secretariat"), Some(Unit::GeneralSecretariat));
    /// assert_eq!(Unit::parse("ITU-T"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Unit> {
        let text = text.trim();
        Unit::ALL
            .into_iter()
            .find(|u| u.name().eq_ignore_ascii_case(text))
            .or_else(|| text.eq_ignore_ascii_case("GS").then_some(Unit::GeneralSecretariat))
    }
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One focal point: the unit that appointed it for a theme, and optionally a name or role and
/// a contact.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct FocalPoint {
    /// The theme id, as the lexicon names it.
    pub theme: String,
    /// Who appointed the focal point.
    pub unit: Unit,
    /// A name or a role (`Counsellor, Study Group 17`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// How to reach it (an address, a mailbox).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

impl FocalPoint {
    /// `TSB: Counsellor, Study Group 17 (contact)`, or `TSB` alone.
    pub fn describe(&self) -> String {
        let mut res = self.unit.name().to_owned();
        if let Some(role) = &self.role {
            res.push_str(": ");
            res.push_str(role);
        }
        if let Some(contact) = &self.contact {
            res.push_str(" (");
            res.push_str(contact);
            res.push(')');
        }
        res
    }
}

/// The focal points of a file, sorted by theme, unit, role and contact.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FocalPoints {
    points: Vec<FocalPoint>,
}

/// One `[[focal_point]]` table of a TOML file, with its place for messages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    theme: toml::Spanned<String>,
    unit: toml::Spanned<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    contact: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    focal_point: Vec<Entry>,
}

/// One CSV record.
#[derive(Deserialize)]
struct Row {
    theme: String,
    unit: String,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    contact: Option<String>,
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Empty and blank optional fields count as absent.
fn optional(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

fn unknown_unit(found: &str) -> String {
    format!("expected a unit (General Secretariat, BR, TSB or BDT), found {found:?}")
}

impl FocalPoints {
    /// Focal points from a list (sorted here).
    pub fn new(mut points: Vec<FocalPoint>) -> FocalPoints {
        points.sort();
        points.dedup();
        FocalPoints { points }
    }

    /// Reads a TOML file of `[[focal_point]]` tables (`theme`, `unit`, and optionally `role`
    /// and `contact`); `path` names the file in messages.
    ///
    /// ```
    /// use isc_report::{FocalPoints, Unit};
    /// let points = FocalPoints::from_toml(
    ///     "[[focal_point]]\ntheme = \"cybersecurity\"\nunit = \"TSB\"\nrole = \"Study group counsellor\"\n",
    ///     "focal-points.toml",
    /// )?;
    /// assert_eq!(points.for_theme("cybersecurity").next().unwrap().unit, Unit::Tsb);
    /// assert!(FocalPoints::from_toml("[[focal_point]]\ntheme = \"x\"\nunit = \"ITU\"\n", "f.toml").is_err());
    /// # Ok::<(), isc_report::Error>(())
    /// ```
    pub fn from_toml(text: &str, path: &str) -> Result<FocalPoints> {
        let error = |offset: usize, message: String| {
            let (line, column) = line_column(text, offset);
            Error::FocalPoints { path: path.to_owned(), line, column, message }
        };
        let file: File = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            error(offset, e.message().trim().to_owned())
        })?;
        let mut points = Vec::with_capacity(file.focal_point.len());
        for entry in file.focal_point {
            let unit = Unit::parse(entry.unit.get_ref()).ok_or_else(|| {
                error(entry.unit.span().start, unknown_unit(entry.unit.get_ref()))
            })?;
            let theme = entry.theme.get_ref().trim();
            if theme.is_empty() {
                return Err(error(entry.theme.span().start, "expected a theme id".to_owned()));
            }
            points.push(FocalPoint {
                theme: theme.to_owned(),
                unit,
                role: optional(entry.role),
                contact: optional(entry.contact),
            });
        }
        Ok(FocalPoints::new(points))
    }

    /// Reads a CSV file whose header names the columns `theme`, `unit`, and optionally `role`
    /// and `contact`; `path` names the file in messages.
    ///
    /// ```
    /// use isc_report::FocalPoints;
    /// let points = FocalPoints::from_csv("theme,unit,role\ne-health,BDT,Programme officer\n", "f.csv")?;
    /// assert_eq!(points.len(), 1);
    /// # Ok::<(), isc_report::Error>(())
    /// ```
    pub fn from_csv(text: &str, path: &str) -> Result<FocalPoints> {
        let error = |line: u64, message: String| Error::FocalPoints {
            path: path.to_owned(),
            line: usize::try_from(line).unwrap_or(usize::MAX),
            column: 1,
            message,
        };
        let csv_error = |e: csv::Error| {
            let line = e.position().map_or(1, csv::Position::line);
            error(line, e.to_string())
        };
        let mut reader =
            csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
        let headers = reader.headers().map_err(csv_error)?.clone();
        let mut points = Vec::new();
        for record in reader.records() {
            let record = record.map_err(csv_error)?;
            let line = record.position().map_or(1, csv::Position::line);
            let row: Row = record.deserialize(Some(&headers)).map_err(|e| {
                let message = match e.kind() {
                    csv::ErrorKind::Deserialize { err, .. } => err.to_string(),
                    _ => e.to_string(),
                };
                error(line, message)
            })?;
            let unit =
                Unit::parse(&row.unit).ok_or_else(|| error(line, unknown_unit(&row.unit)))?;
            if row.theme.is_empty() {
                return Err(error(line, "expected a theme id".to_owned()));
            }
            points.push(FocalPoint {
                theme: row.theme,
                unit,
                role: optional(row.role),
                contact: optional(row.contact),
            });
        }
        Ok(FocalPoints::new(points))
    }

    /// Reads a file: CSV when its name ends in `.csv`, TOML otherwise.
    pub fn from_path(path: &Path) -> Result<FocalPoints> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| Error::Read { path: path.to_owned(), source })?;
        let name = path.display().to_string();
        let is_csv = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        if is_csv {
            FocalPoints::from_csv(&text, &name)
        } else {
            FocalPoints::from_toml(&text, &name)
        }
    }

    /// Every focal point, sorted.
    pub fn points(&self) -> &[FocalPoint] {
        &self.points
    }

    /// How many focal points there are.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// The focal points of `theme`, by unit.
    pub fn for_theme<'a>(&'a self, theme: &'a str) -> impl Iterator<Item = &'a FocalPoint> + 'a {
        let start = self.points.partition_point(|p| p.theme.as_str() < theme);
        self.points[start..].iter().take_while(move |p| p.theme == theme)
    }

    /// The focal points of a mapped target's themes that concern its table: those of the
    /// General Secretariat and of the Bureaux of the table's two Sectors, by theme and unit.
    pub fn for_mapping<'a>(
        &'a self,
        table: &MappingTable,
        target: &'a MappingTarget,
    ) -> Vec<&'a FocalPoint> {
        let concerns = |unit: Unit| {
            let sector = unit.sector();
            sector == Sector::Union || sector.name() == table.from || sector.name() == table.to
        };
        target
            .themes
            .iter()
            .flat_map(|theme| self.for_theme(theme))
            .filter(|p| concerns(p.unit))
            .collect()
    }

    /// Where the focal points and the report's proposals do not meet: for each proposed
    /// theme, each unit with no focal point on it whose part of the Union holds one of its
    /// resolutions; then each focal point for a theme that is not proposed. Sorted by theme.
    pub fn gaps(&self, report: &Report) -> Vec<Gap> {
        let mut res = Vec::new();
        for proposal in &report.proposals {
            let groups: [(Unit, &[Member]); 4] = [
                (Unit::GeneralSecretariat, &proposal.pp),
                (Unit::Br, &proposal.itu_r),
                (Unit::Tsb, &proposal.itu_t),
                (Unit::Bdt, &proposal.itu_d),
            ];
            let units: BTreeSet<Unit> = self.for_theme(&proposal.theme).map(|p| p.unit).collect();
            for (unit, members) in groups {
                if members.is_empty() || units.contains(&unit) {
                    continue;
                }
                res.push(Gap {
                    theme: proposal.theme.clone(),
                    kind: GapKind::NoFocalPoint,
                    unit,
                    resolutions: members.iter().map(Member::short_name).collect(),
                });
            }
        }
        let mut seen = BTreeSet::new();
        for point in &self.points {
            if report.proposal(&point.theme).is_none() && seen.insert((&point.theme, point.unit)) {
                res.push(Gap {
                    theme: point.theme.clone(),
                    kind: GapKind::NotProposed,
                    unit: point.unit,
                    resolutions: Vec::new(),
                });
            }
        }
        res.sort_by(|a, b| (&a.theme, a.kind, a.unit).cmp(&(&b.theme, b.kind, b.unit)));
        res
    }
}

/// What kind of gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapKind {
    /// A proposed theme has resolutions from a unit's part of the Union but no focal point of
    /// that unit.
    NoFocalPoint,
    /// A focal point is appointed for a theme that is not proposed.
    NotProposed,
}

/// A gap between focal points and proposals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    /// The theme.
    pub theme: String,
    /// What is wrong.
    pub kind: GapKind,
    /// The unit concerned.
    pub unit: Unit,
    /// For [`GapKind::NoFocalPoint`], the unit's resolutions on the theme.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resolutions: Vec<String>,
}

impl Gap {
    /// One line for people: `no TSB focal point (ITU-T holds Res. 50 (Rev. Hammamet, 2016))`.
    pub fn describe(&self) -> String {
        match self.kind {
            GapKind::NoFocalPoint => {
                let holder = match self.unit.sector() {
                    Sector::Union => "PP",
                    Sector::R => "ITU-R",
                    Sector::T => "ITU-T",
                    Sector::D => "ITU-D",
                };
                format!(
                    "no {} focal point ({holder} holds {})",
                    self.unit,
                    self.resolutions.join(", ")
                )
            }
            GapKind::NotProposed => format!("{} focal point for a theme not proposed", self.unit),
        }
    }
}

/// The report as JSON with the focal points and their gaps after its own fields; it reads back
/// as a [`Report`] (the extra fields are passed over).
pub fn write_json_with_focal_points(
    report: &Report,
    focal_points: &FocalPoints,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct WithFocalPoints<'a> {
        #[serde(flatten)]
        report: &'a Report,
        focal_points: &'a [FocalPoint],
        focal_point_gaps: Vec<Gap>,
    }
    let value = WithFocalPoints {
        report,
        focal_points: focal_points.points(),
        focal_point_gaps: focal_points.gaps(report),
    };
    serde_json::to_writer_pretty(&mut *out, &value)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests;
