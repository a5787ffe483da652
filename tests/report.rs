//! Properties of the analysis report: it does not depend on document order or thread count,
//! and every piece of evidence it quotes is what its span slices out of the file.

use std::sync::OnceLock;

use isc_engine::{Config, Document, Engine, EvidenceRecord};
use isc_suite::corpus_dir;
use proptest::prelude::*;

fn corpus_documents() -> &'static Vec<Document> {
    static DOCUMENTS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCUMENTS
        .get_or_init(|| Engine::new(Config::new()).scan_paths(&[corpus_dir()]).unwrap().documents)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn shuffling_documents_leaves_the_report_unchanged(order in Just((0..corpus_documents().len()).collect::<Vec<_>>()).prop_shuffle()) {
        let engine = Engine::new(Config::new());
        let documents = corpus_documents();
        let reference = engine.analyze_documents(documents.clone()).report.to_json();
        let shuffled: Vec<Document> = order.iter().map(|&i| documents[i].clone()).collect();
        prop_assert_eq!(engine.analyze_documents(shuffled).report.to_json(), reference);
    }
}

#[test]
fn thread_count_leaves_the_report_unchanged() {
    let run = |threads| {
        Engine::new(Config::new().with_threads(Some(threads)))
            .analyze(&[corpus_dir()])
            .unwrap()
            .report
            .to_json()
    };
    let one = run(1);
    assert_eq!(one, run(2));
    assert_eq!(one, run(3));
}

#[test]
fn every_quoted_evidence_is_its_span_in_the_file() {
    let analysis = Engine::new(Config::new()).analyze(&[corpus_dir()]).unwrap();
    let check = |source: &str, evidence: &EvidenceRecord| {
        let text = std::fs::read_to_string(source).unwrap();
        assert_eq!(
            &text[evidence.span.range()],
            evidence.text,
            "{source}:{}:{}",
            evidence.line,
            evidence.column
        );
    };
    let mut checked = 0;
    for proposal in &analysis.report.proposals {
        for member in
            proposal.pp.iter().chain(&proposal.itu_r).chain(&proposal.itu_t).chain(&proposal.itu_d)
        {
            for evidence in member.theme_evidence.iter().chain(&member.coordination) {
                check(&member.source, evidence);
                checked += 1;
            }
        }
        for corroboration in &proposal.corroboration {
            check(&corroboration.source, &corroboration.evidence);
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} pieces of evidence");
}

#[test]
fn report_reads_back_from_its_json() {
    let report = Engine::new(Config::new()).analyze(&[corpus_dir()]).unwrap().report;
    let json = report.to_json();
    let back = isc_engine::Report::from_json(&json).unwrap();
    assert_eq!(back.to_json(), json);
    assert!(isc_engine::diff(&report, &back).is_empty());
}
