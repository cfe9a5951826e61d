//! `clausewise`: check, compare and convert clause sets from the command line, with the
//! same engine the reader runs in the browser, so a file that passes here loads there.

mod convert;
mod split;

use clap::{Parser, Subcommand};
use clausewise_engine::align::is_possible;
use clausewise_engine::compare::compare;
use clausewise_engine::model::{DataError, Problem};
use clausewise_engine::validate::ValidClauseSet;
use clausewise_engine::{Checked, check};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "clausewise",
    version,
    about = "Check, compare and convert clausewise clause sets (format clausewise/1)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check clause-set files exactly as the reader does: each problem on one line with
    /// its path. Exit 0 when every file is valid, 1 when one is not. Warnings (an unknown
    /// field, an unsourced position) are printed but do not fail.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the problems and warnings as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The aligned rows and counts of two drafts, as the reader shows them.
    Compare {
        file: PathBuf,
        /// Id of the left-hand (earlier) draft.
        #[arg(long)]
        left: String,
        /// Id of the right-hand (later) draft.
        #[arg(long)]
        right: String,
        /// Print {"rows": [...], "counts": {...}} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Convert a clause set between a .json file and a folder of CSV files (one per
    /// table: set, parties, topics, drafts, clauses, positions, sources). The direction
    /// follows SOURCE: a .json file becomes a folder, a folder becomes a .json file.
    Convert { source: PathBuf, target: PathBuf },
    /// Split a plain-text draft into clauses by its numbering (1., (a), Article 5, § 3,
    /// Стаття 5…, else paragraphs), as the editor does: one line per clause.
    Split {
        file: PathBuf,
        /// Print [{"number", "heading", "text"}] as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Check { files, json } => check_files(&files, json),
        Command::Compare {
            file,
            left,
            right,
            json,
        } => compare_file(&file, &left, &right, json),
        Command::Convert { source, target } => convert::run(&source, &target),
        Command::Split { file, json } => split::run(&file, json),
    }
}

fn read(path: &Path) -> Checked {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => check(&text),
            Err(e) => failed(format!(
                "the file is not UTF-8 text (invalid byte at position {})",
                e.utf8_error().valid_up_to()
            )),
        },
        Err(e) => failed(format!("cannot read the file: {e}")),
    }
}

fn failed(message: String) -> Checked {
    Checked {
        result: Err(DataError::Invalid(vec![Problem {
            location: String::new(),
            message,
        }])),
        warnings: Vec::new(),
    }
}

/// Every problem of a failed read, one per line, whatever kind of failure it was.
pub fn problems_of(e: &DataError) -> Vec<Problem> {
    match e {
        DataError::Invalid(p) => p.clone(),
        other => vec![Problem {
            location: String::new(),
            message: other.headline(),
        }],
    }
}

fn problem_json(p: &Problem) -> Value {
    json!({ "path": p.location, "message": p.message })
}

