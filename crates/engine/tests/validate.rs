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

// Shapes (wrong types, missing and unknown fields) are covered in detail in tests/decode.rs;
// these are the cases a reader meets most.

#[test]
fn wrong_type_names_the_path_and_what_was_expected() {
    let err = load_edited(|v| v["drafts"][1]["clauses"][2]["text"] = json!(42)).unwrap_err();
    assert_eq!(
        problems(Err(err.clone())),
        [r#"drafts[1] "second" › clauses[2] "s3" › text: expected a text or null, found 42"#]
    );
    assert_eq!(
        err.to_string(),
        r#"the clause set has a problem: drafts[1] "second" › clauses[2] "s3" › text: expected a text or null, found 42"#
    );
}

#[test]
fn missing_field_is_named() {
    let p = problems(load_edited(|v| {
        v["drafts"][0].as_object_mut().unwrap().remove("author");
    }));
    assert_eq!(p, [r#"drafts[0] "first" › author: is missing"#]);
}

#[test]
fn missing_clause_text_asks_for_the_wording_or_a_note() {
    let p = problems(load_edited(|v| {
        v["drafts"][0]["clauses"][1]
            .as_object_mut()
            .unwrap()
            .remove("text");
    }));
    assert_eq!(
        p,
        [
            r#"drafts[0] "first" › clauses[1] "f2" › text: is missing: give the wording, or, if it was never reported, "text": null with a note such as "uncertain": "Wording not reported""#
        ]
    );
}

#[test]
fn a_misspelt_field_is_reported_as_missing_and_warned_about() {
    // Fields the format does not define are ignored with a warning; a typo in a required
    // field also surfaces as the field it should have been.
    let (result, warnings) = check_edited(|v| {
        let clause = v["drafts"][0]["clauses"][0].as_object_mut().unwrap();
        let text = clause.remove("text").unwrap();
        clause.insert("txt".into(), text);
    });
    let p = problems(result);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with(r#"drafts[0] "first" › clauses[0] "f1" › text: is missing"#),
        "{p:?}"
    );
    assert_eq!(
        warnings,
        [
            r#"drafts[0] "first" › clauses[0] "f1" › "txt": unknown field, ignored (did you mean "text"?)"#
        ]
    );
}

#[test]
fn unknown_stance_is_rejected() {
    let p = problems(load_edited(|v| {
        v["positions"][0]["stance"] = json!("maybe")
    }));
    assert_eq!(
        p,
        [
            r#"positions[0] › stance: expected a stance (supports, opposes, conditional, proposed or unclear), found the text "maybe""#
        ]
    );
}

#[test]
fn several_problems_read_as_a_headline_and_a_list() {
    let err = load_edited(|v| {
        v["drafts"][1]["clauses"][2]["text"] = json!(42);
        v["positions"][1]["uncertain"] = json!(5);
    })
    .unwrap_err();
    assert_eq!(err.headline(), "the clause set has 2 problems");
    let listed: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        listed,
        [
            r#"drafts[1] "second" › clauses[2] "s3" › text: expected a text or null, found 42"#,
            "positions[1] › uncertain: expected true, false or a note, found 5",
        ]
    );
    assert_eq!(
        err.to_string(),
        format!(
            "the clause set has 2 problems: {}; {}",
            listed[0], listed[1]
        )
    );
}

#[test]
fn not_json_is_its_own_error_with_a_position() {
    let err = load("{ \"format\": ").unwrap_err();
    let DataError::NotJson(e) = &err else {
        panic!("{err:?}")
    };
    // Twelve characters, then the end: the value was expected at column 13.
    assert_eq!((e.line, e.column), (1, 13));
    assert_eq!(
        err.headline(),
        "the file is not JSON: the data ends where a value was expected at line 1, column 13"
    );
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
            r#"drafts[0] "first" › sources[0] › url: "data:text/html,<b>x</b>" is not a web link (http:// or https:// and a host)"#,
            r#"drafts[1] "second" › sources[0] › url: "https://ok.example/ with space" is not a web link (http:// or https:// and a host)"#,
            r#"positions[2] › sources[0] › url: "javascript:alert(1)" is not a web link (http:// or https:// and a host)"#,
        ]
    );
}

