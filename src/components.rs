//! The widget's pieces, each named for what the reader sees. They receive data and
//! callbacks; only `App` owns state and is a Yew component. The pieces hold no hooks,
//! so they are plain functions returning `Html`: each Yew component type would cost its
//! own copy of the lifecycle code in every reader's download, and every row re-renders
//! on a draft switch or a party toggle anyway.

pub mod clause_row;
pub mod diff_text;
pub mod draft_heads;
pub mod draft_picker;
pub mod embed_panel;
#[cfg(any(feature = "overview", test))]
pub mod history_panel;
pub mod legend;
pub mod load_alert;
#[cfg(any(feature = "overview", test))]
pub mod overview;
pub mod party_toggles;
pub mod position_note;
pub mod set_picker;
pub mod source_links;
pub mod summary_line;

pub use clause_row::clause_row;
pub use diff_text::diff_text;
pub use draft_heads::draft_heads;
pub use draft_picker::{DraftPicker, draft_picker};
pub use embed_panel::embed_panel;
#[cfg(any(feature = "overview", test))]
pub use history_panel::history_panel;
pub use legend::legend;
pub use load_alert::load_alert;
#[cfg(any(feature = "overview", test))]
pub use overview::overview;
pub use party_toggles::party_toggles;
pub use position_note::{position_note, whole_set_positions};
pub use set_picker::set_picker;
pub use source_links::source_links;
pub use summary_line::summary_line;

/// "2025-11-20" → "20 November 2025", "1991-06" → "June 1991": dates as written.
pub use clausewise_engine::date::human as human_date;

use clausewise_engine::model::Uncertain;
use yew::prelude::*;

/// The visible "Uncertain" mark with its note, if any; `which` names the clause when a
/// row holds several.
pub fn uncertain_note(u: &Uncertain, which: Option<&str>) -> Html {
    let Some(note) = u else { return html! {} };
    let lead = match which {
        Some(n) => format!(" (point {n})"),
        None => String::new(),
    };
    html! {
        <p class="uncertain">
            <span class="uncertain-mark" aria-hidden="true">{ "⚠ " }</span>
            <strong>{ "Uncertain" }</strong>
            { lead }
            if !note.is_empty() { { ": " }{ note.clone() } }
        </p>
    }
}
