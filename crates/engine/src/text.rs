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
