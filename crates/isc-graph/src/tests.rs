//! Graph tests over small hand-built documents.

use isc_model::{
    CitationRecord, Document, EvidenceRecord, PartKind, ResolutionId, ResolutionRef, ThemeRecord,
};

use super::*;

fn evidence(text: &str, part: PartKind) -> EvidenceRecord {
    EvidenceRecord {
        text: text.to_owned(),
        span: Default::default(),
        part,
        clause: None,
        line: 1,
        column: 1,
    }
}

/// A document `id` (`PP 70 (Rev. Dubai, 2018)`) on `themes`, citing `cites`.
fn doc(source: &str, id: &str, themes: &[&str], cites: &[&str]) -> Document {
    let mut res = Document::empty(source);
    res.id = Some(id.parse::<ResolutionRef>().unwrap());
    res.themes = themes
        .iter()
        .map(|t| ThemeRecord {
            id: (*t).to_owned(),
            score: 3.0,
            evidence: vec![evidence(t, PartKind::Title)],
        })
        .collect();
    res.citations = cites
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let r: ResolutionRef = c.parse().unwrap();
            CitationRecord {
                body: r.body,
                number: r.number,
                edition: r.edition,
                body_from: None,
                text: format!("Resolution {}", r.number),
                span: isc_model::Span::new(i * 10, i * 10 + 5),
                line: 1,
                column: 1,
                part: PartKind::Operative,
                clause: None,
                suppressed: false,
            }
        })
        .collect();
    res
}

fn id(text: &str) -> ResolutionId {
    text.parse().unwrap()
}

#[test]
fn editions_fold_into_one_resolution_and_the_newest_is_current() {
    let mut builder = GraphBuilder::new();
    builder.add_document(&doc(
        "b.txt",
        "PP 70 (Rev. Dubai, 2018)",
        &["gender-equality"],
        &["PP 71"],
    ));
    builder.add_document(&doc("a.txt", "PP 70 (Minneapolis, 1998)", &["gender-equality"], &[]));
    builder.add_document(&doc("c.txt", "PP 70 (Rev. Guadalajara, 2010)", &[], &[]));
    let graph = builder.build();
    let pp70 = graph.resolution(&id("PP 70")).unwrap();
    assert!(!pp70.external);
    let history: Vec<String> = pp70.editions.iter().map(|&n| graph.label(n)).collect();
    assert_eq!(
        history,
        ["PP 70 (Minneapolis, 1998)", "PP 70 (Rev. Guadalajara, 2010)", "PP 70 (Rev. Dubai, 2018)"]
    );
    let current = graph.current_edition(&id("PP 70")).unwrap();
    assert!(!graph.edition(current).unwrap().superseded);
    assert!(graph.edition(pp70.editions[0]).unwrap().superseded);
    let summary = graph.summary();
    assert_eq!(
        (summary.resolutions, summary.external, summary.editions, summary.superseded),
        (2, 1, 3, 2)
    );
    assert_eq!(graph.edges().filter(|(_, _, e)| matches!(e, Edge::Supersedes)).count(), 2);
}

#[test]
fn cited_resolutions_absent_from_the_corpus_are_external_nodes() {
    let mut builder = GraphBuilder::new();
    builder.add_document(&doc(
        "a.txt",
        "WTSA 44 (Rev. Dubai, 2012)",
        &[],
        &["PP 123 (Rev. Busan, 2014)", "PP 123"],
    ));
    let graph = builder.build();
    let cited = graph.cited_by(&id("PP 123"));
    assert_eq!(cited.len(), 2);
    assert_eq!(cited[0].1.edition.as_ref().unwrap().to_string(), "(Rev. Busan, 2014)");
    assert!(graph.resolution(&id("PP 123")).unwrap().external);
    assert_eq!(graph.cites(graph.edition_node(DocId(0)).unwrap()).len(), 2);
}

#[test]
fn duplicate_documents_are_reported_not_counted() {
    let mut builder = GraphBuilder::new();
    builder.add_document(&doc(
        "a.txt",
        "PP 70 (Rev. Dubai, 2018)",
        &["gender-equality"],
        &["PP 71"],
    ));
    builder.add_document(&doc(
        "b.txt",
        "PP 70 (Rev. Dubai, 2018)",
        &["gender-equality"],
        &["PP 71"],
    ));
    let graph = builder.build();
    assert_eq!(graph.summary().duplicates, 1);
    assert_eq!(graph.on_theme("gender-equality").len(), 1);
    assert_eq!(graph.cited_by(&id("PP 71")).len(), 1);
    let second = graph.edition(graph.edition_node(DocId(1)).unwrap()).unwrap();
    assert_eq!(second.duplicate_of, Some(DocId(0)));
}

