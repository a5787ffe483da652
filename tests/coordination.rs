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

/// Checks that `text` calls for coordination, with a cue in its operative part holding `cue`;
/// `label` names the case in a failure.
fn calls_with_operative_cue(text: &str, cue: &str, label: &str) {
    let document = scan(text);
    assert!(document.calls_for_coordination, "{label}");
    assert!(
        document
            .coordination
            .iter()
            .any(|c| c.part.to_string() == "operative" && c.text.contains(cue)),
        "{label}: {:?}",
        document.coordination
    );
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

/// A Sector's assembly addressing another Sector, or its Bureau's Director, in its operative
/// part asks that Sector to work with it.
#[test]
fn a_sector_s_text_addressing_another_sector_is_a_call() {
    let english = "\
RESOLUTION ITU-R 12-1

Handbooks and special publications for development of radiocommunication services

(1993-2000)

The ITU Radiocommunication Assembly,

considering
a)\tthat handbooks are a source of technical material that developing countries use directly,

invites
1\tthe Telecommunication Development Sector to say which subjects would help developing countries most.
";
    let spanish = "\
RESOLUCIÓN UIT-R 12-1

Manuales y publicaciones especiales para el desarrollo de los servicios de radiocomunicaciones

(1993-2000)

La Asamblea de Radiocomunicaciones de la UIT,

considerando
a)\tque los manuales son una fuente de material técnico que los países en desarrollo usan directamente,

invita
1\tal Sector de Desarrollo de las Telecomunicaciones a indicar los temas más útiles para los países en desarrollo.
";
    let director = "\
RESOLUTION 44 (REV. GENEVA, 2022)

Bridging the standardization gap between developing and developed countries

The World Telecommunication Standardization Assembly (Geneva, 2022),

requests the Director of the Telecommunication Development Bureau
1\tto help developing countries take part in the study groups.
";
    for (name, text, cue) in [
        ("english", english, "Telecommunication Development Sector"),
        ("spanish", spanish, "Sector de Desarrollo de las Telecomunicaciones"),
        ("director", director, "Telecommunication Development Bureau"),
    ] {
        calls_with_operative_cue(text, cue, name);
    }
}

/// A text addressing its own Sector's Bureau, a Plenipotentiary text addressing one Bureau, and a
/// Sector named in the preamble or inside an operative sentence ask nothing of another Sector.
#[test]
fn addressing_its_own_sector_or_naming_another_in_passing_is_no_call() {
    let own = "\
RESOLUTION 9 (REV. KIGALI, 2022)

Participation of countries in spectrum management

The World Telecommunication Development Conference (Kigali, 2022),

instructs the Director of the Telecommunication Development Bureau
1\tto keep the spectrum management guidelines up to date.
";
    let plenipotentiary = "\
RESOLUTION 139 (REV. DUBAI, 2018)

Use of telecommunications/information and communication technologies to bridge the digital divide

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

instructs the Director of the Telecommunication Development Bureau
1\tto report on progress every year.
";
    let passing = "\
RESOLUTION ITU-R 12-1

Handbooks and special publications for development of radiocommunication services

(1993-2000)

The ITU Radiocommunication Assembly,

considering
a)\tthat the Telecommunication Development Sector has asked for handbooks,

resolves
1\tthat handbooks be published in time, as the Telecommunication Development Sector has asked.
";
    for (name, text) in [("own", own), ("plenipotentiary", plenipotentiary), ("passing", passing)] {
        let document = scan(text);
        assert!(!document.calls_for_coordination, "{name}: {:?}", document.coordination);
    }
}

/// A title naming two Sectors together in a work's allocation and coordination is a call.
#[test]
fn a_title_naming_two_sectors_together_is_a_call() {
    let document = scan(
        "\
RESOLUTION 18 (REV. HAMMAMET, 2016)

Principles and procedures for the allocation of work to, and coordination between, the ITU Radiocommunication and ITU Telecommunication Standardization Sectors

The World Telecommunication Standardization Assembly (Hammamet, 2016),

resolves
1\tto keep the procedures under review.
",
    );
    assert!(document.calls_for_coordination);
    assert!(document.coordination.iter().any(|c| c.part.to_string() == "title"));
}

