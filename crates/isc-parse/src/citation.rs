//! The citation grammar: `Resolution 191 (Rev. Dubai, 2018) of the Plenipotentiary Conference`,
//! `Resolutions 44 and 45 (Rev. Dubai, 2012) of WTSA`, `Res. ITU-R 9-2`, in every language of the
//! vocabulary.
//!
//! ```text
//! citation    = word items [attribution | session attribution] [edition] [space year]
//!               [space link space year] [session] [attribution]
//!                                  -- a year right after an attribution: `of Council 2000`,
//!                                  -- `du Conseil de 1996`
//! session     = link [article] year space session-word     -- `of the 2009 session`, before
//!             | link [article] year space council-name     -- `of the 1996 Council`
//!             | words{0,5} with a year and a session-word  -- `at its 2009 session`, after
//! word        = resolution-word | plural-word | abbreviation | bare-abbreviation &(space digit)
//! items       = item                                   -- after a singular word
//!             | item ((range-sep number [edition]) | (list-sep [word] item)
//!                     | ("," description list-sep item-with-edition))*
//! description = lower-case words, no digit, no end of clause  -- `on applied research`
//! item        = [number-sign] [sector-marker] number [label] [edition]  -- `ITU-R 9-2 (2015)`, `No. 33`
//! label       = "[" capital (capital | digit | "/" | "-" | "."){1,15} "]"  -- `421 [COM6/8] (WRC-07)`
//! number      = digits{1,4} ["-" digits{1,2}]          -- not `70/1` nor `2.3`
//! attribution = link [article] [union-name] body-name  -- `of the ITU Council`
//!             | link [article] outside-name             -- `of the Regional Preparatory Meeting`
//! body-name   = name ["-" tag-digits] ["(" name ")"]  -- `WTSA-16`, `... Conference (WTDC)`
//!                                  -- a tag is the edition where none is written
//! outside-name = (capitalised | short-link)* (outside-head | foreign-name)  -- opening with a capital,
//!                                  8 words at most: `African Regional Telecommunication Development Conference`
//! ```
//!
//! Between the word and the first item, a blank line is crossed only where the item has its
//! edition (`Resolution` / a blank line / `183 (Guadalajara, 2010)`: a paragraph a page break
//! cut).
//!
//! The words (`Resolution`, `and`, `to`, `of`, `ITU-R`, the bodies' names) come from the
//! [`Vocabulary`](crate::Vocabulary); the grammar is the same in every language. A singular word
//! followed by a whole enumeration (`Resolution 17, 26, 44 and 45`) reads as a list.

use isc_model::{Body, ResolutionNumber};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, satisfy};
use nom::combinator::{not, opt, peek, recognize, value};
use nom::sequence::{pair, preceded, terminated};

use crate::edition::{EditionOutcome, edition};
use crate::pieces::{PResult, digits, fail, is_hyphen, is_space, phrase, sp, sp1};
use crate::vocabulary::{BodyHint, Trigger, Words};

/// One resolution of a citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Item<'a> {
    pub(crate) number: ResolutionNumber,
    /// A body marker written right after the citation word (`Resolution ITU-R 9`).
    pub(crate) prefix: Option<Body>,
    pub(crate) edition: Option<EditionOutcome<'a>>,
    /// Whether the edition was written after commas (`Resolution 11, Kyoto, 1994`): an edition
    /// only where it names a conference the calendar knows.
    pub(crate) after_commas: bool,
}

/// A whole citation phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawCitation<'a> {
    pub(crate) items: Vec<Item<'a>>,
    /// `of WTSA`, `de la Conférence de plénipotentiaires`, `of this Conference`.
    pub(crate) attribution: Option<BodyHint>,
    /// A range too long to expand (`Resolutions 1 to 500`): its two ends. Only the first end
    /// is among the items.
    pub(crate) long_range: Option<(u32, u32)>,
}

/// The largest range expanded into single citations (`Resolutions 25 to 27` is three).
pub(crate) const MAX_RANGE: u32 = 100;

/// `Resolution`, `Resolutions`, `Résolution`, `Resolución`, `Res.`, `Rés.`, or `Res` before a
/// number; may be glued to the number (`Resolution12`).
pub(crate) fn trigger_word<'a>(w: &Words, input: &'a str) -> PResult<'a, Trigger> {
    alt((
        |i| w.triggers.before_digits(i),
        // `Res 70`: an abbreviation without its full stop, only right before a number.
        value(
            Trigger::Short,
            terminated(
                |i| w.bare_abbreviations.one_of(i),
                peek(pair(sp1, satisfy(|c| c.is_ascii_digit()))),
            ),
        ),
    ))
    .parse(input)
}

