//! The sample corpus read end to end for themes and calls for coordination: every document's
//! themes must equal the hand-written `corpus/expected/themes.json`, and whether it calls for
//! coordination must equal `calls` in `corpus/expected/coordination.json`.
#![allow(clippy::print_stderr, reason = "the agreement figures are what a reader of the run wants")]

use std::collections::BTreeMap;

use isc_engine::{Config, Document, Engine};
use isc_suite::{corpus_dir, expected_key};
use serde_json::Value;

fn corpus_documents() -> Vec<Document> {
    let scan = Engine::new(Config::new()).scan_paths(&[corpus_dir()]).unwrap();
    // Study-group documents are checked against expected/questions.json (tests/questions.rs).
    scan.documents.into_iter().filter(|d| d.study.is_none()).collect()
}

fn expected(name: &str) -> BTreeMap<String, Value> {
    let path = corpus_dir().join("expected").join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// One line per document whose themes differ from the expected ones: `key: missed [..],
/// spurious [..]`, with the overall counts of true positives, missed and spurious themes.
fn theme_disagreements() -> (Vec<String>, usize, usize, usize) {
    let corpus = corpus_dir();
    let expected = expected("themes.json");
    let mut lines = Vec::new();
    let (mut hits, mut n_missed, mut n_spurious) = (0, 0, 0);
    let mut seen = Vec::new();
    for document in corpus_documents() {
        let key = expected_key(&document, &corpus);
        seen.push(key.clone());
        let Some(want) = expected.get(&key) else {
            lines.push(format!("{key}: no entry in expected/themes.json"));
            continue;
        };
        let want: Vec<&str> =
            want.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        let got: Vec<&str> = document.themes.iter().map(|t| t.id.as_str()).collect();
        let missed: Vec<&str> = want.iter().copied().filter(|w| !got.contains(w)).collect();
        let spurious: Vec<&str> = got.iter().copied().filter(|g| !want.contains(g)).collect();
        hits += want.len() - missed.len();
        n_missed += missed.len();
        n_spurious += spurious.len();
        if !missed.is_empty() || !spurious.is_empty() {
            lines.push(format!("{key}: missed {missed:?}, spurious {spurious:?}"));
        }
    }
    for key in expected.keys() {
        if !seen.contains(key) {
            lines.push(format!("{key}: expected but not read"));
        }
    }
    (lines, hits, n_missed, n_spurious)
}

#[test]
fn corpus_themes_match_expected() {
    let (disagreements, hits, missed, spurious) = theme_disagreements();
    let precision = hits as f64 / (hits + spurious) as f64;
    let recall = hits as f64 / (hits + missed) as f64;
    eprintln!(
        "themes: precision {precision:.3}, recall {recall:.3} ({hits} found, {missed} missed, {spurious} spurious)"
    );
    assert_eq!(disagreements, Vec::<String>::new(), "\n{}", disagreements.join("\n"));
}

#[test]
fn corpus_calls_for_coordination_match_expected() {
    let corpus = corpus_dir();
    let expected = expected("coordination.json");
    let mut disagreements = Vec::new();
    let documents = corpus_documents();
    for document in &documents {
        let key = expected_key(document, &corpus);
        let Some(want) = expected.get(&key) else {
            disagreements.push(format!("{key}: no entry in expected/coordination.json"));
            continue;
        };
        let want = want["calls"].as_bool().unwrap();
        if want != document.calls_for_coordination {
            let cues: Vec<String> = document
                .coordination
                .iter()
                .map(|c| {
                    format!("{} ({}): {:?}", c.part, c.clause.as_deref().unwrap_or("-"), c.text)
                })
                .collect();
            disagreements.push(format!(
                "{key}: calls {}, expected {want}; cues {cues:?}",
                document.calls_for_coordination
            ));
        }
    }
    eprintln!(
        "coordination: {} of {} documents agree",
        documents.len() - disagreements.len(),
        documents.len()
    );
    assert_eq!(disagreements, Vec::<String>::new(), "\n{}", disagreements.join("\n"));
}

/// Titles in the words of real resolutions name the themes a reader sees in them.
#[test]
fn titles_name_their_themes_in_the_words_resolutions_use() {
    let engine = Engine::new(Config::new());
    let cases = [
        (
            "\
RESOLUTION 17 (REV. JOHANNESBURG, 2008)

Telecommunication standardization in relation to the interests of developing countries

The World Telecommunication Standardization Assembly (Johannesburg, 2008),

resolves
1\tto keep the work going.
",
            "bridging-standardization-gap",
        ),
        (
            "\
RESOLUTION 1306

ITU's role with regard to international public policy issues concerning creating a safer Internet environment for children

The Council,

resolves
1\tto keep the work going.
",
            "child-online-protection",
        ),
        (
            "\
RESOLUTION 174 (REV. BUSAN, 2014)

ITU's role with regard to international public policy issues relating to the risk of illicit use of information and communication technologies

The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),

resolves
1\tto keep the work going.
",
            "cybersecurity",
        ),
    ];
    for (text, theme) in cases {
        let documents = engine.scan_str("themes.txt", text);
        assert_eq!(documents.len(), 1);
        let themes: Vec<&str> = documents[0].themes.iter().map(|t| t.id.as_str()).collect();
        assert!(themes.contains(&theme), "{theme}: {themes:?}");
    }
}

