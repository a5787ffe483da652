//! The anatomy of a resolution: heading, title, preamble and operative clauses, footnotes,
//! annexes, and whatever fits none of them.
//!
//! The structure is read line by line. A clause opens at a line that starts with a clause word
//! (`recalling`, `considering further`, `resolves`, `instructs the Secretary-General`,
//! `considérant`, `charge le Secrétaire général`, `resuelve`, ...) standing alone or followed only
//! by punctuation, by an item marker, or (for operative words) by the body addressed. Every line
//! up to the next clause word belongs to that clause. The issuing clause and the ITU-R year chain
//! are part of the [`PartKind::Heading`]: like the heading line, they name the document itself.

use isc_model::{Diagnostic, LineIndex, PartKind, Span};

use crate::TextRef;
use crate::clause::{clause_word_after, clause_word_in_prose, is_item_marker, opening};
use crate::identity::{Top, trim};
use crate::pieces::fold_char;
use crate::vocabulary::Words;

/// One part of a document: a stretch of text of one kind and the clause word opening it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Part<'a> {
    /// What part of the anatomy it is.
    pub kind: PartKind,
    /// The clause word as written (`instructs the Directors of the three Bureaux`), for preamble
    /// and operative clauses; the annex line (`ANNEX 1`) for an annex.
    pub clause: Option<TextRef<'a>>,
    /// Where it is: from its first line to the end of its last non-blank line.
    pub span: Span,
}

/// Whether a line is a footnote separator: a run of underscores (three or more) and nothing else.
pub(crate) fn is_separator(line: &str) -> bool {
    line.len() >= 3 && line.bytes().all(|b| b == b'_')
}

/// The footnote number or mark opening a footnote line (`1 See ...`, `*  ...`), if any:
/// `Some(Some(n))` for a number, `Some(None)` for a star or dagger.
fn footnote_mark(line: &str) -> Option<Option<u32>> {
    if let Some(rest) = line.strip_prefix(['*', '†']) {
        return rest.starts_with(|c: char| c.is_whitespace() || c == '*').then_some(None);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let after = &line[digits..];
    if !after.starts_with(|c: char| c.is_whitespace()) {
        return None;
    }
    line[..digits].parse().ok().map(Some)
}

/// Whether a short line opens an annex: `ANNEX`, `Annex 1`, `ANNEXE A`, `ANEXO`, `ATTACHMENT`,
/// `APPENDIX 2`, `ANNEX TO RESOLUTION 191 (REV. DUBAI, 2018)`.
pub(crate) fn is_annex_line(w: &Words, line: &str) -> bool {
    let Ok((rest, ())) = w.annex_words.one_of(line) else { return false };
    if line.len() > 80 && line.chars().count() > 80 {
        return false;
    }
    let rest = rest.trim_start_matches(crate::pieces::is_space);
    if rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')')) {
        return true;
    }
    // A number or letter, or what it is annexed to; not a sentence (`Annex 1 sets out ...`).
    let first: String = rest.chars().take_while(|c| c.is_alphanumeric()).map(fold_char).collect();
    let is_label = !first.is_empty()
        && (first.chars().all(|c| c.is_ascii_digit())
            || first.len() == 1
            || first.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    let is_to = w.annex_links.contains(&first);
    let short = rest.split_whitespace().count() <= 10 && !rest.ends_with(['.', ';']);
    (is_label || is_to) && short
}

/// One change of part while reading the lines.
#[derive(Debug, Clone, Copy)]
struct Marker<'a> {
    at: usize,
    kind: PartKind,
    clause: Option<TextRef<'a>>,
}

fn text_ref(text: &str, start: usize, end: usize) -> TextRef<'_> {
    TextRef { text: &text[start..end], span: Span::new(start, end) }
}

