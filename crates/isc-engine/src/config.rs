//! Engine configuration: the conference calendar and how many threads parse.

use std::path::Path;

use isc_model::Calendar;

use crate::error::{Error, Result};

/// How the engine reads texts.
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) calendar: Calendar,
    pub(crate) threads: Option<usize>,
    pub(crate) extensions: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            calendar: Calendar::default(),
            threads: None,
            extensions: vec!["txt".to_owned(), "text".to_owned()],
        }
    }
}

impl Config {
    /// The shipped calendar, all cores.
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
        let text = std::fs::read_to_string(path)
            .map_err(|source| Error::Io { path: path.to_owned(), source })?;
        let calendar = Calendar::from_toml(&text)
            .map_err(|source| Error::Config { path: path.to_owned(), source })?;
        Ok(self.with_calendar(calendar))
    }

    /// Parses with `threads` worker threads (`None`: one per core). Output does not depend on it.
    #[must_use]
    pub fn with_threads(mut self, threads: Option<usize>) -> Self {
        self.threads = threads;
        self
    }

    /// Reads files with these extensions (and files without one) when walking directories;
    /// `txt` and `text` by default. Files named directly are always read.
    #[must_use]
    pub fn with_extensions(mut self, extensions: Vec<String>) -> Self {
        self.extensions =
            extensions.into_iter().map(|e| e.trim_start_matches('.').to_lowercase()).collect();
        self
    }

    /// The calendar in use.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }
}
