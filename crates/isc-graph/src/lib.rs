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
//! use isc_model::{CitationRecord, Document, PartKind, ResolutionId, ResolutionRef};
//!
//! let mut pp191 = Document::empty("pp-191.txt");
//! pp191.id = Some("PP 191 (Rev. Dubai, 2018)".parse::<ResolutionRef>()?);
//! let cited: ResolutionRef = "PP 71 (Rev. Dubai, 2018)".parse()?;
//! pp191.citations.push(CitationRecord {
//!     body: cited.body, number: cited.number, edition: cited.edition, body_from: None,
//!     text: "Resolution 71 (Rev. Dubai, 2018)".into(), span: Default::default(), line: 8, column: 4,
//!     part: PartKind::Preamble, clause: Some("recalling".into()), suppressed: false,
//! });
//! let mut builder = GraphBuilder::new();
//! builder.extend([pp191]);
//! let graph = builder.build();
//! let pp71: ResolutionId = "PP 71".parse()?;
//! assert!(graph.resolution(&pp71).unwrap().external);
//! let cited_by = graph.cited_by(&pp71);
//! assert_eq!(cited_by.len(), 1);
//! assert_eq!(graph.label(cited_by[0].0), "PP 191 (Rev. Dubai, 2018)");
//! # Ok::<(), isc_model::Error>(())
//! ```

mod export;

use std::collections::BTreeMap;

use isc_model::{CitationRecord, Document, Edition, ResolutionId, ResolutionRef, ThemeRecord};
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

/// A resolution: every edition of it folded into one node (ITU-R revisions `6-1`, `6-2` are
/// editions of `RA ITU-R 6`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResolutionNode {
    /// Its identity, without ITU-R revision counter.
    pub id: ResolutionId,
    /// Its editions held by the corpus, oldest first; the last one is current.
    pub editions: Vec<NodeId>,
    /// The corpus holds no text of it; it is known only because it is cited.
    pub external: bool,
    /// A resolution whose current text says this one is suppressed, abrogated or merged into
    /// another.
    pub suppressed_by: Option<ResolutionId>,
}

/// One text of a resolution (or a text without identity). The document itself is
/// [`ResolutionGraph::doc`]`(doc)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EditionNode {
    /// The document it was read from.
    pub doc: DocId,
    /// Its identity as the text gives it, ITU-R revision counter included (`RA ITU-R 6-2`).
    pub id: Option<ResolutionId>,
    /// Its resolution, when the text has an identity.
    pub resolution: Option<NodeId>,
    /// Its edition.
    pub edition: Option<Edition>,
    /// A newer edition of the same resolution is in the corpus.
    pub superseded: bool,
    /// The same edition was already read from another document; this one is not counted.
    pub duplicate_of: Option<DocId>,
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

/// A citation from an edition to a resolution: the citation record is
/// [`ResolutionGraph::citation`]`(&cites)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cites {
    /// The citing document.
    pub doc: DocId,
    /// The citation's index among the document's citations.
    pub index: u32,
}

/// An edition's text is on a theme: the theme record (score and evidence) is
/// [`ResolutionGraph::theme_record`]`(&on)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OnTheme {
    /// The document.
    pub doc: DocId,
    /// The theme's index among the document's themes.
    pub index: u32,
}