/// A Sector marker between the citation word and the number: `ITU-R`, `ITUR`, `UIT-R`, `ITU-T`;
/// the number may be glued to it in text that lost some spaces (`ITU-T7`).
pub(crate) fn sector_marker<'a>(w: &Words, input: &'a str) -> PResult<'a, Body> {
    w.sector_markers.before_digits(input)
}

/// A hyphen or dash.
fn hyphen(input: &str) -> PResult<'_, char> {
    satisfy(is_hyphen).parse(input)
}

/// A resolution number, with the ITU-R revision counter when `counter` allows it: `191`, `6-1`.
/// Numbers of other organizations (`70/1`, `A/RES/70/1`, `2.3`) are refused.
pub(crate) fn number(input: &str, counter: bool) -> PResult<'_, ResolutionNumber> {
    let (rest, (base, _)) = terminated(
        |i| digits(i, 4),
        not(pair(satisfy(|c| c == '/' || c == '.'), satisfy(|c| c.is_ascii_digit()))),
    )
    .parse(input)?;
    if counter && let Ok((after, (revision, _))) = preceded(hyphen, |i| digits(i, 2)).parse(rest) {
        let revision = u16::try_from(revision).expect("two digits fit in u16");
        return Ok((after, ResolutionNumber::with_revision(base, revision)));
    }
    Ok((rest, ResolutionNumber::new(base)))
}

/// `, `, `and`, `et`, `y`, `or` between two numbers of a list.
fn list_separator<'a>(w: &Words, input: &'a str) -> PResult<'a, ()> {
    let separator_word = |i| w.list_separators.one_of(i);
    value(
        (),
        preceded(
            sp,
            alt((
                value((), (char(','), sp, opt(terminated(separator_word, sp)))),
                value((), terminated(separator_word, sp)),
            )),
        ),
    )
    .parse(input)
}

/// `to`, `à`, `a`, `through` or a dash between the two ends of a range.
fn range_separator<'a>(w: &Words, input: &'a str) -> PResult<'a, ()> {
    value((), (sp, alt((value((), hyphen), |i| w.range_separators.one_of(i))), sp)).parse(input)
}

/// An edition after optional spaces.
fn spaced_edition<'a>(w: &Words, input: &'a str) -> PResult<'a, Option<EditionOutcome<'a>>> {
    opt(preceded(sp, |i| edition(w, i))).parse(input)
}

/// One list item: optional number sign, optional Sector marker, number, optional edition.
fn item<'a>(w: &Words, input: &'a str, trigger: Trigger) -> PResult<'a, Item<'a>> {
    let (rest, _) = opt(terminated(|i| w.number_signs.one_of(i), sp)).parse(input)?;
    let (rest, prefix) = opt(terminated(|i| sector_marker(w, i), sp)).parse(rest)?;
    let counter = prefix == Some(Body::Ra) || trigger != Trigger::Plural;
    let (rest, number) = number(rest, counter)?;
    let (rest, _) = opt(preceded(sp, provisional_label)).parse(rest)?;
    let (rest, edition) = spaced_edition(w, rest)?;
    Ok((rest, Item { number, prefix, edition, after_commas: false }))
}

/// The provisional label a resolution bore at its conference, between its number and its
/// edition: `[COM6/8]` in `Resolution 421 [COM6/8] (WRC-07)`. Capitals first, then capitals,
/// digits, `/`, `-` or `.`, 16 characters at most.
fn provisional_label(input: &str) -> PResult<'_, &str> {
    recognize((
        char('['),
        satisfy(|c| c.is_ascii_uppercase()),
        take_while_m_n(1, 15, |c: char| {
            c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '-' | '.')
        }),
        char(']'),
    ))
    .parse(input)
}

/// How long the description of a list's item may be (`on applied research and transfer of
/// technology`).
const MAX_DESCRIPTION: usize = 250;

/// After an item with its edition, what it is on and the next item, with its own edition: `,
/// on applied research and transfer of technology, 20 (Rev. Hyderabad, 2010)`. The description
/// opens in lower case after a comma and holds no digit and no end of sentence or clause; the
/// next number follows a comma or a list's conjunction.
fn described_item<'a>(w: &Words, input: &'a str, trigger: Trigger) -> Option<(&'a str, Item<'a>)> {
    let description = input.strip_prefix(',')?;
    let description = description.trim_start_matches(crate::pieces::is_space);
    if !description.starts_with(char::is_lowercase) {
        return None;
    }
    // A line break inside the description is a space; a blank line ends it.
    let (at, _) =
        description.char_indices().take_while(|&(i, _)| i <= MAX_DESCRIPTION).find(|&(i, c)| {
            c.is_ascii_digit()
                || c == ';'
                || (c == '\n'
                    && description[i + 1..].trim_start_matches([' ', '\t', '\r']).starts_with('\n'))
        })?;
    let before = description[..at].trim_end();
    if !description[..at].ends_with(char::is_whitespace)
        || before.contains(". ")
        || before.contains(".\n")
    {
        return None;
    }
    let separated = before.ends_with(',') || {
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        w.list_separators.one_of(word).is_ok_and(|(rest, ())| rest.is_empty())
    };
    if !separated {
        return None;
    }
    let (rest, next) = item(w, &description[at..], trigger).ok()?;
    matches!(next.edition, Some(EditionOutcome::Read(_))).then_some((rest, next))
}

