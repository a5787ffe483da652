//! Texts as copying tools and web pages hand them over: a converter's numbered chunks cutting
//! words in two, a page title holding the heading and the first words of the title, a proposal
//! whose only title is the one of its revision line, a title in capitals run into a one-line
//! text, and a title wrapped over a blank line. The answers below were written from the texts by
//! hand.

use isc_engine::Document;
use isc_suite::{cited as citations, identity as id};

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("copies.txt", text)
}

/// The one document read from `text`, checked for its identity, title and citations as
/// rendered.
fn one_document(text: &str, id_: &str, title: &str, cited: &[&str]) -> Document {
    let mut documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    let document = documents.remove(0);
    assert_eq!(id(&document).as_deref(), Some(id_), "{text}");
    assert_eq!(document.title.as_deref(), Some(title), "{text}");
    assert_eq!(citations(&document), cited, "{text}");
    document
}

/// The document's mentions of itself, as rendered: another edition of its own resolution among
/// them, which it does not cite.
fn own(document: &Document) -> Vec<String> {
    document.self_references.iter().map(|c| c.resolution().to_string()).collect()
}

fn themes(document: &Document) -> Vec<&str> {
    document.themes.iter().map(|t| t.id.as_str()).collect()
}

/// A published resolution copied onto one line: the cover page, its foreword, the running header
/// and page number glued before the heading, and the resolution.
const ONE_LINE: &str = "International Telecommunication Union ITU-T TELECOMMUNICATION \
STANDARDIZATION SECTOR OF ITU WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY Johannesburg, \
21-30 October 2008 Resolution 68 Implementation of Resolution 122 (Rev. Antalya, 2006) on the \
evolving role of the World Telecommunication Standardization Assembly FOREWORD Every four years \
the assembly of the Sector sets the topics its study groups work on, and the study groups then \
write Recommendations on them. ITU 2009 All rights reserved. WTSA-08 Resolution 68 1 RESOLUTION \
68 Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World \
Telecommunication Standardization Assembly (Johannesburg, 2008) The World Telecommunication \
Standardization Assembly (Johannesburg, 2008), recognizing a) that Resolution 122 (Rev. Antalya, \
2006) of the Plenipotentiary Conference asks for a symposium on standardization policy before \
each assembly; b) that Resolution 123 (Rev. Antalya, 2006) of the Plenipotentiary Conference is \
on bridging the standardization gap between developed and developing countries1; resolves 1 to \
hold a Global Standardization Symposium before each assembly; 2 that the symposium reports its \
conclusions to the assembly. ____ 1 These include the least developed countries.";

/// What [`ONE_LINE`]'s resolution cites, in the order of the text. The cover's title names
/// Resolution 122 too, before the resolution starts: a reference of the front matter, no citation.
const ONE_LINE_CITED: [&str; 3] =
    ["PP 122 (Rev. Antalya, 2006)", "PP 122 (Rev. Antalya, 2006)", "PP 123 (Rev. Antalya, 2006)"];

/// The one resolution of [`ONE_LINE`], with its citations, as `text` gives it.
#[track_caller]
fn reads_as_one_line(text: &str) {
    let documents = scan(text);
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(found, [Some("WTSA 68 (Johannesburg, 2008)".to_owned())], "{text}");
    assert_eq!(citations(&documents[0]), ONE_LINE_CITED, "{text}");
}

/// `text` cut every `width` characters, each piece on a line of its own after its number and an
/// ideographic comma (`1、`, `2、`), as a converter of web pages writes it: words and editions
/// are cut in two at the ends of the pieces.
fn chunked(text: &str, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(width)
        .enumerate()
        .map(|(i, piece)| format!("{}\u{3001}{}\n", i + 1, piece.iter().collect::<String>()))
        .collect()
}

#[test]
fn a_text_cut_into_numbered_chunks_reads_as_the_text_itself() {
    for width in [97, 120, 300] {
        let text = chunked(ONE_LINE, width);
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "width {width}");
        let document = &documents[0];
        assert_eq!(id(document).as_deref(), Some("WTSA 68 (Johannesburg, 2008)"), "width {width}");
        assert_eq!(
            document.title.as_deref(),
            Some(
                "Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World Telecommunication Standardization Assembly"
            ),
            "width {width}"
        );
        assert_eq!(citations(document), ONE_LINE_CITED, "width {width}");
    }
}

/// The numbered pieces of [`chunked`] as a copy hands them over again: run onto one line, or
/// wrapped anew at `width` columns with a page's running header and number between two lines.
fn rewrapped(pieces: &str, width: Option<usize>) -> String {
    let joined = pieces.trim_end().replace('\n', " ");
    let Some(width) = width else { return joined };
    let mut lines: Vec<String> = vec![String::new()];
    for word in joined.split(' ') {
        let last = lines.last_mut().unwrap();
        if !last.is_empty() && last.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_owned());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines.insert(3, "Res. 68\t163".to_owned());
    lines.join("\n") + "\n"
}

#[test]
fn numbered_pieces_run_onto_one_line_or_wrapped_anew_read_as_the_text_itself() {
    for (width, layout) in [(97, None), (120, None), (97, Some(90)), (300, Some(72))] {
        let text = rewrapped(&chunked(ONE_LINE, width), layout);
        let documents = scan(&text);
        let found: Vec<Option<String>> = documents.iter().map(id).collect();
        assert_eq!(found, [Some("WTSA 68 (Johannesburg, 2008)".to_owned())], "{width} {layout:?}");
        let document = &documents[0];
        assert_eq!(
            document.title.as_deref(),
            Some(
                "Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World Telecommunication Standardization Assembly"
            ),
            "{width} {layout:?}"
        );
        assert_eq!(citations(document), ONE_LINE_CITED, "{width} {layout:?}");
    }
}

/// A document-sharing page: the file's name, the page counter and a heading of the site's own
/// stand above the numbered pieces, the first piece opening a line of its own. The pieces read
/// as the text itself, as when they open the text.
#[test]
fn numbered_pieces_under_a_page_s_own_lines_read_as_the_text_itself() {
    let text = format!(
        "WTSA-08 RES 68 Implementation.doc\n\nPage 1 of 4\nDescription\n\n{}",
        chunked(ONE_LINE, 300)
    );
    let documents = scan(&text);
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(found, [Some("WTSA 68 (Johannesburg, 2008)".to_owned())]);
    assert_eq!(citations(&documents[0]), ONE_LINE_CITED);
}

/// Lines that merely start with a number and an ideographic comma, not numbered in order from
/// one, are the text's own lines.
#[test]
fn lines_numbered_out_of_order_are_not_chunks() {
    let text = "\
RESOLUTION 68 (JOHANNESBURG, 2008)
Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World Telecommunication Standardization Assembly
The World Telecommunication Standardization Assembly (Johannesburg, 2008),
resolves
2\u{3001}to hold a symposium before each assembly;
1\u{3001}that Resolution 122 (Rev. Antalya, 2006) is read with Resolution 123 (Rev. Antalya, 2006).
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 68 (Johannesburg, 2008)"));
    assert_eq!(
        citations(&documents[0]),
        [
            "PP 122 (Rev. Antalya, 2006)",
            "PP 122 (Rev. Antalya, 2006)",
            "PP 123 (Rev. Antalya, 2006)"
        ]
    );
}

/// A Council resolution saved from a web page: the page's title (the heading, the first words of
/// the title and the session) above the document's cover lines, its title and its issuing clause.
const COUNCIL_PAGE: &str = "\
RESOLUTION 1305 Role of the Dedicated Group in identifying Council 2009

Council 2009
Geneva, 20-30 October 2009
Document C09/105-E
28 October 2009
Original: English
(adopted at the seventh Plenary Meeting)
Role of the Dedicated Group in identifying
Internet-related Public Policy issues
The Council,
considering
a)\tResolution 102 (Rev. Antalya, 2006) of the Plenipotentiary Conference;
resolves
1\tthat the group goes on with its work.
";

/// `text` is [`COUNCIL_PAGE`]'s one resolution: Council 1305 of 2009, with its whole title,
/// citing PP 102.
#[track_caller]
fn assert_council_1305_page(text: &str) {
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1305 (2009)"), "{text}");
    assert_eq!(
        document.title.as_deref(),
        Some("Role of the Dedicated Group in identifying Internet-related Public Policy issues")
    );
    assert_eq!(citations(document), ["PP 102 (Rev. Antalya, 2006)"]);
}

#[test]
fn a_page_title_holding_the_heading_and_the_first_words_of_the_title() {
    assert_council_1305_page(COUNCIL_PAGE);
}

/// The same page's title in small letters, as a site's page title writes it (`Resolution 1305
/// Role of ...`): it is the heading too, since the document's title opens with the words after
/// its number. A first line naming a resolution whose words after the number open no title
/// further down is no heading.
#[test]
fn a_page_title_in_small_letters_holding_the_heading_and_the_first_words_of_the_title() {
    let text = COUNCIL_PAGE.replacen("RESOLUTION 1305", "Resolution 1305", 1);
    assert_ne!(text, COUNCIL_PAGE);
    assert_council_1305_page(&text);

    let text = COUNCIL_PAGE.replacen(
        "RESOLUTION 1305 Role of the Dedicated Group in identifying Council 2009",
        "Resolution 1282 Internet matters discussed by the Council in 2009",
        1,
    );
    let documents = scan(&text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]), None, "{text}");
}

/// A proposal whose issuing clause stands far below its cover page: its title is the one its
/// revision line gives after the dash, wrapped over three lines.
#[test]
fn a_proposal_takes_its_title_from_its_revision_line() {
    let text = "\
Document WTDC-17/23(Add.10)-E
World Telecommunication Development
Conference 2017 (WTDC-17)
Buenos Aires, Argentina, 9-20 October 2017
PLENARY MEETING
Addendum 10 to
Document WTDC-17/23-E
4 September 2017
Original: Russian
Member States of a regional group
DRAFT Revision to WTDC Resolution 17 - Implementation of
regionally approved initiatives at the national,
regional, interregional and global levels

The resolutions on regional initiatives deal with the same matters.

The group proposes to merge them into one resolution.

1) Approve the revised text set out below.

2) Suppress Resolution 32 of the same conference.

The World Telecommunication Development Conference (Buenos Aires, 2017),
recalling
a) Resolution 135 (Rev. Busan, 2014) of the Plenipotentiary Conference;
resolves
1 to carry on implementing the regional initiatives agreed by the regions.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document), None);
    let modifies = document.draft.as_ref().and_then(|d| d.modifies.as_ref());
    assert_eq!(modifies.map(ToString::to_string).as_deref(), Some("WTDC 17"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Implementation of regionally approved initiatives at the national, regional, interregional and global levels"
        )
    );
}

/// An old conference document copied onto one line: cover lines, then the title in capitals
/// right before the issuing clause.
#[test]
fn a_title_in_capitals_before_the_issuing_clause_of_a_one_line_text() {
    let text = "INTERNATIONAL TELECOMMUNICATION UNION TELECOMMUNICATION DEVELOPMENT BUREAU \
Document 242-E 31 March 1998 Original: English WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE \
(WTDC-98) Valletta, Malta, 23 March - 1 April 1998 For action PLENARY MEETING Note by the \
Chairman of Committee B PARTICIPATION OF COUNTRIES, PARTICULARLY DEVELOPING COUNTRIES, IN \
FREQUENCY SPECTRUM MANAGEMENT The World Telecommunication Development Conference (Valletta, \
1998), considering a) that the demand for spectrum keeps growing, for existing and new radio \
services alike; b) that developing countries need to take part in the studies of the \
Radiocommunication Sector on spectrum use; c) that the Development Sector can help them do so, \
resolves 1 to invite the Radiocommunication Bureau and the Development Bureau to give developing \
countries the results of those studies; 2 to encourage administrations to draw up national \
strategies for the use of spectrum, instructs the Director of the Telecommunication Development \
Bureau to report to the next conference on what has been done.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(
        document.title.as_deref(),
        Some(
            "PARTICIPATION OF COUNTRIES, PARTICULARLY DEVELOPING COUNTRIES, IN FREQUENCY SPECTRUM MANAGEMENT"
        )
    );
    assert!(themes(document).contains(&"spectrum-management"), "{:?}", themes(document));
}

