//! A document's own identity: its heading (`RESOLUTION 191 (REV. BUCHAREST, 2022)`), the issuing
//! clause (`The Plenipotentiary Conference of the International Telecommunication Union (Bucharest,
//! 2022),`), the ITU-R year chain (`(2000-2003-2015)`) and the title line.

use isc_model::LineIndex;

use crate::edition::{EditionOutcome, edition};
use crate::heading::{self, DraftMark, Heading, IssuingClause, heading_label, issuing_clause};
use crate::vocabulary::Words;

/// How many non-blank lines before a heading may be front matter (a conference banner, a
/// document number).
const MAX_LINES_BEFORE_HEADING: usize = 8;
/// The longest first line of a page's title read for a heading wrapped onto its second line.
const MAX_PAGE_TITLE: usize = 400;
/// The longest title: real ones stay under 350 bytes.
const MAX_TITLE_BYTES: usize = 400;
/// The lines more a cover may hold above its heading with the title after a dash.
const MORE_COVER_LINES: usize = 4;
/// Without a heading, the lines an issuing clause is looked for in: a meeting's cover lines may
/// stand above the title. Lines wrapped at a narrow width are many more: the search goes on past
/// them while it has read fewer than [`MAX_BYTES_BEFORE_CLAUSE`] bytes.
const MAX_LINES_BEFORE_CLAUSE: usize = 12;
/// See [`MAX_LINES_BEFORE_CLAUSE`]: about twelve lines of a cover page laid out at a page's width.
const MAX_BYTES_BEFORE_CLAUSE: usize = 1_600;
/// Without a heading, a title copied through a narrow window (a web page's column) over more
/// than three lines: at most this many lines, ...
const MAX_NARROW_TITLE_LINES: usize = 8;
/// ... this many bytes in all (a long title's length) ...
const MAX_NARROW_TITLE_BYTES: usize = 300;
/// ... and this many bytes a line on average.
const MAX_NARROW_LINE_BYTES: usize = 50;
/// How many non-blank lines after the heading are searched for the issuing clause.
const MAX_LINES_TO_CLAUSE: usize = 12;

/// What the top of a document says about the document itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Top<'a> {
    pub(crate) heading: Option<Heading<'a>>,
    pub(crate) clause: Option<IssuingClause<'a>>,
    /// The ITU-R year chain `(2000-2015)` as an edition.
    pub(crate) chain: Option<(usize, usize, EditionOutcome<'a>)>,
    /// Byte range of the title (possibly several lines).
    pub(crate) title: Option<(usize, usize)>,
    /// Byte range of a cover's lines between the heading and the title found right above the
    /// issuing clause further on (a foreword, a proposal's cover fields): front matter.
    pub(crate) cover: Option<(usize, usize)>,
}

/// How many lines a text's spacing is read over.
const SPACING_LINES: usize = 40;

/// The fewest gaps between lines that tell a text's spacing.
const MIN_SPACING_GAPS: usize = 6;

/// Whether the text from `start` sets a blank line between every two lines, each line of a page
/// its own paragraph, as some copies of PDFs and web pages do: six gaps or more between its
/// first forty lines, at most one of them with no blank line. A single blank line there ends
/// neither a title nor a block.
fn blank_after_every_line(index: &LineIndex, region: &str, start: usize) -> bool {
    let (mut gaps, mut tight) = (0, 0);
    let mut previous_end = None;
    let lines = index
        .lines(region, start, region.len())
        .map(|range| trim(region, range))
        .filter(|&(s, e)| s < e)
        .take(SPACING_LINES);
    for (s, e) in lines {
        if let Some(previous) = previous_end {
            gaps += 1;
            if region[previous..s].matches('\n').count() <= 1 {
                tight += 1;
                if tight > 1 {
                    return false;
                }
            }
        }
        previous_end = Some(e);
    }
    gaps >= MIN_SPACING_GAPS
}

/// Trims a line range to its non-space content.
///
/// List bullets at the start of a line (`• recalling`, `  ◦ a) Resolution 139`), as web pages
/// saved as text render clauses and items, are not part of the content either.
pub(crate) fn trim(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let line = &text[start..end];
    // Most lines are ASCII at both ends: spaces and tabs are all there is to trim.
    let bytes = line.as_bytes();
    // A form feed (a page break) is blank too.
    let blank = |b: &&u8| matches!(**b, b' ' | b'\t' | b'\x0c');
    let lead = bytes.iter().take_while(blank).count();
    let trail = bytes[lead..].iter().rev().take_while(blank).count();
    if lead + trail == bytes.len() {
        return (end, end);
    }
    if bytes[lead].is_ascii() && bytes[bytes.len() - trail - 1].is_ascii() {
        return (start + lead, end - trail);
    }
    let is_bullet =
        |c: char| matches!(c, '•' | '◦' | '▪' | '▫' | '‣' | '●' | '○' | '■' | '□' | '·' | '⁃');
    let content = line.trim_start_matches(|c: char| crate::pieces::is_space(c) || is_bullet(c));
    let new_start = start + (line.len() - content.len());
    let content = content.trim_end_matches(crate::pieces::is_space);
    (new_start, new_start + content.len())
}

/// Reads a heading at the line `start..end`, or across it and the next line when the line holds
/// only the citation word (`RESOLUTION` / `645 (WRC-2000)`).
fn heading_at<'a>(
    w: &Words,
    index: &LineIndex,
    text: &'a str,
    start: usize,
    end: usize,
) -> Option<Heading<'a>> {
    let line = &text[start..end];
    if is_file_name(line) {
        return None;
    }
    let next = || {
        let (next_start, next_end) =
            index.lines(text, end, text.len()).nth(1).map(|r| trim(text, r))?;
        (next_start < next_end && text[end..next_start].matches('\n').count() <= 1)
            .then_some((next_start, next_end))
    };
    // A file's name wrapped over up to four lines, its extension on the last (a
    // document-sharing page's title wrapped anew), none of the lines under this one opening a
    // heading of its own.
    let mut previous_end = end;
    for (s, e) in index.lines(text, end, text.len()).skip(1).take(WRAPPED_FILE_NAME_LINES - 1) {
        let (s, e) = trim(text, (s, e));
        if s >= e || text[previous_end..s].matches('\n').count() > 1 {
            break;
        }
        let line = &text[s..e];
        if w.may_start_citation_word(line) {
            break;
        }
        if is_file_name(line) {
            return None;
        }
        previous_end = e;
    }
    let top = text.len() - text.trim_start().len();
    if start == top
        && let Some(found) = page_title_heading(w, line, start, &text[end..])
            .or_else(|| clause_title_heading(w, line, start))
    {
        return Some(found);
    }
    // Such a page's title wrapped inside the edition (`... (Istanbul,` / `2002), RESOLUTION
    // 44`): its second line holds the heading.
    if start > top
        && start - top <= MAX_PAGE_TITLE
        && let Some(first_end) = text[top..start].find('\n').map(|i| top + i)
        && text[first_end..start].trim().is_empty()
        && text[first_end..start].matches('\n').count() == 1
        && ends_in_parenthesis(&text[top..first_end])
        && let Some(found) = clause_title_heading(w, &text[top..end], top)
    {
        return Some(found);
    }
    if let Some(found) = heading::heading_or_spaced_title(w, line, start) {
        // `RESOLUTION 73` / `(Minneapolis, 1998)`: the edition on the line below.
        if found.edition.is_none()
            && found.title.is_none()
            && let Some((next_start, next_end)) = next()
            && text[next_start..next_end].starts_with('(')
            && let Some(joined) = heading::heading(w, &text[start..next_end], start)
            && joined.edition.is_some()
        {
            return Some(joined);
        }
        return Some(found);
    }
    let (rest, _) = heading_label(w, line).ok()?;
    let (after, _) = crate::citation::trigger_word(w, rest).ok()?;
    if !after.trim().is_empty() {
        return None;
    }
    let (_, next_end) = next()?;
    // A narrow window breaks the edition too (`Resolution` / `PLEN/7 (Marrakesh,` / `2002)`):
    // the line closing the parenthesis ends the heading.
    if ends_in_parenthesis(&text[start..next_end])
        && let Some((s, e)) = index.lines(text, next_end, text.len()).nth(1).map(|r| trim(text, r))
        && s < e
        && text[next_end..s].matches('\n').count() == 1
        && e - s <= SHORT_NAME_END
        && text[s..e].contains(')')
        && let Some(found) = heading::heading(w, &text[start..e], start)
    {
        return Some(found);
    }
    heading::heading(w, &text[start..next_end], start)
}

/// The extensions of a file's name: a line ending with one names a file.
const FILE_EXTENSIONS: [&str; 7] = [".pdf", ".doc", ".docx", ".rtf", ".txt", ".htm", ".html"];

/// How many lines a file's name wrapped anew may take.
const WRAPPED_FILE_NAME_LINES: usize = 4;

/// Whether `line` is a file's name, as a document-sharing page shows it above the text and with
/// each page's number (`ITU-R RESOLUTION 9-3 SPANISH-2007 Liaison ... IEC.pdf`,
/// `....pdf_page 2`): it names the resolution, but it is no heading and its words no title.
fn is_file_name(line: &str) -> bool {
    // The extension is the last full stop's, with a page's number possibly after it (`.pdf_page
    // 1`, `.pdf_第1页`).
    let Some(dot) = memchr::memrchr(b'.', line.as_bytes()) else { return false };
    let after = &line[dot..];
    let name_end = after.find(['_', ' ', '\t']).unwrap_or(after.len());
    if after[name_end..].starts_with([' ', '\t']) {
        return false;
    }
    let extension = &after[..name_end];
    dot > 0 && FILE_EXTENSIONS.iter().any(|ext| extension.eq_ignore_ascii_case(ext))
}

/// `text` after a heading's label, where the citation word opening it is in capitals
/// (`RESOLUTION`, as a page's title writes the heading); `None` otherwise.
fn capital_citation_word<'a>(w: &Words, text: &'a str) -> Option<&'a str> {
    let (rest, _) = heading_label(w, text).ok()?;
    let (after_word, _) = crate::citation::trigger_word(w, rest).ok()?;
    let word = &rest[..rest.len() - after_word.len()];
    (!word.chars().any(char::is_lowercase)).then_some(rest)
}

/// The first line of a text saved from a document-sharing page, the page's title: the issuing
/// clause, then the heading with its citation word in capitals, a number and nothing after it
/// (`The World Telecommunication Development Conference (Istanbul, 2002), RESOLUTION 44`). The
/// title is looked for right above the issuing clause, as under a web page's title.
fn clause_title_heading<'a>(w: &Words, line: &'a str, start: usize) -> Option<Heading<'a>> {
    let clause = heading::issuing_clause(w, line, start)?;
    let rest = &line[clause.end - start..];
    let head = rest.trim_start_matches(crate::pieces::is_space);
    if head.len() == rest.len() {
        return None;
    }
    capital_citation_word(w, head)?;
    let head_start = start + line.len() - head.len();
    let found = heading::heading(w, head, head_start)?;
    (found.number.is_some()
        && found.edition.is_none()
        && found.title.is_none()
        && found.end == start + line.len())
    .then_some(Heading { on_page_title: true, ..found })
}

/// The first line of a text saved from a web page, the page's title: a heading with its
/// citation word in capitals and no edition, then the first words of the title with no dash
/// (`RESOLUTION 1305 Role of the Dedicated Group in identifying Council 2009`). With the
/// citation word in small letters (`Resolution 1305 Role of ...`), the words after the number
/// must open a line of the text `below` it, the document's own title.
fn page_title_heading<'a>(
    w: &Words,
    line: &'a str,
    start: usize,
    below: &str,
) -> Option<Heading<'a>> {
    let (rest, capitals) = match capital_citation_word(w, line) {
        Some(rest) => (rest, true),
        None => (heading_label(w, line).ok()?.0, false),
    };
    let (after, raw) = crate::citation::citation(w, rest).ok()?;
    let title = after.trim_start_matches(crate::pieces::is_space);
    if raw.items.len() != 1
        || raw.attribution.is_some()
        || raw.items[0].edition.is_some()
        || title.len() == after.len()
        || !title.starts_with(char::is_uppercase)
        || title.chars().all(|c| !c.is_lowercase())
        || !(capitals || opens_a_line_below(title, below))
    {
        return None;
    }
    let cited = line.len() - after.len();
    let found = heading::heading(w, &line[..cited], start)?;
    let title_start = start + line.len() - title.len();
    Some(Heading {
        page_title: Some((title_start, start + line.len())),
        on_page_title: true,
        ..found
    })
}

/// Whether the first words of `title` (four, letters and digits compared without case) open one
/// of the first lines of `below`.
fn opens_a_line_below(title: &str, below: &str) -> bool {
    const WORDS: usize = 4;
    const LINES: usize = 20;
    let first = folded_words(title, WORDS);
    first.len() == WORDS
        && below
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(LINES)
            .any(|line| folded_words(line, WORDS) == first)
}

/// The first `most` words of `text`, runs of letters and digits, folded (case and accents) so
/// that they compare as a reader does.
fn folded_words(text: &str, most: usize) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(most)
        .map(|w| w.chars().map(isc_model::text::fold_char).collect())
        .collect()
}

