//! Looking back from a citation word: a body named right before it (`PP Resolution 191`,
//! `ITU-T Resolution 55`) or earlier in the sentence (`the WTDC adopted Resolutions 16 and 21`).

use isc_model::Body;

use crate::citation::BodyHint;
use crate::pieces::{is_hyphen, is_space};

/// How far back a sentence subject is looked for, in bytes.
const SUBJECT_WINDOW: usize = 160;
/// How far past a citation its sentence is read for words saying it ends, in bytes.
const SENTENCE_TAIL: usize = 300;

/// The text before a citation word: where its sentence starts, looked for once for all that is
/// read there (a body marker, a subject, words saying the resolution ends).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Before<'a> {
    text: &'a str,
    /// The citation word.
    pos: usize,
    /// Where the sentence starts, at most [`SUBJECT_WINDOW`] bytes back (a character
    /// boundary).
    sentence: usize,
}

impl<'a> Before<'a> {
    /// The text before the citation word at `pos`.
    pub(crate) fn at(text: &'a str, pos: usize) -> Before<'a> {
        let from = window_start(text, pos, SUBJECT_WINDOW);
        Before { text, pos, sentence: from + sentence_start(&text[from..pos]) }
    }

    /// The words of the sentence in the last `window` bytes (at most [`SUBJECT_WINDOW`]),
    /// last first. A sentence start found in a wider window is the one a narrower window
    /// finds, when it is inside it: both read the same bytes back from the citation word.
    fn words(self, window: usize) -> impl Iterator<Item = (usize, &'a str)> {
        let start = window_start(self.text, self.pos, window).max(self.sentence);
        let sentence = &self.text[start..self.pos];
        sentence
            .split(|c: char| {
                is_space(c) || c == '\n' || c == '\r' || c == ',' || c == '(' || c == ')'
            })
            .rev()
            .filter(|w| !w.is_empty())
            .map(move |w| (start + (w.as_ptr() as usize - sentence.as_ptr() as usize), w))
    }
}

/// Where a window of `window` bytes back from `pos` starts: the first character boundary.
fn window_start(text: &str, pos: usize, window: usize) -> usize {
    let mut start = pos.saturating_sub(window);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// Whether `word`, lower-cased, is one of `words` (all lower case).
fn lower_is_in(word: &str, words: &[&str]) -> bool {
    if word.is_ascii() {
        // An ASCII word lower-cases to ASCII: only ASCII entries can equal it.
        words.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        let lower = word.to_lowercase();
        words.contains(&lower.as_str())
    }
}

/// Where the sentence that `before` ends starts: after the last `.`, `;` or `:`, the last blank
/// line, or the last line that opens with a list item (`a)`, `1`).
fn sentence_start(before: &str) -> usize {
    let bytes = before.as_bytes();
    let mut blank_since = false;
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        match bytes[i] {
            b'.' | b';' | b':' => return i + 1,
            b'\n' | b'\r' => {
                let line = &before[i + 1..];
                let item =
                    line.trim_start().split(|c: char| c.is_whitespace()).next().unwrap_or("");
                let is_item = item.len() <= 3
                    && !item.is_empty()
                    && (item.ends_with(')') || item.bytes().all(|b| b.is_ascii_digit()));
                if blank_since || is_item {
                    return i + 1;
                }
                blank_since = true;
            }
            b' ' | b'\t' => {}
            _ => blank_since = false,
        }
    }
    0
}

/// Stems that say a resolution ends, in English, French and Spanish.
const ENDING_STEMS: &[&str] = &[
    "suppress",
    "abrogat",
    "repeal",
    "merged into",
    "incorporated into",
    "taken over by the present",
    "is taken over by",
    "supprim",
    "abrog",
    "fusionn",
    "suprim",
    "derog",
    "fusionad",
];

/// Whether the sentence holding the citation at `start..end` says the cited resolution ends
/// (`that Resolution 36 is accordingly suppressed`, `Resolution 644 was merged into this
/// resolution`).
pub(crate) fn says_suppressed(before: Before<'_>, end: usize) -> bool {
    let text = before.text;
    let sentence_from = before.sentence;
    // Only the next `SENTENCE_TAIL` bytes are looked at: searching the whole rest of the text
    // for each citation would make a long text without full stops quadratic.
    let mut window_end = (end + SENTENCE_TAIL).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let after = &text[end..window_end];
    let mut to = memchr::memchr2(b'.', b';', after.as_bytes()).map_or(window_end, |i| end + i);
    if let Some(blank) = memchr::memmem::find(after.as_bytes(), b"\n\n") {
        to = to.min(end + blank);
    }
    let sentence = &text[sentence_from..to];
    // In ASCII, folding only lower-cases and reads a tab as a space: the stems, with a tab for
    // any of their spaces, are looked for in the text itself.
    if sentence.is_ascii() {
        static STEMS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
            std::sync::LazyLock::new(|| {
                let mut spellings: Vec<String> = Vec::new();
                for stem in ENDING_STEMS {
                    let mut forms = vec![String::new()];
                    for c in stem.chars() {
                        let options: &[char] = if c == ' ' { &[' ', '\t'] } else { &[c] };
                        forms = forms
                            .iter()
                            .flat_map(|form| options.iter().map(move |&o| format!("{form}{o}")))
                            .collect();
                    }
                    spellings.extend(forms);
                }
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(spellings)
                    .ok()
            });
        if let Some(stems) = STEMS.as_ref() {
            return stems.is_match(sentence);
        }
    }
    let sentence: String = sentence.chars().map(crate::pieces::fold_char).collect();
    ENDING_STEMS.iter().any(|stem| sentence.contains(stem))
}

/// What a single word (with the word before it) says about a body.
fn body_word(word: &str, previous: Option<&str>) -> Option<BodyHint> {
    let base = match word.char_indices().find(|&(_, c)| is_hyphen(c)) {
        // `PP-18`, `WTSA-16`: a tag; `ITU-T` keeps its hyphen.
        Some((i, c))
            if word[i + c.len_utf8()..].bytes().all(|b| b.is_ascii_digit())
                && i + c.len_utf8() < word.len() =>
        {
            &word[..i]
        }
        _ => word,
    };
    // Hyphens other than `-` are not ASCII.
    let normalized: std::borrow::Cow<'_, str> = if base.is_ascii() {
        base.into()
    } else {
        base.chars().map(|c| if is_hyphen(c) { '-' } else { c }).collect::<String>().into()
    };
    let known = |body| Some(BodyHint::Known(body));
    let after = |w: &str| previous.is_some_and(|p| lower_is_in(p, &[w]));
    match normalized.as_ref() {
        "PP" => known(Body::Pp),
        "WTSA" | "AMNT" | "ITU-T" | "UIT-T" => known(Body::Wtsa),
        "WTDC" | "CMDT" | "ITU-D" | "UIT-D" => known(Body::Wtdc),
        "WRC" | "CMR" => known(Body::Wrc),
        "ITU-R" | "UIT-R" | "RA" => known(Body::Ra),
        "UNGA" | "UN" | "ECOSOC" | "UNESCO" | "WHA" | "ONU" => Some(BodyHint::Foreign),
        _ => match lower_case(&normalized).as_ref() {
            "plenipotentiary" | "plenipotentiaries" | "plénipotentiaires" | "plenipotenciarios" => {
                known(Body::Pp)
            }
            "council" | "council's" => {
                if after("social") || after("security") || after("rights") {
                    Some(BodyHint::Foreign)
                } else {
                    known(Body::Council)
                }
            }
            "assembly" | "assembly's" if after("general") => Some(BodyHint::Foreign),
            "assembly" | "assembly's" if after("radiocommunication") => known(Body::Ra),
            "assembly" | "assembly's" if after("standardization") => known(Body::Wtsa),
            "conference" | "conference's" if after("plenipotentiary") => known(Body::Pp),
            "conference" | "conference's" if after("development") => known(Body::Wtdc),
            "conference" | "conference's" if after("radiocommunication") => known(Body::Wrc),
            _ => None,
        },
    }
}

