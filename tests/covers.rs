//! What stands before a resolution: a printed booklet's cover and foreword, a proposal's cover
//! fields, a Council document's cover naming its session, a note of the meeting that adopted
//! the text, and the labels a conference gives its drafts. None of it is a document, a title or
//! a citation of the resolution; what it tells of the resolution's identity is read. The
//! answers below were written from the texts by hand.

use isc_engine::Document;
use isc_suite::{cited as citations, identity as id};

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("covers.txt", text)
}

/// `(body, number, year)` of a document's identity.
fn identity_parts(document: &Document) -> Option<(String, String, Option<u16>)> {
    document.id.as_ref().map(|r| {
        (
            r.body.map(|b| b.to_string()).unwrap_or_default(),
            r.number.to_string(),
            r.edition.as_ref().and_then(|e| e.year),
        )
    })
}

/// The resolutions named before the resolution itself, as the JSON of the document lists them.
fn front_matter_references(document: &Document) -> Vec<String> {
    let json = serde_json::to_value(document).unwrap();
    json["front_matter_references"]
        .as_array()
        .map(|refs| {
            refs.iter()
                .map(|r| {
                    format!(
                        "{} {}",
                        r["body"].as_str().unwrap_or("?"),
                        r["number"].as_str().unwrap_or("?")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A booklet of one resolution copied from a PDF: the cover names the resolution and its title,
/// a foreword on the Sector's work cites the resolution on the approval of Recommendations, and
/// a running header stands above the heading.
const BOOKLET: &str = "\
INTERNATIONAL TELECOMMUNICATION UNION
ITU-T
TELECOMMUNICATION
STANDARDIZATION SECTOR
OF ITU
WORLD TELECOMMUNICATION STANDARDIZATION
ASSEMBLY
Florianópolis, 5-14 October 2004
Resolution 17 \u{2013} Telecommunication
standardization in relation to the interests
of developing countries
FOREWORD
The Standardization Sector is one of the permanent organs of the Union. It studies technical,
operating and tariff questions and issues Recommendations on them for the whole world.
Every four years its Assembly sets the topics its study groups work on, and the study groups
write Recommendations on those topics.
Recommendations are approved by the procedure that WTSA Resolution 1 sets out.
\u{a9} ITU 2004
All rights reserved.
ii
WTSA-2004 \u{2013} Resolution 17
RESOLUTION 17
Telecommunication standardization in relation to the
interests of developing countries1
(Geneva, 1996; Montreal, 2000; Florianópolis, 2004; Johannesburg, 2008)
The World Telecommunication Standardization Assembly (Johannesburg, 2008),
considering
that the developing countries meet many obstacles when they take part in the Sector's work, as
Resolution 123 (Rev. Antalya, 2006) of the Plenipotentiary Conference also notes,
resolves
1 that the Bureau helps the developing countries take part in the study groups' meetings.
";

/// The booklet's one resolution (see [`assert_the_booklet_s_resolution`]) with its title.
#[track_caller]
fn assert_the_booklet_s_resolution_and_title(documents: &[Document]) -> &Document {
    let document = assert_the_booklet_s_resolution(documents);
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Telecommunication standardization in relation to the interests of developing countries"
        )
    );
    document
}

#[test]
fn a_booklet_cover_and_foreword_are_neither_a_document_nor_citations() {
    let documents = scan(BOOKLET);
    let document = assert_the_booklet_s_resolution_and_title(&documents);
    assert_eq!(front_matter_references(document), ["WTSA 1"]);
}

/// The same booklet with its foreword wrapped so that a line holds the Assembly's name alone and
/// the next one opens with its acronym in parentheses and goes on with the sentence: no issuing
/// clause, so the cover still opens no document of its own.
#[test]
fn a_foreword_line_holding_the_assembly_s_name_alone_is_no_issuing_clause() {
    let text = BOOKLET.replace(
        "Every four years its Assembly sets the topics its study groups work on, and the study groups\n",
        "Every four years\nThe World Telecommunication Standardization Assembly\n(WTSA) sets the topics \
         its study groups work on, and the study groups\n",
    );
    assert!(text.contains("\nThe World Telecommunication Standardization Assembly\n(WTSA) sets"));
    assert_the_booklet_s_resolution_and_title(&scan(&text));
}

/// The same booklet whose cover prints the resolution's name in capitals with no edition, its
/// title on the lines under it, as a PDF's cover page gives it: the cover is no document; the
/// heading with the adoption history under its title opens the only one.
#[test]
fn a_booklet_cover_in_capitals_is_no_document() {
    let covers = [
        BOOKLET.replace(
            "Resolution 17 \u{2013} Telecommunication\nstandardization",
            "RESOLUTION 17\n\nTelecommunication\nstandardization",
        ),
        BOOKLET.replace(
            "Resolution 17 \u{2013} Telecommunication\nstandardization in relation to the interests\nof developing countries\n",
            "RESOLUTION 17\nTelecommunication standardization in relation to the interests of developing countries\n\n",
        ),
    ];
    for text in &covers {
        assert_ne!(text, BOOKLET);
        let documents = scan(text);
        assert_eq!(documents.len(), 1, "{:?}", documents.iter().map(id).collect::<Vec<_>>());
        let document = &documents[0];
        assert_eq!(identity_parts(document), Some(("WTSA".into(), "17".into(), Some(2008))));
        assert_eq!(citations(document), ["PP 123 (Rev. Antalya, 2006)"]);
    }
}

/// A proposal to a conference copied without its heading line: the cover's `Title:` field names
/// the resolution the proposal revises, the abstract names two resolutions, and a bare `MOD`
/// stands above the title.
const PROPOSAL: &str = "\
Source:\tITU Member States, members of the Regional Commonwealth in the field of Communications (RCC)
Title:\tDRAFT Revision to WTDC Resolution 17 - Implementation of regionally approved initiatives at the national, regional, interregional and global levels
Abstract:\tResolution 17 and Resolution 32 cover the same ground; the administrations propose to fold Resolution 32 into Resolution 17 and to suppress Resolution 32.

MOD

Implementation of regionally approved initiatives at the national, regional, interregional and global levels

The World Telecommunication Development Conference (Dubai, 2014Buenos Aires, 2017),

recalling

a)\tResolution 34 (Rev. Busan, 2014) of the Plenipotentiary Conference, on help to countries in special need;

resolves

1\tthat regional initiatives stay the Sector's main way of carrying out projects.
";

/// `documents` are [`PROPOSAL`]'s one draft: of WTDC 17, with its title, citing PP 34 only.
fn assert_the_proposal_s_draft(documents: &[Document]) -> &Document {
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(
        document.draft.as_ref().and_then(|d| d.modifies.as_ref()).map(|m| m.to_string()).as_deref(),
        Some("WTDC 17")
    );
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Implementation of regionally approved initiatives at the national, regional, interregional and global levels"
        )
    );
    assert_eq!(citations(document), ["PP 34 (Rev. Busan, 2014)"]);
    document
}

#[test]
fn a_proposal_cover_field_names_the_draft_and_its_abstract_cites_nothing() {
    let documents = scan(PROPOSAL);
    let document = assert_the_proposal_s_draft(&documents);
    // The abstract's mentions stay visible, none of them a citation; those of the resolution the
    // draft revises are self-references.
    assert_eq!(front_matter_references(document), ["WTDC 32", "WTDC 32", "WTDC 32"]);
}

/// A Council document whose cover names the session: its symbol (`C09/105`) and the line
/// `Council 2009`; the heading has no edition.
const COUNCIL_1305: &str = "\
Council 2009
Geneva, 20-30 October 2009
Document C09/105-E
28 October 2009
Original: English
RESOLUTION 1305
(adopted at the seventh Plenary Meeting)
Role of the Dedicated Group in identifying
Internet-related Public Policy issues
The Council,
recalling
Resolution 102 (Rev. Antalya, 2006) on the role of ITU in public policy issues of the Internet;
resolves
that the Dedicated Group keeps a list of the public policy issues it identifies.
";

/// `documents` are [`COUNCIL_1305`]'s one resolution, of the Council's 2009 session.
#[track_caller]
fn assert_council_1305(documents: &[Document]) {
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(identity_parts(document), Some(("Council".into(), "1305".into(), Some(2009))));
    assert_eq!(id(document).as_deref(), Some("Council 1305 (2009)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Role of the Dedicated Group in identifying Internet-related Public Policy issues")
    );
    assert_eq!(citations(document), ["PP 102 (Rev. Antalya, 2006)"]);
}

#[test]
fn a_council_cover_names_the_session_of_a_heading_without_edition() {
    assert_council_1305(&scan(COUNCIL_1305));
}

/// The same saved from a web page: the page's title, the heading with the title's first words
/// and the session (`RESOLUTION 1305 Role of the Dedicated Group in identifying Council 2009`),
/// stands above the cover, and the heading is not repeated under it. The cover still names the
/// session.
#[test]
fn a_council_cover_under_a_page_title_names_the_session() {
    let text = format!(
        "RESOLUTION 1305 Role of the Dedicated Group in identifying Council 2009\n\n{}",
        COUNCIL_1305.replace("RESOLUTION 1305\n", "")
    );
    assert_council_1305(&scan(&text));
}

/// The same in French, from a web page: the symbol `C97/132-F` and the session's year on the
/// cover, a note of the meeting under the heading.
#[test]
fn a_french_council_cover_names_the_session() {
    let text = "\
UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS
CONSEIL   Document C97/132-F
27 juin 1997
Original: anglais
GENÈVE \u{2014} SESSION 1997 \u{2014} (18 - 27 JUIN)
RÉSOLUTION 1112
(approuvée à la dixième séance plénière)
Recommandations du Groupe UIT-2000
Le Conseil,
considérant
que le rapport du Groupe touche à l'avenir de l'Union,
décide
que le rapport sera examiné à la prochaine session.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(identity_parts(document), Some(("Council".into(), "1112".into(), Some(1997))));
    assert_eq!(document.title.as_deref(), Some("Recommandations du Groupe UIT-2000"));
}

/// `text` is one resolution, Council 1158 (2000), without a title, citing PP 73 only.
fn assert_untitled_council_1158(text: &str) {
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1158 (2000)"));
    assert_eq!(document.title, None);
    assert_eq!(citations(document), ["PP 73 (Minneapolis, 1998)"]);
}

/// A web page's note of the meeting that adopted the text, without parentheses, is no title.
#[test]
fn a_note_of_the_adopting_meeting_without_parentheses_is_no_title() {
    let text = "\
Resolution 1158, ITU Council 2000
Approved at the eleventh Plenary Meeting
The Council,
considering
that Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference called for a world summit on the information society;
resolves
that the Secretary-General goes on preparing the summit.
";
    assert_untitled_council_1158(text);

    // Under a title, in Spanish.
    let text = "\
RESOLUCIÓN 1305
Aprobada en la séptima sesión plenaria
Función del Grupo Especializado en la identificación de los temas de política pública relacionados con Internet
El Consejo,
resuelve
que el Grupo Especializado establezca una lista de los temas de política pública.
";
    let documents = scan(text);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Función del Grupo Especializado en la identificación de los temas de política pública relacionados con Internet"
        )
    );
}