/// Reads an issuing clause at the line `start..end`, or across it and the next line when the
/// line break falls inside the clause's opening words (`The` / `World Radiocommunication ...`).
pub(crate) fn clause_at<'a>(
    w: &Words,
    index: &LineIndex,
    text: &'a str,
    start: usize,
    end: usize,
) -> Option<IssuingClause<'a>> {
    let line = &text[start..end];
    // A line ending inside the edition reads as a clause without one: the lines after it first.
    let first = issuing_clause(w, line, start);
    if first.is_some() && !ends_in_parenthesis(line) {
        // A sentence about the body wrapped after its name goes on with a relative clause on
        // the next line (`(WTSA),` / `which meets every four years,`).
        if line.ends_with(',')
            && let Some((ns, ne)) = index.lines(text, end, text.len()).nth(1).map(|r| trim(text, r))
            && text[end..ns].matches('\n').count() == 1
        {
            let next = &text[ns..ne];
            let word = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
            if next.starts_with(char::is_lowercase)
                && crate::vocabulary::with_folded(word, |f| w.relative_pronouns.contains(f))
            {
                return None;
            }
        }
        // A whole clause by itself, its edition wrapped to the next line (`The World
        // Telecommunication Standardization Assembly` / `(Johannesburg, 2008),`).
        if first.as_ref().is_some_and(|c| c.edition.is_none())
            && !line.ends_with([',', ':'])
            && let Some((ns, ne)) = index.lines(text, end, text.len()).nth(1).map(|r| trim(text, r))
            && text[ns..].starts_with('(')
        {
            if let Some(joined) = broken_clause(w, index, text, start, end)
                && joined.edition.is_some()
            {
                return Some(joined);
            }
            // The body's acronym there, the sentence going on after it (`(WTSA) sets the
            // topics ...`): a wrapped sentence about the body, no clause.
            let next = &text[ns..ne];
            if next.find(')').is_some_and(|close| {
                !next[close + 1..].trim_start_matches([',', ':']).trim_start().is_empty()
            }) {
                return None;
            }
        }
        return first;
    }
    broken_clause(w, index, text, start, end).or(first)
}

/// The longest line ending a body's name alone, between a long line and the edition.
const SHORT_NAME_END: usize = 32;

/// An issuing clause broken over two or three lines (`The` / `Plenipotentiary Conference of the
/// International` / `Telecommunication Union (Minneapolis, 1998),`); a long first line only before
/// its edition (`... Telecommunication Union` / `(Antalya, 2006),`), inside it (`... Union
/// (Minneapolis,` / `1998),`), before the name's last words alone on a line and the edition, or
/// before the name's last words and the edition ending the next line and the clause.
fn broken_clause<'a>(
    w: &Words,
    index: &LineIndex,
    text: &'a str,
    start: usize,
    end: usize,
) -> Option<IssuingClause<'a>> {
    let long = end - start > 60;
    let mut joined_end = end;
    for round in 0..2 {
        let (next_start, next_end) =
            index.lines(text, joined_end, text.len()).nth(1).map(|r| trim(text, r))?;
        // After a long first line, a word or two alone on the next one end the body's name
        // where its edition follows (`... internationale des` / `télécommunications` /
        // `(Antalya, 2006),`).
        let name_end = || {
            round == 0
                && next_end - next_start <= SHORT_NAME_END
                && !text[next_start..next_end].ends_with([',', '.', ';', ':'])
                && index
                    .lines(text, next_end, text.len())
                    .nth(1)
                    .map(|r| trim(text, r))
                    .is_some_and(|(s, e)| s < e && text[s..e].starts_with('('))
        };
        // After a long first line, the name's last words and the edition ending the next line
        // and the clause with it (`... International Telecommunication` / `Union (Minneapolis,
        // 1998),`): a sentence about the body goes on after its edition.
        let name_and_edition = || {
            round == 0
                && issuing_clause(w, &text[start..next_end], start).is_some_and(|c| {
                    c.edition.is_some()
                        && text[c.end..next_end].trim_matches([' ', '\t', ',', ':']).is_empty()
                })
        };
        if next_start >= next_end
            || text[joined_end..next_start].matches('\n').count() > 1
            || (long
                && !ends_in_parenthesis(&text[start..joined_end])
                && !text[next_start..next_end].starts_with('(')
                && !name_end()
                && !name_and_edition())
        {
            return None;
        }
        joined_end = next_end;
        if let Some(clause) = issuing_clause(w, &text[start..joined_end], start) {
            return Some(clause);
        }
    }
    None
}

/// Whether `text` ends inside a parenthesis it opened: `... Union (Minneapolis,`.
pub(crate) fn ends_in_parenthesis(text: &str) -> bool {
    text.rfind('(').is_some_and(|open| !text[open..].contains(')'))
}

/// A line holding only a year chain `(2000-2003-2015)` or one year `(2019)`.
fn year_chain<'a>(w: &Words, line: &'a str) -> Option<EditionOutcome<'a>> {
    if !line.starts_with('(') || !line.ends_with(')') {
        return None;
    }
    let inner = &line[1..line.len() - 1];
    if !inner.chars().all(|c| c.is_ascii_digit() || crate::pieces::is_hyphen(c) || c == ' ') {
        return None;
    }
    edition(w, line).ok().map(|(_, e)| e)
}

/// A line holding only a year chain or an adoption history, `(Florianópolis, 2004; Johannesburg,
/// 2008; Dubai, 2012)`, possibly with a footnote mark after it (`(Dubai, 2012)1`, `(2015-2019)*`).
fn history_line<'a>(w: &Words, line: &'a str) -> Option<EditionOutcome<'a>> {
    let marked = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == '*');
    let line = if line.len() - marked.len() <= 2 && marked.ends_with(')') { marked } else { line };
    let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) else {
        return bare_edition(w, line);
    };
    if !is_history(inner) {
        return year_chain(w, line);
    }
    edition(w, line).ok().map(|(_, e)| e)
}

/// An edition on a line of its own without parentheses, as a web page sets it under a heading
/// naming its conference (`Resolution 73 of the ITU Plenipotentiary Conference` /
/// `Minneapolis, 1998`): a place, a comma and a year, a revision mark before them or not
/// (`Rev. Dubai, 2018`), and no other digit.
fn bare_edition<'a>(w: &Words, line: &'a str) -> Option<EditionOutcome<'a>> {
    const MAX_LEN: usize = 40;
    if line.len() > MAX_LEN
        || !line.contains(',')
        || line.bytes().filter(u8::is_ascii_digit).count() != 4
        || !line.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    crate::edition::inside_parenthesis(w, line).filter(|outcome| {
        matches!(outcome, EditionOutcome::Read(e) if e.place.is_some() && e.year.is_some())
    })
}

/// An edition without parentheses (see [`bare_edition`]) opening `line`, words opening with a
/// capital after it (`Minneapolis, 1998 World Summit on the Information Society`): its length
/// and the edition.
fn edition_opening<'a>(w: &Words, line: &'a str) -> Option<(usize, EditionOutcome<'a>)> {
    let comma = line.find(", ")?;
    let year = comma + 2;
    let after = line.get(year + 4..)?;
    if !line.as_bytes()[year..year + 4].iter().all(u8::is_ascii_digit)
        || !after.starts_with(' ')
        || !after.trim_start().starts_with(char::is_uppercase)
    {
        return None;
    }
    bare_edition(w, &line[..year + 4]).map(|edition| (year + 4, edition))
}

/// Whether a line opens the preamble or the operative part: the top block is over.
fn is_clause_word(w: &Words, line: &str) -> bool {
    crate::clause::clause_word(w, line).is_some()
}

/// Reads what follows a document's heading: the title, the ITU-R year chain and the issuing
/// clause, up to `end`. Without a heading, only an issuing clause near `start` is looked for.
pub(crate) fn top<'a>(
    w: &Words,
    index: &LineIndex,
    text: &'a str,
    heading: Option<Heading<'a>>,
    start: usize,
    end: usize,
) -> Top<'a> {
    let mut res = Top { heading, ..Top::default() };
    let region = &text[..end];
    let Some(heading) = heading else {
        below(w, index, region, start, &mut res);
        without_history(w, text, &mut res);
        without_footnote_mark(region, &mut res);
        without_adoption_note(w, text, &mut res);
        return res;
    };
    if heading.on_page_title {
        // A page's title over cover lines: the title is right above the issuing clause, or
        // else the words the page's title gives.
        let next_line = region[heading.end..].find('\n').map_or(region.len(), |i| heading.end + i);
        below(w, index, region, next_line, &mut res);
        if heading.page_title.is_none() {
            title_between_repeated_clauses(w, index, region, &mut res);
        }
        // The lines between the page's title and the document's own title are its cover.
        let opening = res.title.or(res.clause.map(|c| (c.start, c.end))).map(|(s, _)| s);
        res.cover = opening.filter(|&s| next_line < s).map(|s| (next_line, s));
        res.title = res.title.or(heading.page_title);
        without_history(w, text, &mut res);
        without_footnote_mark(region, &mut res);
        without_adoption_note(w, text, &mut res);
        return res;
    }
    let mut title: Option<(usize, usize)> = None;
    let mut title_open = true;
    // Whether a block of lines stands between the title and the issuing clause (the title then
    // may be a cover's, and the clause's own title right above it).
    let mut block_after_title = false;
    let mut previous_end = heading.end;
    let spaced = usize::from(blank_after_every_line(index, region, heading.end));
    let after_heading = index
        .lines(region, heading.end, region.len())
        .skip(1)
        .map(|range| trim(region, range))
        .filter(|&(s, e)| s < e);
    for (count, (start, end)) in after_heading.enumerate() {
        let line = &region[start..end];
        let blank_between = region[previous_end..start].matches('\n').count() > 1 + spaced;
        previous_end = end;
        if count >= MAX_LINES_TO_CLAUSE || is_clause_word(w, line) {
            break;
        }
        if let Some(clause) = clause_at(w, index, region, start, end) {
            res.clause = Some(clause);
            break;
        }
        // The title's last line run onto the issuing clause (a copy that kept no line break
        // between them): the title ends where the clause starts.
        if let Some((title_end, clause)) = clause_ending_line(w, region, start, end) {
            match &mut title {
                None if title_open => title = Some((start, title_end)),
                Some((_, end)) if title_open && !blank_between => *end = title_end,
                _ => {}
            }
            res.clause = Some(clause);
            break;
        }
        // The ITU-R year chain, or an edition a copy broke off the heading's line, before the
        // title or after it (`RESOLUTION 70` / `(Rev. Dubai, 2018)` / the title).
        if let Some(chain) = history_line(w, line) {
            res.chain = Some((start, end, chain));
            title_open = title.is_none();
            continue;
        }
        // A note wholly in parentheses before the title (`(approved at the fourteenth Plenary
        // Meeting)`) is no title.
        if title.is_none() && is_note(w, line) {
            continue;
        }
        // A note of the adopting meeting under the title (`(adopted at the ninth Plenary
        // Meeting)`) ends it.
        if title.is_some() && is_adoption_note(w, line) {
            title_open = false;
            continue;
        }
        // A cover's field (`Priority area:`) is no title, and ends one above it.
        if is_field_label(line) {
            title_open &= title.is_none();
            continue;
        }
        // Nor is a note on the title's line: the title starts after the meeting's name.
        let (start, line) = match note_len(w, line) {
            Some(len)
                if title.is_none() && line[len..].trim_start().starts_with(char::is_uppercase) =>
            {
                let rest = line[len..].trim_start();
                (end - rest.len(), rest)
            }
            _ => (start, line),
        };
        // An edition without parentheses opening the title's line (`Minneapolis, 1998 World
        // Summit ...`, as a one-line copy laid out again gives it): the edition, and the title
        // after it.
        let (start, line) = match edition_opening(w, line) {
            Some((len, chain)) if title.is_none() && res.chain.is_none() => {
                res.chain = Some((start, start + len, chain));
                let rest = line[len..].trim_start();
                (end - rest.len(), rest)
            }
            _ => (start, line),
        };
        // The heading's dash title broken off its line (`Resolution 18` / `– Principles and
        // ...`): the title starts after the dash.
        let (start, line) = match line.strip_prefix(['-', '\u{2013}', '\u{2014}']) {
            Some(rest) if count == 0 && rest.starts_with(' ') && heading.title.is_none() => {
                let rest = rest.trim_start();
                (end - rest.len(), rest)
            }
            _ => (start, line),
        };
        // A title goes on over a blank line where its line ends inside a phrase: the next one
        // starting in lower case (after a comma or a word), or on a word no title ends on (`and
        // the`).
        let goes_on = |title_end: usize| {
            let before = &region[..title_end];
            (line.starts_with(char::is_lowercase) && !before.ends_with(['.', ';', ':']))
                || (line.starts_with(char::is_alphabetic) && ends_open(w, before))
                || runs_to_clause(w, index, region, before, start)
        };
        match &mut title {
            None if title_open => title = Some((start, end)),
            // A line right under the title that opens a sentence or an item (a copy that keeps
            // no blank line between paragraphs) is no part of it.
            Some((_, title_end))
                if !blank_between
                    && !ends_open(w, &region[..*title_end])
                    && opens_paragraph(w, line) =>
            {
                title_open = false;
            }
            Some((_, title_end)) if title_open && (!blank_between || goes_on(*title_end)) => {
                *title_end = end;
            }
            Some(_) => {
                block_after_title |= !title_open;
                title_open = false;
            }
            None => {}
        }
    }
    let dash_title = |title: Option<(usize, usize)>| title.map(|t| goes_on(w, region, t));
    let heading_title = dash_title(heading.title);
    res.title = heading_title.or(title).or(dash_title(heading.page_title));
    if res.title.is_none() {
        title_between_repeated_clauses(w, index, region, &mut res);
    }
    // A cover's heading whose dash title comes again right above the issuing clause, cover
    // lines between (a foreword; in a copy onto one line the cover's title runs on into it):
    // that one is the title, and the lines between are the cover's. So too where the dash title
    // is a page's, cut short (`Rules of procedure of the ITU (ITU-T)` above `Rules of procedure
    // of the ITU Telecommunication Standardization Sector (ITU-T)`).
    if let (Some(dash), Some(found)) = (heading_title, title.and_then(|t| bounded_title(region, t)))
        && res.clause.is_some()
        && found.0 > dash.1
    {
        let words = |(s, e): (usize, usize)| -> Vec<&str> {
            region[s..e]
                .split_whitespace()
                .map(|word| word.trim_end_matches(|c: char| c.is_ascii_digit()))
                .collect()
        };
        let (said, again) = (words(dash), words(found));
        if again.len() >= 3 && (said.starts_with(&again) || cut_short(&said, &again)) {
            let next_line =
                region[heading.end..].find('\n').map_or(region.len(), |i| heading.end + i);
            res.title = Some(found);
            res.cover = (next_line < found.0).then_some((next_line, found.0));
        }
    }
    // A cover's heading with a dash and the title's first words, no edition, and no issuing
    // clause in the lines under it (`Resolution 1 – Rules of procedure of the ITU`, then a
    // notice and a foreword): the clause is looked for further on, as under a page's title, and
    // the title comes again right above it.
    // So too a heading over a cover's lines, as a proposal's page header stands above the
    // conference's cover (`Resolution 18 (Rev. Dubai, 2012Hammamet, 2016)`, then the cover): the
    // title is the one right above the clause found further on.
    if res.clause.is_none() || block_after_title {
        let next_line = region[heading.end..].find('\n').map_or(region.len(), |i| heading.end + i);
        let mut cover = Top::default();
        below(w, index, region, next_line, &mut cover);
        if let Some(clause) = cover.clause {
            res.clause = cover.clause;
            res.chain = cover.chain.or(res.chain);
            res.title = cover.title.or(res.title);
            let opening = cover.title.map_or(clause.start, |(start, _)| start);
            res.cover = (next_line < opening).then_some((next_line, opening));
        }
    }
    // A viewer's title line with no issuing clause anywhere (a page holding only the cover and
    // the foreword): a heading with no edition, its dash title holding the same resolution's
    // heading in capitals with its edition (`Résolution 32 – Its title … – Résolution 32 1
    // RÉSOLUTION 32 (Rév. Hammamet, 2016) Its title`). That heading names the edition, and its
    // title is the words after it.
    if heading.edition.is_none()
        && res.clause.is_none()
        && res.chain.is_none()
        && let (Some((ts, te)), Some(number)) = (heading.title, heading.number)
        && let Some(at) = crate::layout::same_heading_in_capitals(w, &region[ts..te], number.base)
        && let Some(again) = heading::heading_or_spaced_title(w, &region[ts + at..te], ts + at)
        && let Some(edition) = again.edition
    {
        res.chain = Some((again.start, again.end, edition));
        if again.title.is_some() && (res.title.is_none() || res.title == heading_title) {
            res.title = again.title;
        }
    }
    // A bare heading under a page's title line naming it with a title after a dash inside the
    // line, an older web page copied onto one line (`... Home : Gender Resolution 70 (PP98) -
    // Its title Its title (note)` / `Resolution 70`): the title after the dash, once.
    if res.title.is_none() && heading.title.is_none() && heading.page_title.is_none() {
        res.title = dash_title_in_lines_above(w, index, region, &heading);
    }
    without_history(w, text, &mut res);
    without_footnote_mark(region, &mut res);
    without_bracketed_note(text, &mut res);
    without_own_header(w, text, heading.number, &mut res);
    without_own_header_at_end(w, text, heading.number, &mut res);
    without_adoption_note(w, text, &mut res);
    res
}

