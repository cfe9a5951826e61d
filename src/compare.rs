//! The comparison of two drafts a reader sees: aligned rows, their word diffs, the counts,
//! and which party positions belong on which row.
//!
//! Pure and deterministic: the same set and the same two draft ids give the same
//! comparison. The UI computes it (memoised) from state and never stores it.

use crate::align::{Row, Status, align, joined_text};
use crate::diff::{Segment, diff_words};
use crate::model::{Draft, Leaning, Position};
use crate::validate::ValidClauseSet;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub left: String,
    pub right: String,
    pub rows: Vec<ComparedRow>,
    pub counts: Counts,
    /// For each party of the set, in its order: how many positions this comparison can show.
    pub positions_per_party: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedRow {
    /// Stable identity of the row for keyed rendering: the topic, or the clause ids.
    pub key: String,
    pub topic: Option<String>,
    pub label: String,
    pub status: Status,
    pub by_similarity: bool,
    /// Indices into the left and right drafts' clauses.
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    /// Left text → right text, word by word.
    pub diff: Rc<Vec<Segment>>,
}

/// How many rows of each kind: what the summary line says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub kept: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    pub moved: usize,
}

impl Counts {
    pub fn of(rows: &[ComparedRow]) -> Counts {
        let mut c = Counts::default();
        for r in rows {
            match r.status {
                Status::Unchanged => c.kept += 1,
                Status::Modified => c.changed += 1,
                Status::Added => c.added += 1,
                Status::Removed => c.removed += 1,
                Status::Moved => c.moved += 1,
            }
        }
        c
    }

    pub fn total(&self) -> usize {
        self.kept + self.changed + self.added + self.removed + self.moved
    }
}

/// Compares two drafts of `set`. `None` when either id names no draft.
pub fn compare(set: &ValidClauseSet, left: &str, right: &str) -> Option<Comparison> {
    let l = set.draft(left)?;
    let r = set.draft(right)?;
    let rows: Vec<ComparedRow> = align(&l.clauses, &r.clauses)
        .into_iter()
        .map(|row| compared_row(set, l, r, row))
        .collect();
    let positions_per_party = set
        .parties
        .iter()
        .map(|p| {
            let one = [p.id.clone()];
            rows.iter()
                .filter_map(|r| r.topic.as_deref())
                .map(|t| positions_for(set, t, left, right, &one).len())
                .sum()
        })
        .collect();
    Some(Comparison {
        left: left.to_string(),
        right: right.to_string(),
        counts: Counts::of(&rows),
        rows,
        positions_per_party,
    })
}

fn compared_row(set: &ValidClauseSet, l: &Draft, r: &Draft, row: Row) -> ComparedRow {
    let old = joined_text(&l.clauses, &row.left);
    let new = joined_text(&r.clauses, &row.right);
    let numbers = |d: &Draft, idx: &[usize]| -> Vec<String> {
        idx.iter().map(|&i| d.clauses[i].id.clone()).collect()
    };
    let key = match &row.topic {
        Some(t) => t.clone(),
        None => {
            let mut ids = numbers(l, &row.left);
            ids.extend(numbers(r, &row.right));
            format!("clauses:{}", ids.join("+"))
        }
    };
    let label = match row.topic.as_deref().and_then(|t| set.topic_label(t)) {
        Some(label) => label.to_string(),
        None => {
            let first = row
                .left
                .first()
                .map(|&i| &l.clauses[i])
                .or_else(|| row.right.first().map(|&i| &r.clauses[i]));
            first.map_or_else(String::new, |c| format!("Point {}", c.number))
        }
    };
    ComparedRow {
        key,
        topic: row.topic,
        label,
        status: row.status,
        by_similarity: row.by_similarity,
        left: row.left,
        right: row.right,
        diff: Rc::new(diff_words(&old, &new)),
    }
}

/// The positions to show on a row: those of the parties that are on, on the row's topic,
/// about one of the two drafts shown or about no draft in particular. In party order,
/// then by date (then as in the file).
pub fn positions_for<'a>(
    set: &'a ValidClauseSet,
    topic: &str,
    left: &str,
    right: &str,
    parties_on: &[String],
) -> Vec<&'a Position> {
    let mut out: Vec<&Position> = Vec::new();
    for party in set.parties.iter().filter(|p| parties_on.contains(&p.id)) {
        let start = out.len();
        let shown = set.positions.iter().filter(|p| {
            p.party == party.id
                && p.topic == topic
                && p.draft.as_deref().is_none_or(|d| d == left || d == right)
        });
        // An insertion sort: a party has a handful of positions per topic, and a sort
        // call would ship one more copy of the sort code.
        for p in shown {
            let at = out[start..]
                .iter()
                .position(|q| q.date > p.date)
                .map_or(out.len(), |k| start + k);
            out.insert(at, p);
        }
    }
    out
}

/// True when, among the positions shown, one party is for and another against.
pub fn parties_disagree(positions: &[&Position]) -> bool {
    let leaning_of = |l: Leaning| {
        positions
            .iter()
            .filter(|p| p.stance.leaning() == l)
            .map(|p| p.party.as_str())
            .collect::<Vec<_>>()
    };
    let for_ = leaning_of(Leaning::For);
    let against = leaning_of(Leaning::Against);
    for_.iter().any(|f| against.iter().any(|a| a != f))
}

/// The clause text a party's proposed wording is compared with: the clause of the draft
/// the position is about, else the right-hand clause, else the left-hand one.
pub fn proposal_base(
    set: &ValidClauseSet,
    cmp: &Comparison,
    row: &ComparedRow,
    position: &Position,
) -> String {
    let side = |draft: &str, idx: &[usize]| {
        set.draft(draft)
            .map(|d| joined_text(&d.clauses, idx))
            .unwrap_or_default()
    };
    let left = side(&cmp.left, &row.left);
    let right = side(&cmp.right, &row.right);
    match position.draft.as_deref() {
        Some(d) if d == cmp.left && !left.is_empty() => left,
        Some(d) if d == cmp.right && !right.is_empty() => right,
        _ if !right.is_empty() => right,
        _ => left,
    }
}
