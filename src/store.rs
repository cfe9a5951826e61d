//! Yew's reducer hook around a state whose logic is plain Rust (the reader's `AppState`
//! in the engine, the editor's `EditorState`): the apps add nothing to it but this.

use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

/// A state that changes only through `apply`: the state after an action, or `None` when
/// nothing changes.
pub trait Apply: Sized + PartialEq {
    type Action;
    fn apply(&self, action: Self::Action) -> Option<Self>;
}

impl Apply for clausewise_engine::state::AppState {
    type Action = clausewise_engine::state::Action;
    fn apply(&self, action: Self::Action) -> Option<Self> {
        clausewise_engine::state::AppState::apply(self, action)
    }
}

/// The state as Yew's reducer (a local type: Rust lets a crate implement Yew's trait only
/// for its own types).
#[derive(PartialEq)]
pub struct Store<S>(pub S);

impl<S> Deref for Store<S> {
    type Target = S;
    fn deref(&self) -> &S {
        &self.0
    }
}

impl<S: Apply> Reducible for Store<S> {
    type Action = S::Action;
    fn reduce(self: Rc<Self>, action: S::Action) -> Rc<Self> {
        // Returning the same Rc tells Yew nothing changed, so nothing re-renders.
        self.0.apply(action).map_or(self, |s| Rc::new(Store(s)))
    }
}