/// A citation's resolutions, and the ends of a range too long to expand, if one was met.
type ItemList<'a> = (Vec<Item<'a>>, Option<(u32, u32)>);

/// The numbers of a citation: one, or for `Resolutions`/`Res.` a list with ranges; and the
/// ends of a range too long to expand, which stops the list. `repeat_word` lets the citation
/// word come again inside the list (`Resolutions 44 and Resolution 45`).
fn items<'a>(
    w: &Words,
    input: &'a str,
    trigger: Trigger,
    repeat_word: bool,
) -> PResult<'a, ItemList<'a>> {
    let (mut rest, first) = item(w, input, trigger)?;
    let mut res = vec![first];
    if trigger == Trigger::Singular {
        return Ok((rest, (res, None)));
    }
    loop {
        let last = *res.last().expect("the list starts with one item");
        if last.edition.is_none()
            && last.number.revision.is_none()
            && let Ok((after, (end, _))) =
                preceded(|i| range_separator(w, i), |i| digits(i, 4)).parse(rest)
        {
            let start = last.number.base;
            if end > start && end - start <= MAX_RANGE {
                for base in start + 1..=end {
                    res.push(Item { number: ResolutionNumber::new(base), ..last });
                }
                let (after, edition) = spaced_edition(w, after)?;
                if edition.is_some() {
                    res.last_mut().expect("the range pushed items").edition = edition;
                }
                rest = after;
                continue;
            }
            if end > start {
                return Ok((rest, (res, Some((start, end)))));
            }
        }
        // `15 (Rev. Hyderabad, 2010), on applied research, 20 (Rev. Hyderabad, 2010)`.
        let described = || {
            (trigger == Trigger::Plural && matches!(last.edition, Some(EditionOutcome::Read(_))))
                .then(|| described_item(w, rest, trigger))
                .flatten()
        };
        let Ok((after, ())) = list_separator(w, rest) else {
            match described() {
                Some((after, next)) => {
                    res.push(next);
                    rest = after;
                    continue;
                }
                None => break,
            }
        };
        let after = match trigger_word(w, after) {
            Ok((a, _)) if repeat_word => sp(a)?.0,
            _ => after,
        };
        match item(w, after, trigger).ok().or_else(described) {
            Some((after, next)) => {
                res.push(next);
                rest = after;
            }
            None => break,
        }
    }
    Ok((rest, (res, None)))
}

/// A body name, optionally with a conference tag (`WTSA-16`) or acronym in parentheses after it
/// (`World Telecommunication Development Conference (WTDC)`).
pub(crate) fn body_name<'a>(w: &Words, input: &'a str) -> PResult<'a, BodyHint> {
    tagged_body_name(w, input).map(|(rest, (hint, _))| (rest, hint))
}

/// A body name as [`body_name`] reads it, with the conference tag it is written as, where it is
/// one (`WTSA-16`, `CMDT-98`, `Council-2002`).
fn tagged_body_name<'a>(w: &Words, input: &'a str) -> PResult<'a, (BodyHint, Option<&'a str>)> {
    let names = |i| w.body_names.one_of(i);
    let tag_digits = |i| {
        let (rest, (_, text)) = digits(i, 4)?;
        if text.len() == 2 || text.len() == 4 {
            Ok((rest, ()))
        } else {
            fail(i, "a conference tag")
        }
    };
    let (rest, (hint, digits)) = (names, opt(preceded(hyphen, tag_digits))).parse(input)?;
    let tag = digits.map(|()| &input[..input.len() - rest.len()]);
    // `(WTDC)` after the long name.
    let (rest, _) = opt(preceded(sp, (char('('), names, char(')')))).parse(rest)?;
    Ok((rest, (hint, tag)))
}

/// `of the Plenipotentiary Conference`, `of WTSA`, `adopted by the Council`, `de la CMDT`,
/// `de l'Assemblée ...`, `del Consejo`.
pub(crate) fn attribution<'a>(w: &Words, input: &'a str) -> PResult<'a, BodyHint> {
    tagged_attribution(w, input).map(|(rest, (hint, _))| (rest, hint))
}

