//! Older texts write a number sign between the citation word and the number (`RESOLUTION No.
//! 640`, `RÉSOLUTION N° 640`), in their headings as in their citations; their radio conferences
//! were World Administrative Radio Conferences. The answers below were written from the texts by
//! hand.

use isc_engine::{Document, Severity};
use isc_suite::{cited as citations, identity as id};

fn scan(text: &str) -> Vec<Document> {
    isc_suite::scan_text("numbering.txt", text)
}

/// The one document of `text`, Resolution 640 of the World Administrative Radio Conference
/// (Geneva, 1979) citing Resolution 33, checked for its title.
fn one_document(text: &str, title: &str) -> Document {
    let mut documents = scan(text);
    assert_eq!(documents.len(), 1);
    let document = documents.remove(0);
    assert_eq!(id(&document).as_deref(), Some("WRC 640 (Geneva, 1979)"));
    assert_eq!(document.title.as_deref(), Some(title));
    assert_eq!(citations(&document), ["WRC 33"]);
    document
}

#[test]
fn a_heading_with_a_number_sign_names_the_document() {
    let text = "\
RESOLUTION No. 640

Relating to the use of radio stations in the event of natural disasters

The World Administrative Radio Conference (Geneva, 1979),

considering

a)\tthat Resolution No. 33 already applies to broadcasting from space;

resolves

1\tthat stations may use these frequencies when a disaster strikes.
";
    let document = one_document(
        text,
        "Relating to the use of radio stations in the event of natural disasters",
    );
    // The calendar knows that conference, though texts usually cite it by its tag.
    let warnings: Vec<_> =
        document.diagnostics.iter().filter(|d| d.severity == Severity::Warning).collect();
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn two_french_headings_with_a_number_sign_are_two_documents() {
    let text = "\
RÉSOLUTION N° 641

relative à l'emploi de la bande des 7 MHz

La Conférence administrative mondiale des radiocommunications (Genève, 1979),

considérant

a)\tque la Résolution N° 640 traite des catastrophes naturelles;

décide

1\tque la bande reste attribuée au service d'amateur.

RÉSOLUTION N° 642

relative à la mise en service des stations terriennes

La Conférence administrative mondiale des radiocommunications (Genève, 1979),

considérant

a)\tque ces stations se multiplient;

décide

1\tque les administrations se consultent avant leur mise en service.
";
    let documents = scan(text);
    let ids: Vec<_> = documents.iter().map(id).collect();
    assert_eq!(
        ids,
        [Some("WRC 641 (Geneva, 1979)".to_owned()), Some("WRC 642 (Geneva, 1979)".to_owned())]
    );
    assert_eq!(documents[0].title.as_deref(), Some("relative à l'emploi de la bande des 7 MHz"));
    assert_eq!(citations(&documents[0]), ["WRC 640"]);
    assert!(documents[1].citations.is_empty());
}

#[test]
fn a_number_sign_a_copy_turned_into_an_apostrophe() {
    // A copy from a PDF may give the degree sign of `N°` as an apostrophe.
    let text = "\
RÉSOLUTION N' 640
relative à l'emploi des stations radioélectriques en cas de catastrophe naturelle
La Conférence administrative mondiale des radiocommunications (Genève, 1979),
considérant
a)\tque la Résolution N’ 33 s'applique déjà à la radiodiffusion par satellite;
décide
1\tque les stations peuvent employer ces fréquences lors d'une catastrophe.
";
    one_document(
        text,
        "relative à l'emploi des stations radioélectriques en cas de catastrophe naturelle",
    );
}

#[test]
fn a_footnote_mark_in_parentheses_after_the_title() {
    // Older books mark a footnote with its number in parentheses, `(1)`, after the title.
    let text = "\
RÉSOLUTION N° 641 (1)

relative à l'emploi de la bande des 7 MHz (1)

La Conférence administrative mondiale des radiocommunications (Genève, 1979),

considérant

a)\tque la bande est partagée;

décide

1\tque la bande reste attribuée au service d'amateur.

(1) Cette résolution remplace une résolution antérieure.
";
    let documents = scan(text);
    assert_eq!(documents.len(), 1);
    assert_eq!(id(&documents[0]).as_deref(), Some("WRC 641 (Geneva, 1979)"));
    assert_eq!(documents[0].title.as_deref(), Some("relative à l'emploi de la bande des 7 MHz"));
}

#[test]
fn a_number_in_parentheses_ending_a_title_without_a_footnote_stays() {
    let text = "\
RESOLUTION No. 7

Use of the band between the channels (2)

The World Administrative Radio Conference (Geneva, 1979),

resolves

1\tthat the band stays shared.
";
    let documents = scan(text);
    assert_eq!(documents[0].title.as_deref(), Some("Use of the band between the channels (2)"));
}
