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
use std::sync::Arc;

use isc_model::{CitationRecord, Document, Edition, ResolutionId, ResolutionRef, ThemeRecord};
use petgraph::Direction;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::Serialize;

pub use export::GraphFormat;

/// A document's number in the graph, in canonical (source) order. Only the graph makes them
/// ([`ResolutionGraph::doc_ids`], and the edges and nodes it returns).
///
/// ```compile_fail
/// let forged = isc_graph::DocId(0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DocId(u32);

impl DocId {
    /// The document's place in [`ResolutionGraph::documents`].
    pub fn index(self) -> u32 {
        self.0
    }
}

/// A node of the graph. Only the graph makes them: a node id names a node of the graph it came
/// from.
///
/// ```compile_fail
/// let forged = isc_graph::NodeId(0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct NodeId(u32);

impl NodeId {
    /// The node's number in its graph, as exports write it.
    pub fn index(self) -> u32 {
        self.0
    }

    fn graph_index(self) -> NodeIndex<u32> {
        NodeIndex::new(self.0 as usize)
    }

    fn of(index: NodeIndex<u32>) -> Self {
        NodeId(u32::try_from(index.index()).expect("petgraph's u32 indices fit in u32"))
    }
}

/// A resolution: every edition of it folded into one node (ITU-R revisions `6-1`, `6-2` are
/// editions of `RA ITU-R 6`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct ThemeNode {
    /// Its lexicon id.
    pub id: String,
}

/// What a node is: a view of its data in the graph.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
#[non_exhaustive]
pub enum Node<'a> {
    /// A resolution, all editions folded.
    Resolution(&'a ResolutionNode),
    /// One text.
    Edition(&'a EditionNode),
    /// A theme.
    Theme(&'a ThemeNode),
}

/// A citation from an edition to a resolution: the citation record is
/// [`ResolutionGraph::citation`]`(&cites)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Cites {
    /// The citing document.
    pub doc: DocId,
    /// The citation's index among the document's citations.
    pub index: u32,
}

/// An edition's text is on a theme: the theme record (score and evidence) is
/// [`ResolutionGraph::theme_record`]`(&on)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct OnTheme {
    /// The document.
    pub doc: DocId,
    /// The theme's index among the document's themes.
    pub index: u32,
}

