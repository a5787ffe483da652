//! Artefacts of text taken from PDFs and web pages: letters lost by a bad extraction, line
//! breaks of every kind, an issuing clause whose edition stands on its own line, a page's title
//! above a heading. The answers below were written from the texts by hand.

use isc_engine::{Body, Document};
use isc_suite::{cited as citations, identity as id};

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("artefacts.txt", text)
}

fn kinds(document: &Document) -> Vec<String> {
    document.parts.iter().map(|p| p.kind.to_string()).collect()
}

#[test]
fn french_with_its_accented_letters_lost() {
    let text = "\
RSOLUTION 70 (RV. DUBA, 2018)

Intgration du principe de l'galit hommes/femmes

La Confrence de plnipotentiaires de l'Union internationale des tlcommunications (Duba, 2018),

considrant
a)\tla Rsolution 71 (Rv. Duba, 2018) de la Confrence de plnipotentiaires;

dcide
1\tde poursuivre ces travaux.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 70 (Rev. Dubai, 2018)"));
    assert_eq!(citations(document), ["PP 71 (Rev. Dubai, 2018)"]);
    assert_eq!(kinds(document), ["heading", "title", "heading", "preamble", "operative"]);
}

#[test]
fn spanish_with_its_accented_letters_lost() {
    let text = "\
RESOLUCIN 37 (REV. KIGALI, 2022)

Reduccin de la brecha digital

La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Kigali, 2022),

recordando
a)\tla Resolucin 139 (Rev. Bucarest, 2022) de la Conferencia de Plenipotenciarios;

resuelve
1\tseguir trabajando.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTDC 37 (Rev. Kigali, 2022)"));
    assert_eq!(citations(&documents[0]), ["PP 139 (Rev. Bucharest, 2022)"]);
}

/// Two resolutions of a printed book: each heading has the page's running header under it, and
/// each issuing clause has its edition on the next line.
#[test]
fn a_book_with_headers_under_headings_and_editions_on_their_own_line() {
    let text = "\
RESOLUTION 70 (Rev. Antalya, 2006)
2\tRes. 70

Gender mainstreaming in ITU

The Plenipotentiary Conference of the International Telecommunication Union
(Antalya, 2006),

recalling
a)\tResolution 44 of the World Telecommunication Development Conference;


RESOLUTION 36 (Rev. Antalya, 2006)
4\tRes. 36

Telecommunications in the service of humanitarian assistance

The Plenipotentiary Conference of the International Telecommunication Union
(Antalya, 2006),

recalling
a)\tResolution 136 (Antalya, 2006) of the Plenipotentiary Conference;
";
    let documents = scan(text);
    let ids: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(
        ids,
        [
            Some("PP 70 (Rev. Antalya, 2006)".to_owned()),
            Some("PP 36 (Rev. Antalya, 2006)".to_owned())
        ]
    );
    assert_eq!(citations(&documents[0]), ["WTDC 44"]);
    assert_eq!(citations(&documents[1]), ["PP 136 (Antalya, 2006)"]);
    assert_eq!(
        documents[1].title.as_deref(),
        Some("Telecommunications in the service of humanitarian assistance")
    );
}

#[test]
fn every_span_of_a_crlf_text_starts_on_a_character_of_its_line() {
    let text = "\r\nCover page\r\n\r\nRESOLUTION 70 (REV. DUBAI, 2018)\r\n\r\nGender\r\n\r\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\r\n\r\nrecalling\r\na)\tResolution 71 (Rev. Dubai, 2018);\r\n";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    for part in &documents[0].parts {
        let start = part.span.start as usize;
        assert!(
            !(start > 0 && text.as_bytes()[start - 1] == b'\r' && text.as_bytes()[start] == b'\n'),
            "the {} part starts inside a CRLF pair at {start}",
            part.kind
        );
    }
    assert_eq!(citations(&documents[0]), ["PP 71 (Rev. Dubai, 2018)"]);
}

#[test]
fn a_title_broken_by_a_blank_line_inside_a_phrase_goes_on() {
    let text = "\
RESOLUTION 9 (Rev. Hyderabad, 2010)

Participation of countries, particularly developing countries,

in spectrum management

The World Telecommunication Development Conference (Hyderabad, 2010),

recognizing
a)\tthat spectrum is a scarce resource;
";
    let documents = scan(text);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Participation of countries, particularly developing countries, in spectrum management"
        )
    );
    let themes: Vec<&str> = documents[0].themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"spectrum-management"), "{themes:?}");
}

#[test]
fn a_page_title_gives_the_title_of_a_heading_without_one() {
    let text = "\
Home : Gender
Resolution 70 (PP98) - Inclusion of gender perspective in the work of ITU

Inclusion of gender perspective in the work of ITU (Plenipotentiary Conference, Minneapolis, 1998)

Resolution 70

The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),

considering
a)\tthat the Union's work benefits from the participation of women;
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    // The page's title names the edition by its tag, the issuing clause by place and year: the
    // same conference.
    let own = documents[0].id.as_ref().unwrap();
    assert_eq!((own.body, own.number.to_string()), (Some(Body::Pp), "70".to_owned()));
    assert_eq!(own.edition.as_ref().and_then(|e| e.year), Some(1998));
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Inclusion of gender perspective in the work of ITU")
    );
    let themes: Vec<&str> = documents[0].themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"gender-equality"), "{themes:?}");
}

