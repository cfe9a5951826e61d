//! The reducer: what each reader action does to the state, and when nothing changes.

mod common;
use clausewise_engine::state::Action;
use common::loaded;

#[test]
fn loading_picks_first_and_last_drafts() {
    let s = loaded();
    assert_eq!((s.left.as_str(), s.right.as_str()), ("first", "second"));
    assert!(s.parties.is_empty());
}

#[test]
fn swap_and_set() {
    let s = loaded().apply(Action::Swap).unwrap();
    assert_eq!((s.left.as_str(), s.right.as_str()), ("second", "first"));
    let s = s.apply(Action::SetRight("second".into())).unwrap();
    assert_eq!(s.right, "second");
}

#[test]
fn unknown_or_unchanged_choices_change_nothing() {
    let s = loaded();
    assert_eq!(s.apply(Action::SetLeft("nope".into())), None);
    assert_eq!(s.apply(Action::SetLeft("first".into())), None);
    assert_eq!(s.apply(Action::ToggleParty("west".into())), None);
}

#[test]
fn parties_toggle_in_file_order() {
    let s = loaded().apply(Action::ToggleParty("south".into())).unwrap();
    let s = s.apply(Action::ToggleParty("north".into())).unwrap();
    assert_eq!(s.parties, ["north", "south"]);
    let s = s.apply(Action::ToggleParty("south".into())).unwrap();
    assert_eq!(s.parties, ["north"]);
}

#[test]
fn a_failed_load_keeps_what_was_shown() {
    let s = loaded().apply(Action::Loading("x.json".into())).unwrap();
    assert_eq!(s.loading.as_deref(), Some("x.json"));
    let s = s
        .apply(Action::LoadFailed("broken".to_string().into()))
        .unwrap();
    assert_eq!(s.alert.as_ref().map(|a| a.message.as_str()), Some("broken"));
    assert!(s.set.is_some());
    assert_eq!(s.left, "first");
    assert_eq!(s.loading, None);
    let s = s.apply(Action::DismissAlert).unwrap();
    assert_eq!(s.alert, None);
}

#[test]
fn a_new_set_keeps_choices_that_still_apply() {
    let s = loaded().apply(Action::ToggleParty("north".into())).unwrap();
    let s = s.apply(Action::Loaded(common::small().into())).unwrap_or(s);
    assert_eq!(s.parties, ["north"]);
}

#[test]
fn a_failed_load_shows_the_headline_and_every_problem() {
    use clausewise_engine::state::Alert;
    let err = common::load_edited(|v| {
        v["drafts"][0]["date"] = serde_json::json!("2025-02-30");
        v["positions"][0]["party"] = serde_json::json!("west");
    })
    .unwrap_err();
    let alert = Alert {
        message: err.headline(),
        details: err.problems().iter().map(|p| p.to_string()).collect(),
        ..Alert::default()
    };
    let s = loaded().apply(Action::LoadFailed(alert)).unwrap();
    let shown = s.alert.expect("an alert");
    assert_eq!(shown.message, "the clause set has 2 problems");
    assert_eq!(
        shown.details,
        [
            r#"drafts[0] "first" › date: "2025-02-30" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day"#,
            r#"positions[0] › party: unknown party "west""#,
        ]
    );
    // The set on screen stays.
    assert!(s.set.is_some());
}

#[test]
fn fold_status_filter_and_opened_runs() {
    use clausewise_engine::align::Status;
    let s = loaded();
    let folded = s.apply(Action::ToggleChanges).unwrap();
    assert!(folded.filter.changes);
    assert!(!folded.apply(Action::ToggleChanges).unwrap().filter.changes);
    // A count pressed filters; pressed again shows every row; another count switches.
    let only = folded.apply(Action::FilterStatus(Status::Changed)).unwrap();
    assert_eq!(only.filter.status, Some(Status::Changed));
    assert_eq!(
        only.apply(Action::FilterStatus(Status::Changed))
            .unwrap()
            .filter
            .status,
        None
    );
    let added = only.apply(Action::FilterStatus(Status::Added)).unwrap();
    assert_eq!(added.filter.status, Some(Status::Added));
    // The filter comes from the address too, and goes with it.
    let from_hash = s
        .apply(Action::FromHash(
            "#left=first&right=second&show=changes&status=kept".into(),
        ))
        .unwrap();
    assert!(from_hash.filter.changes);
    assert_eq!(from_hash.filter.status, Some(Status::Kept));
    let cleared = from_hash
        .apply(Action::FromHash("#left=first&right=second".into()))
        .unwrap();
    assert_eq!(cleared.filter, Default::default());
    let opened = folded.apply(Action::OpenKept("k1".into())).unwrap();
    assert_eq!(opened.opened, ["k1"]);
}

#[test]
fn a_search_is_trimmed_and_show_every_row_ends_it_with_the_other_filters() {
    use clausewise_engine::align::Status;
    let s = loaded().apply(Action::Search("  army  ".into())).unwrap();
    assert_eq!(s.filter.query, "army");
    // The same words again change nothing (no re-render).
    assert_eq!(s.apply(Action::Search("army ".into())), None);
    let s = s.apply(Action::FilterStatus(Status::Changed)).unwrap();
    let s = s.apply(Action::AllTopics).unwrap();
    assert!(s.filter.query.is_empty() && s.filter.status.is_none());
    // Rows made so far only grow, and a newly loaded set starts again.
    let s = s.apply(Action::Made(84)).unwrap();
    assert_eq!(s.apply(Action::Made(24)), None);
    let set = s.set.clone().unwrap();
    assert_eq!(s.apply(Action::Loaded(set)).unwrap().made, 0);
}
