//! Alignment on real revised texts, with no topics: the licence pairs in tests/corpus,
//! one clause per numbered section, against reference mappings written by reading both
//! texts. Reports, per pair, the reference pairs found, the wrong pairs and the missed
//! ones, and fails below 95 % found or above 2 % wrong on any pair.
//!
//! The hardest pair, GPL 2 → 3, is a rewrite: two of its reference pairs are paragraphs
//! that left a section for a new, distant one (v2 §0 → v3 §2, v2 §3 → v3 §1). The
//! aligner finds them by the sentences that kept their phrasing (word pairs), not by the
//! sections' words, of which they share only a third.

use clausewise_engine::compare::compare;
use std::collections::BTreeSet;
use std::path::Path;

type Pairs = BTreeSet<(String, String)>;

struct Outcome {
    name: String,
    found: usize,
    reference: usize,
    wrong: Vec<(String, String)>,
    missed: Vec<(String, String)>,
    predicted: usize,
}

fn evaluate(set_file: &Path) -> Outcome {
    let name = set_file.file_stem().unwrap().to_string_lossy().to_string();
    let mapping_file = set_file.with_file_name(format!("{name}.mapping.json"));
    let mapping: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&mapping_file).unwrap()).unwrap();
    let left = mapping["left"].as_str().unwrap();
    let right = mapping["right"].as_str().unwrap();
    let reference: Pairs = mapping["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_string(),
                p[1].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let set = clausewise_engine::load(&std::fs::read_to_string(set_file).unwrap())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(
        set.drafts
            .iter()
            .all(|d| d.clauses.iter().all(|c| c.topic.is_none())),
        "{name}: the corpus has no topics (alignment must find the pairs itself)"
    );
    let cmp = compare(&set, left, right).unwrap();
    let (l, r) = (set.draft(left).unwrap(), set.draft(right).unwrap());
    // Every pairing a row claims, possible matches included: a reader sees them all.
    let mut predicted = Pairs::new();
    for row in &cmp.rows {
        for &a in &row.left {
            for &b in &row.right {
                predicted.insert((l.clauses[a].id.clone(), r.clauses[b].id.clone()));
            }
        }
    }
    Outcome {
        name,
        found: reference.intersection(&predicted).count(),
        reference: reference.len(),
        wrong: predicted.difference(&reference).cloned().collect(),
        missed: reference.difference(&predicted).cloned().collect(),
        predicted: predicted.len(),
    }
}

#[test]
fn alignment_finds_the_reference_pairs_of_real_revisions() {
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
    assert!(files.len() >= 3, "the corpus has at least three pairs");
    let mut failures = Vec::new();
    for f in &files {
        let o = evaluate(f);
        let found = o.found as f64 / o.reference as f64;
        let wrong = o.wrong.len() as f64 / o.predicted.max(1) as f64;
        println!(
            "{:<18} reference {:>3}  found {:>3} ({:>5.1} %)  wrong {:>2} ({:>4.1} % of {} predicted)  missed {:?}  wrong {:?}",
            o.name,
            o.reference,
            o.found,
            100.0 * found,
            o.wrong.len(),
            100.0 * wrong,
            o.predicted,
            o.missed,
            o.wrong
        );
        if found < 0.95 || wrong > 0.02 {
            failures.push(o.name);
        }
    }
    assert!(
        failures.is_empty(),
        "below 95 % found or above 2 % wrong: {failures:?}"
    );
}
