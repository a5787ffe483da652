//! Word (`.docx` and `.doc`), HTML, PDF, Akoma Ntoso, RTF and OpenDocument files read
//! directly: the same resolutions as the plain-text sample corpus, each once, with their source
//! map. The fixtures are made by `scripts/make-fixtures.py` from the sample corpus.

use std::io::Write;
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

/// The fixture at `path` (Resolution 123, which has a footnote) reads its footnote as the
/// footnote part.
#[track_caller]
fn footnote_is_read(path: &str) {
    let documents = scan(fixture(path));
    assert!(
        documents[0].parts.iter().any(|p| p.kind == PartKind::Footnote),
        "{:?}",
        documents[0].parts
    );
}

#[track_caller]
fn agrees_with_text(extension: &str) {
    agrees_with_text_in(extension, extension);
}

/// The single resolutions and the compilation under `dir` (`pdf/browser`) agree with the plain
/// text: each once, with its identity, title and citations.
#[track_caller]
fn agrees_with_text_in(dir: &str, extension: &str) {
    singles_agree_with_text(dir, extension);
    let text = scan(corpus_dir().join("compilations/pp-dubai-2018-final-acts-excerpt.txt"));
    let read = scan(fixture(&format!("{dir}/compilation.{extension}")));
    let ids: Vec<String> =
        read.iter().map(|d| d.id.as_ref().map_or_else(String::new, render)).collect();
    assert_eq!(ids, COMPILATION, "{dir}/compilation.{extension}");
    let want: Vec<String> = text.iter().map(key).collect();
    let got: Vec<String> = read.iter().map(key).collect();
    assert_eq!(got, want, "{dir}/compilation.{extension}");
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
    footnote_is_read("doc/pp-123-dubai-2018.doc");
}

#[test]
fn html_files_agree_with_their_plain_text() {
    agrees_with_text("html");
}

#[test]
fn pdf_files_agree_with_their_plain_text() {
    agrees_with_text("pdf");
}

/// The PDFs rewritten by Ghostscript, whose text goes to each next line with the `'` operator
/// (move to the next line and show a string) rather than with `T*` and `Tj`.
#[test]
fn pdf_rewritten_by_ghostscript_agrees_with_the_text() {
    agrees_with_text_in("pdf/ghostscript", "pdf");
}

/// The web pages printed to PDF by a browser: fonts whose widths are given as ranges
/// (`/W [0 2011 600]`) over a default width of 0, so each glyph's width is in the range.
#[test]
fn pdf_printed_by_a_browser_agrees_with_the_text() {
    agrees_with_text_in("pdf/browser", "pdf");
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

/// The single resolutions saved as RTF: one document each, as their plain text reads.
#[test]
fn rtf_files_agree_with_their_plain_text() {
    singles_agree_with_text("rtf", "rtf");
    footnote_is_read("rtf/pp-123-dubai-2018.rtf");
}

/// The single resolutions saved as OpenDocument text: one document each, as their plain text
/// reads.
#[test]
fn opendocument_files_agree_with_their_plain_text() {
    singles_agree_with_text("odt", "odt");
    footnote_is_read("odt/pp-123-dubai-2018.odt");
}

/// A short resolution in plain text, as the RTF and OpenDocument files below write it.
const RESOLUTION_70: &str = "RESOLUTION 70 (REV. DUBAI, 2018)

Gender equality in the work of the Union

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

recalling
a)\tResolution 55 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference, on the r\u{e9}sum\u{e9} of its work on gender1,
b)\tthat the Union keeps its promises,

resolves
1\tto go on.

______________
1\tAs the Bureau reported to the Council.
";

/// RESOLUTION_70 as a word processor writes RTF: a font table, a colour table, a stylesheet,
/// document information, an accented letter as a code-page byte and one as a Unicode
/// character, a footnote, and a field whose result is read and whose instruction is not.
const RESOLUTION_70_RTF: &str = r#"{\rtf1\ansi\ansicpg1252\deff0\uc1
{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial{\*\falt Helvetica};}}
{\colortbl;\red0\green0\blue0;\red255\green0\blue0;}
{\stylesheet{\s0\snext0 Normal;}{\s1\sbasedon0\snext0\qc\caps ResNo;}{\s2\sbasedon0 Restitle;}{\s3\sbasedon0\i Call;}}
{\info{\title Resolution 70 draft}{\author Secretariat}{\creatim\yr2018\mo11\dy16}}
{\*\generator Word processor 1.0;}
\pard\plain\s1\qc\f0\fs24 RESOLUTION 70 (REV. DUBAI, 2018)\par
\pard\plain\s2\qc\b Gender equality in the work of the Union\b0\par
\pard\plain\s0 The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\par
\pard\plain\s3\i recalling\i0\par
\pard\plain\s0 a)\tab Resolution 55 (Rev. Buenos Aires, 2017) of the {\field{\*\fldinst HYPERLINK \\l "wtdc"}{\fldrslt World Telecommunication Development Conference}}, on the r\'e9sum\u233?
 of its work on gender{\super\chftn}{\footnote\pard\plain\s4\fs20 {\super\chftn}\tab As the Bureau reported to the Council.},\par
