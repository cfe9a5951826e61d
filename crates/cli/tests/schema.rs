//! `static/clausewise-1.schema.json` against the data and the engine: every set the engine
//! loads passes the schema, every fixture with a shape slip fails it where the engine says,
//! and on the cases where both can judge, the schema and the engine agree.

mod common;

use common::*;
use jsonschema::Validator;
use serde_json::{Value, json};
use std::path::Path;

fn schema() -> Value {
    read_json(&schema_path())
}

fn validator() -> Validator {
    jsonschema::draft202012::new(&schema()).expect("the schema compiles")
}

/// The schema's complaints about `instance`, one line each: `POINTER: MESSAGE`.
fn schema_errors(v: &Validator, instance: &Value) -> Vec<(String, String)> {
    v.iter_errors(instance)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect()
}

fn engine_accepts(text: &str) -> bool {
    clausewise_engine::check(text).result.is_ok()
}

fn engine_problems(text: &str) -> Vec<clausewise_engine::model::Problem> {
    match clausewise_engine::check(text).result {
        Ok(_) => Vec::new(),
        Err(clausewise_engine::model::DataError::Invalid(problems)) => problems,
        Err(other) => panic!("not a clause set at all: {other}"),
    }
}

fn assert_schema_accepts(v: &Validator, path: &Path) {
    let errors = schema_errors(v, &read_json(path));
    assert!(
        errors.is_empty(),
        "{} fails the schema:\n{}",
        rel(path),
        errors
            .iter()
            .map(|(p, m)| format!("  {p}: {m}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// The schema itself

#[test]
fn schema_is_a_valid_2020_12_schema() {
    let s = schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["$id"], "clausewise-1.schema.json");
    if let Err(e) = jsonschema::meta::validate(&s) {
        panic!(
            "the schema breaks the 2020-12 meta-schema at {}: {e}",
            e.instance_path()
        );
    }
    for def in ["source", "uncertain", "date", "id", "url"] {
        assert!(s["$defs"][def].is_object(), "$defs has no {def:?}");
    }
    // A file may name the schema it follows.
    assert!(s["properties"]["$schema"].is_object());
}

/// Every property (at any depth) has a title and a description: editors show them on hover.
#[test]
fn every_property_has_a_title_and_a_description() {
    fn walk(v: &Value, at: &str, missing: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let here = format!("{at}/{k}");
                    if k == "if" {
                        // A condition, not a field a person writes: nothing to hover over.
                        continue;
                    }
                    if k == "properties" {
                        for (name, prop) in child.as_object().expect("properties is an object") {
                            for key in ["title", "description"] {
                                if prop
                                    .get(key)
                                    .and_then(Value::as_str)
                                    .is_none_or(str::is_empty)
                                {
                                    missing.push(format!("{here}/{name} has no {key}"));
                                }
                            }
                        }
                    }
                    if k == "$defs" {
                        for (name, def) in child.as_object().expect("$defs is an object") {
                            if def.get("description").and_then(Value::as_str).is_none() {
                                missing.push(format!("{here}/{name} has no description"));
                            }
                        }
                    }
                    walk(child, &here, missing);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{at}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&schema(), "", &mut missing);
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Unknown fields are warnings in the engine, so the schema must not refuse them.
#[test]
fn schema_does_not_forbid_unknown_fields() {
    fn walk(v: &Value, at: &str) {
        if let Value::Object(map) = v {
            for key in ["additionalProperties", "unevaluatedProperties"] {
                assert!(
                    map.get(key).is_none_or(|a| a != &Value::Bool(false)),
                    "{at}/{key} is false"
                );
            }
            for (k, child) in map {
                walk(child, &format!("{at}/{k}"));
            }
        }
    }
    walk(&schema(), "");
}

#[test]
fn pointer_of_turns_engine_paths_into_json_pointers() {
    assert_eq!(pointer_of(""), "");
    assert_eq!(pointer_of("title"), "/title");
    assert_eq!(
        pointer_of("drafts[0] \"first\" › clauses[1] \"first-2\" › number"),
        "/drafts/0/clauses/1/number"
    );
    assert_eq!(
        pointer_of("positions[0] › sources[0] › url"),
        "/positions/0/sources/0/url"
    );
    assert_eq!(pointer_of("positions[0] › \"txt\""), "/positions/0/txt");
}

// ---------------------------------------------------------------------------------------
// Files that must pass

#[test]
fn shipped_set_passes_the_schema() {
    assert_schema_accepts(&validator(), &shipped());
}

#[test]
fn valid_fixtures_pass_the_schema() {
    let v = validator();
    for f in sets("valid") {
        assert_schema_accepts(&v, &f);
    }
}

#[test]
fn corpus_sets_pass_the_schema() {
    let v = validator();
    for f in corpus() {
        assert_schema_accepts(&v, &f);
    }
}

/// The browser tests' fixtures that `clausewise check` accepts pass the schema too
/// (including `hostile.json`: HTML in every text is still a valid set).
#[test]
fn e2e_fixtures_the_cli_accepts_pass_the_schema() {
    let files: Vec<String> = e2e_fixtures().iter().map(|p| rel(p)).collect();
    let out = clausewise(
        std::iter::once("check".to_string())
            .chain(files)
            .chain(["--json".into()]),
    );
    let report: Value = serde_json::from_str(&stdout(&out)).expect("check --json prints JSON");
    let v = validator();
    let mut accepted = 0;
    for file in report["files"].as_array().expect("files") {
        if file["valid"] == json!(true) {
            accepted += 1;
            assert_schema_accepts(&v, &root().join(file["file"].as_str().expect("file name")));
        }
    }
    assert!(
        accepted >= 2,
        "expected at least two valid e2e fixtures, found {accepted}"
    );
}

/// Meaning errors (an unknown reference, a duplicate id, 31 February) are beyond a schema:
/// these files pass it, and only the engine refuses them.
#[test]
fn invalid_fixtures_pass_the_schema_but_not_the_engine() {
    let v = validator();
    for f in sets("invalid") {
        assert_schema_accepts(&v, &f);
        assert!(!engine_accepts(&read(&f)), "the engine accepts {}", rel(&f));
    }
}

// ---------------------------------------------------------------------------------------
// Files that must fail

/// Each shape fixture fails the schema once, at the place (or above the place) the engine names.
#[test]
fn shape_fixtures_fail_the_schema_where_the_engine_says() {
    let v = validator();
    for f in sets("shape") {
        let text = read(&f);
        let errors = schema_errors(&v, &read_json(&f));
        assert_eq!(
            errors.len(),
            1,
            "{}: one schema error expected, found {errors:?}",
            rel(&f)
        );
        let problems = engine_problems(&text);
        assert_eq!(
            problems.len(),
            1,
            "{}: one problem expected, the engine reports {problems:?}",
            rel(&f)
        );
        let engine_at = pointer_of(&problems[0].location);
        assert!(
            errors.iter().any(|(at, _)| at == &engine_at
                || at.is_empty()
                || engine_at.starts_with(&format!("{at}/"))),
            "{}: the engine says {engine_at:?}, the schema {errors:?}",
            rel(&f)
        );
    }
}

// ---------------------------------------------------------------------------------------
// The engine agrees

/// Every valid fixture (all pass the schema, see above) passes `clausewise check`, and every
/// shape fixture fails it: the real binary, exit codes 0 and 1.
#[test]
fn the_engine_agrees_with_the_schema_on_the_fixtures() {
    let v = validator();
    for f in sets("valid") {
        if v.is_valid(&read_json(&f)) {
            let out = clausewise(["check", &rel(&f)]);
            assert_eq!(out.status.code(), Some(0), "{}:\n{}", rel(&f), stdout(&out));
        }
    }
    for f in sets("shape") {
        assert!(!v.is_valid(&read_json(&f)));
        let out = clausewise(["check", &rel(&f)]);
        assert_eq!(out.status.code(), Some(1), "{}:\n{}", rel(&f), stdout(&out));
    }
}

/// A small valid set the agreement cases below each change in one place.
fn base() -> Value {
    json!({
        "format": "clausewise/1",
        "title": "Agreement cases",
        "parties": [{ "id": "north", "name": "Northland", "color": "#1f5fbf" }],
        "topics": [{ "id": "army", "label": "Army" }],
        "drafts": [{
            "id": "one", "title": "One", "date": "2025-01-01", "author": "Mediator",
            "sources": [{ "title": "Report", "url": "https://example.org/one" }],
            "clauses": [
                { "id": "one-1", "number": "1", "topic": "army", "text": "The army is capped." },
                { "id": "one-2", "number": "2", "text": "Trade resumes." }
            ]
        }],
        "positions": [{
            "party": "north", "topic": "army", "draft": "one", "stance": "supports",
            "date": "2025-01-02", "summary": "Backs the cap.",
            "sources": [{ "title": "North ministry" }]
        }]
    })
}

type Change = fn(&mut Value);

/// One-field changes of [`base`] on which the schema can judge as well as the engine, and
/// whether the result is valid. A table: one case a line.
#[rustfmt::skip]
fn single_changes() -> Vec<(&'static str, Change, bool)> {
    vec![
        ("unchanged", |_| {}, true),
        ("$schema named", |s| s["$schema"] = json!("clausewise-1.schema.json"), true),
        ("unknown field", |s| s["drafts"][0]["clauses"][0]["txt"] = json!("x"), true),
        ("description null", |s| s["description"] = Value::Null, true),
        ("updated null", |s| s["updated"] = Value::Null, true),
        ("updated a year", |s| s["updated"] = json!("2026"), true),
        ("updated a month", |s| s["updated"] = json!("2026-02"), true),
        ("updated month 00", |s| s["updated"] = json!("2026-00"), false),
        ("date one-digit month", |s| s["drafts"][0]["date"] = json!("2025-1-05"), false),
        ("date two digits", |s| s["drafts"][0]["date"] = json!("25"), false),
        ("date a number", |s| s["drafts"][0]["date"] = json!(2025), false),
        ("format 2", |s| s["format"] = json!("clausewise/2"), false),
        ("format missing", |s| drop(s.as_object_mut().unwrap().remove("format")), false),
        ("title blank", |s| s["title"] = json!("   "), false),
        ("title null", |s| s["title"] = Value::Null, false),
        ("drafts empty", |s| s["drafts"] = json!([]), false),
        ("clauses empty", |s| s["drafts"][0]["clauses"] = json!([]), false),
        ("positions null", |s| s["positions"] = Value::Null, false),
        ("topics absent", |s| {
            s.as_object_mut().unwrap().remove("topics");
            s["drafts"][0]["clauses"][0].as_object_mut().unwrap().remove("topic");
            s["positions"][0].as_object_mut().unwrap().remove("topic");
        }, true),
        ("colour #abc", |s| s["parties"][0]["color"] = json!("#abc"), true),
        ("colour #12", |s| s["parties"][0]["color"] = json!("#12"), false),
        ("colour red", |s| s["parties"][0]["color"] = json!("red"), false),
        ("colour null", |s| s["parties"][0]["color"] = Value::Null, true),
        ("party id with a space", |s| {
            s["parties"][0]["id"] = json!("north land");
            s["positions"][0]["party"] = json!("north land");
        }, false),
        ("clause topic null", |s| s["drafts"][0]["clauses"][0]["topic"] = Value::Null, true),
        ("clause number a JSON number", |s| s["drafts"][0]["clauses"][0]["number"] = json!(3), true),
        ("clause number 2.5", |s| s["drafts"][0]["clauses"][0]["number"] = json!(2.5), true),
        ("clause number empty", |s| s["drafts"][0]["clauses"][0]["number"] = json!(""), false),
        ("clause number blank", |s| s["drafts"][0]["clauses"][0]["number"] = json!("  "), false),
        ("clause number null", |s| s["drafts"][0]["clauses"][0]["number"] = Value::Null, false),
        ("clause number missing", |s| drop(s["drafts"][0]["clauses"][0].as_object_mut().unwrap().remove("number")), false),
        ("clause text null with a note", |s| {
            s["drafts"][0]["clauses"][0]["text"] = Value::Null;
            s["drafts"][0]["clauses"][0]["uncertain"] = json!("Wording not reported");
        }, true),
        ("clause text absent with a note", |s| {
            s["drafts"][0]["clauses"][0].as_object_mut().unwrap().remove("text");
            s["drafts"][0]["clauses"][0]["uncertain"] = json!("Wording not reported");
        }, true),
        ("clause text null without a note", |s| s["drafts"][0]["clauses"][0]["text"] = Value::Null, false),
        ("clause text absent without a note", |s| drop(s["drafts"][0]["clauses"][0].as_object_mut().unwrap().remove("text")), false),
        ("clause text null, uncertain true", |s| {
            s["drafts"][0]["clauses"][0]["text"] = Value::Null;
            s["drafts"][0]["clauses"][0]["uncertain"] = json!(true);
        }, false),
        ("clause text blank", |s| s["drafts"][0]["clauses"][0]["text"] = json!(" \n "), false),
        ("clause text a number", |s| s["drafts"][0]["clauses"][0]["text"] = json!(7), false),
        ("uncertain true", |s| s["drafts"][0]["clauses"][0]["uncertain"] = json!(true), true),
        ("uncertain false", |s| s["drafts"][0]["uncertain"] = json!(false), true),
        ("uncertain null", |s| s["positions"][0]["uncertain"] = Value::Null, true),
        // An empty note reads as `true` (a blank one is refused): the schema follows.
        ("uncertain empty note", |s| s["positions"][0]["uncertain"] = json!(""), true),
        ("uncertain blank note", |s| s["positions"][0]["uncertain"] = json!("  "), false),
        ("uncertain a list", |s| s["positions"][0]["uncertain"] = json!([]), false),
        ("stance capitalised", |s| s["positions"][0]["stance"] = json!("Supports"), false),
        ("stance missing", |s| drop(s["positions"][0].as_object_mut().unwrap().remove("stance")), false),
        ("position without topic or draft", |s| {
            s["positions"][0].as_object_mut().unwrap().remove("topic");
            s["positions"][0].as_object_mut().unwrap().remove("draft");
        }, true),
        ("position text null", |s| s["positions"][0]["text"] = Value::Null, true),
        ("source url null", |s| s["drafts"][0]["sources"][0]["url"] = Value::Null, true),
        ("source url upper-case scheme", |s| s["drafts"][0]["sources"][0]["url"] = json!("HTTPS://Example.org/a"), true),
        ("source url http", |s| s["drafts"][0]["sources"][0]["url"] = json!("http://example.org"), true),
        ("source url without host", |s| s["drafts"][0]["sources"][0]["url"] = json!("https:///a"), false),
        ("source url with a space", |s| s["drafts"][0]["sources"][0]["url"] = json!("https://example.org/a b"), false),
        ("source url ftp", |s| s["drafts"][0]["sources"][0]["url"] = json!("ftp://example.org/"), false),
        ("source url data:", |s| s["drafts"][0]["sources"][0]["url"] = json!("data:text/html,hi"), false),
        ("source title null", |s| s["drafts"][0]["sources"][0]["title"] = Value::Null, false),
        ("sources an object", |s| s["drafts"][0]["sources"] = json!({ "title": "x" }), false),
        ("root a list", |s| *s = json!([]), false),
    ]
}

/// Both must accept, or both refuse, each of [`single_changes`], and the limits: at the
/// limit is fine, one past it is refused.
#[test]
fn schema_and_engine_agree_on_single_changes() {
    let long = |n: usize| "x".repeat(n);
    let cases = single_changes();
    let v = validator();
    let mut disagreements = Vec::new();
    for (name, change, valid) in cases {
        let mut set = base();
        change(&mut set);
        let schema_says = v.is_valid(&set);
        let engine_says = engine_accepts(&set.to_string());
        if schema_says != valid || engine_says != valid {
            disagreements.push(format!(
                "{name}: expected {valid}, schema {schema_says}, engine {engine_says}"
            ));
        }
    }
    // Limits: at the limit is fine, one past it is refused, by both.
    let limit_cases: Vec<(String, Value, bool)> = vec![
        ("title 1000 chars".into(), json!(long(1000)), true),
        ("title 1001 chars".into(), json!(long(1001)), false),
    ]
    .into_iter()
    .map(|(n, title, ok)| {
        let mut s = base();
        s["title"] = title;
        (n, s, ok)
    })
    .chain([(10_000, true), (10_001, false)].map(|(n, ok)| {
        let mut s = base();
        s["drafts"][0]["clauses"][0]["text"] = json!("é".repeat(n));
        (format!("clause text {n} chars (2 bytes each)"), s, ok)
    }))
    .chain([(64, true), (65, false)].map(|(n, ok)| {
        let mut s = base();
        s["drafts"][0]["clauses"][1]["id"] = json!(long(n));
        (format!("clause id {n} chars"), s, ok)
    }))
    .chain([(64, true), (65, false)].map(|(n, ok)| {
        let mut s = base();
        s["drafts"][0]["clauses"][1]["number"] = json!(long(n));
        (format!("clause number {n} chars"), s, ok)
    }))
    .chain([(16, true), (17, false)].map(|(n, ok)| {
        let mut s = base();
        s["parties"] = (0..n)
            .map(|i| json!({ "id": format!("p{i}"), "name": format!("P{i}") }))
            .collect();
        s["positions"][0]["party"] = json!("p0");
        (format!("{n} parties"), s, ok)
    }))
    .chain([(20, true), (21, false)].map(|(n, ok)| {
        let mut s = base();
        s["positions"][0]["sources"] = (0..n)
            .map(|i| json!({ "title": format!("S{i}") }))
            .collect();
        (format!("{n} sources"), s, ok)
    }))
    .chain([(1000, true), (1001, false)].map(|(n, ok)| {
        let mut s = base();
        s["drafts"][0]["clauses"][0]["uncertain"] = json!(long(n));
        (format!("uncertain note {n} chars"), s, ok)
    }))
    .collect();
    for (name, set, valid) in limit_cases {
        let schema_says = v.is_valid(&set);
        let engine_says = engine_accepts(&set.to_string());
        if schema_says != valid || engine_says != valid {
            disagreements.push(format!(
                "{name}: expected {valid}, schema {schema_says}, engine {engine_says}"
            ));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
