//! Everything the reader chose, and how each action changes it.
//!
//! `apply` is the whole of the app's state logic; `app.rs` only wraps it in Yew's
//! `Reducible`. It does no I/O: loading, the URL and the DOM react to state, they are
//! not part of it. The comparison itself is derived from this state, never stored in it.

use crate::url_state;
use crate::validate::ValidClauseSet;
use crate::view::Filter;
use std::ops::Deref;
use std::rc::Rc;

/// A loaded clause set, compared by identity: each load is a new set, and comparing
/// contents would walk the whole set (and ship the code to do it) on every action.
#[derive(Clone, Debug)]
pub struct SetRef(pub Rc<ValidClauseSet>);

impl PartialEq for SetRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SetRef {
    type Target = ValidClauseSet;
    fn deref(&self) -> &ValidClauseSet {
        &self.0
    }
}

impl From<ValidClauseSet> for SetRef {
    fn from(set: ValidClauseSet) -> Self {
        SetRef(Rc::new(set))
    }
}

/// A problem to tell the reader about: one sentence, then the details (each a problem
/// found in a clause set, with its place).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alert {
    pub message: String,
    pub details: Vec<String>,
    /// Whether trying again may help (a timeout, a broken connection, a server error).
    pub retry: bool,
}

impl From<String> for Alert {
    fn from(message: String) -> Alert {
        Alert {
            message,
            details: Vec::new(),
            retry: false,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The clause set on screen; `None` only until the first one loads.
    pub set: Option<SetRef>,
    pub left: String,
    pub right: String,
    /// Parties whose positions are shown, in the set's party order.
    pub parties: Vec<String>,
    /// A problem to tell the reader about (shown in a `role="alert"`).
    pub alert: Option<Alert>,
    /// The address of a clause set being fetched, while it is.
    pub loading: Option<String>,
    /// How many times the reader asked to try loading again (each ask starts a new fetch).
    pub attempt: u32,
    /// The topic the reader linked to or picked: its row is marked and scrolled to.
    pub topic: Option<String>,
    /// What the page's link asked for that could not be used (shown politely).
    pub notice: Option<String>,
    /// Whether the embed-code panel is open.
    pub embed_open: bool,
    /// Which rows the reader asked to see (in the address).
    pub filter: Filter,
    /// Runs of kept rows the reader unfolded, by their first row's key (not in the address).
    pub opened: Vec<String>,
    /// How many of the shown rows the page has made so far: a long comparison is made a
    /// chunk at a time, one task each, so the page paints and answers in between.
    pub made: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Fetching a clause set from this address has begun.
    Loading(String),
    /// A clause set loaded and validated: show it, keeping choices that still apply.
    Loaded(SetRef),
    /// Loading failed: say why, keep showing what was there.
    LoadFailed(Alert),
    SetLeft(String),
    SetRight(String),
    Swap,
    ToggleParty(String),
    /// Mark a topic's row (None: no row).
    Focus(Option<String>),
    /// The page's hash changed (a pasted link, Back/Forward): show what it asks for.
    FromHash(String),
    ToggleEmbed,
    /// `show=changes` on or off.
    ToggleChanges,
    /// Only rows of this status; the same status again shows every row.
    FilterStatus(crate::align::Status),
    /// Show every row again: `topics=`, `status=` and `q=` cleared.
    AllTopics,
    /// Only rows with these words (`q=`); empty shows every row again.
    Search(String),
    /// Unfold the run of kept rows that starts with this row key.
    OpenKept(String),
    DismissAlert,
    /// Try the failed load again.
    Retry,
    /// The page has made this many rows (it never makes fewer again).
    Made(usize),
}

impl AppState {
    /// The state after `action`, or `None` when nothing changes (so nothing re-renders).
    pub fn apply(&self, action: Action) -> Option<AppState> {
        let mut next = self.clone();
        match action {
            Action::Loaded(set) => {
                // A new set's rows are made afresh, a chunk at a time.
                next.made = 0;
                let has = |id: &str| set.draft(id).is_some();
                if !has(&next.left) || !has(&next.right) {
                    next.left = set.drafts.first().map(|d| d.id.clone()).unwrap_or_default();
                    next.right = set.drafts.last().map(|d| d.id.clone()).unwrap_or_default();
                }
                next.parties.retain(|p| set.party(p).is_some());
                if next
                    .topic
                    .as_deref()
                    .is_some_and(|t| set.topic_label(t).is_none())
                {
                    next.topic = None;
                }
                next.filter.topics.retain(|t| set.topic_label(t).is_some());
                next.set = Some(set);
                next.loading = None;
            }
            Action::Loading(url) => next.loading = Some(url),
            Action::LoadFailed(message) => {
                next.alert = Some(message);
                next.loading = None;
            }
            Action::SetLeft(id) => {
                self.set.as_ref()?.draft(&id)?;
                next.left = id;
            }
            Action::SetRight(id) => {
                self.set.as_ref()?.draft(&id)?;
                next.right = id;
            }
            Action::Swap => std::mem::swap(&mut next.left, &mut next.right),
            Action::ToggleParty(id) => {
                let set = self.set.as_ref()?;
                if next.parties.contains(&id) {
                    next.parties.retain(|p| *p != id);
                } else if set.party(&id).is_some() {
                    next.parties = set
                        .parties
                        .iter()
                        .filter(|p| p.id == id || self.parties.contains(&p.id))
                        .map(|p| p.id.clone())
                        .collect();
                }
            }
            Action::Focus(topic) => {
                if topic
                    .as_deref()
                    .is_some_and(|t| self.set.as_ref().and_then(|s| s.topic_label(t)).is_none())
                {
                    return None;
                }
                next.topic = topic;
            }
            Action::FromHash(hash) => {
                let set = self.set.as_ref()?;
                let view = url_state::parse(&hash, set);
                if let Some(l) = view.left {
                    next.left = l;
                }
                if let Some(r) = view.right {
                    next.right = r;
                }
                // The hash leaves parties out when none is on, so no mention means none.
                let on = view.parties.unwrap_or_default();
                next.parties = set
                    .parties
                    .iter()
                    .filter(|q| on.contains(&q.id))
                    .map(|q| q.id.clone())
                    .collect();
                next.topic = view.topic;
                next.filter = view.filter;
                if view.ignored.is_empty() {
                    // The app's own rewrite of the address (it follows every change)
                    // comes back as an event too: it must not clear a notice just shown.
                    next.notice = self.notice.clone();
                    if next == *self {
                        return None;
                    }
                    next.notice = None;
                } else {
                    next.notice = Some(format!(
                        "Some of this page's link was ignored: {}.",
                        crate::text::join(&view.ignored, "; ")
                    ));
                }
            }
            Action::ToggleEmbed => next.embed_open = !next.embed_open,
            Action::ToggleChanges => next.filter.changes = !next.filter.changes,
            Action::FilterStatus(s) => {
                next.filter.status = (self.filter.status != Some(s)).then_some(s);
            }
            Action::AllTopics => {
                next.filter.topics.clear();
                next.filter.status = None;
                next.filter.query.clear();
            }
            Action::Search(typed) => next.filter.query = crate::view::query(&typed),
            Action::OpenKept(key) => next.opened.push(key),
            Action::DismissAlert => next.alert = None,
            Action::Made(n) => next.made = next.made.max(n),
            Action::Retry => {
                next.alert = None;
                next.attempt += 1;
            }
        }
        (next != *self).then_some(next)
    }
}