/// A title wrapped over a blank line, its second line opening in lower case.
#[test]
fn a_title_goes_on_over_a_blank_line_to_a_line_opening_in_lower_case() {
    let text = "\
RESOLUCIÓN 18 (REV.CMR-12)

Relativa al procedimiento que ha de utilizarse para identificar y anunciar

la posición de los barcos y aeronaves de Estados que no sean partes en un conflicto armado

La Conferencia Mundial de Radiocomunicaciones (Ginebra, 2012),

considerando

a) que la Resolución 95 (Rev.CMR-07) pide revisar las resoluciones de conferencias anteriores;

resuelve

1 que las administraciones sigan aplicando el procedimiento.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WRC 18 (Rev.WRC-12)"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Relativa al procedimiento que ha de utilizarse para identificar y anunciar la posición de los barcos y aeronaves de Estados que no sean partes en un conflicto armado"
        )
    );
    assert_eq!(citations(document), ["WRC 95 (Rev.WRC-07)"]);
}

/// A web page's copy, one paragraph a line and no blank line: the title is its line alone where
/// the next line opens a sentence (a capitalised article) or an item, not its continuation.
#[test]
fn a_title_line_followed_by_a_sentence_or_an_item_without_a_blank_line() {
    let sentence = "\
RESOLUTION 9 (Rev. Kigali, 2022)
Participation of countries, particularly developing countries, in spectrum management
The text below is the one the conference adopted, as published on the page
- that spectrum management keeps growing in importance;
considering
a) that Resolution 10 (Rev. Hyderabad, 2010) funds national programmes;
resolves
1 to go on with the work.
";
    let item = sentence.replace(
        "The text below is the one the conference adopted, as published on the page\n",
        "- that both Sectors take part in the work;\n",
    );
    for text in [sentence, item.as_str()] {
        one_document(
            text,
            "WTDC 9 (Rev. Kigali, 2022)",
            "Participation of countries, particularly developing countries, in spectrum management",
            &["WTDC 10 (Rev. Hyderabad, 2010)"],
        );
    }
    // A title wrapped before a capitalised word goes on.
    let wrapped = "\
RESOLUTION 11 (Rev. Kigali, 2022)
Telecommunication/information and communication technology services in rural, isolated and
poorly served areas
The World Telecommunication Development Conference (Kigali, 2022),
considering
a) that Resolution 9 (Rev. Kigali, 2022) applies;
resolves
1 to go on with the work.
";
    one_document(
        wrapped,
        "WTDC 11 (Rev. Kigali, 2022)",
        "Telecommunication/information and communication technology services in rural, isolated and poorly served areas",
        &["WTDC 9 (Rev. Kigali, 2022)"],
    );
}

/// A PDF's first page copied onto one line: the page's top repeats the heading and the title
/// before the heading and the title of the resolution itself.
#[test]
fn a_heading_repeated_at_the_top_of_a_one_line_text() {
    let text = "RESOLUTION 31 (Rev. Hyderabad, 2010) Regional preparations for world telecommunication \
development conferences RESOLUTION 31 (Rev. Hyderabad, 2010) Regional preparations for world \
telecommunication development conferences The World Telecommunication Development Conference \
(Hyderabad, 2010), recalling Resolution 31 (Rev. Doha, 2006) of the World Telecommunication \
Development Conference, considering a) that the six regions coordinated their preparations for \
this conference through preparatory meetings; b) that many common proposals were submitted to \
this conference, resolves 1 to hold one preparatory meeting in each region before each \
conference; 2 that the meetings be held as close as possible to the conference.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTDC 31 (Rev. Hyderabad, 2010)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Regional preparations for world telecommunication development conferences")
    );
    assert!(citations(document).is_empty(), "{:?}", citations(document));
    assert_eq!(own(document), ["WTDC 31 (Rev. Hyderabad, 2010)", "WTDC 31 (Rev. Doha, 2006)"]);
}

/// A web page run onto one line: the page's trail ends in small letters right before the
/// heading, which is not in capitals and carries a footnote mark after its edition. The
/// heading, title and issuing clause that follow still make the document.
#[test]
fn a_heading_not_in_capitals_right_after_a_page_trail_on_one_line() {
    let text = "Home : Conferences : Forum on convergence and other emerging policy issues Resolution 146 (Antalya, 2006)* Review of the International Telecommunication Regulations The Plenipotentiary Conference of the International Telecommunication Union (Antalya, 2006), considering a) that the Regulations were last amended in 1988; b) that Resolution 121 (Marrakesh, 2002) of the Plenipotentiary Conference asked the Council to study them, resolves 1 to convene a conference to review the Regulations.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 146 (Antalya, 2006)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Review of the International Telecommunication Regulations")
    );
    assert_eq!(citations(document), ["PP 121 (Marrakesh, 2002)"]);
}

/// The same, with a heading that has no edition (`Resolution No. 644`): the title that follows
/// it in capitals and runs to the issuing clause, with no full stop, makes it the heading, and
/// the issuing clause gives the edition.
#[test]
fn a_heading_without_edition_right_after_a_page_trail_on_one_line() {
    let text = "Union references | Radio regulator Union references Resolution No. 644 Telecommunication resources for disaster mitigation and relief operations The World Radiocommunication Conference (Istanbul, 2000), considering a) that radiocommunications matter in the event of natural disasters, resolves 1 to go on studying the matter.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WRC 644 (Istanbul, 2000)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Telecommunication resources for disaster mitigation and relief operations")
    );
    // In a sentence, a citation without edition before words in capitals stays a citation.
    let text = "RESOLUTION 12 (REV. DUBAI, 2018) Assistance in emergencies The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018), considering a) that the work under Resolution 644 Telecommunication Development Bureau projects showed the need, resolves 1 to go on.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 12 (Rev. Dubai, 2018)"));
}

/// A Council resolution copied onto one line with two notes in parentheses under its heading,
/// `(MOD)` and the meeting that adopted it: the title follows both.
#[test]
fn two_notes_in_parentheses_between_a_heading_and_its_title_on_one_line() {
    let text = "Council 2008 Geneva, 12-21 November 2008 Document C08/89-E Original: English RESOLUTION 1291 (MOD) (adopted by correspondence) Place, dates and agenda of the World Radiocommunication Conference (WRC-12) The Council, noting that Resolution 805 of the World Radiocommunication Conference (Geneva, 2007) recommended that a conference be held in 2011, resolves to convene the conference in Geneva in 2012.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1291 (2008)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Place, dates and agenda of the World Radiocommunication Conference (WRC-12)")
    );
}

/// A short text hard-wrapped at 64 columns, eight lines of which the last ends the paragraph
/// short, reads as the same text on one line: the heading glued to the page's header and
/// number, then the title, the adoption history and the issuing clause inside the lines.
#[test]
fn a_short_text_hard_wrapped_with_a_short_last_line() {
    let text = "\
Res. UIT-R 9-3 1 RESOLUCIÓN UIT-R 9-3 Coordinación y colaboración
con otras organizaciones interesadas, en particular la ISO y la
CEI (1993-2000-2003-2007) La Asamblea de Radiocomunicaciones de
la UIT, considerando a) que la Resolución 71 (Rev. Antalya, 2006)
de la Conferencia de Plenipotenciarios pide más cooperación con
otras organizaciones; b) que la normalización avanza mejor si se
evita duplicar trabajos, resuelve que se mantenga la colaboración
con la ISO y la CEI.
";
    let flat = text.replace('\n', " ");
    for text in [text, flat.as_str()] {
        let documents = scan(text);
        assert_eq!(documents.len(), 1, "{text}");
        let document = &documents[0];
        assert_eq!(id(document).as_deref(), Some("RA ITU-R 9-3 (Rev. Geneva, 2007)"), "{text}");
        assert_eq!(citations(document), ["PP 71 (Rev. Antalya, 2006)"], "{text}");
    }
}

/// The same short text hard-wrapped at 90 columns holds six lines, the last one short: it reads
/// as the same text on one line too.
#[test]
fn a_short_text_of_six_lines_hard_wrapped_at_ninety_columns() {
    let text = "\
Res. UIT-R 9-3 1 RESOLUCIÓN UIT-R 9-3 Coordinación y colaboración con otras organizaciones
interesadas, en particular la ISO y la CEI (1993-2000-2003-2007) La Asamblea de
Radiocomunicaciones de la UIT, considerando a) que la Resolución 71 (Rev. Antalya, 2006)
de la Conferencia de Plenipotenciarios pide más cooperación con otras organizaciones; b)
que la normalización avanza mejor si se evita duplicar trabajos, resuelve que se mantenga
la colaboración con la ISO y la CEI.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("RA ITU-R 9-3 (Rev. Geneva, 2007)"));
    assert_eq!(citations(document), ["PP 71 (Rev. Antalya, 2006)"]);
}

/// A short laid-out text, its heading and clause words on lines of their own, stays as laid
/// out: each line is one of its parts.
#[test]
fn a_short_laid_out_text_is_not_unwrapped() {
    let text = "\
RESOLUTION 71 (REV. ANTALYA, 2006)
Strategic plan for the Union for 2008-2011
The Plenipotentiary Conference of the International Telecommunication Union (Antalya, 2006),
considering
that the Union needs a strategic plan to guide its work over four years and to measure it,
";
    let documents = scan(text);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 71 (Rev. Antalya, 2006)"));
    assert_eq!(documents[0].title.as_deref(), Some("Strategic plan for the Union for 2008-2011"));
}

/// An issuing clause hard-wrapped over three lines, the first long, the body's last word alone
/// on the second and the edition on the third (`... l'Union internationale des` /
/// `télécommunications` / `(Antalya, 2006),`), confirms the heading above it, after a table of
/// contents as anywhere.
#[test]
fn an_issuing_clause_wrapped_over_three_lines_under_a_table_of_contents() {
    let text = "\
TABLE DES MATIÈRES

Résolution 146  Examen du Règlement des télécommunications
internationales ........................ 1

RÉSOLUTION 146 (ANTALYA, 2006)

Examen du Règlement des télécommunications internationales

La Conférence de plénipotentiaires de l'Union internationale des
télécommunications
(Antalya, 2006),

rappelant
a)\tla Résolution 71 (Rév. Antalya, 2006) de la présente Conférence;

décide
1\tque le Règlement soit examiné.
";
    one_document(
        text,
        "PP 146 (Antalya, 2006)",
        "Examen du Règlement des télécommunications internationales",
        &["PP 71 (Rev. Antalya, 2006)"],
    );
}

/// A copy that runs the first clause word onto the issuing clause's line (`... Assembly
/// (Florianópolis, 2004), considering`): the clause ends at its comma, and the preamble opens
/// with the word after it.
#[test]
fn a_clause_word_on_the_issuing_clause_s_line() {
    let text = "\
RESOLUTION 44
Bridging the standardization gap between developing and developed countries
The World Telecommunication Standardization Assembly (Florianópolis, 2004), considering
a)\tthat Resolution 123 (Marrakesh, 2002) of the Plenipotentiary Conference asks the Bureaux to work together;
resolves
1\tto go on helping developing countries to take part in standardization.
";
    let document = one_document(
        text,
        "WTSA 44 (Florianópolis, 2004)",
        "Bridging the standardization gap between developing and developed countries",
        &["PP 123 (Marrakesh, 2002)"],
    );
    let clauses: Vec<Option<&str>> = document.parts.iter().map(|p| p.clause.as_deref()).collect();
    assert!(clauses.contains(&Some("considering")), "{clauses:?}");
    assert!(clauses.contains(&Some("resolves")), "{clauses:?}");
}

