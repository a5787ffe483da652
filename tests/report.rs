//! Properties of the analysis report: it does not depend on document order or thread count,
//! and every piece of evidence it quotes is what its span slices out of the file. Its HTML page
//! keeps markup in titles and file names as text, shows focal points with their gaps, and
//! renders in a real browser with every proposed theme, member and piece of evidence.

#![allow(clippy::print_stderr, reason = "a skipped browser test says why on the run's output")]

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::OnceLock;

use isc_engine::{Config, Document, Engine, EvidenceRecord};
use isc_suite::{corpus_dir, isc};
use proptest::prelude::*;
use serde_json::Value;

fn corpus_documents() -> &'static Vec<Document> {
    static DOCUMENTS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCUMENTS
        .get_or_init(|| Engine::new(Config::new()).scan_paths(&[corpus_dir()]).unwrap().documents)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn shuffling_documents_leaves_the_report_unchanged(order in Just((0..corpus_documents().len()).collect::<Vec<_>>()).prop_shuffle()) {
        let engine = Engine::new(Config::new());
        let documents = corpus_documents();
        let reference = engine.analyze_documents(documents.clone()).report.to_json();
        let shuffled: Vec<Document> = order.iter().map(|&i| documents[i].clone()).collect();
        prop_assert_eq!(engine.analyze_documents(shuffled).report.to_json(), reference);
    }
}

#[test]
fn thread_count_leaves_the_report_unchanged() {
    let run = |threads| {
        Engine::new(Config::new().with_threads(Some(threads)))
            .analyze(&[corpus_dir()])
            .unwrap()
            .report
            .to_json()
    };
    let one = run(1);
    assert_eq!(one, run(2));
    assert_eq!(one, run(3));
}

#[test]
fn every_quoted_evidence_is_its_span_in_the_file() {
    let analysis = Engine::new(Config::new()).analyze(&[corpus_dir()]).unwrap();
    let check = |source: &str, evidence: &EvidenceRecord| {
        let text = std::fs::read_to_string(source).unwrap();
        assert_eq!(
            &text[evidence.span.range()],
            evidence.text,
            "{source}:{}:{}",
            evidence.line,
            evidence.column
        );
    };
    let mut checked = 0;
    for proposal in &analysis.report.proposals {
        for member in
            proposal.pp.iter().chain(&proposal.itu_r).chain(&proposal.itu_t).chain(&proposal.itu_d)
        {
            for evidence in member.theme_evidence.iter().chain(&member.coordination) {
                check(&member.source, evidence);
                checked += 1;
            }
        }
        for corroboration in &proposal.corroboration {
            check(&corroboration.source, &corroboration.evidence);
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} pieces of evidence");
}

#[test]
fn report_reads_back_from_its_json() {
    let report = Engine::new(Config::new()).analyze(&[corpus_dir()]).unwrap().report;
    let json = report.to_json();
    let back = isc_engine::Report::from_json(&json).unwrap();
    assert_eq!(back.to_json(), json);
    assert!(isc_engine::diff(&report, &back).is_empty());
}

/// A resolution whose title and file name carry markup, and what the page must show instead.
#[test]
fn markup_in_titles_and_file_names_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let name = "pp-<img src=x onerror=alert(1)>.txt";
    let text = "RESOLUTION 130 (REV. DUBAI, 2018)\n\n\
                <script>alert('title')</script> Strengthening the role of ITU in cybersecurity\n\n\
                The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n\
                resolves\n\n1\tthat the three Sectors work together on cybersecurity \\\" onerror=\\\"alert(2);\n";
    std::fs::write(dir.path().join(name), text).unwrap();
    let wtsa = "RESOLUTION 50 (REV. HAMMAMET, 2016)\n\nCybersecurity\n\n\
                The World Telecommunication Standardization Assembly (Hammamet, 2016),\n\n\
                resolves\n\n1\tto give cybersecurity a high priority;\n";
    std::fs::write(dir.path().join("wtsa-50.txt"), wtsa).unwrap();
    let out = dir.path().join("report.html");
    let input = dir.path().to_string_lossy().into_owned();
    let (code, _, err) =
        isc(&["report", "-q", &input, "-o", out.to_str().unwrap(), "--title", "<b onmouseover=x>"]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("cybersecurity"), "{page}");
    // The only script is the page's own, and no markup from the inputs became an element.
    assert_eq!(page.matches("<script").count(), 1, "{page}");
    for raw in ["<img", "<b onmouseover", "onerror=\\\"alert", "alert('title')"] {
        assert!(!page.contains(raw), "{raw} is in the page");
    }
    for escaped in
        ["&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;", "&lt;b onmouseover=x&gt;"]
    {
        assert!(page.contains(escaped), "{escaped} is not in the page");
    }
}

