//! Small nom building blocks shared by the grammar: the error type, whitespace, words, numbers.
//! Words are compared with the one fold of the project, [`isc_model::text::fold_char`].

use nom::error::{ContextError, ErrorKind, ParseError};
use nom::{Err, IResult};

/// nom's result over document text, with this crate's error.
pub(crate) type PResult<'a, T> = IResult<&'a str, T, PError<'a>>;

/// What a grammar piece expected where it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PError<'a> {
    /// The input where the failure happened.
    pub(crate) input: &'a str,
    /// What the failing piece was looking for.
    pub(crate) expected: &'static str,
}

impl<'a> ParseError<&'a str> for PError<'a> {
    fn from_error_kind(input: &'a str, _kind: ErrorKind) -> Self {
        PError { input, expected: "valid input" }
    }

    fn append(_input: &'a str, _kind: ErrorKind, other: Self) -> Self {
        other
    }
}

impl<'a> ContextError<&'a str> for PError<'a> {
    fn add_context(_input: &'a str, context: &'static str, mut other: Self) -> Self {
        other.expected = context;
        other
    }
}

/// A recoverable failure at `input`, expecting `expected`.
pub(crate) fn fail<'a, T>(input: &'a str, expected: &'static str) -> PResult<'a, T> {
    Err(Err::Error(PError { input, expected }))
}

/// Whitespace inside a citation: spaces, tabs, no-break and thin spaces, and at most one line
/// break (a blank line ends a citation). Matches the empty string.
pub(crate) fn sp(input: &str) -> PResult<'_, &str> {
    let mut newlines = 0;
    let mut end = input.len();
    let mut chars = input.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = match c {
            '\n' => true,
            '\r' => {
                if chars.peek().is_some_and(|&(_, next)| next == '\n') {
                    chars.next();
                }
                true
            }
            _ => false,
        };
        if is_break {
            newlines += 1;
            if newlines > 1 {
                end = i;
                break;
            }
        } else if !is_space(c) {
            end = i;
            break;
        }
    }
    Ok((&input[end..], &input[..end]))
}

/// Like [`sp`] but requires at least one whitespace character.
pub(crate) fn sp1(input: &str) -> PResult<'_, &str> {
    let (rest, spaces) = sp(input)?;
    if spaces.is_empty() { fail(input, "whitespace") } else { Ok((rest, spaces)) }
}

/// Spaces that texts put between words, line breaks excluded.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2000}'
            ..='\u{200b}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

/// Hyphens and dashes texts use interchangeably inside `ITU-R` or `WRC-19`.
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}')
}

/// Whether two characters are equal ignoring case and the accents texts drop (`É`/`e`).
fn same_letter(a: char, b: char) -> bool {
    if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() {
        return a.eq_ignore_ascii_case(&b);
    }
    fold_char(a) == fold_char(b)
}

pub(crate) use isc_model::text::fold_char;

/// Matches `expected` at the start of `input`, ignoring case and accents, where a space in
/// `expected` matches any run of [`sp`] (so a phrase may be broken across a line), or nothing
/// between an ASCII lower-case letter and an ASCII capital (`TelecommunicationDevelopment`); one
/// space in `input` between two small letters of a word of `expected` is passed over (`Devel
/// opment`), or one letter in excess inside a long word (`Developement`).
/// Returns the matched slice of `input`.
pub(crate) fn phrase<'a>(input: &'a str, expected: &str) -> PResult<'a, &'a str> {
    let (got, want) = (input.as_bytes(), expected.as_bytes());
    let (mut i, mut j) = (0, 0);
    // One stray space a PDF extraction left inside a word (`Devel opment`), or one letter a
    // typo put in excess, is passed over.
    let mut stray = false;
    while j < want.len() {
        if want[j] == b' ' {
            // Two capitalised words glued together where a copy lost the line break between
            // them (`TelecommunicationDevelopment`): nothing stands for the space.
            let glued = got.get(i).is_some_and(u8::is_ascii_uppercase)
                && i > 0
                && got[i - 1].is_ascii_lowercase();
            if !glued {
                let (after, _) = sp1(&input[i..])?;
                i = input.len() - after.len();
            }
            j += 1;
            continue;
        }
        // ASCII against ASCII, most of the time, is a byte comparison.
        if let Some(&b) = got.get(i)
            && b.is_ascii()
            && want[j].is_ascii()
        {
            if !b.eq_ignore_ascii_case(&want[j]) {
                // A letter in excess stands five letters into a word at least, and the byte
                // after it or after the space must go on with the word: most mismatches stop
                // there.
                let space = b == b' ';
                if (!space && (j < MIN_LETTERS_BEFORE_EXCESS || !b.is_ascii_lowercase()))
                    || got.get(i + 1) != Some(&want[j])
                    || stray
                    || !(if space {
                        stray_space(got, want, i, j)
                    } else {
                        letter_in_excess(got, want, i, j)
                    })
                {
                    return fail(input, "a known word");
                }
                stray = true;
                i += 1;
                continue;
            }
            i += 1;
            j += 1;
            continue;
        }
        let mut wanted = expected[j..].chars();
        let mut chars = input[i..].chars();
        match (chars.next(), wanted.next()) {
            (Some(got), Some(c)) if same_letter(got, c) => {
                i += got.len_utf8();
                j += c.len_utf8();
            }
            _ => return fail(input, "a known word"),
        }
    }
    Ok((&input[i..], &input[..i]))
}