#[test]
fn order_of_documents_does_not_matter() {
    let docs = [
        doc("x/3.txt", "WTDC 37 (Rev. Buenos Aires, 2017)", &["digital-inclusion"], &["PP 139"]),
        doc("x/1.txt", "PP 139 (Rev. Dubai, 2018)", &["digital-inclusion"], &[]),
        doc("x/2.txt", "PP 139 (Rev. Busan, 2014)", &["digital-inclusion"], &[]),
    ];
    let build = |order: &[usize]| {
        let mut builder = GraphBuilder::new();
        for &i in order {
            builder.add_document(&docs[i]);
        }
        let graph = builder.build();
        (
            graph.export(GraphFormat::Json),
            graph.export(GraphFormat::Dot),
            graph.export(GraphFormat::GraphMl),
        )
    };
    assert_eq!(build(&[0, 1, 2]), build(&[2, 0, 1]));
}

#[test]
fn exports_name_every_edge_kind() {
    let mut builder = GraphBuilder::new();
    builder.add_document(&doc(
        "a.txt",
        "PP 70 (Rev. Dubai, 2018)",
        &["gender-equality"],
        &["WTDC 55"],
    ));
    builder.add_document(&doc("b.txt", "PP 70 (Rev. Guadalajara, 2010)", &[], &[]));
    let graph = builder.build();
    let dot = graph.export(GraphFormat::Dot);
    for kind in ["edition-of", "supersedes", "cites", "on-theme"] {
        assert!(dot.contains(&format!("[label=\"{kind}\"]")), "{dot}");
    }
    assert!(dot.contains("label=\"PP 70 (Rev. Dubai, 2018)\""));
    let graphml = graph.export(GraphFormat::GraphMl);
    assert!(graphml.contains("<data key=\"ekind\">cites</data>"));
    let json: serde_json::Value = serde_json::from_str(&graph.export(GraphFormat::Json)).unwrap();
    // Two resolutions, two editions, one theme.
    assert_eq!(json["nodes"].as_array().unwrap().len(), 5);
}

#[test]
fn a_current_text_saying_a_resolution_is_suppressed_ends_it() {
    let mut ending =
        doc("b.txt", "PP 136 (Rev. Dubai, 2018)", &["emergency-telecommunications"], &["PP 36"]);
    ending.citations[0].suppressed = true;
    let mut builder = GraphBuilder::new();
    builder.add_document(&ending);
    builder.add_document(&doc(
        "a.txt",
        "PP 36 (Rev. Guadalajara, 2010)",
        &["emergency-telecommunications"],
        &[],
    ));
    let graph = builder.build();
    assert_eq!(graph.resolution(&id("PP 36")).unwrap().suppressed_by, Some(id("PP 136")));
    assert_eq!(graph.resolution(&id("PP 136")).unwrap().suppressed_by, None);
}

#[test]
fn itu_r_revisions_are_editions_of_one_resolution() {
    let mut builder = GraphBuilder::new();
    builder.add_document(&doc("b.txt", "RA ITU-R 6-2 (Rev. Geneva, 2015)", &[], &["RA ITU-R 6-1"]));
    builder.add_document(&doc("a.txt", "RA ITU-R 6-1 (Rev. Istanbul, 2000)", &[], &[]));
    let graph = builder.build();
    let ra6 = graph.resolution(&id("RA ITU-R 6")).unwrap();
    assert_eq!(ra6.editions.len(), 2);
    assert!(graph.edition(ra6.editions[0]).unwrap().superseded);
    assert_eq!(graph.edition(ra6.editions[1]).unwrap().id, Some(id("RA ITU-R 6-2")));
    assert_eq!(
        graph.resolution(&id("RA ITU-R 6-1")),
        Some(ra6),
        "any revision names the resolution"
    );
    // A text citing its own older revision does not cite another resolution.
    assert!(graph.cited_by(&id("RA ITU-R 6")).is_empty());
}

#[test]
fn resolutions_with_huge_numbers_sort_like_the_others() {
    let mut builder = GraphBuilder::new();
    builder.add_document(&doc(
        "a.txt",
        "WTSA 44 (Rev. Dubai, 2012)",
        &[],
        &["PP 4000000000", "PP 12", "RA ITU-R 600000000-2", "PP 12"],
    ));
    builder.add_document(&doc("b.txt", "PP 12 (Rev. Dubai, 2018)", &[], &["PP 4000000000"]));
    let graph = builder.build();
    let ids: Vec<String> = graph.resolutions().map(|r| r.id.to_string()).collect();
    assert_eq!(ids, ["PP 12", "PP 4000000000", "RA ITU-R 600000000", "WTSA 44"]);
    assert_eq!(graph.cited_by(&id("PP 4000000000")).len(), 2);
    assert_eq!(graph.cited_by(&id("PP 12")).len(), 2);
    assert!(!graph.resolution(&id("PP 12")).unwrap().external);
}
