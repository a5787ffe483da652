//! `MI001`, the ISC-TF rule: areas of mutual interest between the Plenipotentiary Conference and
//! the Sectors.

use std::collections::HashSet;

use isc_graph::{NodeId, ResolutionGraph};
use isc_model::{
    Body, Corroboration, EvidenceRecord, Member, NearMiss, NearMissKind, PartKind, Proposal,
    ResolutionId, Sector, ThemeRecord,
};

use crate::config::RuleConfig;
use crate::{Findings, Rule};

/// The ISC-TF rule with its parameters.
#[derive(Debug, Clone, Default)]
pub struct MutualInterest {
    config: RuleConfig,
}

impl MutualInterest {
    /// The rule with `config`.
    pub fn new(config: RuleConfig) -> Self {
        MutualInterest { config }
    }
}

/// A resolution on a theme, before anything is copied out of the graph.
#[derive(Debug, Clone, Copy)]
struct Candidate<'g> {
    node: NodeId,
    id: ResolutionId,
    superseded: bool,
    calls: bool,
    record: &'g ThemeRecord,
}

/// The candidates of one theme, split by the part of the Union they belong to.
#[derive(Debug, Default)]
struct Groups<'g> {
    pp: Vec<Candidate<'g>>,
    r: Vec<Candidate<'g>>,
    t: Vec<Candidate<'g>>,
    d: Vec<Candidate<'g>>,
}

impl<'g> Groups<'g> {
    fn sectors(&self) -> usize {
        [&self.r, &self.t, &self.d].iter().filter(|g| !g.is_empty()).count()
    }

    fn push(&mut self, candidate: Candidate<'g>) {
        let group = match (candidate.id.body, candidate.id.body.sector()) {
            (Body::Pp, _) => &mut self.pp,
            (_, Sector::R) => &mut self.r,
            (_, Sector::T) => &mut self.t,
            (_, Sector::D) => &mut self.d,
            // Council resolutions are neither PP nor Sector resolutions.
            (_, Sector::Union) => return,
        };
        group.push(candidate);
    }

    /// Sorts by resolution and keeps one text per resolution: the newest (editions come in
    /// document order; the current one is the one not superseded).
    fn settle(&mut self) {
        for group in [&mut self.pp, &mut self.r, &mut self.t, &mut self.d] {
            group.sort_by_key(|c| (c.id.family(), c.superseded, c.node));
            group.dedup_by(|later, first| later.id.family() == first.id.family());
        }
    }

    /// The same groups without superseded texts.
    fn current(&self) -> Groups<'g> {
        let keep = |g: &[Candidate<'g>]| g.iter().filter(|c| !c.superseded).copied().collect();
        Groups { pp: keep(&self.pp), r: keep(&self.r), t: keep(&self.t), d: keep(&self.d) }
    }
}

/// What the two clauses say about one set of candidates.
struct Verdict {
    a: bool,
    b: bool,
}

impl MutualInterest {
    fn counts_as_cue(&self, e: &EvidenceRecord) -> bool {
        e.part == PartKind::Operative
            || (self.config.preamble_cue_counts && e.part == PartKind::Preamble)
    }

