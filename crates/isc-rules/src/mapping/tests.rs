//! `MI002` over hand-made study documents: each reason, the fan-out cap, the tables'
//! directions, no pair within one Sector, which documents count, determinism.

use isc_graph::GraphBuilder;
use isc_model::{
    BodySource, CitationRecord, Document, EvidenceRecord, PartKind, StudyCitationRecord,
    StudyItemId, StudyItemRecord, ThemeRecord,
};

use super::*;
use crate::{Findings, Rule, RuleSet};

/// A study document of `item` (`ITU-D Question 1/2`), of period `period` if given.
fn study(source: &str, item: &str, period: Option<&str>) -> Document {
    let mut doc = Document::empty(source);
    doc.study = Some(StudyItemRecord {
        id: item.parse().unwrap(),
        period: period.map(|p| p.parse().unwrap()),
        continues: Vec::new(),
        sector_from: BodySource::Marker,
    });
    doc
}

fn evidence(text: &str, part: PartKind, line: u32) -> EvidenceRecord {
    EvidenceRecord {
        text: text.into(),
        span: Default::default(),
        part,
        clause: None,
        line,
        column: 1,
    }
}

/// `doc` on `theme` with `score`, through one phrase in `part`.
fn on(mut doc: Document, theme: &str, score: f64, part: PartKind) -> Document {
    let evidence = vec![evidence(theme, part, 3)];
    doc.themes.push(ThemeRecord { id: theme.into(), score, evidence });
    doc
}

/// `doc` citing resolution `id` (`PP 139 (Rev. Dubai, 2018)`).
fn cites_resolution(mut doc: Document, id: &str) -> Document {
    let r: isc_model::ResolutionRef = id.parse().unwrap();
    doc.citations.push(CitationRecord {
        body: r.body,
        number: r.number,
        edition: r.edition,
        body_from: Some(BodySource::Marker),
        text: format!("Resolution {}", r.number),
        span: Default::default(),
        line: 8,
        column: 1,
        part: PartKind::Preamble,
        clause: None,
        suppressed: false,
    });
    doc
}

/// `doc` naming study item `item` (`ITU-T Question 2/17`, `ITU-T SG17`).
fn cites_item(mut doc: Document, item: &str) -> Document {
    let id: StudyItemId = item.parse().unwrap();
    doc.study_citations.push(StudyCitationRecord {
        sector: Some(id.sector),
        item: id.kind,
        sector_from: Some(BodySource::Marker),
        text: item.into(),
        span: Default::default(),
        line: 9,
        column: 1,
        part: PartKind::Preamble,
    });
    doc
}

fn findings(docs: Vec<Document>, rules: &str) -> Findings {
    let mut builder = GraphBuilder::new();
    builder.extend(docs);
    let graph = builder.build();
    let config = RuleSet::from_toml(rules).unwrap().config::<Mapping>();
    let rule = Mapping::new(config);
    let mut acc = Findings::default();
    if rule.applies(&graph) {
        rule.run(&mut acc, &graph);
    }
    acc
}

/// The mapped pairs, one line each: `ITU-D>ITU-R Question 1/2 => WP 5A: theme+resolution`;
/// then the notes.
fn render(acc: &Findings) -> String {
    let mut res = String::new();
    for mappings in &acc.mappings {
        for table in &mappings.tables {
            for row in &table.rows {
                for target in &row.to {
                    let reasons: Vec<&str> = target.reasons.iter().map(|r| r.name()).collect();
                    res.push_str(&format!(
                        "{}>{} {} => {}: {}\n",
                        table.from,
                        table.to,
                        row.from,
                        target.id,
                        reasons.join("+")
                    ));
                }
            }
        }
        for note in &mappings.notes {
            res.push_str(&format!("note {} {} > {}\n", note.resolution, note.items, note.limit));
        }
    }
    res
}

#[track_caller]
fn check(docs: Vec<Document>, rules: &str, expected: &str) {
    let got = render(&findings(docs, rules));
    assert_eq!(got.trim(), expected.trim(), "\n{got}");
}