/// A preamble item hard-wrapped so that a line opens with an operative word and its addressee
/// (`instructs the Secretary-General and the Directors of the three Bureaux ...`) reports what
/// another text asked: the sentence goes on from the line before, so it opens no clause and is
/// no call.
#[test]
fn an_operative_word_wrapped_to_a_line_start_inside_a_preamble_item_is_no_call() {
    let document = scan(
        "\
RESOLUTION 54 (Rev. Dubai, 2012)
Creation of, and assistance to, regional groups
The World Telecommunication Standardization Assembly (Dubai, 2012),
considering
a) that under Resolution 123 (Rev. Guadalajara, 2010) the Plenipotentiary Conference
instructs the Secretary-General and the Directors of the three Bureaux to act together
against the standardization gap;
b) that regional groups of the study groups help developing countries take part,
resolves
1 to keep supporting the regional groups of the study groups.
",
    );
    assert!(!document.calls_for_coordination);
    let parts: Vec<String> = document.parts.iter().map(|p| p.kind.to_string()).collect();
    assert_eq!(parts, ["heading", "title", "heading", "preamble", "operative"]);
}

/// A Sector's assembly asking its own Bureau to assist, support or work with another Sector's
/// Bureau (`that BR should continue to assist BDT`) asks the two to work together: a call. Its
/// own Bureau asked to assist administrations, or to report, is none.
#[test]
fn a_sector_s_bureau_asked_to_assist_another_sector_s_bureau_is_a_call() {
    let resolution = |item: &str| {
        format!(
            "\
RESOLUTION ITU-R 11-4

Further development of the Spectrum Management System for Developing Countries

(1993-1995-1997-2003-2007)

The ITU Radiocommunication Assembly,

considering
a)\tthat the system helps administrations manage their spectrum,

resolves
1\tthat the system be kept up to date with the relevant ITU-R Recommendations;
2\t{item}
"
        )
    };
    for item in [
        "that BR should continue to assist BDT in installing the system in different countries.",
        "that the Radiocommunication Bureau work closely with the Telecommunication Development Bureau on training.",
        "que le BR continue d'aider le BDT à installer le système.",
    ] {
        let document = scan(&resolution(item));
        assert!(document.calls_for_coordination, "{item}");
    }
    for item in [
        "that BR should continue to assist administrations in installing the system.",
        "that the Director of BR report to the next Assembly.",
    ] {
        let document = scan(&resolution(item));
        assert!(!document.calls_for_coordination, "{item}");
    }
}

/// Calls worded through the Bureaux and the Union's coordination bodies: a Bureau asked to work
/// with the other two by their full names, a Director asked to work together with another, the
/// Directors of the Bureaux together, and the inter-Sectoral coordination task force. Each is
/// in the operative part of a Plenipotentiary text, and each is a call.
#[test]
fn calls_through_the_bureaux_and_the_coordination_task_force() {
    for (operative, cue) in [
        (
            "instructs the Director of the Telecommunication Standardization Bureau\n1\tto cooperate with the Radiocommunication Bureau and the Telecommunication Development Bureau on the studies;",
            "Radiocommunication Bureau and the Telecommunication Development Bureau",
        ),
        (
            "instructs the Director of the Radiocommunication Bureau\n1\tto work together with the Director of the Telecommunication Standardization Bureau on the studies;",
            "together with the Director of the Telecommunication Standardization Bureau",
        ),
        (
            "instructs the Directors of the Bureaux\n1\tto organize joint workshops on the studies;",
            "Directors of the Bureaux",
        ),
        (
            "instructs the Secretary-General\n1\tto report on the studies through the Inter-Sectoral Coordination Task Force;",
            "Inter-Sectoral",
        ),
    ] {
        let text = format!(
            "RESOLUTION 175 (REV. DUBAI, 2018)\n\nTelecommunication/information and communication technology accessibility for persons with disabilities and persons with specific needs\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\nconsidering\na)\tthat the studies concern every Sector,\n\n{operative}\n"
        );
        calls_with_operative_cue(&text, cue, operative);
    }
}

/// A cue names the Sectors or Bureaux in the plural; the same words in the singular name one
/// Bureau or its Director, and are no call: `the Director of the Bureau` is not `the Directors
/// of the Bureaux`. The plurals stay calls.
#[test]
fn a_cue_in_the_singular_is_no_call() {
    let resolution = |operative: &str| {
        format!(
            "RESOLUTION 175 (REV. DUBAI, 2018)\n\nTelecommunication/information and communication technology accessibility for persons with disabilities and persons with specific needs\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\nconsidering\na)\tthat the studies concern every Sector,\n\n{operative}\n"
        )
    };
    for operative in [
        "instructs the Director of the Bureau\n1\tto organize workshops on the studies;",
        "instructs the Secretary-General, in consultation with the Director of the Bureau concerned,\n1\tto report on the studies;",
    ] {
        let document = scan(&resolution(operative));
        assert!(!document.calls_for_coordination, "{operative}: {:?}", document.coordination);
    }
    for (operative, cue) in [
        (
            "instructs the Directors of the Bureaux\n1\tto organize joint workshops on the studies;",
            "Directors of the Bureaux",
        ),
        (
            "instructs the Secretary-General\n1\tto report on the studies to the three Sectors, so that they coordinate their work on them;",
            "three Sectors",
        ),
    ] {
        calls_with_operative_cue(&resolution(operative), cue, operative);
    }
}

