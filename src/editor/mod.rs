//! The editor (`edit.html`): paste drafts, check the automatic split and alignment, add
//! parties and positions, and get a clause set out as a file or a link. Its own wasm
//! binary (`src/bin/editor.rs`), sharing the engine and the reader's `App` (the live
//! preview) with the reader, so the reader's download does not carry any of this.
//!
//! - `doc`: the document and how it becomes a `ClauseSet` (pure Rust, tested natively);
//!   clauses come from the engine's `split`;
//! - `fields`: where each problem the validator reports is shown;
//! - `state`: the one reducer (`EditorState`, `Action`);
//! - `view`: small view functions, one job each;
//! - `web` + `web.js`: the browser edge (storage, clipboard, compression, files);
//! - `app`: the root component that wires them together.

pub mod app;
pub mod doc;
pub mod fields;
pub mod state;
pub mod view;
pub mod web;

pub use app::{Editor, EditorProps};
