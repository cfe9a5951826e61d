//! Splitting a pasted draft into clauses by its numbering, for the editor's live preview
//! and `clausewise split`.
//!
//! A line starts a clause when, after optional spaces, markdown heading marks (`#`…`######`)
//! and `**`, it begins with a number in one of these styles, followed by a space, a tab or
//! the end of the line:
//!
//! - plain: `1.` `1)` `(1)`, nested decimal `1.2` `1.10.1` `1.2.`, letters `(a)` `a)` `a.`
//!   (Latin or Cyrillic), roman numerals `IV.` `iv)` `(iv)`, and `1<TAB>Title` or
//!   `1 ALL-CAPS TITLE`;
//! - labelled (case-insensitive): `Article 5`, `Art. 5`, `Section 4`, `Sec. 4`, `§ 3`, `§3`,
//!   `Paragraph 2`, `Para. 2`, `Point 12`, `Clause 7`, `Part 2`, `Chapter II`, `Стаття 5`,
//!   `Ст. 5`, `Статья 5`, `Пункт 12`, `П. 12`, `Розділ 2`, `Раздел 2`, `Глава 3`, `Частина 2`,
//!   `Часть 2`, with an arabic, nested decimal or roman number (Cyrillic І, Х, С, М are read
//!   as the roman letters they look like) and an optional `.` or `:` after it. A label
//!   followed by a lowercase word without punctuation (`Article 5 of the Treaty…`) is a
//!   reference, not a clause.
//!
//! Every style found on two lines or more is a candidate *level*. Its clauses are the
//! longest chain of its lines whose numbers go up by 1 to 3 each step (a nested decimal
//! number may also step its parent and restart: `1.3` → `2.1`); the level qualifies when
//! that chain holds at least 60% of the style's lines. A line whose previous line ends
//! mid-sentence counts less, so a wrapped line that happens to start with `3.` loses to a
//! real clause 3. The level split at is the outermost qualifying one: the one whose chain
//! starts first, unless it ends before another level starts and is of an inner kind, or of
//! the same kind and owns less of the text (recitals `(A)`, `(B)` before clauses `1.`, `2.`
//! go to the preamble; a list `(a)`, `(b)` in the last clause stays in it). Everything else
//! (`(a)`, `1.1` inside `1.`) stays in its clause's text. A single letter that is also a
//! roman numeral (`(c)`, `(i)`, `(v)`) is decided by its neighbours of the same form: `(i)`
//! before `(ii)` is roman, `(i)` after `(h)` or before `(j)` is a letter.
//!
//! The rest of a numbered line is the clause's heading when it reads as a title and more
//! text follows: after a dash or a label's colon (`Article 5 — Security`), in a markdown
//! heading or in bold, or a short line (at most 80 characters, 12 words, not ending like a
//! sentence unless it is in capitals, in title case or three words at most) followed by a
//! blank line, a numbered line, or a line it was deliberately broken from (the next line's
//! first word would have fit: hard wrapping never breaks a line early). A number alone on
//! its line takes the next line as its heading by the same test (`Article 5` / `Subject
//! matter`). Text before the first clause is the [`PREAMBLE`] piece, unless it is only a
//! title line (see [`title_line`]). Without any qualifying level the text is split into
//! paragraphs, numbered 1, 2, ….
//!
//! Texts are normalised: lines are trimmed and joined with single spaces; a blank line, a
//! numbered or bulleted line, or a deliberate break before a capital starts a new paragraph,
//! and paragraphs are separated by `\n`. So a licence wrapped at 72 columns becomes one line
//! per paragraph, and a word processor's one-paragraph-per-line paste usually stays that
//! way. Nothing is lost but whitespace, the numbers' punctuation and markdown marks, and a
//! dropped title line: numbers, labels and headings move to their fields.
//!
//! All work is linear in the input (a constant amount per line plus hash look-ups), and no
//! input makes it panic.

use std::collections::HashMap;

/// One clause (or the preamble, or a paragraph) of a split text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The number as printed, without brackets, trailing punctuation or label word: `5`,
    /// `1.10.1`, `a`, `IV`; [`PREAMBLE`] for the text before the first clause; `1`, `2`, …
    /// for paragraphs when the text has no numbering.
    pub number: String,
    /// The clause's title, when the numbered line (or, after a bare `Article 5` line, the
    /// next line) is a short title followed by more text.
    pub heading: Option<String>,
    /// The clause's text without its number and heading: lines of a paragraph joined with
    /// single spaces, paragraphs separated by `\n`.
    pub text: String,
    /// Byte offset in the input of the piece's first non-blank character.
    pub start: usize,
    /// The label word as printed before the number (`Article`, `Art.`, `§`, `Стаття`), if any.
    pub kind: Option<String>,
}

/// The number of the piece holding the text before the first clause.
pub const PREAMBLE: &str = "preamble";

/// The pieces of `text`: see the module documentation for the rules.
pub fn split(text: &str) -> Vec<Piece> {
    split_with_title(text).1
}

/// The draft's title: the first non-blank line, when it is title-like (short, not a
/// sentence) and comes before the first clause. When the text before the first clause is
/// this line alone, [`split`] drops it (no preamble piece); otherwise it stays the first
/// line of the preamble. Without numbering it is a title only when it is a one-line first
/// paragraph followed by more, and then [`split`] drops it too.
pub fn title_line(text: &str) -> Option<String> {
    split_with_title(text).0
}

