//! Which clauses of one draft correspond to which clauses of another.
//!
//! Clauses are first grouped by topic within each draft, so a point that was split in
//! two, or two points that were merged, still land in one row; groups with the same
//! topic are paired: the author said so. Everything else is matched by its wording:
//!
//! 1. identical texts first, by exact comparison (a draft against itself costs no scoring);
//! 2. candidates found through an index of each clause's rarer words (never every clause
//!    against every other), plus the clause with the same number and the one at the same
//!    place in the document;
//! 3. each candidate scored by the share of the *shorter* clause's words found in the
//!    other (containment), each word weighted by how rare it is across both drafts
//!    (inverse document frequency), so a section that grew fourfold still matches and two
//!    sections that share only "the", "shall" and "licence" do not; a same number and a
//!    similar place add a little evidence; pairs are taken best first;
//! 4. a clause left over next to a matched one, and mostly contained in its partner, joins
//!    that row: a section split in two, or two merged (1:n and n:1);
//! 5. a clause still left over that holds a sentence of a matched row, found by its word
//!    pairs, which that row's other side has lost, joins the row: a paragraph that left
//!    its section for a new, distant one shares few of the new section's words, but it
//!    kept its phrasing.
//!
//! Each match by wording carries its score; below [`CERTAIN`] it is only a *possible*
//! match and is shown as such. Pairs whose order differs between the drafts are *moved*;
//! the longest run that kept its order stays in place.
//!
//! Invariant: `align` sees only topics, numbers and clause texts; it knows nothing of
//! rendering. Every clause of both drafts is in exactly one row.

use crate::model::Clause;
use crate::text::WordMap;

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
    /// For rows matched by their wording (not by a shared topic): how sure the match is,
    /// in thousandths. Identical texts score 1000.
    pub score: Option<u16>,
}

/// From this score (thousandths) a match by wording is shown as certain; below it, as a
/// *possible* match.
pub const CERTAIN: u16 = 500;

/// Below this share of the shorter clause's (weighted) words, two clauses are not paired.
const POSSIBLE: f64 = 0.3;

/// A clause left over joins a neighbouring row when at least this share of its weighted
/// words is in that row's other side.
const JOINS: f64 = 0.5;

/// The same, for a leftover clause that is not next to the row (a split that also moved).
const JOINS_FAR: f64 = 0.6;

/// A leftover clause joins a row when one of the row's sentences has at least this share
/// of its word pairs (weighted by their words) in it, and at most half that share in the
/// row's other side: the sentence moved there.
const MOVED: f64 = 0.3;

/// Sorts `ids` ascending with the one sort the reader already ships, the one for
/// `(usize, usize, usize)` (candidate pairs): a second `sort_unstable` instantiation, for
/// `usize`, costs every reader 1.6 KB gzip (measured).
fn sort_ids(ids: &mut Vec<usize>) {
    let mut triples: Vec<(usize, usize, usize)> = ids.iter().map(|&i| (i, 0, 0)).collect();
    triples.sort_unstable();
    ids.clear();
    ids.extend(triples.into_iter().map(|t| t.0));
}

/// Whether a row's score makes it only a possible match.
pub fn is_possible(score: Option<u16>) -> bool {
    score.is_some_and(|s| s < CERTAIN)
}

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
    let mut by_topic: WordMap = WordMap::default();
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

