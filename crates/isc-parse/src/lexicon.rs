//! The theme lexicon: theme phrases and coordination cues compiled once into one Aho-Corasick
//! automaton over normalized text, and the scoring that turns matches into themes.
//!
//! Text and phrases are normalized the same way before matching:
//!
//! - case is folded and accents are stripped (`Télécommunications` reads `telecommunications`);
//! - every character that is not a letter or a digit (hyphens, dashes, apostrophes, punctuation,
//!   line breaks) separates words, and runs of separators count as one space, so `inter-Sector`
//!   reads `inter sector` and a phrase may be broken across lines;
//! - each word longer than three letters loses a simple plural: a final `ies` becomes `y`
//!   (`countries`, `country`), a final `eaux` loses its `x` (`bureaux`), and otherwise a final
//!   single `s` is dropped (`Sectors`, `Sector`; `access` keeps its `ss`).
//!
//! Phrases match whole words only. Where one match lies inside a longer one of the same kind
//! (`digital divide` inside `bridging the digital divide`), only the longer counts.

use std::collections::HashMap;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use isc_model::{PartKind, Span};
use serde::Deserialize;

use crate::TextRef;
use crate::error::LexiconError;
use crate::pieces::fold_char;
use crate::structure::{Part, part_at};

/// Index of a theme in its [`Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ThemeIdx(u32);

impl ThemeIdx {
    /// The position of the theme in [`Lexicon::themes`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One theme of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// The stable identifier used in reports (`cybersecurity`).
    pub id: String,
    /// A plain name for people.
    pub label: String,
}

/// How much a match weighs in each part of a resolution.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    /// The heading line, year chain and issuing clause.
    pub heading: f64,
    /// The title: what the resolution says it is about.
    pub title: f64,
    /// Preamble clauses: context.
    pub preamble: f64,
    /// Operative clauses: what the resolution asks for.
    pub operative: f64,
    /// Footnotes.
    pub footnote: f64,
    /// Annexes.
    pub annex: f64,
    /// Text that fits no part.
    pub other: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            heading: 0.5,
            title: 6.0,
            preamble: 0.5,
            operative: 3.0,
            footnote: 0.25,
            annex: 0.25,
            other: 0.25,
        }
    }
}

impl Weights {
    /// The weight of a match in a part of `kind`.
    pub fn of(&self, kind: PartKind) -> f64 {
        match kind {
            PartKind::Heading => self.heading,
            PartKind::Title => self.title,
            PartKind::Preamble => self.preamble,
            PartKind::Operative => self.operative,
            PartKind::Footnote => self.footnote,
            PartKind::Annex => self.annex,
            PartKind::Other => self.other,
        }
    }
}

/// How matches become scores, and which scores make a theme.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scoring {
    /// The weight of a match by part.
    pub weights: Weights,
    /// The score a theme needs to be reported as one the document is on.
    pub threshold: f64,
    /// Diminishing returns: the n-th repeat of one phrase for one theme counts
    /// `repeat_decay^n` of its weight (0 counts each phrase once, 1 counts every repeat fully).
    pub repeat_decay: f64,
    /// How many themes below the threshold are reported as candidates.
    pub candidates: usize,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring { weights: Weights::default(), threshold: 3.5, repeat_decay: 0.75, candidates: 3 }
    }
}

