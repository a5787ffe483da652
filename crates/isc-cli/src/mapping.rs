//! The mapping table in its formats, `isc explain`, and the diff of two reports.

use std::io::{self, Write};

use isc_engine::{
    Analysis, Clause, EvidenceRecord, Member, NearMiss, Proposal, Report, ReportDiff,
};

use crate::format::evidence_line;

const HEADERS: [&str; 6] = ["Theme", "PP", "ITU-R", "ITU-T", "ITU-D", "Clause"];

/// The cells of one proposal: theme, PP, ITU-R, ITU-T, ITU-D (one resolution per entry), clause.
fn cells(p: &Proposal) -> [Vec<String>; 6] {
    let names = |members: &[Member]| members.iter().map(Member::short_name).collect::<Vec<_>>();
    [
        vec![p.theme.clone()],
        names(&p.pp),
        names(&p.itu_r),
        names(&p.itu_t),
        names(&p.itu_d),
        vec![Clause::joined(&p.clauses)],
    ]
}

/// One block of lines per theme, columns aligned; near misses after.
pub(crate) fn table(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let rows: Vec<[Vec<String>; 6]> = report.proposals.iter().map(cells).collect();
    let mut widths = HEADERS.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = cell.iter().map(|c| c.chars().count()).fold(*width, usize::max);
        }
    }
    // One line buffer for the whole table: a large corpus's table has many thousand lines.
    let mut text = String::new();
    let mut line = |out: &mut dyn Write, parts: [&str; 6]| -> io::Result<()> {
        use std::fmt::Write as _;
        text.clear();
        for (i, (part, width)) in parts.iter().zip(widths).enumerate() {
            if i + 1 == parts.len() {
                text.push_str(part);
            } else {
                let _ = write!(text, "{part:<width$}  ");
            }
        }
        out.write_all(text.trim_end().as_bytes())?;
        out.write_all(b"\n")
    };
    line(out, HEADERS)?;
    let rule: [String; 6] = widths.map(|w| "-".repeat(w));
    line(out, [0, 1, 2, 3, 4, 5].map(|i| rule[i].as_str()))?;
    for row in &rows {
        let height = row.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for k in 0..height {
            line(out, [0, 1, 2, 3, 4, 5].map(|i| row[i].get(k).map_or("", String::as_str)))?;
        }
    }
    if report.proposals.is_empty() {
        writeln!(out, "(no theme proposed)")?;
    }
    if !report.near_misses.is_empty() {
        writeln!(out, "\nNear misses:")?;
        for miss in &report.near_misses {
            writeln!(
                out,
                "  {}: {} ({})",
                miss.theme,
                miss.kind.describe(),
                near_miss_members(miss)
            )?;
        }
    }
    Ok(())
}

fn near_miss_members(miss: &NearMiss) -> String {
    let mut parts = Vec::new();
    for (sector, members) in
        [("PP", &miss.pp), ("ITU-R", &miss.itu_r), ("ITU-T", &miss.itu_t), ("ITU-D", &miss.itu_d)]
    {
        if !members.is_empty() {
            let names: Vec<String> = members.iter().map(Member::short_name).collect();
            parts.push(format!("{sector}: {}", names.join(", ")));
        }
    }
    parts.join("; ")
}

/// One CSV row per theme; several resolutions in a cell are separated by `; `.
pub(crate) fn csv(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record(["theme", "label", "clauses", "pp", "itu_r", "itu_t", "itu_d"])?;
    for p in &report.proposals {
        let [theme, pp, r, t, d, clauses] = cells(p);
        let label = p.label.clone().unwrap_or_default();
        writer.write_record([
            &theme[0],
            &label,
            &clauses[0],
            &pp.join("; "),
            &r.join("; "),
            &t.join("; "),
            &d.join("; "),
        ])?;
    }
    writer.flush()
}

/// A Markdown table; several resolutions in a cell are separated by `<br>`.
pub(crate) fn markdown(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "| {} |", HEADERS.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(HEADERS.len()))?;
    for p in &report.proposals {
        let row: Vec<String> =
            cells(p).iter().map(|cell| cell.join("<br>").replace('|', "\\|")).collect();
        writeln!(out, "| {} |", row.join(" | "))?;
    }
    Ok(())
}

/// The documents read from files that were not plain text, by source and part: those whose
/// places are quoted with a location.
type Located<'a> = std::collections::HashMap<(&'a str, Option<u32>), &'a isc_engine::Document>;

fn located(analysis: &Analysis) -> Located<'_> {
    analysis
        .documents()
        .iter()
        .filter(|d| !d.source_map.is_empty())
        .map(|d| ((d.source.as_str(), d.part), d))
        .collect()
}

/// `file#part:` then, for a file that was not plain text, where in it (`file.pdf:p.12:`,
/// `file.docx:¶34:`), then the evidence line.
fn place(
    located: &Located<'_>,
    source: &str,
    part: Option<u32>,
    evidence: &EvidenceRecord,
) -> String {
    let location = located
        .get(&(source, part))
        .and_then(|d| d.location(evidence.span.start))
        .map(|l| format!("{l}:"))
        .unwrap_or_default();
    let source = match part {
        Some(part) => format!("{source}#{part}"),
        None => source.to_owned(),
    };
    format!("{source}:{location}{}", evidence_line(evidence).trim_start())
}

fn member_block(
    located: &Located<'_>,
    sector: &str,
    member: &Member,
    out: &mut dyn Write,
) -> io::Result<()> {
    let superseded = if member.superseded { ", superseded" } else { "" };
    writeln!(
        out,
        "  {sector:<5} {} score {:.2}{superseded}",
        member.short_name(),
        member.theme_score
    )?;
    for evidence in &member.theme_evidence {
        writeln!(out, "          {}", place(located, &member.source, member.part, evidence))?;
    }
    Ok(())
}

