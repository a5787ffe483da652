//! Word files (`.docx`): the body's paragraphs with their styles as hints, automatic numbering
//! rebuilt from `word/numbering.xml`, footnotes written after a line of underscores at the end
//! of the resolution that refers to them, tracked changes read as accepted (or as before
//! them), headers and footers left out.

use std::collections::HashMap;

use isc_model::{Location, Severity};

use crate::error::{Error, Result};
use crate::out::{FOOTNOTE_RULE, Out};
use crate::xml::{self, Item, Xml};
use crate::zipped::Zip;
use crate::{Hint, Note, Options, Revisions, Text};

/// Reads a Word file.
pub(crate) fn read(bytes: &[u8], options: &Options, notes: &mut Vec<Note>) -> Result<Text> {
    let mut zip = Zip::new(bytes, options.max_unpacked)?;
    let document = zip
        .entry("word/document.xml")?
        .ok_or_else(|| Error::Missing("word/document.xml".to_owned()))?;
    let styles = match zip.entry("word/styles.xml")? {
        Some(bytes) => styles(&bytes)?,
        None => HashMap::new(),
    };
    let mut numbering = match zip.entry("word/numbering.xml")? {
        Some(bytes) => Numbering::read(&bytes)?,
        None => Numbering::default(),
    };
    let mut changes = Changes::default();
    let footnotes = match zip.entry("word/footnotes.xml")? {
        Some(bytes) => paragraphs("word/footnotes.xml", &bytes, options.revisions, &mut changes)?,
        None => Vec::new(),
    };
    let body = paragraphs("word/document.xml", &document, options.revisions, &mut changes)?;
    if changes.any() {
        notes.push(Note {
            severity: Severity::Warning,
            message: changes.message(options.revisions),
        });
    }

    let mut out = Out::default();
    // Footnote ids in the order the body first refers to them: their numbers.
    let mut footnote_numbers: HashMap<String, u32> = HashMap::new();
    let mut pending: Vec<String> = Vec::new();
    let mut previous: Option<Hint> = None;
    for para in &body {
        let hint = para.style.as_deref().and_then(|s| style_hint(s, &styles));
        if hint == Some(Hint::Heading) {
            write_footnotes(&mut out, &mut pending, &footnote_numbers, &footnotes);
        }
        if Hint::stands_apart(hint)
            || hint == Some(Hint::ClauseWord)
            || Hint::stands_apart(previous)
        {
            out.blank_line();
        }
        let mut text = String::new();
        if let Some((id, level)) = &para.numbering {
            text.push_str(&numbering.label(id, *level));
        }
        let mut at = 0;
        for (pos, id) in &para.refs {
            text.push_str(&para.text[at..*pos]);
            at = *pos;
            let next = u32::try_from(footnote_numbers.len() + 1).unwrap_or(u32::MAX);
            let number = *footnote_numbers.entry(id.clone()).or_insert_with(|| {
                pending.push(id.clone());
                next
            });
            text.push_str(&number.to_string());
        }
        text.push_str(&para.text[at..]);
        if text.trim().is_empty() {
            out.blank_line();
        } else {
            out.paragraph(&text, Location::Paragraph(para.number), hint);
        }
        previous = hint;
    }
    write_footnotes(&mut out, &mut pending, &footnote_numbers, &footnotes);
    Ok(out.finish(None))
}

/// Writes the footnotes referred to since the last call, after a line of underscores.
fn write_footnotes(
    out: &mut Out,
    pending: &mut Vec<String>,
    numbers: &HashMap<String, u32>,
    footnotes: &[Para],
) {
    if pending.is_empty() {
        return;
    }
    out.blank_line();
    let first = numbers.get(&pending[0]).copied().unwrap_or(0);
    out.paragraph(FOOTNOTE_RULE, Location::Element(format!("footnote {first}")), None);
    for id in pending.drain(..) {
        let number = numbers.get(&id).copied().unwrap_or(0);
        for para in footnotes.iter().filter(|p| p.owner.as_deref() == Some(id.as_str())) {
            // The footnote's own mark (`w:footnoteRef`) stands where its number goes.
            let mut text = String::new();
            let mut at = 0;
            for (pos, _) in &para.refs {
                text.push_str(&para.text[at..*pos]);
                text.push_str(&number.to_string());
                at = *pos;
            }
            text.push_str(&para.text[at..]);
            out.paragraph(
                &text,
                Location::Element(format!("footnote {number}")),
                Some(Hint::Footnote),
            );
        }
    }
}

/// The hint a paragraph style gives, by its name or id (ITU's templates).
fn style_hint(id: &str, styles: &HashMap<String, String>) -> Option<Hint> {
    let name = styles.get(id).map_or(id, String::as_str);
    [name, id].into_iter().find_map(Hint::of_style)
}

