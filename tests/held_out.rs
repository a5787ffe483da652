//! The two parts of the sample corpus: the tuning part and the held-out part listed in
//! `tests/held-out.txt`, which the lexicon and the parser's vocabulary are never tuned on.

use std::collections::{BTreeMap, BTreeSet};

use isc_suite::{corpus_dir, held_out_keys};
use serde_json::Value;

fn expected(name: &str) -> BTreeMap<String, Value> {
    let path = corpus_dir().join("expected").join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The held-out part is representative: about a quarter to a third of the documents, every body
/// in both parts, the French and Spanish files split between the parts, and part of the
/// compilation held out.
#[test]
fn held_out_part_is_representative() {
    let held_out = held_out_keys();
    let citations = expected("citations.json");
    let unknown: Vec<&String> = held_out.iter().filter(|k| !citations.contains_key(*k)).collect();
    assert_eq!(unknown, Vec::<&String>::new(), "held-out keys without an expected entry");

    let n_docs = citations.len();
    assert!(
        4 * held_out.len() >= n_docs && 3 * held_out.len() <= n_docs,
        "{} of {n_docs} documents held out, not a quarter to a third",
        held_out.len()
    );

    let body = |key: &str| -> String {
        let id = citations[key]["id"].as_str().unwrap();
        id.split(' ').next().unwrap().to_owned()
    };
    let bodies = |held: bool| -> BTreeSet<String> {
        citations.keys().filter(|k| held_out.contains(*k) == held).map(|k| body(k)).collect()
    };
    assert_eq!(bodies(true), bodies(false), "every body in both parts");

    let foreign = |held: bool| {
        citations
            .keys()
            .filter(|k| held_out.contains(*k) == held)
            .filter(|k| k.ends_with("-fr.txt") || k.ends_with("-es.txt"))
            .count()
    };
    assert!(foreign(true) >= 1 && foreign(false) >= 1, "French and Spanish files in both parts");

    let compilation = |held: bool| {
        citations.keys().filter(|k| held_out.contains(*k) == held).any(|k| k.contains('#'))
    };
    assert!(compilation(true) && compilation(false), "compilation parts in both parts");
}