/// More titles in real resolutions' words, each naming a theme without the theme's usual name:
/// spectrum by its harmonization or as the spectrum a satellite position goes with, the
/// standardization gap as a disparity in Spanish, digital inclusion as the areas poorly served.
#[test]
fn titles_name_their_themes_in_other_words() {
    let english = "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\nresolves\n1\tto keep the work going.\n";
    let spanish = "La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Dubái, 2018),\nresuelve\n1\tproseguir.\n";
    let cases = [
        (
            "Global harmonization of spectrum for public protection and disaster relief",
            english,
            "spectrum-management",
        ),
        (
            "Use of satellite orbital positions and associated frequency spectrum to deliver international public telecommunication services in developing countries",
            english,
            "spectrum-management",
        ),
        (
            "Telecommunication/information and communication technology services in rural, isolated and poorly served areas",
            english,
            "digital-inclusion",
        ),
        (
            "Reducción de la disparidad entre los países en desarrollo y los desarrollados en materia de normalización",
            spanish,
            "bridging-standardization-gap",
        ),
    ];
    check_titles(&cases);
}

/// A satellite service named by its kind (`fixed-satellite service`), and coordination named
/// between two Sectors by their acronyms, in titles of real resolutions.
#[test]
fn titles_name_satellite_services_and_coordination_between_two_sectors() {
    let english = "The World Radiocommunication Conference (Geneva, 2015),\nresolves\n1\tto keep the work going.\n";
    let cases = [
        (
            "Studies relating to spectrum needs and possible allocation of the frequency band 37.5-39.5 GHz to the fixed-satellite service",
            english,
            "satellite-orbit-resources",
        ),
        (
            "Principles and procedures for the allocation of work to, and coordination between, ITU-R and ITU-T",
            english,
            "intersectoral-coordination",
        ),
    ];
    check_titles(&cases);
}

/// Space radiocommunication, the Radio Regulations' name for radiocommunication through space
/// stations, is on satellites and space services, in English, French and Spanish titles.
#[test]
fn titles_name_space_radiocommunication() {
    let english = "The World Radiocommunication Conference (Geneva, 2015),\nresolves\n1\tto keep the work going.\n";
    let french = "La Conférence mondiale des radiocommunications (Genève, 2015),\ndécide\n1\tde poursuivre.\n";
    let spanish =
        "La Conferencia Mundial de Radiocomunicaciones (Ginebra, 2015),\nresuelve\n1\tproseguir.\n";
    let cases = [
        (
            "International cooperation and technical assistance in the field of space radiocommunications",
            english,
            "satellite-orbit-resources",
        ),
        (
            "Coopération internationale et assistance technique dans le domaine des radiocommunications spatiales",
            french,
            "satellite-orbit-resources",
        ),
        (
            "Cooperación internacional y asistencia técnica en materia de radiocomunicaciones espaciales",
            spanish,
            "satellite-orbit-resources",
        ),
    ];
    check_titles(&cases);
}