/// `word` in lower case, copied only when it has upper-case letters.
fn lower_case(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
        word.to_lowercase().into()
    } else {
        word.into()
    }
}

/// A body marker written right before the citation word at `pos`, and where it starts.
pub(crate) fn marker_before(before: Before<'_>) -> Option<(BodyHint, usize)> {
    let (text, pos) = (before.text, before.pos);
    let mut words = before.words(64);
    let (start, last) = words.next()?;
    // Only the word immediately before the citation word counts.
    let gap = &text[start + last.len()..pos];
    if gap.chars().any(|c| !(is_space(c) || c == '\n' || c == '\r')) {
        return None;
    }
    let previous = words.next().map(|(_, w)| w);
    body_word(last, previous).map(|hint| (hint, start))
}

/// Verbs that make a body named before them the subject: `the WTDC adopted Resolutions 16 and
/// 21`, `the Conference, in adopting Resolution 7`, `la Conférence ... a adopté sa Résolution 123`.
const VERBS: &[&str] = &[
    "adopted",
    "approved",
    "revised",
    "adopts",
    "approves",
    "revises",
    "adopting",
    "approving",
    "revising",
    "adopté",
    "approuvé",
    "révisé",
    "adoptant",
    "adoptó",
    "aprobó",
    "revisó",
    "adoptado",
    "aprobado",
];
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "also", "then", "a", "ha", "también", "aussi", "further", "in", "by",
    "en", "al",
];
const DETERMINERS: &[&str] =
    &["its", "the", "their", "les", "ses", "sa", "son", "las", "sus", "su", "los"];
