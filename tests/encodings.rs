//! Texts and pages in the single-byte encodings of Western European languages: a French text
//! saved as Latin-1, a page a word processor saved in Windows-1252 with its `charset` declared,
//! a page that declares none. Their accented letters, dashes and quotes are read as written, so
//! are the headings, titles and citations they are in. A UTF-8 text with one bad byte stays UTF-8.
//! The answers below were written from the texts by hand.

use std::path::Path;

use isc_engine::{Config, Document, Engine};
use isc_suite::{cited as citations, identity as id};

/// A French resolution, written here in UTF-8, with an en dash and a typographic apostrophe.
const FRENCH: &str = "\
R\u{c9}SOLUTION 71 (R\u{c9}V. DUBA\u{cf}, 2018)

Plan strat\u{e9}gique de l\u{2019}Union pour la p\u{e9}riode 2020\u{2013}2023

La Conf\u{e9}rence de pl\u{e9}nipotentiaires de l'Union internationale des t\u{e9}l\u{e9}communications (Duba\u{ef}, 2018),

consid\u{e9}rant
a) la R\u{e9}solution 72 (R\u{e9}v. Duba\u{ef}, 2018) de la pr\u{e9}sente Conf\u{e9}rence;

d\u{e9}cide
1 d'adopter le plan strat\u{e9}gique.
";

/// `text` in Windows-1252: its characters outside ASCII are Latin-1's, the en dash and the
/// apostrophe Windows-1252's own bytes.
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '\u{2013}' => 0x96,
            '\u{2019}' => 0x92,
            c => u8::try_from(u32::from(c)).expect("a Latin-1 character"),
        })
        .collect()
}

fn scan_file(path: &Path) -> Vec<Document> {
    let scan = Engine::new(Config::new()).scan_paths(&[path.to_path_buf()]).unwrap();
    assert!(scan.skipped.is_empty(), "{:?}", scan.skipped);
    scan.documents
}

#[track_caller]
fn reads_as_the_french_resolution(documents: &[Document]) {
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 71 (Rev. Dubai, 2018)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Plan strat\u{e9}gique de l\u{2019}Union pour la p\u{e9}riode 2020\u{2013}2023")
    );
    assert_eq!(citations(document), ["PP 72 (Rev. Dubai, 2018)"]);
}

fn messages(document: &Document) -> Vec<&str> {
    document.diagnostics.iter().map(|d| d.message.as_str()).collect()
}

#[test]
fn a_text_in_latin_1_reads_with_its_accented_letters() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("res71-fr.txt");
    std::fs::write(&path, windows_1252(FRENCH)).unwrap();
    let documents = scan_file(&path);
    reads_as_the_french_resolution(&documents);
    let messages = messages(&documents[0]);
    assert!(
        messages
            .iter()
            .any(|m| m.contains("invalid UTF-8 at byte offset 1")
                && m.contains("read as Windows-1252")),
        "{messages:?}"
    );
}

#[test]
fn a_page_declaring_windows_1252_reads_with_its_accented_letters() {
    let dir = tempfile::tempdir().unwrap();
    for (name, head) in [
        (
            "declared-http-equiv.html",
            "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
        ),
        ("declared-charset.html", "<meta charset=\"ISO-8859-1\">"),
        ("undeclared.html", ""),
    ] {
        let body: String = FRENCH
            .split("\n\n")
            .map(|paragraph| format!("<p>{}</p>\n", paragraph.replace('\n', "<br>")))
            .collect();
        let page = format!(
            "<html><head>{head}<title>R\u{e9}solution 71</title></head><body>\n{body}</body></html>\n"
        );
        let path = dir.path().join(name);
        std::fs::write(&path, windows_1252(&page)).unwrap();
        let documents = scan_file(&path);
        reads_as_the_french_resolution(&documents);
    }
}

#[test]
fn a_utf8_text_with_one_bad_byte_stays_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("res71-cut.txt");
    let mut bytes = FRENCH.as_bytes().to_vec();
    let at = FRENCH.find("d\u{e9}cide").unwrap();
    bytes.insert(at, 0xFF);
    std::fs::write(&path, bytes).unwrap();
    let documents = scan_file(&path);
    reads_as_the_french_resolution(&documents);
    let messages = messages(&documents[0]);
    assert!(messages.iter().any(|m| m.contains("bad bytes replaced with U+FFFD")), "{messages:?}");
}
