//! The HTML report: the view the templates read, built from an analysis or a saved report.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use isc_engine::{
    Analysis, Clause, Document, EvidenceRecord, Mappings, Member, Proposal, Report, ReportDiff,
    RuleConfig, Severity,
};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::focal::{FocalPoints, Gap};
use crate::picture::{self, Picture};
use crate::sentence::{InSentence, in_sentence};
use crate::templates;

/// The evidence items a member shows at most, by default; the rest are counted.
pub const DEFAULT_EVIDENCE_PER_MEMBER: usize = 40;

/// Past this many members in all, theme sections start folded (a click opens one), so a large
/// report opens at once.
const FOLD_AFTER_MEMBERS: usize = 400;

/// Files larger than this are not read again for the sentences around evidence.
const MAX_SOURCE_BYTES: u64 = 64 << 20;

/// The report page of one analysis, with its options; [`ReportPage::write`] renders it.
///
/// ```no_run
/// use isc_engine::{Config, Engine};
/// use isc_report::ReportPage;
///
/// let engine = Engine::new(Config::new());
/// let analysis = engine.analyze(&["corpus/"])?;
/// let mut page = Vec::new();
/// ReportPage::new(&analysis.report)
///     .with_analysis(&analysis)
///     .with_rules(engine.config().rules())
///     .write(&mut page)?;
/// assert!(page.starts_with(b"<!DOCTYPE html>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ReportPage<'a> {
    report: &'a Report,
    documents: &'a [Document],
    rules: Option<&'a RuleConfig>,
    focal_points: Option<&'a FocalPoints>,
    title: String,
    evidence_per_member: usize,
    read_sources: bool,
}

impl<'a> ReportPage<'a> {
    /// The page of `report`, with no documents (evidence is quoted without its sentence).
    pub fn new(report: &'a Report) -> Self {
        ReportPage {
            report,
            documents: &[],
            rules: None,
            focal_points: None,
            title: "Areas of mutual interest".to_owned(),
            evidence_per_member: DEFAULT_EVIDENCE_PER_MEMBER,
            read_sources: true,
        }
    }

    /// Uses the analysis's documents: places in files that were not plain text, citations for
    /// the picture, and the files to quote sentences from.
    pub fn with_analysis(mut self, analysis: &'a Analysis) -> Self {
        self.documents = analysis.documents();
        self
    }

    /// Shows the rule parameters the run used.
    pub fn with_rules(mut self, rules: &'a RuleConfig) -> Self {
        self.rules = Some(rules);
        self
    }

    /// Shows focal points and flags their gaps.
    pub fn with_focal_points(mut self, focal_points: &'a FocalPoints) -> Self {
        self.focal_points = Some(focal_points);
        self
    }

    /// The page's title.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// Shows at most `n` evidence items per member (at least one); the others are counted.
    pub fn with_evidence_per_member(mut self, n: usize) -> Self {
        self.evidence_per_member = n.max(1);
        self
    }

    /// Whether plain-text inputs are read again to quote each phrase in its sentence (on by
    /// default); without it, phrases are quoted alone.
    pub fn with_sentences(mut self, read: bool) -> Self {
        self.read_sources = read;
        self
    }

    /// Renders the page to `out`.
    pub fn write(&self, out: &mut dyn std::io::Write) -> Result<()> {
        let view = self.view();
        templates::render("report.html", &view, out)
    }

    /// Renders the page to a string.
    pub fn render(&self) -> Result<String> {
        let mut res = Vec::new();
        self.write(&mut res)?;
        String::from_utf8(res).map_err(|e| Error::Template(e.to_string()))
    }

