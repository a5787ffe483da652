//! Compares the pure-Rust ways of getting text out of the PDF fixtures: agreement of words with
//! the plain text each PDF was made from (longest common subsequence of words, over the plain
//! text's words), and time per file. Run from the repository root:
//! `cargo run --release -p isc-read --example compare_pdf`.

use std::io::Write;
use std::time::Instant;

const FILES: &[(&str, &str)] = &[
    ("pp-123-dubai-2018", "resolutions/pp-123-dubai-2018.txt"),
    ("pp-191-dubai-2018", "resolutions/pp-191-dubai-2018.txt"),
    ("pp-70-dubai-2018", "resolutions/pp-70-dubai-2018.txt"),
    ("wtdc-37-buenos-aires-2017", "resolutions/wtdc-37-buenos-aires-2017.txt"),
    ("ra-7-3-geneva-2015", "resolutions/ra-7-3-geneva-2015.txt"),
    ("wtsa-44-dubai-2012", "resolutions/wtsa-44-dubai-2012.txt"),
    ("compilation", "compilations/pp-dubai-2018-final-acts-excerpt.txt"),
];

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// The plain text's words without its page furniture (running header, page numbers, a
/// resolution's number repeated at a page's top), which the PDFs carry in their headers and
/// footers instead.
fn source_words(text: &str) -> Vec<&str> {
    text.lines()
        .map(|l| l.trim_start_matches('\u{c}').trim())
        .filter(|l| {
            let page_number = l.starts_with("- ") && l.ends_with(" -");
            let running = *l == "PP-18 – Final Acts"
                || (l.starts_with("Resolution ") && l[11..].chars().all(|c| c.is_ascii_digit()));
            !page_number && !running
        })
        .flat_map(str::split_whitespace)
        .collect()
}

/// Longest common subsequence of two word lists.
fn lcs(a: &[&str], b: &[&str]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()]
}

type Extract = fn(&[u8]) -> String;

fn this_reader(bytes: &[u8]) -> String {
    isc_read::read(bytes, "x.pdf", &isc_read::Options::default())
        .map(|r| r.texts.into_iter().map(|t| t.text).collect())
        .unwrap_or_default()
}

fn pdf_extract_plain(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes).unwrap_or_default()
}

fn lopdf_extract(bytes: &[u8]) -> String {
    let Ok(document) = pdf_extract::Document::load_mem(bytes) else { return String::new() };
    let pages: Vec<u32> = document.get_pages().into_keys().collect();
    document.extract_text(&pages).unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let candidates: [(&str, Extract); 3] = [
        ("isc-read (pdf-extract glyphs, own layout)", this_reader),
        ("pdf-extract extract_text", pdf_extract_plain),
        ("lopdf extract_text", lopdf_extract),
    ];
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "| candidate | source words found in order | words not in the source | ms per file (mean of 20) |"
    )?;
    writeln!(out, "|---|---|---|---|")?;
    for (name, extract) in candidates {
        let (mut agree, mut total, mut extra, mut seconds) = (0, 0, 0, 0.0);
        for (pdf, text) in FILES {
            let bytes = std::fs::read(format!("tests/fixtures/formats/pdf/{pdf}.pdf"))?;
            let source = std::fs::read_to_string(format!("corpus/{text}"))?;
            let got = extract(&bytes);
            let want = source_words(&source);
            let got = words(&got);
            let common = lcs(&want, &got);
            agree += common;
            total += want.len();
            extra += got.len() - common;
            let started = Instant::now();
            for _ in 0..20 {
                std::hint::black_box(extract(std::hint::black_box(&bytes)));
            }
            seconds += started.elapsed().as_secs_f64() / 20.0;
        }
        #[allow(clippy::cast_precision_loss, reason = "a percentage shown to people")]
        let share = 100.0 * agree as f64 / total as f64;
        writeln!(
            out,
            "| {name} | {share:.1}% ({agree}/{total}) | {extra} | {:.1} |",
            seconds * 1000.0 / FILES.len() as f64
        )?;
    }
    Ok(())
}