/// A draft's note that it stands as the conference approved it (`as approved by the
/// Conference`), in small letters under the heading, is no title either.
#[test]
fn a_note_that_the_draft_stands_as_approved_is_no_title() {
    let text = "\
Resolution [COM5/14]
as approved by the Conference
Internet Protocol (IP)-based networks
The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),
considering
that networks built on the Internet Protocol change how information travels;
resolves
that the three Sectors study these networks together.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(document.draft.as_ref().and_then(|d| d.label.as_deref()), Some("COM5/14"));
    assert_eq!(document.title.as_deref(), Some("Internet Protocol (IP)-based networks"));

    // In French and Spanish, and adopted rather than approved.
    for (note, title) in [
        ("telle qu'approuvée par la Conférence", "Réseaux fondés sur le protocole Internet (IP)"),
        ("tal como fue adoptada por la Conferencia", "Redes basadas en el protocolo Internet (IP)"),
        ("as adopted by the Conference", "Internet Protocol (IP)-based networks"),
    ] {
        let text = format!(
            "RESOLUTION [COM5/14]\n{note}\n{title}\nThe Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),\nresolves\nthat the three Sectors study these networks together.\n"
        );
        let documents = scan(&text);
        assert_eq!(documents[0].title.as_deref(), Some(title), "{note}");
    }
}

