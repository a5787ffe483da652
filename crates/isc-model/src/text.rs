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
    let mut res = fold(text);
    res.retain(char::is_alphanumeric);
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
    }
}
