//! Where each problem is shown: the validator's path (`drafts[1] "d2" › date`) read
//! back into the id of the form field that holds that value (`draft-1-date`). The ids
//! are made here and nowhere else, so views and problems cannot drift apart.

use clausewise_engine::model::Problem;

pub fn set(field: &str) -> String {
    format!("set-{field}")
}
pub fn draft(i: usize, field: &str) -> String {
    format!("draft-{i}-{field}")
}
pub fn party(i: usize, field: &str) -> String {
    format!("party-{i}-{field}")
}
pub fn topic(id: &str) -> String {
    format!("topic-{id}")
}
pub fn position(i: usize, field: &str) -> String {
    format!("position-{i}-{field}")
}
pub fn source(position: usize, k: usize, field: &str) -> String {
    format!("position-{position}-source-{k}-{field}")
}

/// `drafts[1] "d2"` → ("drafts", Some(1)); `title` → ("title", None).
fn segment(s: &str) -> (&str, Option<usize>) {
    let head = s.split(' ').next().unwrap_or(s);
    match head.split_once('[') {
        Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
        None => (head.trim_matches('"'), None),
    }
}

/// The field a problem is about (the nearest one the editor shows).
pub fn field_of(problem: &Problem) -> String {
    let parts: Vec<(&str, Option<usize>)> = problem.location.split(" › ").map(segment).collect();
    let leaf = |k: usize| parts.get(k).map_or("", |p| p.0);
    match parts.first() {
        Some(("drafts", Some(i))) => match leaf(1) {
            "title" | "date" | "author" | "note" => draft(*i, leaf(1)),
            // A clause, the list of clauses: the text they come from.
            "clauses" => draft(*i, "text"),
            _ => draft(*i, "title"),
        },
        Some(("drafts", None)) => "drafts".into(),
        Some(("parties", Some(i))) => party(*i, if leaf(1) == "color" { "color" } else { "name" }),
        Some(("parties", None)) => "parties".into(),
        Some(("topics", Some(_))) => {
            let id = problem.location.split('"').nth(1).unwrap_or_default();
            topic(id)
        }
        Some(("positions", Some(i))) => match (leaf(1), parts.get(1).and_then(|p| p.1)) {
            ("sources", Some(k)) => source(*i, k, if leaf(2) == "url" { "url" } else { "title" }),
            (f @ ("party" | "stance" | "summary" | "date" | "text"), _) => position(*i, f),
            _ => position(*i, "summary"),
        },
        Some((f @ ("title" | "description" | "note" | "updated"), None)) => set(f),
        _ => set("title"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(location: &str) -> String {
        field_of(&Problem {
            location: location.into(),
            message: String::new(),
        })
    }

    #[test]
    fn paths_to_fields() {
        assert_eq!(at("title"), "set-title");
        assert_eq!(at("drafts[1] \"d2\" › date"), "draft-1-date");
        assert_eq!(
            at("drafts[0] \"d1\" › clauses[3] \"d1-3\" › text"),
            "draft-0-text"
        );
        assert_eq!(at("drafts[0] \"d1\" › clauses"), "draft-0-text");
        assert_eq!(
            at("positions[2] › sources[1] › url"),
            "position-2-source-1-url"
        );
        assert_eq!(at("positions[2] › summary"), "position-2-summary");
        assert_eq!(at("parties[0] \"ua\" › color"), "party-0-color");
        assert_eq!(at("topics[4] \"topic-3\" › label"), "topic-topic-3");
    }
}
