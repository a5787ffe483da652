//! Graph building and rule evaluation over documents built in memory, at 10k and 100k
//! resolutions (and 1M with `ISC_BENCH_LARGE=1`).
//!
//! Throughput is in resolutions (elements): the graph's input is documents already read.

use std::hint::black_box;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use isc_graph::GraphBuilder;
use isc_rules::{Findings, MutualInterest, Rule, RuleConfig};
use isc_suite::synthetic_documents;

fn sizes() -> Vec<usize> {
    let mut res = vec![10_000, 100_000];
    if std::env::var_os("ISC_BENCH_LARGE").is_some() {
        res.push(1_000_000);
    }
    res
}

fn graph_and_rules(c: &mut Criterion) {
    let mut group = c.benchmark_group("graph");
    group.sample_size(10);
    for n in sizes() {
        let documents = synthetic_documents(n, 1);
        group.throughput(Throughput::Elements(n as u64));
        // The graph takes its documents by value, as the engine hands them over; copying them is
        // set-up, not timed.
        group.bench_with_input(BenchmarkId::new("build", n), &documents, |b, documents| {
            b.iter_batched(
                || documents.clone(),
                // The graph is returned so that dropping it is not timed.
                |documents| {
                    let mut builder = GraphBuilder::new();
                    builder.extend(documents);
                    black_box(builder.build())
                },
                BatchSize::LargeInput,
            );
        });
        let mut builder = GraphBuilder::new();
        builder.extend(documents.iter().cloned());
        let graph = builder.build();
        let rule = MutualInterest::new(RuleConfig::default());
        group.bench_with_input(BenchmarkId::new("rules", n), &graph, |b, graph| {
            b.iter(|| {
                let mut findings = Findings::default();
                rule.run(&mut findings, graph);
                black_box(findings)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, graph_and_rules);
criterion_main!(benches);