/// The one document read from `text`: the draft labelled `GT-PLEN/6`, no identity, its title
/// `title`.
fn one_committee_draft(text: &str, title: &str) -> Document {
    let mut documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = documents.remove(0);
    assert_eq!(document.id, None);
    assert_eq!(document.draft.as_ref().and_then(|d| d.label.as_deref()), Some("GT-PLEN/6"));
    assert_eq!(document.title.as_deref(), Some(title));
    document
}

/// A draft before the conference gives it a number: the heading carries the label of the
/// committee's document (`GT-PLEN/6`, `COM5/3`) where the number will stand.
#[test]
fn a_heading_with_a_committee_label_is_a_draft() {
    let text = "\
RESOLUTION GT-PLEN/6 (Antalya, 2006)

ITU's role in implementing the outcomes of the
World Summit on the Information Society

The Plenipotentiary Conference of the International Telecommunication Union (Antalya, 2006),

recalling

a) Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference, which reached its aims for both phases of the Summit;

b) Resolution 113 (Marrakesh, 2002) of the Plenipotentiary Conference;

c) Decision 8 (Marrakesh, 2002) of the Plenipotentiary Conference,

resolves

1 that the Union goes on taking part in the Summit's follow-up.
";
    let document = one_committee_draft(
        text,
        "ITU's role in implementing the outcomes of the World Summit on the Information Society",
    );
    assert_eq!(citations(&document), ["PP 73 (Minneapolis, 1998)", "PP 113 (Marrakesh, 2002)"]);

    let text = "RESOLUTION COM5/3\n\nFinancial plan of the Union\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\n\nresolves\n\n1 to approve the plan.\n";
    let documents = scan(text);
    assert_eq!(documents[0].draft.as_ref().and_then(|d| d.label.as_deref()), Some("COM5/3"));
    assert_eq!(documents[0].title.as_deref(), Some("Financial plan of the Union"));
}

/// A web page setting the label and the place in small capitals gives them, copied, in small
/// letters (`RESOLUCIÓN gt-plen/6 (antalya, 2006)`): the same draft, its label in capitals as the
/// committee writes it.
#[test]
fn a_committee_label_copied_in_small_letters() {
    let text = "\
RESOLUCIÓN gt-plen/6 (antalya, 2006)

Función de la UIT en la puesta en práctica de los resultados de la
Cumbre Mundial sobre la Sociedad de la Información

La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones
(Antalya, 2006),

recordando
a) la Resolución 113 (Marrakech, 2002) de la Conferencia de Plenipotenciarios,

resuelve
1 que la Unión siga participando en el seguimiento de la Cumbre.
";
    let document = one_committee_draft(
        text,
        "Función de la UIT en la puesta en práctica de los resultados de la Cumbre Mundial sobre la Sociedad de la Información",
    );
    assert_eq!(citations(&document), ["PP 113 (Marrakesh, 2002)"]);
}

/// A compilation of the Council's resolutions gives the session that adopted one and the session
/// that last amended it; the last amendment is the edition in force.
#[test]
fn a_compilation_heading_with_the_session_of_the_last_amendment() {
    for heading in ["R 800 (C-1977, dernière mod. C-1984)", "R 800 (C-1977, last amended C-1984)"]
    {
        let text = format!(
            "\u{2013} 159 \u{2013}\n\n{heading}\nLes télécommunications, un facteur important du développement économique et social\nLe Conseil,\nnotant\na) que le développement des télécommunications intéresse de nombreuses organisations;\ndécide\nde charger le Secrétaire général de faire rapport.\n"
        );
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{heading}");
        let document = &documents[0];
        assert_eq!(
            identity_parts(document),
            Some(("Council".into(), "800".into(), Some(1984))),
            "{heading}"
        );
        assert!(document.id.as_ref().and_then(|r| r.edition.as_ref()).is_some_and(|e| e.revision));
        assert_eq!(
            document.title.as_deref(),
            Some(
                "Les télécommunications, un facteur important du développement économique et social"
            ),
            "{heading}"
        );
    }
}

/// [`BOOKLET`] with its foreword's sentence on the Assembly's work written as `sentence`.
fn booklet_saying(sentence: &str) -> String {
    let text = BOOKLET.replace(
        "Every four years its Assembly sets the topics its study groups work on, and the study groups\nwrite Recommendations on those topics.",
        sentence,
    );
    assert!(text.contains(sentence));
    text
}

/// `documents` are the booklet's one resolution, WTSA 17 (2008), citing PP 123 only.
fn assert_the_booklet_s_resolution(documents: &[Document]) -> &Document {
    assert_eq!(documents.len(), 1, "{:?}", documents.iter().map(id).collect::<Vec<_>>());
    let document = &documents[0];
    assert_eq!(identity_parts(document), Some(("WTSA".into(), "17".into(), Some(2008))));
    assert_eq!(citations(document), ["PP 123 (Rev. Antalya, 2006)"]);
    document
}

