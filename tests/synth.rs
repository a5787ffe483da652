//! Generated corpora read end to end: with the generator's lexicon, the engine must find exactly
//! the generator's ground truth (identities, citations, themes, calls for coordination) and
//! propose exactly its mapping table.

use std::collections::BTreeMap;
use std::path::Path;

use isc_engine::{Config, Engine, Member, Severity};
use isc_suite::{expected_key, render};
use isc_synth::{SynthConfig, Target, generate};
use serde_json::{Value, json};

fn members(list: &[Member]) -> Value {
    let mut res: Vec<String> = list
        .iter()
        .map(|m| match &m.edition {
            Some(edition) => format!("{} {edition}", m.id),
            None => m.id.to_string(),
        })
        .collect();
    res.sort();
    json!(res)
}

fn strings(value: &Value) -> Vec<String> {
    value.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}

/// Reads the corpus under `out` with its own lexicon and lists every way the result differs
/// from the truth files beside it.
fn differences(out: &Path) -> Vec<String> {
    let config = Config::new().with_lexicon_file(&out.join("lexicon.toml")).unwrap();
    let engine = Engine::new(config);
    let scan = engine.scan_paths(&[out]).unwrap();
    let mut problems = Vec::new();

    let truth_text = std::fs::read_to_string(out.join("truth/documents.jsonl")).unwrap();
    let mut truth: BTreeMap<String, Value> = truth_text
        .lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line).unwrap();
            (record["path"].as_str().unwrap().to_owned(), record)
        })
        .collect();
    for document in &scan.documents {
        let key = expected_key(document, out);
        let Some(want) = truth.remove(&key) else {
            problems.push(format!("{key}: read but not in the truth"));
            continue;
        };
        let got_id = document.id.as_ref().map(render);
        if got_id.as_deref() != want["id"].as_str() {
            problems.push(format!("{key}: identity {got_id:?}, truth {}", want["id"]));
        }
        let got: Vec<String> = document.citations.iter().map(|c| render(&c.resolution())).collect();
        let wanted = strings(&want["citations"]);
        if got != wanted {
            problems.push(format!("{key}: citations {got:?}, truth {wanted:?}"));
        }
        let mut got: Vec<String> = document.themes.iter().map(|t| t.id.clone()).collect();
        got.sort();
        let wanted = strings(&want["themes"]);
        if got != wanted {
            problems.push(format!("{key}: themes {got:?}, truth {wanted:?}"));
        }
        if Some(document.calls_for_coordination) != want["calls_for_coordination"].as_bool() {
            problems.push(format!(
                "{key}: calls_for_coordination {}, truth {}",
                document.calls_for_coordination, want["calls_for_coordination"]
            ));
        }
        for d in document.diagnostics.iter().filter(|d| d.severity > Severity::Info) {
            problems.push(format!("{key}:{}:{}: diagnostic: {}", d.line, d.column, d.message));
        }
    }
    for key in truth.keys() {
        problems.push(format!("{key}: in the truth but not read"));
    }

    let mapping: BTreeMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(out.join("truth/mapping.json")).unwrap())
            .unwrap();
    let analysis = engine.analyze_scan(scan);
    let got: BTreeMap<String, Value> = analysis
        .report
        .proposals
        .iter()
        .map(|p| {
            let row = json!({
                "clauses": p.clauses,
                "pp": members(&p.pp),
                "itu_r": members(&p.itu_r),
                "itu_t": members(&p.itu_t),
                "itu_d": members(&p.itu_d),
            });
            (p.theme.clone(), row)
        })
        .collect();
    let themes: std::collections::BTreeSet<&String> = mapping.keys().chain(got.keys()).collect();
    for theme in themes {
        match (mapping.get(theme), got.get(theme)) {
            (Some(want), Some(have)) if want == have => {}
            (want, have) => {
                problems.push(format!("proposal {theme}: got {have:?}, truth {want:?}"))
            }
        }
    }
    problems
}

/// Fails with the first differences between the corpus under `out` and its truth.
fn assert_reads_back(out: &Path) {
    let problems = differences(out);
    let shown: Vec<&String> = problems.iter().take(25).collect();
    assert!(
        problems.is_empty(),
        "{} difference(s), the first ones:\n{}",
        problems.len(),
        shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn generated_corpus_reads_back_as_its_truth() {
    let dir = tempfile::tempdir().unwrap();
    let config = SynthConfig::new(11, Target::Docs(300)).with_compilations(3);
    let summary = generate(&config, dir.path()).unwrap();
    assert_eq!(summary.documents, 300);
    assert!(summary.compilations >= 2, "{summary:?}");
    assert_reads_back(dir.path());
}

/// A corpus generated beforehand (the `medium` and `large` sizes are too big to generate in
/// every test run) reads back as its truth:
/// `ISC_SYNTH_CORPUS=/tmp/synth-large cargo test --release -p isc-suite --test synth -- --ignored`.
#[test]
#[ignore = "needs ISC_SYNTH_CORPUS, the directory of a generated corpus"]
fn named_corpus_reads_back_as_its_truth() {
    let dir = std::env::var_os("ISC_SYNTH_CORPUS").expect("ISC_SYNTH_CORPUS names a corpus");
    assert_reads_back(Path::new(&dir));
}