/// What an edge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
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
#[non_exhaustive]
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
        if self.documents.is_empty() {
            // Collecting a vector's own iterator reuses its buffer: the documents are not moved.
            self.documents = documents.into_iter().collect();
        } else {
            self.documents.extend(documents);
        }
    }

    /// Builds the graph. Documents are numbered in (source, part) order, so the graph does not
    /// depend on the order they were added in.
    ///
    /// Resolutions are matched by sorting: every identity and citation becomes a (resolution,
    /// slot) pair, one sort groups them, and each slot learns its node.
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
        let n_themes: usize = documents.iter().map(|d| d.themes.len()).sum();
        // Each resolution counts as its family: the ITU-R revision counter is left out.
        let mut keyed: Vec<(ResolutionId, u32)> = Vec::with_capacity(n_docs + n_citations);
        // Theme ids with their number in order of first appearance, kept sorted by id (a lexicon
        // has few themes: a binary search beats hashing every id); `theme_of` holds that number
        // for every theme record, in document order.
        let mut first_seen: Vec<(&str, u32)> = Vec::new();
        let mut theme_of: Vec<u32> = Vec::with_capacity(n_themes);
        // The documents that say a resolution they cite is suppressed, for `link_endings`.
        let mut endings: Vec<u32> = Vec::new();
        let mut flat = n_docs;
        // One pass over the documents reads everything the graph needs before its nodes.
        for (i, document) in documents.iter().enumerate() {
            if let Some(id) = document.id.as_ref().and_then(ResolutionRef::id) {
                keyed.push((id.family(), slot(i)));
            }
            let mut suppresses = false;
            for citation in &document.citations {
                if let Some(body) = citation.body {
                    keyed.push((ResolutionId::new(body, citation.number).family(), slot(flat)));
                }
                suppresses |= citation.suppressed;
                flat += 1;
            }
            if suppresses {
                endings.push(slot(i));
            }
            for theme in &document.themes {
                let id = theme.id.as_str();
                let seen = match first_seen.binary_search_by(|(t, _)| (*t).cmp(id)) {
                    Ok(at) => first_seen[at].1,
                    Err(at) => {
                        first_seen.insert(at, (id, slot(first_seen.len())));
                        slot(first_seen.len() - 1)
                    }
                };
                theme_of.push(seen);
            }
        }
        let themes = first_seen;
        // At most one resolution per key; the room left over is given back below.
        res.graph.reserve_nodes(keyed.len() + themes.len() + n_docs);
        res.resolutions.reserve_exact(keyed.len());
        res.editions.reserve_exact(n_docs);
        res.graph.reserve_edges(n_docs + n_citations + n_themes + n_docs);
        // Resolution nodes first, in id order, so node `i` is the `i`-th resolution.
        let mut target = vec![u32::MAX; n_docs + n_citations];
        // Sorting groups the slots by resolution; within one, their order does not matter.
        keyed.sort_unstable();
        for (id, position) in keyed {
            if res.resolutions.last().is_none_or(|r| r.id != id) {
                res.resolutions.push(ResolutionNode {
                    id,
                    editions: Vec::new(),
                    external: true,
                    suppressed_by: None,
                });
                res.graph.add_node(());
            }
            target[position as usize] = slot(res.resolutions.len() - 1);
        }
        res.resolutions.shrink_to_fit();
        // Theme nodes, in id order; `theme_node[k]` is the node of the k-th theme seen.
        let mut theme_node = vec![NodeIndex::end(); themes.len()];
        for &(theme, seen) in &themes {
            res.themes.push(ThemeNode { id: theme.to_owned() });
            let node = res.graph.add_node(());
            res.by_theme.insert(theme.to_owned(), NodeId::of(node));
            theme_node[seen as usize] = node;
        }
        // `rank[k]` is the k-th theme seen's place in id order, which indexes `on_theme`.
        let mut rank = vec![0; themes.len()];
        for (i, &(_, seen)) in themes.iter().enumerate() {
            rank[seen as usize] = i;
        }
        res.on_theme = vec![Vec::new(); themes.len()];
        let duplicates = duplicates(&documents, &target);
        // One edition node per document, then its edges.
        let mut flat = n_docs;
        let mut flat_theme = 0;
        for (i, document) in documents.iter().enumerate() {
            let doc = DocId(slot(i));
            let resolution = (target[i] != u32::MAX).then(|| NodeId(target[i]));
            let duplicate_of = duplicates[i];
            res.editions.push(EditionNode {
                doc,
                id: document.id.as_ref().and_then(ResolutionRef::id),
                resolution,
                edition: document.id.as_ref().and_then(|r| r.edition.clone()),
                superseded: false,
                duplicate_of,
            });
            let node = res.graph.add_node(());
            if let Some(resolution) = resolution {
                res.graph.add_edge(node, resolution.graph_index(), Edge::EditionOf);
            }
            let first_citation = flat;
            flat += document.citations.len();
            let first_theme = flat_theme;
            flat_theme += document.themes.len();
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
            for index in 0..document.themes.len() {
                let seen = theme_of[first_theme + index] as usize;
                let on = OnTheme { doc, index: slot(index) };
                res.graph.add_edge(node, theme_node[seen], Edge::OnTheme(on));
            }
            // The same theme twice in one text is listed as its incoming edges come: last first.
            for index in (0..document.themes.len()).rev() {
                let seen = theme_of[first_theme + index] as usize;
                res.on_theme[rank[seen]].push(OnTheme { doc, index: slot(index) });
            }
        }
        res.documents = Arc::new(documents);
        res.link_editions();
        res.link_endings(&endings);
        res
    }
}

/// How editions of one resolution are ordered: year, ITU-R revision counter, `Rev.`, document,
/// and the edition's node.
type EditionKey = (Option<u16>, Option<u16>, bool, DocId, NodeId);

/// A position as the `u32` the graph stores; corpora past 4 billion items are out of scope.
fn slot(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// For each document, the first document (in `DocId` order) with the same resolution and
/// edition, if it is not itself the first.
fn duplicates(documents: &[Document], target: &[u32]) -> Vec<Option<DocId>> {
    let mut keyed: Vec<(u32, u32)> = (0..documents.len())
        .filter(|&i| target[i] != u32::MAX)
        .map(|i| (target[i], slot(i)))
        .collect();
    // The documents of one resolution stay in `DocId` order.
    keyed.sort_unstable();
    let edition = |i: u32| documents[i as usize].id.as_ref().and_then(|r| r.edition.as_ref());
    let mut res = vec![None; documents.len()];
    for group in keyed.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        let mut group: Vec<(Option<&Edition>, u32)> =
            group.iter().map(|&(_, i)| (edition(i), i)).collect();
        group.sort_unstable();
        for pair in group.windows(2) {
            if pair[0].0 == pair[1].0 {
                let first = res[pair[0].1 as usize].unwrap_or(DocId(pair[0].1));
                res[pair[1].1 as usize] = Some(first);
            }
        }
    }
    res
}