/// Indices (into `seq`) of the increasing subsequence of `seq`'s values with the greatest
/// total weight: the pairs that keep their order, trusting strong matches over weak ones.
fn heaviest_increasing(seq: &[usize], weight: &[usize]) -> Vec<usize> {
    let n = seq.len();
    let mut best = weight.to_vec();
    let mut prev = vec![usize::MAX; n];
    for i in 0..n {
        for j in 0..i {
            if seq[j] < seq[i] && best[j] + weight[i] > best[i] {
                best[i] = best[j] + weight[i];
                prev[i] = j;
            }
        }
    }
    let Some(mut k) = (0..n).max_by_key(|&i| (best[i], std::cmp::Reverse(i))) else {
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

/// Which groups (listed in `order`, the right draft's order) keep their left-hand order:
/// the heaviest increasing run, weighted by score (a topic match weighs as a certain one).
fn kept_in_order(groups: &[Group], order: &[usize]) -> Vec<bool> {
    let left_order: Vec<usize> = order.iter().map(|&g| groups[g].left[0]).collect();
    let weights: Vec<usize> = order
        .iter()
        .map(|&g| usize::from(groups[g].score.unwrap_or(1000)))
        .collect();
    let mut in_order = vec![false; groups.len()];
    for k in heaviest_increasing(&left_order, &weights) {
        in_order[order[k]] = true;
    }
    in_order
}

/// The distinct lower-cased words of each text, as sorted ids into one vocabulary of both
/// drafts, and each word's weight: ln(1 + units / units containing it).
struct Words {
    ids: Vec<Vec<usize>>,
    weight: Vec<f64>,
    /// The summed weight of each text's words.
    mass: Vec<f64>,
    /// For each word, the texts that contain it.
    postings: Vec<Vec<usize>>,
}

impl Words {
    /// Each text's distinct words, from [`word_ids`].
    fn new(seqs: &[Vec<usize>], kinds: usize) -> Words {
        let mut postings: Vec<Vec<usize>> = vec![Vec::new(); kinds];
        let ids: Vec<Vec<usize>> = seqs
            .iter()
            .enumerate()
            .map(|(t, seq)| {
                let mut these: Vec<usize> = Vec::new();
                for &w in seq {
                    if w != END && postings[w].last() != Some(&t) {
                        postings[w].push(t);
                        these.push(w);
                    }
                }
                sort_ids(&mut these);
                these
            })
            .collect();
        let n = seqs.len().max(1) as f64;
        let weight: Vec<f64> = postings
            .iter()
            .map(|p| (1.0 + n / p.len().max(1) as f64).ln())
            .collect();
        let mass = ids
            .iter()
            .map(|w| w.iter().map(|&i| weight[i]).sum())
            .collect();
        Words {
            ids,
            weight,
            mass,
            postings,
        }
    }

    /// The weight of the words texts `a` and `b` share (a merge of two sorted lists).
    fn shared(&self, a: usize, b: usize) -> f64 {
        let (x, y) = (&self.ids[a], &self.ids[b]);
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weight[x[i]];
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// How much of the smaller text is in the larger one (0–1), and how much of both (0–1).
    fn likeness(&self, a: usize, b: usize) -> (f64, f64) {
        let (ma, mb) = (self.mass[a], self.mass[b]);
        if ma <= 0.0 || mb <= 0.0 {
            return (0.0, 0.0);
        }
        let s = self.shared(a, b);
        (s / ma.min(mb), 2.0 * s / (ma + mb))
    }
}

/// Each text's words in order, as ids into one vocabulary of all the texts (lower-cased,
/// a final "s" dropped so "contents" meets "content"), with [`END`] after each sentence;
/// and the vocabulary's size.
fn word_ids(lower: &[String]) -> (Vec<Vec<usize>>, usize) {
    let mut vocabulary: WordMap = WordMap::default();
    let ids = lower
        .iter()
        .map(|text| {
            let mut ids = Vec::new();
            for w in crate::diff::tokenize(text) {
                if w.chars().next().is_some_and(char::is_alphanumeric) {
                    let next = vocabulary.len();
                    ids.push(
                        *vocabulary
                            .entry(w.strip_suffix('s').unwrap_or(w))
                            .or_insert(next),
                    );
                } else if matches!(w, "." | ";" | ":") || w.bytes().any(|b| b == b'\n') {
                    ids.push(END);
                }
            }
            ids.push(END);
            ids
        })
        .collect();
    (ids, vocabulary.len())
}

/// Marks a sentence's end in [`word_ids`].
const END: usize = usize::MAX;

/// "§ 7", "Article 7.", "7" → "7": the part of a clause number worth comparing.
fn plain_number(n: &str) -> String {
    n.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Unit `u` of one side joins group `g`: `side` is the group's list for that side, `slot`
/// the unit's entry in that side's unit → group map.
fn join(side: &mut Vec<usize>, slot: &mut Option<usize>, u: usize, g: usize) {
    side.push(u);
    sort_ids(side);
    *slot = Some(g);
}

/// A row in the making: units of each side (indices into the unit lists) and the score.
struct Group {
    left: Vec<usize>,
    right: Vec<usize>,
    score: Option<u16>,
}

pub fn align(left: &[Clause], right: &[Clause]) -> Vec<Row> {
    let lu = units(left);
    let ru = units(right);
    let mut groups: Vec<Group> = Vec::new();
    let mut l_group: Vec<Option<usize>> = vec![None; lu.len()];
    let mut r_group: Vec<Option<usize>> = vec![None; ru.len()];
    let pair = |groups: &mut Vec<Group>,
                l: usize,
                r: usize,
                score: Option<u16>,
                lg: &mut Vec<Option<usize>>,
                rg: &mut Vec<Option<usize>>| {
        lg[l] = Some(groups.len());
        rg[r] = Some(groups.len());
        groups.push(Group {
            left: vec![l],
            right: vec![r],
            score,
        });
    };

    // The author's word first: the same topic on both sides.
    let r_by_topic: WordMap = ru
        .iter()
        .enumerate()
        .filter_map(|(i, u)| u.topic.map(|t| (t, i)))
        .collect();
    for (li, u) in lu.iter().enumerate() {
        if let Some(&ri) = u.topic.and_then(|t| r_by_topic.get(t)) {
            pair(&mut groups, li, ri, None, &mut l_group, &mut r_group);
        }
    }
    // Two units the data puts under different topics are different subjects, however
    // alike their words: only pairs where at least one side has no topic are open.
    let open = |l: &Unit, r: &Unit| l.topic.is_none() || r.topic.is_none();

    // The very same clause on both sides (a draft compared with itself): paired even when
    // its wording is unknown, which no wording could match.
    if left.len() == right.len() && left.iter().zip(right).all(|(a, b)| a.id == b.id) {
        for (li, u) in lu.iter().enumerate() {
            if l_group[li].is_none() && r_group[li].is_none() && u.topic.is_none() {
                pair(&mut groups, li, li, Some(1000), &mut l_group, &mut r_group);
            }
        }
    }

    // Identical wording, in order.
    let mut same_text: WordMap = WordMap::default();
    let mut queues: Vec<Vec<usize>> = Vec::new();
    for (ri, u) in ru.iter().enumerate().rev() {
        if r_group[ri].is_none() && !u.text.is_empty() {
            let next = queues.len();
            let q = *same_text.entry(u.text.as_str()).or_insert(next);
            if q == queues.len() {
                queues.push(Vec::new());
            }
            queues[q].push(ri);
        }
    }
    for (li, u) in lu.iter().enumerate() {
        if l_group[li].is_some() || u.text.is_empty() {
            continue;
        }
        let Some(&q) = same_text.get(u.text.as_str()) else {
            continue;
        };
        if let Some(k) = queues[q]
            .iter()
            .rposition(|&ri| r_group[ri].is_none() && open(u, &ru[ri]))
        {
            let ri = queues[q].remove(k);
            pair(&mut groups, li, ri, Some(1000), &mut l_group, &mut r_group);
        }
    }

    // Scored candidates among what is left. Texts 0..lu.len() are the left units, the
    // rest the right ones.
    // When everything is already paired (a draft against itself, topics everywhere),
    // there is nothing to score: the words are not even read.
    let any_left = l_group.iter().chain(&r_group).any(Option::is_none);
    let texts: Vec<&str> = lu
        .iter()
        .chain(&ru)
        .map(|u| if any_left { u.text.as_str() } else { "" })
        .collect();
    // Each text lower-cased once (ASCII only: Unicode case tables would cost every reader
    // 7 KB), and hyphens and apostrophes made spaces: "conflict-of-law" is also written
    // "conflict of law", and "Ukraine's" should meet "Ukraine".
    let lower: Vec<String> = texts
        .iter()
        .map(|t| {
            t.chars()
                .map(|c| match c {
                    '-' | '‑' | '\'' | '’' => ' ',
                    c => c.to_ascii_lowercase(),
                })
                .collect()
        })
        .collect();
    let (seqs, kinds) = word_ids(&lower);
    let words = Words::new(&seqs, kinds);
    let nl = lu.len();
    let r_numbers: Vec<String> = ru
        .iter()
        .map(|u| plain_number(&right[u.clauses[0]].number))
        .collect();
    // One map type in the whole engine (&str → usize): a second costs the reader's download.
    let r_by_number: WordMap = r_numbers
        .iter()
        .enumerate()
        .rev()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    // Words in more texts than this are too common to find candidates by (they still count
    // in the score).
    let common = (texts.len() / 8).max(4);
    let mut seen = vec![usize::MAX; ru.len()];
    // (distance from a perfect match in millionths, left unit, right unit)
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for li in 0..nl {
        if l_group[li].is_some() || lu[li].text.is_empty() {
            continue;
        }
        let mut these: Vec<usize> = Vec::new();
        for &w in &words.ids[li] {
            if words.postings[w].len() <= common {
                these.extend(
                    words.postings[w]
                        .iter()
                        .filter(|&&t| t >= nl)
                        .map(|t| t - nl),
                );
            }
        }
        let place = if nl > 1 {
            li * (ru.len().max(1) - 1) / (nl - 1)
        } else {
            0
        };
        these.extend(
            [place, place + 1, place.wrapping_sub(1)]
                .into_iter()
                .filter(|&r| r < ru.len()),
        );
        these.extend(r_by_number.get(plain_number(&left[lu[li].clauses[0]].number).as_str()));
        for ri in these {
            if seen[ri] == li || r_group[ri].is_some() || !open(&lu[li], &ru[ri]) {
                continue;
            }
            seen[ri] = li;
            let (contained, dice) = words.likeness(li, nl + ri);
            if contained < POSSIBLE {
                continue;
            }
            let same_number = plain_number(&left[lu[li].clauses[0]].number) == r_numbers[ri];
            let lp = li as f64 / nl.max(1) as f64;
            let rp = ri as f64 / ru.len().max(1) as f64;
            let rank = 0.6 * contained
                + 0.3 * dice
                + 0.05 * f64::from(u8::from(same_number))
                + 0.05 * (1.0 - (lp - rp).abs());
            candidates.push(((1e6 * (1.0 - rank.min(1.0))) as usize, li, ri));
        }
    }
    // Best pairs first; ties go to the earlier clauses so the result is stable.
    candidates.sort_unstable();
    for (_, li, ri) in candidates {
        if l_group[li].is_none() && r_group[ri].is_none() {
            let (contained, _) = words.likeness(li, nl + ri);
            let score = (contained * 1000.0).round() as u16;
            pair(&mut groups, li, ri, Some(score), &mut l_group, &mut r_group);
        }
    }

    // Order is evidence too: of the matches, keep in place the heaviest run that keeps its
    // order; a weak match that would break it is more likely wrong than moved.
    let mut order: Vec<usize> = Vec::with_capacity(groups.len());
    for ri in 0..ru.len() {
        if let Some(g) = r_group[ri] {
            order.push(g);
        }
    }
    let in_order = kept_in_order(&groups, &order);
    for (g, grp) in groups.iter_mut().enumerate() {
        if !in_order[g] && grp.score.is_some_and(|s| s < CERTAIN) {
            l_group[grp.left[0]] = None;
            r_group[grp.right[0]] = None;
            grp.left.clear();
            grp.right.clear();
        }
    }

    // Splits and merges: a leftover unit mostly contained in one side of a matched row
    // joins that row; next to the row a looser fit is enough, as a split usually stays
    // where it was.
    let fits = |unit: usize, other: usize, near: bool| {
        let need = if near { JOINS } else { JOINS_FAR };
        words.mass[unit] > 0.0 && words.shared(unit, other) / words.mass[unit] >= need
    };
    // `unit` is a leftover of one side (own); the texts of the other side (theirs) are the
    // left units when `theirs_left`, else the right ones (numbered from `nl`).
    let join_target = |unit: usize,
                       own: &[Option<usize>],
                       their: &[Option<usize>],
                       place: usize,
                       groups: &[Group],
                       theirs_left: bool|
     -> Option<usize> {
        let own_offset = if theirs_left { nl } else { 0 };
        let mut best: Option<(f64, usize)> = None;
        // Each text is weighed once, however many rare words lead to it.
        let mut tried = vec![false; words.ids.len()];
        for &w in &words.ids[own_offset + unit] {
            if words.postings[w].len() > common {
                continue;
            }
            for &t in &words.postings[w] {
                if std::mem::replace(&mut tried[t], true) {
                    continue;
                }
                let other = match (theirs_left, t < nl) {
                    (true, true) => t,
                    (false, false) => t - nl,
                    _ => continue,
                };
                let Some(g) = their[other] else { continue };
                if groups[g].score.is_none() {
                    continue;
                }
                let near = own
                    .get(place.wrapping_sub(1))
                    .copied()
                    .flatten()
                    .is_some_and(|n| n == g)
                    || own
                        .get(place + 1)
                        .copied()
                        .flatten()
                        .is_some_and(|n| n == g);
                if fits(own_offset + unit, t, near) {
                    let share = words.shared(own_offset + unit, t) / words.mass[own_offset + unit];
                    if best.is_none_or(|(s, _)| share > s) {
                        best = Some((share, g));
                    }
                }
            }
        }
        best.map(|(_, g)| g)
    };
    for ri in 0..ru.len() {
        if r_group[ri].is_some() || ru[ri].topic.is_some() {
            continue;
        }
        if let Some(g) = join_target(ri, &r_group, &l_group, ri, &groups, true) {
            join(&mut groups[g].right, &mut r_group[ri], ri, g);
        }
    }
    for li in 0..nl {
        if l_group[li].is_some() || lu[li].topic.is_some() {
            continue;
        }
        if let Some(g) = join_target(li, &l_group, &r_group, li, &groups, false) {
            join(&mut groups[g].left, &mut l_group[li], li, g);
        }
    }

    // Passages that moved (step 5 above): a sentence of a matched row found, by its word
    // pairs, in a leftover unit of the other side, and hardly in its own partner.

    // Whether text `t` (left units, then right ones) is a leftover without a topic.
    let leftover = |t: usize, l_group: &[Option<usize>], r_group: &[Option<usize>]| {
        if t < nl {
            l_group[t].is_none() && lu[t].topic.is_none()
        } else {
            r_group[t - nl].is_none() && ru[t - nl].topic.is_none()
        }
    };
    // The share of a sentence's word pairs (each weighing as its two words) that are in
    // any of `texts`, as pairs.
    let pairs_in = |sentence: &[usize], texts: &[usize]| {
        let (mut all, mut found) = (0.0, 0.0);
        for pair in sentence.windows(2) {
            let w = words.weight[pair[0]] + words.weight[pair[1]];
            all += w;
            if texts.iter().any(|&t| seqs[t].windows(2).any(|x| x == pair)) {
                found += w;
            }
        }
        found / all
    };
    // (distance from a perfect match in millionths, leftover text, group)
    let mut moved: Vec<(usize, usize, usize)> = Vec::new();
    // Which sentence last listed each text as a candidate.
    let (mut seen, mut stamp) = (vec![0; seqs.len()], 0);
    for (t, seq) in seqs.iter().enumerate() {
        let mine = t < nl;
        let g = if mine { l_group[t] } else { r_group[t - nl] };
        let Some(g) = g.filter(|&g| groups[g].score.is_some()) else {
            continue;
        };
        let theirs: Vec<usize> = if mine {
            groups[g].right.iter().map(|u| u + nl).collect()
        } else {
            groups[g].left.clone()
        };
        for sentence in seq.split(|&w| w == END).filter(|s| s.len() >= 8) {
            // Most sentences are still at home: no leftover could then hold twice as much.
            let at_home = pairs_in(sentence, &theirs);
            if at_home > 0.5 {
                continue;
            }
            stamp += 1;
            let mut candidates: Vec<usize> = Vec::new();
            for &w in sentence {
                if words.postings[w].len() <= common {
                    for &o in &words.postings[w] {
                        if seen[o] != stamp && (o < nl) != mine && leftover(o, &l_group, &r_group) {
                            seen[o] = stamp;
                            candidates.push(o);
                        }
                    }
                }
            }
            for other in candidates {
                let there = pairs_in(sentence, &[other]);
                if there >= MOVED && there >= 2.0 * at_home {
                    moved.push(((1e6 * (1.0 - there)) as usize, other, g));
                }
            }
        }
    }
    moved.sort_unstable();
    for (_, t, g) in moved {
        if leftover(t, &l_group, &r_group) {
            if t < nl {
                join(&mut groups[g].left, &mut l_group[t], t, g);
            } else {
                join(&mut groups[g].right, &mut r_group[t - nl], t - nl, g);
            }
        }
    }

    // Moves: in the right draft's order, the groups whose left side keeps its order (now
    // with the joined units, first unit of each side).
    let mut order: Vec<usize> = Vec::with_capacity(groups.len());
    for ri in 0..ru.len() {
        if let Some(g) = r_group[ri] {
            if groups[g].right[0] == ri {
                order.push(g);
            }
        }
    }
    let in_order = kept_in_order(&groups, &order);

    let clauses_of = |units: &[Unit], idx: &[usize]| -> Vec<usize> {
        let mut c: Vec<usize> = idx
            .iter()
            .flat_map(|&u| units[u].clauses.iter().copied())
            .collect();
        sort_ids(&mut c);
        c
    };
    let row_of = |g: &Group, status: Status| Row {
        topic: g
            .left
            .iter()
            .find_map(|&u| lu[u].topic)
            .or_else(|| g.right.iter().find_map(|&u| ru[u].topic))
            .map(str::to_string),
        left: clauses_of(&lu, &g.left),
        right: clauses_of(&ru, &g.right),
        status,
        score: g.score,
    };

    // Rows follow the right draft. A removed clause comes right after the row of the
    // left clause it followed, so it is read where it used to be; before any row if
    // nothing preceded it.
    let mut placed = Vec::with_capacity(ru.len());
    let mut row_of_left = vec![None; lu.len()];
    for ri in 0..ru.len() {
        match r_group[ri] {
            Some(g) if groups[g].right[0] != ri => continue,
            Some(g) => {
                let grp = &groups[g];
                for &li in &grp.left {
                    row_of_left[li] = Some(placed.len());
                }
                let mut row = row_of(grp, Status::Changed);
                // Kept means the reader sees the same words on both sides, so it is decided
                // on the texts as shown (clauses in reading order), not on the units.
                row.status = if grp.left.iter().any(|&u| lu[u].unreported)
                    || grp.right.iter().any(|&u| ru[u].unreported)
                {
                    Status::Unreported
                } else if !in_order[g] {
                    Status::Moved
                } else if joined_text(left, &row.left) == joined_text(right, &row.right) {
                    Status::Kept
                } else {
                    Status::Changed
                };
                placed.push(row);
            }
            None => placed.push(row_of(
                &Group {
                    left: vec![],
                    right: vec![ri],
                    score: None,
                },
                Status::Added,
            )),
        }
    }
    // (1 + the row the removed clause follows, or 0 before all rows; left unit; unused)
    let mut removed: Vec<(usize, usize, usize)> = (0..lu.len())
        .filter(|&li| l_group[li].is_none())
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
            rows.push(row_of(
                &Group {
                    left: vec![li],
                    right: vec![],
                    score: None,
                },
                Status::Removed,
            ));
        }
    };
    emit_removed_after(0, &mut rows);
    for (k, r) in placed.into_iter().enumerate() {
        rows.push(r);
        emit_removed_after(k + 1, &mut rows);
    }
    rows
}