/// The gaps of the shipped focal points against the sample corpus's mapping table
/// (`corpus/expected/mapping.json`), worked out by hand: each proposed theme lacks a focal
/// point from every unit whose part of the Union holds one of its resolutions and that the file
/// does not name for it; e-health is not proposed.
const SAMPLE_GAPS: &[(&str, &str)] = &[
    ("capacity-building", "General Secretariat"),
    ("child-online-protection", "General Secretariat"),
    ("conformance-interoperability", "General Secretariat"),
    ("digital-inclusion", "General Secretariat"),
    ("digital-inclusion", "BDT"),
    ("e-health", "TSB"),
    ("emf-human-exposure", "General Secretariat"),
    ("financial-inclusion", "General Secretariat"),
    ("financial-inclusion", "BDT"),
    ("internet-public-policy", "General Secretariat"),
    ("internet-public-policy", "TSB"),
    ("iot-smart-cities", "General Secretariat"),
    ("ipv6", "General Secretariat"),
    ("ipv6", "TSB"),
    ("ipv6", "BDT"),
    ("languages", "General Secretariat"),
    ("languages", "TSB"),
    ("ldc-sids-special-needs", "General Secretariat"),
    ("ldc-sids-special-needs", "BDT"),
    ("regional-presence", "General Secretariat"),
    ("regional-presence", "TSB"),
    ("regional-presence", "BDT"),
    ("wsis-sdgs", "TSB"),
    ("youth", "General Secretariat"),
    ("youth", "BDT"),
];

fn focal_file() -> String {
    corpus_dir().join("focal-points.toml").to_string_lossy().into_owned()
}

