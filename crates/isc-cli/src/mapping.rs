//! The mapping table in its formats, `isc explain`, and the diff of two reports.

use std::io::{self, Write};

use isc_engine::{
    Analysis, Clause, EvidenceRecord, Member, NearMiss, Proposal, Report, ReportDiff,
};
use isc_report::{FocalPoints, Gap, GapKind};

use crate::format::evidence_line;

const HEADERS: [&str; 6] = ["Theme", "PP", "ITU-R", "ITU-T", "ITU-D", "Clause"];

/// The heading of the focal-point column.
const FOCAL_HEADER: &str = "Focal points";

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

/// The focal points of a proposal's theme, one per entry, then its gaps marked with `!`.
fn focal_cell(p: &Proposal, focal: &FocalPoints, gaps: &[Gap]) -> Vec<String> {
    let mut res: Vec<String> = focal.for_theme(&p.theme).map(|f| f.describe()).collect();
    res.extend(gaps.iter().filter(|g| g.theme == p.theme).map(|g| format!("! {}", g.describe())));
    res
}

/// The gaps for themes that are not proposed, as lines for people.
fn unproposed_gaps(gaps: &[Gap]) -> impl Iterator<Item = String> + '_ {
    gaps.iter()
        .filter(|g| g.kind == GapKind::NotProposed)
        .map(|g| format!("{}: {}", g.theme, g.describe()))
}

/// One block of lines per theme, columns aligned; near misses after. With focal points, a last
/// column shows them and their gaps, and the focal points for themes not proposed follow.
pub(crate) fn table(
    report: &Report,
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<()> {
    match focal {
        None => table_of::<6>(report, HEADERS, cells, out),
        Some(focal) => {
            let gaps = focal.gaps(report);
            let [h0, h1, h2, h3, h4, h5] = HEADERS;
            let headers = [h0, h1, h2, h3, h4, h5, FOCAL_HEADER];
            table_of::<7>(
                report,
                headers,
                |p| {
                    let [c0, c1, c2, c3, c4, c5] = cells(p);
                    [c0, c1, c2, c3, c4, c5, focal_cell(p, focal, &gaps)]
                },
                out,
            )?;
            let lines: Vec<String> = unproposed_gaps(&gaps).collect();
            if !lines.is_empty() {
                writeln!(out, "\nFocal points for themes not proposed:")?;
                for line in lines {
                    writeln!(out, "  {line}")?;
                }
            }
            Ok(())
        }
    }
}

fn table_of<const N: usize>(
    report: &Report,
    headers: [&str; N],
    cells: impl Fn(&Proposal) -> [Vec<String>; N],
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows: Vec<[Vec<String>; N]> = report.proposals.iter().map(cells).collect();
    let mut widths = headers.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = cell.iter().map(|c| c.chars().count()).fold(*width, usize::max);
        }
    }
    // One line buffer for the whole table: a large corpus's table has many thousand lines.
    let mut text = String::new();
    let mut line = |out: &mut dyn Write, parts: [&str; N]| -> io::Result<()> {
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
    line(out, headers)?;
    let rule: [String; N] = widths.map(|w| "-".repeat(w));
    line(out, std::array::from_fn(|i| rule[i].as_str()))?;
    for row in &rows {
        let height = row.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for k in 0..height {
            line(out, std::array::from_fn(|i| row[i].get(k).map_or("", String::as_str)))?;
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

/// One CSV row per theme; several resolutions in a cell are separated by `; `. With focal
/// points, two more columns: `focal_points` and `focal_point_gaps` (each `; `-separated).
pub(crate) fn csv(
    report: &Report,
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    let mut headers = vec!["theme", "label", "clauses", "pp", "itu_r", "itu_t", "itu_d"];
    if focal.is_some() {
        headers.extend(["focal_points", "focal_point_gaps"]);
    }
    writer.write_record(&headers)?;
    let gaps = focal.map(|f| f.gaps(report)).unwrap_or_default();
    for p in &report.proposals {
        let [theme, pp, r, t, d, clauses] = cells(p);
        let label = p.label.clone().unwrap_or_default();
        let mut record = vec![
            theme[0].clone(),
            label,
            clauses[0].clone(),
            pp.join("; "),
            r.join("; "),
            t.join("; "),
            d.join("; "),
        ];
        if let Some(focal) = focal {
            let points: Vec<String> = focal.for_theme(&p.theme).map(|f| f.describe()).collect();
            let theme_gaps: Vec<String> =
                gaps.iter().filter(|g| g.theme == p.theme).map(Gap::describe).collect();
            record.extend([points.join("; "), theme_gaps.join("; ")]);
        }
        writer.write_record(&record)?;
    }
    writer.flush()
}

/// A Markdown table; several resolutions in a cell are separated by `<br>`. With focal points,
/// a last column shows them and their gaps, and a list of focal points for themes not proposed
/// follows.
pub(crate) fn markdown(
    report: &Report,
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut headers = HEADERS.to_vec();
    if focal.is_some() {
        headers.push(FOCAL_HEADER);
    }
    writeln!(out, "| {} |", headers.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(headers.len()))?;
    let gaps = focal.map(|f| f.gaps(report)).unwrap_or_default();
    let escape = |cell: &[String]| cell.join("<br>").replace('|', "\\|");
    for p in &report.proposals {
        let mut row: Vec<String> = cells(p).iter().map(|cell| escape(cell)).collect();
        if let Some(focal) = focal {
            row.push(escape(&focal_cell(p, focal, &gaps)));
        }
        writeln!(out, "| {} |", row.join(" | "))?;
    }
    let lines: Vec<String> = unproposed_gaps(&gaps).collect();
    if !lines.is_empty() {
        writeln!(out, "\nFocal points for themes not proposed:\n")?;
        for line in lines {
            writeln!(out, "- {}", line.replace('|', "\\|"))?;
        }
    }
    Ok(())
}

/// The focal points of `theme` and its gaps, for `isc explain`.
fn focal_block(
    theme: &str,
    report: &Report,
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some(focal) = focal else { return Ok(()) };
    writeln!(out, "focal points:")?;
    let mut any = false;
    for point in focal.for_theme(theme) {
        writeln!(out, "  {}", point.describe())?;
        any = true;
    }
    if !any {
        writeln!(out, "  (none)")?;
    }
    for gap in focal.gaps(report).iter().filter(|g| g.theme == theme) {
        writeln!(out, "  ! {}", gap.describe())?;
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
pub(crate) fn explain(
    theme: &str,
    analysis: &Analysis,
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let report = &analysis.report;
    let proposed = explain_theme(theme, analysis, out)?;
    focal_block(theme, report, focal, out)?;
    Ok(proposed)
}

fn explain_theme(theme: &str, analysis: &Analysis, out: &mut dyn Write) -> io::Result<bool> {
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
    if !diff.mappings_added.is_empty() {
        writeln!(out, "mapped pairs added:")?;
        for pair in &diff.mappings_added {
            writeln!(out, "  + {pair}")?;
        }
    }
    if !diff.mappings_removed.is_empty() {
        writeln!(out, "mapped pairs removed:")?;
        for pair in &diff.mappings_removed {
            writeln!(out, "  - {pair}")?;
        }
    }
    Ok(())
}
