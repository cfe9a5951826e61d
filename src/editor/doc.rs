//! The document being edited, and everything that follows from it.
//!
//! [`Doc`] is what the author wrote: the set's fields, each draft's pasted text with the
//! author's merges and splits, which clauses share a topic, the parties and positions.
//! [`build`] turns it into a `ClauseSet` (pure, no browser), the one thing checked,
//! previewed, downloaded and shared. Clause ids are derived from the draft and the
//! clause number, so they stay put when other clauses are merged or split.

use clausewise_engine::json::{self, Value};
use clausewise_engine::model::{
    Clause, ClauseSet, Draft, FORMAT, Party, Position, Source, Stance, Topic, Uncertain, to_json,
};
use clausewise_engine::split::{PREAMBLE, Piece, split, suggested_label};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doc {
    pub title: String,
    pub description: String,
    pub note: String,
    pub updated: String,
    pub drafts: Vec<DraftSource>,
    pub parties: Vec<Party>,
    pub topics: Vec<Topic>,
    /// Clause id → topic id: the author's pairings.
    pub clause_topics: BTreeMap<String, String>,
    pub positions: Vec<Position>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftSource {
    pub id: String,
    pub title: String,
    pub date: String,
    pub author: String,
    pub note: String,
    pub uncertain: Uncertain,
    pub sources: Vec<Source>,
    /// The text as pasted (or, for an opened set, written out from its clauses).
    pub text: String,
    /// Byte offsets in `text` where the author split a clause.
    pub cuts: Vec<usize>,
    /// Byte offsets of automatic clause starts the author merged away.
    pub joins: Vec<usize>,
    /// The clauses of an opened set, used as they are until the text is edited; each
    /// with its start in `text`. Their topics live in `Doc::clause_topics`.
    pub opened: Option<Vec<(usize, Clause)>>,
}

/// One clause of a draft as the editor shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Out {
    pub clause: Clause,
    pub heading: String,
    /// Byte offset of its start in the draft's text.
    pub start: usize,
    /// Whether it starts where the author split a clause.
    pub cut: bool,
}

impl Out {
    pub fn label(&self) -> String {
        let text = self.clause.text.clone().unwrap_or_default();
        // The clause's text starts with its heading (see `DraftSource::clauses`).
        let text = match self.heading.as_str() {
            "" => text,
            h => text
                .strip_prefix(h)
                .unwrap_or(&text)
                .trim_start()
                .to_string(),
        };
        suggested_label(&Piece {
            number: self.clause.number.clone(),
            heading: Some(self.heading.clone()).filter(|h| !h.is_empty()),
            text,
            start: self.start,
            kind: None,
        })
    }
}

/// Lower-case letters, digits and `-`, from any text: ids made from what the author wrote.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// `base`, or `base-2`, `base-3`…: the first that `taken` does not know.
pub fn fresh(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    numbered_free(base, 2, taken)
}

/// `prefix-N` for the first N from `from` that `taken` does not know (a finite set of
/// ids always leaves one free).
fn numbered_free(prefix: &str, from: usize, taken: impl Fn(&str) -> bool) -> String {
    let mut n = from;
    loop {
        let id = format!("{prefix}-{n}");
        if !taken(&id) {
            return id;
        }
        n += 1;
    }
}

/// The text of one clause as a line of a draft text: `7. wording`, paragraphs apart.
fn written(number: &str, text: &str) -> String {
    let body = text.replace('\n', "\n\n");
    if number.is_empty() || number.eq_ignore_ascii_case("preamble") {
        body
    } else if number.chars().all(|c| c.is_ascii_digit()) {
        format!("{number}. {body}")
    } else {
        format!("{number} {body}")
    }
}

impl DraftSource {
    pub fn new(id: String, title: String) -> DraftSource {
        DraftSource {
            id,
            title,
            ..DraftSource::default()
        }
    }

