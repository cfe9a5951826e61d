//! Generated clause sets: every valid set loads as written, however it is spelt; the
//! canonical writer gives back the same set; and checking a file is stable under
//! re-serialisation, for valid sets and for sets broken at a known place.

mod common;
use clausewise_engine::decode::decode;
use clausewise_engine::json::{self, Value};
use clausewise_engine::model::{ClauseSet, DataError, to_json};
use clausewise_engine::{check, load};
use common::rng::{Rng, cases};
use common::sets::{Shape, break_set, expected_warnings, valid_set, write};

fn warnings_of(text: &str) -> Vec<String> {
    check(text).warnings.iter().map(|w| w.to_string()).collect()
}

#[test]
fn a_valid_set_loads_as_written_in_any_spelling() {
    let mut rng = Rng::new(21);
    for case in 0..cases(1500) {
        let set = valid_set(&mut rng, Shape::default());
        let text = write(&mut rng, &set);
        let checked = check(&text);
        let loaded = checked
            .result
            .unwrap_or_else(|e| panic!("case {case}: {e}\n{text}"));
        assert_eq!(*loaded, set, "case {case}\n{text}");
        let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(warnings, expected_warnings(&set), "case {case}");
    }
}

#[test]
fn to_json_gives_the_same_set_back() {
    let mut rng = Rng::new(22);
    let (mut unreported, mut url_less, mut noted) = (0, 0, 0);
    for case in 0..cases(1500) {
        let set = valid_set(&mut rng, Shape::default());
        let text = to_json(&set);
        let back = load(&text).unwrap_or_else(|e| panic!("case {case}: {e}\n{text}"));
        assert_eq!(*back, set, "case {case}\n{text}");
        // Canonical: writing what was read gives the same text.
        assert_eq!(to_json(&back), text, "case {case}");
        assert_eq!(warnings_of(&text), expected_warnings(&set), "case {case}");
        let clauses = || set.drafts.iter().flat_map(|d| &d.clauses);
        unreported += clauses().filter(|c| c.text.is_none()).count();
        url_less += clauses()
            .flat_map(|c| &c.sources)
            .filter(|s| s.url.is_none())
            .count();
        noted += clauses()
            .filter(|c| c.uncertain.as_deref() == Some(""))
            .count();
    }
    // The generator really produced the cases this property is about.
    assert!(
        unreported > 100 && url_less > 100 && noted > 100,
        "{unreported} {url_less} {noted}"
    );
}

