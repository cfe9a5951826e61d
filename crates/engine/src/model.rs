//! The clause-set data model: what a `clausewise/1` file decodes into.
//!
//! Plain data only. [`crate::decode`] builds it from JSON, reporting shape problems with
//! their paths; whether a decoded set makes sense is [`crate::validate`]'s job; [`to_json`]
//! writes it back in the canonical form (the command line's `convert`, the editor).

use crate::json::write_string;
use std::fmt;

pub const FORMAT: &str = "clausewise/1";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClauseSet {
    pub format: String,
    pub title: String,
    pub description: Option<String>,
    /// When the set was last checked: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub updated: Option<String>,
    /// The sourcing line under the comparison ("texts are summaries of…", "quoted from…").
    pub note: Option<String>,
    pub parties: Vec<Party>,
    pub topics: Vec<Topic>,
    pub drafts: Vec<Draft>,
    pub positions: Vec<Position>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub color: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Topic {
    pub id: String,
    pub label: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub id: String,
    pub title: String,
    pub date: String,
    pub author: String,
    pub note: Option<String>,
    pub uncertain: Uncertain,
    pub sources: Vec<Source>,
    pub clauses: Vec<Clause>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clause {
    pub id: String,
    /// As printed: "6", "10c", "Article 5". A JSON number is kept as written.
    pub number: String,
    pub topic: Option<String>,
    /// `None`: the wording was never reported (the clause then carries an `uncertain` note).
    pub text: Option<String>,
    pub sources: Vec<Source>,
    pub uncertain: Uncertain,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub party: String,
    /// `None`: the position is about the whole of `draft` (or of the set, without a draft).
    pub topic: Option<String>,
    pub stance: Stance,
    pub summary: String,
    pub date: String,
    pub sources: Vec<Source>,
    pub draft: Option<String>,
    /// The wording the party proposed.
    pub text: Option<String>,
    pub uncertain: Uncertain,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    pub title: String,
    /// `None` for a source that is not on the web (minutes, a printed document).
    pub url: Option<String>,
}

/// `"uncertain"`: absent or `false` is `None`; `true` is `Some("")`; a note is `Some(note)`.
pub type Uncertain = Option<String>;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    Supports,
    Opposes,
    Conditional,
    Proposed,
    #[default]
    Unclear,
}

/// Which way a stance leans, for spotting disagreement between parties.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaning {
    For,
    Against,
    Neither,
}

impl Stance {
    pub const ALL: [Stance; 5] = [
        Stance::Supports,
        Stance::Opposes,
        Stance::Conditional,
        Stance::Proposed,
        Stance::Unclear,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Opposes => "opposes",
            Stance::Conditional => "conditional",
            Stance::Proposed => "proposed",
            Stance::Unclear => "unclear",
        }
    }

    pub fn parse(s: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// A shape that carries the stance without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Stance::Supports => "✓",
            Stance::Opposes => "✗",
            Stance::Conditional => "◐",
            Stance::Proposed => "✎",
            Stance::Unclear => "?",
        }
    }

    pub fn leaning(self) -> Leaning {
        match self {
            // Proposing a wording is an endorsement of it.
            Stance::Supports | Stance::Proposed => Leaning::For,
            Stance::Opposes => Leaning::Against,
            Stance::Conditional | Stance::Unclear => Leaning::Neither,
        }
    }
}

impl ClauseSet {
    pub fn draft(&self, id: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.id == id)
    }

    pub fn topic_label(&self, id: &str) -> Option<&str> {
        self.topics
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.label.as_str())
    }

    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }
}

/// Why a clause set could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// The file is larger than [`crate::validate::limits::FILE_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// The text is not JSON at all.
    NotJson(crate::json::SyntaxError),
    /// JSON, but not a usable clause set: each problem says where and what, whether it is
    /// one of shape (a wrong type, a missing field) or of meaning (an unknown topic).
    Invalid(Vec<Problem>),
}

/// One problem (or warning) in a clause set: where (a readable path) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub location: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.location, self.message)
        }
    }
}

