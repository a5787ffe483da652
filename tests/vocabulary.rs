//! A language added through a vocabulary file, with no change to the program: its heading, its
//! citations and its clause words are read.

use isc_suite::isc;

/// The vocabulary file a user writes to add German.
const GERMAN: &str = r#"
[[language]]
code = "de"
resolution_words = ["Entschliessung"]
preamble_clauses = ["in Anbetracht"]
operative_clauses = ["beschliesst"]
"#;

/// A German resolution, written for this test.
const TEXT: &str = "ENTSCHLIESSUNG 999 (DUBAI, 2018)\n\
\n\
Zusammenarbeit der drei Sektoren\n\
\n\
in Anbetracht\n\
a)\tdie Entschliessung 70 (Rev. Dubai, 2018) über die Gleichstellung der Geschlechter;\n\
\n\
beschliesst\n\
1\tdie Arbeit fortzusetzen.\n";

/// Scans the German text, with the vocabulary file when `with_file`, and gives the one
/// document's JSON object.
fn scan(with_file: bool) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let vocabulary = dir.path().join("de.toml");
    std::fs::write(&vocabulary, GERMAN).unwrap();
    let text = dir.path().join("entschliessung-999.txt");
    std::fs::write(&text, TEXT).unwrap();
    let mut args = vec!["scan", "--format", "jsonl", text.to_str().unwrap()];
    if with_file {
        args.extend(["--vocabulary", vocabulary.to_str().unwrap()]);
    }
    let (_, out, err) = isc(&args);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "one document expected:\n{out}\n{err}");
    serde_json::from_str(lines[0]).unwrap()
}

#[test]
fn a_language_added_by_file_reads_heading_citation_and_clauses() {
    let doc = scan(true);
    // The heading is the document's identity: the body is told by the edition (Dubai 2018 is
    // the Plenipotentiary Conference).
    assert_eq!(doc["id"]["body"], "PP");
    assert_eq!(doc["id"]["number"], "999");
    assert_eq!(doc["id"]["edition"]["place"], "Dubai");
    assert_eq!(doc["id"]["edition"]["year"], 2018);
    assert_eq!(doc["id"]["edition"]["revision"], false);
    assert_eq!(doc["title"], "Zusammenarbeit der drei Sektoren");
    // The citation, its body given by its edition, in the preamble.
    let citations = doc["citations"].as_array().unwrap();
    assert_eq!(citations.len(), 1, "{citations:?}");
    assert_eq!(citations[0]["body"], "PP");
    assert_eq!(citations[0]["number"], "70");
    assert_eq!(citations[0]["edition"]["revision"], true);
    assert_eq!(citations[0]["body_from"], "edition");
    assert_eq!(citations[0]["text"], "Entschliessung 70 (Rev. Dubai, 2018)");
    assert_eq!(citations[0]["part"], "preamble");
    assert_eq!(citations[0]["clause"], "in Anbetracht");
    // Both clause words open their parts.
    let clauses: Vec<(String, String)> = doc["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| !p["clause"].is_null())
        .map(|p| (p["kind"].as_str().unwrap().to_owned(), p["clause"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(
        clauses,
        [
            ("preamble".to_owned(), "in Anbetracht".to_owned()),
            ("operative".to_owned(), "beschliesst".to_owned())
        ]
    );
}

#[test]
fn without_the_file_the_language_is_not_read() {
    let doc = scan(false);
    assert!(doc["id"].is_null(), "{doc}");
    assert!(doc["citations"].as_array().unwrap().is_empty());
    assert!(doc["parts"].as_array().unwrap().iter().all(|p| p["clause"].is_null()));
}

#[test]
fn isc_vocabulary_prints_one_language_table_per_shipped_language() {
    let (_, out, _) = isc(&["vocabulary"]);
    let tables = out.lines().filter(|l| l.trim() == "[[language]]").count();
    assert_eq!(tables, 3);
    for code in ["en", "fr", "es"] {
        assert!(out.contains(&format!("code = \"{code}\"")), "{code}");
    }
    // What it prints is a file `--vocabulary` takes.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vocabulary.toml");
    std::fs::write(&path, &out).unwrap();
    let (code, extended, err) = isc(&["vocabulary", "--vocabulary", path.to_str().unwrap()]);
    assert_eq!(code, std::process::ExitCode::SUCCESS, "{err}");
    assert_eq!(extended.lines().filter(|l| l.trim() == "[[language]]").count(), 3);
}

#[test]
fn a_bad_vocabulary_file_is_named_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, "[[language]]\ncode = \"de\"\n[language.body_names]\nUNO = [\"x\"]\n")
        .unwrap();
    let (code, _, err) = isc(&["scan", "--vocabulary", path.to_str().unwrap(), "-"]);
    assert_eq!(code, std::process::ExitCode::from(2));
    assert!(err.contains("bad.toml") && err.contains("not a body code"), "{err}");
}
