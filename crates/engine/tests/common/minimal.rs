//! An independent yardstick for the word diff: the fewest words a word-level edit can
//! mark, by the textbook dynamic programme (slow, obviously right).

use clausewise_engine::diff::tokenize;

/// The words of a text as the diff counts them: tokens that start with a letter or digit.
pub fn words(text: &str) -> Vec<&str> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.chars().next().is_some_and(char::is_alphanumeric))
        .collect()
}

/// Words removed plus words added by a minimal edit: |a| + |b| − 2·LCS.
pub fn minimal_changed(a: &[&str], b: &[&str]) -> usize {
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    a.len() + b.len() - 2 * prev[b.len()] as usize
}