/// What an edge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
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

    /// Adds a copy of a document.
    pub fn add_document(&mut self, document: &Document) {
        self.documents.push(document.clone());
    }

    /// Adds documents, taking ownership: the graph keeps them and its edges point into them.
    pub fn extend(&mut self, documents: impl IntoIterator<Item = Document>) {
        self.documents.extend(documents);
    }

    /// Builds the graph. Documents are numbered in (source, part) order, so the graph does not
    /// depend on the order they were added in.
    ///
    /// Resolutions are matched by sorting, not hashing: every identity and citation becomes a
    /// (resolution, slot) pair, one sort groups them, and each slot learns its node. That keeps
    /// memory access sequential on corpora of millions of citations.
    pub fn build(mut self) -> ResolutionGraph {
        // Inputs usually arrive sorted (directories are walked in order): check before sorting.
        let order = |a: &Document, b: &Document| (&a.source, a.part).cmp(&(&b.source, b.part));
        if !self.documents.is_sorted_by(|a, b| order(a, b).is_le()) {
            self.documents.sort_by(order);
        }
        let documents = self.documents;
        let n_docs = documents.len();
        let mut res = ResolutionGraph::default();
        // Slot `d` is document d's own identity; slot `n_docs + k` is the k-th citation overall.
        let n_citations: usize = documents.iter().map(|d| d.citations.len()).sum();
        let mut keyed: Vec<(ResolutionId, u32)> = Vec::with_capacity(n_docs + n_citations);
        let mut flat = n_docs;
        for (i, document) in documents.iter().enumerate() {
            if let Some(id) = document.id.as_ref().and_then(ResolutionRef::id) {
                keyed.push((id.family(), slot(i)));
            }
            for citation in &document.citations {
                if let Some(body) = citation.body {
                    keyed.push((ResolutionId::new(body, citation.number).family(), slot(flat)));
                }
                flat += 1;
            }
        }
        keyed.sort_unstable();
        let n_themes: usize = documents.iter().map(|d| d.themes.len()).sum();
        res.graph.reserve_nodes(keyed.len().min(n_docs + n_citations) + n_docs);
        res.graph.reserve_edges(n_docs + n_citations + n_themes + n_docs);
        // Resolution nodes first, in id order, so node `i` is the `i`-th resolution.
        let mut target = vec![u32::MAX; n_docs + n_citations];
        for (id, position) in keyed {
            if res.ids.last() != Some(&id) {
                res.graph.add_node(Node::Resolution(ResolutionNode {
                    id,
                    editions: Vec::new(),
                    external: true,
                    suppressed_by: None,
                }));
                res.ids.push(id);
            }
            target[position as usize] = slot(res.ids.len() - 1);
        }
        // Theme nodes, in id order.
        let mut themes: Vec<&str> =
            documents.iter().flat_map(|d| d.themes.iter().map(|t| t.id.as_str())).collect();
        themes.sort_unstable();
        themes.dedup();
        for theme in themes {
            let node = res.graph.add_node(Node::Theme(ThemeNode { id: theme.to_owned() }));
            res.by_theme.insert(theme.to_owned(), NodeId::of(node));
        }
        let duplicates = duplicates(&documents, &target);
        // One edition node per document, then its edges.
        let mut flat = n_docs;
        for (i, document) in documents.iter().enumerate() {
            let doc = DocId(slot(i));
            let resolution = (target[i] != u32::MAX).then(|| NodeId(target[i]));
            let duplicate_of = duplicates[i];
            let node = res.graph.add_node(Node::Edition(EditionNode {
                doc,
                id: document.id.as_ref().and_then(ResolutionRef::id),
                resolution,
                edition: document.id.as_ref().and_then(|r| r.edition.clone()),
                superseded: false,
                duplicate_of,
            }));
            res.docs.push(NodeId::of(node));
            if let Some(resolution) = resolution {
                res.graph.add_edge(node, resolution.index(), Edge::EditionOf);
            }
            let first_citation = flat;
            flat += document.citations.len();
            if duplicate_of.is_some() {
                // A repeated text adds no facts: counting it twice would double its weight.
                continue;
            }
            for index in 0..document.citations.len() {
                let cited = target[first_citation + index];
                if cited == u32::MAX || Some(NodeId(cited)) == resolution {
                    continue;
                }
                let cites = Cites { doc, index: slot(index) };
                res.graph.add_edge(node, NodeIndex::new(cited as usize), Edge::Cites(cites));
            }
            for (index, theme) in document.themes.iter().enumerate() {
                let on = OnTheme { doc, index: slot(index) };
                res.graph.add_edge(node, res.by_theme[&theme.id].index(), Edge::OnTheme(on));
            }
        }
        res.documents = documents;
        res.link_editions();
        res.link_endings();
        res
    }
}

/// How editions of one resolution are ordered: resolution node, year, ITU-R revision counter,
/// `Rev.`, document, and the edition's node.
type EditionKey = (u32, Option<u16>, Option<u16>, bool, DocId, NodeId);