    /// The draft's clauses: the opened ones, or the automatic split with the author's
    /// merges and splits applied.
    pub fn clauses(&self) -> Vec<Out> {
        if let Some(opened) = &self.opened {
            return opened
                .iter()
                .map(|(start, c)| Out {
                    clause: c.clone(),
                    heading: String::new(),
                    start: *start,
                    cut: false,
                })
                .collect();
        }
        let pieces = split(&self.text);
        let ends: Vec<usize> = pieces
            .iter()
            .skip(1)
            .map(|p| p.start)
            .chain([self.text.len()])
            .collect();
        // The boundaries: automatic starts minus joins, plus cuts.
        let mut bounds: Vec<(usize, bool)> = pieces
            .iter()
            .enumerate()
            .filter(|(i, p)| *i == 0 || !self.joins.contains(&p.start))
            .map(|(_, p)| (p.start, false))
            .collect();
        for &c in &self.cuts {
            if c > pieces.first().map_or(0, |p| p.start)
                && c < self.text.len()
                && !bounds.iter().any(|b| b.0 == c)
                && self.text.is_char_boundary(c)
            {
                bounds.push((c, true));
            }
        }
        bounds.sort_unstable();
        let mut out = Vec::new();
        let mut used: Vec<String> = Vec::new();
        for (k, &(s, cut)) in bounds.iter().enumerate() {
            let e = bounds.get(k + 1).map_or(self.text.len(), |b| b.0);
            let mut numbers: Vec<String> = Vec::new();
            let mut texts: Vec<String> = Vec::new();
            let mut heading = String::new();
            for (i, p) in pieces.iter().enumerate() {
                let (ps, pe) = (p.start, ends[i]);
                if pe <= s || ps >= e {
                    continue;
                }
                if numbers.is_empty() || ps >= s {
                    numbers.push(printed(p));
                }
                if ps >= s && pe <= e {
                    let h = p.heading.clone().unwrap_or_default();
                    if ps == s {
                        heading = h.clone();
                    }
                    // The heading is part of the wording: its first paragraph.
                    texts.push(match (h.is_empty(), p.text.is_empty()) {
                        (true, _) => p.text.clone(),
                        (false, true) => h,
                        (false, false) => format!("{h}\n{}", p.text),
                    });
                } else {
                    // Part of a piece the author split: its own lines, normalised.
                    let part = &self.text[ps.max(s)..pe.min(e)];
                    let mut t = normalise(part);
                    if ps >= s && p.number != PREAMBLE {
                        t = strip_number(&t, p);
                    }
                    if !t.is_empty() {
                        texts.push(t);
                    }
                }
            }
            let number = match (numbers.first(), numbers.last()) {
                (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
                (Some(a), _) => a.clone(),
                _ => "Preamble".to_string(),
            };
            let id = fresh(&format!("{}-{}", self.id, slug(&number)), |id| {
                used.iter().any(|u| u == id)
            });
            used.push(id.clone());
            out.push(Out {
                clause: Clause {
                    id,
                    number,
                    text: Some(texts.join("\n")),
                    ..Clause::default()
                },
                heading,
                start: s,
                cut,
            });
        }
        out
    }

    /// The author typed: the new text, with merges and splits kept where the text around
    /// them did not change. An opened draft becomes a pasted one.
    pub fn set_text(&mut self, new: String) {
        let old = &self.text;
        let prefix = old
            .char_indices()
            .zip(new.chars())
            .find(|((_, a), b)| a != b)
            .map_or(old.len().min(new.len()), |((i, _), _)| i);
        let prefix = prefix.min(new.len());
        let suffix = old[prefix..]
            .chars()
            .rev()
            .zip(new[prefix..].chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        let old_end = old.len() - suffix;
        let delta = new.len() as isize - old.len() as isize;
        let shift = |list: &mut Vec<usize>| {
            *list = list
                .iter()
                .filter_map(|&o| {
                    if o <= prefix {
                        Some(o)
                    } else if o >= old_end {
                        Some((o as isize + delta) as usize)
                    } else {
                        None
                    }
                })
                .collect();
        };
        shift(&mut self.cuts);
        shift(&mut self.joins);
        self.opened = None;
        self.text = new;
    }

    /// Clause `k` and the next become one.
    pub fn merge_with_next(&mut self, k: usize) {
        if let Some(opened) = &mut self.opened {
            if k + 1 < opened.len() {
                let (_, next) = opened.remove(k + 1);
                let c = &mut opened[k].1;
                let mut text = c.text.clone().unwrap_or_default();
                if let Some(t) = next.text {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    text.push_str(&t);
                }
                c.text = Some(text);
            }
            return;
        }
        let outs = self.clauses();
        let Some(next) = outs.get(k + 1) else { return };
        if let Some(i) = self.cuts.iter().position(|&c| c == next.start) {
            self.cuts.remove(i);
        } else {
            self.joins.push(next.start);
        }
    }

    /// Splits the clause under `at` (a byte offset in the text) there.
    pub fn split_at(&mut self, at: usize) {
        if at == 0 || at >= self.text.len() || !self.text.is_char_boundary(at) {
            return;
        }
        if let Some(opened) = &mut self.opened {
            let Some(k) = opened.iter().rposition(|(s, _)| *s <= at) else {
                return;
            };
            let start = opened[k].0;
            let c = &opened[k].1;
            let block = written(&c.number, c.text.as_deref().unwrap_or(""));
            let Some(text) = c.text.clone() else { return };
            // Where `at` falls in the clause's own text: the block is the number, then
            // the text with each line break doubled.
            let prefix = block.len() - text.replace('\n', "\n\n").len();
            let mut in_block = (at - start).saturating_sub(prefix);
            let mut cut = text.len();
            let mut b = 0;
            for (i, ch) in text.char_indices() {
                if b >= in_block {
                    cut = i;
                    break;
                }
                b += if ch == '\n' { 2 } else { ch.len_utf8() };
            }
            in_block = cut;
            let (a, rest) = text.split_at(in_block);
            let (a, rest) = (a.trim(), rest.trim());
            if a.is_empty() || rest.is_empty() {
                return;
            }
            let mut second = c.clone();
            let taken: Vec<String> = opened.iter().map(|(_, c)| c.id.clone()).collect();
            second.id = fresh(&format!("{}-b", c.id), |id| taken.iter().any(|t| t == id));
            second.text = Some(rest.to_string());
            opened[k].1.text = Some(a.to_string());
            opened.insert(k + 1, (at, second));
            return;
        }
        if let Some(i) = self.joins.iter().position(|&j| j == at) {
            self.joins.remove(i);
        } else if !self.cuts.contains(&at) {
            self.cuts.push(at);
        }
    }
}

/// A piece's number as printed: `7`, `Article 5`; the preamble as `Preamble`.
fn printed(p: &Piece) -> String {
    match &p.kind {
        _ if p.number == PREAMBLE => "Preamble".to_string(),
        Some(k) => format!("{k} {}", p.number),
        None => p.number.clone(),
    }
}

/// The first part of a clause the author split, without its number: markdown marks, the
/// label word (`Article`), the number with its brackets and punctuation.
fn strip_number(t: &str, p: &Piece) -> String {
    let mut rest = t.trim_start_matches(['#', '*', ' ', '(']);
    if let Some(k) = &p.kind {
        if rest.len() >= k.len()
            && rest.is_char_boundary(k.len())
            && rest[..k.len()].eq_ignore_ascii_case(k)
        {
            rest = rest[k.len()..].trim_start_matches([' ', '(']);
        }
    }
    match rest.strip_prefix(p.number.as_str()) {
        Some(r) => r
            .trim_start_matches(['.', ')', ':', '*'])
            .trim_start()
            .to_string(),
        None => t.to_string(),
    }
}

/// Lines of a paragraph joined with one space, paragraphs (blank-line separated) by `\n`.
pub fn normalise(text: &str) -> String {
    let mut out = String::new();
    let mut para = String::new();
    for line in text.lines().chain([""]) {
        let mut any = false;
        for w in line.split_whitespace() {
            any = true;
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(w);
        }
        if !any && !para.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&para);
            para.clear();
        }
    }
    out
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| s.to_string())
}

