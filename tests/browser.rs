//! Components mounted in headless Chromium: what a reader sees change when they act.
#![cfg(target_arch = "wasm32")]

use clausewise::app::{App, AppProps};
use clausewise::load::read;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

const SMALL: &str = include_str!("../crates/engine/tests/fixtures/small.json");

/// Mounts the app on a fresh element (not the runner's #output) with `json` as its data.
async fn mount(json: &str) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let set = read(json, "fixture").expect("fixture parses");
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
        Some("changed")
    );
    // The fewest words marked: "soldiers" survives the edit and stays unmarked.
    assert_eq!(text(&army, ".side-left del"), "is capped at 600,000");
    assert_eq!(text(&army, ".side-right ins"), "numbers 800,000");
    assert!(!text(&army, ".side-left del").contains("soldiers"));
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
            .all(|r| r.get_attribute("data-status").as_deref() == Some("kept"))
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
fn a_bad_set_is_worded_for_the_reader_with_each_problem_and_its_place() {
    // One problem: named in the sentence itself.
    let bad = SMALL.replace(r#""stance": "supports""#, r#""stance": "maybe""#);
    let alert = read(&bad, "my-set.json").expect_err("a wrong stance is refused");
    assert!(alert.message.contains("my-set.json"), "{}", alert.message);
    assert!(
        alert.message.contains(r#"positions[1] › stance: expected a stance (supports, opposes, conditional, proposed or unclear), found the text "maybe""#),
        "{}",
        alert.message
    );
    // Several: each listed with its path, in the order `clausewise check` prints them.
    let bad = SMALL
        .replace(
            r#""uncertain": "Outlets disagree on whether the line is frozen.""#,
            r#""uncertain": 5"#,
        )
        .replace(r#""stance": "supports""#, r#""stance": "maybe""#)
        .replace(r#""topic": "monitoring""#, r#""topic": "monitor""#);
    let alert = read(&bad, "x.json").expect_err("a wrong type is refused");
    assert!(alert.message.contains("2 problems"), "{}", alert.message);
    assert_eq!(
        alert.details,
        vec![
            r#"drafts[0] "first" › clauses[3] "f4" › uncertain: expected true, false or a note, found 5"#.to_string(),
            r#"positions[1] › stance: expected a stance (supports, opposes, conditional, proposed or unclear), found the text "maybe""#.to_string(),
        ],
        "shape problems come first; meaning (the unknown topic) is checked once the shape is right"
    );
    // Not JSON: where it breaks.
    let alert = read("{\"format\": ", "x.json").expect_err("not JSON");
    assert!(
        alert.message.contains("line 1, column 12"),
        "{}",
        alert.message
    );
}

#[wasm_bindgen_test]
async fn a_friendly_class_set_loads_with_unsourced_marks_and_month_dates() {
    let set = r#"{"format": "clausewise/1", "title": "Class charter",
      "parties": [{"id": "pupils", "name": "Pupils"}],
      "drafts": [
        {"id": "a", "title": "First", "date": "2026-02", "author": "Class 7B",
         "clauses": [{"id": "a1", "number": 1, "text": "Phones stay in bags.", "uncertain": false}]},
        {"id": "b", "title": "Second", "date": "2026", "author": "Class 7B",
         "clauses": [{"id": "b1", "number": 1, "text": "Phones stay in bags in lessons."},
                     {"id": "b2", "number": 2, "text": null, "uncertain": "Wording not reported"}]}],
      "positions": [{"party": "pupils", "draft": "b", "stance": "supports", "date": "2026-03",
                     "summary": "Voted for it.", "sources": [{"title": "Student council minutes"}]},
                    {"party": "pupils", "draft": "a", "stance": "opposes", "date": "2026-02",
                     "summary": "Too strict."}]}"#;
    let root = mount(set).await;
    assert!(
        text(&root, ".draft-heads").contains("February 2026"),
        "month dates are shown as written"
    );
    click(&root, "input.party-toggle[value=pupils]").await;
    let heads = text(&root, ".draft-heads");
    assert!(
        heads.contains("Voted for it."),
        "a whole-draft position shows under its draft: {heads}"
    );
    assert!(
        heads.contains("Student council minutes"),
        "a source without a link is shown by title"
    );
    assert!(
        heads.contains("No source given"),
        "an unsourced position is marked: {heads}"
    );
}