/// An attribution as [`attribution`] reads it, with the edition its body's conference tag
/// gives (`of WTSA-16`).
fn tagged_attribution<'a>(
    w: &Words,
    input: &'a str,
) -> PResult<'a, (BodyHint, Option<EditionOutcome<'a>>)> {
    let (rest, ()) = terminated(|i| w.attribution_links.one_of(i), sp).parse(input)?;
    let rest = article(w, rest);
    // `of the ITU Council`: the Union's name before a body's.
    let rest = match terminated(|i| w.union_names.one_of(i), sp).parse(rest) {
        Ok((after, ())) if w.body_names.one_of(after).is_ok() => after,
        _ => rest,
    };
    let tagged = |i| {
        let (rest, (hint, tag)) = tagged_body_name(w, i)?;
        Ok((rest, (hint, tag.and_then(|tag| crate::edition::inside_parenthesis(w, tag)))))
    };
    alt((tagged, |i| outside_body(w, i).map(|(rest, hint)| (rest, (hint, None))))).parse(rest)
}

/// The most words read of a body's name looking for a word naming a kind of body.
const OUTSIDE_NAME_WORDS: usize = 8;

/// A body the vocabulary does not list, whose name has a word naming a kind of body outside the
/// Union's series: `Regional Preparatory Meeting`, `Commonwealth Telecommunications
/// Organisation`, `Commission de la condition de la femme`; or one it lists as outside the series
/// after other words (`African Regional Telecommunication Development Conference`). The name
/// opens with a capital; before that word or name, it is words in capitals and short links (`Food
/// and Agriculture Organization`). Gives what follows that word or name.
fn outside_body<'a>(w: &Words, input: &'a str) -> PResult<'a, BodyHint> {
    let mut rest = input;
    for index in 0..OUTSIDE_NAME_WORDS {
        let len = rest.find(|c: char| !(c.is_alphabetic() || is_hyphen(c))).unwrap_or(rest.len());
        let word = &rest[..len];
        let capital = word.starts_with(char::is_uppercase);
        if capital && crate::vocabulary::with_folded(word, |f| w.outside_heads.contains(f)) {
            return Ok((&rest[len..], BodyHint::Foreign));
        }
        // One of the vocabulary's bodies outside the series after words in capitals naming its
        // region (`African Regional Telecommunication Development Conference`).
        if index > 0
            && let Ok((after, BodyHint::Foreign)) = body_name(w, rest)
        {
            return Ok((after, BodyHint::Foreign));
        }
        // A link is a short word in small letters, never the first.
        if word.is_empty() || !(capital || (index > 0 && word.chars().count() <= 3)) {
            break;
        }
        match sp1(&rest[len..]) {
            Ok((after, _)) => rest = after,
            Err(_) => break,
        }
    }
    fail(input, "a body outside the Union's series")
}

/// The year after a body's name (`Council 2000`), as an edition known by its year; no digit,
/// letter or slash goes on from it.
pub(crate) fn session_year(input: &str) -> PResult<'_, EditionOutcome<'_>> {
    let (rest, year) = match crate::edition::year(input) {
        Ok(read) => read,
        // The year's last two digits, before a comma, the end of a sentence or a word in small
        // letters (`Council 01,`, `Council 01 in which`; not `Council 10 May`): a session since
        // 1950.
        Err(_) => {
            let (rest, (yy, digits)) = crate::pieces::digits(input, 2)?;
            let in_sentence = || {
                let word = rest.trim_start_matches(crate::pieces::is_space);
                word.len() < rest.len() && word.starts_with(|c: char| c.is_lowercase())
            };
            if digits.len() != 2
                || !(rest.is_empty() || rest.starts_with([',', ';', '.', ')']) || in_sentence())
            {
                return fail(input, "a year");
            }
            let yy = u16::try_from(yy).unwrap_or(u16::MAX);
            (rest, if yy < 50 { 2000 + yy } else { 1900 + yy })
        }
    };
    // A word in small letters or a digit glued to it makes another token; a capital is the
    // next word of a copy that lost its space (`Council 2000Approved at ...`).
    let glued_word = rest.starts_with(char::is_uppercase) && input.len() - rest.len() == 4;
    if (rest.starts_with(|c: char| c.is_alphanumeric() || c == '/')) && !glued_word {
        return fail(input, "a year");
    }
    let edition =
        crate::edition::RawEdition { revision: false, place: None, year: Some(year), tag: None };
    Ok((rest, EditionOutcome::Read(edition)))
}

/// Whether `word` names a body's meeting (`session`, `reunión`).
fn is_session_word(w: &Words, word: &str) -> bool {
    crate::vocabulary::with_folded(word, |f| w.session_words.contains(f))
}