/// A copy that runs the preamble onto the issuing clause's line, clause words and items in one
/// long line (`Le Conseil, tenant compte ... considérant que ..., reconnaissant que ...,`), reads
/// that line as flowed text: the clause, then each clause word opening its part.
#[test]
fn a_preamble_run_onto_the_issuing_clause_s_line() {
    let text = "\
GENÈVE — SESSION 1997 — (18 - 27 JUIN)
RÉSOLUTION 1112
Recommandations du Groupe UIT-2000
Le Conseil, tenant compte du fait que peu de pays en développement ont pu prendre part aux réunions du Groupe UIT-2000, considérant que plusieurs recommandations du Groupe demanderaient de modifier la Constitution et la Convention de l'Union, reconnaissant que les Conseillers ont reçu les versions française et espagnole du rapport trop tard pour en mesurer toutes les incidences,
décide
1 de transmettre les recommandations aux États Membres pour observations.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("Council 1112"));
    assert_eq!(document.title.as_deref(), Some("Recommandations du Groupe UIT-2000"));
    let clauses: Vec<&str> = document.parts.iter().filter_map(|p| p.clause.as_deref()).collect();
    assert_eq!(clauses, ["tenant compte", "considérant", "reconnaissant", "décide"]);
}

/// The first clause word and the start of its text run onto the issuing clause's line (`...
/// (Hyderabad, 2010), recalling that Resolution 123 ...`): the clause ends at its comma, and the
/// heading above it, after a table of contents, is confirmed.
#[test]
fn a_clause_word_and_its_text_on_the_issuing_clause_s_line() {
    let text = "\
CONTENTS
Resolution 69\tCreation of national computer incident response teams ........\t338

RESOLUTION 69 (Hyderabad, 2010)

Creation of national computer incident response teams, particularly for developing countries, and cooperation between them

The World Telecommunication Development Conference (Hyderabad, 2010), recalling that Resolution 123 (Rev. Antalya, 2006) of the Plenipotentiary Conference asks the
Secretary-General and the Directors of the three Bureaux to work closely together, recognizing
a)\tthat developing countries are exposed to attacks on their networks;
resolves
1\tto help countries create their teams.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTDC 69 (Hyderabad, 2010)"));
    assert_eq!(citations(document), ["PP 123 (Rev. Antalya, 2006)"]);
    let clauses: Vec<&str> = document.parts.iter().filter_map(|p| p.clause.as_deref()).collect();
    assert_eq!(clauses.first(), Some(&"recalling"), "{clauses:?}");
}

/// A preamble may open with a perfect participle (`having examined`, `ayant examiné`, `habiendo
/// examinado`): a clause word like `considering`, whether on its own line or run onto the issuing
/// clause's line with its text.
#[test]
fn a_preamble_opening_with_a_perfect_participle() {
    let cases = [
        (
            "R 800 (C-1977, last amended C-1984)\nTelecommunications and development\nThe Council,\nhaving examined the note by the Secretary-General (Document 5073/CA32),\nnoting\na) that every country needs networks;\nresolves\n1 to go on.\n",
            ["having examined", "noting", "resolves"],
        ),
        (
            "R 800 (C-1977, dernière mod. C-1984)\nLes télécommunications et le développement\nLe Conseil, ayant examiné la note du Secrétaire général (Document 5073/CA32), notant\na) que tous les pays ont besoin de réseaux;\ndécide\n1 de continuer.\n",
            ["ayant examiné", "notant", "décide"],
        ),
        (
            "R 800 (C-1977, última mod. C-1984)\nLas telecomunicaciones y el desarrollo\nEl Consejo,\nhabiendo examinado la nota del Secretario General (Documento 5073/CA32),\nobservando\na) que todos los países necesitan redes;\nresuelve\n1 continuar.\n",
            ["habiendo examinado", "observando", "resuelve"],
        ),
    ];
    for (text, want) in cases {
        let documents = scan(text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("Council 800 (Rev.C-1984)"), "{text}");
        let clauses: Vec<&str> =
            documents[0].parts.iter().filter_map(|p| p.clause.as_deref()).collect();
        assert_eq!(clauses, want, "{text}");
    }
}

/// The one document of a copy of the tracked-changes draft of PP 180 below, with its title and
/// the three resolutions its preamble cites.
fn reads_as_the_ipv6_draft(text: &str) {
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(document.title.as_deref(), Some("Facilitating the transition from IPv4 to IPv6"));
    assert_eq!(
        citations(document),
        ["WTSA 64 (Rev. Dubai, 2012)", "WTDC 63 (Rev. Dubai, 2014)", "PP 101 (Rev. Busan, 2014)"]
    );
}

/// A one-line copy of a draft with tracked changes, wrapped anew at 90 columns: the paragraph
/// opening with the heading is hard-wrapped, the reviewers' balloons between paragraphs are short
/// lines, so the text as a whole is no hard-wrapped prose. The paragraph alone reads as flowed
/// text: heading, title, issuing clause and items.
#[test]
fn a_wrapped_paragraph_opening_with_a_heading_among_short_lines() {
    let text = "\
Plenipotentiary Conference (PP-14) Busan, 20 October – 7 November 2014
Document DT/78-E
MOD WGPL/78/1 Author
Deleted: GUADALAJARA, 2010
RESOLUTION 180 (REV. BUSAN, 2014) Facilitating the transition from IPv4 to IPv6 The
Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),
considering a) Resolution 64 (Rev. Dubai, 2012) of the World Telecommunication
Standardization Assembly, on the allocation of IP addresses; b) Resolution 63 (Rev. Dubai,
2014) of the World Telecommunication Development Conference, on IPv6 in developing
countries; c) Resolution 101 (Rev. Busan, 2014) of the Plenipotentiary Conference, on
Internet Protocol-based networks; Author
Deleted: Guadalajara, 2010
Author
Deleted: which encourages
resolves
1 to go on helping Member States with the transition.
";
    reads_as_the_ipv6_draft(text);
}

/// A prepublished resolution's cover: the place and dates, the heading with its title after a
/// dash, the notice and a foreword naming the assembly in a sentence, then the title again, the
/// edition and the issuing clause.
const PREPUBLICATION: &str = "\
Dubai, 20-29 November 2012
Resolution 1 – Rules of procedure of the ITU Telecommunication Standardization Sector
This prepublication is an unedited copy of a resolution just approved; the edited text will replace it.
The International Telecommunication Union (ITU) is the specialized agency of the United Nations for telecommunications and ICTs, and its Standardization Sector (ITU-T) is a permanent organ that studies technical, operating and tariff questions and issues Recommendations on them, so that telecommunications are standardized worldwide.
The World Telecommunication Standardization Assembly (WTSA), which meets every four years, sets the topics the study groups work on.
ITU 2012
All rights reserved.

Rules of procedure of the ITU Telecommunication Standardization Sector (ITU-T)
(Dubai, 2012)
The World Telecommunication Standardization Assembly (Dubai, 2012),
considering
a) that the work of the Sector needs rules;
resolves
1 to adopt the rules in the annex.
";

/// A prepublished resolution's cover run onto one line: the place and dates, the heading with
/// its title after a dash, the notice and a foreword naming the assembly in a sentence, then the
/// title again and the issuing clause. The dash-titled heading near the top is the heading, as
/// on the laid-out cover.
#[test]
fn a_prepublication_cover_run_onto_one_line() {
    let text = PREPUBLICATION;
    for text in [text.to_owned(), text.replace('\n', " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 1 (Dubai, 2012)"), "{text}");
    }
}

/// An issuing clause joined to the preamble's first item, whose clause word the copy lost
/// (`... (Hyderabad, 2010), Resolution 31 (Rev. Doha, 2006) of ...`): the clause ends at its
/// comma after the edition, and the heading above it opens the document.
#[test]
fn an_issuing_clause_run_onto_an_item_without_its_clause_word() {
    let cases = [
        "RESOLUTION 31 (Rev. Hyderabad, 2010)\nRegional preparations for world telecommunication development conferences\nThe World Telecommunication Development Conference (Hyderabad, 2010), Resolution 31 (Rev. Doha, 2006) of the World Telecommunication Development Conference\na) that every region met before the conference;\nresolves\n1 to go on meeting.\n",
        "RÉSOLUTION 31 (Rév. Hyderabad, 2010)\nRegional preparations for world telecommunication development conferences\nLa Conférence mondiale de développement des télécommunications (Hyderabad, 2010), la Résolution 31 (Rév. Doha, 2006) de la Conférence mondiale de développement des télécommunications\na) que chaque région s'est réunie avant la conférence;\ndécide\n1 de continuer.\n",
        "RESOLUCIÓN 31 (Rev. Hyderabad, 2010)\nRegional preparations for world telecommunication development conferences\nLa Conferencia Mundial de Desarrollo de las Telecomunicaciones (Hyderabad, 2010), la Resolución 31 (Rev. Doha, 2006) de la Conferencia Mundial de Desarrollo de las Telecomunicaciones\na) que cada región se reunió antes de la conferencia;\nresuelve\n1 continuar.\n",
    ];
    for text in cases {
        let document = one_document(
            text,
            "WTDC 31 (Rev. Hyderabad, 2010)",
            "Regional preparations for world telecommunication development conferences",
            &[],
        );
        assert_eq!(own(&document), ["WTDC 31 (Rev. Doha, 2006)"], "{text}");
    }
}

/// One-line copies from a PDF that lost the space at each line's end: the title glued to the
/// issuing clause, a clause word glued to its first item's label or to a citation, a draft's
/// action glued to the heading and the title to the heading's edition.
#[test]
fn a_one_line_copy_that_lost_the_spaces_at_line_ends() {
    let text = "272\tRes. 136 RESOLUTION 136 (Antalya, 2006) The use of telecommunications/information \
and communication technologies for monitoring and management in emergency and disaster situations \
for early warning, prevention, mitigation and reliefThe Plenipotentiary Conference of the \
International Telecommunication Union (Antalya, 2006),recallinga) Resolution 36 (Rev. Antalya, \
2006) of the Plenipotentiary Conference, on help in emergencies;b) Resolution 34 (Rev. Doha, 2006) \
of the World Telecommunication Development Conference, on early warning,resolvesto keep the work going.";
    let document = one_document(
        text,
        "PP 136 (Antalya, 2006)",
        "The use of telecommunications/information and communication technologies for monitoring and management in emergency and disaster situations for early warning, prevention, mitigation and relief",
        &["PP 36 (Rev. Antalya, 2006)", "WTDC 34 (Rev. Doha, 2006)"],
    );
    let clauses: Vec<&str> = document.parts.iter().filter_map(|p| p.clause.as_deref()).collect();
    assert_eq!(clauses, ["recalling", "resolves"]);

    let text = "RES646 – 361 – MODRESOLUTION 646 (REV.WRC-15) Public protection and disaster relief \
The World Radiocommunication Conference (Geneva, 2015),consideringa) that agencies need radio links \
in disasters;b) that shared bands help them,recallingResolution 647 (Rev.WRC-15), on spectrum for \
disaster relief,resolvesto encourage shared bands.";
    let document = one_document(
        text,
        "WRC 646 (Rev.WRC-15)",
        "Public protection and disaster relief",
        &["WRC 647 (Rev.WRC-15)"],
    );
    let clauses: Vec<&str> = document.parts.iter().filter_map(|p| p.clause.as_deref()).collect();
    assert_eq!(clauses, ["considering", "recalling", "resolves"]);

    // A session's year glued to the note of the adopting meeting.
    let text = "United Nations International Telecommunication Union Resolution 1158, ITU Council \
2000Approved at the eleventh Plenary Meeting The Council, considering that Resolution 73 \
(Minneapolis, 1998) of the Plenipotentiary Conference asks for a summit on the information \
society, resolves to go on preparing it with the other agencies of the United Nations system, and \
to report on the preparation to the next session of the Council, which will decide the next steps.";
    let documents = scan(text);
    let ids: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(ids, [Some("Council 1158 (2000)".to_owned())]);
    assert_eq!(citations(&documents[0]), ["PP 73 (Minneapolis, 1998)"]);
}

