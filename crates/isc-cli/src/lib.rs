//! The `isc` command-line tool: argument handling, file reading and output formatting.
//!
//! Everything else lives in `isc-engine`; this crate only turns arguments into engine calls and
//! reports into text.

mod format;
mod mapping;
mod progress;
mod questions;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use isc_engine::{
    Analysis, Calendar, Config, Engine, GraphFormat, Mapping, Report, Revisions, RuleConfig,
    RuleSet, Scan, Severity,
};
use isc_report::{FocalPoints, ReportPage};

/// Finds the resolutions ITU texts cite, the themes they are on, and the areas of mutual
/// interest between the Plenipotentiary Conference and the Sectors.
#[derive(Debug, Parser)]
#[command(name = "isc", version, about)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The mapping table: each theme proposed as an area of mutual interest, with the PP,
    /// ITU-R, ITU-T and ITU-D resolutions on it and the rule clause that fired.
    Propose(ProposeArgs),
    /// Why a theme is (or is not) proposed: the evidence, quoted with file:line:column.
    Explain(ExplainArgs),
    /// One self-contained HTML page: the mapping table, each theme's evidence quoted in its
    /// sentence, a picture of PP resolutions, themes and Sector resolutions, near misses,
    /// focal points, inputs and diagnostics.
    Report(ReportArgs),
    /// Read resolution texts and list each document's identity, title, themes, coordination
    /// cues and citations.
    Scan(ScanArgs),
    /// The resolution graph for Graphviz (dot), Gephi or yEd (graphml), or as JSON.
    Graph(GraphArgs),
    /// What changed between two runs saved with `isc propose --format json`.
    Diff(DiffArgs),
    /// Print the shipped conference calendar (a starting point for --calendar files).
    Calendar,
    /// Print the shipped theme lexicon (a starting point for --lexicon files).
    Lexicon,
    /// The ISCG mapping tables: ITU-D Questions to ITU-R Working Parties, ITU-T Questions to
    /// ITU-R Working Parties, ITU-D Questions to ITU-T Questions, each pair with the reasons
    /// (shared theme, one citing the other, a shared resolution) and the evidence.
    Questions(QuestionsArgs),
    /// List every rule with its description and its parameters (the defaults, or those of a
    /// --rules file): a rule file, a starting point for --rules files.
    Rules(RulesArgs),
    /// Print the parser's vocabulary, one `[[language]]` table per language (a starting point
    /// for --vocabulary files); with --vocabulary, the vocabulary that file makes.
    Vocabulary(VocabularyArgs),
}

/// What `isc rules` prints.
#[derive(Debug, clap::Args)]
struct RulesArgs {
    /// A rule file (TOML, one table per rule id): print the parameters it gives.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
}

/// What `isc questions` prints.
#[derive(Debug, clap::Args)]
struct QuestionsArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QuestionsFormat::Table)]
    format: QuestionsFormat,
    /// Write to FILE (atomically).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    focal: FocalArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum QuestionsFormat {
    /// Readable columns, one block per table.
    Table,
    /// `{"tables": [...]}`: every table, its rows, each target's themes, reasons and evidence.
    Json,
    /// One row per mapped pair.
    Csv,
    /// One Markdown table per mapping table.
    Markdown,
}

/// What `isc vocabulary` prints.
#[derive(Debug, clap::Args)]
struct VocabularyArgs {
    /// A vocabulary file (TOML) extending the shipped one: print the result.
    #[arg(long, value_name = "FILE")]
    vocabulary: Option<PathBuf>,
}

