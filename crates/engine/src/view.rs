//! What of a long negotiation the reader asked to see: the rows that pass a filter (with
//! runs of kept rows folded into one line), a topic's history through every draft, and
//! the overview of topics × drafts.
//!
//! Pure functions of the set, the comparison and the filter, checked by the tests on
//! generated sets. The reader filters its rows with `shown` (`show=`, `status=`,
//! `topics=`, `q=`); the overview page uses `hits`, `history`, `overview` and `uptake`.
//! Dates compare as written: `YYYY`, `YYYY-MM` and `YYYY-MM-DD` strings sort in time
//! order (a month before its days).

use crate::align::{Status, joined_text};
use crate::compare::Comparison;
use crate::diff::{Segment, SegmentKind, diff_words};
use crate::model::{Clause, Draft, Position, Stance};
use crate::validate::ValidClauseSet;

/// Which rows the reader shows: `show=changes`, `status=`, `topics=` and `q=`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// `show=changes`: runs of kept rows fold into one line.
    pub changes: bool,
    /// `status=moved`: only rows of this status (a count in the summary line, pressed).
    pub status: Option<Status>,
    /// `topics=army-size,territory`: only rows on these topics.
    pub topics: Vec<String>,
    /// `q=amnesty`: only rows whose label or text (either side) contains these words, in
    /// any case of ASCII letters; the words are marked where they occur.
    pub query: String,
}

/// A search as typed, made fit for the address and the filter: trimmed, at most
/// [`QUERY_CHARS`] characters.
pub fn query(typed: &str) -> String {
    // Trimmed again after the cut, so that reading a search back gives the same search.
    let cut: String = typed.trim().chars().take(QUERY_CHARS).collect();
    cut.trim().to_string()
}

/// The longest search kept: a phrase, not a paste of the whole text.
pub const QUERY_CHARS: usize = 200;

/// Whether `query` occurs in a row's label or in the text of one of its clauses, on
/// either side (`left` and `right`: the compared drafts).
pub fn row_has(
    row: &crate::compare::ComparedRow,
    left: &Draft,
    right: &Draft,
    query: &str,
) -> bool {
    let found = |t: &str| !hits(t, query).is_empty();
    let in_side = |d: &Draft, idx: &[usize]| {
        idx.iter()
            .any(|&i| d.clauses[i].text.as_deref().is_some_and(found))
    };
    found(&row.label) || in_side(left, &row.left) || in_side(right, &row.right)
}

/// One line of the rows' list as shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// A row of the comparison, by index.
    Row(usize),
    /// `count` kept rows from row `first` on, folded: "7 kept clauses — show".
    Kept { first: usize, count: usize },
}

/// Where `query` occurs in `text`, as byte ranges, ignoring the case of ASCII letters.
/// Both are UTF-8, so a match starts and ends on character boundaries. An empty (or
/// blank) query matches nowhere.
pub fn hits(text: &str, query: &str) -> Vec<(usize, usize)> {
    let q = query.trim().as_bytes();
    let t = text.as_bytes();
    let mut out = Vec::new();
    if q.is_empty() || q.len() > t.len() {
        return out;
    }
    let mut i = 0;
    while i + q.len() <= t.len() {
        if t[i..i + q.len()].eq_ignore_ascii_case(q) {
            out.push((i, i + q.len()));
            i += q.len();
        } else {
            i += 1;
        }
    }
    out
}

/// The rows that pass `filter`, in order; with `filter.changes`, each run of kept rows
/// becomes one [`Shown::Kept`] unless its first row's key is in `opened`. `left` and
/// `right` are the compared drafts (the search reads their clauses).
pub fn shown(
    cmp: &Comparison,
    left: &Draft,
    right: &Draft,
    filter: &Filter,
    opened: &[String],
) -> Vec<Shown> {
    let mut out: Vec<Shown> = Vec::new();
    let mut run_open = false;
    for (i, row) in cmp.rows.iter().enumerate() {
        let on_topic = filter.topics.is_empty()
            || row
                .topic
                .as_ref()
                .is_some_and(|t| filter.topics.contains(t));
        if !(on_topic
            && filter.status.is_none_or(|s| s == row.status)
            && (filter.query.is_empty() || row_has(row, left, right, &filter.query)))
        {
            continue;
        }
        if !(filter.changes && row.status == Status::Kept) {
            out.push(Shown::Row(i));
            run_open = false;
            continue;
        }
        match out.last_mut() {
            Some(Shown::Kept { count, first }) if !run_open && *first + *count == i => *count += 1,
            _ if opened.contains(&row.key) || run_open => {
                out.push(Shown::Row(i));
                run_open = true;
            }
            _ => out.push(Shown::Kept { first: i, count: 1 }),
        }
    }
    out
}

