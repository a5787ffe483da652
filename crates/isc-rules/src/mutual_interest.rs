//! `MI001`, the ISC-TF rule: areas of mutual interest between the Plenipotentiary Conference and
//! the Sectors.

use std::collections::HashSet;

use isc_graph::{NodeId, OnTheme, ResolutionGraph};
use isc_model::{
    Body, Clause, Corroboration, EvidenceRecord, Member, NearMiss, NearMissKind, PartKind,
    Proposal, ResolutionId, Sector,
};

use crate::config::RuleConfig;
use crate::{Configured, Findings, Rule};

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

/// How many documents are read together, theme after theme: few enough for their data to stay
/// in cache while every theme is read.
///
/// Reading documents in blocks, making each candidate's member and noting the PP resolutions it
/// cites while its document is at hand, pays: `graph/rules/100000` takes 0.36 to 0.40 s this way
/// against 0.70 to 0.96 s reading theme after theme and going back to the documents when judging.
const DOCUMENTS_PER_BLOCK: usize = 1024;

/// A resolution on a theme, and what the rule needs to know of its text.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    node: NodeId,
    id: ResolutionId,
    superseded: bool,
    calls: bool,
    /// The on-theme edge: the document and its theme record.
    on: OnTheme,
    score: f64,
    /// Its member, in its group's [`Theme::members`].
    member: usize,
    /// The PP resolutions a Sector text cites in its title or operative part, in
    /// [`Theme::pp_cited`].
    pp_cited: (u32, u32),
}

/// The candidates of one theme, split by the part of the Union they belong to.
#[derive(Debug, Default)]
struct Groups {
    pp: Vec<Candidate>,
    r: Vec<Candidate>,
    t: Vec<Candidate>,
    d: Vec<Candidate>,
}

impl Groups {
    fn sectors(&self) -> usize {
        [&self.r, &self.t, &self.d].iter().filter(|g| !g.is_empty()).count()
    }

    /// Which group a resolution of `body` belongs to, if any.
    fn group(body: Body) -> Option<usize> {
        match (body, body.sector()) {
            (Body::Pp, _) => Some(0),
            (_, Sector::R) => Some(1),
            (_, Sector::T) => Some(2),
            (_, Sector::D) => Some(3),
            // Council resolutions are neither PP nor Sector resolutions.
            (_, Sector::Union) => None,
        }
    }

    /// The groups in order: PP, ITU-R, ITU-T, ITU-D.
    fn all_mut(&mut self) -> [&mut Vec<Candidate>; 4] {
        [&mut self.pp, &mut self.r, &mut self.t, &mut self.d]
    }

    /// Sorts by resolution and keeps one text per resolution: the newest (editions come in
    /// document order; the current one is the one not superseded).
    fn settle(&mut self) {
        let key = |c: &Candidate| (c.id.family(), c.superseded, c.node);
        for group in self.all_mut() {
            // Texts usually come in resolution order already: check before sorting.
            if !group.is_sorted_by_key(key) {
                group.sort_by_key(key);
            }
            group.dedup_by(|later, first| later.id.family() == first.id.family());
        }
    }

    /// Whether any text is superseded; if none is, the current groups are these.
    fn any_superseded(&self) -> bool {
        [&self.pp, &self.r, &self.t, &self.d].iter().any(|g| g.iter().any(|c| c.superseded))
    }

    /// The same groups without superseded texts.
    fn current(&self) -> Groups {
        let keep = |g: &[Candidate]| g.iter().filter(|c| !c.superseded).copied().collect();
        Groups { pp: keep(&self.pp), r: keep(&self.r), t: keep(&self.t), d: keep(&self.d) }
    }
}

/// What the rule read about one theme.
#[derive(Debug, Default)]
struct Theme {
    groups: Groups,
    /// The members of each group's candidates, made while their documents were at hand, in the
    /// order the candidates were read.
    members: [Vec<Member>; 4],
    /// The PP resolutions Sector candidates cite in their title or operative part; a candidate's
    /// `pp_cited` is its range.
    pp_cited: Vec<ResolutionId>,
}

/// What the two clauses say about one set of candidates.
struct Verdict {
    a: bool,
    b: bool,
}

/// Whether a citation in `part` can corroborate a proposal.
fn corroborates(part: PartKind) -> bool {
    matches!(part, PartKind::Title | PartKind::Operative)
}

impl MutualInterest {
    fn counts_as_cue(&self, e: &EvidenceRecord) -> bool {
        e.part == PartKind::Operative
            || (self.config.preamble_cue_counts && e.part == PartKind::Preamble)
    }

