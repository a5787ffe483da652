//! A sentence whose subject names a conference with its edition (`the World Telecommunication
//! Development Conference (Valletta, 1998) ... in adopting Resolution 7`) gives that edition to
//! the resolutions it says the conference adopted or revised, when they have none of their own.
//! The answers below were written from the texts by hand.

use isc_engine::Document;
use isc_suite::cited as citations;

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("subjects.txt", text)
}

fn with_recalling(items: &str) -> String {
    format!(
        "\
RESOLUTION 70 (MINNEAPOLIS, 1998)
Inclusion of a gender perspective in the work of ITU
The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),
recalling
{items}
resolves
1\tto take gender into account in the work of the Union.
"
    )
}

#[test]
fn a_conference_named_with_its_place_and_year_gives_its_edition() {
    let text = with_recalling(
        "a)\tthe step taken by the Development Sector at the World Telecommunication Development Conference (Valletta, 1998) (WTDC-98) in adopting Resolution 7, which set up a task force on gender issues;",
    );
    let documents = scan(&text);
    assert_eq!(citations(&documents[0]), ["WTDC 7 (Valletta, 1998)"]);
}

#[test]
fn a_conference_named_with_its_tag_gives_its_place_and_year() {
    let text = with_recalling(
        "a)\tthat the World Telecommunication Development Conference (WTDC-98) adopted Resolution 7 on a task force on gender issues;",
    );
    let documents = scan(&text);
    assert_eq!(citations(&documents[0]), ["WTDC 7 (Valletta, 1998)"]);
}

#[test]
fn a_conference_that_revised_a_resolution_gives_a_revision() {
    let text = with_recalling(
        "a)\tthat the World Telecommunication Development Conference (Istanbul, 2002) revised Resolution 7 on gender issues;",
    );
    let documents = scan(&text);
    assert_eq!(citations(&documents[0]), ["WTDC 7 (Rev. Istanbul, 2002)"]);
}

#[test]
fn an_edition_of_another_body_in_the_subject_is_not_the_conference_edition() {
    let text = with_recalling(
        "a)\tthat the World Telecommunication Development Conference that met after the Plenipotentiary Conference (Kyoto, 1994) adopted Resolution 7 on gender issues;",
    );
    let documents = scan(&text);
    assert_eq!(citations(&documents[0]), ["WTDC 7"]);
}

#[test]
fn a_citation_with_its_own_edition_keeps_it() {
    let text = with_recalling(
        "a)\tthat the World Telecommunication Development Conference (Valletta, 1998) adopted Resolution 5 (Rev. Valletta, 1998) on the participation of developing countries;",
    );
    let documents = scan(&text);
    assert_eq!(citations(&documents[0]), ["WTDC 5 (Rev. Valletta, 1998)"]);
}

#[test]
fn a_conference_that_speaks_in_its_resolution_gives_its_edition() {
    let english = with_recalling(
        "a)\tthat the Plenipotentiary Conference (Marrakesh, 2002) in its Resolution 113 invited the group to go on with its work;",
    );
    let documents = scan(&english);
    assert_eq!(citations(&documents[0]), ["PP 113 (Marrakesh, 2002)"]);
}

#[test]
fn a_conference_that_speaks_in_its_resolution_in_french_and_spanish() {
    let french = "\
RÉSOLUTION 1207 (C03)
Activités préparatoires de l'UIT pour le SMSI
Le Conseil,
rappelant
a)\tque la Conférence de plénipotentiaires (Marrakech, 2002), dans sa Résolution 113, a invité le groupe à poursuivre ses travaux;
décide
1\tde poursuivre les préparatifs.
";
    let spanish = "\
RESOLUCIÓN 1207 (C03)
Actividades preparatorias de la UIT para la CMSI
El Consejo,
recordando
a)\tque la Conferencia de Plenipotenciarios (Marrakech, 2002), en su Resolución 113, invitó al grupo a proseguir su labor;
resuelve
1\tproseguir los preparativos.
";
    for text in [french, spanish] {
        let documents = scan(text);
        assert_eq!(citations(&documents[0]), ["PP 113 (Marrakesh, 2002)"], "{text}");
    }
}

#[test]
fn in_its_resolution_without_a_body_before_it_is_the_documents() {
    let text = with_recalling("a)\tthat, in its Resolution 58, it asked for a report;");
    let documents = scan(&text);
    assert_eq!(citations(&documents[0]), ["PP 58"]);
}

/// A clause word of several words (`bearing in mind`, `taking into account`) opens its sentence
/// as one of a single word does, on the line right under the issuing clause: the conference the
/// issuing clause names is not the subject of the sentence, the one after the clause word is.
#[test]
fn a_clause_word_of_several_words_right_under_the_issuing_clause_opens_the_sentence() {
    for clause in ["bearing in mind", "taking into account", "having regard to the fact"] {
        let text = format!(
            "\
RESOLUTION 99 (GENEVA, 2022)
Testing laboratories
The World Telecommunication Standardization Assembly (Geneva, 2022),
{clause} that the World Radiocommunication Conference adopted Resolution 259 on a related subject,
considering
a)\tthat testing helps developing countries;
"
        );
        let documents = scan(&text);
        assert_eq!(citations(&documents[0]), ["WRC 259"], "{clause}");
    }
}

/// A second resolution joined to the first by `and`, in the same sentence, after a phrase on the
/// first: the conference that adopted the first adopted it too.
#[test]
fn a_resolution_joined_by_and_to_one_a_conference_adopted_was_adopted_by_it_too() {
    let text = with_recalling(
        "a)\tthat the World Telecommunication Development Conference (WTDC-98) adopted Resolution 7, which set up a task force on gender issues, and Resolution 11, on rural areas;",
    );
    let documents = scan(&text);
    assert_eq!(citations(&documents[0]), ["WTDC 7 (Valletta, 1998)", "WTDC 11 (Valletta, 1998)"]);
}

/// A conference named before a comma and `in Resolution N`, with no possessive: the conference
/// speaks in its own resolution, in English, French and Spanish.
#[test]
fn a_conference_named_before_a_comma_and_in_a_resolution() {
    let english = with_recalling(
        "a)\tthat the World Telecommunication Standardization Assembly, in Resolution 44, asks for an action plan on the standardization gap;",
    );
    let french = "\
RÉSOLUTION 123 (RÉV. BUSAN, 2014)
Réduire l'écart en matière de normalisation
La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Busan, 2014),
rappelant
a)\tque l'Assemblée mondiale de normalisation des télécommunications, dans la Résolution 44, demande un plan d'action;
décide
1\tde poursuivre.
";
    let spanish = "\
RESOLUCIÓN 123 (REV. BUSAN, 2014)
Reducción de la disparidad en materia de normalización
La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Busan, 2014),
recordando
a)\tque la Asamblea Mundial de Normalización de las Telecomunicaciones, en la Resolución 44, pide un plan de acción;
resuelve
1\tproseguir.
";
    for text in [english.as_str(), french, spanish] {
        let documents = scan(text);
        assert_eq!(citations(&documents[0]), ["WTSA 44"], "{text}");
    }
}