/// The shape of a lexicon TOML file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    #[allow(dead_code, reason = "read so that files may state it; one version exists so far")]
    version: Option<u32>,
    #[serde(default)]
    theme: Vec<ThemeEntry>,
    #[serde(default)]
    coordination: Phrases,
    #[serde(default)]
    scoring: Scoring,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeEntry {
    id: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    fr: Vec<String>,
    #[serde(default)]
    es: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Phrases {
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    fr: Vec<String>,
    #[serde(default)]
    es: Vec<String>,
}

impl Phrases {
    fn all(&self) -> impl Iterator<Item = &String> {
        self.en.iter().chain(&self.fr).chain(&self.es)
    }
}

/// What one automaton pattern stands for: a normalized phrase shared by every theme (and the
/// coordination cues) that list it.
#[derive(Debug, Clone, Default)]
struct Pattern {
    themes: Vec<ThemeIdx>,
    coordination: bool,
}

/// A theme lexicon compiled for matching. Build it once and share it.
///
/// ```
/// use isc_parse::Lexicon;
/// let lexicon = Lexicon::from_toml(r#"
/// [[theme]]
/// id = "e-waste"
/// en = ["e-waste", "electronic waste"]
/// fr = ["déchets électroniques"]
/// [coordination]
/// en = ["three Sectors"]
/// [scoring]
/// threshold = 2.0
/// "#)?;
/// assert_eq!(lexicon.themes()[0].id, "e-waste");
/// assert_eq!(lexicon.scoring().threshold, 2.0);
/// # Ok::<(), isc_parse::LexiconError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Lexicon {
    themes: Vec<Theme>,
    scoring: Scoring,
    matcher: Option<Matcher>,
    patterns: Vec<Pattern>,
}

impl Default for Lexicon {
    /// An empty lexicon: no theme, no cue, default scoring.
    fn default() -> Self {
        Lexicon {
            themes: Vec::new(),
            scoring: Scoring::default(),
            matcher: None,
            patterns: Vec::new(),
        }
    }
}

impl Lexicon {
    /// Reads and compiles a lexicon file's text: `[[theme]]` tables (`id`, `label`, `en`, `fr`,
    /// `es`), a `[coordination]` table (`en`, `fr`, `es`) and an optional `[scoring]` table
    /// (`threshold`, `repeat_decay`, `candidates`, `[scoring.weights]` by part).
    pub fn from_toml(text: &str) -> Result<Lexicon, LexiconError> {
        let file: LexiconFile = toml::from_str(text)?;
        Lexicon::build(file)
    }

    fn build(file: LexiconFile) -> Result<Lexicon, LexiconError> {
        check_scoring(&file.scoring)?;
        let mut themes = Vec::with_capacity(file.theme.len());
        let mut by_phrase: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut add = |phrase: &str, target: Option<ThemeIdx>| -> Result<(), LexiconError> {
            let key = normalize_phrase(phrase);
            if key.trim().is_empty() {
                return Err(LexiconError::Invalid(format!(
                    "phrase {phrase:?} has no letters or digits"
                )));
            }
            let idx = *by_phrase.entry(key.clone()).or_insert_with(|| {
                patterns.push(Pattern::default());
                keys.push(key);
                patterns.len() - 1
            });
            let pattern = &mut patterns[idx];
            match target {
                Some(theme) if !pattern.themes.contains(&theme) => pattern.themes.push(theme),
                Some(_) => {}
                None => pattern.coordination = true,
            }
            Ok(())
        };
        for entry in &file.theme {
            if entry.id.trim().is_empty() {
                return Err(LexiconError::Invalid("a theme has an empty id".to_owned()));
            }
            if themes.iter().any(|t: &Theme| t.id == entry.id) {
                return Err(LexiconError::Invalid(format!(
                    "theme id {:?} is given twice",
                    entry.id
                )));
            }
            let idx = ThemeIdx(
                u32::try_from(themes.len())
                    .map_err(|_| LexiconError::Invalid("more than 4 billion themes".to_owned()))?,
            );
            for phrase in entry.en.iter().chain(&entry.fr).chain(&entry.es) {
                add(phrase, Some(idx))?;
            }
            themes.push(Theme { id: entry.id.clone(), label: entry.label.clone() });
        }
        for phrase in file.coordination.all() {
            add(phrase, None)?;
        }
        let matcher = if keys.is_empty() { None } else { Some(Matcher::build(&keys)?) };
        Ok(Lexicon { themes, scoring: file.scoring, matcher, patterns })
    }

    /// Every theme, in file order; [`ThemeIdx::index`] points into it.
    pub fn themes(&self) -> &[Theme] {
        &self.themes
    }

    /// The theme at `idx`.
    pub fn theme(&self, idx: ThemeIdx) -> &Theme {
        &self.themes[idx.index()]
    }

    /// The scoring in use.
    pub fn scoring(&self) -> &Scoring {
        &self.scoring
    }

