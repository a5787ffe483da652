//! Citation parsing throughput: the whole sample corpus, one document at a time, and a dense
//! stretch of citations.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use isc_parse::Parser;
use isc_suite::corpus_texts;

fn citations(c: &mut Criterion) {
    let parser = Parser::default();
    let texts = corpus_texts();
    let corpus_bytes: usize = texts.iter().map(String::len).sum();
    let dense = "recalling Resolutions 44 and 45 (Rev. Dubai, 2012) of WTSA, Resolution 191 (Rev. Bucharest, 2022), \
                 Res. ITU-R 9-2 and the resources of the Union;\n"
        .repeat(2_000);

    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(corpus_bytes as u64));
    group.bench_with_input(BenchmarkId::new("corpus", "sample"), &texts, |b, texts| {
        b.iter(|| {
            let mut n_citations = 0;
            for text in texts {
                for doc in parser.parse_all(text) {
                    n_citations += doc.citations.len();
                }
            }
            black_box(n_citations)
        });
    });
    group.throughput(Throughput::Bytes(dense.len() as u64));
    group.bench_with_input(BenchmarkId::new("dense_citations", dense.len()), &dense, |b, text| {
        b.iter(|| black_box(parser.parse(black_box(text)).citations.len()));
    });
    group.finish();
}

criterion_group!(benches, citations);
criterion_main!(benches);
