//! Drafts and proposals: a text that proposes a new resolution or a change to one has no
//! identity of its own. It is a draft, with the action proposed, its label and the resolution
//! it modifies; mentions of that resolution are not citations. A conference's Final Acts, which
//! mark an adopted text `MOD` or `ADD` without a proposal number, are not drafts.
//!
//! The answers below were written from the texts by hand.

use isc_engine::{Body, Config, Document, Engine};

fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Config::new()))
}

fn scan(text: &str) -> Vec<Document> {
    engine().scan_str("draft.txt", text)
}

fn one(text: &str) -> Document {
    let mut documents = scan(text);
    assert_eq!(documents.len(), 1, "one document in {text:?}");
    documents.remove(0)
}

fn rendered_citations(document: &Document) -> Vec<String> {
    document.citations.iter().map(|c| c.resolution().to_string()).collect()
}

fn rendered_self_references(document: &Document) -> Vec<String> {
    document.self_references.iter().map(|c| c.resolution().to_string()).collect()
}

/// `(action, label, modifies)` as rendered, or `None` for a document that is no draft.
fn draft(document: &Document) -> Option<(Option<String>, Option<String>, Option<String>)> {
    document
        .draft
        .as_ref()
        .map(|d| (d.action.clone(), d.label.clone(), d.modifies.as_ref().map(ToString::to_string)))
}

fn some(text: &str) -> Option<String> {
    Some(text.to_owned())
}

const NEW_WTDC: &str = "\
ADD\tAFR/12A1/1

DRAFT NEW RESOLUTION [AFR-1]

Use of telecommunications for rural and remote communities

The World Telecommunication Development Conference (Kigali, 2022),

recalling
a)\tResolution 37 (Rev. Kigali, 2022) of this conference, on the digital divide;
b)\tResolution 139 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,

resolves
1\tthat the Bureau keeps a list of rural projects under Resolution 17.
";

#[test]
fn a_draft_new_resolution_has_a_label_and_no_identity() {
    let document = one(NEW_WTDC);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("ADD"), some("AFR-1"), None)));
    assert_eq!(
        document.title.as_deref(),
        Some("Use of telecommunications for rural and remote communities")
    );
    // The issuing clause says which conference the draft is for: bare citations are its own.
    assert_eq!(
        rendered_citations(&document),
        ["WTDC 37 (Rev. Kigali, 2022)", "PP 139 (Rev. Bucharest, 2022)", "WTDC 17"]
    );
}

const MOD_PP: &str = "\
MOD\tEUR/44A7/1

RESOLUTION 130 (REV. DUBAI, 2018)

Strengthening the role of ITU in building confidence and security in the use of information and communication technologies

The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),

recalling
a)\tResolution 179 (Rev. Dubai, 2018) of the Plenipotentiary Conference;
b)\tthat Resolution 130 (Rev. Dubai, 2018) is revised by this proposal,

resolves
1\tto keep Resolution 130 under review.
";

#[test]
fn a_proposal_to_modify_names_what_it_modifies() {
    let document = one(MOD_PP);
    assert_eq!(document.id, None);
    assert_eq!(
        draft(&document),
        Some((some("MOD"), some("EUR/44A7/1"), some("PP 130 (Rev. Dubai, 2018)")))
    );
    assert_eq!(rendered_citations(&document), ["PP 179 (Rev. Dubai, 2018)"]);
    assert_eq!(rendered_self_references(&document), ["PP 130 (Rev. Dubai, 2018)", "PP 130"]);
}

#[test]
fn struck_and_inserted_editions_run_together_give_the_one_modified() {
    let text = MOD_PP.replace("(REV. DUBAI, 2018)\n", "(REV. DUBAI, 2018BUCHAREST, 2022)\n");
    let document = one(&text);
    assert_eq!(
        draft(&document),
        Some((some("MOD"), some("EUR/44A7/1"), some("PP 130 (Rev. Dubai, 2018)")))
    );
    assert_eq!(rendered_citations(&document), ["PP 179 (Rev. Dubai, 2018)"]);
}

#[test]
fn the_proposal_number_may_stand_on_its_own_line() {
    let text = "\
MOD
EUR/XX/1
RESOLUTION 28 (REV.WRC-15)
Revision of references to the text of ITU-R Recommendations incorporated by reference in the Radio Regulations
The World Radiocommunication Conference (Geneva, 2015),
considering
a)\tthat Resolution 27 (Rev.WRC-12) sets out the principles of incorporation by reference,
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(
        draft(&document),
        Some((some("MOD"), some("EUR/XX/1"), some("WRC 28 (Rev.WRC-15)")))
    );
    assert_eq!(rendered_citations(&document), ["WRC 27 (Rev.WRC-12)"]);
}

#[test]
fn a_committee_label_in_brackets() {
    let text = "\
ADD\tCOM6/7

RESOLUTION [COM6/7] (WRC-15)

Public protection and disaster relief

The World Radiocommunication Conference (Geneva, 2015),

considering
a)\tthat Resolution 646 (Rev.WRC-15) deals with the same radiocommunications;
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("ADD"), some("COM6/7"), None)));
    assert_eq!(document.title.as_deref(), Some("Public protection and disaster relief"));
    assert_eq!(rendered_citations(&document), ["WRC 646 (Rev.WRC-15)"]);
}