    /// Reads the text of `on` into `theme` if it makes a candidate.
    fn read(&self, graph: &ResolutionGraph, on: OnTheme, theme: &mut Theme) {
        let Some(node) = graph.edition_node(on.doc) else { return };
        let (Some(edition), Some(resolution)) = (graph.edition(node), graph.resolution_of(node))
        else {
            return;
        };
        let record = graph.theme_record(&on);
        let in_parts = record.evidence.iter().any(|e| self.config.theme_parts.contains(&e.part));
        if !in_parts || record.score < self.config.min_theme_score {
            return;
        }
        // The text's own identity: an ITU-R resolution keeps its revision counter.
        let id = edition.id.unwrap_or(resolution.id);
        let document = graph.doc(on.doc);
        let mut candidate = Candidate {
            node,
            id,
            // A resolution another text suppresses counts as superseded: it is no longer in force.
            superseded: edition.superseded || resolution.suppressed_by.is_some(),
            calls: document.coordination.iter().any(|e| self.counts_as_cue(e)),
            on,
            score: record.score,
            member: 0,
            pp_cited: (0, 0),
        };
        let Some(group) = Groups::group(id.body) else { return };
        candidate.member = theme.members[group].len();
        if id.body != Body::Pp {
            // Only PP resolutions are cited where it counts: noting them now spares reading the
            // text again when the theme's PP resolutions are known.
            let start = theme.pp_cited.len();
            theme.pp_cited.extend(document.citations.iter().filter_map(|c| {
                let cited = ResolutionId::new(c.body?, c.number).family();
                (cited.body == Body::Pp && corroborates(c.part)).then_some(cited)
            }));
            candidate.pp_cited = (slot(start), slot(theme.pp_cited.len()));
        }
        theme.groups.all_mut()[group].push(candidate);
        theme.members[group].push(self.member(graph, &candidate));
    }

    /// Every theme's candidates, superseded texts included. Documents are read a block at a time,
    /// every theme in turn, so that each is fetched from memory once however many themes it is on.
    fn themes(&self, graph: &ResolutionGraph, themes: &[&str]) -> Vec<Theme> {
        let edges: Vec<&[OnTheme]> = themes.iter().map(|t| graph.on_theme_edges(t)).collect();
        let mut next = vec![0; themes.len()];
        // Each group gets room for every text on the theme: only what is used is ever touched,
        // and no member is moved while the groups grow.
        let mut res: Vec<Theme> = edges
            .iter()
            .map(|edges| {
                let room = || Vec::with_capacity(edges.len());
                Theme {
                    groups: Groups { pp: room(), r: room(), t: room(), d: room() },
                    members: std::array::from_fn(|_| Vec::with_capacity(edges.len())),
                    pp_cited: Vec::new(),
                }
            })
            .collect();
        for end in (1..=graph.documents().len().div_ceil(DOCUMENTS_PER_BLOCK))
            .map(|block| block * DOCUMENTS_PER_BLOCK)
        {
            for ((edges, next), theme) in edges.iter().zip(&mut next).zip(&mut res) {
                while let Some(&on) = edges.get(*next).filter(|on| (on.doc.index() as usize) < end)
                {
                    self.read(graph, on, theme);
                    *next += 1;
                }
            }
        }
        for theme in &mut res {
            theme.groups.settle();
            for members in &mut theme.members {
                members.shrink_to_fit();
            }
        }
        res
    }

    /// Copies a candidate out of the graph, quoting its document.
    ///
    /// Quoting pays: members holding copies of their document's evidence, title and source take
    /// `graph/rules/100000` from 0.32 to 0.39 s to 1.17 to 1.71 s.
    fn member(&self, graph: &ResolutionGraph, candidate: &Candidate) -> Member {
        let cue = |e: &EvidenceRecord| self.counts_as_cue(e);
        let documents = graph.shared_documents();
        let Candidate { on, id, superseded, .. } = *candidate;
        Member::quoting(documents, on.doc.index(), on.index, id, superseded, cue)
            .expect("an on-theme edge names a document of the graph and one of its theme records")
    }

    /// The members of `candidates`, taken from `staged`, the members of their group.
    fn members(
        &self,
        graph: &ResolutionGraph,
        staged: &mut Vec<Member>,
        candidates: &[Candidate],
    ) -> Vec<Member> {
        let staged = std::mem::take(staged);
        let order: Vec<usize> = candidates.iter().map(|c| c.member).collect();
        reorder(staged, &order).unwrap_or_else(|staged| {
            let member = |c: &Candidate| staged.get(c.member).cloned();
            candidates.iter().map(|c| member(c).unwrap_or_else(|| self.member(graph, c))).collect()
        })
    }

    /// The members of every group.
    fn all_members(
        &self,
        graph: &ResolutionGraph,
        staged: &mut [Vec<Member>; 4],
        groups: &Groups,
    ) -> [Vec<Member>; 4] {
        let [pp, r, t, d] = staged;
        [
            self.members(graph, pp, &groups.pp),
            self.members(graph, r, &groups.r),
            self.members(graph, t, &groups.t),
            self.members(graph, d, &groups.d),
        ]
    }

    fn verdict(&self, groups: &Groups) -> Verdict {
        Verdict {
            a: groups.pp.iter().any(|c| c.calls),
            b: !groups.pp.is_empty() && groups.sectors() >= self.config.min_sectors,
        }
    }

