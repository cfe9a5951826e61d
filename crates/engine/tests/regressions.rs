//! Inputs found by fuzzing (`fuzz/`, run with `bash scripts/fuzz.sh`), replayed through
//! the very property checks the fuzz targets use: `fuzz/src/checks.rs`, included below.
//! Each input is a file under `tests/fuzz_corpus/TARGET/`: for `decode` the bytes the
//! fuzzer gave; for `align` and `compare` the clause-set file the target built from them
//! (`bash scripts/fuzz.sh dump TARGET CRASH OUT.json`; for `align` its first two drafts
//! are the two sides, decoded but not validated).
//!
//! All the bugs below are fixed. A test for a bug not fixed yet would be `#[ignore]`d
//! with the reason, so the suite stays green (`cargo test -p clausewise-engine --test
//! regressions -- --include-ignored` shows it failing), with a matching `known_bug`
//! tolerance in `fuzz/src/checks.rs` so long fuzz runs look past it; the fix removes both.

#[path = "../../../fuzz/src/checks.rs"]
mod checks;

/// The checks pass on ordinary input: the shipped clause set through every target.
#[test]
fn the_checks_pass_on_the_shipped_set() {
    let text = include_str!("../../../static/data/peace-framework.json");
    checks::decode_text(text);
    let set = clausewise_engine::load(text).expect("the shipped set is valid");
    for hash in [
        "#left=us-28&right=ua-20&parties=ua,ru&topic=army-size",
        "left=e3&right=e3",
        "#left=nope&parties=,ua,,xx&topic=&foo=bar&baz",
        "#parties=&topic=territory&left=e3&left=us-28",
        "",
        "#",
        "&&=&=x&left=",
    ] {
        checks::url_state(hash, &set);
    }
    let d = &set.drafts;
    checks::align(&d[0].clauses, &d[d.len() - 1].clauses);
    for (a, b) in d[0].clauses.iter().zip(&d[d.len() - 1].clauses) {
        if let (Some(a), Some(b)) = (&a.text, &b.text) {
            checks::diff(a, b);
        }
    }
    checks::compare_all(&set);
}

#[test]
fn diff_splits_its_input_at_the_first_ff_byte() {
    let (a, b) = checks::diff_texts(b"old \xc3\xa9\xffnew\xff\xfe");
    assert_eq!(a, "old é");
    assert_eq!(b, "new\u{fffd}\u{fffd}");
    checks::diff_bytes(
        b"The army is capped at 600,000.\xffThe army is capped at 800,000 soldiers.",
    );
    checks::diff_bytes(b"");
    checks::diff_bytes(b"\xff");
}

/// Found by `decode` (first seconds of fuzzing; fixed in 46157ca: hints are searched in
/// file order). Was: the "did you mean" hint for an unknown draft, party or topic id was
/// taken from a `HashMap`'s keys (`validate.rs`, `Checker::reference`:
/// `nearest(id, known.keys().copied().take(500))`), and `nearest` breaks ties by "the
/// first" candidate: with two ids equally near ("v1", "v2" for "v4"), `check` named one
/// or the other at random, from run to run and call to call.
#[test]
fn did_you_mean_hint_is_deterministic() {
    let text = include_str!("fuzz_corpus/decode/did-you-mean-tie.json");
    // Each check() builds new hash maps with new random keys: 32 tries (64 checks) all
    // agree by chance with a probability of about 2^-63.
    for _ in 0..32 {
        checks::decode_text(text);
    }
}

/// Found by `align` (first seconds of fuzzing; fixed in 46157ca). Was: `align(&[], right)`
/// panicked with "index out of bounds: the len is 0 but the index is 0" in align.rs
/// `join_target` (`let Some(g) = their[other]`): with no left units `nl == 0`, so the
/// filter `(theirs_offset == 0 && t < nl) || (theirs_offset == nl && o < ru.len())` could
/// not tell "their side is the left" from "their side is the right" and let a right-hand
/// unit through as an index into the (empty) left groups. Validated drafts always have a
/// clause, so `compare` never got there, but `align` is public and takes any slices.
#[test]
fn align_with_no_left_clauses_does_not_panic() {
    let (l, r) = checks::align_set(include_str!("fuzz_corpus/align/empty-left.json"));
    assert!(l.is_empty() && r.len() == 1);
    checks::align(&l, &r);
}

/// Found reading `align` while writing the fuzz properties, and caught by the `align`
/// property "a kept row shows the same text on both sides" (fixed in 46157ca: kept is
/// decided on the texts as shown). Was: `align` decided "kept" by comparing a row's
/// texts unit by unit (a topic's clauses gathered into its first unit), while the reader
/// (`joined_text`, used by `compare` for the diff) shows a row's clauses in clause order.
/// Left "alpha apple" (topic t), "bravo banana" (no topic), "charlie cherry" (topic t)
/// against one right clause "alpha apple\ncharlie cherry\nbravo banana": one row, status
/// Kept, yet the diff shown on it had changes. The file is also a valid set, so the
/// reader showed exactly this.
#[test]
fn kept_row_with_reordered_paragraphs() {
    let text = include_str!("fuzz_corpus/align/kept-reordered-paragraphs.json");
    let (l, r) = checks::align_set(text);
    checks::align(&l, &r);
    checks::compare_text(text);
}

/// Found by `compare` (first seconds of fuzzing, on the engine before commit 3a6f07b,
/// which fixed it: align now pairs the very same clause with itself). Bug was: a clause
/// with no topic and unreported wording (`"text": null`) was never matched, not even with
/// itself: comparing its draft with itself gave a "removed" and an "added" row for it,
/// both with the key "clauses:d0-0", so the keyed rows of the reader's list collided.
#[test]
fn a_draft_with_an_unreported_untopiced_clause_compared_with_itself() {
    checks::compare_text(include_str!(
        "fuzz_corpus/compare/self-compare-unreported-untopiced.json"
    ));
}
