//! Word-level diff of two texts, tuned for reading rather than for patching.
//!
//! Texts are split into words, runs of white space and single punctuation marks, so a
//! changed comma never drags its word along. Tokens are diffed with Myers's algorithm
//! between anchors (words found once in each text, as patience diff picks them). A
//! clean-up pass then folds tiny islands of sameness (a lone "the", a space) into the
//! surrounding change, and regroups each change as removal then addition: no confetti.
//!
//! Invariant: concatenating the `Equal` and `Removed` segments gives the old text back,
//! and `Equal` and `Added` give the new one, byte for byte.

use crate::text::WordMap;

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
    // Most text is ASCII: decide it without Unicode's tables.
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            Class::Word
        } else if c.is_ascii_whitespace() || c == '\u{b}' {
            Class::Space
        } else {
            Class::Mark
        }
    } else if c.is_alphanumeric() {
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

/// The character starting at byte `i` of `text` (a character boundary) and its length.
/// ASCII, most of any text, is read straight from the byte: no decoding, no table.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits `text` into word, white-space and punctuation tokens. Joining them gives `text`.
/// One pass over the bytes, decoding only what is not ASCII.
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        let mut j = i + len;
        match class(c) {
            Class::Mark => {}
            Class::Space => {
                while let Some((d, l)) = char_at(text, j) {
                    if class(d) != Class::Space {
                        break;
                    }
                    j += l;
                }
            }
            Class::Word => {
                let mut last = c;
                while let Some((d, l)) = char_at(text, j) {
                    if class(d) == Class::Word {
                        last = d;
                        j += l;
                        continue;
                    }
                    // A joiner between two word characters stays inside the word:
                    // "600,000" joins, "Kyiv,Moscow" does too, but a comma or a full stop
                    // only between digits ("5,and" is rare enough not to matter).
                    let next = char_at(text, j + l).filter(|&(e, _)| {
                        joins_word(d)
                            && class(e) == Class::Word
                            && (d != ',' && d != '.' || last.is_ascii_digit() && e.is_ascii_digit())
                    });
                    let Some((e, l2)) = next else { break };
                    last = e;
                    j += l + l2;
                }
            }
        }
        tokens.push(&text[i..j]);
        i = j;
    }
    tokens
}

/// A word or punctuation mark with the white space that follows it. The diff aligns
/// the marks only: white space would otherwise be the commonest "word" and anchor the
/// alignment on spaces instead of on words.
#[derive(Clone, Copy)]
struct Unit<'a> {
    mark: &'a str,
    space: &'a str,
}

fn units(text: &str) -> Vec<Unit<'_>> {
    let mut out: Vec<Unit> = Vec::new();
    for t in tokenize(text) {
        let is_space = t.chars().next().is_some_and(char::is_whitespace);
        match out.last_mut() {
            Some(last) if is_space => last.space = t,
            // Leading white space belongs to an empty mark.
            None if is_space => out.push(Unit { mark: "", space: t }),
            _ => out.push(Unit { mark: t, space: "" }),
        }
    }
    out
}

/// Diffs two texts word by word. See the module docs for the guarantees. Always exact.
pub fn diff_words(old: &str, new: &str) -> Vec<Segment> {
    let mut unlimited = usize::MAX;
    diff_words_within(old, new, &mut unlimited)
}

/// [`diff_words`] within a work budget shared by many diffs. Myers's exact search costs
/// at most (n + m)·(D + 1) steps for n and m words and marks and an edit of D; D is at
/// most n + m − 2·L for any common subsequence of length L, and a greedy one is found in
/// linear time, so that bound is what is taken from `budget`. Similar texts (revisions)
/// cost little; unrelated long ones a lot. When the budget cannot pay, the whole old text
/// is removed and the new one added (read as a rewrite): no set can make one comparison
/// cost more than its budget.
pub fn diff_words_within(old: &str, new: &str, budget: &mut usize) -> Vec<Segment> {
    let mut out = Vec::new();
    // Paragraphs first: in a revision most paragraphs come through untouched, and those
    // are never split into words; only the changed stretches between them are diffed
    // word by word.
    let pa: Vec<&str> = old.split_inclusive('\n').collect();
    let pb: Vec<&str> = new.split_inclusive('\n').collect();
    let (ka, kb) = numbered(&pa, &pb, |p| p);
    let mut changed = (String::new(), String::new());
    for (op, i, j, n) in ops(&ka, &kb) {
        match op {
            Op::Equal => {
                words(&changed.0, &changed.1, budget, &mut out);
                changed = (String::new(), String::new());
                push(&mut out, SegmentKind::Equal, &pa[i..i + n].concat());
            }
            Op::Delete => changed.0.push_str(&pa[i..i + n].concat()),
            Op::Insert => changed.1.push_str(&pb[j..j + n].concat()),
        }
    }
    words(&changed.0, &changed.1, budget, &mut out);
    tidy_spaces(cleanup(out))
}