/// The inputs and configuration every reading command shares.
#[derive(Debug, clap::Args)]
struct Inputs {
    /// Files or directories to read (directories recursively, in sorted order); `-` reads
    /// standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// A calendar file (TOML) that extends the shipped one, or replaces it if it says
    /// `extends_default = false`.
    #[arg(long, value_name = "FILE")]
    calendar: Option<PathBuf>,
    /// A theme lexicon file (TOML, the shape of the shipped one that `isc lexicon` prints) that
    /// replaces the shipped one.
    #[arg(long, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// A rule file (TOML, one table per rule id: `[MI001]`, `[MI002]`, the shape `isc rules`
    /// prints) changing the rules' parameters.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    /// A vocabulary file (TOML, `[[language]]` tables, the shape `isc vocabulary` prints) that
    /// extends the parser's words: a new language, or more words for a known one.
    #[arg(long, value_name = "FILE")]
    vocabulary: Option<PathBuf>,
    /// Worker threads (default: one per core). Output does not depend on it.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// File extensions read when walking directories (repeat or separate with commas); files
    /// without an extension and files named directly are always read.
    #[arg(long = "ext", value_name = "EXT", value_delimiter = ',', default_values = Config::DEFAULT_EXTENSIONS)]
    extensions: Vec<String>,
    /// Which text of Word files with tracked changes to read: with the changes accepted, or
    /// the original text before them.
    #[arg(long, value_enum, default_value_t = RevisionsArg::Accepted)]
    revisions: RevisionsArg,
    /// Skip files larger than SIZE (bytes, or with a K, M or G suffix: `64M`); below 4G.
    #[arg(long, value_name = "SIZE", default_value = "512M", value_parser = parse_size)]
    max_file_size: u64,
    /// Fail (exit code 2, no output) when any file could not be read or any text could not be
    /// read at all (a diagnostic of severity error); without it the run goes on and says what
    /// it skipped.
    #[arg(long)]
    strict: bool,
    /// Print no summary line and no progress bar on standard error (the bar appears only on a
    /// terminal, after a second).
    #[arg(long, short)]
    quiet: bool,
    /// Set when a path named on the command line does not exist: the run goes on with the
    /// others and exits with code 2.
    #[arg(skip)]
    missing: std::cell::Cell<bool>,
}

/// Which text of Word files with tracked changes to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RevisionsArg {
    /// Insertions read, deletions left out.
    Accepted,
    /// Deletions read, insertions left out: the text before the changes.
    Original,
}

/// Reads a size: `1000`, `64K`, `512M`, `2G` (powers of 1024; `KiB`, `MB` and the like too).
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let (number, unit) = text.split_at(digits);
    let number: u64 =
        number.parse().map_err(|_| format!("expected a size such as 512M, found {text:?}"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        other => return Err(format!("unknown size unit {other:?}; use K, M or G")),
    };
    let bytes = number
        .checked_mul(1 << shift)
        .filter(|&b| b <= Config::LIMIT_MAX_FILE_SIZE)
        .ok_or_else(|| format!("{text} is over the largest size, 4G less one byte"))?;
    Ok(bytes)
}

#[derive(Debug, clap::Args)]
struct ScanArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ScanFormat::Table)]
    format: ScanFormat,
}

#[derive(Debug, clap::Args)]
struct ProposeArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ProposeFormat::Table)]
    format: ProposeFormat,
    /// Write to FILE (atomically: a temporary file in the same directory, then renamed).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    focal: FocalArgs,
}

/// Focal points, for the commands that show the mapping table.
#[derive(Debug, clap::Args)]
struct FocalArgs {
    /// A file of focal points (TOML `[[focal_point]]` tables, or CSV with a header when the
    /// name ends in `.csv`): theme, unit (General Secretariat, BR, TSB or BDT), and optionally
    /// role and contact. They are shown beside each theme, with the gaps flagged.
    #[arg(long, value_name = "FILE")]
    focal_points: Option<PathBuf>,
}

impl FocalArgs {
    fn load(&self) -> Result<Option<FocalPoints>, CliError> {
        self.focal_points.as_deref().map(FocalPoints::from_path).transpose().map_err(CliError::from)
    }
}

#[derive(Debug, clap::Args)]
struct ExplainArgs {
    /// The theme id (`gender-equality`), as the lexicon names it.
    theme: String,
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    focal: FocalArgs,
}

#[derive(Debug, clap::Args)]
struct ReportArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Write the page to FILE (atomically); without it, to standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    focal: FocalArgs,
    /// The page's title.
    #[arg(long, value_name = "TEXT", default_value = "Areas of mutual interest")]
    title: String,
}

