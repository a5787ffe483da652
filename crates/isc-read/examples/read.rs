//! Prints the text the reading stage gives for a file: `cargo run -p isc-read --example read -- FILE`.

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: read FILE")?;
    let bytes = std::fs::read(&path)?;
    let reading = isc_read::read(&bytes, &path, &isc_read::Options::default())?;
    let mut out = std::io::stdout().lock();
    for note in &reading.notes {
        writeln!(out, "note: {:?}: {}", note.severity, note.message)?;
    }
    for text in &reading.texts {
        writeln!(out, "--- {:?}", text.name)?;
        out.write_all(text.text.as_bytes())?;
    }
    Ok(())
}
