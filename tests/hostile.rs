//! Hostile and broken input: each bad input is built in a temporary directory beside good
//! files, and the run must say what it could not read, exit with the documented code, and still
//! give the good files' results in full. The table in `docs/INPUTS.md` lists the same cases.

use std::path::Path;
use std::process::ExitCode;

use clap::Parser as _;
use isc_engine::{Config, Document, Engine, Severity};
use isc_suite::{assert_linear_growth, corpus_dir, isc};
use proptest::prelude::*;
use serde_json::Value;

/// The two good files: together they make the `accessibility` proposal (clauses A and B).
const GOOD: [&str; 2] = ["pp-175-dubai-2018.txt", "wtdc-70-hyderabad-2010.txt"];

fn good_text(name: &str) -> String {
    std::fs::read_to_string(corpus_dir().join("resolutions").join(name)).unwrap()
}

/// A temporary directory holding the good files.
fn good_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in GOOD {
        std::fs::write(dir.path().join(name), good_text(name)).unwrap();
    }
    dir
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The proposals `isc propose --format json` gives for the good files alone.
fn good_proposals() -> Value {
    let dir = good_dir();
    let (code, out, err) = isc(&["propose", "--format", "json", "-q", arg(dir.path())]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["proposals"][0]["theme"], "accessibility");
    proposals(&report)
}

/// The proposals of a report without what depends on where and how the files were written
/// (paths, spans): theme, clauses, and each resolution with its edition and evidence text.
fn proposals(report: &Value) -> Value {
    let members = |list: &Value| -> Value {
        list.as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let evidence: Vec<&Value> =
                    m["theme_evidence"].as_array().unwrap().iter().map(|e| &e["text"]).collect();
                serde_json::json!([m["id"], m["edition"], m["theme_score"], evidence])
            })
            .collect()
    };
    report["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            serde_json::json!({
                "theme": p["theme"], "clauses": p["clauses"], "score": p["score"],
                "pp": members(&p["pp"]), "itu_r": members(&p["itu_r"]),
                "itu_t": members(&p["itu_t"]), "itu_d": members(&p["itu_d"]),
            })
        })
        .collect()
}

/// Runs `propose --format json` over `dir` with `extra` arguments and checks that nothing of
/// the good files was lost; returns the report and standard error.
#[track_caller]
fn propose_keeps_good_results(dir: &Path, extra: &[&str]) -> (Value, String) {
    let mut args = vec!["propose", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(arg(dir));
    let (code, out, err) = isc(&args);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(proposals(&report), good_proposals(), "the good files' proposals changed");
    for name in GOOD {
        let path = dir.join(name);
        assert!(
            report["documents"].as_array().unwrap().iter().any(|d| d["source"] == arg(&path)),
            "{name} was lost"
        );
    }
    (report, err)
}

/// The diagnostic of the report about `source`, by message.
fn report_diagnostic<'r>(report: &'r Value, source: &Path) -> Vec<&'r str> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["source"] == arg(source))
        .map(|d| d["message"].as_str().unwrap())
        .collect()
}

/// The engine with the shipped configuration, built once: building compiles the lexicon.
fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Config::new()))
}

fn scan_file(path: &Path) -> Vec<Document> {
    engine().scan_paths(&[path]).unwrap().documents
}

#[test]
fn binary_file_is_skipped_and_named() {
    let dir = good_dir();
    let bad = dir.path().join("scan.txt");
    std::fs::write(&bad, b"\x7fELF\x02\x01\x01\0\0\0Resolution 70 (Rev. Dubai, 2018)").unwrap();
    let (report, err) = propose_keeps_good_results(dir.path(), &[]);
    assert!(err.contains("scan.txt: skipped: binary file (NUL byte at byte offset 7"), "{err}");
    assert_eq!(report["counts"]["files"], 3);
    assert_eq!(report["counts"]["documents"], 2);
    assert_eq!(report["counts"]["skipped"], 1);
    assert_eq!(report["skipped"][0]["severity"], "warning");
    assert!(err.contains("3 files, 2 documents"), "{err}");
    assert!(err.contains("1 skipped, 0 ignored"), "{err}");
}