#[derive(Debug, clap::Args)]
struct GraphArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = GraphOutput::Dot)]
    format: GraphOutput,
    /// Write to FILE (atomically).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct DiffArgs {
    /// The older report (`isc propose --format json`).
    old: PathBuf,
    /// The newer report.
    new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ScanFormat {
    /// A readable table.
    Table,
    /// One JSON object per document and line.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ProposeFormat {
    /// A readable table, one block per theme.
    Table,
    /// The whole report as JSON: proposals with their evidence, near misses, documents,
    /// diagnostics, counts.
    Json,
    /// One row per theme: theme, label, clauses, PP, ITU-R, ITU-T, ITU-D.
    Csv,
    /// A Markdown table.
    Markdown,
    /// The self-contained HTML page of `isc report`.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GraphOutput {
    /// Graphviz DOT.
    Dot,
    /// GraphML (Gephi, yEd).
    Graphml,
    /// JSON nodes and edges with all their data.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// Readable lines.
    Table,
    /// JSON.
    Json,
    /// A self-contained HTML page, additions and removals marked.
    Html,
}

/// What went wrong, for the exit code and the message.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Engine(#[from] isc_engine::Error),
    #[error(transparent)]
    Page(#[from] isc_report::Error),
    #[error("cannot write output: {0}")]
    Output(io::Error),
    #[error("cannot write {path}: {source}")]
    OutputFile { path: PathBuf, source: io::Error },
    #[error("cannot read report {path}: {message}")]
    Report { path: PathBuf, message: String },
    #[error("unknown theme {theme:?}; the lexicon has: {known}")]
    UnknownTheme { theme: String, known: String },
    #[error(
        "--strict: {errors} input error(s) (named above): files or text that could not be read; no output written"
    )]
    Strict { errors: usize },
}

impl CliError {
    /// Whether the error is the reader closing the pipe (`isc propose ... | head`): the
    /// reader's choice, not a failure.
    fn is_broken_pipe(&self) -> bool {
        let io = match self {
            CliError::Output(e) => e,
            CliError::OutputFile { source, .. } => source,
            _ => return false,
        };
        io.kind() == io::ErrorKind::BrokenPipe
    }
}

