//! The clause-word grammar: the words that open a preamble or operative clause (`recalling`,
//! `considering further`, `resolves`, `instructs the Secretary-General`, `considérant`, `charge le
//! Secrétaire général`, `resuelve`), with their modifiers and addressees, from the vocabulary.
//!
//! ```text
//! opening = [prefix] clause-word [suffix]             -- `further recalling`, `noting also`
//! line    = opening [",:;."] [item-marker ...]        -- `considering`, `noting a) that`
//!         | operative-opening addressee ...           -- `instructs the Directors ...`
//! ```

use isc_model::{PartKind, Sector};
use nom::Parser;
use nom::combinator::{opt, verify};

use crate::pieces::{PResult, is_space, phrase, sp};
use crate::vocabulary::Words;

/// The longest line an operative clause word and its addressee may fill.
const MAX_CLAUSE_LINE: usize = 240;

/// Reads the clause word at the start of `line` (trimmed): the part it opens and the length of
/// the clause word as written (without trailing punctuation).
///
/// A line opens a clause when the clause word (with `further`/`also` before or after it) stands
/// alone, is followed only by punctuation or by an item marker (`a)`, `1`), or, for operative
/// words, by the body addressed (`instructs the Directors of the three Bureaux`).
pub(crate) fn clause_word(w: &Words, line: &str) -> Option<(PartKind, usize)> {
    clause_word_after(w, line, opening(w, line).ok()?)
}

/// [`clause_word`] once the line's [`opening`] is read: what follows it, and the part it opens.
pub(crate) fn clause_word_after(
    w: &Words,
    line: &str,
    (rest, kind): (&str, PartKind),
) -> Option<(PartKind, usize)> {
    let word_len = line.len() - rest.len();
    let after = rest.trim_start_matches(is_space);
    let tail = after.trim_start_matches([',', ':', ';', '.']);
    let tail_is_empty = tail.trim().is_empty();
    if tail_is_empty {
        return Some((kind, word_len));
    }
    if is_item_marker(tail.trim_start()) {
        return Some((kind, word_len));
    }
    // Only operative words take an addressee, and only right after the word.
    if kind != PartKind::Operative || after.len() != tail.len() || rest.len() == after.len() {
        return None;
    }
    if line.len() > MAX_CLAUSE_LINE || line.ends_with(['.', ';']) {
        return None;
    }
    let addressed = w.addressees.one_of(after).is_ok()
        || w.glued_addressees.iter().any(|glued| phrase(after, glued).is_ok());
    if !addressed || opens_quotation(w, after) {
        return None;
    }
    let clause = line.trim_end_matches(|c: char| matches!(c, ',' | ':' | ';') || c.is_whitespace());
    Some((kind, clause.len()))
}

/// Reads a clause word that opens a line of prose (`recalling Resolution 70 (Rev. Dubai,
/// 2018);`): the part it opens and the length of the clause word. Only trusted where a clause may
/// start, after a line that ends a sentence or an item.
pub(crate) fn clause_word_in_prose(
    w: &Words,
    line: &str,
    (rest, kind): (&str, PartKind),
) -> Option<(PartKind, usize)> {
    (rest.starts_with(is_space) && !opens_quotation(w, rest))
        .then_some((kind, line.len() - rest.len()))
}

/// Whether the words after a clause word open a quotation, right after it or after the body
/// addressed (`resolves "to establish ...`, `instructs the Secretary-General "to facilitate
/// ...`): another text's operative words quoted in a preamble item, no clause of the document.
/// The body addressed is a name: words in capitals and short words between them (`the
/// Directors of the three Bureaux`), not the clause's own words (`resolves to continue the
/// "..."`).
fn opens_quotation(w: &Words, after: &str) -> bool {
    let after = after.trim_start_matches(is_space);
    let Some(quote) = after.find(['"', '\u{201c}', '\u{201e}', '\u{ab}']) else { return false };
    let addressee = after[..quote].trim_end_matches(is_space);
    addressee.is_empty()
        || (w.addressees.one_of(addressee).is_ok()
            && addressee.split(is_space).filter(|word| !word.is_empty()).all(|word| {
                word.starts_with(char::is_uppercase)
                    || (word.chars().all(char::is_alphabetic)
                        && word.chars().count() <= MAX_SHORT_WORD)
            }))
}

/// The longest word in small letters that a name addressed holds between its words in capitals
/// (`of`, `the`, `three`, `other`).
const MAX_SHORT_WORD: usize = 5;

/// A clause word with its modifiers: `further recalling`, `considering also`. The modifier
/// before it must be on its line; the one after it too.
pub(crate) fn opening<'a>(w: &Words, input: &'a str) -> PResult<'a, PartKind> {
    let same_line_space =
        |i| verify(sp, |s: &str| !s.is_empty() && !s.contains(['\n', '\r'])).parse(i);
    let (rest, _) = opt((|i| w.clause_prefixes.one_of(i), same_line_space)).parse(input)?;
    let (rest, kind) = w.clause_words.one_of(rest)?;
    let (rest, _) = opt((same_line_space, |i| w.clause_suffixes.one_of(i))).parse(rest)?;
    Ok((rest, kind))
}

/// `a)`, `(a)`, `i)`, `1`, `1)`, `1.` followed by space: a lettered or numbered item.
pub(crate) fn is_item_marker(text: &str) -> bool {
    let text = text.strip_prefix('(').unwrap_or(text);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let after = &text[digits..];
        return after.is_empty()
            || after.starts_with([')', '.', ' ', '\t'])
            || after.starts_with(is_space);
    }
    let letters = text.chars().take_while(char::is_ascii_lowercase).count();
    (1..=4).contains(&letters) && text[letters..].starts_with(')')
}

