//! The `isc` command: see `isc --help`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = isc_cli::Args::parse();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    isc_cli::run(args, &mut stdout.lock(), &mut stderr.lock())
}