/// [`title_line`] and [`split`] at the price of one.
pub fn split_with_title(text: &str) -> (Option<String>, Vec<Piece>) {
    let lines = scan(text);
    let wide = usual_width(&lines);
    match choose_level(&lines) {
        Some(bounds) => numbered(&lines, &bounds, wide),
        None => by_paragraphs(&lines, wide),
    }
}

/// A topic label for the piece: its heading if any, else the first six words of its text,
/// without trailing punctuation; at most 60 characters, cut at a word when possible.
pub fn suggested_label(piece: &Piece) -> String {
    let source: String = match piece.heading.as_deref().map(str::trim) {
        Some(h) if !h.is_empty() => h.to_string(),
        _ => {
            let first = piece
                .text
                .split('\n')
                .find(|p| !p.trim().is_empty())
                .unwrap_or("");
            first
                .split(is_space)
                .filter(|w| !w.is_empty())
                .take(6)
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    let label = strip_trailing_punctuation(&shorten_at_word(&source, 60));
    if !label.is_empty() {
        return label;
    }
    if piece.number == PREAMBLE {
        "Preamble".to_string()
    } else {
        piece.number.clone()
    }
}

// ---------------------------------------------------------------------------------------
// Lines

/// Whitespace, including the byte-order mark and zero-width spaces a paste may carry.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

fn peek(s: &str, p: usize) -> Option<char> {
    s.get(p..).and_then(|t| t.chars().next())
}

fn skip_spaces(s: &str, mut p: usize) -> usize {
    while let Some(c) = peek(s, p) {
        if !is_space(c) {
            break;
        }
        p += c.len_utf8();
    }
    p
}

struct Ln<'a> {
    /// Byte offset of `content` in the input.
    start: usize,
    /// The line without its leading and trailing whitespace.
    content: &'a str,
    /// Characters up to the last non-blank one, indentation included: how wide the line is.
    width: usize,
    blank: bool,
    marker: Option<Marker>,
    bullet: bool,
    /// Starts a sentence: the first line, or after a blank line, a line ending in
    /// punctuation, a bullet, an all-capitals line, or a numbered line it continues as a list.
    strong: bool,
    /// Starts a new paragraph inside a piece's text whatever the previous line was.
    block: bool,
}

/// Lines split at `\n`, `\r\n` or a lone `\r`: (byte offset, line without its end).
fn split_lines(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut s, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push((s, &text[s..i]));
                i += 1;
                s = i;
            }
            b'\r' => {
                out.push((s, &text[s..i]));
                i += 1;
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                s = i;
            }
            _ => i += 1,
        }
    }
    if s < bytes.len() {
        out.push((s, &text[s..]));
    }
    out
}

fn scan(text: &str) -> Vec<Ln<'_>> {
    let mut lines: Vec<Ln> = split_lines(text)
        .into_iter()
        .map(|(start, raw)| {
            let end_trimmed = raw.trim_end_matches(is_space);
            let content = end_trimmed.trim_start_matches(is_space);
            let lead = end_trimmed.len() - content.len();
            let blank = content.is_empty();
            Ln {
                start: start + lead,
                content,
                width: end_trimmed.chars().count(),
                blank,
                marker: if blank { None } else { parse_marker(content) },
                bullet: is_bullet(content),
                strong: false,
                block: false,
            }
        })
        .collect();
    for i in 0..lines.len() {
        if lines[i].blank {
            continue;
        }
        let strong = i == 0 || {
            let p = &lines[i - 1];
            p.blank
                || ends_sentence(p.content)
                || p.bullet
                || all_caps(p.content)
                || match (&p.marker, &lines[i].marker) {
                    (Some(a), Some(b)) => continues_list(a, b),
                    _ => false,
                }
        };
        let l = &mut lines[i];
        l.strong = strong;
        l.block = (l.marker.is_some() && strong) || l.bullet || l.content.starts_with('#');
    }
    resolve_letter_or_roman(&mut lines);
    lines
}

/// `b` can follow the numbered line `a` directly in a list: it opens a list (`(a)`, `1.1`,
/// `(i)` under a title) or is `a`'s next number (`(a) …; and` then `(b)`).
fn continues_list(a: &Marker, b: &Marker) -> bool {
    b.readings.iter().any(|(fb, vb)| {
        vb.last().is_some_and(|&x| x <= 1)
            || a.readings
                .iter()
                .any(|(fa, va)| fa == fb && a.form == b.form && steps(va, vb))
    })
}

/// `b` is a next number after `a`: one part up by 1 to 3, the parts after it restarted.
fn steps(a: &[u32], b: &[u32]) -> bool {
    a.len() == b.len()
        && (0..b.len()).any(|p| {
            a[..p] == b[..p]
                && (a[p].saturating_add(1)..=a[p].saturating_add(3)).contains(&b[p])
                && b[p + 1..].iter().all(|&x| x <= 1)
        })
}

fn ends_sentence(s: &str) -> bool {
    s.chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '.' | ':' | ';' | '!' | '?' | ')' | ']' | '"' | '\'' | '”' | '»' | '…'
        )
    })
}

