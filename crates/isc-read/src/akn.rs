//! Akoma Ntoso 3.0 files: the metadata left out; headings, numbers, paragraphs, preamble
//! formulas and clauses on their own lines; `authorialNote`s after a line of underscores at
//! the end of their document; a collection of several `component`s gives one text per
//! component.

use isc_model::{Location, Severity};

use crate::error::Result;
use crate::out::{FOOTNOTE_RULE, Out};
use crate::xml::{self, Item, Xml};
use crate::{Hint, Note, Text};

/// Elements whose text is a paragraph of its own.
const BLOCKS: &[&str] = &[
    "p",
    "heading",
    "subheading",
    "longTitle",
    "intro",
    "wrapUp",
    "listIntroduction",
    "listWrapUp",
    "item",
    "tr",
    "li",
    "crossHeading",
    "signature",
    "blockContainer",
    "tblock",
    "docTitle",
    "docNumber",
    "content",
    "num",
];

/// Elements that start after a blank line: the big divisions and each clause.
const SEPARATED: &[&str] = &[
    "preface",
    "preamble",
    "mainBody",
    "body",
    "conclusions",
    "attachment",
    "attachments",
    "formula",
    "hcontainer",
    "recitals",
    "citations",
    "annex",
    "component",
    "docTitle",
    "docNumber",
    "longTitle",
    "section",
    "chapter",
    "article",
    "container",
];

/// One document being written: its text and its notes.
#[derive(Default)]
struct Doc {
    out: Out,
    name: Option<String>,
    /// Notes met, in order: marker, text, location.
    notes: Vec<(String, String, Location)>,
}

/// Reads an Akoma Ntoso file: one text per `component` (those holding other components give
/// only what is outside them), or one text for a file without components.
pub(crate) fn read(bytes: &[u8], notes: &mut Vec<Note>) -> Result<Vec<Text>> {
    let mut xml = Xml::new("file", bytes)?;
    let mut docs: Vec<Doc> = vec![Doc::default()];
    let mut done: Vec<(usize, Text)> = Vec::new();
    let mut started = 0usize;
    // Per open element: its local name, whether it opened a document, its eId.
    let mut stack: Vec<(String, bool, Option<String>)> = Vec::new();
    let mut line = String::new();
    let mut label = String::new();
    let mut hint: Option<Hint> = None;
    let mut meta = 0u32;
    // Inside an authorialNote: its marker and text so far.
    let mut note: Option<(String, String, Location)> = None;
    let mut note_depth = 0usize;
    let mut counter = 0u32;
    while let Some(item) = xml.next()? {
        let location = |stack: &[(String, bool, Option<String>)], counter: u32| {
            stack
                .iter()
                .rev()
                .find_map(|e| e.2.clone())
                .map_or_else(|| Location::Element(format!("element[{counter}]")), Location::Element)
        };
        match item {
            // Inside the metadata, only its nesting is followed.
            Item::Start(_) if meta > 0 => meta += 1,
            Item::Empty(_) if meta > 0 => {}
            Item::Start(tag) => {
                let name = xml::name(&tag).to_owned();
                counter += 1;
                if name == "meta" {
                    meta = 1;
                    continue;
                }
                let id = xml::attr(&tag, "eId").or_else(|| xml::attr(&tag, "wId"));
                if name == "authorialNote" {
                    let marker = xml::attr(&tag, "marker").unwrap_or_default();
                    line.push_str(&marker);
                    note = Some((marker, String::new(), location(&stack, counter)));
                    note_depth = stack.len();
                    stack.push((name, false, id));
                    continue;
                }
                if let Some((_, text, _)) = &mut note {
                    if BLOCKS.contains(&name.as_str()) && !text.is_empty() {
                        text.push(' ');
                    }
                    stack.push((name, false, id));
                    continue;
                }
                let opens = name == "component";
                if opens {
                    flush(&mut docs, &mut line, &mut hint, &stack, counter);
                    docs.push(Doc { name: id.clone(), ..Doc::default() });
                    started += 1;
                }
                let doc = docs.last_mut().expect("the root document is never popped");
                if BLOCKS.contains(&name.as_str()) || SEPARATED.contains(&name.as_str()) {
                    // A number's label stays with the text that follows it, through every block
                    // opened before that text (`<num>` then `<content><p>`).
                    let carried = if !label.is_empty() && line == label {
                        std::mem::take(&mut line)
                    } else {
                        label.clear();
                        String::new()
                    };
                    flush_into(doc, &mut line, &mut hint, location(&stack, counter));
                    line = carried;
                }
                let in_preface = stack.last().is_some_and(|e| e.0 == "preface");
                if SEPARATED.contains(&name.as_str()) || (name == "p" && in_preface) {
                    doc.out.blank_line();
                }
                hint = match name.as_str() {
                    "docNumber" => Some(Hint::Heading),
                    "docTitle" | "longTitle" => Some(Hint::Title),
                    "formula" => Some(Hint::IssuingClause),
                    "intro" | "heading" if stack.iter().any(|e| e.0 == "hcontainer") => {
                        Some(Hint::ClauseWord)
                    }
                    _ => hint,
                };
                stack.push((name, opens, id));
            }
            Item::Empty(tag) => {
                if xml::name(&tag) == "eol" || xml::name(&tag) == "br" {
                    line.push('\n');
                }
            }
            Item::End(_) if meta > 0 => meta -= 1,
            Item::End(_) => {
                let Some((name, opened, _)) = stack.pop() else { continue };
                if let Some((marker, text, at)) = note.take_if(|_| stack.len() == note_depth) {
                    docs.last_mut().expect("the root document is never popped").notes.push((
                        marker,
                        text.trim().to_owned(),
                        at,
                    ));
                    continue;
                }
                if note.is_some() {
                    continue;
                }
                if name == "num" {
                    let number = line.trim().to_owned();
                    line = format!("{number}\t");
                    label.clone_from(&line);
                    continue;
                }
                if BLOCKS.contains(&name.as_str()) || SEPARATED.contains(&name.as_str()) {
                    if line == label && !label.is_empty() {
                        continue;
                    }
                    let at = location(&stack, counter);
                    flush_into(docs.last_mut().expect("root kept"), &mut line, &mut hint, at);
                }
                if opened && docs.len() > 1 {
                    let doc = docs.pop().expect("a component's document was pushed");
                    done.push((started, finish(doc)));
                }
            }
            Item::Text(text) if meta == 0 => {
                if let Some((_, note_text, _)) = &mut note {
                    push_text(note_text, &text);
                } else {
                    push_text(&mut line, &text);
                }
            }
            Item::Text(_) => {}
        }
    }
    flush(&mut docs, &mut line, &mut hint, &stack, counter);
    // Components come out in the order they started.
    done.sort_by_key(|(order, _)| *order);
    // A collection's own front matter (its cover title) is not a resolution: with components,
    // only they are read.
    if done.is_empty() {
        return Ok(docs.into_iter().next().map(finish).into_iter().collect());
    }
    notes.push(Note {
        severity: Severity::Info,
        message: format!(
            "Akoma Ntoso collection: {} components read as separate texts",
            done.len()
        ),
    });
    Ok(done.into_iter().map(|(_, text)| text).collect())
}