#[test]
fn invalid_utf8_is_read_lossily_and_named() {
    let dir = good_dir();
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Caf\xe9: recalling Resolution 71 (Rev. Dubai, 2018)\n").unwrap();
    let (report, _) = propose_keeps_good_results(dir.path(), &[]);
    let messages = report_diagnostic(&report, &bad);
    assert!(messages.iter().any(|m| m.contains("invalid UTF-8 at byte offset 3")), "{messages:?}");
    let documents = scan_file(&bad);
    assert_eq!(documents[0].citations[0].text, "Resolution 71 (Rev. Dubai, 2018)");
    assert_eq!((documents[0].citations[0].line, documents[0].citations[0].column), (1, 17));
}

#[test]
fn utf8_bom_and_utf16_with_bom_are_decoded() {
    let text = good_text(GOOD[0]);
    let mut utf16le = vec![0xFF, 0xFE];
    utf16le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(text.as_bytes());
    for (name, bytes) in [("utf16le", utf16le), ("utf16be", utf16be), ("utf8bom", bom)] {
        let dir = good_dir();
        std::fs::write(dir.path().join(GOOD[0]), bytes).unwrap();
        let (report, _) = propose_keeps_good_results(dir.path(), &[]);
        assert_eq!(report["counts"]["diagnostics"], 0, "{name}: {}", report["diagnostics"]);
    }
}

#[test]
fn crlf_and_lone_cr_keep_lines_and_columns() {
    let text = good_text(GOOD[0]);
    let positions = |text: &str| -> Vec<(String, u32, u32)> {
        let documents = engine().scan_str("x", text);
        documents[0].citations.iter().map(|c| (c.text.clone(), c.line, c.column)).collect()
    };
    let want = positions(&text);
    assert!(want.len() >= 3);
    let normalize = |cites: Vec<(String, u32, u32)>| -> Vec<(String, u32, u32)> {
        cites
            .into_iter()
            .map(|(t, l, c)| (t.replace("\r\n", "\n").replace('\r', "\n"), l, c))
            .collect()
    };
    assert_eq!(normalize(positions(&text.replace('\n', "\r\n"))), want, "CRLF");
    assert_eq!(normalize(positions(&text.replace('\n', "\r"))), want, "lone CR");
    // The good files in CRLF give the same proposals.
    let dir = good_dir();
    std::fs::write(dir.path().join(GOOD[0]), text.replace('\n', "\r\n")).unwrap();
    propose_keeps_good_results(dir.path(), &[]);
}

#[test]
fn empty_and_blank_files_are_empty_documents() {
    let dir = good_dir();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("blank.txt"), " \n\r\n\t\n").unwrap();
    let (report, _) = propose_keeps_good_results(dir.path(), &[]);
    assert_eq!(report["counts"]["files"], 4);
    assert_eq!(report["counts"]["documents"], 4);
    assert_eq!(report["counts"]["diagnostics"], 0, "an empty file is no problem");
    let documents = scan_file(&dir.path().join("empty.txt"));
    assert_eq!(documents.len(), 1);
    assert!(documents[0].id.is_none() && documents[0].citations.is_empty());
    assert_eq!(documents[0].diagnostics[0].severity, Severity::Info);
    assert_eq!(documents[0].diagnostics[0].message, "the text is empty; nothing to read");
}