/// Has a letter and no lowercase letter.
fn all_caps(s: &str) -> bool {
    let mut letter = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        letter |= c.is_alphabetic();
    }
    letter
}

/// `Conveying Modified Source Versions.`: every word capitalised but the small ones, and
/// not all in capitals (those are shouting as often as titling).
fn title_case(s: &str) -> bool {
    if all_caps(s) {
        return false;
    }
    const SMALL: [&str; 24] = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "its", "nor", "of",
        "on", "or", "per", "than", "that", "the", "this", "to", "via", "with",
    ];
    let mut capitals = 0;
    for w in s.split(is_space) {
        let Some(c) = w.chars().next() else { continue };
        if c.is_uppercase() {
            capitals += 1;
        } else if c.is_lowercase()
            && !SMALL.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic()))
        {
            return false;
        }
    }
    capitals >= 2
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

fn is_bullet(s: &str) -> bool {
    let mut it = s.chars();
    matches!(
        it.next(),
        Some('-' | '*' | '•' | '·' | '–' | '—' | '+' | '▪' | '◦')
    ) && it.next().is_some_and(is_space)
}

fn word_count(s: &str) -> usize {
    s.split(is_space).filter(|w| !w.is_empty()).count()
}

fn first_word_width(s: &str) -> usize {
    s.split(is_space)
        .find(|w| !w.is_empty())
        .map_or(0, |w| w.chars().count())
}

/// How wide the text's lines usually are: the width three lines in four stay within. Text
/// wrapped at a column never exceeds it; text with a paragraph per line has long lines.
fn usual_width(lines: &[Ln]) -> usize {
    let mut widths: Vec<usize> = lines.iter().filter(|l| !l.blank).map(|l| l.width).collect();
    if widths.is_empty() {
        return 0;
    }
    let k = (widths.len() - 1) * 3 / 4;
    *widths.select_nth_unstable(k).1
}

/// The break between a line `prev_width` wide and `cur` was made on purpose: the first
/// word of `cur` would have fit on the previous line (wrapping never leaves such a gap).
/// Measured against the next line, or, with a tenth to spare for texts wrapped by hand,
/// against the text's usual width. Nobody wraps by hand beyond 100 columns: a longer line
/// ends where its paragraph ends.
fn deliberate_break(prev_width: usize, cur_text: &str, cur_width: usize, wide: usize) -> bool {
    prev_width > 100
        || prev_width + 1 + first_word_width(cur_text) <= cur_width.max(wide - wide / 10)
}

