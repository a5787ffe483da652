//! Reading text many bytes at a time: eight bytes are classified at once with a few additions
//! on a `u64`, and 64 at a time become bit masks, so that finding where words start, or where a
//! citation word may stand, costs a few instructions per word rather than a branch per byte.
//! The letters looked for are the first letters of the vocabulary's citation words.

use crate::vocabulary::Words;

/// The high bit of each byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in each of eight bytes.
const fn each(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// Sets the high bit of each byte of `low` (bytes below 0x80) that is at least `c`: adding
/// `0x80 - c` never carries into the next byte.
#[inline(always)]
fn at_least(low: u64, c: u8) -> u64 {
    low + each(0x80 - c)
}

/// Gathers the high bit of each of eight bytes into the low eight bits.
#[inline(always)]
fn gather(v: u64) -> u64 {
    ((v & HIGH) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Bytes as bit masks: eight bits for eight bytes, or 64 for a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Classes {
    /// ASCII letters and digits.
    alnum: u64,
    /// The first letters of citation words (either case) that no ASCII letter comes right
    /// before, and those in capitals right after a small ASCII letter: a citation word glued to
    /// the word before it, in a copy that lost a space (`ofResolution`).
    starts: u64,
}

/// Classifies eight bytes, little-endian in `x`; `letter_before` is `0x80` when the byte before
/// them is an ASCII letter, else 0, with `0x40` added when it is a small one. Also gives that
/// for the byte after them. `letters` are the first letters of citation words, lower case; none
/// means any letter and any byte outside ASCII. The count is a constant, so that the usual
/// single letter costs one comparison.
#[inline(always)]
fn classify<const N: usize>(x: u64, letter_before: u64, letters: [u8; N]) -> (Classes, u64) {
    let ascii = !x & HIGH;
    let low = x & !HIGH;
    let folded = low | each(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1) & ascii;
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1) & ascii;
    let first = if N == 0 {
        letter | (x & HIGH)
    } else {
        let mut first = 0;
        for c in letters {
            first |= at_least(folded, c) & !at_least(folded, c + 1);
        }
        first & ascii
    };
    // Small letters: bit 5 set, moved to the high bit of the same byte.
    let small = letter & ((x & each(0x20)) << 2);
    // Each byte's high bit moved to the byte after it: whether a letter comes right before.
    let after_letter = (letter << 8) | (letter_before & 0x80);
    let after_small = (small << 8) | ((letter_before & 0x40) << 1);
    let classes = Classes {
        alnum: gather(letter | digit),
        starts: gather(first & (!after_letter | (after_small & !small))),
    };
    (classes, ((letter >> 56) & 0x80) | ((small >> 57) & 0x40))
}

/// Classifies a block of at most 64 bytes (missing bytes count as spaces), as [`classify`] does.
#[inline(always)]
fn block<const N: usize>(chunk: &[u8], letter_before: u64, letters: [u8; N]) -> (Classes, u64) {
    let mut padded = [b' '; 64];
    let full = match <&[u8; 64]>::try_from(chunk) {
        Ok(full) => full,
        Err(_) => {
            padded[..chunk.len()].copy_from_slice(chunk);
            &padded
        }
    };
    let mut res = Classes { alnum: 0, starts: 0 };
    let mut letter_before = letter_before;
    for (k, eight) in full.chunks_exact(8).enumerate() {
        let (c, after) = classify(
            u64::from_le_bytes(eight.try_into().unwrap_or_default()),
            letter_before,
            letters,
        );
        res.alnum |= c.alnum << (8 * k);
        res.starts |= c.starts << (8 * k);
        letter_before = after;
    }
    (res, letter_before)
}

/// A text's bytes classified once, 64 at a time, for the split into documents, the citation
/// grammar and the theme search.
#[derive(Debug, Clone)]
pub(crate) struct TextClasses {
    /// Bit `i % 64` of `alnum[i / 64]` is set when byte `i` is an ASCII letter or digit.
    alnum: Vec<u64>,
    /// Where a citation word may start: every place that no letter comes right before and whose
    /// first characters are those of one of the vocabulary's citation words (`Resolution`, `Rés.`,
    /// `Res` and a space), in order. The grammar decides.
    pub(crate) citation_words: Vec<usize>,
}

impl TextClasses {
    /// Classifies the bytes of `text`. Only a first letter of a citation word that no ASCII
    /// letter precedes is looked at closely, and such a letter is rare.
    pub(crate) fn with_words(words: &Words, text: &str) -> TextClasses {
        match words.trigger_first_letters() {
            Some(&[a]) => TextClasses::classified(words, text, [a]),
            Some(&[a, b]) => TextClasses::classified(words, text, [a, b]),
            Some(&[a, b, c]) => TextClasses::classified(words, text, [a, b, c]),
            Some(&[a, b, c, d]) => TextClasses::classified(words, text, [a, b, c, d]),
            _ => TextClasses::classified(words, text, []),
        }
    }

    fn classified<const N: usize>(words: &Words, text: &str, letters: [u8; N]) -> TextClasses {
        let bytes = text.as_bytes();
        let mut res = TextClasses {
            alnum: Vec::with_capacity(bytes.len().div_ceil(64)),
            citation_words: Vec::new(),
        };
        let mut letter_before = 0u64;
        for (n, chunk) in bytes.chunks(64).enumerate() {
            let base = n * 64;
            let (classes, after) = block(chunk, letter_before, letters);
            letter_before = after;
            res.alnum.push(classes.alnum);
            let mut candidates = classes.starts;
            while candidates != 0 {
                let at = base + candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                if text.is_char_boundary(at) && words.may_start_citation_word(&text[at..]) {
                    // A citation word glued to a word in small letters opens with a capital and
                    // goes on in small letters (`ofResolution`, `laRésolution`).
                    let glued = at > 0
                        && bytes[at - 1].is_ascii_lowercase()
                        && bytes[at].is_ascii_uppercase();
                    let alone = if glued {
                        text[at + 1..].starts_with(|c: char| c.is_lowercase())
                    } else {
                        !text[..at].chars().next_back().is_some_and(char::is_alphabetic)
                    };
                    if alone {
                        res.citation_words.push(at);
                    }
                }
            }
        }
        res
    }

    /// The classes of `text` with the shipped vocabulary's citation words, for tests.
    #[cfg(test)]
    pub(crate) fn of(text: &str) -> TextClasses {
        TextClasses::with_words(&Words::new(&crate::Vocabulary::shipped()), text)
    }

    /// Which of the 64 bytes from byte `at` are ASCII letters or digits, as a mask; bytes from
    /// `end` on count as neither.
    #[inline]
    pub(crate) fn alphanumeric(&self, at: usize, end: usize) -> u64 {
        let (i, shift) = (at / 64, at % 64);
        let word = |i: usize| self.alnum.get(i).copied().unwrap_or(0);
        let mask =
            if shift == 0 { word(i) } else { (word(i) >> shift) | (word(i + 1) << (64 - shift)) };
        match end.saturating_sub(at) {
            len if len >= 64 => mask,
            len => mask & ((1 << len) - 1),
        }
    }
}

/// Where the first byte of `bytes` that is not ASCII is, looked for eight bytes at a time.
pub(crate) fn first_not_ascii(bytes: &[u8]) -> Option<usize> {
    let mut eights = bytes.chunks_exact(8);
    for (n, eight) in (&mut eights).enumerate() {
        let high = u64::from_le_bytes(eight.try_into().unwrap_or_default()) & HIGH;
        if high != 0 {
            return Some(8 * n + high.trailing_zeros() as usize / 8);
        }
    }
    let tail = bytes.len() - eights.remainder().len();
    eights.remainder().iter().position(|b| !b.is_ascii()).map(|i| tail + i)
}

/// Where a citation word starts in `text` (see [`TextClasses::citation_words`]).
#[cfg(test)]
fn citation_words(text: &str) -> Vec<usize> {
    TextClasses::of(text).citation_words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_eight_bytes_at_once() {
        let r = [b'r'];
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b' '; 8];
                bytes[at] = b;
                let bit = |yes: bool| u64::from(yes) << at;
                let is_r = b == b'r' || b == b'R';
                let (c, after) = classify(u64::from_le_bytes(bytes), 0, r);
                assert_eq!(c.alnum, bit(b.is_ascii_alphanumeric()), "{b:#x} at {at}");
                assert_eq!(c.starts, bit(is_r), "{b:#x} at {at}");
                // After them: 0x80 for a letter, 0x40 more for a small one.
                let after_want = match b {
                    _ if at != 7 => 0,
                    b'a'..=b'z' => 0xc0,
                    b'A'..=b'Z' => 0x80,
                    _ => 0,
                };
                assert_eq!(after, after_want, "{b:#x} at {at}");
                // A capital right before an `r`, in the same eight bytes or the byte before
                // them, makes it no start; a digit does not.
                let (c, _) = match at {
                    0 => classify(u64::from_le_bytes(bytes), 0x80, r),
                    _ => {
                        bytes[at - 1] = b'X';
                        classify(u64::from_le_bytes(bytes), 0, r)
                    }
                };
                assert_eq!(c.starts, 0, "{b:#x} after a capital at {at}");
                // A small letter right before makes no start of an `r`, but one of an `R`: a
                // citation word glued to the word before it, in a copy that lost a space.
                let (c, _) = match at {
                    0 => classify(u64::from_le_bytes(bytes), 0xc0, r),
                    _ => {
                        bytes[at - 1] = b'x';
                        classify(u64::from_le_bytes(bytes), 0, r)
                    }
                };
                assert_eq!(c.starts, bit(b == b'R'), "{b:#x} after a small letter at {at}");
                if at > 0 {
                    bytes[at - 1] = b'7';
                    let (c, _) = classify(u64::from_le_bytes(bytes), 0, r);
                    assert_eq!(c.starts, bit(is_r), "{b:#x} after a digit at {at}");
                }
            }
        }
    }

    #[test]
    fn first_byte_not_ascii() {
        for len in 0..20 {
            for at in 0..=len {
                let mut bytes = vec![b'a'; len];
                if at < len {
                    bytes[at] = 0xc3;
                }
                let want = (at < len).then_some(at);
                assert_eq!(first_not_ascii(&bytes), want, "{at} of {len}");
                if at + 1 < len {
                    bytes[at + 1] = 0xa9;
                    assert_eq!(first_not_ascii(&bytes), want, "{at} of {len}");
                }
            }
        }
    }

    #[test]
    fn citation_words_start_after_no_letter() {
        let text = "Resolutions; RÉSOLUTION 2, Rés. 3; interest, 12res 4, address; Resol.\u{a0}\
                    résumé, resolves, Res, res\u{a0}7, res";
        let found: Vec<&str> = citation_words(text).iter().map(|&at| &text[at..at + 3]).collect();
        assert_eq!(found, ["Res", "RÉ", "Ré", "res", "Res", "res"]);
        let padded = format!("{}Resolution", "x ".repeat(40));
        assert_eq!(citation_words(&padded), [80]);
        // A letter right before, across the boundary of two 64-byte blocks.
        assert!(citation_words(&format!("{}Res 1", "X".repeat(64))).is_empty());
        assert!(citation_words(&format!("{}res 1", "x".repeat(64))).is_empty());
        assert_eq!(citation_words(&format!("{} Res 1", "x".repeat(63))), [64]);
        // A citation word in capitals and small letters glued to a word in small letters, in a
        // copy that lost a space, within a block or across two: `ofResolution`.
        assert_eq!(citation_words("the objectives ofResolution 37"), [17]);
        assert_eq!(citation_words(&format!("{}Res 1", "x".repeat(64))), [64]);
        assert!(citation_words("the objectives ofRESOLUTION 37").is_empty());
    }
}
