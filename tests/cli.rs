//! The `isc` command end to end: arguments, output formats, exit codes, determinism.

use std::process::ExitCode;

use isc_suite::{corpus_dir, isc};
use serde_json::Value;

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

    // A path named on the command line that does not exist is an error.
    let (code, _, err) = isc(&["scan", "/no/such/path"]);
    assert_eq!(code, ExitCode::from(2));
    assert!(err.contains("/no/such/path: skipped: cannot read"), "{err}");
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

#[test]
fn propose_prints_the_mapping_table_in_every_format() {
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let (code, table, err) = isc(&["propose", &corpus]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let header = table.lines().next().unwrap();
    assert!(
        header.starts_with("Theme") && header.contains("PP") && header.ends_with("Clause"),
        "{header}"
    );
    assert!(
        table.lines().any(|l| l.starts_with("gender-equality")
            && l.contains("Res. 70 (Rev. Dubai, 2018)")
            && l.ends_with("A+B")),
        "{table}"
    );
    assert!(table.contains("Near misses:"));
    assert!(err.contains("142 documents") && err.contains("20 proposals"), "{err}");

    let (_, csv, _) = isc(&["propose", "--format", "csv", "-q", &corpus]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["theme", "label", "clauses", "pp", "itu_r", "itu_t", "itu_d"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 20);
    let gender = rows.iter().find(|r| &r[0] == "gender-equality").unwrap();
    assert_eq!(&gender[2], "A+B");
    assert_eq!(&gender[6], "Res. 44 (Istanbul, 2002); Res. 55 (Rev. Buenos Aires, 2017)");

    let (_, markdown, _) = isc(&["propose", "--format", "markdown", "-q", &corpus]);
    assert!(
        markdown.starts_with("| Theme | PP | ITU-R | ITU-T | ITU-D | Clause |\n|---|"),
        "{markdown}"
    );
    assert_eq!(markdown.lines().count(), 2 + 20);

    let (_, json, _) = isc(&["propose", "--format", "json", "-q", &corpus]);
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["counts"]["proposals"], 20);
    assert_eq!(report["rules"][0]["id"], "MI001");
}

#[test]
fn propose_output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mapping.md");
    std::fs::write(&target, "previous run\n").unwrap();
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let (code, out, _) = isc(&[
        "propose",
        "--format",
        "markdown",
        "-q",
        "--output",
        target.to_str().unwrap(),
        &corpus,
    ]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(out.is_empty(), "nothing on stdout when writing a file");
    let written = std::fs::read_to_string(&target).unwrap();
    let (_, direct, _) = isc(&["propose", "--format", "markdown", "-q", &corpus]);
    assert_eq!(written, direct);
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn propose_exit_code_is_1_without_proposals_and_2_on_a_bad_rule_file() {
    let single = sample("pp-154-dubai-2018.txt");
    let (code, out, _) = isc(&["propose", "-q", &single]);
    assert_eq!(code, ExitCode::from(1));
    assert!(out.contains("(no theme proposed)"), "{out}");

    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, "[MI001]\nmin_sectors = 9\n").unwrap();
    let (code, _, err) = isc(&["propose", "--rules", rules.to_str().unwrap(), &single]);
    assert_eq!(code, ExitCode::from(2));
    assert!(err.contains("min_sectors"), "{err}");
}

#[test]
fn rule_file_changes_what_is_proposed() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, "[MI001]\nmin_sectors = 2\n").unwrap();
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let (_, json, _) =
        isc(&["propose", "--format", "json", "-q", "--rules", rules.to_str().unwrap(), &corpus]);
    let report: Value = serde_json::from_str(&json).unwrap();
    let themes: Vec<&str> = report["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["theme"].as_str().unwrap())
        .collect();
    // Youth has a PP and an ITU-D resolution only: B needs two Sectors now, and PP 198 calls for no coordination.
    assert!(!themes.contains(&"youth"), "{themes:?}");
    assert!(themes.contains(&"gender-equality"), "A still fires: {themes:?}");
}