    fn view(&self) -> PageView {
        let report = self.report;
        let by_place: HashMap<(&str, Option<u32>), &Document> =
            self.documents.iter().map(|d| ((d.source.as_str(), d.part), d)).collect();
        let sentences = Sentences::build(self.read_sources, self.wanted(&by_place));
        let gaps = self.focal_points.map(|f| f.gaps(report)).unwrap_or_default();
        let n_members: usize = report.proposals.iter().map(member_count).sum();
        let fold = n_members > FOLD_AFTER_MEMBERS;
        let mut rows = Vec::with_capacity(report.proposals.len());
        let mut sections = Vec::with_capacity(report.proposals.len());
        let mut evidence_total = 0;
        for (t, proposal) in report.proposals.iter().enumerate() {
            let anchor = format!("t{t}");
            let focal: Vec<String> = self
                .focal_points
                .map(|f| f.for_theme(&proposal.theme).map(|p| p.describe()).collect())
                .unwrap_or_default();
            let theme_gaps: Vec<String> =
                gaps.iter().filter(|g| g.theme == proposal.theme).map(Gap::describe).collect();
            let mut groups = Vec::with_capacity(4);
            let mut cells = Vec::with_capacity(4);
            let mut sectors = Vec::new();
            let mut coordination = Vec::new();
            for (sector, key, members) in groups_of(proposal) {
                if !members.is_empty() {
                    sectors.push(key);
                }
                let mut links = Vec::with_capacity(members.len());
                let mut views = Vec::with_capacity(members.len());
                for (m, member) in members.iter().enumerate() {
                    let member_anchor = format!("{anchor}-{key}{m}");
                    links.push(Link {
                        name: member.short_name(),
                        href: format!("#{member_anchor}"),
                        superseded: member.superseded,
                    });
                    let document = by_place.get(&(&*member.source, member.part)).copied();
                    let evidence: Vec<EvidenceView> = member
                        .theme_evidence
                        .iter()
                        .take(self.evidence_per_member)
                        .map(|e| {
                            evidence_view(e, &member.source, member.part, document, &sentences)
                        })
                        .collect();
                    evidence_total += member.theme_evidence.len();
                    for cue in &member.coordination {
                        coordination.push(CueView {
                            member: member.short_name(),
                            pp: key == "pp",
                            href: format!("#{member_anchor}"),
                            evidence: evidence_view(
                                cue,
                                &member.source,
                                member.part,
                                document,
                                &sentences,
                            ),
                        });
                    }
                    views.push(member_view(member, member_anchor, evidence));
                }
                cells.push(links);
                groups.push(GroupView { sector, key, members: views });
            }
            let superseded = report
                .documents
                .iter()
                .filter(|d| d.superseded && d.themes.contains(&proposal.theme))
                .map(|d| DocLine {
                    name: d
                        .id
                        .as_ref()
                        .map_or_else(|| "(no heading)".to_owned(), ToString::to_string),
                    title: d.title.clone().unwrap_or_default(),
                    source: place_of(&d.source, d.part),
                })
                .collect();
            let corroboration = proposal
                .corroboration
                .iter()
                .map(|c| CorroborationView {
                    from: c.from.to_string(),
                    to: c.to.to_string(),
                    evidence: evidence_view(&c.evidence, &c.source, None, None, &sentences),
                })
                .collect();
            let clauses: Vec<&'static str> = proposal.clauses.iter().map(|c| c.id()).collect();
            rows.push(RowView {
                theme: proposal.theme.clone(),
                label: proposal.label.clone(),
                href: format!("#{anchor}"),
                clauses: Clause::joined(&proposal.clauses),
                clause_keys: clauses.join(" "),
                sectors: sectors.join(" "),
                cells,
                focal: focal.clone(),
                gaps: theme_gaps.clone(),
            });
            sections.push(SectionView {
                anchor,
                theme: proposal.theme.clone(),
                label: proposal.label.clone(),
                clauses: Clause::joined(&proposal.clauses),
                clause_a: proposal.clauses.contains(&Clause::A),
                clause_b: proposal.clauses.contains(&Clause::B),
                clause_keys: clauses.join(" "),
                sectors: sectors.join(" "),
                rule: proposal.rule.clone(),
                score: proposal.score,
                groups,
                coordination,
                corroboration,
                superseded,
                focal,
                gaps: theme_gaps,
                open: !fold,
            });
        }
        let near_misses = report
            .near_misses
            .iter()
            .enumerate()
            .map(|(i, miss)| {
                let groups = [
                    ("PP", &miss.pp[..]),
                    ("ITU-R", &miss.itu_r[..]),
                    ("ITU-T", &miss.itu_t[..]),
                    ("ITU-D", &miss.itu_d[..]),
                ];
                NearMissView {
                    theme: miss.theme.clone(),
                    label: miss.label.clone(),
                    missing: miss.kind.describe(),
                    kind: serde_plain(&miss.kind),
                    groups: groups
                        .into_iter()
                        .filter(|(_, m)| !m.is_empty())
                        .map(|(sector, members)| GroupView {
                            sector,
                            key: "",
                            members: members
                                .iter()
                                .enumerate()
                                .map(|(m, member)| {
                                    let document =
                                        by_place.get(&(&*member.source, member.part)).copied();
                                    let evidence = member
                                        .theme_evidence
                                        .iter()
                                        .take(self.evidence_per_member)
                                        .map(|e| {
                                            evidence_view(
                                                e,
                                                &member.source,
                                                member.part,
                                                document,
                                                &sentences,
                                            )
                                        })
                                        .collect();
                                    member_view(member, format!("n{i}-{m}"), evidence)
                                })
                                .collect(),
                        })
                        .collect(),
                }
            })
            .collect();
        let picture = self.picture();
        let mut read: Vec<String> = Vec::new();
        for d in &report.documents {
            if read.last() != Some(&d.source) {
                read.push(d.source.clone());
            }
        }
        read.dedup();
        let (ignored, skipped): (Vec<_>, Vec<_>) =
            report.skipped.iter().partition(|s| s.severity == Severity::Info);
        let line =
            |source: &str, reason: &str| InputLine { source: source.into(), reason: reason.into() };
        let inputs = InputsView {
            read,
            skipped: skipped.iter().map(|s| line(&s.source, &s.reason)).collect(),
            ignored: ignored.iter().map(|s| line(&s.source, &s.reason)).collect(),
            diagnostics: report
                .diagnostics
                .iter()
                .map(|d| DiagnosticView {
                    place: if d.line == 0 {
                        d.source.clone()
                    } else {
                        format!("{}:{}:{}", d.source, d.line, d.column)
                    },
                    severity: serde_plain(&d.severity),
                    message: d.message.clone(),
                })
                .collect(),
        };
        let c = &report.counts;
        let counts = vec![
            ("files", c.files),
            ("documents", c.documents),
            ("citations", c.citations),
            ("document themes", c.themes),
            ("proposals", c.proposals),
            ("near misses", c.near_misses),
            ("diagnostics", c.diagnostics),
            ("skipped", c.skipped),
            ("ignored", c.ignored),
        ];
        let parameters = self.rules.map(rule_parameters).unwrap_or_default();
        let focal = self.focal_points.map(|f| FocalView {
            points: f
                .points()
                .iter()
                .map(|p| FocalLine {
                    theme: p.theme.clone(),
                    unit: p.unit.name(),
                    role: p.role.clone().unwrap_or_default(),
                    contact: p.contact.clone().unwrap_or_default(),
                })
                .collect(),
            gaps: gaps
                .iter()
                .map(|g| GapLine { theme: g.theme.clone(), text: g.describe() })
                .collect(),
        });
        let mappings = report.mappings.iter().map(|m| self.mappings_view(m)).collect();
        PageView {
            title: self.title.clone(),
            counts,
            rules: report.rules.iter().map(|r| (r.id.clone(), r.description.clone())).collect(),
            parameters,
            rows,
            sections,
            near_misses,
            mappings,
            picture,
            inputs,
            focal,
            evidence_total,
            members_total: n_members,
            large: fold,
        }
    }