/// The items of `a` and `b` as numbers, equal items equal numbers: Myers then compares
/// integers, not strings. One map type, as everywhere.
fn numbered<'t, T>(a: &[T], b: &[T], key: impl Fn(&T) -> &'t str) -> (Vec<usize>, Vec<usize>) {
    // Sized for the worst case up front: growing rehashes every word seen so far.
    let mut ids = WordMap::with_capacity_and_hasher(a.len() + b.len(), Default::default());
    let mut number = |items: &[T]| -> Vec<usize> {
        let mut keys = Vec::with_capacity(items.len());
        for item in items {
            let next = ids.len();
            keys.push(*ids.entry(key(item)).or_insert(next));
        }
        keys
    };
    let ka = number(a);
    let kb = number(b);
    (ka, kb)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Equal,
    Delete,
    Insert,
}

/// The minimal edit script of `a` → `b`: (what, index in a, index in b, how many).
/// Myers's algorithm in linear space (his paper's "middle snake" divide and conquer), by
/// hand over integers: tighter than `similar`'s generic one, which also compiles in
/// heuristics that we never use, so both faster and smaller in the bundle.
fn ops(a: &[usize], b: &[usize]) -> Vec<(Op, usize, usize, usize)> {
    let mut script = Vec::new();
    let size = 2 * ((a.len() + b.len()).div_ceil(2) + 1);
    let mut v = (vec![0; size], vec![0; size]);
    split(a, b, 0, 0, &mut v, &mut script);
    script
}

/// Appends one step to an edit script. The script runs forward, so a step of the same kind
/// as the last continues it.
fn emit(script: &mut Vec<(Op, usize, usize, usize)>, op: Op, i: usize, j: usize, n: usize) {
    match script.last_mut() {
        _ if n == 0 => {}
        Some(last) if last.0 == op => last.3 += n,
        _ => script.push((op, i, j, n)),
    }
}

/// Appends the script of `a` → `b`, which start at `i` and `j` in the whole texts.
fn split(
    a: &[usize],
    b: &[usize],
    i: usize,
    j: usize,
    v: &mut (Vec<usize>, Vec<usize>),
    script: &mut Vec<(Op, usize, usize, usize)>,
) {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - post], &b[..b.len() - post]);
    let (i1, j1) = (i + pre, j + pre);
    emit(script, Op::Equal, i, j, pre);
    if a.is_empty() || b.is_empty() {
        emit(script, Op::Delete, i1, j1, a.len());
        emit(script, Op::Insert, i1, j1, b.len());
    } else {
        let (x, y) = middle_snake(a, b, v);
        split(&a[..x], &b[..y], i1, j1, v, script);
        split(&a[x..], &b[y..], i1 + x, j1 + y, v, script);
    }
    emit(script, Op::Equal, i1 + a.len(), j1 + b.len(), post);
}

