//! The `isc` command end to end: arguments, output formats, exit codes, determinism.

use std::process::ExitCode;

use clap::Parser as _;
use isc_suite::corpus_dir;
use serde_json::Value;

/// Runs `isc` with `args`; returns the exit code, standard output and standard error.
fn isc(args: &[&str]) -> (ExitCode, String, String) {
    let args =
        isc_cli::Args::try_parse_from(std::iter::once("isc").chain(args.iter().copied())).unwrap();
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = isc_cli::run(args, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

fn sample(name: &str) -> String {
    corpus_dir().join("resolutions").join(name).to_string_lossy().into_owned()
}

#[test]
fn scan_jsonl_follows_the_documented_contract() {
    let path = sample("wtsa-44-dubai-2012.txt");
    let (code, out, err) = isc(&["scan", "--format", "jsonl", &path]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1);
    let doc: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(doc["source"], path.as_str());
    assert_eq!(doc["id"]["body"], "WTSA");
    assert_eq!(doc["id"]["number"], "44");
    assert_eq!(doc["id"]["edition"]["revision"], true);
    assert_eq!(doc["id"]["edition"]["place"], "Dubai");
    assert_eq!(doc["id"]["edition"]["year"], 2012);
    assert_eq!(
        doc["title"],
        "Bridging the standardization gap between developing and developed countries"
    );
    let citations = doc["citations"].as_array().unwrap();
    assert!(!citations.is_empty());
    for citation in citations {
        for key in ["body", "number", "edition", "text", "span", "line", "column"] {
            assert!(citation.get(key).is_some(), "citation lacks {key}: {citation}");
        }
        assert_eq!(citation["span"].as_array().unwrap().len(), 2);
    }
    assert!(doc["diagnostics"].as_array().unwrap().is_empty());
    assert!(err.contains("1 files, 1 documents"), "{err}");
}

#[test]
fn scan_table_shows_identity_title_and_positions() {
    let (code, out, _) = isc(&["scan", "--quiet", &sample("pp-191-dubai-2018.txt")]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(out.contains("PP 191 (Rev. Dubai, 2018)"), "{out}");
    assert!(
        out.contains(
            "title: Strategy for the coordination of efforts among the three Sectors of the Union"
        ),
        "{out}"
    );
    assert!(out.contains("8:4  PP 71 (Rev. Dubai, 2018)"), "{out}");
}

#[test]
fn exit_codes() {
    let empty = tempfile::tempdir().unwrap();
    let (code, _, _) = isc(&["scan", empty.path().to_str().unwrap()]);
    assert_eq!(code, ExitCode::from(1), "no documents");

    let bad = empty.path().join("calendar.toml");
    std::fs::write(&bad, "[[conference]]\nbody = \"UN\"\n").unwrap();
    let (code, _, err) =
        isc(&["scan", "--calendar", bad.to_str().unwrap(), &sample("pp-191-dubai-2018.txt")]);
    assert_eq!(code, ExitCode::from(2));
    assert!(err.contains("invalid configuration in") && err.contains("calendar.toml"), "{err}");

    let (code, _, err) = isc(&["scan", "/no/such/path"]);
    assert_eq!(code, ExitCode::from(1));
    assert!(err.contains("/no/such/path: skipped"), "{err}");
}

#[test]
fn calendar_file_extends_the_shipped_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("note.txt");
    std::fs::write(&text, "The meeting recalled Resolution 5 (Rev. Riyadh, 2029) and Resolution 70 (Rev. Dubai, 2018).\n")
        .unwrap();
    let calendar = dir.path().join("calendar.toml");
    std::fs::write(&calendar, "[[conference]]\nbody = \"WTDC\"\nplace = \"Riyadh\"\nyear = 2029\n")
        .unwrap();
    let text = text.to_str().unwrap();

    let (_, out, _) = isc(&["scan", "--format", "jsonl", "-q", text]);
    let doc: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(doc["citations"][0]["body"], Value::Null);
    assert!(doc["diagnostics"][0]["message"].as_str().unwrap().contains("Riyadh"));

    let (_, out, _) =
        isc(&["scan", "--format", "jsonl", "-q", "--calendar", calendar.to_str().unwrap(), text]);
    let doc: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(doc["citations"][0]["body"], "WTDC");
    assert_eq!(doc["citations"][1]["body"], "PP", "the shipped calendar is still there");
    assert!(doc["diagnostics"].as_array().unwrap().is_empty());
}

#[test]
fn output_does_not_depend_on_thread_count() {
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let (_, one, _) = isc(&["scan", "--format", "jsonl", "-q", "--threads", "1", &corpus]);
    let (_, two, _) = isc(&["scan", "--format", "jsonl", "-q", "--threads", "2", &corpus]);
    assert!(one.lines().count() >= 100);
    assert_eq!(one, two);
}

#[test]
fn shipped_calendar_prints_and_loads() {
    let (code, out, _) = isc(&["calendar"]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(out.contains("[[conference]]"));
    isc_engine::Calendar::from_toml(&out).unwrap();
}
