//! Support code shared by the end-to-end tests in `tests/` and the benches in `benches/`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use std::process::ExitCode;

use clap::Parser as _;
use isc_engine::{Document, ResolutionRef};

/// The repository's root directory.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped sample corpus.
pub fn corpus_dir() -> PathBuf {
    repo_root().join("corpus")
}

/// The key `corpus/expected/*.json` files use for a document: its path relative to `corpus/`,
/// with `#N` for the N-th resolution of a compilation.
pub fn expected_key(document: &Document, corpus: &Path) -> String {
    let path = Path::new(&document.source);
    let relative = path.strip_prefix(corpus).unwrap_or(path);
    let mut key = relative.to_string_lossy().replace('\\', "/");
    if let Some(part) = document.part {
        key.push_str(&format!("#{part}"));
    }
    key
}

/// The keys of the held-out part of the sample corpus, listed in `tests/held-out.txt`: the
/// documents the lexicon and the parser's vocabulary are never tuned on. Every other key of
/// `corpus/expected/*.json` is in the tuning part.
///
/// # Panics
/// When `tests/held-out.txt` is missing: the tests need the shipped manifest.
pub fn held_out_keys() -> BTreeSet<String> {
    let text = std::fs::read_to_string(repo_root().join("tests/held-out.txt"))
        .expect("tests/held-out.txt is present");
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// The canonical rendering of a resolution reference, as the expected files write it.
pub fn render(reference: &ResolutionRef) -> String {
    reference.to_string()
}

/// The elements of `want` missing from `got`, and those of `got` not in `want`, as multisets.
pub fn multiset_diff(want: &[String], got: &[String]) -> (Vec<String>, Vec<String>) {
    let mut spurious: Vec<String> = got.to_vec();
    let mut missed = Vec::new();
    for item in want {
        match spurious.iter().position(|g| g == item) {
            Some(i) => {
                spurious.remove(i);
            }
            None => missed.push(item.clone()),
        }
    }
    (missed, spurious)
}

/// Every text of the sample corpus (`corpus/resolutions` and `corpus/compilations`), in sorted
/// path order, for the benches.
///
/// # Panics
/// When the corpus is missing or a file is not UTF-8: benches and tests need the shipped corpus.
pub fn corpus_texts() -> Vec<String> {
    let mut paths: Vec<PathBuf> = ["resolutions", "compilations"]
        .iter()
        .flat_map(|dir| {
            std::fs::read_dir(corpus_dir().join(dir))
                .expect("corpus is present")
                .map(|e| e.expect("readable").path())
        })
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).expect("corpus files are UTF-8")).collect()
}

/// `n` analyzed documents built directly in memory, for benches of the graph and the rules at
/// sizes no text corpus reaches quickly: each is a resolution of a random body with one to three
/// themes (title and operative evidence), a coordination cue now and then, and five citations of
/// other resolutions. The same `seed` always gives the same documents.
pub fn synthetic_documents(n: usize, seed: u64) -> Vec<Document> {
    use isc_engine::{
        Body, CitationRecord, Edition, EvidenceRecord, PartKind, ResolutionNumber, Span,
        ThemeRecord,
    };
    // A linear congruential generator is plenty for spreading ids over bodies and themes.
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    let mut next = move |bound: u64| {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound
    };
    const THEMES: [&str; 8] = [
        "cybersecurity",
        "gender-equality",
        "digital-inclusion",
        "e-health",
        "ipv6",
        "youth",
        "spectrum-management",
        "accessibility",
    ];
    let bodies = [Body::Pp, Body::Ra, Body::Wrc, Body::Wtsa, Body::Wtdc];
    let evidence = |text: &str, part: PartKind, at: usize| EvidenceRecord {
        text: text.to_owned(),
        span: Span::new(at, at + text.len()),
        part,
        clause: None,
        line: 1,
        column: 1,
    };
    (0..n)
        .map(|i| {
            let body = bodies[next(bodies.len() as u64) as usize];
            let number = ResolutionNumber::new(u32::try_from(i).unwrap_or(u32::MAX));
            let mut document = Document::empty(format!("synthetic/{i:07}.txt"));
            document.id = Some(ResolutionRef {
                body: Some(body),
                number,
                edition: Some(Edition::place_year(true, "Dubai", 2018)),
            });
            for k in 0..=next(3) as usize {
                let theme = THEMES[(next(THEMES.len() as u64) as usize + k) % THEMES.len()];
                document.themes.push(ThemeRecord {
                    id: theme.to_owned(),
                    score: 9.0,
                    evidence: vec![
                        evidence(theme, PartKind::Title, 0),
                        evidence(theme, PartKind::Operative, 100),
                    ],
                });
            }
            document.themes.sort_by(|a, b| a.id.cmp(&b.id));
            document.themes.dedup_by(|a, b| a.id == b.id);
            if next(4) == 0 {
                document.coordination.push(evidence("the three Sectors", PartKind::Operative, 200));
                document.calls_for_coordination = true;
            }
            for c in 0..5 {
                let target = next(n as u64) as u32;
                document.citations.push(CitationRecord {
                    body: Some(bodies[next(bodies.len() as u64) as usize]),
                    number: ResolutionNumber::new(target),
                    edition: None,
                    body_from: None,
                    text: format!("Resolution {target}"),
                    span: Span::new(300 + c * 20, 310 + c * 20),
                    line: 2,
                    column: 1,
                    part: if c == 0 { PartKind::Operative } else { PartKind::Preamble },
                    clause: None,
                    suppressed: false,
                });
            }
            document
        })
        .collect()
}

