//! Everything the reader chose, and how each action changes it.
//!
//! `apply` is the whole of the app's state logic; `app.rs` only wraps it in Yew's
//! `Reducible`. It does no I/O: loading, the URL and the DOM react to state, they are
//! not part of it. The comparison itself is derived from this state, never stored in it.

use crate::validate::ValidClauseSet;
use std::rc::Rc;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The clause set on screen; `None` only until the first one loads.
    pub set: Option<Rc<ValidClauseSet>>,
    pub left: String,
    pub right: String,
    /// Parties whose positions are shown, in the set's party order.
    pub parties: Vec<String>,
    /// A problem to tell the reader about (shown in a `role="alert"`).
    pub alert: Option<String>,
    /// The address of a clause set being fetched, while it is.
    pub loading: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Fetching a clause set from this address has begun.
    Loading(String),
    /// A clause set loaded and validated: show it, keeping choices that still apply.
    Loaded(Rc<ValidClauseSet>),
    /// Loading failed: say why, keep showing what was there.
    LoadFailed(String),
    SetLeft(String),
    SetRight(String),
    Swap,
    ToggleParty(String),
    DismissAlert,
}

impl AppState {
    /// The state after `action`, or `None` when nothing changes (so nothing re-renders).
    pub fn apply(&self, action: Action) -> Option<AppState> {
        let mut next = self.clone();
        match action {
            Action::Loaded(set) => {
                let has = |id: &str| set.draft(id).is_some();
                if !has(&next.left) || !has(&next.right) {
                    next.left = set.drafts.first().map(|d| d.id.clone()).unwrap_or_default();
                    next.right = set.drafts.last().map(|d| d.id.clone()).unwrap_or_default();
                }
                next.parties.retain(|p| set.party(p).is_some());
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
            Action::DismissAlert => next.alert = None,
        }
        (next != *self).then_some(next)
    }
}
