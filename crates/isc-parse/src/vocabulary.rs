//! The parser's words as data: per-language vocabulary files (`data/vocabulary/*.toml`), read
//! once and compiled into the keyword tables the grammar, the anatomy and the body resolution
//! take as arguments.
//!
//! A language is one `[[language]]` table. Every list is optional, so a file that adds a
//! language names only what it has:
//!
//! ```
//! use isc_parse::Vocabulary;
//! let vocabulary = Vocabulary::shipped().extended_with_toml(r#"
//! [[language]]
//! code = "de"
//! resolution_words = ["Entschliessung"]
//! preamble_clauses = ["in Anbetracht"]
//! operative_clauses = ["beschliesst"]
//! "#)?;
//! assert_eq!(vocabulary.codes(), ["en", "fr", "es", "de"]);
//! # Ok::<(), isc_parse::VocabularyError>(())
//! ```

use std::collections::{BTreeMap, HashMap, HashSet};

use isc_model::text::fold_char;
use isc_model::{Body, PartKind, Sector};
use serde::{Deserialize, Serialize};

use crate::error::VocabularyError;
use crate::keywords::Keywords;

/// The shipped vocabulary files, in the order their languages are listed.
const SHIPPED: [(&str, &str); 3] = [
    ("en", include_str!("../data/vocabulary/en.toml")),
    ("fr", include_str!("../data/vocabulary/fr.toml")),
    ("es", include_str!("../data/vocabulary/es.toml")),
];

/// The shipped vocabulary, read once.
static SHIPPED_VOCABULARY: std::sync::LazyLock<Vocabulary> = std::sync::LazyLock::new(|| {
    let mut res = Vocabulary { languages: Vec::new() };
    for (code, text) in SHIPPED {
        let file: VocabularyFile = toml::from_str(text).unwrap_or_else(|e| {
            panic!("the shipped vocabulary {code}.toml is valid (a test reads it): {e}")
        });
        res.languages.extend(file.language);
    }
    res
});

/// The shipped vocabulary compiled, once, and shared by every parser that reads with it.
static SHIPPED_WORDS: std::sync::LazyLock<std::sync::Arc<Words>> =
    std::sync::LazyLock::new(|| std::sync::Arc::new(Words::new(&SHIPPED_VOCABULARY)));

/// The compiled words of `vocabulary`: the shipped ones shared, others compiled.
pub(crate) fn compiled(vocabulary: &Vocabulary) -> std::sync::Arc<Words> {
    if *vocabulary == *SHIPPED_VOCABULARY {
        std::sync::Arc::clone(&SHIPPED_WORDS)
    } else {
        std::sync::Arc::new(Words::new(vocabulary))
    }
}

