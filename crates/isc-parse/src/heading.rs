//! The grammar of a document's own name: its heading line (`RESOLUTION 191 (REV. BUCHAREST,
//! 2022)`, `PP Resolution 70 (Rev. Dubai, 2018)*`, `Resolution ITU-R 7-3`) and its issuing
//! clause (`The Plenipotentiary Conference of the International Telecommunication Union
//! (Bucharest, 2022),`).
//!
//! ```text
//! heading        = [draft space] [label space] (citation | draft-id | compiled) [session] marks
//!                  [dash title | note]             -- note: `as approved by the Conference`
//!                                   -- one resolution, in the singular, attributed to a body if at all
//! draft          = [action space [proposal space]] [draft-words]   -- `MOD EUR/44A7/1`, `DRAFT NEW`
//! compiled       = heading-abbreviation space number space "(" tag ")"   -- `R 1187 (C-2001)`
//! session        = "," space [union-name space] body-name [space year]  -- `, ITU Council 2003`
//! draft-id       = citation-word space draft-label [space "(" short ")"]  -- `RESOLUTION [COM6/7]`
//!                | citation-word                             -- after draft words: `Draft Resolution`
//! draft-label    = "[" short "]" | committee | counter | placeholder  -- `[AFR-1]`, `XXX`, `BB`
//! committee      = capital (capital | "-")+ digit* "/" digit+  -- `GT-PLEN/6`, `COM5/3`
//!                | small (small | "-")+ digit* "/" digit+      -- `gt-plen/6`, from small capitals
//! counter        = capital{2,6} "-" digit{1,3}, no conference tag  -- `COMB-1`, not `WRC-15`
//! proposal       = capital (alphanumeric | "/" | "-" | ".")* with a "/"   -- `EUR/44A7/1`
//! action-line    = action [space proposal] [space "(" proposal ")"] | proposal  -- above a heading
//! marks          = (digit | "*" | "†" | "[" | "]" | space)*       -- footnote marks
//! issuing-clause = article [union-name (space | hyphen)] body-name tail [space clause-word ...]
//!                                     -- `The ITU Council,`, `The ITU-Radiocommunication Assembly,`
//!                                     -- a clause word after the first comma ends the clause there,
//!                                     -- and so does a comma right after the edition
//! tail           = short words cited nothing ["(" edition ")"] ("," | ":" | ")" | end)
//! ```

use isc_model::{Body, ResolutionNumber};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{take_while, take_while_m_n, take_while1};
use nom::character::complete::{char, satisfy};
use nom::combinator::{opt, recognize, verify};
use nom::sequence::{delimited, preceded, terminated};

use crate::citation::{RawCitation, article, body_name, citation, trigger_word};
use crate::edition::{EditionOutcome, edition};
use crate::pieces::{PResult, fail, is_hyphen, is_space, sp, sp1};
use crate::vocabulary::{BodyHint, Trigger, Words};

/// A heading line: one resolution, nothing else on the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading<'a> {
    /// Byte range of the heading text (the line without surrounding spaces).
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The number; `None` for a draft's heading with a label instead (`RESOLUTION [COM6/7]`).
    pub(crate) number: Option<ResolutionNumber>,
    /// What marks the heading as a draft's or a proposal's, when anything does.
    pub(crate) draft: Option<DraftMark>,
    /// The body a label or Sector marker gives (`PP Resolution 191`, `Resolution ITU-R 7-3`).
    pub(crate) body: Option<Body>,
    pub(crate) edition: Option<EditionOutcome<'a>>,
    /// A title on the heading's own line, after a dash, or after a space (`spaced_title`).
    pub(crate) title: Option<(usize, usize)>,
    /// The title on the heading's line follows it after a space or a tab, no dash.
    pub(crate) spaced_title: bool,
    /// The title a page's title above the heading gives after a dash (`Resolution 70 (PP98) -
    /// Inclusion of ...` above `Resolution 70`), for a heading with no title under it.
    pub(crate) page_title: Option<(usize, usize)>,
    /// The heading opens a web page's title line, the first words of the title after it with no
    /// dash (`RESOLUTION 1305 Role of the Dedicated Group in identifying Council 2009`), cover
    /// lines under it: its title is looked for right above the issuing clause.
    pub(crate) on_page_title: bool,
}

