//! The theme lexicon: theme phrases and coordination cues compiled once into one Aho-Corasick
//! automaton that reads text as if it were normalized, and the scoring that turns matches into
//! themes.
//!
//! Text and phrases are normalized the same way before matching:
//!
//! - case is folded and accents are stripped (`Télécommunications` reads `telecommunications`);
//!   a phrase with letters outside ASCII also matches with those letters lost, as a bad
//!   extraction leaves them, when four letters or more are left (`égalité des sexes` reads
//!   `galit des sexes`);
//! - every character that is not a letter or a digit (hyphens, dashes, apostrophes, punctuation,
//!   line breaks) separates words, and runs of separators count as one space, so `inter-Sector`
//!   reads `inter sector` and a phrase may be broken across lines;
//! - each word longer than three letters loses a simple plural: a final `ies` becomes `y`
//!   (`countries`, `country`), a final `eaux` loses its `x` (`bureaux`), and otherwise a final
//!   single `s` is dropped (`Sectors`, `Sector`; `access` keeps its `ss`).
//!
//! Phrases match whole words only. Where one match lies inside a longer one of the same kind
//! (`digital divide` inside `bridging the digital divide`), only the longer counts.
//!
//! The coordination cues are of two kinds. A cue of `[coordination]` (`inter-Sector`,
//! `avoid duplication of work`) asks the Sectors to work together by itself. A cue of
//! `[coordination_parties]` only names the Sectors or Bureaux together (`the three Bureaux`):
//! it is a cue only where a phrase of `[coordination_words]` (`cooperate`, `jointly`) stands in
//! its sentence, and is otherwise a list (`priorities for the three Sectors and for the General
//! Secretariat`), no cue at all.
//!
//! A theme (and the coordination cues) lists its phrases under language codes: two or three
//! lower-case letters, then optionally `-` and subtags of letters or digits (`en`, `fr`, `de`,
//! `pt-BR`). Any other key but a theme's `id` and `label` is an error, so that a typo such as
//! `lable` is never read as a language. Phrases are compiled in the order of their language
//! codes, then in file order.
//!
//! # Plural rules by language
//!
//! The plurals above hold for every language. A file may declare more for one language:
//!
//! ```toml
//! [language.de]
//! plural_suffixes = [["en", ""], ["e", ""]]  # pairs of a plural ending and its singular ending
//! min_word_len = 4                           # the fewest letters of a plural (default 4)
//! ```
//!
//! Text keeps the folding above, whatever the language: a text does not say which language
//! each word is in, and the search stays one pass over the text as written whatever the rules.
//! Instead each phrase of a language with rules is compiled with every spelling they allow. A
//! word of such a phrase is spelt as written, as each singular it is the plural of (a plural
//! ending replaced by its singular ending), and as each plural of those (a singular ending
//! replaced by its plural ending), a plural only with at least `min_word_len` letters; each
//! spelling is then folded as text is (`Netzes` reads `netze`), and the phrase is compiled as
//! every combination of its words' spellings (at most 4,096). So declared rules add plurals to
//! the ones above, and never take one away. The spellings of a phrase count as one phrase when
//! its repeats are weighed.

use std::collections::{BTreeMap, HashMap};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use isc_model::text::with_key;
use isc_model::{PartKind, Span};
use serde::Deserialize;

use crate::TextRef;
use crate::bytes::TextClasses;
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
#[non_exhaustive]
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
    /// Phrases by language code.
    #[serde(default)]
    coordination: BTreeMap<String, toml::Value>,
    /// The Sectors or Bureaux named together (`the three Bureaux`), by language code: cues only
    /// in a sentence that has them work together.
    #[serde(default)]
    coordination_parties: BTreeMap<String, toml::Value>,
    /// The words of working together (`cooperate`, `jointly`), by language code.
    #[serde(default)]
    coordination_words: BTreeMap<String, toml::Value>,
    #[serde(default)]
    scoring: Scoring,
    /// Plural rules by language code.
    #[serde(default)]
    language: BTreeMap<String, LanguageEntry>,
}

/// A `[[theme]]` table: `id`, `label`, and phrases under any other key, which must be a
/// language code.
#[derive(Debug, Clone, Default, Deserialize)]
struct ThemeEntry {
    id: String,
    #[serde(default)]
    label: String,
    #[serde(flatten)]
    phrases: BTreeMap<String, toml::Value>,
}

/// A `[language.<code>]` table: the plurals of that language.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageEntry {
    /// Pairs of a plural ending and the singular ending it stands for (`["en", ""]`).
    #[serde(default)]
    plural_suffixes: Vec<(String, String)>,
    /// The fewest letters a word in the plural has.
    #[serde(default = "LanguageEntry::default_min_word_len")]
    min_word_len: usize,
}

impl LanguageEntry {
    fn default_min_word_len() -> usize {
        4
    }
}

