//! The ground truth written beside a corpus: one record per document, and the mapping table the
//! ISC-TF rule gives when only the newest edition of each resolution counts.

use std::collections::{BTreeMap, BTreeSet};

use isc_model::{Body, Sector};
use serde::Serialize;

use crate::doc::theme_list;
use crate::lexicon::THEMES;
use crate::plan::Plan;

/// One line of `truth/documents.jsonl`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DocumentTruth<'a> {
    /// The path relative to the corpus root, with `#N` for the N-th resolution of a compilation.
    pub(crate) path: &'a str,
    /// The document's own identity, canonical.
    pub(crate) id: String,
    /// Its title.
    pub(crate) title: String,
    /// Every resolution it cites, canonical, in reading order, lists expanded; mentions of its
    /// own identity are not among them.
    pub(crate) citations: &'a [String],
    /// Mentions of its own identity, canonical, in reading order (left out when there are none).
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub(crate) self_references: &'a [String],
    /// The themes it is on, in id order.
    pub(crate) themes: Vec<&'static str>,
    /// Whether an operative clause calls for coordination among the Sectors.
    pub(crate) calls_for_coordination: bool,
}

/// Whether the canonical citation `cited` names the document `id` itself: the same body and
/// number, whatever the edition (`PP 65`, `PP 65 (Rev. Nice, 1989)` or `PP 65 (Kyoto, 1994)` in
/// `PP 65 (Nice, 1989)`; `RA ITU-R 9` or `RA ITU-R 9-4` in `RA ITU-R 9-5`): a resolution is its
/// body and number.
pub(crate) fn names_itself(id: &str, cited: &str) -> bool {
    let resolution = |s: &str| -> String {
        let name = s.split_once(" (").map_or(s, |(name, _)| name);
        // An ITU-R resolution's revision counter is its edition.
        match name.strip_prefix("RA ").and_then(|n| n.rsplit_once('-')) {
            Some((base, counter)) if counter.bytes().all(|b| b.is_ascii_digit()) => {
                format!("RA {base}")
            }
            _ => name.to_owned(),
        }
    };
    resolution(id) == resolution(cited)
}

/// One row of `truth/mapping.json`.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct MappingRow {
    clauses: Vec<&'static str>,
    pp: Vec<String>,
    itu_r: Vec<String>,
    itu_t: Vec<String>,
    itu_d: Vec<String>,
}

/// The theme ids of a bit set, in id order.
pub(crate) fn theme_ids(themes: u64) -> Vec<&'static str> {
    let mut res: Vec<&'static str> = theme_list(themes).into_iter().map(|i| THEMES[i].id).collect();
    res.sort_unstable();
    res
}

/// The mapping table: per theme, the clauses that fire and the resolutions on it, counting only
/// each resolution's newest written edition.
pub(crate) fn mapping(plan: &Plan) -> BTreeMap<&'static str, MappingRow> {
    let mut rows: BTreeMap<&'static str, (MappingRow, bool)> = BTreeMap::new();
    for resolution in &plan.resolutions {
        // Editions are planned oldest first, and no two share a year.
        let Some(&newest) = resolution.docs.last() else { continue };
        let doc = &plan.docs[newest as usize];
        let name = plan.identity(doc).to_string();
        for theme in theme_ids(doc.themes) {
            let (row, calls) = rows.entry(theme).or_default();
            match (resolution.body, resolution.body.sector()) {
                (Body::Pp, _) => {
                    row.pp.push(name.clone());
                    *calls |= doc.calls;
                }
                (_, Sector::R) => row.itu_r.push(name.clone()),
                (_, Sector::T) => row.itu_t.push(name.clone()),
                (_, Sector::D) => row.itu_d.push(name.clone()),
                (_, Sector::Union) => {}
            }
        }
    }
    let mut res = BTreeMap::new();
    for (theme, (mut row, calls)) in rows {
        let a = calls;
        let sectors = [&row.itu_r, &row.itu_t, &row.itu_d].iter().any(|s| !s.is_empty());
        let b = !row.pp.is_empty() && sectors;
        if !(a || b) {
            continue;
        }
        row.clauses = [(a, "A"), (b, "B")].iter().filter(|(on, _)| *on).map(|(_, c)| *c).collect();
        for list in [&mut row.pp, &mut row.itu_r, &mut row.itu_t, &mut row.itu_d] {
            list.sort();
            let unique: BTreeSet<String> = list.drain(..).collect();
            list.extend(unique);
        }
        res.insert(theme, row);
    }
    res
}