/// A copy from a PDF that a converter wrote with a blank line after every printed line: the
/// issuing clause and citations broken over a line are read whole, as in the copy without the
/// blank lines. A text laid out one paragraph a line between blank lines is no such copy.
#[test]
fn a_copy_with_a_blank_line_after_every_line() {
    let lines = [
        "RESOLUTION 123 (Rev. Guadalajara, 2010)",
        "Bridging the standardization gap between developing and developed",
        "countries",
        "The Plenipotentiary Conference of the International Telecommunication Union",
        "(Guadalajara, 2010),",
        "recalling",
        "Resolution 123 (Rev. Antalya, 2006) of the Plenipotentiary Conference, and",
        "Resolution 44 (Rev. Johannesburg, 2008) of the World Telecommunication",
        "Standardization Assembly, on the same gap between the countries that make",
        "standards and those that use them,",
        "considering",
        "a) that the Sector's study groups meet far from many of the developing",
        "countries, which then take a smaller part in their work;",
        "b) that Resolution 17 (Rev. Johannesburg, 2008) of the World",
        "Telecommunication Standardization Assembly asks the Bureau to help them,",
        "resolves",
        "1 to go on helping the developing countries take part in the work.",
    ];
    let text = format!("{}\n", lines.join("\n\n"));
    let document = one_document(
        &text,
        "PP 123 (Rev. Guadalajara, 2010)",
        "Bridging the standardization gap between developing and developed countries",
        &["WTSA 44 (Rev. Johannesburg, 2008)", "WTSA 17 (Rev. Johannesburg, 2008)"],
    );
    assert_eq!(own(&document), ["PP 123 (Rev. Antalya, 2006)"]);
    let clauses: Vec<&str> = document.parts.iter().filter_map(|p| p.clause.as_deref()).collect();
    assert_eq!(clauses, ["recalling", "considering", "resolves"]);

    // The same in a book, after its table of contents, the entries wrapped over two lines.
    let contents = [
        "FINAL ACTS OF THE PLENIPOTENTIARY CONFERENCE (Guadalajara, 2010)",
        "RESOLUTIONS",
        "\t\t\t\t\t\t\tPage",
        "Resolution 70 (Rev. Guadalajara, 2010)\tGender mainstreaming in ITU and promotion of",
        "\tgender equality and the empowerment of women through information and",
        "\tcommunication technologies ..........................................\t212",
        "Resolution 123 (Rev. Guadalajara, 2010)\tBridging the standardization gap between",
        "\tdeveloping and developed countries ..................................\t298",
        "298\tRes. 123",
    ];
    let book = format!("{}\n\n{text}", contents.join("\n\n"));
    let documents = scan(&book);
    let ids: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(ids, [Some("PP 123 (Rev. Guadalajara, 2010)".to_owned())], "{book}");
    assert_eq!(citations(&documents[0]), citations(&document));
}

/// The same copy where a paragraph's end leaves two blank lines or three, and each printed line
/// inside a paragraph one: the lines of a paragraph are read as one, the paragraphs apart.
#[test]
fn a_copy_with_a_blank_line_after_every_line_and_more_after_a_paragraph() {
    let paragraphs: [&[&str]; 10] = [
        &["Resolution 123 (Rev. Guadalajara, 2010)"],
        &["Bridging the standardization gap between developing and developed", "countries"],
        &[
            "The Plenipotentiary Conference of the International",
            "Telecommunication Union (Guadalajara, 2010),",
        ],
        &["recalling"],
        &[
            "Resolution 123 (Rev. Antalya, 2006) of the Plenipotentiary Conference, and",
            "Resolution 44 (Rev. Johannesburg, 2008) of the World Telecommunication",
            "Standardization Assembly, on the same gap between the countries that make",
            "standards and those that use them,",
        ],
        &["considering"],
        &[
            "a) that the Sector's study groups meet far from many of the developing",
            "countries, which then take a smaller part in their work;",
        ],
        &[
            "b) that Resolution 17 (Rev. Johannesburg, 2008) of the World",
            "Telecommunication Standardization Assembly asks the Bureau to help them,",
        ],
        &["resolves"],
        &["1 to go on helping the developing countries take part in the work."],
    ];
    for gap in ["\n\n\n", "\n\n\n\n"] {
        let text = paragraphs.iter().map(|p| p.join("\n\n")).collect::<Vec<_>>().join(gap) + "\n";
        // As a web page's copy: the site's name and the page's path above it.
        let text = format!(
            "International Telecommunication Union\n\nHome : Secretary-General : Resolutions{gap}{text}"
        );
        let document = one_document(
            &text,
            "PP 123 (Rev. Guadalajara, 2010)",
            "Bridging the standardization gap between developing and developed countries",
            &["WTSA 44 (Rev. Johannesburg, 2008)", "WTSA 17 (Rev. Johannesburg, 2008)"],
        );
        assert_eq!(own(&document), ["PP 123 (Rev. Antalya, 2006)"], "{text}");
        let clauses: Vec<&str> =
            document.parts.iter().filter_map(|p| p.clause.as_deref()).collect();
        assert_eq!(clauses, ["recalling", "considering", "resolves"], "{text}");
    }
}

/// The same kind of copy of a web page that lost its clause words (set in italics), the heading
/// in small letters with a footnote's star under a dozen lines of the site's navigation: the
/// issuing clause broken inside the body's name over a blank line is read whole, and confirms
/// the heading.
#[test]
fn a_spaced_copy_without_clause_words_has_its_issuing_clause_broken_over_a_blank_line() {
    let paragraphs: [&[&str]; 7] = [
        &[
            "International Telecommunication Union",
            "Français | Español",
            "Search | Site map | Contact us",
            "Print version",
            "Home : Secretary-General : Strategy",
            "Unit : Policy forum 2009 : Policy forum 2009",
        ],
        &["World Telecommunication Policy Forum 2009", "on convergence and other policy questions"],
        &["Resolution 146 (Antalya, 2006)*"],
        &["Review of the International Telecommunication Regulations"],
        &[
            "The Plenipotentiary Conference of the International",
            "Telecommunication Union (Antalya, 2006),",
        ],
        &[
            "a) that the Regulations were last amended in Melbourne in 1988 and",
            "that the networks they govern have changed a great deal since then;",
        ],
        &[
            "b) that Resolution 121 (Marrakesh, 2002) of the Plenipotentiary",
            "Conference asked the Council to have a working group study them,",
        ],
    ];
    for gap in ["\n\n\n", "\n\n\n\n"] {
        let text = paragraphs.iter().map(|p| p.join("\n\n")).collect::<Vec<_>>().join(gap) + "\n";
        one_document(
            &text,
            "PP 146 (Antalya, 2006)",
            "Review of the International Telecommunication Regulations",
            &["PP 121 (Marrakesh, 2002)"],
        );
    }
}

/// A booklet copied onto one line that lost its spaces at the line ends: the page's running
/// header and number glued to the heading the booklet sets in small capitals, copied in small
/// letters (`WTSA-12 – Resolution 57 1resolution 57 (Rev. Dubai, 2012)`).
#[test]
fn a_heading_in_small_letters_glued_to_a_page_number_on_one_line() {
    let text = "International Telecommunication Union ITU-T WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY Dubai, 20-29 November 2012 All rights reserved. WTSA-12 – Resolution 57\t1resolution 57 (Rev. Dubai, 2012) Strengthening coordination and cooperation among the three ITU Sectors on matters of mutual interest (Johannesburg, 2008; Dubai, 2012) The World Telecommunication Standardization Assembly (Dubai, 2012), considering a) that Resolution 191 (Guadalajara, 2010) of the Plenipotentiary Conference asks the Sectors to coordinate their work, resolves 1 that the Sectors keep a joint list of the matters of mutual interest.\n";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 57 (Rev. Dubai, 2012)"));
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Strengthening coordination and cooperation among the three ITU Sectors on matters of mutual interest"
        )
    );
    assert_eq!(citations(&documents[0]), ["PP 191 (Guadalajara, 2010)"]);
}

/// A conference's provisional texts, copied onto one line and wrapped anew at 64 columns: the
/// paragraph holding the heading opens with the page numbers and the action the provisional
/// texts set before it (`4 1 MOD RESOLUTION 1 (REV. HAMMAMET, 2016)`). The heading carries the
/// edition of the assembly that adopts it, so the text is the resolution, not a proposal.
#[test]
fn a_wrapped_paragraph_opening_with_page_numbers_and_an_action_before_the_heading() {
    let text = "\
World Telecommunication Standardization Assembly
Provisional texts of the assembly, Hammamet, 25 October - 3
November 2016
2
3 PARTS 1 AND 2 RESOLUTIONS AND RECOMMENDATIONS
4 1 MOD RESOLUTION 1 (REV. HAMMAMET, 2016) Rules of procedure
of the ITU Telecommunication Standardization Sector (Hammamet,
2016) 1 The World Telecommunication Standardization Assembly
(Hammamet, 2016), considering a) that the Constitution and the
Convention set out the duties and the structure of the Sector;
b) that Resolution 122 (Rev. Guadalajara, 2010) of the
Plenipotentiary Conference deals with the evolving role of this
assembly; c) that the study groups need clear rules to approve
their texts between two assemblies, resolves to adopt the rules
of procedure set out in this resolution.
";
    let document = one_document(
        text,
        "WTSA 1 (Rev. Hammamet, 2016)",
        "Rules of procedure of the ITU Telecommunication Standardization Sector",
        &["PP 122 (Rev. Guadalajara, 2010)"],
    );
    assert!(document.draft.is_none());
    // The same text on one line reads the same.
    let flat = text.replace('\n', " ");
    let same = one_document(
        &flat,
        "WTSA 1 (Rev. Hammamet, 2016)",
        "Rules of procedure of the ITU Telecommunication Standardization Sector",
        &["PP 122 (Rev. Guadalajara, 2010)"],
    );
    assert!(same.draft.is_none());
}

/// A list of resolutions with one edition each, two numbers of it in a row (`101 (Rev. Busan,
/// 2014), 102 (Rev. Busan, 2014)`), in a text copied onto one line: the two numbers and the
/// edition between and after them look like a printed page's footer and header (`163 T 164 T`),
/// but an edition is no running title. Every item is read, as in the laid-out copy.
#[test]
fn a_list_of_consecutive_resolutions_with_one_edition_on_one_line() {
    let text = "\
RESOLUTION 64 (REV. HAMMAMET, 2016)
IP address allocation and facilitating the transition to and deployment of IPv6
The World Telecommunication Standardization Assembly (Hammamet, 2016),
recalling
a) Resolutions 101 (Rev. Busan, 2014), 102 (Rev. Busan, 2014), 133 (Rev. Busan, 2014) and 180 (Rev. Busan, 2014) of the Plenipotentiary Conference;
b) that the study groups keep working on addressing,
resolves
1 to go on studying the allocation of IP addresses.
";
    let want = [
        "PP 101 (Rev. Busan, 2014)",
        "PP 102 (Rev. Busan, 2014)",
        "PP 133 (Rev. Busan, 2014)",
        "PP 180 (Rev. Busan, 2014)",
    ];
    for copy in [text.to_owned(), text.replace('\n', " ")] {
        let documents = scan(&copy);
        assert_eq!(documents.len(), 1, "{copy}");
        assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 64 (Rev. Hammamet, 2016)"), "{copy}");
        assert_eq!(citations(&documents[0]), want, "{copy}");
    }
}

