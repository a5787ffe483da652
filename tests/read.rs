//! Word (`.docx` and `.doc`), HTML, PDF and Akoma Ntoso files read directly: the same
//! resolutions as the plain-text sample corpus, each once, with their source map. The fixtures
//! are made by `scripts/make-fixtures.py` from the sample corpus.

use std::path::PathBuf;

use isc_engine::{Config, Document, Engine, Location, PartKind, Revisions};
use isc_suite::{corpus_dir, render, repo_root};

fn fixture(path: &str) -> PathBuf {
    repo_root().join("tests/fixtures/formats").join(path)
}

/// The resolutions written in every format, by the name of their plain-text file.
const SINGLES: &[&str] = &[
    "pp-123-dubai-2018",
    "pp-191-dubai-2018",
    "pp-70-dubai-2018",
    "wtdc-37-buenos-aires-2017",
    "ra-7-3-geneva-2015",
    "wtsa-44-dubai-2012",
];

/// The compilation's resolutions, in order, as its table of contents lists them.
const COMPILATION: &[&str] = &[
    "PP 2 (Rev. Dubai, 2018)",
    "PP 11 (Rev. Dubai, 2018)",
    "PP 64 (Rev. Dubai, 2018)",
    "PP 66 (Rev. Dubai, 2018)",
    "PP 133 (Rev. Dubai, 2018)",
    "PP 137 (Rev. Dubai, 2018)",
    "PP 201 (Rev. Dubai, 2018)",
    "PP 203 (Rev. Dubai, 2018)",
    "PP 212 (Dubai, 2018)",
];

fn scan(path: PathBuf) -> Vec<Document> {
    scan_with(Config::new(), path)
}

fn scan_with(config: Config, path: PathBuf) -> Vec<Document> {
    let scan = Engine::new(config).scan_paths(std::slice::from_ref(&path)).unwrap();
    assert!(scan.skipped.is_empty(), "{}: {:?}", path.display(), scan.skipped);
    scan.documents
}

/// What must agree with the plain text: identity, title, and each citation's body, number and
/// edition, in order.
fn key(document: &Document) -> String {
    let id = document.id.as_ref().map_or_else(|| "(none)".to_owned(), render);
    let citations: Vec<String> =
        document.citations.iter().map(|c| render(&c.resolution())).collect();
    format!("{id} | {} | {}", document.title.as_deref().unwrap_or(""), citations.join("; "))
}

/// Each single resolution's fixture under `dir` (`pdf/unspaced`) gives one document, with the
/// identity, title and citations of its plain text.
#[track_caller]
fn singles_agree_with_text(dir: &str, extension: &str) {
    for name in SINGLES {
        let text = scan(corpus_dir().join("resolutions").join(format!("{name}.txt")));
        let read = scan(fixture(&format!("{dir}/{name}.{extension}")));
        assert_eq!(read.len(), 1, "{dir}/{name}.{extension}");
        assert_eq!(key(&read[0]), key(&text[0]), "{dir}/{name}.{extension}");
    }
}

#[track_caller]
fn agrees_with_text(extension: &str) {
    singles_agree_with_text(extension, extension);
    let text = scan(corpus_dir().join("compilations/pp-dubai-2018-final-acts-excerpt.txt"));
    let read = scan(fixture(&format!("{extension}/compilation.{extension}")));
    let ids: Vec<String> =
        read.iter().map(|d| d.id.as_ref().map_or_else(String::new, render)).collect();
    assert_eq!(ids, COMPILATION, "compilation.{extension}");
    let want: Vec<String> = text.iter().map(key).collect();
    let got: Vec<String> = read.iter().map(key).collect();
    assert_eq!(got, want, "compilation.{extension}");
}

#[test]
fn word_files_agree_with_their_plain_text() {
    agrees_with_text("docx");
}

/// The same Word files saved in the binary format of Word 97-2003 (`.doc`), as older
/// publications come: the same resolutions, each once, with the footnote as the footnote part.
#[test]
fn word_97_files_agree_with_their_plain_text() {
    agrees_with_text("doc");
    let documents = scan(fixture("doc/pp-123-dubai-2018.doc"));
    assert!(
        documents[0].parts.iter().any(|p| p.kind == PartKind::Footnote),
        "{:?}",
        documents[0].parts
    );
}

