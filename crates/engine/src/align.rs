//! Which clauses of one draft correspond to which clauses of another.
//!
//! Clauses are first grouped by topic within each draft, so a point that was split in
//! two, or two points that were merged, still land in one row. Groups with the same topic
//! are paired. Clauses without a topic, and groups left without a partner, are then
//! paired by word overlap when it is high enough. Pairs whose order differs between the
//! drafts are *moved*; the longest run that kept its order stays in place.
//!
//! Invariant: `align` sees only topics and clause texts; it knows nothing of rendering.

use crate::model::Clause;
use std::collections::HashMap;

/// What happened to a row's clauses between the left and the right draft. The one
/// vocabulary for it: the same words in code, CSS classes (`status-kept`), the command
/// line's output and the docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Same wording, same place.
    Kept,
    /// Reworded, same place.
    Changed,
    /// Out of its old order (and possibly reworded).
    Moved,
    /// Only in the right-hand draft.
    Added,
    /// Only in the left-hand draft.
    Removed,
    /// In both drafts, but the wording of at least one side was never reported: whether it
    /// changed is unknown.
    Unreported,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Kept,
        Status::Changed,
        Status::Moved,
        Status::Added,
        Status::Removed,
        Status::Unreported,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Kept => "kept",
            Status::Changed => "changed",
            Status::Moved => "moved",
            Status::Added => "added",
            Status::Removed => "removed",
            Status::Unreported => "unreported",
        }
    }
}

/// One row of the side-by-side view: the clauses (indices into each draft's `clauses`)
/// that say the same thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub topic: Option<String>,
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    pub status: Status,
    /// For rows paired because their words are alike (not because the data says they
    /// share a topic): how alike, in thousandths.
    pub score: Option<u16>,
}

/// Word overlap (0.0–1.0) from which two clauses without a shared topic count as one.
pub const SIMILARITY_THRESHOLD: f64 = 0.4;

/// Pairing by similarity compares every unmatched clause with every other; beyond this
/// many comparisons (a hostile file) the leftovers simply stay added and removed.
const MAX_SIMILARITY_PAIRS: usize = 40_000;

struct Unit<'a> {
    topic: Option<&'a str>,
    clauses: Vec<usize>,
    /// The known wording of its clauses, one paragraph each.
    text: String,
    /// Whether any of its clauses has wording that was never reported.
    unreported: bool,
}

fn units(clauses: &[Clause]) -> Vec<Unit<'_>> {
    let mut out: Vec<Unit> = Vec::new();
    let mut by_topic: HashMap<&str, usize> = HashMap::new();
    for (i, c) in clauses.iter().enumerate() {
        match c.topic.as_deref() {
            Some(t) if by_topic.contains_key(t) => {
                let u = &mut out[by_topic[t]];
                u.clauses.push(i);
                if let Some(text) = &c.text {
                    if !u.text.is_empty() {
                        u.text.push('\n');
                    }
                    u.text.push_str(text);
                }
                u.unreported |= c.text.is_none();
            }
            topic => {
                if let Some(t) = topic {
                    by_topic.insert(t, out.len());
                }
                out.push(Unit {
                    topic,
                    clauses: vec![i],
                    text: c.text.clone().unwrap_or_default(),
                    unreported: c.text.is_none(),
                });
            }
        }
    }
    out
}