/// How many lines above a bare heading a page's title line naming it is looked for.
const PAGE_TITLE_LINES: usize = 3;

/// The title after a dash of a citation of `heading`'s resolution inside one of the few lines
/// above it, the words after the title repeating it or not (a web page's title line run on into
/// the title's own line): the title's span, once.
fn dash_title_in_lines_above(
    w: &Words,
    index: &LineIndex,
    region: &str,
    heading: &Heading<'_>,
) -> Option<(usize, usize)> {
    let number = heading.number?;
    let top = heading_top(heading);
    // The few lines above the heading, blank ones between them or not.
    let starts = index.starts_in(0, top);
    let from = starts.len().checked_sub(2 * PAGE_TITLE_LINES + 1).map_or(0, |i| starts[i]);
    let lines: Vec<(usize, usize)> = index
        .lines(region, from, top)
        .map(|range| trim(region, range))
        .filter(|&(s, e)| s < e)
        .collect();
    lines.iter().rev().take(PAGE_TITLE_LINES).find_map(|&(s, e)| {
        let line = &region[s..e];
        let word_starts = std::iter::once(0).chain(line.match_indices(' ').map(|(i, _)| i + 1));
        word_starts.filter(|&i| w.may_start_citation_word(&line[i..])).find_map(|i| {
            let found = heading::heading(w, &line[i..], s + i)?;
            let title =
                found.title.filter(|_| found.number.is_some_and(|n| n.base == number.base))?;
            Some(first_of_repeated(region, title))
        })
    })
}

/// `span` of `text` up to where its first words come again right after themselves (`Its title
/// Its title (note)`), three words or more; all of it where they do not.
fn first_of_repeated(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    // Each word and where it ends in `text`.
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut word_start = None;
    for (i, c) in text[start..end].char_indices().chain([(end - start, ' ')]) {
        match (c.is_whitespace(), word_start) {
            (true, Some(ws)) => {
                words.push((&text[start + ws..start + i], start + i));
                word_start = None;
            }
            (false, None) => word_start = Some(i),
            _ => {}
        }
    }
    (3..=words.len() / 2)
        .find(|&k| (0..k).all(|j| words[j].0 == words[k + j].0))
        .map_or((start, end), |k| (start, words[k - 1].1))
}

/// How many first words a title cut short keeps at least.
const MIN_CUT_TITLE_WORDS: usize = 4;

/// Whether the title `cut` (its words) is `whole` cut short: its first words are the whole
/// one's, and it ends where the whole one does, or with the whole one's last words (`Rules of
/// procedure of the ITU (ITU-T)` for `Rules of procedure of the ITU Telecommunication
/// Standardization Sector (ITU-T)`).
fn cut_short(cut: &[&str], whole: &[&str]) -> bool {
    let kept = cut.iter().zip(whole).take_while(|(a, b)| a == b).count();
    kept >= MIN_CUT_TITLE_WORDS
        && cut.len() < whole.len()
        && (kept == cut.len() || whole.ends_with(&cut[kept..]))
}

/// A PDF's first page repeating the issuing clause above the title and under it, with no blank
/// line, found where `res` has a clause and no title: the title is the lines between the two
/// clauses, and the second is the clause.
fn title_between_repeated_clauses<'a>(
    w: &Words,
    index: &LineIndex,
    region: &'a str,
    res: &mut Top<'a>,
) {
    let Some(clause) = res.clause.filter(|_| res.title.is_none()) else { return };
    let after = region[clause.end..].find('\n').map_or(region.len(), |i| clause.end + i);
    let mut again = Top::default();
    below(w, index, region, after, &mut again);
    if let (Some(second), Some((title_start, _))) = (again.clause, again.title)
        && second.body == clause.body
        && second.edition == clause.edition
        && region[after..title_start].trim().is_empty()
    {
        res.title = again.title;
        res.clause = again.clause;
    }
}

/// Whether `line` opens a paragraph of its own rather than going on with a title: a sentence
/// opening with a capitalised article (`The text below ...`), or a dashed item.
fn opens_paragraph(w: &Words, line: &str) -> bool {
    let sentence = line.starts_with(char::is_uppercase)
        && crate::citation::article(w, line).len() < line.len();
    // Bullets are trimmed off with the line's blanks; dashes stay.
    let mut chars = line.chars();
    let item = matches!(chars.next(), Some('-' | '–' | '—'))
        && chars.next().is_some_and(crate::pieces::is_space);
    sentence || item
}

/// An issuing clause that starts inside the line `start..end` of `text`, after a word, and runs
/// to the line's end (`... among the three Sectors of the Union The Plenipotentiary Conference
/// of the International Telecommunication Union (Dubai, 2018),`): where the words before it end,
/// and the clause.
fn clause_ending_line<'a>(
    w: &Words,
    text: &'a str,
    start: usize,
    end: usize,
) -> Option<(usize, IssuingClause<'a>)> {
    let line = &text[start..end];
    if !line.ends_with([',', ':', ')']) {
        return None;
    }
    line.match_indices(' ').find_map(|(i, _)| {
        let at = i + 1;
        let before = line[..i].trim_end();
        if !line[at..].starts_with(char::is_uppercase)
            || before.is_empty()
            || before.ends_with([',', ';', ':', '.'])
        {
            return None;
        }
        let clause = issuing_clause(w, &text[start + at..end], start + at)?;
        Some((start + before.len(), clause))
    })
}

/// The most words of a cover's field label (`Expected results:`).
const MAX_FIELD_LABEL_WORDS: usize = 4;

/// Whether `line` is a cover's field label on a line of its own, its text under it: a few words
/// opening with a capital and ending with a colon (`Priority area:`, `Summary:`).
fn is_field_label(line: &str) -> bool {
    line.ends_with(':')
        && line.starts_with(char::is_uppercase)
        && line.split_whitespace().count() <= MAX_FIELD_LABEL_WORDS
}

/// Whether `line` is a note about the text rather than its title: wholly in parentheses, or a
/// short line opening with the vocabulary's `adoption_notes`, with no end of clause
/// (`Approved at the eleventh Plenary Meeting`).
pub(crate) fn is_note(w: &Words, line: &str) -> bool {
    (line.starts_with('(') && line.ends_with(')'))
        || (line.len() <= 100
            && !line.ends_with([',', ';'])
            && w.adoption_notes.one_of(line).is_ok_and(|(rest, ())| rest.starts_with(' '))
            && note_len(w, line).is_none())
}

/// Whether `line` is a note of the adopting meeting (`(adopted at the ninth Plenary Meeting)`,
/// `Approved at the eleventh Plenary Meeting`): a note that opens with the vocabulary's
/// `adoption_notes`, not a title's words in parentheses (`(IMT-2000)`).
fn is_adoption_note(w: &Words, line: &str) -> bool {
    let inside = line.strip_prefix('(').unwrap_or(line);
    is_note(w, line)
        && w.adoption_notes.one_of(inside).is_ok_and(|(rest, ())| rest.starts_with(' '))
}

/// How many words into a note of the adopting meeting its meeting's name may end.
const MAX_NOTE_WORDS: usize = 8;

/// The length of a note of the adopting meeting at the start of `line` that a title follows on
/// its line: up to the meeting's name a few words on (`Approved at the fifteenth Plenary
/// Meeting`, `as approved by the Conference`, the vocabulary's `adoption_notes` and
/// `adoption_note_ends`), a capital after it.
fn note_len(w: &Words, line: &str) -> Option<usize> {
    let (mut rest, ()) = w.adoption_notes.one_of(line).ok()?;
    for _ in 0..MAX_NOTE_WORDS {
        rest = rest.trim_start();
        if let Ok((after, ())) = w.adoption_note_ends.one_of(rest)
            && (after.is_empty() || after.starts_with(char::is_whitespace))
            && after.trim_start().starts_with(char::is_uppercase)
        {
            return Some(line.len() - after.len());
        }
        rest = &rest[rest.find(char::is_whitespace)?..];
    }
    None
}

/// The fewest words a title after a note in parentheses holds.
const MIN_TITLE_WORDS_AFTER_NOTE: usize = 2;

/// Takes a note of the adopting meeting off the title, and what stands before it: a note at the
/// title's start (`Approved at the fifteenth Plenary Meeting ITU Preparation ...`), or one in
/// parentheses, in any case after it (`(approved at the tenth Plenary Meeting) telecom surplus
/// funds`), where a cover's lines run on before it in a copy that lost its line breaks (`Role of
/// the Dedicated Group in identifying Council 2009 ... (adopted at the seventh Plenary Meeting)
/// Role of the Dedicated Group ...`). The words before such a note are the cover's.
fn without_adoption_note(w: &Words, text: &str, res: &mut Top<'_>) {
    let Some((start, end)) = res.title else { return };
    let title = &text[start..end];
    let after = note_len(w, title).or_else(|| after_note_in_parentheses(w, title));
    let Some(after) = after else { return };
    let rest = title[after..].trim_start();
    if !rest.contains(char::is_alphabetic) {
        return;
    }
    let title_start = end - rest.len();
    // Words before the note: a cover's, front matter with it.
    let note_start = title[..after].rfind('(').filter(|_| title[..after].ends_with(')'));
    if note_start.is_some_and(|at| title[..at].contains(char::is_alphabetic)) {
        res.cover = Some((res.cover.map_or(start, |(s, _)| s), title_start));
    }
    res.title = Some((title_start, end));
}

/// Where the words after a note of the adopting meeting in parentheses start in `line`, the
/// note anywhere in it (`... Original: English (approved at the fourteenth Plenary Meeting) ITU
/// preparatory activity for WSIS`), with a title's words after it.
fn after_note_in_parentheses(w: &Words, line: &str) -> Option<usize> {
    line.match_indices('(').find_map(|(open, _)| {
        let inside = &line[open + 1..];
        let close = open + 1 + inside.find(')')?;
        let note = &line[open + 1..close];
        let rest = &line[close + 1..];
        (w.adoption_notes.one_of(note).is_ok_and(|(r, ())| r.starts_with(' '))
            && rest.starts_with(char::is_whitespace)
            && rest.split_whitespace().count() >= MIN_TITLE_WORDS_AFTER_NOTE)
            .then_some(close + 1)
    })
}

