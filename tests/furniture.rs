//! Page furniture in the short form of a conference's printed Final Acts (`RES647`, `RES647-1`,
//! `RES646 – 361 –`), at a line start, on a line of its own or inside flowed text, and titles as
//! printed: with the adoption history after them, wrapped over a blank line, with a footnote mark
//! or a stray space before a comma. The answers below were written from the texts by hand.

use isc_engine::Document;
use isc_suite::{cited as citations, identity as id};

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("furniture.txt", text)
}

fn themes(document: &Document) -> Vec<&str> {
    document.themes.iter().map(|t| t.id.as_str()).collect()
}

/// A page of the printed Final Acts, line by line: the short running header glued before the
/// heading with the page number (`RES647-1`), on a line of its own after a page number, and at
/// the start of a page's first line with the page number after it.
const PAGED: &str = "\
RES647-1 RESOLUTION 647 (REV.WRC-12)
Spectrum management guidelines for emergency and disaster relief radiocommunication
The World Radiocommunication Conference (Geneva, 2012),
considering
a) that Resolution 644 (Rev.WRC-12) deals with radio resources for early warning and relief;
96\tRES647
b) that Resolution
RES647 97 646 (Rev.WRC-12) deals with public protection and disaster relief;
resolves
1 that the Radiocommunication Sector keeps studying spectrum for emergencies.
";

#[test]
fn short_running_headers_of_a_printed_page_are_furniture() {
    let documents = scan(PAGED);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WRC 647 (Rev.WRC-12)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Spectrum management guidelines for emergency and disaster relief radiocommunication")
    );
    assert_eq!(citations(document), ["WRC 644 (Rev.WRC-12)", "WRC 646 (Rev.WRC-12)"]);
    assert!(themes(document).contains(&"emergency-telecommunications"), "{:?}", themes(document));
}

#[test]
fn short_running_headers_inside_flowed_text_are_furniture() {
    // The same page with every line break gone.
    let flat = PAGED.replace(['\n', '\t'], " ");
    let documents = scan(&flat);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WRC 647 (Rev.WRC-12)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Spectrum management guidelines for emergency and disaster relief radiocommunication")
    );
    assert_eq!(citations(document), ["WRC 644 (Rev.WRC-12)", "WRC 646 (Rev.WRC-12)"]);
}

#[test]
fn a_short_header_with_its_page_between_dashes_before_a_proposal() {
    let text = "\
RES646 \u{2013} 361 \u{2013} MOD RESOLUTION 646 (REV.WRC-15)
Public protection and disaster relief
The World Radiocommunication Conference (Geneva, 2015),
considering
a) that Resolution 647 (Rev.WRC-15) gives guidelines for emergencies;
resolves
1 to encourage administrations to use harmonized bands.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WRC 646 (Rev.WRC-15)"));
    assert_eq!(document.title.as_deref(), Some("Public protection and disaster relief"));
    assert_eq!(citations(document), ["WRC 647 (Rev.WRC-15)"]);
}

#[test]
fn the_adoption_history_after_a_title_is_not_the_title() {
    let text = "\
RESOLUTION 43 (Rev. Dubai, 2012)

Regional preparations for world telecommunication standardization assemblies (Florian\u{f3}polis, 2004; Johannesburg, 2008; Dubai, 2012)

The World Telecommunication Standardization Assembly (Dubai, 2012),

considering
a) that regional preparation helps the assembly reach consensus;
";
    let documents = scan(text);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 43 (Rev. Dubai, 2012)"));
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Regional preparations for world telecommunication standardization assemblies")
    );

    // One conference and a footnote mark after it.
    let text = "\
WTSA RESOLUTION 1 (Rev. Dubai, 2012)

Rules of procedure of the ITU Telecommunication Standardization Sector (Dubai, 2012)1

The World Telecommunication Standardization Assembly (Dubai, 2012),

considering
a) that the Sector's working arrangements need rules of procedure;
";
    let documents = scan(text);
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Rules of procedure of the ITU Telecommunication Standardization Sector")
    );

    // A Radiocommunication Assembly's years, on the title's last line.
    let text = "\
RESOLUTION ITU-R 1-6

Working methods for the Radiocommunication Assembly, the Radiocommunication Study Groups, and the
Radiocommunication Advisory Group (1993-1995-1997-2000-2003-2007-2012)

The Radiocommunication Assembly,

considering
a) that the Assembly's duties are set out in the Constitution;
";
    let documents = scan(text);
    assert_eq!(id(&documents[0]).as_deref().map(|s| s.starts_with("RA ITU-R 1-6")), Some(true));
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Working methods for the Radiocommunication Assembly, the Radiocommunication Study Groups, and the Radiocommunication Advisory Group"
        )
    );
}

#[test]
fn a_title_line_ending_on_a_word_that_cannot_end_it_goes_on_over_a_blank_line() {
    let text = "\
RESOLUTION ITU-R 1-6

Working methods for the Radiocommunication Assembly, the Radiocommunication Study Groups, and the

Radiocommunication Advisory Group

The Radiocommunication Assembly,

considering
a) that the Assembly's duties are set out in the Constitution;
";
    let documents = scan(text);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Working methods for the Radiocommunication Assembly, the Radiocommunication Study Groups, and the Radiocommunication Advisory Group"
        )
    );

    // A title line that ends a phrase does not take the next paragraph.
    let text = "\
RESOLUTION 47 (Rev. Hyderabad, 2010)

Enhancement of knowledge and effective application of ITU Recommendations in developing countries, including conformance and interoperability testing of systems manufactured on the basis of ITU Recommendations

Note by the secretariat

The World Telecommunication Development Conference (Hyderabad, 2010),
";
    let documents = scan(text);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Enhancement of knowledge and effective application of ITU Recommendations in developing countries, including conformance and interoperability testing of systems manufactured on the basis of ITU Recommendations"
        )
    );
}

#[test]
fn a_footnote_mark_or_a_stray_space_inside_a_title_is_not_part_of_it() {
    let text = "\
RESOLUTION 44 (Rev. Dubai, 2012)

Bridging the standardization gap between developing 1 and developed countries

The World Telecommunication Standardization Assembly (Dubai, 2012),

considering
a) that the gap between developing and developed countries persists;
";
    let documents = scan(text);
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Bridging the standardization gap between developing and developed countries")
    );
    assert!(themes(&documents[0]).contains(&"bridging-standardization-gap"));

    let text = "\
WTDC RESOLUTION 47 (Rev. Hyderabad, 2010)

Enhancement of knowledge and effective application of ITU Recommendations in developing countries , including conformance and interoperability testing of systems manufactured on the basis of ITU Recommendations

The World Telecommunication Development Conference (Hyderabad, 2010),
";
    let documents = scan(text);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Enhancement of knowledge and effective application of ITU Recommendations in developing countries, including conformance and interoperability testing of systems manufactured on the basis of ITU Recommendations"
        )
    );

    // A number that belongs to the title stays.
    let text = "\
RESOLUTION 140 (Rev. Dubai, 2018)

ITU's role in implementing the outcomes of the World Summit on the Information Society and the 2030 Agenda for Sustainable Development, as well as in their follow-up and review processes

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
";
    let documents = scan(text);
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "ITU's role in implementing the outcomes of the World Summit on the Information Society and the 2030 Agenda for Sustainable Development, as well as in their follow-up and review processes"
        )
    );
}

#[test]
fn a_running_header_between_two_lines_of_a_title_is_not_in_the_title() {
    let text = "\
RES647-1 RESOLUTION 647 (REV.WRC-12)
Spectrum management guidelines for emergency and
96\tRES647
disaster relief radiocommunication
The World Radiocommunication Conference (Geneva, 2012),
considering
a) that Resolution 644 (Rev.WRC-12) deals with radio resources for early warning and relief;
";
    let documents = scan(text);
    assert_eq!(id(&documents[0]).as_deref(), Some("WRC 647 (Rev.WRC-12)"));
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Spectrum management guidelines for emergency and disaster relief radiocommunication")
    );

    let text = "\
RESOLUTION 136 (Antalya, 2006)
The use of telecommunications/information and
286\tRes. 136
communication technologies for monitoring and management in emergency and disaster situations for early warning, prevention, mitigation and relief
The Plenipotentiary Conference of the International Telecommunication Union (Antalya, 2006),
considering
a) that Resolution 36 (Rev. Antalya, 2006) deals with telecommunications for disaster relief;
";
    let documents = scan(text);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 136 (Antalya, 2006)"));
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "The use of telecommunications/information and communication technologies for monitoring and management in emergency and disaster situations for early warning, prevention, mitigation and relief"
        )
    );
    assert_eq!(citations(&documents[0]), ["PP 36 (Rev. Antalya, 2006)"]);
}

/// A proposal copied onto one line: a sentence naming another resolution stands right before the
/// title and the issuing clause. A citation inside a sentence is not a heading.
#[test]
fn a_citation_inside_a_sentence_before_the_issuing_clause_is_not_the_heading() {
    let text = "\
Proposals of the regional group for the work of the conference. The group proposes to merge two \
texts on regional initiatives into one, so that the Sector follows them in one place. 1) Revise \
Resolution 17 as set out below, keeping its title. 2) Suppress Resolution 32 \u{201c}International \
and regional cooperation on regional initiatives\u{201d}. Implementation of regionally approved \
initiatives at the national, regional, interregional and global levels The World \
Telecommunication Development Conference (Buenos Aires, 2017), recalling a) Resolution 135 (Rev. \
Busan, 2014) of the Plenipotentiary Conference, on the role of the Union in the development of \
telecommunications; b) that regional initiatives are agreed at regional preparatory meetings and \
carried out with the regional offices; considering a) that the regions keep asking for support \
for their initiatives; b) that resources for the initiatives come from the Sector's budget and \
from partners; resolves 1 to carry on implementing the regional initiatives agreed by the \
regions; 2 to report every year on the projects carried out under them; instructs the Director \
of the Telecommunication Development Bureau 1 to help the regions carry out their initiatives; \
2 to look for partners and resources for them.";
    assert!(text.len() >= 1200, "{}", text.len());
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert!(
        document.id.as_ref().is_none_or(|id| id.number.to_string() != "32"),
        "{:?}",
        id(document)
    );
    let cited = citations(document);
    assert!(cited.iter().any(|c| c.split_whitespace().nth(1) == Some("32")), "{cited:?}");
    assert!(cited.contains(&"PP 135 (Rev. Busan, 2014)".to_owned()), "{cited:?}");
}

/// Cuts `text` into lines of `width` characters, a word crossing the edge hyphenated there
/// (`coordi-` / `nation`), with CRLF line ends: prose copied through a narrow window.
fn hard_wrapped(text: &str, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut res = String::new();
    for (n, line) in chars.chunks(width).enumerate() {
        res.extend(line);
        let next = chars.get((n + 1) * width);
        let cut = line.last().is_some_and(|c| c.is_alphabetic())
            && next.is_some_and(|c| c.is_alphabetic());
        res.push_str(if cut { "-\r\n" } else { "\r\n" });
    }
    res
}