/// The words of one language. Each list extends the grammar; see the shipped `en.toml` for what
/// each one is read as.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct Language {
    /// The language's code (`en`, `fr`, `es`, `de`).
    pub code: String,
    /// The word for one resolution (`Resolution`).
    pub resolution_words: Vec<String>,
    /// The word for several (`Resolutions`).
    pub resolution_plurals: Vec<String>,
    /// Abbreviations for either (`Res.`).
    pub resolution_abbreviations: Vec<String>,
    /// Letters naming one resolution only in a compilation's heading, before its number and a
    /// conference tag (`R 1187 (C-2001)`).
    pub heading_abbreviations: Vec<String>,
    /// Number signs between the citation word and the number, as older texts write them
    /// (`No.`: `Resolution No. 33`).
    pub number_signs: Vec<String>,
    /// Revision markers opening an edition (`Rev.`).
    pub revision_markers: Vec<String>,
    /// Words after an edition and a comma that name the conference that last amended the text,
    /// which is then its edition (`(C-1977, last amended C-1984)`).
    pub amendment_markers: Vec<String>,
    /// Words of the dates a conference met, between its place and its year (`October`, `au`,
    /// `de`): `(Hammamet, 25 October – 3 November 2016)` is the edition `(Hammamet, 2016)`.
    pub date_words: Vec<String>,
    /// Conjunctions ending a list (`and`).
    pub list_conjunctions: Vec<String>,
    /// Alternatives in a list (`or`).
    pub list_alternatives: Vec<String>,
    /// Words between the ends of a range (`to`).
    pub range_separators: Vec<String>,
    /// Links opening an attribution (`of`, `adopted by`).
    pub attribution_links: Vec<String>,
    /// Articles before a body's name (`the`, `l'`).
    pub articles: Vec<String>,
    /// Names of the Union before a body's name (`ITU`).
    pub union_names: Vec<String>,
    /// Bodies whose resolutions are none of the Union's series: outside the Union (`General
    /// Assembly`), or the Union's other conferences and the regional telecommunication
    /// organizations (`WCIT`, `CITEL`).
    pub foreign_bodies: Vec<String>,
    /// Words for the body issuing the document (`this Conference`).
    pub this_conference: Vec<String>,
    /// Clause words opening the preamble (`considering`).
    pub preamble_clauses: Vec<String>,
    /// Clause words opening the operative part (`resolves`).
    pub operative_clauses: Vec<String>,
    /// Modifiers before a clause word (`further`).
    pub clause_prefixes: Vec<String>,
    /// Modifiers after a clause word (`also`).
    pub clause_suffixes: Vec<String>,
    /// Words that may follow an operative clause word on its line (`the`, `Member`).
    pub addressees: Vec<String>,
    /// Words opening an annex line (`annex`).
    pub annex_words: Vec<String>,
    /// Words linking an annex to what it is annexed to (`to`).
    pub annex_links: Vec<String>,
    /// Words before a page number (`Page`).
    pub page_words: Vec<String>,
    /// Words between a page's number and the count of pages after a page word (`Page 2 of 3`).
    pub page_count_words: Vec<String>,
    /// Words a title's line cannot end on (`the`, `and`): after one, the title goes on over a
    /// blank line.
    pub open_ends: Vec<String>,
    /// A table of contents' title on a line of its own (`Table of contents`): the entries under
    /// it are neither headings nor citations, page numbers or not.
    pub contents_titles: Vec<String>,
    /// Short names a running header gives a resolution, written with its number and no space
    /// (`RES646`, `RES647-1` with the page), as capitals.
    pub header_names: Vec<String>,
    /// Stems saying a cited resolution ends (`suppress`, `merged into`).
    pub suppression_words: Vec<String>,
    /// Actions a proposal marks a text with, before its heading (`MOD`, `ADD`, `SUP`).
    pub draft_actions: Vec<String>,
    /// The actions among them that suppress the resolution under them (`SUP`): with no text under
    /// its title, that resolution is no document.
    pub suppression_actions: Vec<String>,
    /// Words before a heading's citation word that make it a draft (`DRAFT NEW`).
    pub draft_words: Vec<String>,
    /// Words before a citation at a line start naming the resolution a text revises
    /// (`Revision of`).
    pub revision_titles: Vec<String>,
    /// Words opening a note of the meeting that adopted a text, under its heading, in
    /// parentheses or not (`Approved at the eleventh Plenary Meeting`).
    pub adoption_notes: Vec<String>,
    /// Words ending such a note, the meeting's name (`Plenary Meeting`): a title may follow on
    /// the same line.
    pub adoption_note_ends: Vec<String>,
    /// Words heading a conference's other instruments, before their number (`Decision`,
    /// `Recommendation`): such a heading ends the resolution before it.
    pub instrument_words: Vec<String>,
    /// The same words in the plural (`Recommendations`), as a list of them joined to the
    /// resolutions a body is named after is written (`Resolutions 3 and 8 and Recommendations 3
    /// and 4 of the ...`).
    pub instrument_plurals: Vec<String>,
    /// Titles of a conference's other texts, each on a line of its own (`Declarations and
    /// reservations`): such a title ends the resolution before it.
    pub instrument_titles: Vec<String>,
    /// Letters naming another instrument in a compilation's heading, before its number and a
    /// conference tag, as `heading_abbreviations` name resolutions (`D 552 (C09)`: a Council
    /// decision): such a heading ends the resolution before it.
    pub instrument_abbreviations: Vec<String>,
    /// Words opening the foreword of the Union's publications, which names the Union first (`The
    /// International Telecommunication Union (ITU) is`): on a cover copied onto one line, a
    /// heading's title ends before them.
    pub foreword_openings: Vec<String>,
    /// Words opening the lines of a conference document's cover, a field before a colon
    /// (`Source:`, `Original: English`) or a symbol before its number (`Document 41-E`): a text
    /// whose top has two such lines and no resolution's anatomy cites nothing.
    pub cover_fields: Vec<String>,
    /// Words opening a relative clause, by which a sentence about a body goes on after its name
    /// and a comma (`which`): no issuing clause is followed by one.
    pub relative_pronouns: Vec<String>,
    /// Words naming a meeting of a body, beside its year: `Resolution 1307 adopted by the
    /// Council at its 2009 session` (`session`).
    pub session_words: Vec<String>,
    /// Words naming a kind of body that none of the Union's resolution series is adopted by
    /// (`Organization`, `Commission`, `Committee`, `Meeting`): a resolution attributed to a body
    /// named with one, in capitals, is that body's (`of the Regional Preparatory Meeting`).
    pub outside_heads: Vec<String>,
    /// Words that may stand between an operative clause word (or an item's marker) and the
    /// Sector or Bureau it addresses, besides articles and the Union's name (`that`, `Director
    /// of`).
    pub addressee_leads: Vec<String>,
    /// Verbs by which a clause asks the Sector or Bureau it addresses to help or work with
    /// another (`assist`, `work closely with`): `that BR should continue to assist BDT`.
    pub assistance_verbs: Vec<String>,
    /// Verbs making a body the subject of a citation's sentence (`adopted`).
    pub subject_verbs: Vec<String>,
    /// Words between such a verb and its subject (`has`).
    pub subject_auxiliaries: Vec<String>,
    /// Words linking a subject to its possessive and the citation, with no verb: `the
    /// Plenipotentiary Conference (Marrakesh, 2002) in its Resolution 113` (`in`).
    pub subject_links: Vec<String>,
    /// Words between such a verb and the citation word (`its`).
    pub subject_determiners: Vec<String>,
    /// Bodies' names by body code (`PP = ["Plenipotentiary Conference"]`).
    pub body_names: BTreeMap<String, Vec<String>>,
    /// Bodies' acronyms by body code (`WTSA = ["WTSA"]`).
    pub body_acronyms: BTreeMap<String, Vec<String>>,
    /// Sector markers by the body whose resolutions they number (`RA = ["ITU-R"]`).
    pub sector_markers: BTreeMap<String, Vec<String>>,
    /// The word for one Question (`Question`, `Q`).
    pub question_words: Vec<String>,
    /// The word for several (`Questions`).
    pub question_plurals: Vec<String>,
    /// The word for one Working Party (`Working Party`, `WP`).
    pub working_party_words: Vec<String>,
    /// The word for several (`Working Parties`).
    pub working_party_plurals: Vec<String>,
    /// The word for one study group (`Study Group`, `SG`).
    pub study_group_words: Vec<String>,
    /// The word for several (`Study Groups`).
    pub study_group_plurals: Vec<String>,
    /// Words before a study period on a study document's top (`study period`).
    pub study_period_words: Vec<String>,
    /// Words saying which items a study document continues (`Continuation of`).
    pub continuation_words: Vec<String>,
    /// The Sectors by name, keyed `ITU-R`, `ITU-T`, `ITU-D` (`"ITU-D" = ["Telecommunication
    /// Development Sector"]`).
    pub sector_names: BTreeMap<String, Vec<String>>,
    /// The Bureaux by name and acronym, keyed by their Sector `ITU-R`, `ITU-T`, `ITU-D`
    /// (`"ITU-D" = ["Telecommunication Development Bureau", "BDT"]`).
    pub bureau_names: BTreeMap<String, Vec<String>>,
    /// The sections of a study document by the part they open, keyed `preamble`, `operative`,
    /// `other` (`operative = ["Question or issue for study"]`).
    pub study_sections: BTreeMap<String, Vec<String>>,
}

/// The shape of a vocabulary file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyFile {
    #[serde(default)]
    language: Vec<Language>,
}

/// The parser's vocabulary: its languages, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    languages: Vec<Language>,
}

impl Default for Vocabulary {
    /// The shipped vocabulary.
    fn default() -> Self {
        Vocabulary::shipped()
    }
}

