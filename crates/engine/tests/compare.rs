//! The comparison a reader sees: counts, positions per row, disagreement, proposals.

mod common;
use clausewise_engine::align::Status;
use clausewise_engine::compare::{Counts, compare, parties_disagree, positions_for, proposal_diff};
use clausewise_engine::diff::{new_text, old_text};
use common::small;

#[test]
fn counts_add_up_to_the_rows() {
    let set = small();
    let cmp = compare(&set, "first", "second").unwrap();
    assert_eq!(
        cmp.counts,
        Counts {
            kept: 1,
            changed: 1,
            added: 1,
            removed: 1,
            moved: 1,
            unreported: 0,
        }
    );
    assert_eq!(cmp.counts.total(), cmp.rows.len());
}

#[test]
fn swapping_drafts_swaps_added_and_removed() {
    let set = small();
    let there = compare(&set, "first", "second").unwrap().counts;
    let back = compare(&set, "second", "first").unwrap().counts;
    assert_eq!((back.added, back.removed), (there.removed, there.added));
    assert_eq!(back.kept, there.kept);
}

#[test]
fn unknown_draft_gives_no_comparison() {
    assert!(compare(&small(), "first", "nope").is_none());
}

#[test]
fn rows_carry_labels_and_diffs() {
    let set = small();
    let cmp = compare(&set, "first", "second").unwrap();
    let army = cmp.rows.iter().find(|r| r.key == "army").unwrap();
    assert_eq!(army.label, "Army size");
    assert_eq!(army.status, Status::Changed);
    assert_eq!(
        clausewise_engine::diff::old_text(&army.diff),
        "The army is capped at 600,000 soldiers."
    );
    assert_eq!(
        clausewise_engine::diff::new_text(&army.diff),
        "The army numbers 800,000 soldiers in peacetime."
    );
}

#[test]
fn positions_follow_the_parties_that_are_on() {
    let set = small();
    let on = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(positions_for(&set, "army", "first", "second", &on(&[])).is_empty());
    let both = positions_for(&set, "army", "first", "second", &on(&["south", "north"]));
    // Party order of the file, not the order they were switched on.
    assert_eq!(
        both.iter().map(|p| p.party.as_str()).collect::<Vec<_>>(),
        ["north", "south"]
    );
    assert!(parties_disagree(&both));
    let south = positions_for(&set, "army", "first", "second", &on(&["south"]));
    assert!(!parties_disagree(&south));
}

#[test]
fn a_position_about_another_draft_is_not_shown() {
    let set = small();
    // North's army position names the first draft; comparing second with itself hides it.
    let on = vec!["north".to_string()];
    assert!(positions_for(&set, "army", "second", "second", &on).is_empty());
    assert_eq!(positions_for(&set, "army", "first", "second", &on).len(), 1);
}

#[test]
fn proposals_are_read_against_the_draft_they_name() {
    let set = small();
    let cmp = compare(&set, "first", "second").unwrap();
    let army = cmp.rows.iter().find(|r| r.key == "army").unwrap();
    let north = &set.positions[0];
    assert_eq!(
        old_text(proposal_diff(&set, army, north).unwrap()),
        "The army is capped at 600,000 soldiers."
    );
    assert_eq!(
        new_text(proposal_diff(&set, army, north).unwrap()),
        "The army is capped at 800,000 soldiers."
    );
    // South proposed no wording: nothing to diff.
    assert!(proposal_diff(&set, army, &set.positions[1]).is_none());
}

#[test]
fn each_party_counts_the_positions_this_comparison_can_show() {
    let set = small();
    // North's only position names the first draft; South's two name none.
    assert_eq!(
        compare(&set, "first", "second")
            .unwrap()
            .positions_per_party,
        [1, 2]
    );
    assert_eq!(
        compare(&set, "second", "second")
            .unwrap()
            .positions_per_party,
        [0, 2]
    );
}
