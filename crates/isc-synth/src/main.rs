//! `isc-synth`: writes a deterministic synthetic corpus of ITU resolutions with its ground truth.
//!
//! ```text
//! isc-synth --seed 1 --size small --out target/corpus
//! isc-synth --seed 1 --docs 500 --compilations 3 --out target/corpus
//! isc-synth --seed 1 --size small --layout wrapped --out target/corpus-wrapped
//! ```

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, ValueEnum};
use isc_synth::{Layout, Size, SynthConfig, Target, generate};

/// Writes a synthetic corpus of resolutions (one file per document under `<out>/resolutions/`,
/// optional compilations under `<out>/compilations/`), its ground truth under `<out>/truth/` and
/// the lexicon to read it with (`<out>/lexicon.toml`).
#[derive(Debug, Parser)]
#[command(name = "isc-synth", version)]
struct Args {
    /// The seed: the same seed and size give the same bytes.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// A named size: small (~10 MB), medium (~100 MB), large (~1 GB).
    #[arg(long, value_enum, default_value = "small", conflicts_with = "docs")]
    size: SizeArg,
    /// Exactly this many documents instead of a named size.
    #[arg(long)]
    docs: Option<usize>,
    /// Packs some documents into this many compilation files.
    #[arg(long, default_value_t = 0)]
    compilations: usize,
    /// How every file is laid out: plain (as generated), flat (every line break removed), paged
    /// (running headers and page numbers between the lines) or wrapped (hard-wrapped at 64
    /// columns, hyphenated line ends, ligatures, soft hyphens, CRLF). The truth is the same.
    #[arg(long, value_enum, default_value = "plain")]
    layout: LayoutArg,
    /// The output directory (created if needed).
    #[arg(long)]
    out: PathBuf,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SizeArg {
    Small,
    Medium,
    Large,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LayoutArg {
    Plain,
    Flat,
    Paged,
    Wrapped,
}

impl From<LayoutArg> for Layout {
    fn from(arg: LayoutArg) -> Layout {
        match arg {
            LayoutArg::Plain => Layout::Plain,
            LayoutArg::Flat => Layout::Flat,
            LayoutArg::Paged => Layout::Paged,
            LayoutArg::Wrapped => Layout::Wrapped,
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let target = match (args.docs, args.size) {
        (Some(n), _) => Target::Docs(n),
        (None, SizeArg::Small) => Size::Small.into(),
        (None, SizeArg::Medium) => Size::Medium.into(),
        (None, SizeArg::Large) => Size::Large.into(),
    };
    let config = SynthConfig::new(args.seed, target)
        .with_compilations(args.compilations)
        .with_layout(args.layout.into());
    let started = Instant::now();
    let mut err = std::io::stderr();
    match generate(&config, &args.out) {
        Ok(summary) => {
            // Nothing useful can be done when standard error is closed.
            let _ = writeln!(
                err,
                "isc-synth: {} documents in {} files ({} compilations), {:.1} MB, {:.2} s, under {}",
                summary.documents,
                summary.files,
                summary.compilations,
                summary.bytes as f64 / 1e6,
                started.elapsed().as_secs_f64(),
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            let _ = writeln!(err, "isc-synth: {error}");
            ExitCode::from(2)
        }
    }
}
