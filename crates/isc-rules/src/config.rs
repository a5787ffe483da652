//! The parameters of `MI001`, with the ISC-TF defaults.

use isc_model::PartKind;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::{MutualInterest, RuleSet};

/// The parameters of the mutual-interest rule, read from the `[MI001]` table of a rule file.
///
/// ```toml
/// [MI001]
/// theme_parts = ["title", "operative", "preamble"]
/// min_theme_score = 0.0
/// min_sectors = 1
/// count_superseded = false
/// preamble_cue_counts = false
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct RuleConfig {
    /// A resolution is on a theme only if at least one phrase putting it there sits in one of
    /// these parts.
    pub theme_parts: Vec<PartKind>,
    /// A resolution is on a theme only if its theme score reaches this (on top of the lexicon's
    /// own threshold).
    pub min_theme_score: f64,
    /// Clause B needs Sector resolutions in at least this many Sectors.
    pub min_sectors: usize,
    /// Whether a superseded edition still puts its resolution on a theme.
    pub count_superseded: bool,
    /// Whether a coordination cue in the preamble makes clause A fire (by default only operative
    /// clauses ask for action).
    pub preamble_cue_counts: bool,
}

impl Default for RuleConfig {
    fn default() -> Self {
        RuleConfig {
            theme_parts: vec![PartKind::Title, PartKind::Operative, PartKind::Preamble],
            min_theme_score: 0.0,
            min_sectors: 1,
            count_superseded: false,
            preamble_cue_counts: false,
        }
    }
}

impl RuleConfig {
    /// Reads a rule file and returns its `[MI001]` parameters; keys it leaves out keep their
    /// defaults, and the file's other tables are checked too ([`RuleSet::from_toml`]).
    pub fn from_toml(text: &str) -> Result<RuleConfig> {
        Ok(RuleSet::from_toml(text)?.config::<MutualInterest>())
    }

    /// Checks the values a file can get wrong.
    pub(crate) fn check(&self) -> std::result::Result<(), String> {
        if !(1..=3).contains(&self.min_sectors) {
            return Err(format!("min_sectors must be 1, 2 or 3, found {}", self.min_sectors));
        }
        check_min_theme_score(self.min_theme_score)
    }

    /// Every rule's defaults as a rule file, for users who want a copy to edit.
    pub fn default_toml() -> String {
        RuleSet::default().to_toml()
    }
}

/// The check every rule reading theme scores makes of its `min_theme_score`.
pub(crate) fn check_min_theme_score(score: f64) -> std::result::Result<(), String> {
    if !score.is_finite() || score < 0.0 {
        return Err(format!("min_theme_score must be a number >= 0, found {score}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_round_trip_and_partial_files_keep_defaults() {
        let text = RuleConfig::default_toml();
        assert_eq!(RuleConfig::from_toml(&text).unwrap(), RuleConfig::default());
        let partial = RuleConfig::from_toml("[MI001]\nmin_sectors = 2\n").unwrap();
        assert_eq!(partial.min_sectors, 2);
        assert!(!partial.count_superseded);
        assert_eq!(RuleConfig::from_toml("").unwrap(), RuleConfig::default());
    }

    #[test]
    fn bad_files_are_errors() {
        assert!(RuleConfig::from_toml("[MI001]\nmin_sectors = 0\n").is_err());
        assert!(RuleConfig::from_toml("[MI001]\nunknown = 1\n").is_err());
        assert!(RuleConfig::from_toml("[MI001]\ntheme_parts = [\"body\"]\n").is_err());
    }
}
