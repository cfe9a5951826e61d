//! Generated clause sets: valid ones with every optional field randomly present, a writer
//! that spells the same set in the many ways the format allows (independently of the
//! engine's own `to_json`), and single mutations that break a valid set at a known place.

use super::rng::Rng;
use clausewise_engine::model::{
    Clause, ClauseSet, Draft, FORMAT, Party, Position, Source, Stance, Topic, Uncertain,
};
use serde_json::{Map, Value};

/// Words for generated text, including the ones that look like markup or need escaping.
pub const WORDS: &[&str] = &[
    "the",
    "army",
    "is",
    "capped",
    "at",
    "600,000",
    "soldiers",
    "trade",
    "resumes",
    "after",
    "signing",
    "border",
    "line",
    "of",
    "contact",
    "amnesty",
    "elections",
    "within",
    "100",
    "days",
    "<https://fsf.org/>",
    "a < b",
    "&amp;",
    "<script>alert(1)</script>",
    "\"quoted\"",
    "back\\slash",
    "émigré",
    "Київ",
    "日本語",
    "😀",
    "tab\there",
    "new\nline",
    "50%",
    "x>y",
    "'single'",
    "del\u{7f}",
    "sep\u{2028}",
    "nul\u{1}",
    "/slash/",
];

pub const GOOD_URLS: &[&str] = &[
    "https://example.org/a?b#c",
    "http://localhost:8080/x",
    "HTTPS://EXAMPLE.ORG",
    "https://[::1]/",
    "https://münchen.example/straße",
    "https://user@host.example/p",
    "https://example.org/search?q=a<b&c=\"d\"",
    "http://e.x",
];

pub const BAD_URLS: &[&str] = &[
    "https://",
    " javascript:alert(1)",
    "javascript:alert(1)",
    "JaVaScRiPt:x",
    "http://exa mple.org",
    "ftp://example.org",
    "//example.org",
    "data:text/html,<b>x</b>",
    "https:///path",
    "https://?q",
    "mailto:a@example.org",
];

pub const BAD_DATES: &[&str] = &[
    "2025-02-31",
    "2025-13",
    "25-01-01",
    "2025-1-01",
    "2025-01-1",
    "",
    "1 Dec 2025",
    "2025/01/01",
    "2025-00",
    "2025-01-00",
    "2025-04-31",
    "1900-02-29",
    "2025-01-01-",
    "2025-",
    "20255",
    "２０２５",
];

pub fn text(rng: &mut Rng, max_words: usize) -> String {
    let n = rng.range(1, max_words);
    let mut words: Vec<&str> = (0..n).map(|_| *rng.pick(WORDS)).collect();
    // The first word never starts with white space, so the text is never blank.
    if words[0].starts_with(char::is_whitespace) {
        words[0] = "x";
    }
    words.join(" ")
}