#[test]
fn html_files_agree_with_their_plain_text() {
    agrees_with_text("html");
}

#[test]
fn pdf_files_agree_with_their_plain_text() {
    agrees_with_text("pdf");
}

#[test]
fn pdf_printed_from_text_without_blank_lines_agrees_with_the_text() {
    // Every line of the text is a paragraph, with no space between paragraphs: a line that
    // ends short of the page's width ends its paragraph, so the heading, the title, the issuing
    // clause and each item stand apart as in the text.
    singles_agree_with_text("pdf/unspaced", "pdf");
    let text = scan(corpus_dir().join("compilations/pp-dubai-2018-final-acts-excerpt.txt"));
    let read = scan(fixture("pdf/unspaced/compilation.pdf"));
    let want: Vec<String> = text.iter().map(key).collect();
    let got: Vec<String> = read.iter().map(key).collect();
    assert_eq!(got, want, "unspaced/compilation.pdf");
}

#[test]
fn html_of_hard_wrapped_lines_agrees_with_the_text() {
    // A text copied from a PDF into a word processor and saved as a web page: each printed
    // line a paragraph of its own, a blank line an empty paragraph. The lines read as the
    // lines of a hard-wrapped text, not as paragraphs apart.
    singles_agree_with_text("html/wrapped", "html");
}

#[test]
fn pdf_running_headers_page_numbers_and_footnotes() {
    let bytes = std::fs::read(fixture("pdf/compilation.pdf")).unwrap();
    let reading = isc_read::read(&bytes, "compilation.pdf", &isc_read::Options::default()).unwrap();
    let text = &reading.texts[0].text;
    // Every page of the compilation carries `PP-18 – Final Acts` at its top and `- n -` at its
    // foot: neither is read.
    assert!(!text.contains("Final Acts\n"), "{text}");
    assert!(!text.lines().any(|l| l.starts_with("- ") && l.ends_with(" -")), "{text}");
    // PP 64's footnote sits at its page's foot: it comes back after the rule, before PP 66.
    let rule = text.find("______________\n1\t").expect("footnote rule");
    assert!(
        rule > text.find("RESOLUTION 64").unwrap() && rule < text.find("RESOLUTION 66").unwrap()
    );

    let documents = scan(fixture("pdf/compilation.pdf"));
    // PP 2 starts on page 2 (the table of contents is page 1), PP 212 is on a later page.
    let first = &documents[0].citations[0];
    assert_eq!(documents[0].location(first.span.start), Some(&Location::Page(2)));
    let last = &documents[8].citations[0];
    assert!(matches!(documents[8].location(last.span.start), Some(Location::Page(n)) if *n > 2));
}

#[test]
fn akoma_ntoso_collections_give_each_resolution_once() {
    let read = scan(fixture("akn/compilation.xml"));
    let ids: Vec<String> =
        read.iter().map(|d| d.id.as_ref().map_or_else(String::new, render)).collect();
    assert_eq!(ids, COMPILATION);
    let text = scan(corpus_dir().join("compilations/pp-dubai-2018-final-acts-excerpt.txt"));
    let want: Vec<String> = text.iter().map(key).collect();
    let got: Vec<String> = read.iter().map(key).collect();
    assert_eq!(got, want);
    // One document per component, numbered across the file.
    assert_eq!(
        read.iter().map(|d| d.part).collect::<Vec<_>>(),
        (1..=9).map(Some).collect::<Vec<_>>()
    );

    let read = scan(fixture("akn/resolutions.xml"));
    assert_eq!(read.len(), SINGLES.len());
    for (name, document) in SINGLES.iter().zip(&read) {
        let text = scan(corpus_dir().join("resolutions").join(format!("{name}.txt")));
        assert_eq!(key(document), key(&text[0]), "{name}");
    }
    // PP 123's footnote is an authorialNote: it comes back as the footnote part.
    assert!(read[0].parts.iter().any(|p| p.kind == PartKind::Footnote), "{:?}", read[0].parts);
}

