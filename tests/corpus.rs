//! The sample corpus read end to end: every document's identity and citations must equal the
//! hand-written `corpus/expected/citations.json`.

use std::collections::BTreeMap;

use isc_engine::{Config, Engine};
use isc_suite::{corpus_dir, expected_key, multiset_diff, render};
use serde_json::Value;

#[test]
fn corpus_identities_and_citations_match_expected() {
    let corpus = corpus_dir();
    let expected: BTreeMap<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(corpus.join("expected/citations.json")).unwrap(),
    )
    .unwrap();
    let scan = Engine::new(Config::new()).scan_paths(&[&corpus]).unwrap();
    assert!(
        scan.skipped.iter().all(|s| s.severity == isc_engine::Severity::Info),
        "{:?}",
        scan.skipped
    );

    let mut failures = Vec::new();
    let mut seen = Vec::new();
    // Study-group documents are checked against expected/questions.json (tests/questions.rs).
    for document in scan.documents.iter().filter(|d| d.study.is_none()) {
        let key = expected_key(document, &corpus);
        seen.push(key.clone());
        let Some(want) = expected.get(&key) else {
            failures.push(format!("{key}: no entry in expected/citations.json"));
            continue;
        };
        let want_id = want["id"].as_str().map(str::to_owned);
        let got_id = document.id.as_ref().map(render);
        if want_id != got_id {
            failures.push(format!("{key}: identity {got_id:?}, expected {want_id:?}"));
        }
        let want_citations: Vec<String> = want["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect();
        let got_citations: Vec<String> =
            document.citations.iter().map(|c| render(&c.resolution())).collect();
        let (missed, spurious) = multiset_diff(&want_citations, &got_citations);
        if !missed.is_empty() || !spurious.is_empty() {
            failures.push(format!("{key}: missed {missed:?}, spurious {spurious:?}"));
        }
        // Informational notes (front matter kept as other text) are not problems.
        let problems =
            document.diagnostics.iter().filter(|d| d.severity > isc_engine::Severity::Info);
        for diagnostic in problems {
            failures.push(format!(
                "{key}:{}:{}: unexpected diagnostic: {}",
                diagnostic.line, diagnostic.column, diagnostic.message
            ));
        }
    }
    for key in expected.keys() {
        if !seen.contains(key) {
            failures.push(format!("{key}: expected but not read"));
        }
    }
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
    assert!(
        scan.documents.iter().filter(|d| d.study.is_none()).count() >= 100,
        "the corpus holds at least 100 resolutions"
    );
}

#[test]
fn compilation_yields_one_document_per_resolution() {
    let path = corpus_dir().join("compilations/pp-dubai-2018-final-acts-excerpt.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let documents = Engine::new(Config::new()).scan_str("compilation", &text);
    let ids: Vec<String> = documents.iter().map(|d| render(d.id.as_ref().unwrap())).collect();
    assert_eq!(
        ids,
        [
            "PP 2 (Rev. Dubai, 2018)",
            "PP 11 (Rev. Dubai, 2018)",
            "PP 64 (Rev. Dubai, 2018)",
            "PP 66 (Rev. Dubai, 2018)",
            "PP 133 (Rev. Dubai, 2018)",
            "PP 137 (Rev. Dubai, 2018)",
            "PP 201 (Rev. Dubai, 2018)",
            "PP 203 (Rev. Dubai, 2018)",
            "PP 212 (Dubai, 2018)",
        ]
    );
    // Spans are relative to the whole file and each document's citations lie after its heading.
    for document in &documents {
        for citation in &document.citations {
            assert_eq!(&text[citation.span.range()], citation.text);
        }
    }
}