/// A foreword's sentence about the Assembly opens like an issuing clause (`The World
/// Telecommunication Standardization Assembly (WTSA), which ...`): it is prose, so the cover's
/// title above it opens no document.
#[test]
fn a_foreword_sentence_about_the_assembly_is_no_issuing_clause() {
    let text = booklet_saying(
        "The World Telecommunication Standardization Assembly (WTSA), which meets every four years,\nsets the topics its study groups work on.",
    );
    let documents = scan(&text);
    let document = assert_the_booklet_s_resolution(&documents);
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Telecommunication standardization in relation to the interests of developing countries"
        )
    );
}

/// The same proposal under a full cover page: the conference, the meeting, the document's
/// number, date and language, and the proposal's steps stand before the draft, more lines than
/// a resolution's top ever has.
#[test]
fn a_proposal_under_a_long_cover_page() {
    let cover = "\
WTDC-17/23(Add.10)-E\tPage 1

World Telecommunication Development
Conference 2017 (WTDC-17)
Buenos Aires, Argentina, 9-20 October 2017

PLENARY MEETING\tAddendum 10 to
\tDocument WTDC-17/23-E
\t4 September 2017
\tOriginal: Russian

";
    let steps = "
1)\tApprove the revised text of Resolution 17 set out below.

2)\tSuppress Resolution 32.
";
    let text = PROPOSAL.replacen("\nMOD\n", &format!("{steps}\nMOD\n"), 1);
    assert_the_proposal_s_draft(&scan(&format!("{cover}{text}")));
}

/// The proposal copied without its blank lines and without the action above the draft, its
/// steps naming the resolutions in quotation marks, the last step's full stop after the
/// closing mark: the steps are the cover's, and the draft's title the line above its issuing
/// clause.
#[test]
fn a_proposal_s_steps_in_quotation_marks_without_blank_lines_above_the_title() {
    let steps = "\
Title:\tDRAFT Revision to WTDC Resolution 17 - Implementation of regionally approved initiatives at the national, regional, interregional and global levels
The administrations propose to fold Resolution 32 into Resolution 17.
1)Approve the revised text of Resolution 17 \u{201c}Implementation of regionally approved initiatives at the national, regional, interregional and global levels\u{201d} set out below.
2)Suppress Resolution 32 \u{201c}International and regional cooperation on regional initiatives\u{201d}.
";
    let draft = &PROPOSAL[PROPOSAL.find("MOD\n\n").unwrap() + "MOD\n\n".len()..];
    let text = format!("{steps}{}", draft.replace("\n\n", "\n"));
    assert_the_proposal_s_draft(&scan(&text));
}

/// The foreword wrapped at a narrow width: the sentence about the Assembly breaks right after
/// `(WTSA),`, its next line going on in lower case. Still prose, no issuing clause.
#[test]
fn a_foreword_sentence_wrapped_after_the_assembly_s_name_is_no_issuing_clause() {
    let text = booklet_saying(
        "The World Telecommunication Standardization Assembly (WTSA),\nwhich meets every four years,\nsets the topics its study groups work on.",
    );
    assert_the_booklet_s_resolution(&scan(&text));
}

/// A web page that lost the clause words in italics: the issuing clause is followed right away
/// by the items (`that Resolution 73 ...`), which go on in lower case. It is still the issuing
/// clause, and no title.
#[test]
fn an_issuing_clause_followed_by_items_without_their_clause_word() {
    let text = "\
Resolution 1158, ITU Council 2000
Approved at the eleventh Plenary Meeting
The Council,
that Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference called for a world summit on the information society;
that several agencies of the United Nations system wish to take part in organizing the summit,
that the Secretary-General goes on preparing the summit.
";
    assert_untitled_council_1158(text);
}

/// A Council web page run onto one line: the cover's session (`Council 2015`) stands inside the
/// line, after the page number, and still names the heading's session.
#[test]
fn a_council_cover_run_onto_one_line_names_the_session() {
    let text = "- 1 - Council 2015 Geneva, 12-22 May 2015 / Original: English Resolution 1306 ITU's role with regard to international public policy issues concerning the protection of children online The Council, a) that children are among the most active users of the Internet; b) that Resolution 179 (Rev. Busan, 2014) of the Plenipotentiary Conference deals with child online protection, resolves 1 to keep the work on the protection of children online going.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1306 (2015)"));
    assert_eq!(citations(document), ["PP 179 (Rev. Busan, 2014)"]);
}

/// The same kind of proposal with a longer cover, hard-wrapped at 64 columns as a PDF copy
/// gives it: the cover runs to twenty lines above the issuing clause, which still opens the
/// draft, so the cover's mentions cite nothing.
#[test]
fn a_proposal_cover_wrapped_at_a_narrow_width() {
    let text = "\
Source:\tITU Member States, members of the Regional Commonwealth
in the field of Communications (RCC)
Title:\tDRAFT Revision to WTDC Resolution 17 - Implementation of
regionally approved initiatives at the national, regional, inte-
rregional and global levels
Abstract:\tResolution 17 and Resolution 32 cover the same ground;
the administrations propose to fold Resolution 32 into Resolution
17 and to suppress Resolution 32 afterwards, so that one text
deals with regional initiatives.

The administrations propose merging Resolution 17 on regionally
approved initiatives and Resolution 32 on international and
regional cooperation on regional initiatives.

1)\tApprove the revised text of Resolution 17 as set out in the
attachment to this document.

2)\tSuppress Resolution 32.

MOD

Implementation of regionally approved initiatives at the
national, regional, interregional and global levels

The World Telecommunication Development Conference (Dubai,
2014Buenos Aires, 2017),

recalling

a)\tResolution 34 (Rev. Busan, 2014) of the Plenipotentiary
Conference, on help to countries in special need;

resolves

1\tthat regional initiatives stay the Sector's main way of
carrying out projects.
";
    let documents = scan(text);
    let document = assert_the_proposal_s_draft(&documents);
    assert_eq!(
        front_matter_references(document),
        ["WTDC 32", "WTDC 32", "WTDC 32", "WTDC 32", "WTDC 32"]
    );
}

