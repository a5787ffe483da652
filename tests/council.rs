//! The Council meets every year; its resolutions are named by the session that adopted them
//! (`Resolution 1343 (C12)`, `Resolution 1187 (C-2001)`), in its own headings as in other
//! bodies' citations, and in its compilations by `R` and the number (`R 1187 (C-2001)`). The
//! answers below were written from the texts by hand.

use isc_engine::Document;
use isc_suite::{cited as citations, identity as id};

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("council.txt", text)
}

#[test]
fn a_session_tag_names_a_council_edition() {
    let text = "\
RESOLUTION 77 (REV. DUBAI, 2018)
Scheduling and duration of conferences, forums, assemblies and Council sessions of the Union
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
recalling
a)\tthat Resolution 1343 (C12) set the place, dates and agenda of the 2015 conference;
b)\tCouncil Resolution 1305 (C09) on the Dedicated Group on Internet-related public policy issues;
c)\tResolution 1187 (C-2001) on gender in the human resources of the Union,
resolves
1\tthat the dates of each session are fixed well ahead.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        citations(&documents[0]),
        ["Council 1343 (C-12)", "Council 1305 (C-09)", "Council 1187 (C-2001)"]
    );
}

#[test]
fn a_session_tag_after_a_french_attribution() {
    let text = "\
RÉSOLUTION 77 (RÉV. DUBAÏ, 2018)
Calendrier et durée des conférences, forums, assemblées et sessions du Conseil de l'Union
La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 2018),
rappelant
a)\tla Résolution 1343 du Conseil (C12), qui a fixé le lieu et les dates de la conférence de 2015;
b)\tla Résolution 807 (CMR-12), qui en a proposé l'ordre du jour,
décide
1\tque les dates de chaque session sont fixées longtemps à l'avance.
";
    let documents = scan(text);
    assert_eq!(citations(&documents[0]), ["Council 1343 (C-12)", "WRC 807 (WRC-12)"]);
}

#[test]
fn a_council_heading_with_its_session() {
    let text = "\
RESOLUTION 1305 (C09)
Role of the Dedicated Group in identifying Internet-related public policy issues
The Council,
recalling
a)\tResolution 102 (Rev. Antalya, 2006) of the Plenipotentiary Conference;
resolves
1\tthat the Dedicated Group lists the public policy issues it identifies.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1305 (C-09)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Role of the Dedicated Group in identifying Internet-related public policy issues")
    );
    assert_eq!(citations(document), ["PP 102 (Rev. Antalya, 2006)"]);
}

/// A heading naming its body after the number, as the Council's French texts write it.
const FRENCH_HEADING: &str = "\
RÉSOLUTION 1343 du Conseil (C12)
Lieu, dates et ordre du jour de la Conférence mondiale des radiocommunications (CMR-15)
Le Conseil,
notant
a)\tla Résolution 807 (CMR-12), qui lui recommande de convoquer une conférence en 2015;
décide
1\tde convoquer la conférence à Genève en 2015;
charge le Secrétaire général
1\tde faire rapport sur la mise en oeuvre de la Résolution 1343 du Conseil.
";

#[test]
fn a_heading_that_names_its_body_after_the_number() {
    let documents = scan(FRENCH_HEADING);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1343 (C-12)"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Lieu, dates et ordre du jour de la Conférence mondiale des radiocommunications (CMR-15)"
        )
    );
    // The mention of its own number is the document speaking of itself, not a citation.
    assert_eq!(citations(document), ["WRC 807 (WRC-12)"]);
}

#[test]
fn a_heading_that_names_its_body_after_the_number_on_one_line() {
    let flat = FRENCH_HEADING.replace(['\n', '\t'], " ");
    let documents = scan(&flat);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("Council 1343 (C-12)"));
    assert_eq!(citations(&documents[0]), ["WRC 807 (WRC-12)"]);
}