    /// A rule's mapping tables, each target with its reasons, evidence and focal points.
    fn mappings_view(&self, mappings: &Mappings) -> MappingsView {
        let tables = mappings
            .tables
            .iter()
            .enumerate()
            .map(|(n, table)| MappingTableView {
                title: format!("Table {}: {}", n + 1, table.title()),
                rows: table
                    .rows
                    .iter()
                    .map(|row| MappingRowView {
                        from: row.from.clone(),
                        targets: row
                            .to
                            .iter()
                            .map(|target| MappingTargetView {
                                id: target.id.clone(),
                                themes: target.themes.join(", "),
                                reasons: target
                                    .reasons
                                    .iter()
                                    .map(|r| r.name())
                                    .collect::<Vec<_>>()
                                    .join(", "),
                                evidence: target
                                    .evidence
                                    .iter()
                                    .map(|e| MappingEvidenceView {
                                        reason: e.reason.name(),
                                        about: e
                                            .theme
                                            .clone()
                                            .or_else(|| e.cited.map(|c| c.to_string()))
                                            .or_else(|| e.resolution.clone())
                                            .unwrap_or_default(),
                                        text: e.text.clone(),
                                        place: format!("{}:{}:{}", e.source, e.line, e.column),
                                        part: e.part.name(),
                                    })
                                    .collect(),
                                focal: self
                                    .focal_points
                                    .map(|f| {
                                        f.for_mapping(table, target)
                                            .iter()
                                            .map(|p| p.describe())
                                            .collect()
                                    })
                                    .unwrap_or_default(),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        MappingsView {
            rule: mappings.rule.clone(),
            tables,
            notes: mappings.notes.iter().map(|n| n.describe()).collect(),
        }
    }

    /// The phrases of plain-text inputs the page quotes, by source.
    fn wanted<'r>(
        &'r self,
        by_place: &HashMap<(&str, Option<u32>), &Document>,
    ) -> BTreeMap<&'r str, Vec<&'r EvidenceRecord>> {
        let report = self.report;
        let mut res: BTreeMap<&str, Vec<&EvidenceRecord>> = BTreeMap::new();
        let plain = |member: &Member| {
            by_place.get(&(&*member.source, member.part)).is_none_or(|d| d.source_map.is_empty())
        };
        let mut add = |member: &'r Member, cues: bool| {
            if plain(member) {
                let phrases = member.theme_evidence.iter().take(self.evidence_per_member);
                let cues = member.coordination.iter().filter(|_| cues);
                res.entry(&member.source).or_default().extend(phrases.chain(cues));
            }
        };
        for proposal in &report.proposals {
            for (_, _, members) in groups_of(proposal) {
                members.iter().for_each(|m| add(m, true));
            }
        }
        for miss in &report.near_misses {
            for members in [&miss.pp, &miss.itu_r, &miss.itu_t, &miss.itu_d] {
                members.iter().for_each(|m| add(m, false));
            }
        }
        for proposal in &report.proposals {
            for c in &proposal.corroboration {
                res.entry(&c.source).or_default().push(&c.evidence);
            }
        }
        res
    }

    fn picture(&self) -> Picture {
        let report = self.report;
        let themes: Vec<picture::Theme> = report
            .proposals
            .iter()
            .enumerate()
            .map(|(t, p)| picture::Theme { label: p.theme.clone(), href: format!("#t{t}") })
            .collect();
        let mut pp: BTreeMap<String, picture::Resolution> = BTreeMap::new();
        let mut sectors: BTreeMap<String, picture::Resolution> = BTreeMap::new();
        // Sector resolution key -> its document, to find what it cites.
        let mut sector_docs: BTreeMap<String, (String, Option<u32>)> = BTreeMap::new();
        for (t, proposal) in report.proposals.iter().enumerate() {
            for (_, key, members) in groups_of(proposal) {
                for (m, member) in members.iter().enumerate() {
                    let id = member.id.to_string();
                    let column = if key == "pp" { &mut pp } else { &mut sectors };
                    let entry = column.entry(id.clone()).or_insert_with(|| picture::Resolution {
                        key: id.clone(),
                        label: picture_label(member),
                        class: key,
                        href: format!("#t{t}-{key}{m}"),
                        themes: Vec::new(),
                    });
                    if entry.themes.last() != Some(&t) {
                        entry.themes.push(t);
                    }
                    if key != "pp" {
                        sector_docs.entry(id).or_insert((member.source.to_string(), member.part));
                    }
                }
            }
        }
        let by_place: HashMap<(&str, Option<u32>), &Document> =
            self.documents.iter().map(|d| ((d.source.as_str(), d.part), d)).collect();
        let mut cites = Vec::new();
        for (key, (source, part)) in &sector_docs {
            let Some(document) = by_place.get(&(source.as_str(), *part)) else { continue };
            for citation in &document.citations {
                if let Some(id) = citation.resolution().id() {
                    let id = id.to_string();
                    if pp.contains_key(&id) {
                        cites.push((key.clone(), id));
                    }
                }
            }
        }
        picture::lay_out(
            &themes,
            pp.into_values().collect(),
            sectors.into_values().collect(),
            &cites,
        )
    }
}

/// The page of a diff between two reports.
///
/// ```
/// use isc_engine::{Config, Engine};
///
/// let engine = Engine::new(Config::new());
/// let old = engine.analyze_documents(Vec::new()).report;
/// let new = engine
///     .analyze_documents(engine.scan_str(
///         "pp-999.txt",
///         "RESOLUTION 999 (DUBAI, 2018)\n\nCybersecurity\n\n\
///          The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n\
///          resolves\n1\tthat the three Sectors work together on cybersecurity;\n",
///     ))
///     .report;
/// let page = isc_report::diff_page(&isc_engine::diff(&old, &new), "old.json", "new.json")?;
/// assert!(page.contains("<li class=\"added\">+ cybersecurity</li>"), "{page}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn diff_page(diff: &ReportDiff, old: &str, new: &str) -> Result<String> {
    let mut res = Vec::new();
    write_diff_page(diff, old, new, &mut res)?;
    String::from_utf8(res).map_err(|e| Error::Template(e.to_string()))
}

/// Writes the page of a diff between two reports, `old` and `new` naming them.
pub fn write_diff_page(
    diff: &ReportDiff,
    old: &str,
    new: &str,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    #[derive(Serialize)]
    struct ChangeView {
        theme: String,
        before: String,
        after: String,
        added: Vec<String>,
        removed: Vec<String>,
        status: &'static str,
    }
    #[derive(Serialize)]
    struct DiffView<'a> {
        old: &'a str,
        new: &'a str,
        themes_added: &'a [String],
        themes_dropped: &'a [String],
        changes: Vec<ChangeView>,
        mappings_added: &'a [String],
        mappings_removed: &'a [String],
    }
    let clauses =
        |c: &[Clause]| if c.is_empty() { "not proposed".to_owned() } else { Clause::joined(c) };
    let view = DiffView {
        old,
        new,
        themes_added: &diff.themes_added,
        themes_dropped: &diff.themes_dropped,
        mappings_added: &diff.mappings_added,
        mappings_removed: &diff.mappings_removed,
        changes: diff
            .changes
            .iter()
            .map(|c| ChangeView {
                theme: c.theme.clone(),
                before: clauses(&c.clauses_before),
                after: clauses(&c.clauses_after),
                added: c.added.clone(),
                removed: c.removed.clone(),
                status: if c.clauses_before.is_empty() {
                    "added"
                } else if c.clauses_after.is_empty() {
                    "removed"
                } else {
                    "changed"
                },
            })
            .collect(),
    };
    templates::render("diff.html", &view, out)
}

/// A resolution in the picture, with its body, since the Sectors' columns share one column:
/// `WTSA 59 (Rev. Dubai, 2012)`.
fn picture_label(member: &Member) -> String {
    match &member.edition {
        Some(edition) => format!("{} {edition}", member.id),
        None => member.id.to_string(),
    }
}

fn member_count(p: &Proposal) -> usize {
    p.pp.len() + p.itu_r.len() + p.itu_t.len() + p.itu_d.len()
}

fn groups_of(p: &Proposal) -> [(&'static str, &'static str, &[Member]); 4] {
    [
        ("PP", "pp", &p.pp),
        ("ITU-R", "r", &p.itu_r),
        ("ITU-T", "t", &p.itu_t),
        ("ITU-D", "d", &p.itu_d),
    ]
}

/// A value's serde name (`warning`, `sectors-without-pp`).
fn serde_plain<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn place_of(source: &str, part: Option<u32>) -> String {
    match part {
        Some(part) => format!("{source}#{part}"),
        None => source.to_owned(),
    }
}

fn rule_parameters(rules: &RuleConfig) -> Vec<(String, String)> {
    match toml::Table::try_from(rules) {
        Ok(table) => table.into_iter().map(|(k, v)| (k, v.to_string())).collect(),
        Err(e) => vec![("(parameters)".to_owned(), e.to_string())],
    }
}

fn member_view(member: &Member, anchor: String, evidence: Vec<EvidenceView>) -> MemberView {
    MemberView {
        anchor,
        name: member.short_name(),
        id: member.id.to_string(),
        title: member.title.as_deref().unwrap_or_default().to_owned(),
        edition: member.edition.as_ref().map(ToString::to_string).unwrap_or_default(),
        source: place_of(&member.source, member.part),
        superseded: member.superseded,
        score: member.theme_score,
        evidence_count: member.theme_evidence.len(),
        hidden: member.theme_evidence.len() - evidence.len(),
        evidence,
        coordination: member.coordination.len(),
    }
}

/// The sentences around the phrases of plain-text inputs, worked out by reading each file
/// once and keeping only the sentences: a large corpus's texts are never all in memory.
struct Sentences {
    found: HashMap<(String, u32, u32), InSentence>,
}

impl Sentences {
    /// The sentences of `wanted`, the phrases each source is quoted for; none when `read` is
    /// false.
    fn build(read: bool, wanted: BTreeMap<&str, Vec<&EvidenceRecord>>) -> Self {
        let mut found = HashMap::new();
        if !read {
            return Sentences { found };
        }
        for (source, phrases) in wanted {
            if source == "-" {
                continue;
            }
            let path = Path::new(source);
            let small =
                std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= MAX_SOURCE_BYTES);
            let Some(text) = small.then(|| std::fs::read_to_string(path).ok()).flatten() else {
                continue;
            };
            for e in phrases {
                let (start, end) = (e.span.start as usize, e.span.end as usize);
                if let Some(sentence) = in_sentence(&text, start, end, &e.text) {
                    found.insert((source.to_owned(), e.span.start, e.span.end), sentence);
                }
            }
        }
        Sentences { found }
    }

    fn get(&self, source: &str, evidence: &EvidenceRecord) -> Option<InSentence> {
        self.found.get(&(source.to_owned(), evidence.span.start, evidence.span.end)).cloned()
    }
}

fn evidence_view(
    evidence: &EvidenceRecord,
    source: &str,
    part: Option<u32>,
    document: Option<&Document>,
    sentences: &Sentences,
) -> EvidenceView {
    let location = document.and_then(|d| d.location(evidence.span.start));
    // A document read from a Word, PDF or HTML file has spans in the text made of it, not in
    // the file: its phrases are quoted alone, with their place in the file.
    let in_file = document.is_none_or(|d| d.source_map.is_empty());
    let sentence =
        in_file.then(|| sentences.get(source, evidence)).flatten().unwrap_or_else(|| InSentence {
            before: String::new(),
            phrase: evidence.text.split_whitespace().collect::<Vec<_>>().join(" "),
            after: String::new(),
        });
    let location = location.map(|l| format!("{l}:")).unwrap_or_default();
    EvidenceView {
        place: format!(
            "{}:{location}{}:{}",
            place_of(source, part),
            evidence.line,
            evidence.column
        ),
        part: evidence.part.name(),
        clause: evidence.clause.clone().unwrap_or_default(),
        sentence,
    }
}

#[derive(Serialize)]
struct PageView {
    title: String,
    counts: Vec<(&'static str, usize)>,
    rules: Vec<(String, String)>,
    parameters: Vec<(String, String)>,
    rows: Vec<RowView>,
    sections: Vec<SectionView>,
    near_misses: Vec<NearMissView>,
    /// The mapping tables of the rules that make them; none when no such rule ran.
    mappings: Vec<MappingsView>,
    picture: Picture,
    inputs: InputsView,
    focal: Option<FocalView>,
    evidence_total: usize,
    members_total: usize,
    /// Whether the report is large enough to fold its sections and fix its table's layout.
    large: bool,
}

#[derive(Serialize)]
struct MappingsView {
    rule: String,
    tables: Vec<MappingTableView>,
    notes: Vec<String>,
}

#[derive(Serialize)]
struct MappingTableView {
    title: String,
    rows: Vec<MappingRowView>,
}

#[derive(Serialize)]
struct MappingRowView {
    from: String,
    targets: Vec<MappingTargetView>,
}

#[derive(Serialize)]
struct MappingTargetView {
    id: String,
    themes: String,
    reasons: String,
    evidence: Vec<MappingEvidenceView>,
    focal: Vec<String>,
}

#[derive(Serialize)]
struct MappingEvidenceView {
    reason: &'static str,
    about: String,
    text: String,
    place: String,
    part: &'static str,
}

#[derive(Serialize)]
struct Link {
    name: String,
    href: String,
    superseded: bool,
}

#[derive(Serialize)]
struct RowView {
    theme: String,
    label: Option<String>,
    href: String,
    clauses: String,
    clause_keys: String,
    sectors: String,
    cells: Vec<Vec<Link>>,
    focal: Vec<String>,
    gaps: Vec<String>,
}

#[derive(Serialize)]
struct SectionView {
    anchor: String,
    theme: String,
    label: Option<String>,
    clauses: String,
    clause_a: bool,
    clause_b: bool,
    clause_keys: String,
    sectors: String,
    rule: String,
    score: f64,
    groups: Vec<GroupView>,
    coordination: Vec<CueView>,
    corroboration: Vec<CorroborationView>,
    superseded: Vec<DocLine>,
    focal: Vec<String>,
    gaps: Vec<String>,
    open: bool,
}

#[derive(Serialize)]
struct GroupView {
    sector: &'static str,
    key: &'static str,
    members: Vec<MemberView>,
}

#[derive(Serialize)]
struct MemberView {
    anchor: String,
    name: String,
    id: String,
    title: String,
    edition: String,
    source: String,
    superseded: bool,
    score: f64,
    evidence: Vec<EvidenceView>,
    evidence_count: usize,
    hidden: usize,
    coordination: usize,
}

#[derive(Serialize)]
struct EvidenceView {
    place: String,
    part: &'static str,
    clause: String,
    sentence: InSentence,
}

#[derive(Serialize)]
struct CueView {
    member: String,
    /// Whether the cue is a PP resolution's (what clause A reads).
    pp: bool,
    href: String,
    evidence: EvidenceView,
}

#[derive(Serialize)]
struct CorroborationView {
    from: String,
    to: String,
    evidence: EvidenceView,
}

#[derive(Serialize)]
struct DocLine {
    name: String,
    title: String,
    source: String,
}

#[derive(Serialize)]
struct NearMissView {
    theme: String,
    label: Option<String>,
    missing: &'static str,
    kind: String,
    groups: Vec<GroupView>,
}

#[derive(Serialize)]
struct InputLine {
    source: String,
    reason: String,
}

#[derive(Serialize)]
struct DiagnosticView {
    place: String,
    severity: String,
    message: String,
}

#[derive(Serialize)]
struct InputsView {
    read: Vec<String>,
    skipped: Vec<InputLine>,
    ignored: Vec<InputLine>,
    diagnostics: Vec<DiagnosticView>,
}

#[derive(Serialize)]
struct FocalLine {
    theme: String,
    unit: &'static str,
    role: String,
    contact: String,
}

#[derive(Serialize)]
struct GapLine {
    theme: String,
    text: String,
}

#[derive(Serialize)]
struct FocalView {
    points: Vec<FocalLine>,
    gaps: Vec<GapLine>,
}

#[cfg(test)]
mod tests {
    use isc_engine::{Config, Engine};
    use proptest::prelude::*;