#[test]
fn prose_hard_wrapped_with_hyphenated_line_ends_is_read_as_flowed_text() {
    let text = "\
WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY Johannesburg, 21-30 October 2008 RESOLUTION 75 \
ITU-T's contribution in implementing the outcomes of the World Summit on the Information Society, \
and the establishment of a Dedicated Group on Internet-related Public Policy Issues as an integral \
part of the Council Working Group on the World Summit on the Information Society The World Telecommunication Standardization Assembly (Johannesburg, 2008), recalling \
a) Resolution 140 (Rev. Antalya, 2006) of the Plenipotentiary Conference, on the role of the \
Union in implementing the outcomes of the Summit; b) Resolution 102 (Rev. Antalya, 2006) of the \
Plenipotentiary Conference, on the role of the Union with regard to public policy issues of the \
Internet; considering a) that the Summit gave the Union tasks in many action lines, and that the \
Sector takes part in several of them; b) that the Council keeps a working group on the outcomes \
of the Summit, resolves 1 to continue the work of the Sector on the action lines given to the \
Union, within its mandate; 2 to report on that work to the working group of the Council every \
year, instructs the Director of the Telecommunication Standardization Bureau 1 to take the \
measures needed for the Sector to contribute to the outcomes of the Summit, within the budget; \
2 to report to the next assembly on the work done under this resolution.";
    let wrapped = hard_wrapped(text, 64);
    // Joined at its hyphens, the text is no longer of one width.
    let joined = wrapped.replace("-\r\n", "");
    let long = joined.lines().filter(|l| l.chars().count() > 130).count();
    assert!(long * 10 > joined.lines().count(), "{joined}");
    let documents = scan(&wrapped);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTSA 75 (Johannesburg, 2008)"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "ITU-T's contribution in implementing the outcomes of the World Summit on the Information Society, and the establishment of a Dedicated Group on Internet-related Public Policy Issues as an integral part of the Council Working Group on the World Summit on the Information Society"
        )
    );
    assert_eq!(citations(document), ["PP 140 (Rev. Antalya, 2006)", "PP 102 (Rev. Antalya, 2006)"]);
}

#[test]
fn a_heading_whose_adoption_history_goes_on_to_the_next_line_is_a_heading() {
    let text = "\
WTSA RESOLUTION 44 (Florian\u{f3}polis, 2004; Johannesburg, 2008;
Dubai, 2012)

Bridging the standardization gap between developing and developed countries

The World Telecommunication Standardization Assembly (Dubai, 2012),

considering
a) that Resolution 123 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference deals with the same gap;
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTSA 44 (Rev. Dubai, 2012)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Bridging the standardization gap between developing and developed countries")
    );
    assert_eq!(citations(document), ["PP 123 (Rev. Guadalajara, 2010)"]);
}

#[test]
fn a_title_after_a_dash_cut_at_a_word_that_cannot_end_it_goes_on_to_the_next_line() {
    let text = "\
Home : Gender
Resolution 70 (PP98) - Inclusion of Gender Perspective in the
work of ITU

Resolution 70

The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),

considering
a) that the Union's work gains from the participation of women;
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Inclusion of Gender Perspective in the work of ITU")
    );
    assert!(themes(&documents[0]).contains(&"gender-equality"), "{:?}", themes(&documents[0]));
}

#[test]
fn a_heading_whose_adoption_history_goes_on_to_the_next_line_is_a_heading_with_crlf_line_ends() {
    let text = "\
WTSA RESOLUTION 44 (Florianpolis, 2004; Johannesburg, 2008;\r
Dubai, 2012)\r
\r
Bridging the standardization gap between developing and developed countries\r
\r
The World Telecommunication Standardization Assembly (Dubai, 2012),\r
";
    let documents = scan(text);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 44 (Rev. Dubai, 2012)"));
}

#[test]
fn an_issuing_clause_broken_inside_its_edition_gives_the_edition() {
    let text = "\
Resolution 70

The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis,
1998),

considering
a) that the Union's work gains from the participation of women;
";
    let documents = scan(text);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 70 (Minneapolis, 1998)"));
}

/// A book's contents page alone: each entry's title wrapped over several lines, its dot leaders
/// ending a line and its page number on the next.
#[test]
fn contents_entries_wrapped_over_many_lines_are_not_citations() {
    let text = "\
RESOLUTIONS OF THE RADIOCOMMUNICATION ASSEMBLY (RA-15)
TABLE OF CONTENTS
Page
Res. ITU-R 1-7
Working methods for the Radiocommunication Assembly, the
Radiocommunication Study Groups, the Radiocommunication
Advisory Group and other groups of the
Radiocommunication Sector ..............................................
1
Res. ITU-R 2-7
Conference Preparatory Meeting .........................................
27
Res. ITU-R 4-7
Structure of Radiocommunication Study Groups ...........................
32
";
    let documents = scan(text);
    let cited: Vec<String> = documents.iter().flat_map(citations).collect();
    assert!(cited.is_empty(), "{cited:?}");
    assert!(documents.iter().all(|d| d.id.is_none()));
}

/// A short proposal copied onto one line, too short to be taken for flowed text by its length
/// alone: its heading, title and issuing clause are still found.
#[test]
fn a_short_text_on_one_line_is_read_as_flowed_text() {
    let text = "\
Preparations for the World Conference on International Telecommunications Introduction In line \
with Resolution 146 (Antalya, 2006), a Member State proposes that the Council adopt the \
resolution below to start the preparations for the conference. Draft Resolution Preparations \
for the World Conference on International Telecommunications The Council, noting a) Resolution \
146 (Antalya, 2006) on the review of the International Telecommunication Regulations; b) the \
report of the group of experts on the Regulations, resolves 1 to start the preparations for the \
conference at once; 2 to set up a working group of the Council open to all Member States.";
    assert!(text.len() < 1200 && !text.contains('\n'));
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert!(document.draft.is_some(), "{:?}", document.draft);
    assert_eq!(
        document.title.as_deref(),
        Some("Preparations for the World Conference on International Telecommunications")
    );
    // The introduction before the draft's heading names Resolution 146 too: a reference of the
    // front matter, no citation.
    assert_eq!(citations(document), ["PP 146 (Antalya, 2006)"]);
}

/// Hard-wrapped prose whose heading is inside a line: the running header (`Res. 136` and the page
/// number) glued to the first line of each page is furniture all the same, known by coming back
/// page after page.
#[test]
fn a_running_header_glued_to_the_first_line_of_each_page_is_furniture_without_a_heading_line() {
    let text = "\
FINAL ACTS OF THE PLENIPOTENTIARY CONFERENCE (ANTALYA, 2006) RESOLUTION 136 (ANTALYA, 2006) The
use of telecommunications/information and communication technologies for monitoring and
management in emergency and disaster situations for early warning, prevention, mitigation and
relief The Plenipotentiary Conference of the International Telecommunication Union (Antalya,
2006), recalling a) Resolution 36 (Rev. Antalya, 2006) of the Plenipotentiary Conference, on
telecommunications/information and communication technologies in the service of humanitarian
Res. 136 286 assistance; b) Resolution 34 (Rev. Doha, 2006) of the World Telecommunication
Development Conference, on the role of telecommunications in early warning and mitigation of
disasters and on emergency telecommunications for humanitarian assistance; c) Resolution 644
Res. 136 287 (Rev.WRC-2000) of the World Radiocommunication Conference, on telecommunication
resources for disaster mitigation and relief operations; resolves to instruct the
Directors of the Bureaux to keep working on early warning and relief in their Sectors.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 136 (Antalya, 2006)"));
    assert_eq!(
        citations(document),
        ["PP 36 (Rev. Antalya, 2006)", "WTDC 34 (Rev. Doha, 2006)", "WRC 644 (Rev.WRC-2000)"]
    );
}

/// A proposal copied onto one line: its revision title (`DRAFT Revision to WTDC Resolution 17`)
/// stands in the middle of the line, after the cover lines.
#[test]
fn a_revision_title_inside_a_flowed_line_makes_the_text_a_draft_of_that_resolution() {
    let text = "\
World Telecommunication Development Conference 2017 (WTDC-17) Buenos Aires, Argentina, 9-20 \
October 2017 PLENARY MEETING Addendum 10 to Document 23-E Original: Russian Member States of a \
regional group DRAFT Revision to WTDC Resolution 17 - Implementation of regionally approved \
initiatives at the national, regional, interregional and global levels The two resolutions on \
regional initiatives deal with the same matters, so the group proposes to merge them into \
Resolution 17 and to suppress the other one. 1) Approve the revised text of Resolution 17 set \
out below. 2) Suppress Resolution 32 \u{201c}International and regional cooperation on regional \
initiatives\u{201d}. Implementation of regionally approved initiatives at the national, \
regional, interregional and global levels The World Telecommunication Development Conference \
(Buenos Aires, 2017), recalling a) Resolution 135 (Rev. Busan, 2014) of the Plenipotentiary \
Conference, on the role of the Union in the development of telecommunications; b) that regional \
initiatives are agreed at regional preparatory meetings, resolves 1 to carry on implementing \
the regional initiatives agreed by the regions; 2 to report every year on the projects carried \
out under them; instructs the Director of the Telecommunication Development Bureau to help the \
regions carry out their initiatives.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document), None);
    let modifies = document.draft.as_ref().and_then(|d| d.modifies.as_ref());
    assert_eq!(modifies.map(ToString::to_string).as_deref(), Some("WTDC 17"));
    let cited = citations(document);
    assert!(!cited.iter().any(|c| c.starts_with("WTDC 17")), "{cited:?}");
    assert!(cited.contains(&"PP 135 (Rev. Busan, 2014)".to_owned()), "{cited:?}");
}

/// A table of contents under a running header whose page number stands between dashes, before or
/// after the header (`- 251 - Res. ITU-R 1-7`, `Res. ITU-R 1-7 - 251 -`): neither a citation nor a
/// document.
#[test]
fn a_running_header_with_its_page_number_between_dashes_is_furniture() {
    for header in [
        "- 251 - Res. ITU-R 1-7",
        "Res. ITU-R 1-7 - 251 -",
        "\u{2013} 251 \u{2013}\tRes. ITU-R 1-7",
    ] {
        let text = format!(
            "\
RESOLUTIONS
RADIOCOMMUNICATION ASSEMBLY (RA-15)
TABLE OF CONTENTS
Page
{header}
Resolution ITU-R 1-7  Working methods for the Radiocommunication Assembly ........ 1
Resolution ITU-R 2-7  Conference Preparatory Meeting ........ 25
"
        );
        let documents = scan(&text);
        assert!(documents.iter().all(|d| d.id.is_none()), "{header}: {:?}", documents[0].id);
        assert!(
            documents.iter().all(|d| d.citations.is_empty()),
            "{header}: {:?}",
            citations(&documents[0])
        );
    }
}

/// A web page saved as text: the page's title (the heading and the first words of the title),
/// a word of the page, the running title `Res. 36`, then the resolution itself. One document.
#[test]
fn a_page_title_and_a_running_title_above_the_heading_open_no_document() {
    let text = "\
RESOLUTION 36 (Rev. Antalya, 2006)
Telecommunications/information and communication technology

advertisement
Res. 36
RESOLUTION 36 (Rev. Antalya, 2006)
Telecommunications/information and communication technology in the service of humanitarian assistance
The Plenipotentiary Conference of the International Telecommunication Union (Antalya, 2006),
considering
a) Resolution 34 (Rev. Doha, 2006) of the World Telecommunication Development Conference, on early warning;
resolves
1 to keep supporting relief operations with telecommunications.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{:?}", documents.iter().map(id).collect::<Vec<_>>());
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 36 (Rev. Antalya, 2006)"));
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Telecommunications/information and communication technology in the service of humanitarian assistance"
        )
    );
    assert_eq!(citations(document), ["WTDC 34 (Rev. Doha, 2006)"]);
}

