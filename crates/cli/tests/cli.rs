//! The real `clausewise` binary: `check`, `compare` and `convert` on the shipped set, the
//! fixtures in `tests/fixtures/sets/` and the alignment corpus.

mod common;

use clausewise_engine::load;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

// ---------------------------------------------------------------------------------------
// check

#[test]
fn check_exits_0_on_every_valid_set() {
    for f in all_valid_sets() {
        let out = clausewise(["check", &rel(&f)]);
        assert_eq!(out.status.code(), Some(0), "{}:\n{}", rel(&f), stdout(&out));
        let last = stdout(&out).lines().last().unwrap_or("").to_string();
        assert!(last.starts_with(&format!("{}: valid: ", rel(&f))), "{last}");
        assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    }
}

#[test]
fn check_exits_0_on_many_valid_files_at_once() {
    let files: Vec<String> = all_valid_sets().iter().map(|p| rel(p)).collect();
    let out = clausewise(std::iter::once("check".to_string()).chain(files.clone()));
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let summaries = stdout(&out)
        .lines()
        .filter(|l| l.contains(": valid: "))
        .count();
    assert_eq!(summaries, files.len());
}

/// Each problem fixture prints exactly the lines of its `.expected.txt` (as
/// `FILE: error: PATH: MESSAGE`), then its summary line, and exits 1.
#[test]
fn check_prints_exactly_the_expected_problems() {
    let mut fixtures = sets("shape");
    fixtures.extend(sets("invalid"));
    for f in fixtures {
        let name = rel(&f);
        let expected = expected_problems(&f);
        let out = clausewise(["check", &name]);
        assert_eq!(out.status.code(), Some(1), "{name}:\n{}", stdout(&out));
        let printed = stdout(&out);
        let errors: Vec<&str> = printed
            .lines()
            .filter_map(|l| l.strip_prefix(&format!("{name}: error: ")))
            .collect();
        assert_eq!(errors, expected, "{name}");
        let n = expected.len();
        let summary = format!(
            "{name}: not valid: {n} problem{}, 0 warnings",
            if n == 1 { "" } else { "s" }
        );
        assert_eq!(
            printed.lines().last(),
            Some(summary.as_str()),
            "{name}:\n{printed}"
        );
        assert_eq!(
            printed.lines().count(),
            n + 1,
            "{name}: unexpected lines:\n{printed}"
        );
    }
}

#[test]
fn check_exits_1_when_one_of_several_files_is_invalid() {
    let valid = rel(&shipped());
    let invalid = rel(&sets("invalid")[0]);
    let out = clausewise(["check", &valid, &invalid]);
    assert_eq!(out.status.code(), Some(1));
    let printed = stdout(&out);
    assert!(printed.contains(&format!("{valid}: valid: ")), "{printed}");
    assert!(
        printed.contains(&format!("{invalid}: not valid: ")),
        "{printed}"
    );
}

#[test]
fn check_prints_warnings_without_failing() {
    let dir = root().join("tests/fixtures/sets/valid");
    let class = rel(&dir.join("class-exercise-positions.json"));
    let out = clausewise(["check", &class]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        format!(
            "{class}: warning: positions[2] › sources: no source given: readers will see \"no source given\"\n\
             {class}: valid: 2 drafts, 7 clauses, 3 parties, 3 positions (1 warning)\n"
        )
    );

    let typo = rel(&dir.join("unknown-field-typo.json"));
    let out = clausewise(["check", &typo]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        format!(
            "{typo}: warning: positions[0] › \"txt\": unknown field, ignored (did you mean \"text\"?)\n\
             {typo}: valid: 1 draft, 1 clause, 1 party, 1 position (1 warning)\n"
        )
    );
}

/// The hint for a misspelt field names the nearest field, not the first one within two
/// edits: `"dat"` in a position is one edit from `date` and two from `draft`.
#[test]
fn check_suggests_the_nearest_field_name() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("dat.json");
    fs::write(
        &file,
        r#"{"format": "clausewise/1", "title": "T", "parties": [{"id": "p", "name": "P"}],
           "drafts": [{"id": "d", "title": "D", "date": "2025", "author": "A",
                       "clauses": [{"id": "c", "number": "1", "text": "X"}]}],
           "positions": [{"party": "p", "stance": "supports", "date": "2025", "summary": "S",
                          "dat": "2025", "sources": [{"title": "Minutes"}]}]}"#,
    )
    .unwrap();
    let out = clausewise(["check".as_ref(), file.as_os_str()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out)
            .contains("positions[0] › \"dat\": unknown field, ignored (did you mean \"date\"?)"),
        "{}",
        stdout(&out)
    );
}