#[test]
fn a_position_without_a_source_is_a_warning() {
    for empty in [true, false] {
        let (result, warnings) = check_edited(|v| {
            let p = v["positions"][0].as_object_mut().unwrap();
            if empty {
                p.insert("sources".into(), json!([]));
            } else {
                p.remove("sources");
            }
        });
        assert!(result.unwrap().positions[0].sources.is_empty());
        assert_eq!(
            warnings,
            [r#"positions[0] › sources: no source given: readers will see "no source given""#]
        );
    }
    // A source without a link is a source: no warning.
    let (result, warnings) =
        check_edited(|v| v["positions"][0]["sources"] = json!([{"title": "Minutes"}]));
    assert_eq!(result.unwrap().positions[0].sources[0].url, None);
    assert!(warnings.is_empty(), "{warnings:?}");
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
        p.contains(&r#"updated: "1 Dec 2025" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day"#.to_string()),
        "{p:#?}"
    );
    assert!(
        p.contains(
            &r#"drafts[0] "first" › date: "2025-13-01" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day"#
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
        r#"the clause set has a problem: drafts[1] "second" › clauses[1] "s2" › topic: unknown topic "nope""#
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

// ----- Links -----

#[test]
fn web_links_table() {
    let cases: &[(&str, bool)] = &[
        ("https://example.org/a?b#c", true),
        ("http://localhost:8080/x", true),
        ("HTTPS://EXAMPLE.ORG", true),
        ("Http://example.org", true),
        ("https://[::1]/", true),
        ("https://user@host.example/p", true),
        ("https://münchen.example/", true),
        ("https://example.org/<script>", true),
        ("https://", false),
        ("http://", false),
        ("https:///path", false),
        ("https://?q", false),
        ("https://#frag", false),
        ("https://@", false),
        (" javascript:alert(1)", false),
        ("javascript:alert(1)", false),
        ("JaVaScRiPt:x", false),
        ("http://exa mple.org", false),
        ("https://example.org/a b", false),
        ("https://example.org/\u{7f}", false),
        ("https://example.org\n", false),
        (" https://example.org", false),
        ("ftp://example.org", false),
        ("//example.org", false),
        ("example.org", false),
        ("data:text/html,<b>x</b>", false),
        ("https:example.org", false),
        ("https://-example.org", false),
        ("https://exa<mple.org", false),
    ];
    for &(url, ok) in cases {
        let (result, _) = check_edited(|v| v["positions"][2]["sources"][0]["url"] = json!(url));
        if ok {
            let set = result.unwrap_or_else(|e| panic!("{url:?}: {e}"));
            assert_eq!(set.positions[2].sources[0].url.as_deref(), Some(url));
        } else {
            let shown: String = url
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            assert_eq!(
                problems(result),
                [format!(
                    "positions[2] › sources[0] › url: \"{shown}\" is not a web link (http:// or https:// and a host)"
                )],
                "{url:?}"
            );
        }
    }
}

#[test]
fn http_and_https_links_to_a_non_ascii_host_are_treated_alike() {
    for url in [
        "https://ñ.example/",
        "http://ñ.example/",
        "http://日本.example/",
    ] {
        let (result, _) = check_edited(|v| v["positions"][2]["sources"][0]["url"] = json!(url));
        assert!(result.is_ok(), "{url}: {result:?}");
    }
}

#[test]
fn an_overlong_link_is_refused_with_the_limit() {
    let url = format!("https://example.org/{}", "a".repeat(2_000));
    let p = problems(load_edited(|v| {
        v["drafts"][0]["sources"][0]["url"] = json!(url)
    }));
    assert_eq!(
        p,
        [r#"drafts[0] "first" › sources[0] › url: is longer than 2000 characters"#]
    );
}

// ----- Unknown wording -----

#[test]
fn a_clause_without_text_needs_a_note() {
    let missing = r#"drafts[0] "first" › clauses[1] "f2" › text: is missing: give the wording, or, if it was never reported, "text": null with a note such as "uncertain": "Wording not reported""#;
    // (text, uncertain) as JSON; None is "left out".
    type Case<'a> = (
        Option<serde_json::Value>,
        Option<serde_json::Value>,
        Result<(), &'a str>,
    );
    let cases: &[Case] = &[
        (Some(json!(null)), None, Err(missing)),
        (None, None, Err(missing)),
        (Some(json!(null)), Some(json!(false)), Err(missing)),
        (Some(json!(null)), Some(json!(true)), Err(missing)),
        (None, Some(json!("")), Err(missing)),
        (
            Some(json!(null)),
            Some(json!("   ")),
            Err(r#"drafts[0] "first" › clauses[1] "f2" › uncertain: is empty"#),
        ),
        (
            Some(json!(null)),
            Some(json!("Wording not reported")),
            Ok(()),
        ),
        (
            None,
            Some(json!("Wording not reported: outlets only say it exists.")),
            Ok(()),
        ),
        (
            Some(json!("")),
            Some(json!("Wording not reported")),
            Err(r#"drafts[0] "first" › clauses[1] "f2" › text: is empty"#),
        ),
    ];
    for (text, uncertain, want) in cases {
        let (result, _) = check_edited(|v| {
            let c = v["drafts"][0]["clauses"][1].as_object_mut().unwrap();
            c.remove("text");
            if let Some(t) = text {
                c.insert("text".into(), t.clone());
            }
            if let Some(u) = uncertain {
                c.insert("uncertain".into(), u.clone());
            }
        });
        match want {
            Ok(()) => {
                let set = result.unwrap_or_else(|e| panic!("{text:?} {uncertain:?}: {e}"));
                let c = &set.drafts[0].clauses[1];
                assert_eq!(c.text, None);
                assert_eq!(
                    c.uncertain.as_ref(),
                    uncertain
                        .as_ref()
                        .and_then(|u| u.as_str())
                        .map(String::from)
                        .as_ref()
                );
            }
            Err(message) => assert_eq!(problems(result), [*message], "{text:?} {uncertain:?}"),
        }
    }
}

// ----- The class exercise: the smallest sets people actually write -----

const CLASS: &str = r#"{
  "$schema": "https://example.org/clausewise-1.schema.json",
  "format": "clausewise/1",
  "title": "Class 7B charter, first and second draft",
  "drafts": [
    { "id": "first", "title": "First draft", "date": "2026-02", "author": "Class 7B",
      "clauses": [
        { "id": "f1", "number": 1, "text": "Phones stay in bags during lessons." },
        { "id": "f2", "number": 2, "text": "Homework is due on Fridays." }
      ] },
    { "id": "second", "title": "Second draft", "date": "2026-03-10", "author": "Class 7B and Ms Okafor",
      "clauses": [
        { "id": "s1", "number": 1, "text": "Phones stay in bags during lessons unless a teacher asks for them." },
        { "id": "s2", "number": 2, "text": "Homework is due on Fridays.", "uncertain": false }
      ] }
  ]
}"#;

#[test]
fn the_smallest_documented_set_is_valid_without_warnings() {
    let (result, warnings) = check(CLASS);
    let set = result.unwrap_or_else(|e| panic!("{e}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(set.parties.is_empty() && set.topics.is_empty() && set.positions.is_empty());
    assert_eq!(set.drafts[0].date, "2026-02");
    assert_eq!(
        clausewise_engine::date::human(&set.drafts[0].date),
        "February 2026"
    );
    assert_eq!(set.drafts[0].clauses[1].number, "2");
    assert_eq!(set.drafts[1].clauses[1].uncertain, None);
    assert_eq!(set.note, None);
    assert_eq!(set.updated, None);
    let cmp = clausewise_engine::compare::compare(&set, "first", "second").unwrap();
    assert_eq!((cmp.counts.changed, cmp.counts.kept), (1, 1));
}

#[test]
fn the_class_exercise_with_positions_is_valid_with_one_warning_per_unsourced_position() {
    let mut v: serde_json::Value = serde_json::from_str(CLASS).unwrap();
    v["note"] = json!("Written by the class; the teacher's changes are marked.");
    v["updated"] = json!("2026-03");
    v["drafts"][0]["uncertain"] = json!(false);
    v["parties"] =
        json!([{ "id": "class", "name": "Class 7B" }, { "id": "teacher", "name": "Ms Okafor" }]);
    v["positions"] = json!([
        { "party": "class", "stance": "supports", "summary": "Voted for it.", "date": "2026-02",
          "draft": "first", "sources": [{ "title": "Class minutes, February" }] },
        { "party": "teacher", "stance": "conditional", "summary": "Wants an exception for lessons that need phones.",
          "date": "2026-03-01", "draft": "first" },
        { "party": "teacher", "stance": "proposed", "summary": "Proposed the second draft.",
          "date": "2026", "draft": "second", "uncertain": false, "sources": [] },
        { "party": "class", "stance": "unclear", "summary": "Has not voted on the set as a whole.",
          "date": "2026-03-10", "uncertain": "Only one pupil asked." }
    ]);
    let (result, warnings) = check(&v.to_string());
    let set = result.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        warnings,
        [
            r#"positions[1] › sources: no source given: readers will see "no source given""#,
            r#"positions[2] › sources: no source given: readers will see "no source given""#,
            r#"positions[3] › sources: no source given: readers will see "no source given""#,
        ]
    );
    assert_eq!(set.positions[0].sources[0].url, None);
    assert!(set.positions.iter().all(|p| p.topic.is_none()));
    assert_eq!(
        set.note.as_deref(),
        Some("Written by the class; the teacher's changes are marked.")
    );
    assert_eq!(set.drafts[0].uncertain, None);
}

#[test]
fn the_full_documented_example_is_valid() {
    // docs/clause-set-format.md's full example, with its placeholder links filled in.
    let text = r##"{
  "format": "clausewise/1",
  "title": "2025 Russia–Ukraine peace framework",
  "description": "Reported drafts of the framework, compared clause by clause.",
  "updated": "2026-11-24",
  "note": "Texts are short summaries, in our own words, of what news outlets reported; none is an official text.",
  "parties": [{ "id": "ua", "name": "Ukraine", "color": "#1f5fbf" }],
  "topics":  [{ "id": "army-size", "label": "Size of Ukraine's armed forces" }],
  "drafts": [{
    "id": "us-28", "title": "US 28-point plan", "date": "2025-11-20",
    "author": "United States (Witkoff–Dmitriev talks)",
    "note": "Leaked; never published officially.",
    "sources": [{ "title": "Kyiv Independent, 20 Nov 2025", "url": "https://kyivindependent.com/x" }],
    "clauses": [{
      "id": "us-28-6", "number": "6", "topic": "army-size",
      "text": "Ukraine's armed forces are capped at 600,000.",
      "uncertain": "Current strength estimates vary between 800,000 and 900,000."
    }, {
      "id": "us-28-15", "number": "15", "text": null,
      "uncertain": "Wording not reported: outlets say the point exists but did not quote it."
    }]
  }],
  "positions": [{
    "party": "ua", "topic": "army-size", "draft": "us-28", "stance": "opposes",
    "summary": "Argued in Geneva that 600,000 is too few.",
    "date": "2025-11-25",
    "text": "Ukraine's armed forces number 800,000 in peacetime.",
    "sources": [{ "title": "A report", "url": "https://example.org/r" }]
  }, {
    "party": "ua", "draft": "us-28", "stance": "conditional",
    "summary": "Called the plan a starting point that needs changes.", "date": "2025-11",
    "sources": [{ "title": "Press conference transcript (printed)" }]
  }]
}"##;
    let (result, warnings) = check(text);
    let set = result.unwrap_or_else(|e| panic!("{e}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(set.drafts[0].clauses[1].text, None);
    assert_eq!(set.positions[1].topic, None);
    assert_eq!(set.positions[1].draft.as_deref(), Some("us-28"));
}

// ----- Text is text -----

#[test]
fn html_looking_text_is_accepted_everywhere_and_kept_exactly() {
    let fields = [
        "/title",
        "/description",
        "/note",
        "/parties/0/name",
        "/topics/0/label",
        "/drafts/0/title",
        "/drafts/0/author",
        "/drafts/0/note",
        "/drafts/0/uncertain",
        "/drafts/0/sources/0/title",
        "/drafts/0/clauses/0/text",
        "/drafts/0/clauses/0/number",
        "/drafts/0/clauses/0/uncertain",
        "/positions/0/summary",
        "/positions/0/text",
        "/positions/0/uncertain",
        "/positions/0/sources/0/title",
    ];
    let texts = [
        "<https://fsf.org/>",
        "a < b",
        "a > b & c",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "&lt;b&gt;",
        "</textarea>",
        "<!-- x -->",
        "\"><svg/onload=alert(1)>",
    ];
    for field in fields {
        for t in texts {
            let mut v: serde_json::Value = serde_json::from_str(SMALL).unwrap();
            let (parent, key) = field.rsplit_once('/').unwrap();
            v.pointer_mut(parent)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .insert(key.into(), json!(t));
            let (result, warnings) = check(&v.to_string());
            let set = result.unwrap_or_else(|e| panic!("{field} = {t}: {e}"));
            assert!(warnings.is_empty(), "{warnings:?}");
            // Read the field back through the canonical writer.
            let back: serde_json::Value =
                serde_json::from_str(&clausewise_engine::model::to_json(&set)).unwrap();
            assert_eq!(back.pointer(field), Some(&json!(t)), "{field}");
        }
    }
}