/// ` of the 2009 session of the ITU Council`: a link, the year and a session word, then the
/// Council's attribution; or ` of the 1996 Council`, the year before the Council's name. Gives
/// what follows, the body and the year as an edition.
fn session_before_body<'a>(
    w: &Words,
    input: &'a str,
) -> Option<(&'a str, BodyHint, EditionOutcome<'a>)> {
    // Most citations have no year a few bytes on: looked at first, as it is cheap.
    if !input.as_bytes().iter().take(16).any(u8::is_ascii_digit) {
        return None;
    }
    let (rest, _) = sp1(input).ok()?;
    let (rest, ()) = terminated(|i| w.attribution_links.one_of(i), sp1).parse(rest).ok()?;
    let rest = article(w, rest);
    let (rest, year) = session_year(rest).ok()?;
    let (rest, _) = sp1(rest).ok()?;
    // `of the 1996 Council`: the year before the Council's name.
    if let Ok((after, hint @ BodyHint::Known(Body::Council))) = body_name(w, rest) {
        return Some((after, hint, year));
    }
    let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    if !is_session_word(w, &rest[..word_len]) {
        return None;
    }
    let (after, hint) = preceded(sp1, |i| attribution(w, i)).parse(&rest[word_len..]).ok()?;
    matches!(hint, BodyHint::Known(Body::Council)).then_some((after, hint, year))
}

/// ` at its 2009 session`, ` à sa session de 2009`, ` en su reunión de 2009` after the Council's
/// name: a few words holding a session word and a year, before any other punctuation than a
/// list's commas. Several years may be listed (`at its 2000, 2001 and 2002 sessions`, `à ses
/// sessions de 2000, 2001 et 2002`). Gives what follows and the years as editions, in the order
/// written.
fn sessions_after_body<'a>(
    w: &Words,
    input: &'a str,
) -> Option<(&'a str, Vec<EditionOutcome<'a>>)> {
    // The first six words at most, up to the years and the session word: `at its 2009 session`
    // (then `on climate change` is another matter).
    let (mut years, mut session, mut rest) = (Vec::new(), false, input);
    for _ in 0..6 {
        let (word_start, _) = sp1(rest).ok()?;
        if let Ok((after, year)) = session_year(word_start) {
            years.clear();
            years.push(year);
            rest = after;
            while let Ok((after, year)) =
                preceded(|i| list_separator(w, i), session_year).parse(rest)
            {
                years.push(year);
                rest = after;
            }
        } else {
            let len = word_start.find(|c: char| !c.is_alphabetic()).unwrap_or(word_start.len());
            if len == 0 {
                return None;
            }
            session |= is_session_word(w, &word_start[..len]);
            rest = &word_start[len..];
        }
        if session && !years.is_empty() {
            return Some((rest, years));
        }
    }
    None
}

/// The most words of a place's name written after a link (`La Valette`).
pub(crate) const MAX_PLACE_WORDS: usize = 3;

/// ` of Nairobi`, ` de La Valette`: a link of the vocabulary's `attribution_links` and one to
/// three words opening in capitals, a line break between them or not. Gives the text from the
/// first word on, and where each of those words ends in it.
pub(crate) fn linked_place<'a>(w: &Words, input: &'a str) -> Option<(&'a str, Vec<usize>)> {
    let (rest, ()) = preceded(sp1, |i| w.attribution_links.one_of(i)).parse(input).ok()?;
    let (place_start, _) = sp1(rest).ok()?;
    let mut ends = Vec::with_capacity(MAX_PLACE_WORDS);
    let mut end = 0;
    for _ in 0..MAX_PLACE_WORDS {
        let word = place_start[end..].trim_start_matches(crate::pieces::is_space);
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        let len = word
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}'))
            .unwrap_or(word.len());
        end = place_start.len() - word.len() + len;
        ends.push(end);
    }
    (!ends.is_empty()).then_some((place_start, ends))
}

/// ` of Nairobi (1982)`, ` de Nairobi (1982)` after a body's name: a link, a place of one to
/// three capitalised words, and a year in parentheses, a line break between them or not. Gives
/// what follows and the place and year as an edition.
fn place_after_body<'a>(w: &Words, input: &'a str) -> Option<(&'a str, EditionOutcome<'a>)> {
    let (place_start, ends) = linked_place(w, input)?;
    let end = *ends.last()?;
    let (place, after) = place_start.split_at(end);
    let after = sp(after).ok()?.0.strip_prefix('(')?;
    let (after, year) = crate::edition::year(after).ok()?;
    let after = after.strip_prefix(')')?;
    let edition = crate::edition::RawEdition {
        revision: false,
        place: Some(place),
        year: Some(year),
        tag: None,
    };
    Some((after, EditionOutcome::Read(edition)))
}

