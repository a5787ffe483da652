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
            let number = citation.number.base.to_string();
            let slice = &text[citation.text.span.range()];
            prop_assert!(
                slice.contains(&number) || slice.chars().any(|c| c.is_ascii_digit()),
                "{slice:?} should contain {number}"
            );
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