    /// Replaces the scoring (weights, threshold) without recompiling the phrases.
    pub fn with_scoring(mut self, scoring: Scoring) -> Result<Lexicon, LexiconError> {
        check_scoring(&scoring)?;
        self.scoring = scoring;
        Ok(self)
    }

    /// Whether the lexicon has neither theme phrase nor coordination cue.
    pub fn is_empty(&self) -> bool {
        self.matcher.is_none()
    }

    /// Matches the document at `text[start..end]`, whose parts are `parts`, and scores its themes.
    pub(crate) fn scan<'a>(
        &self,
        text: &'a str,
        start: usize,
        end: usize,
        parts: &[Part<'a>],
    ) -> ThemeScan<'a> {
        let mut res = ThemeScan::default();
        let Some(matcher) = &self.matcher else { return res };
        let Some(region) = text.get(start..end) else { return res };
        let found = matcher.find(text, region, start);
        let keep_outermost = |is_kind: &dyn Fn(&Pattern) -> bool| -> Vec<(usize, usize, usize)> {
            let mut kept = Vec::new();
            let mut reach = 0;
            for &(s, e, p) in found.iter().filter(|&&(_, _, p)| is_kind(&self.patterns[p])) {
                if e <= reach {
                    continue;
                }
                reach = e;
                kept.push((s, e, p));
            }
            kept
        };
        let mention = |s: usize, e: usize| -> Mention<'a> {
            let span = Span::new(s, e);
            let part = part_at(parts, s);
            Mention {
                text: TextRef { text: &text[span.range()], span },
                part: part.map_or(PartKind::Other, |p| p.kind),
                clause: part.and_then(|p| p.clause),
            }
        };

        let weights = &self.scoring.weights;
        let mut scores: Vec<(f64, Vec<Mention<'a>>)> = vec![(0.0, Vec::new()); self.themes.len()];
        // Each repeat of a phrase counts `repeat_decay^n` of its weight, the strongest occurrence
        // first: a phrase in the title weighs fully even when front matter repeated it before.
        let mut weighted: Vec<(usize, ThemeIdx, f64)> = Vec::new();
        for (s, e, p) in keep_outermost(&|p: &Pattern| !p.themes.is_empty()) {
            let found = mention(s, e);
            for &theme in &self.patterns[p].themes {
                weighted.push((p, theme, weights.of(found.part)));
                scores[theme.index()].1.push(found);
            }
        }
        weighted.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(b.2.total_cmp(&a.2)));
        for group in weighted.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let mut factor = 1.0;
            for &(_, theme, weight) in group {
                scores[theme.index()].0 += weight * factor;
                factor *= self.scoring.repeat_decay;
            }
        }
        let mut scored: Vec<ThemeMatch<'a>> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, (score, evidence))| !evidence.is_empty() && *score > 0.0)
            .map(|(i, (score, evidence))| ThemeMatch {
                theme: ThemeIdx(u32::try_from(i).unwrap_or(u32::MAX)),
                score: (score * 100.0).round() / 100.0,
                evidence,
            })
            .collect();
        scored.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| self.theme(a.theme).id.cmp(&self.theme(b.theme).id))
        });
        let (accepted, below): (Vec<_>, Vec<_>) =
            scored.into_iter().partition(|t| t.score >= self.scoring.threshold);
        res.themes = accepted;
        res.candidates = below.into_iter().take(self.scoring.candidates).collect();

        res.coordination = keep_outermost(&|p: &Pattern| p.coordination)
            .into_iter()
            .map(|(s, e, _)| mention(s, e))
            .collect();
        res.calls_for_coordination = res.coordination.iter().any(|m| m.part == PartKind::Operative);
        res
    }
}

