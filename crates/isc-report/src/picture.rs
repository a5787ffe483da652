//! The picture: PP resolutions, themes and Sector resolutions as three columns, with edges for
//! "on theme" and "cites", laid out here (no layout engine) for the page's SVG.

use std::collections::BTreeMap;

use serde::Serialize;

/// The most resolutions drawn in one column; past it the picture keeps the resolutions on the
/// most themes and says so.
pub(crate) const MAX_PER_COLUMN: usize = 400;

const ROW: f64 = 16.0;
const TOP: f64 = 40.0;
const WIDTH: f64 = 1120.0;
const PP_X: f64 = 300.0;
const THEME_X: f64 = 560.0;
const SECTOR_X: f64 = 820.0;
const THEME_HALF_WIDTH: f64 = 105.0;

/// A resolution as the picture knows it.
#[derive(Debug, Clone)]
pub(crate) struct Resolution {
    /// Its id (`PP 70`), the key edges use.
    pub(crate) key: String,
    /// What the node says (`Res. 70 (Rev. Dubai, 2018)`).
    pub(crate) label: String,
    /// Its sector class: `pp`, `r`, `t` or `d`.
    pub(crate) class: &'static str,
    /// The page anchor of its first appearance.
    pub(crate) href: String,
    /// The themes (indexes) it is on.
    pub(crate) themes: Vec<usize>,
}

/// A theme as the picture knows it.
#[derive(Debug, Clone)]
pub(crate) struct Theme {
    pub(crate) label: String,
    pub(crate) href: String,
}

/// One node, placed.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Node {
    id: String,
    class: &'static str,
    label: String,
    href: String,
    x: f64,
    y: f64,
    /// Where the label's text starts and how it is anchored.
    text_x: f64,
    anchor: &'static str,
}

/// One edge, as an SVG path.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Edge {
    from: String,
    to: String,
    class: &'static str,
    d: String,
}

/// The laid-out picture.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Picture {
    width: f64,
    height: f64,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    theme_half_width: f64,
    /// The columns' x: PP resolutions, themes, Sector resolutions.
    columns: [f64; 3],
    /// What was left out, if anything.
    note: Option<String>,
}

/// Orders a column by the mean position of each resolution's themes (fewer crossings), keeping
/// Sectors together; the key breaks ties so the order is stable.
fn order(column: &mut [Resolution]) {
    let class_rank = |c: &str| match c {
        "pp" => 0,
        "r" => 1,
        "t" => 2,
        _ => 3,
    };
    let mean =
        |r: &Resolution| r.themes.iter().sum::<usize>() as f64 / r.themes.len().max(1) as f64;
    column.sort_by(|a, b| {
        class_rank(a.class)
            .cmp(&class_rank(b.class))
            .then(mean(a).total_cmp(&mean(b)))
            .then_with(|| a.key.cmp(&b.key))
    });
}

/// Keeps at most [`MAX_PER_COLUMN`] resolutions, those on the most themes; returns how many it
/// left out.
fn keep_most_connected(column: &mut Vec<Resolution>) -> usize {
    if column.len() <= MAX_PER_COLUMN {
        return 0;
    }
    column.sort_by(|a, b| b.themes.len().cmp(&a.themes.len()).then_with(|| a.key.cmp(&b.key)));
    let dropped = column.len() - MAX_PER_COLUMN;
    column.truncate(MAX_PER_COLUMN);
    dropped
}

fn curve(x1: f64, y1: f64, x2: f64, y2: f64) -> String {
    let mid = (x1 + x2) / 2.0;
    format!("M{x1:.1},{y1:.1} C{mid:.1},{y1:.1} {mid:.1},{y2:.1} {x2:.1},{y2:.1}")
}