#[test]
fn too_large_files_are_skipped_with_size_and_limit() {
    let dir = good_dir();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "Resolution 70 (Rev. Dubai, 2018)\n".repeat(400)).unwrap();
    let (report, err) = propose_keeps_good_results(dir.path(), &["--max-file-size", "10K"]);
    assert!(
        err.contains("big.txt: skipped: too large: 12.9 KiB (13200 bytes), over the 10.0 KiB (10240 bytes) limit (--max-file-size)"),
        "{err}"
    );
    assert_eq!(report["skipped"][0]["severity"], "error");
    // With --strict the same run fails, and writes nothing.
    let (code, out, err) = isc(&["propose", "--strict", "--max-file-size", "10K", arg(dir.path())]);
    assert_eq!(code, ExitCode::from(2), "{err}");
    assert!(out.is_empty());
    assert!(err.contains("isc: error: --strict: 1 input error(s)"), "{err}");
    // A bad size is refused before anything runs.
    let args = ["isc", "scan", "--max-file-size", "5T", "x"];
    let problem = isc_cli::Args::try_parse_from(args).unwrap_err().to_string();
    assert!(problem.contains("unknown size unit \"t\""), "{problem}");
}

#[test]
fn strict_fails_on_errors_only() {
    let dir = good_dir();
    std::fs::write(dir.path().join("scan.txt"), b"\0\0binary").unwrap();
    // A binary file is a warning: --strict lets it pass.
    let (code, _, err) = isc(&["scan", "--strict", arg(dir.path())]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    for command in ["scan", "propose", "graph"] {
        let (code, out, err) = isc(&[command, "--strict", arg(dir.path()), "/no/such/file.txt"]);
        assert_eq!(code, ExitCode::from(2), "{command}: {err}");
        assert!(out.is_empty(), "{command}");
        assert!(err.contains("/no/such/file.txt: skipped: cannot read"), "{command}: {err}");
        // Without --strict the run goes on and writes its output, but a path named on the
        // command line that does not exist still fails it.
        let (code, out, _) = isc(&[command, arg(dir.path()), "/no/such/file.txt"]);
        assert_eq!(code, ExitCode::from(2), "{command} without --strict goes on");
        assert!(!out.is_empty(), "{command}");
    }
    let (code, _, _) =
        isc(&["explain", "accessibility", "--strict", arg(dir.path()), "/no/such/file.txt"]);
    assert_eq!(code, ExitCode::from(2));
}

#[test]
fn hidden_files_and_git_are_skipped() {
    let dir = good_dir();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join(".git").join("HEAD.txt"), "Resolution 1 (Rev. Dubai, 2018)")
        .unwrap();
    std::fs::write(dir.path().join(".notes.txt"), "Resolution 2 (Rev. Dubai, 2018)").unwrap();
    std::fs::write(dir.path().join("picture.png"), b"\x89PNG\0").unwrap();
    let (report, _) = propose_keeps_good_results(dir.path(), &[]);
    assert_eq!(report["counts"]["files"], 2);
    assert_eq!(report["counts"]["ignored"], 1);
    assert!(
        report["skipped"][0]["reason"].as_str().unwrap().starts_with("ignored: extension .png")
    );
}

#[cfg(unix)]
#[test]
fn permission_denied_files_and_directories() {
    use std::os::unix::fs::PermissionsExt;
    let dir = good_dir();
    let file = dir.path().join("locked.txt");
    std::fs::write(&file, "Resolution 70").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    let sub = dir.path().join("locked");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("inside.txt"), "Resolution 71").unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads everything whatever the permissions: then there is nothing to deny, and only
    // "nothing is lost" is checked.
    let denied = std::fs::read(&file).is_err();
    let (report, err) = propose_keeps_good_results(dir.path(), &[]);
    if denied {
        assert!(err.contains("locked.txt: skipped: cannot read file: Permission denied"), "{err}");
        assert!(err.contains("locked: skipped: cannot read directory: Permission denied"), "{err}");
        assert_eq!(report["counts"]["skipped"], 2);
    }
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn dangling_symlinks_and_loops_are_named() {
    let dir = good_dir();
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("dangling.txt"))
        .unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("up")).unwrap();
    let (report, err) = propose_keeps_good_results(dir.path(), &[]);
    assert!(err.contains("dangling.txt: skipped: dangling symbolic link: its target"), "{err}");
    assert!(err.contains("up: skipped: symbolic link loop: it leads back to"), "{err}");
    assert_eq!(report["counts"]["skipped"], 2);
    assert_eq!(report["counts"]["files"], 2, "the loop is not walked twice");
}