fn check_scoring(scoring: &Scoring) -> Result<(), LexiconError> {
    let w = &scoring.weights;
    let weights = [w.heading, w.title, w.preamble, w.operative, w.footnote, w.annex, w.other];
    if weights.iter().any(|w| !w.is_finite() || *w < 0.0) {
        return Err(LexiconError::Invalid(format!(
            "scoring weights must be finite and not negative, found {weights:?}"
        )));
    }
    if !scoring.threshold.is_finite() || scoring.threshold < 0.0 {
        return Err(LexiconError::Invalid(format!(
            "scoring threshold must be finite and not negative, found {}",
            scoring.threshold
        )));
    }
    if !(0.0..=1.0).contains(&scoring.repeat_decay) {
        return Err(LexiconError::Invalid(format!(
            "scoring repeat_decay must lie between 0 and 1, found {}",
            scoring.repeat_decay
        )));
    }
    Ok(())
}

/// A phrase found in a document, with the part and clause that hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention<'a> {
    /// The phrase as written and its span.
    pub text: TextRef<'a>,
    /// The part it sits in.
    pub part: PartKind,
    /// The clause word of the clause holding it.
    pub clause: Option<TextRef<'a>>,
}

/// A scored theme with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeMatch<'a> {
    /// The theme, in the parser's lexicon.
    pub theme: ThemeIdx,
    /// The weighted score, rounded to two decimals.
    pub score: f64,
    /// Every match that counted, in source order.
    pub evidence: Vec<Mention<'a>>,
}

/// What the lexicon found in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ThemeScan<'a> {
    pub(crate) themes: Vec<ThemeMatch<'a>>,
    pub(crate) candidates: Vec<ThemeMatch<'a>>,
    pub(crate) coordination: Vec<Mention<'a>>,
    pub(crate) calls_for_coordination: bool,
}

/// The phrases compiled for matching text as written.
///
/// The automaton runs over the text's own bytes, ASCII case ignored, with each run of separators
/// read as one space: nothing is copied. Plurals cannot be folded that way without looking
/// ahead, so each phrase is compiled in every spelling that folds to it instead (`least
/// developed country` also as `... countries`); `variants[i]` is the phrase that spelling `i`
/// stands for and `words[i]` how many words it has.
#[derive(Debug, Clone)]
struct Matcher {
    automaton: DFA,
    variants: Vec<u32>,
    words: Vec<u8>,
    /// A power of two above the most words in a phrase, less one.
    ring_mask: usize,
}

/// At most this many spellings of one phrase: each word of more than three letters may take
/// a plural, so a phrase of twelve such words has 4,096.
const MAX_VARIANTS: usize = 4096;

impl Matcher {
    /// Compiles the normalized phrases `keys` (framed by spaces, each word folded).
    fn build(keys: &[String]) -> Result<Matcher, LexiconError> {
        let mut spellings: Vec<String> = Vec::new();
        let mut variants = Vec::new();
        let mut words = Vec::new();
        for (idx, key) in keys.iter().enumerate() {
            let key_words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
            let count = u8::try_from(key_words.len())
                .map_err(|_| LexiconError::Invalid(format!("phrase {key:?} has over 255 words")))?;
            let mut phrase_spellings = vec![String::from(" ")];
            for word in &key_words {
                let forms = spellings_of(word);
                if phrase_spellings.len() * forms.len() > MAX_VARIANTS {
                    return Err(LexiconError::Invalid(format!(
                        "phrase {:?} has too many plural forms (more than {MAX_VARIANTS}); split it",
                        key.trim()
                    )));
                }
                phrase_spellings = phrase_spellings
                    .iter()
                    .flat_map(|head| forms.iter().map(move |form| format!("{head}{form} ")))
                    .collect();
            }
            let idx = u32::try_from(idx)
                .map_err(|_| LexiconError::Invalid("more than 4 billion phrases".to_owned()))?;
            variants.extend(std::iter::repeat_n(idx, phrase_spellings.len()));
            words.extend(std::iter::repeat_n(count, phrase_spellings.len()));
            spellings.extend(phrase_spellings);
        }
        let automaton = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .ascii_case_insensitive(true)
            .build(&spellings)
            .map_err(|err| LexiconError::Invalid(format!("cannot compile phrases: {err}")))?;
        let most = words.iter().copied().max().map_or(1, usize::from);
        Ok(Matcher { automaton, variants, words, ring_mask: (most + 1).next_power_of_two() - 1 })
    }

