//! The formats of `isc questions` over tables with rows, notes and focal points.

use isc_engine::{MappingNote, MappingTable};
use isc_report::FocalPoints;

use super::*;

/// Three tables: two rows in the first (the second row with two targets), none in the second,
/// one in the third. Evidence is left out: the formats count it.
const TABLES: &str = r#"[
  {"from": "ITU-D", "to": "ITU-R", "rows": [
    {"from": "Question 3/2", "to": [
      {"id": "WP 5D", "themes": ["cybersecurity"], "reasons": ["theme"], "evidence": [
        {"reason": "theme", "item": "ITU-D Question 3/2", "source": "d.txt", "text": "cybersecurity", "line": 3, "column": 1, "part": "title", "theme": "cybersecurity"},
        {"reason": "theme", "item": "ITU-R WP 5D", "source": "r.txt", "text": "cybersecurity", "line": 3, "column": 1, "part": "title", "theme": "cybersecurity"}]}]},
    {"from": "Question 5/2", "to": [
      {"id": "WP 5A", "themes": ["emergency-telecommunications"], "reasons": ["theme", "resolution"], "evidence": [
        {"reason": "theme", "item": "ITU-D Question 5/2", "source": "d5.txt", "text": "disaster", "line": 3, "column": 1, "part": "title", "theme": "emergency-telecommunications"},
        {"reason": "theme", "item": "ITU-R WP 5A", "source": "r5a.txt", "text": "emergency", "line": 3, "column": 1, "part": "title", "theme": "emergency-telecommunications"},
        {"reason": "resolution", "item": "ITU-D Question 5/2", "source": "d5.txt", "text": "Resolution 136", "line": 8, "column": 1, "part": "preamble", "resolution": "PP 136"},
        {"reason": "resolution", "item": "ITU-R WP 5A", "source": "r5a.txt", "text": "Resolution 136", "line": 6, "column": 1, "part": "preamble", "resolution": "PP 136"},
        {"reason": "resolution", "item": "ITU-R WP 5A", "source": "r5a.txt", "text": "Res. 136", "line": 9, "column": 1, "part": "operative", "resolution": "PP 136"}]},
      {"id": "WP 5D", "themes": [], "reasons": ["cites"], "evidence": [
        {"reason": "cites", "item": "ITU-D Question 5/2", "source": "d5.txt", "text": "Working Party 5D", "line": 7, "column": 4, "part": "preamble", "cited": "ITU-R WP 5D"}]}]}]},
  {"from": "ITU-T", "to": "ITU-R", "rows": []},
  {"from": "ITU-D", "to": "ITU-T", "rows": [
    {"from": "Question 3/2", "to": [
      {"id": "Question 4/17", "themes": ["cybersecurity"], "reasons": ["theme"], "evidence": [
        {"reason": "theme", "item": "ITU-D Question 3/2", "source": "d.txt", "text": "cybersecurity", "line": 3, "column": 1, "part": "title", "theme": "cybersecurity"}]}]}]}
]"#;

const NOTES: &str = r#"[{"resolution": "PP 130", "items": 9, "limit": 8}]"#;

const FOCAL: &str = "[[focal_point]]\ntheme = \"cybersecurity\"\nunit = \"TSB\"\nrole = \"SG17 counsellor\"\n\n\
    [[focal_point]]\ntheme = \"cybersecurity\"\nunit = \"BDT\"\nrole = \"Cyber team\"\n\n\
    [[focal_point]]\ntheme = \"cybersecurity\"\nunit = \"GS\"\n\n\
    [[focal_point]]\ntheme = \"emergency-telecommunications\"\nunit = \"BR\"\n";

fn tables() -> Vec<MappingTable> {
    serde_json::from_str(TABLES).unwrap()
}

fn notes() -> Vec<MappingNote> {
    serde_json::from_str(NOTES).unwrap()
}

fn focal() -> FocalPoints {
    FocalPoints::from_toml(FOCAL, "focal.toml").unwrap()
}

