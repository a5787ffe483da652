//! `MI001`, the ISC-TF rule: areas of mutual interest between the Plenipotentiary Conference and
//! the Sectors.

use isc_graph::{NodeId, OnTheme, ResolutionGraph};
use isc_model::{
    Body, Corroboration, EvidenceRecord, Member, NearMiss, NearMissKind, PartKind, Proposal, Sector,
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

/// The members of one theme, split by the part of the Union they belong to.
#[derive(Debug, Default)]
struct Groups {
    pp: Vec<Member>,
    r: Vec<Member>,
    t: Vec<Member>,
    d: Vec<Member>,
}

impl Groups {
    fn sectors(&self) -> usize {
        [&self.r, &self.t, &self.d].iter().filter(|g| !g.is_empty()).count()
    }

    fn push(&mut self, member: Member) {
        let group = match (member.id.body, member.id.body.sector()) {
            (Body::Pp, _) => &mut self.pp,
            (_, Sector::R) => &mut self.r,
            (_, Sector::T) => &mut self.t,
            (_, Sector::D) => &mut self.d,
            // Council resolutions are neither PP nor Sector resolutions.
            (_, Sector::Union) => return,
        };
        group.push(member);
    }

    /// Sorts by resolution and keeps one text per resolution: the newest.
    fn settle(&mut self) {
        for group in [&mut self.pp, &mut self.r, &mut self.t, &mut self.d] {
            group.sort_by_key(|a| (a.id, a.superseded));
            group.dedup_by(|later, first| later.id == first.id);
        }
    }

    fn all(&self) -> impl Iterator<Item = &Member> {
        self.pp.iter().chain(&self.r).chain(&self.t).chain(&self.d)
    }
}

/// What the two clauses say about one set of members.
struct Verdict {
    a: bool,
    b: bool,
}

impl MutualInterest {
    fn member(&self, graph: &ResolutionGraph, node: NodeId, on: &OnTheme) -> Option<Member> {
        let edition = graph.edition(node)?;
        let resolution = graph.resolution_of(node)?;
        let in_parts = on.evidence.iter().any(|e| self.config.theme_parts.contains(&e.part));
        if !in_parts || on.score < self.config.min_theme_score {
            return None;
        }
        let counts = |e: &&EvidenceRecord| {
            e.part == PartKind::Operative
                || (self.config.preamble_cue_counts && e.part == PartKind::Preamble)
        };
        Some(Member {
            id: resolution.id,
            edition: edition.edition.clone(),
            source: edition.source.clone(),
            part: edition.part,
            title: edition.title.clone(),
            // A resolution another text suppresses counts as superseded: it is no longer in force.
            superseded: edition.superseded || resolution.suppressed_by.is_some(),
            theme_score: on.score,
            theme_evidence: on.evidence.clone(),
            coordination: edition.coordination.iter().filter(counts).cloned().collect(),
        })
    }

    fn verdict(&self, groups: &Groups) -> Verdict {
        Verdict {
            a: groups.pp.iter().any(|m| !m.coordination.is_empty()),
            b: !groups.pp.is_empty() && groups.sectors() >= self.config.min_sectors,
        }
    }

    fn groups(&self, graph: &ResolutionGraph, theme: &str, with_superseded: bool) -> Groups {
        let mut res = Groups::default();
        for (node, on) in graph.on_theme(theme) {
            if let Some(member) = self.member(graph, node, on)
                && (with_superseded || !member.superseded)
            {
                res.push(member);
            }
        }
        res.settle();
        res
    }

    /// Sector resolutions citing a PP member in their title or operative part.
    fn corroboration(graph: &ResolutionGraph, groups: &Groups) -> Vec<Corroboration> {
        let mut res = Vec::new();
        for member in groups.r.iter().chain(&groups.t).chain(&groups.d) {
            let Some(node) = graph.current_edition(&member.id) else { continue };
            for (target, cites) in graph.cites(node) {
                let cites_pp_member = groups.pp.iter().any(|pp| pp.id == target);
                if cites_pp_member
                    && matches!(cites.evidence.part, PartKind::Title | PartKind::Operative)
                {
                    res.push(Corroboration {
                        from: member.id,
                        to: target,
                        evidence: cites.evidence.clone(),
                        source: member.source.clone(),
                    });
                }
            }
        }
        res
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
            let groups = self.groups(graph, theme, self.config.count_superseded);
            let verdict = self.verdict(&groups);
            if verdict.a || verdict.b {
                let clauses: Vec<String> = [(verdict.a, "A"), (verdict.b, "B")]
                    .iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, c)| (*c).to_owned())
                    .collect();
                let score = groups.all().map(|m| m.theme_score).sum::<f64>();
                acc.proposals.push(Proposal {
                    rule: self.id().to_owned(),
                    theme: theme.to_owned(),
                    label: None,
                    clauses,
                    corroboration: Self::corroboration(graph, &groups),
                    score: (score * 100.0).round() / 100.0,
                    pp: groups.pp,
                    itu_r: groups.r,
                    itu_t: groups.t,
                    itu_d: groups.d,
                });
                continue;
            }
            let near = |kind: NearMissKind, groups: Groups| NearMiss {
                rule: self.id().to_owned(),
                kind,
                theme: theme.to_owned(),
                label: None,
                pp: groups.pp,
                itu_r: groups.r,
                itu_t: groups.t,
                itu_d: groups.d,
            };
            if !self.config.count_superseded {
                let with_superseded = self.groups(graph, theme, true);
                let then = self.verdict(&with_superseded);
                if then.a || then.b {
                    acc.near_misses.push(near(NearMissKind::OnlySuperseded, with_superseded));
                    continue;
                }
            }
            if groups.pp.is_empty() && groups.sectors() >= 2 {
                acc.near_misses.push(near(NearMissKind::SectorsWithoutPp, groups));
            } else if !groups.pp.is_empty() && groups.sectors() == 0 {
                acc.near_misses.push(near(NearMissKind::PpOnlyNoCoordination, groups));
            }
        }
    }
}

#[cfg(test)]
mod tests;
