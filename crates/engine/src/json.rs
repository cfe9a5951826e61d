//! A small JSON reader, written for clause sets rather than taken from serde_json.
//!
//! Why our own: it is the one parser for the reader, the editor and the command line, so
//! all three report the same problem at the same place; it bounds nesting before any
//! recursion can overflow the stack (the browser's `JSON.parse` does not); it keeps a
//! number's text as written (a clause `"number": 6` stays "6", never "6.0"); and it
//! costs the reader's download a few KB instead of serde's generic decoders.
//!
//! Objects keep their keys in file order, duplicates included: the decoder reports them.

use std::fmt;

/// Deeper than any clause set needs (a source inside a position inside the set is 4);
/// anything past it is hostile or a mistake, and is refused before it can recurse.
pub const MAX_DEPTH: usize = 32;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number as written in the file (already checked to be a JSON number).
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What a reader calls this kind of value, for "expected …, found …" messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(true) => "true",
            Value::Bool(false) => "false",
            Value::Number(_) => "a number",
            Value::String(_) => "a text",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// Why a text is not JSON, and where: line and column count from 1, columns in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.message, self.line, self.column
        )
    }
}

/// Parses `text` as one JSON value. A leading byte-order mark is allowed (editors on
/// Windows write one).
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let result = p.value().and_then(|v| {
        p.space();
        if p.i < p.s.len() {
            Err("unexpected text after the end of the data")
        } else {
            Ok(v)
        }
    });
    result.map_err(|message| {
        let before = &text[..floor_char_boundary(text, p.i)];
        // Bytes, not `rsplit`: a backward string searcher costs the reader's download.
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before
            .bytes()
            .rposition(|b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        SyntaxError {
            line,
            column,
            message,
        }
    })
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

type Res<T> = Result<T, &'static str>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn literal(&mut self, word: &[u8], v: Value) -> Res<Value> {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            Err("unexpected word (text must be in double quotes)")
        }
    }

    fn value(&mut self) -> Res<Value> {
        self.space();
        match self.peek() {
            None => Err("the data ends where a value was expected"),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err("unexpected character where a value was expected"),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Res<Value>) -> Res<Value> {
        if self.depth >= MAX_DEPTH {
            return Err("lists or objects nested too deeply (more than 32 levels)");
        }
        self.depth += 1;
        self.i += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn object(&mut self) -> Res<Value> {
        let mut fields = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err("expected a field name in double quotes");
            }
            let key = self.string()?;
            self.space();
            if self.peek() != Some(b':') {
                return Err("expected ':' after the field name");
            }
            self.i += 1;
            let v = self.value()?;
            fields.push((key, v));
            self.space();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err("expected ',' or '}' after a field"),
            }
        }
    }

    fn array(&mut self) -> Res<Value> {
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err("expected ',' or ']' after a list item"),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Res<Value> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return Err("malformed number");
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err("malformed number");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err("malformed number");
            }
        }
        // Only ASCII was consumed, so this is a char boundary.
        Ok(Value::Number(
            String::from_utf8_lossy(&self.s[start..self.i]).into_owned(),
        ))
    }

    fn hex4(&mut self) -> Res<u32> {
        let h = self
            .s
            .get(self.i..self.i + 4)
            .ok_or("malformed \\u escape")?;
        let mut n = 0;
        for &b in h {
            n = n * 16 + (b as char).to_digit(16).ok_or("malformed \\u escape")?;
        }
        self.i += 4;
        Ok(n)
    }

    fn string(&mut self) -> Res<String> {
        self.i += 1; // the opening quote
        let mut out = Vec::new();
        loop {
            let start = self.i;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.i += 1;
            }
            out.extend_from_slice(&self.s[start..self.i]);
            match self.peek() {
                None => return Err("a text in double quotes is not closed"),
                Some(b'"') => {
                    self.i += 1;
                    // The input was a &str and escapes add whole characters.
                    return String::from_utf8(out).map_err(|_| "invalid text encoding");
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.peek().ok_or("a text in double quotes is not closed")? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            self.i += 1;
                            let hi = self.hex4()?;
                            self.i -= 1;
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.s[self.i + 1..].starts_with(b"\\u")
                            {
                                let save = self.i;
                                self.i += 3;
                                let lo = self.hex4()?;
                                self.i -= 1;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.i = save;
                                    hi
                                }
                            } else {
                                hi
                            };
                            // A lone surrogate is legal JSON but not a character.
                            char::from_u32(code).unwrap_or('\u{fffd}')
                        }
                        _ => return Err("unknown escape after '\\' in a text"),
                    };
                    self.i += 1;
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(_) => return Err("a line break or control character inside a text"),
            }
        }
    }
}

/// Writes `s` as a JSON string literal.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from_digit(c as u32 >> 4, 16).unwrap_or('0'));
                out.push(char::from_digit(c as u32 & 15, 16).unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Value {
    /// Writes the value as compact JSON (no white space), numbers as they were written.
    pub fn write_compact(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => write_string(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_compact(out);
                }
                out.push(']');
            }
            Value::Object(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, k);
                    out.push(':');
                    v.write_compact(out);
                }
                out.push('}');
            }
        }
    }
}