/// Two resolutions of a compilation of the Council's resolutions that prints each session after
/// the title, on a line of its own.
const COUNCIL_BOOK: &str = "\
R 741
Conditions for the participation of liberation organizations in meetings of the Union
(C-1974, last amended C-1984)
The Council,
considering
Resolution 4 of the Plenipotentiary Conference (Nairobi, 1982) on observers,
decides
that the organizations listed may attend meetings of the Union.

R 1141
Reducing the volume and cost of documentation for conferences, assemblies and the Council
(C-1999)
The Council,
considering
Resolutions 66 and 104 (Minneapolis, 1998) of the Plenipotentiary Conference,
resolves
to keep the documents short.
";

/// A compilation of the Council's resolutions that prints each session after the title, on a
/// line of its own (`R 741` / title / `(C-1974, last amended C-1984)`): each is a document with
/// its edition, the session line no title's.
#[test]
fn a_council_compilation_with_the_session_after_the_title() {
    let text =
        format!("\u{2013} 80 \u{2013}\t(3.1 \u{2013} Conferences and meetings)\n\n{COUNCIL_BOOK}");
    let documents = scan(&text);
    let found: Vec<_> = documents.iter().map(identity_parts).collect();
    assert_eq!(
        found,
        [
            Some(("Council".into(), "741".into(), Some(1984))),
            Some(("Council".into(), "1141".into(), Some(1999)))
        ]
    );
    assert_eq!(
        documents[1].title.as_deref(),
        Some(
            "Reducing the volume and cost of documentation for conferences, assemblies and the Council"
        )
    );
    assert_eq!(citations(&documents[0]), ["PP 4 (Nairobi, 1982)"]);
    assert_eq!(
        citations(&documents[1]),
        ["PP 66 (Minneapolis, 1998)", "PP 104 (Minneapolis, 1998)"]
    );
}

/// The same compilation renders each edition by its session's year, and reads the same when a
/// copy runs it onto one line.
#[test]
fn a_council_compilation_with_the_session_after_the_title_renders_and_flattens() {
    for layout in [COUNCIL_BOOK.to_owned(), COUNCIL_BOOK.replace('\n', " ")] {
        let documents = scan(&layout);
        let found: Vec<Option<String>> = documents.iter().map(id).collect();
        assert_eq!(
            found,
            [Some("Council 741 (Rev. 1984)".to_owned()), Some("Council 1141 (1999)".to_owned())],
            "{layout}"
        );
        assert_eq!(
            documents[0].title.as_deref(),
            Some(
                "Conditions for the participation of liberation organizations in meetings of the Union"
            )
        );
    }
}

/// The prepublished resolution of the tests below: a cover, a notice, a foreword, then the title
/// again with the edition and the issuing clause.
const PREPUBLISHED: &str = "\
Dubai, 20-29 November 2012
Resolution 1 \u{2013} Rules of procedure of the ITU
Telecommunication Standardization Sector
This unedited text of a resolution just approved will give way to the edited one,
which may differ from it.

The Standardization Sector is one of the permanent organs of the Union. It studies technical,
operating and tariff questions and issues Recommendations on them for the whole world.
Every four years its Assembly sets the topics its study groups work on, and the study groups
write Recommendations on those topics, which members then apply in their networks.
\u{a9} ITU 2012
All rights reserved. This text may not be copied in any form without the written leave of
the Union.

Rules of procedure of the ITU Telecommunication
Standardization Sector (ITU-T)
(Dubai, 2012)1
The World Telecommunication Standardization Assembly (Dubai, 2012),
considering
that the Sector's functions are set out in the Constitution and the Convention;
resolves
to adopt the rules of procedure in the annex.
";

/// A prepublished resolution: its cover names it with a dash and the title's first words
/// (`Resolution 1 – Rules of procedure of the ITU` / `Telecommunication Standardization Sector`),
/// a notice and a foreword follow, then the title again with the edition and the issuing
/// clause. The heading on the cover names the resolution; the body and edition come from the
/// clause, the title from the lines above it.
#[test]
fn a_prepublication_cover_heading_with_the_title_again_above_the_clause() {
    let text = PREPUBLISHED;
    assert_the_rules_of_procedure(text);
}

/// `text` holds one document, the prepublished WTSA Resolution 1 with its whole title.
#[track_caller]
fn assert_the_rules_of_procedure(text: &str) {
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTSA 1 (Dubai, 2012)"), "{text}");
    assert_eq!(
        document.title.as_deref(),
        Some("Rules of procedure of the ITU Telecommunication Standardization Sector (ITU-T)"),
        "{text}"
    );
}

/// The prepublished resolution's page title, which cuts the title short and keeps its
/// abbreviation.
const CUT_PAGE_TITLE: &str =
    "ITU-T Resolution 1 \u{2013} Rules of procedure of the ITU (ITU-T)\n\n";

/// The same prepublished resolution under its page's title, which cuts the title short and
/// keeps its abbreviation (`ITU-T Resolution 1 – Rules of procedure of the ITU (ITU-T)`), with
/// the cover's lines or without them: the title is the one right above the edition and the
/// issuing clause.
#[test]
fn a_page_title_cutting_the_title_short_above_the_whole_title() {
    let whole = "\
Rules of procedure of the ITU Telecommunication
Standardization Sector (ITU-T)
(Dubai, 2012)1
The World Telecommunication Standardization Assembly (Dubai, 2012),
that the Sector's functions are set out in the Constitution and the Convention;
resolves
to adopt the rules of procedure in the annex.
";
    let cover = "\
Dubai, 20-29 November 2012
Resolution 1 \u{2013} Rules of procedure of the ITU
Telecommunication Standardization Sector
This unedited text of a resolution just approved will give way to the edited one.
\u{a9} ITU 2012
All rights reserved.
";
    for text in [format!("{CUT_PAGE_TITLE}{cover}{whole}"), format!("{CUT_PAGE_TITLE}{whole}")] {
        assert_the_rules_of_procedure(&text);
    }
}