fn check_json(files: &[String]) -> (Option<i32>, Value) {
    let out = clausewise(
        ["check".to_string(), "--json".into()]
            .into_iter()
            .chain(files.iter().cloned()),
    );
    let report = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("check --json does not print JSON ({e}):\n{}", stdout(&out)));
    (out.status.code(), report)
}

fn as_lines(problems: &Value) -> Vec<String> {
    problems
        .as_array()
        .expect("a list of problems")
        .iter()
        .map(|p| {
            let path = p["path"].as_str().expect("path is a string");
            let message = p["message"].as_str().expect("message is a string");
            if path.is_empty() {
                message.to_string()
            } else {
                format!("{path}: {message}")
            }
        })
        .collect()
}

#[test]
fn check_json_reports_every_file_with_its_problems_and_warnings() {
    let valid = sets("valid");
    let mut broken = sets("shape");
    broken.extend(sets("invalid"));
    let files: Vec<String> = valid.iter().chain(&broken).map(|p| rel(p)).collect();
    let (code, report) = check_json(&files);
    assert_eq!(code, Some(1));
    assert_eq!(report["valid"], Value::Bool(false));
    let reports = report["files"].as_array().expect("files is a list");
    assert_eq!(reports.len(), files.len());
    for (r, path) in reports.iter().zip(valid.iter().chain(&broken)) {
        assert_eq!(r["file"], Value::String(rel(path)));
        assert!(r["warnings"].is_array(), "{r}");
        for w in r["warnings"].as_array().unwrap() {
            assert!(w["path"].is_string() && w["message"].is_string(), "{w}");
        }
        if valid.contains(path) {
            assert_eq!(r["valid"], Value::Bool(true), "{r}");
            assert_eq!(r["problems"], Value::Array(Vec::new()), "{r}");
        } else {
            assert_eq!(r["valid"], Value::Bool(false), "{r}");
            assert_eq!(
                as_lines(&r["problems"]),
                expected_problems(path),
                "{}",
                rel(path)
            );
        }
    }
    // The warnings are the same as the text output's.
    let class = reports
        .iter()
        .find(|r| {
            r["file"]
                .as_str()
                .unwrap()
                .ends_with("class-exercise-positions.json")
        })
        .expect("the class exercise was checked");
    assert_eq!(
        as_lines(&class["warnings"]),
        ["positions[2] › sources: no source given: readers will see \"no source given\""]
    );

    let (code, report) = check_json(&valid.iter().map(|p| rel(p)).collect::<Vec<_>>());
    assert_eq!(code, Some(0));
    assert_eq!(report["valid"], Value::Bool(true));
}

#[test]
fn check_json_gives_line_and_column_of_a_syntax_error() {
    let broken = rel(&root().join("tests/e2e/fixtures/broken.json"));
    let (code, report) = check_json(&[broken]);
    assert_eq!(code, Some(1));
    let file = &report["files"][0];
    assert_eq!(file["valid"], Value::Bool(false));
    assert_eq!(file["line"], 1);
    assert!(file["column"].as_u64().is_some_and(|c| c > 1), "{file}");
    let problems = as_lines(&file["problems"]);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("the file is not JSON"),
        "{problems:?}"
    );
}