/// A heading and its title on one line with no dash between them, as a web page or a word
/// processor's copy joins them (a space or a tab), the issuing clause on the next line: the
/// heading gives the identity, the rest of the line the title. A resolution named with its title
/// in a list further down, with no issuing clause after it, opens nothing.
#[test]
fn a_heading_and_its_title_on_one_line_without_a_dash() {
    let clause = "The Council,\nconsidering\na) that the Union works on Internet-related public policy issues;\nb) that the Member States take part in this work,\nresolves\n1 to keep the group open to all Member States;\n2 that the group reports to the Council.\n";
    let title = "Role of the Dedicated Group in identifying the international Internet-related public policy issues";
    for heading in [
        format!("RESOLUTION 1305 (C09) {title}"),
        format!("RESOLUTION 1305 (C09)\t{title}"),
        format!("R 1305 (C09) {title}"),
    ] {
        let text = format!("{heading}\n{clause}");
        one_document(&text, "Council 1305 (C-09)", title, &[]);
    }
    let gender = "Mainstreaming a gender perspective in ITU and promotion of gender equality and the empowerment of women through telecommunications/information and communication technologies";
    let text = format!(
        "Resolution 70 (Rev. Dubai, 2018) {gender}\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\nrecalling\na) the work of the Sectors on the matter,\nresolves\n1 to go on with the work listed in the annex.\nANNEX TO RESOLUTION 70 (REV. DUBAI, 2018)\nResolutions on related matters:\nResolution 123 (Rev. Dubai, 2018) Bridging the standardization gap between developing and developed countries\n"
    );
    let document =
        one_document(&text, "PP 70 (Rev. Dubai, 2018)", gender, &["PP 123 (Rev. Dubai, 2018)"]);
    assert!(themes(&document).contains(&"gender-equality"), "{:?}", themes(&document));
}

/// The draft with tracked changes of the test above, wrapped anew at 90 columns with words cut
/// at the line ends (`Pleni-` / `potentiary`): joining the cut words makes the heading's line
/// longer than a wrapped width, and the paragraph still reads as flowed text.
#[test]
fn a_wrapped_paragraph_with_words_cut_at_the_line_ends_opening_with_a_heading() {
    let text = "\
Plenipotentiary Conference (PP-14) Busan, 20 October – 7 November 2014
Document DT/78-E
MOD WGPL/78/1 Author
Deleted: GUADALAJARA, 2010
RESOLUTION 180 (REV. BUSAN, 2014) Facilitating the transition from IPv4 to IPv6 The Pleni-
potentiary Conference of the International Telecommunication Union (Busan, 2014), conside-
ring a) Resolution 64 (Rev. Dubai, 2012) of the World Telecommunication Standardization
Assembly, on the allocation of IP addresses; b) Resolution 63 (Rev. Dubai, 2014) of the
World Telecommunication Development Conference, on IPv6 in developing countries; c) Reso-
lution 101 (Rev. Busan, 2014) of the Plenipotentiary Conference, on Internet Protocol-
based networks; Author
Deleted: Guadalajara, 2010
Author
Deleted: which encourages
resolves
1 to go on helping Member States with the transition.
";
    reads_as_the_ipv6_draft(text);
}

/// A one-line copy from a PDF that lost the space at each line's end, a line opening with a
/// citation word glued to the last word of the line before (`objectives ofResolution 37`): the
/// citation is read, in French too (`de laRésolution 37`).
#[test]
fn a_citation_word_glued_to_the_word_before_in_a_copy_that_lost_its_spaces() {
    let text = "RESOLUTION 44 (Florianópolis, 2004) Bridging the standardization gap between developing and developed countries The World Telecommunication Standardization Assembly (Florianópolis, 2004), considering a) that Resolution 123 (Marrakesh, 2002) of the Plenipotentiary Conference asks the Sectors to bridge the gap; b) that the Member States pursue the objectives ofResolution 37 (Istanbul, 2002) of the World Telecommunication Development Conference, resolves 1 to go on with the work on the gap.";
    one_document(
        text,
        "WTSA 44 (Florianópolis, 2004)",
        "Bridging the standardization gap between developing and developed countries",
        &["PP 123 (Marrakesh, 2002)", "WTDC 37 (Istanbul, 2002)"],
    );
    let text = "RÉSOLUTION 44 (Florianópolis, 2004) Réduction de l'écart en matière de normalisation entre pays en développement et pays développés L'Assemblée mondiale de normalisation des télécommunications (Florianópolis, 2004), considérant a) les objectifs de laRésolution 37 (Istanbul, 2002) de la Conférence mondiale de développement des télécommunications, décide 1 de poursuivre les travaux sur cet écart entre les pays.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["WTDC 37 (Istanbul, 2002)"]);
}

/// Resolutions of the Radiocommunication Assembly one after another, each heading with its title
/// after a space on its line (`RESOLUTION ITU-R 6-2 Liaison and ...`), as a copy joining the two
/// lines gives them: an ITU-R heading has no edition, and the issuing clause under it still
/// makes it one. Each resolution is read once, none inside the one before.
#[test]
fn itu_r_headings_with_their_titles_after_a_space_in_a_compilation() {
    let text = "\
RESOLUTION ITU-R 6-2 Liaison and collaboration with the ITU Telecommunication Standardization Sector
The ITU Radiocommunication Assembly,
considering
a) that the two Sectors study related matters;
resolves
1 that the study groups of the two Sectors keep each other informed.

RESOLUTION ITU-R 7-3 Telecommunication development including liaison and collaboration with the ITU Telecommunication Development Sector
The ITU Radiocommunication Assembly,
considering
a) that Resolution ITU-R 6-2 deals with the other Sector;
resolves
1 that the study groups answer the questions of developing countries.

RESOLUTION ITU-R 9-5 Liaison and collaboration with other relevant organizations, in particular ISO, IEC and CISPR
The ITU Radiocommunication Assembly,
considering
a) that other organizations write standards on radio equipment;
resolves
1 that the Sector keeps in touch with them.
";
    let documents = scan(text);
    let read: Vec<(Option<String>, Option<&str>)> =
        documents.iter().map(|d| (id(d), d.title.as_deref())).collect();
    assert_eq!(
        read,
        [
            (
                Some("RA ITU-R 6-2".to_owned()),
                Some(
                    "Liaison and collaboration with the ITU Telecommunication Standardization Sector"
                )
            ),
            (
                Some("RA ITU-R 7-3".to_owned()),
                Some(
                    "Telecommunication development including liaison and collaboration with the ITU Telecommunication Development Sector"
                )
            ),
            (
                Some("RA ITU-R 9-5".to_owned()),
                Some(
                    "Liaison and collaboration with other relevant organizations, in particular ISO, IEC and CISPR"
                )
            ),
        ]
    );
    assert_eq!(citations(&documents[1]), ["RA ITU-R 6-2"]);
    assert!(citations(&documents[0]).is_empty());
}

/// An ITU-R year chain on the title's line ends the title even where a copy runs more onto that
/// line after it (a running header of the page, a note): what follows the chain is no part of
/// the title, and the chain still gives the edition. Laid out and on one line alike.
#[test]
fn an_itu_r_year_chain_in_the_middle_of_the_title_s_line_ends_the_title() {
    let laid_out = "\
RESOLUTION ITU-R 2-5
Conference Preparatory Meeting (1993-1995-1997-2000-2003-2007) Res. ITU-R 2-5 3
The ITU Radiocommunication Assembly,
considering
a) that the conferences need technical preparation between them;
b) that Resolution ITU-R 38 sets up a special committee on regulatory matters,
resolves
1 that the meeting prepares a consolidated report for each conference.
";
    let one_line = laid_out.replace('\n', " ");
    for text in [laid_out, one_line.as_str()] {
        one_document(
            text,
            "RA ITU-R 2-5 (Rev. Geneva, 2007)",
            "Conference Preparatory Meeting",
            &["RA ITU-R 38"],
        );
    }
}

/// A document-sharing page whose stored copy holds two numbered pieces only (the first cut inside
/// a word), under the page's own lines: the file's name, which names the resolution and the first
/// words of its title after the file's language, and the page counters. The pieces read as the
/// text itself; the file's name is no heading, no title and no citation.
#[test]
fn two_numbered_pieces_under_a_file_s_name_read_as_the_text_itself() {
    let width = ONE_LINE.chars().count() * 3 / 4;
    let pieces = chunked(ONE_LINE, width);
    assert_eq!(pieces.lines().count(), 2);
    let text = format!(
        "ITU-T RESOLUTION 68 ENGLISH-2008 Implementation of Resolution 122 on the evolving role.pdf\n\n\
         Page 1 of 3\n\
         ITU-T RESOLUTION 68 ENGLISH-2008 Implementation of Resolution 122 on the evolving role.pdf_page 1\n\n\
         {pieces}"
    );
    let documents = scan(&text);
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(found, [Some("WTSA 68 (Johannesburg, 2008)".to_owned())], "{text}");
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World Telecommunication Standardization Assembly"
        )
    );
    assert_eq!(citations(&documents[0]), ONE_LINE_CITED);
}

/// An ITU-R resolution on one line under its running header and page number, as a
/// document-sharing page's text gives it.
const LIAISON_ONE_LINE: &str = "Res. ITU-R 6-1 1 RESOLUTION ITU-R 6-1 Liaison and collaboration \
with the ITU Telecommunication Standardization Sector (1993-2000) The ITU Radiocommunication \
Assembly, considering a) that the two Sectors study neighbouring matters and must not do the same \
work twice; b) that Resolution ITU-R 9 deals with other organizations, resolves 1 that the study \
groups of both Sectors keep each other informed of their work; 2 that the Directors of the two \
Bureaux report on the liaison.";

/// A document-sharing page of a Radiocommunication Assembly resolution: the file's name (the
/// heading, the file's language and year, the title in English, `.pdf`) stands above the page's
/// counters and the text, in English or French (with its accents or with every accented letter
/// lost), whole on one line or cut into numbered pieces.
/// The file's name is no document of its own and gives no title: the one document is the
/// resolution under it.
#[test]
fn a_file_s_name_naming_the_resolution_above_its_text_is_no_document() {
    let english = LIAISON_ONE_LINE;
    let french = "Rés. UIT-R 6-1 1 RÉSOLUTION UIT-R 6-1 Liaison et collaboration avec le Secteur de \
la normalisation des télécommunications de l'UIT (1993-2000) L'Assemblée des radiocommunications \
de l'UIT, considérant a) que les deux Secteurs étudient des sujets voisins et ne doivent pas faire \
deux fois le même travail; b) que la Résolution UIT-R 9 traite des autres organisations, décide \
1 que les commissions d'études des deux Secteurs se tiennent informées de leurs travaux; 2 que \
les Directeurs des deux Bureaux rendent compte de cette liaison.";
    // The same text as a bad extraction gives it, every accented letter lost.
    let stripped: String = french.chars().filter(char::is_ascii).collect();
    for (language, one_line, title) in [
        (
            "ENGLISH",
            english,
            "Liaison and collaboration with the ITU Telecommunication Standardization Sector",
        ),
        (
            "FRENCH",
            french,
            "Liaison et collaboration avec le Secteur de la normalisation des télécommunications de l'UIT",
        ),
        (
            "FRENCH",
            stripped.as_str(),
            "Liaison et collaboration avec le Secteur de la normalisation des tlcommunications de l'UIT",
        ),
    ] {
        let name = format!(
            "ITU-R RESOLUTION 6-1 {language}-2000 Liaison and collaboration with the ITU \
Telecommunication Standardization Sector.pdf"
        );
        let width = one_line.chars().count() * 3 / 5;
        for body in [format!("{one_line}\n"), chunked(one_line, width), chunked(one_line, 120)] {
            let text = format!("{name}\n\nPage 1 of 2\n{name}_page 1\n\n{body}");
            let documents = scan(&text);
            let found: Vec<Option<String>> = documents.iter().map(id).collect();
            assert_eq!(found, [Some("RA ITU-R 6-1 (Rev. Istanbul, 2000)".to_owned())], "{text}");
            assert_eq!(documents[0].title.as_deref(), Some(title), "{text}");
            assert_eq!(citations(&documents[0]), ["RA ITU-R 9"], "{text}");
        }
    }
}