/// Style ids and their names.
fn styles(bytes: &[u8]) -> Result<HashMap<String, String>> {
    let mut xml = Xml::new("word/styles.xml", bytes)?;
    let mut res = HashMap::new();
    let mut current: Option<String> = None;
    while let Some(item) = xml.next()? {
        match item {
            Item::Start(tag) if xml::name(&tag) == "style" => {
                current = xml::attr(&tag, "w:styleId");
            }
            Item::Empty(tag) | Item::Start(tag) if xml::name(&tag) == "name" => {
                if let (Some(id), Some(name)) = (current.clone(), xml::attr(&tag, "w:val")) {
                    res.insert(id, name);
                }
            }
            Item::End(tag) if xml::end_name(&tag) == "style" => current = None,
            _ => {}
        }
    }
    Ok(res)
}

/// One paragraph of a part.
#[derive(Debug, Default)]
struct Para {
    /// 1-based among the part's paragraphs.
    number: u32,
    style: Option<String>,
    /// Numbering instance and level.
    numbering: Option<(String, usize)>,
    text: String,
    /// Footnote references (in a footnote: its own mark) and where they stand in `text`.
    refs: Vec<(usize, String)>,
    /// The footnote holding the paragraph (`footnotes.xml`).
    owner: Option<String>,
}

/// Tracked changes met.
#[derive(Debug, Default)]
struct Changes {
    insertions: u32,
    deletions: u32,
}

impl Changes {
    fn any(&self) -> bool {
        self.insertions + self.deletions > 0
    }

    fn message(&self, revisions: Revisions) -> String {
        let how = match revisions {
            Revisions::Accepted => "read with the changes accepted (insertions in, deletions out)",
            Revisions::Original => "read as before the changes (deletions in, insertions out)",
        };
        format!(
            "tracked changes: {} insertion(s) and {} deletion(s); {how}",
            self.insertions, self.deletions
        )
    }
}

/// The paragraphs of a Word part, with tracked changes read as `revisions` says.
fn paragraphs(
    part: &str,
    bytes: &[u8],
    revisions: Revisions,
    changes: &mut Changes,
) -> Result<Vec<Para>> {
    let mut xml = Xml::new(part, bytes)?;
    let mut res = Vec::new();
    let mut open: Vec<Para> = Vec::new();
    let mut count = 0u32;
    // Depths inside elements whose text is left out, and inside text elements.
    let mut skipped = 0u32;
    let mut in_text = 0u32;
    let mut owner: Option<String> = None;
    let mut in_ppr = false;
    let skip_ins = revisions == Revisions::Original;
    while let Some(item) = xml.next()? {
        match item {
            Item::Start(tag) => {
                let name = xml::name(&tag);
                if skipped > 0 {
                    skipped += 1;
                    continue;
                }
                match name {
                    "ins" | "moveTo" => {
                        changes.insertions += 1;
                        if skip_ins {
                            skipped = 1;
                        }
                    }
                    "del" | "moveFrom" => {
                        changes.deletions += 1;
                        if !skip_ins {
                            skipped = 1;
                        }
                    }
                    "Fallback" | "instrText" | "delInstrText" => skipped = 1,
                    _ if name.ends_with("PrChange") => skipped = 1,
                    "footnote" | "endnote" => owner = xml::attr(&tag, "w:id"),
                    "p" => {
                        count += 1;
                        open.push(Para { number: count, owner: owner.clone(), ..Para::default() });
                    }
                    "pPr" => in_ppr = true,
                    "t" | "delText" => in_text += 1,
                    _ => {}
                }
            }
            Item::Empty(tag) => {
                if skipped > 0 {
                    continue;
                }
                let Some(para) = open.last_mut() else { continue };
                match xml::name(&tag) {
                    "pStyle" if in_ppr => para.style = xml::attr(&tag, "w:val"),
                    "numId" if in_ppr => {
                        let id = xml::attr(&tag, "w:val").unwrap_or_default();
                        let level = para.numbering.as_ref().map_or(0, |n| n.1);
                        para.numbering = (id != "0").then_some((id, level));
                    }
                    "ilvl" if in_ppr => {
                        let level =
                            xml::attr(&tag, "w:val").and_then(|v| v.parse().ok()).unwrap_or(0);
                        match &mut para.numbering {
                            Some(n) => n.1 = level,
                            None => para.numbering = Some((String::new(), level)),
                        }
                    }
                    "tab" if !in_ppr => para.text.push('\t'),
                    // A page or column break inside a paragraph ends its line too.
                    "br" | "cr" => para.text.push('\n'),
                    "noBreakHyphen" => para.text.push('-'),
                    "footnoteReference" | "endnoteReference" => {
                        let id = xml::attr(&tag, "w:id").unwrap_or_default();
                        para.refs.push((para.text.len(), id));
                    }
                    "footnoteRef" | "endnoteRef" => {
                        let id = para.owner.clone().unwrap_or_default();
                        para.refs.push((para.text.len(), id));
                    }
                    _ => {}
                }
            }
            Item::End(tag) => {
                if skipped > 0 {
                    skipped -= 1;
                    continue;
                }
                match xml::end_name(&tag) {
                    "p" => {
                        if let Some(mut para) = open.pop() {
                            if para.numbering.as_ref().is_some_and(|n| n.0.is_empty()) {
                                para.numbering = None;
                            }
                            res.push(para);
                        }
                    }
                    "pPr" => in_ppr = false,
                    "t" | "delText" => in_text = in_text.saturating_sub(1),
                    "footnote" | "endnote" => owner = None,
                    _ => {}
                }
            }
            Item::Text(text) => {
                if skipped == 0
                    && in_text > 0
                    && let Some(para) = open.last_mut()
                {
                    para.text.push_str(&text);
                }
            }
        }
    }
    Ok(res)
}

