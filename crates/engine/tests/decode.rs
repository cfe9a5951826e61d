//! The shape of a clause set: every wrong type, missing field, unknown field and repeated
//! key is reported with its exact path, and decoding carries on so all are reported at once.

mod common;
use clausewise_engine::decode::decode;
use clausewise_engine::json;
use clausewise_engine::model::DataError;
use common::*;
use serde_json::Value;

/// The small fixture with the value at JSON pointer `path` set to `raw` JSON text,
/// written exactly as given (numbers keep their spelling). A missing field is added.
fn with_raw(path: &str, raw: &str) -> String {
    let mut v: Value = serde_json::from_str(SMALL).unwrap();
    let marker = Value::String("\u{1}RAW\u{1}".into());
    match v.pointer_mut(path) {
        Some(slot) => *slot = marker,
        None => {
            let (parent, key) = path.rsplit_once('/').unwrap();
            v.pointer_mut(parent)
                .and_then(Value::as_object_mut)
                .unwrap_or_else(|| panic!("no object at {parent} in the fixture"))
                .insert(key.to_string(), marker);
        }
    }
    let text = v.to_string();
    assert_eq!(text.matches("\"\\u0001RAW\\u0001\"").count(), 1);
    text.replace("\"\\u0001RAW\\u0001\"", raw)
}

/// The small fixture without the field at JSON pointer `path`.
fn without(path: &str) -> String {
    let (parent, key) = path.rsplit_once('/').unwrap();
    let mut v: Value = serde_json::from_str(SMALL).unwrap();
    let removed = v
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .and_then(|o| o.remove(key));
    assert!(removed.is_some(), "no {path} in the fixture");
    v.to_string()
}

/// The small fixture with an extra field `key` (raw JSON value) in the object at `path`.
fn with_field(path: &str, key: &str, raw: &str) -> String {
    let mut v: Value = serde_json::from_str(SMALL).unwrap();
    v.pointer_mut(path)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("no object at {path}"))
        .insert(key.to_string(), Value::String("\u{1}RAW\u{1}".into()));
    v.to_string().replace("\"\\u0001RAW\\u0001\"", raw)
}

fn problem_list(text: &str) -> Vec<String> {
    problems(clausewise_engine::load(text))
}

