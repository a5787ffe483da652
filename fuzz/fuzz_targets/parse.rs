//! Fuzz target: arbitrary bytes that are UTF-8 go through the parser, whose output must validate.

#![no_main]

use std::sync::OnceLock;

use isc_parse::Parser;
use libfuzzer_sys::fuzz_target;

fn parser() -> &'static Parser {
    static PARSER: OnceLock<Parser> = OnceLock::new();
    PARSER.get_or_init(Parser::default)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let parser = parser();
    for doc in parser.parse_all(text) {
        if let Err(problem) = doc.validate(text) {
            panic!("invalid parse: {problem}");
        }
    }
    if let Err(problem) = parser.parse(text).validate(text) {
        panic!("invalid parse: {problem}");
    }
});