/// A Sector's text asking its Bureau to work with "the other Sectors", in English, French and
/// Spanish, is a call.
#[test]
fn working_with_the_other_sectors_is_a_call() {
    for (text, cue) in [
        (
            "RESOLUTION 44 (REV. HAMMAMET, 2016)\n\nBridging the standardization gap between developing and developed countries\n\nThe World Telecommunication Standardization Assembly (Hammamet, 2016),\n\nconsidering\na)\tthat the gap concerns every Sector,\n\ninstructs the Director of the Telecommunication Standardization Bureau\n1\tto collaborate with the other Sectors on programmes that bridge the gap;\n",
            "the other Sectors",
        ),
        (
            "RÉSOLUTION 44 (RÉV. HAMMAMET, 2016)\n\nL'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),\n\nconsidérant\na)\tque l'écart concerne tous les Secteurs,\n\ncharge le Directeur du Bureau de la normalisation des télécommunications\n1\tde collaborer avec les autres Secteurs aux programmes qui réduisent l'écart;\n",
            "les autres Secteurs",
        ),
        (
            "RESOLUCIÓN 44 (REV. HAMMAMET, 2016)\n\nLa Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),\n\nconsiderando\na)\tque la disparidad afecta a todos los Sectores,\n\nencarga al Director de la Oficina de Normalización de las Telecomunicaciones\n1\tque colabore con los otros Sectores en los programas que reducen la disparidad;\n",
            "los otros Sectores",
        ),
    ] {
        calls_with_operative_cue(text, cue, text);
    }
}

/// A text cut before its operative part, or one whose clause words were lost in the copy, has
/// no operative part to hold its call. A cue outside the anatomy then asks for coordination:
/// a proposal's summary of what its revision does, or operative words no clause word placed.
/// A cue in the preamble stays context.
#[test]
fn without_an_operative_part_a_cue_outside_the_anatomy_is_a_call() {
    let proposal = "\
Member States of the African Telecommunications Union
Revision of WTDC Resolution 62
Summary:
The proposed revision would:
-bring the collaboration between BDT, TSB and BR closer so that developing countries get help with measurements
MOD AFCP/19A15/1
RESOLUTION 62 (Rev. Dubai, 2014BUENOS AIRES, 2017)
Measurement concerns related to human exposure to electromagnetic fields
The World Telecommunication Development Conference (Buenos Aires, 2017),
considering
a)\tthat developing countries need information on exposure levels;
";
    let document = scan(proposal);
    assert!(document.calls_for_coordination, "{:?}", document.coordination);

    let lost_clause_words = "\
RESOLUTION 44 (REV. DUBAI, 2012)
Bridging the standardization gap between developing and developed countries
The World Telecommunication Standardization Assembly (Dubai, 2012),
that the Plenipotentiary Conference asked the Secretary-General and the Directors of the three Bureaux to work closely with each other on initiatives that narrow the gap;
that regional offices support that work;
";
    let document = scan(lost_clause_words);
    assert!(document.calls_for_coordination, "{:?}", document.coordination);

    let preamble_only = "\
RESOLUTION 62 (HYDERABAD, 2010)
Measurement concerns related to human exposure to electromagnetic fields
The World Telecommunication Development Conference (Hyderabad, 2010),
recalling
a)\tResolution 72 (Johannesburg, 2008) of the World Telecommunication Standardization Assembly, which seeks close cooperation among the Directors of the three Bureaux,
considering
a)\tthat developing countries need information on exposure levels;
";
    let document = scan(preamble_only);
    assert!(!document.calls_for_coordination, "{:?}", document.coordination);
    assert!(!document.coordination.is_empty());
}

