//! The comparison a reader sees: counts, positions per row, disagreement, proposals.

mod common;
use clausewise_engine::align::Status;
use clausewise_engine::compare::whole_draft_positions;
use clausewise_engine::compare::{Counts, compare, parties_disagree, positions_for, proposal_diff};
use clausewise_engine::diff::SegmentKind;
use clausewise_engine::diff::{new_text, old_text};
use clausewise_engine::validate::ValidClauseSet;
use common::load_edited;
use common::rng::{Rng, cases};
use common::sets::{Shape, valid_set};
use common::{load, small};
use serde_json::json;

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

// ----- Unreported wording -----

fn unreport(v: &mut serde_json::Value, draft: usize, clause: usize) {
    let c = &mut v["drafts"][draft]["clauses"][clause];
    c["text"] = json!(null);
    c["uncertain"] = json!("Wording not reported");
}

#[test]
fn an_unreported_clause_on_a_shared_topic_is_unreported_never_kept_or_changed() {
    // Army: changed in the fixture; with the right-hand wording unknown it is unreported.
    // Trade: kept in the fixture; with the left-hand wording unknown it is unreported.
    let set = load_edited(|v| {
        unreport(v, 1, 1);
        unreport(v, 0, 1);
    })
    .unwrap();
    for (l, r) in [("first", "second"), ("second", "first")] {
        let cmp = compare(&set, l, r).unwrap();
        for topic in ["army", "trade"] {
            let row = cmp.rows.iter().find(|r| r.key == topic).unwrap();
            assert_eq!(row.status, Status::Unreported, "{topic} {l}→{r}");
            assert!(row.diff.is_empty(), "{topic}: {:?}", row.diff);
            assert_eq!((row.left.len(), row.right.len()), (1, 1));
        }
        assert_eq!(
            cmp.counts,
            Counts {
                kept: 0,
                changed: 0,
                moved: 1,
                added: 1,
                removed: 1,
                unreported: 2,
            },
            "{l}→{r}"
        );
        assert_eq!(cmp.counts.total(), cmp.rows.len());
        assert_eq!(cmp.counts.get(Status::Unreported), 2);
    }
    assert_eq!(Status::Unreported.as_str(), "unreported");
}

#[test]
fn an_unreported_clause_in_one_draft_only_is_added_or_removed() {
    // Amnesty is only in the first draft; monitoring only in the second.
    let set = load_edited(|v| {
        unreport(v, 0, 2);
        unreport(v, 1, 3);
    })
    .unwrap();
    let cmp = compare(&set, "first", "second").unwrap();
    let status = |k: &str| cmp.rows.iter().find(|r| r.key == k).unwrap().status;
    assert_eq!(status("amnesty"), Status::Removed);
    assert_eq!(status("monitoring"), Status::Added);
    assert_eq!(cmp.counts.unreported, 0);
}

#[test]
fn a_proposal_on_an_unreported_row_is_diffed_against_the_known_side() {
    // North proposes wording for the army row of the first draft, whose wording is unknown:
    // it is compared with the second draft's clause, the only wording there is.
    let set = load_edited(|v| unreport(v, 0, 0)).unwrap();
    let cmp = compare(&set, "first", "second").unwrap();
    let army = cmp.rows.iter().find(|r| r.key == "army").unwrap();
    assert_eq!(army.status, Status::Unreported);
    let d = proposal_diff(&set, army, &set.positions[0]).unwrap();
    assert_eq!(
        old_text(d),
        "The army numbers 800,000 soldiers in peacetime."
    );
    assert_eq!(new_text(d), "The army is capped at 800,000 soldiers.");
}

// ----- Positions about a whole draft or the whole set -----

fn with_whole_positions() -> ValidClauseSet {
    load_edited(|v| {
        let ps = v["positions"].as_array_mut().unwrap();
        ps.push(
            json!({ "party": "north", "draft": "first", "stance": "opposes",
            "summary": "Rejects the first draft.", "date": "2025-11-03" }),
        );
        ps.push(json!({ "party": "south", "stance": "supports",
            "summary": "Wants an agreement.", "date": "2025-10" }));
        ps.push(
            json!({ "party": "south", "draft": "second", "stance": "proposed",
            "summary": "Wrote the second draft.", "date": "2025-12-01" }),
        );
        ps.push(
            json!({ "party": "south", "draft": "second", "stance": "supports",
            "summary": "Signed the second draft.", "date": "2025-11-30" }),
        );
        ps.push(json!({ "party": "north", "stance": "unclear",
            "summary": "Silent on the whole.", "date": "2025" }));
    })
    .unwrap()
}