/// Each title, with the issuing clause after it, gives its theme.
fn check_titles(cases: &[(&str, &str, &str)]) {
    let engine = Engine::new(Config::new());
    for &(title, clause, theme) in cases {
        let text = format!("RESOLUTION 999\n\n{title}\n\n{clause}");
        let documents = engine.scan_str("themes.txt", &text);
        assert_eq!(documents.len(), 1);
        let themes: Vec<&str> = documents[0].themes.iter().map(|t| t.id.as_str()).collect();
        assert!(themes.contains(&theme), "{title}: {theme} not in {themes:?}");
    }
}

/// The three Sectors named in full in a title (`coordination among the ITU Radiocommunication,
/// ITU Telecommunication Standardization, and ITU Telecommunication Development Sectors`), in
/// English, French and Spanish.
#[test]
fn titles_name_coordination_among_the_three_sectors_in_full() {
    let english =
        "The Radiocommunication Assembly (Geneva, 2019),\nresolves\n1\tto keep the work going.\n";
    let french = "L'Assemblée des radiocommunications (Genève, 2019),\ndécide\n1\tde poursuivre les travaux.\n";
    let spanish = "La Asamblea de Radiocomunicaciones (Ginebra, 2019),\nresuelve\n1\tproseguir los trabajos.\n";
    let cases = [
        (
            "Principles and procedures for the allocation of work to, and coordination among the ITU Radiocommunication, ITU Telecommunication Standardization, and ITU Telecommunication Development Sectors",
            english,
            "intersectoral-coordination",
        ),
        (
            "Cooperation of the Radiocommunication, Telecommunication Standardization and Telecommunication Development Sectors",
            english,
            "intersectoral-coordination",
        ),
        (
            "Coopération des Secteurs des radiocommunications, de la normalisation des télécommunications et du développement des télécommunications",
            french,
            "intersectoral-coordination",
        ),
        (
            "Cooperación de los Sectores de Radiocomunicaciones, de Normalización de las Telecomunicaciones y de Desarrollo de las Telecomunicaciones",
            spanish,
            "intersectoral-coordination",
        ),
    ];
    check_titles(&cases);
}