/// The Council's compilation names a resolution by `R`, its number and its session.
const COMPILED: &str = "\
R 1187 (C-2001)
Principe de l'égalité des sexes dans la gestion, la politique et la pratique des ressources humaines à l'UIT
Le Conseil,
considérant
a)\tla Résolution 70 (Minneapolis, 1998) sur l'intégration du principe de l'égalité des sexes dans les travaux de l'UIT;
b)\tla Résolution 7 de la Conférence mondiale de développement des télécommunications (La Valette, 1998),
charge le Secrétaire général
1\tde présenter chaque année au Conseil un rapport sur les progrès accomplis.
";

#[test]
fn a_compilation_heading_of_r_and_the_number() {
    let documents = scan(COMPILED);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1187 (C-2001)"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Principe de l'égalité des sexes dans la gestion, la politique et la pratique des ressources humaines à l'UIT"
        )
    );
    assert_eq!(citations(document), ["PP 70 (Minneapolis, 1998)", "WTDC 7 (Valletta, 1998)"]);
}

#[test]
fn a_compilation_heading_after_the_end_of_the_resolution_before_it_on_one_line() {
    let text = format!(
        "Le Conseil, décide 1 que le Secrétaire général rend compte chaque année au Conseil de la suite donnée à la présente Résolution. Réf.: Documents C97/116 et C97/123. {}",
        COMPILED.replace(['\n', '\t'], " ")
    );
    let documents = scan(&text);
    let ids: Vec<Option<String>> = documents.iter().map(id).collect();
    assert!(ids.contains(&Some("Council 1187 (C-2001)".to_owned())), "{ids:?}");
    let document = documents.iter().find(|d| id(d).is_some()).unwrap();
    assert_eq!(citations(document), ["PP 70 (Minneapolis, 1998)", "WTDC 7 (Valletta, 1998)"]);
}

#[test]
fn r_and_a_number_without_a_session_is_no_heading() {
    let text = "\
RESOLUTION 1305 (C09)
Role of the Dedicated Group in identifying Internet-related public policy issues
The Council,
considering
a)\tthe list of issues set out in Annex R 2 (2009) of the Group's report;
resolves
1\tthat the Dedicated Group lists the public policy issues it identifies.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("Council 1305 (C-09)"));
    assert!(citations(&documents[0]).is_empty());
}

#[test]
fn a_council_document_number_is_no_citation() {
    let text = "\
RESOLUTION 1305 (C09)
Role of the Dedicated Group in identifying Internet-related public policy issues
The Council,
having regard to
a)\tDocument C09/105 and the session held in 2012 (C12);
resolves
1\tthat the Dedicated Group lists the public policy issues it identifies.
";
    let documents = scan(text);
    assert!(citations(&documents[0]).is_empty());
}

#[test]
fn a_place_and_year_still_name_the_assembly_held_then() {
    let text = "\
RESOLUTION 1305 (C09)
Role of the Dedicated Group in identifying Internet-related public policy issues
The Council,
recalling
a)\tResolution 102 (Rev. Antalya, 2006) of the Plenipotentiary Conference and Resolution ITU-R 9-5 (Rev. Geneva, 2015);
resolves
1\tthat the Dedicated Group lists the public policy issues it identifies.
";
    let documents = scan(text);
    assert_eq!(
        citations(&documents[0]),
        ["PP 102 (Rev. Antalya, 2006)", "RA ITU-R 9-5 (Rev. Geneva, 2015)"]
    );
}

#[test]
fn a_french_title_on_the_equality_of_the_sexes_is_on_gender_equality() {
    let documents = scan(COMPILED);
    let themes: Vec<&str> = documents[0].themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"gender-equality"), "{themes:?}");
}

/// A web page's heading naming the session after a comma, and citations naming the session
/// after the body (`Resolution 1158 of Council 2000`).
const WEB_PAGE: &str = "\
Resolution 1207, ITU Council 2003
(approved at the fourteenth Plenary Meeting)

ITU preparatory activity for WSIS

The Council,

recalling
a)\tResolution 73 of the Plenipotentiary Conference (Minneapolis, 1998), as well as Resolution 1158 of Council 2000, Resolution 1179 of Council 2001 and Resolution 1196 of Council 2002,
resolves
1\tto go on with the preparations for the Summit.
";