/// Byte ranges, in the whole text, of what marks a heading as a draft's or a proposal's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DraftMark {
    /// `MOD`, `ADD`, `SUP`, on the heading's line or the line above.
    pub(crate) action: Option<(usize, usize)>,
    /// The proposal number after the action (`EUR/44A7/1`).
    pub(crate) proposal: Option<(usize, usize)>,
    /// `DRAFT NEW`, `PROYECTO DE NUEVA`.
    pub(crate) words: Option<(usize, usize)>,
    /// The label standing for the number, without brackets (`COM6/7`, `XXX`).
    pub(crate) label: Option<(usize, usize)>,
}

impl DraftMark {
    /// Whether the mark makes the text a draft: draft words, a label, or a proposal number. An
    /// action alone marks an adopted text in a conference's Final Acts (`MOD RESOLUTION 646
    /// (REV.WRC-15)`).
    pub(crate) fn is_draft(&self) -> bool {
        self.words.is_some() || self.label.is_some() || self.proposal.is_some()
    }
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

/// A proposal number: `EUR/44A7/1`, `COM5/230/1`, `RCC/23A5/1`; a capital first, a slash in it
/// and digits after the last one.
pub(crate) fn proposal(input: &str) -> PResult<'_, &str> {
    let (rest, token) = verify(
        take_while1(|c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.')),
        |t: &str| {
            t.len() <= 24
                && t.starts_with(|c: char| c.is_ascii_uppercase())
                && t.rsplit_once('/').is_some_and(|(_, last)| {
                    !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit())
                })
        },
    )
    .parse(input)?;
    // No word glued to it.
    if rest.starts_with(char::is_alphanumeric) {
        return fail(input, "a proposal number");
    }
    Ok((rest, token))
}

/// A space on the same line, at least one.
fn gap(input: &str) -> PResult<'_, &str> {
    take_while1(|c: char| c == ' ' || c == '\t' || c == '\u{a0}').parse(input)
}

/// `MOD EUR/44A7/1 (B5/290/1)`, `ADD`: an action and its proposal number, and what follows.
pub(crate) fn action<'a>(w: &Words, input: &'a str) -> PResult<'a, (&'a str, Option<&'a str>)> {
    let (rest, number) = match w.draft_actions.one_of(input) {
        Ok((rest, ())) => opt(preceded(gap, proposal)).parse(rest)?,
        // An action in capitals glued to its number, the tab between them lost in a copy
        // (`MODAFCP/19A14/1`).
        Err(error) => {
            let glued = (2..=5).filter(|&k| input.is_char_boundary(k)).find_map(|k| {
                let head = &input[..k];
                let whole = w.draft_actions.one_of(head).is_ok_and(|(r, ())| r.is_empty());
                // The number then has the whole shape of one: `AFCP/19A14/1`, not `ULE/2`.
                (whole && head.bytes().all(|b| b.is_ascii_uppercase()))
                    .then(|| proposal(&input[k..]).ok())
                    .flatten()
                    .filter(|(_, n)| {
                        n.matches('/').count() >= 2 && n.ends_with(|c: char| c.is_ascii_digit())
                    })
            });
            let Some((rest, number)) = glued else { return Err(error) };
            (rest, Some(number))
        }
    };
    let action = &input[..input.len() - rest.len() - number.map_or(0, |n| n.len())];
    let action = action.trim_end_matches([' ', '\t', '\u{a0}']);
    // A second number in brackets, as some proposals carry: `(B5/290/1)`.
    let (rest, _) = opt(preceded(gap, delimited(char('('), proposal, char(')')))).parse(rest)?;
    Ok((rest, (action, number)))
}

