//! The clausewise engine, exported to JavaScript for the benchmark (`bench/run.mjs`).
//!
//! Uses only the engine's public API (`load`, `align::align`, `compare::compare`,
//! `diff::{diff_words, tokenize, SegmentKind}`), so it keeps working while the engine's
//! internals change. Timings are taken inside WebAssembly with `performance.now()`, so
//! they cover the engine's work alone: no JSON parsing, no copying of strings between
//! JavaScript and WebAssembly.

use clausewise_engine::align::align;
use clausewise_engine::compare::compare;
use clausewise_engine::diff::{self, SegmentKind, tokenize};
use std::collections::HashMap;
use std::hint::black_box;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds, as precise as the page allows (5 µs when the
    /// page is cross-origin isolated, which `bench/run.mjs` arranges).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// A clause set read once, so that timings leave out the reading.
#[wasm_bindgen]
pub struct BenchSet {
    set: clausewise_engine::validate::ValidClauseSet,
}

#[wasm_bindgen]
impl BenchSet {
    /// Reads (and validates) a clause-set file with `clausewise_engine::load`.
    #[wasm_bindgen(constructor)]
    pub fn new(json: &str) -> Result<BenchSet, JsError> {
        clausewise_engine::load(json)
            .map(|set| BenchSet { set })
            .map_err(|e| JsError::new(&format!("clause set does not load: {e}")))
    }

    /// The ids of the set's drafts, in file order.
    pub fn draft_ids(&self) -> Vec<String> {
        self.set.drafts.iter().map(|d| d.id.clone()).collect()
    }

    /// How many clauses the draft has.
    pub fn clause_count(&self, draft: &str) -> Result<u32, JsError> {
        Ok(self.clauses(draft)?.len() as u32)
    }

    /// Rows of `align::align` for the two drafts, by status: "kept 3, changed 2, …".
    pub fn align_summary(&self, left: &str, right: &str) -> Result<String, JsError> {
        let rows = align(self.clauses(left)?, self.clauses(right)?);
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for r in &rows {
            let s = r.status.as_str();
            match counts.iter_mut().find(|(k, _)| *k == s) {
                Some((_, n)) => *n += 1,
                None => counts.push((s, 1)),
            }
        }
        Ok(counts
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", "))
    }

    /// Runs `align::align` `iterations` times; milliseconds per run.
    pub fn time_align(&self, left: &str, right: &str, iterations: u32) -> Result<f64, JsError> {
        let (l, r) = (self.clauses(left)?, self.clauses(right)?);
        let n = iterations.max(1);
        let start = performance_now();
        for _ in 0..n {
            black_box(align(black_box(l), black_box(r)));
        }
        Ok((performance_now() - start) / f64::from(n))
    }

    /// Runs `compare::compare` (alignment, every row's word diff, positions) `iterations`
    /// times; milliseconds per run.
    pub fn time_compare(&self, left: &str, right: &str, iterations: u32) -> Result<f64, JsError> {
        self.clauses(left)?;
        self.clauses(right)?;
        let n = iterations.max(1);
        let start = performance_now();
        for _ in 0..n {
            black_box(compare(black_box(&self.set), left, right));
        }
        Ok((performance_now() - start) / f64::from(n))
    }

    /// Rows of `compare::compare` for the two drafts.
    pub fn compare_rows(&self, left: &str, right: &str) -> Result<u32, JsError> {
        compare(&self.set, left, right)
            .map(|c| c.rows.len() as u32)
            .ok_or_else(|| JsError::new("no such draft"))
    }

    fn clauses(&self, draft: &str) -> Result<&[clausewise_engine::model::Clause], JsError> {
        self.set
            .draft(draft)
            .map(|d| d.clauses.as_slice())
            .ok_or_else(|| JsError::new(&format!("no draft {draft:?} in the set")))
    }
}

/// Loads the set once, then runs `align::align` on the two drafts `iterations` times;
/// milliseconds per run (the loading is not timed).
#[wasm_bindgen]
pub fn align_set(json: &str, left: &str, right: &str, iterations: u32) -> Result<f64, JsError> {
    BenchSet::new(json)?.time_align(left, right, iterations)
}

/// The number of rows of the whole comparison (`compare::compare`) of the two drafts.
#[wasm_bindgen]
pub fn compare_set(json: &str, left: &str, right: &str) -> Result<u32, JsError> {
    BenchSet::new(json)?.compare_rows(left, right)
}

