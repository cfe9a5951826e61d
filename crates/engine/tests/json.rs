//! The engine's own JSON reader: properties on generated documents, checked against the
//! engine's writer and against serde_json, plus nesting limits and error positions.

mod common;
use clausewise_engine::json::{self, MAX_DEPTH, SyntaxError, Value};
use common::rng::{Rng, cases};

// ----- Generators -----

fn gen_number(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.chance(30) {
        s.push('-');
    }
    if rng.chance(20) {
        s.push('0');
    } else {
        s.push(char::from(b'1' + rng.below(9) as u8));
        for _ in 0..rng.below(9) {
            s.push(char::from(b'0' + rng.below(10) as u8));
        }
    }
    if rng.chance(30) {
        s.push('.');
        for _ in 0..rng.range(1, 5) {
            s.push(char::from(b'0' + rng.below(10) as u8));
        }
    }
    if rng.chance(25) {
        s.push(*rng.pick(&['e', 'E']));
        match rng.below(3) {
            0 => s.push('+'),
            1 => s.push('-'),
            _ => {}
        }
        // At most two exponent digits: serde_json refuses numbers beyond f64.
        for _ in 0..rng.range(1, 2) {
            s.push(char::from(b'0' + rng.below(10) as u8));
        }
    }
    s
}

const CHARS: &[char] = &[
    'a', 'b', 'z', 'A', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\u{0}', '\u{8}', '\u{c}',
    '\u{1f}', '\u{7f}', 'é', '€', 'Ж', '日', '😀', '𝄞', '\u{2028}', '\u{feff}', '\u{fffd}', '{',
    '}', '[', ']', ':', ',', '\'',
];

fn gen_string(rng: &mut Rng) -> String {
    (0..rng.below(10)).map(|_| *rng.pick(CHARS)).collect()
}

/// A random value at most `depth` levels of lists and objects deep; object keys may repeat
/// when `dups`.
fn gen_value(rng: &mut Rng, depth: usize, dups: bool) -> Value {
    let leaf = depth == 0 || rng.chance(30);
    match if leaf { rng.below(5) } else { 5 + rng.below(2) } {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(50)),
        2 => Value::Number(gen_number(rng)),
        3 | 4 => Value::String(gen_string(rng)),
        5 => Value::Array(
            (0..rng.below(4))
                .map(|_| gen_value(rng, depth - 1, dups))
                .collect(),
        ),
        _ => {
            let mut fields: Vec<(String, Value)> = Vec::new();
            for _ in 0..rng.below(4) {
                let key = if dups && !fields.is_empty() && rng.chance(20) {
                    rng.pick(&fields).0.clone()
                } else {
                    gen_string(rng)
                };
                if !dups && fields.iter().any(|(k, _)| *k == key) {
                    continue;
                }
                fields.push((key, gen_value(rng, depth - 1, dups)));
            }
            Value::Object(fields)
        }
    }
}

/// A value exactly `depth` levels deep (a chain of lists and objects).
fn chain(rng: &mut Rng, depth: usize) -> Value {
    if depth == 0 {
        return Value::Number(gen_number(rng));
    }
    let inner = chain(rng, depth - 1);
    if rng.chance(50) {
        Value::Array(vec![inner])
    } else {
        Value::Object(vec![(gen_string(rng), inner)])
    }
}

fn depth(v: &Value) -> usize {
    match v {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Object(fields) => 1 + fields.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

fn ws(rng: &mut Rng, out: &mut String) {
    for _ in 0..rng.below(3) {
        out.push_str(rng.pick::<&str>(&[" ", "  ", "\t", "\n", "\r\n"]));
    }
}

/// A JSON string literal for `s` written independently of the engine: every character
/// randomly raw (when JSON allows it) or escaped, short or as `\uXXXX` (a surrogate pair
/// beyond the BMP, hex digits in either case).
fn write_str_randomly(rng: &mut Rng, s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        let must = c == '"' || c == '\\' || (c as u32) < 0x20;
        if !must && rng.chance(60) {
            out.push(c);
            continue;
        }
        let short = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '/' => Some("\\/"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            _ => None,
        };
        match short {
            Some(e) if rng.chance(50) => out.push_str(e),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let hex = format!("\\u{:04x}", u);
                    out.push_str(&if rng.chance(50) {
                        hex.to_uppercase().replace("\\U", "\\u")
                    } else {
                        hex
                    });
                }
            }
        }
    }
    out.push('"');
}