#[cfg(unix)]
#[test]
fn special_files_never_hang_the_run() {
    let dir = good_dir();
    // A named pipe without a writer: opening it would wait forever.
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());
    std::os::unix::fs::symlink("/dev/null", dir.path().join("null.txt")).unwrap();
    let (report, err) = propose_keeps_good_results(dir.path(), &[]);
    assert!(err.contains("null.txt: skipped: not a regular file (character device)"), "{err}");
    if made_fifo {
        assert!(err.contains("pipe.txt: skipped: not a regular file (named pipe)"), "{err}");
    }
    assert_eq!(report["counts"]["skipped"], 1 + usize::from(made_fifo));
    // A device named directly is refused too.
    let (code, _, err) = isc(&["scan", "/dev/null"]);
    assert_eq!(code, ExitCode::from(1));
    assert!(err.contains("/dev/null: skipped: not a regular file (character device)"), "{err}");
}

#[test]
fn output_file_is_replaced_whole_or_not_at_all() {
    let dir = good_dir();
    let out_dir = tempfile::tempdir().unwrap();
    let output = out_dir.path().join("mapping.md");
    let (code, _, err) =
        isc(&["propose", "--format", "markdown", "-o", arg(&output), arg(dir.path())]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let first = std::fs::read_to_string(&output).unwrap();
    assert!(first.contains("accessibility"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&output).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "the output is not left private like a temporary file");
    }
    // A failing run leaves the previous output as it was, and no temporary file behind.
    let (code, _, _) =
        isc(&["propose", "--strict", "-o", arg(&output), arg(dir.path()), "/no/such/file.txt"]);
    assert_eq!(code, ExitCode::from(2));
    assert_eq!(std::fs::read_to_string(&output).unwrap(), first);
    let names: Vec<String> = std::fs::read_dir(out_dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["mapping.md"]);
    // An output path that cannot be written is an error naming it.
    let (code, _, err) = isc(&["propose", "-o", arg(out_dir.path()), arg(dir.path())]);
    assert_eq!(code, ExitCode::from(2));
    assert!(err.contains("cannot write"), "{err}");
}

/// A reader that has gone away: every write fails with a broken pipe.
struct ClosedPipe;

impl std::io::Write for ClosedPipe {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }
}

#[test]
fn closed_pipe_ends_quietly_with_success() {
    let dir = good_dir();
    let path = arg(dir.path());
    let commands: [&[&str]; 7] = [
        &["propose", path],
        &["propose", "--format", "json", path],
        &["scan", "--format", "jsonl", path],
        &["scan", path],
        &["explain", "accessibility", path],
        &["graph", path],
        &["lexicon"],
    ];
    for args in commands {
        let parsed =
            isc_cli::Args::try_parse_from(std::iter::once("isc").chain(args.iter().copied()))
                .unwrap();
        let mut err = Vec::new();
        let code = isc_cli::run(parsed, &mut ClosedPipe, &mut err);
        assert_eq!(code, ExitCode::SUCCESS, "{args:?}");
        let err = String::from_utf8(err).unwrap();
        assert!(!err.contains("error"), "{args:?}: {err}");
    }
    // Standard error closed too: still no failure.
    let parsed = isc_cli::Args::try_parse_from(["isc", "propose", path]).unwrap();
    assert_eq!(isc_cli::run(parsed, &mut ClosedPipe, &mut ClosedPipe), ExitCode::SUCCESS);
}

