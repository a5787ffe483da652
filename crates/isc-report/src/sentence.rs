//! The sentence around a quoted phrase, for showing evidence in context.

/// How far, in bytes, the context reaches on each side of a phrase at most.
const REACH: usize = 320;

/// A phrase in its sentence: the text before it, the phrase, the text after it, each on one
/// line (runs of white space read as one space).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct InSentence {
    pub(crate) before: String,
    pub(crate) phrase: String,
    pub(crate) after: String,
}

/// Words ending in a full stop that do not end a sentence (`Rev. Dubai`, `Res. 70`).
const ABBREVIATIONS: [&str; 14] = [
    "rev", "rév", "res", "rés", "no", "nos", "doc", "para", "art", "vol", "cf", "e.g", "i.e", "pp",
];

/// Whether the full stop at byte `dot` closes an abbreviation or an initial rather than a
/// sentence.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    let word = text[..dot].rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    word.chars().count() == 1 || ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// Whether a sentence or an item ends right before byte `i` (`.`, `;`, `:` or `?` followed by
/// white space, or a blank line).
fn ends_before(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if i < 2 || i > bytes.len() {
        return false;
    }
    let (prev, cur) = (bytes[i - 2], bytes[i - 1]);
    if prev == b'\n' && cur == b'\n' {
        return true;
    }
    if !cur.is_ascii_whitespace() {
        return false;
    }
    match prev {
        b';' | b':' | b'?' | b'!' => true,
        b'.' => !abbreviation_before(text, i - 2),
        _ => false,
    }
}

fn one_line(text: &str) -> String {
    let mut res = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !res.is_empty() {
            res.push(' ');
        }
        res.push_str(word);
    }
    res
}

fn boundary_at_or_before(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn boundary_at_or_after(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The sentence of `text` holding bytes `start..end`, provided they hold `phrase` exactly
/// (otherwise the text is not the one the phrase was read from, and `None`).
pub(crate) fn in_sentence(
    text: &str,
    start: usize,
    end: usize,
    phrase: &str,
) -> Option<InSentence> {
    if text.get(start..end)? != phrase {
        return None;
    }
    let floor = boundary_at_or_after(text, start.saturating_sub(REACH));
    let mut from = start;
    while from > floor && !ends_before(text, from) {
        from -= 1;
    }
    let from = boundary_at_or_after(text, from);
    let ceiling = boundary_at_or_before(text, (end + REACH).min(text.len()));
    let mut to = end;
    while to < ceiling {
        to += 1;
        if ends_before(text, to) {
            // Keep the punctuation, leave the white space.
            to -= 1;
            break;
        }
    }
    let to = boundary_at_or_before(text, to);
    let mut before = one_line(&text[from..start]);
    if from > floor || from == 0 {
        // A whole sentence start.
    } else {
        before.insert_str(0, "… ");
    }
    if !before.is_empty() && text[..start].ends_with(char::is_whitespace) {
        before.push(' ');
    }
    let mut after = String::new();
    if text[end..].starts_with(char::is_whitespace) && to > end {
        after.push(' ');
    }
    after.push_str(&one_line(&text[end..to]));
    if to == ceiling && to < text.len() {
        after.push_str(" …");
    }
    Some(InSentence { before, phrase: one_line(phrase), after })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, phrase: &str, expected: &str) {
        let start = text.find(phrase).unwrap();
        let got = in_sentence(text, start, start + phrase.len(), phrase).unwrap();
        let rendered = format!("{}[{}]{}", got.before, got.phrase, got.after);
        assert_eq!(rendered, expected);
    }

    #[test]
    fn sentences_around_phrases() {
        check(
            "recognizing\na)\tthat the digital divide persists;\nb)\tthat gender\nequality matters.\n",
            "gender\nequality",
            "b) that [gender equality] matters.",
        );
        check(
            "Title line\n\nresolves to act on cybersecurity now",
            "cybersecurity",
            "resolves to act on [cybersecurity] now",
        );
        check("one. two three. four", "three", "two [three].");
        check(
            "Hello. Resolution 17 (Rev. Hammamet, 2016) of the Assembly, on ICT accessibility for all.",
            "ICT accessibility",
            "Resolution 17 (Rev. Hammamet, 2016) of the Assembly, on [ICT accessibility] for all.",
        );
    }

    #[test]
    fn a_phrase_not_at_its_span_gives_nothing() {
        assert_eq!(in_sentence("abc", 0, 2, "bc"), None);
        assert_eq!(in_sentence("abc", 2, 9, "c"), None);
        assert_eq!(in_sentence("é", 1, 2, "x"), None);
    }

    #[test]
    fn long_texts_are_cut_on_char_boundaries() {
        let text = format!("{}phrase{}", "é".repeat(400), "ü".repeat(400));
        let start = text.find("phrase").unwrap();
        let got = in_sentence(&text, start, start + 6, "phrase").unwrap();
        assert!(got.before.starts_with("… "), "{}", got.before);
        assert!(got.after.ends_with(" …"), "{}", got.after);
    }
}
