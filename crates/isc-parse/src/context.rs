//! Looking back from a citation word: a body named right before it (`PP Resolution 191`,
//! `ITU-T Resolution 55`) or earlier in the sentence (`the WTDC adopted Resolutions 16 and 21`),
//! and where that subject's name stands, for the conference's edition that may follow it
//! (`the World Telecommunication Development Conference (Valletta, 1998) in adopting Resolution
//! 7`).

use isc_model::Body;

use crate::pieces::{is_hyphen, is_space};
use crate::vocabulary::{BodyHint, Words, folded, with_folded};

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

/// Whether `word`, folded, is in `words` (folded).
fn is_in(word: &str, words: &std::collections::HashSet<String>) -> bool {
    with_folded(word, |folded| words.contains(folded))
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
                if blank_since || opens_item(&before[i + 1..]) {
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

/// Whether `line` opens with a list item's label (`a)`, `1`).
fn opens_item(line: &str) -> bool {
    let item = line.trim_start().split(|c: char| c.is_whitespace()).next().unwrap_or("");
    item.len() <= 3
        && !item.is_empty()
        && (item.ends_with(')') || item.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the sentence holding the citation at `start..end` says the cited resolution ends
/// (`that Resolution 36 is accordingly suppressed`, `Resolution 644 was merged into this
/// resolution`).
pub(crate) fn says_suppressed(w: &Words, before: Before<'_>, end: usize) -> bool {
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
    if sentence.is_ascii()
        && let Some(stems) = &w.suppression_search
    {
        return stems.is_match(sentence);
    }
    let sentence = folded(sentence);
    w.suppression_words.iter().any(|stem| sentence.contains(stem.as_str()))
}

/// What a single word (with the word before it) says about a body: an acronym or Sector
/// marker (`PP`, `WTSA-16`, `ITU‑T`), or the last word of a body's name after the word before it
/// in that name (`Development Conference`, `Council`, `Social Council`).
fn body_word(w: &Words, word: &str, previous: Option<&str>) -> Option<BodyHint> {
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
    if let Some(&hint) = w.body_acronym_words.get(normalized.as_ref()) {
        return Some(hint);
    }
    let word = normalized.strip_suffix("'s").or_else(|| normalized.strip_suffix("’s"));
    let word = word.unwrap_or(&normalized);
    let entries = with_folded(word, |last| w.body_name_words.get(last))?;
    // The name's word before this one, when the text has it; else a name of one word.
    let after = |before: &str| previous.is_some_and(|p| with_folded(p, |p| p == before));
    entries
        .iter()
        .find(|(before, _)| before.as_deref().is_some_and(after))
        .or_else(|| entries.iter().find(|(before, _)| before.is_none()))
        .map(|&(_, hint)| hint)
}

/// A body marker written right before the citation word at `pos`, and where it starts.
pub(crate) fn marker_before(w: &Words, before: Before<'_>) -> Option<(BodyHint, usize)> {
    let (text, pos) = (before.text, before.pos);
    let mut words = before.words(64);
    let (start, last) = words.next()?;
    // Only the word immediately before the citation word counts.
    let gap = &text[start + last.len()..pos];
    if gap.chars().any(|c| !(is_space(c) || c == '\n' || c == '\r')) {
        return None;
    }
    let previous = words.next().map(|(_, w)| w);
    body_word(w, last, previous).map(|hint| (hint, start))
}

/// How many words before the verb the subject may start.
const SUBJECT_WORDS: usize = 12;

/// A body named as the subject of the sentence the citation word at `pos` ends. The earliest
/// body named before the verb wins: subjects open their sentence.
#[cfg(test)]
fn subject_before(w: &Words, before: Before<'_>) -> Option<Body> {
    subject(w, before).map(|s| s.body)
}

/// The subject of the sentence a citation word ends (`the World Telecommunication Development
/// Conference (Valletta, 1998) (WTDC-98) in adopting Resolution 7`, or with a link and a
/// possessive for the verb: `the Plenipotentiary Conference (Marrakesh, 2002) in its Resolution
/// 113`): the body it names, the bytes from the body's name to the verb (where the conference's
/// edition may stand), and whether the verb says the resolution was revised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Subject {
    pub(crate) body: Body,
    pub(crate) words: (usize, usize),
    pub(crate) revised: bool,
}

/// See [`Subject`]; the earliest body named before the verb wins.
pub(crate) fn subject(w: &Words, before: Before<'_>) -> Option<Subject> {
    // Most citation words have no verb before them: the words are only gathered for one.
    let mut last_first = before.words(SUBJECT_WINDOW);
    let (first_at, first) = last_first.next()?;
    let determined = is_in(first, &w.subject_determiners);
    // An article in place of the determiner, after a link that follows a comma (`, dans la
    // Résolution 44`).
    let article = !determined && w.articles.one_of(&before.text[first_at..]).is_ok();
    let (verb_at, verb) =
        if determined || article { last_first.next()? } else { (first_at, first) };
    // `in its Resolution 113`: a link and a determiner stand for the verb; so does a link right
    // after a comma, the body named before it (`the Assembly, in Resolution 44, asks`).
    let after_comma = before.text[..verb_at].trim_end_matches(is_space).ends_with(',');
    let linked = (determined || after_comma) && is_in(verb, &w.subject_links);
    if !linked && !is_in(verb, &w.subject_verbs) {
        return None;
    }
    // A clause word (`noting`, `recalling`, `bearing in mind`) opens the sentence: a body named
    // before it, in the title or the issuing clause above, is no subject of it.
    let words: Vec<(usize, &str)> = before
        .words(SUBJECT_WINDOW)
        .take_while(|&(start, _)| w.clause_words.one_of(&before.text[start..before.pos]).is_err())
        .collect();
    let is_at = |i: usize, set| words.get(i).is_some_and(|&(_, word)| is_in(word, set));
    let mut i = usize::from(determined || article);
    // `revised`, `révisé`, `revisó`: the verb's stem in the three languages.
    let (verb_start, verb) = *words.get(i)?;
    let revised = !linked && with_folded(verb, |verb| verb.starts_with("revis"));
    i += 1;
    while is_at(i, &w.subject_auxiliaries) {
        i += 1;
    }
    let last = (i + SUBJECT_WORDS).min(words.len());
    (i..last).rev().find_map(|j| {
        let (start, word) = words[j];
        // A body's whole name from here (`l'Assemblée mondiale de normalisation des
        // télécommunications`, whose last words a development conference's name shares), or
        // a word that names one.
        let named =
            crate::citation::body_name(w, crate::citation::article(w, &before.text[start..]));
        let hint = match named {
            Ok((_, hint)) => Some(hint),
            Err(_) => body_word(w, word, words.get(j + 1).map(|&(_, w)| w)),
        };
        match hint {
            Some(BodyHint::Known(body)) => {
                Some(Subject { body, words: (start, verb_start), revised })
            }
            _ => None,
        }
    })
}

/// Whether the citation word `before` ends at follows a conjunction (`and`) joining it to a
/// citation that ends at `previous_end` in the same sentence (`the WTDC adopted Resolution 7,
/// which set up a task force, and Resolution 11`): the first one's subject is its subject too.
pub(crate) fn joined_to(w: &Words, before: Before<'_>, previous_end: usize) -> bool {
    let Some((_, word)) = before.words(SUBJECT_WINDOW).next() else { return false };
    // The same sentence: no full stop, semicolon or colon between, no blank line and no line
    // opening an item, a phrase on the first resolution at most.
    let gap = before.text.get(previous_end..before.pos).unwrap_or_default();
    gap.len() <= SENTENCE_TAIL
        && !gap.contains([';', ':'])
        && !gap.contains(". ")
        && gap.split(['\n', '\r']).skip(1).all(|line| !line.trim().is_empty() && !opens_item(line))
        && with_folded(word, |folded| w.conjunctions.iter().any(|c| c == folded))
}

/// A body named in apposition after a citation that a link and a possessive open (`by its
/// Resolution 807, the World Radiocommunication Conference (Geneva, 2012) asked`, `mediante su
/// Resolución 807, la Conferencia Mundial de Radiocomunicaciones`): the sentence's subject,
/// with the parenthesis after its name, where the conference's edition may stand.
pub(crate) fn subject_after(w: &Words, before: Before<'_>, end: usize) -> Option<Subject> {
    let mut last_first = before.words(SUBJECT_WINDOW).map(|(_, w)| w);
    let (determiner, link) = (last_first.next()?, last_first.next()?);
    if !is_in(determiner, &w.subject_determiners) || !is_in(link, &w.subject_links) {
        return None;
    }
    let text = before.text;
    let after = text[end..].trim_start_matches(is_space).strip_prefix(',')?;
    let name = after.trim_start_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
    let start = text.len() - name.len();
    let (rest, hint) = crate::citation::body_name(w, crate::citation::article(w, name)).ok()?;
    let BodyHint::Known(body) = hint else { return None };
    // The parenthesis right after the name holds the edition, if any.
    let tail = rest.trim_start_matches(is_space);
    let to = match tail.strip_prefix('(').and_then(|inside| inside.find(')')) {
        Some(close) => text.len() - tail.len() + close + 2,
        None => text.len() - rest.len(),
    };
    Some(Subject { body, words: (start, to), revised: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        Words::new(&crate::Vocabulary::shipped())
    }

    fn marker(text: &str) -> Option<BodyHint> {
        let pos = text.rfind("Res").unwrap();
        marker_before(&words(), Before::at(text, pos)).map(|(hint, _)| hint)
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
            says_suppressed(&words(), Before::at(text, start), start + "Resolution 36".len())
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
        let w = words();
        let subject = |text: &str| subject_before(&w, Before::at(text, text.rfind('R').unwrap()));
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