#[test]
fn library_gives_the_same_account() {
    let dir = good_dir();
    std::fs::write(dir.path().join("scan.txt"), b"PDF\0").unwrap();
    std::fs::write(dir.path().join("cut.txt"), b"recalling Resolution 70 (Rev. Dub\xff").unwrap();
    let analysis = engine().analyze(&[dir.path()]).unwrap();
    let report = &analysis.report;
    assert_eq!(report.proposal("accessibility").unwrap().clauses, ["A", "B"]);
    assert_eq!((report.counts.files, report.counts.documents, report.counts.skipped), (4, 3, 1));
    assert_eq!(report.n_errors(), 0);
    assert!(
        report.diagnostics.iter().any(|d| d.message.contains("invalid UTF-8 at byte offset 33"))
    );
    let small = Engine::new(Config::new().with_max_file_size(1 << 20));
    let scan = small.scan_reader("-", std::io::repeat(b'a'));
    assert!(scan.documents.is_empty(), "an endless reader stops at the size limit");
    assert!(scan.skipped[0].reason.starts_with("too large: more than 1.0 MiB"), "{scan:?}");
}

/// Texts far larger than any real one must still be read in time: nothing quadratic. Each test
/// reads a text at two sizes and checks that twice the text takes less than three times as long.
mod bounded_work {
    use super::*;

    fn scan(text: &str) -> Vec<Document> {
        engine().scan_str("big.txt", text)
    }

    /// Scans `piece` repeated `n` and `2 * n` times, checks that the time grows linearly, and
    /// returns the documents of the longer text.
    #[track_caller]
    fn scan_repeated_linear(piece: &str, n: usize) -> Vec<Document> {
        assert_linear_growth(piece, n, |n| piece.repeat(n), scan)
    }

    #[test]
    fn one_long_line_of_many_citations() {
        // One line of about 110 kB, then one of 220 kB: 2,500 and 5,000 citations.
        let documents = scan_repeated_linear("recalling Resolution 70 (Rev. Dubai, 2018), ", 2_500);
        assert_eq!(documents[0].citations.len(), 5_000);
        let last = documents[0].citations.last().unwrap();
        assert_eq!((last.line, last.column), (1, 44 * 4_999 + 11));
    }

    #[test]
    fn one_long_line_without_citations() {
        let documents = scan_repeated_linear("x", 1 << 19);
        assert_eq!(documents.len(), 1);
    }

    #[test]
    fn many_lines_of_citations() {
        let documents =
            scan_repeated_linear("Resolutions 44 and 45 (Rev. Dubai, 2012) of WTSA;\n", 1_250);
        assert_eq!(documents[0].citations.len(), 5_000);
    }

    #[test]
    fn a_compilation_of_hundreds_of_resolutions() {
        let one = |n: usize| {
            format!(
                "RESOLUTION {n} (REV. DUBAI, 2018)\n\nTitle {n}\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\nrecalling\nResolution 71 (Rev. Dubai, 2018),\n\nresolves\n1\tto go on\n\n"
            )
        };
        let text = |n: usize| -> String { (1..=n).map(one).collect() };
        let documents = assert_linear_growth("compilation", 250, text, scan);
        assert_eq!(documents.len(), 500);
        assert_eq!(documents[499].id.as_ref().unwrap().to_string(), "PP 500 (Rev. Dubai, 2018)");
    }

    #[test]
    fn many_unconfirmed_headings_and_repeated_clause_words() {
        let text =
            |n: usize| "Resolution 5\n".repeat(n) + &"recalling further recalling\n".repeat(n);
        let documents = assert_linear_growth("headings and clause words", 600, text, scan);
        assert_eq!(documents.len(), 1);
        scan_repeated_linear("resolves ", 25_000);
    }

    #[test]
    fn one_long_line_naming_many_study_items() {
        // Thousands of bare Questions in one sentence of a PP text, none with a Sector: each is
        // settled by looking back a bounded way, not at every one before it.
        let documents = scan_repeated_linear("studied under Question 1/1, ", 2_500);
        assert_eq!(documents[0].study_citations.len(), 5_000);
        assert!(documents[0].study_citations.iter().all(|c| c.sector.is_none()));
        // Study documents bound together: each heading opens one.
        let text = |n: usize| {
            (1..=n)
                .map(|i| {
                    format!(
                        "QUESTION {i}/1\n\nA study\n\nITU-D Study Group 1\n\n1\tScope\n\nText.\n\n"
                    )
                })
                .collect::<String>()
        };
        let documents = assert_linear_growth("study documents", 300, text, scan);
        assert_eq!(documents.len(), 600);
    }

