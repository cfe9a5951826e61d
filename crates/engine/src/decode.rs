//! JSON value → [`ClauseSet`], reporting every shape problem with its path.
//!
//! One pass over the document, linear in its size. A field of the wrong type is reported
//! ("drafts[0] "us-28" › clauses[0] "us-28-1" › uncertain: expected true, false or a note,
//! found 5") and decoding carries on, so an author sees all such problems at once. A field
//! the format does not define is a warning, not an error: files written for a later
//! version, or with a note of the author's own, still load.

use crate::json::Value;
use crate::model::{
    Clause, ClauseSet, Draft, Party, Position, Problem, Source, Stance, Topic, Uncertain,
};
use crate::text::{at, item, nearest, quote, shorten};

#[derive(Default)]
pub struct Decoded {
    pub set: ClauseSet,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

pub fn decode(root: &Value) -> Decoded {
    let mut d = Decoder::default();
    let set = d.set(root);
    Decoded {
        set,
        problems: d.problems,
        warnings: d.warnings,
    }
}

#[derive(Default)]
struct Decoder {
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
}

/// An object being read: which fields were asked for, so the rest can be reported.
struct Obj<'a> {
    loc: String,
    fields: &'a [(String, Value)],
    known: &'static [&'static str],
}

fn found(v: &Value) -> String {
    match v {
        Value::String(s) => format!("the text {}", quote(s, 40)),
        Value::Number(n) => shorten(n, 20),
        other => other.kind().to_string(),
    }
}

impl Decoder {
    fn problem(&mut self, loc: &str, message: String) {
        self.problems.push(Problem {
            location: loc.to_string(),
            message,
        });
    }

    fn expected(&mut self, loc: &str, what: &str, v: &Value) {
        self.problem(loc, format!("expected {what}, found {}", found(v)));
    }