/// A line above a heading marking it: `MOD\tEUR/44A7/1`, `ADD`, or a proposal number alone
/// (under an action line). Byte ranges within the line.
pub(crate) fn action_line(w: &Words, line: &str) -> Option<ActionLine> {
    let span = |part: &str| {
        let start = part.as_ptr() as usize - line.as_ptr() as usize;
        (start, start + part.len())
    };
    if let Ok((rest, (action, number))) = action(w, line) {
        return rest
            .trim()
            .is_empty()
            .then(|| ActionLine { action: Some(span(action)), proposal: number.map(span) });
    }
    let (rest, number) = proposal(line).ok()?;
    let (rest, _) =
        opt(preceded(gap, delimited(char('('), proposal, char(')')))).parse(rest).ok()?;
    rest.trim().is_empty().then(|| ActionLine { action: None, proposal: Some(span(number)) })
}

/// What an action line holds, as byte ranges within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ActionLine {
    pub(crate) action: Option<(usize, usize)>,
    pub(crate) proposal: Option<(usize, usize)>,
}

/// `[AFR-1]`, `[COM 5/4]`, `XXX`, `GT-PLEN/6`, `COMB-1`: a draft's label standing for its
/// number, without brackets.
fn draft_label(input: &str) -> PResult<'_, &str> {
    let bracketed = delimited(
        char('['),
        verify(take_while1(|c: char| c != ']' && c != '\n' && c != '['), |l: &str| {
            l.len() <= 24 && l.chars().any(|c| c.is_alphanumeric())
        }),
        char(']'),
    );
    // `XXX`, `BB`: one capital written two to four times (not `II`, a Roman numeral).
    let placeholder = verify(take_while1(|c: char| c.is_ascii_uppercase()), |p: &str| {
        let first = p.as_bytes()[0];
        (2..=4).contains(&p.len()) && first != b'I' && p.bytes().all(|b| b == first)
            || (p.len() >= 2 && p.bytes().all(|b| matches!(b, b'X' | b'Y' | b'Z')))
    });
    // The symbol of a committee's document, where the draft was written (`GT-PLEN/6`), in
    // capitals or, copied from a page setting it in small capitals, in small letters
    // (`gt-plen/6`).
    let committee = |i| committee_symbol(i, |c| c.is_ascii_uppercase());
    let small = |i| committee_symbol(i, |c| c.is_ascii_lowercase());
    // An editorial committee's counter for the texts it combines (`COMB-1`), not a
    // conference's tag (`WRC-15`).
    let counter = verify(
        recognize((
            take_while_m_n(2, 6, |c: char| c.is_ascii_uppercase()),
            char('-'),
            take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        )),
        |l: &str| !crate::edition::conference_tag(l).is_ok_and(|(rest, _)| rest.is_empty()),
    );
    let (rest, label) = alt((bracketed, committee, small, counter, placeholder)).parse(input)?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '/') {
        return fail(input, "a draft's label");
    }
    Ok((rest, label))
}

/// A committee's document symbol in `letter`s of one case: the committee's name with dashes, a
/// number, a slash and the document's number (`GT-PLEN/6`, `COM5/3`, `gt-plen/6`).
fn committee_symbol(input: &str, letter: fn(char) -> bool) -> PResult<'_, &str> {
    recognize((
        verify(take_while1(|c: char| letter(c) || c == '-'), |n: &str| {
            n.len() >= 2 && n.starts_with(letter) && !n.ends_with("--")
        }),
        take_while(|c: char| c.is_ascii_digit()),
        char('/'),
        take_while1(|c: char| c.is_ascii_digit()),
    ))
    .parse(input)
}

/// What may stand after a draft's label in parentheses: its conference (`(WRC-15)`) or a note
/// (`(Council 2010)`): short, on the line.
fn label_note<'a>(w: &Words, input: &'a str) -> PResult<'a, Option<EditionOutcome<'a>>> {
    if let Ok((rest, edition)) = edition(w, input) {
        return Ok((rest, Some(edition)));
    }
    let (rest, _) = delimited(
        char('('),
        verify(take_while1(|c: char| c != ')' && c != '\n' && c != '('), |n: &str| n.len() <= 40),
        char(')'),
    )
    .parse(input)?;
    Ok((rest, None))
}