impl Vocabulary {
    /// The vocabulary shipped with the parser: English, French and Spanish.
    pub fn shipped() -> Vocabulary {
        SHIPPED_VOCABULARY.clone()
    }

    /// The text of the shipped vocabulary files, one `[[language]]` table each, for users who
    /// want a copy to edit.
    pub fn shipped_toml() -> String {
        SHIPPED.iter().map(|(_, text)| *text).collect::<Vec<_>>().join("\n")
    }

    /// A vocabulary of the languages of a file's text alone.
    pub fn from_toml(text: &str) -> Result<Vocabulary, VocabularyError> {
        let file: VocabularyFile =
            toml::from_str(text).map_err(|e| VocabularyError::new(e.to_string()))?;
        let res = Vocabulary { languages: Vec::new() };
        res.extended(file.language)
    }

    /// This vocabulary extended with a file's text: a language already known gets the file's
    /// words added to its lists, and a new language is added after the others.
    pub fn extended_with_toml(self, text: &str) -> Result<Vocabulary, VocabularyError> {
        let file: VocabularyFile =
            toml::from_str(text).map_err(|e| VocabularyError::new(e.to_string()))?;
        self.extended(file.language)
    }

    fn extended(mut self, languages: Vec<Language>) -> Result<Vocabulary, VocabularyError> {
        for language in languages {
            language.check()?;
            match self.languages.iter_mut().find(|l| l.code == language.code) {
                Some(known) => known.extend(language),
                None => self.languages.push(language),
            }
        }
        Ok(self)
    }

    /// The languages, in order.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The languages' codes, in order.
    pub fn codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.code.as_str()).collect()
    }

    /// The vocabulary as TOML, one `[[language]]` table per language.
    pub fn to_toml(&self) -> String {
        let file = VocabularyFile { language: self.languages.clone() };
        toml::to_string(&file).unwrap_or_default()
    }
}

impl Language {
    /// Every word list, for checks and merges.
    fn lists_mut(&mut self) -> [&mut Vec<String>; 58] {
        [
            &mut self.resolution_words,
            &mut self.resolution_plurals,
            &mut self.resolution_abbreviations,
            &mut self.heading_abbreviations,
            &mut self.number_signs,
            &mut self.revision_markers,
            &mut self.amendment_markers,
            &mut self.date_words,
            &mut self.list_conjunctions,
            &mut self.list_alternatives,
            &mut self.range_separators,
            &mut self.attribution_links,
            &mut self.articles,
            &mut self.union_names,
            &mut self.foreign_bodies,
            &mut self.this_conference,
            &mut self.preamble_clauses,
            &mut self.operative_clauses,
            &mut self.clause_prefixes,
            &mut self.clause_suffixes,
            &mut self.addressees,
            &mut self.annex_words,
            &mut self.annex_links,
            &mut self.page_words,
            &mut self.page_count_words,
            &mut self.header_names,
            &mut self.open_ends,
            &mut self.contents_titles,
            &mut self.suppression_words,
            &mut self.draft_actions,
            &mut self.suppression_actions,
            &mut self.draft_words,
            &mut self.revision_titles,
            &mut self.adoption_notes,
            &mut self.adoption_note_ends,
            &mut self.instrument_words,
            &mut self.instrument_plurals,
            &mut self.instrument_titles,
            &mut self.instrument_abbreviations,
            &mut self.foreword_openings,
            &mut self.cover_fields,
            &mut self.relative_pronouns,
            &mut self.session_words,
            &mut self.outside_heads,
            &mut self.addressee_leads,
            &mut self.assistance_verbs,
            &mut self.subject_verbs,
            &mut self.subject_auxiliaries,
            &mut self.subject_links,
            &mut self.subject_determiners,
            &mut self.question_words,
            &mut self.question_plurals,
            &mut self.working_party_words,
            &mut self.working_party_plurals,
            &mut self.study_group_words,
            &mut self.study_group_plurals,
            &mut self.study_period_words,
            &mut self.continuation_words,
        ]
    }

    fn extend(&mut self, mut other: Language) {
        for (mine, theirs) in self.lists_mut().into_iter().zip(other.lists_mut()) {
            mine.append(theirs);
        }
        for (mine, theirs) in [
            (&mut self.body_names, other.body_names),
            (&mut self.body_acronyms, other.body_acronyms),
            (&mut self.sector_markers, other.sector_markers),
            (&mut self.sector_names, other.sector_names),
            (&mut self.bureau_names, other.bureau_names),
            (&mut self.study_sections, other.study_sections),
        ] {
            for (body, mut words) in theirs {
                mine.entry(body).or_default().append(&mut words);
            }
        }
    }

    fn check(&self) -> Result<(), VocabularyError> {
        let code = &self.code;
        let valid_code = !code.is_empty()
            && code.len() <= 16
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !valid_code {
            return Err(VocabularyError::new(format!(
                "language code {code:?} is not a code such as \"en\" or \"pt-BR\""
            )));
        }
        let mut copy = self.clone();
        if copy.lists_mut().iter().flat_map(|l| l.iter()).any(|w| w.trim().is_empty()) {
            return Err(VocabularyError::new(format!("language {code:?} lists an empty word")));
        }
        for (table, map) in [
            ("body_names", &self.body_names),
            ("body_acronyms", &self.body_acronyms),
            ("sector_markers", &self.sector_markers),
        ] {
            for (body, words) in map {
                if body_of_code(body).is_none() {
                    return Err(VocabularyError::new(format!(
                        "language {code:?}: {table} names {body:?}, which is not a body code (PP, RA, WRC, WTSA, WTDC, Council)"
                    )));
                }
                if words.iter().any(|w| w.trim().is_empty()) {
                    return Err(VocabularyError::new(format!(
                        "language {code:?}: {table}.{body} lists an empty word"
                    )));
                }
            }
        }
        for (table, map, valid, keys) in [
            (
                "sector_names",
                &self.sector_names,
                sector_of_name as fn(&str) -> bool,
                "ITU-R, ITU-T, ITU-D",
            ),
            ("bureau_names", &self.bureau_names, sector_of_name, "ITU-R, ITU-T, ITU-D"),
            (
                "study_sections",
                &self.study_sections,
                |k: &str| part_of_section(k).is_some(),
                "preamble, operative, other",
            ),
        ] {
            for (key, words) in map {
                if !valid(key) {
                    return Err(VocabularyError::new(format!(
                        "language {code:?}: {table} has the key {key:?}, which is not one of {keys}"
                    )));
                }
                if words.iter().any(|w| w.trim().is_empty()) {
                    return Err(VocabularyError::new(format!(
                        "language {code:?}: {table}.{key} lists an empty word"
                    )));
                }
            }
        }
        Ok(())
    }
}

