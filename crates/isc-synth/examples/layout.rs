//! Lays a text read from standard input out as `isc-synth --layout` lays its corpora out, and
//! writes it to standard output: `cargo run -p isc-synth --example layout -- wrapped 7 < in.txt`.
//! The layout is one of `plain`, `flat`, `paged` or `wrapped`; the seed (1 if left out) draws the
//! choices left to chance. `scripts/realcheck.py` uses it to lay real texts out anew.

use std::io::{Read, Write};
use std::process::ExitCode;

use isc_synth::Layout;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let layout = match args.next().as_deref() {
        Some("plain") => Layout::Plain,
        Some("flat") => Layout::Flat,
        Some("paged") => Layout::Paged,
        Some("wrapped") => Layout::Wrapped,
        _ => {
            let _ =
                writeln!(std::io::stderr(), "usage: layout plain|flat|paged|wrapped [SEED] < TEXT");
            return ExitCode::from(2);
        }
    };
    let Ok(seed) = args.next().map_or(Ok(1), |s| s.parse::<u64>()) else {
        let _ = writeln!(std::io::stderr(), "the seed is a whole number");
        return ExitCode::from(2);
    };
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        let _ = writeln!(std::io::stderr(), "standard input is not UTF-8 text");
        return ExitCode::from(2);
    }
    match std::io::stdout().write_all(layout.apply(&text, seed).as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}