/// An editorial committee numbers the texts it combines with its symbol, a dash and a counter,
/// without brackets (`RESOLUTION COMB-1`): a label, under which the conference's own issuing
/// clause stands.
#[test]
fn a_committee_label_with_a_dash() {
    let text = "\
- 2 -
CMDT98/228(Rev.1)-E

RESOLUTION COMB-1

TELECOM AFRICA

The World Telecommunication Development Conference (Valletta, 1998),

considering
a)\tthat the first conference (Buenos Aires, 1994) called for industrial cooperation;
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((None, some("COMB-1"), None)));
    assert_eq!(document.title.as_deref(), Some("TELECOM AFRICA"));
    assert!(rendered_citations(&document).is_empty());

    // The label heads the next page under its page number, between the title and the issuing
    // clause: furniture, no second draft.
    let paged = text.replacen("AFRICA\n", "AFRICA\n\n– 3 –\n\nRes. COMB-1\n", 1);
    let documents = scan(&paged);
    assert_eq!(documents.len(), 1);
    assert_eq!(draft(&documents[0]), Some((None, some("COMB-1"), None)));
}

#[test]
fn a_placeholder_number_is_a_label() {
    let text = "\
DRAFT RESOLUTION XXX

Preparations for the World Conference on International Telecommunications

The Council,

considering
a)\tResolution 146 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference;
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("DRAFT"), some("XXX"), None)));
    assert_eq!(rendered_citations(&document), ["PP 146 (Rev. Guadalajara, 2010)"]);
}

#[test]
fn a_spanish_draft() {
    let text = "\
PROYECTO DE NUEVA RESOLUCIÓN [AMS-1]

Acceso a las telecomunicaciones en zonas rurales

La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Kigali, 2022),

recordando
a)\tla Resolución 37 (Rev. Kigali, 2022);
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("PROYECTO DE NUEVA"), some("AMS-1"), None)));
    assert_eq!(rendered_citations(&document), ["WTDC 37 (Rev. Kigali, 2022)"]);
}

#[test]
fn a_revision_named_on_the_cover_makes_the_heading_a_draft() {
    let text = "\
Member States of the African Telecommunications Union
Revision of WTDC Resolution 9
Summary: the revision asks for more collaboration between the Bureaux.

RESOLUTION 9 (REV. DUBAI, 2014)

Participation of countries, particularly developing countries, in spectrum management

The World Telecommunication Development Conference (Buenos Aires, 2017),

recalling
a)\tResolution 5 (Rev. Dubai, 2014) of this conference;
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((None, None, some("WTDC 9 (Rev. Dubai, 2014)"))));
    assert_eq!(rendered_citations(&document), ["WTDC 5 (Rev. Dubai, 2014)"]);
    assert_eq!(rendered_self_references(&document), ["WTDC 9"]);
}

#[test]
fn final_acts_mark_adopted_texts_without_making_them_drafts() {
    let text = "\
MOD

RESOLUTION 646 (REV.WRC-15)

Public protection and disaster relief

The World Radiocommunication Conference (Geneva, 2015),

considering
a)\tthat Resolution 647 (Rev.WRC-15) covers emergency radiocommunications;
";
    let document = one(text);
    assert_eq!(draft(&document), None);
    assert_eq!(
        document.id.as_ref().map(ToString::to_string).as_deref(),
        Some("WRC 646 (Rev.WRC-15)")
    );
    assert_eq!(rendered_citations(&document), ["WRC 647 (Rev.WRC-15)"]);
}

#[test]
fn drafts_in_a_compilation_are_each_their_own_document() {
    let text = format!("{NEW_WTDC}\n\n{MOD_PP}");
    let documents = scan(&text);
    let drafts: Vec<_> = documents.iter().map(draft).collect();
    assert_eq!(
        drafts,
        [
            Some((some("ADD"), some("AFR-1"), None)),
            Some((some("MOD"), some("EUR/44A7/1"), some("PP 130 (Rev. Dubai, 2018)"))),
        ]
    );
}

#[test]
fn a_flattened_draft_is_still_a_draft() {
    let flat = MOD_PP.split_whitespace().collect::<Vec<_>>().join(" ");
    let document = one(&flat);
    assert_eq!(document.id, None);
    assert_eq!(
        draft(&document),
        Some((some("MOD"), some("EUR/44A7/1"), some("PP 130 (Rev. Dubai, 2018)")))
    );
    assert_eq!(rendered_citations(&document), ["PP 179 (Rev. Dubai, 2018)"]);
}

#[test]
fn the_draft_is_in_json_and_left_out_when_there_is_none() {
    let json = serde_json::to_value(one(MOD_PP)).unwrap();
    assert_eq!(json["draft"]["action"], "MOD");
    assert_eq!(json["draft"]["label"], "EUR/44A7/1");
    assert_eq!(json["draft"]["modifies"]["body"], "PP");
    assert_eq!(json["draft"]["modifies"]["number"], "130");
    let adopted = serde_json::to_value(one(
        "RESOLUTION 646 (REV.WRC-15)\n\nPublic protection\n\nThe World Radiocommunication Conference (Geneva, 2015),\n",
    ))
    .unwrap();
    assert!(adopted.get("draft").is_none());
}

#[test]
fn a_page_title_above_a_draft_opens_no_document() {
    let text = format!("WTDC Resolution 47\n\n{NEW_WTDC}");
    let document = one(&text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("ADD"), some("AFR-1"), None)));
    assert_eq!(
        rendered_citations(&document),
        ["WTDC 37 (Rev. Kigali, 2022)", "PP 139 (Rev. Bucharest, 2022)", "WTDC 17"]
    );
}