/// The prepublished resolution whose cover, notice and foreword run on without a blank line
/// down to the title above the edition and the issuing clause: the title is the lines under
/// the foreword's last sentence, under the page's title and without it.
#[test]
fn a_title_under_a_foreword_that_runs_on_without_a_blank_line() {
    // The notice, the foreword and the title run on without a blank line, and the first clause
    // word is lost.
    let text = PREPUBLISHED.replace("\n\n", "\n").replace("considering\n", "");
    for text in [format!("{CUT_PAGE_TITLE}{text}"), text] {
        assert_the_rules_of_procedure(&text);
    }
}

/// A title wrapped right after an abbreviation's full stop (`... Resolution 122 (Rev.` /
/// `Antalya, 2006) on ...`) under a cover run on without a blank line: the abbreviation ends no
/// sentence, and the title is whole.
#[test]
fn a_title_wrapped_after_an_abbreviation_s_full_stop_under_a_cover() {
    let text = "\
Johannesburg, 21-30 October 2008
This text is published before its final editing.
All rights reserved.
Implementation of Resolution 122 (Rev.
Antalya, 2006) on the evolving role of the World Telecommunication
Standardization Assembly
(Johannesburg, 2008)
The World Telecommunication Standardization Assembly (Johannesburg, 2008),
considering
a) that the Plenipotentiary Conference asked for a symposium before each assembly;
resolves
1 to hold the symposium.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World Telecommunication Standardization Assembly"
        )
    );
}

/// A web page's note of the adopting meeting without parentheses on the title's line (`Approved
/// at the fifteenth Plenary Meeting ITU Preparation activities ...`), laid out or copied onto
/// one line: the title starts after the meeting, in English, French and Spanish.
#[test]
fn a_note_of_the_adopting_meeting_on_the_title_s_line_is_no_part_of_the_title() {
    let title = "ITU Preparation activities for the World Summit on the Information Society";
    let english = format!(
        "Resolution 1179, ITU Council 2001\nApproved at the fifteenth Plenary Meeting {title}\nThe Council,\nconsidering\nthat Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference called for the Summit;\nresolves\nthat the Secretary-General goes on with the preparations.\n"
    );
    for text in [english.clone(), english.replace('\n', " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("Council 1179 (2001)"), "{text}");
        assert_eq!(documents[0].title.as_deref(), Some(title), "{text}");
    }
    for (note, title, clause) in [
        (
            "Approuvée à la quinzième séance plénière",
            "Activités préparatoires de l'UIT pour le Sommet mondial sur la société de l'information",
            "Le Conseil,\nconsidérant\nque la Conférence a demandé le Sommet;\ndécide\nde poursuivre.",
        ),
        (
            "Aprobada en la decimoquinta sesión plenaria",
            "Actividades preparatorias de la UIT para la Cumbre Mundial sobre la Sociedad de la Información",
            "El Consejo,\nconsiderando\nque la Conferencia pidió la Cumbre;\nresuelve\nproseguir.",
        ),
    ] {
        let text = format!("RESOLUTION 1179\n{note} {title}\n{clause}\n");
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(documents[0].title.as_deref(), Some(title), "{text}");
    }
}

/// A note of the adopting meeting on the heading's line, after the number or the label
/// (`Resolution [COM5/14] as approved by the Conference`, `RESOLUTION 1305 (adopted at the
/// seventh Plenary Meeting)`), leaves the heading a heading.
#[test]
fn an_adoption_note_on_the_heading_s_line() {
    let text = "\
Resolution [COM5/14] as approved by the Conference
Use of telecommunications for disaster relief
The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),
considering
a) that Resolution 36 (Kyoto, 1994) asks for telecommunications in relief work;
resolves
1 to help.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(document.draft.as_ref().and_then(|d| d.label.as_deref()), Some("COM5/14"));
    assert_eq!(document.title.as_deref(), Some("Use of telecommunications for disaster relief"));
    assert_eq!(citations(document), ["PP 36 (Kyoto, 1994)"]);

    let text = "\
Document C09/105-E
RESOLUTION 1305 (adopted at the seventh Plenary Meeting)
Role of the Dedicated Group in identifying Internet-related public policy issues
The Council,
considering
a) that the Group reports to the Council;
resolves
1 that the Group goes on.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("Council 1305 (2009)"));
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Role of the Dedicated Group in identifying Internet-related public policy issues")
    );
}

/// A proposal whose copy ends with its cover: the fields, an introduction naming the resolutions
/// it would revise, and no resolution text. Nothing in it is a resolution, so nothing is cited;
/// the mentions stay visible.
#[test]
fn a_proposal_cover_with_no_resolution_after_it_cites_nothing() {
    let text = "\
Source:\tMember States of the Asia-Pacific Telecommunity
Title:\tProposals for the work of the conference
Abstract:\tThe administrations propose to revise Resolution 25 (Rev. Dubai, 2018) and Resolution 123 (Rev. Dubai, 2018).

Introduction

The administrations of the region read Resolution 25 as the basis of the regional offices' work, and ask that Resolution 123 keep its programme of workshops.
";
    let documents = scan(text);
    assert_no_resolution_cited(&documents);
    let mentioned: Vec<String> = documents.iter().flat_map(front_matter_references).collect();
    assert_eq!(mentioned.len(), 4, "{mentioned:?}");
}

/// The cover of a plenary document in two columns, and its list of proposals naming the
/// resolutions they revise by number and title: no resolution text, nothing cited.
#[test]
fn a_plenary_document_s_list_of_proposals_cites_nothing() {
    let text = "\
Plenipotentiary Conference (PP-22)
Bucharest, 26 September - 14 October 2022

PLENARY MEETING                                   Addendum 2 to
                                                  Document 41-E
                                                  12 September 2022
                                                  Original: English

Member States of the Asia-Pacific Telecommunity

COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE

APT/41A2/1    Revision of Resolution 25: Strengthening the regional presence
APT/41A2/2    Revision of Resolution 123: Bridging the standardization gap between developing
              and developed countries
";
    let documents = scan(text);
    assert_no_resolution_cited(&documents);
}

