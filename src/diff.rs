//! Word-level diff of two texts, tuned for reading rather than for patching.
//!
//! Texts are split into words, runs of white space and single punctuation marks, so a
//! changed comma never drags its word along. Tokens are diffed with `similar`'s
//! patience algorithm, which anchors on unique words and so keeps
//! rewritten sentences readable. A clean-up pass then folds tiny islands of sameness
//! (a lone "the", a space) into the surrounding change: "no confetti".
//!
//! Invariant: concatenating the `Equal` and `Removed` segments gives the old text back,
//! and `Equal` and `Added` give the new one, byte for byte.

use similar::{Algorithm, DiffOp, capture_diff_slices};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegmentKind {
    Equal,
    Removed,
    Added,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Space,
    Mark,
}

fn class(c: char) -> Class {
    if c.is_alphanumeric() {
        Class::Word
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Mark
    }
}

/// Characters that stay inside a word when letters or digits stand on both sides:
/// "Kyiv's", "non-aggression", "600,000", "2.5".
fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | ',' | '.')
}

/// Splits `text` into word, white-space and punctuation tokens. Joining them gives `text`.
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let k = class(c);
        let mut j = i + 1;
        match k {
            Class::Mark => {}
            Class::Space => {
                while j < chars.len() && class(chars[j].1) == Class::Space {
                    j += 1;
                }
            }
            Class::Word => loop {
                if j < chars.len() && class(chars[j].1) == Class::Word {
                    j += 1;
                } else if j + 1 < chars.len()
                    && joins_word(chars[j].1)
                    && class(chars[j + 1].1) == Class::Word
                    // "600,000" joins, "Kyiv,Moscow" does too, but a comma before a
                    // letter after a digit ("5,and") is rare enough not to matter.
                    && (chars[j].1 != ',' && chars[j].1 != '.'
                        || chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit())
                {
                    j += 2;
                } else {
                    break;
                }
            },
        }
        let end = chars.get(j).map_or(text.len(), |&(e, _)| e);
        tokens.push(&text[start..end]);
        i = j;
    }
    tokens
}

/// Diffs two texts word by word. See the module docs for the guarantees.
pub fn diff_words(old: &str, new: &str) -> Vec<Segment> {
    if old == new {
        return if old.is_empty() {
            Vec::new()
        } else {
            vec![Segment { kind: SegmentKind::Equal, text: old.to_string() }]
        };
    }
    let a = tokenize(old);
    let b = tokenize(new);

    let mut out: Vec<Segment> = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                push(&mut out, SegmentKind::Equal, &a[old_index..old_index + len]);
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                push(&mut out, SegmentKind::Removed, &a[old_index..old_index + old_len]);
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                push(&mut out, SegmentKind::Added, &b[new_index..new_index + new_len]);
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                push(&mut out, SegmentKind::Removed, &a[old_index..old_index + old_len]);
                push(&mut out, SegmentKind::Added, &b[new_index..new_index + new_len]);
            }
        }
    }
    cleanup(out)
}

fn push(out: &mut Vec<Segment>, kind: SegmentKind, tokens: &[&str]) {
    if tokens.is_empty() {
        return;
    }
    let text: String = tokens.concat();
    match out.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(&text),
        _ => out.push(Segment { kind, text }),
    }
}

/// An equal stretch this small between two changes reads as noise, not as kept text.
fn is_trivial(text: &str) -> bool {
    let mut words = 0;
    for t in tokenize(text) {
        match t.chars().next().map(class) {
            Some(Class::Word) => {
                words += 1;
                if words > 1 || t.chars().count() > 3 {
                    return false;
                }
            }
            Some(Class::Space | Class::Mark) | None => {}
        }
    }
    true
}

/// Folds trivial equal stretches into the changes around them, then regroups each run
/// of changes as one removal followed by one addition.
fn cleanup(segments: Vec<Segment>) -> Vec<Segment> {
    let n = segments.len();
    let mut out: Vec<Segment> = Vec::with_capacity(n);
    // Pending change group: what was removed and added since the last kept equal.
    let mut removed = String::new();
    let mut added = String::new();
    let flush = |out: &mut Vec<Segment>, removed: &mut String, added: &mut String| {
        if !removed.is_empty() {
            out.push(Segment { kind: SegmentKind::Removed, text: std::mem::take(removed) });
        }
        if !added.is_empty() {
            out.push(Segment { kind: SegmentKind::Added, text: std::mem::take(added) });
        }
    };
    for (i, seg) in segments.iter().enumerate() {
        match seg.kind {
            SegmentKind::Removed => removed.push_str(&seg.text),
            SegmentKind::Added => added.push_str(&seg.text),
            SegmentKind::Equal => {
                let between_changes = i > 0 && i + 1 < n;
                let in_group = !removed.is_empty() || !added.is_empty();
                if between_changes && in_group && is_trivial(&seg.text) {
                    removed.push_str(&seg.text);
                    added.push_str(&seg.text);
                } else {
                    flush(&mut out, &mut removed, &mut added);
                    out.push(seg.clone());
                }
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

/// The old text, rebuilt from a diff.
pub fn old_text(segments: &[Segment]) -> String {
    side_text(segments, SegmentKind::Removed)
}

/// The new text, rebuilt from a diff.
pub fn new_text(segments: &[Segment]) -> String {
    side_text(segments, SegmentKind::Added)
}

fn side_text(segments: &[Segment], changed: SegmentKind) -> String {
    segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Equal || s.kind == changed)
        .map(|s| s.text.as_str())
        .collect()
}
