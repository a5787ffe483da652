//! `isc diff` over reports with mapping tables: pairs mapped now and not before, and the
//! reverse; reports without mapping tables compare as they always did.

use std::process::ExitCode;

use isc_engine::{Config, Document, Engine, diff};
use isc_suite::{isc, repo_root};

fn fixture() -> Vec<Document> {
    let path = repo_root().join("tests/fixtures/rules/MI002/basic/input.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_pair_mapped_before_and_not_now_is_a_change() {
    let engine = Engine::new(Config::new().with_threads(Some(1)));
    let before = engine.analyze_documents(fixture()).report;
    let without_wp5a: Vec<Document> =
        fixture().into_iter().filter(|d| d.source != "r-wp5a.txt").collect();
    let after = engine.analyze_documents(without_wp5a).report;
    let changes = diff(&before, &after);
    assert_eq!(changes.mappings_removed, ["MI002: ITU-D Question 5/2 -> ITU-R WP 5A"]);
    assert!(changes.mappings_added.is_empty());
    assert!(!changes.is_empty());
    let back = diff(&after, &before);
    assert_eq!(back.mappings_added, ["MI002: ITU-D Question 5/2 -> ITU-R WP 5A"]);
    assert!(diff(&before, &before).is_empty());

    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, report: &isc_engine::Report| {
        let path = dir.path().join(name);
        std::fs::write(&path, report.to_json()).unwrap();
        path.to_string_lossy().into_owned()
    };
    let (old, new) = (write("old.json", &before), write("new.json", &after));
    let (code, out, err) = isc(&["diff", &old, &new]);
    assert_eq!(code, ExitCode::from(1), "{err}");
    assert_eq!(out, "mapped pairs removed:\n  - MI002: ITU-D Question 5/2 -> ITU-R WP 5A\n");
    let (_, out, _) = isc(&["diff", "--format", "json", &old, &new]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["mappings_removed"][0], "MI002: ITU-D Question 5/2 -> ITU-R WP 5A");
    let (_, out, _) = isc(&["diff", "--format", "html", &old, &new]);
    assert!(out.contains("<h2>Mapped pairs removed</h2>"), "{out}");
    assert!(out.contains("ITU-R WP 5A"), "{out}");
    assert!(!out.contains("<p>No change.</p>"), "{out}");
}

#[test]
fn reports_without_mapping_tables_diff_as_before() {
    let engine = Engine::new(Config::new().with_threads(Some(1)));
    let mut documents = fixture();
    documents.retain(|d| d.study.is_none());
    let report = engine.analyze_documents(documents).report;
    let json = serde_json::to_value(diff(&report, &report)).unwrap();
    assert_eq!(json, serde_json::json!({"themes_added": [], "themes_dropped": [], "changes": []}));
}
