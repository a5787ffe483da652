//! Theme matching throughput: the shipped lexicon over every sample document (parse, structure
//! and themes together, against the same parse without a lexicon), and over a dense stretch of
//! theme phrases.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use isc_parse::{Lexicon, Parser};
use isc_suite::corpus_texts;

fn themes(c: &mut Criterion) {
    let lexicon = Lexicon::shipped().clone();
    let with_lexicon = Parser::default().with_lexicon(lexicon);
    let without_lexicon = Parser::default();
    let texts = corpus_texts();
    let corpus_bytes: usize = texts.iter().map(String::len).sum();
    let dense = "bridging the digital divide for least developed countries through capacity \
                 building, cybersecurity and e-health, with the three Sectors and the Directors of \
                 the three Bureaux; réduire la fracture numérique; los tres Sectores.\n"
        .repeat(2_000);

    let mut group = c.benchmark_group("themes");
    group.throughput(Throughput::Bytes(corpus_bytes as u64));
    for (name, parser) in
        [("corpus_with_lexicon", &with_lexicon), ("corpus_without_lexicon", &without_lexicon)]
    {
        group.bench_with_input(BenchmarkId::new(name, "sample"), &texts, |b, texts| {
            b.iter(|| {
                let mut n_themes = 0;
                for text in texts {
                    for doc in parser.parse_all(text) {
                        n_themes += doc.themes.len() + doc.coordination.len();
                    }
                }
                black_box(n_themes)
            });
        });
    }
    group.throughput(Throughput::Bytes(dense.len() as u64));
    group.bench_with_input(BenchmarkId::new("dense_phrases", dense.len()), &dense, |b, text| {
        b.iter(|| black_box(with_lexicon.parse(black_box(text)).themes.len()));
    });
    group.finish();
}

criterion_group!(benches, themes);
criterion_main!(benches);