#[test]
fn each_wrong_type_names_its_path_and_what_was_expected() {
    let table: &[(&str, &str, &str)] = &[
        ("/title", "5", "title: expected a text, found 5"),
        ("/format", "null", "format: expected a text, found null"),
        (
            "/description",
            "[]",
            "description: expected a text or null, found a list",
        ),
        (
            "/updated",
            "2025",
            "updated: expected a text or null, found 2025",
        ),
        (
            "/parties",
            "{}",
            "parties: expected a list, found an object",
        ),
        (
            "/parties/0",
            "\"north\"",
            r#"parties[0]: expected an object, found the text "north""#,
        ),
        (
            "/parties/0/id",
            "1",
            "parties[0] › id: expected a text, found 1",
        ),
        (
            "/parties/0/color",
            "true",
            r#"parties[0] "north" › color: expected a text or null, found true"#,
        ),
        ("/topics", "false", "topics: expected a list, found false"),
        (
            "/topics/0/label",
            "false",
            r#"topics[0] "army" › label: expected a text, found false"#,
        ),
        ("/drafts", "null", "drafts: expected a list, found null"),
        ("/drafts/0", "5", "drafts[0]: expected an object, found 5"),
        (
            "/drafts/0/id",
            "5",
            "drafts[0] › id: expected a text, found 5",
        ),
        (
            "/drafts/0/date",
            "20251101",
            r#"drafts[0] "first" › date: expected a text, found 20251101"#,
        ),
        (
            "/drafts/0/author",
            "{\"name\":\"x\"}",
            r#"drafts[0] "first" › author: expected a text, found an object"#,
        ),
        (
            "/drafts/0/uncertain",
            "5",
            r#"drafts[0] "first" › uncertain: expected true, false or a note, found 5"#,
        ),
        (
            "/drafts/0/clauses",
            "{}",
            r#"drafts[0] "first" › clauses: expected a list, found an object"#,
        ),
        (
            "/drafts/0/clauses/0",
            "[]",
            r#"drafts[0] "first" › clauses[0]: expected an object, found a list"#,
        ),
        (
            "/drafts/0/clauses/0/uncertain",
            "5",
            r#"drafts[0] "first" › clauses[0] "f1" › uncertain: expected true, false or a note, found 5"#,
        ),
        (
            "/drafts/0/clauses/3/uncertain",
            "[\"a\"]",
            r#"drafts[0] "first" › clauses[3] "f4" › uncertain: expected true, false or a note, found a list"#,
        ),
        (
            "/drafts/0/clauses/0/number",
            "true",
            r#"drafts[0] "first" › clauses[0] "f1" › number: expected a number or a text such as "10c", found true"#,
        ),
        (
            "/drafts/0/clauses/0/number",
            "null",
            r#"drafts[0] "first" › clauses[0] "f1" › number: expected a number or a text such as "10c", found null"#,
        ),
        (
            "/drafts/1/clauses/2/text",
            "42",
            r#"drafts[1] "second" › clauses[2] "s3" › text: expected a text or null, found 42"#,
        ),
        (
            "/drafts/1/clauses/2/text",
            "-1.5e3",
            r#"drafts[1] "second" › clauses[2] "s3" › text: expected a text or null, found -1.5e3"#,
        ),
        (
            "/drafts/0/clauses/1/topic",
            "[\"trade\"]",
            r#"drafts[0] "first" › clauses[1] "f2" › topic: expected a text or null, found a list"#,
        ),
        (
            "/drafts/0/clauses/1/id",
            "2",
            r#"drafts[0] "first" › clauses[1] › id: expected a text, found 2"#,
        ),
        (
            "/drafts/1/sources",
            "\"x\"",
            r#"drafts[1] "second" › sources: expected a list, found the text "x""#,
        ),
        (
            "/drafts/1/sources/0",
            "1",
            r#"drafts[1] "second" › sources[0]: expected an object, found 1"#,
        ),
        (
            "/drafts/1/sources/0/url",
            "7",
            r#"drafts[1] "second" › sources[0] › url: expected a text or null, found 7"#,
        ),
        (
            "/drafts/1/sources/0/title",
            "null",
            r#"drafts[1] "second" › sources[0] › title: expected a text, found null"#,
        ),
        (
            "/positions",
            "\"none\"",
            r#"positions: expected a list, found the text "none""#,
        ),
        (
            "/positions/0/stance",
            "\"maybe\"",
            r#"positions[0] › stance: expected a stance (supports, opposes, conditional, proposed or unclear), found the text "maybe""#,
        ),
        (
            "/positions/0/stance",
            "\"Supports\"",
            r#"positions[0] › stance: expected a stance (supports, opposes, conditional, proposed or unclear), found the text "Supports""#,
        ),
        (
            "/positions/0/stance",
            "1",
            "positions[0] › stance: expected a stance (supports, opposes, conditional, proposed or unclear), found 1",
        ),
        (
            "/positions/2/uncertain",
            "{}",
            "positions[2] › uncertain: expected true, false or a note, found an object",
        ),
        (
            "/positions/2/uncertain",
            "0",
            "positions[2] › uncertain: expected true, false or a note, found 0",
        ),
        (
            "/positions/1/draft",
            "0",
            "positions[1] › draft: expected a text or null, found 0",
        ),
        (
            "/positions/1/summary",
            "true",
            "positions[1] › summary: expected a text, found true",
        ),
        (
            "/positions/1/party",
            "[]",
            "positions[1] › party: expected a text, found a list",
        ),
        (
            "/positions/0/text",
            "{}",
            "positions[0] › text: expected a text or null, found an object",
        ),
        (
            "/positions/0/sources/0/url",
            "false",
            "positions[0] › sources[0] › url: expected a text or null, found false",
        ),
    ];
    for &(path, raw, want) in table {
        let text = with_raw(path, raw);
        assert_eq!(
            problem_list(&text),
            vec![want.to_string()],
            "{path} = {raw}"
        );
    }
}