    #[test]
    fn a_range_past_the_limit_is_reported() {
        let documents = scan("recalling Resolutions 1 to 500 of WTSA;\n");
        let numbers: Vec<String> =
            documents[0].citations.iter().map(|c| c.number.to_string()).collect();
        assert_eq!(numbers, ["1"]);
        assert_eq!(
            documents[0].diagnostics[0].message,
            "the range Resolutions 1 to 500 holds more than 100 resolutions; only Resolution 1 is read"
        );
        let documents = scan("recalling Resolutions 1 to 100 of WTSA;\n");
        assert_eq!(documents[0].citations.len(), 100);
        assert!(documents[0].diagnostics.is_empty());
    }
}

/// 1-based line and column of `offset`, counted the slow, obvious way: `\n`, `\r\n` and a lone
/// `\r` end lines; columns count characters.
fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let (mut line, mut column) = (1, 1);
    let mut chars = text[..offset].chars().peekable();
    while let Some(c) = chars.next() {
        let ends_line = c == '\n' || (c == '\r' && chars.peek() != Some(&'\n'));
        if ends_line {
            line += 1;
            column = 1;
        } else if c != '\r' {
            column += 1;
        }
    }
    (line, column)
}

/// Checks every span of `documents` against `text`, the text they were read from.
fn check_spans(text: &str, documents: &[Document]) -> Result<(), TestCaseError> {
    let in_text = |what: &str, span: isc_engine::Span| -> Result<(), TestCaseError> {
        let range = span.range();
        prop_assert!(range.start <= range.end && range.end <= text.len(), "{what} {range:?}");
        prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        Ok(())
    };
    for document in documents {
        for c in &document.citations {
            in_text("citation", c.span)?;
            prop_assert_eq!(&text[c.span.range()], c.text.as_str());
            prop_assert_eq!(line_col(text, c.span.start as usize), (c.line, c.column));
        }
        let evidence = document
            .themes
            .iter()
            .chain(&document.theme_candidates)
            .flat_map(|t| &t.evidence)
            .chain(&document.coordination);
        for e in evidence {
            in_text("evidence", e.span)?;
            prop_assert_eq!(&text[e.span.range()], e.text.as_str());
            prop_assert_eq!(line_col(text, e.span.start as usize), (e.line, e.column));
        }
        for p in &document.parts {
            in_text("part", p.span)?;
            prop_assert_eq!(line_col(text, p.span.start as usize).0, p.line);
        }
        for d in &document.diagnostics {
            in_text("diagnostic", d.span)?;
            prop_assert_eq!(line_col(text, d.span.start as usize), (d.line, d.column));
        }
    }
    Ok(())
}

/// Windows-1252's characters for the bytes 0x80 to 0x9F (the five it leaves undefined are the
/// C1 controls, as the encoding standard reads them).
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}', '\u{178}',
];

/// The text bytes without a byte-order mark decode to, as documented: UTF-8 when they are; else
/// Windows-1252 where fewer characters beyond ASCII are valid UTF-8 than there are bad bytes or
/// sequences, unless the only bad sequence is cut off at the end; else UTF-8 with U+FFFD.
fn decoded(bytes: &[u8]) -> String {
    let err = match std::str::from_utf8(bytes) {
        Ok(text) => return text.to_owned(),
        Err(err) => err,
    };
    let chunks: Vec<_> = bytes.utf8_chunks().collect();
    let beyond_ascii: usize =
        chunks.iter().map(|c| c.valid().chars().filter(|c| !c.is_ascii()).count()).sum();
    let invalid = chunks.iter().filter(|c| !c.invalid().is_empty()).count();
    let cut_at_end = invalid == 1 && err.error_len().is_none();
    if cut_at_end || beyond_ascii >= invalid {
        return String::from_utf8_lossy(bytes).into_owned();
    }
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            b => char::from(b),
        })
        .collect()
}

