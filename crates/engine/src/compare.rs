//! The comparison of two drafts a reader sees: aligned rows, their word diffs, the counts,
//! and which party positions belong on which row.
//!
//! Pure and deterministic: the same set and the same two draft ids give the same
//! comparison. The UI computes it (memoised) from state and never stores it.

use crate::align::{Row, Status, align, joined_text};
use crate::diff::{Segment, SegmentKind, diff_words_within};
use crate::model::{Draft, Leaning, Position};
use crate::text::WordMap;
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
    /// How alike the wording is, in thousandths, when the row was paired by wording.
    pub score: Option<u16>,
    /// Indices into the left and right drafts' clauses.
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    /// Left text → right text, word by word (empty when the wording is unreported).
    pub diff: Rc<Vec<Segment>>,
    /// The two sides share so few words that marking every change would bury them: the
    /// row is read as a rewrite, both texts in full with the shared phrases marked.
    pub rewritten: bool,
    /// Each proposed wording on this row's topic (by index into the set's positions),
    /// diffed against the clause it would replace: computed once per comparison, not on
    /// every render.
    pub proposals: Vec<(usize, Rc<Vec<Segment>>)>,
}

/// How many rows of each kind: what the summary line says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub kept: usize,
    pub changed: usize,
    pub moved: usize,
    pub added: usize,
    pub removed: usize,
    pub unreported: usize,
}

impl Counts {
    pub fn of(rows: &[ComparedRow]) -> Counts {
        let mut c = Counts::default();
        for r in rows {
            *c.get_mut(r.status) += 1;
        }
        c
    }

    pub fn get(&self, s: Status) -> usize {
        let mut c = *self;
        *c.get_mut(s)
    }

    fn get_mut(&mut self, s: Status) -> &mut usize {
        match s {
            Status::Kept => &mut self.kept,
            Status::Changed => &mut self.changed,
            Status::Moved => &mut self.moved,
            Status::Added => &mut self.added,
            Status::Removed => &mut self.removed,
            Status::Unreported => &mut self.unreported,
        }
    }

    pub fn total(&self) -> usize {
        Status::ALL.iter().map(|&s| self.get(s)).sum()
    }
}

/// Compares two drafts of `set`. `None` when either id names no draft.
pub fn compare(set: &ValidClauseSet, left: &str, right: &str) -> Option<Comparison> {
    let l = set.draft(left)?;
    let r = set.draft(right)?;
    let mut budget = DIFF_BUDGET;
    let rows: Vec<ComparedRow> = align(&l.clauses, &r.clauses)
        .into_iter()
        .map(|row| compared_row(set, l, r, row, &mut budget))
        .collect();
    // One pass over the positions (not one per row and party: 300 rows × 400 positions
    // took most of a long comparison's time): those about a row's topic, or about a whole
    // draft shown or the whole set, each of them about one of the two drafts or neither.
    let on_rows: WordMap = rows
        .iter()
        .filter_map(|r| r.topic.as_deref())
        .map(|t| (t, 0))
        .collect();
    let positions_per_party = set
        .parties
        .iter()
        .map(|party| {
            set.positions
                .iter()
                .filter(|p| {
                    p.party == party.id
                        && p.draft.as_deref().is_none_or(|d| d == left || d == right)
                        && p.topic.as_deref().is_none_or(|t| on_rows.contains_key(t))
                })
                .count()
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

/// The work all the diffs of one comparison may cost together (see
/// [`crate::diff::diff_words_within`]): far more than any real negotiation needs (300
/// revised rows of 200 words a side cost about a quarter of it), little enough that a
/// hostile set at every limit compares in a fraction of a second.
pub const DIFF_BUDGET: usize = 40_000_000;

fn compared_row(
    set: &ValidClauseSet,
    l: &Draft,
    r: &Draft,
    row: Row,
    budget: &mut usize,
) -> ComparedRow {
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
            format!("clauses:{}", crate::text::join(&ids, "+"))
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
            // "Point 7" for a number; a word ("preamble", "Article 5") as it is, capitalised.
            first.map_or_else(String::new, |c| {
                let mut chars = c.number.chars();
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => format!("Point {}", c.number),
                    // ASCII only: Unicode's case tables would cost every reader 7 KB.
                    Some(f) => std::iter::once(f.to_ascii_uppercase())
                        .chain(chars)
                        .collect(),
                    None => String::new(),
                }
            })
        }
    };
    let diff = if row.status == Status::Unreported {
        Vec::new()
    } else {
        diff_words_within(&old, &new, budget)
    };
    let rewritten = !row.left.is_empty() && !row.right.is_empty() && is_rewrite(&diff);
    let mut compared = ComparedRow {
        rewritten,
        key,
        topic: row.topic,
        label,
        status: row.status,
        score: row.score,
        left: row.left,
        right: row.right,
        diff: Rc::new(diff),
        proposals: Vec::new(),
    };
    if let Some(topic) = compared.topic.as_deref() {
        compared.proposals = set
            .positions
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.topic.as_deref() == Some(topic)
                    && p.draft.as_deref().is_none_or(|d| d == l.id || d == r.id)
            })
            .filter_map(|(i, p)| {
                let wording = p.text.as_deref()?;
                let base = proposal_base(l, r, &compared, p);
                Some((i, Rc::new(diff_words_within(&base, wording, budget))))
            })
            .collect();
    }
    compared
}

