//! OpenDocument text files (`.odt`): the paragraphs and headings of `content.xml` with their
//! styles' names as hints, lists and table cells paragraph by paragraph, footnotes written after
//! a line of underscores, and tracked changes read as accepted (deleted text left out).

use std::collections::HashMap;

use isc_model::Severity;

use crate::error::{Error, Result};
use crate::out::{self, Paragraph};
use crate::xml::{self, Item, Xml};
use crate::zipped::Zip;
use crate::{Hint, Note, Options, Revisions, Text};

/// The media type an OpenDocument text file names in its `mimetype` entry (templates and
/// master documents add a suffix to it).
pub(crate) const MEDIA_TYPE: &[u8] = b"application/vnd.oasis.opendocument.text";

/// The most spaces one `text:s` writes.
const MAX_SPACES: usize = 1000;

/// Elements whose content is no text of the document: deleted text kept for tracked changes,
/// the mark of a footnote (its number is written before the footnote), comments, declarations.
const SKIPPED: &[&str] = &[
    "tracked-changes",
    "deletion",
    "note-citation",
    "annotation",
    "sequence-decls",
    "variable-decls",
    "user-field-decls",
    "forms",
];

/// Whether a zip's bytes are an OpenDocument text file: its `mimetype` entry (first and
/// stored, as the format asks, or anywhere) names a text document.
pub(crate) fn is_text(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(256)];
    let mut stored = b"mimetype".to_vec();
    stored.extend_from_slice(MEDIA_TYPE);
    if head.windows(stored.len()).any(|w| w == stored.as_slice()) {
        return true;
    }
    if !crate::zipped::names_entry(bytes, "mimetype") {
        return false;
    }
    let Ok(mut zip) = Zip::new(bytes, 256) else { return false };
    matches!(zip.entry("mimetype"), Ok(Some(kind)) if kind.trim_ascii().starts_with(MEDIA_TYPE))
}

/// Reads an OpenDocument text file.
pub(crate) fn read(bytes: &[u8], options: &Options, notes: &mut Vec<Note>) -> Result<Text> {
    let mut zip = Zip::new(bytes, options.max_unpacked)?;
    let content =
        zip.entry("content.xml")?.ok_or_else(|| Error::Missing("content.xml".to_owned()))?;
    let body = Body::read(&content)?;
    if body.changes > 0 {
        let how = match options.revisions {
            Revisions::Accepted => "read with the changes accepted",
            Revisions::Original => {
                "read with the changes accepted (the text before them is not read from OpenDocument files)"
            }
        };
        notes.push(Note {
            severity: Severity::Warning,
            message: format!("tracked changes: {} change(s); {how}", body.changes),
        });
    }
    let Body { paragraphs, footnotes, parents, .. } = body;
    let paragraphs: Vec<Paragraph> = paragraphs
        .into_iter()
        .map(|(mut para, style, heading)| {
            para.hint = style
                .as_deref()
                .and_then(|s| style_hint(s, &parents))
                .or(heading.then_some(Hint::Heading));
            para
        })
        .collect();
    Ok(out::write_paragraphs(&paragraphs, &footnotes))
}

/// The hint a paragraph's style gives: by its own name, or the name of the style an automatic
/// style is based on.
fn style_hint(name: &str, parents: &HashMap<String, String>) -> Option<Hint> {
    let parent = parents.get(name).map(String::as_str);
    [Some(name), parent].into_iter().flatten().find_map(|n| Hint::of_style(&display_name(n)))
}

/// A style's name as written in the file decoded: `Normal_20_after_20_title` is
/// `Normal after title`, `Annex_5f_title` is `Annex_title`.
fn display_name(name: &str) -> String {
    let mut res = String::new();
    let mut rest = name;
    while let Some(i) = rest.find('_') {
        res.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let code = after.find('_').and_then(|j| {
            let hex = &after[..j];
            let c = (2..=6)
                .contains(&hex.len())
                .then(|| u32::from_str_radix(hex, 16).ok().and_then(char::from_u32))
                .flatten()
                .filter(|c| !c.is_control())?;
            Some((c, j))
        });
        match code {
            Some((c, j)) => {
                res.push(c);
                rest = &after[j + 1..];
            }
            None => {
                res.push('_');
                rest = after;
            }
        }
    }
    res.push_str(rest);
    res
}

