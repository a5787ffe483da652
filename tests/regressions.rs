//! One test per fixed bug, named after it, with a line saying what broke.

use std::process::ExitCode;

use clap::Parser as _;
use isc_engine::{Config, Document, Engine, Severity};
use isc_suite::assert_linear_growth;

fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Config::new()))
}

fn scan(text: &str) -> Vec<Document> {
    engine().scan_str("regression.txt", text)
}

/// Scans `piece` repeated `n` and `2 * n` times, checks that the time grows linearly, and returns
/// the documents of the longer text.
#[track_caller]
fn scan_repeated_linear(piece: &str, n: usize) -> Vec<Document> {
    assert_linear_growth(piece, n, |n| piece.repeat(n), scan)
}

/// Each citation searched the rest of the text for the end of its sentence: a long text
/// without full stops was quadratic.
#[test]
fn regression_sentence_end_search_unbounded() {
    let documents = scan_repeated_linear("Resolution 70 and ", 2_500);
    assert_eq!(documents[0].citations.len(), 5_000);
    assert!(documents[0].citations.iter().all(|c| !c.suppressed));
}

/// Each citation searched back to the start of its line and forward to its end (page
/// furniture check), and each column was counted from the line start: a long line holding many
/// citations was quadratic.
#[test]
fn regression_long_line_rescanned_per_citation() {
    let documents = scan_repeated_linear("é recalling Resolution 70 (Rev. Dubai, 2018), ", 2_500);
    let citations = &documents[0].citations;
    assert_eq!(citations.len(), 5_000);
    let per_repeat = "é recalling Resolution 70 (Rev. Dubai, 2018), ".chars().count() as u32;
    assert_eq!((citations[1].line, citations[1].column), (1, per_repeat + 13));
}

/// Every unconfirmed heading candidate counted the non-blank lines from the top of the text:
/// many `Resolution N` lines were quadratic.
#[test]
fn regression_heading_candidates_counted_lines_from_top() {
    let documents = scan_repeated_linear("Resolution 5\n\n", 1_500);
    assert_eq!(documents.len(), 1);
}

/// Each name of the Sectors or Bureaux together looked for a word of working together in its
/// whole sentence, and among every phrase the text holds: a long text naming them again and again
/// with no sentence's end was quadratic.
#[test]
fn regression_coordination_parties_searched_whole_sentence() {
    let documents = scan_repeated_linear("the three Bureaux and the two Sectors and ", 1_250);
    assert!(documents[0].coordination.is_empty());
    let documents =
        scan_repeated_linear("the three Bureaux and the two Sectors work together, ", 1_250);
    assert_eq!(documents[0].coordination.len(), 5_000);
    // Letters outside ASCII all along: the search around each name stops on a letter's edge.
    for piece in
        ["é les trois Secteurs et les deux Bureaux ", "les trois Secteurs é travaillent ensemble "]
    {
        let documents = scan(&piece.repeat(2_000));
        assert_eq!(documents.len(), 1, "{piece}");
    }
}

/// A range longer than the expansion limit (`Resolutions 1 to 500`) lost its end silently.
#[test]
fn regression_long_range_dropped_silently() {
    let documents = scan("recalling Resolutions 10 to 900 of WTSA,\n");
    assert_eq!(documents[0].citations.len(), 1);
    assert!(documents[0].diagnostics[0].message.contains("Resolutions 10 to 900"));
    assert_eq!(documents[0].diagnostics[0].severity, Severity::Warning);
}

/// Standard input that was not UTF-8 stopped the run with an error, where a file with the same
/// bytes was read lossily.
#[test]
fn regression_stdin_not_utf8_was_an_error() {
    let scan =
        engine().scan_reader("-", &b"recalling Resolution 70 (Rev. Dubai, 2018) \xe9t\xe9\n"[..]);
    assert_eq!(scan.documents[0].citations.len(), 1);
    assert!(
        scan.documents[0].diagnostics[0].message.starts_with("invalid UTF-8 at byte offset 43")
    );
}

/// `--output` left the new file readable by its owner only, the temporary file's permissions.
#[cfg(unix)]
#[test]
fn regression_output_file_left_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "recalling Resolution 70 (Rev. Dubai, 2018)\n").unwrap();
    let output = dir.path().join("graph.dot");
    let args = ["isc", "graph", "-q", "-o", output.to_str().unwrap(), input.to_str().unwrap()];
    let code = isc_cli::run(
        isc_cli::Args::try_parse_from(args).unwrap(),
        &mut Vec::new(),
        &mut Vec::new(),
    );
    assert_eq!(code, ExitCode::SUCCESS);
    let mode = std::fs::metadata(&output).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
}

