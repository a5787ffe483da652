//! Output formats: the readable table and JSON lines.

use std::io::{self, Write};

use isc_engine::{Document, Scan};

/// One JSON object per document and line; the format is documented in the README.
pub(crate) fn scan_jsonl(scan: &Scan, out: &mut dyn Write) -> io::Result<()> {
    for document in &scan.documents {
        serde_json::to_writer(&mut *out, document)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A block per document: identity and title, then one line per citation and diagnostic.
pub(crate) fn scan_table(scan: &Scan, out: &mut dyn Write) -> io::Result<()> {
    for (i, document) in scan.documents.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        document_block(document, out)?;
    }
    Ok(())
}

fn document_block(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let id = document.id.as_ref().map_or_else(|| "(no heading)".to_owned(), ToString::to_string);
    match document.part {
        Some(part) => writeln!(out, "{}#{part}  {id}", document.source)?,
        None => writeln!(out, "{}  {id}", document.source)?,
    }
    if let Some(title) = &document.title {
        writeln!(out, "  title: {title}")?;
    }
    let width = document
        .citations
        .iter()
        .map(|c| c.resolution().to_string().chars().count())
        .max()
        .unwrap_or(0);
    for citation in &document.citations {
        let place = format!("{}:{}", citation.line, citation.column);
        let cited = citation.resolution().to_string();
        let text: String = citation.text.split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "  {place:>8}  {cited:<width$}  {text}")?;
    }
    if document.citations.is_empty() {
        writeln!(out, "  (no citations)")?;
    }
    for diagnostic in &document.diagnostics {
        let severity = format!("{:?}", diagnostic.severity).to_lowercase();
        writeln!(
            out,
            "  {}:{}:{}: {severity}: {}",
            document.source, diagnostic.line, diagnostic.column, diagnostic.message
        )?;
    }
    Ok(())
}