    fn candidate<'g>(
        &self,
        graph: &'g ResolutionGraph,
        node: NodeId,
        record: &'g ThemeRecord,
    ) -> Option<Candidate<'g>> {
        let edition = graph.edition(node)?;
        let resolution = graph.resolution_of(node)?;
        let in_parts = record.evidence.iter().any(|e| self.config.theme_parts.contains(&e.part));
        if !in_parts || record.score < self.config.min_theme_score {
            return None;
        }
        Some(Candidate {
            node,
            // The text's own identity: an ITU-R resolution keeps its revision counter.
            id: edition.id.unwrap_or(resolution.id),
            // A resolution another text suppresses counts as superseded: it is no longer in force.
            superseded: edition.superseded || resolution.suppressed_by.is_some(),
            calls: graph.doc(edition.doc).coordination.iter().any(|e| self.counts_as_cue(e)),
            record,
        })
    }

    /// Copies a candidate out of the graph, with its evidence.
    fn member(&self, graph: &ResolutionGraph, candidate: &Candidate<'_>) -> Member {
        let edition = graph.edition(candidate.node);
        let document = edition.map(|e| graph.doc(e.doc));
        Member {
            id: candidate.id,
            edition: edition.and_then(|e| e.edition.clone()),
            source: document.map(|d| d.source.clone()).unwrap_or_default(),
            part: document.and_then(|d| d.part),
            title: document.and_then(|d| d.title.clone()),
            superseded: candidate.superseded,
            theme_score: candidate.record.score,
            theme_evidence: candidate.record.evidence.clone(),
            coordination: document
                .map(|d| d.coordination.iter().filter(|e| self.counts_as_cue(e)).cloned().collect())
                .unwrap_or_default(),
        }
    }

    fn members(&self, graph: &ResolutionGraph, candidates: &[Candidate<'_>]) -> Vec<Member> {
        candidates.iter().map(|c| self.member(graph, c)).collect()
    }

    fn verdict(&self, groups: &Groups<'_>) -> Verdict {
        Verdict {
            a: groups.pp.iter().any(|c| c.calls),
            b: !groups.pp.is_empty() && groups.sectors() >= self.config.min_sectors,
        }
    }

    /// Every candidate on `theme`, superseded texts included.
    fn groups<'g>(&self, graph: &'g ResolutionGraph, theme: &str) -> Groups<'g> {
        let mut res = Groups::default();
        for (node, record) in graph.on_theme(theme) {
            if let Some(candidate) = self.candidate(graph, node, record) {
                res.push(candidate);
            }
        }
        res.settle();
        res
    }

    /// Sector resolutions citing a PP member in their title or operative part.
    fn corroboration(graph: &ResolutionGraph, groups: &Groups<'_>) -> Vec<Corroboration> {
        let pp: HashSet<ResolutionId> = groups.pp.iter().map(|c| c.id.family()).collect();
        let mut res = Vec::new();
        for candidate in groups.r.iter().chain(&groups.t).chain(&groups.d) {
            for (target, citation) in graph.cites(candidate.node) {
                if pp.contains(&target)
                    && matches!(citation.part, PartKind::Title | PartKind::Operative)
                {
                    let evidence = EvidenceRecord {
                        text: citation.text.clone(),
                        span: citation.span,
                        part: citation.part,
                        clause: citation.clause.clone(),
                        line: citation.line,
                        column: citation.column,
                    };
                    let source = graph
                        .edition_document(candidate.node)
                        .map(|d| d.source.clone())
                        .unwrap_or_default();
                    res.push(Corroboration { from: candidate.id, to: target, evidence, source });
                }
            }
        }
        res
    }

    fn near_miss(
        &self,
        graph: &ResolutionGraph,
        kind: NearMissKind,
        theme: &str,
        groups: &Groups<'_>,
    ) -> NearMiss {
        NearMiss {
            rule: self.id().to_owned(),
            kind,
            theme: theme.to_owned(),
            label: None,
            pp: self.members(graph, &groups.pp),
            itu_r: self.members(graph, &groups.r),
            itu_t: self.members(graph, &groups.t),
            itu_d: self.members(graph, &groups.d),
        }
    }
}

impl Rule for MutualInterest {
    fn id(&self) -> &'static str {
        "MI001"
    }

    fn description(&self) -> &'static str {
        "a theme is an area of mutual interest when a PP resolution on it calls for intersectoral \
         coordination (A) or a PP resolution and a resolution of at least one Sector are on it (B)"
    }

    fn run(&self, acc: &mut Findings, graph: &ResolutionGraph) {
        for theme in graph.themes() {
            let all = self.groups(graph, theme);
            let current;
            let groups = if self.config.count_superseded {
                &all
            } else {
                current = all.current();
                &current
            };
            let verdict = self.verdict(groups);
            if verdict.a || verdict.b {
                let clauses = [(verdict.a, "A"), (verdict.b, "B")]
                    .iter()
                    .filter(|(fired, _)| *fired)
                    .map(|(_, clause)| (*clause).to_owned())
                    .collect();
                let score: f64 = [&groups.pp, &groups.r, &groups.t, &groups.d]
                    .iter()
                    .flat_map(|g| g.iter())
                    .map(|c| c.record.score)
                    .sum();
                acc.proposals.push(Proposal {
                    rule: self.id().to_owned(),
                    theme: theme.to_owned(),
                    label: None,
                    clauses,
                    corroboration: Self::corroboration(graph, groups),
                    score: (score * 100.0).round() / 100.0,
                    pp: self.members(graph, &groups.pp),
                    itu_r: self.members(graph, &groups.r),
                    itu_t: self.members(graph, &groups.t),
                    itu_d: self.members(graph, &groups.d),
                });
                continue;
            }
            if !self.config.count_superseded {
                let then = self.verdict(&all);
                if then.a || then.b {
                    acc.near_misses.push(self.near_miss(
                        graph,
                        NearMissKind::OnlySuperseded,
                        theme,
                        &all,
                    ));
                    continue;
                }
            }
            if groups.pp.is_empty() && groups.sectors() >= 2 {
                acc.near_misses.push(self.near_miss(
                    graph,
                    NearMissKind::SectorsWithoutPp,
                    theme,
                    groups,
                ));
            } else if !groups.pp.is_empty() && groups.sectors() == 0 {
                acc.near_misses.push(self.near_miss(
                    graph,
                    NearMissKind::PpOnlyNoCoordination,
                    theme,
                    groups,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests;
