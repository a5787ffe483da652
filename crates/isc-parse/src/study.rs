//! Study-group work: mentions of Questions, Working Parties and study groups, and the top and
//! anatomy of a study document (the terms of reference of a Question, the scope of a Working
//! Party).
//!
//! The grammar of a mention (words from the vocabulary's study lists; `sp` is whitespace with
//! at most one line break; digits may be glued to a word's acronym, `Q7/2`, `SG17`, `WP5D`):
//!
//! ```text
//! mention      := [marker sp] items [sp attribution]
//! items        := question_word sp question
//!               | question_plural sp question (list_sep question)*
//!               | party_word sp party | party_plural sp party (list_sep party)*
//!               | group_word sp group | group_plural sp group (list_sep group)*
//! question     := ["ITU-R" sp] number ["-" revision] "/" group_number     5/2, ITU-R 229-4/5
//! party        := digit letter                                          5D (ITU-R)
//!               | number "/" group_number                               1/17 (ITU-T)
//! group        := group_number                                          17
//! list_sep     := sp [note] sp ("," | ";" | conjunction) sp             Questions 5/1 (rural) and 4/1
//! attribution  := "(" marker ")" | link sp [article sp] (marker | sector_name)   of ITU-D, de l'UIT-D
//! ```
//!
//! The Sector of a mention comes from, in order: its marker or attribution, its shape (`Question
//! ITU-R`, a lettered Working Party is ITU-R's, a numbered one ITU-T's), a study group of the same
//! number with a known Sector earlier in its sentence, the attribution of the next item it is
//! coordinated with (`Question 1/1 and Question 5/1 of ITU-D`), the one Sector named shortly before
//! it in its sentence (`the Telecommunication Development Sector under Question 1/1`), and the
//! document's own Sector (a
//! bare Question is never ITU-R's: ITU-R numbers its Questions `Question ITU-R`). Otherwise it is
//! unknown, never guessed.
//!
//! A study document opens (after at most a few lines of front matter) with a heading line naming
//! one Question or Working Party, alone or followed by a dash and the title (`QUESTION 1/1`,
//! `Question 4/17 – Cybersecurity`, `WORKING PARTY 5D`, `QUESTION ITU-R 239/1`). The lines after
//! it, up to its first section or clause, give the title, the Sector (a marker or a Sector's
//! name), the study period (`study period 2022-2025`) and what it continues (`(Continuation of
//! Question 4/17)`). Its sections (`1 Statement of the situation or problem`, `Scope`,
//! `Related Resolutions and Questions`) open parts as the vocabulary's `study_sections` say; an
//! ITU-R Question's clauses (`considering`, `decides`) open parts as a resolution's do.

use isc_model::WorkingPartyUnit;
use isc_model::{
    BodySource, Diagnostic, LineIndex, PartKind, Sector, Span, StudyKind, StudyPeriod,
};

use crate::TextRef;
use crate::identity::trim;
use crate::pieces::{PResult, digits, fail, is_hyphen, is_space, sp};
use crate::structure::Part;
use crate::vocabulary::{StudyWord, Words};

/// A mention of study-group work in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct StudyMention<'a> {
    /// The phrase (a list's phrase is shared by its items).
    pub text: TextRef<'a>,
    /// The item, without its Sector.
    pub item: StudyKind,
    /// Its Sector, when anything tells it.
    pub sector: Option<Sector>,
    /// What told the Sector.
    pub sector_source: Option<BodySource>,
    /// The part of the document it sits in.
    pub part: PartKind,
}

/// What a study document says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StudyHeading<'a> {
    /// The heading line's item (`QUESTION 1/1`, `Working Party 5D`), without the title after
    /// its dash.
    pub heading: TextRef<'a>,
    /// The Question or Working Party.
    pub item: StudyKind,
    /// Its Sector, when the heading or the lines around it tell it.
    pub sector: Option<Sector>,
    /// What told the Sector: `marker` (on the heading, or its shape) or `document` (a line of the
    /// top naming the Sector).
    pub sector_source: Option<BodySource>,
    /// The study period, when the top states one.
    pub period: Option<StudyPeriod>,
    /// The items of an earlier period it continues.
    pub continues: Vec<StudyKind>,
}

/// One mention as the grammar reads it, before its Sector is settled.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) items: Vec<StudyKind>,
    pub(crate) sector: Option<(Sector, BodySource)>,
}

/// Digits not followed by another digit.
fn number(input: &str, max: usize) -> PResult<'_, u32> {
    let (rest, (n, _)) = digits(input, max)?;
    Ok((rest, n))
}

fn group_number(input: &str) -> PResult<'_, u8> {
    let (rest, n) = number(input, 2)?;
    // `5/2a` or `5/25/1` are not Questions.
    if n == 0 || rest.starts_with(|c: char| c.is_alphanumeric() || c == '/') {
        return fail(input, "a study group's number");
    }
    Ok((rest, n as u8))
}

