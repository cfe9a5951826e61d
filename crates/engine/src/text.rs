//! Small text helpers shared by every message the engine writes: paths and quotes.

/// `parent › child`, the separator readers see in every problem's path.
pub fn at(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent} › {child}")
    }
}

/// `drafts[1] "e3"`: a list item, named by its id when it has one.
pub fn item(list: &str, i: usize, id: &str) -> String {
    if id.is_empty() {
        format!("{list}[{i}]")
    } else {
        format!("{list}[{i}] {}", quote(id, 60))
    }
}

/// At most `max` characters of `s`: quoting a hostile 10 KB string back at the reader
/// helps nobody.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((cut, _)) => format!("{}…", &s[..cut]),
    }
}

/// `"value"`, shortened, with line breaks shown as spaces so a message stays one line.
pub fn quote(s: &str, max: usize) -> String {
    let one_line: String = shorten(s, max)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("\"{one_line}\"")
}

/// Of `candidates`, the one closest to `word` if it is one or two slips of the keyboard
/// away (edit distance ≤ 2, ≤ 1 for words of five letters or fewer; ties to the first):
/// for "did you mean …?" hints.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let w: Vec<char> = word.chars().take(64).collect();
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let c_chars: Vec<char> = c.chars().take(64).collect();
        if c_chars.len().abs_diff(w.len()) > 2 {
            continue;
        }
        let mut prev: Vec<usize> = (0..=c_chars.len()).collect();
        for (i, a) in w.iter().enumerate() {
            let mut cur = vec![i + 1];
            for (j, b) in c_chars.iter().enumerate() {
                cur.push(
                    (prev[j] + usize::from(a != b))
                        .min(prev[j + 1] + 1)
                        .min(cur[j] + 1),
                );
            }
            prev = cur;
        }
        // Short words are all near each other: "south" is two slips from "north".
        let allowed = if w.len() <= 5 { 1 } else { 2 };
        let d = prev[c_chars.len()];
        if d <= allowed && d > 0 && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// The one map type of the engine's reading, alignment and diff: words or ids to an
/// index. Hashed with a small multiplicative hash instead of SipHash: words are short, so
/// SipHash's setup dominates (the diff of a long text spends a fifth of its time hashing),
/// and in the browser std's "random" keys are fixed anyway, so SipHash bought no
/// protection there. One type, so the bundle carries one copy of the map code.
pub type WordMap<'a> = std::collections::HashMap<&'a str, usize, WordState>;

/// In the browser, [`WordHasher`]; natively (the command line reads files from anyone),
/// std's randomly keyed SipHash, which no crafted file can flood.
#[cfg(target_arch = "wasm32")]
pub type WordState = std::hash::BuildHasherDefault<WordHasher>;
#[cfg(not(target_arch = "wasm32"))]
pub type WordState = std::hash::RandomState;

/// FxHash's mixing step, a byte at a time (see [`WordMap`]).
#[derive(Clone, Copy, Default)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// `items` joined by `sep`. By hand: `[String]::join` is a second copy of the joining code
/// next to `[&str]::join` in every reader's download.
pub fn join(items: &[String], sep: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item);
    }
    out
}
