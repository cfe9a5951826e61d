//! The clause-set data model: what a `clausewise/1` file decodes into.
//!
//! Plain data only. [`decode`] works with any serde deserializer (serde-wasm-bindgen in
//! the browser, serde_json in native tests). In the browser, `load` works out where in
//! the file a shape error is; whether a decoded set makes sense is
//! [`crate::validate`]'s job.

use serde::Deserialize;
use std::fmt;

pub const FORMAT: &str = "clausewise/1";

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]

pub struct ClauseSet {
    pub format: String,
    pub title: String,
    pub description: String,
    pub updated: String,
    pub parties: Vec<Party>,
    pub topics: Vec<Topic>,
    pub drafts: Vec<Draft>,
    #[serde(default)]
    pub positions: Vec<Position>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]

pub struct Party {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub color: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]

pub struct Topic {
    pub id: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]

pub struct Draft {
    pub id: String,
    pub title: String,
    pub date: String,
    pub author: String,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<Source>,
    pub clauses: Vec<Clause>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]

pub struct Clause {
    pub id: String,
    pub number: String,
    #[serde(default)]
    pub topic: Option<String>,
    pub text: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub uncertain: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]

pub struct Position {
    pub party: String,
    pub topic: String,
    pub stance: Stance,
    pub summary: String,
    pub date: String,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub draft: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub uncertain: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]

pub struct Source {
    pub title: String,
    pub url: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Supports,
    Opposes,
    Conditional,
    Proposed,
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

/// Why a clause set could not be used. Every variant says where the problem is.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// The file is larger than [`crate::validate::limits::FILE_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// The text is not JSON at all; `detail` is the parser's own message, with its position.
    NotJson { detail: String },
    /// JSON, but not the shape of a clause set: a missing field, a wrong type, an unknown field.
    Shape { path: String, detail: String },
    /// The right shape, but the content is wrong: unknown references, duplicates, bad links…
    Invalid(Vec<Problem>),
}

/// One validation problem: where (a readable path) and what.
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

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::TooLarge { bytes, limit } => write!(
                f,
                "the file is too large ({bytes} bytes; the limit is {limit} bytes)"
            ),
            DataError::NotJson { detail } => write!(f, "the file is not JSON ({detail})"),
            DataError::Shape { path, detail } if path.is_empty() || path == "." => {
                write!(f, "the file is not a clause set: {detail}")
            }
            DataError::Shape { path, detail } => {
                write!(f, "the file is not a clause set: at {path}: {detail}")
            }
            DataError::Invalid(problems) => {
                let n = problems.len();
                write!(
                    f,
                    "the clause set has {n} problem{}: ",
                    if n == 1 { "" } else { "s" }
                )?;
                for (i, p) in problems.iter().take(5).enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{p}")?;
                }
                if n > 5 {
                    write!(f, "; and {} more", n - 5)?;
                }
                Ok(())
            }
        }
    }
}

/// Decodes a clause set from any serde deserializer. The error's path is left empty.
pub fn decode<'de, D: serde::Deserializer<'de>>(de: D) -> Result<ClauseSet, DataError> {
    ClauseSet::deserialize(de).map_err(|e| DataError::Shape {
        path: String::new(),
        detail: e.to_string(),
    })
}