/// A one-line text copied through a narrow window: every line about as wide, the heading in the
/// middle of one, running headers between pages.
#[test]
fn prose_hard_wrapped_at_one_width_is_read_as_flowed_text() {
    let text = "\
WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY Johannesburg, 21-30 October 2008 RESOLUTION
75 (Johannesburg, 2008) Contribution of the Standardization Sector to the outcomes of the
World Summit on the Information Society The World Telecommunication Standardization Assembly
(Johannesburg, 2008), recalling a) Resolution 140 (Rev. Antalya, 2006) of the Plenipotentiary
Conference, on the role of ITU in implementing the outcomes of the Summit; b) Resolution 102
244\tRes. 75
(Rev. Antalya, 2006) of the Plenipotentiary Conference, on the role of ITU with regard to
international public policy issues pertaining to the Internet; considering a) that the Summit
assigned tasks to the Union in many action lines, and the Sector takes part in several of them;
b) that the Council keeps a working group on the Summit's outcomes, resolves 1 to continue the
Sector's work on the action lines assigned to the Union, in line with its mandate; 2 to report
on that work to the Council working group every year, instructs the Director of the Bureau 1 to
Res. 75\t245
take the necessary measures for the Sector to contribute to the outcomes of the Summit, within
the available budget; 2 to report to the next assembly on the work done under this resolution.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTSA 75 (Johannesburg, 2008)"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Contribution of the Standardization Sector to the outcomes of the World Summit on the Information Society"
        )
    );
    assert_eq!(citations(document), ["PP 140 (Rev. Antalya, 2006)", "PP 102 (Rev. Antalya, 2006)"]);
    let kinds = kinds(document);
    assert!(
        kinds.contains(&"preamble".to_owned()) && kinds.contains(&"operative".to_owned()),
        "{kinds:?}"
    );
}

/// A text without a heading whose title stands right above its issuing clause, under a
/// meeting's cover lines with no blank line between (a page copied from a PDF): the title is the
/// lines above the clause that read as a title, not the cover lines.
#[test]
fn title_above_the_issuing_clause_under_cover_lines() {
    let text = "\
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
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Role of the Dedicated Group in identifying Internet-related Public Policy issues")
    );
    assert_eq!(citations(&documents[0]), ["PP 102 (Rev. Antalya, 2006)"]);

    // Only cover lines above the clause: no title.
    let text = "\
Document C09/105-E
28 October 2009
(adopted at the seventh Plenary Meeting)
The Council,
resolves
1\tthat the group goes on with its work.
";
    assert_eq!(scan(text)[0].title, None);
}

/// A web page that lost the hyphens of the Sectors' names (`ITUR, ITUT and ITUD`, `UITT`): the
/// names are read as written with their hyphen, in the title, in a Sector marker and in the
/// operative part.
#[test]
fn sector_names_that_lost_their_hyphen() {
    let text = "\
WTDC RESOLUTION 59 (Hyderabad, 2010)

Strengthening coordination and cooperation among ITUR, ITUT and ITUD on matters of mutual interest

The World Telecommunication Development Conference (Hyderabad, 2010),

recalling
a) Resolution ITUR 6 (Rev. Geneva, 2007) of the Radiocommunication Assembly, on cooperation with the other Sectors;

resolves
1 to keep the ITUT and ITUD coordination mechanisms in place, as the UITT does.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTDC 59 (Hyderabad, 2010)"));
    assert_eq!(citations(document), ["RA ITU-R 6 (Rev. Geneva, 2007)"]);
    let themes: Vec<&str> = document.themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"intersectoral-coordination"), "{themes:?}");
    assert!(document.calls_for_coordination);
}

/// Text extracted from a PDF with the spaces between some words lost: a Sector marker glued to
/// the number (`Resolution ITUT7`, `Resolution ITU-R22`).
#[test]
fn a_sector_marker_glued_to_the_number() {
    let text = "\
RESOLUTION ITU-R 9-5

Liaison and collaboration with other relevant organizations, in particular ISO, IEC and CISPR

The ITU Radiocommunication Assembly,

considering

f)\tthat cooperation with ISO and IEC is already well established in ITUT through Resolution ITUT7;

g)\tthat Resolution ITU-R22 deals with national spectrum management;
";
    let documents = scan(text);
    assert_eq!(citations(&documents[0]), ["WTSA 7", "RA ITU-R 22"]);
}

/// Titles whose accented letters a bad extraction lost still name their themes.
#[test]
fn titles_that_lost_their_accented_letters_name_their_themes() {
    let french = "\
RSOLUTION 1187 (C-2001)

Principe de l'galit des sexes dans la gestion, la politique et la pratique des ressources humaines  l'UIT

Le Conseil,

dcide
1\tde poursuivre ces travaux.
";
    let spanish = "\
RESOLUCIN 55 (DOHA, 2006)

Promocin de la igualdad de gnero para sociedades de la informacin integradoras

La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Doha, 2006),

resuelve
1\tseguir trabajando.
";
    for text in [french, spanish] {
        let documents = scan(text);
        assert_eq!(documents.len(), 1);
        let themes: Vec<&str> = documents[0].themes.iter().map(|t| t.id.as_str()).collect();
        assert!(themes.contains(&"gender-equality"), "{themes:?}");
    }
}