/// A proposer's name in square brackets after the title, its footnote's number glued to it, as a
/// contribution marks whose text follows (`... of the Union [Arab States1]`), on one line and laid
/// out: no part of the title.
#[test]
fn a_proposer_s_name_in_brackets_after_the_title_is_no_part_of_it() {
    let laid_out = "\
RESOLUTION 5 (Rev. Kigali, 2022)
Enhanced participation by developing countries in the activities of the Union [Arab States1]
The World Telecommunication Development Conference (Kigali, 2022),
considering
a) that Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference sets the strategic plan;
resolves
1 to help developing countries take part in the work of the study groups.
";
    let one_line = laid_out.replace('\n', " ");
    for text in [laid_out, one_line.as_str()] {
        one_document(
            text,
            "WTDC 5 (Rev. Kigali, 2022)",
            "Enhanced participation by developing countries in the activities of the Union",
            &["PP 71 (Rev. Bucharest, 2022)"],
        );
    }
}

/// Numbered pieces with a blank line between each two, as a document-sharing page lays them
/// out: the pieces join into the text they were cut from, a word or an edition cut at a piece's
/// end read whole.
#[test]
fn numbered_pieces_with_blank_lines_between_read_as_the_text_itself() {
    for width in [97, 300] {
        reads_as_one_line(&chunked(ONE_LINE, width).replace('\n', "\n\n"));
    }
}

/// A page's running header (`Res. ITU-R 12-1`, the document's own number, abbreviated and with no
/// edition) copied between the heading and the title on one line, as a PDF's first page gives
/// it: no part of the title, laid out or on one line.
#[test]
fn the_document_s_own_running_header_before_its_title_is_no_part_of_it() {
    let one_line = "Res. ITU-R 12-1 1 RESOLUTION ITU-R 12-1 Res. ITU-R 12-1 Handbooks and special \
publications for development of radiocommunication services (1993-2000) The ITU Radiocommunication \
Assembly, considering a) that handbooks give developing countries technical material they can \
use; b) that Resolution ITU-R 11 deals with spectrum management systems, resolves 1 that the needs \
of developing countries are taken into account when handbooks are planned.";
    let laid_out = "\
RESOLUTION ITU-R 12-1
Res. ITU-R 12-1 Handbooks and special publications for development of radiocommunication services
(1993-2000)
The ITU Radiocommunication Assembly,
considering
a) that handbooks give developing countries technical material they can use;
b) that Resolution ITU-R 11 deals with spectrum management systems,
resolves
1 that the needs of developing countries are taken into account when handbooks are planned.
";
    for text in [one_line, laid_out] {
        one_document(
            text,
            "RA ITU-R 12-1 (Rev. Istanbul, 2000)",
            "Handbooks and special publications for development of radiocommunication services",
            &["RA ITU-R 11"],
        );
    }
}

/// The issuing clause and the first item of a PP text copied through a narrow window.
const NARROW_CLAUSE: &str = "\
The Plenipotentiary Conference of the
International Telecommunication Union
(Dubai, 2018),
recalling
- Resolution 71 (Rev. Dubai,
2018) of the Plenipotentiary
Conference, on the strategic
plan of the Union,
";

/// A web page copied through a narrow window, with no heading: the title stands over four short
/// lines right above the issuing clause, and it is the title, which names the document's theme.
/// Four short lines above the clause that end a sentence are a notice, no title.
#[test]
fn a_title_over_four_narrow_lines_above_the_issuing_clause_without_a_heading() {
    let text = format!(
        "Strengthening the role of ITU\nin building confidence and\nsecurity in the use of\ninformation and\ncommunication technologies\n{NARROW_CLAUSE}"
    );
    let documents = scan(&text);
    assert_eq!(documents.len(), 1, "{text}");
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Strengthening the role of ITU in building confidence and security in the use of information and communication technologies"
        )
    );
    assert!(themes(&documents[0]).contains(&"cybersecurity"), "{:?}", documents[0].themes);
    assert_eq!(citations(&documents[0]), ["PP 71 (Rev. Dubai, 2018)"]);

    let notice = format!(
        "This copy is\nkept for\nreference and may\ndiffer from the printed text.\n{NARROW_CLAUSE}"
    );
    let documents = scan(&notice);
    assert_eq!(documents.len(), 1, "{notice}");
    assert_eq!(documents[0].title, None);
}

/// A document-sharing page whose own title, its first line, is the issuing clause with the
/// heading after it (`The World ... Conference (Istanbul, 2002), RESOLUTION 44`); the PDF's first
/// page below repeats the issuing clause above the title and again under it, its clause words
/// lost.
const PAGE_TITLED: &str = "\
The World Telecommunication Development Conference (Istanbul, 2002), RESOLUTION 44

The World Telecommunication Development Conference
(Istanbul, 2002),
Mainstreaming gender in ITU-D programmes
The World Telecommunication Development Conference (Istanbul, 2002),
Resolution 7 of the World Telecommunication Development Conference (Valletta, 1998), which set up
a task force on gender issues;
Resolution 70 (Minneapolis, 1998) of the Plenipotentiary Conference, on the inclusion of a
gender perspective in the work of ITU,
";

/// The one document of [`PAGE_TITLED`], as `text` gives it.
#[track_caller]
fn reads_as_the_page_titled_resolution(text: &str) {
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    assert_eq!(id(&documents[0]).as_deref(), Some("WTDC 44 (Istanbul, 2002)"));
    assert_eq!(documents[0].title.as_deref(), Some("Mainstreaming gender in ITU-D programmes"));
    assert!(themes(&documents[0]).contains(&"gender-equality"), "{:?}", documents[0].themes);
    assert_eq!(citations(&documents[0]), ["WTDC 7 (Valletta, 1998)", "PP 70 (Minneapolis, 1998)"]);
}

/// [`PAGE_TITLED`]: the page's title gives the identity, and the title is the line between the
/// two clauses.
#[test]
fn a_page_title_of_the_issuing_clause_and_the_heading_above_a_repeated_clause() {
    reads_as_the_page_titled_resolution(PAGE_TITLED);
}

/// [`PAGE_TITLED`] hard-wrapped at 64 columns, the page's title broken inside the edition
/// (`... (Istanbul,` / `2002), RESOLUTION 44`): the same document.
#[test]
fn a_page_title_of_the_issuing_clause_and_the_heading_wrapped_inside_the_edition() {
    let wrapped =
        PAGE_TITLED.replacen("(Istanbul, 2002), RESOLUTION", "(Istanbul,\n2002), RESOLUTION", 1);
    reads_as_the_page_titled_resolution(&wrapped);
}

/// [`PAGE_TITLED`] copied onto one line: the page's title, the clause, the title and the clause
/// again run together read as the same document, the title the words between the two clauses
/// under the heading.
#[test]
fn a_page_title_of_the_issuing_clause_and_the_heading_on_one_line() {
    reads_as_the_page_titled_resolution(&PAGE_TITLED.replace('\n', " "));
}

/// A web page copied through a narrow window breaks the heading over three lines: the citation
/// word alone, the label with the edition's place, the year closing the parenthesis. The three
/// lines are the heading, of a draft put to the conference its issuing clause names.
#[test]
fn a_heading_broken_over_three_narrow_lines() {
    let text = "\
Resolution
PLEN/7 (Marrakesh,
2002)
World
Summit on the Information Society
The Plenipotentiary Conference of the
International Telecommunication Union (Marrakesh, 2002),
recalling
Resolution
73 (Minneapolis, 1998) of the Plenipotentiary Conference on the
Summit,
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    let draft = documents[0].draft.as_ref().expect("a draft");
    assert_eq!(draft.label.as_deref(), Some("PLEN/7"));
    assert_eq!(draft.body.map(|b| b.to_string()).as_deref(), Some("PP"));
    assert_eq!(documents[0].title.as_deref(), Some("World Summit on the Information Society"));
    assert_eq!(citations(&documents[0]), ["PP 73 (Minneapolis, 1998)"]);
}

/// An adoption history with a comma where a semicolon belongs between two editions
/// (`(Johannesburg, 2008; Dubai, 2012, Hammamet, 2016)`) is still the history: no part of the
/// title above it.
#[test]
fn an_adoption_history_with_a_comma_between_two_editions() {
    let text = "\
RESOLUTION 75
The ITU Telecommunication Standardization Sector's contribution in implementing the outcomes of the World Summit
on the Information Society and the 2030 Agenda for Sustainable Development
(Johannesburg, 2008; Dubai, 2012, Hammamet, 2016)
The World Telecommunication Standardization Assembly (Hammamet, 2016),
considering
a)\tthe relevant outcomes of both phases of the World Summit on the Information Society,
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "The ITU Telecommunication Standardization Sector's contribution in implementing the outcomes of the World Summit on the Information Society and the 2030 Agenda for Sustainable Development"
        )
    );
    let year = documents[0].id.as_ref().and_then(|r| r.edition.as_ref()).and_then(|e| e.year);
    assert_eq!(year, Some(2016));
}

/// A proposal copied onto one line: the cover's revision line with the title after a dash runs
/// on into the cover's paragraphs, and the title stands again right before the issuing clause.
/// A title is never hundreds of words long: the title is the last sentence before the clause,
/// and the cover's paragraphs name no theme with a title's weight.
#[test]
fn a_title_run_on_into_a_cover_s_paragraphs_on_one_line() {
    let text = "WTDC-17/23(Add.10)-E Page 1 / World Telecommunication Development Conference 2017 (WTDC-17) Buenos Aires, Argentina, 9-20 October 2017 / PLENARY MEETING / Addendum 10 to Document WTDC-17/23-E 4 September 2017 Original: Russian ITU Member States, members of the Regional Commonwealth in the field of Communications (RCC) DRAFT Revision to WTDC Resolution 17 - Implementation of regionally approved initiatives at the national, regional, interregional and global levels The two resolutions on regional initiatives deal with the same matters, and the proposal merges them: Resolution 32 on cooperation on regional initiatives goes into Resolution 17, which also covers emergency telecommunications, cybersecurity, child online protection, e-health and gender equality in the regions. Resolution 32 is then suppressed. The administrations ask the conference to adopt the revised text in the attachment and to suppress Resolution 32 on international and regional cooperation on regional initiatives. Implementation of regionally approved initiatives at the national, regional, interregional and global levels The World Telecommunication Development Conference (Buenos Aires, 2017), recalling a) Resolution 135 (Rev. Busan, 2014) of the Plenipotentiary Conference,\n";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Implementation of regionally approved initiatives at the national, regional, interregional and global levels"
        )
    );
    assert!(
        documents[0]
            .themes
            .iter()
            .all(|t| t.evidence.iter().all(|e| e.part.to_string() != "title")),
        "{:?}",
        documents[0].themes
    );
}