/// ` (XVI)` after a resolution's number: a session of the United Nations General Assembly in
/// Roman numerals, or of another organization's body named by a short prefix and a hyphen
/// (`(Cg-XII)`, `(EC-LXIV)`: the meteorological congress and its executive council). The
/// Union's tags carry digits. Gives what follows.
fn roman_session(input: &str) -> Option<&str> {
    let mut inside = input.trim_start_matches(crate::pieces::is_space).strip_prefix('(')?;
    let prefix = inside.bytes().take_while(u8::is_ascii_alphabetic).count();
    if (1..=3).contains(&prefix)
        && let Some(after) = inside[prefix..].strip_prefix('-')
    {
        inside = after;
    }
    let len = inside.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')).count();
    if (1..=8).contains(&len) { inside[len..].strip_prefix(')') } else { None }
}

/// `the`, `la`, `l'`, `el`, `le` before a body name.
pub(crate) fn article<'a>(w: &Words, input: &'a str) -> &'a str {
    for glued in &w.glued_articles {
        if let Ok((rest, _)) = phrase(input, glued) {
            return rest;
        }
    }
    match terminated(|i| w.articles.one_of(i), sp).parse(input) {
        Ok((rest, ())) => rest,
        Err(_) => lost_apostrophe(w, input).unwrap_or(input),
    }
}

/// A glued article whose apostrophe a bad extraction lost, before a capitalised word
/// (`LAssemble des radiocommunications`): what follows it.
fn lost_apostrophe<'a>(w: &Words, input: &'a str) -> Option<&'a str> {
    w.glued_articles.iter().find_map(|glued| {
        let base = glued.trim_end_matches(['\'', '\u{2019}']);
        let (_, matched) = phrase(input, base).ok()?;
        let rest = &input[matched.len()..];
        let mut next = rest.chars();
        (next.next()?.is_uppercase() && next.next()?.is_lowercase()).then_some(rest)
    })
}

/// Whether a list's text enumerates: numbers separated by commas and a final conjunction.
fn is_enumeration(w: &Words, list: &str) -> bool {
    let folded = crate::vocabulary::folded(list);
    folded.contains(',') && w.conjunctions.iter().any(|c| folded.contains(&format!(" {c} ")))
}

/// The most line breaks between a citation word ending a paragraph and its number opening the
/// next (see [`across_blank_lines`]).
const MAX_BREAKS_IN_CITATION: usize = 3;

/// After a citation word ending a paragraph, the next paragraph where it opens with the number
/// and an edition (`a) Resolution` / a blank line / `183 (Guadalajara, 2010) of ...`), as a PDF's
/// reader gives a paragraph split by a page break. A number opening a paragraph with no edition
/// after it is an item.
fn across_blank_lines<'a>(w: &Words, rest: &'a str) -> Option<&'a str> {
    if !rest.starts_with(['\n', '\r']) {
        return None;
    }
    let next = rest.trim_start_matches(|c: char| c == '\n' || c == '\r' || is_space(c));
    let breaks = rest[..rest.len() - next.len()].matches('\n').count();
    if breaks > MAX_BREAKS_IN_CITATION {
        return None;
    }
    let (after_number, _) = digits(next, 4).ok()?;
    let (after_space, _) = sp1(after_number).ok()?;
    matches!(edition(w, after_space), Ok((_, EditionOutcome::Read(_)))).then_some(next)
}

