//! Text folding shared by every matcher: case, accents and punctuation that texts vary on.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cases `text` and strips accents: `"Florianópolis"` folds to `"florianopolis"`.
/// Each character folds as [`fold_char`] folds it; combining accents written apart are dropped.
///
/// ```
/// assert_eq!(isc_model::text::fold("DUBAÏ"), "dubai");
/// ```
pub fn fold(text: &str) -> String {
    text.chars().filter(|c| !is_combining_mark(*c)).map(fold_char).collect()
}

/// Folds one character the way every matcher of the project compares text: lower case, without
/// its accent (`É`, `ş`, `ø` fold to `e`, `s`, `o`; a Greek iota, which an extraction may write
/// for an `i`, to `i`), dashes and hyphens as `-`, the spaces texts
/// use between words as ` `, and typographic apostrophes as `'`. A character whose lower case is
/// several characters is kept as it is.
///
/// ```
/// use isc_model::text::fold_char;
/// assert_eq!((fold_char('É'), fold_char('ş'), fold_char('\u{2011}')), ('e', 's', '-'));
/// ```
#[inline]
pub fn fold_char(c: char) -> char {
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
        // The Greek iota an extraction may write for the Latin letter (`DUBAΪ`).
        'ì' | 'í' | 'î' | 'ï' | 'ι' | 'ϊ' | 'ί' | 'ΐ' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        '\u{2019}' | '\u{2018}' => '\'',
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        ' '
        | '\t'
        | '\u{a0}'
        | '\u{2000}'..='\u{200b}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}'
        | '\u{feff}' => ' ',
        c if c.is_ascii() => c,
        // Any other letter with an accent: its base letter, from its canonical decomposition.
        c => match std::iter::once(c).nfd().next() {
            Some(base) if base != c && base.is_alphabetic() => base,
            _ => c,
        },
    }
}

/// The key places and tags are matched on: folded, keeping letters and digits only, so
/// `"Sharm el-Sheikh"`, `"SHARM EL SHEIKH"` and `"Sharm-el-Sheikh"` share one key.
///
/// ```
/// assert_eq!(isc_model::text::key("Sharm el-Sheikh"), "sharmelsheikh");
/// ```
pub fn key(text: &str) -> String {
    if text.is_ascii() {
        return ascii_key(text).map(char::from).collect();
    }
    let mut res = fold(text);
    res.retain(char::is_alphanumeric);
    res
}

/// The bytes of the key of an ASCII `text`: ASCII folds to its lower case, and its letters and
/// digits are ASCII's.
fn ascii_key(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase())
}

/// Calls `f` with the [`key`] of `text`, without allocating it for a short ASCII text (a place
/// name or a tag looked up for each citation).
///
/// ```
/// assert!(isc_model::text::with_key("Sharm el-Sheikh", |k| k == "sharmelsheikh"));
/// ```
pub fn with_key<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 64;
    if text.len() <= SHORT && text.is_ascii() {
        let mut buffer = [0u8; SHORT];
        let mut len = 0;
        for b in ascii_key(text) {
            buffer[len] = b;
            len += 1;
        }
        // ASCII letters and digits are UTF-8.
        return f(std::str::from_utf8(&buffer[..len]).unwrap_or_default());
    }
    f(&key(text))
}

/// A ligature of a PDF's text spelt out: `ﬁ` is `fi`.
///
/// ```
/// assert_eq!(isc_model::text::ligature('\u{fb03}'), Some("ffi"));
/// ```
pub fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        _ => return None,
    })
}

/// Characters text extraction leaves inside words that are not part of them: soft hyphens and
/// zero-width spaces and joiners.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// A stretch of text as a reader reads it, on one line: runs of spaces and line breaks are one
/// space, ligatures are spelt out, soft hyphens dropped, and a word cut at a line end is joined
/// (`coordi-` / `nation`), a compound keeping its hyphen (`Secretary-` / `General`).
///
/// ```
/// use isc_model::text::one_line;
/// assert_eq!(one_line("Bridging the stan\u{ad}dardization\r\n  gap, coordi-\nnation of the Secretary-\nGeneral"),
///            "Bridging the standardization gap, coordination of the Secretary-General");
/// ```
pub fn one_line(text: &str) -> String {
    let mut res = String::with_capacity(text.len());
    // Whether the separator since the last word held a line break, and whether one was seen.
    let mut line_break = false;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            line_break |= c == '\n' || c == '\r';
            space = true;
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if space && !res.is_empty() {
            let cut = res.ends_with(['-', '\u{2010}']) && line_break && c.is_alphabetic();
            let before = res.trim_end_matches(['-', '\u{2010}']).chars().next_back();
            match (cut, before) {
                (true, Some(b)) if b.is_lowercase() && c.is_lowercase() => {
                    res.pop();
                }
                (true, Some(b)) if b.is_alphabetic() => {}
                _ => res.push(' '),
            }
        }
        space = false;
        line_break = false;
        match ligature(c) {
            Some(spelt) => res.push_str(spelt),
            None => res.push(c),
        }
    }
    res
}

/// A title on one line ([`one_line`]), without what a copy leaves inside it: a space before a
/// comma or a full stop (`countries , including`), and a footnote mark standing between two
/// words in lower case (`developing 1 and developed`). A number that is part of the title stays.
///
/// ```
/// use isc_model::text::title;
/// assert_eq!(title("Bridging the gap between developing 1 and\ndeveloped countries , and more"),
///            "Bridging the gap between developing and developed countries, and more");
/// assert_eq!(title("the 2030 Agenda and Question 1 of Study Group 2"),
///            "the 2030 Agenda and Question 1 of Study Group 2");
/// ```
pub fn title(text: &str) -> String {
    let line = one_line(text);
    let words: Vec<&str> = line.split(' ').collect();
    let mut res = String::with_capacity(line.len());
    for (i, word) in words.iter().enumerate() {
        let lower = |w: &str| w.chars().all(char::is_lowercase);
        let footnote = (1..=2).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_digit())
            && i > 0
            && words[i - 1].chars().count() >= 3
            && lower(words[i - 1])
            && words.get(i + 1).is_some_and(|next| next.starts_with(char::is_lowercase));
        if footnote {
            continue;
        }
        let glued = matches!(*word, "," | ".");
        if !res.is_empty() && !glued {
            res.push(' ');
        }
        res.push_str(word);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Résolution RÉV. Genève"), "resolution rev. geneve");
        assert_eq!(key("Dubái"), "dubai");
        assert_eq!(key("Nouvelle-Delhi"), "nouvelledelhi");
        for text in ["Rio de Janeiro", "WRC-19", "São Paulo", "", "  ", &"x-".repeat(40)] {
            assert_eq!(with_key(text, str::to_owned), key(text), "{text:?}");
            assert_eq!(
                key(text),
                fold(text).chars().filter(|c| c.is_alphanumeric()).collect::<String>()
            );
        }
    }
}
