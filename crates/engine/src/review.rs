//! Checks before publishing a clause set: things that are not wrong in the format but
//! that a fact-checker would stop at. `clausewise check` prints them as warnings and the
//! test command runs them on every shipped set; the reader does not need them, so they
//! stay out of its download (nothing in the reader calls this module).

use crate::date;
use crate::model::{ClauseSet, Problem, Source};
use crate::text::{at, item, quote};
use std::collections::BTreeMap;

/// The first and the last day a date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can
/// mean, as `(y, m, d)` triples that compare in time order.
fn span(s: &str) -> Option<((u32, u32, u32), (u32, u32, u32))> {
    let (y, m, d) = date::parse(s)?;
    Some(match (m, d) {
        (0, _) => ((y, 1, 1), (y, 12, 31)),
        (m, 0) => ((y, m, 1), (y, m, 31)),
        _ => ((y, m, d), (y, m, d)),
    })
}

/// Whether `a` is surely before `b` (every day `a` can mean is before every day of `b`).
fn surely_before(a: &str, b: &str) -> bool {
    matches!((span(a), span(b)), (Some((_, a_last)), Some((b_first, _))) if a_last < b_first)
}

/// Every publishing warning for `set`, each with its place.
pub fn review(set: &ClauseSet) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut warn = |location: String, message: String| out.push(Problem { location, message });

    let mut latest: Option<(&str, String)> = None;
    let mut cited: Vec<(String, &[Source])> = Vec::new();
    for (i, d) in set.drafts.iter().enumerate() {
        let loc = item("drafts", i, &d.id);
        cited.push((loc.clone(), &d.sources));
        if latest
            .as_ref()
            .is_none_or(|(l, _)| surely_before(l, &d.date))
        {
            latest = Some((&d.date, loc.clone()));
        }
        for (j, c) in d.clauses.iter().enumerate() {
            cited.push((at(&loc, &item("clauses", j, &c.id)), &c.sources));
        }
    }
    for (i, p) in set.positions.iter().enumerate() {
        let loc = format!("positions[{i}]");
        cited.push((loc.clone(), &p.sources));
        if latest
            .as_ref()
            .is_none_or(|(l, _)| surely_before(l, &p.date))
        {
            latest = Some((&p.date, loc.clone()));
        }
        let draft = p
            .draft
            .as_deref()
            .and_then(|id| set.drafts.iter().find(|d| d.id == id));
        if let Some(d) = draft
            && surely_before(&p.date, &d.date)
        {
            warn(
                at(&loc, "date"),
                format!(
                    "{} is before the date of the draft it is about, {} ({})",
                    quote(&p.date, 20),
                    quote(&d.id, 40),
                    d.date
                ),
            );
        }
    }
    // One address, one title: two titles for one page usually mean one of them is wrong.
    let mut titles: BTreeMap<&str, (&str, String)> = BTreeMap::new();
    for (loc, sources) in cited {
        for (k, s) in sources.iter().enumerate() {
            let Some(url) = s.url.as_deref() else {
                continue;
            };
            let sloc = at(&loc, &format!("sources[{k}]"));
            // The path only: a query or fragment may carry a whole address (an archive link).
            let path = url
                .split(['?', '#'])
                .next()
                .and_then(|u| u.split_once("://"))
                .and_then(|(_, rest)| rest.split_once('/'));
            if path.is_some_and(|(_, p)| p.starts_with('/') || p.contains("//")) {
                warn(
                    at(&sloc, "url"),
                    format!(
                        "{} has an empty path segment (\"//\"): is the address broken?",
                        quote(url, 80)
                    ),
                );
            }
            match titles.get(url) {
                Some((title, first)) if *title != s.title => warn(
                    at(&sloc, "title"),
                    format!(
                        "{} differs from the title of the same address at {first}: {}",
                        quote(&s.title, 60),
                        quote(title, 60)
                    ),
                ),
                Some(_) => {}
                None => {
                    titles.insert(url, (&s.title, sloc));
                }
            }
        }
    }
    if let (Some(updated), Some((last, loc))) = (set.updated.as_deref(), latest)
        && surely_before(updated, last)
    {
        warn(
            "updated".into(),
            format!(
                "{} is before the latest dated item ({last}, at {loc}): when were the facts last checked?",
                quote(updated, 20)
            ),
        );
    }
    out
}
