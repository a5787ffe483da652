//! Resolution identity: the adopting body plus the resolution's number.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::body::Body;
use crate::error::{Error, syntax};

/// A resolution number: `191`, or with the ITU-R revision counter, `6-1` (first revision of 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ResolutionNumber {
    /// The number proper.
    pub base: u32,
    /// The ITU-R revision counter (`1` in `6-1`), if the text gives one.
    pub revision: Option<u16>,
}

impl ResolutionNumber {
    /// A number without revision counter.
    pub fn new(base: u32) -> Self {
        ResolutionNumber { base, revision: None }
    }

    /// A number with an ITU-R revision counter.
    pub fn with_revision(base: u32, revision: u16) -> Self {
        ResolutionNumber { base, revision: Some(revision) }
    }
}

impl fmt::Display for ResolutionNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.revision {
            Some(revision) => write!(f, "{}-{}", self.base, revision),
            None => write!(f, "{}", self.base),
        }
    }
}

impl FromStr for ResolutionNumber {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "digits, optionally followed by '-' and a revision counter";
        let err = || syntax("resolution number", s, EXPECTED);
        let (base, revision) = match s.split_once('-') {
            Some((base, revision)) => (base, Some(revision)),
            None => (s, None),
        };
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(base) || revision.is_some_and(|r| !digits(r)) {
            return Err(err());
        }
        let base = base.parse().map_err(|_| err())?;
        let revision = revision.map(|r| r.parse()).transpose().map_err(|_| err())?;
        Ok(ResolutionNumber { base, revision })
    }
}

impl Serialize for ResolutionNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ResolutionNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The identity of a resolution: body and number (`PP 191`, `WTSA 55`, `RA ITU-R 6-1`).
///
/// All editions of a resolution share one identity; [`crate::Edition`] tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ResolutionId {
    /// The body that adopted it.
    pub body: Body,
    /// Its number within that body.
    pub number: ResolutionNumber,
}

impl ResolutionId {
    /// Builds an identity from its parts.
    pub fn new(body: Body, number: ResolutionNumber) -> Self {
        ResolutionId { body, number }
    }

    /// The resolution every revision of this one shares: the ITU-R revision counter names an
    /// edition, so `RA ITU-R 6-2` and `RA ITU-R 6-1` are both editions of `RA ITU-R 6`.
    ///
    /// ```
    /// use isc_model::ResolutionId;
    /// let id: ResolutionId = "RA ITU-R 6-2".parse()?;
    /// assert_eq!(id.family().to_string(), "RA ITU-R 6");
    /// # Ok::<(), isc_model::Error>(())
    /// ```
    pub fn family(self) -> ResolutionId {
        ResolutionId { body: self.body, number: ResolutionNumber::new(self.number.base) }
    }
}

impl fmt::Display for ResolutionId {
    /// Writes `PP 191`, `WTDC 37`, `WRC 646`, or `RA ITU-R 6-1` for the Radiocommunication Assembly.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.body {
            Body::Ra => write!(f, "RA ITU-R {}", self.number),
            body => write!(f, "{} {}", body, self.number),
        }
    }
}

impl FromStr for ResolutionId {
    type Err = Error;

    /// Reads `PP 191`, `WTSA 55`, `RA ITU-R 6-1`, `RA 6-1` or `ITU-R 6-1`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let err = || syntax("resolution id", s, "a body code and a number, e.g. 'PP 191'");
        let mut words = s.split_whitespace();
        let first = words.next().ok_or_else(err)?;
        let (body, number) = if first.eq_ignore_ascii_case("ITU-R") {
            (Body::Ra, words.next().ok_or_else(err)?)
        } else {
            let body: Body = first.parse().map_err(|_| err())?;
            let mut number = words.next().ok_or_else(err)?;
            if body == Body::Ra && number.eq_ignore_ascii_case("ITU-R") {
                number = words.next().ok_or_else(err)?;
            }
            (body, number)
        };
        if words.next().is_some() {
            return Err(err());
        }
        Ok(ResolutionId { body, number: number.parse()? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn display_forms() {
        let cases = [
            ("PP 191", "PP 191"),
            ("ra 6-1", "RA ITU-R 6-1"),
            ("ITU-R 67", "RA ITU-R 67"),
            ("RA ITU-R 7-3", "RA ITU-R 7-3"),
            ("WRC 646", "WRC 646"),
            ("Council 1305", "Council 1305"),
        ];
        for (input, expected) in cases {
            assert_eq!(input.parse::<ResolutionId>().unwrap().to_string(), expected, "{input}");
        }
    }

    #[test]
    fn rejects_malformed() {
        for bad in ["", "PP", "PP x", "UN 70/1", "PP 191 192", "PP -1", "PP 6-", "WTSA 1-x"] {
            assert!(bad.parse::<ResolutionId>().is_err(), "{bad:?} should not parse");
        }
    }

    fn any_id() -> impl Strategy<Value = ResolutionId> {
        (0..Body::ALL.len(), 0u32..100_000, proptest::option::of(0u16..100)).prop_map(
            |(body, base, revision)| ResolutionId {
                body: Body::ALL[body],
                number: ResolutionNumber { base, revision },
            },
        )
    }

    proptest! {
        #[test]
        fn display_from_str_round_trip(id in any_id()) {
            prop_assert_eq!(id.to_string().parse::<ResolutionId>().unwrap(), id);
        }

        #[test]
        fn serde_round_trip(id in any_id()) {
            let json = serde_json::to_string(&id).unwrap();
            prop_assert_eq!(serde_json::from_str::<ResolutionId>(&json).unwrap(), id);
        }
    }
}