\pard\plain\s0 b)\tab that the Union keeps its promises,\par
\pard\plain\s3\i resolves\i0\par
\pard\plain\s0 1\tab to go on.\par
}"#;

fn scan_bytes(name: &str, bytes: &[u8]) -> Vec<Document> {
    let scan = Engine::new(Config::new()).scan_reader(name, bytes);
    assert!(scan.skipped.is_empty(), "{name}: {:?}", scan.skipped);
    scan.documents
}

/// The identity, title and citations of RESOLUTION_70 read from `bytes`, checked against its
/// plain text.
#[track_caller]
fn reads_as_resolution_70(name: &str, bytes: &[u8]) {
    let want = scan_bytes("res.txt", RESOLUTION_70.as_bytes());
    let got = scan_bytes(name, bytes);
    assert_eq!(got.len(), 1, "{name}: {got:?}");
    assert_eq!(key(&got[0]), key(&want[0]), "{name}");
    assert_eq!(got[0].id.as_ref().map(render).as_deref(), Some("PP 70 (Rev. Dubai, 2018)"));
    assert_eq!(got[0].title.as_deref(), Some("Gender equality in the work of the Union"));
    let cited: Vec<String> = got[0].citations.iter().map(|c| render(&c.resolution())).collect();
    assert_eq!(cited, ["WTDC 55 (Rev. Buenos Aires, 2017)"], "{name}");
    assert!(got[0].parts.iter().any(|p| p.kind == PartKind::Footnote), "{:?}", got[0].parts);
}

#[test]
fn rtf_written_by_hand_reads_as_its_text() {
    reads_as_resolution_70("res.rtf", RESOLUTION_70_RTF.as_bytes());
    let reading =
        isc_read::read(RESOLUTION_70_RTF.as_bytes(), "res.rtf", &isc_read::Options::default())
            .unwrap();
    assert_eq!(reading.format.name(), "RTF");
    let text = &reading.texts[0].text;
    // Both accented letters decoded; nothing of the tables, the information or the field's
    // instruction read; the footnote after the rule, with its number.
    assert!(text.contains("on the r\u{e9}sum\u{e9} of its work on gender"), "{text}");
    assert!(text.contains("of the World Telecommunication Development Conference, on"), "{text}");
    for left_out in ["Times", "Arial", "Helvetica", "ResNo", "Secretariat", "HYPERLINK", "draft"] {
        assert!(!text.contains(left_out), "{left_out} in {text}");
    }
    assert!(
        text.contains("\n______________\n1\tAs the Bureau reported to the Council.\n"),
        "{text}"
    );
    assert!(text.contains("\nb)\tthat the Union keeps its promises,\n"), "{text}");
    assert!(!reading.texts[0].source_map.is_empty());
}

/// RESOLUTION_70 as OpenDocument text: headings, styles, tabs, spaces, a footnote, a list, a
/// table and tracked changes.
const RESOLUTION_70_CONTENT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
<office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Restitle"/></office:automatic-styles>
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Secretariat</dc:creator></office:change-info><text:p>RESOLUTION 70 (BUSAN, 2014)</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">RESOLUTION 70 (REV. DUBAI, 2018)</text:h>
<text:p text:style-name="P1">Gender equality in the work of the Union</text:p>
<text:p text:style-name="Normal_20_after_20_title">The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),</text:p>
<text:p text:style-name="Call">recalling</text:p>
<text:list><text:list-item><text:p>a)<text:tab/>Resolution 55 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference, on the résumé of its work on gender<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote"><text:tab/>As the Bureau reported to the Council.</text:p></text:note-body></text:note>,</text:p></text:list-item>
<text:list-item><text:p>b)<text:tab/>that<text:s/>the<text:s text:c="2"/>Union <text:span>keeps</text:span> its promises,<text:change text:change-id="ct1"/></text:p></text:list-item></text:list>
<text:p text:style-name="Call">resolves</text:p>
<table:table><table:table-row><table:table-cell><text:p>1<text:tab/>to go on.</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#;