/// Whether a title wrapped at a page's width (its last line, ending `before`, 50 characters or
/// more, no full stop, colon or semicolon at its end) goes on at `from` over the blank lines a
/// page break left: the lines from there run to the issuing clause with no blank line, read as
/// a title (no colon, not a note in parentheses) and hold four words or more.
fn runs_to_clause(w: &Words, index: &LineIndex, region: &str, before: &str, from: usize) -> bool {
    let last_line = before.rsplit('\n').next().unwrap_or(before).trim();
    if last_line.chars().count() < 50 || last_line.ends_with(['.', ';', ':']) {
        return false;
    }
    let mut words = 0;
    for (n, range) in index.lines(region, from, region.len()).take(MAX_LINES_TO_CLAUSE).enumerate()
    {
        let (s, e) = trim(region, range);
        if s >= e {
            return false;
        }
        if n > 0 && clause_at(w, index, region, s, e).is_some() {
            return words >= 4;
        }
        let line = &region[s..e];
        if line.contains(':') || is_note(w, line) {
            return false;
        }
        words += line.split_whitespace().count();
    }
    false
}

/// Without a heading (or under a page's title), the issuing clause in the first lines from
/// `start`, and the lines right before it (a draft that starts with its title) as the title: the
/// lines above it, up to three (more where a narrow window cut them), that read as a title
/// (cover-page lines such as `Document 45-E`, `Date: 12 May 2019` or `(adopted at the seventh
/// Plenary Meeting)` do not), in the block since the last blank line, page number or running
/// title, above the adoption history if it stands right above the clause.
fn below<'a>(w: &Words, index: &LineIndex, region: &'a str, start: usize, res: &mut Top<'a>) {
    let mut block: Vec<(usize, usize)> = Vec::new();
    // The block above the current one: the title, where the history stands apart under it.
    let mut block_above: Vec<(usize, usize)> = Vec::new();
    let mut previous_end = start;
    let spaced = usize::from(blank_after_every_line(index, region, start));
    let lines = index
        .lines(region, start, region.len())
        .map(|range| trim(region, range))
        .filter(|&(s, e)| s < e);
    for (n, (s, e)) in lines.enumerate() {
        if n >= MAX_LINES_BEFORE_CLAUSE && s - start > MAX_BYTES_BEFORE_CLAUSE {
            break;
        }
        if let Some(clause) = clause_at(w, index, region, s, e) {
            res.clause = Some(clause);
            // The adoption history right above the clause (`(Florianópolis, 2004; ...;
            // Hammamet, 2016)`) is the year chain; the title stands above it.
            // It may be wrapped over three lines.
            for lines in 1..=block.len().min(3) {
                let (cs, ce) = (block[block.len() - lines].0, block[block.len() - 1].1);
                if let Some(chain) = history_line(w, &region[cs..ce]) {
                    res.chain = Some((cs, ce, chain));
                    block.truncate(block.len() - lines);
                    if block.is_empty() {
                        block = std::mem::take(&mut block_above);
                    }
                    break;
                }
            }
            let looks_like_title = |&&(bs, be): &&(usize, usize)| {
                let line = &region[bs..be];
                let cover = line.contains(':') || is_note(w, line);
                // A step of a proposal (`2) Suppress Resolution 32.`) is an item, not a title.
                let label = line.split_whitespace().next().unwrap_or_default();
                let item =
                    label.len() <= 5 && label.ends_with(')') && crate::clause::is_item_marker(line);
                !cover
                    && !item
                    && line.chars().filter(|c| c.is_alphabetic()).count() * 2 > line.chars().count()
            };
            // A line ending a sentence above the title's last line ends the paragraph above
            // it (a cover or foreword run on without a blank line): the title starts under it.
            // A last line that ends a sentence itself is a paragraph's, and ends nothing. The
            // sentence ends after a closing quotation mark or parenthesis, a word of four small
            // letters or more or of five letters or more, or an acronym, not after an
            // abbreviation (`(Rev.`, `etc.`, `Corr.`).
            let ends_sentence = |&(bs, be): &(usize, usize)| {
                let line = region[bs..be].trim_end();
                if line.ends_with(';') {
                    return true;
                }
                line.strip_suffix('.').is_some_and(|before| {
                    let open =
                        before.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\u{bb}', ')']);
                    let word = open.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    (open.len() < before.len() && open.ends_with(|c: char| c.is_alphabetic()))
                        || word.chars().count() >= 5
                        || ends_sentence_word(word)
                })
            };
            let bottom_open = block.last().is_some_and(|last| !ends_sentence(last));
            let titled = block
                .iter()
                .rev()
                .enumerate()
                .take_while(|&(i, line)| {
                    looks_like_title(&line) && !(bottom_open && i > 0 && ends_sentence(line))
                })
                .count();
            // A whole block of four lines or more that reads as a title is prose, unless a
            // narrow window cut it: a title's length all together, short lines, none ending a
            // sentence.
            let narrow = |n: usize| {
                let lines = &block[block.len() - n..];
                let bytes = lines[n - 1].1 - lines[0].0;
                bytes <= MAX_NARROW_TITLE_BYTES
                    && bytes <= n * MAX_NARROW_LINE_BYTES
                    && !lines.iter().any(|&(s, e)| region[s..e].ends_with(['.', ';']))
            };
            if (1..=3).contains(&titled) && (titled < block.len() || block.len() <= 3)
                || (4..=MAX_NARROW_TITLE_LINES).contains(&titled) && narrow(titled)
            {
                let first = block[block.len() - titled];
                res.title = Some((first.0, block[block.len() - 1].1));
            } else if let Some(&last) = block.last()
                && let Some(found) = bounded_title(region, last).filter(|&(s, _)| s > last.0)
                && (titled > 0 || {
                    // A cover's fields run on to it: the last sentence after the last label.
                    let (s, e) = after_field_label(region, found);
                    s > found.0 && !region[s..e].contains(':')
                })
            {
                // Prose run on to the title's line (a one-line copy's foreword or cover): the
                // title is its last sentence, the words after the last full stop ending one,
                // and after a field's label that opens it.
                res.title = Some(after_field_label(region, found));
            } else if titled == 0
                && let Some(&(ls, le)) = block.last()
                && let Some(after) = after_note_in_parentheses(w, &region[ls..le])
            {
                // A cover's fields run on to the title's line, the note of the adopting meeting
                // between (a one-line copy): the title is the words after the note, and what
                // stands before it the cover's.
                let rest = region[ls + after..le].trim_start();
                let title_start = le - rest.len();
                res.title = Some((title_start, le));
                res.cover = Some((res.cover.map_or(ls, |(s, _)| s), title_start));
            }
            break;
        }
        if region[previous_end..s].matches('\n').count() > 1 + spaced {
            block_above = std::mem::take(&mut block);
        }
        previous_end = e;
        // A page's number or running title ends a block as a blank line does, and is none of
        // it: the title starts under it. So does a draft's action line (`MOD`, `ADD
        // EUR/44A7/1`), where no blank line sets it apart (a copy with one after every line).
        let line = &region[s..e];
        if is_page_number(w, line)
            || is_running_title(w, line)
            || crate::heading::action_line(w, line).is_some()
        {
            block_above = std::mem::take(&mut block);
            continue;
        }
        block.push((s, e));
    }
}

/// Whether a full stop after `word` (its letters) ends a sentence rather than an
/// abbreviation's: a word of four small letters or more, or an acronym (`ITU.`).
fn ends_sentence_word(word: &str) -> bool {
    let letters = word.chars().count();
    (letters >= 4 && word.chars().all(char::is_lowercase))
        || (letters >= 2 && word.chars().all(char::is_uppercase))
}

/// A title holds no sentence's end: one run on from a cover's paragraphs (a one-line copy)
/// keeps only its last sentence, the words after the last full stop that ends a sentence (after
/// a word of four small letters or more, an acronym, or a closing quote or parenthesis, a
/// capital after it). Longer than any real title still, it is no title.
pub(crate) fn bounded_title(text: &str, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let title = &text[start..end];
    let bytes = title.as_bytes();
    let mut sentence_ends = memchr::memchr_iter(b'.', bytes).filter(|&dot| {
        let before = title[..dot].trim_end_matches(['"', '\u{201d}', '\u{2019}', ')']);
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let closed = before.len() < dot;
        let after = title[dot + 1..].trim_start_matches(['"', '\u{201d}', '\u{2019}']);
        let spaced = after.trim_start();
        spaced.len() < after.len()
            && spaced.starts_with(char::is_uppercase)
            && (closed || ends_sentence_word(word))
    });
    let from = sentence_ends.next_back().map_or(0, |dot| {
        let rest = &title[dot + 1..];
        dot + 1
            + (rest.len()
                - rest.trim_start_matches(['"', '\u{201d}', '\u{2019}']).trim_start().len())
    });
    (end - (start + from) <= MAX_TITLE_BYTES).then_some((start + from, end))
}

/// Whether `line` is a booklet's running title: the conference's tag, a dash, and the citation
/// word with a page's or the resolution's number or none (`WTSA-2004 – Resolutions1`,
/// `WTSA-08 – Resolution 57`).
fn is_running_title(w: &Words, line: &str) -> bool {
    let Some((tag, rest)) =
        [" \u{2013} ", " \u{2014} ", " - "].iter().find_map(|dash| line.split_once(dash))
    else {
        return false;
    };
    let is_tag = !tag.is_empty()
        && !tag.contains(char::is_whitespace)
        && tag.contains('-')
        && tag.contains(|c: char| c.is_ascii_digit())
        && tag.starts_with(char::is_uppercase);
    is_tag
        && crate::citation::trigger_word(w, rest.trim()).is_ok_and(|(after, _)| {
            after.trim().chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
        })
}

/// A title after a dash on a heading's line, on a page's title or on a revision title, that ends
/// on a word no title ends on goes on to the next line (`Resolution 70 (PP98) - Inclusion of
/// Gender Perspective in the` / `work of ITU`), or on a comma to a line going on in lower case,
/// unless that line is blank or opens a clause.
fn goes_on(w: &Words, text: &str, (start, mut end): (usize, usize)) -> (usize, usize) {
    // A wrapped title goes on over a few lines at most.
    for _ in 0..3 {
        let title = &text[start..end];
        let comma = title.ends_with(',');
        if !comma && !ends_open(w, title) {
            break;
        }
        let rest = &text[end..];
        let Some(line_end) = rest.find('\n') else { break };
        let next = &rest[line_end + 1..];
        let next = &next[..next.find('\n').unwrap_or(next.len())];
        let trimmed = next.trim();
        // After a comma, only a line going on in lower case is more of the title.
        if trimmed.is_empty()
            || (comma && !trimmed.starts_with(char::is_lowercase))
            || is_clause_word(w, trimmed)
            || issuing_clause(w, trimmed, 0).is_some()
            || heading::heading(w, trimmed, 0).is_some()
        {
            break;
        }
        let next_start = end + line_end + 1 + (next.len() - next.trim_start().len());
        end = next_start + trimmed.len();
    }
    (start, end)
}

/// Whether `text` ends on a word no title line ends on (`the`, `and`).
fn ends_open(w: &Words, text: &str) -> bool {
    let word_start = text
        .rfind(|c: char| !c.is_alphabetic() && c != '\'')
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let word = &text[word_start..];
    !word.is_empty() && w.open_ends.contains(&crate::vocabulary::folded(word))
}

/// Takes off the end of the title what follows it on its last line and is not part of it: the
/// adoption history (`(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)`, or an ITU-R year
/// chain `(1993-1995-2012)`, which then gives the edition where no line of its own does) and
/// footnote marks after it (`(Dubai, 2012)1`).
fn without_history<'a>(w: &Words, text: &'a str, res: &mut Top<'a>) {
    let Some((start, end)) = res.title else { return };
    let title = &text[start..end];
    let marked = title.trim_end_matches(|c: char| c.is_ascii_digit() || c == '*' || c == ' ');
    let Some(inside) = marked.strip_suffix(')') else {
        without_chain_inside(w, text, res);
        return;
    };
    let Some(open) = inside.rfind('(') else { return };
    let (kept, history) = (&title[..open], &inside[open + 1..]);
    if !kept.contains(char::is_alphabetic) || !is_history(history) {
        return;
    }
    if res.chain.is_none()
        && let Some(chain) = year_chain(w, &marked[open..])
    {
        res.chain = Some((start + open, start + marked.len(), chain));
    }
    let kept = kept.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    res.title = Some((start, start + kept.len()));
}

/// Ends the title at an ITU-R year chain of two years or more on its line
/// (`Conference Preparatory Meeting (1993-1995-2007) Res. ITU-R 2-5 3`, a copy that ran a page's
/// header onto the line): what follows the chain is no part of the title, and the chain gives the
/// edition where no line of its own does.
fn without_chain_inside<'a>(w: &Words, text: &'a str, res: &mut Top<'a>) {
    let Some((start, end)) = res.title else { return };
    let title = &text[start..end];
    let chain = title.match_indices('(').find_map(|(open, _)| {
        let close = open + title[open..].find(')')?;
        let inner = &title[open + 1..close];
        let hyphens = inner.chars().filter(|&c| crate::pieces::is_hyphen(c)).count();
        let chain = year_chain(w, &title[open..=close]).filter(|_| hyphens > 0)?;
        Some((open, close + 1, chain))
    });
    let Some((open, close, chain)) = chain else { return };
    let kept = title[..open].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    if !kept.contains(char::is_alphabetic) {
        return;
    }
    if res.chain.is_none() {
        res.chain = Some((start + open, start + close, chain));
    }
    res.title = Some((start, start + kept.len()));
}