/// A draft's pages are headed by its label where an adopted text's carry its number
/// (`101<TAB>Res. [AFR-1]`, `Res. [AFR-1]<TAB>102`): furniture, even between the action line and
/// the heading, which then still marks the draft.
#[test]
fn a_running_header_with_a_draft_label_is_furniture() {
    let paged = NEW_WTDC.replacen("AFR/12A1/1\n", "AFR/12A1/1\n101\tRes. [AFR-1]\n", 1).replacen(
        "recalling\n",
        "recalling\nRes. [AFR-1]\t102\n",
        1,
    );
    let document = assert_the_paged_draft(&paged, "AFR-1");
    assert_eq!(
        rendered_citations(&document),
        ["WTDC 37 (Rev. Kigali, 2022)", "PP 139 (Rev. Bucharest, 2022)", "WTDC 17"]
    );
    let messages =
        |d: &Document| d.diagnostics.iter().map(|d| d.message.clone()).collect::<Vec<_>>();
    assert_eq!(messages(&document), messages(&one(NEW_WTDC)));
}

/// A committee's symbol heads a draft's pages as a bracketed label does (`101<TAB>Res.
/// GT-PLEN/7`).
#[test]
fn a_running_header_with_a_committee_symbol_is_furniture() {
    let paged = NEW_WTDC.replace("[AFR-1]", "GT-PLEN/7").replacen(
        "AFR/12A1/1\n",
        "AFR/12A1/1\n101\tRes. GT-PLEN/7\n",
        1,
    );
    assert_the_paged_draft(&paged, "GT-PLEN/7");
}

/// A draft's running header alone on its line, under the page number on the line above
/// (`– 57 –` / `Res. [AFR-1]`), is furniture too.
#[test]
fn a_draft_label_header_under_a_page_number_is_furniture() {
    let paged = NEW_WTDC.replacen(
        "AFR/12A1/1\n",
        "AFR/12A1/1\n\n      \u{2013} 57 \u{2013}\n\nRes. [AFR-1]\n",
        1,
    );
    assert_the_paged_draft(&paged, "AFR-1");
}

/// The draft read from its text with running headers: still added, its label and title kept.
fn assert_the_paged_draft(paged: &str, label: &str) -> Document {
    let document = one(paged);
    assert_eq!(draft(&document), Some((some("ADD"), some(label), None)));
    assert_eq!(
        document.title.as_deref(),
        Some("Use of telecommunications for rural and remote communities")
    );
    document
}

#[test]
fn a_draft_without_number_or_label() {
    let text = "\
Draft Resolution

Preparations for the World Conference on International Telecommunications

The Council,

considering
a)\tResolution 146 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference;
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("Draft"), None, None)));
    assert_eq!(
        document.title.as_deref(),
        Some("Preparations for the World Conference on International Telecommunications")
    );
    assert_eq!(rendered_citations(&document), ["PP 146 (Rev. Guadalajara, 2010)"]);
}

#[test]
fn a_draft_heading_in_lower_case() {
    let text = "\
draft new resolution

Role of ITU in the transition to future telecommunication infrastructure

The World Telecommunication Development Conference (Buenos Aires, 2017),

recalling
a)\tResolution 30 (Rev. Dubai, 2014) of the World Telecommunication Development Conference;
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("draft new"), None, None)));
    assert_eq!(rendered_citations(&document), ["WTDC 30 (Rev. Dubai, 2014)"]);
}

/// A proposal copied without the tab between its action and its number (`MODAFCP/19A14/1`).
#[test]
fn an_action_glued_to_its_proposal_number() {
    let text = "\
Revision of WTDC Resolution 58
MODAFCP/19A14/1
RESOLUTION 58 (Rev. Dubai, 2014BUENOS AIRES, 2017)
Telecommunication/information and communication technology accessibility for persons with disabilities
The World Telecommunication Development Conference (Dubai, 2014Buenos Aires, 2017),
recognizing
a)\tResolution 175 (Guadalajara, 2010) of the Plenipotentiary Conference, on accessibility;
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(
        draft(&document),
        Some((some("MOD"), some("AFCP/19A14/1"), some("WTDC 58 (Rev. Dubai, 2014)")))
    );
    assert_eq!(rendered_citations(&document), ["PP 175 (Guadalajara, 2010)"]);
}

/// A word that merely opens with an action's letters is no action (`MODULE/2`, `Addendum`).
#[test]
fn a_word_opening_with_an_action_is_no_action() {
    let text = "\
MODULE/2
RESOLUTION 58 (REV. DUBAI, 2014)
Telecommunication/information and communication technology accessibility for persons with disabilities
The World Telecommunication Development Conference (Dubai, 2014),
recognizing
a)\tResolution 175 (Guadalajara, 2010) of the Plenipotentiary Conference, on accessibility;
";
    let document = one(text);
    assert_eq!(draft(&document), None);
    assert_eq!(isc_suite::identity(&document).as_deref(), Some("WTDC 58 (Rev. Dubai, 2014)"));
}