/// Reads the parts of the document at `text[start..end]` (`lines` indexes the text), given what [`crate::identity::top`]
/// found at its top. Parts cover every non-blank line, in source order; text that fits no part
/// is kept as [`PartKind::Other`] with an informational diagnostic.
pub(crate) fn parts<'a>(
    w: &Words,
    text: &'a str,
    lines: &LineIndex,
    (start, end): (usize, usize),
    top: &Top<'a>,
    running_titles: &[(usize, usize)],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Part<'a>> {
    let region = &text[..end];
    let mut markers: Vec<Marker<'a>> = Vec::new();
    let mut top_end = start;
    if let Some(heading) = top.heading {
        let line_begin = region[..heading.start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        // A running title right above the heading (`WTDC Resolution 47`) belongs to it.
        let running = running_titles
            .iter()
            .find(|&&(s, e)| {
                start <= s && e <= line_begin && region[e..line_begin].trim().is_empty()
            })
            .map(|&(s, _)| s);
        let heading_start = running.unwrap_or(heading.start);
        // A title taken from a page's title above the heading is the title part there.
        let page_title = top.title.filter(|&(s, e)| start <= s && e <= heading_start);
        let front_end = page_title.map_or(heading_start, |(s, _)| s);
        let front = region[start.min(front_end)..front_end].trim();
        if !front.is_empty() {
            markers.push(Marker { at: start, kind: PartKind::Other, clause: None });
        }
        if let Some((s, e)) = page_title {
            markers.push(Marker { at: s, kind: PartKind::Title, clause: None });
            if !region[e..heading_start].trim().is_empty() {
                let gap = e + (region[e..].len() - region[e..].trim_start().len());
                markers.push(Marker { at: gap, kind: PartKind::Other, clause: None });
            }
        }
        markers.push(Marker { at: heading_start, kind: PartKind::Heading, clause: None });
        top_end = top_end.max(heading.end);
    }
    // The top block in source order: title, year chain and issuing clause.
    let mut top_items: Vec<(usize, usize, PartKind)> = Vec::new();
    if let Some((s, e)) = top.title {
        top_items.push((s, e, PartKind::Title));
    }
    if let Some((s, e, _)) = top.chain {
        top_items.push((s, e, PartKind::Heading));
    }
    if let Some(clause) = top.clause {
        top_items.push((clause.start, clause.end, PartKind::Heading));
    }
    top_items.sort_unstable();
    for (s, e, kind) in top_items {
        if s < start.max(top_end) || e > end {
            continue;
        }
        // Text between the items (neither title nor clause) is kept as other.
        let between = region.get(top_end..s).unwrap_or("");
        if between.chars().any(char::is_alphanumeric) {
            let gap = top_end + (between.len() - between.trim_start().len());
            markers.push(Marker { at: gap, kind: PartKind::Other, clause: None });
        }
        if markers.last().is_none_or(|m| m.kind != kind || kind == PartKind::Title) {
            markers.push(Marker { at: s, kind, clause: None });
        }
        top_end = top_end.max(e);
    }

    // The body: clauses, footnotes and annexes, line by line.
    let mut current: Option<Marker<'a>> = None;
    let mut footnote: Option<(Option<Marker<'a>>, Option<u32>)> = None;
    let mut previous_end = top_end;
    // Whether the line before ended a sentence, an item or the top block.
    let mut at_boundary = true;
    let body_lines =
        lines.lines(text, top_end, end).map(|r| trim(region, r)).filter(|&(s, e)| s < e);
    for (s, e) in body_lines {
        if s < top_end {
            continue;
        }
        let line = &region[s..e];
        let after_blank = region[previous_end..s].matches('\n').count() > 1;
        previous_end = e;
        let may_open = std::mem::replace(&mut at_boundary, line.ends_with([',', ';', ':', '.']));
        // The clause word the line may start with, read once.
        let first_words = opening(w, line).ok();
        // A clause word at the line's start: alone, before punctuation or an item, anywhere; with
        // its addressee and more words (`instructs the Secretary-General and the Directors ...
        // to act together`), only where a clause may start or where the line ends as a clause
        // word's line does (a comma or a colon), not in a sentence hard-wrapped from the line
        // before.
        let clause_word = |o: (&str, PartKind)| {
            clause_word_after(w, line, o).filter(|&(_, len)| {
                may_open || len <= line.len() - o.0.len() || line.ends_with([',', ':'])
            })
        };
        if is_annex_line(w, line) {
            markers.push(Marker {
                at: s,
                kind: PartKind::Annex,
                clause: Some(text_ref(text, s, e)),
            });
            break;
        }
        if is_separator(line) {
            if footnote.is_none() {
                footnote = Some((current, None));
                markers.push(Marker { at: s, kind: PartKind::Footnote, clause: None });
            }
            continue;
        }
        if let Some((resume, last_number)) = footnote {
            let mark = footnote_mark(line);
            let opens = first_words.is_some_and(|o| {
                clause_word(o).is_some() || (may_open && clause_word_in_prose(w, line, o).is_some())
            });
            // A clause word or a lettered item is the page's text again, where a copy lost the
            // page break after the footnotes.
            let continues = !opens
                && !is_lettered_item(line)
                && match mark {
                    Some(Some(n)) => !after_blank || last_number.is_none_or(|last| n == last + 1),
                    Some(None) => true,
                    None => !after_blank,
                };
            if continues {
                if let Some(Some(n)) = mark {
                    footnote = Some((resume, Some(n)));
                }
                continue;
            }
            // The footnotes end at a page break, or at a clause word or an item; the clause they
            // interrupted goes on.
            footnote = None;
            if !opens {
                match resume {
                    Some(m) => markers.push(Marker { at: s, ..m }),
                    None => markers.push(Marker { at: s, kind: PartKind::Other, clause: None }),
                }
            }
        }
        let opened = first_words.and_then(|o| {
            clause_word(o).or_else(|| may_open.then(|| clause_word_in_prose(w, line, o))?)
        });
        if let Some((kind, len)) = opened {
            let marker = Marker { at: s, kind, clause: Some(text_ref(text, s, s + len)) };
            markers.push(marker);
            current = Some(marker);
        } else if current.is_none()
            && top.clause.is_some_and(|c| c.end <= s)
            && markers.last().is_some_and(|m| m.kind == PartKind::Heading)
            && is_lettered_item(line)
        {
            // Lettered items right under the issuing clause, their clause word lost (`The
            // Council,` / `a) that ...`): the preamble, whose items are lettered.
            let marker = Marker { at: s, kind: PartKind::Preamble, clause: None };
            markers.push(marker);
            current = Some(marker);
        } else if current.is_none() && markers.last().is_none_or(|m| m.kind != PartKind::Other) {
            markers.push(Marker { at: s, kind: PartKind::Other, clause: None });
        }
        // A clause word run onto the end of the line before its items (`... (Document
        // 5073/CA32), notant` / `a) que ...`): its part opens there.
        if let Some((at, kind, len)) = trailing_clause_word(w, line)
            && lines
                .lines(text, e, end)
                .nth(1)
                .map(|r| trim(region, r))
                .is_some_and(|(ns, ne)| ns < ne && is_item_marker(&region[ns..ne]))
        {
            let marker =
                Marker { at: s + at, kind, clause: Some(text_ref(text, s + at, s + at + len)) };
            markers.push(marker);
            current = Some(marker);
            at_boundary = true;
        }
    }

    // Markers to parts: each runs to the next one, without its trailing blank space.
    let mut res: Vec<Part<'a>> = Vec::with_capacity(markers.len());
    for (i, marker) in markers.iter().enumerate() {
        let next = markers.get(i + 1).map_or(end, |m| m.at);
        let part_end = marker.at + region[marker.at..next].trim_end().len();
        if part_end <= marker.at {
            continue;
        }
        if let Some(last) = res.last_mut()
            && last.kind == PartKind::Other
            && marker.kind == PartKind::Other
        {
            last.span.end = Span::new(0, part_end).end;
            continue;
        }
        res.push(Part {
            kind: marker.kind,
            clause: marker.clause,
            span: Span::new(marker.at, part_end),
        });
    }
    // A fragment with no anatomy at all is only other text; flag other text only where the
    // rest of the document shows what a resolution looks like.
    let has_anatomy = res.iter().any(|p| p.kind != PartKind::Other);
    for part in res.iter().filter(|p| has_anatomy && p.kind == PartKind::Other) {
        let message = if top.heading.is_some_and(|h| part.span.end as usize <= h.start) {
            "text before the heading (front matter) is kept as other"
        } else {
            "text that is neither heading, title, issuing clause nor clause is kept as other"
        };
        diagnostics.push(Diagnostic::info(part.span, message));
    }
    res
}

/// The longest clause word looked for at a line's end (`ayant à l'esprit`, `taking into
/// consideration`).
const MAX_TRAILING_CLAUSE_WORD: usize = 40;

/// A clause word alone after the last comma of `line`, other words before it (`... (Document
/// 5073/CA32), notant`): where it starts in the line, the part it opens and its length.
fn trailing_clause_word(w: &Words, line: &str) -> Option<(usize, PartKind, usize)> {
    // Asked of every line: most end with punctuation, and the comma is looked for only among
    // the line's last bytes.
    if !line.ends_with(char::is_alphabetic) {
        return None;
    }
    let tail_start = line.len().saturating_sub(MAX_TRAILING_CLAUSE_WORD + 2);
    let tail_start = (tail_start..line.len()).find(|&i| line.is_char_boundary(i))?;
    let at = tail_start + line[tail_start..].rfind(", ")? + 2;
    let word = &line[at..];
    match opening(w, word) {
        Ok((rest, kind)) if rest.trim().is_empty() => Some((at, kind, word.trim_end().len())),
        _ => None,
    }
}

/// Whether `line` opens with a lettered item (`a)`, `(b)`, `a)that` glued, or `a.` before a
/// space, as a web page's list letters it), not a numbered one.
fn is_lettered_item(line: &str) -> bool {
    let unwrapped = line.strip_prefix('(').unwrap_or(line);
    let bytes = unwrapped.as_bytes();
    let full_stop = bytes.len() > 2
        && bytes[0].is_ascii_lowercase()
        && bytes[1] == b'.'
        && matches!(bytes[2], b' ' | b'\t');
    full_stop
        || (unwrapped.starts_with(|c: char| c.is_ascii_lowercase())
            && crate::clause::is_item_marker(unwrapped))
}

/// The part holding byte `offset`: the last part starting at or before it (blank space between
/// parts belongs to the part before), or the first part for an offset before every part.
pub(crate) fn part_at<'p, 'a>(parts: &'p [Part<'a>], offset: usize) -> Option<&'p Part<'a>> {
    let after = parts.partition_point(|p| p.span.start as usize <= offset);
    parts.get(after.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annexes_and_footnotes() {
        let words = Words::new(&crate::Vocabulary::shipped());
        for line in [
            "ANNEX",
            "ANNEX (summary)",
            "Annex 1",
            "ANNEXE A",
            "ANEXO",
            "ATTACHMENT",
            "APPENDIX 2",
            "ANNEX TO RESOLUTION 191 (REV. DUBAI, 2018)",
        ] {
            assert!(is_annex_line(&words, line), "{line}");
        }
        for line in [
            "Annex 1 sets out the plan of action adopted by the conference.",
            "annexes",
            "Annexed hereto",
        ] {
            assert!(!is_annex_line(&words, line), "{line}");
        }
        assert!(is_separator("_______________"));
        assert!(!is_separator("__"));
        assert_eq!(footnote_mark("1\tSee the report"), Some(Some(1)));
        assert_eq!(footnote_mark("* Note"), Some(None));
        assert_eq!(footnote_mark("2018 was"), None);
    }
}