/// Whether `key` is a language code: two or three lower-case ASCII letters, then any number of
/// subtags of one to eight ASCII letters or digits, each after a hyphen (`en`, `pt-BR`,
/// `es-419`, `zh-Hant`). Anything else is a typo of a reserved key or not a code at all.
fn is_language_code(key: &str) -> bool {
    let mut subtags = key.split('-');
    let primary = subtags.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && subtags.all(|tag| {
            (1..=8).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Checks that the key `key` of `table` (`theme "e-waste"`, `[coordination]`, `[language]`) is
/// a language code.
fn check_language_code(table: &str, key: &str) -> Result<(), LexiconError> {
    if is_language_code(key) {
        return Ok(());
    }
    let what = if key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        "is not a key of the lexicon"
    } else {
        "has characters other than letters, digits and hyphens"
    };
    Err(LexiconError::Invalid(format!(
        "{table}: key {key:?} {what}; expected a language code (two or three lower-case \
         letters, then optionally `-` and a region or script, as in `pt-BR`)"
    )))
}

/// The phrases of `table` (`theme "e-waste"`, `[coordination]`) by language code, sorted by
/// code: each key checked, each value a list of strings.
fn phrases_by_language<'f>(
    table: &str,
    phrases: &'f BTreeMap<String, toml::Value>,
) -> Result<Vec<(&'f str, Vec<&'f str>)>, LexiconError> {
    let mut res = Vec::with_capacity(phrases.len());
    for (code, value) in phrases {
        check_language_code(table, code)?;
        let list = value
            .as_array()
            .and_then(|items| items.iter().map(toml::Value::as_str).collect::<Option<Vec<_>>>())
            .ok_or_else(|| {
                LexiconError::Invalid(format!(
                    "{table}: {code} must be a list of phrases (strings), found {value}"
                ))
            })?;
        res.push((code.as_str(), list));
    }
    Ok(res)
}

/// What one automaton pattern stands for: a normalized phrase shared by every theme (and the
/// coordination cues) that list it.
#[derive(Debug, Clone, Default)]
struct Pattern {
    themes: Vec<ThemeIdx>,
    coordination: bool,
    /// Whether it is a cue of `[coordination]`, a cue wherever it stands.
    plain_cue: bool,
    /// Whether it is a word of working together, of `[coordination_words]`.
    joint: bool,
    /// The coordination cues it stands for, as written, by their [`isc_model::text::key`]: a
    /// cue written in the plural names several Sectors or Bureaux, and its singular does not
    /// (`the Directors of the Bureaux` is no `the Director of the Bureau`), so a match counts as
    /// a cue only where it is written in that number or a plural of it, its key as long as one
    /// of these at least (folding a plural shortens a word).
    cues: Vec<String>,
    /// The pattern that stands for the phrase as written, shared by every plural spelling of
    /// it (see the module docs), so that repeats decay across spellings.
    group: usize,
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

/// The text of the shipped lexicon, `crates/isc-parse/data/lexicon.toml`.
const SHIPPED: &str = include_str!("../data/lexicon.toml");

impl Lexicon {
    /// The shipped lexicon (themes of the Union's resolutions in English, French and Spanish),
    /// compiled once, when first needed.
    ///
    /// ```
    /// let lexicon = isc_parse::Lexicon::shipped();
    /// assert!(lexicon.themes().iter().any(|t| t.id == "cybersecurity"));
    /// ```
    pub fn shipped() -> &'static Lexicon {
        static LEXICON: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(|| {
            Lexicon::from_toml(SHIPPED).expect("the shipped lexicon is valid, a test checks it")
        });
        &LEXICON
    }

    /// The text of the shipped lexicon, for users who want a copy to edit.
    pub fn shipped_toml() -> &'static str {
        SHIPPED
    }

    /// Reads and compiles a lexicon file's text: `[[theme]]` tables (`id`, `label` and phrases
    /// by language code: `en`, `fr`, `de`, `pt-BR`, ...), a `[coordination]` table (phrases by
    /// language code), optional `[coordination_parties]` and `[coordination_words]` tables (the
    /// same; see the module docs), optional `[language.<code>]` tables of plural rules
    /// (`plural_suffixes`, `min_word_len`; see the module docs) and an optional `[scoring]`
    /// table (`threshold`, `repeat_decay`, `candidates`, `[scoring.weights]` by part).
    pub fn from_toml(text: &str) -> Result<Lexicon, LexiconError> {
        let file: LexiconFile = toml::from_str(text)?;
        Lexicon::build(file)
    }

    fn build(file: LexiconFile) -> Result<Lexicon, LexiconError> {
        check_scoring(&file.scoring)?;
        let mut themes = Vec::with_capacity(file.theme.len());
        let mut rules: BTreeMap<&str, PluralRules> = BTreeMap::new();
        for (code, entry) in &file.language {
            check_language_code("[language]", code)?;
            rules.insert(code, PluralRules::new(code, entry)?);
        }
        let mut by_phrase: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut add = |phrase: &str, code: &str, target: Target| -> Result<(), LexiconError> {
            let mut group = None;
            for key in phrase_keys(phrase, code, rules.get(code))? {
                let idx = match by_phrase.get(&key) {
                    Some(&idx) => idx,
                    None => {
                        let idx = patterns.len();
                        let group = group.unwrap_or(idx);
                        patterns.push(Pattern { group, ..Pattern::default() });
                        by_phrase.insert(key.clone(), idx);
                        keys.push(key);
                        idx
                    }
                };
                let pattern = &mut patterns[idx];
                group.get_or_insert(pattern.group);
                match target {
                    Target::Theme(theme) if !pattern.themes.contains(&theme) => {
                        pattern.themes.push(theme);
                    }
                    Target::Theme(_) => {}
                    Target::Joint => pattern.joint = true,
                    Target::Cue | Target::Party => {
                        pattern.plain_cue |= target == Target::Cue;
                        pattern.coordination = true;
                        let cue = isc_model::text::key(phrase);
                        if !pattern.cues.contains(&cue) {
                            pattern.cues.push(cue);
                        }
                    }
                }
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
            let table = format!("theme {:?}", entry.id);
            for (code, phrases) in phrases_by_language(&table, &entry.phrases)? {
                for phrase in phrases {
                    for spelling in crate::vocabulary::spellings(phrase, 4) {
                        add(&spelling, code, Target::Theme(idx))?;
                    }
                }
            }
            themes.push(Theme { id: entry.id.clone(), label: entry.label.clone() });
        }
        for (table, phrases, target) in [
            ("[coordination]", &file.coordination, Target::Cue),
            ("[coordination_parties]", &file.coordination_parties, Target::Party),
            ("[coordination_words]", &file.coordination_words, Target::Joint),
        ] {
            for (code, phrases) in phrases_by_language(table, phrases)? {
                for phrase in phrases {
                    for spelling in crate::vocabulary::spellings(phrase, 4) {
                        add(&spelling, code, target)?;
                    }
                }
            }
        }
        let matcher = if keys.is_empty() { None } else { Some(Matcher::build(&keys)?) };
        Ok(Lexicon { themes, scoring: file.scoring, matcher, patterns })
    }

    /// Whether the Sectors or Bureaux named at `s..e` (a cue of `[coordination_parties]`) are
    /// asked to work together: a word of `[coordination_words]` (among the phrases `found`) stands
    /// in their sentence. That is the whole title, or the whole clause where they are named in its
    /// clause word (`instructs the Directors of the three Bureaux`: every item under it speaks to
    /// them); elsewhere the sentence holding them inside their part (see [`sentence`]), the scan's
    /// region `start..end` when no part holds them.
    fn together(
        &self,
        text: &str,
        (start, end): (usize, usize),
        parts: &[Part<'_>],
        found: &[(usize, usize, usize)],
        (s, e): (usize, usize),
    ) -> bool {
        let part = part_at(parts, s).filter(|p| p.span.range().contains(&s));
        let (from, to) = part.map_or((start, end), |p| {
            (p.span.start as usize, (p.span.end as usize).min(end).max(e))
        });
        let whole = part.is_some_and(|p| {
            p.kind == PartKind::Title || p.clause.is_some_and(|c| c.span.range().contains(&s))
        });
        // No sentence, title or clause is this long; a text that is (no sentence's end in
        // it) is read this far around each name, so that the work stays linear.
        let boundary = |mut at: usize| {
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let (from, to) =
            (boundary(from.max(s.saturating_sub(MAX_SCOPE))), boundary(to.min(e + MAX_SCOPE)));
        let (from, to) = if whole { (from, to) } else { sentence(text, (from, to), (s, e)) };
        // `found` is in the order of the text: the phrases in the scope are together.
        let first = found.partition_point(|&(fs, _, _)| fs < from);
        found[first..]
            .iter()
            .take_while(|&&(fs, _, _)| fs < to)
            .any(|&(_, fe, p)| self.patterns[p].joint && fe <= to)
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

    /// Matches the document at `text[start..end]`, whose parts are `parts`, and scores its themes;
    /// `classes` are the text's bytes classified.
    pub(crate) fn scan<'a>(
        &self,
        text: &'a str,
        classes: &TextClasses,
        start: usize,
        end: usize,
        parts: &[Part<'a>],
    ) -> ThemeScan<'a> {
        let mut res = ThemeScan::default();
        let Some(matcher) = &self.matcher else { return res };
        let Some(region) = text.get(start..end) else { return res };
        let found = matcher.find(text, classes, region, start);
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
            let pattern = &self.patterns[p];
            for &theme in &pattern.themes {
                weighted.push((pattern.group, theme, weights.of(found.part)));
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

        // A cue written in the plural does not match its singular (see `Pattern::cues`).
        res.coordination = found
            .iter()
            .filter(|&&(s, e, p)| {
                let pattern = &self.patterns[p];
                pattern.coordination
                    && with_key(&text[s..e], |k| pattern.cues.iter().any(|c| k.len() >= c.len()))
            })
            .scan(0, |reach, &(s, e, p)| {
                let outermost = e > *reach;
                *reach = (*reach).max(e);
                Some(outermost.then_some((s, e, p)))
            })
            .flatten()
            // The Sectors or Bureaux named together (`the three Bureaux`) are only a list, and
            // no cue, unless their sentence has them work together (see `together`).
            .filter(|&(s, e, p)| {
                self.patterns[p].plain_cue
                    || self.together(text, (start, end), parts, &found, (s, e))
            })
            .map(|(s, e, _)| mention(s, e))
            .collect();
        // A cue in the operative part asks for coordination; so does one in the title, which names
        // what the resolution is for (`... liaison and collaboration with the ITU Telecommunication
        // Development Sector`). In the preamble it is context. A text with no operative part (cut
        // before it, or its clause words lost in the copy) has nowhere else to ask: there a cue
        // no part holds, such as a proposal's summary of its revision or operative words no
        // clause word placed, asks too.
        let has_operative = parts.iter().any(|p| p.kind == PartKind::Operative);
        res.calls_for_coordination = res.coordination.iter().any(|m| match m.part {
            PartKind::Operative | PartKind::Title => true,
            PartKind::Other => !has_operative,
            _ => false,
        });
        res
    }
}

/// What a phrase of the lexicon file stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A theme's phrase.
    Theme(ThemeIdx),
    /// A cue of `[coordination]`.
    Cue,
    /// A cue of `[coordination_parties]`.
    Party,
    /// A word of `[coordination_words]`.
    Joint,
}

/// The most bytes read on either side of a name of the Sectors or Bureaux together for a word of
/// working together (see `Lexicon::together`).
const MAX_SCOPE: usize = 4_000;

/// The sentence holding the bytes `s..e` of `text`, inside `from..to`: from the end of the last
/// sentence before it to the end of its own. A sentence ends at a semicolon, at a full stop
/// after a word of four letters or more (not after `No.` or `Res.`), and at a line end before a
/// blank line or an item's line (`2\tto ...`, `b)`).
fn sentence(text: &str, (from, to): (usize, usize), (s, e): (usize, usize)) -> (usize, usize) {
    let bytes = text.as_bytes();
    let ends_at = |i: usize| match bytes[i] {
        b';' => true,
        b'.' => {
            bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace)
                && text[..i].chars().rev().take_while(|c| c.is_alphabetic()).count() >= 4
        }
        b'\n' => {
            let next = text[i + 1..to].trim_start_matches([' ', '\t', '\r']);
            next.starts_with('\n') || crate::clause::is_item_marker(next)
        }
        _ => false,
    };
    let first = (from..s).rev().find(|&i| ends_at(i)).map_or(from, |i| i + 1);
    let last = (e..to).find(|&i| ends_at(i)).unwrap_or(to);
    (first, last)
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
#[non_exhaustive]
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
#[non_exhaustive]
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
/// read as one space: nothing is copied. A whole ASCII word has its plural folded before it is
/// read (`countries` is read as `country`); in a word with other letters the plural is only
/// known at its end, so the automaton's states before the word's last three bytes are kept and
/// the search goes on from the state before `ies`.
#[derive(Debug, Clone)]
struct Matcher {
    automaton: DFA,
    /// The ASCII words of the phrases, and those phrases start with.
    vocabulary: Vocabulary,
    /// How many words each phrase has.
    words: Vec<u32>,
    /// A power of two above the most words in a phrase, less one.
    ring_mask: usize,
}

/// A filter of ASCII words as written: never says no to a spelling of a word it holds (any
/// case, any plural that folds to it), seldom yes to another word. Each spelling sets a pair of
/// bits of 32,768, chosen by its length and its first four characters, which a search reads
/// without going through the word: 0 for no word, 2 for a word in phrases, 1 for a word that
/// phrases start with (and are longer than), 3 for a word that is a phrase by itself. A pair
/// shared by several words says what any of them may be.
#[derive(Debug, Clone)]
struct Vocabulary {
    pairs: Box<[u64; 1024]>,
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary { pairs: Box::new([0; 1024]) }
    }
}

/// Which of a word's first four bytes are its own, by its length (0 to 64).
const HEAD: [u32; 65] = {
    let mut head = [u32::MAX; 65];
    head[0] = 0;
    head[1] = 0xff;
    head[2] = 0xffff;
    head[3] = 0xff_ffff;
    head
};

/// The longest word length a filter tells apart: longer words count as this long.
const LONGEST: usize = 64;

impl Vocabulary {
    /// Adds the normalized `word`, in every spelling that folds to it: the first word of a
    /// phrase or not, and a phrase by itself or not.
    fn insert(&mut self, word: &str, first: bool, alone: bool) {
        // A word with other letters never stands for an ASCII word of a text.
        if !word.is_ascii() {
            return;
        }
        for spelling in spellings_of(word) {
            let bytes = spelling.as_bytes();
            let mut four = [0u8; 4];
            let n = bytes.len().min(4);
            four[..n].copy_from_slice(&bytes[..n]);
            let slot = Vocabulary::slot(u32::from_le_bytes(four), bytes.len().min(LONGEST));
            let was = self.pair(slot);
            let first = first || was & 1 == 1;
            let alone = alone || was == 3;
            let pair = if alone {
                3
            } else if first {
                1
            } else {
                2
            };
            let shift = 2 * (slot % 32);
            self.pairs[slot / 32] = (self.pairs[slot / 32] & !(3 << shift)) | (pair << shift);
        }
    }

    /// The slot of a word of `len` letters and digits (at most [`LONGEST`]) that starts with
    /// the four bytes `four` (little-endian, bytes past the word's end included), case folded.
    #[inline(always)]
    fn slot(four: u32, len: usize) -> usize {
        // ASCII letters and digits fold to lower case with the 0x20 bit set.
        let head = (four | 0x2020_2020) & HEAD[len];
        let key = u64::from(head) | ((len as u64) << 32);
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 49) as usize
    }

    /// The pair of bits of a slot (see [`Vocabulary`]).
    #[inline(always)]
    fn pair(&self, slot: usize) -> u64 {
        (self.pairs[slot / 32] >> (2 * (slot % 32))) & 3
    }
}

/// Every spelling of a text word that folds to the normalized `word`: itself and its plurals.
fn spellings_of(word: &str) -> Vec<String> {
    let mut candidates = vec![word.to_owned(), format!("{word}s"), format!("{word}x")];
    if let Some(stem) = word.strip_suffix('y') {
        candidates.push(format!("{stem}ies"));
    }
    candidates.retain(|candidate| fold_plural(candidate) == word);
    candidates
}

/// The state of a search through a text: where the automaton is, and what it needs to know of
/// the current word to fold its plural at its end.
struct Cursor {
    state: StateID,
    /// The states before the current word's last three bytes, the latest first.
    before: [StateID; 3],
    /// The current word's last four bytes, lower-cased, the latest in the low byte.
    tail: u32,
    /// How many characters the current word has; 0 between words.
    letters: usize,
}

/// One search of a text: the cursor, the words read, and the matches so far.
struct Search<'m, 't> {
    matcher: &'m Matcher,
    text: &'t str,
    /// The text's bytes classified.
    classes: &'t TextClasses,
    /// The start state, and the state after a space, where a word in no phrase leaves the search.
    start: StateID,
    after_space: StateID,
    cursor: Cursor,
    /// Where the last words read started (a ring), and how many were read: a match's words are
    /// all read, one after another.
    word_starts: Vec<usize>,
    words: usize,
    /// Where the last letter read is.
    last: usize,
    found: Vec<(usize, usize, usize)>,
}

impl Search<'_, '_> {
    /// Reads an ASCII region at byte `start` of the text, word by word: most words are in no
    /// phrase, and after one the search starts afresh, so they are passed over unread.
    ///
    /// The region is read in blocks of 64 bytes. A block's word starts come from a bit mask of
    /// its letters and digits; every word of the block is first looked up in the word filter
    /// (without a branch, from its length and first four bytes), and only then are the words
    /// visited in order: when no phrase is under way, only those that may start one, and not
    /// one that only starts longer phrases when the next word is in none.
    fn ascii(&mut self, bytes: &[u8], start: usize) {
        let vocabulary = &self.matcher.vocabulary;
        let blocks = bytes.len().div_ceil(64);
        let end = start + bytes.len();
        let mut letter_before = 0u64;
        let mut alnum = self.classes.alphanumeric(start, end);
        for n in 0..blocks {
            let base = n * 64;
            // The next block's letters and digits tell where a word ends past this block.
            let next = self.classes.alphanumeric(start + base + 64, end);
            let starts = alnum & !((alnum << 1) | letter_before);
            letter_before = alnum >> 63;
            // The length of the word from byte `k` of the block, up to [`LONGEST`] bytes: the
            // run of letters and digits from there, into the next block.
            let length = |k: usize| (!((alnum >> k) | ((next << 1) << (63 - k)))).trailing_zeros();
            // The block and the three bytes after it, zeros past the region's end.
            let mut padded = [0u8; 67];
            let view: &[u8] = match bytes.get(base..base + 67) {
                Some(view) => view,
                None => {
                    let rest = &bytes[base..];
                    padded[..rest.len()].copy_from_slice(rest);
                    &padded
                }
            };
            // The filter's two bits of each word of the block, as two masks; then the words
            // that may start a phrase, those that may be in one, and those that may be one by
            // themselves.
            let (mut low, mut high) = (0u64, 0u64);
            let mut each = starts;
            while each != 0 {
                let k = each.trailing_zeros() as usize;
                each &= each - 1;
                let four = u32::from_le_bytes([view[k], view[k + 1], view[k + 2], view[k + 3]]);
                let pair = vocabulary.pair(Vocabulary::slot(four, length(k) as usize));
                low |= (pair & 1) << k;
                high |= (pair >> 1) << k;
            }
            let (may_start, may_go_on, alone) = (low, low | high, low & high);
            let mut left = starts;
            loop {
                // The next word that may start a phrase, or, with one under way, the very next
                // word, which takes it on or ends it.
                let under_way = self.cursor.state != self.after_space;
                let word = if under_way { left } else { left & may_start };
                if word == 0 {
                    break;
                }
                let k = word.trailing_zeros() as usize;
                left &= !(u64::MAX >> (63 - k));
                if may_go_on & (1 << k) == 0 {
                    self.cursor.state = self.after_space;
                    continue;
                }
                // A word that starts phrases but is none by itself, followed by a word in no
                // phrase, starts none here: both are passed over (`the` before most words).
                if !under_way
                    && alone & (1 << k) == 0
                    && left != 0
                    && may_go_on & left & left.wrapping_neg() == 0
                {
                    left &= left - 1;
                    continue;
                }
                let at = base + k;
                let len = length(k) as usize;
                let end = if len < LONGEST {
                    at + len
                } else {
                    bytes[at..]
                        .iter()
                        .position(|b| !b.is_ascii_alphanumeric())
                        .map_or(bytes.len(), |len| at + len)
                };
                self.ascii_word(bytes, at..end, start + at);
            }
            alnum = next;
        }
    }

    /// Reads any region at byte `start` of the text, letters that are not ASCII included: each
    /// run of letters and digits holding one (`télécommunications`, `2018\u{a0}x`) character by
    /// character, the ASCII text between them as in [`Search::ascii`].
    fn any(&mut self, region: &str, start: usize) {
        let bytes = region.as_bytes();
        let is_separator = |b: &u8| b.is_ascii() && !b.is_ascii_alphanumeric();
        let mut pos = 0;
        while let Some(found) = crate::bytes::first_not_ascii(&bytes[pos..]) {
            let other = pos + found;
            // The run holding it, from the separator before to the separator after.
            let run_start =
                bytes[pos..other].iter().rposition(is_separator).map_or(pos, |i| pos + i + 1);
            let run_end =
                bytes[other..].iter().position(is_separator).map_or(bytes.len(), |i| other + i);
            self.ascii(&bytes[pos..run_start], start + pos);
            self.other_run(region, start, run_start..run_end);
            pos = run_end;
        }
        self.ascii(&bytes[pos..], start + pos);
    }

    /// Reads `region[run]`, a run of letters and digits with some that are not ASCII, at byte
    /// `start` of the text, character by character: some are separators (`\u{a0}`), some are
    /// nothing (combining accents), and a plural is folded at the end of each word.
    fn other_run(&mut self, region: &str, start: usize, run: std::ops::Range<usize>) {
        let bytes = region.as_bytes();
        let mut i = run.start;
        while i < run.end {
            let byte = bytes[i];
            if byte.is_ascii() {
                // Only letters and digits are ASCII inside a run.
                if self.cursor.letters == 0 {
                    self.start_word(start + i);
                }
                self.last = start + i;
                self.cursor.letters += 1;
                self.matcher.step(&mut self.cursor, byte);
                i += 1;
                continue;
            }
            let c = region[i..].chars().next().expect("i is a char boundary inside the region");
            let at = start + i;
            i += c.len_utf8();
            match Folded::of(c) {
                Folded::Nothing => {}
                Folded::Letters(letters) => {
                    if self.cursor.letters == 0 {
                        self.start_word(at);
                    }
                    self.last = at;
                    self.cursor.letters += letters.chars;
                    for &byte in letters.bytes() {
                        self.matcher.step(&mut self.cursor, byte);
                    }
                }
                Folded::Separator if self.cursor.letters > 0 => self.end_word(),
                Folded::Separator => {}
            }
        }
        if self.cursor.letters > 0 {
            self.end_word();
        }
    }

    /// Reads a whole ASCII word that starts at byte `at` of the text, and the space after it.
    fn ascii_word(&mut self, bytes: &[u8], range: std::ops::Range<usize>, at: usize) {
        let word = &bytes[range];
        self.start_word(at);
        self.last = at + word.len() - 1;
        self.cursor.state = self.read_ascii_word(self.cursor.state, word);
        self.matched();
    }

    /// The state after reading the ASCII `word` and the space after it from state `from`: its
    /// plural folded first (see the module docs), then its letters in one tight loop.
    fn read_ascii_word(&self, from: StateID, word: &[u8]) -> StateID {
        let len = word.len();
        let (stem, y) = match Plural::of(word, len) {
            Plural::Ies => (&word[..len - 3], true),
            Plural::LastLetter => (&word[..len - 1], false),
            Plural::None => (word, false),
        };
        let automaton = &self.matcher.automaton;
        let mut state = from;
        for &byte in stem {
            state = automaton.next_state(Anchored::No, state, byte);
            // Phrases start after a space: back at the start inside a word, no phrase goes on
            // or ends with this word, and after it the search starts afresh.
            if state == self.start {
                return self.after_space;
            }
        }
        if y {
            state = automaton.next_state(Anchored::No, state, b'y');
        }
        automaton.next_state(Anchored::No, state, b' ')
    }

    /// Notes that a word read starts at `at`.
    fn start_word(&mut self, at: usize) {
        self.word_starts[self.words & self.matcher.ring_mask] = at;
        self.words += 1;
    }

    /// Ends the word read (see [`Matcher::end_word`]) and keeps the phrases that end with it.
    fn end_word(&mut self) {
        self.matcher.end_word(&mut self.cursor);
        self.matched();
    }

    /// Keeps the phrases that end with the word just read.
    fn matched(&mut self) {
        let automaton = &self.matcher.automaton;
        let state = self.cursor.state;
        if automaton.is_match(state) {
            for i in 0..automaton.match_len(state) {
                let phrase = automaton.match_pattern(state, i).as_usize();
                let count = self.matcher.words[phrase] as usize;
                let first =
                    self.word_starts[self.words.wrapping_sub(count) & self.matcher.ring_mask];
                self.found.push((first, word_end(self.text, self.last), phrase));
            }
        }
    }
}

impl Matcher {
    /// Compiles the normalized phrases `keys` (framed by spaces, each word folded).
    fn build(keys: &[String]) -> Result<Matcher, LexiconError> {
        let mut words = Vec::with_capacity(keys.len());
        for key in keys {
            let count = key.split(' ').filter(|w| !w.is_empty()).count();
            words.push(u32::try_from(count).map_err(|_| {
                LexiconError::Invalid(format!("phrase {key:?} has too many words"))
            })?);
        }
        let automaton = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .ascii_case_insensitive(true)
            .build(keys)
            .map_err(|err| LexiconError::Invalid(format!("cannot compile phrases: {err}")))?;
        let most = words.iter().copied().max().map_or(1, |w| w as usize);
        let mut vocabulary = Vocabulary::default();
        for (key, &count) in keys.iter().zip(&words) {
            let mut key_words = key.split(' ').filter(|w| !w.is_empty());
            if let Some(first) = key_words.next() {
                vocabulary.insert(first, true, count == 1);
            }
            key_words.for_each(|word| vocabulary.insert(word, false, false));
        }
        let ring_mask = (most + 1).next_power_of_two() - 1;
        Ok(Matcher { automaton, vocabulary, words, ring_mask })
    }

    /// Every phrase in `region`, the bytes of `text` from `start`: the span of each match in
    /// `text` and its phrase, outer matches first (by start, then longest).
    fn find(
        &self,
        text: &str,
        classes: &TextClasses,
        region: &str,
        start: usize,
    ) -> Vec<(usize, usize, usize)> {
        let Ok(state) = self.automaton.start_state(Anchored::No) else { return Vec::new() };
        // The state after a space, where every word that is in no phrase leaves the search.
        let after_space = self.automaton.next_state(Anchored::No, state, b' ');
        let mut search = Search {
            matcher: self,
            text,
            classes,
            start: state,
            after_space,
            cursor: Cursor { state: after_space, before: [after_space; 3], tail: 0, letters: 0 },
            word_starts: vec![0; self.ring_mask + 1],
            words: 0,
            last: 0,
            found: Vec::new(),
        };
        if region.is_ascii() {
            search.ascii(region.as_bytes(), start);
        } else {
            search.any(region, start);
        }
        let mut found = search.found;
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        found
    }

    /// Reads one byte of a word.
    #[inline]
    fn step(&self, cursor: &mut Cursor, byte: u8) {
        cursor.before = [cursor.state, cursor.before[0], cursor.before[1]];
        cursor.tail = (cursor.tail << 8) | u32::from(byte.to_ascii_lowercase());
        cursor.state = self.automaton.next_state(Anchored::No, cursor.state, byte);
    }

    /// Ends the current word: folds its plural (see the module docs) and reads the space after
    /// it.
    fn end_word(&self, cursor: &mut Cursor) {
        // A word shorter than four bytes has zeros before it in the tail: they match no suffix.
        let folded = match Plural::of(&cursor.tail.to_be_bytes(), cursor.letters) {
            // `countries` reads `country`.
            Plural::Ies => self.automaton.next_state(Anchored::No, cursor.before[2], b'y'),
            // `bureaux` loses its `x`, `sectors` its `s`.
            Plural::LastLetter => cursor.before[0],
            Plural::None => cursor.state,
        };
        cursor.state = self.automaton.next_state(Anchored::No, folded, b' ');
        cursor.tail = 0;
        cursor.letters = 0;
    }
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
    /// How many characters they are.
    chars: usize,
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
        let mut letters = FoldedLetters { buf: [0; 8], len: 0, chars: 0 };
        let mut put = |s: &str| {
            letters.buf[letters.len..letters.len + s.len()].copy_from_slice(s.as_bytes());
            letters.len += s.len();
            letters.chars += s.chars().count();
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
    match Plural::of(word.as_bytes(), word.chars().count()) {
        Plural::Ies => format!("{}y", &word[..word.len() - 3]),
        Plural::LastLetter => word[..word.len() - 1].to_owned(),
        Plural::None => word.to_owned(),
    }
}

/// The simple plural a word ends with (see the module docs), the one rule behind every way
/// plurals are folded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plural {
    /// `countries`: the `ies` reads `y`.
    Ies,
    /// `bureaux`, `sectors`: the last letter goes.
    LastLetter,
    None,
}

impl Plural {
    /// The plural of a word of `letters` characters ending with `tail` (its last bytes, at
    /// least four when the word has them; ASCII case ignored).
    #[inline]
    fn of(tail: &[u8], letters: usize) -> Plural {
        let ends_with = |suffix: &[u8]| {
            tail.len() >= suffix.len()
                && tail[tail.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        };
        if letters > 4 && ends_with(b"ies") {
            Plural::Ies
        } else if (letters > 4 && ends_with(b"eaux"))
            || (letters > 3 && ends_with(b"s") && !ends_with(b"ss"))
        {
            Plural::LastLetter
        } else {
            Plural::None
        }
    }
}

/// The words of `text`, case and accents folded and ligatures spelt out, plurals kept (see the
/// module docs).
fn words(text: &str) -> Vec<String> {
    let mut res = Vec::new();
    let mut word = String::new();
    let end_word = |word: &mut String, res: &mut Vec<String>| {
        if !word.is_empty() {
            res.push(std::mem::take(word));
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

/// The normalized form of `text` (see the module docs): a space, then each word followed by one.
fn normalize(text: &str) -> String {
    let mut res = String::from(" ");
    for word in words(text) {
        res.push_str(&fold_plural(&word));
        res.push(' ');
    }
    res
}

/// The plural rules a `[language.<code>]` table declares (see the module docs), endings folded
/// as text is.
#[derive(Debug, Clone)]
struct PluralRules {
    /// Pairs of a plural ending (never empty) and the singular ending it stands for.
    suffixes: Vec<(String, String)>,
    /// The fewest characters a word in the plural has.
    min_word_len: usize,
}

/// The most spellings one phrase may be compiled with.
const MAX_SPELLINGS: usize = 4096;

impl PluralRules {
    fn new(code: &str, entry: &LanguageEntry) -> Result<PluralRules, LexiconError> {
        let fold = |ending: &str, may_be_empty: bool| -> Result<String, LexiconError> {
            let mut folded = words(ending);
            let one_word =
                ending.chars().all(|c| c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c));
            match folded.pop() {
                Some(word) if one_word && folded.is_empty() => Ok(word),
                None if may_be_empty && ending.is_empty() => Ok(String::new()),
                _ => Err(LexiconError::Invalid(format!(
                    "[language.{code}]: plural ending {ending:?} must be letters or digits{}",
                    if may_be_empty { " or empty" } else { "" }
                ))),
            }
        };
        let suffixes = entry
            .plural_suffixes
            .iter()
            .map(|(plural, singular)| Ok((fold(plural, false)?, fold(singular, true)?)))
            .collect::<Result<_, LexiconError>>()?;
        Ok(PluralRules { suffixes, min_word_len: entry.min_word_len })
    }

    /// Every spelling of the folded `word` these rules allow: the word itself, each singular it
    /// is the plural of, and each plural of those, sorted.
    fn spellings(&self, word: &str) -> Vec<String> {
        let long_enough = |word: &str| word.chars().count() >= self.min_word_len;
        let mut singulars = vec![word.to_owned()];
        if long_enough(word) {
            for (plural, singular) in &self.suffixes {
                if let Some(stem) = word.strip_suffix(plural.as_str())
                    && !stem.is_empty()
                {
                    singulars.push(format!("{stem}{singular}"));
                }
            }
        }
        let mut res = singulars.clone();
        for base in &singulars {
            for (plural, singular) in &self.suffixes {
                if let Some(stem) = base.strip_suffix(singular.as_str()) {
                    let spelt = format!("{stem}{plural}");
                    if long_enough(&spelt) {
                        res.push(spelt);
                    }
                }
            }
        }
        res.sort_unstable();
        res.dedup();
        res
    }
}

/// The normalized keys a phrase of the language `code` is compiled as: one, the phrase
/// normalized, when the language declares no plural rules; otherwise every combination of the
/// spellings its rules allow for each word, each folded as text is, the phrase as written first.
fn phrase_keys(
    phrase: &str,
    code: &str,
    rules: Option<&PluralRules>,
) -> Result<Vec<String>, LexiconError> {
    let key = normalize_phrase(phrase);
    if key.is_empty() {
        return Err(LexiconError::Invalid(format!("phrase {phrase:?} has no letters or digits")));
    }
    let Some(rules) = rules else { return Ok(vec![key]) };
    let mut res = vec![String::from(" ")];
    for word in words(phrase) {
        let mut folded: Vec<String> =
            rules.spellings(&word).iter().map(|spelling| fold_plural(spelling)).collect();
        folded.sort_unstable();
        folded.dedup();
        if res.len() * folded.len() > MAX_SPELLINGS {
            return Err(LexiconError::Invalid(format!(
                "phrase {phrase:?} ({code}) has more than {MAX_SPELLINGS} spellings by the plural \
                 rules of [language.{code}]; shorten it"
            )));
        }
        res = res
            .iter()
            .flat_map(|head| folded.iter().map(move |word| format!("{head}{word} ")))
            .collect();
    }
    // The phrase as written stands for the others in scoring: first.
    res.retain(|other| *other != key);
    res.insert(0, key);
    Ok(res)
}

/// Normalizes a lexicon phrase exactly as text is normalized, framed by spaces so that matches
/// fall on word boundaries; empty when the phrase has no word.
fn normalize_phrase(phrase: &str) -> String {
    let res = normalize(phrase);
    if res.trim().is_empty() { String::new() } else { res }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Phrases whose words take every kind of plural, share words and prefixes, and are not all
    /// ASCII.
    const PHRASES: &[&str] = &[
        "least developed countries",
        "developed",
        "the three Bureaux",
        "the digital divide",
        "bridging the digital divide",
        "ICTs",
        "accès",
        "réseaux",
        "e-health",
        "Sector Members",
        "sectors",
        "AI",
        "countries",
        // A word longer than a block of the search.
        "Telecommunicationtelecommunicationtelecommunicationtelecommunication networks",
    ];

    /// Words and separators texts are built from: the phrases' words in other cases, plurals
    /// and accents, other words, and separators of every kind.
    const PIECES: &[&str] = &[
        "least",
        "LEAST",
        "developed",
        "Developed",
        "country",
        "countries",
        "Countries",
        "the",
        "The",
        "three",
        "bureau",
        "Bureaux",
        "BUREAUX",
        "digital",
        "divide",
        "Divides",
        "bridging",
        "ICT",
        "icts",
        "ICTs",
        "acces",
        "accès",
        "ACCÈS",
        "réseau",
        "Réseaux",
        "Re\u{301}seaux",
        "e",
        "health",
        "eHealth",
        "sector",
        "Sectors",
        "members",
        "Member",
        "ai",
        "AI",
        "AIs",
        "countr",
        "developing",
        "theory",
        "TELECOMMUNICATIONTELECOMMUNICATIONTELECOMMUNICATIONTELECOMMUNICATIONS",
        "telecommunicationtelecommunicationtelecommunicationtelecommunicatio",
        "network",
        "x",
        "12",
        "œuvre",
        " ",
        "  ",
        "\n",
        "\r\n",
        "-",
        "—",
        ", ",
        "; ",
        "'",
        "\u{a0}",
        "\u{ad}",
        "\t",
        ".",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// The one-pass matcher over the text as written finds each phrase exactly as often
        /// as the phrase occurs in the text's normalized copy (see the module docs).
        #[test]
        fn matches_as_the_normalized_copy_does(picks in proptest::collection::vec(0..PIECES.len(), 0..40)) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            let keys: Vec<String> = PHRASES.iter().map(|p| normalize_phrase(p)).collect();
            let matcher = Matcher::build(&keys).unwrap();
            let normalized = normalize(&text);
            let mut found = vec![0usize; keys.len()];
            for (s, e, phrase) in matcher.find(&text, &TextClasses::of(&text), &text, 0) {
                prop_assert!(s < e && e <= text.len(), "span {s}..{e} of {text:?}");
                found[phrase] += 1;
            }
            for (phrase, key) in keys.iter().enumerate() {
                let want = (0..normalized.len())
                    .filter(|&i| normalized.as_bytes()[i..].starts_with(key.as_bytes()))
                    .count();
                prop_assert_eq!(found[phrase], want, "{:?} in {:?} ({:?})", key, text, normalized);
            }
        }
    }

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
    fn words_longer_than_a_block() {
        let long = "telecommunication".repeat(4);
        let phrases = [format!("{long} networks"), "networks".to_owned()];
        let keys: Vec<String> = phrases.iter().map(|p| normalize_phrase(p)).collect();
        let matcher = Matcher::build(&keys).unwrap();
        // Starting anywhere in a block, so that the long word ends in the next block or the
        // one after; with a word one letter short, and one letter too long, beside it.
        for pad in 0..64 {
            let text = format!(
                "{}{} Networks, {}s network; {} networks, x{long} networks",
                "x ".repeat(pad / 2) + &" ".repeat(pad % 2),
                long.to_uppercase(),
                long,
                &long[1..],
            );
            let found: Vec<(&str, usize)> = matcher
                .find(&text, &TextClasses::of(&text), &text, 0)
                .into_iter()
                .map(|(s, e, p)| (&text[s..e], p))
                .collect();
            let upper = format!("{} Networks", long.to_uppercase());
            let plural = format!("{long}s network");
            let want = [
                (upper.as_str(), 0),
                ("Networks", 1),
                (plural.as_str(), 0),
                ("network", 1),
                ("networks", 1),
                ("networks", 1),
            ];
            assert_eq!(found, want, "{text:?}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "xx Least  Developed\nCountries, and Re\u{301}seaux; developed";
        let phrases = ["least developed countries", "Developed", "réseau"];
        let keys: Vec<String> = phrases.iter().map(|p| normalize_phrase(p)).collect();
        let matcher = Matcher::build(&keys).unwrap();
        let found: Vec<(&str, usize)> = matcher
            .find(text, &TextClasses::of(text), &text[3..], 3)
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
    fn shipped_lexicon_is_valid() {
        let lexicon = Lexicon::from_toml(Lexicon::shipped_toml()).unwrap();
        assert!(lexicon.themes().len() >= 32);
        assert!(lexicon.themes().iter().any(|t| t.id == "intersectoral-coordination"));
        assert_eq!(Lexicon::shipped().themes(), lexicon.themes());
    }

    #[test]
    fn rejects_bad_files() {
        assert!(Lexicon::from_toml("[[theme]]\nid = \"a\"\nen = [\"--\"]\n").is_err());
        assert!(Lexicon::from_toml("[[theme]]\nid = \"a\"\n[[theme]]\nid = \"a\"\n").is_err());
        assert!(Lexicon::from_toml("[scoring]\nthreshold = -1.0\n").is_err());
        assert!(Lexicon::from_toml("[scoring]\nthreshhold = 1.0\n").is_err());
        assert!(Lexicon::from_toml("[[theme]]\nid = \"a\"\nde = \"x\"\n").is_err());
        assert!(Lexicon::from_toml("[language.de]\nplural_suffix = [[\"e\", \"\"]]\n").is_err());
        assert!(Lexicon::from_toml("[language.de]\nplural_suffixes = [[\"\", \"e\"]]\n").is_err());
        assert!(Lexicon::from_toml("[language.de]\nplural_suffixes = [[\"-e\", \"\"]]\n").is_err());
        assert!(Lexicon::from_toml("[language.DE]\n").is_err());
        assert!(Lexicon::from_toml("").unwrap().is_empty());
    }

    /// Keys of a theme and of `[coordination]`: a language code, or the error naming the table
    /// and the key.
    #[test]
    fn language_codes() {
        const CASES: &[(&str, Result<(), &str>)] = &[
            ("en", Ok(())),
            ("de", Ok(())),
            ("pt-BR", Ok(())),
            ("es-419", Ok(())),
            ("zh-Hant-TW", Ok(())),
            ("fil", Ok(())),
            ("lable", Err("is not a key of the lexicon")),
            ("EN", Err("is not a key of the lexicon")),
            ("e", Err("is not a key of the lexicon")),
            ("pt-", Err("is not a key of the lexicon")),
            ("1a", Err("is not a key of the lexicon")),
            ("en-abcdefghi", Err("is not a key of the lexicon")),
            ("en_US", Err("has characters other than letters, digits and hyphens")),
            ("\"fr \"", Err("has characters other than letters, digits and hyphens")),
        ];
        for &(key, want) in CASES {
            for (table, toml) in [
                ("theme \"a\"", format!("[[theme]]\nid = \"a\"\n{key} = [\"x\"]\n")),
                ("[coordination]", format!("[coordination]\n{key} = [\"x\"]\n")),
            ] {
                let got = Lexicon::from_toml(&toml).map(|_| ()).map_err(|err| err.to_string());
                match (want, got) {
                    (Ok(()), Ok(())) => {}
                    (Err(what), Err(message)) => {
                        let key = key.trim_matches('"');
                        assert!(
                            message.contains(table)
                                && message.contains(&format!("{key:?}"))
                                && message.contains(what),
                            "{key:?} in {table}: {message}"
                        );
                    }
                    (want, got) => panic!("{key:?} in {table}: want {want:?}, got {got:?}"),
                }
            }
        }
    }

    /// German plural rules: a plural ending and its singular ending, in pairs.
    const DE_RULES: &str =
        "[language.de]\nplural_suffixes = [[\"en\", \"\"], [\"n\", \"\"], [\"e\", \"\"]]\n";

    /// The theme phrases found in `text` with a lexicon of one theme whose only phrase is
    /// `phrase` in the language `code`, and the plural rules `rules`.
    fn theme_phrases(rules: &str, code: &str, phrase: &str, text: &str) -> Vec<String> {
        let toml = format!(
            "{rules}\n[[theme]]\nid = \"t\"\n{code} = [{phrase:?}]\n[scoring]\nthreshold = 0.0\n"
        );
        let lexicon = Lexicon::from_toml(&toml).unwrap();
        let parser = crate::Parser::default().with_lexicon(lexicon);
        let doc = parser.parse(text);
        doc.themes.iter().flat_map(|t| &t.evidence).map(|m| m.text.text.to_owned()).collect()
    }

    #[test]
    fn plurals_by_language() {
        const DE_ES: &str = "[language.de]\nplural_suffixes = [[\"es\", \"\"]]\n";
        const DE_SHORT: &str =
            "[language.de]\nplural_suffixes = [[\"e\", \"\"]]\nmin_word_len = 5\n";
        #[rustfmt::skip]
        /// A case: its name, the plural rules, the phrase's language and the phrase, a text,
        /// and the phrases found in it as written.
        type Case = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static [&'static str]);
        const CASES: &[Case] = &[
            (
                "an English plural",
                "",
                "en",
                "least developed country",
                "for least developed countries",
                &["least developed countries"],
            ),
            ("a French plural in eaux", "", "fr", "réseau", "les Réseaux", &["Réseaux"]),
            (
                "a German rule from the file",
                DE_RULES,
                "de",
                "nationale Regulierungsbehörde",
                "die nationalen Regulierungsbehörden",
                &["nationalen Regulierungsbehörden"],
            ),
            (
                "the same without the rule",
                "",
                "de",
                "nationale Regulierungsbehörde",
                "die nationalen Regulierungsbehörden",
                &[],
            ),
            ("the singular still found", DE_RULES, "de", "Sektor", "der Sektor", &["Sektor"]),
            (
                "a plural phrase finds its singular",
                DE_RULES,
                "de",
                "Sektoren",
                "ein Sektor",
                &["Sektor"],
            ),
            (
                "the rules add to the plurals of every language",
                DE_RULES,
                "de",
                "Sektor",
                "des Sektors",
                &["Sektors"],
            ),
            ("a spelling folded as text is", DE_ES, "de", "Netz", "des Netzes", &["Netzes"]),
            ("a plural too short for the rules", DE_SHORT, "de", "Tor", "die Tore", &[]),
            ("a plural long enough", DE_SHORT, "de", "Netz", "die Netze", &["Netze"]),
            (
                "one language's rules leave another's phrases alone",
                DE_RULES,
                "en",
                "sector",
                "the sectoren",
                &[],
            ),
        ];
        for &(name, rules, code, phrase, text, want) in CASES {
            assert_eq!(theme_phrases(rules, code, phrase, text), want, "{name}");
        }
    }

    /// A lexicon with a German theme and German plural rules, read from its text alone, puts a
    /// German text on that theme.
    #[test]
    fn german_text_on_a_german_theme() {
        let theme = r#"
            [[theme]]
            id = "regulators"
            label = "National regulatory authorities"
            en = ["national regulatory authority"]
            de = ["nationale Regulierungsbehörde", "Regulierungsbehörde"]
            [scoring]
            threshold = 0.5
        "#;
        let text = "Die Konferenz ersucht die nationalen Regulierungsbehörden, mit den \
                    Regulierungsbehörden anderer Länder zusammenzuarbeiten.";
        let themes = |toml: &str| -> Vec<String> {
            let parser = crate::Parser::default().with_lexicon(Lexicon::from_toml(toml).unwrap());
            let lexicon = parser.lexicon();
            parser.parse(text).themes.iter().map(|t| lexicon.theme(t.theme).id.clone()).collect()
        };
        assert_eq!(themes(&format!("{DE_RULES}{theme}")), ["regulators"]);
        assert!(themes(theme).is_empty(), "without the German rules the plural is not found");
    }
}
