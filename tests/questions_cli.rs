//! `isc rules` and `isc questions` end to end: what they print, the rule file keyed by rule id,
//! exit codes, determinism.

use std::process::ExitCode;

use isc_suite::{corpus_dir, isc};
use serde_json::Value;

fn resolutions() -> String {
    corpus_dir().join("resolutions").to_string_lossy().into_owned()
}

fn corpus() -> String {
    corpus_dir().to_string_lossy().into_owned()
}

fn rule_file(dir: &tempfile::TempDir, text: &str) -> String {
    let path = dir.path().join("rules.toml");
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn rules_lists_every_rule_with_its_description_and_parameters() {
    let (code, out, err) = isc(&["rules"]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let mi001 = out.find("[MI001]").expect("MI001 listed");
    let mi002 = out.find("[MI002]").expect("MI002 listed");
    assert!(mi001 < mi002, "{out}");
    assert!(out.contains("# MI001: a theme is an area of mutual interest"), "{out}");
    assert!(out.contains("# MI002: "), "{out}");
    for key in [
        "min_sectors = 1",
        "count_superseded = false",
        "preamble_cue_counts = false",
        "resolution_max_items = 8",
        "group_citations = false",
        "reasons = [\"theme\", \"cites\", \"resolution\"]",
    ] {
        assert!(out.contains(key), "{key} missing from\n{out}");
    }
    // What it prints is a rule file.
    let dir = tempfile::tempdir().unwrap();
    let path = rule_file(&dir, &out);
    let (code, _, err) = isc(&["propose", "--quiet", "--rules", &path, &resolutions()]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
}

#[test]
fn rules_shows_the_parameters_a_rule_file_sets() {
    let dir = tempfile::tempdir().unwrap();
    let path = rule_file(&dir, "[MI002]\nresolution_max_items = 3\n\n[MI001]\nmin_sectors = 2\n");
    let (code, out, err) = isc(&["rules", "--rules", &path]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    assert!(out.contains("resolution_max_items = 3"), "{out}");
    assert!(out.contains("min_sectors = 2"), "{out}");
    assert!(out.contains("group_citations = false"), "{out}");
}

#[test]
fn a_rule_file_naming_an_unknown_rule_or_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (text, says) in [
        ("[MI003]\nmin_sectors = 1\n", "MI003"),
        ("[MI002]\nmin_sectors = 1\n", "min_sectors"),
        ("[MI001]\nresolution_max_items = 1\n", "resolution_max_items"),
        ("min_sectors = 1\n", "min_sectors"),
    ] {
        let path = rule_file(&dir, text);
        for command in ["rules", "questions", "propose"] {
            let mut args = vec![command, "--rules", &path];
            let corpus = resolutions();
            if command != "rules" {
                args.push(&corpus);
            }
            let (code, out, err) = isc(&args);
            assert_eq!(code, ExitCode::from(2), "{command} {text}: {err}");
            assert!(out.is_empty(), "{command} {text}: {out}");
            assert!(err.contains(says) && err.contains("rule"), "{command} {text}: {err}");
        }
    }
}

#[test]
fn questions_json_always_has_the_three_tables_in_order() {
    // The resolutions alone hold no study-group work: three empty tables, and exit code 1.
    let (code, out, err) = isc(&["questions", "--quiet", "--format", "json", &resolutions()]);
    assert_eq!(code, ExitCode::from(1), "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();
    let expected: Value = serde_json::from_str(
        r#"{"tables": [
            {"from": "ITU-D", "to": "ITU-R", "rows": []},
            {"from": "ITU-T", "to": "ITU-R", "rows": []},
            {"from": "ITU-D", "to": "ITU-T", "rows": []}
        ]}"#,
    )
    .unwrap();
    assert_eq!(json, expected);
    // The keys in the documented order: from, to, rows.
    let expected_text = r#"{
  "tables": [
    {
      "from": "ITU-D",
      "to": "ITU-R",
      "rows": []
    },
    {
      "from": "ITU-T",
      "to": "ITU-R",
      "rows": []
    },
    {
      "from": "ITU-D",
      "to": "ITU-T",
      "rows": []
    }
  ]
}
"#;
    assert_eq!(out, expected_text);
}

#[test]
fn questions_formats_name_the_three_tables() {
    let (code, out, _) = isc(&["questions", "--quiet", &resolutions()]);
    assert_eq!(code, ExitCode::from(1));
    for title in [
        "Table 1: ITU-D Questions -> ITU-R Working Parties",
        "Table 2: ITU-T Questions -> ITU-R Working Parties",
        "Table 3: ITU-D Questions -> ITU-T Questions",
    ] {
        assert!(out.contains(title), "{title} missing from\n{out}");
    }
    let (_, out, _) = isc(&["questions", "--quiet", "--format", "csv", &resolutions()]);
    assert_eq!(out, "table,from,to,themes,reasons,evidence\n");
    let (_, out, _) = isc(&["questions", "--quiet", "--format", "markdown", &resolutions()]);
    assert_eq!(out.matches("| From | To | Themes | Reasons | Evidence |").count(), 3, "{out}");
    assert!(out.contains("## Table 3: ITU-D Questions -> ITU-T Questions"), "{out}");
}

#[test]
fn questions_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing").to_string_lossy().into_owned();
    let (code, _, err) = isc(&["questions", "--quiet", &missing]);
    assert_eq!(code, ExitCode::from(2), "{err}");
    let empty = dir.path().to_string_lossy().into_owned();
    let (code, _, _) = isc(&["questions", "--quiet", &empty]);
    assert_eq!(code, ExitCode::from(1));
}

#[test]
fn questions_output_is_the_same_at_one_and_two_threads() {
    for format in ["table", "json", "csv", "markdown"] {
        let run = |threads: &str| {
            let args =
                ["questions", "--quiet", "--threads", threads, "--format", format, &corpus()];
            let (code, out, err) = isc(&args);
            assert_ne!(code, ExitCode::from(2), "{err}");
            out
        };
        assert_eq!(run("1"), run("2"), "{format}");
    }
}