#[test]
fn explain_quotes_the_evidence_with_positions() {
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let (code, out, _) = isc(&["explain", "gender-equality", "-q", &corpus]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(out.starts_with("gender-equality (Gender equality and the empowerment of women): proposed by MI001, clause A+B"), "{out}");
    assert!(
        out.contains("pp-70-dubai-2018.txt:3:1  title  \"Mainstreaming a gender perspective\""),
        "{out}"
    );
    assert!(out.contains("operative (instructs the Directors of the three Bureaux)"), "{out}");

    let (code, out, _) = isc(&["explain", "e-health", "-q", &corpus]);
    assert_eq!(code, ExitCode::from(1));
    assert!(
        out.contains(
            "nearest miss: Sector resolutions in two or more Sectors, but no PP resolution"
        ),
        "{out}"
    );

    let (code, _, err) = isc(&["explain", "no-such-theme", &corpus]);
    assert_eq!(code, ExitCode::from(2));
    assert!(err.contains("unknown theme \"no-such-theme\""), "{err}");
}

#[test]
fn graph_exports() {
    let path = sample("pp-70-dubai-2018.txt");
    let (code, dot, _) = isc(&["graph", "-q", &path]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(dot.starts_with("digraph isc {"), "{dot}");
    assert!(dot.contains("label=\"cites\""));
    let (_, graphml, _) = isc(&["graph", "--format", "graphml", "-q", &path]);
    assert!(graphml.contains("<graphml") && graphml.contains("edgedefault=\"directed\""));
    let (_, json, _) = isc(&["graph", "--format", "json", "-q", &path]);
    let graph: Value = serde_json::from_str(&json).unwrap();
    assert!(graph["nodes"].as_array().unwrap().iter().any(|n| n["label"] == "gender-equality"));
}

#[test]
fn diff_shows_what_a_new_conference_changed() {
    let dir = tempfile::tempdir().unwrap();
    let old_corpus = dir.path().join("old");
    std::fs::create_dir(&old_corpus).unwrap();
    // The old run lacks the ITU-D gender resolutions and the PP youth resolution.
    for entry in std::fs::read_dir(corpus_dir().join("resolutions")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("wtdc-55-") && !name.starts_with("pp-198-") {
            std::fs::copy(&path, old_corpus.join(&name)).unwrap();
        }
    }
    let old_json = dir.path().join("old.json");
    let new_json = dir.path().join("new.json");
    let corpus = corpus_dir().join("resolutions").to_string_lossy().into_owned();
    isc(&[
        "propose",
        "--format",
        "json",
        "-q",
        "-o",
        old_json.to_str().unwrap(),
        old_corpus.to_str().unwrap(),
    ]);
    isc(&["propose", "--format", "json", "-q", "-o", new_json.to_str().unwrap(), &corpus]);

    let (code, out, _) = isc(&["diff", old_json.to_str().unwrap(), new_json.to_str().unwrap()]);
    assert_eq!(code, ExitCode::from(1), "reports differ");
    // `capacity-building` is already proposed from other texts; the new ones join its row.
    assert!(out.contains("themes added: youth\n"), "{out}");
    assert!(out.contains("  + PP: Res. 198 (Rev. Dubai, 2018)"), "{out}");
    assert!(out.contains("  + ITU-D: Res. 55 (Rev. Buenos Aires, 2017)"), "{out}");

    let (code, out, _) = isc(&["diff", new_json.to_str().unwrap(), new_json.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert_eq!(out.trim(), "no change");

    let (code, _, err) =
        isc(&["diff", sample("pp-70-dubai-2018.txt").as_str(), new_json.to_str().unwrap()]);
    assert_eq!(code, ExitCode::from(2));
    assert!(err.contains("not a report"), "{err}");
}

/// A path named on the command line that does not exist is an error (exit code 2), named on
/// standard error; the other paths are still read.
#[test]
fn missing_path_is_exit_code_2_and_the_others_are_read() {
    let path = sample("pp-191-dubai-2018.txt");
    let (code, out, err) = isc(&["scan", "--quiet", "no/such/file.txt", &path]);
    assert_eq!(code, ExitCode::from(2), "{err}");
    assert!(err.contains("no/such/file.txt: skipped: cannot read"), "{err}");
    assert!(out.contains("PP 191 (Rev. Dubai, 2018)"), "{out}");
}

/// A Word file's citations carry the paragraph they came from, in JSON lines and in the table.
#[test]
fn scan_shows_locations_for_word_files() {
    let path = isc_suite::repo_root().join("tests/fixtures/formats/docx/pp-123-dubai-2018.docx");
    let path = path.to_string_lossy().into_owned();
    let (code, out, _) = isc(&["scan", "--quiet", "--format", "jsonl", &path]);
    assert_eq!(code, ExitCode::SUCCESS);
    let doc: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(doc["citations"][0]["location"]["paragraph"], 8);
    let (_, out, _) = isc(&["scan", "--quiet", &path]);
    assert!(out.contains("¶8 8:4  WTSA 44 (Rev. Hammamet, 2016)"), "{out}");
}

/// `explain` quotes a phrase of a PDF with its page (`file.pdf:p.1:`), then line and column in
/// the text read.
#[test]
fn explain_quotes_pages_of_pdf_files() {
    let dir = isc_suite::repo_root().join("tests/fixtures/formats/pdf");
    let dir = dir.to_string_lossy().into_owned();
    let (code, out, err) = isc(&["explain", "bridging-standardization-gap", "--quiet", &dir]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    assert!(
        out.contains("pp-123-dubai-2018.pdf:p.1:3:1  title  \"Bridging the standardization gap\""),
        "{out}"
    );
}

/// The table names a draft by what it is, not as a text without a heading: its action and
/// label, the resolution it modifies and the conference it is put to.
#[test]
fn scan_table_names_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("proposal.txt");
    std::fs::write(
        &path,
        "MOD\tEUR/44A7/1\n\nRESOLUTION 130 (REV. DUBAI, 2018)\n\nStrengthening the role of ITU in building confidence and security in the use of information and communication technologies\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\n\nresolves\n1\tto keep the work going.\n",
    )
    .unwrap();
    let (code, out, _) = isc(&["scan", "--quiet", path.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(
        out.contains(
            "draft MOD EUR/44A7/1, modifies PP 130 (Rev. Dubai, 2018), put to PP (Bucharest, 2022)"
        ),
        "{out}"
    );
    assert!(!out.contains("(no heading)"), "{out}");
}

/// The table names the conference of the issuing clause that opens a text without a heading.
#[test]
fn scan_table_names_the_issuer_of_a_text_without_heading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.txt");
    std::fs::write(
        &path,
        "Implementation of a mobile service\n\nThe World Radiocommunication Conference (Geneva, 1997),\n\nresolves\n1\tthat the studies go on.\n",
    )
    .unwrap();
    let (code, out, _) = isc(&["scan", "--quiet", path.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(out.contains("(no heading), issued by WRC (Geneva, 1997)"), "{out}");
}