/// A long title wrapped over lines, a page break leaving blank lines inside it: the title runs
/// on to the issuing clause.
#[test]
fn a_long_title_broken_by_blank_lines_runs_on_to_the_issuing_clause() {
    let text = "\
RESOLUTION 238 (WRC-15)

Studies on frequency-related matters for International Mobile


Telecommunications identification including possible additional
allocations to the mobile services on a primary basis in portion(s)
of the frequency range between 24.25 and 86 GHz for the future
development of International Mobile Telecommunications
for 2020 and beyond
The World Radiocommunication Conference (Geneva, 2015),
considering
a)\tthat higher frequency bands may offer the larger blocks of spectrum these systems need;
resolves
1\tto invite studies of the bands.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Studies on frequency-related matters for International Mobile Telecommunications identification including possible additional allocations to the mobile services on a primary basis in portion(s) of the frequency range between 24.25 and 86 GHz for the future development of International Mobile Telecommunications for 2020 and beyond"
        )
    );
}

/// A short title, then cover lines under a blank line: the title does not run on into them.
#[test]
fn a_short_title_does_not_run_on_over_a_blank_line() {
    let text = "\
RESOLUTION 1305
Role of the Dedicated Group in identifying

Council 2009 held at Geneva in October
The Council,
resolves
1\tthat the group lists the issues it identifies.
";
    let documents = scan(text);
    assert_eq!(documents[0].title.as_deref(), Some("Role of the Dedicated Group in identifying"));
}

/// A web page saved from a word processor marks its footnotes with a number in brackets glued to
/// the word (`levels[1]`, `countries[2]`): no part of the title or of the words.
#[test]
fn footnote_marks_in_brackets_glued_to_words() {
    let text = "\
RESOLUTION 17 (Rev. Buenos Aires, 2017)

Implementation of regionally approved initiatives at the national, regional, interregional and global levels[1]

The World Telecommunication Development Conference (Buenos Aires, 2017),

recalling
a)\tResolution 34 (Rev. Busan, 2014) of the Plenipotentiary Conference, on help to countries in special need[2];

resolves
1\tthat regional initiatives stay the Sector's main way of carrying out projects.

____________________
[1] The least developed countries among them.
[2] Among them the small island developing states.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTDC 17 (Rev. Buenos Aires, 2017)"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Implementation of regionally approved initiatives at the national, regional, interregional and global levels"
        )
    );
    assert_eq!(citations(document), ["PP 34 (Rev. Busan, 2014)"]);
}

/// A web page saved from a word processor with its reviewers' comments marks each with the
/// commenter's initials and a number in brackets glued to the word (`devices[SP1]`,
/// `Sector[AB12]`): no part of the title or of a citation.
#[test]
fn comment_marks_in_brackets_glued_to_words() {
    let text = "\
RESOLUTION [COUNTERF] (Hammamet, 2016)

ITU-T studies for combating counterfeit telecommunication/ICT devices[SP1]

The World Telecommunication Standardization Assembly (Hammamet, 2016),

recalling
a)\tResolution 188 (Busan, 2014)[AB12] of the Plenipotentiary Conference, on counterfeit devices;

resolves
1\tthat the study groups go on with the work.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(
        document.title.as_deref(),
        Some("ITU-T studies for combating counterfeit telecommunication/ICT devices")
    );
    assert_eq!(citations(document), ["PP 188 (Busan, 2014)"]);
}

/// A copy that lost the line break between two words of a body's name
/// (`TelecommunicationDevelopment`): the name is still read, and gives the body of citations
/// with no edition to tell it.
#[test]
fn a_body_s_name_with_two_words_glued_together() {
    let text = "\
RESOLUTION 179 (Rev. Dubai, 2018)

ITU's role in child online protection

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

recognizing
a)\tResolution 67 of the World TelecommunicationDevelopment Conference (WTDC), on the role of the Development Sector in child online protection;
b)\tResolution 45 of the WorldTelecommunication Development Conference, on cooperation in cybersecurity,

resolves
1\tto go on with the work on child online protection.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["WTDC 67", "WTDC 45"]);
}

/// An issuing clause wrapped before its edition, its first line a whole clause by itself (`The
/// World Telecommunication Standardization Assembly` / `(Johannesburg, 2008),`): the edition on
/// the next line is the clause's.
#[test]
fn an_issuing_clause_wrapped_before_its_edition() {
    let text = "\
RESOLUTION 73
Information and communication technologies
and climate change
(Johannesburg, 2008)
The World Telecommunication Standardization Assembly
(Johannesburg, 2008),
considering
a) that climate change is fast becoming a concern of the whole world;
resolves
1 to go on studying how telecommunications can help.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 73 (Johannesburg, 2008)"));
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Information and communication technologies and climate change")
    );
}

/// A copy on one line that lost every character outside ASCII, typographic apostrophes too
/// (`LAssemble des radiocommunications de lUIT`), with the page's running header and page number
/// glued to the heading (`Rs. UIT-R 2-8 1RSOLUTION`).
#[test]
fn a_one_line_copy_that_lost_every_character_outside_ascii() {
    let text = "Rs. UIT-R 2-8 1RSOLUTION UIT-R 2-8 Runion de prparation  la Confrence (1993-1995-1997-2000-2003-2007-2012-2015-2019) LAssemble des radiocommunications de lUIT, considrant a) que chaque Confrence mondiale des radiocommunications sappuie sur des tudes prpares longtemps  lavance; b) que la Rsolution UIT-R 1-8 fixe les mthodes de travail des commissions dtudes, dcide 1 que la Runion de prparation  la Confrence tablit un rapport unique pour chaque confrence.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("RA ITU-R 2-8 (Rev. Sharm el-Sheikh, 2019)"));
    let title = document.title.as_deref().map(|t| t.split_whitespace().collect::<Vec<_>>());
    assert_eq!(title, Some(vec!["Runion", "de", "prparation", "la", "Confrence"]));
    // The running header names the document itself: it is no citation.
    assert_eq!(citations(document), ["RA ITU-R 1-8"]);
    // The header before the heading stays front matter: its citation word lost two of its
    // letters (`Rs.`), and two letters do not make a citation word (`Rs. 500` is an amount).
    assert_eq!(kinds(document), ["other", "heading", "title", "heading", "preamble", "operative"]);
}

