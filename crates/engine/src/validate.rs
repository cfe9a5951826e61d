//! Checks that a decoded [`ClauseSet`] makes sense, and hands out a [`ValidClauseSet`].
//!
//! Everything downstream (alignment, rendering) may assume what is checked here: ids are
//! unique, references resolve, texts are non-empty and bounded, links are http(s) with a
//! host, dates are real. Data files are untrusted, so the limits bound the work a hostile
//! file can cause. Some things are worth saying but not worth refusing a file for (a
//! position with no source): those are warnings.

use crate::date;
use crate::model::{ClauseSet, FORMAT, Problem, Source, Uncertain};
use crate::text::WordMap;
use crate::text::{at, item, nearest, quote};
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

impl ValidClauseSet {
    pub fn into_inner(self) -> ClauseSet {
        self.0
    }
}

/// The set if it is valid, else its problems; and the warnings either way.
pub fn validate(set: ClauseSet) -> (Result<ValidClauseSet, Vec<Problem>>, Vec<Problem>) {
    let mut c = Checker::default();
    c.check(&set);
    let result = if c.problems.is_empty() {
        Ok(ValidClauseSet(set))
    } else {
        Err(c.problems)
    };
    (result, c.warnings)
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
    places: Vec<String>,
}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= limits::ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// `http://` or `https://` (any case), then a host, and nothing a browser would read
/// differently from how it looks: no white space, no control characters.
pub fn is_safe_url(url: &str) -> bool {
    // Compared as bytes: a non-ASCII host right after the scheme must not make the
    // prefix unreadable.
    let scheme = |p: &str| {
        url.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    let rest = if scheme("https://") {
        &url[8..]
    } else if scheme("http://") {
        &url[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    // After the last `@` (user info): by bytes, as a backward string searcher costs bytes.
    let host = &host[host.bytes().rposition(|b| b == b'@').map_or(0, |i| i + 1)..];
    !host.is_empty()
        && host.starts_with(|c: char| c.is_alphanumeric() || c == '[')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_'))
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
                    "{} is not a valid id (1–{} characters of a-z, 0-9, - and _)",
                    quote(id, 60),
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

    fn opt_text(&mut self, loc: &str, field: &str, value: &Option<String>, max: usize) {
        if let Some(v) = value {
            self.text(loc, field, v, max);
        }
    }

    fn uncertain(&mut self, loc: &str, u: &Uncertain) {
        // `true` is stored as an empty note: nothing to check.
        if let Some(note) = u.as_deref().filter(|n| !n.is_empty()) {
            self.text(loc, "uncertain", note, limits::LABEL_CHARS);
        }
    }

    fn date(&mut self, loc: &str, field: &str, value: &str) {
        if !date::is_valid(value) {
            self.problem(
                at(loc, field),
                format!(
                    "{} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day",
                    quote(value, 40)
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

    fn sources(&mut self, loc: &str, sources: &[Source]) {
        if !self.count(loc, "sources", sources.len(), limits::SOURCES_PER_ITEM) {
            return;
        }
        for (i, s) in sources.iter().enumerate() {
            let sloc = at(loc, &format!("sources[{i}]"));
            self.text(&sloc, "title", &s.title, limits::LABEL_CHARS);
            let Some(url) = &s.url else { continue };
            if url.len() > limits::URL_CHARS {
                self.problem(
                    at(&sloc, "url"),
                    format!("is longer than {} characters", limits::URL_CHARS),
                );
            } else if !is_safe_url(url) {
                self.problem(
                    at(&sloc, "url"),
                    format!(
                        "{} is not a web link (http:// or https:// and a host)",
                        quote(url, 60)
                    ),
                );
            }
        }
    }

    /// Records `id` as seen at `loc`; a second sighting is a duplicate. The maps hold an
    /// index into `places` rather than the place itself: one map type in the bundle.
    fn unique<'a>(&mut self, seen: &mut WordMap<'a>, kind: &str, id: &'a str, loc: &str) {
        if let Some(&first) = seen.get(id) {
            let message = format!(
                "duplicate {kind} id {} (first used at {})",
                quote(id, 60),
                self.places[first]
            );
            self.problem(loc.to_string(), message);
        } else {
            seen.insert(id, self.places.len());
            self.places.push(loc.to_string());
        }
    }

    /// `id` must be one of `known`; `in_order` lists the same ids in file order, for a
    /// "did you mean" that is the same on every run (a map's order is not).
    fn reference(&mut self, loc: &str, kind: &str, id: &str, known: &WordMap, in_order: &[&str]) {
        if !known.contains_key(id) {
            // Only the first few hundred ids are searched for a near miss: hints are a
            // courtesy, and a hostile file must not make each problem cost the whole set.
            let hint = nearest(id, in_order.iter().copied().take(500))
                .map(|n| format!(" (did you mean \"{n}\"?)"))
                .unwrap_or_default();
            self.problem(
                at(loc, kind),
                format!("unknown {kind} {}{hint}", quote(id, 60)),
            );
        }
    }

    fn check(&mut self, set: &ClauseSet) {
        if set.format != FORMAT {
            self.problem(
                "format".into(),
                format!("is {}; expected \"{FORMAT}\"", quote(&set.format, 40)),
            );
        }
        self.text("", "title", &set.title, limits::LABEL_CHARS);
        self.opt_text("", "description", &set.description, limits::TEXT_CHARS);
        self.opt_text("", "note", &set.note, limits::LABEL_CHARS);
        if let Some(u) = &set.updated {
            self.date("", "updated", u);
        }

        let party_ids: Vec<&str> = set.parties.iter().map(|p| p.id.as_str()).collect();
        let topic_ids: Vec<&str> = set.topics.iter().map(|t| t.id.as_str()).collect();
        let draft_ids: Vec<&str> = set.drafts.iter().map(|d| d.id.as_str()).collect();
        let mut parties = WordMap::default();
        if self.count("", "parties", set.parties.len(), limits::PARTIES) {
            for (i, p) in set.parties.iter().enumerate() {
                let loc = item("parties", i, &p.id);
                self.id(&loc, &p.id);
                self.unique(&mut parties, "party", &p.id, &loc);
                self.text(&loc, "name", &p.name, limits::LABEL_CHARS);
                if let Some(c) = p.color.as_deref().filter(|c| !is_valid_color(c)) {
                    self.problem(
                        at(&loc, "color"),
                        format!("{} is not a colour like #1f5fbf", quote(c, 40)),
                    );
                }
            }
        }

        let mut topics = WordMap::default();
        if self.count("", "topics", set.topics.len(), limits::TOPICS) {
            for (i, t) in set.topics.iter().enumerate() {
                let loc = item("topics", i, &t.id);
                self.id(&loc, &t.id);
                self.unique(&mut topics, "topic", &t.id, &loc);
                self.text(&loc, "label", &t.label, limits::LABEL_CHARS);
            }
        }

        let mut drafts = WordMap::default();
        let mut clauses = WordMap::default();
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
                self.opt_text(&loc, "note", &d.note, limits::LABEL_CHARS);
                self.uncertain(&loc, &d.uncertain);
                self.sources(&loc, &d.sources);
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
                    match &cl.text {
                        Some(t) => self.text(&cloc, "text", t, limits::TEXT_CHARS),
                        // Unknown wording is allowed only when the file says why.
                        None if cl.uncertain.as_deref().is_none_or(str::is_empty) => self.problem(
                            at(&cloc, "text"),
                            "is missing: give the wording, or, if it was never reported, \
                             \"text\": null with a note such as \"uncertain\": \"Wording not reported\"",
                        ),
                        None => {}
                    }
                    if let Some(t) = &cl.topic {
                        self.reference(&cloc, "topic", t, &topics, &topic_ids);
                    }
                    self.uncertain(&cloc, &cl.uncertain);
                    self.sources(&cloc, &cl.sources);
                }
            }
        }

        if self.count("", "positions", set.positions.len(), limits::POSITIONS) {
            for (i, p) in set.positions.iter().enumerate() {
                let loc = format!("positions[{i}]");
                self.reference(&loc, "party", &p.party, &parties, &party_ids);
                if let Some(t) = &p.topic {
                    self.reference(&loc, "topic", t, &topics, &topic_ids);
                }
                if let Some(d) = &p.draft {
                    self.reference(&loc, "draft", d, &drafts, &draft_ids);
                }
                self.text(&loc, "summary", &p.summary, limits::LABEL_CHARS);
                self.date(&loc, "date", &p.date);
                self.opt_text(&loc, "text", &p.text, limits::TEXT_CHARS);
                self.uncertain(&loc, &p.uncertain);
                self.sources(&loc, &p.sources);
                if p.sources.is_empty() {
                    self.warnings.push(Problem {
                        location: at(&loc, "sources"),
                        message: "no source given: readers will see \"no source given\"".into(),
                    });
                }
            }
        }
    }
}