fn members_block(
    located: &Located<'_>,
    groups: [(&str, &[Member]); 4],
    out: &mut dyn Write,
) -> io::Result<()> {
    for (sector, members) in groups {
        for member in members {
            member_block(located, sector, member, out)?;
        }
    }
    Ok(())
}

/// Why `theme` is or is not proposed; returns whether it is.
pub(crate) fn explain(theme: &str, analysis: &Analysis, out: &mut dyn Write) -> io::Result<bool> {
    let report = &analysis.report;
    let located = located(analysis);
    if let Some(p) = report.proposal(theme) {
        let label = p.label.as_deref().map(|l| format!(" ({l})")).unwrap_or_default();
        writeln!(
            out,
            "{theme}{label}: proposed by {}, clause {}",
            p.rule,
            Clause::joined(&p.clauses)
        )?;
        if p.clauses.contains(&Clause::A) {
            writeln!(
                out,
                "clause A: a PP resolution on the theme calls for intersectoral coordination"
            )?;
            for member in p.pp.iter().filter(|m| !m.coordination.is_empty()) {
                writeln!(out, "  {}", member.short_name())?;
                for cue in &member.coordination {
                    writeln!(
                        out,
                        "          {}",
                        place(&located, &member.source, member.part, cue)
                    )?;
                }
            }
        }
        if p.clauses.contains(&Clause::B) {
            writeln!(
                out,
                "clause B: a PP resolution and resolutions of {} Sector(s) are on the theme",
                [&p.itu_r, &p.itu_t, &p.itu_d].iter().filter(|g| !g.is_empty()).count()
            )?;
        }
        writeln!(out, "resolutions on the theme, with the phrases that put them there:")?;
        members_block(
            &located,
            [("PP", &p.pp), ("ITU-R", &p.itu_r), ("ITU-T", &p.itu_t), ("ITU-D", &p.itu_d)],
            out,
        )?;
        if !p.corroboration.is_empty() {
            writeln!(out, "corroborating citations:")?;
            for c in &p.corroboration {
                writeln!(
                    out,
                    "  {} cites {}: {}:{}",
                    c.from,
                    c.to,
                    c.source,
                    evidence_line(&c.evidence).trim_start()
                )?;
            }
        }
        return Ok(true);
    }
    writeln!(out, "{theme}: not proposed")?;
    if let Some(miss) = report.near_misses.iter().find(|m| m.theme == theme) {
        writeln!(out, "nearest miss: {}", miss.kind.describe())?;
        members_block(
            &located,
            [
                ("PP", &miss.pp),
                ("ITU-R", &miss.itu_r),
                ("ITU-T", &miss.itu_t),
                ("ITU-D", &miss.itu_d),
            ],
            out,
        )?;
        return Ok(false);
    }
    let on: Vec<&isc_engine::DocumentEntry> =
        report.documents.iter().filter(|d| d.themes.iter().any(|t| t == theme)).collect();
    if !on.is_empty() {
        writeln!(out, "documents on the theme, none making it an area of mutual interest:")?;
        for d in on {
            let id = d.id.as_ref().map_or_else(|| "(no heading)".to_owned(), ToString::to_string);
            writeln!(
                out,
                "  {id}  {}{}",
                d.source,
                if d.superseded { " (superseded)" } else { "" }
            )?;
        }
        return Ok(false);
    }
    // Nothing reaches the threshold: show what came closest.
    let mut closest: Vec<(f64, &isc_engine::Document, &isc_engine::ThemeRecord)> = analysis
        .documents()
        .iter()
        .flat_map(|d| {
            d.theme_candidates.iter().filter(|t| t.id == theme).map(move |t| (t.score, d, t))
        })
        .collect();
    closest.sort_by(|a, b| {
        b.0.total_cmp(&a.0).then_with(|| (&a.1.source, a.1.part).cmp(&(&b.1.source, b.1.part)))
    });
    if closest.is_empty() {
        writeln!(out, "no document mentions the theme")?;
    } else {
        writeln!(out, "no document reaches the theme's threshold; closest:")?;
        for (score, d, t) in closest.iter().take(3) {
            let id = d.id.as_ref().map_or_else(|| "(no heading)".to_owned(), ToString::to_string);
            writeln!(out, "  {id} score {score:.2}")?;
            for evidence in &t.evidence {
                writeln!(out, "          {}", place(&located, &d.source, d.part, evidence))?;
            }
        }
    }
    Ok(false)
}

/// What changed, theme by theme.
pub(crate) fn diff_table(diff: &ReportDiff, out: &mut dyn Write) -> io::Result<()> {
    if diff.is_empty() {
        return writeln!(out, "no change");
    }
    if !diff.themes_added.is_empty() {
        writeln!(out, "themes added: {}", diff.themes_added.join(", "))?;
    }
    if !diff.themes_dropped.is_empty() {
        writeln!(out, "themes dropped: {}", diff.themes_dropped.join(", "))?;
    }
    for change in &diff.changes {
        let clauses =
            |c: &[Clause]| if c.is_empty() { "not proposed".to_owned() } else { Clause::joined(c) };
        if change.clauses_before == change.clauses_after {
            writeln!(out, "{}: clause {}", change.theme, clauses(&change.clauses_after))?;
        } else {
            writeln!(
                out,
                "{}: {} -> {}",
                change.theme,
                clauses(&change.clauses_before),
                clauses(&change.clauses_after)
            )?;
        }
        for added in &change.added {
            writeln!(out, "  + {added}")?;
        }
        for removed in &change.removed {
            writeln!(out, "  - {removed}")?;
        }
    }
    Ok(())
}
