//! The widget's pieces, each named for what the reader sees. They receive data and
//! callbacks as props; only `App` owns state.

pub mod clause_row;
pub mod diff_text;
pub mod draft_heads;
pub mod draft_picker;
pub mod legend;
pub mod load_alert;
pub mod party_toggles;
pub mod position_note;
pub mod source_links;
pub mod summary_line;

pub use clause_row::ClauseRow;
pub use diff_text::DiffText;
pub use draft_heads::DraftHeads;
pub use draft_picker::DraftPicker;
pub use legend::Legend;
pub use load_alert::LoadAlert;
pub use party_toggles::PartyToggles;
pub use position_note::PositionNote;
pub use source_links::SourceLinks;
pub use summary_line::SummaryLine;

/// "2025-11-20" → "20 Nov 2025". Dates are validated, so the parts exist.
pub fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let month = iso.get(5..7).and_then(|m| m.parse::<usize>().ok()).unwrap_or(0);
    match (iso.get(0..4), MONTHS.get(month.wrapping_sub(1)), iso.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{} {m} {y}", d.trim_start_matches('0')),
        _ => iso.to_string(),
    }
}
