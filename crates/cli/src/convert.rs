//! `clausewise convert`: a clause set as one `.json` file ↔ a folder of CSV tables, so a
//! newsroom can author in a spreadsheet and export each sheet as CSV. The tables are the
//! engine's (`clausewise_engine::tables`, shared with the editor); this is the file side.
//! The JSON written is checked by the engine before it is saved: an invalid set is
//! reported, not written.

use crate::problems_of;
use clausewise_engine::model::to_json;
use clausewise_engine::tables::{TABLES, from_tables, to_tables};
use std::fs;
use std::path::Path;
use std::process::ExitCode;

pub fn run(source: &Path, target: &Path) -> ExitCode {
    let result = if source.is_dir() {
        folder_to_json(source, target)
    } else {
        json_to_folder(source, target)
    };
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(lines) => {
            for l in lines {
                eprintln!("error: {l}");
            }
            ExitCode::from(1)
        }
    }
}

type Lines = Vec<String>;

fn json_to_folder(source: &Path, target: &Path) -> Result<String, Lines> {
    let name = source.display();
    let text = fs::read_to_string(source).map_err(|e| vec![format!("{name}: cannot read: {e}")])?;
    let set = clausewise_engine::load(&text).map_err(|e| {
        problems_of(&e)
            .iter()
            .map(|p| format!("{name}: {p}"))
            .collect::<Vec<_>>()
    })?;
    fs::create_dir_all(target).map_err(|e| {
        vec![format!(
            "{}: cannot create the folder: {e}",
            target.display()
        )]
    })?;
    let tables = to_tables(&set);
    for (file, csv) in &tables {
        let path = target.join(file);
        fs::write(&path, csv)
            .map_err(|e| vec![format!("{}: cannot write: {e}", path.display())])?;
    }
    Ok(format!(
        "wrote {} tables to {} ({} drafts, {} clauses, {} positions)",
        tables.len(),
        target.display(),
        set.drafts.len(),
        set.drafts.iter().map(|d| d.clauses.len()).sum::<usize>(),
        set.positions.len()
    ))
}

fn folder_to_json(dir: &Path, target: &Path) -> Result<String, Lines> {
    let mut files = Vec::new();
    for (table, _) in TABLES {
        let file = format!("{table}.csv");
        let path = dir.join(&file);
        if !path.exists() {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| vec![format!("{file}: cannot read: {e}")])?;
        let text = String::from_utf8(bytes).map_err(|e| {
            vec![format!(
                "{file}: not UTF-8 text (invalid byte at position {}); save it as \"CSV UTF-8\"",
                e.utf8_error().valid_up_to()
            )]
        })?;
        files.push((file, text));
    }
    let (set, warnings) = from_tables(&files)?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let json = to_json(&set);
    // The same check as `clausewise check` and the reader: only a usable set is written.
    let checked = clausewise_engine::check(&json);
    if let Err(e) = &checked.result {
        return Err(problems_of(e)
            .iter()
            .map(|p| format!("the converted set: {p}"))
            .collect());
    }
    for w in &checked.warnings {
        eprintln!("warning: the converted set: {w}");
    }
    fs::write(target, json)
        .map_err(|e| vec![format!("{}: cannot write: {e}", target.display())])?;
    Ok(format!(
        "wrote {} ({} drafts, {} clauses, {} positions)",
        target.display(),
        set.drafts.len(),
        set.drafts.iter().map(|d| d.clauses.len()).sum::<usize>(),
        set.positions.len()
    ))
}