/// A proposal whose cover names the resolution it modifies (`Proposed modification of
/// Resolution 18 - ...`), under a page title repeating the heading with its struck and inserted
/// editions run together: a draft of that resolution.
#[test]
fn a_proposed_modification_named_on_the_cover() {
    let body = "\
World Telecommunication Standardization Assembly (WTSA-16)
Hammamet, 25 October - 3 November 2016
PLENARY MEETING
Addendum 3 to Document 42-E
Original: English
African Telecommunication Union Administrations
Proposed modification of Resolution 18 - Principles and procedures for the allocation of work to, and coordination between, the ITU Radiocommunication and ITU Telecommunication Standardization Sectors

Principles and procedures for the allocation of work to, and
coordination between, the ITU Radiocommunication
and ITU Telecommunication Standardization Sectors

(Helsinki, 1993; Geneva, 1996; Montreal, 2000; Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)

The World Telecommunication Standardization Assembly (Dubai, 2012Hammamet, 2016),

recalling
a)\tResolution 59 (Rev. Dubai, 2014) of the World Telecommunication Development Conference, on coordination among the three Sectors;
";
    let page_title = "Resolution 18 (Rev. Dubai, 2012Hammamet, 2016)\n\nResolution 18 (Rev. Dubai, 2012Hammamet, 2016)\n\n";
    // The page title names the edition modified, the struck one of the two run together.
    for (text, modified) in [
        (body.to_owned(), "WTSA 18"),
        (format!("{page_title}{body}"), "WTSA 18 (Rev. Dubai, 2012)"),
    ] {
        let document = one(&text);
        assert_eq!(document.id, None, "{text}");
        assert_eq!(
            document
                .draft
                .as_ref()
                .and_then(|d| d.modifies.as_ref())
                .map(ToString::to_string)
                .as_deref(),
            Some(modified),
            "{text}"
        );
        assert_eq!(rendered_citations(&document), ["WTDC 59 (Rev. Dubai, 2014)"], "{text}");
    }
}

/// `text` is one proposal titled `Countering and combating spam`, on cybersecurity.
fn assert_one_proposal_on_spam(text: &str) {
    let documents = isc_suite::scan_text("drafts.txt", text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(document.title.as_deref(), Some("Countering and combating spam"));
    let themes: Vec<&str> = document.themes.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(themes, ["cybersecurity"]);
}

/// A proposal to modify a resolution, copied without its heading line: the title stands above
/// the resolution's adoption history and its issuing clause.
#[test]
fn a_title_above_the_adoption_history_of_a_proposal_without_heading() {
    let text = "\
World Telecommunication Standardization Assembly (WTSA-16)
Hammamet, 25 October - 3 November 2016
Addendum 22 to Document 43-E
Proposed modification of Resolution 52 - Countering and combating spam
Abstract: the administrations propose to modify Resolution 52 as shown below.
Countering and combating spam
(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)
The World Telecommunication Standardization Assembly (Dubai, 2012Hammamet, 2016),
recognizing
a)\tthat unsolicited bulk messages burden networks and users alike;
resolves
1\tto go on studying the technical means of countering spam.
";
    assert_one_proposal_on_spam(text);
}

/// The same proposal copied from a PDF, its adoption history wrapped over two lines.
#[test]
fn a_title_above_an_adoption_history_wrapped_over_two_lines() {
    let text = "\
Addendum 22 to Document 43-E
Proposed modification of Resolution 52 - Countering and combating spam
Abstract: the administrations propose to modify Resolution 52 as shown below.
Countering and combating spam
(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet,
2016)
The World Telecommunication Standardization Assembly (Dubai, 2012Hammamet, 2016),
recognizing
a)\tthat unsolicited bulk messages burden networks and users alike;
resolves
1\tto go on studying the technical means of countering spam.
";
    assert_one_proposal_on_spam(text);
}

/// The same proposal copied onto one line: the cover's fields (`Abstract:`) and the adoption
/// history do not run into the title.
#[test]
fn a_proposal_without_heading_copied_onto_one_line() {
    let text = "World Telecommunication Standardization Assembly (WTSA-16) Hammamet, 25 October - 3 \
November 2016 Addendum 22 to Document 43-E Proposed modification of Resolution 52 - Countering and \
combating spam Abstract: the administrations propose to modify Resolution 52 as shown below. \
Countering and combating spam (Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, \
2016) The World Telecommunication Standardization Assembly (Dubai, 2012Hammamet, 2016), \
recognizing a) that unsolicited bulk messages burden networks and users alike; resolves 1 to go \
on studying the technical means of countering spam.";
    assert_one_proposal_on_spam(text);
}

/// A proposal to revise a resolution, its revision marks run together: where only the last
/// digit of the year changed, the struck and inserted digits stand side by side (`20184` for
/// 2014 struck and 2018 inserted, `20148` the other way round).
#[test]
fn struck_and_inserted_digits_of_a_year_run_together() {
    let text = "\
ANNEX

MOD

RESOLUTION 179 (REV. BUSANDUBAI, 20184)

ITU's role in child online protection

The Plenipotentiary Conference of the International Telecommunication Union (BusanDubai, 20148),

recognizing

a)\tResolution 67 (Rev. DubaiBuenos Aires, 20174) of the World Telecommunication Development Conference (WTDC), on the role of the Development Sector in child online protection;

b)\tResolution 45 (Rev. Dubai, 2014) of WTDC, on cooperation in cybersecurity,

resolves

1\tto go on with the work on child online protection.
";
    let documents = isc_suite::scan_text("drafts.txt", text);
    let document = documents.last().unwrap();
    let modifies = document.draft.as_ref().and_then(|d| d.modifies.as_ref());
    assert_eq!(
        modifies.map(|m| (m.body, m.number.to_string())),
        Some((Some(Body::Pp), "179".to_owned()))
    );
    assert_eq!(document.title.as_deref(), Some("ITU's role in child online protection"));
    let cited: Vec<(Option<Body>, String)> =
        document.citations.iter().map(|c| (c.body, c.number.to_string())).collect();
    assert_eq!(cited, [(Some(Body::Wtdc), "67".to_owned()), (Some(Body::Wtdc), "45".to_owned())]);
    let themes: Vec<&str> = document.themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"child-online-protection"), "{themes:?}");
}

/// A draft numbered by a placeholder of two letters (`RESOLUTION BB`) under a cover's fields.
#[test]
fn a_placeholder_of_two_letters_numbers_a_draft() {
    let text = "\
Source: / a group of experts on accessibility
Title: / Draft WTSA Resolution

RESOLUTION BB

Telecommunication/ICT accessibility for persons with disabilities

(Johannesburg, 2008)

The World Telecommunication Standardization Assembly (Johannesburg, 2008),

considering

a) that many people live with disabilities and their number grows;