/// Text of an element, white space runs made one space as XML presentation does.
fn push_text(line: &mut String, text: &str) {
    let mut last_space = line.is_empty() || line.ends_with([' ', '\n', '\t']);
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !last_space {
                line.push(' ');
                last_space = true;
            }
        } else {
            line.push(c);
            last_space = false;
        }
    }
}

fn flush(
    docs: &mut [Doc],
    line: &mut String,
    hint: &mut Option<Hint>,
    stack: &[(String, bool, Option<String>)],
    counter: u32,
) {
    let at = stack
        .iter()
        .rev()
        .find_map(|e| e.2.clone())
        .map_or_else(|| Location::Element(format!("element[{counter}]")), Location::Element);
    if let Some(doc) = docs.last_mut() {
        flush_into(doc, line, hint, at);
    }
}

fn flush_into(doc: &mut Doc, line: &mut String, hint: &mut Option<Hint>, at: Location) {
    let text = std::mem::take(line);
    doc.out.paragraph(&text, at, hint.take());
}

/// The document's text with its notes after a line of underscores.
fn finish(mut doc: Doc) -> Text {
    if !doc.notes.is_empty() {
        doc.out.blank_line();
        let first = doc.notes[0].2.clone();
        doc.out.paragraph(FOOTNOTE_RULE, first, None);
        for (marker, text, at) in std::mem::take(&mut doc.notes) {
            doc.out.paragraph(&format!("{marker}\t{text}"), at, Some(Hint::Footnote));
        }
    }
    doc.out.finish(doc.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(xml: &str, want: &[&str]) {
        let mut notes = Vec::new();
        let texts = read(xml.as_bytes(), &mut notes).unwrap();
        let got: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn numbers_notes_metadata_and_components() {
        check(
            r#"<akomaNtoso><doc name="r"><meta><x>left out</x></meta>
            <preface><p eId="h"><docNumber>RESOLUTION 1</docNumber></p><p><docTitle>A title</docTitle></p></preface>
            <mainBody><hcontainer eId="c1"><heading>resolves</heading>
            <paragraph><num>1</num><content><p>to act<authorialNote marker="2"><p>A note.</p></authorialNote> now</p></content></paragraph>
            </hcontainer></mainBody></doc></akomaNtoso>"#,
            &[
                "RESOLUTION 1\n\nA title\n\nresolves\n1\tto act2 now\n\n______________\n2\tA note.\n",
            ],
        );
        check(
            r#"<akomaNtoso><documentCollection><preface><p>Cover</p></preface><collectionBody>
            <component eId="a"><doc><mainBody><p>One</p></mainBody></doc></component>
            <component eId="b"><doc><mainBody><p>Two</p></mainBody></doc></component>
            </collectionBody></documentCollection></akomaNtoso>"#,
            &["One\n", "Two\n"],
        );
    }
}