/// The same kind of list copied from a web page onto one line, its proposals naming the
/// resolutions they revise with their editions: still no resolution text, nothing cited.
#[test]
fn a_list_of_proposals_on_one_line_cites_nothing() {
    let text = "Plenipotentiary Conference (PP-22) Bucharest, 26 September - 14 October 2022 PLENARY MEETING Addendum 2 to Document 41-E 12 September 2022 Original: English Member States of the Asia-Pacific Telecommunity COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE APT/41A2/1 Revision of Resolution 25 (Rev. Dubai, 2018): Strengthening the regional presence APT/41A2/2 Revision of Resolution 123 (Rev. Dubai, 2018): Bridging the standardization gap between developing and developed countries APT/41A2/3 Revision of Resolution 11 (Rev. Dubai, 2018): ITU Telecom events\n";
    let documents = scan(text);
    assert_no_resolution_cited(&documents);
}

/// `documents`, read from a text holding no resolution, are at least one, none with an
/// identity or a citation.
fn assert_no_resolution_cited(documents: &[Document]) {
    assert!(!documents.is_empty());
    for document in documents {
        assert_eq!(document.id, None);
        assert!(citations(document).is_empty(), "{:?}", citations(document));
    }
}

/// The booklet with no heading over the resolution's first page, only the page's running header
/// (`WTSA-2004 – Resolutions`, its page number glued to it or apart) above the title: the cover's
/// heading with the title after a dash names the resolution, and everything between it and the
/// title over the issuing clause (the foreword, the running header) is the booklet's, no
/// citation.
#[test]
fn without_a_heading_on_its_first_page_the_booklet_s_foreword_cites_nothing() {
    for header in ["WTSA-2004 \u{2013} Resolutions1", "WTSA-2004 \u{2013} Resolutions 1"] {
        let text = BOOKLET
            .replace("WTSA-2004 \u{2013} Resolution 17\nRESOLUTION 17\n", &format!("{header}\n"));
        let documents = scan(&text);
        let document = assert_the_booklet_s_resolution_and_title(&documents);
        assert!(front_matter_references(document).contains(&"WTSA 1".to_owned()), "{header}");
    }
}

/// The same booklet copied onto one line, its first page's running header glued to its page
/// number (`WTSA-2004 – Resolutions1`) before the title: `Resolutions1` is the plural of a
/// running title with a page number, no heading of Resolution 1, and the cover's heading still
/// names the resolution.
#[test]
fn the_booklet_on_one_line_with_its_running_header_glued_to_its_page_number() {
    let text = BOOKLET
        .replace(
            "WTSA-2004 \u{2013} Resolution 17\nRESOLUTION 17\n",
            "WTSA-2004 \u{2013} Resolutions1\n",
        )
        .replace('\n', " ");
    let documents = scan(&text);
    let ids: Vec<Option<String>> = documents.iter().map(id).collect();
    assert!(!ids.contains(&Some("WTSA 1 (Johannesburg, 2008)".to_owned())), "{ids:?}");
    assert_the_booklet_s_resolution(&documents);
}

/// A note of the adopting meeting that names the meeting by its body (`as approved by the
/// Conference`), with the title after it on its line: the title starts after the body, laid out
/// and copied onto one line.
#[test]
fn a_note_naming_the_adopting_body_before_the_title_on_its_line() {
    let text = "\
Resolution [COM5/14]
as approved by the Conference Internet Protocol (IP)-based networks
The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),
considering
a) that Resolution 101 (Minneapolis, 1998) deals with the networks;
resolves
1 to go on with the studies.
";
    for text in [text.to_owned(), text.replace('\n', " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        let document = &documents[0];
        assert_eq!(document.draft.as_ref().and_then(|d| d.label.as_deref()), Some("COM5/14"));
        assert_eq!(document.title.as_deref(), Some("Internet Protocol (IP)-based networks"));
    }
}