/// What the document gives: the set, and each draft's clauses as the editor shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    pub set: ClauseSet,
    pub outs: Vec<Vec<Out>>,
}

pub fn build(doc: &Doc) -> Built {
    let outs: Vec<Vec<Out>> = doc.drafts.iter().map(DraftSource::clauses).collect();
    let drafts = doc
        .drafts
        .iter()
        .zip(&outs)
        .map(|(d, outs)| Draft {
            id: d.id.clone(),
            title: d.title.clone(),
            date: d.date.trim().to_string(),
            author: d.author.clone(),
            note: opt(&d.note),
            uncertain: d.uncertain.clone(),
            sources: d.sources.clone(),
            clauses: outs
                .iter()
                .map(|o| Clause {
                    topic: doc.clause_topics.get(&o.clause.id).cloned(),
                    ..o.clause.clone()
                })
                .collect(),
        })
        .collect::<Vec<_>>();
    let used = |t: &Topic| {
        drafts
            .iter()
            .flat_map(|d| &d.clauses)
            .any(|c| c.topic.as_deref() == Some(&t.id))
            || doc
                .positions
                .iter()
                .any(|p| p.topic.as_deref() == Some(&t.id))
    };
    let set = ClauseSet {
        format: FORMAT.into(),
        title: doc.title.clone(),
        description: opt(&doc.description),
        updated: opt(&doc.updated).map(|u| u.trim().to_string()),
        note: opt(&doc.note),
        parties: doc.parties.clone(),
        topics: doc.topics.iter().filter(|t| used(t)).cloned().collect(),
        drafts,
        positions: doc.positions.clone(),
    };
    Built { set, outs }
}

