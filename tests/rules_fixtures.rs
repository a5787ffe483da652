//! Every rule's fixtures, run by one test: `tests/fixtures/rules/<ID>/<case>/` holds
//! `input.json` (the documents, as `isc scan --format jsonl` writes them, in one JSON array),
//! optionally `rules.toml` (a rule file), and `expected.json` (what rule `<ID>` finds, written by
//! hand from the input). A new rule's directory is picked up without touching this file.

use std::path::Path;

use isc_engine::Document;
use isc_graph::GraphBuilder;
use isc_rules::{Findings, RuleSet, registry};
use isc_suite::repo_root;
use serde_json::Value;

/// What rule `id` finds over the documents of `case`, with the case's rule file.
fn run_case(id: &str, case: &Path) -> Value {
    let read = |name: &str| std::fs::read_to_string(case.join(name));
    let input =
        read("input.json").unwrap_or_else(|e| panic!("{}: input.json: {e}", case.display()));
    let documents: Vec<Document> = serde_json::from_str(&input)
        .unwrap_or_else(|e| panic!("{}: input.json: {e}", case.display()));
    let rules = match read("rules.toml") {
        Ok(text) => RuleSet::from_toml(&text)
            .unwrap_or_else(|e| panic!("{}: rules.toml: {e}", case.display())),
        Err(_) => RuleSet::default(),
    };
    let mut builder = GraphBuilder::new();
    builder.extend(documents);
    let graph = builder.build();
    let rule = rules
        .build()
        .into_iter()
        .find(|r| r.id() == id)
        .unwrap_or_else(|| panic!("{}: no rule {id} in the registry", case.display()));
    let mut findings = Findings::default();
    if rule.applies(&graph) {
        rule.run(&mut findings, &graph);
    }
    serde_json::to_value(&findings).unwrap()
}

#[test]
fn every_rule_meets_its_fixtures() {
    let root = repo_root().join("tests/fixtures/rules");
    let mut rules: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).collect();
    rules.sort();
    let mut n_cases = 0;
    for dir in &rules {
        let id = dir.file_name().unwrap().to_string_lossy().into_owned();
        assert!(registry().iter().any(|r| r.id() == id), "{}: no rule {id}", dir.display());
        let mut cases: Vec<_> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        cases.sort();
        for case in cases.iter().filter(|c| c.is_dir()) {
            let expected = std::fs::read_to_string(case.join("expected.json")).unwrap();
            let expected: Value = serde_json::from_str(&expected).unwrap();
            let got = run_case(&id, case);
            assert_eq!(
                got,
                expected,
                "{}: got\n{}",
                case.display(),
                serde_json::to_string_pretty(&got).unwrap()
            );
            n_cases += 1;
        }
    }
    assert!(n_cases >= 2, "the fixtures hold {n_cases} cases");
}

#[test]
fn every_registered_rule_has_fixtures() {
    let root = repo_root().join("tests/fixtures/rules");
    for rule in registry() {
        let dir = root.join(rule.id());
        assert!(dir.is_dir(), "rule {} has no fixture directory {}", rule.id(), dir.display());
    }
}