/// A contents title and the first entry under it, in English and in French.
const CONTENTS_ENTRIES: [(&str, &str); 2] = [
    (
        "TABLE OF CONTENTS",
        "RESOLUTION ITU-R 1-8 \u{2013} Working methods for the Radiocommunication Assembly, the Radiocommunication Study Groups and the Radiocommunication Advisory Group",
    ),
    (
        "TABLE DES MATI\u{c8}RES",
        "R\u{c9}SOLUTION UIT-R 1-8 \u{2013} M\u{e9}thodes de travail de l'Assembl\u{e9}e des radiocommunications",
    ),
];

/// No entry of the contents under `contents` is a document or a citation.
fn assert_no_entry_is_read(contents: &str, documents: &[Document]) {
    assert!(
        documents.iter().all(|d| d.id.is_none()),
        "{contents}: {:?}",
        documents.iter().map(id).collect::<Vec<_>>()
    );
    assert!(
        documents.iter().all(|d| d.citations.is_empty()),
        "{contents}: {:?}",
        citations(&documents[0])
    );
}

/// A table of contents copied from a web page, its entries without page numbers, indented
/// section titles under them: no entry is a document or a citation.
#[test]
fn contents_entries_without_page_numbers_under_a_contents_title() {
    for (contents, entry) in CONTENTS_ENTRIES {
        let text = format!(
            "\
RADIOCOMMUNICATION ASSEMBLY (RA-19)
{contents}
{entry}
     ANNEX 1
          A1.1 Introduction
          A1.2 Radiocommunication Assembly
Resolution ITU-R 2-8 \u{2013} Conference Preparatory Meeting
     A2.1 General
"
        );
        assert_no_entry_is_read(contents, &scan(&text));
    }
}

/// The same table of contents copied onto one line: still no entry is a document or a citation.
#[test]
fn contents_entries_under_a_contents_title_on_one_line() {
    for (contents, entry) in CONTENTS_ENTRIES {
        let text = format!(
            "RADIOCOMMUNICATION ASSEMBLY (RA-19) {contents} {entry} ANNEX 1 A1.1 Introduction A1.2 \
Radiocommunication Assembly A1.2.1 Functions A1.2.2 Structure A1.3 Radiocommunication Study Groups \
A1.3.1 Functions A1.3.2 Structure A1.4 Radiocommunication Advisory Group A1.5 Preparation of world \
and regional radiocommunication conferences A1.6 Other considerations ANNEX 2 A2.1 General \
principles A2.1.1 Presentation of texts A2.1.2 Publication of texts A2.2 Preparatory documentation \
and contributions A2.2.1 Preparatory documentation for Radiocommunication Assemblies A2.2.2 \
Contributions to the Radiocommunication Assembly A2.3 ITU-R Resolutions"
        );
        assert_no_entry_is_read(contents, &scan(&text));
    }
}

/// The contents end where the first resolution opens: its heading, confirmed by its issuing
/// clause, is read, and so are its citations.
#[test]
fn a_resolution_after_contents_without_page_numbers_is_read() {
    let text = "\
TABLE OF CONTENTS
Resolution ITU-R 1-8 \u{2013} Working methods
Resolution ITU-R 2-8 \u{2013} Conference Preparatory Meeting

RESOLUTION ITU-R 2-8
Conference Preparatory Meeting
(1993-2000-2003-2007-2012-2015-2019)
The ITU Radiocommunication Assembly,
considering
a)\tthat Resolution 72 (Rev. Dubai, 2018) of the Plenipotentiary Conference sets up regional preparations;
";
    let documents = scan(text);
    let ids: Vec<_> = documents.iter().map(id).collect();
    assert_eq!(ids.iter().flatten().count(), 1, "{ids:?}");
    let document = documents.iter().find(|d| d.id.is_some()).expect("one resolution");
    assert!(id(document).is_some_and(|i| i.starts_with("RA ITU-R 2-8")), "{ids:?}");
    assert_eq!(citations(document), ["PP 72 (Rev. Dubai, 2018)"]);
}

/// A PDF's first page: its page number on the first line, then the heading, the issuing clause
/// glued to a word (`ITURadiocommunication`) so that nothing confirms the heading. The heading
/// opens the document: no page came before it.
#[test]
fn a_heading_after_the_first_page_number_of_a_text_is_a_heading() {
    let text = "\
1
RESOLUTION ITU-R 9-5
Liaison and collaboration with other relevant organizations, in particular ISO, IEC and CISPR
The ITURadiocommunication Assembly,
considering
a) that Resolution 71 (Rev. Busan, 2014) of the Plenipotentiary Conference sets the strategic plan;
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert!(id(document).is_some_and(|i| i.starts_with("RA ITU-R 9-5")), "{:?}", id(document));
    assert_eq!(citations(document), ["PP 71 (Rev. Busan, 2014)"]);
}

/// Printed Final Acts: the page's short running header and its number right under the heading
/// (`RES238<TAB>249`) is furniture; the heading above it stays the document's heading.
#[test]
fn a_short_running_header_with_its_page_under_the_heading() {
    let text = "\
RESOLUTION 238 (WRC-15)
RES238\t249

Studies on frequency-related matters for International Mobile Telecommunications
The World Radiocommunication Conference (Geneva, 2015),
considering
a)\tthat these systems need larger blocks of spectrum;
resolves
1\tto invite studies of the bands.
";
    let documents = isc_suite::scan_text("furniture.txt", text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(isc_suite::identity(document).as_deref(), Some("WRC 238 (WRC-15)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Studies on frequency-related matters for International Mobile Telecommunications")
    );
}

/// Three resolutions of a printed book copied onto one line: each page's running header (`Res. 31
/// 249`, `261 Res. 36`) stands right before the heading of the resolution it names, at the end
/// of the resolution before it.
#[test]
fn a_running_header_before_the_next_heading_on_one_line_is_furniture() {
    let text = "\
RESOLUTION 17 (Rev. Hyderabad, 2010) Implementation of regionally approved initiatives at the \
national, regional, interregional and global levels The World Telecommunication Development \
Conference (Hyderabad, 2010), recalling Resolution 17 (Rev. Doha, 2006) of the World \
Telecommunication Development Conference, resolves that regional initiatives go on being carried \
out through projects; Res. 31 249 RESOLUTION 31 (Rev. Hyderabad, 2010) Regional preparations \
for world telecommunication development conferences The World Telecommunication Development \
Conference (Hyderabad, 2010), considering that regional preparatory meetings helped earlier \
conferences, resolves that such meetings are held again before the next conference, 261 Res. 36 \
RESOLUTION 36 (Rev. Hyderabad, 2010) Support for the African Telecommunication Union The World \
Telecommunication Development Conference (Hyderabad, 2010), recalling Resolution 58 (Kyoto, \
1994) of the Plenipotentiary Conference, resolves that the Bureau keeps supporting the Union's \
regional partners.";
    assert!(!text.contains('\n'));
    let documents = scan(text);
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(
        found,
        [
            Some("WTDC 17 (Rev. Hyderabad, 2010)".to_owned()),
            Some("WTDC 31 (Rev. Hyderabad, 2010)".to_owned()),
            Some("WTDC 36 (Rev. Hyderabad, 2010)".to_owned())
        ]
    );
    // An earlier edition of the resolution itself is a mention of itself, no citation.
    assert!(citations(&documents[0]).is_empty(), "{:?}", citations(&documents[0]));
    let own: Vec<String> =
        documents[0].self_references.iter().map(|c| c.resolution().to_string()).collect();
    assert_eq!(own, ["WTDC 17 (Rev. Doha, 2006)"]);
    assert!(citations(&documents[1]).is_empty(), "{:?}", citations(&documents[1]));
    assert_eq!(citations(&documents[2]), ["PP 58 (Kyoto, 1994)"]);
}

/// The same book copied with its lines: the running header glued to the end of a page's last
/// line, right before the heading it names on the next page.
#[test]
fn a_running_header_ending_the_line_before_the_heading_it_names_is_furniture() {
    let text = "\
RESOLUTION 17 (Rev. Hyderabad, 2010)
Implementation of regionally approved initiatives at the national, regional, interregional and global levels
The World Telecommunication Development Conference (Hyderabad, 2010),
resolves
1 that regional initiatives go on being carried out through projects. Res. 31 249
RESOLUTION 31 (Rev. Hyderabad, 2010)
Regional preparations for world telecommunication development conferences
The World Telecommunication Development Conference (Hyderabad, 2010),
resolves
1 that regional preparatory meetings are held again before the next conference.
";
    let documents = scan(text);
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(
        found,
        [
            Some("WTDC 17 (Rev. Hyderabad, 2010)".to_owned()),
            Some("WTDC 31 (Rev. Hyderabad, 2010)".to_owned())
        ]
    );
    assert!(citations(&documents[0]).is_empty(), "{:?}", citations(&documents[0]));
}

/// A book's page number between dashes before its running header (`– 968 – Res. 174`), right
/// before the heading the header names, on a copy made one line: furniture too.
#[test]
fn a_dashed_page_number_and_header_before_the_next_heading_on_one_line() {
    let text = "\
RESOLUTION 24 (Kyoto, 1994) Improving the work of the Union The Plenipotentiary Conference of the \
International Telecommunication Union (Kyoto, 1994), resolves that the Union goes on harmonizing \
telecommunications throughout the world; – 968 – Res. 174 RESOLUTION 174 (Guadalajara, 2010) \
ITU's role with regard to international public policy issues relating to the risk of illicit use \
of information and communication technologies The Plenipotentiary Conference of the \
International Telecommunication Union (Guadalajara, 2010), recalling Resolution 130 (Rev. \
Guadalajara, 2010) of the Plenipotentiary Conference, resolves to keep studying the matter.";
    assert!(!text.contains('\n'));
    let documents = scan(text);
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(
        found,
        [Some("PP 24 (Kyoto, 1994)".to_owned()), Some("PP 174 (Guadalajara, 2010)".to_owned())]
    );
    assert!(citations(&documents[0]).is_empty(), "{:?}", citations(&documents[0]));
    assert_eq!(citations(&documents[1]), ["PP 130 (Rev. Guadalajara, 2010)"]);
}

/// Two resolutions of a book, a running header before the second whose page number an
/// extraction put on the next line (`Res. 140` / `331`); `between` stands between that page
/// number and the second heading.
fn header_page_on_the_next_line(between: &str) -> String {
    format!(
        "\
RESOLUTION 131 (Rev. Busan, 2014)

Measuring information and communication technologies to build an integrating and inclusive information society

The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),

resolves
1\tto keep measuring the information society.

Res. 140
331

{between}RESOLUTION 140 (Rev. Busan, 2014)

ITU's role in implementing the outcomes of the World Summit on the Information Society

The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),

recalling
Resolution 131 (Rev. Busan, 2014) of this conference,

resolves
1\tto go on with the work.
"
    )
}

/// Both resolutions are read, and the header is no citation of the first.
fn assert_two_resolutions_and_no_header(documents: &[Document]) {
    let found: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(
        found,
        [
            Some("PP 131 (Rev. Busan, 2014)".to_owned()),
            Some("PP 140 (Rev. Busan, 2014)".to_owned())
        ]
    );
    assert!(citations(&documents[0]).is_empty(), "{:?}", citations(&documents[0]));
}

