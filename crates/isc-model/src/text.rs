//! Text folding shared by every matcher: case, accents and punctuation that texts vary on.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cases `text` and strips accents: `"Florianópolis"` folds to `"florianopolis"`.
///
/// ```
/// assert_eq!(isc_model::text::fold("DUBAÏ"), "dubai");
/// ```
pub fn fold(text: &str) -> String {
    text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
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
