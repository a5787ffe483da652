//! The rules as a registry: a corpus of resolutions only runs `MI001` alone and reports as it
//! always did, and study-group documents beside the resolutions leave `MI001`'s findings as
//! they were.

use isc_engine::{Config, Engine};
use isc_suite::corpus_dir;

#[test]
fn resolutions_alone_run_mi001_alone() {
    let engine = Engine::new(Config::new().with_threads(Some(1)));
    let analysis = engine.analyze(&[corpus_dir().join("resolutions")]).unwrap();
    let ids: Vec<&str> = analysis.report.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["MI001"]);
    let json: serde_json::Value = serde_json::from_str(&analysis.report.to_json()).unwrap();
    assert!(json.get("mappings").is_none(), "no mapping section without study documents");
}

#[test]
fn study_documents_leave_mi001_as_it_was() {
    let engine = Engine::new(Config::new().with_threads(Some(1)));
    let scan = engine.scan_paths(&[corpus_dir().join("resolutions")]).unwrap();
    let before = engine.analyze_documents(scan.documents.clone()).report;
    let mut documents = scan.documents;
    let fixture = corpus_dir().join("../tests/fixtures/rules/MI002/basic/input.json");
    let study: Vec<isc_engine::Document> =
        serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    documents.extend(study.into_iter().filter(|d| d.study.is_some()));
    let after = engine.analyze_documents(documents).report;
    assert_eq!(after.proposals, before.proposals);
    assert_eq!(after.near_misses, before.near_misses);
    let ids: Vec<&str> = after.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["MI001", "MI002"]);
    assert_eq!(after.mappings.len(), 1);
    assert_eq!(after.mappings[0].rule, "MI002");
}