fn text(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn table_aligns_each_table_and_leaves_a_row_item_out_after_its_first_target() {
    let got = text(|w| table(&tables(), &notes(), None, w));
    let expected = "\
Table 1: ITU-D Questions -> ITU-R Working Parties (2 rows)
  from          to     themes                        reasons            evidence
  Question 3/2  WP 5D  cybersecurity                 theme              2
  Question 5/2  WP 5A  emergency-telecommunications  theme, resolution  5
                WP 5D                                cites              1

Table 2: ITU-T Questions -> ITU-R Working Parties (0 rows)
  (none)

Table 3: ITU-D Questions -> ITU-T Questions (1 row)
  from          to             themes         reasons  evidence
  Question 3/2  Question 4/17  cybersecurity  theme    1

Left out:
  PP 130: cited by 9 study items, more than 8: too general to map them
";
    assert_eq!(got, expected, "\n{got}");
}

#[test]
fn csv_has_one_row_per_pair_and_focal_points_of_the_tables_sectors() {
    let got = text(|w| csv(&tables(), None, w));
    let expected = "\
table,from,to,themes,reasons,evidence
ITU-D -> ITU-R,Question 3/2,WP 5D,cybersecurity,theme,2
ITU-D -> ITU-R,Question 5/2,WP 5A,emergency-telecommunications,theme; resolution,5
ITU-D -> ITU-R,Question 5/2,WP 5D,,cites,1
ITU-D -> ITU-T,Question 3/2,Question 4/17,cybersecurity,theme,1
";
    assert_eq!(got, expected, "\n{got}");
    let focal = focal();
    let got = text(|w| csv(&tables(), Some(&focal), w));
    let expected = "\
table,from,to,themes,reasons,evidence,focal_points
ITU-D -> ITU-R,Question 3/2,WP 5D,cybersecurity,theme,2,General Secretariat; BDT: Cyber team
ITU-D -> ITU-R,Question 5/2,WP 5A,emergency-telecommunications,theme; resolution,5,BR
ITU-D -> ITU-R,Question 5/2,WP 5D,,cites,1,
ITU-D -> ITU-T,Question 3/2,Question 4/17,cybersecurity,theme,1,General Secretariat; TSB: SG17 counsellor; BDT: Cyber team
";
    assert_eq!(got, expected, "\n{got}");
}

#[test]
fn markdown_has_one_table_per_mapping_table_and_repeats_the_row_item() {
    let got = text(|w| markdown(&tables(), &notes(), None, w));
    let expected = "\
## Table 1: ITU-D Questions -> ITU-R Working Parties

| From | To | Themes | Reasons | Evidence |
|---|---|---|---|---|
| Question 3/2 | WP 5D | cybersecurity | theme | 2 |
| Question 5/2 | WP 5A | emergency-telecommunications | theme, resolution | 5 |
| Question 5/2 | WP 5D |  | cites | 1 |

## Table 2: ITU-T Questions -> ITU-R Working Parties

| From | To | Themes | Reasons | Evidence |
|---|---|---|---|---|

## Table 3: ITU-D Questions -> ITU-T Questions

| From | To | Themes | Reasons | Evidence |
|---|---|---|---|---|
| Question 3/2 | Question 4/17 | cybersecurity | theme | 1 |

Left out:

- PP 130: cited by 9 study items, more than 8: too general to map them
";
    assert_eq!(got, expected, "\n{got}");
}

#[test]
fn json_is_the_tables_and_focal_points_join_each_target() {
    let got: serde_json::Value = serde_json::from_str(&text(|w| json(&tables(), None, w))).unwrap();
    let tables: serde_json::Value = serde_json::from_str(TABLES).unwrap();
    assert_eq!(got, serde_json::json!({ "tables": tables }));
    let focal = focal();
    let got: serde_json::Value =
        serde_json::from_str(&text(|w| json(&self::tables(), Some(&focal), w))).unwrap();
    let first = &got["tables"][0]["rows"][0]["to"][0]["focal_points"];
    let expected = serde_json::json!([
        {"theme": "cybersecurity", "unit": "General Secretariat"},
        {"theme": "cybersecurity", "unit": "BDT", "role": "Cyber team"}
    ]);
    assert_eq!(first, &expected);
    assert_eq!(got["tables"][0]["rows"][1]["to"][1]["focal_points"], serde_json::json!([]));
}

#[test]
fn json_keys_come_in_the_documented_order() {
    let focal = focal();
    for focal in [None, Some(&focal)] {
        let got = text(|w| json(&tables(), focal, w));
        let at = |key: &str| got.find(key).unwrap_or_else(|| panic!("{key} missing"));
        assert!(
            at("\"from\": \"ITU-D\"") < at("\"to\": \"ITU-R\"")
                && at("\"to\": \"ITU-R\"") < at("\"rows\"")
        );
        assert!(at("\"id\": \"WP 5D\"") < at("\"themes\"") && at("\"themes\"") < at("\"reasons\""));
        assert!(at("\"reasons\"") < at("\"evidence\""));
        assert!(at("\"reason\": \"theme\"") < at("\"item\""));
    }
}