/// A text of 4 GiB or more would have had its 32-bit spans saturate; it is refused instead.
/// (The text is not built here; the limit is what the engine checks and the CLI enforces.)
#[test]
fn regression_spans_past_four_gib() {
    assert_eq!(Config::LIMIT_MAX_FILE_SIZE, u64::from(u32::MAX));
    let config = Config::new().with_max_file_size(u64::MAX);
    assert_eq!(config.max_file_size(), u64::from(u32::MAX));
    let problem = isc_cli::Args::try_parse_from(["isc", "scan", "--max-file-size", "5G", "x"])
        .unwrap_err()
        .to_string();
    assert!(problem.contains("over the largest size"), "{problem}");
}

/// Clause words and items rendered as list bullets (a web page saved as text) were read as
/// `other`, so an operative call for coordination counted for nothing.
#[test]
fn regression_bulleted_clauses() {
    let text = "RESOLUTION 12 (REV. DUBAI, 2014)\n\nA test title\n\n\
                The World Telecommunication Development Conference (Dubai, 2014),\n\n\
                  • noting\n    • a) that regional offices help;\n\
                  • resolves to instruct the Director of the Telecommunication Development Bureau\n\
                    • to work with the Directors of the other two Bureaux on the plan,\n";
    let document = &engine().scan_str("bullets.txt", text)[0];
    let kinds: Vec<&str> = document.parts.iter().map(|p| p.kind.name()).collect();
    assert_eq!(kinds, ["heading", "title", "heading", "preamble", "operative"]);
    assert!(document.calls_for_coordination);
}

/// A heading whose edition merges two editions (a proposal with tracked changes accepted) was
/// not read as a heading: the document lost its identity and its title.
#[test]
fn regression_heading_with_merged_editions() {
    let text = "RESOLUTION 130 (REV. DUBAI, 2018BUCHAREST, 2022)\n\n\
                Strengthening the role of ITU in building confidence and security in the use of ICTs\n\n\
                The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\n";
    let document = &engine().scan_str("merged.txt", text)[0];
    let id = document.id.as_ref().unwrap();
    // The heading's edition is left out; the issuing clause still names the conference.
    assert_eq!(id.to_string(), "PP 130 (Bucharest, 2022)");
    assert!(document.title.as_deref().unwrap().starts_with("Strengthening the role of ITU"));
    assert!(document.diagnostics.iter().any(|d| d.message.contains("runs two editions together")));
}

/// French and Spanish name the Sectors with articles (`el UIT-T, el UIT-R y el UIT-D`): such a
/// title was on no theme.
#[test]
fn regression_sector_names_with_articles() {
    let text = "RESOLUCIÓN 38 (Johannesburgo, 2008)\n\n\
                Coordinación entre el UIT-T, el UIT-R y el UIT-D para las actividades relativas a las IMT\n\n\
                La Asamblea Mundial de Normalización de las Telecomunicaciones (Johannesburgo, 2008),\n";
    let document = &engine().scan_str("es.txt", text)[0];
    assert_eq!(document.id.as_ref().unwrap().to_string(), "WTSA 38 (Johannesburg, 2008)");
    assert!(
        document.themes.iter().any(|t| t.id == "intersectoral-coordination"),
        "{:?}",
        document.themes
    );
}

/// A one-line copy of many resolutions: each issuing clause looked for its heading, and each
/// heading for a running header before it, over every word of the line before it.
#[test]
fn regression_flowed_line_walked_again_per_resolution() {
    let piece = "RESOLUTION 11 (REV. DUBAI, 2018) ITU Telecom events The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018), considering that the events bring the membership together; resolves 1 that the events go on. ";
    let documents = scan_repeated_linear(piece, 300);
    assert_eq!(documents.len(), 600);
}

/// Each page's number alone on its line looked for the lines around it past every line taken
/// out before it, and for its running title among those of every page: a column of numbers, or
/// many pages with a running title and no number, was quadratic.
#[test]
fn regression_page_numbers_searched_every_page() {
    let documents = scan_repeated_linear("7\n", 10_000);
    assert_eq!(documents.len(), 1);
    let documents = scan_repeated_linear(
        "- 7 -\n\nFinal Acts of the Plenipotentiary Conference\n\nthe text goes on and\n",
        2_500,
    );
    assert_eq!(documents.len(), 1);
}
