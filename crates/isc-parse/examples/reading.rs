//! Prints each text as the parser reads it (`Parser::reading`): line breaks put back into flowed
//! text, page furniture and extraction artefacts gone. For telling a layout problem from a
//! grammar one.
//!
//! ```text
//! cargo run -p isc-parse --example reading -- FILE...
//! ```

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let parser = isc_parse::Parser::default();
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        match std::fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                println!("==> {path} <==");
                println!("{}", parser.reading(&text));
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::from(2);
            }
        }
    }
    status
}
