//! The bodies of the Union that adopt resolutions, and the Sector each belongs to.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, syntax};

/// A body of the Union that adopts numbered resolutions; numbers restart per body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Body {
    /// The Plenipotentiary Conference, the supreme organ of the Union.
    #[serde(rename = "PP")]
    Pp,
    /// The Radiocommunication Assembly (ITU-R).
    #[serde(rename = "RA")]
    Ra,
    /// The World Radiocommunication Conference (ITU-R).
    #[serde(rename = "WRC")]
    Wrc,
    /// The World Telecommunication Standardization Assembly (ITU-T).
    #[serde(rename = "WTSA")]
    Wtsa,
    /// The World Telecommunication Development Conference (ITU-D).
    #[serde(rename = "WTDC")]
    Wtdc,
    /// The ITU Council.
    #[serde(rename = "Council")]
    Council,
}

/// What told a citation's body, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum BodySource {
    /// A marker before the number: `PP Resolution 191`, `Resolution ITU-R 9`, `WTDC Res. 37`.
    Marker,
    /// An attribution after it: `of WTSA`, `de la Conférence de plénipotentiaires`, `of this
    /// Conference`.
    Attribution,
    /// The edition: the calendar's conference at that place and year, or the conference tag.
    Edition,
    /// The subject of the sentence: `the WTDC adopted Resolutions 16, 21 and 30`.
    Sentence,
    /// The number: only the Council numbers its resolutions from 1000 up (`Resolution 1305
    /// (2009)` in a PP text).
    Number,
    /// The document issuing the text: an unqualified `Resolution 44` in a WTSA text is WTSA 44.
    Document,
}

impl BodySource {
    /// A short lower-case name: `marker`, `attribution`, `edition`, `sentence`, `number`,
    /// `document`.
    pub fn name(self) -> &'static str {
        match self {
            BodySource::Marker => "marker",
            BodySource::Attribution => "attribution",
            BodySource::Edition => "edition",
            BodySource::Sentence => "sentence",
            BodySource::Number => "number",
            BodySource::Document => "document",
        }
    }
}

impl fmt::Display for BodySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The part of the Union a body belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Sector {
    /// The whole Union and its General Secretariat (PP, Council).
    Union,
    /// The Radiocommunication Sector, ITU-R (RA, WRC).
    R,
    /// The Telecommunication Standardization Sector, ITU-T (WTSA).
    T,
    /// The Telecommunication Development Sector, ITU-D (WTDC).
    D,
}

impl Body {
    /// Every body, in canonical order.
    pub const ALL: [Body; 6] =
        [Body::Pp, Body::Ra, Body::Wrc, Body::Wtsa, Body::Wtdc, Body::Council];

    /// The Sector this body belongs to.
    ///
    /// ```
    /// use isc_model::{Body, Sector};
    /// assert_eq!(Body::Wrc.sector(), Sector::R);
    /// assert_eq!(Body::Council.sector(), Sector::Union);
    /// ```
    pub fn sector(self) -> Sector {
        match self {
            Body::Pp | Body::Council => Sector::Union,
            Body::Ra | Body::Wrc => Sector::R,
            Body::Wtsa => Sector::T,
            Body::Wtdc => Sector::D,
        }
    }

    /// The canonical code: `PP`, `RA`, `WRC`, `WTSA`, `WTDC` or `Council`.
    pub fn code(self) -> &'static str {
        match self {
            Body::Pp => "PP",
            Body::Ra => "RA",
            Body::Wrc => "WRC",
            Body::Wtsa => "WTSA",
            Body::Wtdc => "WTDC",
            Body::Council => "Council",
        }
    }

    /// The acronyms a conference tag may start with (`WRC-19`, `CMR-19`, `WTSA-20`, `AMNT-20`).
    pub fn tag_codes(self) -> &'static [&'static str] {
        match self {
            Body::Pp => &["PP"],
            Body::Ra => &["RA", "AR"],
            Body::Wrc => &["WRC", "CMR"],
            Body::Wtsa => &["WTSA", "AMNT"],
            Body::Wtdc => &["WTDC", "CMDT"],
            Body::Council => &["C", "Council"],
        }
    }
}

impl Sector {
    /// The Sector's usual name: `Union`, `ITU-R`, `ITU-T` or `ITU-D`.
    pub fn name(self) -> &'static str {
        match self {
            Sector::Union => "Union",
            Sector::R => "ITU-R",
            Sector::T => "ITU-T",
            Sector::D => "ITU-D",
        }
    }
}

impl fmt::Display for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Body {
    type Err = Error;

    /// Reads a body code, ignoring case (`pp`, `WTSA`, `council`).
    fn from_str(s: &str) -> Result<Self, Error> {
        Body::ALL
            .into_iter()
            .find(|body| body.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| syntax("body", s, "one of PP, RA, WRC, WTSA, WTDC, Council"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_round_trips() {
        for body in Body::ALL {
            assert_eq!(body.code().parse::<Body>().unwrap(), body);
            assert_eq!(body.code().to_lowercase().parse::<Body>().unwrap(), body);
        }
        assert!("ITU".parse::<Body>().is_err());
    }

    #[test]
    fn sectors() {
        assert_eq!(Body::Pp.sector(), Sector::Union);
        assert_eq!(Body::Ra.sector(), Sector::R);
        assert_eq!(Body::Wtsa.sector(), Sector::T);
        assert_eq!(Body::Wtdc.sector(), Sector::D);
    }
}