/// A page number glued to the heading in capitals that follows it on a copy made one line
/// (`Res. 64 12RESOLUTION 64`): the heading is read, the header before it cites nothing.
#[test]
fn a_page_number_glued_to_the_heading_it_stands_before() {
    let text = "Res. 64 12RESOLUTION 64 (REV. DUBAI, 2018) Non-discriminatory access to modern telecommunication/information and communication technology facilities, services and applications The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018), recalling a) Resolution 139 (Rev. Dubai, 2018) of this Conference, on the digital divide; resolves 1 to keep these facilities open to every Member State.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 64 (Rev. Dubai, 2018)"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Non-discriminatory access to modern telecommunication/information and communication technology facilities, services and applications"
        )
    );
    assert_eq!(citations(document), ["PP 139 (Rev. Dubai, 2018)"]);
    assert!(document.front_matter_references.is_empty());
}

/// Lettered items right under the issuing clause whose clause word a copy lost are the
/// preamble: what they cite and name weighs as the preamble's.
#[test]
fn lettered_items_under_the_issuing_clause_without_their_clause_word() {
    let text = "\
RESOLUTION 179 (REV. DUBAI, 2018)

ITU's role in child online protection

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

a)\tthat children go online younger every year;
b)\tthat Resolution 67 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference deals with the same matter,

resolves
1\tto keep child online protection among the priorities of the Union.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(kinds(document), ["heading", "title", "heading", "preamble", "operative"]);
    assert_eq!(citations(document), ["WTDC 67 (Rev. Buenos Aires, 2017)"]);
    assert_eq!(document.citations[0].part.to_string(), "preamble");
}

/// The same from a web page, whose lists letter their items with a full stop (`a.`).
#[test]
fn items_lettered_with_a_full_stop_under_the_issuing_clause() {
    let text = "\
Resolution 70
The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),
a.\tthe initiative of the World Telecommunication Development Conference (Valletta, 1998) in adopting Resolution 7 on gender issues;
b.\tthe purposes of the Union as its Constitution lays them down,
resolves
1\tto bring a gender perspective into the work of the Union.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    // The issuing clause right under the heading is one heading part with it.
    assert_eq!(kinds(document), ["heading", "preamble", "operative"]);
    assert_eq!(citations(document), ["WTDC 7 (Valletta, 1998)"]);
    assert_eq!(document.citations[0].part.to_string(), "preamble");
}

/// A copy hard-wrapped at a narrow width that cut the heading's citation word in capitals at a
/// line end (`RESOLU-` / `TION 50`): one word again, and the heading is read.
#[test]
fn a_heading_s_citation_word_cut_at_a_line_end() {
    let text = "\
Home : Conferences : Development : Resolutions WTDC RESOLU-
TION 50 (Rev. Dubai, 2014) Optimal integration of information
and communication technologies The World Telecommunication Deve-
lopment Conference (Dubai, 2014), recalling a) Resolution 37
(Rev. Dubai, 2014) of this Conference, on bridging the digital
divide; resolves 1 that the Bureau goes on helping Member States
integrate these technologies in their development plans; 2 that
the Bureau reports on this work to each conference, with the
lessons learnt in the regions and the projects carried out since
the last conference.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTDC 50 (Rev. Dubai, 2014)"));
    assert_eq!(
        document.title.as_deref().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")),
        Some("Optimal integration of information and communication technologies".to_owned())
    );
    assert_eq!(citations(document), ["WTDC 37 (Rev. Dubai, 2014)"]);
}

/// A stray space a PDF extraction left inside a word of the issuing clause (`Devel opment`):
/// the clause is read all the same, and the book's second resolution is a document of its own.
#[test]
fn a_stray_space_inside_a_word_of_the_issuing_clause() {
    let text = "\
RESOLUTION 34 (Rev. Hyderabad, 2010)

The role of telecommunications in disaster preparedness

The World Telecommunication Development Conference (Hyderabad, 2010),

resolves
1\tto keep helping Member States prepare for disasters.

RESOLUTION 38 (Rev. Hyderabad, 2010)

Development of the Youth Forum in the Telecommunication Development Bureau

The World Telecommunication Devel opment Conference (Hyderabad, 2010),

recalling
Resolution 17 (Rev. Hyderabad, 2010) of this Conference,

resolves
1\tto hold the Youth Forum again.
";
    let documents = scan(text);
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(
        found,
        [
            Some("WTDC 34 (Rev. Hyderabad, 2010)".to_owned()),
            Some("WTDC 38 (Rev. Hyderabad, 2010)".to_owned())
        ]
    );
    assert_eq!(kinds(&documents[1]), ["heading", "title", "heading", "preamble", "operative"]);
    assert_eq!(citations(&documents[1]), ["WTDC 17 (Rev. Hyderabad, 2010)"]);
}

