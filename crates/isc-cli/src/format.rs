//! Output formats: the readable table and JSON lines.

use std::io::{self, Write};

use isc_engine::{
    CitationRecord, DiagnosticRecord, Document, DraftRecord, EvidenceRecord, IssuerRecord,
    Location, PartRecord, ResolutionRef, Scan, SourceMapEntry, StudyCitationRecord,
    StudyItemRecord, ThemeRecord,
};
use serde::Serialize;

/// One JSON object per document and line; the format is documented in the README. A document
/// read from a file that was not plain text has a source map, and each of its parts,
/// citations and evidence items gets the `location` its span came from.
pub(crate) fn scan_jsonl(scan: &Scan, out: &mut dyn Write) -> io::Result<()> {
    for document in &scan.documents {
        if document.source_map.is_empty() {
            serde_json::to_writer(&mut *out, document)?;
        } else {
            serde_json::to_writer(&mut *out, &located(document))?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A record with the `location` its span came from, written after its own fields.
#[derive(Serialize)]
struct At<'a, T> {
    #[serde(flatten)]
    item: &'a T,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<&'a Location>,
}

/// A theme whose evidence is located.
#[derive(Serialize)]
struct LocatedTheme<'a> {
    id: &'a str,
    score: f64,
    evidence: Vec<At<'a, EvidenceRecord>>,
}

/// A document with a `location` beside every `span` of its parts, citations, coordination cues
/// and theme evidence: the fields of [`Document`] in their order, records located.
#[derive(Serialize)]
struct LocatedDocument<'a> {
    source: &'a str,
    part: Option<u32>,
    id: &'a Option<ResolutionRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    draft: &'a Option<DraftRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued_by: &'a Option<IssuerRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    study: &'a Option<StudyItemRecord>,
    title: &'a Option<String>,
    parts: Vec<At<'a, PartRecord>>,
    citations: Vec<At<'a, CitationRecord>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    self_references: Vec<At<'a, CitationRecord>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    front_matter_references: Vec<At<'a, CitationRecord>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    study_citations: Vec<At<'a, StudyCitationRecord>>,
    themes: Vec<LocatedTheme<'a>>,
    theme_candidates: Vec<LocatedTheme<'a>>,
    coordination: Vec<At<'a, EvidenceRecord>>,
    calls_for_coordination: bool,
    diagnostics: &'a [DiagnosticRecord],
    source_map: &'a [SourceMapEntry],
}

fn located_evidence<'a>(
    document: &'a Document,
    evidence: &'a [EvidenceRecord],
) -> Vec<At<'a, EvidenceRecord>> {
    evidence.iter().map(|item| At { item, location: document.location(item.span.start) }).collect()
}

fn located_themes<'a>(document: &'a Document, themes: &'a [ThemeRecord]) -> Vec<LocatedTheme<'a>> {
    themes
        .iter()
        .map(|t| LocatedTheme {
            id: &t.id,
            score: t.score,
            evidence: located_evidence(document, &t.evidence),
        })
        .collect()
}

fn located(document: &Document) -> LocatedDocument<'_> {
    let at = |start: u32| document.location(start);
    // Every field of the document, named: a field added to `Document` stops this compiling
    // until it is written here too.
    let Document {
        source,
        part,
        id,
        draft,
        issued_by,
        study,
        title,
        parts,
        citations,
        self_references,
        front_matter_references,
        study_citations,
        themes: on,
        theme_candidates,
        coordination,
        calls_for_coordination,
        diagnostics,
        source_map,
    } = document;
    LocatedDocument {
        source,
        part: *part,
        id,
        draft,
        issued_by,
        study,
        title,
        parts: parts.iter().map(|item| At { item, location: at(item.span.start) }).collect(),
        citations: citations
            .iter()
            .map(|item| At { item, location: at(item.span.start) })
            .collect(),
        self_references: self_references
            .iter()
            .map(|item| At { item, location: at(item.span.start) })
            .collect(),
        front_matter_references: front_matter_references
            .iter()
            .map(|item| At { item, location: at(item.span.start) })
            .collect(),
        study_citations: study_citations
            .iter()
            .map(|item| At { item, location: at(item.span.start) })
            .collect(),
        themes: located_themes(document, on),
        theme_candidates: located_themes(document, theme_candidates),
        coordination: located_evidence(document, coordination),
        calls_for_coordination: *calls_for_coordination,
        diagnostics,
        source_map,
    }
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
    let id = match (&document.id, &document.draft) {
        (Some(id), _) => id.to_string(),
        (None, Some(draft)) => draft.to_string(),
        (None, None) => match &document.issued_by {
            Some(issuer) => format!("(no heading), {issuer}"),
            None => "(no heading)".to_owned(),
        },
    };
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

#[cfg(test)]
mod tests {
    use isc_engine::{Config, Engine};

    use super::*;

    /// Strips every `location` key.
    fn unlocated(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.remove("location");
                map.values_mut().for_each(unlocated);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(unlocated),
            _ => {}
        }
    }

    #[test]
    fn located_json_is_the_document_plus_locations() {
        let html = "<html><body><p>RESOLUTION 123 (REV. DUBAI, 2018)</p><p>Bridging the standardization gap</p>\
                    <p>The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),</p>\
                    <p>resolves</p><p>1\tthat the three Sectors shall apply Resolution 71 (Rev. Dubai, 2018);</p></body></html>";
        let scan = Engine::new(Config::new()).scan_reader("r.html", html.as_bytes());
        let document = &scan.documents[0];
        assert!(!document.source_map.is_empty());
        let mut out = Vec::new();
        scan_jsonl(&scan, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(r#""location":{"element":"p[5]"}"#), "{text}");
        let mut got: serde_json::Value = serde_json::from_str(&text).unwrap();
        unlocated(&mut got);
        // The source map's own locations are stripped on both sides.
        let mut want = serde_json::to_value(document).unwrap();
        unlocated(&mut want);
        assert_eq!(got, want);
        // The keys come in the document's order, as for a plain-text document.
        let plain = serde_json::to_string(document).unwrap();
        let keys = |json: &str| -> Vec<String> {
            json.match_indices("\":")
                .map(|(i, _)| json[..i].rsplit('"').next().unwrap().to_owned())
                .filter(|k| k != "location" && k != "element")
                .collect()
        };
        assert_eq!(keys(&text), keys(&plain));
    }
}