/// What `content.xml` holds.
#[derive(Debug, Default)]
struct Body {
    /// The body's paragraphs, each with its style's name and whether it is a heading.
    paragraphs: Vec<(Paragraph, Option<String>, bool)>,
    /// Each footnote's paragraphs, its mark first.
    footnotes: Vec<Vec<String>>,
    /// Automatic styles and the styles they are based on.
    parents: HashMap<String, String>,
    /// Tracked changes recorded.
    changes: u32,
}

/// A paragraph being read.
#[derive(Debug)]
struct Open {
    para: Paragraph,
    style: Option<String>,
    heading: bool,
    /// The footnote it belongs to.
    owner: Option<usize>,
    /// Whether the last character written is a space that white space after it joins.
    space: bool,
}

impl Open {
    /// Text as the file writes it: runs of white space are one space.
    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.space {
                    self.para.text.push(' ');
                    self.space = true;
                }
            } else {
                self.para.text.push(c);
                self.space = false;
            }
        }
    }

    /// Characters written by an element (tabs, spaces, line breaks): kept as they are.
    fn literal(&mut self, c: char, n: usize) {
        self.para.text.extend(std::iter::repeat_n(c, n));
        self.space = false;
    }
}

impl Body {
    fn read(bytes: &[u8]) -> Result<Body> {
        let mut xml = Xml::new("content.xml", bytes)?;
        let mut body = Body::default();
        let mut open: Vec<Open> = Vec::new();
        let mut count = 0u32;
        // Depth inside skipped elements; the footnotes being read; the mark being read.
        let mut skipped = 0u32;
        let mut notes: Vec<usize> = Vec::new();
        let mut marks: HashMap<usize, String> = HashMap::new();
        let mut in_mark = false;
        while let Some(item) = xml.next()? {
            match item {
                Item::Start(tag) => {
                    let name = xml::name(&tag);
                    if name == "changed-region" {
                        body.changes += 1;
                    }
                    if skipped > 0 {
                        skipped += 1;
                        continue;
                    }
                    if name == "note-citation" {
                        in_mark = true;
                        skipped = 1;
                        continue;
                    }
                    if SKIPPED.contains(&name) {
                        skipped = 1;
                        continue;
                    }
                    match name {
                        "style" => body.style(&tag),
                        "p" | "h" => {
                            let owner = notes.last().copied();
                            if owner.is_none() {
                                count += 1;
                            }
                            open.push(Open {
                                para: Paragraph { number: count, ..Paragraph::default() },
                                style: xml::attr(&tag, "text:style-name"),
                                heading: name == "h",
                                owner,
                                space: true,
                            });
                        }
                        "note" => {
                            let index = body.footnotes.len();
                            body.footnotes.push(Vec::new());
                            if let Some(para) = open.iter_mut().rev().find(|p| p.owner.is_none()) {
                                para.para.notes.push(index);
                            }
                            notes.push(index);
                        }
                        _ => Self::empty(name, &tag, open.last_mut()),
                    }
                }
                Item::Empty(tag) => {
                    if skipped > 0 {
                        continue;
                    }
                    let name = xml::name(&tag);
                    match name {
                        "style" => body.style(&tag),
                        "p" | "h" if notes.is_empty() => count += 1,
                        _ => Self::empty(name, &tag, open.last_mut()),
                    }
                }
                Item::End(tag) => {
                    if skipped > 0 {
                        skipped -= 1;
                        if skipped == 0 {
                            in_mark = false;
                        }
                        continue;
                    }
                    match xml::end_name(&tag) {
                        "p" | "h" => {
                            let Some(done) = open.pop() else { continue };
                            match done.owner {
                                Some(index) => {
                                    let mut text = done.para.text;
                                    // The footnote's mark opens its first paragraph.
                                    if let Some(mark) = marks.remove(&index) {
                                        let mark = mark.trim();
                                        let sep = if text.starts_with(char::is_whitespace) {
                                            ""
                                        } else {
                                            "\t"
                                        };
                                        text = format!("{mark}{sep}{text}");
                                    }
                                    if let Some(paragraphs) = body.footnotes.get_mut(index) {
                                        paragraphs.push(text);
                                    }
                                }
                                None => body.paragraphs.push((done.para, done.style, done.heading)),
                            }
                        }
                        "note" => {
                            notes.pop();
                        }
                        _ => {}
                    }
                }
                Item::Text(text) => {
                    if in_mark && skipped == 1 {
                        if let Some(&index) = notes.last() {
                            marks.entry(index).or_default().push_str(&text);
                        }
                        continue;
                    }
                    if skipped == 0
                        && let Some(para) = open.last_mut()
                    {
                        para.text(&text);
                    }
                }
            }
        }
        // A file whose elements are not closed is refused by the XML reader; what is left
        // open here is a paragraph of a document with no end, kept.
        for done in open.into_iter().rev() {
            if done.owner.is_none() {
                body.paragraphs.push((done.para, done.style, done.heading));
            }
        }
        Ok(body)
    }

