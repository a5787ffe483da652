//! Engine configuration: the conference calendar, the theme lexicon, the rules' parameters and
//! how many threads parse.

use std::path::Path;

use isc_model::Calendar;
use isc_parse::{Lexicon, Vocabulary};
use isc_rules::{MutualInterest, RuleConfig, RuleSet};

use crate::error::{Error, Result};

/// How the engine reads texts.
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) calendar: Calendar,
    /// The lexicon in use; `None` for the shipped one, compiled on first use.
    lexicon: Option<Lexicon>,
    /// `MI001`'s parameters, as `rule_set` gives them.
    pub(crate) rules: RuleConfig,
    /// Every rule's parameters.
    pub(crate) rule_set: RuleSet,
    pub(crate) vocabulary: Vocabulary,
    pub(crate) threads: Option<usize>,
    pub(crate) extensions: Vec<String>,
    pub(crate) max_file_size: u64,
    pub(crate) keep_parts: bool,
    pub(crate) read: isc_read::Options,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            calendar: Calendar::default(),
            lexicon: None,
            rules: RuleConfig::default(),
            rule_set: RuleSet::default(),
            vocabulary: Vocabulary::shipped(),
            threads: None,
            extensions: Config::DEFAULT_EXTENSIONS.iter().map(|&e| e.to_owned()).collect(),
            max_file_size: Config::DEFAULT_MAX_FILE_SIZE,
            keep_parts: true,
            read: isc_read::Options::default(),
        }
    }
}

/// Reads a configuration file's text.
fn read_config(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_owned(), source })
}

impl Config {
    /// The default size past which a file is skipped: 512 MiB.
    pub const DEFAULT_MAX_FILE_SIZE: u64 = 512 * 1024 * 1024;

    /// The largest size a file may be set to have: spans are 32-bit byte offsets, so a text
    /// must stay under 4 GiB.
    pub const LIMIT_MAX_FILE_SIZE: u64 = u32::MAX as u64;

