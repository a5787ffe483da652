//! The citation grammar: `Resolution 191 (Rev. Dubai, 2018) of the Plenipotentiary Conference`,
//! `Resolutions 44 and 45 (Rev. Dubai, 2012) of WTSA`, `Res. ITU-R 9-2`, in English, French and
//! Spanish.

use isc_model::{Body, ResolutionNumber};

use crate::pieces::{
    Keywords, PResult, digits, fail, is_hyphen, is_space, one_of, phrase, sp, sp1, word,
};

/// How the word that opened a citation was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trigger {
    /// `Resolution`: one resolution.
    Singular,
    /// `Resolutions`: a list or range may follow.
    Plural,
    /// `Res.`: either.
    Short,
}

/// Who a name in the text points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyHint {
    /// A body of the Union.
    Known(Body),
    /// `this Conference`, `this Assembly`: the body issuing the document.
    ThisConference,
    /// A body outside the Union (the UN General Assembly, ECOSOC): not an ITU resolution.
    Foreign,
}

/// An edition as written, before the calendar is asked about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawEdition<'a> {
    pub(crate) revision: bool,
    pub(crate) place: Option<&'a str>,
    pub(crate) year: Option<u16>,
    pub(crate) tag: Option<&'a str>,
}

/// What stood in an edition's parenthesis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EditionOutcome<'a> {
    /// A readable edition.
    Read(RawEdition<'a>),
    /// Two editions run together by merged tracked changes: `(Rev. AntalyaBusan, 20062014)`.
    TrackedChanges(&'a str),
    /// The text ends inside the parenthesis.
    CutOff,
}

/// One resolution of a citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Item<'a> {
    pub(crate) number: ResolutionNumber,
    /// The number as written (the first number of a range).
    pub(crate) number_text: &'a str,
    /// A body marker written right after the citation word (`Resolution ITU-R 9`).
    pub(crate) prefix: Option<Body>,
    pub(crate) edition: Option<EditionOutcome<'a>>,
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

/// Words that open a citation. Longer forms come before their prefixes.
const TRIGGERS: &[(&str, Trigger)] = &[
    ("resolutions", Trigger::Plural),
    ("resolution", Trigger::Singular),
    ("resoluciones", Trigger::Plural),
    ("resolucion", Trigger::Singular),
    ("resol.", Trigger::Short),
    ("res.", Trigger::Short),
];

/// The largest range expanded into single citations (`Resolutions 25 to 27` is three).
pub(crate) const MAX_RANGE: u32 = 100;

/// `Resolution`, `Resolutions`, `Résolution`, `Resolución`, `Res.`, `Rés.`, or `Res` before a
/// number; may be glued to the number (`Resolution12`).
pub(crate) fn trigger_word(input: &str) -> PResult<'_, Trigger> {
    for &(expected, trigger) in TRIGGERS {
        if let Ok((rest, _)) = phrase(input, expected) {
            // Glued digits are fine (`Resolution12`); glued letters make another word.
            if !rest.chars().next().is_some_and(char::is_alphabetic) {
                return Ok((rest, trigger));
            }
        }
    }
    // `Res 70`: the abbreviation without its period, only right before a number.
    if let Ok((rest, _)) = word(input, "res") {
        let (after, _) = sp1(rest)?;
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok((rest, Trigger::Short));
        }
    }
    fail(input, "the word Resolution")
}

/// A Sector marker between the citation word and the number: `ITU-R`, `ITUR`, `UIT-R`, `ITU-T`.
pub(crate) fn sector_marker(input: &str) -> PResult<'_, Body> {
    const MARKERS: Keywords<Body> = Keywords::new(&[
        ("ITU-R", Body::Ra),
        ("ITU R", Body::Ra),
        ("ITUR", Body::Ra),
        ("UIT-R", Body::Ra),
        ("UITR", Body::Ra),
        ("ITU-T", Body::Wtsa),
        ("UIT-T", Body::Wtsa),
        ("ITU-D", Body::Wtdc),
        ("UIT-D", Body::Wtdc),
    ]);
    one_of(input, &MARKERS)
}