    /// Every phrase in `region`, the bytes of `text` from `start`: the span of each match in
    /// `text` and its phrase, outer matches first (by start, then longest).
    fn find(&self, text: &str, region: &str, start: usize) -> Vec<(usize, usize, usize)> {
        let automaton = &self.automaton;
        let mut found = Vec::new();
        let Ok(mut state) = automaton.start_state(Anchored::No) else { return found };
        // Where the last words started, and where the last letter was.
        let mut word_starts = vec![0usize; self.ring_mask + 1];
        let mut words = 0usize;
        let mut last = 0usize;
        let mut in_word = false;
        let mut report = |state, last: usize, words: usize, word_starts: &[usize]| {
            for i in 0..automaton.match_len(state) {
                let variant = automaton.match_pattern(state, i).as_usize();
                let count = usize::from(self.words[variant]);
                let first = word_starts[(words.wrapping_sub(count)) & self.ring_mask];
                found.push((first, word_end(text, last), self.variants[variant] as usize));
            }
        };
        state = automaton.next_state(Anchored::No, state, b' ');
        let bytes = region.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            if byte.is_ascii() {
                if byte.is_ascii_alphanumeric() {
                    if !in_word {
                        in_word = true;
                        word_starts[words & self.ring_mask] = start + i;
                        words += 1;
                    }
                    last = start + i;
                    state = automaton.next_state(Anchored::No, state, byte);
                } else if in_word {
                    in_word = false;
                    state = automaton.next_state(Anchored::No, state, b' ');
                    if automaton.is_match(state) {
                        report(state, last, words, &word_starts);
                    }
                }
                i += 1;
                continue;
            }
            let c = region[i..].chars().next().expect("i is a char boundary inside the region");
            let at = start + i;
            i += c.len_utf8();
            match Folded::of(c) {
                Folded::Nothing => {}
                Folded::Letters(letters) => {
                    if !in_word {
                        in_word = true;
                        word_starts[words & self.ring_mask] = at;
                        words += 1;
                    }
                    last = at;
                    for &byte in letters.bytes() {
                        state = automaton.next_state(Anchored::No, state, byte);
                    }
                }
                Folded::Separator => {
                    if in_word {
                        in_word = false;
                        state = automaton.next_state(Anchored::No, state, b' ');
                        if automaton.is_match(state) {
                            report(state, last, words, &word_starts);
                        }
                    }
                }
            }
        }
        if in_word {
            state = automaton.next_state(Anchored::No, state, b' ');
            if automaton.is_match(state) {
                report(state, last, words, &word_starts);
            }
        }
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        found
    }
}

/// Every spelling of a text word that folds to the normalized `word`: itself and its plurals.
fn spellings_of(word: &str) -> Vec<String> {
    let mut res = Vec::with_capacity(3);
    let mut candidates = vec![word.to_owned(), format!("{word}s"), format!("{word}x")];
    if let Some(stem) = word.strip_suffix('y') {
        candidates.push(format!("{stem}ies"));
    }
    for candidate in candidates {
        if fold_plural(&candidate) == word && !res.contains(&candidate) {
            res.push(candidate);
        }
    }
    res
}

/// The end of the word as written whose last letter is at byte `at` (plural included).
fn word_end(text: &str, at: usize) -> usize {
    let tail = text.get(at..).unwrap_or("");
    let len: usize =
        tail.chars().take_while(|&c| fold_char(c).is_alphanumeric()).map(char::len_utf8).sum();
    at + len.max(tail.chars().next().map_or(0, char::len_utf8))
}

/// What a character that is not ASCII stands for in normalized text.
enum Folded {
    /// Nothing: combining accents (decomposed text) and soft hyphens are not there for matching.
    Nothing,
    /// Letters or digits, case and accents folded, ligatures spelt out.
    Letters(FoldedLetters),
    /// A separator between words.
    Separator,
}

/// The UTF-8 bytes of at most two folded characters.
struct FoldedLetters {
    buf: [u8; 8],
    len: usize,
}