/// A preamble item quoting another resolution's operative words, wrapped so that a line opens
/// with the clause word and the quotation (`instructs the Secretary-General "to ...`, `resolves
/// "that ...`): a quotation, no clause of the document's own, so no operative part, and the call
/// for coordination it quotes is context.
#[test]
fn a_clause_word_opening_a_quotation_in_a_preamble_item_is_no_clause() {
    let document = scan(
        "\
RESOLUTION 44 (ISTANBUL, 2002)
Mainstreaming gender in ITU-D programmes
The World Telecommunication Development Conference (Istanbul, 2002),
recalling
a)\tResolution 70 (Minneapolis, 1998) of the Plenipotentiary Conference, which asks the Council for funds for gender initiatives;
instructs the Secretary-General \"to facilitate the work of the focal point on gender issues\";
b)\tResolution 7 (Valletta, 1998) of this Conference, which set up a task force on gender issues;
resolves \u{201c}that the Directors of the three Bureaux work together on gender issues\u{201d};
c)\tthat women should benefit from the information society on an equal footing,
",
    );
    let kinds: Vec<String> = document.parts.iter().map(|p| p.kind.to_string()).collect();
    assert!(!kinds.contains(&"operative".to_owned()), "{kinds:?}");
    assert!(!document.calls_for_coordination, "{:?}", document.coordination);
}

/// A Plenipotentiary resolution's text with `operative` for its operative part.
fn with_operative(operative: &str) -> String {
    format!(
        "RESOLUTION 71 (REV. MARRAKESH, 2002)\n\nStrategic plan for the Union for 2004-2007\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Marrakesh, 2002),\n\nconsidering\na)\tthat the plan concerns the whole Union,\n\n{operative}\n"
    )
}

/// The Sectors or the Bureaux named together, in a sentence where nothing has them work
/// together (goals set for each of them, each told to apply a rule, a report made to them, an
/// election of their Directors), ask for no coordination: they are a list, not a call. A word
/// of working together in another item of the clause does not make one.
#[test]
fn naming_the_sectors_or_bureaux_without_working_together_is_no_call() {
    for operative in [
        "instructs the Secretary-General\n1\twhen reporting each year to the Council, to present the priorities set for the General Secretariat and for the three Bureaux;",
        "resolves\n1\tthat these provisions apply to the observer as to any administration, and that the General Secretariat and the three Bureaux act accordingly;",
        "resolves\n1\tto keep the three Bureaux informed of the plan;\n2\tto cooperate with the regional organizations on the plan;",
        "décide\n1\tde compléter le plan par les priorités fixées pour les trois Secteurs et pour le Secrétariat général;",
        "resuelve\n1\tcompletar el plan con las prioridades fijadas para los tres Sectores y para la Secretaría General;",
    ] {
        let document = scan(&with_operative(operative));
        assert!(!document.calls_for_coordination, "{operative}: {:?}", document.coordination);
    }
    let election = "\
RESOLUTION 58 (ANTALYA, 2006)
Procedure for the election of the Secretary-General, the Deputy Secretary-General and the Directors of the Bureaux
The Plenipotentiary Conference of the International Telecommunication Union (Antalya, 2006),
considering
a)\tthat the elections are held at each conference,
";
    let document = scan(election);
    assert!(!document.calls_for_coordination, "{:?}", document.coordination);
}

/// The same names in a sentence that has them coordinate, cooperate, collaborate or work
/// together are a call, in English, French and Spanish; an addressee named in the clause word
/// takes the words of every item under it.
#[test]
fn the_sectors_or_bureaux_named_with_working_together_are_a_call() {
    for (operative, cue) in [
        (
            "instructs the Directors of the three Bureaux\n1\tto organize the studies in close cooperation;\n2\tto report on them to the Council;",
            "the Directors of the three Bureaux",
        ),
        (
            "resolves\n1\tthat ITU-R, ITU-T and ITU-D continue to collaborate on the studies;",
            "ITU-R, ITU-T and ITU-D",
        ),
        (
            "resolves\n1\tthat the three Bureaux plan these activities together;",
            "the three Bureaux",
        ),
        (
            "charge les Directeurs des trois Bureaux\n1\tde coordonner les études;",
            "les Directeurs des trois Bureaux",
        ),
        (
            "encarga a los Directores de las tres Oficinas\n1\tque colaboren en los estudios;",
            "los Directores de las tres Oficinas",
        ),
    ] {
        calls_with_operative_cue(&with_operative(operative), cue, operative);
    }
}

/// Such a list is no cue at all: the document reports no coordination evidence for it, in the
/// operative part or in the preamble, so that no rule counting cues by part takes it for one.
#[test]
fn a_list_of_the_sectors_or_bureaux_is_no_cue() {
    for operative in [
        "instructs the Secretary-General\n1\twhen reporting each year to the Council, to present the priorities set for the General Secretariat and for the three Bureaux;",
        "recalling\na)\tthat the plan sets goals for the three Sectors and for the General Secretariat,\n\nresolves\n1\tto adopt the plan;",
    ] {
        let document = scan(&with_operative(operative));
        assert!(document.coordination.is_empty(), "{operative}: {:?}", document.coordination);
    }
}
