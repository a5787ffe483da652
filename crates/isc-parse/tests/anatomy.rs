//! Golden tests over whole documents of the sample corpus: each document's parts, themes,
//! candidates and coordination cues, rendered one per line and compared with a snapshot.

use std::fmt::Write as _;
use std::sync::LazyLock;

use isc_parse::{Lexicon, Mention, ParsedDoc, Parser};

static PARSER: LazyLock<Parser> =
    LazyLock::new(|| Parser::default().with_lexicon(Lexicon::shipped().clone()));

fn corpus_file(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/");
    std::fs::read_to_string(format!("{root}{path}")).unwrap()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn mention(m: &Mention<'_>) -> String {
    let clause = m.clause.map_or("-".to_owned(), |c| one_line(c.text));
    format!(
        "{} [{}] {:?} @{}..{}",
        m.part,
        clause,
        one_line(m.text.text),
        m.text.span.start,
        m.text.span.end
    )
}

/// A stable, readable dump of one document's anatomy, themes and cues.
fn render(parser: &Parser, doc: &ParsedDoc<'_>) -> String {
    let mut res = String::new();
    let id = doc.identity.map_or("-".to_owned(), |id| id.render(parser.calendar()));
    writeln!(res, "document {id}").unwrap();
    for part in &doc.parts {
        let clause = part.clause.map_or(String::new(), |c| format!(" [{}]", one_line(c.text)));
        writeln!(res, "  part {}{clause} @{}..{}", part.kind, part.span.start, part.span.end)
            .unwrap();
    }
    for citation in &doc.citations {
        let clause = citation.clause.map_or("-".to_owned(), |c| one_line(c.text));
        writeln!(
            res,
            "  cites {} in {} [{clause}]",
            citation.render(parser.calendar()),
            citation.part
        )
        .unwrap();
    }
    let lexicon = parser.lexicon();
    for (what, themes) in [("theme", &doc.themes), ("candidate", &doc.theme_candidates)] {
        for theme in themes {
            writeln!(res, "  {what} {} {:.2}", lexicon.theme(theme.theme).id, theme.score).unwrap();
            for m in &theme.evidence {
                writeln!(res, "    {}", mention(m)).unwrap();
            }
        }
    }
    writeln!(res, "  calls for coordination: {}", doc.calls_for_coordination).unwrap();
    for m in &doc.coordination {
        writeln!(res, "    cue {}", mention(m)).unwrap();
    }
    for d in &doc.diagnostics {
        writeln!(res, "  !{:?} {} @{}..{}", d.severity, d.message, d.span.start, d.span.end)
            .unwrap();
    }
    res
}

#[track_caller]
fn check(path: &str) -> String {
    let text = corpus_file(path);
    let parser = &*PARSER;
    let mut res = String::new();
    for doc in parser.parse_all(&text) {
        doc.validate(&text).unwrap();
        res.push_str(&render(parser, &doc));
    }
    res
}

#[test]
fn pp_191_strategy_for_coordination() {
    insta::assert_snapshot!(check("resolutions/pp-191-dubai-2018.txt"));
}

#[test]
fn pp_123_with_footnote() {
    insta::assert_snapshot!(check("resolutions/pp-123-dubai-2018.txt"));
}

#[test]
fn ra_6_1_two_sectors() {
    insta::assert_snapshot!(check("resolutions/ra-6-1-istanbul-2000.txt"));
}

#[test]
fn wtsa_44_with_annex() {
    insta::assert_snapshot!(check("resolutions/wtsa-44-dubai-2012.txt"));
}

#[test]
fn wtdc_36_french() {
    insta::assert_snapshot!(check("resolutions/wtdc-36-hyderabad-2010-fr.txt"));
}

#[test]
fn wtsa_79_spanish() {
    insta::assert_snapshot!(check("resolutions/wtsa-79-dubai-2012-es.txt"));
}

#[test]
fn wrc_95_no_theme() {
    insta::assert_snapshot!(check("resolutions/wrc-95-wrc-19.txt"));
}

#[test]
fn compilation_final_acts() {
    insta::assert_snapshot!(check("compilations/pp-dubai-2018-final-acts-excerpt.txt"));
}