    /// The extensions of the files read when walking directories, by default: text, Word, PDF,
    /// HTML, XML (Akoma Ntoso), RTF and OpenDocument text.
    pub const DEFAULT_EXTENSIONS: &'static [&'static str] =
        &["txt", "text", "docx", "doc", "pdf", "html", "htm", "xml", "rtf", "odt"];

    /// The shipped calendar and lexicon, all cores.
    pub fn new() -> Self {
        Config::default()
    }

    /// Uses `calendar` to tell conferences apart.
    #[must_use]
    pub fn with_calendar(mut self, calendar: Calendar) -> Self {
        self.calendar = calendar;
        self
    }

    /// Reads a calendar file (TOML); it extends the shipped calendar unless it says
    /// `extends_default = false`.
    pub fn with_calendar_file(self, path: &Path) -> Result<Self> {
        let text = read_config(path)?;
        let calendar = Calendar::from_toml(&text)
            .map_err(|source| Error::Config { path: path.to_owned(), source })?;
        Ok(self.with_calendar(calendar))
    }

    /// Matches themes and coordination cues with `lexicon` instead of the shipped one.
    #[must_use]
    pub fn with_lexicon(mut self, lexicon: Lexicon) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// Reads a lexicon file (TOML, the shape of the shipped one, [`Config::default_lexicon_toml`]);
    /// it replaces the shipped lexicon.
    pub fn with_lexicon_file(self, path: &Path) -> Result<Self> {
        let text = read_config(path)?;
        let lexicon = Lexicon::from_toml(&text)
            .map_err(|source| Error::Lexicon { path: path.to_owned(), source })?;
        Ok(self.with_lexicon(lexicon))
    }

    /// The text of the shipped lexicon ([`Lexicon::shipped_toml`]), for users who want a copy
    /// to edit.
    pub fn default_lexicon_toml() -> &'static str {
        Lexicon::shipped_toml()
    }

    /// Reads citations, headings and clauses with `vocabulary` instead of the shipped one.
    #[must_use]
    pub fn with_vocabulary(mut self, vocabulary: Vocabulary) -> Self {
        self.vocabulary = vocabulary;
        self
    }

    /// Reads a vocabulary file (TOML, `[[language]]` tables, the shape `isc vocabulary`
    /// prints); it extends the vocabulary in use: a known language gets its words added, a new
    /// one is added.
    pub fn with_vocabulary_file(self, path: &Path) -> Result<Self> {
        let text = read_config(path)?;
        let vocabulary = self
            .vocabulary
            .clone()
            .extended_with_toml(&text)
            .map_err(|source| Error::Vocabulary { path: path.to_owned(), source })?;
        Ok(self.with_vocabulary(vocabulary))
    }

    /// The vocabulary in use.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The text of the shipped vocabulary files, one `[[language]]` table per language, for
    /// users who want a copy to edit.
    pub fn default_vocabulary_toml() -> String {
        Vocabulary::shipped_toml()
    }

    /// Reads and analyzes with `threads` worker threads (`None`: one per core). Output does not
    /// depend on it.
    #[must_use]
    pub fn with_threads(mut self, threads: Option<usize>) -> Self {
        self.threads = threads;
        self
    }

    /// Reads files with these extensions (and files without one) when walking directories;
    /// [`Config::DEFAULT_EXTENSIONS`] by default. Files named directly are always read.
    #[must_use]
    pub fn with_extensions(mut self, extensions: Vec<String>) -> Self {
        self.extensions =
            extensions.into_iter().map(|e| e.trim_start_matches('.').to_lowercase()).collect();
        self
    }

    /// Skips files larger than `bytes` (default [`Config::DEFAULT_MAX_FILE_SIZE`]), naming
    /// their size and the limit. Values past [`Config::LIMIT_MAX_FILE_SIZE`] are lowered to it.
    ///
    /// ```
    /// let config = isc_engine::Config::new().with_max_file_size(1 << 20);
    /// assert_eq!(config.max_file_size(), 1 << 20);
    /// ```
    #[must_use]
    pub fn with_max_file_size(mut self, bytes: u64) -> Self {
        self.max_file_size = bytes.min(Config::LIMIT_MAX_FILE_SIZE);
        self
    }

    /// The size past which a file is skipped, in bytes.
    pub fn max_file_size(&self) -> u64 {
        self.max_file_size
    }

    /// Whether documents keep their parts (the anatomy: heading, title, clauses), `true` by
    /// default. An analysis does not need them (citations and evidence carry their own part and
    /// clause), and on large corpora they are the largest share of what documents hold.
    #[must_use]
    pub fn with_parts(mut self, keep: bool) -> Self {
        self.keep_parts = keep;
        self
    }

    /// Reads Word files with tracked changes as `revisions` says: the changes accepted (the
    /// default) or the text before them.
    #[must_use]
    pub fn with_revisions(mut self, revisions: isc_read::Revisions) -> Self {
        self.read = self.read.with_revisions(revisions);
        self
    }

    /// Applies `MI001` with `rules` instead of the ISC-TF defaults.
    #[must_use]
    pub fn with_rules(mut self, rules: RuleConfig) -> Self {
        self.rule_set = self.rule_set.with_config::<MutualInterest>(&rules);
        self.rules = rules;
        self
    }

    /// Applies every rule with the parameters of `rules`.
    #[must_use]
    pub fn with_rule_set(mut self, rules: RuleSet) -> Self {
        self.rules = rules.config::<MutualInterest>();
        self.rule_set = rules;
        self
    }

    /// Reads a rule file (TOML, one table per rule id: `[MI001]`, `[MI002]`); keys it leaves
    /// out keep their defaults, and an unknown rule id or key is an error.
    pub fn with_rules_file(self, path: &Path) -> Result<Self> {
        let text = read_config(path)?;
        let rules = RuleSet::from_toml(&text)
            .map_err(|source| Error::Rules { path: path.to_owned(), source })?;
        Ok(self.with_rule_set(rules))
    }

    /// `MI001`'s parameters in use.
    pub fn rules(&self) -> &RuleConfig {
        &self.rules
    }

    /// Every rule's parameters in use.
    pub fn rule_set(&self) -> &RuleSet {
        &self.rule_set
    }

    /// The calendar in use.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon.as_ref().unwrap_or_else(|| Lexicon::shipped())
    }
}