/// An OpenDocument text file holding `content` as its `content.xml`.
fn odt(content: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.text").unwrap();
    let deflated = zip::write::SimpleFileOptions::default();
    zip.start_file("content.xml", deflated).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn opendocument_written_by_hand_reads_as_its_text() {
    let bytes = odt(RESOLUTION_70_CONTENT);
    reads_as_resolution_70("res.odt", &bytes);
    let reading = isc_read::read(&bytes, "res.odt", &isc_read::Options::default()).unwrap();
    assert_eq!(reading.format.name(), "OpenDocument");
    let text = &reading.texts[0].text;
    assert!(!text.contains("BUSAN"), "{text}");
    assert!(text.starts_with("RESOLUTION 70 (REV. DUBAI, 2018)\n\n"), "{text}");
    assert!(text.contains("\nb)\tthat the  Union keeps its promises,\n"), "{text}");
    assert!(text.contains("\n1\tto go on.\n"), "{text}");
    assert!(
        text.contains("\n______________\n1\tAs the Bureau reported to the Council.\n"),
        "{text}"
    );
    // A zip that is no OpenDocument text (a spreadsheet) is not read as one.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(b"<office:document-content/>").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    assert_ne!(isc_read::detect(&bytes).name(), "OpenDocument");
}

/// Broken RTF gives text or an error, never a panic (caught or not): braces that do not
/// match, groups nested 10,000 deep, escapes cut short, numbers too large for any type.
#[test]
fn malformed_rtf_never_panics() {
    let deep = format!("{{\\rtf1 {}RESOLUTION 1{}", "{".repeat(10_000), "}".repeat(10_000));
    let deep_unclosed = format!("{{\\rtf1 {}RESOLUTION 1", "{\\b ".repeat(10_000));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("unclosed", br"{\rtf1\ansi RESOLUTION 1 {\b bold".to_vec()),
        ("closed too often", br"{\rtf1 RESOLUTION 1}}}}\par more}".to_vec()),
        ("only the start", br"{\rtf".to_vec()),
        ("truncated hex", br"{\rtf1 caf\'e".to_vec()),
        ("truncated hex at the end", br"{\rtf1 caf\'".to_vec()),
        ("bad hex", br"{\rtf1 caf\'zz\'9}".to_vec()),
        ("backslash at the end", br"{\rtf1 text\".to_vec()),
        ("huge numbers", br"{\rtf1\ansicpg99999999999999999999\uc99999999999999999999 \u99999999999999999999999?\u-99999999999? x\fs-99999999999999\par}".to_vec()),
        ("huge skip", br"{\rtf1\uc2147483647 \u233 text after}".to_vec()),
        ("huge binary", br"{\rtf1 {\pict\bin99999999999 abc}} text".to_vec()),
        ("lone surrogates", br"{\rtf1 \u-10179?\u-8704? \u-8704?\u-10179?}".to_vec()),
        ("long control word", format!("{{\\rtf1 \\{} x}}", "a".repeat(100_000)).into_bytes()),
        ("footnote in footnote", br"{\rtf1 a{\footnote b{\footnote c\par}\chftn}\chftn\par}".to_vec()),
        ("ignorable without word", br"{\rtf1 {\*}{\* }{\*\par x}}".to_vec()),
        ("bytes", b"{\\rtf1 \xff\xfe\x00\x80 \\'80\\'81\\'ff}".to_vec()),
        ("deep", deep.into_bytes()),
        ("deep unclosed", deep_unclosed.into_bytes()),
    ];
    for (name, bytes) in cases {
        match isc_read::read(&bytes, "bad.rtf", &isc_read::Options::default()) {
            Ok(reading) => assert_eq!(reading.format.name(), "RTF", "{name}"),
            Err(err) => {
                let message = err.to_string();
                assert!(!message.contains("internal error"), "{name}: {message}");
            }
        }
        // The whole pipeline takes it too.
        let _ = Engine::new(Config::new()).scan_reader("bad.rtf", &bytes[..]);
    }
}

/// A directory of RTF and OpenDocument files, walked with the default extensions: each file is
/// found and read, as Word and PDF files are.
#[test]
fn rtf_and_opendocument_files_are_found_in_directories() {
    for dir in ["rtf", "odt"] {
        let scan = Engine::new(Config::new()).scan_paths(&[fixture(dir)]).unwrap();
        assert!(scan.skipped.is_empty(), "{dir}: {:?}", scan.skipped);
        assert_eq!(scan.documents.len(), SINGLES.len(), "{dir}");
    }
}
