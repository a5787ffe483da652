//! The `isc` command-line tool: argument handling, file reading and output formatting.
//!
//! Everything else lives in `isc-engine`; this crate only turns arguments into engine calls and
//! reports into text.

mod format;

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use isc_engine::{Calendar, Config, Engine, Scan, Severity};

/// Finds the resolutions ITU texts cite and where the Union's Sectors share a theme.
#[derive(Debug, Parser)]
#[command(name = "isc", version, about)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read resolution texts and list each document's identity, title, themes, coordination
    /// cues and citations.
    Scan(ScanArgs),
    /// Print the shipped conference calendar (a starting point for --calendar files).
    Calendar,
}

#[derive(Debug, clap::Args)]
struct ScanArgs {
    /// Files or directories to read (directories recursively, in sorted order); `-` reads
    /// standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// A calendar file (TOML) that extends the shipped one, or replaces it if it says
    /// `extends_default = false`.
    #[arg(long, value_name = "FILE")]
    calendar: Option<PathBuf>,
    /// A theme lexicon file (TOML, the shape of the shipped `corpus/lexicon.toml`) that replaces
    /// the shipped one.
    #[arg(long, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// Worker threads (default: one per core). Output does not depend on it.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// File extensions read when walking directories (repeat or separate with commas); files
    /// without an extension and files named directly are always read.
    #[arg(long = "ext", value_name = "EXT", value_delimiter = ',', default_values_t = ["txt".to_owned(), "text".to_owned()])]
    extensions: Vec<String>,
    /// Print no summary line on standard error.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A readable table.
    Table,
    /// One JSON object per document and line.
    Jsonl,
}

/// What went wrong, for the exit code and the message.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Engine(#[from] isc_engine::Error),
    #[error("cannot read standard input: {0}")]
    Stdin(io::Error),
    #[error("cannot write output: {0}")]
    Output(io::Error),
}

/// Runs the command; returns 0 when documents (or proposals) were found, 1 when none, 2 on error.
pub fn run(args: Args, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let res = match args.command {
        Command::Scan(scan) => run_scan(&scan, out, err),
        Command::Calendar => out
            .write_all(Calendar::default_toml().as_bytes())
            .map(|()| true)
            .map_err(CliError::Output),
    };
    match res {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // A closed pipe (`isc scan ... | head`) is the reader's choice, not a failure.
        Err(CliError::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "isc: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_scan(args: &ScanArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<bool, CliError> {
    let started = Instant::now();
    let mut config =
        Config::new().with_threads(args.threads).with_extensions(args.extensions.clone());
    if let Some(path) = &args.calendar {
        config = config.with_calendar_file(path)?;
    }
    if let Some(path) = &args.lexicon {
        config = config.with_lexicon_file(path)?;
    }
    let engine = Engine::new(config);
    let (stdin, paths): (Vec<_>, Vec<_>) =
        args.paths.iter().cloned().partition(|p| p.as_os_str() == "-");
    let mut scan = engine.scan_paths(&paths)?;
    if !stdin.is_empty() {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text).map_err(CliError::Stdin)?;
        // Standard input goes where `-` stood among the paths: first if it came first.
        let documents = engine.scan_str("-", &text);
        if args.paths.first().is_some_and(|p| p.as_os_str() == "-") {
            scan.documents.splice(0..0, documents);
        } else {
            scan.documents.extend(documents);
        }
        scan.files_seen += 1;
    }
    match args.format {
        Format::Table => format::scan_table(&scan, out),
        Format::Jsonl => format::scan_jsonl(&scan, out),
    }
    .map_err(CliError::Output)?;
    out.flush().map_err(CliError::Output)?;
    for skipped in scan.skipped.iter().filter(|s| s.severity > Severity::Info) {
        let _ = writeln!(err, "isc: {}: skipped: {}", skipped.source, skipped.reason);
    }
    if !args.quiet {
        summary(&scan, started, err);
    }
    Ok(!scan.documents.is_empty())
}

fn summary(scan: &Scan, started: Instant, err: &mut dyn Write) {
    let _ = writeln!(
        err,
        "isc: {} files, {} documents, {} citations, {} diagnostics, {} skipped, {} ignored, {:.2} s",
        scan.files_seen,
        scan.documents.len(),
        scan.n_citations(),
        scan.n_diagnostics(),
        scan.skipped.iter().filter(|s| s.severity > Severity::Info).count(),
        scan.skipped.iter().filter(|s| s.severity == Severity::Info).count(),
        started.elapsed().as_secs_f64()
    );
}
