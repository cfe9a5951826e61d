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
    // The format lets a position go without a source, or cite one that is not on the web;
    // the shipped set holds itself to more: every position cites a web page.
    for (i, p) in set.positions.iter().enumerate() {
        assert!(!p.sources.is_empty(), "positions[{i}] has no source");
        assert!(
            p.sources.iter().all(|s| s.url.is_some()),
            "positions[{i}] has a source without a link"
        );
    }
    for party in ["ua", "ru", "us", "eu"] {
        assert!(
            set.positions.iter().filter(|p| p.party == party).count() >= 5,
            "{party}"
        );
    }
}

#[test]
fn the_shipped_set_loads_without_a_single_warning() {
    let checked = clausewise_engine::check(SHIPPED);
    assert!(checked.result.is_ok());
    assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
}

#[test]
fn the_shipped_set_says_how_its_texts_were_written() {
    let set = shipped();
    let note = set.note.as_deref().expect("a set-level note");
    assert!(!note.trim().is_empty());
    assert!(note.contains("summar"), "{note}");
}

/// The E3 points whose wording was never reported.
fn unreported_e3(
    set: &clausewise_engine::validate::ValidClauseSet,
) -> Vec<&clausewise_engine::model::Clause> {
    set.draft("e3")
        .unwrap()
        .clauses
        .iter()
        .filter(|c| c.text.is_none())
        .collect()
}

#[test]
fn e3_points_with_unknown_wording_have_no_text_and_say_so() {
    let set = shipped();
    let unknown = unreported_e3(&set);
    let ids: Vec<&str> = unknown.iter().map(|c| c.id.as_str()).collect();
    assert!(ids.contains(&"e3-15") && ids.contains(&"e3-28"), "{ids:?}");
    for c in &unknown {
        let note = c.uncertain.as_deref().unwrap_or("");
        assert!(
            note.starts_with("Wording not reported"),
            "{}: {note:?}",
            c.id
        );
    }
    // And the other way round: a note saying the wording is unknown goes with no text.
    for c in set.drafts.iter().flat_map(|d| &d.clauses) {
        if c.uncertain
            .as_deref()
            .is_some_and(|n| n.starts_with("Wording not reported"))
        {
            assert_eq!(c.text, None, "{}", c.id);
        }
    }
    // Only the E3 draft has unknown wording.
    for d in set.drafts.iter().filter(|d| d.id != "e3") {
        assert!(d.clauses.iter().all(|c| c.text.is_some()), "{}", d.id);
    }
}

#[test]
fn us_28_to_e3_reports_the_unknown_wording_as_unreported() {
    let set = shipped();
    let cmp = compare(&set, "us-28", "e3").unwrap();
    let us_topics: Vec<&str> = set
        .draft("us-28")
        .unwrap()
        .clauses
        .iter()
        .filter_map(|c| c.topic.as_deref())
        .collect();
    let mut shared: Vec<&str> = unreported_e3(&set)
        .iter()
        .filter_map(|c| c.topic.as_deref())
        .filter(|t| us_topics.contains(t))
        .collect();
    shared.sort();
    shared.dedup();
    assert!(shared.len() >= 5, "{shared:?}");
    for t in &shared {
        let row = cmp
            .rows
            .iter()
            .find(|r| r.topic.as_deref() == Some(*t))
            .unwrap();
        assert_eq!(row.status, Status::Unreported, "{t}");
        assert!(row.diff.is_empty(), "{t}");
    }
    assert_eq!(cmp.counts.unreported, shared.len());
    assert_eq!(cmp.counts.total(), cmp.rows.len());
    // The same the other way round.
    let back = compare(&set, "e3", "us-28").unwrap();
    assert_eq!(back.counts.unreported, shared.len());
}

#[test]
fn russia_has_a_position_on_the_whole_us_draft() {
    let set = shipped();
    let ru = vec!["ru".to_string()];
    let whole = clausewise_engine::compare::whole_draft_positions(&set, Some("us-28"), &ru);
    assert!(!whole.is_empty());
    assert!(whole.iter().all(|p| p.party == "ru" && p.topic.is_none()));
    // Counted among the positions a us-28 comparison can show for Russia.
    let ru_index = set.parties.iter().position(|p| p.id == "ru").unwrap();
    let cmp = compare(&set, "us-28", "e3").unwrap();
    let on_rows: usize = cmp
        .rows
        .iter()
        .filter_map(|r| r.topic.as_deref())
        .map(|t| clausewise_engine::compare::positions_for(&set, t, "us-28", "e3", &ru).len())
        .sum();
    let on_drafts = whole.len()
        + clausewise_engine::compare::whole_draft_positions(&set, Some("e3"), &ru).len()
        + clausewise_engine::compare::whole_draft_positions(&set, None, &ru).len();
    assert_eq!(cmp.positions_per_party[ru_index], on_rows + on_drafts);
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