/// A point on a shortest edit path of `a` → `b` (neither empty, their first items and
/// their last items differ), strictly inside it: searched from both ends at once until
/// the two searches meet. `v.0[k]` is how far (in a) the forward search has reached on
/// diagonal k, `v.1[k]` the same for the backward search from the ends; both offset so
/// that k, which goes negative, stays an index.
fn middle_snake(a: &[usize], b: &[usize], v: &mut (Vec<usize>, Vec<usize>)) -> (usize, usize) {
    let (n, m) = (a.len(), b.len());
    let (vf, vb) = (&mut v.0, &mut v.1);
    let max = (n + m).div_ceil(2) + 1;
    let delta = n as isize - m as isize;
    let odd = delta & 1 == 1;
    let at = |k: isize| (k + max as isize) as usize;
    vf[at(1)] = 0;
    vb[at(1)] = 0;
    for d in 0..max as isize {
        for k in (-d..=d).rev().step_by(2) {
            let x = if k == -d || k != d && vf[at(k - 1)] < vf[at(k + 1)] {
                vf[at(k + 1)]
            } else {
                vf[at(k - 1)] + 1
            };
            let y = (x as isize - k) as usize;
            let run = match (a.get(x..), b.get(y..)) {
                (Some(p), Some(q)) => p.iter().zip(q).take_while(|(p, q)| p == q).count(),
                _ => 0,
            };
            vf[at(k)] = x + run;
            if odd && (k - delta).abs() < d && x + run + vb[at(delta - k)] >= n {
                return (x, y);
            }
        }
        for k in (-d..=d).rev().step_by(2) {
            let x = if k == -d || k != d && vb[at(k - 1)] < vb[at(k + 1)] {
                vb[at(k + 1)]
            } else {
                vb[at(k - 1)] + 1
            };
            let y = (x as isize - k) as usize;
            let run = match (a.get(..n.wrapping_sub(x)), b.get(..m.wrapping_sub(y))) {
                (Some(p), Some(q)) => p
                    .iter()
                    .rev()
                    .zip(q.iter().rev())
                    .take_while(|(p, q)| p == q)
                    .count(),
                _ => 0,
            };
            vb[at(k)] = x + run;
            if !odd && (k - delta).abs() <= d && x + run + vf[at(delta - k)] >= n {
                return (n - x - run, m - y - run);
            }
        }
    }
    unreachable!("two searches over the same grid always meet")
}

fn push(out: &mut Vec<Segment>, kind: SegmentKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => out.push(Segment {
            kind,
            text: text.to_string(),
        }),
    }
}

/// Appends the word diff of `old` → `new` to `out`, within `budget`. Myers's exact search
/// costs at most (n + m)·(D + 1) steps for n and m words and marks and an edit of D; D is
/// at most n + m − 2·L for any common subsequence of length L, and a greedy one is found
/// in linear time, so that bound is what is taken from `budget`. Similar texts cost
/// little; unrelated long ones a lot. When the budget cannot pay, the whole old text is
/// removed and the new one added (read as a rewrite).
fn words(old: &str, new: &str, budget: &mut usize, out: &mut Vec<Segment>) {
    if old == new {
        push(out, SegmentKind::Equal, old);
        return;
    }
    let a = units(old);
    let b = units(new);
    let (ka, kb) = numbered(&a, &b, |u| u.mark);
    let total = ka.len() + kb.len();
    let cost = total.saturating_mul(total - 2 * common_run(&ka, &kb) + 1);
    if cost > *budget {
        push(out, SegmentKind::Removed, old);
        push(out, SegmentKind::Added, new);
        return;
    }
    *budget -= cost;
    let side = |out: &mut Vec<Segment>, kind, units: &[Unit]| {
        for u in units {
            push(out, kind, u.mark);
            push(out, kind, u.space);
        }
    };
    for (op, i, j, n) in anchored_ops(&ka, &kb) {
        match op {
            Op::Equal => {
                for k in 0..n {
                    let (o, w) = (a[i + k], b[j + k]);
                    push(out, SegmentKind::Equal, o.mark);
                    if o.space == w.space {
                        push(out, SegmentKind::Equal, o.space);
                    } else {
                        push(out, SegmentKind::Removed, o.space);
                        push(out, SegmentKind::Added, w.space);
                    }
                }
            }
            Op::Delete => side(out, SegmentKind::Removed, &a[i..i + n]),
            Op::Insert => side(out, SegmentKind::Added, &b[j..j + n]),
        }
    }
}

