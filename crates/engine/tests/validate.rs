//! Loading and validating clause sets: every kind of error names what is wrong and where.

mod common;
use clausewise_engine::model::DataError;
use common::*;
use serde_json::json;

#[test]
fn small_fixture_is_valid() {
    let set = small();
    assert_eq!(set.drafts.len(), 2);
    assert_eq!(set.positions.len(), 3);
}

// Shape errors: natively serde_json reports them with a line and column; in the browser
// `load::locate` adds the path (`drafts[1].clauses[2].text`), tested in tests/browser.rs.

#[test]
fn wrong_type_is_a_shape_error() {
    let err = load_edited(|v| v["drafts"][1]["clauses"][2]["text"] = json!(42)).unwrap_err();
    let DataError::Shape { detail, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(detail.contains("expected a string"), "{detail}");
    assert!(
        err.to_string()
            .starts_with("the file is not a clause set: invalid type"),
        "{err}"
    );
}

#[test]
fn missing_field_is_named() {
    let err = load_edited(|v| {
        v["drafts"][0]["clauses"][1]
            .as_object_mut()
            .unwrap()
            .remove("text");
    })
    .unwrap_err();
    let DataError::Shape { detail, .. } = err else {
        panic!()
    };
    assert!(detail.contains("missing field `text`"), "{detail}");
}

#[test]
fn a_misspelt_field_is_reported_as_missing() {
    // Fields the format does not define are ignored by the decoder (as serde-wasm-bindgen
    // does in the browser); tools/check_data.py rejects them before publishing. A typo in
    // a required field still surfaces, as the field it should have been.
    let err = load_edited(|v| {
        let clause = v["drafts"][0]["clauses"][0].as_object_mut().unwrap();
        let text = clause.remove("text").unwrap();
        clause.insert("txt".into(), text);
    })
    .unwrap_err();
    let DataError::Shape { detail, .. } = err else {
        panic!()
    };
    assert!(detail.contains("missing field `text`"), "{detail}");
}

#[test]
fn unknown_stance_is_rejected() {
    let err = load_edited(|v| v["positions"][0]["stance"] = json!("maybe")).unwrap_err();
    let DataError::Shape { detail, .. } = err else {
        panic!()
    };
    assert!(detail.contains("unknown variant `maybe`"), "{detail}");
}

#[test]
fn shape_errors_with_a_path_read_well() {
    let err = DataError::Shape {
        path: "drafts[1].clauses[2].text".into(),
        detail: "invalid type: integer `42`, expected a string".into(),
    };
    assert_eq!(
        err.to_string(),
        "the file is not a clause set: at drafts[1].clauses[2].text: invalid type: integer `42`, expected a string"
    );
}

#[test]
fn not_json_is_not_a_shape_error() {
    // The browser's JSON.parse reports this one; natively serde_json does, at a position.
    let err = load("{ \"format\": ").unwrap_err();
    assert!(matches!(err, DataError::Shape { .. }), "{err:?}");
}

#[test]
fn wrong_format_tag() {
    let p = problems(load_edited(|v| v["format"] = json!("clausewise/9")));
    assert_eq!(
        p,
        vec!["format: is \"clausewise/9\"; expected \"clausewise/1\""]
    );
}

#[test]
fn unknown_topic_names_draft_clause_and_field() {
    let p = problems(load_edited(|v| {
        v["drafts"][1]["clauses"][1]["topic"] = json!("army-sise")
    }));
    assert_eq!(
        p,
        vec![r#"drafts[1] "second" › clauses[1] "s2" › topic: unknown topic "army-sise""#]
    );
}

#[test]
fn unknown_party_topic_and_draft_in_positions() {
    let p = problems(load_edited(|v| {
        v["positions"][1]["party"] = json!("west");
        v["positions"][1]["topic"] = json!("fishing");
        v["positions"][1]["draft"] = json!("third");
    }));
    assert_eq!(
        p,
        vec![
            r#"positions[1] › party: unknown party "west""#,
            r#"positions[1] › topic: unknown topic "fishing""#,
            r#"positions[1] › draft: unknown draft "third""#,
        ]
    );
}

#[test]
fn duplicate_ids_point_at_both_places() {
    let p = problems(load_edited(|v| {
        v["drafts"][1]["clauses"][0]["id"] = json!("f2");
        v["topics"][1]["id"] = json!("army");
        v["drafts"][1]["id"] = json!("first");
    }));
    assert!(
        p.contains(
            &r#"topics[1] "army": duplicate topic id "army" (first used at topics[0] "army")"#
                .to_string()
        ),
        "{p:#?}"
    );
    assert!(
        p.contains(
            &r#"drafts[1] "first": duplicate draft id "first" (first used at drafts[0] "first")"#
                .to_string()
        ),
        "{p:#?}"
    );
    assert!(
        p.iter().any(|s| s.contains(
            "duplicate clause id \"f2\" (first used at drafts[0] \"first\" › clauses[1] \"f2\")"
        )),
        "{p:#?}"
    );
}

#[test]
fn empty_text_is_an_error() {
    let p = problems(load_edited(|v| {
        v["drafts"][0]["clauses"][2]["text"] = json!("   ")
    }));
    assert_eq!(
        p,
        vec![r#"drafts[0] "first" › clauses[2] "f3" › text: is empty"#]
    );
}

#[test]
fn links_must_be_http() {
    let p = problems(load_edited(|v| {
        v["positions"][2]["sources"][0]["url"] = json!("javascript:alert(1)");
        v["drafts"][0]["sources"][0]["url"] = json!("data:text/html,<b>x</b>");
        v["drafts"][1]["sources"][0]["url"] = json!("https://ok.example/ with space");
    }));
    assert_eq!(
        p,
        vec![
            r#"drafts[0] "first" › sources[0] › url: "data:text/html,<b>x</b>" is not an http(s) link"#,
            r#"drafts[1] "second" › sources[0] › url: "https://ok.example/ with space" is not an http(s) link"#,
            r#"positions[2] › sources[0] › url: "javascript:alert(1)" is not an http(s) link"#,
        ]
    );
}

#[test]
fn positions_need_a_source() {
    let p = problems(load_edited(|v| v["positions"][0]["sources"] = json!([])));
    assert_eq!(
        p,
        vec!["positions[0] › sources: needs at least one source link"]
    );
}

#[test]
fn dates_ids_and_colours_are_checked() {
    let p = problems(load_edited(|v| {
        v["updated"] = json!("1 Dec 2025");
        v["drafts"][0]["date"] = json!("2025-13-01");
        v["parties"][0]["id"] = json!("North Land");
        v["parties"][1]["color"] = json!("red; background:url(x)");
    }));
    assert!(
        p.contains(&r#"updated: "1 Dec 2025" is not a date in the form YYYY-MM-DD"#.to_string()),
        "{p:#?}"
    );
    assert!(
        p.contains(
            &r#"drafts[0] "first" › date: "2025-13-01" is not a date in the form YYYY-MM-DD"#
                .to_string()
        ),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|s| s.contains("\"North Land\" is not a valid id")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|s| s.contains("color: \"red; background:url(x)\" is not a colour")),
        "{p:#?}"
    );
}

#[test]
fn sizes_beyond_limits_are_rejected() {
    let p = problems(load_edited(|v| {
        v["drafts"][0]["clauses"][0]["text"] = json!("word ".repeat(2_001));
        let many: Vec<_> = (0..301)
            .map(|i| json!({"id": format!("x{i}"), "number": "1", "text": "t"}))
            .collect();
        v["drafts"][1]["clauses"] = json!(many);
    }));
    assert!(
        p.contains(
            &r#"drafts[0] "first" › clauses[0] "f1" › text: is longer than 10000 characters"#
                .to_string()
        ),
        "{p:#?}"
    );
    assert!(
        p.contains(
            &r#"drafts[1] "second" › clauses: has 301 entries; the limit is 300"#.to_string()
        ),
        "{p:#?}"
    );
}

#[test]
fn a_flood_of_problems_is_capped() {
    let p = problems(load_edited(|v| {
        let many: Vec<_> = (0..250)
            .map(|i| json!({"id": format!("x{i}"), "number": "1", "topic": "nope", "text": "t"}))
            .collect();
        v["drafts"][1]["clauses"] = json!(many);
    }));
    assert_eq!(p.len(), 100);
}

#[test]
fn hostile_strings_are_kept_as_text() {
    // Markup in data is not an error: it is shown literally. Only links are policed.
    let set = load_edited(|v| {
        v["title"] = json!("<script>alert(1)</script>");
        v["drafts"][0]["clauses"][0]["text"] = json!("<img src=x onerror=alert(1)>");
    })
    .unwrap();
    assert_eq!(set.title, "<script>alert(1)</script>");
}

#[test]
fn long_hostile_values_are_shortened_in_messages() {
    let p = problems(load_edited(|v| {
        v["drafts"][0]["clauses"][0]["topic"] = json!("x".repeat(5000))
    }));
    assert!(p[0].len() < 200, "{}", p[0]);
}

#[test]
fn error_messages_read_as_sentences() {
    let err = load_edited(|v| v["drafts"][1]["clauses"][1]["topic"] = json!("nope")).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"the clause set has 1 problem: drafts[1] "second" › clauses[1] "s2" › topic: unknown topic "nope""#
    );
    let big = DataError::TooLarge {
        bytes: 3_000_000,
        limit: 2_000_000,
    };
    assert_eq!(
        big.to_string(),
        "the file is too large (3000000 bytes; the limit is 2000000 bytes)"
    );
}
