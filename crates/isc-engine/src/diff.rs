//! What changed between two reports: themes added or dropped, resolutions added to or removed
//! from a theme, clause changes, and pairs of study items mapped or no longer mapped.

use std::collections::BTreeSet;

use isc_model::{Clause, Member, Proposal};
use serde::Serialize;

use crate::report::Report;

/// How one theme changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ThemeChange {
    /// The theme.
    pub theme: String,
    /// Clauses before (empty: not proposed).
    pub clauses_before: Vec<Clause>,
    /// Clauses after (empty: not proposed).
    pub clauses_after: Vec<Clause>,
    /// Resolutions now on the theme that were not, as `Sector: Res. N (edition)`.
    pub added: Vec<String>,
    /// Resolutions no longer on the theme.
    pub removed: Vec<String>,
}

/// Everything that changed, theme by theme.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ReportDiff {
    /// Themes proposed now and not before.
    pub themes_added: Vec<String>,
    /// Themes proposed before and not now.
    pub themes_dropped: Vec<String>,
    /// Themes whose clauses or resolutions changed (added and dropped themes included).
    pub changes: Vec<ThemeChange>,
    /// Pairs a mapping rule maps now and did not, as `MI002: ITU-D Question 5/2 -> ITU-R WP
    /// 5A`; left out of JSON when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mappings_added: Vec<String>,
    /// Pairs a mapping rule mapped and does not now.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mappings_removed: Vec<String>,
}

impl ReportDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
            && self.mappings_added.is_empty()
            && self.mappings_removed.is_empty()
    }
}

/// Every pair the report's mapping tables map, as `MI002: ITU-D Question 5/2 -> ITU-R WP 5A`.
fn mapped_pairs(report: &Report) -> BTreeSet<String> {
    let mut res = BTreeSet::new();
    for mappings in &report.mappings {
        for table in &mappings.tables {
            for row in &table.rows {
                for target in &row.to {
                    res.insert(format!(
                        "{}: {} {} -> {} {}",
                        mappings.rule, table.from, row.from, table.to, target.id
                    ));
                }
            }
        }
    }
    res
}

fn members(proposal: Option<&Proposal>) -> BTreeSet<String> {
    let Some(p) = proposal else { return BTreeSet::new() };
    let named = |sector: &str, list: &[Member]| -> Vec<String> {
        list.iter().map(|m| format!("{sector}: {}", m.short_name())).collect()
    };
    [
        named("PP", &p.pp),
        named("ITU-R", &p.itu_r),
        named("ITU-T", &p.itu_t),
        named("ITU-D", &p.itu_d),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Compares two reports, theme by theme.
///
/// ```
/// use isc_engine::{diff, Config, Engine};
///
/// let engine = Engine::new(Config::new());
/// let before = engine.analyze_documents(vec![]).report;
/// let after = engine.analyze_documents(vec![]).report;
/// assert!(diff(&before, &after).is_empty());
/// ```
pub fn diff(old: &Report, new: &Report) -> ReportDiff {
    let themes: BTreeSet<&str> =
        old.proposals.iter().chain(&new.proposals).map(|p| p.theme.as_str()).collect();
    let mut res = ReportDiff::default();
    for theme in themes {
        let before = old.proposal(theme);
        let after = new.proposal(theme);
        let (was, is) = (members(before), members(after));
        let change = ThemeChange {
            theme: theme.to_owned(),
            clauses_before: before.map(|p| p.clauses.clone()).unwrap_or_default(),
            clauses_after: after.map(|p| p.clauses.clone()).unwrap_or_default(),
            added: is.difference(&was).cloned().collect(),
            removed: was.difference(&is).cloned().collect(),
        };
        match (before, after) {
            (None, Some(_)) => res.themes_added.push(theme.to_owned()),
            (Some(_), None) => res.themes_dropped.push(theme.to_owned()),
            _ => {}
        }
        if change.clauses_before != change.clauses_after
            || !change.added.is_empty()
            || !change.removed.is_empty()
        {
            res.changes.push(change);
        }
    }
    let (was, is) = (mapped_pairs(old), mapped_pairs(new));
    res.mappings_added = is.difference(&was).cloned().collect();
    res.mappings_removed = was.difference(&is).cloned().collect();
    res
}
