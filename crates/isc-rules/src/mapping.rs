//! `MI002`, the mapping rule: the Inter-Sector Coordination Group's tables of study-group work
//! studied in two Sectors.
//!
//! Table 1 maps ITU-D Questions to ITU-R Working Parties, Table 2 ITU-T Questions to ITU-R
//! Working Parties, Table 3 ITU-D Questions to ITU-T Questions. An item maps to one of the
//! other Sector for one or more reasons:
//! - `theme`: both are on a theme of the lexicon (score and parts as `MI001` reads
//!   resolutions);
//! - `cites`: one names the other (or, when the rule file says so, the other's study group);
//! - `resolution`: both cite the same resolution (editions aside), unless more than
//!   `resolution_max_items` study items cite it: a resolution that general says nothing about
//!   two items in particular, and a note says it was left out.
//!
//! Only the current text of an item is read: of several texts of one item, those of its latest
//! study period, and of those the first (the others repeat it); an item a text of a later period
//! says it continues is no longer studied.

use std::collections::{BTreeMap, BTreeSet};

use isc_graph::ResolutionGraph;
use isc_model::{
    CitationRecord, Document, EvidenceRecord, PartKind, ResolutionId, Sector, StudyCitationRecord,
    StudyItemId, StudyItemRecord, StudyKind, StudyPeriod,
};
use serde::{Deserialize, Serialize};

use crate::{Configured, Findings, Rule};

/// Why an item maps to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    /// Both are on the same theme.
    Theme,
    /// One names the other.
    Cites,
    /// Both cite the same resolution.
    Resolution,
}

impl Reason {
    /// `theme`, `cites` or `resolution`.
    pub fn name(self) -> &'static str {
        match self {
            Reason::Theme => "theme",
            Reason::Cites => "cites",
            Reason::Resolution => "resolution",
        }
    }
}

/// The parameters of the mapping rule, read from the `[MI002]` table of a rule file.
///
/// ```toml
/// [MI002]
/// min_theme_score = 0.0
/// theme_parts = ["title", "operative", "preamble"]
/// reasons = ["theme", "cites", "resolution"]
/// resolution_max_items = 8
/// group_citations = false
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct MappingConfig {
    /// An item is on a theme only if its theme score reaches this (on top of the lexicon's own
    /// threshold).
    pub min_theme_score: f64,
    /// An item is on a theme only through phrases in these parts; only those are evidence.
    pub theme_parts: Vec<PartKind>,
    /// The reasons that map two items.
    pub reasons: Vec<Reason>,
    /// A resolution cited by more study items than this is too general to map them.
    pub resolution_max_items: usize,
    /// Whether naming a study group (`ITU-T Study Group 17`) counts as naming each of its
    /// items.
    pub group_citations: bool,
}

impl Default for MappingConfig {
    fn default() -> Self {
        MappingConfig {
            min_theme_score: 0.0,
            theme_parts: vec![PartKind::Title, PartKind::Operative, PartKind::Preamble],
            reasons: vec![Reason::Theme, Reason::Cites, Reason::Resolution],
            resolution_max_items: 8,
            group_citations: false,
        }
    }
}

/// What a mapping rule found: its tables, always all of them and in order, and its notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mappings {
    /// The rule's id.
    pub rule: String,
    /// The tables.
    pub tables: Vec<MappingTable>,
    /// What was left out and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<MappingNote>,
}

/// One table: the items of one Sector and those of another they map to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MappingTable {
    /// The Sector of the rows (`ITU-D`).
    pub from: String,
    /// The Sector of the targets (`ITU-R`).
    pub to: String,
    /// One row per item mapping to at least one target, sorted by item.
    pub rows: Vec<MappingRow>,
}

impl MappingTable {
    /// What the table maps: `ITU-D Questions -> ITU-R Working Parties`.
    pub fn title(&self) -> String {
        let kind = |sector: &str| if sector == "ITU-R" { "Working Parties" } else { "Questions" };
        format!("{} {} -> {} {}", self.from, kind(&self.from), self.to, kind(&self.to))
    }
}