/// How far after an addressee a verb asking it to help another Sector is looked for.
const ASSISTANCE_REACH: usize = 80;

/// The other Sector an addressee is asked to help or work with, in `text` right after the
/// addressee's name: one of the vocabulary's `assistance_verbs` within a few words, before any
/// punctuation ending the request, then a Sector or Bureau as [`addressed_sector`] reads one
/// (`should continue to assist BDT`, `d'aider le BDT`). Gives the Sector and the byte range of
/// its name in `text`.
pub(crate) fn assisted_sector(w: &Words, text: &str) -> Option<(Sector, (usize, usize))> {
    let reach = text.len().min(ASSISTANCE_REACH);
    let reach = (0..=reach).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let window = &text[..text[..reach].find([';', '.', ',', ':']).unwrap_or(reach)];
    let mut previous = ' ';
    for (i, c) in window.char_indices() {
        let starts_word = c.is_alphabetic() && !previous.is_alphabetic();
        previous = c;
        if !starts_word {
            continue;
        }
        if let Ok((after, ())) = w.assistance_verbs.one_of(&text[i..]) {
            let at = text.len() - after.len();
            let (sector, (s, e)) = addressed_sector(w, after)?;
            return Some((sector, (at + s, at + e)));
        }
    }
    None
}

/// The Sector an operative clause addresses at the start of `text`, right after its clause word
/// or an item's marker: a Sector by name (`the Telecommunication Development Sector`, `al Sector
/// de Desarrollo de las Telecomunicaciones`), by acronym (`ITU-D`) or by its Bureau (`the
/// Director of the Telecommunication Development Bureau`, `BDT`), after articles, the Union's
/// name and the vocabulary's `addressee_leads` (`that`, `Director of`). Gives the Sector and the
/// byte range of its name in `text`.
pub(crate) fn addressed_sector(w: &Words, text: &str) -> Option<(Sector, (usize, usize))> {
    let mut rest = skip_item_marker(text.trim_start_matches(is_line_space));
    // An addressee is a few words: articles and leads, then the name.
    for _ in 0..6 {
        rest = rest.trim_start_matches(is_line_space);
        let at = text.len() - rest.len();
        // Names are capitalised; most items open with a verb in small letters and stop here.
        if rest.starts_with(char::is_uppercase) {
            let named =
                w.sector_names.one_of(rest).or_else(|_| w.bureau_names.one_of(rest)).ok().or_else(
                    || {
                        let (after, body) = w.sector_markers.one_of(rest).ok()?;
                        Some((after, body.sector()))
                    },
                );
            if let Some((after, sector)) = named {
                return Some((sector, (at, text.len() - after.len())));
            }
        }
        if w.addressee_starts.one_of(rest).is_err() {
            return None;
        }
        let next = crate::citation::article(w, rest);
        if next.len() < rest.len() {
            rest = next;
            continue;
        }
        let lead = w.union_names.one_of(rest).or_else(|_| w.addressee_leads.one_of(rest));
        match lead {
            Ok((after, ())) if after.starts_with(is_line_space) => rest = after,
            _ => return None,
        }
    }
    None
}

/// A space, tab or line break.
fn is_line_space(c: char) -> bool {
    is_space(c) || c == '\n' || c == '\r'
}

/// `text` after the item marker it opens with (`1`, `1.1`, `a)`, `(b)`, `2.`), if any.
fn skip_item_marker(text: &str) -> &str {
    if !is_item_marker(text) {
        return text;
    }
    let marker = text.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | '.')));
    &text[marker.unwrap_or(text.len())..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_words() {
        /// (name, line, the part and clause word it opens)
        type Case = (&'static str, &'static str, Option<(PartKind, &'static str)>);
        const CASES: &[Case] = &[
            ("alone", "recalling", Some((PartKind::Preamble, "recalling"))),
            ("comma", "considering,", Some((PartKind::Preamble, "considering"))),
            ("further", "considering further", Some((PartKind::Preamble, "considering further"))),
            ("prefix", "further recalling:", Some((PartKind::Preamble, "further recalling"))),
            ("item", "noting a)\tthat", Some((PartKind::Preamble, "noting"))),
            (
                "addressee",
                "instructs the Directors of the three Bureaux",
                Some((PartKind::Operative, "instructs the Directors of the three Bureaux")),
            ),
            (
                "addressee comma",
                "instructs the Secretary-General,",
                Some((PartKind::Operative, "instructs the Secretary-General")),
            ),
            ("french", "considérant en outre", Some((PartKind::Preamble, "considérant en outre"))),
            (
                "french operative",
                "charge le Secrétaire général",
                Some((PartKind::Operative, "charge le Secrétaire général")),
            ),
            (
                "spanish",
                "encarga al Secretario General",
                Some((PartKind::Operative, "encarga al Secretario General")),
            ),
            ("spanish alone", "resuelve", Some((PartKind::Operative, "resuelve"))),
            ("prose", "noting that the Council agreed", None),
            ("wrapped", "requests from Member States", None),
            ("sentence", "invites the Council to act.", None),
            ("longer word", "recallings", None),
            ("title", "Resolution 70", None),
        ];
        for &(name, line, want) in CASES {
            let got = clause_word(&Words::new(&crate::Vocabulary::shipped()), line)
                .map(|(kind, len)| (kind, &line[..len]));
            assert_eq!(got, want, "{name}");
        }
    }
}
