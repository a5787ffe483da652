//! The grammar of a document's own name: its heading line (`RESOLUTION 191 (REV. BUCHAREST,
//! 2022)`, `PP Resolution 70 (Rev. Dubai, 2018)*`, `Resolution ITU-R 7-3`) and its issuing
//! clause (`The Plenipotentiary Conference of the International Telecommunication Union
//! (Bucharest, 2022),`).
//!
//! ```text
//! heading        = [label space] citation marks [dash title]   -- one resolution, no attribution
//! marks          = (digit | "*" | "†" | "[" | "]" | space)*       -- footnote marks
//! issuing-clause = article [union-name] body-name tail           -- `The ITU Council,`
//! tail           = short words cited nothing ["(" edition ")"] ("," | ":" | ")" | end)
//! ```

use isc_model::{Body, ResolutionNumber};
use nom::Parser;
use nom::bytes::complete::take_while;
use nom::combinator::{opt, verify};
use nom::sequence::terminated;

use crate::citation::{article, body_name, citation};
use crate::edition::{EditionOutcome, edition};
use crate::pieces::{PResult, is_space, sp};
use crate::vocabulary::{BodyHint, Words};

/// A heading line: one resolution, nothing else on the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading<'a> {
    /// Byte range of the heading text (the line without surrounding spaces).
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) number: ResolutionNumber,
    /// The body a label or Sector marker gives (`PP Resolution 191`, `Resolution ITU-R 7-3`).
    pub(crate) body: Option<Body>,
    pub(crate) edition: Option<EditionOutcome<'a>>,
    /// A title on the heading's own line, after a dash.
    pub(crate) title: Option<(usize, usize)>,
}

/// The issuing clause: the body and, usually, the edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct IssuingClause<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) body: Body,
    pub(crate) edition: Option<EditionOutcome<'a>>,
}

/// `PP`, `ITU-T`, `WTDC` written before `RESOLUTION` on a heading line, and what follows it.
pub(crate) fn heading_label<'a>(w: &Words, line: &'a str) -> PResult<'a, Option<Body>> {
    opt(terminated(|i| w.heading_labels.one_of(i), verify(sp, |s: &str| !s.is_empty()))).parse(line)
}

/// Footnote marks after a heading: `RESOLUTION 70 (REV. DUBAI, 2018)*`, `...)1`, `9-5[*]`.
fn footnote_marks(input: &str) -> PResult<'_, &str> {
    take_while(|c: char| {
        c.is_ascii_digit() || matches!(c, '*' | '†' | '[' | ']' | ' ' | '\t' | '\u{a0}')
    })
    .parse(input)
}

/// Reads `line` (already trimmed), starting at byte `start` of the text, as a heading: one
/// resolution and at most footnote marks, or a dash and the title on the same line
/// (`Resolution 70 (PP98) - Title`).
pub(crate) fn heading<'a>(w: &Words, line: &'a str, start: usize) -> Option<Heading<'a>> {
    // A table-of-contents entry (`Resolution 209 – Title ........ 8`) names a resolution but
    // does not open one.
    if crate::identity::is_contents_line(line) {
        return None;
    }
    let (rest, label) = heading_label(w, line).ok()?;
    let (after, raw) = citation(w, rest).ok()?;
    if raw.items.len() != 1 || raw.attribution.is_some() {
        return None;
    }
    let (tail, _) = footnote_marks(after).ok()?;
    let title = match tail.chars().next() {
        None => None,
        Some(dash @ ('-' | '\u{2013}' | '\u{2014}' | ':')) if after.starts_with(is_space) => {
            let title = tail[dash.len_utf8()..].trim_start_matches(is_space);
            if title.is_empty() || title.contains('\n') {
                return None;
            }
            let title_start = start + (line.len() - title.len());
            Some((title_start, title_start + title.len()))
        }
        Some(_) => return None,
    };
    let item = raw.items[0];
    // The line was cut from the text: an edition running past it is not a heading's.
    if item.edition == Some(EditionOutcome::CutOff) {
        return None;
    }
    let body = label.or(item.prefix);
    // The heading covers the citation and its footnote marks, not a title on the same line.
    let end = if title.is_some() { start + line.len() - after.len() } else { start + line.len() };
    Some(Heading { start, end, number: item.number, body, edition: item.edition, title })
}

