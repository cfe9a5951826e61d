//! The word diff marks close to the fewest words possible: on whole licence texts (each
//! corpus pair's drafts joined), the engine's changed words are within 5 % of a minimal
//! word-level edit, computed here independently by dynamic programming.

mod common;

use clausewise_engine::diff::{SegmentKind, diff_words};
use common::minimal::{minimal_changed, words};
use std::path::Path;

fn whole(set: &clausewise_engine::validate::ValidClauseSet, draft: usize) -> String {
    set.drafts[draft]
        .clauses
        .iter()
        .filter_map(|c| c.text.as_deref())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn whole_texts_are_diffed_within_five_percent_of_the_minimal_edit() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".mapping.json")
        })
        .collect();
    files.sort();
    let mut worst = Vec::new();
    for f in &files {
        let set = clausewise_engine::load(&std::fs::read_to_string(f).unwrap()).unwrap();
        let (old, new) = (whole(&set, 0), whole(&set, 1));
        let segments = diff_words(&old, &new);
        let changed: usize = segments
            .iter()
            .filter(|s| s.kind != SegmentKind::Equal)
            .map(|s| words(&s.text).len())
            .sum();
        let minimal = minimal_changed(&words(&old), &words(&new));
        let over = changed as f64 / minimal as f64 - 1.0;
        println!(
            "{:<28} minimal {minimal:>5}  engine {changed:>5}  ({:+.1} %)",
            f.file_name().unwrap().to_string_lossy(),
            100.0 * over
        );
        if over > 0.05 {
            worst.push(f.file_name().unwrap().to_string_lossy().to_string());
        }
    }
    assert!(
        worst.is_empty(),
        "more than 5 % above the minimal edit: {worst:?}"
    );
}