/// [`ONE_LINE`] copied again through windows narrower than fifty columns, a page's running
/// header and number between two lines: every line about as wide as the window, the heading in
/// the middle of one. It reads as the text on one line.
#[test]
fn a_one_line_copy_wrapped_anew_at_a_narrow_width_reads_as_the_text_itself() {
    for width in [34, 40, 46, 55] {
        let text = rewrapped(ONE_LINE, Some(width));
        let documents = scan(&text);
        let found: Vec<Option<String>> = documents.iter().map(id).collect();
        assert_eq!(found, [Some("WTSA 68 (Johannesburg, 2008)".to_owned())], "{width}\n{text}");
        let document = &documents[0];
        assert_eq!(
            document.title.as_deref(),
            Some(
                "Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World Telecommunication Standardization Assembly"
            ),
            "{width}"
        );
        assert_eq!(citations(document), ONE_LINE_CITED, "{width}");
    }
}

/// A laid-out text whose paragraphs were wrapped at forty columns: its clause words and item
/// labels still open short lines of their own, so it is no prose wrapped at one width, and
/// each line stays one of its parts.
#[test]
fn a_laid_out_text_wrapped_at_forty_columns_is_not_run_together() {
    let text = "\
RESOLUTION 44 (REV. HAMMAMET, 2016)

Bridging the standardization gap
between developing and developed
countries

The World Telecommunication
Standardization Assembly (Hammamet,
2016),

considering

a) that Resolution 123 (Rev. Busan,
2014) of the Plenipotentiary
Conference asks the three Bureaux to
work together on the gap;

b) that developing countries take
part in study groups less often;

resolves

1 to keep the fellowships for
delegates of developing countries;

2 to report to the next assembly.
";
    let document = one_document(
        text,
        "WTSA 44 (Rev. Hammamet, 2016)",
        "Bridging the standardization gap between developing and developed countries",
        &["PP 123 (Rev. Busan, 2014)"],
    );
    let kinds: Vec<String> = document.parts.iter().map(|p| p.kind.to_string()).collect();
    assert!(kinds.contains(&"preamble".to_owned()) && kinds.contains(&"operative".to_owned()));
}

/// The numbered pieces of [`chunked`] indented, as a page's list copies them with its margin:
/// they read as the text itself, as when they open their lines.
#[test]
fn indented_numbered_pieces_read_as_the_text_itself() {
    for indent in ["    ", "\t", " "] {
        let text: String =
            chunked(ONE_LINE, 120).lines().map(|line| format!("{indent}{line}\n")).collect();
        one_document(
            &text,
            "WTSA 68 (Johannesburg, 2008)",
            "Implementation of Resolution 122 (Rev. Antalya, 2006) on the evolving role of the World Telecommunication Standardization Assembly",
            &ONE_LINE_CITED,
        );
    }
}

/// The numbered pieces of [`chunked`] with blanks at the end of every line, as a copy pads its
/// lines: the blanks are the copy's, so the words cut at the pieces' ends join again.
#[test]
fn numbered_pieces_on_lines_padded_with_blanks_read_as_the_text_itself() {
    for (width, pad) in [(97, "   "), (120, " "), (300, "\t")] {
        let text: String =
            chunked(ONE_LINE, width).lines().map(|l| format!("{l}{pad}\n")).collect();
        reads_as_one_line(&text);
    }
}

/// [`PREPUBLICATION`] with the foreword under its own heading (`FOREWORD`), run onto one line or
/// laid out: the title is the one right above the issuing clause, however the foreword's
/// sentences run on to it.
#[test]
fn a_prepublication_cover_with_a_foreword_heading_keeps_its_title() {
    let text = PREPUBLICATION.replacen("\nThe International", "\nFOREWORD\nThe International", 1);
    for text in [text.to_owned(), text.replace('\n', " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 1 (Dubai, 2012)"), "{text}");
        assert_eq!(
            documents[0].title.as_deref(),
            Some("Rules of procedure of the ITU Telecommunication Standardization Sector (ITU-T)"),
            "{text}"
        );
    }
}

/// A document-sharing page: the page's title, a summary that copies the resolution's first
/// words onto one paragraph and stops short (`...`), the site's words (`Download`,
/// `Transcript`, `Page 1`), then the resolution's whole text. The summary is the same
/// resolution cut short, no document of its own: one document, citing what the whole text
/// cites, laid out or copied onto one line.
#[test]
fn a_summary_copying_the_resolution_s_first_words_above_its_whole_text() {
    let text = "\
Resolution ITU-R 1-6 Working methods of the Radiocommunication Assembly, the Radiocommunication Study Groups and the Radiocommunication Advisory Group - docshare
Home > Documents > Resolution ITU-R 1-6
RESOLUTION ITU-R 1-6 Working methods of the Radiocommunication Assembly, the Radiocommunication Study Groups and the Radiocommunication Advisory Group (1993-1995-1997-2000-2003-2007-2012) The ITU Radiocommunication Assembly, considering a) that the working methods of the Sector are set by the Assembly; b) that Resolution 71 of the Plenipotentiary Conference ...
Download
Transcript
Page 1
RESOLUTION ITU-R 1-6
Working methods of the Radiocommunication Assembly, the Radiocommunication Study Groups and the Radiocommunication Advisory Group
(1993-1995-1997-2000-2003-2007-2012)
The ITU Radiocommunication Assembly,
considering
a) that the working methods of the Sector are set by the Assembly;
b) that Resolution 71 (Rev. Busan, 2014) of the Plenipotentiary Conference sets out the strategic plan;
c) that Resolution 166 (Rev. Busan, 2014) of the Plenipotentiary Conference limits terms of office,
resolves
1 that the working methods in Annex 1 apply;
2 that the Study Groups report to the Assembly.
";
    for text in [text.to_owned(), text.replace('\n', " ")] {
        one_document(
            &text,
            "RA ITU-R 1-6 (Rev. Geneva, 2012)",
            "Working methods of the Radiocommunication Assembly, the Radiocommunication Study Groups and the Radiocommunication Advisory Group",
            &["PP 71 (Rev. Busan, 2014)", "PP 166 (Rev. Busan, 2014)"],
        );
    }
}

/// A document-sharing page: the conference document's cover, a summary of the draft that skips
/// an item and runs into the site's file path, then the draft's transcript, where the copy lost
/// a space (`General,el`).
const DRAFT_SUMMARY_PAGE: &str = "\
Conferencia de Plenipotenciarios (PP-14) Bus\u{e1}n, 2014 SESI\u{d3}N PLENARIA Documento 75-S Original: ingl\u{e9}s ADD B/75/1 PROYECTO DE NUEVA RESOLUCI\u{d3}N [B-1] Procedimiento para la elecci\u{f3}n del Secretario General, el Vicesecretario General y los Directores de las Oficinas La Conferencia de Plenipotenciarios de la Uni\u{f3}n Internacional de Telecomunicaciones (Bus\u{e1}n, 2014), considerando a) que el procedimiento de elecci\u{f3}n de los funcionarios se fija en el Reglamento General de las conferencias de la Uni\u{f3}n; c) que ese procedimiento nada dice del periodo anterior a la elecci\u{f3}n; www.example.org/convert/temp/DOCUMENT.DOCX (369920) 16.10.14

Transcript

ADD B/75/1

PROYECTO DE NUEVA RESOLUCI\u{d3}N [B-1]

Procedimiento para la elecci\u{f3}n del Secretario General,el Vicesecretario General y los Directores de las Oficinas

La Conferencia de Plenipotenciarios de la Uni\u{f3}n Internacional de Telecomunicaciones (Bus\u{e1}n, 2014),

considerando

a) que el procedimiento de elecci\u{f3}n de los funcionarios se fija en el Reglamento General de las conferencias de la Uni\u{f3}n;

b) que la Resoluci\u{f3}n 58 (Rev. Guadalajara, 2010) de la Conferencia de Plenipotenciarios trata de las relaciones con los Estados Miembros;

c) que ese procedimiento nada dice del periodo anterior a la elecci\u{f3}n,

resuelve

1 que los candidatos presenten su programa antes de la conferencia.
";

/// A document-sharing page's summary of a draft that skips an item and runs into the site's
/// file path, above the draft's transcript, where the copy lost a space (`General,el`): the
/// summary is the draft's front matter, one document.
#[test]
fn a_summary_of_a_draft_skipping_an_item_above_its_transcript() {
    let text = DRAFT_SUMMARY_PAGE;
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    let document = &documents[0];
    assert_eq!(document.draft.as_ref().and_then(|d| d.label.as_deref()), Some("B-1"));
    assert_eq!(citations(document), ["PP 58 (Rev. Guadalajara, 2010)"]);
}

/// The same page stored cut short inside the transcript: the transcript runs out while it still
/// agrees with the summary above it. Both are the same draft: one document.
#[test]
fn a_summary_of_a_draft_above_its_transcript_cut_short() {
    let page = &DRAFT_SUMMARY_PAGE[DRAFT_SUMMARY_PAGE.find("ADD B/75/1").unwrap()..];
    let text = &page[..page.rfind("Reglamento General").unwrap() + "Reglamento Gene".len()];
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    assert_eq!(documents[0].draft.as_ref().and_then(|d| d.label.as_deref()), Some("B-1"));
}

/// An ITU-R resolution copied onto one line, with the years of its editions after its title, as
/// a site's search result gives it under a short line of its own. `issuing` is what stands
/// between the years and the first clause word.
fn one_line_working_methods(issuing: &str) -> String {
    format!(
        "Radiocommunication Assembly - a page of the site\n\n\
RESOLUTION ITU-R 1-6 Working methods for the Radiocommunication Assembly, the \
Radiocommunication Study Groups, and the Radiocommunication Advisory Group \
(1993-1995-1997-2000-2003-2007-2012) {issuing}considering a) that the Constitution sets out \
what the assembly does and the Convention how its study groups are organized; b) that the \
advisory group reviews the priorities of the study groups and that Resolution ITU-R 2 sets up \
its meetings, resolves 1 that the assembly and its study groups work as set out below; 2 that \
the advisory group may adopt its own procedures.\n"
    )
}

/// The one-line resolution under a short line is read whether its issuing clause is there,
/// written with a hyphen after the Union's name, or left out.
#[test]
fn a_one_line_resolution_under_a_short_line_with_or_without_its_issuing_clause() {
    for issuing in
        ["The ITU Radiocommunication Assembly, ", "The ITU-Radiocommunication Assembly, ", ""]
    {
        let text = one_line_working_methods(issuing);
        one_document(
            &text,
            "RA ITU-R 1-6 (Rev. Geneva, 2012)",
            "Working methods for the Radiocommunication Assembly, the Radiocommunication Study \
Groups, and the Radiocommunication Advisory Group",
            &["RA ITU-R 2"],
        );
    }
}

/// The same with every hyphen a no-break hyphen, as a word processor writes `ITU‑R`: in the
/// heading, the years of the editions and the Union's name before the assembly's.
#[test]
fn a_one_line_resolution_under_a_short_line_with_no_break_hyphens() {
    for issuing in
        ["The ITU Radiocommunication Assembly, ", "The ITU-Radiocommunication Assembly, ", ""]
    {
        let text = one_line_working_methods(issuing).replace('-', "\u{2011}");
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        let document = &documents[0];
        let edition = document.id.as_ref().and_then(|id| id.edition.as_ref());
        assert_eq!(edition.and_then(|e| e.year), Some(2012), "{text}");
        assert_eq!(
            document.title.as_deref(),
            Some(
                "Working methods for the Radiocommunication Assembly, the Radiocommunication \
Study Groups, and the Radiocommunication Advisory Group"
            ),
            "{text}"
        );
        assert_eq!(citations(document).len(), 1, "{text}");
    }
}