// ---------------------------------------------------------------------------------------
// Numbers

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum NumKind {
    Arabic,
    Decimal(u8),
    Roman,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Family {
    Keyword(&'static str, NumKind),
    Arabic,
    Decimal(u8),
    Letter { upper: bool, cyrillic: bool },
    Roman { upper: bool },
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Form {
    /// `1.` `a.` `IV.`
    Dot,
    /// `1)` `a)`
    Paren,
    /// `(1)` `(a)`
    Both,
    /// `1.2`, `1<TAB>`, `1 TITLE`
    Bare,
    /// `Article 5`
    Word,
}

type Style = (Family, Form);

#[derive(Clone, Debug)]
struct Marker {
    /// What the number may be: two readings only for a letter that is also a roman numeral.
    readings: Vec<(Family, Vec<u32>)>,
    form: Form,
    /// Byte ranges in the line's content.
    kind: Option<(usize, usize)>,
    number: (usize, usize),
    rest: usize,
    /// A dash after the number, or a colon after a labelled number: a title follows.
    separator: bool,
    markdown: bool,
    bold: bool,
    bold_closed: bool,
}

struct Token {
    readings: Vec<(Family, Vec<u32>)>,
    form: Form,
    kind: Option<(usize, usize)>,
    number: (usize, usize),
    /// After the closing punctuation.
    end: usize,
    closer: Option<char>,
}

fn parse_marker(s: &str) -> Option<Marker> {
    let mut p = 0;
    let mut markdown = false;
    if s.starts_with('#') {
        let n = s.bytes().take_while(|&b| b == b'#').count();
        if n > 6 || !peek(s, n).is_some_and(is_space) {
            return None;
        }
        markdown = true;
        p = skip_spaces(s, n);
    }
    let mut bold = false;
    if s.get(p..)?.starts_with("**") {
        bold = true;
        p = skip_spaces(s, p + 2);
    }
    let t = parse_labelled(s, p).or_else(|| parse_plain(s, p))?;
    let mut q = t.end;
    let mut bold_closed = false;
    if bold && s.get(q..)?.starts_with("**") {
        bold_closed = true;
        q += 2;
    }
    let after = peek(s, q);
    if after.is_some_and(|c| !is_space(c)) {
        return None;
    }
    let tab = after == Some('\t');
    q = skip_spaces(s, q);
    let mut separator = t.closer == Some(':');
    if let Some(c @ ('—' | '–' | '-' | '−')) = peek(s, q) {
        let next = q + c.len_utf8();
        if peek(s, next).is_none_or(is_space) {
            separator = true;
            q = skip_spaces(s, next);
        }
    }
    let rest = &s[q..];
    if t.form == Form::Word && t.closer.is_none() && !separator && starts_lower(rest) {
        return None; // "Article 5 of the Treaty…": a reference
    }
    if t.form == Form::Bare && t.readings.iter().any(|r| r.0 == Family::Arabic) && !tab {
        let title = rest.trim_end_matches(|c| c == '*' || is_space(c));
        if !(title.chars().next().is_some_and(char::is_alphabetic) && all_caps(title)) {
            return None;
        }
    }
    Some(Marker {
        readings: t.readings,
        form: t.form,
        kind: t.kind,
        number: t.number,
        rest: q,
        separator,
        markdown,
        bold,
        bold_closed,
    })
}

/// Up to `max` ASCII digits at `p`: (value, end).
fn digits(s: &str, p: usize, max: usize) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    let mut q = p;
    while q < b.len() && b[q].is_ascii_digit() {
        q += 1;
        if q - p > max {
            return None;
        }
    }
    if q == p {
        return None;
    }
    Some((s[p..q].parse().ok()?, q))
}

/// `1`, `1.2`, `1.10.1` at `p` (the first part at most `first_max` digits): (parts, end).
fn decimal(s: &str, p: usize, first_max: usize) -> Option<(Vec<u32>, usize)> {
    let (v, mut q) = digits(s, p, first_max)?;
    let mut parts = vec![v];
    while s.as_bytes().get(q) == Some(&b'.')
        && s.as_bytes().get(q + 1).is_some_and(u8::is_ascii_digit)
    {
        let (v, e) = digits(s, q + 1, 4)?;
        parts.push(v);
        q = e;
        if parts.len() > 6 {
            return None;
        }
    }
    Some((parts, q))
}

/// A roman-numeral letter: (its Latin capital, whether it is upper case). Cyrillic
/// look-alikes count when `cyrillic` (labelled numbers: `Глава ІІ` typed in Cyrillic).
fn roman_letter(c: char, cyrillic: bool) -> Option<(char, bool)> {
    match c {
        'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M' => Some((c, true)),
        'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm' => Some((c.to_ascii_uppercase(), false)),
        _ if !cyrillic => None,
        'І' => Some(('I', true)),
        'і' => Some(('I', false)),
        'Х' => Some(('X', true)),
        'х' => Some(('X', false)),
        'С' => Some(('C', true)),
        'с' => Some(('C', false)),
        'М' => Some(('M', true)),
        'м' => Some(('M', false)),
        _ => None,
    }
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, r) in TABLE {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    out
}

/// The value of a well-formed roman numeral `token` (any case, optionally with Cyrillic
/// look-alikes): (value, upper case).
fn roman_value(token: &str, cyrillic: bool) -> Option<(u32, bool)> {
    let mut latin = String::new();
    let mut case = None;
    for c in token.chars() {
        let (l, upper) = roman_letter(c, cyrillic)?;
        if *case.get_or_insert(upper) != upper || latin.len() >= 15 {
            return None;
        }
        latin.push(l);
    }
    let val = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };
    let v: Vec<i64> = latin.chars().map(val).collect();
    let mut total = 0i64;
    for i in 0..v.len() {
        if i + 1 < v.len() && v[i] < v[i + 1] {
            total -= v[i];
        } else {
            total += v[i];
        }
    }
    if !(1..=3999).contains(&total) {
        return None;
    }
    let total = total as u32;
    (to_roman(total) == latin).then_some((total, case?))
}

const CYRILLIC_ALPHABET: &str = "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя";

fn label(word: &str, dot: bool) -> Option<&'static str> {
    Some(match word {
        "article" | "art" => "article",
        "section" | "sec" => "section",
        "paragraph" | "para" => "paragraph",
        "point" => "point",
        "clause" => "clause",
        "chapter" => "chapter",
        "part" => "part",
        "стаття" | "статья" => "стаття",
        "ст" if dot => "стаття",
        "пункт" => "пункт",
        "п" if dot => "пункт",
        "розділ" | "раздел" => "розділ",
        "глава" => "глава",
        "частина" | "часть" => "частина",
        _ => return None,
    })
}

/// `Article 5`, `Art. 5.`, `§3`, `Chapter II:`, `Стаття 5` at `p`.
fn parse_labelled(s: &str, p: usize) -> Option<Token> {
    let (kw, kind_end, mut q) = if peek(s, p) == Some('§') {
        let e = p + '§'.len_utf8();
        ("§", e, skip_spaces(s, e))
    } else {
        let mut e = p;
        let mut n = 0;
        while let Some(c) = peek(s, e) {
            if !c.is_alphabetic() {
                break;
            }
            n += 1;
            if n > 12 {
                return None;
            }
            e += c.len_utf8();
        }
        if n == 0 {
            return None;
        }
        let word = s[p..e].to_lowercase();
        let dot = peek(s, e) == Some('.');
        let kw = label(&word, dot).or_else(|| label(&word, false))?;
        let e = if dot { e + 1 } else { e };
        let q = skip_spaces(s, e);
        if q == e && !dot {
            return None; // "Article5"
        }
        (kw, e, q)
    };
    let n0 = q;
    let (family, value) = if peek(s, q).is_some_and(|c| c.is_ascii_digit()) {
        let (parts, e) = decimal(s, q, 4)?;
        q = e;
        let kind = if parts.len() == 1 {
            NumKind::Arabic
        } else {
            NumKind::Decimal(parts.len() as u8)
        };
        (Family::Keyword(kw, kind), parts)
    } else {
        let mut e = q;
        while let Some(c) = peek(s, e) {
            if roman_letter(c, true).is_none() || e - q > 60 {
                break;
            }
            e += c.len_utf8();
        }
        if e == q || peek(s, e).is_some_and(char::is_alphanumeric) {
            return None;
        }
        let (v, _) = roman_value(&s[q..e], true)?;
        q = e;
        (Family::Keyword(kw, NumKind::Roman), vec![v])
    };
    let number = (n0, q);
    if peek(s, q).is_some_and(|c| c.is_alphanumeric()) {
        return None; // "Article 5a"
    }
    let closer = match peek(s, q) {
        Some(c @ ('.' | ':')) => {
            q += 1;
            Some(c)
        }
        _ => None,
    };
    Some(Token {
        readings: vec![(family, value)],
        form: Form::Word,
        kind: Some((p, kind_end)),
        number,
        end: q,
        closer,
    })
}

