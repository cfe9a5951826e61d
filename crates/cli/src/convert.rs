//! `clausewise convert`: a clause set as one `.json` file ↔ a folder of CSV tables, so a
//! newsroom can author in a spreadsheet and export each sheet as CSV.
//!
//! Tables (UTF-8, a header row, RFC 4180 quoting; columns are found by name, in any order):
//! - `set.csv`: format, title, description, updated, note (one row)
//! - `parties.csv`: id, name, color
//! - `topics.csv`: id, label
//! - `drafts.csv`: id, title, date, author, note, uncertain
//! - `clauses.csv`: draft, id, number, topic, text, uncertain (in reading order)
//! - `positions.csv`: position, party, topic, draft, stance, date, summary, text, uncertain
//! - `sources.csv`: on (draft, clause or position), id (draft id, clause id or position
//!   number), title, url
//!
//! An empty cell is an absent field. `uncertain` is `true`, `false`/empty, or a note.
//! A clause whose `text` cell is empty has unreported wording. The JSON written is checked
//! by the engine before it is saved: an invalid set is reported, not written.

use crate::problems_of;
use clausewise_engine::model::{
    ClauseSet, Clause, Draft, FORMAT, Party, Position, Source, Stance, Topic, Uncertain, to_json,
};
use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::process::ExitCode;

pub const TABLES: [(&str, &[&str]); 7] = [
    ("set", &["format", "title", "description", "updated", "note"]),
    ("parties", &["id", "name", "color"]),
    ("topics", &["id", "label"]),
    ("drafts", &["id", "title", "date", "author", "note", "uncertain"]),
    ("clauses", &["draft", "id", "number", "topic", "text", "uncertain"]),
    (
        "positions",
        &["position", "party", "topic", "draft", "stance", "date", "summary", "text", "uncertain"],
    ),
    ("sources", &["on", "id", "title", "url"]),
];

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
    let set = clausewise_engine::load(&text)
        .map_err(|e| problems_of(&e).iter().map(|p| format!("{name}: {p}")).collect::<Vec<_>>())?;
    let tables = to_tables(&set);
    fs::create_dir_all(target)
        .map_err(|e| vec![format!("{}: cannot create the folder: {e}", target.display())])?;
    for (table, rows) in &tables {
        let path = target.join(format!("{table}.csv"));
        let mut w = csv::Writer::from_path(&path)
            .map_err(|e| vec![format!("{}: cannot write: {e}", path.display())])?;
        for row in rows {
            w.write_record(row)
                .map_err(|e| vec![format!("{}: cannot write: {e}", path.display())])?;
        }
        w.flush().map_err(|e| vec![format!("{}: cannot write: {e}", path.display())])?;
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

fn flag(u: &Uncertain) -> String {
    match u.as_deref() {
        None => String::new(),
        Some("") => "true".into(),
        Some(note) => note.into(),
    }
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The set as tables, each a header row then its rows.
pub fn to_tables(set: &ClauseSet) -> Vec<(&'static str, Vec<Vec<String>>)> {
    let mut rows: HashMap<&str, Vec<Vec<String>>> = TABLES
        .iter()
        .map(|(t, cols)| (*t, vec![cols.iter().map(|c| c.to_string()).collect()]))
        .collect();
    let mut push = |t: &str, row: Vec<String>| rows.get_mut(t).expect("known table").push(row);
    push(
        "set",
        vec![set.format.clone(), set.title.clone(), opt(&set.description), opt(&set.updated), opt(&set.note)],
    );
    for p in &set.parties {
        push("parties", vec![p.id.clone(), p.name.clone(), opt(&p.color)]);
    }
    for t in &set.topics {
        push("topics", vec![t.id.clone(), t.label.clone()]);
    }
    let mut sources = Vec::new();
    let mut add_sources = |on: &str, id: &str, list: &[Source]| {
        for s in list {
            sources.push(vec![on.into(), id.into(), s.title.clone(), opt(&s.url)]);
        }
    };
    for d in &set.drafts {
        push(
            "drafts",
            vec![d.id.clone(), d.title.clone(), d.date.clone(), d.author.clone(), opt(&d.note), flag(&d.uncertain)],
        );
        add_sources("draft", &d.id, &d.sources);
        for c in &d.clauses {
            push(
                "clauses",
                vec![d.id.clone(), c.id.clone(), c.number.clone(), opt(&c.topic), opt(&c.text), flag(&c.uncertain)],
            );
            add_sources("clause", &c.id, &c.sources);
        }
    }
    for (i, p) in set.positions.iter().enumerate() {
        let n = (i + 1).to_string();
        push(
            "positions",
            vec![
                n.clone(),
                p.party.clone(),
                opt(&p.topic),
                opt(&p.draft),
                p.stance.as_str().into(),
                p.date.clone(),
                p.summary.clone(),
                opt(&p.text),
                flag(&p.uncertain),
            ],
        );
        add_sources("position", &n, &p.sources);
    }
    for s in sources {
        push("sources", s);
    }
    TABLES
        .iter()
        .map(|(t, _)| (*t, rows.remove(t).expect("known table")))
        .collect()
}

/// One CSV table read into rows of named cells.
struct Table {
    rows: Vec<(u64, HashMap<String, String>)>,
}

impl Table {
    fn read(dir: &Path, name: &str, columns: &[&str], errors: &mut Lines) -> Option<Table> {
        let path = dir.join(format!("{name}.csv"));
        let file = format!("{name}.csv");
        if !path.exists() {
            // Only the set and its drafts and clauses are needed; the rest may be absent.
            if matches!(name, "set" | "drafts" | "clauses") {
                errors.push(format!("{file}: missing from {}", dir.display()));
            }
            return None;
        }
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                errors.push(format!("{file}: cannot read: {e}"));
                return None;
            }
        };
        // The csv crate miscounts lines after CRLF row ends (as spreadsheets write them):
        // a row's line is counted from its byte offset instead.
        let line_at = |byte: u64| {
            // After a CRLF the record's start can point at the row end it follows.
            let mut at = (byte as usize).min(bytes.len());
            while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
                at += 1;
            }
            1 + bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64
        };
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes.as_slice());
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_string()).collect(),
            Err(e) => {
                errors.push(format!("{file}: cannot read the header row: {e}"));
                return None;
            }
        };
        for h in &headers {
            if !h.is_empty() && !columns.contains(&h.as_str()) {
                eprintln!("warning: {file}: unknown column \"{h}\", ignored (expected: {})", columns.join(", "));
            }
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            match record {
                Ok(r) => {
                    let line = r.position().map_or(0, |p| line_at(p.byte()));
                    let cells = headers
                        .iter()
                        .zip(r.iter())
                        .filter(|(_, v)| !v.trim().is_empty())
                        .map(|(h, v)| (h.clone(), v.to_string()))
                        .collect();
                    rows.push((line, cells));
                }
                Err(e) => errors.push(format!("{file}: {e}")),
            }
        }
        Some(Table { rows })
    }
}