impl Doc {
    /// A fresh document: two empty drafts to paste into.
    pub fn new() -> Doc {
        Doc {
            drafts: vec![
                DraftSource::new("draft-1".into(), "Draft 1".into()),
                DraftSource::new("draft-2".into(), "Draft 2".into()),
            ],
            ..Doc::default()
        }
    }

    pub fn is_blank(&self) -> bool {
        self.title.is_empty()
            && self.parties.is_empty()
            && self.positions.is_empty()
            && self.drafts.iter().all(|d| d.text.trim().is_empty())
    }

    /// A set opened from a file or a link, to edit: each draft written out as text, its
    /// clauses kept exactly as they are until the author edits that text.
    pub fn from_set(set: ClauseSet) -> Doc {
        let mut clause_topics = BTreeMap::new();
        let drafts = set
            .drafts
            .into_iter()
            .map(|d| {
                let mut text = String::new();
                let mut opened = Vec::new();
                for mut c in d.clauses {
                    if !text.is_empty() {
                        text.push_str("\n\n");
                    }
                    let start = text.len();
                    text.push_str(&written(&c.number, c.text.as_deref().unwrap_or("")));
                    if let Some(t) = c.topic.take() {
                        clause_topics.insert(c.id.clone(), t);
                    }
                    opened.push((start, c));
                }
                text.push('\n');
                DraftSource {
                    id: d.id,
                    title: d.title,
                    date: d.date,
                    author: d.author,
                    note: d.note.unwrap_or_default(),
                    uncertain: d.uncertain,
                    sources: d.sources,
                    text,
                    cuts: Vec::new(),
                    joins: Vec::new(),
                    opened: Some(opened),
                }
            })
            .collect();
        Doc {
            title: set.title,
            description: set.description.unwrap_or_default(),
            note: set.note.unwrap_or_default(),
            updated: set.updated.unwrap_or_default(),
            drafts,
            parties: set.parties,
            topics: set.topics,
            clause_topics,
            positions: set.positions,
        }
    }

    fn topic_of(&self, clause: &str) -> Option<&String> {
        self.clause_topics.get(clause)
    }

    pub fn new_topic(&mut self, label: String) -> String {
        let id = numbered_free("topic", 1, |t| self.topics.iter().any(|x| x.id == t));
        self.topics.push(Topic {
            id: id.clone(),
            label,
        });
        id
    }