fn check_files(files: &[PathBuf], as_json: bool) -> ExitCode {
    let mut all_valid = true;
    let mut reports = Vec::new();
    for path in files {
        let name = path.display().to_string();
        let mut checked = read(path);
        // What a fact-checker would stop at: only for a set that is valid otherwise.
        if let Ok(set) = &checked.result {
            checked
                .warnings
                .extend(clausewise_engine::review::review(set));
        }
        let problems = checked
            .result
            .as_ref()
            .err()
            .map(problems_of)
            .unwrap_or_default();
        all_valid &= problems.is_empty();
        if as_json {
            let mut report = json!({
                "file": name,
                "valid": problems.is_empty(),
                "problems": problems.iter().map(problem_json).collect::<Vec<_>>(),
                "warnings": checked.warnings.iter().map(problem_json).collect::<Vec<_>>(),
            });
            if let Err(DataError::NotJson(e)) = &checked.result {
                report["line"] = json!(e.line);
                report["column"] = json!(e.column);
            }
            reports.push(report);
            continue;
        }
        for p in &problems {
            println!("{name}: error: {p}");
        }
        for w in &checked.warnings {
            println!("{name}: warning: {w}");
        }
        let warnings = plural(checked.warnings.len(), "warning");
        match &checked.result {
            Ok(set) => println!("{name}: valid: {} ({warnings})", describe(set)),
            Err(_) => println!(
                "{name}: not valid: {}, {warnings}",
                plural(problems.len(), "problem")
            ),
        }
    }
    if as_json {
        let out = json!({ "valid": all_valid, "files": reports });
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("JSON values print")
        );
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn describe(set: &ValidClauseSet) -> String {
    let clauses: usize = set.drafts.iter().map(|d| d.clauses.len()).sum();
    format!(
        "{}, {}, {}, {}",
        plural(set.drafts.len(), "draft"),
        plural(clauses, "clause"),
        plural(set.parties.len(), "party").replace("partys", "parties"),
        plural(set.positions.len(), "position")
    )
}

fn compare_file(path: &Path, left: &str, right: &str, as_json: bool) -> ExitCode {
    let name = path.display().to_string();
    let set = match read(path).result {
        Ok(set) => set,
        Err(e) => {
            for p in problems_of(&e) {
                eprintln!("{name}: error: {p}");
            }
            return ExitCode::from(1);
        }
    };
    let Some(cmp) = compare(&set, left, right) else {
        let ids: Vec<&str> = set.drafts.iter().map(|d| d.id.as_str()).collect();
        let unknown = if set.draft(left).is_none() {
            left
        } else {
            right
        };
        eprintln!(
            "{name}: error: no draft \"{unknown}\" in this set; its drafts are: {}",
            ids.join(", ")
        );
        return ExitCode::from(2);
    };
    let (l, r) = (
        set.draft(left).expect("compared"),
        set.draft(right).expect("compared"),
    );
    let ids = |d: &clausewise_engine::model::Draft, idx: &[usize]| -> Vec<String> {
        idx.iter().map(|&i| d.clauses[i].id.clone()).collect()
    };
    let c = cmp.counts;
    if as_json {
        let rows: Vec<Value> = cmp
            .rows
            .iter()
            .map(|row| {
                json!({
                    "status": row.status.as_str(),
                    "left": ids(l, &row.left),
                    "right": ids(r, &row.right),
                    "score": row.score.map(|s| f64::from(s) / 1000.0),
                    "possible": is_possible(row.score),
                    "topic": row.topic,
                    "label": row.label,
                })
            })
            .collect();
        let out = json!({
            "left": left,
            "right": right,
            "rows": rows,
            "counts": {
                "kept": c.kept, "changed": c.changed, "moved": c.moved,
                "added": c.added, "removed": c.removed, "unreported": c.unreported,
            },
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("JSON values print")
        );
        return ExitCode::SUCCESS;
    }
    println!(
        "From \"{}\" ({left}) to \"{}\" ({right}): {} kept · {} changed · {} moved · {} added · {} removed · {} unreported",
        l.title, r.title, c.kept, c.changed, c.moved, c.added, c.removed, c.unreported
    );
    println!("{:<11} {:<24} {:<24} {}", "status", "left", "right", "row");
    for row in &cmp.rows {
        let cell = |v: Vec<String>| {
            if v.is_empty() {
                "-".to_string()
            } else {
                v.join("+")
            }
        };
        let score = match row.score {
            Some(s) if is_possible(row.score) => format!(" (possible match, {} %)", (s + 5) / 10),
            Some(s) => format!(" (matched by wording, {} %)", (s + 5) / 10),
            None => String::new(),
        };
        println!(
            "{:<11} {:<24} {:<24} {}{score}",
            row.status.as_str(),
            cell(ids(l, &row.left)),
            cell(ids(r, &row.right)),
            row.label
        );
    }
    ExitCode::SUCCESS
}