/// The topics (in the set's order) on which some clause of some draft contains `query`.
pub fn topics_with_hits<'a>(set: &'a ValidClauseSet, query: &str) -> Vec<&'a str> {
    set.topics
        .iter()
        .map(|t| t.id.as_str())
        .filter(|t| {
            set.drafts.iter().flat_map(|d| &d.clauses).any(|c| {
                c.topic.as_deref() == Some(*t)
                    && c.text
                        .as_deref()
                        .is_some_and(|x| !hits(x, query).is_empty())
            })
        })
        .collect()
}

/// A draft in a topic's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step<'a> {
    pub draft: &'a Draft,
    /// The clauses on the topic (indices into the draft's clauses); empty: not in it.
    pub clauses: Vec<usize>,
    /// The wording against the last earlier draft that had a reported wording, word by
    /// word; only `Equal` segments for the first one; empty when the wording is not
    /// reported or the topic is absent.
    pub diff: Vec<Segment>,
    /// The draft `diff` compares with: the last earlier one with a reported wording.
    pub since: Option<&'a Draft>,
}

/// One entry of a topic's history, in time order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event<'a> {
    Draft(Step<'a>),
    /// A party's position on the topic, by index into the set's positions.
    Position(usize),
}

/// The drafts of `set` in date order (the file's order among equal dates).
pub fn drafts_by_date(set: &ValidClauseSet) -> Vec<&Draft> {
    let mut out: Vec<&Draft> = Vec::new();
    for d in &set.drafts {
        let at = out
            .iter()
            .position(|e| e.date > d.date)
            .unwrap_or(out.len());
        out.insert(at, d);
    }
    out
}

fn on_topic(clauses: &[Clause], topic: &str) -> Vec<usize> {
    (0..clauses.len())
        .filter(|&i| clauses[i].topic.as_deref() == Some(topic))
        .collect()
}

/// Whether every clause in `idx` has its wording reported.
fn reported(clauses: &[Clause], idx: &[usize]) -> bool {
    idx.iter().all(|&i| clauses[i].text.is_some())
}

/// Topic `topic` through every draft in date order, each diffed against the one before,
/// with every party's positions on it placed where they fall in time (after the drafts of
/// the same date or earlier).
pub fn history<'a>(set: &'a ValidClauseSet, topic: &str) -> Vec<Event<'a>> {
    let mut out: Vec<Event> = Vec::new();
    let mut before: Option<(String, &Draft)> = None;
    for d in drafts_by_date(set) {
        let clauses = on_topic(&d.clauses, topic);
        let mut step = Step {
            draft: d,
            clauses,
            diff: Vec::new(),
            since: None,
        };
        if !step.clauses.is_empty() && reported(&d.clauses, &step.clauses) {
            let text = joined_text(&d.clauses, &step.clauses);
            step.diff = match &before {
                Some((old, since)) => {
                    step.since = Some(since);
                    diff_words(old, &text)
                }
                None => vec![Segment {
                    kind: SegmentKind::Equal,
                    text: text.clone(),
                }],
            };
            before = Some((text, d));
        }
        out.push(Event::Draft(step));
    }
    for (i, p) in set.positions.iter().enumerate() {
        if p.topic.as_deref() != Some(topic) {
            continue;
        }
        // After everything dated on or before it, positions among themselves by date.
        let at = out
            .iter()
            .position(|e| match e {
                Event::Draft(s) => s.draft.date > p.date,
                Event::Position(j) => set.positions[*j].date > p.date,
            })
            .unwrap_or(out.len());
        out.insert(at, Event::Position(i));
    }
    out
}

/// What a topic looks like in one draft, against the previous draft in date order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Not in this draft.
    Absent,
    /// In this draft and not in the one before (or this is the first draft).
    Present,
    /// The same wording as in the draft before.
    Same,
    /// Reworded since the draft before.
    Changed,
    /// In this draft, wording not reported.
    Unreported,
}

