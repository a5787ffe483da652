//! Reading-stage throughput, in bytes of source file: the compilation as PDF, Word, HTML and
//! Akoma Ntoso (the fixtures made by `scripts/make-fixtures.py`), to text and source map.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use isc_read::{Options, read};
use isc_suite::repo_root;

fn formats(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("read");
    group.sample_size(20);
    for (format, path) in [
        ("pdf", "pdf/compilation.pdf"),
        ("docx", "docx/compilation.docx"),
        ("html", "html/compilation.html"),
        ("akn", "akn/compilation.xml"),
    ] {
        let bytes = std::fs::read(repo_root().join("tests/fixtures/formats").join(path))
            .expect("the fixtures are committed");
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new(format, "compilation"), &bytes, |b, bytes| {
            b.iter(|| {
                let reading = read(black_box(bytes), path, &options).expect("a good fixture");
                black_box(reading.texts.iter().map(|t| t.text.len()).sum::<usize>())
            });
        });
    }
    group.finish();
}

criterion_group!(benches, formats);
criterion_main!(benches);
