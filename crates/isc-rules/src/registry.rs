//! The registry of rules and the rule file keyed by rule id.
//!
//! Every rule the analysis can run is one line of [`REGISTRY`]. A rule file holds one table per
//! rule id (`[MI001]`, `[MI002]`) with that rule's parameters; an id the registry does not
//! know, or a key its rule does not read, is refused with a message naming both.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize as _, Serialize};

use crate::error::{Error, Result};
use crate::mapping::Mapping;
use crate::mutual_interest::MutualInterest;
use crate::{Findings, Rule};

/// A rule the registry can build from its table of a rule file.
pub trait Configured: Rule + Sized + 'static {
    /// The rule's stable id, the name of its table in a rule file.
    const ID: &'static str;
    /// One line saying what the rule finds.
    const DESCRIPTION: &'static str;
    /// Its parameters; every key has a default.
    type Config: Serialize + DeserializeOwned + Default + Clone;
    /// Checks values out of their range: the message names the key and what it expected.
    fn check(config: &Self::Config) -> std::result::Result<(), String>;
    /// The rule with `config`.
    fn with_config(config: Self::Config) -> Self;
}

/// One rule of the registry: its id, its description, and how to build it from its table.
#[derive(Clone, Copy)]
pub struct Registration {
    id: &'static str,
    description: &'static str,
    build: fn(&toml::Table) -> Result<Box<dyn Rule>>,
    build_set: fn(&toml::Table) -> Box<dyn Rule>,
    parameters: fn(&toml::Table) -> String,
}

impl std::fmt::Debug for Registration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registration").field("id", &self.id).finish_non_exhaustive()
    }
}

impl Registration {
    /// The registration of rule `R`.
    pub const fn of<R: Configured>() -> Registration {
        Registration {
            id: R::ID,
            description: R::DESCRIPTION,
            build: build::<R>,
            build_set: build_set::<R>,
            parameters: parameters::<R>,
        }
    }

    /// The rule's id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// What the rule finds.
    pub fn description(&self) -> &'static str {
        self.description
    }
}

/// Every rule, in the order they run and are listed: one line per rule.
pub static REGISTRY: [Registration; 2] =
    [Registration::of::<MutualInterest>(), Registration::of::<Mapping>()];

/// Every rule the analysis can run, in order.
pub fn registry() -> &'static [Registration] {
    &REGISTRY
}

/// Reads rule `R`'s parameters from its table, keys left out keeping their defaults.
fn read<R: Configured>(table: &toml::Table) -> Result<R::Config> {
    let fail = |message: String| Error::Rule { id: R::ID.to_owned(), message };
    let config = R::Config::deserialize(toml::Value::Table(table.clone()))
        .map_err(|e| fail(e.to_string().trim_end().to_owned()))?;
    R::check(&config).map_err(fail)?;
    Ok(config)
}

fn build<R: Configured>(table: &toml::Table) -> Result<Box<dyn Rule>> {
    Ok(Box::new(R::with_config(read::<R>(table)?)))
}

/// Rule `R`'s parameters as a rule set holds them: a table read from a file was checked then,
/// and one set through [`RuleSet::with_config`] is taken as the caller gave it.
fn stored<R: Configured>(table: &toml::Table) -> R::Config {
    R::Config::deserialize(toml::Value::Table(table.clone())).unwrap_or_default()
}

fn build_set<R: Configured>(table: &toml::Table) -> Box<dyn Rule> {
    Box::new(R::with_config(stored::<R>(table)))
}

fn parameters<R: Configured>(table: &toml::Table) -> String {
    toml::to_string(&stored::<R>(table)).unwrap_or_default()
}

/// The rules' parameters as a rule file gives them: one table per rule id, checked when read.
///
/// ```
/// use isc_rules::{MutualInterest, RuleSet};
///
/// let rules = RuleSet::from_toml("[MI001]\nmin_sectors = 2\n[MI002]\ngroup_citations = true\n")?;
/// assert_eq!(rules.config::<MutualInterest>().min_sectors, 2);
/// assert_eq!(rules.build().len(), 2);
/// assert!(RuleSet::from_toml("[MI999]\n").unwrap_err().to_string().contains("MI999"));
/// # Ok::<(), isc_rules::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleSet {
    /// The tables the file gave, by rule id; a rule without one has its defaults.
    tables: BTreeMap<String, toml::Table>,
}

impl RuleSet {
    /// Reads a rule file: one table per rule id; keys a table leaves out keep their defaults.
    pub fn from_toml(text: &str) -> Result<RuleSet> {
        let file: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| Error::Syntax(e.to_string().trim_end().to_owned()))?;
        let known = || registry().iter().map(|r| format!("[{}]", r.id)).collect::<Vec<_>>();
        let mut tables = BTreeMap::new();
        for (key, value) in file {
            let toml::Value::Table(table) = value else {
                return Err(Error::Invalid(format!(
                    "`{key}` is not a rule table: a rule file holds one table per rule id ({})",
                    known().join(", ")
                )));
            };
            let Some(registration) = registry().iter().find(|r| r.id == key) else {
                return Err(Error::UnknownRule { id: key, known: known().join(", ") });
            };
            (registration.build)(&table)?;
            tables.insert(key, table);
        }
        Ok(RuleSet { tables })
    }

    /// Sets rule `R`'s parameters, as given (a rule file's are checked when read).
    #[must_use]
    pub fn with_config<R: Configured>(mut self, config: &R::Config) -> RuleSet {
        let table = toml::Table::try_from(config)
            .expect("a rule's parameters serialize to a TOML table of their keys");
        self.tables.insert(R::ID.to_owned(), table);
        self
    }

    /// Rule `R`'s parameters.
    pub fn config<R: Configured>(&self) -> R::Config {
        self.tables.get(R::ID).map(stored::<R>).unwrap_or_default()
    }

    /// Every registered rule, with its parameters, in the registry's order.
    pub fn build(&self) -> Vec<Box<dyn Rule>> {
        let empty = toml::Table::new();
        registry().iter().map(|r| (r.build_set)(self.tables.get(r.id).unwrap_or(&empty))).collect()
    }

    /// Every registered rule with its description and its parameters, as a rule file.
    pub fn to_toml(&self) -> String {
        let empty = toml::Table::new();
        let mut res = String::from(
            "# The rules isc applies, each with its parameters; this text is a rule file (--rules).\n",
        );
        for r in registry() {
            let table = self.tables.get(r.id).unwrap_or(&empty);
            let parameters = (r.parameters)(table);
            res.push_str(&format!("\n# {}: {}\n[{}]\n{parameters}", r.id, r.description, r.id));
        }
        res
    }
}

/// Runs every rule of `rules` that has something to read in `graph`, in order, and returns
/// the ids of those that ran.
pub fn run_all(
    rules: &[Box<dyn Rule>],
    acc: &mut Findings,
    graph: &isc_graph::ResolutionGraph,
) -> Vec<&'static str> {
    let mut ran = Vec::new();
    for rule in rules.iter().filter(|r| r.applies(graph)) {
        rule.run(acc, graph);
        ran.push(rule.id());
    }
    ran
}

#[cfg(test)]
mod tests;