/// An item and what it maps to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MappingRow {
    /// The item as its Sector names it (`Question 5/2`).
    pub from: String,
    /// The items of the other Sector it maps to, sorted.
    pub to: Vec<MappingTarget>,
}

/// One item an item maps to, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MappingTarget {
    /// The item as its Sector names it (`WP 5A`).
    pub id: String,
    /// The themes both are on, sorted.
    pub themes: Vec<String>,
    /// The reasons that fired, in the order `theme`, `cites`, `resolution`.
    pub reasons: Vec<Reason>,
    /// The phrases behind each reason: by reason, then theme or resolution, the row's item's
    /// phrases before the target's, each in source order.
    pub evidence: Vec<MappingEvidence>,
}

/// A phrase behind a mapping, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MappingEvidence {
    /// The reason it is evidence for.
    pub reason: Reason,
    /// The item whose document holds it.
    pub item: StudyItemId,
    /// That document's input (`#N` for the N-th document of a file holding several).
    pub source: String,
    /// The phrase as written.
    pub text: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// The part of the document it sits in.
    pub part: PartKind,
    /// The theme, for `theme`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The item named, for `cites`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cited: Option<StudyItemId>,
    /// The resolution cited by both (`PP 136`), for `resolution`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
}

/// A resolution left out of the `resolution` reason: cited by `items` study items, more than
/// `limit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MappingNote {
    /// The resolution (`PP 139`).
    pub resolution: String,
    /// How many study items cite it.
    pub items: usize,
    /// `resolution_max_items`.
    pub limit: usize,
}

impl MappingNote {
    /// `PP 139: cited by 9 study items, more than 8: too general to map them`.
    pub fn describe(&self) -> String {
        format!(
            "{}: cited by {} study items, more than {}: too general to map them",
            self.resolution, self.items, self.limit
        )
    }
}

/// The mapping rule with its parameters.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    config: MappingConfig,
}

impl Mapping {
    /// The rule with `config`.
    pub fn new(config: MappingConfig) -> Self {
        Mapping { config }
    }

    /// The rule's tables with no rows, in order: what it shows when there is nothing to map.
    pub fn empty_tables() -> Vec<MappingTable> {
        TABLES
            .iter()
            .map(|&(from, _, to, _)| MappingTable {
                from: from.name().to_owned(),
                to: to.name().to_owned(),
                rows: Vec::new(),
            })
            .collect()
    }
}

/// The three tables: rows' Sector and kind, targets' Sector and kind.
const TABLES: [(Sector, Kind, Sector, Kind); 3] = [
    (Sector::D, Kind::Question, Sector::R, Kind::WorkingParty),
    (Sector::T, Kind::Question, Sector::R, Kind::WorkingParty),
    (Sector::D, Kind::Question, Sector::T, Kind::Question),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Question,
    WorkingParty,
}

impl Kind {
    fn holds(self, kind: StudyKind) -> bool {
        match self {
            Kind::Question => matches!(kind, StudyKind::Question { .. }),
            Kind::WorkingParty => matches!(kind, StudyKind::WorkingParty { .. }),
        }
    }
}

/// What the rule reads of one item's current text.
struct Item<'a> {
    id: StudyItemId,
    document: &'a Document,
    /// The themes it is on, with the phrases in counted parts.
    themes: BTreeMap<&'a str, Vec<&'a EvidenceRecord>>,
    /// The items it names, with the Sector known.
    cites: Vec<(StudyItemId, &'a StudyCitationRecord)>,
    /// The resolutions it cites, by family, each with its citations.
    resolutions: BTreeMap<ResolutionId, Vec<&'a CitationRecord>>,
}

/// The input a document came from, with `#N` for a document of a file holding several.
fn source(document: &Document) -> String {
    match document.part {
        Some(part) => format!("{}#{part}", document.source),
        None => document.source.clone(),
    }
}

