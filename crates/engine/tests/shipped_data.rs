//! The shipped default data: valid, complete, sourced, and aligned as the fact sheet says.

mod common;
use clausewise_engine::align::Status;
use clausewise_engine::compare::compare;
use common::load;

const SHIPPED: &str = include_str!("../../../static/data/peace-framework.json");

fn shipped() -> clausewise_engine::validate::ValidClauseSet {
    load(SHIPPED).unwrap_or_else(|e| panic!("shipped data is invalid: {e}"))
}

#[test]
fn shipped_data_is_valid_and_has_the_three_drafts() {
    let set = shipped();
    let ids: Vec<&str> = set.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["us-28", "e3", "ua-20"]);
    let parties: Vec<&str> = set.parties.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(parties, ["ua", "ru", "us", "eu"]);
}

fn distinct_numbers(set: &clausewise_engine::validate::ValidClauseSet, draft: &str) -> usize {
    let mut n: Vec<&str> = set
        .draft(draft)
        .unwrap()
        .clauses
        .iter()
        .map(|c| c.number.as_str())
        .collect();
    n.dedup();
    n.len()
}

#[test]
fn every_point_of_the_us_and_20_point_drafts_is_there() {
    let set = shipped();
    assert_eq!(distinct_numbers(&set, "us-28"), 28);
    assert_eq!(distinct_numbers(&set, "ua-20"), 20);
}

#[test]
fn every_clause_and_position_is_sourced_and_dated() {
    let set = shipped();
    for d in &set.drafts {
        assert!(
            !d.sources.is_empty() || d.clauses.iter().all(|c| !c.sources.is_empty()),
            "{}",
            d.id
        );
        for c in &d.clauses {
            assert!(!c.sources.is_empty(), "clause {} has no source", c.id);
        }
    }
    for p in &set.positions {
        assert!(!p.sources.is_empty());
    }
    for party in ["ua", "ru", "us", "eu"] {
        assert!(
            set.positions.iter().filter(|p| p.party == party).count() >= 5,
            "{party}"
        );
    }
}

#[test]
fn uncertain_facts_are_flagged() {
    let set = shipped();
    let flagged = set
        .drafts
        .iter()
        .flat_map(|d| &d.clauses)
        .filter(|c| c.uncertain.is_some())
        .count();
    assert!(flagged >= 5, "only {flagged} uncertain clauses");
}

#[test]
fn us_28_to_20_point_alignment_matches_the_fact_sheet() {
    let set = shipped();
    let cmp = compare(&set, "us-28", "ua-20").unwrap();
    let status = |topic: &str| {
        cmp.rows
            .iter()
            .find(|r| r.topic.as_deref() == Some(topic))
            .map(|r| r.status)
    };
    // Fact sheet §4: amnesty and the NATO points are gone; free trade is new; the army cap changed.
    assert_eq!(status("amnesty"), Some(Status::Removed));
    assert_eq!(status("nato-membership"), Some(Status::Removed));
    assert_eq!(status("us-free-trade"), Some(Status::Added));
    assert_eq!(status("army-size"), Some(Status::Changed));
    // Reconstruction was split into two points (8 and 9) but reads as one row.
    let rec = cmp
        .rows
        .iter()
        .find(|r| r.topic.as_deref() == Some("reconstruction"))
        .unwrap();
    assert_eq!(rec.right.len(), 2);
    assert_eq!(cmp.counts.total(), cmp.rows.len());
}

#[test]
fn us_28_to_e3_shows_the_european_edits() {
    let set = shipped();
    let cmp = compare(&set, "us-28", "e3").unwrap();
    let row = |t: &str| {
        cmp.rows
            .iter()
            .find(|r| r.topic.as_deref() == Some(t))
            .unwrap()
    };
    assert_eq!(row("sovereignty").status, Status::Kept);
    assert_eq!(row("nato-enlargement").status, Status::Removed);
    assert_eq!(row("army-size").status, Status::Changed);
    let added: String = row("army-size")
        .diff
        .iter()
        .filter(|s| s.kind == clausewise_engine::diff::SegmentKind::Added)
        .map(|s| s.text.as_str())
        .collect();
    assert!(added.contains("800,000"), "{added}");
}