/// A compound hyphenated at a line's end keeps its hyphen where the text writes it whole
/// elsewhere (`broadcasting-` / `satellite`, as `broadcasting-satellite` further on), and after
/// `non` (`non-` / `geostationary`); a word cut by hyphenation is joined (`sys-` / `tems`).
#[test]
fn a_compound_broken_at_a_line_end_keeps_its_hyphen() {
    let text = "\
RESOLUTION 76 (REV.WRC-15)
Protection of geostationary fixed-satellite service and geostationary broadcasting-
satellite service networks from the aggregate power produced by multiple non-
geostationary fixed-satellite service sys-
tems
The World Radiocommunication Conference (Geneva, 2015),
considering
a) that the broadcasting-satellite service needs protection;
resolves
1 that administrations keep within the limits.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Protection of geostationary fixed-satellite service and geostationary broadcasting-satellite service networks from the aggregate power produced by multiple non-geostationary fixed-satellite service systems"
        )
    );
}

/// An edition on a line of its own under a heading that has none, a blank line between them or
/// under the title, as a copy that broke the heading's line gives it; an ITU-R year chain with a
/// footnote mark after it. The issuing clause names no year: the edition says it.
#[test]
fn an_edition_on_a_line_of_its_own_under_the_heading_or_the_title() {
    let clause = "\n\nThe Plenipotentiary Conference of the International Telecommunication Union,\n\nconsidering\na)\tthat the work goes on;\n";
    for top in [
        "RESOLUTION 70\n\n(Rev. Dubai, 2018)\n\nGender mainstreaming",
        "RESOLUTION 70\n\nGender mainstreaming\n\n(Rev. Dubai, 2018)",
    ] {
        let documents = scan(&format!("{top}{clause}"));
        assert_eq!(documents.len(), 1, "{top}");
        assert_eq!(id(&documents[0]).as_deref(), Some("PP 70 (Rev. Dubai, 2018)"), "{top}");
        assert_eq!(documents[0].title.as_deref(), Some("Gender mainstreaming"), "{top}");
    }
    let assembly =
        "\n\nThe ITU Radiocommunication Assembly,\n\nconsidering\na)\tthat the work goes on;\n";
    for chain in ["(2015-2019)*", "(2015-2019)1"] {
        let text = format!(
            "RESOLUTION ITU-R 67-1\n\nAccessibility for persons with disabilities\n\n{chain}{assembly}"
        );
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{chain}");
        assert_eq!(
            id(&documents[0]).as_deref(),
            Some("RA ITU-R 67-1 (Rev. Sharm el-Sheikh, 2019)"),
            "{chain}"
        );
        assert_eq!(
            documents[0].title.as_deref(),
            Some("Accessibility for persons with disabilities"),
            "{chain}"
        );
    }
}

/// An extraction that wrote the place's `Ï` as the Greek capital iota with dialytika
/// (`DUBAΪ`, `Dubaϊ`) still names Dubai, in the heading and in a citation.
#[test]
fn a_greek_iota_for_a_latin_i_with_diaeresis() {
    let text = "\
RÉSOLUTION 70 (RÉV. DUBAΪ, 2018)

Intégration du principe de l'égalité hommes/femmes

La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaϊ, 2018),

rappelant
a)\tla Résolution 55 (Rév. Dubaϊ, 2014) de la Conférence mondiale de développement des télécommunications,

décide
1\tde poursuivre ces travaux.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 70 (Rev. Dubai, 2018)"));
    assert_eq!(citations(&documents[0]), ["WTDC 55 (Rev. Dubai, 2014)"]);
}

/// An issuing clause may give the dates the conference met before its year (`(Hammamet, 25
/// October – 3 November 2016)`, `(Dubaï, 29 octobre - 16 novembre 2018)`, `(Dubái, del 29 de
/// octubre al 16 de noviembre de 2018)`): the year is the edition's.
#[test]
fn an_issuing_clause_with_the_dates_of_the_meeting_gives_the_year() {
    let cases = [
        (
            "RESOLUTION 55\n\nMainstreaming a gender perspective in ITU-T activities\n\nThe World Telecommunication Standardization Assembly (Hammamet, 25 October – 3 November 2016),\n\nresolves\n\n1\tto go on.\n",
            "WTSA 55 (Hammamet, 2016)",
        ),
        (
            "RESOLUTION 70\n\nA title of the text\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 29 October-16 November 2018),\n\nresolves\n\n1\tto go on.\n",
            "PP 70 (Dubai, 2018)",
        ),
        (
            "RÉSOLUTION 70\n\nUn titre du texte\n\nLa Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 29 octobre - 16 novembre 2018),\n\ndécide\n\n1\tde poursuivre.\n",
            "PP 70 (Dubai, 2018)",
        ),
        (
            "RESOLUCIÓN 70\n\nUn título del texto\n\nLa Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Dubái, del 29 de octubre al 16 de noviembre de 2018),\n\nresuelve\n\n1\tproseguir.\n",
            "PP 70 (Dubai, 2018)",
        ),
    ];
    for (text, want) in cases {
        let documents = scan(text);
        assert_eq!(documents.len(), 1);
        assert_eq!(id(&documents[0]).as_deref(), Some(want), "{text}");
    }
}

/// A World Radiocommunication Conference meets where the Radiocommunication Assembly met just
/// before: its issuing clause's place and year name the conference, with no doubt about it.
#[test]
fn a_radio_conference_s_issuing_clause_names_its_place_and_year() {
    let text = "\
RESOLUTION 55

A title of the text

The World Radiocommunication Conference (Geneva, 2015),

considering
a)\tthat Resolution 25 (Rev.WRC-12) applies,

resolves
1\tto go on.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let identity = documents[0].id.as_ref().expect("an identity");
    assert_eq!(identity.body, Some(Body::Wrc));
    assert_eq!(identity.edition.as_ref().and_then(|e| e.year), Some(2015));
    assert!(documents[0].diagnostics.is_empty(), "{:?}", documents[0].diagnostics);
}