    use super::*;

    const TEXT: &str = "RESOLUTION 130 (REV. DUBAI, 2018)\n\nStrengthening the role of ITU in cybersecurity\n\n\
        The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n\
        resolves\n\n1\tthat the three Sectors work together on cybersecurity;\n";

    /// The page of one resolution read from a file named `source`, titled `title`.
    fn page(source: &str, title: &str) -> String {
        let engine = Engine::new(Config::new());
        let analysis = engine.analyze_documents(engine.scan_str(source, TEXT));
        assert_eq!(analysis.report.proposals.len(), 1);
        ReportPage::new(&analysis.report)
            .with_analysis(&analysis)
            .with_title(title)
            .with_sentences(false)
            .render()
            .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever a file name or a title holds, it adds no element to the page: the page has
        /// as many `<` as the page of a plain name and title.
        #[test]
        fn names_and_titles_add_no_markup(source in "[<>\"'&=/ a-z]{1,30}", title in "[<>\"'&=/ a-z]{0,30}") {
            let plain = page("plain.txt", "plain");
            let got = page(&source, &title);
            prop_assert_eq!(got.matches('<').count(), plain.matches('<').count());
            prop_assert_eq!(got.matches('>').count(), plain.matches('>').count());
        }
    }
}

#[cfg(test)]
mod mapping_tests;