    /// Opens `v` as an object with the given fields; reports unknown and repeated ones.
    fn obj<'a>(
        &mut self,
        loc: String,
        v: &'a Value,
        known: &'static [&'static str],
    ) -> Option<Obj<'a>> {
        let Value::Object(fields) = v else {
            self.expected(&loc, "an object", v);
            return None;
        };
        for (i, (k, _)) in fields.iter().enumerate() {
            let is_known = known.contains(&k.as_str());
            // Only a repeated known field matters (which one would count?); checking only
            // those keeps an object with 100,000 unknown keys linear.
            if is_known && fields[..i].iter().any(|(p, _)| p == k) {
                self.problem(&at(&loc, k), "appears twice".into());
            } else if !is_known && self.warnings.len() < crate::validate::limits::REPORTED_PROBLEMS
            {
                let hint = nearest(k, known.iter().copied())
                    .map(|n| format!(" (did you mean \"{n}\"?)"))
                    .unwrap_or_default();
                self.warnings.push(Problem {
                    location: at(&loc, &quote(k, 40)),
                    message: format!("unknown field, ignored{hint}"),
                });
            }
        }
        Some(Obj { loc, fields, known })
    }

    fn get<'a>(&self, o: &Obj<'a>, key: &str) -> Option<&'a Value> {
        debug_assert!(o.known.contains(&key));
        o.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A required text field.
    fn string(&mut self, o: &Obj, key: &str) -> String {
        match self.get(o, key) {
            Some(Value::String(s)) => s.clone(),
            None => {
                self.problem(&at(&o.loc, key), "is missing".into());
                String::new()
            }
            Some(v) => {
                self.expected(&at(&o.loc, key), "a text", v);
                String::new()
            }
        }
    }

    /// An optional text field: absent and `null` are the same.
    fn opt_string(&mut self, o: &Obj, key: &str) -> Option<String> {
        match self.get(o, key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(v) => {
                self.expected(&at(&o.loc, key), "a text or null", v);
                None
            }
        }
    }

    fn uncertain(&mut self, o: &Obj) -> Uncertain {
        match self.get(o, "uncertain") {
            None | Some(Value::Null | Value::Bool(false)) => None,
            Some(Value::Bool(true)) => Some(String::new()),
            // "false" in quotes means false: a note saying only that would be a slip (and
            // a spreadsheet cell cannot tell the two apart).
            Some(Value::String(s)) if s.trim().eq_ignore_ascii_case("false") => None,
            Some(Value::String(s)) if s.trim().eq_ignore_ascii_case("true") => Some(String::new()),
            Some(Value::String(s)) => Some(s.clone()),
            Some(v) => {
                self.expected(&at(&o.loc, "uncertain"), "true, false or a note", v);
                None
            }
        }
    }

    /// The items of a list field; absent is empty unless `required`.
    fn list<'a>(&mut self, o: &Obj<'a>, key: &str, required: bool) -> &'a [Value] {
        match self.get(o, key) {
            Some(Value::Array(items)) => items,
            None if !required => &[],
            None => {
                self.problem(&at(&o.loc, key), "is missing".into());
                &[]
            }
            Some(v) => {
                self.expected(&at(&o.loc, key), "a list", v);
                &[]
            }
        }
    }

    /// The place of item `i` of a list, named by its id when it has a text one.
    fn item_loc(parent: &str, list: &str, i: usize, v: &Value) -> String {
        let id = match v {
            Value::Object(f) => f.iter().find_map(|(k, v)| match (k.as_str(), v) {
                ("id", Value::String(s)) => Some(s.as_str()),
                _ => None,
            }),
            _ => None,
        };
        at(parent, &item(list, i, id.unwrap_or("")))
    }

    fn sources(&mut self, o: &Obj) -> Vec<Source> {
        let loc = o.loc.clone();
        let items = self.list(o, "sources", false);
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            if let Some(s) = self.obj(at(&loc, &format!("sources[{i}]")), v, &["title", "url"]) {
                out.push(Source {
                    title: self.string(&s, "title"),
                    url: self.opt_string(&s, "url"),
                });
            }
        }
        out
    }

    fn set(&mut self, root: &Value) -> ClauseSet {
        const FIELDS: &[&str] = &[
            "$schema",
            "format",
            "title",
            "description",
            "updated",
            "note",
            "parties",
            "topics",
            "drafts",
            "positions",
        ];
        let Some(o) = self.obj(String::new(), root, FIELDS) else {
            return ClauseSet::default();
        };
        let mut set = ClauseSet {
            format: self.string(&o, "format"),
            title: self.string(&o, "title"),
            description: self.opt_string(&o, "description"),
            updated: self.opt_string(&o, "updated"),
            note: self.opt_string(&o, "note"),
            ..ClauseSet::default()
        };
        for (i, v) in self.list(&o, "parties", false).iter().enumerate() {
            let loc = Self::item_loc("", "parties", i, v);
            if let Some(p) = self.obj(loc, v, &["id", "name", "color"]) {
                set.parties.push(Party {
                    id: self.string(&p, "id"),
                    name: self.string(&p, "name"),
                    color: self.opt_string(&p, "color"),
                });
            }
        }
        for (i, v) in self.list(&o, "topics", false).iter().enumerate() {
            let loc = Self::item_loc("", "topics", i, v);
            if let Some(t) = self.obj(loc, v, &["id", "label"]) {
                set.topics.push(Topic {
                    id: self.string(&t, "id"),
                    label: self.string(&t, "label"),
                });
            }
        }
        for (i, v) in self.list(&o, "drafts", true).iter().enumerate() {
            let loc = Self::item_loc("", "drafts", i, v);
            if let Some(d) = self.draft(loc, v) {
                set.drafts.push(d);
            }
        }
        for (i, v) in self.list(&o, "positions", false).iter().enumerate() {
            if let Some(p) = self.position(format!("positions[{i}]"), v) {
                set.positions.push(p);
            }
        }
        set
    }

    fn draft(&mut self, loc: String, v: &Value) -> Option<Draft> {
        const FIELDS: &[&str] = &[
            "id",
            "title",
            "date",
            "author",
            "note",
            "uncertain",
            "sources",
            "clauses",
        ];
        let d = self.obj(loc, v, FIELDS)?;
        let mut draft = Draft {
            id: self.string(&d, "id"),
            title: self.string(&d, "title"),
            date: self.string(&d, "date"),
            author: self.string(&d, "author"),
            note: self.opt_string(&d, "note"),
            uncertain: self.uncertain(&d),
            sources: self.sources(&d),
            clauses: Vec::new(),
        };
        for (j, v) in self.list(&d, "clauses", true).iter().enumerate() {
            let loc = Self::item_loc(&d.loc, "clauses", j, v);
            if let Some(c) = self.clause(loc, v) {
                draft.clauses.push(c);
            }
        }
        Some(draft)
    }

    fn clause(&mut self, loc: String, v: &Value) -> Option<Clause> {
        const FIELDS: &[&str] = &["id", "number", "topic", "text", "uncertain", "sources"];
        let c = self.obj(loc, v, FIELDS)?;
        let number = match self.get(&c, "number") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.clone(),
            None => {
                self.problem(&at(&c.loc, "number"), "is missing".into());
                String::new()
            }
            Some(v) => {
                self.expected(
                    &at(&c.loc, "number"),
                    "a number or a text such as \"10c\"",
                    v,
                );
                String::new()
            }
        };
        Some(Clause {
            id: self.string(&c, "id"),
            number,
            topic: self.opt_string(&c, "topic"),
            text: self.opt_string(&c, "text"),
            uncertain: self.uncertain(&c),
            sources: self.sources(&c),
        })
    }

    fn position(&mut self, loc: String, v: &Value) -> Option<Position> {
        const FIELDS: &[&str] = &[
            "party",
            "topic",
            "draft",
            "stance",
            "date",
            "summary",
            "text",
            "uncertain",
            "sources",
        ];
        let p = self.obj(loc, v, FIELDS)?;
        let stance = match self.get(&p, "stance") {
            Some(Value::String(s)) if Stance::parse(s).is_some() => Stance::parse(s),
            None => {
                self.problem(&at(&p.loc, "stance"), "is missing".into());
                None
            }
            Some(v) => {
                self.expected(
                    &at(&p.loc, "stance"),
                    "a stance (supports, opposes, conditional, proposed or unclear)",
                    v,
                );
                None
            }
        };
        Some(Position {
            party: self.string(&p, "party"),
            topic: self.opt_string(&p, "topic"),
            draft: self.opt_string(&p, "draft"),
            stance: stance.unwrap_or_default(),
            date: self.string(&p, "date"),
            summary: self.string(&p, "summary"),
            text: self.opt_string(&p, "text"),
            uncertain: self.uncertain(&p),
            sources: self.sources(&p),
        })
    }
}