resolves

1 to study the accessibility of telecommunication services.
";
    let documents = isc_suite::scan_text("drafts.txt", text);
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(document.draft.as_ref().and_then(|d| d.label.as_deref()), Some("BB"));
    assert_eq!(
        document.title.as_deref(),
        Some("Telecommunication/ICT accessibility for persons with disabilities")
    );
    let themes: Vec<&str> = document.themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"accessibility"), "{themes:?}");
}

/// A proposal's citation whose edition runs the struck and the inserted edition together, as
/// a copy with tracked changes accepted leaves it, reads as the inserted one: the text as the
/// proposal would have it.
#[test]
fn a_cited_edition_with_struck_and_inserted_editions_run_together() {
    let document = one("\
MOD\tRCC/35A1/1

RESOLUTION 34 (REV. DUBAI, 2014)

Role of telecommunications/information and communication technology in disaster preparedness

The World Telecommunication Development Conference (Buenos Aires, 2017),

recalling
a)\tResolution136 (Guadalajara, 2010Rev.Busan, 2014) of the Plenipotentiary Conference, on telecommunications in emergency situations;
b)\tResolution 67 (Rev. DubaiBuenos Aires, 20174) of the World Telecommunication Development Conference;
c)\tResolution 70 (Rev. AntalyaBusan, 20062014);
d)\tResolution 64 (REV. BUSANDUBAI, 20184) of the Plenipotentiary Conference,

resolves
1\tto go on helping Member States prepare for disasters.
");
    let cited = rendered_citations(&document);
    assert_eq!(
        cited[..3],
        [
            "PP 136 (Rev. Busan, 2014)",
            "WTDC 67 (Rev. Buenos Aires, 2017)",
            "PP 70 (Rev. Busan, 2014)"
        ]
    );
    // Places run together in capitals cannot be told apart: the inserted year is read.
    let last = &document.citations[3];
    assert_eq!((last.body, last.number.to_string()), (Some(Body::Pp), "64".to_owned()));
    assert_eq!(last.edition.as_ref().and_then(|e| e.year), Some(2018));
    assert_eq!(cited.len(), 4);
}

/// A proposal whose draft lost its heading: a long introduction naming the resolution to be
/// suppressed, then the action lines (`SUP EUR/10A25/1` over the old title, `ADD EUR/10A25/2`
/// over the new one) and the issuing clause far below the top. The last action line with an
/// issuing clause under it opens the draft: its action and proposal number, the title above the
/// clause; the introduction is front matter and cites nothing for it.
const DRAFT_WITHOUT_HEADING: &str = "\
World Radiocommunication Conference (WRC-07)
Geneva, 22 October - 16 November 2007
PLENARY MEETING
Addendum 25 to Document 10-E
Original: English
Common proposals for the work of the conference
Agenda item 7.2

7.2 to recommend to the Council items for the agenda of the next conference, taking into account Resolution 803 (WRC-03)

The agenda item asks this conference to recommend items for the next one, taking into account Resolution 803 (WRC-03).

The proposals build on some of the preliminary items in Resolution 803 (WRC-03) and add new topics for study.

The proposals below suppress Resolution 803 (WRC-03) and put a new resolution in its place as the basis of the next agenda.

SUP EUR/10A25/1

Preliminary agenda for the 2010 World
Radiocommunication Conference

ADD EUR/10A25/2

Agenda for the 2011 World Radiocommunication Conference

The World Radiocommunication Conference (Geneva, 2007),

considering
a) that the agenda of a conference should be set four to six years ahead,

resolves
to recommend to the Council that a conference be held in 2011.
";

#[test]
fn a_draft_without_heading_under_its_action_line() {
    assert_the_draft_without_heading(DRAFT_WITHOUT_HEADING);
}

/// The same proposal copied onto one line: the action line before the issuing clause is a line
/// of its own again.
#[test]
fn a_draft_without_heading_on_one_line() {
    assert_the_draft_without_heading(&DRAFT_WITHOUT_HEADING.replace('\n', " "));
}

fn assert_the_draft_without_heading(text: &str) {
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("ADD"), some("EUR/10A25/2"), None)));
    assert_eq!(
        document.title.as_deref(),
        Some("Agenda for the 2011 World Radiocommunication Conference")
    );
    assert!(rendered_citations(&document).is_empty(), "{:?}", rendered_citations(&document));
    assert_eq!(document.front_matter_references.len(), 4);
}

/// An action line with its proposal numbers two blank lines above the heading it marks, as a
/// committee's document spaces them: still the draft's action.
#[test]
fn an_action_line_two_blank_lines_above_the_heading() {
    let text = "\
ADD         COM5/230/1        (B5/290/1)


                      RESOLUTION [COM 5/4] (WRC-03)

                       Public protection and disaster relief
The World Radiocommunication Conference (Geneva, 2003),
            considering
a)        that agencies dealing with emergencies need radio links that work across borders;
            resolves
1         to encourage administrations to use harmonized bands for such links.
";
    let document = one(text);
    assert_eq!(draft(&document), Some((some("ADD"), some("COM 5/4"), None)));
}

