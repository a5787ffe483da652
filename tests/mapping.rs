//! The mapping table end to end: the analysis of the sample corpus must propose exactly the
//! hand-made `corpus/expected/mapping.json` (themes, resolutions per Sector, clauses).

use std::collections::BTreeMap;

use isc_engine::{Config, Engine, Member, Proposal};
use isc_suite::corpus_dir;
use serde_json::{Value, json};

fn rendered(members: &[Member]) -> Value {
    let mut res: Vec<String> = members
        .iter()
        .map(|m| {
            let mut name = m.id.to_string();
            if let Some(edition) = &m.edition {
                name.push_str(&format!(" {edition}"));
            }
            name
        })
        .collect();
    res.sort();
    json!(res)
}

fn row(p: &Proposal) -> Value {
    json!({
        "clauses": p.clauses,
        "pp": rendered(&p.pp),
        "itu_r": rendered(&p.itu_r),
        "itu_t": rendered(&p.itu_t),
        "itu_d": rendered(&p.itu_d),
    })
}

/// One line per theme and column that differs: `theme column: missed [..], spurious [..]`.
fn disagreements(expected: &BTreeMap<String, Value>, got: &BTreeMap<String, Value>) -> Vec<String> {
    let empty = json!({"clauses": [], "pp": [], "itu_r": [], "itu_t": [], "itu_d": []});
    let mut res = Vec::new();
    let themes: std::collections::BTreeSet<&String> = expected.keys().chain(got.keys()).collect();
    for theme in themes {
        let want = expected.get(theme).unwrap_or(&empty);
        let have = got.get(theme).unwrap_or(&empty);
        for column in ["clauses", "pp", "itu_r", "itu_t", "itu_d"] {
            let list = |v: &Value| -> Vec<String> {
                v[column]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().to_owned())
                    .collect()
            };
            let (want, have) = (list(want), list(have));
            let missed: Vec<&String> = want.iter().filter(|x| !have.contains(x)).collect();
            let spurious: Vec<&String> = have.iter().filter(|x| !want.contains(x)).collect();
            if !missed.is_empty() || !spurious.is_empty() {
                res.push(format!("{theme} {column}: missed {missed:?}, spurious {spurious:?}"));
            }
        }
    }
    res
}

#[test]
fn corpus_mapping_table_matches_expected() {
    let corpus = corpus_dir();
    let expected: BTreeMap<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(corpus.join("expected/mapping.json")).unwrap(),
    )
    .unwrap();
    let analysis = Engine::new(Config::new()).analyze(&[&corpus]).unwrap();
    let got: BTreeMap<String, Value> =
        analysis.report.proposals.iter().map(|p| (p.theme.clone(), row(p))).collect();
    let problems = disagreements(&expected, &got);
    assert_eq!(problems, Vec::<String>::new(), "\n{}", problems.join("\n"));
    // Every expected theme is proposed, and nothing else is.
    assert_eq!(got.keys().collect::<Vec<_>>(), expected.keys().collect::<Vec<_>>());
}
