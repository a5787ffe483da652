//! Writing the graph for Graphviz (DOT), Gephi and yEd (GraphML), or any program (JSON).

use std::fmt::Write as _;

use serde::Serialize;

use crate::{Edge, Node, NodeId, ResolutionGraph};

/// The formats [`ResolutionGraph::export`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum GraphFormat {
    /// Graphviz DOT.
    Dot,
    /// GraphML, read by Gephi and yEd.
    GraphMl,
    /// JSON: `{"nodes": [...], "edges": [...]}` with every node's and edge's data.
    Json,
}

fn kind(node: Node<'_>) -> &'static str {
    match node {
        Node::Resolution(_) => "resolution",
        Node::Edition(_) => "edition",
        Node::Theme(_) => "theme",
    }
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[derive(Serialize)]
struct JsonNode<'a> {
    id: NodeId,
    label: String,
    #[serde(flatten)]
    node: Node<'a>,
    /// The input an edition was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonEdge<'a> {
    source: NodeId,
    target: NodeId,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    citation: Option<&'a isc_model::CitationRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    theme: Option<&'a isc_model::ThemeRecord>,
}

#[derive(Serialize)]
struct JsonGraph<'a> {
    nodes: Vec<JsonNode<'a>>,
    edges: Vec<JsonEdge<'a>>,
}

impl ResolutionGraph {
    /// Writes the whole graph in `format`. The output is deterministic.
    pub fn export(&self, format: GraphFormat) -> String {
        match format {
            GraphFormat::Dot => self.to_dot(),
            GraphFormat::GraphMl => self.to_graphml(),
            GraphFormat::Json => {
                let graph = JsonGraph {
                    nodes: self
                        .nodes()
                        .map(|(id, node)| JsonNode {
                            id,
                            label: self.label(id),
                            node,
                            source: self.edition_document(id).map(|d| d.source.as_str()),
                        })
                        .collect(),
                    edges: self
                        .edges()
                        .map(|(source, target, edge)| JsonEdge {
                            source,
                            target,
                            kind: edge.kind(),
                            citation: match edge {
                                Edge::Cites(c) => Some(self.citation(c)),
                                _ => None,
                            },
                            theme: match edge {
                                Edge::OnTheme(on) => Some(self.theme_record(on)),
                                _ => None,
                            },
                        })
                        .collect(),
                };
                serde_json::to_string_pretty(&graph)
                    .expect("graph data serializes: no maps with non-string keys")
            }
        }
    }

    fn to_dot(&self) -> String {
        let mut res = String::from("digraph isc {\n  rankdir=LR;\n");
        for (id, node) in self.nodes() {
            let shape = match node {
                Node::Resolution(r) if r.external => "box, style=dashed",
                Node::Resolution(_) => "box",
                Node::Edition(e) if e.superseded => "note, style=dotted",
                Node::Edition(_) => "note",
                Node::Theme(_) => "ellipse",
            };
            let _ = writeln!(
                res,
                "  n{} [label=\"{}\", shape={shape}, kind={}];",
                id.0,
                dot_escape(&self.label(id)),
                kind(node)
            );
        }
        for (source, target, edge) in self.edges() {
            let _ = writeln!(res, "  n{} -> n{} [label=\"{}\"];", source.0, target.0, edge.kind());
        }
        res.push_str("}\n");
        res
    }

    fn to_graphml(&self) -> String {
        let mut res = String::from(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
            "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
            "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n",
            "  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n",
            "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n",
            "  <graph id=\"isc\" edgedefault=\"directed\">\n",
        ));
        for (id, node) in self.nodes() {
            let _ = writeln!(
                res,
                "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"kind\">{}</data></node>",
                id.0,
                xml_escape(&self.label(id)),
                kind(node)
            );
        }
        for (i, (source, target, edge)) in self.edges().enumerate() {
            let evidence = match edge {
                Edge::Cites(c) => self.citation(c).text.clone(),
                Edge::OnTheme(on) => self
                    .theme_record(on)
                    .evidence
                    .iter()
                    .map(|e| e.text.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => String::new(),
            };
            let _ = writeln!(
                res,
                "    <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\"><data key=\"ekind\">{}</data><data key=\"evidence\">{}</data></edge>",
                source.0,
                target.0,
                edge.kind(),
                xml_escape(&evidence)
            );
        }
        res.push_str("  </graph>\n</graphml>\n");
        res
    }
}