/// `5/2`, `229-4/5` (the revision is dropped).
fn question_number(input: &str) -> PResult<'_, StudyKind> {
    let (rest, n) = number(input, 3)?;
    let rest = match rest.strip_prefix(is_hyphen) {
        Some(after) => digits(after, 2).map_or(rest, |(r, _)| r),
        None => rest,
    };
    let Some(rest) = rest.strip_prefix('/') else { return fail(input, "`/` and a study group") };
    let (rest, group) = group_number(rest)?;
    Ok((rest, StudyKind::Question { group, number: n as u16 }))
}

/// `5D` (ITU-R) or `1/17` (ITU-T).
fn party(input: &str) -> PResult<'_, StudyKind> {
    let (rest, n) = number(input, 2)?;
    if let Some(after) = rest.strip_prefix('/') {
        let (rest, group) = group_number(after)?;
        let unit = WorkingPartyUnit::Number(n as u8);
        return Ok((rest, StudyKind::WorkingParty { group, unit }));
    }
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(letter), next)
            if letter.is_ascii_uppercase()
                && n > 0
                && n < 10
                && next.is_none_or(|c| !c.is_alphanumeric()) =>
        {
            let unit = WorkingPartyUnit::Letter(letter);
            Ok((&rest[1..], StudyKind::WorkingParty { group: n as u8, unit }))
        }
        _ => fail(input, "a Working Party such as `5D` or `1/17`"),
    }
}

fn group(input: &str) -> PResult<'_, StudyKind> {
    let (rest, group) = group_number(input)?;
    Ok((rest, StudyKind::StudyGroup { group }))
}

/// A Sector marker as a whole word: `ITU-T`, `UIT-D`.
fn marker<'a>(w: &Words, input: &'a str) -> PResult<'a, Sector> {
    let (rest, body) = w.sector_markers.one_of(input)?;
    Ok((rest, body.sector()))
}

/// A Sector by marker or by name.
fn sector<'a>(w: &Words, input: &'a str) -> PResult<'a, Sector> {
    marker(w, input).or_else(|_| w.sector_names.one_of(input))
}

/// `(ITU-T)`, `of ITU-D`, `of the ITU-D`, `de l'UIT-D`, `of the Telecommunication Development
/// Sector`.
fn attribution<'a>(w: &Words, input: &'a str) -> PResult<'a, Sector> {
    let (rest, _) = sp(input)?;
    if let Some(inner) = rest.strip_prefix('(') {
        let (inner, _) = sp(inner)?;
        let (inner, sector) = sector(w, inner)?;
        let (inner, _) = sp(inner)?;
        return match inner.strip_prefix(')') {
            Some(after) => Ok((after, sector)),
            None => fail(input, "`)`"),
        };
    }
    let (rest, ()) = w.attribution_links.one_of(rest)?;
    let (mut rest, _) = sp(rest)?;
    if let Ok((after, ())) = w.articles.one_of(rest) {
        rest = sp(after)?.0;
    } else if let Some(glued) = w.glued_articles.iter().find(|g| starts_folded(rest, g)) {
        rest = &rest[prefix_len(rest, glued)..];
    }
    sector(w, rest)
}

fn starts_folded(text: &str, prefix: &str) -> bool {
    let mut chars = text.chars();
    prefix.chars().all(|p| {
        chars.next().is_some_and(|c| crate::pieces::fold_char(c) == crate::pieces::fold_char(p))
    })
}

fn prefix_len(text: &str, prefix: &str) -> usize {
    text.char_indices().nth(prefix.chars().count()).map_or(text.len(), |(i, _)| i)
}

/// A short note in parentheses after a list's item: `Questions 5/1 (rural areas) and 4/1`.
fn note(input: &str) -> &str {
    let Some(inner) = input.strip_prefix('(') else { return input };
    match inner.find([')', '(', '\n']) {
        Some(i) if i <= 80 && inner[i..].starts_with(')') => &inner[i + 1..],
        _ => input,
    }
}

/// The separator between two items of a list.
fn list_separator<'a>(w: &Words, input: &'a str) -> PResult<'a, ()> {
    let (rest, _) = sp(input)?;
    let rest = note(rest);
    let (rest, _) = sp(rest)?;
    let rest = match rest.strip_prefix([',', ';']) {
        Some(after) => {
            let (after, _) = sp(after)?;
            w.list_separators.one_of(after).map_or(after, |(r, ())| r)
        }
        None => w.list_separators.one_of(rest)?.0,
    };
    let (rest, _) = sp(rest)?;
    Ok((rest, ()))
}

