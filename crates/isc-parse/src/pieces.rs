//! Small nom building blocks shared by the grammar: the error type, whitespace, words, numbers.

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

/// Lower-cases a character and drops the accent of the Latin letters ITU texts use.
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    // Most characters of a text are ASCII letters and digits: answer them first.
    if c.is_ascii_alphanumeric() {
        return c.to_ascii_lowercase();
    }
    let lower = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) => l,
            _ => c,
        }
    };
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        '\u{2019}' | '\u{2018}' => '\'',
        c if is_hyphen(c) => '-',
        c if is_space(c) => ' ',
        c => c,
    }
}

/// Matches `expected` at the start of `input`, ignoring case and accents, where a space in
/// `expected` matches any run of [`sp`] (so a phrase may be broken across a line).
/// Returns the matched slice of `input`.
pub(crate) fn phrase<'a>(input: &'a str, expected: &str) -> PResult<'a, &'a str> {
    let (got, want) = (input.as_bytes(), expected.as_bytes());
    let (mut i, mut j) = (0, 0);
    while j < want.len() {
        if want[j] == b' ' {
            let (after, _) = sp1(&input[i..])?;
            i = input.len() - after.len();
            j += 1;
            continue;
        }
        // ASCII against ASCII, most of the time, is a byte comparison.
        if let Some(&b) = got.get(i)
            && b.is_ascii()
            && want[j].is_ascii()
        {
            if !b.eq_ignore_ascii_case(&want[j]) {
                return fail(input, "a known word");
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
    let letters_match = matched
        .chars()
        .filter(|c| c.is_alphabetic())
        .zip(expected.chars().filter(|c| c.is_alphabetic()))
        .all(|(got, want)| got == want);
    if letters_match { Ok((rest, matched)) } else { fail(input, "an acronym in capitals") }
}

/// The most entries a [`Keywords`] table indexes by first letter (larger tables are read
/// whole).
const INDEXED: usize = 128;

/// A table of words or phrases tried in order (longer phrases before their prefixes), with the
/// letters its entries may start with, so that most inputs are ruled out at a glance, and its
/// entries grouped by first letter, so that an input is only tried against those that may match.
pub(crate) struct Keywords<T: 'static> {
    entries: &'static [(&'static str, T)],
    /// Bit `32 * a + b` is set when an entry may start with the ASCII characters whose low five
    /// bits are `a` and `b`, case and accent folded (all of `b` for a one-letter entry).
    pairs: [u64; 16],
    /// Whether every entry starts with a character that folds to ASCII and tells whether it
    /// is an acronym: then `order`, `groups` and `acronyms` are filled in.
    indexed: bool,
    /// The entries' numbers, grouped by their folded first character, each group in table
    /// order.
    order: [u8; INDEXED],
    /// Where the group of each ASCII character starts in `order`; the next one's start ends it.
    groups: [u8; 129],
    /// Bit `i` is set when entry `i` is an acronym (no lower-case letter): its letters must
    /// match case exactly.
    acronyms: u128,
}

impl<T> Keywords<T> {
    /// The table of `entries`.
    pub(crate) const fn new(entries: &'static [(&'static str, T)]) -> Keywords<T> {
        let mut pairs = [0u64; 16];
        let mut firsts = [0u8; INDEXED];
        let mut indexed = entries.len() <= INDEXED;
        let mut acronyms = 0u128;
        let mut i = 0;
        while i < entries.len() {
            let bytes = entries[i].0.as_bytes();
            let first = folded_ascii(bytes, 0);
            let second = match first {
                Some((_, len)) if len < bytes.len() => folded_ascii(bytes, len),
                _ => None,
            };
            match (first, second) {
                // A space stands for any run of spaces, a line break among them.
                (Some((a, _)), Some((b' ', _))) => {
                    let base = pair_bit(a, 0);
                    pairs[base / 64] |= 0xffff_ffff << (base % 64);
                }
                (Some((a, _)), Some((b, _))) => {
                    let bit = pair_bit(a, b);
                    pairs[bit / 64] |= 1 << (bit % 64);
                }
                (Some((a, len)), None) if len == bytes.len() => {
                    // One letter: any second character.
                    let base = pair_bit(a, 0);
                    pairs[base / 64] |= 0xffff_ffff << (base % 64);
                }
                _ => pairs = [u64::MAX; 16],
            }
            // An entry is an acronym when it has no lower-case letter; one with other letters
            // and no ASCII lower-case letter is left to the table read whole.
            let mut lower = false;
            let mut ascii = true;
            let mut k = 0;
            while k < bytes.len() {
                lower |= bytes[k].is_ascii_lowercase();
                ascii &= bytes[k].is_ascii();
                k += 1;
            }
            match first {
                Some((a, _)) if indexed && (lower || ascii) => {
                    firsts[i] = a;
                    if !lower {
                        acronyms |= 1 << i;
                    }
                }
                _ => indexed = false,
            }
            i += 1;
        }
        // Counting sort of the entries by first character, stable.
        let mut order = [0u8; INDEXED];
        let mut groups = [0u8; 129];
        if indexed {
            let mut c = 0;
            let mut n = 0;
            while c < 128 {
                groups[c] = n as u8;
                let mut i = 0;
                while i < entries.len() {
                    if firsts[i] as usize == c {
                        order[n] = i as u8;
                        n += 1;
                    }
                    i += 1;
                }
                c += 1;
            }
            groups[128] = n as u8;
        }
        Keywords { entries, pairs, indexed, order, groups, acronyms }
    }
}

/// The bit of a pair of folded ASCII characters.
const fn pair_bit(a: u8, b: u8) -> usize {
    (a as usize & 31) * 32 + (b as usize & 31)
}

