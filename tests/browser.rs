//! Components mounted in headless Chromium: what a reader sees change when they act.
#![cfg(target_arch = "wasm32")]

use clausewise::app::{App, AppProps};
use clausewise::load::parse;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

const SMALL: &str = include_str!("fixtures/small.json");

/// Mounts the app on a fresh element (not the runner's #output) with `json` as its data.
async fn mount(json: &str) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let set = parse(json).expect("fixture parses");
    let props = AppProps {
        data_url: None,
        preset: Some(set.into()),
        ..Default::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

async fn choose(root: &Element, select: &str, value: &str) {
    let el: HtmlSelectElement = one(root, select).dyn_into().unwrap();
    el.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

async fn click(root: &Element, selector: &str) {
    one(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn shows_one_row_per_topic_with_marked_changes() {
    let root = mount(SMALL).await;
    let topics: Vec<String> = all(&root, "#rows .row")
        .iter()
        .map(|r| r.get_attribute("data-topic").unwrap())
        .collect();
    assert_eq!(topics, ["border", "army", "trade", "amnesty", "monitoring"]);
    let army = one(&root, ".row[data-topic=army]");
    assert_eq!(
        army.get_attribute("data-status").as_deref(),
        Some("modified")
    );
    assert_eq!(
        text(&army, ".side-left del"),
        "is capped at 600,000 soldiers"
    );
    assert!(text(&army, ".side-right").contains("800,000"));
    assert_eq!(
        one(&root, "#summary")
            .get_attribute("data-removed")
            .as_deref(),
        Some("1")
    );
    assert!(
        text(&root, "#summary").contains("1 moved"),
        "{}",
        text(&root, "#summary")
    );
}

#[wasm_bindgen_test]
async fn toggling_a_party_shows_and_hides_its_positions() {
    let root = mount(SMALL).await;
    assert!(all(&root, ".position").is_empty());
    click(&root, "input.party-toggle[value=north]").await;
    let shown = all(&root, ".position");
    assert_eq!(shown.len(), 1);
    assert_eq!(
        shown[0].get_attribute("data-party").as_deref(),
        Some("north")
    );
    assert_eq!(
        shown[0].get_attribute("data-stance").as_deref(),
        Some("opposes")
    );
    assert!(
        shown[0]
            .text_content()
            .unwrap()
            .contains("Says 600,000 is too few.")
    );
    // Proposed wording is read against the clause it would replace.
    assert_eq!(text(&shown[0], ".proposed ins"), "800,000");
    assert_eq!(
        one(&shown[0], "a.source").get_attribute("href").as_deref(),
        Some("https://example.org/n1")
    );

    click(&root, "input.party-toggle[value=south]").await;
    assert_eq!(all(&root, ".position").len(), 3);
    // North opposes and South supports the army clause: the row says so.
    let army = one(&root, ".row[data-topic=army]");
    assert_eq!(army.get_attribute("data-disagree").as_deref(), Some("true"));
    assert!(text(&army, ".disagree-flag").contains("Parties disagree"));
    assert!(
        one(&root, ".row[data-topic=border]")
            .get_attribute("data-disagree")
            .is_none()
    );

    click(&root, "input.party-toggle[value=north]").await;
    assert!(all(&root, ".position[data-party=north]").is_empty());
    assert_eq!(all(&root, ".position[data-party=south]").len(), 2);
    assert!(
        !one(&root, "input.party-toggle[value=north]")
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .checked()
    );
}

#[wasm_bindgen_test]
async fn switching_and_swapping_drafts_changes_the_comparison() {
    let root = mount(SMALL).await;
    choose(&root, "#left-draft", "second").await;
    // A draft against itself: everything kept, nothing marked.
    assert!(
        all(&root, "#rows .row")
            .iter()
            .all(|r| r.get_attribute("data-status").as_deref() == Some("unchanged"))
    );
    assert!(
        all(&root, "ins, del")
            .iter()
            .all(|e| e.closest("#legend").unwrap().is_some())
    );

    choose(&root, "#left-draft", "first").await;
    click(&root, "#swap-drafts").await;
    let left: HtmlSelectElement = one(&root, "#left-draft").dyn_into().unwrap();
    assert_eq!(left.value(), "second");
    // Swapped: what was removed is now added.
    assert_eq!(
        one(&root, ".row[data-topic=amnesty]")
            .get_attribute("data-status")
            .as_deref(),
        Some("added")
    );
    assert_eq!(
        one(&root, "#summary")
            .get_attribute("data-added")
            .as_deref(),
        Some("1")
    );
}

#[wasm_bindgen_test]
async fn uncertain_facts_are_visible() {
    let root = mount(SMALL).await;
    let border = one(&root, ".row[data-topic=border]");
    assert!(text(&border, ".side-left .uncertain").contains("Outlets disagree"));
}

#[wasm_bindgen_test]
async fn markup_in_data_is_shown_as_text() {
    let hostile = SMALL
        .replace("Small test set", "<img src=x onerror=alert(1)>Set")
        .replace(
            "Trade resumes after signing.",
            "<b>Trade</b> <script>alert(1)</script>resumes.",
        );
    let root = mount(&hostile).await;
    assert!(text(&root, "h1").starts_with("<img src=x"));
    assert!(root.query_selector("img, script, b").unwrap().is_none());
    assert!(text(&root, ".row[data-topic=trade]").contains("<b>Trade</b>"));
}

#[wasm_bindgen_test]
fn parse_names_json_and_size_problems() {
    use clausewise::model::DataError;
    let Err(DataError::NotJson { detail }) = parse("{\"format\": ") else {
        panic!("expected NotJson")
    };
    assert!(!detail.is_empty());
    let huge = format!("\"{}\"", "x".repeat(2_000_001));
    assert!(matches!(parse(&huge), Err(DataError::TooLarge { .. })));
    let Err(DataError::Shape { path, .. }) = parse(r#"{"format": 1}"#) else {
        panic!("expected Shape")
    };
    assert_eq!(path, "format");
}

#[track_caller]
fn shape_error(json: &str) -> (String, String) {
    match parse(json) {
        Err(clausewise::model::DataError::Shape { path, detail }) => (path, detail),
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn shape_errors_name_the_path_down_to_the_field() {
    // A wrong type in the third clause of the second draft.
    let (path, detail) = shape_error(&SMALL.replace(
        r#""id": "s3", "number": "3", "topic": "trade", "text": "Trade resumes after signing.""#,
        r#""id": "s3", "number": "3", "topic": "trade", "text": 42"#,
    ));
    assert_eq!(path, "drafts[1].clauses[2].text");
    assert!(detail.contains("expected a string"), "{detail}");

    // A missing field: the path stops at the item and the message names the field.
    let (path, detail) =
        shape_error(&SMALL.replace(r#""id": "f3", "number": "3", "#, r#""id": "f3", "#));
    assert_eq!(path, "drafts[0].clauses[2]", "{detail}");
    assert!(detail.contains("missing field `number`"), "{detail}");

    // A wrong type deep down: a source title that is a list.
    let (path, detail) = shape_error(&SMALL.replace(
        r#""title": "South ministry", "url": "https://example.org/s2""#,
        r#""title": ["South ministry"], "url": "https://example.org/s2""#,
    ));
    assert_eq!(path, "positions[2].sources[0].title");
    assert!(detail.contains("expected a string"), "{detail}");

    // A stance that does not exist, and a wrong type at the top.
    let (path, _) = shape_error(&SMALL.replace(r#""stance": "supports""#, r#""stance": "maybe""#));
    assert_eq!(path, "positions[1].stance");
    let (path, _) = shape_error(r#"{"format": 1}"#);
    assert_eq!(path, "format");
}