/// A diff is a rewrite when fewer than two words in five of the longer side were kept.
pub fn is_rewrite(diff: &[Segment]) -> bool {
    let words = |kind: SegmentKind| -> usize {
        diff.iter()
            .filter(|s| s.kind == kind)
            .map(|s| s.text.split_whitespace().count())
            .sum()
    };
    let kept = words(SegmentKind::Equal);
    let longer = (kept + words(SegmentKind::Removed)).max(kept + words(SegmentKind::Added));
    kept > 0 && 5 * kept < 2 * longer
}

/// The proposed wording of `position` diffed against its clause, as computed by [`compare`].
pub fn proposal_diff<'a>(
    set: &ValidClauseSet,
    row: &'a ComparedRow,
    position: &Position,
) -> Option<&'a [Segment]> {
    // Only the row's few proposals are looked at, not every position of the set: this
    // runs for each position shown, on every render.
    row.proposals
        .iter()
        .find(|(i, _)| {
            set.positions
                .get(*i)
                .is_some_and(|p| std::ptr::eq(p, position))
        })
        .map(|(_, d)| d.as_slice())
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
    by_party_then_date(set, parties_on, |p| {
        p.topic.as_deref() == Some(topic)
            && p.draft.as_deref().is_none_or(|d| d == left || d == right)
    })
}

/// The positions that pass `keep`, of the parties that are on: in party order, then by
/// date (then as in the file).
fn by_party_then_date<'a>(
    set: &'a ValidClauseSet,
    parties_on: &[String],
    keep: impl Fn(&Position) -> bool,
) -> Vec<&'a Position> {
    let mut out: Vec<&Position> = Vec::new();
    for party in set.parties.iter().filter(|p| parties_on.contains(&p.id)) {
        let start = out.len();
        // An insertion sort: a party has a handful of positions per topic, and a sort
        // call would ship one more copy of the sort code.
        for p in set
            .positions
            .iter()
            .filter(|p| p.party == party.id && keep(p))
        {
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

/// The positions about a whole draft (`Some(id)`) or the whole set (`None`) rather than a
/// topic, of the parties that are on, in party order then by date.
pub fn whole_draft_positions<'a>(
    set: &'a ValidClauseSet,
    draft: Option<&str>,
    parties_on: &[String],
) -> Vec<&'a Position> {
    by_party_then_date(set, parties_on, |p| {
        p.topic.is_none() && p.draft.as_deref() == draft
    })
}

/// The clause text a party's proposed wording is compared with: the clause of the draft
/// the position is about, else the right-hand clause, else the left-hand one.
fn proposal_base(l: &Draft, r: &Draft, row: &ComparedRow, position: &Position) -> String {
    let left = joined_text(&l.clauses, &row.left);
    let right = joined_text(&r.clauses, &row.right);
    match position.draft.as_deref() {
        Some(d) if d == l.id && !left.is_empty() => left,
        Some(d) if d == r.id && !right.is_empty() => right,
        _ if !right.is_empty() => right,
        _ => left,
    }
}