    /// An automatic style and the style it is based on.
    fn style(&mut self, tag: &quick_xml::events::BytesStart<'_>) {
        if let (Some(name), Some(parent)) =
            (xml::attr(tag, "style:name"), xml::attr(tag, "style:parent-style-name"))
        {
            self.parents.insert(name, parent);
        }
    }

    /// An element that writes characters: a tab, spaces, a line break.
    fn empty(name: &str, tag: &quick_xml::events::BytesStart<'_>, para: Option<&mut Open>) {
        let Some(para) = para else { return };
        match name {
            "tab" => para.literal('\t', 1),
            "s" => {
                let n = xml::attr(tag, "text:c").and_then(|c| c.parse().ok()).unwrap_or(1);
                para.literal(' ', usize::min(n, MAX_SPACES));
            }
            "line-break" => para.literal('\n', 1),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(body: &str) -> String {
        let xml = format!(
            r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:style="s" xmlns:table="b"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        );
        let body = Body::read(xml.as_bytes()).unwrap();
        let paragraphs: Vec<Paragraph> = body
            .paragraphs
            .into_iter()
            .map(|(mut p, _, heading)| {
                p.hint = heading.then_some(Hint::Heading);
                p
            })
            .collect();
        out::write_paragraphs(&paragraphs, &body.footnotes).text
    }

    #[test]
    fn paragraphs_spaces_notes_and_changes() {
        const CASES: &[(&str, &str, &str)] = &[
            ("heading", "<text:h>RESOLUTION 1</text:h><text:p>a</text:p>", "RESOLUTION 1\n\na\n"),
            (
                "white space",
                "<text:p>  a \n b<text:s/><text:s text:c=\"2\"/>c<text:tab/>d<text:line-break/>e</text:p>",
                "a b   c\td\ne\n",
            ),
            (
                "list and table",
                "<text:list><text:list-item><text:p>one</text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell><text:p>two</text:p></table:table-cell><table:table-cell><text:p>three</text:p></table:table-cell></table:table-row></table:table>",
                "one\ntwo\nthree\n",
            ),
            (
                "footnote",
                "<text:p>word<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Note.</text:p></text:note-body></text:note>, more</text:p>",
                "word, more\n\n______________\n1\tNote.\n",
            ),
            (
                "tracked changes",
                "<text:tracked-changes><text:changed-region><text:deletion><text:p>old</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>new<text:change text:change-id=\"c\"/></text:p>",
                "new\n",
            ),
            ("huge count", "<text:p>a<text:s text:c=\"99999999999999\"/>b</text:p>", ""),
        ];
        for &(name, body, want) in CASES {
            let got = text(body);
            if name == "huge count" {
                assert_eq!(got.len(), MAX_SPACES + 3, "{name}");
                continue;
            }
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn style_names_decoded() {
        assert_eq!(display_name("Normal_20_after_20_title"), "Normal after title");
        assert_eq!(display_name("Annex_5f_title"), "Annex_title");
        assert_eq!(display_name("a_b"), "a_b");
        assert_eq!(display_name("_zz_"), "_zz_");
        let parents: HashMap<String, String> = [("P1".to_owned(), "ResNo".to_owned())].into();
        assert_eq!(style_hint("P1", &parents), Some(Hint::Heading));
        assert_eq!(style_hint("Call", &parents), Some(Hint::ClauseWord));
    }
}