/// JSON text for `v` with random white space and random escapes.
fn write_randomly(rng: &mut Rng, v: &Value, out: &mut String) {
    ws(rng, out);
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => write_str_randomly(rng, s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_randomly(rng, it, out);
            }
            ws(rng, out);
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (k, v)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                ws(rng, out);
                write_str_randomly(rng, k, out);
                ws(rng, out);
                out.push(':');
                write_randomly(rng, v, out);
            }
            ws(rng, out);
            out.push('}');
        }
    }
    ws(rng, out);
}

fn compact(v: &Value) -> String {
    let mut s = String::new();
    v.write_compact(&mut s);
    s
}

/// Our value as serde_json's (objects without repeated keys only).
fn to_serde(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => serde_json::from_str(n).expect("a number serde_json reads"),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Value::Object(fields) => serde_json::Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect(),
        ),
    }
}

/// Equal values, numbers compared as f64 within a relative 1e-12: serde_json's default
/// float parsing is not always correctly rounded (its `float_roundtrip` feature is off),
/// so the same number text read twice can differ in the last bit.
fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (a, b) {
        (J::Number(x), J::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs())
        }
        (J::Array(x), J::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (J::Object(x), J::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

// ----- Round trips -----

#[test]
fn compact_writing_then_parsing_gives_the_same_value() {
    let mut rng = Rng::new(1);
    for case in 0..cases(3000) {
        let d = rng.range(0, MAX_DEPTH);
        let v = gen_value(&mut rng, d, true);
        let text = compact(&v);
        assert_eq!(json::parse(&text), Ok(v), "case {case}: {text}");
    }
}

#[test]
fn any_white_space_and_escaping_parses_to_the_same_value() {
    let mut rng = Rng::new(2);
    for case in 0..cases(3000) {
        let d = rng.range(0, 8);
        let v = gen_value(&mut rng, d, true);
        let mut text = String::new();
        write_randomly(&mut rng, &v, &mut text);
        assert_eq!(json::parse(&text), Ok(v), "case {case}: {text:?}");
    }
}

#[test]
fn values_agree_with_serde_json_both_ways() {
    let mut rng = Rng::new(3);
    for case in 0..cases(2000) {
        let d = rng.range(0, 10);
        let v = gen_value(&mut rng, d, false);
        // Text of ours, read by serde_json.
        let mut text = String::new();
        write_randomly(&mut rng, &v, &mut text);
        let theirs: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("case {case}: {e}: {text:?}"));
        let ours = json::parse(&text).unwrap();
        assert!(same(&to_serde(&ours), &theirs), "case {case}: {text:?}");
        // Text of serde_json's, read by us.
        let theirs_text = serde_json::to_string_pretty(&theirs).unwrap();
        let back = json::parse(&theirs_text).unwrap();
        assert!(
            same(&to_serde(&back), &theirs),
            "case {case}: {theirs_text}"
        );
    }
}

#[test]
fn numbers_keep_the_text_they_were_written_with() {
    let mut rng = Rng::new(4);
    for _ in 0..cases(2000) {
        let n = gen_number(&mut rng);
        assert_eq!(json::parse(&format!(" {n} ")), Ok(Value::Number(n.clone())));
        assert_eq!(
            json::parse(&format!("[{n}]")),
            Ok(Value::Array(vec![Value::Number(n)]))
        );
    }
    for bad in [
        "01", "-", "-01", "1.", ".5", "1e", "1e+", "+1", "0x10", "1.e5", "Infinity", "NaN", "--1",
    ] {
        assert!(json::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn write_string_escapes_what_json_requires_and_serde_json_reads_it_back() {
    let mut rng = Rng::new(5);
    for _ in 0..cases(3000) {
        let s = gen_string(&mut rng);
        let mut out = String::new();
        json::write_string(&mut out, &s);
        assert!(
            !out[1..out.len() - 1].chars().any(|c| (c as u32) < 0x20),
            "raw control character in {out:?}"
        );
        assert_eq!(serde_json::from_str::<String>(&out).unwrap(), s, "{out:?}");
        assert_eq!(json::parse(&out), Ok(Value::String(s)));
    }
}

#[test]
fn escapes_and_surrogate_pairs() {
    let cases: &[(&str, &str)] = &[
        (r#""\ud83d\ude00""#, "😀"),
        (r#""\uD83D\uDE00""#, "😀"),
        (r#""\uD834\uDD1E clef""#, "𝄞 clef"),
        (r#""\u00e9\u00C9""#, "éÉ"),
        (r#""\u0000""#, "\u{0}"),
        (r#""\/\b\f\n\r\t\"\\""#, "/\u{8}\u{c}\n\r\t\"\\"),
        (r#""a\u0022b""#, "a\"b"),
        (r#""日本\u8A9E""#, "日本語"),
        (r#""\uFEFF""#, "\u{feff}"),
    ];
    for (text, want) in cases {
        assert_eq!(
            json::parse(text),
            Ok(Value::String(want.to_string())),
            "{text}"
        );
        assert_eq!(
            serde_json::from_str::<String>(text).unwrap(),
            *want,
            "{text}"
        );
    }
    // Lone surrogates are legal JSON but not characters: kept as U+FFFD, never a panic.
    for text in [
        r#""\ud800""#,
        r#""\udc00x""#,
        r#""\ud800\u0041""#,
        r#""\ud800\ud800""#,
    ] {
        let Ok(Value::String(s)) = json::parse(text) else {
            panic!("{text}")
        };
        assert!(s.contains('\u{fffd}'), "{text} → {s:?}");
    }
    assert_eq!(
        json::parse(r#""\ud800\u0041""#),
        Ok(Value::String("\u{fffd}A".into()))
    );
    for bad in [
        r#""\x""#,
        r#""\u12""#,
        r#""\u12G4""#,
        r#""\uD83D\uZZZZ""#,
        "\"\\",
        r#""\U0041""#,
    ] {
        assert!(json::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn duplicate_keys_are_kept_in_order() {
    assert_eq!(
        json::parse(r#"{"a":1,"b":2,"a":3}"#),
        Ok(Value::Object(vec![
            ("a".into(), Value::Number("1".into())),
            ("b".into(), Value::Number("2".into())),
            ("a".into(), Value::Number("3".into())),
        ]))
    );
}

#[test]
fn a_leading_byte_order_mark_is_accepted_once() {
    let mut rng = Rng::new(6);
    for _ in 0..cases(500) {
        let v = gen_value(&mut rng, 5, true);
        assert_eq!(json::parse(&format!("\u{feff}{}", compact(&v))), Ok(v));
    }
    assert!(json::parse("\u{feff}\u{feff}{}").is_err());
    assert!(json::parse("{}\u{feff}").is_err());
    assert!(json::parse(" \u{feff}{}").is_err());
}

// ----- Acceptance: the same documents as serde_json -----

const NOISE: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "0", "1", "-", "+", ".", "e", "E", "t",
    "true", "false", "null", "u", "\\u", "\\uD83D", "\\uDE00", "\u{1}", "\u{7f}", "é", "x", "'",
    "/", "\t", "\r", "00", "\"a\":",
];

/// serde_json errors that the brief excludes from the comparison: lone surrogates,
/// numbers beyond f64, and its own nesting limit (128, deeper than ours).
fn excluded(e: &serde_json::Error) -> bool {
    let m = e.to_string();
    [
        "surrogate",
        "unexpected end of hex escape",
        "invalid unicode code point",
        "number out of range",
        "recursion limit",
    ]
    .iter()
    .any(|x| m.contains(x))
}

fn corrupt(rng: &mut Rng, text: &str) -> String {
    let mut chars: Vec<String> = text.chars().map(String::from).collect();
    for _ in 0..rng.range(1, 3) {
        let at = rng.below(chars.len() + 1);
        match rng.below(4) {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 if at < chars.len() => chars[at] = rng.pick(NOISE).to_string(),
            2 if at < chars.len() => {
                let end = (at + rng.range(1, 6)).min(chars.len());
                let piece: Vec<String> = chars[at..end].to_vec();
                let to = rng.below(chars.len() + 1);
                for (k, p) in piece.into_iter().enumerate() {
                    chars.insert(to + k, p);
                }
            }
            _ => chars.insert(at, rng.pick(NOISE).to_string()),
        }
    }
    chars.concat()
}

#[test]
fn accepts_exactly_what_serde_json_accepts() {
    let mut rng = Rng::new(7);
    let (mut compared, mut accepted) = (0, 0);
    for case in 0..cases(20_000) {
        let d = rng.range(0, 6);
        let v = gen_value(&mut rng, d, true);
        let mut text = String::new();
        write_randomly(&mut rng, &v, &mut text);
        let text = if rng.chance(85) {
            corrupt(&mut rng, &text)
        } else {
            text
        };
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        if theirs.as_ref().is_err_and(excluded) {
            continue;
        }
        let ours = json::parse(&text);
        compared += 1;
        accepted += usize::from(ours.is_ok());
        assert_eq!(
            ours.is_ok(),
            theirs.is_ok(),
            "case {case}: {text:?}\nours: {ours:?}\nserde_json: {theirs:?}"
        );
    }
    // The corruption must leave both kinds, or the comparison proves nothing.
    assert!(
        accepted > compared / 10 && accepted < compared * 9 / 10,
        "{accepted}/{compared}"
    );
}

#[test]
fn hand_picked_edge_cases_agree_with_serde_json() {
    let texts = [
        "",
        " ",
        "{}",
        "[]",
        "[1,]",
        "{,}",
        "{\"a\":1,}",
        "[,1]",
        "[1 2]",
        "{\"a\" 1}",
        "{'a':1}",
        "tru",
        "true ",
        "nul",
        "null null",
        "\"a\nb\"",
        "\"a\tb\"",
        "\"\u{7f}\"",
        "[-]",
        "[-0]",
        "[0.0e-0]",
        "[1E+2]",
        "\"\\u0041\"",
        "\"\\a\"",
        "[\"\\u00\"]",
        "{\"a\":{\"b\":[]}}",
        "[[[[]]]]",
        "]",
        "}",
        "[}",
        "{]",
        "\u{a0}[]",
        "[]\u{a0}",
        "[1]\n\n",
        "\r\n[1]\r\n",
        "123abc",
        "0 1",
        "-1.5e10",
        "1.5e",
        "[true,false,null]",
        "{\"\":\"\"}",
    ];
    for t in texts {
        let theirs = serde_json::from_str::<serde_json::Value>(t);
        assert_eq!(json::parse(t).is_ok(), theirs.is_ok(), "{t:?}: {theirs:?}");
    }
}

// ----- Nesting -----

fn nested_lists(n: usize) -> String {
    format!("{}{}", "[".repeat(n), "]".repeat(n))
}

fn nested_objects(n: usize) -> String {
    format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n))
}

#[test]
fn thirty_two_levels_parse_and_thirty_three_are_refused() {
    assert_eq!(MAX_DEPTH, 32);
    for text in [nested_lists(32), nested_objects(32)] {
        let v = json::parse(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(depth(&v), 32);
    }
    for text in [nested_lists(33), nested_objects(33)] {
        let e = json::parse(&text).unwrap_err();
        assert!(e.message.contains("nested too deeply"), "{e}");
        assert!(e.message.contains("32"), "{e}");
    }
    // Mixed chains of every depth around the limit.
    let mut rng = Rng::new(8);
    for d in 0..=40 {
        let v = chain(&mut rng, d);
        let text = compact(&v);
        assert_eq!(
            json::parse(&text).is_ok(),
            d <= MAX_DEPTH,
            "depth {d}: {text}"
        );
    }
}

#[test]
fn the_refusal_points_at_the_thirty_third_opening() {
    let e = json::parse(&nested_lists(33)).unwrap_err();
    assert_eq!((e.line, e.column), (1, 33));
    let e = json::parse(&nested_objects(33)).unwrap_err();
    // `{"a":` is five characters; the 33rd opening brace is at 32 × 5 + 1.
    assert_eq!((e.line, e.column), (1, 32 * 5 + 1));
}

#[test]
fn a_hundred_thousand_levels_are_refused_without_overflowing_a_small_stack() {
    // A deliberately small stack: a parser that recursed once per level would overflow it.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut out = Vec::new();
            for text in [
                "[".repeat(100_000),
                "{\"a\":".repeat(100_000),
                nested_lists(100_000),
                nested_objects(100_000),
                "[{\"a\":".repeat(50_000),
            ] {
                out.push(json::parse(&text).map(|_| ()));
            }
            out
        })
        .unwrap();
    for result in handle.join().expect("no stack overflow") {
        let e = result.unwrap_err();
        assert!(e.message.contains("nested too deeply"), "{e}");
    }
}

// ----- Where an error is -----

#[test]
fn error_messages_and_positions_for_common_slips() {
    let cases: &[(&str, &str, usize, usize)] = &[
        ("", "the data ends where a value was expected", 1, 1),
        (
            "[1,]",
            "unexpected character where a value was expected",
            1,
            4,
        ),
        ("{\"a\":1,}", "expected a field name in double quotes", 1, 8),
        ("{'a':1}", "expected a field name in double quotes", 1, 2),
        ("[1 2]", "expected ',' or ']' after a list item", 1, 4),
        ("{\"a\" 1}", "expected ':' after the field name", 1, 6),
        (
            "{\"a\":1 \"b\":2}",
            "expected ',' or '}' after a field",
            1,
            8,
        ),
        (
            "tru",
            "unexpected word (text must be in double quotes)",
            1,
            1,
        ),
        (
            "[\n  nope\n]",
            "unexpected word (text must be in double quotes)",
            2,
            3,
        ),
        ("\"abc", "a text in double quotes is not closed", 1, 5),
        (
            "\"a\nb\"",
            "a line break or control character inside a text",
            1,
            3,
        ),
        ("\"\\x\"", "unknown escape after '\\' in a text", 1, 3),
        ("\"\\u12G4\"", "malformed \\u escape", 1, 4),
        ("[1] x", "unexpected text after the end of the data", 1, 5),
        (
            "{\n  \"é\": 1,\n  \"ü\" 2\n}",
            "expected ':' after the field name",
            3,
            7,
        ),
        (
            "[\"日本\", @]",
            "unexpected character where a value was expected",
            1,
            8,
        ),
    ];
    for &(text, message, line, column) in cases {
        let e = json::parse(text).unwrap_err();
        assert_eq!(
            e,
            SyntaxError {
                line,
                column,
                message
            },
            "{text:?}"
        );
    }
    let e = json::parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert_eq!(
        e.to_string(),
        "expected ':' after the field name at line 3, column 7"
    );
}

/// Byte offsets in `text` outside any string where a stray character is an error exactly
/// where it stands: right before a closing bracket, a comma, a colon or a line break.
fn error_spots(text: &str) -> Vec<usize> {
    let mut spots = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in text.char_indices() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if matches!(c, ']' | '}' | ',' | ':' | '\n') {
            spots.push(i);
        }
    }
    spots
}

#[test]
fn line_and_column_point_at_a_stray_character() {
    let mut rng = Rng::new(9);
    let mut tried = 0;
    for case in 0..cases(3000) {
        let d = rng.range(1, 6);
        let v = gen_value(&mut rng, d, true);
        let mut text = String::new();
        write_randomly(&mut rng, &v, &mut text);
        let spots = error_spots(&text);
        if spots.is_empty() {
            continue;
        }
        tried += 1;
        let at = *rng.pick(&spots);
        let broken = format!("{}@{}", &text[..at], &text[at..]);
        let before = &text[..at];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
        let e = json::parse(&broken).expect_err(&broken);
        assert_eq!(
            (e.line, e.column),
            (line, column),
            "case {case}: {broken:?}: {e}"
        );
    }
    assert!(tried > 1000, "{tried}");
}

#[test]
fn a_byte_order_mark_does_not_shift_columns() {
    let e = json::parse("\u{feff}[1,]").unwrap_err();
    assert_eq!((e.line, e.column), (1, 4));
}
