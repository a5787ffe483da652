//! The page's section of mapping tables: there when a mapping rule ran, absent otherwise.

use isc_engine::{
    BodySource, Config, Document, Engine, EvidenceRecord, PartKind, StudyItemRecord, ThemeRecord,
};

use super::*;

/// A study document of `item` on `theme`, through a phrase in its title.
fn study(source: &str, item: &str, theme: &str) -> Document {
    let mut doc = Document::empty(source);
    doc.study = Some(StudyItemRecord {
        id: item.parse().unwrap(),
        period: None,
        continues: Vec::new(),
        sector_from: BodySource::Marker,
    });
    let evidence = EvidenceRecord {
        text: "<b>".to_owned() + theme,
        span: Default::default(),
        part: PartKind::Title,
        clause: None,
        line: 3,
        column: 5,
    };
    doc.themes = vec![ThemeRecord { id: theme.into(), score: 2.0, evidence: vec![evidence] }];
    doc
}

fn render(documents: Vec<Document>, focal: Option<&FocalPoints>) -> String {
    let engine = Engine::new(Config::new());
    let analysis = engine.analyze_documents(documents);
    let mut page = ReportPage::new(&analysis.report).with_analysis(&analysis).with_sentences(false);
    if let Some(focal) = focal {
        page = page.with_focal_points(focal);
    }
    page.render().unwrap()
}

#[test]
fn a_mapping_rule_that_ran_gets_its_tables() {
    let focal = FocalPoints::from_toml(
        "[[focal_point]]\ntheme = \"climate-change\"\nunit = \"BR\"\nrole = \"WP 7C\"\n\n\
         [[focal_point]]\ntheme = \"climate-change\"\nunit = \"TSB\"\n",
        "focal.toml",
    )
    .unwrap();
    let page = render(
        vec![
            study("d.txt", "ITU-D Question 6/2", "climate-change"),
            study("r.txt", "ITU-R WP 7C", "climate-change"),
        ],
        Some(&focal),
    );
    assert!(page.contains("<a href=\"#mappings-MI002\">"), "the section is in the menu");
    assert!(page.contains("<section id=\"mappings-MI002\" class=\"mappings\">"));
    assert!(page.contains("<h3>Table 1: ITU-D Questions -&gt; ITU-R Working Parties</h3>"));
    assert!(page.contains("<h3>Table 3: ITU-D Questions -&gt; ITU-T Questions</h3>"));
    assert!(page.contains("<th rowspan=\"1\">Question 6&#x2f;2</th><td>WP 7C</td><td>climate-change</td><td>theme</td>"));
    assert!(page.contains("2 phrases"));
    assert!(page.contains("<code>r.txt:3:5</code>"));
    // Markup in a phrase stays text.
    assert!(page.contains("<mark>&lt;b&gt;climate-change</mark>"));
    assert!(!page.contains("<mark><b>"));
    // The table's two Sectors' focal points: BR's, not TSB's.
    assert!(page.contains("<td>BR: WP 7C</td>"));
}

#[test]
fn without_study_documents_there_is_no_mapping_section() {
    let mut pp = Document::empty("pp.txt");
    pp.id = Some("PP 130".parse().unwrap());
    let page = render(vec![pp], None);
    assert!(!page.contains("mappings-"));
    assert!(!page.contains("Mapping tables"));
}