/// `RESOLUTION [COM6/7] (WRC-15)`: a citation word, a draft's label, and its conference when
/// given.
pub(crate) fn draft_id<'a>(
    w: &Words,
    input: &'a str,
) -> PResult<'a, (&'a str, Option<EditionOutcome<'a>>)> {
    let (after_word, trigger) = trigger_word(w, input)?;
    if trigger == Trigger::Plural {
        return fail(input, "one resolution");
    }
    let (after, draft_label) = preceded(sp1, draft_label).parse(after_word)?;
    let (after, edition) = match preceded(gap, |i| label_note(w, i)).parse(after) {
        Ok((rest, edition)) => (rest, edition),
        Err(_) => (after, None),
    };
    Ok((after, (draft_label, edition)))
}

/// How many bytes at the start of `text` mark a draft before a heading's citation word: an
/// action with its proposal number and draft words (`MOD EUR/44A7/1 `, `DRAFT NEW `).
pub(crate) fn draft_prefix_len(w: &Words, text: &str) -> usize {
    text.len() - draft_prefix(w, text).0.len()
}

/// What stands before a heading's label and citation word to mark a draft: an action with its
/// proposal number, draft words, or both (`ADD DRAFT NEW`). Byte ranges within `line`.
fn draft_prefix<'a>(w: &Words, line: &'a str) -> (&'a str, DraftMark) {
    let span = |part: &str| {
        let start = part.as_ptr() as usize - line.as_ptr() as usize;
        (start, start + part.len())
    };
    let mut mark = DraftMark::default();
    let mut rest = line;
    if let Ok((after, (action, number))) = terminated(|i| action(w, i), gap).parse(rest) {
        mark.action = Some(span(action));
        mark.proposal = number.map(span);
        rest = after;
        // Its number glued to the draft words or the heading's citation word, the space
        // between them lost in a copy (`AFR/12A1/1DRAFT NEW`, `RCC/23A17/1RESOLUTION`).
        if number.is_none()
            && let Some((after, number)) = glued_before_draft_words(w, rest, true, |head| {
                proposal(head).is_ok_and(|(r, n)| r.is_empty() && n.matches('/').count() >= 2)
            })
        {
            mark.proposal = Some(span(number));
            rest = after;
        }
    } else if let Some((after, action)) = glued_before_draft_words(w, rest, false, |head| {
        head.bytes().all(|b| b.is_ascii_uppercase())
            && w.draft_actions.one_of(head).is_ok_and(|(r, ())| r.is_empty())
    }) {
        // An action glued to the draft words (`ADDDRAFT RESOLUTION`).
        mark.action = Some(span(action));
        rest = after;
    }
    if let Ok((after, ())) = terminated(|i| w.draft_words.one_of(i), gap).parse(rest) {
        let words = &rest[..rest.len() - after.len()];
        mark.words = Some(span(words.trim_end()));
        rest = after;
    }
    (rest, mark)
}

/// A token at the start of `text` that `is_mark` accepts (an action, a proposal number) with the
/// vocabulary's draft words glued to it in capitals (`ADDDRAFT`, `AFR/12A1/1DRAFT`), or, when
/// `or_heading`, the heading's citation word (`RCC/23A17/1RESOLUTION`): what follows the token,
/// and the token.
fn glued_before_draft_words<'a>(
    w: &Words,
    text: &'a str,
    or_heading: bool,
    is_mark: impl Fn(&str) -> bool,
) -> Option<(&'a str, &'a str)> {
    let token_len =
        text.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.')))?;
    (2..token_len).filter(|&k| text.as_bytes()[k].is_ascii_uppercase()).find_map(|k| {
        let (head, tail) = text.split_at(k);
        (is_mark(head)
            && (terminated(|i| w.draft_words.one_of(i), gap).parse(tail).is_ok()
                || (or_heading && trigger_word(w, tail).is_ok())))
        .then_some((tail, head))
    })
}