/// The edit script of `a` → `b`, searched between anchors: the words that occur exactly
/// once in each text, in the longest run that keeps their order (the idea of patience
/// diff). Between two anchors the edit is short, so Myers's search, which costs the
/// length times the edit, stays small: on whole licences this is several times faster
/// than one search over everything, and as exact in practice (the corpus test holds the
/// result within 5 % of the minimal edit).
fn anchored_ops(a: &[usize], b: &[usize]) -> Vec<(Op, usize, usize, usize)> {
    let ids = a.iter().chain(b).max().map_or(0, |m| m + 1);
    // For each id: (count in a, count in b, position in b).
    let mut seen = vec![(0u32, 0u32, 0usize); ids];
    for &x in a {
        seen[x].0 += 1;
    }
    for (j, &y) in b.iter().enumerate() {
        seen[y].1 += 1;
        seen[y].2 = j;
    }
    // A unique word is trusted as an anchor only inside a kept phrase (its two neighbours
    // on each side match too): a coincidence in a rewritten sentence would pin the search
    // wrongly (with one neighbour each side, the MPL 1.1 → 2.0 rewrite came out 4.9 %
    // above the minimal edit; with two, 1.4 %).
    let uniques: Vec<(usize, usize)> = a
        .iter()
        .enumerate()
        .filter(|&(_, &x)| seen[x].0 == 1 && seen[x].1 == 1)
        .map(|(i, &x)| (i, seen[x].2))
        .filter(|&(i, j)| {
            (1..=2).all(|d| {
                (i < d || j < d || a[i - d] == b[j - d])
                    && (i + d >= a.len() || j + d >= b.len() || a[i + d] == b[j + d])
            })
        })
        .collect();
    // Longest increasing run of positions in b (patience sorting, n log n).
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; uniques.len()];
    for (k, &(_, j)) in uniques.iter().enumerate() {
        let at = tails.partition_point(|&t| uniques[t].1 < j);
        if at > 0 {
            prev[k] = tails[at - 1];
        }
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut anchors = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        anchors.push(uniques[k]);
        k = prev[k];
    }
    anchors.reverse();
    anchors.push((a.len(), b.len()));
    // Items of a gap that do not occur in the other text's side of it can never match:
    // they are set aside before the search (as GNU diff does). The edit stays minimal,
    // and where a passage was rewritten, most of it goes, and the search, which costs
    // about the square of the edit, with it.
    let mut in_gap = (vec![0; ids], vec![0; ids]);
    let mut script = Vec::new();
    let (mut i0, mut j0) = (0, 0);
    for (g, (i1, j1)) in (1..).zip(anchors) {
        for &x in &a[i0..i1] {
            in_gap.0[x] = g;
        }
        for &y in &b[j0..j1] {
            in_gap.1[y] = g;
        }
        let ka: Vec<usize> = (i0..i1).filter(|&i| in_gap.1[a[i]] == g).collect();
        let kb: Vec<usize> = (j0..j1).filter(|&j| in_gap.0[b[j]] == g).collect();
        let ra: Vec<usize> = ka.iter().map(|&i| a[i]).collect();
        let rb: Vec<usize> = kb.iter().map(|&j| b[j]).collect();
        let (mut i, mut j) = (i0, j0);
        for (op, p, q, n) in ops(&ra, &rb) {
            if op == Op::Equal {
                for (&x, &y) in ka[p..p + n].iter().zip(&kb[q..q + n]) {
                    emit(&mut script, Op::Delete, i, j, x - i);
                    emit(&mut script, Op::Insert, x, j, y - j);
                    emit(&mut script, Op::Equal, x, y, 1);
                    (i, j) = (x + 1, y + 1);
                }
            }
        }
        emit(&mut script, Op::Delete, i, j, i1 - i);
        emit(&mut script, Op::Insert, i1, j, j1 - j);
        if i1 < a.len() {
            emit(&mut script, Op::Equal, i1, j1, 1);
        }
        (i0, j0) = (i1 + 1, j1 + 1);
    }
    script
}

/// The length of a common subsequence of `a` and `b` found greedily (each item of `a`
/// matched to the next equal item of `b` within a short look-ahead): a lower bound on
/// the longest one, in linear time.
fn common_run(a: &[usize], b: &[usize]) -> usize {
    const LOOK_AHEAD: usize = 16;
    let mut j = 0;
    let mut found = 0;
    for x in a {
        if let Some(k) = b[j..].iter().take(LOOK_AHEAD).position(|y| y == x) {
            found += 1;
            j += k + 1;
        }
    }
    found
}

fn words_in(text: &str) -> usize {
    tokenize(text).iter().filter(|t| has_word(t)).count()
}

