//! `MI002` over the sample corpus against the mapping tables written by hand from the texts
//! (`corpus/expected/questions.json`): precision and recall of the mapped pairs, printed per
//! table and for the tuning and held-out parts.

#![allow(clippy::print_stderr, reason = "the figures are what a reader of the run wants")]

use std::collections::{BTreeMap, BTreeSet};

use isc_engine::{Config, Engine, StudyItemId};
use isc_suite::{corpus_dir, expected_key};
use serde_json::Value;

/// A mapped pair: the table's number (1 to 3), the row's item and the target, each with its
/// Sector (`ITU-D Question 5/2`, `ITU-R WP 5A`).
type Pair = (usize, String, String);

fn pairs(tables: &[Value]) -> BTreeSet<Pair> {
    let mut res = BTreeSet::new();
    for (n, table) in tables.iter().enumerate() {
        let (from, to) = (table["from"].as_str().unwrap(), table["to"].as_str().unwrap());
        for row in table["rows"].as_array().unwrap() {
            for target in row["to"].as_array().unwrap() {
                // The expected file names a target by its id alone; the report gives an object.
                let id = target.get("id").unwrap_or(target).as_str().unwrap();
                let row_item = format!("{from} {}", row["from"].as_str().unwrap());
                res.insert((n + 1, row_item, format!("{to} {id}")));
            }
        }
    }
    res
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

#[test]
fn mapping_tables_of_the_sample_corpus() {
    let corpus = corpus_dir();
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(corpus.join("expected/questions.json")).unwrap(),
    )
    .unwrap();
    let held_out: BTreeSet<&str> =
        expected["held_out"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let engine = Engine::new(Config::new().with_threads(Some(2)));
    let analysis = engine.analyze(&[&corpus]).unwrap();
    let mappings = analysis.report.mappings("MI002").expect("MI002 ran over the study documents");
    let got_json = serde_json::to_value(&mappings.tables).unwrap();
    let got_tables = got_json.as_array().unwrap();
    assert_eq!(got_tables.len(), 3);
    for (n, table) in got_tables.iter().enumerate() {
        let rows = table["rows"].as_array().unwrap();
        assert!(rows.len() >= 5, "table {} has {} rows", n + 1, rows.len());
        for row in rows {
            for target in row["to"].as_array().unwrap() {
                assert!(!target["evidence"].as_array().unwrap().is_empty(), "{row}");
            }
        }
    }
    // Which file each item's current text is in, to tell the held-out part.
    let file: BTreeMap<StudyItemId, String> = analysis
        .documents()
        .iter()
        .filter_map(|d| Some((d.study.as_ref()?.id, expected_key(d, &corpus))))
        .collect();
    let held = |pair: &Pair| {
        [&pair.1, &pair.2].iter().any(|item| {
            item.parse::<StudyItemId>()
                .ok()
                .and_then(|id| file.get(&id))
                .is_some_and(|f| held_out.contains(f.as_str()))
        })
    };
    let got = pairs(got_tables);
    let want = pairs(expected["tables"].as_array().unwrap());
    eprintln!("MI002 over corpus/: mapped pairs against corpus/expected/questions.json");
    let report = |name: &str, keep: &dyn Fn(&Pair) -> bool| {
        let got: BTreeSet<&Pair> = got.iter().filter(|p| keep(p)).collect();
        let want: BTreeSet<&Pair> = want.iter().filter(|p| keep(p)).collect();
        let hits = got.intersection(&want).count();
        let (precision, recall) = (ratio(hits, got.len()), ratio(hits, want.len()));
        eprintln!(
            "  {name:<12} found {:>3}  expected {:>3}  right {:>3}  precision {precision:.3}  recall {recall:.3}",
            got.len(),
            want.len(),
            hits
        );
        (precision, recall)
    };
    for n in 1..=3 {
        report(&format!("table {n}"), &|p: &Pair| p.0 == n);
    }
    report("tuning", &|p: &Pair| !held(p));
    report("held out", &|p: &Pair| held(p));
    let (precision, recall) = report("all", &|_: &Pair| true);
    for pair in got.difference(&want) {
        eprintln!("  not expected: table {} {} -> {}", pair.0, pair.1, pair.2);
    }
    for pair in want.difference(&got) {
        eprintln!("  missed: table {} {} -> {}", pair.0, pair.1, pair.2);
    }
    // Floors, not the measured values: a change that loses pairs or adds many fails here.
    assert!(recall >= 0.9, "recall {recall:.3}");
    assert!(precision >= 0.75, "precision {precision:.3}");
}
