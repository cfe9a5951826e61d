//! Checks that a decoded [`ClauseSet`] makes sense, and hands out a [`ValidClauseSet`].
//!
//! Everything downstream (alignment, rendering) may assume what is checked here: ids are
//! unique, references resolve, texts are non-empty and bounded, links are http(s). Data
//! files are untrusted, so the limits bound the work a hostile file can cause.

use crate::model::{ClauseSet, DataError, FORMAT, Problem, Source};
use std::collections::HashMap;
use std::ops::Deref;

pub mod limits {
    pub const FILE_BYTES: usize = 2_000_000;
    pub const PARTIES: usize = 16;
    pub const TOPICS: usize = 500;
    pub const DRAFTS: usize = 20;
    pub const CLAUSES_PER_DRAFT: usize = 300;
    pub const POSITIONS: usize = 2_000;
    pub const SOURCES_PER_ITEM: usize = 20;
    pub const TEXT_CHARS: usize = 10_000;
    pub const LABEL_CHARS: usize = 1_000;
    pub const ID_CHARS: usize = 64;
    pub const URL_CHARS: usize = 2_000;
    /// More problems than this are not worth listing: the file needs rewriting.
    pub const REPORTED_PROBLEMS: usize = 100;
}

/// A clause set that passed [`validate`]. The only way to get one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidClauseSet(ClauseSet);

impl Deref for ValidClauseSet {
    type Target = ClauseSet;
    fn deref(&self) -> &ClauseSet {
        &self.0
    }
}

pub fn validate(set: ClauseSet) -> Result<ValidClauseSet, DataError> {
    let mut c = Checker::default();
    c.check(&set);
    if c.problems.is_empty() {
        Ok(ValidClauseSet(set))
    } else {
        c.problems.truncate(limits::REPORTED_PROBLEMS);
        Err(DataError::Invalid(c.problems))
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    places: Vec<String>,
}

fn at(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent} › {child}")
    }
}

fn item(list: &str, i: usize, id: &str) -> String {
    if id.is_empty() {
        format!("{list}[{i}]")
    } else {
        format!("{list}[{i}] \"{}\"", shorten(id))
    }
}

/// Quoting a hostile 10 KB string back at the reader helps nobody: at most `max`
/// characters of it are.
pub(crate) fn shorten_to(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let head: String = s.chars().take(max).collect();
        format!("{head}…")
    }
}

fn shorten(s: &str) -> String {
    shorten_to(s, 60)
}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= limits::ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

pub fn is_valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    matches!((num(0..4), num(5..7), num(8..10)),
        (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d))
}

