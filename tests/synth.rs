//! Generated corpora read end to end: with the generator's lexicon, the engine must find exactly
//! the generator's ground truth (identities, citations, themes, calls for coordination) and
//! propose exactly its mapping table.
//!
//! The same holds whatever the layout the corpus is written in (`isc-synth --layout`): flattened,
//! paged or hard-wrapped, a corpus gives back the same truth. There the titles are checked too,
//! and the citations as a multiset of (body, number, edition): a layout may not change what a
//! text cites, and the truth says nothing about where on a line a citation stands.

use std::collections::BTreeMap;
use std::path::Path;

use isc_engine::{Config, Engine, Member, Severity};
use isc_suite::{expected_key, render};
use isc_synth::{Layout, SynthConfig, Target, generate};
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

/// What a check of a corpus against its truth compares beyond identities, themes, calls for
/// coordination, diagnostics and the mapping table.
#[derive(Debug, Clone, Copy)]
struct Check {
    /// Citations in reading order (`false`: as a sorted multiset).
    in_order: bool,
    /// Each document's title.
    titles: bool,
}

/// The check of a corpus in the layout it was generated in.
const EXACT: Check = Check { in_order: true, titles: false };
/// The check of a corpus in any layout: what the text says, not where it says it.
const CONTENT: Check = Check { in_order: false, titles: true };

/// Reads the corpus under `out` with its own lexicon and lists every way the result differs
/// from the truth files beside it.
fn differences(out: &Path, check: Check) -> Vec<String> {
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
        if check.titles && document.title.as_deref() != want["title"].as_str() {
            problems.push(format!("{key}: title {:?}, truth {}", document.title, want["title"]));
        }
        let mut got: Vec<String> =
            document.citations.iter().map(|c| render(&c.resolution())).collect();
        let mut wanted = strings(&want["citations"]);
        if !check.in_order {
            got.sort();
            wanted.sort();
        }
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

/// What a difference is about: `identity`, `title`, `citations`, `themes`,
/// `calls_for_coordination`, `diagnostic`, `proposal`, or a document `not read` or `not in the
/// truth`.
fn kind(problem: &str) -> &str {
    if problem.starts_with("proposal ") {
        return "proposal";
    }
    let rest = problem.split_once(": ").map_or(problem, |(_, rest)| rest);
    if rest.starts_with("in the truth but not read") {
        "not read"
    } else if rest.starts_with("read but not in the truth") {
        "not in the truth"
    } else {
        rest.split([' ', ':']).next().unwrap_or(rest)
    }
}

/// Fails with the number of differences of each kind between the corpus under `out` and its
/// truth, and the first ones.
fn assert_reads_back(out: &Path, check: Check) {
    let problems = differences(out, check);
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for problem in &problems {
        *kinds.entry(kind(problem)).or_default() += 1;
    }
    let shown: Vec<&String> = problems.iter().take(25).collect();
    assert!(
        problems.is_empty(),
        "{} difference(s) ({kinds:?}), the first ones:\n{}",
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
    assert_reads_back(dir.path(), EXACT);
}

/// A corpus of 120 documents (two compilations among them) written in `layout` reads back as
/// its truth, titles and citations included.
fn layout_reads_back_as_its_truth(layout: Layout) {
    let dir = tempfile::tempdir().unwrap();
    let config = SynthConfig::new(11, Target::Docs(120)).with_compilations(2).with_layout(layout);
    let summary = generate(&config, dir.path()).unwrap();
    assert_eq!(summary.documents, 120);
    assert_reads_back(dir.path(), CONTENT);
}

#[test]
fn plain_layout_reads_back_as_its_truth_titles_included() {
    layout_reads_back_as_its_truth(Layout::Plain);
}

#[test]
fn flat_layout_reads_back_as_its_truth() {
    layout_reads_back_as_its_truth(Layout::Flat);
}

#[test]
fn paged_layout_reads_back_as_its_truth() {
    layout_reads_back_as_its_truth(Layout::Paged);
}

#[test]
fn wrapped_layout_reads_back_as_its_truth() {
    layout_reads_back_as_its_truth(Layout::Wrapped);
}

/// A corpus generated beforehand (the `medium` and `large` sizes are too big to generate in
/// every test run) reads back as its truth:
/// `ISC_SYNTH_CORPUS=/tmp/synth-large cargo test --release -p isc-suite --test synth -- --ignored`.
/// A corpus written in another layout than plain (`isc-synth --layout wrapped`) is checked as the
/// layout tests check theirs when `ISC_SYNTH_LAYOUT` names its layout.
#[test]
#[ignore = "needs ISC_SYNTH_CORPUS, the directory of a generated corpus"]
fn named_corpus_reads_back_as_its_truth() {
    let dir = std::env::var_os("ISC_SYNTH_CORPUS").expect("ISC_SYNTH_CORPUS names a corpus");
    let check = match std::env::var("ISC_SYNTH_LAYOUT").as_deref() {
        Ok("plain") | Err(_) => EXACT,
        Ok(_) => CONTENT,
    };
    assert_reads_back(Path::new(&dir), check);
}