/// `R 1187 (C-2001)`: a compilation's heading, a letter standing for the citation word, the
/// number and the edition, which must name its conference by tag.
pub(crate) fn compiled_heading<'a>(
    w: &Words,
    input: &'a str,
) -> PResult<'a, (ResolutionNumber, EditionOutcome<'a>)> {
    let (rest, ()) = w.heading_abbreviations.one_of(input)?;
    let (rest, number) = preceded(gap, |i| crate::citation::number(i, true)).parse(rest)?;
    let (rest, edition) = preceded(gap, |i| edition(w, i)).parse(rest)?;
    match edition {
        EditionOutcome::Read(read) if read.tag.is_some() => Ok((rest, (number, edition))),
        _ => fail(input, "a conference tag"),
    }
}

/// `, ITU Council 2003` after a heading's number: a comma, the body's name (after the Union's,
/// if written) and the year it met in, if written.
pub(crate) fn session_after_comma<'a>(
    w: &Words,
    input: &'a str,
) -> Option<(&'a str, Body, Option<EditionOutcome<'a>>)> {
    let (rest, _) = (char(','), sp).parse(input).ok()?;
    let rest = match terminated(|i| w.union_names.one_of(i), sp).parse(rest) {
        Ok((after, ())) => after,
        Err(_) => rest,
    };
    let Ok((rest, BodyHint::Known(body))) = body_name(w, rest) else { return None };
    match preceded(sp, crate::citation::session_year).parse(rest) {
        Ok((after, year)) => Some((after, body, Some(year))),
        Err(_) => Some((rest, body, None)),
    }
}

/// Whether a heading's citation names one resolution and, after its number, at most the body
/// that adopted it (`RÉSOLUTION 1343 du Conseil (C12)`): then `Some` of that body, if named.
pub(crate) fn one_resolution(raw: &RawCitation<'_>) -> Option<Option<Body>> {
    match (raw.items.len(), raw.attribution) {
        (1, None) => Some(None),
        (1, Some(BodyHint::Known(body))) => Some(Some(body)),
        _ => None,
    }
}

/// Reads `line` (already trimmed), starting at byte `start` of the text, as a heading: one
/// resolution and at most footnote marks, or a dash and the title on the same line
/// (`Resolution 70 (PP98) - Title`).
pub(crate) fn heading<'a>(w: &Words, line: &'a str, start: usize) -> Option<Heading<'a>> {
    read_heading(w, line, start, false)
}

/// Reads `line` as [`heading`] does, and also with its title after a space or a tab and no dash,
/// as a copy joining the two lines gives it (`RESOLUTION 1305 (C09) Role of ...`): after an
/// edition or a citation word in capitals (`RESOLUTION ITU-R 6-2 Liaison ...`: an ITU-R heading
/// has no edition), opening with a capital, and not the issuing clause run onto the line. Such a heading
/// has `spaced_title` set: it opens a resolution only where an issuing clause follows it, since a
/// table of contents' entry wrapped over several lines looks the same.
pub(crate) fn heading_or_spaced_title<'a>(
    w: &Words,
    line: &'a str,
    start: usize,
) -> Option<Heading<'a>> {
    read_heading(w, line, start, true)
}

