//! `clausewise split FILE.txt`: a pasted draft cut into clauses by its numbering, exactly
//! as the editor's preview cuts it (`clausewise_engine::split`).
//!
//! Prints one line per piece, `NUMBER<TAB>HEADING<TAB>the first 80 characters of its text`
//! (the heading column empty when there is none, paragraph breaks shown as spaces), then a
//! count line; with `--json`, an array of `{"number", "heading", "text"}` objects (`heading`
//! null when there is none). A file that cannot be read or is not UTF-8 is reported on
//! standard error with exit status 1.

use clausewise_engine::split::{Piece, split_with_title};
use serde_json::{Value, json};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// How much of each piece's text the table shows.
const PREVIEW_CHARS: usize = 80;

pub fn run(path: &Path, json: bool) -> ExitCode {
    let name = path.display().to_string();
    let text = match read(path) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{name}: error: {message}");
            return ExitCode::from(1);
        }
    };
    let (title, pieces) = split_with_title(&text);
    let mut out = String::new();
    if json {
        let array: Vec<Value> = pieces.iter().map(piece_json).collect();
        out.push_str(&serde_json::to_string_pretty(&array).expect("JSON values print"));
        out.push('\n');
    } else {
        for p in &pieces {
            out.push_str(&table_line(p));
            out.push('\n');
        }
        out.push_str(&count_line(pieces.len(), title.as_deref()));
        out.push('\n');
    }
    // A reader that stops early (`| head`) is not an error worth a panic.
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("{name}: error: cannot write the output: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read the file: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "the file is not UTF-8 text (invalid byte at position {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn piece_json(p: &Piece) -> Value {
    json!({ "number": p.number, "heading": p.heading, "text": p.text })
}

/// `NUMBER<TAB>HEADING<TAB>preview`, on one line whatever the piece holds.
fn table_line(p: &Piece) -> String {
    format!(
        "{}\t{}\t{}",
        one_line(&p.number),
        one_line(p.heading.as_deref().unwrap_or("")),
        preview(&p.text)
    )
}

/// Tabs and line breaks as spaces, so a field never breaks the table.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn preview(text: &str) -> String {
    let flat = one_line(text);
    match flat.char_indices().nth(PREVIEW_CHARS) {
        None => flat,
        Some((cut, _)) => format!("{}…", &flat[..cut]),
    }
}

fn count_line(n: usize, title: Option<&str>) -> String {
    let pieces = format!("{n} piece{}", if n == 1 { "" } else { "s" });
    match title {
        Some(t) => format!("{pieces}; title: {}", one_line(t)),
        None => pieces,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(number: &str, heading: Option<&str>, text: &str) -> Piece {
        Piece {
            number: number.into(),
            heading: heading.map(str::to_string),
            text: text.into(),
            start: 0,
            kind: None,
        }
    }

    #[test]
    fn table_lines_stay_on_one_line() {
        assert_eq!(
            table_line(&piece("1", Some("Scope"), "First.\nSecond.")),
            "1\tScope\tFirst. Second."
        );
        assert_eq!(
            table_line(&piece("preamble", None, "Text")),
            "preamble\t\tText"
        );
        let long = "word ".repeat(40);
        let line = table_line(&piece("2", None, &long));
        assert_eq!(
            line.split('\t').nth(2).map(|t| t.chars().count()),
            Some(PREVIEW_CHARS + 1)
        );
        assert!(line.ends_with('…'));
    }

    #[test]
    fn counts_and_json() {
        assert_eq!(count_line(1, None), "1 piece");
        assert_eq!(
            count_line(14, Some("GNU GENERAL PUBLIC LICENSE")),
            "14 pieces; title: GNU GENERAL PUBLIC LICENSE"
        );
        assert_eq!(
            piece_json(&piece("5", None, "Text.")),
            json!({ "number": "5", "heading": null, "text": "Text." })
        );
    }
}