/// Reads `line`, starting at byte `start` of the text, as an issuing clause: `The World
/// Telecommunication Standardization Assembly (Hammamet, 2016),`.
pub(crate) fn issuing_clause<'a>(
    w: &Words,
    line: &'a str,
    start: usize,
) -> Option<IssuingClause<'a>> {
    // The clause opens with an article: `The`, `La`, `L'`, `El`.
    let rest = article(w, line);
    if rest.len() == line.len() {
        return None;
    }
    let (rest, _) =
        opt(terminated(|i| w.union_names.one_of(i), verify(sp, |s: &str| !s.is_empty())))
            .parse(rest)
            .ok()?;
    let (after, hint) = body_name(w, rest).ok()?;
    let BodyHint::Known(body) = hint else { return None };
    // The clause names the body and ends with a comma, usually after the edition; what stands
    // between is short (`of the International Telecommunication Union`) and cites nothing.
    let tail = after.trim_end_matches(is_space);
    if !(tail.ends_with(',') || tail.ends_with(':') || tail.is_empty() || tail.ends_with(')')) {
        return None;
    }
    let before_edition = tail.rfind('(').map_or(tail, |i| &tail[..i]);
    if before_edition.len() > 80 || cites(w, before_edition) {
        return None;
    }
    let edition = after.rfind('(').and_then(|i| edition(w, &after[i..]).ok()).map(|(_, e)| e);
    Some(IssuingClause { start, end: start + line.len(), body, edition })
}

/// Whether `text` holds a citation word.
fn cites(w: &Words, text: &str) -> bool {
    text.char_indices().any(|(i, c)| {
        c.is_alphabetic()
            && !text[..i].ends_with(char::is_alphabetic)
            && w.may_start_citation_word(&text[i..])
            && crate::citation::trigger_word(w, &text[i..]).is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        Words::new(&crate::Vocabulary::shipped())
    }

    #[test]
    fn headings() {
        let w = words();
        let h = heading(&w, "RESOLUTION 191 (REV. BUCHAREST, 2022)", 0).unwrap();
        assert_eq!(h.number.base, 191);
        assert!(h.body.is_none());
        let h = heading(&w, "Resolution ITU-R 7-3", 0).unwrap();
        assert_eq!((h.body, h.number.to_string()), (Some(Body::Ra), "7-3".to_owned()));
        let h = heading(&w, "PP Resolution 70 (Rev. Dubai, 2018)*", 0).unwrap();
        assert_eq!(h.body, Some(Body::Pp));
        assert!(heading(&w, "Resolution 191 (Rev. Dubai, 2018) Strategy for ... 45", 0).is_none());
        assert!(heading(&w, "recalling Resolution 70", 0).is_none());
    }

    #[test]
    fn issuing_clauses() {
        let w = words();
        let c = issuing_clause(&w, "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),", 0).unwrap();
        assert_eq!(c.body, Body::Pp);
        assert!(matches!(c.edition, Some(EditionOutcome::Read(e)) if e.year == Some(2022)));
        let c = issuing_clause(&w, "The ITU Radiocommunication Assembly,", 0).unwrap();
        assert_eq!((c.body, c.edition), (Body::Ra, None));
        let c = issuing_clause(&w, "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 2018),", 0).unwrap();
        assert_eq!(c.body, Body::Pp);
        assert!(
            issuing_clause(&w, "The Plenipotentiary Conference adopted a plan that covers much", 0)
                .is_none()
        );
    }
}