/// Runs the command. Exit codes: 0 when something was found (documents for `scan`, proposals
/// for `propose`, a proposed theme for `explain`, a mapped pair for `questions`, no change for
/// `diff`), 1 when not, 2 on error.
pub fn run(args: Args, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let res = match &args.command {
        Command::Scan(scan) => run_scan(scan, out, err),
        Command::Propose(propose) => run_propose(propose, out, err),
        Command::Explain(explain) => run_explain(explain, out, err),
        Command::Report(report) => run_report(report, out, err),
        Command::Graph(graph) => run_graph(graph, out, err),
        Command::Diff(diff) => run_diff(diff, out),
        Command::Calendar => print(out, Calendar::default_toml()),
        Command::Lexicon => print(out, Config::default_lexicon_toml()),
        Command::Questions(questions) => run_questions(questions, out, err),
        Command::Rules(args) => run_rules(args, out),
        Command::Vocabulary(args) => run_vocabulary(args, out),
    };
    let inputs = match &args.command {
        Command::Scan(a) => Some(&a.inputs),
        Command::Propose(a) => Some(&a.inputs),
        Command::Explain(a) => Some(&a.inputs),
        Command::Report(a) => Some(&a.inputs),
        Command::Graph(a) => Some(&a.inputs),
        Command::Questions(a) => Some(&a.inputs),
        _ => None,
    };
    // A path named on the command line that does not exist was named on standard error; the
    // others were read, and the run fails.
    if res.is_ok() && inputs.is_some_and(|i| i.missing.get()) {
        return ExitCode::from(2);
    }
    match res {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // A closed pipe (`isc propose ... | head`) is the reader's choice, not a failure.
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "isc: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_vocabulary(args: &VocabularyArgs, out: &mut dyn Write) -> Result<bool, CliError> {
    match &args.vocabulary {
        Some(path) => {
            let config = Config::new().with_vocabulary_file(path)?;
            print(out, &config.vocabulary().to_toml())
        }
        None => print(out, &Config::default_vocabulary_toml()),
    }
}

fn run_rules(args: &RulesArgs, out: &mut dyn Write) -> Result<bool, CliError> {
    let rules = match &args.rules {
        Some(path) => Config::new().with_rules_file(path)?.rule_set().clone(),
        None => RuleSet::default(),
    };
    print(out, &rules.to_toml())
}

fn print(out: &mut dyn Write, text: &str) -> Result<bool, CliError> {
    out.write_all(text.as_bytes()).map_err(CliError::Output)?;
    Ok(true)
}

impl Inputs {
    /// The engine for these inputs; `keep_parts` when the output shows documents' anatomy.
    fn engine(&self, keep_parts: bool) -> Result<Engine, CliError> {
        let mut config = Config::new()
            .with_parts(keep_parts)
            .with_threads(self.threads)
            .with_extensions(self.extensions.clone())
            .with_max_file_size(self.max_file_size)
            .with_revisions(match self.revisions {
                RevisionsArg::Accepted => Revisions::Accepted,
                RevisionsArg::Original => Revisions::Original,
            });
        if let Some(path) = &self.calendar {
            config = config.with_calendar_file(path)?;
        }
        if let Some(path) = &self.lexicon {
            config = config.with_lexicon_file(path)?;
        }
        if let Some(path) = &self.rules {
            config = config.with_rules_file(path)?;
        }
        if let Some(path) = &self.vocabulary {
            config = config.with_vocabulary_file(path)?;
        }
        Ok(Engine::new(config))
    }

    /// Reads every input, standard input where `-` stands among the paths.
    fn scan(&self, engine: &Engine, err: &mut dyn Write) -> Result<Scan, CliError> {
        let (stdin, paths): (Vec<_>, Vec<_>) =
            self.paths.iter().cloned().partition(|p| p.as_os_str() == "-");
        // The engine lists a path that does not exist as skipped (named below); named on the
        // command line, it also makes the run fail.
        let missing = paths.iter().any(|p| {
            std::fs::symlink_metadata(p).is_err_and(|e| e.kind() == io::ErrorKind::NotFound)
        });
        self.missing.set(missing);
        let progress = progress::Progress::new(self.quiet);
        let observer: &dyn isc_engine::Observer = match &progress {
            Some(progress) => progress,
            None => &(),
        };
        let mut scan = engine.scan_paths_observed(&paths, observer)?;
        if !stdin.is_empty() {
            let read = engine.scan_reader("-", io::stdin().lock());
            if self.paths.first().is_some_and(|p| p.as_os_str() == "-") {
                scan.documents.splice(0..0, read.documents);
            } else {
                scan.documents.extend(read.documents);
            }
            scan.skipped.extend(read.skipped);
            scan.files_seen += read.files_seen;
        }
        for skipped in scan.skipped.iter().filter(|s| s.severity > Severity::Info) {
            let _ = writeln!(err, "isc: {}: skipped: {}", skipped.source, skipped.reason);
        }
        Ok(scan)
    }

    /// With `--strict`, fails when the run met errors: skipped files (already named on
    /// standard error) and `in_texts`, the errors inside texts, named here since no output
    /// will show them.
    fn check_strict(
        &self,
        errors: usize,
        in_texts: &[(&str, u32, u32, &str)],
        err: &mut dyn Write,
    ) -> Result<(), CliError> {
        if !self.strict || errors == 0 {
            return Ok(());
        }
        for (source, line, column, message) in in_texts {
            let _ = writeln!(err, "isc: {source}:{line}:{column}: error: {message}");
        }
        Err(CliError::Strict { errors })
    }

    fn analyze(&self, err: &mut dyn Write) -> Result<Analysis, CliError> {
        Ok(self.analyze_with_rules(err)?.0)
    }

    /// The analysis, and the rule parameters it ran with.
    fn analyze_with_rules(&self, err: &mut dyn Write) -> Result<(Analysis, RuleConfig), CliError> {
        let engine = self.engine(false)?;
        let scan = self.scan(&engine, err)?;
        Ok((engine.analyze_scan(scan), engine.config().rules().clone()))
    }
}

/// Writes the output with `write`: to `path` atomically, or to `out` when there is no path.
/// Nothing is built in memory first: large reports stream to their destination.
fn emit(
    path: Option<&Path>,
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CliError> {
    let Some(path) = path else {
        let mut buffered = io::BufWriter::new(out);
        write(&mut buffered).map_err(CliError::Output)?;
        return buffered.flush().map_err(CliError::Output);
    };
    let file_error = |source: io::Error| CliError::OutputFile { path: path.to_owned(), source };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    // The temporary file sits beside the output, so renaming it is atomic; until then the
    // previous output stays whole. It is removed if writing fails; a run killed before the
    // rename can leave it behind, named after the output (`.mapping.md.isc-XXXXXX.tmp`).
    let name = path.file_name().map_or_else(|| "output".into(), |n| n.to_string_lossy());
    let prefix = format!(".{name}.isc-");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A temporary file is private; the output keeps the permissions of the file it replaces,
    // or gets the usual ones.
    #[cfg(unix)]
    let permissions = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path)
            .map_or_else(|_| std::fs::Permissions::from_mode(0o644), |m| m.permissions())
    };
    #[cfg(unix)]
    builder.permissions(permissions);
    let mut temp = builder.tempfile_in(dir).map_err(file_error)?;
    {
        let mut buffered = io::BufWriter::new(temp.as_file_mut());
        write(&mut buffered).map_err(file_error)?;
        buffered.flush().map_err(file_error)?;
    }
    temp.as_file().sync_all().map_err(file_error)?;
    temp.persist(path).map_err(|e| file_error(e.error))?;
    Ok(())
}