#[test]
fn the_root_must_be_an_object() {
    for (raw, found) in [
        ("[]", "a list"),
        ("5", "5"),
        ("\"x\"", "the text \"x\""),
        ("null", "null"),
    ] {
        let err = clausewise_engine::load(raw).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("the clause set has a problem: expected an object, found {found}")
        );
    }
}

#[test]
fn a_long_wrong_value_is_shortened_in_the_message() {
    let long = format!("\"{}\"", "x".repeat(5000));
    let p = problem_list(&with_raw("/positions/0/stance", &long));
    assert_eq!(p.len(), 1);
    assert!(p[0].len() < 200, "{}", p[0]);
    assert!(
        p[0].contains(&format!("found the text \"{}…\"", "x".repeat(40))),
        "{}",
        p[0]
    );
    let long_number = "1".repeat(5000);
    let p = problem_list(&with_raw("/title", &long_number));
    assert!(p[0].len() < 200, "{}", p[0]);
}

#[test]
fn every_missing_required_field_is_named() {
    let table: &[(&str, &str)] = &[
        ("/format", "format: is missing"),
        ("/title", "title: is missing"),
        ("/drafts", "drafts: is missing"),
        (
            "/parties/0/name",
            r#"parties[0] "north" › name: is missing"#,
        ),
        ("/parties/0/id", "parties[0] › id: is missing"),
        (
            "/topics/1/label",
            r#"topics[1] "trade" › label: is missing"#,
        ),
        ("/drafts/0/id", "drafts[0] › id: is missing"),
        (
            "/drafts/0/title",
            r#"drafts[0] "first" › title: is missing"#,
        ),
        ("/drafts/0/date", r#"drafts[0] "first" › date: is missing"#),
        (
            "/drafts/1/author",
            r#"drafts[1] "second" › author: is missing"#,
        ),
        (
            "/drafts/1/clauses",
            r#"drafts[1] "second" › clauses: is missing"#,
        ),
        (
            "/drafts/0/clauses/2/id",
            r#"drafts[0] "first" › clauses[2] › id: is missing"#,
        ),
        (
            "/drafts/0/clauses/2/number",
            r#"drafts[0] "first" › clauses[2] "f3" › number: is missing"#,
        ),
        (
            "/drafts/0/sources/0/title",
            r#"drafts[0] "first" › sources[0] › title: is missing"#,
        ),
        ("/positions/0/party", "positions[0] › party: is missing"),
        ("/positions/1/stance", "positions[1] › stance: is missing"),
        ("/positions/2/date", "positions[2] › date: is missing"),
        ("/positions/2/summary", "positions[2] › summary: is missing"),
        (
            "/positions/0/sources/0/title",
            "positions[0] › sources[0] › title: is missing",
        ),
    ];
    for &(path, want) in table {
        assert_eq!(
            problem_list(&without(path)),
            vec![want.to_string()],
            "{path}"
        );
    }
}

#[test]
fn optional_fields_may_be_left_out() {
    for path in [
        "/description",
        "/updated",
        "/parties/0/color",
        "/drafts/0/sources",
        "/drafts/0/clauses/0/topic",
        "/drafts/0/clauses/3/uncertain",
        "/positions/0/draft",
        "/positions/0/text",
        "/positions/0/topic",
        "/positions/2/uncertain",
        "/positions/0/sources/0/url",
        "/positions",
    ] {
        let (result, _) = check(&without(path));
        assert!(result.is_ok(), "{path}: {result:?}");
    }
    // …and `null` is the same as left out.
    for path in [
        "/description",
        "/updated",
        "/parties/0/color",
        "/drafts/0/clauses/0/topic",
        "/drafts/0/clauses/3/uncertain",
        "/positions/0/draft",
        "/positions/0/text",
        "/positions/0/topic",
        "/positions/2/uncertain",
        "/positions/0/sources/0/url",
    ] {
        let left_out = clausewise_engine::load(&without(path)).unwrap();
        let null = clausewise_engine::load(&with_raw(path, "null")).unwrap();
        assert_eq!(left_out, null, "{path}");
    }
}

#[test]
fn decoding_carries_on_and_reports_every_shape_problem_at_once() {
    let mut v: Value = serde_json::from_str(SMALL).unwrap();
    v["title"] = 1.into();
    v["drafts"][0]["clauses"][0]["uncertain"] = 5.into();
    v["drafts"][1]["clauses"][3]["text"] = Value::Bool(true);
    v["positions"][2]["stance"] = "maybe".into();
    v["positions"][0].as_object_mut().unwrap().remove("date");
    let err = clausewise_engine::load(&v.to_string()).unwrap_err();
    let p: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        p,
        [
            "title: expected a text, found 1",
            r#"drafts[0] "first" › clauses[0] "f1" › uncertain: expected true, false or a note, found 5"#,
            r#"drafts[1] "second" › clauses[3] "s4" › text: expected a text or null, found true"#,
            "positions[0] › date: is missing",
            r#"positions[2] › stance: expected a stance (supports, opposes, conditional, proposed or unclear), found the text "maybe""#,
        ]
    );
    assert_eq!(err.headline(), "the clause set has 5 problems");
    assert_eq!(
        err.to_string(),
        format!("the clause set has 5 problems: {}", p.join("; "))
    );
}