/// French and Spanish titles name their themes in the words the Union's French and Spanish texts
/// use, in the plural or the singular: smart cities and communities, economies in transition,
/// national standardization secretariats, confidence and security in the use of ICTs, incident
/// response teams, equality between women and men, disaster management, machine-to-machine
/// communications, stolen devices, satellite services, numbering resources, digital payments.
#[test]
fn titles_name_their_themes_in_french_and_spanish() {
    let french = "L'Assemblée mondiale de normalisation des télécommunications (Genève, 2022),\ndécide\n1\tde poursuivre les travaux.\n";
    let spanish = "La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2022),\nresuelve\n1\tproseguir los trabajos.\n";
    let cases = [
        (
            "Villes et communautés intelligentes au service du développement mondial",
            french,
            "iot-smart-cities",
        ),
        ("Assistance aux pays dont l'économie est en transition", french, "ldc-sids-special-needs"),
        (
            "Secrétariats nationaux de normalisation dans les pays en développement",
            french,
            "bridging-standardization-gap",
        ),
        (
            "Instauration de la confiance et de la sécurité dans l'utilisation des télécommunications/TIC",
            french,
            "cybersecurity",
        ),
        (
            "Création d'équipes nationales d'intervention en cas d'incident informatique",
            french,
            "cybersecurity",
        ),
        (
            "Égalité entre les hommes et les femmes dans le secteur des TIC",
            french,
            "gender-equality",
        ),
        (
            "Gestion des catastrophes et opérations de secours",
            french,
            "emergency-telecommunications",
        ),
        ("Traduction assistée par ordinateur des documents de l'Union", french, "languages"),
        ("Redes de sensores y comunicaciones máquina a máquina", spanish, "iot-smart-cities"),
        ("Ciudades y comunidades inteligentes para el desarrollo", spanish, "iot-smart-cities"),
        (
            "Protección de los usuarios/consumidores de servicios de telecomunicaciones",
            spanish,
            "consumer-protection",
        ),
        (
            "Reducción del riesgo de catástrofes y operaciones de socorro",
            spanish,
            "emergency-telecommunications",
        ),
        ("Equipos nacionales de respuesta a incidentes informáticos", spanish, "cybersecurity"),
        ("Dispositivos móviles robados", spanish, "mobile-device-theft"),
        ("Redes y servicios por satélite", spanish, "satellite-orbit-resources"),
        ("Recursos internacionales de numeración", spanish, "numbering-misuse"),
        ("Pagos digitales y pagos móviles", spanish, "financial-inclusion"),
    ];
    check_titles(&cases);
}

/// Titles of real resolutions naming their themes in words of their own: the users and
/// consumers with a slash between them, a device theft with the kind of device between, the
/// access to healthcare, and satellites named by their size.
#[test]
fn titles_name_consumers_device_theft_healthcare_and_small_satellites() {
    let wtdc = "The World Telecommunication Development Conference (Dubai, 2014),\nresolves\n1\tto keep the work going.\n";
    let wtsa = "The World Telecommunication Standardization Assembly (Hammamet, 2016),\nresolves\n1\tto keep the work going.\n";
    let wrc = "The World Radiocommunication Conference (Geneva, 2012),\nresolves\n1\tto keep the work going.\n";
    let cases = [
        (
            "Protecting and supporting users/consumers of telecommunication/information and communication technology services",
            wtdc,
            "consumer-protection",
        ),
        ("Combating mobile telecommunication device theft", wtsa, "mobile-device-theft"),
        (
            "Improving access to healthcare services by using information and communication technologies",
            wtdc,
            "e-health",
        ),
        (
            "Regulatory aspects for nanosatellites and picosatellites",
            wrc,
            "satellite-orbit-resources",
        ),
    ];
    check_titles(&cases);
}

/// Titles of real resolutions naming their themes with a word between the usual ones: the
/// French standardization gap that exists (`l'écart qui existe en matière de normalisation`) and
/// the management of radio frequencies written with a hyphen.
#[test]
fn titles_name_the_standardization_gap_that_exists_and_radio_frequency_management() {
    let french = "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Busan, 2014),\ndécide\n1\tde poursuivre.\n";
    let wrc = "The World Radiocommunication Conference (Geneva, 2012),\nresolves\n1\tto keep the work going.\n";
    let cases = [
        (
            "Réduire l'écart qui existe en matière de normalisation entre pays en développement et pays développés",
            french,
            "bridging-standardization-gap",
        ),
        ("Development of national radio-frequency management", wrc, "spectrum-management"),
    ];
    check_titles(&cases);
}

/// Disaster relief named as `auxilio` in a Spanish title (`Protección pública y auxilio en
/// desastres`), beside the `socorro` of other texts.
#[test]
fn a_spanish_title_names_disaster_relief_as_auxilio() {
    let spanish = "La Conferencia Mundial de Radiocomunicaciones (Ginebra, 2003),\nresuelve\n1\tproseguir los estudios.\n";
    let cases = [
        ("Protección pública y auxilio en desastres", spanish, "emergency-telecommunications"),
        (
            "Radiocomunicaciones para la protección pública y el auxilio en caso de catástrofe",
            spanish,
            "emergency-telecommunications",
        ),
    ];
    check_titles(&cases);
}