/// Whether the space at `got[i]` stands inside the word of `want` matched up to `want[j]`:
/// between two small letters, the word going on with the next one, three letters of the word at
/// least on each side (`de l'UIT` is no `del`).
#[cold]
#[inline(never)]
fn stray_space(got: &[u8], want: &[u8], i: usize, j: usize) -> bool {
    want[j].is_ascii_lowercase()
        && got[..i].last().is_some_and(u8::is_ascii_lowercase)
        && letters(want[j..].iter()) >= 3
        && letters(want[..j].iter().rev()) >= 3
}

/// How many ASCII letters `bytes` open with.
fn letters<'a>(bytes: impl Iterator<Item = &'a u8>) -> usize {
    bytes.take_while(|b| b.is_ascii_alphabetic()).count()
}

/// Whether the letter at `got[i]` is one in excess inside a long word of `want` matched up to
/// `want[j]`, as a typo leaves it (`Developement`): a small letter where a stray space may stand
/// (between small letters, three of the word's after it), five of the word's letters at least
/// before it, so that a short word is not read into a longer one of another meaning (`nothing`
/// is no `noting`).
#[cold]
#[inline(never)]
fn letter_in_excess(got: &[u8], want: &[u8], i: usize, j: usize) -> bool {
    got[i].is_ascii_lowercase()
        && stray_space(got, want, i, j)
        && letters(want[..j].iter().rev()) >= MIN_LETTERS_BEFORE_EXCESS
}

/// How many letters of a word stand before a letter in excess at least.
const MIN_LETTERS_BEFORE_EXCESS: usize = 5;

/// Like [`phrase`] but the match must end at a word boundary (not followed by a letter or digit).
pub(crate) fn word<'a>(input: &'a str, expected: &str) -> PResult<'a, &'a str> {
    let (rest, matched) = phrase(input, expected)?;
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return fail(input, "the end of a word");
    }
    Ok((rest, matched))
}

/// Like [`word`] but the letters must match case exactly (acronyms: `RA` is not `ra`).
pub(crate) fn acronym<'a>(input: &'a str, expected: &str) -> PResult<'a, &'a str> {
    let (rest, matched) = word(input, expected)?;
    if same_case(matched, expected) {
        Ok((rest, matched))
    } else {
        fail(input, "an acronym in capitals")
    }
}

/// Whether the letters of `matched` have the case of those of `expected`.
pub(crate) fn same_case(matched: &str, expected: &str) -> bool {
    matched
        .chars()
        .filter(|c| c.is_alphabetic())
        .zip(expected.chars().filter(|c| c.is_alphabetic()))
        .all(|(got, want)| got == want)
}

/// One to `max` ASCII digits, as a number.
pub(crate) fn digits(input: &str, max: usize) -> PResult<'_, (u32, &str)> {
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > max {
        return fail(input, "a number");
    }
    let text = &input[..len];
    let value = text.parse().expect("at most 9 ASCII digits fit in u32");
    Ok((&input[len..], (value, text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sp_stops_at_blank_line() {
        assert_eq!(sp(" \u{a0}\n  x"), Ok(("x", " \u{a0}\n  ")));
        assert_eq!(sp(" \n\nx"), Ok(("\nx", " \n")));
        assert_eq!(sp("\r\n\r\nx"), Ok(("\r\nx", "\r\n")));
    }

    #[test]
    fn phrase_ignores_case_accents_and_breaks() {
        assert_eq!(phrase("RÉSOLUTION 5", "resolution"), Ok((" 5", "RÉSOLUTION")));
        assert_eq!(
            phrase("Plenipotentiary\n Conference,", "plenipotentiary conference").unwrap().0,
            ","
        );
        assert!(word("Resolutionary", "resolution").is_err());
        assert!(acronym("ra ", "RA").is_err());
        assert!(acronym("RAG", "RA").is_err());
        assert_eq!(acronym("ITU\u{2011}R 6", "ITU-R"), Ok((" 6", "ITU\u{2011}R")));
    }

    #[test]
    fn kelvin_sign_does_not_break_slicing() {
        // U+212A lower-cases to ASCII 'k' but is three bytes long.
        assert!(phrase("\u{212a}yoto", "kyoto").is_ok());
        assert_eq!(phrase("\u{212a}yoto!", "kyoto").unwrap().0, "!");
    }
}