fn sector_of_name(key: &str) -> bool {
    sector_of_key(key).is_some()
}

fn sector_of_key(key: &str) -> Option<Sector> {
    [Sector::R, Sector::T, Sector::D].into_iter().find(|s| s.name() == key)
}

fn part_of_section(key: &str) -> Option<PartKind> {
    match key {
        "preamble" => Some(PartKind::Preamble),
        "operative" => Some(PartKind::Operative),
        "other" => Some(PartKind::Other),
        _ => None,
    }
}

/// What a study-group word names, and whether it opens a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StudyWord {
    /// `Question`, `Q`.
    Question,
    /// `Questions`.
    Questions,
    /// `Working Party`, `WP`.
    Party,
    /// `Working Parties`.
    Parties,
    /// `Study Group`, `SG`.
    Group,
    /// `Study Groups`.
    Groups,
}

impl StudyWord {
    /// Whether a list of items may follow.
    pub(crate) fn plural(self) -> bool {
        matches!(self, StudyWord::Questions | StudyWord::Parties | StudyWord::Groups)
    }
}

fn body_of_code(code: &str) -> Option<Body> {
    Body::ALL.into_iter().find(|b| b.code() == code)
}

/// How the word that opened a citation was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trigger {
    /// `Resolution`: one resolution.
    Singular,
    /// `Resolutions`: a list or range may follow.
    Plural,
    /// `Res.`: either.
    Short,
}

/// Who a name in the text points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyHint {
    /// A body of the Union.
    Known(Body),
    /// `this Conference`, `this Assembly`: the body issuing the document.
    ThisConference,
    /// A body whose resolutions are none of the Union's series (the UN General Assembly,
    /// ECOSOC, WCIT, CITEL): not a citation.
    Foreign,
}

/// The vocabulary compiled for reading: one keyword table per use.
#[derive(Debug, Clone)]
pub(crate) struct Words {
    /// The words that open a citation.
    pub(crate) triggers: Keywords<Trigger>,
    /// Abbreviations ending with a full stop, without it: read only before a number (`Res 70`).
    pub(crate) bare_abbreviations: Keywords<()>,
    /// `R` before a number and a conference tag in a compilation's heading.
    pub(crate) heading_abbreviations: Keywords<()>,
    /// `D` before a number and a conference tag in a compilation's heading of another
    /// instrument.
    pub(crate) instrument_abbreviations: Keywords<()>,
    /// Both, for the layout of a compilation's headings (`R 741` / title / `(C-1974, ...)`).
    pub(crate) compiled_abbreviations: Keywords<()>,
    /// Both, as written: a line is asked whether it is such a heading only when it opens with
    /// one of them and a space.
    pub(crate) heading_abbreviation_words: Vec<String>,
    /// The folded first characters of every citation word, for the prefilter.
    pub(crate) trigger_prefixes: Vec<Vec<char>>,
    /// What [`Words::trigger_first_letters`] gives, found once.
    first_letters: Option<Vec<u8>>,
    /// The first three letters of every citation word, lower case, when all of them start with
    /// three ASCII letters: a byte with its 0x20 bit set (lower case, for a letter) rules most
    /// words out at once.
    first_three_letters: Option<Vec<[u8; 3]>>,
    /// The prefixes that are ASCII, as the bytes of an integer (see [`ascii_key`]), with the
    /// mask of their bytes and their length.
    ascii_prefixes: Vec<(u64, u64, usize)>,
    /// Whether a citation word may start with each ASCII character, lower case (any citation
    /// word whose first character folds to one outside ASCII sets them all).
    trigger_first_ascii: [bool; 128],
    pub(crate) sector_markers: Keywords<Body>,
    /// Number signs before a resolution's number (`No.`).
    pub(crate) number_signs: Keywords<()>,
    /// Revision markers without their full stop.
    pub(crate) revision_markers: Keywords<()>,
    /// Words naming the conference that last amended a text (`last amended`).
    pub(crate) amendment_markers: Keywords<()>,
    pub(crate) date_words: Keywords<()>,
    pub(crate) list_separators: Keywords<()>,
    /// Conjunctions, folded, for telling an enumeration.
    pub(crate) conjunctions: Vec<String>,
    pub(crate) range_separators: Keywords<()>,
    pub(crate) attribution_links: Keywords<()>,
    /// Articles followed by a space.
    pub(crate) articles: Keywords<()>,
    /// Articles glued to the next word (`l'`).
    pub(crate) glued_articles: Vec<String>,
    pub(crate) union_names: Keywords<()>,
    /// Bodies by name or acronym, outside bodies, and the issuing body.
    pub(crate) body_names: Keywords<BodyHint>,
    /// Labels written before a heading's citation word (`PP Resolution 191`).
    pub(crate) heading_labels: Keywords<Body>,
    /// Single words naming a body (acronyms and markers, case exact): `PP`, `ITU-T`, `UNGA`.
    pub(crate) body_acronym_words: HashMap<String, BodyHint>,
    /// The last word of a body's name, folded, with the words that may come before it (folded;
    /// `None` for a name of one word) and the body: `conference` after `development`.
    pub(crate) body_name_words: HashMap<String, Vec<(Option<String>, BodyHint)>>,
    pub(crate) clause_words: Keywords<PartKind>,
    pub(crate) clause_prefixes: Keywords<()>,
    pub(crate) clause_suffixes: Keywords<()>,
    pub(crate) addressees: Keywords<()>,
    pub(crate) glued_addressees: Vec<String>,
    pub(crate) annex_words: Keywords<()>,
    pub(crate) annex_links: HashSet<String>,
    pub(crate) page_words: Vec<String>,
    pub(crate) page_count_words: Vec<String>,
    /// The length in bytes of the longest word before a count of pages, a space on each side.
    pub(crate) longest_page_count_word: usize,
    /// Folded words a title's line cannot end on.
    pub(crate) open_ends: HashSet<String>,
    /// Tables of contents' titles, folded.
    pub(crate) contents_titles: HashSet<String>,
    /// Short names of running headers (`RES`), as written.
    pub(crate) header_names: Vec<String>,
    /// The length in bytes of the longest page word, and a space after it.
    pub(crate) longest_page_word: usize,
    /// Folded stems saying a resolution ends.
    pub(crate) suppression_words: Vec<String>,
    /// The same stems, found in ASCII text with case ignored and a tab for any space.
    pub(crate) suppression_search: Option<aho_corasick::AhoCorasick>,
    /// Actions marking a proposal (`MOD`), case exact.
    pub(crate) draft_actions: Keywords<()>,
    /// The actions among them suppressing the resolution under them (`SUP`), case exact.
    pub(crate) suppression_actions: Keywords<()>,
    /// Words making a heading a draft's (`DRAFT NEW`).
    pub(crate) draft_words: Keywords<()>,
    /// Words naming the resolution a text revises (`Revision of`).
    pub(crate) revision_titles: Keywords<()>,
    /// Words opening a note of the adopting meeting (`Approved at`).
    pub(crate) adoption_notes: Keywords<()>,
    pub(crate) adoption_note_ends: Keywords<()>,
    pub(crate) instrument_words: Keywords<()>,
    /// Those words and their plurals, as a list joined to resolutions names them.
    pub(crate) instrument_names: Keywords<()>,
    /// Words opening the foreword of the Union's publications.
    pub(crate) foreword_openings: Keywords<()>,
    pub(crate) instrument_titles: Keywords<()>,
    pub(crate) cover_fields: Keywords<()>,
    /// Words opening a relative clause (`which`), folded.
    pub(crate) relative_pronouns: HashSet<String>,
    /// Words naming a body's meeting (`session`), folded.
    pub(crate) session_words: HashSet<String>,
    /// Words naming a kind of body outside the Union's series (`organization`), folded.
    pub(crate) outside_heads: HashSet<String>,
    /// Words before the Sector or Bureau an operative clause addresses (`that`, `Director of`).
    pub(crate) addressee_leads: Keywords<()>,
    pub(crate) assistance_verbs: Keywords<()>,
    /// The first words, without an apostrophe, of those words, of the articles and of
    /// the Union's names: an item opening with none of them and in small letters addresses no
    /// Sector.
    pub(crate) addressee_starts: Keywords<()>,
    pub(crate) subject_verbs: HashSet<String>,
    pub(crate) subject_auxiliaries: HashSet<String>,
    pub(crate) subject_links: HashSet<String>,
    pub(crate) subject_determiners: HashSet<String>,
    /// Words naming study-group items (`Question`, `WP`, `Study Groups`).
    pub(crate) study_words: Keywords<StudyWord>,
    /// The first letters of those words, found in ASCII text with case ignored: where a mention
    /// of study-group work may start.
    pub(crate) study_search: aho_corasick::AhoCorasick,
    /// Sectors by name (`Telecommunication Development Sector`).
    pub(crate) sector_names: Keywords<Sector>,
    /// The Bureaux by name and acronym, with their Sector (`Telecommunication Development
    /// Bureau`, `BDT`).
    pub(crate) bureau_names: Keywords<Sector>,
    /// Words before a study period, folded.
    pub(crate) study_period_words: Vec<String>,
    /// Words saying which items a study document continues.
    pub(crate) continuation_words: Keywords<()>,
    /// A study document's section headings, by the part they open.
    pub(crate) study_sections: Keywords<PartKind>,
}

