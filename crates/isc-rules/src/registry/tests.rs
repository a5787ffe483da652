//! The registry and the rule set: ids, listing, and parameters set by callers.

use super::*;
use crate::{MappingConfig, RuleConfig};

#[test]
fn the_registry_lists_each_rule_once_in_order() {
    let ids: Vec<&str> = registry().iter().map(Registration::id).collect();
    assert_eq!(ids, ["MI001", "MI002"]);
    let built: Vec<&str> = RuleSet::default().build().iter().map(|r| r.id()).collect();
    assert_eq!(built, ids);
}

#[test]
fn the_listing_reads_back_as_the_same_rule_set() {
    let rules = RuleSet::from_toml("[MI002]\nreasons = [\"cites\"]\n").unwrap();
    let listed = rules.to_toml();
    let back = RuleSet::from_toml(&listed).unwrap();
    assert_eq!(back.config::<Mapping>().reasons, [crate::Reason::Cites]);
    assert_eq!(back.config::<MutualInterest>(), RuleConfig::default());
    assert_eq!(
        RuleSet::from_toml(&RuleSet::default().to_toml()).unwrap().config::<Mapping>(),
        MappingConfig::default()
    );
}

#[test]
fn parameters_a_caller_sets_are_used_as_given_without_a_panic() {
    let config = RuleConfig { min_sectors: 0, ..RuleConfig::default() };
    let rules = RuleSet::default().with_config::<MutualInterest>(&config);
    assert_eq!(rules.config::<MutualInterest>().min_sectors, 0);
    assert_eq!(rules.build().len(), 2);
    assert!(rules.to_toml().contains("min_sectors = 0"));
}