/// `1.` `1)` `(1)` `1.2` `1.2.` `(a)` `a)` `a.` `IV.` `(iv)` `1<TAB>` at `p`.
fn parse_plain(s: &str, p: usize) -> Option<Token> {
    let open = peek(s, p) == Some('(');
    let q = if open { p + 1 } else { p };
    let c = peek(s, q)?;
    let (readings, number_end) = if c.is_ascii_digit() {
        let (parts, e) = decimal(s, q, 3)?;
        if parts.len() > 1 {
            if open {
                return None;
            }
            let mut end = e;
            let mut closer = None;
            if let Some(c @ ('.' | ')')) = peek(s, e) {
                end += 1;
                closer = Some(c);
            }
            let depth = parts.len() as u8;
            return Some(Token {
                readings: vec![(Family::Decimal(depth), parts)],
                form: Form::Bare,
                kind: None,
                number: (q, e),
                end,
                closer,
            });
        }
        (vec![(Family::Arabic, parts)], e)
    } else if c.is_alphabetic() {
        let mut e = q;
        let mut n = 0;
        while let Some(c) = peek(s, e) {
            if !c.is_alphabetic() {
                break;
            }
            n += 1;
            if n > 8 {
                return None;
            }
            e += c.len_utf8();
        }
        let token = &s[q..e];
        let mut readings = Vec::new();
        if n == 1 {
            let upper = c.is_uppercase();
            if c.is_ascii_alphabetic() {
                let v = (c.to_ascii_lowercase() as u32) - ('a' as u32) + 1;
                readings.push((
                    Family::Letter {
                        upper,
                        cyrillic: false,
                    },
                    vec![v],
                ));
            } else if let Some(lower) = c.to_lowercase().next() {
                if let Some(i) = CYRILLIC_ALPHABET.chars().position(|a| a == lower) {
                    readings.push((
                        Family::Letter {
                            upper,
                            cyrillic: true,
                        },
                        vec![i as u32 + 1],
                    ));
                }
            }
        }
        if let Some((v, upper)) = roman_value(token, false) {
            readings.push((Family::Roman { upper }, vec![v]));
        }
        if readings.is_empty() {
            return None;
        }
        (readings, e)
    } else {
        return None;
    };
    let closer = peek(s, number_end);
    let (form, end) = match (open, closer) {
        (true, Some(')')) => (Form::Both, number_end + 1),
        (true, _) => return None,
        (false, Some('.')) => (Form::Dot, number_end + 1),
        (false, Some(')')) => (Form::Paren, number_end + 1),
        // `1<TAB>Title` or `1 TITLE`: parse_marker checks what follows.
        (false, Some(c)) if is_space(c) && readings[0].0 == Family::Arabic => {
            (Form::Bare, number_end)
        }
        _ => return None,
    };
    Some(Token {
        readings,
        form,
        kind: None,
        number: (q, number_end),
        end,
        closer: if form == Form::Bare { None } else { closer },
    })
}

fn reading(m: &Marker, roman: bool) -> Option<u32> {
    m.readings.iter().find_map(|(f, v)| match (f, roman) {
        (Family::Roman { .. }, true) | (Family::Letter { .. }, false) => v.first().copied(),
        _ => None,
    })
}

/// Keeps one reading of each `(c)`, `(i)`, `(v)`… that its neighbours of the same form
/// and case decide.
fn resolve_letter_or_roman(lines: &mut [Ln]) {
    let mut groups: HashMap<(Form, bool), Vec<usize>> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(m) = &l.marker else { continue };
        let upper = m.readings.iter().find_map(|(f, _)| match f {
            Family::Letter {
                upper,
                cyrillic: false,
            }
            | Family::Roman { upper } => Some(*upper),
            _ => None,
        });
        if let Some(upper) = upper {
            groups.entry((m.form, upper)).or_default().push(i);
        }
    }
    let mut decisions = Vec::new();
    for members in groups.values() {
        for (k, &i) in members.iter().enumerate() {
            let m = lines[i]
                .marker
                .as_ref()
                .expect("grouped lines have markers");
            let (Some(letter), Some(roman)) = (reading(m, false), reading(m, true)) else {
                continue;
            };
            let prev = k
                .checked_sub(1)
                .and_then(|j| lines[members[j]].marker.as_ref());
            let next = members.get(k + 1).and_then(|&j| lines[j].marker.as_ref());
            let roman_next_only = next.is_some_and(|n| {
                reading(n, false).is_none() && reading(n, true) == Some(roman + 1)
            });
            let letter_ok = prev.and_then(|p| reading(p, false)) == Some(letter - 1)
                || next.and_then(|n| reading(n, false)) == Some(letter + 1);
            let roman_ok = prev.and_then(|p| reading(p, true)) == Some(roman - 1)
                || next.and_then(|n| reading(n, true)) == Some(roman + 1);
            let keep_roman = if roman_next_only {
                Some(true)
            } else if letter_ok && !roman_ok {
                Some(false)
            } else if roman_ok && !letter_ok {
                Some(true)
            } else {
                None
            };
            if let Some(r) = keep_roman {
                decisions.push((i, r));
            }
        }
    }
    for (i, keep_roman) in decisions {
        if let Some(m) = lines[i].marker.as_mut() {
            m.readings.retain(|(f, _)| match f {
                Family::Roman { .. } => keep_roman,
                Family::Letter { .. } => !keep_roman,
                _ => true,
            });
        }
    }
}

