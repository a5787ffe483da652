//! A resolution cited again without its body, after a citation of the same number that said
//! whose it is (`Resolution 146 (Antalya, 2006)` ... `pursuant to Resolution 146`), is the same
//! resolution: it takes that body, not the body of the document citing it. The answers below
//! were written from the texts by hand.

use isc_engine::Document;
use isc_suite::cited as citations;

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("repeats.txt", text)
}

#[test]
fn a_number_cited_again_keeps_the_body_it_was_first_given() {
    let text = "\
Draft Resolution
Preparations for the World Conference on International Telecommunications
The Council,
noting
a)\tResolution 146 (Antalya, 2006), on the review of the International Telecommunication Regulations;
b)\tthe report of the expert group set up under Resolution 146;
resolves
1\tto open the preparatory process.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["PP 146 (Antalya, 2006)", "PP 146"]);
    let second = &documents[0].citations[1];
    // What told its body: the citation before it.
    assert_eq!(second.body_from.map(|b| b.name()), Some("earlier"));
}

#[test]
fn a_number_cited_again_in_an_assembly_text() {
    let text = "\
RESOLUTION 68 (JOHANNESBURG, 2008)
Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World Telecommunication Standardization Assembly
The World Telecommunication Standardization Assembly (Johannesburg, 2008),
recognizing
a)\tResolution 122 (Rev. Antalya, 2006) of the Plenipotentiary Conference;
b)\tthat Resolution 122 asks for a symposium before each assembly;
c)\tResolution 44 on bridging the standardization gap,
resolves
1\tto hold a symposium before each assembly.
";
    let documents = scan(text);
    // The title's citation, the preamble's two, and the Assembly's own Resolution 44.
    assert_eq!(
        citations(&documents[0]),
        ["PP 122 (Rev. Antalya, 2006)", "PP 122 (Rev. Antalya, 2006)", "PP 122", "WTSA 44"]
    );
}

#[test]
fn french_repeats_of_two_numbers() {
    let text = "\
RÉSOLUTION 1187 (C-2001)
Principe de l'égalité des sexes dans la gestion, la politique et la pratique des ressources humaines à l'UIT
Le Conseil,
considérant
a)\tla Résolution 70 (Minneapolis, 1998) sur l'intégration du principe de l'égalité des sexes dans les travaux de l'UIT;
b)\tla Résolution 7 de la Conférence mondiale de développement des télécommunications (La Valette, 1998);
notant
a)\tque la Résolution 7 et la Résolution 70 fixent des objectifs au Secrétariat,
charge le Secrétaire général
1\tde présenter chaque année au Conseil un rapport sur les progrès accomplis.
";
    let documents = scan(text);
    assert_eq!(
        citations(&documents[0]),
        ["PP 70 (Minneapolis, 1998)", "WTDC 7 (Valletta, 1998)", "WTDC 7", "PP 70"]
    );
}

#[test]
fn a_number_first_cited_without_its_body_stays_the_documents() {
    let text = "\
RESOLUTION 68 (JOHANNESBURG, 2008)
Implementation of the outcomes of the Plenipotentiary Conference
The World Telecommunication Standardization Assembly (Johannesburg, 2008),
recognizing
a)\tResolution 44, on bridging the standardization gap;
b)\tthat Resolution 44 is read with Resolution 123 (Rev. Antalya, 2006) of the Plenipotentiary Conference,
resolves
1\tto hold a symposium before each assembly.
";
    let documents = scan(text);
    assert_eq!(citations(&documents[0]), ["WTSA 44", "WTSA 44", "PP 123 (Rev. Antalya, 2006)"]);
}

#[test]
fn the_latest_body_given_to_a_number_is_the_one_taken() {
    let text = "\
RESOLUTION 68 (JOHANNESBURG, 2008)
Implementation of the outcomes of the Plenipotentiary Conference
The World Telecommunication Standardization Assembly (Johannesburg, 2008),
recalling
a)\tResolution 77 (Rev. Antalya, 2006) of the Plenipotentiary Conference;
b)\tResolution 77 (Florianópolis, 2004) of this Assembly, and the work Resolution 77 asks for,
resolves
1\tto hold a symposium before each assembly.
";
    let documents = scan(text);
    assert_eq!(
        citations(&documents[0]),
        ["PP 77 (Rev. Antalya, 2006)", "WTSA 77 (Florianópolis, 2004)", "WTSA 77"]
    );
}
