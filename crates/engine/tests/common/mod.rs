//! Shared helpers for the engine's tests: load JSON exactly as every tool does.
#![allow(dead_code)]

use clausewise_engine::model::{Clause, DataError};
use clausewise_engine::state::{Action, AppState};
use clausewise_engine::validate::ValidClauseSet;

pub const SMALL: &str = include_str!("../fixtures/small.json");

pub fn load(json: &str) -> Result<ValidClauseSet, DataError> {
    clausewise_engine::load(json)
}

pub fn small() -> ValidClauseSet {
    load(SMALL).expect("the small fixture is valid")
}

/// Clauses from (topic, text) pairs; numbered and id'd in order.
pub fn clauses(prefix: &str, items: &[(Option<&str>, &str)]) -> Vec<Clause> {
    items
        .iter()
        .enumerate()
        .map(|(i, (topic, text))| Clause {
            id: format!("{prefix}{i}"),
            number: (i + 1).to_string(),
            topic: topic.map(str::to_string),
            text: Some(text.to_string()),
            sources: vec![],
            uncertain: None,
        })
        .collect()
}

/// Edits the small fixture as a JSON value, then runs the loading path on it.
pub fn load_edited(edit: impl FnOnce(&mut serde_json::Value)) -> Result<ValidClauseSet, DataError> {
    let mut v: serde_json::Value = serde_json::from_str(SMALL).unwrap();
    edit(&mut v);
    load(&v.to_string())
}

pub fn problems(result: Result<ValidClauseSet, DataError>) -> Vec<String> {
    match result {
        Err(DataError::Invalid(ps)) => ps.iter().map(|p| p.to_string()).collect(),
        other => panic!("expected validation problems, got {other:?}"),
    }
}

/// The app's state once the small fixture has loaded.
pub fn loaded() -> AppState {
    AppState::default()
        .apply(Action::Loaded(small().into()))
        .expect("loading a set changes the state")
}

pub mod minimal;
pub mod rng;
pub mod sets;

/// Runs the full loading path and returns (result, warnings as text).
pub fn check(json: &str) -> (Result<ValidClauseSet, DataError>, Vec<String>) {
    let c = clausewise_engine::check(json);
    (c.result, c.warnings.iter().map(|w| w.to_string()).collect())
}

/// Edits the small fixture as a JSON value, then runs the full loading path on it.
pub fn check_edited(
    edit: impl FnOnce(&mut serde_json::Value),
) -> (Result<ValidClauseSet, DataError>, Vec<String>) {
    let mut v: serde_json::Value = serde_json::from_str(SMALL).unwrap();
    edit(&mut v);
    check(&v.to_string())
}