/// One level of a list: its start, number format, label text (`%1)`) and what follows the
/// label.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
    suffix: String,
}

/// The numbering definitions of a Word file and the counters of the lists read so far.
#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// Numbering instance -> its abstract definition and start overrides by level.
    instances: HashMap<String, (String, HashMap<usize, u32>)>,
    counters: HashMap<String, [Option<u32>; 9]>,
}

impl Numbering {
    fn read(bytes: &[u8]) -> Result<Self> {
        let mut xml = Xml::new("word/numbering.xml", bytes)?;
        let mut res = Numbering::default();
        let mut abstract_id: Option<String> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut instance: Option<String> = None;
        let mut override_level: Option<usize> = None;
        let level_of = |tag: &quick_xml::events::BytesStart<'_>| {
            xml::attr(tag, "w:ilvl").and_then(|v| v.parse::<usize>().ok()).filter(|&l| l < 9)
        };
        while let Some(item) = xml.next()? {
            match item {
                Item::Start(tag) => match xml::name(&tag) {
                    "abstractNum" => abstract_id = xml::attr(&tag, "w:abstractNumId"),
                    "lvl" => {
                        level = level_of(&tag).map(|l| {
                            (l, Level { start: 1, suffix: "\t".to_owned(), ..Level::default() })
                        });
                    }
                    "num" => instance = xml::attr(&tag, "w:numId"),
                    "lvlOverride" => override_level = level_of(&tag),
                    _ => {}
                },
                Item::Empty(tag) => {
                    let value = xml::attr(&tag, "w:val");
                    match (xml::name(&tag), &mut level) {
                        ("start", Some((_, l))) => {
                            l.start = value.and_then(|v| v.parse().ok()).unwrap_or(1);
                        }
                        ("numFmt", Some((_, l))) => l.format = value.unwrap_or_default(),
                        ("lvlText", Some((_, l))) => l.text = value.unwrap_or_default(),
                        ("suff", Some((_, l))) => {
                            l.suffix = match value.as_deref() {
                                Some("space") => " ".to_owned(),
                                Some("nothing") => String::new(),
                                _ => "\t".to_owned(),
                            };
                        }
                        ("abstractNumId", None) => {
                            if let (Some(id), Some(value)) = (&instance, value) {
                                res.instances.entry(id.clone()).or_default().0 = value;
                            }
                        }
                        ("startOverride", None) => {
                            if let (Some(id), Some(l), Some(value)) =
                                (&instance, override_level, value.and_then(|v| v.parse().ok()))
                            {
                                res.instances.entry(id.clone()).or_default().1.insert(l, value);
                            }
                        }
                        _ => {}
                    }
                }
                Item::End(tag) => match xml::end_name(&tag) {
                    "lvl" => {
                        if let (Some(id), Some((l, def))) = (&abstract_id, level.take()) {
                            let levels = res.abstracts.entry(id.clone()).or_default();
                            if levels.len() <= l {
                                levels.resize(l + 1, Level::default());
                            }
                            levels[l] = def;
                        }
                    }
                    "abstractNum" => abstract_id = None,
                    "num" => instance = None,
                    "lvlOverride" => override_level = None,
                    _ => {}
                },
                Item::Text(_) => {}
            }
        }
        Ok(res)
    }

    /// The label of the next item of list `id` at `level` (`1\t`, `a)\t`), counting it.
    fn label(&mut self, id: &str, level: usize) -> String {
        let Some((abstract_id, overrides)) = self.instances.get(id) else { return String::new() };
        let Some(levels) = self.abstracts.get(abstract_id) else { return String::new() };
        let Some(def) = levels.get(level) else { return String::new() };
        if def.format == "bullet" || def.format == "none" {
            return String::new();
        }
        let counters = self.counters.entry(id.to_owned()).or_default();
        let start = |l: usize| {
            overrides.get(&l).copied().unwrap_or_else(|| levels.get(l).map_or(1, |d| d.start))
        };
        counters[level] = Some(counters[level].map_or_else(|| start(level), |n| n + 1));
        for deeper in counters.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        let mut label = def.text.clone();
        for (l, counter) in counters.iter().enumerate().take(level + 1) {
            let value = counter.unwrap_or_else(|| start(l));
            let format = levels.get(l).map_or("decimal", |d| d.format.as_str());
            label = label.replace(&format!("%{}", l + 1), &number(value, format));
        }
        label.push_str(&def.suffix);
        label
    }
}