/// The known text of a group of clauses as the diff sees it: one paragraph per clause.
pub fn joined_text(clauses: &[Clause], indices: &[usize]) -> String {
    indices
        .iter()
        .filter_map(|&i| clauses[i].text.as_deref())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Lower-cased words of a text, for a cheap order-blind overlap measure.
fn word_bag(text: &str) -> Vec<String> {
    crate::diff::tokenize(text)
        .into_iter()
        .filter(|t| t.chars().next().is_some_and(char::is_alphanumeric))
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// Dice coefficient of two word bags: twice the words they share over all their words.
fn overlap(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut left: HashMap<&str, usize> = HashMap::new();
    for w in a {
        *left.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in b {
        if let Some(n) = left.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Indices (into `seq`) of one longest strictly increasing subsequence.
fn longest_increasing(seq: &[usize]) -> Vec<usize> {
    let n = seq.len();
    let mut len = vec![1usize; n];
    let mut prev = vec![usize::MAX; n];
    for i in 0..n {
        for j in 0..i {
            if seq[j] < seq[i] && len[j] + 1 > len[i] {
                len[i] = len[j] + 1;
                prev[i] = j;
            }
        }
    }
    let Some(mut k) = (0..n).max_by_key(|&i| (len[i], std::cmp::Reverse(i))) else {
        return Vec::new();
    };
    let mut out = vec![k];
    while prev[k] != usize::MAX {
        k = prev[k];
        out.push(k);
    }
    out.reverse();
    out
}

pub fn align(left: &[Clause], right: &[Clause]) -> Vec<Row> {
    let lu = units(left);
    let ru = units(right);

    // Every list sorted here is of (usize, usize, usize), so the bundle carries one sort.
    // (left unit, right unit, 1 + score in thousandths if paired by similarity, else 0)
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    let mut l_matched = vec![false; lu.len()];
    let mut r_matched = vec![false; ru.len()];
    let r_by_topic: HashMap<&str, usize> = ru
        .iter()
        .enumerate()
        .filter_map(|(i, u)| u.topic.map(|t| (t, i)))
        .collect();
    for (li, u) in lu.iter().enumerate() {
        if let Some(&ri) = u.topic.and_then(|t| r_by_topic.get(t)) {
            pairs.push((li, ri, 0));
            l_matched[li] = true;
            r_matched[ri] = true;
        }
    }

    let l_open: Vec<usize> = (0..lu.len()).filter(|&i| !l_matched[i]).collect();
    let r_open: Vec<usize> = (0..ru.len()).filter(|&i| !r_matched[i]).collect();
    if l_open.len() * r_open.len() <= MAX_SIMILARITY_PAIRS {
        let l_bags: Vec<Vec<String>> = l_open.iter().map(|&i| word_bag(&lu[i].text)).collect();
        let r_bags: Vec<Vec<String>> = r_open.iter().map(|&i| word_bag(&ru[i].text)).collect();
        // (how far from a perfect match, in millionths; left unit; right unit)
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for (a, &li) in l_open.iter().enumerate() {
            for (b, &ri) in r_open.iter().enumerate() {
                // Two clauses the data puts under different topics are different subjects,
                // however alike their words.
                if lu[li].topic.is_some() && ru[ri].topic.is_some() {
                    continue;
                }
                // Unknown wording cannot be matched by wording.
                if l_bags[a].is_empty() || r_bags[b].is_empty() {
                    continue;
                }
                let score = overlap(&l_bags[a], &r_bags[b]);
                if score >= SIMILARITY_THRESHOLD {
                    candidates.push(((1e6 * (1.0 - score)) as usize, li, ri));
                }
            }
        }
        // Best pairs first; ties go to the earlier clauses so the result is stable.
        candidates.sort_unstable();
        for (distance, li, ri) in candidates {
            if !l_matched[li] && !r_matched[ri] {
                l_matched[li] = true;
                r_matched[ri] = true;
                pairs.push((li, ri, 1 + 1000 - distance / 1000));
            }
        }
    }

    pairs.sort_unstable();
    let right_order: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    let mut in_order = vec![false; pairs.len()];
    for k in longest_increasing(&right_order) {
        in_order[k] = true;
    }
    let mut pair_of_right = vec![None; ru.len()];
    for (k, p) in pairs.iter().enumerate() {
        pair_of_right[p.1] = Some(k);
    }

    let row = |li: Option<usize>, ri: Option<usize>, status: Status, score: Option<u16>| {
        let topic = li
            .and_then(|i| lu[i].topic)
            .or_else(|| ri.and_then(|i| ru[i].topic))
            .map(str::to_string);
        Row {
            topic,
            left: li.map(|i| lu[i].clauses.clone()).unwrap_or_default(),
            right: ri.map(|i| ru[i].clauses.clone()).unwrap_or_default(),
            status,
            score,
        }
    };

    // Rows follow the right draft. A removed clause comes right after the row of the
    // left clause it followed, so it is read where it used to be; before any row if
    // nothing preceded it.
    let mut placed = Vec::with_capacity(ru.len());
    let mut row_of_left = vec![None; lu.len()];
    for ri in 0..ru.len() {
        placed.push(match pair_of_right[ri] {
            Some(k) => {
                let (li, _, score) = pairs[k];
                row_of_left[li] = Some(ri);
                let status = if lu[li].unreported || ru[ri].unreported {
                    Status::Unreported
                } else if !in_order[k] {
                    Status::Moved
                } else if lu[li].text == ru[ri].text {
                    Status::Kept
                } else {
                    Status::Changed
                };
                row(Some(li), Some(ri), status, score.checked_sub(1).map(|s| s as u16))
            }
            None => row(None, Some(ri), Status::Added, None),
        });
    }
    // (1 + the row the removed clause follows, or 0 before all rows; left index; unused)
    let mut removed: Vec<(usize, usize, usize)> = (0..lu.len())
        .filter(|&li| !l_matched[li])
        .map(|li| {
            (
                (0..li)
                    .rev()
                    .find_map(|p| row_of_left[p])
                    .map_or(0, |r| r + 1),
                li,
                0,
            )
        })
        .collect();
    removed.sort_unstable();
    let mut removed = removed.into_iter().peekable();
    let mut rows = Vec::with_capacity(lu.len() + ru.len());
    let mut emit_removed_after = |anchor: usize, rows: &mut Vec<Row>| {
        while let Some((_, li, _)) = removed.next_if(|(a, _, _)| *a == anchor) {
            rows.push(row(Some(li), None, Status::Removed, None));
        }
    };
    emit_removed_after(0, &mut rows);
    for (ri, r) in placed.into_iter().enumerate() {
        rows.push(r);
        emit_removed_after(ri + 1, &mut rows);
    }
    rows
}