impl Cell {
    pub fn as_str(self) -> &'static str {
        match self {
            Cell::Absent => "absent",
            Cell::Present => "present",
            Cell::Same => "same",
            Cell::Changed => "changed",
            Cell::Unreported => "unreported",
        }
    }
}

/// One topic across the drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicLine {
    pub topic: String,
    pub label: String,
    /// One cell per draft, in [`drafts_by_date`] order.
    pub cells: Vec<Cell>,
    /// Per party of the set, in its order: its latest stance on the topic, if any.
    pub stances: Vec<Option<Stance>>,
}

/// Every topic of the set that some draft has, in the set's topic order.
pub fn overview(set: &ValidClauseSet) -> Vec<TopicLine> {
    let drafts = drafts_by_date(set);
    set.topics
        .iter()
        .filter_map(|t| {
            let mut prev: Option<String> = None;
            let mut any = false;
            let cells = drafts
                .iter()
                .map(|d| {
                    let idx = on_topic(&d.clauses, &t.id);
                    if idx.is_empty() {
                        prev = None;
                        return Cell::Absent;
                    }
                    any = true;
                    if !reported(&d.clauses, &idx) {
                        prev = None;
                        return Cell::Unreported;
                    }
                    let text = joined_text(&d.clauses, &idx);
                    let cell = match &prev {
                        None => Cell::Present,
                        Some(p) if same_words(p, &text) => Cell::Same,
                        Some(_) => Cell::Changed,
                    };
                    prev = Some(text);
                    cell
                })
                .collect();
            let stances = set
                .parties
                .iter()
                .map(|party| {
                    let mut latest: Option<&Position> = None;
                    for p in set
                        .positions
                        .iter()
                        .filter(|p| p.party == party.id && p.topic.as_deref() == Some(&t.id))
                    {
                        if latest.is_none_or(|l| l.date <= p.date) {
                            latest = Some(p);
                        }
                    }
                    latest.map(|p| p.stance)
                })
                .collect();
            any.then(|| TopicLine {
                topic: t.id.clone(),
                label: t.label.clone(),
                cells,
                stances,
            })
        })
        .collect()
}

fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// How much of `proposal` a text keeps, in thousandths of the proposal's words.
pub fn kept_share(proposal: &str, text: &str) -> u16 {
    let words = |s: &str| s.split_whitespace().count();
    let all = words(proposal);
    if all == 0 {
        return 0;
    }
    let kept: usize = diff_words(proposal, text)
        .iter()
        .filter(|s| s.kind == SegmentKind::Equal)
        .map(|s| words(&s.text))
        .sum();
    (kept.min(all) * 1000 / all) as u16
}

/// From this share of its words kept, a proposed wording counts as taken into a draft.
pub const TAKEN: u16 = 600;

/// A party's proposed wording, and the first later draft that took it in (if any).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uptake {
    /// Index into the set's positions.
    pub position: usize,
    /// The draft that took it in (index into the set's drafts) and the share of its words
    /// kept, in thousandths. Indices, not borrows, so a page can memoise the list.
    pub taken_into: Option<(usize, u16)>,
}

/// Per party of the set, in its order: its proposed wordings (positions with a `text` and
/// a topic), each with the first draft dated on or after it whose clauses on the topic
/// keep at least [`TAKEN`] of its words.
pub fn uptake(set: &ValidClauseSet) -> Vec<Vec<Uptake>> {
    let drafts = drafts_by_date(set);
    set.parties
        .iter()
        .map(|party| {
            set.positions
                .iter()
                .enumerate()
                .filter(|(_, p)| p.party == party.id)
                .filter_map(|(i, p)| {
                    let (text, topic) = (p.text.as_deref()?, p.topic.as_deref()?);
                    let later = |d: &&&Draft| d.date >= p.date && p.draft.as_deref() != Some(&d.id);
                    let taken_into = drafts.iter().filter(later).find_map(|d| {
                        let idx = on_topic(&d.clauses, topic);
                        let share = kept_share(text, &joined_text(&d.clauses, &idx));
                        let at = set.drafts.iter().position(|x| std::ptr::eq(x, *d))?;
                        (!idx.is_empty() && share >= TAKEN).then_some((at, share))
                    });
                    Some(Uptake {
                        position: i,
                        taken_into,
                    })
                })
                .collect()
        })
        .collect()
}