pub fn days_in(year: u32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub fn date(rng: &mut Rng) -> String {
    let y = rng.range(1990, 2030) as u32;
    let m = rng.range(1, 12) as u32;
    match rng.below(4) {
        0 => format!("{y}"),
        1 => format!("{y}-{m:02}"),
        _ => format!("{y}-{m:02}-{:02}", rng.range(1, days_in(y, m) as usize)),
    }
}

fn maybe(rng: &mut Rng, percent: u32, f: impl FnOnce(&mut Rng) -> String) -> Option<String> {
    rng.chance(percent).then(|| f(rng))
}

pub fn uncertain(rng: &mut Rng) -> Uncertain {
    match rng.below(10) {
        0..=4 => None,
        5 | 6 => Some(String::new()),
        _ => Some(text(rng, 6)),
    }
}

pub fn sources(rng: &mut Rng, max: usize) -> Vec<Source> {
    (0..rng.range(0, max))
        .map(|_| Source {
            title: text(rng, 4),
            url: rng.chance(70).then(|| rng.pick(GOOD_URLS).to_string()),
        })
        .collect()
}

/// What a generated set is made of; the knobs the compare tests turn.
#[derive(Clone, Copy)]
pub struct Shape {
    pub max_parties: usize,
    pub max_topics: usize,
    pub max_drafts: usize,
    pub max_clauses: usize,
    pub max_positions: usize,
    /// Percent of clauses whose wording is unreported.
    pub unreported: u32,
    /// Percent of clauses with a topic.
    pub topiced: u32,
    /// Percent of positions without a topic (about a whole draft or the set).
    pub whole: u32,
}

impl Default for Shape {
    fn default() -> Shape {
        Shape {
            max_parties: 4,
            max_topics: 6,
            max_drafts: 4,
            max_clauses: 6,
            max_positions: 8,
            unreported: 15,
            topiced: 70,
            whole: 30,
        }
    }
}

/// A valid clause set.
pub fn valid_set(rng: &mut Rng, shape: Shape) -> ClauseSet {
    let parties: Vec<Party> = (0..rng.range(0, shape.max_parties))
        .map(|i| Party {
            id: format!("p{i}"),
            name: text(rng, 3),
            color: rng.chance(50).then(|| {
                rng.pick(&["#1f5fbf", "#abc", "#ABCDEF", "#000000"])
                    .to_string()
            }),
        })
        .collect();
    let topics: Vec<Topic> = (0..rng.range(0, shape.max_topics))
        .map(|i| Topic {
            id: format!("t{i}"),
            label: text(rng, 4),
        })
        .collect();
    let drafts: Vec<Draft> = (0..rng.range(1, shape.max_drafts))
        .map(|i| {
            let clauses = (0..rng.range(1, shape.max_clauses))
                .map(|j| {
                    let text_known = !rng.chance(shape.unreported);
                    let mut c = Clause {
                        id: format!("d{i}-c{j}"),
                        number: rng
                            .pick(&["1", "6", "0", "12", "10c", "Article 5", "2 bis", "07"])
                            .to_string(),
                        topic: (!topics.is_empty() && rng.chance(shape.topiced))
                            .then(|| rng.pick(&topics).id.clone()),
                        text: text_known.then(|| text(rng, 12)),
                        sources: sources(rng, 2),
                        uncertain: uncertain(rng),
                    };
                    if !text_known {
                        c.uncertain = Some(format!("Wording not reported: {}", text(rng, 5)));
                    }
                    c
                })
                .collect();
            Draft {
                id: format!("d{i}"),
                title: text(rng, 4),
                date: date(rng),
                author: text(rng, 3),
                note: maybe(rng, 40, |r| text(r, 6)),
                uncertain: uncertain(rng),
                sources: sources(rng, 3),
                clauses,
            }
        })
        .collect();
    let positions: Vec<Position> = if parties.is_empty() {
        Vec::new()
    } else {
        (0..rng.range(0, shape.max_positions))
            .map(|_| Position {
                party: rng.pick(&parties).id.clone(),
                topic: (!topics.is_empty() && !rng.chance(shape.whole))
                    .then(|| rng.pick(&topics).id.clone()),
                stance: *rng.pick(&Stance::ALL),
                summary: text(rng, 8),
                date: date(rng),
                sources: sources(rng, 2),
                draft: rng.chance(60).then(|| rng.pick(&drafts).id.clone()),
                text: maybe(rng, 30, |r| text(r, 10)),
                uncertain: uncertain(rng),
            })
            .collect()
    };
    ClauseSet {
        format: FORMAT.to_string(),
        title: text(rng, 6),
        description: maybe(rng, 50, |r| text(r, 12)),
        updated: maybe(rng, 50, date),
        note: maybe(rng, 50, |r| text(r, 10)),
        parties,
        topics,
        drafts,
        positions,
    }
}

// ----- Writing a set as JSON, in any of the spellings the format allows -----

fn put(m: &mut Map<String, Value>, k: &str, v: impl Into<Value>) {
    m.insert(k.to_string(), v.into());
}

/// An optional text: absent, or `null`, when `None`.
fn put_opt(rng: &mut Rng, m: &mut Map<String, Value>, k: &str, v: &Option<String>) {
    match v {
        Some(s) => put(m, k, s.as_str()),
        None if rng.chance(30) => put(m, k, Value::Null),
        None => {}
    }
}

fn put_uncertain(rng: &mut Rng, m: &mut Map<String, Value>, u: &Uncertain) {
    match u.as_deref() {
        None => match rng.below(3) {
            0 => {}
            1 => put(m, "uncertain", Value::Null),
            _ => put(m, "uncertain", false),
        },
        Some("") if rng.chance(80) => put(m, "uncertain", true),
        Some(note) => put(m, "uncertain", note),
    }
}

/// A list that may be left out when empty.
fn put_list(rng: &mut Rng, m: &mut Map<String, Value>, k: &str, items: Vec<Value>) {
    if !items.is_empty() || rng.chance(40) {
        put(m, k, Value::Array(items));
    }
}

fn put_sources(rng: &mut Rng, m: &mut Map<String, Value>, sources: &[Source]) {
    let items = sources
        .iter()
        .map(|s| {
            let mut o = Map::new();
            put(&mut o, "title", s.title.as_str());
            put_opt(rng, &mut o, "url", &s.url);
            Value::Object(o)
        })
        .collect();
    put_list(rng, m, "sources", items);
}

/// The set as a JSON value, spelt with random but equivalent choices: optional fields
/// absent or `null`, `uncertain` absent, `null` or `false`, `true` or `""`, empty lists
/// present or not, a numeric clause number as a JSON number.
pub fn to_value(rng: &mut Rng, set: &ClauseSet) -> Value {
    let mut root = Map::new();
    if rng.chance(20) {
        put(
            &mut root,
            "$schema",
            "https://example.org/clausewise-1.schema.json",
        );
    }
    put(&mut root, "format", set.format.as_str());
    put(&mut root, "title", set.title.as_str());
    put_opt(rng, &mut root, "description", &set.description);
    put_opt(rng, &mut root, "updated", &set.updated);
    put_opt(rng, &mut root, "note", &set.note);
    let parties = set
        .parties
        .iter()
        .map(|p| {
            let mut o = Map::new();
            put(&mut o, "id", p.id.as_str());
            put(&mut o, "name", p.name.as_str());
            put_opt(rng, &mut o, "color", &p.color);
            Value::Object(o)
        })
        .collect();
    put_list(rng, &mut root, "parties", parties);
    let topics = set
        .topics
        .iter()
        .map(|t| {
            let mut o = Map::new();
            put(&mut o, "id", t.id.as_str());
            put(&mut o, "label", t.label.as_str());
            Value::Object(o)
        })
        .collect();
    put_list(rng, &mut root, "topics", topics);
    let drafts = set
        .drafts
        .iter()
        .map(|d| {
            let mut o = Map::new();
            put(&mut o, "id", d.id.as_str());
            put(&mut o, "title", d.title.as_str());
            put(&mut o, "date", d.date.as_str());
            put(&mut o, "author", d.author.as_str());
            put_opt(rng, &mut o, "note", &d.note);
            put_uncertain(rng, &mut o, &d.uncertain);
            put_sources(rng, &mut o, &d.sources);
            let clauses = d
                .clauses
                .iter()
                .map(|c| {
                    let mut co = Map::new();
                    put(&mut co, "id", c.id.as_str());
                    let numeric = c
                        .number
                        .parse::<u64>()
                        .ok()
                        .filter(|n| n.to_string() == c.number);
                    match numeric {
                        Some(n) if rng.chance(60) => put(&mut co, "number", n),
                        _ => put(&mut co, "number", c.number.as_str()),
                    }
                    put_opt(rng, &mut co, "topic", &c.topic);
                    match &c.text {
                        Some(t) => put(&mut co, "text", t.as_str()),
                        None if rng.chance(50) => put(&mut co, "text", Value::Null),
                        None => {}
                    }
                    put_uncertain(rng, &mut co, &c.uncertain);
                    put_sources(rng, &mut co, &c.sources);
                    Value::Object(co)
                })
                .collect();
            put(&mut o, "clauses", Value::Array(clauses));
            Value::Object(o)
        })
        .collect();
    put(&mut root, "drafts", Value::Array(drafts));
    let positions = set
        .positions
        .iter()
        .map(|p| {
            let mut o = Map::new();
            put(&mut o, "party", p.party.as_str());
            put_opt(rng, &mut o, "topic", &p.topic);
            put_opt(rng, &mut o, "draft", &p.draft);
            put(&mut o, "stance", p.stance.as_str());
            put(&mut o, "summary", p.summary.as_str());
            put(&mut o, "date", p.date.as_str());
            put_opt(rng, &mut o, "text", &p.text);
            put_uncertain(rng, &mut o, &p.uncertain);
            put_sources(rng, &mut o, &p.sources);
            Value::Object(o)
        })
        .collect();
    put_list(rng, &mut root, "positions", positions);
    Value::Object(root)
}

/// The set as JSON text, compact or pretty, sometimes after a byte-order mark.
pub fn write(rng: &mut Rng, set: &ClauseSet) -> String {
    let v = to_value(rng, set);
    let body = if rng.chance(50) {
        serde_json::to_string(&v).unwrap()
    } else {
        serde_json::to_string_pretty(&v).unwrap()
    };
    if rng.chance(10) {
        format!("\u{feff}{body}")
    } else {
        body
    }
}

// ----- Breaking a valid set at one known place -----

pub fn draft_loc(set: &ClauseSet, i: usize) -> String {
    format!("drafts[{i}] \"{}\"", set.drafts[i].id)
}

pub fn clause_loc(set: &ClauseSet, i: usize, j: usize) -> String {
    format!(
        "{} › clauses[{j}] \"{}\"",
        draft_loc(set, i),
        set.drafts[i].clauses[j].id
    )
}

/// Breaks `set` in one way and returns the one problem the engine must report, in full
/// (`location: message`).
pub fn break_set(rng: &mut Rng, set: &mut ClauseSet) -> String {
    let i = rng.below(set.drafts.len());
    let j = rng.below(set.drafts[i].clauses.len());
    loop {
        match rng.below(11) {
            0 => {
                let bad = *rng.pick(BAD_DATES);
                set.drafts[i].date = bad.to_string();
                return format!(
                    "{} › date: \"{bad}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day",
                    draft_loc(set, i)
                );
            }
            1 => {
                set.drafts[i].clauses[j].topic = Some("no-such-topic".into());
                return format!(
                    "{} › topic: unknown topic \"no-such-topic\"",
                    clause_loc(set, i, j)
                );
            }
            2 => {
                let c = &mut set.drafts[i].clauses[j];
                c.text = None;
                c.uncertain = rng.chance(50).then(String::new);
                return format!(
                    "{} › text: is missing: give the wording, or, if it was never reported, \
                     \"text\": null with a note such as \"uncertain\": \"Wording not reported\"",
                    clause_loc(set, i, j)
                );
            }
            3 => {
                let bad = *rng.pick(BAD_URLS);
                let sources = &mut set.drafts[i].clauses[j].sources;
                sources.push(Source {
                    title: "A source".into(),
                    url: Some(bad.into()),
                });
                let k = sources.len() - 1;
                return format!(
                    "{} › sources[{k}] › url: \"{bad}\" is not a web link (http:// or https:// and a host)",
                    clause_loc(set, i, j)
                );
            }
            4 if !set.positions.is_empty() => {
                let k = rng.below(set.positions.len());
                set.positions[k].party = "nobody".into();
                return format!("positions[{k}] › party: unknown party \"nobody\"");
            }
            5 => {
                // The clause before (i, j) in reading order, if any, lends its id.
                let earlier: Vec<(usize, usize)> = (0..set.drafts.len())
                    .flat_map(|a| (0..set.drafts[a].clauses.len()).map(move |b| (a, b)))
                    .take_while(|&p| p != (i, j))
                    .collect();
                if earlier.is_empty() {
                    continue;
                }
                let (a, b) = *rng.pick(&earlier);
                let id = set.drafts[a].clauses[b].id.clone();
                set.drafts[i].clauses[j].id = id.clone();
                return format!(
                    "{}: duplicate clause id \"{id}\" (first used at {})",
                    clause_loc(set, i, j),
                    clause_loc(set, a, b)
                );
            }
            6 => {
                set.drafts[i].title = rng.pick(&["", " ", "\n\t "]).to_string();
                return format!("{} › title: is empty", draft_loc(set, i));
            }
            7 if !set.parties.is_empty() => {
                let k = rng.below(set.parties.len());
                set.parties[k].color = Some("red".into());
                return format!(
                    "parties[{k}] \"{}\" › color: \"red\" is not a colour like #1f5fbf",
                    set.parties[k].id
                );
            }
            8 if !set.positions.is_empty() => {
                let k = rng.below(set.positions.len());
                let bad = *rng.pick(BAD_DATES);
                set.positions[k].date = bad.to_string();
                return format!(
                    "positions[{k}] › date: \"{bad}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day"
                );
            }
            9 => {
                set.format = "clausewise/2".into();
                return "format: is \"clausewise/2\"; expected \"clausewise/1\"".into();
            }
            10 if !set.positions.is_empty() => {
                let k = rng.below(set.positions.len());
                set.positions[k].draft = Some("no-draft".into());
                return format!("positions[{k}] › draft: unknown draft \"no-draft\"");
            }
            _ => continue,
        }
    }
}

/// The warnings a valid generated set must give: one per position without a source.
pub fn expected_warnings(set: &ClauseSet) -> Vec<String> {
    set.positions
        .iter()
        .enumerate()
        .filter(|(_, p)| p.sources.is_empty())
        .map(|(k, _)| {
            format!(
                "positions[{k}] › sources: no source given: readers will see \"no source given\""
            )
        })
        .collect()
}
