//! What of a long negotiation is shown: the filter (and its folds of kept rows), search
//! hits, a topic's history, the overview and the uptake of proposed wordings; checked on
//! generated sets and on the shipped one.

mod common;
use clausewise_engine::align::{Status, joined_text};
use clausewise_engine::compare::compare;
use clausewise_engine::model::to_json;
use clausewise_engine::view::{
    Cell, Event, Filter, Shown, drafts_by_date, history, hits, overview, shown, uptake,
};
use common::load;
use common::rng::{Rng, cases};
use common::sets::{Shape, valid_set};

fn generated(rng: &mut Rng) -> clausewise_engine::validate::ValidClauseSet {
    load(&to_json(&valid_set(rng, Shape::default()))).expect("generated sets are valid")
}

#[test]
fn hits_are_exactly_the_case_blind_occurrences() {
    let mut r = Rng::new(3);
    let words = [
        "Amnesty", "amnesty", "AMNESTY", "Київ", "army", " ", "600,000", "é",
    ];
    for _ in 0..cases(500) {
        let text: String = (0..r.range(0, 12)).map(|_| *r.pick(&words)).collect();
        let q = *r.pick(&["amnesty", "Київ", "ARMY", "600", "é", "  "]);
        let found = hits(&text, q);
        let needle = q.trim().to_ascii_lowercase();
        // Non-overlapping, in order, each a case-blind match on character boundaries.
        let mut last = 0;
        for &(a, b) in &found {
            assert!(a >= last && text.is_char_boundary(a) && text.is_char_boundary(b));
            assert_eq!(text[a..b].to_ascii_lowercase(), needle);
            last = b;
        }
        let expected = if needle.is_empty() {
            0
        } else {
            text.to_ascii_lowercase().matches(&needle).count()
        };
        assert_eq!(found.len(), expected, "{text:?} / {q:?}");
    }
}

#[test]
fn the_filter_shows_exactly_the_matching_rows_and_folds_only_kept_runs() {
    let mut r = Rng::new(5);
    for _ in 0..cases(200) {
        let set = generated(&mut r);
        let (l, rt) = (
            r.pick(&set.drafts).id.clone(),
            r.pick(&set.drafts).id.clone(),
        );
        let cmp = compare(&set, &l, &rt).unwrap();
        let topics: Vec<String> = set
            .topics
            .iter()
            .filter(|_| r.chance(30))
            .map(|t| t.id.clone())
            .collect();
        // A search for a word of some clause (in another case), or none.
        let words: Vec<&str> = set
            .drafts
            .iter()
            .flat_map(|d| &d.clauses)
            .filter_map(|c| c.text.as_deref())
            .flat_map(str::split_whitespace)
            .collect();
        let query = if r.chance(30) && !words.is_empty() {
            r.pick(&words).to_ascii_uppercase()
        } else {
            String::new()
        };
        let filter = Filter {
            changes: r.chance(50),
            status: r.chance(30).then(|| *r.pick(&Status::ALL)),
            topics,
            query,
        };
        let (ld, rd) = (set.draft(&l).unwrap(), set.draft(&rt).unwrap());
        let has = |text: &str| {
            text.to_ascii_lowercase()
                .contains(&filter.query.to_ascii_lowercase())
        };
        let passes = |i: usize| {
            let row = &cmp.rows[i];
            let text_of = |d: &clausewise_engine::model::Draft, idx: &[usize]| {
                idx.iter()
                    .any(|&k| d.clauses[k].text.as_deref().is_some_and(has))
            };
            (filter.query.is_empty()
                || has(&row.label)
                || text_of(ld, &row.left)
                || text_of(rd, &row.right))
                && filter.status.is_none_or(|s| s == row.status)
                && (filter.topics.is_empty()
                    || row
                        .topic
                        .as_ref()
                        .is_some_and(|t| filter.topics.contains(t)))
        };
        let items = shown(&cmp, ld, rd, &filter, &[]);
        // Every passing row is shown exactly once, in order, either itself or in a fold.
        let mut covered = Vec::new();
        for item in &items {
            match *item {
                Shown::Row(i) => covered.push(i),
                Shown::Kept { first, count } => {
                    assert!(filter.changes, "a fold only with show=changes");
                    assert!(count >= 1);
                    for i in first..first + count {
                        assert_eq!(cmp.rows[i].status, Status::Kept, "only kept rows fold");
                        covered.push(i);
                    }
                }
            }
        }
        let expected: Vec<usize> = (0..cmp.rows.len()).filter(|&i| passes(i)).collect();
        assert_eq!(covered, expected);
        if filter.changes {
            // No kept row is left unfolded, and two folds touch only where the filter hid
            // the rows between them (a fold is a run of the comparison's rows).
            assert!(
                items
                    .iter()
                    .all(|s| !matches!(s, Shown::Row(i) if cmp.rows[*i].status == Status::Kept))
            );
            for w in items.windows(2) {
                if let [
                    Shown::Kept { first: a, count },
                    Shown::Kept { first: b, .. },
                ] = *w
                {
                    assert!(
                        (a + count..b).all(|i| !passes(i)) && a + count < b,
                        "adjacent folds with shown rows between: {items:?}"
                    );
                }
            }
        }
        // Unfolding a run shows its rows.
        if let Some(Shown::Kept { first, count }) = items
            .iter()
            .find(|s| matches!(s, Shown::Kept { .. }))
            .copied()
        {
            let opened = [cmp.rows[first].key.clone()];
            let again = shown(&cmp, ld, rd, &filter, &opened);
            for i in first..first + count {
                assert!(
                    again.contains(&Shown::Row(i)),
                    "row {i} shown once its run is unfolded"
                );
            }
        }
    }
}

