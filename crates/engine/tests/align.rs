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

// ---- A passage that left its section (generated) ------------------------------------

use common::rng::{Rng, cases};

/// A sentence of 10–18 words: mostly rare ones (w0…w3999), some function words.
fn sentence(rng: &mut Rng) -> Vec<String> {
    const COMMON: [&str; 8] = ["the", "of", "and", "shall", "to", "a", "this", "licence"];
    (0..rng.range(10, 18))
        .map(|_| {
            if rng.chance(35) {
                rng.pick(&COMMON).to_string()
            } else {
                format!("w{}", rng.below(4000))
            }
        })
        .collect()
}

/// The sentence with about one word in ten replaced: a light rewording.
fn reworded(rng: &mut Rng, s: &[String]) -> Vec<String> {
    s.iter()
        .map(|w| {
            if rng.chance(10) {
                format!("v{}", rng.below(4000))
            } else {
                w.clone()
            }
        })
        .collect()
}

fn text(sentences: &[Vec<String>]) -> String {
    sentences
        .iter()
        .map(|s| s.join(" ") + ".")
        .collect::<Vec<_>>()
        .join(" ")
}

fn untopiced(prefix: &str, texts: &[String]) -> Vec<clausewise_engine::model::Clause> {
    let items: Vec<(Option<&str>, &str)> = texts.iter().map(|t| (None, t.as_str())).collect();
    clauses(prefix, &items)
}

/// A left draft of untopiced sections, a right draft that rewords them lightly (about one
/// word in ten), and a new section placed far from `source` that opens with one of
/// `source`'s sentences and goes on with new words. When `keep_at_home`, the sentence
/// also stays in `source`'s new wording and the new section quotes it as it reads there;
/// else it leaves `source` for the new section, one word changed (a move). Returns (left,
/// right, source, new).
fn drafts_with_a_new_section(
    rng: &mut Rng,
    keep_at_home: bool,
) -> (Vec<String>, Vec<String>, usize, usize) {
    let n = rng.range(9, 24);
    let left: Vec<Vec<Vec<String>>> = (0..n)
        .map(|_| (0..rng.range(3, 5)).map(|_| sentence(rng)).collect())
        .collect();
    let source = rng.below(n);
    let moved = rng.below(left[source].len());
    let new_wording: Vec<Vec<Vec<String>>> = left
        .iter()
        .map(|sentences| sentences.iter().map(|s| reworded(rng, s)).collect())
        .collect();
    let mut right: Vec<String> = new_wording
        .iter()
        .enumerate()
        .map(|(i, sentences)| {
            let mut kept = sentences.clone();
            if i == source && !keep_at_home {
                kept.remove(moved);
            }
            text(&kept)
        })
        .collect();
    let opening = if keep_at_home {
        // A quotation repeats the sentence as it now reads at home.
        new_wording[source][moved].clone()
    } else {
        // A sentence that moved keeps its phrasing, but for one word.
        let mut s = left[source][moved].clone();
        let k = rng.below(s.len());
        s[k] = "changed".to_string();
        s
    };
    let mut new_section = vec![opening];
    new_section.extend((0..rng.range(3, 5)).map(|_| sentence(rng)));
    // At least a third of the draft away from its source.
    let far: Vec<usize> = (0..=n).filter(|&p| p.abs_diff(source) >= n / 3).collect();
    let at = *rng.pick(&far);
    right.insert(at, text(&new_section));
    (left.iter().map(|s| text(s)).collect(), right, source, at)
}

fn row_with_left(
    rows: &[clausewise_engine::align::Row],
    l: usize,
) -> &clausewise_engine::align::Row {
    rows.iter().find(|r| r.left.contains(&l)).unwrap()
}

#[test]
fn a_sentence_that_moved_to_a_new_distant_section_brings_it_into_its_row() {
    for case in 0..cases(200) {
        let mut rng = Rng::new(8_000 + case as u64);
        let (left, right, source, new) = drafts_with_a_new_section(&mut rng, false);
        let rows = align(&untopiced("l", &left), &untopiced("r", &right));
        let row = row_with_left(&rows, source);
        assert!(
            row.right.contains(&new),
            "case {case}: the new section {new}, which took a sentence of left {source}, is not in its row: {:?}",
            shape(&rows)
        );
        assert_ne!(row.status, Added, "case {case}");
        let mut seen: Vec<usize> = rows.iter().flat_map(|r| r.right.clone()).collect();
        seen.sort();
        assert_eq!(
            seen,
            (0..right.len()).collect::<Vec<_>>(),
            "case {case}: every right clause once"
        );
    }
}

#[test]
fn a_sentence_quoted_in_a_new_section_but_still_at_home_does_not_pair_them() {
    for case in 0..cases(200) {
        let mut rng = Rng::new(9_000 + case as u64);
        let (left, right, source, new) = drafts_with_a_new_section(&mut rng, true);
        let rows = align(&untopiced("l", &left), &untopiced("r", &right));
        let row = rows.iter().find(|r| r.right.contains(&new)).unwrap();
        assert_eq!(
            (row.status, row.left.clone()),
            (Added, vec![]),
            "case {case}: the new section {new} quotes left {source} but the sentence stayed there: {:?}",
            shape(&rows)
        );
    }
}