impl Mapping {
    /// The documents that are the current text of their item, in document order.
    fn current<'a>(&self, documents: &'a [Document]) -> Vec<&'a Document> {
        let study: Vec<(&Document, &StudyItemRecord)> =
            documents.iter().filter_map(|d| Some((d, d.study.as_ref()?))).collect();
        // The latest period in which each item is said to be continued by another.
        let mut continued: BTreeMap<StudyItemId, StudyPeriod> = BTreeMap::new();
        for (_, record) in &study {
            let Some(period) = record.period else { continue };
            for id in &record.continues {
                let entry = continued.entry(*id).or_insert(period);
                *entry = (*entry).max(period);
            }
        }
        let mut latest: BTreeMap<StudyItemId, usize> = BTreeMap::new();
        for (i, (_, record)) in study.iter().enumerate() {
            if continued.get(&record.id).is_some_and(|&later| Some(later) > record.period) {
                continue;
            }
            let period = |i: usize| study[i].1.period;
            match latest.get(&record.id) {
                // An earlier text of the same period comes first; a later period replaces it.
                Some(&kept) if period(kept) >= record.period => {}
                _ => {
                    latest.insert(record.id, i);
                }
            }
        }
        let mut res: Vec<usize> = latest.into_values().collect();
        res.sort_unstable();
        res.into_iter().map(|i| study[i].0).collect()
    }

    fn item<'a>(&self, document: &'a Document) -> Option<Item<'a>> {
        let id = document.study.as_ref()?.id;
        let mut themes = BTreeMap::new();
        for theme in &document.themes {
            let evidence: Vec<&EvidenceRecord> = theme
                .evidence
                .iter()
                .filter(|e| self.config.theme_parts.contains(&e.part))
                .collect();
            if !evidence.is_empty() && theme.score >= self.config.min_theme_score {
                themes.insert(theme.id.as_str(), evidence);
            }
        }
        let cites = document.study_citations.iter().filter_map(|c| Some((c.id()?, c))).collect();
        let mut resolutions: BTreeMap<ResolutionId, Vec<&CitationRecord>> = BTreeMap::new();
        for citation in &document.citations {
            if let Some(body) = citation.body {
                let id = ResolutionId::new(body, citation.number).family();
                resolutions.entry(id).or_default().push(citation);
            }
        }
        Some(Item { id, document, themes, cites, resolutions })
    }

    fn counts(&self, reason: Reason) -> bool {
        self.config.reasons.contains(&reason)
    }

    /// Whether `cited` (an item a text names) is `target`, or its study group when those count.
    fn names(&self, cited: StudyItemId, target: StudyItemId) -> bool {
        cited == target
            || (self.config.group_citations
                && matches!(cited.kind, StudyKind::StudyGroup { .. })
                && cited == target.study_group())
    }

    /// What `from` maps to in `to`, if anything.
    fn pair(
        &self,
        from: &Item<'_>,
        to: &Item<'_>,
        too_general: &BTreeSet<ResolutionId>,
    ) -> Option<MappingTarget> {
        let mut themes = Vec::new();
        let mut reasons = Vec::new();
        let mut evidence = Vec::new();
        if self.counts(Reason::Theme) {
            for (theme, from_evidence) in &from.themes {
                let Some(to_evidence) = to.themes.get(theme) else { continue };
                themes.push((*theme).to_owned());
                for (item, records) in [(from, from_evidence), (to, to_evidence)] {
                    evidence.extend(records.iter().map(|e| MappingEvidence {
                        theme: Some((*theme).to_owned()),
                        ..self::evidence(Reason::Theme, item, &e.text, e.line, e.column, e.part)
                    }));
                }
            }
            if !themes.is_empty() {
                reasons.push(Reason::Theme);
            }
        }
        if self.counts(Reason::Cites) {
            let before = evidence.len();
            for (item, other) in [(from, to), (to, from)] {
                for (cited, c) in
                    item.cites.iter().filter(|(cited, _)| self.names(*cited, other.id))
                {
                    evidence.push(MappingEvidence {
                        cited: Some(*cited),
                        ..self::evidence(Reason::Cites, item, &c.text, c.line, c.column, c.part)
                    });
                }
            }
            if evidence.len() > before {
                reasons.push(Reason::Cites);
            }
        }
        if self.counts(Reason::Resolution) {
            let before = evidence.len();
            for (resolution, from_citations) in &from.resolutions {
                if too_general.contains(resolution) {
                    continue;
                }
                let Some(to_citations) = to.resolutions.get(resolution) else { continue };
                for (item, records) in [(from, from_citations), (to, to_citations)] {
                    evidence.extend(records.iter().map(|c| MappingEvidence {
                        resolution: Some(resolution.to_string()),
                        ..self::evidence(
                            Reason::Resolution,
                            item,
                            &c.text,
                            c.line,
                            c.column,
                            c.part,
                        )
                    }));
                }
            }
            if evidence.len() > before {
                reasons.push(Reason::Resolution);
            }
        }
        (!reasons.is_empty()).then(|| MappingTarget {
            id: to.id.short(),
            themes,
            reasons,
            evidence,
        })
    }
}

