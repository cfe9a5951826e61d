//! clausewise: drafts of a negotiated text side by side, clause by clause, with word-level
//! differences and the parties' reported positions. See ARCHITECTURE.md for the map.
//!
//! The engine (`model`, `validate`, `diff`, `align`, `compare`, `state`) is plain Rust:
//! no Yew, no DOM, tested natively. `components` and `app` render it; `load` is the glue
//! to the browser (JSON.parse, fetch, the page URL).

pub mod align;
pub mod compare;
pub mod diff;
pub mod model;
pub mod state;
pub mod validate;

pub mod app;
pub mod components;
pub mod load;