/// Titles of real resolutions naming a theme by what it is about: interference to radio
/// services (spectrum), the Bureau's processing of space notifications (satellites), and
/// indigenous peoples and communities (digital inclusion), in English, French and Spanish.
#[test]
fn titles_name_interference_space_notifications_and_indigenous_peoples() {
    let wrc = "The World Radiocommunication Conference (Geneva, 2019),\nresolves\n1\tto keep the work going.\n";
    let council = "The Council,\nresolves\n1\tto keep the work going.\n";
    let wtdc = "The World Telecommunication Development Conference (Buenos Aires, 2017),\nresolves\n1\tto keep the work going.\n";
    let french = "La Conférence mondiale de développement des télécommunications (Buenos Aires, 2017),\ndécide\n1\tde poursuivre.\n";
    let spanish = "La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Buenos Aires, 2017),\nresuelve\n1\tproseguir.\n";
    let cases = [
        (
            "Protection of radiocommunication services against interference caused by radiation from industrial, scientific and medical (ISM) equipment",
            wrc,
            "spectrum-management",
        ),
        (
            "Cost recovery for the processing by the Radiocommunication Bureau of space notifications",
            council,
            "satellite-orbit-resources",
        ),
        (
            "Assistance to indigenous peoples within the activities of the Telecommunication Development Bureau in its related programmes",
            wtdc,
            "digital-inclusion",
        ),
        (
            "Assistance and promotion for indigenous communities in the world: Information society through information and communication technology",
            wtdc,
            "digital-inclusion",
        ),
        ("Assistance aux peuples autochtones", french, "digital-inclusion"),
        ("Asistencia a los pueblos indígenas", spanish, "digital-inclusion"),
    ];
    check_titles(&cases);
}

/// The worldwide system of monitoring stations, named in a Radiocommunication Assembly's title
/// in English, French and Spanish, is about managing the spectrum.
#[test]
fn titles_name_the_international_monitoring_system() {
    let english = "The ITU Radiocommunication Assembly,\nresolves\n1\tto keep the work going.\n";
    let french = "L'Assemblée des radiocommunications de l'UIT,\ndécide\n1\tde poursuivre.\n";
    let spanish = "La Asamblea de Radiocomunicaciones de la UIT,\nresuelve\n1\tproseguir.\n";
    let cases = [
        (
            "Extension of the International Monitoring System to a worldwide scale",
            english,
            "spectrum-management",
        ),
        (
            "Extension à l'échelle mondiale du système international de contrôle des émissions",
            french,
            "spectrum-management",
        ),
        (
            "Extensión a escala mundial del Sistema Internacional de Comprobación Técnica de las Emisiones",
            spanish,
            "spectrum-management",
        ),
    ];
    check_titles(&cases);
}

/// Domain names in the scripts of every language, the Union's multilingualism on the Internet:
/// a title on internationalized or multilingual domain names is on languages (as well as on
/// Internet public policy), in English, French and Spanish, in both of the real English titles.
#[test]
fn titles_name_internationalized_multilingual_domain_names() {
    let wtsa = "The World Telecommunication Standardization Assembly (Dubai, 2012),\nresolves\n1\tto keep the work going.\n";
    let french = "L'Assemblée mondiale de normalisation des télécommunications (Dubaï, 2012),\ndécide\n1\tde poursuivre.\n";
    let spanish = "La Asamblea Mundial de Normalización de las Telecomunicaciones (Dubái, 2012),\nresuelve\n1\tproseguir.\n";
    let cases = [
        ("Internationalized (multilingual) domain names", wtsa, "languages"),
        ("Internationalized domain names", wtsa, "languages"),
        ("Noms de domaine internationalisés (multilingues)", french, "languages"),
        ("Nombres de dominio internacionalizados (multilingües)", spanish, "languages"),
    ];
    check_titles(&cases);
}