/// A one-line copy of a text hyphenated for the page: the words cut at line ends keep a space
/// where each break was (`Standardi- zation`). The body names so cut are read, and the
/// citations take their bodies from them, not from the document.
#[test]
fn words_cut_at_line_ends_in_a_one_line_copy() {
    let text = "RESOLUTION 123 (REV. DUBAI, 2018) Bridging the standardization gap between developing and developed countries The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018), recalling a) Resolution 44 (Rev. Hammamet, 2016) of the World Telecommunication Standardi- zation Assembly, on the same gap; b) Resolution 37 of the World Telecommunication Develop- ment Conference (Buenos Aires, 2017), on the divide; resolves 1 to keep the short- and long-term work of the Sectors in step; 2 that the Bureaux share their plans.\n";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 123 (Rev. Dubai, 2018)"));
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Bridging the standardization gap between developing and developed countries")
    );
    assert_eq!(
        citations(&documents[0]),
        ["WTSA 44 (Rev. Hammamet, 2016)", "WTDC 37 (Buenos Aires, 2017)"]
    );
}

/// A letter typed twice or in excess inside a long word of a body's name (`Developement`), in an
/// issuing clause without heading above it and in a citation's attribution: the name is read,
/// so the title above the clause is the title and the citation has its body. A short clause
/// word is not read into a longer word of another meaning (`nothing` is no `noting`).
#[test]
fn a_letter_in_excess_inside_a_long_word_of_a_body_s_name() {
    let text = "\
Regional preparations for world telecommunication
development conferences
The world Telecommunication Developement conference,
considering
a) that Resolution 25 of the World Telecommunication Developement Conference (Istanbul, 2002) asks for regional preparations;
b) that nothing else is asked,
resolves
1 to go on with regional preparations.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Regional preparations for world telecommunication development conferences")
    );
    assert_eq!(citations(&documents[0]), ["WTDC 25 (Istanbul, 2002)"]);
    // The issuing clause is the top block's, with the heading's kind.
    assert_eq!(kinds(&documents[0]), ["title", "heading", "preamble", "operative"]);
}

/// A PDF's reader writes a blank line between paragraphs, and a paragraph split by a page break
/// comes out as two: the citation word ends one (`a) Resolution`), its number and edition open
/// the next (`183 (Guadalajara, 2010) of ...`). The citation reads across the blank line. A
/// number opening a paragraph with no edition after it is an item, no part of a citation.
#[test]
fn a_citation_split_between_two_paragraphs_by_a_page_break() {
    let text = "\
RESOLUTION 54 (REV. DUBAI, 2014)

Information and communication technology applications

The World Telecommunication Development Conference (Dubai, 2014),

recalling

a) Resolution

183 (Guadalajara, 2010) of the Plenipotentiary Conference, on e-health applications;

b) that the Bureau supports the Member States in applying the Resolution

resolves

1 to go on with the work;

2 that the Bureau reports on it.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    assert_eq!(citations(&documents[0]), ["PP 183 (Guadalajara, 2010)"]);
}

/// A resolution saved as Markdown (a converter's output, a page of notes): the heading marked
/// as a section, the title in bold, the issuing clause and the clause words in italics, the
/// items as a list, a hard line break written as a backslash and brackets escaped. The marks
/// are no part of the words: it reads as the text without them.
#[test]
fn a_resolution_written_in_markdown_reads_as_its_words() {
    let text = "\
## RESOLUTION 25 (REV. BUSAN, 2014)

**Strengthening the regional presence**

*The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),*

*recalling*

- a) Resolution 71 (Rev. Busan, 2014) on the strategic plan of the Union;
- b) Resolution 123 (Rev. Busan, 2014) on bridging the standardization gap;

*resolves*

1. that the regional offices keep working with the three Bureaux on the regional initiatives;\\
2. that the draft \\[RCC-2\\] on the offices' staff be taken into account.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{documents:?}");
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 25 (Rev. Busan, 2014)"));
    assert_eq!(document.title.as_deref(), Some("Strengthening the regional presence"));
    assert_eq!(citations(document), ["PP 71 (Rev. Busan, 2014)", "PP 123 (Rev. Busan, 2014)"]);
    let kinds = kinds(document);
    assert!(
        kinds.contains(&"preamble".to_owned()) && kinds.contains(&"operative".to_owned()),
        "{kinds:?}"
    );
    assert!(document.calls_for_coordination);
}

/// The same shapes with the other marks Markdown has for them: the heading in bold, the clause
/// words between underscores, the title as a lower section.
#[test]
fn a_resolution_in_markdown_with_bold_headings_and_underscores() {
    let text = "\
**RESOLUTION 70 (REV. DUBAI, 2018)**

### Mainstreaming a gender perspective in ITU

_The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),_

_considering_

a) Resolution 55 (Rev. Dubai, 2018) on the same topic;

_resolves_

1 to keep the gender focal points of the Sectors working together.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{documents:?}");
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 70 (Rev. Dubai, 2018)"));
    assert_eq!(document.title.as_deref(), Some("Mainstreaming a gender perspective in ITU"));
    assert_eq!(citations(document), ["PP 55 (Rev. Dubai, 2018)"]);
}