/// Takes the document's own running header off the start of the title, as a PDF's first page
/// copied onto one line puts it between the heading and the title (`Res. ITU-R 12-1 Handbooks
/// and ...`): an abbreviated citation of the heading's number with no edition.
fn without_own_header(
    w: &Words,
    text: &str,
    number: Option<isc_model::ResolutionNumber>,
    res: &mut Top<'_>,
) {
    let (Some((start, end)), Some(number)) = (res.title, number) else { return };
    let Some(after) = after_own_header(w, &text[start..end], number) else { return };
    let rest = after.trim_start_matches(crate::pieces::is_space);
    if rest.len() < after.len() && !rest.is_empty() {
        res.title = Some((end - rest.len(), end));
    }
}

/// What follows the document's own running header opening `text`: an abbreviated citation
/// (`Res.`) of `number` alone, with no edition and no attribution.
fn after_own_header<'a>(
    w: &Words,
    text: &'a str,
    number: isc_model::ResolutionNumber,
) -> Option<&'a str> {
    let Ok((_, crate::vocabulary::Trigger::Short)) = crate::citation::trigger_word(w, text) else {
        return None;
    };
    let (after, raw) = crate::citation::citation(w, text).ok()?;
    let own =
        matches!(raw.items.as_slice(), [item] if item.number == number && item.edition.is_none());
    (own && raw.attribution.is_none()).then_some(after)
}

/// How many words from the end of the title the document's own running header is looked for.
const HEADER_WORDS_AT_END: usize = 4;

/// Takes the document's own running header off the end of the title, as a page broke a copy
/// onto one line between the title and the adoption history (`... ITU-R and ITU-T 102 Res. 18`,
/// `... Res. 18 102`): an abbreviated citation of the heading's number with no edition, the
/// page's number before or after it or none.
fn without_own_header_at_end(
    w: &Words,
    text: &str,
    number: Option<isc_model::ResolutionNumber>,
    res: &mut Top<'_>,
) {
    let (Some((start, end)), Some(number)) = (res.title, number) else { return };
    let title = &text[start..end];
    let is_page = |t: &str| (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    // The last words' starts, from the end.
    let mut rest = title;
    for _ in 0..HEADER_WORDS_AT_END {
        let Some(space) = rest.trim_end().rfind(char::is_whitespace) else { return };
        let at = space + rest[space..].chars().next().map_or(1, char::len_utf8);
        rest = &title[..space];
        let Some(after) = after_own_header(w, &title[at..], number).map(str::trim) else {
            continue;
        };
        if !(after.is_empty() || is_page(after)) {
            continue;
        }
        let before = title[..at].trim_end();
        let page = before.rsplit(char::is_whitespace).next().unwrap_or_default();
        let before = if after.is_empty() && is_page(page) {
            before[..before.len() - page.len()].trim_end()
        } else {
            before
        };
        if before.contains(char::is_alphabetic) {
            res.title = Some((start, start + before.len()));
        }
        return;
    }
}

/// The title `(start, end)` of `text` without a cover's field label at its start (`Expected
/// results: Role of ITU ...`), as a copy onto one line runs the last field's label on into the
/// title under it; for a title [`bounded_title`] cut out of a longer run (a title of its own
/// may hold a colon).
pub(crate) fn after_field_label(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let title = &text[start..end];
    let Some(colon) = title.find(": ") else { return (start, end) };
    let rest = title[colon + 1..].trim_start();
    if is_field_label(&title[..=colon])
        && rest.starts_with(char::is_uppercase)
        && rest.contains(char::is_lowercase)
    {
        (end - rest.len(), end)
    } else {
        (start, end)
    }
}

/// Takes a note in square brackets off the end of the title: a proposer's name, as a
/// contribution marks whose text follows (`... of the Union [Arab States1]`).
fn without_bracketed_note(text: &str, res: &mut Top<'_>) {
    let Some((start, end)) = res.title else { return };
    let title = &text[start..end];
    let Some(inside) = title.strip_suffix(']') else { return };
    let Some(open) = inside.rfind('[') else { return };
    let kept = title[..open].trim_end();
    if kept.len() < open && kept.contains(char::is_alphabetic) {
        res.title = Some((start, start + kept.len()));
    }
}

/// The most digits of a footnote's number.
const MAX_MARK_DIGITS: usize = 2;

/// Takes a footnote's mark off the end of the title, as a copy keeps a raised mark: stars
/// (`names*`, `names*, **`), or a number after a closing parenthesis, glued or after a space
/// (`(IMT-2000)1`, `(IMT-2000) 1`). A number after a word may be the title's own (`Question
/// 1`) and stays.
fn without_end_mark(region: &str, res: &mut Top<'_>) {
    let Some((start, end)) = res.title else { return };
    let title = &region[start..end];
    let unstarred = title.trim_end_matches(['*', ',', ' ']);
    let kept = if title[unstarred.len()..].contains('*') { unstarred } else { title };
    let digits = kept.trim_end_matches(|c: char| c.is_ascii_digit());
    let marks = kept.len() - digits.len();
    let kept = if (1..=MAX_MARK_DIGITS).contains(&marks) && digits.trim_end().ends_with(')') {
        digits.trim_end()
    } else {
        kept
    };
    if kept.len() < title.len() && kept.contains(char::is_alphabetic) {
        res.title = Some((start, start + kept.len()));
    }
}

/// Takes a footnote's number in parentheses off the end of the title (`... of the 7 MHz band
/// (1)`), where a line of the document's text opens with it: the footnote.
fn without_footnote_mark(region: &str, res: &mut Top<'_>) {
    without_end_mark(region, res);
    let Some((start, end)) = res.title else { return };
    let title = &region[start..end];
    let Some(inside) = title.strip_suffix(')') else { return };
    let Some(open) = inside.rfind('(') else { return };
    let mark = &inside[open + 1..];
    let kept = title[..open].trim_end();
    if !(1..=2).contains(&mark.len())
        || !mark.bytes().all(|b| b.is_ascii_digit())
        || kept.len() == open
        || !kept.contains(char::is_alphabetic)
    {
        return;
    }
    let footnote = format!("({mark})");
    let below = &region[end..];
    let has_footnote = below
        .match_indices(footnote.as_str())
        .any(|(i, _)| below[..i].trim_end_matches([' ', '\t']).ends_with(['\n', '\r']));
    if has_footnote {
        res.title = Some((start, start + kept.len()));
    }
}

/// `Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012`, `Rev. Dubai, 2012` or
/// `1993-1995-2012`: the conferences that adopted and revised a text.
pub(crate) fn is_history(text: &str) -> bool {
    let is_year = |t: &str| {
        t.len() == 4
            && t.bytes().all(|b| b.is_ascii_digit())
            && (t.starts_with("19") || t.starts_with("20"))
    };
    if text.split(crate::pieces::is_hyphen).all(|y| is_year(y.trim())) {
        return true;
    }
    // A comma after a year where a semicolon belongs (`Dubai, 2012, Hammamet, 2016`) ends an
    // item too, and so does a year a place follows with no space (struck and inserted editions
    // run together, `Dubai, 2012Hammamet, 2016`).
    let mut items = Vec::new();
    for item in text.split(';').flat_map(|item| {
        let glued = item
            .as_bytes()
            .windows(5)
            .position(|w| w[..4].iter().all(u8::is_ascii_digit) && w[4].is_ascii_uppercase());
        match glued {
            Some(at) => [&item[..at + 4], &item[at + 4..]].into_iter().take(2),
            None => [item, ""].into_iter().take(1),
        }
    }) {
        let mut from = 0;
        for (at, _) in item.match_indices(',') {
            if at >= from + 4 && is_year(item[..at].trim_end().rsplit(' ').next().unwrap_or("")) {
                items.push(&item[from..at]);
                from = at + 1;
            }
        }
        items.push(&item[from..]);
    }
    items.into_iter().all(|item| {
        let item = item.trim();
        let Some((place, year)) = item.rsplit_once([' ', ',']) else { return false };
        let place = place.trim_end_matches([',', ' ']);
        is_year(year.trim())
            && place.starts_with(char::is_uppercase)
            && place.split_whitespace().count() <= 4
            && !place.contains(|c: char| c.is_ascii_digit())
    })
}

/// Whether the line `start..end` is page furniture: a running header such as `Resolution 64`
/// right after a page break (a form feed, or a page-number line such as `- 37 -`).
pub(crate) fn is_after_page_break(w: &Words, text: &str, line_start: usize) -> bool {
    let before = &text[..line_start];
    if before.ends_with('\u{c}') || text[line_start..].starts_with('\u{c}') {
        return true;
    }
    let before = before.trim_end_matches(|c: char| c.is_whitespace());
    let previous = before.rsplit(['\n', '\r']).next().unwrap_or("");
    // The number of a text's first page, on its first line: no page came before.
    let first_line = previous.len() == before.len();
    let previous = previous.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    (is_page_number(w, previous) && !first_line) || previous.starts_with('\u{c}')
}

/// `- 37 -`, `37`, `Page 37`, `iii`: a number, after one of the vocabulary's page words or not.
pub(crate) fn is_page_number(w: &Words, line: &str) -> bool {
    let inner = line.trim_matches(|c: char| {
        c == '-' || c == '\u{2013}' || c == '\u{2014}' || c.is_whitespace()
    });
    // Every line is asked: most end with something no page number ends with, or are too long
    // to be one, and are told so before the page words are tried.
    let ends_like_number = inner
        .bytes()
        .last()
        .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'i' | b'v' | b'x' | b'l'));
    // The longest: a page word, six characters of number, a count word and a count of pages of
    // up to four digits.
    if !ends_like_number || inner.len() > 6 + w.longest_page_word + w.longest_page_count_word + 4 {
        return false;
    }
    let inner =
        match w.page_words.iter().find_map(|page| {
            crate::pieces::phrase(inner, page).ok().map(|(rest, _)| rest.trim_start())
        }) {
            // After a page word, the count of pages may follow (`Page 2 of 3`, `Page 2/3`).
            Some(rest) => without_page_count(w, rest),
            None if inner.len() > 6 + w.longest_page_word => return false,
            None => inner,
        };
    !inner.is_empty()
        && inner.len() <= 6
        && (inner.bytes().all(|b| b.is_ascii_digit())
            || inner.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'l')))
}

/// The page's number of `rest`, the words after a page word, without the count of pages after
/// it (`2 of 3`, `2 sur 3`, `2/3`: `2`); `rest` itself where no count follows.
fn without_page_count<'a>(w: &Words, rest: &'a str) -> &'a str {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (number, after) = rest.split_at(digits);
    let after = after.trim_start();
    let count = after.strip_prefix('/').or_else(|| {
        w.page_count_words.iter().find_map(|word| {
            crate::pieces::phrase(after, word)
                .ok()
                .map(|(count, _)| count)
                .filter(|count| count.starts_with(' '))
        })
    });
    match count.map(str::trim_start) {
        Some(count)
            if digits > 0
                && (1..=4).contains(&count.len())
                && count.bytes().all(|b| b.is_ascii_digit()) =>
        {
            number
        }
        _ => rest,
    }
}

/// Whether a line is a table-of-contents entry: it ends with a page number after dot leaders or
/// a wide gap (`Resolution 2 (Rev. Dubai, 2018)  World ... forum ........ 12`).
pub(crate) fn is_contents_line(line: &str) -> bool {
    let line = line.trim_end();
    let digits = line.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return false;
    }
    let before = &line[..line.len() - digits];
    before.trim_end().ends_with("..")
        || (before.ends_with("  ") && wider_than_other_gaps(before))
        || before.ends_with('\t')
        || before.ends_with('\u{2026}')
}

/// Whether the spaces ending `before` are more than any run of spaces between its words: a
/// page number's column, not one more gap of a text extracted with two spaces between every
/// word (`RESOLUTION  ITU-R  55`).
fn wider_than_other_gaps(before: &str) -> bool {
    let words = before.trim_end_matches(' ');
    let gap = before.len() - words.len();
    let mut widest = 0;
    let mut run = 0;
    for b in words.bytes() {
        run = if b == b' ' { run + 1 } else { 0 };
        widest = widest.max(run);
    }
    gap > widest
}

/// Where the lines opening with a compilation's heading (`R 1187 (C-2001)`, no citation word in
/// it) start.
fn compiled_heading_lines(w: &Words, text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut res = Vec::new();
    for line_start in std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)) {
        let from = line_start
            + bytes[line_start..]
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
                .count();
        // Most lines open with no such letter and a space after it.
        let opens = |a: &String| {
            bytes[from..].starts_with(a.as_bytes())
                && matches!(bytes.get(from + a.len()), Some(b' ' | b'\t'))
        };
        if !w.heading_abbreviation_words.iter().any(opens) {
            continue;
        }
        let end = memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |i| from + i);
        if heading::compiled_heading(w, &text[from..end]).is_ok() {
            res.push(from);
        }
    }
    res
}

/// The longest line read as a list's or a contents page's entry: a heading and a title.
const MAX_ENTRY_LINE: usize = 200;

/// Headings, each with whether it is confirmed, and the lines of entries that open no resolution.
type Candidates<'a> = (Vec<(Heading<'a>, bool)>, Vec<(usize, usize)>);

