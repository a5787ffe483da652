//! MI001 on small hand-built corpora: each clause firing and not, each near-miss kind.

use isc_graph::GraphBuilder;
use isc_model::{Document, EvidenceRecord, NearMissKind, PartKind, ThemeRecord};

use crate::{Findings, MutualInterest, Rule, RuleConfig};

fn evidence(text: &str, part: PartKind) -> EvidenceRecord {
    EvidenceRecord {
        text: text.to_owned(),
        span: Default::default(),
        part,
        clause: None,
        line: 1,
        column: 1,
    }
}

/// A document `id` on `theme` (evidence in `part`), with a coordination cue in `cue` if any.
fn doc(id: &str, theme: &str, part: PartKind, cue: Option<PartKind>) -> Document {
    let mut res = Document::empty(format!("{id}.txt"));
    res.id = Some(id.parse().unwrap());
    res.themes = vec![ThemeRecord {
        id: theme.to_owned(),
        score: 3.0,
        evidence: vec![evidence(theme, part)],
    }];
    if let Some(cue) = cue {
        res.coordination = vec![evidence("the three Sectors", cue)];
        res.calls_for_coordination = cue == PartKind::Operative;
    }
    res
}

fn run(docs: &[Document], config: RuleConfig) -> Findings {
    let mut builder = GraphBuilder::new();
    for d in docs {
        builder.add_document(d);
    }
    let mut res = Findings::default();
    MutualInterest::new(config).run(&mut res, &builder.build());
    res
}

/// `theme: clauses | PP ids | R | T | D` per proposal, then `~kind theme` per near miss.
fn render(findings: &Findings) -> Vec<String> {
    let ids =
        |m: &[isc_model::Member]| m.iter().map(|m| m.id.to_string()).collect::<Vec<_>>().join(",");
    let mut res: Vec<String> = findings
        .proposals
        .iter()
        .map(|p| {
            format!(
                "{}: {} | {} | {} | {} | {}",
                p.theme,
                isc_model::Clause::joined(&p.clauses),
                ids(&p.pp),
                ids(&p.itu_r),
                ids(&p.itu_t),
                ids(&p.itu_d)
            )
        })
        .collect();
    res.extend(findings.near_misses.iter().map(|n| format!("~{:?} {}", n.kind, n.theme)));
    res
}

use PartKind::{Operative, Preamble, Title};

#[test]
fn clause_b_fires_with_a_pp_and_a_sector_resolution() {
    let got = run(
        &[
            doc("PP 130 (Rev. Dubai, 2018)", "cybersecurity", Title, None),
            doc("WTSA 50 (Rev. Hammamet, 2016)", "cybersecurity", Title, None),
        ],
        RuleConfig::default(),
    );
    assert_eq!(render(&got), ["cybersecurity: B | PP 130 |  | WTSA 50 | "]);
}

#[test]
fn clause_a_fires_on_an_operative_call_alone() {
    let got = run(
        &[doc("PP 191 (Rev. Dubai, 2018)", "intersectoral-coordination", Title, Some(Operative))],
        RuleConfig::default(),
    );
    assert_eq!(render(&got), ["intersectoral-coordination: A | PP 191 |  |  | "]);
    assert_eq!(got.proposals[0].pp[0].coordination.len(), 1);
}

#[test]
fn both_clauses_fire_together() {
    let got = run(
        &[
            doc("PP 70 (Rev. Dubai, 2018)", "gender-equality", Title, Some(Operative)),
            doc("WTDC 55 (Rev. Buenos Aires, 2017)", "gender-equality", Operative, None),
            doc("RA ITU-R 9-5 (Rev. Geneva, 2015)", "gender-equality", Title, None),
        ],
        RuleConfig::default(),
    );
    assert_eq!(render(&got), ["gender-equality: A+B | PP 70 | RA ITU-R 9-5 |  | WTDC 55"]);
}

#[test]
fn a_preamble_cue_is_context_unless_the_rule_file_says_otherwise() {
    let docs = [doc("PP 180 (Rev. Dubai, 2018)", "ipv6", Title, Some(Preamble))];
    assert_eq!(render(&run(&docs, RuleConfig::default())), ["~PpOnlyNoCoordination ipv6"]);
    let config = RuleConfig { preamble_cue_counts: true, ..RuleConfig::default() };
    assert_eq!(render(&run(&docs, config)), ["ipv6: A | PP 180 |  |  | "]);
}