/// Lays out the picture: `themes` in the middle, `pp` on the left, `sectors` on the right, and
/// `cites` edges (Sector key, PP key) between the outer columns.
pub(crate) fn lay_out(
    themes: &[Theme],
    mut pp: Vec<Resolution>,
    mut sectors: Vec<Resolution>,
    cites: &[(String, String)],
) -> Picture {
    let dropped = keep_most_connected(&mut pp) + keep_most_connected(&mut sectors);
    order(&mut pp);
    order(&mut sectors);
    let rows = pp.len().max(sectors.len()).max(themes.len() * 2).max(1);
    let height = TOP * 2.0 + rows as f64 * ROW;
    let column_y = |i: usize, n: usize| {
        // Spread a shorter column over the height of the longest one.
        let span = rows as f64 * ROW;
        TOP + (i as f64 + 0.5) * span / n.max(1) as f64
    };
    let mut nodes = Vec::with_capacity(themes.len() + pp.len() + sectors.len());
    let mut theme_y = Vec::with_capacity(themes.len());
    for (i, theme) in themes.iter().enumerate() {
        let y = column_y(i, themes.len());
        theme_y.push(y);
        nodes.push(Node {
            id: format!("t{i}"),
            class: "theme",
            label: theme.label.clone(),
            href: theme.href.clone(),
            x: THEME_X,
            y,
            text_x: THEME_X,
            anchor: "middle",
        });
    }
    let mut edges = Vec::new();
    let mut place = |column: &[Resolution], prefix: &str, x: f64, left: bool| {
        let mut ids = BTreeMap::new();
        for (i, r) in column.iter().enumerate() {
            let y = column_y(i, column.len());
            let id = format!("{prefix}{i}");
            for &t in &r.themes {
                let Some(&ty) = theme_y.get(t) else { continue };
                let (x1, y1, x2, y2) = if left {
                    (x, y, THEME_X - THEME_HALF_WIDTH, ty)
                } else {
                    (THEME_X + THEME_HALF_WIDTH, ty, x, y)
                };
                let (from, to) = if left {
                    (id.clone(), format!("t{t}"))
                } else {
                    (format!("t{t}"), id.clone())
                };
                edges.push(Edge { from, to, class: "on", d: curve(x1, y1, x2, y2) });
            }
            nodes.push(Node {
                id: id.clone(),
                class: r.class,
                label: r.label.clone(),
                href: r.href.clone(),
                x,
                y,
                text_x: if left { x - 8.0 } else { x + 8.0 },
                anchor: if left { "end" } else { "start" },
            });
            ids.insert(r.key.clone(), (id, y));
        }
        ids
    };
    let pp_ids = place(&pp, "p", PP_X, true);
    let sector_ids = place(&sectors, "s", SECTOR_X, false);
    let mut cites: Vec<&(String, String)> = cites.iter().collect();
    cites.sort();
    cites.dedup();
    for (from, to) in cites {
        if let (Some((s, sy)), Some((p, py))) = (sector_ids.get(from), pp_ids.get(to)) {
            // Around the themes: out to the right of the Sector column, over the top, and in
            // from the left of the PP column would hide nothing but be long; an arc through the
            // themes' gutter is shorter and reads as "across".
            let d = format!(
                "M{SECTOR_X:.1},{sy:.1} C{:.1},{sy:.1} {:.1},{py:.1} {PP_X:.1},{py:.1}",
                SECTOR_X - 120.0,
                PP_X + 120.0
            );
            edges.push(Edge { from: s.clone(), to: p.clone(), class: "cites", d });
        }
    }
    let note = (dropped > 0).then(|| {
        format!(
            "{dropped} resolutions on fewer themes are left out of the picture (at most {MAX_PER_COLUMN} per column); the tables list them all"
        )
    });
    Picture {
        width: WIDTH,
        height,
        nodes,
        edges,
        theme_half_width: THEME_HALF_WIDTH,
        columns: [PP_X, THEME_X, SECTOR_X],
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolution(key: &str, class: &'static str, themes: Vec<usize>) -> Resolution {
        Resolution { key: key.into(), label: key.into(), class, href: "#x".into(), themes }
    }

    #[test]
    fn three_columns_with_edges_for_themes_and_citations() {
        let themes = vec![
            Theme { label: "a".into(), href: "#a".into() },
            Theme { label: "b".into(), href: "#b".into() },
        ];
        let pp = vec![resolution("PP 2", "pp", vec![1]), resolution("PP 1", "pp", vec![0])];
        let sectors = vec![resolution("WTSA 5", "t", vec![0, 1]), resolution("RA 9", "r", vec![1])];
        let picture = lay_out(
            &themes,
            pp,
            sectors,
            &[("WTSA 5".into(), "PP 1".into()), ("RA 9".into(), "PP 404".into())],
        );
        let labels: Vec<(&str, &str)> =
            picture.nodes.iter().map(|n| (n.id.as_str(), n.label.as_str())).collect();
        assert_eq!(
            labels,
            [
                ("t0", "a"),
                ("t1", "b"),
                ("p0", "PP 1"),
                ("p1", "PP 2"),
                ("s0", "RA 9"),
                ("s1", "WTSA 5")
            ]
        );
        let edges: Vec<(&str, &str, &str)> =
            picture.edges.iter().map(|e| (e.from.as_str(), e.to.as_str(), e.class)).collect();
        assert_eq!(
            edges,
            [
                ("p0", "t0", "on"),
                ("p1", "t1", "on"),
                ("t1", "s0", "on"),
                ("t0", "s1", "on"),
                ("t1", "s1", "on"),
                ("s1", "p0", "cites"),
            ]
        );
        assert!(picture.note.is_none());
    }

    #[test]
    fn a_crowded_column_keeps_the_most_connected() {
        let sectors: Vec<Resolution> = (0..MAX_PER_COLUMN + 3)
            .map(|i| resolution(&format!("WTSA {i:04}"), "t", if i < 3 { vec![] } else { vec![0] }))
            .collect();
        let themes = vec![Theme { label: "a".into(), href: "#a".into() }];
        let picture = lay_out(&themes, Vec::new(), sectors, &[]);
        assert_eq!(picture.nodes.len(), MAX_PER_COLUMN + 1);
        assert!(picture.note.unwrap().starts_with("3 resolutions"));
        assert!(!picture.nodes.iter().any(|n| n.label == "WTSA 0000"));
    }
}