/// A resolution number, with the ITU-R revision counter when `counter` allows it: `191`, `6-1`.
/// Numbers of other organizations (`70/1`, `A/RES/70/1`, `2.3`) are refused.
fn number(input: &str, counter: bool) -> PResult<'_, (ResolutionNumber, &str)> {
    let (rest, (base, text)) = digits(input, 4)?;
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some('/' | '.'), Some(d)) if d.is_ascii_digit() => {
            return fail(input, "an ITU resolution number");
        }
        _ => {}
    }
    if counter
        && let Some(after_hyphen) = strip_hyphen(rest)
        && let Ok((after, (revision, _))) = digits(after_hyphen, 2)
    {
        let revision = u16::try_from(revision).expect("two digits fit in u16");
        let text = &input[..input.len() - after.len()];
        return Ok((after, (ResolutionNumber::with_revision(base, revision), text)));
    }
    Ok((rest, (ResolutionNumber::new(base), text)))
}

fn strip_hyphen(input: &str) -> Option<&str> {
    let mut chars = input.chars();
    chars.next().filter(|&c| is_hyphen(c)).map(|_| chars.as_str())
}

/// `, `, `and`, `et`, `y`, `or` between two numbers of a list.
fn list_separator(input: &str) -> PResult<'_, ()> {
    const WORDS: Keywords<()> = Keywords::new(&[
        ("and", ()),
        ("et", ()),
        ("y", ()),
        ("e", ()),
        ("or", ()),
        ("ou", ()),
        ("o", ()),
    ]);
    let (rest, _) = sp(input)?;
    if let Some(after_comma) = rest.strip_prefix(',') {
        let (after, _) = sp(after_comma)?;
        let after = match one_of(after, &WORDS) {
            Ok((rest, ())) => sp(rest)?.0,
            Err(_) => after,
        };
        return Ok((after, ()));
    }
    let (rest, ()) = one_of(rest, &WORDS)?;
    let (rest, _) = sp(rest)?;
    Ok((rest, ()))
}

/// `to`, `à`, `a`, `through` or a dash between the two ends of a range.
fn range_separator(input: &str) -> PResult<'_, ()> {
    const WORDS: Keywords<()> =
        Keywords::new(&[("to", ()), ("through", ()), ("à", ()), ("a", ()), ("al", ())]);
    let (rest, _) = sp(input)?;
    let (rest, ()) = match strip_hyphen(rest) {
        Some(after) => (after, ()),
        None => one_of(rest, &WORDS)?,
    };
    let (rest, _) = sp(rest)?;
    Ok((rest, ()))
}

/// One list item: optional Sector marker, number, optional edition.
fn item(input: &str, trigger: Trigger) -> PResult<'_, Item<'_>> {
    let (rest, prefix) = match sector_marker(input) {
        Ok((rest, body)) => (sp(rest)?.0, Some(body)),
        Err(_) => (input, None),
    };
    let counter = prefix == Some(Body::Ra) || trigger != Trigger::Plural;
    let (rest, (number, number_text)) = number(rest, counter)?;
    let (rest, edition) = match sp(rest).and_then(|(r, _)| edition(r)) {
        Ok((rest, edition)) => (rest, Some(edition)),
        Err(_) => (rest, None),
    };
    Ok((rest, Item { number, number_text, prefix, edition }))
}

/// The numbers of a citation: one, or for `Resolutions`/`Res.` a list with ranges; and the
/// ends of a range too long to expand, which stops the list.
#[allow(clippy::type_complexity, reason = "a private parser's output, read once by `citation`")]
fn items(input: &str, trigger: Trigger) -> PResult<'_, ItemList<'_>> {
    items_of(input, trigger, true)
}

/// A citation's resolutions, and the ends of a range too long to expand, if one was met.
type ItemList<'a> = (Vec<Item<'a>>, Option<(u32, u32)>);