#[test]
fn a_shape_problem_is_not_reported_again_as_a_problem_of_meaning() {
    // The text is of the wrong type: that is the one problem, not also "is missing".
    let p = problem_list(&with_raw("/drafts/0/clauses/0/text", "5"));
    assert_eq!(p.len(), 1, "{p:?}");
    // A party id of the wrong type does not also make every position's party unknown.
    let p = problem_list(&with_raw("/parties/1/id", "5"));
    assert_eq!(p, ["parties[1] › id: expected a text, found 5"]);
}

#[test]
fn clause_numbers_may_be_json_numbers_kept_as_written() {
    for (raw, want) in [
        ("0", "0"),
        ("6", "6"),
        ("-3", "-3"),
        ("6.50", "6.50"),
        ("1e2", "1e2"),
        ("10", "10"),
        ("\"10c\"", "10c"),
        ("\"Article 5\"", "Article 5"),
    ] {
        let set = clausewise_engine::load(&with_raw("/drafts/0/clauses/1/number", raw))
            .unwrap_or_else(|e| panic!("{raw}: {e}"));
        assert_eq!(set.drafts[0].clauses[1].number, want);
    }
    // The decoder alone, on the documented example.
    let v = json::parse(r#"{"format":"clausewise/1","title":"t","drafts":[{"id":"d","title":"d","date":"2026","author":"a","clauses":[{"id":"c","number":6,"text":"x"}]}]}"#).unwrap();
    let d = decode(&v);
    assert!(d.problems.is_empty() && d.warnings.is_empty());
    assert_eq!(d.set.drafts[0].clauses[0].number, "6");
}

#[test]
fn uncertain_is_true_false_or_a_note() {
    for (raw, want) in [
        ("true", Some("")),
        ("false", None),
        ("null", None),
        ("\"\"", Some("")),
        // A quoted true or false is read as one, not as a note.
        ("\"false\"", None),
        ("\" FALSE \"", None),
        ("\"True\"", Some("")),
        ("\"Outlets disagree.\"", Some("Outlets disagree.")),
    ] {
        for path in [
            "/drafts/0/uncertain",
            "/drafts/0/clauses/0/uncertain",
            "/positions/0/uncertain",
        ] {
            let set = clausewise_engine::load(&with_raw(path, raw))
                .unwrap_or_else(|e| panic!("{path} = {raw}: {e}"));
            let got = match path {
                "/drafts/0/uncertain" => &set.drafts[0].uncertain,
                "/drafts/0/clauses/0/uncertain" => &set.drafts[0].clauses[0].uncertain,
                _ => &set.positions[0].uncertain,
            };
            assert_eq!(got.as_deref(), want, "{path} = {raw}");
        }
    }
}

// ----- Unknown fields: warnings, with a hint for a likely typo -----

#[test]
fn unknown_fields_are_warnings_with_a_hint() {
    let table: &[(&str, &str, &str)] = &[
        (
            "",
            "tittle",
            r#""tittle": unknown field, ignored (did you mean "title"?)"#,
        ),
        // Words of five letters or fewer get a hint only one slip away.
        ("", "titel", r#""titel": unknown field, ignored"#),
        ("", "comment", r#""comment": unknown field, ignored"#),
        (
            "",
            "position",
            r#""position": unknown field, ignored (did you mean "positions"?)"#,
        ),
        (
            "/parties/0",
            "colour",
            r#"parties[0] "north" › "colour": unknown field, ignored (did you mean "color"?)"#,
        ),
        (
            "/topics/2",
            "labl",
            r#"topics[2] "border" › "labl": unknown field, ignored (did you mean "label"?)"#,
        ),
        (
            "/drafts/0",
            "autor",
            r#"drafts[0] "first" › "autor": unknown field, ignored (did you mean "author"?)"#,
        ),
        (
            "/drafts/0",
            "$schema",
            r#"drafts[0] "first" › "$schema": unknown field, ignored"#,
        ),
        (
            "/drafts/0/clauses/0",
            "txt",
            r#"drafts[0] "first" › clauses[0] "f1" › "txt": unknown field, ignored (did you mean "text"?)"#,
        ),
        (
            "/drafts/1/clauses/1",
            "Topic",
            r#"drafts[1] "second" › clauses[1] "s2" › "Topic": unknown field, ignored (did you mean "topic"?)"#,
        ),
        (
            "/drafts/1/sources/0",
            "link",
            r#"drafts[1] "second" › sources[0] › "link": unknown field, ignored"#,
        ),
        (
            "/drafts/1/sources/0",
            "urls",
            r#"drafts[1] "second" › sources[0] › "urls": unknown field, ignored (did you mean "url"?)"#,
        ),
        (
            "/positions/1",
            "sumary",
            r#"positions[1] › "sumary": unknown field, ignored (did you mean "summary"?)"#,
        ),
        (
            "/positions/1",
            "stnace",
            r#"positions[1] › "stnace": unknown field, ignored (did you mean "stance"?)"#,
        ),
        (
            "/positions/1",
            "",
            r#"positions[1] › "": unknown field, ignored"#,
        ),
    ];
    for &(path, key, want) in table {
        let (result, warnings) = check(&with_field(path, key, "\"x\""));
        assert!(result.is_ok(), "{path} {key}: {result:?}");
        assert_eq!(warnings, vec![want.to_string()], "{path} {key}");
    }
    // `$schema` is defined at the root.
    let (result, warnings) = check(&with_field("", "$schema", "\"https://example.org/s.json\""));
    assert!(result.is_ok());
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn the_hint_names_the_nearest_field() {
    let (_, warnings) = check(&with_field("/positions/1", "dat", "\"2025-11-06\""));
    assert_eq!(
        warnings,
        [r#"positions[1] › "dat": unknown field, ignored (did you mean "date"?)"#]
    );
}

#[test]
fn a_misspelt_required_field_is_a_warning_and_a_problem() {
    let mut v: Value = serde_json::from_str(SMALL).unwrap();
    let clause = v["drafts"][0]["clauses"][0].as_object_mut().unwrap();
    let text = clause.remove("text").unwrap();
    clause.insert("txt".into(), text);
    let (result, warnings) = check(&v.to_string());
    assert_eq!(
        warnings,
        [
            r#"drafts[0] "first" › clauses[0] "f1" › "txt": unknown field, ignored (did you mean "text"?)"#
        ]
    );
    assert_eq!(
        problems(result),
        [
            r#"drafts[0] "first" › clauses[0] "f1" › text: is missing: give the wording, or, if it was never reported, "text": null with a note such as "uncertain": "Wording not reported""#
        ]
    );
}

#[test]
fn a_long_unknown_field_name_is_shortened_in_the_warning() {
    let key = "k".repeat(5000);
    let (result, warnings) = check(&with_field("/drafts/0", &key, "1"));
    assert!(result.is_ok());
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].len() < 200, "{}", warnings[0]);
}

// ----- Repeated keys -----

/// The small fixture's text with `extra` inserted right after the opening brace of the
/// first object that starts with `marker`.
fn insert_after(marker: &str, extra: &str) -> String {
    let at = SMALL.find(marker).unwrap_or_else(|| panic!("{marker}")) + 1;
    format!("{}{extra}{}", &SMALL[..at], &SMALL[at..])
}

#[test]
fn a_repeated_key_is_a_problem() {
    let cases = [
        (
            "{\n  \"format\"",
            r#""title": "Again","#,
            "title: appears twice",
        ),
        (
            "{\n  \"format\"",
            r#""drafts": [],"#,
            "drafts: appears twice",
        ),
        (
            r#"{ "id": "f2""#,
            r#""text": "Other wording.","#,
            r#"drafts[0] "first" › clauses[1] "f2" › text: appears twice"#,
        ),
        (
            r#"{ "id": "f2""#,
            r#""id": "f2","#,
            r#"drafts[0] "first" › clauses[1] "f2" › id: appears twice"#,
        ),
        (
            r#"{ "party": "south", "topic": "border""#,
            r#""stance": "opposes","#,
            "positions[2] › stance: appears twice",
        ),
        (
            r#"{ "id": "north""#,
            r##""color": "#000","##,
            r#"parties[0] "north" › color: appears twice"#,
        ),
    ];
    for (marker, extra, want) in cases {
        let text = insert_after(marker, extra);
        assert!(serde_json::from_str::<Value>(&text).is_ok(), "{text}");
        assert_eq!(problem_list(&text), vec![want.to_string()], "{extra}");
    }
}

#[test]
fn a_repeated_unknown_key_is_only_warned_about() {
    let text = insert_after(r#"{ "id": "f2""#, r#""txt": 1, "txt": 2,"#);
    let (result, warnings) = check(&text);
    assert!(result.is_ok(), "{result:?}");
    let one = r#"drafts[0] "first" › clauses[1] "f2" › "txt": unknown field, ignored (did you mean "text"?)"#;
    assert_eq!(warnings, [one, one]);
}

#[test]
fn a_long_repeated_unknown_key_is_shortened_in_the_warnings() {
    let key = "k".repeat(5000);
    let text = insert_after(r#"{ "id": "f2""#, &format!(r#""{key}": 1, "{key}": 2,"#));
    let (result, warnings) = check(&text);
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(warnings.len(), 2);
    assert!(warnings.iter().all(|w| w.len() < 200), "{warnings:?}");
}

#[test]
fn a_flood_of_unknown_fields_is_capped_and_stays_fast() {
    // 100,000 distinct unknown keys in one object: linear work, at most 100 warnings.
    let extra: String = (0..100_000).map(|i| format!(r#""x{i}": 0,"#)).collect();
    let text = insert_after(r#"{ "id": "f2""#, &extra);
    let started = std::time::Instant::now();
    let (result, warnings) = check(&text);
    assert!(result.is_ok());
    assert_eq!(warnings.len(), 100);
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

// ----- The whole path: size, JSON, shape -----

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let limit = clausewise_engine::validate::limits::FILE_BYTES;
    // Exactly at the limit: white space after a valid set is fine.
    let padded = format!("{SMALL}{}", " ".repeat(limit - SMALL.len()));
    assert_eq!(padded.len(), limit);
    assert!(clausewise_engine::load(&padded).is_ok());
    let over = format!("{padded} ");
    assert_eq!(
        clausewise_engine::load(&over).unwrap_err(),
        DataError::TooLarge {
            bytes: limit + 1,
            limit
        }
    );
    // Even when it is not JSON at all.
    let junk = "x".repeat(limit + 10);
    assert!(matches!(
        clausewise_engine::load(&junk),
        Err(DataError::TooLarge { bytes, .. }) if bytes == limit + 10
    ));
}

#[test]
fn not_json_says_where() {
    let err = clausewise_engine::load("{\n  \"format\": \"clausewise/1\",\n  \"title\" \"x\"\n}")
        .unwrap_err();
    let DataError::NotJson(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((e.line, e.column), (3, 11));
    assert_eq!(
        err.to_string(),
        "the file is not JSON: expected ':' after the field name at line 3, column 11"
    );
    assert!(err.problems().is_empty());
}

#[test]
fn a_byte_order_mark_is_fine() {
    let (result, warnings) = check(&format!("\u{feff}{SMALL}"));
    assert_eq!(result.unwrap(), small());
    assert!(warnings.is_empty());
}