fn run_scan(args: &ScanArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<bool, CliError> {
    let started = Instant::now();
    let engine = args.inputs.engine(true)?;
    let scan = args.inputs.scan(&engine, err)?;
    let in_texts: Vec<_> = scan
        .documents
        .iter()
        .flat_map(|d| d.diagnostics.iter().map(move |x| (d, x)))
        .filter(|(_, x)| x.severity == Severity::Error)
        .map(|(d, x)| (d.source.as_str(), x.line, x.column, x.message.as_str()))
        .collect();
    args.inputs.check_strict(scan.n_errors(), &in_texts, err)?;
    // Standard output looks for line ends in every write: a line per document goes through a
    // buffer first.
    let mut buffered = io::BufWriter::new(&mut *out);
    match args.format {
        ScanFormat::Table => format::scan_table(&scan, &mut buffered),
        ScanFormat::Jsonl => format::scan_jsonl(&scan, &mut buffered),
    }
    .map_err(CliError::Output)?;
    buffered.flush().map_err(CliError::Output)?;
    drop(buffered);
    out.flush().map_err(CliError::Output)?;
    if !args.inputs.quiet {
        let _ = writeln!(
            err,
            "isc: {} files, {} documents, {} citations, {} diagnostics, {} skipped, {} ignored, {:.2} s",
            scan.files_seen,
            scan.documents.len(),
            scan.n_citations(),
            scan.n_diagnostics(),
            scan.n_skipped(),
            scan.n_ignored(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(!scan.documents.is_empty())
}

/// The report's errors inside texts (skipped files, at line 0, are named when skipped).
fn errors_in_texts(report: &Report) -> Vec<(&str, u32, u32, &str)> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.line > 0)
        .map(|d| (d.source.as_str(), d.line, d.column, d.message.as_str()))
        .collect()
}

fn summary(report: &Report, started: Instant, err: &mut dyn Write) {
    let c = &report.counts;
    let _ = writeln!(
        err,
        "isc: {} files, {} documents, {} citations, {} themes, {} proposals, {} near misses, {} diagnostics, {} skipped, {} ignored, {:.2} s",
        c.files,
        c.documents,
        c.citations,
        c.themes,
        c.proposals,
        c.near_misses,
        c.diagnostics,
        c.skipped,
        c.ignored,
        started.elapsed().as_secs_f64()
    );
}

/// What the commands showing an analysis share: the focal points, the analysis and the rule
/// parameters it ran with, checked against `--strict`.
struct Prepared {
    started: Instant,
    focal: Option<FocalPoints>,
    analysis: Analysis,
    rules: RuleConfig,
}

impl Prepared {
    fn new(inputs: &Inputs, focal: &FocalArgs, err: &mut dyn Write) -> Result<Prepared, CliError> {
        let started = Instant::now();
        let focal = focal.load()?;
        let (analysis, rules) = inputs.analyze_with_rules(err)?;
        let report = &analysis.report;
        inputs.check_strict(report.n_errors(), &errors_in_texts(report), err)?;
        Ok(Prepared { started, focal, analysis, rules })
    }
}

fn run_propose(
    args: &ProposeArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CliError> {
    let Prepared { started, focal, analysis, rules } =
        Prepared::new(&args.inputs, &args.focal, err)?;
    let report = &analysis.report;
    let focal = focal.as_ref();
    emit(args.output.as_deref(), out, |w| match (args.format, focal) {
        (ProposeFormat::Table, _) => mapping::table(report, focal, w),
        (ProposeFormat::Json, None) => report.write_json(w),
        (ProposeFormat::Json, Some(focal)) => {
            isc_report::write_json_with_focal_points(report, focal, w)
        }
        (ProposeFormat::Csv, _) => mapping::csv(report, focal, w),
        (ProposeFormat::Markdown, _) => mapping::markdown(report, focal, w),
        (ProposeFormat::Html, _) => {
            page(&analysis, &rules, focal, None).write(w).map_err(page_error)
        }
    })?;
    if !args.inputs.quiet {
        summary(report, started, err);
    }
    let proposed = !report.proposals.is_empty();
    discard(analysis);
    Ok(proposed)
}

/// Frees what a run built off the calling thread: once the output is written, nobody needs to
/// wait for the millions of small frees of a large corpus's analysis (the process ends first).
fn discard<T: Send + 'static>(value: T) {
    // Without a thread to spare, the closure and the value in it are freed right here.
    let _detached = std::thread::Builder::new().spawn(move || drop(value));
}

/// The report page of an analysis.
fn page<'a>(
    analysis: &'a Analysis,
    rules: &'a RuleConfig,
    focal: Option<&'a FocalPoints>,
    title: Option<&str>,
) -> ReportPage<'a> {
    let mut page = ReportPage::new(&analysis.report).with_analysis(analysis).with_rules(rules);
    if let Some(focal) = focal {
        page = page.with_focal_points(focal);
    }
    if let Some(title) = title {
        page = page.with_title(title);
    }
    page
}