/// The numbers of a citation; `repeat_word` lets the citation word come again inside the list
/// (`Resolutions 44 and Resolution 45`).
fn items_of(input: &str, trigger: Trigger, repeat_word: bool) -> PResult<'_, ItemList<'_>> {
    let (mut rest, first) = item(input, trigger)?;
    let mut res = vec![first];
    if trigger == Trigger::Singular {
        return Ok((rest, (res, None)));
    }
    loop {
        let last = *res.last().expect("the list starts with one item");
        if last.edition.is_none()
            && last.number.revision.is_none()
            && let Ok((after, ())) = range_separator(rest)
            && let Ok((after, (end, _))) = digits(after, 4)
        {
            let start = last.number.base;
            if end > start && end - start <= MAX_RANGE {
                for base in start + 1..=end {
                    res.push(Item { number: ResolutionNumber::new(base), ..last });
                }
                let (after, edition) = match sp(after).and_then(|(r, _)| edition(r)) {
                    Ok((after, edition)) => (after, Some(edition)),
                    Err(_) => (after, None),
                };
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
        let Ok((after, ())) = list_separator(rest) else { break };
        let after = match trigger_word(after) {
            Ok((a, _)) if repeat_word => sp(a)?.0,
            _ => after,
        };
        match item(after, trigger) {
            Ok((after, next)) => {
                res.push(next);
                rest = after;
            }
            Err(_) => break,
        }
    }
    Ok((rest, (res, None)))
}

/// The edition in parentheses: `(Rev. Dubai, 2018)`, `(Busan, 2014)`, `(Rev.WRC-19)`,
/// `(2000-2003-2015)`, `(2009)`; `(Rev. Dubai 2014)` and `(Rev.Kyoto,1994)` too.
pub(crate) fn edition(input: &str) -> PResult<'_, EditionOutcome<'_>> {
    let Some(inside) = input.strip_prefix('(') else {
        return fail(input, "an edition in parentheses");
    };
    let close = inside.find([')', '(', '\n']).filter(|&i| inside.as_bytes()[i] == b')');
    let Some(close) = close.or_else(|| two_line_close(inside)) else {
        // The text ends before the parenthesis closes: a citation cut off.
        let rest_is_short = inside.len() < 60 && !inside.contains([')', '(']);
        return if rest_is_short && looks_like_edition_start(inside) {
            Ok(("", EditionOutcome::CutOff))
        } else {
            fail(input, "a closing parenthesis")
        };
    };
    let rest = &inside[close + 1..];
    let inner = &inside[..close];
    let (body, mut revision) = revision_marker(inner);
    let mut body = body.trim_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
    // An edition history `(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)`: the last one
    // is this edition, and it revises the others.
    if let Some((_, last)) = body.rsplit_once(';') {
        let (last, _) = revision_marker(last);
        body = last.trim_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
        revision = true;
    }
    if let Some(edition) = tag_edition(body, revision) {
        return Ok((rest, EditionOutcome::Read(edition)));
    }
    // `(REV. DUBAI, 2018BUCHAREST, 2022)`: two editions run together by merged tracked changes,
    // with letters after the first year (a year chain `2000-2015` has none).
    let first_year_end = body
        .char_indices()
        .find(|&(i, _)| {
            body[i..].len() >= 4 && body.as_bytes()[i..i + 4].iter().all(u8::is_ascii_digit)
        })
        .map(|(i, _)| i + 4);
    if let Some(end) = first_year_end {
        let after = &body[end..];
        let has_letters = after.chars().any(char::is_alphabetic);
        let has_second_year = after.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
        if has_letters && has_second_year {
            return Ok((rest, EditionOutcome::TrackedChanges(inner)));
        }
    }
    match place_year(body) {
        Some(YearText::One(place, year)) => Ok((
            rest,
            EditionOutcome::Read(RawEdition { revision, place, year: Some(year), tag: None }),
        )),
        Some(YearText::Chain(years)) => Ok((
            rest,
            EditionOutcome::Read(RawEdition {
                revision: revision || years > 1,
                place: None,
                year: Some(chain_last(body)),
                tag: None,
            }),
        )),
        Some(YearText::Merged) => Ok((rest, EditionOutcome::TrackedChanges(inner))),
        None => fail(input, "an edition: place and year, a year, or a conference tag"),
    }
}

/// An edition broken over one line: `(Rev. Buenos\nAires, 2017)`.
fn two_line_close(inside: &str) -> Option<usize> {
    let newline = inside.find('\n')?;
    let second = &inside[newline + 1..];
    let end = second.find([')', '(', '\n'])?;
    (second.as_bytes()[end] == b')').then_some(newline + 1 + end)
}

fn looks_like_edition_start(inside: &str) -> bool {
    let start = inside.trim_start();
    start.is_empty()
        || start.starts_with(|c: char| c.is_ascii_digit())
        || revision_marker(start).1
        || {
            // A capitalised place name.
            start.starts_with(char::is_uppercase)
        }
}

/// Strips `Rev.`, `Rev`, `Rév.` from the front of an edition's inside.
fn revision_marker(inner: &str) -> (&str, bool) {
    let trimmed = inner.trim_start_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
    for expected in ["rev", "rév"] {
        if let Ok((rest, _)) = phrase(trimmed, expected) {
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            if !rest.starts_with(char::is_alphabetic)
                || trimmed[..trimmed.len() - rest.len()].ends_with('.')
            {
                return (rest, true);
            }
        }
    }
    (trimmed, false)
}

/// `WRC-19`, `CMR-15`, `WTSA-20`: letters, a hyphen, two or four digits; `PP98` without the
/// hyphen when the letters are capitals.
fn tag_edition(body: &str, revision: bool) -> Option<RawEdition<'_>> {
    let letters = body.chars().take_while(char::is_ascii_alphabetic).count();
    if !(2..=5).contains(&letters) {
        return None;
    }
    let rest = match strip_hyphen(&body[letters..]) {
        Some(rest) => rest,
        None if body[..letters].bytes().all(|b| b.is_ascii_uppercase()) => &body[letters..],
        None => return None,
    };
    let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(digits_len == 2 || digits_len == 4) || digits_len != rest.len() {
        return None;
    }
    Some(RawEdition { revision, place: None, year: None, tag: Some(body) })
}

enum YearText<'a> {
    /// An optional place and one year.
    One(Option<&'a str>, u16),
    /// A chain of years `2000-2003-2015` (how many).
    Chain(usize),
    /// Two years or two places run together.
    Merged,
}

fn valid_year(year: u32) -> Option<u16> {
    (1865..=2100).contains(&year).then(|| u16::try_from(year).expect("checked range fits in u16"))
}

/// `Dubai, 2018`, `Dubai 2018`, `Kyoto,1994`, `2009`, `2000-2003-2015`, `Antalya, 20062014`.
fn place_year(body: &str) -> Option<YearText<'_>> {
    let digits_at = body.find(|c: char| c.is_ascii_digit())?;
    let place = body[..digits_at]
        .trim_end_matches(|c: char| is_space(c) || c == ',' || c == '\n' || c == '\r');
    let years = &body[digits_at..];
    if place.contains(|c: char| c.is_ascii_digit() || c == '(' || c == ')' || c == ',')
        || place.len() > 48
    {
        return None;
    }
    if !place.is_empty()
        && !place.chars().all(|c| {
            c.is_alphabetic()
                || is_space(c)
                || is_hyphen(c)
                || matches!(c, '.' | '\'' | '’' | '\n' | '\r')
        })
    {
        return None;
    }
    let place = (!place.is_empty()).then_some(place);
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if all_digits(years) {
        return match years.len() {
            4 => valid_year(years.parse().ok()?).map(|y| YearText::One(place, y)),
            8 => {
                let (a, b) = years.split_at(4);
                (valid_year(a.parse().ok()?).is_some() && valid_year(b.parse().ok()?).is_some())
                    .then_some(YearText::Merged)
            }
            _ => None,
        };
    }
    if place.is_none() {
        let parts: Vec<&str> = years.split(is_hyphen).collect();
        if parts.len() > 1
            && parts.iter().all(|p| {
                p.len() == 4 && all_digits(p) && valid_year(p.parse().unwrap_or(0)).is_some()
            })
        {
            return Some(YearText::Chain(parts.len()));
        }
    }
    None
}