/// The items after a study word: one, or a list after a plural.
fn items<'a>(w: &Words, word: StudyWord, input: &'a str) -> PResult<'a, (Vec<StudyKind>, bool)> {
    let one: fn(&str) -> PResult<'_, StudyKind> = match word {
        StudyWord::Question | StudyWord::Questions => question_number,
        StudyWord::Party | StudyWord::Parties => party,
        StudyWord::Group | StudyWord::Groups => group,
    };
    let mut itu_r = false;
    let mut rest = input;
    if matches!(word, StudyWord::Question | StudyWord::Questions)
        && let Ok((after, Sector::R)) = marker(w, rest)
    {
        rest = sp(after)?.0;
        itu_r = true;
    }
    let (mut rest, first) = one(rest)?;
    let mut res = vec![first];
    if word.plural() {
        while let Ok((after, ())) = list_separator(w, rest) {
            match one(after) {
                Ok((after, item)) => {
                    res.push(item);
                    rest = after;
                }
                Err(_) => break,
            }
        }
    }
    Ok((rest, (res, itu_r)))
}

/// The items a mention names and the Sector it tells, with what told it.
type Named = (Vec<StudyKind>, Option<(Sector, BodySource)>);

/// A mention at the start of `input` (after the study word's position), with the Sector its
/// marker before (given), its attribution or its shape tells.
fn mention<'a>(w: &Words, input: &'a str, before: Option<Sector>) -> PResult<'a, Named> {
    let (rest, word) = w.study_words.before_digits(input)?;
    let (rest, _) = sp(rest)?;
    let (rest, (items, itu_r)) = items(w, word, rest)?;
    let (rest, attributed) = match attribution(w, rest) {
        Ok((after, sector)) => (after, Some(sector)),
        Err(_) => (rest, None),
    };
    let shape = match items[0] {
        _ if itu_r => Some(Sector::R),
        StudyKind::WorkingParty { unit: WorkingPartyUnit::Letter(_), .. } => Some(Sector::R),
        StudyKind::WorkingParty { unit: WorkingPartyUnit::Number(_), .. } => Some(Sector::T),
        _ => None,
    };
    let sector = before
        .map(|s| (s, BodySource::Marker))
        .or(attributed.map(|s| (s, BodySource::Attribution)))
        .or(shape.map(|s| (s, BodySource::Marker)));
    Ok((rest, (items, sector)))
}

/// Where the word before `at` starts (spaces between them skipped), looking back 64 bytes at
/// most.
fn word_before(text: &str, at: usize) -> usize {
    let before = text[..at].trim_end_matches(is_space);
    let mut floor = before.len().saturating_sub(64);
    while !before.is_char_boundary(floor) {
        floor += 1;
    }
    before[floor..]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | ',' | ';' | ':' | '/'))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// The Sector marker right before `at` (`ITU-T Q4/17`, `ITU-D SG1`), if the word before is one.
fn marker_before(w: &Words, text: &str, at: usize) -> Option<Sector> {
    let before = text[..at].trim_end_matches(is_space);
    // Markers are short: a long word before is none.
    let word_start = word_before(text, at);
    if before.len().saturating_sub(word_start) > 12 {
        return None;
    }
    let word = &before[word_start..];
    match marker(w, word) {
        Ok(("", sector)) => Some(sector),
        _ => None,
    }
}