/// A running header whose page number an extraction put on the next line (`Res. 140` / `331`),
/// before the next resolution's heading: furniture, not a citation.
#[test]
fn a_running_header_with_its_page_number_on_the_next_line() {
    let documents = scan(&header_page_on_the_next_line(""));
    assert_two_resolutions_and_no_header(&documents);
    assert_eq!(citations(&documents[1]), ["PP 131 (Rev. Busan, 2014)"]);
}

/// The same header in printed Final Acts, where the action `MOD` stands between the page number
/// and the heading of the revised resolution.
#[test]
fn a_running_header_with_its_page_number_on_the_next_line_before_an_action() {
    let documents = scan(&header_page_on_the_next_line("MOD\n\n"));
    assert_two_resolutions_and_no_header(&documents);
}

/// A printed Final Acts' running header naming the conference before the resolution, with the
/// page number before or after (`219<TAB>WTDC-10 – Res. 38`, `WTDC-10 – Res. 34<TAB>213`):
/// furniture, whichever resolution it names.
#[test]
fn a_running_header_naming_the_conference_before_the_resolution() {
    let text = "\
RESOLUTION 34 (Rev. Hyderabad, 2010)

The role of telecommunications in disaster preparedness

The World Telecommunication Development Conference (Hyderabad, 2010),

resolves
1\tto keep helping Member States prepare for disasters.

WTDC-10 \u{2013} Res. 34\t213

2\tto report on this work to the next conference.

219\tWTDC-10 \u{2013} Res. 38

RESOLUTION 38 (Rev. Hyderabad, 2010)

Development of the Youth Forum in the Telecommunication Development Bureau

The World Telecommunication Development Conference (Hyderabad, 2010),

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
    assert!(citations(&documents[0]).is_empty(), "{:?}", citations(&documents[0]));
    assert!(documents[0].self_references.is_empty(), "{:?}", documents[0].self_references);
}

/// A page break inside a citation: the page's running headers and the blank lines around them
/// stand between the number and the edition (`Resolution 174` / headers / `(Guadalajara, 2010) of
/// the Plenipotentiary Conference;`). With the headers gone the citation runs on, edition and
/// body included.
#[test]
fn a_page_break_with_running_headers_inside_a_citation() {
    let text = "\
RESOLUTION 52 (Rev. Dubai, 2012)

Countering and combating spam

The World Telecommunication Standardization Assembly (Dubai, 2012),

recognizing
a)\tthe relevant parts of Resolution 130 (Rev. Guadalajara, 2010) and Resolution 174

WTSA-12 \u{2013} Resolution 52\t163

164\tWTSA-12 \u{2013} Resolution 52

(Guadalajara, 2010) of the Plenipotentiary Conference;
b)\tthat spam is a threat to users,

resolves
1\tto go on studying spam.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        citations(&documents[0]),
        ["PP 130 (Rev. Guadalajara, 2010)", "PP 174 (Guadalajara, 2010)"]
    );
}

/// A page break inside a citation's edition, after `(Rev.`: the line before ends in a full stop
/// but inside the parenthesis it opened, and the next page goes on with the place in capitals
/// (`(Rev.` / `– 58 –` / `Res. 21` / `Johannesburg, 2008) of the World ...`). With the
/// furniture gone, the edition and the body read across the break.
#[test]
fn a_page_break_inside_an_edition_after_its_abbreviation() {
    let text = "\
RESOLUTION 21 (Rev. Hyderabad, 2010)

Coordination and collaboration with regional organizations

The World Telecommunication Development Conference (Hyderabad, 2010),

considering
a)\tResolution 123 (Rev. Antalya, 2006) of the Plenipotentiary Conference;
b)\tResolution 17 (Rev. Johannesburg, 2008) and Resolutions 44 and 54 (Rev.

                      \u{2013} 58 \u{2013}

Res. 21

Johannesburg, 2008) of the World Telecommunication Standardization Assembly;

resolves
1\tto go on working with those organizations.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        citations(&documents[0]),
        [
            "PP 123 (Rev. Antalya, 2006)",
            "WTSA 17 (Rev. Johannesburg, 2008)",
            "WTSA 44 (Rev. Johannesburg, 2008)",
            "WTSA 54 (Rev. Johannesburg, 2008)"
        ]
    );
}

/// A printed page copied onto one line with the page break inside a citation: the page's footer
/// and the next page's header, the same running title beside two page numbers one after the
/// other, in each order a book prints them (`WTSA-12 – Resolution 52 163 164 WTSA-12 –
/// Resolution 52`, `163 Res. 52 164 Res. 52`, `Res. 52 163 Res. 52 164`), are furniture: the
/// citation reads across them.
#[test]
fn a_page_break_inside_a_citation_on_one_line_is_furniture() {
    for furniture in [
        "WTSA-12 – Resolution 52 163 164 WTSA-12 – Resolution 52",
        "163 Res. 52 164 Res. 52",
        "Res. 52 163 Res. 52 164",
        "WTSA-12 \u{2013} Resolution 52\t163 164\tWTSA-12 \u{2013} Resolution 52",
    ] {
        let text = format!(
            "RESOLUTION 52 (Rev. Dubai, 2012) Countering and combating spam The World \
Telecommunication Standardization Assembly (Dubai, 2012), recognizing further a) what Resolution \
130 (Rev. Guadalajara, 2010) and Resolution 174 {furniture} (Guadalajara, 2010) of the \
Plenipotentiary Conference say about spam; b) that the study groups have studied spam since 2004, \
resolves to instruct the study groups to go on with the work."
        );
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{furniture}");
        let document = &documents[0];
        assert_eq!(id(document).as_deref(), Some("WTSA 52 (Rev. Dubai, 2012)"), "{furniture}");
        assert_eq!(
            citations(document),
            ["PP 130 (Rev. Guadalajara, 2010)", "PP 174 (Guadalajara, 2010)"],
            "{furniture}"
        );
    }
}

/// Years listed one after another in a one-line copy (`à ses sessions de 2000, 2001 et 2002 et la
/// Décision 509`) are no page numbers and the words between them no running title: the sentence
/// keeps them all.
#[test]
fn years_one_after_another_on_one_line_are_no_page_break() {
    let text = "RÉSOLUTION PLEN/7 (Marrakech, 2002) Sommet mondial sur la société de l'information \
La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Marrakech, \
2002), rappelant les Résolutions 1158, 1179, 1196 adoptées respectivement par le Conseil à ses \
sessions de 2000, 2001 et 2002 et la Décision 509 adoptée à sa session de 2002, et les \
Résolutions 30 et 37 (Istanbul, 2002) de la Conférence mondiale de développement des \
télécommunications, décide de charger le Secrétaire général de préparer le Sommet.";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        citations(&documents[0]),
        [
            "Council 1158 (2000)",
            "Council 1179 (2001)",
            "Council 1196 (2002)",
            "WTDC 30 (Istanbul, 2002)",
            "WTDC 37 (Istanbul, 2002)"
        ]
    );
}

/// The same page break with no-break spaces inside the running titles and around them, as a
/// copy from a PDF may give them: read the same, without a fault.
#[test]
fn a_page_break_inside_a_citation_with_no_break_spaces() {
    let furniture =
        "WTSA-12\u{a0}\u{2013} Resolution 52 163 164 WTSA-12\u{a0}\u{2013} Resolution 52";
    let text = format!(
        "RESOLUTION 52 (Rev. Dubai, 2012) Countering and combating spam The World \
Telecommunication Standardization Assembly (Dubai, 2012), recognizing further a) what Resolution \
130 (Rev. Guadalajara, 2010) and Resolution 174\u{a0}{furniture}\u{a0}(Guadalajara, 2010) of the \
Plenipotentiary Conference say about spam; b) that the study groups have studied spam since 2004, \
resolves to instruct the study groups to go on with the work."
    );
    let documents = scan(&text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        citations(&documents[0]),
        ["PP 130 (Rev. Guadalajara, 2010)", "PP 174 (Guadalajara, 2010)"]
    );
}

/// Words cut at a line end with a soft hyphen, as a converter hyphenating for the page leaves
/// them, are one word again, in the title and in the text (`standar\u{ad}dization`, `secreta\u{ad}`
/// / `riats`), whatever the case of the letters around the cut.
#[test]
fn words_cut_at_a_line_end_by_a_soft_hyphen_are_joined() {
    let text = "RESOLUTION 50 (KIGALI, 2022)\r\n\r\nAssistance to Member States on national standar\u{ad}dization secreta\u{ad}\r\nriats\r\n\r\nThe World Telecommunication Development Conference (Kigali, 2022),\r\n\r\nconsidering\r\na)\tthat interopera\u{ad}\r\nbility testing of equipment helps developing countries;\r\n\r\nresolves\r\n1\tto support conformance and interopera\u{ad}\r\nbility testing programmes in the regions, together with ITU-\u{ad}\r\nT.\r\n";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTDC 50 (Kigali, 2022)"));
    assert_eq!(
        document.title.as_deref(),
        Some("Assistance to Member States on national standardization secretariats")
    );
    let themes = themes(document);
    assert!(themes.contains(&"bridging-standardization-gap"), "{themes:?}");
    assert!(themes.contains(&"conformance-interoperability"), "{themes:?}");
}

/// A page's running header glued before the title line, its own title a single word that the
/// line then repeats (`9 Resolution 284 – Multilingualism Multilingualism`): the title is the
/// word once.
#[test]
fn a_running_header_whose_one_word_title_the_title_line_repeats() {
    let text = "\
RESOLUTION 284 (REV. KYOTO, 1994)

9 Resolution 284 \u{2013} Multilingualism Multilingualism

The Plenipotentiary Conference of the International Telecommunication Union (Kyoto, 1994),

considering
a)\tthat the six official languages of the Union are used on an equal footing;
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 284 (Rev. Kyoto, 1994)"));
    assert_eq!(documents[0].title.as_deref(), Some("Multilingualism"));
}

/// The running header glued before the title line gives the header's title; on a later page,
/// glued to a line that goes on from a citation's edition (`Resolution 488 (Minneapolis,` /
/// page break / `290 Resolution 500 – Measures relating to women in ICT 1998), ...`), the header
/// and its title go and the edition is whole.
#[test]
fn a_running_header_with_its_title_glued_inside_a_citation_is_furniture() {
    let text = "\
RESOLUTION 500 (REV. GUADALAJARA, 2010)
\u{c}
288 Resolution 500 \u{2013} Measures relating to women in ICT Measures relating to women in ICT

The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),

instructs the Secretary-General
1\tto collect information on the participation of women in the work of the Union;
2\tto review, in the light of Resolution 488 (Minneapolis,
\u{c}290 Resolution 500 \u{2013} Measures relating to women in ICT 1998), the working methods of the relevant groups;
3\tto report to the Council.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 500 (Rev. Guadalajara, 2010)"));
    assert_eq!(document.title.as_deref(), Some("Measures relating to women in ICT"));
    assert_eq!(citations(document), ["PP 488 (Minneapolis, 1998)"]);
}

/// A page break between a citation word ending a line and the resolution's number opening the
/// next page (`Resolution` / running header / `136 of WTSA ...`): the citation goes on over it.
#[test]
fn a_page_break_between_a_citation_word_and_its_number() {
    let text = "\
RESOLUTION 103 (NEW DELHI, 2024)

Measures relating to the standardization gap

The World Telecommunication Standardization Assembly (New Delhi, 2024),

considering
a)\tthat developing countries take part in the work of the Sector;
b)\tthat the activities set out in Resolution