#[test]
fn a_heading_naming_the_council_and_its_year_after_a_comma() {
    let documents = scan(WEB_PAGE);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1207 (2003)"));
    assert_eq!(document.title.as_deref(), Some("ITU preparatory activity for WSIS"));
}

#[test]
fn citations_naming_the_council_and_its_year() {
    let documents = scan(WEB_PAGE);
    assert_eq!(
        citations(&documents[0]),
        [
            "PP 73 (Minneapolis, 1998)",
            "Council 1158 (2000)",
            "Council 1179 (2001)",
            "Council 1196 (2002)"
        ]
    );
}

#[test]
fn a_heading_naming_the_council_and_its_year_after_a_comma_on_one_line() {
    let flat = WEB_PAGE.replace(['\n', '\t'], " ");
    let documents = scan(&flat);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1207 (2003)"));
    assert_eq!(document.title.as_deref(), Some("ITU preparatory activity for WSIS"));
    assert_eq!(
        citations(document),
        [
            "PP 73 (Minneapolis, 1998)",
            "Council 1158 (2000)",
            "Council 1179 (2001)",
            "Council 1196 (2002)"
        ]
    );
}

/// Texts name a Council resolution's session in words: after the body (`adopted by the ITU
/// Council at its 2009 session`, `du Conseil à sa session de 2009`) or before it (`of the 2009
/// session of the ITU Council`).
#[test]
fn a_council_session_named_in_words() {
    let text = "\
RESOLUTION 182 (Guadalajara, 2010)

Role of telecommunications and information and communication technologies in climate change

The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),

recalling
a) Resolution 1307 adopted by the ITU Council at its 2009 session, on climate change;
b) Resolution 1306 of the 2009 session of the ITU Council, on the Dedicated Group;
c) Resolution 73 of the Plenipotentiary Conference at its meeting in Minneapolis,

resolves
1 to go on with the work on climate change.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["Council 1307 (2009)", "Council 1306 (2009)", "PP 73"]);

    let text = "\
RÉSOLUTION 182 (Guadalajara, 2010)

Rôle des télécommunications dans les changements climatiques

La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Guadalajara, 2010),

rappelant
a) la Résolution 1307 du Conseil à sa session de 2009, sur les changements climatiques,

décide
1 de poursuivre ces travaux.
";
    assert_eq!(citations(&scan(text)[0]), ["Council 1307 (2009)"]);

    // What the resolution is on may follow the session without a comma.
    let text = "\
RESOLUTION 182 (Guadalajara, 2010)

Role of telecommunications and information and communication technologies in climate change

The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),

recalling
a) Resolution 1307 adopted by the ITU Council at its 2009 session on ICTs and climate change;

resolves
1 to go on with the work on climate change.
";
    assert_eq!(citations(&scan(text)[0]), ["Council 1307 (2009)"]);
}

/// A resolution named by its conference after it, in apposition (`by its Resolution 807, the
/// World Radiocommunication Conference (Geneva, 2012)`): the conference gives the body, and its
/// place and year the edition, though a place and year alone name the Assembly.
#[test]
fn a_resolution_whose_conference_is_named_after_it() {
    let english = "\
RESOLUTION 1343 (C12)
Place, dates and agenda of the World Radiocommunication Conference (WRC-15)
The Council,
noting
that, by its Resolution 807, the World Radiocommunication Conference (Geneva, 2012) asked the Council to convene the next conference in 2015,
resolves
to convene the conference in Geneva in 2015.
";
    let spanish = "\
RESOLUCIÓN 1343 (C12)
Lugar, fechas y orden del día de la Conferencia Mundial de Radiocomunicaciones (CMR-15)
El Consejo,
observando
que, mediante su Resolución 807, la Conferencia Mundial de Radiocomunicaciones (Ginebra, 2012) pidió al Consejo que convocara la próxima conferencia en 2015,
resuelve
convocar la conferencia en Ginebra en 2015.
";
    for text in [english, spanish] {
        let documents = scan(text);
        assert_eq!(documents.len(), 1);
        assert_eq!(id(&documents[0]).as_deref(), Some("Council 1343 (C-12)"));
        assert_eq!(citations(&documents[0]), ["WRC 807 (WRC-12)"]);
    }
}

