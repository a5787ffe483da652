//! `isc questions`: the tables of a mapping rule (`MI002`) as a readable table, JSON, CSV or
//! Markdown. Any rule's mapping tables print the same way; the table titles come from the
//! tables.

use std::io::{self, Write};

use isc_engine::{MappingNote, MappingTable, MappingTarget};
use isc_report::{FocalPoint, FocalPoints};
use serde::Serialize;

fn focal_points<'a>(
    table: &MappingTable,
    target: &'a MappingTarget,
    focal: &'a FocalPoints,
) -> Vec<&'a FocalPoint> {
    focal.for_mapping(table, target)
}

/// One line per target, its row's item on the first: the cells of every format.
fn lines(table: &MappingTable, focal: Option<&FocalPoints>) -> Vec<[String; 6]> {
    let mut res = Vec::new();
    for row in &table.rows {
        for (i, target) in row.to.iter().enumerate() {
            let reasons: Vec<&str> = target.reasons.iter().map(|r| r.name()).collect();
            let points = focal.map_or_else(String::new, |focal| {
                let points: Vec<String> =
                    focal_points(table, target, focal).iter().map(|p| p.describe()).collect();
                points.join("; ")
            });
            res.push([
                if i == 0 { row.from.clone() } else { String::new() },
                target.id.clone(),
                target.themes.join(", "),
                reasons.join(", "),
                target.evidence.len().to_string(),
                points,
            ]);
        }
    }
    res
}

const HEADERS: [&str; 6] = ["from", "to", "themes", "reasons", "evidence", "focal points"];

/// The tables as aligned columns, one block per table, then the notes.
pub(crate) fn table(
    tables: &[MappingTable],
    notes: &[MappingNote],
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let n_columns = if focal.is_some() { 6 } else { 5 };
    for (n, table) in tables.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let rows = table.rows.len();
        let plural = if rows == 1 { "" } else { "s" };
        writeln!(out, "Table {}: {} ({rows} row{plural})", n + 1, table.title())?;
        let lines = lines(table, focal);
        if lines.is_empty() {
            writeln!(out, "  (none)")?;
            continue;
        }
        let mut widths = HEADERS.map(str::len);
        for line in &lines {
            for (w, cell) in widths.iter_mut().zip(line) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let write_line = |out: &mut dyn Write, cells: [&str; 6]| {
            let mut text = String::from(" ");
            for (i, cell) in cells.iter().take(n_columns).enumerate() {
                text.push(' ');
                text.push_str(cell);
                if i + 1 < n_columns {
                    let pad = widths[i] - cell.chars().count();
                    text.extend(std::iter::repeat_n(' ', pad + 1));
                }
            }
            writeln!(out, "{}", text.trim_end())
        };
        write_line(out, HEADERS)?;
        for line in &lines {
            write_line(out, line.each_ref().map(String::as_str))?;
        }
    }
    if !notes.is_empty() {
        writeln!(out, "\nLeft out:")?;
        for note in notes {
            writeln!(out, "  {}", note.describe())?;
        }
    }
    Ok(())
}

/// `{"tables": [...]}`, keys in the order of the tables' fields; with focal points, each target
/// lists those of its themes after its evidence.
pub(crate) fn json(
    tables: &[MappingTable],
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Tables<'a> {
        tables: Vec<Table<'a>>,
    }
    #[derive(Serialize)]
    struct Table<'a> {
        from: &'a str,
        to: &'a str,
        rows: Vec<Row<'a>>,
    }
    #[derive(Serialize)]
    struct Row<'a> {
        from: &'a str,
        to: Vec<Target<'a>>,
    }
    #[derive(Serialize)]
    struct Target<'a> {
        #[serde(flatten)]
        target: &'a MappingTarget,
        #[serde(skip_serializing_if = "Option::is_none")]
        focal_points: Option<Vec<&'a FocalPoint>>,
    }
    let view = Tables {
        tables: tables
            .iter()
            .map(|table| Table {
                from: &table.from,
                to: &table.to,
                rows: table
                    .rows
                    .iter()
                    .map(|row| Row {
                        from: &row.from,
                        to: row
                            .to
                            .iter()
                            .map(|target| Target {
                                target,
                                focal_points: focal.map(|f| focal_points(table, target, f)),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &view)?;
    out.write_all(b"\n")
}

/// One CSV row per target: the table (`ITU-D -> ITU-R`), the row's item, the target, themes and
/// reasons (`; `-separated), the number of phrases of evidence, and with focal points theirs.
pub(crate) fn csv(
    tables: &[MappingTable],
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    let mut headers = vec!["table", "from", "to", "themes", "reasons", "evidence"];
    if focal.is_some() {
        headers.push("focal_points");
    }
    writer.write_record(&headers)?;
    for table in tables {
        let name = format!("{} -> {}", table.from, table.to);
        for row in &table.rows {
            for target in &row.to {
                let reasons: Vec<&str> = target.reasons.iter().map(|r| r.name()).collect();
                let mut record = vec![
                    name.clone(),
                    row.from.clone(),
                    target.id.clone(),
                    target.themes.join("; "),
                    reasons.join("; "),
                    target.evidence.len().to_string(),
                ];
                if let Some(focal) = focal {
                    let points: Vec<String> =
                        focal_points(table, target, focal).iter().map(|p| p.describe()).collect();
                    record.push(points.join("; "));
                }
                writer.write_record(&record)?;
            }
        }
    }
    writer.flush()
}

/// One Markdown table per mapping table, under its title; then the notes.
pub(crate) fn markdown(
    tables: &[MappingTable],
    notes: &[MappingNote],
    focal: Option<&FocalPoints>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut headers = vec!["From", "To", "Themes", "Reasons", "Evidence"];
    if focal.is_some() {
        headers.push("Focal points");
    }
    let escape = |cell: &str| cell.replace('|', "\\|");
    for (n, table) in tables.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        writeln!(out, "## Table {}: {}\n", n + 1, table.title())?;
        writeln!(out, "| {} |", headers.join(" | "))?;
        writeln!(out, "|{}", "---|".repeat(headers.len()))?;
        // A Markdown table has no cell spanning rows: each line names its row's item.
        let mut item = String::new();
        for mut line in lines(table, focal) {
            if line[0].is_empty() {
                line[0].clone_from(&item);
            } else {
                item.clone_from(&line[0]);
            }
            let cells: Vec<String> = line.iter().take(headers.len()).map(|c| escape(c)).collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
    }
    if !notes.is_empty() {
        writeln!(out, "\nLeft out:\n")?;
        for note in notes {
            writeln!(out, "- {}", escape(&note.describe()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