Res. 103\t255

136 of WTSA have been carried out with good results,

resolves
1\tto apply the relevant provisions of Resolution

\u{c}Resolution 103 \u{2013} Measures relating to the standardization gap\t256

218 of the World Radiocommunication Conference;
2\tto report to the Telecommunication Standardization Advisory Group.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTSA 103 (New Delhi, 2024)"));
    assert_eq!(document.title.as_deref(), Some("Measures relating to the standardization gap"));
    assert_eq!(citations(document), ["WTSA 136", "WRC 218"]);
}

/// In a book, the running header right under a resolution's heading is read against that
/// resolution's title, not the one before it, whose first words it may share (`Measures relating
/// to ...`).
#[test]
fn a_running_header_under_a_heading_is_not_read_against_the_title_before() {
    let text = "\
RESOLUTION 77 (KYOTO, 1994)

48\tResolution 77 \u{2013} Measures relating to digital inclusion

Measures relating to digital inclusion

The Plenipotentiary Conference of the International Telecommunication Union (Kyoto, 1994),

resolves
1\tto keep the work going.

Resolution 78 (Kyoto, 1994)

50\tResolution 78 \u{2013} Measures relating to empowerment of women and girls


Measures relating to empowerment of women and girls

The Plenipotentiary Conference of the International Telecommunication Union (Kyoto, 1994),

resolves
1\tto keep the work going.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 2);
    assert_eq!(id(&documents[1]).as_deref(), Some("PP 78 (Kyoto, 1994)"));
    assert_eq!(
        documents[1].title.as_deref(),
        Some("Measures relating to empowerment of women and girls")
    );
}

/// A page number alone on its line between a citation word ending a line and the resolution's
/// number opening the next (`Resolution` / `89` / `255 (Geneva, 1992) of this Conference`, or
/// with blank lines around it) is the page's, not the resolution's.
#[test]
fn a_page_number_between_a_citation_word_and_its_number() {
    let text = "\
RESOLUTION 140 (REV. DUBAI, 2018)

Measures relating to the information society

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

considering
a)\tthat the outcomes of the work carried out under Resolution

394

385 of the World Telecommunication Standardization Assembly have been welcomed;

resolves
1\tto continue implementing Resolution
89
255 (Geneva, 1992) of this Conference and to report on progress to the Council.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("PP 140 (Rev. Dubai, 2018)"));
    assert_eq!(citations(document), ["WTSA 385", "PP 255 (Geneva, 1992)"]);
}

/// A page number alone on its line inside a citation's edition (`(Rev. Geneva,` / page break /
/// `225` / `1996) of the World ...`) is the page's: the edition and the attribution after it are
/// read whole.
#[test]
fn a_page_number_inside_a_citation_edition() {
    let text = "\
RESOLUTION ITU-R 212 (GENEVA, 1997)

Centres of excellence

The ITU Radiocommunication Assembly,

instructs the Director of the Radiocommunication Bureau
1\tto organize regional workshops on centres of excellence;
2\tto continue implementing Resolutions 296, 909 and 110 (Rev. Geneva,
\u{c}225
1996) of the World Telecommunication Standardization Assembly (WTSA) and to report on progress to the Council.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        citations(&documents[0]),
        [
            "WTSA 296 (Rev. Geneva, 1996)",
            "WTSA 909 (Rev. Geneva, 1996)",
            "WTSA 110 (Rev. Geneva, 1996)"
        ]
    );
}

/// In a book, the last page's running header of one resolution, with its title, glued before
/// the next resolution's heading (`372 Resolution 180 – Its title Resolution 192 (Rev. Doha,
/// 2026)`), then that resolution's own header over its title: both are furniture, the heading and
/// the title are read.
#[test]
fn a_running_header_glued_before_the_next_heading_in_a_book() {
    let text = "\
RESOLUTION 180 (REV. DOHA, 2026)

Management of conference documentation

The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),

resolves
1\tto keep the work going.

\u{c}372 Resolution 180 \u{2013} Management of conference documentation Resolution 192 (Rev. Doha, 2026)

372 Resolution 192 \u{2013} Telecommunications and theft of mobile handsets Telecommunications and theft of mobile handsets

The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),

resolves
1\tto keep the work going.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 2);
    assert_eq!(id(&documents[1]).as_deref(), Some("PP 192 (Rev. Doha, 2026)"));
    assert_eq!(
        documents[1].title.as_deref(),
        Some("Telecommunications and theft of mobile handsets")
    );
}

/// A page number alone on its line after an item that ends on a comma, before a blank line or
/// the next clause word, is the page's: not a resolution of the list before it, and the clause
/// word after it opens its part.
#[test]
fn a_page_number_alone_between_two_clauses() {
    let text = "\
RESOLUTION 114 (REV.WRC-07)

Measures relating to emergency telecommunications

The World Radiocommunication Conference (Geneva, 2007),

considering
a)\tthe outcomes of the work carried out under Resolutions 869 (Rev. Dubai, 2018) and 443 (Nice, 1989),
386

noting
a)\tthe growing reliance of national economies on telecommunication networks,
132
urges administrations
1\tto plan these activities so as to avoid duplication of work between the Sectors.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(citations(document), ["PP 869 (Rev. Dubai, 2018)", "PP 443 (Nice, 1989)"]);
    let kinds: Vec<String> = document.parts.iter().map(|p| p.kind.to_string()).collect();
    assert!(kinds.contains(&"operative".to_owned()), "{kinds:?}");
    assert!(document.calls_for_coordination);
}

/// A page's footer (`433 Resolution 402 – its title`) glued to the next page's short running
/// header of the same resolution (`<FF>Resolution 402`): one line of furniture, and the title
/// read under the heading stays the one later headers are read against, up to the next
/// resolution's heading glued after the last footer.
#[test]
fn a_footer_glued_to_the_next_page_header_of_the_same_resolution() {
    let text = "\
Resolution 402 (Rev. Marrakesh, 2002)

432 Resolution 402 - Disaster risk reduction and electronic waste Disaster risk reduction and electronic waste

The Plenipotentiary Conference of the International Telecommunication Union (Marrakesh, 2002),

invites Member States
1\tto organize workshops and seminars in the regions and to report on the results;
433 Resolution 402 - Disaster risk reduction and electronic waste \u{c}Resolution 402

2\tto assist Member States, at their request, in applying this resolution.

434 Resolution 402 - Disaster risk reduction and electronic waste RESOLUTION 414 (REV. MARRAKESH, 2002)

434 Resolution 414 - Measures relating to conformance and interoperability and Measures relating to conformance and interoperability and training of national experts

The Plenipotentiary Conference of the International Telecommunication Union (Marrakesh, 2002),

resolves
1\tto keep the work going.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 2);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 402 (Rev. Marrakesh, 2002)"));
    assert_eq!(documents[0].title.as_deref(), Some("Disaster risk reduction and electronic waste"));
    assert_eq!(id(&documents[1]).as_deref(), Some("PP 414 (Rev. Marrakesh, 2002)"));
    assert_eq!(
        documents[1].title.as_deref(),
        Some(
            "Measures relating to conformance and interoperability and training of national experts"
        )
    );
}

/// The resolution's number after a page number alone on its line may go on with the sentence's
/// verb (`ITU-T Resolution` / `100` / `753 submitted to this conference`).
#[test]
fn a_page_number_between_a_citation_word_and_its_number_before_a_verb() {
    let text = "\
RESOLUTION 446 (FLORIANÓPOLIS, 2004)

Trustworthy systems

The World Telecommunication Standardization Assembly (Florianópolis, 2004),

considering
e)\tthe report on the implementation of ITU-T Resolution

100

753 submitted to this conference;
f)\tthat national experience differs widely between regions,
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["WTSA 753"]);
}

/// A page number alone on its line inside an edition whose place goes on the line after
/// (`Res. 164 (Rev.` / `187` / `Antalya, 2006), the working methods ...`) is the page's.
#[test]
fn a_page_number_inside_an_edition_before_its_place() {
    let text = "\
RESOLUTION 1119 (GUADALAJARA, 2010)

Working methods

The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),

instructs the Secretary-General
1\tto review, in the light of Res. 164 (Rev.
187
Antalya, 2006), the working methods of the relevant groups;
2\tto report to the Council.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["PP 164 (Rev. Antalya, 2006)"]);
}

/// A page's footer with a page number before the resolution's short citation and one between
/// dashes after it (`157 Res. 36 - 43 -`) is furniture, not a range of resolutions.
#[test]
fn a_footer_with_a_page_number_on_each_side_is_not_a_range() {
    let text = "\
RESOLUTION 36 (REV. DOHA, 2006)

Support for regional organizations

The World Telecommunication Development Conference (Doha, 2006),

invites the regional telecommunication organizations
1\tto apply Resolution 15 (Rev. Doha, 2006);
2\tto take the necessary measures within the available budget;
157 Res. 36 - 43 -

\u{c}Resolution 36

3\tto hold consultations with the membership before taking decisions.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTDC 36 (Rev. Doha, 2006)"));
    assert_eq!(citations(&documents[0]), ["WTDC 15 (Rev. Doha, 2006)"]);
}

/// A book whose contents open with an entry wrapped over two lines naming the first resolution,
/// whose heading, in small letters, comes after the contents' page number and a page break: the
/// entry is furniture, the heading opens the resolution (and is no running header of the entry).
#[test]
fn a_heading_after_a_wrapped_contents_entry_naming_it_is_a_heading() {
    let text = "\
TABLE OF CONTENTS

Resolution 21 (Rev. Dubai, 2018) – Measures concerning alternative calling procedures on
        international telecommunication networks .................................... 1
Resolution 25 (Rev. Dubai, 2018) – Strengthening the regional presence ............ 4
- iii -

\u{c}Resolution 21 (Rev. Dubai, 2018)

Res. 21 (Rev. Dubai, 2018)\t1


Measures concerning alternative calling procedures on international telecommunication networks

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

recalling
Resolution 29 (Rev. Johannesburg, 2008) of the World Telecommunication Standardization Assembly,

resolves
1\tthat administrations keep each other informed.

\u{c}Resolution 25 (Rev. Dubai, 2018)

Res. 25 (Rev. Dubai, 2018)\t4


Strengthening the regional presence

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

resolves
1\tthat the regional offices go on.
";
    let documents = scan(text);
    let ids: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(
        ids,
        [Some("PP 21 (Rev. Dubai, 2018)".to_owned()), Some("PP 25 (Rev. Dubai, 2018)".to_owned())]
    );
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Measures concerning alternative calling procedures on international telecommunication networks"
        )
    );
    assert_eq!(citations(&documents[0]), ["WTSA 29 (Rev. Johannesburg, 2008)"]);
    assert!(citations(&documents[1]).is_empty());
}

/// A running header whose title the page cut to fewer than half its words, glued to the line a
/// page break cut a citation before: the header goes, and the citation reads across.
#[test]
fn a_running_header_with_its_long_title_cut_short_inside_a_citation() {
    let text = "\
RESOLUTION 76 (REV. DUBAI, 2012)

Studies related to conformance and interoperability testing, assistance to developing countries, and a possible future ITU Mark programme

The World Telecommunication Standardization Assembly (Dubai, 2012),

recalling
a)\tResolution 177 (Guadalajara, 2010) of the Plenipotentiary Conference;
b)\tResolution 47 (Rev. Hyderabad, 2010) of the World Telecommunication Development Conference, and Resolution
265 Resolution 76 – Studies related to conformance and interoperability 44 (Rev. Dubai, 2012) of this assembly,