/// The ASCII character the text in `bytes` has at `at`, case and accent folded, and the bytes it
/// takes, when this can tell: ASCII and the Latin-1 letters ITU texts use.
const fn folded_ascii(bytes: &[u8], at: usize) -> Option<(u8, usize)> {
    let b = bytes[at];
    if b.is_ascii() {
        return Some((b.to_ascii_lowercase(), 1));
    }
    if b != 0xc3 || bytes.len() < at + 2 {
        return None;
    }
    // U+00C0..U+00FF; upper and lower case differ by 0x20.
    let letter = match bytes[at + 1] | 0x20 {
        0xa0..=0xa5 => b'a',
        0xa7 => b'c',
        0xa8..=0xab => b'e',
        0xac..=0xaf => b'i',
        0xb1 => b'n',
        0xb2..=0xb6 => b'o',
        0xb9..=0xbc => b'u',
        _ => return None,
    };
    Some((letter, 2))
}

/// The first entry of `table` whose phrase matches as a whole word.
pub(crate) fn one_of<'a, T: Copy>(input: &'a str, table: &Keywords<T>) -> PResult<'a, T> {
    // Tables are tried on every line and citation: rule inputs out on their first two letters,
    // folded as [`fold_char`] folds them (ASCII only lower-cases, and reads a tab as a space).
    let fold_ascii = |b: u8| if b == b'\t' { ' ' } else { char::from(b.to_ascii_lowercase()) };
    let (first, second) = match *input.as_bytes() {
        [] => return fail(input, "a known name"),
        [a] if a.is_ascii() => (fold_ascii(a), ' '),
        [a, b, ..] if a.is_ascii() && b.is_ascii() => (fold_ascii(a), fold_ascii(b)),
        _ => {
            let mut chars = input.chars().map(fold_char);
            let first = chars.next().unwrap_or(' ');
            (first, chars.next().unwrap_or(' '))
        }
    };
    if first.is_ascii() && second.is_ascii() {
        let bit = pair_bit(first as u8, second as u8);
        if table.pairs[bit / 64] & (1 << (bit % 64)) == 0 {
            return fail(input, "one of the known names");
        }
    }
    let try_entry = |i: usize, acronym_entry: bool| {
        let (expected, value) = table.entries[i];
        let matched = if acronym_entry { acronym(input, expected) } else { word(input, expected) };
        matched.ok().map(|(rest, _)| (rest, value))
    };
    if table.indexed {
        // Every entry starts with an ASCII character once folded.
        let Ok(c) = u8::try_from(first).map(usize::from) else {
            return fail(input, "one of the known names");
        };
        let group = table.groups.get(c..=c + 1).unwrap_or(&[0, 0]);
        for &i in &table.order[usize::from(group[0])..usize::from(group[1])] {
            let i = usize::from(i);
            if let Some(found) = try_entry(i, table.acronyms & (1 << i) != 0) {
                return Ok(found);
            }
        }
        return fail(input, "one of the known names");
    }
    for (i, &(expected, _)) in table.entries.iter().enumerate() {
        let expected_first = match folded_ascii(expected.as_bytes(), 0) {
            Some((b, _)) => char::from(b),
            None => expected.chars().next().map_or(' ', fold_char),
        };
        if expected_first != first {
            continue;
        }
        if let Some(found) = try_entry(i, !expected.chars().any(char::is_lowercase)) {
            return Ok(found);
        }
    }
    fail(input, "one of the known names")
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
    fn keywords_are_tried_in_table_order_within_their_first_letter() {
        const TABLE: Keywords<u8> = Keywords::new(&[
            ("noting with satisfaction", 1),
            ("noting", 2),
            ("RA", 3),
            ("radio", 4),
            ("en outre", 5),
            ("également", 6),
            ("a", 7),
            ("ITU-R", 8),
        ]);
        const { assert!(TABLE.indexed) };
        let value = |input: &str| one_of(input, &TABLE).ok().map(|(rest, v)| (v, rest.len()));
        assert_eq!(value("Noting with\nsatisfaction that"), Some((1, 5)));
        assert_eq!(value("NOTING with concern"), Some((2, 13)));
        assert_eq!(value("notings"), None);
        assert_eq!(value("RA-15"), Some((3, 3)));
        assert_eq!(value("ra 15"), None, "an acronym's case counts");
        assert_eq!(value("Radio"), Some((4, 0)));
        assert_eq!(value("EN OUTRE,"), Some((5, 1)));
        assert_eq!(value("Également"), Some((6, 0)));
        assert_eq!(value("egalement x"), Some((6, 2)));
        assert_eq!(value("a) b"), Some((7, 3)));
        assert_eq!(value("ITU\u{2011}R"), Some((8, 0)));
        assert_eq!(value("ßx"), None);
        assert_eq!(value(""), None);
        assert_eq!(value("a"), Some((7, 0)));
        assert_eq!(value("A\tb"), Some((7, 2)));
        assert_eq!(value("noting\twith satisfaction"), Some((1, 0)));
        // An entry whose first letter folds to nothing ASCII is read with the whole table.
        const OTHER: Keywords<u8> = Keywords::new(&[("œuvre", 1), ("ouvre", 2)]);
        const { assert!(!OTHER.indexed) };
        assert_eq!(one_of("Œuvre", &OTHER).ok().map(|(_, v)| v), Some(1));
        assert_eq!(one_of("ouvre", &OTHER).ok().map(|(_, v)| v), Some(2));
    }

    #[test]
    fn kelvin_sign_does_not_break_slicing() {
        // U+212A lower-cases to ASCII 'k' but is three bytes long.
        assert!(phrase("\u{212a}yoto", "kyoto").is_ok());
        assert_eq!(phrase("\u{212a}yoto!", "kyoto").unwrap().0, "!");
    }
}
