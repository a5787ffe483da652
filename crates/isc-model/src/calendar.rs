//! The conference calendar: which body met at which place in which year.
//!
//! The calendar is data. The project ships one (`data/calendar.toml`), and users extend or replace
//! it with their own file when a new conference is held.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::body::Body;
use crate::error::{Error, Result};
use crate::text::{key, with_key};

const DEFAULT_CALENDAR: &str = include_str!("../data/calendar.toml");

/// Index of a conference in its [`Calendar`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConferenceIdx(u32);

/// One place and the spellings texts use for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceEntry {
    /// The canonical (English) name, used in output.
    pub name: String,
    /// Other spellings: French, Spanish, without accents.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// One conference: a body meeting at a place in a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conference {
    /// The body that met.
    pub body: Body,
    /// Where it met.
    pub place: String,
    /// When it met.
    pub year: u16,
    /// Tags that name it besides `BODY-YY` (e.g. `WTSA-20` for the Assembly held in 2022).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Texts cite this conference's editions by tag only; place and year name another body.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_tag_only: bool,
}

/// The shape of a calendar TOML file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarFile {
    /// Whether this file adds to the shipped calendar (the default) or replaces it.
    #[serde(default = "yes")]
    pub extends_default: bool,
    /// Places and their spellings.
    #[serde(default)]
    pub place: Vec<PlaceEntry>,
    /// Conferences.
    #[serde(default)]
    pub conference: Vec<Conference>,
}

fn yes() -> bool {
    true
}

/// The conference calendar with its lookup indexes.
///
/// ```
/// use isc_model::{Body, Calendar};
/// let calendar = Calendar::default();
/// let found = calendar.by_place_year("Dubaï", 2014);
/// assert_eq!(found.len(), 1);
/// assert_eq!(calendar.conference(found[0]).body, Body::Wtdc);
/// assert_eq!(calendar.canonical_place("GENÈVE"), Some("Geneva"));
/// ```
#[derive(Debug, Clone)]
pub struct Calendar {
    places: Vec<PlaceEntry>,
    conferences: Vec<Conference>,
    place_by_key: HashMap<String, usize>,
    by_place_year: HashMap<(usize, u16), Vec<ConferenceIdx>>,
    by_tag: HashMap<String, ConferenceIdx>,
}

impl Default for Calendar {
    /// The calendar the project ships: the Plenipotentiary Conferences since 1965, every Sector
    /// assembly and conference since 1993, and the World Administrative Radio Conferences of
    /// 1977 to 1992 whose resolutions the World Radiocommunication Conferences carry on.
    fn default() -> Self {
        let file: CalendarFile = toml::from_str(DEFAULT_CALENDAR)
            .expect("the shipped calendar is valid, a test checks it");
        Calendar::from_file(file).expect("the shipped calendar is consistent, a test checks it")
    }
}