#[test]
fn whole_draft_positions_are_listed_per_draft_and_for_the_set() {
    let set = with_whole_positions();
    let both = vec!["north".to_string(), "south".to_string()];
    let summaries = |d: Option<&str>, on: &[String]| -> Vec<String> {
        whole_draft_positions(&set, d, on)
            .iter()
            .map(|p| p.summary.clone())
            .collect()
    };
    assert_eq!(
        summaries(Some("first"), &both),
        ["Rejects the first draft."]
    );
    // Within a party, by date.
    assert_eq!(
        summaries(Some("second"), &both),
        ["Signed the second draft.", "Wrote the second draft."]
    );
    // Party order of the file, then date.
    assert_eq!(
        summaries(None, &both),
        ["Silent on the whole.", "Wants an agreement."]
    );
    assert_eq!(
        summaries(None, &["south".to_string()]),
        ["Wants an agreement."]
    );
    assert!(summaries(Some("first"), &[]).is_empty());
    // Positions on a topic are never whole-draft positions.
    assert!(
        whole_draft_positions(&set, Some("first"), &both)
            .iter()
            .all(|p| p.topic.is_none())
    );
}

#[test]
fn positions_per_party_counts_whole_draft_and_whole_set_positions() {
    let set = with_whole_positions();
    // North: army (first) + whole first + whole set; South: army + border + whole set
    // + two on the whole second draft.
    assert_eq!(
        compare(&set, "first", "second")
            .unwrap()
            .positions_per_party,
        [3, 5]
    );
    // North's army and whole-draft positions name the first draft; comparing the second
    // with itself leaves North only the whole-set one. Nothing is counted twice.
    assert_eq!(
        compare(&set, "second", "second")
            .unwrap()
            .positions_per_party,
        [1, 5]
    );
    assert_eq!(
        compare(&set, "first", "first").unwrap().positions_per_party,
        [3, 3]
    );
}

// ----- Properties on generated sets -----

/// An independent count of what a comparison of `l` and `r` can show for `party`.
fn model_positions_per_party(
    set: &ValidClauseSet,
    topics: &[Option<String>],
    l: &str,
    r: &str,
    party: &str,
) -> usize {
    set.positions
        .iter()
        .filter(|p| p.party == party)
        .filter(|p| match (&p.topic, p.draft.as_deref()) {
            (Some(t), d) => {
                topics.iter().any(|rt| rt.as_ref() == Some(t)) && d.is_none_or(|d| d == l || d == r)
            }
            (None, None) => true,
            (None, Some(d)) => d == l || d == r,
        })
        .count()
}

#[test]
fn comparisons_of_generated_sets_keep_their_promises() {
    let mut rng = Rng::new(31);
    let shape = Shape {
        max_topics: 5,
        max_clauses: 8,
        unreported: 25,
        topiced: 75,
        whole: 40,
        max_positions: 14,
        ..Shape::default()
    };
    let (mut unreported_rows, mut whole) = (0, 0);
    for case in 0..cases(400) {
        let set = load(&clausewise_engine::model::to_json(&valid_set(
            &mut rng, shape,
        )))
        .unwrap();
        let all: Vec<String> = set.parties.iter().map(|p| p.id.clone()).collect();
        for l in &set.drafts {
            for r in &set.drafts {
                let cmp = compare(&set, &l.id, &r.id).unwrap();
                let ctx = format!("case {case} {}→{}", l.id, r.id);
                // Every clause of each side in exactly one row.
                let mut left: Vec<usize> = cmp.rows.iter().flat_map(|x| x.left.clone()).collect();
                let mut right: Vec<usize> = cmp.rows.iter().flat_map(|x| x.right.clone()).collect();
                left.sort();
                right.sort();
                assert_eq!(left, (0..l.clauses.len()).collect::<Vec<_>>(), "{ctx}");
                assert_eq!(right, (0..r.clauses.len()).collect::<Vec<_>>(), "{ctx}");
                for row in &cmp.rows {
                    let unknown = row.left.iter().any(|&i| l.clauses[i].text.is_none())
                        || row.right.iter().any(|&i| r.clauses[i].text.is_none());
                    let both = !row.left.is_empty() && !row.right.is_empty();
                    assert_eq!(
                        row.status == Status::Unreported,
                        unknown && both,
                        "{ctx}: {row:?}"
                    );
                    let old = clausewise_engine::align::joined_text(&l.clauses, &row.left);
                    let new = clausewise_engine::align::joined_text(&r.clauses, &row.right);
                    match row.status {
                        Status::Unreported => {
                            unreported_rows += 1;
                            assert!(row.diff.is_empty(), "{ctx}");
                        }
                        _ => {
                            assert_eq!(old_text(&row.diff), old, "{ctx}");
                            assert_eq!(new_text(&row.diff), new, "{ctx}");
                        }
                    }
                    match row.status {
                        Status::Kept => assert_eq!(old, new, "{ctx}"),
                        Status::Changed => {
                            assert_ne!(old, new, "{ctx}");
                            assert!(row.diff.iter().any(|s| s.kind != SegmentKind::Equal));
                        }
                        Status::Added => assert!(row.left.is_empty() && !row.right.is_empty()),
                        Status::Removed => assert!(row.right.is_empty() && !row.left.is_empty()),
                        Status::Moved | Status::Unreported => assert!(both),
                    }
                    // Proposals: each position on the row's topic, about these drafts or
                    // none, that proposes wording.
                    let want: Vec<usize> = match &row.topic {
                        None => vec![],
                        Some(t) => set
                            .positions
                            .iter()
                            .enumerate()
                            .filter(|(_, p)| {
                                p.topic.as_ref() == Some(t)
                                    && p.text.is_some()
                                    && p.draft.as_deref().is_none_or(|d| d == l.id || d == r.id)
                            })
                            .map(|(i, _)| i)
                            .collect(),
                    };
                    let got: Vec<usize> = row.proposals.iter().map(|(i, _)| *i).collect();
                    assert_eq!(got, want, "{ctx}");
                    for (i, p) in set.positions.iter().enumerate() {
                        let d = proposal_diff(&set, row, p);
                        assert_eq!(d.is_some(), want.contains(&i), "{ctx}");
                        if let Some(d) = d {
                            assert_eq!(new_text(d), *p.text.as_ref().unwrap());
                        }
                    }
                }
                // Counts are the rows, kind by kind.
                for s in Status::ALL {
                    assert_eq!(
                        cmp.counts.get(s),
                        cmp.rows.iter().filter(|x| x.status == s).count(),
                        "{ctx} {s:?}"
                    );
                }
                assert_eq!(cmp.counts.total(), cmp.rows.len());
                // Positions per party, against an independent count.
                let topics: Vec<Option<String>> = l
                    .clauses
                    .iter()
                    .chain(&r.clauses)
                    .map(|c| c.topic.clone())
                    .collect();
                let want: Vec<usize> = set
                    .parties
                    .iter()
                    .map(|p| model_positions_per_party(&set, &topics, &l.id, &r.id, &p.id))
                    .collect();
                assert_eq!(cmp.positions_per_party, want, "{ctx}");
                // Whole-draft positions: exactly those without a topic, party order then date.
                for about in [None, Some(l.id.as_str())] {
                    let got: Vec<*const _> = whole_draft_positions(&set, about, &all)
                        .into_iter()
                        .map(|p| p as *const _)
                        .collect();
                    let mut want: Vec<(usize, &str, usize)> = set
                        .positions
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| p.topic.is_none() && p.draft.as_deref() == about)
                        .map(|(i, p)| {
                            (
                                all.iter().position(|a| *a == p.party).unwrap(),
                                p.date.as_str(),
                                i,
                            )
                        })
                        .collect();
                    want.sort();
                    whole += want.len();
                    let want: Vec<*const _> = want
                        .iter()
                        .map(|&(_, _, i)| &set.positions[i] as *const _)
                        .collect();
                    assert_eq!(got, want, "{ctx} {about:?}");
                }
            }
        }
    }
    assert!(
        unreported_rows > 100 && whole > 100,
        "{unreported_rows} {whole}"
    );
}