/// The headings found while splitting, and whether each is confirmed by what follows it; and the
/// lines of entries that look like headings but open no resolution (see below). Only lines
/// holding a citation word (`citation_words`, in order) are looked at.
fn heading_candidates<'a>(
    w: &Words,
    index: &LineIndex,
    text: &'a str,
    citation_words: &[usize],
) -> Candidates<'a> {
    let mut res = Vec::new();
    let mut entries = Vec::new();
    // Where the lines already looked at end: the next citation words there are passed over.
    let mut looked_to = 0;
    for &at in citation_words {
        if at < looked_to {
            continue;
        }
        let (line_start, line_end) = index.line_at(text, at);
        looked_to = line_end.max(at + 1);
        let (start, end) = trim(text, (line_start, line_end));
        if start >= end {
            continue;
        }
        let line = &text[start..end];
        let line_without_feed = line.trim_start_matches('\u{c}');
        let offset = start + (line.len() - line_without_feed.len());
        // A heading starts with a label or the citation word: this line's first citation word
        // stands in its first 32 bytes, after a draft's action and proposal numbers if any
        // (spaced wide where a copy turned their tabs into spaces), or ends the text's first
        // line after the issuing clause (a page's title, see `clause_title_heading`).
        let first_line = offset == text.len() - text.trim_start().len();
        if line_without_feed.len() > 400
            || at < offset
            || (at - offset >= 32
                && !first_line
                && !(line_without_feed.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
                    && (at - offset)
                        .saturating_sub(crate::heading::draft_prefix_len(w, line_without_feed))
                        < 32))
        {
            continue;
        }
        let Some(heading) = heading_at(w, index, text, offset, end) else { continue };
        // A contents entry whose title, on the next line, ends with dot leaders and a page
        // number (as a copy onto one line gives it back, its heading broken off): no heading.
        if heading.title.is_none() && next_line_is_contents(index, text, end) {
            continue;
        }
        let heading = with_action_lines(w, index, text, heading);
        let confirmed = follows_with_clause(w, index, text, end);
        // A title after a space, no dash: a wrapped contents entry looks the same. With its
        // citation word and edition in capitals, on a short line of its own, it is such an entry
        // (or a list's), no citation; so is one with its edition under a contents title.
        if heading.spaced_title && !confirmed {
            let head_end = heading.title.map_or(heading.end, |(s, _)| s);
            if heading.edition.is_some()
                && ((end - start <= MAX_ENTRY_LINE
                    && !text[heading.start..head_end].contains(char::is_lowercase))
                    || under_contents_title(w, index, text, &heading, res.last().map(|(h, _)| h)))
            {
                entries.push((start, end));
            }
            continue;
        }
        // A resolution cut short may end with its issuing clause, but an unconfirmed citation on
        // the line under one is the preamble's first item, its clause word lost (`The Council,`
        // / `Resolution 73 of the Plenipotentiary Conference (Minneapolis, 1998)`).
        if !confirmed && under_issuing_clause(w, index, text, start) {
            continue;
        }
        let upper = line_without_feed.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        // A bare `Resolution 64` after a page break is a running header, unless what follows
        // confirms it opens a resolution.
        if !confirmed && is_after_page_break(w, text, start) && heading.edition.is_none() {
            continue;
        }
        res.push((heading, confirmed || upper));
    }
    (res, entries)
}

/// Whether the first non-blank line after the one ending at `end` is a contents entry's end:
/// words, dot leaders and a page number (`events ........ 9`).
fn next_line_is_contents(index: &LineIndex, text: &str, end: usize) -> bool {
    index
        .lines(text, end, text.len())
        .skip(1)
        .map(|range| trim(text, range))
        .find(|&(s, e)| s < e)
        .is_some_and(|(s, e)| {
            let line = &text[s..e];
            is_contents_line(line) && (line.contains("...") || line.contains('\u{2026}'))
        })
}

/// Whether the line starting at `line_start` comes right under an issuing clause on a line of
/// its own (`The Council,`), at most one blank line between.
fn under_issuing_clause(w: &Words, index: &LineIndex, text: &str, line_start: usize) -> bool {
    let before = text[..line_start].trim_end();
    if !before.ends_with(',') || text[before.len()..line_start].matches('\n').count() > 2 {
        return false;
    }
    let (s, e) = trim(text, index.line_at(text, before.len() - 1));
    issuing_clause(w, &text[s..e], s).is_some()
}

/// The heading with the action lines right above it (`MOD\tEUR/44A7/1`, or `MOD` over
/// `EUR/XX/1`) added to its draft mark.
fn with_action_lines<'a>(
    w: &Words,
    index: &LineIndex,
    text: &'a str,
    mut heading: Heading<'a>,
) -> Heading<'a> {
    let mut mark = heading.draft.unwrap_or_default();
    if mark.action.is_some() {
        return heading;
    }
    // The non-blank line above `at`, with at most two blank lines between, as an action line.
    let line_above = |at: usize| {
        let before = &text[..at];
        let content_end = before.trim_end_matches(|c: char| c.is_whitespace()).len();
        if content_end == 0 || before[content_end..].matches('\n').count() > 3 {
            return None;
        }
        let (start, end) = trim(text, index.line_at(text, content_end - 1));
        let line = crate::heading::action_line(w, &text[start..end])?;
        let shift = |(s, e): (usize, usize)| (start + s, start + e);
        Some((start, line.action.map(shift), line.proposal.map(shift)))
    };
    match line_above(heading.start) {
        Some((_, Some(action), proposal)) => {
            mark.action = Some(action);
            mark.proposal = mark.proposal.or(proposal);
        }
        // A proposal number alone counts under an action alone (`MOD` over `EUR/XX/1`), not
        // elsewhere (a document number above a heading).
        Some((start, None, Some(proposal))) if mark.proposal.is_none() => {
            if let Some((_, Some(action), None)) = line_above(start) {
                mark.action = Some(action);
                mark.proposal = Some(proposal);
            }
        }
        _ => {}
    }
    if mark != DraftMark::default() {
        heading.draft = Some(mark);
    }
    heading
}

/// How many non-blank lines under a draft's action line its issuing clause is looked for, when
/// the draft has no heading (the title between, wrapped or not).
const MAX_LINES_ACTION_TO_CLAUSE: usize = 6;

/// Without a heading, a draft's action line with its proposal number (`ADD EUR/10A25/2`) that
/// has an issuing clause a few lines under it, no other action line between: the first in
/// `start..end`. Gives its mark (byte ranges in the text) and where the line after it starts.
pub(crate) fn action_before_clause(
    w: &Words,
    index: &LineIndex,
    text: &str,
    start: usize,
    end: usize,
) -> Option<(DraftMark, usize)> {
    let bytes = text.as_bytes();
    let action_at = |s: usize, e: usize| {
        bytes[s].is_ascii_uppercase().then(|| heading::action_line(w, &text[s..e])).flatten()
    };
    for &at in index.starts_in(start, end) {
        let (s, e) = trim(text, index.line_at(text, at));
        if s >= e {
            continue;
        }
        let Some(line) = action_at(s, e) else { continue };
        let (Some(action), Some(proposal)) = (line.action, line.proposal) else { continue };
        let next = index.lines(text, e, end).nth(1).map_or(end, |(n, _)| n);
        let below = index.lines(text, next, end).map(|r| trim(text, r)).filter(|&(a, b)| a < b);
        for (ls, le) in below.take(MAX_LINES_ACTION_TO_CLAUSE) {
            if clause_at(w, index, text, ls, le).is_some() {
                let shift = |(a, b): (usize, usize)| (s + a, s + b);
                let mark = DraftMark {
                    action: Some(shift(action)),
                    proposal: Some(shift(proposal)),
                    ..DraftMark::default()
                };
                return Some((mark, next));
            }
            if action_at(ls, le).is_some() {
                break;
            }
        }
    }
    None
}

/// Where a heading's document starts: at the heading, or at the action lines above it.
pub(crate) fn heading_top(heading: &Heading<'_>) -> usize {
    heading
        .draft
        .and_then(|d| d.action.into_iter().chain(d.proposal).map(|(s, _)| s).min())
        .map_or(heading.start, |s| s.min(heading.start))
}

/// A line at the top of a text naming the resolution it proposes to revise: `Revision of WTDC
/// Resolution 9`, `DRAFT Revision to WTDC Resolution 37 - Bridging the digital divide`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RevisionTitle<'a> {
    /// Byte range of the citation in the text.
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) number: isc_model::ResolutionNumber,
    pub(crate) body: Option<isc_model::Body>,
    pub(crate) edition: Option<EditionOutcome<'a>>,
    /// The title after a dash (`- Bridging the digital divide`), wrapped over lines or not.
    pub(crate) title: Option<(usize, usize)>,
}

/// How far into a text a revision title is looked for.
const REVISION_TITLE_REACH: usize = 4096;

/// A revision title opening `line` and naming one resolution, draft words before it or not
/// (`DRAFT Revision to WTDC Resolution 17`), a cover page's field name before them or not
/// (`Title:`): the text from the citation word on, the label before it (`WTDC`), what follows
/// the citation, and the citation.
pub(crate) fn revision_title_at<'a>(
    w: &Words,
    line: &'a str,
) -> Option<(&'a str, Option<isc_model::Body>, &'a str, crate::citation::RawCitation<'a>)> {
    let line = cover_field_value(line).unwrap_or(line);
    let line = w.draft_words.one_of(line).map_or(line, |(rest, ())| rest.trim_start());
    let (rest, ()) = w.revision_titles.one_of(line).ok()?;
    let (rest, _) = crate::pieces::sp1(rest).ok()?;
    let (rest, label) = crate::heading::heading_label(w, rest).ok()?;
    let (after, raw) = crate::citation::citation(w, rest).ok()?;
    (raw.items.len() == 1).then_some((rest, label, after, raw))
}

/// What follows a cover page's field name at the start of `line` (`Title:\tDRAFT Revision to
/// ...`, `Titre : ...`): one word opening in capitals, a colon, and spaces.
fn cover_field_value(line: &str) -> Option<&str> {
    let len = line.find(|c: char| !c.is_alphabetic()).unwrap_or(line.len());
    if len == 0 || len > 12 || !line.starts_with(char::is_uppercase) {
        return None;
    }
    let rest = line[len..].trim_start_matches([' ', '\u{a0}']).strip_prefix(':')?;
    let value = rest.trim_start_matches(crate::pieces::is_space);
    (value.len() < rest.len()).then_some(value)
}

/// The first revision title before `limit`, among the lines holding a citation word.
fn revision_title<'a>(
    w: &Words,
    index: &LineIndex,
    text: &'a str,
    citation_words: &[usize],
    limit: usize,
) -> Option<RevisionTitle<'a>> {
    let limit = limit.min(REVISION_TITLE_REACH);
    let mut looked_to = 0;
    for &at in citation_words.iter().take_while(|&&at| at < limit) {
        if at < looked_to {
            continue;
        }
        let (start, end) = trim(text, index.line_at(text, at));
        looked_to = end.max(at + 1);
        let Some((rest, label, after, raw)) = revision_title_at(w, &text[start..end]) else {
            continue;
        };
        let item = raw.items[0];
        let cite_start = end - rest.len();
        let body = label.or(item.prefix).or(match raw.attribution {
            Some(crate::vocabulary::BodyHint::Known(body)) => Some(body),
            _ => None,
        });
        let dash_title = after
            .trim_start_matches(crate::pieces::is_space)
            .strip_prefix(['-', '\u{2013}', '\u{2014}', ':'])
            .map(|t| t.trim_start_matches(crate::pieces::is_space))
            .filter(|t| t.starts_with(char::is_alphabetic))
            .map(|t| goes_on(w, text, (end - t.len(), end)));
        return Some(RevisionTitle {
            start: cite_start,
            end: end - after.len(),
            number: item.number,
            body,
            edition: item.edition,
            title: dash_title,
        });
    }
    None
}

/// Whether a line from `from` to `to` is an issuing clause or opens a clause.
fn holds_clause(w: &Words, index: &LineIndex, text: &str, from: usize, to: usize) -> bool {
    index.lines(text, from, to).map(|range| trim(text, range)).any(|(start, end)| {
        start < end
            && (is_clause_word(w, &text[start..end])
                || clause_at(w, index, text, start, end).is_some())
    })
}

/// Whether an issuing clause or year chain follows within the next few lines.
fn follows_with_clause(w: &Words, index: &LineIndex, text: &str, from: usize) -> bool {
    follows_with_clause_before(w, index, text, from, text.len())
}

/// [`follows_with_clause`] in the lines that start before `to`.
fn follows_with_clause_before(
    w: &Words,
    index: &LineIndex,
    text: &str,
    from: usize,
    to: usize,
) -> bool {
    let lines =
        index.lines(text, from, to).skip(1).map(|range| trim(text, range)).filter(|&(s, e)| s < e);
    for (start, end) in lines.take(MAX_LINES_TO_CLAUSE) {
        let line = &text[start..end];
        if clause_at(w, index, text, start, end).is_some()
            || year_chain(w, line).is_some()
            || clause_ending_line(w, text, start, end).is_some()
        {
            return true;
        }
        if is_clause_word(w, line) || heading::heading(w, line, start).is_some() {
            return false;
        }
    }
    false
}

/// How many lines above an entry of a table of contents its title is looked for.
const MAX_CONTENTS_LINES_ABOVE: usize = 60;

/// Whether the candidate stands in a table of contents: a line holding only a contents title
/// (`TABLE OF CONTENTS`, `Table des matières`) stands in the lines above it, after the heading
/// read before it.
fn under_contents_title(
    w: &Words,
    index: &LineIndex,
    text: &str,
    heading: &Heading<'_>,
    previous: Option<&Heading<'_>>,
) -> bool {
    let floor = previous.map_or(0, |h| h.end);
    let mut at = index.line_at(text, heading.start).0;
    for _ in 0..MAX_CONTENTS_LINES_ABOVE {
        if at <= floor {
            return false;
        }
        let (start, end) = index.line_at(text, at - 1);
        let line = text[start..end].trim();
        // A contents title is short: longer lines are not folded.
        if line.len() <= 32 && w.contents_titles.contains(&crate::vocabulary::folded(line)) {
            return true;
        }
        at = start;
    }
    false
}