/// Up to eight ASCII bytes as one integer, little-endian, lower case, with a tab or line break
/// read as a space.
fn ascii_key(bytes: &[u8]) -> u64 {
    bytes.iter().take(8).enumerate().fold(0, |key, (i, &b)| {
        let b = if matches!(b, b'\t' | b'\n' | b'\r') { b' ' } else { b.to_ascii_lowercase() };
        key | u64::from(b) << (8 * i)
    })
}

/// How many folded characters of a citation word the prefilter compares.
const PREFIX: usize = 6;

/// Folds a whole word or phrase as every matcher does.
pub(crate) fn folded(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Calls `f` with `word` folded, without allocating for a short ASCII word (folding ASCII only
/// lower-cases it, and reads a tab as a space).
pub(crate) fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 32;
    if word.len() <= SHORT && word.is_ascii() {
        let mut buffer = [0u8; SHORT];
        for (slot, b) in buffer.iter_mut().zip(word.bytes()) {
            *slot = if b == b'\t' { b' ' } else { b.to_ascii_lowercase() };
        }
        // ASCII stays ASCII, which is UTF-8.
        return f(std::str::from_utf8(&buffer[..word.len()]).unwrap_or_default());
    }
    f(&folded(word))
}

/// A word as written and, when it has letters outside ASCII, as a bad extraction leaves it with
/// those letters lost (`Résolution`, `Rsolution`; `Resolución`, `Resolucin`), unless fewer than
/// `min_letters` letters are left of it.
pub(crate) fn spellings(word: &str, min_letters: usize) -> impl Iterator<Item = String> + use<> {
    let lost: String = word.chars().filter(|c| c.is_ascii() || !c.is_alphabetic()).collect();
    let letters = lost.chars().filter(|c| c.is_alphabetic()).count();
    let keep_lost = lost.len() != word.len() && letters >= min_letters;
    std::iter::once(word.to_owned()).chain(keep_lost.then_some(lost))
}

fn is_glued(word: &str) -> bool {
    word.ends_with(['\'', '\u{2019}'])
}

impl Words {
    /// Whether a conference tag (`WCIT-12`, `CMTI-12`, `RRC-06`) names a body outside the
    /// Union's resolution series: its letters are one of the outside bodies' acronyms.
    pub(crate) fn is_foreign_tag(&self, tag: &str) -> bool {
        let letters = tag.trim_end_matches(|c: char| c.is_ascii_digit());
        let letters = letters.strip_suffix('-').unwrap_or(letters);
        self.body_acronym_words.get(letters) == Some(&BodyHint::Foreign)
    }

    /// Compiles `vocabulary`.
    pub(crate) fn new(vocabulary: &Vocabulary) -> Words {
        let langs = &vocabulary.languages;
        let all = |f: fn(&Language) -> &Vec<String>| -> Vec<String> {
            langs.iter().flat_map(|l| f(l).iter()).flat_map(|w| spellings(w, 4)).collect()
        };
        let table =
            |f: fn(&Language) -> &Vec<String>| Keywords::new(all(f).into_iter().map(|w| (w, ())));
        let bodies = |f: fn(&Language) -> &BTreeMap<String, Vec<String>>| -> Vec<(String, Body)> {
            langs
                .iter()
                .flat_map(|l| f(l).iter())
                .filter_map(|(code, words)| Some((body_of_code(code)?, words)))
                .flat_map(|(body, words)| {
                    words.iter().flat_map(|w| spellings(w, 4)).map(move |w| (w, body))
                })
                .collect()
        };
        let mut triggers: Vec<(String, Trigger)> = Vec::new();
        triggers.extend(all(|l| &l.resolution_plurals).into_iter().map(|w| (w, Trigger::Plural)));
        triggers.extend(all(|l| &l.resolution_words).into_iter().map(|w| (w, Trigger::Singular)));
        let abbreviations = all(|l| &l.resolution_abbreviations);
        triggers.extend(abbreviations.iter().map(|w| (w.clone(), Trigger::Short)));
        let bare =
            abbreviations.iter().filter_map(|w| w.strip_suffix('.')).map(|w| (w.to_owned(), ()));
        // A citation word is told from other words by its first six characters, folded (a
        // bare abbreviation by itself and the space after it): `resolu`, `res.`, `res `.
        let mut trigger_prefixes: Vec<Vec<char>> = triggers
            .iter()
            .map(|(w, _)| w.chars().map(fold_char).take(PREFIX).collect())
            .chain(
                bare.clone()
                    .map(|(w, ())| w.chars().map(fold_char).chain([' ']).take(PREFIX).collect()),
            )
            .collect();
        trigger_prefixes.sort();
        trigger_prefixes.dedup();
        let names = bodies(|l| &l.body_names);
        let acronyms = bodies(|l| &l.body_acronyms);
        let markers = bodies(|l| &l.sector_markers);
        let foreign = all(|l| &l.foreign_bodies);
        let this_conference = all(|l| &l.this_conference);
        let mut body_names: Vec<(String, BodyHint)> = Vec::new();
        body_names.extend(foreign.iter().map(|w| (w.clone(), BodyHint::Foreign)));
        body_names
            .extend(names.iter().chain(&acronyms).map(|(w, b)| (w.clone(), BodyHint::Known(*b))));
        body_names.extend(this_conference.iter().map(|w| (w.clone(), BodyHint::ThisConference)));
        let heading_labels = Keywords::new(acronyms.iter().chain(&markers).chain(&names).cloned());
        let mut body_acronym_words = HashMap::new();
        let mut body_name_words = HashMap::new();
        let single = |w: &str| !w.contains(char::is_whitespace);
        // The Union's bodies first: where an outside body's name ends with the same two words
        // as one of theirs (`Regional Radiocommunication Conference`), the word before a
        // citation is read as the Union's.
        for (word, hint) in acronyms
            .iter()
            .chain(&markers)
            .map(|(w, b)| (w, BodyHint::Known(*b)))
            .chain(names.iter().map(|(w, b)| (w, BodyHint::Known(*b))))
            .chain(foreign.iter().map(|w| (w, BodyHint::Foreign)))
        {
            if single(word) && !word.chars().any(char::is_lowercase) {
                let normalized: String = word
                    .chars()
                    .map(|c| if crate::pieces::is_hyphen(c) { '-' } else { c })
                    .collect();
                body_acronym_words.entry(normalized).or_insert(hint);
                continue;
            }
            let words: Vec<String> = word.split_whitespace().map(folded).collect();
            let Some((last, init)) = words.split_last() else { continue };
            let entries: &mut Vec<(Option<String>, BodyHint)> =
                body_name_words.entry(last.clone()).or_default();
            let before = init.last().cloned();
            if !entries.iter().any(|(b, _)| *b == before) {
                entries.push((before, hint));
            }
        }
        let articles = all(|l| &l.articles);
        let addressees = all(|l| &l.addressees);
        let suppression_words: Vec<String> =
            all(|l| &l.suppression_words).iter().map(|w| folded(w)).collect();
        // A table keyed by Sector (`ITU-R`), each word with its Sector.
        let by_sector = |f: fn(&Language) -> &BTreeMap<String, Vec<String>>| {
            Keywords::new(langs.iter().flat_map(f).flat_map(|(key, words)| {
                let sector = sector_of_key(key);
                words.iter().flat_map(|w| spellings(w, 4)).filter_map(move |w| Some((w, sector?)))
            }))
        };
        let set = |f: fn(&Language) -> &Vec<String>| -> HashSet<String> {
            all(f).iter().map(|w| folded(w)).collect()
        };
        let mut trigger_first_ascii = [false; 128];
        for prefix in &trigger_prefixes {
            match prefix.first() {
                Some(&c) if c.is_ascii() => trigger_first_ascii[c as usize] = true,
                _ => trigger_first_ascii = [true; 128],
            }
        }
        let ascii_prefixes = trigger_prefixes
            .iter()
            .filter(|p| p.iter().all(char::is_ascii))
            .map(|p| {
                let bytes: Vec<u8> = p.iter().map(|&c| c as u8).collect();
                let mask = if p.len() >= 8 { u64::MAX } else { (1u64 << (8 * p.len())) - 1 };
                (ascii_key(&bytes), mask, p.len())
            })
            .collect();
        let first_three_letters = trigger_prefixes
            .iter()
            .map(|p| match p.get(..3) {
                Some(&[a, b, c]) if [a, b, c].iter().all(char::is_ascii_lowercase) => {
                    Some([a as u8, b as u8, c as u8])
                }
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
            .map(|mut threes| {
                threes.sort_unstable();
                threes.dedup();
                threes
            });
        let mut study_words: Vec<(String, StudyWord)> = Vec::new();
        for (list, word) in [
            (all(|l| &l.question_plurals), StudyWord::Questions),
            (all(|l| &l.question_words), StudyWord::Question),
            (all(|l| &l.working_party_plurals), StudyWord::Parties),
            (all(|l| &l.working_party_words), StudyWord::Party),
            (all(|l| &l.study_group_plurals), StudyWord::Groups),
            (all(|l| &l.study_group_words), StudyWord::Group),
        ] {
            study_words.extend(list.into_iter().map(|w| (w, word)));
        }
        // The longest of a list's words, with `blanks` spaces around it.
        let longest = |list: &[String], blanks: usize| {
            list.iter().map(|word| word.len() + blanks).max().unwrap_or(0)
        };
        let (page_words, page_count_words) = (all(|l| &l.page_words), all(|l| &l.page_count_words));
        Words {
            first_letters: first_letters(&trigger_prefixes),
            first_three_letters,
            ascii_prefixes,
            trigger_first_ascii,
            triggers: Keywords::new(triggers),
            bare_abbreviations: Keywords::new(bare),
            heading_abbreviations: Keywords::new(
                all(|l| &l.heading_abbreviations).into_iter().map(|w| (w, ())),
            ),
            instrument_abbreviations: Keywords::new(
                all(|l| &l.instrument_abbreviations).into_iter().map(|w| (w, ())),
            ),
            compiled_abbreviations: Keywords::new(
                all(|l| &l.heading_abbreviations)
                    .into_iter()
                    .chain(all(|l| &l.instrument_abbreviations))
                    .map(|w| (w, ())),
            ),
            heading_abbreviation_words: {
                let mut words = all(|l| &l.heading_abbreviations);
                words.extend(all(|l| &l.instrument_abbreviations));
                words.sort();
                words.dedup();
                words
            },
            trigger_prefixes,
            sector_markers: Keywords::new(markers.clone()),
            // Read only inside an edition's parenthesis: short spellings are safe there (`Rv.`).
            revision_markers: Keywords::new(
                langs
                    .iter()
                    .flat_map(|l| &l.revision_markers)
                    .flat_map(|w| spellings(w, 2))
                    .map(|w| (w.trim_end_matches('.').to_owned(), ())),
            ),
            number_signs: table(|l| &l.number_signs),
            amendment_markers: table(|l| &l.amendment_markers),
            date_words: table(|l| &l.date_words),
            list_separators: Keywords::new(
                all(|l| &l.list_conjunctions)
                    .into_iter()
                    .chain(all(|l| &l.list_alternatives))
                    .map(|w| (w, ())),
            ),
            conjunctions: all(|l| &l.list_conjunctions).iter().map(|w| folded(w)).collect(),
            range_separators: table(|l| &l.range_separators),
            attribution_links: table(|l| &l.attribution_links),
            articles: Keywords::new(
                articles.iter().filter(|w| !is_glued(w)).map(|w| (w.clone(), ())),
            ),
            glued_articles: articles.iter().filter(|w| is_glued(w)).cloned().collect(),
            union_names: table(|l| &l.union_names),
            body_names: Keywords::new(body_names),
            heading_labels,
            body_acronym_words,
            body_name_words,
            clause_words: Keywords::new(
                all(|l| &l.preamble_clauses).into_iter().map(|w| (w, PartKind::Preamble)).chain(
                    all(|l| &l.operative_clauses).into_iter().map(|w| (w, PartKind::Operative)),
                ),
            ),
            clause_prefixes: table(|l| &l.clause_prefixes),
            clause_suffixes: table(|l| &l.clause_suffixes),
            addressees: Keywords::new(
                addressees.iter().filter(|w| !is_glued(w)).map(|w| (w.clone(), ())),
            ),
            glued_addressees: addressees.iter().filter(|w| is_glued(w)).cloned().collect(),
            annex_words: table(|l| &l.annex_words),
            annex_links: set(|l| &l.annex_links),
            longest_page_word: longest(&page_words, 1),
            page_words,
            longest_page_count_word: longest(&page_count_words, 2),
            page_count_words,
            open_ends: set(|l| &l.open_ends),
            contents_titles: set(|l| &l.contents_titles),
            header_names: {
                // As written: a header's short name is capitals, glued to the number.
                let mut names: Vec<String> =
                    langs.iter().flat_map(|l| l.header_names.iter().cloned()).collect();
                names.sort();
                names.dedup();
                names
            },
            suppression_search: suppression_search(&suppression_words),
            suppression_words,
            draft_actions: table(|l| &l.draft_actions),
            suppression_actions: table(|l| &l.suppression_actions),
            draft_words: table(|l| &l.draft_words),
            revision_titles: table(|l| &l.revision_titles),
            adoption_notes: table(|l| &l.adoption_notes),
            adoption_note_ends: table(|l| &l.adoption_note_ends),
            instrument_words: table(|l| &l.instrument_words),
            instrument_names: Keywords::new(
                all(|l| &l.instrument_words)
                    .into_iter()
                    .chain(all(|l| &l.instrument_plurals))
                    .map(|w| (w, ())),
            ),
            instrument_titles: table(|l| &l.instrument_titles),
            foreword_openings: table(|l| &l.foreword_openings),
            cover_fields: table(|l| &l.cover_fields),
            relative_pronouns: set(|l| &l.relative_pronouns),
            session_words: set(|l| &l.session_words),
            outside_heads: set(|l| &l.outside_heads),
            addressee_leads: table(|l| &l.addressee_leads),
            assistance_verbs: table(|l| &l.assistance_verbs),
            addressee_starts: Keywords::new(
                [all(|l| &l.addressee_leads), all(|l| &l.articles), all(|l| &l.union_names)]
                    .iter()
                    .flatten()
                    .filter_map(|w| w.split([' ', '\'', '\u{2019}']).next())
                    .filter(|w| !w.is_empty())
                    .map(|w| (w.to_owned(), ())),
            ),
            subject_verbs: set(|l| &l.subject_verbs),
            subject_auxiliaries: set(|l| &l.subject_auxiliaries),
            subject_links: set(|l| &l.subject_links),
            subject_determiners: set(|l| &l.subject_determiners),
            study_search: study_search(&study_words),
            study_words: Keywords::new(study_words),
            sector_names: by_sector(|l| &l.sector_names),
            bureau_names: by_sector(|l| &l.bureau_names),
            study_period_words: all(|l| &l.study_period_words).iter().map(|w| folded(w)).collect(),
            continuation_words: table(|l| &l.continuation_words),
            study_sections: Keywords::new(langs.iter().flat_map(|l| &l.study_sections).flat_map(
                |(key, words)| {
                    let part = part_of_section(key);
                    words.iter().flat_map(|w| spellings(w, 4)).filter_map(move |w| Some((w, part?)))
                },
            )),
        }
    }

    /// Whether a citation word may start at the start of `text`: its first characters, folded
    /// (a line break or tab read as a space), are those of one of the vocabulary's citation
    /// words, up to six (`resolu`, `res.`, `res ` for `Res 70`). `resolves` and `resources` are
    /// not.
    pub(crate) fn may_start_citation_word(&self, text: &str) -> bool {
        let space = |c: char| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c };
        let bytes = text.as_bytes();
        // Most words start with a letter no citation word starts with.
        match bytes.first() {
            Some(&b)
                if b.is_ascii()
                    && !self.trigger_first_ascii[usize::from(b.to_ascii_lowercase())] =>
            {
                return false;
            }
            None => return false,
            _ => {}
        }
        let head = &bytes[..bytes.len().min(PREFIX)];
        // Then most start with three letters no citation word starts with (`recalling`).
        if let (Some(threes), &[a, b, c, ..]) = (&self.first_three_letters, head)
            && (a | b | c).is_ascii()
            && !threes.contains(&[a | 0x20, b | 0x20, c | 0x20])
        {
            return false;
        }
        if head.is_ascii() {
            // ASCII folds to its lower case: only ASCII prefixes can match, compared as the
            // bytes of one integer.
            let key = ascii_key(head);
            return self
                .ascii_prefixes
                .iter()
                .any(|&(prefix, mask, len)| len <= head.len() && key & mask == prefix);
        }
        self.trigger_prefixes.iter().any(|prefix| {
            let mut chars = text.chars().map(|c| space(fold_char(c)));
            prefix.iter().all(|&p| chars.next() == Some(p))
        })
    }

    /// The folded ASCII first letters of the citation words, when there are at most four and
    /// all are ASCII letters: the prefilter then looks for those letters alone.
    pub(crate) fn trigger_first_letters(&self) -> Option<&[u8]> {
        self.first_letters.as_deref()
    }
}

/// The folded ASCII first letters of `prefixes`, when there are at most four and all are ASCII
/// letters.
fn first_letters(prefixes: &[Vec<char>]) -> Option<Vec<u8>> {
    let mut letters: Vec<u8> = Vec::new();
    for prefix in prefixes {
        let first = *prefix.first()?;
        if !first.is_ascii_alphabetic() {
            return None;
        }
        let b = first as u8;
        if !letters.contains(&b) {
            letters.push(b);
        }
    }
    (letters.len() <= 4).then_some(letters)
}

/// Where a study-group word may start: the first word of each entry up to its first character
/// outside ASCII (`Question`, `Working`, `Cuesti`), as written and in capitals, or an acronym as
/// written (`WP`, `SG`, `Q`), found with case kept: items are named with a capital (`Question
/// 1/1`, `QUESTION 1/1`), and prose in lower case (`the study group`) names none. The grammar
/// decides.
fn study_search(words: &[(String, StudyWord)]) -> aho_corasick::AhoCorasick {
    let mut patterns: Vec<String> = Vec::new();
    for (word, _) in words {
        let head: String = word.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if head.is_empty() {
            continue;
        }
        if head.len() == 1 {
            // A one-letter acronym is always glued to its number (`Q7/2`): the two bytes keep
            // the search's prefilter working.
            patterns.extend((1..=9).map(|d| format!("{head}{d}")));
            continue;
        }
        patterns.push(head.clone());
        if word.chars().any(char::is_lowercase) {
            patterns.push(head.to_ascii_uppercase());
        }
    }
    patterns.sort();
    patterns.dedup();
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(&patterns)
        .expect("a few short ASCII words always build")
}

/// The stems as an ASCII case-insensitive search where a tab may stand for any space; `None`
/// when a stem is not ASCII (the folded search then serves alone).
fn suppression_search(stems: &[String]) -> Option<aho_corasick::AhoCorasick> {
    if stems.iter().any(|s| !s.is_ascii()) {
        return None;
    }
    let mut spellings: Vec<String> = Vec::new();
    for stem in stems {
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
    aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(spellings).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_languages_parse_and_compile() {
        let vocabulary = Vocabulary::shipped();
        assert_eq!(vocabulary.codes(), ["en", "fr", "es"]);
        let words = Words::new(&vocabulary);
        assert_eq!(words.trigger_first_letters(), Some(&[b'r'][..]));
        for yes in [
            "RÉSOLUTION",
            "Resolutions",
            "Res. 7",
            "Res 7",
            "res\n7",
            "Rés.",
            "Resol. 2",
            "RESOLUCIÓN",
        ] {
            assert!(words.may_start_citation_word(yes), "{yes}");
        }
        for no in ["recalling", "resolves", "resources", "Res,", "Result", "res", "résumé"] {
            assert!(!words.may_start_citation_word(no), "{no}");
        }
        // Every shipped file reads back from the printed text.
        let printed = Vocabulary::from_toml(&Vocabulary::shipped_toml()).unwrap();
        assert_eq!(printed, vocabulary);
        let serialized = Vocabulary::from_toml(&vocabulary.to_toml()).unwrap();
        assert_eq!(serialized, vocabulary);
    }

    #[test]
    fn bad_files_are_named() {
        for (text, want) in [
            ("[[language]]\ncode = \"\"\n", "language code"),
            ("[[language]]\ncode = \"de\"\nresolution_words = [\" \"]\n", "empty word"),
            (
                "[[language]]\ncode = \"de\"\n[language.body_names]\nUN = [\"x\"]\n",
                "not a body code",
            ),
            ("[[language]]\ncode = \"de\"\nresolution_wrds = [\"x\"]\n", "unknown field"),
        ] {
            let err = Vocabulary::shipped().extended_with_toml(text).unwrap_err().to_string();
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }

    #[test]
    fn a_known_language_is_extended() {
        let vocabulary = Vocabulary::shipped()
            .extended_with_toml("[[language]]\ncode = \"en\"\noperative_clauses = [\"directs\"]\n")
            .unwrap();
        assert_eq!(vocabulary.codes(), ["en", "fr", "es"]);
        assert!(vocabulary.languages()[0].operative_clauses.contains(&"directs".to_owned()));
    }
}
