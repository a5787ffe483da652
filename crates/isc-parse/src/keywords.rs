//! Keyword tables built from the vocabulary: words and phrases tried in order, longer entries
//! before shorter ones, matched ignoring case and accents, as whole words.

use isc_model::text::fold_char;

use crate::pieces::{PResult, acronym, fail, phrase, same_case, word};

/// One entry of a [`Keywords`] table.
#[derive(Debug, Clone)]
struct Entry<T> {
    text: String,
    value: T,
    /// No lower-case letter: an acronym, whose letters must match case exactly.
    acronym: bool,
}

/// A table of words or phrases tried longest first, with the pairs of letters its entries may
/// start with, so that most inputs are ruled out at a glance, and its entries grouped by their
/// folded first character, so that an input is only tried against those that may match.
#[derive(Debug, Clone)]
pub(crate) struct Keywords<T> {
    entries: Vec<Entry<T>>,
    /// Bit `32 * a + b` is set when an entry may start with the ASCII characters whose low five
    /// bits are `a` and `b`, case and accent folded (all of `b` for a one-letter entry, or for an
    /// entry whose second character is a space). All bits are set when an entry's first two
    /// characters do not fold to ASCII.
    pairs: [u64; 16],
    /// The entries' positions by folded first character (ASCII), each group in table order.
    groups: Vec<Vec<u32>>,
    /// The entries whose first character does not fold to ASCII.
    others: Vec<u32>,
}

impl<T> Default for Keywords<T> {
    fn default() -> Self {
        Keywords {
            entries: Vec::new(),
            pairs: [0; 16],
            groups: vec![Vec::new(); 128],
            others: Vec::new(),
        }
    }
}

/// The bit of a pair of folded ASCII characters.
fn pair_bit(a: char, b: char) -> usize {
    (a as usize & 31) * 32 + (b as usize & 31)
}

impl<T: Copy> Keywords<T> {
    /// The table of `entries`: longer entries (in characters) come first, entries of the same
    /// length keep their order, and an entry whose folded text is already in the table is left
    /// out (the first value given for it wins).
    pub(crate) fn new<S: AsRef<str>>(entries: impl IntoIterator<Item = (S, T)>) -> Keywords<T> {
        let mut res = Keywords::default();
        let mut seen = std::collections::HashSet::new();
        let mut list: Vec<Entry<T>> = Vec::new();
        for (text, value) in entries {
            let text = text.as_ref().trim();
            // An acronym and a word of the same letters are two entries (`RA`, `ra`).
            let acronym = !text.chars().any(char::is_lowercase);
            let key = (text.chars().map(fold_char).collect::<String>(), acronym);
            if text.is_empty() || !seen.insert(key) {
                continue;
            }
            list.push(Entry { text: text.to_owned(), value, acronym });
        }
        list.sort_by_key(|e| std::cmp::Reverse(e.text.chars().count()));
        for (i, entry) in list.iter().enumerate() {
            let i = u32::try_from(i).expect("a vocabulary holds fewer than 4 billion words");
            let mut chars = entry.text.chars().map(fold_char);
            let first = chars.next().unwrap_or(' ');
            let second = chars.next();
            match (first.is_ascii(), second) {
                (true, Some(b)) if b.is_ascii() && b != ' ' => {
                    let bit = pair_bit(first, b);
                    res.pairs[bit / 64] |= 1 << (bit % 64);
                }
                // One character, or a space after the first: any second character.
                (true, None | Some(' ')) => {
                    let base = pair_bit(first, '\0');
                    res.pairs[base / 64] |= 0xffff_ffff << (base % 64);
                }
                _ => res.pairs = [u64::MAX; 16],
            }
            if first.is_ascii() {
                res.groups[first as usize].push(i);
            } else {
                res.others.push(i);
            }
        }
        res.entries = list;
        res
    }

    /// The first entry that matches at the start of `input` as a whole word, and what follows it.
    pub(crate) fn one_of<'a>(&self, input: &'a str) -> PResult<'a, T> {
        self.find(input, false)
    }

    /// Like [`Keywords::one_of`], but digits may be glued to the entry (`Resolution12`,
    /// `Rev2014`): only a letter right after it makes another word.
    pub(crate) fn before_digits<'a>(&self, input: &'a str) -> PResult<'a, T> {
        self.find(input, true)
    }

    fn find<'a>(&self, input: &'a str, digits_may_follow: bool) -> PResult<'a, T> {
        // Tables are tried on every line and citation: rule inputs out on their first two
        // letters, folded as `fold_char` folds them (ASCII only lower-cases, and reads a tab as a
        // space). This pays: without it the anatomy of 800 generated files (11 MB) takes 105.2 M
        // instructions instead of 73.0 M, 31% of the stage (callgrind, `structure::parts`).
        let fold_ascii = |b: u8| if b == b'\t' { ' ' } else { char::from(b.to_ascii_lowercase()) };
        let (first, second) = match *input.as_bytes() {
            [] => return fail(input, "a known word"),
            [a] if a.is_ascii() => (fold_ascii(a), ' '),
            [a, b, ..] if a.is_ascii() && b.is_ascii() => (fold_ascii(a), fold_ascii(b)),
            _ => {
                let mut chars = input.chars().map(fold_char);
                let first = chars.next().unwrap_or(' ');
                (first, chars.next().unwrap_or(' '))
            }
        };
        if first.is_ascii() && second.is_ascii() {
            let bit = pair_bit(first, second);
            if self.pairs[bit / 64] & (1 << (bit % 64)) == 0 {
                return fail(input, "one of the known words");
            }
        }
        let group = if first.is_ascii() { &self.groups[first as usize] } else { &self.others };
        for &i in group {
            let entry = &self.entries[i as usize];
            let matched = if digits_may_follow {
                phrase(input, &entry.text).ok().filter(|(rest, matched)| {
                    !rest.starts_with(char::is_alphabetic)
                        && (!entry.acronym || same_case(matched, &entry.text))
                })
            } else if entry.acronym {
                acronym(input, &entry.text).ok()
            } else {
                word(input, &entry.text).ok()
            };
            if let Some((rest, _)) = matched {
                return Ok((rest, entry.value));
            }
        }
        fail(input, "one of the known words")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_entry_first_within_its_first_letter() {
        let table = Keywords::new([
            ("noting", 2),
            ("noting with satisfaction", 1),
            ("RA", 3),
            ("radio", 4),
            ("en outre", 5),
            ("également", 6),
            ("a", 7),
            ("ITU-R", 8),
            ("œuvre", 9),
        ]);
        let value = |input: &str| table.one_of(input).ok().map(|(rest, v)| (v, rest.len()));
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
        assert_eq!(value("Œuvre"), Some((9, 0)));
        assert_eq!(value("ßx"), None);
        assert_eq!(value(""), None);
        assert_eq!(value("a"), Some((7, 0)));
        assert_eq!(value("A\tb"), Some((7, 2)));
        assert_eq!(value("noting\twith satisfaction"), Some((1, 0)));
    }

    #[test]
    fn the_first_value_of_a_folded_entry_wins() {
        let table = Keywords::new([("résolution", 1), ("Resolution", 2), ("RESOLUTION", 3)]);
        assert_eq!(table.one_of("resolution 5").ok().map(|(_, v)| v), Some(1));
        assert_eq!(table.entries.len(), 2);
    }
}