#[test]
fn check_reports_unreadable_and_non_utf8_files() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let missing = dir.path().join("missing.json");
    let out = clausewise(["check".as_ref(), missing.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains(": error: cannot read the file: "),
        "{}",
        stdout(&out)
    );

    let latin1 = dir.path().join("latin1.json");
    fs::write(&latin1, b"{\"title\": \"Caf\xe9\"}").unwrap();
    let out = clausewise(["check".as_ref(), latin1.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains(": error: the file is not UTF-8 text (invalid byte at position 14)"),
        "{}",
        stdout(&out)
    );
}

// ---------------------------------------------------------------------------------------
// compare

const STATUSES: [&str; 6] = ["kept", "changed", "moved", "added", "removed", "unreported"];

fn clause_ids(set: &Value, draft: &str) -> Vec<String> {
    let d = set["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == draft)
        .unwrap_or_else(|| panic!("no draft {draft}"));
    d["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// Runs `compare --json` and checks what every comparison must satisfy; returns the output.
fn compare_json(file: &Path, left: &str, right: &str) -> Value {
    let name = rel(file);
    let out = clausewise(["compare", &name, "--left", left, "--right", right, "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{name} {left}→{right}: {}",
        stderr(&out)
    );
    let cmp: Value = serde_json::from_str(&stdout(&out)).expect("compare --json prints JSON");
    let at = format!("{name} {left}→{right}");
    assert_eq!(cmp["left"], left, "{at}");
    assert_eq!(cmp["right"], right, "{at}");
    let rows = cmp["rows"]
        .as_array()
        .unwrap_or_else(|| panic!("{at}: no rows list"));
    assert!(!rows.is_empty(), "{at}");

    let mut tally: BTreeMap<&str, u64> = STATUSES.iter().map(|s| (*s, 0)).collect();
    let (mut lefts, mut rights) = (Vec::new(), Vec::new());
    for row in rows {
        let status = row["status"]
            .as_str()
            .unwrap_or_else(|| panic!("{at}: {row}"));
        assert!(STATUSES.contains(&status), "{at}: status {status}");
        *tally.get_mut(status).unwrap() += 1;
        let ids = |side: &str| -> Vec<String> {
            row[side]
                .as_array()
                .unwrap_or_else(|| panic!("{at}: {side} is not a list: {row}"))
                .iter()
                .map(|v| {
                    v.as_str()
                        .unwrap_or_else(|| panic!("{at}: {row}"))
                        .to_string()
                })
                .collect()
        };
        let (l, r) = (ids("left"), ids("right"));
        match status {
            "added" => assert!(l.is_empty() && !r.is_empty(), "{at}: {row}"),
            "removed" => assert!(!l.is_empty() && r.is_empty(), "{at}: {row}"),
            _ => assert!(!l.is_empty() && !r.is_empty(), "{at}: {row}"),
        }
        lefts.extend(l);
        rights.extend(r);
        match &row["score"] {
            Value::Null => {}
            Value::Number(n) => {
                let s = n.as_f64().unwrap();
                assert!((0.0..=1.0).contains(&s), "{at}: score {s}");
            }
            other => panic!("{at}: score {other}"),
        }
        assert!(
            row["topic"].is_string() || row["topic"].is_null(),
            "{at}: {row}"
        );
        assert!(
            row["label"].as_str().is_some_and(|l| !l.trim().is_empty()),
            "{at}: {row}"
        );
    }
    // Every clause of both drafts is in exactly one row.
    let set = read_json(file);
    assert_eq!(
        sorted(lefts),
        sorted(clause_ids(&set, left)),
        "{at}: left clauses"
    );
    assert_eq!(
        sorted(rights),
        sorted(clause_ids(&set, right)),
        "{at}: right clauses"
    );

    let counts = cmp["counts"]
        .as_object()
        .unwrap_or_else(|| panic!("{at}: no counts"));
    assert_eq!(counts.len(), STATUSES.len(), "{at}: {counts:?}");
    let total: u64 = counts.values().map(|v| v.as_u64().expect("a count")).sum();
    assert_eq!(total, rows.len() as u64, "{at}");
    for (status, n) in &tally {
        assert_eq!(counts[*status], *n, "{at}: {status}");
    }
    cmp
}

#[test]
fn compare_json_on_the_shipped_set() {
    let cmp = compare_json(&shipped(), "us-28", "ua-20");
    let rows = cmp["rows"].as_array().unwrap();
    // The shipped drafts share topics: at least one row is paired by its topic.
    assert!(
        rows.iter()
            .any(|r| r["topic"].is_string() && r["score"].is_null())
    );
    for status in ["changed", "added", "removed"] {
        assert!(
            cmp["counts"][status].as_u64().unwrap() > 0,
            "no {status} row"
        );
    }
}

/// Every ordered pair of drafts (and each draft against itself) of every valid set.
#[test]
fn compare_json_on_every_pair_of_drafts() {
    for f in all_valid_sets() {
        let set = read_json(&f);
        let ids: Vec<String> = set["drafts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect();
        for l in &ids {
            for r in &ids {
                let cmp = compare_json(&f, l, r);
                if l == r {
                    for row in cmp["rows"].as_array().unwrap() {
                        assert!(
                            row["status"] == "kept" || row["status"] == "unreported",
                            "{} {l} against itself: {row}",
                            rel(&f)
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn compare_marks_unreported_wording() {
    let f = root().join("tests/fixtures/sets/valid/unreported-wording.json");
    let cmp = compare_json(&f, "d1", "d2");
    let row = cmp["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["topic"] == "prisoners")
        .expect("a prisoners row");
    assert_eq!(row["status"], "unreported");
    assert_eq!(cmp["counts"]["unreported"], 1);
}

#[test]
fn compare_text_output_agrees_with_json() {
    let name = rel(&shipped());
    let cmp = compare_json(&shipped(), "us-28", "ua-20");
    let out = clausewise(["compare", &name, "--left", "us-28", "--right", "ua-20"]);
    assert_eq!(out.status.code(), Some(0));
    let printed = stdout(&out);
    let c = &cmp["counts"];
    let summary = format!(
        "{} kept · {} changed · {} moved · {} added · {} removed · {} unreported",
        c["kept"], c["changed"], c["moved"], c["added"], c["removed"], c["unreported"]
    );
    let first = printed.lines().next().unwrap_or("");
    assert!(
        first.starts_with("From \"") && first.ends_with(&summary),
        "{first}"
    );
    // A header line, then one line per row.
    assert_eq!(
        printed.lines().count(),
        2 + cmp["rows"].as_array().unwrap().len()
    );
}

#[test]
fn compare_with_an_unknown_draft_exits_2_and_names_the_drafts() {
    let name = rel(&shipped());
    let drafts: Vec<String> = read_json(&shipped())["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    for (left, right, unknown) in [
        ("us-28", "nope", "nope"),
        ("nope", "ua-20", "nope"),
        ("US-28", "ua-20", "US-28"),
    ] {
        let out = clausewise(["compare", &name, "--left", left, "--right", right, "--json"]);
        assert_eq!(out.status.code(), Some(2), "{left}→{right}");
        assert!(stdout(&out).is_empty(), "{}", stdout(&out));
        assert_eq!(
            stderr(&out),
            format!(
                "{name}: error: no draft \"{unknown}\" in this set; its drafts are: {}\n",
                drafts.join(", ")
            )
        );
    }
}

#[test]
fn compare_on_an_invalid_file_exits_1_with_its_problems() {
    let f = &sets("invalid")[0];
    let name = rel(f);
    let out = clausewise(["compare", &name, "--left", "first", "--right", "first"]);
    assert_eq!(out.status.code(), Some(1));
    let expected: String = expected_problems(f)
        .iter()
        .map(|l| format!("{name}: error: {l}\n"))
        .collect();
    assert_eq!(stderr(&out), expected);
}

// ---------------------------------------------------------------------------------------
// convert

const TABLES: [&str; 7] = [
    "set",
    "parties",
    "topics",
    "drafts",
    "clauses",
    "positions",
    "sources",
];

fn convert(source: &Path, target: &Path) -> std::process::Output {
    clausewise(["convert".as_ref(), source.as_os_str(), target.as_os_str()])
}

/// JSON → CSV folder → JSON gives the same set, for every valid set; and the JSON written
/// is canonical: a second round trip changes no byte.
#[test]
fn convert_round_trips_every_valid_set() {
    for f in all_valid_sets() {
        let name = rel(&f);
        let dir = tempfile::tempdir().expect("a temporary folder");
        let csv = dir.path().join("tables");
        let out = convert(&f, &csv);
        assert_eq!(out.status.code(), Some(0), "{name} → CSV: {}", stderr(&out));
        for t in TABLES {
            assert!(csv.join(format!("{t}.csv")).is_file(), "{name}: no {t}.csv");
        }
        let back = dir.path().join("back.json");
        let out = convert(&csv, &back);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name} CSV → JSON: {}",
            stderr(&out)
        );
        let original = load(&read(&f)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let round = load(&read(&back)).unwrap_or_else(|e| panic!("{name} after a round trip: {e}"));
        assert_eq!(original, round, "{name}: the round trip changed the set");

        let csv2 = dir.path().join("tables2");
        let back2 = dir.path().join("back2.json");
        assert_eq!(convert(&back, &csv2).status.code(), Some(0));
        assert_eq!(convert(&csv2, &back2).status.code(), Some(0));
        assert_eq!(
            read(&back),
            read(&back2),
            "{name}: the second round trip changed the JSON"
        );
    }
}

#[test]
fn convert_refuses_an_invalid_json_file_with_its_problems() {
    let f = &sets("invalid")[0];
    let dir = tempfile::tempdir().expect("a temporary folder");
    let target = dir.path().join("tables");
    let out = convert(f, &target);
    assert_eq!(out.status.code(), Some(1));
    let name = f.display().to_string();
    let expected: String = expected_problems(f)
        .iter()
        .map(|l| format!("error: {name}: {l}\n"))
        .collect();
    assert_eq!(stderr(&out), expected);
    assert!(!target.exists(), "a folder was written for an invalid set");
}

/// Tables as a spreadsheet exports them: a UTF-8 byte-order mark before the header, CRLF
/// row ends, columns in another order, a cell with a comma, quotes and a line break.
fn spreadsheet_folder(dir: &Path, clauses_csv: &str) -> std::path::PathBuf {
    let csv = dir.join("sheets");
    fs::create_dir(&csv).unwrap();
    let bom = "\u{feff}";
    fs::write(
        csv.join("set.csv"),
        format!("{bom}title,format\r\nHand-made set,clausewise/1\r\n"),
    )
    .unwrap();
    fs::write(
        csv.join("drafts.csv"),
        format!("{bom}id,title,date,author,uncertain\r\nd1,First draft,2025-01,Editor,\r\nd2,Second draft,2025-02-14,Editor,Leaked copy\r\n"),
    )
    .unwrap();
    fs::write(csv.join("clauses.csv"), format!("{bom}{clauses_csv}")).unwrap();
    fs::write(
        csv.join("sources.csv"),
        format!("{bom}on,id,title,url\r\nclause,c1,\"Minutes, page 2\",\r\ndraft,d2,Newspaper,https://example.org/d2\r\n"),
    )
    .unwrap();
    csv
}

#[test]
fn convert_reads_a_hand_edited_spreadsheet_export() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let csv = spreadsheet_folder(
        dir.path(),
        "text,id,draft,number\r\n\
         \"Trade, travel and \"\"aid\"\" resume.\nSee the annex.\",c1,d1,1\r\n\
         Trade resumes.,c2,d2,1a\r\n\
         ,c3,d2,2\r\n",
    );
    // A clause with no text needs a note: give c3 one through an extra column.
    let clauses = fs::read_to_string(csv.join("clauses.csv")).unwrap();
    let clauses = clauses
        .replace(
            "text,id,draft,number\r\n",
            "text,id,draft,number,uncertain\r\n",
        )
        .replace(",c3,d2,2\r\n", ",c3,d2,2,Wording not reported\r\n");
    fs::write(csv.join("clauses.csv"), clauses).unwrap();

    let target = dir.path().join("set.json");
    let out = convert(&csv, &target);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("unknown column"),
        "the BOM was taken for a column name: {}",
        stderr(&out)
    );
    let set = load(&read(&target)).expect("the converted set loads");
    assert_eq!(set.title, "Hand-made set");
    assert_eq!(set.drafts.len(), 2);
    let c1 = &set.drafts[0].clauses[0];
    assert_eq!(c1.id, "c1");
    assert_eq!(
        c1.text.as_deref(),
        Some("Trade, travel and \"aid\" resume.\nSee the annex.")
    );
    assert_eq!(c1.sources[0].title, "Minutes, page 2");
    assert_eq!(c1.sources[0].url, None);
    assert_eq!(set.drafts[1].uncertain.as_deref(), Some("Leaked copy"));
    assert_eq!(
        set.drafts[1].sources[0].url.as_deref(),
        Some("https://example.org/d2")
    );
    let c2 = &set.drafts[1].clauses[0];
    assert_eq!(
        (c2.number.as_str(), c2.text.as_deref()),
        ("1a", Some("Trade resumes."))
    );
    let c3 = &set.drafts[1].clauses[1];
    assert_eq!(c3.text, None);
    assert_eq!(c3.uncertain.as_deref(), Some("Wording not reported"));
    // And the result passes `check`.
    let out = clausewise(["check".as_ref(), target.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

/// A clause naming a draft that `drafts.csv` lacks: the file and the line of its row (a row
/// whose cell spans two lines counts both), nothing written. Row ends are `\n` here; see
/// the next test for the `\r\n` a spreadsheet writes.
#[test]
fn convert_reports_an_unknown_draft_with_file_and_line() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let csv = spreadsheet_folder(
        dir.path(),
        "draft,id,number,text\n\
         d1,c1,1,\"Two\nlines.\"\n\
         d9,c2,2,Orphan.\n",
    );
    let target = dir.path().join("set.json");
    let out = convert(&csv, &target);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(
        stderr(&out),
        "error: clauses.csv line 4: unknown draft \"d9\" (not in drafts.csv)\n"
    );
    assert!(!target.exists(), "an invalid set was written");
}

/// The same with `\r\n` row ends, as Excel and LibreOffice export CSV: the csv crate's
/// `Position::line` lags one line behind after a `\r\n` (BurntSushi/rust-csv#395), so the
/// CLI names line 3 for a row on line 4 (and line 2 for the second row of a plain file).
#[test]
fn convert_reports_the_right_line_in_a_crlf_export() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let csv = spreadsheet_folder(
        dir.path(),
        "draft,id,number,text\r\n\
         d1,c1,1,One.\r\n\
         d9,c2,2,Orphan.\r\n",
    );
    let out = convert(&csv, &dir.path().join("set.json"));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: clauses.csv line 3: unknown draft \"d9\" (not in drafts.csv)\n"
    );
}

/// A spreadsheet exports a boolean cell as `TRUE` / `FALSE`: those must read as true and
/// false, not as notes saying "TRUE" and "FALSE".
#[test]
fn convert_reads_spreadsheet_booleans_in_uncertain() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let csv = spreadsheet_folder(
        dir.path(),
        "draft,id,number,text,uncertain\r\nd1,c1,1,One.,FALSE\r\nd2,c2,1,Two.,TRUE\r\n",
    );
    fs::write(
        csv.join("drafts.csv"),
        "id,title,date,author\nd1,First,2025,Editor\nd2,Second,2025,Editor\n",
    )
    .unwrap();
    fs::write(csv.join("sources.csv"), "on,id,title\n").unwrap();
    let target = dir.path().join("set.json");
    let out = convert(&csv, &target);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let set = load(&read(&target)).expect("the converted set loads");
    assert_eq!(set.drafts[0].clauses[0].uncertain, None);
    assert_eq!(set.drafts[1].clauses[0].uncertain.as_deref(), Some(""));
}

/// An `uncertain` written as the text "true" or "false" means the flag (the format says
/// so), so it survives a round trip through a spreadsheet, where the two look the same.
#[test]
fn convert_keeps_notes_that_read_true_or_false() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let source = dir.path().join("notes.json");
    fs::write(
        &source,
        r#"{"format": "clausewise/1", "title": "Notes", "drafts": [{"id": "d", "title": "D",
           "date": "2025", "author": "A", "uncertain": "false",
           "clauses": [{"id": "c", "number": "1", "text": "X", "uncertain": "true"}]}]}"#,
    )
    .unwrap();
    let (csv, back) = (dir.path().join("tables"), dir.path().join("back.json"));
    assert_eq!(convert(&source, &csv).status.code(), Some(0));
    assert_eq!(convert(&csv, &back).status.code(), Some(0));
    assert_eq!(load(&read(&source)).unwrap(), load(&read(&back)).unwrap());
}

/// A set that converts but is not valid (an unknown topic) is reported with the engine's
/// path, and not written.
#[test]
fn convert_checks_the_set_before_writing_it() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let csv = spreadsheet_folder(
        dir.path(),
        "draft,id,number,text,topic\r\nd1,c1,1,Text.,army-sise\r\nd2,c2,1,Text.,\r\n",
    );
    let target = dir.path().join("set.json");
    let out = convert(&csv, &target);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: the converted set: drafts[0] \"d1\" › clauses[0] \"c1\" › topic: unknown topic \"army-sise\"\n"
    );
    assert!(!target.exists());
}
