//! The `isc` command: see `isc --help`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = isc_cli::Args::parse();
    let stdout = std::io::stdout();
    // Standard error stays unlocked between writes: the progress bar draws on it from other
    // threads while the run goes on.
    isc_cli::run(args, &mut stdout.lock(), &mut std::io::stderr())
}