/// A proposal copied without the space between its action and the draft words
/// (`ADDDRAFT RESOLUTION [SEN-1]`), or between its proposal number and the draft words
/// (`AFR/12A1/1DRAFT NEW RESOLUTION [AFR-1]`): the same draft.
#[test]
fn an_action_or_a_proposal_number_glued_to_the_draft_words() {
    let text = "\
ADDDRAFT RESOLUTION [SEN-1]

Support for the New Partnership for Africa's Development

The Plenipotentiary Conference of the International Telecommunication Union (Marrakesh, 2002),

resolves
1\tthat the Union supports the partnership.
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("ADD"), some("SEN-1"), None)));
    assert_eq!(
        document.title.as_deref(),
        Some("Support for the New Partnership for Africa's Development")
    );

    let text = "\
ADD\tAFR/12A1/1DRAFT NEW RESOLUTION [AFR-1]

Use of telecommunications for rural and remote communities

The World Telecommunication Development Conference (Kigali, 2022),

resolves
1\tthat the Bureau keeps a list of rural projects.
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("ADD"), some("AFR-1"), None)));
}

/// A proposal number glued to the heading's citation word, the space between them lost in a
/// copy (`MOD<TAB>RCC/23A17/1RESOLUTION 37 (...)`): the same draft of the resolution it
/// modifies.
#[test]
fn a_proposal_number_glued_to_the_heading() {
    let text = "\
MOD\tRCC/23A17/1RESOLUTION 37 (REV. BUENOS AIRES, 2017)
Bridging the digital divide
The World Telecommunication Development Conference (Buenos Aires, 2017),
recalling
a)\tResolution 139 (Rev. Busan, 2014) of the Plenipotentiary Conference,
resolves
1\tthat the Sector goes on bridging the divide.
";
    assert_the_rcc_draft_of_wtdc_37(&one(text));
}

/// `document` is the proposal RCC/23A17/1 to modify WTDC 37 (Rev. Buenos Aires, 2017), citing
/// PP 139 only.
fn assert_the_rcc_draft_of_wtdc_37(document: &Document) {
    assert_eq!(document.id, None);
    assert_eq!(
        draft(document),
        Some((some("MOD"), some("RCC/23A17/1"), some("WTDC 37 (Rev. Buenos Aires, 2017)")))
    );
    assert_eq!(rendered_citations(document), ["PP 139 (Rev. Busan, 2014)"]);
}

/// The same proposal copied onto one line that lost its spaces at the line ends, the text
/// before the action run onto it: the heading glued to the proposal number is still found.
#[test]
fn a_proposal_number_glued_to_the_heading_on_one_line() {
    let text = "Proposals for the work of the conference. References: Resolution 37 (Rev. Dubai, 2014) MOD\tRCC/23A17/1RESOLUTION 37 (REV. BUENOS AIRES, 2017) Bridging the digital divide The World Telecommunication Development Conference (Buenos Aires, 2017), recalling a)\tResolution 139 (Rev. Busan, 2014) of the Plenipotentiary Conference, on the digital divide, resolves 1\tthat the Sector goes on bridging the divide between countries and within them.\n";
    assert_the_rcc_draft_of_wtdc_37(&one(text));
}

/// A proposal's cover run onto one line with its draft, the space lost before the heading after
/// the last cover field (`Document for: InformationRESOLUTION BB ...`): the draft is read.
#[test]
fn a_draft_heading_glued_to_the_cover_s_last_word_on_one_line() {
    let text = "Source: ISACC Title: Draft WTSA Resolution Agenda Item: GTSC; 8.2 Document for: InformationRESOLUTION BB Telecommunication/ICT accessibility for persons with disabilities (Johannesburg, 2008) The World Telecommunication Standardization Assembly (Johannesburg, 2008), considering a) that many people live with a disability, and that telecommunication services should serve them as they serve everyone else in every country, resolves 1 that the study groups take accessibility into account.\n";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((None, some("BB"), None)));
    assert_eq!(
        document.title.as_deref(),
        Some("Telecommunication/ICT accessibility for persons with disabilities")
    );
}

/// A proposal that suppresses a resolution writes its heading and title alone under the action
/// line (`SUP`): no text follows, so it is no document; the draft that replaces it is the one
/// document, and the suppressed resolution is none of its citations.
#[test]
fn a_suppressed_resolution_under_its_action_line_is_no_document() {
    let text = "\
Proposals for the work of the conference
Agenda item 10

SUP\tEUR/16A1/1

RESOLUTION 809 (WRC-15)

Agenda for the 2019 World Radiocommunication Conference

ADD\tEUR/16A1/2

DRAFT NEW RESOLUTION [EUR-A10] (WRC-19)

Preliminary agenda for the next World Radiocommunication Conference

The World Radiocommunication Conference (Sharm el-Sheikh, 2019),

considering
a)\tthat the agenda of a conference should be set well ahead,

resolves
1\tto recommend to the Council that a conference be held four years on.
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((some("ADD"), some("EUR-A10"), None)));
    assert_eq!(
        document.title.as_deref(),
        Some("Preliminary agenda for the next World Radiocommunication Conference")
    );
    assert!(rendered_citations(&document).is_empty(), "{:?}", rendered_citations(&document));
}

/// A proposal copied from a word processor with its tabs turned into runs of spaces: the
/// action, the proposal number and the number in brackets spaced wide before the heading on its
/// line, so that the citation word stands far into the line. The same proposal on one line.
/// Both are drafts with the action and the label.
#[test]
fn an_action_and_proposal_numbers_spaced_wide_before_the_heading() {
    let lines = [
        "ADD          ACP/7A1/3          (B5/2/1)     RESOLUTION [COM6/7] (WRC-07)",
        "Agenda for the 2011 World Radiocommunication Conference",
        "The World Radiocommunication Conference (Geneva, 2007),",
        "considering",
        "a)          that the agenda of a conference is best set four to six years before it;",
        "resolves",
        "1           to recommend to the Council that the conference be held in 2011;",
        "2           that Resolution 644 (WRC-2000) is to be taken into account.",
    ];
    for text in [lines.join("\n\n"), lines.join(" ")] {
        let document = one(&text);
        assert_eq!(document.id, None, "{text}");
        assert_eq!(draft(&document), Some((some("ADD"), some("COM6/7"), None)), "{text}");
        assert_eq!(
            document.title.as_deref(),
            Some("Agenda for the 2011 World Radiocommunication Conference"),
            "{text}"
        );
        assert_eq!(rendered_citations(&document), ["WRC 644 (WRC-2000)"], "{text}");
    }
}