// ---------------------------------------------------------------------------------------
// The level

struct Cand {
    line: usize,
    reading: usize,
    weight: u32,
}

struct Level {
    style: Style,
    /// (line, reading) of each clause start.
    chain: Vec<(usize, usize)>,
    score: u32,
    count: usize,
}

/// The longest (best-scored) chain of `cands` whose numbers step by +1..+3, a nested
/// number also by stepping a parent part and restarting the parts after it at 0 or 1.
fn best_chain(lines: &[Ln], style: Style, cands: &[Cand]) -> Level {
    let value = |c: &Cand| -> &[u32] {
        lines[c.line]
            .marker
            .as_ref()
            .map_or(&[][..], |m| m.readings[c.reading].1.as_slice())
    };
    let mut best_at: HashMap<Vec<u32>, (u32, usize)> = HashMap::new();
    let mut score = vec![0u32; cands.len()];
    let mut prev = vec![usize::MAX; cands.len()];
    let mut key = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let v = value(c);
        let mut best = (0u32, usize::MAX);
        for p in 0..v.len() {
            if v[p + 1..].iter().any(|&x| x > 1) {
                continue;
            }
            for d in 1..=3u32 {
                if v[p] < d {
                    break;
                }
                key.clear();
                key.extend_from_slice(&v[..p]);
                key.push(v[p] - d);
                if let Some(&(s, j)) = best_at.get(&key) {
                    if s > best.0 {
                        best = (s, j);
                    }
                }
            }
        }
        score[i] = best.0 + c.weight;
        prev[i] = best.1;
        for p in 0..v.len() {
            let e = best_at.entry(v[..=p].to_vec()).or_insert((0, usize::MAX));
            if score[i] > e.0 {
                *e = (score[i], i);
            }
        }
    }
    let mut end = None;
    for i in 0..cands.len() {
        if end.is_none_or(|e: usize| score[i] > score[e]) {
            end = Some(i);
        }
    }
    let mut chain = Vec::new();
    let mut at = end.unwrap_or(usize::MAX);
    while at != usize::MAX {
        chain.push((cands[at].line, cands[at].reading));
        at = prev[at];
    }
    chain.reverse();
    Level {
        style,
        chain,
        score: end.map_or(0, |e| score[e]),
        count: cands.len(),
    }
}

/// How far out a style usually sits in a document: chapters, articles, `I.`, `1.`, `1.1`,
/// `(1)`, `(a)`, `(i)`. Only used to tell a prelude from a list in the last clause.
fn rank(style: Style) -> u8 {
    match style {
        (Family::Keyword(k, _), _) => {
            if matches!(k, "chapter" | "part" | "розділ" | "глава" | "частина") {
                0
            } else {
                1
            }
        }
        (Family::Roman { upper: true }, _) => 2,
        (Family::Arabic, Form::Dot | Form::Bare)
        | (Family::Letter { upper: true, .. }, Form::Dot) => 3,
        (Family::Decimal(d), _) => 3 + d.min(6),
        (Family::Arabic, _) => 10,
        (Family::Letter { .. }, _) => 11,
        (Family::Roman { upper: false }, _) => 12,
    }
}

fn choose_level(lines: &[Ln]) -> Option<Vec<(usize, usize)>> {
    let mut order: HashMap<Style, usize> = HashMap::new();
    let mut by_style: Vec<(Style, Vec<Cand>)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(m) = &l.marker else { continue };
        for (r, (family, _)) in m.readings.iter().enumerate() {
            let next = order.len();
            let style = (*family, m.form);
            let k = *order.entry(style).or_insert(next);
            if k == by_style.len() {
                by_style.push((style, Vec::new()));
            }
            by_style[k].1.push(Cand {
                line: i,
                reading: r,
                weight: if l.strong { 3 } else { 2 },
            });
        }
    }
    let levels: Vec<Level> = by_style
        .iter()
        .filter(|(_, c)| c.len() >= 2)
        .map(|(style, c)| best_chain(lines, *style, c))
        .filter(|l| l.chain.len() >= 2 && l.chain.len() * 5 >= l.count * 3)
        .collect();
    let offset = |line: usize| lines[line].start;
    let end = lines.last().map_or(0, |l| l.start + l.content.len());
    let first = |l: &Level| l.chain[0].0;
    let last = |l: &Level| l.chain[l.chain.len() - 1].0;
    // A level that ends before another starts is a prelude (recitals before the clauses)
    // when the other is of an outer kind, or of the same kind and owns more of the text.
    let prelude = |l: &Level| {
        levels.iter().any(|m| {
            last(l) < first(m)
                && (rank(m.style) < rank(l.style)
                    || (rank(m.style) == rank(l.style)
                        && end.saturating_sub(offset(first(m)))
                            > offset(first(m)).saturating_sub(offset(first(l)))))
        })
    };
    levels
        .iter()
        .filter(|l| !prelude(l))
        .min_by_key(|l| (first(l), std::cmp::Reverse(l.score)))
        .map(|l| l.chain.clone())
}