/// A whole citation starting at its citation word.
pub(crate) fn citation<'a>(w: &Words, input: &'a str) -> PResult<'a, RawCitation<'a>> {
    let (rest, trigger) = terminated(|i| trigger_word(w, i), sp).parse(input)?;
    let rest = across_blank_lines(w, rest).unwrap_or(rest);
    let word = &input[..input.len() - rest.len()];
    let (mut rest, (mut items, long_range)) = match trigger {
        // `Resolution 17, 26, 44 and 45 (Rev. Hammamet, 2016)`: a plural list written after the
        // singular word. Taken only when it is a whole enumeration (commas, then a final `and`),
        // so `Resolution 70, paragraph 2` stays one citation.
        // The citation word may not come again in such a list: `Resolution 70 and Resolution
        // 71 and ...` would be read again from each of its words.
        Trigger::Singular => match items(w, rest, Trigger::Plural, false) {
            Ok((after, list))
                if list.0.len() >= 3 && is_enumeration(w, &rest[..rest.len() - after.len()]) =>
            {
                (after, list)
            }
            _ => items(w, rest, trigger, true)?,
        },
        _ => items(w, rest, trigger, true)?,
    };
    // `of the Plenipotentiary Conference (Rev. Antalya, 2006)`: attribution, then edition, then
    // possibly an attribution again; a comma may stand before it (`Resolution 1158, adopted by
    // the Council`).
    let spaced_attribution = |i| {
        preceded(alt((value((), (char(','), sp1)), value((), sp))), |i| tagged_attribution(w, i))
            .parse(i)
    };
    // `Resolution 1721 (XVI)`: the General Assembly's session in Roman numerals, the United
    // Nations' numbering, never the Union's; an attribution may follow.
    let roman = items
        .last()
        .is_some_and(|item| item.edition.is_none())
        .then(|| roman_session(rest))
        .flatten();
    if let Some(after) = roman {
        rest = after;
    }
    let (mut after, mut attributed) = opt(spaced_attribution).parse(rest)?;
    // `and Recommendations 3 and 4 of the ...`: other instruments joined to the resolutions
    // before the body is named; the body is theirs all.
    if attributed.is_none()
        && let Some(list_end) = after_other_instruments(w, rest)
        && let Ok((tail, found)) = spaced_attribution(list_end)
    {
        (after, attributed) = (tail, Some(found));
    }
    rest = after;
    let mut hint = attributed.map(|(hint, _)| hint);
    // `of WTSA-16`: the body's conference tag is the edition, where none was written.
    if let Some((_, Some(tagged))) = attributed
        && let Some(last) = items.last_mut()
        && last.edition.is_none()
    {
        last.edition = Some(tagged);
    }
    if roman.is_some() {
        hint = Some(BodyHint::Foreign);
    }
    // `of the 2009 session of the ITU Council`: the Council's session before its name.
    if hint.is_none()
        && items.last().is_some_and(|item| item.edition.is_none())
        && let Some((after, body, year)) = session_before_body(w, rest)
    {
        hint = Some(body);
        items.last_mut().expect("items are never empty").edition = Some(year);
        rest = after;
    }
    if items.last().is_some_and(|item| item.edition.is_none())
        && let Ok((after, outcome)) = preceded(sp, |i| edition(w, i)).parse(rest)
    {
        items.last_mut().expect("items are never empty").edition = Some(outcome);
        rest = after;
    }
    // `Resolution 11, Kyoto, 1994`: an edition after commas, as older texts write it.
    if hint.is_none()
        && items.last().is_some_and(|item| item.edition.is_none())
        && let Ok((after, raw)) = crate::edition::comma_edition(rest)
    {
        let last = items.last_mut().expect("items are never empty");
        last.edition = Some(EditionOutcome::Read(raw));
        last.after_commas = true;
        rest = after;
    }
    // `of Council 2000`: the body's name and the year it met in.
    if matches!(hint, Some(BodyHint::Known(_)))
        && items.last().is_some_and(|item| item.edition.is_none())
        && let Ok((after, year)) = preceded(sp1, session_year).parse(rest)
    {
        items.last_mut().expect("items are never empty").edition = Some(year);
        rest = after;
    }
    // `du Conseil de 1996`, `del Consejo de 1997`: a link and the year the Council met in.
    if matches!(hint, Some(BodyHint::Known(Body::Council)))
        && items.last().is_some_and(|item| item.edition.is_none())
        && let Ok((after, year)) =
            preceded((sp1, |i| w.attribution_links.one_of(i), sp1), session_year).parse(rest)
    {
        items.last_mut().expect("items are never empty").edition = Some(year);
        rest = after;
    }
    // `of the Plenipotentiary Conference of Nairobi (1982)`: the conference by its place after
    // the body's name, its year in parentheses.
    if matches!(hint, Some(BodyHint::Known(_)))
        && items.last().is_some_and(|item| item.edition.is_none())
        && let Some((after, edition)) = place_after_body(w, rest)
    {
        items.last_mut().expect("items are never empty").edition = Some(edition);
        rest = after;
    }
    // `adopted by the ITU Council at its 2009 session`: its session after its name. Sessions
    // as many as the resolutions go to them in order (`Resolutions 1158, 1179 and 1196 adopted
    // by the Council at its 2000, 2001 and 2002 sessions respectively`); a count that matches
    // neither one nor the resolutions' gives none.
    if matches!(hint, Some(BodyHint::Known(Body::Council)))
        && items.last().is_some_and(|item| item.edition.is_none())
        && let Some((after, years)) = sessions_after_body(w, rest)
    {
        match years.len() {
            1 => items.last_mut().expect("items are never empty").edition = Some(years[0]),
            n if n == items.len() && items.iter().all(|item| item.edition.is_none()) => {
                for (item, year) in items.iter_mut().zip(years) {
                    item.edition = Some(year);
                }
            }
            _ => {}
        }
        rest = after;
    }
    if hint.is_none() {
        let (after, later) = opt(spaced_attribution).parse(rest)?;
        hint = later.map(|(hint, _)| hint);
        rest = after;
    }
    // `RESOLUTIONS 1`: the Final Acts' part title in capitals beside its page number, one
    // number with nothing after it, cites nothing.
    if trigger == Trigger::Plural
        && items.len() == 1
        && items[0].edition.is_none()
        && hint.is_none()
        && !word.chars().any(char::is_lowercase)
    {
        return fail(input, "a resolution's number after the plural in capitals");
    }
    // An item without an edition shares the edition of the next item that has one:
    // `Resolutions 44 and 45 (Rev. Dubai, 2012)`.
    let mut next_edition = None;
    for item in items.iter_mut().rev() {
        match item.edition {
            Some(edition) => next_edition = Some(edition),
            None => item.edition = next_edition,
        }
    }
    Ok((rest, RawCitation { items, attribution: hint, long_range }))
}