/// A page that cannot be written is an output error; one that cannot be rendered is a defect,
/// reported as such.
fn page_error(e: isc_report::Error) -> io::Error {
    match e {
        isc_report::Error::Write(e) => e,
        other => io::Error::other(other.to_string()),
    }
}

fn run_report(
    args: &ReportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CliError> {
    let Prepared { started, focal, analysis, rules } =
        Prepared::new(&args.inputs, &args.focal, err)?;
    let report = &analysis.report;
    let page = page(&analysis, &rules, focal.as_ref(), Some(&args.title));
    emit(args.output.as_deref(), out, |w| page.write(w).map_err(page_error))?;
    if !args.inputs.quiet {
        summary(report, started, err);
    }
    Ok(!report.proposals.is_empty())
}

/// The id of the rule whose tables `isc questions` prints.
const QUESTIONS_RULE: &str = "MI002";

fn run_questions(
    args: &QuestionsArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CliError> {
    let Prepared { started, focal, analysis, .. } = Prepared::new(&args.inputs, &args.focal, err)?;
    let report = &analysis.report;
    let focal = focal.as_ref();
    // Without study-group documents the rule did not run: its tables are empty.
    let (tables, notes) = match report.mappings(QUESTIONS_RULE) {
        Some(m) => (m.tables.clone(), m.notes.clone()),
        None => (Mapping::empty_tables(), Vec::new()),
    };
    emit(args.output.as_deref(), out, |w| match args.format {
        QuestionsFormat::Table => questions::table(&tables, &notes, focal, w),
        QuestionsFormat::Json => questions::json(&tables, focal, w),
        QuestionsFormat::Csv => questions::csv(&tables, focal, w),
        QuestionsFormat::Markdown => questions::markdown(&tables, &notes, focal, w),
    })?;
    if !args.inputs.quiet {
        summary(report, started, err);
    }
    let mapped = tables.iter().any(|t| !t.rows.is_empty());
    discard(analysis);
    Ok(mapped)
}

fn run_explain(
    args: &ExplainArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CliError> {
    let focal = args.focal.load()?;
    let engine = args.inputs.engine(false)?;
    let themes = engine.config().lexicon().themes();
    if !themes.iter().any(|t| t.id == args.theme) {
        let known = themes.iter().map(|t| t.id.as_str()).collect::<Vec<_>>().join(", ");
        return Err(CliError::UnknownTheme { theme: args.theme.clone(), known });
    }
    let started = Instant::now();
    let scan = args.inputs.scan(&engine, err)?;
    let analysis = engine.analyze_scan(scan);
    args.inputs.check_strict(
        analysis.report.n_errors(),
        &errors_in_texts(&analysis.report),
        err,
    )?;
    let proposed =
        mapping::explain(&args.theme, &analysis, focal.as_ref(), out).map_err(CliError::Output)?;
    out.flush().map_err(CliError::Output)?;
    if !args.inputs.quiet {
        summary(&analysis.report, started, err);
    }
    Ok(proposed)
}

fn run_graph(args: &GraphArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<bool, CliError> {
    let started = Instant::now();
    let analysis = args.inputs.analyze(err)?;
    args.inputs.check_strict(
        analysis.report.n_errors(),
        &errors_in_texts(&analysis.report),
        err,
    )?;
    let format = match args.format {
        GraphOutput::Dot => GraphFormat::Dot,
        GraphOutput::Graphml => GraphFormat::GraphMl,
        GraphOutput::Json => GraphFormat::Json,
    };
    emit(args.output.as_deref(), out, |w| w.write_all(analysis.graph.export(format).as_bytes()))?;
    if !args.inputs.quiet {
        summary(&analysis.report, started, err);
    }
    Ok(!analysis.documents().is_empty())
}

fn read_report(path: &Path) -> Result<Report, CliError> {
    let failed = |message: String| CliError::Report { path: path.to_owned(), message };
    let text = std::fs::read_to_string(path).map_err(|e| failed(e.to_string()))?;
    Report::from_json(&text)
        .map_err(|e| failed(format!("not a report written by `isc propose --format json`: {e}")))
}

fn run_diff(args: &DiffArgs, out: &mut dyn Write) -> Result<bool, CliError> {
    let old = read_report(&args.old)?;
    let new = read_report(&args.new)?;
    let diff = isc_engine::diff(&old, &new);
    match args.format {
        DiffFormat::Table => mapping::diff_table(&diff, out),
        DiffFormat::Json => serde_json::to_writer_pretty(&mut *out, &diff)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n")),
        DiffFormat::Html => isc_report::write_diff_page(
            &diff,
            &args.old.display().to_string(),
            &args.new.display().to_string(),
            out,
        )
        .map_err(page_error),
    }
    .map_err(CliError::Output)?;
    out.flush().map_err(CliError::Output)?;
    Ok(diff.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        const CASES: &[(&str, Result<u64, &str>)] = &[
            ("1000", Ok(1000)),
            ("64K", Ok(64 << 10)),
            ("512M", Ok(512 << 20)),
            ("3gib", Ok(3 << 30)),
            ("4G", Err("over the largest size")),
            ("99999999999999999999", Err("expected a size")),
            ("M", Err("expected a size")),
            ("5T", Err("unknown size unit")),
        ];
        for &(input, want) in CASES {
            match (parse_size(input), want) {
                (Ok(got), Ok(want)) => assert_eq!(got, want, "{input}"),
                (Err(got), Err(want)) => assert!(got.contains(want), "{input}: {got}"),
                (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
            }
        }
    }
}
