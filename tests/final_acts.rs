//! A conference's Final Acts hold other instruments beside its resolutions: decisions,
//! recommendations, and the declarations and reservations made at its end. Each ends the
//! resolution before it; none of them is a resolution, and what they cite is not cited by the
//! resolution they follow. The answers below were written from the texts by hand.

use isc_engine::Document;
use isc_suite::{cited as citations, identity as id};

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("final-acts.txt", text)
}

const RESOLUTION_2: &str = "\
RESOLUTION 2 (REV. DUBAI, 2018)
World telecommunication/information and communication technology policy forum
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
that the forum lets policy makers exchange views,
resolves
1 to hold the forum again.
";

const RESOLUTION_11: &str = "\
RESOLUTION 11 (REV. DUBAI, 2018)
ITU Telecom events
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
recalling
Resolution 71 (Rev. Dubai, 2018) on the strategic plan of the Union,
resolves
1 that the events go on.
";

const DECISION_5: &str = "\
DECISION 5 (REV. DUBAI, 2018)
Revenue and expenses for the Union for the period 2020-2023
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
a) Resolution 91 (Rev. Guadalajara, 2010) on cost recovery;
b) Resolution 151 (Rev. Dubai, 2018) on results-based budgeting,
decides
1 to approve the financial plan.
";

const DECLARATIONS: &str = "\
DECLARATIONS AND RESERVATIONS
made at the end of the Plenipotentiary Conference (Dubai, 2018)
1
Original: English
The delegation reserves its government's right to take any measure it deems needed should
Resolution 130 (Rev. Dubai, 2018) or Resolution 102 (Rev. Dubai, 2018) harm its interests.
2
Original: French
The delegation does not accept Resolution 179 (Rev. Dubai, 2018).
";

/// Resolutions listed by heading and title alone, no text under any title.
const LIST: &str = "\
RESOLUTION 41 (REV. DUBAI, 2018)
Arrears and special arrears accounts
RESOLUTION 66 (REV. DUBAI, 2018)
Documents and publications of the Union
RESOLUTION 94 (REV. DUBAI, 2018)
Auditing of the accounts of the Union
";

/// The documents read from Resolutions 2 and 11 with other instruments among them: the two
/// resolutions only, the first citing nothing, the second only what it cites itself.
fn assert_the_two_resolutions(documents: &[Document]) {
    let ids: Vec<Option<String>> = documents.iter().map(id).collect();
    assert_eq!(
        ids,
        [Some("PP 2 (Rev. Dubai, 2018)".to_owned()), Some("PP 11 (Rev. Dubai, 2018)".to_owned())]
    );
    assert!(citations(&documents[0]).is_empty(), "{:?}", citations(&documents[0]));
    assert_eq!(citations(&documents[1]), ["PP 71 (Rev. Dubai, 2018)"]);
}

#[test]
fn a_decision_between_resolutions_and_the_declarations_after_them_are_no_part_of_them() {
    let text = format!("{RESOLUTION_2}\n{DECISION_5}\n{RESOLUTION_11}\n{DECLARATIONS}");
    let documents = scan(&text);
    assert_the_two_resolutions(&documents);
    // What ends the last resolution is named, with its line.
    assert!(
        documents[1]
            .diagnostics
            .iter()
            .any(|d| d.message.contains("DECLARATIONS AND RESERVATIONS")),
        "{:?}",
        documents[1].diagnostics
    );
}

/// The same in a copy that wrote the headings in small letters: a decision's heading with its
/// title and issuing clause under it, and a recommendation's, still end a resolution.
#[test]
fn a_decision_or_recommendation_heading_in_small_letters_before_its_clause() {
    let decision =
        DECISION_5.replace("DECISION 5 (REV. DUBAI, 2018)", "Decision 5 (Rev. Dubai, 2018)");
    let recommendation = "\
Recommendation 7 (Rev. Dubai, 2018)
Standard forms of licences
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
that Resolution 188 (Busan, 2014) is on counterfeit devices,
recommends
that administrations use standard forms.
";
    for other in [decision.as_str(), recommendation] {
        let text = format!("{RESOLUTION_2}\n{other}\n{RESOLUTION_11}");
        let documents = scan(&text);
        assert_eq!(documents.len(), 2, "{other}");
        assert!(citations(&documents[0]).is_empty(), "{:?}", citations(&documents[0]));
    }
}

