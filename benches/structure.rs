//! Structure throughput: reading the anatomy (heading, title, clauses, footnotes, annexes) of
//! every sample document, with citations, of one long resolution made of many clauses, and of
//! many resolutions copied onto one line.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use isc_parse::Parser;
use isc_suite::corpus_texts;

fn structure(c: &mut Criterion) {
    let parser = Parser::default();
    let texts = corpus_texts();
    let corpus_bytes: usize = texts.iter().map(String::len).sum();
    let clauses = "considering further\na)\tthat the three Sectors study the same subjects;\n\n\
                   instructs the Directors of the three Bureaux\n1\tto report every year,\n\n"
        .repeat(1_000);
    let long = format!(
        "RESOLUTION 191 (REV. DUBAI, 2018)\n\nA long resolution\n\n\
         The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n{clauses}"
    );

    let mut group = c.benchmark_group("structure");
    group.throughput(Throughput::Bytes(corpus_bytes as u64));
    group.bench_with_input(BenchmarkId::new("corpus", "sample"), &texts, |b, texts| {
        b.iter(|| {
            let mut n_parts = 0;
            for text in texts {
                for doc in parser.parse_all(text) {
                    n_parts += doc.parts.len();
                }
            }
            black_box(n_parts)
        });
    });
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_with_input(BenchmarkId::new("many_clauses", long.len()), &long, |b, text| {
        b.iter(|| black_box(parser.parse(black_box(text)).parts.len()));
    });
    // A compilation copied onto one line: every heading, issuing clause and clause word is
    // found again in the flowed text.
    let one_line = "RESOLUTION 11 (REV. DUBAI, 2018) ITU Telecom events The Plenipotentiary \
                    Conference of the International Telecommunication Union (Dubai, 2018), \
                    considering that the events bring the membership together, as Resolution 71 \
                    (Rev. Dubai, 2018) recalls; resolves 1 that the events go on. "
        .repeat(400);
    group.throughput(Throughput::Bytes(one_line.len() as u64));
    group.bench_with_input(BenchmarkId::new("one_line", one_line.len()), &one_line, |b, text| {
        b.iter(|| black_box(parser.parse_all(black_box(text)).len()));
    });
    group.finish();
}

criterion_group!(benches, structure);
criterion_main!(benches);