/// A spreadsheet writes booleans as TRUE/FALSE: any case is the flag, anything else a note.
fn uncertain(v: Option<&String>) -> Uncertain {
    match v.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
        None | Some("false") => None,
        Some("true") => Some(String::new()),
        Some(_) => v.cloned(),
    }
}

fn folder_to_json(dir: &Path, target: &Path) -> Result<String, Lines> {
    let mut errors = Vec::new();
    let mut tables: HashMap<&str, Table> = HashMap::new();
    for (name, columns) in TABLES {
        if let Some(t) = Table::read(dir, name, columns, &mut errors) {
            tables.insert(name, t);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let set = from_tables(&tables, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
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
    fs::write(target, json).map_err(|e| vec![format!("{}: cannot write: {e}", target.display())])?;
    Ok(format!(
        "wrote {} ({} drafts, {} clauses, {} positions)",
        target.display(),
        set.drafts.len(),
        set.drafts.iter().map(|d| d.clauses.len()).sum::<usize>(),
        set.positions.len()
    ))
}

fn from_tables(tables: &HashMap<&str, Table>, errors: &mut Lines) -> ClauseSet {
    let rows = |name: &str| tables.get(name).map(|t| t.rows.as_slice()).unwrap_or(&[]);
    let file = |name: &str| format!("{name}.csv");
    let get = |cells: &HashMap<String, String>, k: &str| cells.get(k).cloned();
    let need = |errors: &mut Lines, name: &str, line: u64, cells: &HashMap<String, String>, k: &str| {
        cells.get(k).cloned().unwrap_or_else(|| {
            errors.push(format!("{} line {line}: the \"{k}\" cell is empty", file(name)));
            String::new()
        })
    };
    let mut set = ClauseSet {
        format: FORMAT.into(),
        ..ClauseSet::default()
    };
    match rows("set") {
        [(line, cells)] => {
            set.format = get(cells, "format").unwrap_or_else(|| FORMAT.into());
            set.title = need(errors, "set", *line, cells, "title");
            set.description = get(cells, "description");
            set.updated = get(cells, "updated");
            set.note = get(cells, "note");
        }
        other => errors.push(format!("set.csv: needs exactly one row under the header, found {}", other.len())),
    }
    for (line, c) in rows("parties") {
        set.parties.push(Party {
            id: need(errors, "parties", *line, c, "id"),
            name: need(errors, "parties", *line, c, "name"),
            color: get(c, "color"),
        });
    }
    for (line, c) in rows("topics") {
        set.topics.push(Topic {
            id: need(errors, "topics", *line, c, "id"),
            label: need(errors, "topics", *line, c, "label"),
        });
    }
    let mut draft_index = HashMap::new();
    for (line, c) in rows("drafts") {
        let id = need(errors, "drafts", *line, c, "id");
        draft_index.insert(id.clone(), set.drafts.len());
        set.drafts.push(Draft {
            id,
            title: need(errors, "drafts", *line, c, "title"),
            date: need(errors, "drafts", *line, c, "date"),
            author: need(errors, "drafts", *line, c, "author"),
            note: get(c, "note"),
            uncertain: uncertain(c.get("uncertain")),
            sources: Vec::new(),
            clauses: Vec::new(),
        });
    }
    let mut clause_index = HashMap::new();
    for (line, c) in rows("clauses") {
        let draft = need(errors, "clauses", *line, c, "draft");
        let Some(&d) = draft_index.get(&draft) else {
            errors.push(format!("clauses.csv line {line}: unknown draft \"{draft}\" (not in drafts.csv)"));
            continue;
        };
        let clause = Clause {
            id: need(errors, "clauses", *line, c, "id"),
            number: need(errors, "clauses", *line, c, "number"),
            topic: get(c, "topic"),
            text: get(c, "text"),
            sources: Vec::new(),
            uncertain: uncertain(c.get("uncertain")),
        };
        clause_index.insert(clause.id.clone(), (d, set.drafts[d].clauses.len()));
        set.drafts[d].clauses.push(clause);
    }
    let mut position_index = HashMap::new();
    for (line, c) in rows("positions") {
        let stance_text = need(errors, "positions", *line, c, "stance");
        let stance = Stance::parse(stance_text.trim()).unwrap_or_else(|| {
            errors.push(format!(
                "positions.csv line {line}: stance \"{stance_text}\" is not a stance (supports, opposes, conditional, proposed or unclear)"
            ));
            Stance::Unclear
        });
        let number = get(c, "position").unwrap_or_else(|| (set.positions.len() + 1).to_string());
        position_index.insert(number, set.positions.len());
        set.positions.push(Position {
            party: need(errors, "positions", *line, c, "party"),
            topic: get(c, "topic"),
            stance,
            summary: need(errors, "positions", *line, c, "summary"),
            date: need(errors, "positions", *line, c, "date"),
            sources: Vec::new(),
            draft: get(c, "draft"),
            text: get(c, "text"),
            uncertain: uncertain(c.get("uncertain")),
        });
    }
    for (line, c) in rows("sources") {
        let on = need(errors, "sources", *line, c, "on");
        let id = need(errors, "sources", *line, c, "id");
        let source = Source {
            title: need(errors, "sources", *line, c, "title"),
            url: get(c, "url"),
        };
        let list = match on.trim() {
            "draft" => draft_index.get(&id).map(|&d| &mut set.drafts[d].sources),
            "clause" => clause_index
                .get(&id)
                .map(|&(d, k)| &mut set.drafts[d].clauses[k].sources),
            "position" => position_index.get(&id).map(|&p| &mut set.positions[p].sources),
            _ => {
                errors.push(format!("sources.csv line {line}: \"on\" is \"{on}\"; expected draft, clause or position"));
                continue;
            }
        };
        match list {
            Some(list) => list.push(source),
            None => errors.push(format!("sources.csv line {line}: no {on} \"{id}\"")),
        }
    }
    set
}
