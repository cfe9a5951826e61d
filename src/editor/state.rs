//! The editor's one state and how each action changes it. Pure: storage, the clipboard,
//! compression and files react to it (in `app`), they are not part of it. What follows
//! from the document (the set, its problems, the rows) is derived, never stored.

use super::doc::{Doc, DraftSource};
use clausewise_engine::model::{Party, Source, Stance};
use std::rc::Rc;

/// Colours offered to each new party in turn (the author can change them).
const PALETTE: [&str; 6] = [
    "#1f5fbf", "#b3261e", "#1b7f3b", "#8a5a00", "#6a3d9a", "#00707a",
];

#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    /// The set has problems: no link until they are fixed.
    None,
    Making,
    Ready(String),
    /// Made, but too long to share (its length).
    TooLong(usize),
    Failed(String),
}

/// Links longer than this are not offered for sharing: the file is.
pub const LINK_LIMIT: usize = 100_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub error: bool,
    pub text: String,
    pub details: Vec<String>,
}

impl Message {
    pub fn error(text: impl Into<String>, details: Vec<String>) -> Message {
        Message {
            error: true,
            text: text.into(),
            details,
        }
    }
    pub fn info(text: impl Into<String>) -> Message {
        Message {
            error: false,
            text: text.into(),
            details: Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EditorState {
    pub doc: Rc<Doc>,
    /// The work before the last open or start-over, to bring back.
    pub previous: Option<Rc<Doc>>,
    /// Whether this browser lets the page keep anything.
    pub storage: bool,
    /// Whether the document on screen is the one kept in storage.
    pub saved: bool,
    pub message: Option<Message>,
    pub confirm_reset: bool,
    /// The two drafts whose rows are shown (ids; the first two when unset or gone).
    pub left: String,
    pub right: String,
    /// A clause picked on each side, to pair them.
    pub picks: [Option<String>; 2],
    pub new_party: (String, String),
    pub link: Link,
    pub embed_open: bool,
}

impl EditorState {
    pub fn new(doc: Doc, storage: bool) -> EditorState {
        EditorState {
            doc: Rc::new(doc),
            previous: None,
            storage,
            saved: true,
            message: None,
            confirm_reset: false,
            left: String::new(),
            right: String::new(),
            picks: [None, None],
            new_party: (String::new(), PALETTE[0].into()),
            link: Link::None,
            embed_open: false,
        }
    }

    /// The drafts compared in the rows: the chosen ones if they exist, else the first two.
    pub fn pair(&self) -> Option<(usize, usize)> {
        let drafts = &self.doc.drafts;
        if drafts.len() < 2 {
            return None;
        }
        let find = |id: &str| drafts.iter().position(|d| d.id == id);
        let l = find(&self.left).unwrap_or(0);
        let r = find(&self.right)
            .filter(|&r| r != l)
            .unwrap_or(if l == 1 { 0 } else { 1 });
        Some((l, r))
    }
}

/// A change to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Set(&'static str, String),
    AddDraft(Option<(String, String)>),
    RemoveDraft(usize),
    Draft(usize, &'static str, String),
    Text(usize, String),
    Merge(usize, usize),
    SplitAt(usize, usize),
    /// Both sides of a row under one topic (its suggested label).
    Confirm(Vec<String>, Vec<String>, String),
    /// The sides of a row apart (each side's suggested label).
    Unpair(Vec<String>, Vec<String>, String, String),
    /// The two picked clauses as one row (the suggested label).
    PairPicked(String),
    Label(String, String),
    AddParty,
    Party(usize, &'static str, String),
    RemoveParty(usize),
    /// A position on a row (its clauses and suggested label) or a whole draft.
    AddPosition(Option<(Vec<String>, String)>, Option<String>),
    Position(usize, &'static str, String),
    RemovePosition(usize),
    AddSource(usize),
    Source(usize, usize, &'static str, String),
    RemoveSource(usize, usize),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Edit),
    /// A set (or texts) opened: it replaces the work, which can be brought back.
    Open(Doc, String),
    Say(Message),
    Dismiss,
    Undo,
    AskReset,
    CancelReset,
    Reset,
    Compare(Side, String),
    Pick(Side, String),
    NewParty(&'static str, String),
    Saved(bool),
    Link(Link),
    ToggleEmbed,
}

fn opt(v: String) -> Option<String> {
    (!v.trim().is_empty()).then_some(v)
}

fn edit(doc: &mut Doc, e: Edit, picks: &mut [Option<String>; 2], new_party: &mut (String, String)) {
    match e {
        Edit::Set(f, v) => match f {
            "title" => doc.title = v,
            "description" => doc.description = v,
            "note" => doc.note = v,
            _ => doc.updated = v,
        },
        Edit::AddDraft(given) => {
            let id = doc.draft_id_for();
            let n = doc.drafts.len() + 1;
            let mut d = DraftSource::new(id, format!("Draft {n}"));
            if let Some((title, text)) = given {
                d.title = title;
                d.text = text;
            }
            doc.drafts.push(d);
        }
        Edit::RemoveDraft(i) => {
            if i < doc.drafts.len() {
                let d = doc.drafts.remove(i);
                doc.positions.retain(|p| p.draft.as_deref() != Some(&d.id));
            }
        }
        Edit::Draft(i, f, v) => {
            if let Some(d) = doc.drafts.get_mut(i) {
                match f {
                    "title" => d.title = v,
                    "date" => d.date = v,
                    "author" => d.author = v,
                    _ => d.note = v,
                }
            }
        }
        Edit::Text(i, v) => {
            if let Some(d) = doc.drafts.get_mut(i) {
                let before = d.opened.clone();
                d.set_text(v);
                // An opened draft whose text is edited keeps the topics of its clauses
                // by number.
                if let Some(before) = before {
                    let after = d.clauses();
                    for (_, c) in &before {
                        if let Some(t) = doc.clause_topics.get(&c.id).cloned() {
                            if let Some(o) = after.iter().find(|o| o.clause.number == c.number) {
                                doc.clause_topics.insert(o.clause.id.clone(), t);
                            }
                        }
                    }
                }
            }
        }
        Edit::Merge(i, k) => {
            if let Some(d) = doc.drafts.get_mut(i) {
                d.merge_with_next(k);
            }
        }
        Edit::SplitAt(i, at) => {
            if let Some(d) = doc.drafts.get_mut(i) {
                d.split_at(at);
            }
        }
        Edit::Confirm(l, r, label) => {
            let all: Vec<String> = l.into_iter().chain(r).collect();
            doc.join_topic(&all, || label);
        }
        Edit::Unpair(l, r, ll, rl) => doc.unpair(&l, &r, ll, rl),
        Edit::PairPicked(label) => {
            if let [Some(l), Some(r)] = picks.clone() {
                doc.join_topic(&[l, r], || label);
                *picks = [None, None];
            }
        }
        Edit::Label(t, label) => {
            if let Some(topic) = doc.topics.iter_mut().find(|x| x.id == t) {
                topic.label = label;
            }
        }
        Edit::AddParty => {
            let (name, color) = std::mem::take(new_party);
            let id = doc.party_id_for(&name);
            doc.parties.push(Party {
                id,
                name,
                color: opt(color),
            });
            new_party.1 = PALETTE[doc.parties.len() % PALETTE.len()].into();
        }
        Edit::Party(i, f, v) => {
            if let Some(p) = doc.parties.get_mut(i) {
                match f {
                    "name" => p.name = v,
                    _ => p.color = opt(v),
                }
            }
        }
        Edit::RemoveParty(i) => {
            if i < doc.parties.len() {
                let p = doc.parties.remove(i);
                doc.positions.retain(|x| x.party != p.id);
            }
        }
        Edit::AddPosition(row, draft) => {
            let topic = row.map(|(ids, label)| doc.join_topic(&ids, || label));
            let p = doc.empty_position(topic, draft);
            doc.positions.push(p);
        }
        Edit::Position(i, f, v) => {
            if let Some(p) = doc.positions.get_mut(i) {
                match f {
                    "party" => p.party = v,
                    "stance" => p.stance = Stance::parse(&v).unwrap_or_default(),
                    "summary" => p.summary = v,
                    "date" => p.date = v.trim().to_string(),
                    "text" => p.text = opt(v),
                    _ => {}
                }
            }
        }
        Edit::RemovePosition(i) => {
            if i < doc.positions.len() {
                doc.positions.remove(i);
            }
        }
        Edit::AddSource(i) => {
            if let Some(p) = doc.positions.get_mut(i) {
                p.sources.push(Source::default());
            }
        }
        Edit::Source(i, k, f, v) => {
            if let Some(s) = doc.positions.get_mut(i).and_then(|p| p.sources.get_mut(k)) {
                match f {
                    "title" => s.title = v,
                    _ => s.url = opt(v).map(|u| u.trim().to_string()),
                }
            }
        }
        Edit::RemoveSource(i, k) => {
            if let Some(p) = doc.positions.get_mut(i) {
                if k < p.sources.len() {
                    p.sources.remove(k);
                }
            }
        }
    }
}

impl EditorState {
    /// The state after `action`, or `None` when nothing changed.
    pub fn apply(&self, action: Action) -> Option<EditorState> {
        let mut s = self.clone();
        match action {
            Action::Edit(e) => {
                let mut doc = (*s.doc).clone();
                edit(&mut doc, e, &mut s.picks, &mut s.new_party);
                if doc == *s.doc && s.picks == self.picks {
                    return None;
                }
                s.doc = Rc::new(doc);
                s.saved = false;
            }
            Action::Open(doc, what) => {
                s.previous = Some(s.doc.clone()).filter(|d| !d.is_blank());
                s.doc = Rc::new(doc);
                s.saved = false;
                s.picks = [None, None];
                s.left.clear();
                s.right.clear();
                let undo = if s.previous.is_some() {
                    " The work you had is replaced: “Bring back my previous work” restores it."
                } else {
                    ""
                };
                s.message = Some(Message::info(format!("Opened {what}.{undo}")));
            }
            Action::Say(m) => s.message = Some(m),
            Action::Dismiss => s.message = None,
            Action::Undo => {
                let prev = s.previous.take()?;
                s.previous = Some(s.doc.clone());
                s.doc = prev;
                s.saved = false;
                s.message = Some(Message::info("Your previous work is back."));
            }
            Action::AskReset => s.confirm_reset = true,
            Action::CancelReset => s.confirm_reset = false,
            Action::Reset => {
                s.confirm_reset = false;
                s.previous = Some(s.doc.clone()).filter(|d| !d.is_blank());
                s.doc = Rc::new(Doc::new());
                s.saved = false;
                s.picks = [None, None];
                s.message = Some(Message::info(
                    "Started over with two empty drafts. “Bring back my previous work” undoes this.",
                ));
            }
            Action::Compare(side, id) => {
                match side {
                    Side::Left => s.left = id,
                    Side::Right => s.right = id,
                }
                // Picks belong to the drafts that were shown.
                s.picks = [None, None];
            }
            Action::Pick(side, id) => {
                let slot = &mut s.picks[side as usize];
                *slot = if slot.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id)
                };
            }
            Action::NewParty(f, v) => match f {
                "name" => s.new_party.0 = v,
                _ => s.new_party.1 = v,
            },
            Action::Saved(ok) => {
                s.saved = ok;
                s.storage = s.storage && ok;
            }
            Action::Link(l) => s.link = l,
            Action::ToggleEmbed => s.embed_open = !s.embed_open,
        }
        // A changed set or view needs a new link: the old one is not shown meanwhile.
        if !Rc::ptr_eq(&s.doc, &self.doc) || s.left != self.left || s.right != self.right {
            s.link = Link::Making;
        }
        (s != *self).then_some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_and_undo() {
        let s = EditorState::new(Doc::new(), true);
        let s = s
            .apply(Action::Edit(Edit::Set("title", "T".into())))
            .unwrap();
        assert!(!s.saved);
        let s = s.apply(Action::NewParty("name", "Ukraine".into())).unwrap();
        let s = s.apply(Action::Edit(Edit::AddParty)).unwrap();
        assert_eq!(s.doc.parties[0].id, "ukraine");
        assert_eq!(s.doc.parties[0].color.as_deref(), Some(PALETTE[0]));
        let s = s
            .apply(Action::Edit(Edit::AddPosition(
                Some((vec!["a-1".into(), "b-1".into()], "One".into())),
                None,
            )))
            .unwrap();
        assert_eq!(s.doc.positions[0].topic.as_deref(), Some("topic-1"));
        assert_eq!(s.doc.positions[0].party, "ukraine");
        let s = s.apply(Action::Reset).unwrap();
        assert!(s.doc.parties.is_empty());
        let s = s.apply(Action::Undo).unwrap();
        assert_eq!(s.doc.parties.len(), 1);
        assert_eq!(s.pair(), Some((0, 1)));
        let s = s
            .apply(Action::Compare(Side::Left, "draft-2".into()))
            .unwrap();
        assert_eq!(s.pair(), Some((1, 0)));
    }
}
