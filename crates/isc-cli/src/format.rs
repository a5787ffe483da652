//! Output formats: the readable table and JSON lines.

use std::io::{self, Write};

use isc_engine::{Document, EvidenceRecord, Scan, ThemeRecord};

/// One JSON object per document and line; the format is documented in the README. A document
/// read from a file that was not plain text has a source map, and each of its parts,
/// citations and evidence items gets the `location` its span came from.
pub(crate) fn scan_jsonl(scan: &Scan, out: &mut dyn Write) -> io::Result<()> {
    for document in &scan.documents {
        if document.source_map.is_empty() {
            serde_json::to_writer(&mut *out, document)?;
        } else {
            serde_json::to_writer(&mut *out, &located(document)?)?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The document as JSON with a `location` beside every `span` of its parts, citations,
/// coordination cues and theme evidence.
fn located(document: &Document) -> io::Result<serde_json::Value> {
    let mut value = serde_json::to_value(document)?;
    let mut locate = |item: &mut serde_json::Value| {
        let start = item.pointer("/span/0").and_then(serde_json::Value::as_u64);
        let location = start
            .and_then(|s| u32::try_from(s).ok())
            .and_then(|s| document.location(s))
            .and_then(|l| serde_json::to_value(l).ok());
        if let (Some(location), Some(object)) = (location, item.as_object_mut()) {
            object.insert("location".to_owned(), location);
        }
    };
    for list in ["parts", "citations", "coordination"] {
        if let Some(items) = value.get_mut(list).and_then(serde_json::Value::as_array_mut) {
            items.iter_mut().for_each(&mut locate);
        }
    }
    for list in ["themes", "theme_candidates"] {
        let Some(themes) = value.get_mut(list).and_then(serde_json::Value::as_array_mut) else {
            continue;
        };
        for theme in themes {
            if let Some(items) = theme.get_mut("evidence").and_then(serde_json::Value::as_array_mut)
            {
                items.iter_mut().for_each(&mut locate);
            }
        }
    }
    Ok(value)
}

/// A block per document: identity and title, themes, coordination cues, then one line per
/// citation and diagnostic.
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
    let list = |themes: &[ThemeRecord]| -> String {
        themes.iter().map(|t| format!("{} ({:.2})", t.id, t.score)).collect::<Vec<_>>().join(", ")
    };
    if document.themes.is_empty() {
        match document.theme_candidates.as_slice() {
            [] => writeln!(out, "  themes: none")?,
            candidates => writeln!(out, "  themes: none (below threshold: {})", list(candidates))?,
        }
    } else {
        writeln!(out, "  themes: {}", list(&document.themes))?;
    }
    let verdict = if document.calls_for_coordination {
        "calls for coordination"
    } else if document.coordination.is_empty() {
        "no cue"
    } else {
        "context only"
    };
    writeln!(out, "  coordination: {verdict}")?;
    for cue in &document.coordination {
        writeln!(out, "  {}", evidence_line(cue))?;
    }
    let width = document
        .citations
        .iter()
        .map(|c| c.resolution().to_string().chars().count())
        .max()
        .unwrap_or(0);
    for citation in &document.citations {
        let place = match document.location(citation.span.start) {
            Some(location) => format!("{location} {}:{}", citation.line, citation.column),
            None => format!("{}:{}", citation.line, citation.column),
        };
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

/// `12:5  operative (instructs the Secretary-General)  "the three Sectors"`.
pub(crate) fn evidence_line(evidence: &EvidenceRecord) -> String {
    let place = format!("{}:{}", evidence.line, evidence.column);
    let text: String = evidence.text.split_whitespace().collect::<Vec<_>>().join(" ");
    match &evidence.clause {
        Some(clause) => format!("{place:>8}  {} ({clause})  {text:?}", evidence.part),
        None => format!("{place:>8}  {}  {text:?}", evidence.part),
    }
}