/// The same apposition without an edition gives the body only; without a body's name after the
/// comma, the document's body stands.
#[test]
fn an_apposition_without_edition_and_none_at_all() {
    let text = "\
RESOLUTION 62 (REV. KIGALI, 2022)

Assessment and measurement of human exposure to electromagnetic fields

The World Telecommunication Development Conference (Kigali, 2022),

recalling
a)\tthat, by its Resolution 176, the Plenipotentiary Conference asked the Bureaux to help developing countries measure exposure;
b)\tthat, in its Resolution 37, which this Conference revised, the digital divide is addressed,

resolves
1\tto keep assisting developing countries.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["PP 176", "WTDC 37"]);
}

/// A Council session named by the last two digits of its year after the Council's name
/// (`Resolution 1179 of Council 01,`), as a four-digit year is (`Resolution 1158 of Council
/// 2000`).
#[test]
fn a_council_session_named_by_two_digits() {
    let text = "\
RESOLUTION 1196 (C02)
ITU's role in the preparations for the World Summit on the Information Society
The Council,
recalling
Resolution 1158 of Council 2000 and Resolution 1179 of Council 01,
resolves
to go on with the preparations.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["Council 1158 (2000)", "Council 1179 (2001)"]);
}

/// French and Spanish attributions by the adopting body's participle (`adoptées par le Conseil`,
/// `adoptadas por el Consejo`), with an adverb between or not, in a Plenipotentiary text: the
/// body is the Council's, not the document's.
#[test]
fn french_and_spanish_attributions_by_the_adopting_body() {
    let french = |attribution: &str| {
        format!(
            "RÉSOLUTION 73 (RÉV. MARRAKECH, 2002)\nSommet mondial sur la société de l'information\nLa Conférence de plénipotentiaires de l'Union internationale des télécommunications (Marrakech, 2002),\nrappelant\nles Résolutions 1158 et 1179 {attribution} le Conseil,\ndécide\nde poursuivre.\n"
        )
    };
    let spanish = "RESOLUCIÓN 73 (REV. MARRAKECH, 2002)\nCumbre Mundial sobre la Sociedad de la Información\nLa Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Marrakech, 2002),\nrecordando\nlas Resoluciones 1158 y 1179 adoptadas por el Consejo,\nresuelve\nproseguir.\n";
    for text in [french("adoptées par"), french("adoptées respectivement par"), spanish.to_owned()]
    {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(citations(&documents[0]), ["Council 1158", "Council 1179"], "{text}");
    }
}

/// Several Council resolutions adopted at several sessions, `respectively`: each resolution takes
/// the session of its rank. One session for several resolutions gives it to each; as many
/// sessions as resolutions pair them even without `respectively`; a count that does not match
/// gives no session to any, rather than a guessed one.
#[test]
fn council_resolutions_adopted_at_their_sessions_respectively() {
    let plenipotentiary = |recalled: &str| {
        format!(
            "RESOLUTION 73 (Rev. Marrakesh, 2002)\nWorld Summit on the Information Society\nThe Plenipotentiary Conference of the International Telecommunication Union (Marrakesh, 2002),\nrecalling\n{recalled},\nresolves\nto go on with the preparations.\n"
        )
    };
    let paired = ["Council 1158 (2000)", "Council 1179 (2001)", "Council 1196 (2002)"];
    for recalled in [
        "Resolutions 1158, 1179 and 1196 adopted by the Council at its 2000, 2001 and 2002 sessions respectively",
        "Resolutions 1158, 1179 and 1196, adopted respectively by the Council at its sessions of 2000, 2001 and 2002",
        "les Résolutions 1158, 1179, 1196 adoptées respectivement par le Conseil à ses sessions de 2000, 2001 et 2002",
        "las Resoluciones 1158, 1179 y 1196 adoptadas por el Consejo en sus reuniones de 2000, 2001 y 2002, respectivamente",
        "las Resoluciones 1158, 1179 y 1196 adoptadas por el Consejo en sus sesiones de 2000, 2001 y 2002",
    ] {
        let documents = scan(&plenipotentiary(recalled));
        assert_eq!(documents.len(), 1, "{recalled}");
        assert_eq!(citations(&documents[0]), paired, "{recalled}");
    }

    let documents = scan(&plenipotentiary(
        "Resolutions 1158 and 1179 adopted by the Council at its 2000 session",
    ));
    assert_eq!(citations(&documents[0]), ["Council 1158 (2000)", "Council 1179 (2000)"]);

    let documents = scan(&plenipotentiary(
        "Resolutions 1158 and 1179 adopted by the Council at its 2000, 2001 and 2002 sessions",
    ));
    assert_eq!(citations(&documents[0]), ["Council 1158", "Council 1179"]);
}

