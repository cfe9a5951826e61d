//! Clause alignment: renumbered, merged, split, moved, added, removed and untopiced clauses.

mod common;
use clausewise_engine::align::{Status, align};
use common::clauses;

/// (status, left indices, right indices) per row, for compact assertions.
fn shape(rows: &[clausewise_engine::align::Row]) -> Vec<(Status, Vec<usize>, Vec<usize>)> {
    rows.iter()
        .map(|r| (r.status, r.left.clone(), r.right.clone()))
        .collect()
}

use Status::*;

#[test]
fn renumbered_clauses_pair_by_topic() {
    let l = clauses(
        "l",
        &[
            (Some("a"), "Alpha."),
            (Some("b"), "Beta."),
            (Some("c"), "Gamma."),
        ],
    );
    // Point 1 vanished, so b and c are renumbered; same topics, same order.
    let r = clauses("r", &[(Some("b"), "Beta."), (Some("c"), "Gamma, revised.")]);
    assert_eq!(
        shape(&align(&l, &r)),
        vec![
            (Removed, vec![0], vec![]),
            (Kept, vec![1], vec![0]),
            (Changed, vec![2], vec![1])
        ]
    );
}

#[test]
fn split_point_lands_in_one_row() {
    let l = clauses(
        "l",
        &[
            (Some("money"), "Rebuild with funds."),
            (Some("vote"), "Elections."),
        ],
    );
    let r = clauses(
        "r",
        &[
            (Some("money"), "A development package."),
            (Some("money"), "Funds of $800bn."),
            (Some("vote"), "Elections."),
        ],
    );
    let rows = align(&l, &r);
    assert_eq!(
        shape(&rows),
        vec![(Changed, vec![0], vec![0, 1]), (Kept, vec![1], vec![2])]
    );
    assert_eq!(rows[0].topic.as_deref(), Some("money"));
}

#[test]
fn merged_points_land_in_one_row() {
    let l = clauses(
        "l",
        &[
            (Some("g"), "Guarantee."),
            (Some("x"), "Other."),
            (Some("g"), "Terms."),
        ],
    );
    let r = clauses(
        "r",
        &[(Some("g"), "Guarantee with terms."), (Some("x"), "Other.")],
    );
    assert_eq!(
        shape(&align(&l, &r)),
        vec![(Changed, vec![0, 2], vec![0]), (Kept, vec![1], vec![1])]
    );
}

#[test]
fn moved_clause_is_marked_moved_and_shown_where_it_now_stands() {
    let l = clauses(
        "l",
        &[
            (Some("a"), "A."),
            (Some("b"), "B."),
            (Some("c"), "C."),
            (Some("d"), "D."),
        ],
    );
    let r = clauses(
        "r",
        &[
            (Some("d"), "D."),
            (Some("a"), "A."),
            (Some("b"), "B."),
            (Some("c"), "C."),
        ],
    );
    assert_eq!(
        shape(&align(&l, &r)),
        vec![
            (Moved, vec![3], vec![0]),
            (Kept, vec![0], vec![1]),
            (Kept, vec![1], vec![2]),
            (Kept, vec![2], vec![3]),
        ]
    );
}

#[test]
fn added_and_removed_keep_their_place() {
    let l = clauses(
        "l",
        &[
            (Some("a"), "A."),
            (Some("gone"), "Amnesty."),
            (Some("b"), "B."),
        ],
    );
    let r = clauses(
        "r",
        &[
            (Some("a"), "A."),
            (Some("b"), "B."),
            (Some("new"), "Free trade."),
        ],
    );
    assert_eq!(
        shape(&align(&l, &r)),
        vec![
            (Kept, vec![0], vec![0]),
            (Removed, vec![1], vec![]),
            (Kept, vec![2], vec![1]),
            (Added, vec![], vec![2]),
        ]
    );
}

#[test]
fn untopiced_clauses_pair_by_wording() {
    let l = clauses(
        "l",
        &[
            (None, "Ukraine holds elections within 100 days of signing."),
            (None, "A full amnesty for all parties."),
        ],
    );
    let r = clauses(
        "r",
        &[
            (None, "Completely different words about fishing quotas."),
            (
                None,
                "Ukraine holds elections as soon as possible after signing.",
            ),
        ],
    );
    let rows = align(&l, &r);
    assert_eq!(
        shape(&rows),
        vec![
            (Added, vec![], vec![0]),
            (Changed, vec![0], vec![1]),
            (Removed, vec![1], vec![]),
        ]
    );
    assert!(rows[1].score.is_some_and(|s| s >= 400));
    assert_eq!(rows[1].topic, None);
}

#[test]
fn an_untopiced_clause_can_pair_with_a_topic_left_alone() {
    let l = clauses("l", &[(Some("army"), "The army is capped at 600,000.")]);
    let r = clauses(
        "r",
        &[(None, "The army is capped at 800,000 in peacetime.")],
    );
    let rows = align(&l, &r);
    assert_eq!(shape(&rows), vec![(Changed, vec![0], vec![0])]);
    assert_eq!(rows[0].topic.as_deref(), Some("army"));
}

#[test]
fn different_topics_never_pair_however_alike() {
    let l = clauses("l", &[(Some("x"), "The same words here.")]);
    let r = clauses("r", &[(Some("y"), "The same words here.")]);
    assert_eq!(
        shape(&align(&l, &r)),
        vec![(Removed, vec![0], vec![]), (Added, vec![], vec![0])]
    );
}

#[test]
fn a_draft_against_itself_is_all_kept() {
    let l = clauses(
        "l",
        &[(Some("a"), "A."), (None, "Loose."), (Some("b"), "B.")],
    );
    let rows = align(&l, &l);
    assert!(rows.iter().all(|r| r.status == Kept), "{rows:?}");
    assert_eq!(rows.len(), 3);
}

#[test]
fn a_removed_clause_follows_its_old_neighbour_even_when_that_moved() {
    let l = clauses(
        "l",
        &[
            (Some("a"), "A."),
            (Some("b"), "B."),
            (Some("gone"), "G."),
            (Some("c"), "C."),
        ],
    );
    let r = clauses(
        "r",
        &[
            (Some("c"), "C."),
            (Some("a"), "A."),
            (Some("b"), "B."),
            (Some("n"), "N."),
        ],
    );
    assert_eq!(
        shape(&align(&l, &r)),
        vec![
            (Moved, vec![3], vec![0]),
            (Kept, vec![0], vec![1]),
            (Kept, vec![1], vec![2]),
            (Removed, vec![2], vec![]),
            (Added, vec![], vec![3]),
        ]
    );
}

#[test]
fn every_clause_appears_exactly_once() {
    let l = clauses(
        "l",
        &[
            (Some("a"), "A."),
            (None, "x y z"),
            (Some("b"), "B."),
            (Some("a"), "A2."),
        ],
    );
    let r = clauses(
        "r",
        &[
            (Some("b"), "B!"),
            (None, "x y z w"),
            (Some("c"), "C."),
            (None, "q"),
        ],
    );
    let rows = align(&l, &r);
    let mut left: Vec<usize> = rows.iter().flat_map(|r| r.left.clone()).collect();
    let mut right: Vec<usize> = rows.iter().flat_map(|r| r.right.clone()).collect();
    left.sort();
    right.sort();
    assert_eq!(left, vec![0, 1, 2, 3]);
    assert_eq!(right, vec![0, 1, 2, 3]);
}