/// A word: a token of `diff::tokenize` that starts with a letter or digit.
fn is_word(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_alphanumeric)
}

fn words(text: &str) -> Vec<&str> {
    tokenize(text).into_iter().filter(|t| is_word(t)).collect()
}

/// Runs the engine's `diff::diff_words`; the number of changed words: words in its
/// `Removed` segments plus words in its `Added` segments.
#[wasm_bindgen]
pub fn diff_words(old: &str, new: &str) -> u32 {
    changed_words(old, new)
}

fn changed_words(old: &str, new: &str) -> u32 {
    diff::diff_words(old, new)
        .iter()
        .filter(|s| s.kind != SegmentKind::Equal)
        .map(|s| words(&s.text).len() as u32)
        .sum()
}

/// The engine's `diff::diff_words` as flat pairs `[kind, length, kind, length, …]`:
/// kind 0 equal, 1 removed, 2 added; length in UTF-16 code units (JavaScript's string
/// length), so that `bench/page.js` can count its changed words the same way as for the
/// JavaScript libraries.
#[wasm_bindgen]
pub fn diff_pieces(old: &str, new: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for s in diff::diff_words(old, new) {
        out.push(match s.kind {
            SegmentKind::Equal => 0,
            SegmentKind::Removed => 1,
            SegmentKind::Added => 2,
        });
        out.push(s.text.encode_utf16().count() as u32);
    }
    out
}

/// Runs the engine's `diff::diff_words` `iterations` times; milliseconds per run.
#[wasm_bindgen]
pub fn time_diff_words(old: &str, new: &str, iterations: u32) -> f64 {
    let n = iterations.max(1);
    let start = performance_now();
    for _ in 0..n {
        black_box(diff::diff_words(black_box(old), black_box(new)));
    }
    (performance_now() - start) / f64::from(n)
}

/// The words of `text` (see [`is_word`]) as flat `[start, end, start, end, …]` offsets in
/// UTF-16 code units.
#[wasm_bindgen]
pub fn word_spans(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut at = 0u32;
    for t in tokenize(text) {
        let len = t.encode_utf16().count() as u32;
        if is_word(t) {
            out.push(at);
            out.push(at + len);
        }
        at += len;
    }
    out
}

/// The fewest changed words any word diff can show: words removed plus words added in a
/// minimal edit of the word sequences (white space and punctuation ignored), that is
/// `words(old) + words(new) − 2 × LCS`. The longest common subsequence is computed by
/// dynamic programming over two rows.
#[wasm_bindgen]
pub fn min_changed_words(old: &str, new: &str) -> u32 {
    let (a, b) = (words(old), words(new));
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut id = |w| {
        let next = ids.len() as u32;
        *ids.entry(w).or_insert(next)
    };
    let a: Vec<u32> = a.into_iter().map(&mut id).collect();
    let b: Vec<u32> = b.into_iter().map(&mut id).collect();
    let lcs = lcs_len(&a, &b);
    (a.len() + b.len() - 2 * lcs) as u32
}

fn lcs_len(a: &[u32], b: &[u32]) -> usize {
    // Rows over the shorter sequence.
    let (a, b) = if a.len() < b.len() { (b, a) } else { (a, b) };
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_counts_words_only() {
        assert_eq!(min_changed_words("a b c", "a b c"), 0);
        assert_eq!(min_changed_words("a b c", "a, b; c."), 0);
        assert_eq!(min_changed_words("a b c", "a x c"), 2);
        assert_eq!(min_changed_words("a b c d", "b c d e"), 2);
        assert_eq!(min_changed_words("", "one two"), 2);
        assert_eq!(
            min_changed_words("the cat sat", "the dog sat on the mat"),
            2 + 3
        );
    }

    #[test]
    fn engine_count_is_at_least_minimal() {
        let (old, new) = (
            "The parties shall meet in Vienna.",
            "The parties shall meet in Geneva, yearly.",
        );
        assert_eq!(min_changed_words(old, new), 3);
        assert!(changed_words(old, new) >= 3);
        assert_eq!(changed_words(old, old), 0);
    }

    #[test]
    fn spans_are_utf16() {
        assert_eq!(word_spans("ab, “cd” é"), vec![0, 2, 5, 7, 9, 10]);
    }
}