fn read_heading<'a>(w: &Words, line: &'a str, start: usize, spaced: bool) -> Option<Heading<'a>> {
    // A table-of-contents entry (`Resolution 209 – Title ........ 8`) names a resolution but
    // does not open one.
    if crate::identity::is_contents_line(line) {
        return None;
    }
    let (rest, mut mark) = draft_prefix(w, line);
    let (rest, label) = heading_label(w, rest).ok()?;
    let (after, number, prefix, edition) = match citation(w, rest) {
        Ok((after, raw)) => {
            let named = one_resolution(&raw)?;
            // A heading names its resolution in the singular: `RESOLUTIONS 12` is a part's title,
            // and `Resolutions1` a running title with its page number glued to it.
            let first_word = rest.split(is_space).next().unwrap_or_default();
            if first_word.trim_end_matches(|c: char| c.is_ascii_digit()).ends_with(['s', 'S'])
                && matches!(trigger_word(w, rest), Ok((_, Trigger::Plural)))
            {
                return None;
            }
            let item = raw.items[0];
            (after, Some(item.number), item.prefix.or(named), item.edition)
        }
        // A draft's label instead of the number: `RESOLUTION [COM6/7] (WRC-15)`.
        Err(_) => match draft_id(w, rest) {
            Ok((after, (draft_label, edition))) => {
                let label_start = draft_label.as_ptr() as usize - line.as_ptr() as usize;
                mark.label = Some((label_start, label_start + draft_label.len()));
                (after, None, None, edition)
            }
            // Draft words and the citation word alone: `Draft Resolution`, `draft new
            // resolution`.
            Err(_) if mark.words.is_some() => {
                let (after, trigger) = trigger_word(w, rest).ok()?;
                if trigger == Trigger::Plural || !after.trim().is_empty() {
                    return None;
                }
                (after, None, None, None)
            }
            // A compilation's `R 1187 (C-2001)`.
            Err(_) => {
                let (after, (number, edition)) = compiled_heading(w, rest).ok()?;
                (after, Some(number), None, Some(edition))
            }
        },
    };
    // `Resolution 1207, ITU Council 2003`: the body and the year it met in after a comma.
    let (after, named_after, edition) = match session_after_comma(w, after) {
        Some((rest, body, year)) if prefix.is_none() && edition.is_none() => {
            (rest, Some(body), year)
        }
        _ => (after, None, edition),
    };
    let prefix = prefix.or(named_after);
    let (tail, _) = footnote_marks(after).ok()?;
    let title = match tail.chars().next() {
        None => None,
        // A dash ending the line: the title is on the next line, as where a copy wrapped it
        // right after the dash (`RESOLUTION 11 (Rev. Kigali, 2022) –` / `Telecommunication/...`).
        Some(dash @ ('-' | '\u{2013}' | '\u{2014}'))
            if after.starts_with(is_space)
                && tail[dash.len_utf8()..].trim_start_matches(is_space).is_empty() =>
        {
            None
        }
        Some(dash @ ('-' | '\u{2013}' | '\u{2014}' | ':')) if after.starts_with(is_space) => {
            let title = tail[dash.len_utf8()..].trim_start_matches(is_space);
            // A title has words: `Res. ITU-R 1-7 - 251 -` is a running header.
            if !title.chars().any(char::is_alphabetic) || title.contains('\n') {
                return None;
            }
            let title_start = start + (line.len() - title.len());
            Some((title_start, title_start + title.len()))
        }
        // A note of the adopting meeting after the number or label (`as approved by the
        // Conference`, `(adopted at the seventh Plenary Meeting)`): part of the heading.
        Some(_) if crate::identity::is_note(w, tail.trim_end_matches(is_space)) => None,
        // The title after a space or a tab, no dash (see `heading_or_spaced_title`).
        Some(c)
            if spaced
                && c.is_uppercase()
                && after.starts_with(is_space)
                && (edition.is_some_and(|e| e != EditionOutcome::CutOff)
                    || word_in_capitals(rest))
                && tail.chars().any(char::is_alphabetic)
                && !tail.contains('\n')
                && !opens_issuing_clause(w, tail) =>
        {
            let title_start = start + (line.len() - tail.len());
            Some((title_start, title_start + tail.trim_end_matches(is_space).len()))
        }
        Some(_) => return None,
    };
    // The line was cut from the text: an edition running past it is not a heading's.
    if edition == Some(EditionOutcome::CutOff) {
        return None;
    }
    let body = label.or(prefix);
    // The heading covers the citation and its footnote marks, not a title on the same line.
    let end = if title.is_some() { start + line.len() - after.len() } else { start + line.len() };
    let shift = |(s, e): (usize, usize)| (start + s, start + e);
    let draft = (mark != DraftMark::default()).then(|| DraftMark {
        action: mark.action.map(shift),
        proposal: mark.proposal.map(shift),
        words: mark.words.map(shift),
        label: mark.label.map(shift),
    });
    Some(Heading {
        start,
        end,
        number,
        draft,
        body,
        edition,
        title,
        spaced_title: title.is_some() && !tail.starts_with(['-', '\u{2013}', '\u{2014}', ':']),
        page_title: None,
        on_page_title: false,
    })
}