fn chain_last(body: &str) -> u16 {
    body.rsplit(is_hyphen).next().and_then(|y| y.parse().ok()).unwrap_or(0)
}

/// Names of bodies after `of`/`de`; outside bodies first, so `Economic and Social Council` is
/// not read as the ITU Council. Longer names come before their prefixes.
const BODY_NAMES: Keywords<BodyHint> = Keywords::new(&[
    ("united nations", BodyHint::Foreign),
    ("un general assembly", BodyHint::Foreign),
    ("general assembly", BodyHint::Foreign),
    ("UNGA", BodyHint::Foreign),
    ("economic and social council", BodyHint::Foreign),
    ("ECOSOC", BodyHint::Foreign),
    ("human rights council", BodyHint::Foreign),
    ("security council", BodyHint::Foreign),
    ("world health assembly", BodyHint::Foreign),
    ("UNESCO", BodyHint::Foreign),
    ("assemblée générale", BodyHint::Foreign),
    ("nations unies", BodyHint::Foreign),
    ("conseil économique et social", BodyHint::Foreign),
    ("asamblea general", BodyHint::Foreign),
    ("naciones unidas", BodyHint::Foreign),
    ("consejo económico y social", BodyHint::Foreign),
    ("plenipotentiary conference", BodyHint::Known(Body::Pp)),
    ("plenipotentiary conferences", BodyHint::Known(Body::Pp)),
    ("plenipotentiary", BodyHint::Known(Body::Pp)),
    ("conférence de plénipotentiaires", BodyHint::Known(Body::Pp)),
    ("conferencia de plenipotenciarios", BodyHint::Known(Body::Pp)),
    ("PP", BodyHint::Known(Body::Pp)),
    ("world telecommunication standardization assembly", BodyHint::Known(Body::Wtsa)),
    ("world telecommunication standardisation assembly", BodyHint::Known(Body::Wtsa)),
    ("assemblée mondiale de normalisation des télécommunications", BodyHint::Known(Body::Wtsa)),
    ("asamblea mundial de normalización de las telecomunicaciones", BodyHint::Known(Body::Wtsa)),
    ("WTSA", BodyHint::Known(Body::Wtsa)),
    ("AMNT", BodyHint::Known(Body::Wtsa)),
    ("world telecommunication development conference", BodyHint::Known(Body::Wtdc)),
    ("conférence mondiale de développement des télécommunications", BodyHint::Known(Body::Wtdc)),
    ("conferencia mundial de desarrollo de las telecomunicaciones", BodyHint::Known(Body::Wtdc)),
    ("WTDC", BodyHint::Known(Body::Wtdc)),
    ("CMDT", BodyHint::Known(Body::Wtdc)),
    ("world radiocommunication conference", BodyHint::Known(Body::Wrc)),
    ("conférence mondiale des radiocommunications", BodyHint::Known(Body::Wrc)),
    ("conferencia mundial de radiocomunicaciones", BodyHint::Known(Body::Wrc)),
    ("WRC", BodyHint::Known(Body::Wrc)),
    ("CMR", BodyHint::Known(Body::Wrc)),
    ("itu radiocommunication assembly", BodyHint::Known(Body::Ra)),
    ("radiocommunication assembly", BodyHint::Known(Body::Ra)),
    ("assemblée des radiocommunications", BodyHint::Known(Body::Ra)),
    ("asamblea de radiocomunicaciones", BodyHint::Known(Body::Ra)),
    ("RA", BodyHint::Known(Body::Ra)),
    ("itu council", BodyHint::Known(Body::Council)),
    ("council", BodyHint::Known(Body::Council)),
    ("conseil", BodyHint::Known(Body::Council)),
    ("consejo", BodyHint::Known(Body::Council)),
    ("this conference", BodyHint::ThisConference),
    ("this assembly", BodyHint::ThisConference),
    ("the present conference", BodyHint::ThisConference),
    ("present conference", BodyHint::ThisConference),
    ("cette conférence", BodyHint::ThisConference),
    ("cette assemblée", BodyHint::ThisConference),
    ("présente conférence", BodyHint::ThisConference),
    ("présente assemblée", BodyHint::ThisConference),
    ("esta conferencia", BodyHint::ThisConference),
    ("esta asamblea", BodyHint::ThisConference),
    ("presente conferencia", BodyHint::ThisConference),
    ("presente asamblea", BodyHint::ThisConference),
]);