impl FoldedLetters {
    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Folded {
    fn of(c: char) -> Folded {
        if ('\u{300}'..='\u{36f}').contains(&c) || c == '\u{ad}' {
            return Folded::Nothing;
        }
        let folded = fold_char(c);
        if !folded.is_alphanumeric() {
            return Folded::Separator;
        }
        let mut letters = FoldedLetters { buf: [0; 8], len: 0 };
        let mut put = |s: &str| {
            letters.buf[letters.len..letters.len + s.len()].copy_from_slice(s.as_bytes());
            letters.len += s.len();
        };
        match folded {
            'œ' => put("oe"),
            'æ' => put("ae"),
            'ß' => put("ss"),
            _ => put(folded.encode_utf8(&mut [0; 4])),
        }
        Folded::Letters(letters)
    }
}

/// A word without its simple plural (see the module docs).
fn fold_plural(word: &str) -> String {
    let letters = word.chars().count();
    if letters > 4
        && let Some(stem) = word.strip_suffix("ies")
    {
        format!("{stem}y")
    } else if (letters > 4 && word.ends_with("eaux"))
        || (letters > 3 && word.ends_with('s') && !word.ends_with("ss"))
    {
        word[..word.len() - 1].to_owned()
    } else {
        word.to_owned()
    }
}

/// The normalized form of `text` (see the module docs): a space, then each word followed by one.
fn normalize(text: &str) -> String {
    let mut res = String::from(" ");
    let mut word = String::new();
    let end_word = |word: &mut String, res: &mut String| {
        if !word.is_empty() {
            res.push_str(&fold_plural(word));
            res.push(' ');
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else {
                end_word(&mut word, &mut res);
            }
            continue;
        }
        match Folded::of(c) {
            Folded::Nothing => {}
            Folded::Letters(letters) => {
                word.push_str(std::str::from_utf8(letters.bytes()).unwrap_or_default());
            }
            Folded::Separator => end_word(&mut word, &mut res),
        }
    }
    end_word(&mut word, &mut res);
    res
}

/// Normalizes a lexicon phrase exactly as text is normalized, framed by spaces so that matches
/// fall on word boundaries; empty when the phrase has no word.
fn normalize_phrase(phrase: &str) -> String {
    let res = normalize(phrase);
    if res.trim().is_empty() { String::new() } else { res }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization() {
        const CASES: &[(&str, &str)] = &[
            ("Inter-Sector  Coordination\nGroup", " inter sector coordination group "),
            ("least developed countries", " least developed country "),
            ("Directors of the three Bureaux", " director of the three bureau "),
            ("l'Internet — accès", " l internet acce "),
            ("ICTs, access; SIDS", " ict access sid "),
            ("mise en œuvre", " mise en oeuvre "),
            ("", " "),
        ];
        for &(input, want) in CASES {
            assert_eq!(normalize(input), want, "{input:?}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "xx Least  Developed\nCountries, and Re\u{301}seaux; developed";
        let phrases = ["least developed countries", "Developed", "réseau"];
        let keys: Vec<String> = phrases.iter().map(|p| normalize_phrase(p)).collect();
        let matcher = Matcher::build(&keys).unwrap();
        let found: Vec<(&str, usize)> = matcher
            .find(text, &text[3..], 3)
            .into_iter()
            .map(|(s, e, p)| (&text[s..e], p))
            .collect();
        assert_eq!(
            found,
            [
                ("Least  Developed\nCountries", 0),
                ("Developed", 1),
                ("Re\u{301}seaux", 2),
                ("developed", 1)
            ]
        );
    }

    #[test]
    fn rejects_bad_files() {
        assert!(Lexicon::from_toml("[[theme]]\nid = \"a\"\nen = [\"--\"]\n").is_err());
        assert!(Lexicon::from_toml("[[theme]]\nid = \"a\"\n[[theme]]\nid = \"a\"\n").is_err());
        assert!(Lexicon::from_toml("[scoring]\nthreshold = -1.0\n").is_err());
        assert!(Lexicon::from_toml("[scoring]\nthreshhold = 1.0\n").is_err());
        assert!(Lexicon::from_toml("[[theme]]\nid = \"a\"\nde = [\"x\"]\n").is_err());
        assert!(Lexicon::from_toml("").unwrap().is_empty());
    }
}