fn has_word(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
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

/// A stretch of kept text, or one change: what was removed and what was added there.
enum Piece {
    Same(String),
    Change(String, String),
}

/// A lone short word between two replacements is folded into them only while they are
/// short: fewer words than this removed, and fewer added, on its two sides together.
const FOLDS_BETWEEN: usize = 8;

/// Folds kept text that reads as noise into the changes around it, and regroups each
/// change as one removal followed by one addition. Kept text between two changes is
/// noise when it is only spaces and marks, or a lone short word ("the", "of") between
/// two short replacements. Nothing longer is folded, and nothing inside a heavy rewrite,
/// where folds would chain into one long block: the diff stays within a few per cent of
/// the minimal edit, and a heavy rewrite is shown as such by the view (see
/// `compare::is_rewrite`) rather than hidden by folding.
fn cleanup(segments: Vec<Segment>) -> Vec<Segment> {
    let mut pieces: Vec<Piece> = Vec::new();
    for seg in segments {
        match (seg.kind, pieces.last_mut()) {
            (SegmentKind::Equal, _) => pieces.push(Piece::Same(seg.text)),
            (SegmentKind::Removed, Some(Piece::Change(r, _))) => r.push_str(&seg.text),
            (SegmentKind::Added, Some(Piece::Change(_, a))) => a.push_str(&seg.text),
            (SegmentKind::Removed, _) => pieces.push(Piece::Change(seg.text, String::new())),
            (SegmentKind::Added, _) => pieces.push(Piece::Change(String::new(), seg.text)),
        }
    }
    let mut i = 1;
    while i + 1 < pieces.len() {
        let fold = match (&pieces[i - 1], &pieces[i], &pieces[i + 1]) {
            (Piece::Change(r1, a1), Piece::Same(kept), Piece::Change(r2, a2)) => {
                is_trivial(kept)
                    && (!has_word(kept)
                        || [r1, a1, r2, a2].iter().all(|t| has_word(t))
                            && words_in(r1) + words_in(r2) < FOLDS_BETWEEN
                            && words_in(a1) + words_in(a2) < FOLDS_BETWEEN)
            }
            _ => false,
        };
        if !fold {
            i += 1;
            continue;
        }
        let parts: Vec<Piece> = pieces.drain(i - 1..=i + 1).collect();
        if let [
            Piece::Change(r1, a1),
            Piece::Same(kept),
            Piece::Change(r2, a2),
        ] = &parts[..]
        {
            let merged = Piece::Change(r1.clone() + kept + r2, a1.clone() + kept + a2);
            pieces.insert(i - 1, merged);
        }
        // The merged change is bigger: the kept text before it may now be noise too.
        i = i.saturating_sub(2).max(1);
    }
    let mut out = Vec::with_capacity(pieces.len() * 2);
    for piece in pieces {
        let parts = match piece {
            Piece::Same(text) => [
                (SegmentKind::Equal, text),
                (SegmentKind::Equal, String::new()),
            ],
            Piece::Change(r, a) => [(SegmentKind::Removed, r), (SegmentKind::Added, a)],
        };
        for (kind, text) in parts {
            if !text.is_empty() {
                out.push(Segment { kind, text });
            }
        }
    }
    out
}

fn trailing_space(s: &str) -> &str {
    &s[s.trim_end().len()..]
}

/// Moves white space at the end of a change out of it, so that a change reads
/// "[-600,000-]{+800,000+} soldiers" rather than "[-600,000 -]{+800,000 +}soldiers".
fn tidy_spaces(mut segs: Vec<Segment>) -> Vec<Segment> {
    let mut i = 0;
    while i < segs.len() {
        if segs[i].kind == SegmentKind::Equal {
            i += 1;
            continue;
        }
        // The change group is segs[i..end]: a removal, an addition, or one of each.
        let end = if i + 1 < segs.len() && segs[i + 1].kind != SegmentKind::Equal {
            i + 2
        } else {
            i + 1
        };
        let ws = trailing_space(&segs[i].text).to_string();
        let same_everywhere = !ws.is_empty()
            && segs[i..end]
                .iter()
                .all(|s| s.text.ends_with(&ws) && s.text.len() > ws.len());
        let lone = end == i + 1;
        // A lone change can only give its space away if the text before it ends the same,
        // so that both old and new texts read unchanged: "army [-is -]soldiers" becomes
        // "army[- is-] soldiers".
        let before_ends =
            i > 0 && segs[i - 1].text.ends_with(&ws) && segs[i - 1].text.len() > ws.len();
        if same_everywhere && (!lone || before_ends) {
            for s in &mut segs[i..end] {
                s.text.truncate(s.text.len() - ws.len());
                if lone {
                    s.text.insert_str(0, &ws);
                }
            }
            if lone {
                let prev = &mut segs[i - 1].text;
                prev.truncate(prev.len() - ws.len());
            }
            match segs.get_mut(end) {
                Some(next) => next.text.insert_str(0, &ws),
                None => segs.push(Segment {
                    kind: SegmentKind::Equal,
                    text: ws,
                }),
            }
        }
        i = end;
    }
    segs
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
