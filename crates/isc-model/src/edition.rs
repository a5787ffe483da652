//! Editions: which conference adopted or revised a resolution.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, syntax};

/// The edition of a resolution, as its parenthesis names it.
///
/// `(Busan, 2014)` is a first adoption, `(Rev. Bucharest, 2022)` a revision, `(Rev.WRC-19)` a
/// World Radiocommunication Conference edition named by its tag, `(2009)` an edition known only by
/// its year.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Edition {
    /// Whether this edition revises an older one (`Rev.`).
    pub revision: bool,
    /// The conference's place in its canonical spelling, when the text names one.
    pub place: Option<String>,
    /// The conference's year.
    pub year: Option<u16>,
    /// The conference tag (`WRC-19`), when the text names the conference that way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

impl Edition {
    /// An edition named by place and year.
    pub fn place_year(revision: bool, place: impl Into<String>, year: u16) -> Self {
        Edition { revision, place: Some(place.into()), year: Some(year), tag: None }
    }

    /// An edition named by a conference tag such as `WRC-19`.
    pub fn tagged(revision: bool, tag: impl Into<String>, year: Option<u16>) -> Self {
        Edition { revision, place: None, year, tag: Some(tag.into()) }
    }

    /// An edition known only by its year.
    pub fn year_only(revision: bool, year: u16) -> Self {
        Edition { revision, place: None, year: Some(year), tag: None }
    }
}

impl fmt::Display for Edition {
    /// Writes the edition as analysts write it: `(Rev. Dubai, 2018)`, `(Busan, 2014)`,
    /// `(Rev.WRC-19)`, `(2009)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        if let Some(tag) = &self.tag {
            if self.revision {
                f.write_str("Rev.")?;
            }
            return write!(f, "{tag})");
        }
        let mut sep = "";
        if self.revision {
            f.write_str("Rev.")?;
            sep = " ";
        }
        if let Some(place) = &self.place {
            write!(f, "{sep}{place}")?;
            sep = ", ";
        }
        if let Some(year) = self.year {
            write!(f, "{sep}{year}")?;
        }
        f.write_str(")")
    }
}

impl FromStr for Edition {
    type Err = Error;

    /// Reads the canonical form written by `Display`.
    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "'(Rev. Place, Year)', '(Place, Year)', '(Rev.WRC-19)' or '(Year)'";
        let err = || syntax("edition", s, EXPECTED);
        let inner = s.trim().strip_prefix('(').and_then(|t| t.strip_suffix(')')).ok_or_else(err)?;
        let (revision, rest) = match inner.strip_prefix("Rev.") {
            Some(rest) => (true, rest),
            None => (false, inner),
        };
        let is_year = |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
        let year = |t: &str| t.parse::<u16>().map_err(|_| err());
        // A tag follows `Rev.` without a space and contains a hyphen before its digits.
        if !rest.is_empty() && !rest.starts_with(' ') && !is_year(rest) && rest.contains('-') {
            if rest.contains([' ', ',']) {
                return Err(err());
            }
            let year = tag_year(rest);
            return Ok(Edition::tagged(revision, rest, year));
        }
        let rest = match (revision, rest.strip_prefix(' ')) {
            (true, Some(after_space)) => after_space,
            (true, None) if !rest.is_empty() => return Err(err()),
            _ => rest,
        };
        if rest.is_empty() {
            return Ok(Edition { revision, place: None, year: None, tag: None });
        }
        match rest.rsplit_once(", ") {
            Some((place, y)) if is_year(y) && !place.is_empty() => {
                Ok(Edition::place_year(revision, place, year(y)?))
            }
            _ if is_year(rest) => Ok(Edition::year_only(revision, year(rest)?)),
            _ if !rest.contains(',') && !rest.starts_with(' ') && !rest.ends_with(' ') => {
                Ok(Edition { revision, place: Some(rest.to_owned()), year: None, tag: None })
            }
            _ => Err(err()),
        }
    }
}

/// The year a conference tag stands for: `WRC-19` is 2019, `WRC-2000` is 2000, `WRC-97` is 1997.
///
/// Tags name the conference, not always its year (`WTSA-20` met in 2022); the calendar knows the
/// real year, this is the fallback when it does not.
pub(crate) fn tag_year(tag: &str) -> Option<u16> {
    let digits = tag.rsplit('-').next()?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u16 = digits.parse().ok()?;
    match digits.len() {
        2 if n >= 50 => Some(1900 + n),
        2 => Some(2000 + n),
        4 => Some(n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn canonical_forms_round_trip() {
        for text in [
            "(Rev. Dubai, 2018)",
            "(Busan, 2014)",
            "(Rev.WRC-19)",
            "(WRC-07)",
            "(2009)",
            "(Rev. 2019)",
            "(Rev. Sharm el-Sheikh, 2019)",
            "(Rev. Buenos Aires, 2017)",
            "(Rev. Dubai)",
        ] {
            let edition: Edition = text.parse().unwrap();
            assert_eq!(edition.to_string(), text);
        }
    }

    #[test]
    fn tag_years() {
        assert_eq!(tag_year("WRC-19"), Some(2019));
        assert_eq!(tag_year("WRC-97"), Some(1997));
        assert_eq!(tag_year("WRC-2000"), Some(2000));
        assert_eq!(tag_year("WRC-x"), None);
    }

    #[test]
    fn rejects_non_editions() {
        for bad in ["Dubai, 2018", "(Rev. Dubai, 18)x", "(, 2018)", "(Rev.WRC 19)"] {
            assert!(bad.parse::<Edition>().is_err(), "{bad:?}");
        }
    }

    fn any_edition() -> impl Strategy<Value = Edition> {
        let place = proptest::option::of("[A-Z][a-z]{2,8}( [A-Z][a-z]{2,6})?");
        let year = proptest::option::of(1865u16..2100);
        let tag = proptest::option::of(
            ("(WRC|CMR|WTSA)", 0u16..100).prop_map(|(b, y)| format!("{b}-{y:02}")),
        );
        (any::<bool>(), place, year, tag).prop_map(|(revision, place, year, tag)| match tag {
            Some(tag) => Edition::tagged(revision, tag.clone(), tag_year(&tag)),
            None => Edition { revision, place, year, tag: None },
        })
    }

    proptest! {
        #[test]
        fn display_from_str_round_trip(edition in any_edition()) {
            prop_assert_eq!(edition.to_string().parse::<Edition>().unwrap(), edition);
        }
    }
}