resolves
1\tto go on with the studies.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 76 (Rev. Dubai, 2012)"));
    assert_eq!(
        citations(&documents[0]),
        [
            "PP 177 (Guadalajara, 2010)",
            "WTDC 47 (Rev. Hyderabad, 2010)",
            "WTSA 44 (Rev. Dubai, 2012)"
        ]
    );
}

/// A footnote at the foot of a page, between two items of the preamble, in a copy that lost the
/// page break after it (the running header gone, no blank line left). The footnote ends where
/// the page's next item or clause word opens; the preamble goes on and the operative part is
/// read. One line per line, and the same text run onto one line, read the same.
#[test]
fn a_footnote_at_a_page_foot_ends_at_the_next_item_or_clause_word() {
    let text = "\
RESOLUTION 123 (REV. DUBAI, 2018)
Bridging the standardization gap between developing and developed countries
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
a) that the standardization gap keeps developing countries1 out of the making of standards;
b) that Resolution 44 (Rev. Hammamet, 2016) of the World Telecommunication Standardization Assembly deals with this gap;
____________________
1 These include the least developed countries; see also Resolution 37 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference.
c) that Resolution 139 (Rev. Dubai, 2018) deals with the digital divide,
instructs the Directors of the three Bureaux
1 to work together on the programmes that bridge the gap, under Resolution 191 (Rev. Dubai, 2018);
2 to report to the Council every year.
";
    for copy in [text.to_owned(), text.replace('\n', " ")] {
        let documents = scan(&copy);
        assert_eq!(documents.len(), 1, "{copy}");
        let document = &documents[0];
        assert_eq!(id(document).as_deref(), Some("PP 123 (Rev. Dubai, 2018)"), "{copy}");
        let parts: Vec<(String, String)> = document
            .citations
            .iter()
            .map(|c| (c.resolution().to_string(), c.part.to_string()))
            .collect();
        let want = [
            ("WTSA 44 (Rev. Hammamet, 2016)", "preamble"),
            ("WTDC 37 (Rev. Buenos Aires, 2017)", "footnote"),
            ("PP 139 (Rev. Dubai, 2018)", "preamble"),
            ("PP 191 (Rev. Dubai, 2018)", "operative"),
        ];
        let want: Vec<(String, String)> =
            want.iter().map(|(c, p)| ((*c).to_owned(), (*p).to_owned())).collect();
        assert_eq!(parts, want, "{copy}");
        assert!(document.calls_for_coordination, "{copy}");
        assert!(document.coordination.iter().any(|c| c.part.to_string() == "operative"), "{copy}");
    }
}

/// A printed page copied onto one line: the next page's running header and number (`Res. 130
/// 107`, or `108 Res. 130`) stand inside a list of citations, where the page broke. They are
/// furniture: the list reads whole, as in the copy laid out line by line.
#[test]
fn a_running_header_inside_a_list_of_citations_on_one_line() {
    let laid_out = "\
RESOLUTION 130 (REV. DUBAI, 2018)
Strengthening the role of ITU in building confidence and security in the use of information and communication technologies
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
recalling
a) Resolutions 174 (Rev. Busan, 2014), 179 (Rev. Dubai, 2018), 181 (Guadalajara, 2010),
Res. 130\t107
196 (Busan, 2014) and 201 (Busan, 2014) of the Plenipotentiary Conference;
b) Resolutions 50 (Rev. Hammamet, 2016) and
108\tRes. 130
52 (Rev. Hammamet, 2016) of the World Telecommunication Standardization Assembly,
resolves
1 to go on with the work on building confidence and security in the use of these technologies.
";
    let want = [
        "PP 174 (Rev. Busan, 2014)",
        "PP 179 (Rev. Dubai, 2018)",
        "PP 181 (Guadalajara, 2010)",
        "PP 196 (Busan, 2014)",
        "PP 201 (Busan, 2014)",
        "WTSA 50 (Rev. Hammamet, 2016)",
        "WTSA 52 (Rev. Hammamet, 2016)",
    ];
    for copy in
        [laid_out.to_owned(), laid_out.replace('\n', " "), laid_out.replace(['\n', '\t'], " ")]
    {
        let documents = scan(&copy);
        assert_eq!(documents.len(), 1, "{copy}");
        assert_eq!(id(&documents[0]).as_deref(), Some("PP 130 (Rev. Dubai, 2018)"), "{copy}");
        assert_eq!(citations(&documents[0]), want, "{copy}");
    }
}

/// A page of a booklet copied onto one line, the heading lost and only the page's running header
/// and number left above the title (`Res. 1338 3 Information and Communication Technologies
/// Development Fund (ICT-DF) The Council, ...`): that header is the one mention of the resolution
/// before its text, so it names the document and stays.
#[test]
fn a_running_header_above_the_title_of_a_one_line_copy_names_the_document() {
    let text = "Res. 1338 3 Information and Communication Technologies Development Fund (ICT-DF) The Council, considering a) that the fund finances projects that bring telecommunications to developing countries; b) that its accounts are kept apart from the budget of the Union, resolves 1 that the Secretary-General keeps managing the fund; 2 to report on its projects to the Council at each session.\n";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("Council 1338"));
}

/// A PDF copied page by page: each page's number glued before its first line, here the heading
/// of a resolution in capitals with its edition (`107 RESOLUTION 70 (REV. DUBAI, 2018)`), at
/// the start of the text and again for the next resolution. Each heading opens its resolution
/// and gives its title; the page number is furniture, and neither resolution cites itself.
#[test]
fn a_page_number_glued_before_a_heading_in_capitals_is_furniture() {
    let text = "\
107 RESOLUTION 70 (REV. DUBAI, 2018)
Mainstreaming a gender perspective in ITU and promotion of gender equality and the empowerment of women through information and communication technologies
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
a) that Resolution 55 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference is on gender;
resolves
1 to keep a gender perspective in all the work of the Union.
112 RESOLUTION 71 (REV. DUBAI, 2018)
Strategic plan for the Union for 2020-2023
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
recalling
Resolution 70 (Rev. Dubai, 2018) of this conference,
resolves
to adopt the strategic plan in the annex to this resolution.
";
    let documents = scan(text);
    let ids: Vec<_> = documents.iter().map(id).collect();
    assert_eq!(
        ids,
        [Some("PP 70 (Rev. Dubai, 2018)".to_owned()), Some("PP 71 (Rev. Dubai, 2018)".to_owned())]
    );
    assert_eq!(
        documents[0].title.as_deref(),
        Some(
            "Mainstreaming a gender perspective in ITU and promotion of gender equality and the \
             empowerment of women through information and communication technologies"
        )
    );
    assert_eq!(documents[1].title.as_deref(), Some("Strategic plan for the Union for 2020-2023"));
    assert_eq!(citations(&documents[0]), ["WTDC 55 (Rev. Buenos Aires, 2017)"]);
    assert_eq!(citations(&documents[1]), ["PP 70 (Rev. Dubai, 2018)"]);
    assert!(themes(&documents[0]).contains(&"gender-equality"), "{:?}", themes(&documents[0]));
}

/// A final report's table of contents copied from a web page: chapters and their sections, then
/// the conference's resolutions, each entry a heading with its edition and its title after a
/// dash, no page numbers, the last entries far below the contents title. No entry is a document
/// or a citation.
#[test]
fn contents_entries_far_below_the_contents_title_are_not_citations() {
    let text = "\
Final Report of the World Telecommunication Development Conference (WTDC-22)
Table of contents
Chapter 1 \u{2013} Kigali Declaration
     1 Introduction
     2 The declaration
     3 Its follow-up
Chapter 2 \u{2013} Kigali Action Plan
     1 Introduction
          1.1 Goals of the Sector
          1.2 Outcomes
          1.3 Outputs
     2 Thematic priorities
          2.1 Connectivity
          2.2 Digital transformation
          2.3 Enabling environment
     3 Regional initiatives
          3.1 Africa
          3.2 Americas
          3.3 Arab States
          3.4 Asia and the Pacific
Chapter 3 \u{2013} Resolutions and Recommendations
     RESOLUTION 1 (Rev. Kigali, 2022) \u{2013} Rules of procedure of the ITU Telecommunication Development Sector
     RESOLUTION 2 (Rev. Kigali, 2022) \u{2013} Establishment of study groups
     RESOLUTION 5 (Rev. Kigali, 2022) \u{2013} Enhanced participation by developing countries in the activities of the Union
     RESOLUTION 8 (Rev. Kigali, 2022) \u{2013} Collection and dissemination of information and statistics
     RESOLUTION 9 (Rev. Kigali, 2022) \u{2013} Participation of countries, particularly developing countries, in spectrum management
     RESOLUTION 11 (Rev. Kigali, 2022) \u{2013} Telecommunication/information and communication technology services in rural, isolated and poorly served areas
     RESOLUTION 15 (Rev. Kigali, 2022) \u{2013} Applied research and transfer of technology
";
    assert_no_entry_is_read("Table of contents", &scan(text));
}

/// The same final report's contents copied onto one line: the chapters' entries stand between
/// the contents title and the resolutions' entries. Still no entry is a document or a citation.
#[test]
fn contents_entries_after_chapter_entries_on_one_line_are_not_citations() {
    let text = "Final Report of the World Telecommunication Development Conference (WTDC-22) Table \
of contents Chapter 1 \u{2013} Kigali Declaration 1 Introduction 2 The declaration 3 Its follow-up \
Chapter 2 \u{2013} Kigali Action Plan 1 Introduction 1.1 Goals of the Sector 1.2 Outcomes 2 Thematic \
priorities 2.1 Connectivity 2.2 Digital transformation 3 Regional initiatives 3.1 Africa 3.2 Americas \
Chapter 3 \u{2013} Resolutions and Recommendations RESOLUTION 1 (Rev. Kigali, 2022) \u{2013} Rules of \
procedure of the ITU Telecommunication Development Sector RESOLUTION 2 (Rev. Kigali, 2022) \u{2013} \
Establishment of study groups RESOLUTION 5 (Rev. Kigali, 2022) \u{2013} Enhanced participation by \
developing countries in the activities of the Union RESOLUTION 8 (Rev. Kigali, 2022) \u{2013} \
Collection and dissemination of information and statistics";
    assert_no_entry_is_read("Table of contents", &scan(text));
}

/// The final report's contents hard-wrapped: an entry's title goes on to the next line, and one
/// entry is cut right after its dash, its title wholly on the next line. No entry is a document
/// or a citation.
#[test]
fn contents_entries_cut_after_their_dash_are_not_citations() {
    let text = "\
Final Report of the World Telecommunication Development Conference (WTDC-22)
Table of contents
Chapter 1 \u{2013} Kigali Declaration
     1 Introduction
     2 The declaration
Chapter 3 \u{2013} Resolutions and Recommendations
     RESOLUTION 1 (Rev. Kigali, 2022) \u{2013} Rules of procedure of the ITU
Telecommunication Development Sector
     RESOLUTION 2 (Rev. Kigali, 2022) \u{2013} Establishment of study groups
     RESOLUTION 9 (Rev. Kigali, 2022) \u{2013} Participation of countries,
particularly developing countries, in spectrum management
     RESOLUTION 11 (Rev. Kigali, 2022) \u{2013}
Telecommunication/information and communication technology services in rural,
isolated and poorly served areas
     RESOLUTION 15 (Rev. Kigali, 2022) \u{2013} Applied research and transfer of
technology
";
    assert_no_entry_is_read("Table of contents", &scan(text));
}