/// Bytes built from pieces of resolution texts, line ends of every kind, bytes that are not
/// UTF-8 and bytes at random.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"RESOLUTION 70 (REV. DUBAI, 2018)".to_vec()),
        Just(b"The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),".to_vec()),
        Just(b"Resolutions 44 and 45 (Rev. Dubai, 2012) of WTSA".to_vec()),
        Just(b"Res. ITU-R 9-5".to_vec()),
        Just(b"Resolutions 1 to 9".to_vec()),
        Just(b"recalling".to_vec()),
        Just(b"resolves".to_vec()),
        Just(b"instructs the Secretary-General".to_vec()),
        Just(b"gender equality and accessibility".to_vec()),
        Just(b"the three Sectors".to_vec()),
        Just(b"ANNEX".to_vec()),
        Just(b"_______".to_vec()),
        Just("R\u{e9}solution 12 (Gen\u{e8}ve, 2019)".as_bytes().to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"\n\n".to_vec()),
        Just(b"\x0c".to_vec()),
        Just(b" ".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\xff".to_vec()),
        Just(b"\xe2\x80".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        any::<u8>().prop_map(|b| vec![b]),
        "[a-z0-9 ,.;:()-]{1,8}".prop_map(String::into_bytes),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any bytes through decoding, parsing and the lexicon: no panic, and every span is valid
    /// for the decoded text, with the right line and column.
    #[test]
    fn any_bytes_give_valid_spans(bytes in hostile_bytes()) {
        let engine = engine();
        let scan = engine.scan_reader("-", &bytes[..]);
        prop_assert_eq!(scan.files_seen, 1);
        prop_assert_eq!(scan.documents.is_empty(), scan.skipped.len() == 1);
        if !scan.documents.is_empty() {
            // UTF-16 byte-order marks aside, the text read is the UTF-8 decoding, or the
            // Windows-1252 one of bytes that read as a single-byte text.
            if !(bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])) {
                let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(&bytes);
                check_spans(&decoded(body), &scan.documents)?;
            }
            let analysis = engine.analyze_documents(scan.documents);
            prop_assert_eq!(analysis.report.counts.files, 1);
        }
    }

    /// Any string through the whole pipeline on disk: no panic, the file is accounted for.
    #[test]
    fn any_file_is_accounted_for(bytes in hostile_bytes()) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("input.txt"), &bytes).unwrap();
        let analysis = engine().analyze(&[dir.path()]).unwrap();
        let counts = analysis.report.counts;
        prop_assert_eq!(counts.files, 1);
        prop_assert_eq!(counts.skipped + usize::from(counts.documents > 0), 1);
    }
}

/// Each bad Word, PDF and XML file is skipped with its reason, and the good file beside it
/// is read.
#[test]
fn bad_formatted_files_are_named_and_the_run_goes_on() {
    let bad = isc_suite::repo_root().join("tests/fixtures/formats/bad");
    let good = isc_suite::repo_root().join("tests/fixtures/formats/docx/pp-123-dubai-2018.docx");
    let scan = engine().scan_paths(&[bad.clone(), good]).unwrap();
    let reason = |name: &str| -> String {
        let source = bad.join(name);
        scan.skipped
            .iter()
            .find(|s| Path::new(&s.source) == source)
            .map(|s| s.reason.clone())
            .unwrap_or_else(|| panic!("{name} not skipped: {:?}", scan.skipped))
    };
    const CASES: &[(&str, &str)] = &[
        ("corrupt.docx", "corrupt zip container"),
        ("bomb.docx", "unpacks to more than the"),
        ("entities.docx", "document type declaration (DTD)"),
        ("external-dtd.xml", "document type declaration (DTD)"),
        ("truncated.pdf", "unreadable PDF"),
        ("broken-xref.pdf", "unreadable PDF"),
        ("encrypted.pdf", "encrypted PDF"),
        ("truncated.doc", "unreadable Word 97-2003 file"),
    ];
    for &(name, want) in CASES {
        let got = reason(name);
        assert!(got.contains(want), "{name}: {got}");
    }
    // HTML saved under a .docx name is read as HTML, with a warning saying so.
    let html = scan.documents.iter().find(|d| d.source.ends_with("html.docx")).unwrap();
    assert!(html.diagnostics[0].message.contains("named .docx (Word) but the content is HTML"));
    assert_eq!(html.id.as_ref().unwrap().to_string(), "PP 123 (Rev. Dubai, 2018)");
    assert!(scan.documents.iter().any(|d| d.source.ends_with("pp-123-dubai-2018.docx")));
    // A PDF without a text layer is read as an empty document that says why.
    let blank = scan.documents.iter().find(|d| d.source.ends_with("no-text.pdf")).unwrap();
    assert!(blank.diagnostics[0].message.starts_with("no text layer"), "{:?}", blank.diagnostics);
}