/// A text split into documents.
#[derive(Debug, Clone)]
pub(crate) struct Split<'a> {
    /// The text's bytes classified, citation words included.
    pub(crate) classes: crate::bytes::TextClasses,
    /// Where the text's lines start.
    pub(crate) lines: isc_model::LineIndex,
    /// Each document's byte range and heading.
    pub(crate) documents: Vec<(usize, usize, Option<Heading<'a>>)>,
    /// Running titles (`WTDC Resolution 47` above `WTDC RESOLUTION 47 (Rev. Hyderabad, 2010)`):
    /// neither headings nor citations.
    pub(crate) running_titles: Vec<(usize, usize)>,
    /// A line at the top naming the resolution the first document proposes to revise.
    pub(crate) revision_title: Option<RevisionTitle<'a>>,
    /// The headings of a conference's other instruments that end a document (`DECISION 5
    /// (REV. DUBAI, 2018)`, `DECLARATIONS AND RESERVATIONS`): line ranges, in source order.
    pub(crate) instruments: Vec<(usize, usize)>,
    /// Lists of resolutions by heading and title alone, which end a document too: each one's
    /// first line, in source order.
    pub(crate) lists: Vec<(usize, usize)>,
    /// The one resolution the text's short running headers name (`RES647`), which a first
    /// document without heading belongs to; set by the parser, which reads them in the text as
    /// written.
    pub(crate) page_header: Option<u32>,
}

/// `split_classified` with the text's bytes classified here.
#[cfg(test)]
pub(crate) fn split<'a>(w: &Words, text: &'a str) -> Split<'a> {
    split_classified(w, text, crate::bytes::TextClasses::with_words(w, text))
}

/// Splits a text, its bytes classified as `classes`, into documents at each resolution heading.
/// A text without a heading is one document; text before the first heading (a cover page, a
/// table of contents) belongs to the first document.
pub(crate) fn split_classified<'a>(
    w: &Words,
    text: &'a str,
    classes: crate::bytes::TextClasses,
) -> Split<'a> {
    let lines = LineIndex::new(text);
    let compiled = compiled_heading_lines(w, text);
    let (mut candidates, entries) = if compiled.is_empty() {
        heading_candidates(w, &lines, text, &classes.citation_words)
    } else {
        let mut starts = [classes.citation_words.as_slice(), &compiled].concat();
        starts.sort_unstable();
        heading_candidates(w, &lines, text, &starts)
    };
    // Counts at most `limit` lines: near the top is all the question, and counting every line
    // before each of many candidates would be quadratic.
    let non_blank_before = |pos: usize, limit: usize| {
        lines
            .lines(text, 0, text.len())
            .map(|r| trim(text, r))
            .take_while(|&(_, e)| e <= pos)
            .filter(|&(s, e)| s < e)
            .take(limit)
            .count()
    };
    // The non-blank lines between two candidates, up to four.
    let lines_between = |from: usize, to: usize| {
        lines
            .lines(text, from, to)
            .skip(1)
            .filter(|&r| {
                let (s, e) = trim(text, r);
                s < e
            })
            .take(4)
            .count()
    };
    let mut running_titles = entries;
    let mut headings: Vec<Heading<'_>> = Vec::new();
    let same_resolution = |a: &Heading<'_>, b: &Heading<'_>| {
        a.number.is_some() && a.number == b.number && a.body.zip(b.body).is_none_or(|(x, y)| x == y)
    };
    let mut i = 0;
    while i < candidates.len() {
        let (heading, confirmed) = candidates[i];
        // The first heading near the top opens the document even without an issuing clause
        // (excerpts are often cut short).
        let near_top = |h: &Heading<'_>, extra: usize| {
            let limit = MAX_LINES_BEFORE_HEADING + extra;
            headings.is_empty() && non_blank_before(h.start, limit) < limit
        };
        // An entry of a table of contents without page numbers, under the table's title, is
        // neither a heading nor a citation, however far down the table; so is one confirmed
        // only by its capitals.
        let (line_start, line_end) = lines.line_at(text, heading.start);
        let upper = || {
            text[line_start..line_end].chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        };
        if (!confirmed || upper())
            && under_contents_title(w, &lines, text, &heading, headings.last())
            && !follows_with_clause(w, &lines, text, line_end)
        {
            running_titles.push((heading.start, heading.title.map_or(heading.end, |(_, e)| e)));
            i += 1;
            continue;
        }
        // A cover's heading with the title after a dash (`Resolution 17 – Telecommunication
        // ...`) stands under more lines of the cover, wrapped at its narrow width.
        let cover_lines =
            if heading.title.is_some() && !heading.spaced_title { MORE_COVER_LINES } else { 0 };
        if !(confirmed || near_top(&heading, cover_lines)) {
            i += 1;
            continue;
        }
        // An unconfirmed heading right before a heading of the same resolution is a running
        // title (`WTDC Resolution 47` above `WTDC RESOLUTION 47 (Rev. Hyderabad, 2010)`).
        // So is a cover's in capitals, with no edition and no issuing clause under it, above
        // the heading of the same resolution that one confirms, no preamble between them
        // (`RESOLUTION 17` / its title / a foreword / `RESOLUTION 17` / ... / the issuing clause).
        // So too a page's heading with the same edition, a site's lines under it (`RESOLUTION
        // 179 (REV. DUBAI, 2018)` / `Download` / `RESOLUTION 179 (REV. DUBAI, 2018)`).
        let cover = |next: &Heading<'_>| {
            (heading.edition.is_none() || heading.edition == next.edition)
                && !follows_with_clause(w, &lines, text, line_end)
                && follows_with_clause(w, &lines, text, next.end)
                && !holds_clause(w, &lines, text, line_end, next.start)
        };
        // A cover's heading further down than the top's lines (under a cover's many lines) still
        // goes with the page's title above it where the heading it stands for follows.
        let before_heading = |next: &Heading<'_>| {
            candidates.get(i + 2).is_some_and(|&(third, c)| c && same_resolution(next, &third))
        };
        if let Some(&(next, next_confirmed)) = candidates.get(i + 1)
            && same_resolution(&heading, &next)
            && (next_confirmed || near_top(&next, 4) || before_heading(&next))
            && (!confirmed || cover(&next))
        {
            let running = |h: &Heading<'_>| (h.start, h.title.map_or(h.end, |(_, e)| e));
            running_titles.push(running(&heading));
            // A page's title, then a running title, then the heading itself (`RESOLUTION 36
            // (Rev. Antalya, 2006)` / `Res. 36` / `RESOLUTION 36 (Rev. Antalya, 2006)`): both
            // are furniture.
            if !next_confirmed
                && let Some(&(third, true)) = candidates.get(i + 2)
                && same_resolution(&next, &third)
                && lines_between(next.end, third.start) <= 3
            {
                running_titles.push(running(&next));
                let page_title = third.page_title.or(next.title).or(heading.title);
                headings.push(Heading { page_title, ..third });
                i += 3;
                continue;
            }
            let merged = Heading { page_title: next.page_title.or(heading.title), ..next };
            // Where a heading of the same resolution comes after them, the pair stands for the
            // next heading, weighed again against that one: a page's title above a cover's
            // heading in capitals, then the heading itself further on (`ITU-T Resolution 17 –
            // Its title` / `RESOLUTION 17 – Its title` / a foreword / `RESOLUTION 17`).
            if candidates.get(i + 2).is_some_and(|(third, _)| same_resolution(&next, third)) {
                candidates[i + 1] = (merged, next_confirmed);
                i += 1;
            } else {
                headings.push(merged);
                i += 2;
            }
            continue;
        }
        // An unconfirmed heading a few lines above a confirmed one would open a document of
        // nothing: it is a page's title (`WTDC Resolution 47` above `DRAFT NEW RESOLUTION
        // [AFR-4]`), neither a heading nor a citation.
        if !confirmed
            && let Some(&(next, true)) = candidates.get(i + 1)
            && lines_between(heading.end, next.start) <= 3
        {
            running_titles.push((heading.start, heading.title.map_or(heading.end, |(_, e)| e)));
            i += 1;
            continue;
        }
        headings.push(heading);
        i += 1;
    }
    running_titles.sort_unstable();
    let lists = title_lists(w, &lines, text, &mut headings, &mut running_titles);
    suppressed(w, &lines, text, &mut headings, &mut running_titles);
    let mut documents = Vec::with_capacity(headings.len().max(1));
    if headings.is_empty() {
        documents.push((0, text.len(), None));
    }
    for (i, heading) in headings.iter().enumerate() {
        let start = if i == 0 { 0 } else { lines.line_at(text, heading_top(heading)).0 };
        let end =
            headings.get(i + 1).map_or(text.len(), |next| lines.line_at(text, heading_top(next)).0);
        documents.push((start, end, Some(*heading)));
    }
    // The end of a resolution whose heading is on an earlier page, at the top of a page copied
    // from a book: a clause word on a line of its own (`instructs the Secretary-General`) before
    // the first heading, and before any other instrument's heading or issuing clause (whose own
    // clauses they would be). It is a document of its own, without a heading, not the next
    // resolution's front matter.
    if let Some(first) = headings.first() {
        let top = lines.line_at(text, heading_top(first)).0;
        let tail = top > 0
            && lines
                .lines(text, 0, top)
                .map(|range| trim(text, range))
                .filter(|&(s, e)| s < e)
                .find_map(|(s, e)| {
                    if is_clause_word(w, &text[s..e]) {
                        Some(true)
                    } else {
                        (instrument_heading(w, &lines, text, s, e)
                            || clause_at(w, &lines, text, s, e).is_some())
                        .then_some(false)
                    }
                })
                .unwrap_or(false);
        if tail {
            documents[0].0 = top;
            documents.insert(0, (0, top, None));
        }
    }
    // A conference's other instrument after a resolution ends it: its text goes to the next
    // resolution, before its heading, or, after the last one, to none.
    let mut instruments = Vec::new();
    let bytes = text.as_bytes();
    for i in 0..documents.len() {
        let (start, end, heading) = documents[i];
        // A text with no resolution heading may open with the instrument's own (a decision
        // copied alone): its first line is read too.
        let from = heading.map_or(start, |h| h.title.map_or(h.end, |(_, e)| e).max(h.end) + 1);
        // Most lines open with a small letter, a digit or an item's marker: ruled out on their
        // first byte, before they are walked as lines.
        let found = lines
            .starts_in(from, end)
            .iter()
            .filter(|&&at| {
                let first = bytes[at..end].iter().find(|b| !matches!(b, b' ' | b'\t'));
                first.is_some_and(|&b| b.is_ascii_uppercase() || !b.is_ascii())
            })
            .map(|&at| trim(text, lines.line_at(text, at)))
            .find(|&(s, e)| s < e && instrument_heading(w, &lines, text, s, e));
        let Some((cut, line_end)) = found else {
            continue;
        };
        let cut = lines.line_at(text, cut).0;
        instruments.push((cut, line_end));
        documents[i].1 = cut;
        if let Some(next) = documents.get_mut(i + 1) {
            next.0 = cut;
        }
    }
    // A list ends the document it would run into: its text goes to the next resolution,
    // before its heading, or, after the last one, to none.
    for &(list_start, _) in &lists {
        let holds = |&(s, e, h): &(usize, usize, Option<Heading<'_>>)| {
            s < list_start && list_start < e && h.is_some_and(|h| h.start < list_start)
        };
        if let Some(i) = documents.iter().position(holds) {
            documents[i].1 = list_start;
            if let Some(next) = documents.get_mut(i + 1) {
                next.0 = list_start;
            }
        }
    }
    // A resolution's first words copied above its whole text and cut short (a document-sharing
    // page's summary, then its transcript): the same resolution, the copy its front matter.
    let mut i = 0;
    while i + 1 < documents.len() {
        let ((start, end, first), (_, next_end, second)) = (documents[i], documents[i + 1]);
        // The same number, or the same draft's label.
        let label = |h: &Heading<'_>| h.draft.and_then(|d| d.label).map(|(s, e)| &text[s..e]);
        let copies = first.zip(second).is_some_and(|(a, b)| {
            (a.number.is_some() && a.number == b.number
                || label(&a).is_some_and(|l| label(&b) == Some(l)))
                && a.body.zip(b.body).is_none_or(|(x, y)| x == y)
                && cut_short_copy(&text[start..end], &text[heading_top(&b)..next_end])
        });
        if copies {
            documents[i + 1].0 = start;
            documents.remove(i);
        } else {
            i += 1;
        }
    }
    let first_heading = headings.first().map_or(text.len(), |h| h.start);
    let revision_title = revision_title(w, &lines, text, &classes.citation_words, first_heading);
    // Study-group documents bound together (the Questions of a study group, a resolution's
    // annex of terms of reference) are documents of their own.
    let documents = crate::study::split(w, &lines, text, documents);
    Split {
        classes,
        lines,
        documents,
        running_titles,
        revision_title,
        instruments,
        lists,
        page_header: None,
    }
}

/// How many words of a resolution a copy cut short holds at least.
const MIN_COPIED_WORDS: usize = 20;
/// How many words a copy cut short may end with that are not the resolution's: its cut word, an
/// ellipsis, a page's own words (`Download`, `Transcript`, `Page 1`).
const MAX_WORDS_AFTER_COPY: usize = 12;
/// How many of the whole text's first words find where a copy of it starts.
const COPY_OPENING_WORDS: usize = 8;