    /// Sector resolutions citing a PP member in their title or operative part.
    fn corroboration(
        graph: &ResolutionGraph,
        groups: &Groups,
        pp_cited: &[ResolutionId],
    ) -> Vec<Corroboration> {
        let pp: HashSet<ResolutionId> = groups.pp.iter().map(|c| c.id.family()).collect();
        let mut res = Vec::new();
        for candidate in groups.r.iter().chain(&groups.t).chain(&groups.d) {
            let (start, end) = candidate.pp_cited;
            if !pp_cited[start as usize..end as usize].iter().any(|id| pp.contains(id)) {
                continue;
            }
            for (target, citation) in graph.cites(candidate.node) {
                if pp.contains(&target) && corroborates(citation.part) {
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
        groups: &Groups,
        staged: &mut [Vec<Member>; 4],
    ) -> NearMiss {
        let [pp, itu_r, itu_t, itu_d] = self.all_members(graph, staged, groups);
        NearMiss {
            rule: self.id().to_owned(),
            kind,
            theme: theme.to_owned(),
            label: None,
            pp,
            itu_r,
            itu_t,
            itu_d,
        }
    }

    /// Applies the rule to one theme.
    fn judge(&self, acc: &mut Findings, graph: &ResolutionGraph, theme: &str, read: Theme) {
        let Theme { groups: all, mut members, pp_cited } = read;
        let members = &mut members;
        let current;
        let groups = if self.config.count_superseded || !all.any_superseded() {
            &all
        } else {
            current = all.current();
            &current
        };
        let verdict = self.verdict(groups);
        if verdict.a || verdict.b {
            let clauses = [(verdict.a, Clause::A), (verdict.b, Clause::B)]
                .iter()
                .filter(|(fired, _)| *fired)
                .map(|&(_, clause)| clause)
                .collect();
            let score: f64 = [&groups.pp, &groups.r, &groups.t, &groups.d]
                .iter()
                .flat_map(|g| g.iter())
                .map(|c| c.score)
                .sum();
            let corroboration = Self::corroboration(graph, groups, &pp_cited);
            let [pp, itu_r, itu_t, itu_d] = self.all_members(graph, members, groups);
            acc.proposals.push(Proposal {
                rule: self.id().to_owned(),
                theme: theme.to_owned(),
                label: None,
                clauses,
                corroboration,
                score: (score * 100.0).round() / 100.0,
                pp,
                itu_r,
                itu_t,
                itu_d,
            });
            return;
        }
        if !self.config.count_superseded {
            let then = self.verdict(&all);
            if then.a || then.b {
                let kind = NearMissKind::OnlySuperseded;
                acc.near_misses.push(self.near_miss(graph, kind, theme, &all, members));
                return;
            }
        }
        if groups.pp.is_empty() && groups.sectors() >= 2 {
            let kind = NearMissKind::SectorsWithoutPp;
            acc.near_misses.push(self.near_miss(graph, kind, theme, groups, members));
        } else if !groups.pp.is_empty() && groups.sectors() == 0 {
            let kind = NearMissKind::PpOnlyNoCoordination;
            acc.near_misses.push(self.near_miss(graph, kind, theme, groups, members));
        }
    }
}

/// The items at places `order`, in that order, moved within `items`' own memory rather than
/// copied to new memory; `items` back when `order` names a place twice or a place past the end.
fn reorder<T>(mut items: Vec<T>, order: &[usize]) -> Result<Vec<T>, Vec<T>> {
    let n = items.len();
    // Usually every item is kept, in its place.
    if order.len() <= n && order.iter().enumerate().all(|(i, &m)| m == i) {
        items.truncate(order.len());
        return Ok(items);
    }
    let mut used = vec![false; n];
    if !order.iter().all(|&m| m < n && !std::mem::replace(&mut used[m], true)) {
        return Err(items);
    }
    // `at[p]` is the item now at place `p`, `place[m]` the place item `m` is now at.
    let mut at: Vec<usize> = (0..n).collect();
    let mut place: Vec<usize> = (0..n).collect();
    for (i, &m) in order.iter().enumerate() {
        let p = place[m];
        if p != i {
            items.swap(i, p);
            let other = at[i];
            (at[p], place[other]) = (other, p);
            (at[i], place[m]) = (m, i);
        }
    }
    items.truncate(order.len());
    Ok(items)
}

/// A position as a `u32`; a theme with 4 billion citations is out of scope.
fn slot(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Configured for MutualInterest {
    const ID: &'static str = "MI001";
    const DESCRIPTION: &'static str = "a theme is an area of mutual interest when a PP resolution \
        on it calls for intersectoral coordination (A) or a PP resolution and a resolution of at \
        least one Sector are on it (B)";
    type Config = RuleConfig;

    fn check(config: &RuleConfig) -> Result<(), String> {
        config.check()
    }

    fn with_config(config: RuleConfig) -> Self {
        MutualInterest::new(config)
    }
}

impl Rule for MutualInterest {
    fn id(&self) -> &'static str {
        Self::ID
    }

    fn description(&self) -> &'static str {
        Self::DESCRIPTION
    }

    fn run(&self, acc: &mut Findings, graph: &ResolutionGraph) {
        let themes: Vec<&str> = graph.themes().collect();
        for (theme, read) in themes.iter().zip(self.themes(graph, &themes)) {
            self.judge(acc, graph, theme, read);
        }
    }
}

#[cfg(test)]
mod tests;