/// A Markdown text keeps its rule of underscores above its footnotes: the footnote (`These
/// include the least developed countries ...`) is no part of the operative text, and names no
/// theme of the resolution.
#[test]
fn a_markdown_text_keeps_its_footnote_rule() {
    let text = "\
## RESOLUTION 123 (REV. DUBAI, 2018)

**Bridging the standardization gap between developing and developed countries**

*The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),*

*resolves*

1 to help experts from developing countries1 take part in the study groups.

______
1\tThese include the least developed countries, small island developing states and landlocked developing countries.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{documents:?}");
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 123 (Rev. Dubai, 2018)"));
    let themes: Vec<&str> = document.themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"bridging-standardization-gap"), "{themes:?}");
    assert!(!themes.contains(&"ldc-sids-special-needs"), "{themes:?}");
}

/// Footnote marks copied as superscript digits glued to the words (`countries¹`,
/// `Conference²,`): they are no part of the words, so the phrases around them are read.
#[test]
fn superscript_footnote_marks_glued_to_words() {
    let text = "\
RESOLUTION 30 (REV. KIGALI, 2022)

Assistance to the least developed countries¹

The World Telecommunication Development Conference (Kigali, 2022),

recalling

a) Resolution 139 (Rev. Bucharest, 2022)² of the Plenipotentiary Conference³;

resolves

1 to give priority to the least developed countries¹ in the assistance of the Bureau.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{documents:?}");
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTDC 30 (Rev. Kigali, 2022)"));
    assert_eq!(citations(document), ["PP 139 (Rev. Bucharest, 2022)"]);
    // The title is quoted as written, its mark with it; its words name the theme.
    let theme = document.themes.iter().find(|t| t.id == "ldc-sids-special-needs");
    let parts: Vec<String> =
        theme.map(|t| t.evidence.iter().map(|e| e.part.to_string()).collect()).unwrap_or_default();
    assert!(parts.contains(&"title".to_owned()), "{:?}", document.themes);
}

/// An issuing clause hard-wrapped at 72 columns inside the body's name, the last word of the
/// name and the edition on the next line (`... International Telecommunication` / `Union
/// (Minneapolis, 1998),`): the clause names the body and its edition. A sentence about the
/// body wrapped the same way, going on after the edition, is no clause.
#[test]
fn an_issuing_clause_wrapped_inside_the_body_s_name() {
    let text = "\
RESOLUTION 102

Role of the Union with regard to international public policy issues

The Plenipotentiary Conference of the International Telecommunication
Union (Minneapolis, 1998),

considering

a) that the Internet keeps growing in every country;

resolves

1 to keep the matter under study.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 102 (Minneapolis, 1998)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Role of the Union with regard to international public policy issues")
    );
    let sentence = "\
RESOLUTION 102

Role of the Union with regard to international public policy issues

The Plenipotentiary Conference of the International Telecommunication
Union (Minneapolis, 1998), in its Resolution 101, asked for studies.
";
    let documents = scan(sentence);
    assert_eq!(documents.len(), 1);
    assert!(documents[0].id.as_ref().is_none_or(|i| i.edition.is_none()), "{:?}", documents[0].id);
}

/// A text extracted with two spaces between every word, as justified lines give it: the gap
/// before the heading's number is as wide as every other, so it is no contents entry's gap
/// before a page number.
#[test]
fn a_text_with_two_spaces_between_every_word() {
    let plain = "\
RESOLUTION ITU-R 55

ITU studies of disaster prediction, detection, mitigation and relief

(2007)

The ITU Radiocommunication Assembly,

considering

a) that Resolution 136 (Antalya, 2006) of the Plenipotentiary Conference asks the Union to use telecommunications in disasters;

resolves

1 that the study groups take account of Resolution 646 (WRC-03).
";
    let text = plain.replace(' ', "  ");
    let documents = scan(&text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("RA ITU-R 55 (Geneva, 2007)"));
    assert_eq!(citations(document), ["PP 136 (Antalya, 2006)", "WRC 646 (WRC-03)"]);
}

/// A text saved from a page's source, its character references left as written (`&nbsp;`,
/// `&amp;`, `&#8211;`, `&eacute;`): they read as the characters they stand for, so the heading,
/// the edition and the phrases around them are read.
#[test]
fn character_references_left_in_a_saved_page() {
    let text = "\
RESOLUTION&nbsp;140 (REV.&nbsp;DUBAI, 2018)

ITU&#8217;s role in implementing the outcomes of the World Summit on the Information Society &amp; the 2030 Agenda

The Plenipotentiary Conference of the International Telecommunication Union (Dubai,&nbsp;2018),

recalling

a) Resolution&nbsp;71 (Rev.&#160;Dubai, 2018) of this conference&nbsp;;

b) la R&eacute;solution 30 (R&eacute;v. Buenos Aires, 2017) de la Conf&eacute;rence mondiale de d&eacute;veloppement des t&eacute;l&eacute;communications;

resolves

1 that research &amp; development on the action lines go on.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{documents:?}");
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 140 (Rev. Dubai, 2018)"));
    assert_eq!(
        citations(document),
        ["PP 71 (Rev. Dubai, 2018)", "WTDC 30 (Rev. Buenos Aires, 2017)"]
    );
    let themes: Vec<&str> = document.themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"wsis-sdgs"), "{themes:?}");
}