impl DataError {
    /// One sentence for the reader; [`DataError::problems`] has the details.
    pub fn headline(&self) -> String {
        match self {
            DataError::TooLarge { bytes, limit } => {
                format!("the file is too large ({bytes} bytes; the limit is {limit} bytes)")
            }
            DataError::NotJson(e) => format!("the file is not JSON: {e}"),
            DataError::Invalid(problems) => match problems.len() {
                1 => format!("the clause set has a problem: {}", problems[0]),
                n => format!("the clause set has {n} problems"),
            },
        }
    }

    /// The problems to list under the headline (none when the headline says it all).
    pub fn problems(&self) -> &[Problem] {
        match self {
            DataError::Invalid(p) if p.len() > 1 => p,
            _ => &[],
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.headline())?;
        for (i, p) in self.problems().iter().enumerate() {
            write!(f, "{}{p}", if i == 0 { ": " } else { "; " })?;
        }
        Ok(())
    }
}

/// Writes a set as `clausewise/1` JSON, two-space indented, fields in the documented order,
/// optional fields only when set. Decoding the result gives the same set back.
pub fn to_json(set: &ClauseSet) -> String {
    let mut w = Writer {
        out: String::new(),
        indent: 0,
        first: true,
    };
    w.open('{');
    w.str("format", &set.format);
    w.str("title", &set.title);
    w.opt("description", &set.description);
    w.opt("updated", &set.updated);
    w.opt("note", &set.note);
    if !set.parties.is_empty() {
        w.list("parties", &set.parties, |w, p| {
            w.str("id", &p.id);
            w.str("name", &p.name);
            w.opt("color", &p.color);
        });
    }
    if !set.topics.is_empty() {
        w.list("topics", &set.topics, |w, t| {
            w.str("id", &t.id);
            w.str("label", &t.label);
        });
    }
    w.list("drafts", &set.drafts, |w, d| {
        w.str("id", &d.id);
        w.str("title", &d.title);
        w.str("date", &d.date);
        w.str("author", &d.author);
        w.opt("note", &d.note);
        w.uncertain(&d.uncertain);
        w.sources(&d.sources);
        w.list("clauses", &d.clauses, |w, c| {
            w.str("id", &c.id);
            w.str("number", &c.number);
            w.opt("topic", &c.topic);
            match &c.text {
                Some(t) => w.str("text", t),
                None => {
                    w.key("text");
                    w.out.push_str("null");
                }
            }
            w.uncertain(&c.uncertain);
            w.sources(&c.sources);
        });
    });
    if !set.positions.is_empty() {
        w.list("positions", &set.positions, |w, p| {
            w.str("party", &p.party);
            w.opt("topic", &p.topic);
            w.opt("draft", &p.draft);
            w.str("stance", p.stance.as_str());
            w.str("date", &p.date);
            w.str("summary", &p.summary);
            w.opt("text", &p.text);
            w.uncertain(&p.uncertain);
            w.sources(&p.sources);
        });
    }
    w.close('}');
    w.out.push('\n');
    w.out
}

struct Writer {
    out: String,
    indent: usize,
    first: bool,
}

impl Writer {
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }
    fn open(&mut self, c: char) {
        self.out.push(c);
        self.indent += 1;
        self.first = true;
    }
    fn close(&mut self, c: char) {
        self.indent -= 1;
        if !self.first {
            self.newline();
        }
        self.out.push(c);
        self.first = false;
    }
    fn item(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.newline();
    }
    fn key(&mut self, k: &str) {
        self.item();
        write_string(&mut self.out, k);
        self.out.push_str(": ");
    }
    fn str(&mut self, k: &str, v: &str) {
        self.key(k);
        write_string(&mut self.out, v);
    }
    fn opt(&mut self, k: &str, v: &Option<String>) {
        if let Some(v) = v {
            self.str(k, v);
        }
    }
    fn uncertain(&mut self, u: &Uncertain) {
        match u.as_deref() {
            None => {}
            Some("") => {
                self.key("uncertain");
                self.out.push_str("true");
            }
            Some(note) => self.str("uncertain", note),
        }
    }
    fn sources(&mut self, sources: &[Source]) {
        if !sources.is_empty() {
            self.list("sources", sources, |w, s| {
                w.str("title", &s.title);
                w.opt("url", &s.url);
            });
        }
    }
    fn list<T>(&mut self, k: &str, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.key(k);
        self.open('[');
        for it in items {
            self.item();
            self.open('{');
            f(self, it);
            self.close('}');
        }
        self.close(']');
    }
}