/// A decision or a recommendation named at a line's start inside a resolution (an item of its
/// preamble) ends nothing: the resolution goes on and cites what follows.
#[test]
fn a_decision_named_at_a_line_start_inside_a_resolution_ends_nothing() {
    let text = "\
RESOLUTION 11 (REV. DUBAI, 2018)
ITU Telecom events
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
recalling
Decision 5 (Rev. Dubai, 2018) on the Union's revenue and expenses;
Recommendation ITU-T D.50 on Internet connectivity;
Resolution 71 (Rev. Dubai, 2018) on the strategic plan of the Union,
resolves
1 that the events go on.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(citations(&documents[0]), ["PP 71 (Rev. Dubai, 2018)"]);
}

/// The same Final Acts copied onto one line: the decision's heading and the declarations' title
/// still end the resolution before them.
#[test]
fn other_instruments_on_a_one_line_copy() {
    let text =
        format!("{RESOLUTION_2}\n{DECISION_5}\n{RESOLUTION_11}\n{DECLARATIONS}").replace('\n', " ");
    let documents = scan(&text);
    assert_the_two_resolutions(&documents);
}

/// The Final Acts' part titles, `DECISIONS` and `RESOLUTIONS` in the plural, the page number
/// under the second: no heading, laid out or run onto one line with the decision after them,
/// a resolution after it or none. A heading names one resolution, in the singular.
#[test]
fn a_part_title_in_the_plural_beside_a_page_number_is_no_heading() {
    for title in ["RESOLUTIONS", "RÉSOLUTIONS", "RESOLUCIONES"] {
        let parts = format!("DECISIONS\n\n{title}\n\n1\n\nMOD\n\n{DECISION_5}");
        for text in [format!("{parts}\n{RESOLUTION_11}"), parts.clone()] {
            for text in [text.clone(), text.replace('\n', " ")] {
                let documents = scan(&text);
                let ids: Vec<Option<String>> = documents.iter().map(id).collect();
                let cited: Vec<Vec<String>> = documents.iter().map(citations).collect();
                if text.contains("RESOLUTION 11") {
                    assert_eq!(ids, [Some("PP 11 (Rev. Dubai, 2018)".to_owned())], "{text}");
                    assert_eq!(cited, [["PP 71 (Rev. Dubai, 2018)"]], "{text}");
                } else {
                    // The decision alone: a text with no resolution, citing nothing.
                    assert_eq!(ids, [None], "{text}");
                    assert_eq!(cited, [Vec::<String>::new()], "{text}");
                }
            }
        }
    }
}

/// A decision copied alone is no resolution: it has no identity and cites for none.
#[test]
fn a_decision_alone_is_no_resolution_and_cites_nothing() {
    let documents = scan(DECISION_5);
    assert!(!documents.is_empty());
    for document in &documents {
        assert_eq!(id(document), None);
        assert!(citations(document).is_empty(), "{:?}", citations(document));
    }
}

/// A list of resolutions by heading and title alone after the resolutions, each heading in
/// capitals with its edition and no text under its title: no documents, with or without a
/// title over the list, and nothing the resolution before it cites; laid out or copied onto one
/// line.
#[test]
fn a_list_of_headings_and_titles_after_the_resolutions_is_no_resolution() {
    for over in ["", "LIST OF RESOLUTIONS\n"] {
        let text = format!("{RESOLUTION_2}\n{RESOLUTION_11}\n{over}{LIST}");
        let documents = scan(&text);
        assert_the_two_resolutions(&documents);
        let spaced =
            format!("{RESOLUTION_2}\n\n{RESOLUTION_11}\n\n{over}\n{}", LIST.replace('\n', "\n\n"));
        assert_the_two_resolutions(&scan(&spaced));
    }
    // Between two resolutions, the same.
    assert_the_two_resolutions(&scan(&format!("{RESOLUTION_2}\n{LIST}{RESOLUTION_11}")));
    // Copied onto one line, after the resolutions or between them, the same.
    for text in [
        format!("{RESOLUTION_2}\n{RESOLUTION_11}\nLIST OF RESOLUTIONS\n{LIST}"),
        format!("{RESOLUTION_2}\n{LIST}{RESOLUTION_11}"),
    ] {
        assert_the_two_resolutions(&scan(&text.replace('\n', " ")));
    }
}