/// Whether the first word of `text` (a heading's citation word) is written in capitals, two
/// letters or more (`RESOLUTION`, `RÉSOLUTION`).
fn word_in_capitals(text: &str) -> bool {
    let word = text.split(is_space).next().unwrap_or_default();
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Whether `text` opens with an issuing clause, up to its comma or colon.
fn opens_issuing_clause(w: &Words, text: &str) -> bool {
    let window = &text[..text.floor_char_boundary(240)];
    window.char_indices().filter(|&(_, c)| matches!(c, ',' | ':')).any(|(i, _)| {
        let candidate = &text[..=i];
        candidate.rfind('(') <= candidate.rfind(')') && issuing_clause(w, candidate, 0).is_some()
    })
}

/// Reads `line`, starting at byte `start` of the text, as an issuing clause: `The World
/// Telecommunication Standardization Assembly (Hammamet, 2016),`.
pub(crate) fn issuing_clause<'a>(
    w: &Words,
    line: &'a str,
    start: usize,
) -> Option<IssuingClause<'a>> {
    // The clause opens with an article: `The`, `La`, `L'`, `El`.
    if article(w, line).len() == line.len() {
        return None;
    }
    // A copy may run the first clause word onto the clause's line (`... (Florianópolis,
    // 2004), considering`): the clause ends at its comma.
    let line = without_clause_word(w, line);
    let rest = article(w, line);
    // The Union's name before the body's stands apart from it, or is joined to it by a hyphen
    // in a site's copy (`The ITU-Radiocommunication Assembly,`).
    let apart = alt((verify(sp, |s: &str| !s.is_empty()), recognize(satisfy(is_hyphen))));
    let (rest, _) = opt(terminated(|i| w.union_names.one_of(i), apart)).parse(rest).ok()?;
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
    // A comma outside parentheses before the last one opens a clause of a sentence about the
    // body (`The World Telecommunication Standardization Assembly (WTSA), which meets every
    // four years,`), not the issuing clause.
    let mut depth = 0_usize;
    let comma_outside = tail.trim_end_matches([',', ':']).chars().any(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        c == ',' && depth == 0
    });
    if comma_outside {
        return None;
    }
    let edition = after.rfind('(').and_then(|i| edition(w, &after[i..]).ok()).map(|(_, e)| e);
    Some(IssuingClause { start, end: start + line.len(), body, edition })
}

/// `line` up to its first comma outside parentheses where a clause word follows it, alone or
/// opening its text (`..., considering`, `..., recalling that Resolution 123 ...`), or all of it.
fn without_clause_word<'a>(w: &Words, line: &'a str) -> &'a str {
    let trimmed = line.trim_end_matches(is_space);
    // Most clauses end with their comma.
    if trimmed.ends_with([',', ':', ')']) {
        return line;
    }
    let mut depth = 0_usize;
    let comma = trimmed.char_indices().find(|&(_, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        c == ',' && depth == 0
    });
    let Some((comma, _)) = comma else { return line };
    let after = &trimmed[comma + 1..];
    let word = after.trim_start_matches(is_space);
    if word.len() == after.len() {
        return line;
    }
    match crate::clause::opening(w, word) {
        Ok((rest, _)) if rest.is_empty() || rest.starts_with(is_space) => &line[..=comma],
        // A comma right after the edition ends the clause whatever follows: the first item of
        // a preamble whose clause word a copy lost (`... (Hyderabad, 2010), Resolution 31 ...`).
        // A name in parentheses (`(WTSA), which meets ...`) is no edition.
        _ if ends_with_edition(w, &trimmed[..comma]) => &line[..=comma],
        _ => line,
    }
}

/// Whether `text` ends with an edition in parentheses: `(Hyderabad, 2010)`.
fn ends_with_edition(w: &Words, text: &str) -> bool {
    text.ends_with(')')
        && text.rfind('(').is_some_and(|open| {
            matches!(edition(w, &text[open..]), Ok((rest, EditionOutcome::Read(_))) if rest.is_empty())
        })
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
        assert_eq!(h.number.unwrap().base, 191);
        assert!(h.body.is_none());
        let h = heading(&w, "Resolution ITU-R 7-3", 0).unwrap();
        assert_eq!((h.body, h.number.unwrap().to_string()), (Some(Body::Ra), "7-3".to_owned()));
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