/// The most words of a list of other instruments joined to resolutions (`and Recommendations 3,
/// 4 and 5`), after its name.
const MAX_INSTRUMENT_LIST_WORDS: usize = 12;

/// Where a list of other instruments joined to the resolutions by a conjunction ends: `and
/// Recommendations 3 and 4`, `and Decision 5`, their numbers (digits, with dots, hyphens and
/// slashes: `SM.1234`) joined by commas and conjunctions. `None` without one.
fn after_other_instruments<'a>(w: &Words, input: &'a str) -> Option<&'a str> {
    let is_conjunction = |word: &str| {
        crate::vocabulary::with_folded(word, |folded| w.conjunctions.iter().any(|c| c == folded))
    };
    let rest = input.trim_start_matches(crate::pieces::is_space);
    let word_end = rest.find(crate::pieces::is_space)?;
    if !is_conjunction(&rest[..word_end]) {
        return None;
    }
    let (mut rest, ()) = w.instrument_names.one_of(rest[word_end..].trim_start()).ok()?;
    let mut numbers = 0;
    for _ in 0..MAX_INSTRUMENT_LIST_WORDS {
        let token = rest.trim_start_matches(crate::pieces::is_space);
        let end = token.find(crate::pieces::is_space).unwrap_or(token.len());
        let word = token[..end].trim_end_matches(',');
        let number = word.contains(|c: char| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/'));
        if !(number || (numbers > 0 && is_conjunction(word))) {
            break;
        }
        numbers += usize::from(number);
        rest = &token[end..];
    }
    (numbers > 0).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edition::RawEdition;

    fn words() -> Words {
        Words::new(&crate::Vocabulary::shipped())
    }

    fn read(text: &str) -> RawEdition<'_> {
        match edition(&words(), text) {
            Ok((_, EditionOutcome::Read(edition))) => edition,
            other => panic!("{text:?} gave {other:?}"),
        }
    }

    #[test]
    fn editions() {
        let e = read("(Rev. Dubai, 2018)");
        assert_eq!((e.revision, e.place, e.year), (true, Some("Dubai"), Some(2018)));
        let e = read("(Rev.Kyoto,1994)");
        assert_eq!((e.revision, e.place, e.year), (true, Some("Kyoto"), Some(1994)));
        let e = read("(Rev Dubai 2014)");
        assert_eq!((e.revision, e.place, e.year), (true, Some("Dubai"), Some(2014)));
        let e = read("(REV. SHARM EL-SHEIKH, 2019)");
        assert_eq!(e.place, Some("SHARM EL-SHEIKH"));
        let e = read("(Rev.WRC-19)");
        assert_eq!((e.revision, e.tag), (true, Some("WRC-19")));
        let e = read("(2000-2003-2015)");
        assert_eq!((e.revision, e.year), (true, Some(2015)));
        let e = read("(Rév. Genève, 2022)");
        assert_eq!((e.revision, e.place), (true, Some("Genève")));
        assert_eq!(
            edition(&words(), "(Rev. AntalyaBusan, 20062014)").unwrap().1,
            EditionOutcome::TrackedChanges("Rev. AntalyaBusan, 20062014")
        );
        assert_eq!(edition(&words(), "(Rev. Busan").unwrap().1, EditionOutcome::CutOff);
        assert!(edition(&words(), "(on the digital divide)").is_err());
        assert!(edition(&words(), "(XXI)").is_err());
    }

    #[test]
    fn lists_and_ranges() {
        let (_, c) = citation(&words(), "Resolutions 25 to 27 and 30").unwrap();
        let numbers: Vec<u32> = c.items.iter().map(|i| i.number.base).collect();
        assert_eq!(numbers, [25, 26, 27, 30]);
        let (_, c) = citation(&words(), "Resolution 44 and 45").unwrap();
        assert_eq!(c.items.len(), 1);
    }
}