/// The resolutions listed by heading and title alone before them, as a booklet's first page
/// lists what it holds, copied onto one line with them: the list is the first resolution's
/// front matter, and each resolution is read once.
#[test]
fn a_list_of_headings_and_titles_before_the_resolutions_on_one_line() {
    let list = "\
RESOLUTION 2 (REV. DUBAI, 2018)
World telecommunication/information and communication technology policy forum
RESOLUTION 11 (REV. DUBAI, 2018)
ITU Telecom events
";
    let text = format!("{list}{RESOLUTION_2}\n{RESOLUTION_11}");
    assert_the_two_resolutions(&scan(&text.replace('\n', " ")));
}

/// The same list at the end of the text with a closing note under it, broken into short lines
/// as a page gives it: the note is no text of the last entry, and the list is still no
/// resolution.
#[test]
fn a_list_of_headings_and_titles_with_a_note_under_it() {
    let note = "\
These texts are listed for reference only. They are kept in the
order of their numbers, with the titles they had when they were
last revised, so that a reader can find each of them in the
earlier Final Acts.
";
    let text = format!("{RESOLUTION_2}\n{RESOLUTION_11}\n{LIST}\n{note}");
    assert_the_two_resolutions(&scan(&text));
}

/// An issuing clause that lost its comma before the first clause word (`... (Dubai, 2018)
/// recalling`), laid out or in a one-line copy of two resolutions: each resolution is read,
/// with its own title and citations.
#[test]
fn an_issuing_clause_without_its_comma_before_the_clause_word() {
    let without_comma =
        RESOLUTION_11.replace("(Dubai, 2018),\nrecalling", "(Dubai, 2018)\nrecalling");
    let text = format!("{RESOLUTION_2}{without_comma}");
    for copy in [text.clone(), text.replace('\n', " ")] {
        let documents = scan(&copy);
        assert_the_two_resolutions(&documents);
        assert_eq!(documents[1].title.as_deref(), Some("ITU Telecom events"), "{copy}");
    }
}

/// An annex to a decision, at the top of a copy or right after a resolution, is the decision's
/// text: no resolution, and nothing any resolution cites.
#[test]
fn an_annex_to_a_decision_is_no_resolution_and_cites_nothing() {
    let annex = "\
ANNEX 2 TO DECISION 5 (REV. DUBAI, 2018)
Expenses of the Union for the period 2020-2023
1 The figures follow Resolution 151 (Rev. Dubai, 2018) on results-based budgeting.
";
    for document in &scan(annex) {
        assert_eq!(id(document), None);
        assert!(citations(document).is_empty(), "{:?}", citations(document));
    }
    assert_the_two_resolutions(&scan(&format!("{RESOLUTION_2}\n{annex}{RESOLUTION_11}")));
    let after = scan(&format!("{RESOLUTION_2}\n{RESOLUTION_11}\n{annex}"));
    assert_the_two_resolutions(&after);
}

/// A list of resolutions by heading and title alone, with page numbers among its entries, ends
/// where the next instrument of the Final Acts opens: its last entry is no resolution either.
#[test]
fn a_list_of_headings_and_titles_ending_at_another_instrument_is_no_resolution() {
    let list = LIST.replace(
        "Documents and publications of the Union\n",
        "Documents and publications of the Union\n112\n",
    );
    let text = format!("{RESOLUTION_2}\n{RESOLUTION_11}\n{list}113\nPART III\n{DECISION_5}");
    assert_the_two_resolutions(&scan(&text));
}

/// An entry of such a list with its title after a space on the heading's line, as a wrapped
/// contents entry has it: no resolution and no citation either.
#[test]
fn a_list_entry_with_its_title_on_the_heading_line_is_no_citation() {
    let list = LIST.replace(
        "RESOLUTION 66 (REV. DUBAI, 2018)\nDocuments",
        "RESOLUTION 66 (REV. DUBAI, 2018) Documents",
    );
    assert_the_two_resolutions(&scan(&format!("{RESOLUTION_2}\n{RESOLUTION_11}\n{list}")));
    let last = LIST.replace(
        "RESOLUTION 94 (REV. DUBAI, 2018)\nAuditing",
        "RESOLUTION 94 (REV. DUBAI, 2018) Auditing",
    );
    assert_the_two_resolutions(&scan(&format!("{RESOLUTION_2}\n{RESOLUTION_11}\n{last}")));
    // After a page number, with that title wrapped over two lines.
    let paged = LIST.replace(
        "RESOLUTION 94 (REV. DUBAI, 2018)\nAuditing of the accounts of the Union\n",
        "231\nRESOLUTION 94 (REV. DUBAI, 2018) Auditing of the accounts of the Union and of the\nspecial funds it holds\nRESOLUTION 99 (REV. DUBAI, 2018)\nStatus of Palestine in ITU\n",
    );
    assert_the_two_resolutions(&scan(&format!("{RESOLUTION_2}\n{RESOLUTION_11}\n{paged}")));
}