/// A text with no heading, opening with the note of the adopting meeting and the title on one
/// line (`Approved at the fifteenth Plenary Meeting ITU Preparation activities ...`): the title
/// starts after the meeting, laid out and copied onto one line.
#[test]
fn a_note_before_the_title_of_a_text_without_a_heading() {
    let title = "ITU Preparation activities for the World Summit on the Information Society";
    let text = format!(
        "Approved at the fifteenth Plenary Meeting {title}\nThe Council,\nnoting\nthat Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference called for the Summit;\nresolves\nthat the Secretary-General goes on with the preparations.\n"
    );
    for text in [text.clone(), text.replace('\n', " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(documents[0].title.as_deref(), Some(title), "{text}");
        assert_eq!(citations(&documents[0]), ["PP 73 (Minneapolis, 1998)"]);
    }
}

/// A note of the adopting meeting in parentheses before the title on its line, the title in small
/// letters as the page prints it (`(approved at the tenth Plenary Meeting) telecom surplus
/// funds`): the note is no part of the title.
#[test]
fn a_note_in_parentheses_before_the_title_on_its_line() {
    let text = "\
Resolution 1111
(approved at the tenth Plenary Meeting) telecom surplus funds
The Council,
considering
the part of Resolution 11 (Kyoto, 1994) of the Plenipotentiary Conference on the funds;
resolves
that the funds go to the projects.
";
    for text in [text.to_owned(), text.replace('\n', " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("Council 1111"), "{text}");
        assert_eq!(documents[0].title.as_deref(), Some("telecom surplus funds"), "{text}");
    }
}

/// A cover's lines between the heading and the title, the title's first words cut short above
/// them as a page's title, then the note of the adopting meeting in parentheses and the whole
/// title (`Role of the Dedicated Group in identifying` / `Council 2009 ... Original: English` /
/// `(adopted at the seventh Plenary Meeting) Role of the Dedicated Group ...`): the title is the
/// one after the note, laid out as one run of words and copied onto one line.
#[test]
fn the_title_after_a_note_of_the_adopting_meeting_past_a_cover() {
    let title = "Role of the Dedicated Group in identifying Internet-related Public Policy issues";
    let text = format!(
        "RESOLUTION 1305\nRole of the Dedicated Group in identifying Council 2009 Geneva, 20-30 October 2009 Document C09/105-E 28 October 2009 Original: English (adopted at the seventh Plenary Meeting) {title}\nThe Council,\nconsidering\nResolution 102 (Rev. Antalya, 2006) of the Plenipotentiary Conference on the Internet;\nresolves\nthat the Group goes on.\n"
    );
    for text in [text.clone(), text.replace('\n', " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("Council 1305 (2009)"), "{text}");
        assert_eq!(documents[0].title.as_deref(), Some(title), "{text}");
        assert_eq!(citations(&documents[0]), ["PP 102 (Rev. Antalya, 2006)"]);
    }
}

/// A booklet's cover heading with its title after a dash, then the publication's foreword that
/// opens by naming the Union (`The International Telecommunication Union (ITU) is ...`), cut
/// before the resolution's own text: laid out, or copied onto one line where the title runs on
/// into the foreword, the title is the cover's, in English and French.
#[test]
fn a_cover_title_run_on_into_the_publication_s_foreword() {
    let cases = [
        (
            "Montreal, 27 September \u{2013} 6 October 2000\nResolution 18 \u{2013} Principles and procedures for the allocation of work to, and coordination between, the Radiocommunication and\nTelecommunication Standardization Sectors\nThe International Telecommunication Union (ITU) is the body of the United Nations for telecommunications. Its Standardization Sector writes Recommendations on what its study groups study.\nThe World Telecommunication Standardization Assembly, which meets every four years, sets the topics of those studies.\n",
            "Principles and procedures for the allocation of work to, and coordination between, the Radiocommunication and Telecommunication Standardization Sectors",
        ),
        (
            "Montr\u{e9}al, 27 septembre \u{2013} 6 octobre 2000\nR\u{e9}solution 18 \u{2013} Principes et proc\u{e9}dures d'attribution des travaux aux Secteurs des radiocommunications et de la normalisation des t\u{e9}l\u{e9}communications\nL'Union internationale des t\u{e9}l\u{e9}communications (UIT) est l'organe des Nations Unies pour les t\u{e9}l\u{e9}communications. Son Secteur de la normalisation r\u{e9}dige des Recommandations.\n",
            "Principes et proc\u{e9}dures d'attribution des travaux aux Secteurs des radiocommunications et de la normalisation des t\u{e9}l\u{e9}communications",
        ),
    ];
    for (text, title) in cases {
        for text in [text.to_owned(), text.replace('\n', " ")] {
            let documents = scan(&text);
            assert_eq!(documents.len(), 1, "{text}");
            assert_eq!(documents[0].title.as_deref(), Some(title), "{text}");
        }
    }
}

/// The booklet saved from a document-sharing page: the page's title names the resolution and
/// its title above the booklet, whose cover prints the resolution's name in capitals with its
/// title after a dash, or in small letters, under the Union's name or under it with its letters
/// spaced out (more lines above the cover's heading). Neither the page's title nor the cover is
/// a document: the heading with the adoption history under its title opens the only one.
#[test]
fn a_page_title_above_a_booklet_cover_with_a_dash_title_is_no_document() {
    let page_title = "ITU-T Resolution 17 \u{2013} Telecommunication standardization in relation to the interests of developing countries\n\nadvertisement\n";
    let spaced = "I n t e r n a t i o n a l\nT e l e c o m m u n i c a t i o n\nU n i o n\n";
    for cover in [
        "RESOLUTION 17 \u{2013} Telecommunication".to_owned(),
        "Resolution 17 \u{2013} Telecommunication".to_owned(),
        format!("{spaced}RESOLUTION 17 \u{2013} Telecommunication"),
        format!("{spaced}Resolution 17 \u{2013} Telecommunication"),
    ] {
        let text = format!(
            "{page_title}{}",
            BOOKLET.replace("Resolution 17 \u{2013} Telecommunication", &cover)
        );
        let documents = scan(&text);
        assert_eq!(
            documents.len(),
            1,
            "{cover}: {:?}",
            documents.iter().map(id).collect::<Vec<_>>()
        );
        assert_the_booklet_s_resolution_and_title(&documents);
    }
}

/// A Council document with no heading, its cover's fields, the session and the note of the
/// meeting that adopted it above the title, as lines or copied onto one line: the title is the
/// words between the note and the issuing clause; the cover is front matter and the resolution
/// the preamble recalls is cited.
#[test]
fn a_cover_and_a_note_run_on_to_the_title_of_a_text_with_no_heading() {
    let lines = "\
Document C03/84-E
16 May 2003
Original: English
2003 SESSION \u{2014} (5 - 16 MAY)
(approved at the fourteenth Plenary Meeting)
ITU preparatory activity for WSIS
The Council,
recalling
Resolution 73 of the Plenipotentiary Conference (Minneapolis, 1998) on the summit,
resolves
1\tthat the working group goes on preparing the Union's contribution.
";
    let flat = lines.replace(['\n', '\t'], " ");
    for text in [lines, flat.as_str()] {
        let documents = scan(text);
        assert_eq!(documents.len(), 1, "{text}");
        let document = &documents[0];
        assert_eq!(document.title.as_deref(), Some("ITU preparatory activity for WSIS"), "{text}");
        assert_eq!(citations(document), ["PP 73 (Minneapolis, 1998)"], "{text}");
    }
}