/// How the time of `work` grows when its input doubles: the input for size `2 * n` must take
/// less than three times as long as the input for size `n`.
/// Linear work takes about twice as long, quadratic work four times; the bound between them does
/// not depend on how fast the machine is.
/// Time is the CPU time of the calling thread where the system tells it, so that other
/// processes on a loaded machine do not count, and wall-clock time elsewhere.
/// Each size is run three times, alternately (each time as often as it takes to be measured),
/// and the least time of each is kept.
/// Returns the output of `work` on the input for size `2 * n`.
///
/// # Panics
/// When the input for size `2 * n` takes three times as long or more.
#[track_caller]
pub fn assert_linear_growth<T>(
    what: &str,
    n: usize,
    input: impl Fn(usize) -> String,
    work: impl Fn(&str) -> T,
) -> T {
    const RUNS: usize = 3;
    let (small, large) = (input(n), input(2 * n));
    // The thread's CPU time is counted in scheduler ticks: work shorter than a few ticks is run
    // again until it has taken long enough to be measured, and the time of one run is kept.
    const ENOUGH: f64 = 0.04;
    let time = |text: &str| {
        let started = Clock::now();
        let mut runs = 1u32;
        let mut output = std::hint::black_box(work(text));
        let mut took = started.elapsed();
        while took < ENOUGH && runs < 1_000 {
            output = std::hint::black_box(work(text));
            runs += 1;
            took = started.elapsed();
        }
        (took / f64::from(runs), output)
    };
    let (mut best_small, mut best_large) = (f64::INFINITY, f64::INFINITY);
    let mut output = None;
    for _ in 0..RUNS {
        best_small = best_small.min(time(&small).0);
        let (took, res) = time(&large);
        best_large = best_large.min(took);
        output = Some(res);
    }
    let ratio = best_large / best_small.max(1e-9);
    assert!(
        ratio < 3.0,
        "{what:?}: {} bytes took {best_small:.4} s, {} bytes took {best_large:.4} s ({ratio:.2} times)",
        small.len(),
        large.len()
    );
    output.expect("the loop ran at least once")
}

/// A start time: the calling thread's CPU time when `/proc/thread-self/schedstat` tells it,
/// wall-clock time otherwise.
enum Clock {
    Cpu(u64),
    Wall(std::time::Instant),
}

impl Clock {
    fn now() -> Clock {
        thread_cpu_ns().map_or_else(|| Clock::Wall(std::time::Instant::now()), Clock::Cpu)
    }

    /// Seconds since `self`, on the same clock.
    fn elapsed(&self) -> f64 {
        match self {
            Clock::Cpu(start) => {
                let now = thread_cpu_ns().expect("the clock was readable at the start");
                now.saturating_sub(*start) as f64 * 1e-9
            }
            Clock::Wall(start) => start.elapsed().as_secs_f64(),
        }
    }
}

/// The calling thread's time on a CPU, in nanoseconds: the first field of
/// `/proc/thread-self/schedstat`.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Runs the `isc` command with `args` (without the program name) in this process; returns the
/// exit code, standard output and standard error.
pub fn isc(args: &[&str]) -> (ExitCode, String, String) {
    let args = isc_cli::Args::try_parse_from(std::iter::once("isc").chain(args.iter().copied()))
        .expect("the test passes valid arguments");
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = isc_cli::run(args, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).expect("isc writes UTF-8"),
        String::from_utf8(err).expect("isc writes UTF-8"),
    )
}

/// Reads one text held in memory as `source` with the default configuration, through one engine
/// built once for the whole test binary.
pub fn scan_text(source: &str, text: &str) -> Vec<Document> {
    static ENGINE: std::sync::OnceLock<isc_engine::Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| isc_engine::Engine::new(isc_engine::Config::new())).scan_str(source, text)
}

/// A document's own identity as it renders (`PP 70 (Rev. Dubai, 2018)`), if it has one.
pub fn identity(document: &Document) -> Option<String> {
    document.id.as_ref().map(ToString::to_string)
}

/// The resolutions a document cites, as they render, in the order of the text.
pub fn cited(document: &Document) -> Vec<String> {
    document.citations.iter().map(|c| c.resolution().to_string()).collect()
}