// ---------------------------------------------------------------------------------------
// Pieces

struct Seg<'a> {
    text: &'a str,
    width: usize,
    block: bool,
    start: usize,
}

struct Para {
    start: usize,
    text: String,
    lines: usize,
}

/// Paragraphs of `segs` (`None` is a blank line): a blank line, a numbered or bulleted line,
/// or a deliberate break before a capital starts a new one; other lines are joined with
/// single spaces.
fn paragraphs(segs: &[Option<Seg>], wide: usize) -> Vec<Para> {
    let mut out = Vec::new();
    let mut cur: Option<Para> = None;
    let mut prev_width = 0;
    for seg in segs {
        let Some(s) = seg else {
            out.extend(cur.take());
            continue;
        };
        let new_paragraph = s.block
            || (deliberate_break(prev_width, s.text, s.width, wide) && !starts_lower(s.text));
        if new_paragraph {
            out.extend(cur.take());
        }
        let p = cur.get_or_insert_with(|| Para {
            start: s.start,
            text: String::new(),
            lines: 0,
        });
        for w in s.text.split(is_space).filter(|w| !w.is_empty()) {
            if !p.text.is_empty() {
                p.text.push(' ');
            }
            p.text.push_str(w);
        }
        p.lines += 1;
        prev_width = s.width;
    }
    out.extend(cur);
    out.retain(|p| !p.text.is_empty());
    out
}

fn seg<'a>(l: &Ln<'a>) -> Option<Seg<'a>> {
    (!l.blank).then_some(Seg {
        text: l.content,
        width: l.width,
        block: l.block,
        start: l.start,
    })
}