#[test]
fn a_topic_history_lists_every_draft_in_date_order_with_positions_in_time() {
    let mut r = Rng::new(9);
    for _ in 0..cases(200) {
        let set = generated(&mut r);
        let Some(topic) = set.topics.first().map(|t| t.id.clone()) else {
            continue;
        };
        let events = history(&set, &topic);
        let drafts: Vec<&str> = events
            .iter()
            .filter_map(|e| match e {
                Event::Draft(s) => Some(s.draft.id.as_str()),
                _ => None,
            })
            .collect();
        let by_date: Vec<&str> = drafts_by_date(&set).iter().map(|d| d.id.as_str()).collect();
        assert_eq!(drafts, by_date, "every draft, in date order");
        let positions = events
            .iter()
            .filter(|e| matches!(e, Event::Position(_)))
            .count();
        assert_eq!(
            positions,
            set.positions
                .iter()
                .filter(|p| p.topic.as_deref() == Some(&topic))
                .count()
        );
        // Dates never go backwards through the list.
        let dates: Vec<&str> = events
            .iter()
            .map(|e| match e {
                Event::Draft(s) => s.draft.date.as_str(),
                Event::Position(i) => set.positions[*i].date.as_str(),
            })
            .collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        // Each reported wording's diff rebuilds it; the first one is all kept.
        let mut first = true;
        for e in &events {
            if let Event::Draft(s) = e
                && !s.diff.is_empty()
            {
                let text = joined_text(&s.draft.clauses, &s.clauses);
                assert_eq!(clausewise_engine::diff::new_text(&s.diff), text);
                assert_eq!(s.since.is_none(), first);
                first = false;
            }
        }
    }
}

