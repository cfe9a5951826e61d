//! A clause set as seven CSV tables (set, parties, topics, drafts, clauses, positions,
//! sources; see docs/clause-set-format.md), so people can author in a spreadsheet: the one
//! implementation, used by `clausewise convert` and by the editor. A small RFC 4180 reader
//! and writer of its own (UTF-8, header row, quoted cells, LF or CRLF row ends, a
//! spreadsheet's byte-order mark), so it runs in the browser too.
//!
//! The reader never links this module: it costs the reader's download nothing.

use crate::model::{
    Clause, ClauseSet, Draft, FORMAT, Party, Position, Source, Stance, Topic, Uncertain,
};
use std::collections::HashMap;

pub const TABLES: [(&str, &[&str]); 7] = [
    (
        "set",
        &["format", "title", "description", "updated", "note"],
    ),
    ("parties", &["id", "name", "color"]),
    ("topics", &["id", "label"]),
    (
        "drafts",
        &["id", "title", "date", "author", "note", "uncertain"],
    ),
    (
        "clauses",
        &["draft", "id", "number", "topic", "text", "uncertain"],
    ),
    (
        "positions",
        &[
            "position",
            "party",
            "topic",
            "draft",
            "stance",
            "date",
            "summary",
            "text",
            "uncertain",
        ],
    ),
    ("sources", &["on", "id", "title", "url"]),
];

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

fn cell(out: &mut String, v: &str) {
    if v.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&v.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(v);
    }
}

fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            cell(&mut out, v);
        }
        out.push('\n');
    }
    out
}

/// The set as seven files: (`set.csv`, its text), …
pub fn to_tables(set: &ClauseSet) -> Vec<(String, String)> {
    let mut rows: HashMap<&str, Vec<Vec<String>>> = TABLES
        .iter()
        .map(|(t, cols)| (*t, vec![cols.iter().map(|c| c.to_string()).collect()]))
        .collect();
    let mut push = |t: &str, row: Vec<String>| rows.get_mut(t).expect("known table").push(row);
    push(
        "set",
        vec![
            set.format.clone(),
            set.title.clone(),
            opt(&set.description),
            opt(&set.updated),
            opt(&set.note),
        ],
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
            vec![
                d.id.clone(),
                d.title.clone(),
                d.date.clone(),
                d.author.clone(),
                opt(&d.note),
                flag(&d.uncertain),
            ],
        );
        add_sources("draft", &d.id, &d.sources);
        for c in &d.clauses {
            push(
                "clauses",
                vec![
                    d.id.clone(),
                    c.id.clone(),
                    c.number.clone(),
                    opt(&c.topic),
                    opt(&c.text),
                    flag(&c.uncertain),
                ],
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
        .map(|(t, _)| (format!("{t}.csv"), write(&rows[t])))
        .collect()
}

/// RFC 4180 records, each with the line it starts on. `Err` names the line of an
/// unclosed quote.
pub fn parse(text: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut start_line = 1;
    let mut quoted = false;
    let mut quote_line = 0;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    cell.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => {
                quoted = true;
                quote_line = line;
                any = true;
            }
            ',' => {
                record.push(std::mem::take(&mut cell));
                any = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                if any || !cell.is_empty() {
                    record.push(std::mem::take(&mut cell));
                    records.push((start_line, std::mem::take(&mut record)));
                }
                any = false;
                line += 1;
                start_line = line;
            }
            c => {
                cell.push(c);
                any = true;
            }
        }
    }
    if quoted {
        return Err(format!("line {quote_line}: a quoted cell is never closed"));
    }
    if any || !cell.is_empty() {
        record.push(cell);
        records.push((start_line, record));
    }
    Ok(records)
}

type Rows = Vec<(usize, HashMap<String, String>)>;

fn uncertain(v: Option<&String>) -> Uncertain {
    match v.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
        None | Some("false") => None,
        Some("true") => Some(String::new()),
        Some(_) => v.cloned(),
    }
}

/// Whether `name` is one of the seven tables (`clauses.csv`, any folder in front).
pub fn is_table(name: &str) -> bool {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    TABLES.iter().any(|(t, _)| base == format!("{t}.csv"))
}

/// A set from the tables given as (file name, text), with warnings (an unknown column is
/// ignored); `Err` lists each problem with its file and line. The set is not validated
/// here: write it with `model::to_json` and `check` it like any other.
pub fn from_tables(files: &[(String, String)]) -> Result<(ClauseSet, Vec<String>), Vec<String>> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut tables: HashMap<&str, Rows> = HashMap::new();
    for (name, columns) in TABLES {
        let file = format!("{name}.csv");
        let Some((_, text)) = files
            .iter()
            .find(|(n, _)| n.rsplit(['/', '\\']).next() == Some(file.as_str()))
        else {
            if matches!(name, "set" | "drafts" | "clauses") {
                errors.push(format!(
                    "{file}: missing (a set needs at least set.csv, drafts.csv and clauses.csv)"
                ));
            }
            continue;
        };
        let records = match parse(text) {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{file} {e}"));
                continue;
            }
        };
        let mut it = records.into_iter();
        let Some((_, header)) = it.next() else {
            errors.push(format!("{file}: empty (no header row)"));
            continue;
        };
        let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
        for h in header
            .iter()
            .filter(|h| !h.is_empty() && !columns.contains(&h.as_str()))
        {
            warnings.push(format!(
                "{file}: unknown column \"{h}\", ignored (expected: {})",
                columns.join(", ")
            ));
        }
        let rows = it
            .map(|(line, cells)| {
                let named = header
                    .iter()
                    .zip(cells)
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(h, v)| (h.clone(), v))
                    .collect();
                (line, named)
            })
            .collect();
        tables.insert(name, rows);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let set = build(&tables, &mut errors);
    if errors.is_empty() {
        Ok((set, warnings))
    } else {
        Err(errors)
    }
}

fn build(tables: &HashMap<&str, Rows>, errors: &mut Vec<String>) -> ClauseSet {
    let empty = Vec::new();
    let rows = |name: &str| tables.get(name).unwrap_or(&empty);
    let get = |cells: &HashMap<String, String>, k: &str| cells.get(k).cloned();
    let need = |errors: &mut Vec<String>,
                name: &str,
                line: usize,
                cells: &HashMap<String, String>,
                k: &str| {
        cells.get(k).cloned().unwrap_or_else(|| {
            errors.push(format!("{name}.csv line {line}: the \"{k}\" cell is empty"));
            String::new()
        })
    };
    let mut set = ClauseSet {
        format: FORMAT.into(),
        ..ClauseSet::default()
    };
    match rows("set").as_slice() {
        [(line, cells)] => {
            set.format = get(cells, "format").unwrap_or_else(|| FORMAT.into());
            set.title = need(errors, "set", *line, cells, "title");
            set.description = get(cells, "description");
            set.updated = get(cells, "updated");
            set.note = get(cells, "note");
        }
        other => errors.push(format!(
            "set.csv: needs exactly one row under the header, found {}",
            other.len()
        )),
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
            errors.push(format!(
                "clauses.csv line {line}: unknown draft \"{draft}\" (not in drafts.csv)"
            ));
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
            "position" => position_index
                .get(&id)
                .map(|&p| &mut set.positions[p].sources),
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