/// The session tag may spell the Council's name out (`Resolution 1343 (Council-12)`): the
/// same session as `C12`.
#[test]
fn a_session_tag_with_the_council_s_name_spelt_out() {
    let text = "\
RESOLUTION 185 (Busan, 2014)
Global flight tracking for civil aviation
The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),
considering
a)\tthat the agenda of WRC-15, set by ITU Council Resolution 1343 (Council-12), leaves flight tracking out,
resolves
1\tto have the matter studied.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["Council 1343 (C-12)"]);
}

/// Two digits after the Council's name name its session before a sentence going on in small
/// letters too (`the Resolution 1179 of Council 01 in which the Council endorsed ...`), not
/// before a capitalised word (`of the Council 10 May`, a date).
#[test]
fn a_council_session_named_by_two_digits_inside_a_sentence() {
    let text = "\
RESOLUTION 1196 (C02)
ITU's role in the preparations for the World Summit on the Information Society
The Council,
recalling
that the General Assembly welcomed the Resolution 1179 of Council 01 in which the Council endorsed the two phases of the Summit;
that Resolution 1158 of the Council 10 May was read again,
resolves
to go on with the preparations.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["Council 1179 (2001)", "Council 1158"]);
}

/// A citation with its edition alone on the line under the issuing clause is the preamble's
/// first item, its clause word lost in the copy (`The Council,` / `Resolution 73 of the
/// Plenipotentiary Conference (Minneapolis, 1998)` / `on ...`), not a heading: no resolution
/// ends with its issuing clause.
#[test]
fn a_citation_under_the_issuing_clause_is_no_heading() {
    let text = "\
Document C02/81-E
The Council,
Resolution 73 of the Plenipotentiary Conference (Minneapolis, 1998)
on the role of the Union in the World Summit on the Information Society, and
Resolution 1158 of Council 2000,
a)\tthat the preparations for the Summit have begun in Geneva;
resolves
1\tto support the executive secretariat of the Summit.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]), None);
    assert_eq!(citations(&documents[0]), ["PP 73 (Minneapolis, 1998)", "Council 1158 (2000)"]);
}

/// A Council resolution the Council has modified since names the session that last modified it
/// after a word saying so, in its heading (`RESOLUTION 1333 (modified 2016)`) and where it is
/// cited (`Resolution 1332 (modified 2016)`, `la Résolution 1305 (modifiée 2019)`): a revision of
/// that year, not a place named `modified`.
#[test]
fn a_council_edition_modified_at_a_later_session() {
    let text = "\
RESOLUTION 1333 (modified 2016)

Guiding principles for the creation, management and termination of Council working groups

The Council,

considering
a)\tResolution 1332 (modified 2016) on the Council's working groups;
b)\tResolution 1305 (2009) on the Dedicated Group,