/// The graph of resolutions, editions and themes. Build it with [`GraphBuilder`].
#[derive(Debug, Clone, Default)]
pub struct ResolutionGraph {
    /// The edges. The nodes' data is kept beside the graph, by kind: resolutions first (node `i`
    /// is the `i`-th resolution in id order), then themes in id order, then one edition per
    /// document in `DocId` order. A small node table makes adding millions of edges to
    /// resolutions all over it cheap.
    graph: DiGraph<(), Edge, u32>,
    resolutions: Vec<ResolutionNode>,
    themes: Vec<ThemeNode>,
    editions: Vec<EditionNode>,
    by_theme: BTreeMap<String, NodeId>,
    /// For each theme in id order, its on-theme edges in the order [`ResolutionGraph::on_theme`]
    /// lists them.
    on_theme: Vec<Vec<OnTheme>>,
    /// The documents, in `DocId` order; edges point into them, and findings may quote them.
    documents: Arc<Vec<Document>>,
}

impl ResolutionGraph {
    /// The node of the first edition: edition nodes follow resolutions and themes.
    fn first_edition(&self) -> usize {
        self.resolutions.len() + self.themes.len()
    }

    fn node(&self, node: NodeId) -> Option<Node<'_>> {
        let i = node.0 as usize;
        let (n_resolutions, first_edition) = (self.resolutions.len(), self.first_edition());
        if i < n_resolutions {
            Some(Node::Resolution(&self.resolutions[i]))
        } else if i < first_edition {
            Some(Node::Theme(&self.themes[i - n_resolutions]))
        } else {
            self.editions.get(i - first_edition).map(Node::Edition)
        }
    }

    fn edition_mut(&mut self, node: NodeId) -> Option<&mut EditionNode> {
        let first_edition = self.first_edition();
        (node.0 as usize).checked_sub(first_edition).and_then(|i| self.editions.get_mut(i))
    }

    /// Orders each resolution's editions and marks the superseded ones.
    fn link_editions(&mut self) {
        // (resolution, doc) for every counted edition, grouped by resolution, each resolution's
        // editions in `DocId` order.
        let mut editions: Vec<(u32, u32)> = self
            .editions
            .iter()
            .filter_map(|e| {
                let resolution = e.resolution?;
                if e.duplicate_of.is_some() {
                    return None;
                }
                Some((resolution.0, e.doc.0))
            })
            .collect();
        editions.sort_unstable();
        let first_edition = self.first_edition();
        let node = |doc: u32| NodeId(slot(first_edition + doc as usize));
        for group in editions.chunk_by(|a, b| a.0 == b.0) {
            let nodes: Vec<NodeId> = if let [(_, doc)] = group {
                vec![node(*doc)]
            } else {
                // Oldest first.
                let mut keys: Vec<EditionKey> =
                    group.iter().map(|&(_, doc)| self.edition_key(node(doc))).collect();
                keys.sort_unstable();
                keys.iter().map(|k| k.4).collect()
            };
            for pair in nodes.windows(2) {
                self.graph.add_edge(pair[1].graph_index(), pair[0].graph_index(), Edge::Supersedes);
                if let Some(older) = self.edition_mut(pair[0]) {
                    older.superseded = true;
                }
            }
            if let Some(resolution) = self.resolutions.get_mut(group[0].0 as usize) {
                resolution.external = false;
                resolution.editions = nodes;
            }
        }
    }

    /// How an edition sorts among the editions of its resolution.
    fn edition_key(&self, node: NodeId) -> EditionKey {
        let e = self.edition(node).expect("the node of a document is an edition");
        let (year, revision) = e.edition.as_ref().map_or((None, false), |x| (x.year, x.revision));
        let counter = e.id.and_then(|id| id.number.revision);
        (year, counter, revision, e.doc, node)
    }

    /// Marks the resolutions a current text says are suppressed or merged into another; `endings`
    /// are the documents that say so of a resolution they cite.
    fn link_endings(&mut self, endings: &[u32]) {
        let mut res: Vec<(NodeId, ResolutionId)> = Vec::new();
        for &i in endings {
            let document = &self.documents[i as usize];
            let Some(edition) = self.editions.get(i as usize) else { continue };
            if edition.superseded || edition.duplicate_of.is_some() {
                continue;
            }
            let Some(by) = document.id.as_ref().and_then(ResolutionRef::id) else { continue };
            for citation in document.citations.iter().filter(|c| c.suppressed) {
                let Some(target) = citation.resolution().id().filter(|&t| t != by) else {
                    continue;
                };
                if let Some(node) = self.resolution_node(&target) {
                    res.push((node, by));
                }
            }
        }
        for (node, by) in res {
            if let Some(r) = self.resolutions.get_mut(node.0 as usize) {
                r.suppressed_by.get_or_insert(by);
            }
        }
    }

    /// Every node.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeId, Node<'_>)> {
        let nodes = (self.resolutions.iter().map(Node::Resolution))
            .chain(self.themes.iter().map(Node::Theme))
            .chain(self.editions.iter().map(Node::Edition));
        nodes.enumerate().map(|(i, node)| (NodeId(slot(i)), node))
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
        let family = id.family();
        self.resolutions.binary_search_by(|r| r.id.cmp(&family)).ok().map(|i| NodeId(slot(i)))
    }

    /// A resolution's folded node (any ITU-R revision of it names the same node).
    pub fn resolution(&self, id: &ResolutionId) -> Option<&ResolutionNode> {
        self.resolutions.get(self.resolution_node(id)?.0 as usize)
    }

    /// Every resolution, in id order.
    pub fn resolutions(&self) -> impl Iterator<Item = &ResolutionNode> {
        self.resolutions.iter()
    }

    /// Every document, in `DocId` order (sorted by source and part).
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// The documents, shared: for findings that quote them rather than copy from them (see
    /// [`isc_model::Member::quoting`]).
    pub fn shared_documents(&self) -> &Arc<Vec<Document>> {
        &self.documents
    }

    /// The id of every document, in `DocId` order: the id of `documents()[i]` is the `i`-th.
    pub fn doc_ids(&self) -> impl Iterator<Item = DocId> + use<'_> {
        (0..self.documents.len()).map(|i| DocId(slot(i)))
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
        (node.0 as usize).checked_sub(self.first_edition()).and_then(|i| self.editions.get(i))
    }

    /// The edition node of a document.
    pub fn edition_node(&self, doc: DocId) -> Option<NodeId> {
        let i = doc.0 as usize;
        (i < self.editions.len()).then(|| NodeId(slot(self.first_edition() + i)))
    }

    /// The resolution an edition node belongs to.
    pub fn resolution_of(&self, edition: NodeId) -> Option<&ResolutionNode> {
        let node = self.edition(edition)?.resolution?;
        self.resolutions.get(node.0 as usize)
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
        self.on_theme_edges(theme)
            .iter()
            .map(|on| {
                (NodeId(slot(self.first_edition() + on.doc.0 as usize)), self.theme_record(on))
            })
            .collect()
    }

    /// The on-theme edges of `theme`, in the order [`ResolutionGraph::on_theme`] lists them.
    pub fn on_theme_edges(&self, theme: &str) -> &[OnTheme] {
        let Some(&node) = self.by_theme.get(theme) else { return &[] };
        // Theme nodes follow the resolution nodes, in id order.
        &self.on_theme[node.0 as usize - self.resolutions.len()]
    }

    /// The citations of a resolution: the citing edition and the citation, in document and
    /// source order.
    pub fn cited_by(&self, id: &ResolutionId) -> Vec<(NodeId, &CitationRecord)> {
        let Some(node) = self.resolution_node(id) else { return Vec::new() };
        let mut res: Vec<(NodeId, u32, &CitationRecord)> = self
            .graph
            .edges_directed(node.graph_index(), Direction::Incoming)
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
            .edges_directed(edition.graph_index(), Direction::Outgoing)
            .filter_map(|e| match (e.weight(), self.resolutions.get(e.target().index())) {
                (Edge::Cites(c), Some(r)) => Some((c.index, r.id, self.citation(c))),
                _ => None,
            })
            .collect();
        res.sort_by_key(|&(index, _, _)| index);
        res.into_iter().map(|(_, id, c)| (id, c)).collect()
    }

    /// Counts over the graph.
    pub fn summary(&self) -> Summary {
        let mut res = Summary {
            themes: self.by_theme.len(),
            resolutions: self.resolutions.len(),
            editions: self.editions.len(),
            ..Summary::default()
        };
        for r in &self.resolutions {
            res.external += usize::from(r.external);
        }
        for e in &self.editions {
            res.superseded += usize::from(e.superseded);
            res.duplicates += usize::from(e.duplicate_of.is_some());
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
        match self.node(node).expect("the node is in this graph") {
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