/// True when `v` holds only what `to_json` promises: optional fields only when set.
fn only_set_fields(v: &Value, key: &str) -> Result<(), String> {
    match v {
        Value::Null if key == "text" => Ok(()),
        Value::Null => Err(format!("{key}: null")),
        Value::Bool(false) => Err(format!("{key}: false")),
        Value::Array(items) if items.is_empty() && key != "clauses" && key != "drafts" => {
            Err(format!("{key}: empty list"))
        }
        Value::Array(items) => items.iter().try_for_each(|i| only_set_fields(i, key)),
        Value::Object(fields) => {
            let mut seen: Vec<&str> = Vec::new();
            for (k, v) in fields {
                if seen.contains(&k.as_str()) {
                    return Err(format!("{k} twice"));
                }
                seen.push(k);
                only_set_fields(v, k)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[test]
fn to_json_writes_optional_fields_only_when_set_and_is_json_serde_reads() {
    let mut rng = Rng::new(23);
    for case in 0..cases(500) {
        let set = valid_set(&mut rng, Shape::default());
        let text = to_json(&set);
        let v = json::parse(&text).unwrap();
        only_set_fields(&v, "").unwrap_or_else(|e| panic!("case {case}: {e}\n{text}"));
        assert!(text.ends_with("}\n"));
        // Another reader agrees it is JSON, with the same texts in it.
        let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(theirs["title"].as_str(), Some(set.title.as_str()));
        assert_eq!(
            theirs["drafts"][0]["clauses"][0]["text"].as_str(),
            set.drafts[0].clauses[0].text.as_deref()
        );
    }
}

fn problem_strings(result: &Result<impl std::fmt::Debug, DataError>) -> Vec<String> {
    match result {
        Err(DataError::Invalid(ps)) => ps.iter().map(|p| p.to_string()).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn a_set_broken_in_one_place_gets_exactly_that_problem() {
    let mut rng = Rng::new(24);
    for case in 0..cases(1500) {
        let mut set = valid_set(&mut rng, Shape::default());
        let want = break_set(&mut rng, &mut set);
        let text = write(&mut rng, &set);
        let checked = check(&text);
        assert_eq!(
            problem_strings(&checked.result),
            vec![want.clone()],
            "case {case}\n{text}"
        );
        // Warnings are still given alongside the problem.
        let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(warnings, expected_warnings(&set), "case {case}");
    }
}

/// `check` of the canonical form of what `text` decodes to.
fn recheck(text: &str) -> clausewise_engine::Checked {
    let decoded = decode(&json::parse(text).unwrap());
    assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    check(&to_json(&decoded.set))
}

fn same_check(a: &clausewise_engine::Checked, b: &clausewise_engine::Checked) -> bool {
    a.result == b.result && a.warnings == b.warnings
}

#[test]
fn checking_is_stable_under_re_serialisation() {
    let mut rng = Rng::new(25);
    let mut broken = 0;
    for case in 0..cases(1500) {
        let mut set: ClauseSet = valid_set(&mut rng, Shape::default());
        // Break some sets, once or several times.
        if rng.chance(60) {
            for _ in 0..rng.range(1, 4) {
                break_set(&mut rng, &mut set);
            }
            broken += 1;
        }
        let text = write(&mut rng, &set);
        let first = check(&text);
        let again = recheck(&text);
        assert!(
            same_check(&first, &again),
            "case {case}\n{text}\nfirst: {:?} {:?}\nagain: {:?} {:?}",
            first.result,
            first.warnings,
            again.result,
            again.warnings
        );
    }
    assert!(broken > 500);
}

#[test]
fn many_problems_are_capped_at_a_hundred_and_stay_stable() {
    let mut rng = Rng::new(26);
    let mut set = valid_set(
        &mut rng,
        Shape {
            max_drafts: 20,
            max_clauses: 30,
            ..Shape::default()
        },
    );
    for d in &mut set.drafts {
        d.date = "2025-02-30".into();
        for c in &mut d.clauses {
            c.topic = Some("nowhere".into());
        }
    }
    let text = to_json(&set);
    let first = check(&text);
    let total = set.drafts.len() + set.drafts.iter().map(|d| d.clauses.len()).sum::<usize>();
    assert_eq!(problem_strings(&first.result).len(), total.min(100));
    assert!(same_check(&first, &recheck(&text)));
}

#[test]
fn warnings_are_capped_whether_or_not_the_set_is_valid() {
    let mut rng = Rng::new(27);
    let mut set = valid_set(
        &mut rng,
        Shape {
            max_parties: 1,
            ..Shape::default()
        },
    );
    while set.parties.is_empty() {
        set = valid_set(
            &mut rng,
            Shape {
                max_parties: 2,
                ..Shape::default()
            },
        );
    }
    let template = clausewise_engine::model::Position {
        party: set.parties[0].id.clone(),
        summary: "Said something.".into(),
        date: "2025".into(),
        ..Default::default()
    };
    set.positions = vec![template; 150];
    let valid = check(&to_json(&set));
    assert!(valid.result.is_ok());
    set.title = " ".into();
    let invalid = check(&to_json(&set));
    assert!(invalid.result.is_err());
    assert_eq!(invalid.warnings.len(), 100);
    assert_eq!(valid.warnings.len(), invalid.warnings.len());
}