/// Every mention in `text[start..end]`, in source order, outside `skips`.
pub(crate) fn mentions(w: &Words, text: &str, (start, end): (usize, usize)) -> Vec<Raw> {
    let region = &text[..end];
    let mut res: Vec<Raw> = Vec::new();
    let mut last_end = start;
    for hit in w.study_search.find_iter(&region[start..]) {
        let at = start + hit.start();
        if at < last_end {
            continue;
        }
        if region[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        // A marker already read as the attribution of the mention before is not this one's.
        let before = marker_before(w, region, at).filter(|_| word_before(region, at) >= last_end);
        let Ok((rest, (items, sector))) = mention(w, &region[at..], before) else { continue };
        let mention_end = region.len() - rest.len();
        let mention_start = if before.is_some() { word_before(region, at) } else { at };
        let mention_end =
            mention_start.max(mention_start + region[mention_start..mention_end].trim_end().len());
        res.push(Raw { start: mention_start, end: mention_end, items, sector });
        last_end = mention_end;
    }
    res
}

/// Whether `text[a..b]` stays in one sentence: no blank line and no full stop ending one.
fn same_sentence(text: &str, a: usize, b: usize) -> bool {
    let between = &text[a.min(b)..b];
    !between.contains("\n\n")
        && !between.contains("\n\r\n")
        && !between.as_bytes().windows(2).any(|p| p[0] == b'.' && p[1].is_ascii_whitespace())
}

/// Only a separator between two mentions: `Question 1/1 and Question 5/1 of ITU-D`.
fn coordinated(w: &Words, text: &str, a: usize, b: usize) -> bool {
    let between = text[a..b].trim_matches(|c: char| c.is_whitespace() || c == ',');
    between.is_empty() || w.list_separators.one_of(between).is_ok_and(|(rest, ())| rest.is_empty())
}

/// How far before a mention a Sector named in its sentence still tells the mention's Sector.
const NAMED_WINDOW: usize = 160;

/// The one Sector named (by marker or name) in the clause before `at` on its line, within
/// [`NAMED_WINDOW`] bytes: `the Telecommunication Development Sector under Question 1/1`,
/// `ITU-D study group Questions, for instance Question 3/1`. `None` when none or several are
/// named; for a Question, ITU-R does not count (its Questions carry `ITU-R` in their number).
fn named_before(w: &Words, text: &str, at: usize, is_question: bool) -> Option<Sector> {
    let mut from = at.saturating_sub(NAMED_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    // The clause: back to a full stop, a semicolon or a line break (lists of relationships
    // give a line, or a part of one, to each Sector).
    let sentence_start = [window.rfind(". "), window.rfind(';'), window.rfind('\n')]
        .into_iter()
        .flatten()
        .max()
        .map_or(0, |i| i + 1);
    let sentence = &window[sentence_start.min(window.len())..];
    let mut found: Option<Sector> = None;
    let mut i = 0;
    while i < sentence.len() {
        let rest = &sentence[i..];
        let word_start =
            i == 0 || !sentence[..i].chars().next_back().is_some_and(char::is_alphanumeric);
        if word_start && let Ok((after, named)) = sector(w, rest) {
            if !(is_question && named == Sector::R) {
                if found.is_some_and(|f| f != named) {
                    return None;
                }
                found = Some(named);
            }
            i = sentence.len() - after.len();
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// Settles each mention's Sector (see the module's doc) and turns them into [`StudyMention`]s;
/// `document` is the Sector of the document they sit in, if it has one.
pub(crate) fn settle<'a>(
    w: &Words,
    text: &'a str,
    raws: &[Raw],
    document: Option<Sector>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<StudyMention<'a>> {
    let mut res = Vec::new();
    let mut settled: Vec<Option<(Sector, BodySource)>> = Vec::with_capacity(raws.len());
    for (i, raw) in raws.iter().enumerate() {
        let group = raw.items[0].group();
        let from_sentence = || {
            // Mentions far back are in another sentence: they are not walked (a text naming
            // thousands of items stays linear).
            let near = |(p, _): &(&Raw, _)| raw.start.saturating_sub(p.end) <= NAMED_WINDOW * 2;
            raws[..i].iter().zip(&settled).rev().take_while(near).find_map(|(p, s)| {
                let (sector, _) = (*s)?;
                let is_group = p
                    .items
                    .iter()
                    .any(|k| matches!(k, StudyKind::StudyGroup { .. }) && k.group() == group);
                (is_group && same_sentence(text, p.end, raw.start)).then_some(sector)
            })
        };
        let from_next = || {
            let next = raws.get(i + 1)?;
            match next.sector {
                Some((sector, BodySource::Attribution))
                    if coordinated(w, text, raw.end, next.start) =>
                {
                    Some(sector)
                }
                _ => None,
            }
        };
        let is_question = matches!(raw.items[0], StudyKind::Question { .. });
        let from_named = || named_before(w, text, raw.start, is_question);
        let from_document =
            document.filter(|&d| d != Sector::Union && !(is_question && d == Sector::R));
        let sector = raw
            .sector
            .or_else(|| from_sentence().map(|s| (s, BodySource::Sentence)))
            .or_else(|| from_next().map(|s| (s, BodySource::Attribution)))
            .or_else(|| from_named().map(|s| (s, BodySource::Sentence)))
            .or_else(|| from_document.map(|s| (s, BodySource::Document)));
        settled.push(sector);
        let text_ref =
            TextRef { text: &text[raw.start..raw.end], span: Span::new(raw.start, raw.end) };
        if sector.is_none() {
            diagnostics.push(Diagnostic::info(
                text_ref.span,
                format!(
                    "cannot tell which Sector's {} this is: no Sector marker, attribution, study group in its sentence or Sector of the document",
                    raw.items[0]
                ),
            ));
        }
        for &item in &raw.items {
            res.push(StudyMention {
                text: text_ref,
                item,
                sector: sector.map(|(s, _)| s),
                sector_source: sector.map(|(_, b)| b),
                part: PartKind::Other,
            });
        }
    }
    res
}

/// What the top of a study document says, and where.
#[derive(Debug, Clone)]
pub(crate) struct Top<'a> {
    pub(crate) heading: StudyHeading<'a>,
    /// The heading line (item and title after its dash).
    pub(crate) line: (usize, usize),
    pub(crate) title: Option<(usize, usize)>,
    /// Lines of the top naming the Sector, the period or what it continues.
    pub(crate) top_lines: Vec<(usize, usize)>,
    /// Where the top ends: the first section or clause.
    pub(crate) end: usize,
}

/// Lines of front matter a heading may follow.
const MAX_FRONT_LINES: usize = 6;
/// Lines after the heading that may still be its top.
const MAX_TOP_LINES: usize = 8;

/// A heading line: `QUESTION 1/1`, `ITU-T Question 2/17 – Title`, `WORKING PARTY 5D`: the item,
/// its Sector from a marker or its shape, the end of the item, and the title after a dash.
fn heading_line(
    w: &Words,
    line: &str,
) -> Option<(StudyKind, Option<Sector>, usize, Option<usize>)> {
    let (rest, before) = match marker(w, line) {
        Ok((after, sector)) => (sp(after).ok()?.0, Some(sector)),
        Err(_) => (line, None),
    };
    let (_, word) = w.study_words.before_digits(rest).ok()?;
    if !matches!(word, StudyWord::Question | StudyWord::Party) {
        return None;
    }
    let (after, (items, sector)) = mention(w, rest, before).ok()?;
    if items.len() != 1 {
        return None;
    }
    let item_end = line.len() - after.len();
    // Footnote marks, and the item's abbreviation in parentheses (`Working Party 5D (WP 5D)`).
    let mut tail = after.trim_start_matches(['*', '†']).trim_start_matches(is_space);
    if let Some(inner) = tail.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && let Ok((rest, _)) = mention(w, &inner[..close], None)
        && rest.trim().is_empty()
    {
        tail = inner[close + 1..].trim_start_matches(is_space);
    }
    if tail.is_empty() {
        return Some((items[0], sector.map(|(s, _)| s), item_end, None));
    }
    let dash = tail.strip_prefix(|c: char| is_hyphen(c) || c == ':')?;
    let title = dash.trim_start_matches(is_space);
    if title.is_empty() {
        return Some((items[0], sector.map(|(s, _)| s), item_end, None));
    }
    Some((items[0], sector.map(|(s, _)| s), item_end, Some(line.len() - title.len())))
}

/// The first Sector a line names (a marker or a Sector's name), anywhere in it.
fn sector_in(w: &Words, line: &str) -> Option<Sector> {
    let mut at = 0;
    while at < line.len() {
        let rest = &line[at..];
        let word_start =
            at == 0 || !line[..at].chars().next_back().is_some_and(char::is_alphanumeric);
        if word_start && let Ok((_, sector)) = sector(w, rest) {
            return Some(sector);
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The study period a line states after one of the vocabulary's words (`study period
/// 2022-2025`).
fn period_in(w: &Words, line: &str) -> Option<StudyPeriod> {
    let folded = crate::vocabulary::folded(line);
    let at = w.study_period_words.iter().filter_map(|p| folded.find(p.as_str())).min()?;
    // Folding keeps ASCII digits and dashes where they are relative to each other: read the
    // first `dddd-dddd` after the words in the folded line.
    let after = &folded[at..];
    let bytes = after.as_bytes();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        if bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
        {
            let start: u16 = after[i..i + 4].parse().ok()?;
            let rest = after[i + 4..].trim_start_matches([' ', '-']);
            let end = rest.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
            return StudyPeriod::new(start, end.parse().ok()?);
        }
        i += 1;
    }
    None
}

/// Lines of a cover page read for the Sector and the study period.
const MAX_COVER_LINES: usize = 30;

/// The Sector and the study period a document's first lines name, each the first one found (a
/// cover page: `TELECOMMUNICATION STANDARDIZATION SECTOR`, `STUDY PERIOD 2022-2024`).
pub(crate) fn cover(
    w: &Words,
    index: &LineIndex,
    text: &str,
    (start, end): (usize, usize),
) -> (Option<Sector>, Option<StudyPeriod>) {
    let region = &text[..end];
    let mut res = (None, None);
    let lines = index.lines(region, start, end).map(|r| trim(region, r)).filter(|&(s, e)| s < e);
    for (s, e) in lines.take(MAX_COVER_LINES) {
        let line = &region[s..e];
        res.0 = res.0.or_else(|| sector_in(w, line));
        res.1 = res.1.or_else(|| period_in(w, line));
    }
    res
}

/// A section heading line: an optional number (`2`, `2.1`, `3)`), a section's words, and at most
/// a colon after them. Returns the part it opens.
pub(crate) fn section(w: &Words, line: &str) -> Option<PartKind> {
    if line.len() > 120 {
        return None;
    }
    let numbered = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let numbered = if numbered.len() < line.len() {
        let after = numbered.strip_prefix(')').unwrap_or(numbered);
        let spaced = after.trim_start_matches(is_space);
        if spaced.len() == after.len() {
            return None;
        }
        spaced
    } else {
        line
    };
    let (rest, kind) = w.study_sections.one_of(numbered).ok()?;
    rest.trim_matches(|c: char| is_space(c) || c == ':').is_empty().then_some(kind)
}

/// The top of a study document in `text[start..end]`, when it opens with a study heading.
pub(crate) fn top<'a>(
    w: &Words,
    index: &LineIndex,
    text: &'a str,
    (start, end): (usize, usize),
) -> Option<Top<'a>> {
    let region = &text[..end];
    let mut lines =
        index.lines(region, start, end).map(|r| trim(region, r)).filter(|&(s, e)| s < e);
    let mut front_sector: Option<Sector> = None;
    let mut period: Option<StudyPeriod> = None;
    let mut found = None;
    for (s, e) in lines.by_ref().take(MAX_FRONT_LINES + 1) {
        let line = &region[s..e];
        if let Some(h) = heading_line(w, line) {
            found = Some((s, e, h));
            break;
        }
        if section(w, line).is_some() || crate::clause::clause_word(w, line).is_some() {
            return None;
        }
        front_sector = front_sector.or_else(|| sector_in(w, line));
        period = period.or_else(|| period_in(w, line));
    }
    let (s, e, (item, heading_sector, item_end, title_at)) = found?;
    let mut title = title_at.map(|t| (s + t, e));
    let mut title_open = title.is_none();
    let mut top_sector: Option<Sector> = None;
    let mut continues = Vec::new();
    let mut top_lines = Vec::new();
    let mut top_end = e;
    let mut previous_end = e;
    for (ls, le) in lines.take(MAX_TOP_LINES) {
        let line = &region[ls..le];
        let blank_between = region[previous_end..ls].matches('\n').count() > 1;
        if section(w, line).is_some()
            || crate::clause::clause_word(w, line).is_some()
            || crate::identity::clause_at(w, index, region, ls, le).is_some()
        {
            break;
        }
        let bare = line.trim_start_matches('(');
        let is_continuation = w.continuation_words.one_of(bare).is_ok();
        let line_period = period_in(w, line);
        let line_sector = sector_in(w, line);
        let is_years = line.starts_with('(')
            && line.ends_with(')')
            && line[1..line.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b' ');
        if is_continuation {
            continues.extend(mentions(w, region, (ls, le)).into_iter().flat_map(|m| m.items));
        } else if line_period.is_none() && line_sector.is_none() && !is_years {
            match &mut title {
                None if title_open => title = Some((ls, le)),
                Some((_, title_end)) if title_open && !blank_between => *title_end = le,
                _ => {
                    // Prose after the title: the top is over.
                    if title.is_some() {
                        break;
                    }
                }
            }
            previous_end = le;
            top_end = le;
            continue;
        }
        if title.is_some() {
            title_open = false;
        }
        period = period.or(line_period);
        top_sector = top_sector.or(line_sector);
        top_lines.push((ls, le));
        previous_end = le;
        top_end = le;
    }
    let sector = heading_sector
        .map(|s| (s, BodySource::Marker))
        .or(top_sector.or(front_sector).map(|s| (s, BodySource::Document)));
    let heading = StudyHeading {
        heading: TextRef { text: &region[s..s + item_end], span: Span::new(s, s + item_end) },
        item,
        sector: sector.map(|(s, _)| s),
        sector_source: sector.map(|(_, b)| b),
        period,
        continues,
    };
    Some(Top { heading, line: (s, e), title, top_lines, end: top_end })
}

/// Whether the top of a study document read at a heading is that of terms of reference or a
/// scope: it names the Sector, the period or what it continues, or a section, a clause or an
/// issuing clause follows it. A line naming an item in a list or in prose is none.
fn opens_terms(w: &Words, index: &LineIndex, text: &str, top: &Top<'_>, end: usize) -> bool {
    if !top.top_lines.is_empty() {
        return true;
    }
    let region = &text[..end];
    let next = index
        .lines(region, top.end, end)
        .map(|r| trim(region, r))
        .find(|&(s, e)| s < e && s >= top.end);
    next.is_some_and(|(s, e)| {
        let line = &region[s..e];
        section(w, line).is_some()
            || crate::clause::clause_word(w, line).is_some()
            || crate::identity::clause_at(w, index, region, s, e).is_some()
    })
}

/// Whether a trimmed line may be a study heading, by its first byte and length: a cheap test
/// before the grammar, asked of every line.
fn may_head(line: &str) -> bool {
    line.len() <= 200
        && line.as_bytes().first().is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii())
}

/// Splits documents where study-group documents bound together start: at each heading of terms
/// of reference or of a scope ([`opens_terms`]) after a blank line, naming another item than the
/// study document it would end. A resolution keeps what comes before the first one; a text
/// without a resolution heading keeps its first lines as the first study document's top.
pub(crate) fn split<H>(
    w: &Words,
    index: &LineIndex,
    text: &str,
    documents: Vec<(usize, usize, Option<H>)>,
) -> Vec<(usize, usize, Option<H>)> {
    let mut res = Vec::with_capacity(documents.len());
    for (start, end, heading) in documents {
        let region = &text[..end];
        let mut cuts: Vec<usize> = Vec::new();
        let mut current: Option<StudyKind> = None;
        let mut previous_end = start;
        let mut line_number = 0;
        for (s, e) in
            index.lines(region, start, end).map(|r| trim(region, r)).filter(|&(s, e)| s < e)
        {
            line_number += 1;
            let line_start = std::mem::replace(&mut previous_end, e);
            let line = &region[s..e];
            if !may_head(line) {
                continue;
            }
            let after_blank = s == start || region[line_start..s].matches('\n').count() > 1;
            if !after_blank {
                continue;
            }
            let Some((item, ..)) = heading_line(w, line) else { continue };
            if current == Some(item) {
                continue;
            }
            let Some(top) = top(w, index, text, (s, end)) else { continue };
            if !opens_terms(w, index, text, &top, end) {
                continue;
            }
            // The first one near the top of a text without a resolution heading is the text's
            // own heading.
            let own = heading.is_none() && current.is_none() && line_number <= MAX_FRONT_LINES + 1;
            if !own {
                cuts.push(s);
            }
            current = Some(item);
        }
        let mut heading = heading;
        let mut from = start;
        for cut in cuts {
            res.push((from, cut, heading.take()));
            from = cut;
        }
        res.push((from, end, heading));
    }
    res
}

/// The parts of a study document: front matter, heading, title, the top's lines, then its
/// sections and clauses, footnotes after a separator, an annex to the end.
pub(crate) fn parts<'a>(
    w: &Words,
    text: &'a str,
    index: &LineIndex,
    (start, end): (usize, usize),
    top: &Top<'a>,
) -> Vec<Part<'a>> {
    let region = &text[..end];
    let mut markers: Vec<(usize, PartKind, Option<TextRef<'a>>)> = Vec::new();
    if !region[start..top.line.0].trim().is_empty() {
        markers.push((start, PartKind::Other, None));
    }
    markers.push((top.line.0, PartKind::Heading, None));
    let mut top_items: Vec<(usize, PartKind)> = Vec::new();
    if let Some((s, _)) = top.title {
        top_items.push((s, PartKind::Title));
    }
    top_items.extend(top.top_lines.iter().map(|&(s, _)| (s, PartKind::Heading)));
    top_items.sort_unstable();
    for (s, kind) in top_items {
        if markers.last().is_none_or(|m| m.1 != kind) {
            markers.push((s, kind, None));
        }
    }
    let mut in_footnotes = false;
    let body = index.lines(region, top.end, end).map(|r| trim(region, r)).filter(|&(s, e)| s < e);
    for (s, e) in body {
        if s < top.end {
            continue;
        }
        let line = &region[s..e];
        let text_ref =
            |len: usize| TextRef { text: &region[s..s + len], span: Span::new(s, s + len) };
        if crate::structure::is_annex_line(w, line) {
            markers.push((s, PartKind::Annex, Some(text_ref(line.len()))));
            break;
        }
        if crate::structure::is_separator(line) {
            if !in_footnotes {
                markers.push((s, PartKind::Footnote, None));
                in_footnotes = true;
            }
            continue;
        }
        if let Some(kind) = section(w, line) {
            markers.push((s, kind, Some(text_ref(line.len()))));
            in_footnotes = false;
            continue;
        }
        if let Some((kind, len)) = crate::clause::clause_word(w, line) {
            markers.push((s, kind, Some(text_ref(len))));
            in_footnotes = false;
            continue;
        }
        if crate::identity::clause_at(w, index, region, s, e).is_some() {
            markers.push((s, PartKind::Heading, None));
            continue;
        }
        if markers.last().is_some_and(|m| m.1 == PartKind::Heading || m.1 == PartKind::Title) {
            markers.push((s, PartKind::Other, None));
        }
    }
    let mut res: Vec<Part<'a>> = Vec::with_capacity(markers.len());
    for (i, &(at, kind, clause)) in markers.iter().enumerate() {
        let next = markers.get(i + 1).map_or(end, |m| m.0);
        let part_end = at + region[at..next].trim_end().len();
        if part_end <= at {
            continue;
        }
        res.push(Part { kind, clause, span: Span::new(at, part_end) });
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Vocabulary;

    fn words() -> Words {
        Words::new(&Vocabulary::shipped())
    }

    fn found(text: &str) -> Vec<(String, Option<Sector>)> {
        let w = words();
        let raws = mentions(&w, text, (0, text.len()));
        settle(&w, text, &raws, None, &mut Vec::new())
            .into_iter()
            .map(|m| (m.item.to_string(), m.sector))
            .collect()
    }

    #[test]
    fn shapes_of_mentions() {
        use Sector::{D, R, T};
        type Case<'c> = (&'c str, &'c [(&'c str, Option<Sector>)]);
        let cases: &[Case<'_>] = &[
            ("see Question 1/1 here", &[("Question 1/1", None)]),
            (
                "with ITU-T Q4/17 and Q6/17",
                &[("Question 4/17", Some(T)), ("Question 6/17", Some(T))],
            ),
            (
                "that ITU-D study group Questions, for instance Question 3/1,",
                &[("Question 3/1", Some(D))],
            ),
            ("ITU-R and ITU-D study Question 3/1", &[("Question 3/1", Some(D))]),
            ("ITU-T and ITU-D study Question 3/1", &[("Question 3/1", None)]),
            ("ITU-D named. Then Question 3/1", &[("Question 3/1", None)]),
            ("Questions: ITU-D Q3/2; Q11/3", &[("Question 3/2", Some(D)), ("Question 11/3", None)]),
            ("Question 1/1 of ITU-D Q2/1", &[("Question 1/1", Some(D)), ("Question 2/1", Some(D))]),
            (
                "Questions 1/1 and 2/1 of ITU-D",
                &[("Question 1/1", Some(D)), ("Question 2/1", Some(D))],
            ),
            (
                "Questions 5/1 (rural areas) and 4/1",
                &[("Question 5/1", None), ("Question 4/1", None)],
            ),
            ("Question ITU-R 229-4/5", &[("Question 229/5", Some(R))]),
            (
                "WP 5D, WP5D and Working Party 1B",
                &[("WP 5D", Some(R)), ("WP 5D", Some(R)), ("WP 1B", Some(R))],
            ),
            ("Working Parties 5A and 5B", &[("WP 5A", Some(R)), ("WP 5B", Some(R))]),
            ("WP 1/17", &[("WP 1/17", Some(T))]),
            (
                "SG17, Study Group 20, ITU-D SG1",
                &[("SG17", None), ("SG20", None), ("SG1", Some(D))],
            ),
            (
                "ITU-T Study Group 13 (ITU-T Q20/13)",
                &[("SG13", Some(T)), ("Question 20/13", Some(T))],
            ),
            (
                "ITU-T Study Group 13 and its Question 20/13",
                &[("SG13", Some(T)), ("Question 20/13", Some(T))],
            ),
            (
                "Question 1/1 and Question 5/1 of ITU-D",
                &[("Question 1/1", Some(D)), ("Question 5/1", Some(D))],
            ),
            ("Commission d'études 2 de l'UIT-D", &[("SG2", Some(D))]),
            ("Cuestión 5/2 y Comisión de Estudio 1", &[("Question 5/2", None), ("SG1", None)]),
            ("Question 1/2/3, Question 5/2a, WP 5DX, SG 5/2, the Q&A, Quality 5/2", &[]),
            ("question 1/1 of the study", &[]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, Option<Sector>)> =
                want.iter().map(|(k, s)| ((*k).to_owned(), *s)).collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn headings_and_sections() {
        let w = words();
        assert!(heading_line(&w, "QUESTION 1/1").is_some());
        let (item, sector, _, title) = heading_line(&w, "Question 4/17 – Cybersecurity").unwrap();
        assert_eq!(item.to_string(), "Question 4/17");
        assert_eq!(sector, None);
        assert_eq!(title, Some("Question 4/17 – ".len()));
        assert_eq!(heading_line(&w, "QUESTION ITU-R 239/1").unwrap().1, Some(Sector::R));
        assert!(heading_line(&w, "Question 1/1 keeps in touch with WP 5D").is_none());
        // An abbreviation in parentheses and footnote marks may follow the item.
        let (item, sector, _, title) =
            heading_line(&w, "Working Party 5D (WP 5D) - IMT Systems").unwrap();
        assert_eq!((item.to_string(), sector), ("WP 5D".to_owned(), Some(Sector::R)));
        assert_eq!(title, Some("Working Party 5D (WP 5D) - ".len()));
        let (item, _, _, title) = heading_line(&w, "QUESTION ITU-R 229-4/5*").unwrap();
        assert_eq!((item.to_string(), title), ("Question 229/5".to_owned(), None));
        assert!(heading_line(&w, "Question 1/1 (see below) is studied").is_none());
        assert!(heading_line(&w, "Study Group 2").is_none());
        assert_eq!(
            section(&w, "1\tStatement of the situation or problem"),
            Some(PartKind::Preamble)
        );
        assert_eq!(section(&w, "2\tQuestion"), Some(PartKind::Operative));
        assert_eq!(section(&w, "Scope"), Some(PartKind::Operative));
        assert_eq!(section(&w, "Related Resolutions and Questions"), Some(PartKind::Other));
        assert_eq!(section(&w, "Question 1/1 is renewed"), None);
        assert_eq!(
            period_in(&w, "ITU-D Study Group 2, study period 2022-2025").map(|p| p.to_string()),
            Some("2022-2025".into())
        );
        assert_eq!(
            period_in(&w, "période d'études 2022–2025").map(|p| p.to_string()),
            Some("2022-2025".into())
        );
        assert_eq!(period_in(&w, "(2012-2015)"), None);
    }
}