#[test]
fn the_shipped_army_size_history_and_overview_say_what_the_drafts_say() {
    let set = load(include_str!("../../../static/data/peace-framework.json")).unwrap();
    let events = history(&set, "army-size");
    let steps: Vec<(String, String)> = events
        .iter()
        .filter_map(|e| match e {
            Event::Draft(s) => Some((
                s.draft.id.clone(),
                s.clauses
                    .iter()
                    .map(|&i| s.draft.clauses[i].number.clone())
                    .collect::<Vec<_>>()
                    .join("+"),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(steps[0].0, "us-28");
    assert_eq!(steps.last().unwrap().0, "ua-20");
    assert_eq!(steps.len(), 3);
    // 600,000 in the US plan, 800,000 in the European and the 20-point texts.
    let text = |k: usize| match &events
        .iter()
        .filter(|e| matches!(e, Event::Draft(_)))
        .nth(k)
    {
        Some(Event::Draft(s)) => joined_text(&s.draft.clauses, &s.clauses),
        _ => unreachable!(),
    };
    assert!(text(0).contains("600,000"), "{}", text(0));
    assert!(text(2).contains("800,000"), "{}", text(2));
    let lines = overview(&set);
    let army = lines.iter().find(|l| l.topic == "army-size").unwrap();
    assert_eq!(army.cells[0], Cell::Present);
    assert_eq!(army.cells.len(), 3);
    assert!(
        army.cells[1..].iter().any(|&c| c == Cell::Changed),
        "{:?}",
        army.cells
    );
    // Every topic that some draft has is a line, and only those.
    for t in &set.topics {
        let in_some = set
            .drafts
            .iter()
            .any(|d| d.clauses.iter().any(|c| c.topic.as_deref() == Some(&t.id)));
        assert_eq!(lines.iter().any(|l| l.topic == t.id), in_some, "{}", t.id);
    }
    let u = uptake(&set);
    assert_eq!(u.len(), set.parties.len());
}

#[test]
fn a_proposed_wording_counts_as_taken_only_by_a_later_draft_that_keeps_most_of_its_words() {
    use clausewise_engine::view::{TAKEN, kept_share};
    assert_eq!(
        kept_share(
            "army of 800,000 in peacetime",
            "army of 800,000 in peacetime"
        ),
        1000
    );
    assert_eq!(kept_share("army of 800,000", "something else entirely"), 0);
    assert_eq!(kept_share("", "anything"), 0);
    let set = load(
        r#"{"format":"clausewise/1","title":"t","parties":[{"id":"p","name":"P"}],
        "topics":[{"id":"army","label":"Army"}],
        "drafts":[
          {"id":"a","title":"A","date":"2025-01","author":"x","clauses":[{"id":"a1","number":"1","topic":"army","text":"The army is capped at 600,000."}]},
          {"id":"b","title":"B","date":"2025-03","author":"x","clauses":[{"id":"b1","number":"1","topic":"army","text":"The army is capped at 800,000 in peacetime."}]}],
        "positions":[
          {"party":"p","topic":"army","stance":"proposed","summary":"taken","date":"2025-02","draft":"a","text":"The army is capped at 800,000 in peacetime."},
          {"party":"p","topic":"army","stance":"proposed","summary":"too late","date":"2025-04","text":"The army is capped at 800,000 in peacetime."},
          {"party":"p","topic":"army","stance":"proposed","summary":"not taken","date":"2025-02","text":"No army limit at all, ever, for anyone."}]}"#,
    )
    .expect("valid");
    let u = uptake(&set);
    let taken: Vec<Option<&str>> = u[0]
        .iter()
        .map(|x| x.taken_into.map(|(d, _)| set.drafts[d].id.as_str()))
        .collect();
    // Taken into B (dated after it, not the draft it was about); a wording dated after
    // every draft has nothing to be taken into; an unrelated wording keeps too little.
    assert_eq!(taken, [Some("b"), None, None]);
    assert!(u[0][0].taken_into.unwrap().1 >= TAKEN);
    // The latest stance per party and topic.
    let lines = overview(&set);
    assert_eq!(
        lines[0].stances,
        [Some(clausewise_engine::model::Stance::Proposed)]
    );
    assert_eq!(lines[0].cells, [Cell::Present, Cell::Changed]);
}