/// A body name, optionally with a conference tag (`WTSA-16`) or acronym in parentheses after it
/// (`World Telecommunication Development Conference (WTDC)`).
pub(crate) fn body_name(input: &str) -> PResult<'_, BodyHint> {
    let (rest, hint) = one_of(input, &BODY_NAMES)?;
    // `WTSA-16`, `PP-18`: a tag right after an acronym.
    let rest = match strip_hyphen(rest) {
        Some(after) => match digits(after, 4) {
            Ok((after, (_, text))) if text.len() == 2 || text.len() == 4 => after,
            _ => rest,
        },
        None => rest,
    };
    // `(WTDC)` after the long name.
    let rest = match sp(rest).map(|(r, _)| r.strip_prefix('(')) {
        Ok(Some(inside)) => match one_of(inside, &BODY_NAMES) {
            Ok((after, _)) if after.starts_with(')') => &after[1..],
            _ => rest,
        },
        _ => rest,
    };
    Ok((rest, hint))
}

/// `of the Plenipotentiary Conference`, `of WTSA`, `adopted by the Council`, `de la CMDT`,
/// `de l'Assemblée ...`, `del Consejo`.
pub(crate) fn attribution(input: &str) -> PResult<'_, BodyHint> {
    const LINKS: Keywords<()> = Keywords::new(&[
        ("adopted by", ()),
        ("approved by", ()),
        ("revised by", ()),
        ("of", ()),
        ("de", ()),
        ("du", ()),
        ("del", ()),
    ]);
    let (rest, ()) = one_of(input, &LINKS)?;
    let (rest, _) = sp1(rest).or(Ok::<_, nom::Err<_>>((rest, "")))?;
    let rest = article(rest);
    let rest = match word(rest, "ITU") {
        Ok((after, _)) if one_of(sp(after)?.0, &BODY_NAMES).is_ok() => sp(after)?.0,
        _ => rest,
    };
    body_name(rest)
}