resolves
1\tthat each working group has terms of reference and an end date.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    let identity = document.id.as_ref().expect("an identity");
    assert_eq!(identity.body.map(|b| b.to_string()).as_deref(), Some("Council"));
    assert_eq!(identity.number.to_string(), "1333");
    let edition = identity.edition.as_ref().expect("an edition");
    assert_eq!(
        (edition.year, edition.revision, edition.place.as_deref()),
        (Some(2016), true, None)
    );
    let cited: Vec<(Option<String>, String, Option<u16>, bool)> = document
        .citations
        .iter()
        .map(|c| {
            (
                c.body.map(|b| b.to_string()),
                c.number.to_string(),
                c.edition.as_ref().and_then(|e| e.year),
                c.edition.as_ref().is_some_and(|e| e.place.is_none()),
            )
        })
        .collect();
    assert_eq!(
        cited,
        [
            (Some("Council".to_owned()), "1332".to_owned(), Some(2016), true),
            (Some("Council".to_owned()), "1305".to_owned(), Some(2009), true),
        ]
    );
    assert!(document.diagnostics.is_empty(), "{:?}", document.diagnostics);

    let french = "\
RÉSOLUTION 1333 (modifiée 2016)

Principes directeurs pour la création, la gestion et la dissolution des groupes de travail du Conseil

Le Conseil,

considérant
a)\tla Résolution 1305 (modifiée 2019) sur le Groupe spécialisé,

décide
1\tque chaque groupe de travail a un mandat.
";
    let documents = scan(french);
    assert_eq!(documents.len(), 1);
    let identity = documents[0].id.as_ref().expect("an identity");
    let edition = identity.edition.as_ref().expect("an edition");
    assert_eq!(
        (edition.year, edition.revision, edition.place.as_deref()),
        (Some(2016), true, None)
    );
    let cited = &documents[0].citations[0];
    assert_eq!(cited.edition.as_ref().and_then(|e| e.year), Some(2019));
    assert_eq!(cited.edition.as_ref().and_then(|e| e.place.as_deref()), None);
}

/// The compilation's tag of an extraordinary session (`C2002/EX`) names that year's session: the
/// heading is read, laid out and on a one-line copy after the end of the resolution before it.
#[test]
fn a_compilation_heading_with_the_tag_of_an_extraordinary_session() {
    let laid_out = "\
R 1201 (C2002/EX)
Parts contributives aux dépenses de l'Union et remboursement des sommes dues par la République argentine sur une période de 10 ans
Le Conseil,
vu les dispositions du numéro 165A de la Constitution,
décide
1\td'autoriser une contribution dans la classe de 1/4 d'unité.
";
    let one_line = format!(
        "7 que la Commission de direction fera rapport au Conseil sur les projets. Réf.: Documents C97/131 et C97/138. {}",
        laid_out.replace(['\n', '\t'], " ")
    );
    for text in [laid_out, one_line.as_str()] {
        let documents = scan(text);
        let document = documents.iter().find(|d| id(d).is_some()).expect(text);
        assert_eq!(id(document).as_deref(), Some("Council 1201 (C-2002)"), "{text}");
        assert_eq!(
            document.title.as_deref(),
            Some(
                "Parts contributives aux dépenses de l'Union et remboursement des sommes dues par la République argentine sur une période de 10 ans"
            ),
            "{text}"
        );
    }
}

/// A page of the Council's compilation copied onto one line: the page's number and its running
/// section title, then the end of a resolution begun on the page before (its operative clause
/// word and numbered items), then the next resolution's compiled heading. The end is a document
/// of its own, without identity, citing what it cites; the next resolution cites nothing of it.
#[test]
fn the_end_of_a_resolution_after_a_page_s_running_title_on_one_line() {
    let text = format!(
        "– 30 – (1.2 – Autres questions financières) décide 1 que le montant mentionné sert aux projets; 2 que la Commission de direction fait rapport au Conseil sur la mise en oeuvre de la Résolution 11 (Kyoto, 1994). Réf.: Documents C97/131 et C97/138. {}",
        COMPILED.replace(['\n', '\t'], " ")
    );
    let documents = scan(&text);
    let read: Vec<(Option<String>, Vec<String>)> =
        documents.iter().map(|d| (id(d), citations(d))).collect();
    assert_eq!(
        read,
        [
            (None, vec!["PP 11 (Kyoto, 1994)".to_owned()]),
            (
                Some("Council 1187 (C-2001)".to_owned()),
                vec!["PP 70 (Minneapolis, 1998)".to_owned(), "WTDC 7 (Valletta, 1998)".to_owned()]
            ),
        ]
    );
}

