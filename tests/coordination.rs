//! Calls for coordination between the Union's Sectors, in the words real texts use for them.
//! The answers below were written from the texts by hand.

use isc_engine::{Config, Document, Engine};

fn scan(text: &str) -> Document {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    let engine = ENGINE.get_or_init(|| Engine::new(Config::new()));
    let mut documents = engine.scan_str("coordination.txt", text);
    assert_eq!(documents.len(), 1);
    documents.remove(0)
}

#[test]
fn a_title_naming_collaboration_with_another_sector_is_a_call() {
    let document = scan(
        "\
RESOLUTION ITU-R 7-3

Telecommunication development including liaison and collaboration
with the ITU Telecommunication Development Sector

(1993-2000-2012-2015)

The ITU Radiocommunication Assembly,

considering
a)\tthat the Union fosters technical assistance to developing countries;
",
    );
    assert!(document.calls_for_coordination);
    assert!(document.coordination.iter().any(|c| c.part.to_string() == "title"));
}

#[test]
fn collaboration_between_two_bureaux_in_the_operative_part_is_a_call() {
    let document = scan(
        "\
RESOLUTION 9 (REV. KIGALI, 2022)

Participation of countries in spectrum management

The World Telecommunication Development Conference (Kigali, 2022),

resolves
1\tto strengthen the collaboration between BDT and BR in assisting developing countries to implement the decisions of world radiocommunication conferences.
",
    );
    assert!(document.calls_for_coordination);
    let cues: Vec<&str> = document.coordination.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(cues, ["BDT and BR"]);
}

#[test]
fn the_same_words_in_the_preamble_are_context_only() {
    let document = scan(
        "\
RESOLUTION 9 (REV. KIGALI, 2022)

Participation of countries in spectrum management

The World Telecommunication Development Conference (Kigali, 2022),

noting
a)\tthe collaboration between BR and BDT in earlier study periods,

resolves
1\tto keep the spectrum management guidelines up to date.
",
    );
    assert!(!document.calls_for_coordination);
    assert_eq!(document.coordination.len(), 1);
}