impl Calendar {
    /// The text of the shipped calendar file, for users who want a copy to edit.
    pub fn default_toml() -> &'static str {
        DEFAULT_CALENDAR
    }

    /// Reads a calendar file's text: it extends the shipped calendar unless it says
    /// `extends_default = false`.
    pub fn from_toml(text: &str) -> Result<Calendar> {
        let file: CalendarFile = toml::from_str(text)?;
        if file.extends_default {
            let mut base: CalendarFile = toml::from_str(DEFAULT_CALENDAR)?;
            base.place.extend(file.place);
            base.conference.extend(file.conference);
            Calendar::from_file(base)
        } else {
            Calendar::from_file(file)
        }
    }

    /// Builds the indexes over a calendar file's entries. Later entries win: a place alias or a
    /// conference given twice keeps the last.
    pub fn from_file(file: CalendarFile) -> Result<Calendar> {
        let mut res = Calendar {
            places: Vec::new(),
            conferences: Vec::new(),
            place_by_key: HashMap::new(),
            by_place_year: HashMap::new(),
            by_tag: HashMap::new(),
        };
        for entry in file.place {
            res.add_place(entry)?;
        }
        for conference in file.conference {
            res.add_conference(conference)?;
        }
        Ok(res)
    }

    fn add_place(&mut self, entry: PlaceEntry) -> Result<()> {
        let name_key = key(&entry.name);
        if name_key.is_empty() {
            return Err(Error::Calendar(format!("place name {:?} has no letters", entry.name)));
        }
        let idx = match self.place_by_key.get(&name_key) {
            Some(&idx) => {
                self.places[idx].aliases.extend(entry.aliases.iter().cloned());
                idx
            }
            None => {
                self.places.push(entry.clone());
                self.places.len() - 1
            }
        };
        self.place_by_key.insert(name_key, idx);
        for alias in &entry.aliases {
            let alias_key = key(alias);
            if !alias_key.is_empty() {
                self.place_by_key.insert(alias_key, idx);
            }
        }
        // A name with letters outside ASCII is also known with them lost, as a bad extraction
        // leaves it (`Dubaï`, `Duba`), unless that spells another place or little is left.
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            let lost: String =
                name.chars().filter(|c| c.is_ascii() || !c.is_alphabetic()).collect();
            if lost.len() != name.len() && lost.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                self.place_by_key.entry(key(&lost)).or_insert(idx);
            }
        }
        Ok(())
    }

    fn add_conference(&mut self, conference: Conference) -> Result<()> {
        let place_key = key(&conference.place);
        let place = match self.place_by_key.get(&place_key) {
            Some(&place) => place,
            None => {
                self.add_place(PlaceEntry { name: conference.place.clone(), aliases: Vec::new() })?;
                self.place_by_key[&place_key]
            }
        };
        let canonical = self.places[place].name.clone();
        // A conference listed again (same body, place and year) replaces the earlier entry; two
        // conferences of one body in one place and year (Geneva held two World Administrative
        // Radio Conferences in 1987) differ by their first tag.
        let existing = self.conferences.iter().position(|c| {
            c.body == conference.body
                && c.year == conference.year
                && key(&c.place) == key(&canonical)
                && match (c.tags.first(), conference.tags.first()) {
                    (Some(a), Some(b)) => key(a) == key(b),
                    _ => true,
                }
        });
        let idx = match existing {
            Some(i) => {
                self.conferences[i] = Conference { place: canonical, ..conference };
                ConferenceIdx(i as u32)
            }
            None => {
                let i = u32::try_from(self.conferences.len())
                    .map_err(|_| Error::Calendar("more than 4 billion conferences".into()))?;
                self.conferences.push(Conference { place: canonical, ..conference });
                ConferenceIdx(i)
            }
        };
        let conference = &self.conferences[idx.0 as usize];
        if !conference.by_tag_only {
            let slot = self.by_place_year.entry((place, conference.year)).or_default();
            if !slot.contains(&idx) {
                slot.push(idx);
            }
        }
        let yy = conference.year % 100;
        let mut tags: Vec<String> = conference.tags.clone();
        for code in conference.body.tag_codes() {
            tags.push(format!("{code}-{yy:02}"));
            tags.push(format!("{code}-{}", conference.year));
        }
        for tag in tags {
            self.by_tag.entry(key(&tag)).or_insert(idx);
        }
        Ok(())
    }

    /// Every conference, in file order.
    pub fn conferences(&self) -> &[Conference] {
        &self.conferences
    }

    /// The conference at `idx`.
    pub fn conference(&self, idx: ConferenceIdx) -> &Conference {
        &self.conferences[idx.0 as usize]
    }

    /// The canonical name of a place written in any known spelling.
    pub fn canonical_place(&self, written: &str) -> Option<&str> {
        with_key(written, |k| self.place_by_key.get(k).map(|&i| self.places[i].name.as_str()))
    }

    /// The conferences (usually one) held at `place` (any spelling) in `year`, leaving out those
    /// cited only by tag.
    pub fn by_place_year(&self, place: &str, year: u16) -> &[ConferenceIdx] {
        with_key(place, |k| self.place_by_key.get(k).copied())
            .and_then(|p| self.by_place_year.get(&(p, year)))
            .map_or(&[], Vec::as_slice)
    }

    /// The one conference held at `place` (any spelling), where only one was, leaving out those
    /// cited only by tag: a place alone then names it (`Resolution 70 of Minneapolis`).
    pub fn only_at(&self, place: &str) -> Option<ConferenceIdx> {
        let p = with_key(place, |k| self.place_by_key.get(k).copied())?;
        let mut held = self.by_place_year.iter().filter(|((at, _), _)| *at == p);
        match (held.next(), held.next()) {
            (Some((_, one)), None) if one.len() == 1 => Some(one[0]),
            _ => None,
        }
    }

    /// The conference a tag such as `WRC-19`, `CMR-19` or `WTSA-20` names.
    pub fn by_tag(&self, tag: &str) -> Option<ConferenceIdx> {
        with_key(tag, |k| self.by_tag.get(k).copied())
    }

    /// How output writes the tag `written` of the conference at `idx`: the first tag the calendar
    /// lists for it when `written` is one of them (`CAMR-79` is written `WARC-79`, `ORB-88`
    /// `Orb-88`), otherwise the body's English acronym with the written digits (`CMR-19` is
    /// written `WRC-19`).
    pub fn canonical_tag(&self, idx: ConferenceIdx, written: &str) -> String {
        let conference = self.conference(idx);
        if let Some(first) = conference.tags.first()
            && with_key(written, |k| conference.tags.iter().any(|t| key(t) == k))
        {
            return first.clone();
        }
        let digits = &written[written.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
        format!("{}-{digits}", conference.body.tag_codes()[0])
    }

    /// Whether `body` met at `place` (any spelling) in `year`, counting the conferences texts
    /// cite by tag only (the World Radiocommunication Conference of Geneva, 1979).
    pub fn met(&self, body: Body, place: &str, year: u16) -> bool {
        let Some(canonical) = self.canonical_place(place) else { return false };
        self.conferences.iter().any(|c| c.body == body && c.year == year && c.place == canonical)
    }

    /// The conference `body` held in `year`, if the calendar knows one.
    pub fn by_body_year(&self, body: Body, year: u16) -> Option<ConferenceIdx> {
        self.conferences
            .iter()
            .position(|c| c.body == body && c.year == year)
            .map(|i| ConferenceIdx(i as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of(calendar: &Calendar, place: &str, year: u16) -> Vec<Body> {
        calendar.by_place_year(place, year).iter().map(|&i| calendar.conference(i).body).collect()
    }

    #[test]
    fn shipped_calendar_loads_and_resolves_collisions() {
        let calendar = Calendar::default();
        assert_eq!(body_of(&calendar, "Dubai", 2012), [Body::Wtsa]);
        assert_eq!(body_of(&calendar, "Dubai", 2014), [Body::Wtdc]);
        assert_eq!(body_of(&calendar, "Dubai", 2018), [Body::Pp]);
        assert_eq!(body_of(&calendar, "Dubai", 2023), [Body::Ra]);
        assert_eq!(body_of(&calendar, "Geneva", 2022), [Body::Wtsa]);
        assert_eq!(body_of(&calendar, "Genève", 2015), [Body::Ra]);
        assert_eq!(body_of(&calendar, "Istanbul", 2002), [Body::Wtdc]);
        assert_eq!(body_of(&calendar, "Estambul", 2000), [Body::Ra]);
        assert_eq!(body_of(&calendar, "Florianopolis", 2004), [Body::Wtsa]);
        assert_eq!(body_of(&calendar, "Bucarest", 2022), [Body::Pp]);
        assert!(body_of(&calendar, "Dubai", 2019).is_empty());
        assert!(body_of(&calendar, "Atlantis", 2018).is_empty());
    }

    #[test]
    fn a_place_where_one_conference_met_names_it() {
        let calendar = Calendar::default();
        let at = |place: &str| calendar.only_at(place).map(|idx| calendar.conference(idx));
        assert_eq!(at("Minneapolis").map(|c| (c.body, c.year)), Some((Body::Pp, 1998)));
        assert_eq!(at("La Valette").map(|c| (c.body, c.year)), Some((Body::Wtdc, 1998)));
        assert_eq!(at("Geneva"), None);
        assert_eq!(at("Dubai"), None);
        assert_eq!(at("Atlantis"), None);
    }

    #[test]
    fn tags() {
        let calendar = Calendar::default();
        let body = |tag| calendar.by_tag(tag).map(|i| calendar.conference(i).body);
        assert_eq!(body("WRC-19"), Some(Body::Wrc));
        assert_eq!(body("CMR-15"), Some(Body::Wrc));
        assert_eq!(body("WRC-2000"), Some(Body::Wrc));
        assert_eq!(body("WTSA-20"), Some(Body::Wtsa));
        assert_eq!(calendar.conference(calendar.by_tag("WTSA-20").unwrap()).year, 2022);
        assert_eq!(body("PP-18"), Some(Body::Pp));
        assert_eq!(body("WRC-05"), None);
    }

    #[test]
    fn user_file_extends_or_replaces() {
        let extra = r#"
            [[place]]
            name = "Riyadh"
            aliases = ["Riad"]
            [[conference]]
            body = "WTDC"
            place = "Riyadh"
            year = 2029
        "#;
        let calendar = Calendar::from_toml(extra).unwrap();
        assert_eq!(body_of(&calendar, "Riad", 2029), [Body::Wtdc]);
        assert_eq!(body_of(&calendar, "Dubai", 2018), [Body::Pp]);

        let only = format!("extends_default = false\n{extra}");
        let calendar = Calendar::from_toml(&only).unwrap();
        assert_eq!(body_of(&calendar, "Riyadh", 2029), [Body::Wtdc]);
        assert!(body_of(&calendar, "Dubai", 2018).is_empty());
    }

    #[test]
    fn bad_file_is_an_error() {
        assert!(
            Calendar::from_toml("[[conference]]\nbody = \"UN\"\nplace = \"X\"\nyear = 1").is_err()
        );
        assert!(Calendar::from_toml("nonsense = 1").is_err());
    }
}