/// A final report's contents copied from a web page, each resolution's entry on a line of its
/// own, indented, its title after the heading with no dash and no page number, the lines of
/// about one width, as a hard-wrapped paragraph's are. The entries are a list, not a paragraph:
/// no entry is a document or a citation.
#[test]
fn contents_entries_of_one_width_with_their_titles_after_a_space_are_not_citations() {
    let text = "\
Final Report of the World Telecommunication Development Conference (WTDC-22)
Table of contents
     3.1 Resolutions
          RESOLUTION 1 (Rev. Kigali, 2022) Rules of procedure of the ITU Telecommunication Development Sector
          RESOLUTION 5 (Rev. Kigali, 2022) Enhanced participation by developing countries in the activities of the Union
          RESOLUTION 8 (Rev. Kigali, 2022) Collection and dissemination of information and statistics
          RESOLUTION 9 (Rev. Kigali, 2022) Participation of countries, particularly developing countries, in spectrum management
          RESOLUTION 15 (Rev. Kigali, 2022) Applied research and transfer of technology
     3.2 Recommendations
";
    assert_no_entry_is_read("Table of contents", &scan(text));
}

/// A page from the middle of a resolution of the Radio Regulations' book, its heading on an
/// earlier page: the short running header (`RES647 – 368 –`, `RES647-2`) names the resolution the
/// page belongs to. Copied onto one line and laid out, the page is that resolution (body WRC, no
/// edition); its bare citations are the conference's, a mention of its own number a
/// self-reference.
#[test]
fn a_page_without_heading_is_the_resolution_its_short_running_header_names() {
    let one_line = "RES647 – 368 – recognizing a) that Resolution 646 (Rev.WRC-15) deals with public protection and disaster relief; b) that Resolution 644 asks for radio resources for early warning; c) that this Resolution 647 gives spectrum guidelines, resolves 1 that the Radiocommunication Sector keeps studying spectrum for emergencies.";
    let laid_out = "\
RES647-2
recognizing
a) that Resolution 646 (Rev.WRC-15) deals with public protection and disaster relief;
b) that Resolution 644 asks for radio resources for early warning;
RES647-3
c) that this Resolution 647 gives spectrum guidelines,
resolves
1 that the Radiocommunication Sector keeps studying spectrum for emergencies.
";
    for text in [one_line, laid_out] {
        let documents = scan(text);
        assert_eq!(documents.len(), 1, "{text}");
        let document = &documents[0];
        assert_eq!(id(document).as_deref(), Some("WRC 647"), "{text}");
        assert_eq!(citations(document), ["WRC 646 (Rev.WRC-15)", "WRC 644"], "{text}");
        let own: Vec<String> =
            document.self_references.iter().map(|c| c.resolution().to_string()).collect();
        assert_eq!(own, ["WRC 647"], "{text}");
    }
}

/// Short running headers naming two resolutions on a page without heading: the page's own is not
/// known, so it has none, and its bare citations no body.
#[test]
fn a_page_whose_short_running_headers_name_two_resolutions_has_no_identity() {
    let text = "\
RES646-9
recognizing
a) that Resolution 644 asks for radio resources for early warning;
RES647-1
resolves
1 that the Radiocommunication Sector keeps studying spectrum for emergencies.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]), None);
    let bodies: Vec<Option<isc_engine::Body>> =
        documents[0].citations.iter().map(|c| c.body).collect();
    assert_eq!(bodies, [None]);
}

/// A page holding the end of one resolution and the heading of the one its short running header
/// names: the end is not that resolution (its heading is on the page), so it has no identity.
#[test]
fn the_end_of_a_resolution_above_the_heading_its_page_header_names_is_not_that_resolution() {
    let text = "\
RES647-1
resolves
1 that the work on spectrum for emergencies goes on.
RESOLUTION 647 (REV.WRC-12)
Spectrum management guidelines for emergency and disaster relief radiocommunication
The World Radiocommunication Conference (Geneva, 2012),
considering
a) that Resolution 644 (Rev.WRC-12) deals with radio resources;
resolves
1 that the Radiocommunication Sector keeps studying spectrum for emergencies.
";
    let documents = scan(text);
    let ids: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(ids, [None, Some("WRC 647 (Rev.WRC-12)".to_owned())]);
}

/// A page's running header and its running title glued before the heading of the same
/// resolution, in capitals with its edition (`101 Res. 102 – Role of the Union ... RESOLUTION 102
/// (REV. DUBAI, 2018)`), or a viewer's page title before it (`Résolution 32 – Renforcement ...
/// – Résolution 32 1 RÉSOLUTION 32 (Rév. Hammamet, 2016) ...`): furniture; the heading names
/// the document, which then cites itself nowhere.
#[test]
fn a_running_title_glued_before_the_heading_of_the_same_resolution() {
    let text = "\
101 Res. 102 \u{2013} Role of the Union in Internet matters RESOLUTION 102 (REV. DUBAI, 2018)
Role of the Union with regard to international public policy issues pertaining to the Internet
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
a) Resolution 101 (Rev. Dubai, 2018) of this conference, on networks based on the Internet Protocol;
resolves
1 to go on with the work.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("PP 102 (Rev. Dubai, 2018)"));
    assert_eq!(citations(&documents[0]), ["PP 101 (Rev. Dubai, 2018)"]);

    let text = "\
R\u{e9}solution 32 \u{2013} Renforcement des m\u{e9}thodes de \u{2026} \u{2013} R\u{e9}solution 32 1 R\u{c9}SOLUTION 32 (R\u{e9}v. Hammamet, 2016) Renforcement des m\u{e9}thodes de travail \u{e9}lectroniques
L'Assembl\u{e9}e mondiale de normalisation des t\u{e9}l\u{e9}communications (Hammamet, 2016),
consid\u{e9}rant
a) que la R\u{e9}solution 1 (R\u{e9}v. Duba\u{ef}, 2012) fixe le r\u{e8}glement int\u{e9}rieur du Secteur;
d\u{e9}cide
1 de poursuivre ces travaux.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 32 (Rev. Hammamet, 2016)"));
    assert_eq!(citations(&documents[0]), ["WTSA 1 (Rev. Dubai, 2012)"]);
}

/// A page whose site repeats the heading above the text, a stray line of the site between
/// (`RESOLUTION 179 (REV. DUBAI, 2018)` / `Download` / `RESOLUTION 179 (REV. DUBAI, 2018)` / the
/// title): the first heading is the page's, no document of its own; the title is the one under
/// the second. Laid out and copied onto one line.
#[test]
fn a_heading_repeated_above_the_same_heading_with_its_edition_is_the_page_s() {
    let text = "\
RESOLUTION 179 (REV. DUBAI, 2018)

Download
RESOLUTION 179 (REV. DUBAI, 2018)
ITU's role in child online protection
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
recognizing
a) Resolution 67 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference, on the Sector's part in protecting children online;
resolves
1 to keep the initiative going.
";
    for text in [text.to_owned(), text.replace('\n', " ")] {
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        let document = &documents[0];
        assert_eq!(id(document).as_deref(), Some("PP 179 (Rev. Dubai, 2018)"), "{text}");
        assert_eq!(document.title.as_deref(), Some("ITU's role in child online protection"));
        assert_eq!(citations(document), ["WTDC 67 (Rev. Buenos Aires, 2017)"]);
        assert!(themes(document).contains(&"child-online-protection"), "{:?}", themes(document));
    }
}

/// A viewer's page holding only the cover and the foreword: its title line, `Résolution 32 –
/// Title cut short … – Résolution 32 1 RÉSOLUTION 32 (Rév. Hammamet, 2016) Title`, repeated over
/// each page, and no issuing clause anywhere. The heading in capitals with its edition on that
/// line names the resolution's edition, and so its body; the title is no copy of the line.
#[test]
fn a_viewer_s_title_line_without_an_issuing_clause_names_the_edition() {
    let title_line = "R\u{e9}solution 32 \u{2013} Renforcement des m\u{e9}thodes de \u{2026} \u{2013} R\u{e9}solution 32 1 R\u{c9}SOLUTION 32 (R\u{e9}v. Hammamet, 2016) Renforcement des m\u{e9}thodes de travail \u{e9}lectroniques pour les travaux";
    let text = format!(
        "5\n\nClick here to load reader\n\n{title_line}\n\n  \u{2022} Upload\n    a reader\n\nPage 1: {title_line}\n\nASSEMBL\u{c9}E MONDIALE DE NORMALISATION DES T\u{c9}L\u{c9}COMMUNICATIONS\n\nHammamet, 25 octobre \u{2013} 3 novembre 2016\n\nR\u{e9}solution 32 \u{2013} Renforcement des m\u{e9}thodes de travail \u{e9}lectroniques pour les travaux du Secteur de la normalisation des t\u{e9}l\u{e9}communications de l'UIT\n\nAVANT-PROPOS\n\nL'Union est l'institution des Nations Unies pour les t\u{e9}l\u{e9}communications. Son Secteur de la normalisation \u{e9}tudie des questions techniques et publie des Recommandations.\n"
    );
    let documents = scan(&text);
    assert_eq!(documents.len(), 1, "{text}");
    let document = &documents[0];
    assert_eq!(id(document).as_deref(), Some("WTSA 32 (Rev. Hammamet, 2016)"), "{text}");
    let title = document.title.as_deref().unwrap_or_default();
    assert!(
        title.starts_with("Renforcement des m\u{e9}thodes de travail \u{e9}lectroniques")
            && !title.contains("R\u{c9}SOLUTION"),
        "{title}"
    );
}

/// A page's footer (`Page 2`), or one giving the count of pages (`Page 2 of 3`, `Page 2/3`,
/// `Página 2 de 3`, `Page 2 sur 3`), on a line of its own inside the title and between clauses,
/// is page furniture: no part of the title, no line of the text.
#[test]
fn a_page_footer_with_the_count_of_pages_is_furniture() {
    let english = "\
RESOLUTION 70 (REV. DUBAI, 2018)
{page1}
Mainstreaming a gender perspective in ITU and promotion of gender equality and the
{page2}
empowerment of women through telecommunications/information and communication technologies
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
a)\tResolution 55 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference;
{page3}
resolves
1\tto keep gender equality among the priorities of the Union.
";
    let spanish = "\
RESOLUCIÓN 70 (REV. DUBÁI, 2018)
{page1}
Incorporación de una perspectiva de género en la UIT y promoción de la igualdad de género y el
{page2}
empoderamiento de la mujer por medio de las telecomunicaciones
La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Dubái, 2018),
considerando
a)\tla Resolución 55 (Rev. Buenos Aires, 2017) de la Conferencia Mundial de Desarrollo de las Telecomunicaciones;
{page3}
resuelve
1\tmantener la igualdad de género entre las prioridades de la Unión.
";
    let english_title = "Mainstreaming a gender perspective in ITU and promotion of gender equality and the empowerment of women through telecommunications/information and communication technologies";
    let spanish_title = "Incorporación de una perspectiva de género en la UIT y promoción de la igualdad de género y el empoderamiento de la mujer por medio de las telecomunicaciones";
    let cases = [
        (english, english_title, ["Page 1", "Page 2", "Page 3"]),
        (english, english_title, ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]),
        (english, english_title, ["Page 1/3", "Page 2/3", "Page 3/3"]),
        (english, english_title, ["Page 1 sur 3", "Page 2 sur 3", "Page 3 sur 3"]),
        (spanish, spanish_title, ["Página 1 de 3", "Página 2 de 3", "Página 3 de 3"]),
    ];
    for (text, title, [page1, page2, page3]) in cases {
        let text =
            text.replace("{page1}", page1).replace("{page2}", page2).replace("{page3}", page3);
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("PP 70 (Rev. Dubai, 2018)"), "{text}");
        assert_eq!(documents[0].title.as_deref(), Some(title), "{text}");
        assert_eq!(citations(&documents[0]), ["WTDC 55 (Rev. Buenos Aires, 2017)"], "{text}");
    }
}

