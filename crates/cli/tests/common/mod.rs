//! Helpers shared by the command line's integration tests: where the workspace's data
//! files are, and running the real `clausewise` binary from the workspace root, so the
//! file names it prints are the short ones the `.expected.txt` files are written against.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root (two folders above this package).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace root exists")
}

/// `path` relative to the workspace root, with `/` separators: how the tests name files
/// to the binary, and so how the binary names them back.
pub fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn json_files(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".json") && keep(name)
        })
        .collect();
    files.sort();
    files
}

/// The shipped clause set the reader loads by default.
pub fn shipped() -> PathBuf {
    root().join("static/data/peace-framework.json")
}

pub fn schema_path() -> PathBuf {
    root().join("static/clausewise-1.schema.json")
}

/// `tests/fixtures/sets/<kind>/*.json`, for kind `valid`, `shape` or `invalid`.
pub fn sets(kind: &str) -> Vec<PathBuf> {
    let files = json_files(&root().join("tests/fixtures/sets").join(kind), |_| true);
    assert!(
        !files.is_empty(),
        "no fixtures in tests/fixtures/sets/{kind}"
    );
    files
}

/// The alignment corpus's clause sets (not its reference mappings, which are another format).
pub fn corpus() -> Vec<PathBuf> {
    let files = json_files(&root().join("tests/corpus"), |n| {
        !n.ends_with(".mapping.json")
    });
    assert!(!files.is_empty(), "no clause sets in tests/corpus");
    files
}

/// The browser tests' fixtures: valid, invalid and not JSON at all.
pub fn e2e_fixtures() -> Vec<PathBuf> {
    json_files(&root().join("tests/e2e/fixtures"), |_| true)
}

/// Every clause set that must load: the shipped one, the valid fixtures and the corpus.
pub fn all_valid_sets() -> Vec<PathBuf> {
    let mut files = vec![shipped()];
    files.extend(sets("valid"));
    files.extend(corpus());
    files
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn read_json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The problem lines a fixture's sibling `<name>.expected.txt` lists (`PATH: MESSAGE`).
pub fn expected_problems(fixture: &Path) -> Vec<String> {
    let file = fixture.with_extension("expected.txt");
    let lines: Vec<String> = read(&file)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    assert!(!lines.is_empty(), "{} lists no problem", file.display());
    lines
}

/// Runs the real `clausewise` binary from the workspace root.
pub fn clausewise<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_clausewise"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the clausewise binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// The engine's readable path (`drafts[0] "first" › clauses[1] "a-2" › number`) as a JSON
/// pointer (`/drafts/0/clauses/1/number`), to compare with where the schema failed.
/// Quoted item ids are dropped; a quoted field name (an unknown field) is unquoted.
pub fn pointer_of(engine_path: &str) -> String {
    let mut out = String::new();
    for part in engine_path.split(" › ").filter(|p| !p.is_empty()) {
        let (name, index) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.split(']').next()),
            None => (part.trim_matches('"'), None),
        };
        out.push('/');
        out.push_str(name);
        if let Some(i) = index {
            out.push('/');
            out.push_str(i);
        }
    }
    out
}