/// A draft's cover: its draft words, the title, the cover's fields (labels ending with a colon on
/// lines of their own, their text under them), the title again above the edition and the
/// issuing clause.
const DRAFT_COVER: &str = "\
draft new resolution
Role of ITU in the transition to future telecommunication infrastructure
Priority area:
– Resolutions and Recommendations
Summary:
A new resolution on the part ITU plays as developing countries move to new infrastructure.
Expected results:



Role of ITU in the transition to future telecommunication infrastructure

(Buenos Aires, 2017)

The World Telecommunication Development Conference (Buenos Aires, 2017),

recalling
a)\tResolution 30 (Rev. Dubai, 2014) of the World Telecommunication Development Conference;
";

/// A draft's cover under its heading: the title, then the cover's fields, each label ending with
/// a colon on a line of its own (`Priority area:`, `Expected results:`) with its text under it;
/// the title comes again above the edition and the issuing clause. The title is the title alone,
/// no field of the cover.
#[test]
fn a_draft_s_title_ends_at_a_field_of_its_cover() {
    let document = one(DRAFT_COVER);
    assert_eq!(document.id, None);
    assert_eq!(
        document.title.as_deref(),
        Some("Role of ITU in the transition to future telecommunication infrastructure")
    );
    assert_eq!(rendered_citations(&document), ["WTDC 30 (Rev. Dubai, 2014)"]);
}

/// A proposal to modify a resolution whose page header (the heading with the struck and the
/// inserted editions run together) stands above the conference's cover: the title is the one
/// above the adoption history and the issuing clause, not the cover's lines under the header.
#[test]
fn a_proposal_s_title_under_a_cover_below_its_page_header() {
    let text = "\
Resolution 18 (Rev. Dubai, 2012Hammamet, 2016)

World Telecommunication Standardization Assembly (WTSA-16)
Hammamet, 25 October - 3 November 2016
PLENARY MEETING
Addendum 7 to Document 40-E
Original: English
Administrations of several Member States
Proposed changes to Resolution 18 on the work of the ITU-R and ITU-T Sectors
Abstract: the proposal updates the references of the resolution.

Principles and procedures for the allocation of work to, and
coordination between, the ITU Radiocommunication
and ITU Telecommunication Standardization Sectors

(Helsinki, 1993; Geneva, 1996; Montreal, 2000; Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)

The World Telecommunication Standardization Assembly (Dubai, 2012Hammamet, 2016),

recalling
a)\tResolution 59 (Rev. Dubai, 2014) of the World Telecommunication Development Conference;
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(
        document.title.as_deref(),
        Some(
            "Principles and procedures for the allocation of work to, and coordination between, the ITU Radiocommunication and ITU Telecommunication Standardization Sectors"
        )
    );
    assert_eq!(rendered_citations(&document), ["WTDC 59 (Rev. Dubai, 2014)"]);
}

/// The conference a draft is put to, `(body, edition)` as rendered, or `None`.
fn put_to(document: &Document) -> Option<(String, Option<String>)> {
    let draft = document.draft.as_ref()?;
    Some((draft.body?.to_string(), draft.edition.as_ref().map(ToString::to_string)))
}

/// A draft is put to the conference its issuing clause names: its body, and the edition it would
/// be adopted in. A clause with its struck and inserted editions run together (`(DubaiBuenos
/// Aires, 20142017)`) names the inserted one; a draft with no issuing clause names none.
#[test]
fn a_draft_is_put_to_the_conference_its_issuing_clause_names() {
    assert_eq!(put_to(&one(NEW_WTDC)), Some(("WTDC".to_owned(), some("(Kigali, 2022)"))));
    assert_eq!(put_to(&one(MOD_PP)), Some(("PP".to_owned(), some("(Bucharest, 2022)"))));
    let tracked = "\
MOD\tAFCP/19A15/1
RESOLUTION 62 (Rev. Dubai, 2014BUENOS AIRES, 2017)
Measurement concerns related to human exposure to electromagnetic fields
The World Telecommunication Development Conference (DubaiBuenos Aires, 20142017),
recalling
a)\tResolution 176 (Rev. Busan, 2014) of the Plenipotentiary Conference,
";
    assert_eq!(put_to(&one(tracked)), Some(("WTDC".to_owned(), some("(Buenos Aires, 2017)"))));
    let json = serde_json::to_value(one(NEW_WTDC)).unwrap();
    assert_eq!(json["draft"]["body"], "WTDC");
    assert_eq!(json["draft"]["edition"]["place"], "Kigali");
    assert_eq!(json["draft"]["edition"]["year"], 2022);
    let no_clause = one(
        "ADD\tAFR/12A1/1\n\nDRAFT NEW RESOLUTION [AFR-1]\n\nUse of telecommunications for rural and remote communities\n",
    );
    assert_eq!(put_to(&no_clause), None);
    let json = serde_json::to_value(no_clause).unwrap();
    assert!(json["draft"].get("body").is_none() && json["draft"].get("edition").is_none());
}

