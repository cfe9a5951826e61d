//! clausewise: drafts of a negotiated text side by side, clause by clause, with word-level
//! differences and the parties' reported positions. See ARCHITECTURE.md for the map.
//!
//! The engine (`model`, `validate`, `diff`, `align`, `compare`, `state`, `url_state`) is plain Rust:
//! no Yew, no DOM, tested natively. `components` and `app` render it; `load` and
//! `page` are the glue to the browser (JSON.parse and fetch; the address, theme,
//! scrolling and height reports to an embedding page).

pub mod align;
pub mod compare;
pub mod diff;
pub mod model;
pub mod state;
pub mod url_state;
pub mod validate;

pub mod app;
pub mod components;
pub mod load;
pub mod page;