#[test]
fn a_draft_compared_with_itself_is_kept_or_unreported_on_topiced_rows() {
    let mut rng = Rng::new(32);
    for case in 0..cases(300) {
        let set = load(&clausewise_engine::model::to_json(&valid_set(
            &mut rng,
            Shape::default(),
        )))
        .unwrap();
        for d in &set.drafts {
            let cmp = compare(&set, &d.id, &d.id).unwrap();
            for row in cmp.rows.iter().filter(|r| r.topic.is_some()) {
                let unknown = row.left.iter().any(|&i| d.clauses[i].text.is_none());
                let want = if unknown {
                    Status::Unreported
                } else {
                    Status::Kept
                };
                assert_eq!(row.status, want, "case {case} {}: {row:?}", d.id);
                assert_eq!(row.left, row.right);
            }
        }
    }
}

#[test]
fn a_draft_compared_with_itself_has_no_added_or_removed_rows() {
    let set = load_edited(|v| {
        let c = &mut v["drafts"][0]["clauses"][1];
        c.as_object_mut().unwrap().remove("topic");
        unreport(v, 0, 1);
    })
    .unwrap();
    let cmp = compare(&set, "first", "first").unwrap();
    assert_eq!(
        (cmp.counts.added, cmp.counts.removed),
        (0, 0),
        "{:?}",
        cmp.rows
    );
}

#[test]
fn each_partys_count_is_its_positions_on_the_rows_and_on_the_drafts_shown() {
    let mut rng = Rng::new(21);
    let shape = Shape {
        max_positions: 14,
        ..Shape::default()
    };
    for case in 0..cases(200) {
        let set = load(&clausewise_engine::model::to_json(&valid_set(
            &mut rng, shape,
        )))
        .unwrap();
        let (l, r) = (
            rng.pick(&set.drafts).id.clone(),
            rng.pick(&set.drafts).id.clone(),
        );
        let cmp = compare(&set, &l, &r).unwrap();
        for (k, party) in set.parties.iter().enumerate() {
            let one = [party.id.clone()];
            let on_rows: usize = cmp
                .rows
                .iter()
                .filter_map(|row| row.topic.as_deref())
                .map(|t| positions_for(&set, t, &l, &r, &one).len())
                .sum();
            let mut about = vec![None, Some(l.as_str())];
            if r != l {
                about.push(Some(r.as_str()));
            }
            let whole: usize = about
                .into_iter()
                .map(|d| whole_draft_positions(&set, d, &one).len())
                .sum();
            assert_eq!(
                cmp.positions_per_party[k],
                on_rows + whole,
                "case {case}, {}",
                party.id
            );
        }
    }
}