#[test]
fn sectors_without_pp_is_a_near_miss_not_a_proposal() {
    let got = run(
        &[
            doc("WTSA 78 (Dubai, 2012)", "e-health", Title, None),
            doc("WTDC 54 (Rev. Dubai, 2014)", "e-health", Title, None),
        ],
        RuleConfig::default(),
    );
    assert_eq!(render(&got), ["~SectorsWithoutPp e-health"]);
    assert_eq!(got.near_misses[0].kind, NearMissKind::SectorsWithoutPp);
}

#[test]
fn one_sector_without_pp_is_nothing() {
    let got = run(&[doc("WTSA 78 (Dubai, 2012)", "e-health", Title, None)], RuleConfig::default());
    assert!(render(&got).is_empty());
}

#[test]
fn a_theme_held_only_by_a_superseded_edition_is_a_near_miss() {
    let docs = [
        doc("PP 102 (Minneapolis, 1998)", "internet-public-policy", Title, None),
        doc("PP 102 (Rev. Dubai, 2018)", "languages", Title, None),
        doc("WTSA 69 (Rev. Dubai, 2012)", "internet-public-policy", Title, None),
    ];
    let got = run(&docs, RuleConfig::default());
    assert_eq!(
        render(&got),
        ["~OnlySuperseded internet-public-policy", "~PpOnlyNoCoordination languages"]
    );
    let config = RuleConfig { count_superseded: true, ..RuleConfig::default() };
    let got = run(&docs, config);
    assert_eq!(render(&got)[0], "internet-public-policy: B | PP 102 |  | WTSA 69 | ");
    assert!(got.proposals[0].pp[0].superseded);
}

#[test]
fn evidence_outside_the_counted_parts_does_not_put_a_resolution_on_a_theme() {
    let docs = [
        doc("PP 130 (Rev. Dubai, 2018)", "cybersecurity", Title, None),
        doc("WTSA 50 (Rev. Hammamet, 2016)", "cybersecurity", Preamble, None),
    ];
    assert_eq!(
        render(&run(&docs, RuleConfig::default())),
        ["cybersecurity: B | PP 130 |  | WTSA 50 | "]
    );
    let config = RuleConfig { theme_parts: vec![Title, Operative], ..RuleConfig::default() };
    assert_eq!(render(&run(&docs, config)), ["~PpOnlyNoCoordination cybersecurity"]);
}

#[test]
fn min_sectors_raises_the_bar_for_clause_b() {
    let docs = [
        doc("PP 130 (Rev. Dubai, 2018)", "cybersecurity", Title, None),
        doc("WTSA 50 (Rev. Hammamet, 2016)", "cybersecurity", Title, None),
    ];
    let config = RuleConfig { min_sectors: 2, ..RuleConfig::default() };
    assert!(render(&run(&docs, config)).is_empty());
}

#[test]
fn council_resolutions_are_neither_pp_nor_sector() {
    let docs = [
        doc("Council 1305 (2009)", "internet-public-policy", Title, None),
        doc("WTSA 69 (Rev. Dubai, 2012)", "internet-public-policy", Title, None),
    ];
    assert!(render(&run(&docs, RuleConfig::default())).is_empty());
}

#[test]
fn reorder_moves_the_chosen_items_into_place() {
    use super::reorder;
    let items = || vec!["a", "b", "c", "d", "e"];
    assert_eq!(reorder(items(), &[0, 1, 2, 3, 4]), Ok(items()));
    assert_eq!(reorder(items(), &[0, 1]), Ok(vec!["a", "b"]));
    assert_eq!(reorder(items(), &[4, 0, 3]), Ok(vec!["e", "a", "d"]));
    assert_eq!(reorder(items(), &[1, 2, 0, 4, 3]), Ok(vec!["b", "c", "a", "e", "d"]));
    assert_eq!(reorder(items(), &[3, 4, 0, 1, 2]), Ok(vec!["d", "e", "a", "b", "c"]));
    assert_eq!(reorder(items(), &[]), Ok(vec![]));
    assert_eq!(reorder(items(), &[2, 2]), Err(items()));
    assert_eq!(reorder(items(), &[5]), Err(items()));
    assert_eq!(reorder(items(), &[0, 1, 2, 3, 4, 5]), Err(items()));
}

#[test]
fn reorder_agrees_with_copying() {
    use super::reorder;
    let mut state = 7u64;
    let mut next = |bound: usize| {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % bound
    };
    for n in 1..40 {
        // A random selection of distinct places, in random order.
        let mut order: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            order.swap(i, next(i + 1));
        }
        order.truncate(next(n + 1));
        let items: Vec<usize> = (100..100 + n).collect();
        let want: Vec<usize> = order.iter().map(|&m| items[m]).collect();
        assert_eq!(reorder(items, &order), Ok(want), "{order:?}");
    }
}
