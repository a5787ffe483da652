//! Fuzz target: arbitrary bytes that are UTF-8 go through the parser with the shipped theme
//! lexicon; every theme and coordination mention must be a non-empty slice of the text, in
//! source order, with a finite score.

#![no_main]

use std::sync::OnceLock;

use isc_parse::{Lexicon, Mention, Parser};
use libfuzzer_sys::fuzz_target;

/// A parser with the shipped lexicon, the one `isc` uses by default.
fn parser() -> &'static Parser {
    static PARSER: OnceLock<Parser> = OnceLock::new();
    PARSER.get_or_init(|| Parser::default().with_lexicon(Lexicon::shipped().clone()))
}

fn check_mentions(text: &str, what: &str, mentions: &[Mention<'_>]) {
    let mut last = 0;
    for mention in mentions {
        let range = mention.text.span.range();
        assert!(!range.is_empty(), "empty {what} mention at {range:?}");
        assert_eq!(&text[range.clone()], mention.text.text, "{what} mention is not its slice");
        assert!(range.start >= last, "{what} mentions out of source order at {range:?}");
        last = range.start;
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for doc in parser().parse_all(text) {
        if let Err(problem) = doc.validate(text) {
            panic!("invalid parse: {problem}");
        }
        for theme in doc.themes.iter().chain(&doc.theme_candidates) {
            assert!(theme.score.is_finite(), "theme score {} is not finite", theme.score);
            check_mentions(text, "theme", &theme.evidence);
        }
        check_mentions(text, "coordination", &doc.coordination);
    }
});