/// `the`, `la`, `l'`, `el`, `le`, `las` before a body name.
fn article(input: &str) -> &str {
    for expected in ["l'", "l’"] {
        if let Ok((rest, _)) = phrase(input, expected) {
            return rest;
        }
    }
    const ARTICLES: Keywords<()> =
        Keywords::new(&[("the", ()), ("la", ()), ("le", ()), ("el", ())]);
    match one_of(input, &ARTICLES) {
        Ok((rest, ())) => sp(rest).map_or(rest, |(r, _)| r),
        Err(_) => input,
    }
}

/// Whether a list's text enumerates: numbers separated by commas and a final conjunction.
fn is_enumeration(list: &str) -> bool {
    let folded: String = list.chars().map(crate::pieces::fold_char).collect();
    folded.contains(',') && [" and ", " et ", " y ", " e "].iter().any(|w| folded.contains(w))
}

/// A whole citation starting at its citation word.
pub(crate) fn citation(input: &str) -> PResult<'_, RawCitation<'_>> {
    let (rest, trigger) = trigger_word(input)?;
    let (rest, _) = sp(rest)?;
    let (mut rest, (items, long_range)) = match trigger {
        // `Resolution 17, 26, 44 and 45 (Rev. Hammamet, 2016)`: a plural list written after the
        // singular word. Taken only when it is a whole enumeration (commas, then a final `and`),
        // so `Resolution 70, paragraph 2` stays one citation.
        // The citation word may not come again in such a list: `Resolution 70 and Resolution
        // 71 and ...` would be read again from each of its words.
        Trigger::Singular => match items_of(rest, Trigger::Plural, false) {
            Ok((after, list))
                if list.0.len() >= 3 && is_enumeration(&rest[..rest.len() - after.len()]) =>
            {
                (after, list)
            }
            _ => self::items(rest, trigger)?,
        },
        _ => self::items(rest, trigger)?,
    };
    let mut attribution_hint = None;
    let mut res_items = items;
    // `of the Plenipotentiary Conference (Rev. Antalya, 2006)`: attribution, then edition, then
    // possibly an attribution again.
    if let Ok((after, hint)) = sp(rest).and_then(|(r, _)| attribution(r)) {
        attribution_hint = Some(hint);
        rest = after;
    }
    if res_items.last().is_some_and(|item| item.edition.is_none())
        && let Ok((after, outcome)) = sp(rest).and_then(|(r, _)| edition(r))
    {
        res_items.last_mut().expect("items are never empty").edition = Some(outcome);
        rest = after;
    }
    if attribution_hint.is_none()
        && let Ok((after, hint)) = sp(rest).and_then(|(r, _)| attribution(r))
    {
        attribution_hint = Some(hint);
        rest = after;
    }
    // An item without an edition shares the edition of the next item that has one:
    // `Resolutions 44 and 45 (Rev. Dubai, 2012)`.
    let mut next_edition = None;
    for item in res_items.iter_mut().rev() {
        match item.edition {
            Some(edition) => next_edition = Some(edition),
            None => item.edition = next_edition,
        }
    }
    Ok((rest, RawCitation { items: res_items, attribution: attribution_hint, long_range }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> RawEdition<'_> {
        match edition(text) {
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
            edition("(Rev. AntalyaBusan, 20062014)").unwrap().1,
            EditionOutcome::TrackedChanges("Rev. AntalyaBusan, 20062014")
        );
        assert_eq!(edition("(Rev. Busan").unwrap().1, EditionOutcome::CutOff);
        assert!(edition("(on the digital divide)").is_err());
        assert!(edition("(XXI)").is_err());
    }

    #[test]
    fn lists_and_ranges() {
        let (_, c) = citation("Resolutions 25 to 27 and 30").unwrap();
        let numbers: Vec<u32> = c.items.iter().map(|i| i.number.base).collect();
        assert_eq!(numbers, [25, 26, 27, 30]);
        let (_, c) = citation("Resolution 44 and 45").unwrap();
        assert_eq!(c.items.len(), 1);
    }
}
