//! The resolution graph: which resolutions the corpus holds, in which editions, which themes their
//! texts are on, and which resolutions they cite.
//!
//! [`GraphBuilder`] takes [`Document`]s and builds a [`ResolutionGraph`] with three kinds of node:
//! a **resolution** (all editions of `PP 70` folded into one, external when the corpus holds no text
//! of it), an **edition** (one text: a document), and a **theme**. Edges: an edition is an edition
//! *of* its resolution, *supersedes* the older editions of it, *cites* resolutions and is *on* themes;
//! each edge keeps the evidence that justified it. petgraph stays inside this crate: the API speaks
//! [`NodeId`], [`DocId`] and [`ResolutionId`].
//!
//! The graph does not depend on the order documents are added in: the builder sorts them by source
//! before numbering them.
//!
//! ```
//! use isc_graph::GraphBuilder;
//! use isc_model::{Body, Document, ResolutionId, ResolutionNumber, ResolutionRef};
//!
//! let doc = |number: u32, cites: &[u32]| Document {
//!     source: format!("pp-{number}.txt"),
//!     part: None,
//!     id: Some(ResolutionRef { body: Some(Body::Pp), number: ResolutionNumber::new(number), edition: None }),
//!     title: None,
//!     parts: vec![],
//!     citations: cites.iter().map(|&n| isc_model::CitationRecord {
//!         body: Some(Body::Pp), number: ResolutionNumber::new(n), edition: None, body_from: None,
//!         text: format!("Resolution {n}"), span: Default::default(), line: 1, column: 1,
//!         part: isc_model::PartKind::Operative, clause: None,
//!     }).collect(),
//!     themes: vec![],
//!     theme_candidates: vec![],
//!     coordination: vec![],
//!     calls_for_coordination: false,
//!     diagnostics: vec![],
//! };
//! let mut builder = GraphBuilder::new();
//! builder.add_document(&doc(191, &[71]));
//! let graph = builder.build();
//! let pp71 = ResolutionId::new(Body::Pp, ResolutionNumber::new(71));
//! assert!(graph.resolution(&pp71).unwrap().external);
//! assert_eq!(graph.cited_by(&pp71).len(), 1);
//! ```

mod export;

use std::collections::{BTreeMap, HashMap};

use isc_model::{Document, Edition, EvidenceRecord, ResolutionId};
use petgraph::Direction;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::Serialize;

pub use export::GraphFormat;

/// A document's number in the graph, in canonical (source) order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DocId(pub u32);

/// A node of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct NodeId(pub u32);

impl NodeId {
    fn index(self) -> NodeIndex<u32> {
        NodeIndex::new(self.0 as usize)
    }

    fn of(index: NodeIndex<u32>) -> Self {
        NodeId(u32::try_from(index.index()).expect("petgraph's u32 indices fit in u32"))
    }
}

/// A resolution: every edition of it folded into one node.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResolutionNode {
    /// Its identity.
    pub id: ResolutionId,
    /// Its editions held by the corpus, oldest first; the last one is current.
    pub editions: Vec<NodeId>,
    /// The corpus holds no text of it; it is known only because it is cited.
    pub external: bool,
    /// A resolution whose current text says this one is suppressed, abrogated or merged into
    /// another.
    pub suppressed_by: Option<ResolutionId>,
}

/// One text of a resolution (or a text without identity).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EditionNode {
    /// The document it was read from.
    pub doc: DocId,
    /// Its resolution, when the text has an identity.
    pub resolution: Option<NodeId>,
    /// Its edition.
    pub edition: Option<Edition>,
    /// The input it came from.
    pub source: String,
    /// Its place in a compilation.
    pub part: Option<u32>,
    /// Its title.
    pub title: Option<String>,
    /// A newer edition of the same resolution is in the corpus.
    pub superseded: bool,
    /// The same edition was already read from another document; this one is not counted.
    pub duplicate_of: Option<DocId>,
    /// Whether a coordination cue sits in an operative clause.
    pub calls_for_coordination: bool,
    /// Every coordination cue, in source order.
    pub coordination: Vec<EvidenceRecord>,
}

/// A theme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeNode {
    /// Its lexicon id.
    pub id: String,
}

/// What a node is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Node {
    /// A resolution, all editions folded.
    Resolution(ResolutionNode),
    /// One text.
    Edition(EditionNode),
    /// A theme.
    Theme(ThemeNode),
}

/// A citation from an edition to a resolution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cites {
    /// The cited edition, when the text names one.
    pub edition: Option<Edition>,
    /// The citation as written, where, and in which part and clause.
    pub evidence: EvidenceRecord,
}