/// A position as the `u32` the graph stores; corpora past 4 billion items are out of scope.
fn slot(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// For each document, the first document (in `DocId` order) with the same resolution and
/// edition, if it is not itself the first.
fn duplicates(documents: &[Document], target: &[u32]) -> Vec<Option<DocId>> {
    let mut keyed: Vec<(u32, Option<&Edition>, u32)> = (0..documents.len())
        .filter(|&i| target[i] != u32::MAX)
        .map(|i| (target[i], documents[i].id.as_ref().and_then(|r| r.edition.as_ref()), slot(i)))
        .collect();
    keyed.sort_unstable();
    let mut res = vec![None; documents.len()];
    for pair in keyed.windows(2) {
        if pair[0].0 == pair[1].0 && pair[0].1 == pair[1].1 {
            let first = res[pair[0].2 as usize].unwrap_or(DocId(pair[0].2));
            res[pair[1].2 as usize] = Some(first);
        }
    }
    res
}

/// The graph of resolutions, editions and themes. Build it with [`GraphBuilder`].
#[derive(Debug, Clone, Default)]
pub struct ResolutionGraph {
    graph: DiGraph<Node, Edge, u32>,
    /// The resolutions' ids, sorted; resolution `i` is node `i`.
    ids: Vec<ResolutionId>,
    by_theme: BTreeMap<String, NodeId>,
    /// Edition node of each document, by `DocId`.
    docs: Vec<NodeId>,
    /// The documents, in `DocId` order; edges point into them.
    documents: Vec<Document>,
}

impl ResolutionGraph {
    /// Orders each resolution's editions and marks the superseded ones.
    fn link_editions(&mut self) {
        // (resolution, year, revision, doc, edition node) for every counted edition, grouped by
        // resolution and ordered oldest first within it.
        let mut editions: Vec<EditionKey> = self
            .docs
            .iter()
            .filter_map(|&node| {
                let e = self.edition(node)?;
                let resolution = e.resolution?;
                if e.duplicate_of.is_some() {
                    return None;
                }
                let (year, revision) =
                    e.edition.as_ref().map_or((None, false), |x| (x.year, x.revision));
                let counter = e.id.and_then(|id| id.number.revision);
                Some((resolution.0, year, counter, revision, e.doc, node))
            })
            .collect();
        editions.sort_unstable();
        for group in editions.chunk_by(|a, b| a.0 == b.0) {
            let nodes: Vec<NodeId> = group.iter().map(|e| e.5).collect();
            for pair in nodes.windows(2) {
                self.graph.add_edge(pair[1].index(), pair[0].index(), Edge::Supersedes);
                if let Some(Node::Edition(older)) = self.graph.node_weight_mut(pair[0].index()) {
                    older.superseded = true;
                }
            }
            if let Some(Node::Resolution(node)) =
                self.graph.node_weight_mut(NodeIndex::new(group[0].0 as usize))
            {
                node.external = false;
                node.editions = nodes;
            }
        }
    }

    /// Marks the resolutions a current text says are suppressed or merged into another.
    fn link_endings(&mut self) {
        let mut endings: Vec<(NodeId, ResolutionId)> = Vec::new();
        for (i, document) in self.documents.iter().enumerate() {
            let Some(edition) = self.edition(self.docs[i]) else { continue };
            if edition.superseded || edition.duplicate_of.is_some() {
                continue;
            }
            let Some(by) = document.id.as_ref().and_then(ResolutionRef::id) else { continue };
            for citation in document.citations.iter().filter(|c| c.suppressed) {
                let Some(target) = citation.resolution().id().filter(|&t| t != by) else {
                    continue;
                };
                if let Some(node) = self.resolution_node(&target) {
                    endings.push((node, by));
                }
            }
        }
        for (node, by) in endings {
            if let Some(Node::Resolution(r)) = self.graph.node_weight_mut(node.index()) {
                r.suppressed_by.get_or_insert(by);
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

    /// The node of a resolution (any ITU-R revision of it names the same node).
    pub fn resolution_node(&self, id: &ResolutionId) -> Option<NodeId> {
        self.ids.binary_search(&id.family()).ok().map(|i| NodeId(slot(i)))
    }

    /// A resolution's folded node (any ITU-R revision of it names the same node).
    pub fn resolution(&self, id: &ResolutionId) -> Option<&ResolutionNode> {
        match self.graph.node_weight(self.resolution_node(id)?.index())? {
            Node::Resolution(r) => Some(r),
            _ => None,
        }
    }

    /// Every resolution, in id order.
    pub fn resolutions(&self) -> impl Iterator<Item = &ResolutionNode> {
        (0..self.ids.len()).filter_map(|i| match &self.graph[NodeIndex::new(i)] {
            Node::Resolution(r) => Some(r),
            _ => None,
        })
    }

    /// Every document, in `DocId` order (sorted by source and part).
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// A document.
    pub fn doc(&self, doc: DocId) -> &Document {
        &self.documents[doc.0 as usize]
    }

    /// The document an edition node was read from.
    pub fn edition_document(&self, node: NodeId) -> Option<&Document> {
        self.edition(node).map(|e| self.doc(e.doc))
    }

    /// The citation a `cites` edge stands for.
    pub fn citation(&self, cites: &Cites) -> &CitationRecord {
        &self.doc(cites.doc).citations[cites.index as usize]
    }

    /// The theme record (score and evidence) an `on-theme` edge stands for.
    pub fn theme_record(&self, on: &OnTheme) -> &ThemeRecord {
        &self.doc(on.doc).themes[on.index as usize]
    }

    /// The edition node `node`, if it is one.
    pub fn edition(&self, node: NodeId) -> Option<&EditionNode> {
        match self.graph.node_weight(node.index())? {
            Node::Edition(e) => Some(e),
            _ => None,
        }
    }

    /// The edition node of a document.
    pub fn edition_node(&self, doc: DocId) -> Option<NodeId> {
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

    /// The editions on `theme`, with their theme records, in document order. Duplicates are
    /// left out.
    pub fn on_theme(&self, theme: &str) -> Vec<(NodeId, &ThemeRecord)> {
        let Some(&node) = self.by_theme.get(theme) else { return Vec::new() };
        let mut res: Vec<(NodeId, &ThemeRecord)> = self
            .graph
            .edges_directed(node.index(), Direction::Incoming)
            .filter_map(|e| match e.weight() {
                Edge::OnTheme(on) => Some((NodeId::of(e.source()), self.theme_record(on))),
                _ => None,
            })
            .collect();
        res.sort_by_key(|(n, _)| *n);
        res
    }

    /// The citations of a resolution: the citing edition and the citation, in document and
    /// source order.
    pub fn cited_by(&self, id: &ResolutionId) -> Vec<(NodeId, &CitationRecord)> {
        let Some(node) = self.resolution_node(id) else { return Vec::new() };
        let mut res: Vec<(NodeId, u32, &CitationRecord)> = self
            .graph
            .edges_directed(node.index(), Direction::Incoming)
            .filter_map(|e| match e.weight() {
                Edge::Cites(c) => Some((NodeId::of(e.source()), c.index, self.citation(c))),
                _ => None,
            })
            .collect();
        res.sort_by_key(|&(n, index, _)| (n, index));
        res.into_iter().map(|(n, _, c)| (n, c)).collect()
    }

    /// The resolutions an edition cites, with the citation, in source order.
    pub fn cites(&self, edition: NodeId) -> Vec<(ResolutionId, &CitationRecord)> {
        let mut res: Vec<(u32, ResolutionId, &CitationRecord)> = self
            .graph
            .edges_directed(edition.index(), Direction::Outgoing)
            .filter_map(|e| match (e.weight(), &self.graph[e.target()]) {
                (Edge::Cites(c), Node::Resolution(r)) => Some((c.index, r.id, self.citation(c))),
                _ => None,
            })
            .collect();
        res.sort_by_key(|&(index, _, _)| index);
        res.into_iter().map(|(_, id, c)| (id, c)).collect()
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
                let name = e
                    .resolution
                    .map(|r| self.label(r))
                    .unwrap_or_else(|| self.doc(e.doc).source.clone());
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