/// [`DRAFT_COVER`] copied onto one line: the last field's label (`Expected results:`) runs on
/// into the title above the edition and the issuing clause. The title is the words after the
/// label. So too with the conference's lines above the draft words, where no heading opens the
/// line, laid out or on one line.
#[test]
fn a_draft_s_title_after_a_field_of_its_cover_on_one_line() {
    let with_conference = format!(
        "World Telecommunication Development Conference 2017 (WTDC-17)\nBuenos Aires, Argentina, 9-20 October 2017\nPLENARY MEETING\nAddendum 28 to Document WTDC-17/21-E\nOriginal: Arabic\nArab States\n{DRAFT_COVER}"
    );
    for text in [
        DRAFT_COVER.replace('\n', " "),
        with_conference.clone(),
        with_conference.replace('\n', " "),
    ] {
        let document = one(&text);
        assert_eq!(
            document.title.as_deref(),
            Some("Role of ITU in the transition to future telecommunication infrastructure"),
            "{text}"
        );
        assert_eq!(rendered_citations(&document), ["WTDC 30 (Rev. Dubai, 2014)"]);
    }
}

/// A proposal to modify, its struck and inserted editions run together on the heading, on a
/// line of their own under the title and in the issuing clause, laid out and copied onto one
/// line: the title stops before the editions.
#[test]
fn struck_and_inserted_editions_under_the_title_are_no_part_of_it() {
    let text = "MOD\tAFCP/42A1/1\n\nRESOLUTION 1 (Rev. Dubai, 2012Hammamet, 2016)\n\nRules of procedure of the ITU Telecommunication Standardization Sector\n\n(Dubai, 2012Hammamet, 2016)\n\nThe World Telecommunication Standardization Assembly (Dubai, 2012Hammamet, 2016),\n\nconsidering\n\na)\tthat the Constitution and the Convention set out what the Sector does;\n\nresolves\n\n1\tthat the Sector works by the rules below.\n";
    for text in [text.to_owned(), text.replace(['\n', '\t'], " ")] {
        let document = one(&text);
        assert_eq!(
            document.title.as_deref(),
            Some("Rules of procedure of the ITU Telecommunication Standardization Sector"),
            "{text}"
        );
        assert_eq!(
            draft(&document),
            Some((some("MOD"), some("AFCP/42A1/1"), some("WTSA 1 (Rev. Dubai, 2012)"))),
            "{text}"
        );
    }
}

/// A proposal whose heading and issuing clause run the struck and the inserted editions together
/// modifies the struck edition and is put to the conference of the inserted one. A mention of
/// the resolution in the inserted edition, alone or run together with the struck one as in the
/// heading, is the draft's own text, no citation.
#[test]
fn mentions_of_the_modified_resolution_in_the_edition_it_is_put_to_are_its_own() {
    let text = "\
RESOLUTION 18 (Rev. Dubai, 2012Hammamet, 2016)

Principles and procedures for the allocation of work to the ITU Radiocommunication and ITU Telecommunication Standardization Sectors

The World Telecommunication Standardization Assembly (Dubai, 2012Hammamet, 2016),

recalling
a)\tResolution 59 (Rev. Dubai, 2014) of the World Telecommunication Development Conference;
b)\tthat Resolution 18 (Rev. Hammamet, 2016) sets out how work is shared,

resolves
1\tthat Resolution 18 (Rev. Dubai, 2012Hammamet, 2016) is read with Resolution 2.
";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document), Some((None, None, some("WTSA 18 (Rev. Dubai, 2012)"))));
    assert_eq!(rendered_citations(&document), ["WTDC 59 (Rev. Dubai, 2014)", "WTSA 2"]);
    assert_eq!(
        rendered_self_references(&document),
        ["WTSA 18 (Rev. Hammamet, 2016)", "WTSA 18 (Rev. Hammamet, 2016)"]
    );
}

/// A proposal copied onto one line: its cover, its revision title, the references it lists
/// (`Resolution 37 (Rev. Dubai, 2014), Resolution 50 (...), Resolution 54 (Rev. Dubai, 2014) of
/// WTDC`), then the title and the issuing clause. The last entry of the list is no heading, though
/// the title and the clause follow it: an entry after a comma is a list's.
#[test]
fn a_list_of_references_before_a_proposals_title_on_one_line_has_no_heading() {
    let text = "World Telecommunication Development Conference 2017 (WTDC-17) Buenos Aires, \
Argentina, 9-20 October 2017 PLENARY MEETING Addendum 17 to Document WTDC-17/23-E Original: \
Russian DRAFT Revision to WTDC Resolution 37 - Bridging the digital divide Summary: The three \
resolutions on the digital divide are merged into one. References: Resolution 37 (Rev. Dubai, \
2014), Resolution 50 (Rev. Dubai, 2014), Resolution 54 (Rev. Dubai, 2014) of WTDC Bridging the \
digital divide The World Telecommunication Development Conference (Dubai, 2014Buenos Aires, \
2017), recalling a) Resolution 11 (Rev. Buenos Aires, 2017) of this conference, on services in \
rural areas; b) Resolution 139 (Rev. Busan, 2014) of the Plenipotentiary Conference, resolves 1 \
that the Bureau keeps the three programmes as one.";
    let document = one(text);
    assert_eq!(document.id, None);
    assert_eq!(draft(&document).and_then(|d| d.2).as_deref(), Some("WTDC 37"));
    assert_eq!(document.title.as_deref(), Some("Bridging the digital divide"));
    assert_eq!(
        rendered_citations(&document),
        ["WTDC 11 (Rev. Buenos Aires, 2017)", "PP 139 (Rev. Busan, 2014)"]
    );
}
