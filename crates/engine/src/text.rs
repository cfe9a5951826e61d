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