    /// Every clause of `ids` under one topic (one they already have, else a new one
    /// labelled `label`); other topics they had become that one everywhere.
    pub fn join_topic(&mut self, ids: &[String], label: impl FnOnce() -> String) -> String {
        let existing: Vec<String> = ids
            .iter()
            .filter_map(|c| self.topic_of(c).cloned())
            .collect();
        let topic = match existing.first() {
            Some(t) => t.clone(),
            None => self.new_topic(label()),
        };
        for old in existing.iter().filter(|t| **t != topic) {
            for t in self.clause_topics.values_mut() {
                if t == old {
                    *t = topic.clone();
                }
            }
            for p in &mut self.positions {
                if p.topic.as_ref() == Some(old) {
                    p.topic = Some(topic.clone());
                }
            }
            self.topics.retain(|t| &t.id != old);
        }
        for c in ids {
            self.clause_topics.insert(c.clone(), topic.clone());
        }
        topic
    }

    /// The two sides of a row are not the same subject: each side gets its own topic.
    /// The left keeps (or gets) one; the right keeps a topic of its own if it has one
    /// (shared with a third draft, say), else gets a new one.
    pub fn unpair(
        &mut self,
        left: &[String],
        right: &[String],
        left_label: String,
        right_label: String,
    ) {
        let lt = self.join_topic(left, || left_label);
        let rt = right
            .iter()
            .find_map(|c| self.topic_of(c).filter(|t| **t != lt).cloned())
            .unwrap_or_else(|| self.new_topic(right_label));
        for c in right {
            self.clause_topics.insert(c.clone(), rt.clone());
        }
    }

    pub fn party_id_for(&self, name: &str) -> String {
        let base = slug(name);
        let base = if base.is_empty() {
            "party".to_string()
        } else {
            base
        };
        fresh(&base, |id| self.parties.iter().any(|p| p.id == id))
    }

    pub fn draft_id_for(&self) -> String {
        numbered_free("draft", 1, |id| self.drafts.iter().any(|d| d.id == id))
    }

    pub fn empty_position(&self, topic: Option<String>, draft: Option<String>) -> Position {
        Position {
            party: self
                .parties
                .first()
                .map(|p| p.id.clone())
                .unwrap_or_default(),
            topic,
            draft,
            stance: Stance::Supports,
            ..Position::default()
        }
    }
}

// ---- Keeping work in the browser: the document as JSON. ----
//
// The set part is written by the engine's canonical writer (with all topics, and each
// opened draft's clauses); the editor's own part says how each draft was pasted.

const SAVE_FORMAT: &str = "clausewise-editor/1";

fn num_list(list: &[usize]) -> Value {
    Value::Array(list.iter().map(|n| Value::Number(n.to_string())).collect())
}

pub fn save(doc: &Doc) -> String {
    let set = ClauseSet {
        format: FORMAT.into(),
        title: doc.title.clone(),
        description: Some(doc.description.clone()).filter(|s| !s.is_empty()),
        updated: Some(doc.updated.clone()).filter(|s| !s.is_empty()),
        note: Some(doc.note.clone()).filter(|s| !s.is_empty()),
        parties: doc.parties.clone(),
        topics: doc.topics.clone(),
        drafts: doc
            .drafts
            .iter()
            .map(|d| Draft {
                id: d.id.clone(),
                title: d.title.clone(),
                date: d.date.clone(),
                author: d.author.clone(),
                note: Some(d.note.clone()).filter(|s| !s.is_empty()),
                uncertain: d.uncertain.clone(),
                sources: d.sources.clone(),
                clauses: d.opened.iter().flatten().map(|(_, c)| c.clone()).collect(),
            })
            .collect(),
        positions: doc.positions.clone(),
    };
    let drafts = doc
        .drafts
        .iter()
        .map(|d| {
            Value::Object(vec![
                ("text".into(), Value::String(d.text.clone())),
                ("cuts".into(), num_list(&d.cuts)),
                ("joins".into(), num_list(&d.joins)),
                (
                    "opened".into(),
                    match &d.opened {
                        Some(o) => num_list(&o.iter().map(|(s, _)| *s).collect::<Vec<_>>()),
                        None => Value::Null,
                    },
                ),
            ])
        })
        .collect();
    let topics = doc
        .clause_topics
        .iter()
        .map(|(c, t)| (c.clone(), Value::String(t.clone())))
        .collect();
    let mut out = String::new();
    Value::Object(vec![
        ("format".into(), Value::String(SAVE_FORMAT.into())),
        ("drafts".into(), Value::Array(drafts)),
        ("clauseTopics".into(), Value::Object(topics)),
    ])
    .write_compact(&mut out);
    // The set goes last, as written by the engine, so a person can read it back.
    out.pop();
    out.push_str(",\"set\":");
    out.push_str(&to_json(&set));
    out.push('}');
    out
}

fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

fn numbers(v: Option<&Value>) -> Vec<usize> {
    match v {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|n| match n {
                Value::Number(n) => n.parse().ok(),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Reads what [`save`] wrote; `Err` says why not.
pub fn restore(text: &str) -> Result<Doc, String> {
    let root = json::parse(text).map_err(|e| e.to_string())?;
    if field(&root, "format") != Some(&Value::String(SAVE_FORMAT.into())) {
        return Err("it was written by another version of the editor".into());
    }
    let set = field(&root, "set").ok_or("it has no clause set")?;
    let decoded = clausewise_engine::decode::decode(set);
    if let Some(p) = decoded.problems.first() {
        return Err(p.to_string());
    }
    let mut doc = Doc::from_set(decoded.set);
    let Some(Value::Array(drafts)) = field(&root, "drafts") else {
        return Err("it has no drafts".into());
    };
    for (d, v) in doc.drafts.iter_mut().zip(drafts) {
        if let Some(Value::String(t)) = field(v, "text") {
            d.text = t.clone();
        }
        d.cuts = numbers(field(v, "cuts"));
        d.joins = numbers(field(v, "joins"));
        let starts = numbers(field(v, "opened"));
        match (&mut d.opened, field(v, "opened")) {
            (Some(opened), Some(Value::Array(_))) if starts.len() == opened.len() => {
                for ((s, _), n) in opened.iter_mut().zip(starts) {
                    *s = n.min(d.text.len());
                }
            }
            _ => d.opened = None,
        }
    }
    if let Some(Value::Object(pairs)) = field(&root, "clauseTopics") {
        doc.clause_topics = pairs
            .iter()
            .filter_map(|(c, t)| match t {
                Value::String(t) => Some((c.clone(), t.clone())),
                _ => None,
            })
            .collect();
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(text: &str) -> DraftSource {
        DraftSource {
            text: text.into(),
            ..DraftSource::new("d".into(), "D".into())
        }
    }

    const T: &str = "Intro.\n\n1. Alpha beta.\n\n2. Gamma delta.\nMore gamma.\n\n3. Epsilon.\n";

    #[test]
    fn automatic_clauses_have_ids_from_numbers() {
        let outs = draft(T).clauses();
        let ids: Vec<&str> = outs.iter().map(|o| o.clause.id.as_str()).collect();
        assert_eq!(ids, ["d-preamble", "d-1", "d-2", "d-3"]);
        assert_eq!(
            outs[2].clause.text.as_deref(),
            Some("Gamma delta. More gamma.")
        );
    }

    #[test]
    fn merge_and_split() {
        let mut d = draft(T);
        d.merge_with_next(1);
        let outs = d.clauses();
        assert_eq!(outs.len(), 3);
        assert_eq!(outs[1].clause.number, "1–2");
        assert_eq!(
            outs[1].clause.text.as_deref(),
            Some("Alpha beta.\nGamma delta. More gamma.")
        );
        // Split it again where it was: the join goes.
        let at = T.find("2. Gamma").unwrap();
        d.split_at(at);
        assert_eq!(d.clauses().len(), 4);
        // Split inside clause 2.
        let at = T.find("More gamma").unwrap();
        d.split_at(at);
        let outs = d.clauses();
        assert_eq!(outs.len(), 5);
        assert_eq!(outs[2].clause.text.as_deref(), Some("Gamma delta."));
        assert_eq!(outs[3].clause.text.as_deref(), Some("More gamma."));
        assert_eq!(outs[3].clause.number, "2");
        assert_eq!(outs[3].clause.id, "d-2-2");
        assert!(outs[3].cut);
        // Typing before the cut moves it along.
        let mut t = d.text.clone();
        t.insert_str(0, "New ");
        d.set_text(t);
        let outs = d.clauses();
        assert_eq!(outs.len(), 5);
        assert_eq!(outs[3].clause.text.as_deref(), Some("More gamma."));
    }

    #[test]
    fn opened_sets_round_trip_and_pairings() {
        let mut set = ClauseSet {
            format: FORMAT.into(),
            title: "T".into(),
            ..ClauseSet::default()
        };
        set.topics.push(Topic {
            id: "x".into(),
            label: "X".into(),
        });
        set.drafts.push(Draft {
            id: "a".into(),
            title: "A".into(),
            date: "2020".into(),
            author: "Me".into(),
            clauses: vec![
                Clause {
                    id: "a1".into(),
                    number: "1".into(),
                    text: Some("One.\nTwo.".into()),
                    topic: Some("x".into()),
                    ..Clause::default()
                },
                Clause {
                    id: "a2".into(),
                    number: "13".into(),
                    text: None,
                    uncertain: Some("Not reported".into()),
                    ..Clause::default()
                },
            ],
            ..Draft::default()
        });
        let doc = Doc::from_set(set.clone());
        assert_eq!(build(&doc).set, set);
        let back = restore(&save(&doc)).unwrap();
        assert_eq!(back, doc);

        let mut d = doc.drafts[0].clone();
        d.split_at(d.text.find("Two").unwrap());
        let outs = d.clauses();
        assert_eq!(outs[0].clause.text.as_deref(), Some("One."));
        assert_eq!(outs[1].clause.text.as_deref(), Some("Two."));
        d.merge_with_next(0);
        assert_eq!(d.clauses()[0].clause.text.as_deref(), Some("One.\nTwo."));

        let mut doc = Doc::new();
        let t = doc.join_topic(&["l1".into(), "r1".into()], || "Label".into());
        assert_eq!(doc.topics[0].label, "Label");
        doc.unpair(&["l1".into()], &["r1".into()], "L".into(), "R".into());
        assert_eq!(doc.clause_topics["l1"], t);
        assert_ne!(doc.clause_topics["r1"], t);
        doc.join_topic(&["l1".into(), "r1".into()], || unreachable!());
        assert_eq!(doc.clause_topics["r1"], t);
        assert_eq!(doc.topics.len(), 1);
    }
}

#[cfg(test)]
mod corpus {
    /// The e2e test pastes these two texts and expects these counts.
    #[test]
    fn gpl_1_and_2_split_by_section() {
        for (t, n) in [
            (include_str!("../../tests/e2e/fixtures/texts/GPL-1.txt"), 12),
            (include_str!("../../tests/e2e/fixtures/texts/GPL-2.txt"), 14),
        ] {
            let d = super::DraftSource {
                text: t.into(),
                ..super::DraftSource::new("d".into(), "D".into())
            };
            let outs = d.clauses();
            assert_eq!(outs.len(), n);
            assert_eq!(outs[0].clause.number, "Preamble");
            assert_eq!(outs[1].clause.number, "0");
        }
    }
}
#[cfg(test)]
mod cut_in_a_real_text {
    #[test]
    fn merge_then_split_at_a_sub_item() {
        let t = include_str!("../../tests/e2e/fixtures/texts/GPL-1.txt");
        let mut d = super::DraftSource {
            text: t.into(),
            ..super::DraftSource::new("d".into(), "D".into())
        };
        d.merge_with_next(10);
        assert_eq!(d.clauses().len(), 11);
        assert_eq!(d.clauses()[10].clause.number, "9–10");
        d.split_at(t.find("a) cause the modified files").unwrap());
        let outs = d.clauses();
        assert_eq!(outs.len(), 12);
        assert_eq!(outs[3].clause.number, "2");
        assert_eq!(outs[4].clause.number, "2");
        assert!(
            outs[4]
                .clause
                .text
                .as_deref()
                .unwrap()
                .starts_with("a) cause the modified files")
        );
        assert_eq!(outs[4].clause.id, "d-2-2");
    }
}
