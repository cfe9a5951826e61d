//! Publishing checks (`review`): dates that contradict their draft, one address with two
//! titles, broken-looking addresses, an `updated` older than the content.

mod common;
use clausewise_engine::model::{ClauseSet, Draft, Position, Source};
use clausewise_engine::review::review;
use common::rng::{Rng, cases};

fn set_with(draft_date: &str, position_date: &str) -> ClauseSet {
    ClauseSet {
        drafts: vec![Draft {
            id: "d1".into(),
            title: "Draft".into(),
            date: draft_date.into(),
            clauses: common::clauses("c", &[(None, "text")]),
            ..Default::default()
        }],
        positions: vec![Position {
            party: "p".into(),
            summary: "said so".into(),
            date: position_date.into(),
            draft: Some("d1".into()),
            ..Default::default()
        }],
        ..Default::default()
    }
}

fn ymd(r: &mut Rng) -> (u32, u32, u32) {
    (
        2024 + r.below(3) as u32,
        1 + r.below(12) as u32,
        1 + r.below(28) as u32,
    )
}

fn write(d: (u32, u32, u32), parts: usize) -> String {
    match parts {
        1 => format!("{:04}", d.0),
        2 => format!("{:04}-{:02}", d.0, d.1),
        _ => format!("{:04}-{:02}-{:02}", d.0, d.1, d.2),
    }
}

#[test]
fn a_position_is_flagged_exactly_when_it_is_surely_dated_before_its_draft() {
    let mut r = Rng::new(11);
    for _ in 0..cases(500) {
        let (dd, pd) = (ymd(&mut r), ymd(&mut r));
        let (dp, pp) = (r.range(1, 3), r.range(1, 3));
        let warnings = review(&set_with(&write(dd, dp), &write(pd, pp)));
        // Surely before: the position's last possible day precedes the draft's first.
        let last = |d: (u32, u32, u32), p| match p {
            1 => (d.0, 12, 31),
            2 => (d.0, d.1, 31),
            _ => d,
        };
        let first = |d: (u32, u32, u32), p| match p {
            1 => (d.0, 1, 1),
            2 => (d.0, d.1, 1),
            _ => d,
        };
        let expected = last(pd, pp) < first(dd, dp);
        let flagged = warnings.iter().any(|w| w.location == "positions[0] › date");
        assert_eq!(
            flagged, expected,
            "draft {dd:?}/{dp}, position {pd:?}/{pp}: {warnings:?}"
        );
    }
}

#[test]
fn one_address_with_two_titles_is_flagged_at_the_second_naming_the_first() {
    let mut set = set_with("2025-11-20", "2025-11-21");
    let src = |t: &str, u: &str| Source {
        title: t.into(),
        url: Some(u.into()),
    };
    set.drafts[0].sources = vec![src("Reuters: the plan", "https://www.reuters.com/a")];
    set.positions[0].sources = vec![src("AP: something else", "https://www.reuters.com/a")];
    let w = review(&set);
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].location, "positions[0] › sources[0] › title");
    assert!(
        w[0].message.contains("drafts[0] \"d1\" › sources[0]"),
        "{}",
        w[0].message
    );
    // The same title twice is fine.
    set.positions[0].sources = vec![src("Reuters: the plan", "https://www.reuters.com/a")];
    assert!(review(&set).is_empty());
}

#[test]
fn an_empty_path_segment_is_flagged() {
    let mut set = set_with("2025-11-20", "2025-11-21");
    set.positions[0].sources = vec![Source {
        title: "x".into(),
        url: Some("https://www.collector.com.tr//965151175".into()),
    }];
    let w = review(&set);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].message.contains("empty path segment"));
}

#[test]
fn updated_before_the_latest_item_is_flagged() {
    let mut set = set_with("2025-11-20", "2026-01");
    set.updated = Some("2025-12-31".into());
    let w = review(&set);
    assert!(
        w.iter()
            .any(|w| w.location == "updated" && w.message.contains("2026-01")),
        "{w:?}"
    );
    set.updated = Some("2026-01-15".into());
    assert!(
        review(&set).is_empty(),
        "a day inside the latest month may be the day it was checked"
    );
}