/// An edition's text is on a theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OnTheme {
    /// The theme score.
    pub score: f64,
    /// The phrases that put it there.
    pub evidence: Vec<EvidenceRecord>,
}

/// What an edge says.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Edge {
    /// Edition → its resolution.
    EditionOf,
    /// Newer edition → older edition of the same resolution.
    Supersedes,
    /// Edition → cited resolution.
    Cites(Cites),
    /// Edition → theme.
    OnTheme(OnTheme),
}

impl Edge {
    /// The edge's kind as written in exports: `edition-of`, `supersedes`, `cites`, `on-theme`.
    pub fn kind(&self) -> &'static str {
        match self {
            Edge::EditionOf => "edition-of",
            Edge::Supersedes => "supersedes",
            Edge::Cites(_) => "cites",
            Edge::OnTheme(_) => "on-theme",
        }
    }
}

/// Counts over the graph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Resolutions, external ones included.
    pub resolutions: usize,
    /// Resolutions known only from citations.
    pub external: usize,
    /// Texts read.
    pub editions: usize,
    /// Texts a newer edition supersedes.
    pub superseded: usize,
    /// Texts that repeat an edition already read.
    pub duplicates: usize,
    /// Themes at least one text is on.
    pub themes: usize,
    /// Citation edges.
    pub cites: usize,
    /// On-theme edges.
    pub on_theme: usize,
}

/// Collects documents; [`GraphBuilder::build`] sorts them and builds the graph.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    documents: Vec<Document>,
}

impl GraphBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        GraphBuilder::default()
    }

    /// Adds a document (copied: the builder owns what the graph keeps).
    pub fn add_document(&mut self, document: &Document) {
        self.documents.push(document.clone());
    }

    /// Adds documents, taking ownership.
    pub fn extend(&mut self, documents: impl IntoIterator<Item = Document>) {
        self.documents.extend(documents);
    }

    /// Builds the graph. Documents are numbered in (source, part) order, so the graph does not
    /// depend on the order they were added in.
    pub fn build(mut self) -> ResolutionGraph {
        self.documents.sort_by(|a, b| (&a.source, a.part).cmp(&(&b.source, b.part)));
        let mut res = ResolutionGraph::default();
        // Resolution nodes first, in id order: every identified document and every citation.
        let mut ids: Vec<ResolutionId> = Vec::new();
        for document in &self.documents {
            ids.extend(document.id.as_ref().and_then(|r| r.id()));
            ids.extend(document.citations.iter().filter_map(|c| c.resolution().id()));
        }
        ids.sort();
        ids.dedup();
        for id in ids {
            let node = res.graph.add_node(Node::Resolution(ResolutionNode {
                id,
                editions: Vec::new(),
                external: true,
                suppressed_by: None,
            }));
            res.by_id.insert(id, NodeId::of(node));
        }
        // Theme nodes, in id order.
        let mut themes: Vec<&str> =
            self.documents.iter().flat_map(|d| d.themes.iter().map(|t| t.id.as_str())).collect();
        themes.sort_unstable();
        themes.dedup();
        for theme in themes {
            let node = res.graph.add_node(Node::Theme(ThemeNode { id: theme.to_owned() }));
            res.by_theme.insert(theme.to_owned(), NodeId::of(node));
        }
        // One edition node per document.
        let mut seen: HashMap<(ResolutionId, Option<Edition>), DocId> = HashMap::new();
        for (i, document) in self.documents.iter().enumerate() {
            let doc = DocId(u32::try_from(i).unwrap_or(u32::MAX));
            let id = document.id.as_ref().and_then(|r| r.id());
            let edition = document.id.as_ref().and_then(|r| r.edition.clone());
            let resolution = id.map(|id| res.by_id[&id]);
            let duplicate_of = id.and_then(|id| {
                let key = (id, edition.clone());
                match seen.get(&key) {
                    Some(&first) => Some(first),
                    None => {
                        seen.insert(key, doc);
                        None
                    }
                }
            });
            let node = res.graph.add_node(Node::Edition(EditionNode {
                doc,
                resolution,
                edition,
                source: document.source.clone(),
                part: document.part,
                title: document.title.clone(),
                superseded: false,
                duplicate_of,
                calls_for_coordination: document.calls_for_coordination,
                coordination: document.coordination.clone(),
            }));
            let node_id = NodeId::of(node);
            res.docs.push(node_id);
            if let Some(resolution) = resolution {
                res.graph.add_edge(node, resolution.index(), Edge::EditionOf);
            }
            if duplicate_of.is_some() {
                // A repeated text adds no facts: counting it twice would double its weight.
                continue;
            }
            for citation in &document.citations {
                let Some(target) = citation.resolution().id() else { continue };
                if Some(target) == id {
                    continue;
                }
                let evidence = EvidenceRecord {
                    text: citation.text.clone(),
                    span: citation.span,
                    part: citation.part,
                    clause: citation.clause.clone(),
                    line: citation.line,
                    column: citation.column,
                };
                let cites = Cites { edition: citation.edition.clone(), evidence };
                res.graph.add_edge(node, res.by_id[&target].index(), Edge::Cites(cites));
            }
            for theme in &document.themes {
                let on = OnTheme { score: theme.score, evidence: theme.evidence.clone() };
                res.graph.add_edge(node, res.by_theme[&theme.id].index(), Edge::OnTheme(on));
            }
        }
        res.link_editions();
        res.link_endings(&self.documents);
        res
    }
}