/// A resolution of the Council's compilation and the decision after it, the decision named by
/// `D`, its number and its session (`D 552 (C09)`), as the compilation names resolutions by `R`.
const COMPILED_WITH_DECISION: &str = "\
R 1187 (C-2001)
Gender equality in the management, policy and practice of human resources at ITU
The Council,
considering
a)\tResolution 70 (Minneapolis, 1998) on mainstreaming a gender perspective in the work of ITU;
instructs the Secretary-General
1\tto report to the Council every year on the progress made.
D 552 (C09)
Date and duration of the 2010 session of the Council
The Council,
decides
that its 2010 session opens in Geneva on 13 April 2010, as Resolution 1305 (C09) foresees.
";

/// The compilation's decision ends the resolution before it, and is no document; a page
/// holding only a decision holds no resolution. Laid out with the session on the heading's line
/// or under the title, and copied onto one line with the page's number and section before it.
#[test]
fn a_compilation_decision_of_d_and_the_number_is_no_resolution() {
    let under_title = COMPILED_WITH_DECISION.replace(
        "D 552 (C09)\nDate and duration of the 2010 session of the Council\n",
        "D 552\nDate and duration of the 2010 session of the Council\n(C09)\n",
    );
    let one_line = format!(
        "\u{2013} 102 \u{2013} (3.2 \u{2013} Council) {}",
        COMPILED_WITH_DECISION.replace(['\n', '\t'], " ")
    );
    for text in [COMPILED_WITH_DECISION.to_owned(), under_title, one_line] {
        let documents = scan(&text);
        let ids: Vec<Option<String>> = documents.iter().map(id).collect();
        assert_eq!(ids, [Some("Council 1187 (C-2001)".to_owned())], "{text}");
        assert_eq!(citations(&documents[0]), ["PP 70 (Minneapolis, 1998)"], "{text}");
    }
    let decision_only = COMPILED_WITH_DECISION[COMPILED_WITH_DECISION.find("D 552").unwrap()..]
        .replace(['\n', '\t'], " ");
    let page = format!("\u{2013} 102 \u{2013} (3.2 \u{2013} Council) {decision_only}");
    let documents = scan(&page);
    assert!(documents.iter().all(|d| d.id.is_none() && d.citations.is_empty()), "{page}");
    assert!(
        documents.iter().flat_map(|d| &d.diagnostics).any(|d| d.message.contains("D 552")),
        "{page}"
    );
}

/// A page holding only a decision, with the page's number and section before it: the note says
/// the decision opens another instrument, since no resolution stands before it to end.
#[test]
fn a_page_holding_only_furniture_before_a_decision_ends_no_resolution() {
    let page = "\u{2013} 75 \u{2013} (2.4 \u{2013} Other staff matters) D 399 Staff representation (C-1983, last amended C-1990) The Council, having looked at how the staff take part in management, decides that two officers of the staff's own council may sit in its meetings on staff matters.\n";
    let documents = scan(page);
    let notes: Vec<&str> =
        documents.iter().flat_map(|d| &d.diagnostics).map(|d| d.message.as_str()).collect();
    assert!(
        notes.iter().any(|m| m.contains("D 399") && m.contains("opens another instrument")),
        "{notes:?}"
    );
    assert!(!notes.iter().any(|m| m.contains("ends this resolution")), "{notes:?}");
}