/// A resolution laid out line by line, extracted with two spaces between every word (and every
/// gap doubled), or with a no-break space for every space: the heading on its own line is no
/// contents entry and no running header, and the text reads as written with single spaces.
#[test]
fn a_laid_out_text_with_every_space_doubled_or_no_break() {
    let plain = "\
RESOLUTION 73
(Minneapolis, 1998)
World summit on the information society
The Plenipotentiary Conference of the International
Telecommunication Union (Minneapolis, 1998),
considering
a)  that Resolution 101 (Minneapolis, 1998) of this conference deals with networks based on the
Internet Protocol;
b)  the work of the Council under Resolution 1116 of the Council;
resolves
1  to instruct the Secretary-General to consult on holding a summit.
";
    for text in [plain.replace(' ', "  "), plain.replace(' ', "\u{a0}")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        let document = &documents[0];
        assert_eq!(id(document).as_deref(), Some("PP 73 (Minneapolis, 1998)"), "{text}");
        assert_eq!(
            document.title.as_deref(),
            Some("World summit on the information society"),
            "{text}"
        );
        assert_eq!(citations(document), ["PP 101 (Minneapolis, 1998)", "Council 1116"], "{text}");
        let themes: Vec<&str> = document.themes.iter().map(|t| t.id.as_str()).collect();
        assert!(themes.contains(&"wsis-sdgs"), "{themes:?}");
    }
}

/// A copy that sets a blank line between every two lines (each line of the page its own
/// paragraph): a blank line there says nothing of where a paragraph ends, and a title wrapped
/// over two lines is one title, under a heading and without one.
#[test]
fn a_copy_with_a_blank_line_after_every_line_keeps_a_wrapped_title_whole() {
    let body = "\
Implementation of International Mobile

Telecommunications-2000 (IMT-2000)

The World Radiocommunication Conference (Geneva, 2007),

considering

a)\tthat many administrations plan to bring these systems into service in the bands

identified for them;

b)\tthat the studies of ITU-R on sharing these bands are not finished,

resolves

1\tthat administrations planning these systems should make the identified bands

available as their needs require;

2\tto keep the matter under study.
";
    let title = "Implementation of International Mobile Telecommunications-2000 (IMT-2000)";
    let headed = format!("RESOLUTION 212 (REV. WRC-07)\n\n{body}");
    let documents = scan(&headed);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WRC 212 (Rev.WRC-07)"));
    assert_eq!(documents[0].title.as_deref(), Some(title));
    let documents = scan(body);
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].title.as_deref(), Some(title));
}

/// A note of the adopting meeting on a line of its own under a title of one line, in a copy
/// with a blank line between every two lines and in one with no blank line at all: the title
/// ends above the note.
#[test]
fn a_note_of_the_adopting_meeting_under_the_title_ends_it() {
    let spaced = "\
RESOLUTION 70 (REV. DUBAI, 2018)

Mainstreaming a gender perspective in ITU

(adopted at the ninth Plenary Meeting)

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

considering

a)\tthat the Union has set itself targets for the balance of women and men among its staff;

b)\tthat the Sectors report on their work on gender each year,

resolves

1\tto keep gender equality among the priorities of the Union;

2\tto report on progress to the next conference.
";
    let unspaced = spaced.replace("\n\n", "\n");
    for text in [spaced, unspaced.as_str()] {
        let documents = scan(text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("PP 70 (Rev. Dubai, 2018)"), "{text}");
        assert_eq!(
            documents[0].title.as_deref(),
            Some("Mainstreaming a gender perspective in ITU"),
            "{text}"
        );
    }
}

/// A footnote's mark at a title's end is no part of the title: a star or two, or a number after
/// the closing parenthesis, glued or after a space, as a copy keeps a raised mark. A title's
/// own number stays (`Question 1`).
#[test]
fn a_footnote_mark_at_the_end_of_a_title_is_no_part_of_it() {
    let cases = [
        (
            "Implementation of International Mobile Telecommunications-2000 (IMT-2000)1",
            "Implementation of International Mobile Telecommunications-2000 (IMT-2000)",
        ),
        (
            "Implementation of International Mobile Telecommunications-2000 (IMT-2000) 1",
            "Implementation of International Mobile Telecommunications-2000 (IMT-2000)",
        ),
        (
            "Implementation of International Mobile Telecommunications-2000 (IMT-2000)*",
            "Implementation of International Mobile Telecommunications-2000 (IMT-2000)",
        ),
        (
            "Internationalized (multilingual) domain names*",
            "Internationalized (multilingual) domain names",
        ),
        (
            "Internationalized (multilingual) domain names **",
            "Internationalized (multilingual) domain names",
        ),
        (
            "Internationalized (multilingual) domain names*, **",
            "Internationalized (multilingual) domain names",
        ),
        ("Studies on the matters of Question 1", "Studies on the matters of Question 1"),
    ];
    for (line, title) in cases {
        let text = format!(
            "RESOLUTION 48 (REV. DUBAI, 2012)\n{line}\nThe World Telecommunication Standardization Assembly (Dubai, 2012),\nconsidering\na)\tthat the work goes on;\nresolves\n1\tto keep the work going.\n"
        );
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{line}");
        assert_eq!(documents[0].title.as_deref(), Some(title), "{line}");
    }
}

/// A short copy with a blank line after every line, eight lines in all: its wrapped title is
/// whole too.
#[test]
fn a_short_copy_with_a_blank_line_after_every_line_keeps_a_wrapped_title_whole() {
    let text = "\
Implementation of International Mobile

Telecommunications-2000 (IMT-2000)

The World Radiocommunication Conference (Geneva, 1997),

considering

a)\tthat these systems are planned to come into service around the year 2000,

resolves

1\tthat administrations should make the identified bands available;

2\tto keep the matter under study.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Implementation of International Mobile Telecommunications-2000 (IMT-2000)")
    );
}