#[test]
fn word_numbering_footnotes_and_no_page_furniture() {
    let bytes = std::fs::read(fixture("docx/compilation.docx")).unwrap();
    let reading =
        isc_read::read(&bytes, "compilation.docx", &isc_read::Options::default()).unwrap();
    let text = &reading.texts[0].text;
    // Automatic numbering, rebuilt: the items of PP 2 carry no number in the file.
    assert!(text.contains("\nresolves\n1\tthat the world telecommunication/information"), "{text}");
    assert!(text.contains("\n2\tthat the forum shall adopt no binding texts"), "{text}");
    assert!(text.contains("\nrecalling\na)\tResolution 2 (Rev. Busan, 2014)"), "{text}");
    // The running header and the page numbers live in the header and footer: left out.
    assert!(!text.contains("Final Acts\n"), "{text}");
    assert!(!text.contains("- 1 -"), "{text}");

    let documents = scan(fixture("docx/pp-123-dubai-2018.docx"));
    let document = &documents[0];
    assert!(document.parts.iter().any(|p| p.kind == PartKind::Footnote));
    // `recalling a) Resolution 44 ...` is the file's 8th body paragraph (blank lines are
    // empty paragraphs).
    let first = &document.citations[0];
    assert_eq!(render(&first.resolution()), "WTSA 44 (Rev. Hammamet, 2016)");
    assert_eq!(document.location(first.span.start), Some(&Location::Paragraph(8)));
}

#[test]
fn tracked_changes_read_accepted_or_original() {
    let path = fixture("docx/tracked-changes.docx");
    let accepted = scan(path.clone());
    let original = scan_with(Config::new().with_revisions(Revisions::Original), path);
    let id = |d: &[Document]| d[0].id.as_ref().map(render).unwrap();
    assert_eq!(id(&accepted), "PP 191 (Rev. Dubai, 2018)");
    assert_eq!(id(&original), "PP 191 (Busan, 2014)");
    let cited = |d: &[Document]| -> Vec<String> {
        d[0].citations.iter().map(|c| render(&c.resolution())).collect()
    };
    let accepted_cites = cited(&accepted);
    let original_cites = cited(&original);
    assert!(accepted_cites.contains(&"PP 71 (Rev. Dubai, 2018)".to_owned()), "{accepted_cites:?}");
    assert!(accepted_cites.contains(&"PP 140 (Rev. Dubai, 2018)".to_owned()), "{accepted_cites:?}");
    assert!(!accepted_cites.contains(&"PP 2 (Rev. Busan, 2014)".to_owned()), "{accepted_cites:?}");
    assert!(original_cites.contains(&"PP 71 (Rev. Busan, 2014)".to_owned()), "{original_cites:?}");
    assert!(original_cites.contains(&"PP 2 (Rev. Busan, 2014)".to_owned()), "{original_cites:?}");
    assert!(
        !original_cites.contains(&"PP 140 (Rev. Dubai, 2018)".to_owned()),
        "{original_cites:?}"
    );
    // 5 insertions and 5 deletions: heading (2 and 2), issuing clause, recalling a) (2 and 1),
    // considering a) (a deletion).
    let message = &accepted[0].diagnostics[0].message;
    assert!(message.starts_with("tracked changes: 5 insertion(s) and 5 deletion(s)"), "{message}");
    // The footnote on "Internet of Things" cites PP 197 from the footnote part.
    let footnote = accepted[0].citations.iter().find(|c| c.number.to_string() == "197").unwrap();
    assert_eq!(footnote.part, PartKind::Footnote);
}

#[test]
fn html_and_akoma_ntoso_locations_are_elements() {
    let documents = scan(fixture("akn/compilation.xml"));
    let first = &documents[0].citations[0];
    // PP 2's `recalling a)` paragraph.
    match documents[0].location(first.span.start) {
        Some(Location::Element(id)) => assert!(id.starts_with("cmp_1__hcontainer_"), "{id}"),
        other => panic!("{other:?}"),
    }
    let documents = scan(fixture("html/pp-123-dubai-2018.html"));
    let first = &documents[0].citations[0];
    assert!(
        matches!(documents[0].location(first.span.start), Some(Location::Element(e)) if e.starts_with("p")),
        "{:?}",
        documents[0].source_map
    );
}