/// How many words before the verb the subject may start.
const SUBJECT_WORDS: usize = 12;

/// A body named as the subject of the sentence the citation word at `pos` ends. The earliest
/// body named before the verb wins: subjects open their sentence.
pub(crate) fn subject_before(before: Before<'_>) -> Option<Body> {
    // Most citation words have no verb before them: the words are only gathered for one.
    let mut last_first = before.words(SUBJECT_WINDOW).map(|(_, w)| w);
    let first = last_first.next()?;
    let verb = if lower_is_in(first, DETERMINERS) { last_first.next()? } else { first };
    if !lower_is_in(verb, VERBS) {
        return None;
    }
    let words: Vec<&str> = before.words(SUBJECT_WINDOW).map(|(_, w)| w).collect();
    let lower = |i: usize| words.get(i).map(|w| w.to_lowercase());
    let mut i = 0;
    if lower(i).is_some_and(|w| DETERMINERS.contains(&w.as_str())) {
        i += 1;
    }
    if !lower(i).is_some_and(|w| VERBS.contains(&w.as_str())) {
        return None;
    }
    i += 1;
    while lower(i).is_some_and(|w| AUXILIARIES.contains(&w.as_str())) {
        i += 1;
    }
    let last = (i + SUBJECT_WORDS).min(words.len());
    (i..last).rev().find_map(|j| match body_word(words[j], words.get(j + 1).copied()) {
        Some(BodyHint::Known(body)) => Some(body),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(text: &str) -> Option<BodyHint> {
        let pos = text.rfind("Res").unwrap();
        marker_before(Before::at(text, pos)).map(|(hint, _)| hint)
    }

    #[test]
    fn markers() {
        assert_eq!(marker("see PP Resolution 1"), Some(BodyHint::Known(Body::Pp)));
        assert_eq!(marker("the ITU\u{2011}T Resolution 1"), Some(BodyHint::Known(Body::Wtsa)));
        assert_eq!(marker("WTDC-17 Res. 37"), Some(BodyHint::Known(Body::Wtdc)));
        assert_eq!(marker("the Council Resolution 1305"), Some(BodyHint::Known(Body::Council)));
        assert_eq!(marker("Economic and Social Council Resolution 2"), Some(BodyHint::Foreign));
        assert_eq!(marker("UN General Assembly Resolution 70"), Some(BodyHint::Foreign));
        assert_eq!(marker("recalling Resolution 70"), None);
        assert_eq!(marker("PP, Resolution 70"), None);
    }

    #[test]
    fn endings() {
        let ends = |text: &str| {
            let start = text.find("Resolution").unwrap();
            says_suppressed(Before::at(text, start), start + "Resolution 36".len())
        };
        assert!(ends("decides\n2\tthat Resolution 36 is accordingly suppressed,"));
        assert!(ends("c)\tthat Resolution 644 was merged into this resolution by WRC-15,"));
        assert!(ends("que la Resolution 36 est supprimée;"));
        assert!(!ends(
            "recalling Resolution 36; noting that other texts were suppressed long ago."
        ));
        assert!(!ends("a)\tResolution 36 on humanitarian assistance,"));
    }

    #[test]
    fn subjects() {
        let subject = |text: &str| subject_before(Before::at(text, text.rfind('R').unwrap()));
        assert_eq!(subject("noting that the WTDC adopted Resolutions 16"), Some(Body::Wtdc));
        assert_eq!(
            subject("the Plenipotentiary Conference has also adopted its Resolution 7"),
            Some(Body::Pp)
        );
        assert_eq!(subject("WTSA met. It adopted Resolution 7"), None);
        assert_eq!(subject("recalling Resolution 7"), None);
        assert_eq!(
            subject(
                "taken by ITU-D at the conference (Valletta, 1998) (WTDC-98) in adopting Resolution 7"
            ),
            Some(Body::Wtdc)
        );
        assert_eq!(
            subject(
                "la Conférence de plénipotentiaires tenue à Marrakech en 2002 a adopté sa Résolution 123"
            ),
            Some(Body::Pp)
        );
    }
}