/// The graph of resolutions, editions and themes. Build it with [`GraphBuilder`].
#[derive(Debug, Clone, Default)]
pub struct ResolutionGraph {
    graph: DiGraph<Node, Edge, u32>,
    by_id: BTreeMap<ResolutionId, NodeId>,
    by_theme: BTreeMap<String, NodeId>,
    /// Edition node of each document, by `DocId`.
    docs: Vec<NodeId>,
}

impl ResolutionGraph {
    /// Orders each resolution's editions and marks the superseded ones.
    fn link_editions(&mut self) {
        let resolutions: Vec<NodeId> = self.by_id.values().copied().collect();
        for resolution in resolutions {
            let mut editions: Vec<NodeId> = self
                .graph
                .edges_directed(resolution.index(), Direction::Incoming)
                .filter(|e| matches!(e.weight(), Edge::EditionOf))
                .map(|e| NodeId::of(e.source()))
                .filter(|&n| self.edition(n).is_some_and(|e| e.duplicate_of.is_none()))
                .collect();
            editions.sort_by(|&a, &b| {
                let key = |n: NodeId| {
                    let e = self.edition(n).expect("filtered to editions");
                    (
                        e.edition.as_ref().and_then(|e| e.year),
                        e.edition.as_ref().is_some_and(|e| e.revision),
                        e.doc,
                    )
                };
                key(a).cmp(&key(b))
            });
            for pair in editions.windows(2) {
                self.graph.add_edge(pair[1].index(), pair[0].index(), Edge::Supersedes);
                if let Some(Node::Edition(older)) = self.graph.node_weight_mut(pair[0].index()) {
                    older.superseded = true;
                }
            }
            if let Some(Node::Resolution(node)) = self.graph.node_weight_mut(resolution.index()) {
                node.external = editions.is_empty();
                node.editions = editions;
            }
        }
    }

    /// Marks the resolutions a current text says are suppressed or merged into another.
    fn link_endings(&mut self, documents: &[Document]) {
        for (i, document) in documents.iter().enumerate() {
            let Some(edition) = self.edition(self.docs[i]) else { continue };
            if edition.superseded || edition.duplicate_of.is_some() {
                continue;
            }
            let Some(by) = document.id.as_ref().and_then(|r| r.id()) else { continue };
            for citation in document.citations.iter().filter(|c| c.suppressed) {
                let Some(target) = citation.resolution().id().filter(|&t| t != by) else {
                    continue;
                };
                let node = self.by_id[&target];
                if let Some(Node::Resolution(r)) = self.graph.node_weight_mut(node.index()) {
                    r.suppressed_by.get_or_insert(by);
                }
            }
        }
    }