/// A heading with a footnote's mark in brackets glued to its number (`RESOLUTION ITU-R
/// 9-5[*]`), laid out or copied onto one line: the mark is no part of the title.
#[test]
fn a_footnote_mark_in_brackets_after_the_heading_s_number() {
    let text = "RESOLUTION ITU-R 9-5[*]\n\nLiaison and collaboration with other relevant organizations, in particular ISO, IEC and CISPR\n\n(1993-2000-2003-2007-2012-2015)\n\nThe ITU Radiocommunication Assembly,\n\nconsidering\n\na)\tthat other bodies also write standards for radio equipment;\n\nresolves\n\n1\tthat the Sector keeps in touch with them.\n\n[*] The Assembly revised this text in 2015.\n";
    for text in [text.to_owned(), text.replace(['\n', '\t'], " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(
            documents[0].title.as_deref(),
            Some(
                "Liaison and collaboration with other relevant organizations, in particular ISO, IEC and CISPR"
            ),
            "{text}"
        );
    }
}

/// The same page with its text wrapped anew at 64 columns, the file's name above it wrapped
/// too, its extension on the second line: the name's first line is no heading, and the
/// resolution is read with its edition and title.
#[test]
fn a_file_s_name_wrapped_over_two_lines_above_its_text_is_no_heading() {
    let name = "ITU-R RESOLUTION 6-1 ENGLISH-2000 Liaison and collaboration with\n\
the ITU Telecommunication Standardization Sector.pdf";
    let pieces = chunked(LIAISON_ONE_LINE, 150);
    let mut body = String::new();
    let mut line = String::new();
    for word in pieces.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > 64 {
            body.push_str(&line);
            body.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    body.push_str(&line);
    let text = format!("{name}\n\nPage 1 of 2\n{name}_page 1\n\n{body}");
    let documents = scan(&text);
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(found, [Some("RA ITU-R 6-1 (Rev. Istanbul, 2000)".to_owned())], "{text}");
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Liaison and collaboration with the ITU Telecommunication Standardization Sector"),
        "{text}"
    );
    assert_eq!(citations(&documents[0]), ["RA ITU-R 9"], "{text}");
}

/// An older web page of the Union: its title line names the resolution with the conference's
/// tag and a dash before the title, `Resolution 70 (PP98) - Inclusion ...`, the title comes again
/// with a note of the conference, and the heading above the issuing clause is the number alone.
/// Laid out, the title is read; copied onto one line, the title is the one after the dash,
/// which the line then repeats.
#[test]
fn an_older_web_page_s_title_line_gives_the_title_of_a_bare_heading() {
    let text = "\
Site home   Fran\u{e7}ais   Espa\u{f1}ol
Printable page
Home : Gender
Resolution 70 (PP98) - Inclusion of Gender Perspective in the work of ITU

Inclusion of Gender Perspective in the work of ITU (Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998)

Resolution 70

The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),

considering

a) that Resolution 7 (Valletta, 1998) of the World Telecommunication Development Conference set up a task force on gender issues;

resolves

1 that the work of the Union takes a gender perspective into account.
";
    for text in [text.to_owned(), text.replace('\n', " ")] {
        let document = one_document(
            &text,
            "PP 70 (Minneapolis, 1998)",
            "Inclusion of Gender Perspective in the work of ITU",
            &["WTDC 7 (Valletta, 1998)"],
        );
        assert!(themes(&document).contains(&"gender-equality"), "{text}");
    }
}

/// A Council resolution saved from a summit's web page, in English, French or Spanish: the page's
/// title names the resolution, the Council by its name with the Union's (`ITU Council`,
/// `Conseil de l'UIT`, `Consejo de la UIT`) and the session's year; the document's heading and
/// issuing clause name no session. The page's title dates the resolution.
#[test]
fn a_page_title_naming_the_union_s_council_and_its_year() {
    for (text, title) in [
        (
            "Summit portal\n Resolution 1180, ITU Council 2001\n\nRESOLUTION 1180\n\nPreparations for the World Summit on the Information Society\n\nThe Council,\n\nrecalling\nResolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference,\n\nresolves\n1\tto go on with the preparations.\n",
            "Preparations for the World Summit on the Information Society",
        ),
        (
            "Portail du Sommet\n Résolution 1180, Conseil de l'UIT 2001\n\nRÉSOLUTION 1180\n\nPréparation du Sommet mondial sur la société de l'information\n\nLe Conseil,\n\nrappelant\nla Résolution 73 (Minneapolis, 1998) de la Conférence de plénipotentiaires,\n\ndécide\n1\tde poursuivre la préparation.\n",
            "Préparation du Sommet mondial sur la société de l'information",
        ),
        (
            "Portal de la Cumbre\n Resolución 1180, Consejo de la UIT 2001\n\nRESOLUCIÓN 1180\n\nPreparación de la Cumbre Mundial sobre la Sociedad de la Información\n\nEl Consejo,\n\nrecordando\nla Resolución 73 (Minneápolis, 1998) de la Conferencia de Plenipotenciarios,\n\nresuelve\n1\tproseguir la preparación.\n",
            "Preparación de la Cumbre Mundial sobre la Sociedad de la Información",
        ),
    ] {
        let document =
            one_document(text, "Council 1180 (2001)", title, &["PP 73 (Minneapolis, 1998)"]);
        assert!(themes(&document).contains(&"wsis-sdgs"), "{text}");
    }
}

/// A web page that names the conference in the heading (`Resolution 73 of the ITU
/// Plenipotentiary Conference`) and sets the edition on a line of its own without parentheses
/// (`Minneapolis, 1998`, `Rev. Dubai, 2018`) between the heading and the title: that line is
/// the edition, not the title.
#[test]
fn an_edition_without_parentheses_on_a_line_of_its_own_above_the_title() {
    for (edition, id_, clause, title) in [
        (
            "Minneapolis, 1998",
            "PP 73 (Minneapolis, 1998)",
            "The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),",
            "World Summit on the Information Society",
        ),
        (
            "Rev. Dubai, 2018",
            "PP 140 (Rev. Dubai, 2018)",
            "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
            "ITU's role in implementing the outcomes of the World Summit on the Information Society",
        ),
    ] {
        let number = &id_[3..6].trim();
        let text = format!(
            "Resolution {number} of the ITU Plenipotentiary Conference\n\n{edition}\n\n{title}\n\n{clause}\n\nconsidering\n\n  1. that the summit's outcomes concern the whole Union;\n\nresolves\n\n  1. that the Union keeps working on the summit's outcomes.\n"
        );
        let document = one_document(&text, id_, title, &[]);
        assert!(themes(&document).contains(&"wsis-sdgs"), "{text}");
    }
}

/// The same web page copied onto one line: the edition without parentheses stands between the
/// heading naming its conference and the title, on the title's line once the text is laid out
/// again; it is the edition, not the title's first words.
#[test]
fn an_edition_without_parentheses_before_the_title_on_one_line() {
    let text = "Resolution 73 of the ITU Plenipotentiary Conference Minneapolis, 1998 World Summit on the Information Society The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998), considering 1. that the summit's outcomes concern the whole Union; resolves 1. that the Union keeps working on the summit's outcomes.\n";
    let document = one_document(
        text,
        "PP 73 (Minneapolis, 1998)",
        "World Summit on the Information Society",
        &[],
    );
    assert!(themes(&document).contains(&"wsis-sdgs"), "{text}");
}

/// A copy with no heading that ran each page's lines onto one line, shorter than a whole text's
/// flowed line: the title, the issuing clause, the first clause and its items on the first page,
/// the rest of the last item on the next, a page's number between them or not.
#[test]
fn a_title_run_onto_the_issuing_clause_on_a_page_of_its_own() {
    let first = "The role of ITU in building confidence and security in the use of information and \
communication technologies The Plenipotentiary Conference of the International Telecommunication \
Union (Dubai, 2018), recalling - Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary \
Conference, on the strategic plan of the Union, which sets the goals of the Union for the four \
years to come; - Resolution 45 (Rev. Dubai, 2014) of the World Telecommunication Development \
Conference, on mechanisms for cooperation among the membership when networks are attacked or \
misused, and on the help developing countries ask for; - Resolution 50 (Rev. Hammamet, 2016) of \
the";
    let second = "World Telecommunication Standardization Assembly, on the same subject, which asks \
the study groups to keep working on it; - Resolution 58 (Rev. Hammamet, 2016) of the World \
Telecommunication Standardization Assembly, on national teams that respond to incidents,";
    for page_break in ["\n\n", "\n\n107\n\n"] {
        let text = format!("{first}{page_break}{second}\n");
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(
            documents[0].title.as_deref(),
            Some(
                "The role of ITU in building confidence and security in the use of information and communication technologies"
            ),
            "{text}"
        );
        assert!(themes(&documents[0]).contains(&"cybersecurity"), "{:?}", documents[0].themes);
        assert_eq!(
            citations(&documents[0]),
            [
                "PP 71 (Rev. Dubai, 2018)",
                "WTDC 45 (Rev. Dubai, 2014)",
                "WTSA 50 (Rev. Hammamet, 2016)",
                "WTSA 58 (Rev. Hammamet, 2016)"
            ],
            "{text}"
        );
    }
}

/// An ITU-R resolution names itself without its revision counter (`Resolución UIT-R 38` in
/// Resolution ITU-R 38-4), or by an earlier revision (`Resolución UIT-R 38-3`): a mention of its
/// own identity, no citation, as an earlier edition of any resolution is.
#[test]
fn an_itu_r_resolution_named_without_its_revision_counter_or_by_an_earlier_one_is_the_document_itself()
 {
    let text = "\
RESOLUCIÓN UIT-R 38-4
Estudio de los asuntos reglamentarios y de procedimiento
(1995-1997-2000-2003-2012)
La Asamblea de Radiocomunicaciones de la UIT,
considerando
a) que la Asamblea de Radiocomunicaciones de 1995 (Resolución UIT-R 38) creó un grupo para preparar las conferencias;
b) que la Resolución UIT-R 2-6 trata de la Reunión Preparatoria de Conferencias;
c) que la Resolución UIT-R 38-3 ya pedía ese trabajo,
resuelve
1 que el grupo siga su trabajo.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    let document = &documents[0];
    assert!(id(document).is_some_and(|i| i.starts_with("RA ITU-R 38-4")), "{:?}", id(document));
    assert_eq!(citations(document), ["RA ITU-R 2-6"]);
    assert_eq!(own(document), ["RA ITU-R 38", "RA ITU-R 38-3"]);
}

/// A copy without its heading whose issuing clause opens the resolution: no identity, as its
/// number is not written, but the conference the clause names, as `issued_by`, in the JSON too.
/// A text with a heading, or with no issuing clause, has none.
#[test]
fn a_text_without_heading_names_the_conference_of_its_issuing_clause() {
    let text = "\
Implementation of International Mobile Telecommunications-2000 (IMT-2000)

The World Radiocommunication Conference (Geneva, 1997),

considering
a)\tthat the band between 1 and 3 GHz suits the service;

resolves
1\tthat administrations should take the studies into account.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert!(document.id.is_none(), "{:?}", document.id);
    let issuer = document.issued_by.as_ref().expect("the conference of the issuing clause");
    assert_eq!(issuer.body.to_string(), "WRC");
    let edition = issuer.edition.as_ref().expect("its edition");
    assert_eq!((edition.place.as_deref(), edition.year), (Some("Geneva"), Some(1997)));
    let json = serde_json::to_value(document).unwrap();
    assert_eq!(json["issued_by"]["body"], "WRC");
    assert_eq!(json["issued_by"]["edition"]["year"], 1997);

    let with_heading = format!("RESOLUTION 212 (REV.WRC-97)\n\n{text}");
    assert!(scan(&with_heading)[0].issued_by.is_none());
    let without_clause =
        "Implementation of a service\n\nconsidering\na)\tthat the band suits it;\n";
    assert!(scan(without_clause)[0].issued_by.is_none());
}
