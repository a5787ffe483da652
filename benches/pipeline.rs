//! The whole pipeline (read files, parse, structure, themes, graph, rules, report) on generated
//! corpora: `small` (~10 MB) by default, `medium` (~100 MB) and `large` (~1 GB) with
//! `ISC_BENCH_LARGE=1`. Corpora are generated once into `target/bench-corpus/` and reused.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use isc_engine::{Config, Engine};
use isc_suite::repo_root;
use isc_synth::{Size, SynthConfig};

/// Generates (once) the corpus of `size` and returns its directory and byte count.
fn corpus(name: &str, size: Size) -> (PathBuf, u64) {
    let dir = repo_root().join("target/bench-corpus").join(name);
    if !dir.join("lexicon.toml").exists() {
        isc_synth::generate(&SynthConfig::new(1, size).with_compilations(4), &dir)
            .expect("the corpus generates");
    }
    (dir.clone(), bytes_under(&dir.join("resolutions")) + bytes_under(&dir.join("compilations")))
}

fn bytes_under(dir: &Path) -> u64 {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries.filter_map(Result::ok).filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum()
    })
}

fn pipeline(c: &mut Criterion) {
    let mut sizes = vec![("small", Size::Small)];
    if std::env::var_os("ISC_BENCH_LARGE").is_some() {
        sizes.extend([("medium", Size::Medium), ("large", Size::Large)]);
    }
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    for (name, size) in sizes {
        let (dir, bytes) = corpus(name, size);
        let engine = Engine::new(
            Config::new()
                .with_lexicon_file(&dir.join("lexicon.toml"))
                .expect("the generated lexicon is valid"),
        );
        group.throughput(Throughput::Bytes(bytes));
        group.bench_with_input(BenchmarkId::new("propose", name), &dir, |b, dir| {
            b.iter(|| {
                black_box(engine.analyze(&[dir]).expect("the corpus is readable").report.counts)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