/// Whether `copy` and `whole` (from its heading) are the same resolution, the first one cut
/// short: `copy` holds `whole`'s first eight words, and from there twenty or more of them in
/// order, and then either `copy` ends a few words later where `whole` goes on well past them (a
/// summary above the whole text), or `whole` runs out there (its last word possibly cut) where
/// `copy` goes on (both cut short, the page stored so). Words are runs of letters and digits,
/// compared without case or accents, so spacing and punctuation a copy changed do not count.
/// Two whole copies, word for word to their ends, are two documents.
fn cut_short_copy(copy: &str, whole: &str) -> bool {
    let copy = folded_words(copy, usize::MAX);
    // A long whole text is read only as far as the copy could follow it.
    let whole = folded_words(whole, copy.len() + MAX_WORDS_AFTER_COPY + 1);
    if whole.len() < COPY_OPENING_WORDS {
        return false;
    }
    let opening = &whole[..COPY_OPENING_WORDS];
    copy.windows(COPY_OPENING_WORDS).enumerate().filter(|(_, w)| w == &opening).any(|(at, _)| {
        let matched = copy[at..].iter().zip(&whole).take_while(|(a, b)| a == b).count();
        let copy_after = copy.len() - at - matched;
        let summary =
            copy_after <= MAX_WORDS_AFTER_COPY && whole.len() > matched + MAX_WORDS_AFTER_COPY;
        let whole_cut = whole.len() <= matched + 1 && copy_after > 1;
        matched >= MIN_COPIED_WORDS && (summary || whole_cut)
    })
}

/// Resolutions a proposal suppresses, each heading and title alone under its action line (`SUP`,
/// the vocabulary's `suppression_actions`), no issuing clause or clause word before the next
/// heading: no documents. Their headings go to `running_titles`, neither documents nor
/// citations.
fn suppressed(
    w: &Words,
    lines: &LineIndex,
    text: &str,
    headings: &mut Vec<Heading<'_>>,
    running_titles: &mut Vec<(usize, usize)>,
) {
    let is_suppression = |h: &Heading<'_>| {
        h.draft.and_then(|d| d.action).is_some_and(|(s, e)| {
            w.suppression_actions.one_of(&text[s..e]).is_ok_and(|(rest, ())| rest.trim().is_empty())
        })
    };
    if !headings.iter().any(is_suppression) {
        return;
    }
    let mut kept = Vec::with_capacity(headings.len());
    for (i, h) in headings.iter().enumerate() {
        let (_, line_end) = lines.line_at(text, h.end);
        let next =
            headings.get(i + 1).map_or(text.len(), |n| lines.line_at(text, heading_top(n)).0);
        if is_suppression(h) && line_end <= next && !holds_clause(w, lines, text, line_end, next) {
            running_titles.push((heading_top(h), line_end));
        } else {
            kept.push(*h);
        }
    }
    *headings = kept;
    running_titles.sort_unstable();
}

/// How many resolutions by heading and title alone in a row make a list.
const MIN_LIST_ENTRIES: usize = 2;
/// The most non-blank lines a title of a list's entry is written over.
const MAX_LIST_TITLE_LINES: usize = 3;
/// The most bytes from a list entry's heading line to the next heading (its title).
const MAX_LIST_ENTRY: usize = 400;

/// Lists of resolutions by heading and title alone, two or more in a row, no issuing clause
/// and no clause under any title (as the Final Acts list the resolutions a conference
/// abrogated): neither documents nor citations. Takes their headings out of `headings` into
/// `running_titles`, and gives each list's first line.
fn title_lists(
    w: &Words,
    lines: &LineIndex,
    text: &str,
    headings: &mut Vec<Heading<'_>>,
    running_titles: &mut Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let top = |h: &Heading<'_>| lines.line_at(text, heading_top(h)).0;
    // `last`: the text's last heading, right after another entry, may have a note under its
    // title, after the list: what follows it is no resolution's text when it holds no clause.
    let entry = |i: usize, last: bool| {
        let h = &headings[i];
        let (_, line_end) = lines.line_at(text, h.end);
        let next = headings.get(i + 1).map_or(text.len(), top);
        // Another instrument of the Final Acts opening right under the entry ends it. Its
        // heading opens in capitals: other lines are ruled out on their first byte.
        let next = lines
            .starts_in(line_end + 1, (line_end + MAX_LIST_ENTRY).min(next))
            .iter()
            .filter(|&&at| {
                text.as_bytes()[at..].first().is_some_and(|&b| {
                    b.is_ascii_uppercase() || b.is_ascii_whitespace() || !b.is_ascii()
                })
            })
            .map(|&at| trim(text, lines.line_at(text, at)))
            .find(|&(s, e)| s < e && instrument_heading(w, lines, text, s, e))
            .map_or(next, |(s, _)| lines.line_at(text, s).0);
        // A page number among the entries is furniture, no line of a title.
        let under = lines
            .lines(text, line_end, next)
            .skip(1)
            .map(|r| trim(text, r))
            .filter(|&(s, e)| s < e && !is_page_number(w, &text[s..e]));
        line_end <= next
            && (last
                || (next - line_end <= MAX_LIST_ENTRY
                    && under.take(MAX_LIST_TITLE_LINES + 1).count() <= MAX_LIST_TITLE_LINES))
            && !follows_with_clause_before(w, lines, text, line_end, next)
            && !holds_clause(w, lines, text, line_end, next)
    };
    let mut is_entry: Vec<bool> = (0..headings.len()).map(|i| entry(i, false)).collect();
    if let [.., before, final_entry] = is_entry.as_mut_slice()
        && *before
        && !*final_entry
    {
        *final_entry = entry(headings.len() - 1, true);
    }
    let mut lists = Vec::new();
    let mut kept = Vec::with_capacity(headings.len());
    let mut i = 0;
    while i < headings.len() {
        let run = is_entry[i..].iter().take_while(|&&e| e).count();
        if run >= MIN_LIST_ENTRIES {
            let first = &headings[i];
            lists.push((top(first), lines.line_at(text, first.end).1));
            for h in &headings[i..i + run] {
                running_titles.push((heading_top(h), lines.line_at(text, h.end).1));
            }
            i += run;
        } else {
            kept.push(headings[i]);
            i += 1;
        }
    }
    if !lists.is_empty() {
        *headings = kept;
        running_titles.sort_unstable();
    }
    lists
}

/// How many of a text's first non-blank lines are looked at for a conference document's cover.
const COVER_LINES: usize = 30;

/// How far into a long line (a cover run onto one line with what follows) its words are looked
/// at for a conference document's cover.
const COVER_REACH: usize = 800;

/// Whether `text` opens with a conference document's cover: two of its first lines open with
/// one of the vocabulary's `cover_fields`, as a field before a colon (`Source:`, `Original:
/// English`) or as a symbol before its number (`Document 41-E`, `Addendum 2 to`). On a line
/// longer than a cover's (a copy that lost its line breaks), every word of its start may.
pub(crate) fn opens_with_cover(w: &Words, text: &str) -> bool {
    let is_field = |at: &str| {
        w.cover_fields.one_of(at).is_ok_and(|(rest, ())| {
            let value = rest.trim_start_matches(crate::pieces::is_space);
            value.starts_with(':')
                || (value.len() < rest.len() && value.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    let mut found = 0;
    let lines = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}'))
        .filter(|l| !l.is_empty())
        .take(COVER_LINES);
    for line in lines {
        if line.len() <= COVER_REACH / 4 {
            found += usize::from(is_field(line));
        } else {
            let mut reach = COVER_REACH.min(line.len());
            while !line.is_char_boundary(reach) {
                reach -= 1;
            }
            let starts = std::iter::once(0)
                .chain(line[..reach].match_indices(char::is_whitespace).map(|(i, c)| i + c.len()));
            found += starts.filter(|&at| is_field(&line[at..])).count();
        }
        if found >= 2 {
            return true;
        }
    }
    false
}

/// Whether the line `start..end` heads another instrument of a conference's Final Acts: an
/// [`instrument_head`] alone on its line, in capitals or with an issuing clause a few lines
/// under it (`DECISION 5 (REV. DUBAI, 2018)`, `Recommendation 7 (Rev. Dubai, 2018)`), or one of
/// the vocabulary's `instrument_titles` alone on its line (`DECLARATIONS AND RESERVATIONS`).
fn instrument_heading(w: &Words, index: &LineIndex, text: &str, start: usize, end: usize) -> bool {
    let line = &text[start..end];
    if !line.starts_with(char::is_uppercase) {
        return false;
    }
    if w.instrument_titles.one_of(line).is_ok_and(|(rest, ())| rest.trim().is_empty()) {
        return true;
    }
    let head = annexed(w, line).unwrap_or(line);
    instrument_head(w, head).is_some_and(|(len, capitals)| {
        head[len..].trim().is_empty() && (capitals || follows_with_clause(w, index, text, end))
    })
}

/// What an annex's line is annexed to: `DECISION 5 (REV. DUBAI, 2018)` in `ANNEX 2 TO DECISION 5
/// (REV. DUBAI, 2018)`, after the annex word, its label and a link (the vocabulary's
/// `annex_words` and `annex_links`) and an article.
fn annexed<'a>(w: &Words, line: &'a str) -> Option<&'a str> {
    let (rest, ()) = w.annex_words.one_of(line).ok()?;
    let space = crate::pieces::is_space;
    // The next word and what follows it.
    let word = |at: &'a str| {
        let at = at.trim_start_matches(space);
        let end = at.find(space).unwrap_or(at.len());
        (&at[..end], &at[end..])
    };
    let linked = |at: &'a str| {
        let (link, after) = word(at);
        w.annex_links
            .contains(&crate::vocabulary::folded(link))
            .then(|| crate::citation::article(w, after.trim_start_matches(space)))
    };
    linked(rest).or_else(|| {
        let (label, after) = word(rest);
        let is_label = (1..=4).contains(&label.len()) && label.chars().all(char::is_alphanumeric);
        if is_label { linked(after) } else { None }
    })
}

/// A compilation's heading of another instrument at the start of `text`: a letter of the
/// vocabulary's `instrument_abbreviations`, a number and an edition naming its conference by
/// tag (`D 552 (C09)`, a Council decision). Gives its length.
fn compiled_instrument_head(w: &Words, text: &str) -> Option<usize> {
    let (rest, ()) = w.instrument_abbreviations.one_of(text).ok()?;
    let number = rest.trim_start_matches(crate::pieces::is_space);
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    if number.len() == rest.len() || !(1..=4).contains(&digits) {
        return None;
    }
    let spaced = number[digits..].trim_start_matches(crate::pieces::is_space);
    match edition(w, spaced) {
        Ok((tail, EditionOutcome::Read(read))) if read.tag.is_some() => {
            Some(text.len() - tail.len())
        }
        _ => None,
    }
}

/// An instrument's heading at the start of `text`: one of the vocabulary's `instrument_words`
/// and a number of up to four digits, with an edition or nothing after it (`DECISION 5 (REV.
/// DUBAI, 2018)`), or a compilation's (see [`compiled_instrument_head`], in capitals). Gives its
/// length and whether its word is in capitals.
pub(crate) fn instrument_head(w: &Words, text: &str) -> Option<(usize, bool)> {
    if let Some(len) = compiled_instrument_head(w, text) {
        return Some((len, true));
    }
    let (rest, ()) = w.instrument_words.one_of(text).ok()?;
    let capitals = !text[..text.len() - rest.len()].chars().any(char::is_lowercase);
    let number = rest.trim_start_matches(crate::pieces::is_space);
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    if number.len() == rest.len() || !(1..=4).contains(&digits) {
        return None;
    }
    let after = &number[digits..];
    if after.starts_with(|c: char| c.is_alphanumeric() || c == '/' || c == '.') {
        return None;
    }
    let spaced = after.trim_start_matches(crate::pieces::is_space);
    if !spaced.starts_with('(') {
        return Some((text.len() - after.len(), capitals));
    }
    let (tail, _) = edition(w, spaced).ok()?;
    Some((text.len() - tail.len(), capitals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contents_and_page_numbers() {
        assert!(is_contents_line(
            "Resolution 2 (Rev. Dubai, 2018)  World policy forum ........ 12"
        ));
        assert!(is_contents_line("Resolution 11 (Rev. Dubai, 2018)\tITU Telecom events\t15"));
        assert!(!is_contents_line("recalling Resolution 71 (Rev. Dubai, 2018)"));
        let w = Words::new(&crate::Vocabulary::shipped());
        assert!(is_page_number(&w, "- 37 -"));
        assert!(is_page_number(&w, "iii"));
        assert!(is_page_number(&w, "Page 37"));
        assert!(!is_page_number(&w, "resolves"));
    }

    #[test]
    fn splits_at_confirmed_headings_only() {
        let text = "CONTENTS\nResolution 2 (Rev. Dubai, 2018)  Forum ....... 3\n\n\u{c}RESOLUTION 2 (REV. DUBAI, 2018)\n\nForum\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\nresolves\n1\tto go on\n\n- 4 -\n\nResolution 2\n\n2\tto report\n\nRESOLUTION 11 (REV. DUBAI, 2018)\n\nTelecom events\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n";
        let w = Words::new(&crate::Vocabulary::shipped());
        let docs = split(&w, text).documents;
        let numbers: Vec<u32> = docs.iter().map(|d| d.2.unwrap().number.unwrap().base).collect();
        assert_eq!(numbers, [2, 11]);
        assert_eq!(docs[0].0, 0);
        assert!(text[docs[1].0..].starts_with("RESOLUTION 11"));
    }

    #[test]
    fn top_block() {
        let text = "RESOLUTION ITU-R 6-2\n\nLiaison and collaboration with the\nITU Telecommunication Standardization Sector\n(2000-2015)\nThe ITU Radiocommunication Assembly,\n\nconsidering\n";
        let w = Words::new(&crate::Vocabulary::shipped());
        let docs = split(&w, text).documents;
        assert_eq!(docs.len(), 1);
        let top = top(&w, &LineIndex::new(text), text, docs[0].2, 0, text.len());
        assert!(top.heading.is_some());
        assert!(top.chain.is_some());
        assert_eq!(top.clause.map(|c| c.body), Some(isc_model::Body::Ra));
        let (s, e) = top.title.unwrap();
        assert_eq!(
            &text[s..e],
            "Liaison and collaboration with the\nITU Telecommunication Standardization Sector"
        );
    }
}