pub fn is_safe_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() > "http://".len()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn is_valid_color(c: &str) -> bool {
    let hex = c.strip_prefix('#').unwrap_or("");
    (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

impl Checker {
    fn problem(&mut self, location: String, message: impl Into<String>) {
        self.problems.push(Problem {
            location,
            message: message.into(),
        });
    }

    fn id(&mut self, loc: &str, id: &str) {
        if !is_valid_id(id) {
            self.problem(
                at(loc, "id"),
                format!(
                    "\"{}\" is not a valid id (1–{} characters of a-z, 0-9, - and _)",
                    shorten(id),
                    limits::ID_CHARS
                ),
            );
        }
    }

    fn text(&mut self, loc: &str, field: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.problem(at(loc, field), "is empty");
        } else if value.chars().count() > max {
            self.problem(at(loc, field), format!("is longer than {max} characters"));
        }
    }

    fn date(&mut self, loc: &str, field: &str, value: &str) {
        if !is_valid_date(value) {
            self.problem(
                at(loc, field),
                format!(
                    "\"{}\" is not a date in the form YYYY-MM-DD",
                    shorten(value)
                ),
            );
        }
    }

    fn count(&mut self, loc: &str, what: &str, n: usize, max: usize) -> bool {
        if n > max {
            self.problem(
                at(loc, what),
                format!("has {n} entries; the limit is {max}"),
            );
            false
        } else {
            true
        }
    }

    fn sources(&mut self, loc: &str, sources: &[Source], required: bool) {
        if required && sources.is_empty() {
            self.problem(at(loc, "sources"), "needs at least one source link");
        }
        if !self.count(loc, "sources", sources.len(), limits::SOURCES_PER_ITEM) {
            return;
        }
        for (i, s) in sources.iter().enumerate() {
            let sloc = at(loc, &format!("sources[{i}]"));
            self.text(&sloc, "title", &s.title, limits::LABEL_CHARS);
            if s.url.len() > limits::URL_CHARS {
                self.problem(
                    at(&sloc, "url"),
                    format!("is longer than {} characters", limits::URL_CHARS),
                );
            } else if !is_safe_url(&s.url) {
                self.problem(
                    at(&sloc, "url"),
                    format!("\"{}\" is not an http(s) link", shorten(&s.url)),
                );
            }
        }
    }

    /// Records `id` as seen at `loc`; a second sighting is a duplicate. The maps hold an
    /// index into `places` rather than the place itself: one map type in the bundle.
    fn unique<'a>(
        &mut self,
        seen: &mut HashMap<&'a str, usize>,
        kind: &str,
        id: &'a str,
        loc: &str,
    ) {
        if let Some(&first) = seen.get(id) {
            let message = format!(
                "duplicate {kind} id \"{}\" (first used at {})",
                shorten(id),
                self.places[first]
            );
            self.problem(loc.to_string(), message);
        } else {
            seen.insert(id, self.places.len());
            self.places.push(loc.to_string());
        }
    }

    fn check(&mut self, set: &ClauseSet) {
        if set.format != FORMAT {
            self.problem(
                "format".into(),
                format!("is \"{}\"; expected \"{FORMAT}\"", shorten(&set.format)),
            );
        }
        self.text("", "title", &set.title, limits::LABEL_CHARS);
        self.text("", "description", &set.description, limits::TEXT_CHARS);
        self.date("", "updated", &set.updated);

        let mut parties = HashMap::new();
        if self.count("", "parties", set.parties.len(), limits::PARTIES) {
            for (i, p) in set.parties.iter().enumerate() {
                let loc = item("parties", i, &p.id);
                self.id(&loc, &p.id);
                self.unique(&mut parties, "party", &p.id, &loc);
                self.text(&loc, "name", &p.name, limits::LABEL_CHARS);
                if let Some(c) = &p.color {
                    if !is_valid_color(c) {
                        self.problem(
                            at(&loc, "color"),
                            format!("\"{}\" is not a colour like #1f5fbf", shorten(c)),
                        );
                    }
                }
            }
        }

        let mut topics = HashMap::new();
        if self.count("", "topics", set.topics.len(), limits::TOPICS) {
            for (i, t) in set.topics.iter().enumerate() {
                let loc = item("topics", i, &t.id);
                self.id(&loc, &t.id);
                self.unique(&mut topics, "topic", &t.id, &loc);
                self.text(&loc, "label", &t.label, limits::LABEL_CHARS);
            }
        }

        let mut drafts = HashMap::new();
        let mut clauses = HashMap::new();
        if set.drafts.is_empty() {
            self.problem("drafts".into(), "needs at least one draft");
        }
        if self.count("", "drafts", set.drafts.len(), limits::DRAFTS) {
            for (i, d) in set.drafts.iter().enumerate() {
                let loc = item("drafts", i, &d.id);
                self.id(&loc, &d.id);
                self.unique(&mut drafts, "draft", &d.id, &loc);
                self.text(&loc, "title", &d.title, limits::LABEL_CHARS);
                self.text(&loc, "author", &d.author, limits::LABEL_CHARS);
                self.date(&loc, "date", &d.date);
                if let Some(n) = &d.note {
                    self.text(&loc, "note", n, limits::LABEL_CHARS);
                }
                self.sources(&loc, &d.sources, false);
                if d.clauses.is_empty() {
                    self.problem(at(&loc, "clauses"), "needs at least one clause");
                }
                if !self.count(&loc, "clauses", d.clauses.len(), limits::CLAUSES_PER_DRAFT) {
                    continue;
                }
                for (j, cl) in d.clauses.iter().enumerate() {
                    let cloc = at(&loc, &item("clauses", j, &cl.id));
                    self.id(&cloc, &cl.id);
                    self.unique(&mut clauses, "clause", &cl.id, &cloc);
                    self.text(&cloc, "number", &cl.number, limits::ID_CHARS);
                    self.text(&cloc, "text", &cl.text, limits::TEXT_CHARS);
                    if let Some(t) = &cl.topic {
                        if !topics.contains_key(t.as_str()) {
                            self.problem(
                                at(&cloc, "topic"),
                                format!("unknown topic \"{}\"", shorten(t)),
                            );
                        }
                    }
                    if let Some(u) = &cl.uncertain {
                        self.text(&cloc, "uncertain", u, limits::LABEL_CHARS);
                    }
                    self.sources(&cloc, &cl.sources, false);
                }
            }
        }

        if self.count("", "positions", set.positions.len(), limits::POSITIONS) {
            for (i, p) in set.positions.iter().enumerate() {
                let loc = format!("positions[{i}]");
                if !parties.contains_key(p.party.as_str()) {
                    self.problem(
                        at(&loc, "party"),
                        format!("unknown party \"{}\"", shorten(&p.party)),
                    );
                }
                if !topics.contains_key(p.topic.as_str()) {
                    self.problem(
                        at(&loc, "topic"),
                        format!("unknown topic \"{}\"", shorten(&p.topic)),
                    );
                }
                if let Some(d) = &p.draft {
                    if !drafts.contains_key(d.as_str()) {
                        self.problem(
                            at(&loc, "draft"),
                            format!("unknown draft \"{}\"", shorten(d)),
                        );
                    }
                }
                self.text(&loc, "summary", &p.summary, limits::LABEL_CHARS);
                self.date(&loc, "date", &p.date);
                if let Some(t) = &p.text {
                    self.text(&loc, "text", t, limits::TEXT_CHARS);
                }
                if let Some(u) = &p.uncertain {
                    self.text(&loc, "uncertain", u, limits::LABEL_CHARS);
                }
                self.sources(&loc, &p.sources, true);
            }
        }
    }
}