/// A piece of evidence of `reason` from `item`'s document, with nothing of its reason's own.
fn evidence(
    reason: Reason,
    item: &Item<'_>,
    text: &str,
    line: u32,
    column: u32,
    part: PartKind,
) -> MappingEvidence {
    MappingEvidence {
        reason,
        item: item.id,
        source: source(item.document),
        text: text.to_owned(),
        line,
        column,
        part,
        theme: None,
        cited: None,
        resolution: None,
    }
}

impl Configured for Mapping {
    const ID: &'static str = "MI002";
    const DESCRIPTION: &'static str = "the mapping tables: an ITU-D or ITU-T Question maps to an \
        ITU-R Working Party, and an ITU-D Question to an ITU-T Question, when both are on the \
        same theme, one names the other, or both cite the same resolution";
    type Config = MappingConfig;

    fn check(config: &MappingConfig) -> Result<(), String> {
        crate::config::check_min_theme_score(config.min_theme_score)?;
        if config.resolution_max_items == 0 {
            return Err("resolution_max_items must be 1 or more, found 0".to_owned());
        }
        Ok(())
    }

    fn with_config(config: MappingConfig) -> Self {
        Mapping::new(config)
    }
}

impl Rule for Mapping {
    fn id(&self) -> &'static str {
        Self::ID
    }

    fn description(&self) -> &'static str {
        Self::DESCRIPTION
    }

    fn applies(&self, graph: &ResolutionGraph) -> bool {
        graph.documents().iter().any(|d| d.study.is_some())
    }

    fn run(&self, acc: &mut Findings, graph: &ResolutionGraph) {
        let items: Vec<Item<'_>> =
            self.current(graph.documents()).into_iter().filter_map(|d| self.item(d)).collect();
        // How many items cite each resolution; those past the limit are left out.
        let mut citing: BTreeMap<ResolutionId, usize> = BTreeMap::new();
        for item in &items {
            for resolution in item.resolutions.keys() {
                *citing.entry(*resolution).or_default() += 1;
            }
        }
        let limit = self.config.resolution_max_items;
        let mut notes = Vec::new();
        let mut too_general = BTreeSet::new();
        for (resolution, n) in citing.into_iter().filter(|&(_, n)| n > limit) {
            too_general.insert(resolution);
            if self.counts(Reason::Resolution) {
                notes.push(MappingNote { resolution: resolution.to_string(), items: n, limit });
            }
        }
        let tables = TABLES
            .iter()
            .map(|&(from_sector, from_kind, to_sector, to_kind)| {
                let of = |sector: Sector, kind: Kind| {
                    let mut res: Vec<&Item<'_>> = items
                        .iter()
                        .filter(|i| i.id.sector == sector && kind.holds(i.id.kind))
                        .collect();
                    res.sort_by_key(|i| i.id);
                    res
                };
                let targets = of(to_sector, to_kind);
                let rows = of(from_sector, from_kind)
                    .into_iter()
                    .filter_map(|from| {
                        let to: Vec<MappingTarget> = targets
                            .iter()
                            .filter_map(|to| self.pair(from, to, &too_general))
                            .collect();
                        (!to.is_empty()).then(|| MappingRow { from: from.id.short(), to })
                    })
                    .collect();
                MappingTable {
                    from: from_sector.name().to_owned(),
                    to: to_sector.name().to_owned(),
                    rows,
                }
            })
            .collect();
        acc.mappings.push(Mappings { rule: self.id().to_owned(), tables, notes });
    }
}

#[cfg(test)]
mod tests;