fn join(paras: &[Para]) -> String {
    paras
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A first line that reads as a title, cleaned of markdown marks.
fn title_like(content: &str) -> Option<String> {
    let mut t = content;
    if t.starts_with('#') {
        t = t.trim_start_matches('#');
    }
    let t = t.trim_matches(is_space);
    let t = t.strip_prefix("**").unwrap_or(t);
    let t = t.strip_suffix("**").unwrap_or(t).trim_matches(is_space);
    if t.is_empty()
        || t.len() > 400
        || t.chars().count() > 100
        || word_count(t) > 15
        || starts_lower(t)
    {
        return None;
    }
    match t.chars().next_back() {
        Some(',' | ';' | ':') => None,
        Some('.' | '!' | '?') if !all_caps(t) => None,
        _ => Some(
            t.split(is_space)
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        ),
    }
}

fn numbered(lines: &[Ln], bounds: &[(usize, usize)], wide: usize) -> (Option<String>, Vec<Piece>) {
    let mut pieces = Vec::with_capacity(bounds.len() + 1);
    let first_clause = bounds[0].0;
    let pre: Vec<usize> = (0..first_clause).filter(|&i| !lines[i].blank).collect();
    let title = pre.first().and_then(|&i| {
        let own = i + 1 >= first_clause
            || lines.get(i + 1).is_none_or(|n| {
                n.blank
                    || n.block
                    || (deliberate_break(lines[i].width, n.content, n.width, wide)
                        && !starts_lower(n.content))
            });
        (own || all_caps(lines[i].content))
            .then(|| title_like(lines[i].content))
            .flatten()
    });
    let lone_title = pre.len() == 1 && title.is_some();
    if !pre.is_empty() && !lone_title {
        let segs: Vec<Option<Seg>> = lines[..first_clause].iter().map(seg).collect();
        pieces.push(Piece {
            number: PREAMBLE.to_string(),
            heading: None,
            text: join(&paragraphs(&segs, wide)),
            start: lines[pre[0]].start,
            kind: None,
        });
    }
    for (k, &(b, _)) in bounds.iter().enumerate() {
        let e = bounds.get(k + 1).map_or(lines.len(), |n| n.0);
        pieces.push(clause(lines, b, e, wide));
    }
    (title, pieces)
}

/// A title without markdown, its final `.` or `:`, and with single spaces.
fn clean_heading(s: &str) -> String {
    let s = s.trim_matches(is_space);
    let s = s.strip_prefix("**").unwrap_or(s);
    let s = s.strip_suffix("**").unwrap_or(s);
    let s = s.trim_end_matches(|c: char| c == '.' || c == ':' || is_space(c));
    s.split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The piece from the numbered line `b` up to line `e`.
fn clause(lines: &[Ln], b: usize, e: usize, wide: usize) -> Piece {
    let l = &lines[b];
    let m = l.marker.as_ref().expect("clause lines are numbered");
    let content = l.content;
    let number = content
        .get(m.number.0..m.number.1)
        .unwrap_or("")
        .to_string();
    let kind = m
        .kind
        .and_then(|(a, z)| content.get(a..z))
        .map(str::to_string);
    let mut rest = content.get(m.rest..).unwrap_or("").trim_matches(is_space);
    let mut bold_title = false;
    if m.bold && !m.bold_closed {
        if let Some(r) = rest.strip_suffix("**") {
            rest = r.trim_matches(is_space);
            bold_title = true;
        }
    }
    let mut heading = None;
    let mut title_at = None;
    if !rest.is_empty() {
        if same_line_heading(lines, b, e, rest, m, bold_title, wide) {
            let h = clean_heading(rest);
            if !h.is_empty() {
                heading = Some(h);
            }
        }
    } else if let Some(t) = (b + 1..e).find(|&i| !lines[i].blank) {
        if next_line_heading(lines, t, e, wide) {
            let h = clean_heading(lines[t].content);
            if !h.is_empty() {
                heading = Some(h);
                title_at = Some(t);
            }
        }
    }
    let mut segs = Vec::with_capacity(e - b);
    if heading.is_none() && !rest.is_empty() {
        segs.push(Some(Seg {
            text: rest,
            width: l.width,
            block: false,
            start: l.start,
        }));
    }
    for (i, line) in lines.iter().enumerate().take(e).skip(b + 1) {
        if Some(i) != title_at {
            segs.push(seg(line));
        }
    }
    Piece {
        number,
        heading,
        text: join(&paragraphs(&segs, wide)),
        start: l.start,
        kind,
    }
}

/// Whether `rest`, the words after the number on line `b`, is the clause's title.
fn same_line_heading(
    lines: &[Ln],
    b: usize,
    e: usize,
    rest: &str,
    m: &Marker,
    bold_title: bool,
    wide: usize,
) -> bool {
    let l = &lines[b];
    if !(b + 1..e).any(|i| !lines[i].blank) {
        return false; // nothing would be left for the text
    }
    let chars = if l.content.len() > 800 {
        201
    } else {
        l.content.chars().count()
    };
    if m.markdown {
        return chars <= 200;
    }
    let words = word_count(rest);
    if chars > 80 || words > 12 {
        return false;
    }
    let strong = m.separator || bold_title;
    match rest.chars().next_back() {
        Some(',' | ';') => return false,
        Some(':') if !(strong || words == 1 || all_caps(rest)) => return false,
        Some('.' | '!' | '?') if !(strong || words <= 3 || all_caps(rest) || title_case(rest)) => {
            return false;
        }
        _ => {}
    }
    if strong {
        return true;
    }
    let n = &lines[b + 1];
    n.blank
        || n.block
        || (all_caps(rest) && !all_caps(n.content))
        || (title_case(rest) && !ends_sentence(rest))
        || (deliberate_break(l.width, n.content, n.width, wide) && !starts_lower(n.content))
}

/// Whether line `t`, the first after a number standing alone on its line, is a title.
fn next_line_heading(lines: &[Ln], t: usize, e: usize, wide: usize) -> bool {
    let l = &lines[t];
    if l.marker.is_some() || l.bullet || l.content.len() > 400 || starts_lower(l.content) {
        return false;
    }
    let words = word_count(l.content);
    if l.content.chars().count() > 80 || words > 12 || !(t + 1..e).any(|i| !lines[i].blank) {
        return false;
    }
    let caps = all_caps(l.content);
    match l.content.chars().next_back() {
        Some(',' | ';') => return false,
        Some(':') if !(words == 1 || caps) => return false,
        Some('.' | '!' | '?') if !(words <= 3 || caps || title_case(l.content)) => return false,
        _ => {}
    }
    let n = &lines[t + 1];
    n.blank
        || n.block
        || caps
        || (title_case(l.content) && !ends_sentence(l.content))
        || (deliberate_break(l.width, n.content, n.width, wide) && !starts_lower(n.content))
}

fn by_paragraphs(lines: &[Ln], wide: usize) -> (Option<String>, Vec<Piece>) {
    let segs: Vec<Option<Seg>> = lines.iter().map(seg).collect();
    let mut paras = paragraphs(&segs, wide);
    let mut title = None;
    if paras.len() >= 2 && paras[0].lines == 1 {
        if let Some(l) = lines.iter().find(|l| !l.blank) {
            title = title_like(l.content);
        }
        if title.is_some() {
            paras.remove(0);
        }
    }
    let pieces = paras
        .into_iter()
        .enumerate()
        .map(|(i, p)| Piece {
            number: (i + 1).to_string(),
            heading: None,
            text: p.text,
            start: p.start,
            kind: None,
        })
        .collect();
    (title, pieces)
}

fn shorten_at_word(s: &str, max: usize) -> String {
    let Some((cut, _)) = s.char_indices().nth(max) else {
        return s.to_string();
    };
    let head = &s[..cut];
    match head.rfind(is_space) {
        Some(i) if i > 0 => head[..i].to_string(),
        _ => head.to_string(),
    }
}

fn strip_trailing_punctuation(s: &str) -> String {
    s.trim_end_matches(|c: char| {
        !(c.is_alphanumeric() || c == ')' || c == '"' || c == '”' || c == '»')
    })
    .trim_end_matches(is_space)
    .to_string()
}