/// A resolution named by the place of the conference that adopted it, no year (`la Résolution 7
/// de La Valette (Malte) et la Résolution 70 de Minneapolis`, `Resolution 70 of Minneapolis`):
/// where only one conference met there, the place names it, its body and its year. A place where
/// several met (`Resolution 64 of Geneva`) names none: the citation keeps the document's body.
#[test]
fn a_resolution_named_by_the_place_of_its_conference_alone() {
    let french = "\
R 1187 (C-2001)
Principe de l'\u{e9}galit\u{e9} des sexes dans la gestion des ressources humaines \u{e0} l'UIT
Le Conseil,
notant
a) l'unit\u{e9} charg\u{e9}e des questions d'\u{e9}galit\u{e9} des sexes que demande la R\u{e9}solution 7 de La Valette (Malte) et la R\u{e9}solution 70 de Minneapolis;
d\u{e9}cide
de charger le Secr\u{e9}taire g\u{e9}n\u{e9}ral de faire rapport.
";
    let documents = scan(french);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("Council 1187 (C-2001)"));
    assert_eq!(citations(&documents[0]), ["WTDC 7 (Valletta, 1998)", "PP 70 (Minneapolis, 1998)"]);

    let english = "\
RESOLUTION 1187
Gender in the human resources of the Union
The Council,
noting
a) the unit on gender issues that Resolution 70 of Minneapolis asks for;
b) the ties with Resolution 64 of Geneva;
resolves
to instruct the Secretary-General to report.
";
    let documents = scan(english);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["PP 70 (Minneapolis, 1998)", "Council 64"]);
}

/// Only the Council numbers its resolutions from 1000 up: a PP text's `Resolution 1305 (2009)`
/// or `Resolution 1282`, with no word naming the Council, cites the Council's, not a PP
/// resolution nor one of no body. `(MOD 2008)` names the session that last modified it, as
/// `(Mod. 2008)` and `(modified 2008)` do.
#[test]
fn a_number_from_1000_up_is_the_council_s() {
    let text = "\
RESOLUTION 140 (REV. DUBAI, 2018)

ITU's role in implementing the outcomes of the World Summit on the Information Society

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

recalling
a)\tthat the Council's 2008 session, in adopting Resolution 1282 (MOD 2008), set the Union's part in the follow-up;
b)\tResolution 1305 (2009), whose annex lists the public policy issues;
c)\tResolution 1332 on the Council's working groups;
d)\tResolution 102 (Rev. Dubai, 2018) of this conference,

resolves
1\tthat the Union goes on taking part in the summit's follow-up.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    type Cited = (Option<String>, String, Option<u16>, bool, Option<String>);
    let cited: Vec<Cited> = document
        .citations
        .iter()
        .map(|c| {
            (
                c.body.map(|b| b.to_string()),
                c.number.to_string(),
                c.edition.as_ref().and_then(|e| e.year),
                c.edition.as_ref().is_some_and(|e| e.revision && e.place.is_none()),
                c.body_from.map(|s| s.to_string()),
            )
        })
        .collect();
    let council = Some("Council".to_owned());
    let number = Some("number".to_owned());
    assert_eq!(
        cited,
        [
            (council.clone(), "1282".to_owned(), Some(2008), true, number.clone()),
            (council.clone(), "1305".to_owned(), Some(2009), false, number.clone()),
            (council, "1332".to_owned(), None, false, number),
            (
                Some("PP".to_owned()),
                "102".to_owned(),
                Some(2018),
                false,
                Some("attribution".to_owned())
            ),
        ]
    );
}

/// The Council's session year as an adjective before its name (`Resolution 1096 of the 1996
/// Council`) or after it (`la Résolution 1096 du Conseil de 1996`, `la Resolución 1096 del
/// Consejo de 1997`) is that resolution's edition.
#[test]
fn the_council_s_year_before_or_after_its_name() {
    for (text, year) in [
        ("in conformity with Resolution 1096 of the 1996 Council concerning field posts;", 1996),
        ("conformément à la Résolution 1096 du Conseil de 1996 relative aux postes;", 1996),
        ("de conformidad con la Resolución 1096 del Consejo de 1997 relativa a los empleos;", 1997),
    ] {
        let text = format!(
            "\
RESOLUTION 1143

Regional presence

The Council,

instructs the Director
1\tto take the necessary measures, {text}
"
        );
        let documents = scan(&text);
        assert_eq!(citations(&documents[0]), [format!("Council 1096 ({year})")], "{text}");
    }
}