/// `value` written in a list's number format.
fn number(value: u32, format: &str) -> String {
    let letter = || {
        let n = value.saturating_sub(1);
        let c = char::from_u32(u32::from(b'a') + n % 26).unwrap_or('a');
        c.to_string().repeat(usize::try_from(n / 26 + 1).unwrap_or(1))
    };
    match format {
        "lowerLetter" => letter(),
        "upperLetter" => letter().to_uppercase(),
        "lowerRoman" => crate::html::roman(value),
        "upperRoman" => crate::html::roman(value).to_uppercase(),
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:suff w:val="space"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
        </w:numbering>"#;

    #[test]
    fn numbering_labels() {
        let mut numbering = Numbering::read(NUMBERING.as_bytes()).unwrap();
        let labels: Vec<String> =
            [("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1), ("2", 0), ("3", 0), ("9", 0)]
                .iter()
                .map(|&(id, level)| numbering.label(id, level))
                .collect();
        assert_eq!(labels, ["1\t", "a) ", "b) ", "2\t", "a) ", "4\t", "", ""]);
        assert_eq!(number(28, "lowerLetter"), "bb");
        assert_eq!(number(4, "upperRoman"), "IV");
    }

    #[test]
    fn styles_give_hints_by_name_or_id() {
        let styles: HashMap<String, String> =
            [("Normalaftertitle".to_owned(), "Normal after title".to_owned())].into();
        assert_eq!(style_hint("Normalaftertitle", &styles), Some(Hint::IssuingClause));
        assert_eq!(style_hint("ResNo", &styles), Some(Hint::Heading));
        assert_eq!(style_hint("Annex_title", &styles), Some(Hint::AnnexTitle));
        assert_eq!(style_hint("Normal", &styles), None);
    }

    #[test]
    fn tracked_changes_and_skipped_elements() {
        let xml = r#"<w:document xmlns:w="w" xmlns:mc="m"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Call"/><w:pPrChange><w:pPr><w:pStyle w:val="ResNo"/></w:pPr></w:pPrChange></w:pPr>
            <w:r><w:t>keep </w:t></w:r><w:ins><w:r><w:t>new</w:t></w:r></w:ins><w:del><w:r><w:delText>old</w:delText></w:r></w:del>
            <w:r><w:instrText> PAGE </w:instrText></w:r><mc:AlternateContent><mc:Choice><w:r><w:t>!</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>!</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
            </w:body></w:document>"#;
        let mut changes = Changes::default();
        let accepted = paragraphs("d", xml.as_bytes(), Revisions::Accepted, &mut changes).unwrap();
        assert_eq!(accepted[0].text, "keep new!");
        assert_eq!(accepted[0].style.as_deref(), Some("Call"));
        assert_eq!((changes.insertions, changes.deletions), (1, 1));
        let original = paragraphs("d", xml.as_bytes(), Revisions::Original, &mut changes).unwrap();
        assert_eq!(original[0].text, "keep old!");
    }

    #[test]
    fn breaks_of_every_kind_end_a_line() {
        // A page or column break inside a paragraph ends its line as a line break does: the
        // words on either side are not glued (`... report.` / `RESOLUTION 2`).
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p>
            <w:r><w:t>to report.</w:t><w:br w:type="page"/><w:t>RESOLUTION 2</w:t></w:r>
            <w:r><w:br w:type="column"/><w:t>Forum</w:t><w:br/><w:t>x</w:t><w:cr/><w:t>y</w:t></w:r>
            </w:p></w:body></w:document>"#;
        let mut changes = Changes::default();
        let read = paragraphs("d", xml.as_bytes(), Revisions::Accepted, &mut changes).unwrap();
        assert_eq!(read[0].text, "to report.\nRESOLUTION 2\nForum\nx\ny");
    }
}