#[test]
fn a_shared_theme_maps_when_its_evidence_counts() {
    let d = on(study("d.txt", "ITU-D Question 1/2", None), "ict-health", 2.0, PartKind::Title);
    let r = on(study("r.txt", "ITU-R WP 5A", None), "ict-health", 1.5, PartKind::Operative);
    check(vec![d.clone(), r.clone()], "", "ITU-D>ITU-R Question 1/2 => WP 5A: theme");
    // Below the minimum score on one side: no pair.
    check(vec![d.clone(), r.clone()], "[MI002]\nmin_theme_score = 1.6\n", "");
    // Evidence in a part that does not count.
    let footnote = on(study("r.txt", "ITU-R WP 5A", None), "ict-health", 3.0, PartKind::Footnote);
    check(vec![d.clone(), footnote], "", "");
    // The reason switched off.
    check(vec![d, r], "[MI002]\nreasons = [\"cites\", \"resolution\"]\n", "");
}

#[test]
fn a_citation_of_the_other_item_maps_either_way() {
    let d = study("d.txt", "ITU-D Question 1/2", None);
    let t = cites_item(study("t.txt", "ITU-T Question 2/17", None), "ITU-D Question 1/2");
    // The row is the ITU-D Question although the ITU-T text does the citing.
    check(vec![d.clone(), t], "", "ITU-D>ITU-T Question 1/2 => Question 2/17: cites");
    // A citation of another Question of the same study group is not one of this Question.
    let t = study("t.txt", "ITU-T Question 2/17", None);
    let other = cites_item(d.clone(), "ITU-T Question 3/17");
    check(vec![other, t.clone()], "", "");
    // A citation of the study group counts only when the rule file says so.
    let group = cites_item(d, "ITU-T SG17");
    check(vec![group.clone(), t.clone()], "", "");
    check(
        vec![group, t],
        "[MI002]\ngroup_citations = true\n",
        "ITU-D>ITU-T Question 1/2 => Question 2/17: cites",
    );
}

#[test]
fn a_shared_resolution_maps_across_editions_unless_too_general() {
    let d =
        cites_resolution(study("d.txt", "ITU-D Question 1/2", None), "PP 139 (Rev. Dubai, 2018)");
    let r = cites_resolution(study("r.txt", "ITU-R WP 1B", None), "PP 139 (Rev. Bucharest, 2022)");
    let t = cites_resolution(study("t.txt", "ITU-T Question 2/5", None), "PP 139");
    check(
        vec![d.clone(), r.clone(), t.clone()],
        "",
        "ITU-D>ITU-R Question 1/2 => WP 1B: resolution\n\
         ITU-T>ITU-R Question 2/5 => WP 1B: resolution\n\
         ITU-D>ITU-T Question 1/2 => Question 2/5: resolution",
    );
    // Cited by three study items, more than two: too general, and said so.
    check(
        vec![d.clone(), r.clone(), t],
        "[MI002]\nresolution_max_items = 2\n",
        "note PP 139 3 > 2",
    );
    // The cap counts study items, not resolutions' own texts or duplicates.
    let again = cites_resolution(study("x.txt", "ITU-D Question 1/2", None), "PP 139");
    let mut pp = Document::empty("pp.txt");
    pp.id = Some("PP 140 (Rev. Dubai, 2018)".parse().unwrap());
    let pp = cites_resolution(pp, "PP 139");
    check(
        vec![d, r, again, pp],
        "[MI002]\nresolution_max_items = 2\n",
        "ITU-D>ITU-R Question 1/2 => WP 1B: resolution",
    );
}

#[test]
fn tables_run_from_development_and_standardization_towards_radiocommunication() {
    let theme = |source: &str, item: &str| {
        on(study(source, item, None), "climate-change", 1.0, PartKind::Title)
    };
    let docs = vec![
        theme("r.txt", "ITU-R WP 7C"),
        theme("t.txt", "ITU-T Question 9/5"),
        theme("d.txt", "ITU-D Question 6/2"),
    ];
    check(
        docs,
        "",
        "ITU-D>ITU-R Question 6/2 => WP 7C: theme\n\
         ITU-T>ITU-R Question 9/5 => WP 7C: theme\n\
         ITU-D>ITU-T Question 6/2 => Question 9/5: theme",
    );
}

