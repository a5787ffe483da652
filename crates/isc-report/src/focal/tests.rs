use super::*;

#[track_caller]
fn error_of(result: Result<FocalPoints>) -> String {
    match result {
        Ok(points) => panic!("expected an error, read {points:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn toml_entries_are_read_sorted_with_blank_fields_absent() {
    let text = "[[focal_point]]\ntheme = \"youth\"\nunit = \"bdt\"\nrole = \" \"\n\n\
                [[focal_point]]\ntheme = \"cybersecurity\"\nunit = \"General Secretariat\"\nrole = \"Coordinator\"\ncontact = \"desk\"\n";
    let points = FocalPoints::from_toml(text, "f.toml").unwrap();
    let got: Vec<String> =
        points.points().iter().map(|p| format!("{} {}", p.theme, p.describe())).collect();
    assert_eq!(got, ["cybersecurity General Secretariat: Coordinator (desk)", "youth BDT"]);
    assert_eq!(points.for_theme("youth").count(), 1);
    assert_eq!(points.for_theme("accessibility").count(), 0);
    assert!(FocalPoints::from_toml("", "f.toml").unwrap().is_empty());
}

#[test]
fn toml_mistakes_name_file_line_and_column() {
    const CASES: &[(&str, &str, &str)] = &[
        (
            "unknown unit",
            "[[focal_point]]\ntheme = \"youth\"\nunit = \"ITU-T\"\n",
            "f.toml:3:8: expected a unit (General Secretariat, BR, TSB or BDT), found \"ITU-T\"",
        ),
        (
            "empty theme",
            "[[focal_point]]\ntheme = \"\"\nunit = \"BR\"\n",
            "f.toml:2:9: expected a theme id",
        ),
        (
            "unknown key",
            "[[focal_point]]\ntheme = \"youth\"\nunit = \"BR\"\nname = \"x\"\n",
            "f.toml:4:1: unknown field `name`",
        ),
        (
            "missing unit",
            "[[focal_point]]\ntheme = \"youth\"\n",
            "f.toml:1:1: missing field `unit`",
        ),
        ("not toml", "theme = ", "f.toml:1:9:"),
    ];
    for (name, text, expected) in CASES {
        let got = error_of(FocalPoints::from_toml(text, "f.toml"));
        assert!(got.starts_with(expected), "{name}: {got}");
    }
}

#[test]
fn csv_rows_are_read_and_mistakes_name_their_line() {
    let text = "theme,unit,role,contact\nyouth,BDT,Youth programme officer,\ne-health, tsb ,,\n";
    let points = FocalPoints::from_csv(text, "f.csv").unwrap();
    let got: Vec<String> =
        points.points().iter().map(|p| format!("{} {}", p.theme, p.describe())).collect();
    assert_eq!(got, ["e-health TSB", "youth BDT: Youth programme officer"]);
    let only_two = FocalPoints::from_csv("theme,unit\nyouth,BR\n", "f.csv").unwrap();
    assert_eq!(only_two.len(), 1);
    let got = error_of(FocalPoints::from_csv("theme,unit\nyouth,BR\nipv6,Bureau\n", "f.csv"));
    assert!(got.starts_with("f.csv:3:1: expected a unit"), "{got}");
    let got = error_of(FocalPoints::from_csv("theme,role\nyouth,x\n", "f.csv"));
    assert!(got.starts_with("f.csv:2:1:") && got.contains("unit"), "{got}");
    let got = error_of(FocalPoints::from_csv("theme,unit\nyouth,BR,extra\n", "f.csv"));
    assert!(got.starts_with("f.csv:2:1:"), "{got}");
}

#[test]
fn units_read_their_names_in_any_case() {
    for unit in Unit::ALL {
        assert_eq!(Unit::parse(unit.name()), Some(unit));
        assert_eq!(Unit::parse(&unit.name().to_lowercase()), Some(unit));
    }
    assert_eq!(Unit::parse("gs"), Some(Unit::GeneralSecretariat));
    assert_eq!(Unit::parse("Bureau"), None);
}