/// A citation word in capitals cut at a line end right after a character of several bytes
/// (`–RESOLU-` / `TION`) is joined without cutting that character in two.
#[test]
fn a_cut_citation_word_after_a_character_of_several_bytes() {
    for text in [
        "Final Acts \u{2013}RESOLU-\nTION 5 (Rev. Dubai, 2018)\nTitle of it\n",
        "\u{2019}RESOLU-\nTION 5\n",
    ] {
        let documents = isc_suite::scan_text("hostile.txt", text);
        assert!(!documents.is_empty(), "{text:?}");
    }
}

/// A one-line copy with text in a script of three-byte characters before a heading and an
/// issuing clause, shifted one byte at a time so that every window the reading looks back over
/// starts inside a character somewhere: read, never a panic, the heading found each time.
#[test]
fn a_one_line_copy_with_wide_characters_before_its_heading_is_read() {
    for pad in 0..6 {
        let text = format!(
            "{}{} RESOLUTION 2 (REV. DUBAI, 2018) World telecommunication/information and \
             communication technology policy forum The Plenipotentiary Conference of the \
             International Telecommunication Union (Dubai, 2018), considering that the forum lets \
             policy makers exchange views, resolves 1 to hold the forum again.",
            "\u{76d1}\u{7ba1} ".repeat(60),
            "x".repeat(pad)
        );
        let documents = engine().scan_str("wide.txt", &text);
        assert!(
            documents
                .iter()
                .any(|d| d.id.as_ref().is_some_and(|i| i.to_string() == "PP 2 (Rev. Dubai, 2018)")),
            "pad {pad}"
        );
    }
}

/// A Markdown file named on the command line is read as text, with no note on its extension.
/// In a folder it is read when `--ext` lists `md`; by default it is an ignored extension, as a
/// folder's `README.md` beside the texts is no resolution.
#[test]
fn markdown_files_are_read_when_named_or_listed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("resolution-25.md");
    std::fs::write(
        &file,
        "## RESOLUTION 25 (REV. BUSAN, 2014)\n\n**Strengthening the regional presence**\n\n*The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),*\n\n*recalling*\n\n- a) Resolution 71 (Rev. Busan, 2014) on the strategic plan;\n",
    )
    .unwrap();
    for args in [vec![arg(&file)], vec![arg(dir.path()), "--ext", "md"]] {
        let mut command = vec!["scan", "--format", "jsonl"];
        command.extend(args);
        let (code, out, err) = isc(&command);
        assert_eq!(code, ExitCode::SUCCESS, "{err}");
        assert!(err.contains(" 0 diagnostics, 0 skipped, 0 ignored"), "{err}");
        let document: serde_json::Value =
            serde_json::from_str(out.lines().next().unwrap()).unwrap();
        assert_eq!(document["id"]["number"], "25");
        assert_eq!(document["citations"][0]["number"], "71");
    }
    let (_, _, err) = isc(&["scan", "--format", "jsonl", arg(dir.path())]);
    assert!(err.contains(" 1 ignored"), "{err}");
}