#[test]
fn focal_points_are_shown_in_every_format_with_their_gaps() {
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let focal = focal_file();
    let (code, json, err) =
        isc(&["propose", "-q", "--format", "json", "--focal-points", &focal, &corpus]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let value: Value = serde_json::from_str(&json).unwrap();
    let gaps: Vec<(String, String)> = value["focal_point_gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["theme"].as_str().unwrap().to_owned(), g["unit"].as_str().unwrap().to_owned()))
        .collect();
    let want: Vec<(String, String)> =
        SAMPLE_GAPS.iter().map(|(t, u)| ((*t).to_owned(), (*u).to_owned())).collect();
    assert_eq!(gaps, want);
    let e_health = &value["focal_point_gaps"].as_array().unwrap()[5];
    assert_eq!(e_health["kind"], "not-proposed");
    assert_eq!(value["focal_points"].as_array().unwrap().len(), 24);
    // The report with focal points still reads back as a report.
    assert!(isc_engine::Report::from_json(&json).is_ok());

    let (_, table, _) = isc(&["propose", "-q", "--focal-points", &focal, &corpus]);
    assert!(table.lines().next().unwrap().ends_with("Focal points"), "{table}");
    assert!(table.contains("TSB: Security study group counsellor"), "{table}");
    assert!(
        table.contains("! no TSB focal point (ITU-T holds Res. 75 (Johannesburg, 2008))"),
        "{table}"
    );
    assert!(table.contains("Focal points for themes not proposed:\n  e-health: TSB focal point for a theme not proposed"), "{table}");

    let (_, csv, _) = isc(&["propose", "-q", "--format", "csv", "--focal-points", &focal, &corpus]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().next_back(), Some("focal_point_gaps"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let youth = rows.iter().find(|r| &r[0] == "youth").unwrap();
    assert_eq!(&youth[7], "");
    assert!(
        youth[8].starts_with("no General Secretariat focal point (PP holds Res. 198"),
        "{youth:?}"
    );

    let (_, markdown, _) =
        isc(&["propose", "-q", "--format", "markdown", "--focal-points", &focal, &corpus]);
    assert!(markdown.starts_with("| Theme | PP | ITU-R | ITU-T | ITU-D | Clause | Focal points |"));

    let (_, explain, _) =
        isc(&["explain", "-q", "cybersecurity", "--focal-points", &focal, &corpus]);
    assert!(explain.contains("focal points:\n  General Secretariat: Cybersecurity coordinator\n  TSB: Security study group counsellor\n  BDT: Cybersecurity programme lead\n"), "{explain}");
    let (_, explain, _) = isc(&["explain", "-q", "e-health", "--focal-points", &focal, &corpus]);
    assert!(explain.contains("  ! TSB focal point for a theme not proposed"), "{explain}");

    let page_path = tempfile::NamedTempFile::new().unwrap().into_temp_path();
    let (code, _, err) = isc(&[
        "report",
        "-q",
        "--focal-points",
        &focal,
        &corpus,
        "-o",
        page_path.to_str().unwrap(),
    ]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let page = std::fs::read_to_string(&page_path).unwrap();
    assert!(page.contains("<th>Focal points</th>"));
    assert_eq!(page.matches("<li class=\"gap\">").count(), SAMPLE_GAPS.len());
}

#[test]
fn a_bad_focal_point_file_is_named_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("focal.toml");
    std::fs::write(&path, "[[focal_point]]\ntheme = \"youth\"\nunit = \"ITU-D\"\n").unwrap();
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let (code, out, err) =
        isc(&["propose", "-q", "--focal-points", path.to_str().unwrap(), &corpus]);
    assert_eq!(code, ExitCode::from(2));
    assert!(out.is_empty());
    assert!(err.contains("focal.toml:3:8: expected a unit"), "{err}");
}

/// Chromium's command, when it is installed.
fn chromium() -> Option<PathBuf> {
    let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Runs headless Chromium on `page` with `args` after the usual ones; its standard output.
fn headless(chromium: &Path, page: &Path, args: &[&str]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_sample_report_renders_in_a_real_browser() {
    let Some(chromium) = chromium() else {
        eprintln!(
            "skipped: the_sample_report_renders_in_a_real_browser needs Chromium (apt-get install chromium); .ci/run installs it"
        );
        return;
    };
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let (code, _, err) = isc(&["report", "-q", &corpus, "-o", page.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let (_, json, _) = isc(&["propose", "-q", "--format", "json", &corpus]);
    let report: Value = serde_json::from_str(&json).unwrap();

    let dom = headless(&chromium, &page, &["--dump-dom"]);
    assert!(
        dom.contains("data-script=\"ok\""),
        "the page's script did not finish: {}",
        &dom[..dom.len().min(2000)]
    );
    let proposals = report["proposals"].as_array().unwrap();
    assert!(!proposals.is_empty());
    let mut total = 0;
    for (i, proposal) in proposals.iter().enumerate() {
        let theme = proposal["theme"].as_str().unwrap();
        // The theme's section, from its opening tag to its closing one.
        let start = dom
            .find(&format!("<details class=\"theme\" id=\"t{i}\""))
            .unwrap_or_else(|| panic!("no section for {theme}"));
        // A theme's section holds no other <details>: it ends at the first closing tag.
        let end = dom[start..].find("</details>").map_or(dom.len(), |e| start + e);
        let section = &dom[start..end];
        assert!(section.contains(&format!("<h3>{theme}")), "{theme}");
        let mut evidence = 0;
        for sector in ["pp", "itu_r", "itu_t", "itu_d"] {
            for member in proposal[sector].as_array().unwrap() {
                let number = member["id"]["number"].as_str().unwrap();
                assert!(
                    section.contains(&format!(
                        "Res. {}",
                        if member["id"]["body"] == "RA" {
                            format!("ITU-R {number}")
                        } else {
                            number.to_owned()
                        }
                    )),
                    "{theme}: member {number}"
                );
                evidence += member["theme_evidence"].as_array().unwrap().len();
            }
        }
        assert_eq!(section.matches("<li class=\"evidence\">").count(), evidence, "{theme}");
        total += evidence;
    }
    assert!(
        dom.contains(&format!("data-evidence-shown=\"{}\"", total + near_miss_evidence(&report))),
        "the script counted another number of phrases"
    );

    let shot = dir.path().join("report.png");
    headless(
        &chromium,
        &page,
        &["--window-size=1280,1600", &format!("--screenshot={}", shot.display())],
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "a screenshot of {} bytes",
        png.len()
    );
    if let Some(keep) = std::env::var_os("ISC_REPORT_SCREENSHOT") {
        std::fs::copy(&shot, keep).unwrap();
    }
}

fn near_miss_evidence(report: &Value) -> usize {
    report["near_misses"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|miss| ["pp", "itu_r", "itu_t", "itu_d"].map(|s| &miss[s]))
        .flat_map(|members| members.as_array().unwrap())
        .map(|member| member["theme_evidence"].as_array().unwrap().len())
        .sum()
}

#[test]
fn propose_writes_the_report_page_too() {
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let (code, page, err) = isc(&["propose", "-q", "--format", "html", &corpus]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    assert!(page.starts_with("<!DOCTYPE html>"));
    // Self-contained: nothing is fetched.
    for fetch in ["src=\"http", "href=\"http", "<link", "url(", "@import"] {
        assert!(!page.contains(fetch), "{fetch}");
    }
    assert_eq!(page.matches("<details class=\"theme\"").count(), 20);
    // The first row of the mapping table links each resolution to its evidence.
    assert!(page.contains("<a href=\"#t0-pp0\">Res. 175 (Rev. Dubai, 2018)</a>"), "{page}");
    assert!(page.contains("id=\"t0-pp0\""));
    // The picture draws the 20 themes in the middle column.
    assert_eq!(page.matches("class=\"node theme\"").count(), 20);
}

#[test]
fn diff_page_marks_additions_and_removals() {
    let dir = tempfile::tempdir().unwrap();
    let json = |name: &str, corpus: &Path| {
        let path = dir.path().join(name);
        let (code, _, err) = isc(&[
            "propose",
            "--format",
            "json",
            "-q",
            "-o",
            path.to_str().unwrap(),
            corpus.to_str().unwrap(),
        ]);
        assert_eq!(code, ExitCode::SUCCESS, "{err}");
        path.to_string_lossy().into_owned()
    };
    // The old run has no ITU-D youth resolution: youth was not proposed then.
    let old_corpus = dir.path().join("old");
    std::fs::create_dir(&old_corpus).unwrap();
    for entry in std::fs::read_dir(corpus_dir().join("resolutions")).unwrap() {
        let path = entry.unwrap().path();
        if !path.file_name().unwrap().to_string_lossy().starts_with("wtdc-38-") {
            std::fs::copy(&path, old_corpus.join(path.file_name().unwrap())).unwrap();
        }
    }
    let old = json("old.json", &old_corpus);
    let new = json("new.json", &corpus_dir().join("resolutions"));
    let (code, page, _) = isc(&["diff", "--format", "html", &old, &new]);
    assert_eq!(code, ExitCode::from(1));
    assert!(page.contains("<li class=\"added\">+ youth</li>"), "{page}");
    assert!(page.contains("<ins>+ ITU-D: Res. 38 (Rev. Hyderabad, 2010)</ins>"), "{page}");
    let (_, page, _) = isc(&["diff", "--format", "html", &new, &old]);
    assert!(page.contains("<li class=\"removed\">− youth</li>"), "{page}");
    assert!(page.contains("<del>− ITU-D: Res. 38 (Rev. Hyderabad, 2010)</del>"), "{page}");
}

#[test]
fn evidence_from_a_word_file_is_placed_by_its_paragraph() {
    let docx = isc_suite::repo_root().join("tests/fixtures/formats/docx/pp-123-dubai-2018.docx");
    let wtsa = corpus_dir().join("resolutions/wtsa-17-johannesburg-2008.txt");
    let (code, page, err) = isc(&["report", "-q", docx.to_str().unwrap(), wtsa.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    // A phrase of the Word file is quoted alone, with its paragraph; one of the text file in
    // its sentence, with its line and column.
    assert!(page.contains("pp-123-dubai-2018.docx:¶"), "{page}");
    assert!(page.contains("wtsa-17-johannesburg-2008.txt:"), "{page}");
}

#[test]
fn focal_points_read_from_csv_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("focal.csv");
    std::fs::write(
        &path,
        "theme,unit,role,contact\ncybersecurity,TSB,Study group counsellor,\nyouth,BDT,,\n",
    )
    .unwrap();
    let corpus = corpus_dir().to_string_lossy().into_owned();
    let (code, table, err) =
        isc(&["propose", "-q", "--focal-points", path.to_str().unwrap(), &corpus]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    assert!(table.contains("TSB: Study group counsellor"), "{table}");
    assert!(
        table.contains("! no BDT focal point (ITU-D holds Res. 45 (Rev. Dubai, 2014)"),
        "{table}"
    );
    std::fs::write(&path, "theme,unit\nyouth,BDT\nipv6,ITU-T\n").unwrap();
    let (code, _, err) = isc(&["report", "-q", "--focal-points", path.to_str().unwrap(), &corpus]);
    assert_eq!(code, ExitCode::from(2));
    assert!(err.contains("focal.csv:3:1: expected a unit"), "{err}");
}