#[test]
fn items_of_one_sector_never_map_to_each_other() {
    let theme = |source: &str, item: &str| {
        let doc = on(study(source, item, None), "cybersecurity", 1.0, PartKind::Title);
        cites_resolution(doc, "PP 130")
    };
    let d1 = cites_item(theme("d1.txt", "ITU-D Question 3/2"), "ITU-D Question 1/1");
    let docs = vec![
        d1,
        theme("d2.txt", "ITU-D Question 1/1"),
        theme("r1.txt", "ITU-R WP 4A"),
        theme("r2.txt", "ITU-R WP 4B"),
    ];
    check(
        docs,
        "",
        "ITU-D>ITU-R Question 1/1 => WP 4A: theme+resolution\n\
         ITU-D>ITU-R Question 1/1 => WP 4B: theme+resolution\n\
         ITU-D>ITU-R Question 3/2 => WP 4A: theme+resolution\n\
         ITU-D>ITU-R Question 3/2 => WP 4B: theme+resolution",
    );
}

#[test]
fn only_the_current_text_of_an_item_counts() {
    let old =
        on(study("a-old.txt", "ITU-D Question 2/1", Some("2018-2021")), "x", 1.0, PartKind::Title);
    let new = study("b-new.txt", "ITU-D Question 2/1", Some("2022-2025"));
    let r = on(study("r.txt", "ITU-R WP 5D", None), "x", 1.0, PartKind::Title);
    check(vec![old.clone(), new, r.clone()], "", "");
    // A Question a newer one continues is no longer studied.
    let mut successor = study("c.txt", "ITU-D Question 4/1", Some("2022-2025"));
    successor.study.as_mut().unwrap().continues = vec!["ITU-D Question 2/1".parse().unwrap()];
    check(vec![old.clone(), successor, r.clone()], "", "");
    // Alone, the older text is the current one.
    check(vec![old, r], "", "ITU-D>ITU-R Question 2/1 => WP 5D: theme");
}

#[test]
fn nothing_to_read_without_study_documents() {
    let mut pp = Document::empty("pp.txt");
    pp.id = Some("PP 130".parse().unwrap());
    let mut builder = GraphBuilder::new();
    builder.add_document(&on(pp, "cybersecurity", 1.0, PartKind::Title));
    assert!(!Mapping::default().applies(&builder.build()));
}

#[test]
fn the_same_documents_in_any_order_give_the_same_findings() {
    let mut docs = vec![
        on(study("d1.txt", "ITU-D Question 3/2", None), "a", 1.0, PartKind::Title),
        on(study("d2.txt", "ITU-D Question 1/2", None), "a", 1.0, PartKind::Title),
        on(study("r1.txt", "ITU-R WP 5D", None), "a", 1.0, PartKind::Title),
        on(study("r2.txt", "ITU-R WP 1A", None), "a", 1.0, PartKind::Title),
        on(study("t1.txt", "ITU-T Question 9/17", None), "a", 1.0, PartKind::Title),
        on(study("t2.txt", "ITU-T Question 2/2", None), "a", 1.0, PartKind::Title),
    ];
    let first = findings(docs.clone(), "");
    docs.reverse();
    docs.swap(1, 4);
    assert_eq!(findings(docs, ""), first);
    let rows: Vec<String> =
        first.mappings[0].tables[0].rows.iter().map(|r| r.from.clone()).collect();
    assert_eq!(rows, ["Question 1/2", "Question 3/2"]);
    let targets: Vec<&str> =
        first.mappings[0].tables[0].rows[0].to.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(targets, ["WP 1A", "WP 5D"]);
}

#[test]
fn bad_parameters_are_refused_with_the_rule_named() {
    for (text, says) in [
        ("[MI002]\nresolution_max_items = 0\n", "resolution_max_items"),
        ("[MI002]\nmin_theme_score = -1.0\n", "min_theme_score"),
        ("[MI002]\nreasons = [\"rumour\"]\n", "rumour"),
        ("[MI002]\nunknown = 1\n", "unknown"),
    ] {
        let e = RuleSet::from_toml(text).unwrap_err().to_string();
        assert!(e.contains("MI002") && e.contains(says), "{text}: {e}");
    }
}