    /// Every node.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeId, &Node)> {
        self.graph.node_indices().map(|i| (NodeId::of(i), &self.graph[i]))
    }

    /// Every edge: source, target, data.
    pub fn edges(&self) -> impl Iterator<Item = (NodeId, NodeId, &Edge)> {
        self.graph.edge_indices().map(|e: EdgeIndex<u32>| {
            let (a, b) = self.graph.edge_endpoints(e).expect("index comes from the graph");
            (NodeId::of(a), NodeId::of(b), &self.graph[e])
        })
    }

    /// The node of a resolution.
    pub fn resolution_node(&self, id: &ResolutionId) -> Option<NodeId> {
        self.by_id.get(id).copied()
    }

    /// A resolution's folded node.
    pub fn resolution(&self, id: &ResolutionId) -> Option<&ResolutionNode> {
        match self.graph.node_weight(self.by_id.get(id)?.index())? {
            Node::Resolution(r) => Some(r),
            _ => None,
        }
    }

    /// Every resolution, in id order.
    pub fn resolutions(&self) -> impl Iterator<Item = &ResolutionNode> {
        self.by_id.values().filter_map(|&n| match &self.graph[n.index()] {
            Node::Resolution(r) => Some(r),
            _ => None,
        })
    }

    /// The edition node `node`, if it is one.
    pub fn edition(&self, node: NodeId) -> Option<&EditionNode> {
        match self.graph.node_weight(node.index())? {
            Node::Edition(e) => Some(e),
            _ => None,
        }
    }

    /// The edition node of a document.
    pub fn document(&self, doc: DocId) -> Option<NodeId> {
        self.docs.get(doc.0 as usize).copied()
    }

    /// The resolution an edition node belongs to.
    pub fn resolution_of(&self, edition: NodeId) -> Option<&ResolutionNode> {
        let node = self.edition(edition)?.resolution?;
        match &self.graph[node.index()] {
            Node::Resolution(r) => Some(r),
            _ => None,
        }
    }

    /// The newest edition of a resolution held by the corpus.
    pub fn current_edition(&self, id: &ResolutionId) -> Option<NodeId> {
        self.resolution(id)?.editions.last().copied()
    }

    /// Every theme id, in order.
    pub fn themes(&self) -> impl Iterator<Item = &str> {
        self.by_theme.keys().map(String::as_str)
    }

    /// The editions on `theme`, with the evidence, in document order. Duplicates are left out.
    pub fn on_theme(&self, theme: &str) -> Vec<(NodeId, &OnTheme)> {
        let Some(&node) = self.by_theme.get(theme) else { return Vec::new() };
        let mut res: Vec<(NodeId, &OnTheme)> = self
            .graph
            .edges_directed(node.index(), Direction::Incoming)
            .filter_map(|e| match e.weight() {
                Edge::OnTheme(on) => Some((NodeId::of(e.source()), on)),
                _ => None,
            })
            .collect();
        res.sort_by_key(|(n, _)| *n);
        res
    }

    /// The citations of a resolution: the citing edition and the citation, in document order.
    pub fn cited_by(&self, id: &ResolutionId) -> Vec<(NodeId, &Cites)> {
        let Some(&node) = self.by_id.get(id) else { return Vec::new() };
        let mut res: Vec<(NodeId, &Cites)> = self
            .graph
            .edges_directed(node.index(), Direction::Incoming)
            .filter_map(|e| match e.weight() {
                Edge::Cites(c) => Some((NodeId::of(e.source()), c)),
                _ => None,
            })
            .collect();
        res.sort_by_key(|(n, c)| (*n, c.evidence.span));
        res
    }

    /// The resolutions an edition cites, with the citation, in source order.
    pub fn cites(&self, edition: NodeId) -> Vec<(ResolutionId, &Cites)> {
        let mut res: Vec<(ResolutionId, &Cites)> = self
            .graph
            .edges_directed(edition.index(), Direction::Outgoing)
            .filter_map(|e| match (e.weight(), &self.graph[e.target()]) {
                (Edge::Cites(c), Node::Resolution(r)) => Some((r.id, c)),
                _ => None,
            })
            .collect();
        res.sort_by_key(|(_, c)| c.evidence.span);
        res
    }

    /// Counts over the graph.
    pub fn summary(&self) -> Summary {
        let mut res = Summary { themes: self.by_theme.len(), ..Summary::default() };
        for node in self.graph.node_weights() {
            match node {
                Node::Resolution(r) => {
                    res.resolutions += 1;
                    res.external += usize::from(r.external);
                }
                Node::Edition(e) => {
                    res.editions += 1;
                    res.superseded += usize::from(e.superseded);
                    res.duplicates += usize::from(e.duplicate_of.is_some());
                }
                Node::Theme(_) => {}
            }
        }
        for edge in self.graph.edge_weights() {
            match edge {
                Edge::Cites(_) => res.cites += 1,
                Edge::OnTheme(_) => res.on_theme += 1,
                _ => {}
            }
        }
        res
    }

    /// A node's label for people: `PP 70`, `PP 70 (Rev. Dubai, 2018)`, `gender-equality`.
    pub fn label(&self, node: NodeId) -> String {
        match &self.graph[node.index()] {
            Node::Resolution(r) => r.id.to_string(),
            Node::Edition(e) => {
                let name = e.resolution.map(|r| self.label(r)).unwrap_or_else(|| e.source.clone());
                match &e.edition {
                    Some(edition) => format!("{name} {edition}"),
                    None => name,
                }
            }
            Node::Theme(t) => t.id.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