/// The lines of a resolution as printed from a browser or a word processor, page furniture to
/// be put between them every few lines: a page break falls inside the title, inside a citation
/// (`Resolution` / furniture / `55 (Rev. Buenos Aires, 2017) ...`) and between clauses.
const PRINTED: [&str; 24] = [
    "RESOLUTION 70 (REV. DUBAI, 2018)",
    "Mainstreaming a gender perspective in ITU and promotion of gender equality and the",
    "empowerment of women through telecommunications/information and communication technologies",
    "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
    "considering",
    "a)\tthat the Union has set itself targets for the balance of women and men among its staff",
    "and in its meetings, and that progress towards them is reported each year;",
    "b)\tthat the World Telecommunication Development Conference adopted Resolution",
    "55 (Rev. Buenos Aires, 2017), on the same subject, and that Council Resolution 1187 asks",
    "for a policy of gender equality across the secretariat;",
    "c)\tthat the standardization assembly, in Resolution 44 (Rev. Hammamet, 2016), asked its",
    "Bureau to help women from developing countries take part in the study groups,",
    "resolves",
    "1\tto keep gender equality among the priorities of the Union and of each of its Sectors;",
    "2\tto make the gender perspective part of the strategic plan and of the operational",
    "plans of the Sectors and of the General Secretariat;",
    "3\tto report on progress to the next conference,",
    "instructs the Secretary-General",
    "1\tto gather the figures on the balance of women and men in the secretariat and in the",
    "meetings of the Union, and to publish them each year;",
    "2\tto report each year to the Council on the work done under this resolution,",
    "invites Member States",
    "to put forward women as candidates for posts in the Union and as chairmen and",
    "vice-chairmen of its study groups and meetings.",
];

/// A line of page furniture whose words are none of the parser's: a browser's print header or
/// footer, a document's symbol, a copyright line, a book's running title naming the conference,
/// each with the page's number, repeated on every page. Each is read as furniture: the text gives
/// the same identity, title, citations, themes and flag as without it.
#[test]
fn page_furniture_repeated_on_every_page_is_taken_out_whatever_its_words() {
    let clean = format!("{}\n", PRINTED.join("\n"));
    let want = scan(&clean);
    assert_eq!(want.len(), 1);
    assert_eq!(
        citations(&want[0]),
        ["WTDC 55 (Rev. Buenos Aires, 2017)", "Council 1187", "WTSA 44 (Rev. Hammamet, 2016)"]
    );
    let furniture = [
        "12/6/26, 3:19 PM\tResolution 70 - ITU",
        "https://www.itu.int/en/council/Documents/res70.aspx\t{page}/5",
        "PP-18/45-E\t{page}",
        "\u{a9} ITU 2018\t{page}",
        "Final Acts of the Plenipotentiary Conference (Dubai, 2018)\t{page}",
        "{page}\tFinal Acts \u{2013} PP-18",
    ];
    for line in furniture {
        // A page break after the title's first line, inside a citation, in the operative part
        // and in the last clause.
        let text = printed_with(&[2, 8, 16, 22], 1, |page| {
            format!("{}\n", line.replace("{page}", &page.to_string()))
        });
        let got = scan(&text);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(summary(&got[0]), summary(&want[0]), "{text}");
    }
}

/// A copy onto one line of a printed resolution whose page broke between the title and the
/// adoption history: the page's number and the resolution's short running header, in either
/// order, end no title (`... ITU-R and ITU-T 102<TAB>Res. 18 (Helsinki, 1993; ...)`).
#[test]
fn the_own_running_header_glued_after_the_title_is_no_part_of_it() {
    let text = "RESOLUTION 18 Principles and procedures for the allocation of work to, and coordination between, ITU-R and ITU-T {header} (Helsinki, 1993; Geneva, 1996; Montreal, 2000; Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012) The World Telecommunication Standardization Assembly (Dubai, 2012), considering a) that the Sectors study matters of common interest to them; resolves 1 that the Sectors keep a joint list of those matters and review it each year.\n";
    for header in ["102\tRes. 18", "Res. 18\t102", "102 Res. 18", "Res. 18"] {
        let text = text.replace("{header}", header);
        let documents = scan(&text);
        assert_eq!(documents.len(), 1, "{text}");
        assert_eq!(id(&documents[0]).as_deref(), Some("WTSA 18 (Rev. Dubai, 2012)"), "{text}");
        assert_eq!(
            documents[0].title.as_deref(),
            Some(
                "Principles and procedures for the allocation of work to, and coordination between, ITU-R and ITU-T"
            ),
            "{text}"
        );
        assert!(citations(&documents[0]).is_empty(), "{text}");
    }
}

/// A line of page furniture whose words are none of the parser's, found once only (a text of two
/// pages), where the page broke inside a sentence: inside the title (`... promotion of gender
/// equality and the` / furniture / `empowerment of women ...`), inside a citation (`Resolution` /
/// furniture / `55 (Rev. Buenos Aires, 2017)`), inside an item and inside the last clause, with
/// blank lines around it or none. It is furniture even once: the text gives the same identity,
/// title, citations, themes and flag as without it.
#[test]
fn page_furniture_found_once_inside_a_sentence_is_taken_out() {
    let furniture = [
        "12/6/26, 3:19 PM\tResolution 70 - ITU",
        "PP-18/45-E\t2",
        "\u{a9} ITU 2018\t2",
        "Final Acts of the Plenipotentiary Conference (Dubai, 2018)\t102",
        "Final Acts of the Plenipotentiary Conference (Dubai, 2018)    102",
        "102\tFinal Acts \u{2013} PP-18",
    ];
    assert_furniture_once_reads_the_same(&furniture, &[2, 8, 15, 22]);
}

/// The same furniture found once, where the page broke between the parts of the resolution:
/// before the issuing clause, a clause word or an item. It is furniture there too: the text gives
/// the same identity, title, citations, themes and flag as without it.
#[test]
fn page_furniture_found_once_before_a_clause_or_an_item_is_taken_out() {
    let furniture = [
        "PP-18/45-E\t2",
        "\u{a9} ITU 2018\t2",
        "Final Acts of the Plenipotentiary Conference (Dubai, 2018)\t102",
        "102\tFinal Acts \u{2013} PP-18",
    ];
    // Before the issuing clause, `considering`, item `a)`, `resolves`, item `1`,
    // `instructs the Secretary-General` and `invites Member States`.
    assert_furniture_once_reads_the_same(&furniture, &[3, 4, 5, 12, 13, 17, 21]);
}

/// What page furniture must leave as it is: a document's identity, title, citations, themes and
/// flag.
fn summary(d: &Document) -> (Option<String>, Option<String>, Vec<String>, Vec<String>, bool) {
    let themes: Vec<String> = d.themes.iter().map(|t| t.id.clone()).collect();
    (id(d), d.title.clone(), citations(d), themes, d.calls_for_coordination)
}

/// The lines of [`PRINTED`], with `furniture` of each page (numbered from `first_page` on)
/// before the lines numbered in `places`.
fn printed_with(
    places: &[usize],
    first_page: usize,
    furniture: impl Fn(usize) -> String,
) -> String {
    let mut text = String::new();
    let mut page = first_page;
    for (n, printed) in PRINTED.iter().enumerate() {
        if places.contains(&n) {
            text.push_str(&furniture(page));
            page += 1;
        }
        text.push_str(printed);
        text.push('\n');
    }
    text
}

/// Puts each line of `furniture` once into [`PRINTED`], before each line numbered in `places`,
/// with no blank line around it or one on each side, and checks that the text reads as without
/// it.
#[track_caller]
fn assert_furniture_once_reads_the_same(furniture: &[&str], places: &[usize]) {
    let want = scan(&format!("{}\n", PRINTED.join("\n")));
    assert_eq!(want.len(), 1);
    for line in furniture {
        for &at in places {
            // No blank line around the furniture, or one on each side.
            for blank in ["", "\n"] {
                let text = printed_with(&[at], 1, |_| format!("{blank}{line}\n{blank}"));
                let got = scan(&text);
                assert_eq!(got.len(), 1, "{text}");
                assert_eq!(summary(&got[0]), summary(&want[0]), "{text}");
            }
        }
    }
}

/// A printed resolution copied from its PDF by a text extractor: at each page break, the page's
/// number alone on its line (`- 2 -`, `-2-`, `102`) and, on the next page, the book's running
/// title with no number (`Final Acts of the Plenipotentiary Conference`), blank lines around them,
/// the page breaking inside the title, inside a citation (`Resolution` / furniture / `55 (Rev.
/// Buenos Aires, 2017)`), inside an item and inside the last clause. On every page, or once only
/// (a text of two pages). Both are furniture: the text gives the same identity, title,
/// citations, themes and flag as without them.
#[test]
fn a_page_number_and_a_running_title_without_number_are_furniture_inside_sentences() {
    let clean = format!("{}\n", PRINTED.join("\n"));
    let want = scan(&clean);
    assert_eq!(want.len(), 1);
    let breaks = [
        "- {page} -\n",
        "-{page}-\n",
        "- {page} -\n\nFinal Acts of the Plenipotentiary Conference\n\n",
        "-{page}-\n\nFinal Acts of the Plenipotentiary Conference\n\n",
        "{page}\n\nFinal Acts of the Plenipotentiary Conference\n\n",
        "\u{2013} {page} \u{2013}\nPP-18 Final Acts\n",
    ];
    let places: [&[usize]; 5] = [&[2, 8, 15, 22], &[2], &[8], &[15], &[22]];
    for form in breaks {
        for at in places {
            let text = printed_with(at, 101, |page| form.replace("{page}", &page.to_string()));
            let got = scan(&text);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(summary(&got[0]), summary(&want[0]), "{text}");
        }
    }
}

/// A page's number and the resolution's short running header glued to the start of a page's
/// first line, an item whose text goes on to a citation broken over the next line (`345 Res.
/// ITU-R 12 e)<TAB>the report on the implementation of Resolution` / `1060 (Nice, 1989) ...`):
/// the header goes, the item's words stay, and so does the citation.
#[test]
fn a_header_glued_before_an_item_keeps_the_item_s_words() {
    let text = "\
RESOLUTION ITU-R 12 (Geneva, 1997)

Handbooks for developing countries

The Radiocommunication Assembly,

noting
d)\tthat the study groups publish their guidance as handbooks;


345 Res. ITU-R 12 e)\tthe report on the implementation of Resolution
1060 (Nice, 1989) submitted to this conference,

resolves
1\tthat the study groups keep their handbooks up to date.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1, "{text}");
    assert_eq!(id(&documents[0]).as_deref(), Some("RA ITU-R 12 (Geneva, 1997)"));
    assert_eq!(citations(&documents[0]), ["PP 1060 (Nice, 1989)"]);
}
