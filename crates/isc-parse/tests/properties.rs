//! Property tests: the parser (citations, structure, themes and coordination cues) never panics,
//! and every span it returns is valid for its text.

use std::sync::LazyLock;

use isc_parse::{Lexicon, Parser};
use proptest::prelude::*;

/// A parser with the shipped lexicon, so that structure and theme matching run too.
static PARSER: LazyLock<Parser> =
    LazyLock::new(|| Parser::default().with_lexicon(Lexicon::shipped().clone()));

/// Fragments real citations are made of, in every state of disrepair, so random strings hit the
/// grammar's corners rather than only its first character.
const FRAGMENTS: &[&str] = &[
    "Resolution",
    "Resolutions",
    "RESOLUTION",
    "Résolution",
    "Resolución",
    "Res.",
    "Rés.",
    "Res",
    "res",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\u{a0}",
    "\t",
    "\u{c}",
    "(",
    ")",
    "(Rev.",
    "(Rév.",
    "Rev",
    "Rev.",
    "Dubai",
    "Dubaï",
    "Buenos Aires",
    "Sharm el-Sheikh",
    "AntalyaBusan",
    ",",
    ", ",
    "2018",
    "2014",
    "20062014",
    "1993-2015",
    "WRC-19",
    "CMR-",
    "ITU-R",
    "ITU\u{2011}R",
    "UIT-R",
    "ITUR",
    "-",
    "–",
    "6-1",
    "191",
    "70",
    "1305",
    "70/1",
    "12345",
    "0",
    "and",
    "et",
    "y",
    "to",
    "of the",
    "of",
    "de la",
    "de l'",
    "Plenipotentiary Conference",
    "World Telecommunication Standardization Assembly",
    "WTSA",
    "WTDC",
    "PP",
    "PP-18",
    "Council",
    "this Conference",
    "Economic and Social Council",
    "United Nations",
    "the WTDC adopted",
    "é",
    "\u{212a}",
    "İ",
    "ß",
    "\u{301}",
    "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
    "- 37 -",
    "........ 12",
    "recalling",
    "resolves",
    "a)\t",
    "1\t",
    "*",
    "1",
    "considering further",
    "instructs the Directors of the three Bureaux",
    "instructs the Secretary-General,",
    "considérant",
    "encarga al Secretario General",
    "ANNEX",
    "Annex 1",
    "ANEXO",
    "__________",
    "three Sectors",
    "inter-Sector",
    "ITU-R, ITU-T and ITU-D",
    "least developed countries",
    "digital divide",
    "Bureaux",
    "cities",
    "œ",
    "\u{ad}",
    "’",
];

fn citation_soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(0..FRAGMENTS.len(), 0..60)
        .prop_map(|picks| picks.into_iter().map(|i| FRAGMENTS[i]).collect())
}

/// The runs of ASCII digits in `slice`, with their byte ranges; runs too long for a `u64` are
/// left out, as they cannot be a resolution number.
fn digit_runs(slice: &str) -> Vec<(u64, std::ops::Range<usize>)> {
    let bytes = slice.as_bytes();
    let mut res = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        if let Ok(value) = slice[start..at].parse() {
            res.push((value, start..at));
        }
    }
    res
}

/// Whether `slice` writes `number` as a whole number (`191`, not the `19` inside `191`), or
/// writes a range that holds it: two numbers joined by a range word or a dash
/// (`Resolutions 30 to 32` for 31).
fn names_number(slice: &str, number: u32) -> bool {
    let number = u64::from(number);
    let runs = digit_runs(slice);
    if runs.iter().any(|(value, _)| *value == number) {
        return true;
    }
    runs.windows(2).any(|pair| {
        let ((low, first), (high, second)) = (&pair[0], &pair[1]);
        let between = slice[first.end..second.start].trim().to_lowercase();
        let joined = ["to", "through", "à", "a", "al", "-", "–"].contains(&between.as_str());
        joined && *low < number && number < *high
    })
}

/// Whether `slice` holds the citation word in one of its forms (`Resolution`, `RESOLUTIONS`,
/// `Résolution`, `Resolución`, `Res.`, `Rés.`), in any case.
fn has_citation_word(slice: &str) -> bool {
    let lower = slice.to_lowercase();
    lower.contains("res") || lower.contains("rés")
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let parser = &*PARSER;
    let doc = parser.parse(text);
    doc.validate(text).map_err(TestCaseError::fail)?;
    let docs = parser.parse_all(text);
    prop_assert!(!docs.is_empty());
    for doc in &docs {
        doc.validate(text).map_err(TestCaseError::fail)?;
        for theme in doc.themes.iter().chain(&doc.theme_candidates) {
            prop_assert!(!theme.evidence.is_empty());
            prop_assert!(theme.evidence.iter().all(|m| !m.text.text.is_empty()));
        }
        for citation in &doc.citations {
            let number = citation.number.base;
            // Characters the reading leaves out (a soft hyphen inside `1\u{ad}1`) are not read.
            let slice: String = text[citation.text.span.range()]
                .chars()
                .filter(|&c| !isc_model::text::is_invisible(c))
                .collect();
            let slice = slice.as_str();
            prop_assert!(
                names_number(slice, number),
                "{slice:?} should contain {number} or a range holding it"
            );
            prop_assert!(has_citation_word(slice), "{slice:?} should contain the citation word");
        }
    }
    let _ = parser.parse_strict(text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_never_panics_on_any_string(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn parse_never_panics_on_citation_soup(text in citation_soup()) {
        check(&text)?;
    }
}

/// The slice checks of `check` can fail: a slice that holds digits but not the cited number, or
/// no citation word, is refused.
#[test]
fn slice_checks_refuse_other_numbers_and_words() {
    const CASES: &[(&str, &str, u32, bool)] = &[
        ("the number itself", "Resolution 191 (Rev. Dubai, 2018)", 191, true),
        ("inside a range", "Resolutions 30 to 32", 31, true),
        ("inside a French range", "Résolutions 30 à 32", 31, true),
        ("inside a dashed range", "Resolutions 30-32", 31, true),
        ("an ITU-R number with its counter", "Resolution ITU-R 6-2", 6, true),
        ("digits of another number", "Resolution 191 (Rev. Dubai, 2018)", 19, false),
        ("the edition year only", "Resolution 191 (Rev. Dubai, 2018)", 18, false),
        ("between two numbers of a list", "Resolutions 30 and 32", 31, false),
        ("outside the range", "Resolutions 30 to 32", 33, false),
    ];
    for &(name, slice, number, want) in CASES {
        assert_eq!(names_number(slice, number), want, "{name}: {slice:?} for {number}");
    }
    assert!(has_citation_word("RÉSOLUTION 36"));
    assert!(has_citation_word("Res. 70"));
    assert!(!has_citation_word("Decision 5"), "no citation word");
}