/// A printed book's contents, its last entry's title wrapped with the dot leaders on its second
/// line, then a decision and a resolution, copied onto one line: the entry is no resolution, and
/// the decision's issuing clause under it confirms nothing.
#[test]
fn a_contents_entry_before_a_decision_on_one_line_is_no_resolution() {
    let book = format!(
        "FINAL ACTS\nCONTENTS\nDECISION 5 (Rev. Dubai, 2018)\tRevenue and expenses for the Union ...... 5\nRESOLUTION 11 (Rev. Dubai, 2018)\tITU Telecom\n\tevents ...................... 9\n- 5 -\n{DECISION_5}- 9 -\n{RESOLUTION_11}"
    );
    for text in [book.clone(), book.replace(['\n', '\t'], " ")] {
        let documents = scan(&text);
        let ids: Vec<Option<String>> = documents.iter().map(id).collect();
        assert_eq!(ids, [Some("PP 11 (Rev. Dubai, 2018)".to_owned())], "{text}");
        assert_eq!(citations(&documents[0]), ["PP 71 (Rev. Dubai, 2018)"], "{text}");
    }
}

/// A heading in capitals with its edition and its title after a space on one line, with no
/// issuing clause under it (an entry of a list or of a contents page whose page number was
/// lost), is neither a resolution nor a citation of the resolution before it.
#[test]
fn a_lone_heading_with_its_title_on_its_line_and_no_clause_is_no_citation() {
    let text = format!(
        "{RESOLUTION_2}\n{RESOLUTION_11}\n231\n\nRESOLUTION 66 (REV. DUBAI, 2018) Documents and publications of the Union\n"
    );
    assert_the_two_resolutions(&scan(&text));
}

/// A page of the printed Final Acts copied from its top: it opens with the end of a resolution
/// whose heading is on an earlier page (its last operative clauses, one citing the strategic
/// plan), then the next resolution's heading. The end is a document of its own, with no
/// identity and its own citation; the resolution after it is read whole and cites nothing.
#[test]
fn the_end_of_a_resolution_at_the_top_of_a_page_is_a_document_without_identity() {
    let text = format!(
        "\
2 to report each year to the Council on the events held and on what they cost;
instructs the Secretary-General
1 to plan the events along Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference;
2 to report to the next plenipotentiary conference.
{RESOLUTION_2}"
    );
    let documents = scan(&text);
    let ids: Vec<_> = documents.iter().map(id).collect();
    assert_eq!(ids, [None, Some("PP 2 (Rev. Dubai, 2018)".to_owned())]);
    assert_eq!(citations(&documents[0]), ["PP 71 (Rev. Dubai, 2018)"]);
    assert!(citations(&documents[1]).is_empty(), "{:?}", citations(&documents[1]));
    assert_eq!(
        documents[1].title.as_deref(),
        Some("World telecommunication/information and communication technology policy forum")
    );
}

/// A resolution with its annex, `ANNEX TO RESOLUTION 2 (REV. DUBAI, 2018)` in capitals, then the
/// next resolution with its heading in small letters, laid out and copied onto one line. The
/// annex's heading names the resolution it belongs to: it opens no document, and the next
/// heading does.
#[test]
fn an_annex_heading_naming_its_resolution_opens_no_document() {
    let next = RESOLUTION_11
        .replace("RESOLUTION 11 (REV. DUBAI, 2018)", "Resolution 11 (Rev. Dubai, 2018)");
    let text = format!(
        "{RESOLUTION_2}ANNEX TO RESOLUTION 2 (REV. DUBAI, 2018)\nTopics for the next forum\n1 The forum takes up the themes the Council sets.\n{next}"
    );
    for text in [text.clone(), text.replace('\n', " ")] {
        let documents = scan(&text);
        let ids: Vec<Option<String>> = documents.iter().map(id).collect();
        assert_eq!(
            ids,
            [
                Some("PP 2 (Rev. Dubai, 2018)".to_owned()),
                Some("PP 11 (Rev. Dubai, 2018)".to_owned())
            ],
            "{text}"
        );
        assert_eq!(citations(&documents[1]), ["PP 71 (Rev. Dubai, 2018)"], "{text}");
    }
}
