//! clausewise's reader: the web app around the engine crate (`clausewise_engine`).
//! `app` owns the one state reducer and renders with the `components`; `load` and `page`
//! are the glue to the browser (fetch; the address, theme, scrolling and height reports
//! to an embedding page). Everything that decides anything lives in the engine.

pub mod app;
pub mod components;
pub mod load;
pub mod page;
pub mod store;
// The editor (edit.html, its own bundle): compiled for its binary and for the tests only.
#[cfg(any(feature = "editor", test))]
pub mod editor;

// The overview page (overview.html, its own bundle): compiled for its binary and the tests.
#[cfg(any(feature = "overview", test))]
pub mod overview_page;
